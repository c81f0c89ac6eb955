"""Mail on disk: single .eml files, directories of mail files, mbox files and Maildir directories.

The kind of each path is detected from what it holds, not from its name. Every source streams: an mbox is
read in chunks and split on "From " lines, so a multi-gigabyte mailbox never sits in memory.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

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
_MBOXRD_QUOTED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)


def _sniff(path: Path) -> str | None:
    """'mbox', 'mail' or None (not mail) from the first bytes of a file."""
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
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


def _message_from_mbox(chunk: bytes) -> bytes:
    """Strip the postmark line and the separating blank line; undo mboxrd ">From " quoting."""
    newline = chunk.find(b"\n")
    body = chunk[newline + 1 :] if newline != -1 else b""
    if body.endswith(b"\r\n"):
        body = body[:-2]
    elif body.endswith(b"\n"):
        body = body[:-1]
    if b"\n>From " in body or b"\n>>" in body or body.startswith(b">From "):
        body = _MBOXRD_QUOTED_FROM.sub(rb"\1", body)
    return body


def _split_mbox(path: Path) -> Iterator[bytes]:
    with path.open("rb") as handle:
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
                if not _POSTMARK.match(buffer, pos + 1, line_end):
                    search_from = pos + 1
                    continue
                message = bytes(buffer[: pos + 1])
                del buffer[: pos + 1]
                search_from = 0
                if message.strip():
                    yield _message_from_mbox(message)
        if buffer.strip():
            yield _message_from_mbox(bytes(buffer))


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
        for item in self._walk(self._path):
            if isinstance(item, RawMessage):
                found += 1
            yield item
        if found == 0:
            yield ScanWarning(str(self._path), "no mail found")

    def _walk(self, directory: Path) -> Iterator[RawMessage | ScanWarning]:
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
                        yield from self._walk(entry)
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
    for path in paths:
        if not os.path.lexists(path) or not path.exists():
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
