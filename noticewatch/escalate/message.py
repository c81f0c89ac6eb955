"""The message a channel sends: one digest per channel per run, rendered as subject, plain text and HTML. Pure."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from noticewatch.escalate.policy import Reminder, ReminderKind
from noticewatch.models import ActionItem

# Digest order: what needs a human first; phishing warnings last, in their own section.
_URGENCY_ORDER = ("overdue", "due today", "due soon", "upcoming", "without deadline", "possible phishing")
DUE_SOON_DAYS = 14
# When one item reaches a channel through several routes, the line shows the most pressing reminder.
_KIND_ORDER = {
    ReminderKind.OVERDUE: 0,
    ReminderKind.DEADLINE_DAY: 1,
    ReminderKind.BEFORE_DEADLINE: 2,
    ReminderKind.NEW: 3,
    ReminderKind.PHISHING: 4,
}


@dataclass(frozen=True, slots=True)
class DigestEntry:
    """One item in a digest; `reminders` are every (route, key) this line delivers."""

    item: ActionItem
    kind: ReminderKind
    days_left: int | None
    reminders: tuple[Reminder, ...]

    @property
    def routes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.route for r in self.reminders))


@dataclass(frozen=True, slots=True)
class Notification:
    """What one channel receives in one run (or a test message when `test` is set)."""

    channel: str
    created: datetime
    entries: tuple[DigestEntry, ...] = ()
    open_items: tuple[ActionItem, ...] = ()  # for the calendar attachment
    test: bool = False
    note: str = ""  # free text shown first (the test message's explanation)
    subject_prefix: str = "[noticewatch]"

    @property
    def phishing(self) -> tuple[DigestEntry, ...]:
        return tuple(e for e in self.entries if e.kind is ReminderKind.PHISHING)

    @property
    def actionable(self) -> tuple[DigestEntry, ...]:
        return tuple(e for e in self.entries if e.kind is not ReminderKind.PHISHING)

    @property
    def title(self) -> str:
        """Short headline, without the prefix: "2 overdue, 1 due today, 1 new"."""
        if self.test:
            return "test message"
        counts: dict[str, int] = {}
        for e in self.entries:
            counts[urgency(e)] = counts.get(urgency(e), 0) + 1
        ordered = sorted(counts.items(), key=lambda kv: _URGENCY_ORDER.index(kv[0]))
        return ", ".join(f"{n} {label}" for label, n in ordered) or "no reminders"

    @property
    def subject(self) -> str:
        prefix = f"{self.subject_prefix} " if self.subject_prefix else ""
        return f"{prefix}{self.title} ({self.created.date().isoformat()})"

    @property
    def severity_color(self) -> str:
        """A hex colour for chat cards: red when anything is overdue or due today, amber otherwise."""
        kinds = {e.kind for e in self.entries}
        if kinds & {ReminderKind.OVERDUE, ReminderKind.DEADLINE_DAY, ReminderKind.PHISHING}:
            return "#D93F0B"
        if kinds:
            return "#FBCA04"
        return "#0E8A16"


def build_digest(
    channel: str,
    reminders: Iterable[Reminder],
    created: datetime,
    open_items: Sequence[ActionItem] = (),
    subject_prefix: str = "[noticewatch]",
) -> Notification:
    """Merge reminders for one channel into one digest: one line per item, however many routes brought it."""
    by_item: dict[str, list[Reminder]] = {}
    for r in reminders:
        if r.channel != channel:
            raise ValueError(f"reminder for channel {r.channel!r} given to the digest of {channel!r}")
        by_item.setdefault(r.item.id, []).append(r)
    entries = []
    for rs in by_item.values():
        lead = min(rs, key=lambda r: _KIND_ORDER[r.kind])
        entries.append(DigestEntry(lead.item, lead.kind, lead.days_left, tuple(rs)))
    entries.sort(key=_entry_order)
    return Notification(
        channel=channel,
        created=created,
        entries=tuple(entries),
        open_items=tuple(open_items),
        subject_prefix=subject_prefix,
    )


def make_test_notification(channel: str, route: str, created: datetime) -> Notification:
    return Notification(
        channel=channel,
        created=created,
        test=True,
        note=f"This is a test message from noticewatch (route {route!r}, channel {channel!r}). "
        "If you can read it, reminders will reach you here.",
    )


def _entry_order(e: DigestEntry) -> tuple[int, int, str]:
    days = e.days_left if e.days_left is not None else 10**6
    return (_URGENCY_ORDER.index(urgency(e)), days, e.item.target)


def urgency(e: DigestEntry) -> str:
    """ "overdue", "due today", "due soon", "upcoming", "without deadline" or "possible phishing"."""
    if e.kind is ReminderKind.PHISHING:
        return "possible phishing"
    if e.days_left is None:
        return "without deadline"
    if e.days_left < 0:
        return "overdue"
    if e.days_left == 0:
        return "due today"
    return "due soon" if e.days_left <= DUE_SOON_DAYS else "upcoming"


def when_text(days_left: int | None, deadline: date | None) -> str:
    """ "overdue by 3 days (2026-12-05)", "due today (2026-12-08)", "due in 7 days (2026-12-15)", "no deadline"."""
    if deadline is None or days_left is None:
        return "no deadline"
    stamp = deadline.isoformat()
    if days_left < 0:
        n = -days_left
        return f"overdue by {n} day{'s' if n != 1 else ''} ({stamp})"
    if days_left == 0:
        return f"due today ({stamp})"
    return f"due in {days_left} day{'s' if days_left != 1 else ''} ({stamp})"


def status_label(e: DigestEntry) -> str:
    """The line's tag: "OVERDUE", "DUE SOON (NEW)", "POSSIBLE PHISHING", ..."""
    label = urgency(e).upper()
    return f"{label} (NEW)" if e.kind is ReminderKind.NEW else label


