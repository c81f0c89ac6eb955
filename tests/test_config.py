from __future__ import annotations

from pathlib import Path

import pytest

from noticewatch.config import load_config
from noticewatch.errors import ConfigError
from noticewatch.yamlload import YamlLoadError, load_yaml_text


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "noticewatch.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_file_given_explicitly_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


def test_no_config_anywhere_gives_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NOTICEWATCH_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    cfg = load_config(None)
    assert cfg.accounts == [] and cfg.scan.due_soon_days == 14


def test_env_var_names_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "scan:\n  due_soon_days: 5\n")
    monkeypatch.setenv("NOTICEWATCH_CONFIG", str(path))
    assert load_config(None).scan.due_soon_days == 5


def test_error_names_file_line_and_field(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "accounts:\n"
        "  - host: mail.example.com\n"
        "    username: ops\n"
        "    password_env: OPS_PASSWORD\n"
        "    security: plaintext\n",
    )
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert f"{path}:5:" in message
    assert "accounts.0.security" in message


def test_unknown_key_is_rejected_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "scan:\n  due_soon_days: 3\n  colour: red\n")
    with pytest.raises(ConfigError, match=r":3: scan\.colour"):
        load_config(path)


def test_password_by_value_is_not_accepted_and_not_echoed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "accounts:\n  - host: mail.example.com\n    username: ops\n    password: hunter2-secret\n",
    )
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "hunter2-secret" not in str(err.value)


def test_insecure_transport_needs_explicit_opt_in(tmp_path: Path) -> None:
    base = "accounts:\n  - host: h\n    username: u\n    password_env: P\n    security: none\n"
    with pytest.raises(ConfigError, match="allow_insecure"):
        load_config(write(tmp_path, base))
    cfg = load_config(write(tmp_path, base + "    allow_insecure: true\n"))
    assert cfg.accounts[0].effective_port == 143


def test_relative_paths_resolve_against_the_config_file(tmp_path: Path) -> None:
    path = write(tmp_path, "rules:\n  paths: [my-rules]\nstate:\n  path: state.db\n")
    cfg = load_config(path)
    assert cfg.rules.paths == [tmp_path / "my-rules"]
    assert cfg.state.path == tmp_path / "state.db"


def test_duplicate_keys_are_rejected_with_both_lines() -> None:
    with pytest.raises(YamlLoadError) as err:
        load_yaml_text("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert err.value.line == 3
    assert "duplicate key 'a'" in str(err.value) and "line 1" in str(err.value)


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "scan:\n  due_soon_days: [1, 2\n")
    with pytest.raises(ConfigError, match=r"noticewatch\.yaml:\d+:"):
        load_config(path)


def test_line_map_points_at_nested_keys() -> None:
    _, lines = load_yaml_text("rules:\n  - id: x\n    kind: k\n", "p.yaml")
    assert lines[("rules", 0, "kind")] == 3


def test_password_by_value_says_what_to_use_instead(tmp_path: Path) -> None:
    path = write(tmp_path, "accounts:\n  - host: h\n    username: u\n    password: hunter2-secret\n")
    with pytest.raises(ConfigError, match="password_env") as err:
        load_config(path)
    assert "hunter2-secret" not in str(err.value)


def test_a_password_pasted_as_the_variable_name_is_not_echoed(tmp_path: Path) -> None:
    path = write(tmp_path, "accounts:\n  - host: h\n    username: u\n    password_env: S3CRET-PW-123\n")
    with pytest.raises(ConfigError, match="environment variable") as err:
        load_config(path)
    assert "S3CRET-PW-123" not in str(err.value)
