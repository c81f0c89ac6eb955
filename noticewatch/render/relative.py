"""Human wording for deadlines relative to today ("in 5 days", "3 days ago")."""

from __future__ import annotations

from datetime import date


def relative_deadline(deadline: date | None, today: date) -> str:
    if deadline is None:
        return "no date given"
    days = (deadline - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days > 0:
        return f"in {days} days"
    return f"{-days} days ago"
