"""holdout6: hosting-quota warnings from long-tail hosts and PaaS (Hetzner, Vultr, Fly.io, Render,
Supabase, MongoDB Atlas, Cloudflare Workers, NHN Cloud, KT Cloud, NAVER Cloud, Cafe24 shop traffic, Dothome)."""

# ruff: noqa: E501  (vendor HTML and mail lines are kept as the vendors lay them out)

from __future__ import annotations

from corpus_lib import QUOTA, item
from h6_common import ent, mail, wd

MAILS = [
    mail(
        name="quota_hetzner_en_traffic",
        category="positive",
        lang="en",
        sender=("Hetzner Online GmbH", "info@hetzner.com"),
        subject="Traffic warning: server #2184553 (EX44)",
        date="2026-11-18 04:15 +0100",
        text="""Dear Minji Park,

Customer number: K0923811

This is an automatically generated warning. Your dedicated server

  Server:    #2184553 "hanul-web-1" (EX44)
  Main IP:   203.0.113.44

has used 91% of its included monthly outgoing traffic (20 TB) in the current
billing period (01 Nov - 30 Nov 2026).

If the traffic limit is exceeded, the connection speed of the server will be
restricted to 10 Mbit/s for the rest of the billing period, unless you order
additional traffic in Robot under "Servers" > "Traffic".

Kind regards

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
E-Mail: info@hetzner.com
Register Court: Registergericht Ansbach, HRB 6089
CEO: Martin Hetzner, Stephan Konvickova, Gunther Blaschke
""",
        note="no act-by date; the billing period end is a distractor, not a deadline",
        items=[item(QUOTA, "Hetzner", "hanul-web-1", "default", aliases=["#2184553", "2184553"])],
    ),
    mail(
        name="quota_flyio_en_volume",
        category="positive",
        lang="en",
        sender=("Fly.io", "notify@fly.io"),
        subject="[hanul-api] Volume vol_4y5xm2q8lk0r is 94% full",
        date="2026-11-22 07:03 +0000",
        text="""Hey there,

A volume attached to your app hanul-api is almost out of space:

  Volume:   vol_4y5xm2q8lk0r (pg_data)
  Region:   nrt
  Used:     9.4 GB of 10 GB (94%)

When a volume fills up, writes fail and Postgres may stop accepting connections.
You can extend the volume without downtime:

  fly volumes extend vol_4y5xm2q8lk0r -s 20 -a hanul-api

Organization: hanul-studio
Docs: https://fly.io/docs/volumes/volume-manage/

-- The Fly.io team
Fly.io, Inc. | 2045 W Grand Ave Ste B, PMB 35354, Chicago, IL 60612
You're receiving this because you're an admin of the hanul-studio organization.
""",
        note="no date",
        items=[item(QUOTA, "Fly.io", "hanul-api", "default", aliases=["vol_4y5xm2q8lk0r"])],
    ),
    mail(
        name="quota_render_en_suspend",
        category="positive",
        lang="en",
        sender=("Render", "no-reply@render.com"),
        subject="Your workspace is running out of free instance hours",
        date="2026-11-21 18:00 +0000",
        form="alt",
        text="""Hi Minji,

Your workspace "Hanul Studio" has used 712 of its 750 free instance hours this month.

If usage continues at this rate, your free web services will be suspended on November 27, 2026
and will stay suspended until your usage resets on December 1, 2026.

Upgrade any service to a paid instance type to keep it running:
https://dashboard.render.com/billing

Render Services, Inc. 525 Brannan Street, Suite 300, San Francisco, CA 94107
""",
        html="""<html><body style="font-family:Inter,Arial"><div style="max-width:560px;margin:auto">
<p><b>render</b></p>
<p>Hi Minji,</p>
<p>The <b>Hanul Studio</b> workspace is about to run out of free instance hours (712 / 750 used).</p>
<p>Free services will be <b>suspended on Nov 27, 2026</b> if usage continues. They resume when usage resets
on Dec 1.</p>
<p><a href="https://dashboard.render.com/billing">Upgrade services</a></p>
<p style="font-size:11px;color:#777">Render Services, Inc. &bull; 525 Brannan Street, San Francisco</p>
</div></body></html>
""",
        note="suspension date is the deadline; the usage reset date is a distractor",
        items=[item(QUOTA, "Render", "Hanul Studio", "2026-11-27")],
    ),
    mail(
        name="quota_supabase_en_grace",
        category="positive",
        lang="en",
        sender=("Supabase", "noreply@supabase.com"),
        subject="Your grace period has started (Storage Size Exceeded)",
        date="2026-11-14 02:31 +0000",
        form="html",
        html="""<html><body style="background:#1c1c1c;color:#ededed;font-family:-apple-system,Arial">
<table width="560" align="center" cellpadding="20"><tr><td>
<p style="color:#3ecf8e;font-weight:bold">supabase</p>
<h3>Your grace period has started.</h3>
<p>Your organization <b>Hanul Studio</b> is over its quota (Storage Size Exceeded: 1.21 GB of 1 GB).</p>
<p>You can continue with your projects until your grace period ends on 14 Dec, 2026. After that, the Fair Use
Policy will apply. If you plan to maintain this level of usage, upgrade your plan to avoid any restrictions.
If restrictions are applied, requests to your projects will return a 402 status code.</p>
<p>Projects in this organization: hanul-web (ap-northeast-2), hanul-admin (ap-northeast-2)</p>
<p><a href="https://supabase.com/dashboard/org/hanul-studio/usage" style="color:#3ecf8e">View usage</a></p>
<p style="font-size:11px;color:#8f8f8f">Supabase Inc, 970 Toa Payoh North #07-04, Singapore 318992</p>
</td></tr></table></body></html>
""",
        note="wording as Supabase users quoted it publicly; grace end is the deadline",
        items=[item(QUOTA, "Supabase", "Hanul Studio", "2026-12-14", aliases=["hanul-studio"])],
    ),
    mail(
        name="quota_atlas_en_disk",
        category="positive",
        lang="en",
        sender=("MongoDB Atlas", "mongodb-atlas-alerts@mongodb.com"),
        subject="[Hanul Studio] Disk space % used on data partition is above 90% for hanul-prod-shard-00-01",
        date="2026-11-20 11:48 +0000",
        text="""Alert: Disk space % used on data partition is above 90%

Organization: Hanul Studio
Project: hanul-prod
Cluster: hanul-prod (M10, AWS Seoul ap-northeast-2)
Host: hanul-prod-shard-00-01.x8kqz.mongodb.net:27017
Current value: 92.4%
Created: 2026/11/20 11:47 GMT

When the disk is full the node stops accepting writes. Increase the cluster's storage or enable
storage auto-scaling: https://cloud.mongodb.com/v2/6523fa0e#/clusters/edit/hanul-prod

Acknowledge this alert: https://cloud.mongodb.com/v2/6523fa0e#/alerts

You are receiving this email because you are a Project Owner of hanul-prod.
MongoDB, Inc. 1633 Broadway, 38th Floor, New York, NY 10019
""",
        note="alert timestamp is not a deadline",
        items=[item(QUOTA, "MongoDB Atlas", "hanul-prod", "default")],
    ),
    mail(
        name="quota_cfworkers_en_daily",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Workers Free plan: you've used 80% of your daily request limit",
        date="2026-11-21 15:10 +0000",
        text="""Cloudflare Notification

Account: Hanul Studio (4f2c9e11aa07)

Your account has used 80,214 of the 100,000 requests included per day on the Workers Free plan.
Requests above the daily limit will fail with error 1027 until the limit resets at 00:00 UTC.

Worker with the most requests: hanul-image-resizer

Upgrade to Workers Paid to remove the daily limit:
https://dash.cloudflare.com/4f2c9e11aa07/workers/plans

--
You are receiving this email because of a notification you configured. Manage notifications:
https://dash.cloudflare.com/4f2c9e11aa07/notifications
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""",
        note="daily limit; no act-by date",
        items=[item(QUOTA, "Cloudflare", "Hanul Studio", "default", aliases=["hanul-image-resizer", "4f2c9e11aa07"])],
    ),
    mail(
        name="quota_nhncloud_ko",
        category="positive",
        lang="ko",
        sender=("NHN Cloud", "noreply@nhncloud.com"),
        subject="[NHN Cloud] Object Storage 사용량 한도 도달 예정 안내",
        date="2026-11-19 10:05 +0900",
        form="html",
        html="""<html><body><table width="640" cellpadding="0" cellspacing="0" style="font-family:'Noto Sans KR',sans-serif;font-size:14px">
<tr><td style="background:#125de6;padding:16px;color:#fff;font-weight:bold">NHN Cloud</td></tr>
<tr><td style="padding:24px;line-height:1.7">
안녕하세요, NHN Cloud입니다.<br><br>
고객님의 프로젝트에서 사용 중인 Object Storage 용량이 설정된 한도에 근접하여 안내드립니다.<br><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#ddd;width:100%">
<tr style="background:#f3f6fb"><th>조직</th><th>프로젝트</th><th>사용량 / 한도</th><th>사용률</th></tr>
<tr><td>하늘스튜디오</td><td>hanul-media</td><td>4.6 TB / 5 TB</td><td>92%</td></tr>
</table><br>
한도에 도달하면 신규 오브젝트 업로드가 제한됩니다. 콘솔 &gt; Storage &gt; Object Storage에서 한도를 조정하시거나
불필요한 데이터를 정리해 주시기 바랍니다.<br><br>
감사합니다.</td></tr>
<tr><td style="padding:16px;background:#f7f7f7;font-size:11px;color:#888">
본 메일은 발신 전용입니다. 문의: 고객센터 1588-7967 | NHN Cloud Corp. 경기도 성남시 분당구 대왕판교로645번길 16</td></tr>
</table></body></html>
""",
        note="no date",
        items=[item(QUOTA, "NHN Cloud", "hanul-media", "default")],
    ),
    mail(
        name="quota_ktcloud_ko_traffic",
        category="positive",
        lang="ko",
        sender=("kt cloud", "noreply@ktcloud.com"),
        subject="[kt cloud] 웹호스팅 트래픽 초과 예정 및 서비스 제한 안내",
        date="2026-11-22 09:12 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text=f"""안녕하십니까, kt cloud입니다.

고객님께서 이용 중인 웹호스팅 상품의 월 트래픽 사용량이 제공량의 95%를 초과하였습니다.

  - 호스팅 ID : hanulweb
  - 대표 도메인 : www.hanul-studio.kr
  - 상품 : 비즈니스 호스팅 (월 트래픽 300GB)
  - 사용량 : 286GB (95.3%)

제공량을 모두 사용하는 경우 2026년 11월 30일({wd("2026-11-30")}) 00시부터 월말까지
홈페이지 접속이 제한될 수 있습니다. 서비스 제한을 원치 않으시면 트래픽 추가 상품을 신청해 주십시오.

※ 트래픽 사용량은 매월 1일 초기화됩니다.

kt cloud 고객센터 080-2580-005 | https://cloud.kt.com
""",
        note="EUC-KR quoted-printable; suspension date is the deadline, monthly reset is a distractor",
        items=[item(QUOTA, "kt cloud", "hanulweb", "2026-11-30", aliases=["www.hanul-studio.kr", "hanul-studio.kr"])],
    ),
    mail(
        name="quota_ncloud_ko_within",
        category="positive",
        lang="ko",
        sender=("NAVER Cloud Platform", "ncloud_noreply@ncloud.com"),
        subject="[NAVER Cloud Platform] 웹 호스팅 디스크 사용량 초과 안내",
        date="2026-11-20 16:40 +0900",
        charset="cp949",
        cte="base64",
        text="""안녕하세요. NAVER Cloud Platform입니다.

고객님의 웹 호스팅 서버 디스크 사용량이 제공 용량을 초과하여 안내드립니다.

■ 대상 서버 : hanul-wp-01 (Server Instance No. 21498832)
■ 디스크 사용량 : 52.1GB / 50GB (104%)
■ 확인 일시 : 2026-11-20 16:30

안내일로부터 7일 이내에 불필요한 파일을 정리하시거나 스토리지를 추가해 주시기 바랍니다.
기한 내 조치되지 않는 경우 서버 쓰기 작업이 제한될 수 있습니다.

감사합니다.
NAVER Cloud Platform 드림

본 메일은 발신 전용 메일입니다. 문의사항은 고객지원 > 1:1 문의를 이용해 주세요.
네이버클라우드(주) | 경기도 성남시 분당구 분당내곡로 117
""",
        note="'안내일로부터 7일 이내' counted from the mail's date: 2026-11-27",
        items=[item(QUOTA, "NAVER Cloud", "hanul-wp-01", "2026-11-27", aliases=["21498832"])],
    ),
    mail(
        name="quota_cafe24_ko_shoptraffic",
        category="positive",
        lang="ko",
        sender=("카페24", "cafe24@cafe24.com"),
        subject="[카페24] 쇼핑몰 트래픽 초과 안내 (hanulgoods)",
        date="2026-11-22 21:00 +0900",
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        html=f"""<html><body><table width="700" align="center" cellpadding="0" cellspacing="0"
style="font-family:'Malgun Gothic';font-size:13px;color:#333">
<tr><td style="padding:18px;border-bottom:2px solid #1e3b8b"><b style="color:#1e3b8b;font-size:20px">cafe24</b></td></tr>
<tr><td style="padding:24px;line-height:1.9">
<b>hanulgoods</b> 쇼핑몰 운영자님, 안녕하세요.<br>
쇼핑몰의 일일 트래픽 사용량이 제공량을 초과하였습니다.<br><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;border-color:#ccc">
<tr><th bgcolor="#f2f2f2">쇼핑몰 아이디</th><td>hanulgoods</td></tr>
<tr><th bgcolor="#f2f2f2">{ent("사용량")}</th><td>3.2GB / 3GB (일일)</td></tr>
<tr><th bgcolor="#f2f2f2">{ent("접속 제한 예정")}</th><td>2026년 11월 24일({wd("2026-11-24")}) 오전 0시</td></tr>
</table><br>
트래픽 초과 상태가 지속되면 위 일시부터 쇼핑몰 접속이 제한됩니다.<br>
[쇼핑몰 관리자 &gt; 상점관리 &gt; 부가서비스 &gt; 트래픽 추가]에서 추가 트래픽을 신청해 주세요.<br><br>
※ 11월 한정 트래픽 추가 20% 할인 이벤트 (~2026.11.30)
</td></tr>
<tr><td style="padding:16px;background:#f5f5f5;font-size:11px;color:#888">
본 메일은 발신전용입니다. (주)카페24 | 서울특별시 동작구 보라매로5가길 7 | 고객센터 1588-3284</td></tr>
</table></body></html>
""",
        note="numeric character references for some Hangul labels; promotion end 11-30 is a distractor",
        items=[item(QUOTA, "Cafe24", "hanulgoods", "2026-11-24")],
    ),
    mail(
        name="quota_dothome_ko_free",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료호스팅 웹 용량 사용량 안내",
        date="2026-11-15 07:30 +0900",
        text="""안녕하세요. 닷홈입니다.

고객님께서 사용 중인 무료호스팅(hanulblog.dothome.co.kr)의 웹 용량이 거의 가득 찼습니다.

  아이디 : hanulblog
  웹 용량 : 955MB / 1,000MB (95%)
  가입일 : 2024-03-02

웹 용량이 가득 차면 파일 업로드 및 게시물 작성이 되지 않습니다.
불필요한 파일을 삭제하시거나 유료 호스팅으로 업그레이드해 주세요.

마이닷홈 : https://www.dothome.co.kr/mydothome

닷홈 드림
""",
        note="no date; sign-up date is a distractor",
        items=[item(QUOTA, "닷홈", "hanulblog", "default", aliases=["hanulblog.dothome.co.kr"])],
    ),
]
