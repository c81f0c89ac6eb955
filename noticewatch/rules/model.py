"""The rule-pack language, as pydantic models (extra keys are errors).

A pack file is YAML:

    pack: {name, version, description, maintainer}
    rules: [Rule, ...]

See docs/rules.md for the user-facing description of every field.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from noticewatch.models import Severity

_DURATION = re.compile(r"^\s*(\d+)\s*([dw])\s*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def parse_duration_days(text: str) -> int:
    """'3d' -> 3, '2w' -> 14."""
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"not a duration like '3d' or '2w': {text!r}")
    n = int(m.group(1))
    return n * 7 if m.group(2) == "w" else n


Patterns = Annotated[list[str], Field(min_length=1)]


class Condition(_Strict):
    """A match condition. Every key given must hold (AND).

    subject/body/sender/any_text: at least one of the patterns (re2 syntax, case-insensitive by default)
    matches the mail's subject / own text / From header / subject+text.
    all: every sub-condition holds. any: at least one holds. not: none holds.
    bulk: true holds for mail marked as bulk/marketing (List-Unsubscribe, Precedence: bulk), false for the
    rest; meant for `not` conditions, since vendors also send real notices through bulk senders.
    """

    subject: Patterns | None = None
    body: Patterns | None = None
    sender: Patterns | None = None
    any_text: Patterns | None = Field(default=None, alias="text")
    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: list[Condition] | None = Field(default=None, alias="not")
    bulk: bool | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("not_", mode="before")
    @classmethod
    def _one_or_many(cls, v: object) -> object:
        return [v] if isinstance(v, dict) else v

    @model_validator(mode="after")
    def _not_empty(self) -> Condition:
        if not any(
            getattr(self, f) is not None
            for f in ("subject", "body", "sender", "any_text", "all", "any", "not_", "bulk")
        ):
            raise ValueError("a condition needs at least one of subject, body, sender, text, all, any, not, bulk")
        return self


TargetType = Literal["domain", "account", "app", "text"]


class TargetSpec(_Strict):
    """How to find what is at risk.

    type domain: domain names in the text (the vendor's own domains and link hosts excluded).
    account / app / text: the named group `target` of the first matching pattern.
    fallback: used when nothing is found; a template with {vendor}, {to} (first recipient), {subject}.
    """

    type: TargetType
    patterns: list[str] = Field(default_factory=list)
    fallback: str | None = None
    multiple: bool = True  # a digest listing several targets gives one finding each


class DeadlineSpec(_Strict):
    """How to find the deadline. Built-in cue words are always used; `cues` adds rule-specific ones."""

    cues: list[str] = Field(default_factory=list)
    if_missing: str | None = None  # e.g. "3d": deadline = mail date + 3 days when the mail gives none
    required: bool = False  # a mail without a deadline gives no finding (instead of an undated item)

    @field_validator("if_missing")
    @classmethod
    def _duration(cls, v: str | None) -> str | None:
        if v is not None:
            parse_duration_days(v)
        return v


class ExampleExpectation(_Strict):
    kind: str | None = None
    target: str | None = None
    deadline: str | None = None  # ISO date, or "none" for an undated finding
    suspicious: bool = False
    resolves: bool = False


class RuleExample(_Strict):
    """A mail shipped with the rule: `rules test` checks what the rule finds in it."""

    file: str  # relative to the pack file
    today: str | None = None
    expect: list[ExampleExpectation] = Field(default_factory=list)  # empty: a negative example


class Rule(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")]
    kind: str
    # May use {sender_domain} / {sender_org} (generic rules: the registrar is whoever sent the mail).
    vendor: str
    # Other names the vendor signs with ("가비아", "GoDaddy"): a display name using one of them with a
    # domain that is not the vendor's marks the mail suspicious.
    aliases: list[str] = Field(default_factory=list)
    severity: Severity = Severity.MEDIUM
    status: Literal["experimental", "stable", "deprecated"] = "stable"
    description: str = ""
    references: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=lambda: ["ko", "en"])
    # Sender domains the vendor really uses (subdomains included), partners and wholesale registrars too.
    # ["*"]: any sender, provided the mail authenticates as its From domain (generic rules).
    senders: Annotated[list[str], Field(min_length=1)]
    # Domains a DKIM signature / SPF pass is expected for; default: `senders`.
    authenticated_domains: list[str] | None = None
    # What mail the rule is about at all, tested before `match` and `resolution` (both need it). Meant for
    # headers (a subject vocabulary): mail outside the scope is ruled out before its body is read, which
    # matters for vendors whose domain also sends everything else (github.com, naver.com, google.com).
    scope: Condition | None = None
    match: Condition
    target: TargetSpec
    deadline: DeadlineSpec = Field(default_factory=DeadlineSpec)
    action: str = "Act on {target} at {vendor} before {deadline}"
    # A mail matching this closes the item (renewal completed, quota increased, migration done).
    resolution: Condition | None = None
    examples: list[RuleExample] = Field(default_factory=list)


class PackMeta(_Strict):
    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")]
    version: str | int = 1
    description: str = ""
    maintainer: str = ""


class Pack(_Strict):
    pack: PackMeta
    rules: list[Rule]
