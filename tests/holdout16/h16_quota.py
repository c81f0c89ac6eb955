"""holdout16: hosting-quota notices for the studio's game servers and web shop (AWS, Google Cloud,
NHN Cloud, NAVER Cloud, Cafe24, Firebase), single positives only."""

# ruff: noqa: E501  (mail bodies are data: vendors' HTML lines are as long as vendors write them)

from __future__ import annotations

from h16_lib import QUOTA, Mail, item, mk

AWS_FOOT = """
Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates,
410 Terry Ave. North, Seattle, WA 98109-5210.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was sent to the account owner of AWS account 4821-5573-0196.
Reference: https://aws.amazon.com/free/
"""

MAILS: list[Mail] = [
    mk(
        name="h16_quota_aws_freetier_ec2",
        category="positive",
        lang="en",
        sender=("AWS Free Tier", "no-reply-aws@amazon.com"),
        subject="AWS Free Tier limit alert",
        date="2026-10-14 03:22 +0000",
        auth_domain="amazon.com",
        text="""Hello,

Your AWS account 482155730196 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of October.

Product          AWS Free Tier Usage as of 10/13/2026    Usage Limit
Amazon Elastic   637 Hrs                                 750 Hrs
Compute Cloud
(EC2)            (t3.micro, ap-northeast-2, moonrabbit-run-api-1)

To learn more about your AWS Free Tier usage, sign in to the AWS Billing and Cost Management console.
Usage above the free limit is billed at standard on-demand rates. Free Tier usage resets on November 1.
"""
        + AWS_FOOT,
        items=[item(QUOTA, "AWS", "482155730196", "default", aliases=["4821-5573-0196", "Amazon EC2"])],
        note="no deadline; usage reset date and as-of date are distractors",
    ),
    mk(
        name="h16_quota_aws_datatransfer",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        subject="AWS Free Tier usage limit exceeded: Data Transfer",
        date="2026-11-06 21:05 +0000",
        form="html",
        html="""<html><body style="font-family:Arial;font-size:14px">
<table width="600"><tr><td style="background:#232f3e;padding:12px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="80" alt="AWS"></td></tr>
<tr><td style="padding:16px">
<p>Greetings from Amazon Web Services,</p>
<p>This notification is to let you know that your AWS account <b>4821-5573-0196</b> has now exceeded 100%
of the Free Tier limit for <b>Data Transfer Out (Internet)</b>: 100 GB per month.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Service</th><th>Usage</th><th>Free Tier limit</th></tr>
<tr><td>AWS Data Transfer (ap-northeast-2)</td><td>103.4 GB</td><td>100 GB</td></tr>
</table>
<p>Additional usage this month (through November 30, 2026) will be charged at standard rates.
To reduce charges, review CloudFront distributions and EC2 egress for the Moon Rabbit Run patch server.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
410 Terry Avenue North, Seattle, WA 98109-5210. This message was sent to the account owner.</p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "AWS", "4821-5573-0196", "default", aliases=["482155730196"])],
        note="exceeded; end of billing month is a distractor, not a deadline",
    ),
    mk(
        name="h16_quota_gcp_billing_suspend",
        category="positive",
        lang="en",
        sender=("Google Cloud Billing", "billing-noreply@google.com"),
        subject="[Action Required] Your Google Cloud billing account will be suspended",
        date="2026-11-17 16:48 -0800",
        auth_domain="google.com",
        text="""Dear Google Cloud customer,

We were unable to process payment for your Google Cloud billing account
"Moon Rabbit Studio main" (ID: 01A7C2-5D93E1-B40F86).

If the outstanding balance of ₩312,460 is not paid, the billing account will be suspended on
December 2, 2026. When a billing account is suspended, all projects linked to it stop serving,
including:
  - moonrabbit-run-prod
  - catinn-tycoon-live

Resources may be deleted after suspension. To avoid service interruption, update your payment
method or make a manual payment in the Cloud Console:
https://console.cloud.google.com/billing/01A7C2-5D93E1-B40F86/payment

Invoice date: November 1, 2026 · Payment due: November 15, 2026

Thanks,
The Google Cloud Billing Team

© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your
Google Cloud Platform or other Google Cloud account.
""",
        items=[
            item(
                QUOTA,
                "Google Cloud",
                "01A7C2-5D93E1-B40F86",
                "2026-12-02",
                aliases=["Moon Rabbit Studio main"],
            )
        ],
        note="billing suspension is in scope per issue3 ('service will be suspended on <date>'); unsure it is "
        "'quota' strictly; invoice/payment due dates are distractors",
    ),
    mk(
        name="h16_quota_nhn_gamebase",
        category="positive",
        lang="ko",
        sender=("NHN Cloud", "no-reply@nhncloud.com"),
        subject="[NHN Cloud] Gamebase 무료 제공량 초과 예정 안내",
        date="2026-10-27 10:05 +0900",
        form="html",
        html="""<html><body>
<table width="680" cellpadding="0" cellspacing="0" style="font-family:'Noto Sans KR',sans-serif;border:1px solid #e5e5e5">
<tr><td style="padding:20px 30px;background:#0a1a3a"><img src="https://static.toastoven.net/nhncloud/mail/logo_w.png" alt="NHN Cloud" height="22"></td></tr>
<tr><td style="padding:30px;font-size:14px;line-height:1.7;color:#333">
안녕하세요, NHN Cloud입니다.<br>
고객님 프로젝트의 Gamebase 사용량이 이번 달 무료 제공량의 <b>92%</b>에 도달하여 안내드립니다.<br><br>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd;font-size:13px">
<tr style="background:#f7f8fa"><th>조직</th><th>프로젝트</th><th>앱 ID</th><th>MAU</th><th>무료 제공량</th></tr>
<tr><td>moonrabbit</td><td>고양이여관-LIVE</td><td>Wp3kYt7q</td><td>9,214</td><td>10,000 MAU</td></tr>
</table><br>
무료 제공량을 초과하면 초과분에 대해 요금이 부과됩니다. 요금제 변경 및 사용량은 콘솔 &gt; Billing에서 확인하실 수 있습니다.<br>
※ 사용량 집계 기준: 2026-10-26 23:59 (KST)
</td></tr>
<tr><td style="padding:16px 30px;background:#f7f8fa;font-size:11px;color:#888">
본 메일은 발신 전용 메일입니다. | NHN Cloud Corp. 경기도 성남시 분당구 대왕판교로645번길 16<br>
고객센터 1588-7967 | 수신거부를 원하시면 콘솔 &gt; 알림 설정에서 변경하세요.
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "NHN Cloud", "고양이여관-LIVE", "default", aliases=["Wp3kYt7q", "moonrabbit"])],
        note="no date; tally timestamp is a distractor",
    ),
    mk(
        name="h16_quota_ncloud_disk",
        category="positive",
        lang="ko",
        sender=("네이버 클라우드 플랫폼", "noreply@ncloud.com"),
        subject="[NAVER Cloud] [Cloud Insight] 이벤트 발생 - 디스크 사용률 임계치 초과",
        date="2026-11-19 03:47 +0900",
        auth_domain="ncloud.com",
        text="""[Cloud Insight] 이벤트 알림

고객님께서 설정하신 감시 항목의 임계치를 초과하는 이벤트가 발생했습니다.

- 이벤트 레벨 : CRITICAL
- 상품 : Server (VPC)
- 대상 : mr-run-game-01 (서버 인스턴스 번호 21873340)
- 감시 항목 : disk/used_rto (/data)
- 조건 : >= 90 % (5분 지속)
- 현재 값 : 96.8 %
- 발생 일시 : 2026-11-19 03:45:12 (KST)

디스크 공간이 부족하면 게임 서버 로그 기록 및 DB 쓰기가 실패할 수 있습니다.
불필요한 파일을 정리하거나 스토리지를 추가해 주세요.

본 메일은 네이버 클라우드 플랫폼 콘솔의 Cloud Insight 설정에 따라 발송되었습니다.
NAVER Cloud Corp. 경기도 성남시 분당구 분당내곡로 117 (백현동, 크래프톤타워)
""",
        items=[item(QUOTA, "NAVER Cloud", "mr-run-game-01", "default", aliases=["21873340"])],
        note="monitoring alarm on disk nearly full; event timestamp is a distractor",
    ),
    mk(
        name="h16_quota_cafe24_traffic",
        category="positive",
        lang="ko",
        sender=("카페24", "noreply@cafe24.com"),
        subject="[카페24] 쇼핑몰 트래픽 초과 안내 - 접속 제한 예정",
        date="2026-11-21 15:20 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""안녕하세요. 카페24 호스팅센터입니다.

고객님의 쇼핑몰(moonrabbitshop) 이미지 트래픽이 이번 달 제공량을 초과하였습니다.

  쇼핑몰 아이디 : moonrabbitshop
  대표 도메인 : shop.moonrabbit.kr
  월 제공 트래픽 : 300 GB
  현재 사용량 : 317.2 GB (105%)

2026년 11월 25일(수) 오전 0시부터 트래픽 초과로 이미지 접속이 제한됩니다.
접속 제한을 원하지 않으시면 그 전에 트래픽 자동 충전을 신청하시거나 상위 상품으로 변경해 주세요.

※ 트래픽은 매월 1일 초기화됩니다. (다음 초기화: 2026년 12월 1일)

카페24 호스팅센터 https://hosting.cafe24.com
(주)카페24 | 서울특별시 동작구 보라매로5가길 7 | 고객센터 1588-3413
""",
        items=[item(QUOTA, "Cafe24", "moonrabbitshop", "2026-11-25", aliases=["shop.moonrabbit.kr"])],
        note="Korean date with 오전 time and weekday; monthly reset date is a distractor",
    ),
    mk(
        name="h16_quota_firebase_firestore",
        category="positive",
        lang="en",
        sender=("Firebase", "firebase-noreply@google.com"),
        subject="Your Firebase project cat-inn-tycoon is approaching its Spark plan limits",
        date="2026-10-08 08:15 +0000",
        auth_domain="google.com",
        form="alt",
        html="""<html><body style="font-family:Roboto,Arial">
<div style="display:none">Cloud Firestore reads are at 88% of the daily no-cost quota.</div>
<table width="600" align="center"><tr><td>
<img src="https://www.gstatic.com/mobilesdk/160503_mobilesdk/logo/2x/firebase_28dp.png" alt="Firebase"><br>
<h2 style="font-weight:400">Your project is nearing its usage limit</h2>
<p>Hi there,</p>
<p>Your Firebase project <b>cat-inn-tycoon</b> (Cat Inn Tycoon) on the Spark (no-cost) plan has used
88% of its daily <b>Cloud Firestore</b> document reads quota (50,000 reads/day).</p>
<p>When the quota is exhausted, further reads fail with <code>RESOURCE_EXHAUSTED</code> until the quota
resets at midnight Pacific time. To avoid interruption, upgrade to the Blaze (pay as you go) plan.</p>
<p><a href="https://console.firebase.google.com/project/cat-inn-tycoon/usage/details">View usage</a></p>
<p style="font-size:11px;color:#757575">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA<br>
You've received this mandatory service announcement to update you about important changes to your
Firebase project.</p></td></tr></table></body></html>
""",
        text="""Your project is nearing its usage limit

Your Firebase project cat-inn-tycoon on the Spark plan has used 88% of its daily Cloud Firestore reads quota.
Upgrade to Blaze to avoid interruption. https://console.firebase.google.com/project/cat-inn-tycoon/usage/details
""",
        items=[item(QUOTA, "Firebase", "cat-inn-tycoon", "default", aliases=["Cat Inn Tycoon"])],
        note="daily quota; no calendar deadline",
    ),
    mk(
        name="h16_quota_cafe24_webspace",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅", "hosting@cafe24.com"),
        subject="[카페24] 웹 용량 사용량 90% 초과 안내",
        date="2026-09-18 09:40 +0900",
        auth_domain="cafe24.com",
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        html="""<html><body><div style="width:600px;font-size:12px;font-family:굴림">
<p><b>카페24 웹호스팅 용량 안내</b></p>
<p>안녕하세요, 고객님.<br>고객님께서 사용 중인 웹호스팅(아이디: <b>mrpatch</b>)의 웹 용량 사용량이 90%를 넘었습니다.</p>
<p>· 상품 : 10G 광아우토반 Basic<br>· 웹 용량 : 9.2GB / 10GB<br>· 연결 도메인 : patch.moonrabbit.kr</p>
<p>용량이 가득 차면 파일 업로드와 게시글 작성, 패치 파일 배포가 되지 않습니다.<br>
불필요한 파일을 삭제하거나 상품 변경(업그레이드)을 진행해 주시기 바랍니다.</p>
<p style="color:#999">ⓒ CAFE24 Corp. 본 메일은 정보통신망법에 따라 서비스 이용 안내를 위해 발송되었습니다.</p>
</div></body></html>
""",
        items=[item(QUOTA, "Cafe24", "mrpatch", "default", aliases=["patch.moonrabbit.kr"])],
        note="ks_c_5601-1987 label, HTML only with <br> lines",
    ),
    mk(
        name="h16_quota_ncloud_objstorage_7days",
        category="positive",
        lang="ko",
        sender=("네이버 클라우드 플랫폼", "noreply@ncloud.com"),
        subject="[NAVER Cloud] Object Storage 버킷 용량 한도 초과 안내",
        date="2026-11-20 13:30 +0900",
        charset="euc-kr",
        cte="base64",
        text="""안녕하세요. 네이버 클라우드 플랫폼입니다.

고객님의 Object Storage 버킷이 설정된 용량 한도를 초과하였습니다.

  버킷 이름 : catinn-cdn-assets
  리전 : KR
  설정 한도 : 500 GB
  현재 사용량 : 512.7 GB

본 안내일로부터 7일 이내에 불필요한 객체를 삭제하거나 한도를 상향하지 않으면
해당 버킷에 대한 쓰기(PUT) 요청이 제한됩니다. 읽기 요청은 계속 가능합니다.

콘솔 > Object Storage > Bucket Management 에서 확인하실 수 있습니다.

네이버클라우드 주식회사 | 고객지원 1544-5876
※ 본 메일은 발신 전용입니다.
""",
        items=[item(QUOTA, "NAVER Cloud", "catinn-cdn-assets", "2026-11-27")],
        note="'7일 이내' counted from the 11-20 mail date",
    ),
]
