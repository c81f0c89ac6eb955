"""Writes the example mails of the built-in rule packs (rules/examples/<pack>/*.eml).

Run from anywhere: `python rules/examples/make_examples.py`. The output is deterministic (fixed dates,
Message-IDs and MIME boundaries), so a re-run changes nothing unless this file changed.

The mails imitate the forms vendors really send, so that the encodings under test are real: HTML-only mail
with layout tables, multipart/alternative, base64 and quoted-printable bodies, EUC-KR and cp949 Korean
(labelled ks_c_5601-1987, as Outlook and older Korean mailers do), RFC 2047 subjects, Authentication-Results
of the receiving server, List-Unsubscribe on marketing. Their wording is deliberately varied: they are the
rules' documentation and tests, never the source the rules' patterns were written from.
"""

from __future__ import annotations

import base64
import quopri
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
RECEIVER = "mx.hanbit-example.co.kr"  # the authserv-id of "our" receiving server
TO = "ops@hanbit-example.co.kr"
_written: list[Path] = []


def _part(body: str, subtype: str, charset: str, cte: str, encode_as: str | None) -> MIMENonMultipart:
    raw = body.encode(encode_as or charset)
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "7bit":
        part.set_payload(raw.decode("ascii"))
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    return part


def _header_charset(body_charset: str) -> str:
    return "euc-kr" if body_charset in ("euc-kr", "ks_c_5601-1987") else "utf-8"


def _encode_header(value: str, body_charset: str) -> str:
    """RFC 2047 encoded-word in the body's charset (Outlook-era Korean mail labels headers ks_c_5601-1987)."""
    if value.isascii():
        return value
    if body_charset == "ks_c_5601-1987":
        return "=?ks_c_5601-1987?B?" + base64.b64encode(value.encode("cp949")).decode("ascii") + "?="
    return Header(value, _header_charset(body_charset)).encode()


def _auth(result: str, domain: str) -> str:
    if result == "pass":
        return (
            f"{RECEIVER}; dkim=pass header.d={domain} header.s=s2048; spf=pass smtp.mailfrom=bounce.{domain}; "
            f"dmarc=pass (p=REJECT) header.from={domain}"
        )
    return (
        f"{RECEIVER}; dkim=fail (signature did not verify) header.d={domain} header.s=k1; "
        f"spf=softfail smtp.mailfrom={domain}; dmarc=fail (p=NONE) header.from={domain}"
    )


def mail(
    pack: str,
    name: str,
    *,
    sender: tuple[str, str],
    subject: str,
    date: str,
    plain: str | None = None,
    html: str | None = None,
    charset: str = "utf-8",
    cte: str = "base64",
    encode_as: str | None = None,
    auth: str | None = "pass",
    to: str = TO,
    bulk: bool = False,
    headers: dict[str, str] | None = None,
) -> None:
    """Write one .eml: HTML-only, plain-only, or multipart/alternative when both are given."""
    parts = [
        _part(body, sub, charset, cte, encode_as)
        for body, sub in ((plain, "plain"), (html, "html"))
        if body is not None
    ]
    if len(parts) == 1:
        msg: MIMENonMultipart | MIMEMultipart = parts[0]
    else:
        msg = MIMEMultipart("alternative", boundary=f"=_nw_{pack[:6]}_{name[:20]}_alt")
        for p in parts:
            msg.attach(p)
    head: list[tuple[str, str]] = []
    domain = sender[1].rpartition("@")[2]
    if auth is not None:
        head.append(("Authentication-Results", _auth(auth, domain)))
    head += [
        ("Received", f"from mail.{domain} (mail.{domain} [203.0.113.25]) by {RECEIVER} with ESMTPS; {date}"),
        ("From", formataddr(sender, charset=_header_charset(charset))),
        ("To", to),
        ("Subject", _encode_header(subject, charset)),
        ("Date", date),
        ("Message-ID", f"<{name}.{pack}@{domain}>"),
        ("MIME-Version", "1.0"),
    ]
    if bulk:
        head += [("List-Unsubscribe", f"<https://{domain}/unsubscribe?u=8841>"), ("Precedence", "bulk")]
    for k, v in (headers or {}).items():
        head.append((k, v))
    for k in ("MIME-Version",):
        del msg[k]
    body = msg.as_bytes()
    block = "".join(f"{k}: {v}\n" for k, v in head).encode("utf-8")
    out = HERE / pack / f"{name}.eml"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(block + body)
    _written.append(out)


def table(rows: list[list[str]], header: bool = True) -> str:
    """A vendor-style layout table (the HTML-to-text step must keep the cells apart)."""
    out = ['<table border="0" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">']
    for i, row in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = "".join(f'<{tag} style="border:1px solid #ddd;padding:6px">{c}</{tag}>' for c in row)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def page(title: str, *blocks: str, footer: str = "") -> str:
    inner = "\n".join(blocks)
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html"><title>'
        f'{title}</title></head><body style="font-family:sans-serif">'
        '<table width="600" align="center"><tr><td>'
        f"{inner}"
        f'<p style="color:#888;font-size:11px">{footer}</p>'
        "</td></tr></table></body></html>"
    )


D = "domain-expiry"
H = "hosting-quota"
S = "social-login-deprecation"

GABIA = ("가비아", "domain@gabia.com")
GABIA_FOOT = "본 메일은 발신 전용입니다. 문의: 고객센터 1544-4370 | (주)가비아 경기도 성남시 분당구 대왕판교로 660"


def domain_examples() -> None:
    # -- Gabia ------------------------------------------------------------------------------------------------
    mail(
        D,
        "gabia-expiry-euckr-table",
        sender=GABIA,
        date="Mon, 16 Nov 2026 10:02:11 +0900",
        subject="[가비아] 도메인 만료 안내 - shop-example.co.kr",
        charset="euc-kr",
        cte="base64",
        html=page(
            "도메인 만료 안내",
            "<p>안녕하세요, 가비아입니다.</p>",
            "<p>고객님께서 가비아를 통해 등록하신 도메인의 만료일이 다가와 안내드립니다.</p>",
            table(
                [
                    ["도메인명", "등록일", "만료일", "자동연장"],
                    ["shop-example.co.kr", "2021-12-15", "2026-12-15", "사용 안 함"],
                ]
            ),
            "<p>만료일이 지나면 홈페이지와 이메일 등 도메인에 연결된 서비스가 모두 중단됩니다. "
            "My가비아 &gt; 서비스 관리에서 기간 연장을 진행해 주세요.</p>",
            "<p>이미 연장하신 경우 본 메일은 무시하셔도 됩니다.</p>",
            footer=GABIA_FOOT,
        ),
    )
    mail(
        D,
        "gabia-expiry-digest",
        sender=GABIA,
        date="Fri, 20 Nov 2026 09:00:00 +0900",
        subject="[가비아] 만료 예정 도메인 안내 (2건)",
        cte="quoted-printable",
        plain="안녕하세요. 가비아입니다.\n\n아래 도메인의 만료일이 30일 이내로 다가왔습니다.\n\n"
        "■ hanbit-bakery.com\n  - 등록일: 2018년 12월 9일\n  - 만료일: 2026년 12월 9일\n\n"
        "■ hanbit-bakery.kr\n  - 등록일: 2020년 12월 21일\n  - 만료일: 2026년 12월 21일\n\n"
        "기간 내에 연장하지 않으면 도메인이 정지되며, 유예 기간이 지나면 삭제되어 누구나 등록할 수 있게 됩니다.\n\n"
        + GABIA_FOOT
        + "\n",
        html=page(
            "만료 예정 도메인 안내",
            "<p>아래 도메인의 만료일이 30일 이내로 다가왔습니다.</p>",
            table(
                [
                    ["도메인", "등록일", "만료일"],
                    ["hanbit-bakery.com", "2018-12-09", "2026-12-09"],
                    ["hanbit-bakery.kr", "2020-12-21", "2026-12-21"],
                ]
            ),
            "<p>기간 내에 연장하지 않으면 도메인이 정지됩니다.</p>",
            footer=GABIA_FOOT,
        ),
    )
    mail(
        D,
        "gabia-renewed-receipt",
        sender=("가비아", "billing@gabia.com"),
        date="Sat, 21 Nov 2026 14:31:40 +0900",
        subject="[가비아] 도메인 기간연장 완료 안내",
        html=page(
            "기간연장 완료",
            "<p>요청하신 도메인의 기간 연장이 정상적으로 완료되었습니다.</p>",
            table(
                [
                    ["도메인", "연장 기간", "새 만료일", "결제 금액"],
                    ["shop-example.co.kr", "1년", "2027-12-15", "22,000원"],
                ]
            ),
            "<p>이용해 주셔서 감사합니다.</p>",
            footer=GABIA_FOOT,
        ),
    )
    mail(
        D,
        "gabia-phishing-lookalike",
        sender=("가비아", "billing@gabia-domains.com"),
        auth="fail",
        date="Sun, 22 Nov 2026 03:12:09 +0900",
        subject="[가비아] 도메인 만료 최종 안내 - 즉시 결제 필요",
        html=page(
            "최종 안내",
            "<p>고객님의 도메인 <b>shop-example.co.kr</b> 이(가) 오늘 만료됩니다.</p>",
            "<p>24시간 안에 결제하지 않으면 도메인이 삭제되어 복구할 수 없습니다.</p>",
            '<p><a href="http://gabia-domains.com/pay?d=shop-example.co.kr">지금 바로 연장하기</a></p>',
        ),
    )
    mail(
        D,
        "gabia-marketing-coupon",
        sender=("가비아", "event@gabia.com"),
        bulk=True,
        date="Tue, 17 Nov 2026 11:00:00 +0900",
        subject="(광고) [가비아] .shop 도메인 첫해 500원! 할인 쿠폰이 곧 만료됩니다",
        html=page(
            "이벤트",
            "<p>신규 도메인 등록 할인 쿠폰이 11월 30일에 만료됩니다.</p>",
            "<p>.shop .store .kr 도메인을 지금 등록하세요. 쿠폰은 1인 1회 사용 가능합니다.</p>",
            footer="본 메일은 광고성 정보 수신에 동의하신 회원님께 발송됩니다. 수신거부",
        ),
    )
    mail(
        D,
        "gabia-auto-renew",
        sender=GABIA,
        date="Wed, 18 Nov 2026 08:40:00 +0900",
        subject="[가비아] 도메인 자동연장 예정 안내",
        charset="euc-kr",
        cte="base64",
        html=page(
            "자동연장 예정 안내",
            "<p>아래 도메인은 자동연장이 설정되어 있어, 예정일에 등록하신 결제수단으로 자동 결제될 예정입니다.</p>",
            table(
                [["도메인", "자동연장 예정일", "결제수단"], ["gabia-autopay.kr", "2026-12-20", "신용카드(****-1234)"]]
            ),
            "<p>결제수단이 만료되었거나 한도가 부족하면 자동연장이 되지 않을 수 있습니다.</p>",
            footer=GABIA_FOOT,
        ),
    )
    mail(
        D,
        "gabia-renewal-failed",
        sender=GABIA,
        date="Thu, 19 Nov 2026 07:05:00 +0900",
        subject="[가비아] 자동연장 결제 실패 안내 (myshop-example.com)",
        cte="quoted-printable",
        plain="안녕하세요. 가비아입니다.\n\n"
        "등록된 신용카드의 한도 초과로 아래 도메인의 자동연장 결제가 실패하였습니다.\n\n"
        "도메인: myshop-example.com\n결제 시도일: 2026.11.19\n만료일: 2026.12.03\n\n"
        "만료일까지 My가비아에서 직접 연장해 주시기 바랍니다. 만료 후에는 도메인 서비스가 중단됩니다.\n",
    )

    mail(
        D,
        "gabia-forwarded-by-colleague",
        sender=("김민지", "minji@hanbit-example.co.kr"),
        date="Sat, 21 Nov 2026 11:20:00 +0900",
        subject="FW: [가비아] 도메인 만료 안내 - shop-example.co.kr",
        plain="팀장님, 아래 메일 확인 부탁드립니다. 카드 담당자가 퇴사해서 연장이 안 된 것 같아요.\n\n"
        "---------- Forwarded message ---------\n"
        "From: 가비아 <domain@gabia.com>\n"
        "Date: 2026년 11월 16일 (월) 오전 10:02\n"
        "Subject: [가비아] 도메인 만료 안내 - shop-example.co.kr\n"
        "To: <ops@hanbit-example.co.kr>\n\n"
        "고객님께서 가비아를 통해 등록하신 도메인의 만료일이 다가와 안내드립니다.\n"
        "도메인명: shop-example.co.kr\n만료일: 2026-12-15\n"
        "만료일이 지나면 홈페이지와 이메일 등 도메인에 연결된 서비스가 모두 중단됩니다.\n",
    )
    mail(
        D,
        "gabia-reply-quoting-notice",
        sender=("김민지", "minji@hanbit-example.co.kr"),
        date="Sat, 21 Nov 2026 13:00:00 +0900",
        subject="Re: [가비아] 도메인 만료 안내 - shop-example.co.kr",
        plain="연장 결제 완료했습니다. 영수증은 공유 폴더에 올려 두었어요.\n\n"
        "2026년 11월 16일 (월) 오전 10:02, 가비아 <domain@gabia.com>님이 작성:\n"
        "> 고객님께서 가비아를 통해 등록하신 도메인의 만료일이 다가와 안내드립니다.\n"
        "> 도메인명: shop-example.co.kr\n> 만료일: 2026-12-15\n",
    )

    mail(
        D,
        "gabia-owner-email-verification",
        sender=("가비아", "domain@gabia.com"),
        date="Sun, 22 Nov 2026 16:00:00 +0900",
        subject="[가비아] 도메인 소유자 정보 인증 요청",
        charset="euc-kr",
        html=page(
            "소유자 인증",
            "<p>ICANN 정책에 따라 아래 도메인의 소유자 이메일 인증이 필요합니다.</p>",
            table([["도메인", "인증 기한"], ["hanbit-events.com", "2026년 12월 7일"]]),
            "<p>기한 내에 인증을 완료하지 않으면 도메인이 일시 정지되어 홈페이지와 메일을 사용할 수 없습니다.</p>",
            footer=GABIA_FOOT,
        ),
    )

    # -- Whois 후이즈 (cp949 bytes labelled ks_c_5601-1987, as Outlook-era mailers send) -------------------------
    whois = ("후이즈", "domain@whois.co.kr")
    mail(
        D,
        "whois-expiry-cp949",
        sender=whois,
        date="Fri, 20 Nov 2026 09:30:00 +0900",
        subject="[후이즈] 도메인 만기 안내",
        charset="ks_c_5601-1987",
        encode_as="cp949",
        cte="base64",
        plain="똠테크 담당자님, 안녕하세요. 후이즈입니다.\n\n"
        "귀하께서 보유하신 도메인 ttomtech-example.kr 의 만기일은 2026년 12월 28일입니다.\n"
        "자동연장이 설정되어 있지 않으므로, 만기일까지 연장하지 않으시면 도메인이 정지되고 이후 말소될 수 있습니다.\n\n"
        "연장 신청: 후이즈 홈페이지 > 마이페이지 > 도메인 관리\n고객센터 1588-6773\n",
    )
    mail(
        D,
        "whois-auto-renew",
        sender=whois,
        date="Mon, 23 Nov 2026 10:00:00 +0900",
        subject="[후이즈] 도메인 자동연장 안내",
        charset="euc-kr",
        cte="base64",
        html=page(
            "자동연장 안내",
            "<p>ttomtech-example.kr 도메인은 예치금 자동연장이 신청되어 있습니다.</p>",
            table(
                [["도메인명", "연장 예정일", "예치금 잔액"], ["ttomtech-example.kr", "2026년 12월 21일", "35,000원"]]
            ),
            "<p>예정일에 예치금에서 연장 비용이 자동으로 차감될 예정입니다.</p>",
        ),
    )
    mail(
        D,
        "whois-renewal-failed",
        sender=whois,
        date="Sat, 21 Nov 2026 09:00:00 +0900",
        subject="[후이즈] 자동연장 처리 불가 안내",
        charset="euc-kr",
        cte="base64",
        plain="예치금 잔액 부족으로 ttomtech-example.kr 도메인의 자동연장이 처리되지 않았습니다.\n"
        "만기일(2026-12-28) 전까지 예치금을 충전하시거나 직접 연장해 주세요.\n",
    )
    mail(
        D,
        "whois-newsletter",
        sender=("후이즈", "news@whois.co.kr"),
        bulk=True,
        date="Thu, 12 Nov 2026 15:00:00 +0900",
        subject="[후이즈 뉴스레터] 11월호 - 도메인 만료로 사이트를 잃지 않는 법",
        html=page(
            "뉴스레터",
            "<p>도메인이 만료되면 어떤 일이 생길까요? 만료 후 유예 기간과 복구 기간을 알아봅니다.</p>",
            "<p>자동연장을 설정하면 만료 걱정이 없습니다. 이번 달 .kr 도메인 연장 20% 할인!</p>",
            footer="수신을 원하지 않으시면 수신거부를 클릭하세요.",
        ),
    )

    # -- hosting.kr ---------------------------------------------------------------------------------------------
    hk = ("호스팅케이알", "no-reply@hosting.kr")
    mail(
        D,
        "hostingkr-expiry-qp",
        sender=hk,
        date="Wed, 11 Nov 2026 11:11:00 +0900",
        subject="[호스팅케이알] 도메인 만료 30일 전 안내",
        cte="quoted-printable",
        html=page(
            "만료 30일 전 안내",
            "<p>고객님의 도메인이 30일 후 만료됩니다.</p>",
            table([["도메인", "만료예정일", "상태"], ["seoul-cafe-example.com", "2026.12.11", "정상"]]),
            "<p>만료예정일 전에 연장하지 않으면 웹사이트와 메일이 중단됩니다.</p>",
            footer="(주)아이네임즈 | hosting.kr",
        ),
    )
    mail(
        D,
        "hostingkr-auto-renew",
        sender=hk,
        date="Fri, 20 Nov 2026 10:00:00 +0900",
        subject="[호스팅케이알] 자동연장 예정 안내",
        plain="seoul-cafe-example.com 도메인이 2026-12-04 에 예치금으로 자동 연장될 예정입니다.\n"
        "예치금이 부족하면 연장되지 않으니 미리 충전해 주세요.\n",
    )
    mail(
        D,
        "hostingkr-renewal-failed",
        sender=hk,
        date="Sat, 21 Nov 2026 09:00:00 +0900",
        subject="[호스팅케이알] 자동연장 실패 안내",
        plain="예치금 부족으로 seoul-cafe-example.com 의 자동연장에 실패했습니다.\n"
        "도메인 만료일은 2026년 12월 11일입니다. 만료 전에 직접 연장해 주세요.\n",
    )
    mail(
        D,
        "hostingkr-transfer-event",
        sender=("호스팅케이알", "event@hosting.kr"),
        bulk=True,
        date="Mon, 09 Nov 2026 13:00:00 +0900",
        subject="[광고] 도메인 기관이전 이벤트 - 1년 무료 연장",
        html=page(
            "이벤트",
            "<p>다른 업체의 도메인을 호스팅케이알로 옮기면 만료일이 1년 연장됩니다!</p>",
            "<p>이벤트 기간: 2026.11.09 ~ 2026.12.31</p>",
        ),
    )

    # -- Cafe24 ---------------------------------------------------------------------------------------------------
    c24 = ("카페24", "noreply@cafe24.com")
    mail(
        D,
        "cafe24-expiry-html",
        sender=c24,
        date="Tue, 17 Nov 2026 16:20:00 +0900",
        subject="[카페24] 도메인 기간 만료 안내",
        charset="euc-kr",
        html=page(
            "도메인 기간 만료 안내",
            "<p>회원님이 카페24에서 이용 중인 도메인의 사용 기간이 곧 만료됩니다.</p>",
            table([["대상 도메인", "만료일", "남은 기간"], ["minishop-example.co.kr", "2026년 12월 7일", "D-20"]]),
            "<p>만료 후에는 쇼핑몰 접속이 차단될 수 있으니 기간 연장을 해 주시기 바랍니다.</p>",
        ),
    )
    mail(
        D,
        "cafe24-auto-renew",
        sender=c24,
        date="Tue, 17 Nov 2026 16:25:00 +0900",
        subject="[카페24] 도메인 자동 연장 안내",
        plain="minishop-example.co.kr 도메인은 2026-12-01 에 자동으로 연장될 예정입니다.\n"
        "등록된 결제수단을 확인해 주세요.\n",
    )
    mail(
        D,
        "cafe24-renewal-failed",
        sender=c24,
        date="Sun, 22 Nov 2026 09:10:00 +0900",
        subject="[카페24] 도메인 자동 연장 결제 실패",
        plain="카드 승인 거절로 minishop-example.co.kr 도메인의 자동 연장 결제에 실패하였습니다.\n"
        "만료일: 2026-12-07\n만료일 전까지 직접 연장해 주시기 바랍니다.\n",
    )
    mail(
        D,
        "cafe24-coupon-expiring",
        sender=("카페24", "news@cafe24.com"),
        bulk=True,
        date="Wed, 18 Nov 2026 12:00:00 +0900",
        subject="[카페24] 보유하신 쿠폰이 곧 만료됩니다",
        html=page(
            "쿠폰 소멸 예정",
            "<p>쇼핑몰 솔루션 10% 할인 쿠폰이 2026-11-30에 만료됩니다.</p>",
            "<p>도메인 신규 등록에도 사용할 수 있어요.</p>",
        ),
    )

    # -- Megazone -------------------------------------------------------------------------------------------------
    mz = ("메가존", "domain@megazone.com")
    mail(
        D,
        "megazone-expiry",
        sender=mz,
        date="Fri, 20 Nov 2026 10:00:00 +0900",
        subject="[메가존] 도메인 만료 예정 안내",
        html=page(
            "도메인 만료 예정",
            "<p>아래 도메인이 만료될 예정입니다.</p>",
            table([["도메인", "만료일"], ["gangnam-clinic-example.com", "2026-12-31"]]),
            "<p>만료일이 지나면 도메인이 정지됩니다. 연장을 원하시면 관리페이지에서 신청해 주십시오.</p>",
        ),
    )
    mail(
        D,
        "megazone-auto-renew",
        sender=mz,
        date="Wed, 18 Nov 2026 10:00:00 +0900",
        subject="[메가존] 자동 갱신 예정 안내",
        plain="gangnam-clinic-example.com 도메인은 자동 갱신이 설정되어 있습니다.\n자동 갱신 예정일: 2026-12-24\n",
    )
    mail(
        D,
        "megazone-renewal-failed",
        sender=mz,
        date="Sun, 22 Nov 2026 10:00:00 +0900",
        subject="[메가존] 도메인 자동 갱신 실패 안내",
        plain="결제가 되지 않아 gangnam-clinic-example.com 도메인의 갱신이 실패했습니다.\n"
        "만료일: 2026년 12월 31일\n만료 전에 결제 정보를 확인하고 갱신해 주십시오.\n",
    )
    mail(
        D,
        "megazone-cloud-webinar",
        sender=("메가존클라우드", "marketing@megazonecloud.com"),
        bulk=True,
        date="Thu, 19 Nov 2026 10:00:00 +0900",
        subject="[웨비나] 클라우드 비용 최적화 - 12월 3일",
        html=page("웨비나", "<p>도메인, DNS, CDN까지 한 번에! 사전 등록은 12월 1일에 마감됩니다.</p>"),
    )

    # -- iwinv ----------------------------------------------------------------------------------------------------
    iw = ("iwinv", "noreply@iwinv.kr")
    mail(
        D,
        "iwinv-expiry",
        sender=iw,
        date="Mon, 23 Nov 2026 09:00:00 +0900",
        subject="[iwinv] 도메인 만료 D-9 안내",
        plain="devlog-example.kr 도메인이 2026.12.02 만료됩니다.\n"
        "만료 시 DNS가 중지되며, 유예 기간 이후 삭제됩니다. 연장을 진행해 주세요.\n\n스마일서브 iwinv\n",
    )
    mail(
        D,
        "iwinv-auto-renew",
        sender=iw,
        date="Mon, 16 Nov 2026 09:00:00 +0900",
        subject="[iwinv] 도메인 자동연장 예정",
        plain="devlog-example.kr 도메인이 11월 30일 자동으로 연장될 예정입니다. 충전금이 차감됩니다.\n",
    )
    mail(
        D,
        "iwinv-renewal-failed",
        sender=("스마일서브", "billing@smileserv.com"),
        date="Sun, 22 Nov 2026 09:00:00 +0900",
        subject="[iwinv] 자동연장 실패",
        plain="충전금 부족으로 devlog-example.kr 도메인의 자동연장이 실패했습니다.\n"
        "만료일: 2026-12-02\n만료 전에 충전 후 직접 연장해 주세요.\n",
    )
    mail(
        D,
        "iwinv-maintenance",
        sender=iw,
        date="Wed, 18 Nov 2026 09:00:00 +0900",
        subject="[iwinv] 정기 점검 안내 (12/5 02:00~06:00)",
        plain="12월 5일 새벽 네트워크 장비 점검이 있습니다. 도메인 관리 페이지 접속이 일시적으로 중지됩니다.\n",
    )

    # -- GoDaddy --------------------------------------------------------------------------------------------------
    gd = ("GoDaddy", "renewals@godaddy.com")
    mail(
        D,
        "godaddy-expiry-html",
        sender=gd,
        date="Fri, 20 Nov 2026 07:14:02 -0700",
        subject="Renew it or lose it: acme-widgets.com expires soon",
        html=page(
            "Renewal notice",
            "<h2>Don't lose acme-widgets.com</h2>",
            "<p>Your domain is about to expire. Let it lapse and you'll lose the website and email that "
            "depend on it.</p>",
            table([["Product", "Expiration date", "Auto-renew"], ["acme-widgets.com", "Dec 30, 2026", "Off"]]),
            '<p><a href="https://sso.godaddy.com/renew?domain=acme-widgets.com">Renew now</a></p>',
            footer="Copyright © 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.",
        ),
    )
    mail(
        D,
        "godaddy-phishing",
        sender=("GoDaddy Renewals", "support@godaddy-billing-center.com"),
        auth="fail",
        date="Sun, 22 Nov 2026 23:40:00 +0000",
        subject="URGENT: acme-widgets.com will be suspended today",
        html=page(
            "Final notice",
            "<p>Your domain acme-widgets.com has expired and will be deleted in 24 hours.</p>",
            '<p><a href="http://renew-godaddy.example-pay.ru/">Renew now</a> to keep it.</p>',
        ),
    )
    mail(
        D,
        "godaddy-marketing",
        sender=("GoDaddy", "offers@godaddy.com"),
        bulk=True,
        date="Fri, 20 Nov 2026 06:00:00 -0700",
        subject="Black Friday: .com domains for $0.99 - register now",
        html=page(
            "Sale",
            "<p>Grab the domain you've always wanted. Offer expires Dec 1.</p>",
            "<p>Use promo code BF2026 at checkout.</p>",
        ),
    )
    mail(
        D,
        "godaddy-renewal-receipt",
        sender=("GoDaddy", "orders@godaddy.com"),
        date="Sun, 22 Nov 2026 10:00:00 -0700",
        subject="Your GoDaddy renewal is complete - Receipt #2284471",
        html=page(
            "Receipt",
            "<p>Thanks for your renewal. acme-widgets.com was renewed until Dec 30, 2027.</p>",
            table([["Item", "Term", "Price"], ["acme-widgets.com renewal", "1 year", "$22.99"]]),
        ),
    )
    mail(
        D,
        "godaddy-auto-renew",
        sender=gd,
        date="Thu, 12 Nov 2026 05:00:00 -0700",
        subject="Heads up: your products will renew soon",
        plain="Hi Minji,\n\nThe following product is set to auto-renew on December 12, 2026 using your Visa "
        "ending 4242:\n\n  acme-widgets.net (Domain registration, 1 year)\n\nNo action needed. "
        "Keep your payment method up to date.\n\nGoDaddy\n",
        cte="7bit",
    )
    mail(
        D,
        "godaddy-renewal-failed",
        sender=gd,
        date="Sun, 22 Nov 2026 04:00:00 -0700",
        subject="We couldn't renew your domain",
        plain="We were unable to charge your Visa ending 4242, so acme-widgets.net was not renewed.\n"
        "Expiration date: 12/12/2026 - after that the domain will be parked and then canceled.\n"
        "Update your payment method and renew manually.\n",
        cte="7bit",
    )

    mail(
        D,
        "godaddy-payment-method-missing",
        sender=gd,
        date="Sat, 21 Nov 2026 05:00:00 -0700",
        subject="Action needed: update your payment method",
        html=page(
            "Payment",
            "<p>Your payment method is missing or about to expire.</p>",
            "<p>Don't risk losing your domain and the website and email that use it. acme-widgets.org is set to "
            "renew automatically, and it expires on January 4, 2027.</p>",
            '<p><a href="https://account.godaddy.com/billing">Add a backup payment method</a></p>',
        ),
    )

    # -- Namecheap ------------------------------------------------------------------------------------------------
    nc = ("Namecheap", "support@namecheap.com")
    mail(
        D,
        "namecheap-expiry-plain",
        sender=nc,
        date="Wed, 18 Nov 2026 14:02:00 -0500",
        subject="Domain expiration reminder - 30 days left",
        cte="7bit",
        plain="Dear Customer,\n\nThe following domain name will expire in 30 days:\n\n"
        "Domain: pixelforge-example.io\nExpiration Date: December 18, 2026\nAuto-Renew: OFF\n\n"
        "To avoid any interruption, renew it before the expiration date from your Domain List.\n\n"
        "Regards,\nNamecheap Support Team\n",
    )
    mail(
        D,
        "namecheap-sale",
        sender=("Namecheap", "news@namecheap.com"),
        bulk=True,
        date="Mon, 23 Nov 2026 09:00:00 -0500",
        subject="Cyber Week sale: .io domains 60% off - register now",
        html=page("Cyber Week", "<p>Your next great domain is waiting. Deals end Dec 2.</p>"),
    )
    mail(
        D,
        "namecheap-auto-renewed-summary",
        sender=nc,
        date="Sun, 22 Nov 2026 02:01:32 -0500",
        subject="Namecheap.com Order Summary (AUTORENEW)",
        cte="7bit",
        plain="Namecheap.com Auto Renewal Summary\n\nThis email is to notify that your following domains have been "
        "automatically renewed as per your request and the amount was debited from your Account Balance.\n\n"
        "pixelforge-example.io - 1 year - new expiration date December 18, 2027\n",
    )
    mail(
        D,
        "namecheap-auto-renew",
        sender=nc,
        date="Tue, 17 Nov 2026 14:00:00 -0500",
        subject="Auto-Renew notification for pixelforge-example.io",
        cte="7bit",
        plain="Hello,\n\nYour domain pixelforge-example.io will be automatically renewed on December 17, 2026 (one day "
        "before it expires) using your account balance or the card on file.\n",
    )
    mail(
        D,
        "namecheap-renewal-failed",
        sender=nc,
        date="Sun, 22 Nov 2026 02:05:00 -0500",
        subject="Auto-renewal failed for pixelforge-example.io",
        cte="7bit",
        plain="We attempted to auto-renew pixelforge-example.io but there were insufficient funds in your account.\n"
        "The domain expires on December 18, 2026. Please renew it manually.\n",
    )

    # -- Cloudflare -----------------------------------------------------------------------------------------------
    cf = ("Cloudflare", "noreply@notify.cloudflare.com")
    mail(
        D,
        "cloudflare-expiry",
        sender=cf,
        date="Sun, 22 Nov 2026 18:00:00 +0000",
        subject="Your domain northwind-example.dev expires in 30 days",
        html=page(
            "Registrar",
            "<p>Auto-renew is disabled for northwind-example.dev.</p>",
            "<p>The registration expires on 2026-12-22. Renew it from the dashboard to keep it.</p>",
        ),
    )
    mail(
        D,
        "cloudflare-auto-renew",
        sender=cf,
        date="Sun, 22 Nov 2026 18:05:00 +0000",
        subject="Upcoming renewal for northwind-example.dev",
        html=page(
            "Registrar",
            "<p>Your domain northwind-example.dev will auto-renew on 2026-12-22 for 1 year at $12.20.</p>",
            "<p>Make sure your payment method is valid.</p>",
        ),
    )
    mail(
        D,
        "cloudflare-renewal-failed",
        sender=cf,
        date="Sun, 22 Nov 2026 18:00:00 +0000",
        subject="Action required: renewal of northwind-example.dev failed",
        html=page(
            "Registrar",
            "<p>The payment for the renewal of your domain northwind-example.dev was declined.</p>",
            "<p>Expiration date: December 22, 2026. Update billing and retry.</p>",
        ),
    )
    mail(
        D,
        "cloudflare-blog-digest",
        sender=("The Cloudflare Blog", "blog@cloudflare.com"),
        bulk=True,
        date="Fri, 20 Nov 2026 15:00:00 +0000",
        subject="This week on the Cloudflare Blog",
        html=page("Blog", "<p>Why expired domains are a security risk, and how Registrar will auto-renew yours.</p>"),
    )

    # -- Route 53 -------------------------------------------------------------------------------------------------
    r53 = ("Amazon Route 53", "noreply@registrar.amazon.com")
    mail(
        D,
        "route53-expiry",
        sender=r53,
        date="Sat, 14 Nov 2026 20:00:00 +0000",
        subject="Expiration notice: example-app.io",
        cte="quoted-printable",
        plain="Dear AWS customer,\n\nThe registration for example-app.io is set to expire on December 29, 2026. "
        "Automatic renewal is turned off for this domain.\n\nIf you want to keep the domain, enable automatic "
        "renewal or renew it in the Route 53 console before that date.\n\nAmazon Route 53\n",
    )
    mail(
        D,
        "route53-auto-renew",
        sender=r53,
        date="Fri, 30 Oct 2026 20:00:00 +0000",
        subject="Automatic renewal reminder: example-api.com",
        cte="quoted-printable",
        plain="Automatic renewal is enabled for example-api.com. We will renew it on December 14, 2026 and charge "
        "the renewal fee to your AWS account. The domain currently expires on January 8, 2027.\n",
    )
    mail(
        D,
        "route53-renewal-failed",
        sender=r53,
        date="Fri, 20 Nov 2026 20:00:00 +0000",
        subject="Domain renewal failed: example-api.com",
        cte="quoted-printable",
        plain="We couldn't renew example-api.com because the charge to your AWS account failed.\n"
        "The domain expires on January 8, 2027. Update your payment method and contact AWS Support.\n",
    )
    mail(
        D,
        "route53-contact-verification",
        sender=("Domain Name Verification", "noreply@domainnameverification.net"),
        date="Mon, 16 Nov 2026 08:00:00 +0000",
        subject="Verify your email address for the domain example-shop.net",
        cte="quoted-printable",
        plain="Dear registrant,\n\nThe email address for the registrant contact of example-shop.net has changed and "
        "must be verified. Click the link below to confirm it. If the address isn't verified within 15 days, ICANN "
        "rules require that the domain be suspended and it will stop resolving on the internet.\n",
    )
    mail(
        D,
        "route53-reinvent-marketing",
        sender=("AWS Events", "aws-events@amazon.com"),
        bulk=True,
        date="Mon, 02 Nov 2026 16:00:00 +0000",
        subject="Register now for re:Invent 2026 - early bird ends soon",
        html=page("re:Invent", "<p>Sessions on Route 53, domain management and more. Discount expires Nov 20.</p>"),
    )

    # -- Squarespace / Google Domains -----------------------------------------------------------------------------
    sq = ("Squarespace Domains", "no-reply@squarespace.com")
    mail(
        D,
        "squarespace-expiry",
        sender=sq,
        date="Thu, 05 Nov 2026 12:00:00 -0500",
        subject="Your domain lumen-studio-example.com is expiring",
        html=page(
            "Domains",
            "<p>lumen-studio-example.com will expire on December 5, 2026 because auto-renew is off.</p>",
            "<p>After it expires, your site and email stop working.</p>",
        ),
    )
    mail(
        D,
        "google-domains-auto-renew",
        sender=("Google Domains", "domains-noreply@google.com"),
        date="Sun, 15 Nov 2026 12:00:00 -0800",
        subject="Renewal notice: acmelabs-example.dev renews Dec 15",
        plain="Your domain acmelabs-example.dev will automatically renew on Dec 15, 2026 for $12.00.\n",
        cte="7bit",
    )
    mail(
        D,
        "squarespace-renewal-failed",
        sender=sq,
        date="Sat, 21 Nov 2026 12:00:00 -0500",
        subject="We couldn't process your domain renewal",
        html=page(
            "Domains",
            "<p>Your card was declined, so lumen-studio-example.com was not renewed.</p>",
            "<p>It expires on December 5, 2026. Update your billing info to keep it.</p>",
        ),
    )
    mail(
        D,
        "squarespace-website-promo",
        sender=("Squarespace", "news@squarespace.com"),
        bulk=True,
        date="Tue, 10 Nov 2026 12:00:00 -0500",
        subject="Save 20% on a new website plan",
        html=page("Promo", "<p>Pair your domain with a site. Offer expires Nov 30.</p>"),
    )

    # -- Porkbun --------------------------------------------------------------------------------------------------
    pb = ("Porkbun", "support@porkbun.com")
    mail(
        D,
        "porkbun-expiry-digest",
        sender=pb,
        date="Sat, 21 Nov 2026 13:00:00 +0000",
        subject="Domain Expiration Notice",
        cte="7bit",
        plain="Oink! The following domains in your account are expiring soon:\n\n"
        "oink-example.xyz - expires 2026-12-01\nbacon-example.club - expires 2026-12-16\n\n"
        "Auto renew is off for these domains. Log in to renew them before they expire.\n",
    )
    mail(
        D,
        "porkbun-auto-renew",
        sender=pb,
        date="Mon, 16 Nov 2026 13:00:00 +0000",
        subject="Upcoming auto renewal",
        cte="7bit",
        plain="Heads up! Your domain oink-example.xyz is set to auto renew on 11/30/2026.\n"
        "We'll charge the card on file.\n",
    )
    mail(
        D,
        "porkbun-renewal-failed",
        sender=pb,
        date="Sun, 22 Nov 2026 13:00:00 +0000",
        subject="Auto renew failed",
        cte="7bit",
        plain="Auto renewal of oink-example.xyz failed: your card was declined.\nThe domain expires on Dec 1, 2026.\n",
    )
    mail(
        D,
        "porkbun-newsletter",
        sender=("Porkbun", "newsletter@porkbun.com"),
        bulk=True,
        date="Wed, 11 Nov 2026 13:00:00 +0000",
        subject="The Porkbun Newsletter: November",
        html=page("Newsletter", "<p>New TLDs, and a reminder: don't let your domains expire!</p>"),
    )

    # -- Gandi ----------------------------------------------------------------------------------------------------
    gn = ("Gandi", "noreply@gandi.net")
    mail(
        D,
        "gandi-expiry",
        sender=gn,
        date="Thu, 19 Nov 2026 08:00:00 +0100",
        subject="[Gandi] atelier-example.fr expires soon",
        cte="quoted-printable",
        plain="Hello,\n\nThe domain name atelier-example.fr will expire on 2027-01-03 at 10:22 UTC.\n"
        "Renew it from your Gandi account to avoid any interruption of the associated services.\n",
    )
    mail(
        D,
        "gandi-auto-renew",
        sender=gn,
        date="Wed, 04 Nov 2026 08:00:00 +0100",
        subject="[Gandi] Automatic renewal of atelier-example.fr",
        cte="quoted-printable",
        plain="Automatic renewal is activated for the domain name atelier-example.fr. "
        "It will be renewed on December 4, "
        "2026 using your prepaid account.\n",
    )
    mail(
        D,
        "gandi-renewal-failed",
        sender=gn,
        date="Fri, 20 Nov 2026 08:00:00 +0100",
        subject="[Gandi] Automatic renewal failed for atelier-example.fr",
        cte="quoted-printable",
        plain="We could not renew atelier-example.fr automatically: insufficient balance on your prepaid account.\n"
        "The domain expires on January 3, 2027.\n",
    )
    mail(
        D,
        "gandi-news",
        sender=("Gandi", "news@gandi.net"),
        bulk=True,
        date="Tue, 10 Nov 2026 08:00:00 +0100",
        subject="Gandi news: new .eu pricing",
        html=page("News", "<p>Prices for renewals change on January 1.</p>"),
    )

    # -- Generic (other registrars, wholesale) --------------------------------------------------------------------
    mail(
        D,
        "generic-dynadot-expiry",
        sender=("Dynadot", "info@dynadot.com"),
        date="Thu, 19 Nov 2026 17:00:00 -0800",
        subject="Domain Expiration Notice: brightpath-example.net",
        html=page(
            "Expiration",
            "<p>This is a reminder that brightpath-example.net will expire on 2026/12/10.</p>",
            "<p>Renew now to keep your website and email running.</p>",
        ),
    )
    mail(
        D,
        "generic-wholesale-enom",
        sender=("Domain Renewals", "donotreply@name-services.com"),
        date="Sat, 21 Nov 2026 03:00:00 -0800",
        subject="Renewal Notice - riverside-dental-example.com",
        cte="7bit",
        plain="Dear Registrant,\n\nThe domain name below is due for renewal:\n\n"
        "riverside-dental-example.com   Expiration date: 26-Dec-2026\n\n"
        "If the domain is not renewed, it will be deactivated after the expiration date.\n"
        "Contact your domain provider to renew.\n",
    )
    mail(
        D,
        "generic-colleague-question",
        sender=("Park Jiwoo", "jiwoo@hanbit-example.co.kr"),
        auth="pass",
        date="Mon, 23 Nov 2026 09:10:00 +0900",
        subject="Re: 도메인 만료?",
        plain="팀장님, hanbit-example.com 도메인이 12월에 만료된다고 들었는데 연장해야 하나요?\n",
    )
    mail(
        D,
        "generic-seo-blog",
        sender=("SEO Weekly", "editor@seoweekly-example.com"),
        bulk=True,
        date="Sat, 21 Nov 2026 08:00:00 +0000",
        subject="Weekly digest: expired domains and SEO",
        html=page("Digest", "<p>Buying expired domains: will the old backlinks expire too?</p>"),
    )
    mail(
        D,
        "generic-certificate-expiry",
        sender=("CertWatch", "alerts@certwatch-example.net"),
        date="Fri, 20 Nov 2026 06:00:00 +0000",
        subject="Certificate expiration notice for domain shop-example.co.kr",
        cte="7bit",
        plain="The TLS certificate for the domain shop-example.co.kr will expire on 2026-12-01.\n"
        "Renew the certificate before then to avoid browser warnings.\n",
    )
    mail(
        D,
        "generic-hover-renewal-failed",
        sender=("Hover", "help@hover.com"),
        date="Thu, 19 Nov 2026 12:00:00 -0500",
        subject="Your domain renewal payment failed",
        cte="7bit",
        plain="We were unable to renew quietharbor-example.org because your payment method was declined.\n"
        "quietharbor-example.org expires on December 19, 2026.\n",
    )


