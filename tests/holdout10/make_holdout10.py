"""Writes the holdout10 blind evaluation set: tests/holdout10/mail/*.eml and tests/holdout10/labels.yaml.

Run from anywhere: `python tests/holdout10/make_holdout10.py`. Deterministic; the mails are built with
tests/corpus/corpus_lib.py (real charsets, transfer encodings, RFC 2047 headers) and labelled per
tests/corpus/README.md. Ends with a mechanical self-check: every .eml parses, every mail has a label entry
and the labels follow the schema. See README.md in this folder for the independence rule."""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h10_lib import Mail, build, build_rfc822_forward  # noqa: E402
from mails_h10_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from mails_h10_noise import NEGATIVES, PHISHING  # noqa: E402
from mails_h10_service import MAILS as SERVICE_MAILS  # noqa: E402
from mails_h10_service import RFC822_FORWARDS  # noqa: E402

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}
LANGS = {"ko", "en", "mixed"}
ITEM_KEYS = {"kind", "vendor", "target", "deadline", "suspicious", "resolves", "aliases"}


def form_of(mail: Mail, rfc822: bool = False) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    out = parts + f", {mail.charset}, {mail.cte}"
    if rfc822:
        return out + ", +message/rfc822 attachment"
    return out + (", +attachment" if mail.attachment else "")


def check_label(entry: dict[str, object]) -> None:
    name = entry["file"]
    assert set(entry) == {"file", "category", "lang", "form", "note", "items"}, name
    assert entry["category"] in CATEGORIES, name
    assert entry["lang"] in LANGS, name
    items = entry["items"]
    assert isinstance(items, list), name
    if entry["category"] in ("negative", "reply"):
        assert not items, f"{name}: negatives and replies give nothing"
    else:
        assert items, f"{name}: {entry['category']} needs items"
    for it in items:
        assert set(it) <= ITEM_KEYS and ITEM_KEYS - {"aliases"} <= set(it), name
        assert it["kind"] in KINDS, name
        assert isinstance(it["target"], str) and it["target"], name
        dl = it["deadline"]
        assert dl is None or dl == "default" or date.fromisoformat(dl), name
        assert it["suspicious"] is (entry["category"] == "phishing"), name
        if it["resolves"]:
            assert entry["category"] in ("resolution", "digest"), name


def main() -> None:
    pairs: list[tuple[Mail, bytes, bool]] = []
    for mail in [*DOMAIN_MAILS, *SERVICE_MAILS, *NEGATIVES, *PHISHING]:
        pairs.append((mail, build(mail), False))
    for outer, inner in RFC822_FORWARDS:
        pairs.append((outer, build_rfc822_forward(outer, inner), True))
    names = Counter(m.name for m, _, _ in pairs)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for mail, raw, rfc822 in sorted(pairs, key=lambda p: p[0].name):
        fname = f"{mail.name}.eml"
        (out / fname).write_bytes(raw)
        labels.append(
            {
                "file": fname,
                "category": mail.category,
                "lang": mail.lang,
                "form": form_of(mail, rfc822),
                "note": mail.note,
                "items": mail.items,
            }
        )
    doc = {"set": "holdout10", "today": "2026-11-23", "mails": labels}
    (HERE / "labels.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8"
    )
    self_check(out, labels)
    print(f"wrote {len(labels)} mails to {out}")


def self_check(out: Path, labels: list[dict[str, object]]) -> None:
    """Mechanics only: parseable mail, Date header in range, one label per file, schema."""
    files = sorted(p.name for p in out.glob("*.eml"))
    assert files == sorted(str(e["file"]) for e in labels), "labels and files differ"
    reread = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    assert reread["mails"] == labels
    for entry in labels:
        check_label(entry)
        raw = (out / str(entry["file"])).read_bytes()
        assert b"\r\n" in raw and not re.search(rb"(?<!\r)\n", raw), entry["file"]
        msg = message_from_bytes(raw, policy=policy.default)
        assert msg["From"] and msg["Subject"] is not None and msg["Date"], entry["file"]
        d = msg["Date"].datetime.date()
        assert date(2026, 9, 20) <= d <= date(2026, 11, 22), (entry["file"], d)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes charset and transfer encoding; raises on garbage


if __name__ == "__main__":
    main()
