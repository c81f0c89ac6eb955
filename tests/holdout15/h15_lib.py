"""Helpers for the holdout15 set: the shared it@ mailbox of a small Korean-English logistics firm on
Microsoft 365. Adds what the corpus builder lacks for this set's mail forms: the mail gateway's
external-sender banner, Safe Links-rewritten URLs, Outlook/Word HTML, Outlook and Korean Outlook forward
headers, Gmail and Naver-style forwards, RFC 2047 Q-encoded subjects, and forwards carried as a
message/rfc822 attachment. Mails themselves are built with tests/corpus/corpus_lib.py."""

from __future__ import annotations

import email
import hashlib
import sys
from datetime import date
from email import charset as email_charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, _boundary, _text_part, build, item

__all__ = ["DOMAIN", "QUOTA", "SOCIAL", "Mail", "build", "build_any", "item"]

ORG = "haneul-lx.co.kr"
IT = f"it@{ORG}"
AUTHSERV = "mx.haneul-lx.co.kr"
WD_KO = "월화수목금토일"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def M(**kw: Any) -> Mail:
    """A mail to the shared it@ mailbox, checked by the company's gateway."""
    kw.setdefault("to", IT)
    kw.setdefault("authserv", AUTHSERV)
    return Mail(**kw)


def kdate(y: int, m: int, d: int, dot: bool = False) -> str:
    """Korean date with the weekday in parentheses, computed so it is never wrong."""
    wd = WD_KO[date(y, m, d).weekday()]
    if dot:
        return f"{y}.{m:02d}.{d:02d}({wd})"
    return f"{y}년 {m}월 {d}일({wd})"


def wd_en(y: int, m: int, d: int) -> str:
    return WD_EN[date(y, m, d).weekday()]


def safelink(url: str, seed: str = "x") -> str:
    """A URL as Microsoft Defender Safe Links rewrites it in delivered mail."""
    h = hashlib.sha1((url + seed).encode()).hexdigest()
    data = (
        f"05%7C02%7Cit%40haneul-lx.co.kr%7C{h[:32]}%7C{h[32:40]}a1b2c3d4e5f60718293a4b5c6d7e8f90"
        f"%7C0%7C0%7C63866{int(h[:6], 16) % 10**6:06d}%7CUnknown"
    )
    return (
        f"https://apc01.safelinks.protection.outlook.com/?url={quote(url, safe='')}&data={data}"
        f"&sdata={h[:20]}%3D&reserved=0"
    )


BANNER_KO = (
    "[외부 메일] 이 메일은 외부에서 발송되었습니다. 발신자를 확인하기 전에는 링크를 클릭하거나 "
    "첨부파일을 열지 마십시오.\n"
)
BANNER_EN = (
    "CAUTION: This email originated from outside of Haneul Logistics. Do not click links or open "
    "attachments unless you recognize the sender and know the content is safe.\n"
)
BANNER_HTML = (
    '<table width="100%" cellpadding="0" cellspacing="0" style="background:#FFF4CE;border:1px solid #C19C00">'
    "<tr><td style=\"padding:6px 10px;font-family:'맑은 고딕',sans-serif;font-size:9pt;color:#5C4400\">"
    "[외부 메일] 이 메일은 외부에서 발송되었습니다. 발신자를 확인하기 전에는 링크를 클릭하거나 첨부파일을 열지 "
    "마십시오. / This message came from outside Haneul Logistics.</td></tr></table>\n"
)


def banner_html(markup: str) -> str:
    """The gateway inserts its banner right after <body ...>."""
    i = markup.find("<body")
    if i < 0:
        return BANNER_HTML + markup
    j = markup.find(">", i) + 1
    return markup[:j] + "\n" + BANNER_HTML + markup[j:]


def q_subject(text: str, label: str = "utf-8") -> str:
    """RFC 2047 Q-encoding (what some mailers, Outlook among them, use for subjects)."""
    cs = email_charset.Charset(label)
    cs.header_encoding = email_charset.QP
    return Header(text, cs).encode()


