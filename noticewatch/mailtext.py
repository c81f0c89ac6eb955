"""Text helpers for parsing mail: charsets, RFC 2047 words, HTML to text, reply quotes and forwards.

Pure functions on str/bytes; `noticewatch.parse` decides which part goes through which helper.
"""

from __future__ import annotations

import binascii
import functools
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parseaddr, parsedate_tz
from typing import Any, Literal

from noticewatch.models import Address, ForwardedHeader

KST = timezone(timedelta(hours=9), "KST")

# --------------------------------------------------------------------------------------------------------------
# Charsets
# --------------------------------------------------------------------------------------------------------------

# Korean mail from Outlook and older systems is labelled ks_c_5601-1987 / euc-kr but really holds cp949
# (UHC): syllables such as 똠, 햏, 뷁 exist only there. cp949 is a superset of EUC-KR, so it is always safe.
_CHARSET_ALIASES: dict[str, str] = {
    **dict.fromkeys(
        (
            "ks_c_5601-1987",
            "ks_c_5601-1989",
            "ks_c_5601",
            "ksc5601",
            "ksc_5601",
            "ks_c_5601_1987",
            "korean",
            "euc-kr",
            "euc_kr",
            "euckr",
            "x-euc-kr",
            "cp949",
            "ms949",
            "windows-949",
            "x-windows-949",
            "uhc",
            "x-uhc",
            "ks_x_1001",
            "ksx1001",
        ),
        "cp949",
    ),
    "iso-2022-kr": "iso2022_kr",
    "csiso2022kr": "iso2022_kr",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    # WHATWG: iso-8859-1 labels mean windows-1252 in practice (smart quotes at 0x93/0x94).
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "windows-1252": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
}
# Labels that promise nothing useful about 8-bit bytes: treat like a missing label.
_MEANINGLESS_LABELS = frozenset(
    {"us-ascii", "ascii", "ansi_x3.4-1968", "default", "unknown", "unknown-8bit", "x-unknown", "none", ""}
)
_STATEFUL_CODECS = frozenset({"iso2022_kr", "utf-7", "iso2022_jp", "hz"})
KOREAN_CODECS = frozenset({"cp949", "iso2022_kr", "johab"})
_FALLBACK_CHAIN = ("utf-8", "cp949")


def _label_name(label: str) -> str:
    name = label.strip().strip("\"'").strip().lower()
    # RFC 2231 language suffix: utf-8*ko
    return name.split("*", 1)[0]


@functools.lru_cache(maxsize=512)
def resolve_charset(label: str | None) -> str | None:
    """Map a MIME charset label to a Python codec name, or None when unknown or meaningless."""
    if not label:
        return None
    name = _label_name(label)
    if name in _MEANINGLESS_LABELS:
        return None
    alias = _CHARSET_ALIASES.get(name)
    if alias is not None:
        return alias
    import codecs

    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Python maps the ks_c_5601 family to euc_kr, which cannot decode the cp949-only syllables.
    return "cp949" if codec == "euc_kr" else codec


def is_unknown_charset(label: str | None) -> bool:
    """A label that names some charset, but not one we can decode (as opposed to a missing or
    meaningless one such as us-ascii or unknown-8bit)."""
    return bool(label) and resolve_charset(label) is None and _label_name(label or "") not in _MEANINGLESS_LABELS


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
_HANJA = re.compile(r"[\u4e00-\u9fff\uf900-\ufaff]")


def _plausibly_korean(text: str) -> bool:
    """Whether text decoded as cp949 reads as Korean. Western 8-bit text is often valid cp949 too ("ação"
    is a Hanja pair there), but then Hanja outnumber Hangul; real Korean mail is Hangul first."""
    sample = text[:20_000]  # enough to judge; a megabyte part need not be counted
    hangul = len(_HANGUL_SYLLABLE.findall(sample))
    return hangul > 0 and len(_HANJA.findall(sample)) <= hangul


