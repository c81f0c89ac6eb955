"""Pack loading: every error names file, line and rule; overrides and switches; the built-in packs load."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticewatch.config import RulesConfig
from noticewatch.errors import ConfigError, RulePackError
from noticewatch.rules.loader import builtin_pack_dir, load_ruleset, validate_paths

GOOD_RULE = """\
  - id: {id}
    kind: domain-expiry
    vendor: {vendor}
    senders: [{sender}]
    match:
      text: ['domain.*expir']
    target:
      type: domain
"""


def write_pack(tmp_path: Path, name: str, body: str, file: str | None = None) -> Path:
    p = tmp_path / (file or f"{name}.yaml")
    p.write_text(f"pack:\n  name: {name}\nrules:\n{body}", encoding="utf-8")
    return p


def only_user(paths: list[Path], **cfg: list[str]) -> RulesConfig:
    return RulesConfig(paths=paths, **cfg)  # type: ignore[arg-type]


def load_user(*paths: Path) -> object:
    return load_ruleset(RulesConfig(), paths, include_builtin=False)


def test_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text("pack:\n  name: x\nrules:\n  - id: a\n    kind: [unclosed\n", encoding="utf-8")
    [err] = validate_paths([p])
    assert err.path == str(p) and err.line is not None and err.line >= 5
    with pytest.raises(RulePackError) as e:
        load_user(p)
    assert str(p) in str(e.value)


def test_duplicate_key_is_an_error_with_line(tmp_path: Path) -> None:
    p = write_pack(tmp_path, "dup", GOOD_RULE.format(id="a", vendor="A", sender="a.com") + "    kind: other\n")
    [err] = validate_paths([p])
    assert "duplicate key 'kind'" in err.problem and err.line == 12


def test_unknown_field_names_line_and_rule(tmp_path: Path) -> None:
    body = GOOD_RULE.format(id="my-rule", vendor="A", sender="a.com") + "    severty: high\n"
    p = write_pack(tmp_path, "typo", body)
    [err] = validate_paths([p])
    assert err.rule_id == "my-rule" and err.line == 12 and "severty" in err.problem
    assert f"{p}:12 rule my-rule:" in str(err)


def test_bad_regex_and_lookaround_are_reported_with_rule_and_line(tmp_path: Path) -> None:
    body = GOOD_RULE.format(id="r1", vendor="A", sender="a.com").replace(
        "text: ['domain.*expir']", "text: ['domain(?!s)', 'ok', '(unclosed']"
    )
    p = write_pack(tmp_path, "rx", body)
    errors = validate_paths([p])
    assert len(errors) == 2
    assert all(e.rule_id == "r1" and e.line == 9 for e in errors)
    assert "lookahead" in errors[0].problem
    assert "missing )" in errors[1].problem or "unclosed" in errors[1].problem


def test_backreference_is_rejected(tmp_path: Path) -> None:
    body = GOOD_RULE.format(id="r1", vendor="A", sender="a.com").replace("'domain.*expir'", r"'(a)\1'")
    [err] = validate_paths([write_pack(tmp_path, "br", body)])
    assert "backreference" in err.problem


def test_target_pattern_needs_target_group_and_placeholders_are_checked(tmp_path: Path) -> None:
    body = (
        GOOD_RULE.format(id="r1", vendor="A", sender="a.com").replace(
            "type: domain", "type: account\n      patterns: ['ID: (\\w+)']"
        )
        + '    action: "Fix {target} by {dedline}"\n'
    )
    errors = validate_paths([write_pack(tmp_path, "tg", body)])
    problems = " | ".join(e.problem for e in errors)
    assert "no named group `target`" in problems and "{dedline}" in problems


def test_sender_must_be_a_domain(tmp_path: Path) -> None:
    body = GOOD_RULE.format(id="r1", vendor="A", sender="'noreply@a.com'")
    [err] = validate_paths([write_pack(tmp_path, "snd", body)])
    assert "not a domain name" in err.problem and err.line == 7


def test_duplicate_ids_within_and_across_packs(tmp_path: Path) -> None:
    a = write_pack(tmp_path, "a", GOOD_RULE.format(id="same", vendor="A", sender="a.com"))
    b = write_pack(tmp_path, "b", GOOD_RULE.format(id="same", vendor="B", sender="b.com"))
    [err] = validate_paths([a, b])
    assert err.rule_id == "same" and str(a) in err.problem and err.path == str(b)


def test_example_file_must_exist_for_validate_but_not_for_scan(tmp_path: Path) -> None:
    body = GOOD_RULE.format(id="r1", vendor="A", sender="a.com") + "    examples:\n      - file: ex/none.eml\n"
    p = write_pack(tmp_path, "ex", body)
    [err] = validate_paths([p])
    assert "example file not found" in err.problem and err.line == 13
    assert load_user(p) is not None


def test_deprecated_rule_warns_but_loads(tmp_path: Path) -> None:
    from noticewatch.rules.loader import check_paths

    body = GOOD_RULE.format(id="old", vendor="A", sender="a.com") + "    status: deprecated\n"
    errors, warnings = check_paths([write_pack(tmp_path, "dep", body)])
    assert errors == [] and [w.rule_id for w in warnings] == ["old"]


def test_if_missing_must_be_a_duration(tmp_path: Path) -> None:
    body = GOOD_RULE.format(id="r1", vendor="A", sender="a.com") + "    deadline:\n      if_missing: soon\n"
    [err] = validate_paths([write_pack(tmp_path, "dl", body)])
    assert "duration" in err.problem and err.line == 13


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="not found"):
        load_user(tmp_path / "nope.yaml")


def test_folder_loads_only_top_level_yaml(tmp_path: Path) -> None:
    write_pack(tmp_path, "one", GOOD_RULE.format(id="one", vendor="A", sender="a.com"))
    write_pack(tmp_path, "two", GOOD_RULE.format(id="two", vendor="B", sender="b.com"), file="two.yml")
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "x.yaml").write_text("not: a pack", encoding="utf-8")
    (tmp_path / "examples" / "mail.eml").write_text("From: a@b.c\n\nhi", encoding="utf-8")
    ruleset = load_user(tmp_path)
    assert [r.id for r in ruleset.rules] == ["one", "two"]  # type: ignore[attr-defined]


# -- built-ins, overrides, switches ---------------------------------------------------------------


def builtin_ids() -> list[str]:
    return [r.id for r in load_ruleset(RulesConfig()).rules]


def test_builtin_dir_is_the_checkout_rules_folder() -> None:
    d = builtin_pack_dir()
    assert d.is_dir() and any(d.glob("*.yaml"))


def test_builtin_dir_in_an_installed_package(tmp_path: Path) -> None:
    # A wheel maps the top-level rules/ to noticewatch/builtin_packs/ (pyproject force-include).
    package = tmp_path / "site-packages" / "noticewatch"
    (package / "builtin_packs").mkdir(parents=True)
    assert builtin_pack_dir(package) == package / "builtin_packs"
    checkout = tmp_path / "repo" / "noticewatch"
    checkout.mkdir(parents=True)
    assert builtin_pack_dir(checkout) == tmp_path / "repo" / "rules"


def test_builtin_packs_load() -> None:
    ruleset = load_ruleset(RulesConfig())
    assert len(ruleset.rules) > 5 and all(p.builtin for p in ruleset.packs)


def test_user_rule_overrides_builtin_by_id(tmp_path: Path) -> None:
    target_id = builtin_ids()[0]
    p = write_pack(tmp_path, "mine", GOOD_RULE.format(id=target_id, vendor="Mine", sender="mine.example"))
    ruleset = load_ruleset(RulesConfig(paths=[p]))
    [rule] = [r for r in ruleset.rules if r.id == target_id]
    assert rule.rule.vendor == "Mine" and not rule.builtin and rule.overrides
    assert [r.id for r in ruleset.overridden] == [target_id]
    assert ruleset.rules[0].id == target_id  # user rules come first


def test_disable_pack_and_rule() -> None:
    ruleset = load_ruleset(RulesConfig())
    pack = ruleset.packs[0].name
    first_other = next(r.id for r in ruleset.rules if r.pack != pack)
    reduced = load_ruleset(RulesConfig(disable_packs=[pack], disable_rules=[first_other]))
    assert all(r.pack != pack for r in reduced.rules)
    assert first_other not in [r.id for r in reduced.rules]
    assert {r.id for r in reduced.disabled} >= {first_other}
    assert not next(p for p in reduced.packs if p.name == pack).enabled


def test_unknown_disable_names_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="unknown pack"):
        load_ruleset(RulesConfig(disable_packs=["no-such-pack"]))
    with pytest.raises(ConfigError, match="unknown rule"):
        load_ruleset(RulesConfig(disable_rules=["no-such-rule"]))


def test_load_stops_at_first_error_even_with_good_packs(tmp_path: Path) -> None:
    bad = write_pack(tmp_path, "bad", GOOD_RULE.format(id="Bad Id", vendor="A", sender="a.com"))
    with pytest.raises(RulePackError) as e:
        load_ruleset(RulesConfig(paths=[bad]))
    assert e.value.line == 4 and e.value.path == str(bad)


def test_a_bad_regex_in_scope_is_reported_with_rule_and_line(tmp_path: Path) -> None:
    body = GOOD_RULE.format(id="r1", vendor="A", sender="a.com").replace(
        "    match:\n", "    scope:\n      subject: ['(unclosed']\n    match:\n"
    )
    p = write_pack(tmp_path, "sc", body)
    [err] = validate_paths([p])
    assert err.rule_id == "r1" and err.line == 9
    with pytest.raises(RulePackError):
        load_user(p)
