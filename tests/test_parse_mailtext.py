"""Text helpers: charsets, RFC 2047 words, HTML to text, reply/forward splitting."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone

import pytest

from noticewatch import mailtext
from noticewatch.models import Address

KST = timezone(timedelta(hours=9))


# --- charsets ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["ks_c_5601-1987", "KS_C_5601-1987", "euc-kr", "ks_c_5601", "korean", "x-windows-949", '"euc-kr"']
)
def test_korean_labels_decode_as_cp949(label: str) -> None:
    assert mailtext.resolve_charset(label) == "cp949"
    text, problem, codec = mailtext.decode_bytes("똠 햏 뷁 2026년 12월 15일".encode("cp949"), label)
    assert (text, problem, codec) == ("똠 햏 뷁 2026년 12월 15일", None, "cp949")


def test_unlabelled_chain_utf8_then_cp949_then_windows_1252() -> None:
    assert mailtext.decode_bytes("만료일".encode(), None)[0] == "만료일"
    assert mailtext.decode_bytes("만료일 똠".encode("cp949"), None)[0] == "만료일 똠"
    text, problem, codec = mailtext.decode_bytes(b"caf\xe9 ok \x96 \x93q\x94", None)
    assert (text, problem, codec) == ("café ok \u2013 \u201cq\u201d", None, "cp1252")
    assert mailtext.decode_bytes(b"caf\xe9 \x81", None) == ("café \x81", None, "latin-1")


def test_unlabelled_iso_2022_kr_is_recognised() -> None:
    data = "만료일: 2026년 12월 15일".encode("iso2022_kr")
    assert data.isascii()
    assert mailtext.decode_bytes(data, None)[0] == "만료일: 2026년 12월 15일"
    assert mailtext.decode_bytes(data, "iso-2022-kr")[0] == "만료일: 2026년 12월 15일"


def test_mislabelled_utf8_holding_cp949_is_recovered() -> None:
    assert mailtext.decode_bytes("만료 똠".encode("cp949"), "utf-8")[0] == "만료 똠"


def test_undecodable_is_replaced_and_reported() -> None:
    text, problem, _ = mailtext.decode_bytes("만료 ".encode() + b"\xff\xff" + " 끝".encode(), "utf-8")
    assert text == "만료 \ufffd\ufffd 끝"
    assert problem is not None and "2 bytes" in problem


def test_latin1_label_means_windows_1252() -> None:
    assert mailtext.decode_bytes(b"\x93quoted\x94 M\xfcller", "iso-8859-1")[0] == "\u201cquoted\u201d Müller"
    # 0x81 is undefined in windows-1252: real latin-1, not a guess at another charset.
    assert mailtext.decode_bytes(b"a\x81 M\xfcller", "iso-8859-1") == ("a\x81 Müller", None, "latin-1")


def test_unknown_label_is_decoded_like_a_missing_one_and_reported() -> None:
    assert mailtext.resolve_charset("x-made-up") is None
    text, problem, codec = mailtext.decode_bytes("만료".encode(), "x-made-up")
    assert (text, codec) == ("만료", "utf-8")
    assert problem == "unknown charset 'x-made-up', decoded as utf-8"
    # Meaningless labels are not unknown: nothing to report.
    assert mailtext.decode_bytes("만료".encode(), "unknown-8bit") == ("만료", None, "utf-8")


def test_lenient_base64() -> None:
    assert mailtext.b64decode_lenient(base64.b64encode("만료일".encode())) == ("만료일".encode(), True)
    data, clean = mailtext.b64decode_lenient(base64.b64encode("만료일!".encode()).rstrip(b"="))
    assert data == "만료일!".encode() and clean is False


# --- RFC 2047 ---------------------------------------------------------------------------------------------------


def test_encoded_words() -> None:
    cp949 = base64.b64encode("똠 안내".encode("cp949")).decode()
    assert mailtext.decode_header_text(f"=?ks_c_5601-1987?B?{cp949}?=") == ("똠 안내", [])
    assert mailtext.decode_header_text("=?utf-8?Q?hello_world=21?=")[0] == "hello world!"
    # Adjacent words: whitespace between them disappears; plain text around them stays.
    assert mailtext.decode_header_text("Re: =?utf-8?Q?a?= =?utf-8?Q?b?= tail")[0] == "Re: ab tail"
    # Glued to text, lowercase b, no padding.
    word = base64.b64encode("도메인".encode()).decode().rstrip("=")
    assert mailtext.decode_header_text(f"[Notice]=?UTF-8?b?{word}?=")[0] == "[Notice]도메인"
    # Unknown charset: falls back to the unlabelled chain instead of dropping the word.
    assert (
        mailtext.decode_header_text("=?x-unknown?B?" + base64.b64encode("만료".encode()).decode() + "?=")[0] == "만료"
    )


def test_encoded_word_that_cannot_decode_is_reported() -> None:
    text, problems = mailtext.decode_header_text("=?utf-8?B?" + base64.b64encode(b"\xff\xfe").decode() + "?=")
    assert "\ufffd" in text and problems


# --- HTML -------------------------------------------------------------------------------------------------------


def test_html_to_text_layout() -> None:
    html = """<?xml version="1.0" encoding="utf-8"?>
    <html><head><title>T</title><style>p{}</style></head><body>
    Intro<div>block one</div>tail text<br>after break
    <table><tr><td>A&nbsp;1</td><td><b>B</b> 2</td></tr><tr><th>C</th><td></td><td>D</td></tr></table>
    <ul><li>first</li><li>second</li></ul>
    <pre>line 1
    line 2</pre>
    <img src="x.png" alt="Logo"> &lt;tag&gt; &#54620;&#xae00;
    <script>alert(1)</script><!-- hidden -->
    </body></html>"""
    lines = mailtext.html_to_text(html).splitlines()
    assert lines[:4] == ["Intro", "block one", "tail text", "after break"]
    assert "A 1\tB 2" in lines
    assert "C\tD" in lines
    assert "first" in lines and "second" in lines
    assert "line 1" in lines and "line 2" in lines
    assert "Logo <tag> 한글" in lines
    assert not any("alert" in line or "hidden" in line or "p{}" in line for line in lines)


@pytest.mark.parametrize("html", ["", "   ", "<p>unclosed <b>bold", "<<<>>>", "no tags at all", "<html></html>"])
def test_html_to_text_tolerates_anything(html: str) -> None:
    assert isinstance(mailtext.html_to_text(html), str)


def test_html_to_text_broken_markup_keeps_text() -> None:
    assert "unclosed bold" in mailtext.html_to_text("<p>unclosed <b>bold")


# --- subjects, replies, forwards --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("Re: x", "reply"),
        ("RE: x", "reply"),
        ("답장: x", "reply"),
        ("회신: x", "reply"),
        ("Antw: x", "reply"),
        ("AW: x", "reply"),
        ("Re[2]: x", "reply"),
        ("FW: x", "forward"),
        ("Fwd: x", "forward"),
        ("전달: x", "forward"),
        ("[Fwd] x", "forward"),
        ("Re: Fwd: x", "reply"),
        ("Fwd: Re: x", "forward"),
        ("[Gabia] 도메인 만료 안내", None),
        ("Notice: domain expiry", None),
        ("", None),
    ],
)
def test_subject_kind(subject: str, kind: str | None) -> None:
    assert mailtext.subject_kind(subject) == kind


def test_reply_with_korean_outlook_header_block() -> None:
    body = (
        "확인했습니다.\n\n"
        "________________________________\n"
        "보낸 사람: 가비아 <noreply@gabia.com>\n"
        "보낸 날짜: 2026년 11월 20일 금요일 오전 9:00\n"
        "받는 사람: ops@example.co.kr\n"
        "제목: [가비아] 도메인 만료 안내\n\n"
        "만료일: 2026년 12월 15일\n"
    )
    split = mailtext.split_body("RE: [가비아] 도메인 만료 안내", body)
    assert split.is_reply and split.text == "확인했습니다."
    assert "만료일: 2026년 12월 15일" in split.quoted


def test_reply_bottom_posting_keeps_own_text_after_the_quote() -> None:
    body = "On Fri, Nov 20, 2026 at 9:00 AM Gabia <noreply@gabia.com> wrote:\n> Expires 2026-12-15\n\nDone, renewed.\n"
    split = mailtext.split_body("Re: Domain", body)
    assert split.text == "Done, renewed."
    assert split.quoted.splitlines() == [
        "On Fri, Nov 20, 2026 at 9:00 AM Gabia <noreply@gabia.com> wrote:",
        "> Expires 2026-12-15",
    ]


def test_reply_without_subject_prefix_detected_by_attribution() -> None:
    body = "Renewed.\n\n2026. 11. 20. 오전 9:00, Gabia <noreply@gabia.com> 작성:\n> 만료일 2026-12-15\n"
    split = mailtext.split_body("Domain", body)
    assert split.is_reply and split.text == "Renewed."


def test_plain_mail_is_left_alone() -> None:
    body = "Your domain expires on 2026-12-15.\n> not a quote marker in a notice\n"
    split = mailtext.split_body("[Gabia] Domain expiry", body)
    assert (split.text, split.quoted, split.is_reply, split.forwarded) == (body, "", False, ())


def test_apple_forward_and_naver_forward() -> None:
    apple = (
        "Begin forwarded message:\n\n"
        "From: GoDaddy <renewals@godaddy.com>\n"
        "Subject: Your domain expires soon\n"
        "Date: 20 November 2026 at 09:00:00 GMT+9\n"
        "To: me@example.com\n\n"
        "Expires 2026-12-15\n"
    )
    split = mailtext.split_body("Fwd: Your domain expires soon", apple)
    assert not split.is_reply and "Expires 2026-12-15" in split.text
    [header] = split.forwarded
    assert header.sender == Address("GoDaddy", "renewals@godaddy.com")
    assert header.date == datetime(2026, 11, 20, 9, 0, tzinfo=KST)

    naver = (
        "-----Original Message-----\n"
        'From: "후이즈"<noreply@whois.co.kr>\n'
        "To: <ops@example.co.kr>;\n"
        "Sent: 2026-11-20 (금) 15:30:00 (GMT+09:00)\n"
        "Subject: [후이즈] 도메인 만료 안내\n\n"
        "만료일 2027-01-10\n"
    )
    split = mailtext.split_body("전달: [후이즈] 도메인 만료 안내", naver, korean=True)
    [header] = split.forwarded
    assert header.sender is not None and header.sender.email == "noreply@whois.co.kr"
    assert header.subject == "[후이즈] 도메인 만료 안내"
    assert header.date == datetime(2026, 11, 20, 15, 30, tzinfo=KST)


def test_forward_without_subject_prefix_is_still_a_forward() -> None:
    body = (
        "---------- 전달된 메시지 ----------\n"
        "보낸사람: 가비아 <noreply@gabia.com>\n제목: 만료 안내\n\n만료일 2026-12-15\n"
    )
    split = mailtext.split_body("만료 안내", body)
    assert not split.is_reply and "만료일 2026-12-15" in split.text
    assert split.forwarded[0].subject == "만료 안내"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Fri, Nov 20, 2026 at 9:00 AM", datetime(2026, 11, 20, 9, 0, tzinfo=UTC)),
        ("Friday, November 20, 2026 5:30 PM", datetime(2026, 11, 20, 17, 30, tzinfo=UTC)),
        ("2026년 11월 20일 (금) 오후 3:05", datetime(2026, 11, 20, 15, 5, tzinfo=UTC)),
        ("2026-11-20 09:10", datetime(2026, 11, 20, 9, 10, tzinfo=UTC)),
        ("Fri, 20 Nov 2026 09:00:00 +0900", datetime(2026, 11, 20, 0, 0, tzinfo=UTC)),
        ("whenever", None),
    ],
)
def test_parse_loose_date(value: str, expected: datetime | None) -> None:
    assert mailtext.parse_loose_date(value, korean=False) == expected


def test_parse_loose_date_korean_default_zone() -> None:
    parsed = mailtext.parse_loose_date("2026년 11월 20일 오전 9:00", korean=True)
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=9) and parsed.hour == 9


# --- small helpers ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stub"),
    [
        ("", True),
        ("View this email in your browser", True),
        ("이 메일이 제대로 보이지 않으면 여기를 클릭하세요", True),
        ("This is an HTML message. Please use an HTML capable mail program to read this message.", True),
        ("Your domain example.com expires on 2026-12-15. Renew it at our website.", False),
        ("만료일: 2026년 12월 15일. 연장해 주세요.", False),
    ],
)
def test_is_stub_text(text: str, stub: bool) -> None:
    assert mailtext.is_stub_text(text) is stub


def test_unflow() -> None:
    flowed = "Your domain example.com will \nexpire on 2026-12-15.\n-- \nsig\n"
    assert mailtext.unflow(flowed, delsp=False) == "Your domain example.com will expire on 2026-12-15.\n-- \nsig\n"
    assert mailtext.unflow("ab \ncd\n", delsp=True) == "abcd\n"
