"""Shared helpers for the holdout6 mails: the recipient company, Korean weekdays, HTML entities."""

from __future__ import annotations

from datetime import date
from typing import Any

from corpus_lib import Mail

COMPANY_TO = "ops@hanul-studio.kr"
KO_WEEKDAY = "월화수목금토일"


def wd(iso: str) -> str:
    """Korean weekday letter for an ISO date, as vendors print it in parentheses: (화)."""
    return KO_WEEKDAY[date.fromisoformat(iso).weekday()]


def ent(text: str) -> str:
    """Numeric character references for Hangul, as some template engines emit them (&#47564;)."""
    return "".join(f"&#{ord(c)};" if "\uac00" <= c <= "\ud7a3" else c for c in text)


def mail(**kw: Any) -> Mail:
    kw.setdefault("to", COMPANY_TO)
    return Mail(**kw)


def unsub(domain: str, token: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<https://{domain}/unsubscribe?u={token}>, <mailto:unsubscribe@{domain}?subject={token}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


def q_subject(text: str) -> str:
    """An RFC 2047 Q-encoded subject (corpus_lib writes B-encoding; some mailers write Q)."""
    from email.charset import QP, Charset
    from email.header import Header

    cs = Charset("utf-8")
    cs.header_encoding = QP
    return Header(text, cs).encode(linesep="\r\n")
