"""IMAP source: scans an account's folders read-only, incrementally, fetching only headers and text parts.

The only importer of imapclient (imported lazily: a cron run with nothing to do must start fast).

Guarantees:
- Read-only: folders are opened with EXAMINE, bodies read with BODY.PEEK; no STORE, EXPUNGE or SELECT, so no
  flag (\\Seen included) ever changes.
- Incremental: per folder, the caller's cursor (UIDVALIDITY, highest UID processed) decides what is new. The
  source never writes state: after iterating, `committed_cursors()` gives the cursors of folders that were read
  completely, for the caller to store in the same transaction as the findings. A folder that failed keeps its
  old cursor, so the state never advances past mail that was not processed.
- Cheap: one header FETCH per batch, an optional header prefilter (`wants_body`), a BODYSTRUCTURE FETCH of the
  mail the prefilter kept, then one FETCH per group of messages with the same text-part layout, each part capped
  by a partial fetch. Attachments are never fetched; text parts inside attached messages (message/rfc822,
  forwarded notices) are.
- The server is narrowed by date only (SEARCH SINCE): text is matched locally, never sent in SEARCH.
"""

from __future__ import annotations

import contextlib
import enum
import fnmatch
import imaplib
import queue
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from email.header import decode_header, make_header
from typing import Any, Protocol, TypeVar, cast

from noticewatch.config import AccountConfig
from noticewatch.errors import ConfigError, SourceError
from noticewatch.models import RawMessage, RawPart, ScanWarning
from noticewatch.secrets import AuthMethod, Credential, resolve_credential
from noticewatch.sources.base import Source

BATCH_SIZE = 250
MAX_PART_BYTES = 256 * 1024  # per text part; a notice's deadline is never 256 KB deep
MAX_TEXT_PARTS = 12  # digests can hold many; more than this is not a notice
MAX_DEPTH = 12  # nesting of multiparts and attached messages
MAX_ATTEMPTS = 3
RETRY_BACKOFF = 0.5  # seconds, doubled each attempt


# -- public types --------------------------------------------------------------------------------------------


class Cursor(Protocol):
    """What the state file remembers per account and folder (store.Store returns such objects)."""

    @property
    def uidvalidity(self) -> int: ...

    @property
    def last_uid(self) -> int: ...


class CursorLookup(Protocol):
    def get_cursor(self, account: str, folder: str) -> Cursor | None: ...


class NoCursors:
    """A CursorLookup that knows nothing: every folder is scanned from the `since` window."""

    def get_cursor(self, account: str, folder: str) -> Cursor | None:
        return None


@dataclass(frozen=True, slots=True)
class FolderCursor:
    """A folder read completely up to `last_uid` under `uidvalidity`; the caller stores it."""

    account: str
    folder: str
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True, slots=True)
class FolderProgress:
    """Progress of one folder: `done` of `total` messages (total 0 when there is nothing new)."""

    account: str
    folder: str
    done: int
    total: int


@dataclass(slots=True)
class ScanStats:
    folders: int = 0
    rescanned_folders: int = 0  # UIDVALIDITY changed or --full
    messages: int = 0  # messages whose headers were fetched
    header_only: int = 0  # ruled out by wants_body: body never fetched
    deferred: int = 0  # wants_body asked to decide after the account's last folder
    bodies: int = 0  # messages whose text parts were fetched
    part_bytes: int = 0
    reconnects: int = 0


class FailureKind(enum.StrEnum):
    """Why an account or folder could not be read; the first word of the one-line reason."""

    DNS = "DNS"
    TCP = "TCP"
    TLS = "TLS"
    AUTH = "auth"
    FOLDER = "folder missing"
    PROTOCOL = "IMAP"


class ImapError(SourceError):
    """An IMAP account or folder could not be read. `kind` says which layer failed."""

    def __init__(self, account: str, kind: FailureKind, reason: str) -> None:
        self.account = account
        self.kind = kind
        self.reason = reason
        super().__init__(f"{account}: {kind.value}: {reason}")


ClientFactory = Callable[[AccountConfig, "ssl.SSLContext | None"], Any]
ProgressCallback = Callable[[FolderProgress], None]
# wants_body's answer for one header block: fetch the body or not, or "ask me again once every folder of the
# account has been read" (a receipt that matters only if a notice turns up somewhere in the mailbox).
BodyDecision = bool | Callable[[], bool]


def tls_warnings(account: AccountConfig) -> list[str]:
    """Warnings the CLI must show loudly for this account's transport security."""
    out = []
    if account.security == "none":
        out.append(
            f"account {account.display_name}: security: none — the password and all mail cross the network unencrypted"
        )
    elif not account.verify_tls:
        out.append(
            f"account {account.display_name}: TLS certificate verification is OFF (verify_tls: false) — "
            "anyone on the network path can impersonate the server and read the password"
        )
    return out


# -- BODYSTRUCTURE -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextPartRef:
    """A text part to fetch: its IMAP section ("1", "2.1", ...) and how to decode it."""

    section: str
    content_type: str
    charset: str | None
    transfer_encoding: str | None
    size: int


@dataclass(frozen=True, slots=True)
class ForwardedEnvelope:
    """Envelope of an attached message (message/rfc822), taken from BODYSTRUCTURE at no extra cost."""

    position: int  # index in the text-part list where its text starts
    sender: str
    date: str
    subject: str


def _s(v: Any) -> str:
    if isinstance(v, bytes):
        return v.decode("ascii", "replace")
    return "" if v is None else str(v)


def _params(v: Any) -> dict[str, str]:
    if not isinstance(v, (tuple, list)):
        return {}
    items = list(v)
    return {_s(items[i]).lower(): _s(items[i + 1]) for i in range(0, len(items) - 1, 2)}