def _decode_western(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # The five bytes windows-1252 leaves undefined are C1 controls in real latin-1.
        return data.decode("latin-1"), "latin-1"


def decode_bytes(data: bytes, label: str | None) -> tuple[str, str | None, str]:
    """Decode text bytes per its charset label; never drop a character silently.

    Returns (text, problem, codec used). `problem` is None when the bytes decoded cleanly by a known label
    or by sniffing an absent one; else a short description: the label is unknown (the text is then the best
    guess), or bytes did not decode (the text holds U+FFFD replacement characters there).
    Labelled: the label's codec, then utf-8 and cp949 strictly (mislabelled mail is common).
    Unlabelled or unknown label: utf-8, cp949 when the result reads as Korean, then windows-1252 (which,
    with latin-1 for its five holes, always succeeds).
    """
    codec = resolve_charset(label)
    if data.isascii():
        if codec in _STATEFUL_CODECS or (codec is None and b"\x1b$)C" in data):
            codec = codec or "iso2022_kr"
            try:
                return data.decode(codec), None, codec
            except UnicodeDecodeError:
                pass
        return data.decode("ascii"), None, "ascii"
    if codec is not None:
        try:
            return data.decode(codec), None, codec
        except UnicodeDecodeError:
            if codec == "cp1252":
                return data.decode("latin-1"), None, "latin-1"
        except LookupError:  # pragma: no cover - resolve_charset only returns known codecs
            codec = None
    unknown = codec is None and is_unknown_charset(label)
    for candidate in _FALLBACK_CHAIN:
        if candidate == codec:
            continue
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if candidate != "cp949" or _plausibly_korean(text):
            return text, _unknown_problem(label, candidate) if unknown else None, candidate
    if codec is None:
        text, western = _decode_western(data)
        return text, _unknown_problem(label, western) if unknown else None, western
    text = data.decode(codec, "replace")
    bad = text.count("\ufffd")
    return text, f"charset {label} did not decode cleanly ({bad} bytes replaced with U+FFFD)", codec


def _unknown_problem(label: str | None, codec: str) -> str:
    return f"unknown charset {(label or '').strip()!r}, decoded as {codec}"


_META_CHARSET = re.compile(rb"<meta\b[^>]{0,500}?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_:.\-]{1,40})", re.IGNORECASE)


def html_meta_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in `<meta charset=..>` or `<meta http-equiv=Content-Type
    content="text/html; charset=..">` within its first 4 KB (where browsers look), else None."""
    head = data[:4096]
    if b"<" not in head:
        return None
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def b64decode_lenient(data: bytes) -> tuple[bytes, bool]:
    """Decode base64 that may lack padding or be cut short; returns (bytes, clean)."""
    try:
        return binascii.a2b_base64(data), True
    except binascii.Error:
        pass
    # Drop everything outside the alphabet, then pad or trim the last incomplete quantum.
    cleaned = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
    rest = len(cleaned) % 4
    if rest == 1:
        cleaned = cleaned[:-1]
    elif rest:
        cleaned += b"=" * (4 - rest)
    try:
        return binascii.a2b_base64(cleaned), False
    except binascii.Error:  # pragma: no cover - cleaned input is always valid base64
        return b"", False


_B64_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n"
_B64_INNER_SPACE = re.compile(rb"[A-Za-z0-9+/=][ \t]+[A-Za-z0-9+/]")
_B64_LINE = re.compile(rb"[ \t]*((?:[A-Za-z0-9+/]{4})+|(?:[A-Za-z0-9+/]{4})*[A-Za-z0-9+/]{2,3}={1,2})[ \t]*\r?")


def b64decode_text(data: bytes) -> tuple[bytes, bool]:
    """Decode a base64 text part; returns (bytes, clean). Plain text after the base64 (a mailing list's
    footer appended to the encoded part) is kept as text instead of being decoded into garbage."""
    # Appended text sits at the end: a byte base64 never holds, or a space between two base64 characters on
    # one line, in the tail. (translate is far cheaper than a regex: this runs for every base64 text part.)
    tail = data[-4096:]
    rest = tail.translate(None, _B64_BYTES)
    if not rest or (not rest.strip(b" \t") and _B64_INNER_SPACE.search(tail) is None):
        return b64decode_lenient(data)
    lines = data.split(b"\n")
    last = -1
    for index, line in enumerate(lines):
        if _B64_LINE.fullmatch(line):
            last = index
    trailing = b"\n".join(lines[last + 1 :]).strip()
    if last == -1 or not trailing:
        return b64decode_lenient(data)
    decoded, clean = b64decode_lenient(b"\n".join(lines[: last + 1]))
    return decoded.rstrip(b"\r\n") + b"\n\n" + trailing, clean


# --------------------------------------------------------------------------------------------------------------
# RFC 2047 encoded words
# --------------------------------------------------------------------------------------------------------------

# Lenient on purpose: Korean mailers emit words with spaces inside Q text and words glued to plain text.
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([bBqQ])\?(.{0,2000}?)\?=")
_GAP_WS = re.compile(r"[ \t\r\n]*")


def decode_header_text(value: str) -> tuple[str, list[str]]:
    """Decode RFC 2047 encoded words in a header value.

    Adjacent words of one charset are joined as bytes before decoding, because some mailers split a
    multi-byte character across two words. Returns the text and a list of problems.
    """
    if "=?" not in value:
        return value, []
    out: list[str] = []
    problems: list[str] = []
    pending = bytearray()
    pending_charset: str | None = None
    pos = 0

    def flush() -> None:
        nonlocal pending_charset
        if pending_charset is not None:
            text, problem, _ = decode_bytes(bytes(pending), pending_charset)
            out.append(text)
            if problem:
                problems.append(problem)
            pending.clear()
            pending_charset = None

    for match in _ENCODED_WORD.finditer(value):
        gap = value[pos : match.start()]
        if pending_charset is None or _GAP_WS.fullmatch(gap) is None:
            flush()
            out.append(gap)
        charset, encoding, payload = match.group(1), match.group(2), match.group(3)
        if encoding in "bB":
            data, _clean = b64decode_lenient(payload.encode("ascii", "replace"))
        else:
            data = binascii.a2b_qp(payload.encode("latin-1", "replace"), header=True)
        if pending_charset is not None and charset.lower() != pending_charset.lower():
            flush()
        pending_charset = charset
        pending.extend(data)
        pos = match.end()
    flush()
    out.append(value[pos:])
    return "".join(out), problems


# --------------------------------------------------------------------------------------------------------------
# HTML to text
# --------------------------------------------------------------------------------------------------------------

# Private-use code points mark line and cell breaks through lxml's text serialisation (control characters
# are rejected by lxml, and real mail never holds these).
_LINE = "\ue000"
_CELL = "\ue001"
_QUOTE_OPEN = "\ue002"
_QUOTE_CLOSE = "\ue003"
_QUOTE_SPLIT = re.compile(f"([{_QUOTE_OPEN}{_QUOTE_CLOSE}])")
_BLOCK_TAGS = (
    "p",
    "div",
    "tr",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "dt",
    "dd",
    "form",
    "center",
    "address",
    "pre",
    "tbody",
    "thead",
    "tfoot",
    "dl",
    "nav",
    "main",
    "aside",
    "figure",
    "figcaption",
    "caption",
    "fieldset",
    "legend",
    "title",
)
_BREAK_TAGS = ("br", "hr")
_CELL_TAGS = ("td", "th")
_DROP_TAGS = ("script", "style", "head", "noscript", "template", "object", "iframe", "svg")
_CELL_RUN = re.compile(f" ?{_CELL}[ {_CELL}]*")
_LINE_RUN = re.compile(f" ?{_LINE}[ {_LINE}]*")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
_HTML_PARSER: Any = None


def _html_parser() -> Any:
    global _HTML_PARSER
    if _HTML_PARSER is None:
        from lxml import etree

        # huge_tree: libxml2 otherwise stops at 256 levels of nesting and the whole document comes back empty;
        # sloppy mail HTML (unclosed <div>/<table> in loops) gets there.
        _HTML_PARSER = etree.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=True
        )
    return _HTML_PARSER


# Preheader padding and invisible joiners: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, combining grapheme
# joiner (the "͏ ‌" runs that pad a preheader out of the inbox preview).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u034f]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_HIDDEN_XPATH = "//*[@style][contains(translate(@style, 'DISPLAYNOE', 'displaynoe'), 'display')]"


def html_to_text(html: str) -> str:
    """Readable text of an HTML mail: one line per block or table row, table cells apart (tab-separated),
    scripts/styles/head dropped, entities decoded, whitespace collapsed as a browser would. Elements hidden
    with an inline `display:none` (preheaders, the other half of a responsive layout) are left out unless
    nothing visible remains.

    lxml (libxml2) does the parsing; a pure-Python renderer such as inscriptis costs ~10x more per mail,
    which a scan of a large mailbox cannot afford. HTML lxml cannot read (nested past libxml2's limit) goes
    through a linear tag stripper instead.
    """
    if not html.strip():
        return ""
    if _LINE in html or _CELL in html:
        html = html.replace(_LINE, " ").replace(_CELL, " ")
    html = _XML_DECL.sub("", html, count=1)
    root = _parse_html(html)
    if root is None:
        return _flat_html_to_text(html)
    # The substring search is far cheaper than the XPath walk, and most mail hides nothing.
    hidden = (
        [el for el in root.xpath(_HIDDEN_XPATH) if _HIDDEN_STYLE.search(el.get("style", ""))]
        if ("isplay" in html or "ISPLAY" in html) and _HIDDEN_STYLE.search(html)
        else []
    )
    if hidden:
        for el in hidden:
            # Emptied in place, tail kept: removing thousands of siblings one by one would re-join the
            # parent's text each time (quadratic on hostile markup).
            el.clear(keep_tail=True)
        text = _render(root)
        if text.strip():
            return text
        root = _parse_html(html)  # everything was hidden: a mobile-first layout; show it all
        if root is None:  # pragma: no cover - it parsed a moment ago
            return _flat_html_to_text(html)
    return _render(root)


def _parse_html(html: str) -> Any:
    from lxml import etree

    parser = _html_parser()
    try:
        root = etree.fromstring(html.encode("utf-8", "replace"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    last = parser.error_log.last_error
    if last is not None and last.type_name == "ERR_RESOURCE_LIMIT":
        return None  # libxml2 stopped part-way (a fatal error, so the last one); what it kept may be nothing
    return root


def _render(root: Any) -> str:
    from lxml import etree

    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    for el in root.iter(_BLOCK_TAGS):
        el.text = _LINE + el.text if el.text else _LINE
        el.tail = _LINE + el.tail if el.tail else _LINE
    for el in root.iter(_BREAK_TAGS):
        el.tail = _LINE + el.tail if el.tail else _LINE
    for el in root.iter(_CELL_TAGS):
        el.tail = _CELL + el.tail if el.tail else _CELL
    # Blockquotes are what HTML replies quote with: give their lines "> " like a plain-text reply.
    for el in root.iter("blockquote"):
        el.text = _QUOTE_OPEN + (el.text or "")
        el.tail = _QUOTE_CLOSE + (el.tail or "")
    for el in root.iter("img"):
        alt = el.get("alt")
        if alt and alt.strip():
            el.tail = f" {alt.strip()} " + (el.tail or "")
    for el in root.iter("pre"):
        for sub in el.iter():
            if sub.text and "\n" in sub.text:
                sub.text = sub.text.replace("\n", _LINE)
            if sub is not el and sub.tail and "\n" in sub.tail:
                sub.tail = sub.tail.replace("\n", _LINE)
    return _layout(etree.tostring(root, method="text", encoding=str))


def _layout(text: str) -> str:
    """Collapse HTML whitespace (nbsp included) the way a browser does, then turn markers into layout."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    text = " ".join(text.split())
    text = _CELL_RUN.sub("\t", text)
    text = _LINE_RUN.sub("\n", text)
    if _QUOTE_OPEN in text:
        text = _prefix_quotes(text)
    return "\n".join(line.strip(" \t") for line in text.split("\n")).strip("\n")


# [^<>]: an unclosed "<" stops at the next "<", so a run of them cannot make the scan quadratic.
_FLAT_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,15})\b[^<>]*>|<![^<>]*>|<\?[^<>]*>")
_FLAT_DROP_OPEN = re.compile(r"<(" + "|".join(_DROP_TAGS) + r")\b", re.IGNORECASE)
_FLAT_BLOCK = frozenset((*_BLOCK_TAGS, *_BREAK_TAGS))


