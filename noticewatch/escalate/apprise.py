"""The `apprise` channel: any Apprise URL (mailto://, tgram://, slack://, msteams://, ntfy://, json:// ...).

The only importer of apprise, imported when a message is sent (start-up time). Apprise URLs embed their
secrets, so they come from `url_env` / `url_command` and are masked everywhere.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from noticewatch.errors import ChannelError
from noticewatch.escalate.base import (
    ChannelType,
    SecretOptions,
    exactly_one_secret,
    mask_url,
    resolve_secret,
)
from noticewatch.escalate.message import Notification, render_text


class AppriseOptions(SecretOptions):
    url_env: str | None = None
    url_command: str | None = None
    max_chars: int | None = Field(default=None, ge=100)

    @model_validator(mode="after")
    def _check(self) -> AppriseOptions:
        exactly_one_secret(self, "url")
        return self


class AppriseChannel:
    def __init__(self, name: str, options: AppriseOptions) -> None:
        self.name = name
        self.options = options

    def describe(self) -> str:
        source = f"${self.options.url_env}" if self.options.url_env else "(URL from command)"
        return f"apprise {source}"

    def preview(self, message: Notification) -> str:
        return f"Title: {message.subject}\n\n{render_text(message, self.options.max_chars)}"

    def send(self, message: Notification) -> None:
        url = resolve_secret(self.name, "Apprise URL", self.options.url_env, self.options.url_command)
        import apprise

        sender = apprise.Apprise()
        scheme = url.partition("://")[0] or "?"
        if not sender.add(url):
            raise ChannelError(f"channel {self.name}: not a valid Apprise URL ({scheme}://***)")
        ok = sender.notify(body=render_text(message, self.options.max_chars), title=message.subject)
        if not ok:
            # Apprise reports the reason only through logging; do not echo the URL (it holds the secret).
            raise ChannelError(f"channel {self.name}: Apprise could not deliver to {mask_url(url)}")


CHANNEL_TYPES: dict[str, ChannelType] = {
    "apprise": ChannelType(AppriseOptions, AppriseChannel, "any Apprise URL"),
}
