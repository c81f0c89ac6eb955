"""Item lifecycle: ack, snooze, resolve, reopen, and the rule that a moved deadline reopens an item."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from test_store import finding

from noticewatch.errors import ConfigError, StoreError
from noticewatch.lifecycle import ActionKind, apply_actions, current_items, default_actor, record_action
from noticewatch.models import Status
from noticewatch.store import Store
from noticewatch.triage import build_items

TODAY = date(2026, 11, 10)
ACK_TIME = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "state.db")
    s.add_findings(
        [finding(msg="<n1@g>", deadline=date(2026, 12, 1), when=datetime(2026, 10, 1, tzinfo=UTC))],
        seen_at=datetime(2026, 10, 2, tzinfo=UTC),
    )
    return s


def only(store: Store, today: date = TODAY) -> object:
    items = current_items(store, today)
    assert len(items) == 1
    return items[0]


def item_id_of(store: Store) -> str:
    return store.item_ids()[0]


def test_items_survive_reopening_the_state(tmp_path: Path, store: Store) -> None:
    record_action(store, item_id_of(store)[:6], ActionKind.ACK, by="kim", now=ACK_TIME, note="on it")
    store.close()
    with Store.open(tmp_path / "state.db") as again:
        it = current_items(again, TODAY)[0]
    assert it.acked and it.note == "on it"
    assert it.deadline == date(2026, 12, 1)


def test_ack_keeps_item_visible_until_deadline_passes(store: Store) -> None:
    action = record_action(store, item_id_of(store)[:5], ActionKind.ACK, by="kim", now=ACK_TIME)
    assert action.deadline == date(2026, 12, 1)  # recorded with the deadline it had
    assert action.item_id == item_id_of(store)
    it = current_items(store, TODAY)[0]
    assert it.acked and it.status is Status.UPCOMING and it.snoozed_until is None
    on_deadline = current_items(store, date(2026, 12, 1))[0]
    assert on_deadline.acked and on_deadline.status is Status.DUE_SOON
    # Past the deadline the ack lapses: not done, so it is plain overdue work again.
    after = current_items(store, date(2026, 12, 2))[0]
    assert after.status is Status.OVERDUE and not after.acked


def test_snooze_hides_until_date(store: Store) -> None:
    record_action(store, item_id_of(store), ActionKind.SNOOZE, by="kim", now=ACK_TIME, until=date(2026, 11, 20))
    assert current_items(store, TODAY)[0].snoozed_until == date(2026, 11, 20)
    assert current_items(store, date(2026, 11, 19))[0].snoozed_until == date(2026, 11, 20)
    assert current_items(store, date(2026, 11, 20))[0].snoozed_until is None  # back on the until date


def test_resolve_and_reopen(store: Store) -> None:
    iid = item_id_of(store)
    record_action(store, iid, ActionKind.RESOLVE, by="kim", now=ACK_TIME, note="renewed by phone")
    it = current_items(store, TODAY)[0]
    assert it.status is Status.RESOLVED and it.note == "renewed by phone"
    record_action(store, iid, ActionKind.REOPEN, by="lee", now=ACK_TIME + timedelta(hours=1))
    it = current_items(store, TODAY)[0]
    assert it.status is Status.UPCOMING and not it.acked


def test_reopen_undoes_ack_and_snooze(store: Store) -> None:
    iid = item_id_of(store)
    record_action(store, iid, ActionKind.ACK, by="kim", now=ACK_TIME)
    record_action(
        store, iid, ActionKind.SNOOZE, by="kim", now=ACK_TIME + timedelta(minutes=1), until=date(2026, 11, 30)
    )
    record_action(store, iid, ActionKind.REOPEN, by="kim", now=ACK_TIME + timedelta(minutes=2))
    it = current_items(store, TODAY)[0]
    assert not it.acked and it.snoozed_until is None


@pytest.mark.parametrize("action", [ActionKind.ACK, ActionKind.RESOLVE, ActionKind.SNOOZE])
def test_new_notice_moving_the_deadline_reopens(store: Store, action: ActionKind) -> None:
    iid = item_id_of(store)
    until = date(2026, 11, 30) if action is ActionKind.SNOOZE else None
    record_action(store, iid, action, by="kim", now=ACK_TIME, until=until)
    # The vendor writes again after the action: the domain now expires earlier (renewal did not happen).
    moved = finding(msg="<n2@g>", deadline=date(2026, 11, 20), when=ACK_TIME + timedelta(days=2))
    store.add_findings([moved], seen_at=ACK_TIME + timedelta(days=2))
    it = current_items(store, TODAY)[0]
    assert it.status is Status.DUE_SOON
    assert not it.acked and it.snoozed_until is None


@pytest.mark.parametrize("action", [ActionKind.ACK, ActionKind.RESOLVE])
def test_reminder_with_same_deadline_does_not_reopen(store: Store, action: ActionKind) -> None:
    record_action(store, item_id_of(store), action, by="kim", now=ACK_TIME)
    same = finding(msg="<n2@g>", deadline=date(2026, 12, 1), when=ACK_TIME + timedelta(days=2))
    store.add_findings([same], seen_at=ACK_TIME + timedelta(days=2))
    it = current_items(store, TODAY)[0]
    assert it.acked if action is ActionKind.ACK else it.status is Status.RESOLVED


def test_older_notice_found_late_does_not_reopen(store: Store) -> None:
    """A mail dated before the ack (found by a later scan) is not news the person missed."""
    record_action(store, item_id_of(store), ActionKind.ACK, by="kim", now=ACK_TIME)
    older = finding(msg="<n0@g>", deadline=date(2026, 11, 28), when=datetime(2026, 9, 1, tzinfo=UTC))
    store.add_findings([older], seen_at=ACK_TIME + timedelta(days=1))
    assert current_items(store, TODAY)[0].acked


def test_newest_notice_found_after_the_ack_reopens(store: Store) -> None:
    """A mail dated just before the ack but found by a later run is news if it moves the deadline."""
    record_action(store, item_id_of(store), ActionKind.ACK, by="kim", now=ACK_TIME)
    late = finding(msg="<n3@g>", deadline=date(2026, 11, 20), when=ACK_TIME - timedelta(hours=1))
    store.add_findings([late], seen_at=ACK_TIME + timedelta(hours=2))
    it = current_items(store, TODAY)[0]
    assert it.deadline == date(2026, 11, 20) and not it.acked


def test_notice_after_today_is_ignored(store: Store) -> None:
    """--today reproduces the past: a mail dated after it neither moves the deadline nor reopens."""
    record_action(store, item_id_of(store), ActionKind.ACK, by="kim", now=ACK_TIME)
    store.add_findings(
        [finding(msg="<n9@g>", deadline=date(2026, 11, 25), when=datetime(2026, 11, 20, tzinfo=UTC))],
        seen_at=datetime(2026, 11, 20, tzinfo=UTC),
    )
    assert current_items(store, TODAY)[0].acked
    assert not current_items(store, date(2026, 11, 21))[0].acked


def test_reopen_overrides_receipt_until_a_newer_receipt(store: Store) -> None:
    receipt = finding(
        msg="<r1@g>", rule="gabia-renewed", resolves=True, deadline=None, when=datetime(2026, 11, 2, tzinfo=UTC)
    )
    store.add_findings([receipt], seen_at=datetime(2026, 11, 2, tzinfo=UTC))
    assert current_items(store, TODAY)[0].status is Status.RESOLVED
    record_action(store, item_id_of(store), ActionKind.REOPEN, by="kim", now=ACK_TIME)
    assert current_items(store, TODAY)[0].status is Status.UPCOMING
    receipt2 = finding(
        msg="<r2@g>", rule="gabia-renewed", resolves=True, deadline=None, when=ACK_TIME + timedelta(days=1)
    )
    store.add_findings([receipt2], seen_at=ACK_TIME + timedelta(days=1))
    assert current_items(store, TODAY)[0].status is Status.RESOLVED


def test_apply_actions_without_history_uses_recorded_deadline(store: Store) -> None:
    iid = item_id_of(store)
    record_action(store, iid, ActionKind.ACK, by="kim", now=ACK_TIME)
    store.add_findings(
        [finding(msg="<n2@g>", deadline=date(2026, 11, 25), when=ACK_TIME + timedelta(days=1))],
        seen_at=ACK_TIME + timedelta(days=1),
    )
    items = build_items(store.findings(), TODAY)
    assert not apply_actions(items, store.actions(), TODAY)[0].acked
    same = build_items([finding(msg="<n1@g>")], TODAY)
    assert apply_actions(same, store.actions(), TODAY)[0].acked


def test_items_without_actions_are_unchanged(store: Store) -> None:
    items = build_items(store.findings(), TODAY)
    assert apply_actions(items, [], TODAY) == items


def test_record_action_validation(store: Store) -> None:
    iid = item_id_of(store)
    with pytest.raises(ConfigError, match="--until"):
        record_action(store, iid, ActionKind.SNOOZE, by="kim", now=ACK_TIME)
    with pytest.raises(ConfigError, match="not after today"):
        record_action(store, iid, ActionKind.SNOOZE, by="kim", now=ACK_TIME, until=ACK_TIME.date())
    with pytest.raises(ConfigError, match="only for snooze"):
        record_action(store, iid, ActionKind.ACK, by="kim", now=ACK_TIME, until=date(2026, 12, 1))
    with pytest.raises(StoreError, match="no item"):
        record_action(
            store, "ffffffffffff" if not iid.startswith("f") else "000000", ActionKind.ACK, by="kim", now=ACK_TIME
        )
    assert store.actions() == []
    action = record_action(store, iid, ActionKind.ACK, by=" park ", now=ACK_TIME)
    assert action.by == "park" and store.actions() == [action]


def test_default_actor_is_os_user() -> None:
    assert default_actor()
