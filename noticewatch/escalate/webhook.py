"""Webhook channels: a JSON body made from a template, sent over HTTP with urllib.

One implementation serves the generic `webhook` type and the ready presets (Slack, Microsoft Teams, Discord,
Telegram, and the Korean messengers JANDI, Dooray, KakaoWork, NAVER WORKS), which differ only in template,
headers and message length. Templates are JSON with `${name}` placeholders (string.Template, no Jinja2):
every value is JSON-encoded before it is put in, so a vendor's mail text can never break out of its string;
`$$` writes a literal `$`. The result must be valid JSON, checked when the config is loaded.

Webhook URLs carry tokens: they come from `url_env` / `url_command` and are masked in every message.
"""

from __future__ import annotations

import http.client
import json
import string
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Literal

from pydantic import Field, model_validator

from noticewatch.errors import ChannelError, ConfigError
from noticewatch.escalate.base import (
    Channel,
    ChannelType,
    SecretOptions,
    exactly_one_secret,
    mask_url,
    resolve_secret,
    scrub,
    secret_parts,
)
from noticewatch.escalate.message import Notification, render_text, status_label

TextStyle = Literal["plain", "slack", "paragraphs"]
USER_AGENT = "noticewatch"


@dataclass(frozen=True, slots=True)
class Preset:
    template: str  # file in escalate/templates/
    max_chars: int | None  # the service's message limit, with a margin
    text_style: TextStyle = "plain"
    headers: Mapping[str, str] = field(default_factory=dict)


PRESETS: dict[str, Preset] = {
    "slack": Preset("slack", 3800, "slack"),
    # Teams "Workflows" webhooks take an Adaptive Card; old Office 365 connectors take teams-messagecard.
    "teams": Preset("teams", 20000, "paragraphs"),
    "discord": Preset("discord", 1900),
    "telegram": Preset("telegram", 4000),
    # JANDI rejects a body without its versioned Accept header.
    "jandi": Preset("jandi", 4000, headers={"Accept": "application/vnd.tosslab.jandi-v2+json"}),
    "dooray": Preset("dooray", 4000),
    "kakaowork": Preset("kakaowork", 4000),
    "naverworks": Preset("naverworks", 2000),
    "webhook": Preset("generic", None),
}

TEMPLATE_VARIABLES = (
    "subject",
    "title",
    "text",
    "today",
    "count",
    "test",
    "items",
    "color",
    "color_hex",
    "color_name",
    "bot_name",
    "chat_id",
)


def shipped_templates() -> list[str]:
    folder = resources.files("noticewatch.escalate") / "templates"
    return sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))


def load_template(name: str) -> str:
    available = shipped_templates()
    if name not in available:
        raise ValueError(f"unknown template {name!r}; shipped templates: {', '.join(available)}")
    return (resources.files("noticewatch.escalate") / "templates" / f"{name}.json").read_text(encoding="utf-8")


