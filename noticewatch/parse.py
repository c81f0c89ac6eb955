"""Mail bytes -> Message | SkippedMessage. The only importer of mail-parser (`mailparser`).

Built for large, attachment-heavy mailboxes: the header block is read with one regex pass, and the MIME tree
is walked by scanning the raw bytes for boundary lines, so attachments are located but never copied or
decoded. Only text/plain and text/html parts are transfer-decoded and charset-decoded (plus the start of an
attached mail that a webmail transfer-encoded, to reach its text parts). Broken structure is read the way a
forgiving client would: RFC 2231 parameters, a boundary parameter lost in folding, parts without a header
block, stray NULs, UTF-16 saved files. mail-parser supplies RFC 5322 date interpretation and the address-list
recovery for headers that the fast path cannot read.
"""

from __future__ import annotations

import binascii
import contextlib
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from mailparser.dates import parse_mail_date
from mailparser.utils import get_addresses

from noticewatch import mailtext
from noticewatch.models import (
    Address,
    AuthMethodResult,
    AuthResults,
    Message,
    RawMessage,
    RawPart,
    SkippedMessage,
)

#: Decoded size kept of one text part; the rest is cut off with a warning.
TEXT_PART_LIMIT = 1_000_000
# Encoded bytes looked at for one text part: enough for TEXT_PART_LIMIT even in quoted-printable Hangul.
_RAW_PART_LIMIT = 3 * TEXT_PART_LIMIT + 1024
_MAX_DEPTH = 16
_MAX_EMBEDDED_MESSAGES = 5

_HEADER_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)", re.MULTILINE)
_UNFOLD = re.compile(rb"\r?\n(?=[ \t])")
_PARAM = re.compile(r';\s*([A-Za-z0-9_\-.*]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;\s]*)')
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_SIMPLE_MAILBOX = re.compile(
    r'\s*(?:"([^"\\]*)"|([^"<>,;:@()\[\]\\]*?))\s*<([^<>@\s,;"()]+@[^<>@\s,;"()]+)>\s*'
    r'|\s*<?([^<>@\s,;"()]+@[^<>@\s,;"()]+?)>?\s*'
)
_KOREAN_LABEL = re.compile(r"ks_c_5601|euc-?kr|cp949|iso-2022-kr|windows-949|korean", re.IGNORECASE)
_ZONE_WORDS = re.compile(r"\b(KST|JST)\b\s*$|\b(KST|JST)\b(?=\s*\()")
_HAS_ZONE = re.compile(r"(?:[+-]\d{4}|\b[A-Za-z]{1,5})\s*(?:\([^()]*\))?\s*$")
_WANTED_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"subject",
        b"date",
        b"message-id",
        b"reply-to",
        b"x-original-sender",
        b"x-original-from",
        b"list-unsubscribe",
        b"precedence",
        b"authentication-results",
        b"content-type",
        b"content-transfer-encoding",
        b"content-disposition",
    }
)
_NO_FROM = "no readable From address"
_SYNTHETIC_ID = "@noticewatch.invalid>"
_PRESENCE_HEADERS = frozenset({b"received", b"mime-version", b"return-path", b"delivered-to", b"cc", b"sender"})
_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "received",
        "mime-version",
        "content-type",
        "return-path",
        "delivered-to",
        "cc",
        "sender",
        "reply-to",
    }
)


# --------------------------------------------------------------------------------------------------------------
# Header block
# --------------------------------------------------------------------------------------------------------------


def _header_end(data: bytes, start: int, end: int) -> tuple[int, int]:
    """(end of the header block, start of the body) for the region data[start:end]."""
    if data.startswith(b"\n", start):
        return start, start + 1
    if data.startswith(b"\r\n", start):
        return start, start + 2
    # Look for the blank line in the message's own line-ending style first: searching for the other style
    # would scan a multi-megabyte body for nothing.
    first_newline = data.find(b"\n", start, end)
    if first_newline > start and data[first_newline - 1] == 0x0D:
        crlf = data.find(b"\r\n\r\n", start, end)
        if crlf != -1:
            return crlf + 2, crlf + 4
    lf = data.find(b"\n\n", start, end)
    crlf = data.find(b"\n\r\n", start, end if lf == -1 else lf)
    if crlf != -1:
        return crlf + 1, crlf + 3
    if lf != -1:
        return lf + 1, lf + 2
    return end, end


