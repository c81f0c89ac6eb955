"""The `email` channel: one digest mail per run over SMTP (smtplib), with STARTTLS, implicit TLS or none.

The mail has a plain-text part and an HTML table (multipart/alternative) and, attached, an iCalendar file of
the open items' deadlines so that they can be put in a calendar with one click. The password comes from
`password_env` / `password_command` and is never echoed.
"""

from __future__ import annotations

import smtplib
import ssl
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from noticewatch.errors import ChannelError
from noticewatch.escalate.base import ChannelType, SecretOptions, exactly_one_secret, resolve_secret, scrub
from noticewatch.escalate.message import Notification, render_html, render_text
from noticewatch.models import ActionItem

ICS_FILENAME = "noticewatch.ics"


class EmailOptions(SecretOptions):
    host: str
    port: int | None = Field(default=None, ge=1, le=65535)  # default: 465 for tls, 587 starttls, 25 none
    security: Literal["starttls", "tls", "none"] = "starttls"
    allow_insecure: bool = False  # required to log in over security: none
    username: str | None = None
    password_env: str | None = None
    password_command: str | None = None
    sender: str = Field(alias="from")
    to: list[str] = Field(min_length=1)
    cc: list[str] = Field(default_factory=list)
    subject_prefix: str = "[noticewatch]"
    attach_ics: bool = True
    ca_file: Path | None = None
    verify_tls: bool = True
    timeout: float = Field(default=30.0, gt=0)

    @model_validator(mode="after")
    def _check(self) -> EmailOptions:
        exactly_one_secret(self, "password", required=self.username is not None)
        if self.username is None and (self.password_env or self.password_command):
            raise ValueError("a password is given without a username")
        if self.security == "none" and self.username is not None and not self.allow_insecure:
            raise ValueError("security: none would send the password in clear; set allow_insecure: true to opt in")
        for address in [self.sender, *self.to, *self.cc]:
            if "@" not in address or any(c in address for c in "\r\n"):
                raise ValueError(f"not an e-mail address: {address!r}")
        return self

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return {"tls": 465, "starttls": 587, "none": 25}[self.security]


def ics_bytes(items: tuple[ActionItem, ...], now: datetime) -> bytes:
    """The open items' deadlines as an iCalendar file: the same file `noticewatch export --format ics` writes."""
    from noticewatch.render.ics import render_ics

    return render_ics(items, now).encode("utf-8")


class EmailChannel:
    def __init__(self, name: str, options: EmailOptions) -> None:
        self.name = name
        self.options = options

    def describe(self) -> str:
        o = self.options
        rcpt = ", ".join([*o.to, *o.cc])
        return f"email to {rcpt} via {o.host}:{o.effective_port} ({o.security})"

    def build_message(self, n: Notification) -> EmailMessage:
        o = self.options
        msg = EmailMessage()
        prefix = f"{o.subject_prefix} " if o.subject_prefix else ""
        msg["Subject"] = f"{prefix}{n.title} ({n.created.date().isoformat()})"
        msg["From"] = o.sender
        msg["To"] = ", ".join(o.to)
        if o.cc:
            msg["Cc"] = ", ".join(o.cc)
        msg["Date"] = format_datetime(n.created)
        msg["Message-ID"] = make_msgid("noticewatch", domain=o.sender.rpartition("@")[2] or None)
        msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: vacation responders must not answer
        msg.set_content(render_text(n))
        msg.add_alternative(render_html(n), subtype="html")
        open_items = tuple(i for i in n.open_items if i.deadline is not None)
        if o.attach_ics and open_items:
            msg.add_attachment(
                ics_bytes(open_items, n.created),
                maintype="text",
                subtype="calendar",
                filename=ICS_FILENAME,
            )
        return msg

    def preview(self, message: Notification) -> str:
        msg = self.build_message(message)
        o = self.options
        rcpt = ", ".join([*o.to, *o.cc])
        attached = f"\nAttachment: {ICS_FILENAME}" if any(p.get_filename() for p in msg.iter_attachments()) else ""
        return f"To: {rcpt}\nSubject: {msg['Subject']}{attached}\n\n{render_text(message)}"

    def _context(self) -> ssl.SSLContext:
        o = self.options
        context = ssl.create_default_context(cafile=str(o.ca_file) if o.ca_file else None)
        if not o.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    def send(self, message: Notification) -> None:
        o = self.options
        msg = self.build_message(message)
        password = None
        if o.username is not None:
            password = resolve_secret(self.name, "SMTP password", o.password_env, o.password_command)
        where = f"{o.host}:{o.effective_port}"
        try:
            smtp: smtplib.SMTP
            if o.security == "tls":
                smtp = smtplib.SMTP_SSL(o.host, o.effective_port, timeout=o.timeout, context=self._context())
            else:
                smtp = smtplib.SMTP(o.host, o.effective_port, timeout=o.timeout)
            with smtp:
                smtp.ehlo()
                if o.security == "starttls":
                    smtp.starttls(context=self._context())
                    smtp.ehlo()
                if o.username is not None and password is not None:
                    smtp.login(o.username, password)
                refused = smtp.send_message(msg, from_addr=o.sender, to_addrs=[*o.to, *o.cc])
        except smtplib.SMTPAuthenticationError as e:
            raise ChannelError(f"channel {self.name}: SMTP login to {where} refused ({e.smtp_code})") from None
        except smtplib.SMTPNotSupportedError as e:
            raise ChannelError(f"channel {self.name}: {where}: {e}") from None
        except smtplib.SMTPRecipientsRefused as e:
            rcpts = ", ".join(sorted(e.recipients))
            raise ChannelError(f"channel {self.name}: {where} refused every recipient: {rcpts}") from None
        except smtplib.SMTPResponseException as e:
            text = e.smtp_error.decode("utf-8", "replace") if isinstance(e.smtp_error, bytes) else str(e.smtp_error)
            raise ChannelError(
                f"channel {self.name}: {where} answered {e.smtp_code}: {scrub(text, password)}"
            ) from None
        except ssl.SSLError as e:
            raise ChannelError(f"channel {self.name}: TLS with {where} failed: {e.reason or e}") from None
        except (smtplib.SMTPException, OSError) as e:
            raise ChannelError(
                f"channel {self.name}: cannot reach {where}: {scrub(str(e) or type(e).__name__, password)}"
            ) from None
        if refused:
            # Some recipients got it: a partial delivery is still reported, so it is retried and seen.
            bad = ", ".join(sorted(refused))
            raise ChannelError(f"channel {self.name}: {where} refused recipients: {bad}")


CHANNEL_TYPES: dict[str, ChannelType] = {
    "email": ChannelType(EmailOptions, EmailChannel, "digest mail over SMTP"),
}
