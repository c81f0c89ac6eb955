"""holdout4: forwards, replies, a renewal receipt, negatives and phishing.

RFC822_FORWARDS maps a forward's name to the vendor mail it carries as a message/rfc822 attachment
(corpus_lib builds single-part bodies only, so make_holdout4.py wraps those two itself).
"""

from __future__ import annotations

from h4_common import DOMAIN, QUOTA, SOCIAL, Mail, item, pixel, pre

MAILS: list[Mail] = []

# === forwards ==========================================================================================

MAILS.append(
    Mail(
        name="fwd_gmail_godaddy_plain",
        category="forward",
        lang="en",
        sender=("Dana Whitfield", "dana@ridgeline-supply.com"),
        subject="Fwd: Renew it or lose it: ridgeline.us",
        date="2026-11-18 08:12 -0800",
        text="""Can someone on ops take this? I don't have the GoDaddy login anymore, I think Marco set it up.

---------- Forwarded message ---------
From: GoDaddy <renewals@godaddy.com>
Date: Tue, Nov 17, 2026 at 6:02 AM
Subject: Renew it or lose it: ridgeline.us
To: <dana.whitfield@gmail.com>


Renew it or lose it.

The following domain will be canceled in 30 days. Let that happen, and you'll lose not only your
domain but any website, email or products connected to it.

  ridgeline.us    Expires Dec 17, 2026

Renew now: https://sso.godaddy.com/renew?domain=ridgeline.us

Customer number: 602119844
GoDaddy Operating Company, LLC. 2155 E. GoDaddy Way, Tempe, AZ 85284
""",
        items=[item(DOMAIN, "GoDaddy", "ridgeline.us", "2026-12-17")],
        note="Gmail forward by a colleague of a notice sent to a personal address",
    )
)

MAILS.append(
    Mail(
        name="fwd_outlook_heroku_capacity_qp",
        category="forward",
        lang="en",
        sender=("Marco Bellini", "marco@ridgeline-supply.com"),
        subject="FW: [Heroku] Database over plan capacity: ridgeline-analytics",
        date="2026-11-16 16:40 +0000",
        cte="quoted-printable",
        mailer="ridgeline-supply.mail.protection.outlook.com",
        text="""FYI - this is the analytics DB. We need to either upgrade or prune before the date below.

Marco Bellini | Platform Engineering | Ridgeline Supply Co.

-----Original Message-----
From: Heroku <noreply@heroku.com>
Sent: Monday, November 16, 2026 2:11 PM
To: Marco Bellini <marco@ridgeline-supply.com>
Subject: [Heroku] Database over plan capacity: ridgeline-analytics

Hi,

Your database HEROKU_POSTGRESQL_TEAL (postgresql-rigid-48213) on the app ridgeline-analytics is using
68.2 GB, which exceeds the 64 GB storage allotment of the Standard-0 plan.

Status: Over Plan Capacity: Action Required
Enforcement date: December 7, 2026

If the database is still over capacity on the enforcement date, access will be restricted to a single
connection with READ, DELETE and TRUNCATE privileges only. Upgrade the plan or delete data to avoid this.

Heroku
""",
        items=[item(QUOTA, "Heroku", "ridgeline-analytics", "2026-12-07", aliases=["HEROKU_POSTGRESQL_TEAL"])],
        note="Outlook 'Original Message' forward",
    )
)

