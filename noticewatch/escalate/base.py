"""The Channel interface every notification channel implements, and what channels share: secrets, masking.

A channel turns a Notification into one delivery (a mail, a webhook POST, ...). It raises ChannelError when
that fails, with a message that never contains a secret (URLs are masked, passwords never echoed).
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, model_validator

from noticewatch.errors import ChannelError
from noticewatch.escalate.message import Notification


class Channel(Protocol):
    """One configured channel."""

    name: str

    def describe(self) -> str:
        """To whom and how, secrets masked: "email to a@x.com via smtp.x.com:587 (starttls)"."""
        ...

    def preview(self, message: Notification) -> str:
        """Exactly what `send` would deliver (masked where it carries a secret), for --dry-run."""
        ...

    def send(self, message: Notification) -> None:
        """Deliver the message; raise ChannelError on any failure."""
        ...


class ChannelOptions(BaseModel):
    """Base of each channel type's options: unknown options are errors."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, hide_input_in_errors=True)


@dataclass(frozen=True, slots=True)
class ChannelType:
    """A registry entry: how to check a channel's options and build it."""

    options_model: type[ChannelOptions]
    build: Callable[[str, Any], Channel]  # (channel name, validated options) -> Channel
    summary: str


class SecretOptions(ChannelOptions):
    """Options of a channel with secrets: a secret written by value is refused with a pointer to *_env."""

    @model_validator(mode="before")
    @classmethod
    def _reject_secret_by_value(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in ("password", "token", "secret"):
                if key in data:
                    raise ValueError(f"{key} must not be written in the config: use {key}_env or {key}_command")
        return data


def exactly_one_secret(options: BaseModel, what: str, required: bool = True) -> None:
    """Check that at most one (exactly one when `required`) of `<what>_env`, `<what>_command` is given."""
    given = [k for k in (f"{what}_env", f"{what}_command") if getattr(options, k, None) is not None]
    if len(given) > 1 or (required and not given):
        raise ValueError(f"give exactly one of {what}_env or {what}_command")


def missing_secret_envs(options: Mapping[str, Any]) -> list[str]:
    """A channel's `*_env` options (as written in the config) whose environment variable is not set, as
    "VAR (option)". A dry run reports them; `*_command` secrets are not run for a dry run (it may prompt)."""
    missing: list[str] = []
    for key, value in options.items():
        if not key.endswith("_env"):
            continue
        names = [value] if isinstance(value, str) else list(value.values()) if isinstance(value, Mapping) else []
        missing += [f"{env} ({key})" for env in names if isinstance(env, str) and not os.environ.get(env)]
    return missing


def resolve_secret(channel: str, what: str, env: str | None, command: str | None, timeout: float = 30.0) -> str:
    """Read a secret from an environment variable or a command's stdout. Errors name the source, never the value."""
    if env is not None:
        value = os.environ.get(env)
        if not value:
            raise ChannelError(f"channel {channel}: environment variable {env} ({what}) is not set")
        return value.strip()
    if command is not None:
        try:
            done = subprocess.run(
                shlex.split(command),
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except (OSError, ValueError, subprocess.TimeoutExpired) as e:
            raise ChannelError(f"channel {channel}: {what} command could not run: {type(e).__name__}") from None
        if done.returncode != 0:
            # Its output is not echoed: a password manager may print the secret or its name.
            raise ChannelError(f"channel {channel}: {what} command exited with status {done.returncode}")
        # `pass` prints the secret on the first line and metadata after it.
        lines = done.stdout.decode("utf-8", "replace").splitlines()
        value = lines[0].strip() if lines else ""
        if not value:
            raise ChannelError(f"channel {channel}: {what} command printed nothing")
        return value
    raise ChannelError(f"channel {channel}: no {what} configured")


def mask_url(url: str) -> str:
    """Keep scheme, host and port; hide user info, path and query (webhook tokens live there)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "***"
    if not parts.scheme or not host:
        return "***"
    hidden = "/***" if (parts.path not in ("", "/") or parts.query or parts.username) else ""
    return f"{parts.scheme}://{host}{port}{hidden}"


def secret_parts(url: str) -> list[str]:
    """The pieces of a secret URL that must not appear in a message: itself, its path, tokens, query, password."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return [url]
    pieces = [url, parts.path, parts.query, parts.password or ""]
    # A reply may echo just the token segment ("/services/T0/B0/<token>"); short words like "hook" stay.
    pieces += [seg for seg in parts.path.split("/") if len(seg) >= 6]
    return [p for p in pieces if p and p != "/"]


def scrub(text: str, *secrets: str | None) -> str:
    """Remove secrets from a message (an error string from a library or a server may quote them)."""
    for s in sorted((s for s in secrets if s and len(s) >= 4), key=len, reverse=True):
        text = text.replace(s, "***")
    return text
