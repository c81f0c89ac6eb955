"""Shared pieces of the holdout13 set: the agency mailbox, the Mail defaults, vendor footers and the
message/rfc822 forward builder that tests/corpus/corpus_lib.py does not cover."""

from __future__ import annotations

import sys
from email import message_from_bytes, policy
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from io import BytesIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, build, item

__all__ = [
    "DOMAIN",
    "QUOTA",
    "SOCIAL",
    "M",
    "Mail",
    "build",
    "build_rfc822_forward",
    "entities",
    "item",
    "q_subject",
]

# The agency's shared Hiworks mailbox; Hiworks' inbound MX writes the topmost Authentication-Results.
AGENCY_BOX = "웹팀 공용 <web@pixelon.co.kr>"
AGENCY_TO = "web@pixelon.co.kr"
AUTHSERV = "mx1.hiworks.co.kr"


def q_subject(text: str) -> str:
    """RFC 2047 Q-encoded UTF-8 words (as some Korean bulk mailers write them); corpus_lib passes an
    already-ASCII subject through unchanged."""
    cs = Charset("utf-8")
    cs.header_encoding = QP
    return Header(text, cs).encode()


def entities(text: str) -> str:
    """Hangul as numeric character references (&#47564;), as some HTML mail editors emit them."""
    return "".join(f"&#{ord(ch)};" if ord(ch) > 127 else ch for ch in text)


def M(**kw: Any) -> Mail:
    kw.setdefault("to", AGENCY_TO)
    kw.setdefault("authserv", AUTHSERV)
    return Mail(**kw)


def build_rfc822_forward(outer: Mail, inner: Mail) -> bytes:
    """A forward that carries the original notice as a message/rfc822 attachment (Outlook 'Forward as
    attachment', Hiworks '원문 첨부'): the outer mail's own text part, then the untouched original."""
    outer_msg = message_from_bytes(build(outer), policy=policy.compat32)
    inner_msg = message_from_bytes(build(inner), policy=policy.compat32)
    mixed = MIMEMultipart("mixed", boundary="----=_NextPart_h13_" + outer.name[-12:])
    text_part = message_from_bytes(outer_msg.as_bytes(), policy=policy.compat32)
    for k in list(text_part.keys()):
        if not k.lower().startswith("content-"):
            del text_part[k]
    mixed.attach(text_part)
    att = MIMEMessage(inner_msg)
    att["Content-Disposition"] = 'attachment; filename="original.eml"'
    mixed.attach(att)
    for k in list(mixed.keys()):
        if k.lower() == "mime-version":
            del mixed[k]
    ct = mixed["Content-Type"]
    del mixed["Content-Type"]
    for k, v in outer_msg.items():
        if not k.lower().startswith("content-"):
            mixed[k] = v
    mixed["Content-Type"] = ct
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()


GABIA_FOOTER = """
본 메일은 발신전용 메일입니다. 문의사항은 가비아 고객센터(1544-4370)를 이용해 주시기 바랍니다.
(주)가비아 | 대표이사 김홍국 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층
사업자등록번호 : 211-81-39930 | 통신판매업신고 : 제 2006-경기성남-0651호
Copyright (c) Gabia Inc. All Rights Reserved.
"""

CAFE24_FOOTER = """
※ 본 메일은 정보통신망법 등 관련 규정에 따라 서비스 이용 중인 회원님께 발송되는 안내 메일입니다.
※ 발신 전용 메일이므로 회신하실 경우 답변되지 않습니다. 문의: 고객센터 1588-3284
카페24(주) | 서울특별시 동작구 보라매로5길 15 | 대표이사 이재석
"""
