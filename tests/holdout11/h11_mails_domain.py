# ruff: noqa: E501  (mail bodies keep the long HTML lines real bulk mailers write)
"""holdout11: domain-expiry notices (single domains and digests) as registrars really send them."""

from __future__ import annotations

from corpus_lib import DOMAIN, item
from h11_lib import kd, mail, pixel

AWS_FOOTER = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.

Reference: 6f1c2a90-3d1e-4b7a-9a55-0c81f2e4d7b3
"""

r53_autorenew_off = mail(
    name="dom_route53_autorenew_off_en",
    category="positive",
    lang="en",
    sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
    subject="Domain name larkspurhq.com will expire soon - automatic renewal is disabled",
    date="2026-11-03 17:42 +0000",
    cte="7bit",
    text="""Dear AWS customer,

The registration for the following domain will expire soon. Automatic renewal is currently disabled
for this domain, so Amazon Route 53 will not renew it for you.

Domain name: larkspurhq.com
AWS account ID: 482109731156
Registered on: December 18, 2019
Expiration date: December 18, 2026

If you want to keep using larkspurhq.com, you can either turn on automatic renewal or manually extend the
registration period in the Route 53 console:
https://console.aws.amazon.com/route53/domains/home#/DomainDetail/larkspurhq.com

If you don't want to renew the domain, you don't need to do anything. After the expiration date the domain
will be deleted from your AWS account and the registrar may make it available for registration by others.
Note that the renewal fee is charged to the AWS account at the time of renewal; AWS credits can't be used.

Some top-level domains have a restoration period after expiration during which the domain can be restored
for a higher fee. See https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-restore-expired.html

Regards,
Amazon Route 53
"""
    + AWS_FOOTER,
    items=[item(DOMAIN, "Route 53", "larkspurhq.com", "2026-12-18")],
    note="auto-renew disabled: an ordinary renewal item; registration date is a distractor",
)

godaddy_html = mail(
    name="dom_godaddy_table_html_en",
    category="positive",
    lang="en",
    sender=("GoDaddy", "renewals@godaddy.com"),
    subject="Heads up: larkspur.app is about to expire",
    date="2026-11-05 14:03 -0700",
    form="html",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://sso.godaddy.com/unsub?c=9921>"},
    html="""<html><head><style>td{font-family:Arial,sans-serif;font-size:14px}</style></head><body>
<span style="display:none;max-height:0;overflow:hidden">Renew now so your website and email keep working.&nbsp;&zwnj;&nbsp;&zwnj;</span>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f5f7f8"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:24px 32px"><img src="https://img1.wsimg.com/cdn/Image/All/logo.png" alt="GoDaddy" width="120"></td></tr>
<tr><td style="padding:0 32px"><h1 style="font-size:26px;color:#111">Don&#8217;t lose your domain.</h1>
<p>Hi Dana,</p>
<p>The domain below in customer number 318227405 is set to expire soon. Auto-renew is <b>off</b>, so once it
expires your website and any email addresses that use it will stop working.</p></td></tr>
<tr><td style="padding:8px 32px">
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #d6d6d6">
<tr style="background:#111;color:#fff"><th align="left">Domain</th><th align="left">Expiration Date</th><th align="left">Auto-Renew</th></tr>
<tr><td>larkspur.app</td><td>12/04/2026</td><td>Off</td></tr>
</table></td></tr>
<tr><td style="padding:16px 32px"><a href="https://account.godaddy.com/products?renew=larkspur.app"
style="background:#00a4a6;color:#fff;padding:12px 28px;text-decoration:none;font-weight:bold">Renew&nbsp;Now</a></td></tr>
<tr><td style="padding:16px 32px;background:#eef9f9"><b>Bundle &amp; save:</b> add Professional Email and save 30%
on your first year. Offer ends 11/30/2026.</td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#767676">Copyright &#169; 1999-2026 GoDaddy Operating Company,
LLC. All Rights Reserved. 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281, USA.<br>
You received this email because you have products in GoDaddy account 318227405. This is a service message
about your account. <a href="https://www.godaddy.com/legal">Legal</a> | <a href="https://www.godaddy.com/privacy">Privacy Policy</a>
</td></tr></table></td></tr></table>"""
    + pixel("godaddy1")
    + "</body></html>",
    items=[item(DOMAIN, "GoDaddy", "larkspur.app", "2026-12-04")],
    note="US date in an Expiration Date table cell; promotion end date 11/30 is a distractor",
)

namecheap_rel = mail(
    name="dom_namecheap_relative_alt_en",
    category="positive",
    lang="en",
    sender=("Namecheap", "support@namecheap.com"),
    subject="Domain renewal reminder: lrksp.ink expires in 7 days",
    date="2026-11-18 06:14 +0000",
    form="alt",
    cte="quoted-printable",
    text="""Hello larkspurops,

