"""BODYSTRUCTURE walking on raw structures as servers send them (imapclient's tuples and BodyData)."""

from __future__ import annotations

from imapclient.response_types import BodyData

from noticewatch.sources.imap import text_parts

PLAIN = (b"TEXT", b"PLAIN", (b"CHARSET", b"utf-8"), None, None, b"7BIT", 120, 4, None, None, None, None)
HTML = (b"TEXT", b"HTML", (b"CHARSET", b"euc-kr"), None, None, b"BASE64", 900, 12, None, None, None, None)
PDF = (
    b"APPLICATION",
    b"PDF",
    (b"NAME", b"a.pdf"),
    None,
    None,
    b"BASE64",
    500_000,
    None,
    (b"attachment", (b"FILENAME", b"a.pdf")),
    None,
    None,
)
LOG = (
    b"TEXT",
    b"PLAIN",
    (b"CHARSET", b"us-ascii"),
    None,
    None,
    b"7BIT",
    4000,
    80,
    None,
    (b"attachment", (b"FILENAME", b"server.log")),
    None,
    None,
)
ENVELOPE = (
    b"Mon, 2 Nov 2026 09:30:00 +0900",
    b"=?UTF-8?B?7ZW07Jm4IOuPhOuplOyduCDrp4zro4w=?=",
    ((b"Gabia", None, b"noreply", b"gabia.com"),),
    None,
    None,
    None,
    None,
    None,
    None,
    None,
)


def sections(structure: object) -> list[tuple[str, str, str | None, str | None]]:
    refs, _ = text_parts(structure)
    return [(r.section, r.content_type, r.charset, r.transfer_encoding) for r in refs]


def test_single_part_is_section_1() -> None:
    assert sections(BodyData.create(PLAIN)) == [("1", "text/plain", "utf-8", "7bit")]


def test_alternative_inside_mixed_with_attachments() -> None:
    alternative = (PLAIN, HTML, b"ALTERNATIVE", (b"BOUNDARY", b"b2"), None, None)
    mixed = BodyData.create((alternative, PDF, LOG, b"MIXED", (b"BOUNDARY", b"b1"), None, None))
    assert sections(mixed) == [
        ("1.1", "text/plain", "utf-8", "7bit"),
        ("1.2", "text/html", "euc-kr", "base64"),
    ]


def test_forwarded_message_parts_and_envelope() -> None:
    inner_multi = (PLAIN, HTML, b"ALTERNATIVE", (b"BOUNDARY", b"b3"), None, None)
    rfc822 = (
        b"MESSAGE",
        b"RFC822",
        None,
        None,
        None,
        b"7BIT",
        3000,
        ENVELOPE,
        inner_multi,
        60,
        None,
        (b"attachment", (b"FILENAME", b"notice.eml")),
        None,
        None,
    )
    single_rfc822 = (b"MESSAGE", b"RFC822", None, None, None, b"7BIT", 800, ENVELOPE, PLAIN, 20, None, None, None, None)
    mixed = BodyData.create((PLAIN, rfc822, single_rfc822, b"MIXED", (b"BOUNDARY", b"b1"), None, None))
    refs, envelopes = text_parts(mixed)
    assert [r.section for r in refs] == ["1", "2.1", "2.2", "3.1"]
    assert [e.position for e in envelopes] == [1, 3]
    assert envelopes[0].sender == "Gabia <noreply@gabia.com>"
    assert envelopes[0].subject == "해외 도메인 만료"
    assert envelopes[0].date.startswith("Mon, 2 Nov 2026")


def test_attachment_only_message_has_no_text_parts() -> None:
    assert sections(BodyData.create(PDF)) == []


def test_malformed_structure_raises_value_error() -> None:
    import pytest

    with pytest.raises(ValueError):
        text_parts((b"TEXT",))
    with pytest.raises(ValueError):
        text_parts(None)
