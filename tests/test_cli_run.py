"""Cron mode end to end: `noticewatch run` scans, keeps state, sends reminders once, stays quiet when idle."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from noticewatch.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "inbox"


def write_config(tmp_path: Path, hook_url: str | None) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, inbox)
    text = f"scan:\n  paths: [{inbox}]\nstate:\n  path: {tmp_path / 'state.db'}\n"
    if hook_url:
        text += (
            "channels:\n"
            "  - name: hook\n"
            "    type: webhook\n"
            "    options:\n"
            f"      url: {hook_url}\n"
            '      body_template: \'{"text": ${text}, "count": ${count}}\'\n'
            "routes:\n"
            "  - name: everything\n"
            "    channels: [hook]\n"
        )
    path = tmp_path / "noticewatch.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_run_sends_each_reminder_once_and_logs(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    config = write_config(tmp_path, httpserver.url_for("/hook"))
    log = tmp_path / "run.log"
    runner = CliRunner()

    first = runner.invoke(app, ["run", "--config", str(config), "--today", "2026-11-23", "--log-file", str(log)])
    assert first.exit_code == 0, first.output
    # Overdue and due-soon items need attention: the quiet run speaks.
    assert "mybrand.io" in first.stdout
    assert len(httpserver.log) == 1
    body = json.loads(httpserver.log[0][0].get_data(as_text=True))
    assert body["count"] >= 5 and "mybrand.io" in body["text"]

    second = runner.invoke(app, ["run", "--config", str(config), "--today", "2026-11-23", "--log-file", str(log)])
    assert second.exit_code == 0, second.output
    assert len(httpserver.log) == 1  # nothing new is due: no second message
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len([line for line in lines if " exit=0 " in line]) == 2


def test_run_reports_a_failed_channel_with_exit_3(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/hook", method="POST").respond_with_data("boom", status=500)
    config = write_config(tmp_path, httpserver.url_for("/hook"))
    result = CliRunner().invoke(app, ["run", "--config", str(config), "--today", "2026-11-23", "-f", "json"])
    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert any(w["source"] == "channel hook" for w in report["warnings"])


def test_run_is_silent_when_nothing_needs_attention(tmp_path: Path) -> None:
    config = write_config(tmp_path, None)
    # Long after every deadline was handled? No: pick a day before any mail arrived, so the list is empty.
    result = CliRunner().invoke(app, ["run", "--config", str(config), "--today", "2026-01-01"])
    assert result.exit_code == 0
    assert result.stdout == ""
