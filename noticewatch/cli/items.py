"""`ack`, `snooze`, `resolve`, `reopen`, `list` and `show`: people acting on items, from the state file alone.

None of these touches a mailbox. Actions are recorded with who (--by or the OS user) and when.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from noticewatch.cli.common import ConfigOpt, StateOpt, TodayOpt, eprint, error_boundary, parse_today
from noticewatch.errors import ConfigError
from noticewatch.render.formats import OutputFormat

if TYPE_CHECKING:
    from noticewatch.config import Config
    from noticewatch.lifecycle import ActionKind
    from noticewatch.store import Store

IdArg = Annotated[str, typer.Argument(metavar="ID", help="Item id, or an unambiguous prefix of it (like a git hash).")]
ByOpt = Annotated[Optional[str], typer.Option("--by", help="Who acts (default: the OS user).")]  # noqa: UP045
NoteOpt = Annotated[str, typer.Option("--note", "-m", help="A note kept with the action.")]


def register(app: typer.Typer) -> None:
    app.command("ack")(ack_command)
    app.command("snooze")(snooze_command)
    app.command("resolve")(resolve_command)
    app.command("reopen")(reopen_command)
    app.command("list")(list_command)
    app.command("show")(show_command)


def _config_and_state(config: Path | None, state: Path | None) -> tuple[Config, Path]:
    from noticewatch.config import load_config
    from noticewatch.service import resolve_state_path

    cfg = load_config(config)
    return cfg, resolve_state_path(cfg, state)


def _act(
    kind: ActionKind,
    item: str,
    config: Path | None,
    state: Path | None,
    by: str | None,
    note: str,
    until: date | None = None,
) -> None:
    from datetime import UTC, datetime

    from noticewatch.lifecycle import ActionKind, default_actor, record_action
    from noticewatch.store import Store

    _, path = _config_and_state(config, state)
    with Store.open(path, create=False) as store:
        done = record_action(store, item, kind, by=by or default_actor(), now=datetime.now(UTC), note=note, until=until)
        what = _describe_item(store, done.item_id)
    extra = f" until {until.isoformat()}" if until else ""
    eprint(f"{kind.value}: {done.item_id} {what}{extra} (by {done.by})")
    if kind is ActionKind.ACK and done.deadline is not None and done.deadline < date.today():
        # An ack lapses at the deadline; acking an overdue item must not look like it silenced it.
        eprint("note: its deadline has passed, so it stays listed as overdue until it is resolved")


def _describe_item(store: Store, item_id: str) -> str:
    found = store.findings(item_id)
    if not found:
        return ""
    f = found[-1]
    return f"{f.kind} {f.vendor} {f.target}"


@error_boundary
def ack_command(
    item: IdArg, note: NoteOpt = "", by: ByOpt = None, state: StateOpt = None, config: ConfigOpt = None
) -> None:
    """Acknowledge an item: someone is on it. It stays listed (marked acked) until resolved or its deadline passes."""
    from noticewatch.lifecycle import ActionKind

    _act(ActionKind.ACK, item, config, state, by, note)


@error_boundary
def snooze_command(
    item: IdArg,
    until: Annotated[
        str, typer.Option("--until", metavar="YYYY-MM-DD", help="Hide the item until this date (YYYY-MM-DD).")
    ],
    note: NoteOpt = "",
    by: ByOpt = None,
    state: StateOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Hide an item from list, check and reminders until a date (shown with --all)."""
    from noticewatch.lifecycle import ActionKind

    try:
        day = date.fromisoformat(until)
    except ValueError:
        raise ConfigError(f"--until: expected YYYY-MM-DD, got {until!r}") from None
    _act(ActionKind.SNOOZE, item, config, state, by, note, until=day)