def _disposition(v: Any) -> str:
    if isinstance(v, (tuple, list)) and v:
        return _s(v[0]).lower()
    return ""


def _is_multipart(node: Any) -> bool:
    return isinstance(node, (tuple, list)) and len(node) > 0 and isinstance(node[0], (tuple, list))


def text_parts(structure: Any) -> tuple[list[TextPartRef], list[ForwardedEnvelope]]:
    """The text/plain and text/html parts of a BODYSTRUCTURE, in order, attachments excluded.

    Handles nested multiparts and attached messages (message/rfc822: a forwarded notice is evidence, so its
    text parts count and its envelope is returned). Raises ValueError on a structure it cannot read.
    """
    refs: list[TextPartRef] = []
    envelopes: list[ForwardedEnvelope] = []

    def walk(node: Any, section: str, depth: int) -> None:
        if depth > MAX_DEPTH:
            return
        if not isinstance(node, (tuple, list)) or not node:
            raise ValueError("malformed BODYSTRUCTURE")
        if _is_multipart(node):
            # imapclient nests the children in a list at [0]; a raw tuple has them first, then the subtype.
            if isinstance(node[0], list):
                children = node[0]
            else:
                children = []
                for c in node:
                    if not isinstance(c, (tuple, list)):
                        break
                    children.append(c)
            for i, child in enumerate(children, 1):
                walk(child, f"{section}.{i}" if section else str(i), depth + 1)
            return
        if len(node) < 7:
            raise ValueError("malformed BODYSTRUCTURE part")
        maintype, subtype = _s(node[0]).lower(), _s(node[1]).lower()
        own = section or "1"
        if maintype == "message" and subtype in ("rfc822", "global") and len(node) > 8:
            envelopes.append(_envelope(node[7], len(refs)))
            inner = node[8]
            # The body of an attached message is numbered under the attachment's section; a single-part
            # body is its ".1".
            if _is_multipart(inner):
                walk(inner, own, depth + 1)
            else:
                walk(inner, f"{own}.1", depth + 1)
            return
        if maintype != "text" or subtype not in ("plain", "html"):
            return
        ext_disposition = node[9] if len(node) > 9 else None
        if _disposition(ext_disposition) == "attachment":
            return
        params = _params(node[2])
        try:
            size = int(node[6] or 0)
        except (TypeError, ValueError):
            size = 0
        encoding = _s(node[5]).lower() or None
        refs.append(TextPartRef(own, f"text/{subtype}", params.get("charset") or None, encoding, size))

    walk(structure, "", 0)
    return refs[:MAX_TEXT_PARTS], envelopes


def _decode_words(v: Any) -> str:
    raw = v.decode("latin-1") if isinstance(v, bytes) else _s(v)
    try:
        return str(make_header(decode_header(raw)))
    except Exception:  # a malformed encoded-word: keep it as sent
        return raw


def _envelope(env: Any, position: int) -> ForwardedEnvelope:
    # ENVELOPE: (date subject from sender reply-to to cc bcc in-reply-to message-id); from is a list of
    # (name adl mailbox host).
    if not isinstance(env, (tuple, list)) or len(env) < 3:
        return ForwardedEnvelope(position, "", "", "")
    sender = ""
    frm = env[2]
    if isinstance(frm, (tuple, list)) and frm and isinstance(frm[0], (tuple, list)) and len(frm[0]) >= 4:
        name, _adl, mailbox, host = frm[0][:4]
        addr = f"{_s(mailbox)}@{_s(host)}"
        sender = f"{_decode_words(name)} <{addr}>" if name else addr
    return ForwardedEnvelope(position, sender, _s(env[0]), _decode_words(env[1]))


def _forward_block(env: ForwardedEnvelope) -> RawPart:
    """The attached message's header as a forward block, so the parser treats it like an inline forward."""
    text = f"---------- Forwarded message ---------\nFrom: {env.sender}\nDate: {env.date}\nSubject: {env.subject}\n\n"
    return RawPart("text/plain", "utf-8", "8bit", text.encode("utf-8"))


# The header fields parsing and the rules read (noticewatch.parse keeps only these), plus those that only show
# the data is a mail. Fetching these instead of the whole header (Received, DKIM-Signature, ARC-* ...) halves
# the header bytes every scanned message costs.
HEADER_FIELDS = (
    "FROM", "TO", "CC", "SUBJECT", "DATE", "MESSAGE-ID", "REPLY-TO", "SENDER", "LIST-UNSUBSCRIBE", "PRECEDENCE",
    "AUTHENTICATION-RESULTS", "CONTENT-TYPE", "CONTENT-TRANSFER-ENCODING", "CONTENT-DISPOSITION", "MIME-VERSION",
    "RETURN-PATH", "DELIVERED-TO", "X-ORIGINAL-SENDER", "X-ORIGINAL-FROM",
)  # fmt: skip
_HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]".encode()


_FETCH_START = re.compile(rb"^(\d+) \(")
_FETCH_UID = re.compile(rb"(?:^|[ (])UID (\d+)")
_FETCH_SIZE = re.compile(rb"(?:^|[ (])RFC822\.SIZE (\d+)")
_FETCH_HEADER_LITERAL = re.compile(rb"BODY\[HEADER\.FIELDS \([^)]*\)\] \{\d+\}$", re.IGNORECASE)


class _UnexpectedFetch(ValueError):
    """A FETCH response the fast header reader does not know: imapclient's general parser reads it instead."""


