"""The run lock: one scan/notify run per state file at a time (cron overlaps, a terminal run during cron).

The only importer of filelock. The lock file sits next to the state file (`state.db.lock`); the OS releases it
when the holding process dies, so a killed run never leaves a stale lock behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from noticewatch.errors import LockedError, StoreError

LOCK_TIMEOUT_S = 0.5


def lock_path(state_path: Path) -> Path:
    return state_path.with_name(state_path.name + ".lock")


@contextmanager
def run_lock(state_path: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[Path]:
    """Hold the run lock of `state_path`; LockedError at once (after `timeout` s) if another run holds it."""
    from filelock import FileLock, Timeout

    path = lock_path(Path(state_path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create the state directory {path.parent}: {e.strerror or e}") from e
    lock = FileLock(str(path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise LockedError(f"another noticewatch run is in progress (lock: {path})") from None
    except OSError as e:
        raise StoreError(f"cannot take the run lock {path}: {e.strerror or e}") from e
    try:
        yield path
    finally:
        lock.release()