@error_boundary
def resolve_command(
    item: IdArg, note: NoteOpt = "", by: ByOpt = None, state: StateOpt = None, config: ConfigOpt = None
) -> None:
    """Mark an item done by hand (when no confirmation mail will come)."""
    from noticewatch.lifecycle import ActionKind

    _act(ActionKind.RESOLVE, item, config, state, by, note)


@error_boundary
def reopen_command(
    item: IdArg, note: NoteOpt = "", by: ByOpt = None, state: StateOpt = None, config: ConfigOpt = None
) -> None:
    """Undo ack, snooze and resolve on an item."""
    from noticewatch.lifecycle import ActionKind

    _act(ActionKind.REOPEN, item, config, state, by, note)


@error_boundary
def list_command(
    show_all: Annotated[bool, typer.Option("--all", help="Include resolved and snoozed items.")] = False,
    fmt: Annotated[
        Optional[OutputFormat],  # noqa: UP045
        typer.Option("--format", "-f", help="table, json or markdown. Default: table in a terminal, json otherwise."),
    ] = None,
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--output", "-o", help="Write the list to this file instead of stdout."),
    ] = None,
    today: TodayOpt = None,
    state: StateOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Print the action list from the state file, without touching any mailbox.

    Reminders that could not be delivered are listed as warnings.
    """
    import sys

    from noticewatch.cli.report import visible_items, write_report
    from noticewatch.lifecycle import current_items
    from noticewatch.models import ScanResult, ScanWarning
    from noticewatch.render.formats import default_format
    from noticewatch.store import Store

    day = parse_today(today)
    cfg, path = _config_and_state(config, state)
    with Store.open(path, create=False) as store:
        items = current_items(store, day, cfg.scan.due_soon_days)
        failed = store.failed_deliveries()
    warnings = tuple(
        ScanWarning(
            source=f"route {d.route}, channel {d.channel}",
            problem=f"reminder {d.key} for item {d.item_id} not delivered after {d.attempts} attempt(s): {d.error}",
        )
        for d in failed
    )
    result = visible_items(ScanResult(today=day, items=tuple(items), warnings=warnings), show_all)
    write_report(result, fmt or default_format(output is None and sys.stdout.isatty()), output)


@error_boundary
def show_command(
    item: IdArg,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    today: TodayOpt = None,
    state: StateOpt = None,
    config: ConfigOpt = None,
) -> None:
    """Show one item with its whole history: deadlines, evidence, actions, reminders."""
    import json
    import sys

    from noticewatch.lifecycle import current_items
    from noticewatch.store import Store

    if fmt not in ("text", "json"):
        raise ConfigError(f"--format: expected text or json, got {fmt!r}")
    day = parse_today(today)
    cfg, path = _config_and_state(config, state)
    with Store.open(path, create=False) as store:
        full_id = store.resolve_prefix(item)
        matches = [i for i in current_items(store, day, cfg.scan.due_soon_days) if i.id == full_id]
        details: dict[str, Any] = {
            "history": store.deadline_history(full_id),
            "actions": store.actions(full_id),
            "deliveries": store.deliveries(full_id),
            "snapshot": store.item_snapshots().get(full_id),
        }
    if not matches:
        from noticewatch.errors import StoreError

        raise StoreError(f"item {full_id} has no notice dated on or before {day.isoformat()}")
    if fmt == "json":
        sys.stdout.write(json.dumps(_show_dict(matches[0], day, details), ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console

    _show_text(matches[0], day, details, Console(highlight=False))


def _show_dict(it: Any, day: date, details: dict[str, Any]) -> dict[str, Any]:
    from noticewatch.render.json import item_dict

    out = item_dict(it, day)
    snap = details["snapshot"]
    out["first_seen"] = snap.first_seen.isoformat() if snap else None
    out["last_seen"] = snap.last_seen.isoformat() if snap else None
    out["deadline_history"] = [
        {
            "deadline": h.deadline.isoformat() if h.deadline else None,
            "phases": [{"deadline": p.deadline.isoformat(), "label": p.label} for p in h.phases],
            "date": h.date.isoformat() if h.date else None,
            "message_id": h.message_id,
            "subject": h.subject,
            "excerpt": h.excerpt,
            "rule": h.rule_id,
            "resolves": h.resolves,
        }
        for h in details["history"]
    ]
    out["actions"] = [
        {
            "action": a.action.value,
            "by": a.by,
            "at": a.at.isoformat(),
            "note": a.note,
            "until": a.until.isoformat() if a.until else None,
        }
        for a in details["actions"]
    ]
    out["deliveries"] = [
        {"route": d.route, "channel": d.channel, "key": d.key, "at": d.at.isoformat(), "ok": d.ok, "error": d.error}
        for d in details["deliveries"]
    ]
    return out


def _show_text(it: Any, day: date, details: dict[str, Any], console: Any) -> None:
    from rich.text import Text

    from noticewatch.render.relative import relative_deadline

    def line(text: str, style: str = "") -> None:
        # Text: mail content must never be read as rich markup; soft_wrap keeps long ids unbroken in a pipe.
        console.print(Text(text, style=style), soft_wrap=True)

    status = it.status.value + (" (acked)" if it.acked else "")
    if it.snoozed_until:
        status += f" (snoozed until {it.snoozed_until.isoformat()})"
    if it.suspicious:
        status = "SUSPICIOUS " + status
    line(f"{it.id}  {it.kind}  {it.vendor}  {it.target}", "bold")
    deadline = f"{it.deadline.isoformat()} ({relative_deadline(it.deadline, day)})" if it.deadline else "none given"
    line(f"  status:    {status}")
    line(f"  deadline:  {deadline}")
    for p in it.phases:
        line(f"             {p.deadline.isoformat()} {p.label}")
    line(f"  action:    {it.action}")
    line(f"  rule:      {it.rule}   severity: {it.severity.value}")
    if it.note:
        line(f"  note:      {it.note}")
    for reason in it.suspicious_reasons:
        line(f"  ⚠ {reason}", "magenta")
    snap = details["snapshot"]
    if snap:
        line(
            f"  first seen {snap.first_seen.isoformat(timespec='minutes')}, "
            f"last seen {snap.last_seen.isoformat(timespec='minutes')}"
        )
    line("")
    line("Deadline history (oldest first):", "bold")
    for h in details["history"]:
        when = h.date.isoformat(timespec="minutes") if h.date else "undated mail"
        if h.resolves:
            gave = "confirms it was done"
        elif h.deadline or h.phases:
            gave = "deadline " + (
                h.deadline.isoformat() if h.deadline else ", ".join(p.deadline.isoformat() for p in h.phases)
            )
        else:
            gave = "no deadline"
        line(f"  {when}  {gave}  [{h.rule_id}]")
        line(f"      {h.subject}", "dim")
        line(f"      {h.message_id}", "dim")
        if h.excerpt:
            line(f"      “{h.excerpt}”")
    line("")
    line("Evidence (newest first):", "bold")
    for ev in it.evidence:
        when = ev.date.isoformat(timespec="minutes") if ev.date else "undated"
        line(f"  {when}  {ev.subject}")
        line(f"      {ev.source}", "dim")
    line("")
    line("Actions:", "bold")
    if not details["actions"]:
        line("  none")
    for a in details["actions"]:
        until = f" until {a.until.isoformat()}" if a.until else ""
        note = f" — {a.note}" if a.note else ""
        line(f"  {a.at.isoformat(timespec='minutes')}  {a.action.value}{until} by {a.by}{note}")
    if details["deliveries"]:
        line("")
        line("Reminders:", "bold")
        for d in details["deliveries"]:
            outcome = "sent" if d.ok else f"FAILED: {d.error}"
            line(f"  {d.at.isoformat(timespec='minutes')}  {d.key} via {d.route}/{d.channel}: {outcome}")