def hosting_examples() -> None:
    c24 = ("카페24 호스팅센터", "hosting@cafe24.com")
    mail(
        H,
        "cafe24-disk-euckr",
        sender=c24,
        date="Mon, 23 Nov 2026 08:00:00 +0900",
        subject="[카페24] 웹호스팅 용량 부족 안내",
        charset="euc-kr",
        html=page(
            "용량 부족 안내",
            "<p>이용 중인 웹호스팅의 디스크 용량이 95% 사용되었습니다.</p>",
            table([["아이디", "상품", "사용량"], ["minishop01", "10G 광아우토반 Full", "9.5GB / 10GB"]]),
            "<p>용량이 가득 차면 파일 업로드와 DB 저장이 제한됩니다. 2026년 12월 1일까지 용량을 추가하거나 "
            "불필요한 파일을 정리해 주세요.</p>",
        ),
    )
    mail(
        H,
        "cafe24-capacity-added",
        sender=c24,
        date="Mon, 23 Nov 2026 15:00:00 +0900",
        subject="[카페24] 웹 용량 추가 완료 안내",
        plain="아이디: minishop01\n요청하신 웹 용량 추가가 완료되었습니다. (10GB → 20GB)\n",
    )
    mail(
        H,
        "cafe24-hosting-event",
        sender=("카페24", "event@cafe24.com"),
        bulk=True,
        date="Fri, 13 Nov 2026 10:00:00 +0900",
        subject="(광고) 트래픽 걱정 끝! 무제한 호스팅 50% 할인",
        html=page("이벤트", "<p>트래픽 초과로 사이트가 차단되셨나요? 지금 업그레이드하세요.</p>"),
    )
    mail(
        H,
        "gabia-disk-warning-undated",
        sender=("가비아", "hosting@gabia.com"),
        date="Fri, 20 Nov 2026 13:00:00 +0900",
        subject="[가비아] 웹호스팅 디스크 사용량 경고 (90%)",
        charset="euc-kr",
        cte="base64",
        plain="호스팅 ID: gbshop2024\n디스크 사용량이 90%를 초과했습니다. 용량이 부족하면 홈페이지 오류가 발생할 수 "
        "있습니다.\n상품 업그레이드 또는 파일 정리를 권장합니다.\n",
    )
    mail(
        H,
        "gabia-hiworks-mailbox",
        sender=("하이웍스", "noreply@hiworks.com"),
        date="Sun, 22 Nov 2026 09:00:00 +0900",
        subject="[하이웍스] 메일함 용량이 거의 가득 찼습니다",
        html=page(
            "메일 용량",
            "<p>계정: ops@hanbit-example.co.kr</p>",
            "<p>메일함 용량의 97%를 사용 중입니다. 용량이 가득 차면 새 메일을 받을 수 없습니다.</p>",
        ),
    )
    mail(
        H,
        "dothome-traffic-limit",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Mon, 23 Nov 2026 00:10:00 +0900",
        subject="[닷홈] 트래픽 초과로 인한 서비스 제한 안내",
        plain="아이디: free_dev77\n일일 트래픽 허용량을 초과하여 홈페이지 접속이 제한되었습니다.\n"
        "반복되면 서비스가 정지될 수 있습니다.\n",
    )
    mail(
        H,
        "dothome-free-hosting-notice",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Tue, 10 Nov 2026 10:00:00 +0900",
        subject="[닷홈] 무료 호스팅 연장 신청 안내",
        plain="무료 호스팅은 3개월마다 연장 신청이 필요합니다. 마이페이지에서 연장 버튼을 눌러 주세요.\n",
    )
    mail(
        H,
        "iwinv-disk-server",
        sender=("iwinv", "monitor@iwinv.kr"),
        date="Sun, 22 Nov 2026 03:00:00 +0900",
        subject="[iwinv] 디스크 사용률 경고",
        plain="서버명: web-prod-01\n/ 파티션 사용률 92% 도달\n디스크가 가득 차면 서비스가 중단될 수 있습니다.\n",
    )
    mail(
        H,
        "iwinv-maintenance",
        sender=("iwinv", "noreply@iwinv.kr"),
        date="Wed, 18 Nov 2026 09:00:00 +0900",
        subject="[iwinv] 정기 점검 안내",
        plain="스토리지 장비 정기 점검이 12월 5일 진행됩니다.\n",
    )
    mail(
        H,
        "aws-free-tier-alert",
        sender=("AWS Free Tier", "freetier@costalerts.amazonaws.com"),
        date="Wed, 18 Nov 2026 11:00:00 +0000",
        subject="AWS Free Tier limit alert",
        cte="quoted-printable",
        plain="Your AWS account 123456789012 has exceeded 85% of the usage limit for one or more AWS Free Tier-"
        "eligible services for the month of November.\n\nProduct: Amazon EC2 | Usage: 640 Hrs | Limit: 750 Hrs\n\n"
        "Usage beyond the free tier is charged at standard rates.\n",
    )
    mail(
        H,
        "aws-reinvent-invite",
        sender=("AWS Events", "aws-events@amazon.com"),
        bulk=True,
        date="Mon, 02 Nov 2026 16:00:00 +0000",
        subject="Introducing new storage classes at re:Invent",
        html=page("re:Invent", "<p>Never run out of storage: S3 limits explained in our keynote.</p>"),
    )
    mail(
        H,
        "vercel-usage-html",
        sender=("Vercel", "notifications@vercel.com"),
        date="Thu, 19 Nov 2026 20:00:00 +0000",
        subject="Your team has used 90% of its included Fast Data Transfer",
        html=page(
            "Usage",
            "<p>Team: acme-web</p>",
            "<p>Your Hobby team has used 90% of the included Fast Data Transfer for this billing cycle. "
            "When the limit is reached, your projects will be paused.</p>",
        ),
    )
    mail(
        H,
        "vercel-changelog",
        sender=("Vercel", "changelog@vercel.com"),
        bulk=True,
        date="Fri, 13 Nov 2026 20:00:00 +0000",
        subject="Changelog: higher limits for Pro teams",
        html=page("Changelog", "<p>Function limits increased.</p>"),
    )
    mail(
        H,
        "netlify-bandwidth-suspend",
        sender=("Netlify", "team@netlify.com"),
        date="Sat, 21 Nov 2026 15:00:00 +0000",
        subject="Your team has exceeded its bandwidth allowance",
        html=page(
            "Usage",
            "<p>Your team 'Lumen Studio' has exceeded the 100 GB bandwidth included in the Starter "
            "plan.</p><p>Sites will be suspended on December 3, 2026 unless you upgrade.</p>",
        ),
    )
    mail(
        H,
        "netlify-upgraded",
        sender=("Netlify", "billing@netlify.com"),
        date="Sun, 22 Nov 2026 15:00:00 +0000",
        subject="Your plan has been upgraded",
        plain="Team 'Lumen Studio' has been upgraded to Pro. Your bandwidth limit has been increased to 1 TB.\n",
        cte="7bit",
    )
    mail(
        H,
        "netlify-newsletter",
        sender=("Netlify", "news@netlify.com"),
        bulk=True,
        date="Wed, 11 Nov 2026 15:00:00 +0000",
        subject="Netlify Newsletter: new usage dashboard",
        html=page("Newsletter", "<p>See at a glance when a site nears its bandwidth limit. Read the blog post.</p>"),
    )
    mail(
        H,
        "aws-budget-threshold",
        sender=("AWS Budgets", "no-reply@budgets.amazonaws.com"),
        date="Fri, 20 Nov 2026 06:00:00 +0000",
        subject="AWS Budgets: prod-monthly has exceeded your alert threshold",
        cte="7bit",
        plain="AWS Budget Notification November 20, 2026\nAWS Account 210987654321\n\n"
        "Dear AWS Customer,\n\nYou requested that we alert you when the ACTUAL Cost associated with your "
        "prod-monthly budget is greater than 80.00% of $500.00. The ACTUAL Cost is $412.77.\n",
    )
    mail(
        H,
        "github-actions-minutes",
        sender=("GitHub", "noreply@github.com"),
        date="Sat, 21 Nov 2026 02:00:00 +0000",
        subject="[GitHub] You've used 90% of included services for GitHub Actions",
        cte="7bit",
        plain="Hi @minji,\n\nThe octo-shop organization has used 90% of the included minutes for GitHub Actions this "
        "billing cycle.\n\nAccount: octo-shop\n\nTo avoid interruption, set a spending limit or reduce usage.\n",
    )
    mail(
        H,
        "github-issue-notification",
        sender=("builder-bot", "notifications@github.com"),
        date="Sat, 21 Nov 2026 03:00:00 +0000",
        subject="[octo-shop/api] CI fails: disk quota exceeded (#512)",
        cte="7bit",
        plain="The runner ran out of disk: `No space left on device`, quota exceeded on /tmp.\n\n--\n"
        "Reply to this email directly, view it on GitHub.\nYou are receiving this because you are subscribed "
        "to this thread.\n",
    )
    mail(
        H,
        "cloudflare-workers-requests",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        date="Sun, 22 Nov 2026 21:00:00 +0000",
        subject="Workers usage: 90% of your daily request limit used",
        html=page(
            "Workers",
            "<p>Your account has used 90% of the daily requests included in the Workers Free plan.</p>",
            "<p>Once the limit is reached, requests to your Workers will fail with error 1027 until the daily "
            "limit resets at 00:00 UTC. Upgrade to Workers Paid to remove the daily limit.</p>",
        ),
    )
    mail(
        H,
        "google-workspace-storage-ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to="admin@hanbit-example.co.kr",
        date="Sat, 21 Nov 2026 01:00:00 +0000",
        subject="조직의 Google Workspace 저장용량이 거의 가득 찼습니다",
        html=page(
            "저장용량",
            "<p>관리자님, 조직의 공유 저장용량 중 96%를 사용하고 있습니다.</p>",
            "<p>저장용량이 가득 차면 사용자가 Gmail에서 메일을 받거나 Drive에 파일을 올릴 수 없습니다.</p>",
        ),
    )
    mail(
        H,
        "google-one-offer",
        sender=("Google One", "googleone-noreply@google.com"),
        bulk=True,
        date="Mon, 16 Nov 2026 01:00:00 +0000",
        subject="Special offer: 2 TB of storage, 50% off",
        html=page("Google One", "<p>Never run out of space in Gmail and Google Drive. Offer ends soon.</p>"),
    )
    mail(
        H,
        "heroku-row-limit",
        sender=("Heroku", "noreply@heroku.com"),
        date="Fri, 20 Nov 2026 10:00:00 +0000",
        subject="Database approaching row limit",
        cte="7bit",
        plain="The database DATABASE_URL on app shopfront-api has 9,612 rows, approaching the 10,000 row limit of the "
        "Essential-0 plan.\nIf it exceeds the limit, INSERT privileges will be revoked within 7 days.\n",
    )
    mail(
        H,
        "heroku-changelog",
        sender=("Heroku", "changelog@heroku.com"),
        bulk=True,
        date="Thu, 12 Nov 2026 10:00:00 +0000",
        subject="Heroku changelog: new Postgres plans",
        html=page("Changelog", "<p>Higher row limits.</p>"),
    )

    # -- forms that name the account without a "label: value" (packs v2) ------------------------------------
    mail(
        H,
        "dothome-site-word-order",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Tue, 17 Nov 2026 09:30:00 +0900",
        subject="[닷홈] 웹호스팅 디스크 사용량 98% 안내",
        charset="euc-kr",
        cte="quoted-printable",
        plain="회원님이 이용하시는 웹호스팅 mintblog.dothome.co.kr 에서 디스크 사용량이 98%에 이르렀습니다.\n"
        "2026년 11월 27일까지 파일을 정리하지 않으시면 업로드가 차단될 예정입니다.\n",
    )
    mail(
        H,
        "cafe24-usage-report-digest",
        sender=("카페24", "hosting@cafe24.com"),
        date="Sun, 15 Nov 2026 07:00:00 +0900",
        subject="[카페24] 호스팅 월간 사용 현황",
        html=page(
            "월간 사용 현황",
            "<p>이용 중인 호스팅의 11월 사용 현황입니다. 사용률이 높은 항목은 미리 정리하거나 추가해 주세요.</p>",
            table(
                [
                    ["호스팅 아이디", "항목", "사용률", "상태"],
                    ["hanbitmall", "트래픽", "88%", "주의"],
                    ["hanbitblog", "디스크", "31%", "정상"],
                    ["hanbitdocs", "DB", "100%", "초과"],
                ]
            ),
        ),
    )
    mail(
        H,
        "gabia-traffic-added-done",
        sender=("가비아", "hosting@gabia.com"),
        date="Thu, 19 Nov 2026 16:40:00 +0900",
        subject="[가비아] 트래픽 추가 신청 처리 결과",
        plain="고객님의 웹호스팅 hanbit-example.co.kr 의 트래픽 추가(+50GB) 신청이 정상적으로 처리되었습니다.\n"
        "이번 달 남은 기간 동안 추가된 트래픽이 적용됩니다.\n",
    )
    mail(
        H,
        "aws-account-dashed",
        sender=("AWS Free Tier", "freetier@costalerts.amazonaws.com"),
        date="Wed, 18 Nov 2026 04:10:00 +0000",
        subject="AWS Free Tier usage alert",
        cte="7bit",
        plain="Hello,\n\nYour AWS account 5566-7788-9900 has reached 100% of the AWS Free Tier usage limit for "
        "Amazon RDS this month.\nUsage above the Free Tier is billed at standard rates.\n\nAmazon Web Services\n",
    )
    mail(
        H,
        "heroku-attached-to-app",
        sender=("Heroku", "noreply@heroku.com"),
        date="Mon, 16 Nov 2026 12:00:00 +0000",
        subject="Heroku Postgres: storage over plan limit",
        cte="7bit",
        plain="The Heroku Postgres database attached to hanbit-orders has exceeded its Essential-1 storage limit "
        "(10 GB).\nWrite access will be revoked no later than November 30, 2026 unless you upgrade or delete data.\n",
    )
    mail(
        H,
        "google-workspace-org-paren-ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        date="Sat, 21 Nov 2026 10:00:00 +0900",
        subject="조직의 공유 저장용량 사용량 알림",
        html=page(
            "저장용량",
            "<p>관리자님, 조직(hanbit-example.co.kr)에서 공유 저장용량의 91%를 사용하고 있습니다.</p>",
            "<p>저장용량이 가득 차면 Gmail에서 메일을 받을 수 없게 됩니다.</p>",
        ),
    )


def social_examples() -> None:
    kakao = ("카카오디벨로퍼스", "noreply@kakaocorp.com")
    mail(
        S,
        "kakao-api-end-euckr",
        sender=kakao,
        date="Mon, 16 Nov 2026 14:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오 로그인 v1 API 지원 종료 안내",
        charset="euc-kr",
        html=page(
            "지원 종료 안내",
            "<p>안녕하세요, 카카오입니다.</p>",
            "<p>아래 앱에서 호출 중인 카카오 로그인 v1 API의 지원이 종료됩니다.</p>",
            table([["앱 이름", "앱 ID", "최근 호출"], ["한빛마켓", "812345", "2026-11-15"]], header=True),
            "<p>지원 종료일: 2027년 1월 15일<br>종료 이후 v1 API를 호출하면 오류가 반환됩니다. "
            "종료일 전까지 v2 API로 전환해 주시기 바랍니다.</p>",
        ),
    )
    mail(
        S,
        "kakao-phases",
        sender=kakao,
        date="Tue, 10 Nov 2026 14:00:00 +0900",
        subject="[카카오디벨로퍼스] 동의항목 정책 변경 및 단계적 적용 안내",
        plain="앱 이름: 동네책방\n\n카카오 로그인 동의항목 정책이 아래 일정으로 단계적으로 적용됩니다.\n"
        "1차 종료: 2026년 12월 1일 - 개인 개발자 앱의 이메일 동의항목 제공 중단\n"
        "2차 종료: 2027년 3월 1일 - 비즈 앱 전환 전 앱의 전화번호 동의항목 제공 중단\n\n"
        "서비스 중단을 막으려면 비즈 앱 전환이 필요합니다.\n",
    )
    mail(
        S,
        "kakao-bizapp-done",
        sender=kakao,
        date="Thu, 19 Nov 2026 14:00:00 +0900",
        subject="[카카오디벨로퍼스] 비즈 앱 전환 완료 안내",
        plain="앱 이름: 동네책방\n요청하신 비즈 앱 전환이 완료되었습니다. 이제 추가 동의항목을 신청할 수 있습니다.\n",
    )
    mail(
        S,
        "kakao-terms-update",
        sender=kakao,
        date="Wed, 04 Nov 2026 14:00:00 +0900",
        subject="[공지] 카카오디벨로퍼스 서비스 약관 변경 안내",
        plain="카카오디벨로퍼스 서비스 약관이 2026년 12월 4일부로 변경됩니다. 변경 내용은 공지사항을 확인해 주세요.\n"
        "변경 약관에 동의하지 않으시면 이용 계약을 해지하실 수 있습니다.\n",
    )
    mail(
        S,
        "kakao-gift-event",
        sender=("카카오", "event@kakao.com"),
        bulk=True,
        date="Fri, 20 Nov 2026 12:00:00 +0900",
        subject="(광고) 카카오 로그인 한 번으로 받는 연말 쿠폰 이벤트",
        html=page("이벤트", "<p>카카오 로그인하고 쿠폰 받으세요! 쿠폰은 12월 31일에 종료됩니다.</p>"),
    )
    naver = ("네이버 개발자센터", "developers@navercorp.com")
    mail(
        S,
        "naver-login-change",
        sender=naver,
        date="Wed, 18 Nov 2026 11:00:00 +0900",
        subject="[NAVER Developers] 네이버 로그인 API 변경 안내",
        charset="euc-kr",
        cte="quoted-printable",
        html=page(
            "API 변경",
            "<p>네이버 로그인을 사용 중인 애플리케이션에 대한 안내입니다.</p>",
            table([["애플리케이션 이름", "Client ID"], ["스터디룸", "aB3dE5fG7hI9jK"]]),
            "<p>2026년 12월 31일부터 회원 프로필 조회 API의 응답 형식이 변경되며, 기존 형식은 더 이상 "
            "지원하지 않습니다. 변경일 전까지 애플리케이션 업데이트가 필요합니다.</p>",
        ),
    )
    mail(
        S,
        "naver-d2-newsletter",
        sender=("NAVER D2", "d2@navercorp.com"),
        bulk=True,
        date="Thu, 12 Nov 2026 11:00:00 +0900",
        subject="NAVER D2 뉴스레터 11월호",
        html=page("D2", "<p>네이버 로그인 SDK 5.0 소개와 구버전 지원 종료 일정 정리</p>"),
    )
    mail(
        S,
        "naver-new-login-alert",
        sender=("네이버", "nid_noreply@navercorp.com"),
        date="Sat, 21 Nov 2026 23:00:00 +0900",
        subject="[네이버] 새로운 환경에서 로그인되었습니다",
        plain="새로운 기기에서 네이버 로그인이 확인되었습니다. 본인이 아니라면 비밀번호를 변경해야 합니다.\n",
    )
    mail(
        S,
        "naver-personal-account-question",
        sender=("이준호", "junho.dev1988@naver.com"),
        date="Fri, 20 Nov 2026 22:10:00 +0900",
        subject="네이버 로그인 구버전 API 종료 관련 문의드립니다",
        plain="안녕하세요, 외주 개발사 이준호입니다.\n"
        "네이버 개발자센터 공지를 보니 구버전 로그인 API가 12월 31일에 종료된다고 하던데, "
        "귀사 앱도 전환이 필요할지 확인 부탁드립니다.\n",
    )
    google = ("Google Identity", "noreply-identity@google.com")
    mail(
        S,
        "google-gis-migration",
        sender=google,
        date="Mon, 16 Nov 2026 17:00:00 +0000",
        subject="[Action Required] Migrate from the Google Sign-In platform library",
        html=page(
            "Google Identity",
            "<p>Dear Developer,</p>",
            "<p>Your OAuth client in project <b>hanbit-web-prod</b> still loads the Google Sign-In JavaScript "
            "platform library (apis.google.com/js/platform.js), which is deprecated.</p>",
            table(
                [["Project ID", "Client ID"], ["hanbit-web-prod", "812345678901-abcde12345.apps.googleusercontent.com"]]
            ),
            "<p>Sign-in with the old library will stop working on March 31, 2027. Migrate to Google Identity "
            "Services before then.</p>",
        ),
    )
    mail(
        S,
        "google-undated-deprecation",
        sender=google,
        date="Tue, 17 Nov 2026 17:00:00 +0000",
        subject="Google Sign-In for Android: deprecation notice",
        cte="quoted-printable",
        plain="Project ID: hanbit-web-prod\n\nThe legacy Google Sign-In for Android API is deprecated and will be "
        "removed in a future release. The exact end date will be announced later.\nWe recommend migrating to "
        "Credential Manager now.\n",
    )
    mail(
        S,
        "google-security-alert",
        sender=("Google", "no-reply@accounts.google.com"),
        date="Sun, 22 Nov 2026 02:00:00 +0000",
        subject="Security alert: new sign-in on Windows",
        plain="A new sign-in to your Google Account was detected. If this wasn't you, you should update your "
        "password.\n",
        cte="7bit",
    )
    mail(
        S,
        "google-io-invite",
        sender=("Google for Developers", "google-developers-noreply@google.com"),
        bulk=True,
        date="Wed, 11 Nov 2026 17:00:00 +0000",
        subject="Google I/O Connect: what's new in Identity",
        html=page("I/O", "<p>Sessions on passkeys, FedCM and the Google Sign-In deprecation timeline.</p>"),
    )
    apple = ("Apple Developer", "developer@insideapple.apple.com")
    mail(
        S,
        "apple-email-relay",
        sender=apple,
        date="Thu, 12 Nov 2026 18:00:00 +0000",
        subject="Action required: Sign in with Apple private email relay",
        html=page(
            "Apple Developer",
            "<p>Your app uses Sign in with Apple.</p>",
            "<p>Bundle ID: com.hanbit.market</p>",
            "<p>To keep delivering email to users who chose Hide My Email, you must register your outbound "
            "email domains and communication emails by December 15, 2026. Unregistered sources will no "
            "longer be relayed.</p>",
        ),
    )
    mail(
        S,
        "apple-server-notifications",
        sender=("Apple Developer", "developer@email.apple.com"),
        date="Wed, 18 Nov 2026 18:00:00 +0000",
        subject="Sign in with Apple: server-to-server notification endpoint required",
        cte="quoted-printable",
        plain="Services ID: com.hanbit.market.web\n\nBeginning March 1, 2027, apps that offer Sign in with Apple "
        "will be required to register a server-to-server notification endpoint, so you're told when a user "
        "deletes their account or changes email forwarding. Configure it in Certificates, Identifiers & "
        "Profiles before that date.\n",
    )
    mail(
        S,
        "apple-phishing",
        sender=("Apple Developer", "developer@apple-devteam-support.com"),
        auth="fail",
        date="Fri, 20 Nov 2026 18:00:00 +0000",
        subject="Your Sign in with Apple configuration will be disabled",
        html=page(
            "Apple",
            "<p>Sign in with Apple for your app will be disabled within 48 hours. You must verify "
            "your developer account now.</p>",
            '<p><a href="http://apple-devteam-support.com/verify">Verify</a></p>',
        ),
    )
    mail(
        S,
        "apple-wwdc",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        bulk=True,
        date="Tue, 03 Nov 2026 18:00:00 +0000",
        subject="Meet with Apple: Sign in with Apple workshop",
        html=page("Workshop", "<p>Register now to attend. Learn what's new in Sign in with Apple.</p>"),
    )
    meta = ("Meta for Developers", "notification@facebookmail.com")
    mail(
        S,
        "meta-graph-version-digest",
        sender=meta,
        date="Sat, 21 Nov 2026 19:00:00 +0000",
        subject="Action Required: Graph API v18.0 will expire",
        cte="quoted-printable",
        html=page(
            "Meta for Developers",
            "<p>The following apps you administer make calls to Graph API v18.0:</p>",
            "<p>App name: Hanbit Shop<br>App name: Hanbit Events</p>",
            "<p>Graph API v18.0 will no longer be available starting January 21, 2027. Apps still calling it "
            "will be automatically upgraded to the next available version. Upgrade your apps before then.</p>",
        ),
    )
    mail(
        S,
        "meta-upgrade-reminder",
        sender=("Facebook for Developers", "notification@facebookmail.com"),
        date="Thu, 19 Nov 2026 19:00:00 +0000",
        subject="v19.0 Upgrade Reminder",
        html=page(
            "Developer Notifications",
            "<h3>v19.0 Upgrade Reminder</h3>",
            "<p>Your App, Hanbit Booking, is currently accessing Graph API v19.0 which will reach the end of its "
            "2-year lifetime on 21 January, 2027. We estimate 3 endpoints that Hanbit Booking calls will be "
            "impacted by this change and may stop working after the automatic upgrade push. To ensure a smooth "
            "transition, please migrate all calls to Graph API v20.0 or higher.</p>",
            "<p>You can view this and other Developer Notifications related to your app in the App Dashboard.</p>",
        ),
    )
    mail(
        S,
        "meta-developer-newsletter",
        sender=("Meta for Developers", "developers@fb.com"),
        bulk=True,
        date="Tue, 17 Nov 2026 19:00:00 +0000",
        subject="The Meta for Developers newsletter - November",
        html=page("Newsletter", "<p>Graph API v22.0 is here. Older versions will be deprecated on schedule.</p>"),
    )
    line = ("LINE Developers", "dl_line_developers@linecorp.com")
    mail(
        S,
        "line-login-v2-end",
        sender=line,
        date="Fri, 13 Nov 2026 03:00:00 +0000",
        subject="[LINE Developers] End of support for LINE Login v2.0",
        plain="Channel ID: 1654000001\n\nLINE Login v2.0 will be discontinued on December 31, 2026. After that date "
        "the v2.0 endpoints will no longer be available. Please migrate to LINE Login v2.1.\n",
        cte="7bit",
    )
    mail(
        S,
        "line-devday",
        sender=("LINE Developers", "dl_line_developers@linecorp.com"),
        bulk=True,
        date="Mon, 02 Nov 2026 03:00:00 +0000",
        subject="LINE DEVELOPER DAY 2026 - registration open",
        html=page("DevDay", "<p>Talks on LINE Login, LIFF and the Messaging API. Registration ends Nov 20.</p>"),
    )


