# ruff: noqa: E501  (mail bodies keep the long HTML lines real bulk mailers write)
"""holdout11: hosting-quota warnings and social-login deprecation notices, single targets and one digest."""

from __future__ import annotations

from corpus_lib import QUOTA, SOCIAL, item
from h11_lib import kd, kdot, mail, pixel, wd

vercel_usage = mail(
    name="quota_vercel_team_usage_en",
    category="positive",
    lang="en",
    sender=("Vercel", "notifications@vercel.com"),
    subject="Your team larkspur-labs has used 90% of its included Fast Data Transfer",
    date="2026-11-17 19:22 +0000",
    cte="8bit",
    text="""Hi Larkspur Labs,

Your team larkspur-labs on the Hobby plan has used 90% of the included usage for the current billing
period (Nov 1 - Nov 30).

  Fast Data Transfer        90.4 GB / 100 GB (90.4%)
  Edge Requests             612K / 1M (61.2%)
  Function Invocations      188K / 1M (18.8%)
  Image Optimization        2,110 / 5,000 (42.2%)

Once a Hobby team reaches 100% of an included limit, the projects of the team are paused until
usage resets, and visitors will see a 402 error. To keep your deployments online, upgrade to Pro or
reduce usage.

View usage: https://vercel.com/larkspur-labs/~/usage
Upgrade: https://vercel.com/larkspur-labs/~/settings/billing

- The Vercel Team

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
You are receiving this email because you are an owner of the team larkspur-labs.
""",
    items=[item(QUOTA, "Vercel", "larkspur-labs", "default", aliases=["Larkspur Labs"])],
    note="no date given; billing-period dates are distractors",
)

netlify_exceeded = mail(
    name="quota_netlify_bandwidth_alt_en",
    category="positive",
    lang="en",
    sender=("Netlify", "team@netlify.com"),
    subject="You've exceeded your bandwidth usage on larkspur-docs",
    date="2026-11-19 02:48 +0000",
    form="alt",
    cte="quoted-printable",
    text="""You've exceeded your usage

Your bandwidth usage on your project (larkspur-docs) has reached 104% of the current allowance in your
billing cycle from November 4 to December 3.

Extra packs of bandwidth will be added to your account at $55 per 100GB for the current billing cycle.
Alternatively, you can increase your bandwidth allowance by upgrading your team (Larkspur Labs) to Pro.

Check usage details: https://app.netlify.com/teams/larkspur-labs/usage

All usage and allowances reset at the end of the billing cycle.

Netlify, 101 2nd Street, San Francisco, CA 94105
""",
    html="""<html><body style="background:#f6f6f7;font-family:-apple-system,Segoe UI,Roboto,sans-serif">
<table width="100%"><tr><td align="center"><table width="560" style="background:#fff;border-radius:8px;padding:32px">
<tr><td><img src="https://www.netlify.com/img/press/logos/logomark.png" width="40" alt="Netlify"></td></tr>
<tr><td><h1 style="font-size:22px">You&rsquo;ve exceeded your usage</h1>
<p>Your bandwidth usage on your project (<b>larkspur-docs</b>) has reached <b>104%</b> of the current allowance in your
billing cycle from November&nbsp;4 to December&nbsp;3.</p>
<p>Extra packs of bandwidth will be added to your account at $55 per 100GB for the current billing cycle.</p>
<p><a href="https://app.netlify.com/teams/larkspur-labs/usage" style="background:#00ad9f;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Check usage details</a></p>
<p style="color:#777;font-size:12px">All usage and allowances reset at the end of the billing cycle.</p></td></tr>
</table></td></tr></table>"""
    + pixel("netlify")
    + "</body></html>",
    items=[item(QUOTA, "Netlify", "larkspur-docs", "default")],
    note="quota exceeded, no deadline; cycle start/end are distractors",
)

