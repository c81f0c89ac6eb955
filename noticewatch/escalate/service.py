"""Escalation run: which reminders are due, one digest per channel, delivery recorded in the state.

`notify` is what `noticewatch notify` (and a cron job) calls. It sends each channel one digest of every reminder
due for it, records each reminder's delivery (ok or failed, with the error) in the store right after that
channel's attempt, and reports the failures: a failed channel is not marked sent, so the next run retries it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from noticewatch.config import ChannelConfig, Config, RouteConfig
from noticewatch.errors import ChannelError, ConfigError
from noticewatch.escalate.base import Channel, missing_secret_envs
from noticewatch.escalate.message import Notification, build_digest, make_test_notification
from noticewatch.escalate.policy import (
    Reminder,
    is_silenced,
    parse_timezone,
    plan_reminders,
    route_matches,
)
from noticewatch.escalate.registry import build_channel
from noticewatch.models import ActionItem

if TYPE_CHECKING:
    from noticewatch.store import Store

ChannelBuilder = Callable[[ChannelConfig], Channel]


@dataclass(frozen=True, slots=True)
class ChannelDelivery:
    """One channel's digest in one run: what was (or, in a dry run, would be) sent, and whether it arrived."""

    channel: str
    recipient: str  # Channel.describe(): to whom, secrets masked
    notification: Notification
    sent: bool  # False in a dry run
    ok: bool
    error: str = ""
    preview: str = ""  # exactly what is sent (dry run)

    @property
    def reminders(self) -> tuple[Reminder, ...]:
        return tuple(r for e in self.notification.entries for r in e.reminders)


@dataclass(frozen=True, slots=True)
class NotifyReport:
    now: datetime
    dry_run: bool
    deliveries: tuple[ChannelDelivery, ...]
    deferred: tuple[Reminder, ...] = ()  # due, but held back by quiet hours

    @property
    def failures(self) -> tuple[ChannelDelivery, ...]:
        return tuple(d for d in self.deliveries if not d.ok)

    @property
    def delivered(self) -> tuple[ChannelDelivery, ...]:
        return tuple(d for d in self.deliveries if d.ok and d.sent)


def check_config(config: Config) -> None:
    """Route and channel names are unique and every route names existing channels."""
    names = [c.name for c in config.channels]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"channel names must be unique: {', '.join(dupes)}")
    routes = [r.name for r in config.routes]
    dupes = sorted({n for n in routes if routes.count(n) > 1})
    if dupes:
        raise ConfigError(f"route names must be unique: {', '.join(dupes)}")
    known = set(names)
    for route in config.routes:
        missing = [c for c in route.channels if c not in known]
        if missing:
            valid = ", ".join(names) or "(no channels configured)"
            raise ConfigError(f"route {route.name}: unknown channel {', '.join(missing)}; channels: {valid}")


def find_route(config: Config, name: str) -> RouteConfig:
    for route in config.routes:
        if route.name == name:
            return route
    valid = ", ".join(r.name for r in config.routes) or "(no routes configured)"
    raise ConfigError(f"no route named {name!r}; routes: {valid}")


def open_items_for(
    channel: str, items: Sequence[ActionItem], routes: Sequence[RouteConfig], now: datetime
) -> tuple[ActionItem, ...]:
    """The open items a channel's routes cover (for the calendar attachment): not resolved, snoozed or phishing."""
    out: dict[str, ActionItem] = {}
    for route in routes:
        if channel not in route.channels:
            continue
        today = now.astimezone(parse_timezone(route.timezone)).date()
        for item in items:
            if item.suspicious or is_silenced(item, today) or not route_matches(route, item):
                continue
            out.setdefault(item.id, item)
    return tuple(out.values())