def _flat_html_to_text(html: str) -> str:
    """A linear tag stripper for HTML libxml2 cannot read: drops comments, scripts and styles, breaks lines at
    block tags and cells at td/th, decodes entities. No nesting is tracked, so no depth limit applies."""
    import html as html_module

    html = _cut_spans(html, re.compile("<!--"), "-->")
    html = _cut_spans(html, _FLAT_DROP_OPEN, None)

    def tag(match: re.Match[str]) -> str:
        name = (match.group(2) or "").lower()
        if name in _FLAT_BLOCK:
            return _LINE
        if name in _CELL_TAGS and not match.group(1):
            return _CELL
        return ""

    text = html_module.unescape(_FLAT_TAG.sub(tag, html))
    return _layout(text.replace(_QUOTE_OPEN, "").replace(_QUOTE_CLOSE, ""))


def _cut_spans(text: str, opening: re.Pattern[str], closing: str | None) -> str:
    """Remove every span from a match of `opening` to the next `closing` (or, when None, to the matching
    `</tag>`); an unclosed span runs to the end. One forward pass: no backtracking over unclosed spans."""
    out: list[str] = []
    pos = 0
    lowered = text.lower() if closing is None else text
    while True:
        match = opening.search(text, pos)
        if match is None:
            break
        out.append(text[pos : match.start()])
        end_mark = closing if closing is not None else "</" + match.group(1).lower()
        close = lowered.find(end_mark, match.end())
        if close == -1:
            return "".join(out)
        gt = text.find(">", close) if closing is None else close + len(end_mark) - 1
        pos = len(text) if gt == -1 else gt + 1
    out.append(text[pos:])
    return "".join(out)


