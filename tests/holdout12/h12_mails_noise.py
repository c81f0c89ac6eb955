# ruff: noqa: E501
# (mail bodies are data: real vendor HTML and Korean lines are long, and wrapping them would change the mail)
"""holdout12: the rest of a clinic chain's 관리자 mailbox — marketing, coupons and points, tax invoices,
unrelated receipts, privacy notices, security alerts, newsletters, staff mail — and phishing that
imitates registrars, hosts and sign-in providers."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item
from h12_lib import m, q_subject

UNSUB = "<mailto:unsubscribe@{d}?subject=unsubscribe>, <https://{d}/unsubscribe?u=ms0142>"


def unsub(domain: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": UNSUB.format(d=domain),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


GABIA_PROMO_HTML = """<html><body style="margin:0">
<div style="display:none">(광고) .kr 도메인 첫해 2,900원! 11월 30일까지만</div>
<table width="100%" bgcolor="#0a1f44"><tr><td align="center">
<table width="640" style="font-family:'Malgun Gothic';color:#fff">
<tr><td style="padding:40px 20px;font-size:30px;font-weight:bold">(광고) 연말 도메인 대전<br>.kr / .co.kr 첫해 2,900원</td></tr>
<tr><td style="padding:0 20px 30px;font-size:15px">이벤트 기간: 2026.11.09 ~ 2026.11.30<br>
신규 등록만 해당되며 연장/이전은 제외됩니다. 1인 5개 한정.<br>
지금 원하는 이름이 만료되기 전에 선점하세요!</td></tr>
<tr><td style="padding:20px"><a href="https://domain.gabia.com/event/2026yearend" style="background:#ffcc00;color:#000;padding:14px 30px;text-decoration:none">도메인 검색하기</a></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#aab">본 메일은 2026년 11월 9일 기준 광고성 정보 수신에 동의하신 회원님께 발송되었습니다.<br>
수신을 원치 않으시면 <a href="https://www.gabia.com/unsubscribe" style="color:#aab">[수신거부]</a>를 클릭하세요. | (주)가비아 1544-4370</td></tr>
</table></td></tr></table></body></html>
"""

NHNCLOUD_NEWS_HTML = """<html><body style="font-family:'Noto Sans KR';font-size:14px;color:#333">
<table width="680" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px;background:#125de6;color:#fff;font-size:22px">NHN Cloud 뉴스레터 2026년 11월호</td></tr>
<tr><td style="padding:24px">
<h3>이달의 업데이트</h3>
<ul>
<li>AI EasyMaker GPU 인스턴스 신규 출시</li>
<li>Object Storage 수명 주기 정책 UI 개선</li>
</ul>
<h3>알아두면 좋은 지원 종료 소식</h3>
<p>클라우드 서비스는 보안과 품질을 위해 오래된 버전의 API와 SDK를 주기적으로 종료합니다.
이번 호에서는 지원 종료 공지를 놓치지 않는 방법, 종료 일정 전에 마이그레이션 계획을 세우는 팁,
그리고 소셜 로그인 SDK 버전 관리 체크리스트를 소개합니다.</p>
<p><a href="https://www.nhncloud.com/kr/blog/deprecation-checklist">블로그에서 자세히 보기 &rarr;</a></p>
<h3>이벤트</h3>
<p>NHN Cloud Make IT 2026 다시보기 (~2026.12.31)</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">본 메일은 뉴스레터 수신에 동의하신 분께 발송됩니다. 수신거부 | NHN Cloud Corp.</td></tr>
</table></body></html>
"""

NEGATIVES: list[Mail] = [
    m(
        name="h12_neg_gabia_promo",
        category="negative",
        lang="ko",
        sender=("가비아", "event@gabia.com"),
        subject="(광고) [가비아] 연말 도메인 대전, .kr 첫해 2,900원",
        date="2026-11-09 11:00 +0900",
        html=GABIA_PROMO_HTML,
        form="alt",
        headers=unsub("gabia.com"),
        note="registrar marketing with List-Unsubscribe; the event end date is not a deadline",
        items=[],
    ),
    m(
        name="h12_neg_cafe24_coupon",
        category="negative",
        lang="ko",
        sender=("카페24", "news@cafe24.com"),
        subject="(광고) 보유하신 호스팅 할인 쿠폰이 곧 만료됩니다",
        date="2026-11-15 10:00 +0900",
        text="""(광고) 카페24