def social_examples_v2() -> None:
    """Forms of naming the thing at risk without a "label: value" line, and notices to every developer."""
    kakao = ("Kakao Developers", "noreply@kakaocorp.com")
    naver = ("NAVER Developers", "developers@navercorp.com")
    # Korean word order: the quoted app name comes first, then 앱 / (앱 ID ...).
    mail(
        S,
        "kakao-quoted-app-word-order",
        sender=kakao,
        date="Wed, 18 Nov 2026 10:00:00 +0900",
        subject="[카카오디벨로퍼스] 플랫폼 도메인 등록 방식 변경 안내",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n"
        "'책방지도'(앱 ID 903311) 앱에 등록된 Web 플랫폼 사이트 도메인 중 IP 주소 형식은 2027년 1월 8일부터 "
        "카카오 로그인에 사용할 수 없습니다.\n"
        "[내 애플리케이션 > 플랫폼]에서 도메인 주소로 변경해 주세요.\n",
    )
    # A notice to every developer: the retired SDK is the target (no app named).
    mail(
        S,
        "kakao-sdk-end-broadcast",
        sender=kakao,
        date="Thu, 12 Nov 2026 15:00:00 +0900",
        subject="[카카오디벨로퍼스] Android SDK v1 지원 종료 예정 안내",
        charset="ks_c_5601-1987",
        encode_as="cp949",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n"
        "보안 정책 강화에 따라 카카오 Android SDK v1 의 지원이 2027년 2월 26일 종료됩니다.\n"
        "종료 후에는 v1 SDK로 카카오 로그인을 호출할 수 없으니 v2 SDK로 업데이트해 주시기 바랍니다.\n\n"
        "※ 본 메일은 카카오 로그인을 사용하는 모든 개발자에게 발송됩니다.\n",
    )
    # A table of retired APIs, one row each with its own end date.
    mail(
        S,
        "kakao-api-retire-table",
        sender=kakao,
        date="Fri, 20 Nov 2026 11:00:00 +0900",
        subject="[카카오디벨로퍼스] 일부 API 제공 종료 안내",
        html=page(
            "API 제공 종료",
            "<p>카카오 로그인 관련 일부 API의 제공이 아래 일정으로 종료됩니다.</p>",
            table(
                [
                    ["대상 API", "대체 API", "제공 종료일"],
                    ["동의 내역 확인하기 API v1", "v2", "2027.01.20"],
                    ["친구 목록 가져오기 API v1", "v2", "2027.03.15"],
                ]
            ),
            "<p>종료일 이후 해당 API를 호출하면 오류가 반환됩니다.</p>",
        ),
    )
    # An API named after "대상 API" (two spaces, no colon), in a notice to every developer.
    mail(
        S,
        "naver-target-api-label",
        sender=naver,
        date="Tue, 17 Nov 2026 10:00:00 +0900",
        subject="[NAVER Developers] 네이버 로그인 JavaScript SDK 구버전 제공 종료",
        plain="안녕하세요. 네이버 개발자센터입니다.\n\n"
        "대상 API  네이버 로그인 JavaScript SDK 2.0.x\n"
        "종료 예정일  2027년 3월 31일\n\n"
        "종료 후에는 해당 버전으로 네이버 로그인 버튼이 동작하지 않으니 최신 버전으로 업데이트해 주세요.\n",
    )
    mail(
        S,
        "naver-api-retire-table",
        sender=naver,
        date="Mon, 16 Nov 2026 10:00:00 +0900",
        subject="[NAVER Developers] 로그인 API 제공 종료 일정",
        html=page(
            "API 제공 종료",
            "<p>네이버 로그인 관련 API 중 아래 항목의 제공이 종료됩니다.</p>",
            table(
                [
                    ["대상 API", "대체 방법", "종료일"],
                    ["회원 프로필 조회 API v1", "v2 사용", "2027.01.10"],
                    ["토큰 삭제 API GET 호출", "POST 호출", "2027.04.30"],
                ]
            ),
        ),
    )
    # A maintenance notice: the console stops for a few hours, nothing is retired.
    mail(
        S,
        "naver-maintenance",
        sender=naver,
        date="Wed, 18 Nov 2026 17:00:00 +0900",
        subject="[NAVER Developers] 개발자센터 시스템 점검 안내 (11/29 01:00~05:00)",
        plain="점검 시간 동안 내 애플리케이션 메뉴 이용이 일시 중단됩니다.\n"
        "네이버 로그인 API 호출은 점검과 무관하게 정상 제공됩니다.\n",
    )
    # Resolution in Korean: "변경 요청이 정상적으로 반영되었습니다".
    mail(
        S,
        "kakao-change-applied",
        sender=kakao,
        date="Sat, 21 Nov 2026 09:00:00 +0900",
        subject="[카카오디벨로퍼스] '책방지도' 앱 플랫폼 설정 변경 완료",
        plain="'책방지도'(앱 ID 903311) 앱의 플랫폼 도메인 변경 요청이 정상적으로 반영되었습니다.\n"
        "추가로 하실 일은 없습니다.\n",
    )
    google = ("Google Cloud", "cloud-noreply@google.com")
    mail(
        S,
        "google-project-running-text",
        sender=google,
        date="Wed, 18 Nov 2026 16:00:00 +0000",
        subject="[Action Required] Implicit grant flow blocked for web clients",
        plain="Hello Google Cloud customer,\n\n"
        "Your project hanbit-shop-42 uses the OAuth 2.0 implicit flow in a web client, which is deprecated.\n"
        "Starting April 1, 2027, OAuth requests using response_type=token will be blocked. Migrate to the "
        "authorization code flow before then.\n",
    )
    apple = ("Apple Developer", "developer@insideapple.apple.com")
    mail(
        S,
        "apple-ko-service-id",
        sender=apple,
        date="Thu, 19 Nov 2026 09:00:00 +0900",
        subject="Apple로 로그인: 이메일 소스 등록 필요",
        plain="안녕하세요.\n\n팀의 서비스 ID com.hanbit.books.web 에 등록된 이메일 소스가 더 이상 지원되지 않는 "
        "방식입니다.\n2027년 2월 1일까지 이메일 소스를 다시 등록하지 않으면 Apple로 로그인한 사용자에게 메일이 "
        "전달되지 않습니다.\n\nApple Developer\n",
    )
    mail(
        S,
        "apple-transfer-paren-id",
        sender=apple,
        date="Fri, 20 Nov 2026 19:00:00 +0000",
        subject="App transfer complete: migrate Sign in with Apple users",
        cte="quoted-printable",
        plain="Hello,\nThe transfer of Hanbit Reader (com.hanbit.reader) to your team is complete. The app uses "
        "Sign in with Apple, so you must migrate its users within 60 days of the transfer; after that, "
        "transfer identifiers can no longer be exchanged.\nApple Developer Relations\n",
    )
    meta = ("Meta for Developers", "notification@facebookmail.com")
    mail(
        S,
        "meta-ko-graph-api",
        sender=meta,
        date="Tue, 17 Nov 2026 09:00:00 +0900",
        subject="조치 필요: 그래프 API v21.0 지원 종료 예정",
        html=page(
            "개발자 알림",
            "<p>회원님의 앱 '한빛 예약'(앱 ID 4455667788)이 그래프 API v21.0을 호출하고 있습니다.</p>",
            "<p>이 버전은 2027년 2월 9일에 지원이 종료되며, 이후에는 자동으로 업그레이드됩니다.</p>",
        ),
    )
    line = ("LINE Developers", "dl_line_developers@linecorp.com")
    mail(
        S,
        "line-sdk-broadcast",
        sender=line,
        date="Sat, 14 Nov 2026 02:00:00 +0000",
        subject="[LINE Developers] LINE SDK for Android 4.x end of support",
        cte="7bit",
        plain="LINE SDK for Android 4.x will no longer be supported after March 31, 2027.\n"
        "Apps built with it may fail to log users in after that date. Update to LINE SDK for Android 5.x.\n",
    )


def v2_more_examples() -> None:
    """Domain named without the word "domain", Korean final notices, a look-alike developer-console sender."""
    mail(
        D,
        "porkbun-name-expires-no-domain-word",
        sender=("Porkbun", "support@porkbun.com"),
        date="Sat, 21 Nov 2026 15:00:00 +0000",
        subject="Final reminder: hanbit-books.net expires in 3 days",
        cte="7bit",
        plain="Hi there,\n\nReminder: hanbit-books.net expires on 24/11/2026.\n"
        "Renew it from your Porkbun account before then to keep your website and email working.\n\n"
        "Thanks,\nPorkbun Support\n",
    )
    mail(
        D,
        "whois-final-notice-ko",
        sender=("후이즈", "domain@whois.co.kr"),
        date="Fri, 20 Nov 2026 09:00:00 +0900",
        subject="[후이즈] 도메인 만료 최종 안내",
        charset="euc-kr",
        plain="고객님의 도메인 hanbit-cafe.kr 이 2026년 12월 2일 만료되어 삭제 절차가 시작됩니다.\n"
        "계속 사용하시려면 마이페이지에서 기간을 연장해 주세요.\n",
    )
    mail(
        S,
        "kakao-lookalike-console",
        sender=("Kakao Developers", "notice@kakaodev-console.com"),
        date="Sun, 22 Nov 2026 02:00:00 +0900",
        subject="[카카오디벨로퍼스] 앱 키 만료 - 카카오 로그인 중단 예정",
        auth="pass",
        plain="앱 '책방지도'의 REST API 키가 2026년 11월 27일 만료되어 카카오 로그인이 중단될 예정입니다.\n"
        "아래 링크에서 관리자 계정으로 로그인해 앱 키를 재발급하세요.\nhttp://kakaodev-console.com/login\n",
    )

    mail(
        S,
        "google-oauth-flow-ko",
        sender=("Google Cloud", "cloud-noreply@google.com"),
        date="Tue, 17 Nov 2026 10:00:00 +0900",
        subject="[조치 필요] OAuth 대역 외 흐름 지원 종료",
        plain="안녕하세요.\n\nGoogle Cloud 프로젝트 hanbit-desk-7 에서 지원 중단된 OAuth 대역 외(OOB) 흐름을 사용하고 "
        "있습니다.\n2027년 2월 15일부터 이 흐름을 사용하는 요청은 차단되므로 루프백 IP 주소 방식으로 전환해 "
        "주시기 바랍니다.\n",
    )
    mail(
        D,
        "namecheap-contact-review",
        sender=("Namecheap", "support@namecheap.com"),
        date="Wed, 04 Nov 2026 12:00:00 +0000",
        subject="Please review the contact details of your domains",
        cte="7bit",
        plain="Hello,\n\nICANN policy requires us to remind you once a year to keep your domain registration "
        "information accurate.\n\nhanbit-tools.com\nhanbit-tools.com expires on 2027-06-12\n\n"
        "If the details are correct, no action is needed.\n",
    )

    mail(
        H,
        "vercel-hobby-project-paused",
        sender=("Vercel", "notifications@vercel.com"),
        date="Sat, 21 Nov 2026 08:00:00 +0000",
        subject="A project on your Hobby team was paused",
        cte="7bit",
        plain="The Hobby project hanbit-landing-3 has been paused because it used 100% of the included Function "
        "Invocations this month. It resumes when the usage resets, or upgrade to Pro.\n",
    )
    mail(
        H,
        "cafe24-salutation-id",
        sender=("카페24", "hosting@cafe24.com"),
        date="Sun, 22 Nov 2026 11:00:00 +0900",
        subject="[카페24] 트래픽 사용량 안내",
        charset="euc-kr",
        plain="김한빛(hanbit88) 고객님, 이번 달 웹호스팅 트래픽 사용량이 제공량의 96%에 도달했습니다.\n"
        "트래픽이 초과되면 홈페이지 접속이 차단됩니다.\n",
    )
    mail(
        S,
        "google-project-display-name",
        sender=("Google Cloud", "cloud-noreply@google.com"),
        date="Thu, 19 Nov 2026 17:00:00 +0000",
        subject="[Action Required] OAuth implicit grant will be blocked",
        cte="quoted-printable",
        plain="Hello,\n\nYour Google Cloud project 'Hanbit Console' (hanbit-console-88) has OAuth clients using the "
        "implicit grant, which is deprecated.\nRequests using it will be blocked on June 1, 2027. Migrate to the "
        "authorization code flow before then.\n",
    )

    mail(
        S,
        "google-library-broadcast",
        sender=("Google Identity", "noreply-identity@google.com"),
        date="Mon, 09 Nov 2026 17:00:00 +0000",
        subject="Reminder: the Google Sign-In Android library is being retired",
        html=page(
            "Google Identity",
            "<p>Dear Developer,</p>",
            "<p>The Google Sign-In for Android library (play-services-auth sign-in APIs) will be removed on "
            "September 30, 2027. Apps still calling it must move to Credential Manager before then.</p>",
        ),
    )
    mail(
        S,
        "apple-js-broadcast",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        date="Tue, 10 Nov 2026 18:00:00 +0000",
        subject="Sign in with Apple JS: update required",
        cte="7bit",
        plain="Hello,\n\nSign in with Apple JS version 2 will no longer be supported after June 30, 2027. Update your "
        "websites to the current version before then.\n\nApple Developer Relations\n",
    )

    mail(
        H,
        "gabia-usage-report-sites",
        sender=("가비아", "hosting@gabia.com"),
        date="Tue, 17 Nov 2026 09:00:00 +0900",
        subject="[가비아] 웹호스팅 사용량 알림",
        charset="euc-kr",
        html=page(
            "사용량 알림",
            "<p>고객님이 이용 중인 웹호스팅의 사용량입니다.</p>",
            table(
                [
                    ["도메인", "구분", "사용률", "상태"],
                    ["hanbit-example.co.kr", "트래픽", "93%", "주의"],
                    ["hanbit-shop.kr", "디스크", "101%", "초과"],
                    ["hanbit-blog.kr", "디스크", "22%", "정상"],
                ]
            ),
        ),
    )
    mail(
        H,
        "dothome-usage-report",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Wed, 18 Nov 2026 09:00:00 +0900",
        subject="[닷홈] 무료호스팅 트래픽 현황",
        plain="무료호스팅 트래픽 현황 (11월 18일)\n"
        "호스팅\t사용량\t상태\n"
        "hanbitblog.dothome.co.kr\t97%\t차단 임박\n"
        "hanbitwiki.dothome.co.kr\t100%\t초과\n"
        "hanbitdemo.dothome.co.kr\t12%\t정상\n",
        cte="base64",
    )
    mail(
        H,
        "iwinv-server-usage-report",
        sender=("iwinv", "noreply@iwinv.kr"),
        date="Thu, 19 Nov 2026 09:00:00 +0900",
        subject="[iwinv] 서버 디스크 사용률 주간 리포트",
        html=page(
            "주간 리포트",
            "<p>디스크 사용률이 높은 서버는 용량이 부족해지기 전에 정리해 주세요.</p>",
            table([["서버명", "디스크 사용률"], ["web-prod-01", "41%"], ["web-prod-02", "94%"]]),
        ),
    )

    mail(
        H,
        "cafe24-id-and-domain-labels",
        sender=("카페24", "hosting@cafe24.com"),
        date="Fri, 20 Nov 2026 14:00:00 +0900",
        subject="[카페24] DB 용량 초과 안내",
        plain="호스팅 정보\n아이디 : hanbitdb7\n대표 도메인 : hanbit-db.co.kr\n상품명 : 10G 광아우토반 Full\n\n"
        "DB 사용량이 제공량을 초과하였습니다. 2026년 11월 27일부터 DB 쓰기가 차단될 예정입니다.\n",
    )

    mail(
        D,
        "hostingkr-renewal-applied",
        sender=("호스팅케이알", "no-reply@hosting.kr"),
        date="Sat, 21 Nov 2026 13:00:00 +0900",
        subject="[호스팅케이알] 도메인 기간연장 처리 결과",
        plain="신청하신 도메인 hanbit-market.kr 의 기간 연장이 정상적으로 반영되었습니다.\n"
        "새 만료일 : 2027년 11월 30일\n",
    )

    mail(
        S,
        "kakao-bulk-broadcast",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        bulk=True,
        date="Mon, 16 Nov 2026 16:00:00 +0900",
        subject="[카카오디벨로퍼스] iOS SDK 2.x 지원 종료 예정",
        plain="카카오 로그인 iOS SDK 2.x 버전의 지원이 2027년 4월 30일 종료됩니다.\n"
        "해당 SDK를 사용 중인 앱은 종료일 전까지 iOS SDK 3.x 로 업데이트해 주세요.\n",
    )


def v3_examples() -> None:
    """Forms a held-out corpus showed the packs missing: negated receipts, corrections, past phases, billing
    periods, and targets named in running text. Wording and values are our own."""
    # A renewal that will fail: a receipt phrase, negated ("will not be renewed unless"), is no receipt.
    mail(
        D,
        "porkbun-low-credit-not-renewed",
        sender=("Porkbun", "support@porkbun.com"),
        date="Tue, 24 Nov 2026 14:10:00 +0000",
        subject="Heads up: add account credit for upcoming renewals",
        cte="quoted-printable",
        plain="Hi,\n\nYour account credit ($1.20) is too low to cover the next renewal charges.\n"
        "Your domain brightkettle-example.com will not be renewed unless you add funds or a card before it\n"
        "expires on January 6, 2027.\n\nThe Porkbun team\n",
    )
    mail(
        D,
        "whois-renewal-not-completed",
        sender=("후이즈", "domain@whois.co.kr"),
        date="Wed, 25 Nov 2026 09:20:00 +0900",
        subject="[후이즈] 도메인 연장 처리 결과 안내",
        charset="euc-kr",
        cte="base64",
        plain="안녕하세요, 후이즈입니다.\n\n도메인 hanbit-tea-example.co.kr 의 연장 처리가 완료되지 않았습니다.\n"
        "카드 한도를 확인하신 후 만기일 2026년 12월 27일 전까지 다시 신청해 주시기 바랍니다.\n",
    )
    # A correction: the new expiry wins over the one restated from the earlier mail.
    mail(
        D,
        "godaddy-expiry-correction",
        sender=("GoDaddy", "renewals@godaddy.com"),
        date="Mon, 23 Nov 2026 16:00:00 -0700",
        subject="Correction: expiration date for quietharbor-example.net",
        cte="7bit",
        plain="Hi,\n\nIn our previous email we listed the expiration date of quietharbor-example.net as\n"
        "December 9, 2026. That was incorrect. The domain now expires on January 23, 2027, and you can renew\n"
        "it any time before then.\n\nGoDaddy\n",
    )
    mail(
        S,
        "kakao-schedule-changed-labels",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        date="Thu, 19 Nov 2026 11:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오 로그인 토큰 API 지원 종료 일정 변경",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n"
        "앱 '한빛책방'(앱 ID: 1203398)에서 호출 중인 구 토큰 API의 지원 종료 일정이 조정되었습니다.\n\n"
        "(변경 전) 2026년 12월 29일\n(변경 후) 2027년 2월 23일\n\n"
        "변경된 일정 전까지 새 토큰 API로 전환해 주세요.\n",
    )

    mail(
        S,
        "kakao-migration-not-completed",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        date="Sat, 21 Nov 2026 10:30:00 +0900",
        subject="[카카오디벨로퍼스] 토큰 API 전환 확인 결과",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n"
        "앱 '오크마켓'(앱 ID: 778812)의 새 토큰 API 전환이 아직 완료되지 않았습니다.\n"
        "구 토큰 API는 2026년 12월 20일 지원이 종료되니 그 전에 전환을 마쳐 주세요.\n",
    )
    # Targets named in running text, phased notices and billing periods.
    mail(
        H,
        "vercel-paused-projects-list",
        sender=("Vercel", "notifications@vercel.com"),
        date="Mon, 23 Nov 2026 04:30:00 +0000",
        subject="Projects paused on your Hobby team",
        html=page(
            "Usage",
            "<p>Your Hobby team <b>hanbit-labs</b> has exceeded the included Function Invocations for this "
            "month.</p><p>The following 3 projects have been paused until you upgrade or the limits reset:</p>"
            "<ul><li>hanbit-docs</li><li>hanbit-status-page</li><li>hanbit-api-v2</li></ul>",
            "<p>Limits reset on December 1, 2026.</p>",
        ),
    )
    mail(
        H,
        "netlify-suspended-sites-list",
        sender=("Netlify", "team@netlify.com"),
        date="Sun, 22 Nov 2026 19:00:00 +0000",
        subject="Sites suspended: usage over the Starter plan",
        cte="quoted-printable",
        plain="Hello,\n\nThe following sites on team Oakleaf have been suspended because the team used more than\n"
        "its included bandwidth:\n\n  * oakleaf-docs\n  * oakleaf-landing-2\n\n"
        "Upgrade the team or wait for the next cycle to bring them back.\n",
    )
    mail(
        H,
        "netlify-team-name-billing-cycle",
        sender=("Netlify", "no-reply@netlify.com"),
        date="Tue, 24 Nov 2026 08:00:00 +0000",
        subject="Bandwidth usage alert for Blue Finch Studio",
        cte="7bit",
        plain="Hi,\n\nYour team Blue Finch Studio has used 82% of the bandwidth included in its plan\n"
        "(82 GB of 100 GB). Your billing cycle ends on December 19, 2026, when usage starts again from zero.\n\n"
        "Add bandwidth or upgrade to avoid interruptions.\n",
    )
    mail(
        H,
        "dothome-id-account-word-order",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Tue, 24 Nov 2026 13:00:00 +0900",
        subject="[닷홈] 웹 용량 사용량 안내",
        charset="euc-kr",
        cte="quoted-printable",
        plain="안녕하세요, 닷홈입니다.\n\n회원 아이디 hanbitnote 계정에서 사용 중인 웹 용량이 95%를 넘었습니다.\n"
        "용량이 가득 차면 파일 업로드와 게시물 작성이 제한됩니다.\n",
    )
    mail(
        H,
        "google-workspace-domain-org-ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to="admin@hanbit-example.co.kr",
        date="Mon, 23 Nov 2026 02:00:00 +0000",
        subject="Google Workspace 저장용량 알림",
        charset="ks_c_5601-1987",
        encode_as="cp949",
        cte="base64",
        plain="관리자님께,\n\nhanbit-books.co.kr 조직에서 사용할 수 있는 풀링 저장용량의 93%가 사용되었습니다.\n"
        "저장용량을 모두 사용하면 Gmail에서 새 메일을 받을 수 없게 됩니다.\n",
    )
    mail(
        S,
        "naver-phased-quoted-app",
        sender=("네이버 개발자센터", "developers@navercorp.com"),
        date="Fri, 20 Nov 2026 15:00:00 +0900",
        subject="[네이버 개발자센터] 네이버 로그인 구형 토큰 갱신 방식 단계별 종료 안내",
        plain="안녕하세요. 네이버 개발자센터입니다.\n\n"
        "네이버 로그인을 사용하는 「한빛 예약」 애플리케이션(Client ID: Qm81hbResv)에 적용되는 일정입니다.\n\n"
        "1차 (2026년 11월 9일): 신규 등록 차단\n"
        "2차 (2027년 1월 12일): 기존 애플리케이션 토큰 갱신 중단\n"
        "3차 (2027년 5월 3일): 구형 방식 완전 종료\n\n"
        "2차 일정 전까지 새 토큰 갱신 방식으로 변경해 주세요.\n",
    )
    mail(
        S,
        "google-project-adverb-relative",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        date="Tue, 24 Nov 2026 17:00:00 +0000",
        subject="Migrate your sign-in flow to Google Identity Services",
        cte="7bit",
        plain="Hello,\n\nYour Google Cloud project hanbit-bookings-7 currently calls gapi.auth2, part of the\n"
        "deprecated Google Sign-In platform library. The library stops working for this project within 45 days.\n"
        "Please move to Google Identity Services.\n",
    )


def v4_examples() -> None:
    """Generic hosts (any sender authenticating as itself), Firebase, generic auto-renewal and receipts."""
    mail(
        H,
        "firebase-spark-reads",
        sender=("Firebase", "firebase-noreply@google.com"),
        date="Mon, 23 Nov 2026 04:00:00 +0000",
        subject="Your Firebase project is close to its daily Cloud Firestore quota",
        cte="quoted-printable",
        html=page(
            "Firebase",
            "<p>Your Firebase project hanbit-diary-prod has used 92% of the Spark plan's daily Cloud Firestore "
            "read quota.</p>",
            "<p>When the quota runs out, reads fail until it resets. Upgrade to the Blaze plan to keep serving.</p>",
        ),
    )
    mail(
        H,
        "iwinv-mail-domain-quota",
        sender=("iwinv", "noreply@iwinv.kr"),
        date="Sat, 21 Nov 2026 13:00:00 +0900",
        subject="[iwinv] 메일 호스팅 저장 공간 부족 안내",
        cte="quoted-printable",
        html=page(
            "메일 호스팅",
            "<p>메일 도메인 : hanbit-mail.kr</p>",
            "<p>위 도메인의 전체 메일 저장 공간이 94% 사용되어 곧 새 메일을 받지 못할 수 있습니다.</p>",
            "<p>불필요한 메일을 지우거나 용량을 늘려 주세요.</p>",
        ),
    )
    mail(
        H,
        "cafe24-id-salutation-bare",
        sender=("카페24", "hosting@cafe24.com"),
        date="Sun, 22 Nov 2026 10:00:00 +0900",
        subject="[카페24] 웹호스팅 트래픽 사용량 안내",
        charset="euc-kr",
        cte="base64",
        plain="hanbitstore7 고객님, 안녕하세요.\n\n"
        "이용 중인 웹호스팅의 이번 달 트래픽이 제공량의 90%를 넘었습니다.\n"
        "트래픽이 모두 소진되면 사이트 접속이 차단됩니다.\n",
    )
    mail(
        D,
        "generic-auto-renew-notice",
        sender=("IONOS", "domains@ionos.com"),
        date="Sun, 22 Nov 2026 07:00:00 +0100",
        subject="Upcoming renewal of your domain",
        cte="quoted-printable",
        html=page(
            "Renewal",
            "<p>Your domain tidewater-example.de is set to renew automatically on 8 January 2027.</p>",
            "<p>Nothing to do: the stored payment method will be charged for one more year.</p>",
        ),
    )
    mail(
        D,
        "generic-auto-renew-receipt",
        sender=("IONOS", "billing@ionos.com"),
        date="Fri, 08 Jan 2027 07:00:00 +0100",
        subject="Your receipt",
        cte="7bit",
        plain="Thank you. The following domain was renewed successfully:\n\n"
        "tidewater-example.de   1 year   new expiration date: 2028-01-08\n",
    )
    mail(
        D,
        "generic-order-complete-receipt",
        sender=("Name.com", "support@name.com"),
        date="Mon, 23 Nov 2026 01:00:00 +0000",
        subject="Your order #88213 is complete",
        cte="7bit",
        plain="Thanks for your order.\n\nProduct            Domain          Term     Price\n"
        "Domain Renewal     hanbit-labs.io  2 years  $71.98\n\nNew expiry date: 2029-02-11\n",
    )
    mail(
        D,
        "generic-hosting-plan-autorenew",
        sender=("Hostinger", "billing@hostinger.com"),
        date="Sat, 21 Nov 2026 09:00:00 +0200",
        subject="Your hosting plan will auto-renew soon",
        cte="7bit",
        plain="Your Premium web hosting plan for hanbit-example.shop will automatically renew on 2026-12-05.\n"
        "The card on file will be charged.\n",
    )
    # Targets the mail labels: apps listed with their IDs, bracketed app names, "계정(아이디: x)".
    mail(
        S,
        "meta-apps-list-own-dates",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Sun, 22 Nov 2026 20:00:00 +0000",
        subject="Graph API versions used by your apps are being retired",
        cte="quoted-printable",
        html=page(
            "Developer Notifications",
            "<p>Some of your apps still call Graph API versions that are going away:</p>",
            "<ul><li>Hanbit Reader (App ID 5512038877) &mdash; Graph API v18.0, deprecation date: 2027-01-21</li>"
            "<li>Hanbit Tickets (App ID 5512038899) &mdash; Graph API v19.0, deprecation date: 2027-05-21</li></ul>",
            "<p>Move each app to a newer version in the App Dashboard before its date.</p>",
        ),
    )
    mail(
        S,
        "kakao-bracketed-app-name",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        date="Mon, 23 Nov 2026 10:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오 로그인 REST API v1 지원 종료 안내",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n"
        "카카오 로그인을 사용하는 앱 [한빛문고]에서 REST API v1 호출이 확인되었습니다.\n"
        "REST API v1은 2027년 2월 16일 지원이 종료됩니다. 종료 전에 v2로 전환해 주세요.\n",
    )
    mail(
        H,
        "gabia-account-paren-id",
        sender=("가비아", "hosting@gabia.com"),
        date="Fri, 20 Nov 2026 15:00:00 +0900",
        subject="[가비아] 웹호스팅 디스크 용량 부족 안내",
        charset="euc-kr",
        cte="base64",
        plain="고객님, 안녕하세요.\n\n이용 중인 웹호스팅 계정(아이디: hanbitbook2)의 디스크가 "
        "제공 용량의 95%를 사용하고 있습니다.\n용량이 가득 차면 파일 업로드와 메일 수신이 중단됩니다.\n",
    )
    mail(
        H,
        "generic-quota-lookalike",
        sender=("Supabase", "alerts@supabase-usage.net"),
        date="Mon, 23 Nov 2026 03:00:00 +0000",
        subject="Your project has exceeded its usage quota",
        cte="7bit",
        plain="Your project hanbit-orders-db has exceeded its usage quota and will be paused on 2026-11-25.\n"
        "Confirm your billing details at https://supabase-usage.net/restore to keep it running.\n",
    )
    mail(
        H,
        "generic-db-grace-period",
        sender=("Supabase", "no-reply@supabase.io"),
        date="Fri, 20 Nov 2026 10:00:00 +0000",
        subject="Action needed: your project is over its Free Plan usage",
        cte="7bit",
        plain="Hi there,\n\nYour project hanbit-orders-db has exceeded the database size quota included in the "
        "Free Plan (500 MB).\nWe have started a grace period for your organization.\n\n"
        "The grace period ends on December 4, 2026. After that date the project will be restricted to "
        "read-only access until usage is back under the quota or the plan is upgraded.\n",
    )
    mail(
        H,
        "generic-workspace-bandwidth",
        sender=("Render", "notifications@render.com"),
        date="Sun, 22 Nov 2026 18:30:00 +0000",
        subject="Bandwidth usage alert",
        html=page(
            "Usage",
            "<p>Your workspace Hanbit Studio has used 85% of its included outbound bandwidth for this billing "
            "period.</p>",
            "<p>Free services that go over the limit are suspended until the next period starts.</p>",
        ),
    )
    mail(
        H,
        "generic-inode-limit",
        sender=("Hostinger", "noreply@hostinger.com"),
        date="Sat, 21 Nov 2026 09:00:00 +0200",
        subject="Your hosting resources are running low",
        cte="quoted-printable",
        html=page(
            "Resources",
            "<p>Your website hanbit-example.shop has reached 95% of its inode limit (files and folders).</p>",
            "<p>Delete old backups or caches, or move to a bigger plan, to keep uploads working.</p>",
        ),
    )
    mail(
        H,
        "generic-korean-host-disk",
        sender=("닷네임코리아", "help@dotname.co.kr"),
        date="Thu, 19 Nov 2026 11:00:00 +0900",
        subject="[닷네임코리아] 웹호스팅 디스크 사용량 초과 안내",
        charset="euc-kr",
        cte="base64",
        plain="안녕하세요, 닷네임코리아입니다.\n\nㆍ아이디: hanbitweb\n"
        "고객님 웹호스팅의 디스크 사용량이 할당량의 103%로 초과되었습니다.\n"
        "제한 예정일: 2026년 11월 30일\n정리하거나 용량을 추가해 주세요.\n",
    )
    mail(
        H,
        "generic-plan-limits-newsletter",
        sender=("Render", "news@render.com"),
        bulk=True,
        date="Tue, 17 Nov 2026 16:00:00 +0000",
        subject="New free tier limits for bandwidth and build minutes",
        html=page(
            "Product update",
            "<p>Starting next month, free workspaces that exceed the bandwidth limit will be paused instead of "
            "billed.</p>",
        ),
    )
    mail(
        H,
        "generic-overage-invoice",
        sender=("Supabase Billing", "billing@supabase.io"),
        date="Sun, 01 Nov 2026 00:10:00 +0000",
        subject="Your invoice for October: usage charges",
        cte="7bit",
        plain="Your organization exceeded the included egress quota by 12 GB.\n"
        "Overage: $1.08. Total charged to your card: $26.08.\n",
    )
    mail(
        H,
        "generic-unpaid-suspension",
        sender=("DigitalOcean", "support@digitalocean.com"),
        date="Fri, 20 Nov 2026 08:00:00 +0000",
        subject="Your account will be suspended",
        cte="7bit",
        plain="We could not charge your card for last month's invoice.\n"
        "Your account will be suspended on December 1, 2026 unless the balance is paid.\n",
    )