MAILS.append(
    Mail(
        name="fwd_ko_kakao_ksc",
        category="forward",
        lang="ko",
        sender=("김지훈", "jihoon@haneultea.co.kr"),
        subject="전달: [카카오디벨로퍼스] 카카오 로그인 REST API 구버전 종료 안내",
        date="2026-11-12 09:20 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""개발팀 확인 부탁드립니다. 로그인 쪽도 영향 있는지 봐주세요.

---------- 전달된 메시지 ----------
보낸사람: 카카오디벨로퍼스 <noreply@kakaocorp.com>
받는사람: jihoon@haneultea.co.kr
날짜: 2026년 11월 11일 오후 3:02
제목: [카카오디벨로퍼스] 카카오 로그인 REST API 구버전 종료 안내

안녕하세요, 카카오디벨로퍼스입니다.

카카오 로그인 REST API 중 구버전 토큰 정보 조회(v1/user/access_token_info 이전 경로)가
2027년 1월 6일(수) 오전 11시에 종료됩니다.

  - 대상 앱: 하늘차 예약 (앱 ID 931207)
  - 종료 이후 해당 경로로 요청 시 오류가 반환됩니다.

종료 일시 전까지 새 경로로 변경해 주시기 바랍니다.

카카오디벨로퍼스 드림
""",
        to="dev@haneultea.co.kr",
        items=[item(SOCIAL, "Kakao", "하늘차 예약", "2027-01-06", aliases=["931207"])],
        note="Korean 전달된 메시지 forward, cp949 under ks_c_5601-1987",
    )
)

MAILS.append(
    Mail(
        name="fwd_rfc822_apple_attached",
        category="forward",
        lang="en",
        sender=("Priya Nair", "priya@ridgeline-supply.com"),
        subject="Fwd: Sign in with Apple private key rotation",
        date="2026-11-09 10:05 -0800",
        text="""Forwarding the Apple notice as an attachment - the key in question is the one our auth service uses.
Who owns the Apple developer account these days?

Priya
""",
        items=[
            item(SOCIAL, "Apple", "Ridgeline Shop", "2026-12-31", aliases=["com.ridgelinesupply.shop", "K7P2Q9R4TX"])
        ],
        note="forward with the notice attached as message/rfc822",
    )
)

RFC822_FORWARDS: dict[str, Mail] = {
    "fwd_rfc822_apple_attached": Mail(
        name="inner_apple_key_rotation",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action required: Sign in with Apple private key expiring",
        date="2026-11-06 09:00 -0800",
        text="""Dear Ridgeline Supply Co.,

A private key used with Sign in with Apple for your app Ridgeline Shop (com.ridgelinesupply.shop)
was created more than five years ago and will be revoked on December 31, 2026.

  Key ID: K7P2Q9R4TX
  Created: 2021-12-31

Client secrets signed with this key will stop working after it is revoked, and users won't be able to
sign in to your app with their Apple Account. Create a new key in Certificates, Identifiers & Profiles >
Keys, update your server to sign client secrets with it, and then revoke the old key.

Best regards,
Apple Developer Relations
Apple Inc. One Apple Park Way, Cupertino, CA 95014
""",
        to="priya@ridgeline-supply.com",
    )
}

# === replies (give nothing) ==============================================================================

MAILS.append(
    Mail(
        name="reply_ko_github_actions_mixed",
        category="reply",
        lang="mixed",
        sender=("박서연", "seoyeon@ridgeline-supply.com"),
        subject="Re: [GitHub] You've used 90% of included services for the ridgeline-supply account",
        date="2026-11-19 14:05 +0900",
        text="""nightly e2e 워크플로가 대부분 먹고 있네요. 오늘 중으로 cron 주기 줄이겠습니다.

2026년 11월 19일 (목) 오후 1:12, Ridgeline Ops <ops@ridgeline-supply.com>님이 작성:
> You've used 90% of included services for GitHub Actions for the ridgeline-supply organization.
>
>   Included minutes: 3,000
>   Minutes used:     2,712
>
> Your current billing cycle ends on Dec 1, 2026.
""",
        items=[],
        note="Korean reply quoting an English quota mail: nothing new",
    )
)

MAILS.append(
    Mail(
        name="reply_outlook_google_gsi_html",
        category="reply",
        lang="en",
        sender=("Marco Bellini", "marco@ridgeline-supply.com"),
        subject="RE: [Action Required] Migrate your web app from the legacy Google Sign-In library",
        date="2026-10-05 09:31 +0000",
        form="html",
        mailer="ridgeline-supply.mail.protection.outlook.com",
        html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>We already moved the storefront to GIS in August; this is the old admin panel. I'll open a ticket.</p>
<p>Marco</p>
<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">
<p><b>From:</b> Google Identity &lt;identity-noreply@google.com&gt;<br>
<b>Sent:</b> Friday, October 2, 2026 5:15 PM<br>
<b>To:</b> Ridgeline Ops &lt;ops@ridgeline-supply.com&gt;<br>
<b>Subject:</b> [Action Required] Migrate your web app from the legacy Google Sign-In library</p></div>
<p>Hello Google Developer,</p>
<p>You are receiving this message as a reminder that one or more of your web applications uses the legacy
Google Sign-In web solution ... migrated to Google Identity Services no later than March 31, 2027.</p>
<p>Project: ridgeline-web (project number 804411297365)</p>
</div></body></html>
""",
        items=[],
        note="Outlook-style HTML reply quoting the notice below a From/Sent block",
    )
)

