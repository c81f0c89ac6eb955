"""The email channel against a real SMTP server (aiosmtpd) on 127.0.0.1: plain, STARTTLS + AUTH, implicit TLS."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from test_escalate_support import sample_digest

from noticewatch.config import ChannelConfig
from noticewatch.errors import ChannelError
from noticewatch.escalate.registry import build_channel

PASSWORD = "pw-Sm7p-s3cret"


@dataclass
class Inbox:
    """What the SMTP server received."""

    envelopes: list[Any] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword) and data.password.decode() == PASSWORD:
            self.logins.append(data.login.decode())
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def message(self, n: int = 0) -> EmailMessage:
        msg = email.message_from_bytes(self.envelopes[n].original_content, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (the client trusts it through ca_file)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certificate[0]), str(certificate[1]))
    return context


@pytest.fixture
def plain_smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def starttls_smtp(certificate: tuple[Path, Path]) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        tls_context=server_context(certificate),
        require_starttls=True,
        authenticator=inbox.authenticate,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def tls_smtp(certificate: tuple[Path, Path]) -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        ssl_context=server_context(certificate),
        authenticator=inbox.authenticate,
        auth_required=True,
        # aiosmtpd only counts STARTTLS as TLS; this connection is encrypted from the first byte.
        auth_require_tls=False,
    )
    controller.start()
    yield inbox, port
    controller.stop()


def mail_channel(port: int, **options: Any) -> ChannelConfig:
    base: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "from": "noticewatch@example-shop.co.kr",
        "to": ["web-team@example-shop.co.kr", "ceo@example-shop.co.kr"],
        "cc": ["ops@example-shop.co.kr"],
    }
    base.update(options)
    return ChannelConfig.model_validate({"name": "mail", "type": "email", "options": base})


def test_digest_mail_has_subject_recipients_text_html_and_calendar(plain_smtp: tuple[Inbox, int]) -> None:
    inbox, port = plain_smtp
    build_channel(mail_channel(port)).send(sample_digest("mail"))
    assert len(inbox.envelopes) == 1
    envelope = inbox.envelopes[0]
    assert envelope.mail_from == "noticewatch@example-shop.co.kr"
    assert sorted(envelope.rcpt_tos) == [
        "ceo@example-shop.co.kr",
        "ops@example-shop.co.kr",
        "web-team@example-shop.co.kr",
    ]
    msg = inbox.message()
    assert msg["Subject"].strip() == (
        "[noticewatch] 1 overdue, 1 due soon, 1 without deadline, 1 possible phishing (2026-12-08)"
    )
    assert msg["To"] == "web-team@example-shop.co.kr, ceo@example-shop.co.kr"
    assert msg["Cc"] == "ops@example-shop.co.kr"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg.get_content_type() == "multipart/mixed"

    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    plain = text.get_content()
    assert "OVERDUE (NEW)  old-shop.co.kr — Gabia domain-expiry" in plain
    assert "호스팅 용량을 늘리세요" in plain  # Korean survives the transfer encoding
    assert "POSSIBLE PHISHING" in plain
    markup = html.get_content()
    assert "<table" in markup and "<td>old-shop.co.kr</td>" in markup
    assert "shop &amp; &lt;co&gt;" in markup  # item text is escaped, not markup

    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["noticewatch.ics"]
    assert attachments[0].get_content_type() == "text/calendar"
    calendar = icalendar.Calendar.from_ical(attachments[0].get_content())
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    # Open dated items only: not the undated one, not the phishing imitation.
    assert set(events) == {"0000000000aa@noticewatch", "0000000000bb@noticewatch"}
    assert events["0000000000aa@noticewatch"].decoded("DTSTART") == dt.date(2026, 12, 5)


def test_starttls_and_login_with_password_from_env(
    starttls_smtp: tuple[Inbox, int], certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = starttls_smtp
    monkeypatch.setenv("SMTP_PW", PASSWORD)
    cfg = mail_channel(
        port, security="starttls", username="noticewatch", password_env="SMTP_PW", ca_file=str(certificate[0])
    )
    build_channel(cfg).send(sample_digest("mail"))
    assert inbox.logins == ["noticewatch"] and len(inbox.envelopes) == 1


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_with_password_from_a_command(tls_smtp: tuple[Inbox, int], certificate: tuple[Path, Path]) -> None:
    inbox, port = tls_smtp
    cfg = mail_channel(
        port,
        security="tls",
        username="noticewatch",
        password_command=f"printf '%s\\nmetadata line\\n' {PASSWORD}",
        ca_file=str(certificate[0]),
    )
    build_channel(cfg).send(sample_digest("mail"))
    assert inbox.logins == ["noticewatch"] and len(inbox.envelopes) == 1


def test_wrong_password_is_a_channel_error_without_the_password(
    starttls_smtp: tuple[Inbox, int], certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = starttls_smtp
    monkeypatch.setenv("SMTP_PW", "wrong-" + PASSWORD)
    cfg = mail_channel(
        port, security="starttls", username="noticewatch", password_env="SMTP_PW", ca_file=str(certificate[0])
    )
    with pytest.raises(ChannelError, match=r"SMTP login to 127\.0\.0\.1:\d+ refused") as e:
        build_channel(cfg).send(sample_digest("mail"))
    assert PASSWORD not in str(e.value) and inbox.envelopes == []


def test_untrusted_certificate_is_refused(starttls_smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch) -> None:
    _, port = starttls_smtp
    monkeypatch.setenv("SMTP_PW", PASSWORD)
    cfg = mail_channel(port, security="starttls", username="noticewatch", password_env="SMTP_PW")
    with pytest.raises(ChannelError, match=r"TLS with 127\.0\.0\.1"):
        build_channel(cfg).send(sample_digest("mail"))


def test_server_down_is_a_channel_error() -> None:
    with pytest.raises(ChannelError, match=r"cannot reach 127\.0\.0\.1"):
        build_channel(mail_channel(free_port(), timeout=5)).send(sample_digest("mail"))


def test_no_calendar_when_switched_off(plain_smtp: tuple[Inbox, int]) -> None:
    inbox, port = plain_smtp
    build_channel(mail_channel(port, attach_ics=False, subject_prefix="")).send(sample_digest("mail"))
    msg = inbox.message()
    assert list(msg.iter_attachments()) == []
    assert msg["Subject"].strip().startswith("1 overdue")  # a long subject folds before its first word


def test_preview_says_to_whom_without_sending(plain_smtp: tuple[Inbox, int]) -> None:
    inbox, port = plain_smtp
    preview = build_channel(mail_channel(port)).preview(sample_digest("mail"))
    assert preview.startswith("To: web-team@example-shop.co.kr, ceo@example-shop.co.kr, ops@example-shop.co.kr\n")
    assert "Attachment: noticewatch.ics" in preview and "old-shop.co.kr" in preview
    assert inbox.envelopes == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"username": "u"}, "exactly one of password_env or password_command"),
        ({"username": "u", "password_env": "P"}, "allow_insecure"),
        ({"password": PASSWORD}, "must not be written in the config"),
        ({"to": []}, "options.to"),
        ({"to": ["not-an-address"]}, "not an e-mail address"),
        ({"security": "ssl"}, "options.security"),
    ],
)
def test_bad_email_options(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message) as e:
        mail_channel(25, **options)
    assert PASSWORD not in str(e.value)
