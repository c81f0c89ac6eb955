"""Writes the holdout13 blind set: tests/holdout13/mail/*.eml and tests/holdout13/labels.yaml.

Run from anywhere: `python tests/holdout13/make_holdout13.py`. Output is deterministic. The mails are built
with tests/corpus/corpus_lib.py (real charsets, transfer encodings, RFC 2047 headers); labels follow
tests/corpus/README.md exactly. Before writing, the generator checks the mechanics: every mail parses with
the standard `email` package, every label entry has the schema's keys and values, names are unique.
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

from h13_domain import DIGESTS as DOMAIN_DIGESTS  # noqa: E402
from h13_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h13_lib import Mail, build, build_rfc822_forward  # noqa: E402
from h13_noise import MAILS as NOISE_MAILS  # noqa: E402
from h13_noise import PHISHING  # noqa: E402
from h13_quota_social import MAILS as QS_MAILS  # noqa: E402
from h13_threads import MAILS as THREAD_MAILS  # noqa: E402
from h13_threads import RFC822_FORWARDS  # noqa: E402

SINGLE: list[Mail] = [*DOMAIN_MAILS, *DOMAIN_DIGESTS, *QS_MAILS, *THREAD_MAILS, *NOISE_MAILS, *PHISHING]
ALL: list[Mail] = [*SINGLE, *(outer for outer, _ in RFC822_FORWARDS)]

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
ITEM_KEYS = {"kind", "vendor", "target", "deadline", "suspicious", "resolves"}


def form_of(mail: Mail, rfc822: bool = False) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    extra = f", {mail.charset}, {mail.cte}"
    if rfc822:
        return parts + extra + ", +message/rfc822 original"
    return parts + extra + (", +attachment" if mail.attachment else "")


def _text_of(part: Any) -> str:
    # Python maps ks_c_5601-1987 to EUC-KR, but Outlook writes cp949 under that label (see corpus_lib).
    if (part.get_content_charset() or "").lower() == "ks_c_5601-1987":
        return str(part.get_payload(decode=True).decode("cp949"))
    return str(part.get_content())


def check_mail(mail: Mail, raw: bytes) -> None:
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg["Subject"] is not None and msg["From"] is not None, mail.name
    sent = datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z").date()
    assert date(2026, 9, 5) <= sent <= date(2026, 11, 22), (mail.name, sent)
    texts = [_text_of(p) for p in msg.walk() if p.get_content_maintype() == "text"]
    assert texts and all(isinstance(t, str) and t.strip() for t in texts), mail.name
    assert not any("\ufffd" in t for t in texts), f"{mail.name}: undecodable body"


def check_label(entry: dict[str, Any]) -> None:
    assert entry["category"] in CATEGORIES, entry
    assert entry["lang"] in {"ko", "en", "mixed"}, entry
    for it in entry["items"]:
        assert ITEM_KEYS <= set(it) <= ITEM_KEYS | {"aliases"}, it
        assert it["kind"] in KINDS, it
        dl = it["deadline"]
        assert dl is None or dl == "default" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl), it
        if entry["category"] == "phishing":
            assert it["suspicious"], entry["file"]
    if entry["category"] in {"reply", "negative"}:
        assert entry["items"] == [], entry["file"]
    if entry["category"] == "resolution":
        assert all(it["resolves"] for it in entry["items"]), entry["file"]


def main() -> None:
    names = Counter(m.name for m in ALL)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    rendered: list[tuple[Mail, bytes, bool]] = [(m, build(m), False) for m in SINGLE]
    rendered += [(outer, build_rfc822_forward(outer, inner), True) for outer, inner in RFC822_FORWARDS]
    labels = []
    for mail, raw, rfc822 in rendered:
        check_mail(mail, raw)
        fname = f"{mail.name}.eml"
        (out / fname).write_bytes(raw)
        entry = {
            "file": fname,
            "category": mail.category,
            "lang": mail.lang,
            "form": form_of(mail, rfc822),
            "note": mail.note,
            "items": mail.items,
        }
        check_label(entry)
        labels.append(entry)
    written = sorted(p.name for p in out.glob("*.eml"))
    assert written == sorted(e["file"] for e in labels)
    doc = {"version": 1, "convention": "see tests/corpus/README.md", "mails": labels}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    cats = Counter(m.category for m in ALL)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))


if __name__ == "__main__":
    main()
