"""holdout9: cloud/hosting quota and domain notices of the startup (moalabs.co.kr, moalabs.kr at Gabia,
moalabs.io at Route 53, moadiary.app at Cloudflare), with forwards, a follow-up and resolutions."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item
from h9_lib import PIXEL, ewd, kd, kdot, preheader

TO = "dev@moalabs.co.kr"
GABIA = ("가비아", "domain@gabia.com")

MAILS: list[Mail] = []

# ---------------------------------------------------------------- quota
MAILS.append(
    Mail(
        name="quo_firebase_firestore_spark",
        category="positive",
        lang="en",
        sender=("Firebase", "firebase-noreply@google.com"),
        to=TO,
        subject="Your Firebase project moadiary-prod is approaching its Spark plan limit",
        date="2026-10-05 23:10 -0700",
        form="html",
        cte="quoted-printable",
        html=f"""<html><body style="background:#eceff1;font-family:Roboto,Arial">
{preheader("Cloud Firestore reads reached 92% of the daily no-cost quota")}
<table width="600" align="center" style="background:#fff" cellpadding="24"><tr><td>
<img src="https://www.gstatic.com/mobilesdk/160503_mobilesdk/logo/2x/firebase_28dp.png" alt="Firebase" height="28">
<p>Hi there,</p>
<p>Your project <b>moadiary-prod</b> used <b>92%</b> of the daily no-cost quota for Cloud Firestore document reads
(46,012 of 50,000) on {ewd(2026, 10, 5)}, October 5, 2026 (Pacific Time).</p>
<p>When the quota is exhausted, requests to Cloud Firestore fail with RESOURCE_EXHAUSTED until the quota resets at
midnight Pacific Time. To avoid disruption, upgrade to the Blaze (pay as you go) plan or reduce reads.</p>
<p><a href="https://console.firebase.google.com/project/moadiary-prod/usage">View usage</a></p>
<p>The Firebase team</p>
<p style="font-size:11px;color:#777">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA.
You received this email because you are an owner of a Firebase project.</p>
</td></tr></table>{PIXEL.format(host="notifications.google.com", tag="fs-quota")}</body></html>
""",
        items=[item(QUOTA, "Firebase", "moadiary-prod", "default")],
        note="daily quota nearly used; no deadline stated (quota reset time is not a deadline)",
    )
)

MAILS.append(
    Mail(
        name="quo_supabase_grace_period",
        category="positive",
        lang="en",
        sender=("Supabase", "noreply@supabase.io"),
        to=TO,
        subject="Your organization Moa Labs has exceeded its Free Plan quota",
        date="2026-11-15 04:00 +0000",
        text="""Hey there,

Your organization "Moa Labs" has exceeded the Free Plan quota for the following resources in the current
billing cycle (Nov 1, 2026 - Dec 1, 2026):

  Egress            7.4 GB / 5 GB     (148%)
  Database size     0.41 GB / 0.5 GB  (82%)

Projects in this organization: fitmate-prod (ref kqzrlbnvtwpeoadmchsx)

You have a grace period until 12/15/2026. If usage is still over the quota after the grace period, all
projects in the organization will be restricted and will respond with HTTP 402 to API requests.

To lift the limit, upgrade to the Pro Plan or reduce your usage:
https://supabase.com/dashboard/org/moalabs/billing

Read more about the Fair Use Policy: https://supabase.com/docs/guides/platform/billing-faq

