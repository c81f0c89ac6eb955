"""The JSON report: the machine contract of `scan`, `list` and `check --format json`."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from noticewatch.models import ActionItem, Evidence, ScanResult, ScanWarning


def evidence_dict(ev: Evidence) -> dict[str, Any]:
    return {
        "message_id": ev.message_id,
        "subject": ev.subject,
        "date": ev.date.isoformat() if ev.date else None,
        "source": ev.source,
        "excerpt": ev.excerpt,
    }


def item_dict(item: ActionItem, today: date) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind,
        "vendor": item.vendor,
        "target": item.target,
        "deadline": item.deadline.isoformat() if item.deadline else None,
        "status": item.status.value,
        "suspicious": item.suspicious,
        "rule": item.rule,
        "action": item.action,
        "evidence": [evidence_dict(e) for e in item.evidence],
        # Fields beyond the contract:
        "severity": item.severity.value,
        "days_left": (item.deadline - today).days if item.deadline else None,
        "deadline_excerpt": item.deadline_excerpt,
        "phases": [{"deadline": p.deadline.isoformat(), "label": p.label} for p in item.phases],
        "suspicious_reasons": list(item.suspicious_reasons),
        "acked": item.acked,
        "snoozed_until": item.snoozed_until.isoformat() if item.snoozed_until else None,
        "note": item.note,
    }


def warning_dict(w: ScanWarning) -> dict[str, str]:
    return {"source": w.source, "problem": w.problem}


def report_dict(result: ScanResult) -> dict[str, Any]:
    return {
        "today": result.today.isoformat(),
        "items": [item_dict(i, result.today) for i in result.items],
        "warnings": [warning_dict(w) for w in result.warnings],
        "stats": {"messages_read": result.messages_read, "messages_skipped": result.messages_skipped},
    }


def render_json(result: ScanResult) -> str:
    return json.dumps(report_dict(result), ensure_ascii=False, indent=2) + "\n"
