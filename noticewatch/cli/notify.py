"""`noticewatch notify`: send the reminders due now through the configured routes and channels.

Thin: options -> config -> items from the state file -> escalate.service -> report -> exit code
(0 sent or nothing due, 2 config error, 3 a channel failed, 5 another run holds the lock).
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from noticewatch.cli.common import ConfigOpt, StateOpt, eprint, error_boundary
from noticewatch.errors import ConfigError
from noticewatch.exitcodes import ExitCode

if TYPE_CHECKING:
    from noticewatch.escalate.service import NotifyReport

DEFAULT_TIMEZONE = "Asia/Seoul"
TODAY_HOUR = 12  # --today runs at noon: outside any usual quiet hours, the same day in every Asian/European zone


def register(app: typer.Typer) -> None:
    app.command("notify")(notify_command)


def parse_now(now: str | None, today: str | None) -> datetime:
    """--now ISO time (no offset: Asia/Seoul), or --today DATE at noon Asia/Seoul, or the real time.

    Errors are ConfigError (exit 2): typer.BadParameter raised inside error_boundary would count as a bug.
    """
    from datetime import UTC
    from zoneinfo import ZoneInfo

    if now is not None and today is not None:
        raise ConfigError("give --today or --now, not both")
    seoul = ZoneInfo(DEFAULT_TIMEZONE)
    if today is not None:
        try:
            return datetime.combine(date.fromisoformat(today), time(TODAY_HOUR), tzinfo=seoul)
        except ValueError:
            raise ConfigError(f"--today: expected YYYY-MM-DD, got {today!r}") from None
    if now is not None:
        try:
            moment = datetime.fromisoformat(now)
        except ValueError:
            raise ConfigError(f"--now: expected an ISO time like 2026-12-08T23:30+09:00, got {now!r}") from None
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=seoul)
    return datetime.now(UTC)


@error_boundary
def notify_command(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print exactly what would be sent to whom; send and record nothing.")
    ] = False,
    test: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--test", metavar="ROUTE", help="Send a test message through every channel of ROUTE."),
    ] = None,
    today: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--today", metavar="DATE", help="Run as of this date (YYYY-MM-DD) at 12:00 Asia/Seoul."),
    ] = None,
    now: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--now", metavar="TIME", help="Run as of this moment (ISO 8601; without an offset: Asia/Seoul)."),
    ] = None,
    state: StateOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Send the reminders that are due: one digest per channel, each reminder once.

    A channel that fails is retried on the next run; the exit code is then 3 and `noticewatch list` shows it.
    """
    from noticewatch.config import load_config
    from noticewatch.escalate.service import notify_state, send_test
    from noticewatch.service import resolve_state_path

    moment = parse_now(now, today)
    cfg = load_config(config)
    if test is not None:
        report = send_test(cfg, test, moment, dry_run=dry_run)
    else:
        if not cfg.routes:
            raise ConfigError("no routes configured: add `channels` and `routes` to noticewatch.yaml")
        from contextlib import AbstractContextManager, nullcontext

        from noticewatch.lock import run_lock
        from noticewatch.store import Store

        path = resolve_state_path(cfg, state)
        # A dry run only reads: it must not make a cron run fail with "locked".
        lock: AbstractContextManager[object] = nullcontext() if dry_run else run_lock(path)
        with lock, Store.open(path, create=False) as store:
            report = notify_state(cfg, store, moment, dry_run=dry_run)
    _print_report(report)
    if report.failures:
        raise typer.Exit(int(ExitCode.UNREACHABLE))


def _print_report(report: NotifyReport) -> None:
    """Dry run: the messages on stdout. Otherwise quiet for cron, except failures (and a summary on a terminal)."""
    if report.dry_run:
        for d in report.deliveries:
            print(f"=== channel {d.channel}: {d.recipient} ===")
            print(d.preview)
            print()
            if not d.ok:
                eprint(f"notify: would fail: {d.error}")
        if not report.deliveries:
            eprint("notify: nothing due")
    else:
        chatty = sys.stderr.isatty()
        for d in report.deliveries:
            if not d.ok:
                # Test messages are never recorded, so nothing retries them.
                retry = "" if d.notification.test else " (will retry next run)"
                eprint(f"notify: {d.error}{retry}")
            elif chatty or d.notification.test:
                what = "a test message" if d.notification.test else f"{len(d.notification.entries)} item(s)"
                eprint(f"notify: sent {what} to {d.recipient}")
    deferred_routes = sorted({r.route for r in report.deferred})
    if deferred_routes and (report.dry_run or sys.stderr.isatty()):
        eprint(
            f"notify: {len(report.deferred)} reminder(s) held back by quiet hours: route {', '.join(deferred_routes)}"
        )
