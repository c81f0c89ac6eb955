"""The rule engine: Message -> Findings, and the explanation of why. Pure (no I/O, no clock).

Semantics (docs/rules.md is the user-facing version):
- Conditions look at the subject (forwarded subjects included), the mail's own text (never
  `Message.quoted`: a reply quoting a notice is not a notice), the From header, and the bulk flag.
- A rule applies to a mail from one of its sender domains, to a mail that imitates its vendor (the finding
  is then suspicious), and, for generic rules (`senders: ["*"]`), to a mail authenticated as its own From
  domain that is neither a forward, nor internal, nor from a free-mail provider.
- `resolution` matching a trusted mail gives a finding with resolves=True; it wins when `match` holds too
  (a renewal receipt restates the expiry date). A suspicious mail never resolves anything. Its phrases
  count only when stated as a fact: "won't be successfully renewed unless you top up", "연장이 완료되지
  않았습니다", "once the renewal is complete" are no receipt (nor do they trip a match's `not: <receipt>`).
- Marketing: the bulk flag (List-Unsubscribe) never kills a notice by itself; rules may use it in `not`.
- One mail gives at most one finding per (kind, target): the first rule in load order wins, so user rules
  (loaded first) and specific rules (listed first in a pack) take precedence; generic rules run last.
- A digest naming several targets gives one finding per target, each with the deadline found on its own
  line/section/paragraph, else the mail-wide one; `deadline.if_missing` counts from the mail's date.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from noticewatch.models import Address, Evidence, Finding, Message, Phase
from noticewatch.rules.auth import (
    WELL_KNOWN_VENDORS,
    AuthSummary,
    SenderView,
    TrustVerdict,
    VendorCatalog,
    VendorIdentity,
    imitation_reason,
    imitation_verdict,
    judge_generic_rule,
    judge_vendor_rule,
    phishing_lure,
    sender_views,
    summarize_auth,
)
from noticewatch.rules.domains import is_same_or_subdomain, normalize_domain, org_domain, suffixes
from noticewatch.rules.loader import LoadedRule, RuleSet
from noticewatch.rules.model import Condition, parse_duration_days
from noticewatch.rules.regex import AnyOf, Pattern, compile_pattern
from noticewatch.rules.targets import (
    TargetHit,
    deadline_windows,
    find_domains,
    find_pattern_targets,
    footnote_window,
    subject_named_first,
)
from noticewatch.triage import phishing_action

NO_DEADLINE_TEXT = "the deadline (none given)"
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|회신|답장)\s*:\s*)*(?:fwd?|fw|tr|wg|전달|転送|转发)\s*[:：]", re.I)
# Generic rules never treat personal mail providers as a registrar.
_FREEMAIL = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "naver.com",
        "daum.net",
        "hanmail.net",
        "kakao.com",
        "nate.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "yahoo.com",
        "yahoo.co.kr",
        "icloud.com",
        "me.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.net",
        "mail.com",
        "qq.com",
        "163.com",
    ]
)
_MAX_LINE = 200
# Subdomains a vendor uses for itself (never a customer's hosted site).
_SERVICE_LABELS = frozenset(
    [
        "www",
        "www2",
        "mail",
        "email",
        "smtp",
        "help",
        "support",
        "customer",
        "customers",
        "cs",
        "my",
        "account",
        "accounts",
        "login",
        "auth",
        "secure",
        "m",
        "blog",
        "news",
        "notice",
        "notices",
        "noti",
        "billing",
        "pay",
        "payment",
        "console",
        "admin",
        "developers",
        "developer",
        "dev",
        "api",
        "docs",
        "status",
        "shop",
        "store",
        "community",
        "forum",
        "event",
        "events",
        "promo",
        "marketing",
        "info",
        "click",
        "link",
        "links",
        "track",
        "img",
        "image",
        "images",
        "static",
        "cdn",
        "assets",
        "media",
        "kr",
        "en",
        "ko",
        "global",
        "go",
    ]
)


class Verdict(enum.StrEnum):
    MATCHED = "matched"
    RESOLVED = "resolved"
    NEAR = "nearly matched"
    NO = "no match"


# ---------------------------------------------------------------------------------------------- conditions


@dataclass(frozen=True, slots=True)
class _Leaf:
    field: str  # subject | body | sender | text
    patterns: tuple[Pattern, ...]
    any_of: AnyOf


@dataclass(frozen=True, slots=True)
class _Node:
    leaves: tuple[_Leaf, ...]
    bulk: bool | None
    all: tuple[_Node, ...]
    any: tuple[_Node, ...]
    none: tuple[_Node, ...]
    # The rule's own resolution condition reused in `match` (`not: *receipt`): read with the resolution's
    # semantics, so "won't be renewed" neither resolves the item nor stops the notice.
    resolution_like: bool = False


def _compile_condition(
    cond: Condition, loaded: LoadedRule, keys: tuple[str | int, ...], resolution: Condition | None = None
) -> _Node:
    leaves = []
    for name, attr in (("sender", "sender"), ("subject", "subject"), ("text", "any_text"), ("body", "body")):
        pats = getattr(cond, attr)
        if pats:
            compiled = tuple(
                compile_pattern(
                    p, path=loaded.path, line=loaded.line_of(*keys, name, i), rule_id=loaded.id, lazy=loaded.builtin
                )
                for i, p in enumerate(pats)
            )
            leaves.append(_Leaf(name, compiled, AnyOf(compiled)))

    def subs(attr: str, key: str) -> tuple[_Node, ...]:
        return tuple(
            _compile_condition(c, loaded, (*keys, key, i), resolution) for i, c in enumerate(getattr(cond, attr) or ())
        )

    return _Node(
        tuple(leaves), cond.bulk, subs("all", "all"), subs("any", "any"), subs("not_", "not"),
        resolution is not None and cond == resolution,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _MailView:
    """The parts of a mail conditions look at."""

    subject: str
    body: str
    sender: str
    bulk: bool
    text: str  # subject + body
    encoded: dict[str, bytes]  # the same fields as UTF-8, encoded once per mail for the fast tests

    @classmethod
    def of(cls, message: Message) -> _MailView:
        # A reply inherits the notice's subject; only what the author wrote counts.
        subjects = [] if message.is_reply else [message.subject]
        subjects += [f.subject for f in message.forwarded if f.subject]
        senders = [_fmt_addr(message.sender), *(_fmt_addr(f.sender) for f in message.forwarded if f.sender)]
        subject = "\n".join(dict.fromkeys(subjects))
        sender = "\n".join(senders)
        text = subject + "\n" + message.text
        encoded = {
            "subject": subject.encode("utf-8", "surrogatepass"),
            "body": message.text.encode("utf-8", "surrogatepass"),
            "sender": sender.encode("utf-8", "surrogatepass"),
        }
        encoded["text"] = encoded["subject"] + b"\n" + encoded["body"]
        return cls(subject, message.text, sender, message.list_unsubscribe, text, encoded)

    def field(self, name: str) -> str:
        return {"subject": self.subject, "body": self.body, "sender": self.sender, "text": self.text}[name]

    def with_body(self, body: str) -> _MailView:
        """The same mail's headers over another text: one row of a digest, or the digest without some rows."""
        encoded = dict(self.encoded)
        encoded["body"] = body.encode("utf-8", "surrogatepass")
        encoded["text"] = encoded["subject"] + b"\n" + encoded["body"]
        return _MailView(self.subject, body, self.sender, self.bulk, self.subject + "\n" + body, encoded)