github_actions = mail(
    name="quota_github_actions_org_en",
    category="positive",
    lang="en",
    sender=("GitHub", "noreply@github.com"),
    subject="[GitHub] You've used 90% of included services for GitHub Actions",
    date="2026-11-11 15:37 +0000",
    cte="7bit",
    text="""Hi @larkspur-labs,

You've used 90% of included services for GitHub Actions in the larkspur-labs organization.

  Included minutes used: 2,700 of 3,000 (Linux-equivalent)
  Spending limit for Actions: $0.00

Because your spending limit is $0, workflows will not be able to run once the included minutes are
used up, until your monthly usage resets on December 1. To avoid interruption, increase your
spending limit or add a budget:
https://github.com/organizations/larkspur-labs/settings/billing/budgets

Learn more about billing for GitHub Actions:
https://docs.github.com/billing/managing-billing-for-github-actions

Thanks,
The GitHub Team

---
You're receiving this email because you are a billing manager of larkspur-labs.
GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""",
    items=[item(QUOTA, "GitHub", "larkspur-labs", "default")],
    note="no deadline; the usage reset date (December 1) is when it clears by itself, not a deadline",
)

workspace_storage = mail(
    name="quota_workspace_pooled_storage_html",
    category="positive",
    lang="en",
    sender=("Google Workspace", "workspace-noreply@google.com"),
    subject="Your organization is running out of storage",
    date="2026-10-27 18:00 +0000",
    form="html",
    cte="quoted-printable",
    html="""<html><body style="margin:0;background:#f1f3f4">
<div style="display:none;font-size:1px">larkspur.io has used 95% of its pooled storage</div>
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Google Sans',Roboto,Arial,sans-serif">
<tr><td style="padding:24px 40px"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" alt="Google" width="74"></td></tr>
<tr><td style="padding:0 40px;font-size:22px;color:#202124">Your organization is running out of storage</td></tr>
<tr><td style="padding:16px 40px;font-size:14px;color:#3c4043;line-height:20px">
Hello Administrator,<br><br>
Your organization <b>larkspur.io</b> has used <b>95%</b> (1.90 TB of 2 TB) of its pooled Google Workspace storage.<br><br>
When your organization runs out of storage, users won&#39;t be able to upload files to Drive, and Gmail
messages sent to your users will bounce. To avoid disruption, free up space or purchase additional storage.</td></tr>
<tr><td style="padding:8px 40px 32px"><a href="https://admin.google.com/ac/storage" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Manage storage</a></td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#5f6368;border-top:1px solid #dadce0">
&#169; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>
You have received this mandatory service announcement to update you about important changes to your Google Workspace account.</td></tr>
</table></body></html>""",
    items=[item(QUOTA, "Google Workspace", "larkspur.io", "default")],
    note="HTML-only pooled-storage warning, no date",
)

heroku_rows = mail(
    name="quota_heroku_rows_within7_en",
    category="positive",
    lang="en",
    sender=("Heroku", "noreply@heroku.com"),
    subject="Action required: database on larkspur-api over row limit",
    date="2026-11-13 08:05 +0000",
    cte="8bit",
    text="""Hi,

The Heroku Postgres Essential-0 database postgresql-curved-41877 (DATABASE_URL) attached to the app
larkspur-api has exceeded its plan's row limit:

  Row count:  11,842
  Row limit:  10,000

If the row count is not brought below the limit, or the database upgraded to a larger plan, within
7 days, INSERT privileges will be revoked and your app will only be able to read, update and delete.

To upgrade, see https://devcenter.heroku.com/articles/updating-heroku-postgres-databases

- Heroku

Heroku, a Salesforce company. 415 Mission Street, San Francisco, CA 94105
""",
    items=[item(QUOTA, "Heroku", "larkspur-api", "2026-11-20", aliases=["postgresql-curved-41877"])],
    note="'within 7 days' from the mail's date 2026-11-13; already past on the evaluation date",
)

