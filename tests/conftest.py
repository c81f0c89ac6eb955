"""Shared fixtures. Network tests only ever touch 127.0.0.1."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    # pytest-httpserver defaults to "localhost", which may resolve to ::1 or elsewhere; pin loopback v4.
    return ("127.0.0.1", 0)
