"""holdout16: domain-expiry notices from the studio's registrars (Gabia, Whois, Namecheap, Porkbun,
Cloudflare), single positives only; digests, forwards and the rest live in h16_misc.py."""

# ruff: noqa: E501  (mail bodies are data: vendors' HTML lines are as long as vendors write them)

from __future__ import annotations

from h16_lib import DOMAIN, Mail, item, mk

GABIA_FOOT = """
─────────────────────────────────────────
본 메일은 발신 전용입니다. 문의사항은 고객센터(1544-4370) 또는 1:1 문의를 이용해 주세요.
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층 | 대표이사 김홍국
사업자등록번호 144-81-15549 | 통신판매업신고 2006-경기성남-0640
Copyright ⓒ Gabia Inc. All Rights Reserved.
"""

MAILS: list[Mail] = [
    mk(
        name="h16_dom_gabia_ko_weekday",
        category="positive",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] moonrabbit-studio.co.kr 도메인 만료 예정 안내",
        date="2026-11-10 09:03 +0900",
        text="""안녕하세요, 김하늘 고객님. 가비아입니다.

고객님께서 이용 중인 도메인의 만료일이 다가와 안내드립니다.
만료일이 지나면 홈페이지, 이메일 등 도메인과 연결된 모든 서비스가 중단되므로
기간 연장을 진행해 주시기 바랍니다.

■ 도메인 정보
 - 도메인명 : moonrabbit-studio.co.kr
 - 등록일 : 2019년 12월 14일
 - 만료일 : 2026년 12월 14일(월)
 - 소유자 : 주식회사 문래빗스튜디오
 - 가비아 아이디 : mrstudio

■ 기간 연장 방법
 My가비아 > 서비스 관리 > 도메인 > 기간 연장 (https://domain.gabia.com/mydomain)
 ※ 자동 연장을 신청하신 경우 만료일 7일 전 등록된 결제수단으로 결제됩니다.
 ※ 11월 30일까지 3년 이상 연장 시 10% 할인 쿠폰이 제공됩니다(이벤트 종료 2026.11.30).

감사합니다.
"""
        + GABIA_FOOT,
        items=[item(DOMAIN, "Gabia", "moonrabbit-studio.co.kr", "2026-12-14")],
        note="registration date and a discount event end date are distractors",
    ),
    mk(
        name="h16_dom_whois_ko_html_table",
        category="positive",
        lang="ko",
        sender=("후이즈", "domain@whois.co.kr"),
        subject="[후이즈] 도메인 만료 안내 - 만료 30일 전",
        date="2026-11-03 14:20 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="display:none;max-height:0;overflow:hidden">도메인 만료일이 30일 남았습니다. 지금 연장하세요.</div>
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'돋움',Dotum">
<tr><td style="padding:24px"><img src="https://img.whois.co.kr/mail/logo.gif" alt="WHOIS" width="120"></td></tr>
<tr><td style="padding:0 24px;font-size:13px;line-height:20px">
안녕하세요. 후이즈를 이용해 주셔서 감사합니다.<br>
회원님(ID: moonrabbit)께서 보유하신 도메인의 만료일이 다가오고 있어 안내해 드립니다.<br>
만료일까지 연장하지 않으시면 도메인이 정지되며, 이후 복구 시 별도의 복구 수수료가 발생합니다.<br><br>
</td></tr>
<tr><td style="padding:0 24px">
<table width="100%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:12px;border-color:#ccc">
<tr style="background:#eef3fb"><th>도메인</th><th>등록일</th><th>만료일</th><th>자동연장</th></tr>
<tr><td>moonrabbit.kr</td><td>2021.12.03</td><td>2026.12.03</td><td>미신청</td></tr>
</table></td></tr>
<tr><td style="padding:18px 24px;font-size:13px">
<a href="https://whois.co.kr/my/domain/extend.php" style="background:#1f5fbf;color:#fff;padding:8px 16px;text-decoration:none">연장 신청하기</a>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888;line-height:17px">
본 메일은 2026년 11월 03일 기준으로 작성되었으며 발신전용입니다.<br>
(주)후이즈 | 서울특별시 구로구 디지털로 272 한신IT타워 | 사업자등록번호 110-81-45893<br>
고객센터 1588-4259 (평일 09:00~18:00)
<img src="https://mail.whois.co.kr/open.gif?m=83421" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Whois", "moonrabbit.kr", "2026-12-03")],
        note="date in an HTML table under 만료일 next to a 등록일 column",
    ),
    mk(
        name="h16_dom_namecheap_autorenew",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domain auto-renewal notice for catinn.games",
        date="2026-11-09 06:41 -0500",
        text="""Hi Haneul,

This is a friendly reminder that the following domain is scheduled to auto-renew
on December 9, 2026 using the payment method on file for account "moonrabbitstudio".

  Domain:           catinn.games
  Auto-Renew:       ON
  Renewal period:   1 year
  Renewal price:    $29.98 (USD)

No action is needed as long as your payment method is valid. If you no longer want
this domain, you can switch off auto-renew from your Domain List before that date.

Make sure your account balance or card on file covers the renewal. Your last payment
was processed on November 2, 2025.

Thanks for choosing Namecheap!
The Namecheap Team
https://www.namecheap.com

---
You are receiving this email because you have a domain registered with Namecheap, Inc.
4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA.
""",
        items=[item(DOMAIN, "Namecheap", "catinn.games", "2026-12-09")],
        note="auto-renew announcement: low severity, deadline = renewal date; last payment date is a distractor",
    ),
    mk(
        name="h16_dom_porkbun_renew_failed",
        category="positive",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="Action Needed: Auto-renewal failed for moonrabbitrun.com",
        date="2026-11-20 18:12 -0800",
        form="alt",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Oink oink!</p>
<p>We tried to auto-renew <b>moonrabbitrun.com</b> today but the charge to the card ending in 4417
was declined (<i>card_declined: insufficient_funds</i>).</p>
<table cellpadding="4" style="border:1px solid #f27777">
<tr><td>Domain</td><td>moonrabbitrun.com</td></tr>
<tr><td>Expiration</td><td>2026-11-30 23:59:59 UTC</td></tr>
<tr><td>Renewal price</td><td>$10.37</td></tr></table>
<p>Please update your payment method and renew manually before the expiration date, or the domain
will stop resolving. We'll retry the card once more on 2026-11-25.</p>
<p>Porkbun Support<br>21370 SW Langer Farms Pkwy, Suite 142-429, Sherwood, OR 97140</p>
</body></html>
""",
        text="""Oink oink!

We tried to auto-renew moonrabbitrun.com today but the charge to your card ending in 4417 was declined.

Domain: moonrabbitrun.com
Expiration: 2026-11-30 23:59:59 UTC
Renewal price: $10.37

Please update your payment method and renew before it expires. We'll retry the card on 2026-11-25.

Porkbun Support
""",
        items=[item(DOMAIN, "Porkbun", "moonrabbitrun.com", "2026-11-30")],
        note="auto-renew failed: deadline = expiry (high severity); retry date is a distractor; alt parts differ",
    ),
    mk(
        name="h16_dom_cloudflare_dev",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Your domain mrstudio.dev expires soon",
        date="2026-11-15 02:10 +0000",
        auth_domain="notify.cloudflare.com",
        form="html",
        cte="quoted-printable",
        html="""<!DOCTYPE html><html><body style="background:#f2f2f2">
<table role="presentation" width="600" align="center" style="background:#ffffff;font-family:-apple-system,Segoe UI,Arial">
<tr><td style="padding:32px 40px 8px"><img src="https://www.cloudflare.com/img/logo-cloudflare-dark.svg" width="140" alt="Cloudflare"></td></tr>
<tr><td style="padding:8px 40px;font-size:15px;line-height:22px">
Hello,<br><br>
The domain <strong>mrstudio.dev</strong> registered through Cloudflare Registrar in the account
<em>ops@moonrabbit-studio.co.kr&#39;s Account</em> is set to expire on <strong>15 Dec 2026</strong>.
Auto-renew is <strong>disabled</strong> for this domain.<br><br>
To keep the domain, enable auto-renew or renew it manually from the dashboard under
Domain Registration &rsaquo; Manage Domains. If the domain expires, DNS resolution will stop and the
domain enters a 30&nbsp;day grace period.
</td></tr>
<tr><td style="padding:16px 40px"><a href="https://dash.cloudflare.com/?to=/:account/domains" style="background:#f6821f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Manage domain</a></td></tr>
<tr><td style="padding:24px 40px;font-size:11px;color:#7d7d7d">
&copy; 2026 Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107<br>
You received this mandatory service message because you own a domain on Cloudflare Registrar.
</td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Cloudflare", "mrstudio.dev", "2026-12-15")],
        note="15 Dec 2026 form",
    ),
    mk(
        name="h16_dom_gabia_grace_restore",
        category="positive",
        lang="ko",
        sender=("가비아 도메인", "domain@gabia.com"),
        subject="[가비아] 만료된 도메인 복구 안내 (moonrabbit.co.kr)",
        date="2026-11-12 10:30 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""문래빗스튜디오 고객님, 안녕하세요.

아래 도메인이 2026-11-05 만료되어 현재 정지 상태입니다.
만료 후 30일간은 복구 기간으로, 이 기간 내에 기간연장을 하시면 도메인을 계속 사용하실 수 있습니다.

  도메인 : moonrabbit.co.kr
  만료일 : 2026-11-05
  복구 가능 기한 : 2026-12-05 까지
  복구 시 비용 : 연장 비용 + 복구 수수료 없음(.co.kr)

복구 가능 기한이 지나면 도메인은 삭제 예정 상태로 전환되며, 이후 다른 사람이 등록할 수 있습니다.

▶ 바로 연장하기: https://domain.gabia.com/mydomain/extend
"""
        + GABIA_FOOT,
        items=[item(DOMAIN, "Gabia", "moonrabbit.co.kr", "2026-12-05")],
        note="already expired on 11-05; the reader must act by the restore deadline 12-05 (my call; 11-05 also defensible)",
    ),
    mk(
        name="h16_dom_whois_dminus7",
        category="positive",
        lang="ko",
        sender=("후이즈 고객센터", "domain@whois.co.kr"),
        subject="[D-7] catinn.kr 도메인이 곧 만료됩니다",
        date="2026-09-24 11:00 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""안녕하세요 후이즈입니다.

회원님의 도메인 catinn.kr 만료가 D-7 남았습니다.
만료 전에 연장하지 않으시면 고양이 여관 공식 홈페이지 및 메일 수신이 중단될 수 있습니다.

 · 도메인 : catinn.kr
 · 최초 등록 : 2022년 10월 01일
 · 연장 기간 선택 : 1년 / 2년 / 3년 / 5년 / 10년

연장은 후이즈 홈페이지 > 마이페이지 > 도메인 관리에서 가능합니다.
※ 본 메일을 받으신 후 이미 연장하셨다면 본 안내는 무시하셔도 됩니다.

후이즈 드림 · 고객센터 1588-4259 · 똑똑한 도메인 관리, WHOIS
""",
        items=[item(DOMAIN, "Whois", "catinn.kr", "2026-10-01")],
        note="only D-7 gives the date (counted from the 09-24 mail date); already past on today",
    ),
    mk(
        name="h16_dom_namecheap_30days",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Your domain moonrabbit.io expires in 30 days",
        date="2026-11-15 12:13 -0500",
        form="html",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0"><img src="https://www.namecheap.com/assets/img/nc-icon/namecheap-logo.svg" width="150" alt="Namecheap"></td></tr>
<tr><td>Hello Haneul Kim,<br><br>
Your domain <b>moonrabbit.io</b> will expire in 30 days. Auto-renew is turned off.<br><br>
<table cellpadding="6" style="border:1px solid #ddd;font-size:13px">
<tr><td>Domain</td><td>moonrabbit.io</td></tr>
<tr><td>Expiration date</td><td>12/15/2026 09:13 PST</td></tr>
<tr><td>Account</td><td>moonrabbitstudio</td></tr>
<tr><td>Last renewed</td><td>11/20/2025</td></tr></table><br>
Renew now so your website and email keep working. After expiration the domain enters a grace period
and later a redemption period with an additional restoration fee.<br><br>
<a href="https://ap.www.namecheap.com/domains/list/">Renew domain</a><br><br>
Regards,<br>Team Namecheap</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#999">Namecheap, Inc. 4600 East Washington Street, Suite 300,
Phoenix, AZ 85034 USA. This is a mandatory service email about a product in your account.</td></tr>
</table></body></html>
""",
        items=[item(DOMAIN, "Namecheap", "moonrabbit.io", "2026-12-15")],
        note="12/15/2026 with PST time; 'in 30 days' from the 11-15 mail date agrees",
    ),
]
