"""Writes the holdout6 blind evaluation set: tests/holdout6/mail/*.eml and tests/holdout6/labels.yaml.

Run from anywhere: `python tests/holdout6/make_holdout6.py` (add `--check` to verify, without writing,
that the committed files equal a fresh run). Mails are built with tests/corpus/corpus_lib.py; the two
structures it has no switch for (a forward carried as a message/rfc822 attachment, a calendar invite)
are assembled here from its output with the standard `email` package. Output is deterministic. The
labelling convention is tests/corpus/README.md; see README.md in this folder for sources and composition.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from email import message_from_bytes, policy
from email.generator import BytesGenerator
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
sys.path.insert(0, str(HERE))

from corpus_lib import Mail, build  # noqa: E402
from h6_common import mail  # noqa: E402
from h6_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h6_multi import (  # noqa: E402
    DIGESTS,
    FOLLOWUPS,
    FORWARDS,
    REPLIES,
    RESOLUTIONS,
    RFC822_INNER,
    RFC822_OUTER,
)
from h6_negative import NEGATIVES, PHISHING  # noqa: E402
from h6_quota import MAILS as QUOTA_MAILS  # noqa: E402
from h6_social import MAILS as SOCIAL_MAILS  # noqa: E402

CALENDAR = mail(
    name="neg_calendar_en_invite",
    category="negative",
    lang="en",
    sender=("Dohyun Kim (Google Calendar)", "calendar-notification@google.com"),
    subject="Invitation: Domain renewal meeting @ Thu Nov 26, 2026 3pm - 3:30pm (KST) (ops@hanul-studio.kr)",
    date="2026-11-20 10:02 +0900",
    form="alt",
    headers={
        "Reply-To": "Dohyun Kim <dohyun.kim@hanul-studio.kr>",
        "Sender": "Google Calendar <calendar-notification@google.com>",
    },
    text="""Domain renewal meeting
Thursday Nov 26, 2026 ⋅ 3pm – 3:30pm
Korea Standard Time - Seoul

Let's go through every domain and hosting contract we hold, who pays for it and when each one
expires, and switch the important ones to auto-renew.

Join with Google Meet: https://meet.google.com/abc-defg-hij

Organizer: dohyun.kim@hanul-studio.kr
Guests: minji.park@hanul-studio.kr, jiwoo.lee@hanul-studio.kr, ops@hanul-studio.kr

Reply for ops@hanul-studio.kr: Yes / No / Maybe

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
    html="""<html><body><div style="font-family:Roboto,Arial;font-size:14px">
<h2 style="font-weight:400">Domain renewal meeting</h2>
<p><b>When</b> Thursday Nov 26, 2026 &sdot; 3pm &ndash; 3:30pm (Korea Standard Time - Seoul)</p>
<p>Let's go through every domain and hosting contract we hold, who pays for it and when each one expires,
and switch the important ones to auto-renew.</p>
<p><a href="https://meet.google.com/abc-defg-hij">Join with Google Meet</a></p>
<p><b>Guests</b> dohyun.kim@hanul-studio.kr (organizer), minji.park@hanul-studio.kr, jiwoo.lee@hanul-studio.kr,
ops@hanul-studio.kr</p>
<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p></div></body></html>
""",
    note="calendar invite about a renewal meeting (text/calendar part and .ics attachment): nothing",
)

ICS = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261126T060000Z
DTEND:20261126T063000Z
DTSTAMP:20261120T010200Z
ORGANIZER;CN=Dohyun Kim:mailto:dohyun.kim@hanul-studio.kr
UID:6k2h9q1renewal0meeting@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ops@hanul-studio.kr:mailto:ops@hanul-studio.kr
CREATED:20261120T010159Z
DESCRIPTION:Let's go through every domain and hosting contract we hold\\, who pays for it and when each one expires.
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Domain renewal meeting
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

