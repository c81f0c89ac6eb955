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
_NARROW = 100


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


def _evidence_text(item: ActionItem) -> Text:
    if not item.evidence:
        return Text("")
    newest = item.evidence[0]
    more = f" (+{len(item.evidence) - 1} more)" if len(item.evidence) > 1 else ""
    line = newest.subject + more
    if item.suspicious and item.suspicious_reasons:
        line += "\n⚠ " + "; ".join(item.suspicious_reasons)
    return Text(line)


def build_table(items: Sequence[ActionItem], today: date, width: int) -> Table:
    narrow = width < _NARROW
    table = Table(title=f"noticewatch — {today.isoformat()}", show_lines=narrow, expand=False)
    table.add_column("ID", style="dim", no_wrap=True)
    table.add_column("Status", no_wrap=not narrow)
    table.add_column("Deadline", no_wrap=True)
    if not narrow:
        table.add_column("Kind")
    table.add_column("Vendor")
    table.add_column("Target", overflow="fold")
    if not narrow:
        table.add_column("Action", overflow="fold")
    table.add_column("Evidence", overflow="fold")
    for it in items:
        row: list[Text | str] = [it.id[:7], _status_text(it), _deadline_text(it, today)]
        if not narrow:
            row.append(it.kind)
        row += [it.vendor, it.target]
        if not narrow:
            row.append(it.action)
        row.append(_evidence_text(it))
        table.add_row(*row)
    return table


def render_table(
    items: Sequence[ActionItem], today: date, console: Console, warnings: Sequence[ScanWarning] = ()
) -> None:
    """Print the action list (stdout console) and a warnings block."""
    if items:
        console.print(build_table(items, today, console.width))
    else:
        console.print("No vendor notices need action.")
    if warnings:
        console.print(f"[yellow]{len(warnings)} warning(s):[/yellow]")
        for w in warnings:
            console.print(Text(f"  {w.source}: {w.problem}"))