Thanks,
The Supabase Team
Supabase Inc, 970 Toa Payoh North #07-04, Singapore 318992
""",
        items=[item(QUOTA, "Supabase", "Moa Labs", "2026-12-15", aliases=["fitmate-prod", "kqzrlbnvtwpeoadmchsx"])],
        note="billing-cycle dates are distractors; the grace period end (12/15/2026) is the deadline",
    )
)

_vercel_html = f"""<!DOCTYPE html><html><body style="background:#ffffff;font-family:-apple-system,Inter,sans-serif">
{preheader("Fast Data Transfer: 100 GB of 100 GB used")}
<table align="center" width="465" style="border:1px solid #eaeaea;border-radius:5px;padding:20px"><tr><td>
<img src="https://assets.vercel.com/image/upload/front/email/vercel.png" width="40" alt="Vercel">
<h1 style="font-size:24px;font-weight:400">Your team <strong>moalabs</strong> has reached its usage limit</h1>
<p style="font-size:14px">Hello Doyoon,</p>
<p style="font-size:14px">Your Hobby team <strong>moalabs</strong> has used 100% of the included
<strong>Fast Data Transfer</strong> (100 GB) for the current period. Projects on the Hobby plan that exceed the
included usage are paused until the usage window resets, and will show a 402 error to visitors.</p>
<table style="font-size:13px" cellpadding="4"><tr><td>Project</td><td>moa-web</td></tr>
<tr><td>Fast Data Transfer</td><td>100 GB / 100 GB</td></tr><tr><td>Edge Requests</td><td>612K / 1M</td></tr></table>
<p style="font-size:14px">Upgrade to Pro to keep your projects online.</p>
<a href="https://vercel.com/moalabs/~/usage"
style="background:#000;color:#fff;padding:12px 20px;border-radius:5px;text-decoration:none">View Usage</a>
<hr style="border:none;border-top:1px solid #eaeaea">
<p style="color:#666;font-size:12px">Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723</p>
</td></tr></table></body></html>
"""
MAILS.append(
    Mail(
        name="quo_vercel_hobby_limit",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        to=TO,
        subject="Usage limit reached for moalabs — Fast Data Transfer",
        date="2026-11-11 13:52 +0000",
        form="html",
        cte="7bit",
        html=_vercel_html,
        items=[item(QUOTA, "Vercel", "moalabs", "default", aliases=["moa-web"])],
    )
)

MAILS.append(
    Mail(
        name="quo_netlify_bandwidth",
        category="positive",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        to=TO,
        subject="[Netlify] moalabs-team has used 90% of its bandwidth allowance",
        date="2026-10-24 06:31 +0000",
        text="""Hi Moa Labs,

Your team moalabs-team has used 90% of the 100 GB bandwidth included in the Starter plan this billing
period (Oct 12 - Nov 11).

Top site by bandwidth: moa-landing (moa-landing.netlify.app, custom domain www.moalabs.io)

If your team goes over the included bandwidth, sites on the Starter plan are suspended until the next billing
period unless you upgrade. You can review usage and upgrade here:
https://app.netlify.com/teams/moalabs-team/billing/usage

Cheers,
The Netlify Team
Netlify, Inc. 512 2nd Street, Suite 200, San Francisco, CA 94107
Manage your notification settings: https://app.netlify.com/user/settings#email
""",
        items=[item(QUOTA, "Netlify", "moalabs-team", "default", aliases=["moa-landing"])],
        note="billing-period dates are distractors",
    )
)

MAILS.append(
    Mail(
        name="quo_aws_free_tier_s3",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        to=TO,
        subject="AWS Free Tier limit alert",
        date="2026-09-27 01:15 +0000",
        auth_domain="amazon.com",
        text="""Hello,

Your AWS account 482177301956 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of September.

Product              AWS Free Tier Usage as of 09/26/2026     Usage Limit
Amazon S3            4.28 GB-Mo of Storage                    5 GB-Mo of Storage
AWS Lambda           361,400 seconds of compute               400,000 seconds of compute

To learn more about your AWS Free Tier usage, refer to the Billing and Cost Management console.
Any usage beyond the Free Tier limits is charged at standard rates.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
""",
        items=[item(QUOTA, "AWS", "482177301956", "default")],
        note="usage-as-of date is a distractor; free tier limit nearly used (charges follow, no suspension)",
    )
)

MAILS.append(
    Mail(
        name="quo_firebase_hosting_ko",
        category="positive",
        lang="ko",
        sender=("Firebase", "firebase-noreply@google.com"),
        to=TO,
        subject="Firebase 프로젝트 fitmate-prod의 Hosting 저장용량이 거의 찼습니다",
        date="2026-10-30 09:05 +0900",
        cte="base64",
        text="""안녕하세요.

Firebase 프로젝트 fitmate-prod의 Firebase Hosting 저장용량 사용량이 Spark 요금제 무료 한도의 96%에
도달했습니다.

  - 사용량: 9.6GB / 10GB
  - 사이트: fitmate-prod.web.app

