"""Linear-time regular expressions for rule packs: the only importer of google-re2.

User packs are untrusted input that runs over every mail, so a pattern must never be able to hang a scan
through catastrophic backtracking. RE2 guarantees time linear in the text; the price is that it has no
backreferences and no lookaround, which are reported as pack errors with file, line and rule id.

Dialect (documented in docs/rules.md):
- case-insensitive unless the pattern says `(?-i)`;
- multi-line: `^` and `$` match at line starts and ends (mail text is line-oriented);
- `\\w` / `\\W` mean Unicode letters, digits and underscore (RE2's own are ASCII-only, which would make
  `\\w+` skip every Hangul syllable);
- `\\b` stays RE2's ASCII word boundary: next to Hangul it does not do what one expects (checks.py warns).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import re2

from noticewatch.errors import RulePackError

_WORD_CLASS_BODY = r"\p{L}\p{N}_"

_OPTIONS: Any = None
_FAST_OPTIONS: Any = None


def _options() -> Any:
    global _OPTIONS
    if _OPTIONS is None:
        opts = re2.Options()
        opts.case_sensitive = False
        # RE2 logs parse errors to stderr itself; we report them as RulePackError instead.
        opts.log_errors = False
        _OPTIONS = opts
    return _OPTIONS


def _fast_options() -> Any:
    global _FAST_OPTIONS
    if _FAST_OPTIONS is None:
        opts = re2.Options()
        opts.case_sensitive = False
        opts.log_errors = False
        opts.never_capture = True  # a yes/no test needs no groups, and alternatives may reuse group names
        _FAST_OPTIONS = opts
    return _FAST_OPTIONS


@functools.lru_cache(maxsize=8192)
def translate(pattern: str) -> str:
    """Rewrite our dialect into RE2 syntax (Unicode \\w, multi-line anchors)."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    in_class = False
    class_start = -1
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt == "w":
                out.append(_WORD_CLASS_BODY if in_class else f"[{_WORD_CLASS_BODY}]")
            elif nxt == "W" and not in_class:
                out.append(f"[^{_WORD_CLASS_BODY}]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "[" and pattern.startswith("[:", i):
                end = pattern.find(":]", i + 2)
                if end != -1:
                    out.append(pattern[i : end + 2])
                    i = end + 2
                    continue
            # A ']' right after '[' or '[^' is a literal, not the end of the class.
            if c == "]" and i > class_start:
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            class_start = i + 1
            if pattern.startswith("[^", i):
                class_start = i + 2
                out.append("[^")
                i += 2
                continue
        out.append(c)
        i += 1
    return "(?m)" + "".join(out)


@dataclass(frozen=True, slots=True)
class Match:
    """A match with character offsets into the searched text."""

    start: int
    end: int
    text: str
    groups: dict[str, str | None]
    group_spans: dict[str, tuple[int, int]]


class Pattern:
    """A compiled user pattern; search time is linear in the text length."""

    __slots__ = ("_compiled", "_groups", "source")

    def __init__(self, source: str, regex: Any = None) -> None:
        # Without `regex` the pattern is compiled on first use: built-in packs (validated by CI) hold hundreds
        # of patterns a scan mostly tests through their leaf's alternation (AnyOf), never one by one.
        self.source = source
        self._compiled: Any = regex
        self._groups: dict[str, int] | None = None

    @property
    def _regex(self) -> Any:
        if self._compiled is None:
            self._compiled = re2.compile(translate(self.source), _options())
        return self._compiled

    @property
    def _groupindex(self) -> dict[str, int]:
        if self._groups is None:
            self._groups = dict(self._regex.groupindex)
        return self._groups

    @property
    def group_names(self) -> frozenset[str]:
        return frozenset(self._groupindex)

    def test(self, text: str) -> bool:
        return self._regex.search(text) is not None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Match | None:
        m = self._regex.search(text, pos, len(text) if endpos is None else endpos)
        return None if m is None else self._wrap(m)

    def finditer(self, text: str) -> Iterator[Match]:
        for m in self._regex.finditer(text):
            yield self._wrap(m)

    def _wrap(self, m: Any) -> Match:
        groups: dict[str, str | None] = {}
        spans: dict[str, tuple[int, int]] = {}
        for name, idx in self._groupindex.items():
            groups[name] = m.group(idx)
            if groups[name] is not None:
                spans[name] = m.span(idx)
        return Match(start=m.start(), end=m.end(), text=m.group(0), groups=groups, group_spans=spans)

    def __repr__(self) -> str:
        return f"Pattern({self.source!r})"


def compile_pattern(
    pattern: str,
    *,
    path: str | None = None,
    line: int | None = None,
    rule_id: str | None = None,
    lazy: bool = False,
) -> Pattern:
    """Compile a user pattern; a pattern RE2 rejects becomes a RulePackError saying where and why.

    `lazy`: only for patterns already validated (the built-in packs, checked in CI): compiled on first use.
    """
    if lazy:
        return _lazy_cached(pattern)
    try:
        return _compile_cached(pattern)
    except Exception as e:  # re2 raises its own error type (re2.error / _re2.Error)
        raise RulePackError(
            f"pattern {pattern!r} is not a valid RE2 regular expression: {_reason(e)}",
            path=path,
            line=line,
            rule_id=rule_id,
        ) from None


@functools.lru_cache(maxsize=4096)
def _lazy_cached(pattern: str) -> Pattern:
    return Pattern(pattern)


@functools.lru_cache(maxsize=4096)
def _compile_cached(pattern: str) -> Pattern:
    # Packs repeat patterns (YAML anchors shared by every registrar's rule): compile each once.
    return Pattern(pattern, re2.compile(translate(pattern), _options()))


class AnyOf:
    """Does any of several patterns occur? One pass over UTF-8 bytes instead of one search per pattern.

    Conditions run over every candidate mail; testing the alternation of a leaf's patterns on text
    encoded once per mail is several times cheaper than searching each pattern in a str.
    """

    __slots__ = ("_compiled", "_patterns", "_raw", "_regex")

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self._patterns = tuple(patterns)
        # Compiled on first use: a scan tests the leaves of the rules its mail reaches, and compiling every
        # alternation of every pack up front was a third of loading them (RE2 programs of counted repeats).
        self._compiled = False
        self._regex: Any = None
        self._raw: Any = None

    def _compile(self) -> None:
        self._regex = _compile_alternation("|".join(f"(?:{translate(p.source)})" for p in self._patterns))
        # google-re2's search() wraps each call in a generator and a Match object; a yes/no test over every
        # mail's fields can skip both by asking the compiled RE2 directly (public search() if that changes).
        raw = getattr(self._regex, "_regexp", None)
        if hasattr(raw, "Match") and hasattr(re2, "_Anchor") and hasattr(re2, "_NULL_SPAN"):
            self._raw = raw
        self._compiled = True

    def test(self, encoded: bytes) -> bool:
        if not self._compiled:
            self._compile()
        if self._raw is not None:
            return bool(self._raw.Match(re2._Anchor.UNANCHORED, encoded, 0, len(encoded))[0] != re2._NULL_SPAN)
        if self._regex is not None:
            return self._regex.search(encoded) is not None
        text = encoded.decode("utf-8")
        return any(p.test(text) for p in self._patterns)


@functools.lru_cache(maxsize=4096)
def _compile_alternation(alternation: str) -> Any:
    # Shared conditions (YAML anchors) give the same alternation in many rules: compile it once.
    try:
        return re2.compile(alternation.encode("utf-8"), _fast_options())
    except Exception:  # every pattern compiled alone; be safe and test them one by one
        return None


def compile_literals(words: list[str] | tuple[str, ...]) -> Pattern | None:
    """One pattern matching any of the given literal words (cue words), or None for no words."""
    if not words:
        return None
    alternation = "|".join(re2.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return Pattern(alternation, re2.compile(f"(?:{alternation})", _options()))


def _reason(e: Exception) -> str:
    arg = e.args[0] if e.args else e
    text = arg.decode("utf-8", "replace") if isinstance(arg, bytes) else str(arg)
    if "(?=" in text or "(?!" in text:
        return f"{text} (lookahead is not supported by the linear-time engine; use a `not` condition)"
    if "(?<=" in text or "(?<!" in text:
        return f"{text} (lookbehind is not supported by the linear-time engine)"
    if "invalid escape sequence: \\" in text and text[-1:].isdigit():
        return f"{text} (backreferences are not supported by the linear-time engine)"
    return text
