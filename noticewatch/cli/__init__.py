"""The `noticewatch` command: a Typer app assembled from one module per command group.

Each module exposes `register(app)`. Heavy libraries are imported inside command functions so that a
cron run with nothing to do starts fast.
"""

from __future__ import annotations

import typer

from noticewatch.cli import check, items, mailboxes, notify, rules, scan

app = typer.Typer(
    name="noticewatch",
    help="Watchdog for vendor notices: turns domain-expiry, hosting-quota and social-login deprecation "
    "mail into a dated action list.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # a traceback must never print a password
    add_completion=False,
    rich_markup_mode=None,
)

for _module in (scan, rules, mailboxes, items, check, notify):
    _module.register(app)


def main() -> None:
    app()