This is a friendly reminder that the following domain registered in your Namecheap account will expire
in 7 days unless you renew it:

    lrksp.ink

Auto-Renew: OFF

To renew, sign in at https://ap.www.namecheap.com/domains/list/ and click RENEW next to the domain,
or enable Auto-Renew so we renew it for you. If the domain expires, the website, email and any other
services pointing to it will stop working.

Please note: this notification is required by ICANN and cannot be switched off.

Regards,
Team Namecheap
https://www.namecheap.com

Namecheap, Inc., 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="max-width:560px;margin:0 auto">
<div style="background:#de3723;padding:14px"><img src="https://www.namecheap.com/assets/img/nc-logo.png" alt="Namecheap" height="28"></div>
<p>Hello <b>larkspurops</b>,</p>
<p>Your domain <b>lrksp.ink</b> will expire in 7&nbsp;days. Renew it now to keep your website and email online.</p>
<p style="margin:24px 0"><a href="https://ap.www.namecheap.com/domains/list/" style="background:#de3723;color:#fff;padding:10px 22px;border-radius:3px;text-decoration:none">Renew domain</a></p>
<p style="font-size:12px;color:#888">Auto-Renew: OFF. This reminder is required by ICANN and cannot be switched off.</p>
<p style="font-size:11px;color:#aaa">Namecheap, Inc. &middot; 4600 East Washington Street, Suite 300, Phoenix, AZ 85034</p>
</div>"""
    + pixel("nc1")
    + "</body></html>",
    items=[item(DOMAIN, "Namecheap", "lrksp.ink", "2026-11-25")],
    note="relative only: 'in 7 days' from the mail's date 2026-11-18",
)

cloudflare_failed = mail(
    name="dom_cloudflare_autorenew_failed_b64",
    category="positive",
    lang="en",
    sender=("Cloudflare", "noreply@notify.cloudflare.com"),
    subject="Action required: automatic renewal failed for larkspur.dev",
    date="2026-11-14 03:20 +0000",
    cte="base64",
    text="""Hello,

We tried to renew larkspur.dev automatically, but the payment method on file for account
"Larkspur Labs" (account ID 7c4e1f09a2b84d6e9f3301aa5b2c8d17) was declined.

  Domain:           larkspur.dev
  Renewal attempt:  14 Nov 2026
  Amount:           USD 12.18 (1 year)
  Expires:          15 Dec 2026

