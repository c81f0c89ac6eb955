"""The IMAP source fetches only some header fields: every field the parser reads must be among them."""

from __future__ import annotations

import pytest

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


HEAD = b"From: a@b.example\r\nSubject: x\r\n\r\n"
ITEM = b"BODY[HEADER.FIELDS (FROM SUBJECT)] {%d}" % len(HEAD)


def test_raw_header_fetch_reads_items_in_any_order() -> None:
    data = [
        (b"1 (UID 10 RFC822.SIZE 500 " + ITEM, HEAD),
        b")",
        # Items after the literal, as some servers order them.
        (b"2 (" + ITEM, HEAD + b"X"),
        b" UID 11 RFC822.SIZE 700)",
        # Another client changed a flag meanwhile: not ours, skipped.
        b"7 (FLAGS (\\Seen))",
    ]
    assert imap.parse_header_fetch(data) == {10: (HEAD, 500), 11: (HEAD + b"X", 700)}


def test_raw_header_fetch_refuses_shapes_it_does_not_know() -> None:
    unknown: list[list[object]] = [
        [b'1 (UID 10 RFC822.SIZE 5 BODY[HEADER.FIELDS (FROM)] "")'],  # header as a quoted string
        [(b"1 (RFC822.SIZE 500 " + ITEM, HEAD), b")"],  # no UID
        [(b"1 (UID 10 " + ITEM, HEAD), b")"],  # no size
        [(b"1 (UID 10 RFC822.SIZE 5 BODY[TEXT] {4}", b"body"), b")"],  # another section
        [b" UID 10)"],  # a continuation with nothing before it
    ]
    for data in unknown:
        with pytest.raises(imap._UnexpectedFetch):
            imap.parse_header_fetch(data)