def v5_examples() -> None:
    """Classes found by the fourth blind set: cross-sells inside real notices, the phases after expiry at a
    registrar without a rule, a vendor's second sender domain, vendor domains used as a prefix of another
    domain, a follow-up moving a grace period, a sign-in behaviour change "before that date", a plan upgrade."""
    # A real expiry notice with a cross-sell that "expires" too: the subject names the domain and its expiry.
    mail(
        D,
        "namecheap-expiry-with-crosssell",
        sender=("Namecheap", "support@namecheap.com"),
        date="Tue, 17 Nov 2026 09:15:00 -0500",
        subject="Domain expiration notice for hanbit-pottery.com",
        cte="quoted-printable",
        html=page(
            "Domain expiration notice",
            "<p>Hello, the registration of the domain below ends soon and auto-renew is disabled.</p>",
            table([["Domain", "Expiration date"], ["hanbit-pottery.com", "2026-12-11"]]),
            "<p>Renew today so that your website and mailboxes keep working.</p>",
            "<p>Also new: Private Email for your domain. Use promo code HANBIT25 at checkout (the offer expires "
            "November 30, 2026).</p>",
        ),
    )
    mail(
        D,
        "whois-expiry-with-event-aside",
        sender=("후이즈", "domain@whois.co.kr"),
        date="Wed, 18 Nov 2026 10:00:00 +0900",
        subject="[후이즈] hanbit-tea.kr 도메인 만기 예정 안내",
        charset="euc-kr",
        cte="base64",
        plain="안녕하세요, 후이즈입니다.\n\n"
        "고객님의 도메인 hanbit-tea.kr 의 만기일이 2026년 12월 20일로 다가왔습니다.\n"
        "만기일까지 기간 연장을 하지 않으시면 홈페이지와 메일이 중단됩니다.\n\n"
        "※ 겨울맞이 이벤트: 호스팅 신규 신청 시 할인 코드 WINTER 적용 (이벤트 기간 12월 1일 ~ 12월 31일)\n",
    )
    # The promo line alone, with a subject about the promo: still marketing.
    mail(
        D,
        "namecheap-promo-code-expiring",
        sender=("Namecheap", "deals@namecheap.com"),
        bulk=True,
        date="Thu, 19 Nov 2026 12:00:00 -0500",
        subject="Last call: your promo code expires Sunday",
        cte="quoted-printable",
        html=page(
            "Promo",
            "<p>Your promo code FALL30 expires on November 22. Register new domains or transfer yours in and "
            "save 30% on the first year.</p>",
        ),
    )
    # A registrar without a rule: the domain expired and is in redemption, restorable until a date.
    mail(
        D,
        "generic-redemption-restore",
        sender=("Name.com", "support@name.com"),
        date="Sat, 21 Nov 2026 16:40:00 -0700",
        subject="Restore hanbit-gallery.net before it is deleted",
        cte="7bit",
        plain="Hello,\n\nThe domain hanbit-gallery.net expired on October 30, 2026. The registry now holds it in "
        "the redemption period.\n"
        "It can be restored until December 9, 2026, for a restoration fee. After that date it will be released "
        "and anyone can register it.\n\nName.com Support\n",
    )
    # The subject only says "last chance": the body says the domain expired and when it will be released.
    mail(
        D,
        "generic-last-chance-subject",
        sender=("Hover", "help@hover.com"),
        date="Mon, 23 Nov 2026 08:00:00 -0500",
        subject="Last chance to keep hanbit-letters.org",
        cte="quoted-printable",
        html=page(
            "Hover",
            "<p>hanbit-letters.org expired on November 10, 2026 and is in its grace period.</p>",
            "<p>If it is not renewed by November 30, 2026, it will be released for anyone to register.</p>",
        ),
    )
    # Squarespace's second sender domain (squarespace.info) is Squarespace's own.
    mail(
        D,
        "squarespace-info-sender",
        sender=("Squarespace", "domains@squarespace.info"),
        date="Fri, 20 Nov 2026 15:00:00 +0000",
        subject="Your domain is about to expire",
        cte="base64",
        plain="Hi,\n\nhanbit-ceramics.com expires on 3 December 2026. Automatic renewal is turned off for it.\n"
        "Renew it now to keep your site and email addresses online.\n",
        html=page(
            "Domains",
            "<p><b>hanbit-ceramics.com</b> expires on 3 December 2026. Automatic renewal is turned off for it.</p>",
            "<p>Renew it now to keep your site and email addresses online.</p>",
        ),
    )
    # A well-known host's real domain as the first labels of another domain: suspicious, for the generic rule.
    mail(
        H,
        "generic-vendor-prefix-domain",
        sender=("DigitalOcean", "alerts@digitalocean.com.droplet-billing.io"),
        date="Sun, 22 Nov 2026 02:00:00 +0000",
        subject="Droplet disk usage over limit",
        cte="quoted-printable",
        html=page(
            "Alert",
            "<p>Droplet hanbit-web-03 has used 97% of its disk limit. It will be suspended within 24 hours unless "
            "you confirm the free upgrade.</p>",
        ),
    )
    # Workspace storage: the mail signs as Google Workspace; the organisation's domain is the sentence's subject.
    mail(
        H,
        "google-workspace-signed-org-domain",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        date="Thu, 19 Nov 2026 18:00:00 -0800",
        subject="Your organization has run out of storage",
        cte="base64",
        html=page(
            "Storage",
            "<p>hanbit-books.kr has run out of storage (2.0 TB of 2 TB used).</p>",
            "<p>New messages to your users will be returned to their senders and file uploads are blocked "
            "until you free up space or buy more.</p>",
        ),
    )
    mail(
        H,
        "google-workspace-prefix-phish",
        sender=("Google Workspace", "no-reply@google.com.admin-storage.support"),
        date="Fri, 20 Nov 2026 05:00:00 +0000",
        subject="[Urgent] Mailbox storage exceeded",
        cte="quoted-printable",
        html=page(
            "Storage",
            "<p>hanbit-books.kr has exceeded its storage quota. Mail delivery will be suspended within 24 hours.</p>",
            "<p>Log in to confirm your free storage extension.</p>",
        ),
    )
    # A follow-up that moves the end of a grace period (a host without a rule of its own).
    mail(
        H,
        "generic-grace-period-moved",
        sender=("Render", "no-reply@render.com"),
        date="Tue, 24 Nov 2026 09:00:00 +0000",
        subject="We extended the grace period for hanbit-api-3",
        cte="7bit",
        plain="Hello,\n\nYour service hanbit-api-3 is still over the Free tier bandwidth this month.\n"
        "We have extended your grace period to December 18, 2026 (it was December 4, 2026).\n"
        "After that, the service will be switched to read-only and then suspended.\n",
    )
    # A sign-in behaviour change: the button may stop rendering; update "before that date".
    mail(
        S,
        "google-signin-button-change",
        sender=("Google Identity", "identity-noreply@google.com"),
        date="Mon, 16 Nov 2026 10:00:00 -0800",
        subject="[Action Required] Sign in with Google: third-party cookie changes",
        cte="7bit",
        plain="Hello Developer,\n\nOn or after March 2, 2027, the Sign in with Google button on pages that still "
        "load it through a cross-site iframe may stop rendering.\n"
        "Project ID: hanbit-login-web\n"
        "Review your integration and update your site before that date.\n",
    )
    # Lightsail's alarms come from lightsail.aws (.aws is Amazon's own top-level domain), signed "Amazon Lightsail".
    mail(
        H,
        "aws-lightsail-bucket-storage",
        sender=("Amazon Lightsail", "no-reply@lightsail.aws"),
        date="Sat, 21 Nov 2026 06:10:00 +0000",
        subject="Alarm: storage of your Lightsail bucket is almost used up",
        cte="quoted-printable",
        html=page(
            "Amazon Lightsail",
            "<p>Your Lightsail bucket hanbit-media-1 has used 95% of the storage included in its plan.</p>",
            "<p>Storage beyond the bundle is charged as overage; change the bucket plan or delete objects.</p>",
        ),
    )
    # A real usage warning carrying an upgrade offer ("promo code ... offer ends"): the subject announces the
    # limit, so the offer is an aside.
    mail(
        H,
        "netlify-limit-with-offer",
        sender=("Netlify", "team@netlify.com"),
        date="Sun, 22 Nov 2026 14:00:00 +0000",
        subject="Bandwidth limit reached for hanbit-docs-team",
        cte="base64",
        plain="Hi,\n\nYour team hanbit-docs-team has used 100% of the bandwidth included in the Starter plan.\n"
        "Sites of the team will be suspended on November 28, 2026 unless you upgrade or usage drops.\n\n"
        "Upgrading now? Use promo code SCALE20 for 20% off Pro (offer ends December 1, 2026).\n",
    )
    # kakao.com (also a personal mail service) as the first labels of another domain: a look-alike.
    mail(
        S,
        "kakao-prefix-domain-phish",
        sender=("Kakao Developers", "review-team@kakao.com.app-console.net"),
        date="Sun, 22 Nov 2026 23:10:00 +0900",
        subject="[Kakao Developers] 앱 검수 미완료로 카카오 로그인 중단 예정",
        cte="base64",
        plain="안녕하세요. 카카오디벨로퍼스입니다.\n\n앱 이름: 한빛노트\n"
        "비즈 앱 검수가 완료되지 않아 2026년 11월 30일부터 카카오 로그인 호출이 중단됩니다.\n"
        "아래 링크에서 개발자 계정으로 로그인해 검수를 완료해 주세요.\n",
    )
    # apple.com as the first labels of another domain, with a display name that does not say Apple: "apple" is an
    # ordinary word (never a look-alike by itself), but the whole vendor domain followed by more labels is.
    mail(
        S,
        "apple-prefix-domain-phish",
        sender=("Developer Relations", "relay-config@apple.com.dev-account-review.net"),
        date="Sat, 21 Nov 2026 19:00:00 +0000",
        subject="Sign in with Apple: confirm your email sources",
        cte="quoted-printable",
        html=page(
            "Developer",
            "<p>Services ID: com.hanbit.notes.web</p>",
            "<p>Private email relay messages for this Services ID will no longer be delivered after "
            "December 4, 2026 unless you confirm your registered email sources.</p>",
        ),
    )
    # An advertisement asking whether the reader's domain will expire, with a promo code: marketing.
    mail(
        D,
        "namecheap-question-upsell",
        sender=("Namecheap", "offers@namecheap.com"),
        bulk=True,
        date="Tue, 24 Nov 2026 15:00:00 -0500",
        subject="Will your domain expire while you're busy? Renew for 5 years",
        cte="quoted-printable",
        html=page(
            "Offer",
            "<p>Renew your domains now for up to 5 years and never worry about an expiration date again.</p>",
            "<p>Use promo code FIVEYEARS at checkout; the offer expires December 6, 2026.</p>",
        ),
    )
    # A bulk upsell about limits that never says the reader's own account used anything: marketing.
    mail(
        H,
        "github-storage-upsell",
        sender=("GitHub", "noreply@github.com"),
        bulk=True,
        date="Wed, 18 Nov 2026 17:00:00 +0000",
        subject="More Packages storage for growing teams",
        cte="quoted-printable",
        html=page(
            "GitHub",
            "<p>Hitting the storage limit for GitHub Packages? The Team plan now includes 2 GB more, and you can "
            "set a budget so uploads are never blocked.</p>",
        ),
    )
    # ... while a real warning sent in bulk addresses the reader ("You've used 90% ... of your team").
    mail(
        H,
        "vercel-bulk-usage-warning",
        sender=("Vercel", "notifications@vercel.com"),
        bulk=True,
        date="Thu, 19 Nov 2026 11:00:00 +0000",
        subject="Usage alert: Function Invocations at 90%",
        cte="base64",
        plain="Hi,\n\nYou've used 90% of the Function Invocations included for team hanbit-shop-web this month.\n"
        "When the limit is reached, the team's projects will be paused.\n",
    )
    # Sibling brands of vendors with rules sign with names containing the parent's ("NAVER WORKS" from
    # worksmobile.com, "Kakao Cloud" from kakaocloud.com): their own names on their own domains, not look-alikes.
    mail(
        H,
        "generic-naver-works-storage",
        sender=("NAVER WORKS", "noreply@worksmobile.com"),
        date="Sat, 21 Nov 2026 09:00:00 +0900",
        subject="[NAVER WORKS] 메일 저장 공간 사용량 초과 안내",
        charset="ks_c_5601-1987",
        cte="base64",
        plain="관리자님, 안녕하세요.\n\n메일 도메인 : hanbit-works.co.kr\n"
        "회사의 공용 저장 공간 사용량이 제공 용량을 초과했습니다(103%).\n"
        "2026년 11월 28일까지 정리하거나 용량을 추가하지 않으면 메일 수신이 제한됩니다.\n",
    )
    mail(
        H,
        "generic-kakao-cloud-quota",
        sender=("Kakao Cloud", "no-reply@kakaocloud.com"),
        date="Sun, 22 Nov 2026 16:00:00 +0900",
        subject="Object Storage quota exceeded",
        cte="quoted-printable",
        plain="Hello,\n\nProject hanbit-vision-2 has exceeded its Object Storage quota (105%).\n"
        "New uploads to the project's buckets will be blocked until usage drops below the quota.\n",
    )
    # Usage summaries far below the quota are no warnings ("12% of included ...", "디스크 23% 사용").
    mail(
        H,
        "vercel-weekly-summary-low",
        sender=("Vercel", "notifications@vercel.com"),
        date="Mon, 16 Nov 2026 08:00:00 +0000",
        subject="Weekly usage summary for hanbit-studio",
        cte="quoted-printable",
        html=page(
            "Usage",
            "<p>Team hanbit-studio used 12% of its included Fast Data Transfer and 4% of its included Function "
            "Invocations this week.</p>",
        ),
    )
    mail(
        H,
        "cafe24-monthly-usage-low",
        sender=("카페24", "hosting@cafe24.com"),
        date="Sun, 01 Nov 2026 09:00:00 +0900",
        subject="[카페24] 10월 웹호스팅 사용량 안내",
        charset="euc-kr",
        cte="base64",
        plain="아이디 : hanbitmall7\n\n"
        "10월 한 달 동안 디스크는 제공 용량의 23%를 사용했고, 트래픽은 31%를 사용했습니다.\n"
        "현재 사용량은 여유가 있습니다.\n",
    )
    # A confirmation of a change to a domain states its expiry in passing: no notice.
    mail(
        D,
        "porkbun-dns-records-changed",
        sender=("Porkbun", "support@porkbun.com"),
        date="Tue, 17 Nov 2026 13:00:00 -0800",
        subject="DNS records changed for hanbit-lab.dev",
        cte="quoted-printable",
        html=page(
            "Porkbun",
            "<p>An A record and a TXT record of hanbit-lab.dev were changed from your account.</p>",
            "<p>Domain: hanbit-lab.dev<br>Expiration date: 2027-06-10</p>",
        ),
    )
    # A confirmation that a budget was set says what happens when it is reached; nothing is reached yet.
    mail(
        H,
        "aws-budget-created",
        sender=("AWS Budgets", "no-reply@budgets.amazonaws.com"),
        date="Wed, 18 Nov 2026 02:00:00 +0000",
        subject="AWS Budgets: your budget hanbit-monthly was created",
        cte="7bit",
        plain="You created the cost budget hanbit-monthly ($300.00 per month) for AWS account 2109-8765-4321.\n"
        "When actual costs exceed the budget, the budget action will run and EC2 instances tagged env=dev will be "
        "stopped.\n",
    )
    # Real warnings sent in bulk that name the account in the third person ("Team x has reached", "x 사이트의
    # 트래픽이 ... 초과했습니다") address the reader too.
    mail(
        H,
        "netlify-bulk-team-third-person",
        sender=("Netlify", "no-reply@netlify.com"),
        bulk=True,
        date="Fri, 20 Nov 2026 07:30:00 +0000",
        subject="Build minutes used up",
        cte="quoted-printable",
        html=page(
            "Netlify",
            "<p>Team hanbit-edu-2 has reached 100% of the build minutes included in its plan.</p>",
            "<p>New deploys will be blocked until the next billing period or an upgrade.</p>",
        ),
    )
    mail(
        H,
        "dothome-bulk-traffic-exceeded",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        bulk=True,
        date="Sat, 21 Nov 2026 15:00:00 +0900",
        subject="[닷홈] 무료호스팅 트래픽 초과 안내",
        charset="euc-kr",
        cte="base64",
        plain="hanbit7.dothome.co.kr 사이트의 트래픽이 일일 제공량을 초과했습니다.\n"
        "오늘 자정까지 사이트 접속이 차단됩니다.\n",
    )
    # A plan upgrade closes the team's item; it lists no paused projects.
    mail(
        H,
        "vercel-team-upgraded",
        sender=("Vercel", "notifications@vercel.com"),
        date="Wed, 25 Nov 2026 12:00:00 +0000",
        subject="Upgrade complete",
        cte="quoted-printable",
        html=page(
            "Vercel",
            "<p>Your team acme-web has been upgraded to the Pro plan. Paused projects resume on their next "
            "request.</p>",
            "<p>Next invoice: December 25, 2026.</p>",
        ),
    )


def social_h3_examples() -> None:
    """Social-login classes found missing by the holdout3 evaluation (Korean vendor mail), each in other words."""
    kakao = ("Kakao Developers", "noreply@kakaocorp.com")
    naver = ("네이버 개발자센터", "developers_noreply@navercorp.com")
    kakao_foot = "본 메일은 카카오디벨로퍼스 앱 멤버에게 발송되는 발신 전용 메일입니다. (주)카카오"
    # A Kakao Sync change to the API that collects terms consent: the word 약관 in the subject is no policy update.
    mail(
        S,
        "kakao-sync-terms-api-fields",
        sender=kakao,
        date="Thu, 12 Nov 2026 15:00:00 +0900",
        subject="[카카오싱크] 서비스 약관 API 응답 필드 변경 안내",
        html=page(
            "카카오싱크",
            "<p>안녕하세요, 카카오입니다.</p>",
            "<p>서비스 약관 동의 내역 확인하기 API의 응답 구성이 아래와 같이 바뀝니다.</p>",
            "<h4>적용일시</h4><p>2027년 2월 3일(수) 오전 11시</p>",
            table(
                [
                    ["항목", "현재", "적용 후"],
                    ["약관 태그 필드", "tag", "tag (변경 없음)"],
                    ["동의 시각 필드", "agreed_at", "(제공 중단)"],
                ]
            ),
            "<p>이 변경의 영향을 받는 앱: <b>한빛여행</b> (앱 ID: 881234)</p>",
            "<h4>필요한 조치 사항</h4><p>적용일시 전까지 agreed_at 필드를 읽는 코드를 수정해 주세요.</p>",
            footer="공지 등록일: 2026. 11. 12. | " + kakao_foot,
        ),
    )
    # Outlook forward ("원본 메시지") of a Naver notice: requests to unregistered callback URLs will be blocked.
    mail(
        S,
        "naver-outlook-forward-callback",
        sender=("이서준", "seojun.lee@hanbit-example.co.kr"),
        date="Fri, 13 Nov 2026 09:40:00 +0900",
        subject="FW: [네이버 개발자센터] 네이버 로그인 Callback URL 보안 정책 안내",
        charset="ks_c_5601-1987",
        encode_as="cp949",
        plain="노트 앱 로그인 설정 확인 부탁드립니다.\n\n"
        "-----원본 메시지-----\n"
        "보낸 사람: 네이버 개발자센터 <developers_noreply@navercorp.com>\n"
        "받는 사람: seojun.lee@hanbit-example.co.kr\n"
        "날짜: 2026년 11월 12일 목요일 오전 10:03\n"
        "제목: [네이버 개발자센터] 네이버 로그인 Callback URL 보안 정책 안내\n\n"
        "안녕하세요. 네이버 개발자센터입니다.\n"
        "2027년 2월 1일부터 https가 아닌 Callback URL로 전달되는 네이버 로그인 요청이 거절됩니다.\n\n"
        "■ 애플리케이션 : 한빛 노트\n"
        "■ Client ID : hbNote7Kq2\n\n"
        "그 전에 [내 애플리케이션 > API 설정]에서 Callback URL을 https 주소로 수정해 주세요.\n",
    )
    # A notice to every developer naming an API in Korean words with its endpoint path, no date yet.
    mail(
        S,
        "kakao-api-path-undated",
        sender=kakao,
        date="Tue, 10 Nov 2026 11:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오 로그인 응답 필드 제공 중단 예정 안내",
        plain="안녕하세요, 카카오입니다.\n\n"
        "카카오 로그인 토큰 정보 보기 API(GET /v1/user/access_token_info) 응답의 expiresInMillis 필드는\n"
        "이제 deprecated 상태이며, 추후 제공이 중단됩니다. 중단 일정은 확정되는 대로 다시 공지하겠습니다.\n"
        "해당 필드를 읽는 앱은 expires_in 필드를 사용하도록 변경해 주시기 바랍니다.\n\n" + kakao_foot + "\n",
    )
    # A digest written as a pipe table (app | app ID | ... | date): one finding per app, each with its own date.
    mail(
        S,
        "kakao-pipe-table-apps",
        sender=kakao,
        date="Mon, 16 Nov 2026 10:00:00 +0900",
        subject="[카카오디벨로퍼스] 사이트 도메인 미등록 앱의 카카오 로그인 요청 차단 예정 안내",
        cte="quoted-printable",
        plain="안녕하세요, 카카오입니다.\n\n"
        "보안 강화를 위해 사이트 도메인이 등록되지 않은 웹 플랫폼에서의 카카오 로그인 요청이 차단될 예정입니다.\n"
        "회원님이 멤버로 있는 앱 중 아래 앱이 대상입니다.\n\n"
        "| 앱 | 앱 ID | 등록 필요 항목 | 차단 예정일 |\n"
        "|---|---|---|---|\n"
        "| 한빛문고 | 612345 | Web 사이트 도메인 | 2026. 12. 28. |\n"
        "| 한빛캠핑 | 7203311 | JavaScript SDK 도메인 | 2027. 1. 25. |\n\n"
        "[앱] > [플랫폼] > [Web]에서 실제 서비스 도메인을 등록해 주세요.\n\n" + kakao_foot + "\n",
    )
    # The receipt: "<app>(앱 ID: N) 앱의 ... 정상적으로 반영되었습니다" closes that app's item.
    mail(
        S,
        "kakao-domain-applied-receipt",
        sender=kakao,
        date="Fri, 20 Nov 2026 17:20:00 +0900",
        subject="[카카오디벨로퍼스] 사이트 도메인 등록 확인 안내",
        plain="안녕하세요, 카카오입니다.\n\n"
        "한빛문고(앱 ID: 612345) 앱의 Web 사이트 도메인 등록이 정상적으로 반영되었습니다.\n"
        "이제 해당 앱은 카카오 로그인 요청 차단 대상이 아닙니다.\n\n" + kakao_foot + "\n",
    )
    # A follow-up moving a date with an arrow ("A → B"); a past date restated with a cue is no deadline.
    mail(
        S,
        "naver-schedule-arrow",
        sender=naver,
        date="Wed, 18 Nov 2026 14:00:00 +0900",
        subject="[네이버 개발자센터] 네이버 로그인 JavaScript SDK 2.x 지원 종료 일정 연기 안내",
        plain="안녕하세요. 네이버 개발자센터입니다.\n\n"
        "11월 2일 공지해 드린 네이버 로그인 JavaScript SDK 2.x 지원 종료 일정을\n"
        "개발자 여러분의 요청에 따라 아래와 같이 연기합니다.\n\n"
        "■ 애플리케이션 이름 : 한빛 노트\n\n"
        "변경된 일정\n"
        "- 1단계 : 2026.12.20 → 2027.02.15\n"
        "- 2단계 : 2027.05.31 (변경 없음)\n\n"
        "연기된 일정 전까지 SDK 3.x로 업데이트해 주세요.\n\nNAVER Corp.\n",
    )
    # A homoglyph of navercorp.com (Cyrillic а) warning that a client secret expires: reported, suspicious.
    mail(
        S,
        "naver-homoglyph-secret",
        sender=("네이버 개발자센터", "noreply@xn--nvercorp-16g.com"),
        date="Sat, 21 Nov 2026 02:10:00 +0900",
        subject="[네이버 개발자센터] Client Secret 만료 안내",
        plain="'한빛 노트' 애플리케이션의 Client Secret이 2026년 11월 30일 만료됩니다.\n"
        "만료되면 네이버 로그인이 작동하지 않으니 아래에서 개발자 계정으로 로그인해 재발급해 주세요.\n"
        "https://developers.xn--nvercorp-16g.com/apps\n",
    )
    # Korean Apple developer mail to everyone, naming no Services ID: the product is the target.
    mail(
        S,
        "apple-ko-relay-broadcast",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        date="Thu, 05 Nov 2026 02:00:00 +0000",
        subject="Apple로 로그인: 이메일 릴레이 발신 도메인 등록 안내",
        html=page(
            "Apple Developer",
            "<h1>Apple로 로그인 이메일 릴레이 서비스 변경</h1>",
            "<p>2027년 3월 2일부터 등록되지 않은 도메인에서 보낸 이메일은 '나의 이메일 가리기' 주소로 전달되지"
            " 않습니다. 이 날짜 전에 인증서, 식별자 및 프로파일에서 발신 도메인과 이메일 주소를 등록해 주세요.</p>",
            footer="Copyright © 2026 Apple Inc. 모든 권리 보유.",
        ),
    )
    # A privacy-policy revision that mentions the API in its subject asks for nothing.
    mail(
        S,
        "naver-privacy-policy-api-clause",
        sender=naver,
        date="Mon, 09 Nov 2026 10:00:00 +0900",
        subject="[네이버 개발자센터] 개인정보 처리방침 개정 안내 (오픈 API 이용 조항)",
        plain="안녕하세요. 네이버 개발자센터입니다.\n\n"
        "네이버 로그인 및 오픈 API 이용과 관련된 개인정보 처리방침이 2026년 12월 9일부로 개정됩니다.\n"
        "개정 내용에 동의하지 않으시는 경우 서비스 이용이 제한될 수 있으며, 이용 계약을 해지하실 수 있습니다.\n",
    )


def v6_examples() -> None:
    """Classes found by the remaining misses of the third blind set: a registrar's second domain, cloud
    monitoring alarms and forwarded cloud notices, a mailbox named in parentheses, a caution that a renewal
    "may fail", a logo line above the salutation, a host's quota follow-up that is no domain notice."""
    # 닷네임코리아 sends from dotnamekorea.com (its site), not only dotname.co.kr.
    mail(
        D,
        "dotname-expiry-period-ends",
        sender=("닷네임코리아", "help@dotnamekorea.com"),
        date="Fri, 20 Nov 2026 09:30:00 +0900",
        subject="[닷네임코리아] 도메인 사용기간 종료 예정 안내 - hanbit-lab.io",
        plain="안녕하세요, 닷네임코리아입니다.\n\n"
        "고객님께서 등록하신 도메인 hanbit-lab.io 의 사용기간이 곧 끝납니다.\n\n"
        "만료 예정일 : 2026년 12월 12일\n\n"
        "기간연장을 하지 않으시면 만료일 다음 날부터 홈페이지와 메일 사용이 중지됩니다.\n"
        "마이페이지 > 도메인 관리에서 기간연장을 신청해 주세요.\n",
    )
    # A monitoring event on a storage metric (no sentence says "full"): the volume is the target.
    ncp = ("NAVER Cloud Platform", "alarm@ncloud.com")
    mail(
        H,
        "ncloud-nas-volume-alarm",
        sender=ncp,
        date="Thu, 19 Nov 2026 14:05:00 +0900",
        subject="[NAVER Cloud Platform] Cloud Insight 이벤트 발생 알림 (NAS)",
        plain="이벤트가 발생하여 알려드립니다.\n\n"
        "상품: NAS\n볼륨 이름: hanbit-share-01\n감시 항목: 볼륨 사용률(%)\n"
        "임계 조건: >= 85 (연속 3회)\n현재 값: 88.2%\n발생 일시: 2026-11-19 14:02 (KST)\n\n"
        "콘솔 > Cloud Insight > Event 메뉴에서 상세 내용을 확인하실 수 있습니다.\n",
    )
    # ... an alarm on CPU is no quota.
    mail(
        H,
        "ncloud-cpu-alarm",
        sender=ncp,
        date="Thu, 19 Nov 2026 15:10:00 +0900",
        subject="[NAVER Cloud Platform] Cloud Insight 이벤트 발생 알림 (Server)",
        plain="이벤트가 발생하여 알려드립니다.\n\n"
        "상품: Server\n서버 이름: hanbit-web-02\n감시 항목: CPU 사용률(%)\n"
        "임계 조건: >= 90 (연속 5회)\n현재 값: 97.5%\n발생 일시: 2026-11-19 15:08 (KST)\n",
    )
    # An Outlook forward (English) of an NHN Cloud notice: the forwarded sender is judged.
    mail(
        H,
        "nhn-cloud-rds-storage-fw",
        sender=("Minho Park", "minho.park@hanbit-example.co.kr"),
        date="Fri, 20 Nov 2026 08:40:00 +0900",
        subject="FW: [NHN Cloud] RDS for MySQL storage usage warning",
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
        plain="Heads-up: the main DB is filling up. Can someone expand it this week?\n\n"
        "-----Original Message-----\n"
        "From: NHN Cloud <noreply@nhncloud.com>\n"
        "Sent: Thursday, November 19, 2026 10:12 AM\n"
        "To: dba@hanbit-example.co.kr\n"
        "Subject: [NHN Cloud] RDS for MySQL storage usage warning\n\n"
        "Hello, this is NHN Cloud.\n\n"
        "The data storage of the DB instance below has reached 92% of its allocated size.\n\n"
        "DB instance: hanbit-rds-main\nAllocated storage: 200 GB (used 184 GB)\n\n"
        "Writes to the instance will be restricted on November 30, 2026 unless the storage is expanded.\n",
    )
    # A maintenance notice names storage and a pause, but no quota of the reader's.
    mail(
        H,
        "nhn-cloud-maintenance",
        sender=("NHN Cloud", "noreply@nhncloud.com"),
        date="Mon, 16 Nov 2026 11:00:00 +0900",
        subject="[NHN Cloud] Object Storage 정기 점검 안내",
        plain="안녕하세요. NHN Cloud입니다.\n\n"
        "Object Storage 안정화를 위한 정기 점검이 아래와 같이 진행됩니다.\n\n"
        "점검 일시: 2026년 12월 2일 02:00 ~ 04:00 (KST)\n"
        "영향: 점검 시간 동안 일부 API 호출이 지연될 수 있습니다.\n",
    )
    # A forwarded mailbox storage warning: the mailbox named in parentheses is the target, not the forwarder's.
    mail(
        H,
        "google-workspace-mailbox-fwd",
        sender=("Yuri Han", "yuri.han@hanbit-example.co.kr"),
        date="Sat, 21 Nov 2026 10:15:00 +0900",
        subject="Fwd: Storage warning for your Google account",
        plain="Support inbox is nearly full again, FYI.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Google Workspace <workspace-noreply@google.com>\n"
        "Date: Fri, Nov 20, 2026 at 11:02 PM\n"
        "Subject: Storage warning for your Google account\n"
        "To: <support@hanbit-example.co.kr>\n\n"
        "The mailbox (support@hanbit-example.co.kr) has used 98% of its 30 GB of storage.\n"
        "Once it is full, new email will bounce back to the people who sent it.\n"
        "Delete large attachments or ask your administrator for more storage.\n",
    )
    # An auto-renewal announcement cautioning that the payment "may fail": still an auto-renewal (its date).
    mail(
        D,
        "cafe24-auto-renew-caution",
        sender=("카페24", "domain@cafe24.com"),
        date="Sat, 21 Nov 2026 09:00:00 +0900",
        subject="[카페24] 도메인 자동 갱신 예정 안내 (hanbit-books.kr)",
        plain="안녕하세요. 카페24입니다.\n\n"
        "자동 갱신을 신청하신 도메인이 곧 갱신됩니다.\n\n"
        "도메인: hanbit-books.kr\n자동 갱신 예정일: 2026년 12월 8일\n만료일: 2026년 12월 10일\n\n"
        "등록된 카드의 한도가 부족하면 결제가 실패할 수 있으니 미리 확인해 주세요.\n",
    )
    # A resolution under a logo line ("GABIA" above "고객님, ..."): the account row is the target.
    mail(
        H,
        "gabia-traffic-added-logo",
        sender=("가비아", "hosting@gabia.com"),
        date="Fri, 20 Nov 2026 16:40:00 +0900",
        subject="[가비아] 웹호스팅 트래픽 추가가 완료되었습니다",
        html=page(
            "트래픽 추가 완료",
            '<p style="background:#222;color:#fff"><b>GABIA</b></p>',
            "<p>고객님, 신청하신 트래픽 추가가 정상적으로 처리되었습니다.</p>",
            table(
                [["아이디", "hanbitweb7"], ["추가 트래픽", "일 2GB"], ["적용 일시", "2026-11-20 16:35"]], header=False
            ),
        ),
    )
    # A host's quota follow-up moving its grace period mentions a site domain and 연장: no domain notice.
    mail(
        H,
        "dothome-traffic-grace-extended",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Sat, 21 Nov 2026 11:00:00 +0900",
        subject="[닷홈] 트래픽 초과 제한 유예 연장 안내 - hanbitblog.dothome.co.kr",
        plain="안녕하세요. 닷홈입니다.\n\n"
        "요청하신 대로 무료호스팅 트래픽 초과에 따른 제한 유예를 연장해 드렸습니다.\n\n"
        "호스팅 도메인 : hanbitblog.dothome.co.kr\n"
        "변경 전 유예 종료일 : 2026-11-24\n변경 후 유예 종료일 : 2026년 12월 1일\n\n"
        "유예 종료일까지 트래픽 사용량을 줄이지 않으시면 사이트 접속이 제한됩니다.\n",
    )


