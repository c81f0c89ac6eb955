"""The SQLite state file: findings with their evidence, item snapshots, people's actions, IMAP sync cursors and
sent reminders. The only module that holds SQL.

One file per installation (default under the user's state dir). WAL mode so `list` can read while a run writes;
every run's changes go through `transaction()` so an interrupted run leaves the previous state intact. The schema
is versioned with `PRAGMA user_version` and upgraded by the MIGRATIONS list; a file written by a newer noticewatch,
a file that is not SQLite, or a corrupt one gives a one-line StoreError.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from noticewatch.errors import StoreError
from noticewatch.lifecycle import ActionKind, DeadlineEntry, ItemAction
from noticewatch.models import ActionItem, Evidence, Finding, Phase, Severity, message_key

# "NWST": marks the file as ours, so pointing --state at some other SQLite database is refused, not migrated.
APPLICATION_ID = 0x4E575354
BUSY_TIMEOUT_MS = 5000

MIGRATIONS: tuple[str, ...] = (
    # 1: initial schema.
    """
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        message_key TEXT NOT NULL,          -- Message-ID, or the source when a mail has none
        rule_id TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT NOT NULL,
        vendor TEXT NOT NULL,
        severity TEXT NOT NULL,
        deadline TEXT,
        phases TEXT NOT NULL,               -- JSON [[date, label], ...]
        action TEXT NOT NULL,
        message_id TEXT NOT NULL,
        subject TEXT NOT NULL,
        message_date TEXT,                  -- ISO 8601 with offset
        source TEXT NOT NULL,
        excerpt TEXT NOT NULL,
        resolves INTEGER NOT NULL,
        suspicious INTEGER NOT NULL,
        suspicious_reasons TEXT NOT NULL,   -- JSON list
        explanation TEXT NOT NULL,          -- JSON list
        first_added TEXT NOT NULL,          -- when a run first stored it
        UNIQUE (message_key, rule_id, target)
    );
    CREATE INDEX findings_item ON findings (item_id);

    CREATE TABLE items (
        item_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        vendor TEXT NOT NULL,
        target TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        status TEXT NOT NULL,
        deadline TEXT
    );

    CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        action TEXT NOT NULL,
        by TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL,
        until TEXT,
        deadline TEXT                       -- the item's deadline when the action was taken
    );
    CREATE INDEX actions_item ON actions (item_id);

    CREATE TABLE cursors (
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account, folder)
    );

    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        route TEXT NOT NULL,
        channel TEXT NOT NULL,
        key TEXT NOT NULL,                  -- which reminder: "first-seen", "d-7", "overdue-2026-11-23", ...
        at TEXT NOT NULL,
        ok INTEGER NOT NULL,
        error TEXT NOT NULL
    );
    CREATE INDEX deliveries_lookup ON deliveries (item_id, route, key);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class Cursor:
    """How far an IMAP folder has been read; void when the server's UIDVALIDITY changes."""

    account: str
    folder: str
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True, slots=True)
class ItemSnapshot:
    """What the state remembers about an item between runs."""

    item_id: str
    kind: str
    vendor: str
    target: str
    first_seen: datetime
    last_seen: datetime
    status: str
    deadline: date | None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One attempt to send one reminder of one item through one channel."""

    item_id: str
    route: str
    channel: str
    key: str
    at: datetime
    ok: bool
    error: str
    attempts: int = 1  # in failed_deliveries(): how many attempts failed so far


def default_state_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir("noticewatch")) / "state.db"


def _item_id(f: Finding) -> str:
    from noticewatch.triage import item_id

    return item_id(f.kind, f.vendor, f.target, f.suspicious)


def _message_key(ev: Evidence) -> str:
    return message_key(ev.message_id, ev.source)


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _pd(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _pdt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("the state stores timezone-aware times only")
    return at


class Store:
    """An open state file. Use `Store.open(path)` as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0

    # ---- opening -------------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, *, create: bool = True) -> Store:
        """Open (and create or upgrade) the state file. With create=False a missing file is an error."""
        path = Path(path)
        if not path.exists():
            if not create:
                raise StoreError(f"no state file at {path}; run `noticewatch scan` first (or give --state)")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the state directory {path.parent}: {e.strerror or e}") from e
        elif path.is_dir():
            raise StoreError(f"state file {path} is a directory")
        try:
            # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE ... COMMIT) so that their extent is
            # exactly what `transaction()` says, not what the sqlite3 module guesses.
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open state file {path}: {e}") from e
        store = cls(conn, path)
        try:
            store._prepare()
        except StoreError:
            conn.close()
            raise
        except sqlite3.Error as e:
            conn.close()
            raise StoreError(_describe(path, e)) from e
        return store

    def _prepare(self) -> None:
        c = self._conn
        c.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the header fails here ("file is not a database") for a non-SQLite file.
        app_id = c.execute("PRAGMA application_id").fetchone()[0]
        version = c.execute("PRAGMA user_version").fetchone()[0]
        tables = c.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        if app_id != APPLICATION_ID and (app_id != 0 or version != 0 or tables != 0):
            raise StoreError(f"{self.path} is an SQLite database but not a noticewatch state file")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"state file {self.path} has schema version {version}, newer than this noticewatch knows "
                f"({SCHEMA_VERSION}); upgrade noticewatch"
            )
        mode = c.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            # e.g. a file system without shared memory; still correct, only less concurrent.
            c.execute("PRAGMA journal_mode = DELETE")
        c.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL: a power cut loses at most the last run
        c.execute("PRAGMA foreign_keys = ON")
        if version < SCHEMA_VERSION:
            self._migrate(version)

    def _migrate(self, current: int) -> None:
        c = self._conn
        c.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: a concurrent process may have migrated meanwhile.
            current = c.execute("PRAGMA user_version").fetchone()[0]
            for number in range(current + 1, SCHEMA_VERSION + 1):
                for statement in _split_sql(MIGRATIONS[number - 1]):
                    c.execute(statement)
            c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            c.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._query("PRAGMA user_version")[0][0])

    # ---- transactions --------------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All writes inside commit together or not at all. Nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._exec("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            self._exec("ROLLBACK")
            raise
        self._depth = 0
        self._exec("COMMIT")

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as e:
            raise StoreError(_describe(self.path, e)) from e

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._exec(sql, params).fetchall()

    @contextmanager
    def _write(self) -> Iterator[None]:
        with self.transaction():
            yield

    # ---- findings ------------------------------------------------------------------------------------------
    def add_findings(
        self, findings: Iterable[Finding], seen_at: datetime, *, reread: Collection[str] = frozenset()
    ) -> int:
        """Store findings; the same mail + rule + target is stored once (its content refreshed). Returns how many
        were new.

        `reread` holds the message keys of every mail this run read again: what such a mail gave before and
        gives no more is dropped (newer rules found another target, or nothing). People's actions and the
        reminders already sent follow an item whose id changed that way (see _carry_over).
        """
        stamp = _aware(seen_at).isoformat()
        new = 0
        findings = list(findings)
        stale: list[Any] = []
        with self._write():
            if reread:
                kept = {(_message_key(f.evidence), f.rule_id, f.target) for f in findings}
                stale = [
                    r
                    for r in self._query(
                        "SELECT message_key, rule_id, target, item_id, kind, vendor, suspicious FROM findings"
                    )
                    if r[0] in reread and (r[0], r[1], r[2]) not in kept
                ]
                for r in stale:
                    self._exec(
                        "DELETE FROM findings WHERE message_key=? AND rule_id=? AND target=?", (r[0], r[1], r[2])
                    )
            for f in findings:
                ev = f.evidence
                values = (
                    _item_id(f),
                    f.kind,
                    f.vendor,
                    f.severity.value,
                    _d(f.deadline),
                    json.dumps([[p.deadline.isoformat(), p.label] for p in f.phases], ensure_ascii=False),
                    f.action,
                    ev.message_id,
                    ev.subject,
                    ev.date.isoformat() if ev.date else None,
                    ev.source,
                    ev.excerpt,
                    int(f.resolves),
                    int(f.suspicious),
                    json.dumps(list(f.suspicious_reasons), ensure_ascii=False),
                    json.dumps(list(f.explanation), ensure_ascii=False),
                )
                key = (_message_key(ev), f.rule_id, f.target)
                cur = self._exec(
                    """UPDATE findings SET item_id=?, kind=?, vendor=?, severity=?, deadline=?, phases=?, action=?,
                       message_id=?, subject=?, message_date=?, source=?, excerpt=?, resolves=?, suspicious=?,
                       suspicious_reasons=?, explanation=?
                       WHERE message_key=? AND rule_id=? AND target=?""",
                    (*values, *key),
                )
                if cur.rowcount == 0:
                    self._exec(
                        """INSERT INTO findings (item_id, kind, vendor, severity, deadline, phases, action,
                           message_id, subject, message_date, source, excerpt, resolves, suspicious,
                           suspicious_reasons, explanation, message_key, rule_id, target, first_added)
                           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                        (*values, *key, stamp),
                    )
                    new += 1
            if stale:
                self._carry_over(stale, findings)
        return new

    def _carry_over(self, stale: Sequence[Any], findings: Sequence[Finding]) -> None:
        """Hand an item's actions, sent reminders and first sighting to the item that replaced it.

        Item ids derive from the target, so a better extraction of the same mails makes a new id. The old item
        is replaced when it has no finding left and the same mails now give exactly one item of the same kind,
        vendor and suspicion; an ack or snooze then still holds, and no reminder is sent twice.
        """
        still = {r[0] for r in self._query("SELECT DISTINCT item_id FROM findings")}
        lost: dict[str, tuple[set[str], tuple[str, str, bool]]] = {}
        for message, _rule, _target, item, kind, vendor, suspicious in stale:
            if item not in still:
                lost.setdefault(item, (set(), (kind, vendor, bool(suspicious))))[0].add(message)
        for old, (messages, shape) in lost.items():
            successors = {
                _item_id(f)
                for f in findings
                if _message_key(f.evidence) in messages and (f.kind, f.vendor, f.suspicious) == shape
            }
            if len(successors) != 1:
                continue
            (successor,) = successors
            if successor == old:
                continue
            for table in ("actions", "deliveries"):
                taken = self._query(f"SELECT 1 FROM {table} WHERE item_id = ? LIMIT 1", (successor,))
                if not taken:
                    self._exec(f"UPDATE {table} SET item_id = ? WHERE item_id = ?", (successor, old))
            if self._query("SELECT 1 FROM items WHERE item_id = ?", (successor,)):
                self._exec("DELETE FROM items WHERE item_id = ?", (old,))
            else:
                self._exec("UPDATE items SET item_id = ? WHERE item_id = ?", (successor, old))

    _FINDING_COLUMNS = (
        "rule_id, kind, vendor, target, severity, deadline, phases, action, message_id, subject, message_date, "
        "source, excerpt, resolves, suspicious, suspicious_reasons, explanation"
    )

    def findings(self, item_id: str | None = None) -> list[Finding]:
        """Every stored finding (or one item's), oldest mail first, exactly as it was added."""
        where, params = ("WHERE item_id = ?", (item_id,)) if item_id else ("", ())
        rows = self._query(
            f"SELECT {self._FINDING_COLUMNS} FROM findings {where} ORDER BY coalesce(message_date, first_added), id",
            params,
        )
        return [_finding_from_row(r) for r in rows]

    def deadline_history(self, item_id: str) -> list[DeadlineEntry]:
        """Each notice about the item with the deadline it gave and which mail gave it, oldest first."""
        return self.deadline_histories(item_id).get(item_id, [])

    def deadline_histories(
        self, item_id: str | None = None, *, item_ids: Iterable[str] | None = None
    ) -> dict[str, list[DeadlineEntry]]:
        """Histories of one item, of `item_ids`, or of every item."""
        params: tuple[str, ...]
        where, params = ("", ())
        if item_id:
            where, params = ("WHERE item_id = ?", (item_id,))
        if item_ids is not None:
            wanted = sorted(set(item_ids))
            if not wanted:
                return {}
            where, params = (f"WHERE item_id IN ({','.join('?' * len(wanted))})", tuple(wanted))
        rows = self._query(
            "SELECT item_id, deadline, message_date, message_id, subject, excerpt, rule_id, resolves, "
            f"first_added, phases FROM findings {where} ORDER BY coalesce(message_date, first_added), id",
            params,
        )
        out: dict[str, list[DeadlineEntry]] = {}
        for r in rows:
            phases = tuple(Phase(date.fromisoformat(d), label) for d, label in _json_list(r[9]))
            out.setdefault(r[0], []).append(
                DeadlineEntry(
                    deadline=_pd(r[1]),
                    date=_pdt(r[2]),
                    message_id=r[3],
                    subject=r[4],
                    excerpt=r[5],
                    rule_id=r[6],
                    resolves=bool(r[7]),
                    seen_at=datetime.fromisoformat(r[8]),
                    phases=phases,
                )
            )
        return out

    # ---- items ---------------------------------------------------------------------------------------------
    def save_items(self, items: Iterable[ActionItem], now: datetime) -> None:
        """Remember each item's last status and deadline; first_seen stays what the first run recorded."""
        stamp = _aware(now).isoformat()
        with self._write():
            for it in items:
                self._exec(
                    """INSERT INTO items (item_id, kind, vendor, target, first_seen, last_seen, status, deadline)
                       VALUES (?,?,?,?,?,?,?,?)
                       ON CONFLICT (item_id) DO UPDATE SET kind=excluded.kind, vendor=excluded.vendor,
                       target=excluded.target, last_seen=excluded.last_seen, status=excluded.status,
                       deadline=excluded.deadline""",
                    (it.id, it.kind, it.vendor, it.target, stamp, stamp, it.status.value, _d(it.deadline)),
                )

    def item_snapshots(self) -> dict[str, ItemSnapshot]:
        rows = self._query("SELECT item_id, kind, vendor, target, first_seen, last_seen, status, deadline FROM items")
        return {
            r[0]: ItemSnapshot(
                r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]), datetime.fromisoformat(r[5]), r[6], _pd(r[7])
            )
            for r in rows
        }

    def item_vendors(self) -> set[tuple[str, str]]:
        """(kind, vendor) of every item the state holds."""
        return {(row[0], row[1]) for row in self._query("SELECT DISTINCT kind, vendor FROM items")}

    def item_ids(self) -> list[str]:
        """Every item id the state knows (from findings and from saved items), sorted."""
        rows = self._query("SELECT item_id FROM findings UNION SELECT item_id FROM items ORDER BY 1")
        return [r[0] for r in rows]

    def resolve_prefix(self, prefix: str) -> str:
        """The full item id an abbreviation (like a git hash) stands for; unknown or ambiguous -> StoreError."""
        wanted = prefix.strip().lower()
        if not wanted or any(ch not in "0123456789abcdef" for ch in wanted):
            raise StoreError(f"not an item id: {prefix!r} (item ids are hexadecimal, e.g. 3fa9c1)")
        matches = [i for i in self.item_ids() if i.startswith(wanted)]
        if not matches:
            raise StoreError(f"no item with id {prefix} in {self.path}")
        if len(matches) > 1:
            shown = ", ".join(matches[:5]) + (" ..." if len(matches) > 5 else "")
            raise StoreError(f"item id {prefix} is ambiguous: it matches {shown}; give more digits")
        return matches[0]

    # ---- actions -------------------------------------------------------------------------------------------
    def add_action(self, action: ItemAction) -> None:
        with self._write():
            self._exec(
                "INSERT INTO actions (item_id, action, by, at, note, until, deadline) VALUES (?,?,?,?,?,?,?)",
                (
                    action.item_id,
                    action.action.value,
                    action.by,
                    _aware(action.at).isoformat(),
                    action.note,
                    _d(action.until),
                    _d(action.deadline),
                ),
            )

    def actions(self, item_id: str | None = None) -> list[ItemAction]:
        """People's actions, oldest first."""
        where, params = ("WHERE item_id = ?", (item_id,)) if item_id else ("", ())
        rows = self._query(
            f"SELECT item_id, action, by, at, note, until, deadline FROM actions {where} ORDER BY at, id", params
        )
        return [
            ItemAction(
                item_id=r[0],
                action=ActionKind(r[1]),
                by=r[2],
                at=datetime.fromisoformat(r[3]),
                note=r[4],
                until=_pd(r[5]),
                deadline=_pd(r[6]),
            )
            for r in rows
        ]

    # ---- IMAP cursors --------------------------------------------------------------------------------------
    def get_cursor(self, account: str, folder: str, uidvalidity: int | None = None) -> Cursor | None:
        """The folder's cursor; with `uidvalidity`, None when it was recorded under another UIDVALIDITY."""
        rows = self._query(
            "SELECT uidvalidity, last_uid FROM cursors WHERE account = ? AND folder = ?", (account, folder)
        )
        if not rows:
            return None
        cursor = Cursor(account, folder, int(rows[0][0]), int(rows[0][1]))
        if uidvalidity is not None and cursor.uidvalidity != uidvalidity:
            return None
        return cursor

    def set_cursor(
        self, account: str, folder: str, uidvalidity: int, last_uid: int, now: datetime | None = None
    ) -> None:
        """Record how far the folder was read. A new UIDVALIDITY replaces the old cursor outright."""
        stamp = (now or datetime.now().astimezone()).isoformat()
        with self._write():
            self._exec(
                """INSERT INTO cursors (account, folder, uidvalidity, last_uid, updated_at) VALUES (?,?,?,?,?)
                   ON CONFLICT (account, folder) DO UPDATE SET uidvalidity=excluded.uidvalidity,
                   last_uid=excluded.last_uid, updated_at=excluded.updated_at""",
                (account, folder, int(uidvalidity), int(last_uid), stamp),
            )

    def reset_cursor(self, account: str, folder: str | None = None) -> None:
        """Forget a folder's cursor (or every folder of the account), so the next run rescans it."""
        with self._write():
            if folder is None:
                self._exec("DELETE FROM cursors WHERE account = ?", (account,))
            else:
                self._exec("DELETE FROM cursors WHERE account = ? AND folder = ?", (account, folder))

    def cursors(self) -> list[Cursor]:
        rows = self._query("SELECT account, folder, uidvalidity, last_uid FROM cursors ORDER BY account, folder")
        return [Cursor(r[0], r[1], int(r[2]), int(r[3])) for r in rows]

    # ---- reminders -----------------------------------------------------------------------------------------
    def reminder_sent(self, item_id: str, route: str, key: str, channel: str | None = None) -> bool:
        """Whether this reminder was delivered (through `channel`, or through any channel of the route)."""
        sql = "SELECT 1 FROM deliveries WHERE item_id = ? AND route = ? AND key = ? AND ok = 1"
        params: tuple[str, ...] = (item_id, route, key)
        if channel is not None:
            sql += " AND channel = ?"
            params += (channel,)
        return bool(self._query(sql + " LIMIT 1", params))

    def record_delivery(
        self, item_id: str, route: str, channel: str, key: str, at: datetime, ok: bool, error: str = ""
    ) -> None:
        with self._write():
            self._exec(
                "INSERT INTO deliveries (item_id, route, channel, key, at, ok, error) VALUES (?,?,?,?,?,?,?)",
                (item_id, route, channel, key, _aware(at).isoformat(), int(ok), "" if ok else error),
            )

    def deliveries(self, item_id: str | None = None) -> list[Delivery]:
        where, params = ("WHERE item_id = ?", (item_id,)) if item_id else ("", ())
        rows = self._query(
            f"SELECT item_id, route, channel, key, at, ok, error FROM deliveries {where} ORDER BY at, id", params
        )
        return [Delivery(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]), bool(r[5]), r[6]) for r in rows]

    def failed_deliveries(self) -> list[Delivery]:
        """Reminders still undelivered on some channel: the latest failed attempt of each, with the count."""
        rows = self._query(
            """SELECT d.item_id, d.route, d.channel, d.key, max(d.at), count(*),
                      (SELECT e.error FROM deliveries e WHERE e.item_id = d.item_id AND e.route = d.route
                       AND e.channel = d.channel AND e.key = d.key AND e.ok = 0 ORDER BY e.at DESC, e.id DESC
                       LIMIT 1)
               FROM deliveries d
               WHERE d.ok = 0 AND NOT EXISTS (
                   SELECT 1 FROM deliveries s WHERE s.item_id = d.item_id AND s.route = d.route
                   AND s.channel = d.channel AND s.key = d.key AND s.ok = 1)
               GROUP BY d.item_id, d.route, d.channel, d.key
               ORDER BY max(d.at), d.item_id"""
        )
        return [
            Delivery(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]), False, r[6] or "", attempts=int(r[5]))
            for r in rows
        ]


