# ruff: noqa: E501  (mail bodies keep the line layout vendors send)
"""Hosting-quota mails: disk, traffic, database, mailbox and bandwidth nearly full or exceeded, with and
without a suspension date. Wording follows the hosts' own descriptions of their warning mails (usage
thresholds, enforcement dates, read-only grace periods, blocked traffic until midnight)."""

from __future__ import annotations

from corpus_lib import QUOTA, Mail, item

CAFE24 = ("카페24", "no-reply@cafe24corp.com")
GABIA = ("가비아", "noreply@gabia.com")
DOTHOME = ("닷홈", "webmaster@dothome.co.kr")
IWINV = ("iwinv", "noreply@iwinv.kr")
AWS_FREETIER = ("AWS Free Tier", "freetier@costalerts.amazonaws.com")
AWS_NOTIFY = ("Amazon Web Services", "no-reply-aws@amazon.com")
VERCEL = ("Vercel", "notifications@vercel.com")
NETLIFY = ("Netlify", "team@netlify.com")
GITHUB = ("GitHub", "noreply@github.com")
WORKSPACE = ("Google Workspace", "workspace-noreply@google.com")
HEROKU = ("Heroku", "bot@heroku.com")

MAILS: list[Mail] = [
    Mail(
        name="quota_cafe24_ko_disk90_html",
        category="positive",
        lang="ko",
        sender=CAFE24,
        subject="[카페24] 웹 사용량이 90%를 초과하였습니다",
        date="2026-11-09 08:10 +0900",
        to="owner@bluepeak.kr",
        form="html",
        html="""<div style="width:640px;margin:0 auto;font-family:'Nanum Gothic',sans-serif">
<h3>웹 사용량 초과 안내</h3>
<p>고객님께서 이용 중인 호스팅의 웹 사용량이 제공량의 90%를 초과하였습니다.
사용량이 100%에 도달하면 파일 업로드, 게시물 작성, 쇼핑몰 주문 처리 등이 정상적으로 이루어지지 않을 수 있습니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>호스팅 아이디</th><th>대표 도메인</th><th>사용량 / 제공량</th><th>사용률</th></tr>
<tr><td>bluepeak01</td><td>bluepeak01.cafe24.com</td><td>9.2GB / 10GB</td><td>92%</td></tr>
</table>
<p>불필요한 파일을 정리하시거나 [나의서비스관리 &gt; 추가 옵션]에서 웹 용량을 추가해 주세요.</p>
<p style="font-size:11px;color:#999">본 메일은 발신전용입니다.</p>
</div>""",
        items=[item(QUOTA, "Cafe24", "bluepeak01", "default", aliases=["bluepeak01.cafe24.com"])],
        note="no date: a rule default is accepted",
    ),
    Mail(
        name="quota_cafe24_ko_traffic_blocked",
        category="positive",
        lang="ko",
        sender=CAFE24,
        subject="[카페24] 일일 트래픽 초과로 홈페이지 접속이 차단되었습니다",
        date="2026-11-17 15:42 +0900",
        charset="euc-kr",
        cte="base64",
        to="it@sobok-market.kr",
        text="""[카페24] 트래픽 초과 안내

고객님의 호스팅(sobokmall)에서 오늘 하루 제공되는 트래픽 용량을 모두 사용하여
현재 시점부터 밤 12시(자정)까지 홈페이지 접속이 차단됩니다. 차단은 자정에 자동으로 해제됩니다.

 - 호스팅 아이디 : sobokmall
 - 일일 제공 트래픽 : 1.5GB
 - 금일 사용량 : 1.5GB (100%)

트래픽 초과가 반복된다면 상위 상품으로 변경하시거나 트래픽 추가 옵션을 신청해 주세요.
""",
        items=[item(QUOTA, "Cafe24", "sobokmall", "default", aliases=["sobokmall.cafe24.com"])],
    ),
    Mail(
        name="quota_cafe24_ko_ftp_limit_date",
        category="positive",
        lang="ko",
        sender=CAFE24,
        subject="[카페24] 웹 용량 초과 - 업로드 제한 예정 안내",
        date="2026-11-13 10:30 +0900",
        to="admin@dalnim.co.kr",
        charset="euc-kr",
        cte="base64",
        text="""웹 용량 초과 안내

고객님의 호스팅 계정 dalnimshop 의 웹 사용량이 제공량(5GB)을 초과하였습니다.
초과 상태가 계속되면 2026년 11월 20일부터 FTP 업로드 및 게시판 첨부가 제한됩니다.

정리 방법: 불필요한 백업 파일/로그 삭제, 또는 웹 용량 추가 신청
카페24 호스팅센터 : https://hosting.cafe24.com
""",
        items=[item(QUOTA, "Cafe24", "dalnimshop", "2026-11-20", aliases=["dalnimshop.cafe24.com"])],
    ),
    Mail(
        name="quota_cafe24_ko_mailbox_qp_euckr",
        category="positive",
        lang="ko",
        sender=("카페24 메일호스팅", "mailhosting@cafe24corp.com"),
        subject="[카페24] 메일 계정 용량 부족 안내",
        date="2026-10-29 09:00 +0900",
        to="admin@dalnim.co.kr",
        charset="euc-kr",
        cte="quoted-printable",
        text="""메일 계정 용량 부족 안내

아래 메일 계정의 사용 용량이 95%에 도달했습니다.
용량이 가득 차면 새로운 메일을 수신할 수 없으며, 보낸 사람에게 반송됩니다.

  메일 계정 : admin@dalnim.co.kr
  사용량 : 4.75GB / 5GB

받은편지함 및 휴지통을 정리하시거나 계정 용량을 추가해 주세요.
""",
        items=[item(QUOTA, "Cafe24", "admin@dalnim.co.kr", "default")],
        note="mailbox quota",
    ),
    Mail(
        name="quota_gabia_ko_disk_within7",
        category="positive",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 웹호스팅 디스크 사용량 경고 (95%)",
        date="2026-11-11 11:00 +0900",
        to="web@haneul-studio.kr",
        form="alt",
        html="""<p><b>웹호스팅 디스크 사용량 경고</b></p>
<p>고객님의 웹호스팅 <b>haneul-studio.kr</b> (아이디: haneul01) 의 디스크 사용량이 95%에 도달했습니다.</p>
<p>7일 이내에 파일을 정리하거나 디스크를 증설하지 않으시면 서비스가 일시 정지될 수 있습니다.</p>
<p>My가비아 &gt; 서비스 관리 &gt; 웹호스팅 &gt; 용량 추가</p>""",
        items=[item(QUOTA, "Gabia", "haneul-studio.kr", "2026-11-18", aliases=["haneul01"])],
        note="'7일 이내' counted from the mail date",
    ),
    Mail(
        name="quota_gabia_ko_traffic_suspend_date",
        category="positive",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 트래픽 초과에 따른 서비스 정지 예정 안내",
        date="2026-11-18 17:20 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        to="dev@greentea-labs.com",
        text="""안녕하세요, 가비아입니다.

고객님의 웹호스팅 greentea-labs.com 의 월간 트래픽 사용량이 제공량을 초과하였습니다.

 * 상품 : 스탠다드 웹호스팅
 * 월 제공 트래픽 : 30GB
 * 현재 사용량 : 31.4GB (104%)
 * 서비스 정지 예정일 : 2026.11.25

정지 예정일 전까지 트래픽을 추가 구매하시거나 상위 상품으로 변경해 주시기 바랍니다.
""",
        items=[item(QUOTA, "Gabia", "greentea-labs.com", "2026-11-25")],
        note="service will be suspended on <date>",
    ),
    Mail(
        name="quota_gabia_ko_followup_extended",
        category="followup",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 서비스 정지 예정일 변경 안내",
        date="2026-11-20 10:05 +0900",
        to="dev@greentea-labs.com",
        text="""안녕하세요, 가비아입니다.

고객님의 요청에 따라 트래픽 초과로 인한 서비스 정지 예정일을 아래와 같이 변경하였습니다.

 - 웹호스팅 : greentea-labs.com
 - 기존 정지 예정일 : 2026.11.25
 - 변경된 정지 예정일 : 2026.12.02

변경된 일자 전까지 트래픽 추가 또는 상품 변경을 완료해 주세요.
""",
        items=[item(QUOTA, "Gabia", "greentea-labs.com", "2026-12-02")],
        note="follow-up moves the deadline later",
    ),
    Mail(
        name="quota_gabia_ko_digest_report",
        category="digest",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 11월 호스팅 사용량 리포트",
        date="2026-11-15 09:00 +0900",
        to="it@sobok-market.kr",
        form="html",
        html="""<h3>호스팅 사용량 리포트 (2026년 11월 15일 기준)</h3>
<p>사용량이 90%를 넘은 서비스는 용량을 추가하지 않으면 업로드 및 메일 수신이 제한될 수 있습니다.</p>
<table border="1" cellpadding="5">
<tr><th>서비스</th><th>항목</th><th>사용량</th><th>상태</th></tr>
<tr><td>sobok-market.kr</td><td>디스크</td><td>96%</td><td>용량 부족</td></tr>
<tr><td>sobokmall.kr</td><td>DB</td><td>91%</td><td>용량 부족</td></tr>
<tr><td>sobok.store</td><td>디스크</td><td>40%</td><td>정상</td></tr>
</table>""",
        items=[
            item(QUOTA, "Gabia", "sobok-market.kr", "default"),
            item(QUOTA, "Gabia", "sobokmall.kr", "default"),
        ],
        note="report listing three services; only the two nearly full ones are items",
    ),
    Mail(
        name="quota_dothome_ko_disk_suspend",
        category="positive",
        lang="ko",
        sender=DOTHOME,
        subject="[닷홈] 무료호스팅 디스크 용량 초과 안내",
        date="2026-11-16 13:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        to="ops@oddjob.kr",
        text="""닷홈 무료호스팅 용량 초과 안내

고객님께서 사용 중인 무료호스팅(oddjob.dothome.co.kr)의 디스크 사용량이 제공 용량(1GB)을 초과하였습니다.

서비스 정지 예정일: 2026-11-30

정지 예정일 전까지 파일을 정리하시거나 유료 호스팅으로 전환해 주시기 바랍니다.
마이닷홈 > 호스팅 관리 > 웹 호스팅 목록에서 사용량을 확인하실 수 있습니다.

애니시큐어(주) 닷홈
""",
        items=[item(QUOTA, "Dothome", "oddjob.dothome.co.kr", "2026-11-30", aliases=["oddjob"])],
    ),
    Mail(
        name="quota_dothome_ko_traffic_3days",
        category="positive",
        lang="ko",
        sender=DOTHOME,
        subject="[닷홈] 트래픽 사용량 100% 도달 - 3일 후 접속 차단",
        date="2026-11-09 18:30 +0900",
        to="dev@haneul-studio.kr",
        form="html",
        cte="base64",
        html="""<table width="600"><tr><td>
<p>회원님의 웹호스팅 <strong>haneulblog.dothome.co.kr</strong> 의 월 트래픽 사용량이 100%에 도달했습니다.</p>
<p>트래픽 옵션을 추가하지 않으시면 <strong>2026년 11월 12일</strong>부터 웹사이트 접속이 차단됩니다.</p>
<p>차단된 웹사이트는 트래픽 옵션을 추가하면 즉시 재개됩니다.</p>
</td></tr></table>""",
        items=[item(QUOTA, "Dothome", "haneulblog.dothome.co.kr", "2026-11-12", aliases=["haneulblog"])],
    ),
    Mail(
        name="quota_iwinv_ko_vm_disk",
        category="positive",
        lang="ko",
        sender=IWINV,
        subject="[iwinv] 인스턴스 디스크 사용률 경고",
        date="2026-11-21 04:12 +0900",
        charset="cp949",
        cte="base64",
        to="ops@sobok-market.kr",
        text="""[iwinv 모니터링 알림]

인스턴스 sobok-web-01 의 디스크 사용률이 임계치를 초과했습니다.

  인스턴스 : sobok-web-01 (KR1-Z02)
  항목 : /dev/vda1 디스크 사용률
  현재 값 : 93%
  임계치 : 90%
  발생 시각 : 2026-11-21 04:10:33

디스크가 가득 차면 서비스가 중단될 수 있으니 확인 바랍니다.
""",
        items=[item(QUOTA, "iwinv", "sobok-web-01", "default")],
        note="event timestamp is a distractor",
    ),
    Mail(
        name="quota_iwinv_ko_db_dday",
        category="positive",
        lang="ko",
        sender=IWINV,
        subject="[iwinv] 웹호스팅 DB 용량 초과 D-5",
        date="2026-11-04 10:00 +0900",
        to="domains@pinecone-hq.com",
        text="""안녕하세요, iwinv 입니다.

웹호스팅 계정 pinecone 의 DB 사용량이 제공량을 초과하였습니다. (D-5)
5일 후 DB 쓰기 권한이 제한되니 그 전에 용량을 추가하거나 데이터를 정리해 주세요.

감사합니다.
""",
        items=[item(QUOTA, "iwinv", "pinecone", "2026-11-09")],
        note="D-5 counted from the mail date",
    ),
    Mail(
        name="quota_aws_freetier_85",
        category="positive",
        lang="en",
        sender=AWS_FREETIER,
        subject="AWS Free Tier limit alert",
        date="2026-11-14 06:23 +0000",
        cte="quoted-printable",
        to="aws-root@greentea-labs.com",
        auth_domain="costalerts.amazonaws.com",
        text="""Hello,

Your AWS account 4321-8765-2109 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of November.

Product            AWS Free Tier Usage Limit                              Usage Amount
AmazonEC2          750 Hrs for free for 12 months as part of AWS Free Usage Tier   652.5 Hrs
AmazonS3           5 GB-Mo for free for 12 months as part of AWS Free Usage Tier   4.4 GB-Mo

Any usage beyond the AWS Free Tier limits is charged at the regular On-Demand rate.
To learn more, visit the Billing and Cost Management console.

Sincerely,
Amazon Web Services
""",
        items=[item(QUOTA, "AWS", "432187652109", "default", aliases=["4321-8765-2109", "4321 8765 2109"])],
    ),
    Mail(
        name="quota_aws_lightsail_transfer",
        category="positive",
        lang="en",
        sender=AWS_NOTIFY,
        subject="Amazon Lightsail: your instance has used 90% of its data transfer allowance",
        date="2026-11-19 13:40 +0000",
        to="it@bluepeak.io",
        auth_domain="amazon.com",
        form="alt",
        html="""<p>Hello,</p>
<p>Your Lightsail instance <b>bluepeak-wp</b> in the Seoul (ap-northeast-2) Region has used 90% of the monthly data
transfer allowance included in its bundle (2 TB). Data transfer out above the allowance is charged.</p>
<p>Data transfer allowance resets at the start of each month.</p>
<p>Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109</p>""",
        items=[item(QUOTA, "AWS", "bluepeak-wp", "default")],
    ),
    Mail(
        name="quota_vercel_usage_90",
        category="positive",
        lang="en",
        sender=VERCEL,
        subject="Your Hobby team is approaching its usage limits",
        date="2026-11-12 21:05 +0000",
        to="dev@oddjob.dev",
        form="html",
        html="""<div style="font-family:Geist,Arial">
<h2>Usage Limit Warning</h2>
<p>We're getting in touch to let you know that your team <b>oddjob-dev</b> has consumed 90% of the Fast Data Transfer
included in the Hobby plan during the current 30 day usage period.</p>
<table><tr><td>Fast Data Transfer</td><td>90.3 GB / 100 GB (90%)</td></tr>
<tr><td>Edge Requests</td><td>612K / 1M (61%)</td></tr></table>
<p>If usage reaches 100%, your deployments will be paused until the usage period resets.</p>
<p><a href="https://vercel.com/oddjob-dev/~/usage">View usage</a></p></div>""",
        items=[item(QUOTA, "Vercel", "oddjob-dev", "default")],
    ),
    Mail(
        name="quota_vercel_paused",
        category="positive",
        lang="en",
        sender=VERCEL,
        subject="Your projects have been paused",
        date="2026-11-21 08:00 +0000",
        to="me@sketchbook.app",
        text="""Hi sketchbook,

Your Hobby team sketchbook-studio has exceeded 100% of the Serverless Function Execution included in the
Hobby plan (100 GB-Hours). As per the Fair Use Guidelines, your projects have been paused.

Serverless Function Execution - 104.2 GB-Hours / 100 GB-Hours (104.2%)

To resume your projects now, upgrade to Pro. Otherwise they will resume on December 4, 2026 when the usage
period resets.

The Vercel Team
""",
        items=[item(QUOTA, "Vercel", "sketchbook-studio", "default")],
        note="already exceeded; reset date is not an action deadline",
    ),
    Mail(
        name="quota_netlify_approaching",
        category="positive",
        lang="en",
        sender=NETLIFY,
        subject="You'll need an allowance increase soon!",
        date="2026-11-20 16:00 +0000",
        to="hello@mintcake.shop",
        form="alt",
        cte="quoted-printable",
        html="""<table width="560" style="font-family:Pangea,Arial"><tr><td>
<h1>You'll need an allowance increase soon!</h1>
<p>Your bandwidth usage on your project (mintcake-shop) has reached 90% of the current allowance in your billing
cycle from November 3 to December 2.</p>
<p>If bandwidth usage goes over the allowance before the end of the billing cycle, we'll add an extra bandwidth pack
for $55, increasing your allowance by 100GB for the current billing cycle.</p>
<p><a href="https://app.netlify.com/sites/mintcake-shop/usage">Check usage details</a></p>
</td></tr></table>""",
        items=[item(QUOTA, "Netlify", "mintcake-shop", "default")],
        note="billing-cycle dates are distractors",
    ),
    Mail(
        name="quota_netlify_exceeded_build",
        category="positive",
        lang="en",
        sender=NETLIFY,
        subject="You've exceeded your usage",
        date="2026-11-08 02:30 +0000",
        to="admin@greentea-labs.com",
        text="""You've exceeded your usage

Your build minutes usage on your team (Greentea Labs) has reached 100% of the current allowance in your billing
cycle from October 21 to November 20.

Extra packs of build minutes will be added to your account at $7 per 500 minutes for the current billing cycle.
You have the option to temporarily stop builds on a project to prevent further build minute usage.

Check usage details: https://app.netlify.com/teams/greentea-labs/billing/usage
""",
        items=[item(QUOTA, "Netlify", "Greentea Labs", "default", aliases=["greentea-labs"])],
    ),
    Mail(
        name="quota_github_actions_90",
        category="positive",
        lang="en",
        sender=GITHUB,
        subject="[GitHub] You've used 90% of included Actions minutes for oddjob-labs",
        date="2026-11-18 00:12 +0000",
        cte="base64",
        to="dev@oddjob.dev",
        text="""Hi @oddjob-admin,

The oddjob-labs organization has used 90% of its included GitHub Actions minutes for the current billing period
(Nov 1, 2026 - Nov 30, 2026).

  Actions minutes: 2,703 of 3,000 included minutes used

When you reach 100%, workflows will stop running unless a budget allows additional usage.
Manage budgets and alerts: https://github.com/organizations/oddjob-labs/settings/billing/budgets

- The GitHub Team
""",
        items=[item(QUOTA, "GitHub", "oddjob-labs", "default")],
    ),
    Mail(
        name="quota_github_lfs_storage_full",
        category="positive",
        lang="en",
        sender=GITHUB,
        subject="[GitHub] Git LFS storage for pinecone-hq has reached 100%",
        date="2026-11-06 19:45 +0000",
        to="domains@pinecone-hq.com",
        form="html",
        html="""<p>Hi @pinecone-hq,</p>
<p>Your account <b>pinecone-hq</b> has used 100% of its included Git LFS storage (10 GB).
Because your Git LFS budget is set to $0, pushes of new LFS objects are blocked for the rest of the month.</p>
<p>To keep pushing, increase your budget or remove large files.</p>
<p><a href="https://github.com/settings/billing">Billing and licensing</a></p>""",
        items=[item(QUOTA, "GitHub", "pinecone-hq", "default")],
    ),
    Mail(
        name="quota_workspace_almost_full",
        category="positive",
        lang="en",
        sender=WORKSPACE,
        subject="Your organization's storage is almost full",
        date="2026-11-10 17:00 +0000",
        to="admin@haneul-studio.kr",
        form="alt",
        html="""<div style="font-family:Google Sans,Roboto,Arial">
<p>Hi Haneul Studio administrator,</p>
<p>Your organization <b>haneul-studio.kr</b> has used 92% of its pooled storage (2.76 TB of 3 TB).</p>
<p>If you run out of storage, users won't be able to upload files to Drive, and Gmail may stop sending and receiving
email. Free up space or add storage in the Admin console.</p>
<p><a href="https://admin.google.com/ac/storage">Go to Admin console</a></p>
<p style="font-size:11px">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</p></div>""",
        items=[item(QUOTA, "Google Workspace", "haneul-studio.kr", "default")],
    ),
    Mail(
        name="quota_workspace_exceeded_readonly",
        category="positive",
        lang="en",
        sender=WORKSPACE,
        subject="Action required: your organization has exceeded its storage limit",
        date="2026-11-19 17:00 +0000",
        cte="quoted-printable",
        to="it@bluepeak.io",
        text="""Hello Administrator,

Your organization bluepeak.io has exceeded its pooled storage limit.

Unless you free up space or purchase more storage by December 3, 2026, your organization will become read-only:
users won't be able to upload files or create new Docs, Sheets, Slides or Forms, and email delivery may fail.

Manage storage: https://admin.google.com/ac/storage

The Google Workspace Team
""",
        items=[item(QUOTA, "Google Workspace", "bluepeak.io", "2026-12-03")],
    ),
    Mail(
        name="quota_heroku_rows_7days",
        category="positive",
        lang="en",
        sender=HEROKU,
        subject="[Heroku] Your database postgresql-curved-48213 exceeds its row limit",
        date="2026-11-15 11:00 +0000",
        to="dev@oddjob.dev",
        text="""Hi,

The database DATABASE_URL (postgresql-curved-48213) on Heroku app oddjob-api contains 10,051 rows, exceeding
the plan limit of 10,000. INSERT privileges to the database will be automatically revoked in 7 days. This will
cause service failures in most applications dependent on this database.

To avoid a disruption to your application, migrate the database to a plan with a larger limit or delete rows.

- Heroku
""",
        items=[item(QUOTA, "Heroku", "oddjob-api", "2026-11-22", aliases=["postgresql-curved-48213"])],
        note="'in 7 days' relative",
    ),
    Mail(
        name="quota_heroku_over_capacity_enforcement",
        category="positive",
        lang="en",
        sender=HEROKU,
        subject="Action required: Heroku Postgres database over plan capacity",
        date="2026-11-10 15:30 +0000",
        to="domains@pinecone-hq.com",
        form="alt",
        html="""<p>Your Heroku Postgres database <b>HEROKU_POSTGRESQL_COBALT</b> attached to <b>pinecone-api</b> is over its
plan capacity (Data Size: 68.4 GB, Essential-2 limit: 64 GB).</p>
<p>Status: Over Plan Capacity: Action Required</p>
<p>Upgrade the database or delete data before the enforcement date of <b>December 1, 2026</b>. After that date,
access is restricted to a single connection with READ, DELETE and TRUNCATE privileges.</p>""",
        items=[item(QUOTA, "Heroku", "pinecone-api", "2026-12-01", aliases=["HEROKU_POSTGRESQL_COBALT"])],
    ),
    Mail(
        name="quota_fwd_gmail_ko_cafe24",
        category="forward",
        lang="ko",
        sender=("정하늘", "haneul.jung@haneul-studio.kr"),
        subject="Fwd: [카페24] 웹 용량 초과 안내",
        date="2026-11-07 09:45 +0900",
        to="web@haneul-studio.kr",
        text="""호스팅 용량 건 확인해 주세요. 제 개인 메일로 와 있었어요.

---------- 전달된 메일 ---------
보낸사람: 카페24 <no-reply@cafe24corp.com>
Date: 2026년 11월 6일 (금) 오후 4:10
Subject: [카페24] 웹 용량 초과 안내
To: <haneul.jung.private@gmail.com>


고객님의 호스팅 계정 haneulweb 의 웹 사용량이 제공량을 초과하였습니다.
초과 상태가 지속되면 2026년 11월 13일부터 파일 업로드가 제한됩니다.

카페24 호스팅센터
""",
        items=[item(QUOTA, "Cafe24", "haneulweb", "2026-11-13", aliases=["haneulweb.cafe24.com"])],
        note="Gmail forward with the Korean UI header",
    ),
    Mail(
        name="quota_cafe24_ko_capacity_added",
        category="resolution",
        lang="ko",
        sender=CAFE24,
        subject="[카페24] 웹 용량 추가 신청이 완료되었습니다",
        date="2026-11-10 14:22 +0900",
        to="owner@bluepeak.kr",
        text="""추가 옵션 신청 완료 안내

호스팅 아이디 bluepeak01 의 웹 용량 추가(+5GB)가 완료되었습니다.
변경된 제공량 : 15GB (적용일 2026-11-10)

이용해 주셔서 감사합니다.
""",
        items=[item(QUOTA, "Cafe24", "bluepeak01", None, resolves=True, aliases=["bluepeak01.cafe24.com"])],
    ),
    Mail(
        name="quota_heroku_upgraded",
        category="resolution",
        lang="en",
        sender=HEROKU,
        subject="[Heroku] Database plan change complete for oddjob-api",
        date="2026-11-17 03:10 +0000",
        to="dev@oddjob.dev",
        text="""Your database postgresql-curved-48213 on oddjob-api has been upgraded from essential-0 to essential-1.
The database is now within its plan limits and INSERT privileges have been restored.

- Heroku
""",
        items=[item(QUOTA, "Heroku", "oddjob-api", None, resolves=True, aliases=["postgresql-curved-48213"])],
    ),
    Mail(
        name="quota_reply_cafe24",
        category="reply",
        lang="ko",
        sender=("박서연", "seoyeon@sobok-market.kr"),
        subject="Re: [카페24] 일일 트래픽 초과로 홈페이지 접속이 차단되었습니다",
        date="2026-11-17 16:05 +0900",
        to="it@sobok-market.kr",
        headers={"In-Reply-To": "<cafe24-traffic-1117@cafe24corp.com>"},
        text="""이벤트 페이지 때문인 것 같아요. 내일 트래픽 옵션 추가할게요.

2026년 11월 17일 (화) 오후 3:42, 카페24 <no-reply@cafe24corp.com>님이 작성:
> 고객님의 호스팅(sobokmall)에서 오늘 하루 제공되는 트래픽 용량을 모두 사용하여
> 현재 시점부터 밤 12시(자정)까지 홈페이지 접속이 차단됩니다.
""",
        items=[],
    ),
]

