"""Mail in the forms vendors and clients really send: RFC 2231 parameters, missing or odd charset labels,
broken MIME structure, digests and nested forwards, and HTML layouts. Each test builds its mail with the
stdlib `email` package or as raw bytes and asserts the decoded text and header fields."""

from __future__ import annotations

import base64
import quopri
import time
from email import policy
from email.message import EmailMessage

import pytest

from noticewatch.mailtext import decode_bytes, html_to_text
from noticewatch.models import Message, RawMessage
from noticewatch.parse import parse_message

KO = "만료일: 2026년 12월 15일 똠방각하"  # 똠 exists only in cp949, not in EUC-KR proper


def parse(data: bytes) -> Message:
    result = parse_message(RawMessage("mem", data))
    assert isinstance(result, Message), result
    return result


def mail(headers: str, body: bytes, *, crlf: bool = False) -> bytes:
    head = "From: Vendor <noreply@vendor.example>\nSubject: notice\n" + headers
    data = head.encode("ascii") + b"\n" + body
    return data.replace(b"\n", b"\r\n") if crlf else data


# --- 1. RFC 2231 parameters --------------------------------------------------------------------------------------


def test_rfc2231_extended_charset_parameter_is_the_charset() -> None:
    # charset*=euc-kr''... is odd but seen; the value after the second quote is what counts. A charset that
    # the unlabelled fallback would not guess (iso-8859-2) shows the label is really read.
    czech = "Doména příliš žluťoučký kůň vyprší 15. 12. 2026"
    msg = parse(mail("Content-Type: text/plain; charset*=us-ascii''iso-8859-2\n", czech.encode("iso-8859-2")))
    assert msg.text == czech
    assert msg.warnings == ()


def test_rfc2231_charset_with_language_tag() -> None:
    polish = "Płatność za domenę – termin 15.12.2026"
    msg = parse(mail("Content-Type: text/plain; charset*=us-ascii'pl'windows-1250\n", polish.encode("cp1250")))
    assert msg.text == polish
    assert msg.warnings == ()


def test_rfc2231_boundary_continuation() -> None:
    body = (
        b"--abc-def-123\nContent-Type: text/plain; charset=utf-8\n\n"
        + KO.encode()
        + b"\n--abc-def-123\nContent-Type: text/html; charset=utf-8\n\n<p>html</p>\n--abc-def-123--\n"
    )
    msg = parse(mail('Content-Type: multipart/alternative;\n boundary*0="abc-";\n boundary*1="def-123"\n', body))
    assert msg.text == KO
    assert msg.warnings == ()


def test_rfc2231_encoded_continuations_in_a_filename_mark_an_attachment_not_text() -> None:
    # The stdlib writes filename*=utf-8''... for a non-ASCII name; a long name is split into filename*0*=...
    outer = EmailMessage()
    outer["From"] = "a@vendor.example"
    outer["Subject"] = "invoice"
    outer.set_content("본문입니다: 청구서를 첨부합니다.\n")
    outer.add_attachment(
        "ATTACHED-TEXT-MUST-NOT-APPEAR\n", subtype="plain", filename="청구서_2026년_12월분_상세내역서_최종본.txt"
    )
    data = outer.as_bytes(policy=policy.SMTP)
    assert b"filename*" in data
    msg = parse(data)
    assert msg.text.strip() == "본문입니다: 청구서를 첨부합니다."


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ("filename*=utf-8''%EC%B2%AD%EA%B5%AC%EC%84%9C.pdf", "청구서.pdf"),
        ("filename*=euc-kr''%C3%BB%B1%B8%BC%AD.pdf", "청구서.pdf"),
        ("filename*0*=utf-8''%EC%B2%AD%EA; filename*1*=%B5%AC%EC%84%9C; filename*2=.pdf", "청구서.pdf"),
        ('filename*1="b.pdf"; filename*0="a-"', "a-b.pdf"),  # sections out of order
        ("filename=\"plain.pdf\"; filename*=utf-8''%EC%B2%AD.pdf", "청.pdf"),  # extended beats plain
        ("filename*=utf-8''%ZZbad%", "%ZZbad%"),  # broken escapes are kept, not fatal
    ],
)
def test_rfc2231_parameter_decoding(params: str, expected: str) -> None:
    from noticewatch.parse import content_type_params

    _ctype, values = content_type_params("attachment; " + params, "text/plain")
    assert values["filename"] == expected


