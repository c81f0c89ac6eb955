"""Secrets: from env, a command, the keyring or an OAuth2 token command; never shown in errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

from noticewatch.config import AccountConfig
from noticewatch.errors import ConfigError
from noticewatch.secrets import AuthMethod, resolve_credential

SECRET = "s3cr3t-Value-42"


def account(**kw: Any) -> AccountConfig:
    return AccountConfig.model_validate({"host": "mail.example.com", "username": "ops@example.com", **kw})


def script(tmp_path: Path, body: str) -> str:
    path = tmp_path / "helper.py"
    path.write_text(body)
    return f"{sys.executable} {path}"


def test_password_env() -> None:
    cred = resolve_credential(account(password_env="NW_PW"), environ={"NW_PW": SECRET})
    assert cred.method is AuthMethod.PASSWORD
    assert cred.secret.get_secret_value() == SECRET
    assert SECRET not in repr(cred) and SECRET not in str(cred.secret)


def test_password_env_missing_names_the_variable() -> None:
    with pytest.raises(ConfigError) as exc:
        resolve_credential(account(password_env="NW_MISSING_PW"), environ={})
    assert "NW_MISSING_PW" in str(exc.value)


def test_password_command_first_line_only(tmp_path: Path) -> None:
    # `pass show` prints the password, then metadata lines.
    cmd = script(tmp_path, f"print({SECRET!r}); print('url: https://mail.example.com')")
    cred = resolve_credential(account(password_command=cmd))
    assert cred.secret.get_secret_value() == SECRET


def test_password_command_is_not_run_by_a_shell(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    cmd = script(tmp_path, "import sys; print(sys.argv[1])") + f" 'x; touch {marker}'"
    cred = resolve_credential(account(password_command=cmd))
    assert cred.secret.get_secret_value() == f"x; touch {marker}"
    assert not marker.exists()


def test_failing_command_does_not_echo_its_output(tmp_path: Path) -> None:
    cmd = script(
        tmp_path, f"import sys; print({SECRET!r}); print('error: ' + {SECRET!r}, file=sys.stderr); sys.exit(3)"
    )
    with pytest.raises(ConfigError) as exc:
        resolve_credential(account(password_command=cmd))
    text = str(exc.value)
    assert "exited with status 3" in text and "password_command" in text
    assert SECRET not in text


def test_command_timeout_and_missing_program(tmp_path: Path) -> None:
    cmd = script(tmp_path, "import time; time.sleep(5)")
    with pytest.raises(ConfigError, match=r"did not finish within 0\.5 s"):
        resolve_credential(account(password_command=cmd), timeout=0.5)
    with pytest.raises(ConfigError, match="program not found: nw-no-such-program"):
        resolve_credential(account(password_command="nw-no-such-program --get"))
    with pytest.raises(ConfigError, match="printed nothing"):
        resolve_credential(account(password_command=script(tmp_path, "pass")))


def test_oauth2_token_command(tmp_path: Path) -> None:
    cred = resolve_credential(account(oauth2_token_command=script(tmp_path, "print('ya29.abc')")))
    assert cred.method is AuthMethod.XOAUTH2 and cred.secret.get_secret_value() == "ya29.abc"


def test_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        store: ClassVar[dict[tuple[str, str], str]] = {("noticewatch-ops", "ops@example.com"): SECRET}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            raise NotImplementedError

        def delete_password(self, service: str, username: str) -> None:
            raise NotImplementedError

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        cred = resolve_credential(account(password_keyring="noticewatch-ops"))
        assert cred.secret.get_secret_value() == SECRET
        with pytest.raises(ConfigError, match="no keyring entry for service 'other'"):
            resolve_credential(account(password_keyring="other"))
    finally:
        keyring.set_keyring(previous)


def test_keyring_absent_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring -> ImportError
    with pytest.raises(ConfigError, match=r"needs the 'keyring' package \(pip install keyring\)"):
        resolve_credential(account(password_keyring="noticewatch-ops"))