def v7_examples() -> None:
    """Forms the extraction fixes handle (tables of domains and of stages, "on or about", numbers written as
    words across a wrapped line, "Server name:" labels, an instance named in the subject, offer dates in a
    footer, moved phases, references to an earlier mail) and the LINE channel named before its ID."""
    # (a) A digest table, one row per domain with its own expiry; "Not enabled" in the auto-renew column.
    mail(
        D,
        "namecheap-digest-table",
        sender=("Namecheap", "support@namecheap.com"),
        date="Mon, 16 Nov 2026 07:00:00 -0500",
        subject="Your domains expiring soon",
        cte="quoted-printable",
        html=page(
            "Expiring domains",
            "<p>Hi hanbit, the following domains in your account are approaching their expiration dates.</p>",
            table(
                [
                    ["Domain", "Registered", "Expires", "Auto-Renew"],
                    ["hanbit-kiln.com", "Dec 9, 2021", "Dec 9, 2026", "Not enabled"],
                    ["hanbit-glaze.net", "Jan 4, 2022", "Jan 4, 2027", "Not enabled"],
                ]
            ),
            "<p>Renew them before they expire to keep your websites and email running.</p>",
        ),
    )
    # (b) A retirement in stages: stage 1 is past on the mail's reading day, stage 2 is the next deadline.
    mail(
        S,
        "google-sdk-retirement-stages",
        sender=("Google Developers", "developers-noreply@google.com"),
        date="Tue, 10 Nov 2026 17:00:00 +0000",
        subject="Action required: legacy Google Sign-In SDK retirement for Hanbit Reader",
        html=page(
            "Retirement schedule",
            "<p>Project ID: hanbit-reader-31</p>",
            "<p>An OAuth client of the project above still uses the legacy Google Sign-In SDK for Android, "
            "which is being retired.</p>",
            table(
                [
                    ["Stage", "When", "What happens"],
                    ["1", "November 18, 2026", "New OAuth clients can no longer use the legacy SDK"],
                    ["2", "January 20, 2027", "Sign-in requests from the legacy SDK start failing for all users"],
                ]
            ),
            "<p>Migrate to Credential Manager before stage 2.</p>",
        ),
    )
    # (c) "we will automatically renew ... on or about <date>": the renewal date, not the expiry after it.
    mail(
        D,
        "porkbun-auto-renew-on-or-about",
        sender=("Porkbun", "support@porkbun.com"),
        date="Sun, 22 Nov 2026 12:00:00 -0800",
        subject="Upcoming automatic renewal: hanbit-bakery.dev",
        plain="Hello,\n\nThe domain hanbit-bakery.dev expires on Feb 3, 2027. Because auto-renew is on, we will "
        "automatically renew your domain registration on or about Dec 30, 2026, using the card on file.\n\n"
        "Nothing to do if the card is still valid.\n",
    )
    # (d) A relative deadline written as a word and wrapped across lines: the mail's date + 5 days.
    mail(
        H,
        "neon-write-access-wrapped",
        sender=("Neon", "notifications@neon.tech"),
        date="Fri, 20 Nov 2026 06:00:00 +0000",
        subject="Your project hanbit-ledger exceeded the Free plan storage limit",
        plain="Hi,\n\nYour project hanbit-ledger is using 0.61 GB and has exceeded the 0.5 GB storage limit\n"
        "of the Free plan. Unless you reduce storage or upgrade, write access will be disabled in\n"
        "five days.\n\nThe Neon team\n",
    )
    # (e) "Server name:" with the region in parentheses: the server.
    mail(
        H,
        "vultr-server-name-label",
        sender=("Vultr", "support@vultr.com"),
        date="Sat, 21 Nov 2026 02:30:00 +0000",
        subject="Alert: disk usage above 90% on your instance",
        plain="Monitoring alert\n\nServer name:  hanbit-cache-2 (icn)\nDisk usage: 93% of 80 GB\n\n"
        "Your instance's disk is nearly full. Once it is full, services on it may stop writing data.\n",
    )
    # (f) The subject names the Lightsail instance; the footer gives the AWS account id: the instance.
    mail(
        H,
        "lightsail-instance-subject",
        sender=("Amazon Lightsail", "no-reply@lightsail.aws"),
        date="Sun, 22 Nov 2026 03:00:00 +0000",
        subject="Lightsail alarm for instance hanbit-wp-1: data transfer at 95% of its allowance",
        plain="Hello,\n\nYour instance has used 95% of the monthly data transfer allowance included in its "
        "bundle. Transfer above the allowance is charged as overage.\n\n"
        "--\nAmazon Web Services, Inc. | AWS account 1111-2222-3333\n",
    )
    # (g) A registrar's expiry notice with a discount footer that "ends" earlier: the expiry.
    mail(
        D,
        "gandi-expiry-offer-footer",
        sender=("Gandi", "noreply@gandi.net"),
        date="Wed, 18 Nov 2026 08:00:00 +0100",
        subject="hanbit-atelier.fr expires on December 20, 2026",
        plain="Hello,\n\nYour domain hanbit-atelier.fr expires on December 20, 2026 and is not set to renew "
        "automatically. Renew it to keep your site and mailboxes online.\n\n"
        "--\nThis month only: save 25% on any new .fr domain. Offer ends November 30, 2026.\n",
    )
    # (h) A phase moved with "=>": the new date.
    mail(
        S,
        "kakao-phase-moved-arrow",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        date="Thu, 19 Nov 2026 10:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오 로그인 구버전 SDK 지원 종료 일정 변경 안내",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n"
        "앱 [한빛캘린더]에서 사용 중인 카카오 로그인 구버전 SDK의 지원 종료 일정이 아래와 같이 변경되었습니다.\n\n"
        "- 지원 종료일: 2026년 12월 10일 => 2027년 2월 9일\n\n"
        "변경된 일정 전까지 최신 SDK로 업데이트해 주세요.\n",
    )
    # (i) "as previously communicated on <date>": that date is an earlier mail's, not the deadline.
    mail(
        S,
        "google-followup-previously-communicated",
        sender=("Google Developers", "developers-noreply@google.com"),
        date="Mon, 23 Nov 2026 16:00:00 +0000",
        subject="Reminder: Google Sign-In JavaScript library retirement for Hanbit Admin",
        plain="Hello,\n\nProject ID: hanbit-admin-7\n\nAs previously communicated on October 12, 2026, the "
        "Google Sign-In JavaScript platform library (platform.js) is being retired, and an OAuth client of this "
        "project still loads it.\n\n"
        "Sign-in through platform.js will stop working on March 31, 2027. Migrate to Google Identity Services "
        "before then.\n",
    )
    # (h) An English notice moving a phase "from A to B": B.
    mail(
        S,
        "naver-phase-moved-from-to",
        sender=("NAVER Developers", "developers@navercorp.com"),
        date="Fri, 20 Nov 2026 09:00:00 +0900",
        subject="[NAVER Developers] Updated schedule: legacy NAVER Login profile API",
        plain="Hello,\n\nApplication name: Hanbit Studyroom\n\n"
        "The end of support for the legacy NAVER Login profile API has been moved from December 15, 2026 to "
        "March 2, 2027. Please update the application to the new profile API before then.\n",
    )
    # "Droplet: x" and an "Instance<TAB>x" table row name the resource.
    mail(
        H,
        "digitalocean-droplet-label",
        sender=("DigitalOcean", "no-reply@digitalocean.com"),
        date="Sat, 21 Nov 2026 18:00:00 +0000",
        subject="Droplet disk utilization alert",
        plain="Your alert policy was triggered.\n\nDroplet: hanbit-api-4\nMetric: Disk utilization\n"
        "Value: 96% (threshold 90%)\n\nThe Droplet's disk is almost full; free up space or resize it.\n",
    )
    mail(
        H,
        "hetzner-instance-table-row",
        sender=("Hetzner Cloud", "noreply@hetzner.com"),
        date="Sun, 22 Nov 2026 07:00:00 +0100",
        subject="Traffic limit nearly reached",
        cte="quoted-printable",
        html=page(
            "Traffic",
            table(
                [["Instance", "hanbit-db-2"], ["Included traffic", "20 TB"], ["Used", "19.1 TB (95%)"]], header=False
            ),
            "<p>The instance has used 95% of its included traffic. Traffic above the limit is billed per TB.</p>",
        ),
    )
    # A LINE channel named before its ID: the channel's name.
    mail(
        S,
        "line-channel-named",
        sender=("LINE Developers", "dl_line_developers@linecorp.com"),
        date="Wed, 18 Nov 2026 02:00:00 +0000",
        subject="[LINE Developers] LINE Login v2.0 endpoints for your channel will end",
        plain="Hello,\n\nWe are contacting you about the channel Hanbit Point Card (Channel ID 1656112233), "
        "which still calls LINE Login v2.0 endpoints.\n\n"
        "The v2.0 endpoints will be discontinued on February 26, 2027. Please switch to v2.1 before then.\n",
    )


def v8_examples() -> None:
    """Long-tail hosts' quota warnings for the generic rule, and registrar notices of the holdout6 classes."""
    H, D = "hosting-quota", "domain-expiry"
    # (a) A traffic warning whose subject says only "Traffic warning", for a server written as its number and its
    # quoted name: the name.
    mail(
        H,
        "generic-traffic-warning-server-number",
        sender=("Contabo", "noreply@contabo.com"),
        date="Fri, 20 Nov 2026 06:00:00 +0100",
        subject="Traffic warning for VPS 20481",
        plain='Hello,\n\nyour virtual server\n\n  Server: #20481 "hanbit-vpn-1" (VPS M SSD)\n\n'
        "has used 88% of its included monthly traffic (32 TB). Once the traffic is used up, the port speed "
        "of the server is reduced until the end of the month unless you book additional traffic.\n",
    )
    # (b) A volume "almost out of space", "is 91% full" in the subject.
    mail(
        H,
        "generic-volume-almost-out-of-space",
        sender=("Railway", "team@railway.app"),
        date="Sat, 21 Nov 2026 09:00:00 +0000",
        subject="Volume hanbit-pg-data is 91% full",
        plain="Hi,\n\nOne of your volumes is almost out of space.\n\nVolume: hanbit-pg-data\nUsed: 4.6 GB of 5 GB\n\n"
        "When the volume is full, writes to it fail. Grow the volume from the service's settings.\n",
    )
    # (c) A monitoring alert "above 85%" naming the organisation (a display name) before the cluster: the cluster.
    mail(
        H,
        "generic-cluster-disk-above-threshold",
        sender=("Elastic Cloud", "alerts@elastic.co"),
        date="Sun, 22 Nov 2026 13:20:00 +0000",
        subject="[Hanbit Labs] Disk usage on data nodes is above 85%",
        plain="Alert: disk usage on data nodes is above 85%\n\nOrganization: Hanbit Labs\n"
        "Cluster: hanbit-search-2 (gcp-asia-northeast3)\nCurrent value: 87.5%\nTriggered: 2026/11/22 13:19 UTC\n\n"
        "When the disk is full the cluster stops accepting writes. Add capacity or delete old indices.\n",
    )
    # (d) Free compute hours running out: "will be paused on" is the deadline, the reset date a distractor; the
    # workspace's quoted name is the target.
    mail(
        H,
        "generic-free-hours-paused-on",
        sender=("Koyeb", "notifications@koyeb.com"),
        date="Thu, 26 Nov 2026 08:00:00 +0000",
        subject="You're running out of free compute hours",
        plain="Hello,\n\nYour workspace \u201cHanbit Labs\u201d has used 95 of its 100 free compute hours "
        "this month.\n\n"
        "At the current rate of usage, your free services will be paused on December 2, 2026 and stay paused "
        "until the usage resets on December 1st of next period.\n\nUpgrade to keep them running.\n",
    )

    # (i) A table whose header names the owner and the resource ("팀 | 서버명 | 사용률"): the resource column.
    mail(
        H,
        "ncloud-table-resource-column",
        sender=("NAVER Cloud Platform", "noreply@ncloud.com"),
        date="Fri, 20 Nov 2026 10:00:00 +0900",
        subject="[NAVER Cloud Platform] 서버 디스크 사용률 경고 안내",
        html="<html><body><p>안녕하세요, NAVER Cloud Platform입니다.</p>"
        "<p>고객님의 서버 디스크 사용률이 임계치를 넘어 안내드립니다.</p>"
        "<table border='1'><tr><th>팀</th><th>서버명</th><th>디스크 사용률</th></tr>"
        "<tr><td>하늘개발팀</td><td>hanbit-batch-07</td><td>94%</td></tr></table>"
        "<p>디스크가 가득 차면 서비스가 중단될 수 있으니 불필요한 파일을 정리해 주세요.</p></body></html>",
    )
    # (j) A usage report in numbered sections, one per service, the trouble on an indented line under each; a
    # section reading normal gives nothing.
    mail(
        H,
        "gabia-usage-report-sections",
        sender=("가비아", "noreply@gabia.com"),
        date="Sat, 21 Nov 2026 09:00:00 +0900",
        subject="[가비아] 호스팅 서비스 사용량 점검 결과 안내",
        plain="안녕하세요, 가비아입니다.\n이용 중인 호스팅 서비스의 사용량 점검 결과입니다.\n\n"
        "1. 웹호스팅 : hanbit-books.co.kr (베이직)\n   디스크 사용량 : 4.7GB / 5GB (94%)\n\n"
        "2. 메일호스팅 : mail.hanbit-books.co.kr\n   메일 용량 : 정상 (35%)\n\n"
        "3. DB호스팅 : hanbitdb01\n   DB 용량 : 1.1GB / 1GB (초과)\n\n감사합니다.\n",
    )
    # (k) A grace-period follow-up naming the organisation at the end of a wrapped sentence.
    mail(
        H,
        "generic-grace-extended-org-wrapped",
        sender=("Neon", "billing@neon.tech"),
        date="Fri, 20 Nov 2026 16:00:00 +0000",
        subject="Grace period extended for your organization",
        plain="Hi,\n\nAs discussed with our support team, we have extended the grace period for your organization\n"
        "Hanbit Labs.\n\nYour organization is still over its storage quota. The grace period now ends on "
        "December 9, 2026; after that, compute for your projects will be suspended.\n",
    )
    D = "domain-expiry"
    # (l) An expired domain renewable "within 30 days of the expiry, that is until <date>": the date, not the
    # mail's date + 30.
    mail(
        D,
        "whois-expired-renewable-until",
        sender=("후이즈", "domain@whois.co.kr"),
        date="Wed, 11 Nov 2026 09:00:00 +0900",
        subject="[후이즈] 도메인 만료 안내 - hanbit-cafe.kr",
        plain="안녕하세요, 후이즈입니다.\n\n고객님의 도메인 hanbit-cafe.kr 이 2026년 11월 10일에 만료되었습니다.\n"
        "만료일로부터 30일 이내인 2026년 12월 10일까지는 일반 연장 요금으로 연장하실 수 있으며, 이후에는 "
        "복구 비용이 추가됩니다.\n",
    )
    # (m) "안내일로부터 5일 이내": from the notice's date (안내일 is no "내일", tomorrow).
    mail(
        H,
        "iwinv-within-days-of-notice",
        sender=("iwinv", "help@iwinv.kr"),
        date="Thu, 19 Nov 2026 14:00:00 +0900",
        subject="[iwinv] 서버 디스크 용량 초과 안내",
        plain="안녕하세요, iwinv입니다.\n\n서버 hanbit-api-05 의 디스크 사용량이 제공 용량을 초과하였습니다 (103%).\n\n"
        "본 안내일로부터 5일 이내에 불필요한 파일을 정리하시거나 디스크를 증설해 주시기 바랍니다.\n",
    )
    # (n) A label without 일 ("서비스 차단 예정<TAB>date"): the date under that label.
    mail(
        H,
        "gabia-block-scheduled-label",
        sender=("가비아", "noreply@gabia.com"),
        date="Sat, 21 Nov 2026 11:00:00 +0900",
        subject="[가비아] 웹호스팅 트래픽 초과 안내",
        plain="안녕하세요, 가비아입니다.\n웹호스팅의 일일 트래픽이 제공량을 초과하였습니다.\n\n"
        "아이디\thanbitweb9\n사용량\t5.4GB / 5GB\n서비스 차단 예정\t2026년 11월 26일(목) 오전 9시\n\n"
        "※ 트래픽 추가 상품 할인 이벤트 (~2026.11.30)\n",
    )
    # (o) "Usage as of <date>" is when the usage was measured: no deadline, the rule's default.
    mail(
        H,
        "generic-usage-as-of-date",
        sender=("Backblaze", "no-reply@backblaze.com"),
        date="Thu, 19 Nov 2026 06:00:00 +0000",
        subject="B2 storage cap alert: 90% of your cap used",
        plain="Hello,\n\nYour account hanbit-backup has used 90% of its storage cap.\n\n"
        "Storage usage as of 11/18/2026: 900 GB of 1,000 GB\n\n"
        "When the cap is reached, uploads will be blocked until you raise the cap.\n",
    )
    # (p) A database named before its organisation, and again in a label at the end: the database.
    mail(
        H,
        "generic-database-in-organization",
        sender=("Turso", "notifications@turso.tech"),
        date="Fri, 20 Nov 2026 07:00:00 +0000",
        subject="Your database is approaching its storage limit",
        plain="Hi,\n\nYour database hanbit-ledger in the hanbit-labs organization is using 8.8 GB of the 9 GB of "
        "storage included in your plan (97%).\n\nWhen storage is full, writes will fail.\n\n"
        "Database: hanbit-ledger (region: nrt)\n",
    )
    # (q) An account's display name with its ID in parentheses: the whole name.
    mail(
        H,
        "generic-account-display-name-with-id",
        sender=("Fastly", "noreply@fastly.com"),
        date="Sat, 21 Nov 2026 08:00:00 +0000",
        subject="Bandwidth usage alert",
        plain="Fastly usage alert\n\nAccount: Hanbit Media Lab (7Hk2pQ9x)\n\n"
        "Your account has used 86% of the bandwidth included in your plan this month. Traffic above the "
        "allowance is billed at overage rates.\n",
    )
    # (e) A failed automatic renewal that never says "domain": the name is the object of "renew".
    mail(
        D,
        "generic-renew-failed-no-domain-word",
        sender=("Dynadot", "info@dynadot.com"),
        date="Sun, 22 Nov 2026 10:00:00 -0800",
        subject="Action needed: we could not renew hanbit-notes.io",
        plain="Hello,\n\nOur attempt to automatically renew hanbit-notes.io was unsuccessful because the card on "
        "file was declined.\n\nExpiration date: 01/08/2027\nLast renewed: 01/08/2026\n\n"
        "Please update your card and renew manually before 01/08/2027.\n",
    )
    # (f) A cancelled domain terminated at the end of its term: "terminat" in the subject, the end date.
    mail(
        D,
        "generic-domain-termination-end-of-term",
        sender=("Hostpoint", "noreply@hostpoint.ch"),
        date="Tue, 17 Nov 2026 09:00:00 +0100",
        subject="Termination of your domain hanbit-atelier.ch confirmed",
        plain="Hello,\n\nAs requested, the domain hanbit-atelier.ch will be deleted at the end of its current term "
        "on 31 January 2027.\nUntil then you can revoke the termination in the Control Panel.\n\n"
        "Termination received: 17 November 2026\n",
    )
    # (g) An auto-renewal naming the site on the platform's own subdomain: only the registered domain.
    mail(
        D,
        "generic-auto-renew-platform-site",
        sender=("Wix.com", "no-reply@wix.com"),
        date="Wed, 18 Nov 2026 11:00:00 +0000",
        subject="Your domain hanbit-ceramics.com renews soon",
        plain="Hi,\n\nYour domain hanbit-ceramics.com is set to renew automatically on January 12, 2027. "
        "We'll charge your saved payment method, so there's nothing you need to do.\n\n"
        "Connected site: hanbitceramics.wixsite.com\n",
    )
    # (h) A renewals list whose rows are "name | expires <date>": one item per row, each with its date.
    mail(
        D,
        "generic-renewal-rows-no-domain-word",
        sender=("Spaceship", "noreply@spaceship.com"),
        date="Mon, 16 Nov 2026 07:00:00 +0000",
        subject="Renewal reminder: 2 items expire soon",
        plain="Hello,\n\nThese items are not set to renew automatically:\n\n"
        "  hanbit-labs.net  |  expires 04 Jan 2027\n  hanbit.dev  |  expires 11 Jan 2027\n\n"
        "Renew them before they expire to keep your websites and email working.\n",
    )


def social_h11_examples() -> None:
    """Social-login classes found missing by the holdout11/holdout12 evaluations, each in other words."""
    kakao = ("Kakao Developers", "noreply@kakaocorp.com")
    # (a) A numbered list of apps ("1) <app> (앱 ID n) - <label>: <date>"): one finding per app, each its date.
    mail(
        S,
        "kakao-numbered-app-list",
        sender=kakao,
        date="Tue, 17 Nov 2026 11:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오톡 공유 템플릿 v1 지원 종료 대상 앱 안내",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n카카오톡 공유 메시지 템플릿 v1 지원이 종료됩니다.\n"
        "카카오 로그인과 함께 템플릿 v1을 호출하는 앱은 아래와 같습니다.\n\n"
        "1. 한빛서재 (앱 ID 2203911) - 지원 종료일: 2027년 1월 19일\n"
        "2. 한빛 여행 노트 (앱 ID 2207745) - 지원 종료일: 2027년 3월 2일\n\n"
        "종료일 전까지 템플릿 v2로 전환해 주세요.\n",
    )
    # (b) An HTML two-column label table ("앱 이름 | X", "앱 ID | n") whose text part flattens each row to
    # "앱 이름 X": the app, read with its ID row below.
    mail(
        S,
        "kakao-label-table-flattened",
        sender=kakao,
        date="Wed, 18 Nov 2026 15:00:00 +0900",
        subject="[카카오 로그인] 카카오싱크 간편가입 약관 API 변경 안내",
        plain="kakao developers\n\n[카카오 로그인] 카카오싱크 간편가입 약관 API 변경 안내\n\n"
        "안녕하세요, 카카오디벨로퍼스입니다.\n\n"
        "약관 조회 API v1 제공이 종료됩니다. 아래 앱에서 호출이 확인되었습니다.\n"
        "\n"
        "앱 이름 한빛 공방 클래스\n\n앱 ID 3310458\n\n종료 일시 2027년 2월 8일(월) 오전 10시\n\n"
        "종료 후에는 v1 호출이 실패합니다. v2로 변경해 주세요.\n",
        html=page(
            "[카카오 로그인] 카카오싱크 간편가입 약관 API 변경 안내",
            "<p>안녕하세요, 카카오디벨로퍼스입니다.</p>",
            "<p>약관 조회 API v1 제공이 종료됩니다. 아래 앱에서 호출이 확인되었습니다.</p>",
            table(
                [["앱 이름", "한빛 공방 클래스"], ["앱 ID", "3310458"], ["종료 일시", "2027년 2월 8일(월) 오전 10시"]],
                header=False,
            ),
            "<p>종료 후에는 v1 호출이 실패합니다. v2로 변경해 주세요.</p>",
        ),
    )
    # (c) A shop builder relaying a login change for the shop it hosts: the shop is the target.
    mail(
        S,
        "shopbuilder-kakao-login-own-key",
        sender=("아임웹", "noreply@imweb.me"),
        date="Thu, 19 Nov 2026 14:00:00 +0900",
        subject="[아임웹] 카카오 로그인 공용 앱 키 지원 종료 및 전용 앱 등록 안내",
        plain="안녕하세요, 아임웹입니다.\n\n아임웹 공용 앱 키로 제공하던 카카오 로그인 연동 지원이 종료됩니다.\n"
        "카카오 로그인을 계속 사용하시려면 카카오 디벨로퍼스에서 앱을 만들고 "
        "REST API 키를 관리자 화면에 등록해 주세요.\n"
        "\n"
        " - 사이트명 : 한빛 꽃집 (hanbitflower.imweb.me)\n - 공용 앱 키 지원 종료일 : 2027년 1월 11일\n\n"
        "종료 이후에는 사이트의 카카오 로그인 버튼이 표시되지 않습니다.\n",
    )
    mail(
        S,
        "shopbuilder-social-login-promo",
        sender=("카페24", "news@cafe24.com"),
        date="Fri, 20 Nov 2026 09:00:00 +0900",
        subject="(광고) 소셜 로그인으로 회원 가입 전환율을 높이세요",
        plain="(광고) 카페24 쇼핑몰 운영 팁\n\n네이버 로그인, 카카오 로그인을 켜면 회원 가입이 더 쉬워집니다.\n"
        "이번 달 웨비나에서 설정 방법을 알려 드립니다. 지금 신청하세요.\n",
    )
    # (d) A promotion word in the subject that is the app's own name ("한빛 쿠폰함"), the app named with its ID.
    mail(
        S,
        "kakao-app-name-promo-word",
        sender=kakao,
        date="Fri, 20 Nov 2026 16:00:00 +0900",
        subject="[카카오 로그인] 한빛 쿠폰함 앱 Redirect URI 변경 필요 안내",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n카카오 로그인 Redirect URI 검증 정책이 변경됩니다.\n\n"
        "앱 이름: 한빛 쿠폰함\n앱 ID: 4410982\n적용 일시: 2027년 1월 26일\n\n"
        "적용 일시 이후 등록되지 않은 Redirect URI로 요청하면 로그인이 실패합니다. 전까지 등록해 주세요.\n",
    )
    # (e) A date moved in the active voice ("We have postponed the removal to B"): B, not the old date.
    mail(
        S,
        "meta-removal-postponed-active",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Mon, 16 Nov 2026 02:00:00 +0000",
        subject="Schedule change: Graph API v19.0 removal for Hanbit Diary",
        plain="Hi Developer,\n\nGraph API v19.0 was to be deprecated on January 12, 2027, as we told you "
        "in September.\n"
        "We have postponed the removal to April 6, 2027 to give developers more time.\n\n"
        "Your app Hanbit Diary (App ID 7713029918350021) still calls v19.0. Upgrade it to v22.0 or later "
        "before the removal.\n\nThe Meta for Developers team\n",
    )
    # (f) A host's enforcement delayed: "the new deadline for <what> will be B" names B, the old date is replaced.
    mail(
        H,
        "generic-enforcement-delayed-new-deadline",
        sender=("Koyeb", "no-reply@koyeb.com"),
        date="Wed, 18 Nov 2026 17:00:00 +0000",
        subject="Update: free tier usage limits enforcement for your organization delayed",
        plain='Hi,\n\nEarlier this month we told you that services in your organization "Hanbit Studio" '
        "would be paused\n"
        "after December 1, 2026 if usage stayed over the free tier limits.\n\n"
        "We have delayed enforcement. Nothing is paused for now, and the new deadline for moving the organization\n"
        "to a paid plan will be February 22, 2027.\n\nCurrent usage: 7.4 GB of 5 GB included storage.\n\n"
        "- The Koyeb team\n",
    )
    # (g) An account named in prose with its hexadecimal ID after it: "Your account <Name> (<hex>) has used ...".
    mail(
        H,
        "cloudflare-account-name-hex-id",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        date="Sat, 21 Nov 2026 08:00:00 +0000",
        subject="Workers KV free tier usage at 90% for Hanbit Media",
        html=page(
            "Workers KV usage",
            "<p>Hello,</p>",
            "<p>Your account <b>Hanbit Media</b> (0b5e2a7c91d34f608e1a2b3c4d5e6f70) has used <b>90%</b> of the "
            "Workers KV free tier storage (1 GB).</p>",
            "<p>When storage is full, writes to your namespaces will fail. Delete keys or move to the Workers Paid "
            "plan.</p>",
        ),
    )


def social_h6_examples() -> None:
    """Social-login classes found missing by the holdout5/holdout6 evaluations, each in other words."""
    kakao = ("Kakao Developers", "noreply@kakaocorp.com")
    # (a) A key replaced / revoked on a date (a server pinned to the old key fails): Kakao's Admin key reissue.
    mail(
        S,
        "kakao-admin-key-reissue",
        sender=kakao,
        date="Mon, 16 Nov 2026 10:00:00 +0900",
        subject="[중요] 카카오 로그인 Admin 키 재발급 안내",
        plain="안녕하세요, 카카오입니다.\n\n보안 점검 결과에 따라 아래 앱의 Admin 키를 새 키로 바꿉니다.\n\n"
        "앱 이름 : 한빛노트\n앱 ID : 734512\n폐기 예정일 : 2027년 1월 12일 (화)\n\n"
        "기존 Admin 키는 폐기 예정일에 폐기되며, 이후 기존 키로 보낸 요청은 인증에 실패합니다.\n"
        "카카오디벨로퍼스 [내 애플리케이션] > [앱 키]에서 새 키를 확인해 서버 설정에 반영해 주세요.\n\n"
        "감사합니다.\n카카오디벨로퍼스\n",
    )
    # (b) Google's OAuth brand verification confirmed: closes the consent-screen item of the project.
    mail(
        S,
        "google-brand-verification-confirmed",
        sender=("Google Cloud", "cloudplatform-noreply@google.com"),
        date="Wed, 18 Nov 2026 16:20:00 -0800",
        subject="OAuth verification update for project hanbit-crm-12",
        plain="Hello Google Cloud customer,\n\nGood news: the OAuth brand verification for project hanbit-crm-12 "
        "is complete.\nUsers now see the app name Hanbit CRM and its logo on the consent screen.\n\n"
        "If you later change the app name, logo or authorized domains, the consent screen is reviewed again.\n\n"
        "- The Google Cloud Trust & Safety Team\n",
    )
    # (c) Meta: "Your app, <name> (ID <n>), is ...": the name, not its ID in parentheses.
    mail(
        S,
        "meta-app-name-with-id-in-parens",
        sender=("Meta for Developers", "developers@metamail.com"),
        date="Thu, 19 Nov 2026 18:00:00 +0000",
        subject="Action needed: Marketing API v20.0 deprecation",
        plain="Hi Developer,\n\nYour app, Hanbit Pay (ID 450012345678901), is making calls to Marketing API v20.0, "
        "which will be deprecated on March 3, 2027. Please migrate your calls to v22.0 or later before that date.\n\n"
        "Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025\n",
    )
    # (d) A notice to every developer whose sentence opens with an earlier date and a clause ("지난달 1일 공지된
    # ..."): the SDK's name starts after them.
    mail(
        S,
        "kakao-sdk-end-after-clause",
        sender=kakao,
        date="Fri, 20 Nov 2026 14:00:00 +0900",
        subject="[공지] 카카오톡 공유 Android SDK 2.x 지원 종료 일정 확정 안내",
        plain="안녕하세요, 카카오입니다.\n\n지난달 1일 공지된 카카오톡 공유 Android SDK 2.x 지원 종료 일정을 "
        "아래와 같이 확정했습니다.\n\n  - 지원 종료일 : 2027년 3월 9일(화)\n\n"
        "지원 종료 이후 2.x 버전에서는 카카오톡 공유가 동작하지 않습니다. SDK 5.x로 업데이트해 주세요.\n\n"
        "감사합니다.\n카카오디벨로퍼스\n",
    )
    # (e) A look-alike Apple sender (dkim/dmarc fail) saying a Sign in with Apple key will be revoked: suspicious.
    mail(
        S,
        "apple-key-revocation-dmarc-fail",
        sender=("Apple Developer Relations", "devrelations@apple.com"),
        date="Sat, 21 Nov 2026 02:15:00 -0800",
        subject="Action required: Sign in with Apple key",
        auth="fail",
        plain="Dear Developer,\n\nThe Sign in with Apple key used by your app Hanbit Note will be revoked on "
        "December 1, 2026 after a routine audit. Sign in to your developer account to keep it active:\n"
        "https://developer-apple.account-audit.example/keys\n\nApple Developer Relations\n",
    )


def h7_examples() -> None:
    """Target and resolution classes found missing by the holdout7 evaluation, each in other words."""
    # (a) A Google Cloud digest listing the affected projects, one bullet each with its project number.
    mail(
        S,
        "google-oob-projects-list",
        sender=("Google Cloud", "cloudplatform-noreply@google.com"),
        date="Tue, 17 Nov 2026 09:00:00 -0800",
        subject="[Action Required] OAuth out-of-band flow retirement for your projects",
        plain="Hello Google Cloud customer,\n\nThe OAuth out-of-band (OOB) flow is deprecated and will be shut "
        "down on February 1, 2027. OAuth clients that still use it will stop working on that date.\n\n"
        "The following projects in your billing account are affected:\n"
        "  \u2022 hanbit-crm (Project number: 771203349981)\n"
        "  \u2022 hanbit-pos (Project number: 771203350114)\n\n"
        "Migrate these clients to a supported flow before February 1, 2027.\n\n"
        "Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043\n",
    )
    # (a2) ... or each as "Display Name (project-id)" on a line of its own, without a bullet.
    mail(
        S,
        "google-projects-listed-below",
        sender=("Google Cloud", "cloudplatform-noreply@google.com"),
        date="Tue, 17 Nov 2026 10:30:00 -0800",
        subject="Reminder: legacy Google Sign-In library retirement",
        plain="Dear Google API developer,\n\nThe legacy Google Sign-In JavaScript library is deprecated and will "
        "stop working on April 15, 2027.\n\nYour projects listed below still load it; migrate them to Google "
        "Identity Services before that date:\n\nHanbit Reader (hanbit-reader-204)\nHanbit Admin (hanbit-admin-88)\n\n"
        "Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043\n",
    )
    # (b) HTML usage mail naming the team by a plain word before "has used N %".
    mail(
        H,
        "netlify-team-plain-name-html",
        sender=("Netlify", "team@netlify.com"),
        date="Wed, 18 Nov 2026 15:00:00 +0000",
        subject="Bandwidth usage alert",
        html=page(
            "Bandwidth",
            "<h2>Heads up</h2>",
            "<p>Your Starter team hanbitlabs has used 85% of its monthly bandwidth allowance (85 GB of 100 GB).</p>",
            "<p>Sites are suspended when the allowance runs out. Add bandwidth or upgrade to keep them online.</p>",
        ),
    )
    # (c) Kakao: the app named after the noun, its ID in parentheses, inside a sentence.
    mail(
        S,
        "kakao-app-name-after-noun",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        date="Thu, 19 Nov 2026 11:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오싱크 약관 동의 API 지원 종료 안내",
        html=page(
            "카카오디벨로퍼스",
            "<p>안녕하세요, 카카오디벨로퍼스입니다.</p>",
            "<p>카카오싱크를 사용 중인 앱 한빛장터 (앱 ID: 812345)에 안내드립니다.</p>",
            "<p>기존 약관 동의 API의 지원이 2027년 2월 26일에 종료됩니다. 기한 내 새 API로 전환해 주세요.</p>",
            footer="카카오디벨로퍼스 드림",
        ),
    )
    # (d) Korean hosting: the site named before its product ("example.kr 웹호스팅의 ...").
    mail(
        H,
        "gabia-site-before-webhosting",
        sender=("가비아", "hosting@gabia.com"),
        date="Fri, 20 Nov 2026 09:30:00 +0900",
        subject="[가비아] 웹호스팅 디스크 용량 부족 알림",
        plain="안녕하세요, 가비아입니다.\n\nhanbit-market.kr 웹호스팅의 디스크 사용률이 95%에 도달했습니다.\n"
        "용량이 가득 차면 사이트 업로드와 DB 쓰기가 실패합니다. 파일을 정리하거나 용량을 추가해 주세요.\n\n"
        + GABIA_FOOT
        + "\n",
    )
    # (e) A plan upgrade confirmed ("Thanks for upgrading", "... is now on the Team plan"): closes the item.
    mail(
        H,
        "github-plan-upgrade-thanks",
        sender=("GitHub", "noreply@github.com"),
        date="Sat, 21 Nov 2026 18:00:00 +0000",
        subject="[GitHub] Welcome to GitHub Team",
        plain="Thanks for upgrading!\n\nYou changed the billing plan for the hanbit-org-5 organization. "
        "It is now on the GitHub Team plan, with 3,000 Actions minutes and 2 GB of Packages storage per month.\n",
    )