def parse_header_fetch(data: Sequence[Any]) -> dict[int, tuple[bytes, int]]:
    """UID -> (header block, RFC822.SIZE) from imaplib's raw answer to a UID FETCH of `_HEADER_ITEM` and the size.

    imapclient tokenizes every non-literal byte of a response in Python, and servers echo the whole field list
    in each response: ~2 KB of lexing per message, most of a header scan's client CPU. This reads only the
    shape that FETCH answers (`n (UID u RFC822.SIZE s BODY[HEADER.FIELDS (...)] {len}` + literal + rest, items
    in any order); anything else raises _UnexpectedFetch.
    """
    out: dict[int, tuple[bytes, int]] = {}
    current: list[bytes] | None = None
    header: bytes | None = None

    def finish() -> None:
        if current is None:
            return
        line = b" ".join(current)
        uid, size = _FETCH_UID.search(line), _FETCH_SIZE.search(line)
        if uid is None or size is None or header is None:
            raise _UnexpectedFetch(line[:200].decode("ascii", "replace"))
        out[int(uid.group(1))] = (header, int(size.group(1)))

    for element in data:
        if isinstance(element, tuple) and len(element) == 2:
            prefix, literal = element
            if not isinstance(prefix, bytes) or not isinstance(literal, bytes):
                raise _UnexpectedFetch(repr(element)[:200])
            if _FETCH_START.match(prefix):
                finish()
                current, header = [], None
            elif current is None:
                raise _UnexpectedFetch(prefix[:200].decode("ascii", "replace"))
            if not _FETCH_HEADER_LITERAL.search(prefix) or header is not None:
                raise _UnexpectedFetch(prefix[:200].decode("ascii", "replace"))
            current.append(prefix)
            header = literal
        elif isinstance(element, bytes):
            if current is not None and element[:1] in (b" ", b")"):
                current.append(element)
            elif _FETCH_START.match(element) and b"BODY[" not in element.upper():
                # An unsolicited FETCH (a flag change by another client) carries no header of ours.
                continue
            else:
                raise _UnexpectedFetch(element[:200].decode("ascii", "replace"))
        elif element is not None:
            raise _UnexpectedFetch(repr(element)[:200])
    finish()
    return out


def _header_of(data: dict[bytes, Any]) -> bytes:
    """The header block in a FETCH response (servers echo the field list in their own spelling)."""
    for key, value in data.items():
        if key.startswith(b"BODY[HEADER") and value is not None:
            return bytes(value)
    return b""


def _trim_partial(payload: bytes, size: int, cap: int) -> bytes:
    """A capped part ends mid-line; cut at the last line break so base64/QP decoders see whole lines."""
    if size > cap and len(payload) >= cap:
        cut = payload.rfind(b"\n")
        if cut > 0:
            return payload[: cut + 1]
    return payload


# -- connection ----------------------------------------------------------------------------------------------


def _ssl_context(account: AccountConfig) -> ssl.SSLContext | None:
    if account.security == "none":
        return None
    ctx = ssl.create_default_context(cafile=str(account.ca_file) if account.ca_file else None)
    if not account.verify_tls:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def open_imapclient(account: AccountConfig, ctx: ssl.SSLContext | None) -> Any:
    """The default client factory: a connected, not yet authenticated imapclient.IMAPClient."""
    import logging

    import imapclient

    # imapclient logs every command line at DEBUG, LOGIN's password included: keep it quiet even when the
    # application turns on debug logging.
    logging.getLogger("imapclient").setLevel(logging.INFO)
    client = imapclient.IMAPClient(
        account.host,
        port=account.effective_port,
        ssl=account.security == "tls",
        ssl_context=ctx,
        timeout=account.timeout,
    )
    # imapclient sets imaplib's debug level to 5, and imaplib then %r-formats every response line, fetched
    # bodies included, even though nothing is logged: ~7x the client CPU of a full fetch.
    client._imap.debug = 0
    return client


def _classify_connect(exc: BaseException, account: AccountConfig) -> tuple[FailureKind, str]:
    where = f"{account.host}:{account.effective_port}"
    if isinstance(exc, socket.gaierror):
        return FailureKind.DNS, f"cannot resolve host {account.host!r}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = exc.verify_message or exc.reason or "certificate verify failed"
        return FailureKind.TLS, f"certificate verify failed for {where}: {detail} (set ca_file for a private CA)"
    if isinstance(exc, ssl.SSLError):
        return FailureKind.TLS, f"TLS handshake with {where} failed: {exc.reason or exc}"
    if isinstance(exc, ConnectionRefusedError):
        return FailureKind.TCP, f"connection refused by {where}"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return FailureKind.TCP, f"timed out connecting to {where}"
    if isinstance(exc, OSError):
        return FailureKind.TCP, f"cannot connect to {where}: {exc.strerror or exc}"
    return FailureKind.PROTOCOL, f"{where}: {type(exc).__name__}: {exc}"


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "**********") if secret else text


def _server_text(error: BaseException) -> str:
    """The server's words from an imaplib/imapclient error, without the b'...' that imaplib leaves around them."""
    text = str(error)
    if len(text) >= 3 and text[:2] in ("b'", 'b"') and text[-1] == text[1]:
        text = text[2:-1]
    return text


def _is_connection_error(exc: BaseException) -> bool:
    """A dropped or broken connection (worth a reconnect), as opposed to a server's NO/BAD answer."""
    return isinstance(exc, (OSError, EOFError, imaplib.IMAP4.abort))


