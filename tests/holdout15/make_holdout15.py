"""Writes the holdout15 blind evaluation set: tests/holdout15/mail/*.eml and tests/holdout15/labels.yaml.

Run from anywhere: `python tests/holdout15/make_holdout15.py`. Output is deterministic. Before writing, it
checks the labels against the schema of tests/corpus/README.md; after writing, it re-parses every .eml with
Python's `email` package. See README.md in this folder for the independence rule and the sources."""

from __future__ import annotations

import email
import re
import sys
from collections import Counter
from datetime import datetime
from email import policy
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h15_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h15_lib import RFC822_INNER, Mail, build_any  # noqa: E402
from h15_noise import NEGATIVES, PHISHING  # noqa: E402
from h15_quota import MAILS as QUOTA_MAILS  # noqa: E402
from h15_social import MAILS as SOCIAL_MAILS  # noqa: E402

ALL: list[Mail] = [*DOMAIN_MAILS, *QUOTA_MAILS, *SOCIAL_MAILS, *NEGATIVES, *PHISHING]

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
LANGS = {"ko", "en", "mixed"}
ITEM_KEYS = {"kind", "vendor", "target", "deadline", "suspicious", "resolves", "aliases"}


def form_of(mail: Mail) -> str:
    if mail.name in RFC822_INNER:
        return f"multipart/mixed: text/plain + message/rfc822 attachment, {mail.charset}, {mail.cte}"
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    return parts + f", {mail.charset}, {mail.cte}" + (", +attachment" if mail.attachment else "")


def check(mail: Mail) -> None:
    where = mail.name
    assert mail.category in CATEGORIES, where
    assert mail.lang in LANGS, where
    dt = datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z")
    assert "2026-09-01" <= dt.date().isoformat() <= "2026-11-22", (where, mail.date)
    for it in mail.items:
        assert set(it) <= ITEM_KEYS and ITEM_KEYS - {"aliases"} <= set(it), where
        assert it["kind"] in KINDS, where
        assert it["vendor"] and it["target"], where
        dl = it["deadline"]
        assert dl is None or dl == "default" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl), (where, dl)
        if isinstance(dl, str) and dl != "default":
            datetime.strptime(dl, "%Y-%m-%d")
        assert isinstance(it["suspicious"], bool) and isinstance(it["resolves"], bool), where
    cat = mail.category
    if cat in ("negative", "reply"):
        assert mail.items == [], where
    else:
        assert mail.items, where
    if cat == "phishing":
        assert all(i["suspicious"] for i in mail.items), where
    else:
        assert not any(i["suspicious"] for i in mail.items), where
    if cat == "resolution":
        assert all(i["resolves"] for i in mail.items), where
    else:
        assert not any(i["resolves"] for i in mail.items), where
    if cat == "digest":
        assert len(mail.items) >= 2, where


def main() -> None:
    names = Counter(m.name for m in ALL)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    for mail in ALL:
        check(mail)
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for mail in ALL:
        fname = f"{mail.name}.eml"
        raw = build_any(mail)
        (out / fname).write_bytes(raw)
        parsed = email.message_from_bytes(raw, policy=policy.default)
        assert parsed["From"] and parsed["Date"] and parsed["Subject"] is not None, fname
        for part in parsed.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes the charset and transfer encoding, or raises
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
    files = {p.name for p in out.glob("*.eml")}
    assert files == {lab["file"] for lab in labels}, "labels.yaml must have exactly one entry per mail"
    doc = {
        "version": 1,
        "convention": "see tests/corpus/README.md",
        "today": "2026-11-23",
        "mails": labels,
    }
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    cats = Counter(m.category for m in ALL)
    langs = Counter(m.lang for m in ALL)
    kinds = Counter(i["kind"] + (" (suspicious)" if i["suspicious"] else "") for m in ALL for i in m.items)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("items: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
