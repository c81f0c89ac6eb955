"""holdout4: hosting-quota warnings (AWS, Vercel, Netlify, GitHub, Google Workspace, Heroku, DigitalOcean,
Supabase, Firebase), mostly English."""

from __future__ import annotations

from h4_common import QUOTA, Mail, item, pixel, pre

MAILS: list[Mail] = []

MAILS.append(
    Mail(
        name="quota_aws_freetier_85_plain",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "freetier@costalerts.amazonaws.com"),
        subject="AWS Free Tier limit alert",
        date="2026-11-14 19:05 +0000",
        text="""Hello,

Your AWS account 551203847716 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of November.

Product     AWS Free Tier Usage as of 11/14/2026    Usage Limit     AWS Free Tier Usage Limit
AmazonS3    4.3 GB-Mo                               5 GB-Mo         5 GB of Amazon S3 standard storage
AmazonEC2   652 Hrs                                 750 Hrs         750 hours of Amazon EC2 Linux t2.micro

To learn more about your AWS Free Tier usage, access the AWS Billing & Cost Management Dashboard.
Usage above the Free Tier limits is charged at the standard pay-as-you-go rates.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210. To opt out of Free Tier alerts, update your Billing preferences.
""",
        items=[item(QUOTA, "AWS", "551203847716", "default", aliases=["AWS account 551203847716"])],
        note="no date to act by; 11/14/2026 is the as-of date",
    )
)

MAILS.append(
    Mail(
        name="quota_aws_lightsail_transfer_html",
        category="positive",
        lang="en",
        sender=("Amazon Lightsail", "no-reply@notifications.lightsail.aws"),
        subject="Lightsail alarm: shop-web-1 NetworkOut is at 90% of the monthly allowance",
        date="2026-11-18 02:31 +0000",
        form="html",
        html="""<html><body style="font-family:Arial;font-size:14px;color:#232f3e">
<h3 style="color:#ec7211">Amazon Lightsail notification</h3>
<p>The metric alarm you configured for your Lightsail instance has entered the <b>ALARM</b> state.</p>
<table cellpadding="5" style="border-collapse:collapse" border="1">
<tr><td>Instance</td><td>shop-web-1 (us-west-2a)</td></tr>
<tr><td>Metric</td><td>Data transfer out (NetworkOut)</td></tr>
<tr><td>Used this month</td><td>2.7 TB of 3 TB included</td></tr>
<tr><td>State changed</td><td>2026-11-18 02:30 UTC</td></tr></table>
<p>Data transfer above the instance plan's monthly allowance is charged per GB. Consider upgrading the
instance plan or putting a CDN distribution in front of it.</p>
<p>AWS account: 551203847716</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
You are receiving this because shop-web-1 has notification contacts set.</p></body></html>
""",
        items=[item(QUOTA, "AWS", "shop-web-1", "default", aliases=["Lightsail instance shop-web-1"])],
        note="alarm state-change time is not a deadline",
    )
)

MAILS.append(
    Mail(
        name="quota_vercel_hobby_75_html",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your team ridgeline-web has used 75% of its Fast Data Transfer",
        date="2026-11-16 21:40 +0000",
        form="html",
        cte="quoted-printable",
        html=f"""<html><body style="background:#fff;font-family:-apple-system,Inter,Helvetica,sans-serif;margin:0">
{pre("You are approaching your Hobby plan limits.")}
<table width="100%"><tr><td align="center"><table width="465" style="border:1px solid #eaeaea;padding:20px">
<tr><td><img src="https://assets.vercel.com/image/upload/front/email/vercel.png" width="40" alt="Vercel"></td></tr>
<tr><td><h1 style="font-size:24px;font-weight:normal">Usage notification for <b>ridgeline-web</b></h1>
<p style="font-size:14px;line-height:24px">Hello Sam,</p>
<p style="font-size:14px;line-height:24px">Your Hobby team <b>ridgeline-web</b> has used <b>75%</b> of the
included Fast Data Transfer (75 GB of 100 GB) in the current usage window.</p>
<p style="font-size:14px;line-height:24px">If your team reaches 100% of an included limit on the Hobby plan,
your projects will be paused until the usage window resets. Upgrade to Pro to keep projects online.</p>
<p><a href="https://vercel.com/ridgeline-web/~/usage" style="background:#000;color:#fff;padding:12px 20px;
text-decoration:none;border-radius:5px">View usage</a></p>
<hr style="border:none;border-top:1px solid #eaeaea">
<p style="font-size:12px;color:#666">This email was intended for sam@ridgeline-supply.com. Vercel Inc.,
440 N Barranca Ave #4133, Covina, CA 91723</p></td></tr></table></td></tr></table>
{pixel("email.vercel.com", "vc75a")}</body></html>
""",
        items=[item(QUOTA, "Vercel", "ridgeline-web", "default")],
    )
)

