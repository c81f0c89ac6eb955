"""Writes the blind holdout17 set: tests/holdout17/mail/*.eml and tests/holdout17/labels.yaml.

Run from anywhere: `python tests/holdout17/make_holdout17.py`. Deterministic; the labels follow
tests/corpus/README.md. The generator checks its own mechanics (every mail parses, one label per
mail, label schema) and exits non-zero if any check fails.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "corpus"))

from corpus_lib import Mail, build  # noqa: E402
from h17_lib import build_rfc822_forward  # noqa: E402
from h17_noise import NEGATIVES, PHISHING  # noqa: E402
from h17_pos import MAILS as POS  # noqa: E402
from h17_threads import MAILS as THREADS  # noqa: E402
from h17_threads import RFC822  # noqa: E402

CATS = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}


def form_of(mail: Mail, rfc822: bool = False) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    out = parts + f", {mail.charset}, {mail.cte}"
    if mail.attachment:
        out += ", +attachment"
    if rfc822:
        out += ", +message/rfc822 attachment"
    if mail.subject.startswith("=?"):
        out += ", RFC 2047 Q subject"
    return out


def check_label(entry: dict[str, Any]) -> None:
    assert entry["category"] in CATS, entry
    assert entry["lang"] in {"ko", "en", "mixed"}, entry
    for it in entry["items"]:
        assert set(it) <= {"kind", "vendor", "target", "aliases", "deadline", "suspicious", "resolves"}, it
        assert it["kind"] in KINDS, it
        dl = it["deadline"]
        assert dl is None or dl == "default" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl), it
        assert isinstance(it["suspicious"], bool) and isinstance(it["resolves"], bool), it
        assert it["suspicious"] == (entry["category"] == "phishing"), entry["file"]
    if entry["category"] in {"negative", "reply"}:
        assert entry["items"] == [], entry["file"]
    else:
        assert entry["items"], entry["file"]


def main() -> None:
    plain: list[Mail] = [*POS, *THREADS, *NEGATIVES, *PHISHING]
    all_names = [m.name for m in plain] + [o.name for o, _ in RFC822]
    dupes = [n for n, c in Counter(all_names).items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    produced: list[tuple[Mail, bytes, bool]] = [(m, build(m), False) for m in plain]
    produced += [(o, build_rfc822_forward(o, i), True) for o, i in RFC822]
    labels = []
    for mail, data, rfc in sorted(produced, key=lambda t: t[0].name):
        fname = f"{mail.name}.eml"
        (out / fname).write_bytes(data)
        msg = message_from_bytes(data, policy=policy.default)
        assert msg["Date"] and msg["From"] and msg["Subject"] is not None, fname
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes charset and transfer encoding, raises if broken
        entry = {
            "file": fname,
            "category": mail.category,
            "lang": mail.lang,
            "form": form_of(mail, rfc),
            "note": mail.note,
            "items": mail.items,
        }
        check_label(entry)
        labels.append(entry)
    assert {e["file"] for e in labels} == {p.name for p in out.glob("*.eml")}
    doc = {"version": 1, "convention": "see tests/corpus/README.md", "mails": labels}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    cats = Counter(e["category"] for e in labels)
    langs = Counter(e["lang"] for e in labels)
    kinds = Counter(it["kind"] for e in labels for it in e["items"])
    print(f"wrote {len(labels)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))
    print("langs:", dict(langs), "items:", dict(kinds))


if __name__ == "__main__":
    main()