MAILS.append(
    Mail(
        name="reply_long_thread_porkbun_plain",
        category="reply",
        lang="en",
        sender=("Dana Whitfield", "dana@ridgeline-supply.com"),
        subject="Re: Re: Re: Re: Domain Expiration Notice: ridgeline.market",
        date="2026-11-18 17:02 -0800",
        cte="quoted-printable",
        text="""OK, final answer: we keep it, but only for one more year. Sam, please renew and then put it on the
shared 1Password vault so we stop losing track.

Dana

On Wed, Nov 18, 2026 at 3:40 PM Sam Ortega <sam@ridgeline-supply.com> wrote:
> Marketing says the spring campaign QR codes still point at ridgeline.market, so dropping it would
> break printed material. I'd keep it.
>
> On Wed, Nov 18, 2026 at 11:09 AM Marco Bellini <marco@ridgeline-supply.com> wrote:
>> Do we even use this one? I only see a redirect to the main site in DNS.
>>
>> On Tue, Nov 17, 2026 at 9:55 AM Priya Nair <priya@ridgeline-supply.com> wrote:
>>> Adding Marco. Who owns the Porkbun account? It's not in the vault.
>>>
>>> On Sun, Nov 15, 2026 at 8:31 AM Ridgeline Ops <ops@ridgeline-supply.com> wrote:
>>>> Oink oink! =)
>>>>
>>>> This is an automated notice that the following domain registered at Porkbun is approaching its
>>>> expiration date and is NOT set to auto renew:
>>>>
>>>> ridgeline.market \u2014 expires 12/15/2026 (registered 12/15/2023)
>>>>
>>>> The Porkbun Team
""",
        items=[],
        note="long thread (four quote levels) around a notice: a reply, gives nothing",
    )
)

# === resolution: Namecheap renewal receipt with a PDF ======================================================

MAILS.append(
    Mail(
        name="resolved_namecheap_receipt_pdf",
        category="resolution",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Order Summary - Order #148820371",
        date="2026-11-21 17:44 -0500",
        attachment=True,
        text="""Hi ridgelineops,

Thank you for your order. Your renewal has been processed successfully.

Order number: 148820371
Order date: Nov 21, 2026

  ridgeline.store - Domain Renewal - 1 year         $14.58
  ICANN fee                                          $0.20
  Total                                             $14.78

ridgeline.store has been renewed. New expiration date: Dec 09, 2027.

Your invoice is attached as a PDF.

Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA
""",
        items=[item(DOMAIN, "Namecheap", "ridgeline.store", None, resolves=True)],
        note="renewal receipt closes ridgeline.store from the Namecheap digest; new expiry not scored",
    )
)

# === negatives =============================================================================================

_UNSUB = {"List-Unsubscribe": "<https://links.example-esp.net/unsub/abc123>, <mailto:unsub@example-esp.net>"}

