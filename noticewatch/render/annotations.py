"""GitHub Actions workflow commands (`::error title=...::message`) for `check --format github`.

Failing items are errors; open items due soon or overdue that the policy does not fail, suspicious notices and
unreadable mailboxes are warnings. Escaping follows the Actions runner: in the message `%`, CR and LF become
%25, %0D, %0A; in property values `:` and `,` also become %3A and %2C.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from noticewatch.models import ActionItem, ScanWarning, Status


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, title: str, message: str) -> str:
    return f"::{level} title={escape_property(title)}::{escape_data(message)}"


def _message(item: ActionItem, reason: str) -> str:
    lines = [f"{reason} — {item.action}", f"{item.kind} · {item.vendor} · {item.target} (id {item.id})"]
    if item.deadline_excerpt:
        lines.append(f"deadline line: {item.deadline_excerpt}")
    if item.evidence:
        ev = item.evidence[0]
        lines.append(f"evidence: {ev.subject} ({ev.source})")
    return "\n".join(lines)


def render_annotations(
    items: Sequence[ActionItem],
    failing: Collection[str],
    today: date,
    warnings: Sequence[ScanWarning] = (),
) -> str:
    from noticewatch.checkpolicy import describe_failure, is_open

    out: list[str] = []
    for it in items:
        title = f"{it.vendor} {it.target}: {it.kind}"
        if it.id in failing:
            out.append(command("error", title, _message(it, describe_failure(it, today))))
        elif it.suspicious:
            why = "; ".join(it.suspicious_reasons) or "does not come from the vendor"
            out.append(command("warning", f"Suspicious notice: {title}", _message(it, f"suspicious: {why}")))
        elif is_open(it, today) and it.status in (Status.OVERDUE, Status.DUE_SOON):
            out.append(command("warning", title, _message(it, describe_failure(it, today))))
    for w in warnings:
        if w.unreachable:
            out.append(command("error", "noticewatch could not read a mailbox", f"{w.source}: {w.problem}"))
    return "".join(line + "\n" for line in out)
