"""The Source interface: anything that yields raw messages with a stable location string."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from noticewatch.models import RawMessage, ScanWarning


class Source(Protocol):
    """A place mail comes from: a file, a folder, an mbox, a Maildir, an IMAP folder."""

    @property
    def name(self) -> str:
        """Human-readable location, used in warnings and progress."""
        ...

    def messages(self) -> Iterator[RawMessage | ScanWarning]:
        """Yield every message, or a warning for a message/file that could not be read.

        Never raises for one bad message; raises SourceError only when the whole source is unusable.
        """
        ...