def _prefix_quotes(text: str) -> str:
    out: list[str] = []
    depth = 0
    for token in _QUOTE_SPLIT.split(text):
        if token == _QUOTE_OPEN:
            depth += 1
        elif token == _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif depth and token:
            prefix = "> " * depth
            lines = token.split("\n")
            # The first piece continues a line already started unless the previous token ended one.
            starts_line = not out or out[-1].endswith("\n")
            out.append(
                "\n".join(
                    prefix + line.strip(" \t") if line.strip() and (k or starts_line) else line
                    for k, line in enumerate(lines)
                )
            )
        else:
            out.append(token)
    return "".join(out)


# --------------------------------------------------------------------------------------------------------------
# Replies and forwards
# --------------------------------------------------------------------------------------------------------------

_REPLY_PREFIXES = frozenset({"re", "aw", "antw", "sv", "vs", "odp", "답장", "회신", "답변", "返信", "回复"})
_FORWARD_PREFIXES = frozenset({"fw", "fwd", "tr", "wg", "doorst", "전달", "転送", "转发"})
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:\[(fwd?|fw)\]|([^\s:：\[\]]{1,8})\s*(?:\[\d+\]|\(\d+\))?\s*[:：])\s*", re.IGNORECASE
)

SubjectKind = Literal["reply", "forward"]


