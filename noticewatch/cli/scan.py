"""`noticewatch scan` and `noticewatch run`: read mail, print the action list."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Optional

import typer

from noticewatch.cli.common import ConfigOpt, StateOpt, TodayOpt, eprint, error_boundary, parse_today
from noticewatch.render.formats import OutputFormat

PathsArg = Annotated[
    Optional[list[Path]],  # noqa: UP045 - Typer needs Optional here
    typer.Argument(
        metavar="PATH",
        help="Mail to scan: .eml files, folders of mail, mbox files, Maildir folders. "
        "Default: the accounts and paths in the config.",
    ),
]
FormatOpt = Annotated[
    Optional[OutputFormat],  # noqa: UP045
    typer.Option("--format", "-f", help="table, json or markdown. Default: table in a terminal, json otherwise."),
]
OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file (only when the scan succeeds)."),
]
RulesOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--rules", metavar="PATH", help="Extra rule pack file or folder (repeatable)."),
]
ScanStateOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--state",
        help="SQLite state file. Scanning configured mailboxes uses the default state file; "
        "scanning paths given here is stateless unless --state is given.",
    ),
]
SoonOpt = Annotated[
    Optional[int],  # noqa: UP045
    typer.Option(
        "--due-soon-days", min=0, metavar="DAYS", help="Items due within this many days are 'due-soon' (default 14)."
    ),
]


def register(app: typer.Typer) -> None:
    app.command("scan")(scan_command)
    app.command("run")(run_command)


@error_boundary
def scan_command(
    paths: PathsArg = None,
    today: TodayOpt = None,
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    config: ConfigOpt = None,
    rules: RulesOpt = None,
    state: ScanStateOpt = None,
    due_soon_days: SoonOpt = None,
    full: Annotated[bool, typer.Option("--full", help="Rescan every IMAP folder from the start.")] = False,
    show_all: Annotated[bool, typer.Option("--all", help="Include resolved and snoozed items.")] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="Print nothing unless an item is overdue or due soon, or a source failed (for cron)."
        ),
    ] = False,
) -> None:
    """Scan mail and print the dated action list of vendor notices.

    Exit codes: 0 scan done, 2 usage/config/rule-pack/input error, 3 a mailbox could not be read,
    5 another run holds the state lock.
    """
    code = _scan_and_report(
        paths or [],
        parse_today(today),
        fmt=fmt,
        output=output,
        config_path=config,
        rule_paths=rules or [],
        state=state,
        due_soon_days=due_soon_days,
        full=full,
        show_all=show_all,
        quiet=quiet,
    )
    raise typer.Exit(code)


@error_boundary
def run_command(
    today: TodayOpt = None,
    config: ConfigOpt = None,
    state: StateOpt = None,
    fmt: FormatOpt = None,
    log_file: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--log-file", help="Append a one-line summary of each run to this file."),
    ] = None,
) -> None:
    """Cron mode: scan the configured mailboxes, then send the reminders due (when routes are configured).

    Prints nothing unless an item is overdue, due soon or suspicious, or a mailbox or channel failed.
    Exit codes: 0 done, 2 usage/config error, 3 a mailbox or channel failed, 5 another run holds the lock.
    """
    code = _scan_and_report(
        [],
        parse_today(today),
        fmt=fmt,
        config_path=config,
        state=state,
        quiet=True,
        log_file=log_file,
        notify=True,
        notify_at=_notify_moment(today),
    )
    raise typer.Exit(code)


def _notify_moment(today: str | None) -> datetime | None:
    """--today means noon in Seoul for reminders, as in `notify --today`; otherwise the real time."""
    if today is None:
        return None
    from noticewatch.cli.notify import parse_now

    return parse_now(None, today)


def _scan_and_report(
    paths: list[Path],
    today: date,
    *,
    fmt: OutputFormat | None = None,
    output: Path | None = None,
    config_path: Path | None = None,
    rule_paths: list[Path] | None = None,
    state: Path | None = None,
    due_soon_days: int | None = None,
    full: bool = False,
    show_all: bool = False,
    quiet: bool = False,
    log_file: Path | None = None,
    notify: bool = False,
    notify_at: datetime | None = None,
) -> int:
    from noticewatch.cli.progress import progress_reporter
    from noticewatch.cli.report import attention_only, needs_attention, scan_exit_code, visible_items, write_report
    from noticewatch.config import load_config
    from noticewatch.service import scan

    cfg = load_config(config_path)
    use_state = state is not None or not paths
    with progress_reporter(enabled=not quiet) as progress:
        result = scan(
            cfg,
            paths,
            today,
            rule_paths=rule_paths or [],
            state_path=state,
            use_state=use_state,
            full=full,
            due_soon_days=due_soon_days,
            progress=progress,
            notify=notify,
            now=notify_at,
        )
    result = visible_items(result, show_all)
    code = scan_exit_code(result)
    if log_file is not None:
        from noticewatch.cli.report import append_log

        append_log(log_file, result, code)
    if quiet and not needs_attention(result) and code == 0:
        return code
    if quiet and fmt is None:
        # Cron mails stdout to a person: a short table of what needs attention, not the JSON of everything.
        result = attention_only(result)
        fmt = OutputFormat.TABLE
    chosen = fmt or (OutputFormat.TABLE if (output is None and sys.stdout.isatty()) else OutputFormat.JSON)
    write_report(result, chosen, output)
    if not quiet:
        eprint(
            f"{result.messages_read} mail(s) read, {result.messages_skipped} skipped, "
            f"{len(result.items)} item(s), {len(result.warnings)} warning(s)"
        )
    return code