def render_body(template: str, variables: Mapping[str, Any]) -> str:
    """Fill a JSON template with JSON-encoded values; ValueError names an unknown placeholder or bad JSON."""
    encoded = {k: json.dumps(v, ensure_ascii=False) for k, v in variables.items()}
    try:
        body = string.Template(template).substitute(encoded)
    except KeyError as e:
        raise ValueError(
            f"template uses unknown variable ${{{e.args[0]}}}; available: {', '.join(sorted(encoded))}"
        ) from None
    except ValueError as e:  # a lone "$" not followed by a name
        raise ValueError(f"template has a bad placeholder ({e}); write $$ for a literal $") from None
    try:
        json.loads(body)
    except json.JSONDecodeError as e:
        raise ValueError(f"template does not give valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    return body


def _styled(text: str, style: TextStyle) -> str:
    if style == "slack":
        # Slack mrkdwn treats these three as control characters.
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if style == "paragraphs":
        # Teams cards join single newlines into one paragraph.
        return text.replace("\n", "\n\n")
    return text


def _colour_name(hex_colour: str) -> str:
    return {"#D93F0B": "red", "#FBCA04": "orange"}.get(hex_colour, "green")


def template_variables(
    n: Notification, style: TextStyle, max_chars: int | None, extra: Mapping[str, Any]
) -> dict[str, Any]:
    items = [
        {
            "id": e.item.id,
            "status": status_label(e).lower(),
            "reminder": e.kind.value,
            "kind": e.item.kind,
            "vendor": e.item.vendor,
            "target": e.item.target,
            "deadline": e.item.deadline.isoformat() if e.item.deadline else None,
            "days_left": e.days_left,
            "severity": e.item.severity.value,
            "action": e.item.action,
            "acked": e.item.acked,
            "routes": list(e.routes),
            "evidence": e.item.evidence[0].subject if e.item.evidence else None,
        }
        for e in n.entries
    ]
    variables: dict[str, Any] = {
        "bot_name": "noticewatch",
        "chat_id": "",
    }
    variables.update(extra)
    variables.update(
        subject=n.subject,
        title=n.title,
        text=_styled(render_text(n, max_chars), style),
        today=n.created.date().isoformat(),
        count=len(n.entries),
        test=n.test,
        items=items,
        color=n.severity_color,
        color_hex=n.severity_color.lstrip("#"),
        color_name=_colour_name(n.severity_color),
    )
    return variables


_SAMPLE = {name: "" for name in TEMPLATE_VARIABLES}


class WebhookOptions(SecretOptions):
    """Options of the generic `webhook` type and of every preset (slack, teams, discord, jandi, ...)."""

    url: str | None = None  # only for a URL without a secret, on the generic type
    url_env: str | None = None
    url_command: str | None = None
    template: str | None = None  # a shipped template (`webhook` default: generic)
    body_template: str | None = None  # your own JSON template
    method: Literal["POST", "PUT"] = "POST"
    headers: dict[str, str] = Field(default_factory=dict)
    headers_env: dict[str, str] = Field(default_factory=dict)  # header name -> environment variable
    variables: dict[str, str | int | bool] = Field(default_factory=dict)  # extra ${name}s, e.g. bot_name
    max_chars: int | None = Field(default=None, ge=100)
    timeout: float = Field(default=15.0, gt=0)

    @model_validator(mode="after")
    def _check(self) -> WebhookOptions:
        given = [k for k in ("url", "url_env", "url_command") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of url_env, url_command (or url for a URL without a secret)")
        if self.template is not None and self.body_template is not None:
            raise ValueError("give template or body_template, not both")
        reserved = set(TEMPLATE_VARIABLES) - {"bot_name", "chat_id"}
        clash = sorted(reserved & set(self.variables))
        if clash:
            raise ValueError(f"variables may not redefine {', '.join(clash)}")
        template = self.body_template if self.body_template is not None else None
        if template is None and self.template is not None:
            template = load_template(self.template)
        if template is not None:
            render_body(template, {**_SAMPLE, **self.variables})
        return self


class PresetWebhookOptions(WebhookOptions):
    @model_validator(mode="after")
    def _no_plain_url(self) -> PresetWebhookOptions:
        if self.url is not None:
            raise ValueError("this webhook URL carries a token: give url_env or url_command, not url")
        return self


class TelegramOptions(SecretOptions):
    token_env: str | None = None
    token_command: str | None = None
    chat_id: str | int
    api_base: str = "https://api.telegram.org"  # overridable for a local Bot API server (and tests)
    template: str | None = None
    body_template: str | None = None
    variables: dict[str, str | int | bool] = Field(default_factory=dict)
    max_chars: int | None = Field(default=None, ge=100)
    timeout: float = Field(default=15.0, gt=0)

    @model_validator(mode="after")
    def _check(self) -> TelegramOptions:
        exactly_one_secret(self, "token")
        if self.template is not None and self.body_template is not None:
            raise ValueError("give template or body_template, not both")
        template = self.body_template or (load_template(self.template) if self.template else None)
        if template is not None:
            render_body(template, {**_SAMPLE, **self.variables})
        return self


class WebhookChannel:
    """POSTs a templated JSON body to a URL resolved from the environment at send time."""

    def __init__(
        self,
        name: str,
        type_name: str,
        preset: Preset,
        template: str,
        url_source: tuple[str | None, str | None, str | None],  # (url, url_env, url_command)
        *,
        method: str = "POST",
        headers: Mapping[str, str] | None = None,
        headers_env: Mapping[str, str] | None = None,
        variables: Mapping[str, Any] | None = None,
        max_chars: int | None = None,
        timeout: float = 15.0,
        url_suffix: str = "",
        secret_what: str = "webhook URL",
    ) -> None:
        self.name = name
        self.type_name = type_name
        self._preset = preset
        self._template = template
        self._url_source = url_source
        self._method = method
        self._headers = {**preset.headers, **(headers or {})}
        self._headers_env = dict(headers_env or {})
        self._variables = dict(variables or {})
        self._max_chars = max_chars if max_chars is not None else preset.max_chars
        self._timeout = timeout
        self._url_suffix = url_suffix
        self._secret_what = secret_what

    def _where(self) -> str:
        url, env, _command = self._url_source
        if url is not None:
            return mask_url(url + self._url_suffix)
        return f"${env}" if env else "(URL from command)"

    def describe(self) -> str:
        return f"{self.type_name} webhook {self._where()}"

    def body(self, message: Notification) -> str:
        variables = template_variables(message, self._preset.text_style, self._max_chars, self._variables)
        try:
            return render_body(self._template, variables)
        except ValueError as e:
            raise ConfigError(f"channel {self.name}: {e}") from None

    def preview(self, message: Notification) -> str:
        pretty = json.dumps(json.loads(self.body(message)), ensure_ascii=False, indent=2)
        return f"{self._method} {self._where()}\n{pretty}"

    def _resolve(self) -> tuple[str, str | None]:
        url, env, command = self._url_source
        if url is not None:
            return url, None
        secret = resolve_secret(self.name, self._secret_what, env, command)
        return secret, secret

    def send(self, message: Notification) -> None:
        body = self.body(message).encode("utf-8")
        base, secret = self._resolve()
        url = base + self._url_suffix
        headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT}
        headers.update(self._headers)
        secrets: list[str | None] = [secret, *secret_parts(url)] if secret else []
        for header, env in self._headers_env.items():
            value = resolve_secret(self.name, f"header {header}", env, None)
            headers[header] = value
            secrets.append(value)
        post_json(self.name, url, body, headers, self._method, self._timeout, secrets)


def post_json(
    channel: str,
    url: str,
    body: bytes,
    headers: Mapping[str, str],
    method: str,
    timeout: float,
    secrets: list[str | None],
) -> None:
    """One HTTP request; any failure (refused, timeout, non-2xx, a JSON reply saying not ok) is a ChannelError."""
    where = mask_url(url)
    try:
        request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
    except ValueError:
        raise ChannelError(f"channel {channel}: not a valid URL: {where}") from None
    if request.type not in ("http", "https"):
        raise ChannelError(f"channel {channel}: only http and https URLs are supported: {where}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # scheme checked above
            reply = response.read(65536)
    except urllib.error.HTTPError as e:
        detail = e.read(300).decode("utf-8", "replace").strip()
        detail = scrub(" ".join(detail.split()), *secrets)
        raise ChannelError(
            f"channel {channel}: HTTP {e.code} from {where}" + (f": {detail}" if detail else "")
        ) from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as e:
        reason = getattr(e, "reason", None) or e
        raise ChannelError(f"channel {channel}: cannot reach {where}: {scrub(str(reason), *secrets)}") from None
    problem = _reply_problem(reply)
    if problem:
        raise ChannelError(f"channel {channel}: {where} refused the message: {scrub(problem, *secrets)}")


def _reply_problem(reply: bytes) -> str | None:
    """Some services answer 200 with an error inside (Telegram/Slack-style "ok", Dooray "isSuccessful")."""
    try:
        data = json.loads(reply)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    header = data.get("header")
    if (
        data.get("ok") is False
        or data.get("success") is False
        or (isinstance(header, dict) and header.get("isSuccessful") is False)
    ):
        text = data.get("description") or data.get("error") or (header or {}).get("resultMessage") or "not ok"
        return str(text)[:300]
    return None


def _template_for(type_name: str, template: str | None, body_template: str | None) -> str:
    if body_template is not None:
        return body_template
    return load_template(template or PRESETS[type_name].template)


def _build_webhook(type_name: str) -> Any:
    def build(name: str, o: WebhookOptions) -> Channel:
        return WebhookChannel(
            name,
            type_name,
            PRESETS[type_name],
            _template_for(type_name, o.template, o.body_template),
            (o.url, o.url_env, o.url_command),
            method=o.method,
            headers=o.headers,
            headers_env=o.headers_env,
            variables=o.variables,
            max_chars=o.max_chars,
            timeout=o.timeout,
        )

    return build


def _build_telegram(name: str, o: TelegramOptions) -> Channel:
    # The token is part of the URL path (/bot<token>/sendMessage): resolve it at send time, mask it always.
    return _TelegramChannel(name, o)


class _TelegramChannel(WebhookChannel):
    def __init__(self, name: str, o: TelegramOptions) -> None:
        super().__init__(
            name,
            "telegram",
            PRESETS["telegram"],
            _template_for("telegram", o.template, o.body_template),
            (None, o.token_env, o.token_command),
            variables={**o.variables, "chat_id": o.chat_id},
            max_chars=o.max_chars,
            timeout=o.timeout,
            secret_what="bot token",
        )
        self._api_base = o.api_base.rstrip("/")

    def _where(self) -> str:
        return f"{mask_url(self._api_base)}/bot***/sendMessage"

    def _resolve(self) -> tuple[str, str | None]:
        token, _ = super()._resolve()
        return f"{self._api_base}/bot{token}/sendMessage", token


CHANNEL_TYPES: dict[str, ChannelType] = {
    "webhook": ChannelType(WebhookOptions, _build_webhook("webhook"), "generic JSON webhook with a template"),
    "telegram": ChannelType(TelegramOptions, _build_telegram, "Telegram bot API sendMessage"),
    **{
        name: ChannelType(PresetWebhookOptions, _build_webhook(name), f"{name} incoming webhook")
        for name in ("slack", "teams", "discord", "jandi", "dooray", "kakaowork", "naverworks")
    },
}