def lead_examples() -> None:
    """AWS account mail about a Route 53 domain from no-reply-aws@amazon.com, and amazon.com's shop mail."""
    aws = ("Amazon Web Services", "no-reply-aws@amazon.com")
    mail(
        "domain-expiry",
        "route53-autorenew-aws-account-mail",
        sender=aws,
        date="Tue, 17 Nov 2026 03:40:00 +0000",
        subject="Your domain registration for tidepool-labs.io renews soon",
        cte="quoted-printable",
        plain="Dear AWS customer,\n\nThe registration of tidepool-labs.io with Amazon Route 53 is set to renew "
        "automatically on 2027-01-04. We will charge the annual fee to your AWS account on that day.\n"
        "To let the domain lapse instead, turn off automatic renewal in the Route 53 console; it would then "
        "expire on 2027-02-02.\n",
    )
    mail(
        "domain-expiry",
        "amazon-shop-order-domain-word",
        sender=("Amazon.com", "auto-confirm@amazon.com"),
        date="Tue, 17 Nov 2026 05:10:00 +0000",
        subject='Your Amazon.com order of "Public Domain Poems" has shipped',
        plain="Your package will arrive Friday. Public Domain Poems (paperback), qty 1.\n"
        "Return window closes on December 31, 2026.\n",
    )


def h8_examples() -> None:
    """Target and resolution classes found missing by the holdout8 evaluation, each in other words."""
    # (a) The product, then its ID and site together in parentheses; the block time given as 오후 N시.
    mail(
        H,
        "cafe24-product-id-and-site-paren",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        date="Mon, 23 Nov 2026 11:00:00 +0900",
        subject="[카페24] 웹호스팅 디스크 용량 초과 안내",
        plain="안녕하세요, 카페24입니다.\n\n고객님이 이용 중인 웹호스팅 상품(hanbitmall7, hanbit-mall.co.kr)의 디스크 "
        "사용량이 제공 용량의 97%에 도달했습니다.\n2026년 11월 26일(목) 오후 3시까지 용량을 정리하거나 추가하지 않으면 "
        "FTP 업로드가 차단될 예정입니다.\n",
    )
    # (b) A follow-up naming the organisation's domain after "quota for".
    mail(
        H,
        "google-workspace-quota-for-domain",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        date="Mon, 23 Nov 2026 08:00:00 -0800",
        subject="Reminder: storage quota enforcement is coming",
        plain="Hello Administrator,\n\nThe storage quota for hanbit-books.co.kr will be enforced starting January 5, "
        "2027. Your organization is using 104% of its pooled storage; after that date users can't upload new "
        "files or receive mail.\n\nGoogle LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043\n",
    )
    # (c) HTML: the application named in several words, then its client ID, in a sentence.
    mail(
        S,
        "naver-app-words-client-id-html",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        date="Tue, 17 Nov 2026 10:00:00 +0900",
        subject="[네이버 개발자센터] 네이버 로그인 API 변경 안내",
        html=page(
            "NAVER Developers",
            "<p>안녕하세요. 네이버 개발자센터입니다.</p>",
            "<p>내 애플리케이션 <b>한빛 북 카페</b> (Client ID: Qz81hNc2Wd)에서 "
            "네이버 로그인 회원 프로필 조회 API v1을 호출하고 있습니다.</p>",
            "<p>해당 API는 <b>2027년 2월 18일</b> 지원이 종료됩니다. 종료 전에 v2로 변경해 주세요.</p>",
        ),
    )
    # (d) One word, the noun, then its app ID in parentheses.
    mail(
        S,
        "kakao-name-noun-then-id",
        sender=("카카오", "noreply@kakaocorp.com"),
        date="Wed, 18 Nov 2026 14:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오 로그인 설정 변경 필요",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n한빛독서실 애플리케이션(앱 ID: 774410)은 카카오 로그인 "
        "구버전 동의항목 설정을 사용하고 있습니다. 이 설정은 2027년 1월 20일 지원이 종료됩니다.\n"
        "기한 내에 새 동의항목으로 변경해 주세요.\n",
    )
    # (e) A display name after "requests from", then its app ID; no more calls to the deprecated version seen.
    mail(
        S,
        "meta-no-deprecated-calls-seen",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Thu, 19 Nov 2026 19:00:00 +0000",
        subject="Graph API upgrade status for your app",
        plain="Hi,\n\nWe checked the requests from Hanbit Diary (App ID: 5550012345678). No requests to the "
        "deprecated Graph API v19.0 have been detected since November 10, so nothing else is needed.\n\n"
        "Meta Platforms, Inc.\n",
    )
    # (e2) ... in Korean: the old version's calls no longer seen.
    mail(
        S,
        "naver-old-api-calls-no-longer-seen",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        date="Fri, 20 Nov 2026 10:00:00 +0900",
        subject="[네이버 개발자센터] 네이버 로그인 API 전환 확인 안내",
        plain="안녕하세요. 네이버 개발자센터입니다.\n\n애플리케이션 한빛 북 카페 (Client ID: Qz81hNc2Wd)에서 "
        "종료 예정인 구버전 회원 프로필 조회 API 호출이 더 이상 확인되지 않습니다. 별도로 조치하실 사항은 없습니다.\n",
    )


def h10_examples() -> None:
    """Examples for the classes holdout10 showed (a registrar digest with mixed statuses, long-tail quota targets)."""
    # A registrar digest with mixed statuses: each row due gives its own item and date, a renewed row closes its
    # item, a row in the grace period keeps its restore date; the footnote about renewed domains is no receipt.
    hk = ("호스팅케이알", "no-reply@hosting.kr")
    mail(
        D,
        "hostingkr-digest-mixed-status",
        sender=hk,
        date="Thu, 19 Nov 2026 07:30:00 +0900",
        subject="[호스팅케이알] 보유 도메인 만기 현황 (3건)",
        charset="euc-kr",
        cte="quoted-printable",
        html=page(
            "도메인 만기 현황",
            "<p>한빛상사 고객님, 보유하신 도메인의 만기 현황입니다. 만기가 다가오거나 이미 만료된 도메인은 "
            "기간 내에 갱신해 주세요.</p>",
            table(
                [
                    ["도메인", "만기일", "상태", "안내"],
                    ["hanbit-trade.com", "2026.12.17", "갱신 필요", "-"],
                    ["hanbit-trade.kr", "2026.11.04", "만료 (복구 기간)", "2026.12.04까지 복구 가능"],
                    ["hanbit-export.com", "2027.11.02", "갱신 완료", "자동 결제"],
                ]
            ),
            "<p>· 복구 기간이 지나면 도메인이 삭제되어 다른 사람이 등록할 수 있습니다.</p>",
            "<p>· 갱신 완료된 도메인은 별도로 조치하지 않으셔도 됩니다.</p>",
            footer="(주)아이네임즈 | hosting.kr",
        ),
    )
    # The same in English: a "Renewed" status cell closes its row's item, a row in the grace period keeps the date
    # it can still be renewed by.
    mail(
        D,
        "namecheap-digest-status-column",
        sender=("Namecheap", "support@namecheap.com"),
        date="Wed, 18 Nov 2026 15:00:00 +0000",
        subject="Domain status summary for your account (3 domains)",
        html=page(
            "Domain status",
            "<p>Hi,</p><p>Here is where the domains in your account stand. Renew the ones that are expiring or "
            "expired to keep their websites and email working.</p>",
            table(
                [
                    ["Domain", "Expiration", "Status"],
                    ["hanbit-goods.com", "Dec 14, 2026", "Expiring soon"],
                    ["hanbit-goods.net", "Nov 6, 2026", "Expired (grace period) - renew by Dec 6, 2026"],
                    ["hanbit-goods.org", "Nov 12, 2027", "Renewed"],
                ]
            ),
            footer="Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034",
        ),
    )
    # Label / value rows ("Organization<TAB>x" above "Cluster<TAB>y") are no table: the cluster is the target.
    mail(
        H,
        "generic-cluster-detail-rows",
        sender=("Scaleway", "noreply@scaleway.com"),
        date="Mon, 16 Nov 2026 04:10:00 +0000",
        subject="Alert: database disk usage above 90%",
        cte="quoted-printable",
        html=page(
            "Database alert",
            "<p>Hello,</p>",
            "<p>The disk of one of your managed databases has been above 90% for 20 minutes. When the volume "
            "is full, the database is switched to read-only mode. Free up space or upgrade the volume.</p>",
            table([["Organization", "hanbit-labs"], ["Cluster", "hanbit-pg-3"], ["Disk", "46.1 GB of 50 GB"]], False),
            footer="Scaleway SAS, 8 rue de la Ville l'Eveque, 75008 Paris",
        ),
    )
    # A resource named after two words before its noun: "your managed MySQL cluster hanbit-mysql-2 (fra1)".
    mail(
        H,
        "generic-managed-cluster-two-words",
        sender=("UpCloud", "noreply@upcloud.com"),
        date="Tue, 17 Nov 2026 11:00:00 +0000",
        subject="Storage warning for a managed database",
        plain="Hi,\n\nStorage of your managed MySQL cluster hanbit-mysql-2 (fra1) is 93% full. New writes will be "
        "rejected once the storage is full; add storage or remove old data.\n\nUpCloud Ltd\n",
    )
    # A storage box named by its login after the product ("Storage Box u246810").
    mail(
        H,
        "generic-storage-box-login",
        sender=("Hetzner Online", "noreply@hetzner.com"),
        date="Wed, 18 Nov 2026 02:00:00 +0100",
        subject="Storage Box u246810: 95% of quota used",
        plain="Dear customer,\n\nyour Storage Box u246810 has used 95% of its storage quota (0.95 of 1 TB). Backups "
        "to the box will fail once it is full.\n\nPlease remove data or order a larger Storage Box in Robot.\n\n"
        "Hetzner Online GmbH\n",
    )
    # The network transfer pool of a cloud account (Akamai / Linode) is a quota too.
    mail(
        H,
        "generic-transfer-pool-quota",
        sender=("Akamai Cloud", "alerts@linode.com"),
        date="Fri, 20 Nov 2026 18:00:00 +0000",
        subject="Alert: outbound transfer quota",
        plain="Hello,\n\nYou have used 95% of the network transfer pool for this month.\n\nAccount: hanbit-infra\n"
        "Pool: 3,000 GB\n\nTransfer above the pool is billed per GB. Add Linodes or reduce outbound traffic.\n",
    )
    # Korean: a server named with its address in parentheses after the noun ("인스턴스(name, ip)의").
    mail(
        H,
        "iwinv-instance-name-and-ip-paren",
        sender=("iwinv", "noreply@iwinv.kr"),
        date="Sat, 21 Nov 2026 13:00:00 +0900",
        subject="[iwinv] 디스크 사용률 93% 경고",
        plain="안녕하세요. iwinv입니다.\n\n고객님의 인스턴스(hanbit-batch-02, 10.0.3.7)의 디스크 사용률이 93%에 "
        "도달했습니다.\n디스크가 가득 차면 서비스가 중단될 수 있으니 불필요한 파일을 정리해 주세요.\n",
    )
    # "계정명 x" without a colon.
    mail(
        H,
        "gabia-account-name-no-colon",
        sender=GABIA,
        date="Sat, 21 Nov 2026 10:00:00 +0900",
        subject="[가비아] 웹호스팅 디스크 용량 부족 안내",
        plain="안녕하세요, 가비아입니다.\n\n웹호스팅 계정명 hanbitweb3 의 디스크 사용량이 96%로 용량이 부족합니다.\n"
        "용량이 가득 차면 홈페이지 업로드와 메일 수신이 중단됩니다. 용량을 추가하거나 파일을 정리해 주세요.\n\n"
        + GABIA_FOOT
        + "\n",
    )
    # Storage added to a Workspace organisation closes its item (Korean "N으로 확장되었습니다", English "has been
    # activated").
    gws = ("Google Workspace", "workspace-noreply@google.com")
    mail(
        H,
        "google-workspace-storage-expanded-ko",
        sender=gws,
        date="Thu, 19 Nov 2026 03:00:00 +0000",
        subject="hanbit-books.co.kr 조직의 공유 저장용량 변경",
        plain="관리자님, 안녕하세요.\n\nhanbit-books.co.kr 조직의 공유 저장 공간이 5TB로 확장되었습니다. "
        "변경 내용은 관리 콘솔의 결제 메뉴에서 확인할 수 있습니다.\n\nGoogle LLC\n",
    )
    mail(
        H,
        "google-workspace-additional-storage-en",
        sender=gws,
        date="Thu, 19 Nov 2026 03:00:00 +0000",
        subject="Storage for your organization was updated",
        plain="Hello Administrator,\n\nAdditional storage for hanbit-books.kr has been activated: your "
        "organization now has 2 TB of pooled storage.\n\nGoogle LLC\n",
    )
    # A quota warning restating the plan's own end date "(참고)": no deadline, the rule's default applies.
    mail(
        H,
        "cafe24-plan-end-for-reference",
        sender=("카페24", "noreply@cafe24.com"),
        date="Sun, 22 Nov 2026 09:00:00 +0900",
        subject="[카페24] DB 사용량 경고 안내",
        plain="안녕하세요. 카페24입니다.\n\n아이디 : hanbitdb9\n\nDB 사용량이 제공 용량의 92%에 도달했습니다. "
        "용량이 가득 차면 게시글 등록과 주문 저장이 되지 않습니다.\n\n· 상품 만료일 : 2027년 5월 2일 (참고)\n",
    )


def h9_examples() -> None:
    """Classes found by the holdout9 evaluation (a startup's dev@ mailbox), each in other words."""
    # (a) An App Store approval and a Meta permission review approved: a review passed, nothing retired was
    # migrated; neither closes a sign-in item.
    mail(
        S,
        "appstore-ready-for-sale-ko",
        sender=("App Store Connect", "no_reply@email.apple.com"),
        date="Tue, 17 Nov 2026 09:12:00 +0000",
        subject="앱 상태가 판매 준비됨(Ready for Sale)으로 변경되었습니다: 한빛 리더",
        plain="Hanbit Labs 님께,\n\n다음 앱의 심사가 완료되어 승인되었으며 상태가 Ready for Sale로 변경되었습니다.\n\n"
        "앱 이름: 한빛 리더\n버전: 3.2.1\n플랫폼: iOS\n번들 ID: kr.hanbit.reader\n\n"
        "이 앱을 변경하려면 App Store Connect에 로그인하세요.\n\nApple Inc.\n",
    )
    mail(
        S,
        "meta-permission-review-approved",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Wed, 18 Nov 2026 16:40:00 +0000",
        subject="Your App Review submission for Hanbit Shop was approved",
        plain="Hi Hanbit Labs,\n\nThe following permissions requested by Hanbit Shop (App ID: 7730021456612) have "
        "been approved for advanced access:\n  - user_birthday\n  - user_gender\n\nYour app has been approved "
        "and can now ask every user for these permissions through Facebook Login.\n\nMeta for Developers\n",
    )
    # (b) Meta's Data Use Checkup: the reminder (access deactivated if not completed by the date) and, in
    # Korean, its completion; a digest listing apps with bare numeric IDs in bullets.
    mail(
        S,
        "meta-data-use-checkup-due",
        sender=("Meta for Developers", "developers@facebookmail.com"),
        date="Mon, 16 Nov 2026 20:00:00 +0000",
        subject="Action needed: Data Use Checkup for Hanbit Booking",
        plain="Hello,\n\nAn admin of Hanbit Booking (App ID: 6619004827731) needs to certify the app's data use "
        "once a year. Please complete Data Use Checkup by December 18, 2026.\n\nIf it is not completed by then, "
        "the app's API access, including Facebook Login permissions, will be deactivated.\n\n"
        "Start from My Apps: https://developers.facebook.com/apps/\n\nMeta Platforms, Inc.\n",
    )
    mail(
        S,
        "meta-data-use-checkup-done-ko",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Fri, 20 Nov 2026 11:30:00 +0900",
        subject="한빛예약 앱의 데이터 사용 확인 완료",
        plain="안녕하세요.\n\n한빛예약 앱(앱 ID: 6619004827731)의 데이터 사용 확인을 완료해 주셔서 감사합니다. "
        "앱은 승인된 권한과 기능을 계속 사용할 수 있습니다.\n\n다음 확인 기한은 약 1년 뒤에 안내해 드립니다.\n\n"
        "Meta for Developers 팀\n",
    )
    mail(
        S,
        "meta-bulleted-apps-bare-ids",
        sender=("Meta for Developers", "developers@facebookmail.com"),
        date="Thu, 19 Nov 2026 18:00:00 +0000",
        subject="Graph API versions expiring for apps you administer",
        plain="Hi Hanbit Labs,\n\nThese apps you administer still call Graph API versions that are about to "
        "expire:\n\n- Hanbit Notes (5512093374401) – v20.0 – available until January 13, 2027\n"
        "- Hanbit Walk (5512093374518) – v21.0 – available until April 20, 2027\n\n"
        "After that date calls are upgraded automatically; please migrate your calls to a newer version.\n",
    )
    # (c) A Kakao countdown reminder ("적용까지 D-14") names no date; and a Naver re-review approved after a
    # requested fix, which does close the item.
    mail(
        S,
        "kakao-countdown-d14",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        date="Mon, 16 Nov 2026 10:00:00 +0900",
        subject="[카카오디벨로퍼스] D-14 카카오싱크 간편가입 동의 화면 정책 적용 안내",
        plain="[D-14] 카카오싱크 간편가입 동의 화면 정책 적용까지 2주 남았습니다.\n\n"
        "대상 앱 : 한빛 캘린더 (앱 ID 771204)\n적용까지 : D-14\n\n"
        "적용 후에는 필수 약관이 등록되지 않은 앱에서 간편가입 동의 화면을 더 이상 사용할 수 없습니다. "
        "[앱] > [카카오싱크] 메뉴에서 약관을 등록해 주세요.\n",
    )
    mail(
        S,
        "naver-rereview-approved",
        sender=("NAVER Developers", "dl_naverdevelopers@navercorp.com"),
        date="Fri, 20 Nov 2026 14:00:00 +0900",
        subject="[네이버 로그인] 재검수 결과 안내 - 한빛 북마크",
        plain="안녕하세요. 네이버 로그인 검수 담당자입니다.\n\n애플리케이션 한빛 북마크 (Client ID: pR7sK2wQa9)의 "
        "보완 사항을 확인하였으며, 재검수가 승인되었습니다. 네이버 로그인 API를 계속 이용하실 수 있습니다.\n",
    )
    # (d) A Firebase Authentication SDK change is a sign-in notice, not a Firebase quota: "requests" and
    # "stop accepting" describe the sign-in change.
    mail(
        S,
        "firebase-auth-android-sdk-minimum",
        sender=("Firebase", "firebase-noreply@google.com"),
        date="Tue, 10 Nov 2026 09:00:00 -0800",
        subject="[Action Required] Update the Firebase Android SDK used for sign-in in hanbit-reader-prod",
        plain="Hello,\n\nYou are an Owner of the Firebase project hanbit-reader-prod.\n\nStarting February 2, "
        "2027, Firebase Authentication will stop accepting sign-in requests from Firebase Android SDK versions "
        "older than 21.0.0. Your Android app kr.hanbit.reader still sends requests with version 19.4.1.\n\n"
        "Please update the app to the latest Firebase BoM before February 2, 2027.\n\n"
        "Project: hanbit-reader-prod\n\nThe Firebase Team\n",
    )
    # (e) A display name of Meta on a personal mail address, saying an app will be deactivated: suspicious.
    mail(
        S,
        "meta-display-name-naver-mail",
        sender=("Meta 개발자 센터", "meta.developer.center@naver.com"),
        date="Sat, 21 Nov 2026 02:10:00 +0900",
        subject="[중요] 한빛 노트 앱이 비활성화될 예정입니다",
        plain="안녕하세요.\n\n회원님의 앱 한빛노트(앱 ID: 5512093374401)가 Facebook 로그인 정책 위반으로 "
        "2026년 11월 27일에 비활성화됩니다. 아래 링크에서 관리자 계정으로 로그인하여 이의를 제기하세요.\n\n"
        "https://meta-app-appeals.example.net/\n",
    )
    # (f) NHN Cloud: a table of projects (one finding per project in trouble, its own date), and a
    # correction of one project's date ("프로젝트 : <name> / <service>").
    mail(
        H,
        "nhn-cloud-usage-table-projects",
        sender=("NHN Cloud", "noreply@nhncloud.com"),
        date="Tue, 17 Nov 2026 10:00:00 +0900",
        subject="[NHN Cloud] 서비스 한도 임계치 도달 안내",
        html=page(
            "NHN Cloud",
            "<p>안녕하세요, NHN Cloud입니다.</p>"
            "<p>한빛랩스 조직의 아래 프로젝트에서 서비스 한도 사용률이 임계치를 넘었습니다. 쓰기 제한 예정일 전에 "
            "용량을 정리하거나 한도 상향을 신청해 주세요.</p>",
            table(
                [
                    ["프로젝트", "서비스", "사용률", "쓰기 제한 예정일"],
                    ["hanbit-web-prod", "Object Storage (hanbit-assets)", "94%", "2026.12.03.(목)"],
                    ["hanbit-logs-01", "Block Storage", "88%", "2026.12.17.(목)"],
                    ["hanbit-dev-02", "RDS for MySQL", "40%", "-"],
                ]
            ),
        ),
    )
    mail(
        H,
        "nhn-cloud-date-corrected",
        sender=("NHN Cloud", "noreply@nhncloud.com"),
        date="Fri, 20 Nov 2026 15:00:00 +0900",
        subject="[NHN Cloud] 제한 예정일 정정 안내",
        plain="안녕하세요, NHN Cloud입니다.\n\n앞서 안내드린 서비스 한도 초과 예정 메일의 제한 예정일을 "
        "정정합니다.\n\n프로젝트 : hanbit-api / Block Storage (vol-data)\n변경 전 : 2026.12.07.(월)\n"
        "변경 후 : 2026.12.21.(월)\n\n다른 프로젝트의 일정은 그대로입니다.\n",
    )
    # (g) GitHub: the organization named after the product ("for GitHub Packages for the <org> account").
    mail(
        H,
        "github-packages-org-account",
        sender=("GitHub", "noreply@github.com"),
        date="Wed, 18 Nov 2026 17:00:00 +0000",
        subject="[GitHub] You've used 100% of included storage for GitHub Packages",
        plain="Hi there,\n\nYou've used 100% of included storage for GitHub Packages for the hanbitlabs account.\n\n"
        "  Storage used: 2.0 GB of 2.0 GB included\n\nNew package versions can't be published until you raise "
        "the budget: https://github.com/organizations/hanbitlabs/settings/billing\n\nThe GitHub Team\n",
    )
    # (h) A long-tail host: "<org> is now on the Team plan" with the quotas raised closes the item; a plan
    # change of another product that says nothing about quotas does not.
    mail(
        H,
        "generic-plan-upgraded-limits-raised",
        sender=("Neon", "billing@neon.tech"),
        date="Thu, 19 Nov 2026 03:00:00 +0000",
        subject="Hanbit Data is now on the Scale plan",
        plain='Hello,\n\nYour organization "Hanbit Data" has been upgraded to the Scale plan. The usage limits of '
        "its projects have been raised and the compute suspension has been lifted.\n\nThe Neon team\n",
    )
    mail(
        H,
        "generic-plan-upgraded-other-product",
        sender=("Notion", "team@makenotion.com"),
        date="Thu, 19 Nov 2026 05:00:00 +0000",
        subject="Your workspace is now on the Plus plan",
        plain="Hi,\n\nThanks for upgrading! Your workspace Hanbit Wiki has been upgraded to the Plus plan. "
        "Invite your team and enjoy unlimited blocks.\n\nThe Notion team\n",
    )
    # (i) A review the policy asked for ("동의항목 검수가 승인되었습니다") closes the item; a Play Console update
    # published ("업데이트가 완료되었습니다") closes nothing.
    mail(
        S,
        "kakao-consent-review-approved",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        date="Sat, 21 Nov 2026 10:00:00 +0900",
        subject="[카카오디벨로퍼스] 동의항목 심사 결과 안내",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n한빛 캘린더(앱 ID 771204) 앱의 카카오계정(전화번호) 동의항목 "
        "검수가 승인되었습니다. 정책 적용 후에도 해당 동의항목을 계속 요청할 수 있습니다.\n",
    )
    mail(
        S,
        "play-console-update-published-ko",
        sender=("Google Play Console", "noreply-play-console@google.com"),
        date="Sat, 21 Nov 2026 03:00:00 +0000",
        subject="앱 업데이트가 게시되었습니다: 한빛 리더",
        plain="안녕하세요.\n\n한빛 리더(kr.hanbit.reader)의 앱 업데이트가 완료되었습니다. 검토를 통과한 버전 3.2.1이 "
        "Google Play에 게시되었으며, 사용자는 Google 로그인을 포함한 새 버전을 받을 수 있습니다.\n\nGoogle LLC\n",
    )
    # (j) NAVER Cloud: a table of servers, one finding per server in trouble with the date on its row.
    mail(
        H,
        "ncloud-usage-table-servers",
        sender=("NAVER Cloud Platform", "noreply@ncloud.com"),
        date="Fri, 20 Nov 2026 09:30:00 +0900",
        subject="[NAVER Cloud Platform] 스토리지 사용량 초과 예정 서버 안내",
        html=page(
            "NAVER Cloud Platform",
            "<p>안녕하세요, NAVER Cloud Platform입니다.</p><p>아래 서버의 스토리지 사용률이 높아 제한 예정일 이후 "
            "쓰기가 차단될 수 있습니다. 기한 전에 스토리지를 증설하거나 정리해 주세요.</p>",
            table(
                [
                    ["서버 이름", "스토리지", "사용률", "제한 예정일"],
                    ["hanbit-db-01", "SSD 500GB", "93%", "2026-11-26"],
                    ["hanbit-file-02", "HDD 2TB", "89%", "2026-11-30"],
                    ["hanbit-web-03", "SSD 100GB", "35%", "-"],
                ]
            ),
        ),
    )


def h12_quota_examples() -> None:
    """Quota notices that name their resource the way Korean cloud and groupware consoles write it."""
    # (a) A server named straight before its metric: "서버 x 디스크 사용률이 ...".
    mail(
        H,
        "iwinv-server-name-before-metric",
        sender=("iwinv", "noreply@iwinv.kr"),
        date="Thu, 19 Nov 2026 14:05:00 +0900",
        subject="[iwinv] 서버 디스크 사용률 경고",
        plain="안녕하세요, iwinv입니다.\n\n고객님의 서버 hanbit-cdn-02 디스크 사용률이 92%를 초과했습니다.\n"
        "디스크가 가득 차면 웹 서비스와 DB 쓰기가 중단될 수 있으니 불필요한 파일을 정리하거나 디스크를 증설해 "
        "주세요.\n\niwinv 고객센터 1688-4879\n",
    )
    # (b) A groupware tenant known by its domain after the company name: "회사명(domain) 회사의 공용 용량".
    mail(
        H,
        "groupware-tenant-domain-storage",
        sender=("하이웍스", "noreply@hiworks.com"),
        date="Tue, 17 Nov 2026 10:00:00 +0900",
        subject="[하이웍스] 공용 저장 용량 95% 사용 안내",
        plain="관리자님, 안녕하세요.\n\n한빛상사(hanbit-trade.co.kr) 회사의 공용 저장 용량이 95%에 도달하여 곧 "
        "부족해질 예정입니다.\n\n - 제공 용량: 500GB\n - 사용 용량: 475GB\n\n용량이 가득 차면 메일 수신과 "
        "파일 업로드가 제한됩니다. 관리자 페이지에서 용량을 추가하거나 데이터를 정리해 주세요.\n\n"
        "(주)가비아 하이웍스\n",
    )
    # (c) A monitoring event naming what fired under its own label: "이벤트 대상 : x (...)".
    mail(
        H,
        "ncloud-event-target-label",
        sender=("NAVER Cloud Platform", "noreply@ncloud.com"),
        date="Sat, 21 Nov 2026 22:40:00 +0900",
        subject="[NAVER Cloud Platform] NAS 볼륨 용량 사용률 경고",
        plain="[Cloud Insight Event]\n\n설정하신 감시 규칙의 조건이 충족되어 알려 드립니다.\n\n"
        " - 규칙 : NAS 볼륨 사용률 85% 이상\n - 이벤트 대상 : hanbit-nas-02 (NAS, KR-1)\n"
        " - 현재 값 : 88.2%\n\n볼륨 용량이 가득 차면 파일 쓰기가 실패합니다. 콘솔에서 볼륨 크기를 늘려 주세요.\n\n"
        "NAVER Cloud Corp.\n",
    )


def h12_domain_examples() -> None:
    """Registrar digests whose notes under the table give one row its own date."""
    # A note naming a row by its number ("2번 도메인은 ... 에 자동 결제") and one naming a row by its domain.
    mail(
        "domain-expiry",
        "whois-digest-row-footnotes",
        sender=("후이즈", "noreply@whois.co.kr"),
        date="Wed, 18 Nov 2026 09:00:00 +0900",
        subject="[후이즈] 만기 예정 도메인 안내",
        html=page(
            "후이즈",
            "<p>한빛랩 회원님, 안녕하세요.</p><p>만기일이 다가오는 도메인을 안내해 드립니다. 만기일 전에 연장하지 "
            "않으면 도메인이 정지됩니다.</p>",
            table(
                [
                    ["No", "도메인", "등록일", "만기일", "상태"],
                    ["1", "hanbit-lab.net", "2021.12.15", "2026.12.15", "연장필요"],
                    ["2", "hanbit-books.kr", "2022.12.14", "2026.12.14", "자동연장 예정"],
                    ["3", "hanbit-store.com", "2024.01.10", "2027.01.10", "자동연장 예정"],
                ]
            ),
            "<p>※ 2번 도메인은 만기일 3일 전인 2026.12.11에 예치금에서 자동 결제됩니다.<br>"
            "※ hanbit-store.com : 등록된 카드로 2027.01.05에 자동 결제됩니다.</p>",
        ),
    )


