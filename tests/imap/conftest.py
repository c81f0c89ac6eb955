"""Fixtures for the IMAP tests: a real Dovecot on 127.0.0.1, one fresh mailbox user per test.

Without Dovecot the tests are skipped on a developer's machine, but fail in CI (`CI` set): there .ci/run
installs dovecot-imapd and the tests must run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# `pytest` (not `python -m pytest`) does not put the repository root on sys.path.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from noticewatch.config import AccountConfig
from tests.dovecot import DovecotServer, find_dovecot

USER_POOL = 200


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.imap)


def _require_dovecot() -> None:
    if find_dovecot() is None:
        if os.environ.get("CI"):
            pytest.fail("dovecot is not installed but CI is set: .ci/run must apt-get install dovecot-imapd")
        pytest.skip("dovecot not installed (apt-get install dovecot-imapd)")


@contextlib.contextmanager
def running_dovecot(**options: Any) -> Iterator[DovecotServer]:
    _require_dovecot()
    # Not under pytest's tmp dir: that is mode 0700, and Dovecot's auth and mail processes run as other users
    # when the tests run as root (CI).
    root = Path(tempfile.mkdtemp(prefix="nw-dovecot-"))
    root.chmod(0o755)
    # A pool of users made before start: a passwd-file changed while Dovecot runs is re-read only after a
    # moment, and each test wants a fresh, empty mailbox.
    server = DovecotServer(root, users={_user(n): _password(n) for n in range(1, USER_POOL + 1)}, **options)
    try:
        server.start()
        yield server
    finally:
        server.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One Dovecot for the session; tests that stop or restart it use `private_dovecot`."""
    with running_dovecot() as server:
        yield server


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    with running_dovecot() as server:
        yield server


@dataclass
class Mailbox:
    """A fresh user on a Dovecot, and how to build AccountConfigs for it."""

    server: DovecotServer
    user: str
    password: str
    env_var: str

    def deliver(self, message: bytes, folder: str = "INBOX", **kw: Any) -> Path:
        return self.server.deliver(message, folder, user=self.user, **kw)

    def account(self, **overrides: Any) -> AccountConfig:
        values: dict[str, Any] = {
            "name": f"{self.user}-account",
            "host": "127.0.0.1",
            "port": self.server.tls_port,
            "security": "tls",
            "username": self.user,
            "password_env": self.env_var,
            "ca_file": self.server.ca_file,
            "timeout": 10,
        }
        values.update(overrides)
        for key in [k for k, v in values.items() if v is None]:
            del values[key]
        return AccountConfig.model_validate(values)

    def imap(self) -> Any:
        return self.server.imap(self.user)

    def create_folder(self, name: str) -> None:
        with self.imap() as conn:
            typ, data = conn.create(f'"{name}"')
            assert typ == "OK", data


def _user(n: int) -> str:
    return f"user{n}"


def _password(n: int) -> str:
    return f"pw-{n}-Zq8!secret"


def make_mailbox(server: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> Mailbox:
    # The counter lives on the server: this module is imported twice (as conftest and as tests.imap.conftest).
    n = getattr(server, "users_handed_out", 0) + 1
    server.users_handed_out = n  # type: ignore[attr-defined]
    assert n <= USER_POOL, "raise USER_POOL"
    user, password = _user(n), _password(n)
    env_var = f"NW_TEST_PASSWORD_{n}"
    monkeypatch.setenv(env_var, password)
    return Mailbox(server, user, password, env_var)


@pytest.fixture
def mailbox(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> Mailbox:
    return make_mailbox(dovecot, monkeypatch)