def subject_kind(subject: str) -> SubjectKind | None:
    """'reply' or 'forward' from the outermost prefix of a subject (Re:, FW:, 전달:, [Fwd] ...), else None."""
    match = _SUBJECT_PREFIX.match(subject)
    if match is None:
        return None
    if match.group(1):
        return "forward"
    word = match.group(2).lower()
    if word in _REPLY_PREFIXES:
        return "reply"
    if word in _FORWARD_PREFIXES:
        return "forward"
    return None


_FORWARD_MARKER = re.compile(
    r"^[ \t>*]*(?:"
    r"-{2,}[ \t]*(?:Forwarded message|Forwarded Message|Original Message|원본 메시지|원본 메일|전달된 메시지|"
    r"전달된 메일|전달 메시지|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Weitergeleitete Nachricht)"
    r"[ \t]*-*|"
    r"Begin forwarded message:|"
    r"={2,}[ \t]*(?:원본 메일|원본 메시지|전달된 메시지)[ \t]*=*"
    r")[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ATTRIBUTION = re.compile(
    r"(?:^|\s)(?:wrote|schrieb|a écrit|escribió|написал|님이 작성|작성)\s*[:：]?\s*$", re.IGNORECASE
)
# Cheap substring test before the per-line attribution scan (most mail is neither reply nor forward).
_ATTRIBUTION_WORDS = ("wrote", "Wrote", "WROTE", "작성", "schrieb", "écrit", "escribió", "написал")
_ATTRIBUTION_START = re.compile(
    r"^[ \t]*(?:On\b|Am\b|Le\b|El\b|\d{4}[년.\-/]|\d{1,2}[./]\d{1,2}[./]\d{2,4}|20\d\d)", re.IGNORECASE
)
_HEADER_FIELD = re.compile(
    r"^[ \t>*]*(From|Sent|Date|Subject|To|Cc|보낸\s*사람|보낸\s*날짜|받는\s*사람|참조|제목|날짜|발신|발신자|"
    r"수신|수신자|보낸\s*시간|전송|Von|Gesendet|Betreff|An|De|Envoyé|Objet|À)\*?[ \t]*[:：]\*?[ \t]*(.*)$",
    re.IGNORECASE,
)
_FIELD_ROLE = {
    "from": "from",
    "보낸사람": "from",
    "발신": "from",
    "발신자": "from",
    "von": "from",
    "de": "from",
    "sent": "date",
    "date": "date",
    "보낸날짜": "date",
    "날짜": "date",
    "보낸시간": "date",
    "전송": "date",
    "gesendet": "date",
    "envoyé": "date",
    "subject": "subject",
    "제목": "subject",
    "betreff": "subject",
    "objet": "subject",
    "to": "to",
    "cc": "to",
    "받는사람": "to",
    "참조": "to",
    "수신": "to",
    "수신자": "to",
    "an": "to",
    "à": "to",
}
_RULE_LINE = re.compile(r"^[ \t]*_{10,}[ \t]*$")
_QUOTE_PREFIX = re.compile(r"^(?:[ \t]*>)+[ \t]?")


