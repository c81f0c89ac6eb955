"""Exit codes: CI must tell "found overdue" (1) from "could not check" (3)."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    POLICY_BREACH = 1  # `check` found items meeting --fail-on; `rules validate/test` found errors
    USAGE = 2  # usage, config, rule-pack or input error
    UNREACHABLE = 3  # a mailbox or channel could not be reached
    INTERNAL = 4  # a bug: an unexpected exception
    LOCKED = 5  # another run holds the state lock (cron overlap)
    INTERRUPTED = 130
