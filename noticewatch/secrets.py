"""Resolve an account's secret (password or OAuth2 access token) from where the config says it lives.

The config never holds a secret by value: it names an environment variable, a command (`pass show ops`), a
keyring entry, or a command that prints an OAuth2 access token. Secrets are wrapped in SecretStr as soon as
they are read, and no error message ever includes one (nor a command's output, which may contain one).
"""

from __future__ import annotations

import enum
import os
import shlex
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import SecretStr

from noticewatch.config import AccountConfig
from noticewatch.errors import ConfigError

COMMAND_TIMEOUT = 30.0


class AuthMethod(enum.StrEnum):
    PASSWORD = "password"  # IMAP LOGIN
    XOAUTH2 = "xoauth2"  # AUTHENTICATE XOAUTH2 with a bearer token


@dataclass(frozen=True, slots=True)
class Credential:
    method: AuthMethod
    username: str
    secret: SecretStr

    def __repr__(self) -> str:  # belt and braces: SecretStr already hides itself
        return f"Credential(method={self.method.value!r}, username={self.username!r}, secret='**********')"


def resolve_credential(
    account: AccountConfig,
    *,
    environ: Mapping[str, str] | None = None,
    timeout: float = COMMAND_TIMEOUT,
) -> Credential:
    """Read the account's secret. Raises ConfigError naming where it looked, never what it found."""
    env = os.environ if environ is None else environ
    who = account.display_name
    if account.password_env is not None:
        value = env.get(account.password_env)
        if not value:
            raise ConfigError(
                f"account {who}: environment variable {account.password_env} (password_env) is not set or empty"
            )
        return Credential(AuthMethod.PASSWORD, account.username, SecretStr(value))
    if account.password_command is not None:
        value = run_secret_command(account.password_command, what="password_command", who=who, timeout=timeout)
        return Credential(AuthMethod.PASSWORD, account.username, SecretStr(value))
    if account.password_keyring is not None:
        value = _from_keyring(account.password_keyring, account.username, who)
        return Credential(AuthMethod.PASSWORD, account.username, SecretStr(value))
    if account.oauth2_token_command is not None:
        value = run_secret_command(account.oauth2_token_command, what="oauth2_token_command", who=who, timeout=timeout)
        return Credential(AuthMethod.XOAUTH2, account.username, SecretStr(value))
    raise ConfigError(f"account {who}: no password_env, password_command, password_keyring or oauth2_token_command")


def run_secret_command(command: str, *, what: str, who: str, timeout: float = COMMAND_TIMEOUT) -> str:
    """Run a command without a shell and return the first line of its output, stripped.

    `pass` prints the password on the first line and metadata after it, so only the first line counts.
    Errors name the program and the exit status, never its output (stderr may echo the secret).
    """
    try:
        argv = shlex.split(command)
    except ValueError as e:
        raise ConfigError(f"account {who}: {what} cannot be split into arguments: {e}") from None
    if not argv:
        raise ConfigError(f"account {who}: {what} is empty")
    program = argv[0]
    try:
        proc = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        raise ConfigError(f"account {who}: {what}: program not found: {program}") from None
    except PermissionError:
        raise ConfigError(f"account {who}: {what}: program not executable: {program}") from None
    except subprocess.TimeoutExpired:
        raise ConfigError(f"account {who}: {what}: {program} did not finish within {timeout:g} s") from None
    if proc.returncode != 0:
        raise ConfigError(
            f"account {who}: {what}: {program} exited with status {proc.returncode} (its output is not shown)"
        )
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    value = lines[0].strip() if lines else ""
    if not value:
        raise ConfigError(f"account {who}: {what}: {program} printed nothing")
    return value


def _from_keyring(service: str, username: str, who: str) -> str:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        raise ConfigError(
            f"account {who}: password_keyring needs the 'keyring' package (pip install keyring)"
        ) from None
    try:
        value = keyring.get_password(service, username)
    except KeyringError as e:
        raise ConfigError(f"account {who}: keyring is not usable here: {type(e).__name__}") from None
    if not value:
        raise ConfigError(f"account {who}: no keyring entry for service {service!r}, user {username!r}")
    return str(value)
