"""Sender trust: is this mail really from the vendor a rule is about? The anti-phishing heart.

Three questions, answered per rule:
1. Who is the sender? The From address, or for a forward the forwarded notice's sender (a colleague
   forwarding a Gabia notice is real evidence; the colleague is not the vendor).
2. Does the rule apply? Yes when the sender's domain is one of the rule's `senders` (or a subdomain),
   when the rule is generic (`senders: ["*"]`) and the mail authenticates as its own From domain, or when
   the sender imitates the rule's vendor (then the finding is marked suspicious).
3. Is it suspicious? Authentication-Results (RFC 8601) say dkim/spf/dmarc failed, or DKIM passed only for
   an unrelated domain; or the sender domain is a look-alike of a vendor's (embedded vendor name, typo or
   homoglyph distance, punycode); or the display name claims a vendor the domain does not belong to.
   "A vendor" is any vendor a loaded rule names, or one of WELL_KNOWN_VENDORS (registrars and hosts without
   rules of their own, which the generic rules would otherwise trust as whoever authenticates).

Only the topmost Authentication-Results header is read (the one the receiving server added), or, when the
user names trusted authserv-ids, only headers carrying those ids: anyone can forge the header upstream.
A mail without Authentication-Results is not suspicious for that alone (local test mailboxes lack them);
the verdict notes it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from noticewatch.models import Address, AuthResults, Message
from noticewatch.rules.domains import aligned, is_same_or_subdomain, normalize_domain, org_domain, org_label, suffixes

# Labels too generic to count as a vendor's name when found inside another domain.
_GENERIC_LABELS = frozenset(
    {
        "mail", "email", "hosting", "domain", "domains", "cloud", "secure", "login", "account", "accounts",
        "support", "service", "services", "online", "web", "info", "notice", "notify", "billing", "help",
        "apple", "meta", "line", "one", "my", "go", "app", "apps", "dev", "api", "admin", "team", "news",
        "name",
        # ordinary words that are also a vendor's sender domain (office.com, signup.aws, toast.com)
        "office", "signup", "toast",
    }
)  # fmt: skip

# Vendor labels that are also ordinary words ("render", "hover"): only a whole token of a domain or of a display
# name counts as claiming them, never a part of a longer word (renderforest.com, "Hovercraft Weekly").
_WORD_LABELS = frozenset({"render", "hover"})

# Confusable characters (digits, Cyrillic, Greek) folded to the Latin letter they imitate.
_HOMOGLYPHS = str.maketrans(
    {
        "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "i": "l", "|": "l",
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "l", "ј": "j", "ԁ": "d",
        "ѕ": "s", "ɡ": "g", "ο": "o", "α": "a", "ν": "v", "κ": "k", "ı": "l", "ⅼ": "l",
    }
)  # fmt: skip


def skeleton(label: str) -> str:
    """A label folded so that look-alikes collide: g0daddy -> godaddy, rn -> m, vv -> w."""
    s = unicodedata.normalize("NFKC", label.lower())
    s = s.translate(_HOMOGLYPHS).replace("-", "").replace("rn", "m").replace("vv", "w")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode() or s


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Damerau-Levenshtein (adjacent transpositions), stopping early above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _compact(name: str) -> str:
    """A display or vendor name reduced to lowercase letters and digits: 'Go Daddy' -> 'godaddy'."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", name).lower() if ch.isalnum())


