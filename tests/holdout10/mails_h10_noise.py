# ruff: noqa: E501
"""holdout10: noise - vendor marketing that says expire/만료, coupons, points, trials, newsletters, WHOIS
reminders, certificate expiry, unrelated receipts, personal and internal IT mail - and phishing that
imitates registrars, hosts and sign-in providers."""

from __future__ import annotations

from h10_lib import DOMAIN, LIVING, QUOTA, SHOP, SOCIAL, Mail, item, ms_auth, qsubj

UNSUB = "<https://{0}/unsubscribe?u=bomnal>, <mailto:unsubscribe@{0}?subject=unsubscribe>"


def lu(host: str) -> dict[str, str]:
    return {"List-Unsubscribe": UNSUB.format(host), "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


NEGATIVES: list[Mail] = [
    Mail(
        name="neg_gabia_ko_domain_sale",
        category="negative",
        lang="ko",
        sender=("가비아", "event@gabia.com"),
        subject="(광고) [가비아] .com 도메인 첫해 9,900원! 11월 30일 만료되는 한정 특가",
        date="2026-11-18 10:00 +0900",
        to=SHOP,
        form="html",
        charset="euc-kr",
        cte="base64",
        auth=ms_auth("gabia.com"),
        headers=lu("mail.gabia.com"),
        html="""<html><body><table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕'">
<tr><td><img src="https://static.gabia.com/event/2611_domain.jpg" width="640" alt=".com 도메인 특가"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:23px">
지금 가장 인기 있는 .com 도메인을 첫해 <b>9,900원</b>에 등록하세요!<br>
특가 쿠폰은 <b>2026년 11월 30일 23:59에 만료</b>됩니다. 만료 전에 서둘러 주세요.<br><br>
&middot; 대상: 신규 등록 (1인 1회)<br>&middot; 기간: 2026.11.18 ~ 2026.11.30<br>
<a href="https://domain.gabia.com/event">지금 등록하기</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">본 메일은 광고성 정보 수신에 동의하신 회원님께 발송되었습니다.
수신을 원치 않으시면 <a href="https://mail.gabia.com/unsubscribe?u=bomnal">수신거부</a>를 클릭하세요.<br>(주)가비아 | 1544-4370</td></tr>
</table></body></html>
""",
        note="registrar marketing with an offer that 'expires'",
    ),
    Mail(
        name="neg_cafe24_ko_coupon_expiry",
        category="negative",
        lang="ko",
        sender=("카페24", "marketing@cafe24.com"),
        subject="(광고) 보유하신 호스팅 할인 쿠폰이 7일 후 만료됩니다",
        date="2026-11-15 12:00 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("cafe24.com"),
        headers=lu("news.cafe24.com"),
        text="""(광고) 카페24

회원님(bomnal01)께서 보유하신 쿠폰이 곧 만료됩니다.

 - 쿠폰명 : 웹호스팅 상위 상품 변경 30% 할인
 - 유효기간 : 2026-11-22 까지 (D-7)

만료된 쿠폰은 재발급되지 않습니다. 지금 사용해 보세요!
https://hosting.cafe24.com/?coupon=UP30

수신거부: https://news.cafe24.com/unsubscribe
(주)카페24 | 서울시 동작구 보라매로5가길 7
""",
        note="coupon expiry with D-7 from the host itself: marketing, not a service notice",
    ),
    Mail(
        name="neg_naverpay_ko_points",
        category="negative",
        lang="ko",
        sender=("네이버페이", "naverpay_noreply@navercorp.com"),
        subject="[네이버페이] 12월 1일 소멸 예정 포인트 안내",
        date="2026-11-01 09:00 +0900",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("navercorp.com"),
        headers=lu("pay.naver.com"),
        text="""안녕하세요, 네이버페이입니다.

고객님의 네이버페이 포인트 중 일부가 유효기간 만료로 소멸될 예정입니다.

 - 소멸 예정 포인트 : 3,120원
 - 소멸 예정일 : 2026년 12월 1일

소멸 전에 네이버페이 가맹점에서 사용해 보세요.
""",
        note="points expiry from Naver (also a sign-in vendor): not a social-login item",
    ),
    Mail(
        name="neg_squarespace_en_trial",
        category="negative",
        lang="en",
        sender=("Squarespace", "no-reply@squarespace.com"),
        subject="Your free trial ends in 3 days",
        date="2026-11-19 10:00 -0500",
        to=LIVING,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("squarespace.com"),
        headers=lu("engage.squarespace.com"),
        html="""<html><body style="font-family:Helvetica"><table width="520" align="center" cellpadding="20"><tr><td>
<p style="font-size:24px">Your trial is almost over</p>
<p>Your free trial for <b>bomnal-living-lookbook.squarespace.com</b> ends on <b>November 22, 2026</b>.
Subscribe now and get 10% off your first year with code <b>PUBLISH10</b> (expires Nov 30).</p>
<p><a href="https://account.squarespace.com/subscribe">Subscribe</a></p>
<p style="font-size:11px;color:#999">Squarespace, Inc. 225 Varick Street, New York, NY 10014 &middot; <a href="https://engage.squarespace.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
        note="unsure: a trial site ending is not a domain, quota or sign-in item; nothing in production depends on the trial site, so negative",
    ),
    Mail(
        name="neg_namecheap_en_promo",
        category="negative",
        lang="en",
        sender=("Namecheap", "news@namecheap.com"),
        subject="Black Friday: .shop domains for $0.98 - ends Nov 30",
        date="2026-11-21 08:00 -0500",
        to=SHOP,
        form="alt",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("namecheap.com"),
        headers=lu("news.namecheap.com"),
        text="""Black Friday is here.

Register a .shop domain for $0.98 (first year). Renewals at regular price.
Offer expires November 30, 2026 at 11:59 PM EST. Don't let your perfect name expire in someone else's cart!

https://www.namecheap.com/promos/black-friday/

Unsubscribe: https://news.namecheap.com/unsubscribe
""",
        html="""<html><body><table width="600" align="center" cellpadding="24" style="background:#1d1f2a;color:#fff;font-family:Arial"><tr><td>
<h1 style="color:#ff8c44">BLACK FRIDAY</h1><p>Register a <b>.shop</b> domain for <b>$0.98</b> (first year).</p>
<p>Offer expires November 30, 2026 at 11:59 PM EST.</p>
<p><a href="https://www.namecheap.com/promos/black-friday/" style="color:#ff8c44">Shop deals</a></p>
<p style="font-size:10px;color:#aaa"><a href="https://news.namecheap.com/unsubscribe" style="color:#aaa">Unsubscribe</a></p></td></tr></table></body></html>
""",
    ),
    Mail(
        name="neg_porkbun_en_whois_accuracy",
        category="negative",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="Annual WHOIS Data Reminder",
        date="2026-10-05 12:00 -0700",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("porkbun.com"),
        text="""WHOIS Data Reminder

As required by ICANN's Whois Data Reminder Policy, please review the contact
information for the domain names below and make sure it is accurate. Nothing
needs to be done if it is correct.

  bomnalshop.com    Expires: 2026-12-27
  bomnal.link       Expires: 2027-06-03

Update contacts: https://porkbun.com/account/domainsSpeedy

Providing false WHOIS information can be grounds for cancellation of your
domain registration.

Porkbun LLC
""",
        note="WHOIS data reminder merely lists expiry dates: nothing to do",
    ),
    Mail(
        name="neg_gabia_ko_ssl_cert",
        category="negative",
        lang="ko",
        sender=("가비아", "ssl@gabia.com"),
        subject="[가비아] SSL 인증서 만료 예정 안내 (shop.bomnal-shop.co.kr)",
        date="2026-11-09 09:00 +0900",
        to=SHOP,
        form="plain",
        charset="euc-kr",
        cte="quoted-printable",
        auth=ms_auth("gabia.com"),
        text="""안녕하세요, 가비아입니다.

고객님께서 이용 중인 SSL 인증서의 유효기간이 곧 만료됩니다.

 - 인증서 : Sectigo PositiveSSL (DV)
 - 적용 도메인 : shop.bomnal-shop.co.kr
 - 만료일 : 2026-12-09

만료일이 지나면 웹 브라우저에 보안 경고가 표시됩니다. 만료 전에 갱신해 주세요.
""",
        note="certificate expiry is not a built-in kind, even from a registrar and with a domain name in it",
    ),
    Mail(
        name="neg_kyobo_ko_receipt_pdf",
        category="negative",
        lang="ko",
        sender=("교보문고", "order@kyobobook.co.kr"),
        subject="[교보문고] 주문하신 상품의 결제가 완료되었습니다",
        date="2026-10-21 14:22 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="8bit",
        auth=ms_auth("kyobobook.co.kr"),
        attachment=True,
        text="""주문번호 2026102114220013

 - 상품 : 도메인 주도 설계 핵심 외 1권
 - 결제 금액 : 48,600원
 - 적립 포인트 유효기간 : 2027-10-21 까지 (기간 경과 시 만료)

거래명세서를 첨부합니다.
""",
        note="unrelated purchase receipt with a PDF and an 'expire' word",
    ),
    Mail(
        name="neg_personal_ko_passport",
        category="negative",
        lang="ko",
        sender=("정하늘", "haneul.jung@bomnal-shop.co.kr"),
        subject="다음주 금요일 반차 사용 건",
        date="2026-11-12 17:50 +0900",
        to=SHOP,
        form="plain",
        charset="ks_c_5601-1987",
        cte="base64",
        auth=ms_auth("bomnal-shop.co.kr", "internal"),
        mailer="bomnal-shop.co.kr",
        text="""관리자님, 여권이 12월 3일에 만료돼서 다음 주 금요일 오후 구청 다녀오려고 합니다.
반차 결재 올려두었습니다. 도메인 갱신 건은 월요일에 같이 볼게요!

정하늘
""",
        note="personal mail that mentions 만료 and 도메인 갱신 in passing",
    ),
    Mail(
        name="neg_google_ko_security_alert",
        category="negative",
        lang="ko",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="보안 알림",
        date="2026-11-17 23:41 +0000",
        to=LIVING,
        form="alt",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("accounts.google.com"),
        text="""Windows 기기에서 새로 로그인함
admin@bomnal-living.kr

Google 계정에 새로 로그인한 기기가 있습니다. 본인이 로그인한 경우 별도로 조치할 필요가 없습니다.
본인이 아니라면 계정 보안을 위해 확인하세요.
https://accounts.google.com/AccountChooser?Email=admin@bomnal-living.kr&continue=https://myaccount.google.com/alert/nt/1763423

Google 계정 및 서비스의 중요한 변경사항을 알려드리기 위해 발송된 이메일입니다.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
        html="""<html><body><table width="516" align="center" style="border:1px solid #dadce0;border-radius:8px;font-family:Roboto,Arial" cellpadding="24"><tr><td align="center">
<div style="font-size:24px">Windows 기기에서 새로 로그인함</div><div style="font-size:14px">admin@bomnal-living.kr</div></td></tr>
<tr><td style="font-size:14px;color:#3c4043">Google 계정에 새로 로그인한 기기가 있습니다. 본인이 로그인한 경우 별도로 조치할 필요가 없습니다. 본인이 아니라면 계정 보안을 위해 확인하세요.<br><br>
<a href="https://accounts.google.com/AccountChooser">활동 확인</a></td></tr></table></body></html>
""",
        note="security alert (new sign-in) from a sign-in vendor: not a deprecation",
    ),
    Mail(
        name="neg_it_ko_password_expiry",
        category="negative",
        lang="ko",
        sender=("봄날 IT지원", "it-support@bomnal-shop.co.kr"),
        subject="[IT지원] Microsoft 365 비밀번호가 7일 후 만료됩니다",
        date="2026-11-16 08:30 +0900",
        to=SHOP,
        form="html",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        auth=ms_auth("bomnal-shop.co.kr", "internal"),
        mailer="bomnal-shop.co.kr",
        html="""<html><body><p>admin@bomnal-shop.co.kr 계정의 비밀번호가 <b>2026년 11월 23일</b>에 만료됩니다.</p>
<p>만료 전에 https://mysignins.microsoft.com/security-info 에서 비밀번호를 변경해 주세요.<br>
변경하지 않으면 Outlook, Teams 로그인이 제한됩니다.</p><p>봄날 IT지원팀 드림 (내선 204)</p></body></html>
""",
        note="company's own IT password expiry",
    ),
    Mail(
        name="neg_newsletter_ko_login_deprecations",
        category="negative",
        lang="ko",
        sender=("요즘IT", "newsletter@yozm.wishket.com"),
        subject="[요즘IT 위클리] 소셜 로그인 API 지원 종료 일정 총정리",
        date="2026-11-13 07:00 +0900",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("yozm.wishket.com"),
        headers=lu("yozm.wishket.com"),
        html="""<html><body><table width="600" align="center" cellpadding="20" style="font-family:sans-serif"><tr><td>
<h2>이번 주 요즘IT</h2>
<h3>1. 2027년 상반기 소셜 로그인 API 지원 종료 일정 총정리</h3>
<p>카카오 JavaScript SDK v1은 2027년 1월에, 구글 로그인 플랫폼 라이브러리는 2027년 1월 31일에 완전히 종료됩니다.
페이스북 Graph API 구버전도 순차적으로 만료되니 서비스 점검 체크리스트를 확인하세요.</p>
<h3>2. 도메인 만료로 서비스가 멈춘 회사들의 이야기</h3>
<p>도메인 갱신을 놓쳐 쇼핑몰이 하루 동안 멈춘 사례와 예방법을 소개합니다.</p>
<p style="font-size:11px;color:#999">수신을 원하지 않으시면 <a href="https://yozm.wishket.com/unsubscribe">수신거부</a></p>
</td></tr></table></body></html>
""",
        note="newsletter about deprecations and domain expiry in general",
    ),
    Mail(
        name="neg_digitalocean_en_newsletter",
        category="negative",
        lang="en",
        sender=("DigitalOcean", "newsletter@digitalocean.com"),
        subject="Infrastructure as a Newsletter: deprecations, new regions and more",
        date="2026-10-30 15:00 +0000",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("digitalocean.com"),
        headers=lu("digitalocean.com"),
        html="""<html><body><table width="600" align="center" cellpadding="20" style="font-family:Arial"><tr><td>
<h2>What's new this month</h2>
<ul><li><b>Ubuntu 20.04 images</b> will be deprecated on January 15, 2027. New Droplets will no longer be able to use them.</li>
<li>Managed Databases now support storage autoscaling - never hit a full disk again.</li>
<li>Our promo credit for new teams expires on December 31, 2026.</li></ul>
<p style="font-size:11px;color:#888">You're receiving this because you subscribed to product updates. <a href="https://www.digitalocean.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
        note="product newsletter: general image deprecation, not aimed at our account",
    ),
    Mail(
        name="neg_hetzner_en_invoice_pdf",
        category="negative",
        lang="en",
        sender=("Hetzner Online GmbH", "billing@hetzner.com"),
        subject="Your invoice 082611423 from Hetzner Online",
        date="2026-11-01 04:00 +0100",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("hetzner.com"),
        attachment=True,
        text="""Dear Sir or Madam,

Please find attached invoice 082611423 for client number K0918273441.
Amount: EUR 14.92 (Storage Box BX11, 2026-11-01 - 2026-11-30)
The amount will be debited from your credit card on file within 7 days.

Kind regards
Hetzner Online GmbH
""",
        note="routine invoice for the same storage box; no warning in it",
    ),
    Mail(
        name="neg_porkbun_en_registration_receipt",
        category="negative",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="Porkbun Order Receipt #8124430",
        date="2026-09-22 10:30 -0700",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("porkbun.com"),
        text="""Thanks for your order!

Order #8124430
  bomnal.link   Registration (1 year)   $3.06
  Expires: 2027-09-22

Total charged: $3.06 to Visa ending 2231.

Porkbun LLC
""",
        note="new registration receipt: nothing to do now",
    ),
    Mail(
        name="neg_iwinv_ko_maintenance",
        category="negative",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject=qsubj("[iwinv] 정기 네트워크 점검 안내 (11월 26일 새벽)", "utf-8"),
        date="2026-11-20 15:00 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("iwinv.kr"),
        text="""안녕하세요. iwinv 입니다.

서비스 품질 향상을 위한 정기 네트워크 점검을 아래와 같이 진행합니다.

 - 점검 일시 : 2026년 11월 26일(목) 오전 2시 ~ 오전 4시
 - 영향 : 점검 중 약 5분 내외의 순단이 발생할 수 있습니다.

고객님께서 별도로 조치하실 사항은 없습니다.
""",
        note="maintenance notice from a host: dated, but nothing to act on",
    ),
]

PHISHING: list[Mail] = [
    Mail(
        name="phish_gabia_ko_lookalike_domain",
        category="phishing",
        lang="ko",
        sender=("가비아", "notice@gabia-domain.co.kr"),
        subject="[긴급] bomnal-shop.co.kr 도메인이 곧 삭제됩니다 - 즉시 결제 필요",
        date="2026-11-21 02:13 +0900",
        to=SHOP,
        form="html",
        charset="euc-kr",
        cte="base64",
        auth=ms_auth("gabia-domain.co.kr"),
        html="""<html><body><table width="600" style="font-family:굴림;font-size:13px" cellpadding="20"><tr><td>
<b style="color:#1f6bf2;font-size:18px">gabia.</b><br><br>
고객님의 도메인 <b>bomnal-shop.co.kr</b> 이 <b>2026-11-25</b> 만기 후 즉시 삭제 처리됩니다.<br>
삭제를 막으려면 24시간 이내에 아래 링크에서 카드 정보를 재인증해 주세요.<br><br>
<a href="http://gabia-domain.co.kr.pay-verify.top/login">결제 정보 재인증</a></td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Gabia", "bomnal-shop.co.kr", "2026-11-25", suspicious=True)],
        note="look-alike registrar domain gabia-domain.co.kr (authenticates as itself); wrong expiry vs Gabia's real notice",
    ),
    Mail(
        name="phish_godaddy_en_freemail",
        category="phishing",
        lang="en",
        sender=("GoDaddy Renewals", "godaddy.renewals.team@gmail.com"),
        subject="Final notice: bomnal-living.co expires in 24 hours",
        date="2026-11-19 23:58 +0000",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("gmail.com"),
        text="""Dear customer,

Your domain bomnal-living.co will expire on November 20, 2026 and be deleted.
To avoid losing it, pay the renewal fee of $4.99 immediately:
https://godaddy-renewal-center.web.app/pay?d=bomnal-living.co

GoDaddy Renewals Team
""",
        items=[item(DOMAIN, "GoDaddy", "bomnal-living.co", "2026-11-20", suspicious=True)],
        note="vendor display name on a gmail.com address",
    ),
    Mail(
        name="phish_namecheap_en_dmarc_fail_forged_pass",
        category="phishing",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domain suspension: bomnal.net - immediate action",
        date="2026-11-14 03:00 -0500",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("namecheap.com", "fail", forged_below="mx.namecheap.com"),
        html="""<html><body style="font-family:Arial"><p>Hello,</p>
<p>Your domain <b>bomnal.net</b> will be suspended on <b>Nov 17, 2026</b> due to an unpaid restoration fee.</p>
<p><a href="http://namecheap.support-billing.info/restore">Pay restoration fee</a></p><p>Namecheap Billing</p></body></html>
""",
        items=[item(DOMAIN, "Namecheap", "bomnal.net", "2026-11-17", suspicious=True)],
        note="real vendor address, but the topmost (Exchange Online) Authentication-Results says spf/dkim/dmarc fail; a forged lower header claims pass",
    ),
    Mail(
        name="phish_cafe24_ko_homoglyph_punycode",
        category="phishing",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@xn--caf24-1we.com"),
        subject="[카페24] 호스팅 용량 초과로 계정이 정지됩니다",
        date="2026-11-16 04:20 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("xn--caf24-1we.com"),
        text="""카페24 호스팅센터입니다.

회원님의 호스팅 계정 bomnal01 의 용량이 초과되어 2026-11-18 에 계정이 정지됩니다.
정지를 원하지 않으시면 아래에서 추가 용량 결제를 진행해 주세요.
https://xn--caf24-1we.com/hosting/pay

(주)카페24
""",
        items=[item(QUOTA, "Cafe24", "bomnal01", "2026-11-18", suspicious=True)],
        note="homoglyph: cafе24 with a Cyrillic е, punycode xn--caf24-1we.com",
    ),
    Mail(
        name="phish_kakao_ko_lookalike_developers",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakao-developers.net"),
        subject="[Kakao Developers] 앱 재인증 미완료 시 카카오 로그인 중단",
        date="2026-11-10 03:33 +0900",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("kakao-developers.net"),
        html="""<html><body><table width="600" cellpadding="20" style="font-family:sans-serif"><tr><td style="background:#fee500"><b>kakao developers</b></td></tr>
<tr><td>앱 '봄날상회'(앱 ID 1048576)의 관리자 재인증이 완료되지 않았습니다.<br>
<b>2026년 11월 30일</b>까지 재인증하지 않으면 카카오 로그인 API 호출이 중단됩니다.<br><br>
<a href="https://kakao-developers.net/verify?app=1048576">관리자 재인증</a></td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Kakao", "봄날상회", "2026-11-30", suspicious=True, aliases=["1048576"])],
        note="look-alike domain kakao-developers.net",
    ),
    Mail(
        name="phish_meta_en_prefix_domain",
        category="phishing",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com-appreview.support"),
        subject="Your app Bomnal Shop Login will lose Facebook Login access",
        date="2026-11-02 20:00 +0000",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("facebookmail.com-appreview.support"),
        text="""Meta for Developers

Your app Bomnal Shop Login (App ID: 308812274410923) failed Data Use Checkup.
Facebook Login will be disabled for this app on December 2, 2026 unless an
administrator confirms the app at the link below:

https://facebookmail.com-appreview.support/confirm?app=308812274410923

Meta Platforms, Inc.
""",
        items=[item(SOCIAL, "Meta", "Bomnal Shop Login", "2026-12-02", suspicious=True, aliases=["308812274410923"])],
        note="vendor domain used as a prefix of another domain (facebookmail.com-appreview.support)",
    ),
    Mail(
        name="phish_route53_en_prefix_subdomain",
        category="phishing",
        lang="en",
        sender=("Amazon Route 53", "no-reply@registrar.amazon.com.renew-center.io"),
        subject="Domain bomnal-logistics.com expiration - payment required",
        date="2026-11-21 11:11 +0000",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("renew-center.io"),
        text="""Dear AWS customer,

The domain bomnal-logistics.com expires on 11/28/2026. Automatic renewal could
not be completed. Confirm your billing details within 48 hours:
https://registrar.amazon.com.renew-center.io/billing

Amazon Route 53
""",
        items=[item(DOMAIN, "Route 53", "bomnal-logistics.com", "2026-11-28", suspicious=True)],
        note="registrar.amazon.com used as a prefix of renew-center.io",
    ),
    Mail(
        name="phish_whois_ko_dkim_fail_forged",
        category="phishing",
        lang="ko",
        sender=("후이즈", "domain@whois.co.kr"),
        subject="[후이즈] 도메인 소유권 확인 요청 - 미확인 시 정지",
        date="2026-11-08 05:05 +0900",
        to=SHOP,
        form="plain",
        charset="euc-kr",
        cte="8bit",
        auth=ms_auth("whois.co.kr", "softfail", forged_below="mail.whois.co.kr"),
        text="""안녕하세요 후이즈입니다.

고객님의 도메인 bomnal.kr 의 소유자 확인이 필요합니다.
2026년 11월 12일까지 아래 링크에서 확인하지 않으면 도메인이 정지됩니다.
http://whois-co-kr.verify-owner.shop/

(주)후이즈
""",
        items=[item(DOMAIN, "Whois", "bomnal.kr", "2026-11-12", suspicious=True)],
        note="real vendor address; topmost Authentication-Results: spf softfail, dkim/dmarc fail; the lower header claiming pass is forged",
    ),
]
