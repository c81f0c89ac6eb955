"""Scores noticewatch's rule packs on the labelled corpus in tests/corpus (held out from rule writing).

Runs parse + engine over every mail in tests/corpus/mail, compares each mail's findings with its labels
(tests/corpus/labels.yaml, convention in tests/corpus/README.md) and prints, per kind and overall:
recall, precision, deadline accuracy, target accuracy, suspicious handling, false positives and misses,
each with the file it came from. Optionally also scores at the item level (findings merged per target
across mails, newest mail wins), like the action list a user sees.

    python bench/score_corpus.py                     # human report on stdout
    python bench/score_corpus.py --json              # machine-readable report
    python bench/score_corpus.py --min-recall 0.97 --max-false-positives 0   # exit 1 below target

Exit status: 0, unless a --min-recall / --max-false-positives target is given and missed (1), or the
corpus or noticewatch cannot be loaded (2).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "corpus"
KINDS = ("domain-expiry", "hosting-quota", "social-login-deprecation")
# A rule's relative default for a mail that gives no date ("deadline: default" in the labels) is
# accepted when it falls within this many days of the mail's date.
DEFAULT_DEADLINE_WINDOW_DAYS = 31
MIN_LOOSE_LEN = 4


# ---------------------------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Expected:
    kind: str
    vendor: str
    target: str
    deadline: str | None  # ISO date, None (undated item) or "default"
    suspicious: bool = False
    resolves: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class MailLabel:
    file: str
    category: str
    lang: str
    items: tuple[Expected, ...]
    note: str = ""


@dataclass(frozen=True)
class Found:
    """The parts of a noticewatch Finding the scorer compares (built from Finding or from a dict)."""

    kind: str
    vendor: str
    target: str
    deadline: date | None
    suspicious: bool = False
    resolves: bool = False
    rule_id: str = ""


@dataclass
class KindStats:
    expected: int = 0  # ordinary (non-suspicious) expected items
    matched: int = 0  # of those, found as ordinary findings with kind + target
    found: int = 0  # ordinary findings reported
    true_positive: int = 0  # ordinary findings that match an expected ordinary item
    target_exact: int = 0
    deadline_scored: int = 0
    deadline_correct: int = 0
    resolves_scored: int = 0
    resolves_correct: int = 0
    vendor_correct: int = 0
    detected: int = 0  # diagnostic: ordinary expected items whose mail gave an ordinary finding of the kind

    def rates(self) -> dict[str, float | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "recall": ratio(self.matched, self.expected),
            "precision": ratio(self.true_positive, self.found),
            "deadline_accuracy": ratio(self.deadline_correct, self.deadline_scored),
            "target_accuracy": ratio(self.target_exact, self.matched),
            "resolves_accuracy": ratio(self.resolves_correct, self.resolves_scored),
            "vendor_accuracy": ratio(self.vendor_correct, self.matched),
            "detection_recall": ratio(self.detected, self.expected),
        }


@dataclass
class Report:
    mails: int = 0
    mails_skipped: list[dict[str, str]] = field(default_factory=list)
    per_kind: dict[str, KindStats] = field(default_factory=dict)
    overall: KindStats = field(default_factory=KindStats)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    deadline_errors: list[dict[str, Any]] = field(default_factory=list)
    target_inexact: list[dict[str, Any]] = field(default_factory=list)
    suspicious_expected: int = 0
    suspicious_reported: int = 0  # phishing reported marked suspicious
    suspicious_leaked: list[dict[str, Any]] = field(default_factory=list)  # phishing reported as ordinary
    suspicious_silent: list[dict[str, Any]] = field(default_factory=list)  # phishing not reported at all
    suspicious_noise: list[dict[str, Any]] = field(default_factory=list)  # suspicious where nothing expected
    items: dict[str, Any] | None = None
    by_group: dict[str, KindStats] = field(default_factory=dict)  # "lang:ko", "category:forward", ...

    def stats(self, kind: str) -> KindStats:
        return self.per_kind.setdefault(kind, KindStats())

    def counters(self, kind: str, lab: MailLabel) -> list[KindStats]:
        """Every tally one item of this kind in this mail counts towards."""
        groups = [f"lang:{lab.lang}", f"category:{lab.category}"]
        return [self.stats(kind), self.overall, *(self.by_group.setdefault(g, KindStats()) for g in groups)]

    @property
    def recall(self) -> float:
        o = self.overall
        return o.matched / o.expected if o.expected else 1.0

    @property
    def false_positive_count(self) -> int:
        """Ordinary (non-suspicious) findings that are not expected; phishing leaked as ordinary included."""
        return len(self.false_positives)

    def to_dict(self) -> dict[str, Any]:
        return {
            "mails": self.mails,
            "mails_skipped": self.mails_skipped,
            "overall": {**asdict(self.overall), **self.overall.rates()},
            "per_kind": {k: {**asdict(v), **v.rates()} for k, v in sorted(self.per_kind.items())},
            "by_group": {k: {**asdict(v), **v.rates()} for k, v in sorted(self.by_group.items())},
            "suspicious": {
                "expected": self.suspicious_expected,
                "reported_suspicious": self.suspicious_reported,
                "leaked_as_ordinary": self.suspicious_leaked,
                "not_reported": self.suspicious_silent,
                "suspicious_where_nothing_expected": self.suspicious_noise,
            },
            "false_positives": self.false_positives,
            "misses": self.misses,
            "deadline_errors": self.deadline_errors,
            "target_inexact": self.target_inexact,
            "items": self.items,
        }


# ---------------------------------------------------------------------------------------------- labels


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if text == "default":
        return "default"
    date.fromisoformat(text)  # validates
    return text


def load_labels(path: Path) -> list[MailLabel]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: list[MailLabel] = []
    seen: set[str] = set()
    for entry in doc["mails"]:
        if entry["file"] in seen:
            raise ValueError(f"{path}: {entry['file']} labelled twice")
        seen.add(entry["file"])
        items = tuple(
            Expected(
                kind=it["kind"],
                vendor=it["vendor"],
                target=str(it["target"]),
                deadline=_iso(it.get("deadline")),
                suspicious=bool(it.get("suspicious", False)),
                resolves=bool(it.get("resolves", False)),
                aliases=tuple(str(a) for a in it.get("aliases", ()) or ()),
            )
            for it in entry.get("items") or ()
        )
        out.append(
            MailLabel(entry["file"], entry.get("category", ""), entry.get("lang", ""), items, entry.get("note", ""))
        )
    return out


# ---------------------------------------------------------------------------------------------- matching

_QUOTES = " \t\r\n\"'`“”‘’「」『』,;:"
_PAIRS = {"(": ")", "[": "]", "<": ">", "{": "}"}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def normalize_target(text: str) -> str:
    """Case, width, whitespace, quotes, enclosing brackets, a trailing dot and a leading www. do not matter."""
    t = unicodedata.normalize("NFKC", text).lower().strip().strip(_QUOTES)
    while len(t) > 1 and _PAIRS.get(t[0]) == t[-1]:
        t = t[1:-1].strip()
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r"^https?://", "", t)
    if t.startswith("www."):
        t = t[4:]
    return t.rstrip("/").rstrip(".")


def target_match(expected: Expected, found_target: str) -> str | None:
    """'exact' when the normalized target (or an alias) equals the found one; 'loose' when one contains
    the other (e.g. "Graph API v19.0" vs "v19.0", "acme (App ID 1)" vs "acme"); otherwise None."""
    f = normalize_target(found_target)
    if not f:
        return None
    names = [normalize_target(expected.target), *(normalize_target(a) for a in expected.aliases)]
    if f in names:
        return "exact"
    for n in names:
        # A mailbox in the found target (typically the recipient's) does not name a domain, account or
        # app just because the name is part of its address.
        hay = f if _EMAIL.fullmatch(n) else _EMAIL.sub(" ", f)
        short, long_ = sorted((n, hay), key=len)
        if len(short) >= MIN_LOOSE_LEN and short in long_:
            return "loose"
    return None


def vendor_match(expected: str, found: str) -> bool:
    a, b = normalize_target(expected).replace(" ", ""), normalize_target(found).replace(" ", "")
    return bool(a and b) and (a in b or b in a)


def deadline_ok(expected: Expected, found: date | None, mail_date: date | None) -> bool:
    if expected.deadline is None:
        return found is None
    if expected.deadline == "default":
        if found is None:
            return True
        if mail_date is None:
            return False
        return mail_date <= found <= mail_date + timedelta(days=DEFAULT_DEADLINE_WINDOW_DAYS)
    return found is not None and found.isoformat() == expected.deadline


def _pair(
    expected: Sequence[Expected], found: Sequence[Found]
) -> tuple[list[tuple[int, int, str]], set[int], set[int]]:
    """Pairs expected items with findings of the same kind: exact targets first, then loose ones, then
    (for phishing only, where the target barely matters) any finding of the same kind."""
    pairs: list[tuple[int, int, str]] = []
    free_e = set(range(len(expected)))
    free_f = set(range(len(found)))
    for how in ("exact", "loose", "kind"):
        for ei in sorted(free_e):
            e = expected[ei]
            for fi in sorted(free_f):
                f = found[fi]
                if f.kind != e.kind:
                    continue
                m = target_match(e, f.target)
                if how == "kind":
                    ok = e.suspicious
                    m = m or "kind"
                else:
                    ok = m == how
                if ok:
                    pairs.append((ei, fi, m or how))
                    free_e.discard(ei)
                    free_f.discard(fi)
                    break
    return pairs, free_e, free_f


def _desc(f: Found) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "vendor": f.vendor,
        "target": f.target,
        "deadline": f.deadline.isoformat() if f.deadline else None,
        "suspicious": f.suspicious,
        "resolves": f.resolves,
        "rule": f.rule_id,
    }


def score(
    labels: Sequence[MailLabel],
    findings: Mapping[str, Sequence[Found]],
    mail_dates: Mapping[str, date | None] | None = None,
    skipped: Mapping[str, str] | None = None,
    *,
    with_items: bool = False,
) -> Report:
    """Per-mail scoring: each mail's findings against that mail's labels. Pure."""
    mail_dates = mail_dates or {}
    skipped = skipped or {}
    rep = Report(mails=len(labels))
    for kind in KINDS:
        rep.stats(kind)
    for lab in labels:
        if lab.file in skipped:
            rep.mails_skipped.append({"file": lab.file, "reason": skipped[lab.file]})
        exp = list(lab.items)
        got = list(findings.get(lab.file, ()))
        pairs, free_e, free_f = _pair(exp, got)
        kinds_found = {f.kind for f in got if not f.suspicious}
        for e in exp:
            if e.suspicious:
                rep.suspicious_expected += 1
            else:
                for st in rep.counters(e.kind, lab):
                    st.expected += 1
                    # Tells "the notice was not recognised" apart from "recognised, wrong target".
                    st.detected += e.kind in kinds_found
        for f in got:
            if not f.suspicious:
                for st in rep.counters(f.kind, lab):
                    st.found += 1
        for ei, fi, how in pairs:
            e, f = exp[ei], got[fi]
            where = {"file": lab.file, "expected_target": e.target}
            if e.suspicious:
                if f.suspicious:
                    rep.suspicious_reported += 1
                else:
                    rep.suspicious_leaked.append({**where, "found": _desc(f)})
                    rep.false_positives.append({"file": lab.file, **_desc(f), "why": "phishing reported as ordinary"})
                continue
            if f.suspicious:
                rep.misses.append({**where, "kind": e.kind, "why": "reported as suspicious", "found": _desc(f)})
                continue
            for st in rep.counters(e.kind, lab):
                st.matched += 1
                st.true_positive += 1
                if how == "exact":
                    st.target_exact += 1
                if vendor_match(e.vendor, f.vendor):
                    st.vendor_correct += 1
                st.resolves_scored += 1
                if e.resolves == f.resolves:
                    st.resolves_correct += 1
                if not e.resolves:
                    st.deadline_scored += 1
                    if deadline_ok(e, f.deadline, mail_dates.get(lab.file)):
                        st.deadline_correct += 1
            if how != "exact":
                rep.target_inexact.append({**where, "found_target": f.target})
            if not e.resolves and not deadline_ok(e, f.deadline, mail_dates.get(lab.file)):
                rep.deadline_errors.append(
                    {
                        **where,
                        "expected": e.deadline,
                        "found": f.deadline.isoformat() if f.deadline else None,
                        "rule": f.rule_id,
                    }
                )
            if e.resolves != f.resolves:
                rep.misses.append(
                    {**where, "kind": e.kind, "why": f"resolves={f.resolves}, expected {e.resolves}", "found": _desc(f)}
                )
        for ei in sorted(free_e):
            e = exp[ei]
            if e.suspicious:
                rep.suspicious_silent.append({"file": lab.file, "expected_target": e.target, "kind": e.kind})
                continue
            same_kind = [got[fi] for fi in sorted(free_f) if got[fi].kind == e.kind]
            why = "no finding" if lab.file not in skipped else f"mail skipped: {skipped[lab.file]}"
            if same_kind:
                shown = ", ".join(
                    f"{f.target!r} deadline {f.deadline.isoformat() if f.deadline else None}"
                    + (" resolves" if f.resolves else "")
                    for f in same_kind
                )
                why = f"wrong target (found {shown}; expected deadline {e.deadline})"
            elif got:
                why = "no finding of this kind (found: " + ", ".join(f"{f.kind}:{f.target}" for f in got) + ")"
            rep.misses.append(
                {"file": lab.file, "expected_target": e.target, "kind": e.kind, "deadline": e.deadline, "why": why}
            )
        for fi in sorted(free_f):
            f = got[fi]
            if f.suspicious:
                rep.suspicious_noise.append({"file": lab.file, **_desc(f)})
            else:
                why = "nothing expected" if not exp else "not among the expected items"
                rep.false_positives.append({"file": lab.file, **_desc(f), "why": why})
    if with_items:
        rep.items = score_items(labels, findings, mail_dates)
    return rep


# ---------------------------------------------------------------------------------------------- item level


def _final_state(entries: Iterable[tuple[date | None, str, bool, str | None]]) -> tuple[bool, str | None]:
    """(resolved, deadline) of the newest mail about a target: how the action list would show it."""
    ordered = sorted(entries, key=lambda x: (x[0] or date.min, x[1]))
    _, _, resolves, deadline = ordered[-1]
    return resolves, deadline


def score_items(
    labels: Sequence[MailLabel], findings: Mapping[str, Sequence[Found]], mail_dates: Mapping[str, date | None]
) -> dict[str, Any]:
    """Item level: ordinary labels and findings merged per (kind, normalized target) across the corpus;
    an item is found when any finding of its kind names its target; its final state (resolved, or the
    newest mail's deadline) is compared with the newest finding's."""
    exp: dict[tuple[str, str], list[tuple[date | None, str, bool, str | None]]] = defaultdict(list)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lab in labels:
        for e in lab.items:
            if e.suspicious:
                continue
            key = (e.kind, normalize_target(e.target))
            exp[key].append((mail_dates.get(lab.file), lab.file, e.resolves, e.deadline))
            aliases[key].update(e.aliases)
    found_entries: dict[tuple[str, str], list[tuple[date | None, str, bool, str | None]]] = defaultdict(list)
    unmatched_found: list[str] = []
    own_keys: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for lab in labels:
        own_keys[lab.file] += [(e.kind, normalize_target(e.target)) for e in lab.items if not e.suspicious]
    for file, fs in findings.items():
        # The items this mail is labelled with come first: two vendors' items may share a target's alias.
        candidates = list(dict.fromkeys([*own_keys.get(file, []), *exp]))
        for f in fs:
            if f.suspicious:
                continue
            hit = None
            for key in candidates:
                probe = Expected(key[0], "", key[1], None, aliases=tuple(aliases[key]))
                if f.kind == key[0] and target_match(probe, f.target) == "exact":
                    hit = key
                    break
            if hit is None:
                unmatched_found.append(f"{file}: {f.kind}:{f.target}")
                continue
            found_entries[hit].append(
                (mail_dates.get(file), file, f.resolves, f.deadline.isoformat() if f.deadline else None)
            )
    found_n = state_ok = 0
    wrong_state: list[str] = []
    missing: list[str] = []
    for key, entries in exp.items():
        if key not in found_entries:
            missing.append(f"{key[0]}:{key[1]}")
            continue
        found_n += 1
        want = _final_state(entries)
        got = _final_state(found_entries[key])
        if want[0] == got[0] and (want[0] or want[1] in ("default", got[1])):
            state_ok += 1
        else:
            wrong_state.append(f"{key[0]}:{key[1]} expected {want}, found {got}")
    return {
        "expected_items": len(exp),
        "found_items": found_n,
        "item_recall": round(found_n / len(exp), 4) if exp else None,
        "final_state_accuracy": round(state_ok / found_n, 4) if found_n else None,
        "missing": missing,
        "wrong_final_state": wrong_state,
        "unexpected_item_targets": sorted(set(unmatched_found)),
    }


# ---------------------------------------------------------------------------------------------- running


def found_from_finding(finding: Any) -> Found:
    """A noticewatch.models.Finding (or anything with the same fields) as the scorer's Found."""
    return Found(
        kind=str(finding.kind),
        vendor=str(finding.vendor),
        target=str(finding.target),
        deadline=finding.deadline,
        suspicious=bool(finding.suspicious),
        resolves=bool(finding.resolves),
        rule_id=str(getattr(finding, "rule_id", "")),
    )


def _file_of(source: str) -> str:
    return Path(source.split("#", 1)[0]).name


def run_noticewatch(
    mail_dir: Path, extra_rules: Sequence[Path] = ()
) -> tuple[dict[str, list[Found]], dict[str, date | None], dict[str, str]]:
    """Every mail in mail_dir through noticewatch's own sources, parser and engine (built-in packs plus
    extra_rules). Returns findings per file, each mail's date, and mails that could not be read."""
    from noticewatch.config import RulesConfig
    from noticewatch.models import ScanWarning, SkippedMessage
    from noticewatch.parse import parse_message
    from noticewatch.rules.engine import Engine
    from noticewatch.rules.loader import load_ruleset
    from noticewatch.sources.files import open_sources

    ruleset = load_ruleset(RulesConfig(), list(extra_rules))
    engine = Engine(ruleset)
    findings: dict[str, list[Found]] = {}
    dates: dict[str, date | None] = {}
    skipped: dict[str, str] = {}
    for source in open_sources([mail_dir]):
        for raw in source.messages():
            if isinstance(raw, ScanWarning):
                skipped[_file_of(raw.source)] = raw.problem
                continue
            name = _file_of(raw.source)
            try:
                msg = parse_message(raw)
                if isinstance(msg, SkippedMessage):
                    skipped[name] = msg.reason
                    continue
                dates[name] = msg.date.date() if isinstance(msg.date, datetime) else None
                findings[name] = [found_from_finding(f) for f in engine.evaluate(msg)]
            except Exception as e:  # a crash on one mail is a finding of the benchmark, not its end
                skipped[name] = f"noticewatch raised {type(e).__name__}: {e}"
    return findings, dates, skipped


# ---------------------------------------------------------------------------------------------- output


def _pct(x: float | None) -> str:
    return "  n/a " if x is None else f"{x * 100:5.1f}%"


def render_text(rep: Report) -> str:
    lines: list[str] = []
    add = lines.append
    add(f"noticewatch corpus score: {rep.mails} mails, {len(rep.mails_skipped)} skipped")
    add("")
    add(
        f"{'kind':<26} {'expected':>8} {'found':>6} {'recall':>7} {'precis.':>7} {'deadline':>8} {'target':>7}"
        f" {'resolves':>8}"
    )
    rows = [*sorted(rep.per_kind.items()), ("overall", rep.overall)]
    for kind, st in rows:
        r = st.rates()
        add(
            f"{kind:<26} {st.expected:>8} {st.found:>6} {_pct(r['recall']):>7} {_pct(r['precision']):>7}"
            f" {_pct(r['deadline_accuracy']):>8} {_pct(r['target_accuracy']):>7} {_pct(r['resolves_accuracy']):>8}"
        )
    add("")
    add("detection (diagnostic: a finding of the right kind in the mail, whatever its target):")
    for kind, st in rows:
        add(f"  {kind:<26} {st.detected}/{st.expected} {_pct(st.rates()['detection_recall'])}")
    add("")
    add("by language and mail form (ordinary items):")
    for group, st in sorted(rep.by_group.items()):
        r = st.rates()
        add(
            f"  {group:<24} expected {st.expected:>3}  recall {_pct(r['recall'])}"
            f"  detection {_pct(r['detection_recall'])}  found {st.found:>3}  precision {_pct(r['precision'])}"
        )
    add("")
    add(
        f"suspicious (phishing) items: {rep.suspicious_expected} expected, {rep.suspicious_reported} reported as"
        f" suspicious, {len(rep.suspicious_leaked)} leaked as ordinary items, {len(rep.suspicious_silent)} not"
        " reported"
    )
    for x in rep.suspicious_leaked:
        add(f"  LEAKED  {x['file']}: {x['found']['kind']}:{x['found']['target']} (rule {x['found']['rule']})")
    for x in rep.suspicious_silent:
        add(f"  SILENT  {x['file']}: {x['kind']}:{x['expected_target']}")
    for x in rep.suspicious_noise:
        add(f"  NOISE   {x['file']}: suspicious {x['kind']}:{x['target']} where nothing was expected")
    add("")
    add(f"false positives (ordinary findings not expected): {rep.false_positive_count}")
    for fp in rep.false_positives:
        res = " resolves" if fp["resolves"] else ""
        where = f"  {fp['file']}: {fp['kind']}:{fp['target']}"
        add(f"{where} deadline={fp['deadline']}{res} rule={fp['rule']} ({fp['why']})")
    add("")
    add(f"misses: {len(rep.misses)}")
    for m in rep.misses:
        add(f"  {m['file']}: {m['kind']}:{m['expected_target']} - {m['why']}")
    add("")
    add(f"deadline errors (among matched): {len(rep.deadline_errors)}")
    for d in rep.deadline_errors:
        add(f"  {d['file']}: {d['expected_target']} expected {d['expected']}, found {d['found']} (rule {d['rule']})")
    if rep.target_inexact:
        add("")
        add(f"targets matched only loosely: {len(rep.target_inexact)}")
        for t in rep.target_inexact:
            add(f"  {t['file']}: expected {t['expected_target']!r}, found {t['found_target']!r}")
    if rep.mails_skipped:
        add("")
        add("mails noticewatch could not read:")
        for s in rep.mails_skipped:
            add(f"  {s['file']}: {s['reason']}")
    if rep.items is not None:
        it = rep.items
        add("")
        add(
            f"item level: {it['found_items']}/{it['expected_items']} items found (recall {_pct(it['item_recall'])}),"
            f" final state correct {_pct(it['final_state_accuracy'])}"
        )
        for x in it["missing"]:
            add(f"  missing item {x}")
        for x in it["wrong_final_state"]:
            add(f"  wrong final state {x}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with labels.yaml and mail/")
    ap.add_argument("--rules", type=Path, action="append", default=[], help="extra rule pack file/folder")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--items", action="store_true", help="also score at the item level")
    ap.add_argument("--min-recall", type=float, default=None, help="exit 1 when overall recall is below")
    ap.add_argument(
        "--max-false-positives",
        type=int,
        default=None,
        help="exit 1 when more ordinary false positives (phishing leaks included)",
    )
    args = ap.parse_args(argv)
    try:
        labels = load_labels(args.corpus / "labels.yaml")
    except (OSError, ValueError, KeyError, yaml.YAMLError) as e:
        print(f"score_corpus: cannot read labels: {e}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        findings, dates, skipped = run_noticewatch(args.corpus / "mail", args.rules)
    except ImportError as e:
        print(f"score_corpus: noticewatch engine not available: {e}", file=sys.stderr)
        return 2
    print(f"score_corpus: {len(labels)} mails scored in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    missing_files = [lab.file for lab in labels if lab.file not in findings and lab.file not in skipped]
    for name in missing_files:
        skipped[name] = "not read by noticewatch (file missing?)"
    rep = score(labels, findings, dates, skipped, with_items=args.items)
    print(json.dumps(rep.to_dict(), ensure_ascii=False, indent=2) if args.json else render_text(rep), end="")
    failed = []
    if args.min_recall is not None and rep.recall < args.min_recall:
        failed.append(f"recall {rep.recall:.4f} < {args.min_recall}")
    if args.max_false_positives is not None and rep.false_positive_count > args.max_false_positives:
        failed.append(f"false positives {rep.false_positive_count} > {args.max_false_positives}")
    if failed:
        print("score_corpus: below target: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