맑은숲피부과님, 사용하지 않은 쿠폰이 있어요!

 - 쿠폰명: 웹호스팅 상위상품 변경 30% 할인
 - 쿠폰 만료일: 2026-11-30
 - 사용처: 호스팅 상품 변경 / 신규 신청

쿠폰은 만료일 이후 자동 소멸되며 재발급되지 않습니다.

수신거부: 나의 정보 > 광고성 정보 수신 설정 | 카페24(주) 1588-3284
""",
        headers=unsub("cafe24.com"),
        note="coupon expiry from a host: marketing, nothing at risk",
        items=[],
    ),
    m(
        name="h12_neg_naverpay_points",
        category="negative",
        lang="ko",
        sender=("네이버페이", "naverpay_noreply@navercorp.com"),
        subject="[네이버페이] 소멸 예정 포인트 안내",
        date="2026-11-01 08:00 +0900",
        charset="euc-kr",
        cte="base64",
        text="""네이버페이 포인트 소멸 예정 안내

회원님의 네이버페이 포인트 중 일부가 유효기간 만료로 소멸될 예정입니다.

소멸 예정 포인트 : 3,120원
소멸 예정일 : 2026년 11월 30일

소멸 예정 포인트는 네이버페이 가맹점에서 사용하실 수 있습니다.
이 메일은 발신전용입니다.
""",
        note="points expiry (EUC-KR base64)",
        items=[],
    ),
    m(
        name="h12_neg_tax_invoice_pdf",
        category="negative",
        lang="ko",
        sender=("스마트빌", "noreply@smartbill.co.kr"),
        subject="[전자세금계산서] (주)메디서플라이에서 세금계산서를 발행하였습니다",
        date="2026-10-12 17:30 +0900",
        text="""전자세금계산서 발행 안내

공급자 : (주)메디서플라이 (사업자번호 214-88-01234)
공급받는자 : 맑은숲피부과 (사업자번호 120-91-55432)
작성일자 : 2026-10-12
품목 : 멸균 거즈 외 12건
합계금액 : 1,386,000원
결제기한 : 2026-11-10

본 세금계산서는 국세청 전송 완료 후 조회 가능합니다. 첨부된 PDF를 확인해 주세요.
스마트빌 고객센터 1588-0000
""",
        attachment=True,
        note="tax invoice for medical supplies, with PDF; payment due date is not a vendor-notice deadline",
        items=[],
    ),
    m(
        name="h12_neg_coupang_order",
        category="negative",
        lang="ko",
        sender=("쿠팡", "no-reply@coupang.com"),
        subject="[쿠팡] 결제가 완료되었습니다",
        date="2026-09-28 13:22 +0900",
        text="""주문해 주셔서 감사합니다.

주문번호 : 2000123456789
결제일시 : 2026-09-28 13:21
상품 : 복합기 토너 (정품) 2개 외 1건
결제금액 : 184,300원 (법인카드)
도착 예정 : 9월 30일(수) 도착 보장

로켓배송 상품은 반품 기간(수령 후 30일) 내 무료 반품이 가능합니다.
""",
        note="unrelated purchase receipt",
        items=[],
    ),
    m(
        name="h12_neg_imweb_privacy_notice",
        category="negative",
        lang="ko",
        sender=("아임웹", "no-reply@imweb.me"),
        subject="[아임웹] 개인정보 이용내역 안내",
        date="2026-09-10 10:00 +0900",
        text="""안녕하세요, 아임웹입니다.

「개인정보 보호법」 제20조의2에 따라 회원님의 개인정보 이용내역을 연 1회 안내드립니다.

1. 수집·이용 항목: 이메일, 휴대전화번호, 결제 정보, 사이트 운영 기록
2. 이용 목적: 서비스 제공, 요금 정산, 고객 상담
3. 제3자 제공: 결제대행사(PG), 도메인 등록대행(가비아) - 도메인 연결 서비스 이용 시
4. 보유 기간: 회원 탈퇴 시까지 (관계 법령에 따라 보관이 필요한 경우 해당 기간)

개인정보처리방침 최종 개정일: 2026년 3월 1일
본 안내는 법령에 따른 의무 통지로 수신 거부와 관계없이 발송됩니다.
""",
        note="annual 개인정보 이용내역 통지 from a host; mentions 도메인 but nothing due",
        items=[],
    ),
    m(
        name="h12_neg_naver_newdevice",
        category="negative",
        lang="ko",
        sender=("네이버", "navercorp_noreply@navercorp.com"),
        subject="[네이버] 새로운 기기에서 로그인되었습니다",
        date="2026-11-13 21:47 +0900",
        text="""msderm_admin 님의 네이버 아이디로 새로운 기기에서 로그인되었습니다.

