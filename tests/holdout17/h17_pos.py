"""holdout17 positives: single notices for the three built-in kinds (domain, quota, sign-in)."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item
from h17_lib import kd, layout

TO = "admin@hanbitbridge.org"
LU = {"List-Unsubscribe": "<https://example.invalid/u>"}

MAILS: list[Mail] = []

# 1 Squarespace: auto-renew failed on the departed volunteer's card
MAILS.append(
    Mail(
        name="h17_sq_autorenew_failed_en",
        category="positive",
        lang="en",
        sender=("Squarespace", "no-reply@squarespace.com"),
        to=TO,
        subject="Action needed: We couldn't renew hanbitbridge.org",
        date="2026-11-06 14:22 -0500",
        form="html",
        html=layout(
            "<p>Hi Daniel,</p><p>We tried to charge the Visa ending in 4471 for the renewal of "
            "<b>hanbitbridge.org</b> on November 5, 2026, but the payment was declined.</p>"
            "<p>Your domain is now <b>past due</b>. It stays connected while we retry the card, but if we still "
            "can't collect payment the domain will expire on <b>November 20, 2026</b> and disconnect from your "
            "site and Google Workspace email.</p>"
            '<p><a href="https://account.squarespace.com/domains/managed/hanbitbridge.org/billing" '
            'style="background:#000;color:#fff;padding:12px 20px;text-decoration:none">Update payment method</a></p>'
            "<p>Domain: hanbitbridge.org<br>Registered: March 3, 2019<br>Renewal price: $20.00 USD / year</p>"
            "<p>Thanks,<br>The Squarespace Domains Team</p>",
            preheader="Update your billing info to keep hanbitbridge.org",
            footer="Squarespace Domains LLC, 225 Varick Street, New York, NY 10014. You received this required "
            "service email because you own a domain with Squarespace. Privacy Policy &middot; Terms of Service",
            pixel="https://t.squarespace.com/o/abc123.gif",
        ),
        items=[item(DOMAIN, "Squarespace", "hanbitbridge.org", "2026-11-20")],
        note="auto-renew failed: deadline is the expiry after the retry window (payment date Nov 5 is a distractor)",
    )
)

# 2 GoDaddy renewal reminder, 12/15/2026
MAILS.append(
    Mail(
        name="h17_godaddy_reminder_en",
        category="positive",
        lang="en",
        sender=("GoDaddy Renewals", "renewals@godaddy.com"),
        to=TO,
        subject="Your domain give-hanbit.org is expiring soon",
        date="2026-11-15 08:03 -0700",
        text="""Customer Number: 318822907

Hello Hanbit Bridge Foundation,

We noticed that the following product in your account has auto-renew turned OFF:

  Domain Name: give-hanbit.org
  Expiration Date: 12/15/2026
  Renewal Term: 1 Year  $22.99*

If you don't renew by the expiration date, your website and email that use give-hanbit.org may stop
working, and the domain could become available for someone else to register.

Renew now: https://account.godaddy.com/products/renew?domain=give-hanbit.org

Want to skip these reminders? Turn on auto-renew and we'll take care of it for you.

*Price shown is for a 1-year renewal and doesn't include ICANN fees or applicable taxes. Offer valid
through 11/30/2026 on select products.

Need help? Our award-winning team is available 24/7 at (480) 505-8877.

Copyright (C) 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
2155 E. GoDaddy Way, Tempe, AZ 85284 USA
""",
        items=[item(DOMAIN, "GoDaddy", "give-hanbit.org", "2026-12-15")],
        note="promotion validity 11/30/2026 is a distractor",
    )
)

# 3 Cloudflare Registrar: "in 30 days"
MAILS.append(
    Mail(
        name="h17_cloudflare_30days_en",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        to=TO,
        subject="hbf-events.org will expire in 30 days",
        date="2026-11-10 16:40 +0000",
        form="alt",
        text="""Cloudflare Registrar

The domain hbf-events.org on account Hanbit Bridge (a8f3...e10) will expire in 30 days.

Auto-renew is disabled for this domain. To keep it, renew manually from the dashboard:
https://dash.cloudflare.com/?to=/:account/domains/hbf-events.org/configuration

