"""`noticewatch mailboxes check`, `noticewatch init` and the scan's exit code on a bad password, end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from noticewatch.config import load_config
from tests.imap import mails
from tests.imap.conftest import Mailbox


def nw(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "noticewatch", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=120,
    )


def write_config(path: Path, mb: Mailbox, **account: Any) -> Path:
    acct = {
        "name": "ops",
        "host": "127.0.0.1",
        "port": mb.server.tls_port,
        "username": mb.user,
        "password_env": mb.env_var,
        "ca_file": str(mb.server.ca_file),
        "timeout": 10,
        **account,
    }
    path.write_text(yaml.safe_dump({"accounts": [acct], "state": {"path": str(path.parent / "state.db")}}))
    return path


def test_check_all_ok(mailbox: Mailbox, tmp_path: Path) -> None:
    mailbox.create_folder("Vendors/Gabia")
    mailbox.deliver(mails.plain("a", "b"))
    cfg = write_config(tmp_path / "nw.yaml", mailbox, folders=["INBOX", "Vendors/*"])

    r = nw("mailboxes", "check", "--config", str(cfg))

    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("ok") and "INBOX: 1 messages" in lines[0]
    assert lines[1].startswith("ok") and "Vendors/Gabia: 0 messages" in lines[1]


def test_check_reports_auth_and_missing_folder(mailbox: Mailbox, tmp_path: Path) -> None:
    bad = write_config(tmp_path / "bad.yaml", mailbox)
    wrong = "Not-The-Password-123"
    r = nw("mailboxes", "check", "--config", str(bad), env={mailbox.env_var: wrong})
    assert r.returncode == 1
    assert r.stdout.startswith("auth") and mailbox.user in r.stdout
    assert wrong not in r.stdout + r.stderr and mailbox.password not in r.stdout + r.stderr

    missing = write_config(tmp_path / "missing.yaml", mailbox, folders=["INBOX", "Archive/2025"])
    r = nw("mailboxes", "check", "--config", str(missing))
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert lines[0].startswith("ok") and lines[1].startswith("folder missing") and "Archive/2025" in lines[1]


def test_check_names_tls_and_tcp_failures(mailbox: Mailbox, tmp_path: Path) -> None:
    from tests.dovecot import free_port

    no_ca = write_config(tmp_path / "noca.yaml", mailbox)
    data = yaml.safe_load(no_ca.read_text())
    del data["accounts"][0]["ca_file"]
    data["accounts"].append({**data["accounts"][0], "name": "closed", "port": free_port()})
    no_ca.write_text(yaml.safe_dump(data))

    r = nw("mailboxes", "check", "--config", str(no_ca))

    assert r.returncode == 1
    tls_line, tcp_line = r.stdout.splitlines()
    assert tls_line.startswith("TLS") and "certificate verify failed" in tls_line
    assert tcp_line.startswith("TCP") and "refused" in tcp_line


def test_check_warns_loudly_when_verification_is_off(mailbox: Mailbox, tmp_path: Path) -> None:
    cfg = write_config(tmp_path / "nw.yaml", mailbox, verify_tls=False, ca_file=None)
    data = yaml.safe_load(cfg.read_text())
    del data["accounts"][0]["ca_file"]
    cfg.write_text(yaml.safe_dump(data))
    r = nw("mailboxes", "check", "--config", str(cfg))
    assert r.returncode == 0
    assert "WARNING" in r.stderr and "verification is OFF" in r.stderr


def test_scan_with_wrong_password_exits_3_without_the_password(mailbox: Mailbox, tmp_path: Path) -> None:
    cfg = write_config(tmp_path / "nw.yaml", mailbox)
    wrong = "Not-The-Password-456"
    r = nw("scan", "--config", str(cfg), "--format", "json", env={mailbox.env_var: wrong})
    assert r.returncode == 3, r.stderr
    # The account's failure is a warning in the report (the scan goes on with other accounts).
    warnings = [w["problem"] for w in json.loads(r.stdout)["warnings"]]
    assert any("auth" in w and "rejected" in w for w in warnings), warnings
    assert wrong not in r.stdout + r.stderr and mailbox.password not in r.stdout + r.stderr


def test_init_writes_a_loadable_commented_config_and_refuses_to_overwrite(tmp_path: Path) -> None:
    r = nw("init", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    written = tmp_path / "noticewatch.yaml"
    text = written.read_text()
    for option in (
        "password_command",
        "password_keyring",
        "oauth2_token_command",
        "ca_file",
        "verify_tls",
        "security",
        "folders",
        "since",
        "routes",
        "channels",
        "state",
    ):
        assert option in text
    cfg = load_config(written)
    assert [a.host for a in cfg.accounts] == ["imap.example.com"]
    assert cfg.accounts[0].password_env == "NOTICEWATCH_OPS_PASSWORD"

    written.write_text("# mine\n")
    r = nw("init", str(written))
    assert r.returncode == 2 and "already exists" in r.stderr and "--force" in r.stderr
    assert written.read_text() == "# mine\n"
    r = nw("init", str(written), "--force")
    assert r.returncode == 0 and written.read_text() == text


def test_init_example_blocks_are_valid_when_uncommented(tmp_path: Path) -> None:
    from noticewatch.cli.mailboxes import STARTER_CONFIG

    # Uncomment the second account, state, scan, channels and routes blocks: what users will do.
    _header, _, body = STARTER_CONFIG.partition("\n\n")
    lines = []
    for line in body.splitlines():
        stripped = line.lstrip()
        if stripped.startswith("# ") and (
            line.startswith("# ") or line.startswith("  # - ") or line.startswith("  #   ")
        ):
            indent = line[: len(line) - len(stripped)]
            line = indent + stripped[2:]
        lines.append(line)
    path = tmp_path / "full.yaml"
    path.write_text("\n".join(lines))
    cfg = load_config(path)
    assert len(cfg.accounts) == 2 and cfg.accounts[1].oauth2_token_command is not None
    assert [c.name for c in cfg.channels] == ["ops-mail", "ops-slack"]
    assert cfg.routes[0].channels == ["ops-mail", "ops-slack"]
