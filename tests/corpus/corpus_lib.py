"""Builds the corpus mails with the standard `email` package, so charsets, transfer encodings and
RFC 2047 headers are produced the way real mailers produce them (not hand-typed)."""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import quopri
import re
from dataclasses import dataclass, field
from datetime import datetime
from email import utils
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from io import BytesIO
from typing import Any

# Python maps the label ks_c_5601-1987 to euc_kr, but Outlook really writes cp949 under that label
# (it holds syllables EUC-KR lacks); so the bytes are cp949 and the label is what Outlook writes.
CODECS = {"utf-8": "utf-8", "euc-kr": "euc_kr", "cp949": "cp949", "ks_c_5601-1987": "cp949"}


@dataclass
class Mail:
    name: str  # file stem
    category: str  # positive, negative, phishing, reply, resolution, followup, forward, digest
    lang: str  # ko, en, mixed
    sender: tuple[str, str]  # (display name, address)
    subject: str
    date: str  # "2026-11-03 10:12 +0900"
    text: str | None = None  # text/plain body
    html: str | None = None  # text/html body
    form: str = "plain"  # plain | html | alt (multipart/alternative) ; "+att" adds a PDF attachment
    charset: str = "utf-8"  # utf-8 | euc-kr | cp949 | ks_c_5601-1987
    cte: str = "8bit"  # 8bit | 7bit | base64 | quoted-printable
    to: str = "ops@sobok-market.kr"
    auth: str | list[str] | None = "pass"  # pass | fail | softfail | none | None (no header) | raw headers
    auth_domain: str | None = None  # domain the receiving server checked; default: sender's
    authserv: str = "mx.google.com"
    mailer: str | None = None  # domain in Message-ID; default: sender's
    headers: dict[str, str] = field(default_factory=dict)
    items: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""
    attachment: bool = False


def item(
    kind: str,
    vendor: str,
    target: str,
    deadline: str | None,
    *,
    suspicious: bool = False,
    resolves: bool = False,
    aliases: list[str] | None = None,
) -> dict[str, Any]:
    """One expected item. deadline: ISO date, None (an undated item), or "default" (the mail gives
    no date; a rule's relative default is accepted, see README)."""
    out: dict[str, Any] = {
        "kind": kind,
        "vendor": vendor,
        "target": target,
        "deadline": deadline,
        "suspicious": suspicious,
        "resolves": resolves,
    }
    if aliases:
        out["aliases"] = aliases
    return out


DOMAIN = "domain-expiry"
QUOTA = "hosting-quota"
SOCIAL = "social-login-deprecation"


def _encoded_words(text: str, label: str) -> str:
    """RFC 2047 B-encoding in chunks short enough for one line each, as Korean mailers write it."""
    if all(ord(c) < 128 for c in text):
        return text
    if label == "utf-8":
        return Header(text, "utf-8").encode()
    codec = CODECS[label]
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        if len(base64.b64encode(trial.encode(codec))) > 75 - len(label) - 7:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    return " ".join(f"=?{label}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words)


def _addr(name: str, address: str, label: str) -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return utils.formataddr((name, address))
    return f"{_encoded_words(name, label)} <{address}>"


def html_to_text(markup: str) -> str:
    """Crude text alternative, like the ones bulk mailers generate."""
    text = re.sub(r"(?is)<(style|script|head).*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>|</div>", "\n", text)
    text = re.sub(r"(?i)</t[dh]>", "\t", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = htmllib.unescape(text)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"


def _text_part(body: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    codec = CODECS[charset]
    raw = body.replace("\n", "\r\n").encode(codec)
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte in ("8bit", "7bit"):
        if cte == "7bit" and any(b > 127 for b in raw):
            raise ValueError("7bit body with 8-bit bytes")
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    return part


def _auth_results(mail: Mail, sender_domain: str) -> list[str]:
    if mail.auth is None:
        return []
    if isinstance(mail.auth, list):
        return mail.auth
    dom = mail.auth_domain or sender_domain
    res = mail.auth
    sel = "s" + hashlib.sha1(dom.encode()).hexdigest()[:6]
    bval = base64.b64encode(hashlib.sha256((mail.name + dom).encode()).digest()).decode()[:8]
    ip = "203.0.113." + str(int(hashlib.md5(dom.encode()).hexdigest()[:2], 16) % 250 + 1)
    if res == "none":
        return [
            f"{mail.authserv}; dkim=none; spf=none (domain of {dom} does not designate permitted sender hosts)"
            f" smtp.mailfrom={dom}; dmarc=none header.from={dom}"
        ]
    spf_word = {"pass": "designates", "fail": "does not designate", "softfail": "does not designate"}[res]
    dmarc = "pass" if res == "pass" else "fail"
    return [
        f"{mail.authserv};\r\n       dkim={res if res != 'softfail' else 'fail'} header.i=@{dom} header.s={sel}"
        f" header.b={bval};\r\n       spf={res} ({mail.authserv.split('.', 1)[-1]}: domain of bounce@{dom}"
        f" {spf_word} {ip} as permitted sender) smtp.mailfrom=bounce@{dom};\r\n"
        f"       dmarc={dmarc} (p=REJECT sp=REJECT dis={'NONE' if dmarc == 'pass' else 'QUARANTINE'})"
        f" header.from={dom}"
    ]


def _boundary(name: str, which: str) -> str:
    """Deterministic boundaries in the styles of common mailers (Gmail, JavaMail, Outlook)."""
    h = hashlib.sha1(f"{name}/{which}".encode()).hexdigest()
    style = int(h[0], 16) % 3
    if style == 0:
        return "000000000000" + h[:16]
    if style == 1:
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:12], 16)}.{int(h[12:22], 16)}"
    return f"_000_{h[:20].upper()}_"