def social_fix4_examples() -> None:
    """Sign-in notices: apps listed with client IDs, Korean requests to act, required-access checks, receipts."""
    # An API named, the apps that call it listed with their client IDs: one finding per app, not the API.
    mail(
        S,
        "naver-apps-listed-client-ids",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        date="Wed, 11 Nov 2026 10:00:00 +0900",
        subject="[네이버 개발자센터] 네이버 로그인 접근 토큰 발급 방식 변경 안내",
        plain="안녕하세요. 네이버 개발자센터입니다.\n\n네이버 로그인 접근 토큰 발급 API의 GET 방식 호출 지원이 "
        "종료됩니다.\n\n▶ 적용 일시: 2027년 3월 16일(화)\n▶ 최근 30일간 GET 방식으로 호출한 애플리케이션\n"
        "  • 한빛 가계부 (Client ID: hB7kLedgR2x)\n  • 한빛 스터디 (Client ID: Qm4sTudy90Z)\n"
        "▶ 조치: 토큰 발급 요청을 POST 방식으로 변경해 주세요.\n\n감사합니다.\n",
    )
    # A review the provider asks for by a date, said as a request ("등록해 주시기 바랍니다") and what stops if it is
    # not done ("미등록 시 ... 받을 수 없습니다"); the app's name of two words follows a clause ("...을 사용하는").
    mail(
        S,
        "kakao-consent-purpose-request",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        date="Thu, 12 Nov 2026 11:00:00 +0900",
        subject="[카카오 로그인] 동의항목 사용 목적 등록 요청",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n카카오싱크 간편가입을 사용하는 한빛 캠핑장(앱 ID: 884120) 앱은 "
        "'전화번호' 동의항목의 사용 목적이 등록되어 있지 않습니다.\n\n"
        "아래 기한까지 사용 목적과 화면 캡처를 등록해 주시기 바랍니다.\n"
        "  · 등록 기한: 2027년 2월 9일(화)\n"
        "  · 미등록 시: 해당 동의항목이 '사용 안 함'으로 바뀌며 로그인 시 전화번호를 받을 수 없습니다.\n\n"
        "앱 등록일: 2024년 6월 3일\n\n카카오디벨로퍼스 드림\n",
    )
    # A new requirement from a date, in Apple's Korean ("...부터 ... 반드시 ...해야 합니다"), and the affected
    # identifier introduced by the sentence before a colon.
    mail(
        S,
        "apple-ko-requirement-identifier-after-colon",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        date="Tue, 10 Nov 2026 09:00:00 +0900",
        subject="Apple로 로그인: 비공개 이메일 릴레이 발신 도메인 요구 사항",
        html=page(
            "Apple Developer",
            "<p style='color:#888'>2026년 11월 9일</p>",
            "<p>2027년 3월 2일부터 비공개 이메일 릴레이 서비스를 통해 사용자에게 메일을 보내는 모든 발신 도메인은 "
            "반드시 SPF와 DKIM 검사를 모두 통과해야 합니다.</p>",
            "<p>귀하의 팀에서 다음 식별자에 등록한 발신 도메인은 아직 DKIM 서명을 사용하지 않습니다: "
            "<b>com.hanbit.tickets.web</b></p>",
            "<p>인증서, 식별자 및 프로파일에서 도메인을 다시 확인하시기 바랍니다.</p>",
        ),
    )
    # Access kept only by a verification done in time (no version retired): "must complete ... to maintain access".
    mail(
        S,
        "meta-access-verification-keep-access",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Mon, 23 Nov 2026 18:00:00 +0000",
        subject="Action needed: Access Verification for your business",
        plain="Hello,\n\nHanbit Soft uses the app Hanbit Ledger (App ID: 4401928371650) to manage assets that other "
        "businesses own, through Facebook Login for Business.\n\nBusinesses that act as Tech Providers must complete "
        "Access Verification within 60 days (by January 22, 2027) to maintain Advanced Access. After that, "
        "people without a role on the app can no longer grant it the ads_read permission.\n\n"
        "Start in Business Settings > Security Center.\n\nMeta for Developers\n",
    )
    # The provider saw every call on the new version: the app's item is closed.
    mail(
        S,
        "meta-all-calls-on-new-version",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Fri, 20 Nov 2026 16:00:00 +0000",
        subject="Hanbit Walk: Graph API upgrade confirmed",
        plain="Hi Hanbit Soft,\n\nAll of the API calls from Hanbit Walk (App ID: 6610293847561) in the past 14 days "
        "used Graph API v25.0. No further action is needed regarding the v21.0 deprecation on January 14, 2027.\n\n"
        "The Meta for Developers team\n",
    )
    # A retirement withdrawn by the provider closes the item: nothing is due by the old date any more.
    mail(
        S,
        "line-end-of-support-cancelled",
        sender=("LINE Developers", "dl_noreply@linecorp.com"),
        date="Thu, 19 Nov 2026 11:00:00 +0900",
        subject="[LINE Developers] The end of support for the v2.0 token endpoint has been cancelled",
        plain="Thank you for using LINE Developers.\n\nThe end of support for the LINE Login v2.0 token endpoint, "
        "announced on September 3, 2026, has been cancelled. The endpoint stays available.\n\n"
        "Channel: Hanbit Rides (Channel ID: 2004417731)\n\nLY Corporation\n",
    )
    mail(
        S,
        "kakao-sdk-end-withdrawn",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        date="Wed, 18 Nov 2026 15:00:00 +0900",
        subject="[카카오디벨로퍼스] 카카오 로그인 iOS SDK 1.x 지원 종료 일정 취소 안내",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n지난 9월 안내드린 카카오 로그인 iOS SDK 1.x "
        "지원 종료 일정(2027년 1월 12일)이 취소되었습니다.\n"
        "한빛 서재(앱 ID: 5520134) 앱은 현재 버전을 계속 사용하실 수 있습니다.\n\n카카오디벨로퍼스 드림\n",
    )
    # A follow-up moving a date with an old / new label pair on lines of their own ("Current:" / "Updated:").
    mail(
        S,
        "google-shutdown-date-current-updated",
        sender=("Google Identity", "identity-noreply@google.com"),
        date="Mon, 16 Nov 2026 08:00:00 -0800",
        subject="[Update] Shutdown date changed for the Google Sign-In JavaScript library",
        plain="Hello,\n\nBased on developer feedback, the shutdown date of the legacy Google Sign-In JavaScript "
        "library (platform.js) has changed. Please migrate to Google Identity Services before the new date.\n\n"
        "  Current: March 31, 2027\n  Updated: June 30, 2027\n\nProject: hanbit-forms-9\n\n"
        "Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043\n",
    )
    # A schedule table with an old-value and a new-value column: each row's date in the new column.
    mail(
        S,
        "kakao-schedule-table-old-new-columns",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        date="Mon, 16 Nov 2026 10:00:00 +0900",
        subject="[카카오디벨로퍼스] 토큰 발급 API v1 종료 일정 변경 안내",
        html=page(
            "Kakao Developers",
            "<p>안녕하세요, 카카오디벨로퍼스입니다.</p>",
            "<p>카카오 로그인 토큰 발급 API v1 지원 종료 일정이 아래와 같이 변경되었습니다.</p>",
            table(
                [
                    ["단계", "종전 일정", "변경 후 일정"],
                    ["신규 호출 차단", "<s>2026년 12월 10일</s>", "2027년 2월 24일"],
                    ["전체 종료", "2027년 4월 1일", "2027년 4월 1일 (동일)"],
                ]
            ),
            "<p>대상 앱 : 한빛 도서관 (앱 ID 7730021)</p>",
            "<p>일정 내에 v2 API로 전환해 주세요.</p>",
        ),
    )
    # "...을 이용 중인 <name of two words>(앱 ID n) 앱은": the clause before the name ends in 인; "미전환 시".
    mail(
        S,
        "kakao-bizapp-switch-request-clause",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        date="Tue, 17 Nov 2026 16:00:00 +0900",
        subject="[카카오 로그인] 비즈 앱 전환 요청 안내",
        plain="안녕하세요, 카카오디벨로퍼스입니다.\n\n카카오 로그인을 이용 중인 한빛 피트니스(앱 ID: 9911223) 앱은 "
        "아직 개인 개발자 앱입니다.\n2027년 1월 20일까지 비즈 앱으로 전환해 주시기 바랍니다. 미전환 시 이메일 "
        "동의항목을 사용할 수 없습니다.\n",
    )
    # The provider decided not to go ahead with a retirement ("종료를 진행하지 않기로 결정했습니다"): closes the item.
    mail(
        S,
        "naver-end-not-proceeding",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        date="Thu, 19 Nov 2026 14:00:00 +0900",
        subject="[네이버 개발자센터] 네이버 로그인 토큰 갱신 API v1 종료 계획 변경 안내",
        plain="안녕하세요. 네이버 개발자센터입니다.\n\n지난달 안내드린 토큰 갱신 API v1은 개발사 의견에 따라 지원 "
        "종료를 진행하지 않기로 결정했습니다.\n애플리케이션 '한빛 다이어리'(Client ID: Dy8rNote21)는 지금처럼 "
        "계속 호출하실 수 있습니다.\n\n네이버 개발자센터 드림\n",
    )


def domain_fix4_examples() -> None:
    """Registrar mail forms: table cells with a line break, receipts, quota notices naming a domain, newsletters."""
    # A product cell holding the name and, under a <br>, the product type ("... Registration"): the row's date
    # is under the Expires column, not a registration date.
    mail(
        D,
        "gandi-digest-cell-linebreak",
        sender=("Gandi", "noreply@gandi.net"),
        date="Tue, 17 Nov 2026 09:00:00 +0100",
        subject="Renewal reminder for 2 of your products",
        html=page(
            "Renewal reminder",
            "<p>Hello hanbit-ops, the products below reach their end date soon. Renew them before they expire "
            "to keep your sites and mailboxes online.</p>",
            table(
                [
                    ["Item", "Expires"],
                    ["hanbit-ceramics.eu<br><small>Domain name registration, 1 year</small>", "2026-12-12"],
                    ["hanbit-ceramics.fr<br><small>Domain name registration, 1 year</small>", "2027-01-19"],
                ]
            ),
        ),
    )
    # Megazone's hosting shop mails from hosting.co.kr (its site and name server domain), not megazone.com:
    # a genuine, authenticated notice, not a lookalike.
    mail(
        D,
        "megazone-hosting-co-kr-expiry",
        sender=("메가존호스팅", "help@hosting.co.kr"),
        date="Mon, 16 Nov 2026 11:00:00 +0900",
        subject="[메가존호스팅] 도메인 기간만료 사전 안내 (hanbit-dental.co.kr)",
        charset="euc-kr",
        cte="quoted-printable",
        plain="hanbit 회원님께\n\n보유하신 도메인의 사용 기간이 곧 끝납니다.\n\n"
        "  도메인명   : hanbit-dental.co.kr\n  만료일     : 2026.12.08\n  최초 등록일 : 2019.12.08\n\n"
        "기간 내에 연장하지 않으면 홈페이지와 메일이 중단되니 마이페이지 > 도메인 관리에서 연장 신청해 주세요.\n\n"
        "메가존호스팅 드림\n",
    )
    # A hosting quota notice from a registrar that labels the site by its domain and threatens a stop under a
    # neutral subject: a hosting-quota matter, not the domain expiring.
    mail(
        D,
        "whois-hosting-traffic-over-neutral-subject",
        sender=("후이즈", "hosting@whois.co.kr"),
        date="Wed, 18 Nov 2026 16:00:00 +0900",
        subject="[후이즈] 이용 제한 예정 안내 (hanbitcafe)",
        html=page(
            "이용 제한 예정 안내",
            "<p>이번 달 웹호스팅 트래픽 사용량이 제공량을 넘어 초과 상태입니다.</p>",
            table([["호스팅 ID", "연결 도메인", "트래픽"], ["hanbitcafe", "hanbit-cafe.kr", "32.4GB / 30GB"]]),
            "<p>2026년 12월 2일까지 트래픽을 추가하거나 상품을 변경하지 않으시면 웹사이트가 정지될 예정입니다.</p>",
        ),
    )
    # A payment receipt that never says "renewed": the subject says paid, the order line is a domain renewal
    # for a term and the new expiry is given. It closes the item.
    mail(
        D,
        "cafe24-payment-receipt-domain-renewal",
        sender=("카페24", "billing@cafe24.com"),
        date="Fri, 20 Nov 2026 10:30:00 +0900",
        subject="[카페24] 주문하신 상품의 결제가 완료되었습니다",
        html=page(
            "결제 완료",
            "<p>한빛북스 고객님, 주문해 주셔서 감사합니다.</p>",
            table(
                [
                    ["주문 상품", "대상", "금액"],
                    ["도메인 갱신 2년", "hanbit-books.co.kr", "44,000원"],
                ]
            ),
            "<p>갱신 후 만기일: 2028-12-01</p><p>전자세금계산서는 나의 서비스 관리에서 발행할 수 있습니다.</p>",
        ),
    )
    # The same in English from a registrar whose receipt says "Payment received" and lists the renewal term.
    mail(
        D,
        "porkbun-payment-received-renewal-term",
        sender=("Porkbun", "support@porkbun.com"),
        date="Thu, 19 Nov 2026 13:10:00 -0800",
        subject="Payment received for order 7731920",
        plain="Hi hanbit,\n\nWe received your payment. Here is what you bought:\n\n"
        "  Domain renewal: hanbit-print.com, 2 years    $22.32\n\n"
        "New expiration date: 2029-01-14\n\nThanks for choosing Porkbun!\n",
    )
    # A plain-text table with single spaces: multi-word labels ("Last charge attempt") and a value annotated
    # with a dash ("2026-11-20 - card refused"). The expiry column is the deadline, not the failed charge.
    mail(
        D,
        "gandi-renewal-failed-plain-columns",
        sender=("Gandi", "noreply@gandi.net"),
        date="Fri, 20 Nov 2026 06:15:00 +0100",
        subject="Automatic renewal unsuccessful: hanbit-ink.eu",
        plain="Hello hanbit-ops,\n\nWe were unable to renew hanbit-ink.eu automatically.\n\n"
        "Domain Expiry date Last charge attempt\n\nhanbit-ink.eu 2026-12-19 2026-11-20 - card refused\n\n"
        "Renew it by hand before it expires, or update your payment method in your Gandi account.\n\n"
        "The Gandi team\n",
    )
    # A bulk newsletter under a registrar's name from a domain that is not the registrar's: it speaks of domain
    # policy in general and of nothing of the reader's, so it is no lure to report.
    mail(
        D,
        "gabia-name-bulk-newsletter-other-domain",
        sender=("가비아", "letter@gabia-domainnews.com"),
        bulk=True,
        date="Tue, 10 Nov 2026 09:00:00 +0900",
        subject="[가비아 뉴스레터] 11월 도메인 업계 동향",
        html=page(
            "도메인 업계 동향",
            "<ul><li>2027년부터 .kr 도메인은 만료 후 삭제까지의 기간이 짧아질 예정입니다.</li>"
            "<li>.ai 도메인 등록 수가 1년 새 두 배로 늘었습니다.</li>"
            "<li>ICANN 차기 신규 gTLD 신청 일정이 공개되었습니다.</li></ul>",
        ),
    )
    # A retirement postponed without a new date ("which was scheduled for A, has been postponed ... we will
    # announce the new end date later"): A no longer holds; the item stays open, undated.
    mail(
        S,
        "line-sdk-end-postponed-no-new-date",
        sender=("LINE Developers", "dl_noreply@linecorp.com"),
        date="Mon, 16 Nov 2026 10:00:00 +0900",
        subject="[LINE Developers] Update on the end of support for LINE SDK for Android v4",
        plain="Thank you for using LINE Developers.\n\nThe end of support for LINE SDK for Android v4, which was "
        "scheduled for February 26, 2027, has been postponed. The SDK remains deprecated, and we will announce "
        "the new end date later.\n\nPlease keep migrating to LINE SDK for Android v5.\n\n"
        "Channel: Hanbit Market (Channel ID: 2006612045)\n\nLY Corporation\n",
    )


def quota_fix4_examples() -> None:
    """Quota mail that closes an item on its own (auto-expansion, a plan change that lifts the limits)."""
    # A host that grew the disk on its own ("디스크가 자동으로 확장되었습니다"): a resolution, nothing to do.
    mail(
        H,
        "gabia-disk-auto-expanded",
        sender=("가비아", "noreply@gabia.com"),
        date="Mon, 16 Nov 2026 03:10:00 +0900",
        subject="[가비아] 클라우드 서버 디스크 자동 확장 안내",
        plain="안녕하세요, 가비아입니다.\n\n자동 확장 정책에 따라 아래 서버의 디스크가 자동으로 확장되었습니다.\n\n"
        " - 서버명 : hanbit-app-03\n - 디스크 : 200GB → 300GB\n - 적용 시각 : 2026-11-16 03:05\n\n"
        "변경된 용량은 다음 달 요금부터 반영됩니다. 따로 하실 일은 없습니다.\n\n(주)가비아\n",
    )
    # English: "Your volume ... was automatically resized" (subject about storage).
    mail(
        H,
        "generic-volume-auto-resized",
        sender=("Scaleway", "noreply@scaleway.com"),
        date="Tue, 17 Nov 2026 08:30:00 +0000",
        subject="Block storage auto-expansion: volume hanbit-vol-7",
        plain="Hello,\n\nYour volume hanbit-vol-7 was automatically resized from 100 GB to 150 GB after it "
        "crossed the 90% threshold you configured.\n\nNo action is needed. You can change the policy in the "
        "console.\n\nThe Scaleway team\n",
    )
    # A plan change whose text says the project no longer has the free plan's caps: closes the item.
    mail(
        H,
        "generic-plan-upgraded-no-longer-capped",
        sender=("Neon", "billing@neon.tech"),
        date="Fri, 20 Nov 2026 01:15:00 +0000",
        subject="Welcome to the Launch plan, Hanbit Ledger",
        plain="Hi,\n\nYour organization Hanbit Ledger has been upgraded to the Launch plan. Your databases are "
        "no longer bound by the Free plan compute caps, and the storage quota is now 10 GiB per project.\n\n"
        "Thanks,\nThe Neon team\n",
    )
    # A reseller's usage table whose rows give the account and its site, the trouble only as a share in a cell
    # (no sentence says "exceeded"): one finding per row at 80 % or more.
    mail(
        H,
        "gabia-reseller-usage-table",
        sender=("가비아 리셀러", "reseller@gabia.com"),
        date="Mon, 16 Nov 2026 08:00:00 +0900",
        subject="[가비아] 리셀러 관리 계정 월간 사용 현황",
        html=page(
            "월간 사용 현황",
            "<p>한빛웍스 리셀러님, 지난달 관리 계정의 웹호스팅 사용 현황을 보내 드립니다.</p>",
            table(
                [
                    ["계정", "사이트", "웹 용량", "사용률", "월 트래픽"],
                    ["hanbitcafe", "hanbit-cafe.kr", "9.1G / 10G", "91%", "40%"],
                    ["hanbitwiki", "wiki-hanbit.com", "1.2G / 10G", "12%", "22%"],
                    ["hanbitphoto", "hanbit-photo.co.kr", "3.0G / 5G", "60%", "84%"],
                ]
            ),
            "<p>용량 추가는 리셀러 관리 화면에서 신청하실 수 있습니다.</p>",
        ),
    )
    # A free plan or free resource that ends and takes the data or the account with it: a quota of time.
    mail(
        H,
        "generic-free-service-expires-deleted",
        sender=("Aiven", "noreply@aiven.io"),
        date="Wed, 18 Nov 2026 12:00:00 +0000",
        subject="Action needed: your free MySQL service ends soon",
        plain="Hello Hanbit Labs,\n\nYour free MySQL service hanbit-mysql-free will expire on December 2, 2026, "
        "because it has been idle for 60 days.\nAfter that date the service will be deleted together with its "
        "backups unless you sign in and keep it running, or move it to a paid plan.\n\n(Service created on "
        "2026-08-20.)\n\nThe Aiven team\n",
    )
    mail(
        H,
        "dothome-free-hosting-expiry-deletion",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Thu, 19 Nov 2026 09:00:00 +0900",
        subject="[닷홈] 무료 호스팅 이용 기간 만료 예정 안내",
        plain="안녕하세요, 닷홈입니다.\n\n고객님의 무료 호스팅 이용 기간이 곧 종료됩니다.\n\n - 아이디 : hanbitfree7\n"
        " - 만료일 : 2026-12-01\n\n만료일까지 연장 신청을 하지 않으시면 계정과 홈페이지 데이터가 모두 "
        "삭제됩니다.\n\n닷홈 고객센터\n",
    )
    mail(
        H,
        "aws-free-plan-days-left",
        sender=("Amazon Web Services", "no-reply@signup.aws"),
        date="Sat, 21 Nov 2026 15:00:00 +0000",
        subject="Reminder: 7 days left on your AWS Free plan",
        plain="Hello,\n\nThe free plan of AWS account 4455 6677 8899 ends on November 28, 2026. If you do not "
        "upgrade to the Paid plan before then, AWS closes the account and your resources become inaccessible.\n"
        "Credits used so far: USD 12.40 of USD 100.00.\n\nAmazon Web Services\n",
    )
    # A trial of a paid plan that ends (data deleted or not) is a sales event, not a free resource ending.
    mail(
        H,
        "generic-free-trial-team-plan-ends",
        sender=("Aiven", "noreply@aiven.io"),
        date="Wed, 18 Nov 2026 12:30:00 +0000",
        subject="Your free trial ends in 3 days",
        plain="Hi Hanbit Labs,\n\nYour free trial of the Business plan ends on November 21, 2026. Trial services "
        "will be deleted unless you add a payment method and choose a plan.\n\nThe Aiven team\n",
    )
    # Exchange Online warns from the tenant's own system mailbox ("Microsoft Outlook" on our domain, authenticated
    # as it): Microsoft's sender. The mailbox is the recipient.
    mail(
        H,
        "m365-exchange-mailbox-almost-full",
        sender=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hanbit-example.co.kr"),
        date="Mon, 16 Nov 2026 05:30:00 +0000",
        subject="Your mailbox is almost full.",
        html=page(
            "Mailbox quota",
            "<p><b>Your mailbox is almost full.</b></p><p>Your mailbox has reached 98% of its storage limit "
            "(49 GB of 50 GB). When it is full you won't be able to send messages, and later you will stop "
            "receiving them.</p><p>Delete items you no longer need and empty Deleted Items, or move mail to "
            "your archive mailbox.</p>",
            footer="This is a system-generated message from Microsoft Exchange Online.",
        ),
    )
    # The same system address on a domain that is not ours: the name "Microsoft Outlook" there is a look-alike.
    mail(
        H,
        "m365-system-mailbox-foreign-domain",
        sender=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hanbit-mailcare.com"),
        date="Tue, 17 Nov 2026 02:00:00 +0000",
        subject="[Action required] 편지함 용량 초과 - 수신 중단 예정",
        plain="ops@hanbit-example.co.kr 님,\n\n편지함 용량이 100%를 초과하여 새 메일 수신이 곧 중단됩니다.\n"
        "아래 링크에서 무료로 용량을 늘리세요: https://hanbit-mailcare.com/owa/quota\n\nMicrosoft Outlook\n",
    )
    # Microsoft's own newsletter about archive mailboxes in general: no mailbox of ours is full.
    mail(
        H,
        "m365-archive-storage-newsletter",
        sender=("Microsoft 365", "m365-news@email.microsoft.com"),
        date="Wed, 18 Nov 2026 16:00:00 +0000",
        subject="What's new in Exchange Online archive storage",
        plain="Hello admin,\n\nArchive mailboxes can now grow to 1.5 TB with auto-expanding archiving. Learn "
        "how retention policies move older items before a mailbox gets full.\n\nRead more on the Microsoft 365 "
        "blog.\n",
        bulk=True,
    )
    # A host's name with a digit for a letter, as one word of a hyphenated domain, and a display name that claims
    # nobody: still a look-alike.
    mail(
        H,
        "gabia-hyphenated-homoglyph-phish",
        sender=("웹호스팅 운영팀", "alert@gab1a-webhosting.com"),
        date="Fri, 20 Nov 2026 11:00:00 +0900",
        subject="[긴급] 웹호스팅 디스크 용량 초과 - 계정 정지 예정",
        plain="고객님, 아래 웹호스팅 계정의 디스크 용량이 초과되었습니다.\n\n - 아이디 : hanbitweb8\n\n"
        "2026년 11월 25일까지 용량을 추가하지 않으면 계정이 정지됩니다. 아래 링크에서 결제해 주세요.\n"
        "https://gab1a-webhosting.com/pay\n",
        auth=None,
    )


def quota_target_fix4_examples() -> None:
    """Quota notices naming the thing at risk in the ways vendors do: a product with the site in parentheses, the
    ID after the salutation, a shop, a login in quotes or before its server, an account number in groups."""
    # A hosting product's name, then the site it serves in parentheses, in a label row.
    mail(
        H,
        "hostinger-product-site-parens",
        sender=("Hostinger", "noreply@hostinger.com"),
        date="Tue, 17 Nov 2026 08:00:00 +0000",
        subject="Your hosting plan has reached its storage limit",
        html=page(
            "Storage limit reached",
            "<p>Hello,</p><p>The hosting plan below is using more disk space than it includes.</p>",
            table(
                [
                    ["Plan", "Premium Web Hosting (hanbit-atelier.com)"],
                    ["Disk usage", "101.2 GB of 100 GB (101%)"],
                ],
                header=False,
            ),
            "<p>New uploads and incoming mail will fail until you delete files or upgrade the plan.</p>",
        ),
    )
    # The account's ID in parentheses right after the salutation.
    mail(
        H,
        "hostingkr-salutation-id-parens",
        sender=("호스팅케이알", "help@hosting.kr"),
        date="Wed, 18 Nov 2026 14:00:00 +0900",
        subject="[호스팅케이알] 웹호스팅 디스크 사용량 초과 안내",
        plain="고객님(hbweb2024) 께서 이용 중인 웹호스팅의 디스크 사용량이 제공 용량을 초과하였습니다.\n\n"
        "- 제공 용량: 5GB\n- 사용량: 5.3GB (106%)\n\n"
        "초과 상태가 계속되면 파일 업로드가 제한됩니다. 불필요한 파일을 정리하시거나 상위 상품으로 변경해 주세요.\n",
    )
    # A shop builder names the shop by its address, its trading name in parentheses.
    mail(
        H,
        "makeshop-shop-address-name",
        sender=("메이크샵", "help@makeshop.co.kr"),
        date="Thu, 19 Nov 2026 10:00:00 +0900",
        subject="[메이크샵] 이미지호스팅 트래픽 90% 초과 안내",
        plain="안녕하세요, 메이크샵입니다.\n\n"
        "운영하시는 쇼핑몰 hanbitgift.makeshop.co.kr(한빛선물)의 이미지호스팅 트래픽 사용량이 90%를 초과했습니다.\n"
        "트래픽을 모두 사용하면 상품 이미지가 노출되지 않습니다. 트래픽을 추가로 구매해 주세요.\n",
    )
    # cPanel's own wording: the account's login in quotes, its primary domain in parentheses.
    mail(
        H,
        "cpanel-username-quoted",
        sender=("cPanel on s7.hanbit-host.net", "cpanel@hanbit-host.net"),
        date="Fri, 20 Nov 2026 03:00:00 +0000",
        subject="[s7.hanbit-host.net] Disk Usage Warning: The user \u201chbjournal\u201d is running out of disk space.",
        plain="The account with the username 'hbjournal' (hanbit-journal.com) is running out of disk space.\n\n"
        "This account has used 92.40% (2772.00/3000.00 MB) of its allocated disk space.\n\n"
        "Please remove some files from this account, or ask the administrator to increase your disk quota.\n",
    )
    # A shared hosting account's login before the server it lives on; nothing else names it.
    mail(
        H,
        "a2-shared-account-login-server",
        sender=("A2 Hosting", "support@a2hosting.com"),
        date="Sat, 21 Nov 2026 16:00:00 +0000",
        subject="Inode limit exceeded",
        plain="Hi Jiwoo,\n\nYour Turbo shared hosting account hbstudio (on mi3-ss12.a2hosting.com) has exceeded its "
        "inode limit: 612,044 of 600,000 files.\n\nAccounts over the limit can no longer create files or receive mail. "
        "Please remove cache and old backups.\n\nA2 Hosting Support\n",
    )
    # An AWS account number grouped with spaces, as the console shows it.
    mail(
        H,
        "aws-account-id-spaced",
        sender=("AWS Free Tier", "no-reply@costalerts.amazonaws.com"),
        date="Sun, 22 Nov 2026 18:00:00 +0000",
        subject="AWS Free Tier usage limit alert",
        plain="Hello,\n\nYour AWS account 2468 1357 9080 has exceeded 85% of the usage limit for one or more AWS "
        "Free Tier-eligible services for the month of November.\n\n"
        "Product | AWS Free Tier Usage Limit | Your Usage\n"
        "AmazonEC2 | 750 Hrs for free for 12 months | 668 Hrs\n\n"
        "Usage above the Free Tier limit is charged at standard rates.\n\nSincerely,\nAmazon Web Services\n",
    )
    # The owning account named first, then the bucket that ran out; the subject names the bucket.
    mail(
        H,
        "backblaze-account-then-bucket",
        sender=("Backblaze", "noreply@backblaze.com"),
        date="Fri, 20 Nov 2026 12:00:00 +0000",
        subject="B2 storage cap alert: hb-cold-archive has used 90% of its cap",
        plain="Backblaze B2 Caps & Alerts\n\nAccount: Hanbit Archive Team (a41f09c2e7b3)\nBucket: hb-cold-archive\n\n"
        "You have used 90% of your daily storage cap (900 GB of 1,000 GB). When the cap is reached, uploads to the "
        "bucket will fail until the cap is raised.\n\nManage caps: https://secure.backblaze.com/caps.htm\n",
    )
    # A period counted from the mail's own sending date ("발송일로부터 10일 이내"): ten days after the mail.
    mail(
        H,
        "hostingkr-days-from-sending-date",
        sender=("호스팅케이알", "help@hosting.kr"),
        date="Mon, 16 Nov 2026 09:30:00 +0900",
        subject="[호스팅케이알] 웹호스팅 트래픽 사용량 초과 안내",
        plain="안녕하세요, 호스팅케이알입니다.\n\n"
        "고객님(hbmall88)의 웹호스팅 월 트래픽 사용량이 제공량을 초과하였습니다.\n"
        "- 제공 트래픽: 월 20GB\n- 사용량: 21.4GB (107%)\n- 가입일: 2025-02-03\n\n"
        "본 안내 메일의 발송일로부터 10일 이내에 트래픽 옵션을 추가하시거나 상품을 변경해 주세요. "
        "기간 내 조치가 없으면 사이트 접속이 차단됩니다.\n",
    )
    # A date to act by "or else" beats the hosting contract's expiry the notice lists among its details.
    mail(
        H,
        "cafe24-act-by-or-else-contract-expiry",
        sender=("카페24 호스팅센터", "hosting_master@cafe24.com"),
        date="Wed, 18 Nov 2026 11:00:00 +0900",
        subject="[카페24] 메일호스팅 용량 초과 안내",
        html=page(
            "메일호스팅 용량 초과",
            "<p>안녕하세요. 카페24 호스팅센터입니다.</p>",
            table(
                [
                    ["아이디", "hbtrade21"],
                    ["상품", "비즈니스 메일호스팅"],
                    ["사용량", "31.2GB / 30GB (104%)"],
                    ["계약 만료일", "2027-08-31"],
                ],
                header=False,
            ),
            "<p><b>2026년 11월 27일(금) 오후 6시</b>까지 오래된 메일을 정리하거나 용량을 추가하지 않으시면 "
            "새 메일 수신이 중단됩니다.</p>",
        ),
    )
    # A plain alternative that is only a teaser of the HTML part, which names the tenant by its domain after the
    # groupware's word for it.
    mail(
        H,
        "bizbox-teaser-plain-tenant-domain",
        sender=("비즈박스 알파", "noreply@bizboxa.com"),
        date="Thu, 19 Nov 2026 07:40:00 +0900",
        subject="[비즈박스 알파] 공용 저장 공간 사용량 90% 초과 알림",
        plain="[비즈박스 알파] 한빛무역 공용 저장 공간 90% 초과\n자세한 내용은 관리자 메뉴에서 확인해 주세요.\n",
        html=page(
            "공용 저장 공간 알림",
            "<p><b>한빛무역</b> 그룹웨어(hanbit-trade.kr) 관리자님, 안녕하세요.</p>",
            "<p>회사 전체가 함께 쓰는 공용 저장 공간 사용량이 <b>91%</b>(182GB / 200GB)로 90%를 넘었습니다.</p>",
            "<p>저장 공간이 가득 차면 모든 구성원의 메일 수신과 게시판 첨부가 중단됩니다. "
            "오래된 메일과 첨부를 정리하시거나 추가 용량을 신청해 주세요.</p>",
        ),
    )
    # A restriction the mail reports as done ("…부터 … 차단되었습니다"): history, the rule's default deadline.
    mail(
        H,
        "gabia-traffic-blocked-since-today",
        sender=("가비아", "hosting@gabia.com"),
        date="Fri, 20 Nov 2026 15:00:00 +0900",
        subject="[가비아] 웹호스팅 트래픽 초과로 인한 접속 차단 안내",
        plain="안녕하세요, 가비아입니다.\n\n아이디 : hbcraft5\n\n"
        "일일 트래픽 제공량을 모두 사용하여 2026년 11월 20일 14:20부터 홈페이지 접속이 차단되었습니다.\n"
        "트래픽을 추가 구매하시면 즉시 접속이 재개되며, 추가하지 않으시면 자정에 자동으로 해제됩니다.\n",
    )
    # A shop by its ID in parentheses before its address: "쇼핑몰(<id>, <address>)의".
    mail(
        H,
        "imweb-shop-id-and-address-parens",
        sender=("아임웹", "noreply@imweb.me"),
        date="Tue, 17 Nov 2026 13:00:00 +0900",
        subject="[아임웹] 이미지 저장 용량 95% 도달 안내",
        plain="안녕하세요, 아임웹입니다.\n\n운영 중인 쇼핑몰(hbflower3, hbflower3.imweb.me)의 이미지 저장 용량이 "
        "95%에 도달했습니다.\n용량이 가득 차면 새 상품 이미지를 올릴 수 없습니다. 사용하지 않는 이미지를 정리하거나 "
        "용량을 추가해 주세요.\n",
    )
    # A product's ID ending in a digit in parentheses ("DB호스팅 상품(<id>)의"), and a server named before the noun
    # ("<name> 서버의 디스크 사용률").
    mail(
        H,
        "cafe24-db-product-id-ends-in-digit",
        sender=("카페24 호스팅센터", "hosting_master@cafe24.com"),
        date="Mon, 16 Nov 2026 16:00:00 +0900",
        subject="[카페24] DB호스팅 용량 초과 안내",
        plain="안녕하세요. 카페24 호스팅센터입니다.\n\n"
        "DB호스팅 상품(hbshopdb7)의 데이터베이스 사용량이 제공 용량(1GB)을 초과하였습니다.\n"
        "불필요한 데이터를 정리하시거나 상위 상품으로 변경해 주세요.\n",
    )
    mail(
        H,
        "ktcloud-server-name-before-noun",
        sender=("kt cloud", "noreply@ktcloud.com"),
        date="Tue, 17 Nov 2026 02:10:00 +0900",
        subject="[kt cloud] 서버 디스크 사용률 임계치 초과 알림",
        plain="[kt cloud 모니터링 알림]\n\n"
        "hb-batch-2 서버의 디스크 사용률이 설정한 임계치(90%)를 초과하였습니다.\n"
        "현재 사용률: 94% (188GB / 200GB)\n디스크가 가득 차면 서비스가 중단될 수 있습니다.\n",
    )
    # The site or domain as a table row of its own ("Site | x", "도메인 | x") above the usage rows.
    mail(
        H,
        "siteground-site-row-inodes",
        sender=("SiteGround", "noreply@siteground.com"),
        date="Wed, 18 Nov 2026 06:00:00 +0000",
        subject="Inode limit exceeded",
        html=page(
            "Inode limit exceeded",
            "<p>Hi there,</p>",
            "<p>One of the websites on your hosting plan now uses more inodes than the plan allows.</p>",
            table([["Site", "hanbit-pottery.com"], ["Inodes", "412,907 of 400,000 (103%)"]], header=False),
            "<p>Remove unneeded files (old backups, cache) or upgrade the plan to keep uploads and mail working.</p>",
        ),
    )
    mail(
        H,
        "hostingkr-domain-row-mail-quota",
        sender=("호스팅케이알", "help@hosting.kr"),
        date="Thu, 19 Nov 2026 09:00:00 +0900",
        subject="[호스팅케이알] 메일호스팅 용량 초과 안내",
        html=page(
            "메일호스팅 용량 초과",
            "<p>안녕하세요, 호스팅케이알입니다.</p>",
            "<p>이용 중인 메일호스팅의 사용량이 제공 용량을 초과하였습니다.</p>",
            table([["도메인", "hanbit-pottery.kr"], ["사용량", "52.3GB / 50GB (105%)"]], header=False),
            "<p>용량이 초과된 상태에서는 새 메일을 받을 수 없습니다.</p>",
            "<p>오래된 메일을 정리하거나 용량을 추가해 주세요.</p>",
        ),
    )
    # The product's size in parentheses ("웹호스팅 (20G)") before the ID row: the ID, not the size.
    mail(
        H,
        "gabia-product-size-parens-then-id",
        sender=("가비아", "hosting@gabia.com"),
        date="Fri, 20 Nov 2026 10:00:00 +0900",
        subject="[가비아] 웹호스팅 디스크 사용량 초과 안내",
        plain="안녕하세요, 가비아입니다.\n\n이용 중이신 리눅스 웹호스팅 (20G) 상품의 디스크 사용량이 제공 용량을 "
        "초과하였습니다.\n아이디 : hbknit8\n사용량 : 20.6GB / 20GB (103%)\n\n불필요한 파일을 정리하거나 상위 상품으로 "
        "변경해 주세요.\n",
    )
    # The site named only in the headline ("Bandwidth limit reached for <domain>"), and an account as the subject
    # of the usage ("The storage for <name> has reached 95%").
    mail(
        H,
        "dreamhost-limit-reached-for-site-subject",
        sender=("DreamHost", "support@dreamhost.com"),
        date="Sat, 21 Nov 2026 04:00:00 +0000",
        subject="Bandwidth limit reached for hanbit-loom.com",
        plain="Hi,\n\nYour website has used 100% of the monthly bandwidth included with its plan. Visitors may see "
        "slow pages until the next billing cycle.\n\nUpgrade your plan in the panel to raise the allowance.\n",
    )
    mail(
        H,
        "pythonanywhere-storage-for-account-has-reached",
        sender=("PythonAnywhere", "support@pythonanywhere.com"),
        date="Sat, 21 Nov 2026 09:00:00 +0000",
        subject="Disk quota warning",
        plain="Hello,\n\nThe storage for hb_loom2 has reached 95% of its disk quota (4.75 GB of 5 GB).\n"
        "When the quota is full, your web apps can no longer write files. Delete old files or upgrade your account.\n",
    )


