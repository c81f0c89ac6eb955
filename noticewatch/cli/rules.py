"""CLI: `noticewatch rules list|validate|test|drift` and `noticewatch explain MAIL`.

Thin: options -> config -> one library call (rules.loader / rules.testing / rules.drift / Engine.explain)
-> render -> exit code. Tables and reports go to stdout, summaries to stderr.
"""

from __future__ import annotations

import enum
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from noticewatch.cli.common import ConfigOpt, error_boundary, parse_today
from noticewatch.exitcodes import ExitCode

if TYPE_CHECKING:
    from rich.console import Console

    from noticewatch.config import Config
    from noticewatch.errors import RulePackError
    from noticewatch.rules.drift import DriftReport
    from noticewatch.rules.engine import Engine, Explanation
    from noticewatch.rules.loader import RuleSet
    from noticewatch.rules.testing import RuleTestResult


class ListFormat(enum.StrEnum):
    TABLE = "table"
    JSON = "json"


RulesOpt = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--rules", metavar="PATH", help="Extra rule pack file or folder (repeatable)."),
]
FormatOpt = Annotated[ListFormat, typer.Option("--format", "-f", help="table or json.")]
PackPathsArg = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Argument(
        metavar="PATH",
        help="Rule pack files or folders. Default: the built-in packs plus the packs in the config and --rules.",
        show_default=False,
    ),
]

