"""The SQLite state file with a real database in tmp_path: findings, items, actions, cursors, reminders."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from noticewatch.errors import LockedError, StoreError
from noticewatch.lifecycle import ActionKind, ItemAction
from noticewatch.lock import run_lock
from noticewatch.models import Evidence, Finding, Phase, Severity
from noticewatch.store import SCHEMA_VERSION, Cursor, Store
from noticewatch.triage import build_items, item_id

NOW = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


def finding(
    *,
    target: str = "example.co.kr",
    deadline: date | None = date(2026, 12, 1),
    msg: str = "<a@gabia.com>",
    when: datetime | None = datetime(2026, 10, 1, 8, 0, tzinfo=UTC),
    rule: str = "gabia-domain-expiry",
    resolves: bool = False,
    subject: str = "[가비아] 도메인 만료 안내",
    phases: tuple[Phase, ...] = (),
) -> Finding:
    return Finding(
        rule_id=rule,
        kind="domain-expiry",
        vendor="Gabia",
        target=target,
        severity=Severity.HIGH,
        deadline=deadline,
        phases=phases,
        action="Renew the domain",
        evidence=Evidence(
            message_id=msg,
            subject=subject,
            date=when,
            source=f"imap://ops@x/INBOX;UID=1{msg}",
            excerpt=f"만료일: {deadline}",
        ),
        resolves=resolves,
        suspicious=False,
        suspicious_reasons=("a", "b"),
        explanation=("matched subject", "deadline from line 3"),
    )


def test_findings_round_trip_and_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.db"
    f1 = finding(phases=(Phase(date(2026, 12, 1), "1차"), Phase(date(2027, 3, 1), "2차")))
    f2 = finding(msg="<b@gabia.com>", deadline=None, when=None)
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.add_findings([f1, f2], seen_at=NOW) == 2
        assert store.add_findings([f1, f2], seen_at=NOW + timedelta(days=1)) == 0
    with Store.open(path) as store:  # survives reopening
        got = store.findings()
    assert sorted(got, key=lambda f: f.evidence.message_id) == [f1, f2]


def test_same_mail_without_message_id_is_keyed_by_source(tmp_path: Path) -> None:
    a = finding(msg="")
    with Store.open(tmp_path / "s.db") as store:
        store.add_findings([a, a], seen_at=NOW)
        assert len(store.findings()) == 1


def test_items_keep_first_seen(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    items = build_items([finding()], date(2026, 11, 1))
    with Store.open(path) as store:
        store.save_items(items, NOW)
    with Store.open(path) as store:
        store.save_items(items, NOW + timedelta(days=3))
        snap = store.item_snapshots()[items[0].id]
    assert snap.first_seen == NOW
    assert snap.last_seen == NOW + timedelta(days=3)
    assert snap.deadline == date(2026, 12, 1)
    assert snap.status == "upcoming"


def test_deadline_history(tmp_path: Path) -> None:
    old = finding(msg="<1@g>", deadline=date(2026, 12, 1), when=datetime(2026, 9, 1, tzinfo=UTC))
    new = finding(msg="<2@g>", deadline=date(2026, 12, 15), when=datetime(2026, 10, 1, tzinfo=UTC))
    other = finding(msg="<3@g>", target="other.kr")
    with Store.open(tmp_path / "s.db") as store:
        store.add_findings([new, other, old], seen_at=NOW)
        hist = store.deadline_history(item_id("domain-expiry", "Gabia", "example.co.kr"))
    assert [(h.deadline, h.message_id) for h in hist] == [(date(2026, 12, 1), "<1@g>"), (date(2026, 12, 15), "<2@g>")]
    assert hist[0].subject == "[가비아] 도메인 만료 안내"
    assert hist[0].excerpt == "만료일: 2026-12-01"
    assert hist[0].date == datetime(2026, 9, 1, tzinfo=UTC)
    with Store.open(tmp_path / "s.db") as store:
        other_id = item_id("domain-expiry", "Gabia", "other.kr")
        assert set(store.deadline_histories()) == {
            hist_id := item_id("domain-expiry", "Gabia", "example.co.kr"),
            other_id,
        }
        assert set(store.deadline_histories(item_ids=[other_id])) == {other_id}
        assert store.deadline_histories(item_ids=[]) == {}
        assert store.deadline_histories(hist_id)[hist_id] == hist


def test_cursors_scoped_by_uidvalidity(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        assert store.get_cursor("ops", "INBOX") is None
        store.set_cursor("ops", "INBOX", 100, 42)
        assert store.get_cursor("ops", "INBOX") == Cursor("ops", "INBOX", 100, 42)
        assert store.get_cursor("ops", "INBOX", uidvalidity=100) == Cursor("ops", "INBOX", 100, 42)
        assert store.get_cursor("ops", "INBOX", uidvalidity=101) is None
        store.set_cursor("ops", "INBOX", 101, 7)  # a renumbered folder replaces the old cursor
        assert store.get_cursor("ops", "INBOX") == Cursor("ops", "INBOX", 101, 7)
        store.set_cursor("ops", "Vendors/Gabia", 5, 9)
        store.reset_cursor("ops", "INBOX")
        assert store.get_cursor("ops", "INBOX") is None
        assert store.get_cursor("ops", "Vendors/Gabia") is not None
        store.reset_cursor("ops")
        assert store.cursors() == []


def test_reminders_and_failed_deliveries(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        assert not store.reminder_sent("abc", "web", "d-7")
        store.record_delivery("abc", "web", "slack", "d-7", NOW, ok=False, error="HTTP 500")
        store.record_delivery("abc", "web", "slack", "d-7", NOW + timedelta(hours=1), ok=False, error="refused")
        store.record_delivery("abc", "web", "email", "d-7", NOW, ok=True, error="ignored")
        assert store.reminder_sent("abc", "web", "d-7")
        assert store.reminder_sent("abc", "web", "d-7", channel="email")
        assert not store.reminder_sent("abc", "web", "d-7", channel="slack")
        failed = store.failed_deliveries()
        assert [(d.channel, d.error, d.attempts) for d in failed] == [("slack", "refused", 2)]
        store.record_delivery("abc", "web", "slack", "d-7", NOW + timedelta(hours=2), ok=True)
        assert store.failed_deliveries() == []
        assert len(store.deliveries("abc")) == 4


def test_actions_round_trip(tmp_path: Path) -> None:
    a = ItemAction(
        "abc", ActionKind.SNOOZE, "kim", NOW, note="wait for CFO", until=date(2026, 11, 20), deadline=date(2026, 12, 1)
    )
    with Store.open(tmp_path / "s.db") as store:
        store.add_action(a)
    with Store.open(tmp_path / "s.db") as store:
        assert store.actions() == [a]
        assert store.actions("other") == []


def test_resolve_prefix(tmp_path: Path) -> None:
    targets = [f"t{n}.kr" for n in range(40)]  # enough ids that some share a first digit
    with Store.open(tmp_path / "s.db") as store:
        store.add_findings([finding(target=t, msg=f"<{t}>") for t in targets], seen_at=NOW)
        ids = store.item_ids()
        assert len(ids) == 40
        full = ids[0]
        assert store.resolve_prefix(full[:7]) == full
        assert store.resolve_prefix(full.upper()) == full
        first_digits = [i[0] for i in ids]
        shared = next(d for d in first_digits if first_digits.count(d) > 1)
        with pytest.raises(StoreError, match="ambiguous"):
            store.resolve_prefix(shared)
        missing = next(p for p in (f"{n:x}" * 6 for n in range(16)) if not any(i.startswith(p) for i in ids))
        with pytest.raises(StoreError, match="no item with id"):
            store.resolve_prefix(missing)
        with pytest.raises(StoreError, match="not an item id"):
            store.resolve_prefix("xyz")


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.set_cursor("ops", "INBOX", 1, 10)
        with pytest.raises(RuntimeError), store.transaction():
            store.add_findings([finding()], seen_at=NOW)
            store.set_cursor("ops", "INBOX", 1, 99)
            raise RuntimeError("interrupted")
        assert store.findings() == []
        assert store.get_cursor("ops", "INBOX") == Cursor("ops", "INBOX", 1, 10)


KILLED_RUN = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    sys.path.insert(0, {tests!r})
    from test_store import finding
    from noticewatch.store import Store
    store = Store.open({path!r})
    with store.transaction():
        store.add_findings([finding(msg="<partial@x>")], seen_at=datetime.now(UTC))
        store.set_cursor("ops", "INBOX", 1, 500)
        print("written", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_killed_run_leaves_previous_state(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    with Store.open(path) as store:
        store.add_findings([finding(msg="<kept@x>")], seen_at=NOW)
        store.set_cursor("ops", "INBOX", 1, 10)
    code = KILLED_RUN.format(tests=str(Path(__file__).parent), path=str(path))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr
    assert "written" in proc.stdout  # it did write before dying
    with Store.open(path) as store:
        assert [f.evidence.message_id for f in store.findings()] == ["<kept@x>"]
        assert store.get_cursor("ops", "INBOX") == Cursor("ops", "INBOX", 1, 10)
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not sqlite at all, just some text that someone saved here\n" * 100)
    with pytest.raises(StoreError, match="not a valid noticewatch state file"):
        Store.open(path)


def test_foreign_sqlite_database_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not a noticewatch state file"):
        Store.open(path)


def test_newer_schema_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this noticewatch"):
        Store.open(path)


def test_truncated_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    with Store.open(path) as store:
        store.add_findings([finding(target=f"t{n}.kr", msg=f"<{n}>") for n in range(300)], seen_at=NOW)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 4096 + data[4196:])  # scribble over the schema page
    with pytest.raises(StoreError), Store.open(path) as store:
        store.findings()


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no state file"):
        Store.open(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


def test_run_lock_excludes_second_run(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    with run_lock(state) as held:
        assert held == tmp_path / "state.db.lock"
        with pytest.raises(LockedError, match="another noticewatch run is in progress"), run_lock(state, 0.1):
            pass
    with run_lock(state):  # released afterwards
        pass


def test_run_lock_across_processes(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    code = textwrap.dedent(
        f"""
        import sys, time
        from noticewatch.lock import run_lock
        with run_lock(__import__('pathlib').Path({str(state)!r})):
            print("held", flush=True)
            sys.stdin.readline()
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        with pytest.raises(LockedError), run_lock(state):
            pass
    finally:
        proc.kill()
        proc.wait()
    with run_lock(state):  # the OS released the dead holder's lock
        pass


