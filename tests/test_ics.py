"""`noticewatch export --format ics`, parsed back with icalendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from test_store_cli import (
    DUE_SOON_ID,
    FINDINGS,
    OVERDUE_ID,
    RESOLVED_ID,
    SUSPICIOUS_ID,
    TODAY,
    UNDATED_ID,
    UPCOMING_ID,
    make_finding,
    populate,
    run,
)

from noticewatch.lifecycle import current_items
from noticewatch.render.ics import render_ics
from noticewatch.store import Store


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return populate(tmp_path / "state.db")


def export(state: Path, out: Path, today: date = TODAY) -> Calendar:
    code, stdout, err = run(
        "export", "--format", "ics", "--state", str(state), "--today", today.isoformat(), "--output", str(out)
    )
    assert code == 0, err
    assert stdout == ""
    return Calendar.from_ical(out.read_bytes())


def events(cal: Calendar) -> dict[str, object]:
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_one_all_day_event_per_open_dated_item(state: Path, tmp_path: Path) -> None:
    cal = export(state, tmp_path / "a.ics")
    evs = events(cal)
    assert set(evs) == {f"{i}@noticewatch" for i in (OVERDUE_ID, DUE_SOON_ID, UPCOMING_ID)}
    # Not exported: resolved, suspicious (phishing), undated.
    assert not any(i in uid for uid in evs for i in (RESOLVED_ID, SUSPICIOUS_ID, UNDATED_ID))
    ev = evs[f"{OVERDUE_ID}@noticewatch"]
    assert ev.decoded("DTSTART") == date(2026, 11, 20)  # type: ignore[attr-defined]
    assert ev.decoded("DTEND") == date(2026, 11, 21)  # type: ignore[attr-defined]
    assert str(ev["SUMMARY"]) == "Renew example.co.kr at Gabia — Gabia example.co.kr"  # type: ignore[index]
    description = str(ev["DESCRIPTION"])  # type: ignore[index]
    assert "Action: Renew example.co.kr at Gabia" in description
    assert "[Gabia] example.co.kr 안내" in description  # evidence subject, Korean intact
    assert "Deadline line: 만료일: 2026-11-20" in description
    assert ev.decoded("DTSTAMP") == datetime(2026, 11, 23, tzinfo=UTC)  # type: ignore[attr-defined]
    assert str(cal["PRODID"]) == "-//noticewatch//noticewatch//EN"


def test_uids_stable_and_output_reproducible(state: Path, tmp_path: Path) -> None:
    first = export(state, tmp_path / "a.ics")
    again = export(state, tmp_path / "b.ics")
    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()
    # A renewal notice moves a deadline: the event keeps its UID (calendars update, never duplicate).
    with Store.open(state) as store:
        store.add_findings(
            [
                make_finding(
                    "domain-expiry",
                    "Gabia",
                    "example.co.kr",
                    date(2026, 12, 20),
                    datetime(2026, 11, 22, 9, tzinfo=UTC),
                    msg="<a2@gabia>",
                )
            ],
            seen_at=datetime(2026, 11, 22, 10, tzinfo=UTC),
        )
    moved = export(state, tmp_path / "c.ics", TODAY + timedelta(days=1))
    assert set(events(first)) == set(events(again)) == set(events(moved))
    assert events(moved)[f"{OVERDUE_ID}@noticewatch"].decoded("DTSTART") == date(2026, 12, 20)  # type: ignore[attr-defined]


def test_snoozed_items_stay_in_the_calendar_resolved_leave(state: Path, tmp_path: Path) -> None:
    run("snooze", DUE_SOON_ID[:8], "--until", "2099-01-01", "--state", str(state))
    run("resolve", UPCOMING_ID[:8], "--state", str(state))
    evs = events(export(state, tmp_path / "a.ics"))
    assert f"{DUE_SOON_ID}@noticewatch" in evs
    assert f"{UPCOMING_ID}@noticewatch" not in evs


def test_export_to_stdout(state: Path) -> None:
    code, out, _ = run("export", "--state", str(state), "--today", TODAY.isoformat())
    assert code == 0
    assert len(Calendar.from_ical(out.encode("utf-8")).walk("VEVENT")) == 3


def test_render_ics_directly() -> None:
    with_items = current_items_from(FINDINGS)
    text = render_ics(with_items, datetime(2026, 1, 1, 12, tzinfo=UTC))
    assert text.startswith("BEGIN:VCALENDAR")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))  # RFC 5545 line folding


def current_items_from(findings: list) -> list:  # type: ignore[type-arg]
    from noticewatch.triage import build_items

    return build_items(findings, TODAY)


def test_empty_state_gives_an_empty_calendar(tmp_path: Path) -> None:
    Store.open(tmp_path / "s.db").close()
    cal = export(tmp_path / "s.db", tmp_path / "e.ics")
    assert cal.walk("VEVENT") == []
    with Store.open(tmp_path / "s.db") as store:
        assert current_items(store, TODAY) == []
