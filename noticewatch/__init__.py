"""noticewatch: turns vendor notices in shared mailboxes into a dated action list."""

__version__ = "0.1.0"
