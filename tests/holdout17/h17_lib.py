"""Small helpers for holdout17 on top of tests/corpus/corpus_lib.py: Korean weekday dates, HTML
wrapping in a bulk-mailer layout, and a forward that carries the notice as a message/rfc822 part."""

from __future__ import annotations

import sys
from datetime import date
from email import message_from_bytes, policy
from email.generator import BytesGenerator
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "corpus"))

from corpus_lib import Mail, build

KO_WD = "월화수목금토일"
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def kd(y: int, m: int, d: int) -> str:
    """2026년 12월 21일(월)"""
    return f"{y}년 {m}월 {d}일({KO_WD[date(y, m, d).weekday()]})"


def wd(y: int, m: int, d: int) -> str:
    return EN_WD[date(y, m, d).weekday()]


def layout(inner: str, preheader: str = "", footer: str = "", pixel: str = "") -> str:
    """Bulk-mailer HTML shell: hidden preheader, a centred 600px table, a footer, a tracking pixel."""
    pre = (
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}'
        + "&nbsp;&zwnj;" * 6
        + "</div>"
        if preheader
        else ""
    )
    px = f'<img src="{pixel}" width="1" height="1" alt="" style="display:block">' if pixel else ""
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>td{font-family:Arial,Helvetica,sans-serif}</style></head>"
        f'<body style="margin:0;background:#f2f2f2">{pre}'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
        f'<tr><td style="padding:28px 32px;font-size:15px;line-height:22px;color:#222">{inner}</td></tr>'
        f'<tr><td style="padding:18px 32px;font-size:11px;color:#888">{footer}</td></tr>'
        f"</table></td></tr></table>{px}</body></html>"
    )


def build_rfc822_forward(outer: Mail, inner: Mail) -> bytes:
    """The outer mail's text part plus the inner notice attached whole (Outlook/Thunderbird 'forward as
    attachment'). Built from corpus_lib output, so both keep their real headers and encodings."""
    outer_msg = message_from_bytes(build(outer), policy=policy.compat32)
    inner_msg = message_from_bytes(build(inner), policy=policy.compat32)
    mixed = MIMEMultipart("mixed", boundary="----=_NextPart_h17_" + outer.name[-12:].replace(".", "_"))
    for k, v in outer_msg.items():
        if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
            mixed[k] = v
    mixed["MIME-Version"] = "1.0"
    body = message_from_bytes(build(outer), policy=policy.compat32)
    for k in list(body.keys()):
        if k.lower() not in ("content-type", "content-transfer-encoding"):
            del body[k]
    mixed.attach(body)
    att = MIMEMessage(inner_msg)
    att["Content-Disposition"] = "attachment"
    mixed.attach(att)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()