@dataclass(frozen=True, slots=True)
class VendorIdentity:
    """What a vendor-specific rule knows about its vendor, for trust and look-alike tests."""

    vendor: str
    domains: tuple[str, ...]  # the rule's senders, normalised; empty for a generic rule
    auth_domains: tuple[str, ...]
    names: tuple[str, ...]  # compacted vendor name and aliases
    labels: tuple[str, ...]  # organisational labels of the domains: gabia, godaddy, amazon

    @classmethod
    def build(
        cls, vendor: str, senders: Sequence[str], authenticated: Sequence[str] | None, aliases: Sequence[str]
    ) -> VendorIdentity:
        domains = tuple(normalize_domain(s.removeprefix("*.")) for s in senders if s.strip() != "*")
        auth = tuple(normalize_domain(s.removeprefix("*.")) for s in (authenticated or ())) or domains
        names = tuple(
            dict.fromkeys(
                n
                for n in (_compact(x) for x in (vendor, *aliases))
                if (len(n) >= 4 or (n and not n.isascii())) and "{" not in n
            )
        )
        labels = tuple(dict.fromkeys(org_label(d) for d in domains if "." in d))
        return cls(vendor, domains, auth, names, labels)

    @property
    def generic(self) -> bool:
        return not self.domains

    def owns(self, domain: str) -> bool:
        return any(is_same_or_subdomain(domain, d) for d in self.domains)


@dataclass(frozen=True, slots=True)
class Lookalike:
    vendor: str
    reason: str


class VendorCatalog:
    """Every vendor the loaded rules know: the sender domains they own and the names they sign with."""

    def __init__(self, identities: Iterable[VendorIdentity], well_known: Iterable[VendorIdentity] = ()) -> None:
        # Several rules share one vendor identity: keep each once.
        self.identities = tuple(dict.fromkeys(i for i in identities if not i.generic))
        self._known = frozenset(d for i in self.identities for d in i.domains)
        # Well-known vendors without rules of their own: only imitating them counts (a generic rule must not
        # trust dynadot-renewals.com as its own registrar); their mail is not "a known vendor's" for drift.
        self.well_known = tuple(i for i in dict.fromkeys(well_known) if not i.generic)
        self._lookalike_identities = tuple(dict.fromkeys((*self.identities, *self.well_known)))
        self._vendor_domains = self._known | frozenset(d for i in self.well_known for d in i.domains)
        self._owner_names: dict[str, tuple[str, ...]] = {}
        for ident in self._lookalike_identities:
            for d in ident.domains:
                self._owner_names[d] = tuple(dict.fromkeys((*self._owner_names.get(d, ()), *ident.names)))
        self._cache: dict[tuple[str, str], list[Lookalike]] = {}

    def owner_names(self, domain: str) -> tuple[str, ...]:
        """The names of the vendors that own `domain` (or a parent of it): "NAVER WORKS" on worksmobile.com is
        that vendor's own name, not a claim to be Naver."""
        return tuple(n for s in suffixes(domain) for n in self._owner_names.get(s, ()))

    def is_known_domain(self, domain: str) -> bool:
        return self.known_parent(domain) is not None

    def is_vendor_domain(self, domain: str) -> bool:
        """A domain of a vendor with rules, or of a well-known vendor (its mail is nobody's imitation)."""
        return any(s in self._vendor_domains for s in suffixes(domain))

    def known_parent(self, domain: str) -> str | None:
        """The known vendor domain that `domain` is (or is a subdomain of), or None."""
        labels = normalize_domain(domain).split(".")
        for k in range(len(labels)):
            candidate = ".".join(labels[k:])
            if candidate in self._known:
                return candidate
        return None

    def lookalikes(self, address: Address, identities: Iterable[VendorIdentity] | None = None) -> list[Lookalike]:
        """Vendors this sender imitates (empty when the domain is a known vendor domain)."""
        domain = address.domain
        if not domain:
            return []
        known = self.is_vendor_domain(domain)
        key = (address.email.lower(), address.name)
        if identities is None and key in self._cache:
            return self._cache[key]
        found: dict[str, Lookalike] = {}
        own = self.owner_names(domain) if known else ()
        for ident in self._lookalike_identities if identities is None else identities:
            reason = imitation_reason(address, ident, display_only=known, own_names=own)
            if reason and reason not in found:
                found[reason] = Lookalike(ident.vendor, reason)
        result = list(found.values())
        if identities is None and len(self._cache) < 50_000:
            self._cache[key] = result
        return result


