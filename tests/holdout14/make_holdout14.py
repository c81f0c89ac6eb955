"""Writes the holdout14 blind set: tests/holdout14/mail/*.eml and tests/holdout14/labels.yaml.

Run from anywhere: `python tests/holdout14/make_holdout14.py`. Deterministic; it also checks the
mechanics (every .eml parses with the `email` package, every mail has a label entry that follows the
schema of tests/corpus/README.md, Date headers within the set's window). See README.md here.
"""

from __future__ import annotations

import email
import sys
from collections import Counter
from datetime import date, datetime
from email import policy, utils
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h14_hosting import MAILS as HOSTING  # noqa: E402
from h14_lib import ATTACHED, Mail, build_any  # noqa: E402
from h14_noise import NEGATIVES, PHISHING  # noqa: E402
from h14_social import MAILS as SOCIAL_MAILS  # noqa: E402
from h14_threads import MAILS as THREADS  # noqa: E402

ALL: list[Mail] = [*SOCIAL_MAILS, *HOSTING, *THREADS, *NEGATIVES, *PHISHING]

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
ITEM_KEYS = {"kind", "vendor", "target", "deadline", "suspicious", "resolves", "aliases"}
WINDOW = (date(2026, 9, 1), date(2026, 11, 22))


def form_of(mail: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    extra = f", {mail.charset}, {mail.cte}"
    if mail.name in ATTACHED:
        extra += ", +message/rfc822 attachment"
    if mail.subject.startswith("=?"):
        extra += ", RFC 2047 Q subject"
    return parts + extra + (", +attachment" if mail.attachment else "")


def check_item(name: str, it: dict[str, Any], category: str) -> None:
    if set(it) - ITEM_KEYS or not {"kind", "vendor", "target", "deadline", "suspicious", "resolves"} <= set(it):
        raise SystemExit(f"{name}: bad item keys {sorted(it)}")
    if it["kind"] not in KINDS:
        raise SystemExit(f"{name}: bad kind {it['kind']}")
    dl = it["deadline"]
    if dl is not None and dl != "default":
        date.fromisoformat(dl)
    if it["suspicious"] != (category == "phishing"):
        raise SystemExit(f"{name}: suspicious flag does not match category")
    if it["resolves"] != (category == "resolution"):
        raise SystemExit(f"{name}: resolves flag does not match category")


def check_mail(mail: Mail, raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=policy.default)
    if not msg["From"] or not msg["Subject"] or not msg["Date"]:
        raise SystemExit(f"{mail.name}: missing headers")
    sent = utils.parsedate_to_datetime(str(msg["Date"]))
    local = datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z").date()
    if not (WINDOW[0] <= local <= WINDOW[1]) or sent.date() != local:
        raise SystemExit(f"{mail.name}: Date outside the window")
    bodies = 0
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes charset and transfer encoding; raises on damage
            bodies += 1
    if not bodies:
        raise SystemExit(f"{mail.name}: no text body")
    if mail.category not in CATEGORIES:
        raise SystemExit(f"{mail.name}: bad category")
    if mail.category in {"negative", "reply"} and mail.items:
        raise SystemExit(f"{mail.name}: {mail.category} must give nothing")
    if mail.category not in {"negative", "reply"} and not mail.items:
        raise SystemExit(f"{mail.name}: {mail.category} needs items")
    if mail.category == "digest" and len(mail.items) < 2:
        raise SystemExit(f"{mail.name}: digest needs several items")
    for it in mail.items:
        check_item(mail.name, it, mail.category)


def main() -> None:
    names = Counter(m.name for m in ALL)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for mail in ALL:
        fname = f"{mail.name}.eml"
        raw = build_any(mail)
        check_mail(mail, raw)
        (out / fname).write_bytes(raw)
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
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    # Round trip: one label per .eml on disk, nothing else.
    back = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    files = {p.name for p in out.glob("*.eml")}
    if {e["file"] for e in back["mails"]} != files or len(back["mails"]) != len(files):
        raise SystemExit("labels.yaml and mail/ disagree")
    cats = Counter(m.category for m in ALL)
    langs = Counter(m.lang for m in ALL)
    kinds = Counter(it["kind"] for m in ALL for it in m.items)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    print("langs: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("items: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
