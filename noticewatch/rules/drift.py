"""`rules drift`: mail from a known vendor's sender domains that no vendor rule matched.

The early warning that a vendor changed its wording: such mail is grouped by sender domain and by a
normalised subject (numbers, dates and domain names replaced) with counts, newest first within a group.
Generic-rule findings do not count as matched: they mean the vendor's own rule missed the mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from noticewatch.models import Message
from noticewatch.rules.auth import sender_views
from noticewatch.rules.engine import Engine

_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|fw|tr|wg|aw|sv|회신|답장|전달)\s*(?:\[\d+\])?\s*[:：]\s*)+", re.I)
_DOMAIN = re.compile(r"\b(?:[\w-]+\.)+[a-z]{2,24}\b", re.I)
_NUMBER = re.compile(r"\d+(?:[.,/:-]\d+)*")
_SPACES = re.compile(r"\s+")


def normalize_subject(subject: str) -> str:
    """'Re: [Gabia] example.com 만료 D-7 (2026.12.15)' -> '[Gabia] <domain> 만료 D-# (#)'."""
    s = _PREFIX.sub("", subject)
    s = _DOMAIN.sub("<domain>", s)
    s = _NUMBER.sub("#", s)
    return _SPACES.sub(" ", s).strip() or "(no subject)"


@dataclass
class DriftGroup:
    sender_domain: str
    vendor: str
    subject: str  # normalised
    count: int = 0
    bulk: int = 0  # how many were marked bulk (List-Unsubscribe)
    newest: datetime | None = None
    examples: list[str] = field(default_factory=list)  # sources, at most 3
    sample_subject: str = ""


@dataclass
class DriftReport:
    messages: int = 0
    vendor_mail: int = 0
    matched: int = 0
    groups: list[DriftGroup] = field(default_factory=list)

    @property
    def unmatched(self) -> int:
        return sum(g.count for g in self.groups)


def collect_drift(messages: Iterable[Message], engine: Engine) -> DriftReport:
    report = DriftReport()
    groups: dict[tuple[str, str], DriftGroup] = {}
    generic = {r.id for r in engine.rules if r.generic}
    for message in messages:
        report.messages += 1
        view = sender_views(message)[0]  # the forwarded notice's sender when there is one
        domain = view.address.domain
        if not domain or not engine.catalog.is_known_domain(domain):
            continue
        report.vendor_mail += 1
        if any(f.rule_id not in generic for f in engine.evaluate(message)):
            report.matched += 1
            continue
        subject = view.subject or message.subject
        key = (domain, normalize_subject(subject))
        group = groups.get(key)
        if group is None:
            vendor = engine.vendor_for_domain(domain) or domain
            group = groups[key] = DriftGroup(domain, vendor, key[1], sample_subject=subject)
        group.count += 1
        group.bulk += message.list_unsubscribe
        when = message.date
        if when is not None and (group.newest is None or when > group.newest):
            group.newest = when
            group.sample_subject = subject
        if len(group.examples) < 3:
            group.examples.append(message.source)
    report.groups = sorted(groups.values(), key=lambda g: (-g.count, g.sender_domain, g.subject))
    return report
