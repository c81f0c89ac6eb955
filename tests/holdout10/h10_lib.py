"""Helpers for the holdout10 blind set: Microsoft 365 style Authentication-Results, Korean dates with
weekdays, RFC 2047 Q-encoded subjects and forwards carried as message/rfc822 attachments.

The mails themselves are built by tests/corpus/corpus_lib.py (real charsets and transfer encodings)."""

from __future__ import annotations

import hashlib
import sys
from datetime import date
from email import message_from_bytes
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.message import MIMEMessage
from email.policy import compat32
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, build, item  # noqa: E402

__all__ = ["DOMAIN", "QUOTA", "SOCIAL", "Mail", "build", "build_rfc822_forward", "item", "kd", "ms_auth", "qsubj"]

SHOP = "admin@bomnal-shop.co.kr"
LIVING = "admin@bomnal-living.kr"
WEEKDAYS = "월화수목금토일"


def kd(y: int, m: int, d: int, *, dot: bool = False) -> str:
    """A Korean date with its weekday in parentheses, e.g. 2026년 12월 3일(목) or 2026.12.03(목)."""
    wd = WEEKDAYS[date(y, m, d).weekday()]
    if dot:
        return f"{y}.{m:02d}.{d:02d}({wd})"
    return f"{y}년 {m}월 {d}일({wd})"


def _ip(dom: str) -> str:
    return "40.92." + str(int(hashlib.md5(dom.encode()).hexdigest()[:2], 16) % 250 + 1) + ".17"


def ms_auth(dom: str, result: str = "pass", *, forged_below: str | None = None) -> list[str]:
    """Authentication-Results as Exchange Online writes it (no authserv-id). A failing result may carry a
    forged 'pass' header that came with the message from upstream (below our own)."""
    if result == "pass":
        top = (
            f"spf=pass (sender IP is {_ip(dom)})\r\n smtp.mailfrom={dom}; dkim=pass (signature was verified)\r\n"
            f" header.d={dom};dmarc=pass action=none\r\n header.from={dom};compauth=pass reason=100"
        )
    elif result == "internal":
        top = f"dkim=pass (signature was verified)\r\n header.d={dom};dmarc=pass action=none\r\n header.from={dom};"
    else:
        spf = "softfail" if result == "softfail" else "fail"
        top = (
            f"spf={spf} (sender IP is 185.234.219.{int(hashlib.md5(dom.encode()).hexdigest()[:2], 16) % 200})\r\n"
            f" smtp.mailfrom={dom}; dkim=fail (body hash did not verify)\r\n"
            f" header.d={dom};dmarc=fail action=quarantine\r\n header.from={dom};compauth=fail reason=000"
        )
    out = [top]
    if forged_below:
        out.append(
            f"{forged_below};\r\n       dkim=pass header.i=@{dom} header.s=s1;\r\n"
            f"       spf=pass smtp.mailfrom={dom};\r\n       dmarc=pass header.from={dom}"
        )
    return out


def qsubj(text: str, charset: str = "utf-8") -> str:
    """RFC 2047 Q-encoded subject (some mailers prefer Q to B)."""
    cs = Charset(charset)
    cs.header_encoding = QP
    return Header(text, cs, maxlinelen=900).encode()


def build_rfc822_forward(outer: Mail, inner: Mail) -> bytes:
    """An Outlook 'Forward as attachment': the outer mail's text plus the original as message/rfc822."""
    outer_bytes = build(Mail(**{**outer.__dict__, "attachment": True}))
    msg = message_from_bytes(outer_bytes, policy=compat32)
    parts = msg.get_payload()
    assert isinstance(parts, list)
    attached = MIMEMessage(message_from_bytes(build(inner), policy=compat32))
    attached["Content-Disposition"] = 'attachment; filename="original.eml"'
    parts[1] = attached
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\r\n")
    return buf.getvalue()
