"""Writes the third blind evaluation set: tests/holdout3/mail/*.eml and tests/holdout3/labels.yaml.

Run from anywhere: `python tests/holdout3/make_holdout3.py`. It reuses the corpus builder
(tests/corpus/corpus_lib.py) so charsets, transfer encodings and RFC 2047 headers are real, and adds
two forms that builder lacks: Q-encoded subjects and a forward carried as a message/rfc822 attachment.
Output is deterministic. The labelling convention is tests/corpus/README.md; see README.md here for
the independence rule and the sources the mails were written from.
"""

from __future__ import annotations

import email
import email.policy
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "corpus"))

from corpus_lib import CODECS, Mail, build  # noqa: E402
from h3_common import EXTRAS, OPS  # noqa: E402
from h3_domain import MAILS as DOMAIN_MAILS  # noqa: E402
from h3_english import MAILS as ENGLISH_MAILS  # noqa: E402
from h3_other import MAILS as OTHER_MAILS  # noqa: E402
from h3_quota import MAILS as QUOTA_MAILS  # noqa: E402
from h3_social import MAILS as SOCIAL_MAILS  # noqa: E402

# corpus_lib's default recipient belongs to the main corpus's company; these mails go to dalbit-studio.kr
ALL: list[Mail] = [
    m if m.to != "ops@sobok-market.kr" else replace(m, to=OPS)
    for m in [*DOMAIN_MAILS, *QUOTA_MAILS, *SOCIAL_MAILS, *ENGLISH_MAILS, *OTHER_MAILS]
]

CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {"domain-expiry", "hosting-quota", "social-login-deprecation"}


def _split_head(raw: bytes) -> tuple[list[bytes], bytes]:
    """Header fields (continuation lines joined to their field) and the body."""
    head, body = raw.split(b"\r\n\r\n", 1)
    fields: list[bytes] = []
    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\r\n" + line
        else:
            fields.append(line)
    return fields, body


def _q_words(text: str, label: str) -> str:
    """RFC 2047 Q-encoded words, each short enough for one folded line."""
    codec = CODECS[label]
    words: list[str] = []
    cur = ""
    for ch in text:
        enc = "".join(
            chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else f"={b:02X}") for b in ch.encode(codec)
        )
        if len(cur) + len(enc) > 75 - len(label) - 7:
            words.append(cur)
            cur = ""
        cur += enc
    if cur:
        words.append(cur)
    return "\r\n ".join(f"=?{label}?Q?{w}?=" for w in words)


def _q_subject(raw: bytes, subject: str, charset: str) -> bytes:
    """Rewrite the Subject as Q-encoded words (Outlook and some webmails use Q, not B)."""
    enc = _q_words(subject, charset)
    fields, body = _split_head(raw)
    out = [b"Subject: " + enc.encode("ascii") if f.lower().startswith(b"subject:") else f for f in fields]
    return b"\r\n".join(out) + b"\r\n\r\n" + body


def _with_rfc822(raw: bytes, inner: bytes, name: str, filename: str) -> bytes:
    """Turn a single-part mail into multipart/mixed: its own text, then the original as message/rfc822."""
    fields, body = _split_head(raw)
    part_fields = [f for f in fields if f.lower().startswith((b"content-type:", b"content-transfer-encoding:"))]
    top = [f for f in fields if f not in part_fields]
    boundary = ("----=_NextPart_" + format(abs(hash_stable(name)) % 16**12, "012X") + ".01DC5A1B").encode()
    out = [
        *top,
        b'Content-Type: multipart/mixed; boundary="' + boundary + b'"',
    ]
    parts = [
        b"This is a multi-part message in MIME format.\r\n",
        b"--" + boundary + b"\r\n" + b"\r\n".join(part_fields) + b"\r\n\r\n" + body.rstrip(b"\r\n") + b"\r\n",
        b"--"
        + boundary
        + b"\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment;\r\n\tfilename*=UTF-8''"
        + quote(filename).encode("ascii")
        + b"\r\n\r\n"
        + inner.rstrip(b"\r\n")
        + b"\r\n",
        b"--" + boundary + b"--\r\n",
    ]
    return b"\r\n".join(out) + b"\r\n\r\n" + b"".join(parts)