MAILS.append(
    Mail(
        name="neg_godaddy_com_promo_html",
        category="negative",
        lang="en",
        sender=("GoDaddy", "offers@godaddy.com"),
        subject="=?utf-8?q?Grab_a_=2Ecom_for_=240=2E01*_=E2=80=94_this_week_only?=",
        date="2026-11-16 07:00 -0700",
        form="html",
        headers={
            "List-Unsubscribe": "<https://email.godaddy.com/unsub?u=448120937>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        html=f"""<html><body style="margin:0;background:#fff">{pre("Your next big idea needs a name.")}
<table width="600" align="center" style="font-family:Arial">
<tr><td style="padding:30px;font-size:32px;font-weight:bold">
Get your .com before someone else does.</td></tr>
<tr><td style="padding:0 30px;font-size:16px">First year .com for $0.01* with a 2-year registration. Offer expires
Sunday, November 22, 2026 at 11:59 PM MST. Don&#8217;t let your perfect domain expire before it&#8217;s yours.</td></tr>
<tr><td style="padding:30px"><a href="https://www.godaddy.com/domains"
 style="background:#111;color:#fff;padding:14px 24px">
Search domains</a></td></tr>
<tr><td style="padding:30px;font-size:10px;color:#777">*Additional years at $22.99/yr. ICANN fee applies.
<a href="https://email.godaddy.com/unsub">Unsubscribe</a> | GoDaddy, 2155 E. GoDaddy Way, Tempe, AZ 85284</td></tr>
</table>{pixel("email.godaddy.com", "promo1")}</body></html>
""",
        note="registrar marketing with List-Unsubscribe; 'expire' only about the offer",
    )
)

MAILS.append(
    Mail(
        name="neg_namecheap_whois_accuracy_plain",
        category="negative",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="WHOIS Data Reminder",
        date="2026-10-08 04:10 -0400",
        text="""Dear ridgelineops,

As an ICANN-accredited registrar, Namecheap is required to remind you once a year to review the WHOIS
contact information for your domain names. Inaccurate information may be grounds for suspension.

Domain: ridgeline-labs.org    Expiration date: Jan 08, 2027
Domain: ridgelinehq.net       Expiration date: Dec 24, 2026

If the information is correct, no action is needed. To update it, go to Domain List > Manage >
Contacts.

Namecheap Team
""",
        note="annual WHOIS Data Reminder Policy mail: lists expiry dates, asks for nothing due",
    )
)

MAILS.append(
    Mail(
        name="neg_ssl_certificate_expiry_plain",
        category="negative",
        lang="en",
        sender=("SSLs.com", "noreply@ssls.com"),
        subject="Your SSL certificate for shop.ridgeline-supply.com expires in 19 days",
        date="2026-11-21 06:00 +0000",
        text="""Hello,

Your PositiveSSL certificate for shop.ridgeline-supply.com (order #SS-9021177) will expire on
December 10, 2026. Browsers will show a security warning for the site after that date.

Renew and reissue the certificate: https://www.ssls.com/user/ssl

SSLs.com by Namecheap
""",
        note="TLS certificate expiry is not one of the built-in kinds (not a domain registration)",
    )
)

MAILS.append(
    Mail(
        name="neg_vercel_trial_ends_html",
        category="negative",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your Pro trial for ridgeline-preview ends in 3 days",
        date="2026-11-20 16:00 +0000",
        form="html",
        headers=_UNSUB,
        html="""<html><body style="font-family:Inter,Helvetica;font-size:14px">
<p>Hi Sam,</p>
<p>Your 14-day Pro trial for <b>ridgeline-preview</b> ends on November 23, 2026. Add a payment method to keep
Pro features such as team collaboration and higher concurrent builds. If you don't, the team will
move to the Hobby plan automatically.</p>
<p><a href="https://vercel.com/ridgeline-preview/~/settings/billing">Add payment method</a></p>
<p style="font-size:12px;color:#666">Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723</p>
</body></html>
""",
        note=(
            "decided negative: a trial ending is a sales/billing event, no quota is full or near full and "
            "nothing breaks (the team falls back to Hobby)"
        ),
    )
)

MAILS.append(
    Mail(
        name="neg_jetbrains_invoice_pdf",
        category="negative",
        lang="en",
        sender=("JetBrains Sales", "sales@jetbrains.com"),
        subject="Your JetBrains invoice INV-2026-4410932",
        date="2026-11-14 12:00 +0100",
        attachment=True,
        text="""Dear customer,

Thank you for your purchase. Please find your invoice attached.

Invoice: INV-2026-4410932
Product: All Products Pack, 3 licenses, annual
Subscription period: Nov 14, 2026 - Nov 13, 2027
Amount: USD 2,067.00 (paid by card ending 4411)

Your subscription will renew automatically on November 14, 2027 unless cancelled.

JetBrains s.r.o., Na Hrebenech II 1718/10, Prague 4, 14000, Czech Republic
""",
        note="unrelated purchase receipt with renewal wording",
    )
)

MAILS.append(
    Mail(
        name="neg_personal_passport_plain",
        category="negative",
        lang="en",
        sender=("Elena Park", "elena.park@gmail.com"),
        subject="offsite dates?",
        date="2026-11-19 20:11 -0800",
        auth="pass",
        text="""Hey Dana,

Quick one - my passport expires on Jan 15 so if the Lisbon offsite is in February I need to renew it by
mid-December. Can we lock the dates this week? Also my gym membership expires at the end of the month
lol, totally unrelated.

Elena
""",
        note="personal mail mentioning expiry",
    )
)

MAILS.append(
    Mail(
        name="neg_google_security_alert_alt",
        category="negative",
        lang="en",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="Security alert",
        date="2026-11-18 03:27 +0000",
        form="alt",
        text="""A new sign-in on Mac

ops@ridgeline-supply.com

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do
anything. If not, we'll help you secure your account.

Check activity: https://accounts.google.com/AccountChooser?Email=ops@ridgeline-supply.com

You received this email to let you know about important changes to your Google Account and services.
(c) 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
        html="""<html><body style="font-family:Google Sans,Roboto,Arial"><div style="max-width:516px;margin:auto;
border:1px solid #dadce0;border-radius:8px;padding:40px 20px;text-align:center">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74" alt="Google">
<div style="font-size:24px;padding-top:16px">A new sign-in on Mac</div>
<div style="font-size:14px">ops@ridgeline-supply.com</div>
<div style="font-size:14px;text-align:left;padding-top:20px">We noticed a new sign-in to your Google Account on a Mac
device. If this was you, you don&#39;t need to do anything. If not, we&#39;ll help you secure your account.</div>
<a href="https://accounts.google.com/AccountChooser" style="display:inline-block;margin-top:20px">Check activity</a>
</div></body></html>
""",
        note="security alert from accounts.google.com: nothing due",
    )
)

MAILS.append(
    Mail(
        name="neg_it_password_expiry_plain",
        category="negative",
        lang="en",
        sender=("Ridgeline IT Helpdesk", "it-helpdesk@ridgeline-supply.com"),
        subject="Your password will expire in 5 days",
        date="2026-11-20 07:00 +0000",
        text="""Hello ops,

The password for your Ridgeline network account (ops@ridgeline-supply.com) will expire in 5 days, on
11/25/2026. Change it at https://passwordreset.microsoftonline.com before it expires to avoid being
locked out of email, VPN and Wi-Fi.

Thanks,
Ridgeline IT Helpdesk | ext. 4400
""",
        note="own IT password expiry: not a vendor notice",
    )
)

MAILS.append(
    Mail(
        name="neg_authdigest_newsletter_html",
        category="negative",
        lang="en",
        sender=("The Auth Digest", "newsletter@authdigest.dev"),
        subject="Auth Digest #112: Google Sign-In sunset, Graph API v19 end of life, LINE Login v2.0",
        date="2026-11-12 15:00 +0000",
        form="html",
        headers=_UNSUB,
        html="""<html><body style="font-family:Georgia,serif;font-size:16px;max-width:620px;margin:auto">
<h1>Auth Digest #112</h1>
<p>This week: a round-up of social-login deprecations every team should have on the calendar.</p>
<h3>1. Google Sign-In for Web</h3><p>Legacy platform.js client IDs must move to Google Identity Services no
later than March 31, 2027. Here's our step-by-step migration with code samples.</p>
<h3>2. Meta Graph API v19.0</h3><p>v19.0 reaches the end of its lifetime on January 21, 2027. If you pinned your
SDK, check the Upgrade Tool.</p>
<h3>3. LINE Login v2.0</h3><p>LY Corporation is retiring v2.0 in two phases starting in December.</p>
<p style="font-size:12px;color:#777">You're receiving this because you subscribed at authdigest.dev.
<a href="https://authdigest.dev/unsubscribe">Unsubscribe</a></p></body></html>
""",
        note="third-party newsletter about deprecations in general: no app of ours, not the vendor",
    )
)

MAILS.append(
    Mail(
        name="neg_porkbun_registration_receipt_plain",
        category="negative",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="Porkbun Order Confirmation #5520194",
        date="2026-09-14 11:20 -0700",
        text="""Thank you for your order!

Order #5520194 - 09/14/2026

  ridgeline.tools   Registration (1 year)   $6.37   expires 09/14/2027
  WHOIS Privacy                              FREE
  SSL Certificate                            FREE

Your domain is now registered and active. Auto-renew is ON.

The Porkbun Team
""",
        note="registration receipt: lists a far expiry, nothing to do",
    )
)

MAILS.append(
    Mail(
        name="neg_ko_hosting_coupon_euckr",
        category="negative",
        lang="ko",
        sender=("호스팅케이알", "marketing@hosting.kr"),
        subject="[광고] 보유하신 도메인 할인 쿠폰이 곧 만료됩니다",
        date="2026-11-17 11:00 +0900",
        charset="euc-kr",
        cte="base64",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@hosting.kr>"},
        text="""(광고) 호스팅케이알

고객님, 보유하신 '.kr 도메인 30% 할인 쿠폰'이 2026년 11월 30일에 만료됩니다.
만료 전에 사용하시고 새 도메인을 등록해 보세요!

  - 쿠폰명: 신규 등록 30% 할인
  - 사용 기한: 2026.11.30 23:59 까지

수신을 원하지 않으시면 [수신거부]를 눌러 주세요.
(주)호스팅케이알 | 서울특별시 강남구
""",
        to="ops@haneul-shop.kr",
        note="coupon expiry marketing (광고) with List-Unsubscribe",
    )
)

# === phishing ==============================================================================================

MAILS.append(
    Mail(
        name="phish_godaddy_lookalike_html",
        category="phishing",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy-renewal-center.com"),
        subject="Final notice: ridgelinesupply.com will be deleted in 24 hours",
        date="2026-11-20 02:13 +0000",
        form="html",
        html="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="background:#111;
padding:20px;color:#fff;font-size:20px">GoDaddy</td></tr>
<tr><td style="padding:24px;font-size:15px">Dear Customer,<br><br>
Your domain <b>ridgelinesupply.com</b> has expired and will be permanently deleted on November 21, 2026 unless
payment is verified. Please confirm your billing details within 24 hours to keep your website and email.
<br><br><a href="https://godaddy-renewal-center.com/verify?id=448120937">Verify payment</a></td></tr></table>
</body></html>
""",
        items=[item(DOMAIN, "GoDaddy", "ridgelinesupply.com", "2026-11-21", suspicious=True)],
        note="look-alike registrar domain godaddy-renewal-center.com (authenticates as itself)",
    )
)

MAILS.append(
    Mail(
        name="phish_namecheap_gmail_plain",
        category="phishing",
        lang="en",
        sender=("Namecheap Support", "namecheap.billing.desk@gmail.com"),
        subject="Domain Renewal Notice: ridgeline.shop - action needed",
        date="2026-11-21 23:50 +0000",
        text="""Hello,

Your domain ridgeline.shop expires on Dec 05, 2026 and automatic renewal failed because your card was
declined. To avoid losing the domain, reply with a new card number or pay via the secure link:
https://bit.ly/nc-renew-ridgeline

Namecheap Billing Team
""",
        items=[item(DOMAIN, "Namecheap", "ridgeline.shop", "2026-12-05", suspicious=True)],
        note="vendor display name on a gmail.com address",
    )
)

MAILS.append(
    Mail(
        name="phish_route53_dkimfail_forged_plain",
        category="phishing",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        subject="Your domain ridgeline-supply.com has been suspended",
        date="2026-11-19 05:40 +0000",
        auth=[
            "mx.google.com;\r\n       dkim=fail header.i=@registrar.amazon.com header.s=x7k2 header.b=Zm9yZ2Vk;\r\n"
            "       spf=fail (google.com: domain of noreply@registrar.amazon.com does not designate 185.234.72.19"
            " as permitted sender) smtp.mailfrom=noreply@registrar.amazon.com;\r\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=registrar.amazon.com",
            "mail.registrar.amazon.com; dkim=pass header.i=@registrar.amazon.com; spf=pass"
            " smtp.mailfrom=registrar.amazon.com; dmarc=pass header.from=registrar.amazon.com",
        ],
        text="""Dear AWS customer,

We could not verify the registrant contact for ridgeline-supply.com and the domain has been
suspended. To reactivate it before it is released on November 26, 2026, sign in and confirm your
payment information:

https://route53-domains-verify.support-aws.co/signin

Regards,
Amazon Route 53
""",
        items=[item(DOMAIN, "Route 53", "ridgeline-supply.com", "2026-11-26", suspicious=True)],
        note="real Route 53 sender domain but topmost Authentication-Results fails; a lower forged header says pass",
    )
)

_CYR_A = "\u0430"

MAILS.append(
    Mail(
        name="phish_cloudflare_punycode_html",
        category="phishing",
        lang="en",
        sender=("Cloudflare", "billing@xn--cloudflre-6yh.com"),
        subject="Domain renewal failed - ridgeline.co",
        date="2026-11-18 09:12 +0000",
        form="html",
        html=f"""<html><body style="font-family:Helvetica"><div style="max-width:580px;margin:auto;padding:24px">
<h2>Domain renewal failed</h2>
<p>We tried to renew <b>ridgeline.co</b> and the payment was declined. Your domain will expire on
2 Dec 2026. Update your payment method now:</p>
<p><a href="https://dash.cloudfl{_CYR_A}re.com/billing">https://dash.cloudflare.com/billing</a></p>
<p style="font-size:12px;color:#777">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107</p>
</div></body></html>
""",
        items=[item(DOMAIN, "Cloudflare", "ridgeline.co", "2026-12-02", suspicious=True)],
        note="punycode homoglyph sender domain (cloudflаre.com with a Cyrillic а); link text differs from target",
    )
)

MAILS.append(
    Mail(
        name="phish_meta_lookalike_plain",
        category="phishing",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail-developers.com"),
        subject="Your app will be disabled: Graph API v19.0 deprecation",
        date="2026-11-15 16:30 +0000",
        text="""Developer Notifications

Your app, Ridgeline Shop (App ID: 1187730021934456), will be disabled on December 1, 2026 because it still
uses Graph API v19.0. To keep your app active, re-verify your developer account here:

https://facebookmail-developers.com/apps/verify?app=1187730021934456

Meta Platforms, Inc.
""",
        items=[item(SOCIAL, "Meta", "Ridgeline Shop", "2026-12-01", suspicious=True, aliases=["1187730021934456"])],
        note="look-alike domain that starts with the real one (facebookmail-developers.com)",
    )
)

MAILS.append(
    Mail(
        name="phish_workspace_storage_prefix_html",
        category="phishing",
        lang="en",
        sender=("Google Workspace", "storage-alerts@google.com.workspace-admin.net"),
        subject="Storage full: ridgeline-supply.com mail will be suspended",
        date="2026-11-22 04:05 +0000",
        form="html",
        html="""<html><body style="font-family:Roboto,Arial">
<table width="520" align="center" style="border:1px solid #dadce0">
<tr><td style="padding:24px">Hello Administrator,<br><br>
ridgeline-supply.com has used 100% of its storage. Incoming mail will be suspended within 48 hours unless
you approve the free storage upgrade.<br><br>
<a href="https://google.com.workspace-admin.net/upgrade">Approve upgrade</a>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Google Workspace", "ridgeline-supply.com", "2026-11-24", suspicious=True)],
        note=(
            "'within 48 hours' from 2026-11-22; vendor domain used as the prefix of another domain "
            "(google.com.workspace-admin.net)"
        ),
    )
)