def imitation_reason(
    address: Address, ident: VendorIdentity, *, display_only: bool = False, own_names: Sequence[str] = ()
) -> str | None:
    """Why `address` (whose domain is not the vendor's) looks like it claims to be `ident`, or None.

    `display_only`: the domain belongs to another known vendor (naver.com is Naver's, but also a free-mail
    host), so only a display name claiming `ident` counts, not the shape of the domain. `own_names`: the names
    of the vendors owning the domain, which the display name may carry without claiming anyone else
    ("NAVER WORKS" on worksmobile.com, "카카오클라우드" on kakaocloud.com).
    """
    raw_domain = address.email.rpartition("@")[2].lower()
    domain = normalize_domain(raw_domain)
    if not domain or ident.owns(domain):
        return None
    if display_only:
        return _display_claim(address, ident, domain, own_names)
    prefixed = _vendor_domain_prefix(domain, ident)
    if prefixed:
        return f"sender domain {domain} starts with {ident.vendor}'s domain {prefixed} but is another domain"
    labels = domain.split(".")
    body_labels = labels[:-1] if len(labels) > 1 else labels
    tokens = {t for label in body_labels for t in label.split("-") if t}
    for vendor_label in ident.labels:
        generic = vendor_label in _GENERIC_LABELS
        word = vendor_label in _WORD_LABELS
        if not generic and len(vendor_label) >= 3 and vendor_label in tokens:
            return f"sender domain {domain} embeds {ident.vendor}'s name ({vendor_label})"
        if word:
            continue
        if not generic and len(vendor_label) >= 6 and any(vendor_label in lb for lb in body_labels):
            return f"sender domain {domain} embeds {ident.vendor}'s name ({vendor_label})"
        target = skeleton(vendor_label)
        for label in body_labels:
            if label == vendor_label:
                continue
            puny = raw_domain != domain or label.startswith("xn--") or not label.isascii()
            sk = skeleton(label)
            if sk == target and len(target) >= 3:
                how = "punycode/homoglyph" if puny else "homoglyph"
                return f"sender domain {domain} is a {how} look-alike of {ident.vendor} ({vendor_label})"
            # ... also as one word of a hyphenated label: "micros0ft-365-support", "g0daddy-billing" (a name long
            # enough not to be an ordinary word, and not written correctly: that is the "embeds" case above).
            tokens_alike = not generic and not word and len(target) >= 5 and "-" in label
            if tokens_alike and any(t != vendor_label and skeleton(t) == target for t in label.split("-")):
                return f"sender domain {domain} is a homoglyph look-alike of {ident.vendor} ({vendor_label})"
            # Typosquats keep the first letter (namecheep, godady, gabiaa); without that, any short word
            # one letter away would count (mycorp vs lycorp).
            flat = label.replace("-", "")
            if len(vendor_label) >= 5 and not generic and flat[:1] == vendor_label[:1]:
                limit = 2 if len(vendor_label) >= 8 else 1
                if edit_distance(flat, vendor_label, limit) <= limit:
                    return f"sender domain {domain} is a typo look-alike of {ident.vendor} ({vendor_label})"
    return _display_claim(address, ident, domain, own_names)


def _vendor_domain_prefix(domain: str, ident: VendorIdentity) -> str | None:
    """The vendor domain that `domain` carries as whole labels before another domain's
    ("apple.com.id-check.net", "mail.kakao.com.console.io"), or None. A vendor name that is also an ordinary
    label (apple, line, meta) is not a look-alike by itself, but its whole domain followed by more labels is.
    A two-letter country code after it ("google.com.au") is a country variant of the vendor's name, not this
    trick."""
    wrapped = f".{domain}."
    for vendor_domain in ident.domains:
        if "." not in vendor_domain:
            continue
        _head, sep, rest = wrapped.partition(f".{vendor_domain}.")
        rest = rest.rstrip(".")
        if sep and rest and not (len(rest) == 2 and rest.isalpha()):
            return vendor_domain
    return None