저장용량 한도를 초과하면 새 버전을 배포할 수 없습니다. 이전 릴리스를 삭제하도록 보관 버전 수를 설정하거나
Blaze 요금제로 업그레이드하세요.
https://console.firebase.google.com/project/fitmate-prod/hosting

Firebase 팀 드림

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
""",
        items=[item(QUOTA, "Firebase", "fitmate-prod", "default", aliases=["fitmate-prod.web.app"])],
    )
)

MAILS.append(
    Mail(
        name="quo_cafe24_disk_ks",
        category="positive",
        lang="ko",
        sender=("카페24", "webmaster@cafe24.com"),
        to=TO,
        subject="[카페24] 웹호스팅 디스크 사용량 초과 예정 안내",
        date="2026-11-16 10:30 +0900",
        form="html",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body><table width="700" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕';font-size:12px;color:#333">
<tr><td><img src="https://img.cafe24.com/img/mail/top_logo.gif" alt="cafe24"></td></tr>
<tr><td style="padding:25px">안녕하세요. 카페24 호스팅센터입니다.<br><br>
고객님의 웹호스팅 디스크 사용량이 제공 용량의 95%를 넘어 안내드립니다.<br><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#ddd">
<tr bgcolor="#f4f4f4"><th>호스팅 아이디</th><th>상품</th><th>디스크 사용량</th><th>신청일</th></tr>
<tr><td>moalabs</td><td>10G 광아우토반 Basic</td><td>9.58GB / 10GB (95.8%)</td><td>2023-04-11</td></tr></table><br>
{kd(2026, 11, 30)} 오전 10시까지 불필요한 파일을 정리하거나 디스크 추가 또는 상품 업그레이드를 하지 않으시면
파일 업로드와 DB 쓰기가 제한되어 홈페이지(moalabs.co.kr) 운영에 문제가 발생할 수 있습니다.<br><br>
▶ <a href="https://hosting.cafe24.com/">나의서비스관리</a>에서 사용량 확인<br><br>
감사합니다.</td></tr>
<tr><td style="font-size:11px;color:#999;padding:15px 25px">카페24(주) 서울시 동작구 보라매로5길 15 전문건설회관
| 대표이사 이재석 | 사업자등록번호 118-81-20586 | 통신판매업신고 동작 제 02-12-0284 호<br>
본 메일은 정보통신망법에 따라 서비스 이용 관련 주요 안내로 발송되었습니다.</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Cafe24", "moalabs", "2026-11-30", aliases=["moalabs.co.kr"])],
        note="신청일 is a distractor; 오전 10시 time with weekday",
    )
)

MAILS.append(
    Mail(
        name="quo_github_actions_90",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        to=TO,
        subject="[GitHub] You've used 90% of included services for GitHub Actions",
        date="2026-11-17 17:00 +0000",
        form="alt",
        cte="quoted-printable",
        text="""Hi @moalabs,

You've used 90% of included services for GitHub Actions in the moalabs organization.

  Minutes used: 2,701 of 3,000 included minutes (Team plan)
  Billing cycle resets: December 1, 2026

Once you've used all included minutes, workflows will fail to run unless you have a spending limit greater
than $0. Review your spending limit: https://github.com/organizations/moalabs/settings/billing

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
        html="""<html><body style="font-family:-apple-system,Segoe UI,Helvetica,Arial">
<table width="544" align="center"><tr><td>
<p>Hi @moalabs,</p><p>You've used <strong>90%</strong> of included services for GitHub Actions in
<strong>moalabs</strong>.</p><p>Once all included minutes are used, workflows won't run unless you raise the
spending limit.</p>
<p><a href="https://github.com/organizations/moalabs/settings/billing">Review spending limit</a></p>
<p style="color:#6a737d;font-size:12px">GitHub, Inc.
&#x30fb;88 Colin P Kelly Jr Street &#x30fb;San Francisco, CA 94107</p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "GitHub", "moalabs", "default")],
        note="billing-cycle reset date is a distractor, not a deadline; text part has more detail than HTML",
    )
)

MAILS.append(
    Mail(
        name="quo_workspace_storage_ko",
        category="positive",
        lang="ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to="admin@moalabs.co.kr",
        subject="moalabs.co.kr 조직의 공유 저장용량이 거의 찼습니다",
        date="2026-10-10 11:47 +0900",
        form="html",
        cte="base64",
        html="""<html><body style="font-family:'Google Sans',Roboto,Arial">
