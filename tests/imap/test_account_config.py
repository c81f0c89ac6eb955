"""AccountConfig: the `since` window and the transport rules an account must follow."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from noticewatch.config import AccountConfig


def account(**kw: object) -> AccountConfig:
    return AccountConfig.model_validate({"host": "mail.example.com", "username": "ops", "password_env": "PW", **kw})


def test_since_window() -> None:
    today = date(2026, 11, 23)
    assert account().since_date(today) == date(2026, 5, 27)  # default 180d
    assert account(since="26w").since_date(today) == date(2026, 5, 25)
    assert account(since=" 7d ").since_date(today) == date(2026, 11, 16)


@pytest.mark.parametrize("bad", ["6 months", "180", "1y", "2026-01-01", ""])
def test_since_rejects_what_it_cannot_read(bad: str) -> None:
    with pytest.raises(ValidationError, match="since must be a number of days or weeks"):
        account(since=bad)


def test_exactly_one_secret_and_insecure_opt_in() -> None:
    with pytest.raises(ValidationError, match="exactly one of"):
        account(password_command="pass show ops")
    with pytest.raises(ValidationError, match="allow_insecure"):
        account(security="none")
    assert account(security="none", allow_insecure=True).effective_port == 143
    assert account().effective_port == 993