def _auth_failed(auth: AuthSummary) -> bool:
    return any(r in ("fail", "permerror") for r, _ in (*auth.dkim, *auth.dmarc)) or any(
        r == "fail" for r, _ in auth.spf
    )


def _fmt_addr(a: Address) -> str:
    return f"{a.name} <{a.email}>" if a.name else a.email


# Words that make a phrase after them, in the same clause, not a statement of fact: "won't be successfully
# renewed unless you top up", "if your quota has been increased", "once the renewal is complete".
_NEGATION_BEFORE = re.compile(
    r"(?<![a-z])(?:not|never|no\s+longer|unless|if|whether|once|cannot|unable\s+to|fail(?:ed|s)?\s+to|yet\s+to"
    r"|in\s+order\s+to|to\s+ensure|so\s+that|will|would|shall|should|could|might|may|must|can)(?![a-z])"
    r"|n['’]t(?![a-z])"
    r"|만약|만일|혹시|(?:하|되)지[ ]?(?:않|못)(?:으면|을[ ]?경우|는[ ]?경우)",
    re.IGNORECASE,
)
# ... and Korean puts the negation or the condition after the verb: "연장이 완료되지 않았습니다", "완료되면".
_NEGATION_AFTER = re.compile(
    r"[ ]?(?:되|하|처리)?[ ]?(?:지[ ]?(?:않|못|마)|면|시면|려면|어야|야[ ]|(?:된|될|되는|할|한)[ ]?(?:경우|때|시)"
    r"|[ ]?시[ ]|[ ]?예정|[ ]?전(?:에|까지)|[ ]?불가|[ ]?될[ ]?수"
    # a category, not an event: "연장 완료된 도메인은 별도 조치가 필요 없습니다", "연장 완료 도메인은 참고용입니다"
    r"|(?:된|한|하신)?[ ]?(?:도메인|서비스|상품|건|항목|계정)(?:들)?[ ]?(?:은|는|의[ ]?경우))"
    r"|[^.!?。\n]{0,15}(?:실패|불가|안[ ]?됩니다|안[ ]?되었)"
    r"|[ ,]{0,2}(?:unless|only\s+if|if|once|provided|as\s+long\s+as)(?![a-z])",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.!?。;:\n—–]|\s-\s|다\s")


def _affirmed(text: str, start: int, end: int) -> bool:
    """Whether the phrase text[start:end] is stated as a fact: not negated, not a condition, not a plan."""
    lo = max(0, start - 60)
    for brk in _CLAUSE_BREAK.finditer(text, lo, start):
        lo = brk.end()
    if _NEGATION_BEFORE.search(text, lo, start):
        return False
    return _NEGATION_AFTER.match(text, end, min(len(text), end + 25)) is None


def _leaf_holds(leaf: _Leaf, view: _MailView, affirm: bool) -> bool:
    if not leaf.any_of.test(view.encoded[leaf.field]):
        return False
    if not affirm or leaf.field not in ("body", "text"):
        return True
    text = view.field(leaf.field)
    return any(_affirmed(text, m.start, m.end) for p in leaf.patterns for m in p.finditer(text))


def _holds(node: _Node, view: _MailView, affirm: bool = False) -> bool:
    """Does the condition hold? With `affirm`, a body/text phrase counts only when stated as a fact.

    A resolution is evaluated with `affirm`: "won't be successfully renewed unless you top up" is no receipt;
    and so is the same condition where `match` excludes receipts (`not: *receipt`). Every other `not`
    ("if you have already renewed, ignore this", "포인트 소멸 예정") matches as written, condition or not.
    """
    if node.bulk is not None and node.bulk != view.bulk:
        return False
    for leaf in node.leaves:
        if not _leaf_holds(leaf, view, affirm):
            return False
    return (
        all(_holds(n, view, affirm) for n in node.all)
        and (not node.any or any(_holds(n, view, affirm) for n in node.any))
        and not any(_holds(n, view, n.resolution_like) for n in node.none)
    )