# --- 2. charset from HTML meta, or from the bytes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "meta",
    [
        '<meta http-equiv=Content-Type content="text/html; charset=euc-kr">',
        "<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset=ks_c_5601-1987'>",
        '<meta charset="euc-kr" />',
    ],
)
def test_html_without_charset_label_uses_the_meta_charset(meta: str) -> None:
    html = f"<html><head>{meta}<title>t</title></head><body><p>{KO}</p></body></html>"
    msg = parse(mail("Content-Type: text/html\n", html.encode("cp949")))
    assert msg.text == KO
    assert msg.warnings == ()


def test_meta_charset_wins_over_the_guess_when_the_guess_would_be_wrong() -> None:
    # Windows-1250 bytes that are also valid cp949: without reading the meta, this becomes Hanja.
    text = "Płatność za domenę – termin 15.12.2026"
    html = f'<html><head><meta charset="windows-1250"></head><body><p>{text}</p></body></html>'
    msg = parse(mail("Content-Type: text/html\n", html.encode("cp1250")))
    assert msg.text == text


def test_unlabelled_text_is_sniffed_utf8_then_korean_then_western() -> None:
    assert parse(mail("", KO.encode("utf-8"))).text == KO
    assert parse(mail("", KO.encode("cp949"))).text == KO
    western = "Grüße aus Köln – informações sobre a ação, Café"
    assert parse(mail("", western.encode("cp1252"))).text == western


def test_unlabelled_latin_text_that_happens_to_be_valid_cp949_is_not_read_as_korean() -> None:
    # "ação" is E7 E3 6F in windows-1252, a valid cp949 Hanja pair: only plausibility tells them apart.
    text, problem, codec = decode_bytes("informações ação".encode("cp1252"), None)
    assert text == "informações ação"
    assert problem is None and codec == "cp1252"


# --- 3. charset labels seen in the wild ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("ks_c_5601-1987", "cp949"),
        ("ks_c_5601", "cp949"),
        ("KS_C_5601-1987", "cp949"),
        ("x-windows-949", "cp949"),
        ("euc_kr", "cp949"),
        ('"euc-kr "', "cp949"),
        ('" EUC-KR"', "cp949"),
        ("'euc-kr'", "cp949"),
        ("unknown-8bit", "cp949"),
        ("utf8", "utf-8"),
        ('"UTF-8"', "utf-8"),
        ("iso-2022-kr", "iso2022_kr"),
    ],
)
def test_charset_aliases(label: str, codec: str) -> None:
    text = "만료일: 2026년 12월 15일" if codec == "iso2022_kr" else KO
    msg = parse(mail(f"Content-Type: text/plain; charset={label}\n", text.encode(codec)))
    assert msg.text == text
    assert msg.warnings == ()


@pytest.mark.parametrize("label", ["utf-7", "unicode-1-1-utf-7", "UTF-7"])
def test_utf7(label: str) -> None:
    msg = parse(mail(f"Content-Type: text/plain; charset={label}\n", KO.encode("utf-7")))
    assert msg.text == KO


def test_unknown_charset_warns_and_decodes_best_effort() -> None:
    msg = parse(mail("Content-Type: text/plain; charset=x-vendor-custom\n", KO.encode("cp949")))
    assert msg.text == KO
    assert any("unknown charset" in w and "x-vendor-custom" in w for w in msg.warnings)
    msg = parse(mail("Content-Type: text/plain; charset=x-vendor-custom\n", "Grüße".encode("cp1252")))
    assert msg.text == "Grüße"


def test_unknown_charset_in_an_encoded_word_never_crashes() -> None:
    subject = "=?x-nonsense?B?" + base64.b64encode("만료 안내".encode()).decode() + "?="
    msg = parse(f"From: a@vendor.example\nSubject: {subject}\n\nx".encode())
    assert msg.subject == "만료 안내"


# --- 4. malformed structure -----------------------------------------------------------------------------------------


def test_boundary_lines_with_trailing_whitespace() -> None:
    body = b"--b1 \t\nContent-Type: text/plain; charset=utf-8\n\n" + KO.encode() + b"\n--b1--   \n"
    msg = parse(mail('Content-Type: multipart/mixed; boundary="b1"\n', body))
    assert msg.text == KO
    assert msg.warnings == ()


