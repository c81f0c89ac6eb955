"""Helpers for the holdout11 blind set: date spellings computed from the calendar (so weekdays are
right), a Mail factory with this mailbox's defaults, and a builder for a forward that carries the
original notice as a message/rfc822 attachment (corpus_lib has no such form)."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from corpus_lib import Mail, build

OPS = "Larkspur Ops <ops@larkspur.io>"
KO_WD = "월화수목금토일"


def kd(y: int, m: int, d: int) -> str:
    """Korean date with the weekday in parentheses: 2026년 12월 10일(목)."""
    return f"{y}년 {m}월 {d}일({KO_WD[date(y, m, d).weekday()]})"


def kdot(y: int, m: int, d: int) -> str:
    """Korean dotted date with weekday: 2026.12.28.(월)."""
    return f"{y}.{m:02d}.{d:02d}.({KO_WD[date(y, m, d).weekday()]})"


def wd(y: int, m: int, d: int) -> str:
    """English weekday name."""
    return date(y, m, d).strftime("%A")


def mail(**kw: Any) -> Mail:
    kw.setdefault("to", OPS)
    return Mail(**kw)


def pixel(tag: str) -> str:
    h = hashlib.sha1(tag.encode()).hexdigest()[:24]
    return f'<img src="https://t.h11.example/o/{h}.gif" width="1" height="1" alt="" style="display:none">'


def build_rfc822_forward(outer: Mail, inner: Mail) -> bytes:
    """The outer mail's text as the first part, the inner mail's bytes as a message/rfc822 part
    (Outlook's "Forward as attachment")."""
    assert outer.form == "plain" and outer.text is not None
    outer_bytes = build(outer)
    head, _, _ = outer_bytes.partition(b"\r\n\r\n")
    lines = [
        ln for ln in head.split(b"\r\n") if not ln.lower().startswith((b"content-type:", b"content-transfer-encoding:"))
    ]
    boundary = "_004_" + hashlib.sha1(outer.name.encode()).hexdigest()[:24].upper() + "_"
    lines.append(f'Content-Type: multipart/mixed; boundary="{boundary}"'.encode())
    text = outer.text.replace("\n", "\r\n").encode("utf-8")
    inner_bytes = build(inner)
    parts = [
        b"This is a multi-part message in MIME format.",
        f"--{boundary}".encode(),
        b'Content-Type: text/plain; charset="utf-8"',
        b"Content-Transfer-Encoding: 8bit",
        b"",
        text,
        f"--{boundary}".encode(),
        b"Content-Type: message/rfc822",
        f'Content-Disposition: attachment; filename="{inner.name}.eml"'.encode(),
        b"",
        inner_bytes,
        f"--{boundary}--",
        b"",
    ]
    return b"\r\n".join(lines) + b"\r\n\r\n" + b"\r\n".join(p if isinstance(p, bytes) else p.encode() for p in parts)
