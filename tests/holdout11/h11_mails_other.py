# ruff: noqa: E501  (mail bodies keep the long HTML lines real bulk mailers write)
"""holdout11: forwards, follow-ups, resolutions, replies, negatives (noise) and phishing."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, item
from h11_lib import kd, mail, pixel

# --- forwards -------------------------------------------------------------------------------------

fw_gmail_route53 = mail(
    name="fwd_gmail_route53_en",
    category="forward",
    lang="en",
    sender=("Jisoo Park", "jisoo.park@larkspur.io"),
    subject="Fwd: Domain name larkspur.cloud will expire soon - automatic renewal is disabled",
    date="2026-11-20 09:47 -0800",
    cte="quoted-printable",
    text="""Hey ops - this landed in my inbox because I'm still the registrant contact on the old AWS account.
Can someone renew it or turn auto-renew on? I don't have console access any more.

Jisoo

---------- Forwarded message ---------
From: Amazon Route 53 <noreply@registrar.amazon.com>
Date: Wed, Nov 18, 2026 at 9:12 AM
Subject: Domain name larkspur.cloud will expire soon - automatic renewal is disabled
To: <jisoo.park@larkspur.io>


Dear AWS customer,

The registration for the following domain will expire soon. Automatic renewal is currently disabled
for this domain.

Domain name: larkspur.cloud
AWS account ID: 109923874410
Expiration date: January 2, 2027

To keep the domain, turn on automatic renewal or extend the registration in the Route 53 console:
https://console.aws.amazon.com/route53/domains/home

Regards,
Amazon Route 53
""",
    items=[item(DOMAIN, "Route 53", "larkspur.cloud", "2027-01-02")],
    note="Gmail forward of a Route 53 notice; the forwarding colleague authenticates for larkspur.io",
)

fw_outlook_gabia_hosting = mail(
    name="fwd_outlook_wonbon_gabia_hosting_mixed",
    category="forward",
    lang="mixed",
    sender=("김하늘", "haneul.kim@larkspur.co.kr"),
    subject="FW: [가비아] 웹호스팅 디스크 용량 초과 안내",
    date="2026-11-17 13:02 +0900",
    charset="ks_c_5601-1987",
    cte="base64",
    text="""Hi team, forwarding for visibility. Gabia says the KR site's web hosting disk is over its limit and the
service gets suspended on 11/30 if we don't clean up or upgrade. I'll check old backups tomorrow,
but someone with billing access may need to upgrade the plan.

Haneul

-----원본 메시지-----
보낸 사람: 가비아 <hosting@gabia.com>
받는 사람: haneul.kim@larkspur.co.kr
날짜: 2026년 11월 16일 월요일 오후 4:10
제목: [가비아] 웹호스팅 디스크 용량 초과 안내

안녕하세요, 가비아입니다.

고객님의 웹호스팅 서비스 디스크 사용량이 제공 용량을 초과하였습니다.

 - 서비스 : 웹호스팅 비즈니스 (larkspur.co.kr)
 - 호스팅 아이디 : larkspurkr01
 - 사용량 : 10.6GB / 10GB (106%)

2026년 11월 30일까지 불필요한 파일을 정리하시거나 상위 상품으로 변경해 주세요.
기한까지 용량 초과 상태가 해소되지 않으면 서비스가 일시 정지됩니다.

