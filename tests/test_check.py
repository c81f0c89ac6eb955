"""`noticewatch check`: the policy, every exit code, and the CI outputs parsed back (JUnit, annotations, JSON)."""

from __future__ import annotations

import dataclasses
import json
import re
import socket
from datetime import date, timedelta
from pathlib import Path

import pytest
from junitparser import Error as JUnitError
from junitparser import Failure, JUnitXml, Skipped
from test_store_cli import (
    DUE_SOON_ID,
    OVERDUE_ID,
    RESOLVED_ID,
    SUSPICIOUS_ID,
    TODAY,
    UNDATED_ID,
    UPCOMING_ID,
    populate,
    run,
)

from noticewatch.checkpolicy import FailOn, check_policy, parse_within
from noticewatch.errors import ConfigError
from noticewatch.lifecycle import current_items
from noticewatch.models import ScanWarning
from noticewatch.render.annotations import escape_data, escape_property, render_annotations
from noticewatch.render.junit import render_junit
from noticewatch.store import Store


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return populate(tmp_path / "state.db")


def items_of(state: Path, today: date = TODAY) -> list:  # type: ignore[type-arg]
    with Store.open(state) as store:
        return current_items(store, today)


# ---- the policy --------------------------------------------------------------------------------------------


def test_policy_overdue(state: Path) -> None:
    failing = check_policy(items_of(state), FailOn.OVERDUE, 0, TODAY)
    # The phishing mail's deadline has passed too, but a suspicious item is not due work.
    assert [i.id for i in failing] == [OVERDUE_ID]


def test_policy_due_soon_includes_overdue(state: Path) -> None:
    assert {i.id for i in check_policy(items_of(state), FailOn.DUE_SOON, 7, TODAY)} == {OVERDUE_ID, DUE_SOON_ID}
    assert {i.id for i in check_policy(items_of(state), FailOn.DUE_SOON, 4, TODAY)} == {OVERDUE_ID}
    assert {i.id for i in check_policy(items_of(state), FailOn.DUE_SOON, 5, TODAY)} == {OVERDUE_ID, DUE_SOON_ID}
    everything = {i.id for i in check_policy(items_of(state), FailOn.DUE_SOON, 10_000, TODAY)}
    assert everything == {OVERDUE_ID, DUE_SOON_ID, UPCOMING_ID}  # never resolved, suspicious or undated
    assert not {RESOLVED_ID, SUSPICIOUS_ID, UNDATED_ID} & everything


def test_policy_skips_snoozed_and_resolved_but_not_acked(state: Path) -> None:
    items = items_of(state)
    overdue = next(i for i in items if i.id == OVERDUE_ID)
    assert check_policy([dataclasses.replace(overdue, acked=True)], FailOn.OVERDUE, 0, TODAY)
    snoozed = dataclasses.replace(overdue, snoozed_until=TODAY + timedelta(days=1))
    assert not check_policy([snoozed], FailOn.OVERDUE, 0, TODAY)
    snooze_over = dataclasses.replace(overdue, snoozed_until=TODAY)
    assert check_policy([snooze_over], FailOn.OVERDUE, 0, TODAY)


@pytest.mark.parametrize(("text", "days"), [("7d", 7), ("7", 7), ("2w", 14), (" 3D ", 3), ("0d", 0)])
def test_parse_within(text: str, days: int) -> None:
    assert parse_within(text) == days


@pytest.mark.parametrize("text", ["", "7 days", "-1d", "1m", "d"])
def test_parse_within_rejects(text: str) -> None:
    with pytest.raises(ConfigError, match="--within"):
        parse_within(text)


# ---- exit codes --------------------------------------------------------------------------------------------


def check(state: Path, *args: str, today: date = TODAY) -> tuple[int, str, str]:
    return run("check", "--offline", "--state", str(state), "--today", today.isoformat(), *args)


def test_exit_1_when_overdue(state: Path) -> None:
    code, out, err = check(state)
    assert code == 1
    assert OVERDUE_ID[:7] in out and "overdue" in out and "example.co.kr" in out
    assert "1 open item(s) overdue" in err


def test_exit_0_when_nothing_overdue(state: Path) -> None:
    code, out, err = check(state, today=date(2026, 11, 19))
    assert code == 0, err
    assert out == "" and "ok, nothing overdue" in err


def test_exit_1_due_soon_within(state: Path) -> None:
    run("resolve", OVERDUE_ID[:8], "--state", str(state))
    assert check(state)[0] == 0  # nothing overdue any more
    code, out, _ = check(state, "--fail-on", "due-soon", "--within", "7d")
    assert code == 1 and DUE_SOON_ID[:7] in out
    assert check(state, "--fail-on", "due-soon", "--within", "4d")[0] == 0
    assert check(state, "--within", "1w")[0] == 1  # --within alone means due-soon


def test_snoozed_item_does_not_fail(state: Path) -> None:
    run("snooze", OVERDUE_ID[:8], "--until", "2099-01-01", "--state", str(state))
    assert check(state, today=TODAY)[0] == 0


