"""Configuration: pydantic models loaded from noticewatch.yaml. Secrets are SecretStr and never printed.

Each section belongs to one stage: `accounts` (sources/imap.py), `rules` (rules/), `state` (store.py),
`routes` and `channels` (escalate/), `scan` (service.py).
"""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from noticewatch.errors import ConfigError

CONFIG_FILENAME = "noticewatch.yaml"
CONFIG_ENV = "NOTICEWATCH_CONFIG"
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AccountConfig(_Section):
    """One IMAP account. The password is never in the file by value."""

    name: str | None = None  # defaults to user@host
    host: str
    port: int | None = None  # default: 993 for tls, 143 otherwise
    security: Literal["tls", "starttls", "none"] = "tls"
    allow_insecure: bool = False  # required to use security: none
    username: str
    password_env: str | None = None
    password_command: str | None = None
    password_keyring: str | None = None  # keyring service name; username is the keyring user
    oauth2_token_command: str | None = None  # XOAUTH2 (Gmail, Microsoft 365)
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])  # globs allowed: "Vendors/*"
    since: str = "180d"  # how far back the first run looks
    ca_file: Path | None = None
    verify_tls: bool = True  # False is loudly warned
    timeout: float = 30.0

    @field_validator("since")
    @classmethod
    def _check_since(cls, value: str) -> str:
        if not re.fullmatch(r"\s*\d{1,5}\s*[dw]\s*", value):
            raise ValueError("since must be a number of days or weeks, like 180d or 26w")
        return value.strip()

    def since_date(self, today: date) -> date:
        """First day the first scan of a folder looks at (IMAP SEARCH SINCE, by arrival date)."""
        n, unit = int(self.since[:-1]), self.since[-1]
        return today - timedelta(days=n * 7 if unit == "w" else n)

    @model_validator(mode="before")
    @classmethod
    def _no_secret_by_value(cls, data: Any) -> Any:
        # Say what to do instead of pydantic's "extra inputs are not permitted"; never echo the value.
        if isinstance(data, dict):
            for key in ("password", "pass", "token", "oauth2_token", "secret"):
                if key in data:
                    raise ValueError(
                        f"{key}: secrets are never written in the config; use password_env, password_command, "
                        "password_keyring or oauth2_token_command"
                    )
            env = data.get("password_env")
            if isinstance(env, str) and not _ENV_NAME.match(env):
                # Someone pasted the password itself where the variable's name belongs: do not print it.
                raise ValueError("password_env must name an environment variable (letters, digits, _), not a password")
        return data

    @model_validator(mode="after")
    def _check(self) -> AccountConfig:
        if self.security == "none" and not self.allow_insecure:
            raise ValueError("security: none sends the password in clear; set allow_insecure: true to opt in")
        secrets = [self.password_env, self.password_command, self.password_keyring, self.oauth2_token_command]
        if sum(s is not None for s in secrets) != 1:
            raise ValueError(
                "give exactly one of password_env, password_command, password_keyring, oauth2_token_command"
            )
        return self

    @property
    def display_name(self) -> str:
        return self.name or f"{self.username}@{self.host}"

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return 993 if self.security == "tls" else 143


class RulesConfig(_Section):
    paths: list[Path] = Field(default_factory=list)  # user packs: files or folders
    disable_packs: list[str] = Field(default_factory=list)  # built-in pack names switched off
    disable_rules: list[str] = Field(default_factory=list)
    # Authentication-Results are trusted only from these authserv-ids when given (anyone can forge the
    # header upstream); otherwise only the topmost header is read.
    trusted_authserv_ids: list[str] = Field(default_factory=list)


class StateConfig(_Section):
    path: Path | None = None  # default: the user's state dir


class ScanConfig(_Section):
    due_soon_days: int = 14
    paths: list[Path] = Field(default_factory=list)  # mail files/folders scanned besides accounts


class ChannelConfig(_Section):
    """A notification channel (escalate/). `type` picks the implementation; `options` are checked by it.

    Secrets (SMTP password, webhook URLs with tokens, bot tokens) only by `*_env` / `*_command` options.
    """

    # A secret written by mistake must not come back in the error that refuses it.
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)

    name: str = Field(min_length=1)
    type: str  # a key of escalate.registry.CHANNEL_TYPES: "email", "slack", "teams", "webhook", "apprise", ...
    options: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_options(self) -> ChannelConfig:
        from noticewatch.escalate.registry import validate_channel_options

        validate_channel_options(self.type, self.options)  # ValueError names the bad option, never its value
        return self


