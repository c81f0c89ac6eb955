"""Items living across real runs: `scan` the sample mailbox into a state file, act on items, scan again."""

from __future__ import annotations

import base64
import json
import shutil
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from test_store_cli import run

from noticewatch.store import Store
from noticewatch.triage import item_id

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "inbox"
GABIA_NOTICE = EXAMPLES / "01-gabia-domain-expiry.eml"
GABIA_ID = item_id("domain-expiry", "Gabia", "example-shop.co.kr")


def renewed_notice(sent: datetime, deadline: date, message_id: str) -> bytes:
    """The Gabia notice sent again later with another deadline (same EUC-KR/base64 form as the real one)."""
    raw = GABIA_NOTICE.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    text = base64.b64decode(body).decode("euc-kr")
    text = text.replace("만료일: 2026년 12월 15일", f"만료일: {deadline.year}년 {deadline.month}월 {deadline.day}일")
    lines = []
    for line in head.decode("ascii").split("\n"):
        if line.startswith("Date:"):
            line = f"Date: {format_datetime(sent)}"
        elif line.startswith("Message-ID:"):
            line = f"Message-ID: {message_id}"
        lines.append(line)
    return ("\n".join(lines) + "\n\n").encode("ascii") + base64.encodebytes(text.encode("euc-kr"))


def scan(inbox: Path, state: Path, today: date) -> dict:  # type: ignore[type-arg]
    code, out, err = run("scan", str(inbox), "--state", str(state), "--today", today.isoformat(), "-f", "json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def item(report: dict, iid: str) -> dict:  # type: ignore[type-arg]
    return next(i for i in report["items"] if i["id"] == iid)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    box = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, box)
    return box


def test_items_survive_runs_and_a_moved_deadline_reopens(inbox: Path, tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    # Actions are stamped with the real clock; keep every mail date relative to it.
    now = datetime.now(UTC)
    today = max(date(2026, 11, 23), now.date())
    first = scan(inbox, state, today)
    assert item(first, GABIA_ID)["deadline"] == "2026-12-15"
    with Store.open(state) as store:
        findings_after_first = len(store.findings())
        first_seen = store.item_snapshots()[GABIA_ID].first_seen

    code, _, err = run("ack", GABIA_ID[:6], "--state", str(state), "--by", "kim", "--note", "renewing")
    assert code == 0, err

    second = scan(inbox, state, today)  # the same mail again: nothing duplicated, the ack holds
    assert item(second, GABIA_ID)["acked"] is True and item(second, GABIA_ID)["note"] == "renewing"
    with Store.open(state) as store:
        assert len(store.findings()) == findings_after_first
        assert store.item_snapshots()[GABIA_ID].first_seen == first_seen

    # Gabia writes again after the ack with a new, nearer deadline: the renewal did not happen.
    later = now + timedelta(days=1)
    new_deadline = later.date() + timedelta(days=10)
    (inbox / "20-gabia-again.eml").write_bytes(renewed_notice(later, new_deadline, "<again-1@gabia.com>"))
    third = scan(inbox, state, later.date() + timedelta(days=1))
    reopened = item(third, GABIA_ID)
    assert reopened["deadline"] == new_deadline.isoformat()
    assert reopened["acked"] is False

    code, out, _ = run(
        "show",
        GABIA_ID[:6],
        "--state",
        str(state),
        "--today",
        (later.date() + timedelta(days=1)).isoformat(),
        "-f",
        "json",
    )
    assert code == 0
    history = json.loads(out)["deadline_history"]
    assert [h["deadline"] for h in history] == ["2026-12-15", new_deadline.isoformat()]
    assert history[-1]["message_id"] == "<again-1@gabia.com>"


def test_resolved_by_hand_stays_resolved_across_runs(inbox: Path, tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    today = max(date(2026, 11, 23), datetime.now(UTC).date())
    scan(inbox, state, today)
    assert run("resolve", GABIA_ID[:6], "--state", str(state), "--note", "renewed by phone")[0] == 0
    report = scan(inbox, state, today)
    assert GABIA_ID not in [i["id"] for i in report["items"]]  # hidden: resolved
    code, out, _ = run("list", "--all", "--state", str(state), "--today", today.isoformat(), "-f", "json")
    assert code == 0
    assert item(json.loads(out), GABIA_ID)["status"] == "resolved"


def _pack(target: str) -> str:
    return f"""
pack: {{name: my-gabia, version: 1}}
rules:
  - id: my-gabia-expiry
    kind: domain-expiry
    vendor: Gabia
    severity: high
    description: Gabia expiry notices.
    senders: [gabia.com]
    match:
      text: ['만료']
    target: {target}
    action: "Renew {{target}}"
"""


def test_an_ack_follows_its_item_when_newer_rules_extract_a_better_target(tmp_path: Path) -> None:
    """Item ids derive from the target: after a rule update re-reads the same mail, acks and sent reminders
    must follow the item to its new id, and the old id must not stay behind as a second item."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(GABIA_NOTICE, inbox)
    pack = tmp_path / "pack.yaml"
    config = tmp_path / "noticewatch.yaml"
    config.write_text(
        f"rules:\n  paths: [{pack}]\n  disable_packs: [domain-expiry, hosting-quota, social-login-deprecation]\n",
        encoding="utf-8",
    )
    state = tmp_path / "state.db"
    today = max(date(2026, 11, 23), datetime.now(UTC).date())

    def scan_with(target: str) -> dict:  # type: ignore[type-arg]
        pack.write_text(_pack(target), encoding="utf-8")
        args = ("scan", str(inbox), "--config", str(config), "--state", str(state), "--today", today.isoformat())
        code, out, err = run(*args, "-f", "json")
        assert code == 0, err
        return json.loads(out)  # type: ignore[no-any-return]

    first = scan_with('{type: text, fallback: "Gabia account"}')
    (old,) = first["items"]
    assert old["target"] == "Gabia account"
    assert run("ack", old["id"], "--state", str(state), "--by", "kim", "--note", "renewing")[0] == 0

    second = scan_with("{type: domain}")
    (new,) = second["items"]
    assert new["target"] == "example-shop.co.kr" and new["id"] != old["id"]
    assert new["acked"] is True and new["note"] == "renewing"
    with Store.open(state) as store:
        assert {f.target for f in store.findings()} == {"example-shop.co.kr"}
        assert old["id"] not in store.item_snapshots()


def test_a_mail_that_newer_rules_no_longer_match_drops_its_item(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(GABIA_NOTICE, inbox)
    other = inbox / "02-other.eml"
    other.write_bytes(renewed_notice(datetime(2026, 11, 21, tzinfo=UTC), date(2027, 1, 10), "<other@gabia.com>"))
    state = tmp_path / "state.db"
    today = date(2026, 11, 23)
    (both,) = scan(inbox, state, today)["items"]  # both mails name the same domain: one item
    assert both["deadline"] == "2027-01-10"  # the later mail's

    # The second mail is read again but now gives nothing (here: it says something else); the first is not
    # read this time, so what it gave stays.
    other.write_bytes(
        b"From: noreply@gabia.com\nTo: ops@example-shop.co.kr\nSubject: Hello\n"
        b"Date: Sat, 21 Nov 2026 00:00:00 +0000\nMessage-ID: <other@gabia.com>\n\nHello.\n"
    )
    (inbox / GABIA_NOTICE.name).unlink()
    (left,) = scan(inbox, state, today)["items"]
    assert left["id"] == both["id"] and left["deadline"] == "2026-12-15"
    with Store.open(state) as store:
        assert {f.evidence.message_id for f in store.findings()} == {"<cee37d57e870d36c7154@gabia.com>"}