<table width="600" align="center" cellpadding="20"><tr><td>
<img src="https://www.gstatic.com/images/branding/product/2x/google_workspace_48dp.png" width="40" alt="">
<p>관리자님, 안녕하세요.</p>
<p><b>moalabs.co.kr</b> 조직에서 공유 저장용량 3TB 중 2.87TB(95%)를 사용하고 있습니다.</p>
<p>저장용량이 가득 차면 사용자는 Gmail에서 메일을 주고받을 수 없고, Google Drive에 파일을 업로드하거나
동기화할 수 없습니다.</p>
<p>관리 콘솔에서 저장용량 사용량을 확인하거나 저장용량을 추가로 구매하세요.<br>
<a href="https://admin.google.com/ac/storage">관리 콘솔로 이동</a></p>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA<br>
이 메일은 Google Workspace 계정의 중요한 변경사항에 대해 알려드리기 위해 발송되었습니다.</p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Google Workspace", "moalabs.co.kr", "default")],
        note="sent to admin@ (a copy landed in the dev@ export); mail domain storage",
    )
)

MAILS.append(
    Mail(
        name="quo_firebase_rtdb_7days",
        category="positive",
        lang="en",
        sender=("Firebase", "firebase-noreply@google.com"),
        to=TO,
        subject="Action required: Realtime Database moadiary-prod-default-rtdb exceeds Spark plan storage",
        date="2026-11-21 08:00 -0800",
        text="""Hello,

The Realtime Database instance moadiary-prod-default-rtdb in project moadiary-prod is storing 1.18 GB of
data, which exceeds the 1 GB storage limit of the Spark plan.

Reduce the data stored or upgrade the project to the Blaze plan within 7 days. If no action is taken,
writes to the database will be disabled.

Manage the database: https://console.firebase.google.com/project/moadiary-prod/database

The Firebase Team
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
""",
        items=[item(QUOTA, "Firebase", "moadiary-prod-default-rtdb", "2026-11-28", aliases=["moadiary-prod"])],
        note="'within 7 days' from 2026-11-21 (local date of the Date: header, -0800)",
    )
)

