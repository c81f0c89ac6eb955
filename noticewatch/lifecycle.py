"""What people did about items (ack, snooze, resolve, reopen) and how that changes the list. Pure, except
`record_action` and `current_items`, which read and write the state through a Store.

Rules (documented in README):
- ack: someone is on it. The item stays in the list, marked acked, and reminds less. The ack lapses once the
  deadline has passed, so an acked item that was not done becomes a plain overdue item again.
- snooze --until DATE: hidden from `list`, `check` and reminders before DATE; shown again from DATE on.
- resolve: done by hand (no confirmation mail will come); status resolved.
- reopen: undoes ack, snooze and resolve, including a resolution that came from a receipt mail older than it.
- A new notice about an acked, snoozed or resolved item that MOVES the deadline reopens it: the renewal did not
  happen. "New" means stored by a run after the action and superseding the notice the item showed then (an
  old mail found late is not news); "moves" means it gives another deadline (or phases) than that notice.
"""

from __future__ import annotations

import dataclasses
import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from noticewatch.errors import ConfigError
from noticewatch.models import ActionItem, Phase, Status

if TYPE_CHECKING:
    from noticewatch.store import Store


class ActionKind(enum.StrEnum):
    ACK = "ack"
    SNOOZE = "snooze"
    RESOLVE = "resolve"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class ItemAction:
    """One thing a person did to an item, with who and when."""

    item_id: str
    action: ActionKind
    by: str
    at: datetime  # timezone-aware
    note: str = ""
    until: date | None = None  # snooze only
    deadline: date | None = None  # the item's deadline when the action was taken


@dataclass(frozen=True, slots=True)
class DeadlineEntry:
    """One notice in an item's history: the deadline it gave and the mail that gave it."""

    deadline: date | None
    date: datetime | None  # the mail's date
    message_id: str
    subject: str
    excerpt: str
    rule_id: str = ""
    resolves: bool = False
    seen_at: datetime | None = None  # when a run stored it
    phases: tuple[Phase, ...] = ()

    @property
    def when(self) -> datetime | None:
        """When the notice happened: its mail date, else when noticewatch first saw it."""
        return self.date or self.seen_at


@dataclass
class _State:
    acked_at: datetime | None = None
    acked_deadline: date | None = None
    resolved_at: datetime | None = None
    resolved_deadline: date | None = None
    snoozed_at: datetime | None = None
    snoozed_deadline: date | None = None
    snoozed_until: date | None = None
    reopened_at: datetime | None = None
    note: str = ""


def apply_actions(
    items: Sequence[ActionItem],
    actions: Iterable[ItemAction],
    today: date,
    history: Mapping[str, Sequence[DeadlineEntry]] | None = None,
    due_soon_days: int = 14,
) -> list[ActionItem]:
    """Items with people's actions applied (acked, snoozed_until, note, resolved status), in the same order.

    `history` (Store.deadline_histories()) makes the reopening rule exact; without it, the rule compares the
    item's current deadline and newest evidence with the deadline recorded in the action.
    """
    by_item: dict[str, list[ItemAction]] = defaultdict(list)
    for a in actions:
        by_item[a.item_id].append(a)
    out = []
    for item in items:
        acts = sorted(by_item.get(item.id, ()), key=lambda a: a.at)
        if not acts:
            out.append(item)
            continue
        entries = None if history is None else history.get(item.id, ())
        out.append(_apply(item, acts, today, entries, due_soon_days))
    return out


def _apply(
    item: ActionItem,
    acts: Sequence[ItemAction],
    today: date,
    entries: Sequence[DeadlineEntry] | None,
    due_soon_days: int,
) -> ActionItem:
    st = _State()
    for a in acts:
        if a.note:
            st.note = a.note
        if a.action is ActionKind.ACK:
            st.acked_at, st.acked_deadline = a.at, a.deadline
        elif a.action is ActionKind.SNOOZE:
            st.snoozed_at, st.snoozed_deadline, st.snoozed_until = a.at, a.deadline, a.until
        elif a.action is ActionKind.RESOLVE:
            st.resolved_at, st.resolved_deadline = a.at, a.deadline
        elif a.action is ActionKind.REOPEN:
            st = _State(reopened_at=a.at, note=st.note)

    if st.acked_at and _deadline_moved(item, st.acked_at, st.acked_deadline, today, entries):
        st.acked_at = None
    if st.resolved_at and _deadline_moved(item, st.resolved_at, st.resolved_deadline, today, entries):
        st.resolved_at = None
    if st.snoozed_at and _deadline_moved(item, st.snoozed_at, st.snoozed_deadline, today, entries):
        st.snoozed_until = None

    status = item.status
    if st.resolved_at is not None:
        status = Status.RESOLVED
    elif (
        status is Status.RESOLVED and st.reopened_at is not None and not _resolved_after(item, st.reopened_at, entries)
    ):
        # A person reopened an item a receipt mail had resolved: it is due work again, judged by its deadline.
        from noticewatch.triage import status_for

        status = status_for(item.deadline, today, due_soon_days)

    # The ack lapses when the deadline passes: an acked item that was not done must not stay quiet.
    acked = st.acked_at is not None and (item.deadline is None or today <= item.deadline)
    snoozed = st.snoozed_until if st.snoozed_until is not None and st.snoozed_until > today else None
    return dataclasses.replace(item, status=status, acked=acked, snoozed_until=snoozed, note=st.note)