def _display_claim(address: Address, ident: VendorIdentity, domain: str, own_names: Sequence[str] = ()) -> str | None:
    display = _compact(address.name)
    # The domain owner's own name is no claim on another vendor, also when it contains one ("naverworks").
    for own in sorted(own_names, key=len, reverse=True):
        display = display.replace(own, " ")
    if display.strip():
        words = {_compact(w) for w in re.split(r"[\W_]+", address.name) if w} - set(own_names)
        for name in (*ident.names, *(lb for lb in ident.labels if lb not in _GENERIC_LABELS and len(lb) >= 4)):
            # A vendor named by an ordinary word (LINE, Meta, Apple) is claimed by that word, not by a longer
            # word containing it ("Hetzner Online GmbH" claims no LINE).
            whole_word = name in _WORD_LABELS or name in _GENERIC_LABELS
            if name and (name in words if whole_word else name in display):
                return f"display name {address.name!r} claims {ident.vendor} but the domain is {domain}"
    return None


def _well_known(vendor: str, domains: Sequence[str], aliases: Sequence[str] = ()) -> VendorIdentity:
    return VendorIdentity.build(vendor, domains, None, aliases)


# Registrars, hosts and clouds that users meet but the built-in packs have no rule for: a display name or
# domain label imitating one of them from another domain is suspicious, also for the generic rules (which
# would otherwise trust any domain that authenticates as itself). Their real domains pass.
WELL_KNOWN_VENDORS: tuple[VendorIdentity, ...] = (
    # Registrars.
    _well_known("Dynadot", ["dynadot.com"]),
    _well_known("Name.com", ["name.com"], ["Name.com"]),
    _well_known("Hover", ["hover.com"]),
    _well_known("IONOS", ["ionos.com", "ionos.de", "ionos.co.uk", "ionos.fr", "ionos.es", "ionos.ca", "1and1.com",
                          "1und1.de"], ["1&1 IONOS", "1and1"]),
    _well_known("OVHcloud", ["ovh.com", "ovhcloud.com", "ovh.net", "ovh.de", "ovh.co.uk", "ovh.ca", "ovh.us"],
                ["OVH"]),
    _well_known("Hostinger", ["hostinger.com", "hostinger.co.uk", "hostinger.in", "hostinger.kr", "hostinger.io"]),
    _well_known("Network Solutions", ["networksolutions.com", "web.com", "register.com"], ["NetworkSolutions"]),
    _well_known("Tucows", ["tucows.com", "opensrs.com", "opensrs.net"], ["OpenSRS"]),
    _well_known("Enom", ["enom.com", "name-services.com"], ["eNom"]),
    _well_known("Google Domains", ["domains.google", "google.com"], ["Google Domains"]),
    _well_known("Bluehost", ["bluehost.com"]),
    _well_known("Hostgator", ["hostgator.com"]),
    _well_known("Dreamhost", ["dreamhost.com"]),
    _well_known("닷네임코리아", ["dotnamekorea.com", "dotname.co.kr"], ["닷네임", "Dotname", "DotnameKorea"]),
    _well_known("아이네임즈", ["inames.co.kr"], ["iNames", "아이네임즈"]),
    # Hosts and clouds.
    _well_known("Firebase", ["firebase.google.com", "firebase.com", "google.com"], ["Firebase"]),
    _well_known("Supabase", ["supabase.com", "supabase.io"]),
    _well_known("Render", ["render.com"]),
    _well_known("Cloudflare", ["cloudflare.com"]),
    _well_known("DigitalOcean", ["digitalocean.com"], ["Digital Ocean"]),
    _well_known("Linode", ["linode.com", "akamai.com"], ["Akamai"]),
    _well_known("Hetzner", ["hetzner.com", "hetzner.de", "hetzner.cloud"]),
    _well_known("Vultr", ["vultr.com"]),
    _well_known("Fly.io", ["fly.io"], ["FlyIO"]),
    _well_known("Railway", ["railway.app"]),
    # Sibling brands of vendors with rules: their own names contain the parent's ("NAVER WORKS", "Kakao Cloud"),
    # which on their own domains is no claim to be Naver or Kakao.
    _well_known("NAVER WORKS", ["worksmobile.com"], ["LINE WORKS", "네이버웍스", "라인웍스", "NAVER WORKS"]),
    _well_known("NAVER Cloud", ["ncloud.com", "navercloudcorp.com"],
                ["NAVER Cloud Platform", "네이버클라우드", "네이버 클라우드 플랫폼", "NCP"]),
    _well_known("Kakao Cloud", ["kakaocloud.com", "kakaoenterprise.com"],
                ["카카오클라우드", "Kakao Enterprise", "카카오엔터프라이즈", "kakao i cloud"]),
    _well_known("NHN Cloud", ["nhncloud.com"], ["NHN클라우드", "NHN Cloud"]),
    _well_known("KT Cloud", ["ktcloud.com"], ["케이티클라우드", "kt cloud"]),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class AuthSummary:
    """The Authentication-Results this message is judged by (after the topmost/trusted-id selection)."""

    present: bool
    authserv_ids: tuple[str, ...]
    dkim: tuple[tuple[str, str], ...]  # (result, header.d)
    spf: tuple[tuple[str, str], ...]  # (result, smtp.mailfrom domain or helo)
    dmarc: tuple[tuple[str, str], ...]  # (result, header.from)


def select_auth_headers(headers: Sequence[AuthResults], trusted_ids: Sequence[str]) -> list[AuthResults]:
    if not headers:
        return []
    if trusted_ids:
        wanted = {t.lower() for t in trusted_ids}
        return [h for h in headers if h.authserv_id.lower() in wanted]
    return [headers[0]]


def summarize_auth(message: Message, trusted_ids: Sequence[str]) -> AuthSummary:
    chosen = select_auth_headers(message.auth_results, trusted_ids)
    dkim: list[tuple[str, str]] = []
    spf: list[tuple[str, str]] = []
    dmarc: list[tuple[str, str]] = []
    for header in chosen:
        for r in header.results:
            method = r.method.lower()
            result = r.result.lower()
            props = {k.lower(): v for k, v in r.properties.items()}
            if method == "dkim":
                d = props.get("header.d") or props.get("header.i", "").rpartition("@")[2]
                dkim.append((result, normalize_domain(d)))
            elif method == "spf":
                mailfrom = props.get("smtp.mailfrom") or props.get("smtp.helo", "")
                spf.append((result, normalize_domain(mailfrom.rpartition("@")[2])))
            elif method == "dmarc":
                dmarc.append((result, normalize_domain(props.get("header.from", ""))))
    return AuthSummary(
        present=bool(chosen),
        authserv_ids=tuple(h.authserv_id for h in chosen),
        dkim=tuple(dkim),
        spf=tuple(spf),
        dmarc=tuple(dmarc),
    )


@dataclass(frozen=True, slots=True)
class SenderView:
    """The sender a rule is judged against: the From header, a forwarded notice's sender, or the original
    sender of a mail a mailing list re-sent under its own address."""

    address: Address
    via_forward: bool  # not the From header: its authentication cannot be checked
    date: datetime | None
    subject: str
    via_list: bool = False
    # The mail platform (its domain) whose tenant system mailbox this address is, on the recipient's own domain.
    platform: str = ""

    @property
    def how(self) -> str:
        if self.via_list:
            return " (original sender, re-sent by a mailing list)"
        if self.platform:
            return f" (the recipient domain's own {self.platform} system mailbox)"
        return " (forwarded notice)" if self.via_forward else ""


# Google Groups and Mailman rewrite From for DMARC: "'GoDaddy' via ops <ops@mycorp.com>", with the original
# sender in Reply-To (or, when the list keeps replies to itself, only in X-Original-Sender). The shared ops@ group
# is exactly where vendor notices land.
_VIA_LIST = re.compile(r"^\s*['\"]?(?P<orig>.+?)['\"]?\s+via\s+(?P<list>.+?)\s*$", re.IGNORECASE)

# Hosted mail platforms send a tenant's own system mail (mailbox quota warnings, NDRs) from a fixed system mailbox
# on the tenant's domain, not from their own: Exchange Online signs its quota warnings "Microsoft Outlook
# <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>". On a recipient's own domain such an address is
# the platform's sender (its display name is the platform's own, no imitation); on any other domain it is not.
TENANT_SYSTEM_MAILBOXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"microsoftexchange[0-9a-f]{32}", re.IGNORECASE), "microsoft.com"),
)