# Consecutive header lines (fields and their folded continuations) from a position; stops at the blank line
# or at the first line that is neither.
_HEADER_RUN = re.compile(rb"(?:[!-9;-~]+[ \t]*:[^\n]*(?:\n|$)|[ \t][^\n]*(?:\n|$))*")
_FIRST_FIELD_NAME = re.compile(rb"([!-9;-~]+)[ \t]*:")
_PART_HEADER_NAMES = frozenset(
    name.encode("ascii") for name in _MAIL_HEADERS | {"message-id", "dkim-signature", "authentication-results"}
)


def _part_header_end(data: bytes, start: int, end: int) -> tuple[int, int]:
    """Like _header_end for a body part, read the way a forgiving client does: a part that does not start with
    a MIME header has no headers (a sloppy mailer wrote the text right after the boundary line), and the
    headers end at the first line that is not one even without a blank line before the text."""
    header_end, body_start = _header_end(data, start, end)
    if header_end == start:
        return header_end, body_start
    first = _FIRST_FIELD_NAME.match(data, start, header_end)
    if first is None:
        return start, start
    name = first.group(1).lower()
    if not (name.startswith((b"content-", b"x-")) or name in _PART_HEADER_NAMES):
        return start, start  # "Domain: example.kr" is text, not a MIME header
    run = _HEADER_RUN.match(data, start, header_end)
    if run is not None and run.end() < header_end:
        return run.end(), run.end()
    return header_end, body_start


def _parse_header_block(block: bytes) -> dict[str, list[bytes]]:
    """Unfolded values of the header fields parsing uses; other mail headers are recorded as present
    (empty list) without the cost of unfolding them (Received and DKIM-Signature are long)."""
    headers: dict[str, list[bytes]] = {}
    for raw_name, value in _HEADER_FIELD.findall(block):
        name = raw_name.lower()
        if name not in _WANTED_HEADERS:
            if name in _PRESENCE_HEADERS:
                headers.setdefault(name.decode("ascii"), [])
            continue
        if b"\n" in value:
            value = _UNFOLD.sub(b"", value)
        headers.setdefault(name.decode("ascii"), []).append(value.strip(b" \t\r\n"))
    return headers


def _header_text(value: bytes, problems: list[str] | None = None) -> str:
    """A header value as text: raw 8-bit bytes by the unlabelled-charset chain, then RFC 2047 words."""
    text = value.decode("ascii") if value.isascii() else mailtext.decode_bytes(value, None)[0]
    if "=?" in text:
        text, found = mailtext.decode_header_text(text)
        if problems is not None:
            problems.extend(found)
    if "\r" in text or "\n" in text or "\t" in text:
        text = " ".join(text.split())
    return text.strip()


def _first(headers: dict[str, list[bytes]], name: str) -> bytes | None:
    values = headers.get(name)
    return values[0] if values else None


def content_type_params(value: str | None, default: str) -> tuple[str, dict[str, str]]:
    """(lower-case type, parameters) of a Content-Type or Content-Disposition value.

    Parameter names are lower-case; RFC 2231 forms are decoded: `name*=charset'lang'%XX..` and the
    continuations `name*0=`, `name*1*=` (joined in section order). An extended value beats a plain one of the
    same name, since mailers send both for old clients. A broken escape or charset keeps the raw text.
    """
    if not value:
        return default, {}
    main, _, rest = value.partition(";")
    ctype = main.strip().lower()
    if "/" not in ctype:
        # "text" alone, or garbage: RFC 2045 says treat an unreadable type as text/plain.
        ctype = "text/plain"
    params: dict[str, str] = {}
    if not rest:
        return ctype, params
    extended: dict[str, str] = {}
    sections: dict[str, list[tuple[int, bool, str]]] = {}
    rfc2231 = "*" in rest
    for match in _PARAM.finditer(";" + rest):
        key = match.group(1).lower()
        raw = match.group(2)
        if raw.startswith('"'):
            raw = raw[1:-1] if raw.endswith('"') and len(raw) > 1 else raw[1:]
            raw = raw.replace('\\"', '"').replace("\\\\", "\\")
        if not rfc2231 or "*" not in key:
            params.setdefault(key, raw)
            continue
        name, _, section = key.partition("*")
        encoded = section.endswith("*") or section == ""
        number = section.rstrip("*")
        if number == "":
            extended.setdefault(name, _rfc2231_value(raw, None)[0])
        elif number.isdigit() and len(number) <= 3:
            sections.setdefault(name, []).append((int(number), encoded, raw))
    if not rfc2231:
        return ctype, params
    for name, pieces in sections.items():
        pieces.sort(key=lambda piece: piece[0])
        charset: str | None = None
        data = bytearray()
        for index, (number, encoded, raw) in enumerate(pieces):
            if index == 0 and number == 0 and encoded:
                # Only the first section carries charset'language'.
                first, charset = _rfc2231_value(raw, None, keep_bytes=True)
                data += first.encode("latin-1", "replace")
            elif encoded:
                data += _percent_decode(raw)
            else:
                data += raw.encode("utf-8")
        extended.setdefault(name, mailtext.decode_bytes(bytes(data), charset)[0])
    params.update(extended)
    return ctype, params