def _finding_from_row(r: Sequence[Any]) -> Finding:
    return Finding(
        rule_id=r[0],
        kind=r[1],
        vendor=r[2],
        target=r[3],
        severity=Severity(r[4]),
        deadline=_pd(r[5]),
        phases=tuple(Phase(date.fromisoformat(d), label) for d, label in _json_list(r[6])),
        action=r[7],
        evidence=Evidence(message_id=r[8], subject=r[9], date=_pdt(r[10]), source=r[11], excerpt=r[12]),
        resolves=bool(r[13]),
        suspicious=bool(r[14]),
        suspicious_reasons=tuple(_json_list(r[15])),
        explanation=tuple(_json_list(r[16])),
    )


def _json_list(text: str) -> list[Any]:
    return [] if text == "[]" else list(json.loads(text))  # most lists are empty: skip the decoder


def _split_sql(script: str) -> list[str]:
    # Migrations are plain DDL without semicolons inside literals, so splitting is safe and keeps every
    # statement inside our explicit transaction (executescript() would COMMIT first).
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _describe(path: Path, error: sqlite3.Error) -> str:
    text = str(error)
    if isinstance(error, sqlite3.DatabaseError) and (
        "not a database" in text or "malformed" in text or "corrupt" in text
    ):
        return f"state file {path} is not a valid noticewatch state file ({text}); move it away to start afresh"
    if isinstance(error, sqlite3.OperationalError) and "locked" in text:
        return f"state file {path} is busy (locked by another process for over {BUSY_TIMEOUT_MS // 1000} s)"
    if isinstance(error, sqlite3.OperationalError) and ("readonly" in text or "unable to open" in text):
        return f"cannot write state file {path}: {text}"
    return f"state file {path}: {text}"