MAILS.append(
    Mail(
        name="quota_netlify_bandwidth_plain",
        category="positive",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        subject="Your team is approaching its bandwidth limit",
        date="2026-11-21 15:17 +0000",
        text="""Hi there,

Your team "Ridgeline Supply" has used 92 GB of the 100 GB of bandwidth included in the Starter plan
for the current billing period (Nov 9 - Dec 8).

What happens next: if your team exceeds the included bandwidth, sites on the team will be suspended
until the next billing period unless you upgrade, or additional bandwidth will be added automatically
if you have enabled auto-upgrade.

Review usage: https://app.netlify.com/teams/ridgeline-supply/billing/usage

Happy building,
The Netlify Team

Netlify, 512 2nd Street, Suite 200, San Francisco, CA 94107
""",
        items=[item(QUOTA, "Netlify", "Ridgeline Supply", "default", aliases=["ridgeline-supply"])],
        note="billing period end (Dec 8) is when the counter resets, not a deadline to act by",
    )
)

MAILS.append(
    Mail(
        name="quota_github_actions_90_plain",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] You've used 90% of included services for the ridgeline-supply account",
        date="2026-11-19 04:12 +0000",
        text="""You've used 90% of included services for GitHub Actions

Hi @ridgeline-supply,

You've used 90% of included services for GitHub Actions for the ridgeline-supply organization.

  Included minutes: 3,000
  Minutes used:     2,712

Your current billing cycle ends on Dec 1, 2026. To avoid workflows being blocked once the included minutes
run out, review your budgets and spending limits or set up a payment method.

Manage spending: https://github.com/organizations/ridgeline-supply/settings/billing

---
You're receiving this email because you are a billing manager for ridgeline-supply.
GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
        items=[item(QUOTA, "GitHub", "ridgeline-supply", "default")],
        note="billing cycle end is a reset date, not the action deadline",
    )
)

MAILS.append(
    Mail(
        name="quota_github_lfs_disabled_alt",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] Git LFS disabled for ridgeline-supply",
        date="2026-11-22 08:40 +0000",
        form="alt",
        text="""Git LFS has been disabled on the ridgeline-supply organization because it exceeded its data quota.

Storage: 10.4 GB used of 10 GB
Bandwidth: 6.1 GB used of 10 GB

Pushes of LFS objects will fail until more data packs are purchased or storage is reduced.
https://github.com/organizations/ridgeline-supply/settings/billing
""",
        html="""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial;font-size:14px;color:#24292f">
<div style="max-width:544px;margin:0 auto;padding:16px">
<img src="https://github.githubassets.com/images/email/global/octocat-logo.png" width="32" alt="GitHub">
<h2 style="font-weight:300">Git LFS has been disabled</h2>
<p>We've disabled Git Large File Storage for <strong>ridgeline-supply</strong> because the organization has used
all of its included storage (10 GB) and has no budget for additional usage.</p>
<p>Clones will still download LFS pointers, but uploading new large files is blocked. Purchase a data pack
or remove large files to restore access.</p>
<p style="font-size:12px;color:#57606a">GitHub, Inc. &#x2022; 88 Colin P Kelly Jr Street &#x2022; San Francisco,
CA 94107</p></div></body></html>
""",
        items=[item(QUOTA, "GitHub", "ridgeline-supply", "default")],
        note="quota exceeded, service already disabled; text and HTML parts differ in wording",
    )
)

MAILS.append(
    Mail(
        name="quota_workspace_storage_html",
        category="positive",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="Your organization is almost out of storage",
        date="2026-11-13 17:26 -0800",
        form="html",
        html="""<html><body style="margin:0;background:#f8f9fa">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="520" cellpadding="24" style="background:#fff;border:1px solid #dadce0;border-radius:8px;
font-family:Google Sans,Roboto,Arial;font-size:14px;color:#3c4043">
<tr><td><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" alt="Google"
 width="74"><br><br>
<span style="font-size:22px">ridgeline-supply.com is almost out of storage</span><br><br>
Hello Administrator,<br><br>
Your organization has used 96% of its pooled storage (1.92 TB of 2 TB). When storage is full, users in
your organization won&#39;t be able to upload files to Drive, and Gmail messages sent to them will bounce.<br><br>
To get more storage, add licenses or buy a storage add-on in the Admin console.<br><br>
<a href="https://admin.google.com/ac/storage" style="color:#1a73e8">Go to Admin console</a></td></tr>
<tr><td style="font-size:11px;color:#5f6368">You have received this mandatory service announcement to update you
about important changes to your Google Workspace account.<br>
&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr></table>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Google Workspace", "ridgeline-supply.com", "default")],
    )
)

