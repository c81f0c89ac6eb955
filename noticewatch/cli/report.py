"""Report plumbing shared by commands: which items to show, exit codes, writing the report."""

from __future__ import annotations

import dataclasses
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import assert_never

from noticewatch.errors import InputError
from noticewatch.exitcodes import ExitCode
from noticewatch.models import ActionItem, ScanResult, Status
from noticewatch.render.formats import OutputFormat


def is_hidden(item: ActionItem) -> bool:
    """Resolved and snoozed items are hidden unless --all."""
    snoozed = item.snoozed_until is not None
    return item.status is Status.RESOLVED or snoozed


def visible_items(result: ScanResult, show_all: bool) -> ScanResult:
    if show_all:
        return result
    return dataclasses.replace(result, items=tuple(i for i in result.items if not is_hidden(i)))


def _urgent(item: ActionItem) -> bool:
    return (item.status in (Status.OVERDUE, Status.DUE_SOON) or item.suspicious) and not is_hidden(item)


def needs_attention(result: ScanResult) -> bool:
    """What makes a quiet (cron) run speak: something overdue, due soon or suspicious, or a warning."""
    return bool(result.warnings) or any(_urgent(i) for i in result.items)


def attention_only(result: ScanResult) -> ScanResult:
    """Cron mail lists what needs someone now, not the whole list."""
    return dataclasses.replace(result, items=tuple(i for i in result.items if _urgent(i)))


def scan_exit_code(result: ScanResult) -> int:
    if any(w.unreachable for w in result.warnings):
        return int(ExitCode.UNREACHABLE)
    return int(ExitCode.OK)


def render(result: ScanResult, fmt: OutputFormat, width: int | None = None) -> str:
    if fmt is OutputFormat.JSON:
        from noticewatch.render.json import render_json

        return render_json(result)
    if fmt is OutputFormat.MARKDOWN:
        from noticewatch.render.markdown import render_markdown

        return render_markdown(result)
    if fmt is OutputFormat.TABLE:
        from io import StringIO

        from rich.console import Console

        from noticewatch.render.table import render_table

        buf = StringIO()
        console = Console(file=buf, width=width or 160, force_terminal=False, color_system=None)
        render_table(result.items, result.today, console, result.warnings)
        return buf.getvalue()
    assert_never(fmt)


def write_report(result: ScanResult, fmt: OutputFormat, output: Path | None) -> None:
    """The report goes to stdout (or --output); a terminal gets the coloured table directly."""
    if output is None and fmt is OutputFormat.TABLE and sys.stdout.isatty():
        from rich.console import Console

        from noticewatch.render.table import render_table

        render_table(result.items, result.today, Console(), result.warnings)
        return
    write_text_output(render(result, fmt), output)


def write_text_output(text: str, output: Path | None) -> None:
    """stdout, or the --output file written whole (via a temporary file) so a reader never sees half a report."""
    if output is None:
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as e:
        raise InputError(f"cannot write {output}: {e.strerror or e}") from e


def append_log(log_file: Path, result: ScanResult, code: int) -> None:
    counts: dict[str, int] = {}
    for item in result.items:
        counts[item.status.value] = counts.get(item.status.value, 0) + 1
    summary = " ".join(f"{k}={v}" for k, v in sorted(counts.items())) or "no-items"
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    line = (
        f"{stamp} exit={code} read={result.messages_read} skipped={result.messages_skipped} "
        f"warnings={len(result.warnings)} {summary}\n"
    )
    try:
        with log_file.open("a", encoding="utf-8") as fh:
            fh.write(line)
            for w in result.warnings:
                fh.write(f"{stamp}   warning {w.source}: {w.problem}\n")
    except OSError as e:
        raise InputError(f"cannot write log file {log_file}: {e.strerror or e}") from e