MAILS.append(
    Mail(
        name="dig_nhn_cloud_two_projects",
        category="digest",
        lang="ko",
        sender=("NHN Cloud", "noreply@nhncloud.com"),
        to=TO,
        subject="[NHN Cloud] 리소스 사용량 한도 초과 예정 안내",
        date="2026-11-12 09:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html=f"""<html><body><div style="width:680px;font-family:'Nanum Gothic',sans-serif;font-size:13px">
<p style="font-size:20px;color:#125de6"><b>NHN Cloud</b></p>
<p>안녕하세요, NHN Cloud입니다.<br>
회원님의 조직(모아랩스)에서 아래 프로젝트의 리소스 사용량이 한도에 근접하여 안내드립니다.
제한 예정일까지 용량을 정리하거나 한도 상향을 신청하지 않으면 해당 리소스에 대한 쓰기 요청이 차단됩니다.</p>
<table border="1" cellspacing="0" cellpadding="7" style="border-collapse:collapse;border-color:#ccc">
<tr style="background:#eef3fb"><th>프로젝트</th><th>서비스</th><th>사용률</th><th>제한 예정일</th></tr>
<tr><td>moalabs-prod</td><td>Object Storage (moa-media)</td><td>97%</td><td>{kdot(2026, 12, 1)}</td></tr>
<tr><td>moalabs-batch</td><td>RDS for MySQL 스토리지</td><td>91%</td><td>{kdot(2026, 12, 15)}</td></tr>
</table>
<p>한도 상향: 콘솔 &gt; 조직 관리 &gt; 서비스 한도(Quota) 관리<br>
문의: 고객센터 1588-7967 (평일 09:00~18:00)</p>
<p style="font-size:11px;color:#999">NHN Cloud Corp. | 경기도 성남시 분당구 대왕판교로645번길 16 | 대표 김동훈<br>
본 메일은 발신 전용입니다. ⓒ NHN Cloud Corp. All rights reserved.</p></div></body></html>
""",
        items=[
            item(QUOTA, "NHN Cloud", "moalabs-prod", "2026-12-01", aliases=["moa-media"]),
            item(QUOTA, "NHN Cloud", "moalabs-batch", "2026-12-15"),
        ],
    )
)

MAILS.append(
    Mail(
        name="fup_nhn_cloud_date_moved",
        category="followup",
        lang="ko",
        sender=("NHN Cloud", "noreply@nhncloud.com"),
        to=TO,
        subject="[NHN Cloud] (정정) moalabs-prod 프로젝트 제한 예정일 변경 안내",
        date="2026-11-19 17:30 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text=f"""안녕하세요, NHN Cloud입니다.

11월 12일 발송된 '리소스 사용량 한도 초과 예정 안내' 메일의 moalabs-prod 프로젝트 제한 예정일이 잘못
기재되어 정정 안내드립니다.

  프로젝트: moalabs-prod / Object Storage (moa-media)
  기존 안내: {kdot(2026, 12, 1)}
  정정: {kdot(2026, 12, 14)}

moalabs-batch 프로젝트의 일정은 변경되지 않았습니다. 혼선을 드려 죄송합니다.

NHN Cloud 드림
""",
        items=[item(QUOTA, "NHN Cloud", "moalabs-prod", "2026-12-14", aliases=["moa-media"])],
        note="corrects 2026.12.01 to 2026.12.14; the unchanged other project is mentioned but not re-announced",
    )
)

MAILS.append(
    Mail(
        name="res_supabase_pro_upgrade",
        category="resolution",
        lang="en",
        sender=("Supabase", "billing@supabase.io"),
        to=TO,
        subject="Moa Labs is now on the Pro Plan",
        date="2026-11-20 02:12 +0000",
        attachment=True,
        text="""Hi Doyoon,

Your organization "Moa Labs" has been upgraded to the Pro Plan. Usage quotas for your projects
(fitmate-prod) have been raised and any restrictions have been lifted.

  Plan:        Pro ($25/month)
  Spend cap:   enabled
  Invoice:     INV-2026-11-88412 (attached)

Thanks for building with Supabase!
The Supabase Team
""",
        items=[
            item(QUOTA, "Supabase", "Moa Labs", None, resolves=True, aliases=["fitmate-prod", "kqzrlbnvtwpeoadmchsx"])
        ],
        note="plan upgrade closes the Free Plan quota item; PDF invoice attached",
    )
)

# ---------------------------------------------------------------- domains
_gabia_single = f"""안녕하세요. 가비아입니다.

고객님께서 가비아에서 사용 중인 도메인의 만료일이 다가와 안내드립니다.

  도메인명 : moalabs.co.kr
  등록일   : 2019-12-08
  만료일   : {kd(2026, 12, 8)}
  자동연장 : 미신청

만료일까지 기간 연장을 하지 않으면 도메인이 정지되어 홈페이지와 이메일(@moalabs.co.kr)을 사용할 수 없게
됩니다. 만료 후에는 복구 비용이 추가로 발생할 수 있습니다.

▶ 기간 연장하기: https://domain.gabia.com/my/extension

가비아 고객센터 1544-4370 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층
※ 본 메일은 발신 전용입니다.
"""

MAILS.append(
    Mail(
        name="dig_gabia_two_domains",
        category="digest",
        lang="ko",
        sender=GABIA,
        to=TO,
        subject="[가비아] 도메인 만료 예정 안내 (2건)",
        date="2026-11-08 09:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><body style="margin:0"><center>
<table width="660" cellpadding="0" cellspacing="0" style="font-family:'Malgun Gothic';font-size:13px;color:#222">
<tr><td style="padding:20px;border-bottom:2px solid #1a73e8"><img
src="https://static.gabia.com/mail/logo.png" alt="gabia"></td></tr>
<tr><td style="padding:24px">김도윤 고객님, 안녕하세요.<br>
고객님의 도메인 중 만료일이 다가오는 도메인이 있어 안내드립니다.<br><br>
<table width="100%" border="1" cellpadding="8" cellspacing="0"
style="border-collapse:collapse;border:1px solid #ddd;text-align:center">
<tr style="background:#f7f7f7"><td>도메인</td><td>등록일</td><td>만료일</td><td>남은 기간</td></tr>
<tr><td>moalabs.co.kr</td><td>2019-12-08</td><td>2026-12-08</td><td>30일</td></tr>
<tr><td>moalabs.kr</td><td>2022-01-14</td><td>2027-01-14</td><td>67일</td></tr>
</table><br>
만료일이 지나면 도메인 정지 후 삭제될 수 있으니 기간 연장을 진행해 주세요.<br>
<a href="https://domain.gabia.com/my/extension">[기간 연장 신청]</a><br><br>
※ 이벤트: 12월 31일까지 .com 신규 등록 첫해 9,900원</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#fafafa">(주)가비아 | 대표이사 김홍국 |
사업자등록번호 114-86-00920 | 경기도 성남시 분당구 대왕판교로 660<br>
본 메일은 발신 전용이며, 도메인 소유자에게 발송되는 필수 안내입니다.</td></tr>
</table></center></body></html>
""",
        items=[
            item(DOMAIN, "Gabia", "moalabs.co.kr", "2026-12-08"),
            item(DOMAIN, "Gabia", "moalabs.kr", "2027-01-14"),
        ],
        note="dates in a 만료일 table column; 등록일 column and a promotion end date are distractors",
    )
)

