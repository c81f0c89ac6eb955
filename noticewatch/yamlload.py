"""Safe YAML loading that rejects duplicate keys and remembers the line of every node.

Used by the config and the rule-pack loader so that every user-content error can say file and line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

LineMap = dict[tuple[str | int, ...], int]


class YamlLoadError(Exception):
    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        super().__init__(f"{path}:{line}: {problem}" if line else f"{path}: {problem}")


# The C parser (when PyYAML was built with libyaml) reads the built-in packs ~10x faster.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    pass


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key] + 1})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _collect_lines(node: yaml.Node, path: tuple[str | int, ...], out: LineMap) -> None:
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value if isinstance(k, yaml.ScalarNode) else str(k.start_mark.line)
            out[(*path, key)] = k.start_mark.line + 1
            _collect_lines(v, (*path, key), out)
            out[(*path, key)] = k.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _collect_lines(v, (*path, i), out)


def load_yaml_text(text: str, path: Path | str) -> tuple[Any, LineMap]:
    """Parse YAML text; return the data and a map from key path to 1-based line."""
    try:
        # Compose once: the same node tree gives both the data and the line of every key.
        loader = _UniqueKeyLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        raise YamlLoadError(path, line, f"{e.problem or e.context}") from e
    except yaml.YAMLError as e:
        raise YamlLoadError(path, None, str(e)) from e
    lines: LineMap = {}
    if node is not None:
        _collect_lines(node, (), lines)
    return data, lines


def load_yaml_with_lines(path: Path) -> tuple[Any, LineMap]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise YamlLoadError(path, None, f"not UTF-8 text ({e.reason})") from e
    except OSError as e:
        raise YamlLoadError(path, None, f"cannot read: {e.strerror or e}") from e
    return load_yaml_text(text, path)