If you do nothing, the domain will enter its post-expiration period and DNS will stop resolving.

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""",
        html=layout(
            '<h2 style="font-size:20px">Domain expiring</h2><p>The domain <code>hbf-events.org</code> on '
            "account <b>Hanbit Bridge</b> will expire in 30 days.</p><p>Auto-renew is <b>disabled</b>. "
            'Renew manually in the <a href="https://dash.cloudflare.com/">Cloudflare dashboard</a>.</p>',
            footer="Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 | Privacy",
        ),
        items=[item(DOMAIN, "Cloudflare", "hbf-events.org", "2026-12-10")],
        note="relative: mail date 2026-11-10 + 30 days",
    )
)

# 4 Hover auto-renew announcement (low severity)
MAILS.append(
    Mail(
        name="h17_hover_autorenew_en",
        category="positive",
        lang="en",
        sender=("Hover", "help@hover.com"),
        to=TO,
        subject="Upcoming renewal for hanbitbridge.net",
        date="2026-11-02 10:15 -0500",
        text="""Hi there,

Just a heads-up: the following domain is set to automatically renew on Dec 2, 2026.

    hanbitbridge.net ........ 1 year ........ $17.99 USD

We'll charge the card on file (Mastercard ending 0932). No action is needed if that card is still
good. If you'd like to make changes, sign in at https://www.hover.com/control_panel.

Hover's email forwarding for hanbitbridge.net renews on the same date.

Cheers,
The Hover Team
Tucows Domains Inc. 96 Mowat Ave, Toronto, ON M6K 3M1
""",
        items=[item(DOMAIN, "Hover", "hanbitbridge.net", "2026-12-02")],
        note="auto-renew announcement: low severity, deadline = renewal date",
    )
)

# 5 Name.com expiry, 15 Jan 2027, HTML table
MAILS.append(
    Mail(
        name="h17_namecom_table_en",
        category="positive",
        lang="en",
        sender=("Name.com", "support@name.com"),
        to=TO,
        subject="Expiration Notice: 1 domain expiring soon",
        date="2026-11-16 09:00 -0700",
        form="html",
        cte="quoted-printable",
        html=layout(
            "<p>Hello hanbitadmin,</p><p>The domain below in your Name.com account is approaching its "
            "expiration date and is <b>not</b> set to auto-renew.</p>"
            '<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">'
            "<tr><th>Domain</th><th>Created</th><th>Expiration</th><th>Auto-Renew</th></tr>"
            "<tr><td>hanbitstories.com</td><td>15 Jan 2021</td><td>15 Jan 2027</td><td>Off</td></tr></table>"
            "<p>Renew before the expiration date to avoid interruption of any services associated with the "
            "domain. Domains that expire may be subject to a late renewal or redemption fee.</p>",
            footer="Name.com, Inc. &middot; 414 14th Street #200, Denver, CO 80202 &middot; This is a "
            "mandatory service notice.",
        ),
        items=[item(DOMAIN, "Name.com", "hanbitstories.com", "2027-01-15")],
        note="created date in same table is a distractor",
    )
)

# 6 Network Solutions redemption
MAILS.append(
    Mail(
        name="h17_netsol_redemption_en",
        category="positive",
        lang="en",
        sender=("Network Solutions", "customerservice@networksolutions.com"),
        to=TO,
        subject="URGENT: hanbitbridge.us has expired - restore it before it's deleted",
        date="2026-10-28 11:31 -0400",
        text="""Dear Hanbit Bridge Foundation,

Your domain name hanbitbridge.us expired on October 20, 2026. Because it was not renewed, the
website and email addresses that use it have stopped working.

The domain is now in the Redemption Period. You can still restore it, but a redemption fee applies.
To keep hanbitbridge.us you must restore it no later than November 19, 2026. After that date the
registry will release the domain and it can be registered by anyone.

Account: 60318842 | Last payment: October 20, 2025

Restore now: https://www.networksolutions.com/manage-it/renew

Sincerely,
Network Solutions Customer Service
Network Solutions, LLC - 5335 Gate Parkway, Jacksonville, FL 32256
""",
        items=[item(DOMAIN, "Network Solutions", "hanbitbridge.us", "2026-11-19")],
        note="already expired; the reader must act by the restore deadline, so deadline = 2026-11-19 "
        "(past on eval day: overdue)",
    )
)

# 7 Porkbun "Dec. 15th" without year
MAILS.append(
    Mail(
        name="h17_porkbun_noyear_en",
        category="positive",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        to=TO,
        subject="Porkbun domain expiration reminder",
        date="2026-11-03 07:45 -0800",
        text="""Oink oink!

