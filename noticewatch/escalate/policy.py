"""When to remind whom: which reminders are due for which items, routes and channels at `now`. Pure.

The schedule of one item on one route, in the route's timezone:
- "first-seen": once, when the route first sees the item (it covers every point already passed);
- "T-N:<deadline>": N days before the deadline, for each N in `remind_days` (default 30, 14, 7, 3, 1);
- "T-0:<deadline>": on the deadline day itself;
- "overdue:<date>": every `overdue_every_days` (default daily) while the deadline has passed.
Only the latest point already passed counts: when cron did not run for a while, one reminder goes out, not a
burst. Keys carry the deadline, so a moved deadline starts a fresh schedule.

Acked items remind only on the deadline day ("T-0", sent late if that day's run was missed, never twice); they
get no "new" notice (someone already knows), and the T-0 reminder stands for it. lifecycle.py lets an ack lapse
once the deadline has passed, so an acked item that was not done becomes a plain overdue item, reminded daily.
Snoozed items are silent while the local date is before `snoozed_until`; resolved items are silent forever.
Suspicious items never get deadline reminders (their deadline may be bait): each route sends one
"possible phishing" notice per item. During a route's quiet hours nothing is sent: the reminders are
deferred to the first run after them, not lost.

"Was this sent" is a lookup per (item, route, channel, key), so a channel that failed is retried on the next
run while the channels that succeeded are not sent twice.
"""

from __future__ import annotations

import enum
import fnmatch
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from noticewatch.config import RouteConfig
from noticewatch.models import ActionItem, Status

SentLookup = Callable[[str, str, str, str], bool]
"""(item_id, route name, channel name, key) -> whether that reminder was delivered through that channel."""

FIRST_SEEN_KEY = "first-seen"
PHISHING_KEY = "phishing"


class ReminderKind(enum.StrEnum):
    NEW = "new"  # first seen by this route
    BEFORE_DEADLINE = "before-deadline"
    DEADLINE_DAY = "deadline-day"
    OVERDUE = "overdue"
    PHISHING = "phishing"


