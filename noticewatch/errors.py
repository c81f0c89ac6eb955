"""One error tree. Adapters raise these (``raise SourceError(...) from e``); only the CLI maps them to exit codes."""

from __future__ import annotations


class NoticewatchError(Exception):
    """Base of every error noticewatch reports to the user as one line."""


class ConfigError(NoticewatchError):
    """The configuration file or a command-line option is wrong."""


class RulePackError(NoticewatchError):
    """A rule pack is broken; carries where (file, line, rule id)."""

    def __init__(
        self, message: str, *, path: str | None = None, line: int | None = None, rule_id: str | None = None
    ) -> None:
        self.path = path
        self.line = line
        self.rule_id = rule_id
        self.problem = message
        super().__init__(self.location_prefix() + message)

    def location_prefix(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "")
        if self.rule_id:
            where = f"{where} rule {self.rule_id}" if where else f"rule {self.rule_id}"
        return f"{where}: " if where else ""


class InputError(NoticewatchError):
    """A path or mail given on the command line cannot be used at all."""


class SourceError(NoticewatchError):
    """A mailbox could not be reached or read (DNS, TCP, TLS, auth, folder)."""


class StoreError(NoticewatchError):
    """The state file is corrupt, locked or unwritable."""


class LockedError(StoreError):
    """Another noticewatch run holds the state lock."""


class ChannelError(NoticewatchError):
    """A notification channel could not deliver."""
