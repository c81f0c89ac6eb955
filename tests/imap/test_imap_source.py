"""ImapSource against a real Dovecot: what is fetched, read-only, incremental, TLS/auth, failures."""

from __future__ import annotations

import base64
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from noticewatch.errors import SourceError
from noticewatch.models import RawMessage, ScanWarning
from noticewatch.sources.imap import (
    FailureKind,
    FolderProgress,
    ImapError,
    ImapSource,
    NoCursors,
    scan_accounts,
)
from noticewatch.store import Store
from tests.dovecot import DovecotServer
from tests.imap import mails
from tests.imap.conftest import Mailbox, make_mailbox, running_dovecot

TODAY = date(2026, 11, 23)
SINCE = date.today() - timedelta(days=180)  # Dovecot's INTERNALDATE is real time: the window must be too


def source(mb: Mailbox, cursors: Any = None, **kw: Any) -> ImapSource:
    account_kw = kw.pop("account", {})
    return ImapSource(
        mb.account(**account_kw),
        cursors=cursors if cursors is not None else NoCursors(),
        since_date=kw.pop("since_date", SINCE),
        retry_backoff=kw.pop("retry_backoff", 0.05),
        **kw,
    )


def run(src: ImapSource) -> tuple[list[RawMessage], list[ScanWarning]]:
    msgs: list[RawMessage] = []
    warns: list[ScanWarning] = []
    for item in src.messages():
        (msgs if isinstance(item, RawMessage) else warns).append(item)  # type: ignore[arg-type]
    return msgs, warns


def uid_of(m: RawMessage) -> int:
    return int(m.source.rpartition(";UID=")[2])


def commit(store: Store, src: ImapSource) -> None:
    with store.transaction():
        for c in src.committed_cursors():
            store.set_cursor(c.account, c.folder, c.uidvalidity, c.last_uid)


# -- what is fetched -----------------------------------------------------------------------------------------


def test_plain_password_fetches_headers_and_text_parts_only(mailbox: Mailbox) -> None:
    attachment = os.urandom(300_000)
    mailbox.deliver(mails.plain("[가비아] 도메인 만료 안내", "example.co.kr 도메인이 2026-12-01 만료됩니다."))
    mailbox.deliver(mails.alternative("Your hosting quota", "Disk 95% full", "<p>Disk <b>95%</b> full</p>"))
    mailbox.deliver(mails.with_attachment("Invoice", "See the attached invoice.", attachment))
    mailbox.deliver(mails.with_text_attachment("Logs", "Logs attached.", "secret log line\n" * 100))
    mailbox.deliver(mails.korean_euckr("[후이즈] 만료 안내", "도메인 만료일: 2026년 12월 5일"))

    src = source(mailbox)
    msgs, warns = run(src)

    assert warns == []
    assert [uid_of(m) for m in msgs] == [1, 2, 3, 4, 5]
    first = msgs[0]
    assert first.source == f"imap://{mailbox.user}@127.0.0.1/INBOX;UID=1"
    assert first.data.startswith(b"From:") or b"\nSubject:" in first.data
    assert first.data.endswith(b"\r\n\r\n")  # the header block only
    assert first.parts is not None and len(first.parts) == 1
    assert first.parts[0].content_type == "text/plain"
    assert first.parts[0].charset == "utf-8"

    alt = msgs[1].parts
    assert alt is not None and [p.content_type for p in alt] == ["text/plain", "text/html"]
    assert b"<b>95%</b>" in b"".join(p.payload for p in alt) or alt[1].transfer_encoding in (
        "base64",
        "quoted-printable",
    )

    with_pdf = msgs[2].parts
    assert with_pdf is not None and [p.content_type for p in with_pdf] == ["text/plain"]
    fetched = sum(len(p.payload) for m in msgs for p in (m.parts or ()))
    assert fetched < 20_000  # the 300 KB attachment was never fetched
    logs = msgs[3].parts
    assert logs is not None and len(logs) == 1 and b"secret log line" not in logs[0].payload

    kr = msgs[4].parts
    assert kr is not None and kr[0].charset == "euc-kr" and kr[0].transfer_encoding == "base64"
    assert base64.b64decode(kr[0].payload).decode("euc-kr").startswith("도메인 만료일")
    assert src.stats.bodies == 5 and src.stats.header_only == 0
    assert [(c.folder, c.last_uid) for c in src.committed_cursors()] == [("INBOX", 5)]