rules_app = typer.Typer(
    help="Inspect, validate and test rule packs; find vendor mail no rule matches.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def register(app: typer.Typer) -> None:
    """Add `rules ...` and `explain` to the app."""
    app.add_typer(rules_app, name="rules")
    app.command("explain")(explain_command)


def _out() -> Console:
    from rich.console import Console

    # Piped output keeps whole ids and patterns instead of rich's 80-column guess.
    return Console(highlight=False, width=None if sys.stdout.isatty() else 200)


def _err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _config(path: Path | None) -> Config:
    from noticewatch.config import load_config

    return load_config(path)


def _ruleset(config: Path | None, rules: list[Path] | None, paths: list[Path] | None = None) -> RuleSet:
    """Packs given as PATHs alone, or else the packs a scan would use."""
    from noticewatch.rules.loader import load_paths, load_ruleset

    if paths:
        _require_paths(paths)
        return load_paths([*paths, *(rules or [])])
    return load_ruleset(_config(config).rules, rules or [])


def _require_paths(paths: list[Path]) -> None:
    from noticewatch.errors import InputError

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InputError(f"no such file or folder: {', '.join(missing)}")


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# -------------------------------------------------------------------------------------------- rules list


@rules_app.command("list")
@error_boundary
def list_command(
    config: ConfigOpt = None,
    rules: RulesOpt = None,
    fmt: FormatOpt = ListFormat.TABLE,
) -> None:
    """List packs and rules: id, kind, vendor, languages, status, enabled."""
    ruleset = _ruleset(config, rules)
    rows: list[dict[str, Any]] = []
    overridden = {id(r) for r in ruleset.overridden}
    for r in [*ruleset.rules, *ruleset.disabled, *ruleset.overridden]:
        rows.append(
            {
                "id": r.id,
                "pack": r.pack,
                "kind": r.rule.kind,
                "vendor": r.rule.vendor,
                "severity": r.rule.severity.value,
                "languages": list(r.rule.languages),
                "status": r.rule.status,
                "enabled": r in ruleset.rules,
                "builtin": r.builtin,
                "overrides": r.overrides,
                "overridden": id(r) in overridden,
                "senders": list(r.rule.senders),
                "location": r.location,
            }
        )
    if fmt is ListFormat.JSON:
        packs = [
            {"name": p.name, "version": p.version, "builtin": p.builtin, "enabled": p.enabled, "path": p.path,
             "description": p.description, "rules": list(p.rule_ids)}
            for p in ruleset.packs
        ]  # fmt: skip
        _print_json({"packs": packs, "rules": rows})
        return
    from rich.table import Table

    out = _out()
    for p in ruleset.packs:
        state = "enabled" if p.enabled else "disabled"
        origin = "built-in" if p.builtin else "user"
        out.print(f"pack {p.name} v{p.version} ({origin}, {state}) {p.path}: {len(p.rule_ids)} rule(s)")
    table = Table(show_lines=False)
    for col in ("id", "kind", "vendor", "languages", "status", "enabled"):
        table.add_column(col)
    for row in rows:
        note = " (overrides built-in)" if row["overrides"] else (" (overridden)" if row["overridden"] else "")
        table.add_row(
            f"{row['id']}{note}", row["kind"], row["vendor"], ",".join(row["languages"]), row["status"],
            "yes" if row["enabled"] else "no",
        )  # fmt: skip
    out.print(table)


# ---------------------------------------------------------------------------------------- rules validate


@rules_app.command("validate")
@error_boundary
def validate_command(
    paths: PackPathsArg = None,
    config: ConfigOpt = None,
    rules: RulesOpt = None,
) -> None:
    """Check packs: schema, regexes (RE2), ids, templates, sender domains, example files.

    Prints every error with file:line. Exit codes: 0 valid, 1 errors found, 2 usage error.
    """
    from noticewatch.rules.loader import check_configured, check_paths

    if paths:
        _require_paths(paths)
        errors, warnings = check_paths([*paths, *(rules or [])])
    else:
        errors, warnings = check_configured(_config(config).rules, rules or [])
    for e in errors:
        sys.stdout.write(f"error: {_where(e)}\n")
    for w in warnings:
        sys.stdout.write(f"warning: {_where(w)}\n")
    _err().print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    raise typer.Exit(int(ExitCode.POLICY_BREACH) if errors else int(ExitCode.OK))


def _where(e: RulePackError) -> str:
    return str(e)


# -------------------------------------------------------------------------------------------- rules test


@rules_app.command("test")
@error_boundary
def test_command(
    paths: PackPathsArg = None,
    config: ConfigOpt = None,
    rules: RulesOpt = None,
    rule_id: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--rule", help="Only this rule id (repeatable)."),
    ] = None,
    fmt: FormatOpt = ListFormat.TABLE,
) -> None:
    """Run every rule's example mails (positive and negative) and report pass/fail per rule.

    Exit codes: 0 all pass, 1 a rule failed, 2 a pack is broken or a path is wrong.
    """
    from noticewatch.rules.testing import run_rule_tests

    ruleset = _ruleset(config, rules, paths)
    trusted = [] if paths else _config(config).rules.trusted_authserv_ids
    results = run_rule_tests(ruleset, trusted_authserv_ids=trusted, only=rule_id or ())
    failed = [r for r in results if not r.passed]
    if fmt is ListFormat.JSON:
        _print_json({"passed": not failed, "rules": [_test_json(r) for r in results]})
    else:
        _print_tests(results)
    _err().print(f"{len(results) - len(failed)} rule(s) passed, {len(failed)} failed")
    raise typer.Exit(int(ExitCode.POLICY_BREACH) if failed else int(ExitCode.OK))


def _test_json(r: RuleTestResult) -> dict[str, Any]:
    return {
        "rule": r.rule_id,
        "pack": r.pack,
        "location": r.location,
        "passed": r.passed,
        "problems": list(r.problems),
        "examples": [
            {
                "file": e.file,
                "positive": e.positive,
                "passed": e.passed,
                "problems": list(e.problems),
                "found": [
                    {
                        "kind": f.kind,
                        "target": f.target,
                        "deadline": f.deadline.isoformat() if f.deadline else None,
                        "suspicious": f.suspicious,
                        "resolves": f.resolves,
                    }
                    for f in e.found
                ],
            }
            for e in r.examples
        ],
    }