def _holds_headers(node: _Node, view: _MailView) -> bool | None:
    """Three-valued: False only when the headers alone rule the condition out (body unknown).

    An AND of three-valued parts: the first False decides, so the cheap tests run first and the rest is
    skipped (this runs on the headers of every mail an IMAP scan sees).
    """
    unknown = False
    if node.bulk is not None and node.bulk != view.bulk:
        return False
    for leaf in node.leaves:
        if leaf.field in ("subject", "sender"):
            if not leaf.any_of.test(view.encoded[leaf.field]):
                return False
        elif not (leaf.field == "text" and leaf.any_of.test(view.encoded["subject"])):
            unknown = True
    for n in node.all:
        r = _holds_headers(n, view)
        if r is False:
            return False
        unknown = unknown or r is None
    if node.any:
        maybe = False
        for n in node.any:
            r = _holds_headers(n, view)
            if r is True:
                break
            maybe = maybe or r is None
        else:
            if not maybe:
                return False
            unknown = True
    for n in node.none:
        r = _holds_headers(n, view)
        if r is True:
            return False
        unknown = unknown or r is None
    return None if unknown else True


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : len(text) if end == -1 else end].strip()
    return line if len(line) <= _MAX_LINE else line[: _MAX_LINE - 1] + "…"


def _trace(node: _Node, view: _MailView, out: list[str], depth: int, label: str, affirm: bool = False) -> bool:
    """Evaluate fully, writing one line per condition; returns whether it holds."""
    pad = "  " * depth
    ok = True
    if node.bulk is not None:
        hit = node.bulk == view.bulk
        ok &= hit
        out.append(f"{pad}{'✓' if hit else '✗'} {label}bulk={str(node.bulk).lower()} (mail is "
                   f"{'bulk' if view.bulk else 'not bulk'})")  # fmt: skip
    for leaf in node.leaves:
        text = view.field(leaf.field)
        found = None
        negated = None
        for p in leaf.patterns:
            for m in p.finditer(text):
                if not affirm or leaf.field not in ("body", "text") or _affirmed(text, m.start, m.end):
                    found = (p, m)
                    break
                negated = negated or (p, m)
            if found:
                break
        if found:
            out.append(f"{pad}✓ {label}{leaf.field} ~ {found[0].source!r}: {_line_at(text, found[1].start)!r}")
        elif negated:
            out.append(f"{pad}✗ {label}{leaf.field} ~ {negated[0].source!r} only negated or conditional: "
                       f"{_line_at(text, negated[1].start)!r}")  # fmt: skip
            ok = False
        else:
            shown = ", ".join(repr(p.source) for p in leaf.patterns[:4])
            more = f" (+{len(leaf.patterns) - 4} more)" if len(leaf.patterns) > 4 else ""
            out.append(f"{pad}✗ {label}{leaf.field}: none of {shown}{more} matched")
            ok = False
    for n in node.all:
        ok &= _trace(n, view, out, depth + 1, "all: ", affirm)
    if node.any:
        out.append(f"{pad}  any of:")
        any_ok = [_trace(n, view, out, depth + 2, "", affirm) for n in node.any]
        ok &= any(any_ok)
    for n in node.none:
        sub: list[str] = []
        held = _trace(n, view, sub, depth + 1, "", n.resolution_like)
        out.append(f"{pad}{'✗' if held else '✓'} {label}not: {'holds, so the rule is blocked' if held else 'ok'}")
        out.extend(sub)
        ok &= not held
    return ok


def _first_match_line(node: _Node, view: _MailView) -> str | None:
    """The body/text line that made the condition hold, for the evidence excerpt."""
    for leaf in node.leaves:
        if leaf.field in ("body", "text"):
            for p in leaf.patterns:
                m = p.search(view.body)
                if m is not None:
                    return _line_at(view.body, m.start)
    for n in (*node.all, *node.any):
        if _holds(n, view):
            line = _first_match_line(n, view)
            if line:
                return line
    return None


@dataclass(frozen=True, slots=True)
class BodyNeed:
    """The header prefilter's answer for one mail (Engine.body_need)."""

    fetch: bool
    # (kind, vendor) of generic-rule items this mail may be a notice of (set when fetch is True).
    generic_notices: frozenset[tuple[str, str]] = frozenset()
    # Set when fetch is False: the body could only close an item of one of these (kind, vendor).
    closes_only: frozenset[tuple[str, str]] = frozenset()


_FETCH = BodyNeed(True)
_SKIP = BodyNeed(False)


# ------------------------------------------------------------------------------------------------- rules


@dataclass(frozen=True, slots=True)
class CompiledRule:
    loaded: LoadedRule
    ident: VendorIdentity
    match: _Node
    resolution: _Node | None
    target_patterns: tuple[Pattern, ...]
    cues: tuple[str, ...]
    if_missing_days: int | None
    scope: _Node | None = None

    @property
    def id(self) -> str:
        return self.loaded.rule.id

    @property
    def generic(self) -> bool:
        return self.ident.generic


def compile_rule(loaded: LoadedRule) -> CompiledRule:
    rule = loaded.rule
    ident = VendorIdentity.build(rule.vendor, rule.senders, rule.authenticated_domains, rule.aliases)
    return CompiledRule(
        loaded=loaded,
        ident=ident,
        match=_compile_condition(rule.match, loaded, ("match",), rule.resolution),
        resolution=None if rule.resolution is None else _compile_condition(rule.resolution, loaded, ("resolution",)),
        scope=None if rule.scope is None else _compile_condition(rule.scope, loaded, ("scope",)),
        target_patterns=tuple(
            compile_pattern(
                p,
                path=loaded.path,
                line=loaded.line_of("target", "patterns", i),
                rule_id=loaded.id,
                lazy=loaded.builtin,
            )
            for i, p in enumerate(rule.target.patterns)
        ),
        cues=tuple(rule.deadline.cues),
        if_missing_days=parse_duration_days(rule.deadline.if_missing) if rule.deadline.if_missing else None,
    )


