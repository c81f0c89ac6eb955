"""Helpers for the holdout12 blind set: the company's defaults, Q-encoded subjects and a forward that
carries the original notice as a message/rfc822 attachment (corpus_lib builds single messages only)."""

from __future__ import annotations

import email
import hashlib
import quopri
from email.generator import BytesGenerator
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from io import BytesIO
from typing import Any

from corpus_lib import CODECS, Mail, build

ADMIN = "관리자 <admin@malgeunsup.co.kr>"
ADMIN_ADDR = "admin@malgeunsup.co.kr"


def m(**kw: Any) -> Mail:
    """A mail to the clinic chain's shared 관리자 mailbox (NAVER WORKS) unless `to` says otherwise."""
    kw.setdefault("to", ADMIN_ADDR)
    return Mail(**kw)


def q_subject(text: str, charset: str = "utf-8") -> str:
    """RFC 2047 Q-encoded subject in short encoded words, as some bulk mailers write it."""
    codec = CODECS[charset]
    words: list[str] = []
    chunk = ""
    room = 75 - len(f"=?{charset}?Q??=")
    for ch in text:
        trial = chunk + ch
        if len(_q(trial, codec)) > room:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return " ".join(f"=?{charset}?Q?{_q(w, codec)}?=" for w in words)


def _q(text: str, codec: str) -> str:
    return quopri.encodestring(text.encode(codec), header=True).decode("ascii").replace("?", "=3F")


def build_rfc822_forward(outer: Mail, inner: Mail, filename: str) -> bytes:
    """The outer (plain-text) mail with the inner notice attached whole, as Outlook's 'forward as
    attachment' and NAVER WORKS' '첨부로 전달' do."""
    o = email.message_from_bytes(build(outer))
    inner_msg = email.message_from_bytes(build(inner))
    h = hashlib.sha1(outer.name.encode()).hexdigest()
    mixed = MIMEMultipart("mixed", boundary=f"----=_NextPart_{h[:3].upper()}_{h[3:7].upper()}_{h[7:15].upper()}")
    body = Message()
    body["Content-Type"] = o["Content-Type"]
    body["Content-Transfer-Encoding"] = o["Content-Transfer-Encoding"]
    body.set_payload(o.get_payload())
    mixed.attach(body)
    att = MIMEMessage(inner_msg)
    att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    mixed.attach(att)
    own = list(mixed.items())
    for k in list(mixed.keys()):
        del mixed[k]
    for k, v in o.items():
        if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
            mixed[k] = v
    mixed["MIME-Version"] = "1.0"
    for k, v in own:
        if k.lower() != "mime-version":
            mixed[k] = v
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()
