"""`noticewatch rules list|validate|test|drift` and `noticewatch explain`: output and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticewatch.cli import app

DATA = Path(__file__).parent / "data" / "rules"
SELFTEST = DATA / "selftest"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder so that no ./noticewatch.yaml or user config is picked up."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("NOTICEWATCH_CONFIG", raising=False)
    return tmp_path


def test_validate_ok_and_errors(runner: CliRunner, tmp_path: Path) -> None:
    ok = runner.invoke(app, ["rules", "validate", str(SELFTEST)])
    assert ok.exit_code == 0, ok.output
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "pack:\n  name: bad\nrules:\n  - id: r1\n    kind: k\n    vendor: V\n    senders: [v.com]\n"
        "    match:\n      body: ['(?<=x)y']\n    target: {type: domain}\n"
        "  - id: r2\n    kind: k\n    vendor: V\n    senders: [v.com]\n    match: {body: [x]}\n"
        "    target: {type: domain}\n    colour: red\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["rules", "validate", str(bad)])
    assert res.exit_code == 1
    assert f"{bad}:9 rule r1:" in res.stdout and "lookbehind" in res.stdout
    assert f"{bad}:17 rule r2:" in res.stdout and "colour" in res.stdout


def test_validate_missing_path_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    res = runner.invoke(app, ["rules", "validate", str(tmp_path / "nope")])
    assert res.exit_code == 2 and "no such file" in res.stderr


def test_rules_test_pass_and_fail(runner: CliRunner, tmp_path: Path) -> None:
    ok = runner.invoke(app, ["rules", "test", str(SELFTEST)])
    assert ok.exit_code == 0, ok.output
    assert "PASS selftest-gabia-expiry (2 positive, 2 negative)" in ok.stdout
    broken = tmp_path / "selftest"
    shutil.copytree(SELFTEST, broken)
    pack = broken / "selftest.yaml"
    pack.write_text(pack.read_text(encoding="utf-8").replace('"2026-12-15"', '"2026-12-16"'), encoding="utf-8")
    res = runner.invoke(app, ["rules", "test", str(broken), "--format", "json"])
    assert res.exit_code == 1
    report = json.loads(res.stdout)
    assert report["passed"] is False
    [rule] = report["rules"]
    failing = [e for e in rule["examples"] if not e["passed"]]
    assert [e["file"] for e in failing] == ["examples/gabia-expiry.eml"]
    assert failing[0]["found"][0]["deadline"] == "2026-12-15"


def test_rules_test_broken_pack_is_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("pack: {name: bad}\nrules: [{id: x}]\n", encoding="utf-8")
    res = runner.invoke(app, ["rules", "test", str(bad)])
    assert res.exit_code == 2 and str(bad) in res.stderr


def test_list_json_includes_builtin_and_user_packs(runner: CliRunner, no_config: Path) -> None:
    res = runner.invoke(app, ["rules", "list", "--format", "json", "--rules", str(SELFTEST)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    packs = {p["name"]: p for p in data["packs"]}
    assert packs["selftest"]["builtin"] is False and any(p["builtin"] for p in data["packs"])
    row = next(r for r in data["rules"] if r["id"] == "selftest-gabia-expiry")
    assert row["enabled"] and row["vendor"] == "Gabia" and row["languages"] == ["ko", "en"]


def test_list_table(runner: CliRunner, no_config: Path) -> None:
    res = runner.invoke(app, ["rules", "list", "--rules", str(SELFTEST)])
    assert res.exit_code == 0 and "selftest-gabia-expiry" in res.stdout and "pack selftest v2" in res.stdout


def test_explain_shows_rule_line_and_trust(runner: CliRunner, no_config: Path) -> None:
    mail = SELFTEST / "examples" / "gabia-expiry.eml"
    res = runner.invoke(app, ["explain", str(mail), "--rules", str(SELFTEST)])
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "rule selftest-gabia-expiry [selftest]: matched" in out
    assert "만료일: 2026-12-15" in out and "topmost header" in out
    phish = runner.invoke(app, ["explain", str(SELFTEST / "examples" / "gabia-phish.eml"), "--rules", str(SELFTEST),
                                "--format", "json"])  # fmt: skip
    [exp] = json.loads(phish.stdout)
    assert any(f["suspicious"] for f in exp["findings"])


def test_explain_missing_file(runner: CliRunner, no_config: Path) -> None:
    res = runner.invoke(app, ["explain", "nope.eml"])
    assert res.exit_code == 2


def test_drift_groups_unmatched_vendor_mail(runner: CliRunner, no_config: Path) -> None:
    box = no_config / "box"
    box.mkdir()
    for i in range(2):
        (box / f"n{i}.eml").write_text(
            f"From: Gabia <news@gabia.com>\nTo: ops@mycorp.com\nSubject: Gabia newsletter no. {i + 10}\n"
            f"Date: Fri, 20 Nov 2026 10:0{i}:00 +0900\nMessage-ID: <n{i}@gabia.com>\n\nHello, our new features.\n",
            encoding="utf-8",
        )
    shutil.copy(SELFTEST / "examples" / "gabia-expiry.eml", box / "notice.eml")
    res = runner.invoke(app, ["rules", "drift", str(box), "--rules", str(SELFTEST), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["vendor_mail"] == 3 and data["matched"] == 1
    [group] = data["groups"]
    assert (group["sender_domain"], group["subject"], group["count"]) == ("gabia.com", "Gabia newsletter no. #", 2)


def test_list_shows_an_overridden_builtin(runner: CliRunner, no_config: Path) -> None:
    from noticewatch.config import RulesConfig
    from noticewatch.rules.loader import load_ruleset

    builtin_id = load_ruleset(RulesConfig()).rules[0].id
    pack = no_config / "mine.yaml"
    pack.write_text(
        f"pack: {{name: mine}}\nrules:\n  - id: {builtin_id}\n    kind: domain-expiry\n    vendor: Mine\n"
        "    senders: [mine.example]\n    match: {text: [expir]}\n    target: {type: domain}\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["rules", "list", "--format", "json", "--rules", str(pack)])
    rows = [r for r in json.loads(res.stdout)["rules"] if r["id"] == builtin_id]
    assert sorted((r["builtin"], r["enabled"], r["overridden"]) for r in rows) == [
        (False, True, False),
        (True, False, True),
    ]