일시 : 2026-11-13 21:46
기기 : Windows Chrome
위치 : 대한민국 (IP 211.xxx.xxx.14)

본인이 로그인한 것이 맞다면 이 메일은 무시하셔도 됩니다.
본인이 아니라면 즉시 비밀번호를 변경하고 2단계 인증을 설정해 주세요.
""",
        note="security alert",
        items=[],
    ),
    m(
        name="h12_neg_google_signin_alert_en",
        category="negative",
        lang="en",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="Security alert for msderm.dev@malgeunsup.co.kr",
        date="2026-10-19 03:12 +0000",
        text="""A new sign-in on Mac

msderm.dev@malgeunsup.co.kr

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to
do anything. If not, we'll help you secure your account.

Check activity: https://accounts.google.com/AccountChooser?Email=msderm.dev@malgeunsup.co.kr

You can also see security activity at https://myaccount.google.com/notifications

You received this email to let you know about important changes to your Google Account and services.
(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
        note="security alert (new sign-in); not a sign-in API deprecation",
        items=[],
    ),
    m(
        name="h12_neg_nhncloud_newsletter",
        category="negative",
        lang="ko",
        sender=("NHN Cloud", "newsletter@nhncloud.com"),
        subject="[NHN Cloud] 11월 뉴스레터: 지원 종료 공지 놓치지 않는 법",
        date="2026-11-11 10:00 +0900",
        html=NHNCLOUD_NEWS_HTML,
        form="html",
        cte="base64",
        headers=unsub("nhncloud.com"),
        note="newsletter about deprecations in general",
        items=[],
    ),
    m(
        name="h12_neg_meta_blog_en",
        category="negative",
        lang="en",
        sender=("Meta for Developers", "developers@mail.developers.facebook.com"),
        subject="Introducing Graph API v25.0 and Marketing API v25.0",
        date="2026-10-08 17:00 +0000",
        text="""Meta for Developers newsletter

Today we're releasing Graph API v25.0 and Marketing API v25.0. This release includes new endpoints for
Instagram messaging and updates to Facebook Login permissions.

As a reminder, every Graph API version is supported for at least two years. Review the changelog and
the version deprecation schedule to plan your upgrades: https://developers.facebook.com/docs/graph-api/changelog

Read the full post on our blog.

You're receiving this newsletter because you subscribed to Meta for Developers updates.
Unsubscribe | Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
        headers=unsub("mail.developers.facebook.com"),
        note="release newsletter mentioning deprecation schedules in general; no app named",
        items=[],
    ),
    m(
        name="h12_neg_staff_dinner",
        category="negative",
        lang="ko",
        sender=("박지훈", "jhpark@malgeunsup.co.kr"),
        subject="12월 송년회 장소 투표",
        date="2026-11-16 18:05 +0900",
        to="전직원 <all@malgeunsup.co.kr>",
        text="""안녕하세요 원무과 박지훈입니다.

12월 송년회 장소 투표 부탁드립니다. (11월 20일 금요일까지)
1) 역삼 한우집 - 단체 할인 쿠폰 유효기간이 12월 15일 만료라 그 전에 가야 합니다
2) 분당 이탈리안 - 룸 예약 가능

관리자 메일함 정리하면서 보니 도메인 만료 메일이 엄청 많던데 그건 실장님이 따로 보고 계신다고 합니다 ^^

박지훈 드림
""",
        note="staff mail: coupon expiry and a passing mention of domain expiry mails",
        items=[],
    ),
    m(
        name="h12_neg_it_password_expiry",
        category="negative",
        lang="ko",
        sender=("맑은숲 IT지원", "it@malgeunsup.co.kr"),
        subject="[공지] NAVER WORKS 비밀번호 만료 예정 안내 (90일 정책)",
        date="2026-11-02 09:00 +0900",
        to="전직원 <all@malgeunsup.co.kr>",
        text="""임직원 여러분 안녕하세요, IT지원입니다.

사내 보안 정책(비밀번호 90일 변경)에 따라 아래 기간에 비밀번호가 만료되는 계정이 있습니다.

 - 만료 예정일: 2026년 11월 16일
 - 대상: 2026년 8월 18일 이전에 비밀번호를 마지막으로 변경한 계정