def domain_fix5_examples() -> None:
    """Registrar mail that is not worded as an expiry: contact verification, list resends, failed auto-renewals."""
    # ICANN registrant verification: the subject never says "expire"; the body gives a window counted from the
    # mail's date and threatens suspension. The yearly contact-data reminder that threatens nothing stays quiet.
    mail(
        D,
        "generic-registrant-verification-window",
        sender=("Dynadot Support", "support@dynadot.com"),
        date="Tue, 17 Nov 2026 09:30:00 -0800",
        subject="Action required: registrant email verification",
        plain="Hello,\n\nA new registrant email address was set for hanbit-press.net. Under ICANN policy we must "
        "validate it.\n\nOpen the link below within 15 days of this message to confirm the address:\n"
        "https://www.dynadot.com/account/validate\n\nDomains that are not confirmed in time are placed on "
        "hold (clientHold) and stop resolving until the address is validated.\n\nDynadot Support\n",
    )
    mail(
        D,
        "generic-contact-review-no-threat",
        sender=("Dynadot Support", "support@dynadot.com"),
        date="Tue, 17 Nov 2026 09:30:00 -0800",
        subject="Please confirm your domain contact information",
        plain="Hello,\n\nICANN requires registrars to remind you once a year to keep your contact information "
        "accurate. Review the details below for hanbit-press.net; if they are correct, no action is needed.\n\n"
        "Registrant: Hanbit Press\nEmail: admin@hanbit-press.net\n\nDynadot Support\n",
    )
    # A renewal promotion's own end date in the notice's footer ("(프로모션 마감 12.01)"), earlier than the
    # expiry: when the offer ends, not when the domain does.
    mail(
        D,
        "hostingkr-expiry-promo-end-footer",
        sender=("호스팅케이알", "help@hosting.kr"),
        date="Mon, 16 Nov 2026 10:00:00 +0900",
        subject="[호스팅케이알] 도메인 만료 예정 안내 (hanbit-craft.kr)",
        plain="안녕하세요, 호스팅케이알입니다.\n\n보유하신 도메인의 만료일이 다가와 안내드립니다.\n\n"
        "도메인 : hanbit-craft.kr\n만료일 : 2027년 1월 8일(금)\n\n만료 전에 기간 연장을 진행해 주세요.\n"
        "※ 12월 1일까지 2년 이상 연장하시면 추가 할인이 적용됩니다(프로모션 마감 2026.12.01).\n",
    )
    # A failed auto-renewal whose text never says 도메인: the domain name before its renewal ("<name> 기간연장
    # 결제가 ... 처리되지 않았습니다"). A hosting product renewed for a site is no domain notice.
    mail(
        D,
        "cafe24-renewal-failed-name-before-renewal",
        sender=("카페24", "noreply@cafe24.com"),
        date="Sat, 21 Nov 2026 14:00:00 +0900",
        subject="[카페24] 자동 기간연장 결제 오류 안내",
        plain="안녕하세요, 카페24입니다.\n\nhanbit-yarn.co.kr 기간연장 결제가 카드 한도 초과로 처리되지 않았습니다.\n"
        "만료 예정일: 2026-12-20\n\n만료 예정일 전까지 결제 수단을 변경하시거나 수동으로 연장해 주시기 바랍니다.\n",
    )
    mail(
        D,
        "cafe24-hosting-renewal-for-site-name",
        sender=("카페24", "noreply@cafe24.com"),
        date="Sat, 21 Nov 2026 14:00:00 +0900",
        subject="[카페24] 웹호스팅 기간연장 안내",
        plain="안녕하세요, 카페24입니다.\n\nhanbit-yarn.co.kr 사이트의 10G 광아우토반 Full SSD 웹호스팅 이용기간이 "
        "2026-12-20에 끝납니다.\n호스팅 기간연장을 신청해 주시기 바랍니다.\n",
    )
    # A mailing list that keeps replies to itself re-sends a registrar's notice under the company's own address:
    # the original sender only in X-Original-Sender. The same resend of a look-alike sender is suspicious.
    for name, original in (
        ("namecheap-groups-resend-original-sender-header", "renewals@namecheap.com"),
        ("namecheap-groups-resend-lookalike-original", "renewals@namecheap-billing.net"),
    ):
        mail(
            D,
            name,
            sender=("'Namecheap' via IT Ops", "itops@hanbit-example.co.kr"),
            to="itops@hanbit-example.co.kr",
            date="Fri, 20 Nov 2026 15:00:00 +0000",
            subject="[it-ops] Reminder: hanbit-tea.com is set to expire on Dec 28, 2026",
            plain="Hi,\n\nhanbit-tea.com is set to expire on December 28, 2026 and auto-renew is off.\n"
            "Renew it in your Namecheap dashboard before then to avoid any interruption.\n\n--\nYou received this "
            'message because you are subscribed to the "IT Ops" group.\n',
            headers={
                "Reply-To": "itops@hanbit-example.co.kr",
                "List-ID": "<itops.hanbit-example.co.kr>",
                "X-Original-Sender": original,
            },
        )
    # A Korean registrar's registrant verification: the subject says 인증, not 만료; the body counts the days from
    # the mail and threatens suspension. A notice that the owner data was changed asks for nothing.
    mail(
        D,
        "dotname-owner-email-verification-ko",
        sender=("닷네임코리아", "help@dotnamekorea.com"),
        date="Wed, 18 Nov 2026 11:00:00 +0900",
        subject="[닷네임코리아] 도메인 등록자 이메일 인증 요청",
        plain="안녕하세요, 닷네임코리아입니다.\n\nhanbit-sarang.com 도메인의 등록자 이메일이 변경되어 "
        "ICANN 정책에 따라 인증이 필요합니다.\n본 메일 발송일로부터 15일 이내에 아래 링크에서 인증을 완료해 주세요.\n"
        "기한 내 인증하지 않으시면 도메인이 일시 정지되어 홈페이지와 메일을 사용할 수 없습니다.\n",
    )
    mail(
        D,
        "dotname-owner-info-changed-ko",
        sender=("닷네임코리아", "help@dotnamekorea.com"),
        date="Wed, 18 Nov 2026 11:00:00 +0900",
        subject="[닷네임코리아] 도메인 등록자 정보 변경 완료 안내",
        plain="안녕하세요, 닷네임코리아입니다.\n\nhanbit-sarang.com 도메인의 등록자 정보가 정상적으로 변경되었습니다.\n"
        "변경 내용을 확인하시고 본인이 요청하지 않은 경우 고객센터로 연락해 주세요.\n",
    )


def social_fix5_examples() -> None:
    """Sign-in notices that name the reader's app (name with its store / app / package ID) next to the API."""
    # An indented plain-text list of apps, each with its bare numeric ID and its own date: one finding per app.
    mail(
        S,
        "meta-indented-apps-bare-ids",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Tue, 17 Nov 2026 16:00:00 +0000",
        subject="Graph API versions used by your apps are expiring",
        plain="Hello Seoyeon,\n\nThe apps below, which you manage, still send calls to Graph API versions that are "
        "being retired:\n\n    Hanbit Atlas (6620193847112)  : v20.0, available until March 9, 2027\n"
        "    Hanbit Pantry (4410927735) : v21.0, available until 28 Apr 2027\n\n"
        "Move these calls to a current version before the dates shown.\n\nMeta for Developers\n",
    )
    # Korean: "회원님의 앱 <name of two words>(앱 ID: n)가 ...": the app, not "Facebook SDK".
    mail(
        S,
        "meta-ko-possessive-app-two-words",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Wed, 18 Nov 2026 09:00:00 +0900",
        subject="한빛 요가 앱의 Android용 Facebook SDK 업데이트 안내",
        plain="안녕하세요.\n\n회원님의 앱 한빛 요가(앱 ID: 3378120094)가 Android용 Facebook SDK v15.0을 사용하고 "
        "있습니다. 2027년 2월 10일부터 v16.0 미만의 Android SDK로 보내는 Facebook 로그인 요청은 더 이상 "
        "지원되지 않습니다.\n\n이 날짜 전에 SDK를 업데이트한 빌드를 배포해 주세요.\n\nMeta for Developers 팀\n",
    )
    # Apple names the app with its numeric Apple ID: the app is the target, in English and in Korean word order.
    mail(
        S,
        "apple-app-name-with-apple-id",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        date="Mon, 16 Nov 2026 10:00:00 -0800",
        subject="Action needed: Sign in with Apple account deletion for Hanbit Wallet",
        plain="Hello,\n\nYour app Hanbit Wallet (Apple ID 1587730021) supports Sign in with Apple. Beginning "
        "March 3, 2027, apps that let people create an account must also revoke their tokens when the account is "
        "deleted. You must update your app before that date.\n\nApple Developer Relations\n",
    )
    mail(
        S,
        "apple-ko-name-apple-id-line-start",
        sender=("Apple Developer", "developer@email.apple.com"),
        date="Thu, 19 Nov 2026 08:00:00 +0900",
        subject="Apple로 로그인 서버 알림 엔드포인트 등록 안내",
        plain="안녕하세요.\n\n한빛 가계부 (Apple ID 1673300214)은(는) Apple로 로그인을 사용합니다.\n\n"
        "2027년 2월 17일부터 Apple로 로그인을 사용하는 앱은 반드시 서버 간 알림 엔드포인트를 등록해야 합니다. "
        "등록하지 않으면 사용자의 계정 삭제 알림을 받을 수 없습니다.\n\nApple Developer Relations\n",
    )
    # Play Console names the app with its package name, in a sentence or as the header line over the message.
    mail(
        S,
        "play-console-app-package-in-sentence",
        sender=("Google Play Console", "no-reply-googleplay-developer@google.com"),
        date="Fri, 13 Nov 2026 09:00:00 -0800",
        subject="Update Hanbit Dungeon to the new Google Sign-In library",
        plain="Hello Google Play Developer,\n\nYour game Hanbit Dungeon (com.hanbitsoft.dungeon) still includes the "
        "legacy Google Sign-In for Android library, which is deprecated. Starting April 6, 2027, sign-in through "
        "that library will stop working; migrate to Credential Manager and publish an update before then.\n\n"
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n",
    )
    mail(
        S,
        "play-console-app-header-line",
        sender=("Google Play Console", "no-reply-googleplay-developer@google.com"),
        date="Fri, 13 Nov 2026 11:00:00 -0800",
        subject="Migrate from legacy Google Sign-In",
        html=page(
            "Google Play Console",
            "<p>Hanbit Ledger &middot; kr.hanbit.ledger</p>",
            "<p>Your app uses the legacy Google Sign-In for Android API, which is deprecated and will be removed. "
            "A removal date will be announced later.</p>",
            "<p>Please migrate to Credential Manager.</p>",
        ),
    )
    # A game publisher's SDK notice (Kakao Games, from kakaogames.com) lists the game in a table: the game is the
    # target, not the SDK, and the publisher's own domain is no look-alike.
    mail(
        S,
        "kakaogames-sdk-game-table",
        sender=("카카오게임즈", "partner-notice@kakaogames.com"),
        date="Tue, 10 Nov 2026 14:00:00 +0900",
        subject="[카카오게임즈] 구버전 게임 SDK 지원 종료 안내",
        html=page(
            "카카오게임즈",
            "<p>파트너사 여러분 안녕하세요. 게임 SDK 2.x 버전의 지원이 종료되어 "
            "아래 게임의 업데이트를 요청드립니다.</p>",
            table([["게임 이름", "앱 ID", "SDK 버전", "적용 기한"], ["한빛 던전", "7781204", "2.9.1", "2027.01.26."]]),
            "<p>적용 기한 이후 2.x SDK에서는 카카오 로그인이 실패합니다.</p>",
        ),
    )


def quota_fix5_examples() -> None:
    """Hosting quota mail naming its account in prose: cPanel usernames ending in a digit, a shared host's
    "user", a plain-word account before what it went over, follow-ups that move the suspension date."""
    # "Your cPanel account <name><digit> (domain ...)": the username, not the recipient fallback.
    mail(
        H,
        "hostgator-cpanel-account-digit-paren-domain",
        sender=("HostGator", "noreply@hostgator.com"),
        date="Thu, 19 Nov 2026 08:00:00 -0600",
        subject="Your hosting account is over its disk allowance",
        html="<p>Hello,</p><p>Your cPanel account <b>potterhb3</b> (main domain hanbit-pottery.net) is using "
        "<b>22.4 GB</b>, more than the 20 GB storage of its Hatchling plan.</p><p>Delete old backups or upgrade. "
        "If it is still over its limit, it will be suspended on <b>December 1, 2026</b>.</p>",
    )
    # A shared host's policy warning about a "user" (SFTP account), with a window counted from the mail.
    mail(
        H,
        "a2hosting-policy-user-bring-under",
        sender=("A2 Hosting Support", "support@a2hosting.com"),
        date="Fri, 20 Nov 2026 10:00:00 -0500",
        subject="Resource policy notice for user loom_sftp",
        plain="Hello,\n\nYour shared hosting user loom_sftp (server nl-shared-14) stores 380 GB of files, far "
        "beyond what our acceptable use policy allows for non-web content.\n\nPlease bring the usage below 150 "
        "GB within 5 days. Otherwise we may suspend the account.\n",
    )
    # The follow-up: the suspension date moved, the account named after "for account".
    mail(
        H,
        "hostgator-followup-suspension-moved",
        sender=("HostGator", "noreply@hostgator.com"),
        date="Mon, 23 Nov 2026 08:00:00 -0600",
        subject="Update on the suspension of potterhb3",
        plain="Hello,\n\nAs agreed with our support team, we have given more time for account potterhb3 to get "
        "back under its disk allowance. The suspension first set for December 1, 2026 has been postponed "
        "until December 9, 2026.\n\nCurrent usage: 21.9 GB of 20 GB.\n",
    )
    # A plain-word account before what it went over ("Your install acmeblog exceeded the visits ...").
    mail(
        H,
        "kinsta-install-exceeded-visits",
        sender=("Kinsta", "no-reply@kinsta.com"),
        date="Sun, 01 Nov 2026 06:00:00 +0000",
        subject="Monthly visits over plan limit",
        plain="Hi,\n\nYour site hanbitloom exceeded the monthly visits included in your Starter plan "
        "(26,200 of 25,000).\n\nOverage is billed at $1 per 1,000 visits. Upgrade your plan to avoid it.\n",
    )
    # Receipts that close an item name what they closed: the domain storage was added to, the team's display
    # name opening the upgrade sentence, the shop of an automatic top-up (자동 증설/충전).
    mail(
        H,
        "google-workspace-extra-storage-added-to-domain",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        date="Fri, 20 Nov 2026 02:00:00 +0000",
        subject="Your storage purchase is complete",
        plain="Hello Administrator,\n\nExtra storage has been added to hanbit-loom.org. Your organization now has "
        "2 TB of pooled storage and users can upload files again.\n\nGoogle LLC\n",
    )
    mail(
        H,
        "vercel-team-display-name-upgraded",
        sender=("Vercel", "notifications@vercel.com"),
        date="Fri, 20 Nov 2026 02:00:00 +0000",
        subject="Welcome to Pro",
        plain="Hi,\n\nOrchard Lane Press has been upgraded to the Pro plan. The included usage of the team is "
        "raised from today, so the earlier usage warning no longer applies.\n\nThe Vercel Team\n",
    )
    mail(
        H,
        "dothome-disk-auto-expanded",
        sender=("닷홈", "help@dothome.co.kr"),
        date="Fri, 20 Nov 2026 10:00:00 +0900",
        subject="[닷홈] 웹 용량 자동 증설 완료 안내",
        plain="hbsoap7 회원님, 안녕하세요.\n\n웹호스팅의 디스크 용량 자동 증설이 정상적으로 완료되었습니다.\n"
        "증설 용량 : 5GB\n증설 후 제공 용량 : 15GB\n\n감사합니다.\n",
    )
    # A cloud console's quota increase request granted closes the project's item (the project under its label).
    mail(
        H,
        "google-cloud-quota-request-granted",
        sender=("Google Cloud", "cloud-quotas-noreply@google.com"),
        date="Fri, 20 Nov 2026 02:00:00 +0000",
        subject="Quota adjustment request approved",
        plain="Hello,\n\nGood news: your quota increase request was approved.\n\nProject: hanbit-loom-api\n"
        "Service: run.googleapis.com\nQuota: Total CPU allocation (region: europe-west1)\nNew value: 40\n\n"
        "You can review quotas in the Google Cloud console.\n",
    )


def social_dates_fix5_examples() -> None:
    """Sign-in notices whose date moves or comes in phases: the date the reader must act by."""
    # A phase moved with both labels on one line ("기존 A → 변경 B"): B, and the phase already past is history.
    mail(
        S,
        "naver-phase-moved-old-new-words",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        date="Tue, 10 Nov 2026 10:00:00 +0900",
        subject="[네이버 개발자센터] 네이버 로그인 구버전 API 2단계 종료 일정 변경 안내",
        plain="안녕하세요. 네이버 개발자센터입니다.\n\n네이버 로그인 구버전 API 지원 종료 일정 중 2단계 일정이 "
        "변경되었습니다.\n\n - 대상 애플리케이션: 한빛 노트 (Client ID: hN0teApp77)\n"
        " - 1단계 (종료) : 2026년 10월 15일 - 신규 호출 제한\n"
        " - 2단계 (변경) : 기존 2027년 1월 20일 → 변경 2027년 4월 7일(수)\n\n"
        "변경된 일정 이후에는 구버전 API 호출이 차단되니 기한 내 전환해 주세요.\n\n감사합니다.\n",
    )
    # An extension said as the time left ("you now have until B"); the first mail's date is history.
    mail(
        S,
        "meta-checkup-now-have-until",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        date="Thu, 19 Nov 2026 17:00:00 +0000",
        subject="Data Use Checkup for Hanbit Quiz: more time to complete",
        plain="Hello,\n\nWe wrote to you on October 2, 2026 that Data Use Checkup for your app Hanbit Quiz "
        "(App ID: 5520918834), which uses Facebook Login, had to be completed by December 1, 2026.\n\n"
        "We are extending this deadline. You now have until January 14, 2027 to complete it. Apps that have not "
        "completed it by then will lose access to "
        "the permissions they use.\n\nMeta for Developers\n",
    )
    # A phased retirement as a list under "in phases": the first item's date, not the final shutdown.
    mail(
        S,
        "line-login-retired-in-phases",
        sender=("LINE Developers", "dev-noreply@linecorp.com"),
        date="Mon, 09 Nov 2026 10:00:00 +0900",
        subject="[LINE Developers] LINE Login v2.0 retirement schedule for Hanbit Talk",
        plain="Hello,\n\nYour channel Hanbit Talk (Channel ID 1657732910) still uses LINE Login v2.0, which will be "
        "retired in phases:\n\n  - From January 12, 2027, LINE Login v2.0 will no longer issue new access "
        "tokens\n    to channels that are not yet migrated.\n  - On April 5, 2027, LINE Login v2.0 will be shut "
        "down completely.\n\nPlease migrate to LINE Login v2.1 before the first date.\n\nLINE Developers\n",
    )
    # A developer program's membership expiry in the footer is no deadline of the sign-in change.
    mail(
        S,
        "apple-ko-membership-expiry-footer",
        sender=("Apple Developer", "developer@email.apple.com"),
        date="Fri, 20 Nov 2026 09:00:00 +0900",
        subject="Apple로 로그인 이메일 릴레이 도메인 등록 안내",
        plain="안녕하세요.\n\n한빛 캠퍼스 (Apple ID 1708812245)은(는) Apple로 로그인의 비공개 이메일 릴레이 서비스를 "
        "사용합니다.\n\n2027년 1월 21일부터 등록되지 않은 도메인에서 보낸 메일은 릴레이 서비스가 더 이상 전달하지 "
        "않습니다. 이 날짜 전에 발신 도메인을 등록해 주세요.\n\n개발자 프로그램 멤버십 만료일: 2027년 9월 3일\n\n"
        "Apple Developer Relations\n",
    )


def monitoring_alert_examples() -> None:
    """A monitoring system's alert about a machine the reader runs is no host's quota notice."""
    # Alertmanager via a hosted Grafana: "[FIRING:1] ..." with a disk at 94% on the reader's own server.
    mail(
        H,
        "grafana-firing-disk-alert",
        sender=("Grafana Alerting", "alerts@grafana.net"),
        date="Sat, 21 Nov 2026 03:12:00 +0000",
        subject="[FIRING:1] DiskSpaceLow (ledger-db-02 /srv/data)",
        plain="1 alert is firing\n\nalertname = DiskSpaceLow\ninstance = ledger-db-02:9100\nmountpoint = /srv/data\n\n"
        "Summary: filesystem /srv/data on ledger-db-02 is 94% full.\nThe disk quota will be exhausted within 6 hours "
        "at the current rate.\n\nSilence this alert: https://hanbit.grafana.net/alerting/silence/new\n",
    )


def quota_gap_fix5_examples() -> None:
    """Hosting quota wordings no rule knew: a Korean share "에 이르렀습니다 / 를 넘었습니다 / 사용률은 N%", a
    groupware tenant's domain before 그룹웨어 / 오피스, a storage vendor's share in parentheses after an amount."""
    # "사용량이 92%에 이르렀습니다": the share with 에 and a verb of reaching; nothing says 초과 or 가득.
    mail(
        H,
        "dothome-share-reached-particle-e",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Fri, 20 Nov 2026 11:00:00 +0900",
        subject="[닷홈] 웹 디스크 사용 현황 안내",
        plain="안녕하세요, 닷홈입니다.\n\n아이디: hbtour2\n\n고객님 계정의 웹 디스크 사용량이 92%에 이르렀습니다.\n"
        "사용하지 않는 파일을 정리하시거나 상위 상품으로 변경해 주시기 바랍니다.\n\n닷홈 드림\n",
    )
    # "디스크 사용률은 94%입니다": the rate named first, the share after it.
    mail(
        H,
        "iwinv-usage-rate-then-share",
        sender=("iwinv", "help@iwinv.kr"),
        date="Sat, 21 Nov 2026 06:30:00 +0900",
        subject="[iwinv] 디스크 사용률 알림",
        plain="아이디 : hbmarket77\n\n운영 중인 서버의 현재 디스크 사용률은 94%입니다.\n"
        "로그와 임시 파일을 정리하시거나 디스크를 증설해 주세요.\n\niwinv 고객센터\n",
    )
    # A threshold described, nothing reached: "사용률 85% 이상 시 ... 보내 드립니다" gives nothing.
    mail(
        H,
        "iwinv-usage-rate-threshold-described",
        sender=("iwinv", "help@iwinv.kr"),
        date="Sat, 21 Nov 2026 06:40:00 +0900",
        subject="[iwinv] 디스크 사용률 알림 서비스 안내",
        plain="아이디 : hbmarket77\n\n이번 달부터 디스크 사용률 85% 이상 시 담당자 메일로 알림을 보내 드립니다.\n"
        "알림 받을 주소는 콘솔의 알림 설정에서 바꾸실 수 있습니다.\n\niwinv 고객센터\n",
    )
    # "DB 용량의 90%를 넘었습니다".
    mail(
        H,
        "cafe24-share-passed-neom",
        sender=("카페24", "hosting@cafe24.com"),
        date="Sun, 22 Nov 2026 14:00:00 +0900",
        subject="[카페24] DB 사용량 안내",
        plain="고객님, 안녕하세요.\n\n호스팅 아이디: hbpress5\n\nDB 용량의 90%를 넘었습니다. 오래된 게시물과 "
        "로그 테이블을 정리해 주세요.\n\n카페24 호스팅센터\n",
    )
    # A groupware tenant: "회사명(domain) 그룹웨어의 ..." names the domain; the recipient is only its admin.
    mail(
        H,
        "hiworks-company-domain-groupware",
        sender=("하이웍스", "noreply@hiworks.com"),
        date="Mon, 16 Nov 2026 15:00:00 +0900",
        subject="[하이웍스] 그룹웨어 저장 공간 안내",
        plain="최고관리자님께,\n\n한빛물산(hanbit-mulsan.kr) 그룹웨어의 공용 저장 공간 사용량이 91%를 넘었습니다.\n"
        "첨부파일 보관함을 정리하시거나 관리자 페이지에서 공간을 추가 구매해 주십시오.\n\n하이웍스 고객지원\n",
        to="master@hanbit-mulsan.kr",
    )
    # A storage vendor's summary: "Storage used: 4.75 TB (95%) of your plan's quota" (the share in parentheses).
    mail(
        H,
        "object-storage-share-in-parens",
        sender=("Storj", "alerts@storj.io"),
        date="Sat, 21 Nov 2026 17:00:00 +0000",
        subject="Bucket storage alert",
        plain="Hi there,\n\nBucket: hanbit-photo-originals\nStorage used: 4.75 TB (95%) of your plan's 5 TB quota\n\n"
        "New objects can no longer be written once the quota is used up.\n\nThe Storj team\n",
    )
    # More shapes of a share: "저장 공간의 93%가 찼습니다", what is left ("잔여 웹 용량이 3%입니다", "just 6% of your
    # mailbox space is left"), a rate "로 높습니다", a label ("Disk usage: 91% (...)"), "is 93% used", and
    # "used X of Y (95%)". A label at 42 % is a usage summary, no warning.
    mail(
        H,
        "gabia-share-filled-chat",
        sender=("가비아", "no-reply@gabia.com"),
        date="Tue, 17 Nov 2026 10:30:00 +0900",
        subject="[가비아] 웹호스팅 저장 공간 안내",
        plain="아이디 : hbcloth4\n\n웹호스팅 저장 공간의 93%가 찼습니다. 백업 파일과 로그를 내려받아 지워 주세요.\n",
    )
    mail(
        H,
        "cafe24-remaining-web-space-share",
        sender=("카페24", "hosting@cafe24.com"),
        date="Wed, 18 Nov 2026 09:10:00 +0900",
        subject="[카페24] 웹 용량 안내",
        plain="호스팅 아이디: hbgarden3\n\n잔여 웹 용량이 3%입니다. 사용하지 않는 이미지와 백업을 정리해 주세요.\n",
    )
    mail(
        H,
        "iwinv-rate-high-ro",
        sender=("iwinv", "help@iwinv.kr"),
        date="Thu, 19 Nov 2026 08:20:00 +0900",
        subject="[iwinv] 메일 계정 용량 안내",
        plain="아이디 : hbmail21\n\n메일 계정의 용량 사용률이 89%로 매우 높습니다. 오래된 메일을 정리해 주세요.\n",
    )
    mail(
        H,
        "generic-disk-usage-label-share",
        sender=("Hetzner Online", "robot@hetzner.com"),
        date="Thu, 19 Nov 2026 03:00:00 +0100",
        subject="Disk usage warning",
        plain="Dear customer,\n\nServer: hb-files-02\nDisk usage: 91% (182 GB / 200 GB)\n\nPlease clean up or order a "
        "larger disk.\n\nHetzner Online GmbH\n",
    )
    mail(
        H,
        "generic-disk-usage-label-low-share",
        sender=("Hetzner Online", "robot@hetzner.com"),
        date="Thu, 19 Nov 2026 03:05:00 +0100",
        subject="Monthly disk usage report",
        plain="Dear customer,\n\nServer: hb-files-02\nDisk usage: 42% (84 GB / 200 GB)\n\nNo action is needed.\n\n"
        "Hetzner Online GmbH\n",
    )
    mail(
        H,
        "generic-volume-share-used",
        sender=("Linode", "support@linode.com"),
        date="Fri, 20 Nov 2026 12:00:00 +0000",
        subject="Volume storage alert",
        plain="Hello,\n\nThe block storage volume hb-data-3 is 93% used.\nResize it or remove files you no longer "
        "need.\n\nLinode Support\n",
    )
    mail(
        H,
        "generic-mailbox-space-left-share",
        sender=("Zoho Mail", "noreply@zoho.com"),
        date="Fri, 20 Nov 2026 07:45:00 +0000",
        subject="Mailbox storage running low",
        plain="Hi,\n\nAccount: hb-support-team\nJust 6% of your mailbox space is left. Delete large attachments or "
        "add storage.\n\nZoho Mail\n",
    )
    mail(
        H,
        "generic-used-amount-share-after",
        sender=("Fastmail", "support@fastmail.com"),
        date="Sat, 21 Nov 2026 09:00:00 +1100",
        subject="Storage quota notice",
        plain="Hello,\n\nAccount: hb-editors\nYou have used 47.5 GB of the 50 GB included in your plan (95%).\n"
        "Remove old mail and files, or move to a larger plan.\n\nFastmail\n",
    )
    # A groupware tenant from a host with no rule of its own: "회사명(domain)의 ..." and "Name (domain) has used ...";
    # an upsell ("more storage left over") and a notification-rule change name shares but warn of nothing.
    mail(
        H,
        "generic-groupware-tenant-domain-ko",
        sender=("NAVER WORKS", "noreply@worksmobile.com"),
        date="Tue, 17 Nov 2026 13:00:00 +0900",
        subject="[NAVER WORKS] 공용 드라이브 저장 공간 알림",
        plain="관리자님께,\n\n한빛테크(hanbit-tech.io)의 공용 드라이브 저장 공간을 90% 사용하고 있습니다.\n"
        "필요 없는 파일을 지우거나 관리자 화면에서 저장 공간을 늘려 주세요.\n",
        to="admin@hanbit-tech.io",
    )
    mail(
        H,
        "generic-groupware-tenant-domain-en",
        sender=("Zoho Workplace", "noreply@zoho.com"),
        date="Wed, 18 Nov 2026 10:00:00 +0000",
        subject="Organization storage notice",
        plain="Hello administrator,\n\nHanbit Design (hanbit-design.com) has used 93% of its shared mail storage.\n"
        "Remove large attachments or buy more storage in the admin console.\n",
        to="admin@hanbit-design.com",
    )
    mail(
        H,
        "generic-upsell-more-storage-left",
        sender=("Storj", "news@storj.io"),
        date="Wed, 18 Nov 2026 18:00:00 +0000",
        subject="More storage for your files this winter",
        plain="Hi,\n\nSwitch to Pro and keep 15% more storage left over every month, at no extra cost.\n",
    )
    mail(
        H,
        "generic-usage-notification-rules-updated",
        sender=("Hetzner Online", "robot@hetzner.com"),
        date="Wed, 18 Nov 2026 19:00:00 +0100",
        subject="Disk usage notification rules updated",
        plain="Dear customer,\n\nServer: hb-files-02\nWe will email you when disk usage is at 85% of its capacity.\n",
    )
    # Verbs of a share passed: "기준(85%)을 넘어섰습니다" (the share in parentheses), "92%를 쓰고 있습니다",
    # "90%를 돌파했습니다", "bandwidth usage has hit 92%", "crossed the 90% mark".
    mail(
        H,
        "dothome-threshold-paren-passed",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        date="Mon, 16 Nov 2026 16:00:00 +0900",
        subject="[닷홈] 트래픽 사용 안내",
        plain="아이디: hbsoap9\n\n오늘 트래픽 사용량이 경고 기준(85%)을 넘어섰습니다. 이미지 용량을 줄여 주세요.\n",
    )
    mail(
        H,
        "cafe24-share-using-sseugo",
        sender=("카페24", "hosting@cafe24.com"),
        date="Tue, 17 Nov 2026 16:00:00 +0900",
        subject="[카페24] 디스크 사용 안내",
        plain="호스팅 아이디: hbbakery2\n\n지금 디스크의 92%를 쓰고 있습니다. 필요 없는 파일을 지워 주세요.\n",
    )
    mail(
        H,
        "gabia-traffic-share-broke-through",
        sender=("가비아", "no-reply@gabia.com"),
        date="Wed, 18 Nov 2026 16:00:00 +0900",
        subject="[가비아] 트래픽 사용 안내",
        plain="아이디 : hbflower6\n\n이번 달 웹 트래픽이 제공량의 90%를 돌파했습니다. 트래픽을 추가하시려면 My가비아를 "
        "이용해 주세요.\n",
    )
    mail(
        H,
        "generic-bandwidth-usage-has-hit-share",
        sender=("bunny.net", "support@bunny.net"),
        date="Thu, 19 Nov 2026 16:00:00 +0000",
        subject="Bandwidth usage notice",
        plain="Hello,\n\nAccount: hb-cdn-07\nYour monthly bandwidth usage has hit 92%. Traffic over the plan is "
        "billed per GB.\n",
    )
    mail(
        H,
        "generic-storage-crossed-share-mark",
        sender=("Backupify", "alerts@backupify.com"),
        date="Thu, 19 Nov 2026 17:00:00 +0000",
        subject="Backup storage notice",
        plain="Hello,\n\nAccount: hb-backups-01\nThe backup storage for this account just crossed the 90% mark.\n",
    )
    # Load is no quota: "CPU usage: 97%", "memory usage has reached 93%" give nothing.
    mail(
        H,
        "generic-cpu-memory-usage-share",
        sender=("Vultr", "alerts@vultr.com"),
        date="Thu, 19 Nov 2026 18:00:00 +0000",
        subject="Instance usage alert",
        plain="Hello,\n\nInstance: hb-app-04\nCPU usage: 97%\nYour memory usage has reached 93%.\n"
        "Consider resizing the instance.\n",
    )


def main() -> None:
    lead_examples()
    domain_examples()
    hosting_examples()
    social_examples()
    social_examples_v2()
    social_h11_examples()
    v2_more_examples()
    v3_examples()
    v4_examples()
    v5_examples()
    social_h3_examples()
    v6_examples()
    v7_examples()
    v8_examples()
    social_h6_examples()
    h7_examples()
    h8_examples()
    h9_examples()
    h10_examples()
    h12_quota_examples()
    h12_domain_examples()
    social_fix4_examples()
    domain_fix4_examples()
    quota_target_fix4_examples()
    quota_fix4_examples()
    domain_fix5_examples()
    social_fix5_examples()
    quota_fix5_examples()
    social_dates_fix5_examples()
    quota_gap_fix5_examples()
    monitoring_alert_examples()
    print(f"wrote {len(_written)} example mails under {HERE}")


if __name__ == "__main__":
    main()