def test_missing_closing_boundary_keeps_the_last_part() -> None:
    body = b"--b1\nContent-Type: text/plain; charset=utf-8\n\n" + KO.encode() + b"\n"
    msg = parse(mail("Content-Type: multipart/mixed; boundary=b1\n", body))
    assert msg.text.rstrip("\n") == KO
    assert any("closing boundary missing" in w for w in msg.warnings)


@pytest.mark.parametrize(
    "part",
    [b"\n" + KO.encode(), KO.encode(), b"\r\n" + KO.encode()],
    ids=["blank-line-no-headers", "no-blank-line", "crlf-blank-line"],
)
def test_part_without_headers_is_plain_text(part: bytes) -> None:
    body = b"--b1\n" + part + b"\n--b1--\n"
    msg = parse(mail("Content-Type: multipart/mixed; boundary=b1\n", body))
    assert msg.text == KO


def test_part_without_headers_whose_text_has_a_colon_in_ascii() -> None:
    body = b"--b1\nDomain: example.kr expires 2026-12-15\nRenew now.\n--b1--\n"
    msg = parse(mail("Content-Type: multipart/mixed; boundary=b1\n", body))
    # "Domain:" looks like a header field, but the next line is neither a field nor a continuation and no
    # blank line follows: the part has no header block, all of it is text.
    assert msg.text == "Domain: example.kr expires 2026-12-15\nRenew now."


def test_part_without_headers_made_only_of_field_like_lines() -> None:
    body = b"--b1\nDomain: example.kr\nExpiry: 2026-12-15\n--b1--\n"
    msg = parse(mail("Content-Type: multipart/mixed; boundary=b1\n", body))
    assert msg.text == "Domain: example.kr\nExpiry: 2026-12-15"


def test_part_headers_end_at_the_first_line_that_is_not_a_header() -> None:
    body = b"--b1\nContent-Type: text/plain; charset=utf-8\n" + KO.encode() + b"\nsecond line\n--b1--\n"
    msg = parse(mail("Content-Type: multipart/mixed; boundary=b1\n", body))
    assert msg.text == KO + "\nsecond line"


def test_part_headers_without_a_body_are_still_headers() -> None:
    body = (
        b"--b1\nContent-Type: text/plain; charset=utf-8\n\n"
        + KO.encode()
        + b"\n--b1\nContent-Type: application/pdf\nContent-Disposition: attachment\n--b1--\n"
    )
    msg = parse(mail("Content-Type: multipart/mixed; boundary=b1\n", body))
    assert msg.text == KO