class RouteConfig(_Section):
    """Which items go to which channels, and when (escalate/policy.py). An empty filter matches everything.

    Filters are case-insensitive globs ("*.co.kr"); an item must pass every non-empty filter.
    """

    name: str = Field(min_length=1)
    channels: list[str] = Field(min_length=1)
    kinds: list[str] = Field(default_factory=list)
    vendors: list[str] = Field(default_factory=list)
    severities: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    # Days before the deadline that remind; the deadline day itself always reminds.
    remind_days: list[int] = Field(default_factory=lambda: [30, 14, 7, 3, 1])
    overdue_every_days: int = Field(default=1, ge=1)  # 1: daily while overdue
    first_seen: bool = True  # a "new item" notice when the route first sees an item
    phishing: bool = True  # one "possible phishing" notice per suspicious item
    quiet_hours: str | None = None  # "22:00-08:00" in `timezone`: nothing is sent then (deferred, not lost)
    timezone: str = "Asia/Seoul"

    @model_validator(mode="after")
    def _check(self) -> RouteConfig:
        if any(d < 1 for d in self.remind_days):
            raise ValueError("remind_days must be whole days >= 1 (the deadline day always reminds)")
        self.remind_days = sorted(set(self.remind_days), reverse=True)
        self.channels = list(dict.fromkeys(self.channels))  # a channel named twice still gets one digest
        from noticewatch.escalate.policy import parse_quiet_hours, parse_timezone

        parse_timezone(self.timezone)
        if self.quiet_hours is not None:
            parse_quiet_hours(self.quiet_hours)
        return self


class Config(_Section):
    accounts: list[AccountConfig] = Field(default_factory=list)
    rules: RulesConfig = Field(default_factory=RulesConfig)
    state: StateConfig = Field(default_factory=StateConfig)
    scan: ScanConfig = Field(default_factory=ScanConfig)
    channels: list[ChannelConfig] = Field(default_factory=list)
    routes: list[RouteConfig] = Field(default_factory=list)
    source_path: Annotated[Path | None, Field(exclude=True)] = None


def find_config_file(explicit: Path | None) -> Path | None:
    """--config, then $NOTICEWATCH_CONFIG, then ./noticewatch.yaml, then the user config dir."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"config file not found: {explicit}")
        return explicit
    env = os.environ.get(CONFIG_ENV)
    if env:
        p = Path(env)
        if not p.is_file():
            raise ConfigError(f"${CONFIG_ENV} names a file that does not exist: {p}")
        return p
    local = Path.cwd() / CONFIG_FILENAME
    if local.is_file():
        return local
    import platformdirs

    user = Path(platformdirs.user_config_dir("noticewatch")) / CONFIG_FILENAME
    return user if user.is_file() else None


def load_config(explicit: Path | None = None) -> Config:
    """Load and validate the config; a missing file gives the defaults. Errors name file, line and field."""
    path = find_config_file(explicit)
    if path is None:
        return Config()
    from noticewatch.yamlload import YamlLoadError, load_yaml_with_lines

    try:
        data, lines = load_yaml_with_lines(path)
    except YamlLoadError as e:
        raise ConfigError(str(e)) from e
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the config must be a mapping of sections")
    try:
        cfg = Config.model_validate(data)
    except ValidationError as e:
        raise ConfigError(_format_validation(path, e, lines)) from e
    cfg.source_path = path
    base = path.parent
    cfg.rules.paths = [p if p.is_absolute() else base / p for p in cfg.rules.paths]
    cfg.scan.paths = [p if p.is_absolute() else base / p for p in cfg.scan.paths]
    if cfg.state.path is not None and not cfg.state.path.is_absolute():
        cfg.state.path = base / cfg.state.path
    return cfg


def _format_validation(path: Path, err: ValidationError, lines: dict[tuple[str | int, ...], int]) -> str:
    out = []
    for e in err.errors():
        loc = tuple(e["loc"])
        line = _nearest_line(loc, lines)
        field = ".".join(str(p) for p in loc) or "(top)"
        # Never echo the offending input: it may be a secret.
        out.append(f"{path}:{line}: {field}: {e['msg']}" if line else f"{path}: {field}: {e['msg']}")
    return "\n".join(out)


def _nearest_line(loc: tuple[str | int, ...], lines: dict[tuple[str | int, ...], int]) -> int | None:
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None


def secret_value(secret: SecretStr | None) -> str | None:
    return secret.get_secret_value() if secret is not None else None