def notify(
    items: Iterable[ActionItem],
    config: Config,
    store: Store,
    now: datetime,
    dry_run: bool = False,
    *,
    build: ChannelBuilder = build_channel,
) -> NotifyReport:
    """Send every reminder due at `now` (one digest per channel) and record the deliveries in `store`.

    With `dry_run`, nothing is sent and nothing recorded: each delivery carries a preview of its message.
    """
    check_config(config)
    items = list(items)
    plan = plan_reminders(
        items,
        config.routes,
        now,
        lambda item_id, route, channel, key: store.reminder_sent(item_id, route, key, channel=channel),
    )
    by_channel: dict[str, list[Reminder]] = {}
    for reminder in plan.due:
        by_channel.setdefault(reminder.channel, []).append(reminder)
    configs = {c.name: c for c in config.channels}
    deliveries = []
    for name in [c.name for c in config.channels if c.name in by_channel]:
        channel = build(configs[name])
        digest = build_digest(name, by_channel[name], now, open_items_for(name, items, config.routes, now))
        if dry_run:
            deliveries.append(_dry_delivery(configs[name], channel, digest))
            continue
        try:
            channel.send(digest)
            ok, error = True, ""
        except ChannelError as e:
            ok, error = False, str(e)
        # Recorded per channel right after its attempt: an interrupted run never forgets what already went out.
        with store.transaction():
            for reminder in by_channel[name]:
                for key in reminder.covers:
                    store.record_delivery(reminder.item.id, reminder.route, name, key, now, ok, error)
            if ok:
                _settle_superseded(store, name, by_channel[name], now)
        deliveries.append(ChannelDelivery(name, channel.describe(), digest, sent=True, ok=ok, error=error))
    return NotifyReport(now, dry_run, tuple(deliveries), plan.deferred)


def _dry_delivery(cfg: ChannelConfig, channel: Channel, message: Notification) -> ChannelDelivery:
    """What would be sent; "would fail" when a secret's environment variable is not set in this environment."""
    name = cfg.name
    missing = missing_secret_envs(cfg.options)
    error = f"channel {name}: environment variable(s) not set: {', '.join(missing)}" if missing else ""
    return ChannelDelivery(
        name, channel.describe(), message, sent=False, ok=not missing, error=error, preview=channel.preview(message)
    )


def _settle_superseded(store: Store, channel: str, delivered: Sequence[Reminder], now: datetime) -> None:
    """A failed reminder that a newer one replaced (T-7 failed, T-3 arrived) is settled by that newer digest.

    Without this, `noticewatch list` would warn forever about a failure the channel has long recovered from.
    """
    reached = {(r.item.id, r.route) for r in delivered}
    for failed in store.failed_deliveries():
        if failed.channel == channel and (failed.item_id, failed.route) in reached:
            store.record_delivery(failed.item_id, failed.route, channel, failed.key, now, True, "")


def notify_state(config: Config, store: Store, now: datetime, dry_run: bool = False) -> NotifyReport:
    """`notify` over the action list in the state file (people's acks and snoozes applied) as of `now`.

    The list's "today" is the date of `now` in the first route's timezone (Asia/Seoul by default).
    """
    from noticewatch.lifecycle import current_items

    if not config.routes:
        return NotifyReport(now, dry_run, ())
    today = now.astimezone(parse_timezone(config.routes[0].timezone)).date()
    items = current_items(store, today, config.scan.due_soon_days)
    return notify(items, config, store, now, dry_run)


def send_test(
    config: Config, route_name: str, now: datetime, dry_run: bool = False, *, build: ChannelBuilder = build_channel
) -> NotifyReport:
    """Send a test message through every channel of one route; nothing is recorded."""
    check_config(config)
    route = find_route(config, route_name)
    configs = {c.name: c for c in config.channels}
    deliveries = []
    for name in route.channels:
        channel = build(configs[name])
        message = make_test_notification(name, route.name, now)
        if dry_run:
            deliveries.append(_dry_delivery(configs[name], channel, message))
            continue
        try:
            channel.send(message)
            deliveries.append(ChannelDelivery(name, channel.describe(), message, sent=True, ok=True))
        except ChannelError as e:
            deliveries.append(ChannelDelivery(name, channel.describe(), message, sent=True, ok=False, error=str(e)))
    return NotifyReport(now, dry_run, tuple(deliveries))
