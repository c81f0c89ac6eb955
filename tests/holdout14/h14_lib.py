"""Helpers for the holdout14 blind set: the dev@ mailbox of a mobile-app company (Moa Labs).

Builds on tests/corpus/corpus_lib.py; adds a forward that carries the notice as a message/rfc822
attachment, and Korean weekday names so dates like 2026년 12월 1일(화) are always right.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, build, item  # noqa: E402

__all__ = ["DOMAIN", "QUOTA", "SOCIAL", "TO", "Mail", "build", "build_any", "item", "m", "wd"]

TO = "dev@moalabs.io"
_KO_DAYS = "월화수목금토일"

# Forwards whose notice travels as an attached message: name -> the inner Mail.
ATTACHED: dict[str, Mail] = {}


def wd(iso: str) -> str:
    """Korean weekday syllable for an ISO date, e.g. '화' for 2026-12-01."""
    return _KO_DAYS[date.fromisoformat(iso).weekday()]


def m(**kw: Any) -> Mail:
    kw.setdefault("to", TO)
    return Mail(**kw)


def attach_forward(outer: Mail, inner: Mail) -> Mail:
    ATTACHED[outer.name] = inner
    return outer


def build_any(mail: Mail) -> bytes:
    """build(), or for an attached forward: the outer text plus the notice as message/rfc822."""
    raw = build(mail)
    inner = ATTACHED.get(mail.name)
    if inner is None:
        return raw
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    kept: list[bytes] = []
    text_headers: list[bytes] = []
    current: list[bytes] | None = None
    for ln in lines:
        if ln[:1] in (b" ", b"\t") and current is not None:
            current.append(ln)
            continue
        low = ln.lower()
        if low.startswith(b"content-type:") or low.startswith(b"content-transfer-encoding:"):
            current = text_headers
        else:
            current = kept
        current.append(ln)
    boundary = b"----=_Part_fw_" + mail.name.encode().replace(b"_", b"")
    parts = [
        b"\r\n".join(kept),
        b'Content-Type: multipart/mixed; boundary="' + boundary + b'"',
        b"",
        b"--" + boundary,
        b"\r\n".join(text_headers),
        b"",
        body.rstrip(b"\r\n"),
        b"--" + boundary,
        b"Content-Type: message/rfc822",
        b'Content-Disposition: attachment; filename="notice.eml"',
        b"",
        build(inner).rstrip(b"\r\n"),
        b"--" + boundary + b"--",
        b"",
    ]
    return b"\r\n".join(parts)