Please update your payment method in the dashboard
(https://dash.cloudflare.com/7c4e1f09a2b84d6e9f3301aa5b2c8d17/billing/payment-info)
and then renew the domain from Domain Registration > Manage Domains. We will retry the charge,
but if the domain is not renewed before 15 Dec 2026 it will expire and DNS resolution for the zone
will stop.

Cloudflare Registrar sells domains at cost, with no markup.

--
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 | Privacy Policy: https://www.cloudflare.com/privacypolicy/
You are receiving this email because you have a domain registered with Cloudflare Registrar.
""",
    items=[item(DOMAIN, "Cloudflare", "larkspur.dev", "2026-12-15")],
    note="auto-renew FAILED: high severity, deadline is the expiry; the attempt date is a distractor",
)

squarespace_autorenew = mail(
    name="dom_squarespace_autorenew_on_alt",
    category="positive",
    lang="en",
    sender=("Squarespace Domains", "no-reply@squarespace.com"),
    subject="Your domain larkspur.io will renew soon",
    date="2026-11-10 16:05 -0500",
    form="alt",
    cte="8bit",
    text="""Hi Dana,

This is a reminder that your domain larkspur.io is set to renew automatically on January 9, 2027.

Renewal price: $20.00 USD per year (plus applicable taxes)
Payment method: Visa ending in 4432 (expires 02/28)

You don't need to do anything. If you'd like to make changes, visit the Domains panel:
https://account.squarespace.com/domains/managed/larkspur.io

If your payment information is out of date, update it before the renewal date to avoid any
interruption to your website or email.

Thanks,
The Squarespace Team

Squarespace, Inc., 225 Varick Street, New York, NY 10014
""",
    html="""<!doctype html><html><body style="margin:0;background:#fafafa">
<div style="display:none">larkspur.io renews on January 9, 2027</div>
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="520" style="background:#fff;font-family:Clarkson,Helvetica,sans-serif">
<tr><td style="padding:40px 40px 8px"><h2 style="font-weight:400">Your domain will renew soon</h2></td></tr>
<tr><td style="padding:0 40px">Hi Dana,<br><br>This is a reminder that your domain <b>larkspur.io</b> is set to
renew automatically on <b>January&nbsp;9,&nbsp;2027</b>.<br><br>Renewal price: $20.00 USD/yr<br>Payment method:
Visa ending in 4432</td></tr>
<tr><td style="padding:24px 40px"><a href="https://account.squarespace.com/domains/managed/larkspur.io"
style="border:1px solid #000;padding:12px 24px;color:#000;text-decoration:none">MANAGE DOMAIN</a></td></tr>
<tr><td style="padding:24px 40px;font-size:11px;color:#999">Squarespace, Inc., 225 Varick Street, New York, NY 10014</td></tr>
</table></td></tr></table>"""
    + pixel("sq1")
    + "</body></html>",
    items=[item(DOMAIN, "Squarespace", "larkspur.io", "2027-01-09")],
    note="auto-renew announcement: low severity, deadline = renewal date; card expiry 02/28 is a distractor",
)

porkbun_grace = mail(
    name="dom_porkbun_expired_grace_en",
    category="positive",
    lang="en",
    sender=("Porkbun", "support@porkbun.com"),
    subject="getlarkspur.com has expired",
    date="2026-11-12 11:31 -0800",
    cte="8bit",
    text="""Oink! Hello Larkspur Labs,

Your domain getlarkspur.com expired on November 8, 2026 and is now in its renewal grace period. The
domain has been parked and any website or email using it has stopped working.

You can still renew it at the normal price until December 8, 2026. After that it enters the
redemption period, during which it can only be restored for an additional $125.00 redemption fee,
and then it is released by the registry.

Renew here: https://porkbun.com/account/domainsSpeedy?renew=getlarkspur.com

Account: larkspur-ops
Originally registered: 2021-11-08

Thanks for being part of the porkbun family!
- The Porkbun Team

Porkbun LLC, 21370 SW Langer Farms Pkwy, Suite 142-429, Sherwood, OR 97140
""",
    items=[item(DOMAIN, "Porkbun", "getlarkspur.com", "2026-12-08")],
    note="already expired on 2026-11-08; what the reader must act by is the end of the grace period "
    "(2026-12-08) -- labelled as the ops person reads it; expiry date and registration date are context",
)

gandi_utc = mail(
    name="dom_gandi_utc_qp_en",
    category="positive",
    lang="en",
    sender=("Gandi", "noreply@gandi.net"),
    subject="[Gandi] larkspur.eu: renewal reminder (30 days)",
    date="2026-11-01 09:00 +0100",
    cte="quoted-printable",
    text="""Hello,

The domain name larkspur.eu, managed by the organization "Larkspur Labs Ltd" (Gandi handle LL1234-GANDI),
will expire on 2026-12-01 at 14:32 UTC.

Automatic renewal: disabled
Renewal price: 9.50 EUR excl. VAT for 1 year

To renew it, log in to your Gandi account and go to Domain > larkspur.eu > Renew:
https://admin.gandi.net/domain/larkspur-labs/larkspur.eu/renew

Without renewal, the domain name will be suspended at its expiration date and all associated services
(website, mailboxes, redirections) will stop working. For .eu domains there is a 40-day quarantine period
after deletion during which the domain can only be restored by the registry at extra cost.

Best regards,
The Gandi team

--
Gandi SAS - 63-65 boulevard Massena, 75013 Paris, France
This message was sent on 2026-11-01 by Gandi's notification system. Terms of service last updated 2026-03-15.
""",
    items=[item(DOMAIN, "Gandi", "larkspur.eu", "2026-12-01")],
    note="ISO date with UTC time; send date and terms 'last updated' are distractors",
)

namecom_html = mail(
    name="dom_namecom_html_en",
    category="positive",
    lang="en",
    sender=("Name.com", "noreply@name.com"),
    subject="Renewal Notice: larkspur.co",
    date="2026-11-16 08:45 -0700",
    form="html",
    cte="base64",
    html="""<html><body bgcolor="#ffffff">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Roboto,Arial;font-size:15px;color:#2b2b2b">
<tr><td style="border-bottom:4px solid #2e7d32;padding:18px 0"><img src="https://www.name.com/images/logo.svg" alt="name.com" height="30"></td></tr>
<tr><td style="padding:22px 0">Hello Larkspur Labs,<br><br>
The following domain in your Name.com account is coming up for renewal and is <u>not</u> set to auto-renew:</td></tr>
<tr><td><table width="100%" cellpadding="6" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#f0f0f0"><td><b>Domain</b></td><td><b>Created</b></td><td><b>Expires</b></td></tr>
<tr><td>larkspur.co</td><td>01/15/2022</td><td>01/15/2027</td></tr></table></td></tr>
<tr><td style="padding:22px 0">Renew before the expiration date to avoid any interruption. Expired .co domains enter a
30-day grace period and then a redemption period with an additional fee.<br><br>
<a href="https://www.name.com/account/domain/details/larkspur.co#renew">Renew larkspur.co</a></td></tr>
<tr><td style="font-size:11px;color:#888;padding:22px 0">Name.com, Inc. &bull; 414 14th Street #200 &bull; Denver, CO 80202<br>
Account: larkspurlabs &bull; You are receiving this notice as required by ICANN's Expired Registration Recovery Policy.</td></tr>
</table>"""
    + pixel("namecom")
    + "</body></html>",
    items=[item(DOMAIN, "Name.com", "larkspur.co", "2027-01-15")],
    note="US date under an 'Expires' column; 'Created' column is a distractor",
)

hover_short = mail(
    name="dom_hover_noyear_en",
    category="positive",
    lang="en",
    sender=("Hover", "help@hover.com"),
    subject="larkspurlabs.net is expiring soon",
    date="2026-11-02 13:10 -0500",
    cte="7bit",
    text="""Hi there,

Just a heads-up: larkspurlabs.net expires on Dec. 2nd and auto-renew is turned off.

If you still need it, renew now from your Hover control panel:
https://www.hover.com/control_panel/domain/larkspurlabs.net

Don't need it anymore? No action needed - we'll let it expire.

Cheers,
The Hover Team
Toronto, Canada | hover.com | 1-866-731-6556 (Mon-Fri 8am-8pm ET, Sat-Sun 10am-5pm ET)
""",
    items=[item(DOMAIN, "Hover", "larkspurlabs.net", "2026-12-02")],
    note="'Dec. 2nd' without a year: the next Dec 2 after the mail's date",
)

gabia_ko = mail(
    name="dom_gabia_weekday_euckr",
    category="positive",
    lang="ko",
    sender=("가비아", "domain@gabia.com"),
    subject="[가비아] larkspur.co.kr 도메인 만료 안내",
    date="2026-11-10 10:00 +0900",
    charset="euc-kr",
    cte="base64",
    text=f"""안녕하세요, 라크스퍼코리아 고객님.
가비아를 이용해 주셔서 감사합니다.

고객님께서 이용 중이신 도메인의 만료일이 다가와 안내드립니다.
만료일이 지나면 홈페이지, 메일 등 도메인과 연결된 서비스가 모두 중단되오니
기간 내에 연장해 주시기 바랍니다.

■ 도메인 정보
 - 도메인명 : larkspur.co.kr
 - 등록일 : 2021년 12월 10일
 - 만료일 : {kd(2026, 12, 10)}
 - 자동연장 : 미신청

■ 연장 방법
 My가비아 > 서비스 관리 > 도메인 > 기간연장 (https://my.gabia.com)

※ .kr 도메인은 만료 후 일정 기간이 지나면 삭제되어 다른 사람이 등록할 수 있습니다.
※ 본 메일은 발신 전용입니다. 문의는 고객센터(1544-4370)를 이용해 주세요.

(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 | 사업자등록번호 144-81-15549
""",
    items=[item(DOMAIN, "Gabia", "larkspur.co.kr", "2026-12-10")],
    note="Korean date with weekday in parentheses; registration date is a distractor",
)

whois_ko_html = mail(
    name="dom_whois_table_ksc",
    category="positive",
    lang="ko",
    sender=("후이즈", "noreply@whois.co.kr"),
    subject="[후이즈] 도메인 기간 만료 예정 안내",
    date="2026-11-20 14:30 +0900",
    form="html",
    charset="ks_c_5601-1987",
    cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body style="margin:0;padding:0">
<table width="700" border="0" cellspacing="0" cellpadding="0" align="center" style="font-family:'맑은 고딕',돋움;font-size:13px">
<tr><td><img src="https://img.whois.co.kr/mail/top_logo.gif" alt="후이즈"></td></tr>
<tr><td style="padding:30px 20px">안녕하세요. 후이즈입니다.<br>
라크스퍼코리아(larkspurkr) 님께서 등록하신 도메인의 기간 만료가 다가와 안내해 드립니다.<br>
만료일 이전에 기간을 연장하지 않으시면 도메인이 정지되며, 웹사이트와 메일을 이용하실 수 없습니다.</td></tr>
<tr><td style="padding:0 20px">
<table width="100%" border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;border-color:#cccccc">
<tr bgcolor="#f4f4f4"><th>도메인명</th><th>등록일</th><th>만료일</th><th>상태</th></tr>
<tr><td align="center">larkspur.kr</td><td align="center">2022.12.27</td><td align="center">2026.12.27</td><td align="center">연장필요</td></tr>
</table></td></tr>
<tr><td style="padding:20px">&#8251; 연장 신청: <a href="https://www.whois.co.kr/myservice/domain">마이후이즈 &gt; 도메인 관리</a><br>
&#8251; 결제 후 반영까지 최대 1시간이 걸릴 수 있습니다.</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#999">(주)후이즈 | 서울특별시 강남구 | 고객센터 1588-4259<br>
본 메일은 정보통신망법에 따라 서비스 이용 고객님께 발송되는 안내 메일입니다.</td></tr>
</table>"""
    + pixel("whois1")
    + "</body></html>",
    items=[item(DOMAIN, "Whois", "larkspur.kr", "2026-12-27")],
    note="HTML-only, cp949 under the ks_c_5601-1987 label, date in a 만료일 column next to 등록일",
)

cafe24_dminus = mail(
    name="dom_cafe24_dminus_alt_ko",
    category="positive",
    lang="ko",
    sender=("카페24", "noreply@cafe24.com"),
    subject="[카페24] D-14 larkspurkorea.com 도메인 만료 예정 안내",
    date="2026-11-19 09:00 +0900",
    form="alt",
    cte="base64",
    text="""[카페24] 도메인 만료 예정 안내

고객님(아이디: larkspurkr)이 보유하신 도메인 larkspurkorea.com 의 만료가 14일 남았습니다. (D-14)

만료 예정일 : 2026-12-03 오후 11:59
결제 방법 : 카페24 충전금 / 신용카드

기간 내 연장하지 않으시면 도메인에 연결된 쇼핑몰과 메일이 중단됩니다.
연장하기 : https://hosting.cafe24.com/?controller=myservice_domain

감사합니다.
카페24 호스팅센터
""",
    html="""<div style="width:640px;margin:0 auto;font-family:'Noto Sans KR',sans-serif;border:1px solid #e5e5e5">
<div style="background:#1b64da;color:#fff;padding:18px 24px;font-size:18px"><b>D-14</b> 도메인 만료 예정 안내</div>
<div style="padding:24px">고객님(아이디: <b>larkspurkr</b>)이 보유하신 도메인의 만료가 <b style="color:#e02020">14일</b> 남았습니다.<br><br>
<table cellpadding="8" style="border-top:2px solid #333;width:100%;font-size:14px">
<tr><td style="background:#f7f7f7;width:140px">도메인</td><td>larkspurkorea.com</td></tr>
<tr><td style="background:#f7f7f7">만료 예정일</td><td>2026-12-03 오후 11:59</td></tr>
</table><br>
<a href="https://hosting.cafe24.com/?controller=myservice_domain" style="display:inline-block;background:#1b64da;color:#fff;padding:12px 30px;text-decoration:none">기간 연장하기</a>
<p style="font-size:12px;color:#888;margin-top:30px">본 메일은 발신 전용입니다. (주)카페24 | 서울시 동작구 보라매로5길 15 | 대표전화 1588-3284</p>
</div></div>"""
    + pixel("cafe24d"),
    items=[item(DOMAIN, "Cafe24", "larkspurkorea.com", "2026-12-03")],
    note="D-14 and an explicit 오후 11:59 date agree (2026-12-03)",
)


godaddy_ko = mail(
    name="dom_godaddy_ko_in30days",
    category="positive",
    lang="ko",
    sender=("GoDaddy", "renewals@godaddy.com"),
    subject="larkspurkr.com 도메인이 30일 후에 만료됩니다",
    date="2026-11-02 07:00 +0900",
    form="alt",
    cte="base64",
    text="""김하늘 님, 안녕하세요.

고객 번호 318227405 계정의 도메인 larkspurkr.com이(가) 30일 후에 만료됩니다.
자동 갱신이 꺼져 있으므로, 만료되면 이 도메인을 사용하는 웹사이트와 이메일이 작동하지 않습니다.

지금 갱신하기: https://account.godaddy.com/products?renew=larkspurkr.com

한정 혜택: 2026년 11월 15일까지 2년 이상 갱신 시 20% 할인.

Copyright © 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
""",
    html="""<html><body style="font-family:'Malgun Gothic',Arial"><table width="600" align="center">
<tr><td style="padding:20px 0"><b>GoDaddy</b></td></tr>
<tr><td>김하늘 님, 안녕하세요.<br><br>도메인 <b>larkspurkr.com</b>이(가) <b>30일 후</b>에 만료됩니다. 자동 갱신: 꺼짐</td></tr>
<tr><td style="padding:20px 0"><a href="https://account.godaddy.com/products?renew=larkspurkr.com">지금 갱신하기</a></td></tr>
<tr><td style="font-size:12px;background:#eef9f9;padding:10px">한정 혜택: 2026년 11월 15일까지 2년 이상 갱신 시 20% 할인.</td></tr>
<tr><td style="font-size:10px;color:#777;padding:20px 0">Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC.</td></tr>
</table></body></html>""",
    items=[item(DOMAIN, "GoDaddy", "larkspurkr.com", "2026-12-02")],
    note="Korean-localized GoDaddy mail; '30일 후' counted from the mail's local date 2026-11-02 (KST); "
    "promotion end date is a distractor",
)

# --- digests ---------------------------------------------------------------------------------------

namecheap_digest = mail(
    name="digest_namecheap_three_domains",
    category="digest",
    lang="en",
    sender=("Namecheap", "support@namecheap.com"),
    subject="Domain Expiration Notice - 3 domains require your attention",
    date="2026-11-21 05:02 +0000",
    form="alt",
    cte="quoted-printable",
    text="""Dear larkspurops,

The following domains registered in your Namecheap account are approaching their expiration dates.
To keep them active, please renew them or turn on Auto-Renew.

Domain                Expiration date      Auto-Renew
larkspur.ai           Dec 14, 2026         OFF
larkspurcdn.com       Dec 21, 2026         OFF
larkspur.tech         Jan 3, 2027          OFF

Manage your domains: https://ap.www.namecheap.com/domains/list/

If you have already renewed these domains, please disregard this message.

Regards,
Team Namecheap
""",
    html="""<html><body style="font-family:Arial;color:#333"><table width="600" align="center">
<tr><td style="background:#de3723;padding:12px"><span style="color:#fff;font-size:20px">Namecheap</span></td></tr>
<tr><td style="padding:20px 0">Dear larkspurops,<br><br>The following domains registered in your Namecheap account are
approaching their expiration dates.</td></tr>
<tr><td><table width="100%" cellpadding="6" border="1" style="border-collapse:collapse">
<tr><th>Domain</th><th>Expiration date</th><th>Auto-Renew</th></tr>
<tr><td>larkspur.ai</td><td>Dec 14, 2026</td><td>OFF</td></tr>
<tr><td>larkspurcdn.com</td><td>Dec 21, 2026</td><td>OFF</td></tr>
<tr><td>larkspur.tech</td><td>Jan 3, 2027</td><td>OFF</td></tr>
</table></td></tr>
<tr><td style="padding:20px 0"><a href="https://ap.www.namecheap.com/domains/list/">Manage your domains</a></td></tr>
</table></body></html>""",
    items=[
        item(DOMAIN, "Namecheap", "larkspur.ai", "2026-12-14"),
        item(DOMAIN, "Namecheap", "larkspurcdn.com", "2026-12-21"),
        item(DOMAIN, "Namecheap", "larkspur.tech", "2027-01-03"),
    ],
    note="digest: one item per domain, each with its own date",
)

dynadot_digest = mail(
    name="digest_dynadot_plain",
    category="digest",
    lang="en",
    sender=("Dynadot", "info@dynadot.com"),
    subject="Dynadot Domain Expiration Notice",
    date="2026-11-06 22:15 -0800",
    cte="7bit",
    text="""Dear Larkspur Labs (Account #2217340),

This is an automated notice that the following domain(s) in your Dynadot account will expire soon.

  1. larkspur.shop
     Registration Date: 2025/12/20
     Expiration Date:   2026/12/20
     Renew Option:      do not renew

  2. larkspur.store
     Registration Date: 2024/01/05
     Expiration Date:   2027/01/05
     Renew Option:      do not renew

To renew, log in at https://www.dynadot.com/account/domain/name/list.html, select the domain(s) and
choose "Renew". Please note that domains which are not renewed before their expiration date may be
deactivated and cannot be guaranteed to be recoverable.

Sincerely,
Dynadot Customer Service
210 S Ellsworth Ave #345, San Mateo, CA 94401
""",
    items=[
        item(DOMAIN, "Dynadot", "larkspur.shop", "2026-12-20"),
        item(DOMAIN, "Dynadot", "larkspur.store", "2027-01-05"),
    ],
    note="digest with slash dates; registration dates are distractors",
)

MAILS = [
    r53_autorenew_off,
    godaddy_html,
    namecheap_rel,
    cloudflare_failed,
    squarespace_autorenew,
    porkbun_grace,
    gandi_utc,
    namecom_html,
    hover_short,
    gabia_ko,
    whois_ko_html,
    cafe24_dminus,
    godaddy_ko,
    namecheap_digest,
    dynadot_digest,
]
