"""Writes the blind evaluation set holdout4: tests/holdout4/mail/*.eml and tests/holdout4/labels.yaml.

Run from anywhere: `python tests/holdout4/make_holdout4.py`. Mails are built with tests/corpus/corpus_lib.py
(real charsets, transfer encodings, RFC 2047 headers, multipart); output is deterministic. The labels follow
tests/corpus/README.md. After writing, the generator checks its own mechanics (every file parses with the
`email` package, one label entry per mail, the label schema, Date headers inside the set's window) and
exits non-zero on any problem. See README.md in this folder for the independence rule and the sources.
"""

from __future__ import annotations

import email
import hashlib
import re
import sys
from collections import Counter
from dataclasses import replace
from datetime import date, datetime
from email import policy, utils
from email.generator import BytesGenerator
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "corpus"))

from corpus_lib import Mail, build  # noqa: E402
from h4_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h4_korean import MAILS as KOREAN_MAILS  # noqa: E402
from h4_other import MAILS as OTHER_MAILS  # noqa: E402
from h4_other import RFC822_FORWARDS  # noqa: E402
from h4_quota import MAILS as QUOTA_MAILS  # noqa: E402
from h4_social import MAILS as SOCIAL_MAILS  # noqa: E402

ALL: list[Mail] = [*DOMAIN_MAILS, *QUOTA_MAILS, *SOCIAL_MAILS, *KOREAN_MAILS, *OTHER_MAILS]

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
LANGS = {"ko", "en", "mixed"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
FIRST_DAY, LAST_DAY = date(2026, 9, 1), date(2026, 11, 22)
# corpus_lib's default recipient belongs to the main corpus; this set's company is Ridgeline Supply.
LIB_DEFAULT_TO = "ops@sobok-market.kr"
SET_TO = "ops@ridgeline-supply.com"


def form_of(mail: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    extra = f", {mail.charset}, {mail.cte}"
    if mail.name in RFC822_FORWARDS:
        extra += ", +message/rfc822 attachment"
    return parts + extra + (", +attachment" if mail.attachment else "")


def build_rfc822_forward(outer: Mail, inner: Mail) -> bytes:
    """A forward that carries the original notice as a message/rfc822 part (Outlook/Thunderbird
    'forward as attachment'): multipart/mixed of the colleague's text and the untouched original."""
    plain = email.message_from_bytes(build(outer))
    original = email.message_from_bytes(build(inner))
    boundary = "_004_" + hashlib.sha1(outer.name.encode()).hexdigest()[:24].upper() + "_"
    mixed = MIMEMultipart("mixed", boundary=boundary)
    for key in list(mixed.keys()):
        del mixed[key]
    for key, value in plain.items():
        if key.lower() not in ("content-type", "content-transfer-encoding"):
            mixed[key] = value
    mixed["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
    body = Message()
    body["Content-Type"] = plain["Content-Type"]
    body["Content-Transfer-Encoding"] = plain["Content-Transfer-Encoding"]
    body.set_payload(plain.get_payload())
    mixed.attach(body)
    attached = MIMEMessage(original)
    del attached["MIME-Version"]
    attached["Content-Disposition"] = 'attachment; filename="original-notice.eml"'
    mixed.attach(attached)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()


def render(mail: Mail) -> bytes:
    if mail.to == LIB_DEFAULT_TO:
        mail = replace(mail, to=SET_TO)
    if mail.name in RFC822_FORWARDS:
        return build_rfc822_forward(mail, RFC822_FORWARDS[mail.name])
    return build(mail)


def check_item(where: str, it: dict[str, Any], category: str) -> list[str]:
    errs: list[str] = []
    need = {"kind", "vendor", "target", "deadline", "suspicious", "resolves"}
    if missing := need - set(it):
        errs.append(f"{where}: missing keys {sorted(missing)}")
        return errs
    if it["kind"] not in KINDS:
        errs.append(f"{where}: bad kind {it['kind']!r}")
    if not it["vendor"] or not it["target"]:
        errs.append(f"{where}: empty vendor/target")
    dl = it["deadline"]
    if dl is not None and dl != "default" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(dl)):
        errs.append(f"{where}: bad deadline {dl!r}")
    if dl not in (None, "default"):
        date.fromisoformat(dl)
    if not isinstance(it["suspicious"], bool) or not isinstance(it["resolves"], bool):
        errs.append(f"{where}: suspicious/resolves must be booleans")
    if (category == "phishing") != it["suspicious"]:
        errs.append(f"{where}: suspicious must be true exactly for phishing")
    if (category == "resolution") != it["resolves"]:
        errs.append(f"{where}: resolves must be true exactly for resolutions")
    if "aliases" in it and not all(isinstance(a, str) and a for a in it["aliases"]):
        errs.append(f"{where}: aliases must be non-empty strings")
    return errs


def check(out: Path, labels_path: Path) -> list[str]:
    errs: list[str] = []
    doc = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    entries = doc["mails"]
    files = sorted(p.name for p in out.glob("*.eml"))
    labelled = [e["file"] for e in entries]
    if sorted(labelled) != files or len(set(labelled)) != len(labelled):
        errs.append("labels.yaml and mail/*.eml do not match one to one")
    for e in entries:
        where = e["file"]
        if e["category"] not in CATEGORIES:
            errs.append(f"{where}: bad category")
        if e["lang"] not in LANGS:
            errs.append(f"{where}: bad lang")
        if not isinstance(e["items"], list):
            errs.append(f"{where}: items must be a list")
            continue
        if e["category"] in ("negative", "reply") and e["items"]:
            errs.append(f"{where}: negatives and replies give nothing")
        if e["category"] not in ("negative", "reply") and not e["items"]:
            errs.append(f"{where}: expected at least one item")
        if e["category"] == "digest" and len(e["items"]) < 2:
            errs.append(f"{where}: a digest lists several targets")
        for i, it in enumerate(e["items"]):
            errs.extend(check_item(f"{where}#{i}", it, e["category"]))
        raw = (out / where).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            errs.append(f"{where}: parse defects {msg.defects}")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes charset + transfer encoding or raises
        sent = utils.parsedate_to_datetime(msg["Date"]).date()
        if not FIRST_DAY <= sent <= LAST_DAY:
            errs.append(f"{where}: Date {sent} outside {FIRST_DAY}..{LAST_DAY}")
        if "\n" in raw.replace(b"\r\n", b"").decode("latin-1"):
            errs.append(f"{where}: bare LF line ending")
    return errs


def main() -> None:
    names = Counter(m.name for m in ALL)
    if dupes := [n for n, c in names.items() if c > 1]:
        raise SystemExit(f"duplicate mail names: {dupes}")
    for mail in ALL:
        datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z")
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for mail in ALL:
        fname = f"{mail.name}.eml"
        (out / fname).write_bytes(render(mail))
        labels.append(
            {
                "file": fname,
                "category": mail.category,
                "lang": mail.lang,
                "form": form_of(mail),
                "note": mail.note,
                "items": mail.items,
            }
        )
    doc = {"version": 1, "convention": "see tests/corpus/README.md", "mails": labels}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    labels_path = HERE / "labels.yaml"
    labels_path.write_text(text, encoding="utf-8")
    errs = check(out, labels_path)
    cats = Counter(m.category for m in ALL)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    if errs:
        print("\n".join(errs), file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