def word_html(body: str, lang: str = "KO") -> str:
    """HTML as Outlook for Windows writes it (Word engine: mso styles, MsoNormal, <o:p>)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"맑은 고딕";\n\tpanose-1:2 11 5 3 2 0 0 '
        "2 0 4;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\t"
        'font-size:10.0pt;\n\tfont-family:"맑은 고딕";}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\t'
        "color:#0563C1;\n\ttext-decoration:underline;}\nspan.EmailStyle20\n\t{mso-style-type:personal-reply;}\n"
        ".MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults "
        'v:ext="edit" spidmax="1026" />\n</xml><![endif]--></head>'
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        f'<div class="WordSection1">{body}</div></body></html>'
    )


def wp(text: str) -> str:
    """One Word paragraph; an empty one is Outlook's blank line."""
    if not text:
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return f'<p class="MsoNormal"><span lang="EN-US">{text}</span><o:p></o:p></p>\n'


def word_header_block(lines: list[tuple[str, str]]) -> str:
    """The forward/reply header block of Outlook's HTML, above a thin top border."""
    inner = "<br>\n".join(f"<b>{k}</b> {v}" for k, v in lines)
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal">{inner}<o:p></o:p></p></div>\n'
    )


def outlook_fwd_en(sender: str, sent: str, to: str, subject: str, body: str, cc: str = "") -> str:
    cc_line = f"Cc: {cc}\n" if cc else ""
    return f"-----Original Message-----\nFrom: {sender}\nSent: {sent}\nTo: {to}\n{cc_line}Subject: {subject}\n\n{body}"


def outlook_hdr_en(sender: str, sent: str, to: str, subject: str) -> str:
    """Newer Outlook: an underscore rule, not '-----Original Message-----'."""
    return f"________________________________\nFrom: {sender}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n"


def outlook_fwd_ko(sender: str, sent: str, to: str, subject: str, body: str) -> str:
    return f"-----원본 메시지-----\n보낸 사람: {sender}\n보낸 날짜: {sent}\n받는 사람: {to}\n제목: {subject}\n\n{body}"


def gmail_fwd(sender: str, sent: str, to: str, subject: str, body: str) -> str:
    return (
        f"---------- Forwarded message ---------\nFrom: {sender}\nDate: {sent}\nSubject: {subject}\n"
        f"To: {to}\n\n\n{body}"
    )


def naver_fwd(sender: str, sent: str, to: str, subject: str, body: str) -> str:
    return f"-----전달된 메시지-----\n보낸사람: {sender}\n받는사람: {to}\n날짜: {sent}\n제목: {subject}\n\n{body}"


def quote_lines(text: str) -> str:
    return "".join(("> " + ln if ln else ">") + "\n" for ln in text.rstrip("\n").split("\n"))


def with_rfc822(outer: Mail, inner: Mail, filename: str) -> bytes:
    """The outer mail (text/plain) plus the inner mail attached as message/rfc822, the way Outlook
    forwards 'as attachment'. The inner mail's bytes come from the same builder."""
    assert outer.form == "plain" and outer.text is not None
    raw = build(outer)
    top = email.message_from_bytes(raw)
    inner_msg = email.message_from_bytes(build(inner))
    new = MIMEMultipart("mixed", boundary=_boundary(outer.name, "mixed"))
    new.attach(_text_part(outer.text, "plain", outer.charset, outer.cte))
    att = MIMEMessage(inner_msg)
    att["Content-Disposition"] = f'attachment; filename="{filename}"'
    new.attach(att)
    ctype = new["Content-Type"]
    for k in list(new.keys()):
        del new[k]
    for k, v in top.items():
        if k.lower() in ("content-type", "content-transfer-encoding"):
            continue
        new[k] = v
    new["Content-Type"] = ctype
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(new, linesep="\r\n")
    return buf.getvalue()


# outer mail name -> (inner mail, attachment file name), for mails forwarded as attachments
RFC822_INNER: dict[str, tuple[Mail, str]] = {}


def forward_as_attachment(outer: Mail, inner: Mail, filename: str) -> None:
    RFC822_INNER[outer.name] = (inner, filename)


def build_any(mail: Mail) -> bytes:
    inner = RFC822_INNER.get(mail.name)
    if inner is not None:
        return with_rfc822(mail, inner[0], inner[1])
    return build(mail)