def connect(
    account: AccountConfig,
    credential: Credential,
    client_factory: ClientFactory = open_imapclient,
) -> Any:
    """Connect, negotiate TLS and authenticate; every failure is an ImapError with its layer named."""
    from imapclient.exceptions import CapabilityError, LoginError

    who = account.display_name
    ctx = _ssl_context(account)
    try:
        client = client_factory(account, ctx)
    except Exception as e:
        kind, reason = _classify_connect(e, account)
        raise ImapError(who, kind, reason) from None
    try:
        if account.security == "starttls":
            try:
                client.starttls(ctx)
            except CapabilityError:
                raise ImapError(who, FailureKind.TLS, "server does not offer STARTTLS") from None
            except Exception as e:
                kind, reason = _classify_connect(e, account)
                if kind is not FailureKind.TLS:
                    kind, reason = FailureKind.TLS, f"STARTTLS failed: {reason}"
                raise ImapError(who, kind, reason) from None
        secret = credential.secret.get_secret_value()
        try:
            if credential.method is AuthMethod.XOAUTH2:
                client.oauth2_login(credential.username, secret)
            else:
                client.login(credential.username, secret)
        except LoginError as e:
            how = "XOAUTH2 token" if credential.method is AuthMethod.XOAUTH2 else "password"
            server_says = _scrub(_server_text(e), secret)[:200]
            raise ImapError(
                who, FailureKind.AUTH, f"login as {credential.username!r} rejected ({how}): {server_says}"
            ) from None
        except Exception as e:
            if _is_connection_error(e):
                kind, reason = _classify_connect(e, account)
                raise ImapError(who, kind, _scrub(reason, secret)) from None
            raise ImapError(who, FailureKind.PROTOCOL, _scrub(f"login failed: {e}", secret)[:200]) from None
    except BaseException:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise
    return client


def _close(client: Any) -> None:
    with contextlib.suppress(Exception):
        client.logout()
    with contextlib.suppress(Exception):
        client.shutdown()