def hash_stable(text: str) -> int:
    """A hash that does not change between runs (str hash is salted)."""
    value = 0
    for ch in text.encode("utf-8"):
        value = (value * 131 + ch) % (1 << 61)
    return value


def render(mail: Mail) -> bytes:
    raw = build(mail)
    extra = EXTRAS.get(mail.name, {})
    if "q_subject" in extra:
        raw = _q_subject(raw, mail.subject, mail.charset)
    if "rfc822" in extra:
        inner_mail: Mail = extra["rfc822"]
        raw = _with_rfc822(raw, build(inner_mail), mail.name, extra.get("filename", "original.eml"))
    return raw


def form_of(mail: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    extra = EXTRAS.get(mail.name, {})
    text = parts + f", {mail.charset}, {mail.cte}"
    if mail.attachment:
        text += ", +PDF attachment"
    if "rfc822" in extra:
        text += ", +message/rfc822 attachment"
    if "q_subject" in extra:
        text += ", Q-encoded subject"
    return text


def check(mails: list[Mail], labels: list[dict[str, Any]], out: Path) -> None:
    """Mechanics only: names unique, every file parses, one label per mail, the schema holds."""
    names = Counter(m.name for m in mails)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    files = sorted(p.name for p in out.glob("*.eml"))
    if files != sorted(lab["file"] for lab in labels):
        raise SystemExit("labels.yaml and mail/ disagree")
    for lab in labels:
        raw = (out / lab["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects or not msg["Date"] or not msg["From"] or msg["Subject"] is None:
            raise SystemExit(f"{lab['file']}: defects {msg.defects}")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes charset and transfer encoding or raises
        date = msg["Date"].datetime.date().isoformat()
        if not ("2026-09-01" <= date <= "2026-11-22"):
            raise SystemExit(f"{lab['file']}: Date {date} out of range")
        if lab["category"] not in CATEGORIES or lab["lang"] not in {"ko", "en", "mixed"}:
            raise SystemExit(f"{lab['file']}: bad category/lang")
        want_items = lab["category"] not in {"negative", "reply"}
        if want_items != bool(lab["items"]):
            raise SystemExit(f"{lab['file']}: category {lab['category']} with {len(lab['items'])} items")
        for it in lab["items"]:
            keys = {"kind", "vendor", "target", "deadline", "suspicious", "resolves"}
            if not keys <= set(it) or not set(it) <= keys | {"aliases"}:
                raise SystemExit(f"{lab['file']}: item keys {sorted(it)}")
            if it["kind"] not in KINDS:
                raise SystemExit(f"{lab['file']}: kind {it['kind']}")
            if it["suspicious"] != (lab["category"] == "phishing"):
                raise SystemExit(f"{lab['file']}: suspicious flag")
            if it["resolves"] != (lab["category"] == "resolution"):
                raise SystemExit(f"{lab['file']}: resolves flag")
            d = it["deadline"]
            if d not in (None, "default") and not (isinstance(d, str) and len(d) == 10 and d[4] == "-"):
                raise SystemExit(f"{lab['file']}: deadline {d!r}")


def main() -> None:
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for mail in ALL:
        fname = f"{mail.name}.eml"
        (out / fname).write_bytes(render(mail))
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
    check(ALL, labels, out)
    doc = {"version": 1, "convention": "see tests/corpus/README.md", "mails": labels}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    cats = Counter(m.category for m in ALL)
    print(f"wrote {len(ALL)} mails: " + ", ".join(f"{k}={v}" for k, v in sorted(cats.items())))


if __name__ == "__main__":
    main()