This is a friendly reminder that hanbitvolunteers.org will expire on Dec. 15th. Auto-renew is off for
this domain, so we won't renew it unless you tell us to.

Renew at https://porkbun.com/account/domainsSpeedy

(Your account credit balance: $0.00. Last login: Oct. 2nd.)

Thanks for being a Porkbun customer!
Porkbun LLC, 21370 SW Langer Farms Pkwy, Suite 142-429, Sherwood, OR 97140
""",
        items=[item(DOMAIN, "Porkbun", "hanbitvolunteers.org", "2026-12-15")],
        note="no year: next Dec 15 after the mail date",
    )
)

# 8 Gabia EUC-KR base64, weekday and 오후 time
MAILS.append(
    Mail(
        name="h17_gabia_euckr_ko",
        category="positive",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        to=TO,
        subject="[가비아] 도메인 만료 안내 (hanbitbridge.or.kr)",
        date="2026-11-19 10:02 +0900",
        charset="euc-kr",
        cte="base64",
        text=f"""안녕하세요, 한빛다리재단 고객님.
가비아를 이용해 주셔서 감사합니다.

고객님께서 보유하신 도메인의 만료일이 다가와 안내드립니다.

■ 도메인명 : hanbitbridge.or.kr
■ 등록일 : 2018년 4월 2일
■ 만료일 : {kd(2026, 12, 21)} 오후 11시 59분
■ 자동연장 : 미설정

만료일까지 기간 연장을 하지 않으시면 홈페이지와 메일 서비스가 중단되며,
만료 후에는 복구 비용이 추가로 발생할 수 있습니다.

※ 본 메일은 발신 전용입니다. 문의는 고객센터(1544-4370)를 이용해 주세요.
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 | 사업자등록번호 144-81-15549
""",
        items=[item(DOMAIN, "Gabia", "hanbitbridge.or.kr", "2026-12-21")],
    )
)

# 9 Whois (후이즈) HTML table, cp949 under ks_c_5601-1987, QP
MAILS.append(
    Mail(
        name="h17_whois_table_ko",
        category="positive",
        lang="ko",
        sender=("후이즈", "webmaster@whois.co.kr"),
        to=TO,
        subject="[후이즈] 도메인 기간 만료 예정 안내",
        date="2026-10-30 15:10 +0900",
        form="html",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        html=layout(
            "<p>한빛다리 님, 안녕하세요. 후이즈입니다.</p>"
            "<p>아래 도메인의 사용 기간이 곧 만료됩니다. 만료 전에 기간을 연장해 주시기 바랍니다.</p>"
            '<table border="1" cellpadding="5" style="border-collapse:collapse">'
            "<tr><th>도메인</th><th>신청일</th><th>만료일</th><th>상태</th></tr>"
            "<tr><td>한빛다리.kr</td><td>2020.12.01</td><td>2026.12.01</td><td>정상</td></tr></table>"
            "<p>만료일이 지나면 웹사이트·이메일이 정지되며, 삭제 후에는 다른 사람이 등록할 수 있습니다.</p>"
            "<p>※ 이 메일은 2026.10.30 기준으로 발송되었습니다.</p>",
            footer="(주)후이즈 | 서울특별시 | 고객센터 1588-4259 &#44256;&#44061;&#45784; 감사합니다",
        ),
        items=[item(DOMAIN, "Whois", "한빛다리.kr", "2026-12-01", aliases=["xn--2j1bq2kz7d922a.kr"])],
        note="IDN domain (punycode alias); 신청일 and send date are distractors",
    )
)

# 10 Name.com ICANN contact verification within 15 days
MAILS.append(
    Mail(
        name="h17_icann_verify_en",
        category="positive",
        lang="en",
        sender=("Name.com", "noreply@name.com"),
        to=TO,
        subject="ICANN requires you to verify your contact information",
        date="2026-11-12 13:05 -0700",
        text="""Hello,

