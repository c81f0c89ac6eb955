"""Target extraction: what is at risk (a domain, a hosting account, an app/API) and where the mail names it.

Domain targets are domain names written in the text, minus everything that is not the customer's domain:
the vendor's own domains, hosts of links, domains of e-mail addresses (the recipient's domain counts only
when it is also written plainly), tracking/CDN/social hosts and file names. Domains near cue words
(도메인, domain, 만료, expire ...) are preferred. Other target types come from the named group `target` of
the rule's patterns. Each hit keeps its position so that a digest can give each target its own deadline
(the line, then the target's section, then its paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from noticewatch.rules.domains import normalize_domain
from noticewatch.rules.regex import Pattern, compile_pattern

_LABEL = r"[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?"
_DOMAIN_RE = compile_pattern(rf"(?:{_LABEL}\.)+(?:[a-z]{{2,24}}|xn--[a-z0-9-]{{2,59}}|한국)")
_URL_RE = compile_pattern(r"(?:https?|ftp)://[^\s<>\"'()\[\]]+|\bwww\.[^\s<>\"'()\[\]]+/[^\s<>\"'()\[\]]*")
_EMAIL_RE = compile_pattern(r"[a-z0-9._%+-]+@[\p{L}\p{N}.-]+")
_DOMAIN_CUES = compile_pattern(
    r"도메인|domain|만료|expir|renew|갱신|연장|기간|등록|registration|도메인명|대상|해지|삭제|redemption|회수"
)

_DOMAIN_WORD = compile_pattern(r"domain|도메인")
_OTHER_PRODUCT = compile_pattern(
    r"hosting|호스팅|\bssl\b|certificate|인증서|e-?mail\s+(plan|service|essentials)|professional\s+email|"
    r"메일\s*(서비스|호스팅)|workspace|microsoft\s+365|office\s+365|website\s+builder|\bvps\b|server|서버"
)

# File extensions and abbreviations that look like top-level domains in running text.
_NOT_TLDS = frozenset(
    [
        "png",
        "jpg",
        "jpeg",
        "gif",
        "bmp",
        "svg",
        "webp",
        "ico",
        "tif",
        "tiff",
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "hwp",
        "txt",
        "csv",
        "tsv",
        "json",
        "xml",
        "yaml",
        "yml",
        "html",
        "htm",
        "xhtml",
        "php",
        "asp",
        "aspx",
        "jsp",
        "js",
        "mjs",
        "css",
        "scss",
        "ts",
        "tsx",
        "jsx",
        "py",
        "rb",
        "java",
        "go",
        "sh",
        "bat",
        "exe",
        "dll",
        "zip",
        "rar",
        "gz",
        "tgz",
        "tar",
        "bz2",
        "xz",
        "mp3",
        "mp4",
        "mov",
        "avi",
        "wav",
        "mkv",
        "eml",
        "msg",
        "ics",
        "vcf",
        "log",
        "ini",
        "cfg",
        "conf",
        "md",
        "rst",
        "bak",
        "tmp",
        "dat",
        "bin",
        "iso",
        "dmg",
        "apk",
        "ipa",
        "jar",
        "war",
        "so",
        "deb",
        "rpm",
        "pkg",
        "msi",
    ]
)
_NOT_FIRST_LABELS = frozenset(
    ["mr", "ms", "mrs", "dr", "st", "no", "vol", "fig", "pp", "ex", "etc", "vs", "co", "inc", "corp", "ltd"]
)

# Hosts that appear in mail but are never the customer's domain at risk.
_INFRA_ORGS = frozenset(
    [
        "w3.org",
        "schema.org",
        "sendgrid.net",
        "sendgrid.com",
        "mailchimp.com",
        "list-manage.com",
        "mcsv.net",
        "mandrillapp.com",
        "amazonaws.com",
        "amazonses.com",
        "cloudfront.net",
        "akamaihd.net",
        "akamai.net",
        "googleusercontent.com",
        "gstatic.com",
        "googleapis.com",
        "doubleclick.net",
        "google-analytics.com",
        "facebook.com",
        "fb.com",
        "instagram.com",
        "twitter.com",
        "x.com",
        "youtube.com",
        "youtu.be",
        "linkedin.com",
        "tiktok.com",
        "t.co",
        "bit.ly",
        "stibee.com",
        "mailgun.org",
        "mailgun.net",
        "sparkpostmail.com",
        "hubspot.com",
        "hs-sites.com",
        "hubspotemail.net",
        "salesforce.com",
        "exacttarget.com",
        "mkt.com",
        "marketo.com",
        "example.org",
        "gmail.com",
        "naver.com",
        "daum.net",
        "hanmail.net",
        "nate.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.com",
        "icloud.com",
        "kakao.com",
        "apple.com",
        "google.com",
        "microsoft.com",
        "office.com",
        "live.com",
    ]
)


@dataclass(frozen=True, slots=True)
class TargetHit:
    """One target found in the mail. `start` is -1 when it was found only in the subject."""

    value: str
    start: int
    end: int
    score: int  # 3: on a cue line, 2: in a cue paragraph, 1: elsewhere
    line: str
    # "pattern": the rule's own patterns (or domain search); "resource": the mail's own label of the resource
    # (`find_resource_targets`), taken where the rule's patterns named nothing or only an account.
    source: str = "pattern"


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    """Bounds of the blank-line-separated block around `pos`."""
    start = 0
    idx = pos
    while True:
        prev = text.rfind("\n", 0, idx)
        if prev == -1:
            start = 0
            break
        before = text.rfind("\n", 0, prev)
        if text[before + 1 : prev].strip() == "":
            start = prev + 1
            break
        idx = prev
    end = len(text)
    idx = pos
    while True:
        nxt = text.find("\n", idx)
        if nxt == -1:
            break
        after = text.find("\n", nxt + 1)
        segment = text[nxt + 1 : len(text) if after == -1 else after]
        if segment.strip() == "":
            end = nxt
            break
        if after == -1:
            break
        idx = nxt + 1
    return start, end


def _mask(text: str, patterns: Sequence[Pattern]) -> str:
    chars = list(text)
    for p in patterns:
        for m in p.finditer(text):
            for i in range(m.start, m.end):
                chars[i] = " "
    return "".join(chars)


def _clean_domain(raw: str) -> str | None:
    d = raw.strip(".").lower()
    labels = d.split(".")
    first = labels[0]
    # "도메인example.com": Hangul glued to an ASCII name belongs to the sentence, not the domain.
    if first and not first.isascii() and any(c.isascii() and c.isalnum() for c in first):
        first = first.lstrip("".join(c for c in first if not c.isascii()))
        labels[0] = first
    if not first:
        return None
    tld = labels[-1]
    if tld in _NOT_TLDS or (len(labels) == 2 and first in _NOT_FIRST_LABELS):
        return None
    if len(labels) >= 2 and labels[0] == "www":
        labels = labels[1:]
    if len(labels) < 2:
        return None
    return normalize_domain(".".join(labels))


def _is_infra(domain: str) -> bool:
    labels = domain.split(".")
    return any(".".join(labels[i:]) in _INFRA_ORGS for i in range(len(labels) - 1))


# Platforms that give each customer a name under their own domain (a store, a site, an app): such a name is
# never a registered domain that can expire ("Store: acme.myshopify.com" under a domain's renewal notice).
_PLATFORM_HOSTS = frozenset({
    "myshopify.com", "wixsite.com", "github.io", "gitlab.io", "netlify.app", "vercel.app", "herokuapp.com",
    "pages.dev", "workers.dev", "web.app", "firebaseapp.com", "blogspot.com", "wordpress.com",
    "squarespace.com", "webflow.io", "azurewebsites.net", "onrender.com", "fly.dev", "tistory.com", "imweb.me",
    "mycafe24.com", "sixshop.com",
})  # fmt: skip


def _is_platform_name(domain: str) -> bool:
    labels = domain.split(".")
    return any(".".join(labels[i:]) in _PLATFORM_HOSTS for i in range(1, len(labels) - 1))


def _score(text: str, pos: int, cues: Pattern) -> tuple[int, str]:
    ls, le = line_bounds(text, pos)
    line = text[ls:le]
    if cues.test(line):
        return 3, line.strip()
    ps, pe = paragraph_bounds(text, pos)
    return (2 if cues.test(text[ps:pe]) else 1), line.strip()


def find_domains(
    text: str, subject: str, is_excluded: Callable[[str], bool], cues: Pattern | None = None
) -> list[TargetHit]:
    """Domain names written in the mail that may be the customer's, best candidates first."""
    cue_re = cues or _DOMAIN_CUES
    masked = _mask(text, (_URL_RE, _EMAIL_RE))
    hits: dict[str, TargetHit] = {}
    for m in _DOMAIN_RE.finditer(masked):
        if m.start > 0 and (masked[m.start - 1] in "-_@/:" or (masked[m.start - 1].isascii() and
                            masked[m.start - 1].isalnum())):  # fmt: skip
            continue
        after = masked[m.end : m.end + 1]
        if after and (after.isascii() and (after.isalnum() or after in "-_@/")):
            continue
        value = _clean_domain(m.text)
        if value is None or value in hits or _is_infra(value) or _is_platform_name(value) or is_excluded(value):
            continue
        score, line = _score(text, m.start, cue_re)
        hits[value] = TargetHit(value, m.start, m.end, score, line)
    if not hits:
        masked_subject = _mask(subject, (_URL_RE, _EMAIL_RE))
        for m in _DOMAIN_RE.finditer(masked_subject):
            value = _clean_domain(m.text)
            if (
                value
                and value not in hits
                and not _is_infra(value)
                and not _is_platform_name(value)
                and not is_excluded(value)
            ):
                hits[value] = TargetHit(value, -1, -1, 3 if cue_re.test(subject) else 1, subject.strip())
    return select_best(list(hits.values()))