def _visible_entries(entries: Sequence[DeadlineEntry], today: date) -> list[DeadlineEntry]:
    # As triage does: mail dated after `today` does not exist yet, so --today reproduces the past.
    return [e for e in entries if e.date is None or e.date.date() <= today]


def _signature(e: DeadlineEntry) -> tuple[date | None, tuple[date, ...]]:
    return e.deadline, tuple(sorted(p.deadline for p in e.phases))


def _gives_deadline(e: DeadlineEntry) -> bool:
    return not e.resolves and (e.deadline is not None or bool(e.phases))


def _deadline_moved(
    item: ActionItem,
    since: datetime,
    deadline_then: date | None,
    today: date,
    entries: Sequence[DeadlineEntry] | None,
) -> bool:
    """Whether a notice that came in after `since` gives another deadline than the item had at `since`."""
    if entries is None:
        newest = item.evidence[0].date if item.evidence else None
        if newest is None or newest <= since or item.deadline is None or item.status is Status.RESOLVED:
            return False
        accepted = {deadline_then, *(p.deadline for p in item.phases)} if item.phases else {deadline_then}
        return deadline_then is not None and item.deadline not in accepted
    dated = [e for e in _visible_entries(entries, today) if _gives_deadline(e)]
    # What the person could see when acting: notices stored by then. The newest of them gave the deadline.
    known = [e for e in dated if _known_at(e, since)]
    reference = max(known, key=_mail_order) if known else None
    # News since then: notices stored later that supersede it (dated later), including a mail dated before the
    # action that a later run found; an old mail found late that supersedes nothing is not news.
    news = [
        e for e in dated if not _known_at(e, since) and (reference is None or _mail_order(e) >= _mail_order(reference))
    ]
    if reference is not None:
        return any(_signature(e) != _signature(reference) for e in news)
    if deadline_then is None:
        return False
    return any(e.deadline != deadline_then and deadline_then not in {p.deadline for p in e.phases} for e in news)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _mail_order(e: DeadlineEntry) -> datetime:
    # As triage orders notices: by mail date, undated mail first.
    return e.date or _EPOCH


def _known_at(e: DeadlineEntry, since: datetime) -> bool:
    seen = e.seen_at or e.when
    return seen is not None and seen <= since


def _resolved_after(item: ActionItem, since: datetime, entries: Sequence[DeadlineEntry] | None) -> bool:
    """Whether a confirmation mail newer than `since` resolves the item again."""
    if entries is None:
        newest = item.evidence[0].date if item.evidence else None
        return newest is not None and newest > since
    return any(e.resolves and e.when is not None and e.when > since for e in entries)


# ---- state-backed helpers (used by the CLI and service) ----------------------------------------------------


def default_actor() -> str:
    """Who acts when --by is not given: the OS user."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no $USER
        return "unknown"


def current_items(store: Store, today: date, due_soon_days: int = 14) -> list[ActionItem]:
    """The action list as of `today` from the state alone: every stored finding, with people's actions applied."""
    from noticewatch.triage import build_items

    items = build_items(store.findings(), today, due_soon_days)
    actions = store.actions()
    # Histories only of items people acted on: the rest need none, and a cron run should stay cheap.
    history = store.deadline_histories(item_ids={a.item_id for a in actions})
    return apply_actions(items, actions, today, history, due_soon_days)


def record_action(
    store: Store,
    id_prefix: str,
    action: ActionKind,
    *,
    by: str,
    now: datetime,
    note: str = "",
    until: date | None = None,
    today: date | None = None,
) -> ItemAction:
    """Record an action on the item `id_prefix` abbreviates; returns what was recorded."""
    from noticewatch.triage import build_items

    day = today or now.date()
    if action is ActionKind.SNOOZE:
        if until is None:
            raise ConfigError("snooze needs --until YYYY-MM-DD")
        if until <= day:
            raise ConfigError(f"--until {until.isoformat()} is not after today ({day.isoformat()})")
    elif until is not None:
        raise ConfigError("--until is only for snooze")
    if not by.strip():
        raise ConfigError("--by must not be empty")
    full_id = store.resolve_prefix(id_prefix)
    built = [i for i in build_items(store.findings(full_id), day) if i.id == full_id]
    recorded = ItemAction(
        item_id=full_id,
        action=action,
        by=by.strip(),
        at=now,
        note=note,
        until=until,
        deadline=built[0].deadline if built else None,
    )
    store.add_action(recorded)
    return recorded
