"""Writes the held-out evaluation corpus: tests/holdout/mail/*.eml and tests/holdout/labels.yaml.

A second corpus, written by someone who did not read the built-in rule packs, their example mails or the
first corpus's mails (see README.md here). It reuses only the first corpus's .eml builder
(tests/corpus/corpus_lib.py), so charsets, transfer encodings and MIME structure are produced by the
standard `email` package. Labels follow tests/corpus/README.md exactly. Output is deterministic:
`python tests/holdout/make_holdout.py`, then `python bench/score_corpus.py --corpus tests/holdout`.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))
sys.path.insert(0, str(HERE))

from corpus_lib import Mail, build  # noqa: E402
from holdout_mails import ALL  # noqa: E402


def form_of(mail: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    return parts + f", {mail.charset}, {mail.cte}" + (", +attachment" if mail.attachment else "")


def main() -> None:
    dupes = [n for n, c in Counter(m.name for m in ALL).items() if c > 1]
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
        "convention": "see tests/corpus/README.md (held-out set: tests/holdout/README.md)",
        "mails": labels,
    }
    (HERE / "labels.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8"
    )
    cats = Counter(m.category for m in ALL)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))


if __name__ == "__main__":
    main()