def select_best(hits: list[TargetHit]) -> list[TargetHit]:
    """Keep the candidates near cue words when there are any; otherwise the few plain mentions.

    In a registrar's mixed renewal digest ("Domain: a.com | 12/05", "Web Hosting - b.com | 12/20"), a row
    labelled as another product names a domain that is not itself expiring: when some rows say "domain",
    rows that name another product and not "domain" are dropped.
    """
    if not hits:
        return []
    best = max(h.score for h in hits)
    chosen = [h for h in hits if h.score >= 2] if best >= 2 else (hits if len(hits) <= 3 else hits[:1])
    if len(chosen) > 1:
        labelled = [h for h in chosen if _DOMAIN_WORD.test(_without(h.line, h.value))]
        if labelled:
            chosen = [h for h in chosen if h in labelled or not _OTHER_PRODUCT.test(h.line)]
    return chosen


def _without(line: str, value: str) -> str:
    # "domain" inside the name itself ("mydomain.com") is not a label.
    return line.lower().replace(value.lower(), " ")


# The resource a hosting / developer notice is about, as vendors label it: "Droplet:   web-02 (nyc3)",
# "Instance<TAB>shop-web-1", "- Affected app: Hanbit Shop (App ID 1234)", "프로젝트 : hanbit-web".
_RESOURCE = (
    r"instance|droplet|server|vm|virtual\s+machine|project|app|application|site|web\s*site|organi[sz]ation|org"
    r"|workspace|team|database|db|cluster|bucket|volume|repository|repo|channel|service"
    r"|앱|애플리케이션|어플리케이션|프로젝트|인스턴스|서버|사이트|조직|워크스페이스|팀|데이터베이스|버킷|채널"
)
# A name shaped like an identifier (a digit, dot, hyphen or underscore inside): never a plain word of a sentence.
_IDENT = r"[a-z0-9][a-z0-9_.-]*[0-9_.-][a-z0-9_.-]*[a-z0-9]"
_LABELLED_RESOURCE = compile_pattern(
    r"^[ \t■□▪•·*▶>-]*(?:(?:affected|impacted|target|your|the|대상)\s*)?(?P<label>" + _RESOURCE + r")"
    r"(?:\s*(?:name|id|이름|명))?(?:[ \t]*[:：][ \t]*|\t[ \t]*|[ \x{00a0}]{2,})"
    r"(?P<target>[^\s|,;()（）\[\]<>:：\"“”‘’'][^\n\t|,;()（）\[\]<>:：\"“”]{0,59}?)[ \t]*(?:[(（,;|\t]|$)"
)
_PROSE_RESOURCE = (
    # "disabled on the octo-shop organization", "for the acme-01 team"
    compile_pattern(
        r"(?:on|for|in|of)\s+(?:the\s+|your\s+)?(?P<target>" + _IDENT + r")\s+"
        r"(?:organi[sz]ation|org|enterprise|team|project|workspace|account)\b"
    ),
    # "on droplet web-02", "for instance db-3", "about project hanbit-web", "your Firebase project web-7f3a"
    compile_pattern(
        r"(?:on|for|in|about|your)\s+(?:the\s+|your\s+)?(?:[a-z]+\s+)?(?:droplet|instance|server|vm|project|app|site|database|bucket"
        r"|cluster|volume|repository|repo)\s+[\"“‘']?(?P<target>" + _IDENT + r")\b"
    ),
)
# Determiners and pronouns a pattern may capture as a name ("Your organization has used ...").
_FUNCTION_WORDS = frozenset({
    "your", "the", "this", "that", "our", "my", "its", "their", "his", "her", "a", "an", "these", "those",
    "all", "any", "each", "every", "you", "we", "it",
    # (an auxiliary or adverb before the verb: "Your account has exceeded", "your site currently exceeded")
    "has", "have", "had", "is", "was", "just", "now", "already", "currently", "recently", "also", "still",
})  # fmt: skip
# ... and column names a resource label is followed by in a table header: never a name either.
_NOT_NAMES = _FUNCTION_WORDS | frozenset({
    "id", "name", "status", "state", "region", "zone", "date", "plan", "usage", "type", "size", "limit", "value",
    "details", "상태", "이름", "지역", "요금제", "사용량",
})  # fmt: skip


