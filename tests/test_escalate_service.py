"""notify() end to end: real state file (SQLite), real HTTP server, simulated days, failures and recovery."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from test_escalate_support import at, days, make_item, sample_items

from noticewatch.config import Config
from noticewatch.errors import ConfigError
from noticewatch.escalate.service import notify, send_test
from noticewatch.models import Status
from noticewatch.store import Store

START = date(2026, 11, 10)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "state.db") as s:
        yield s


def config(routes: list[dict[str, Any]], channels: list[dict[str, Any]] | None = None) -> Config:
    channels = channels or [{"name": "chat", "type": "webhook", "options": {"url_env": "CHAT_URL"}}]
    return Config.model_validate({"channels": channels, "routes": routes})


ROUTE = {"name": "web", "channels": ["chat"]}


@pytest.fixture
def chat(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    monkeypatch.setenv("CHAT_URL", httpserver.url_for("/hook/tok3n-abcdef"))
    httpserver.expect_request("/hook/tok3n-abcdef", method="POST").respond_with_data("ok")
    return httpserver


def posted(server: HTTPServer) -> list[dict[str, Any]]:
    return [req.get_json() for req, _ in server.log]


def test_forty_simulated_days_one_digest_per_reminder_day_and_no_duplicates(chat: HTTPServer, store: Store) -> None:
    items = [make_item(), make_item("0000000000ff", date(2026, 11, 20), target="other.co.kr", acked=True)]
    cfg = config([ROUTE])
    per_day: dict[str, list[str]] = {}
    for day in days(START, 40):
        for hour in (7, 12, 19):  # cron three times a day
            before = len(chat.log)
            report = notify(items, cfg, store, at(day, hour))
            assert report.failures == ()
            for body in posted(chat)[before:]:
                per_day.setdefault(day.isoformat(), []).extend(f"{i['id'][-2:]}:{i['reminder']}" for i in body["items"])
    assert per_day == {
        "2026-11-10": ["f6:new"],  # the acked item gets no "new" notice
        "2026-11-15": ["f6:before-deadline"],
        "2026-11-20": ["ff:deadline-day"],  # acked: only its deadline day
        "2026-12-01": ["f6:before-deadline"],
        "2026-12-08": ["f6:before-deadline"],
        "2026-12-12": ["f6:before-deadline"],
        "2026-12-14": ["f6:before-deadline"],
        "2026-12-15": ["f6:deadline-day"],
        "2026-12-16": ["f6:overdue"],
        "2026-12-17": ["f6:overdue"],
        "2026-12-18": ["f6:overdue"],
        "2026-12-19": ["f6:overdue"],
    }
    keys = [(d.item_id[-2:], d.key) for d in store.deliveries() if d.ok]
    assert len(keys) == len(set(keys)), "a reminder was recorded twice"
    assert ("f6", "T-30:2026-12-15") in keys and ("f6", "first-seen") in keys


def test_one_digest_per_channel_per_run_with_every_item(chat: HTTPServer, store: Store) -> None:
    report = notify(sample_items(), config([ROUTE]), store, at(date(2026, 12, 8)))
    assert len(chat.log) == 1
    assert [i["id"] for i in posted(chat)[0]["items"]] == [
        "0000000000aa",
        "0000000000bb",
        "0000000000cc",
        "0000000000dd",
    ]
    assert [d.channel for d in report.delivered] == ["chat"]
    assert notify(sample_items(), config([ROUTE]), store, at(date(2026, 12, 8), 13)).deliveries == ()
    assert len(chat.log) == 1


def test_item_in_two_routes_to_one_channel_is_one_line_recorded_for_both(chat: HTTPServer, store: Store) -> None:
    routes = [ROUTE, {"name": "ceo", "channels": ["chat"], "targets": ["*.co.kr"]}]
    notify([make_item()], config(routes), store, at(date(2026, 12, 8)))
    assert len(posted(chat)[0]["items"]) == 1
    assert posted(chat)[0]["items"][0]["routes"] == ["web", "ceo"]
    recorded = sorted((d.route, d.key) for d in store.deliveries())
    assert recorded == [
        ("ceo", "T-7:2026-12-15"),
        ("ceo", "first-seen"),
        ("web", "T-7:2026-12-15"),
        ("web", "first-seen"),
    ]


def test_http_500_is_recorded_retried_and_sent_once_after_recovery(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    monkeypatch.setenv("CHAT_URL", httpserver.url_for("/hook/tok3n-abcdef"))
    cfg = config([ROUTE])
    items = [make_item()]
    httpserver.expect_ordered_request("/hook/tok3n-abcdef").respond_with_data("down", status=500)
    httpserver.expect_ordered_request("/hook/tok3n-abcdef").respond_with_data("down", status=500)
    httpserver.expect_ordered_request("/hook/tok3n-abcdef").respond_with_data("ok")

    first = notify(items, cfg, store, at(date(2026, 12, 8), 9))
    assert [f.channel for f in first.failures] == ["chat"]
    assert "HTTP 500" in first.failures[0].error and "tok3n-abcdef" not in first.failures[0].error
    second = notify(items, cfg, store, at(date(2026, 12, 8), 12))
    assert len(second.failures) == 1
    failed = store.failed_deliveries()
    assert {(d.key, d.attempts) for d in failed} == {("first-seen", 2), ("T-7:2026-12-15", 2)}
    assert "HTTP 500" in failed[0].error

    third = notify(items, cfg, store, at(date(2026, 12, 8), 15))
    assert third.failures == () and len(third.delivered) == 1
    assert store.failed_deliveries() == []
    assert notify(items, cfg, store, at(date(2026, 12, 8), 18)).deliveries == ()
    assert len(httpserver.log) == 3  # two failures, then exactly one delivery
    httpserver.check_assertions()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused_then_the_server_comes_up(monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
    port = free_port()
    monkeypatch.setenv("CHAT_URL", f"http://127.0.0.1:{port}/hook/tok3n-abcdef")
    cfg = config([ROUTE])
    down = notify([make_item()], cfg, store, at(date(2026, 12, 8), 9))
    assert "cannot reach http://127.0.0.1" in down.failures[0].error
    server = HTTPServer(host="127.0.0.1", port=port)
    server.expect_request("/hook/tok3n-abcdef").respond_with_data("ok")
    server.start()
    try:
        # Next day: the missed first-seen (covering T-7) goes out now; nothing is lost, nothing doubled.
        up = notify([make_item()], cfg, store, at(date(2026, 12, 9), 9))
        assert up.failures == () and len(server.log) == 1
        assert server.log[0][0].get_json()["items"][0]["reminder"] == "new"
        assert notify([make_item()], cfg, store, at(date(2026, 12, 9), 12)).deliveries == ()
    finally:
        server.stop()


def test_a_failing_channel_does_not_resend_through_the_one_that_worked(
    chat: HTTPServer, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    monkeypatch.setenv("DEAD_URL", f"http://127.0.0.1:{free_port()}/x/tok3n-abcdef")
    channels = [
        {"name": "chat", "type": "webhook", "options": {"url_env": "CHAT_URL"}},
        {"name": "dead", "type": "slack", "options": {"url_env": "DEAD_URL"}},
    ]
    cfg = config([{"name": "web", "channels": ["chat", "dead"]}], channels)
    first = notify([make_item()], cfg, store, at(date(2026, 12, 8)))
    assert [d.channel for d in first.delivered] == ["chat"] and [d.channel for d in first.failures] == ["dead"]
    second = notify([make_item()], cfg, store, at(date(2026, 12, 8), 13))
    assert [d.channel for d in second.deliveries] == ["dead"]  # only the failed one is retried
    assert len(chat.log) == 1


def test_dry_run_sends_and_records_nothing_but_shows_what_would_go(chat: HTTPServer, store: Store) -> None:
    report = notify(sample_items(), config([ROUTE]), store, at(date(2026, 12, 8)), dry_run=True)
    assert chat.log == [] and store.deliveries() == []
    [delivery] = report.deliveries
    assert delivery.sent is False and delivery.recipient == "webhook webhook $CHAT_URL"
    assert delivery.preview.startswith("POST $CHAT_URL\n{") and '"id": "0000000000aa"' in delivery.preview
    # Still due afterwards: a dry run changes nothing.
    assert len(notify(sample_items(), config([ROUTE]), store, at(date(2026, 12, 8))).delivered) == 1


def test_quiet_hours_defer_in_the_report_and_send_after(chat: HTTPServer, store: Store) -> None:
    cfg = config([{**ROUTE, "quiet_hours": "22:00-08:00"}])
    night = notify([make_item()], cfg, store, at(date(2026, 12, 8), 23))
    assert night.deliveries == () and [r.key for r in night.deferred] == ["first-seen"]
    morning = notify([make_item()], cfg, store, at(date(2026, 12, 9), 8))
    assert len(morning.delivered) == 1 and len(chat.log) == 1


def test_snoozed_and_resolved_items_are_not_sent(chat: HTTPServer, store: Store) -> None:
    items = [
        make_item("0000000000a1", snoozed_until=date(2026, 12, 20)),
        make_item("0000000000a2", status=Status.RESOLVED),
    ]
    assert notify(items, config([ROUTE]), store, at(date(2026, 12, 8))).deliveries == ()
    woke = [dataclasses.replace(items[0], snoozed_until=None), items[1]]
    notify(woke, config([ROUTE]), store, at(date(2026, 12, 20)))
    assert [i["id"] for i in posted(chat)[0]["items"]] == ["0000000000a1"]


def test_send_test_reaches_every_channel_of_the_route_and_records_nothing(chat: HTTPServer, store: Store) -> None:
    report = send_test(config([ROUTE]), "web", at(date(2026, 12, 8)))
    assert report.failures == () and len(chat.log) == 1
    body = posted(chat)[0]
    assert body["test"] is True and "This is a test message from noticewatch" in body["text"]
    assert store.deliveries() == []


def test_unknown_route_or_channel_is_a_config_error(store: Store) -> None:
    with pytest.raises(ConfigError, match="no route named 'nope'; routes: web"):
        send_test(config([ROUTE]), "nope", at(START))
    with pytest.raises(ConfigError, match="route web: unknown channel mail; channels: chat"):
        notify([], config([{"name": "web", "channels": ["mail"]}]), store, at(START))


def test_a_failure_superseded_by_a_newer_reminder_no_longer_shows_as_failed(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, store: Store
) -> None:
    cfg = config([ROUTE])
    item = make_item()
    store.record_delivery(item.id, "web", "chat", "first-seen", at(date(2026, 12, 1)), True)
    monkeypatch.setenv("CHAT_URL", f"http://127.0.0.1:{free_port()}/hook/tok3n-abcdef")
    assert len(notify([item], cfg, store, at(date(2026, 12, 8))).failures) == 1  # T-7 fails
    assert [d.key for d in store.failed_deliveries()] == ["T-7:2026-12-15"]

    monkeypatch.setenv("CHAT_URL", httpserver.url_for("/hook/tok3n-abcdef"))
    httpserver.expect_request("/hook/tok3n-abcdef").respond_with_data("ok")
    later = notify([item], cfg, store, at(date(2026, 12, 12)))  # T-3 goes out instead of a late T-7
    assert [r.key for d in later.delivered for r in d.reminders] == ["T-3:2026-12-15"]
    assert store.failed_deliveries() == []


def test_notify_state_reads_the_action_list_from_the_store(chat: HTTPServer, store: Store) -> None:
    from noticewatch.escalate.service import notify_state
    from noticewatch.models import Evidence, Finding, Severity

    evidence = Evidence("<m@gabia.com>", "도메인 만료 안내", at(START), "inbox/1.eml", "만료일: 2026-12-15")
    store.add_findings(
        [
            Finding(
                "gabia-domain-expiry",
                "domain-expiry",
                "Gabia",
                "example-shop.co.kr",
                Severity.HIGH,
                date(2026, 12, 15),
                (),
                "Renew example-shop.co.kr",
                evidence,
            )
        ],
        at(START),
    )
    report = notify_state(config([ROUTE]), store, at(date(2026, 12, 8)))
    assert len(report.delivered) == 1
    assert posted(chat)[0]["items"][0]["target"] == "example-shop.co.kr"
    assert notify_state(config([]), store, at(date(2026, 12, 8))).deliveries == ()