My가비아 > 서비스 관리 > 웹호스팅 (https://my.gabia.com)
감사합니다.
""",
    items=[item(QUOTA, "Gabia", "larkspur.co.kr", "2026-11-30", aliases=["larkspurkr01"])],
    note="Korean Outlook '원본 메시지' forward with an English comment (mixed); forward date is a distractor",
)

fw_ko_jeondal = mail(
    name="fwd_ko_jeondal_hostingkr_euckr",
    category="forward",
    lang="ko",
    sender=("이도윤", "doyun.lee@larkspur.co.kr"),
    subject="전달: [호스팅케이알] 도메인 만료 예정 안내",
    date="2026-11-12 10:31 +0900",
    charset="euc-kr",
    cte="8bit",
    text="""운영팀 확인 부탁드립니다. 결제 카드가 퇴사자 명의라 연장 처리가 안 될 것 같습니다.

---------- 전달된 메시지 ----------
보낸사람: 호스팅케이알 <noreply@hosting.kr>
받는사람: doyun.lee@larkspur.co.kr
날짜: 2026년 11월 11일 (수) 오전 9:00
제목: [호스팅케이알] 도메인 만료 예정 안내

안녕하세요. 호스팅케이알입니다.
아래 도메인의 만료일이 다가오고 있습니다.

도메인 : larkspurkorea.co.kr
만료일 : 2027년 1월 8일
자동연장 : 사용 안 함

만료일까지 연장하지 않으면 도메인이 정지됩니다.
https://www.hosting.kr/mypage/domain
""",
    items=[item(DOMAIN, "hosting.kr", "larkspurkorea.co.kr", "2027-01-08")],
    note="Korean '전달된 메시지' forward in EUC-KR 8bit; the original's send date is a distractor",
)

fw_rfc822_outer = mail(
    name="fwd_attached_rfc822_github_lfs",
    category="forward",
    lang="en",
    sender=("Priya Raman", "priya.raman@larkspur.io"),
    subject="FW: [GitHub] Git LFS data plan exceeded for larkspur-labs",
    date="2026-11-15 11:20 -0800",
    text="""Forwarding as attachment - GitHub says LFS storage for the org is over quota and pushes with large
files are failing in the design-assets repo. Who owns GitHub billing now?

Priya
""",
    items=[item(QUOTA, "GitHub", "larkspur-labs", "default")],
    note="forward as a message/rfc822 attachment (Outlook 'Forward as attachment'); the notice is inside",
)

fw_rfc822_inner = mail(
    name="github_lfs_original",
    category="positive",
    lang="en",
    sender=("GitHub", "noreply@github.com"),
    subject="[GitHub] Git LFS data plan exceeded for larkspur-labs",
    date="2026-11-15 06:02 +0000",
    to="priya.raman@larkspur.io",
    text="""Hi @larkspur-labs,

The larkspur-labs organization has used 100% of its Git LFS storage (10.0 GB of 10.0 GB).

Pushes that add Git LFS objects will be rejected until you purchase an additional data pack or delete
Git LFS objects. Data packs cost $5 per month for 50 GB of storage and 50 GB of bandwidth.

Purchase a data pack: https://github.com/organizations/larkspur-labs/billing/lfs

Thanks,
The GitHub Team
""",
)

# --- follow-ups -----------------------------------------------------------------------------------

fu_meta_moved = mail(
    name="followup_meta_sdk_date_moved_en",
    category="followup",
    lang="en",
    sender=("Meta for Developers", "notification@facebookmail.com"),
    subject="Update: new deprecation date for Facebook Login SDK for iOS v15",
    date="2026-11-19 17:30 +0000",
    cte="quoted-printable",
    text="""Hi Dana,

We previously let you know that Facebook Login SDK for iOS v15 would be deprecated on December 15, 2026.
Based on developer feedback, we have moved the deprecation date to March 16, 2027.

Affected app: Larkspur KR Login (App ID 8820115630447152)

Until March 16, 2027, the SDK will continue to work as it does today. We still recommend updating to
SDK v18 or later as soon as possible.

Thanks,
The Meta for Developers team
Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
    items=[item(SOCIAL, "Meta", "Larkspur KR Login", "2027-03-16", aliases=["8820115630447152"])],
    note="follow-up moving the date: new date labelled, December 15 is the old one",
)

fu_render_postponed = mail(
    name="followup_render_postponed_en",
    category="followup",
    lang="en",
    sender=("Render", "no-reply@render.com"),
    subject="Update: bandwidth enforcement for your workspace postponed",
    date="2026-10-29 18:00 +0000",
    cte="8bit",
    text="""Hello from Render,

Last week we told you that free services in your workspace "Larkspur Labs" (tea-cq81m2lds78s73a0e1pg)
would be suspended after October 30, 2026 if the workspace kept exceeding its included bandwidth.

We've postponed enforcement. Your services will keep running, and the new deadline to upgrade to a paid
workspace plan is January 15, 2027.

Current bandwidth usage this month: 131 GB of 100 GB included.

Manage billing: https://dashboard.render.com/billing

- The Render team
""",
    items=[
        item(
            QUOTA,
            "Render",
            "Larkspur Labs",
            "2027-01-15",
            aliases=["tea-cq81m2lds78s73a0e1pg"],
        )
    ],
    note="follow-up: the old date October 30 is a distractor",
)

# --- resolutions ----------------------------------------------------------------------------------