def find_resource_targets(text: str, subject: str) -> list[TargetHit]:
    """The resource a notice names with its own label ("Droplet: web-02", "Instance<TAB>shop-web-1",
    "Affected app: X") or in identifier-shaped prose ("on the octo-org organization"), text before subject.

    The last resort of pattern targets: used when the rule's own patterns name nothing, or name only an
    account that the subject does not mention while the subject names one of these resources.
    """
    columns = _resource_column_hits(text)
    if columns:
        return columns
    for source, start_ok in ((text, True), (subject, False)):
        found: dict[str, TargetHit] = {}
        labels: dict[str, str] = {}
        for pattern in (_LABELLED_RESOURCE, *_PROSE_RESOURCE):
            for m in pattern.finditer(source):
                value = clean_target(m.groups.get("target") or "")
                if not value or value.casefold() in found or not any(c.isalpha() for c in value):
                    continue
                if value.casefold() in _NOT_NAMES or not _name_shaped(value):
                    continue
                start, end = m.group_spans.get("target", (m.start, m.end))
                ls, le = line_bounds(source, start)
                if _header_row(source, ls, le):
                    continue
                pos = (start, end) if start_ok else (-1, -1)
                found[value.casefold()] = TargetHit(value, pos[0], pos[1], 3, source[ls:le].strip(), "resource")
                labels[value.casefold()] = (m.groups.get("label") or "?").casefold()
        if found:
            # The organisation or team owning the resource is no resource itself when the mail labels one:
            # "Team: acme-ops" above "Cluster: db-7" is about the cluster.
            owned = [k for k, label in labels.items() if label != "?" and not _OWNER_HEADER.test(label)]
            if owned:
                found = {k: h for k, h in found.items() if k in owned or not _OWNER_HEADER.test(labels[k])}
            ordered = sorted(found.values(), key=lambda h: h.start)
            # Several rows under one label ("Droplet: a", "Droplet: b") are a list; names under other labels
            # ("Project: x" after "App: y") describe the first one.
            first = labels[ordered[0].value.casefold()]
            return [h for h in ordered if labels[h.value.casefold()] == first] if first != "?" else ordered[:1]
    return []