def tenant_platform(address: Address, recipients: Sequence[Address]) -> str:
    """The platform domain whose tenant system mailbox `address` is, when its domain is a recipient's own; else ""."""
    local, _, domain = address.email.rpartition("@")
    if not domain or not local:
        return ""
    if org_domain(domain) not in {org_domain(r.domain) for r in recipients if r.domain}:
        return ""
    return next((platform for pattern, platform in TENANT_SYSTEM_MAILBOXES if pattern.fullmatch(local)), "")


def sender_views(message: Message) -> list[SenderView]:
    """Forwarded senders first (innermost first: the original notice), then a list-rewritten mail's
    original sender, then the mail's own From."""
    views = [
        SenderView(f.sender, True, f.date or message.date, f.subject)
        for f in reversed(message.forwarded)
        if f.sender is not None and f.sender.email
    ]
    own = message.sender
    via = _VIA_LIST.match(own.name) if own.name else None
    if via is not None:
        # Reply-To names the original sender unless the list keeps replies to itself; then Google Groups still
        # names it in X-Original-Sender.
        original = message.reply_to
        if original is None or not original.email or original.domain == own.domain:
            original = message.list_original_sender
        if original is not None and original.email and original.domain != own.domain:
            views.append(SenderView(Address(via["orig"], original.email), True, message.date, message.subject, True))
        # The list's address does not claim the vendor's name: its display name is the list's.
        own = Address(via["list"], own.email)
    platform = tenant_platform(own, message.to) if via is None else ""
    views.append(SenderView(own, False, message.date, message.subject, platform=platform))
    return views