MAILS.append(
    Mail(
        name="dom_route53_autorenew",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        to=TO,
        subject="Automatic renewal of moalabs.io",
        date="2026-11-05 20:11 +0000",
        text="""Dear AWS customer,

This is a reminder that the registration for the following domain is scheduled to be renewed automatically:

Domain name: moalabs.io
Expiration date: Jan 19, 2027 (UTC)
Automatic renewal date: Dec 20, 2026

We will charge the renewal fee ($71.00 USD) to the payment method associated with AWS account
482177301956. If you don't want to renew the domain, you can turn off automatic renewal in the Route 53
console before the renewal date.

For more information, see "Renewing registration for a domain" in the Amazon Route 53 Developer Guide.

Sincerely,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210
""",
        items=[item(DOMAIN, "Route 53", "moalabs.io", "2026-12-20")],
        note="auto-renew announcement: low severity, deadline = the renewal date (expiry date is later)",
    )
)

MAILS.append(
    Mail(
        name="dom_cloudflare_autorenew_failed",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        to=TO,
        subject="Action required: automatic renewal failed for moadiary.app",
        date="2026-11-14 15:03 +0000",
        form="alt",
        cte="quoted-printable",
        text="""Hello,

We attempted to automatically renew moadiary.app, but the charge to your payment method (Visa ending 4471)
was declined.

Domain: moadiary.app
Expires: 15 Dec 2026

Update your payment method and renew the domain before it expires, or it will stop resolving and may be
released. Manage: https://dash.cloudflare.com/?to=/:account/domains

Cloudflare Registrar
101 Townsend St, San Francisco, CA 94107
""",
        html="""<html><body style="font-family:Arial;color:#222">
<table width="600" align="center"><tr><td style="background:#f38020;height:6px"></td></tr><tr><td
style="padding:24px">
<h2>Automatic renewal failed</h2>
<p>We couldn't renew <b>moadiary.app</b> because your payment method was declined.</p>
<table cellpadding="4"><tr><td>Domain</td><td>moadiary.app</td></tr><tr><td>Expiration</td><td>Dec 15, 2026</td></tr>
<tr><td>Last attempt</td><td>Nov 14, 2026</td></tr></table>
<p>Update your billing information and renew before the expiration date.</p>
<p style="font-size:11px;color:#888">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107</p></td></tr></table>
</body></html>
""",
        items=[item(DOMAIN, "Cloudflare", "moadiary.app", "2026-12-15")],
        note="auto-renew FAILED: high severity, deadline = expiry; 'Last attempt' date is a distractor",
    )
)

