"""Findings -> action items: merge per thing at risk, pick the deadline, decide the status as of `today`. Pure."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime

from noticewatch.models import ActionItem, Evidence, Finding, Phase, Severity, Status

# Sort order: what needs a human first.
_STATUS_ORDER = {
    Status.OVERDUE: 0,
    Status.DUE_SOON: 1,
    Status.UPCOMING: 2,
    Status.UNDATED: 3,
    Status.RESOLVED: 4,
}
_SEVERITY_ORDER = {Severity.CRITICAL: 0, Severity.HIGH: 1, Severity.MEDIUM: 2, Severity.LOW: 3}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def normalize_target(target: str) -> str:
    """Targets compare case- and trailing-dot-insensitively ("Example.COM." == "example.com")."""
    return " ".join(target.strip().rstrip(".").lower().split())


def item_key(kind: str, vendor: str, target: str, suspicious: bool = False) -> str:
    # Phishing never merges into the real item: it must not move a real deadline or resolve it.
    base = f"{kind}\x1f{vendor.lower()}\x1f{normalize_target(target)}"
    return base + "\x1fsuspicious" if suspicious else base


def item_id(kind: str, vendor: str, target: str, suspicious: bool = False) -> str:
    """Stable across runs for the same kind/vendor/target: 12 hex digits, abbreviable like a git hash."""
    return hashlib.sha256(item_key(kind, vendor, target, suspicious).encode("utf-8")).hexdigest()[:12]


def _when(f: Finding) -> datetime:
    return f.evidence.date or _EPOCH


def effective_deadline(phases: tuple[Phase, ...], deadline: date | None, today: date) -> date | None:
    """With several phases, the deadline is the first phase not yet past (the last one once all are past)."""
    if not phases:
        return deadline
    ordered = sorted(p.deadline for p in phases)
    for d in ordered:
        if d >= today:
            return d
    return ordered[-1]


def status_for(deadline: date | None, today: date, due_soon_days: int) -> Status:
    if deadline is None:
        return Status.UNDATED
    days_left = (deadline - today).days
    if days_left < 0:
        return Status.OVERDUE
    if days_left <= due_soon_days:
        return Status.DUE_SOON
    return Status.UPCOMING


def build_items(findings: Iterable[Finding], today: date, due_soon_days: int = 14) -> list[ActionItem]:
    """Merge findings about the same thing into one item each, sorted by urgency.

    The deadline is the one given by the newest notice that gives one; a resolution newer than every
    notice resolves the item, and a notice newer than the resolution reopens it. Mail dated after
    `today` is ignored, so `--today` reproduces the list as it stood on that day.
    """
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.evidence.date is not None and f.evidence.date.date() > today:
            continue
        groups[item_key(f.kind, f.vendor, f.target, f.suspicious)].append(f)
    items = [_merge(group, today, due_soon_days) for group in groups.values()]
    items.sort(key=lambda it: _urgency(it, today))
    return items


def _dedupe_evidence(group: list[Finding]) -> tuple[Evidence, ...]:
    # One mail is one piece of evidence, however many folders hold a copy (INBOX and "All Mail").
    seen: set[str] = set()
    out: list[Evidence] = []
    for f in sorted(group, key=lambda f: (_when(f), f.evidence.source), reverse=True):
        key = f.evidence.message_id or f.evidence.source
        if key in seen:
            continue
        seen.add(key)
        out.append(f.evidence)
    return tuple(out)


def _merge(group: list[Finding], today: date, due_soon_days: int) -> ActionItem:
    ordered = sorted(group, key=lambda f: (_when(f), f.evidence.source))
    notices = [f for f in ordered if not f.resolves]
    resolutions = [f for f in ordered if f.resolves]
    newest_notice = notices[-1] if notices else None
    dated = [f for f in notices if f.deadline is not None or f.phases]
    deadline_source = dated[-1] if dated else newest_notice
    head = deadline_source or ordered[-1]

    phases = deadline_source.phases if deadline_source else ()
    raw_deadline = deadline_source.deadline if deadline_source else None
    deadline = effective_deadline(phases, raw_deadline, today)

    resolved = bool(resolutions) and (newest_notice is None or _when(resolutions[-1]) >= _when(newest_notice))
    status = Status.RESOLVED if resolved else status_for(deadline, today, due_soon_days)
    # The newest notice decides severity: an auto-renew reminder followed by "payment failed" is high.
    severity = (newest_notice or head).severity
    first = ordered[0]
    return ActionItem(
        id=item_id(head.kind, head.vendor, head.target, head.suspicious),
        kind=head.kind,
        vendor=head.vendor,
        target=head.target,
        deadline=deadline,
        status=status,
        severity=severity,
        suspicious=head.suspicious,
        rule=head.rule_id,
        action=phishing_action(head.vendor, head.target) if head.suspicious else (newest_notice or head).action,
        evidence=_dedupe_evidence(group),
        phases=phases,
        suspicious_reasons=head.suspicious_reasons,
        deadline_excerpt=deadline_source.evidence.excerpt if deadline_source else "",
        first_seen=first.evidence.date,
        last_seen=ordered[-1].evidence.date,
    )


def phishing_action(vendor: str, target: str) -> str:
    # The mail's own call to action (pay, click) is exactly what must not be followed.
    return (
        f"Possible phishing imitating {vendor}: do not use its links or pay through it; "
        f"check {target} directly in your {vendor} account"
    )


def _urgency(item: ActionItem, today: date) -> tuple[int, int, int, int, str]:
    # Suspicious items sort after real ones: they are warnings, not due work.
    days = (item.deadline - today).days if item.deadline else 10**6
    return (
        1 if item.suspicious else 0,
        _STATUS_ORDER[item.status],
        days if item.status is not Status.RESOLVED else -days,
        _SEVERITY_ORDER[item.severity],
        item.target,
    )