MAILS += [
    Mail(
        name="quota_workspace_ko_localized",
        category="positive",
        lang="ko",
        sender=WORKSPACE,
        subject="조직의 저장용량이 거의 가득 찼습니다",
        date="2026-11-19 09:00 +0900",
        to="admin@dalnim.co.kr",
        form="html",
        html="""<div style="font-family:'Noto Sans KR',sans-serif">
<p>관리자님, 안녕하세요.</p>
<p>조직(<b>dalnim.co.kr</b>)의 통합 저장용량 중 95%를 사용했습니다.</p>
<p>저장용량이 부족하면 사용자가 Drive에 파일을 업로드할 수 없고 Gmail에서 메일을 주고받지 못할 수 있습니다.
관리 콘솔에서 저장용량을 확보하거나 추가 구매하세요.</p></div>""",
        items=[item(QUOTA, "Google Workspace", "dalnim.co.kr", "default")],
    ),
]

MAILS += [
    Mail(
        name="quota_heroku_no_later_than",
        category="positive",
        lang="en",
        sender=HEROKU,
        subject="[Heroku] Action required for sketchbook-api: database storage limit reached",
        date="2026-11-18 09:00 +0000",
        to="me@sketchbook.app",
        text="""Hello,

The Heroku Postgres database attached to sketchbook-api has reached its Essential-0 storage limit (1 GB).
Please upgrade the plan or delete data no later than December 10, 2026. After that date, write access to the
database will be revoked.

- Heroku
""",
        items=[item(QUOTA, "Heroku", "sketchbook-api", "2026-12-10")],
        note="'no later than' cue",
    ),
]