def _field(line: str) -> tuple[str, str] | None:
    match = _HEADER_FIELD.match(line)
    if match is None:
        return None
    role = _FIELD_ROLE.get(re.sub(r"\s+", "", match.group(1)).lower())
    return (role, match.group(2).strip().strip("*").strip()) if role else None


def _is_header_block(lines: list[str], start: int) -> bool:
    """An Outlook-style quoted header block: a From line followed closely by Sent/Date and Subject/To."""
    first = _field(lines[start])
    if first is None or first[0] != "from":
        return False
    roles = set()
    for line in lines[start + 1 : start + 6]:
        found = _field(line)
        if found:
            roles.add(found[0])
    return "date" in roles and bool(roles & {"subject", "to"})


def _attribution_at(lines: list[str], index: int) -> int:
    """Number of lines (1 or 2) of a reply attribution ("On ... wrote:", "... 님이 작성:") at index, or 0."""
    line = lines[index]
    if len(line) <= 300 and _ATTRIBUTION.search(line) and (_ATTRIBUTION_START.match(line) or "님이" in line):
        return 1
    # Gmail wraps long attributions: "On Mon, ... Gabia <\nnoreply@gabia.com> wrote:"
    if index + 1 < len(lines) and _ATTRIBUTION_START.match(line) and len(line) <= 300:
        nxt = lines[index + 1]
        if len(nxt) <= 200 and _ATTRIBUTION.search(nxt):
            return 2
    return 0


