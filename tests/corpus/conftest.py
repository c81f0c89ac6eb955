"""Registers the `corpus` marker: tests that score the rule packs on the held-out labelled corpus.

Deselect with `-m "not corpus"`; the lead decides whether they gate CI.
"""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "corpus: scores the built-in rule packs on the labelled corpus in tests/corpus (slow-ish)"
    )