def test_forwarded_attachment_text_is_included_with_its_envelope(mailbox: Mailbox) -> None:
    notice = mails.plain(
        "Your domain example.com expires on 2026-12-10",
        "Renew example.com before 2026-12-10.",
        sender="GoDaddy <renewals@godaddy.com>",
    )
    mailbox.deliver(mails.forwarded_as_attachment("Fwd: domain", "FYI, see below", notice))

    msgs, _ = run(source(mailbox))

    parts = msgs[0].parts
    assert parts is not None
    texts = [p.payload.decode() for p in parts]
    assert texts[0].startswith("FYI")
    assert any("Forwarded message" in t and "renewals@godaddy.com" in t and "expires on 2026-12-10" in t for t in texts)
    assert any("Renew example.com before 2026-12-10." in t for t in texts)


def test_header_prefilter_skips_bodies(mailbox: Mailbox) -> None:
    mailbox.deliver(mails.plain("Weekly newsletter", "nothing"))
    mailbox.deliver(mails.plain("도메인 만료 안내", "만료"))
    seen: list[bytes] = []

    def wants_body(header: bytes) -> bool:
        seen.append(header)
        return b"newsletter" not in header.lower()

    src = source(mailbox, wants_body=wants_body)
    msgs, _ = run(src)

    assert len(seen) == 2 and all(h.endswith(b"\r\n\r\n") for h in seen)
    assert [uid_of(m) for m in msgs] == [2]
    assert src.stats.header_only == 1 and src.stats.bodies == 1
    # The cursor still covers the skipped mail: it was looked at and ruled out.
    assert src.committed_cursors()[0].last_uid == 2


def test_deferred_bodies_are_decided_after_the_accounts_last_folder(mailbox: Mailbox) -> None:
    # Receipts are filed before the notice that makes one of them worth reading: the decision waits for
    # every folder, then fetches what is now wanted, and the rest stays judged by its headers.
    mailbox.create_folder("Receipts")
    mailbox.deliver(mails.plain("receipt A", "paid"), folder="Receipts")
    mailbox.deliver(mails.plain("receipt B", "paid"), folder="Receipts")
    mailbox.deliver(mails.plain("notice A", "expires"))
    notices: set[str] = set()
    asked: list[str] = []

    def wants_body(header: bytes) -> bool | Any:
        subject = header.split(b"Subject: ", 1)[1].split(b"\r\n", 1)[0].decode()
        kind, name = subject.split()
        if kind == "notice":
            notices.add(name)
            return True

        def later() -> bool:
            asked.append(name)
            return name in notices

        return later

    src = source(mailbox, wants_body=wants_body, account={"folders": ["Receipts", "INBOX"]})
    msgs, warns = run(src)

    assert warns == [] and sorted(asked) == ["A", "B"]
    assert [(m.source.rsplit("/", 1)[1], uid_of(m)) for m in msgs] == [("INBOX;UID=1", 1), ("Receipts;UID=1", 1)]
    receipt = msgs[1]
    assert receipt.parts is not None and b"paid" in b"".join(p.payload for p in receipt.parts)
    assert (src.stats.deferred, src.stats.bodies, src.stats.header_only) == (2, 2, 1)
    assert sorted((c.folder, c.last_uid) for c in src.committed_cursors()) == [("INBOX", 1), ("Receipts", 2)]


