"""parse_message(raw, headers) reuses the prefilter's header parse: the result must equal a fresh full parse."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticewatch.models import Message, RawMessage
from noticewatch.parse import parse_headers, parse_message

ROOT = Path(__file__).resolve().parent
MAILS = sorted(
    p for d in ("corpus", "holdout", "holdout2", "holdout3", "holdout4") for p in (ROOT / d / "mail").glob("*.eml")
)


def test_there_are_mails_to_compare() -> None:
    assert len(MAILS) > 300


@pytest.mark.parametrize("path", MAILS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_reusing_parsed_headers_gives_the_same_message(path: Path) -> None:
    raw = RawMessage(source=str(path), data=path.read_bytes())
    headers = parse_headers(raw)
    assert isinstance(headers, Message)
    assert parse_message(raw, headers) == parse_message(raw)


def test_a_mail_without_message_id_keeps_the_id_of_its_own_bytes() -> None:
    data = b"From: a@b.example\r\nSubject: hi\r\nDate: Mon, 23 Nov 2026 09:00:00 +0900\r\n\r\nbody\r\n"
    headers = parse_headers(RawMessage(source="x", data=data.split(b"\r\n\r\n")[0] + b"\r\n\r\n"))
    full = parse_message(RawMessage(source="x", data=data))
    reused = parse_message(RawMessage(source="x", data=data), headers if isinstance(headers, Message) else None)
    assert isinstance(full, Message) and isinstance(reused, Message)
    assert reused.message_id == full.message_id
    assert reused.text == full.text
    assert reused.text.strip() == "body"
