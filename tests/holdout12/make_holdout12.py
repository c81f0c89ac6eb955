"""Writes the holdout12 blind evaluation set: tests/holdout12/mail/*.eml and tests/holdout12/labels.yaml.

Run from anywhere: `python tests/holdout12/make_holdout12.py`. Mails are built with tests/corpus/corpus_lib.py
(real charsets, transfer encodings, RFC 2047 headers); labels follow tests/corpus/README.md. The generator
checks its own mechanics (deterministic bytes, every mail parses, one schema-valid label per mail, weekdays
in Korean dates match the calendar) and refuses to write if any check fails.
"""

from __future__ import annotations

import email
import re
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
from h12_lib import build_rfc822_forward  # noqa: E402
from h12_mails_domain import FWD_RFC822, FWD_RFC822_FILE, HOSTINGKR_FAILED  # noqa: E402
from h12_mails_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h12_mails_noise import NEGATIVES, PHISHING  # noqa: E402
from h12_mails_quota import MAILS as QUOTA_MAILS  # noqa: E402
from h12_mails_social import MAILS as SOCIAL_MAILS  # noqa: E402

ALL: list[Mail] = [*DOMAIN_MAILS, FWD_RFC822, *QUOTA_MAILS, *SOCIAL_MAILS, *NEGATIVES, *PHISHING]
CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
WEEKDAYS = "월화수목금토일"


def render(mail: Mail) -> bytes:
    if mail is FWD_RFC822:
        return build_rfc822_forward(FWD_RFC822, HOSTINGKR_FAILED, FWD_RFC822_FILE)
    return build(mail)


def form_of(mail: Mail) -> str:
    if mail is FWD_RFC822:
        return f"multipart/mixed (text/plain + message/rfc822), {mail.charset}, {mail.cte}"
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    return parts + f", {mail.charset}, {mail.cte}" + (", +attachment" if mail.attachment else "")


def check_label(mail: Mail) -> None:
    assert mail.category in CATEGORIES, mail.name
    assert mail.lang in ("ko", "en", "mixed"), mail.name
    if mail.category in ("negative", "reply"):
        assert mail.items == [], mail.name
    else:
        assert mail.items, mail.name
    for it in mail.items:
        assert set(it) <= {"kind", "vendor", "target", "aliases", "deadline", "suspicious", "resolves"}, mail.name
        assert it["kind"] in KINDS and it["vendor"] and it["target"], mail.name
        assert it["suspicious"] == (mail.category == "phishing"), mail.name
        assert it["resolves"] == (mail.category == "resolution"), mail.name
        dl = it["deadline"]
        if dl not in (None, "default"):
            date.fromisoformat(dl)


def all_text(msg: email.message.EmailMessage) -> str:
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif part.get_content_type() == "message/rfc822":
            out.append(all_text(part.get_payload(0)))  # type: ignore[arg-type]
    return "\n".join(out)


def check_weekdays(name: str, text: str, year_of_mail: int) -> None:
    """Every 'YYYY년 M월 D일(요)' / 'YYYY.MM.DD.(요)' / 'M월 D일(요)' must name the right weekday."""
    pats = [
        r"(\d{4})년 (\d{1,2})월 (\d{1,2})일\s?\(([월화수목금토일])\)",
        r"(\d{4})\.(\d{2})\.(\d{2})\.?\s?\(([월화수목금토일])\)",
        r"(\d{4})-(\d{2})-(\d{2}) \(([월화수목금토일])\)",
        r"(?<![\d.년] )(?<!\d)()(\d{1,2})월 (\d{1,2})일\s?\(([월화수목금토일])\)",
    ]
    for pat in pats:
        for mt in re.finditer(pat, text):
            y = int(mt.group(1)) if mt.group(1) else year_of_mail
            d = date(y, int(mt.group(2)), int(mt.group(3)))
            if WEEKDAYS[d.weekday()] != mt.group(4):
                raise SystemExit(f"{name}: {mt.group(0)} is a {WEEKDAYS[d.weekday()]}요일")


def main() -> None:
    names = Counter(m.name for m in ALL)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    built: dict[str, bytes] = {}
    for mail in ALL:
        check_label(mail)
        first, second = render(mail), render(mail)
        if first != second:
            raise SystemExit(f"{mail.name}: not deterministic")
        msg = email.message_from_bytes(first, policy=policy.default)
        assert msg["From"] and msg["Date"] and msg["Subject"] is not None, mail.name
        text = all_text(msg)
        assert text.strip(), mail.name
        check_weekdays(mail.name, text, int(mail.date[:4]))
        built[f"{mail.name}.eml"] = first
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels: list[dict[str, Any]] = []
    for mail in ALL:
        fname = f"{mail.name}.eml"
        (out / fname).write_bytes(built[fname])
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
    reread = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    assert sorted(e["file"] for e in reread["mails"]) == sorted(p.name for p in out.glob("*.eml"))
    cats = Counter(m.category for m in ALL)
    langs = Counter(m.lang for m in ALL)
    kinds = Counter(it["kind"] for m in ALL for it in m.items)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    print("langs: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("items: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