res_route53 = mail(
    name="resolved_route53_renewed_en",
    category="resolution",
    lang="en",
    sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
    subject="Renewal of larkspurhq.com succeeded",
    date="2026-11-21 02:16 +0000",
    cte="7bit",
    text="""Dear AWS customer,

We successfully renewed the following domain for 1 year:

Domain name: larkspurhq.com
New expiration date: December 18, 2027
AWS account ID: 482109731156

The renewal fee will appear on your next AWS bill. You can view the domain in the Route 53 console:
https://console.aws.amazon.com/route53/domains/home

Regards,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
    items=[item(DOMAIN, "Route 53", "larkspurhq.com", "2027-12-18", resolves=True)],
    note="renewal receipt closes the larkspurhq.com item",
)

res_vercel = mail(
    name="resolved_vercel_pro_upgrade_pdf",
    category="resolution",
    lang="en",
    sender=("Vercel", "billing@vercel.com"),
    subject="Your team larkspur-labs is now on the Pro plan",
    date="2026-11-20 22:41 +0000",
    attachment=True,
    text="""Hi Larkspur Labs,

Your team larkspur-labs has been upgraded from Hobby to Pro. The included usage limits of the Pro plan
apply immediately, and your projects will no longer be paused when they reach the Hobby limits.

Invoice: in_1QxV2LkL8s9Tz0 (attached)
Amount: $20.00 per member / month
Billing period: Nov 20, 2026 - Dec 20, 2026

Manage billing: https://vercel.com/larkspur-labs/~/settings/billing

- The Vercel Team
""",
    items=[item(QUOTA, "Vercel", "larkspur-labs", "default", resolves=True, aliases=["Larkspur Labs"])],
    note="plan upgraded: resolves the Vercel quota item; PDF invoice attached",
)

res_cafe24 = mail(
    name="resolved_cafe24_traffic_added_ko",
    category="resolution",
    lang="ko",
    sender=("카페24 호스팅센터", "hosting@cafe24.com"),
    subject="[카페24] 트래픽 추가 신청이 완료되었습니다",
    date="2026-11-17 09:12 +0900",
    charset="euc-kr",
    cte="base64",
    text=f"""안녕하세요. 카페24 호스팅센터입니다.

신청하신 트래픽 추가가 정상적으로 적용되었습니다.

  - 아이디 : larkspurkr
  - 변경 내용 : 일일 트래픽 2GB → 6GB (트래픽 무제한 옵션 아님)
  - 적용 일시 : {kd(2026, 11, 17)} 오전 9시
  - 이용 기간 : 2026-11-17 ~ 2027-11-16

이용해 주셔서 감사합니다.
Copyright (c) Cafe24 Corp. All Rights Reserved.
""",
    items=[item(QUOTA, "Cafe24", "larkspurkr", "default", resolves=True)],
    note="quota raised: resolves the Cafe24 traffic item",
)

# --- replies (give nothing) -----------------------------------------------------------------------

re_namecheap = mail(
    name="reply_namecheap_digest_en",
    category="reply",
    lang="en",
    sender=("Dana Whitfield", "dana@larkspur.io"),
    subject="Re: Domain Expiration Notice - 3 domains require your attention",
    date="2026-11-21 08:55 -0800",
    text="""Renewed larkspur.ai and larkspur.tech just now. Letting larkspurcdn.com lapse, we moved the CDN to
the main domain in the summer.

Dana

On Sat, Nov 21, 2026 at 5:02 AM Namecheap <support@namecheap.com> wrote:
> Dear larkspurops,
>
> The following domains registered in your Namecheap account are approaching their expiration dates.
>
> Domain                Expiration date      Auto-Renew
> larkspur.ai           Dec 14, 2026         OFF
> larkspurcdn.com       Dec 21, 2026         OFF
> larkspur.tech         Jan 3, 2027          OFF
>
> Regards,
> Team Namecheap
""",
    note="reply quoting a notice: nothing new",
)

re_kakao_ko = mail(
    name="reply_kakao_quoted_ko",
    category="reply",
    lang="ko",
    sender=("박서준", "seojun.park@larkspur.co.kr"),
    subject="RE: [카카오디벨로퍼스] 카카오 로그인 구버전 SDK 지원 종료 안내",
    date="2026-11-10 10:05 +0900",
    cte="base64",
    text=f"""확인했습니다. 웹 로그인 페이지만 v1 SDK를 쓰고 있어서 이번 스프린트에 v2로 교체하겠습니다.

2026년 11월 9일 (월) 오후 3:00, 카카오디벨로퍼스 <noreply-developers@kakaocorp.com>님이 작성:
> 안녕하세요, 카카오입니다.
>
> ■ 대상 앱
>  - 앱 이름: 라크스퍼
>  - 앱 ID: 1043387
>
> ■ 지원 종료 일정
>  - 1차: {kd(2026, 12, 9)} - 신규 로그인 요청 차단
>  - 2차: {kd(2027, 3, 10)} - 토큰 갱신 및 모든 API 호출 차단
""",
    note="reply quoting the Kakao notice: nothing new",
)

re_vercel_outlook = mail(
    name="reply_outlook_vercel_en",
    category="reply",
    lang="en",
    sender=("Marcus Lee", "marcus.lee@larkspur.io"),
    subject="RE: Your team larkspur-labs has used 90% of its included Fast Data Transfer",
    date="2026-11-18 07:30 -0800",
    cte="quoted-printable",
    text="""Let's just go to Pro, the marketing launch is next week and I don't want the site paused. Dana, can you
approve the card?

Marcus

________________________________
From: Vercel <notifications@vercel.com>
Sent: Tuesday, November 17, 2026 11:22 AM
To: Larkspur Ops <ops@larkspur.io>
Subject: Your team larkspur-labs has used 90% of its included Fast Data Transfer

Hi Larkspur Labs,

Your team larkspur-labs on the Hobby plan has used 90% of the included usage for the current billing
period (Nov 1 - Nov 30).

  Fast Data Transfer        90.4 GB / 100 GB (90.4%)

Once a Hobby team reaches 100% of an included limit, the projects of the team are paused until
usage resets.
""",
    note="Outlook reply quoting a quota notice: nothing new",
)

# --- negatives ------------------------------------------------------------------------------------

neg_godaddy_promo = mail(
    name="neg_godaddy_com_promo_html",
    category="negative",
    lang="en",
    sender=("GoDaddy", "offers@godaddy.com"),
    subject="Your next big idea deserves a .com - $0.99* for the first year",
    date="2026-11-09 12:00 -0700",
    form="html",
    cte="quoted-printable",
    headers={
        "List-Unsubscribe": "<mailto:unsub-9921@godaddy.com>, <https://sso.godaddy.com/unsub?c=9921>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    },
    html="""<html><body><center><table width="600"><tr><td style="background:#111;color:#fff;padding:40px;font-size:32px;font-family:Arial">
Grab the .com before someone else does.</td></tr>
<tr><td style="padding:24px;font-family:Arial">Register a new .com for <b>$0.99*</b> for the first year. Hurry &mdash; this offer
expires November 30, 2026 at 11:59 PM MST.<br><br><a href="https://www.godaddy.com/domains">Search domains</a></td></tr>
<tr><td style="font-size:10px;color:#888;padding:24px;font-family:Arial">*Offer valid for new registrations only, with a 2-year purchase.
Additional years renew at the then-current price. You are receiving this email because you opted in to GoDaddy marketing.
<a href="https://sso.godaddy.com/unsub?c=9921">Unsubscribe</a></td></tr></table></center>"""
    + pixel("gdpromo")
    + "</body></html>",
    note="registrar marketing with List-Unsubscribe; offer expiry is not an item",
)

neg_google_newsletter = mail(
    name="neg_google_identity_newsletter_en",
    category="negative",
    lang="en",
    sender=("Google for Developers", "googledevelopers-noreply@google.com"),
    subject="Identity & Auth digest: what's changing in 2027",
    date="2026-10-08 16:00 +0000",
    form="alt",
    cte="8bit",
    headers={"List-Unsubscribe": "<https://developers.google.com/profile/u/0/settings/email>"},
    text="""Google for Developers - Identity & Auth digest, October 2026

In this issue:
- Passkeys now make up a third of sign-ins on the web
- FedCM becomes the default for Sign in with Google One Tap in Chrome
- A look back at deprecations: the Google Sign-In platform library, the OAuth out-of-band flow, and
  implicit grant for installed apps - and what migrating teams learned
- Office hours: November 12, 2026, 9:00 AM PT

Read the blog: https://developers.googleblog.com/

You're receiving this newsletter because you subscribed to Google for Developers updates.
Unsubscribe: https://developers.google.com/profile/u/0/settings/email
""",
    html="""<html><body><h2>Identity &amp; Auth digest</h2><ul>
<li>Passkeys now make up a third of sign-ins on the web</li>
<li>FedCM becomes the default for Sign in with Google One Tap in Chrome</li>
<li>A look back at deprecations and what migrating teams learned</li>
<li>Office hours: November 12, 2026, 9:00 AM PT</li></ul>
<p style="font-size:11px">You're receiving this newsletter because you subscribed. <a href="https://developers.google.com/profile/u/0/settings/email">Unsubscribe</a></p></body></html>""",
    note="newsletter about deprecations in general; no app of ours named",
)

