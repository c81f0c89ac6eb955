"""The built-in packs are valid, every rule ships positive and negative examples, and all of them pass."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from noticewatch.cli import app
from noticewatch.config import RulesConfig
from noticewatch.rules.loader import builtin_pack_dir, load_ruleset

PACKS = builtin_pack_dir()


def test_builtin_packs_validate_cleanly() -> None:
    result = CliRunner().invoke(app, ["rules", "validate", str(PACKS)])
    assert result.exit_code == 0, result.output


def test_builtin_rule_examples_all_pass() -> None:
    result = CliRunner().invoke(app, ["rules", "test", str(PACKS)])
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output


def test_every_builtin_rule_has_a_positive_and_a_negative_example() -> None:
    ruleset = load_ruleset(RulesConfig())
    assert {"domain-expiry", "hosting-quota", "social-login-deprecation"} <= {r.rule.kind for r in ruleset.rules}
    for loaded in ruleset.rules:
        examples = loaded.rule.examples
        assert any(e.expect for e in examples), f"{loaded.rule.id}: no positive example"
        assert any(not e.expect for e in examples), f"{loaded.rule.id}: no negative example"
        for example in examples:
            assert (Path(loaded.location.split(":")[0]).parent / example.file).is_file(), example.file