_RESOURCE_HEADER = compile_pattern(r"^(?:" + _RESOURCE + r")(?:\s*(?:name|id|이름|명))?$")
_OWNER_HEADER = compile_pattern(
    r"^(?:organi[sz]ation|org|team|workspace|조직|팀|워크스페이스)(?:\s*(?:name|id|이름|명))?$"
)


def _resource_column_hits(text: str) -> list[TargetHit]:
    """The values under a table's resource column ("조직<TAB>프로젝트<TAB>사용률" over "Acme<TAB>acme-media<TAB>92%"),
    one per row. The organisation or team owning the resource is a column only when no other resource column
    is there: the project, server or bucket under it is what ran out."""
    lines = text.split("\n")
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines[:-1]):
        header = [c.strip() for c in line.split("\t")]
        if len(header) < 2 or any(ch.isdigit() for ch in line) or any(_HOST_SHAPED.search(c) for c in header[1:]):
            continue  # ("Site<TAB>example.com" is a label and its value, not a header)
        resource_cols = [k for k, c in enumerate(header) if _RESOURCE_HEADER.test(c.casefold())]
        if not resource_cols:
            continue
        owned = [k for k in resource_cols if not _OWNER_HEADER.test(header[k].casefold())]
        col = (owned or resource_cols)[0]
        hits: list[TargetHit] = []
        for j in range(i + 1, len(lines)):
            row = lines[j].split("\t")
            if len(row) != len(header):
                break
            value = clean_target(row[col].strip())
            if _RESOURCE_HEADER.test(value.casefold()):
                # "Team<TAB>acme-ops" over "Cluster<TAB>db-7": label / value pairs, not a table under a header
                hits = []
                break
            if not value or value.casefold() in _NOT_NAMES or not _name_shaped(value):
                continue
            start = starts[j] + lines[j].find(row[col].strip()) if row[col].strip() else starts[j]
            hits.append(TargetHit(value, start, start + len(value), 3, lines[j].strip(), "resource"))
        if hits:
            return hits
    return []