_PERCENT = re.compile(rb"%([0-9A-Fa-f]{2})")


def _percent_decode(raw: str) -> bytes:
    data = raw.encode("utf-8")
    return _PERCENT.sub(lambda m: bytes((int(m.group(1), 16),)), data) if b"%" in data else data


def _rfc2231_value(raw: str, charset: str | None, *, keep_bytes: bool = False) -> tuple[str, str | None]:
    """Decode `charset'language'%XX...`; with keep_bytes, the decoded bytes come back as latin-1 text (for
    joining continuations before the charset decode) together with the charset."""
    if raw.count("'") >= 2:
        charset, _, rest = raw.partition("'")
        _, _, raw = rest.partition("'")
        charset = charset.strip() or None
    data = _percent_decode(raw)
    if keep_bytes:
        return data.decode("latin-1"), charset
    return mailtext.decode_bytes(data, charset)[0], charset


_CTE_TOKEN = re.compile(r"[a-z0-9-]+")
_PLAIN_CTE = frozenset({"base64", "quoted-printable", "7bit", "8bit", "binary"})


def _transfer_encoding(value: bytes | str | None) -> str:
    """The transfer encoding as one lower-case token: `"BASE64"`, `base64 (by MUA)`, ` Base64;` all read base64."""
    if not value:
        return ""
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    if text in _PLAIN_CTE:
        return text
    match = _CTE_TOKEN.search(text.lower())
    return match.group(0) if match else ""


# --------------------------------------------------------------------------------------------------------------
# Addresses, dates, auth results
# --------------------------------------------------------------------------------------------------------------


def _address(name: str, email: str, problems: list[str]) -> Address:
    if "=?" in name:
        name, found = mailtext.decode_header_text(name)
        problems.extend(found)
    return Address(name=" ".join(name.split()).strip('"'), email=email.strip())


def parse_address_list(value: str, problems: list[str] | None = None) -> tuple[Address, ...]:
    """Addresses in a From/To/Reply-To value (raw, RFC 2047 words not yet decoded)."""
    found = problems if problems is not None else []
    if not value.strip():
        return ()
    if '"' not in value and "(" not in value:
        simple: list[Address] = []
        for item in value.split(","):
            if not item.strip():
                continue
            # Length cap: the lazy name group backtracks; a hostile megabyte item goes to the linear parser.
            match = _SIMPLE_MAILBOX.fullmatch(item) if len(item) <= 512 else None
            if match is None:
                break
            if match.group(3):
                simple.append(_address(match.group(2) or "", match.group(3), found))
            else:
                simple.append(Address(name="", email=match.group(4)))
        else:
            return tuple(simple)
    # Quoted names, comments, groups, broken syntax: mail-parser's structural recovery handles these.
    try:
        pairs = get_addresses(value, decode_names=False)
    except Exception:  # mail-parser on hostile input; the header is then just unreadable
        pairs = []
    result = tuple(_address(name, email, found) for name, email in pairs if email)
    if not result and value.strip():
        fallback = mailtext.parse_loose_address(mailtext.decode_header_text(value)[0])
        if fallback is not None and (fallback.email or fallback.name):
            return (fallback,)
    return result


_CANONICAL_DATE = re.compile(
    r"(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2})"
    r" ([+-])(\d{2})(\d{2})(?: \([^()]*\))?"
)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1
    )
}
_ZONES: dict[str, timezone] = {}


