"""The reminder schedule, computed without sending anything: which key goes out on which day."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

import pytest
from pydantic import ValidationError
from test_escalate_support import KST, at, days, make_item, make_route

from noticewatch.config import RouteConfig
from noticewatch.escalate.policy import (
    Plan,
    Reminder,
    ReminderKind,
    in_quiet_hours,
    parse_quiet_hours,
    plan_reminders,
    route_matches,
)
from noticewatch.models import ActionItem, Severity, Status

START = date(2026, 11, 10)
DEADLINE = date(2026, 12, 15)


class SentLog:
    """Delivered reminders, as the store keeps them: (item, route, channel, key)."""

    def __init__(self) -> None:
        self.sent: set[tuple[str, str, str, str]] = set()

    def __call__(self, item_id: str, route: str, channel: str, key: str) -> bool:
        return (item_id, route, channel, key) in self.sent

    def deliver(self, plan: Plan) -> list[Reminder]:
        for r in plan.due:
            for key in r.covers:
                self.sent.add((r.item.id, r.route, r.channel, key))
        return list(plan.due)


def simulate(
    items: list[ActionItem], routes: list[RouteConfig], run_days: list[date], runs_per_day: int = 3
) -> dict[str, list[str]]:
    """Run the policy several times a day (cron every few hours); return {day: [keys sent]}."""
    log = SentLog()
    out: dict[str, list[str]] = {}
    for day in run_days:
        for hour in (9, 12, 18)[:runs_per_day]:
            for r in log.deliver(plan_reminders(items, routes, at(day, hour), log)):
                out.setdefault(day.isoformat(), []).append(r.key)
    return out


def test_forty_days_first_seen_then_each_point_then_daily_overdue_and_nothing_twice() -> None:
    sent = simulate([make_item()], [make_route()], days(START, 40))
    assert sent == {
        "2026-11-10": ["first-seen"],
        "2026-11-15": ["T-30:2026-12-15"],
        "2026-12-01": ["T-14:2026-12-15"],
        "2026-12-08": ["T-7:2026-12-15"],
        "2026-12-12": ["T-3:2026-12-15"],
        "2026-12-14": ["T-1:2026-12-15"],
        "2026-12-15": ["T-0:2026-12-15"],
        "2026-12-16": ["overdue:2026-12-16"],
        "2026-12-17": ["overdue:2026-12-17"],
        "2026-12-18": ["overdue:2026-12-18"],
        "2026-12-19": ["overdue:2026-12-19"],
    }


def test_missed_runs_send_only_the_latest_point_passed() -> None:
    # cron was down: runs on three days only; no burst of the points missed in between.
    sent = simulate([make_item()], [make_route()], [START, date(2026, 12, 3), date(2026, 12, 13)])
    assert sent == {
        "2026-11-10": ["first-seen"],
        "2026-12-03": ["T-14:2026-12-15"],
        "2026-12-13": ["T-3:2026-12-15"],
    }


def test_first_seen_covers_points_already_passed() -> None:
    # First seen 5 days before the deadline: one "new" notice, then T-3 on its day, not a late T-7.
    log = SentLog()
    item = make_item()
    first = log.deliver(plan_reminders([item], [make_route()], at(date(2026, 12, 10)), log))
    assert [(r.kind, r.key, r.covers) for r in first] == [
        (ReminderKind.NEW, "first-seen", ("first-seen", "T-7:2026-12-15"))
    ]
    assert log.deliver(plan_reminders([item], [make_route()], at(date(2026, 12, 11)), log)) == []
    again = log.deliver(plan_reminders([item], [make_route()], at(date(2026, 12, 12)), log))
    assert [r.key for r in again] == ["T-3:2026-12-15"]


def test_custom_points_and_overdue_every_three_days() -> None:
    route = make_route(remind_days=[10, 2], overdue_every_days=3, first_seen=False)
    sent = simulate([make_item()], [route], days(date(2026, 12, 1), 25))
    assert sent == {
        "2026-12-05": ["T-10:2026-12-15"],
        "2026-12-13": ["T-2:2026-12-15"],
        "2026-12-15": ["T-0:2026-12-15"],
        "2026-12-16": ["overdue:2026-12-16"],
        "2026-12-19": ["overdue:2026-12-19"],
        "2026-12-22": ["overdue:2026-12-22"],
        "2026-12-25": ["overdue:2026-12-25"],
    }


def test_acked_item_reminds_only_on_the_deadline_day() -> None:
    sent = simulate([make_item(acked=True)], [make_route()], days(START, 40))
    assert sent == {"2026-12-15": ["T-0:2026-12-15"]}


def test_acked_item_whose_deadline_day_run_was_missed_gets_it_once_late() -> None:
    sent = simulate(
        [make_item(acked=True)], [make_route()], [date(2026, 12, 14), date(2026, 12, 17), date(2026, 12, 18)]
    )
    assert sent == {"2026-12-17": ["T-0:2026-12-15"]}


def test_snoozed_item_is_silent_before_its_date_then_resumes_with_the_current_point() -> None:
    sent = simulate([make_item(snoozed_until=date(2026, 12, 10))], [make_route()], days(START, 36))
    assert sent == {
        "2026-12-10": ["first-seen"],  # covers T-7, which passed while snoozed
        "2026-12-12": ["T-3:2026-12-15"],
        "2026-12-14": ["T-1:2026-12-15"],
        "2026-12-15": ["T-0:2026-12-15"],
    }


def test_resolved_item_never_reminds() -> None:
    assert simulate([make_item(status=Status.RESOLVED)], [make_route()], days(START, 40)) == {}


def test_suspicious_item_gets_one_phishing_notice_and_no_deadline_reminders() -> None:
    sent = simulate([make_item(suspicious=True)], [make_route()], days(START, 40))
    assert sent == {"2026-11-10": ["phishing"]}
    assert simulate([make_item(suspicious=True)], [make_route(phishing=False)], days(START, 10)) == {}


def test_undated_item_gets_only_the_first_notice() -> None:
    assert simulate([make_item(deadline=None)], [make_route()], days(START, 40)) == {"2026-11-10": ["first-seen"]}


def test_moved_deadline_starts_a_fresh_schedule() -> None:
    log = SentLog()
    route = make_route()
    item = make_item()
    log.deliver(plan_reminders([item], [route], at(date(2026, 12, 8)), log))  # first-seen + T-7
    moved = dataclasses.replace(item, deadline=date(2026, 12, 20))
    # The new deadline's latest passed point (T-14, on 12-06) goes out at once: the reader learns the new date.
    now = log.deliver(plan_reminders([moved], [route], at(date(2026, 12, 9)), log))
    assert [(r.key, r.days_left) for r in now] == [("T-14:2026-12-20", 11)]
    assert log.deliver(plan_reminders([moved], [route], at(date(2026, 12, 10)), log)) == []
    out = log.deliver(plan_reminders([moved], [route], at(date(2026, 12, 13)), log))
    assert [r.key for r in out] == ["T-7:2026-12-20"]


def test_quiet_hours_defer_and_the_first_run_after_sends() -> None:
    route = make_route(quiet_hours="22:00-08:00")
    log = SentLog()
    item = make_item()
    log.sent.add((item.id, "web", "chat", "first-seen"))
    t7 = date(2026, 12, 8)
    late = plan_reminders([item], [route], at(t7, 23, 30), log)
    assert late.due == () and [r.key for r in late.deferred] == ["T-7:2026-12-15"]
    early = plan_reminders([item], [route], at(date(2026, 12, 9), 7, 59), log)
    assert early.due == () and [r.key for r in early.deferred] == ["T-7:2026-12-15"]
    morning = log.deliver(plan_reminders([item], [route], at(date(2026, 12, 9), 8, 0), log))
    assert [r.key for r in morning] == ["T-7:2026-12-15"]  # deferred, not lost


def test_quiet_hours_are_read_in_the_route_timezone() -> None:
    route = make_route(quiet_hours="22:00-08:00", timezone="Europe/Berlin")
    item = make_item()
    # 12:00 in Seoul is 04:00 in Berlin (winter): quiet there.
    assert plan_reminders([item], [route], at(date(2026, 12, 8)), SentLog()).due == ()


def test_the_day_is_the_route_timezone_day() -> None:
    item = make_item()
    log = SentLog()
    log.sent.add((item.id, "web", "chat", "first-seen"))
    log.sent.add((item.id, "utc", "chat", "first-seen"))
    # 2026-12-07 16:00 UTC is already 2026-12-08 01:00 in Seoul: T-7 in Seoul, still T-14 in UTC.
    now = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
    plan = plan_reminders([item], [make_route(), make_route("utc", timezone="UTC")], now, log)
    assert sorted((r.route, r.key, r.local_date.isoformat()) for r in plan.due) == [
        ("utc", "T-14:2026-12-15", "2026-12-07"),
        ("web", "T-7:2026-12-15", "2026-12-08"),
    ]


def test_a_failed_channel_is_still_due_while_the_one_that_worked_is_not() -> None:
    item = make_item()
    route = make_route(channels=("mail", "chat"))
    log = SentLog()
    log.sent.update({(item.id, "web", "mail", "first-seen"), (item.id, "web", "mail", "T-7:2026-12-15")})
    plan = plan_reminders([item], [route], at(date(2026, 12, 8)), log)
    assert [(r.channel, r.key) for r in plan.due] == [("chat", "first-seen")]


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        plan_reminders([make_item()], [make_route()], datetime(2026, 12, 8, 12), SentLog())


@pytest.mark.parametrize(
    ("route_kw", "matches"),
    [
        ({}, True),
        ({"targets": ["*.co.kr"]}, True),
        ({"targets": ["*.CO.KR"]}, True),
        ({"targets": ["*.com"]}, False),
        ({"kinds": ["Domain-*"]}, True),
        ({"kinds": ["hosting-quota"]}, False),
        ({"vendors": ["gabia", "whois"]}, True),
        ({"vendors": ["cafe24"]}, False),
        ({"severities": ["high", "critical"]}, True),
        ({"severities": ["LOW"]}, False),
        ({"targets": ["*.co.kr"], "vendors": ["cafe24"]}, False),  # every filter must pass
    ],
)
def test_route_filters_are_case_insensitive_globs(route_kw: dict[str, list[str]], matches: bool) -> None:
    item = make_item(target="Example-Shop.co.kr.", severity=Severity.HIGH)
    assert route_matches(make_route(**route_kw), item) is matches


def test_unmatched_route_sends_nothing() -> None:
    plan = plan_reminders([make_item()], [make_route(kinds=["hosting-quota"])], at(START), SentLog())
    assert plan == Plan((), ())


@pytest.mark.parametrize(
    ("window", "inside", "outside"),
    [
        ("22:00-08:00", [time(22, 0), time(23, 59), time(0, 0), time(7, 59)], [time(8, 0), time(12, 0), time(21, 59)]),
        ("12:00-13:30", [time(12, 0), time(13, 29)], [time(11, 59), time(13, 30), time(0, 0)]),
    ],
)
def test_quiet_hours_windows(window: str, inside: list[time], outside: list[time]) -> None:
    parsed = parse_quiet_hours(window)
    assert all(in_quiet_hours(t, parsed) for t in inside)
    assert not any(in_quiet_hours(t, parsed) for t in outside)


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"quiet_hours": "22-08"}, "quiet_hours must look like"),
        ({"quiet_hours": "25:00-08:00"}, "impossible time"),
        ({"quiet_hours": "08:00-08:00"}, "equal"),
        ({"timezone": "Mars/Olympus"}, "unknown timezone"),
        ({"remind_days": [7, 0]}, "remind_days"),
        ({"channels": []}, "channels"),
    ],
)
def test_bad_route_settings_are_config_errors(kw: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        RouteConfig.model_validate({"name": "r", "channels": ["c"], **kw})


def test_remind_days_are_normalised() -> None:
    assert make_route(remind_days=[1, 7, 7, 30]).remind_days == [30, 7, 1]


def test_now_in_kst_helper_is_noon() -> None:
    assert at(START).utcoffset() == KST.utcoffset(datetime(2026, 11, 10))


def test_a_channel_named_twice_in_a_route_gets_one_reminder() -> None:
    plan = plan_reminders([make_item()], [make_route(channels=("chat", "chat"))], at(START), SentLog())
    assert [r.channel for r in plan.due] == ["chat"]
