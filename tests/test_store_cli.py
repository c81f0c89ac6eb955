"""`ack`, `snooze`, `resolve`, `reopen`, `list`, `show` through the real CLI on a real state file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticewatch.cli import app
from noticewatch.lifecycle import current_items
from noticewatch.models import Evidence, Finding, Severity
from noticewatch.store import Store
from noticewatch.triage import item_id

TODAY = date(2026, 11, 23)
runner = CliRunner()


def make_finding(
    kind: str,
    vendor: str,
    target: str,
    deadline: date | None,
    sent: datetime,
    *,
    msg: str,
    resolves: bool = False,
    suspicious: bool = False,
    action: str = "",
) -> Finding:
    return Finding(
        rule_id=f"{vendor.lower()}-{kind}" + ("-done" if resolves else ""),
        kind=kind,
        vendor=vendor,
        target=target,
        severity=Severity.HIGH,
        deadline=deadline,
        phases=(),
        action=action or f"Renew {target} at {vendor}",
        evidence=Evidence(
            message_id=msg,
            subject=f"[{vendor}] {target} 안내",
            date=sent,
            source=f"imap://ops@mail.example.com/INBOX;UID={abs(hash(msg)) % 10000}",
            excerpt=f"만료일: {deadline}" if deadline else "expires soon",
        ),
        resolves=resolves,
        suspicious=suspicious,
        suspicious_reasons=("sender domain gabia-billing.top is not Gabia's",) if suspicious else (),
    )


def t(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 9, 0, tzinfo=UTC)


FINDINGS = [
    make_finding("domain-expiry", "Gabia", "example.co.kr", date(2026, 11, 20), t(20, 10), msg="<a@gabia>"),
    make_finding("hosting-quota", "Cafe24", "shop.cafe24.com", date(2026, 11, 28), t(18), msg="<b@cafe24>"),
    make_finding("social-login-deprecation", "Kakao", "app 1234", date(2027, 3, 1), t(1), msg="<c@kakao>"),
    make_finding(
        "domain-expiry", "Gabia", "example.co.kr", date(2026, 11, 22), t(10), msg="<d@phish>", suspicious=True
    ),
    make_finding("domain-expiry", "Whois", "old.kr", date(2026, 11, 15), t(1, 10), msg="<e1@whois>"),
    make_finding("domain-expiry", "Whois", "old.kr", None, t(5), msg="<e2@whois>", resolves=True),
    make_finding("hosting-quota", "Gabia", "hosting ops", None, t(21), msg="<f@gabia>"),
]
OVERDUE_ID = item_id("domain-expiry", "Gabia", "example.co.kr")
DUE_SOON_ID = item_id("hosting-quota", "Cafe24", "shop.cafe24.com")
UPCOMING_ID = item_id("social-login-deprecation", "Kakao", "app 1234")
SUSPICIOUS_ID = item_id("domain-expiry", "Gabia", "example.co.kr", True)
RESOLVED_ID = item_id("domain-expiry", "Whois", "old.kr")
UNDATED_ID = item_id("hosting-quota", "Gabia", "hosting ops")


def populate(path: Path) -> Path:
    with Store.open(path) as store, store.transaction():
        store.add_findings(FINDINGS, seen_at=t(22))
        store.save_items(current_items(store, TODAY), t(22))
    return path


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return populate(tmp_path / "state.db")


def run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


def list_json(state: Path, *extra: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run("list", "--state", str(state), "--today", TODAY.isoformat(), "--format", "json", *extra)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_list_from_state_alone(state: Path) -> None:
    report = list_json(state)
    ids = [i["id"] for i in report["items"]]
    assert ids[:3] == [OVERDUE_ID, DUE_SOON_ID, UPCOMING_ID]
    assert RESOLVED_ID not in ids  # hidden without --all
    assert SUSPICIOUS_ID in ids and UNDATED_ID in ids
    assert RESOLVED_ID in [i["id"] for i in list_json(state, "--all")["items"]]


def test_ack_with_prefix_and_by(state: Path) -> None:
    code, _, err = run("ack", OVERDUE_ID[:6], "--state", str(state), "--by", "kim", "--note", "calling Gabia")
    assert code == 0, err
    assert f"ack: {OVERDUE_ID} domain-expiry Gabia example.co.kr (by kim)" in err
    with Store.open(state) as store:
        [action] = store.actions()
    assert (action.item_id, action.by, action.note, action.deadline) == (
        OVERDUE_ID,
        "kim",
        "calling Gabia",
        date(2026, 11, 20),
    )
    assert action.at.tzinfo is not None


def test_ack_defaults_to_os_user(state: Path) -> None:
    code, _, err = run("ack", OVERDUE_ID[:8], "--state", str(state))
    assert code == 0, err
    with Store.open(state) as store:
        assert store.actions()[0].by  # getpass.getuser()


def test_snooze_resolve_reopen_change_list(state: Path) -> None:
    assert run("snooze", DUE_SOON_ID[:7], "--until", "2099-01-01", "--state", str(state))[0] == 0
    assert run("resolve", UPCOMING_ID[:7], "--note", "migrated to v2", "--state", str(state))[0] == 0
    items = {i["id"]: i for i in list_json(state)["items"]}
    assert DUE_SOON_ID not in items and UPCOMING_ID not in items
    everything = {i["id"]: i for i in list_json(state, "--all")["items"]}
    assert everything[DUE_SOON_ID]["snoozed_until"] == "2099-01-01"
    assert everything[UPCOMING_ID]["status"] == "resolved"
    assert everything[UPCOMING_ID]["note"] == "migrated to v2"
    assert run("reopen", UPCOMING_ID[:7], "--state", str(state))[0] == 0
    assert run("reopen", DUE_SOON_ID[:7], "--state", str(state))[0] == 0
    items = {i["id"]: i for i in list_json(state)["items"]}
    assert items[UPCOMING_ID]["status"] == "upcoming" and items[DUE_SOON_ID]["snoozed_until"] is None


def test_snooze_needs_a_future_date(state: Path) -> None:
    code, _, err = run("snooze", DUE_SOON_ID[:7], "--until", "2000-01-01", "--state", str(state))
    assert code == 2 and "not after today" in err
    code, _, err = run("snooze", DUE_SOON_ID[:7], "--until", "tomorrow", "--state", str(state))
    assert code == 2 and "YYYY-MM-DD" in err


def test_unknown_and_ambiguous_ids(state: Path) -> None:
    code, _, err = run("ack", "0000000000", "--state", str(state))
    assert code == 2 and "no item with id 0000000000" in err and "Traceback" not in err
    with Store.open(state) as store:
        ids = store.item_ids()
    shared = next((a[:1] for a in ids for b in ids if a != b and a[0] == b[0]), None)
    if shared is not None:
        code, _, err = run("show", shared, "--state", str(state))
        assert code == 2 and "ambiguous" in err


def test_show_whole_history(state: Path) -> None:
    run("ack", RESOLVED_ID[:7], "--state", str(state), "--by", "lee", "--note", "checking")
    with Store.open(state) as store:
        store.record_delivery(RESOLVED_ID, "web", "slack", "d-7", t(8), ok=False, error="HTTP 500")
    code, out, err = run("show", RESOLVED_ID[:7], "--state", str(state), "--today", TODAY.isoformat())
    assert code == 0, err
    assert "old.kr" in out and "resolved" in out
    assert "deadline 2026-11-15" in out and "confirms it was done" in out
    assert "<e1@whois>" in out and "만료일: 2026-11-15" in out
    assert "ack by lee — checking" in out
    assert "d-7 via web/slack: FAILED: HTTP 500" in out
    code, out, _ = run("show", RESOLVED_ID[:7], "--state", str(state), "--today", TODAY.isoformat(), "-f", "json")
    data = json.loads(out)
    assert [h["message_id"] for h in data["deadline_history"]] == ["<e1@whois>", "<e2@whois>"]
    assert data["actions"][0]["by"] == "lee"
    assert data["deliveries"][0]["ok"] is False


def test_list_shows_failed_deliveries(state: Path) -> None:
    with Store.open(state) as store:
        store.record_delivery(OVERDUE_ID, "ops", "teams", "overdue-2026-11-23", t(23), ok=False, error="refused")
    report = list_json(state)
    assert any("teams" in w["source"] and "refused" in w["problem"] for w in report["warnings"])


def test_list_table_and_markdown(state: Path) -> None:
    code, out, _ = run("list", "--state", str(state), "--today", TODAY.isoformat(), "--format", "table")
    assert code == 0 and "example.co.kr" in out
    code, out, _ = run("list", "--state", str(state), "--today", TODAY.isoformat(), "--format", "markdown")
    assert code == 0 and "| overdue |" in out


def test_missing_state_file_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run("list", "--state", str(tmp_path / "nope.db"))
    assert code == 2 and "no state file" in err
    assert not (tmp_path / "nope.db").exists()


def test_corrupt_state_file_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "state.db"
    bad.write_bytes(b"garbage" * 1000)
    for args in (["list"], ["ack", "abc"], ["check", "--offline"], ["export"]):
        code, out, err = run(*args, "--state", str(bad))
        assert code == 2, (args, err)
        assert "not a valid noticewatch state file" in err and "Traceback" not in err + out


def test_config_state_path_is_used(tmp_path: Path, state: Path) -> None:
    cfg = tmp_path / "noticewatch.yaml"
    cfg.write_text(f"state:\n  path: {state.name}\n", encoding="utf-8")
    code, out, err = run("list", "--config", str(cfg), "--today", TODAY.isoformat(), "-f", "json")
    assert code == 0, err
    assert json.loads(out)["items"]


def test_overlapping_runs_second_exits_5(tmp_path: Path) -> None:
    """A real second process: the first holds the run lock, the second run exits 5 with a clear message."""
    state = tmp_path / "state.db"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from noticewatch.lock import run_lock
            with run_lock(Path({str(state)!r})):
                print("held", flush=True)
                sys.stdin.readline()
            """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        mail = tmp_path / "mail"
        mail.mkdir()
        env = {**os.environ, "NOTICEWATCH_CONFIG": ""}
        proc = subprocess.run(
            [sys.executable, "-m", "noticewatch", "check", "--state", str(state), str(mail)],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            cwd=tmp_path,
        )
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 5, proc.stderr
    assert "another noticewatch run is in progress" in proc.stderr
    assert "Traceback" not in proc.stderr
