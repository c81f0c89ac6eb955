"""Loading rule packs: built-in packs, user packs, switches, overrides; every error says file, line and rule.

- Built-in packs live in `noticewatch/builtin_packs/` inside an installed wheel (pyproject force-includes the
  top-level `rules/` there) and in `<repo>/rules/` in a source checkout.
- User packs come from files or folders (config `rules.paths` and `--rules`); in a folder, the `*.yaml` /
  `*.yml` files at its top are packs (sub-folders such as `examples/` hold mail, not packs).
- `disable_packs` / `disable_rules` switch built-ins off one by one; a user rule whose id equals a built-in
  rule's id replaces it.
- `load_ruleset` stops at the first error (a scan must not start with a broken pack); `validate_paths`
  collects every error (for `rules validate`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from noticewatch.config import RulesConfig
from noticewatch.errors import ConfigError, RulePackError
from noticewatch.rules.model import Pack, PackMeta, Rule
from noticewatch.yamlload import LineMap, YamlLoadError, load_yaml_with_lines

PACK_SUFFIXES = (".yaml", ".yml")


def builtin_pack_dir(package_dir: Path | None = None) -> Path:
    """Where the built-in packs are: inside the installed package, else the source checkout's rules/."""
    if package_dir is None:
        package_dir = Path(__file__).resolve().parent.parent
    installed = package_dir / "builtin_packs"
    if installed.is_dir():
        return installed
    return package_dir.parent / "rules"


@dataclass(frozen=True, slots=True)
class LoadedRule:
    """A validated rule and where it came from."""

    rule: Rule
    pack: str
    path: str
    line: int | None
    builtin: bool
    lines: LineMap = field(repr=False, compare=False)  # key path inside the rule -> line
    overrides: str | None = None  # "path:line" of the built-in rule this user rule replaces

    @property
    def id(self) -> str:
        return self.rule.id

    def line_of(self, *keys: str | int) -> int | None:
        """Line of a key path inside the rule (nearest enclosing key when the exact one is unknown)."""
        for n in range(len(keys), -1, -1):
            if keys[:n] in self.lines:
                return self.lines[keys[:n]]
        return self.line

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True, slots=True)
class PackInfo:
    name: str
    path: str
    version: str
    description: str
    maintainer: str
    builtin: bool
    enabled: bool
    rule_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Every rule that will run, in order (user rules first, then built-ins), plus what was left out."""

    rules: tuple[LoadedRule, ...]
    packs: tuple[PackInfo, ...] = ()
    disabled: tuple[LoadedRule, ...] = ()  # switched off by disable_packs / disable_rules
    overridden: tuple[LoadedRule, ...] = ()  # built-ins replaced by a user rule with the same id
    warnings: tuple[RulePackError, ...] = ()

    def get(self, rule_id: str) -> LoadedRule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


@dataclass(frozen=True, slots=True)
class ParsedPack:
    meta_name: str
    path: str
    pack: Pack
    lines: LineMap
    builtin: bool
    # Position of each rule in the file's `rules:` list (differs from 0..n-1 when invalid rules were dropped).
    positions: tuple[int, ...] | None = None

    def loaded_rules(self) -> list[LoadedRule]:
        out = []
        positions = self.positions or tuple(range(len(self.pack.rules)))
        # One pass over the line map (a pack's map has an entry per YAML node), grouped by rule.
        by_rule: dict[object, LineMap] = {}
        for k, v in self.lines.items():
            if len(k) >= 2 and k[0] == "rules":
                by_rule.setdefault(k[1], {})[k[2:]] = v
        for i, rule in zip(positions, self.pack.rules, strict=True):
            prefix = ("rules", i)
            sub: LineMap = by_rule.get(i, {})
            out.append(LoadedRule(rule, self.meta_name, self.path, self.lines.get(prefix), self.builtin, sub))
        return out


def pack_files(paths: Iterable[Path]) -> list[Path]:
    """Expand files and folders into pack files; a path that does not exist is an error."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in PACK_SUFFIXES))
        elif p.is_file():
            files.append(p)
        else:
            raise RulePackError("rule pack file or folder not found", path=str(p))
    return files


def _rule_id_at(data: Any, loc: Sequence[str | int]) -> str | None:
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int) and isinstance(data, dict):
        rules = data.get("rules")
        if isinstance(rules, list) and loc[1] < len(rules) and isinstance(rules[loc[1]], dict):
            rid = rules[loc[1]].get("id")
            return str(rid) if rid is not None else None
    return None


def _nearest_line(loc: Sequence[str | int], lines: LineMap) -> int | None:
    key = tuple(loc)
    for n in range(len(key), -1, -1):
        if key[:n] in lines:
            return lines[key[:n]]
    return None


