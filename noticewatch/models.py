"""Frozen domain types that flow through the pipeline.

sources -> RawMessage -> parse -> Message | SkippedMessage -> rules -> Finding -> triage -> ActionItem
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class RawPart:
    """One text part of a message, still transfer-encoded (as an IMAP source fetches it)."""

    content_type: str  # "text/plain" or "text/html"
    charset: str | None
    transfer_encoding: str | None  # "base64", "quoted-printable", "7bit", ...
    payload: bytes


@dataclass(frozen=True, slots=True)
class RawMessage:
    """Bytes of one mail and a stable location string (path, path#N for mbox, imap://... for IMAP).

    `data` is the whole RFC 5322 message, or only its header block when `parts` is given
    (a source that fetched the text parts itself and skipped the attachments).
    """

    source: str
    data: bytes
    parts: tuple[RawPart, ...] | None = None


@dataclass(frozen=True, slots=True)
class Address:
    name: str
    email: str

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2].lower()


@dataclass(frozen=True, slots=True)
class AuthMethodResult:
    """One `method=result` clause of an Authentication-Results header (RFC 8601)."""

    method: str  # "spf", "dkim", "dmarc", ...
    result: str  # "pass", "fail", "softfail", "none", ...
    properties: Mapping[str, str] = field(default_factory=dict)  # e.g. {"header.d": "gabia.com"}


@dataclass(frozen=True, slots=True)
class AuthResults:
    """One Authentication-Results header; a message keeps them topmost (most recently added) first."""

    authserv_id: str
    results: tuple[AuthMethodResult, ...]


@dataclass(frozen=True, slots=True)
class ForwardedHeader:
    """Header block of a notice forwarded inside the body ("---------- Forwarded message ---------")."""

    sender: Address | None
    subject: str
    date: datetime | None


@dataclass(frozen=True, slots=True)
class Message:
    """A parsed mail: the headers rules need and its readable text.

    `text` is the author's own text, forwarded notices included (they are evidence);
    `quoted` holds what a reply quotes ("> ..." lines, "On ... wrote:" blocks), kept apart
    because a reply quoting a notice is not a new notice.
    """

    source: str
    message_id: str
    subject: str
    sender: Address
    to: tuple[Address, ...]
    date: datetime | None  # timezone-aware
    auth_results: tuple[AuthResults, ...]
    text: str
    quoted: str = ""
    is_reply: bool = False
    forwarded: tuple[ForwardedHeader, ...] = ()
    reply_to: Address | None = None
    # The original sender a mailing list names when it re-sends under its own address and leaves Reply-To to the
    # list (Google Groups' X-Original-Sender, X-Original-From).
    list_original_sender: Address | None = None
    list_unsubscribe: bool = False  # List-Unsubscribe / Precedence: bulk, a marketing hint
    warnings: tuple[str, ...] = ()  # e.g. a part that could not be decoded cleanly


@dataclass(frozen=True, slots=True)
class SkippedMessage:
    """A mail that could not be read; shown in `warnings`, never dropped silently."""

    source: str
    reason: str


class Severity(enum.StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


@dataclass(frozen=True, slots=True)
class Phase:
    """One dated phase of a multi-step notice ("1차 종료 2026-12-01, 2차 종료 2027-03-01")."""

    deadline: date
    label: str


def message_key(message_id: str, source: str) -> str:
    """What identifies one mail across runs: its Message-ID, or where it was read when it has none."""
    return message_id.strip() or f"source:{source}"


@dataclass(frozen=True, slots=True)
class Evidence:
    """One mail behind an item, with the line that gave its deadline (or matched)."""

    message_id: str
    subject: str
    date: datetime | None
    source: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class Finding:
    """What one rule found in one mail about one target."""

    rule_id: str
    kind: str  # "domain-expiry", "hosting-quota", "social-login-deprecation", or a user kind
    vendor: str
    target: str
    severity: Severity
    deadline: date | None
    phases: tuple[Phase, ...]
    action: str  # rendered action template
    evidence: Evidence
    resolves: bool = False  # the mail confirms the thing was done (renewal receipt, quota raised)
    suspicious: bool = False
    suspicious_reasons: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()  # human-readable steps: why it matched, why this deadline


class Status(enum.StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    UPCOMING = "upcoming"
    UNDATED = "undated"
    RESOLVED = "resolved"


@dataclass(frozen=True, slots=True)
class ActionItem:
    """One thing at risk, merged from every finding about it; what the user acts on."""

    id: str
    kind: str
    vendor: str
    target: str
    deadline: date | None
    status: Status
    severity: Severity
    suspicious: bool
    rule: str
    action: str
    evidence: tuple[Evidence, ...]  # newest first
    phases: tuple[Phase, ...] = ()
    suspicious_reasons: tuple[str, ...] = ()
    deadline_excerpt: str = ""  # the line that gave the deadline
    # Lifecycle, filled from the state file (lifecycle.py); defaults when scanning without state.
    acked: bool = False
    snoozed_until: date | None = None
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ScanWarning:
    source: str
    problem: str
    unreachable: bool = False  # a mailbox or folder could not be read at all: the check cannot be trusted


@dataclass(frozen=True, slots=True)
class ScanResult:
    today: date
    items: tuple[ActionItem, ...]
    warnings: tuple[ScanWarning, ...]
    messages_read: int = 0
    messages_skipped: int = 0
