"""Shared bits for the holdout4 mails: the recipient company, weekday helpers, small HTML pieces.

The mails themselves live in h4_domain.py, h4_quota.py, h4_social.py and h4_other.py; each is written
from how the vendor words its real notices (see README.md for sources), not from any rule pack.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item  # noqa: E402

__all__ = ["DOMAIN", "QUOTA", "SOCIAL", "Mail", "item", "kwd", "pixel", "pre", "wd"]

_KO_WD = "월화수목금토일"


def wd(iso: str) -> str:
    """English weekday of an ISO date, so the weekday next to a date in a mail is always right."""
    return date.fromisoformat(iso).strftime("%A")


def kwd(iso: str) -> str:
    """Korean one-letter weekday (월..일) of an ISO date."""
    return _KO_WD[date.fromisoformat(iso).weekday()]


def pixel(host: str, token: str) -> str:
    return (
        f'<img src="https://{host}/o/{token}.gif" width="1" height="1" alt="" '
        'style="display:block;border:0;width:1px;height:1px">'
    )


def pre(text: str) -> str:
    """Hidden preheader text as bulk mailers put it first in the body."""
    return (
        '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;color:#fff">'
        f"{text}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>"
    )