SIMPLE: list[Mail] = [
    *DOMAIN_MAILS,
    *QUOTA_MAILS,
    *SOCIAL_MAILS,
    *DIGESTS,
    *FORWARDS,
    *FOLLOWUPS,
    *RESOLUTIONS,
    *REPLIES,
    *NEGATIVES,
    *PHISHING,
]
CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
STRUCTURE_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}


def _flatten(msg: Message) -> bytes:
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\r\n")
    return buf.getvalue()


def _rewrap(raw: bytes, outer: MIMEMultipart, parts: list[Message]) -> bytes:
    """Moves the envelope headers of a corpus_lib mail onto a new multipart/mixed holding `parts`."""
    src = message_from_bytes(raw, policy=policy.compat32)
    content_type = outer["Content-Type"]
    del outer["Content-Type"]
    del outer["MIME-Version"]
    for key, value in src.items():
        if key.lower() not in STRUCTURE_HEADERS:
            outer[key] = value
    outer["MIME-Version"] = "1.0"
    outer["Content-Type"] = content_type
    for part in parts:
        outer.attach(part)
    return _flatten(outer)


def _body_only(raw: bytes) -> Message:
    part = message_from_bytes(raw, policy=policy.compat32)
    for key in list(part.keys()):
        if key.lower() not in STRUCTURE_HEADERS - {"mime-version"}:
            del part[key]
    return part


def build_rfc822_forward() -> bytes:
    outer_raw = build(RFC822_OUTER)
    inner = message_from_bytes(build(RFC822_INNER), policy=policy.compat32)
    attached = MIMEMessage(inner)
    del attached["MIME-Version"]
    filename = "[PlanetScale] hanul-main is approaching its storage limit.eml"
    attached["Content-Disposition"] = f'attachment; filename="{filename}"'
    mixed = MIMEMultipart("mixed", boundary="_004_SL2P216MB1877A0C3HANUL_")
    return _rewrap(outer_raw, mixed, [_body_only(outer_raw), attached])


def build_calendar_invite() -> bytes:
    raw = build(CALENDAR)
    alt = _body_only(raw)
    cal = MIMENonMultipart("text", "calendar", charset="UTF-8", method="REQUEST")
    cal.set_payload(ICS.replace("\n", "\r\n"))
    del cal["MIME-Version"]
    cal["Content-Transfer-Encoding"] = "7bit"
    alt.attach(cal)
    ics = MIMEBase("application", "ics", name="invite.ics")
    ics.set_payload(ICS.replace("\n", "\r\n"))
    del ics["MIME-Version"]
    ics["Content-Disposition"] = 'attachment; filename="invite.ics"'
    ics["Content-Transfer-Encoding"] = "7bit"
    mixed = MIMEMultipart("mixed", boundary="000000000000b1a2c3d4e5f6a7b8")
    return _rewrap(raw, mixed, [alt, ics])