def _canonical_date(text: str) -> datetime | None:
    """The form nearly every mailer writes ("Fri, 20 Nov 2026 09:00:00 +0900"), without the general parser."""
    match = _CANONICAL_DATE.fullmatch(text)
    if match is None:
        return None
    day, month_name, year, hour, minute, second, sign, zone_h, zone_m = match.groups()
    month = _MONTH_NUMBERS.get(month_name)
    if month is None or int(zone_m) > 59:
        return None
    key = sign + zone_h + zone_m
    tz = _ZONES.get(key)
    if tz is None:
        minutes = int(zone_h) * 60 + int(zone_m)
        tz = _ZONES.setdefault(key, timezone(timedelta(minutes=-minutes if sign == "-" else minutes)))
    try:
        return datetime(int(year), month, int(day), int(hour), int(minute), int(second), tzinfo=tz)
    except ValueError:
        return None  # 31 Feb, 25:00, a leap second: the general parser decides


def parse_date(value: str | None, *, korean: bool) -> tuple[datetime | None, str | None]:
    """Parse a Date header into an aware datetime; (None, problem) when unreadable.

    A date without a zone is taken as Korean time (+09:00) when the mail looks Korean, else UTC.
    """
    if not value or not value.strip():
        return None, None
    text = " ".join(value.split())
    fast = _canonical_date(text)
    if fast is not None:
        return fast, None
    # KST/JST are not RFC 5322 zones; mail-parser would read them as "unknown local zone" (UTC).
    text = _ZONE_WORDS.sub("+0900", text)
    result = parse_mail_date(text)
    if result.value is None and "invalid-date-syntax" in result.reasons and not _HAS_ZONE.search(text):
        result = parse_mail_date(text + (" +0900" if korean else " +0000"))
    if result.value is not None:
        try:
            offset = timedelta(hours=float(result.timezone))
        except (TypeError, ValueError):
            offset = timedelta(0)
        return result.value.astimezone(timezone(offset)), None
    loose = mailtext.parse_loose_date(text, korean=korean)
    if loose is not None:
        return loose, None
    return None, f"unparseable Date header: {text[:80]!r}"


_INNER_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")


def _strip_comments(value: str) -> str:
    """Remove RFC 5322 comments (nested parentheses), keeping quoted strings intact."""
    if "(" not in value:
        return value
    if '"' not in value:
        # Innermost comments first; real headers nest at most two deep, hostile ones fall through below.
        for _ in range(4):
            value, removed = _INNER_COMMENT.subn(" ", value)
            if not removed or "(" not in value:
                return value
    out: list[str] = []
    depth = 0
    quoted = escaped = False
    for ch in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\" and (quoted or depth):
            escaped = True
            if depth == 0:
                out.append(ch)
            continue
        if depth == 0 and ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
            out.append(" ")
            continue
        elif not quoted and ch == ")" and depth:
            depth -= 1
            continue
        if depth == 0:
            out.append(ch)
    return "".join(out)


# Starting only where a token starts: tried at every character, the pattern re-scanned each long value word
# (a third of a header parse went here).
_AR_PAIR = re.compile(r'(?<![A-Za-z0-9_\-.])([A-Za-z0-9_\-.]+(?:/[0-9]+)?)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;"]*)')


def _split_outside_quotes(value: str, separator: str) -> list[str]:
    if '"' not in value:
        return value.split(separator)
    parts: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == "\\" and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def parse_authentication_results(value: str) -> AuthResults | None:
    """One Authentication-Results header (RFC 8601): authserv-id, then `method=result` clauses with their
    reason and ptype.property values. Comments in parentheses and missing separators are tolerated."""
    cleaned = " ".join(_strip_comments(value).split())
    if not cleaned:
        return None
    segments = _split_outside_quotes(cleaned, ";")
    head = segments[0].strip()
    authserv_id = ""
    rest: list[str] = []
    tokens = head.split()
    if tokens and "=" not in tokens[0]:
        authserv_id = tokens[0]
        remainder = " ".join(tokens[1:])
        # Some MTAs omit the ";" after the authserv-id (and a version number may sit there).
        if "=" in remainder:
            rest.append(remainder)
    elif head:
        rest.append(head)
    rest.extend(segments[1:])
    results: list[AuthMethodResult] = []
    for segment in rest:
        pairs = _AR_PAIR.findall(segment)
        if not pairs:
            continue
        # A segment may hold several methods when the ";" between them is missing.
        method = ""
        result = ""
        properties: dict[str, str] = {}
        for key, raw_value in pairs:
            val = raw_value[1:-1].replace('\\"', '"') if raw_value.startswith('"') else raw_value
            lowered = key.lower()
            if "." in lowered or lowered == "reason":
                if method:
                    properties.setdefault(lowered, val)
                continue
            if method:
                results.append(AuthMethodResult(method=method, result=result, properties=properties))
                properties = {}
            method = lowered.split("/", 1)[0]
            result = val.lower()
        if method:
            results.append(AuthMethodResult(method=method, result=result, properties=properties))
    return AuthResults(authserv_id=authserv_id.lower(), results=tuple(results))


