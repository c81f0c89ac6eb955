"""Pack validators beyond the schema: regexes compile under RE2, target groups exist, templates use known
placeholders, sender domains look like domains, example files exist, and warnings for risky constructs.

Each check returns RulePackErrors located at the offending key's line. Errors stop a scan; warnings
(deprecated rules, `\\b` next to Hangul, ...) are shown by `rules validate` and never stop anything.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from noticewatch.errors import RulePackError
from noticewatch.rules.model import Condition, Rule
from noticewatch.rules.regex import compile_pattern

if TYPE_CHECKING:
    from noticewatch.rules.loader import LoadedRule

# Placeholders the action, vendor and fallback templates may use.
ACTION_FIELDS = frozenset(
    {"target", "vendor", "deadline", "kind", "days_left", "rule", "severity", "subject", "to", "sender_domain",
     "sender_org", "date"}
)  # fmt: skip
VENDOR_FIELDS = frozenset({"sender_domain", "sender_org"})
FALLBACK_FIELDS = frozenset({"vendor", "to", "subject", "sender_domain", "sender_org", "kind"})

_DOMAIN = re.compile(r"^(?:\*\.)?(?:[a-z0-9\u0080-\uffff](?:[a-z0-9\u0080-\uffff-]{0,61}[a-z0-9\u0080-\uffff])?\.)+"
                     r"(?:[a-z\u0080-\uffff]{2,63}|xn--[a-z0-9-]{2,59})$")  # fmt: skip
_ASCII_WORD_BOUNDARY_NEAR_NON_ASCII = re.compile(r"\\b[^\x00-\x7f]|[^\x00-\x7f]\\b")


def _template_fields(template: str) -> list[str]:
    try:
        return [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as e:
        raise ValueError(f"broken template {template!r}: {e}") from None


def _conditions(cond: Condition, keys: tuple[str | int, ...]) -> Iterator[tuple[str, list[str], tuple[str | int, ...]]]:
    """(field, patterns, key path) for every pattern list in a condition tree."""
    for name, attr in (("subject", "subject"), ("body", "body"), ("sender", "sender"), ("text", "any_text")):
        pats = getattr(cond, attr)
        if pats:
            yield name, pats, (*keys, name)
    for name, attr in (("all", "all"), ("any", "any"), ("not", "not_")):
        subs = getattr(cond, attr)
        for i, sub in enumerate(subs or ()):
            yield from _conditions(sub, (*keys, name, i))


def check_rule(loaded: LoadedRule, *, examples: bool = True) -> tuple[list[RulePackError], list[RulePackError]]:
    rule: Rule = loaded.rule
    errors: list[RulePackError] = []
    warnings: list[RulePackError] = []

    def err(msg: str, *keys: str | int) -> None:
        errors.append(RulePackError(msg, path=loaded.path, line=loaded.line_of(*keys), rule_id=rule.id))

    def warn(msg: str, *keys: str | int) -> None:
        warnings.append(RulePackError(msg, path=loaded.path, line=loaded.line_of(*keys), rule_id=rule.id))

    # Regular expressions.
    trees: list[tuple[Condition, tuple[str | int, ...]]] = [(rule.match, ("match",))]
    if rule.resolution is not None:
        trees.append((rule.resolution, ("resolution",)))
    if rule.scope is not None:
        trees.append((rule.scope, ("scope",)))
    for tree, keys in trees:
        for _field, pats, path in _conditions(tree, keys):
            for i, p in enumerate(pats):
                _check_pattern(p, loaded, (*path, i), errors, warnings)
    for i, p in enumerate(rule.target.patterns):
        compiled = _check_pattern(p, loaded, ("target", "patterns", i), errors, warnings)
        if compiled is not None and "target" not in compiled:
            err(f"target pattern {p!r} has no named group `target` (write (?P<target>...))", "target", "patterns", i)
    if rule.target.type != "domain" and not rule.target.patterns and rule.target.fallback is None:
        err(f"target type {rule.target.type} needs `patterns` with a (?P<target>...) group or a `fallback`",
            "target")  # fmt: skip

    # Templates.
    for value, allowed, keys in (
        (rule.action, ACTION_FIELDS, ("action",)),
        (rule.vendor, VENDOR_FIELDS, ("vendor",)),
        (rule.target.fallback or "", FALLBACK_FIELDS, ("target", "fallback")),
    ):
        try:
            fields = _template_fields(value)
        except ValueError as e:
            err(str(e), *keys)
            continue
        for f in fields:
            if f not in allowed:
                err(f"unknown placeholder {{{f}}} in {keys[-1]}; known: "
                    + " ".join(f"{{{a}}}" for a in sorted(allowed)), *keys)  # fmt: skip

    # Sender domains.
    if "*" in [s.strip() for s in rule.senders]:
        if len(rule.senders) > 1:
            err('senders: "*" (any authenticated sender) cannot be combined with domains', "senders")
    else:
        for i, s in enumerate(rule.senders):
            if "@" in s or "/" in s or not _DOMAIN.match(s.strip().lower()):
                err(f"sender {s!r} is not a domain name (write gabia.com; subdomains are included)", "senders", i)
    for i, s in enumerate(rule.authenticated_domains or ()):
        if not _DOMAIN.match(s.strip().lower()):
            err(f"authenticated domain {s!r} is not a domain name", "authenticated_domains", i)

    # Deadlines.
    if rule.deadline.required and rule.deadline.if_missing:
        warn("deadline.required has no effect with deadline.if_missing (a deadline always exists)", "deadline")

    # Examples.
    base = Path(loaded.path).parent
    for i, ex in enumerate(rule.examples):
        if examples and not (base / ex.file).is_file():
            err(f"example file not found: {ex.file} (relative to the pack file)", "examples", i, "file")
        if ex.today is not None:
            try:
                date.fromisoformat(ex.today)
            except ValueError:
                err(f"example today {ex.today!r} is not YYYY-MM-DD", "examples", i, "today")
        for j, exp in enumerate(ex.expect):
            if exp.deadline is not None and exp.deadline != "none":
                try:
                    date.fromisoformat(exp.deadline)
                except ValueError:
                    err(f"expected deadline {exp.deadline!r} is not YYYY-MM-DD or none",
                        "examples", i, "expect", j, "deadline")  # fmt: skip
            if exp.kind is not None and exp.kind != rule.kind:
                warn(f"example expects kind {exp.kind!r} but the rule reports {rule.kind!r}",
                     "examples", i, "expect", j, "kind")  # fmt: skip

    if rule.status == "deprecated":
        warn("rule is deprecated", "status")
    return errors, warnings


def _check_pattern(
    pattern: str,
    loaded: LoadedRule,
    keys: tuple[str | int, ...],
    errors: list[RulePackError],
    warnings: list[RulePackError],
) -> frozenset[str] | None:
    line = loaded.line_of(*keys)
    try:
        compiled = compile_pattern(pattern, path=loaded.path, line=line, rule_id=loaded.id)
    except RulePackError as e:
        errors.append(e)
        return None
    if _ASCII_WORD_BOUNDARY_NEAR_NON_ASCII.search(pattern):
        warnings.append(
            RulePackError(
                f"pattern {pattern!r}: \\b is an ASCII word boundary: next to Hangul it only matches beside "
                "an ASCII letter or digit, never a space. Drop it (Korean words take particles anyway)",
                path=loaded.path,
                line=line,
                rule_id=loaded.id,
            )
        )
    return compiled.group_names


def check_rules(
    rules: Sequence[LoadedRule], *, examples: bool = True
) -> tuple[list[RulePackError], list[RulePackError]]:
    """Errors and warnings of every rule. `examples=False` skips the example-file check: a scan does not
    need the examples, and must not refuse to run because one is missing."""
    errors: list[RulePackError] = []
    warnings: list[RulePackError] = []
    for r in rules:
        e, w = check_rule(r, examples=examples)
        errors += e
        warnings += w
    return errors, warnings
