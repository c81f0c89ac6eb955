"""Writes the labelled evaluation corpus: tests/corpus/mail/*.eml and tests/corpus/labels.yaml.

Run from anywhere: `python tests/corpus/make_corpus.py`. Output is deterministic, and both the
generator and its output are committed, so a reviewer can read the mails as bytes and see how
they were made. See README.md in this folder for the labelling convention.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus_lib import Mail, build  # noqa: E402
from mails_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from mails_negative import NEGATIVES, PHISHING  # noqa: E402

try:
    from mails_quota import MAILS as QUOTA_MAILS
except ImportError:  # written in a later batch
    QUOTA_MAILS = []
try:
    from mails_social import MAILS as SOCIAL_MAILS
except ImportError:
    SOCIAL_MAILS = []

ALL: list[Mail] = [*DOMAIN_MAILS, *QUOTA_MAILS, *SOCIAL_MAILS, *NEGATIVES, *PHISHING]


def form_of(mail: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    extra = f", {mail.charset}, {mail.cte}"
    return parts + extra + (", +attachment" if mail.attachment else "")


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
        (out / fname).write_bytes(build(mail))
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
    doc = {
        "version": 1,
        "convention": "see tests/corpus/README.md",
        "mails": labels,
    }
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    cats = Counter(m.category for m in ALL)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))


if __name__ == "__main__":
    main()