The registrant contact for hanbitstories.com was recently changed. ICANN requires that we verify the
registrant email address.

Please click the link below within 15 days to confirm your contact information:
https://www.name.com/verify/3f09a1c2

If the information is not verified within 15 days, hanbitstories.com will be suspended and
will stop resolving until verification is completed.

Contact on file: admin@hanbitbridge.org (changed Nov 11, 2026)

Name.com Compliance
""",
        items=[item(DOMAIN, "Name.com", "hanbitstories.com", "2026-11-27")],
        note="WHOIS verification with suspension deadline: mail date 2026-11-12 + 15 days; not a mere WDRP reminder",
    )
)

# 11 Gabia D-7 Korean
MAILS.append(
    Mail(
        name="h17_gabia_d7_ko",
        category="positive",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        to=TO,
        subject="[가비아] D-7 hanbit-camp.co.kr 도메인 만료 임박",
        date="2026-11-20 09:30 +0900",
        form="html",
        html=layout(
            '<p style="font-size:22px;color:#d00"><b>D-7</b></p>'
            "<p>hanbit-camp.co.kr 도메인의 만료가 7일 남았습니다.</p>"
            "<p>지금 연장하지 않으면 캠프 신청 페이지가 열리지 않게 됩니다.<br>"
            "가비아 My가비아 &gt; 서비스 관리 &gt; 도메인에서 바로 연장하세요.</p>"
            "<p>결제 수단: 신용카드 / 계좌이체 / 가비아 포인트(2026년 12월 31일 소멸 예정 포인트 1,200P)</p>",
            preheader="만료까지 7일",
            footer="(주)가비아 대표이사 김홍국 | 고객센터 1544-4370",
        ),
        items=[item(DOMAIN, "Gabia", "hanbit-camp.co.kr", "2026-11-27")],
        note="D-7 from 2026-11-20; point expiry date is a distractor",
    )
)

# 12 Google Workspace pooled storage 100%
MAILS.append(
    Mail(
        name="h17_gws_storage_full_en",
        category="positive",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to=TO,
        subject="Your organization has run out of storage",
        date="2026-11-18 03:12 +0000",
        form="alt",
        text="""Google Workspace

Your organization's storage is full

Hi Administrator,

hanbitbridge.org has used 100% (30 GB of 30 GB) of its pooled storage. Users in your organization
can't upload new files to Drive, and they can't send or receive email in Gmail until storage is
freed up or more storage is added.

Options:
 - Purchase additional storage in the Admin console
 - Ask users to delete large files and emails

Manage storage: https://admin.google.com/ac/storage

You are receiving this mandatory service announcement to update you about important changes to
your Google Workspace account.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        html=layout(
            "<h2>Your organization's storage is full</h2><p>Hi Administrator,</p><p><b>hanbitbridge.org</b> "
            "has used <b>100%</b> of its pooled storage (30&nbsp;GB of 30&nbsp;GB). Users can't upload to "
            "Drive and can't send or receive email until space is freed or storage is added.</p>"
            '<p><a href="https://admin.google.com/ac/storage">Manage storage</a></p>',
            footer="Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043. Mandatory service announcement.",
        ),
        items=[item(QUOTA, "Google Workspace", "hanbitbridge.org", "default")],
    )
)

# 13 Google Workspace storage 90% Korean
MAILS.append(
    Mail(
        name="h17_gws_storage90_ko",
        category="positive",
        lang="ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to=TO,
        subject="조직의 저장용량이 거의 가득 찼습니다",
        date="2026-10-21 02:40 +0000",
        form="html",
        html=layout(
            "<p>관리자님, 안녕하세요.</p><p>hanbitbridge.org 조직에서 공유 저장용량의 <b>90%</b>를 사용했습니다"
            "(27GB/30GB).</p><p>저장용량이 가득 차면 사용자가 Gmail에서 이메일을 주고받을 수 없고 "
            "Drive에 파일을 업로드할 수 없게 됩니다. 관리 콘솔에서 저장용량을 추가로 구매하거나 "
            "사용량을 줄이세요.</p>",
            footer="이 메일은 Google Workspace 계정의 중요한 변경사항을 알려 드리기 위한 필수 서비스 공지입니다.",
        ),
        items=[item(QUOTA, "Google Workspace", "hanbitbridge.org", "default")],
    )
)

