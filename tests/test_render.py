"""Renderers against golden files (regenerate with NOTICEWATCH_UPDATE_GOLDEN=1 after a deliberate change)."""

from __future__ import annotations

import json
import os
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from noticewatch.cli.report import is_hidden, needs_attention, render, scan_exit_code, visible_items
from noticewatch.models import ActionItem, Evidence, Phase, ScanResult, ScanWarning, Severity, Status
from noticewatch.render.formats import OutputFormat, default_format
from noticewatch.render.relative import relative_deadline

GOLDEN = Path(__file__).parent / "golden"
KST = timezone(timedelta(hours=9))
TODAY = date(2026, 11, 23)


def _item(id_: str, status: Status, deadline: date | None, target: str, **kw: object) -> ActionItem:
    ev = Evidence(
        message_id=f"<{id_}@vendor>",
        subject=f"Notice about {target}",
        date=datetime(2026, 11, 20, 9, 0, tzinfo=KST),
        source=f"inbox/{id_}.eml",
        excerpt=f"만료일: {deadline}",
    )
    defaults: dict[str, object] = {
        "kind": "domain-expiry",
        "vendor": "Gabia",
        "severity": Severity.HIGH,
        "suspicious": False,
        "rule": "gabia-domain-expiry",
        "action": f"Renew {target} at Gabia before {deadline}",
        "evidence": (ev,),
    }
    defaults.update(kw)
    return ActionItem(id=id_, status=status, deadline=deadline, target=target, **defaults)  # type: ignore[arg-type]


def sample() -> ScanResult:
    items = (
        _item("aaaaaaaaaaaa", Status.OVERDUE, date(2026, 11, 20), "mybrand.io", vendor="Namecheap"),
        _item(
            "bbbbbbbbbbbb",
            Status.DUE_SOON,
            date(2026, 12, 15),
            "example-shop.co.kr",
            phases=(Phase(date(2026, 12, 15), "1차 종료"),),
        ),
        _item("cccccccccccc", Status.UNDATED, None, "Kakao login", kind="social-login-deprecation", vendor="Kakao"),
        _item(
            "dddddddddddd",
            Status.DUE_SOON,
            date(2026, 11, 25),
            "example-shop.co.kr",
            suspicious=True,
            suspicious_reasons=("look-alike sender domain gabia-billing.com",),
        ),
    )
    warnings = (ScanWarning("inbox/broken.eml", "not a mail message: no header block"),)
    return ScanResult(today=TODAY, items=items, warnings=warnings, messages_read=7, messages_skipped=1)


@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_every_format_matches_its_golden_file(fmt: OutputFormat) -> None:
    text = render(sample(), fmt, width=160)
    golden = GOLDEN / f"report.{fmt.value}.txt"
    if os.environ.get("NOTICEWATCH_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_json_follows_the_contract() -> None:
    data = json.loads(render(sample(), OutputFormat.JSON))
    assert data["today"] == "2026-11-23"
    first = data["items"][0]
    for key in ("id", "kind", "vendor", "target", "deadline", "status", "suspicious", "rule", "action", "evidence"):
        assert key in first
    assert first["deadline"] == "2026-11-20" and first["status"] == "overdue"
    assert set(first["evidence"][0]) >= {"message_id", "subject", "date", "source", "excerpt"}
    assert first["evidence"][0]["date"] == "2026-11-20T09:00:00+09:00"
    assert data["items"][2]["deadline"] is None
    assert data["warnings"] == [{"source": "inbox/broken.eml", "problem": "not a mail message: no header block"}]


def test_narrow_table_keeps_status_deadline_and_target() -> None:
    text = render(sample(), OutputFormat.TABLE, width=70)
    assert "overdue" in text and "mybrand.io" in text and "2026-11-20" in text
    assert "SUSPICIOUS" in text
    assert max(len(line) for line in text.splitlines()) <= 70


def test_default_format_is_table_for_terminals_and_json_for_pipes() -> None:
    assert default_format(True) is OutputFormat.TABLE
    assert default_format(False) is OutputFormat.JSON


@pytest.mark.parametrize(
    ("deadline", "text"),
    [(date(2026, 11, 28), "in 5 days"), (date(2026, 11, 20), "3 days ago"), (TODAY, "today"), (None, "no date given")],
)
def test_relative_deadline(deadline: date | None, text: str) -> None:
    assert relative_deadline(deadline, TODAY) == text


def test_hidden_items_and_attention() -> None:
    result = sample()
    snoozed = _item("eeeeeeeeeeee", Status.OVERDUE, date(2026, 11, 1), "x.com", snoozed_until=date(2026, 12, 1))
    resolved = _item("ffffffffffff", Status.RESOLVED, date(2026, 11, 1), "y.com")
    assert is_hidden(snoozed) and is_hidden(resolved)
    shown = visible_items(ScanResult(TODAY, (snoozed, resolved), ()), show_all=False)
    assert shown.items == ()
    assert not needs_attention(shown)
    assert needs_attention(result)
    assert scan_exit_code(result) == 0
    broken = ScanResult(TODAY, (), (ScanWarning("imap://a@b/INBOX", "login failed", unreachable=True),))
    assert scan_exit_code(broken) == 3
