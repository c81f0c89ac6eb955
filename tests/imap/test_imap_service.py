"""service.scan() over a real Dovecot: which bodies the whole pipeline reads, and what they give."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from noticewatch.config import Config
from noticewatch.models import Status
from noticewatch.service import scan
from tests.imap.conftest import Mailbox

TODAY = date(2026, 11, 23)


def authenticated(subject: str, sender: str, day: int, text: str) -> bytes:
    """A mail the receiving server authenticated as its sender's own domain (what generic rules trust)."""
    domain = sender.rpartition("@")[2].rstrip(">")
    msg = EmailMessage(policy=SMTP)
    msg["Authentication-Results"] = (
        f"mx.example.com; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
    )
    msg["From"] = sender
    msg["To"] = "ops@example.com"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, day, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(text)
    return msg.as_bytes()


NOTICE = authenticated(
    "Domain expiration notice: shopfront.com",
    "Renewals <renewals@domainharbor.net>",
    2,
    "Your domain shopfront.com will expire on December 10, 2026.\nRenew it before the expiration date.",
)
RENEWED = authenticated(
    "결제 완료 안내",
    "DomainHarbor <billing@domainharbor.net>",
    6,
    "Order #88231\nDomain renewal: shopfront.com - 1 year\nNew expiration date: December 10, 2027",
)
SHOP = authenticated(
    "결제 완료 안내",
    "Shop <orders@coffeebeans.example.org>",
    7,
    "주문하신 원두 2kg 결제가 완료되었습니다. 배송은 2-3일 소요됩니다.",
)


def config(mb: Mailbox, tmp_path: Path, folders: list[str]) -> Config:
    return Config.model_validate(
        {
            "accounts": [{**mb.account(folders=folders).model_dump(mode="json", exclude_none=True)}],
            "state": {"path": str(tmp_path / "state.db")},
        }
    )


def test_a_receipt_filed_before_its_notice_still_resolves_it(mailbox: Mailbox, tmp_path: Path) -> None:
    mailbox.create_folder("Receipts")
    mailbox.deliver(RENEWED, folder="Receipts")
    mailbox.deliver(SHOP, folder="Receipts")
    mailbox.deliver(NOTICE)

    result = scan(config(mailbox, tmp_path, ["Receipts", "INBOX"]), [], TODAY)

    [item] = [i for i in result.items if i.target == "shopfront.com"]
    assert item.status is Status.RESOLVED and len(item.evidence) == 2
    # The coffee receipt could only close an item of its sender's, and there is none: never read.
    assert (result.messages_read, result.warnings) == (2, ())


def test_receipts_are_read_only_for_senders_with_an_item(mailbox: Mailbox, tmp_path: Path) -> None:
    cfg = config(mailbox, tmp_path, ["INBOX"])
    mailbox.deliver(SHOP)
    mailbox.deliver(NOTICE)
    first = scan(cfg, [], TODAY)
    assert first.messages_read == 1 and [i.status for i in first.items] == [Status.UPCOMING]

    # Next run: the renewal receipt arrives alone; the state knows the sender has an item.
    mailbox.deliver(RENEWED)
    second = scan(cfg, [], TODAY)
    assert second.messages_read == 1
    assert [i.status for i in second.items if i.target == "shopfront.com"] == [Status.RESOLVED]