neg_hover_whois = mail(
    name="neg_hover_whois_accuracy_en",
    category="negative",
    lang="en",
    sender=("Hover", "help@hover.com"),
    subject="Annual WHOIS data reminder for larkspur.email",
    date="2026-09-14 10:00 -0400",
    cte="7bit",
    text="""Hello,

ICANN requires us to remind you once a year to review the WHOIS contact information for your domains.
Please check that the information below is accurate and up to date.

Domain: larkspur.email
Registrant: Larkspur Labs Ltd
Registrant email: ops@larkspur.io
Created: 2023-08-14
Expires: 2027-08-14

If everything is correct, no action is required. Providing false WHOIS information can be grounds
for cancellation of your domain registration.

Update contacts: https://www.hover.com/control_panel/domain/larkspur.email/contacts

The Hover Team
""",
    note="WDRP reminder that merely lists the expiry",
)

neg_zerossl = mail(
    name="neg_zerossl_certificate_expiry_en",
    category="negative",
    lang="en",
    sender=("ZeroSSL", "noreply@zerossl.com"),
    subject="Your certificate for api.larkspur.io expires in 14 days",
    date="2026-11-10 03:00 +0000",
    cte="8bit",
    text="""Hi there,

The SSL certificate for api.larkspur.io will expire on November 24, 2026.

Certificate ID: 7f3a9c2e4b1d
Validity: 90 days

If you use ACME automation, renewal will happen automatically. Otherwise, create a renewal in your
ZeroSSL dashboard: https://app.zerossl.com/certificates

ZeroSSL - apilayer GmbH, Elisabethstrasse 15/5, 1010 Vienna, Austria
""",
    note="certificate expiry is not a built-in kind",
)

neg_vercel_trial = mail(
    name="neg_vercel_pro_trial_ends_en",
    category="negative",
    lang="en",
    sender=("Vercel", "notifications@vercel.com"),
    subject="Your Pro trial for larkspur-staging ends in 3 days",
    date="2026-11-06 15:00 +0000",
    cte="8bit",
    headers={"List-Unsubscribe": "<https://vercel.com/account/notifications>"},
    text="""Hi Larkspur Labs,

Your 14-day Pro trial for the team larkspur-staging ends on November 9, 2026. After that, the team moves
to the Hobby plan. Nothing is deleted, and your projects keep deploying within Hobby limits.

To keep Pro features (team seats, higher limits, password protection), add a payment method:
https://vercel.com/larkspur-staging/~/settings/billing

- The Vercel Team
""",
    note="decided negative: a trial ending is a plan change, not a quota nearly full/exceeded, domain or "
    "sign-in deprecation; nothing is at risk ('nothing is deleted')",
)