MAILS.append(
    Mail(
        name="dom_gabia_grace_restore",
        category="positive",
        lang="ko",
        sender=GABIA,
        to=TO,
        subject="[가비아] 만료된 도메인 복구 기간 안내 - fitmate.co.kr",
        date="2026-11-05 09:30 +0900",
        charset="euc-kr",
        cte="8bit",
        text=f"""안녕하세요, 가비아입니다.

고객님의 도메인 fitmate.co.kr이 {kdot(2026, 10, 30)} 만료되어 현재 정지 상태입니다.

  도메인     : fitmate.co.kr
  만료일     : 2026.10.30.
  복구 가능 기한 : {kd(2026, 11, 29)} 까지

복구 가능 기한 내에 기간 연장(복구)을 신청하시면 도메인을 다시 사용하실 수 있습니다. 복구 기한이 지나면
도메인은 삭제 대기 상태로 전환되며 제3자가 등록할 수 있습니다.

▶ 복구 신청: https://domain.gabia.com/my/restore

(주)가비아 고객센터 1544-4370
""",
        items=[item(DOMAIN, "Gabia", "fitmate.co.kr", "2026-11-29")],
        note="already expired; the reader must act by the restore deadline (2026-11-29), so that is the label",
    )
)

MAILS.append(
    Mail(
        name="res_gabia_renewal_receipt",
        category="resolution",
        lang="ko",
        sender=("가비아", "billing@gabia.com"),
        to=TO,
        subject="[가비아] 도메인 기간 연장 완료 안내 (moalabs.co.kr)",
        date="2026-11-21 14:05 +0900",
        charset="euc-kr",
        cte="base64",
        attachment=True,
        text=f"""안녕하세요, 가비아입니다.

요청하신 도메인 기간 연장이 정상적으로 완료되었습니다.

  도메인       : moalabs.co.kr
  연장 기간     : 1년
  결제일       : {kdot(2026, 11, 21)}
  결제 금액     : 22,000원 (VAT 포함)
  변경된 만료일 : 2027-12-08

세금계산서(거래명세서)를 첨부하였습니다.

감사합니다.
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660
""",
        items=[item(DOMAIN, "Gabia", "moalabs.co.kr", None, resolves=True)],
        note="renewal receipt closes the moalabs.co.kr item; PDF attachment",
    )
)

# ---------------------------------------------------------------- forwards
_meta_fw_orig = """From: Meta for Developers <developers@facebookmail.com>
Date: Tue, Sep 29, 2026 at 9:44 PM
Subject: Developer alert: MoaDiary is calling Graph API v21.0
To: <doyoon.kim@moalabs.co.kr>


Graph API v21.0 is being deprecated

Hi Doyoon,

Your app MoaDiary (App ID: 1983740215566012) made calls to Graph API v21.0 in the last 7 days.
This version will no longer be available on or after December 9, 2026. Calls to v21.0 made after that date
will be automatically upgraded to v22.0, which may break Facebook Login.

Thanks,
The Meta for Developers team
"""
MAILS.append(
    Mail(
        name="fwd_gmail_meta_alert",
        category="forward",
        lang="mixed",
        sender=("Doyoon Kim", "doyoon.kim@moalabs.co.kr"),
        to=TO,
        subject="Fwd: Developer alert: MoaDiary is calling Graph API v21.0",
        date="2026-09-30 10:03 +0900",
        form="alt",
        cte="quoted-printable",
        text="서연님, 이거 백엔드 쪽에서 v21 고정돼 있는 곳 확인 부탁드려요. 앱 쪽 SDK는 제가 볼게요.\n\n"
        "---------- Forwarded message ---------\n" + _meta_fw_orig,
        html='<div dir="ltr">서연님, 이거 백엔드 쪽에서 v21 고정돼 있는 곳 확인 부탁드려요. 앱 쪽 SDK는 제가 볼게요.'
        '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        "---------- Forwarded message ---------<br>"
        + _meta_fw_orig.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        + "</div></div></div>\n",
        items=[item(SOCIAL, "Meta", "MoaDiary", "2026-12-09", aliases=["1983740215566012"])],
        note="Gmail forward by a colleague (authenticates as moalabs.co.kr); short Korean note on top",
    )
)

