"""JUnit XML for CI dashboards: one test case per item, a failure for each item the check policy fails.

Resolved and snoozed items are skipped test cases (visible, not red); suspicious items are skipped with the
reasons, since they are warnings rather than due work.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Collection, Sequence
from datetime import date

from noticewatch.models import ActionItem, ScanWarning, Status


def _case_name(item: ActionItem) -> str:
    return f"{item.vendor} {item.target} [{item.id}]"


def _details(item: ActionItem) -> str:
    lines = [
        f"id: {item.id}",
        f"kind: {item.kind}",
        f"vendor: {item.vendor}",
        f"target: {item.target}",
        f"deadline: {item.deadline.isoformat() if item.deadline else 'none given'}",
        f"status: {item.status.value}" + (" (acked)" if item.acked else ""),
        f"action: {item.action}",
        f"rule: {item.rule}",
    ]
    if item.deadline_excerpt:
        lines.append(f"deadline line: {item.deadline_excerpt}")
    lines += [f"evidence: {ev.subject} ({ev.source})" for ev in item.evidence]
    return "\n".join(lines)


def render_junit(
    items: Sequence[ActionItem],
    failing: Collection[str],
    today: date,
    warnings: Sequence[ScanWarning] = (),
    reasons: dict[str, str] | None = None,
) -> str:
    """`failing` holds the ids of the items that fail; `reasons` an optional one-line reason per failing id."""
    from noticewatch.checkpolicy import describe_failure

    reasons = reasons or {}
    suite = ET.Element("testsuite", name="noticewatch", timestamp=f"{today.isoformat()}T00:00:00")
    n_fail = n_skip = 0
    for it in items:
        case = ET.SubElement(suite, "testcase", classname=f"noticewatch.{it.kind}", name=_case_name(it), time="0")
        if it.id in failing:
            n_fail += 1
            reason = reasons.get(it.id) or describe_failure(it, today)
            failure = ET.SubElement(case, "failure", message=f"{reason} — {it.action}", type=it.status.value)
            failure.text = _details(it)
        elif it.suspicious:
            n_skip += 1
            why = "; ".join(it.suspicious_reasons) or "does not come from the vendor"
            ET.SubElement(case, "skipped", message=f"suspicious notice, not treated as due work: {why}")
        elif it.status is Status.RESOLVED:
            n_skip += 1
            ET.SubElement(case, "skipped", message="resolved" + (f": {it.note}" if it.note else ""))
        elif it.snoozed_until is not None and it.snoozed_until > today:
            n_skip += 1
            ET.SubElement(case, "skipped", message=f"snoozed until {it.snoozed_until.isoformat()}")
        out = ET.SubElement(case, "system-out")
        out.text = _details(it)
    n_err = 0
    for w in warnings:
        if not w.unreachable:
            continue
        # A mailbox that could not be read is an error case: CI must not read the run as all green.
        n_err += 1
        case = ET.SubElement(suite, "testcase", classname="noticewatch.source", name=w.source, time="0")
        error = ET.SubElement(case, "error", message=w.problem, type="unreachable")
        error.text = f"{w.source}: {w.problem}"
    suite.set("tests", str(len(items) + n_err))
    suite.set("failures", str(n_fail))
    suite.set("errors", str(n_err))
    suite.set("skipped", str(n_skip))
    suite.set("time", "0")
    root = ET.Element(
        "testsuites",
        name="noticewatch check",
        tests=suite.get("tests", "0"),
        failures=str(n_fail),
        errors=str(n_err),
        skipped=str(n_skip),
        time="0",
    )
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
