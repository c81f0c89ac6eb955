"""Writes the holdout5 blind evaluation set: tests/holdout5/mail/*.eml and tests/holdout5/labels.yaml.

Run from anywhere: `python tests/holdout5/make_holdout5.py`. Output is deterministic. The labelling
convention is tests/corpus/README.md; see README.md in this folder for what this set covers and how it
was written (without reading the rule packs).
"""

from __future__ import annotations

import email
import re
import sys
from collections import Counter
from email import policy
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# corpus_lib (the shared mail builder); appended so its mails_*.py never shadow ours
sys.path.append(str(HERE.parent / "corpus"))

from h5_domain import FW_RFC822_INNER, FW_RFC822_OUTER  # noqa: E402
from h5_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h5_negative import NEGATIVES, PHISHING  # noqa: E402
from h5_quota_social import MAILS as QS_MAILS  # noqa: E402
from h5_threads import MAILS as THREAD_MAILS  # noqa: E402
from h5lib import Mail, build, build_with_attached  # noqa: E402

ALL: list[Mail] = [*DOMAIN_MAILS, FW_RFC822_OUTER, *QS_MAILS, *THREAD_MAILS, *NEGATIVES, *PHISHING]
ATTACHED = {FW_RFC822_OUTER.name: (FW_RFC822_INNER, "Expiration notice for the domain gurum-pay.net.eml")}

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
LANGS = {"ko", "en", "mixed"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def form_of(mail: Mail) -> str:
    if mail.name in ATTACHED:
        inner = ATTACHED[mail.name][0]
        return (
            f"multipart/mixed: text/plain ({mail.charset}, {mail.cte}) + message/rfc822"
            f" (text/plain, {inner.charset}, {inner.cte})"
        )
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    return parts + f", {mail.charset}, {mail.cte}" + (", +attachment" if mail.attachment else "")


def check_labels(labels: list[dict[str, Any]], out: Path) -> None:
    """Schema of tests/corpus/README.md, and one entry per written mail."""
    files = {p.name for p in out.glob("*.eml")}
    seen = {m["file"] for m in labels}
    assert files == seen, f"labels and files differ: {sorted(files ^ seen)}"
    for m in labels:
        assert set(m) == {"file", "category", "lang", "form", "note", "items"}, m["file"]
        assert m["category"] in CATEGORIES, m["file"]
        assert m["lang"] in LANGS, m["file"]
        if m["category"] in ("negative", "reply"):
            assert m["items"] == [], m["file"]
        else:
            assert m["items"], m["file"]
        for it in m["items"]:
            assert set(it) - {"aliases"} == {"kind", "vendor", "target", "deadline", "suspicious", "resolves"}
            assert it["kind"] in KINDS, m["file"]
            d = it["deadline"]
            assert d is None or d == "default" or ISO.match(d), (m["file"], d)
            assert it["suspicious"] == (m["category"] == "phishing"), m["file"]
            assert it["resolves"] == (m["category"] == "resolution"), m["file"]
            assert isinstance(it["target"], str) and it["target"], m["file"]


def check_parses(out: Path) -> None:
    """Every mail parses with the standard library and every text part decodes."""
    for path in sorted(out.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg["Date"] and msg["From"] and msg["Subject"], path.name
        local_day = msg["Date"].datetime.date().isoformat()
        assert "2026-09-01" <= local_day <= "2026-11-22", (path.name, local_day)
        texts = 0
        for part in msg.walk():
            if part.get_content_type() in ("text/plain", "text/html"):
                content = part.get_content()
                assert isinstance(content, str) and content.strip(), path.name
                texts += 1
        assert texts, path.name


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
        if mail.name in ATTACHED:
            inner, att_name = ATTACHED[mail.name]
            data = build_with_attached(mail, inner, att_name)
        else:
            data = build(mail)
        (out / fname).write_bytes(data)
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
    check_labels(yaml.safe_load(text)["mails"], out)
    check_parses(out)
    cats = Counter(m.category for m in ALL)
    langs = Counter(m.lang for m in ALL)
    kinds = Counter(it["kind"] + ("/suspicious" if it["suspicious"] else "") for m in ALL for it in m.items)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items())))
    print("items: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
