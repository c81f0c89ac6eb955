"""Shared pieces of the holdout16 blind set: the studio's mailbox, a Mail factory with its defaults,
and a builder for a forward that carries the original notice as a message/rfc822 attachment."""

from __future__ import annotations

import email
import hashlib
import sys
from email.generator import BytesGenerator
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from io import BytesIO
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, build, item

__all__ = ["DOMAIN", "QUOTA", "SOCIAL", "TO", "Mail", "item", "mk", "render"]

# The studio's support mailbox is hosted on Hiworks; its receiving server writes the topmost header.
TO = "support@moonrabbit-studio.co.kr"
AUTHSERV = "mx.hiworks.co.kr"


def mk(**kw: Any) -> Mail:
    kw.setdefault("to", TO)
    kw.setdefault("authserv", AUTHSERV)
    return Mail(**kw)


# name of the outer mail -> the original notice it carries as message/rfc822
RFC822: dict[str, Mail] = {}


def render(mail: Mail) -> bytes:
    if mail.name not in RFC822:
        return build(mail)
    outer = email.message_from_bytes(build(mail))
    inner = email.message_from_bytes(build(RFC822[mail.name]))
    h = hashlib.sha1(mail.name.encode()).hexdigest()
    mixed = MIMEMultipart("mixed", boundary=f"----=_NextPart_{h[:3]}_{h[3:7]}_{h[7:15].upper()}")
    content_type = mixed["Content-Type"]
    for k in list(mixed.keys()):
        del mixed[k]
    # keep the outer mail's header order; only its content headers change to the multipart ones
    for k, v in outer.items():
        if k.lower() == "mime-version":
            mixed[k] = v
            mixed["Content-Type"] = content_type
        elif not k.lower().startswith("content-"):
            mixed[k] = v
    body = MIMENonMultipart(outer.get_content_maintype(), outer.get_content_subtype())
    for k in list(body.keys()):
        del body[k]
    for k, v in outer.items():
        if k.lower().startswith("content-"):
            body[k] = v
    body.set_payload(outer.get_payload())
    mixed.attach(body)
    att = MIMEMessage(inner)
    del att["MIME-Version"]
    att["Content-Disposition"] = 'attachment; filename="original.eml"'
    mixed.attach(att)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()