def _print_tests(results: list[RuleTestResult]) -> None:
    out = _out()
    for r in results:
        n_pos = sum(e.positive for e in r.examples)
        n_neg = len(r.examples) - n_pos
        status = "PASS" if r.passed else "FAIL"
        out.print(f"{status} {r.rule_id} ({n_pos} positive, {n_neg} negative)", markup=False)
        for p in r.problems:
            out.print(f"    {p}", markup=False)
        for e in r.examples:
            if not e.passed:
                for p in e.problems:
                    out.print(f"    {e.file}: {p}", markup=False)


# ------------------------------------------------------------------------------------------- rules drift


@rules_app.command("drift")
@error_boundary
def drift_command(
    sources: Annotated[
        list[Path], typer.Argument(metavar="SOURCE", help="Mail to read: .eml files, folders, mbox, Maildir.")
    ],
    config: ConfigOpt = None,
    rules: RulesOpt = None,
    fmt: FormatOpt = ListFormat.TABLE,
) -> None:
    """Mail from known vendor sender domains that no vendor rule matched, grouped by sender and subject.

    The early warning that a vendor changed its wording. Exit code 0 (it is a report).
    """
    from noticewatch.rules.drift import collect_drift

    cfg = _config(config)
    engine = _engine(cfg, rules)
    _require_paths(sources)
    report = collect_drift(_messages(sources), engine)
    if fmt is ListFormat.JSON:
        _print_json(_drift_json(report))
    else:
        _print_drift(report)
    _err().print(
        f"{report.messages} mail(s) read, {report.vendor_mail} from known vendors, {report.matched} matched, "
        f"{report.unmatched} unmatched in {len(report.groups)} group(s)"
    )


def _engine(cfg: Config, rules: list[Path] | None, today: date | None = None) -> Engine:
    from noticewatch.rules.engine import Engine
    from noticewatch.rules.loader import load_ruleset

    ruleset = load_ruleset(cfg.rules, rules or [])
    return Engine(ruleset, trusted_authserv_ids=cfg.rules.trusted_authserv_ids, today=today)


def _messages(paths: list[Path]) -> Any:
    """Parsed messages from mail files; unreadable ones are reported on stderr and skipped."""
    from noticewatch.models import ScanWarning, SkippedMessage
    from noticewatch.parse import parse_message
    from noticewatch.sources.files import open_sources

    err = _err()
    for source in open_sources(paths):
        for raw in source.messages():
            if isinstance(raw, ScanWarning):
                err.print(f"warning: {raw.source}: {raw.problem}", markup=False)
                continue
            parsed = parse_message(raw)
            if isinstance(parsed, SkippedMessage):
                err.print(f"warning: {parsed.source}: {parsed.reason}", markup=False)
                continue
            yield parsed


def _drift_json(report: DriftReport) -> dict[str, Any]:
    return {
        "messages": report.messages,
        "vendor_mail": report.vendor_mail,
        "matched": report.matched,
        "groups": [
            {"sender_domain": g.sender_domain, "vendor": g.vendor, "subject": g.subject, "count": g.count,
             "bulk": g.bulk, "newest": g.newest.isoformat() if g.newest else None,
             "sample_subject": g.sample_subject, "examples": g.examples}
            for g in report.groups
        ],
    }  # fmt: skip


def _print_drift(report: DriftReport) -> None:
    from rich.table import Table

    out = _out()
    if not report.groups:
        out.print("No unmatched mail from known vendor domains.")
        return
    table = Table()
    for col in ("count", "sender domain", "vendor", "subject (normalised)", "newest", "example"):
        table.add_column(col)
    for g in report.groups:
        table.add_row(
            str(g.count), g.sender_domain, g.vendor, g.subject, g.newest.date().isoformat() if g.newest else "",
            g.examples[0] if g.examples else "",
        )  # fmt: skip
    out.print(table)


# ------------------------------------------------------------------------------------------------ explain


class ExplainFormat(enum.StrEnum):
    TEXT = "text"
    JSON = "json"