def _clean_loc(loc: Sequence[Any]) -> list[str | int]:
    # pydantic puts the model/union branch name into the location ("list[Condition]", "function-after"...)
    return [p for p in loc if isinstance(p, int) or ("[" not in str(p) and "-" not in str(p))]


def parse_pack_file(path: Path, *, builtin: bool = False) -> tuple[ParsedPack | None, list[RulePackError]]:
    """Read and schema-check one pack; every problem is returned with its line."""
    shown = str(path)
    try:
        data, lines = load_yaml_with_lines(path)
    except YamlLoadError as e:
        return None, [RulePackError(e.problem, path=shown, line=e.line)]
    if not isinstance(data, dict):
        return None, [RulePackError("a rule pack is a mapping with `pack:` and `rules:`", path=shown, line=1)]
    try:
        pack = Pack.model_validate(data)
    except ValidationError as e:
        errors = []
        for err in e.errors():
            loc = _clean_loc(err["loc"])
            field_name = ".".join(str(p) for p in loc) or "(top)"
            msg = err["msg"].removeprefix("Value error, ")
            errors.append(
                RulePackError(
                    f"{field_name}: {msg}",
                    path=shown,
                    line=_nearest_line(loc, lines),
                    rule_id=_rule_id_at(data, loc),
                )
            )
        return _valid_part(data, shown, lines, builtin), errors
    return ParsedPack(pack.pack.name, shown, pack, lines, builtin), []


def _valid_part(data: dict[str, Any], shown: str, lines: LineMap, builtin: bool) -> ParsedPack | None:
    """The rules of a broken pack that are valid by themselves, so that `rules validate` checks them too."""
    try:
        meta = PackMeta.model_validate(data.get("pack"))
    except ValidationError:
        meta = PackMeta(name=Path(shown).stem.lower().replace(" ", "-") or "pack")
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list):
        return None
    good: list[tuple[int, Rule]] = []
    for i, raw in enumerate(raw_rules):
        try:
            good.append((i, Rule.model_validate(raw)))
        except ValidationError:
            continue
    if not good:
        return None
    pack = Pack(pack=meta, rules=[r for _, r in good])
    return ParsedPack(meta.name, shown, pack, lines, builtin, tuple(i for i, _ in good))


def _read_packs(files: Sequence[Path], builtin: bool) -> tuple[list[ParsedPack], list[RulePackError]]:
    packs: list[ParsedPack] = []
    errors: list[RulePackError] = []
    for f in files:
        parsed, errs = parse_pack_file(f, builtin=builtin)
        errors.extend(errs)
        if parsed is not None:
            packs.append(parsed)
    return packs, errors


def _duplicates(rules: Sequence[LoadedRule]) -> list[RulePackError]:
    seen: dict[str, LoadedRule] = {}
    errors = []
    for r in rules:
        if r.id in seen:
            errors.append(
                RulePackError(
                    f"duplicate rule id (first defined at {seen[r.id].location})",
                    path=r.path,
                    line=r.line,
                    rule_id=r.id,
                )
            )
        else:
            seen[r.id] = r
    return errors


def _duplicate_pack_names(packs: Sequence[ParsedPack]) -> list[RulePackError]:
    seen: dict[str, str] = {}
    errors = []
    for p in packs:
        if p.meta_name in seen:
            errors.append(
                RulePackError(f"duplicate pack name {p.meta_name!r} (also {seen[p.meta_name]})", path=p.path,
                              line=p.lines.get(("pack", "name")))
            )  # fmt: skip
        else:
            seen[p.meta_name] = p.path
    return errors


@dataclass
class _Collected:
    ruleset: RuleSet | None
    errors: list[RulePackError]
    warnings: list[RulePackError]