def resolve_folders(client: Any, patterns: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """Expand configured folder names and globs (`Vendors/*`) against LIST.

    Returns (folders in config order without duplicates, names that do not exist, globs that matched
    nothing). The user writes "/" as the separator; servers using "." (Courier-style INBOX.Vendors) are
    matched too.
    """
    listed = client.list_folders()
    names: list[str] = []
    delimiter = "/"
    for flags, delim, name in listed:
        flagset = {_s(f).lower() for f in flags}
        if delim:
            delimiter = _s(delim)
        if "\\noselect" in flagset or "\\nonexistent" in flagset:
            continue
        names.append(name if isinstance(name, str) else _s(name))

    def norm(n: str) -> str:
        # INBOX is case-insensitive (RFC 3501), other names are not.
        if n.upper() == "INBOX" or n.upper().startswith("INBOX" + delimiter):
            return "INBOX" + n[5:]
        return n

    by_norm = {norm(n): n for n in names}
    found: list[str] = []
    missing: list[str] = []
    empty_globs: list[str] = []
    for pattern in patterns:
        server_pattern = pattern.replace("/", delimiter) if delimiter != "/" else pattern
        # An exact name wins over glob syntax: Gmail's "[Gmail]/All Mail" is a name, not a character class.
        real = by_norm.get(norm(server_pattern))
        if real is not None:
            if real not in found:
                found.append(real)
        elif any(c in pattern for c in "*?["):
            matched = [n for n in names if fnmatch.fnmatchcase(norm(n), norm(server_pattern))]
            if not matched:
                empty_globs.append(pattern)
            found.extend(m for m in matched if m not in found)
        else:
            missing.append(pattern)
    return found, missing, empty_globs


# -- the source ----------------------------------------------------------------------------------------------


class _ConnectionLost(Exception):
    pass


@dataclass(slots=True)
class _FolderRun:
    """Where a folder scan stands, so a retry resumes after the last message handed out."""

    folder: str
    uidvalidity: int = 0
    uids: list[int] = field(default_factory=list)
    done_uid: int = 0
    high_water: int = 0  # highest UID known to be covered once the folder completes
    started: bool = False
    # UID -> ask-again of mail whose body wants_body decides at the account's end (its header block is fetched
    # again if so: holding thousands of receipts' headers until then would cost more than that round trip).
    deferred: dict[int, Callable[[], bool]] = field(default_factory=dict)
    deferred_done: int = 0
    completed: bool = False  # every UID read (the cursor is committed unless the deferred pass fails)
    failed: bool = False  # reported as not scanned completely

    @property
    def progress(self) -> int:
        """Grows whenever the scan gets further: tells a flaky link from a folder that fails at one place."""
        return self.done_uid + self.deferred_done


@dataclass(slots=True)
class _Connection:
    client: Any
    credential: Credential


class _ServerGone(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ImapSource:
    """One IMAP account as a Source (sources/base.py).

    Iterate `messages()` once; afterwards `committed_cursors()` are the folders read completely (store them
    with the findings), `failed_folders()` those that were not (their cursor stays where it was: count them as
    "could not check" for the exit code).
    """

    def __init__(
        self,
        account: AccountConfig,
        *,
        cursors: CursorLookup,
        since_date: date,
        full: bool = False,
        wants_body: Callable[[bytes], BodyDecision] | None = None,
        client_factory: ClientFactory = open_imapclient,
        progress: ProgressCallback | None = None,
        batch_size: int = BATCH_SIZE,
        max_part_bytes: int = MAX_PART_BYTES,
        max_attempts: int = MAX_ATTEMPTS,
        retry_backoff: float = RETRY_BACKOFF,
        credential: Credential | None = None,
    ) -> None:
        self.account = account
        self._cursors = cursors
        # scan_accounts() reroutes lookups to the thread that owns the store (SQLite objects are per thread).
        self._get_cursor: Callable[[str, str], Cursor | None] = cursors.get_cursor
        self._since = since_date
        self._full = full
        self._wants_body = wants_body
        self._factory = client_factory
        self._progress = progress
        self._batch = max(1, batch_size)
        self._cap = max(1024, max_part_bytes)
        self._attempts = max(1, max_attempts)
        self._backoff = retry_backoff
        self._credential = credential
        self._open_client: Any = None  # left connected by has_new_mail() for messages()
        self._committed: list[FolderCursor] = []
        self._failed: list[ScanWarning] = []
        self.stats = ScanStats()

    @property
    def name(self) -> str:
        return self.account.display_name

    def location(self, folder: str, uid: int | None = None) -> str:
        base = f"imap://{self.account.username}@{self.account.host}/{folder}"
        return f"{base};UID={uid}" if uid is not None else base

    def security_warnings(self) -> list[str]:
        return tls_warnings(self.account)

    def committed_cursors(self) -> list[FolderCursor]:
        return list(self._committed)

    def failed_folders(self) -> list[ScanWarning]:
        """The warnings (already yielded by messages()) of folders not read completely in the last iteration.

        Their cursors are not in committed_cursors(); a non-empty list means "could not check" (exit code 3).
        """
        return list(self._failed)

    def has_new_mail(self) -> bool:
        """Whether messages() would yield anything: new UIDs, a folder to (re)scan, or a warning.

        Costs one login and an EXAMINE per folder, no FETCH. When it answers True the connection is kept for
        messages(); when False it is closed. Lets a cron run with nothing new skip loading the rules. Raises
        ImapError like messages().
        """
        if self._full or self.security_warnings():
            return True
        self._credential = self._credential or resolve_credential(self.account)
        client = self._open_client or connect(self.account, self._credential, self._factory)
        self._open_client = client
        try:
            folders, missing, empty_globs = resolve_folders(client, self.account.folders)
            if missing or empty_globs:
                return True
            for folder in folders:
                info = client.select_folder(folder, readonly=True)
                cursor = self._get_cursor(self.name, folder)
                uidnext = info.get(b"UIDNEXT")
                if cursor is None or cursor.uidvalidity != int(info.get(b"UIDVALIDITY") or 0) or uidnext is None:
                    return True
                if int(info.get(b"EXISTS") or 0) and int(uidnext) > cursor.last_uid + 1:
                    return True
        except Exception as e:
            self.close()
            if isinstance(e, ImapError):
                raise
            return True  # let messages() connect afresh, retry and report it properly
        self.close()  # nothing to read: do not leave a session open for a messages() that may never come
        return False

    def close(self) -> None:
        """Log out a connection has_new_mail() left open (messages() closes its own)."""
        if self._open_client is not None:
            _close(self._open_client)
            self._open_client = None

    # -- iteration -------------------------------------------------------------------------------------------

    def messages(self) -> Iterator[RawMessage | ScanWarning]:
        self._committed = []
        self._failed = []
        self.stats = ScanStats()
        for text in self.security_warnings():
            yield ScanWarning(self.location(""), text)
        credential = self._credential or resolve_credential(self.account)
        self._credential = credential
        client: Any = self._open_client
        self._open_client = None
        if client is None:
            client = connect(self.account, credential, self._factory)  # ImapError: the account is unusable
        try:
            try:
                folders, missing, empty_globs = resolve_folders(client, self.account.folders)
            except Exception as e:
                raise ImapError(self.name, FailureKind.PROTOCOL, f"LIST failed: {e}") from None
            for pattern in missing:
                warning = ScanWarning(
                    self.location(pattern),
                    f"{FailureKind.FOLDER.value}: {pattern!r} does not exist on the server",
                    unreachable=True,
                )
                self._failed.append(warning)
                yield warning
            for pattern in empty_globs:
                yield ScanWarning(self.location(pattern), f"no folder matches {pattern!r}")
            conn = _Connection(client, credential)
            runs: dict[str, _FolderRun] = {}
            try:
                for folder in folders:
                    runs[folder] = run = _FolderRun(folder)
                    yield from self._attempt(conn, run, self._scan_folder)
                # Mail wants_body deferred is decided once every folder has been read: the notice that makes
                # a receipt worth reading may sit in a later folder.
                for run in runs.values():
                    if run.deferred and run.completed:
                        yield from self._attempt(conn, run, self._finish_deferred)
            except _ServerGone as gone:
                # The server is gone: do not spend the back-off on every remaining folder.
                for folder in folders:
                    run_or_none = runs.get(folder)
                    if run_or_none is None or (
                        not run_or_none.failed and (not run_or_none.completed or run_or_none.deferred)
                    ):
                        yield self._fail(folder, gone.reason)
            client = conn.client
        finally:
            if client is not None:
                _close(client)

    def _attempt(
        self, conn: _Connection, run: _FolderRun, step: Callable[[Any, _FolderRun], Iterator[RawMessage]]
    ) -> Iterator[RawMessage | ScanWarning]:
        """Run one step of a folder's scan, reconnecting with back-off; a folder that keeps failing is reported.

        Raises _ServerGone when the server itself cannot be reached or refuses the login.
        """
        attempt = 0
        failed_at = -1  # run.progress at the last failure
        while True:
            try:
                if conn.client is None:
                    conn.client = connect(self.account, conn.credential, self._factory)
                    self.stats.reconnects += 1
                yield from step(conn.client, run)
                return
            except ImapError as e:
                # A folder-level refusal (EXAMINE said NO) or a reconnect that failed.
                if e.kind is FailureKind.FOLDER or attempt + 1 >= self._attempts:
                    if e.kind in (FailureKind.DNS, FailureKind.TCP, FailureKind.TLS, FailureKind.AUTH):
                        raise _ServerGone(f"{e.kind.value}: {e.reason}") from None
                    run.failed = True
                    yield self._fail(run.folder, f"{e.kind.value}: {e.reason}")
                    return
                attempt += 1
                if conn.client is not None:
                    _close(conn.client)
                conn.client = None
                time.sleep(self._backoff * 2 ** (attempt - 1))
            except _ConnectionLost as e:
                _close(conn.client)
                conn.client = None
                if run.progress > failed_at >= 0:
                    attempt = 0  # it got further than last time: a flaky link, not a dead folder
                failed_at = run.progress
                attempt += 1
                if attempt >= self._attempts:
                    run.failed = True
                    yield self._fail(run.folder, f"connection lost {attempt} times, last: {e}")
                    return
                time.sleep(self._backoff * 2 ** (attempt - 1))

    def _fail(self, folder: str, reason: str) -> ScanWarning:
        warning = ScanWarning(
            self.location(folder),
            f"folder not scanned completely ({reason}); its state was not advanced and it is retried next run",
            unreachable=True,  # the check cannot be trusted: exit code 3, not a footnote
        )
        self._failed.append(warning)
        # A folder whose deferred mail could not be read must not advance either.
        self._committed = [c for c in self._committed if c.folder != folder]
        return warning

    def _report(self, folder: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(FolderProgress(self.name, folder, done, total))

    def _examine(self, client: Any, folder: str) -> Any:
        try:
            return client.select_folder(folder, readonly=True)  # EXAMINE
        except Exception as e:
            if _is_connection_error(e):
                raise _ConnectionLost(f"EXAMINE {folder}: {e}") from None
            raise ImapError(self.name, FailureKind.FOLDER, f"cannot open {folder!r}: {e}") from None

    @contextlib.contextmanager
    def _fetch_errors(self, folder: str) -> Iterator[None]:
        """A FETCH that failed: a lost connection (retried) or the server's refusal (the folder fails)."""
        try:
            yield
        except Exception as e:
            if _is_connection_error(e):
                raise _ConnectionLost(f"FETCH in {folder}: {e}") from None
            raise ImapError(self.name, FailureKind.PROTOCOL, f"FETCH in {folder!r} failed: {e}") from None

    def _scan_folder(self, client: Any, run: _FolderRun) -> Iterator[RawMessage]:
        folder = run.folder
        info = self._examine(client, folder)
        uidvalidity = int(info.get(b"UIDVALIDITY") or 0)
        uidnext = info.get(b"UIDNEXT")
        exists = int(info.get(b"EXISTS") or 0)
        if run.started and uidvalidity != run.uidvalidity:
            # Renumbered between attempts: what we handed out may be renumbered too; start the folder afresh.
            run.uids, run.done_uid, run.started = [], 0, False
            run.deferred.clear()
        if not run.started:
            run.uidvalidity = uidvalidity
            self.stats.folders += 1
            try:
                run.uids, run.high_water = self._plan(client, folder, uidvalidity, uidnext, exists)
            except Exception as e:
                if _is_connection_error(e):
                    raise _ConnectionLost(f"SEARCH {folder}: {e}") from None
                raise ImapError(self.name, FailureKind.PROTOCOL, f"SEARCH in {folder!r} failed: {e}") from None
            run.started = True
        todo = [u for u in run.uids if u > run.done_uid]
        total = len(run.uids)
        self._report(folder, total - len(todo), total)
        for start in range(0, len(todo), self._batch):
            batch = todo[start : start + self._batch]
            with self._fetch_errors(folder):
                fetched = self._fetch_batch(client, run, batch)
            yield from fetched
            run.done_uid = batch[-1]
            self._report(folder, total - len(todo) + start + len(batch), total)
        last = max([run.high_water, *run.uids]) if run.uids else run.high_water
        self._committed.append(FolderCursor(self.name, folder, uidvalidity, last))
        run.completed = True

    def _finish_deferred(self, client: Any, run: _FolderRun) -> Iterator[RawMessage]:
        """Fetch the bodies of deferred mail that wants_body, asked again, now wants."""
        folder = run.folder
        info = self._examine(client, folder)
        if int(info.get(b"UIDVALIDITY") or 0) != run.uidvalidity:
            # Renumbered since it was read: the remembered UIDs no longer name those mails.
            raise ImapError(self.name, FailureKind.FOLDER, f"{folder!r} was renumbered (UIDVALIDITY) during the scan")
        wanted: list[int] = []
        for uid in sorted(run.deferred):
            if run.deferred[uid]():
                wanted.append(uid)
            else:
                del run.deferred[uid]
                self.stats.header_only += 1
        for start in range(0, len(wanted), self._batch):
            batch = wanted[start : start + self._batch]
            with self._fetch_errors(folder):
                heads = {
                    uid: {_HEADER_KEY: header, b"RFC822.SIZE": size}
                    for uid, (header, size) in _fetch_headers(client, batch).items()
                }
                fetched = self._fetch_bodies(client, folder, [u for u in batch if u in heads], heads, structured=None)
            yield from fetched
            for uid in batch:
                del run.deferred[uid]
            run.deferred_done += len(batch)

    def _plan(self, client: Any, folder: str, uidvalidity: int, uidnext: Any, exists: int) -> tuple[list[int], int]:
        """UIDs to read, and the UID the cursor may advance to once they are read."""
        cursor = None if self._full else self._get_cursor(self.name, folder)
        # Every message below UIDNEXT existed when the folder was opened, so the search below saw it.
        below_next = int(uidnext) - 1 if uidnext else 0
        if cursor is not None and cursor.uidvalidity == uidvalidity:
            first = cursor.last_uid + 1
            if exists == 0 or (uidnext is not None and int(uidnext) <= first):
                return [], max(cursor.last_uid, 0)
            # "first:*" always matches the highest UID even when it is below `first`: filter.
            uids = [int(u) for u in client.search(["UID", f"{first}:*"]) if int(u) >= first]
            return sorted(uids), max(cursor.last_uid, below_next)
        if cursor is not None:
            self.stats.rescanned_folders += 1
        if exists == 0:
            return [], below_next
        uids = [int(u) for u in client.search(["SINCE", self._since])]
        return sorted(uids), below_next

    def _fetch_batch(self, client: Any, run: _FolderRun, batch: list[int]) -> list[RawMessage]:
        structured: bool | None
        if self._wants_body is None:
            heads, structured = self._fetch_structured(client, batch, [_HEADER_ITEM, b"RFC822.SIZE"])
            wanted = [uid for uid in batch if uid in heads]
        else:
            # Headers first: mail the prefilter rules out never has its BODYSTRUCTURE fetched or parsed
            # (parsing BODYSTRUCTURE is most of imapclient's client-side work), for one more round trip.
            heads = {
                uid: {_HEADER_KEY: header, b"RFC822.SIZE": size}
                for uid, (header, size) in _fetch_headers(client, batch).items()
            }
            wanted = []
            for uid in batch:
                data = heads.get(uid)
                if data is None:  # expunged since the search
                    continue
                decision = self._wants_body(_header_of(data))
                if decision is True:
                    wanted.append(uid)
                elif decision is False:
                    self.stats.header_only += 1
                else:
                    run.deferred[uid] = decision
                    self.stats.deferred += 1
            structured = None
        self.stats.messages += len(heads)
        return self._fetch_bodies(client, run.folder, wanted, heads, structured)

    def _fetch_bodies(
        self, client: Any, folder: str, wanted: list[int], heads: dict[int, Any], structured: bool | None
    ) -> list[RawMessage]:
        """The text parts of `wanted` (in that order); `structured` None: their BODYSTRUCTURE is fetched first."""
        if structured is None:
            structured = False
            if wanted:
                structures, structured = self._fetch_structured(client, wanted, [])
                for uid in wanted:
                    if uid in structures:
                        heads[uid][b"BODYSTRUCTURE"] = structures[uid].get(b"BODYSTRUCTURE")

        plans: dict[int, tuple[bytes, list[TextPartRef] | None, list[ForwardedEnvelope], int]] = {}
        for uid in wanted:
            data = heads[uid]
            header = _header_of(data)
            refs: list[TextPartRef] | None = None
            envelopes: list[ForwardedEnvelope] = []
            if structured and data.get(b"BODYSTRUCTURE") is not None:
                try:
                    refs, envelopes = text_parts(data.get(b"BODYSTRUCTURE"))
                except (ValueError, IndexError, TypeError):
                    refs = None
            plans[uid] = (header, refs, envelopes, int(data.get(b"RFC822.SIZE") or 0))

        # One FETCH per distinct text-part layout: most mail shares a handful ("1", "1.1 1.2", ...).
        groups: dict[tuple[str, ...] | None, list[int]] = {}
        for uid, (_h, refs, _e, _size) in plans.items():
            key = tuple(r.section for r in refs) if refs is not None else None
            groups.setdefault(key, []).append(uid)
        bodies: dict[int, dict[bytes, Any]] = {}
        for sections, uids in groups.items():
            if sections == ():
                continue
            if sections is None:
                items = [f"BODY.PEEK[TEXT]<0.{self._cap}>".encode()]
            else:
                items = [f"BODY.PEEK[{s}]<0.{self._cap}>".encode() for s in sections]
            bodies.update(client.fetch(uids, items))

        out: list[RawMessage] = []
        for uid in wanted:
            if uid not in plans:
                continue
            header, refs, envelopes, size = plans[uid]
            got = bodies.get(uid, {})
            source = self.location(folder, uid)
            self.stats.bodies += 1
            if refs is None:
                text = _trim_partial(_section(got, "TEXT") or b"", size - len(header), self._cap)
                self.stats.part_bytes += len(text)
                out.append(RawMessage(source=source, data=header + text))
                continue
            parts: list[RawPart] = []
            env_at = {e.position: e for e in envelopes}
            for i, ref in enumerate(refs):
                if i in env_at:
                    parts.append(_forward_block(env_at.pop(i)))
                payload = _trim_partial(_section(got, ref.section) or b"", ref.size, self._cap)
                self.stats.part_bytes += len(payload)
                parts.append(RawPart(ref.content_type, ref.charset, ref.transfer_encoding, payload))
            # An attached message with no text of its own still names its sender and subject.
            parts.extend(_forward_block(e) for e in env_at.values())
            out.append(RawMessage(source=source, data=header, parts=tuple(parts)))
        return out

    @staticmethod
    def _fetch_structured(client: Any, uids: list[int], items: list[bytes]) -> tuple[dict[int, Any], bool]:
        """FETCH `items` plus BODYSTRUCTURE; without BODYSTRUCTURE when imapclient cannot parse one of them."""
        from imapclient.exceptions import ProtocolError

        try:
            return dict(client.fetch(uids, [*items, b"BODYSTRUCTURE"])), True
        except (ProtocolError, ValueError, IndexError, TypeError):
            # imapclient could not parse some BODYSTRUCTURE: read this batch without it (whole TEXT, capped).
            return (dict(client.fetch(uids, items)) if items else {}), False


_HEADER_KEY = b"BODY[HEADER.FIELDS]"


def _fetch_headers(client: Any, uids: list[int]) -> dict[int, tuple[bytes, int]]:
    """UID -> (header fields block, size) for `uids`: the raw reader when it can, imapclient otherwise."""
    imap = getattr(client, "_imap", None)
    if imap is not None and hasattr(imap, "uid"):
        typ, data = imap.uid("FETCH", ",".join(str(u) for u in uids), f"({_HEADER_ITEM.decode()} RFC822.SIZE)")
        if typ != "OK":
            raise imaplib.IMAP4.error(f"FETCH failed: {data[-1] if data else typ}")
        try:
            asked = set(uids)
            return {uid: got for uid, got in parse_header_fetch(data).items() if uid in asked}
        except _UnexpectedFetch:
            pass
    fetched = client.fetch(uids, [_HEADER_ITEM, b"RFC822.SIZE"])
    return {uid: (_header_of(d), int(d.get(b"RFC822.SIZE") or 0)) for uid, d in fetched.items()}


def _section(data: dict[bytes, Any], section: str) -> bytes | None:
    for key in (f"BODY[{section}]<0>".encode(), f"BODY[{section}]".encode()):
        value = data.get(key)
        if value is not None:
            return bytes(value)
    return None


# -- checks --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One line of `mailboxes check`: an account (folder None) or one of its folders."""

    account: str
    folder: str | None
    ok: bool
    kind: str  # "ok" or a FailureKind value
    detail: str


def check_account(
    account: AccountConfig,
    *,
    client_factory: ClientFactory = open_imapclient,
    credential: Credential | None = None,
) -> list[CheckResult]:
    """Connect, log in and EXAMINE every configured folder; one result per folder (or one for the account)."""
    who = account.display_name
    try:
        cred = credential or resolve_credential(account)
        client = connect(account, cred, client_factory)
    except ImapError as e:
        return [CheckResult(who, None, False, e.kind.value, e.reason)]
    except ConfigError as e:  # the secret could not be read: names where it looked, never the value
        return [CheckResult(who, None, False, "config", str(e))]
    except SourceError as e:
        return [CheckResult(who, None, False, FailureKind.PROTOCOL.value, str(e))]
    results: list[CheckResult] = []
    try:
        folders, missing, empty_globs = resolve_folders(client, account.folders)
        for folder in folders:
            try:
                info = client.select_folder(folder, readonly=True)
                results.append(CheckResult(who, folder, True, "ok", f"{int(info.get(b'EXISTS') or 0)} messages"))
            except Exception as e:
                results.append(CheckResult(who, folder, False, FailureKind.FOLDER.value, f"cannot open: {e}"))
        for pattern in missing:
            results.append(CheckResult(who, pattern, False, FailureKind.FOLDER.value, "does not exist"))
        for pattern in empty_globs:
            results.append(CheckResult(who, pattern, False, FailureKind.FOLDER.value, "no folder matches"))
    except Exception as e:
        results.append(CheckResult(who, None, False, FailureKind.PROTOCOL.value, f"{type(e).__name__}: {e}"))
    finally:
        _close(client)
    return results


# -- several accounts at once --------------------------------------------------------------------------------

S = TypeVar("S", bound=Source)
_DONE = object()


def scan_accounts(
    sources: Sequence[S],
    *,
    max_workers: int = 4,
    queue_size: int = 64,
) -> Iterator[tuple[S, RawMessage | ScanWarning | SourceError]]:
    """Iterate several sources concurrently, one thread each (at most `max_workers` at a time).

    Yields (source, item) with each source's items in its own order. A source that fails as a whole yields
    its SourceError as an item (the other accounts go on); any other exception is a bug and is re-raised
    here. The queue is bounded, so a fast server never piles messages up in memory. Closing this iterator
    early stops the workers (each source's connection is logged out).
    """
    if not sources:
        return
    if len(sources) == 1:
        # One account: read it in the consuming thread. A reader thread would only compete for the GIL with
        # the parsing and rule matching done here (measured: C calls that release the GIL, RE2 and lxml,
        # then wait for it), and there is no other server whose latency it could overlap.
        yield from _scan_one(sources[0])
        return
    q: queue.Queue[tuple[S, object]] = queue.Queue(maxsize=max(1, queue_size))
    stop = threading.Event()
    slots = threading.Semaphore(max(1, max_workers))

    def put(item: tuple[S, object]) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def cursor_via_consumer(src: S, lookup: CursorLookup) -> Callable[[str, str], Cursor | None]:
        def get(account: str, folder: str) -> Cursor | None:
            request = _CursorRequest(lookup, account, folder)
            if not put((src, request)):
                raise _Stopped
            while not request.done.wait(0.1):
                if stop.is_set():
                    raise _Stopped
            if request.error is not None:
                raise request.error
            return request.result

        return get

    def work(src: S) -> None:
        with slots:
            if isinstance(src, ImapSource):
                src._get_cursor = cursor_via_consumer(src, src._cursors)
            iterator = src.messages()
            try:
                for item in iterator:
                    if not put((src, item)):
                        return
            except _Stopped:
                return
            except SourceError as e:
                put((src, e))
            except BaseException as e:
                put((src, _Crash(e)))
            finally:
                close = getattr(iterator, "close", None)
                if close is not None:
                    with contextlib.suppress(Exception):
                        close()
                if isinstance(src, ImapSource):
                    src._get_cursor = src._cursors.get_cursor
                put((src, _DONE))

    threads = [threading.Thread(target=work, args=(s,), daemon=True, name=f"scan {s.name}") for s in sources]
    for t in threads:
        t.start()
    remaining = len(threads)
    try:
        while remaining:
            src, item = q.get()
            if item is _DONE:
                remaining -= 1
            elif isinstance(item, _CursorRequest):
                item.answer()  # here, in the thread that owns the store
            elif isinstance(item, _Crash):
                raise item.error
            else:
                yield src, cast("RawMessage | ScanWarning | SourceError", item)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=5)


def _scan_one(src: S) -> Iterator[tuple[S, RawMessage | ScanWarning | SourceError]]:
    iterator = src.messages()
    try:
        for item in iterator:
            yield src, item
    except SourceError as e:
        yield src, e
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            with contextlib.suppress(Exception):
                close()


@dataclass(frozen=True, slots=True)
class _Crash:
    error: BaseException


class _Stopped(BaseException):
    """The consumer went away while a worker waited for it (a BaseException: no retry loop may swallow it)."""


@dataclass(slots=True)
class _CursorRequest:
    """A worker's cursor lookup, answered by the consuming thread (a SQLite store is bound to its thread)."""

    lookup: CursorLookup
    account: str
    folder: str
    result: Cursor | None = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def answer(self) -> None:
        try:
            self.result = self.lookup.get_cursor(self.account, self.folder)
        except BaseException as e:
            self.error = e
        finally:
            self.done.set()