neg_figma_invoice = mail(
    name="neg_figma_invoice_pdf_en",
    category="negative",
    lang="en",
    sender=("Figma", "billing@figma.com"),
    subject="Your Figma receipt [#2026-11-0412]",
    date="2026-11-04 09:10 +0000",
    attachment=True,
    text="""Thanks for your payment, Larkspur Labs.

Receipt #2026-11-0412
Paid on: November 4, 2026
Plan: Figma Professional (5 editors, annual)
Amount: $900.00
Next billing date: November 4, 2027
Card: Mastercard ending 1187 (expires 09/27)

A PDF copy of this receipt is attached.

Figma, Inc. 760 Market St, Floor 10, San Francisco, CA 94102
""",
    note="receipt for an unrelated purchase",
)

neg_aws_statement = mail(
    name="neg_aws_billing_statement_en",
    category="negative",
    lang="en",
    sender=("Amazon Web Services", "aws-billing@amazon.com"),
    subject="Amazon Web Services Billing Statement Available [Account: 482109731156]",
    date="2026-11-03 05:30 +0000",
    cte="7bit",
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account
will be charged the following:

Total: $412.87

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills?year=2026&month=10

Billing period: October 1 - October 31, 2026
Payment due: upon receipt (charged to card on file)

Thank you for using Amazon Web Services.
Sincerely,
Amazon Web Services
""",
    note="invoice from a hosting vendor, not a quota or suspension notice",
)

neg_google_security_ko = mail(
    name="neg_google_new_signin_ko",
    category="negative",
    lang="ko",
    sender=("Google", "no-reply@accounts.google.com"),
    subject="보안 알림",
    date="2026-11-19 23:41 +0000",
    form="html",
    cte="base64",
    html="""<html><body><table width="520" align="center" style="font-family:Roboto,'Noto Sans KR',sans-serif;border:1px solid #dadce0;border-radius:8px">
<tr><td style="padding:24px;text-align:center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" alt="Google"><br><br>
<span style="font-size:22px">Windows 기기에서의 새 로그인</span><br>ops@larkspur.io</td></tr>
<tr><td style="padding:0 24px 24px;font-size:14px;color:#3c4043">새 Windows 기기에서 Google 계정에 로그인했습니다.
본인이 로그인한 경우 별도로 조치할 필요가 없습니다. 본인이 아닌 경우 계정 보안을 위해 도와드리겠습니다.<br><br>
<a href="https://accounts.google.com/AccountChooser?Email=ops@larkspur.io&continue=https://myaccount.google.com/alert">활동 확인</a></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#5f6368">중요한 Google 계정 및 서비스 변경사항을 알려드리기 위해 발송된 이메일입니다.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</td></tr>
</table></body></html>""",
    note="security alert (new sign-in): not a sign-in API deprecation",
)

neg_it_password = mail(
    name="neg_internal_password_expiry_en",
    category="negative",
    lang="en",
    sender=("Larkspur IT Helpdesk", "it-helpdesk@larkspur.io"),
    subject="Your VPN password expires in 5 days",
    date="2026-11-16 08:00 -0800",
    cte="7bit",
    text="""Hi ops,

The password for the shared VPN account ops-vpn expires in 5 days (on November 21, 2026).
Please change it from https://sso.larkspur.io/reset before then and update the team vault entry.

Thanks,
IT Helpdesk (ext. 4410)
""",
    note="company IT password expiry; not a vendor notice",
)

neg_thread = mail(
    name="neg_colleague_long_thread_en",
    category="negative",
    lang="en",
    sender=("Ana Torres", "ana.torres@larkspur.io"),
    subject="Re: Re: Re: Q1 offsite - venue hold",
    date="2026-11-13 16:22 -0800",
    cte="quoted-printable",
    text="""Booked! Confirmation attached to the calendar invite. Thanks all.

Ana

On Fri, Nov 13, 2026 at 2:05 PM Dana Whitfield <dana@larkspur.io> wrote:
> Approved, go ahead with Seoul. Use the company card, not the ops one.
>
> On Fri, Nov 13, 2026 at 11:40 AM Ana Torres <ana.torres@larkspur.io> wrote:
>> The hotel's hold on the rooms expires Friday at 5pm, and the early-bird rate ends on Dec 1.
>> Do we go with Seoul (Feb 9-11) or stay in SF? The KR team would love Seoul.
>>
>> On Thu, Nov 12, 2026 at 6:02 PM Marcus Lee <marcus.lee@larkspur.io> wrote:
>>> +1 for Seoul. My passport expires in March though, so I need to renew it first.
>>>
>>> On Thu, Nov 12, 2026 at 9:15 AM Ana Torres <ana.torres@larkspur.io> wrote:
>>>> Hi all, picking the Q1 offsite venue this week. The venue coupon we got from the
>>>> conference expires at the end of the month, so let's decide by Friday.
>>>> Options: Seoul (Feb 9-11) or SF (Feb 16-18).
""",
    note="colleague thread full of 'expires' and dates; nothing vendor-related",
)

neg_github_status = mail(
    name="neg_githubstatus_incident_en",
    category="negative",
    lang="en",
    sender=("GitHub Status", "noreply@githubstatus.com"),
    subject="[GitHub Status] Resolved: Incident with Actions",
    date="2026-11-05 19:48 +0000",
    cte="7bit",
    headers={"List-Unsubscribe": "<https://www.githubstatus.com/?unsubscribe=h11>"},
    text="""Resolved - This incident has been resolved.
Nov 5, 19:47 UTC

Update - We are seeing recovery in queue times for hosted runners and continue to monitor.
Nov 5, 19:12 UTC

Investigating - We are investigating reports of degraded performance for Actions.
Nov 5, 18:30 UTC

This incident affected: Actions.

You received this email because you are subscribed to GitHub Status notifications.
Unsubscribe: https://www.githubstatus.com/?unsubscribe=h11
""",
    note="status-page incident, not a quota notice",
)

neg_gabia_coupon = mail(
    name="neg_gabia_coupon_ad_euckr_html",
    category="negative",
    lang="ko",
    sender=("가비아", "event@gabia.com"),
    subject="(광고) 보유하신 도메인 할인 쿠폰이 곧 만료됩니다",
    date="2026-11-18 11:00 +0900",
    form="html",
    charset="euc-kr",
    cte="base64",
    headers={"List-Unsubscribe": "<https://www.gabia.com/mail/reject?key=h11>"},
    html="""<html><body><table width="680" align="center" style="font-family:'맑은 고딕';font-size:14px">
<tr><td style="background:#2f3b8f;color:#fff;padding:30px;font-size:24px">쿠폰 만료 D-3</td></tr>
<tr><td style="padding:24px">라크스퍼코리아 고객님, 발급받으신 <b>.com/.net 신규 등록 30% 할인 쿠폰</b>이 2026년 11월 21일에 만료됩니다.<br>
지금 바로 새 도메인을 등록하고 혜택을 받으세요.<br><br><a href="https://domain.gabia.com/regist">도메인 검색하기</a></td></tr>
<tr><td style="font-size:11px;color:#999;padding:24px">본 메일은 광고 수신에 동의하신 회원님께 발송되었습니다.
수신을 원하지 않으시면 <a href="https://www.gabia.com/mail/reject?key=h11">수신거부</a>를 눌러 주세요.<br>(주)가비아 | 경기도 성남시 분당구 대왕판교로 660</td></tr>
</table></body></html>""",
    note="(광고) coupon expiry with List-Unsubscribe",
)

neg_kakao_newsletter = mail(
    name="neg_kakao_tech_newsletter_ko",
    category="negative",
    lang="ko",
    sender=("카카오 테크", "tech-newsletter@kakaocorp.com"),
    subject="[카카오 테크 뉴스레터] 11월호 - 소셜 로그인, 무엇이 바뀌고 있나",
    date="2026-11-02 08:00 +0900",
    form="alt",
    cte="base64",
    headers={"List-Unsubscribe": "<https://tech.kakao.com/newsletter/unsubscribe>"},
    text="""카카오 테크 뉴스레터 11월호

이번 호에서는
1. 구버전 OAuth 흐름이 사라지는 이유: 암묵적 승인(implicit grant) 지원 종료 흐름 정리
2. 패스키와 소셜 로그인의 공존
3. if(kakao) 2026 발표 영상 공개

업계 전반에서 오래된 로그인 SDK와 API 버전이 순차적으로 지원 종료되고 있습니다.
서비스별 일정은 각 플랫폼의 공지를 확인하세요.

구독 해지: https://tech.kakao.com/newsletter/unsubscribe
""",
    html="""<html><body><h2>카카오 테크 뉴스레터 11월호</h2><ol><li>구버전 OAuth 흐름이 사라지는 이유</li>
<li>패스키와 소셜 로그인의 공존</li><li>if(kakao) 2026 발표 영상 공개</li></ol>
<p style="font-size:11px"><a href="https://tech.kakao.com/newsletter/unsubscribe">구독 해지</a></p></body></html>""",
    note="tech newsletter about deprecation trends in general",
)

neg_meta_changelog = mail(
    name="neg_meta_developer_news_en",
    category="negative",
    lang="en",
    sender=("Meta for Developers", "developers@facebookmail.com"),
    subject="Introducing Graph API v25.0 and Marketing API v25.0",
    date="2026-10-01 17:00 +0000",
    form="html",
    cte="8bit",
    headers={"List-Unsubscribe": "<https://developers.facebook.com/settings/email/>"},
    html="""<html><body style="font-family:Helvetica"><h1>Graph API v25.0 is here</h1>
<p>Today we're releasing Graph API v25.0 and Marketing API v25.0. Highlights include new Threads insights
metrics and improvements to the Conversions API.</p>
<p>As a reminder, each Graph API version is available for at least two years after release. See the
<a href="https://developers.facebook.com/docs/graph-api/changelog">changelog</a> for the full schedule of upcoming
version deprecations.</p>
<p style="font-size:11px;color:#888">You're receiving this because you subscribed to Meta for Developers news.
<a href="https://developers.facebook.com/settings/email/">Manage email settings</a></p></body></html>""",
    note="release announcement newsletter; no app or dated action",
)

neg_cafe24_receipt = mail(
    name="neg_cafe24_domain_registered_ko",
    category="negative",
    lang="ko",
    sender=("카페24", "noreply@cafe24.com"),
    subject="[카페24] 도메인 등록이 완료되었습니다",
    date="2026-09-24 15:20 +0900",
    cte="quoted-printable",
    text="""안녕하세요. 카페24입니다.

신청하신 도메인의 등록이 완료되었습니다.

  - 도메인 : larkspur-shop.kr
  - 등록일 : 2026-09-24
  - 만료일 : 2027-09-24
  - 결제 금액 : 20,900원 (VAT 포함)

네임서버 설정은 나의서비스관리 > 도메인 관리에서 변경하실 수 있습니다.
감사합니다.
""",
    note="registration receipt listing the new expiry",
)

neg_personal_ko = mail(
    name="neg_personal_passport_ko",
    category="negative",
    lang="ko",
    sender=("최유나", "yuna.choi@larkspur.co.kr"),
    subject="서울 오프사이트 관련",
    date="2026-11-14 19:02 +0900",
    cte="8bit",
    text="""다들 여권 만료일 한 번씩 확인해 주세요! 6개월 이상 남아 있어야 출국 심사에 문제가 없어요.
저는 2027년 1월에 만료라 이번 주에 갱신 신청했습니다.
호텔 얼리버드 할인은 12월 1일까지라고 하네요.

유나 드림
""",
    note="personal mail mentioning 만료",
)

neg_apple_news_ko = mail(
    name="neg_apple_developer_news_ko",
    category="negative",
    lang="ko",
    sender=("Apple Developer", "developer@insideapple.apple.com"),
    subject="곧 적용될 App Store 제출 요구 사항",
    date="2026-11-12 17:00 +0000",
    form="html",
    cte="quoted-printable",
    headers={"List-Unsubscribe": "<https://developer.apple.com/account/#/email-preferences>"},
    html="""<html><body style="font-family:-apple-system,'Apple SD Gothic Neo'"><h2>곧 적용될 App Store 제출 요구 사항</h2>
<p>2027년 4월부터 App Store Connect에 업로드하는 앱은 Xcode 26 이상 및 최신 플랫폼 SDK로 빌드해야 합니다.</p>
<p>또한 새로운 연령 등급 질문에 대한 답변을 App Store Connect에서 업데이트해 주세요.</p>
<p><a href="https://developer.apple.com/kr/news/">자세히 보기</a></p>
<p style="font-size:11px;color:#86868b">Copyright &copy; 2026 Apple Inc. 모든 권리 보유. 이메일 수신 설정 변경</p></body></html>""",
    note="developer news to every developer; SDK build requirement, not a sign-in retirement",
)

# --- phishing -------------------------------------------------------------------------------------

ph_godaddy = mail(
    name="phish_godaddy_lookalike_en",
    category="phishing",
    lang="en",
    sender=("GoDaddy Renewals", "renewals@godaddy-renewals.com"),
    subject="URGENT: larkspur.io expires in 24 hours",
    date="2026-11-19 04:12 +0000",
    form="html",
    cte="8bit",
    html="""<html><body style="font-family:Arial"><table width="600"><tr><td style="background:#111;color:#fff;padding:16px">GoDaddy</td></tr>
<tr><td style="padding:20px">Dear Customer,<br><br>Your domain <b>larkspur.io</b> expires on <b>November 20, 2026</b>.
Renew within 24 hours to avoid losing your website and email permanently.<br><br>
<a href="http://godaddy-renewals.com/renew?d=larkspur.io&amp;id=55812">RENEW NOW</a></td></tr>
<tr><td style="font-size:10px;color:#999">Copyright &copy; GoDaddy. All rights reserved.</td></tr></table></body></html>""",
    items=[item(DOMAIN, "GoDaddy", "larkspur.io", "2026-11-20", suspicious=True)],
    note="look-alike sender domain; larkspur.io is really at Squarespace",
)

ph_namecheap_gmail = mail(
    name="phish_namecheap_freemail_en",
    category="phishing",
    lang="en",
    sender=("Namecheap Billing", "namecheap.billing.desk@gmail.com"),
    subject="Domain Suspension Notice - larkspur.app",
    date="2026-11-20 13:40 +0000",
    cte="8bit",
    text="""Dear Valued Customer,

Our records indicate that your domain larkspur.app will be suspended on Nov 26, 2026 due to failed
payment. To avoid service interruption please verify your billing details immediately:

https://namecheap-account-verify.top/login

Regards,
Namecheap Billing Department
""",
    items=[item(DOMAIN, "Namecheap", "larkspur.app", "2026-11-26", suspicious=True)],
    note="vendor display name on a freemail address",
)

ph_route53_fail = mail(
    name="phish_route53_dkim_fail_forged_pass",
    category="phishing",
    lang="en",
    sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
    subject="Payment failed: larkspurhq.com will be deleted",
    date="2026-11-16 12:00 +0000",
    mailer="mail-relay.srv-eu.net",
    auth=[
        "mx.google.com;\r\n       dkim=fail header.i=@registrar.amazon.com header.s=ug7nbtf4 header.b=Xq1k2LmN;\r\n"
        "       spf=fail (google.com: domain of bounce@registrar.amazon.com does not designate 185.234.72.19 as"
        " permitted sender) smtp.mailfrom=bounce@registrar.amazon.com;\r\n"
        "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=registrar.amazon.com",
        "registrar.amazon.com; dkim=pass header.i=@registrar.amazon.com; spf=pass"
        " smtp.mailfrom=registrar.amazon.com; dmarc=pass header.from=registrar.amazon.com",
    ],
    cte="7bit",
    text="""Dear AWS customer,

We were unable to charge your payment method for the renewal of larkspurhq.com.
The domain expires on November 18, 2026 and will be deleted unless you update your payment details:

https://aws-route53-billing.support/update?account=482109731156

Regards,
Amazon Route 53
""",
    items=[item(DOMAIN, "Route 53", "larkspurhq.com", "2026-11-18", suspicious=True)],
    note="real vendor domain, topmost Authentication-Results dkim/spf/dmarc fail; a lower forged header claims pass",
)

ph_workspace_punycode = mail(
    name="phish_workspace_punycode_quota_en",
    category="phishing",
    lang="en",
    sender=("Google Workspace", "no-reply@xn--ggle-55da.com"),
    subject="Storage full: incoming mail for larkspur.io is being held",
    date="2026-11-21 07:30 +0000",
    form="html",
    cte="base64",
    html="""<html><body style="font-family:Arial"><p>Hello Administrator,</p>
<p>Your organization <b>larkspur.io</b> has used 100% of its storage. 37 incoming messages are on hold and will be
permanently deleted on 11/24/2026.</p>
<p><a href="https://xn--ggle-55da.com/workspace/storage?org=larkspur.io">Release messages and increase storage</a></p>
<p style="font-size:11px">&copy; 2026 Google LLC</p></body></html>""",
    items=[item(QUOTA, "Google Workspace", "larkspur.io", "2026-11-24", suspicious=True)],
    note="punycode homoglyph of google.com (Cyrillic o) in the sender domain",
)

ph_meta_lookalike = mail(
    name="phish_meta_app_disable_en",
    category="phishing",
    lang="en",
    sender=("Meta for Developers", "notification@meta-devsupport.com"),
    subject="Your app Larkspur Connect will be disabled",
    date="2026-11-22 03:05 +0000",
    cte="quoted-printable",
    text="""Hi Developer,

Your app Larkspur Connect (App ID 4410293817203361) uses a Graph API version that is no longer supported.
Facebook Login for this app will be disabled on November 25, 2026 unless you confirm your developer
account:

https://meta-devsupport.com/apps/4410293817203361/confirm

Meta Platforms, Inc.
""",
    items=[item(SOCIAL, "Meta", "Larkspur Connect", "2026-11-25", suspicious=True, aliases=["4410293817203361"])],
    note="look-alike domain imitating Meta",
)

ph_kakao_ko = mail(
    name="phish_kakao_lookalike_ko",
    category="phishing",
    lang="ko",
    sender=("카카오디벨로퍼스", "notice@kakaocorp-developers.com"),
    subject="[긴급] 카카오 로그인 앱 이용 제한 예정 안내",
    date="2026-11-21 21:10 +0900",
    cte="base64",
    text="""안녕하세요, 카카오디벨로퍼스입니다.

귀하의 앱 '라크스퍼'(앱 ID 1043387)가 보안 정책을 위반하여 카카오 로그인 이용이 제한될 예정입니다.
24시간 이내에 아래 링크에서 앱 관리자 인증을 완료하지 않으면 로그인 기능이 영구 중지됩니다.

https://kakaocorp-developers.com/verify?app=1043387

카카오디벨로퍼스 운영팀
""",
    items=[item(SOCIAL, "Kakao", "라크스퍼", "2026-11-22", suspicious=True, aliases=["1043387"])],
    note="look-alike domain; '24시간 이내' counted from the mail's date",
)

FORWARD_AS_ATTACHMENT = {fw_rfc822_outer.name: fw_rfc822_inner}

MAILS = [
    fw_gmail_route53,
    fw_outlook_gabia_hosting,
    fw_ko_jeondal,
    fw_rfc822_outer,
    fu_meta_moved,
    fu_render_postponed,
    res_route53,
    res_vercel,
    res_cafe24,
    re_namecheap,
    re_kakao_ko,
    re_vercel_outlook,
    neg_godaddy_promo,
    neg_google_newsletter,
    neg_hover_whois,
    neg_zerossl,
    neg_vercel_trial,
    neg_figma_invoice,
    neg_aws_statement,
    neg_google_security_ko,
    neg_it_password,
    neg_thread,
    neg_github_status,
    neg_gabia_coupon,
    neg_kakao_newsletter,
    neg_meta_changelog,
    neg_cafe24_receipt,
    neg_personal_ko,
    neg_apple_news_ko,
    ph_godaddy,
    ph_namecheap_gmail,
    ph_route53_fail,
    ph_workspace_punycode,
    ph_meta_lookalike,
    ph_kakao_ko,
]
