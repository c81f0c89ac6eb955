"""Writes the holdout16 blind set: tests/holdout16/mail/*.eml and tests/holdout16/labels.yaml.

Run from anywhere: `python tests/holdout16/make_holdout16.py`. Output is deterministic. The mails are
built with tests/corpus/corpus_lib.py (one forward carries its notice as message/rfc822, see h16_lib.py),
and the generator checks the mechanics: every file parses, names are unique, labels follow the schema.
"""

from __future__ import annotations

import email
import re
import sys
from collections import Counter
from datetime import datetime
from email import policy
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h16_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h16_lib import RFC822, Mail, render  # noqa: E402
from h16_misc import MAILS as MISC_MAILS  # noqa: E402
from h16_noise import MAILS as NOISE_MAILS  # noqa: E402
from h16_quota import MAILS as QUOTA_MAILS  # noqa: E402
from h16_social import MAILS as SOCIAL_MAILS  # noqa: E402

ALL: list[Mail] = [*DOMAIN_MAILS, *QUOTA_MAILS, *SOCIAL_MAILS, *MISC_MAILS, *NOISE_MAILS]

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
ITEM_KEYS = {"kind", "vendor", "target", "deadline", "suspicious", "resolves", "aliases"}


def form_of(mail: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    extra = f", {mail.charset}, {mail.cte}"
    if mail.name in RFC822:
        extra += ", +message/rfc822"
    return parts + extra + (", +attachment" if mail.attachment else "")


def check(mail: Mail, raw: bytes) -> None:
    """Mechanics only: parse, schema, dates in range. Never what the tool would say."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] and msg["From"] and msg["Date"], mail.name
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes charset and transfer encoding, raises if broken
    dt = datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z")
    assert "2026-09-01" <= dt.date().isoformat() <= "2026-11-22", mail.name
    assert mail.category in CATEGORIES and mail.lang in {"ko", "en", "mixed"}, mail.name
    if mail.category in {"negative", "reply"}:
        assert mail.items == [], mail.name
    else:
        assert mail.items, mail.name
    for it in mail.items:
        assert set(it) <= ITEM_KEYS and it["kind"] in KINDS and it["target"], mail.name
        assert it["suspicious"] == (mail.category == "phishing"), mail.name
        d = it["deadline"]
        assert d is None or d == "default" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d), mail.name
        assert it["resolves"] == (mail.category == "resolution"), mail.name


def main() -> None:
    names = Counter(m.name for m in ALL)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels: list[dict[str, Any]] = []
    for mail in ALL:
        raw = render(mail)
        check(mail, raw)
        fname = f"{mail.name}.eml"
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
    assert {e["file"] for e in yaml.safe_load(text)["mails"]} == {p.name for p in out.glob("*.eml")}
    cats = Counter(m.category for m in ALL)
    langs = Counter(m.lang for m in ALL)
    kinds = Counter(it["kind"] for m in ALL for it in m.items)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    print("langs: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("items: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
