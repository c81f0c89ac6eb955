"""Builders for the mail the IMAP tests deliver into Dovecot (real RFC 5322 bytes made with `email`)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid


def _base(subject: str, sender: str, to: str = "ops@example.com") -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 2, 9, 30, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain="example.net")
    return msg


def plain(subject: str, text: str, sender: str = "no-reply@gabia.com") -> bytes:
    msg = _base(subject, sender)
    msg.set_content(text)
    return msg.as_bytes()


def alternative(subject: str, text: str, html: str, sender: str = "billing@cafe24.com") -> bytes:
    msg = _base(subject, sender)
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


def korean_euckr(subject: str, text: str, sender: str = "webmaster@whois.co.kr") -> bytes:
    msg = _base(subject, sender)
    msg.set_content(text, charset="euc-kr", cte="base64")
    return msg.as_bytes()


def with_attachment(subject: str, text: str, attachment: bytes, sender: str = "noreply@hosting.kr") -> bytes:
    msg = _base(subject, sender)
    msg.set_content(text)
    msg.add_attachment(attachment, maintype="application", subtype="pdf", filename="invoice.pdf")
    return msg.as_bytes()


def with_text_attachment(subject: str, text: str, attached_text: str) -> bytes:
    msg = _base(subject, "ops-bot@example.com")
    msg.set_content(text)
    msg.add_attachment(attached_text, filename="server.log")
    return msg.as_bytes()


def forwarded_as_attachment(subject: str, note: str, inner: bytes, sender: str = "kim@example.com") -> bytes:
    """A colleague forwards a vendor notice "as attachment" (message/rfc822), as Outlook does."""
    from email import message_from_bytes

    msg = _base(subject, sender)
    msg.set_content(note)
    inner_msg = message_from_bytes(inner, _class=EmailMessage, policy=SMTP)
    msg.add_attachment(inner_msg)
    return msg.as_bytes()
