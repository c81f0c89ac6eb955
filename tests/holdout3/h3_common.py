"""Shared pieces of the holdout3 mails: the recipient company, date spellings, per-mail extras."""

from __future__ import annotations

from datetime import date
from typing import Any

# Mails addressed to the fictional company "달빛스튜디오" (dalbit-studio.kr) and its old staff addresses.
OPS = "ops@dalbit-studio.kr"
OLD = "jiwoo.han@dalbit-studio.kr"  # an employee who left; vendors still write to her
DEV = "dev@dalbit-studio.kr"

# name -> {"q_subject": True} | {"rfc822": Mail, "filename": str}; read by make_holdout3.render
EXTRAS: dict[str, dict[str, Any]] = {}

_WD = "월화수목금토일"
_EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def wd(y: int, m: int, d: int) -> str:
    """Korean weekday letter, as in 2026년 12월 15일(화)."""
    return _WD[date(y, m, d).weekday()]


def ko(y: int, m: int, d: int, weekday: bool = True) -> str:
    return f"{y}년 {m}월 {d}일" + (f"({wd(y, m, d)})" if weekday else "")


def en_wd(y: int, m: int, d: int) -> str:
    return date(y, m, d).strftime("%A")


def en_mon(m: int) -> str:
    return _EN_MON[m - 1]
