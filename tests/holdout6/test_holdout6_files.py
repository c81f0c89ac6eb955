"""The committed holdout6 mails and labels equal a fresh, deterministic run of the generator, every mail
parses and every label follows the schema (mechanics only: this test never runs the rules)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_committed_files_equal_a_fresh_run() -> None:
    done = subprocess.run(
        [sys.executable, str(HERE / "make_holdout6.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
