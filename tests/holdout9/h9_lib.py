"""Small helpers for the holdout9 mails: Korean dates with weekdays computed (never hand-typed), HTML
layout shells in the styles vendors use, quoted blocks for forwards/replies, and a message/rfc822 forward."""

from __future__ import annotations

import sys
from datetime import date
from email import message_from_bytes
from email.generator import BytesGenerator
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))

from corpus_lib import Mail, _boundary, build

KO_WD = "월화수목금토일"
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def kd(y: int, m: int, d: int, sep: str = "") -> str:
    """`2026년 12월 31일(목)` with the weekday computed from the date."""
    return f"{y}년 {m}월 {d}일{sep}({KO_WD[date(y, m, d).weekday()]})"


def kdot(y: int, m: int, d: int) -> str:
    """`2026.12.31.(목)`"""
    return f"{y}.{m:02d}.{d:02d}.({KO_WD[date(y, m, d).weekday()]})"


def ewd(y: int, m: int, d: int) -> str:
    return EN_WD[date(y, m, d).weekday()]


def ent(text: str) -> str:
    """Numeric character references for non-ASCII, as some bulk mailers write Korean in HTML."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() for ln in text.strip("\n").splitlines()) + "\n"


def rfc822_forward(outer: Mail, inner: Mail) -> bytes:
    """The outer mail (text/plain) with the inner notice attached whole as message/rfc822, the way
    Outlook and Thunderbird "forward as attachment"."""
    outer_msg = message_from_bytes(build(outer))
    inner_msg = message_from_bytes(build(inner))
    text = Message()
    text["Content-Type"] = outer_msg["Content-Type"]
    text["Content-Transfer-Encoding"] = outer_msg["Content-Transfer-Encoding"]
    text.set_payload(outer_msg.get_payload())
    att = MIMEMessage(inner_msg)
    att["Content-Disposition"] = f'attachment; filename="{inner.name}.eml"'
    mixed = MIMEMultipart("mixed", boundary=_boundary(outer.name, "rfc822"))
    mixed.attach(text)
    mixed.attach(att)
    ctype = mixed["Content-Type"]
    for k in list(mixed.keys()):
        del mixed[k]
    for k, v in outer_msg.items():
        if k.lower() not in ("content-type", "content-transfer-encoding"):
            mixed[k] = v
    mixed["Content-Type"] = ctype
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()


PIXEL = '<img src="https://{host}/o/{tag}.gif" width="1" height="1" alt="" style="display:block;border:0">'


def preheader(text: str) -> str:
    return (
        '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;color:#ffffff">'
        f"{text}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>"
    )