_kakao_orig = """안녕하세요. 카카오디벨로퍼스입니다.

카카오 로그인 '사용자 정보 가져오기'(GET /v2/user/me) API의 구 응답 필드가 아래와 같이 제공 종료됩니다.

■ 대상 앱: 핏메이트 (앱 ID: 1051877)
■ 제공 종료일: 2027.01.15.
■ 사전 점검 기간: 2026.11.16. ~ 2027.01.14.
"""
MAILS.append(
    Mail(
        name="fwd_outlook_kakao_ko",
        category="forward",
        lang="ko",
        sender=("박지훈", "jihoon.park@moalabs.co.kr"),
        to=TO,
        subject="전달: [카카오 로그인] 사용자 정보 가져오기 API 구 응답 필드 제공 종료 안내",
        date="2026-11-03 09:12 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        mailer="moalabs.co.kr",
        text="개발팀 공유드립니다. 핏메이트 안드로이드 쪽 영향 있는지 이번 스프린트에 확인 부탁해요.\n\n"
        "박지훈 드림 | PM | 모아랩스\n\n"
        "-----원본 메시지-----\n"
        "보낸 사람: 카카오디벨로퍼스 <noreply_developers@kakaocorp.com>\n"
        "보낸 날짜: 2026년 11월 2일 월요일 오후 4:40\n"
        "받는 사람: dev@moalabs.co.kr\n"
        "제목: [카카오 로그인] 사용자 정보 가져오기 API 구 응답 필드 제공 종료 안내\n\n" + _kakao_orig,
        items=[item(SOCIAL, "Kakao", "핏메이트", "2027-01-15", aliases=["1051877"])],
        note="Outlook '원본 메시지' header block in Korean; 사전 점검 기간 dates are distractors",
    )
)

MAILS.append(
    Mail(
        name="fwd_korean_gabia_domain",
        category="forward",
        lang="ko",
        sender=("이서연", "seoyeon.lee@moalabs.co.kr"),
        to=TO,
        subject="[전달] [가비아] 도메인 만료 예정 안내",
        date="2026-11-09 13:40 +0900",
        text="대표님 카드로 자동연장 안 걸려있어서 dev@에도 공유합니다. 이번 주 안에 연장 처리 필요해요.\n\n"
        "---------- 전달된 메시지 ----------\n"
        "보낸사람: 가비아 <domain@gabia.com>\n"
        "받는사람: <seoyeon.lee@moalabs.co.kr>\n"
        "날짜: 2026년 11월 9일 (월) 오전 9:00:12\n"
        "제목: [가비아] 도메인 만료 예정 안내\n\n" + _gabia_single,
        items=[item(DOMAIN, "Gabia", "moalabs.co.kr", "2026-12-08")],
        note="Korean webmail '전달된 메시지'; 등록일 is a distractor",
    )
)

# The message/rfc822 forward is built by the generator (see h9_lib.rfc822_forward).
RFC822_INNER = Mail(
    name="supabase_egress_original",
    category="positive",
    lang="en",
    sender=("Supabase", "noreply@supabase.io"),
    to="doyoon.kim@moalabs.co.kr",
    subject="Your organization Moa Labs is exceeding its egress quota",
    date="2026-11-15 04:00 +0000",
    cte="base64",
    text="""Hey there,

Your organization "Moa Labs" has used 148% of the Free Plan egress quota (7.4 GB of 5 GB) in the
current billing cycle.

You have a grace period until December 15, 2026. After that, projects in this organization
(fitmate-prod) will be restricted unless you upgrade or usage falls back within the quota.

https://supabase.com/dashboard/org/moalabs/usage

The Supabase Team
""",
)
RFC822_OUTER = Mail(
    name="fwd_rfc822_supabase",
    category="forward",
    lang="en",
    sender=("Doyoon Kim", "doyoon.kim@moalabs.co.kr"),
    to=TO,
    subject="FW: Your organization Moa Labs is exceeding its egress quota",
    date="2026-11-16 08:55 +0900",
    cte="7bit",
    text="""Forwarding the Supabase notice as an attachment. Seoyeon - can we move the image thumbnails to
Cloudflare R2 before the grace period ends, or should we just upgrade?

Doyoon
""",
    items=[item(QUOTA, "Supabase", "Moa Labs", "2026-12-15", aliases=["fitmate-prod"])],
    note="notice attached as message/rfc822 (forward as attachment)",
)