def build(mail: Mail) -> bytes:
    hdr_label = "utf-8" if mail.charset == "utf-8" else mail.charset
    sender_domain = mail.sender[1].rpartition("@")[2].lower()
    text = mail.text
    if text is None and mail.html is not None:
        text = html_to_text(mail.html)
    if mail.form == "plain":
        assert text is not None
        body: MIMEBase = _text_part(text, "plain", mail.charset, mail.cte)
    elif mail.form == "html":
        assert mail.html is not None
        body = _text_part(mail.html, "html", mail.charset, mail.cte)
    elif mail.form == "alt":
        assert mail.html is not None and text is not None
        body = MIMEMultipart("alternative", boundary=_boundary(mail.name, "alt"))
        body.attach(_text_part(text, "plain", mail.charset, mail.cte))
        body.attach(_text_part(mail.html, "html", mail.charset, mail.cte))
    else:
        raise ValueError(mail.form)
    if mail.attachment:
        outer = MIMEMultipart("mixed", boundary=_boundary(mail.name, "mixed"))
        outer.attach(body)
        pdf = MIMEBase("application", "pdf", name="invoice.pdf")
        pdf.set_payload(base64.encodebytes(b"%PDF-1.4\n% corpus placeholder\n%%EOF\n").decode())
        pdf["Content-Transfer-Encoding"] = "base64"
        pdf["Content-Disposition"] = 'attachment; filename="invoice.pdf"'
        outer.attach(pdf)
        msg: MIMEBase = outer
    else:
        msg = body
    dt = datetime.strptime(mail.date, "%Y-%m-%d %H:%M %z")
    mailer = mail.mailer or sender_domain
    digest = hashlib.sha1(mail.name.encode()).hexdigest()
    top: list[tuple[str, str]] = []
    auth = _auth_results(mail, sender_domain)
    # Our receiving server adds the topmost header; any further ones came with the message itself
    # (possibly forged upstream), so they sit below our Received line.
    if auth:
        top.append(("Authentication-Results", auth[0]))
    rcpt_domain = mail.to.rpartition("@")[2].rstrip(">")
    top.append(
        (
            "Received",
            f"from mail{digest[:2]}.{mailer} (mail{digest[:2]}.{mailer} [198.51.100.{int(digest[2:4], 16) % 250}])"
            f"\r\n        by mx.{rcpt_domain} with ESMTPS id {digest[4:16]}\r\n"
            f"        for <{mail.to.split('<')[-1].rstrip('>')}>; {utils.format_datetime(dt)}",
        )
    )
    top.extend(("Authentication-Results", ar) for ar in auth[1:])
    top.append(("Return-Path", f"<bounce-{digest[:10]}@{mailer}>"))
    ordered: list[tuple[str, str]] = [
        *top,
        ("Message-ID", f"<{digest[:20]}.{int(dt.timestamp())}@{mailer}>"),
        ("Date", utils.format_datetime(dt)),
        ("From", _addr(mail.sender[0], mail.sender[1], hdr_label)),
        ("To", mail.to),
        ("Subject", _encoded_words(mail.subject, hdr_label)),
        ("MIME-Version", "1.0"),
        *mail.headers.items(),
    ]
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in ordered:
        msg[k] = v
    for k, v in existing:
        if k.lower() != "mime-version":
            msg[k] = v
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\r\n")
    return buf.getvalue()