def test_readers_see_the_last_committed_state_during_a_run(tmp_path: Path) -> None:
    """WAL: `list` reads while a run is mid-transaction, seeing the previous state, without waiting."""
    path = tmp_path / "state.db"
    with Store.open(path) as writer, Store.open(path) as reader:
        writer.add_findings([finding(msg="<old@x>")], seen_at=NOW)
        with writer.transaction():
            writer.add_findings([finding(msg="<new@x>")], seen_at=NOW)
            assert [f.evidence.message_id for f in reader.findings()] == ["<old@x>"]
        assert len(reader.findings()) == 2
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _ids(store: Store) -> set[str]:
    return {item_id(f.kind, f.vendor, f.target) for f in store.findings()}


def test_reread_mail_hands_actions_and_reminders_to_the_item_that_replaced_it(tmp_path: Path) -> None:
    old, new = finding(target="Gabia account"), finding(target="example.co.kr")
    old_id, new_id = (
        item_id("domain-expiry", "Gabia", "Gabia account"),
        item_id("domain-expiry", "Gabia", "example.co.kr"),
    )
    with Store.open(tmp_path / "s.db") as store:
        store.add_findings([old], NOW)
        store.save_items(build_items([old], NOW.date(), 14), NOW)
        store.add_action(ItemAction(old_id, ActionKind.ACK, "kim", NOW, note="renewing"))
        store.record_delivery(old_id, "ops", "mail", "first-seen", NOW, True)

        store.add_findings([new], NOW + timedelta(days=1), reread={"<a@gabia.com>"})

        assert _ids(store) == {new_id}
        assert [a.item_id for a in store.actions()] == [new_id]
        assert store.reminder_sent(new_id, "ops", "first-seen")
        assert store.item_snapshots()[new_id].first_seen == NOW  # first seen when the old item was