# 14 Bluehost disk, suspension date
MAILS.append(
    Mail(
        name="h17_bluehost_suspend_en",
        category="positive",
        lang="en",
        sender=("Bluehost", "noreply@bluehost.com"),
        to=TO,
        subject="Disk usage exceeded on your hosting account",
        date="2026-11-17 18:20 -0700",
        form="html",
        html=layout(
            "<p>Hello Hanbit Bridge,</p><p>Your hosting account <b>hanbitb1</b> (primary domain "
            "hanbitbridge-wp.org) is using <b>51.2 GB</b>, which exceeds the 50 GB storage included in your "
            "Basic plan.</p><p>Please remove unused files, old backups or email, or upgrade your plan. If the "
            "account is still over its limit, it will be suspended on <b>November 30, 2026</b>.</p>"
            "<p>Account created: 06/12/2020 &middot; Plan renews: 06/12/2027</p>",
            footer="Bluehost Inc. | Terms | Privacy",
        ),
        items=[item(QUOTA, "Bluehost", "hanbitb1", "2026-11-30", aliases=["hanbitbridge-wp.org"])],
        note="plan renewal date is a distractor",
    )
)

# 15 SiteGround inodes, no date
MAILS.append(
    Mail(
        name="h17_siteground_inodes_en",
        category="positive",
        lang="en",
        sender=("SiteGround", "noreply@siteground.com"),
        to=TO,
        subject="Your hosting account has reached 90% of its inode limit",
        date="2026-10-09 12:00 +0300",
        text="""Dear Hanbit Bridge Foundation,

We would like to inform you that the hosting account for stories.hanbitbridge.org has reached 90% of
the allowed inodes (file count) for your StartUp plan: 270,000 of 300,000.

When the limit is reached, you will not be able to create new files, upload media or receive new
email on the account. We recommend removing old backups and cache files or upgrading to GrowBig.

Best Regards,
The SiteGround Team
""",
        items=[item(QUOTA, "SiteGround", "stories.hanbitbridge.org", "default")],
    )
)

# 16 WP Engine visits overage
MAILS.append(
    Mail(
        name="h17_wpengine_visits_en",
        category="positive",
        lang="en",
        sender=("WP Engine", "no-reply@wpengine.com"),
        to=TO,
        subject="=?utf-8?Q?Your_plan_usage=3A_visits_over_limit_=E2=80=94_hanbitbridge?=",
        date="2026-09-29 15:00 -0500",
        form="alt",
        text="""Hi Hanbit Bridge,

Your account hanbitbridge exceeded the monthly visits included in your Startup plan.

  Visits this period (Sep 1 - Sep 30): 27,410
  Plan limit: 25,000

Overage charges of $2 per 1,000 visits may apply to your next invoice. Upgrade your plan to avoid
overages.

WP Engine | 504 Lavaca Street, Suite 1000, Austin, TX 78701
""",
        html=layout(
            "<p>Hi Hanbit Bridge,</p><p>Your account <b>hanbitbridge</b> exceeded the visits in your plan.</p>"
            "<table><tr><td>Visits (Sep 1 &ndash; Sep 30)</td><td>27,410</td></tr><tr><td>Plan limit</td>"
            "<td>25,000</td></tr></table><p>Upgrade to avoid overage charges.</p>",
            footer="WP Engine | Austin, TX",
        ),
        items=[item(QUOTA, "WP Engine", "hanbitbridge", "default")],
    )
)

# 17 Netlify bandwidth 90% team
MAILS.append(
    Mail(
        name="h17_netlify_bandwidth_en",
        category="positive",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        to=TO,
        subject="You'll need an allowance increase soon!",
        date="2026-11-14 20:02 +0000",
        form="html",
        html=layout(
            "<h2>You&rsquo;ll need an allowance increase soon!</h2><p>Your bandwidth usage on your team "
            "(<b>Hanbit Bridge Volunteers</b>) has reached 90% of the current allowance in your billing cycle "
            "from November 3 to December 2.</p><p>If bandwidth usage goes over the allowance before the end "
            "of the billing cycle, we&rsquo;ll add an extra bandwidth pack for $55, increasing your allowance "
            "by 100GB for the current billing cycle.</p><p>All usage and allowances reset at the end of the "
            "billing cycle.</p>",
            footer="Netlify, 101 2nd Street, San Francisco, CA 94105",
        ),
        items=[item(QUOTA, "Netlify", "Hanbit Bridge Volunteers", "default")],
        note="wording follows Netlify's published approaching-extra-usage template; cycle dates are distractors",
    )
)