def _collect(
    builtin_files: Sequence[Path], user_files: Sequence[Path], disable_packs: Sequence[str],
    disable_rules: Sequence[str], *, stop_early: bool, check_builtin: bool = True,
) -> _Collected:  # fmt: skip
    from noticewatch.rules.checks import check_rules

    errors: list[RulePackError] = []
    builtin_packs, errs = _read_packs(builtin_files, True)
    errors += errs
    if errors and stop_early:
        return _Collected(None, errors, [])
    user_packs, errs = _read_packs(user_files, False)
    errors += errs
    if errors and stop_early:
        return _Collected(None, errors, [])
    errors += _duplicate_pack_names([*builtin_packs, *user_packs])

    builtin_rules = [r for p in builtin_packs for r in p.loaded_rules()]
    user_rules = [r for p in user_packs for r in p.loaded_rules()]
    errors += _duplicates(builtin_rules)
    errors += _duplicates(user_rules)

    by_id = {r.id: r for r in builtin_rules}
    overridden: list[LoadedRule] = []
    final_user: list[LoadedRule] = []
    for r in user_rules:
        replaced = by_id.get(r.id)
        if replaced is not None:
            overridden.append(replaced)
            r = LoadedRule(r.rule, r.pack, r.path, r.line, False, r.lines, replaced.location)
        final_user.append(r)
    overridden_ids = {r.id for r in overridden}

    known_packs = {p.meta_name for p in builtin_packs} | {Path(p.path).stem for p in builtin_packs}
    unknown = [n for n in disable_packs if n not in known_packs]
    if unknown:
        errors.append(
            RulePackError(
                f"rules.disable_packs names unknown pack(s) {', '.join(map(repr, unknown))}; built-in packs: "
                + ", ".join(sorted(p.meta_name for p in builtin_packs))
            )
        )
    all_ids = {r.id for r in builtin_rules} | {r.id for r in user_rules}
    unknown_rules = [n for n in disable_rules if n not in all_ids]
    if unknown_rules:
        errors.append(
            RulePackError(
                f"rules.disable_rules names unknown rule id(s) {', '.join(map(repr, unknown_rules))}"
                " (`noticewatch rules list` shows them)"
            )
        )

    off_packs = set(disable_packs)
    off_rules = set(disable_rules)
    enabled: list[LoadedRule] = []
    disabled: list[LoadedRule] = []
    infos: list[PackInfo] = []
    for p in [*user_packs, *builtin_packs]:
        pack_off = p.builtin and (p.meta_name in off_packs or Path(p.path).stem in off_packs)
        infos.append(
            PackInfo(
                p.meta_name, p.path, str(p.pack.pack.version), p.pack.pack.description, p.pack.pack.maintainer,
                p.builtin, not pack_off, tuple(r.id for r in p.pack.rules),
            )
        )  # fmt: skip
    for r in [*final_user, *builtin_rules]:
        if r.builtin and r.id in overridden_ids:
            continue
        pack_off = r.builtin and any(
            (p.meta_name in off_packs or Path(p.path).stem in off_packs) and p.path == r.path for p in builtin_packs
        )
        (disabled if pack_off or r.id in off_rules else enabled).append(r)

    checked = [*final_user, *builtin_rules] if check_builtin else final_user
    check_errors, warnings = check_rules(checked, examples=not stop_early)
    errors += check_errors
    ruleset = RuleSet(tuple(enabled), tuple(infos), tuple(disabled), tuple(overridden), tuple(warnings))
    return _Collected(ruleset, errors, warnings)


def load_ruleset(
    cfg: RulesConfig, extra_paths: Sequence[Path] = (), *, include_builtin: bool = True, check_builtin: bool = True
) -> RuleSet:
    """Load built-in and user packs for a scan; raises the first error (before any mail is read).

    `check_builtin=False` (a scan): the built-in packs are not re-checked pattern by pattern; CI runs
    `rules validate` and `rules test` on them, and user packs are always checked.
    """
    builtin_files = pack_files([builtin_pack_dir()]) if include_builtin and builtin_pack_dir().is_dir() else []
    user_files = pack_files([*cfg.paths, *extra_paths])
    collected = _collect(
        builtin_files, user_files, cfg.disable_packs, cfg.disable_rules, stop_early=True, check_builtin=check_builtin
    )
    if collected.errors:
        first = collected.errors[0]
        if first.path is None and "disable_" in first.problem:
            raise ConfigError(first.problem)
        raise first
    assert collected.ruleset is not None
    return collected.ruleset


def check_paths(paths: Sequence[Path]) -> tuple[list[RulePackError], list[RulePackError]]:
    """Every error and warning in the given pack files/folders (they are checked together, as one set)."""
    try:
        files = pack_files(paths)
    except RulePackError as e:
        return [e], []
    if not files:
        return [RulePackError("no rule pack files (*.yaml, *.yml) found", path=", ".join(map(str, paths)))], []
    collected = _collect([], files, (), (), stop_early=False)
    return collected.errors, collected.warnings


def check_configured(
    cfg: RulesConfig, extra_paths: Sequence[Path] = ()
) -> tuple[list[RulePackError], list[RulePackError]]:
    """Every error and warning of the packs a scan would load (built-ins, configured and extra user packs)."""
    builtin_dir = builtin_pack_dir()
    builtin_files = pack_files([builtin_dir]) if builtin_dir.is_dir() else []
    try:
        user_files = pack_files([*cfg.paths, *extra_paths])
    except RulePackError as e:
        return [e], []
    collected = _collect(builtin_files, user_files, cfg.disable_packs, cfg.disable_rules, stop_early=False)
    return collected.errors, collected.warnings


def validate_paths(paths: Sequence[Path]) -> list[RulePackError]:
    """Every error in the given pack files/folders (for `rules validate`); empty when all is well."""
    return check_paths(paths)[0]


def load_paths(paths: Sequence[Path]) -> RuleSet:
    """Only the given packs, no built-ins (for `rules test PATH`); raises the first error."""
    return load_ruleset(RulesConfig(), paths, include_builtin=False)
