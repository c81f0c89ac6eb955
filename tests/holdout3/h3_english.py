"""English mails of holdout3 (AWS, Netlify, GoDaddy, Google Identity, Google Workspace forward, ACM)."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item
from h3_common import DEV

MAILS: list[Mail] = []

MAILS.append(
    Mail(
        name="h3_aws_free_tier_en",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        subject="AWS Free Tier limit alert",
        date="2026-11-14 06:31 +0000",
        text="""Hello,

Your AWS account 3306-1187-4420 has exceeded 85% of the usage limit for one or more AWS Free
Tier-eligible services for the month of November.

Product          AWS Free Tier Usage as of 11/14/2026   Usage Limit
Amazon S3        4.3 GB-Mo                              5 GB-Mo storage

To learn more about your AWS Free Tier usage, please access the AWS Billing & Cost Management
Dashboard. You can find more information on AWS Free Tier here.

To unsubscribe from AWS Free Tier usage alerts, please click here.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210
""",
        note="usage date 11/14/2026 is the measurement date, not a deadline: default",
        items=[item(QUOTA, "AWS", "3306-1187-4420", "default", aliases=["330611874420"])],
    )
)

MAILS.append(
    Mail(
        name="h3_netlify_bandwidth_en",
        category="positive",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        subject="Your team Dalbit Studio has used 90% of its included bandwidth",
        date="2026-11-16 12:02 +0000",
        form="html",
        to=DEV,
        html="""<html><body style="font-family:-apple-system,Helvetica,Arial;color:#0e1e25">
<table width="560" align="center"><tr><td style="padding:32px">
<img src="https://www.netlify.com/v3/img/components/logomark.png" width="36" alt="Netlify">
<h2>You're close to your bandwidth limit</h2>
<p>Your team <b>Dalbit Studio</b> has used <b>90 GB</b> of the <b>100 GB</b> of bandwidth included in the
Starter plan for the current billing period (Nov 3 &ndash; Dec 2).</p>
<p>If you go over the limit, sites on the team will be suspended until the next billing period, unless
you upgrade your plan.</p>
<p>Most used site: <b>dalbit-docs</b> (71 GB)</p>
<p><a href="https://app.netlify.com/teams/dalbit-studio/billing/usage">Review usage</a></p>
<p style="font-size:12px;color:#778">Netlify, Inc. &middot; 101 2nd Street, San Francisco, CA 94105</p>
</td></tr></table></body></html>
""",
        note="the billing period's end is not a deadline: default",
        items=[item(QUOTA, "Netlify", "Dalbit Studio", "default", aliases=["dalbit-studio", "dalbit-docs"])],
    )
)

MAILS.append(
    Mail(
        name="h3_godaddy_renew_failed_en",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Action needed: We couldn't renew dalbitstudio.co",
        date="2026-11-17 14:25 -0700",
        form="alt",
        cte="quoted-printable",
        text="""Hi Jiwoo,

We tried to automatically renew the domain below, but the payment method on file was declined.

Domain: dalbitstudio.co
Expiration date: 12/18/2026
Customer number: 612004871

To avoid losing your domain, update your payment method or renew manually before the expiration date.

Renew now: https://account.godaddy.com/products

Copyright (c) 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
2155 E. GoDaddy Way, Tempe, AZ 85284 USA
""",
        html="""<html><body style="font-family:Arial;font-size:14px">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="padding:24px">
<p>Hi Jiwoo,</p>
<p>We tried to automatically renew the domain below, but the payment method on file was
<b>declined</b>.</p>
<table cellpadding="6"><tr><td>Domain</td><td><b>dalbitstudio.co</b></td></tr>
<tr><td>Expiration date</td><td>12/18/2026</td></tr>
<tr><td>Customer number</td><td>612004871</td></tr></table>
<p><a href="https://account.godaddy.com/products" style="background:#111;color:#fff;padding:10px 20px">
Renew now</a></p>
<p style="font-size:11px;color:#777">Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC.</p>
</td></tr></table></body></html>
""",
        note="auto-renewal failed: high severity, deadline is the expiry (MM/DD/YYYY)",
        items=[item(DOMAIN, "GoDaddy", "dalbitstudio.co", "2026-12-18")],
    )
)

MAILS.append(
    Mail(
        name="h3_google_fedcm_within60_en",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Required] Update Google Sign-In for your OAuth client in project dalbit-app",
        date="2026-10-02 16:20 +0000",
        text="""Dear Developer,

We're writing to let you know that your OAuth client in the project below still uses the legacy
One Tap prompt without FedCM support. Please complete the migration to FedCM within 60 days of this
notice. After that, Google Sign-In prompts shown by this client may stop appearing in Chrome.

Project ID: dalbit-app
OAuth client ID: 771209983311-fedcm.apps.googleusercontent.com

What you need to do
 - Set use_fedcm_for_prompt to true in your Google Identity Services configuration.
 - Test sign-in in Chrome and update your Content Security Policy if needed.

Migration guide: https://developers.google.com/identity/gsi/web/guides/fedcm-migration

Thanks for choosing Google Identity Services.
- The Google Identity team

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your
Google Cloud Platform account.
""",
        note="'within 60 days of this notice' counted from the mail date 2026-10-02: 2026-12-01",
        items=[
            item(
                SOCIAL,
                "Google",
                "dalbit-app",
                "2026-12-01",
                aliases=["771209983311-fedcm.apps.googleusercontent.com"],
            )
        ],
    )
)

MAILS.append(
    Mail(
        name="h3_fwd_outlook_workspace_en",
        category="forward",
        lang="en",
        sender=("Daniel Cho", "daniel.cho@dalbit-studio.kr"),
        subject="FW: Your Gmail storage is almost full",
        date="2026-11-20 09:44 +0900",
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
        text="""Ops team - this is the shared sales@ mailbox. Can we raise its storage before it starts bouncing
customer mail?

Daniel

-----Original Message-----
From: Google Workspace <workspace-noreply@google.com>
Sent: Thursday, November 19, 2026 7:12 PM
To: sales@dalbit-studio.kr
Subject: Your Gmail storage is almost full

You've used 96% of your 30 GB storage (sales@dalbit-studio.kr).

When you run out of storage, you won't be able to send or receive email in Gmail, and you won't be able
to upload new files to Google Drive.

Free up space or ask your administrator for more storage.
https://one.google.com/storage

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
""",
        note="Outlook 'Original Message' forward of a mailbox storage warning: the item is Google Workspace's",
        items=[item(QUOTA, "Google Workspace", "sales@dalbit-studio.kr", "default")],
    )
)

MAILS.append(
    Mail(
        name="h3_neg_acm_cert_en",
        category="negative",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        subject="[Action Required] Certificate expiration notice for api.dalbit-studio.kr",
        date="2026-11-08 02:15 +0000",
        text="""Greetings from Amazon Web Services,

The following certificate issued by AWS Certificate Manager (ACM) in account 3306-1187-4420 will expire
on Dec 8, 2026. ACM could not renew it automatically because it is not in use with an integrated AWS
service and domain validation could not be completed.

Certificate ARN: arn:aws:acm:ap-northeast-2:330611874420:certificate/1b2c3d4e-aaaa-bbbb-cccc-0123456789ab
Domain: api.dalbit-studio.kr

To renew the certificate, complete DNS validation or request a new certificate in the ACM console.

Sincerely,
Amazon Web Services
""",
        note="TLS certificate expiry is not a built-in kind, even with '[Action Required]' and a domain name: nothing",
    )
)
