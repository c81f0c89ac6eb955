"""holdout6: domain-expiry notices from long-tail registrars (written from their public help pages and
the notices people posted; see README.md)."""

# ruff: noqa: E501  (vendor HTML and mail lines are kept as the vendors lay them out)

from __future__ import annotations

from corpus_lib import DOMAIN, item
from h6_common import mail, q_subject, wd

MAILS = [
    mail(
        name="dom_hostinger_en_html",
        category="positive",
        lang="en",
        sender=("Hostinger", "no-reply@hostinger.com"),
        subject=q_subject("⏰ Your domain hanulstudio.store expires in 7 days"),
        date="2026-11-20 03:12 +0000",
        form="html",
        cte="quoted-printable",
        html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hostinger</title>
<style>td{font-family:Arial,sans-serif;font-size:14px;color:#2f1c6a}</style></head><body style="margin:0;background:#f4f4ff">
<div style="display:none;max-height:0;overflow:hidden">Renew now to keep your website and email working.&nbsp;&zwnj;&nbsp;&zwnj;</div>
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://assets.hostinger.com/email/logo.png" alt="HOSTINGER" width="140"></td></tr>
<tr><td><h1 style="font-size:22px">Hi Minji,</h1>
<p>Your domain <b>hanulstudio.store</b> expires in 7 days. Once it expires, your website and any email addresses
using this domain will stop working.</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #e3e3f3;width:100%">
<tr><td>Domain</td><td><b>hanulstudio.store</b></td></tr>
<tr><td>Purchased on</td><td>2025-11-27</td></tr>
<tr><td>Expiration date</td><td><b>2026-11-27</b></td></tr>
<tr><td>Auto-renewal</td><td>Off</td></tr>
</table>
<p style="text-align:center"><a href="https://hpanel.hostinger.com/domains/hanulstudio.store/renew"
style="background:#673de6;color:#fff;padding:12px 28px;border-radius:8px;text-decoration:none">Renew domain</a></p>
<p>Tip: turn on auto-renewal so you never have to think about it again.</p>
<p>Black Friday deals end December 2, 2026 &ndash; save up to 80% on Premium Web Hosting.</p>
</td></tr>
<tr><td style="font-size:11px;color:#8c85a8">You received this email because you have an active service at Hostinger.<br>
Hostinger International Ltd., 61 Lordou Vironos Street, 6023 Larnaca, Cyprus<br>
&copy; 2004&ndash;2026 Hostinger. All rights reserved.</td></tr>
</table></td></tr></table>
<img src="https://email.hostinger.com/o/eJx1k0tv2zAQhP9K4HPTEtSDlnoK2jR2gqQN7LhtLgWf0tqSKJOkHAf57yUVOEaLmFxZW/AKi9s.gif" width="1" height="1" alt="">
</body></html>
""",
        note="purchase date and a promotion end date are distractors",
        items=[item(DOMAIN, "Hostinger", "hanulstudio.store", "2026-11-27")],
    ),
    mail(
        name="dom_hover_en_autorenew",
        category="positive",
        lang="en",
        sender=("Hover", "help@hover.com"),
        subject="Upcoming renewal: hanul.ca",
        date="2026-11-14 16:40 -0500",
        text="""Hi Minji Park,

Just a friendly heads up: the following domain is set to auto-renew in 30 days.

    hanul.ca ........ renews December 14, 2026 ........ CA$19.99 / 1 year

We'll charge the card on file (Visa ending in 4417). No action is needed if your
payment details are up to date. If you don't want to keep this domain, you can turn
off auto-renew from your Hover control panel before the renewal date.

Manage your domains: https://www.hover.com/control_panel/domains

Questions? We're here Monday to Friday, 8am-8pm ET and Saturday/Sunday 10am-5pm ET.

Thanks,
The Hover Team

--
Hover | Tucows Domains Inc. | 96 Mowat Avenue, Toronto, Ontario, Canada M6K 3M1
You are receiving this message because you have domains registered with Hover.
""",
        note="auto-renew announcement: low severity, deadline = renewal date",
        items=[item(DOMAIN, "Hover", "hanul.ca", "2026-12-14")],
    ),
    mail(
        name="dom_dynadot_en_grace",
        category="positive",
        lang="en",
        sender=("Dynadot", "info@dynadot.com"),
        subject="Domain Expired - hanul-studio.net",
        date="2026-11-12 21:05 -0800",
        cte="quoted-printable",
        text="""Dear Minji Park,

The domain hanul-studio.net in your Dynadot account expired on 2026/11/10.

Your domain is now in its renewal grace period. Websites and email using the
domain may have stopped working. You can still renew it at the regular renewal
price until 2026/12/10. After that date the domain enters the redemption period
and can only be restored for an additional redemption fee of $80.00, if at all.

Domain:            hanul-studio.net
Registered:        2019/11/10
Expired:           2026/11/10
Grace period ends: 2026/12/10

To renew, log in at https://www.dynadot.com/account/domain/name/list.html and
choose "Renew" from the Bulk Actions menu.

Sincerely,
Dynadot Customer Support
https://www.dynadot.com
210 S. Ellsworth Ave #345, San Mateo, CA 94401, USA

Please do not reply to this email. For help, submit a ticket at
https://www.dynadot.com/support.
""",
        note=(
            "already expired; what the reader must act by is the end of the grace period (2026-12-10),"
            " after which only an expensive redemption is possible"
        ),
        items=[item(DOMAIN, "Dynadot", "hanul-studio.net", "2026-12-10")],
    ),
    mail(
        name="dom_namecom_en_autorenew_failed",
        category="positive",
        lang="en",
        sender=("Name.com", "support@name.com"),
        subject="Action required: we couldn't renew hanulstudio.io",
        date="2026-11-21 09:30 -0700",
        form="alt",
        cte="base64",
        text="""Hello Minji,

We tried to automatically renew hanulstudio.io but your payment was declined.

Expiration date: 12/05/2026
Amount: $39.99 USD (1 year)
Order date of last renewal: 11/21/2025

Please update your payment method and renew before 12/05/2026 to avoid any
interruption to your website or email.

Update billing: https://www.name.com/account/billing

Name.com, Inc. | 414 14th Street #200, Denver, CO 80202
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:20px;background:#0b2a4a">
<span style="color:#fff;font-size:20px;font-weight:bold">name.com</span></td></tr>
<tr><td style="padding:20px">
<p>Hello Minji,</p>
<p><strong>Your automatic renewal didn't go through.</strong> The card ending in 0932 was declined when we
tried to renew <strong>hanulstudio.io</strong>.</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Domain</th><th align="left">Expires</th><th align="left">Price</th></tr>
<tr><td>hanulstudio.io</td><td>12/05/2026</td><td>$39.99</td></tr>
</table>
<p><a href="https://www.name.com/account/billing">Update payment method</a> and renew manually before the
expiration date to keep your domain.</p>
<p style="color:#888;font-size:11px">Sent 11/21/2026 &middot; Name.com, Inc. &middot; 414 14th Street #200,
Denver, CO 80202</p>
</td></tr></table></body></html>
""",
        note="auto-renewal failed: high severity, deadline = expiry; text and html parts worded differently",
        items=[item(DOMAIN, "Name.com", "hanulstudio.io", "2026-12-05")],
    ),
    mail(
        name="dom_ionos_en_contract",
        category="positive",
        lang="en",
        sender=("IONOS", "noreply@ionos.co.uk"),
        subject="Your domain contract for hanul-design.co.uk ends on 15 Jan 2027",
        date="2026-11-16 08:02 +0000",
        cte="quoted-printable",
        text="""Dear Ms Park,

Customer ID: 512093877
Contract: hanul-design.co.uk

You have cancelled the domain hanul-design.co.uk with effect from 15 Jan 2027.
The domain will not be renewed and will be released by IONOS on that date.

If you want to keep it after all, you can withdraw the cancellation in your
IONOS account under Contracts & Cancellations up to and including 15 Jan 2027.

Date of this notice: 16 Nov 2026
Contract start: 15 Jan 2021

Kind regards
Your IONOS Team

1&1 IONOS Ltd, Discovery House, 154 Southgate Street, Gloucester GL1 2EX
Registered in England and Wales No. 03877315
This email was sent automatically. Please do not reply.
""",
        note="a cancelled domain ends; keeping it needs action by 15 Jan 2027",
        items=[item(DOMAIN, "IONOS", "hanul-design.co.uk", "2027-01-15")],
    ),
    mail(
        name="dom_dotname_ko_euckr",
        category="positive",
        lang="ko",
        sender=("닷네임코리아", "domain@dotnamekorea.com"),
        subject="[닷네임코리아] hanulstudio.co.kr 도메인 만료 안내",
        date="2026-11-20 10:00 +0900",
        charset="euc-kr",
        cte="base64",
        text=f"""안녕하세요, 박민지 고객님.
기쁨이 되는 기업, 닷네임코리아입니다.

고객님께서 등록하신 아래 도메인의 만료일이 다가와 안내드립니다.

  ■ 도메인명 : hanulstudio.co.kr
  ■ 등록일   : 2022년 12월 20일
  ■ 만료일   : 2026년 12월 20일 ({wd("2026-12-20")})
  ■ 연장비용 : 1년 22,000원 (VAT 포함)

만료일까지 기간연장이 되지 않은 도메인은 만료일 다음 날 네임서버가 변경되어
홈페이지와 메일 사용이 중지되며, KR 도메인은 사용 정지 후 30일이 지나면 삭제됩니다.

기간연장은 홈페이지 로그인 후 [도메인 관리] > [기간연장]에서 신청하실 수 있습니다.
https://www.dotnamekorea.com/domain/extend

※ 본 메일은 발신전용입니다. 문의는 1:1 문의 게시판 또는 고객센터(1588-0000)를 이용해 주세요.
(주)닷네임코리아 | 사업자등록번호 000-00-00000 | 서울특별시 영등포구
""",
        note="EUC-KR base64; registration date is a distractor",
        items=[item(DOMAIN, "닷네임코리아", "hanulstudio.co.kr", "2026-12-20")],
    ),
    mail(
        name="dom_inames_ko_html_cp949",
        category="positive",
        lang="ko",
        sender=("아이네임즈", "help@inames.co.kr"),
        subject="[아이네임즈] 도메인 기간만료 사전 안내",
        date="2026-11-18 14:21 +0900",
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body><table width="700" cellpadding="0" cellspacing="0" style="font-family:돋움,Dotum;font-size:12px">
<tr><td style="padding:15px;border-bottom:3px solid #1c64b4"><b style="font-size:18px;color:#1c64b4">iNames 아이네임즈</b></td></tr>
<tr><td style="padding:20px">
<p>안녕하세요. 고객님(hanul01)의 도메인 기간만료가 다가와 안내해 드립니다.<br>
아래 만료일 이전에 기간연장을 하지 않으시면 도메인이 정지되며 홈페이지·메일을 이용하실 수 없습니다.</p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#cccccc">
<tr bgcolor="#f0f4fa"><th>도메인</th><th>등록일</th><th>만료일</th><th>남은 기간</th></tr>
<tr><td>hanul-shop.kr</td><td>2023.12.09.</td><td><font color="red">2026.12.09.</font></td><td>21일</td></tr>
</table>
<p>▶ <a href="https://www.inames.co.kr/mypage/domain_extend.php">기간연장 바로가기</a></p>
<p>똑똑한 도메인 관리, 아이네임즈가 함께 하겠습니다. 감사합니다.</p>
</td></tr>
<tr><td style="padding:15px;background:#f6f6f6;color:#888;font-size:11px">
본 메일은 정보통신망법에 따라 서비스 이용 고객님께 발송되는 필수 안내 메일입니다.<br>
(주)아이네임즈 | 서울시 강남구 | 고객센터 1544-0000 | Copyright ⓒ iNames Co., Ltd. All rights reserved.</td></tr>
</table></body></html>
""",
        note="cp949 under the ks_c_5601-1987 label; dates with a trailing dot in a 만료일 column",
        items=[item(DOMAIN, "아이네임즈", "hanul-shop.kr", "2026-12-09")],
    ),
    mail(
        name="dom_whois_ko_dminus",
        category="positive",
        lang="ko",
        sender=("후이즈", "webmaster@whois.co.kr"),
        subject="[후이즈] 도메인 만료 D-7, hanul.kr 기간연장을 서둘러 주세요",
        date="2026-11-22 09:00 +0900",
        text=f"""박민지 님, 안녕하세요. 후이즈입니다.

hanul.kr 도메인의 사용 기간이 7일 남았습니다. (만료 D-7)

만료일({wd("2026-11-29")}요일) 오후 11시 59분까지 기간연장을 완료하지 않으시면
도메인이 정지되고, 연결된 홈페이지와 이메일 서비스가 중단됩니다.

  - 도메인 : hanul.kr
  - 최초 등록일 : 2016-11-29
  - 소유자 : 하늘스튜디오

[기간연장 하기] https://whois.co.kr/mypage/domain/extend

※ 자동연장 서비스를 신청하시면 만료일 전 자동으로 결제가 이루어집니다.
※ 이 메일은 발신 전용이며 회신되지 않습니다.

(주)후이즈 | 서울특별시 구로구 | 대표전화 1588-0000 | www.whois.co.kr
""",
        note="D-7 counted from the mail's date (2026-11-22 +7); the expiry itself is given only as weekday + time",
        items=[item(DOMAIN, "후이즈", "hanul.kr", "2026-11-29")],
    ),
    mail(
        name="dom_blueweb_ko_qp",
        category="positive",
        lang="ko",
        sender=("블루웹", "admin@blueweb.co.kr"),
        subject=q_subject("[블루웹] 도메인(hanulcraft.com) 기간 만료 예정 안내"),
        date="2026-11-03 11:47 +0900",
        cte="quoted-printable",
        text=f"""블루웹을 이용해 주셔서 감사합니다.

고객님의 도메인 hanulcraft.com 이 아래 일시에 만료될 예정입니다.

 * 만료 예정 일시 : 2026-12-03 ({wd("2026-12-03")}) 오전 9시
 * 결제일(최근) : 2025-11-28
 * 안내 발송일 : 2026-11-03

만료 예정 일시 전까지 연장 결제를 완료해 주시기 바랍니다.
만료 이후 30일간은 연장이 가능하나 이후에는 복구 수수료가 부과됩니다.

블루웹 고객센터 | 평일 09:00~18:00 | https://www.blueweb.co.kr
""",
        note="UTF-8 quoted-printable; payment and send dates are distractors",
        items=[item(DOMAIN, "블루웹", "hanulcraft.com", "2026-12-03")],
    ),
    mail(
        name="dom_wix_en_30days",
        category="positive",
        lang="en",
        sender=("Wix.com", "wix-team@emails.wix.com"),
        subject="Your domain hanulstudio.art expires in 30 days",
        date="2026-11-10 17:22 +0000",
        form="alt",
        text="""Hi Minji,

Your domain hanulstudio.art expires in 30 days. Auto-renew is turned off for this domain, so it won't
renew unless you renew it manually.

Renew now: https://manage.wix.com/account/domains

If your domain expires, your site will no longer be reachable at hanulstudio.art.

The Wix Team
Wix.com Ltd., 100 Gansevoort Street, New York, NY 10014
""",
        html="""<html><body style="font-family:Madefor,Helvetica,Arial;background:#f0f4f7">
<div style="display:none">Renew it now so visitors can keep finding your site.</div>
<table align="center" width="600" cellpadding="24" style="background:#fff"><tr><td>
<p style="font-size:26px">WiX</p>
<h2>Your domain expires in 30 days</h2>
<p>Hi Minji, your domain <b>hanulstudio.art</b> is connected to your site <b>Hanul Studio Portfolio</b>.
Auto-renew is off, so you'll need to renew it yourself to keep it.</p>
<p><a href="https://manage.wix.com/account/domains" style="background:#116dff;color:#fff;padding:10px 24px;
border-radius:18px;text-decoration:none">Renew Domain</a></p>
<p style="font-size:11px;color:#777">Wix.com Ltd., 100 Gansevoort Street, New York, NY 10014.
This is a service email about your Wix account.</p>
</td></tr></table></body></html>
""",
        note="Wix-managed domain; 'in 30 days' counted from the Date header (2026-11-10)",
        items=[item(DOMAIN, "Wix", "hanulstudio.art", "2026-12-10")],
    ),
    mail(
        name="dom_shopify_en_autorenew",
        category="positive",
        lang="en",
        sender=("Shopify", "mailer@shopify.com"),
        subject="Your domain hanulgoods.shop will renew soon",
        date="2026-11-19 13:05 -0500",
        text="""Hi Hanul Goods,

Your Shopify-managed domain hanulgoods.shop is set to automatically renew on Dec. 19th.

The renewal fee of $31.00 USD will be added to your next Shopify bill. No action is needed.
To stop the renewal, go to Settings > Domains in your Shopify admin before then.

Store: hanul-goods.myshopify.com
Domain purchased: Dec 19, 2024

Thanks,
The Shopify Team

Shopify Inc., 151 O'Connor Street, Ground floor, Ottawa, ON K2P 2L8, Canada
""",
        note="auto-renew announcement with a year-less date (next Dec 19 after the mail): low severity",
        items=[item(DOMAIN, "Shopify", "hanulgoods.shop", "2026-12-19")],
    ),
    mail(
        name="dom_gabia_reseller_ko",
        category="positive",
        lang="ko",
        sender=("하이웹 도메인센터", "noreply@hiweb.kr"),
        subject="[하이웹] 도메인 만료 1개월 전 안내 - hanuldesign.kr",
        date="2026-11-16 08:30 +0900",
        charset="euc-kr",
        cte="8bit",
        text="""[하이웹 도메인센터]

안녕하세요 고객님.
하이웹에서 등록/관리 중인 도메인의 만료일이 1개월 남아 안내드립니다.

도메인명      : hanuldesign.kr
만료예정일    : 2026년 12월 16일
관리 아이디   : hanul_admin

만료예정일까지 연장하지 않으시면 도메인이 정지되며, 정지 후에는 연장 시 추가 비용이
발생할 수 있습니다. 본 도메인은 (주)가비아를 등록대행자로 하여 등록된 도메인입니다.

연장 신청 : https://domain.hiweb.kr/extend
문의 : 02-000-0000 (평일 10시~17시)

하이웹 | 본 메일은 발신 전용입니다.
""",
        note="a Gabia reseller brand sending from its own domain (generic registrar); EUC-KR raw 8bit",
        items=[item(DOMAIN, "하이웹", "hanuldesign.kr", "2026-12-16")],
    ),
    mail(
        name="dom_dothome_ko_after_expiry",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 도메인 만료 안내 - hanulphoto.com (연장 가능 기간 안내)",
        date="2026-11-17 15:10 +0900",
        form="html",
        html="""<html><body><div style="width:680px;margin:0 auto;font-family:'Malgun Gothic',sans-serif;font-size:13px">
<div style="background:#ff6600;color:#fff;padding:12px 20px;font-weight:bold">dothome 닷홈</div>
<div style="padding:20px;line-height:1.8">
안녕하세요, 닷홈입니다.<br><br>
고객님의 도메인 <b>hanulphoto.com</b> 이 <b>2026년 11월 15일</b>에 만료되었습니다.<br>
현재 도메인이 정지되어 홈페이지 및 메일을 이용하실 수 없습니다.<br><br>
만료 후 20일 이내인 <b style="color:#d00">2026년 12월 5일까지</b>는 일반 연장 요금으로 연장이 가능하며,<br>
이후에는 복구 절차로 전환되어 별도의 복구 비용(319,000원)이 청구됩니다.<br><br>
&nbsp;&nbsp;· 도메인 : hanulphoto.com<br>
&nbsp;&nbsp;· 만료일 : 2026-11-15<br>
&nbsp;&nbsp;· 연장 가능 기한 : 2026-12-05<br><br>
<a href="https://www.dothome.co.kr/mydothome/domain">마이닷홈 &gt; 도메인 관리</a>에서 연장해 주세요.
</div>
<div style="color:#999;font-size:11px;padding:10px 20px;border-top:1px solid #eee">
(주)닷홈 | 본 메일은 발신전용 메일입니다. © dothome.co.kr</div></div></body></html>
""",
        note=(
            "expired on 11-15; the reader must renew by 2026-12-05 (end of the normal-price window) —"
            " labelled with the act-by date"
        ),
        items=[item(DOMAIN, "닷홈", "hanulphoto.com", "2026-12-05")],
    ),
]