def form_of(m: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[m.form]
    extra = f", {m.charset}, {m.cte}"
    return parts + extra + (", +PDF attachment" if m.attachment else "")


def label(m: Mail, form: str | None = None) -> dict[str, Any]:
    return {
        "file": f"{m.name}.eml",
        "category": m.category,
        "lang": m.lang,
        "form": form or form_of(m),
        "note": m.note,
        "items": m.items,
    }


def generate() -> tuple[dict[str, bytes], str]:
    files: dict[str, bytes] = {}
    labels: list[dict[str, Any]] = []
    for m in SIMPLE:
        files[f"{m.name}.eml"] = build(m)
        labels.append(label(m))
    files[f"{RFC822_OUTER.name}.eml"] = build_rfc822_forward()
    labels.append(label(RFC822_OUTER, "multipart/mixed: text/plain + message/rfc822 (text/plain), utf-8, 8bit"))
    files[f"{CALENDAR.name}.eml"] = build_calendar_invite()
    labels.append(label(CALENDAR, "multipart/mixed: alternative (plain, html, text/calendar) + .ics, utf-8, 8bit"))
    doc = {
        "version": 1,
        "convention": "see tests/corpus/README.md",
        "set": "holdout6 (blind: written without reading the rule packs, their examples or other corpora)",
        "today": "2026-11-23",
        "mails": labels,
    }
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    return files, text


def _iso_or_none(value: Any) -> bool:
    if value is None or value == "default":
        return True
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    date.fromisoformat(value)
    return True


def check(files: dict[str, bytes], labels_text: str) -> list[str]:
    """Mechanical checks only: every mail parses, every mail has one label entry, the schema holds."""
    errors: list[str] = []
    doc = yaml.safe_load(labels_text)
    entries = doc["mails"]
    names = Counter(e["file"] for e in entries)
    errors += [f"duplicate label: {n}" for n, c in names.items() if c > 1]
    if set(names) != set(files):
        errors.append(f"labels and mails differ: {sorted(set(names) ^ set(files))}")
    for e in entries:
        f = e["file"]
        if set(e) != {"file", "category", "lang", "form", "note", "items"}:
            errors.append(f"{f}: keys {sorted(e)}")
        if e["category"] not in CATEGORIES or e["lang"] not in {"ko", "en", "mixed"}:
            errors.append(f"{f}: category/lang {e['category']}/{e['lang']}")
        items = e["items"]
        if e["category"] in {"negative", "reply"} and items:
            errors.append(f"{f}: {e['category']} must give nothing")
        if e["category"] not in {"negative", "reply"} and not items:
            errors.append(f"{f}: {e['category']} must give an item")
        if e["category"] == "digest" and len(items) < 2:
            errors.append(f"{f}: digest with fewer than two items")
        for it in items:
            required = {"kind", "vendor", "target", "deadline", "suspicious", "resolves"}
            if not required <= set(it) or not set(it) <= required | {"aliases"}:
                errors.append(f"{f}: item keys {sorted(it)}")
                continue
            if it["kind"] not in KINDS or not it["vendor"] or not it["target"]:
                errors.append(f"{f}: item {it}")
            if not _iso_or_none(it["deadline"]):
                errors.append(f"{f}: deadline {it['deadline']!r}")
            if it["suspicious"] != (e["category"] == "phishing"):
                errors.append(f"{f}: suspicious flag does not match the category")
            if it["resolves"] != (e["category"] == "resolution"):
                errors.append(f"{f}: resolves flag does not match the category")
    for name, raw in files.items():
        try:
            msg = message_from_bytes(raw, policy=policy.default)
            dt = msg["Date"].datetime
            if not date(2026, 9, 1) <= dt.date() <= date(2026, 11, 22):
                errors.append(f"{name}: Date {dt} outside 2026-09-01..2026-11-22")
            str(msg["Subject"])
            str(msg["From"])
            texts = 0
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    content = part.get_content()
                    texts += bool(content.strip())
                    if "\ufffd" in content:
                        errors.append(f"{name}: undecodable bytes in {part.get_content_type()}")
            if not texts:
                errors.append(f"{name}: no readable text part")
            if msg.defects:
                errors.append(f"{name}: defects {msg.defects}")
        except Exception as exc:  # any parse failure is a broken fixture, reported by name
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
    return errors


def main(argv: list[str]) -> int:
    files, labels_text = generate()
    again, labels_again = generate()
    if again != files or labels_again != labels_text:
        print("generator is not deterministic", file=sys.stderr)
        return 1
    errors = check(files, labels_text)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    out = HERE / "mail"
    if "--check" in argv:
        on_disk = {p.name: p.read_bytes() for p in out.glob("*.eml")}
        stale = on_disk != files or (HERE / "labels.yaml").read_text(encoding="utf-8") != labels_text
        print("committed files are stale: rerun make_holdout6.py" if stale else "ok")
        return 1 if stale else 0
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for name, raw in files.items():
        (out / name).write_bytes(raw)
    (HERE / "labels.yaml").write_text(labels_text, encoding="utf-8")
    cats = Counter(e["category"] for e in yaml.safe_load(labels_text)["mails"])
    print(f"wrote {len(files)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
