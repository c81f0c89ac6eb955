"""Mail on disk: single .eml files, directories of mail files, mbox files and Maildir directories.

The kind of each path is detected from what it holds, not from its name. Every source streams: an mbox is
read in chunks and split on "From " lines, so a multi-gigabyte mailbox never sits in memory.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from noticewatch.errors import InputError
from noticewatch.models import RawMessage, ScanWarning
from noticewatch.sources.base import Source

_SNIFF_BYTES = 4096
_CHUNK = 8 * 1024 * 1024
_MAIL_SUFFIXES = frozenset({".eml", ".mbox", ".mbx", ".msg822"})
_HEADER_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
# The postmark line that starts an mbox message: "From sender@host Mon Nov 20 09:00:00 2026".
# A body line that merely starts with "From " rarely carries a time of day, so require one.
_POSTMARK = re.compile(rb"From \S*[^\n]*\d{1,2}:\d{2}")
_RELEASE_EVERY = 64 * 1024 * 1024
_MADV_DONTNEED: int | None = getattr(mmap, "MADV_DONTNEED", None)
_NON_BLANK = re.compile(rb"[^ \t\r\n]")
_MBOXRD_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def _sniff(path: Path) -> str | None:
    """'mbox', 'mail' or None (not mail) from the first bytes of a file."""
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A mail saved as UTF-16 text (Windows tools do this); parsing converts it back.
        head = head[: len(head) - len(head) % 2].decode("utf-16", "replace").encode("utf-8", "replace")
    head = head.lstrip(b"\r\n")
    if head.startswith(b"From "):
        return "mbox"
    if b"\x00" in head:
        return None
    first_lines = head.split(b"\n", 3)[:3]
    if first_lines and _HEADER_LINE.match(first_lines[0]):
        return "mail"
    return None


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


def _read_warning(path: Path, exc: OSError) -> ScanWarning:
    reason = exc.strerror or type(exc).__name__
    return ScanWarning(str(path), f"cannot read file: {reason.lower()}")


class EmlFileSource:
    """One file holding one RFC 5322 message."""

    def __init__(self, path: Path) -> None:
        self._path = path

    @property
    def name(self) -> str:
        return str(self._path)

    def messages(self) -> Iterator[RawMessage | ScanWarning]:
        try:
            data = self._path.read_bytes()
        except OSError as exc:
            yield _read_warning(self._path, exc)
            return
        yield RawMessage(source=str(self._path), data=data)


class MboxSource:
    """An mbox file, streamed; each message's location is "path#N" (N counts from 1)."""

    def __init__(self, path: Path) -> None:
        self._path = path

    @property
    def name(self) -> str:
        return str(self._path)

    def messages(self) -> Iterator[RawMessage | ScanWarning]:
        count = 0
        try:
            for data in _split_mbox(self._path):
                count += 1
                yield RawMessage(source=f"{self._path}#{count}", data=data)
        except OSError as exc:
            yield _read_warning(self._path, exc)
            return
        if count == 0:
            yield ScanWarning(str(self._path), "no mail found")


def _message_from_mbox(
    buffer: bytes | bytearray | mmap.mmap, start: int, end: int, quoted_from: bool | None = None
) -> bytes | None:
    """The message in buffer[start:end] without its postmark line and separating blank line, mboxrd
    ">From " quoting undone; None for an empty one. Copies the bytes once: messages can be megabytes.

    `quoted_from`: whether a ">From " line is in there, when the caller already knows (None: look)."""
    body = buffer.find(b"\n", start, end) + 1
    if body == 0:
        return None
    if end > body and buffer[end - 1] == 0x0A:
        end -= 1
        if end > body and buffer[end - 1] == 0x0D:
            end -= 1
    with memoryview(buffer) as view:
        data = bytes(view[body:end])
    if _NON_BLANK.search(data) is None:
        return None
    if quoted_from if quoted_from is not None else b">From " in data:
        data = _MBOXRD_QUOTED_FROM.sub(rb"\1", data)
    return data


def _is_postmark(buffer: bytes | bytearray | mmap.mmap, pos: int, line_end: int) -> bool:
    return _POSTMARK.match(buffer, pos, line_end) is not None