만료 후에는 로그인 시 비밀번호 변경 화면이 표시됩니다. 미리 변경해 주시면 감사하겠습니다.
""",
        note="the company's own IT password-expiry notice",
        items=[],
    ),
    m(
        name="h12_neg_ssl_expiry",
        category="negative",
        lang="ko",
        sender=("가비아 SSL", "ssl@gabia.com"),
        subject="[가비아] SSL 인증서 만료 예정 안내 (www.malgeunsup.co.kr)",
        date="2026-11-06 09:00 +0900",
        text="""안녕하세요. 가비아 SSL 인증서 담당입니다.

고객님의 SSL 인증서 유효기간이 곧 만료됩니다.

 - 인증서 : Sectigo PositiveSSL (DV)
 - 적용 도메인 : www.malgeunsup.co.kr
 - 만료일 : 2026-12-09

만료 전 갱신하지 않으면 웹 브라우저에 '안전하지 않음' 경고가 표시됩니다.
갱신 신청: My가비아 > 서비스 관리 > SSL 보안서버

"""
        + "(주)가비아 | 고객센터 1544-4370\n",
        note="SSL certificate expiry: not a built-in kind, even from a registrar about a domain name",
        items=[],
    ),
    m(
        name="h12_neg_wdrp_mixed",
        category="negative",
        lang="mixed",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 도메인 등록정보 확인 안내 (WDRP) / Domain Data Reminder",
        date="2026-09-30 10:00 +0900",
        text="""[도메인 등록정보 확인 안내]
ICANN 정책(WDRP)에 따라 연 1회 도메인 등록정보 확인을 요청드립니다.
정보가 정확하다면 별도 조치는 필요하지 않습니다.

Domain: malgeunsup.com
Registrant: Malgeunsup Dermatology Clinic
Creation Date: 2018-10-25
Expiration Date: 2026-10-25

[Whois Data Reminder]
ICANN requires registrars to remind registrants annually to review their WHOIS data. If the
information above is accurate, no action is needed. False WHOIS data can be grounds for cancellation.

Gabia, Inc. | https://www.gabia.com
""",
        note="WDRP reminder merely lists the expiry date (the domain's own expiry notice is another mail)",
        items=[],
    ),
    m(
        name="h12_neg_canva_trial_en",
        category="negative",
        lang="en",
        sender=("Canva", "marketing@engage.canva.com"),
        subject="Your Canva Pro free trial ends in 3 days",
        date="2026-10-24 14:00 +0000",
        text="""Hi 맑은숲 마케팅팀,

Your free trial of Canva Pro ends on October 27, 2026. After that, your team will be moved back to
Canva Free and Pro features like Brand Kit and Magic Resize will be locked.

Keep Pro for your clinic's social posts: https://www.canva.com/pro

Canva, 110 Kippax St, Surry Hills NSW 2010, Australia
Unsubscribe: https://www.canva.com/unsubscribe
""",
        headers=unsub("engage.canva.com"),
        note=(
            "free-trial end of a design tool: decided negative, nothing at risk for hosting/domains/sign-in, "
            "and the account just reverts to the free tier"
        ),
        items=[],
    ),
    m(
        name="h12_neg_kakao_alimtalk_price",
        category="negative",
        lang="ko",
        sender=("카카오비즈니스", "kakaobusiness_noreply@kakaocorp.com"),
        subject="[카카오비즈니스] 알림톡 발송 단가 변경 안내",
        date="2026-10-21 10:00 +0900",
        text="""안녕하세요, 카카오비즈니스입니다.

2027년 1월 1일 발송분부터 알림톡 발송 단가가 아래와 같이 변경됩니다.

 - 변경 전: 건당 7.5원 / 변경 후: 건당 8원 (VAT 별도)
 - 적용 대상: 맑은숲피부과 채널(@맑은숲피부과) 포함 모든 비즈니스 채널

별도 조치는 필요하지 않으며, 변경된 단가는 2027년 1월 청구분부터 반영됩니다.
""",
        note="Kakao business price change: Kakao but not a login deprecation",
        items=[],
    ),
    m(
        name="h12_neg_cafe24_maintenance",
        category="negative",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 웹호스팅 서버 정기 점검 안내 (11/25)",
        date="2026-11-18 16:00 +0900",
        text="""안녕하세요. 카페24 호스팅센터입니다.