@error_boundary
def explain_command(
    mail: Annotated[
        list[Path], typer.Argument(metavar="MAIL", help="A mail file (.eml), or an mbox/Maildir/folder: each mail.")
    ],
    config: ConfigOpt = None,
    rules: RulesOpt = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list rules that did not match at all.")] = False,
    fmt: Annotated[ExplainFormat, typer.Option("--format", "-f", help="text or json.")] = ExplainFormat.TEXT,
    today: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--today", metavar="YYYY-MM-DD", help="Fix 'now' (YYYY-MM-DD) for {days_left} in actions."),
    ] = None,
) -> None:
    """Explain one mail: which rules matched or nearly matched, what was extracted from which line, why
    this deadline, and whether the sender is trusted."""
    _require_paths(mail)
    cfg = _config(config)
    engine = _engine(cfg, rules, parse_today(today) if today else None)
    explanations = [engine.explain(m) for m in _messages(mail)]
    if not explanations:
        from noticewatch.errors import InputError

        raise InputError(f"no mail found in {', '.join(map(str, mail))}")
    if fmt is ExplainFormat.JSON:
        _print_json([_explanation_json(e, show_all) for e in explanations])
        return
    for i, e in enumerate(explanations):
        if i:
            sys.stdout.write("\n")
        sys.stdout.write(render_explanation(e, show_all))


def _explanation_json(e: Explanation, show_all: bool) -> dict[str, Any]:
    from noticewatch.rules.engine import Verdict

    return {
        "source": e.source,
        "message_id": e.message_id,
        "subject": e.subject,
        "sender": e.sender,
        "date": e.date.isoformat() if e.date else None,
        "senders_considered": list(e.senders_considered),
        "authentication": list(e.authentication),
        "notes": list(e.notes),
        "rules": [
            {"rule": r.rule_id, "pack": r.pack, "verdict": r.verdict.value, "steps": list(r.steps)}
            for r in e.rules
            if show_all or r.verdict is not Verdict.NO
        ],
        "findings": [
            {
                "rule": f.rule_id,
                "kind": f.kind,
                "vendor": f.vendor,
                "target": f.target,
                "deadline": f.deadline.isoformat() if f.deadline else None,
                "phases": [{"deadline": p.deadline.isoformat(), "label": p.label} for p in f.phases],
                "suspicious": f.suspicious,
                "suspicious_reasons": list(f.suspicious_reasons),
                "resolves": f.resolves,
                "action": f.action,
                "excerpt": f.evidence.excerpt,
                "explanation": list(f.explanation),
            }
            for f in e.findings
        ],
    }


def render_explanation(e: Explanation, show_all: bool = False) -> str:
    from noticewatch.rules.engine import Verdict

    lines = [
        f"mail     {e.source}",
        f"subject  {e.subject}",
        f"from     {e.sender}",
        f"date     {e.date.isoformat() if e.date else '(none)'}",
    ]
    if len(e.senders_considered) > 1:
        lines.append("senders  " + "; ".join(e.senders_considered))
    lines += [f"auth     {a}" if i == 0 else f"         {a}" for i, a in enumerate(e.authentication)]
    lines += [f"note     {n}" for n in e.notes]
    lines.append("")
    if e.findings:
        lines.append(f"{len(e.findings)} finding(s):")
        for f in e.findings:
            flag = " SUSPICIOUS" if f.suspicious else (" (resolves)" if f.resolves else "")
            dl = f.deadline.isoformat() if f.deadline else "none"
            lines.append(f"  {f.rule_id}: {f.kind} {f.vendor} {f.target} deadline {dl}{flag}")
            lines.append(f"    action:  {f.action}")
            lines.append(f"    excerpt: {f.evidence.excerpt}")
    else:
        lines.append("no finding.")
    shown = [r for r in e.rules if show_all or r.verdict is not Verdict.NO]
    hidden = len(e.rules) - len(shown)
    for r in shown:
        lines.append("")
        lines.append(f"rule {r.rule_id} [{r.pack}]: {r.verdict.value}")
        lines += [f"  {s}" for s in r.steps]
    if hidden:
        lines.append("")
        lines.append(f"{hidden} other rule(s) did not apply to this sender (--all shows them).")
    return "\n".join(lines) + "\n"
