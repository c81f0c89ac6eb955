"""`noticewatch scan` end to end on the bundled sample mailbox and on bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticewatch.cli import app

ROOT = Path(__file__).resolve().parent.parent
INBOX = ROOT / "examples" / "inbox"


def scan(*args: str) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, ["scan", *args, "--today", "2026-11-23", "--format", "json"])
    data = json.loads(result.stdout) if result.stdout.strip().startswith("{") else {}
    return result.exit_code, data, result.stderr


def by_target(report: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {f"{i['target']}{' (suspicious)' if i['suspicious'] else ''}": i for i in report["items"]}


def test_sample_mailbox_gives_the_dated_action_list() -> None:
    code, report, _ = scan(str(INBOX), "--all")
    assert code == 0
    items = by_target(report)
    expected = {
        "mybrand.io": ("domain-expiry", "Namecheap", "2026-11-20", "overdue"),
        "exshop01": ("hosting-quota", "Cafe24", "2026-11-24", "due-soon"),
        "example-shop.co.kr": ("domain-expiry", "Gabia", "2026-12-15", "upcoming"),
        "example-blog.kr": ("domain-expiry", "Gabia", None, "resolved"),
        "example-shop.co.kr (suspicious)": ("domain-expiry", "Gabia", "2026-11-25", "due-soon"),
    }
    for target, (kind, vendor, deadline, status) in expected.items():
        item = items[target]
        assert (item["kind"], item["vendor"], item["status"]) == (kind, vendor, status), target
        if deadline is not None:
            assert item["deadline"] == deadline, target
    kakao = [i for i in report["items"] if i["vendor"] == "Kakao"]
    assert [(i["kind"], i["deadline"], i["status"]) for i in kakao] == [
        ("social-login-deprecation", "2027-03-31", "upcoming")
    ]
    meta = [i for i in report["items"] if i["vendor"] == "Meta"]
    assert [i["deadline"] for i in meta] == ["2027-01-21"]
    dothome = [i for i in report["items"] if i["vendor"] == "Dothome"]
    assert [(i["deadline"], i["evidence"][0]["subject"].startswith("전달:")) for i in dothome] == [("2026-11-30", True)]
    # The promotion, the coupon and the personal mail give nothing.
    sources = {e["source"] for i in report["items"] for e in i["evidence"]}
    assert not {s for s in sources if any(n in s for n in ("08-newsletter", "09-coupon", "10-personal"))}
    # Every item explains itself: the line that gave its deadline is its evidence excerpt.
    overdue = items["mybrand.io"]
    assert "November 20, 2026" in overdue["evidence"][0]["excerpt"]
    assert items["example-shop.co.kr (suspicious)"]["suspicious_reasons"]


def test_default_view_hides_resolved_items() -> None:
    _, report, _ = scan(str(INBOX))
    assert "example-blog.kr" not in by_target(report)


def test_same_input_gives_byte_identical_output() -> None:
    first = CliRunner().invoke(app, ["scan", str(INBOX), "--today", "2026-11-23", "-f", "json"]).stdout
    second = CliRunner().invoke(app, ["scan", str(INBOX), "--today", "2026-11-23", "-f", "json"]).stdout
    assert first == second and first


def test_today_in_the_past_reproduces_the_list_as_it_was(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["scan", str(INBOX), "--today", "2026-11-01", "-f", "json", "--all"])
    report = json.loads(result.stdout)
    items = by_target(report)
    # On Nov 1 the renewal receipt (Nov 10) had not arrived: example-blog.kr was still due.
    assert items["example-blog.kr"]["status"] == "upcoming"
    assert "mybrand.io" not in items  # its notice came on Nov 21


def test_output_file_is_written_only_on_success(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    ok = CliRunner().invoke(app, ["scan", str(INBOX), "--today", "2026-11-23", "-o", str(out)])
    assert ok.exit_code == 0 and json.loads(out.read_text(encoding="utf-8"))["items"]
    missing = tmp_path / "never.json"
    bad = CliRunner().invoke(app, ["scan", str(tmp_path / "nope"), "--today", "2026-11-23", "-o", str(missing)])
    assert bad.exit_code == 2 and not missing.exists()


def test_nonexistent_path_is_a_one_line_usage_error(tmp_path: Path) -> None:
    code, _, err = scan(str(tmp_path / "missing.eml"))
    assert code == 2
    assert err.strip().count("\n") == 0 and "missing.eml" in err and "Traceback" not in err


def test_bad_mail_is_a_warning_and_the_scan_goes_on(tmp_path: Path) -> None:
    shutil.copy(INBOX / "02-namecheap-expired.eml", tmp_path / "good.eml")
    (tmp_path / "garbage.eml").write_bytes(b"\x00\xff\xfe" * 300)
    (tmp_path / "empty.eml").write_bytes(b"")
    code, report, _ = scan(str(tmp_path))
    assert code == 0
    assert [i["target"] for i in report["items"]] == ["mybrand.io"]
    problems = {Path(w["source"]).name for w in report["warnings"]}
    assert {"garbage.eml", "empty.eml"} <= problems


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    code, report, _ = scan(str(tmp_path))
    assert code == 0
    assert report["items"] == [] and report["warnings"]


def test_nothing_to_scan_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NOTICEWATCH_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    result = CliRunner().invoke(app, ["scan", "--state", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert "nothing to scan" in result.stderr


def test_broken_rule_pack_stops_before_reading_mail(tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text("pack:\n  name: mine\nrules:\n  - id: x\n    kind: k\n    bogus: 1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", str(INBOX), "--rules", str(pack), "--today", "2026-11-23"])
    assert result.exit_code == 2
    assert f"{pack}:" in result.stderr and "Traceback" not in result.stderr
