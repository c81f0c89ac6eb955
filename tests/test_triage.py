from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from noticewatch.models import Evidence, Finding, Phase, Severity, Status
from noticewatch.triage import build_items, effective_deadline, item_id, status_for

KST = timezone(timedelta(hours=9))
TODAY = date(2026, 11, 23)


def finding(
    sent: datetime,
    deadline: date | None,
    *,
    target: str = "example-shop.co.kr",
    resolves: bool = False,
    suspicious: bool = False,
    phases: tuple[Phase, ...] = (),
    severity: Severity = Severity.HIGH,
    mid: str | None = None,
) -> Finding:
    return Finding(
        rule_id="gabia-domain-expiry",
        kind="domain-expiry",
        vendor="Gabia",
        target=target,
        severity=severity,
        deadline=deadline,
        phases=phases,
        action=f"Renew {target} at Gabia before {deadline}",
        evidence=Evidence(
            message_id=mid or f"<{sent.isoformat()}@gabia.com>",
            subject="도메인 만료 안내",
            date=sent,
            source=f"inbox/{sent:%m%d}.eml",
            excerpt=f"만료일: {deadline}",
        ),
        resolves=resolves,
        suspicious=suspicious,
    )


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (date(2026, 11, 22), Status.OVERDUE),
        (date(2026, 11, 23), Status.DUE_SOON),
        (date(2026, 12, 7), Status.DUE_SOON),
        (date(2026, 12, 8), Status.UPCOMING),
        (None, Status.UNDATED),
    ],
)
def test_status_boundaries(deadline: date | None, expected: Status) -> None:
    assert status_for(deadline, TODAY, 14) is expected


def test_findings_about_the_same_target_merge_and_newest_notice_sets_deadline() -> None:
    first = finding(datetime(2026, 10, 1, 9, tzinfo=KST), date(2026, 12, 1))
    moved = finding(datetime(2026, 11, 20, 9, tzinfo=KST), date(2026, 12, 15))
    other = finding(datetime(2026, 11, 1, 9, tzinfo=KST), date(2026, 11, 30), target="other.com")
    items = build_items([moved, other, first], TODAY)
    assert [i.target for i in items] == ["other.com", "example-shop.co.kr"]
    shop = items[1]
    assert shop.deadline == date(2026, 12, 15)
    assert shop.status is Status.UPCOMING
    assert [e.date for e in shop.evidence] == [moved.evidence.date, first.evidence.date]
    assert shop.id == item_id("domain-expiry", "Gabia", "EXAMPLE-shop.co.kr.")


def test_resolution_after_notice_resolves_and_later_notice_reopens() -> None:
    notice = finding(datetime(2026, 11, 1, tzinfo=KST), date(2026, 11, 20))
    receipt = finding(datetime(2026, 11, 10, tzinfo=KST), None, resolves=True)
    assert build_items([notice, receipt], TODAY)[0].status is Status.RESOLVED
    again = finding(datetime(2026, 11, 15, tzinfo=KST), date(2026, 11, 21))
    reopened = build_items([notice, receipt, again], TODAY)[0]
    assert reopened.status is Status.OVERDUE
    assert reopened.deadline == date(2026, 11, 21)


def test_phishing_never_merges_into_the_real_item() -> None:
    real = finding(datetime(2026, 11, 1, tzinfo=KST), date(2026, 12, 15))
    fake = finding(datetime(2026, 11, 21, tzinfo=KST), date(2026, 11, 24), suspicious=True)
    items = build_items([real, fake], TODAY)
    assert len(items) == 2
    assert items[0].suspicious is False and items[0].deadline == date(2026, 12, 15)
    assert items[1].suspicious is True


def test_first_phase_not_yet_past_is_the_deadline() -> None:
    phases = (Phase(date(2026, 11, 1), "1차 종료"), Phase(date(2027, 3, 1), "2차 종료"))
    assert effective_deadline(phases, date(2026, 11, 1), TODAY) == date(2027, 3, 1)
    assert effective_deadline(phases, date(2026, 11, 1), date(2026, 10, 1)) == date(2026, 11, 1)
    assert effective_deadline(phases, None, date(2027, 4, 1)) == date(2027, 3, 1)


def test_mail_after_today_is_ignored_for_reproducibility() -> None:
    early = finding(datetime(2026, 11, 1, tzinfo=KST), date(2026, 12, 1))
    late = finding(datetime(2026, 11, 25, tzinfo=KST), date(2027, 1, 1))
    items = build_items([early, late], TODAY)
    assert items[0].deadline == date(2026, 12, 1)


def test_duplicate_evidence_from_the_same_mail_is_listed_once() -> None:
    sent = datetime(2026, 11, 1, tzinfo=KST)
    a = finding(sent, date(2026, 12, 1), mid="<same@x>")
    items = build_items([a, a], TODAY)
    assert len(items[0].evidence) == 1


def test_urgency_order_overdue_first_then_due_soon_upcoming_undated_resolved() -> None:
    sent = datetime(2026, 11, 1, tzinfo=KST)
    fs = [
        finding(sent, None, target="undated.com"),
        finding(sent, date(2027, 6, 1), target="later.com"),
        finding(sent, date(2026, 11, 2), target="late.com"),
        finding(sent, date(2026, 11, 30), target="soon.com"),
        finding(sent, date(2026, 11, 10), target="done.com"),
        finding(datetime(2026, 11, 5, tzinfo=KST), None, target="done.com", resolves=True),
    ]
    order = [(i.target, i.status) for i in build_items(fs, TODAY)]
    assert order == [
        ("late.com", Status.OVERDUE),
        ("soon.com", Status.DUE_SOON),
        ("later.com", Status.UPCOMING),
        ("undated.com", Status.UNDATED),
        ("done.com", Status.RESOLVED),
    ]


def test_suspicious_item_never_repeats_the_phishing_call_to_action() -> None:
    fake = finding(datetime(2026, 11, 21, tzinfo=KST), date(2026, 11, 24), suspicious=True)
    item = build_items([fake], TODAY)[0]
    assert "phishing" in item.action and "Renew" not in item.action


def test_one_mail_in_two_folders_is_one_piece_of_evidence() -> None:
    sent = datetime(2026, 11, 1, tzinfo=KST)
    inbox = finding(sent, date(2026, 12, 1), mid="<same@gabia.com>")
    archive = replace(inbox, evidence=replace(inbox.evidence, source="imap://ops@mail/All Mail;UID=9"))
    assert len(build_items([inbox, archive], TODAY)[0].evidence) == 1