def test_reread_mail_keeps_actions_where_the_successor_is_not_one_item(tmp_path: Path) -> None:
    old_id = item_id("domain-expiry", "Gabia", "Gabia account")
    with Store.open(tmp_path / "s.db") as store:
        store.add_findings([finding(target="Gabia account")], NOW)
        store.add_action(ItemAction(old_id, ActionKind.ACK, "kim", NOW))
        # A digest now read as two domains: which one the ack was about is not known, so neither gets it.
        store.add_findings([finding(target="a.co.kr"), finding(target="b.co.kr")], NOW, reread={"<a@gabia.com>"})
        assert _ids(store) == {item_id("domain-expiry", "Gabia", t) for t in ("a.co.kr", "b.co.kr")}
        assert [a.item_id for a in store.actions()] == [old_id]


def test_only_reread_mail_loses_what_it_gave_before(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        store.add_findings([finding(msg="<a@gabia.com>"), finding(msg="<b@gabia.com>", target="b.co.kr")], NOW)
        store.add_findings([], NOW, reread={"<b@gabia.com>"})  # b read again, gives nothing now; a not read
        assert [f.evidence.message_id for f in store.findings()] == ["<a@gabia.com>"]
        store.add_findings([], NOW)  # nothing re-read: nothing dropped
        assert len(store.findings()) == 1