@pytest.mark.parametrize(
    "cte", ["BASE64", "Base64 ", '"base64"', "base64 (encoded by MUA)", "base64; x=y", " base64\t"]
)
def test_transfer_encoding_in_any_case_or_with_junk(cte: str) -> None:
    payload = base64.encodebytes(KO.encode())
    msg = parse(mail(f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n", payload))
    assert msg.text == KO


def test_quoted_printable_label_in_upper_case() -> None:
    payload = quopri.encodestring(KO.encode())
    msg = parse(mail("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: Quoted-Printable\n", payload))
    assert msg.text == KO


def test_base64_without_padding_and_with_line_noise() -> None:
    encoded = base64.b64encode(KO.encode()).rstrip(b"=")
    noisy = encoded[:10] + b"\n \n" + encoded[10:20] + b"\x00*\n" + encoded[20:]
    msg = parse(mail("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n", noisy))
    assert msg.text == KO


@pytest.mark.parametrize(
    "footer",
    [
        b"_______________________________________________\nops mailing list\nops@lists.example\n",
        b"-- \nSent from my phone\n",
        b"\nSent from my phone\n",
    ],
)
def test_plain_text_appended_to_a_base64_part_is_kept_as_text(footer: bytes) -> None:
    payload = base64.encodebytes(((KO + "\n") * 3).encode())
    msg = parse(mail("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n", payload + footer))
    lines = msg.text.splitlines()
    assert lines[:3] == [KO] * 3
    assert lines[-1] == footer.decode().strip().splitlines()[-1]
    assert msg.warnings == ()


def test_quoted_printable_soft_break_at_the_very_end_and_inside_a_character() -> None:
    encoded = quopri.encodestring(KO.encode())  # =EB=A7=8C ...
    cut = encoded.index(b"=", 4)  # inside the first syllable's byte sequence
    payload = encoded[:cut] + b"=\r\n" + encoded[cut:].rstrip(b"\n") + b"="
    msg = parse(mail("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n", payload))
    assert msg.text == KO


@pytest.mark.parametrize("style", ["lf", "crlf", "mixed"])
def test_line_endings(style: str) -> None:
    body = (
        b"--b1\nContent-Type: text/plain; charset=utf-8\n\n"
        + "첫 줄: 만료일 2026년 12월 15일\n둘째 줄: 갱신 필요".encode()
        + b"\n--b1\nContent-Type: text/html; charset=utf-8\n\n<p>x</p>\n--b1--\n"
    )
    data = mail("Content-Type: multipart/alternative; boundary=b1\n", body)
    if style == "crlf":
        data = data.replace(b"\n", b"\r\n")
    elif style == "mixed":
        lines = data.split(b"\n")
        data = b"".join(line + (b"\r\n" if i % 2 else b"\n") for i, line in enumerate(lines))
    msg = parse(data)
    assert msg.text == "첫 줄: 만료일 2026년 12월 15일\n둘째 줄: 갱신 필요"
    assert msg.subject == "notice"


@pytest.mark.parametrize(
    "data",
    [
        b"From: a@vendor.example\nSubject: headers only",
        b"From: a@vendor.example\r\nSubject: headers only\r\n",
        b"From: a@vendor.example\nSubject: headers only\n\n",
    ],
)
def test_header_block_ending_with_the_file(data: bytes) -> None:
    msg = parse(data)
    assert msg.subject == "headers only"
    assert msg.text == ""
    assert msg.sender.email == "a@vendor.example"


def test_nul_bytes_in_the_body_are_dropped() -> None:
    msg = parse(mail("Content-Type: text/plain; charset=utf-8\n", KO.encode() + b"\x00\x00 end"))
    assert msg.text == KO + " end"


def test_stray_nul_in_a_header_does_not_make_the_mail_binary() -> None:
    msg = parse(b"From: a@vendor.example\nSubject: domain\x00 expiry\n\n" + KO.encode())
    assert msg.subject == "domain expiry"
    assert msg.text == KO


@pytest.mark.parametrize("codec", ["utf-8", "cp949"])
def test_raw_8bit_headers_without_rfc2047(codec: str) -> None:
    data = (
        "From: 카페24 고객센터 <help@cafe24.example>\nTo: 김담당 <kim@shop.example>\n"
        "Subject: [카페24] 호스팅 만료 안내 똠\n\n본문"
    ).encode(codec)
    msg = parse(data)
    assert msg.subject == "[카페24] 호스팅 만료 안내 똠"
    assert msg.sender.name == "카페24 고객센터"
    assert msg.to[0].name == "김담당"


def test_outlook_b_encoded_subject_split_mid_character() -> None:
    raw = "[카페24] 호스팅 만료 안내".encode("cp949")
    first, second = raw[:5], raw[5:]  # byte 5 is inside "페"
    words = [base64.b64encode(part).decode() for part in (first, second)]
    data = f"From: a@cafe24.example\nSubject: =?ks_c_5601-1987?B?{words[0]}?=\n\t=?ks_c_5601-1987?B?{words[1]}?=\n\nx"
    assert parse(data.encode()).subject == "[카페24] 호스팅 만료 안내"


def test_encoded_words_inside_quoted_display_names() -> None:
    data = (
        b'From: "=?utf-8?B?7Lm07Y6YMjQ=?= Support" <help@cafe24.example>\n'
        b'To: "Kim, =?utf-8?Q?=EB=A7=8C?=" <k@shop.example>, "=?euc-kr?B?sKG68b7G?=" <g@shop.example>\n'
        b"Subject: x\n\nx"
    )
    msg = parse(data)
    assert (msg.sender.name, msg.sender.email) == ("카페24 Support", "help@cafe24.example")
    assert [(a.name, a.email) for a in msg.to] == [("Kim, 만", "k@shop.example"), ("가비아", "g@shop.example")]


# --- 5. digests, nested forwards, TNEF ---------------------------------------------------------------------------


def test_multipart_digest_parts_are_messages() -> None:
    body = (
        b"--d1\n\nFrom: noreply@gabia.example\nSubject: first\nContent-Type: text/plain; charset=utf-8\n\n"
        + KO.encode()
        + b"\n--d1\n\nFrom: noreply@cafe24.example\nSubject: second\n\nsecond notice body\n--d1--\n"
    )
    msg = parse(mail("Content-Type: multipart/digest; boundary=d1\n", body))
    assert KO in msg.text.splitlines()
    assert "second notice body" in msg.text.splitlines()
    assert [h.subject for h in msg.forwarded] == ["first", "second"]


def _wrap_as_attachment(inner: EmailMessage, sender: str, subject: str, note: str) -> EmailMessage:
    outer = EmailMessage()
    outer["From"] = sender
    outer["Subject"] = subject
    outer.set_content(note)
    outer.add_attachment(inner)
    return outer


def test_message_rfc822_forwards_nested_two_deep_and_tnef_is_ignored() -> None:
    notice = EmailMessage()
    notice["From"] = "Gabia <noreply@gabia.example>"
    notice["Subject"] = "[가비아] 도메인 만료 안내"
    notice["Date"] = "Fri, 20 Nov 2026 09:00:00 +0900"
    notice.set_content(KO + "\n", charset="utf-8", cte="base64")
    middle = _wrap_as_attachment(notice, "colleague@corp.example", "Fwd: notice", "fyi\n")
    outer = _wrap_as_attachment(middle, "me@corp.example", "Fwd: Fwd: notice", "see below\n")
    outer.add_attachment(
        b"\x78\x9f\x3e\x22" + bytes(range(256)) * 4,
        maintype="application",
        subtype="ms-tnef",
        filename="winmail.dat",
    )
    msg = parse(outer.as_bytes())
    lines = msg.text.splitlines()
    assert lines[0] == "see below"
    assert "fyi" in lines
    assert KO in lines
    assert msg.warnings == ()
    assert any(h.subject == "[가비아] 도메인 만료 안내" for h in msg.forwarded)


def test_tnef_without_disposition_and_broken_base64_is_ignored_quietly() -> None:
    body = (
        b"--z\nContent-Type: text/plain\n\nbody\n"
        + b"".join(
            b"--z\nContent-Type: application/ms-tnef; name=winmail.dat\nContent-Transfer-Encoding: base64\n\n!!!!\n"
            for _ in range(20)
        )
        + b"--z--\n"
    )
    msg = parse(mail("Content-Type: multipart/mixed; boundary=z\n", body))
    assert msg.text == "body"
    assert msg.warnings == ()


def test_attached_message_in_base64_is_decoded_and_read() -> None:
    notice = EmailMessage()
    notice["From"] = "Gabia <noreply@gabia.example>"
    notice["Subject"] = "[가비아] 도메인 만료 안내"
    notice.set_content(KO + "\n", charset="utf-8")
    inner = base64.encodebytes(notice.as_bytes())
    for part_headers in (
        b"Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n",
        # Webmails attach a forwarded mail as a .eml file, the name sometimes RFC 2231-encoded.
        b'Content-Type: application/octet-stream; name="notice.eml"\nContent-Transfer-Encoding: base64\n',
        b"Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
        b"Content-Disposition: attachment; filename*=utf-8''%EC%95%88%EB%82%B4.eml\n",
    ):
        body = b"--o\nContent-Type: text/plain\n\nsee attached\n--o\n" + part_headers + b"\n" + inner + b"--o--\n"
        msg = parse(mail("Content-Type: multipart/mixed; boundary=o\n", body))
        assert KO in msg.text.splitlines()
        assert [h.subject for h in msg.forwarded] == ["[가비아] 도메인 만료 안내"]
        assert msg.warnings == ()


def test_attached_message_in_base64_larger_than_the_cap_keeps_its_first_text_part() -> None:
    notice = EmailMessage()
    notice["From"] = "noreply@gabia.example"
    notice["Subject"] = "big"
    notice.set_content(KO + "\n")
    notice.add_attachment(bytes(range(256)) * 40_000, maintype="application", subtype="pdf", filename="a.pdf")
    inner = base64.encodebytes(notice.as_bytes())
    assert len(inner) > 12_000_000
    body = b"--o\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n" + inner + b"--o--\n"
    start = time.perf_counter()
    msg = parse(mail("Content-Type: multipart/mixed; boundary=o\n", body))
    assert time.perf_counter() - start < 1.0
    assert KO in msg.text.splitlines()
    assert msg.warnings == ()


def test_multipart_that_lost_its_boundary_parameter_uses_the_body_delimiter() -> None:
    body = (
        b"--=_part_1\nContent-Type: text/plain; charset=utf-8\n\n"
        + KO.encode()
        + b"\n--=_part_1\nContent-Type: text/html; charset=utf-8\n\n<p>x</p>\n--=_part_1--\n"
    )
    msg = parse(mail("Content-Type: multipart/alternative\n", body))
    assert msg.text == KO
    assert any("without a boundary parameter" in w for w in msg.warnings)


def test_utf16_saved_mail_is_read() -> None:
    text = f"From: Gabia <noreply@gabia.example>\r\nSubject: 만료 안내\r\n\r\n{KO}\r\n"
    msg = parse(text.encode("utf-16"))
    assert msg.subject == "만료 안내"
    assert msg.text.rstrip("\n") == KO


# --- 6. HTML to text ----------------------------------------------------------------------------------------------


def test_html_layout_rules() -> None:
    html = """<html><head><style>.x{color:red}</style><title>TITLE</title></head><body>
    <script>var SCRIPT = 1;</script>
    <span style="display:none !important; font-size:0; max-height:0">PREHEADER teaser text&zwnj;&nbsp;&zwnj;</span>
    <div style="DISPLAY: NONE">HIDDEN BLOCK</div>
    <!--[if mso]><table><tr><td>MSO-ONLY</td></tr></table><![endif]-->
    <!--[if !mso]><!--><p>for every client</p><!--<![endif]-->
    line one<br><br><br><br>line two<br/>line three
    <p>para&nbsp;one &#xAC00;&#44032; &amp; &lt;b&gt; &#8212; &eacute;</p>
    <div>div block</div><div><div>nested</div></div>
    <table><tr><th>Domain</th><th>Expiry</th></tr><tr><td>a.kr</td><td> 2026-12-15 </td></tr></table>
    </body></html>"""
    lines = html_to_text(html).splitlines()
    assert "PREHEADER" not in "\n".join(lines) and "HIDDEN" not in "\n".join(lines)
    assert "MSO-ONLY" not in lines and "SCRIPT" not in "\n".join(lines) and "TITLE" not in lines
    assert lines == [
        "for every client",
        "line one",
        "line two",
        "line three",
        "para one 가가 & <b> — é",
        "div block",
        "nested",
        "Domain\tExpiry",
        "a.kr\t2026-12-15",
    ]


def test_hidden_html_is_kept_when_it_is_all_there_is() -> None:
    # Mobile-first templates hide the whole body inline and reveal it with a media query.
    html = '<div style="display:none">Your domain example.kr expires on 2026-12-15.</div>'
    assert html_to_text(html) == "Your domain example.kr expires on 2026-12-15."


@pytest.mark.parametrize("depth", [300, 3000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    html = "<div>" * depth + "<p>DEEP expires 2026-12-15</p>" + "</div>" * depth + "<p>after</p>"
    text = html_to_text(html)
    assert "DEEP expires 2026-12-15" in text
    assert "after" in text


def test_large_html_is_linear() -> None:
    row = "<tr><td>example-{i}.kr</td><td>2026-12-15</td></tr>"

    def render(rows: int) -> float:
        html = "<table>" + "".join(row.format(i=i) for i in range(rows)) + "</table>"
        start = time.perf_counter()
        text = html_to_text(html)
        elapsed = time.perf_counter() - start
        assert text.count("\n") == rows - 1
        return elapsed

    render(1000)
    small, large = render(5_000), render(40_000)
    assert large < 2.0
    assert large < small * 8 * 3  # 8x the input, well under quadratic (64x)


def test_html_part_in_a_mail_without_a_plain_alternative() -> None:
    html = "<p>만료일</p><p>2026년 12월 15일</p>"
    msg = parse(mail("Content-Type: text/html; charset=utf-8\n", html.encode()))
    assert msg.text == "만료일\n2026년 12월 15일"


def test_many_hidden_elements_stay_fast() -> None:
    html = "<div>" + '<span style="display:none">x</span> visible ' * 40_000 + "</div>"
    start = time.perf_counter()
    text = html_to_text(html)
    assert time.perf_counter() - start < 2.0
    assert text.count("visible") == 40_000 and "x" not in text


@pytest.mark.parametrize(
    "html",
    [
        "<a" * 200_000,
        "<!--" * 200_000,
        "<script>" * 100_000,
        "<div>" * 5_000 + "<a" * 100_000,
        "<blockquote>" * 2_000 + "<br>line" * 2_000,
        "<td>" * 100_000,
    ],
    ids=["open-tags", "open-comments", "open-scripts", "deep-then-open-tags", "deep-quotes", "cells"],
)
def test_hostile_html_stays_fast(html: str) -> None:
    start = time.perf_counter()
    html_to_text(html)
    assert time.perf_counter() - start < 2.0