def test_exit_2_on_usage_errors(state: Path, tmp_path: Path) -> None:
    code, _, err = check(state, "--within", "soon")
    assert code == 2 and "--within" in err
    code, _, err = check(state, "--fail-on", "overdue", "--within", "7d")
    assert code == 2 and "only applies" in err
    code, _, err = run("check", "--offline", "--state", str(tmp_path / "missing.db"))
    assert code == 2 and "no state file" in err
    bad_cfg = tmp_path / "bad.yaml"
    bad_cfg.write_text("scan:\n  due_soon_days: many\n", encoding="utf-8")
    code, _, err = run("check", "--offline", "--state", str(state), "--config", str(bad_cfg))
    assert code == 2 and "bad.yaml:2" in err
    code, _, err = run("check", "--offline", "--state", str(state), "--format", "xml")
    assert code == 2


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_exit_3_when_mailbox_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A mailbox nobody can reach must never look green (real TCP connect to a closed port)."""
    monkeypatch.setenv("NW_TEST_PASSWORD", "secret-pw-123")
    cfg = tmp_path / "noticewatch.yaml"
    cfg.write_text(
        "accounts:\n"
        "  - host: 127.0.0.1\n"
        f"    port: {_closed_port()}\n"
        "    security: none\n"
        "    allow_insecure: true\n"
        "    username: ops\n"
        "    password_env: NW_TEST_PASSWORD\n"
        "    timeout: 3\n",
        encoding="utf-8",
    )
    code, out, err = run("check", "--config", str(cfg), "--state", str(tmp_path / "s.db"), "-f", "json")
    assert code == 3, err
    assert "secret-pw-123" not in out + err


# ---- outputs parsed back -----------------------------------------------------------------------------------


def test_junit_parsed_back(state: Path, tmp_path: Path) -> None:
    report = tmp_path / "junit.xml"
    code, out, _ = check(state, "--format", "junit", "--output", str(report), "--fail-on", "due-soon", "--within", "7d")
    assert code == 1 and out == ""
    xml = JUnitXml.fromfile(str(report))
    suites = list(xml)
    assert len(suites) == 1
    cases = {c.name: c for c in suites[0]}
    assert len(cases) == 6  # every item, resolved included (as skipped)
    by_id = {re.search(r"\[([0-9a-f]{12})\]$", name).group(1): c for name, c in cases.items()}  # type: ignore[union-attr]
    failed = {i for i, c in by_id.items() if any(isinstance(r, Failure) for r in c.result)}
    assert failed == {OVERDUE_ID, DUE_SOON_ID}
    skipped = {i for i, c in by_id.items() if any(isinstance(r, Skipped) for r in c.result)}
    assert skipped == {RESOLVED_ID, SUSPICIOUS_ID}
    failure = next(r for r in by_id[OVERDUE_ID].result if isinstance(r, Failure))
    assert "overdue" in failure.message and "Renew example.co.kr at Gabia" in failure.message
    assert "만료일: 2026-11-20" in failure.text  # evidence in the body, Korean intact
    assert by_id[OVERDUE_ID].classname == "noticewatch.domain-expiry"
    assert suites[0].failures == 2 and suites[0].skipped == 2 and suites[0].tests == 6


def test_junit_unreachable_mailbox_is_an_error_case() -> None:
    xml_text = render_junit([], set(), TODAY, [ScanWarning("imap://ops@x/INBOX", "connection refused", True)])
    xml = JUnitXml.fromstring(xml_text.encode("utf-8"))
    [suite] = list(xml)
    [case] = list(suite)
    assert isinstance(case.result[0], JUnitError) and suite.errors == 1


_COMMAND = re.compile(r"^::(?P<level>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<message>.*)$")


def _unescape(text: str) -> str:
    return text.replace("%0A", "\n").replace("%0D", "\r").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse_annotations(text: str) -> list[tuple[str, dict[str, str], str]]:
    """Read workflow commands back the way the Actions runner does."""
    out = []
    for line in text.splitlines():
        m = _COMMAND.match(line)
        assert m, f"not a workflow command: {line!r}"
        props = {}
        for pair in (m.group("props") or "").split(","):
            key, _, value = pair.partition("=")
            props[key] = _unescape(value)
        out.append((m.group("level"), props, _unescape(m.group("message"))))
    return out


def test_annotations_parsed_back(state: Path) -> None:
    code, out, _ = check(state, "--format", "github")
    assert code == 1
    parsed = parse_annotations(out)
    errors = [p for p in parsed if p[0] == "error"]
    warnings = [p for p in parsed if p[0] == "warning"]
    assert len(errors) == 1
    _level, props, message = errors[0]
    assert props["title"] == "Gabia example.co.kr: domain-expiry"
    assert message.splitlines()[0].startswith("overdue: deadline 2026-11-20 was 3 days ago — Renew example.co.kr")
    assert OVERDUE_ID in message
    # The due-soon item (not failing under --fail-on overdue) and the phishing mail are warnings.
    titles = [p[1]["title"] for p in warnings]
    assert "Cafe24 shop.cafe24.com: hosting-quota" in titles
    assert "Suspicious notice: Gabia example.co.kr: domain-expiry" in titles


def test_annotation_escaping_round_trips() -> None:
    nasty = "50% used: disk, traffic\r\nline two :: ,"
    assert "\n" not in escape_data(nasty) and "\r" not in escape_data(nasty)
    assert ":" not in escape_property(nasty) and "," not in escape_property(nasty)
    assert _unescape(escape_data(nasty)) == nasty
    assert _unescape(escape_property(nasty)) == nasty
    text = render_annotations([], set(), TODAY, [ScanWarning("imap://ops@x/INBOX", "refused,\nretry: later", True)])
    [(level, _props, message)] = parse_annotations(text)
    assert level == "error" and message == "imap://ops@x/INBOX: refused,\nretry: later"


def test_json_format_carries_the_check(state: Path) -> None:
    code, out, _ = check(state, "--format", "json", "--within", "7d")
    assert code == 1
    report = json.loads(out)
    assert report["check"] == {"fail_on": "due-soon", "within_days": 7, "failing": [OVERDUE_ID, DUE_SOON_ID]}
    assert report["today"] == TODAY.isoformat()
    assert {i["id"] for i in report["items"]} >= {OVERDUE_ID, DUE_SOON_ID, UPCOMING_ID}
