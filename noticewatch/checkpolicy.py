"""The CI policy of `noticewatch check`: which items fail the check. Pure.

An item can fail only while it is open: not resolved, not snoozed (as of `today`), and not suspicious.
Suspicious items (phishing imitating a vendor) are warnings to look at, not due work: they must neither turn a
pipeline red as if a domain were expiring nor be hidden, so the CI renderers show them as warnings.
Undated items never fail (there is no date to be late for). Acked items are open: an ack is not a fix.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from datetime import date
from typing import assert_never

from noticewatch.errors import ConfigError
from noticewatch.models import ActionItem, Status


class FailOn(enum.StrEnum):
    OVERDUE = "overdue"  # the deadline has passed
    DUE_SOON = "due-soon"  # the deadline is within --within days (or has passed)


def is_open(item: ActionItem, today: date) -> bool:
    snoozed = item.snoozed_until is not None and item.snoozed_until > today
    return item.status is not Status.RESOLVED and not snoozed and not item.suspicious


def fails(item: ActionItem, fail_on: FailOn, within_days: int, today: date) -> bool:
    if not is_open(item, today) or item.deadline is None:
        return False
    days_left = (item.deadline - today).days
    if fail_on is FailOn.OVERDUE:
        return days_left < 0
    if fail_on is FailOn.DUE_SOON:
        return days_left <= within_days
    assert_never(fail_on)


def check_policy(items: Iterable[ActionItem], fail_on: FailOn, within_days: int, today: date) -> list[ActionItem]:
    """The items that make `check` exit 1, in the given order."""
    return [it for it in items if fails(it, fail_on, within_days, today)]


def describe_failure(item: ActionItem, today: date) -> str:
    """One line saying why the item fails, e.g. "overdue: deadline 2026-11-01 was 9 days ago"."""
    from noticewatch.render.relative import relative_deadline

    if item.deadline is None:
        return item.status.value
    when = relative_deadline(item.deadline, today)
    if item.deadline < today:
        return f"overdue: deadline {item.deadline.isoformat()} was {when}"
    return f"due {when}: deadline {item.deadline.isoformat()}"


_WITHIN = re.compile(r"^\s*(\d+)\s*([dw]?)\s*$", re.IGNORECASE)


def parse_within(text: str) -> int:
    """--within: "7d", "2w" or a plain number of days."""
    m = _WITHIN.match(text)
    if not m:
        raise ConfigError(f"--within: expected a number of days like 7d or 2w, got {text!r}")
    n = int(m.group(1))
    return n * 7 if m.group(2).lower() == "w" else n