@dataclass(frozen=True, slots=True)
class TrustVerdict:
    applies: bool  # the rule is about this sender at all
    sender: Address
    via_forward: bool
    vendor_sender: bool  # the domain is one of the rule's senders
    authenticated: bool  # aligned DKIM/SPF pass or DMARC pass (False when it cannot be checked)
    suspicious: bool
    reasons: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)


def _auth_check(
    auth: AuthSummary, from_domain: str, ok_domains: Sequence[str], *, allow_spf: bool = True
) -> tuple[bool, list[str], list[str]]:
    """(authenticated, suspicious reasons, notes) for a mail whose From domain is `from_domain`."""
    reasons: list[str] = []
    notes: list[str] = []
    if not auth.present:
        notes.append("no Authentication-Results header to check (not suspicious by itself)")
        return False, reasons, notes

    def ok(domain: str) -> bool:
        return bool(domain) and (
            aligned(domain, from_domain) or any(is_same_or_subdomain(domain, d) for d in ok_domains)
        )

    dmarc_pass = any(r == "pass" for r, _ in auth.dmarc)
    dkim_aligned = [d for r, d in auth.dkim if r == "pass" and ok(d)]
    spf_aligned = [d for r, d in auth.spf if r == "pass" and ok(d)]
    authenticated = dmarc_pass or bool(dkim_aligned) or (allow_spf and bool(spf_aligned))
    ids = ", ".join(auth.authserv_ids)
    if any(r == "fail" for r, _ in auth.dmarc):
        reasons.append(f"DMARC fail for {from_domain} (Authentication-Results from {ids})")
    if not authenticated:
        if any(r in ("fail", "permerror") for r, _ in auth.dkim):
            reasons.append(f"DKIM fail (Authentication-Results from {ids})")
        if any(r == "fail" for r, _ in auth.spf):
            reasons.append(f"SPF fail (Authentication-Results from {ids})")
        unrelated = sorted({d for r, d in auth.dkim if r == "pass" and d and not ok(d)})
        if unrelated and not reasons:
            reasons.append(f"DKIM passes only for unrelated domain(s) {', '.join(unrelated)}, not {from_domain}")
        if not reasons:
            notes.append(f"mail is not authenticated as {from_domain} (no aligned DKIM/SPF/DMARC pass)")
    else:
        how = "DMARC pass" if dmarc_pass else ("DKIM pass" if dkim_aligned else "SPF pass")
        notes.append(f"authenticated as {from_domain} ({how}, Authentication-Results from {ids})")
    return authenticated and not reasons, reasons, notes