render_suspend = mail(
    name="quota_render_bandwidth_suspend_en",
    category="positive",
    lang="en",
    sender=("Render", "no-reply@render.com"),
    subject="Your workspace has used its included bandwidth",
    date="2026-10-20 21:40 +0000",
    cte="quoted-printable",
    text=f"""Hello from Render,

Your workspace "Larkspur Labs" (tea-cq81m2lds78s73a0e1pg) has used 100% of the outbound bandwidth included
with its plan for October.

Most of the traffic came from the web service larkspur-webhooks (srv-cr1f0h5ds78s73b9k2ag).

To keep your services running, add a payment method and upgrade to a paid workspace plan by
{wd(2026, 10, 30)}, October 30, 2026. Free services that exceed their bandwidth after that date will be
suspended until the start of the next month.

Manage billing: https://dashboard.render.com/billing

Questions? Reply to this email or visit https://community.render.com.

- The Render team
Render Services, Inc. | 525 Brannan St, San Francisco, CA 94107
""",
    items=[
        item(
            QUOTA,
            "Render",
            "Larkspur Labs",
            "2026-10-30",
            aliases=["tea-cq81m2lds78s73a0e1pg", "larkspur-webhooks"],
        )
    ],
    note="suspension deadline stated as weekday + date; now past",
)

aws_free_tier = mail(
    name="quota_aws_free_tier_account_en",
    category="positive",
    lang="en",
    sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
    subject="AWS Free Tier limit alert",
    date="2026-11-08 04:12 +0000",
    cte="7bit",
    text="""Hello,

Your AWS account 4821-0973-1156 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of November.

Product                AWS Free Tier Usage as of 11/08/2026    Usage Limit
Amazon S3              4.3 GB-Mo                               5 GB-Mo
AWS Lambda             362,100 Requests                        400,000 Requests

To learn more about your AWS Free Tier usage, visit the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/freetier

Usage above the Free Tier limits is charged at standard rates.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North,
Seattle, WA 98109. AWS will not be bound by, and specifically objects to, any term, condition or other
provision which is different from or in addition to the provisions of the AWS Customer Agreement.
""",
    items=[item(QUOTA, "AWS", "4821-0973-1156", "default", aliases=["482109731156"])],
    note="account number as target; 'as of' date is a distractor",
)