MAILS.append(
    Mail(
        name="quota_heroku_rows_7days_plain",
        category="positive",
        lang="en",
        sender=("Heroku", "noreply@heroku.com"),
        subject="Action required: ridgeline-orders database is over its row limit",
        date="2026-11-18 06:03 +0000",
        text="""Hi,

The database HEROKU_POSTGRESQL_AMBER on app ridgeline-orders contains 10,084,221 rows, exceeding the
Essential-0 plan limit of 10,000,000. INSERT privileges to the database will be automatically revoked in
7 days. This will cause service failures in most applications dependent on this database.

To avoid this, either:
  * upgrade the database to a larger plan:  heroku addons:upgrade HEROKU_POSTGRESQL_AMBER --app ridgeline-orders
  * or delete rows so the database complies with the plan limit.

INSERT privileges are automatically reinstated once the database is back within its limit.

Thanks,
Heroku

Heroku is a Salesforce company. 415 Mission Street, Suite 300, San Francisco, CA 94105
""",
        items=[item(QUOTA, "Heroku", "ridgeline-orders", "2026-11-25", aliases=["HEROKU_POSTGRESQL_AMBER"])],
        note="'in 7 days' from the mail date 2026-11-18 -> 2026-11-25",
    )
)

MAILS.append(
    Mail(
        name="quota_digitalocean_disk_plain",
        category="positive",
        lang="en",
        sender=("DigitalOcean", "no-reply@digitalocean.com"),
        subject="[Alert] Disk Utilization is above 90% on droplet web-02",
        date="2026-11-21 11:49 +0000",
        text="""DigitalOcean Monitoring

Your alert policy "Disk usage high" was triggered.

  Droplet:   web-02 (nyc3, 1 vCPU / 2 GB / 50 GB)
  Metric:    Disk Utilization
  Condition: above 90% for 5 minutes
  Current:   93.4%

When the disk is full, the applications on this Droplet will fail to write data. Free up space, attach a
Volume, or resize the Droplet.

View graph: https://cloud.digitalocean.com/droplets/382917455/graphs

DigitalOcean, LLC. 105 Edgeview Dr, Suite 425, Broomfield, CO 80021
Manage alert policies: https://cloud.digitalocean.com/monitors
""",
        items=[item(QUOTA, "DigitalOcean", "web-02", "default")],
    )
)

MAILS.append(
    Mail(
        name="quota_supabase_dbsize_html",
        category="positive",
        lang="en",
        sender=("Supabase", "noreply@supabase.com"),
        subject="Your project ridgeline-prod has exceeded the Free Plan database size",
        date="2026-11-08 09:00 +0000",
        form="html",
        html="""<html><body style="background:#1c1c1c;margin:0"><div style="max-width:560px;margin:0 auto;padding:32px;
background:#fff;font-family:Inter,Helvetica,Arial;font-size:14px;line-height:22px;color:#1c1c1c">
<p><img src="https://supabase.com/images/logo-light.png" width="120" alt="Supabase"></p>
<p>Hi there,</p>
<p>Your project <b>ridgeline-prod</b> (ref <code>qhxwzbtrlmn</code>) in organization Ridgeline has exceeded the
database size included in the Free Plan: <b>612 MB</b> used of 500 MB.</p>
<p>We have started a grace period that ends on <b>2026-12-08</b>. If usage is still above the quota after the
grace period, the database will be put into read-only mode.</p>
<p>To stay within limits, delete unused data or upgrade the organization to the Pro Plan.</p>
<p><a href="https://supabase.com/dashboard/org/ridgeline/usage">View usage</a></p>
<p style="font-size:12px;color:#707070">Supabase Inc, 970 Toa Payoh North #07-04, Singapore 318992</p>
</div></body></html>
""",
        items=[item(QUOTA, "Supabase", "ridgeline-prod", "2026-12-08", aliases=["qhxwzbtrlmn"])],
    )
)