def judge_vendor_rule(
    ident: VendorIdentity, views: Sequence[SenderView], auth: AuthSummary, catalog: VendorCatalog
) -> TrustVerdict:
    """Trust for a vendor-specific rule (non-empty `senders`)."""
    for view in views:
        if ident.owns(view.address.domain) or (view.platform and ident.owns(view.platform)):
            if view.via_forward:
                return TrustVerdict(
                    True, view.address, True, True, False, False, (),
                    (
                        f"re-sent by a mailing list; original sender {view.address.email} cannot be authenticated"
                        if view.via_list
                        else f"forwarded notice from {view.address.email}; its authentication cannot be checked",
                    ),
                )  # fmt: skip
            authenticated, reasons, notes = _auth_check(auth, view.address.domain, ident.auth_domains)
            if view.platform:
                notes.insert(0, f"{view.address.email} is the recipient domain's own {view.platform} system mailbox")
            return TrustVerdict(
                True, view.address, False, True, authenticated, bool(reasons), tuple(reasons), tuple(notes)
            )
    for view in views:
        if view.platform:
            continue  # the platform's own name on its tenant system mailbox claims no one
        known = catalog.is_vendor_domain(view.address.domain)
        own = catalog.owner_names(view.address.domain) if known else ()
        reason = imitation_reason(view.address, ident, display_only=known, own_names=own)
        if reason:
            return TrustVerdict(True, view.address, view.via_forward, False, False, True, (reason,), ())
    first = views[0].address
    return TrustVerdict(
        False, first, views[0].via_forward, False, False, False, (),
        (f"sender {first.email or '(none)'} is not one of {ident.vendor}'s sender domains",),
    )  # fmt: skip


def judge_generic_rule(views: Sequence[SenderView], auth: AuthSummary, catalog: VendorCatalog) -> TrustVerdict:
    """Trust for a generic rule (`senders: ["*"]`): any domain that authenticates as itself.

    A sender that imitates a known vendor is reported suspicious instead of trusted as its own registrar.
    """
    view = views[-1]  # the mail's own From: a forward cannot be authenticated, so generic rules skip it
    imitations = catalog.lookalikes(view.address)
    if imitations:
        return TrustVerdict(True, view.address, False, False, False, True, tuple(i.reason for i in imitations), ())
    domain = view.address.domain
    if not domain:
        return TrustVerdict(False, view.address, False, False, False, False, (), ("no sender address",))
    authenticated, reasons, notes = _auth_check(auth, domain, (), allow_spf=False)
    if not authenticated:
        notes = [*notes, "a generic rule needs DKIM (aligned with From) or DMARC pass"]
        return TrustVerdict(False, view.address, False, False, False, False, tuple(reasons), tuple(notes))
    return TrustVerdict(True, view.address, False, False, True, False, (), tuple(notes))


