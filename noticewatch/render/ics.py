"""iCalendar export of open items' deadlines; the only importer of icalendar.

One all-day event per dated item that is not resolved and not suspicious. Snoozed items stay in the
calendar: a snooze hides the nagging, not the date. The UID derives from the item id, so a calendar that
subscribes to the file updates an event when a deadline moves instead of adding a second one. DTSTAMP comes
from `now`, so the same state and `now` give byte-identical output.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from noticewatch.models import ActionItem, Status

PRODID = "-//noticewatch//noticewatch//EN"


def event_uid(item: ActionItem) -> str:
    return f"{item.id}@noticewatch"


def exported(items: Sequence[ActionItem]) -> list[ActionItem]:
    return [it for it in items if it.deadline is not None and it.status is not Status.RESOLVED and not it.suspicious]


def _description(item: ActionItem) -> str:
    lines = [
        f"Action: {item.action}",
        f"What: {item.kind} · {item.vendor} · {item.target}",
        f"Status: {item.status.value}" + (" (acked)" if item.acked else ""),
        f"Item: {item.id} (noticewatch show {item.id})",
    ]
    if item.note:
        lines.append(f"Note: {item.note}")
    if item.deadline_excerpt:
        lines.append(f"Deadline line: {item.deadline_excerpt}")
    for p in item.phases:
        lines.append(f"Phase: {p.deadline.isoformat()} {p.label}")
    if item.evidence:
        lines.append("Evidence:")
        for ev in item.evidence:
            when = ev.date.date().isoformat() if ev.date else "undated"
            lines.append(f"- {when} {ev.subject} ({ev.source})")
    return "\n".join(lines)


def render_ics(items: Sequence[ActionItem], now: datetime, name: str = "noticewatch deadlines") -> str:
    from icalendar import Calendar, Event

    stamp = now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for it in exported(items):
        assert it.deadline is not None
        ev = Event()
        ev.add("uid", event_uid(it))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", it.deadline)
        ev.add("dtend", it.deadline + timedelta(days=1))
        ev.add("summary", f"{it.action} — {it.vendor} {it.target}")
        ev.add("description", _description(it))
        ev.add("categories", [it.kind])
        ev.add("transp", "TRANSPARENT")  # a deadline is not a meeting: do not block the calendar
        cal.add_component(ev)
    return cal.to_ical().decode("utf-8")