def _name_shaped(value: str) -> bool:
    """One token, or a display name of a few capitalised words ("Hanbit Shop"), never a sentence ("Use the
    console to resize")."""
    words = value.split()
    if len(words) > 6:
        return False
    return len(words) == 1 or all(not (w[0].isascii() and w[0].islower()) or w in _NAME_JOINERS for w in words)


_NAME_JOINERS = frozenset({"of", "and", "for", "the", "de", "&"})
_HOST_SHAPED = re.compile(r"[a-z0-9-]\.[a-z]{2,}\b", re.IGNORECASE)
_CELLS = re.compile(r"\t+|[ \u00a0]{2,}|[ \t]*\|[ \t]*")


def _header_row(text: str, ls: int, le: int) -> bool:
    """A table's header row ("서버명<TAB>디스크 사용률" over "web-01<TAB>41%"): labels, not a label and its value.

    Its cells hold no digits and the next line has as many cells, some with digits.
    """
    cells = [c for c in _CELLS.split(text[ls:le].strip()) if c]
    if len(cells) < 2 or any(ch.isdigit() for ch in text[ls:le]):
        return False
    # A value shaped like a host name ("Site<TAB>example.com") is no column label.
    if any(_HOST_SHAPED.search(c) for c in cells[1:]):
        return False
    nxt_end = text.find("\n", le + 1)
    nxt = text[le + 1 : len(text) if nxt_end < 0 else nxt_end].strip()
    row = [c for c in _CELLS.split(nxt) if c]
    return len(row) == len(cells) and any(ch.isdigit() for ch in nxt)


