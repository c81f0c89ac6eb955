"""Webhook channels against a real HTTP server on 127.0.0.1: what arrives, per messenger, and failures."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from test_escalate_support import sample_digest
from werkzeug import Request

from noticewatch.config import ChannelConfig, Config
from noticewatch.errors import ChannelError, ConfigError
from noticewatch.escalate.base import mask_url
from noticewatch.escalate.registry import CHANNEL_TYPES, build_channel
from noticewatch.escalate.webhook import render_body, shipped_templates

TOKEN = "T0KEN-s3cr3t-9f8e7d"


def channel(type_name: str, **options: Any) -> ChannelConfig:
    return ChannelConfig.model_validate({"name": "chat", "type": type_name, "options": options})


def send_and_capture(httpserver: HTTPServer, cfg: ChannelConfig, path: str = f"/hook/{TOKEN}") -> Request:
    httpserver.expect_request(path, method="POST").respond_with_data("ok")
    build_channel(cfg).send(sample_digest())
    assert len(httpserver.log) == 1, "exactly one request per digest"
    request, response = httpserver.log[0]
    assert response.status_code == 200, f"unexpected path {request.path}"
    return request


def _slack(body: dict[str, Any], request: Request) -> None:
    assert set(body) == {"text"}
    assert "OVERDUE (NEW)  old-shop.co.kr" in body["text"]
    assert "shop &amp; &lt;co&gt;" in body["text"]  # mrkdwn control characters escaped


def _teams(body: dict[str, Any], request: Request) -> None:
    assert body["type"] == "message"
    card = body["attachments"][0]
    assert card["contentType"] == "application/vnd.microsoft.card.adaptive"
    content = card["content"]
    assert content["$schema"] == "http://adaptivecards.io/schemas/adaptive-card.json"
    assert content["type"] == "AdaptiveCard"
    assert content["body"][0]["text"].startswith("[noticewatch] 1 overdue")
    assert "old-shop.co.kr" in content["body"][1]["text"]
    assert "\n\n" in content["body"][1]["text"]  # Teams needs paragraph breaks


def _discord(body: dict[str, Any], request: Request) -> None:
    assert body["allowed_mentions"] == {"parse": []}  # mail text must never ping @everyone
    assert "old-shop.co.kr" in body["content"] and len(body["content"]) <= 2000


def _jandi(body: dict[str, Any], request: Request) -> None:
    assert request.headers["Accept"] == "application/vnd.tosslab.jandi-v2+json"
    assert body["body"].startswith("[noticewatch]")
    assert body["connectColor"] == "#D93F0B"
    assert "호스팅 용량을 늘리세요" in body["connectInfo"][0]["description"]


def _dooray(body: dict[str, Any], request: Request) -> None:
    assert body["botName"] == "noticewatch"
    assert body["text"].startswith("[noticewatch]")
    assert body["attachments"][0]["color"] == "red"
    assert "old-shop.co.kr" in body["attachments"][0]["text"]


def _kakaowork(body: dict[str, Any], request: Request) -> None:
    assert set(body) == {"text"} and "old-shop.co.kr" in body["text"]


def _naverworks(body: dict[str, Any], request: Request) -> None:
    assert body["title"].startswith("[noticewatch]")
    assert "old-shop.co.kr" in body["body"]["text"]


def _generic(body: dict[str, Any], request: Request) -> None:
    assert body["source"] == "noticewatch" and body["count"] == 4 and body["test"] is False
    first = body["items"][0]
    assert first["id"] == "0000000000aa"
    assert first["status"] == "overdue (new)" and first["days_left"] == -3 and first["deadline"] == "2026-12-05"
    assert [i["reminder"] for i in body["items"]][-1] == "phishing"


@pytest.mark.parametrize(
    ("type_name", "check"),
    [
        ("slack", _slack),
        ("teams", _teams),
        ("discord", _discord),
        ("jandi", _jandi),
        ("dooray", _dooray),
        ("kakaowork", _kakaowork),
        ("naverworks", _naverworks),
        ("webhook", _generic),
    ],
)
def test_preset_payloads_arrive_as_each_service_expects(
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    type_name: str,
    check: Callable[[dict[str, Any], Request], None],
) -> None:
    monkeypatch.setenv("HOOK_URL", httpserver.url_for(f"/hook/{TOKEN}"))
    request = send_and_capture(httpserver, channel(type_name, url_env="HOOK_URL"))
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    body = json.loads(request.get_data().decode("utf-8"))  # UTF-8, Korean unescaped is fine too
    check(body, request)


def test_teams_old_connector_template(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOOK_URL", httpserver.url_for(f"/hook/{TOKEN}"))
    request = send_and_capture(httpserver, channel("teams", url_env="HOOK_URL", template="teams-messagecard"))
    body = request.get_json()
    assert body["@type"] == "MessageCard" and body["themeColor"] == "D93F0B"


def test_telegram_bot_api_send_message(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TG_TOKEN", "123456:" + TOKEN)
    cfg = channel("telegram", token_env="TG_TOKEN", chat_id=-1001234567, api_base=httpserver.url_for("/"))
    httpserver.expect_request(f"/bot123456:{TOKEN}/sendMessage", method="POST").respond_with_json(
        {"ok": True, "result": {"message_id": 1}}
    )
    ch = build_channel(cfg)
    ch.send(sample_digest())
    body = httpserver.log[0][0].get_json()
    assert body["chat_id"] == -1001234567 and body["disable_web_page_preview"] is True
    assert "old-shop.co.kr" in body["text"] and len(body["text"]) <= 4096
    assert TOKEN not in ch.describe() and "bot***" in ch.preview(sample_digest())


def test_telegram_error_reply_is_a_failure_without_the_token(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TG_TOKEN", TOKEN)
    cfg = channel("telegram", token_env="TG_TOKEN", chat_id="@ops", api_base=httpserver.url_for("/"))
    httpserver.expect_request(f"/bot{TOKEN}/sendMessage").respond_with_json(
        {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}, status=400
    )
    with pytest.raises(ChannelError) as e:
        build_channel(cfg).send(sample_digest())
    assert "HTTP 400" in str(e.value) and "chat not found" in str(e.value) and TOKEN not in str(e.value)


def test_ok_false_inside_a_200_reply_is_a_failure(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOOK_URL", httpserver.url_for(f"/hook/{TOKEN}"))
    httpserver.expect_request(f"/hook/{TOKEN}").respond_with_json(
        {"header": {"isSuccessful": False, "resultMessage": "invalid token"}}
    )
    with pytest.raises(ChannelError, match="refused the message: invalid token"):
        build_channel(channel("dooray", url_env="HOOK_URL")).send(sample_digest())


def test_http_500_is_a_channel_error_with_the_url_masked(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOOK_URL", httpserver.url_for(f"/hook/{TOKEN}"))
    httpserver.expect_request(f"/hook/{TOKEN}").respond_with_data(f"boom at /hook/{TOKEN}", status=500)
    with pytest.raises(ChannelError) as e:
        build_channel(channel("slack", url_env="HOOK_URL")).send(sample_digest())
    message = str(e.value)
    assert "HTTP 500" in message and f"http://127.0.0.1:{httpserver.port}/***" in message
    assert TOKEN not in message


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused_is_a_channel_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOOK_URL", f"http://127.0.0.1:{free_port()}/hook/{TOKEN}")
    with pytest.raises(ChannelError, match="cannot reach") as e:
        build_channel(channel("discord", url_env="HOOK_URL", timeout=5)).send(sample_digest())
    assert TOKEN not in str(e.value)


def test_missing_env_secret_is_a_channel_error_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOPE_URL", raising=False)
    with pytest.raises(ChannelError, match="environment variable NOPE_URL"):
        build_channel(channel("slack", url_env="NOPE_URL")).send(sample_digest())


def test_url_from_a_command(httpserver: HTTPServer) -> None:
    cfg = channel("kakaowork", url_command=f"echo {httpserver.url_for(f'/hook/{TOKEN}')}")
    request = send_and_capture(httpserver, cfg)
    assert "old-shop.co.kr" in request.get_json()["text"]


def test_custom_template_headers_from_env_and_extra_variables(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("API_KEY", "Bearer k-" + TOKEN)
    template = '{"summary": ${title}, "who": ${team}, "n": ${count}, "ids": ${items}, "cost": "$$0"}'
    cfg = channel(
        "webhook",
        url=httpserver.url_for("/ingest"),
        body_template=template,
        headers={"X-Source": "noticewatch"},
        headers_env={"Authorization": "API_KEY"},
        variables={"team": "웹팀"},
        method="PUT",
    )
    httpserver.expect_request("/ingest", method="PUT").respond_with_data("", status=204)
    ch = build_channel(cfg)
    ch.send(sample_digest())
    request = httpserver.log[0][0]
    assert request.headers["Authorization"] == "Bearer k-" + TOKEN
    assert request.headers["X-Source"] == "noticewatch"
    body = request.get_json()
    assert body["who"] == "웹팀" and body["n"] == 4 and body["cost"] == "$0"
    assert body["summary"] == "1 overdue, 1 due soon, 1 without deadline, 1 possible phishing"
    preview = ch.preview(sample_digest())
    assert preview.startswith("PUT http://127.0.0.1") and "k-" + TOKEN not in preview


def test_mail_text_cannot_break_out_of_the_json_string() -> None:
    hostile = 'x", "injected": true, "y": "'
    body = json.loads(render_body('{"text": ${text}}', {"text": hostile}))
    assert body == {"text": hostile}


def test_long_digests_are_cut_to_the_service_limit(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from test_escalate_support import at, make_item, make_route

    from noticewatch.escalate.message import build_digest
    from noticewatch.escalate.policy import plan_reminders

    items = [make_item(f"{i:012x}", date(2026, 12, 20), target=f"shop{i}.co.kr") for i in range(60)]
    now = at(date(2026, 12, 8))
    plan = plan_reminders(items, [make_route()], now, lambda *_: False)
    digest = build_digest("chat", plan.due, now)
    monkeypatch.setenv("HOOK_URL", httpserver.url_for("/d"))
    httpserver.expect_request("/d").respond_with_data("", status=204)
    build_channel(channel("discord", url_env="HOOK_URL")).send(digest)
    content = httpserver.log[0][0].get_json()["content"]
    assert len(content) <= 1900 and "more not shown (see noticewatch list)" in content


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"url": "https://hooks.slack.com/services/T/B/x"}, "carries a token"),
        ({}, "exactly one of url_env"),
        ({"url_env": "A", "url_command": "b"}, "exactly one of url_env"),
        ({"url_env": "A", "template": "nope"}, "unknown template 'nope'"),
        ({"url_env": "A", "body_template": '{"a": ${missing}}'}, r"unknown variable \$\{missing\}"),
        ({"url_env": "A", "body_template": '{"a": ${text}'}, "not give valid JSON"),
        ({"url_env": "A", "body_template": '{"a": "$5"}'}, "write \\$\\$ for a literal"),
        ({"url_env": "A", "colour": "red"}, "options.colour: Extra inputs are not permitted"),
        ({"url_env": "A", "variables": {"text": "x"}}, "may not redefine text"),
        ({"url_env": "A", "token": "x"}, "must not be written in the config"),
    ],
)
def test_bad_webhook_options_are_reported_at_config_load(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        channel("slack", **options)


def test_unknown_type_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="unknown channel type 'slak'; valid types: apprise, discord, dooray, email"):
        channel("slak")


def test_build_channel_without_load_config_raises_config_error() -> None:
    cfg = ChannelConfig.model_construct(name="x", type="pager", options={})
    with pytest.raises(ConfigError, match="channel x: unknown channel type 'pager'"):
        build_channel(cfg)


def test_every_shipped_template_is_valid_and_every_type_is_registered() -> None:
    for name in shipped_templates():
        Config.model_validate(
            {"channels": [{"name": "c", "type": "webhook", "options": {"url": "http://x/", "template": name}}]}
        )
    assert {"email", "slack", "teams", "discord", "telegram", "jandi", "dooray", "kakaowork", "naverworks"} <= set(
        CHANNEL_TYPES
    )
    assert {"webhook", "apprise"} <= set(CHANNEL_TYPES)


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("https://hooks.slack.com/services/T0/B0/abc", "https://hooks.slack.com/***"),
        ("https://user:pw@example.com:8443/", "https://example.com:8443/***"),
        ("https://wh.jandi.com/connect-api/webhook/1/abc?x=1", "https://wh.jandi.com/***"),
        ("http://127.0.0.1:9000", "http://127.0.0.1:9000"),
        ("not a url", "***"),
    ],
)
def test_mask_url(url: str, masked: str) -> None:
    assert mask_url(url) == masked


MINIMAL_OPTIONS: dict[str, dict[str, Any]] = {
    "email": {"host": "127.0.0.1", "from": "a@example.com", "to": ["b@example.com"]},
    "telegram": {"token_env": "TG_TOKEN", "chat_id": 1},
    "apprise": {"url_env": "APPRISE_URL"},
}


@pytest.mark.parametrize("type_name", sorted(CHANNEL_TYPES))
def test_every_channel_type_builds_describes_and_previews_without_secrets(type_name: str) -> None:
    options = MINIMAL_OPTIONS.get(type_name, {"url_env": "HOOK_URL"})
    ch = build_channel(ChannelConfig.model_validate({"name": "c", "type": type_name, "options": options}))
    assert ch.name == "c" and ch.describe()
    preview = ch.preview(sample_digest("c"))
    assert "old-shop.co.kr" in preview


def test_every_reminder_kind_has_a_label() -> None:
    from test_escalate_support import make_item

    from noticewatch.escalate.message import DigestEntry, status_label, urgency
    from noticewatch.escalate.policy import ReminderKind

    for kind in ReminderKind:
        for days_left in (-2, 0, 3, 40, None):
            entry = DigestEntry(make_item(), kind, days_left, ())
            assert urgency(entry) and status_label(entry).isupper()
