"""README's commands stay true: the set-up commands, the CI wiring, and every command having help."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def setup_commands() -> list[str]:
    section = README.split("## Set up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    main_job, tests = setup_commands()
    assert "noticewatch scan examples" in main_job
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.strip() in ci


def test_readme_main_job_runs_on_the_bundled_examples() -> None:
    main_job = setup_commands()[0]
    scan = main_job.split("&&", 1)[1].strip()  # the install step is what the test environment already did
    argv = shlex.split(scan)
    assert argv[0] == "noticewatch"
    proc = subprocess.run(
        [sys.executable, "-m", "noticewatch", *argv[1:], "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    kinds = {item["kind"] for item in report["items"] if not item["suspicious"]}
    assert {"domain-expiry", "hosting-quota", "social-login-deprecation"} <= kinds
    assert all(item["evidence"] for item in report["items"])


def _commands() -> list[list[str]]:
    return [
        [],
        ["scan"],
        ["run"],
        ["check"],
        ["explain"],
        ["rules"],
        ["rules", "list"],
        ["rules", "validate"],
        ["rules", "test"],
        ["rules", "drift"],
        ["list"],
        ["show"],
        ["ack"],
        ["snooze"],
        ["resolve"],
        ["reopen"],
        ["export"],
        ["notify"],
        ["mailboxes", "check"],
        ["init"],
    ]


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "main")
def test_every_command_has_help(command: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "noticewatch", *command, "--help"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert "Usage" in proc.stdout
    # Every command documents itself: a help line beyond the usage line.
    assert len(proc.stdout.strip().splitlines()) > 3