def find_pattern_targets(text: str, subject: str, patterns: Sequence[Pattern]) -> list[TargetHit]:
    """Values of the named group `target`, in order of appearance, each once (case-insensitively).

    When the patterns name nothing, the resource the mail labels itself (`find_resource_targets`) is taken
    instead of the rule's fallback; when they name one thing the subject does not mention ("AWS account:
    123456789012" in the footer) and the subject names a labelled resource ("Lightsail alarm: shop-web-1"),
    that resource is the target.
    """
    hits = _pattern_hits(text, subject, patterns)
    if len(hits) > 1 or not patterns:
        return hits
    folded_subject = subject.casefold()
    if hits and (hits[0].value.casefold() in folded_subject or not folded_subject.strip()):
        return hits
    resources = find_resource_targets(text, subject)
    if not hits:
        return resources
    # The organisation or team owning the resource is no resource itself: "[Acme Labs] Disk usage above 85%" with
    # "Organization: Acme Labs" over "Cluster: acme-search-2" is about the cluster.
    in_subject = [h for h in resources if h.value.casefold() in folded_subject and not _OWNER_LABEL.search(h.line)]
    return in_subject[:1] or hits


_OWNER_LABEL = compile_pattern(r"^[ \t■□▪•·*▶>-]*(?:organi[sz]ation|org|team|workspace|조직|팀|워크스페이스)\b")


def subject_named_first(hits: Sequence[TargetHit], subject: str) -> list[TargetHit]:
    """The one target of a mail that names several things: the one its subject names.

    A notice often names the owning account before the thing that ran out ("Account: Acme Labs (<hex id>)" over
    "Bucket: acme-media", subject "R2 usage alert: acme-media is at 90%"); the subject says what it is about.
    The first named stays when the subject names it too, or names none of them.
    """
    if len(hits) < 2 or _in_subject(hits[0].value, subject):
        return list(hits)
    named = next((h for h in hits[1:] if _in_subject(h.value, subject)), None)
    return list(hits) if named is None else [named, *(h for h in hits if h is not named)]


def _in_subject(value: str, subject: str) -> bool:
    # A whole name, not a piece of a word ("web" in "webhosting"); short values are too ambiguous to count.
    if len(value) < 4:
        return False
    return re.search(rf"(?<![\w.-]){re.escape(value)}(?![\w-])", subject, re.IGNORECASE) is not None


def _pattern_hits(text: str, subject: str, patterns: Sequence[Pattern]) -> list[TargetHit]:
    found: dict[str, TargetHit] = {}
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = clean_target(m.groups.get("target") or "")
            start, end = m.group_spans.get("target", (m.start, m.end))
            # A name keeps the place the mail first names it, whichever pattern finds that place: "Your database
            # x in the y organization ... Database: x" names x first.
            if not value or (value.casefold() in found and found[value.casefold()].start <= start):
                continue
            ls, le = line_bounds(text, start)
            found[value.casefold()] = TargetHit(value, start, end, 3, text[ls:le].strip())
    if not found:
        for pattern in patterns:
            sm = pattern.search(subject)
            value = clean_target(sm.groups.get("target") or "") if sm else ""
            if value:
                found[value.casefold()] = TargetHit(value, -1, -1, 3, subject.strip())
                break
    # The tail of a longer name found at the same place is no name of its own: "한빛 캘린더(앱 ID 7) 앱의" gives
    # "한빛 캘린더" (a several-words pattern) and "캘린더" (a one-word pattern); the app is the first.
    hits = [
        h
        for h in found.values()
        if h.start < 0
        or not any(
            o is not h and o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
            for o in found.values()
        )
    ]
    return sorted(hits, key=lambda h: (h.start < 0, h.start))