def _evidence_line(item: ActionItem) -> str:
    if not item.evidence:
        return ""
    ev = item.evidence[0]
    when = f" ({ev.date.date().isoformat()})" if ev.date else ""
    return f"{ev.subject}{when}"


def entry_lines(e: DigestEntry) -> list[str]:
    """Plain-text lines of one entry (chat messages and the text part of mail)."""
    item = e.item
    head = f"{status_label(e)}  {item.target} — {item.vendor} {item.kind}"
    lines = [head]
    if e.kind is ReminderKind.PHISHING:
        reasons = "; ".join(item.suspicious_reasons) or "the sender is not one of the vendor's domains"
        lines.append(f"  A mail imitating {item.vendor} looks like phishing: {reasons}.")
        lines.append("  Do not click its links or pay; check the vendor's site directly.")
    else:
        lines.append(f"  {when_text(e.days_left, item.deadline)}" + ("  [acked]" if item.acked else ""))
        if item.action:
            lines.append(f"  Action: {item.action}")
    evidence = _evidence_line(item)
    if evidence:
        lines.append(f"  Evidence: {evidence}")
    lines.append(f"  ID: {item.id}")
    return lines


def render_text(n: Notification, max_chars: int | None = None) -> str:
    """The plain-text digest; cut at an entry boundary to fit `max_chars` (chat message limits)."""
    header = f"noticewatch — {n.title}, {n.created.date().isoformat()}"
    blocks: list[str] = [header]
    if n.note:
        blocks.append(n.note)
    for e in n.actionable:
        blocks.append("\n".join(entry_lines(e)))
    if n.phishing:
        blocks.append("Possible phishing — not action items:")
        for e in n.phishing:
            blocks.append("\n".join(entry_lines(e)))
    if not n.test:
        blocks.append("Mark an item handled: noticewatch ack ID / snooze ID --until DATE / resolve ID")
    text = "\n\n".join(blocks)
    if max_chars is None or len(text) <= max_chars:
        return text
    kept: list[str] = []
    for i, block in enumerate(blocks):
        rest = len(blocks) - i
        tail = f"… {rest} more not shown (see noticewatch list)"
        if len("\n\n".join([*kept, block, tail])) > max_chars:
            return "\n\n".join([*kept, tail])[:max_chars]
        kept.append(block)
    return "\n\n".join(kept)[:max_chars]


def render_html(n: Notification) -> str:
    """The HTML digest: one table row per item (mail clients render tables reliably; no CSS files)."""
    esc = html.escape
    rows = []
    for e in n.entries:
        item = e.item
        colour = "#D93F0B" if e.kind in (ReminderKind.OVERDUE, ReminderKind.PHISHING) else "#333333"
        if e.kind is ReminderKind.PHISHING:
            when = "—"
            action = "Do not act on this mail: " + esc("; ".join(item.suspicious_reasons) or "suspicious sender")
        else:
            when = esc(when_text(e.days_left, item.deadline)) + (" (acked)" if item.acked else "")
            action = esc(item.action)
        rows.append(
            "<tr>"
            f'<td style="color:{colour};font-weight:bold">{esc(status_label(e))}</td>'
            f"<td>{when}</td><td>{esc(item.kind)}</td><td>{esc(item.vendor)}</td>"
            f"<td>{esc(item.target)}</td><td>{action}</td>"
            f"<td>{esc(_evidence_line(item))}</td><td><code>{esc(item.id)}</code></td>"
            "</tr>"
        )
    note = f"<p>{esc(n.note)}</p>" if n.note else ""
    table = ""
    if rows:
        head = "".join(
            f'<th style="text-align:left;border-bottom:1px solid #999">{h}</th>'
            for h in ("Status", "Deadline", "Kind", "Vendor", "Target", "Action", "Evidence", "ID")
        )
        table = (
            '<table cellpadding="4" cellspacing="0" style="border-collapse:collapse">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            "<p>Mark an item handled: <code>noticewatch ack ID</code>, "
            "<code>noticewatch snooze ID --until DATE</code> or <code>noticewatch resolve ID</code>.</p>"
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        f"<h2>noticewatch — {esc(n.title)}</h2>{note}{table}</body></html>"
    )
