"""Writes examples/inbox/: a small, realistic shared mailbox for README's first command.

Run `python examples/make_inbox.py` to regenerate. Real encoders (EUC-KR, base64, quoted-printable,
HTML-only) produce the files, as vendors' mail servers would.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

OUT = Path(__file__).parent / "inbox"
KST = timezone(timedelta(hours=9))
UTC = UTC
TO = "ops@example-shop.co.kr"


def auth(domain: str, ok: bool = True) -> str:
    verdict = "pass" if ok else "fail"
    return (
        f"mx.example-shop.co.kr; dkim={verdict} header.d={domain}; spf={verdict} "
        f"smtp.mailfrom=bounce@{domain}; dmarc={verdict} header.from={domain}"
    )


def plain(
    sender: str,
    subject: str,
    body: str,
    when: datetime,
    *,
    charset: str = "utf-8",
    cte: str | None = None,
    auth_domain: str | None = None,
    auth_ok: bool = True,
) -> MIMEText:
    msg = MIMEText(body, "plain", charset)
    if cte == "quoted-printable":
        del msg["Content-Transfer-Encoding"]
        from email import charset as cs

        c = cs.Charset(charset)
        c.body_encoding = cs.QP
        msg = MIMEText(body, "plain", c)  # type: ignore[arg-type]
    _headers(msg, sender, subject, when, auth_domain, auth_ok)
    return msg


def html_only(
    sender: str, subject: str, html: str, when: datetime, auth_domain: str | None = None, auth_ok: bool = True
) -> MIMEText:
    msg = MIMEText(html, "html", "utf-8")
    _headers(msg, sender, subject, when, auth_domain, auth_ok)
    return msg


def alternative(
    sender: str, subject: str, text: str, html: str, when: datetime, auth_domain: str | None = None
) -> MIMEMultipart:
    msg = MIMEMultipart("alternative", boundary="=_noticewatch_example_alt")
    msg.attach(MIMEText(text, "plain", "utf-8"))
    msg.attach(MIMEText(html, "html", "utf-8"))
    _headers(msg, sender, subject, when, auth_domain, True)
    return msg


def _headers(msg, sender: str, subject: str, when: datetime, auth_domain: str | None, auth_ok: bool) -> None:  # type: ignore[no-untyped-def]
    from email.header import Header

    if auth_domain:
        msg["Authentication-Results"] = auth(auth_domain, auth_ok)
    name, addr = parseaddr(sender)
    msg["From"] = sender if sender.startswith("=?") else formataddr((name, addr), charset="utf-8")
    msg["To"] = TO
    msg["Subject"] = Header(subject, "utf-8")
    msg["Date"] = format_datetime(when)
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    # Deterministic, so regenerating the sample gives the same files.
    digest = hashlib.sha256(f"{subject}|{when.isoformat()}".encode()).hexdigest()[:20]
    msg["Message-ID"] = f"<{digest}@{domain}>"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    mails: dict[str, object] = {}

    mails["01-gabia-domain-expiry.eml"] = plain(
        "=?euc-kr?B?sKG68cDM?= <noreply@gabia.com>",
        "[가비아] 도메인 만료 예정 안내 (example-shop.co.kr)",
        "안녕하세요, 가비아입니다.\n\n"
        "고객님께서 가비아에서 등록하신 도메인의 만료일이 다가와 안내드립니다.\n\n"
        "도메인명: example-shop.co.kr\n"
        "등록일: 2021년 12월 15일\n"
        "만료일: 2026년 12월 15일\n\n"
        "만료일까지 기간을 연장하지 않으면 홈페이지, 이메일 등 도메인에 연결된 서비스를 이용할 수 없습니다.\n"
        "만료 후에는 복구 비용이 추가로 발생할 수 있습니다.\n\n"
        "My가비아 > 서비스 관리 > 도메인에서 기간 연장을 신청해 주세요.\n\n"
        "본 메일은 발신 전용입니다. 발송일: 2026.11.20\n",
        datetime(2026, 11, 20, 9, 0, tzinfo=KST),
        charset="euc-kr",
        auth_domain="gabia.com",
    )

    mails["02-namecheap-expired.eml"] = html_only(
        "Namecheap <support@namecheap.com>",
        "Your domain mybrand.io has expired",
        "<html><body><p>Hi there,</p>"
        "<p>The following domain registered with Namecheap <b>expired</b> and is now in its grace period. "
        "Renew it now to keep your website and email working.</p>"
        "<table border='1'><tr><th>Domain</th><th>Expiration Date</th><th>Auto-Renew</th></tr>"
        "<tr><td>mybrand.io</td><td>November 20, 2026</td><td>Off</td></tr></table>"
        "<p>If the domain is not renewed before the grace period ends, a redemption fee applies.</p>"
        "<p>Namecheap, Inc. · 4600 East Washington Street, Phoenix, AZ</p></body></html>",
        datetime(2026, 11, 21, 3, 12, tzinfo=UTC),
        auth_domain="namecheap.com",
    )

    mails["03-cafe24-traffic.eml"] = plain(
        "카페24 <hosting@cafe24.com>",
        "[카페24] 웹호스팅 트래픽 초과 예정 안내",
        "안녕하세요. 카페24 호스팅센터입니다.\n\n"
        "고객님이 사용 중인 웹호스팅 계정의 일일 트래픽 사용량이 제공량의 90%를 초과하였습니다.\n\n"
        "호스팅 아이디: exshop01\n"
        "상품명: 10G 광아우토반 Basic\n"
        "트래픽 사용량: 2.7GB / 3GB (90%)\n\n"
        "트래픽을 모두 사용하면 2026년 11월 24일 00시부터 홈페이지 접속이 일시 차단됩니다.\n"
        "트래픽 추가 구매 또는 상품 업그레이드를 진행해 주세요.\n",
        datetime(2026, 11, 23, 6, 30, tzinfo=KST),
        cte="quoted-printable",
        auth_domain="cafe24.com",
    )

    mails["04-kakao-login-deprecation.eml"] = alternative(
        "Kakao Developers <noreply@kakaocorp.com>",
        "[Kakao Developers] 카카오 로그인 구버전 API 지원 종료 안내",
        "안녕하세요, 카카오디벨로퍼스입니다.\n\n"
        "카카오 로그인 사용자 정보 조회 v1 API(/v1/user/me) 지원이 종료될 예정입니다.\n\n"
        "앱 이름: 예제쇼핑\n앱 ID: 812345\n\n"
        "지원 종료일: 2027년 3월 31일\n\n"
        "종료일 이후 v1 API 호출은 실패합니다. 기한 내에 v2 API(/v2/user/me)로 전환해 주세요.\n",
        "<p>안녕하세요, 카카오디벨로퍼스입니다.</p><p>카카오 로그인 사용자 정보 조회 v1 API(/v1/user/me) "
        "지원이 종료될 예정입니다.</p><table><tr><td>앱 이름</td><td>예제쇼핑</td></tr>"
        "<tr><td>앱 ID</td><td>812345</td></tr><tr><td>지원 종료일</td><td>2027년 3월 31일</td></tr></table>"
        "<p>종료일 이후 v1 API 호출은 실패합니다. 기한 내에 v2 API(/v2/user/me)로 전환해 주세요.</p>",
        datetime(2026, 11, 2, 10, 0, tzinfo=KST),
        auth_domain="kakaocorp.com",
    )

    mails["05-meta-graph-api.eml"] = plain(
        "Meta for Developers <notification@facebookmail.com>",
        "Action required: Graph API v18.0 will be deprecated",
        "Hi Example Shop,\n\n"
        "Your app Example Shop Login (App ID: 1234567890123) is calling Graph API v18.0, "
        "which will be deprecated on January 21, 2027.\n\n"
        "After that date, calls to v18.0 will be automatically upgraded to the next available version, "
        "which may break Facebook Login for your users. Upgrade your app to the latest version before "
        "January 21, 2027.\n\n"
        "Thanks,\nThe Meta for Developers team\n",
        datetime(2026, 10, 20, 17, 0, tzinfo=UTC),
        auth_domain="facebookmail.com",
    )

    # An earlier notice about a second domain, then the receipt that resolves it.
    mails["06-gabia-expiry-old.eml"] = plain(
        "가비아 <noreply@gabia.com>",
        "[가비아] 도메인 만료 예정 안내 (example-blog.kr)",
        "고객님의 도메인이 곧 만료됩니다.\n\n도메인명: example-blog.kr\n만료일: 2026년 11월 30일\n\n"
        "만료 전에 기간을 연장해 주세요.\n",
        datetime(2026, 10, 30, 9, 0, tzinfo=KST),
        auth_domain="gabia.com",
    )
    mails["07-gabia-renewed.eml"] = plain(
        "가비아 <noreply@gabia.com>",
        "[가비아] 도메인 기간 연장 완료 안내 (example-blog.kr)",
        "도메인 기간 연장이 정상적으로 완료되었습니다.\n\n도메인명: example-blog.kr\n"
        "연장 기간: 1년\n새 만료일: 2027년 11월 30일\n결제일: 2026년 11월 10일\n",
        datetime(2026, 11, 10, 14, 0, tzinfo=KST),
        auth_domain="gabia.com",
    )

    # Things that must give nothing.
    mails["08-newsletter-promo.eml"] = html_only(
        "GoDaddy <offers@godaddy.com>",
        "Register .com domains now for $0.99 — offer expires Sunday!",
        "<p>Big savings: get a new .com for $0.99*. This offer expires November 30, 2026.</p>"
        "<p>Build your brand online today. <a href='https://www.godaddy.com/deals'>Shop deals</a></p>"
        "<p>*First year only. Unsubscribe</p>",
        datetime(2026, 11, 18, 15, 0, tzinfo=UTC),
        auth_domain="godaddy.com",
    )
    mails["09-coupon.eml"] = plain(
        "쇼핑몰 <event@mall.example.com>",
        "고객님의 10% 할인 쿠폰이 곧 만료됩니다",
        "보유하신 할인 쿠폰이 2026년 11월 30일에 만료됩니다. 지금 사용하세요!\n",
        datetime(2026, 11, 21, 8, 0, tzinfo=KST),
    )
    mails["10-personal.eml"] = plain(
        "김민수 <minsu@example-shop.co.kr>",
        "금요일 회의 자료",
        "내일 회의 자료 공유드립니다. 계약 만료 관련 논의는 다음 주로 미뤘습니다.\n",
        datetime(2026, 11, 19, 18, 0, tzinfo=KST),
    )

    # A look-alike of a registrar: must be reported as suspicious, never as a normal item.
    mails["11-phishing.eml"] = plain(
        "Gabia <billing@gabia-billing.com>",
        "[가비아] 도메인 만료 긴급 안내 - 즉시 결제 필요",
        "고객님의 도메인 example-shop.co.kr 이 2026년 11월 25일 만료됩니다.\n"
        "아래 링크에서 즉시 결제하지 않으면 도메인이 삭제됩니다: http://gabia-billing.com/pay\n",
        datetime(2026, 11, 22, 23, 0, tzinfo=KST),
        auth_domain="gabia-billing.com",
        auth_ok=False,
    )

    # A colleague forwards a hosting notice: evidence for the same item.
    mails["12-forwarded-dothome.eml"] = plain(
        "이지은 <jieun@example-shop.co.kr>",
        "전달: [닷홈] 호스팅 디스크 용량 초과 안내",
        "확인 부탁드려요.\n\n"
        "---------- Forwarded message ---------\n"
        "From: 닷홈 <help@dothome.co.kr>\n"
        "Date: 2026년 11월 17일 (화) 오전 10:00\n"
        "Subject: [닷홈] 호스팅 디스크 용량 초과 안내\n"
        "To: <old-admin@example-shop.co.kr>\n\n"
        "고객님의 호스팅 계정(exshopimg)의 디스크 사용량이 95%에 도달했습니다.\n"
        "디스크 용량이 가득 차면 이미지 업로드와 게시물 작성이 불가능합니다.\n"
        "2026년 11월 30일까지 용량을 정리하거나 상품을 변경해 주세요.\n",
        datetime(2026, 11, 18, 9, 30, tzinfo=KST),
    )

    for name, msg in mails.items():
        (OUT / name).write_bytes(msg.as_bytes())  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
