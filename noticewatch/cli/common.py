"""What every command shares: the error boundary, option parsing helpers, the stderr console."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional, ParamSpec, TypeVar

import typer

from noticewatch.errors import (
    ChannelError,
    ConfigError,
    InputError,
    LockedError,
    NoticewatchError,
    RulePackError,
    SourceError,
)
from noticewatch.exitcodes import ExitCode

# Options several commands share, so that they read and behave the same everywhere.
ConfigOpt = Annotated[
    Optional[Path],  # noqa: UP045 - Typer needs Optional here
    typer.Option("--config", "-c", metavar="PATH", help="Config file (noticewatch.yaml)."),
]
StateOpt = Annotated[
    Optional[Path],  # noqa: UP045 - Typer needs Optional here
    typer.Option(
        "--state", metavar="PATH", help="SQLite state file (default: from the config, else the user's state dir)."
    ),
]
TodayOpt = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option("--today", metavar="YYYY-MM-DD", help="Fix 'now' for reproducible output."),
]

P = ParamSpec("P")
R = TypeVar("R")


def exit_code_for(error: NoticewatchError) -> ExitCode:
    if isinstance(error, LockedError):
        return ExitCode.LOCKED
    if isinstance(error, (SourceError, ChannelError)):
        return ExitCode.UNREACHABLE
    if isinstance(error, (ConfigError, RulePackError, InputError)):
        return ExitCode.USAGE
    return ExitCode.USAGE


def eprint(message: str) -> None:
    """One line for a human, on stderr."""
    print(message, file=sys.stderr)


def error_boundary(fn: Callable[P, R]) -> Callable[P, R]:
    """Translate our errors into one line on stderr and an exit code; never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except typer.BadParameter as e:
            eprint(f"noticewatch: error: {e.format_message()}")
            raise typer.Exit(int(ExitCode.USAGE)) from None
        except NoticewatchError as e:
            eprint(f"noticewatch: error: {e}")
            raise typer.Exit(int(exit_code_for(e))) from None
        except KeyboardInterrupt:
            eprint("noticewatch: interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        except Exception as e:  # a bug: say so plainly, without locals
            eprint(f"noticewatch: internal error: {type(e).__name__}: {e}")
            eprint("Please report this with the command you ran (no passwords are included above).")
            raise typer.Exit(int(ExitCode.INTERNAL)) from None

    return wrapper


def parse_today(value: str | None) -> date:
    """--today YYYY-MM-DD fixes "now"; default the real date."""
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}", param_hint="--today") from None


def load_config_option(path: Path | None) -> Any:
    from noticewatch.config import load_config

    return load_config(path)
