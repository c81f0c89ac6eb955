"""`noticewatch notify` end to end: config file, state file, real HTTP server, exit codes, simulated days."""

from __future__ import annotations

import json
import socket
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from test_escalate_support import KST
from typer.testing import CliRunner

from noticewatch.cli import app
from noticewatch.lifecycle import ActionKind, record_action
from noticewatch.models import Evidence, Finding, Severity
from noticewatch.store import Store
from noticewatch.triage import item_id

DEADLINE = date(2026, 12, 15)
TOKEN = "tok3n-cli-abcdef"


def finding(target: str = "example-shop.co.kr", deadline: date = DEADLINE, suspicious: bool = False) -> Finding:
    return Finding(
        rule_id="gabia-domain-expiry",
        kind="domain-expiry",
        vendor="Gabia",
        target=target,
        severity=Severity.HIGH,
        deadline=deadline,
        phases=(),
        action=f"Renew {target} at Gabia",
        evidence=Evidence(
            message_id=f"<{target}@gabia.com>",
            subject="[가비아] 도메인 만료 안내",
            date=datetime(2026, 11, 1, 9, 0, tzinfo=KST),
            source="inbox/1.eml",
            excerpt=f"만료일: {deadline}",
        ),
        suspicious=suspicious,
        suspicious_reasons=("sender not Gabia",) if suspicious else (),
    )


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, httpserver: HTTPServer) -> Path:
    """A config with one route to a webhook on the local server, and a state file with one item."""
    monkeypatch.setenv("CHAT_URL", httpserver.url_for(f"/hook/{TOKEN}"))
    monkeypatch.delenv("NOTICEWATCH_CONFIG", raising=False)
    (tmp_path / "noticewatch.yaml").write_text(
        "state:\n  path: state.db\n"
        "channels:\n"
        "  - name: chat\n    type: webhook\n    options:\n      url_env: CHAT_URL\n"
        "routes:\n"
        "  - name: web\n    channels: [chat]\n    targets: ['*.co.kr']\n    quiet_hours: '22:00-08:00'\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "state.db") as store:
        store.add_findings([finding()], datetime(2026, 11, 10, 8, 0, tzinfo=KST))
    return tmp_path


def run(setup: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["notify", "--config", str(setup / "noticewatch.yaml"), *args])
    return result.exit_code, result.stdout, result.stderr


def test_dry_run_prints_what_would_be_sent_and_sends_nothing(setup: Path, httpserver: HTTPServer) -> None:
    code, out, _ = run(setup, "--dry-run", "--today", "2026-12-08")
    assert code == 0
    assert out.startswith("=== channel chat: webhook webhook $CHAT_URL ===\nPOST $CHAT_URL\n")
    assert '"target": "example-shop.co.kr"' in out and TOKEN not in out
    assert httpserver.log == []
    with Store.open(setup / "state.db") as store:
        assert store.deliveries() == []


def test_send_then_nothing_twice_then_next_point(setup: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/hook/{TOKEN}").respond_with_data("ok")
    assert run(setup, "--today", "2026-12-08")[0] == 0
    assert run(setup, "--today", "2026-12-08")[0] == 0
    assert len(httpserver.log) == 1
    assert httpserver.log[0][0].get_json()["items"][0]["reminder"] == "new"
    assert run(setup, "--today", "2026-12-12")[0] == 0
    assert [req.get_json()["items"][0]["reminder"] for req, _ in httpserver.log] == ["new", "before-deadline"]


def test_forty_days_of_cron_through_the_cli(setup: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/hook/{TOKEN}").respond_with_data("ok")
    sent_on: list[str] = []
    for i in range(40):
        day = (date(2026, 11, 10) + timedelta(days=i)).isoformat()
        for hour in ("03:00", "09:00", "21:00"):  # 03:00 is inside the quiet hours
            before = len(httpserver.log)
            code, _, _ = run(setup, "--now", f"{day}T{hour}")
            assert code == 0
            sent_on += [day] * (len(httpserver.log) - before)
    assert sent_on == [
        "2026-11-10",
        "2026-11-15",
        "2026-12-01",
        "2026-12-08",
        "2026-12-12",
        "2026-12-14",
        "2026-12-15",
        "2026-12-16",
        "2026-12-17",
        "2026-12-18",
        "2026-12-19",
    ]


def test_acked_and_snoozed_items_through_the_state(setup: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/hook/{TOKEN}").respond_with_data("ok")
    target_id = item_id("domain-expiry", "Gabia", "example-shop.co.kr")
    with Store.open(setup / "state.db") as store:
        at = datetime(2026, 11, 10, 9, 0, tzinfo=KST)
        record_action(store, target_id, ActionKind.ACK, by="kim", now=at)
    for day in ("2026-11-10", "2026-12-08", "2026-12-14"):
        assert run(setup, "--today", day)[0] == 0
    assert httpserver.log == []  # acked: silent until the deadline day
    assert run(setup, "--today", "2026-12-15")[0] == 0
    assert [req.get_json()["items"][0]["reminder"] for req, _ in httpserver.log] == ["deadline-day"]
    with Store.open(setup / "state.db") as store:
        record_action(
            store,
            target_id,
            ActionKind.SNOOZE,
            by="kim",
            now=datetime(2026, 12, 15, 13, tzinfo=KST),
            until=date(2026, 12, 20),
        )
    for day in ("2026-12-16", "2026-12-19"):
        assert run(setup, "--today", day)[0] == 0
    assert len(httpserver.log) == 1  # snoozed
    assert run(setup, "--today", "2026-12-20")[0] == 0
    assert httpserver.log[-1][0].get_json()["items"][0]["reminder"] == "overdue"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_channel_down_exits_3_shows_in_list_and_is_retried(
    setup: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHAT_URL", f"http://127.0.0.1:{free_port()}/hook/{TOKEN}")
    code, _, err = run(setup, "--today", "2026-12-08")
    assert code == 3
    assert "notify: channel chat: cannot reach http://127.0.0.1" in err and "(will retry next run)" in err
    assert TOKEN not in err
    listed = CliRunner().invoke(
        app, ["list", "--format", "json", "--today", "2026-12-08", "--config", str(setup / "noticewatch.yaml")]
    )
    warnings = json.loads(listed.stdout)["warnings"]
    assert any("not delivered after 1 attempt" in json.dumps(w) for w in warnings)

    monkeypatch.setenv("CHAT_URL", httpserver.url_for(f"/hook/{TOKEN}"))
    httpserver.expect_request(f"/hook/{TOKEN}").respond_with_data("ok")
    assert run(setup, "--today", "2026-12-08")[0] == 0
    assert run(setup, "--today", "2026-12-08")[0] == 0
    assert len(httpserver.log) == 1


def test_test_message_through_a_route(setup: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request(f"/hook/{TOKEN}").respond_with_data("ok")
    code, _, _ = run(setup, "--test", "web")
    assert code == 0 and httpserver.log[0][0].get_json()["test"] is True
    code, _, err = run(setup, "--test", "nope")
    assert code == 2 and "no route named 'nope'; routes: web" in err


def test_usage_errors_exit_2(setup: Path) -> None:
    code, _, err = run(setup, "--today", "2026-12-08", "--now", "2026-12-08T10:00")
    assert code == 2 and "not both" in err
    code, _, err = run(setup, "--now", "yesterday")
    assert code == 2 and "--now: expected an ISO time" in err
    code, _, err = run(setup, "--today", "12/08")
    assert code == 2 and "--today: expected YYYY-MM-DD" in err
    (setup / "empty.yaml").write_text("state:\n  path: state.db\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["notify", "--config", str(setup / "empty.yaml"), "--today", "2026-12-08"])
    assert result.exit_code == 2 and "no routes configured" in result.stderr


def test_bad_channel_type_in_the_file_names_line_and_valid_types(setup: Path) -> None:
    (setup / "bad.yaml").write_text(
        "channels:\n  - name: chat\n    type: slak\n    options: {}\nroutes: []\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["notify", "--config", str(setup / "bad.yaml")])
    assert result.exit_code == 2
    assert "bad.yaml:2" in result.stderr and "valid types: apprise, discord" in result.stderr


def test_a_second_run_while_one_holds_the_lock_exits_5_and_sends_nothing(setup: Path, httpserver: HTTPServer) -> None:
    from noticewatch.lock import run_lock

    with run_lock(setup / "state.db"):
        code, _, err = run(setup, "--today", "2026-12-08")
        assert code == 5 and "another noticewatch run is in progress" in err
        assert run(setup, "--today", "2026-12-08", "--dry-run")[0] == 0  # a dry run only reads
    assert httpserver.log == []


def test_dry_run_says_which_secret_environment_variable_is_missing(
    setup: Path, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # cron runs with another environment than the terminal that tried it: a dry run must tell.
    monkeypatch.delenv("CHAT_URL")
    code, out, err = run(setup, "--dry-run", "--today", "2026-12-08")
    assert code == 3
    assert "would fail" in err and "CHAT_URL (url_env)" in err
    assert "=== channel chat" in out  # the preview is still shown
    assert httpserver.log == []
    with Store.open(setup / "state.db") as store:
        assert store.deliveries() == []
