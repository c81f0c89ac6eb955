"""The apprise channel against a real HTTP server on 127.0.0.1 (Apprise's json:// notifier)."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer
from test_escalate_support import sample_digest

from noticewatch.config import ChannelConfig
from noticewatch.errors import ChannelError
from noticewatch.escalate.registry import build_channel


def apprise_channel(env: str = "APPRISE_URL") -> ChannelConfig:
    return ChannelConfig.model_validate({"name": "ops", "type": "apprise", "options": {"url_env": env}})


def test_apprise_url_delivers_title_and_text(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPRISE_URL", f"json://127.0.0.1:{httpserver.port}/notify")
    httpserver.expect_request("/notify", method="POST").respond_with_data("ok")
    build_channel(apprise_channel()).send(sample_digest("ops"))
    body = httpserver.log[0][0].get_json()
    assert body["title"].startswith("[noticewatch] 1 overdue")
    assert "old-shop.co.kr" in body["message"] and "호스팅 용량을 늘리세요" in body["message"]


def test_apprise_failure_is_a_channel_error_without_the_url(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APPRISE_URL", f"json://user:s3cretpw@127.0.0.1:{httpserver.port}/notify")
    httpserver.expect_request("/notify").respond_with_data("no", status=500)
    with pytest.raises(ChannelError, match="Apprise could not deliver") as e:
        build_channel(apprise_channel()).send(sample_digest("ops"))
    assert "s3cretpw" not in str(e.value)


def test_invalid_apprise_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APPRISE_URL", "nosuchscheme://whatever/secret")
    with pytest.raises(ChannelError, match=r"not a valid Apprise URL \(nosuchscheme://\*\*\*\)"):
        build_channel(apprise_channel()).send(sample_digest("ops"))


def test_apprise_needs_the_url_from_env_or_command() -> None:
    with pytest.raises(ValueError, match="exactly one of url_env or url_command"):
        ChannelConfig.model_validate({"name": "ops", "type": "apprise", "options": {}})
