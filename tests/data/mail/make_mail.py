"""Generate the mail files under tests/data/mail/ with real encoders (the stdlib email package and Python's codecs).

Run from anywhere: `python tests/data/mail/make_mail.py`. Output is deterministic (fixed boundaries and dates),
so regenerating gives the same bytes and a clean git diff.
"""

from __future__ import annotations

import base64
import quopri
import shutil
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent

GABIA_KO = """안녕하세요, 가비아입니다.

고객님께서 등록하신 도메인의 만료일이 다가오고 있습니다.

도메인: example-shop.co.kr
만료일: 2026년 12월 15일
기한 내에 연장하지 않으면 도메인이 삭제될 수 있습니다.

감사합니다.
"""

# 똠, 햏, 뷁 exist only in cp949 (UHC), not in EUC-KR: a decoder that treats the label as EUC-KR fails here.
CP949_ONLY = """똠방각하님, 햏복한 하루 되세요. 뷁!

호스팅 계정 shop01의 디스크 사용량이 95%에 도달했습니다.
용량 초과 예정일: 2026년 12월 1일
"""

LATIN1 = """Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Domain müller-bäckerei.de läuft am 15.12.2026 ab.
Bitte verlängern Sie rechtzeitig. Grüße, Ihr Domänen-Team
"""

HTML_TABLE = """<!DOCTYPE html>
<html><head><title>Invoice</title>
<style>td { color: red; } .hidden { display:none }</style>
<script type="text/javascript">var secret = "SCRIPT-TEXT-MUST-NOT-APPEAR";</script>
</head>
<body>
<!-- a comment that must not appear -->
<p>Dear customer,&nbsp;your domain is about to expire &amp; will be deleted.</p>
<table border="1">
  <tr><th>Domain</th><th>Expiry date</th><th>Status</th></tr>
  <tr><td>example-shop.com</td><td>2026-12-15</td><td>Active</td></tr>
  <tr><td>example-blog.net</td><td>2027-01-03</td><td>Active</td></tr>
</table>
<p>Renew at <a href="https://example.invalid/renew">our site</a> &mdash; thanks.<br>GoDaddy &copy; 2026</p>
</body></html>
"""


def _fixed_boundaries(msg: EmailMessage, prefix: str = "nwb") -> None:
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=={prefix}{index}==")


def _to_bytes(msg: EmailMessage, *, crlf: bool = False) -> bytes:
    _fixed_boundaries(msg)
    out = BytesIO()
    BytesGenerator(out, policy=policy.SMTP if crlf else policy.default.clone(linesep="\n")).flatten(msg)
    return out.getvalue()