def _split_mbox(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
        try:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # empty file, pipe, or a file system without mmap
            mapped = None
        if mapped is None:
            yield from _split_mbox_stream(handle)
            return
        with mapped:
            yield from _split_mbox_mapped(mapped)


def _split_mbox_mapped(mapped: mmap.mmap) -> Iterator[bytes]:
    # The file stays in the page cache, not in our heap; pages already handed on are dropped from this
    # process's resident set so a multi-gigabyte mbox does not show up as multi-gigabyte RSS.
    # One pass over "From " finds both the postmark lines (after a newline) and mboxrd ">From " lines
    # (after ">"s at a line start): scanning a gigabyte twice costs more than parsing it.
    size = len(mapped)
    start = 0
    quoted_from = False
    released = 0
    pos = 0
    while True:
        hit = mapped.find(b"From ", pos)
        if hit == -1:
            break
        pos = hit + 5
        before = mapped[hit - 1] if hit else 0x0A
        if before == 0x3E:  # ">"
            run = hit - 1
            while run > start and mapped[run - 1] == 0x3E:
                run -= 1
            if run == 0 or mapped[run - 1] == 0x0A:
                quoted_from = True
            continue
        if before != 0x0A or hit == start:
            continue
        line_end = mapped.find(b"\n", hit)
        if not _is_postmark(mapped, hit, size if line_end == -1 else line_end):
            continue
        message = _message_from_mbox(mapped, start, hit, quoted_from)
        start, quoted_from = hit, False
        if message is not None:
            yield message
        if start - released >= _RELEASE_EVERY and _MADV_DONTNEED is not None:
            boundary = start - start % mmap.PAGESIZE
            mapped.madvise(_MADV_DONTNEED, released, boundary - released)
            released = boundary
    message = _message_from_mbox(mapped, start, size, quoted_from)
    if message is not None:
        yield message


def _split_mbox_stream(handle: BinaryIO) -> Iterator[bytes]:
    # The buffer always starts at the current message's postmark line.
    buffer = bytearray()
    search_from = 0
    eof = False
    while not eof:
        chunk = handle.read(_CHUNK)
        eof = not chunk
        buffer += chunk
        while True:
            pos = buffer.find(b"\nFrom ", search_from)
            if pos == -1:
                # A "\nFrom " split between two chunks is found on the next pass.
                search_from = max(0, len(buffer) - 6)
                break
            line_end = buffer.find(b"\n", pos + 1)
            if line_end == -1:
                if not eof:
                    search_from = pos  # the postmark line is cut by the chunk; read more first
                    break
                line_end = len(buffer)
            if not _is_postmark(buffer, pos + 1, line_end):
                search_from = pos + 1
                continue
            message = _message_from_mbox(buffer, 0, pos + 1)
            del buffer[: pos + 1]
            search_from = 0
            if message is not None:
                yield message
    message = _message_from_mbox(buffer, 0, len(buffer))
    if message is not None:
        yield message


class MaildirSource:
    """A Maildir (cur/ and new/, plus Maildir++ ".Folder" subfolders); each message's location is its path."""

    def __init__(self, path: Path) -> None:
        self._path = path

    @property
    def name(self) -> str:
        return str(self._path)

    def _files(self) -> list[Path]:
        folders = [self._path]
        with contextlib.suppress(OSError):
            folders += sorted(
                child
                for child in self._path.iterdir()
                if child.name.startswith(".")
                and child.name not in (".", "..")
                and child.is_dir()
                and _is_maildir(child)
            )
        files: list[Path] = []
        for folder in folders:
            for sub in ("cur", "new"):
                directory = folder / sub
                if not directory.is_dir():
                    continue
                files += (child for child in directory.iterdir() if not child.name.startswith("."))
        return sorted(files)

    def messages(self) -> Iterator[RawMessage | ScanWarning]:
        try:
            files = self._files()
        except OSError as exc:
            yield _read_warning(self._path, exc)
            return
        count = 0
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield _read_warning(path, exc)
                continue
            count += 1
            yield RawMessage(source=str(path), data=data)
        if count == 0:
            yield ScanWarning(str(self._path), "no mail found")


class DirectorySource:
    """A directory of mail files, walked recursively in sorted order; hidden files and folders are skipped.

    A file counts as mail when it ends in .eml or starts with RFC 5322 headers; an mbox file or a Maildir
    found inside is read as such.
    """

    def __init__(self, path: Path) -> None:
        self._path = path

    @property
    def name(self) -> str:
        return str(self._path)

    def messages(self) -> Iterator[RawMessage | ScanWarning]:
        found = 0
        for item in self._walk(self._path, set()):
            if isinstance(item, RawMessage):
                found += 1
            yield item
        if found == 0:
            yield ScanWarning(str(self._path), "no mail found")

    def _walk(self, directory: Path, seen: set[str]) -> Iterator[RawMessage | ScanWarning]:
        # Symlinked folders may loop back; each real folder is read once.
        real = os.path.realpath(directory)
        if real in seen:
            return
        seen.add(real)
        try:
            entries = sorted(directory.iterdir())
        except OSError as exc:
            yield _read_warning(directory, exc)
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    if _is_maildir(entry):
                        yield from (
                            m
                            for m in MaildirSource(entry).messages()
                            if isinstance(m, RawMessage) or m.problem != "no mail found"
                        )
                    else:
                        yield from self._walk(entry, seen)
                    continue
                kind = _sniff(entry)
            except OSError as exc:
                yield _read_warning(entry, exc)
                continue
            if kind == "mbox":
                yield from MboxSource(entry).messages()
            elif kind == "mail" or entry.suffix.lower() in _MAIL_SUFFIXES:
                # A .eml that does not look like mail is still handed on, so parsing reports why.
                yield from EmlFileSource(entry).messages()


def open_sources(paths: Sequence[Path]) -> list[Source]:
    """One source per path, its kind detected: Maildir, directory of mail files, mbox file or single mail.

    Raises InputError for a path that does not exist; everything else is reported per message.
    """
    sources: list[Source] = []
    for given in paths:
        path = Path(given)  # tolerate str paths from callers
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            sources.append(MaildirSource(path) if _is_maildir(path) else DirectorySource(path))
            continue
        try:
            kind = _sniff(path)
        except OSError:
            kind = None  # EmlFileSource reports the read error as a warning
        sources.append(MboxSource(path) if kind == "mbox" else EmlFileSource(path))
    return sources