MAILS.append(
    Mail(
        name="quota_firebase_spark_plain",
        category="positive",
        lang="en",
        sender=("Firebase", "firebase-noreply@google.com"),
        subject="[Firebase] Your project ridgeline-app is approaching its Spark plan storage limit",
        date="2026-11-10 23:18 -0800",
        text="""Hello,

Your Firebase project ridgeline-app (ridgeline-app-7f21c) has used 4.6 GB of the 5 GB Cloud Storage
included with the Spark plan.

Once the limit is reached, uploads to your default bucket will fail until storage is freed or the
project is upgraded to the Blaze (pay as you go) plan.

Go to the Firebase console: https://console.firebase.google.com/project/ridgeline-app-7f21c/usage

The Firebase Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this mandatory email service announcement to update you about important changes to your
Firebase project.
""",
        items=[item(QUOTA, "Firebase", "ridgeline-app", "default", aliases=["ridgeline-app-7f21c"])],
    )
)

MAILS.append(
    Mail(
        name="quota_workspace_ko_b64",
        category="positive",
        lang="ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="haneultea.co.kr 조직의 저장용량이 부족합니다",
        date="2026-11-17 08:05 +0900",
        cte="base64",
        text="""관리자님, 안녕하세요.

haneultea.co.kr 조직이 공유 저장용량의 95%(285GB/300GB)를 사용했습니다.

저장용량이 가득 차면 조직의 사용자가 Drive에 파일을 업로드할 수 없고, 사용자에게 전송된 Gmail 메일이
반송됩니다. 관리 콘솔에서 라이선스를 추가하거나 저장용량 부가기능을 구매하세요.

관리 콘솔로 이동: https://admin.google.com/ac/storage

이 필수 서비스 공지는 Google Workspace 계정의 중요한 변경사항을 알려드리기 위해 발송되었습니다.
© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
        to="admin@haneultea.co.kr",
        items=[item(QUOTA, "Google Workspace", "haneultea.co.kr", "default")],
    )
)

# follow-up that moves a deadline (Supabase extends the grace period)
MAILS.append(
    Mail(
        name="followup_supabase_grace_extended_plain",
        category="followup",
        lang="en",
        sender=("Supabase", "noreply@supabase.com"),
        subject="Update: grace period for ridgeline-prod extended",
        date="2026-11-20 10:30 +0000",
        text="""Hi there,

Following up on our earlier email about project ridgeline-prod exceeding the Free Plan database size.

Because of a billing-page issue on our side, we have extended your grace period. It now ends on
2026-12-22 (previously 2026-12-08). After the new date, if the database is still over 500 MB, it will be
put into read-only mode.

Current database size: 630 MB.

The Supabase Team
Supabase Inc, 970 Toa Payoh North #07-04, Singapore 318992
""",
        items=[item(QUOTA, "Supabase", "ridgeline-prod", "2026-12-22")],
        note="follow-up: new date 2026-12-22; the old 2026-12-08 is a distractor",
    )
)

# resolution: Vercel team upgraded to Pro
MAILS.append(
    Mail(
        name="resolved_vercel_pro_upgrade_plain",
        category="resolution",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="ridgeline-web is now on the Pro plan",
        date="2026-11-19 18:02 +0000",
        text="""Hi Sam,

Your team ridgeline-web has been upgraded to the Pro plan. Your projects now have the Pro plan's included
usage (1 TB Fast Data Transfer), and usage beyond it is billed on demand, so projects will no longer be
paused when an included limit is reached.

Next invoice: Dec 19, 2026

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
""",
        items=[item(QUOTA, "Vercel", "ridgeline-web", None, resolves=True)],
        note="plan upgraded: closes the ridgeline-web quota item; invoice date not scored",
    )
)
