"""`rules test`: run every rule's example mails and compare what it finds with what the pack expects.

Like `promtool test rules` / `semgrep --test`: a positive example lists the expected findings (kind,
target, deadline, suspicious, resolves), a negative one lists none. Examples run through the whole rule
set, as in a scan, so a rule that another rule shadows fails its own examples. Every rule needs at least
one positive and one negative example.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from noticewatch.models import Finding, Message, RawMessage, SkippedMessage
from noticewatch.rules.engine import Engine
from noticewatch.rules.loader import LoadedRule, RuleSet
from noticewatch.rules.model import ExampleExpectation, RuleExample

Parser = Callable[[RawMessage], Message | SkippedMessage]


@dataclass(frozen=True, slots=True)
class ExampleResult:
    file: str
    positive: bool
    passed: bool
    problems: tuple[str, ...]
    found: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class RuleTestResult:
    rule_id: str
    pack: str
    location: str
    examples: tuple[ExampleResult, ...]
    problems: tuple[str, ...]  # rule-level problems (missing positive/negative example)

    @property
    def passed(self) -> bool:
        return not self.problems and all(e.passed for e in self.examples)


def _describe(f: Finding) -> str:
    flags = "".join((", suspicious" if f.suspicious else "", ", resolves" if f.resolves else ""))
    dl = f.deadline.isoformat() if f.deadline else "none"
    return f"{f.kind} {f.target!r} deadline {dl}{flags}"


def _norm(target: str) -> str:
    return " ".join(target.strip().rstrip(".").lower().split())


def _deadline_of(f: Finding, today: date | None) -> str:
    from noticewatch.triage import effective_deadline

    d = effective_deadline(f.phases, f.deadline, today) if today is not None else f.deadline
    return d.isoformat() if d else "none"


def _fits(f: Finding, exp: ExampleExpectation, today: date | None) -> bool:
    return (
        (exp.kind is None or exp.kind == f.kind)
        and (exp.target is None or _norm(exp.target) == _norm(f.target))
        and (exp.deadline is None or exp.deadline == _deadline_of(f, today))
        and exp.suspicious == f.suspicious
        and exp.resolves == f.resolves
    )


def compare(found: Sequence[Finding], expected: Sequence[ExampleExpectation], today: date | None) -> list[str]:
    """Problems (empty when the findings are exactly the expected ones, in any order)."""
    problems: list[str] = []
    left = list(found)
    for exp in expected:
        match = next((f for f in left if _fits(f, exp, today)), None)
        if match is None:
            want = exp.model_dump(exclude_defaults=True) or {"kind": "any"}
            got = "; ".join(_describe(f) for f in left) or "nothing"
            problems.append(f"expected {want}, found {got}")
        else:
            left.remove(match)
    if not expected and left:
        problems.append("expected no finding, found " + "; ".join(_describe(f) for f in left))
    elif left:
        problems.append("unexpected extra finding(s): " + "; ".join(_describe(f) for f in left))
    return problems


class _Engines:
    """One engine per `today` (only {days_left} depends on it)."""

    def __init__(self, ruleset: RuleSet, trusted_authserv_ids: Sequence[str]) -> None:
        self._ruleset = ruleset
        self._trusted = tuple(trusted_authserv_ids)
        self._by_today: dict[date | None, Engine] = {}

    def get(self, today: date | None) -> Engine:
        if today not in self._by_today:
            self._by_today[today] = Engine(self._ruleset, trusted_authserv_ids=self._trusted, today=today)
        return self._by_today[today]


def _run_example(loaded: LoadedRule, ex: RuleExample, engines: _Engines, parse: Parser) -> ExampleResult:
    path = Path(loaded.path).parent / ex.file
    positive = bool(ex.expect)
    try:
        data = path.read_bytes()
    except OSError as e:
        return ExampleResult(ex.file, positive, False, (f"cannot read example: {e.strerror or e}",), ())
    parsed = parse(RawMessage(source=str(path), data=data))
    if isinstance(parsed, SkippedMessage):
        return ExampleResult(ex.file, positive, False, (f"example mail cannot be parsed: {parsed.reason}",), ())
    today = date.fromisoformat(ex.today) if ex.today else None
    found = tuple(f for f in engines.get(today).evaluate(parsed) if f.rule_id == loaded.id)
    problems = compare(found, ex.expect, today)
    return ExampleResult(ex.file, positive, not problems, tuple(problems), found)


def run_rule_tests(
    ruleset: RuleSet,
    *,
    trusted_authserv_ids: Sequence[str] = (),
    only: Sequence[str] = (),
    parse: Parser | None = None,
) -> list[RuleTestResult]:
    """Run the examples of every enabled rule (or only the rule ids in `only`)."""
    if parse is None:
        from noticewatch.parse import parse_message

        parse = parse_message
    engines = _Engines(ruleset, trusted_authserv_ids)
    results: list[RuleTestResult] = []
    for loaded in ruleset.rules:
        if only and loaded.id not in only:
            continue
        examples = tuple(_run_example(loaded, ex, engines, parse) for ex in loaded.rule.examples)
        problems = []
        if not any(e.positive for e in examples):
            problems.append("no positive example (an example with `expect`)")
        if not any(not e.positive for e in examples):
            problems.append("no negative example (an example without `expect`)")
        results.append(RuleTestResult(loaded.id, loaded.pack, loaded.location, examples, tuple(problems)))
    return results
