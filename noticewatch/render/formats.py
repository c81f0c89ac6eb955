"""The output formats users can choose, and which one is the default."""

from __future__ import annotations

import enum


class OutputFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"


def default_format(stdout_is_terminal: bool) -> OutputFormat:
    """A table for people, JSON for pipes (documented in README)."""
    return OutputFormat.TABLE if stdout_is_terminal else OutputFormat.JSON
