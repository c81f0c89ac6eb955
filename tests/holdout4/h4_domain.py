"""holdout4: domain-expiry notices (positives, digests) from global registrars, a few Korean ones."""

from __future__ import annotations

from h4_common import DOMAIN, Mail, item, kwd, pixel, pre, wd

MAILS: list[Mail] = []

# --- GoDaddy: "Your domain expires soon" (HTML only, layout tables, promo with its own end date) ------
MAILS.append(
    Mail(
        name="dom_godaddy_expires_soon_html",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Your domain expires soon: ridgelinesupply.com",
        date="2026-11-19 06:41 -0700",
        form="html",
        cte="quoted-printable",
        html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoDaddy</title>
<style>td{{font-family:Arial,Helvetica,sans-serif}}</style></head>
<body style="margin:0;padding:0;background:#f5f7f8">
{pre("Keep your website, email and everything connected to ridgelinesupply.com working.")}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="padding:24px 32px;background:#111111"><img src="https://img1.wsimg.com/logo.png" alt="GoDaddy"
 width="120"></td></tr>
<tr><td style="padding:32px 32px 8px 32px;font-size:28px;font-weight:bold;color:#111">Renew it or lose it.</td></tr>
<tr><td style="padding:8px 32px;font-size:16px;color:#2b2b2b;line-height:24px">Hi Dana,<br><br>
The domain below is set to expire. Let that happen, and you&#8217;ll lose not only the domain but any
website, email or products connected to it. Renew now to keep everything running.</td></tr>
<tr><td style="padding:16px 32px">
<table role="presentation" width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #d4dbe0">
<tr style="background:#eef2f4"><th align="left">Domain</th><th align="left">Expiration date</th>
<th align="left">Auto-renew</th></tr>
<tr><td>ridgelinesupply.com</td><td>Dec 19, 2026</td><td>Off</td></tr>
</table></td></tr>
<tr><td align="center" style="padding:16px 32px"><a href="https://sso.godaddy.com/renew?domain=ridgelinesupply.com"
 style="background:#00a4a6;color:#fff;padding:14px 28px;text-decoration:none;font-weight:bold">Renew Now</a></td></tr>
<tr><td style="padding:16px 32px;font-size:14px;color:#555">Customer number: 448120937<br>
Bonus: add Microsoft 365 Email Essentials for 30% off. Offer ends November 30, 2026.</td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#767676;line-height:16px">
Please do not reply to this email. Emails sent to this address will not be answered.<br>
Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC. 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281, USA.
All rights reserved.<br><a href="https://www.godaddy.com/legal">Legal</a> |
<a href="https://www.godaddy.com/privacy">Privacy Policy</a></td></tr>
</table></td></tr></table>{pixel("email.godaddy.com", "r8k2m4q1")}</body></html>
""",
        items=[item(DOMAIN, "GoDaddy", "ridgelinesupply.com", "2026-12-19")],
        note="promo end date (Nov 30) and copyright years are distractors",
    )
)

# --- GoDaddy: final cancellation notice, grace already over (deadline past on today's date) ----------
MAILS.append(
    Mail(
        name="dom_godaddy_final_cancellation_plain",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Final cancellation notice - rdgl.io",
        date="2026-10-28 03:15 -0700",
        text="""Final cancellation notice

Dana Whitfield,

Your domain was canceled on Oct 22. If you want to recover it, hurry.

  rdgl.io

You can still avoid the $80.00 recovery fee if you renew before Nov 3. (Just so you know,
most domains can't be saved 30 days after the cancel date.)

Once a domain is past recovery it goes to auction and anyone can buy it.

Recover my domain: https://account.godaddy.com/products/renew?d=rdgl.io

Customer Number: 448120937

GoDaddy Operating Company, LLC
2155 E. GoDaddy Way, Tempe, AZ 85284 USA
You're receiving this email because you have a product with us that is expiring.
""",
        items=[item(DOMAIN, "GoDaddy", "rdgl.io", "2026-11-03")],
        note=(
            "expired Oct 22; the fee-free recovery window ends Nov 3 -- that is what the reader had to act by, "
            "so deadline 2026-11-03 (already past on 2026-11-23: overdue). Years inferred from the mail date"
        ),
    )
)

# --- Namecheap 15-day reminder, plain text, several dates -------------------------------------------
MAILS.append(
    Mail(
        name="dom_namecheap_15day_plain",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domain Renewal Notice: ridgeline.shop expires in 15 days",
        date="2026-11-20 09:02 -0500",
        text="""Hello ridgelineops,

This is a courtesy reminder that the following domain in your Namecheap account is due to expire in
15 days. It is not set to renew automatically.

Domain name: ridgeline.shop
Registration date: Dec 05, 2023
Expiration date: Dec 05, 2026
Renewal price: $27.98/yr

To keep the domain active, please renew it from your account:
https://ap.www.namecheap.com/domains/list/

If the domain expires, the website and email service connected to it will stop working. For generic
TLDs there is a grace period of about 30 days after expiration during which the domain can still be
renewed at the regular rate; after that a redemption fee applies.

Renewal notices are sent 30, 15, 7 and 1 day prior to expiration as required by ICANN and cannot be
disabled.

Regards,
Namecheap Team
https://www.namecheap.com

Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA
""",
        items=[item(DOMAIN, "Namecheap", "ridgeline.shop", "2026-12-05")],
        note="registration date Dec 05, 2023 is a distractor; 'in 15 days' agrees with the stated date",
    )
)

# --- Amazon Route 53: auto-renew announcement (low severity, deadline = renewal date) -----------------
MAILS.append(
    Mail(
        name="dom_route53_autorenew_plain",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        subject="Automatic renewal of ridgeline-supply.com",
        date="2026-11-12 16:20 +0000",
        text=f"""Dear AWS customer,

This is a reminder that automatic renewal is enabled for the following domain that is registered with
Amazon Route 53:

    ridgeline-supply.com

The registration for this domain is scheduled to expire on {wd("2027-01-27")}, January 27, 2027. Route 53 will
renew the registration on or after December 28, 2026 and charge the renewal fee to the AWS account
that the domain is registered to (account ID 5512-0384-7716).

You don't need to do anything if you want to keep the domain. To make sure the renewal succeeds,
confirm that the payment method for the account is current. If you don't want to renew the domain,
disable automatic renewal in the Route 53 console before the renewal date.

For more information, see "Renewing registration for a domain" in the Amazon Route 53 Developer Guide.

Regards,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
""",
        items=[item(DOMAIN, "Route 53", "ridgeline-supply.com", "2026-12-28")],
        note="auto-renew announcement: low severity, deadline is the renewal date, expiry Jan 27 2027 kept aside",
    )
)

# --- Route 53: expiration notice with auto-renew off (a different template) ---------------------------
MAILS.append(
    Mail(
        name="dom_route53_expiry_alt",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        subject="Your domain ridgeline.dev will expire soon",
        date="2026-11-06 11:03 +0000",
        form="alt",
        text="""Hello,

The registration for ridgeline.dev expires in 60 days. Automatic renewal is turned off for this domain.

Expiration: 2027-01-05T23:59Z

To renew, open the Route 53 console > Registered domains > ridgeline.dev > Renew domain.

Amazon Route 53
""",
        html=f"""<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p>
<p>We're contacting you because the registration for the domain <b>ridgeline.dev</b> will expire on
<b>{wd("2027-01-05")}, January 5, 2027</b>. Automatic renewal is currently turned off for this domain, so Route 53
won't renew it for you.</p>
<p>If you want to keep the domain, renew it no later than the expiration date. After a domain expires, the
registry for .dev may delete it; restoring a deleted domain, if it is possible at all, costs more than a
renewal.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #d5dbdb">
<tr><td>Domain</td><td>ridgeline.dev</td></tr><tr><td>AWS account</td><td>551203847716</td></tr>
<tr><td>Registered on</td><td>January 5, 2024</td></tr><tr><td>Expires on</td><td>January 5, 2027</td></tr>
</table>
<p>Sincerely,<br>Amazon Route 53</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
This message was sent to you because you are the registrant contact for the domain.</p>
</body></html>
""",
        items=[item(DOMAIN, "Route 53", "ridgeline.dev", "2027-01-05")],
        note="the two alternatives differ: text part has ISO 2027-01-05T23:59Z, HTML has the long form",
    )
)

# --- Cloudflare Registrar: auto-renewal failed (high severity, deadline = expiry) --------------------
MAILS.append(
    Mail(
        name="dom_cloudflare_renew_failed_alt",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Action required: we couldn't renew ridgeline.co",
        date="2026-11-17 22:48 +0000",
        form="alt",
        cte="base64",
        text="""Cloudflare Registrar

We attempted to auto-renew ridgeline.co but the payment was declined.

Domain: ridgeline.co
Expires: 2026-12-02T17:40:11Z
Amount: USD 11.69

Update your billing profile and renew manually before the domain expires:
https://dash.cloudflare.com/?to=/:account/domains

Account: ops@ridgeline-supply.com's Account (8f31c0d2a7)
""",
        html="""<html><body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="24" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td><img src="https://www.cloudflare.com/img/logo-cloudflare-dark.png" width="140" alt="Cloudflare"></td></tr>
<tr><td style="font-size:15px;line-height:22px;color:#222">
<h2 style="margin:0 0 12px 0">Domain renewal failed</h2>
Hi there,<br><br>
We tried to renew <strong>ridgeline.co</strong> on 17 Nov 2026 using the payment method on file, and the charge
was declined by your card issuer.<br><br>
Your domain will expire on <strong>2 Dec 2026</strong> at 17:40 UTC. Cloudflare Registrar will retry the charge
once more, but to avoid losing the domain please update your payment method and renew it manually now.<br><br>
<a href="https://dash.cloudflare.com/?to=/:account/billing" style="color:#0051c3">Update billing</a>
</td></tr>
<tr><td style="font-size:12px;color:#6b6b6b">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 |
<a href="https://www.cloudflare.com/privacypolicy/">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Cloudflare", "ridgeline.co", "2026-12-02")],
        note="auto-renew failed: deadline is the expiry (2 Dec), not the failed attempt date (17 Nov)",
    )
)

# --- Squarespace Domains: expires in 7 days, day-month-year style ------------------------------------
MAILS.append(
    Mail(
        name="dom_squarespace_7days_html",
        category="positive",
        lang="en",
        sender=("Squarespace", "no-reply@squarespace.info"),
        subject="ridgelinefarms.com expires in 7 days",
        date="2026-11-22 10:00 +0000",
        form="html",
        html=f"""<html><body style="background:#fafafa;margin:0">
{pre("Turn on auto-renew so your domain doesn't lapse.")}
<div style="max-width:560px;margin:0 auto;background:#fff;padding:40px;font-family:Clarkson,Helvetica,sans-serif">
<p style="font-size:22px;letter-spacing:.02em">Your domain is about to expire</p>
<p>Hi Priya,</p>
<p>Your domain <b>ridgelinefarms.com</b> expires on 29 Nov 2026 and auto-renew is off. If it expires, your
website and any email addresses using this domain will stop working.</p>
<p>Domains that have expired can sometimes be restored for a fee during a short redemption period, but
this isn't guaranteed.</p>
<p><a href="https://account.squarespace.com/domains/managed/ridgelinefarms.com"
 style="display:inline-block;background:#000;color:#fff;padding:14px 30px;text-decoration:none">RENEW DOMAIN</a></p>
<p style="color:#777;font-size:12px">Squarespace Domains II LLC &middot; 225 Varick Street, New York, NY 10014<br>
You are receiving this service email because you own a domain with Squarespace.
{pixel("links.squarespace.info", "sq77d1")}</p></div></body></html>
""",
        items=[item(DOMAIN, "Squarespace", "ridgelinefarms.com", "2026-11-29")],
    )
)

# --- Porkbun: quoted-printable plain text, US date format -------------------------------------------
MAILS.append(
    Mail(
        name="dom_porkbun_usdate_qp",
        category="positive",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="Domain Expiration Notice: ridgeline.market",
        date="2026-11-15 08:30 -0800",
        cte="quoted-printable",
        text="""Oink oink! =)

This is an automated notice that the following domain registered at Porkbun is approaching its
expiration date and is NOT set to auto renew:

ridgeline.market \u2014 expires 12/15/2026 (registered 12/15/2023)

To renew, log in at https://porkbun.com/account/domainsSpeedy and click the renew link next to the
domain. Domains that are not renewed by the expiration date will be placed on hold and may enter the
redemption grace period, where a restore fee applies.

If you no longer need this domain you can ignore this message.

Thanks for being a Porkbun customer!
The Porkbun Team
Porkbun LLC \u00b7 21370 SW Langer Farms Pkwy, Suite 142-429, Sherwood, OR 97140
""",
        items=[item(DOMAIN, "Porkbun", "ridgeline.market", "2026-12-15")],
        note="registration 12/15/2023 is a distractor",
    )
)

# --- Gandi: renewal reminder with UTC timestamp ------------------------------------------------------
MAILS.append(
    Mail(
        name="dom_gandi_utc_plain",
        category="positive",
        lang="en",
        sender=("Gandi", "noreply@gandi.net"),
        subject="[Gandi] Reminder: ridgeline.eu expires in 30 days",
        date="2026-11-21 09:14 +0100",
        text="""Hello,

The domain ridgeline.eu, managed by the organization "Ridgeline Supply", will expire on
2026-12-21 09:14:02 UTC.

Automatic renewal is not activated for this domain. To avoid any interruption of the services using it
(website, email), renew it from your Gandi account:
  https://admin.gandi.net/domain/ridgeline.eu/renew

Please note: .eu domains are suspended on their expiration date and deleted 40 days later.

Last payment: 2025-12-19 (invoice FR-2025-118832)

The Gandi team
--
Gandi SAS - 63-65 boulevard Massena - 75013 Paris - France
""",
        items=[item(DOMAIN, "Gandi", "ridgeline.eu", "2026-12-21")],
        note="last payment date is a distractor",
    )
)

# --- Network Solutions: expired, in grace; must renew by the end of grace --------------------------
MAILS.append(
    Mail(
        name="dom_netsol_grace_html",
        category="positive",
        lang="en",
        sender=("Network Solutions", "renewals@networksolutions.com"),
        subject="URGENT: ridgeline-outdoor.com has expired",
        date="2026-11-11 07:55 -0500",
        form="html",
        cte="base64",
        html="""<html><body><table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial">
<tr><td style="background:#00205b;padding:18px"><img src="https://www.networksolutions.com/logo.png"
 alt="Network Solutions" height="32"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
Dear Valued Customer,<br><br>
Your domain name <b>ridgeline-outdoor.com</b> expired on November 10, 2026. Your website and email associated
with this domain may no longer work.<br><br>
You may still renew the domain at the standard price during the renewal grace period, which ends on
<b>November 30, 2026</b>. After that date the domain enters a 30-day redemption period and can only be
restored for an additional redemption fee of $150.00, if at all.<br><br>
Account #: 71-220-84917<br>
<a href="https://www.networksolutions.com/my-account/renew">Renew now</a><br><br>
Sincerely,<br>Network Solutions Customer Support
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888">&copy; Copyright 2026 Network Solutions, LLC.
All rights reserved. 5335 Gate Parkway, Jacksonville, FL 32256.</td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Network Solutions", "ridgeline-outdoor.com", "2026-11-30")],
        note=(
            "expired Nov 10 (past); the reader must renew before grace ends Nov 30 to avoid redemption, "
            "so the actionable deadline is 2026-11-30 (an ops person would plan for that date)"
        ),
    )
)

# --- Hover (Tucows): "Dec. 4th" without year -----------------------------------------------------------
MAILS.append(
    Mail(
        name="dom_hover_noyear_plain",
        category="positive",
        lang="en",
        sender=("Hover", "help@hover.com"),
        # RFC 2047 Q-encoded subject (en dash), as several US bulk mailers write it
        subject="=?UTF-8?Q?Heads_up_=E2=80=93_a_domain_is_expiring_in_two_weeks?=",
        date="2026-11-20 13:11 -0500",
        text="""Hi Sam,

Just a friendly heads up from Hover. Your domain ridgeline.ca is set to expire on Dec. 4th and
auto-renew is turned off, so it won't renew unless you renew it.

Want to keep it? Head to your control panel and click "Renew":
https://www.hover.com/control_panel/domain/ridgeline.ca

Your Hover email mailbox sam@ridgeline.ca stops receiving mail if the domain expires.

Cheers,
The Hover Team

Hover is a Tucows company. 96 Mowat Ave, Toronto, ON M6K 3M1, Canada.
""",
        items=[item(DOMAIN, "Hover", "ridgeline.ca", "2026-12-04")],
        note="'Dec. 4th' without a year: the next Dec 4 after the mail date",
    )
)

# --- IONOS: contract wording, multipart with differing parts ----------------------------------------
MAILS.append(
    Mail(
        name="dom_ionos_alt_qp",
        category="positive",
        lang="en",
        sender=("IONOS", "noreply@ionos.com"),
        subject="Your domain ridgelinegear.com will not be renewed",
        date="2026-11-10 05:12 -0500",
        form="alt",
        cte="quoted-printable",
        text="""Dear Dana Whitfield,

Customer ID: 517734902
Contract: Domain ridgelinegear.com

Auto-renew is switched off for your domain ridgelinegear.com. The domain will expire on January 9, 2027.

To keep the domain, renew it in the IONOS Control Panel no later than January 9, 2027.

Kind regards,
Your IONOS Team
""",
        html="""<html><body style="font-family:Open Sans,Arial;font-size:14px">
<p>Dear Dana Whitfield,</p>
<p>You have switched off automatic renewal for the domain <strong>ridgelinegear.com</strong>
(customer ID 517734902). Your domain will therefore expire at the end of its current term on
<strong>01/09/2027</strong>.</p>
<p>If you still need the domain for your website or email, you can switch auto-renew back on at any time
before that date in your <a href="https://my.ionos.com/domains">IONOS Control Panel</a>.</p>
<p>Kind regards,<br>Your IONOS Team</p>
<p style="font-size:11px;color:#718095">IONOS Inc., 701 Lee Road, Suite 300, Chesterbrook, PA 19087.
Order date: 01/09/2024.</p></body></html>
""",
        items=[item(DOMAIN, "IONOS", "ridgelinegear.com", "2027-01-09")],
        note="US MM/DD/YYYY in HTML (01/09/2027) and long form in text; order date 01/09/2024 is a distractor",
    )
)

# --- OVHcloud: base64 plain text, "15 Dec 2026" --------------------------------------------------------
MAILS.append(
    Mail(
        name="dom_ovhcloud_b64_plain",
        category="positive",
        lang="en",
        sender=("OVHcloud", "noreply@ovh.com"),
        subject="[OVHcloud] Your services expire soon",
        date="2026-11-14 03:00 +0100",
        cte="base64",
        text="""Hello,

Your OVHcloud customer account rs44120-ovh has services that will expire shortly and for which
automatic renewal is not enabled:

  Service               Type      Expiration date
  ridgeline.fr          Domain    15 Dec 2026

If you do not renew them, these services will be suspended, then deleted. Renew from your Control
Panel, section "Billing > My services".

Best regards,
OVHcloud Customer Support

This email was sent automatically, please do not reply. OVH SAS, 2 rue Kellermann, 59100 Roubaix, France.
""",
        items=[item(DOMAIN, "OVHcloud", "ridgeline.fr", "2026-12-15")],
    )
)

# --- Name.com: 60 days -------------------------------------------------------------------------------
MAILS.append(
    Mail(
        name="dom_namecom_60days_plain",
        category="positive",
        lang="en",
        sender=("Name.com", "noreply@name.com"),
        subject="Expiring Domain Reminder",
        date="2026-11-19 12:00 -0700",
        text="""Hi ridgelineops,

The following domain will expire in 60 days:

    Domain: ridgeline.app
    Expiration date: 2027-01-18
    Auto renew: OFF

Renew now to lock in your domain: https://www.name.com/account/domain

Thank you,
Name.com

Name.com, Inc. 414 14th Street #200, Denver, CO 80202
This email was sent to ops@ridgeline-supply.com, the account holder of record.
""",
        items=[item(DOMAIN, "Name.com", "ridgeline.app", "2027-01-18")],
    )
)

# --- Dynadot: in redemption; restore by a date -----------------------------------------------------
MAILS.append(
    Mail(
        name="dom_dynadot_redemption_plain",
        category="positive",
        lang="en",
        sender=("Dynadot", "info@dynadot.com"),
        subject="Dynadot: ridgeline.xyz is in redemption",
        date="2026-11-16 18:22 -0800",
        text="""Dear Dynadot customer,

Your domain ridgeline.xyz expired on 2026/10/12 and was not renewed during the grace period. It has
now entered the Redemption Grace Period at the registry.

You may restore the domain until 2026/12/04 by paying the restore fee ($80.00) plus one year of
renewal. After this date the domain will be deleted and released for public registration.

To restore, log in and go to My Domains > Expired Domains.

Dynadot Inc. | 210 S. Ellsworth Ave #345, San Mateo, CA 94401
""",
        items=[item(DOMAIN, "Dynadot", "ridgeline.xyz", "2026-12-04")],
        note="expired 2026/10/12 (past); the reader must restore by 2026/12/04, the end of redemption",
    )
)

# --- Whois (후이즈) Korean, HTML table, ks_c_5601-1987 -------------------------------------------------
MAILS.append(
    Mail(
        name="dom_whois_ko_table_ksc",
        category="positive",
        lang="ko",
        sender=("후이즈", "domain@whois.co.kr"),
        subject="[후이즈] 도메인 만료 예정 안내",
        date="2026-11-18 10:00 +0900",
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body><table width="650" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕',Dotum;font-size:13px">
<tr><td style="padding:20px;border-bottom:2px solid #1a4fa0"><b>WHOIS</b> 도메인 만료 안내</td></tr>
<tr><td style="padding:20px;line-height:22px">
안녕하세요, 하늘차 고객님.<br>
고객님께서 후이즈에 등록하신 도메인의 만료일이 다가오고 있습니다.<br>
만료일까지 연장하지 않으시면 홈페이지와 메일 서비스가 중단됩니다.</td></tr>
<tr><td style="padding:0 20px"><table width="100%" border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eef3fb"><th>도메인</th><th>등록일</th><th>만료일</th><th>연장비용</th></tr>
<tr><td>haneultea.co.kr</td><td>2021-12-18</td><td>2026-12-18 ({kwd("2026-12-18")})</td><td>22,000원</td></tr>
</table></td></tr>
<tr><td style="padding:20px">※ 만료일 오후 6시 이후에는 온라인 연장이 제한될 수 있습니다.<br>
발송일: 2026-11-18 · 본 메일은 발신전용입니다.<br>㈜후이즈 서울특별시 구로구 디지털로 288</td></tr>
</table></body></html>
""",
        to="ops@haneultea.co.kr",
        items=[item(DOMAIN, "Whois", "haneultea.co.kr", "2026-12-18")],
        note="등록일 column and 발송일 are distractors; cp949 bytes under the ks_c_5601-1987 label",
    )
)

# --- Cafe24 Korean, EUC-KR 8bit, D-14 ------------------------------------------------------------
MAILS.append(
    Mail(
        name="dom_cafe24_ko_dday_euckr",
        category="positive",
        lang="ko",
        sender=("카페24", "domain@cafe24.com"),
        subject="[카페24] 도메인 만료 D-14 안내 (haneul-shop.kr)",
        date="2026-11-20 09:30 +0900",
        charset="euc-kr",
        text="""하늘상점 님, 안녕하세요. 카페24입니다.

고객님의 도메인이 14일 후 만료됩니다. (D-14)

  - 도메인명 : haneul-shop.kr
  - 만료일 : 2026.12.04.
  - 자동연장 : 미설정

만료일이 지나면 쇼핑몰 접속 및 메일 수신이 중단되며, 만료 후 일정 기간이 지나면 도메인이 삭제되어
다른 사람이 등록할 수 있습니다. 만료 전에 [나의서비스관리 > 도메인 > 기간연장]에서 연장해 주세요.

※ 연말 이벤트: 도메인 3년 연장 시 20% 할인 (이벤트 기간 2026.11.01 ~ 2026.12.31)

카페24 주식회사 | 서울특별시 동작구 보라매로5길 15 | 고객센터 1588-3284
본 메일은 발신 전용입니다.
""",
        to="ops@haneul-shop.kr",
        items=[item(DOMAIN, "Cafe24", "haneul-shop.kr", "2026-12-04")],
        note="event period dates are distractors",
    )
)

# === digests ==========================================================================================

MAILS.append(
    Mail(
        name="dig_namecheap_three_domains_html",
        category="digest",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domain Renewal Notice: 3 domains expiring soon",
        date="2026-11-09 09:45 -0500",
        form="html",
        html=f"""<html><body style="background:#f4f4f4;margin:0;font-family:Arial,sans-serif">
{pre("3 of your domains are about to expire")}
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#de3723;padding:20px;color:#fff;font-size:20px">namecheap</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px">Hi ridgelineops,<br><br>
The domains listed below are approaching their expiration dates. Renew them before they expire to avoid
any interruption to the websites and email using them.</td></tr>
<tr><td style="padding:0 24px"><table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #ddd">
<tr style="background:#f7f7f7"><th align="left">Domain</th><th align="left">Expiration Date</th>
<th align="left">Auto-Renew</th></tr>
<tr><td>ridgeline.store</td><td>Dec&nbsp;09,&nbsp;2026</td><td>OFF</td></tr>
<tr><td>ridgelinehq.net</td><td>Dec&nbsp;24,&nbsp;2026</td><td>OFF</td></tr>
<tr><td>ridgeline-labs.org</td><td>Jan&nbsp;08,&nbsp;2027</td><td>OFF</td></tr>
</table></td></tr>
<tr><td style="padding:24px"><a href="https://ap.www.namecheap.com/domains/list/expiring">Renew now</a><br><br>
Namecheap Team</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">&copy; 2000-2026 Namecheap, Inc. All rights reserved.<br>
4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA</td></tr>
</table>{pixel("links.namecheap.com", "nc3dig")}</body></html>
""",
        items=[
            item(DOMAIN, "Namecheap", "ridgeline.store", "2026-12-09"),
            item(DOMAIN, "Namecheap", "ridgelinehq.net", "2026-12-24"),
            item(DOMAIN, "Namecheap", "ridgeline-labs.org", "2027-01-08"),
        ],
        note="table cells use &nbsp; between date parts",
    )
)

MAILS.append(
    Mail(
        name="dig_cloudflare_upcoming_renewals_plain",
        category="digest",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Upcoming domain renewals for your Cloudflare account",
        date="2026-11-02 14:00 +0000",
        text="""Hello,

The following domains registered with Cloudflare Registrar will automatically renew in the next 45 days.
The renewal will be charged to the default payment method on your account.

  ridgeline-supply.net     renews on 2026-11-30   $10.44
  ridgelinecdn.com         renews on 2026-12-11   $10.44

No action is required. If you want to cancel a renewal, turn off auto-renew for the domain in the
dashboard before its renewal date.

- The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""",
        items=[
            item(DOMAIN, "Cloudflare", "ridgeline-supply.net", "2026-11-30"),
            item(DOMAIN, "Cloudflare", "ridgelinecdn.com", "2026-12-11"),
        ],
        note="auto-renew announcement digest: two low-severity items, deadline = each renewal date",
    )
)