def deadline_windows(text: str, hits: Sequence[TargetHit], hit: TargetHit) -> list[tuple[int, int]]:
    """Where to look for one target's own deadline in a digest: its line, its section, its paragraph.

    The section runs from the target's line to the line of the next other target, so that
    "a.com\\n 만료일 2026-12-01\\nb.com\\n 만료일 2026-12-05" gives each its own date.
    """
    if hit.start < 0:
        return []
    ls, le = line_bounds(text, hit.start)
    windows = [(ls, le)]
    later = sorted(h.start for h in hits if h.start >= 0 and h.value != hit.value)
    next_lines = [line_bounds(text, s)[0] for s in later]
    following = [s for s in next_lines if s > ls]
    preceding = [s for s in next_lines if s < ls]
    section_end = following[0] if following else len(text)
    if section_end > le:
        windows.append((ls, section_end))
    ps, pe = paragraph_bounds(text, hit.start)
    # A paragraph shared with other targets would hand them all the first date in it.
    if not any(ps <= s < pe for s in (*preceding, *following)) and (ps, pe) not in windows:
        windows.append((ps, pe))
    return windows


_ROW_NUMBER = re.compile(r"[ \t]*(?:No\.?[ \t]*)?(\d{1,2})(?:\t|[.)][ \t]| {2,}|[ \t]*\|)")
_FOOTNOTE_MARK = re.compile(r"[ \t]*(?:[*※•·]|\(?주\)|note\b|참고)", re.IGNORECASE)


def footnote_window(text: str, hits: Sequence[TargetHit], hit: TargetHit) -> tuple[int, int] | None:
    """A note below a digest that speaks of one row by its number or its name, where its own date is.

    Registrars put a row's exception under the table: "* 3번 도메인은 만기일 3일 전인 2026.12.24에 자동
    결제됩니다", "※ b.com: 12월 24일 자동 결제"; the row's column date is then not that row's deadline. The
    note is a line of its own after the row (no table cells) that names no other target.
    """
    if hit.start < 0:
        return None
    ls, le = line_bounds(text, hit.start)
    row = _ROW_NUMBER.match(text, ls)
    by_number = (
        re.compile(rf"(?<!\d){row.group(1)}\s*번\s*(?:도메인|서비스|항목|상품|계정|호스팅|서버)?\s*(?:은|는|의|:)")
        if row
        else None
    )
    others = [h.value for h in hits if h.value != hit.value]
    pos = le + 1
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end]
        pos = end + 1
        if "\t" in line or any(o in line for o in others):
            continue
        if (by_number and by_number.search(line)) or (_FOOTNOTE_MARK.match(line) and hit.value in line):
            return pos - len(line) - 1, end
    return None


_PUNCT = " \t.,;:<>\"'"


def clean_target(raw: str) -> str:
    """Trim punctuation around a captured name, but keep brackets that belong to it ("삭제 API (GET 방식)")."""
    value = raw.strip(_PUNCT)
    for opening, closing in ("()", "[]", "（）"):
        while value.endswith(closing) and value.count(closing) > value.count(opening):
            value = value[:-1].rstrip()
        while value.startswith(opening) and value.count(opening) > value.count(closing):
            value = value[1:].lstrip()
        while value.startswith(opening) and value.endswith(closing) and _balanced(value[1:-1], opening, closing):
            value = value[1:-1].strip()
    value = value.strip(_PUNCT)
    # "Your organization has used ...": a determiner or pronoun read as the name
    return "" if value.casefold() in _FUNCTION_WORDS else value


def _balanced(text: str, opening: str, closing: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == opening) - (ch == closing)
        if depth < 0:
            return False
    return depth == 0
