"""RE2 patterns: linear time, case-insensitive, Unicode \\w, multi-line anchors, rejections as pack errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticewatch.errors import RulePackError
from noticewatch.rules.regex import compile_literals, compile_pattern


def test_evil_pattern_returns_promptly() -> None:
    # (a+)+$ backtracks exponentially in Python's re on this input; RE2 is linear. If this were
    # backtracking, pytest would hang here.
    p = compile_pattern(r"(a+)+$")
    assert p.search("a" * 50_000 + "!") is None
    assert compile_pattern(r"(x+x+)+y").search("x" * 50_000) is None


def test_case_insensitive_by_default_and_opt_out() -> None:
    assert compile_pattern("GABIA").test("gabia")
    assert not compile_pattern("(?-i)GABIA").test("gabia")


def test_unicode_word_class_and_korean() -> None:
    m = compile_pattern(r"(?P<target>\w+)\s*님").search("안녕하세요 홍길동 님")
    assert m is not None and m.groups["target"] == "홍길동"
    assert compile_pattern(r"[\w.-]+\.kr").search("도메인 한글도메인.kr 만료") is not None


def test_multiline_anchors_and_character_offsets() -> None:
    text = "첫 줄\n만료일: 2026-12-15\n"
    m = compile_pattern(r"^만료일:\s*(?P<target>\S+)$").search(text)
    assert m is not None and text[m.start : m.end] == "만료일: 2026-12-15"
    assert m.group_spans["target"] == (text.index("2026"), text.index("2026") + 10)


@pytest.mark.parametrize(
    ("pattern", "hint"),
    [(r"(?=x)", "lookahead"), (r"(?<!x)y", "lookbehind"), (r"(a)\1", "backreference"), ("(", "missing")],
)
def test_rejected_patterns_become_pack_errors(pattern: str, hint: str) -> None:
    with pytest.raises(RulePackError) as e:
        compile_pattern(pattern, path="p.yaml", line=7, rule_id="r")
    assert str(e.value).startswith("p.yaml:7 rule r: ") and hint in str(e.value)


def test_literals_are_escaped() -> None:
    p = compile_literals(["a.b", "(x)"])
    assert p is not None and p.test("see (X)") and not p.test("axb")
    assert compile_literals([]) is None


def test_a_lazy_pattern_compiles_on_first_use_and_matches_like_an_eager_one() -> None:
    lazy = compile_pattern(r"(?P<target>[a-z0-9-]+\.kr)\s*만료", lazy=True)
    eager = compile_pattern(r"(?P<target>[a-z0-9-]+\.kr)\s*만료")
    text = "도메인 dalbit.kr 만료 예정"
    found = lazy.search(text)
    assert found is not None and found.groups["target"] == "dalbit.kr"
    assert found == eager.search(text)
    assert lazy.group_names == eager.group_names == frozenset({"target"})


def test_a_scan_still_rejects_a_bad_user_pattern_before_reading_mail(tmp_path: Path) -> None:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    pack = tmp_path / "bad.yaml"
    pack.write_text(
        "pack:\n  name: bad\nrules:\n  - id: bad-rule\n    kind: domain-expiry\n    vendor: X\n"
        "    senders: [x.example]\n    match:\n      text: ['(unclosed']\n    target:\n      type: domain\n",
        encoding="utf-8",
    )
    with pytest.raises(RulePackError) as err:
        load_ruleset(RulesConfig(), [pack], check_builtin=False)
    assert err.value.rule_id == "bad-rule" and err.value.line == 9