# --------------------------------------------------------------------------------------------------------------
# Body
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Body:
    """Text parts collected from one message (an embedded message/rfc822 gets its own)."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    embedded: list[tuple[dict[str, list[bytes]], _Body]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    korean: bool = False


def _decode_text_part(
    payload: bytes,
    *,
    charset: str | None,
    cte: str | None,
    where: str,
    body: _Body,
    flowed: bool = False,
    delsp: bool = False,
    html: bool = False,
) -> str:
    encoding = _transfer_encoding(cte)
    if len(payload) > _RAW_PART_LIMIT:
        payload = payload[:_RAW_PART_LIMIT]
    if encoding == "base64":
        payload, clean = mailtext.b64decode_text(payload)
        if not clean:
            body.warnings.append(f"{where}: damaged base64, decoded what could be read")
    elif encoding == "quoted-printable":
        payload = binascii.a2b_qp(payload)
    truncated = len(payload) > TEXT_PART_LIMIT
    if truncated:
        payload = payload[:TEXT_PART_LIMIT]
        body.warnings.append(f"{where}: larger than {TEXT_PART_LIMIT // 1_000_000} MB, only the start was read")
    if html and mailtext.resolve_charset(charset) is None:
        # Korean HTML mail often labels its charset only in a <meta> tag; the MIME label, when it names a
        # real charset, still wins (it is what the sender's mailer encoded with).
        declared = mailtext.html_meta_charset(payload)
        if declared and mailtext.resolve_charset(declared) is not None:
            charset = declared
    text, problem, codec = mailtext.decode_bytes(payload, charset)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if problem and truncated and text.count("\ufffd") == 1 and text.endswith("\ufffd"):
        # The cut split a multi-byte character; that is our doing, not the mail's.
        text, problem = text[:-1], None
    if problem:
        body.warnings.append(f"{where}: {problem}")
    if codec in mailtext.KOREAN_CODECS or (charset and _KOREAN_LABEL.search(charset)):
        body.korean = True
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if flowed:
        text = mailtext.unflow(text, delsp=delsp)
    return text


def _multipart_parts(data: bytes, start: int, end: int, boundary: bytes) -> tuple[list[tuple[int, int]], bool]:
    """Byte ranges of the body parts of a multipart between start and end, and whether it was closed."""
    delimiter = b"--" + boundary
    size = len(delimiter)
    parts: list[tuple[int, int]] = []
    part_start = -1
    pos = data.find(delimiter, start, end)
    while pos != -1:
        if pos == start or data[pos - 1] == 0x0A:
            after = pos + size
            closing = data.startswith(b"--", after)
            if closing or after >= end or data[after] in b" \t\r\n":
                if part_start != -1:
                    part_end = pos - 1 if pos > start else pos
                    if part_end > part_start and data[part_end - 1] == 0x0D:
                        part_end -= 1
                    parts.append((part_start, max(part_start, part_end)))
                if closing:
                    return parts, True
                newline = data.find(b"\n", after, end)
                if newline == -1:
                    return parts, False
                part_start = newline + 1
                pos = data.find(delimiter, part_start, end)
                continue
        pos = data.find(delimiter, pos + 1, end)
    if part_start != -1 and part_start < end:
        parts.append((part_start, end))
    return parts, False


def _walk(
    data: bytes,
    start: int,
    end: int,
    headers: dict[str, list[bytes]],
    body: _Body,
    depth: int,
    default_type: str = "text/plain",
) -> None:
    raw_type = _first(headers, "content-type")
    ctype, params = content_type_params(raw_type.decode("latin-1") if raw_type else None, default_type)
    if ctype.startswith("multipart/"):
        boundary = params.get("boundary")
        if depth >= _MAX_DEPTH:
            body.warnings.append("MIME structure nested too deep; inner parts ignored")
            return
        if not boundary:
            boundary = _sniff_boundary(data, start, end)
            if boundary:
                body.warnings.append(f"{ctype} without a boundary parameter; used the one its body shows")
            else:
                body.warnings.append(f"{ctype} without a boundary; read as plain text")
                ctype = "text/plain"
        if boundary:
            child_default = "message/rfc822" if ctype == "multipart/digest" else "text/plain"
            parts, closed = _multipart_parts(data, start, end, boundary.encode("latin-1", "replace"))
            if not closed:
                body.warnings.append(f"{ctype}: closing boundary missing (message truncated?)")
            for part_start, part_end in parts:
                header_end, body_start = _part_header_end(data, part_start, part_end)
                part_headers = _parse_header_block(data[part_start:header_end])
                _walk(data, body_start, part_end, part_headers, body, depth + 1, child_default)
            return
    disposition_raw = _first(headers, "content-disposition")
    attachment = disposition_raw is not None and disposition_raw[:10].lower().startswith(b"attachment")
    if ctype in ("text/plain", "text/html") and not attachment:
        cte = _first(headers, "content-transfer-encoding")
        where = ctype
        text = _decode_text_part(
            data[start:end] if end - start <= _RAW_PART_LIMIT else data[start : start + _RAW_PART_LIMIT],
            charset=params.get("charset"),
            cte=cte.decode("latin-1") if cte else None,
            where=where,
            body=body,
            flowed=params.get("format", "").lower() == "flowed",
            delsp=params.get("delsp", "").lower() == "yes",
            html=ctype == "text/html",
        )
        (body.plain if ctype == "text/plain" else body.html).append(text)
    elif (
        (ctype == "message/rfc822" or _is_attached_eml(ctype, params, disposition_raw))
        and depth < _MAX_DEPTH
        and len(body.embedded) < _MAX_EMBEDDED_MESSAGES
    ):
        # A notice forwarded as an attachment (Outlook "forward as attachment", a webmail's .eml attachment)
        # is evidence too: read its headers and text parts; its own attachments stay untouched.
        encoding = _transfer_encoding(_first(headers, "content-transfer-encoding"))
        cut = False
        if encoding in ("base64", "quoted-printable"):
            # Not allowed for message/rfc822 by RFC 2046, but webmails do it. Decode a prefix only: the text
            # parts come first, the attachments after them are never needed.
            data, cut = _decode_embedded(data, start, end, encoding)
            start, end = 0, len(data)
        header_end, body_start = _header_end(data, start, end)
        inner_headers = _parse_header_block(data[start:header_end])
        inner = _Body()
        _walk(data, body_start, end, inner_headers, inner, depth + 1)
        if cut:
            inner.warnings = [w for w in inner.warnings if "closing boundary missing" not in w]
        body.warnings.extend(inner.warnings)
        body.korean = body.korean or inner.korean
        body.embedded.append((inner_headers, inner))


_EMBEDDED_RAW_LIMIT = 2 * _RAW_PART_LIMIT
_BOUNDARY_LINE = re.compile(rb"^--([!-~][ -~]{0,68}[!-~]|[!-~])[ \t]*\r?$", re.MULTILINE)


def _sniff_boundary(data: bytes, start: int, end: int) -> str | None:
    """The boundary of a multipart whose Content-Type lost its parameter (a header folded badly): the first
    `--xyz` line of the body, trusted only when it comes back as a delimiter or a closing line."""
    match = _BOUNDARY_LINE.search(data, start, min(end, start + 65536))
    if match is None:
        return None
    candidate = match.group(1)
    if candidate.endswith(b"--"):
        return None
    if data.find(b"\n--" + candidate, match.end(), end) == -1:
        return None
    return candidate.decode("latin-1")


def _is_attached_eml(ctype: str, params: dict[str, str], disposition: bytes | None) -> bool:
    if ctype != "application/octet-stream":
        return False
    name = params.get("name", "")
    if not name.lower().endswith(".eml") and disposition is not None:
        name = content_type_params(disposition.decode("latin-1"), "attachment")[1].get("filename", "")
    return name.lower().endswith(".eml")


def _decode_embedded(data: bytes, start: int, end: int, encoding: str) -> tuple[bytes, bool]:
    """A transfer-encoded attached message, decoded from at most _EMBEDDED_RAW_LIMIT encoded bytes; and
    whether it was cut there."""
    cut = end - start > _EMBEDDED_RAW_LIMIT
    if cut:
        # End on a line boundary: base64 lines hold whole quanta, QP soft breaks stay whole.
        newline = data.rfind(b"\n", start, start + _EMBEDDED_RAW_LIMIT)
        end = newline + 1 if newline > start else start + _EMBEDDED_RAW_LIMIT
    payload = data[start:end]
    if encoding == "base64":
        return mailtext.b64decode_lenient(payload)[0], cut
    return binascii.a2b_qp(payload), cut


# A plain alternative this short may be only the notice's teaser ("[X] 메일 용량 95% 도달" over an HTML part that
# names the tenant and the limits); a third of the HTML's text is no rendering of the same mail.
_TEASER_MAX = 300
_TEASER_RATIO = 3
_TEASER_MISSING = 100  # characters the HTML says beyond the plain part, at least (Korean is dense)


def _readable_text(body: _Body) -> str:
    """text/plain preferred; HTML converted when it is all there is, the plain part is a stub, or the plain part
    is a short teaser of a much longer HTML part."""
    plain = [text for text in body.plain if text.strip()]
    if plain and not (body.html and all(mailtext.is_stub_text(text) for text in plain)):
        text = "\n\n".join(plain)
        if body.html and len(text.strip()) <= _TEASER_MAX:
            html = "\n\n".join(filter(None, (mailtext.html_to_text(h) for h in body.html)))
            shown, full = len(text.strip()), len(html.strip())
            if full >= _TEASER_RATIO * shown and full - shown >= _TEASER_MISSING:
                text = html
    else:
        text = "\n\n".join(filter(None, (mailtext.html_to_text(html) for html in body.html)))
        if not text.strip():
            text = "\n\n".join(plain)  # the HTML said nothing either: keep whatever the plain part had
    for inner_headers, inner in body.embedded:
        block = ["---------- Forwarded message ---------"]
        for label, name in (("From", "from"), ("Date", "date"), ("Subject", "subject"), ("To", "to")):
            value = _first(inner_headers, name)
            if value is not None:
                block.append(f"{label}: {_header_text(value)}")
        text = (text + "\n\n" if text else "") + "\n".join(block) + "\n\n" + _readable_text(inner)
    return text


# --------------------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Head:
    headers: dict[str, list[bytes]]
    body_start: int
    data: bytes


def _read_head(raw: RawMessage) -> _Head | SkippedMessage:
    data = raw.data
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # A mail saved as UTF-16 text by a Windows tool: the original was ASCII or 8-bit UTF-8 at heart.
        with contextlib.suppress(UnicodeDecodeError):
            data = data.decode("utf-16").encode("utf-8")
    if data[:1] in (b"\r", b"\n"):
        data = data.lstrip(b"\r\n")
    if not data.strip():
        return SkippedMessage(raw.source, "empty message")
    header_end, body_start = _header_end(data, 0, len(data))
    block = data[:header_end]
    if b"\x00" in block[:65536]:
        # A stray NUL from a broken mailer is not a binary file: a header field first and only a few NULs.
        nuls = block.count(b"\x00")
        if _HEADER_FIELD.match(block) is None or nuls > 8 + len(block) // 100:
            return SkippedMessage(raw.source, "binary data, not a mail (no RFC 5322 header block)")
        block = block.replace(b"\x00", b"")
        data = block + data[header_end:]
        body_start -= nuls
    headers = _parse_header_block(block)
    if not headers.keys() & _MAIL_HEADERS:
        return SkippedMessage(raw.source, "no mail headers found (not an RFC 5322 message)")
    return _Head(headers, body_start, data)


def _build(raw: RawMessage, head: _Head, *, with_body: bool, known: Message | None = None) -> Message:
    headers = head.headers
    warnings: list[str] = []
    problems: list[str] = []

    raw_subject = _first(headers, "subject") or b""
    raw_from = _header_text_raw(_first(headers, "from"))
    reply_to_list: tuple[Address, ...]
    list_original: tuple[Address, ...]
    if known is not None:
        # The same header block, already parsed by parse_headers(): keep its fields and header warnings.
        subject, sender, to = known.subject, known.sender, known.to
        reply_to_list = (known.reply_to,) if known.reply_to is not None else ()
        list_original = (known.list_original_sender,) if known.list_original_sender is not None else ()
        warnings.extend(w for w in known.warnings if w.startswith("header: ") or w == _NO_FROM)
    else:
        subject = _header_text(raw_subject, problems)
        senders = parse_address_list(raw_from, problems)
        if senders:
            sender = senders[0]
        else:
            sender = Address(name="", email="")
            warnings.append(_NO_FROM)
        to = ()
        for value in headers.get("to", ()):
            to += parse_address_list(_header_text_raw(value), problems)
        reply_to_list = parse_address_list(_header_text_raw(_first(headers, "reply-to")), problems)
        original = _first(headers, "x-original-sender") or _first(headers, "x-original-from")
        list_original = parse_address_list(_header_text_raw(original), problems) if original else ()

    body = _Body()
    text = ""
    if with_body:
        if raw.parts is not None:
            _decode_fetched_parts(raw.parts, body)
        else:
            _walk(head.data, head.body_start, len(head.data), headers, body, 0)
        text = _readable_text(body)
        warnings.extend(body.warnings)

    content_type = _first(headers, "content-type") or b""
    korean = (
        body.korean
        or mailtext.has_hangul(subject)
        or mailtext.has_hangul(sender.name)
        or sender.domain.endswith(".kr")
        or _KOREAN_LABEL.search(raw_subject.decode("latin-1") + raw_from + content_type.decode("latin-1")) is not None
        or (bool(text) and mailtext.has_hangul(text[:4000]))
    )
    raw_date = _first(headers, "date")
    date, date_problem = parse_date(_header_text(raw_date) if raw_date else None, korean=korean)
    if date_problem:
        warnings.append(date_problem)

    message_id = ""
    raw_id = _first(headers, "message-id")
    if known is not None and known.message_id and not known.message_id.endswith(_SYNTHETIC_ID):
        message_id = known.message_id
    elif raw_id:
        id_text = _header_text(raw_id)
        match = _MESSAGE_ID.search(id_text)
        message_id = match.group(0) if match else id_text.strip()
    if not message_id:
        # Stable across runs: the same bytes always give the same id.
        message_id = f"<{hashlib.sha256(raw.data).hexdigest()[:32]}{_SYNTHETIC_ID}"

    auth: list[AuthResults] = list(known.auth_results) if known is not None else []
    for value in headers.get("authentication-results", ()) if known is None else ():
        parsed = parse_authentication_results(_header_text(value))
        if parsed is not None:
            auth.append(parsed)

    precedence = (_first(headers, "precedence") or b"").strip().lower()
    bulk = "list-unsubscribe" in headers or precedence in (b"bulk", b"list", b"junk")

    split = mailtext.split_body(subject, text, korean=korean) if text else None
    for problem in problems:
        warnings.append(f"header: {problem}")
    return Message(
        source=raw.source,
        message_id=message_id,
        subject=subject,
        sender=sender,
        to=to,
        date=date,
        auth_results=tuple(auth),
        text=split.text if split else "",
        quoted=split.quoted if split else "",
        is_reply=split.is_reply if split else mailtext.subject_kind(subject) == "reply",
        forwarded=split.forwarded if split else (),
        reply_to=reply_to_list[0] if reply_to_list else None,
        list_original_sender=list_original[0] if list_original else None,
        list_unsubscribe=bulk,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _header_text_raw(value: bytes | None) -> str:
    """Header bytes as text, RFC 2047 words left encoded (address parsing decodes names after splitting)."""
    if not value:
        return ""
    text = value.decode("ascii") if value.isascii() else mailtext.decode_bytes(value, None)[0]
    return " ".join(text.split()) if ("\n" in text or "\t" in text or "\r" in text) else text


def _decode_fetched_parts(parts: tuple[RawPart, ...], body: _Body) -> None:
    for part in parts:
        ctype = part.content_type.strip().lower()
        if ctype not in ("text/plain", "text/html"):
            continue
        text = _decode_text_part(
            part.payload,
            charset=part.charset,
            cte=part.transfer_encoding,
            where=ctype,
            body=body,
            html=ctype == "text/html",
        )
        (body.plain if ctype == "text/plain" else body.html).append(text)


def parse_message(raw: RawMessage, headers: Message | None = None) -> Message | SkippedMessage:
    """Parse one mail; a mail that cannot be read becomes a SkippedMessage with the reason. Never raises.

    `headers`: what parse_headers() gave for this mail's header block (the IMAP prefilter has it already);
    its decoded header fields are reused instead of parsed a second time.
    """
    return _parse(raw, with_body=True, known=headers)


def parse_headers(raw: RawMessage) -> Message | SkippedMessage:
    """Headers only (text=""), for cheap prefiltering before the body is decoded."""
    return _parse(raw, with_body=False)


def _parse(raw: RawMessage, *, with_body: bool, known: Message | None = None) -> Message | SkippedMessage:
    try:
        head = _read_head(raw)
        if isinstance(head, SkippedMessage):
            return head
        return _build(raw, head, with_body=with_body, known=known)
    except Exception as exc:  # one hostile mail must not stop a scan; it is reported, not lost
        return SkippedMessage(raw.source, f"cannot parse mail: {type(exc).__name__}: {exc}")
