"""App-backend quota notices (Firebase, Supabase, Vercel, Netlify, Render, Heroku, AWS, Cloudflare R2,
Fly.io, Cafe24) and the notices for the company's web domains."""

from __future__ import annotations

from h14_lib import DOMAIN, QUOTA, SOCIAL, item, m, wd

MAILS = [
    m(
        name="q01_firebase_spark_firestore_html",
        category="positive",
        lang="en",
        sender=("Firebase", "firebase-noreply@google.com"),
        subject="Your Firebase project runlog-dev is approaching its Cloud Firestore quota",
        date="2026-10-30 03:12 +0000",
        form="html",
        html="""<html><body>
<table width="600" align="center" style="font-family:Google Sans,Roboto,Arial">
<tr><td style="padding:20px 0">
<img src="https://www.gstatic.com/devrel-devsite/firebase/logo.svg" alt="Firebase"></td></tr>
<tr><td>
<p>Your project <b>runlog-dev</b> is on the Spark (no-cost) plan and has used <b>92%</b> of today's
Cloud Firestore document reads (46,118 of 50,000).</p>
<p>When the daily quota is exhausted, Cloud Firestore requests from your apps will fail with
<code>RESOURCE_EXHAUSTED</code> until the quota resets at midnight Pacific time.</p>
<table cellpadding="6" style="border:1px solid #dadce0;border-collapse:collapse">
<tr><th align="left">Resource</th><th align="left">Used</th><th align="left">Limit</th></tr>
<tr><td>Document reads</td><td>46,118</td><td>50,000 / day</td></tr>
<tr><td>Document writes</td><td>8,402</td><td>20,000 / day</td></tr>
<tr><td>Stored data</td><td>0.61 GiB</td><td>1 GiB</td></tr>
</table>
<p>To avoid interruptions, upgrade to the Blaze (pay as you go) plan.</p>
<p><a href="https://console.firebase.google.com/project/runlog-dev/usage">View usage</a></p>
<p style="font-size:11px;color:#80868b">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA</p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Firebase", "runlog-dev", "default")],
    ),
    m(
        name="q02_supabase_db_size_grace",
        category="positive",
        lang="en",
        sender=("Supabase", "no-reply@supabase.com"),
        subject="Your grace period has started",
        date="2026-11-14 18:44 +0000",
        form="alt",
        text="""Your grace period has started

Hi there,

Your organization Moa Labs is over its quota (Database Size Exceeded) on the Free Plan.

  Project: runlog-db (ref: qzxkvnrlbwpdtahs)
  Database size: 571 MB / 500 MB (114%)
  Billing cycle: Nov 3 - Dec 3, 2026

You can continue with your projects until your grace period ends on 5 Dec, 2026. After that, the
Fair Use Policy will apply. If you plan to maintain this level of usage, upgrade your plan to
avoid any restrictions. If restrictions are applied, requests to your projects will return a 402
status code.

What you can do:
- Upgrade to the Pro Plan in the organization billing settings
- Reduce the database size (for example, VACUUM FULL or removing unused tables)

Thanks,
The Supabase Team

Supabase Inc, 970 Toa Payoh North #07-04, Singapore 318992
""",
        html="""<html><body style="background:#1c1c1c;color:#ededed;font-family:Inter,sans-serif">
<table width="560" align="center"><tr><td style="padding:24px">
<h2>Your grace period has started</h2>
<p>Organization <b>Moa Labs</b> is over its quota (Database Size Exceeded): project <b>runlog-db</b>
uses 571 MB of 500 MB.</p>
<p>You can continue with your projects until your grace period ends on <b>5 Dec, 2026</b>. After that,
the Fair Use Policy will apply and requests to your projects may return a 402 status code.</p>
<p><a href="https://supabase.com/dashboard/org/moalabs/billing" style="color:#3ecf8e">Upgrade plan</a></p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Supabase", "runlog-db", "2026-12-05", aliases=["qzxkvnrlbwpdtahs", "Moa Labs"])],
        note="billing-cycle dates are distractors; grace-period end is the deadline",
    ),
    m(
        name="q03_vercel_hobby_paused",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your Hobby team has reached its usage limit",
        date="2026-10-19 07:02 +0000",
        text="""Hi moalabs,

Your Hobby team moalabs has used 100% of the included Fast Origin Transfer for this 30-day
period, as per the Fair Use Guidelines.

  Fast Origin Transfer - 10.0 GB / 10 GB (100%)
  Function Invocations - 611K / 1M (61%)
  Edge Requests - 802K / 1M (80%)

Projects in this team, including pocketmeal-dashboard, have been paused and will return a
402 error until usage resets in 11 days, or until you upgrade to Pro.

Upgrade to Pro: https://vercel.com/moalabs/~/settings/billing

Vercel Inc.
440 N Barranca Ave #4133, Covina, CA 91723
""",
        items=[item(QUOTA, "Vercel", "moalabs", "default", aliases=["pocketmeal-dashboard"])],
        note="already paused: no date to act by ('resets in 11 days' is when it recovers by itself)",
    ),
    m(
        name="q04_netlify_bandwidth_80",
        category="positive",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        subject="You've used 80% of your bandwidth on Moa Labs",
        date="2026-09-21 12:30 +0000",
        form="alt",
        cte="quoted-printable",
        text="""Heads up! Your team Moa Labs has used 80% of the bandwidth included in the Free plan
for the current billing period (80 GB of 100 GB).

Sites using the most bandwidth:
  runlog-landing.netlify.app   61.4 GB
  moalabs-docs.netlify.app     18.7 GB

If you exceed 100 GB, sites on your team will be suspended until the next billing period
starts on October 3, 2026, unless you upgrade.

Review usage: https://app.netlify.com/teams/moalabs/billing/usage

Netlify, Inc. 101 2nd Street, San Francisco, CA 94105
""",
        html="""<html><body><table width="100%"><tr><td align="center"><table width="560">
<tr><td><h2 style="color:#0e1e25">Heads up! You've used 80% of your bandwidth</h2></td></tr>
<tr><td>Team <b>Moa Labs</b> has used 80&nbsp;GB of the 100&nbsp;GB included in the Free plan this billing
period. If usage goes over the limit, your sites will be suspended until the next period.</td></tr>
<tr><td><a href="https://app.netlify.com/teams/moalabs/billing/usage">Review usage</a></td></tr>
</table></td></tr></table></body></html>
""",
        items=[item(QUOTA, "Netlify", "Moa Labs", "default", aliases=["moalabs", "runlog-landing.netlify.app"])],
        note="billing-period start is a distractor, not a deadline",
    ),
    m(
        name="q05_render_free_postgres_expiry",
        category="positive",
        lang="en",
        sender=("Render", "no-reply@render.com"),
        subject="Your free PostgreSQL database pocketmeal-queue-db expires in 7 days",
        date="2026-11-20 16:00 -0800",
        text="""Hi Moa Labs,

Your free PostgreSQL database pocketmeal-queue-db (dpg-ct5rq0l6l47c73a1pmeg) was created on
October 28, 2026. Free databases expire 30 days after creation.

It will expire on 2026-11-27 at 16:00 PST. After it expires it becomes inaccessible, and it
will be deleted, including all backups, 14 days later unless you upgrade it to a paid instance
type.

Upgrade now: https://dashboard.render.com/d/dpg-ct5rq0l6l47c73a1pmeg

- The Render Team
525 Brannan Street, Suite 300, San Francisco, CA 94107
""",
        items=[item(QUOTA, "Render", "pocketmeal-queue-db", "2026-11-27", aliases=["dpg-ct5rq0l6l47c73a1pmeg"])],
        note="unsure: free-tier expiry counted as hosting suspension; creation date is a distractor",
    ),
    m(
        name="q06_heroku_row_limit",
        category="positive",
        lang="en",
        sender=("Heroku", "noreply@heroku.com"),
        subject="[Action required] pocketmeal-api database over its storage limit",
        date="2026-10-08 21:17 +0000",
        text="""Hi,

The Heroku Postgres Essential-0 database DATABASE_URL (postgresql-curved-48213) attached to your
app pocketmeal-api has exceeded its storage limit.

  Limit: 1 GB
  Current usage: 1.13 GB

You must reduce the size of your database or upgrade to a larger plan within 7 days. If you do
not, INSERT, UPDATE and CREATE privileges will be revoked, and your app will only be able to read
and delete data.

To upgrade: heroku addons:create heroku-postgresql:essential-1 -a pocketmeal-api

Thanks,
Heroku

Salesforce, Inc. 415 Mission Street, 3rd Floor, San Francisco, CA 94105
""",
        items=[item(QUOTA, "Heroku", "pocketmeal-api", "2026-10-15", aliases=["postgresql-curved-48213"])],
        note="'within 7 days' from Date 2026-10-08",
    ),
    m(
        name="q07_aws_free_tier_s3",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        subject="AWS Free Tier limit alert",
        date="2026-11-04 05:51 +0000",
        text="""Hello,

Your AWS account 482915306677 has exceeded 85% of the usage limit for one or more AWS Free Tier-
eligible services for the month of November.

Product       AWS Free Tier Usage as of 11/04/2026   Usage Limit
Amazon S3     4.27 GB-Mo                             5 GB-Mo of Amazon Simple Storage Service
AWS Lambda    352,800 Requests                       1,000,000 Requests

To learn more about your AWS Free Tier usage, please access the AWS Free Tier Page in the
Billing Management Console. You will be charged standard, pay-as-you-go rates for usage above
the Free Tier limits.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
""",
        items=[item(QUOTA, "AWS", "482915306677", "default")],
        note="unsure: overage is billed, not suspended; still a quota warning in the built-in kind's sense",
    ),
    m(
        name="q08_firebase_functions_ko_html",
        category="positive",
        lang="ko",
        sender=("Firebase", "firebase-noreply@google.com"),
        subject="[Firebase] pocketmeal-prod 프로젝트의 Cloud Storage 무료 할당량이 곧 소진됩니다",
        date="2026-11-19 09:15 +0900",
        form="html",
        cte="base64",
        html=f"""<html><body>
<table width="600" align="center" style="font-family:'Noto Sans KR',sans-serif"><tr><td>
<p>안녕하세요.</p>
<p><b>pocketmeal-prod</b> 프로젝트의 Cloud Storage 사용량이 무료 할당량의 95%에 도달했습니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>항목</th><th>사용량</th><th>한도</th></tr>
<tr><td>저장된 바이트</td><td>4.76GB</td><td>5GB</td></tr>
<tr><td>다운로드</td><td>0.8GB/일</td><td>1GB/일</td></tr>
</table>
<p>2026년 12월 4일({wd("2026-12-04")}) 이후 한도를 초과하면 업로드 요청이 거부됩니다. 중단 없이 사용하려면
Blaze 요금제로 업그레이드하세요.</p>
<p><a href="https://console.firebase.google.com/project/pocketmeal-prod/usage">사용량 보기</a></p>
<p style="font-size:11px;color:#888">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA<br>
이 메일은 Firebase 프로젝트 소유자에게 발송되는 필수 서비스 공지입니다.</p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Firebase", "pocketmeal-prod", "2026-12-04")],
        note="unsure: the date is when uploads start to be refused if over the limit",
    ),
    m(
        name="q09_cloudflare_r2_ops",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="R2 usage alert: runlog-media is at 90% of the free tier",
        date="2026-09-12 23:10 +0000",
        text="""Cloudflare Notification

Account: Moa Labs (3f9a0e77d1c54b4e8b7e4a2f6c9d0b12)
Bucket: runlog-media

Your R2 usage for the current billing cycle has reached 90% of the free tier.

  Storage:              9.1 GB-month of 10 GB-month
  Class A operations:   0.62 million of 1 million

R2 is now billed for usage above the free tier on your account's payment method. If no
valid payment method is on file when usage exceeds the free tier, writes to the bucket will be
blocked.

Manage R2: https://dash.cloudflare.com/3f9a0e77d1c54b4e8b7e4a2f6c9d0b12/r2/overview

You are receiving this notification because you configured a Usage Based Billing alert.
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""",
        items=[item(QUOTA, "Cloudflare", "runlog-media", "default")],
    ),
    m(
        name="q10_cafe24_traffic_euckr",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting_noreply@cafe24.com"),
        subject="[카페24] 웹호스팅 트래픽 사용량 초과 예정 안내 (moalabs)",
        date="2026-11-21 10:05 +0900",
        charset="euc-kr",
        cte="base64",
        form="html",
        html=f"""<html><body><table width="640" border="0" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px;font-size:13px;color:#333">
<b>moalabs</b> 고객님, 안녕하세요.<br>카페24 호스팅센터입니다.<br><br>
고객님께서 이용 중인 웹호스팅(moalabs.co.kr)의 이번 달 트래픽 사용량이 제공량의 90%를 넘었습니다.<br><br>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>아이디</th><th>상품</th><th>일일 제공량</th><th>현재 사용량</th></tr>
<tr><td>moalabs</td><td>10G 광호스팅</td><td>1.6GB</td><td>1.49GB</td></tr>
</table><br>
트래픽 제공량을 모두 사용하면 2026-11-21 23:59까지 사이트 접속이 차단되며, 다음날 0시에 자동으로 해제됩니다.<br>
차단을 원하지 않으시면 트래픽 추가 구매 또는 상품 업그레이드를 해 주세요.<br><br>
(결제일: 2026년 11월 10일({wd("2026-11-10")}), 다음 결제일: 2026년 12월 10일)<br><br>
카페24 호스팅센터 드림
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Cafe24", "moalabs", "default", aliases=["moalabs.co.kr"])],
        note="unsure: the date is the end of a block that lifts itself; payment dates are distractors. "
        "Labelled default (no date to act by)",
    ),
    # --- Domains
    m(
        name="d01_route53_autorenew",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        subject="Automatic renewal of moalabs.io",
        date="2026-11-19 12:00 +0000",
        text="""Dear AWS customer,

This is a reminder that the following domain is set to renew automatically:

  Domain name: moalabs.io
  Registration date: 2021-12-19
  Expiration date: 2026-12-19

We will automatically renew the registration for this domain on 2026-12-17 and charge the
renewal fee to the payment method on file for AWS account 482915306677. If you don't want to
renew the domain, turn off automatic renewal in the Route 53 console before that date.

Make sure your payment method is current to avoid an interruption in service.

Regards,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109
""",
        items=[item(DOMAIN, "Route 53", "moalabs.io", "2026-12-17")],
        note="auto-renew announcement: deadline = renewal date (2026-12-17), expiry 12-19 and registration "
        "date are distractors",
    ),
    m(
        name="d02_namecheap_autorenew_failed",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Auto-renewal failed for pocketmeal.app",
        date="2026-11-08 04:33 -0500",
        form="alt",
        html="""<html><body style="font-family:Arial">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#de3723;padding:14px"><img src="https://www.namecheap.com/assets/img/nc-icon/namecheap-logo.svg"
alt="Namecheap"></td></tr>
<tr><td style="padding:20px">Hi moalabs,<br><br>
We tried to automatically renew <b>pocketmeal.app</b> but the payment was declined by your bank
(card ending 4417).<br><br>
<table cellpadding="6" border="1" style="border-collapse:collapse">
<tr><th>Domain</th><th>Expiration Date</th><th>Auto-renew attempt</th></tr>
<tr><td>pocketmeal.app</td><td>Dec 02, 2026</td><td>Nov 08, 2026 - declined</td></tr>
</table><br>
Please renew manually before the expiration date to keep your website and email working.
.app domains require HTTPS and will stop resolving when they expire.<br><br>
<a href="https://ap.www.namecheap.com/domains/list">Renew now</a><br><br>
Regards,<br>Namecheap Billing Team</td></tr>
<tr><td style="font-size:11px;color:#777;padding:20px">Namecheap, Inc. 4600 East Washington Street, Suite 300,
Phoenix, AZ 85034 USA</td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Namecheap", "pocketmeal.app", "2026-12-02")],
        note="auto-renew failed: deadline = expiration date; attempt date is a distractor",
    ),
    m(
        name="d03_gabia_digest_euckr_table",
        category="digest",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 만료 예정 안내 (2건)",
        date="2026-11-11 09:00 +0900",
        charset="euc-kr",
        form="html",
        cte="quoted-printable",
        html="""<html><body><table width="700" cellpadding="0" cellspacing="0" style="font-size:13px">
<tr><td><img src="https://static.gabia.com/mail/logo.png" alt="gabia"></td></tr>
<tr><td style="padding:20px 0">안녕하세요, 모아랩스 고객님.<br>
고객님께서 보유하신 도메인의 만료일이 다가오고 있어 안내드립니다.<br>
만료일이 지나면 홈페이지와 이메일을 사용할 수 없으니 기간 연장을 진행해 주세요.</td></tr>
<tr><td><table border="1" cellpadding="6" style="border-collapse:collapse;width:100%">
<tr bgcolor="#eef3fb"><th>도메인</th><th>등록일</th><th>만료일</th><th>자동연장</th></tr>
<tr><td>moalabs.co.kr</td><td>2019-12-20</td><td>2026-12-20</td><td>미신청</td></tr>
<tr><td>runlog.kr</td><td>2023-01-06</td><td>2027-01-06</td><td>미신청</td></tr>
</table></td></tr>
<tr><td style="padding:16px 0">※ .kr 도메인은 만료 후 일정 기간이 지나면 삭제되어 다른 사람이 등록할 수 있습니다.<br>
<a href="https://domain.gabia.com/mypage/extend">기간 연장 신청하기</a></td></tr>
<tr><td style="color:#999;font-size:11px">(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 | 대표전화 1544-4370<br>
본 메일은 발신 전용입니다.</td></tr></table></body></html>
""",
        items=[
            item(DOMAIN, "Gabia", "moalabs.co.kr", "2026-12-20"),
            item(DOMAIN, "Gabia", "runlog.kr", "2027-01-06"),
        ],
        note="dates under 만료일 column; 등록일 column is a distractor",
    ),
    # --- Resolutions
    m(
        name="r01_namecheap_renewed",
        category="resolution",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Order Summary: pocketmeal.app renewed",
        date="2026-11-10 11:02 -0500",
        text="""Hi moalabs,

Thank you for your order. Your domain has been successfully renewed.

Order number: 187220451
Order date: Nov 10, 2026

  pocketmeal.app - Domain Renewal - 1 year        $14.98
  ICANN fee                                        $0.20
  Total                                           $15.18

New expiration date: Dec 02, 2027

Regards,
Namecheap Team
""",
        items=[item(DOMAIN, "Namecheap", "pocketmeal.app", "2027-12-02", resolves=True)],
    ),
    m(
        name="r02_supabase_upgraded_pro",
        category="resolution",
        lang="en",
        sender=("Supabase", "billing@supabase.com"),
        subject="Your organization Moa Labs is now on the Pro Plan",
        date="2026-11-17 02:25 +0000",
        text="""Hi,

Your organization Moa Labs has been upgraded from the Free Plan to the Pro Plan.

Project runlog-db is no longer subject to Free Plan limits; its database size quota is now
8 GB and the grace period has ended. No further action is needed.

Your first invoice will be issued on Dec 3, 2026.

Thanks,
The Supabase Team
""",
        items=[item(QUOTA, "Supabase", "runlog-db", None, resolves=True, aliases=["Moa Labs"])],
    ),
    m(
        name="r03_kakao_bizapp_done",
        category="resolution",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 비즈 앱 전환이 완료되었습니다 - 포켓밀",
        date="2026-11-03 13:48 +0900",
        text="""안녕하세요, 카카오디벨로퍼스입니다.

포켓밀(앱 ID 1043287) 앱의 비즈 앱 전환 심사가 승인되어 비즈 앱으로 전환되었습니다.

- 전환 완료일: 2026년 11월 3일
- 사업자명: 주식회사 모아랩스

이제 카카오계정(이메일) 필수 동의 등 비즈 앱 전용 기능을 계속 사용하실 수 있습니다.

카카오디벨로퍼스 드림
""",
        items=[item(SOCIAL, "Kakao", "포켓밀", None, resolves=True, aliases=["1043287", "PocketMeal"])],
        note="migration done: closes s14",
    ),
    m(
        name="q11_aws_free_plan_expiry",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        subject="Your AWS free plan ends in 30 days - upgrade to keep your resources",
        date="2026-11-15 14:20 +0000",
        form="alt",
        text="""Hello,

Your AWS account 731220548816 (moalabs-staging) is on the AWS free plan. Your free plan period
ends on 12/15/2026.

When your free plan ends, your account will be closed and you will lose access to your resources,
including the EC2 instance runlog-staging-api and the RDS database runlog-staging-db, unless you
upgrade to a paid plan before then. Remaining credits: USD 41.18 of USD 200.00.

After closure, you can reopen the account within 90 days to recover your data.

Upgrade: https://console.aws.amazon.com/billing/home#/freeplan

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle,
WA 98109-5210. This message was produced and distributed by Amazon Web Services, Inc.
""",
        html="""<html><body><table width="600" align="center"><tr><td style="font-family:Arial">
<h2>Your free plan ends on 12/15/2026</h2>
<p>AWS account <b>731220548816</b> (moalabs-staging) will be closed when the free plan ends unless you
upgrade to a paid plan.</p>
<p><a href="https://console.aws.amazon.com/billing/home#/freeplan">Upgrade your plan</a></p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "AWS", "731220548816", "2026-12-15", aliases=["moalabs-staging"])],
        note="unsure: free-plan end -> account closure, counted as hosting suspension; MM/DD/YYYY form; "
        "'90 days' reopen window is a distractor",
    ),
]
