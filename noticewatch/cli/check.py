"""`noticewatch check` (the CI gate) and `noticewatch export` (the iCalendar feed).

check exit codes: 0 nothing meets the policy; 1 some open item meets it; 2 usage/config error; 3 a mailbox could
not be read (a broken watchdog never looks green); 5 another run holds the lock. When items fail AND a mailbox
failed, 1 wins: the failing items are certain, and the report still lists the unreadable mailbox.
"""

from __future__ import annotations

import enum
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from noticewatch.checkpolicy import FailOn
from noticewatch.cli.common import ConfigOpt, StateOpt, TodayOpt, eprint, error_boundary, parse_today
from noticewatch.cli.report import write_text_output
from noticewatch.errors import ConfigError

if TYPE_CHECKING:
    from noticewatch.config import Config
    from noticewatch.models import ScanResult

OutputOpt = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--output", "-o", help="Write the report to this file instead of stdout."),
]


class CheckFormat(enum.StrEnum):
    TEXT = "text"
    JSON = "json"
    JUNIT = "junit"
    GITHUB = "github"


class ExportFormat(enum.StrEnum):
    ICS = "ics"


def register(app: typer.Typer) -> None:
    app.command("check")(check_command)
    app.command("export")(export_command)


@error_boundary
def check_command(
    paths: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(metavar="PATH", help="Mail to scan first (default: the accounts and paths in the config)."),
    ] = None,
    fail_on: Annotated[
        Optional[FailOn],  # noqa: UP045
        typer.Option(
            "--fail-on",
            help="overdue, or due-soon (due within --within days). Default: overdue, "
            "or due-soon when --within is given.",
        ),
    ] = None,
    within: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--within",
            metavar="DURATION",
            help="With --fail-on due-soon: how near a deadline fails, e.g. 7d or 2w "
            "(default: scan.due_soon_days from the config, 14).",
        ),
    ] = None,
    offline: Annotated[bool, typer.Option("--offline", help="Use the state file only; read no mailbox.")] = False,
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text, json (the scan contract), junit or github.")
    ] = CheckFormat.TEXT,
    output: OutputOpt = None,
    state: StateOpt = None,
    config: ConfigOpt = None,
    today: TodayOpt = None,
) -> None:
    """CI gate: exit 1 when an open item (not resolved, not snoozed, not suspicious) is overdue or due soon.

    Exit codes: 0 nothing meets the condition, 1 something does, 2 usage/config error,
    3 a mailbox could not be read, 5 another run holds the state lock.
    """
    from noticewatch.checkpolicy import check_policy, parse_within
    from noticewatch.config import load_config
    from noticewatch.exitcodes import ExitCode

    day = parse_today(today)
    if offline and paths:
        raise ConfigError("--offline reads the state file only; do not give paths")
    cfg = load_config(config)
    within_days = parse_within(within) if within is not None else cfg.scan.due_soon_days
    policy = fail_on or (FailOn.DUE_SOON if within is not None else FailOn.OVERDUE)
    if within is not None and policy is FailOn.OVERDUE:
        raise ConfigError("--within only applies to --fail-on due-soon")

    result = _offline_result(cfg, state, day) if offline else _scan_result(cfg, paths or [], state, day)
    failing = check_policy(result.items, policy, within_days, day)
    unreadable = [w for w in result.warnings if w.unreachable]
    write_text_output(_render(fmt, result, {i.id for i in failing}, policy, within_days), output)

    for w in unreadable:
        eprint(f"noticewatch: could not read {w.source}: {w.problem}")
    what = "overdue" if policy is FailOn.OVERDUE else f"due within {within_days} days"
    if failing:
        eprint(f"noticewatch check: {len(failing)} open item(s) {what}")
        raise typer.Exit(int(ExitCode.POLICY_BREACH))
    if unreadable:
        eprint(f"noticewatch check: {len(unreadable)} mailbox(es) could not be read; the check is incomplete")
        raise typer.Exit(int(ExitCode.UNREACHABLE))
    eprint(f"noticewatch check: ok, nothing {what} ({len(result.items)} item(s) checked)")
    raise typer.Exit(int(ExitCode.OK))


def _offline_result(cfg: Config, state: Path | None, day: date) -> ScanResult:
    from noticewatch.lifecycle import current_items
    from noticewatch.models import ScanResult
    from noticewatch.service import resolve_state_path
    from noticewatch.store import Store

    with Store.open(resolve_state_path(cfg, state), create=False) as store:
        items = current_items(store, day, cfg.scan.due_soon_days)
    return ScanResult(today=day, items=tuple(items), warnings=())


def _scan_result(cfg: Config, paths: list[Path], state: Path | None, day: date) -> ScanResult:
    from noticewatch.service import scan

    # As `scan` does: configured mailboxes use the state file; paths given here only with --state.
    return scan(cfg, paths, day, state_path=state, use_state=state is not None or not paths)


def _render(fmt: CheckFormat, result: ScanResult, failing: set[str], policy: FailOn, within_days: int) -> str:
    from typing import assert_never

    items = list(result.items)
    if fmt is CheckFormat.JSON:
        import json

        from noticewatch.render.json import report_dict

        report = report_dict(result)
        report["check"] = {
            "fail_on": policy.value,
            "within_days": within_days if policy is FailOn.DUE_SOON else None,
            "failing": [i.id for i in items if i.id in failing],
        }
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    if fmt is CheckFormat.JUNIT:
        from noticewatch.render.junit import render_junit

        return render_junit(items, failing, result.today, result.warnings)
    if fmt is CheckFormat.GITHUB:
        from noticewatch.render.annotations import render_annotations

        return render_annotations(items, failing, result.today, result.warnings)
    if fmt is CheckFormat.TEXT:
        from noticewatch.checkpolicy import describe_failure

        lines = [
            f"FAIL {i.id[:7]}  {describe_failure(i, result.today)}  {i.vendor} {i.kind} {i.target} — {i.action}"
            for i in items
            if i.id in failing
        ]
        return "".join(line + "\n" for line in lines)
    assert_never(fmt)


@error_boundary
def export_command(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="ics (iCalendar).")] = ExportFormat.ICS,
    output: OutputOpt = None,
    state: StateOpt = None,
    config: ConfigOpt = None,
    today: TodayOpt = None,
) -> None:
    """Write the open items' deadlines as an iCalendar file (stable UIDs: re-import updates, never duplicates)."""
    from datetime import UTC, datetime, time

    from noticewatch.render.ics import render_ics

    day = parse_today(today)
    from noticewatch.config import load_config

    result = _offline_result(load_config(config), state, day)
    # --today pins DTSTAMP too, so the file is reproducible; otherwise stamp with the real time.
    now = datetime.combine(day, time(0, 0), tzinfo=UTC) if today else datetime.now(UTC)
    if fmt is ExportFormat.ICS:
        write_text_output(render_ics(result.items, now), output)