def _base(
    subject: str,
    sender: str = "Gabia <noreply@gabia.com>",
    date: str | None = "Fri, 20 Nov 2026 09:00:00 +0900",
    message_id: str | None = "<notice-1@gabia.com>",
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ops@example-shop.co.kr"
    msg["Subject"] = subject
    if date:
        msg["Date"] = date
    if message_id:
        msg["Message-ID"] = message_id
    return msg


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _raw(headers: list[str], body: bytes, *, crlf: bool = False) -> bytes:
    sep = b"\r\n" if crlf else b"\n"
    head = sep.join(h.encode("ascii") if h.isascii() else h.encode("utf-8") for h in headers)
    return head + sep + sep + body


def make_eml(out: Path) -> None:
    # UTF-8, base64 body, RFC 2047 subject (the stdlib picks the encoding).
    msg = _base("[가비아] 도메인 만료 안내", date="Fri, 20 Nov 2026 09:00:00 +0900", message_id="<utf8@gabia.com>")
    msg.set_content(GABIA_KO, charset="utf-8", cte="base64")
    _write(out / "utf8_base64.eml", _to_bytes(msg))

    # EUC-KR quoted-printable (only syllables that exist in EUC-KR).
    msg = _base("도메인 만료 안내 (EUC-KR)", message_id="<euckr@gabia.com>")
    msg.set_content(GABIA_KO.encode("euc-kr"), "text", "plain", cte="quoted-printable")
    msg.set_param("charset", "euc-kr")
    _write(out / "euckr_qp.eml", _to_bytes(msg))

    # cp949 bytes under the Outlook label ks_c_5601-1987, subject as a ks_c_5601-1987 encoded word, CRLF.
    subject_word = base64.b64encode("똠 햏 뷁 호스팅 용량 경고".encode("cp949")).decode("ascii")
    body = base64.encodebytes(CP949_ONLY.replace("\n", "\r\n").encode("cp949"))
    _write(
        out / "ks_c_5601_cp949.eml",
        _raw(
            [
                "From: =?ks_c_5601-1987?B?"
                + base64.b64encode("카페24".encode("cp949")).decode()
                + "?= <help@cafe24.com>",
                "To: ops@example-shop.co.kr",
                f"Subject: =?ks_c_5601-1987?B?{subject_word}?=",
                "Date: Fri, 20 Nov 2026 09:00:00 +0900",
                "Message-ID: <kscp949@cafe24.com>",
                "MIME-Version: 1.0",
                'Content-Type: text/plain; charset="ks_c_5601-1987"',
                "Content-Transfer-Encoding: base64",
            ],
            body.replace(b"\n", b"\r\n"),
            crlf=True,
        ),
    )

    # cp949 with the euc-kr label, 8bit, and a raw (unlabelled, unencoded) cp949 Subject header.
    _write(
        out / "euckr_label_cp949_8bit.eml",
        _raw(
            [
                "From: noreply@cafe24.com",
                "To: ops@example-shop.co.kr",
                "Date: Fri, 20 Nov 2026 09:00:00 +0900",
                "Message-ID: <euckr8bit@cafe24.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=euc-kr",
                "Content-Transfer-Encoding: 8bit",
            ],
            CP949_ONLY.encode("cp949"),
        ).replace(b"Date:", "Subject: 뷁 용량 안내\nDate:".encode("cp949"), 1),
    )

    # ISO-2022-KR (7-bit escape sequences).
    msg = _base("ISO-2022-KR notice", message_id="<iso2022@gabia.com>")
    msg.set_content(GABIA_KO.encode("iso2022_kr"), "text", "plain", cte="7bit")
    msg.set_param("charset", "iso-2022-kr")
    _write(out / "iso2022kr.eml", _to_bytes(msg))

    # latin-1, quoted-printable.
    msg = _base(
        "Ihre Domain läuft ab",
        sender="Domains <noreply@domain-team.de>",
        message_id="<latin1@example.de>",
        date="Fri, 20 Nov 2026 09:00:00 +0100",
    )
    msg.set_content(LATIN1, charset="iso-8859-1", cte="quoted-printable")
    _write(out / "latin1_qp.eml", _to_bytes(msg))

    # HTML only, with a table, a script, a style, a comment and entities.
    msg = _base(
        "Your domain expires soon",
        sender="GoDaddy <renewals@godaddy.com>",
        message_id="<html@godaddy.com>",
        date="Fri, 20 Nov 2026 09:00:00 -0700",
    )
    msg.set_content(HTML_TABLE, subtype="html", charset="utf-8", cte="quoted-printable")
    _write(out / "html_only_table.eml", _to_bytes(msg))

    # multipart/alternative whose text/plain is a useless stub.
    msg = _base(
        "Action required: API version retirement",
        sender="Kakao <noreply@kakaocorp.com>",
        message_id="<stub@kakaocorp.com>",
    )
    msg.set_content("This email is best viewed in HTML. View this email in your browser.\n")
    msg.add_alternative(
        "<html><body><h1>Kakao Login API v1 retirement</h1><p>The v1 API will be shut down on "
        "<b>2026-12-31</b>.</p><p>Migrate to v2 before then.</p></body></html>",
        subtype="html",
    )
    _write(out / "alternative_stub.eml", _to_bytes(msg))

    # multipart/alternative with a real plain part: plain must win, HTML must not leak in.
    msg = _base("Quota warning", sender="Cafe24 <help@cafe24.com>", message_id="<alt@cafe24.com>")
    msg.set_content("Your hosting account shop01 has used 95% of its disk quota.\n")
    msg.add_alternative("<html><body><p>HTML-ONLY-SENTENCE</p></body></html>", subtype="html")
    _write(out / "alternative_plain.eml", _to_bytes(msg))

    # Forwards.
    msg = _base(
        "Fwd: [Gabia] Domain expiry notice",
        sender="Kim <kim@example-shop.co.kr>",
        message_id="<fwd-gmail-en@example-shop.co.kr>",
        date="Mon, 23 Nov 2026 10:00:00 +0900",
    )
    msg.set_content(
        "FYI, please handle this.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Gabia <noreply@gabia.com>\n"
        "Date: Fri, Nov 20, 2026 at 9:00 AM\n"
        "Subject: [Gabia] Domain expiry notice\n"
        "To: <kim@example-shop.co.kr>\n\n\n"
        "Your domain example-shop.co.kr expires on 2026-12-15.\nPlease renew it.\n"
    )
    _write(out / "fwd_gmail_en.eml", _to_bytes(msg))

    msg = _base(
        "전달: [가비아] 도메인 만료 안내",
        sender="김철수 <kim@example-shop.co.kr>",
        message_id="<fwd-gmail-ko@example-shop.co.kr>",
        date="Mon, 23 Nov 2026 10:00:00 +0900",
    )
    msg.set_content(
        "확인 부탁드립니다.\n\n"
        "---------- Forwarded message ---------\n"
        "보낸사람: 가비아 <noreply@gabia.com>\n"
        "Date: 2026년 11월 20일 (금) 오전 9:00\n"
        "Subject: [가비아] 도메인 만료 안내\n"
        "To: <kim@example-shop.co.kr>\n\n\n" + GABIA_KO,
        charset="utf-8",
        cte="base64",
    )
    _write(out / "fwd_gmail_ko.eml", _to_bytes(msg))

    msg = _base(
        "FW: Kakao Login API v1 retirement",
        sender="Lee <lee@example-shop.co.kr>",
        message_id="<fwd-outlook-en@example-shop.co.kr>",
        date="Mon, 23 Nov 2026 10:00:00 +0900",
    )
    msg.set_content(
        "See below.\n\n"
        "________________________________\n"
        "From: Kakao Developers <noreply@kakaocorp.com>\n"
        "Sent: Friday, November 20, 2026 9:00 AM\n"
        "To: Lee <lee@example-shop.co.kr>\n"
        "Subject: Kakao Login API v1 retirement\n\n"
        "> The Kakao Login API v1 will be shut down on 2026-12-31.\n"
        "> Migrate to v2 before then.\n"
    )
    _write(out / "fwd_outlook_en.eml", _to_bytes(msg))

    msg = _base(
        "FW: [네이버 클라우드] 호스팅 용량 안내",
        sender="박영희 <park@example-shop.co.kr>",
        message_id="<fwd-outlook-ko@example-shop.co.kr>",
        date="Mon, 23 Nov 2026 10:00:00 +0900",
    )
    body_text = (
        "참고하세요.\r\n\r\n"
        "-----Original Message-----\r\n"
        "보낸 사람: 네이버 클라우드 <noreply@ncloud.com>\r\n"
        "보낸 날짜: 2026년 11월 20일 금요일 오후 3:30\r\n"
        "받는 사람: park@example-shop.co.kr\r\n"
        "제목: [네이버 클라우드] 호스팅 용량 안내\r\n\r\n"
        "서버 web01의 트래픽 사용량이 한도의 90%에 도달했습니다.\r\n"
    )
    msg.set_content(body_text.encode("cp949"), "text", "plain", cte="base64")
    msg.set_param("charset", "ks_c_5601-1987")
    _write(out / "fwd_outlook_ko.eml", _to_bytes(msg, crlf=True))

    # Replies quoting a notice: the quote is not a new notice.
    msg = _base(
        "Re: [가비아] 도메인 만료 안내",
        sender="최민수 <choi@example-shop.co.kr>",
        message_id="<reply-ko@example-shop.co.kr>",
        date="Mon, 23 Nov 2026 11:00:00 +0900",
    )
    msg["In-Reply-To"] = "<utf8@gabia.com>"
    msg.set_content(
        "갱신 완료했습니다. 확인 부탁드립니다.\n\n"
        "2026년 11월 20일 (금) 오전 9:00, 가비아 <noreply@gabia.com>님이 작성:\n"
        + "".join("> " + line + "\n" for line in GABIA_KO.splitlines()),
        charset="utf-8",
        cte="quoted-printable",
    )
    _write(out / "reply_ko.eml", _to_bytes(msg))

    msg = _base(
        "Re: Kakao Login API v1 retirement",
        sender="Lee <lee@example-shop.co.kr>",
        message_id="<reply-en@example-shop.co.kr>",
        date="Mon, 23 Nov 2026 11:00:00 +0900",
    )
    msg.set_content(
        "Thanks, we already migrated to v2.\n\n"
        "On Fri, Nov 20, 2026 at 9:00 AM Kakao Developers <\nnoreply@kakaocorp.com> wrote:\n\n"
        "> The Kakao Login API v1 will be shut down on 2026-12-31.\n"
        "> Migrate to v2 before then.\n"
    )
    _write(out / "reply_en.eml", _to_bytes(msg))

    msg = _base(
        "RE: Your domain expires soon",
        sender="Lee <lee@example-shop.co.kr>",
        message_id="<reply-outlook@example-shop.co.kr>",
        date="Mon, 23 Nov 2026 11:00:00 +0900",
    )
    msg.set_content(
        "Renewed, closing this.\n\n"
        "-----Original Message-----\n"
        "From: GoDaddy <renewals@godaddy.com>\n"
        "Sent: Friday, November 20, 2026 5:00 PM\n"
        "To: Lee\n"
        "Subject: Your domain expires soon\n\n"
        "Your domain example-shop.com expires on 2026-12-15.\n"
    )
    _write(out / "reply_outlook.eml", _to_bytes(msg))

    # HTML-only reply (Gmail): the quote is a <blockquote> after an attribution line.
    msg = _base(
        "Re: [가비아] 도메인 만료 안내",
        sender="최민수 <choi@example-shop.co.kr>",
        message_id="<reply-html@example-shop.co.kr>",
        date="Mon, 23 Nov 2026 11:30:00 +0900",
    )
    msg.set_content(
        '<div dir="ltr">갱신 완료했습니다.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        '2026년 11월 20일 (금) 오전 9:00, 가비아 &lt;<a href="mailto:noreply@gabia.com">noreply@gabia.com</a>'
        '&gt;님이 작성:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">'
        "<p>도메인: example-shop.co.kr</p><p>만료일: 2026년 12월 15일</p></blockquote></div>",
        subtype="html",
        charset="utf-8",
        cte="base64",
    )
    _write(out / "reply_html_gmail_ko.eml", _to_bytes(msg))

    # HTML-only forward (Outlook): <hr> then a bold From/Sent/To/Subject block, no marker line.
    msg = _base(
        "FW: Your domain expires soon",
        sender="Lee <lee@example.com>",
        message_id="<fwd-outlook-html@example.com>",
        date="Mon, 23 Nov 2026 10:00:00 -0500",
    )
    msg.set_content(
        '<div>FYI</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
        "<b>From:</b> GoDaddy &lt;renewals@godaddy.com&gt;<br><b>Sent:</b> Friday, November 20, 2026 5:00 PM<br>"
        "<b>To:</b> Lee<br><b>Subject:</b> Your domain expires soon</div><div>&nbsp;</div>"
        "<table><tr><td>example-shop.com</td><td>Expires 2026-12-15</td></tr></table>",
        subtype="html",
        charset="utf-8",
        cte="quoted-printable",
    )
    _write(out / "fwd_outlook_html_en.eml", _to_bytes(msg))

    # Authentication-Results: several headers, topmost first, comments, quoted reason, odd spacing.
    _write(
        out / "auth_results.eml",
        _raw(
            [
                "Authentication-Results: mx.example-shop.co.kr;",
                '\tdkim=pass (2048-bit key; unprotected) header.d=gabia.com header.i=@gabia.com header.b="Ab+c/d=";',
                "\tspf=pass (mx.example-shop.co.kr: domain of bounce@gabia.com designates 1.2.3.4 as permitted sender)"
                " smtp.mailfrom=bounce@gabia.com;",
                "\tdmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=gabia.com",
                "Authentication-Results: relay.example.net 1; spf = softfail smtp.mailfrom = gabia.com ;"
                ' dkim=fail reason="signature verification failed" header.d=gabia.com',
                "Authentication-Results: (inbound relay) legacy.example.org; none",
                "From: Gabia <noreply@gabia.com>",
                "To: ops@example-shop.co.kr",
                "Subject: Auth test",
                "Date: Fri, 20 Nov 2026 09:00:00 +0900",
                "Message-ID: <auth@gabia.com>",
                "List-Unsubscribe: <mailto:unsubscribe@gabia.com>",
            ],
            b"Body.\n",
        ),
    )

    # Attachments that must never be decoded: broken base64 PDF, and a text file marked as attachment.
    msg = _base("Invoice with attachments", sender="Billing <billing@gabia.com>", message_id="<attach@gabia.com>")
    msg.set_content("Your invoice is attached.\n")
    msg.add_attachment(b"placeholder", maintype="application", subtype="pdf", filename="invoice.pdf")
    msg.add_attachment("ATTACHED-TEXT-MUST-NOT-APPEAR\n", filename="notes.txt")
    data = _to_bytes(msg)
    placeholder = base64.b64encode(b"placeholder")
    broken = b"!!!this is not base64 at all ###\n" + b"%%%%=\n" * 2000 + b"JVBERi0xLjQK=====\n"
    _write(out / "attachment_broken.eml", data.replace(placeholder + b"\n", broken, 1))

    # Bytes that are neither valid in the label (utf-8) nor in any fallback: replacement + warning.
    _write(
        out / "undecodable.eml",
        _raw(
            [
                "From: noreply@example.com",
                "To: ops@example-shop.co.kr",
                "Subject: broken bytes",
                "Date: Fri, 20 Nov 2026 09:00:00 +0000",
                "Message-ID: <undecodable@example.com>",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: 8bit",
            ],
            "만료일: 2026-12-15 ".encode() + b"\xff\xfe\xff" + " 끝\n".encode(),
        ),
    )

    # No Date zone (Korean mail -> +09:00), no Message-ID (synthesised), RFC 2047 word split inside a
    # multi-byte character (some Korean mailers do this).
    subject_bytes = "[카페24] 호스팅 만료 안내".encode()
    split_at = 5  # "[" is 1 byte, "카" 3, "페" 3: byte 5 falls inside "페"
    words = [base64.b64encode(subject_bytes[:split_at]).decode(), base64.b64encode(subject_bytes[split_at:]).decode()]
    _write(
        out / "no_zone_no_id.eml",
        _raw(
            [
                "From: =?UTF-8?Q?=EC=B9=B4=ED=8E=9824_=EA=B3=A0=EA=B0=9D=EC=84=BC=ED=84=B0?= <help@cafe24.com>",
                f"Subject: =?UTF-8?B?{words[0]}?=\n =?UTF-8?B?{words[1]}?=",
                'To: ops@example-shop.co.kr, "Kim, Ops" <kim@example-shop.co.kr>',
                "Date: Fri, 20 Nov 2026 09:00:00",
                "Content-Type: text/plain; charset=utf-8",
            ],
            "호스팅 만료일: 2026년 12월 20일\n".encode(),
        ),
    )

    _write(
        out / "bad_date.eml",
        _raw(
            [
                "From: noreply@example.com",
                "Subject: bad date",
                "Date: sometime next week",
                "Message-ID: <baddate@example.com>",
            ],
            b"hello\n",
        ),
    )

    # format=flowed and an embedded message/rfc822 forward (Outlook "forward as attachment").
    inner = _base(
        "[Whois] 도메인 만료 예정 안내", sender="후이즈 <noreply@whois.co.kr>", message_id="<inner@whois.co.kr>"
    )
    inner.set_content("도메인 my-brand.kr 의 만료일은 2027년 1월 10일입니다.\n", charset="utf-8", cte="base64")
    outer = _base("FW: 도메인 만료 예정", sender="Lee <lee@example-shop.co.kr>", message_id="<attached-fwd@ex.co.kr>")
    outer.set_content("첨부한 메일 확인 바랍니다.\n")
    outer.add_attachment(inner)
    _write(out / "fwd_as_attachment.eml", _to_bytes(outer))


def make_bad(out: Path) -> None:
    _write(out / "garbage.bin", bytes((i * 7919 + 13) % 256 for i in range(4096)))
    _write(out / "no_headers.eml", b"hello there\nthis is not a mail at all, just some text\n")
    _write(out / "empty.eml", b"")
    _write(out / "cut_in_header.eml", b"Fro")
    msg = _base("Truncated multipart", message_id="<truncated@gabia.com>")
    msg.set_content("만료일: 2026-12-15\n")
    msg.add_attachment(b"x" * 3000, maintype="application", subtype="octet-stream", filename="big.bin")
    data = _to_bytes(msg)
    _write(out / "truncated.eml", data[: len(data) // 2])


def make_mbox(out: Path) -> None:
    parts = []
    for index, (subject, body) in enumerate(
        [
            ("mbox one", "First message.\nFrom the mbox, a body line starting with From.\n"),
            ("mbox two", "Second message.\n"),
            ("mbox three 한글", "세 번째 메시지. 만료일: 2026년 12월 15일\n"),
        ],
        start=1,
    ):
        msg = _base(subject, message_id=f"<mbox-{index}@example.com>")
        msg.set_content(body, charset="utf-8")
        data = _to_bytes(msg)
        data = data.replace(b"\nFrom the mbox", b"\n>From the mbox")  # mboxrd quoting, as writers do
        parts.append(b"From noreply@gabia.com Fri Nov 20 09:00:00 2026\n" + data + b"\n")
    _write(out / "sample.mbox", b"".join(parts))


def make_maildir(out: Path) -> None:
    for sub, name, subject in [
        ("cur", "1763596800.M1P1.host:2,S", "maildir cur"),
        ("new", "1763683200.M2P2.host", "maildir new"),
    ]:
        msg = _base(subject, message_id=f"<{sub}@example.com>")
        msg.set_content(f"A message in {sub}/.\n")
        _write(out / sub / name, _to_bytes(msg))
    msg = _base("maildir++ folder", message_id="<folder@example.com>")
    msg.set_content("In a Maildir++ subfolder.\n")
    _write(out / ".Archive" / "cur" / "1763769600.M3P3.host:2,S", _to_bytes(msg))


def make_dir(out: Path) -> None:
    msg = _base("dir one", message_id="<dir-1@example.com>")
    msg.set_content("one\n")
    _write(out / "a" / "one.eml", _to_bytes(msg))
    msg = _base("dir two (no extension, sniffed)", message_id="<dir-2@example.com>")
    msg.set_content("two\n")
    _write(out / "b" / "sub" / "message-2", _to_bytes(msg))
    msg = _base("hidden", message_id="<hidden@example.com>")
    msg.set_content("must be skipped\n")
    _write(out / ".hidden.eml", _to_bytes(msg))
    _write(out / "notes.txt", b"Just notes, not mail.\n")
    # quopri keeps the import honest: a QP body written by hand with the stdlib encoder.
    body = quopri.encodestring("가비아 만료 안내\n".encode())
    _write(
        out / "c.eml",
        _raw(
            [
                "From: noreply@gabia.com",
                "Subject: dir three",
                "Message-ID: <dir-3@example.com>",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
            ],
            body,
        ),
    )


def main() -> None:
    for name in ("eml", "bad", "maildir", "dir"):
        shutil.rmtree(HERE / name, ignore_errors=True)
    make_eml(HERE / "eml")
    make_bad(HERE / "bad")
    make_mbox(HERE)
    make_maildir(HERE / "maildir")
    make_dir(HERE / "dir")


if __name__ == "__main__":
    main()