@dataclass(frozen=True, slots=True)
class Point:
    """One point of an item's schedule."""

    key: str
    kind: ReminderKind
    due: date


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder due for one item through one channel of one route."""

    item: ActionItem
    route: str
    channel: str
    kind: ReminderKind
    key: str  # the point that triggered it
    covers: tuple[str, ...]  # keys recorded as sent when it is delivered (first-seen also covers the latest point)
    local_date: date  # "today" in the route's timezone
    days_left: int | None  # negative when overdue


@dataclass(frozen=True, slots=True)
class Plan:
    due: tuple[Reminder, ...]
    deferred: tuple[Reminder, ...]  # would be due, but the route is in its quiet hours


_QUIET_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_quiet_hours(value: str) -> tuple[time, time]:
    """ "22:00-08:00" -> (22:00, 08:00); the window may wrap past midnight. ValueError when malformed."""
    m = _QUIET_RE.match(value)
    if not m:
        raise ValueError(f"quiet_hours must look like 22:00-08:00, got {value!r}")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError(f"quiet_hours has an impossible time: {value!r}")
    start, end = time(h1, m1), time(h2, m2)
    if start == end:
        raise ValueError(f"quiet_hours start and end are equal: {value!r}")
    return start, end


def parse_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown timezone {name!r} (use an IANA name such as Asia/Seoul)") from None


def in_quiet_hours(local: time, window: tuple[time, time]) -> bool:
    start, end = window
    if start < end:
        return start <= local < end
    return local >= start or local < end


def _glob_any(value: str, patterns: Sequence[str]) -> bool:
    v = value.strip().rstrip(".").lower()
    return any(fnmatch.fnmatchcase(v, p.strip().rstrip(".").lower()) for p in patterns)


def route_matches(route: RouteConfig, item: ActionItem) -> bool:
    """Every non-empty filter must match; each is a list of case-insensitive globs."""
    checks = (
        (route.kinds, item.kind),
        (route.vendors, item.vendor),
        (route.severities, item.severity.value),
        (route.targets, item.target),
    )
    return all(not patterns or _glob_any(value, patterns) for patterns, value in checks)


def is_silenced(item: ActionItem, local_today: date) -> bool:
    """Resolved items never remind; snoozed ones not before their snooze date."""
    if item.status is Status.RESOLVED:
        return True
    return item.snoozed_until is not None and local_today < item.snoozed_until


def latest_point(item: ActionItem, route: RouteConfig, local_today: date) -> Point | None:
    """The latest schedule point due on or before `local_today` (None when none has come yet)."""
    deadline = item.deadline
    if deadline is None:
        return None
    stamp = deadline.isoformat()
    if local_today > deadline and not item.acked:
        first_overdue = deadline + timedelta(days=1)
        steps = (local_today - first_overdue).days // route.overdue_every_days
        day = first_overdue + timedelta(days=steps * route.overdue_every_days)
        return Point(f"overdue:{day.isoformat()}", ReminderKind.OVERDUE, day)
    if local_today >= deadline:
        return Point(f"T-0:{stamp}", ReminderKind.DEADLINE_DAY, deadline)
    if item.acked:
        return None
    passed = [n for n in route.remind_days if deadline - timedelta(days=n) <= local_today]
    if not passed:
        return None
    n = min(passed)
    return Point(f"T-{n}:{stamp}", ReminderKind.BEFORE_DEADLINE, deadline - timedelta(days=n))


def item_reminders(
    item: ActionItem, route: RouteConfig, channel: str, local_today: date, was_sent: SentLookup
) -> Reminder | None:
    """The one reminder (or none) this item owes `channel` through `route` today."""
    if is_silenced(item, local_today):
        return None
    days_left = (item.deadline - local_today).days if item.deadline is not None else None

    def make(kind: ReminderKind, key: str, covers: tuple[str, ...]) -> Reminder:
        return Reminder(item, route.name, channel, kind, key, covers, local_today, days_left)

    if item.suspicious:
        if route.phishing and not was_sent(item.id, route.name, channel, PHISHING_KEY):
            return make(ReminderKind.PHISHING, PHISHING_KEY, (PHISHING_KEY,))
        return None
    point = latest_point(item, route, local_today)
    if route.first_seen and not item.acked and not was_sent(item.id, route.name, channel, FIRST_SEEN_KEY):
        # The first notice already tells the deadline: it stands for every point passed so far.
        first = (FIRST_SEEN_KEY,) if point is None else (FIRST_SEEN_KEY, point.key)
        return make(ReminderKind.NEW, FIRST_SEEN_KEY, first)
    if point is not None and not was_sent(item.id, route.name, channel, point.key):
        covers: tuple[str, ...] = (point.key,)
        if route.first_seen and not was_sent(item.id, route.name, channel, FIRST_SEEN_KEY):
            # An acked item's deadline-day reminder introduces it: once un-acked, it is no longer "new".
            covers += (FIRST_SEEN_KEY,)
        return make(point.kind, point.key, covers)
    return None


def plan_reminders(
    items: Iterable[ActionItem], routes: Sequence[RouteConfig], now: datetime, was_sent: SentLookup
) -> Plan:
    """Every reminder due at `now` (timezone-aware), per route and channel; quiet routes' ones are deferred."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    items = list(items)
    due: list[Reminder] = []
    deferred: list[Reminder] = []
    for route in routes:
        local = now.astimezone(parse_timezone(route.timezone))
        quiet = route.quiet_hours is not None and in_quiet_hours(local.time(), parse_quiet_hours(route.quiet_hours))
        bucket = deferred if quiet else due
        for item in items:
            if not route_matches(route, item):
                continue
            for channel in route.channels:
                reminder = item_reminders(item, route, channel, local.date(), was_sent)
                if reminder is not None:
                    bucket.append(reminder)
    return Plan(tuple(due), tuple(deferred))