def _reply_cut(lines: list[str]) -> int | None:
    """Index of the first line that starts the quoted original in a reply, or None."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(">"):
            continue
        if _FORWARD_MARKER.match(line) or _attribution_at(lines, i):
            return i
        if _RULE_LINE.match(line) and i + 1 < len(lines) and _is_header_block(lines, i + 1):
            return i
        if _is_header_block(lines, i):
            return i
    return None


def split_reply(text: str) -> tuple[str, str]:
    """Split a reply into (the author's own text, the quoted original).

    Quoted: "> " lines anywhere, and everything from the first attribution line ("On ... wrote:",
    "... 님이 작성:"), Outlook "-----Original Message-----" marker or quoted header block onwards; except
    that after an attribution whose quote is all "> " lines, unquoted lines are the author's again
    (bottom-posting and inline answers).
    """
    lines = text.split("\n")
    cut = _reply_cut(lines)
    own: list[str] = []
    quoted: list[str] = []
    if cut is None:
        head, tail = lines, []
    else:
        head, tail = lines[:cut], lines[cut:]
    for line in head:
        (quoted if line.lstrip().startswith(">") else own).append(line)
    if tail:
        span = _attribution_at(lines, cut) if cut is not None else 0
        first_quoted = next((line for line in tail[span:] if line.strip()), "")
        if span and not _FORWARD_MARKER.match(tail[0]) and first_quoted.lstrip().startswith(">"):
            quoted.extend(tail[:span])
            for line in tail[span:]:
                (quoted if line.lstrip().startswith(">") or not line.strip() else own).append(line)
        else:
            quoted.extend(tail)
    return "\n".join(own).strip("\n"), "\n".join(quoted).strip("\n")


# Cheap substring test before the per-line scan for an Outlook-style header block.
_HEADER_BLOCK_WORDS = ("From:", "FROM:", "from:", "보낸 사람", "보낸사람", "발신", "Von:", "De :", "De:")


def has_forward_marker(text: str) -> bool:
    """True when the body holds a forwarded-message separator or an Outlook forwarded header block."""
    if _FORWARD_MARKER.search(text):
        return True
    if not any(word in text for word in _HEADER_BLOCK_WORDS):
        return False
    lines = text.split("\n")
    return any(_is_header_block(lines, i) for i in range(len(lines)))


# Bounded repetitions: an unbounded local part backtracks quadratically on a long run of word characters.
_LOOSE_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}")


def parse_loose_address(value: str) -> Address | None:
    """An address as clients print it in body header blocks ("Name <a@b>", "Name [mailto:a@b]", "a@b")."""
    value = value[:1000]
    # Outlook writes "Name [mailto:user@host]" and "Name <mailto:user@host>".
    value = re.sub(r"\[mailto:([^\]]+)\]", r"<\1>", value).replace("<mailto:", "<")
    name, email = parseaddr(value)
    if "@" not in email:
        match = _LOOSE_EMAIL.search(value)
        if match is None:
            return Address(name=value.strip(), email="") if value.strip() else None
        email = match.group(0)
        name = value[: match.start()].strip(" <>\"'[")
    return Address(name=name.strip().strip('"'), email=email.strip())


_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_KOREAN_DATE = re.compile(
    r"(\d{4})\s*[년.\-/]\s*(\d{1,2})\s*[월.\-/]\s*(\d{1,2})\s*일?\.?\s*(?:\([^)]*\)|[월화수목금토일]요일)?\s*"
    r"(?:(오전|오후|AM|PM)\s*)?(?:(\d{1,2})\s*[:시]\s*(\d{2})?\s*분?(?:\s*:\s*(\d{2}))?)?\s*(오전|오후|AM|PM)?",
    re.IGNORECASE,
)
_ENGLISH_DATE = re.compile(
    r"(?:[A-Za-z]+,?\s+)?(?:(\d{1,2})\s+([A-Za-z]{3,9})|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?),?\s+(\d{4})"
    r"(?:\s*(?:at|,)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|a\.m\.|p\.m\.)?)?"
    r"(?:\s*(?:GMT|UTC)?\s*([+-]\d{1,2}(?::?\d{2})?))?",
    re.IGNORECASE,
)


_MERIDIEM = re.compile(r"\b(?:AM|PM|a\.m\.|p\.m\.)|오전|오후", re.IGNORECASE)


def parse_loose_date(value: str, *, korean: bool) -> datetime | None:
    """Parse a date as clients print it in forwarded/quoted header blocks; naive times get +09:00 when the
    mail is Korean, else UTC."""
    default_tz = KST if korean else UTC
    value = value[:300]  # a date is short; the patterns below must not run over a megabyte line
    # parsedate_tz reads "5:30 PM" as 05:30; leave 12-hour clocks to the patterns below.
    parsed = None if _MERIDIEM.search(value) else parsedate_tz(value)
    if parsed is not None and parsed[0] > 1900:
        try:
            naive = datetime(*parsed[:6])
        except ValueError:
            naive = None
        if naive is not None:
            offset = parsed[9]
            return naive.replace(tzinfo=timezone(timedelta(seconds=offset)) if offset is not None else default_tz)
    for korean_match in _KOREAN_DATE.finditer(value):
        year, month, day = int(korean_match.group(1)), int(korean_match.group(2)), int(korean_match.group(3))
        hour = int(korean_match.group(5) or 0)
        minute = int(korean_match.group(6) or 0)
        second = int(korean_match.group(7) or 0)
        meridiem = (korean_match.group(4) or korean_match.group(8) or "").lower()
        if meridiem in ("오후", "pm") and hour < 12:
            hour += 12
        elif meridiem in ("오전", "am") and hour == 12:
            hour = 0
        try:
            return datetime(year, month, day, hour, minute, second, tzinfo=default_tz)
        except ValueError:
            continue
    match = _ENGLISH_DATE.search(value)
    if match is not None:
        day_s, month_s = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        month_number = _MONTHS.get(month_s.lower())
        if month_number is not None:
            hour = int(match.group(6) or 0)
            meridiem = (match.group(9) or "").lower().replace(".", "")
            if meridiem == "pm" and hour < 12:
                hour += 12
            elif meridiem == "am" and hour == 12:
                hour = 0
            tz = default_tz
            if match.group(10):
                sign = -1 if match.group(10).startswith("-") else 1
                digits = match.group(10)[1:].replace(":", "")
                hours = int(digits[:-2] or 0) if len(digits) > 2 else int(digits)
                minutes = int(digits[-2:]) if len(digits) > 2 else 0
                tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
            try:
                return datetime(
                    int(match.group(5)),
                    month_number,
                    int(day_s),
                    hour,
                    int(match.group(7) or 0),
                    int(match.group(8) or 0),
                    tzinfo=tz,
                )
            except ValueError:
                return None
    return None


def extract_forwarded_headers(text: str, *, korean: bool = False) -> tuple[ForwardedHeader, ...]:
    """Header blocks (From/보낸 사람, Date/보낸 날짜, Subject/제목) of the messages forwarded in a body."""
    lines = text.split("\n")
    found: list[ForwardedHeader] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        start = None
        if _FORWARD_MARKER.match(line) or (
            _RULE_LINE.match(line) and i + 1 < len(lines) and _is_header_block(lines, i + 1)
        ):
            start = i + 1
        elif _is_header_block(lines, i):
            start = i  # Outlook HTML forwards separate the block with <hr>, which leaves no marker line
        if start is None:
            i += 1
            continue
        fields: dict[str, str] = {}
        j = start
        # Skip blank lines between the marker and the block, then read fields until a blank line.
        while j < len(lines) and not lines[j].strip() and j < start + 3:
            j += 1
        last_role = None
        while j < len(lines) and j < start + 20:
            current = _QUOTE_PREFIX.sub("", lines[j]).strip()
            if not current:
                break
            parsed = _field(current)
            if parsed is not None:
                role, value = parsed
                fields.setdefault(role, value)
                last_role = role
            elif (last_role in ("to", "subject") and not fields) or last_role is None:
                break
            j += 1
        if fields.keys() & {"from", "subject", "date"}:
            sender = parse_loose_address(fields["from"]) if fields.get("from") else None
            when = parse_loose_date(fields["date"], korean=korean) if fields.get("date") else None
            found.append(ForwardedHeader(sender=sender, subject=fields.get("subject", ""), date=when))
        i = max(j, i + 1)
    return tuple(found)


@dataclass(frozen=True, slots=True)
class BodySplit:
    """How a body divides into the author's text and what it quotes."""

    text: str
    quoted: str
    is_reply: bool
    forwarded: tuple[ForwardedHeader, ...]


def split_body(subject: str, text: str, *, korean: bool = False) -> BodySplit:
    """Apply the reply/forward rule to a body.

    In a forward the forwarded notice stays in `text` (it is evidence; quote marks are removed so rules see
    the notice's own lines). In a reply the quoted original goes to `quoted` and only the author's own text
    stays in `text`. The outermost subject prefix decides; without one, a forward marker in the body makes
    a forward and a reply attribution ("On ... wrote:") makes a reply.
    """
    kind = subject_kind(subject)
    if kind is None and text:
        if has_forward_marker(text):
            kind = "forward"
        elif any(word in text for word in _ATTRIBUTION_WORDS):
            lines = text.split("\n")
            if any(_attribution_at(lines, i) for i in range(len(lines))):
                kind = "reply"
    if kind == "reply":
        own, quoted = split_reply(text)
        return BodySplit(text=own, quoted=quoted, is_reply=True, forwarded=())
    if kind == "forward":
        if ">" in text:
            text = "\n".join(_QUOTE_PREFIX.sub("", line) for line in text.split("\n"))
        return BodySplit(text=text, quoted="", is_reply=False, forwarded=extract_forwarded_headers(text, korean=korean))
    return BodySplit(text=text, quoted="", is_reply=False, forwarded=())


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def has_hangul(text: str) -> bool:
    return _HANGUL.search(text) is not None


_STUB = re.compile(
    r"(?:view|read|see|open|display)\b.{0,60}\b(?:html|browser|web\s*version|online)"
    r"|html\b.{0,40}\b(?:version|format|capable|enabled|support|viewer|required)"
    r"|(?:does not|doesn't|cannot|can't|unable to)\b.{0,40}\b(?:support|display|show|read)\b.{0,20}\bhtml"
    r"|this (?:is an? )?(?:html|multi-?part)\b"
    r"|html\s*(?:형식|메일|버전|보기)|(?:웹\s*)?브라우저(?:에서|로)|메일이\s*(?:제대로|정상적으로)\s*(?:보이지|표시되지)"
    r"|이\s*메일은\s*html",
    re.IGNORECASE | re.DOTALL,
)


_STUB_WORDS = ("html", "browser", "web", "online", "브라우저", "메일이")


def is_stub_text(text: str) -> bool:
    """A text/plain alternative that only says "view this mail in HTML" (or nothing at all)."""
    stripped = text.strip()
    if len(stripped) < 12:
        return True
    if len(stripped) > 600:
        return False
    lowered = stripped.lower()
    if not any(word in lowered for word in _STUB_WORDS):
        return False
    return _STUB.search(lowered) is not None


def unflow(text: str, *, delsp: bool) -> str:
    """Undo RFC 3676 format=flowed soft line breaks so sentences split by the sender's client rejoin."""
    out: list[str] = []
    buffer = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if line.endswith(" ") and line != "-- ":
            buffer += line[:-1] if delsp else line
            continue
        out.append(buffer + line)
        buffer = ""
    if buffer:
        out.append(buffer)
    return "\n".join(out)