안정적인 서비스 제공을 위해 아래 일정으로 서버 정기 점검을 진행합니다.

 - 점검 일시 : 2026년 11월 25일(수) 오전 2시 ~ 오전 6시
 - 대상 : 웹호스팅 일부 서버 (msderm01 포함)
 - 영향 : 점검 중 약 10분 이내 접속 지연 발생 가능

점검 시간 동안 별도 조치는 필요하지 않습니다. 이용에 불편을 드려 죄송합니다.
""",
        note="maintenance notice naming a hosting account: not a quota warning",
        items=[],
    ),
    m(
        name="h12_neg_hostingkr_price",
        category="negative",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] 2027년 도메인 요금 변경 안내",
        date="2026-11-10 10:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""안녕하세요, 호스팅케이알입니다.

등록기관(레지스트리) 도매가 인상에 따라 2027년 1월 1일부터 일부 도메인의 등록/연장 요금이 변경됩니다.

 .com  : 18,700원 -> 19,800원
 .net  : 20,900원 -> 22,000원
 .kr / .co.kr : 변동 없음

2026년 12월 31일까지 연장하시는 경우 기존 요금이 적용됩니다.
""",
        note="price change announcement; the effective date is not a deadline for any item",
        items=[],
    ),
    m(
        name="h12_neg_github_pat_en",
        category="negative",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] Your personal access token (classic) is about to expire",
        date="2026-11-14 00:05 +0000",
        text="""Hi @msderm-dev,

We noticed your personal access token (classic) "deploy-ms-booking" with repo scope will expire in 7
days (Sat, Nov 21 2026).

If this token is still needed, visit https://github.com/settings/tokens to generate an equivalent.

Thanks,
The GitHub Team
""",
        note="token expiry: not a built-in kind",
        items=[],
    ),
    m(
        name="h12_neg_gabia_newdomain_receipt",
        category="negative",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject=q_subject("[가비아] 도메인 신규 등록이 완료되었습니다"),
        date="2026-11-09 15:40 +0900",
        text="""맑은숲피부과 고객님, 도메인 등록이 완료되었습니다.

 - 도메인명 : msderm-event.kr
 - 등록일 : 2026-11-09
 - 만기일 : 2027-11-09
 - 결제금액 : 2,900원 (연말 이벤트가)

네임서버 설정은 도메인 통합 관리툴에서 하실 수 있습니다.
""",
        note="registration receipt (Q-encoded subject); 만기일 a year away, nothing to do",
        items=[],
    ),
]