def test_deferred_pass_that_cannot_finish_leaves_its_folder_unadvanced(mailbox: Mailbox) -> None:
    mailbox.deliver(mails.plain("receipt A", "paid"))
    mailbox.deliver(mails.plain("notice A", "expires"))

    def wants_body(header: bytes) -> bool | Any:
        if b"notice" in header:
            return True

        def later() -> bool:
            mailbox.server.kill_sessions()  # every attempt of the deferred pass loses its connection
            return True

        return later

    src = source(mailbox, wants_body=wants_body, max_attempts=2)
    msgs, warns = run(src)

    assert [uid_of(m) for m in msgs] == [2]
    assert len(warns) == 1 and "not advanced" in warns[0].problem
    assert src.failed_folders() == warns and src.committed_cursors() == []


def test_server_gone_before_the_deferred_pass_fails_only_folders_with_deferred_mail(
    private_dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    mb = make_mailbox(private_dovecot, monkeypatch)
    mb.create_folder("Receipts")
    mb.deliver(mails.plain("receipt A", "paid"), folder="Receipts")
    mb.deliver(mails.plain("notice A", "expires"))

    def wants_body(header: bytes) -> bool | Any:
        if b"notice" in header:
            return True

        def later() -> bool:
            private_dovecot.stop()  # gone for good, between the folders' scan and the deferred pass
            return True

        return later

    src = source(mb, wants_body=wants_body, account={"folders": ["Receipts", "INBOX"]}, max_attempts=2)
    msgs, warns = run(src)

    assert [uid_of(m) for m in msgs] == [1]  # the notice, read before the server went away
    assert [w.source.rpartition("/")[2] for w in warns] == ["Receipts"]
    assert [c.folder for c in src.committed_cursors()] == ["INBOX"]


def test_part_size_cap_cuts_at_a_line_break(mailbox: Mailbox) -> None:
    mailbox.deliver(mails.plain("Huge", "line of text that repeats\n" * 20_000))  # ~520 KB

    msgs, _ = run(source(mailbox, max_part_bytes=64 * 1024))

    payload = msgs[0].parts[0].payload  # type: ignore[index]
    assert 60_000 < len(payload) <= 64 * 1024
    assert payload.endswith(b"\n")


def test_progress_callback_reports_per_folder(mailbox: Mailbox) -> None:
    for i in range(7):
        mailbox.deliver(mails.plain(f"n{i}", "x"))
    events: list[FolderProgress] = []

    run(source(mailbox, progress=events.append, batch_size=3))

    assert [(e.done, e.total) for e in events] == [(0, 7), (3, 7), (6, 7), (7, 7)]
    assert {e.folder for e in events} == {"INBOX"}


# -- read-only -----------------------------------------------------------------------------------------------


def _imap_flags(mb: Mailbox, folder: str) -> dict[str, set[bytes]]:
    """UID -> flags as the server reports them in a separate session, \\Recent excluded (session-scoped)."""
    import imaplib

    out: dict[str, set[bytes]] = {}
    with mb.imap() as conn:
        conn.select(f'"{folder}"', readonly=True)
        typ, data = conn.uid("FETCH", "1:*", "(FLAGS)")
        assert typ == "OK"
        for line in data:
            assert isinstance(line, bytes)
            uid = line.split(b"UID ")[1].split()[0].rstrip(b")")
            flags = set(imaplib.ParseFlags(line)) - {b"\\Recent"}
            out[uid.decode()] = flags
    return out


def test_scan_is_read_only_flags_identical(mailbox: Mailbox) -> None:
    mailbox.create_folder("Vendors/Acme")
    for i, flags in enumerate(["", "", "S", "F", "RS", ""]):
        mailbox.deliver(mails.alternative(f"notice {i}", "text", "<p>html</p>"), flags=flags)
        mailbox.deliver(mails.with_attachment(f"acme {i}", "att", b"x" * 5000), folder="Vendors/Acme", flags=flags)
    before_files = {f: mailbox.server.maildir_flags(f, mailbox.user) for f in ("INBOX", "Vendors/Acme")}
    before_imap = {f: _imap_flags(mailbox, f) for f in ("INBOX", "Vendors/Acme")}
    assert any(not flags for flags in before_imap["INBOX"].values())  # unseen mail exists to be spoiled

    src = source(mailbox, account={"folders": ["INBOX", "Vendors/*"]})
    msgs, _ = run(src)
    assert len(msgs) == 12
    # and once more through the incremental path with a full rescan
    run(source(mailbox, account={"folders": ["INBOX", "Vendors/*"]}, full=True))

    after_files = {f: mailbox.server.maildir_flags(f, mailbox.user) for f in ("INBOX", "Vendors/Acme")}
    after_imap = {f: _imap_flags(mailbox, f) for f in ("INBOX", "Vendors/Acme")}
    assert after_files == before_files
    assert after_imap == before_imap
    log = mailbox.server.log_path.read_text()
    assert "expunged=0" in log and "expunged=1" not in log


# -- auth and transport --------------------------------------------------------------------------------------


def test_wrong_password_is_an_auth_error_without_the_password(
    mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = "Wr0ng-Pa55word-xyz"
    monkeypatch.setenv(mailbox.env_var, wrong)
    src = source(mailbox)

    with pytest.raises(ImapError) as exc:
        run(src)

    assert exc.value.kind is FailureKind.AUTH
    assert isinstance(exc.value, SourceError)
    text = str(exc.value)
    assert "auth" in text and mailbox.user in text
    assert "AUTHENTICATIONFAILED" in text and "b'" not in text  # the server's words, cleanly
    assert wrong not in text and mailbox.password not in text


def test_tls_verify_failure_without_ca_then_ok_with_ca(mailbox: Mailbox) -> None:
    mailbox.deliver(mails.plain("x", "y"))
    with pytest.raises(ImapError) as exc:
        run(source(mailbox, account={"ca_file": None}))
    assert exc.value.kind is FailureKind.TLS
    assert "certificate verify failed" in str(exc.value)

    msgs, warns = run(source(mailbox))  # with the private CA
    assert len(msgs) == 1 and warns == []


def test_verify_tls_false_connects_and_warns_loudly(mailbox: Mailbox) -> None:
    mailbox.deliver(mails.plain("x", "y"))
    src = source(mailbox, account={"ca_file": None, "verify_tls": False})

    msgs, warns = run(src)

    assert len(msgs) == 1
    assert len(warns) == 1 and "verification is OFF" in warns[0].problem
    assert src.security_warnings() == [warns[0].problem]


def test_certificate_for_another_name_is_a_tls_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # Signed by the trusted CA, but issued to another host: verification must still fail.
    with running_dovecot(cert_names="DNS:mail.other.example") as server:
        mb = make_mailbox(server, monkeypatch)
        with pytest.raises(ImapError) as exc:
            run(source(mb))
        assert exc.value.kind is FailureKind.TLS
        assert "mismatch" in str(exc.value) or "doesn't match" in str(exc.value)


def test_starttls(mailbox: Mailbox) -> None:
    mailbox.deliver(mails.plain("over starttls", "y"))
    src = source(mailbox, account={"security": "starttls", "port": mailbox.server.port})
    msgs, warns = run(src)
    assert len(msgs) == 1 and warns == []
    assert "TLS" in mailbox.server.log_path.read_text()


def test_security_none_needs_opt_in_and_warns(mailbox: Mailbox) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        mailbox.account(security="none", port=mailbox.server.port)
    mailbox.deliver(mails.plain("plain", "y"))
    src = source(mailbox, account={"security": "none", "allow_insecure": True, "port": mailbox.server.port})
    msgs, warns = run(src)
    assert len(msgs) == 1 and "unencrypted" in warns[0].problem


def test_xoauth2_with_token_command(mailbox: Mailbox, tmp_path: Path) -> None:
    token = f"ya29.{mailbox.user}-token"
    mailbox.server.add_token(token, mailbox.user)
    helper = tmp_path / "token.py"
    helper.write_text(f"print({token!r})\n")
    mailbox.deliver(mails.plain("oauth", "y"))
    cmd = f"{sys.executable} {helper}"

    msgs, _ = run(source(mailbox, account={"password_env": None, "oauth2_token_command": cmd}))
    assert len(msgs) == 1
    assert f"user=<{mailbox.user}>, method=XOAUTH2" in mailbox.server.log_path.read_text()

    helper.write_text("print('ya29.revoked')\n")
    with pytest.raises(ImapError) as exc:
        run(source(mailbox, account={"password_env": None, "oauth2_token_command": cmd}))
    assert exc.value.kind is FailureKind.AUTH and "XOAUTH2" in str(exc.value)
    assert "ya29.revoked" not in str(exc.value)


def test_dns_and_tcp_failures_are_named(mailbox: Mailbox) -> None:
    with pytest.raises(ImapError) as exc:
        run(source(mailbox, account={"host": "mail.nonexistent.invalid"}))
    assert exc.value.kind is FailureKind.DNS
    from tests.dovecot import free_port

    with pytest.raises(ImapError) as exc:
        run(source(mailbox, account={"port": free_port()}))
    assert exc.value.kind is FailureKind.TCP and "refused" in str(exc.value)


# -- folders -------------------------------------------------------------------------------------------------


def test_several_folders_globs_and_missing_folder(mailbox: Mailbox) -> None:
    for name in ("Vendors/Gabia", "Vendors/Cafe24", "Personal", "[Gmail]/All Mail"):
        mailbox.create_folder(name)
    mailbox.deliver(mails.plain("inbox", "x"))
    mailbox.deliver(mails.plain("gabia", "x"), folder="Vendors/Gabia")
    mailbox.deliver(mails.plain("cafe24 1", "x"), folder="Vendors/Cafe24")
    mailbox.deliver(mails.plain("cafe24 2", "x"), folder="Vendors/Cafe24")
    mailbox.deliver(mails.plain("personal", "x"), folder="Personal")
    mailbox.deliver(mails.plain("all mail", "x"), folder="[Gmail]/All Mail")

    # "[Gmail]/All Mail" looks like a glob ([...] is a character class) but is Gmail's real folder name.
    src = source(mailbox, account={"folders": ["INBOX", "Vendors/*", "Archive", "[Gmail]/All Mail"]})
    msgs, warns = run(src)

    folders = sorted(m.source.split("/", 3)[3].rpartition(";")[0] for m in msgs)
    assert folders == ["INBOX", "Vendors/Cafe24", "Vendors/Cafe24", "Vendors/Gabia", "[Gmail]/All Mail"]
    assert len(warns) == 1 and "Archive" in warns[0].source and "folder missing" in warns[0].problem
    assert [w.source for w in src.failed_folders()] == [warns[0].source]
    assert sorted(c.folder for c in src.committed_cursors()) == [
        "INBOX",
        "Vendors/Cafe24",
        "Vendors/Gabia",
        "[Gmail]/All Mail",
    ]


# -- incremental ---------------------------------------------------------------------------------------------


def test_incremental_runs_fetch_only_new_uids(mailbox: Mailbox, tmp_path: Path) -> None:
    for i in range(3):
        mailbox.deliver(mails.plain(f"first {i}", "x"))
    with Store.open(tmp_path / "state.db") as store:
        first = source(mailbox, store)
        msgs, _ = run(first)
        assert [uid_of(m) for m in msgs] == [1, 2, 3]
        commit(store, first)

        for i in range(2):
            mailbox.deliver(mails.plain(f"second {i}", "x"))
        second = source(mailbox, store)
        msgs, _ = run(second)
        assert [uid_of(m) for m in msgs] == [4, 5]
        assert second.stats.messages == 2
        commit(store, second)

        third = source(mailbox, store)
        msgs, _ = run(third)
        assert msgs == [] and third.stats.messages == 0
        assert [(c.folder, c.last_uid) for c in third.committed_cursors()] == [("INBOX", 5)]

        full = source(mailbox, store, full=True)
        assert len(run(full)[0]) == 5


def test_first_run_looks_back_only_to_since(mailbox: Mailbox, tmp_path: Path) -> None:
    old = time.time() - 400 * 86400
    mailbox.deliver(mails.plain("ancient", "x"), received=old)
    mailbox.deliver(mails.plain("recent", "x"))
    with Store.open(tmp_path / "state.db") as store:
        src = source(mailbox, store)
        msgs, _ = run(src)
        assert len(msgs) == 1 and b"recent" in msgs[0].data
        commit(store, src)
        # the old mail is behind the cursor now; a new message is still picked up
        mailbox.deliver(mails.plain("newer", "x"))
        msgs, _ = run(source(mailbox, store))
        assert len(msgs) == 1 and b"newer" in msgs[0].data


def test_uidvalidity_change_rescans_without_duplicates(mailbox: Mailbox, tmp_path: Path) -> None:
    mailbox.create_folder("Vendors/Gabia")
    for i in range(3):
        mailbox.deliver(mails.plain(f"gabia {i}", "x"), folder="Vendors/Gabia")
    account = {"folders": ["Vendors/Gabia"]}
    with Store.open(tmp_path / "state.db") as store:
        first = source(mailbox, store, account=account)
        run(first)
        commit(store, first)
        old_validity = first.committed_cursors()[0].uidvalidity

        # The folder is deleted and recreated (a server migration renumbers it): new UIDVALIDITY.
        with mailbox.imap() as conn:
            assert conn.delete('"Vendors/Gabia"')[0] == "OK"
        time.sleep(1.1)  # Dovecot derives UIDVALIDITY from the clock
        mailbox.create_folder("Vendors/Gabia")
        for i in range(4):
            mailbox.deliver(mails.plain(f"gabia again {i}", "x"), folder="Vendors/Gabia")

        second = source(mailbox, store, account=account)
        msgs, _ = run(second)
        assert len(msgs) == 4 and len({m.source for m in msgs}) == 4
        assert second.stats.rescanned_folders == 1
        cursor = second.committed_cursors()[0]
        assert cursor.uidvalidity != old_validity and cursor.last_uid == 4
        commit(store, second)
        stored = store.get_cursor(second.name, "Vendors/Gabia")
        assert stored is not None and stored.uidvalidity == cursor.uidvalidity

        assert run(source(mailbox, store, account=account))[0] == []


# -- failures mid-scan ---------------------------------------------------------------------------------------


def test_dropped_connection_is_retried_and_resumes(mailbox: Mailbox) -> None:
    for i in range(30):
        mailbox.deliver(mails.plain(f"m{i}", "x"))
    src = source(mailbox, batch_size=5)
    got: list[int] = []
    killed = 0
    for item in src.messages():
        assert isinstance(item, RawMessage), item
        got.append(uid_of(item))
        if len(got) == 7:
            killed = mailbox.server.kill_sessions()
    assert killed >= 1
    assert got == list(range(1, 31))  # nothing lost, nothing twice
    assert src.stats.reconnects == 1
    assert src.failed_folders() == []
    assert src.committed_cursors()[0].last_uid == 30


def test_folder_that_keeps_failing_is_reported_and_not_advanced(
    private_dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    mb = make_mailbox(private_dovecot, monkeypatch)
    mb.create_folder("Vendors/A")
    for i in range(12):
        mb.deliver(mails.plain(f"inbox {i}", "x"))
        mb.deliver(mails.plain(f"a {i}", "x"), folder="Vendors/A")
    account = {"folders": ["INBOX", "Vendors/A"]}
    with Store.open(tmp_path / "state.db") as store:
        src = source(mb, store, account=account, batch_size=4)
        got: list[RawMessage] = []
        warns: list[ScanWarning] = []
        for item in src.messages():
            if isinstance(item, RawMessage):
                got.append(item)
                if len(got) == 5:
                    private_dovecot.stop()  # the server goes away for good
            else:
                warns.append(item)
        assert len(got) == 8  # the two batches fetched before the drop
        assert [w.source.rpartition("/")[2] for w in warns] == ["INBOX", "A"]
        assert all("not advanced" in w.problem for w in warns)
        assert [w.source for w in src.failed_folders()] == [w.source for w in warns]
        assert src.committed_cursors() == []
        commit(store, src)

        # Next run, server back: everything is read, nothing was skipped.
        private_dovecot.start()
        again = source(mb, store, account=account)
        msgs, warns2 = run(again)
        assert warns2 == [] and len(msgs) == 24


# -- several accounts ----------------------------------------------------------------------------------------


def test_scan_accounts_concurrently_keeps_per_source_order(
    dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = [make_mailbox(dovecot, monkeypatch) for _ in range(3)]
    for n, mb in enumerate(boxes[:2]):
        for i in range(25):
            mb.deliver(mails.plain(f"acct{n} {i}", "x"))
    monkeypatch.setenv(boxes[2].env_var, "not-the-password")
    sources = [source(mb, batch_size=4) for mb in boxes]

    seen: dict[str, list[int]] = {s.name: [] for s in sources}
    errors: dict[str, SourceError] = {}
    for src, item in scan_accounts(sources, max_workers=2, queue_size=8):
        if isinstance(item, RawMessage):
            seen[src.name].append(uid_of(item))
        elif isinstance(item, SourceError):
            errors[src.name] = item
    assert seen[sources[0].name] == list(range(1, 26))
    assert seen[sources[1].name] == list(range(1, 26))
    assert list(errors) == [sources[2].name]
    assert isinstance(errors[sources[2].name], ImapError)


def test_scan_accounts_stops_workers_when_closed_early(mailbox: Mailbox) -> None:
    for i in range(40):
        mailbox.deliver(mails.plain(f"m{i}", "x"))
    it = scan_accounts([source(mailbox, batch_size=2)], queue_size=1)
    next(it)
    it.close()  # must not hang; the worker logs out
    deadline = time.monotonic() + 5
    while mailbox.server.imap_session_pids() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert mailbox.server.imap_session_pids() == []


def test_korean_folder_names(mailbox: Mailbox) -> None:
    # Folder names travel as modified UTF-7 on the wire; config and sources use the readable name.
    wire_name = '"&rHC3mMyY-/&rAC+RMVE-"'  # 거래처/가비아
    with mailbox.imap() as conn:
        assert conn.create(wire_name)[0] == "OK"
        assert conn.append(wire_name, "", None, mails.plain("만료 안내", "x"))[0] == "OK"

    src = source(mailbox, account={"folders": ["거래처/*"]})
    msgs, warns = run(src)

    assert warns == []
    assert [m.source for m in msgs] == [f"imap://{mailbox.user}@127.0.0.1/거래처/가비아;UID=1"]
    assert [c.folder for c in src.committed_cursors()] == ["거래처/가비아"]


def test_has_new_mail_is_a_cheap_check_that_reuses_its_connection(mailbox: Mailbox, tmp_path: Path) -> None:
    mailbox.deliver(mails.plain("one", "x"))

    def logins() -> int:
        return mailbox.server.log_path.read_text().count(f"Login: user=<{mailbox.user}>")

    with Store.open(tmp_path / "state.db") as store:
        first = source(mailbox, store)
        assert first.has_new_mail()  # no cursor yet
        before = logins()
        assert len(run(first)[0]) == 1
        assert logins() == before  # messages() used the connection has_new_mail() opened
        commit(store, first)

        idle = source(mailbox, store)
        assert not idle.has_new_mail()
        assert idle._open_client is None  # nothing to read: the session was closed at once

        mailbox.deliver(mails.plain("two", "x"))
        busy = source(mailbox, store)
        assert busy.has_new_mail()
        assert [uid_of(m) for m in run(busy)[0]] == [2]


def test_unreadable_bodystructure_falls_back_to_the_capped_text(mailbox: Mailbox) -> None:
    """Some servers send BODYSTRUCTUREs imapclient cannot read; the message is still read, never dropped."""
    from noticewatch.sources.imap import open_imapclient

    mailbox.deliver(mails.alternative("odd structure", "deadline 2026-12-01", "<p>deadline</p>"))
    mailbox.deliver(mails.plain("fine", "x"))

    def garbling_factory(account: Any, ctx: Any) -> Any:
        client = open_imapclient(account, ctx)
        real_fetch = client.fetch

        def fetch(uids: Any, items: Any) -> Any:
            response = real_fetch(uids, items)
            if b"BODYSTRUCTURE" in items and 1 in response:
                response[1][b"BODYSTRUCTURE"] = (b"TEXT",)  # what a broken server answer parses to
            return response

        client.fetch = fetch
        return client

    msgs, warns = run(source(mailbox, client_factory=garbling_factory, max_part_bytes=4096))

    assert warns == [] and [uid_of(m) for m in msgs] == [1, 2]
    odd = msgs[0]
    assert odd.parts is None  # the whole (capped) message: headers + body text
    assert b"Subject: odd structure" in odd.data and b"deadline 2026-12-01" in odd.data
    assert msgs[1].parts is not None


def test_header_fetch_answer_the_fast_reader_does_not_know_is_read_by_imapclient(mailbox: Mailbox) -> None:
    """The raw header reader only knows FETCH's usual shape; anything else is read by imapclient, same result."""
    from noticewatch.sources.imap import open_imapclient

    mailbox.deliver(mails.plain("도메인 만료 안내", "만료일 2026-12-01"))
    mailbox.deliver(mails.plain("second", "x"))
    fast_msgs, _ = run(source(mailbox))

    def odd_answer_factory(account: Any, ctx: Any) -> Any:
        client = open_imapclient(account, ctx)
        real_uid = client._imap.uid

        def uid(command: str, *args: Any) -> Any:
            typ, data = real_uid(command, *args)
            if command == "FETCH" and b"HEADER.FIELDS" in str(args).encode():
                data = [*data, b"99 (X-UNKNOWN-ITEM 1)"]  # a shape the fast reader refuses
            return typ, data

        client._imap.uid = uid
        return client

    slow_msgs, warns = run(source(mailbox, client_factory=odd_answer_factory))

    assert warns == [] and len(fast_msgs) == 2
    assert [(m.source, m.data, m.parts) for m in slow_msgs] == [(m.source, m.data, m.parts) for m in fast_msgs]


def test_scan_accounts_reads_cursors_from_a_sqlite_store_owned_by_the_caller(
    dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # SQLite objects may only be used in the thread that made them: workers must not touch the store.
    boxes = [make_mailbox(dovecot, monkeypatch) for _ in range(2)]
    for mb in boxes:
        for i in range(3):
            mb.deliver(mails.plain(f"old {i}", "x"))
    with Store.open(tmp_path / "state.db") as store:
        first = [source(mb, store) for mb in boxes]
        for src in first:
            run(src)
            commit(store, src)
        for mb in boxes:
            mb.deliver(mails.plain("new", "x"))

        second = [source(mb, store, batch_size=2) for mb in boxes]
        got: dict[str, list[int]] = {s.name: [] for s in second}
        for src, item in scan_accounts(second, max_workers=2):
            assert isinstance(item, RawMessage), item
            got[src.name].append(uid_of(item))
        assert list(got.values()) == [[4], [4]]
        assert all(s.failed_folders() == [] and s.committed_cursors()[0].last_uid == 4 for s in second)
