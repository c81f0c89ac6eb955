"""Writes the holdout11 blind set: tests/holdout11/mail/*.eml and tests/holdout11/labels.yaml.

Run from anywhere: `python tests/holdout11/make_holdout11.py`. Deterministic (run it twice, same bytes).
The mails are built with tests/corpus/corpus_lib.py; labels follow tests/corpus/README.md. The script
checks its own mechanics: every .eml parses with the `email` package, every mail has a label entry,
and every label follows the schema.
"""

from __future__ import annotations

import email
import sys
from collections import Counter
from datetime import date
from email import policy
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
sys.path.insert(0, str(HERE))

from corpus_lib import Mail, build  # noqa: E402
from h11_lib import build_rfc822_forward  # noqa: E402
from h11_mails_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h11_mails_other import FORWARD_AS_ATTACHMENT  # noqa: E402
from h11_mails_other import MAILS as OTHER_MAILS  # noqa: E402
from h11_mails_quota_social import MAILS as QS_MAILS  # noqa: E402

ALL: list[Mail] = [*DOMAIN_MAILS, *QS_MAILS, *OTHER_MAILS]

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
LANGS = {"ko", "en", "mixed"}


def form_of(mail: Mail) -> str:
    if mail.name in FORWARD_AS_ATTACHMENT:
        return "multipart/mixed with message/rfc822 attachment, utf-8, 8bit"
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    extra = f", {mail.charset}, {mail.cte}"
    return parts + extra + (", +attachment" if mail.attachment else "")


def check_label(entry: dict[str, Any], mail_date: date) -> None:
    where = entry["file"]
    assert entry["category"] in CATEGORIES, where
    assert entry["lang"] in LANGS, where
    items = entry["items"]
    assert isinstance(items, list), where
    if entry["category"] in ("negative", "reply"):
        assert items == [], f"{where}: {entry['category']} must give nothing"
    else:
        assert items, f"{where}: {entry['category']} needs items"
    if entry["category"] == "digest":
        assert len(items) >= 2, where
    for it in items:
        assert set(it) <= {"kind", "vendor", "target", "aliases", "deadline", "suspicious", "resolves"}, where
        assert it["kind"] in KINDS, where
        assert it["vendor"] and it["target"], where
        assert isinstance(it["suspicious"], bool) and isinstance(it["resolves"], bool), where
        assert it["suspicious"] == (entry["category"] == "phishing"), where
        assert it["resolves"] == (entry["category"] == "resolution"), where
        dl = it["deadline"]
        if dl not in (None, "default"):
            d = date.fromisoformat(dl)
            assert (d - mail_date).days <= 400, f"{where}: deadline far away"
    assert date(2026, 9, 10) <= mail_date <= date(2026, 11, 22), f"{where}: mail date out of range"


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
        inner = FORWARD_AS_ATTACHMENT.get(mail.name)
        data = build_rfc822_forward(mail, inner) if inner else build(mail)
        (out / fname).write_bytes(data)
        msg = email.message_from_bytes(data, policy=policy.default)
        assert msg["Subject"] and msg["Date"] and msg["From"], fname
        assert not msg.defects, f"{fname}: {msg.defects}"
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes charset and transfer encoding, raises if broken
        mail_date = msg["Date"].datetime.date()
        entry = {
            "file": fname,
            "category": mail.category,
            "lang": mail.lang,
            "form": form_of(mail),
            "note": mail.note,
            "items": mail.items,
        }
        check_label(entry, mail_date)
        labels.append(entry)
    assert {e["file"] for e in labels} == {p.name for p in out.glob("*.eml")}
    doc = {"version": 1, "convention": "see tests/corpus/README.md", "mails": labels}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    cats = Counter(m.category for m in ALL)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))


if __name__ == "__main__":
    main()
