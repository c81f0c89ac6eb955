"""Orchestration: sources -> parse -> rules -> triage -> store. Reports progress through a callback; never prints."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from noticewatch.config import Config
from noticewatch.errors import InputError, SourceError
from noticewatch.models import (
    ActionItem,
    Finding,
    Message,
    RawMessage,
    ScanResult,
    ScanWarning,
    SkippedMessage,
    message_key,
)

if TYPE_CHECKING:
    from noticewatch.rules.engine import Engine
    from noticewatch.sources.base import Source
    from noticewatch.sources.imap import BodyDecision, ImapSource
    from noticewatch.store import Store

# (source name, messages read so far in that source)
ProgressCallback = Callable[[str, int], None]


@dataclass
class _Tally:
    findings: list[Finding] = field(default_factory=list)
    warnings: list[ScanWarning] = field(default_factory=list)
    read: int = 0
    skipped: int = 0
    # Every mail read and judged this run, ruled out by its headers or evaluated: what it gave before and
    # gives no more is dropped from the state.
    judged: set[str] = field(default_factory=set)


def resolve_state_path(config: Config, explicit: Path | None) -> Path:
    from noticewatch.store import default_state_path

    return explicit or config.state.path or default_state_path()


def load_engine(config: Config, extra_rule_paths: Sequence[Path] = ()) -> Engine:
    """Load every rule pack; a broken pack stops here, before any mail is read."""
    from noticewatch.rules.engine import Engine
    from noticewatch.rules.loader import load_ruleset

    ruleset = load_ruleset(config.rules, extra_rule_paths, check_builtin=False)
    return Engine(ruleset, trusted_authserv_ids=config.rules.trusted_authserv_ids)


def evaluate_raw(
    raw: RawMessage, engine: Engine, headers: Message | None = None
) -> tuple[Message | SkippedMessage, list[Finding]]:
    from noticewatch.parse import parse_message

    parsed = parse_message(raw, headers)
    if isinstance(parsed, SkippedMessage):
        return parsed, []
    return parsed, engine.evaluate(parsed)


def _record(
    item: RawMessage | ScanWarning, engine: Engine | None, tally: _Tally, headers: Message | None = None
) -> bool:
    """Count one item from a source; True when it was a message (for progress)."""
    if isinstance(item, ScanWarning):
        tally.warnings.append(item)
        return False
    assert engine is not None, "mail to evaluate but no rules loaded"
    parsed, found = evaluate_raw(item, engine, headers)
    if isinstance(parsed, SkippedMessage):
        tally.skipped += 1
        tally.warnings.append(ScanWarning(parsed.source, parsed.reason))
    else:
        tally.read += 1
        tally.judged.add(message_key(parsed.message_id, parsed.source))
        tally.warnings.extend(ScanWarning(parsed.source, w) for w in parsed.warnings)
        tally.findings.extend(found)
    return True


def _unreachable(source: Source, error: SourceError) -> ScanWarning:
    return ScanWarning(source.name, str(error), unreachable=True)


def _consume_files(
    sources: Iterable[Source], engine: Engine | None, tally: _Tally, progress: ProgressCallback | None
) -> None:
    for source in sources:
        count = 0
        for item in source.messages():
            if _record(item, engine, tally):
                count += 1
                if progress is not None:
                    progress(source.name, count)


def _consume_accounts(
    sources: Sequence[ImapSource],
    engine: Engine | None,
    tally: _Tally,
    progress: ProgressCallback | None,
    prefiltered: _PrefilteredHeaders,
) -> None:
    """Accounts are read concurrently; one that cannot be reached is a warning, the others go on."""
    if not sources:
        return
    from noticewatch.sources.imap import scan_accounts

    counts: dict[str, int] = {}
    for source, item in scan_accounts(sources):
        if isinstance(item, SourceError):
            tally.warnings.append(_unreachable(source, item))
        elif _record(item, engine, tally, prefiltered.take(item)):
            counts[source.name] = counts.get(source.name, 0) + 1
            if progress is not None:
                progress(source.name, counts[source.name])


def _any_new_mail(sources: Sequence[ImapSource]) -> bool:
    for source in sources:
        try:
            if source.has_new_mail():
                return True
        except SourceError:
            return True  # let the scan itself report it, with retries
    return False


class _PrefilteredHeaders:
    """Headers the IMAP prefilter parsed for mail whose body it then asked for, so the full parse reuses them.

    Keyed by the header bytes (a message fetched by parts carries exactly that block as its data); the
    prefilter may run in reader threads, hence the lock; bounded, as a body that never arrives leaves its entry.
    """

    _LIMIT = 4096

    def __init__(self) -> None:
        self._by_header: dict[bytes, Message] = {}
        self._lock = threading.Lock()
        self.ruled_out: set[str] = set()  # keys of mail judged by its headers alone (set.add is atomic)
        # (kind, vendor) of the items the state holds and of the notices this run's headers announce: a
        # receipt that could only close a generic rule's item is read only when that vendor has one.
        self.item_vendors: set[tuple[str, str]] = set()

    def keep(self, header: bytes, parsed: Message) -> None:
        with self._lock:
            if len(self._by_header) >= self._LIMIT:
                self._by_header.clear()
            self._by_header[header] = parsed

    def take(self, item: RawMessage | ScanWarning) -> Message | None:
        if not isinstance(item, RawMessage) or item.parts is None:
            return None
        with self._lock:
            return self._by_header.pop(item.data, None)


class _EngineSlot:
    """The engine, loaded only when some mail must be evaluated (a cron run with no new mail skips it)."""

    def __init__(self) -> None:
        self.engine: Engine | None = None


def _imap_sources(
    config: Config,
    store: Store | None,
    slot: _EngineSlot,
    today: date,
    full: bool,
    prefiltered: _PrefilteredHeaders,
) -> list[ImapSource]:
    if not config.accounts:
        return []
    from noticewatch.sources.imap import ImapSource

    if store is not None:
        prefiltered.item_vendors.update(store.item_vendors())

    def wants_body(header_bytes: bytes) -> BodyDecision:
        from noticewatch.parse import parse_headers  # only when there is mail: a quiet cron run skips it

        headers = parse_headers(RawMessage(source="", data=header_bytes))
        # Unreadable headers: fetch the body and let the full parse report the problem.
        if isinstance(headers, SkippedMessage) or slot.engine is None:
            return True
        need = slot.engine.body_need(headers)
        key = message_key(headers.message_id, "") if headers.message_id.strip() else ""
        if need.fetch:
            prefiltered.item_vendors.update(need.generic_notices)
            prefiltered.keep(header_bytes, headers)
            return True
        if need.closes_only:
            closes = need.closes_only

            def ask_again() -> bool:  # once the account's every folder has been read
                wanted = not closes.isdisjoint(prefiltered.item_vendors)
                if not wanted and key:
                    prefiltered.ruled_out.add(key)
                return wanted

            return ask_again
        if key:
            prefiltered.ruled_out.add(key)
        return False

    sources: list[ImapSource] = []
    for account in config.accounts:
        since = account.since_date(today)
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

    mail_paths = list(paths) or list(config.scan.paths)
    if not mail_paths and not config.accounts:
        where = f"config {config.source_path}" if config.source_path else "no config file found"
        raise InputError(
            f"nothing to scan: give mail paths, or configure accounts or scan.paths in noticewatch.yaml ({where})"
        )
    soon = config.scan.due_soon_days if due_soon_days is None else due_soon_days
    file_sources: list[Source] = list(open_sources(mail_paths))
    tally = _Tally()
    slot = _EngineSlot()
    prefiltered = _PrefilteredHeaders()
    if not use_state:
        imap_sources = [] if paths else _imap_sources(config, None, slot, today, full, prefiltered)
        slot.engine = load_engine(config, rule_paths)
        _consume_files(file_sources, slot.engine, tally, progress)
        _consume_accounts(imap_sources, slot.engine, tally, progress, prefiltered)
        return _result(today, build_items(tally.findings, today, soon), tally)

    from noticewatch.lifecycle import current_items
    from noticewatch.lock import run_lock
    from noticewatch.store import Store

    path = resolve_state_path(config, state_path)
    with run_lock(path), Store.open(path) as store:
        imap_sources = [] if paths else _imap_sources(config, store, slot, today, full, prefiltered)
        # Loading the rule packs is most of a cron run's cost: skip it when no mailbox has anything new.
        if file_sources or rule_paths or _any_new_mail(imap_sources):
            slot.engine = load_engine(config, rule_paths)
        _consume_files(file_sources, slot.engine, tally, progress)
        _consume_accounts(imap_sources, slot.engine, tally, progress, prefiltered)
        stamp = now or datetime.now(UTC)
        with store.transaction():
            store.add_findings(tally.findings, seen_at=stamp, reread=tally.judged | prefiltered.ruled_out)
            for src in imap_sources:
                for cur in src.committed_cursors():
                    store.set_cursor(cur.account, cur.folder, cur.uidvalidity, cur.last_uid)
            items = current_items(store, today, soon)
            store.save_items(items, stamp)
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
        warnings=tuple(dict.fromkeys(tally.warnings)),  # a problem is reported once, in order
        messages_read=tally.read,
        messages_skipped=tally.skipped,
    )