cf_workers = mail(
    name="quota_cloudflare_workers_html_en",
    category="positive",
    lang="en",
    sender=("Cloudflare", "noreply@notify.cloudflare.com"),
    subject="Workers daily request limit reached for Larkspur Labs",
    date="2026-11-22 00:07 +0000",
    form="html",
    cte="8bit",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:600px;margin:auto;border-top:4px solid #f38020;padding:24px">
<p>Hello,</p>
<p>The account <strong>Larkspur Labs</strong> (7c4e1f09a2b84d6e9f3301aa5b2c8d17) has reached <strong>100%</strong>
of the daily request limit for Workers on the Free plan (100,000 requests per day).</p>
<p>Until the limit resets at 00:00 UTC, requests to your Workers routes, such as
<code>api-edge.larkspur.io/*</code>, will fail with error 1027, or will bypass the Worker if you configured
&ldquo;fail open&rdquo;.</p>
<p>To remove the daily limit, upgrade to the Workers Paid plan:
<a href="https://dash.cloudflare.com/7c4e1f09a2b84d6e9f3301aa5b2c8d17/workers/plans">Workers plans</a>.</p>
<p style="font-size:12px;color:#666">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107<br>
You are receiving this notification because you are a Super Administrator of this account.</p>
</div></body></html>""",
    items=[item(QUOTA, "Cloudflare", "Larkspur Labs", "default", aliases=["7c4e1f09a2b84d6e9f3301aa5b2c8d17"])],
    note="limit reached; the daily reset is no deadline",
)

cafe24_traffic = mail(
    name="quota_cafe24_traffic_euckr_qp",
    category="positive",
    lang="ko",
    sender=("카페24 호스팅센터", "hosting@cafe24.com"),
    subject="[카페24] 웹호스팅 트래픽 초과 예정 안내 (larkspurkr)",
    date="2026-11-16 11:20 +0900",
    charset="euc-kr",
    cte="quoted-printable",
    text=f"""안녕하세요. 카페24 호스팅센터입니다.

고객님께서 사용 중인 웹호스팅의 일일 트래픽 사용량이 제공량의 90%를 넘었습니다.

  - 아이디 : larkspurkr
  - 상품명 : 10G 광아우토반 Basic
  - 트래픽 사용량 : 1.82GB / 2GB (91%)
  - 측정 일시 : {kd(2026, 11, 16)} 오전 11시

제공량을 모두 사용하면 당일 자정까지 홈페이지 접속이 제한됩니다.
트래픽 추가 또는 상품 변경은 나의서비스관리 > 트래픽 관리에서 신청하실 수 있습니다.
https://hosting.cafe24.com/?controller=myservice_traffic

※ 본 메일은 발신전용 메일입니다.
Copyright (c) Cafe24 Corp. All Rights Reserved.
""",
    items=[item(QUOTA, "Cafe24", "larkspurkr", "default")],
    note="traffic warning without a deadline; 측정 일시 is a distractor",
)


hiworks_mailbox = mail(
    name="quota_hiworks_mailbox_ksc_b64",
    category="positive",
    lang="ko",
    sender=("하이웍스", "noreply@hiworks.com"),
    subject="[하이웍스] 메일 계정 용량 사용량 안내",
    date="2026-11-05 08:30 +0900",
    charset="ks_c_5601-1987",
    cte="base64",
    text=f"""라크스퍼코리아 관리자님, 안녕하세요.
하이웍스입니다.

아래 메일 계정의 사용량이 할당된 용량의 95%를 넘었습니다.

  계정 : ops@larkspur.co.kr
  사용량 : 9.52GB / 10GB
  확인 시각 : {kd(2026, 11, 5)} 오전 8:00

용량이 가득 차면 새 메일을 받을 수 없으며, 보낸 사람에게는 반송 메일이 전달됩니다.
오래된 메일을 정리하시거나 관리자 페이지에서 계정 용량을 추가해 주세요.

관리자 페이지 : https://office.hiworks.com/larkspur.co.kr/admin
고객센터 1644-5538 (평일 09:00~18:00)

(주)가비아 하이웍스 | 경기도 성남시 분당구 대왕판교로 660
""",
    items=[item(QUOTA, "Hiworks", "ops@larkspur.co.kr", "default", aliases=["larkspur.co.kr"])],
    note="mailbox quota, cp949 under the ks_c_5601-1987 label; check time is a distractor",
)

# --- social-login ---------------------------------------------------------------------------------

google_oauth = mail(
    name="social_google_oauth_verification_en",
    category="positive",
    lang="en",
    sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
    subject="[Action Required] Complete verification for OAuth clients in project larkspur-prod-4411",
    date="2026-10-14 16:30 +0000",
    form="alt",
    cte="base64",
    text="""Hello Google Cloud Customer,

We're writing to let you know that your project larkspur-prod-4411 (project number 771920364518) has an
OAuth consent screen, "Larkspur", that requests sensitive scopes but has not completed OAuth app verification.

What you need to do
Submit your app for verification, or remove the unverified scopes from your OAuth clients, by
January 12, 2027.

What happens if you don't take action
After January 12, 2027, users who sign in with Google to Larkspur will see the unverified app screen, and
new users will be blocked from granting the sensitive scopes. Existing sign-ins are not affected until then.

Affected OAuth client IDs:
  771920364518-5q0h3kn2v8c7k0.apps.googleusercontent.com (Web client)

Go to the OAuth consent screen: https://console.cloud.google.com/apis/credentials/consent?project=larkspur-prod-4411

Thanks for choosing Google Cloud.
- The Google Cloud Team

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google Cloud
or your account.
""",
    html="""<html><body><table width="600" align="center" style="font-family:Roboto,Arial;font-size:14px;color:#202124">
<tr><td style="padding:24px 0"><img src="https://www.gstatic.com/cloud/images/icons/google_cloud_logo.png" height="28" alt="Google Cloud"></td></tr>
<tr><td>Hello Google Cloud Customer,<br><br>Your project <b>larkspur-prod-4411</b> has an OAuth consent screen,
&quot;Larkspur&quot;, that requests sensitive scopes but has not completed OAuth app verification.</td></tr>
<tr><td style="padding-top:16px"><b>What you need to do</b><br>Submit your app for verification, or remove the unverified
scopes, by <b>January 12, 2027</b>.</td></tr>
<tr><td style="padding-top:16px"><b>What happens if you don&#39;t take action</b><br>After January 12, 2027, users who sign
in with Google to Larkspur will see the unverified app screen.</td></tr>
<tr><td style="padding:24px 0;font-size:11px;color:#5f6368">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table></body></html>""",
    items=[
        item(
            SOCIAL,
            "Google",
            "Larkspur",
            "2027-01-12",
            aliases=["larkspur-prod-4411", "771920364518-5q0h3kn2v8c7k0.apps.googleusercontent.com"],
        )
    ],
    note="Google Sign-In consent/verification with a date; alternatives differ in length (html shorter)",
)

google_gis_ko = mail(
    name="social_google_gis_ko_b64",
    category="positive",
    lang="ko",
    sender=("Google Developers", "googledev-noreply@google.com"),
    subject="[조치 필요] Google 로그인 JavaScript 플랫폼 라이브러리 지원 중단 안내",
    date="2026-09-22 02:00 +0000",
    cte="base64",
    text="""안녕하세요. 개발자님,

프로젝트 larkspur-kr-app 에서 지원 중단된 Google 로그인 JavaScript 플랫폼 라이브러리(gapi.auth2)를
계속 사용하고 있는 것으로 확인되어 안내드립니다.

해당 라이브러리는 2027년 3월 31일부터 완전히 작동을 멈추며, 그 이후에는 이 클라이언트로 Google 계정 로그인이
불가능합니다. 그 전에 Google ID 서비스(Google Identity Services) 라이브러리로 이전해 주세요.

영향을 받는 OAuth 클라이언트 ID
 - 55102938471-kr8d0b1aq2lm.apps.googleusercontent.com

이전 가이드: https://developers.google.com/identity/gsi/web/guides/migration

감사합니다.
Google 개발자 팀

© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
이 이메일은 귀하의 Google Cloud 프로젝트에 영향을 미치는 중요한 변경사항을 알리기 위해 발송되었습니다.
""",
    items=[
        item(
            SOCIAL,
            "Google",
            "larkspur-kr-app",
            "2027-03-31",
            aliases=["55102938471-kr8d0b1aq2lm.apps.googleusercontent.com", "gapi.auth2"],
        )
    ],
    note="Korean-language Google mail; project named",
)

apple_siwa_ko = mail(
    name="social_apple_siwa_ko_alt",
    category="positive",
    lang="ko",
    sender=("Apple Developer", "developer@insideapple.apple.com"),
    subject="Apple로 로그인: 서버 간 알림 엔드포인트 등록 필요",
    date="2026-10-06 01:00 +0000",
    form="alt",
    cte="quoted-printable",
    text=f"""안녕하세요, Larkspur Labs Ltd 님.

Apple로 로그인을 사용하는 앱은 사용자가 계정 연결을 해제하거나 이메일 전달 설정을 변경할 때 이를 수신할 수 있도록
서버 간 알림 엔드포인트를 등록해야 합니다.

팀 ID: 8XK2Q4L7MZ
앱: Larkspur (번들 ID io.larkspur.app)

{kd(2027, 1, 20)}까지 Certificates, Identifiers & Profiles에서 해당 App ID의 Apple로 로그인 구성에 엔드포인트를
등록하지 않으면, 이후 이 앱의 신규 사용자는 Apple로 로그인을 사용할 수 없습니다.

자세한 내용: https://developer.apple.com/kr/news/

Apple Developer Program
Copyright © 2026 Apple Inc. 모든 권리 보유. One Apple Park Way, Cupertino, CA 95014.
""",
    html=f"""<html><body style="font-family:-apple-system,'Apple SD Gothic Neo',sans-serif;font-size:15px;color:#1d1d1f">
<table width="600" align="center"><tr><td style="padding:30px 0;text-align:center"><img src="https://developer.apple.com/assets/elements/icons/brandmark.png" width="40" alt=""></td></tr>
<tr><td><h2 style="font-weight:600">Apple로 로그인 서버 간 알림 엔드포인트를 등록하세요</h2>
<p>팀 ID 8XK2Q4L7MZ &middot; 앱 <b>Larkspur</b> (io.larkspur.app)</p>
<p><b>{kd(2027, 1, 20)}</b>까지 엔드포인트를 등록하지 않으면 신규 사용자가 Apple로 로그인을 사용할 수 없습니다.</p>
<p><a href="https://developer.apple.com/account/resources/identifiers/list">Certificates, Identifiers &amp; Profiles로 이동</a></p>
<p style="font-size:11px;color:#86868b">Copyright &copy; 2026 Apple Inc. 모든 권리 보유.</p></td></tr></table></body></html>""",
    items=[item(SOCIAL, "Apple", "Larkspur", "2027-01-20", aliases=["io.larkspur.app"])],
    note="Sign in with Apple requirement by a Korean date with weekday",
)

meta_on_or_after = mail(
    name="social_meta_graph_on_or_after_en",
    category="positive",
    lang="en",
    sender=("Meta for Developers", "notification@facebookmail.com"),
    subject="Larkspur Pages Sync is calling Graph API v21.0, which will soon be unavailable",
    date="2026-10-21 20:14 +0000",
    form="html",
    cte="quoted-printable",
    html="""<html><body style="margin:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1c1e21">
<tr><td style="padding:20px;border-bottom:1px solid #e5e5e5"><img src="https://static.xx.fbcdn.net/rsrc.php/meta-logo.png" height="20" alt="Meta"></td></tr>
<tr><td style="padding:20px">Hi Dana,<br><br>
Your app <b>Larkspur Pages Sync</b> (App ID: 1498270365512034) made calls to <b>Graph API v21.0</b> in the last 30 days.<br><br>
On or after <b>January 21, 2027</b>, v21.0 will no longer be available. Calls made to v21.0 after that date will
automatically be upgraded to the oldest available version, which may break your integration.<br><br>
Use the API Upgrade Tool to see which changes affect your app, then update your calls to v24.0 or later.</td></tr>
<tr><td style="padding:0 20px 20px"><a href="https://developers.facebook.com/tools/api_versioning/1498270365512034/" style="background:#1877f2;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">Open API Upgrade Tool</a></td></tr>
<tr><td style="padding:20px;font-size:12px;color:#8a8d91;border-top:1px solid #e5e5e5">This message was sent to ops@larkspur.io.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></td></tr></table></body></html>""",
    items=[item(SOCIAL, "Meta", "Larkspur Pages Sync", "2027-01-21", aliases=["1498270365512034"])],
    note="'On or after' date; HTML-only",
)

line_login = mail(
    name="social_line_login_v2_en",
    category="positive",
    lang="en",
    sender=("LINE Developers", "dev-notice@line.me"),
    subject="[LINE Developers] Important: End of support for LINE Login v2.0",
    date="2026-09-16 10:00 +0900",
    cte="8bit",
    text="""Dear LINE Developers user,

Thank you for using LINE Developers.

Our records show that the following LINE Login channel is still calling LINE Login v2.0 endpoints:

  Provider: Larkspur Korea
  Channel name: Larkspur KR Login
  Channel ID: 2006518841

LINE Login v2.0 will be discontinued on 2026/12/16 (Wed) 11:00 (JST). After this date, authorization
requests to v2.0 endpoints will return an error and users will be unable to log in with LINE.
Please migrate to LINE Login v2.1 before the end of support.

Migration guide: https://developers.line.biz/en/docs/line-login/migrate-to-v2-1/

We apologize for any inconvenience and appreciate your understanding.

LY Corporation
This email was sent to the email address registered with your LINE Developers account.
""",
    items=[item(SOCIAL, "LINE", "Larkspur KR Login", "2026-12-16", aliases=["2006518841", "LINE Login v2.0"])],
    note="slash date with weekday and JST time",
)

kakao_phases = mail(
    name="social_kakao_phases_alt_ko",
    category="positive",
    lang="ko",
    sender=("카카오디벨로퍼스", "noreply-developers@kakaocorp.com"),
    subject="[카카오디벨로퍼스] 카카오 로그인 구버전 SDK 지원 종료 안내",
    date="2026-11-09 15:00 +0900",
    form="alt",
    cte="quoted-printable",
    text=f"""안녕하세요, 카카오입니다.

운영 중인 앱에서 지원 종료 예정인 카카오 로그인 구버전 JavaScript SDK(v1)가 호출되고 있어 안내드립니다.

■ 대상 앱
 - 앱 이름: 라크스퍼
 - 앱 ID: 1043387

■ 지원 종료 일정
 - 1차: {kd(2026, 12, 9)} - 신규 로그인 요청 차단
 - 2차: {kd(2027, 3, 10)} - 토큰 갱신 및 모든 API 호출 차단

지원 종료 이후에는 해당 SDK로 카카오 로그인을 할 수 없으니, 1차 일정 전까지 v2 SDK로 전환해 주세요.
전환 가이드: https://developers.kakao.com/docs/latest/ko/javascript/getting-started

문의 사항은 데브톡(https://devtalk.kakao.com)을 이용해 주세요.
감사합니다.

(주)카카오 | 제주특별자치도 제주시 첨단로 242
본 메일은 카카오디벨로퍼스 앱 관리자에게 발송되는 서비스 안내 메일입니다.
""",
    html=f"""<div style="font-family:'Apple SD Gothic Neo','맑은 고딕',sans-serif;max-width:600px;margin:0 auto;font-size:14px;color:#191919">
<div style="background:#fee500;padding:16px 24px;font-weight:bold">kakao developers</div>
<div style="padding:24px">안녕하세요, 카카오입니다.<br><br>운영 중인 앱에서 지원 종료 예정인 카카오 로그인 구버전 JavaScript SDK(v1)가 호출되고 있어 안내드립니다.
<h4>대상 앱</h4><p>라크스퍼 (앱 ID 1043387)</p>
<h4>지원 종료 일정</h4>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>단계</th><th>일정</th><th>내용</th></tr>
<tr><td>1차</td><td>{kd(2026, 12, 9)}</td><td>신규 로그인 요청 차단</td></tr>
<tr><td>2차</td><td>{kd(2027, 3, 10)}</td><td>토큰 갱신 및 모든 API 호출 차단</td></tr></table>
<p>1차 일정 전까지 v2 SDK로 전환해 주세요.</p></div></div>""",
    items=[item(SOCIAL, "Kakao", "라크스퍼", "2026-12-09", aliases=["1043387"])],
    note="phases 1차/2차: first phase not yet past",
)

naver_dot = mail(
    name="social_naver_dotdate_ko",
    category="positive",
    lang="ko",
    sender=("네이버 개발자센터", "dl_naverdevelopers@navercorp.com"),
    subject="[네이버 개발자센터] 네이버 로그인 회원 프로필 조회 API 변경 안내",
    date="2026-10-28 17:30 +0900",
    cte="8bit",
    text=f"""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인을 사용 중인 애플리케이션 운영자분께 안내드립니다.

대상 애플리케이션 : 라크스퍼 파트너스 (Client ID: kZ8p2LwQx0RrT1mN7vYa)

네이버 로그인 회원 프로필 조회 API(v1/nid/me)의 응답 항목 중 기존 'id'(정수형) 항목 제공이
{kdot(2026, 12, 28)} 부터 종료됩니다. 종료 이후에는 64자 문자열 형식의 식별자만 제공되므로,
해당 일자 이전까지 회원 연동 로직을 수정해 주시기 바랍니다.

※ 2021년 5월 1일 이후 생성된 애플리케이션은 이미 문자열 식별자를 사용하고 있어 영향이 없습니다.
※ 자세한 내용은 네이버 개발자센터 공지사항을 참고해 주세요. https://developers.naver.com/notice

감사합니다.
NAVER Corp.
""",
    items=[item(SOCIAL, "Naver", "라크스퍼 파트너스", "2026-12-28", aliases=["kZ8p2LwQx0RrT1mN7vYa"])],
    note="dotted Korean date with trailing dot and weekday; 2021-05-01 is a distractor",
)

google_undated = mail(
    name="social_google_android_undated_en",
    category="positive",
    lang="en",
    sender=("Google Developers", "googledev-noreply@google.com"),
    subject="Your app uses the deprecated Google Sign-In for Android API",
    date="2026-09-30 17:00 +0000",
    cte="quoted-printable",
    text="""Hello Developer,

We're contacting you because the Android app io.larkspur.app, linked to Google Cloud project
larkspur-prod-4411, still signs users in with the legacy Google Sign-In for Android API
(GoogleSignInClient in play-services-auth).

This API is deprecated. It continues to work for now, and the date when it will be removed will be
announced at a later time. We recommend migrating to Credential Manager with Sign in with Google as soon
as possible, so that your users are not affected when the removal date is set.

Migration guide: https://developer.android.com/identity/sign-in/legacy-gsi-migration

Sincerely,
Google Identity team

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    items=[
        item(
            SOCIAL,
            "Google",
            "io.larkspur.app",
            None,
            aliases=["larkspur-prod-4411", "Google Sign-In for Android"],
        )
    ],
    note="deprecated now, removal date to be announced: undated item",
)

# --- digest of apps ---

meta_digest = mail(
    name="digest_meta_two_apps_en",
    category="digest",
    lang="en",
    sender=("Meta for Developers", "notification@facebookmail.com"),
    subject="Action needed for 2 of your apps",
    date="2026-11-04 18:45 +0000",
    form="alt",
    cte="8bit",
    text="""Hi Dana,

Some of your apps use platform features that are being deprecated. Review the items below and take action
before the dates shown to avoid disruption.

Larkspur Connect (App ID 4410293817203361)
  - Graph API v22.0 is available until February 10, 2027. Upgrade your calls to a newer version.

Larkspur KR Login (App ID 8820115630447152)
  - Facebook Login SDK for iOS v15 will be deprecated on December 15, 2026. Update to SDK v18 or later.

Go to App Dashboard: https://developers.facebook.com/apps/

Thanks,
The Meta for Developers team

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
To help keep your account secure, please don't forward this email.
""",
    html="""<html><body style="font-family:Helvetica,Arial;font-size:14px"><table width="560" align="center">
<tr><td style="padding:16px 0"><b>Action needed for 2 of your apps</b></td></tr>
<tr><td>Hi Dana,<br>Some of your apps use platform features that are being deprecated.</td></tr>
<tr><td style="padding-top:12px"><b>Larkspur Connect</b> (App ID 4410293817203361)<br>Graph API v22.0 is available until
<b>February 10, 2027</b>.</td></tr>
<tr><td style="padding-top:12px"><b>Larkspur KR Login</b> (App ID 8820115630447152)<br>Facebook Login SDK for iOS v15 will be
deprecated on <b>December 15, 2026</b>.</td></tr>
<tr><td style="padding:16px 0;font-size:11px;color:#90949c">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></body></html>""",
    items=[
        item(SOCIAL, "Meta", "Larkspur Connect", "2027-02-10", aliases=["4410293817203361"]),
        item(SOCIAL, "Meta", "Larkspur KR Login", "2026-12-15", aliases=["8820115630447152"]),
    ],
    note="digest of two apps, each with its own deadline",
)

MAILS = [
    vercel_usage,
    netlify_exceeded,
    github_actions,
    workspace_storage,
    heroku_rows,
    render_suspend,
    aws_free_tier,
    cf_workers,
    cafe24_traffic,
    hiworks_mailbox,
    google_oauth,
    google_gis_ko,
    apple_siwa_ko,
    meta_on_or_after,
    line_login,
    kakao_phases,
    naver_dot,
    google_undated,
    meta_digest,
]