# 18 GitHub Actions 90%
MAILS.append(
    Mail(
        name="h17_github_actions_en",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        to=TO,
        subject="[GitHub] You've used 90% of included services for GitHub Actions",
        date="2026-11-21 05:55 +0000",
        text="""Hi @hanbit-bridge,

You've used 90% of the included minutes for GitHub Actions in the hanbit-bridge organization.

Your included minutes reset on December 1, 2026. Once you reach 100%, workflows will stop running
unless you set a spending limit above $0. Manage spending limits:
https://github.com/organizations/hanbit-bridge/settings/billing

Thanks,
The GitHub Team
GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
        items=[item(QUOTA, "GitHub", "hanbit-bridge", "default")],
        note="reset date is not a deadline",
    )
)

# 19 닷홈 EUC-KR traffic with suspension date
MAILS.append(
    Mail(
        name="h17_dothome_traffic_ko",
        category="positive",
        lang="ko",
        sender=("닷홈", "help@dothome.co.kr"),
        to=TO,
        subject="[닷홈] 웹호스팅 트래픽 초과 안내",
        date="2026-11-18 11:11 +0900",
        charset="euc-kr",
        cte="8bit",
        text="""안녕하세요. 닷홈입니다.

고객님의 무료 웹호스팅(아이디: hanbitkr) 일일 트래픽이 제공량을 초과하였습니다.

 - 서비스 도메인 : hanbitkr.dothome.co.kr
 - 사용량 : 1,612MB / 1,500MB (107%)

트래픽 초과 상태가 계속되면 2026-11-25 00:00 부터 호스팅 서비스가 정지됩니다.
상품을 변경하시거나 불필요한 이미지를 정리해 주세요.

신청일: 2023-03-14 | 안내일: 2026-11-18
닷홈 고객센터 1899-7550
""",
        items=[item(QUOTA, "Dothome", "hanbitkr", "2026-11-25", aliases=["hanbitkr.dothome.co.kr"])],
    )
)

# 20 Meta Graph API version deprecation
MAILS.append(
    Mail(
        name="h17_meta_graph_en",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "developers@facebookmail.com"),
        to=TO,
        subject="Action required: Hanbit Donate is using Graph API v19.0",
        date="2026-11-04 17:00 -0800",
        form="html",
        html=layout(
            "<p>Hi Daniel,</p><p>Your app <b>Hanbit Donate</b> (App ID 2841109375520) is making calls to "
            "Graph API v19.0, which Facebook Login and the Graph API will stop supporting on "
            "<b>February 3, 2027</b>.</p><p>After that date, calls to v19.0 will be automatically upgraded to "
            "the oldest available version, which may break your login flow. Upgrade your app using the "
            "changelog and upgrade tool.</p><p>Version released: January 23, 2024</p>",
            footer="Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025. "
            "This message was sent to admin@hanbitbridge.org.",
        ),
        items=[item(SOCIAL, "Meta", "Hanbit Donate", "2027-02-03", aliases=["2841109375520"])],
    )
)

# 21 Google Sign-In platform library
MAILS.append(
    Mail(
        name="h17_google_signin_en",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        to=TO,
        subject="[Action Required] Migrate volunteer-portal-prod from the Google Sign-In JavaScript library",
        date="2026-10-14 09:30 -0700",
        text="""Hello Google Cloud customer,

We're writing to let you know that your project volunteer-portal-prod still loads the legacy Google
Sign-In JavaScript Platform Library (platform.js) for user sign-in.

What you need to do
Migrate to Google Identity Services by March 31, 2027. After this date, sign-in with the legacy
library will no longer work for your users.

We've provided additional information below to guide you through this change.
Migration guide: https://developers.google.com/identity/gsi/web/guides/migration

Thanks for choosing Google Cloud.
-- The Google Cloud Team

You have received this mandatory service announcement to update you about important changes to
Google Cloud Platform or your account.
""",
        items=[item(SOCIAL, "Google", "volunteer-portal-prod", "2027-03-31")],
    )
)

# 22 Kakao login: 2027 date with weekday
MAILS.append(
    Mail(
        name="h17_kakao_login_ko",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        to=TO,
        subject="[카카오디벨로퍼스] 카카오 로그인 동의 항목 변경 및 구버전 API 지원 종료 안내",
        date="2026-11-11 14:00 +0900",
        form="html",
        html=layout(
            "<p>안녕하세요, 카카오디벨로퍼스입니다.</p><p>[한빛다리 후원] 앱(앱 ID: 918273)에서 사용 중인 "
            "카카오 로그인 REST API v1 사용자 정보 조회(/v1/user/me)가 아래 일정으로 지원 종료됩니다.</p>"
            f"<p>■ 지원 종료 일시: {kd(2027, 1, 15)} 오전 10시</p><p>■ 대상: /v1/user/me 를 호출하는 앱</p>"
            "<p>종료 후에는 로그인 이후 사용자 정보를 가져올 수 없으니, 기한 내에 /v2/user/me 로 전환해 "
            "주세요.</p><p>공지 게시일: 2026.11.11</p>",
            footer="(주)카카오 | 제주특별자치도 제주시 첨단로 242",
        ),
        items=[item(SOCIAL, "Kakao", "한빛다리 후원", "2027-01-15", aliases=["918273"])],
    )
)

# 23 Naver login phases
MAILS.append(
    Mail(
        name="h17_naver_phases_ko",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "developers@navercorp.com"),
        to=TO,
        subject="[네이버 로그인] 구 버전 JavaScript SDK 단계적 종료 안내",
        date="2026-11-05 10:00 +0900",
        text="""안녕하세요. 네이버 개발자센터입니다.

등록하신 애플리케이션 '한빛다리재단 홈페이지'(Client ID: hbTq9Z2kR)에서
네이버 로그인 JavaScript SDK 1.x 버전 사용이 확인되어 안내드립니다.

해당 버전은 아래와 같이 단계적으로 종료됩니다.
 - 1차 종료: 2026.11.01. 신규 애플리케이션 적용 불가
 - 2차 종료: 2027.01.31. 기존 애플리케이션 로그인 불가

2차 종료 전까지 SDK 2.x 버전으로 변경해 주시기 바랍니다.

감사합니다.
네이버 개발자센터 드림
""",
        items=[item(SOCIAL, "Naver", "한빛다리재단 홈페이지", "2027-01-31", aliases=["hbTq9Z2kR"])],
        note="phase 1 (2026-11-01) already past on the mail date, so the first phase not yet past is 2027-01-31",
    )
)

# 24 Kakao undated
MAILS.append(
    Mail(
        name="h17_kakao_undated_ko",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        to=TO,
        subject="[카카오디벨로퍼스] Kakao SDK for JavaScript v1 지원 중단(Deprecated) 안내",
        date="2026-09-15 11:00 +0900",
        text="""안녕하세요, 카카오디벨로퍼스입니다.

[한빛다리 후원] 앱에서 Kakao SDK for JavaScript v1 (kakao.min.js 1.x)의 카카오 로그인 호출이
확인되었습니다. 해당 SDK는 현재 Deprecated 상태이며, 지원 종료 일정은 추후 공지될 예정입니다.

종료 이후에는 카카오 로그인이 동작하지 않으므로 미리 v2 SDK로 전환하시기 바랍니다.

감사합니다.
""",
        items=[item(SOCIAL, "Kakao", "한빛다리 후원", None)],
        note="undated: end date to be announced",
    )
)

# 25 DreamHost disk within 7 days
MAILS.append(
    Mail(
        name="h17_dreamhost_disk_en",
        category="positive",
        lang="en",
        sender=("DreamHost", "support@dreamhost.com"),
        to=TO,
        subject="Disk usage policy: action needed for user hbf_ftp",
        date="2026-11-13 22:10 -0800",
        text="""Hi there,

Your DreamHost shared hosting user hbf_ftp (server pdx1-shared-a1-07) is using 212 GB of disk
space, well over what our shared hosting policy allows for hanbitarchive.org.

Please bring the usage under 100 GB within 7 days. If the usage isn't reduced, we may disable the
user and the websites it serves.

Ticket #884102 - opened 2026-11-13
Thanks!
DreamHost Support
""",
        items=[item(QUOTA, "DreamHost", "hbf_ftp", "2026-11-20", aliases=["hanbitarchive.org"])],
        note="within 7 days of 2026-11-13 (Pacific local date)",
    )
)

# 26 Whois auto-renew failed, cp949 label, alt with differing parts
MAILS.append(
    Mail(
        name="h17_whois_autorenew_fail_ko",
        category="positive",
        lang="ko",
        sender=("후이즈", "webmaster@whois.co.kr"),
        to=TO,
        subject="[후이즈] 자동연장 결제 실패 안내 - hanbitnanum.kr",
        date="2026-11-22 08:20 +0900",
        form="alt",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        text="""자동연장 결제 실패 안내

등록된 카드(퇴사자 명의, 끝자리 5512)로 hanbitnanum.kr 자동연장 결제를 시도했으나 승인이 거절되었습니다.
만료일 2026.12.05. 까지 결제 수단을 변경하거나 직접 연장해 주세요.
결제 시도일: 2026.11.21.
""",
        html=layout(
            "<p><b>자동연장 결제가 실패했습니다.</b></p><p>도메인: hanbitnanum.kr<br>"
            "결제 시도일: 2026.11.21.<br>만료일: <b>2026.12.05.</b></p>"
            "<p>만료일까지 연장하지 않으면 도메인이 정지되고, 이후 복구 기간에는 복구 수수료가 부과됩니다.</p>",
            footer="(주)후이즈 고객센터 1588-4259",
        ),
        items=[item(DOMAIN, "Whois", "hanbitnanum.kr", "2026-12-05")],
        note="auto-renew failed: deadline = expiry; the text and HTML parts word it differently",
    )
)

# 27 닷홈 disk 95%, HTML with <br> lines and numeric entities
MAILS.append(
    Mail(
        name="h17_dothome_disk_ko",
        category="positive",
        lang="ko",
        sender=("닷홈", "help@dothome.co.kr"),
        to=TO,
        subject="[닷홈] 웹 디스크 용량 95% 사용 안내",
        date="2026-10-02 16:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html='<html><body style="font-size:13px">안녕하세요, 닷홈입니다.<br><br>'
        '호스팅 아이디 <b>hanbitkr</b> 의 웹 디스크 사용량이 <span style="color:red">95%</span>'
        "(475MB / 500MB)에 도달했습니다.<br>"
        "용량이 가득 차면 게시판 글쓰기&#44284; 파일 업로드가 되지 않습니다.<br>"
        "불필요한 파일을 정리하시거나 상품을 변경해 주세요.<br><br>"
        "&nbsp;&nbsp;서비스 개시일 : 2023-03-14<br>&nbsp;&nbsp;안내일 : 2026-10-02<br><br>"
        "닷홈 드림</body></html>",
        items=[item(QUOTA, "Dothome", "hanbitkr", "default", aliases=["hanbitkr.dothome.co.kr"])],
    )
)

# 28 Google Sign-In notice in Korean
MAILS.append(
    Mail(
        name="h17_google_signin_ko",
        category="positive",
        lang="ko",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        to=TO,
        subject="[조치 필요] hanbit-kr-site 프로젝트의 Google 로그인 One Tap을 FedCM으로 이전하세요",
        date="2026-11-06 02:00 +0000",
        text="""안녕하세요, Google Cloud 고객님

프로젝트 hanbit-kr-site (프로젝트 번호 448812009931)에서 FedCM을 사용하지 않는 Google 로그인
One Tap이 확인되었습니다.

필요한 조치
2027년 2월 1일 이후에는 FedCM을 사용하지 않는 One Tap 및 자동 로그인이 더 이상 작동하지 않습니다.
이 날짜 전에 Google Identity Services 설정에서 use_fedcm_for_prompt 를 사용 설정해 주세요.

Google Cloud 팀 드림

Google 계정 또는 Google Cloud Platform의 중요한 변경사항을 알려드리기 위해 발송된 필수 서비스 공지입니다.
""",
        items=[item(SOCIAL, "Google", "hanbit-kr-site", "2027-02-01", aliases=["448812009931"])],
    )
)
