"""The terminal view: a rich table, overdue first, coloured by status, readable wide and narrow."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.console import Console
from rich.table import Table
from rich.text import Text

from noticewatch.models import ActionItem, ScanWarning, Status
from noticewatch.render.relative import relative_deadline

STATUS_STYLE: dict[Status, str] = {
    Status.OVERDUE: "bold red",
    Status.DUE_SOON: "yellow",
    Status.UPCOMING: "green",
    Status.UNDATED: "cyan",
    Status.RESOLVED: "dim",
}
_NARROW = 120  # below this a table of eight columns wraps its cells letter by letter


def _status_text(item: ActionItem) -> Text:
    if item.suspicious:
        return Text("SUSPICIOUS", style="bold magenta")
    label = item.status.value
    if item.snoozed_until:
        label += f" (snoozed to {item.snoozed_until.isoformat()})"
    elif item.acked:
        label += " (acked)"
    return Text(label, style=STATUS_STYLE[item.status])


def _deadline_text(item: ActionItem, today: date) -> Text:
    if item.deadline is None:
        return Text("—", style="dim")
    return Text(f"{item.deadline.isoformat()}\n{relative_deadline(item.deadline, today)}")


def _evidence_text(item: ActionItem, indent: str = "") -> Text:
    if not item.evidence:
        return Text("")
    newest = item.evidence[0]
    more = f" (+{len(item.evidence) - 1} more)" if len(item.evidence) > 1 else ""
    line = newest.subject + more
    if item.suspicious and item.suspicious_reasons:
        line += f"\n{indent}⚠ " + "; ".join(item.suspicious_reasons)
    return Text(line)


def build_table(items: Sequence[ActionItem], today: date) -> Table:
    table = Table(title=f"noticewatch — {today.isoformat()}", expand=False)
    table.add_column("ID", style="dim", no_wrap=True)
    table.add_column("Status", overflow="fold")
    table.add_column("Deadline", no_wrap=True)
    table.add_column("Kind", overflow="fold", min_width=13)
    table.add_column("Vendor")
    table.add_column("Target", overflow="fold")
    table.add_column("Action", overflow="fold")
    table.add_column("Evidence", overflow="fold")
    for it in items:
        table.add_row(
            it.id[:7],
            _status_text(it),
            _deadline_text(it, today),
            it.kind,
            it.vendor,
            it.target,
            it.action,
            _evidence_text(it),
        )
    return table


def build_blocks(items: Sequence[ActionItem], today: date) -> list[Text]:
    """Narrow terminals: one short block per item instead of a table whose cells would wrap letter by letter."""
    blocks = []
    for it in items:
        when = (
            f"{it.deadline.isoformat()} ({relative_deadline(it.deadline, today)})" if it.deadline else "no date given"
        )
        block = Text()
        block.append_text(_status_text(it))
        block.append(f"  {when}  ")
        block.append(it.id[:7], style="dim")
        block.append(f"\n  {it.vendor} · {it.kind} · ")
        block.append(it.target, style="bold")
        block.append(f"\n  {it.action}\n  ")
        block.append_text(_evidence_text(it, indent="  "))
        blocks.append(block)
    return blocks


def render_table(
    items: Sequence[ActionItem], today: date, console: Console, warnings: Sequence[ScanWarning] = ()
) -> None:
    """Print the action list (stdout console) and a warnings block."""
    if items and console.width >= _NARROW:
        console.print(build_table(items, today))
    elif items:
        console.print(f"noticewatch — {today.isoformat()}", style="bold")
        for block in build_blocks(items, today):
            console.print(block)
    else:
        console.print("No vendor notices need action.")
    if warnings:
        console.print(f"[yellow]{len(warnings)} warning(s):[/yellow]")
        for w in warnings:
            console.print(Text(f"  {w.source}: {w.problem}"))
