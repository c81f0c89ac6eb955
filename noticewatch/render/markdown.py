"""Markdown report, for pasting into a ticket or a wiki page."""

from __future__ import annotations

from noticewatch.models import ScanResult
from noticewatch.render.relative import relative_deadline


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(result: ScanResult) -> str:
    lines = [f"# noticewatch action list ({result.today.isoformat()})", ""]
    if not result.items:
        lines.append("No vendor notices need action.")
    else:
        lines += [
            "| Status | Deadline | Kind | Vendor | Target | Action | Evidence |",
            "|---|---|---|---|---|---|---|",
        ]
        for it in result.items:
            status = ("SUSPICIOUS " if it.suspicious else "") + it.status.value
            if it.snoozed_until:
                status += f" (snoozed to {it.snoozed_until.isoformat()})"
            elif it.acked:
                status += " (acked)"
            deadline = (
                f"{it.deadline.isoformat()} ({relative_deadline(it.deadline, result.today)})" if it.deadline else "—"
            )
            ev = it.evidence[0] if it.evidence else None
            evidence = f"{ev.subject} ({len(it.evidence)} mail(s))" if ev else ""
            row = [status, deadline, it.kind, it.vendor, it.target, it.action, evidence]
            lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    if result.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- `{_cell(w.source)}`: {_cell(w.problem)}" for w in result.warnings]
    return "\n".join(lines) + "\n"
