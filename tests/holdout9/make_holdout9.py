"""Writes the holdout9 blind evaluation set: tests/holdout9/mail/*.eml and tests/holdout9/labels.yaml.

Run from anywhere: `python tests/holdout9/make_holdout9.py`. It builds every mail with tests/corpus/corpus_lib.py
(the standard `email` package), labels them per tests/corpus/README.md, and checks only mechanics: the
output is deterministic, every file parses, and every label follows the schema. See README.md here.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "corpus"))  # corpus_lib, the shared mail builder

from h9_infra import MAILS as INFRA  # noqa: E402
from h9_infra import RFC822_INNER, RFC822_OUTER  # noqa: E402
from h9_lib import Mail, build, rfc822_forward  # noqa: E402
from h9_noise import NEGATIVES, PHISHING, REPLIES  # noqa: E402
from h9_social import MAILS as SOCIAL  # noqa: E402

ALL: list[Mail] = [*SOCIAL, *INFRA, RFC822_OUTER, *REPLIES, *NEGATIVES, *PHISHING]

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
FIRST, LAST = date(2026, 9, 15), date(2026, 11, 22)


def form_of(mail: Mail) -> str:
    if mail is RFC822_OUTER:
        return f"multipart/mixed (text/plain + message/rfc822), {mail.charset}, {mail.cte}; inner base64"
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    return parts + f", {mail.charset}, {mail.cte}" + (", +PDF attachment" if mail.attachment else "")


def render(mail: Mail) -> bytes:
    return rfc822_forward(RFC822_OUTER, RFC822_INNER) if mail is RFC822_OUTER else build(mail)


def check(mail: Mail, raw: bytes) -> None:
    """Mechanics only: parse, date window, label schema."""
    where = mail.name
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["From"] and msg["Subject"] and msg["Date"], where
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes charset + transfer encoding or raises
    local = datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z").date()
    assert FIRST <= local <= LAST, f"{where}: date {local} outside the window"
    assert mail.category in CATEGORIES, where
    assert mail.lang in {"ko", "en", "mixed"}, where
    empty = mail.category in {"negative", "reply"}
    assert bool(mail.items) != empty, f"{where}: items vs category {mail.category}"
    for it in mail.items:
        assert it["kind"] in KINDS, where
        assert it["vendor"] and it["target"], where
        d = it["deadline"]
        assert d is None or d == "default" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", d), where
        assert it["suspicious"] == (mail.category == "phishing"), where
        assert it["resolves"] == (mail.category == "resolution"), where


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
        if raw != render(mail):
            raise SystemExit(f"{mail.name}: not deterministic")
        check(mail, raw)
        (out / f"{mail.name}.eml").write_bytes(raw)
        labels.append(
            {
                "file": f"{mail.name}.eml",
                "category": mail.category,
                "lang": mail.lang,
                "form": form_of(mail),
                "note": mail.note,
                "items": mail.items,
            }
        )
    doc = {"version": 1, "convention": "see tests/corpus/README.md", "today": "2026-11-23", "mails": labels}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    files = sorted(p.name for p in out.glob("*.eml"))
    assert files == sorted(e["file"] for e in labels), "labels.yaml and mail/ disagree"
    cats = Counter(m.category for m in ALL)
    langs = Counter(m.lang for m in ALL)
    kinds = Counter(it["kind"] for m in ALL for it in m.items)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    print("langs: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("items: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
