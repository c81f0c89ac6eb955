"""Orchestration: sources -> parse -> rules -> triage -> store. Reports progress through a callback; never prints."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from noticewatch.config import Config
from noticewatch.models import ActionItem, Finding, Message, RawMessage, ScanResult, ScanWarning, SkippedMessage

if TYPE_CHECKING:
    from noticewatch.rules.engine import Engine
    from noticewatch.sources.base import Source
    from noticewatch.store import Store

# (source name, messages read so far in that source)
ProgressCallback = Callable[[str, int], None]


@dataclass
class _Tally:
    findings: list[Finding] = field(default_factory=list)
    warnings: list[ScanWarning] = field(default_factory=list)
    read: int = 0
    skipped: int = 0


def resolve_state_path(config: Config, explicit: Path | None) -> Path:
    from noticewatch.store import default_state_path

    return explicit or config.state.path or default_state_path()


def load_engine(config: Config, extra_rule_paths: Sequence[Path] = ()) -> Engine:
    """Load every rule pack; a broken pack stops here, before any mail is read."""
    from noticewatch.rules.engine import Engine
    from noticewatch.rules.loader import load_ruleset

    ruleset = load_ruleset(config.rules, extra_rule_paths)
    return Engine(ruleset, trusted_authserv_ids=config.rules.trusted_authserv_ids)


def evaluate_raw(raw: RawMessage, engine: Engine) -> tuple[Message | SkippedMessage, list[Finding]]:
    from noticewatch.parse import parse_message

    parsed = parse_message(raw)
    if isinstance(parsed, SkippedMessage):
        return parsed, []
    return parsed, engine.evaluate(parsed)


def _consume(sources: Iterable[Source], engine: Engine, tally: _Tally, progress: ProgressCallback | None) -> None:
    for source in sources:
        count = 0
        for raw in source.messages():
            if isinstance(raw, ScanWarning):
                tally.warnings.append(raw)
                continue
            parsed, found = evaluate_raw(raw, engine)
            count += 1
            if isinstance(parsed, SkippedMessage):
                tally.skipped += 1
                tally.warnings.append(ScanWarning(parsed.source, parsed.reason))
            else:
                tally.read += 1
                tally.warnings.extend(ScanWarning(parsed.source, w) for w in parsed.warnings)
                tally.findings.extend(found)
            if progress is not None:
                progress(source.name, count)


def _imap_sources(config: Config, store: Store | None, engine: Engine, today: date, full: bool) -> list[Source]:
    if not config.accounts:
        return []
    from noticewatch.parse import parse_headers
    from noticewatch.rules.model import parse_duration_days
    from noticewatch.sources.imap import ImapSource

    def wants_body(header_bytes: bytes) -> bool:
        headers = parse_headers(RawMessage(source="", data=header_bytes))
        # Unreadable headers: fetch the body and let the full parse report the problem.
        return True if isinstance(headers, SkippedMessage) else engine.wants_body(headers)

    sources: list[Source] = []
    for account in config.accounts:
        since = today - timedelta(days=parse_duration_days(account.since))
        sources.append(
            ImapSource(
                account,
                cursors=_NoCursors() if store is None else store,
                since_date=since,
                full=full,
                wants_body=wants_body,
            )
        )
    return sources


class _NoCursors:
    def get_cursor(self, account: str, folder: str) -> None:
        return None


def scan(
    config: Config,
    paths: Sequence[Path],
    today: date,
    *,
    rule_paths: Sequence[Path] = (),
    state_path: Path | None = None,
    use_state: bool = True,
    full: bool = False,
    due_soon_days: int | None = None,
    progress: ProgressCallback | None = None,
    now: datetime | None = None,
    notify: bool = False,
) -> ScanResult:
    """Scan mail and return the action list as of `today`.

    Paths given on the command line are scanned as they are; the configured mailboxes are scanned when no
    path is given. With `use_state`, findings and IMAP cursors are added to the state file in one
    transaction and the list is built from everything the state holds, with people's acks applied.
    With `notify` (cron's `run`), the reminders due are then sent through the configured routes under
    the same lock; a channel that failed becomes an `unreachable` warning.
    """
    from noticewatch.sources.files import open_sources
    from noticewatch.triage import build_items

    engine = load_engine(config, rule_paths)
    soon = config.scan.due_soon_days if due_soon_days is None else due_soon_days
    file_sources: list[Source] = list(open_sources(list(paths) or list(config.scan.paths)))
    tally = _Tally()
    if not use_state:
        imap_sources = [] if paths else _imap_sources(config, None, engine, today, full)
        _consume([*file_sources, *imap_sources], engine, tally, progress)
        items = build_items(tally.findings, today, soon)
        return _result(today, items, tally)

    from noticewatch.lifecycle import current_items
    from noticewatch.lock import run_lock
    from noticewatch.store import Store

    path = resolve_state_path(config, state_path)
    with run_lock(path), Store.open(path) as store:
        imap_sources = [] if paths else _imap_sources(config, store, engine, today, full)
        _consume([*file_sources, *imap_sources], engine, tally, progress)
        stamp = now or datetime.now(UTC)
        with store.transaction():
            store.add_findings(tally.findings, seen_at=stamp)
            for src in imap_sources:
                for cur in src.committed_cursors():  # type: ignore[attr-defined]
                    store.set_cursor(cur.account, cur.folder, cur.uidvalidity, cur.last_uid)
            items = current_items(store, today, soon)
            store.save_items(items, stamp)
        for src in imap_sources:
            tally.warnings.extend(src.failed_folders())  # type: ignore[attr-defined]
        if notify and config.routes:
            tally.warnings.extend(_notify(config, store, stamp))
        return _result(today, items, tally)


def _notify(config: Config, store: Store, now: datetime) -> list[ScanWarning]:
    from noticewatch.escalate.service import notify_state

    report = notify_state(config, store, now)
    return [
        ScanWarning(f"channel {d.channel}", f"{d.error} (will retry next run)", unreachable=True)
        for d in report.failures
    ]


def _result(today: date, items: Sequence[ActionItem], tally: _Tally) -> ScanResult:
    return ScanResult(
        today=today,
        items=tuple(items),
        warnings=tuple(tally.warnings),
        messages_read=tally.read,
        messages_skipped=tally.skipped,
    )


def iter_messages(paths: Sequence[Path]) -> Iterator[RawMessage | ScanWarning]:
    """Every raw message under the given paths (for `explain` and `rules drift`)."""
    from noticewatch.sources.files import open_sources

    for source in open_sources(paths):
        yield from source.messages()