# What a lure of each kind talks about (the thing at risk) and how it threatens it. A phishing mail need not
# word its threat the way the vendor does ("flagged for suspension", "your key will be revoked"), so a mail
# already judged suspicious is reported when it reads as a lure of the rule's kind, not only when the rule's
# own wording holds: a phishing notice must be shown as suspicious, never dropped silently.
_LURES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "domain-expiry": (
        re.compile(r"\bdomains?\b|도메인", re.IGNORECASE),
        re.compile(r"expir|suspen|deactivat|delet|releas|lapse|renew|on\s+hold|만료|만기|정지|삭제|갱신|연장|말소",
                   re.IGNORECASE),
    ),
    "hosting-quota": (
        re.compile(r"\b(disk|storage|quota|traffic|bandwidth|mailbox|usage)\b|용량|트래픽|디스크|사용량|할당량",
                   re.IGNORECASE),
        re.compile(r"exceed|\bfull\b|\blimit|suspen|\bover\b|초과|정지|중단|차단|한도|가득", re.IGNORECASE),
    ),
    "social-login-deprecation": (
        re.compile(r"sign[- ]?in|log[- ]?in|oauth|\bapis?\b|\bsdks?\b|developer|\b(app|client)\s+id\b|로그인|개발자|앱",
                   re.IGNORECASE),
        re.compile(r"revok|expir|deprecat|disabl|suspen|retir|remov|폐기|만료|중단|종료|정지|차단", re.IGNORECASE),
    ),
}  # fmt: skip


# A lure speaks to the reader about something of theirs ("your app", "your domain", "고객님의 계정").
_ADDRESSES_READER = re.compile(
    r"\byour\s+([\w-]+\s+)?(apps?|applications?|accounts?|domains?|sites?|websites?|projects?|clients?|keys?"
    r"|tokens?|access|integrations?|services?|subscriptions?|hosting|mailbox|storage|plan)\b"
    r"|\b(you|you.ll|you\s+will)\s+(lose|no\s+longer|need\s+to|must)\b"
    r"|(귀하|회원님|고객님|운영자님|개발자님)|(사용|이용|운영)\s*(하고\s*계신|하시는|중인)",
    re.IGNORECASE,
)


def phishing_lure(kind: str, subject: str, text: str, bulk: bool = False, reported: bool = False) -> str | None:
    """The line that makes a suspicious mail a lure of `kind` (its subject or a line of its text naming the
    thing at risk and a threat to it), or None. Only for mail already judged suspicious: on genuine mail these
    words are far too broad.

    A bulk mail (List-Unsubscribe) that never speaks of the reader's own app, domain or account is a newsletter
    about changes in general ("Graph API v21.0 will be deprecated on ..."), not a lure: nothing of the reader's
    is threatened, so nothing asks to be acted on.

    `reported`: the mail is already reported as a lure of another kind. Its call to action ("log in below to
    add space") then does not make it a sign-in lure too: one phishing mail, one warning.
    """
    pair = _LURES.get(kind)
    if pair is None:
        return None
    if bulk and _ADDRESSES_READER.search(subject) is None and _ADDRESSES_READER.search(text) is None:
        return None
    thing, threat = pair
    strip_cta = reported and kind == "social-login-deprecation"
    for line in (subject, *text.splitlines()):
        bare = _LOG_IN_TO_ACT.sub(" ", line) if strip_cta else line
        if thing.search(bare) and threat.search(bare):
            return line.strip()
    return None


_LOG_IN_TO_ACT = re.compile(
    r"로그인\s*(하|해|후)|(log[- ]?in|sign[- ]?in)\s*(to\s+(your|the|add|renew|pay|update|verify|confirm|restore"
    r"|keep|avoid|continue)\b|now\b|here\b|below\b)",
    re.IGNORECASE,
)


def imitation_verdict(views: Sequence[SenderView], catalog: VendorCatalog) -> TrustVerdict | None:
    """A suspicious verdict when any sender of the mail (its From, a list's original sender, a forwarded
    notice's sender) imitates a known vendor, else None. For mail the generic rules otherwise skip (a vendor's
    name on a free-mail address, a look-alike re-sent by the company's own Google Group): it must still be
    reported, as suspicious."""
    for view in views:
        imitations = catalog.lookalikes(view.address) if not view.platform else []
        if imitations:
            reasons = tuple(i.reason for i in imitations)
            return TrustVerdict(True, view.address, view.via_forward, False, False, True, reasons, ())
    return None