class _Fields(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_template(template: str, values: dict[str, Any]) -> str:
    try:
        return template.format_map(_Fields(values))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


# ------------------------------------------------------------------------------------------- explanation


@dataclass(frozen=True, slots=True)
class RuleExplanation:
    rule_id: str
    pack: str
    kind: str
    vendor: str
    verdict: Verdict
    steps: tuple[str, ...]
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class Explanation:
    """Everything `noticewatch explain` shows for one mail."""

    source: str
    message_id: str
    subject: str
    sender: str
    date: datetime | None
    senders_considered: tuple[str, ...]
    authentication: tuple[str, ...]
    rules: tuple[RuleExplanation, ...]
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()


@dataclass
class _Outcome:
    findings: list[Finding] = field(default_factory=list)
    verdict: Verdict = Verdict.NO
    steps: list[str] = field(default_factory=list)
    # A suspicious mail whose content this rule did not match: looked at again as a lure of the rule's kind.
    lure_retry: tuple[TrustVerdict, SenderView] | None = None


# ------------------------------------------------------------------------------------------------ engine


class Engine:
    """Runs a RuleSet over messages. Build once, call `evaluate` for each mail.

    `trusted_authserv_ids`: read only Authentication-Results with these ids (default: the topmost header).
    `today`: only used to render {days_left}; without it {days_left} counts from the mail's date.
    """

    def __init__(
        self, ruleset: RuleSet, *, trusted_authserv_ids: Sequence[str] = (), today: date | None = None
    ) -> None:
        self.ruleset = ruleset
        self.trusted_authserv_ids = tuple(trusted_authserv_ids)
        self.today = today
        self.rules = tuple(compile_rule(r) for r in ruleset.rules)
        self.catalog = VendorCatalog((r.ident for r in self.rules), WELL_KNOWN_VENDORS)
        self._by_domain: dict[str, list[int]] = {}
        for i, r in enumerate(self.rules):
            for d in r.ident.domains:
                self._by_domain.setdefault(d, []).append(i)
        self._generic = [i for i, r in enumerate(self.rules) if r.generic]
        # Look-alike tests are per (sender, display name): cache them, mailboxes repeat senders a lot.
        self._imitation_cache: dict[tuple[str, str], tuple[int, ...]] = {}
        self._header_cache: dict[tuple[int, str, str, bool], tuple[bool, bool]] = {}
        self._vendor_names: dict[str, str] = {}
        for r in self.rules:
            for d in r.ident.domains:
                self._vendor_names.setdefault(d, r.loaded.rule.vendor)
        # A generic rule names a well-known sender by its name (Dynadot), not its domain (dynadot.com).
        for ident in WELL_KNOWN_VENDORS:
            for d in ident.domains:
                self._vendor_names.setdefault(d, ident.vendor)

    # -- candidate selection ----------------------------------------------------------------------------

    def _rules_for_domain(self, domain: str) -> list[int]:
        out: list[int] = []
        for s in suffixes(domain):
            out.extend(self._by_domain.get(s, ()))
        return out

    def _imitated_rules(self, address: Address) -> tuple[int, ...]:
        key = (address.email.lower(), address.name)
        cached = self._imitation_cache.get(key)
        if cached is not None:
            return cached
        result: tuple[int, ...] = ()
        if address.domain:
            known = self.catalog.is_vendor_domain(address.domain)
            hits: list[int] = []
            seen: dict[VendorIdentity, bool] = {}
            for i, r in enumerate(self.rules):
                if r.generic:
                    continue
                if r.ident not in seen:
                    seen[r.ident] = imitation_reason(address, r.ident, display_only=known) is not None
                if seen[r.ident]:
                    hits.append(i)
            result = tuple(hits)
        if len(self._imitation_cache) < 50_000:
            self._imitation_cache[key] = result
        return result

    def _candidates(self, views: Sequence[SenderView]) -> list[int]:
        chosen: set[int] = set()
        for v in views:
            if v.address.domain:
                chosen.update(self._rules_for_domain(v.address.domain))
                chosen.update(self._imitated_rules(v.address))
            if v.platform:
                chosen.update(self._rules_for_domain(v.platform))
        return sorted(chosen)

    def vendor_for_domain(self, domain: str) -> str | None:
        for s in suffixes(domain):
            if s in self._vendor_names:
                return self._vendor_names[s]
        return None

    # -- public API -------------------------------------------------------------------------------------

    def wants_body(self, headers: Message) -> bool:
        """Could any rule match this mail, judging by its headers alone? Recall-safe: unsure means True."""
        need = self.body_need(headers)
        return need.fetch or bool(need.closes_only)

    def body_need(self, headers: Message) -> BodyNeed:
        """What the headers say about the body: needed, not needed, or needed only if an item exists.

        The last case is a generic rule's resolution (any authenticated sender's "결제 완료" or order
        receipt): such a body can only close an item of that sender's, so a mailbox full of shop receipts
        need not be read while no such item exists. Recall-safe otherwise: unsure means fetch.
        """
        if not headers.sender.email or _FORWARD_SUBJECT.search(headers.subject):
            return _FETCH
        view = _MailView.of(headers)
        views = sender_views(headers)
        candidates = self._candidates(views)
        for i in candidates:
            if any(self._header_hints(i, view)):
                return _FETCH
        generic_sender = self._generic_sender(headers, views) if self._generic else None
        auth = summarize_auth(headers, self.trusted_authserv_ids) if candidates or generic_sender else None
        # A suspicious mail is reported whenever its text reads as a lure of a rule's kind, whatever its
        # subject: a vendor's domain with failed authentication, or a sender imitating a known vendor.
        if candidates and auth is not None and _auth_failed(auth):
            return _FETCH
        if self._generic and imitation_verdict(views, self.catalog) is not None:
            return _FETCH
        if (
            generic_sender is None
            or auth is None
            or not self._judge_generic(headers, views, generic_sender, auth).applies
        ):
            return _SKIP
        notices: set[tuple[str, str]] = set()
        closes: set[tuple[str, str]] = set()
        for i in self._generic:
            may_notice, may_close = self._header_hints(i, view)
            if may_notice or may_close:
                rule = self.rules[i]
                key = (rule.loaded.rule.kind, self._vendor_name(rule, generic_sender.address))
                (notices if may_notice else closes).add(key)
        if notices:
            return BodyNeed(True, generic_notices=frozenset(notices))
        return BodyNeed(False, closes_only=frozenset(closes)) if closes else _SKIP

    def _header_hints(self, index: int, view: _MailView) -> tuple[bool, bool]:
        """(may be a notice, may be a resolution) of rule `index`, judging by the headers alone."""
        # Header conditions read only subject, sender and the bulk mark, and mailboxes repeat those a lot
        # (notifications, newsletters): remember the answer.
        key = (index, view.subject, view.sender, view.bulk)
        known = self._header_cache.get(key)
        if known is not None:
            return known
        rule = self.rules[index]
        in_scope = rule.scope is None or _holds_headers(rule.scope, view) is not False
        result = (
            in_scope and _holds_headers(rule.match, view) is not False,
            in_scope and rule.resolution is not None and _holds_headers(rule.resolution, view) is not False,
        )
        if len(self._header_cache) < 50_000:
            self._header_cache[key] = result
        return result

    def evaluate(self, message: Message) -> list[Finding]:
        """Every finding in one mail (suspicious ones included, marked)."""
        return self._run(message, explain=False)[0]

    def explain(self, message: Message) -> Explanation:
        """For every rule: matched, nearly matched (which condition failed) or not, with the reasons."""
        findings, outcomes, auth = self._run(message, explain=True)
        views = sender_views(message)
        return Explanation(
            source=message.source,
            message_id=message.message_id,
            subject=message.subject,
            sender=_fmt_addr(message.sender),
            date=message.date,
            senders_considered=tuple(f"{_fmt_addr(v.address)}{v.how}" for v in views),
            authentication=_describe_auth(auth, self.trusted_authserv_ids),
            rules=tuple(outcomes),
            findings=tuple(findings),
            notes=tuple(
                n
                for n in (
                    "reply: quoted text is ignored, only the author's own text counts" if message.is_reply else "",
                    "marked bulk (List-Unsubscribe / Precedence: bulk)" if message.list_unsubscribe else "",
                    *message.warnings,
                )
                if n
            ),
        )

    # -- evaluation -------------------------------------------------------------------------------------

    def _generic_sender(self, message: Message, views: Sequence[SenderView]) -> SenderView | None:
        """Whom a generic rule judges: the mail's own sender, or for a forward the original notice's sender
        (a colleague forwarding a registrar's mail to ops@ is the common way such a notice arrives)."""
        own = views[-1]
        chosen = views[0] if message.forwarded and views[0].via_forward and not views[0].via_list else own
        if message.forwarded and chosen is own:
            return None  # a forward whose original sender could not be read
        domain = chosen.address.domain
        if not domain or org_domain(domain) in _FREEMAIL:
            return None
        # Internal mail (a colleague writing about our domain, or forwarding our own mail) is no registrar's.
        ours = {org_domain(t.domain) for t in message.to if t.domain}
        if chosen is not own and own.address.domain:
            ours.add(org_domain(own.address.domain))
        return None if org_domain(domain) in ours else chosen

    def _judge_generic(
        self, message: Message, views: Sequence[SenderView], chosen: SenderView, auth: AuthSummary
    ) -> TrustVerdict:
        if chosen is views[-1]:
            return judge_generic_rule(views, auth, self.catalog)
        # A forwarded notice cannot be authenticated (the signature was the forwarder's): judged by its domain
        # only, like a vendor rule judges a forward; a look-alike is still reported as suspicious.
        imitations = self.catalog.lookalikes(chosen.address)
        if imitations:
            reasons = tuple(i.reason for i in imitations)
            return TrustVerdict(True, chosen.address, True, False, False, True, reasons, ())
        note = f"forwarded notice from {chosen.address.email}: its authentication cannot be checked"
        return TrustVerdict(True, chosen.address, True, False, False, False, (), (note,))

    def _run(self, message: Message, *, explain: bool) -> tuple[list[Finding], list[RuleExplanation], AuthSummary]:
        view = _MailView.of(message)
        views = sender_views(message)
        auth = summarize_auth(message, self.trusted_authserv_ids)
        order = range(len(self.rules)) if explain else self._candidates(views)
        findings: list[Finding] = []
        taken: set[tuple[str, str]] = set()
        outcomes: list[RuleExplanation] = []
        deadline_cache: dict[tuple[str, ...], Any] = {}

        retries: list[tuple[CompiledRule, _Outcome, int]] = []

        def add(rule: CompiledRule, outcome: _Outcome) -> None:
            if outcome.lure_retry is not None:
                retries.append((rule, outcome, len(outcomes)))
            kept = []
            for f in outcome.findings:
                key = (f.kind, f.target.strip().rstrip(".").lower())
                if key in taken:
                    outcome.steps.append(f"· {f.target}: already reported by an earlier rule for this mail")
                    continue
                taken.add(key)
                kept.append(f)
            findings.extend(kept)
            if explain:
                lr = rule.loaded
                outcomes.append(
                    RuleExplanation(lr.id, lr.pack, lr.rule.kind, lr.rule.vendor, outcome.verdict,
                                    tuple(outcome.steps), tuple(kept))
                )  # fmt: skip

        for i in order:
            rule = self.rules[i]
            if rule.generic:
                continue
            outcome = self._vendor_rule(rule, message, view, views, auth, deadline_cache, explain)
            add(rule, outcome)
        generic_sender = self._generic_sender(message, views) if self._generic else None
        generic_verdict = (
            self._judge_generic(message, views, generic_sender, auth) if generic_sender is not None else None
        )
        if generic_verdict is None and self._generic:
            # Mail the generic rules skip (free-mail, internal, a list's resend) that imitates a known vendor is
            # still reported, as suspicious: a phishing notice is never dropped silently.
            generic_verdict = imitation_verdict(views, self.catalog)
            if generic_verdict is not None:
                generic_sender = next((v for v in views if v.address == generic_verdict.sender), views[-1])
        generic_ok = generic_verdict is not None
        for i in self._generic:
            rule = self.rules[i]
            if not generic_ok:
                if explain:
                    why = ("the mail is a forward, internal, or from a personal mail provider"
                           if views[-1].address.domain else "no sender address")  # fmt: skip
                    add(rule, _Outcome(steps=[f"generic rule skipped: {why}"]))
                continue
            assert generic_verdict is not None and generic_sender is not None
            outcome = self._apply(rule, generic_verdict, message, view, generic_sender, deadline_cache, explain)
            # A look-alike a vendor rule already reported is one phishing mail, not also "a registrar named
            # after the look-alike domain": one warning per kind.
            warned = {f.kind for f in findings if f.suspicious}
            if any(f.suspicious and f.kind in warned for f in outcome.findings):
                outcome.findings = [f for f in outcome.findings if not (f.suspicious and f.kind in warned)]
                if explain:
                    outcome.steps.append("suspicious finding dropped: a vendor rule already reported this mail")
            add(rule, outcome)
        # A lure need not word its threat as the vendor does: a suspicious mail no rule of a kind matched is
        # looked at again as a lure of that kind (once per kind), so that it is reported, never dropped.
        for rule, first, at in retries:
            if any(f.suspicious and f.kind == rule.loaded.rule.kind for f in findings):
                continue
            assert first.lure_retry is not None
            verdict, sender_view = first.lure_retry
            reported = any(f.suspicious for f in findings)
            again = self._apply(
                rule, verdict, message, view, sender_view, deadline_cache, explain, lure=True, reported=reported
            )
            if not again.findings:
                continue
            taken_before = len(outcomes)
            add(rule, again)
            if explain and len(outcomes) > taken_before:
                outcomes[at] = outcomes.pop()
        if explain:
            # "The content matches but the sender is not this vendor's" is only news when no rule of that
            # kind took the mail (a vendor's new sender domain); otherwise every registrar's rule says it.
            kinds = {f.kind for f in findings}
            outcomes = [
                dataclasses.replace(o, verdict=Verdict.NO)
                if o.verdict is Verdict.NEAR and o.kind in kinds and o.steps and o.steps[0].startswith("✗ sender")
                else o
                for o in outcomes
            ]
        return findings, outcomes, auth

    def _vendor_rule(
        self, rule: CompiledRule, message: Message, view: _MailView, views: Sequence[SenderView],
        auth: AuthSummary, cache: dict[tuple[str, ...], Any], explain: bool,
    ) -> _Outcome:  # fmt: skip
        verdict = judge_vendor_rule(rule.ident, views, auth, self.catalog)
        sender_view = next((v for v in views if v.address == verdict.sender), views[-1])
        return self._apply(rule, verdict, message, view, sender_view, cache, explain)

    def _apply(
        self, rule: CompiledRule, verdict: TrustVerdict, message: Message, view: _MailView,
        sender: SenderView, cache: dict[tuple[str, ...], Any], explain: bool, lure: bool = False,
        reported: bool = False,
    ) -> _Outcome:  # fmt: skip
        out = _Outcome()
        steps = out.steps
        if explain:
            steps.append(_describe_verdict(verdict))
        if not verdict.applies:
            if explain and (_holds(rule.match, view)
                            or (rule.resolution is not None and _holds(rule.resolution, view, True))):  # fmt: skip
                out.verdict = Verdict.NEAR
                steps.append("✓ the content matches, but the sender is not this vendor's")
            return out
        if rule.scope is not None:
            if explain:
                steps.append("scope:")
                in_scope = _trace(rule.scope, view, steps, 1, "")
            else:
                in_scope = _holds(rule.scope, view)
            # A scope keeps a shared domain's other mail (a shop's orders) out; a mail from that domain whose
            # authentication failed is no order, whatever its subject: it is read again as a lure.
            if not in_scope and not (lure and verdict.suspicious):
                if verdict.suspicious:
                    out.lure_retry = (verdict, sender)
                if explain:
                    steps.append("outside the rule's scope: match and resolution not tried")
                return out
        if explain:
            steps.append("match:")
            matched = _trace(rule.match, view, steps, 1, "")
            resolved = False
            if rule.resolution is not None:
                steps.append("resolution:")
                resolved = _trace(rule.resolution, view, steps, 1, "", True)
        else:
            matched = _holds(rule.match, view)
            resolved = rule.resolution is not None and _holds(rule.resolution, view, True)
        if not matched and not resolved and verdict.suspicious:
            if not lure:
                out.lure_retry = (verdict, sender)
            else:
                found = phishing_lure(rule.loaded.rule.kind, message.subject, message.text, view.bulk, reported)
                if found is not None:
                    matched = True
                    if explain:
                        steps.append(f"✓ suspicious mail that reads as a {rule.loaded.rule.kind} lure: {found!r}")
        if not matched and not resolved:
            out.verdict = Verdict.NEAR if verdict.vendor_sender else Verdict.NO
            if explain and verdict.vendor_sender:
                steps.append("the sender is the vendor's, but the content conditions do not hold")
            return out

        resolves = resolved and not verdict.suspicious
        if resolved and verdict.suspicious and explain:
            steps.append("resolution ignored: a suspicious mail never closes an item")
        if resolves and matched and explain:
            steps.append("both match and resolution hold: resolution wins (a receipt restates the old dates)")
        node = rule.resolution if resolves and rule.resolution is not None else rule.match
        matched_line = _first_match_line(node, view) or message.subject

        hits, how = self._targets(rule, message, view, sender)
        if explain:
            steps.append(how)
        rule_def = rule.loaded.rule
        mail_date = sender.date or message.date
        vendor = self._vendor_name(rule, sender.address)
        many = len(hits) > 1
        targets: list[TargetHit | None] = [*hits] or [None]
        row_resolves: dict[str, bool] = {}
        mail_resolves = resolves
        if many and rule.resolution is not None and not verdict.suspicious:
            row_resolves, targets = self._digest_rows(rule, message, view, hits, steps if explain else None)
        for hit in targets:
            target = hit.value if hit else self._fallback_target(rule, message, sender.address, vendor)
            explanation: list[str] = []
            if verdict.suspicious:
                explanation += [f"suspicious: {r}" for r in verdict.reasons]
            explanation += list(verdict.notes)
            deadline: date | None = None
            phases: tuple[Phase, ...] = ()
            excerpt = matched_line
            resolves = row_resolves.get(hit.value, mail_resolves) if (row_resolves and hit) else mail_resolves
            if resolves:
                explanation.append(f"resolution of rule {rule.id}: closes the item for {target}")
            else:
                deadline, phases, dl_line, reason = self._deadline(rule, message, hits if many else [], hit,
                                                                   mail_date, cache)  # fmt: skip
                explanation.append(reason)
                if dl_line:
                    excerpt = dl_line
                if deadline is None and not phases and rule_def.deadline.required:
                    explanation.append("no deadline and the rule requires one: no finding")
                    if explain:
                        steps.append(f"· {target}: no deadline, and deadline.required is set: skipped")
                    continue
            action = self._action(rule, target, vendor, deadline, message, sender, mail_date)
            if resolves:
                action = f"Nothing to do: {rule_def.kind} for {target} at {vendor} was resolved"
            if verdict.suspicious:
                action = phishing_action(vendor, target)
            finding = Finding(
                rule_id=rule.id,
                kind=rule_def.kind,
                vendor=vendor,
                target=target,
                severity=rule_def.severity,
                deadline=deadline,
                phases=phases,
                action=action,
                evidence=Evidence(message.message_id, message.subject, message.date, message.source, excerpt),
                resolves=resolves,
                suspicious=verdict.suspicious,
                suspicious_reasons=verdict.reasons if verdict.suspicious else (),
                explanation=(f"rule {rule.id} ({rule.loaded.location})", *explanation),
            )
            out.findings.append(finding)
            if explain:
                dl = deadline.isoformat() if deadline else "none"
                steps.append(
                    f"→ finding: {target}, deadline {dl}"
                    f"{', resolves' if resolves else ''}{', SUSPICIOUS' if verdict.suspicious else ''}"
                )
                steps.extend(f"    {e}" for e in explanation)  # fmt: skip
        if out.findings:
            out.verdict = Verdict.RESOLVED if all(f.resolves for f in out.findings) else Verdict.MATCHED
        return out

    def _digest_rows(
        self, rule: CompiledRule, message: Message, view: _MailView, hits: Sequence[TargetHit],
        steps: list[str] | None,
    ) -> tuple[dict[str, bool], list[TargetHit | None]]:  # fmt: skip
        """A digest some of whose rows say they are resolved: only those rows are.

        "a.com 연장 완료 / b.com 만료 예정" closes a.com only;
        the other rows are notices when the mail without the resolved rows still matches, else they give
        nothing (never a wrong "resolved" for a domain that is still expiring)."""
        assert rule.resolution is not None
        text = message.text
        rows: dict[str, tuple[int, int]] = {}
        flags: dict[str, bool] = {}
        for h in hits:
            windows = deadline_windows(text, hits, h)
            if not windows:
                continue
            start, end = windows[1] if len(windows) > 1 and windows[1][0] == windows[0][0] else windows[0]
            para_end = text.find("\n\n", windows[0][1])
            if para_end != -1:
                end = max(windows[0][1], min(end, para_end))
            rows[h.value] = (start, end)
            # A table row that says so on its own line ("b.com<TAB>2027-11-02<TAB>갱신 완료") is resolved, whatever
            # follows it: the last row's section runs on into footnotes ("갱신 완료된 도메인은 조치가 필요 없습니다").
            line = text[windows[0][0] : windows[0][1]]
            flags[h.value] = _holds(rule.resolution, view.with_body(line), True) or _holds(
                rule.resolution, view.with_body(text[start:end]), True
            )
        if not rows or all(flags.get(h.value, False) for h in hits) or not any(flags.values()):
            return {}, [*hits]  # every row (or none in particular) says it: the mail as a whole decides
        rest = text
        for value, (start, end) in sorted(rows.items(), key=lambda kv: -kv[1][0]):
            if flags[value]:
                rest = rest[:start] + rest[end:]
        rest_matches = _holds(rule.match, view.with_body(rest))
        kept: list[TargetHit | None] = [h for h in hits if flags.get(h.value, False) or rest_matches]
        if steps is not None:
            done = ", ".join(h.value for h in hits if flags.get(h.value, False))
            steps.append(f"digest: only the rows of {done} say they are resolved")
            if not rest_matches:
                steps.append("  the other rows, without those, do not match this rule: no finding for them here")
        return {h.value: flags.get(h.value, False) for h in hits}, kept

    # -- pieces -----------------------------------------------------------------------------------------

    def _vendor_name(self, rule: CompiledRule, sender: Address) -> str:
        template = rule.loaded.rule.vendor
        if "{" not in template:
            return template
        domain = sender.domain
        known = self.vendor_for_domain(domain) if domain else None
        if known and not rule.generic:
            return known
        if known and "{sender" in template:
            return known
        return render_template(template, {"sender_domain": domain, "sender_org": org_domain(domain) if domain else ""})

    def _excluded_domains(self, rule: CompiledRule, sender: Address) -> Any:
        """Which domain names in the mail are the vendor's, not the customer's.

        A vendor's domains and their subdomains are excluded. For kinds other than domain expiry, a
        subdomain that is not one of the vendor's own service hosts (www, help, mail ...) is the customer's
        hosted site and stays: `myshop.dothome.co.kr`, `mintcake.netlify.app`.
        """
        own = [*rule.ident.domains, *rule.ident.auth_domains]
        if sender.domain:
            own.append(org_domain(sender.domain))
        catalog = self.catalog
        hosted_ok = "domain" not in rule.loaded.rule.kind

        def excluded(domain: str) -> bool:
            parent = next((d for d in own if is_same_or_subdomain(domain, d)), None) or catalog.known_parent(domain)
            if parent is None:
                return False
            if domain == parent or not hosted_ok:
                return True
            sub = domain[: -len(parent) - 1]
            return sub.split(".")[-1] in _SERVICE_LABELS

        return excluded

    def _targets(
        self, rule: CompiledRule, message: Message, view: _MailView, sender: SenderView
    ) -> tuple[list[TargetHit], str]:
        spec = rule.loaded.rule.target
        hits: list[TargetHit] = []
        if rule.target_patterns:
            hits = find_pattern_targets(message.text, view.subject, rule.target_patterns)
            if spec.type == "domain":
                cleaned = []
                for h in hits:
                    d = normalize_domain(h.value.removeprefix("www."))
                    if "." in d and not self._excluded_domains(rule, sender.address)(d):
                        cleaned.append(TargetHit(d, h.start, h.end, h.score, h.line))
                hits = cleaned
            how = (
                f"target ({spec.type}): the resource the mail labels (the rule's patterns named none)"
                if hits and all(h.source == "resource" for h in hits)
                else f"target ({spec.type}) from the rule's patterns"
            )
        if not hits and spec.type == "domain":
            hits = find_domains(message.text, view.subject, self._excluded_domains(rule, sender.address))
            how = "target: domain names in the text (vendor domains, links and e-mail addresses excluded)"
        if not spec.multiple:
            hits = subject_named_first(hits, view.subject)[:1]
        if hits:
            where = "; ".join(f"{h.value} from {h.line[:80]!r}" for h in hits[:10])
            return hits, f"{how}: {where}"
        return [], "target: nothing found in the mail; using the fallback"

    def _fallback_target(self, rule: CompiledRule, message: Message, sender: Address, vendor: str) -> str:
        fallback = rule.loaded.rule.target.fallback
        if fallback is None:
            return "(target not named in the mail)"
        to = message.to[0].email if message.to else ""
        return render_template(
            fallback,
            {"vendor": vendor, "to": to, "subject": message.subject, "kind": rule.loaded.rule.kind,
             "sender_domain": sender.domain, "sender_org": org_domain(sender.domain) if sender.domain else ""},
        ).strip() or "(target not named in the mail)"  # fmt: skip

    def _deadline(
        self, rule: CompiledRule, message: Message, hits: Sequence[TargetHit], hit: TargetHit | None,
        mail_date: datetime | None, cache: dict[tuple[str, ...], Any],
    ) -> tuple[date | None, tuple[Phase, ...], str | None, str]:  # fmt: skip
        from noticewatch.rules.dates import extract_deadline

        text = message.text
        if hit is not None and hits:
            note = footnote_window(text, hits, hit)
            for window in [*([note] if note else []), *deadline_windows(text, hits, hit)]:
                res = extract_deadline(text, mail_date, rule.cues, within=window, sender_domain=message.sender.email)
                if res.deadline is not None or res.phases:
                    line = res.mention.line if res.mention else None
                    where = f" on line {line!r}" if line else ""
                    return (
                        res.deadline,
                        res.phases,
                        line,
                        (f"deadline for {hit.value}{where}, from its own part of the mail: {res.reason}"),
                    )
        key = (*rule.cues, f"@{mail_date.isoformat() if mail_date else ''}")
        cached = cache.get(key)
        if cached is not None:
            res = cached
        else:
            res = extract_deadline(text, mail_date, rule.cues, sender_domain=message.sender.email)
            if res.deadline is None and not res.phases and message.subject:
                subject_res = extract_deadline(
                    message.subject, mail_date, rule.cues, sender_domain=message.sender.email
                )
                if subject_res.deadline is not None:
                    res = subject_res
            cache[key] = res
        if res.deadline is not None or res.phases:
            line = res.mention.line if res.mention else None
            where = f" on line {line!r}" if line else ""
            return res.deadline, res.phases, line, f"deadline{where}: {res.reason}"
        if rule.if_missing_days is not None and mail_date is not None:
            d = mail_date.date() + timedelta(days=rule.if_missing_days)
            return (
                d,
                (),
                None,
                (
                    f"no deadline in the mail ({res.reason}); deadline.if_missing "
                    f"{rule.loaded.rule.deadline.if_missing} after the mail's date {mail_date.date().isoformat()}"
                ),
            )
        if res.undated_cue:
            return None, (), None, f"undated deadline ({res.undated_cue!r}): {res.reason}"
        return None, (), None, f"no deadline: {res.reason}"

    def _action(
        self, rule: CompiledRule, target: str, vendor: str, deadline: date | None, message: Message,
        sender: SenderView, mail_date: datetime | None,
    ) -> str:  # fmt: skip
        rule_def = rule.loaded.rule
        base = self.today or (mail_date.date() if mail_date else None)
        days_left: Any = (deadline - base).days if deadline and base else "?"
        return render_template(
            rule_def.action,
            {
                "target": target, "vendor": vendor, "kind": rule_def.kind, "rule": rule.id,
                "deadline": deadline.isoformat() if deadline else NO_DEADLINE_TEXT,
                "days_left": days_left, "severity": rule_def.severity.value, "subject": message.subject,
                "to": message.to[0].email if message.to else "", "sender_domain": sender.address.domain,
                "sender_org": org_domain(sender.address.domain) if sender.address.domain else "",
                "date": mail_date.date().isoformat() if mail_date else "",
            },
        )  # fmt: skip


def _describe_verdict(v: TrustVerdict) -> str:
    who = f"{v.sender.email}{' (not the From header)' if v.via_forward else ''}"
    if not v.applies:
        return f"✗ sender {who}: " + "; ".join(v.notes or ("not this rule's vendor",))
    parts = []
    if v.vendor_sender:
        parts.append("one of the vendor's sender domains")
    if v.suspicious:
        parts.append("SUSPICIOUS: " + "; ".join(v.reasons))
    parts.extend(v.notes)
    return f"{'⚠' if v.suspicious else '✓'} sender {who}: " + "; ".join(parts)


def _describe_auth(auth: AuthSummary, trusted: Sequence[str]) -> tuple[str, ...]:
    if not auth.present:
        which = f"from trusted authserv-ids {', '.join(trusted)}" if trusted else "at all"
        return (f"no Authentication-Results {which}",)
    lines = [
        f"Authentication-Results read from: {', '.join(auth.authserv_ids)}"
        + (" (trusted authserv-ids)" if trusted else " (topmost header only)")
    ]
    for name, items in (("dkim", auth.dkim), ("spf", auth.spf), ("dmarc", auth.dmarc)):
        for result, dom in items:
            lines.append(f"  {name}={result}{f' ({dom})' if dom else ''}")
    return tuple(lines)
