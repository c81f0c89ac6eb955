"""Channel types by the name users write in `channels[].type`, and building a channel from its config."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from noticewatch.config import ChannelConfig
from noticewatch.errors import ConfigError
from noticewatch.escalate import apprise, email, webhook
from noticewatch.escalate.base import Channel, ChannelOptions, ChannelType

CHANNEL_TYPES: dict[str, ChannelType] = {
    **email.CHANNEL_TYPES,
    **webhook.CHANNEL_TYPES,
    **apprise.CHANNEL_TYPES,
}


def channel_type(name: str) -> ChannelType:
    try:
        return CHANNEL_TYPES[name]
    except KeyError:
        valid = ", ".join(sorted(CHANNEL_TYPES))
        raise ValueError(f"unknown channel type {name!r}; valid types: {valid}") from None


def validate_channel_options(type_name: str, options: dict[str, Any]) -> ChannelOptions:
    """Check a channel's options against its type; ValueError names the option, never its value."""
    kind = channel_type(type_name)
    try:
        return kind.options_model.model_validate(options)
    except ValidationError as e:
        problems = []
        for err in e.errors():
            where = ".".join(str(p) for p in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            problems.append(f"options.{where}: {msg}" if where else f"options: {msg}")
        raise ValueError("; ".join(problems)) from None


def build_channel(config: ChannelConfig) -> Channel:
    """A ready channel; ConfigError for an unknown type or bad options (config built without load_config)."""
    try:
        options = validate_channel_options(config.type, config.options)
    except ValueError as e:
        raise ConfigError(f"channel {config.name}: {e}") from None
    return CHANNEL_TYPES[config.type].build(config.name, options)
