"""The IMAP source fetches only some header fields: every field the parser reads must be among them."""

from __future__ import annotations

from noticewatch import parse
from noticewatch.sources import imap


def test_fetched_header_fields_cover_what_the_parser_reads() -> None:
    fetched = {f.lower().encode() for f in imap.HEADER_FIELDS}
    missing = parse._WANTED_HEADERS - fetched
    assert not missing, f"parse.py reads header fields the IMAP source does not fetch: {sorted(missing)}"


def test_header_block_found_whatever_the_server_echoes() -> None:
    block = b"From: a@b.example\r\nSubject: x\r\n\r\n"
    assert imap._header_of({b"BODY[HEADER.FIELDS (FROM SUBJECT)]": block, b"RFC822.SIZE": 9}) == block
    assert imap._header_of({b"BODY[HEADER.FIELDS (from subject)]": block}) == block
    assert imap._header_of({b"RFC822.SIZE": 9}) == b""