PHISHING: list[Mail] = [
    m(
        name="h12_phish_gabia_lookalike",
        category="phishing",
        lang="ko",
        sender=("가비아", "notice@gabia-renew.com"),
        subject="[긴급] 도메인 만료 D-1 - 즉시 연장하지 않으면 삭제됩니다",
        date="2026-11-19 23:40 +0900",
        text="""고객님의 도메인 malgeunsup.co.kr 이(가) 내일 만료됩니다.

만료일: 2026년 11월 20일
만료 즉시 도메인이 삭제되며 복구가 불가능합니다.

아래 링크에서 24시간 이내에 연장 결제를 완료해 주세요.
http://gabia-renew.com/pay?d=malgeunsup.co.kr

가비아 고객센터
""",
        note="look-alike registrar domain (gabia-renew.com)",
        items=[item(DOMAIN, "Gabia", "malgeunsup.co.kr", "2026-11-20", suspicious=True)],
    ),
    m(
        name="h12_phish_cafe24_gmail",
        category="phishing",
        lang="ko",
        sender=("카페24 호스팅센터", "cafe24.hostingcenter@gmail.com"),
        subject="[카페24] 웹 디스크 용량 초과 - 계정 차단 예정",
        date="2026-10-30 20:10 +0900",
        text="""카페24 호스팅센터입니다.

고객님의 호스팅 계정(msderm01)이 디스크 용량을 초과하여 2026.11.01.에 차단될 예정입니다.
차단을 막으려면 아래 주소에서 관리자 계정으로 로그인 후 용량을 확인해 주세요.

https://cafe24-hosting-login.web.app/

카페24 호스팅센터
""",
        note="vendor display name on a freemail address",
        items=[item(QUOTA, "Cafe24", "msderm01", "2026-11-01", suspicious=True)],
    ),
    m(
        name="h12_phish_whois_authfail_euckr",
        category="phishing",
        lang="ko",
        sender=("후이즈", "noreply@whois.co.kr"),
        subject="[후이즈] 도메인 소유권 확인 및 만료 안내",
        date="2026-11-06 04:12 +0900",
        charset="euc-kr",
        cte="8bit",
        auth=[
            "mx.worksmobile.com;\r\n       dkim=fail (signature did not verify) header.i=@whois.co.kr;\r\n"
            "       spf=fail (worksmobile.com: domain of noreply@whois.co.kr does not designate 45.137.21.9"
            " as permitted sender) smtp.mailfrom=noreply@whois.co.kr;\r\n       dmarc=fail (p=NONE) header.from=whois.co.kr",
            "mx.whois.co.kr; dkim=pass header.i=@whois.co.kr; spf=pass smtp.mailfrom=whois.co.kr;"
            " dmarc=pass header.from=whois.co.kr",
        ],
        authserv="mx.worksmobile.com",
        text="""후이즈 고객님께,

도메인 msderm.kr 의 소유권 확인이 되지 않아 만료 처리될 예정입니다.
2026년 11월 10일까지 아래 페이지에서 소유자 본인 확인과 연장 결제를 진행해 주십시오.

http://45.137.21.9/whois/verify.php

(주)후이즈
""",
        note="real vendor domain, dkim/spf/dmarc fail in the topmost header; a lower forged header says pass",
        items=[item(DOMAIN, "Whois", "msderm.kr", "2026-11-10", suspicious=True)],
    ),
    m(
        name="h12_phish_gabia_homoglyph",
        category="phishing",
        lang="ko",
        sender=("가비아", "billing@xn--gbia-53d.com"),
        subject="[가비아] 자동연장 결제 실패 - 결제 정보를 업데이트하세요",
        date="2026-11-12 02:33 +0900",
        html="""<html><body style="font-family:'Malgun Gothic'">
<p><img src="http://xn--gbia-53d.com/img/logo.png" alt="gabia"></p>
<p>고객님, 등록된 카드의 결제가 거절되어 <b>msderm-gangnam.kr</b> 도메인의 자동연장에 실패했습니다.</p>
<p>만료일: <b>2026.11.15</b><br>만료 전에 결제 정보를 업데이트하지 않으면 도메인과 메일이 중지됩니다.</p>
<p><a href="http://xn--gbia-53d.com/mygabia/card">결제 정보 업데이트</a></p>
<p style="font-size:11px;color:#999">(주)가비아 | 고객센터 1544-4370</p>
</body></html>
""",
        form="html",
        note="punycode homoglyph of gabia.com (Cyrillic a)",
        items=[item(DOMAIN, "Gabia", "msderm-gangnam.kr", "2026-11-15", suspicious=True)],
    ),
    m(
        name="h12_phish_kakao_lookalike",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "notice@kakao-developers.net"),
        subject="[카카오디벨로퍼스] 앱 키 재인증 필요 - 미인증 시 카카오 로그인 중단",
        date="2026-10-22 01:05 +0900",
        text="""카카오디벨로퍼스입니다.

보안 정책 변경으로 모든 앱의 REST API 키 재인증이 필요합니다.
앱 '맑은숲 예약'(앱 ID 1123456)은 아직 재인증되지 않았습니다.

재인증 기한: 2026년 10월 25일
기한 내 재인증하지 않으면 카카오 로그인이 중단됩니다.

재인증하기: https://kakao-developers.net/app/reauth?id=1123456
(카카오계정과 비밀번호, 앱 Admin 키를 입력해 주세요)
""",
        note="look-alike Kakao domain asking for credentials and the admin key",
        items=[item(SOCIAL, "Kakao", "맑은숲 예약", "2026-10-25", suspicious=True, aliases=["1123456"])],
    ),
    m(
        name="h12_phish_workspace_storage_en",
        category="phishing",
        lang="en",
        sender=("Google Workspace", "alerts@google-workspace-billing.com"),
        subject="Action required: malgeunsup.co.kr storage is full - mail delivery will stop",
        date="2026-11-04 12:00 +0000",
        text="""Google Workspace Admin

Your organization malgeunsup.co.kr has used 100% of its pooled storage.
Incoming email will be rejected within 48 hours unless you verify your billing profile.

Verify now: https://google-workspace-billing.com/verify?org=malgeunsup.co.kr

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        note="look-alike domain imitating Google Workspace (the company uses NAVER WORKS); 48 hours from the mail date",
        items=[item(QUOTA, "Google Workspace", "malgeunsup.co.kr", "2026-11-06", suspicious=True)],
    ),
]
