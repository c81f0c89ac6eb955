"""holdout16: digests, forwards (Gmail, Naver, Outlook 원본 메시지, message/rfc822), follow-ups that move a
date, resolutions and replies quoting a notice."""

# ruff: noqa: E501  (mail bodies are data: vendors' HTML lines are as long as vendors write them)

from __future__ import annotations

from h16_lib import DOMAIN, QUOTA, RFC822, SOCIAL, Mail, item, mk

CEO_GMAIL = ("김하늘", "haneul.kim83@gmail.com")
CEO_NAVER = ("김하늘", "skyhaneul@naver.com")
STAFF = ("박도윤", "doyoon.park@moonrabbit-studio.co.kr")

DIGESTS: list[Mail] = [
    mk(
        name="h16_dig_gabia_three",
        category="digest",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 만료 예정 도메인 안내 (3건)",
        date="2026-11-18 09:00 +0900",
        form="html",
        html="""<html><body style="background:#f5f6f8;margin:0">
<span style="display:none;font-size:0">만료 예정 도메인 3건이 있습니다. 만료 전에 연장하세요.</span>
<table width="650" align="center" cellspacing="0" cellpadding="0" style="background:#fff;font-family:'맑은 고딕',Malgun Gothic,sans-serif">
<tr><td style="padding:26px 32px;border-bottom:3px solid #3c64e6"><img src="https://static.gabia.com/mail/gabia_logo.png" alt="gabia." height="26"></td></tr>
<tr><td style="padding:28px 32px;font-size:14px;line-height:22px;color:#333">
<b>mrstudio</b> 고객님, 만료가 다가오는 도메인을 알려드립니다.<br>
만료일이 지나면 웹사이트·메일이 중단되고, 일정 기간 후 도메인이 삭제될 수 있습니다.</td></tr>
<tr><td style="padding:0 32px">
<table width="100%" cellpadding="9" cellspacing="0" style="border-top:2px solid #333;font-size:13px;text-align:center">
<tr style="background:#f8f9fb"><th>도메인</th><th>서비스</th><th>신청일</th><th>만료일</th><th>남은 기간</th></tr>
<tr><td>catinn.co.kr</td><td>도메인</td><td>2023-12-20</td><td>2026-12-20</td><td>32일</td></tr>
<tr><td>moonrabbit.games</td><td>도메인</td><td>2024-01-07</td><td>2027-01-07</td><td>50일</td></tr>
<tr><td>dalto.kr</td><td>도메인</td><td>2025-12-01</td><td>2026-12-01</td><td>13일</td></tr>
</table></td></tr>
<tr><td style="padding:26px 32px"><a href="https://domain.gabia.com/mydomain" style="display:inline-block;background:#3c64e6;color:#fff;padding:11px 26px;text-decoration:none">한 번에 연장하기</a></td></tr>
<tr><td style="padding:20px 32px;background:#f8f9fb;font-size:11px;color:#999;line-height:17px">
본 메일은 2026.11.18 발송된 발신전용 메일입니다.<br>(주)가비아 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층 | 고객센터 1544-4370
</td></tr></table></body></html>
""",
        items=[
            item(DOMAIN, "Gabia", "catinn.co.kr", "2026-12-20"),
            item(DOMAIN, "Gabia", "moonrabbit.games", "2027-01-07"),
            item(DOMAIN, "Gabia", "dalto.kr", "2026-12-01"),
        ],
        note="three rows under 만료일 with 신청일 distractors",
    ),
    mk(
        name="h16_dig_meta_two_apps",
        category="digest",
        lang="en",
        sender=("Meta for Developers", "developers@facebookmail.com"),
        subject="Action needed for 2 of your apps",
        date="2026-11-13 15:02 -0800",
        auth_domain="facebookmail.com",
        text="""Hi Haneul,

You're an admin of apps that need action to keep working. Review the items below.

Moon Rabbit Run (App ID 924410387716552)
  - Graph API v19.0 will no longer be available starting February 3, 2027. Your app made
    14,220 calls to v19.0 in the last 7 days.

Cat Inn Tycoon (App ID 1187364550129834)
  - Facebook Login: the "user_friends" permission used by your app is deprecated and will be
    removed for apps that haven't completed App Review by December 16, 2026.

Go to App Dashboard > Alerts to see details and resolve these items.

Developer Platform updates you may have missed (Oct 30, 2026): new Marketing API v23.0 release notes.

Thanks,
The Meta for Developers team

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
To help keep your account secure, please don't forward this email.
""",
        items=[
            item(SOCIAL, "Meta", "Moon Rabbit Run", "2027-02-03", aliases=["924410387716552"]),
            item(SOCIAL, "Meta", "Cat Inn Tycoon", "2026-12-16", aliases=["1187364550129834"]),
        ],
        note="two apps, own deadlines; newsletter date is a distractor",
    ),
    mk(
        name="h16_dig_kakao_consent",
        category="digest",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 동의항목 정책 변경에 따른 앱별 조치 안내",
        date="2026-11-09 10:00 +0900",
        auth_domain="kakaocorp.com",
        form="alt",
        text="""안녕하세요. 카카오디벨로퍼스입니다.

카카오 로그인 '카카오계정(전화번호)' 동의항목의 사용 정책이 변경됩니다.
비즈 앱 전환 및 검수를 완료하지 않은 앱은 아래 기한 이후 해당 동의항목을 요청할 수 없으며,
기존 사용자의 전화번호 제공도 중단됩니다.

[조치가 필요한 앱]
1) 달토끼 런 (앱 ID 1034567) - 조치 기한: 2026년 12월 21일(월)
2) 고양이 여관 (앱 ID 1098211) - 조치 기한: 2027년 1월 11일(월)

앱마다 검수 대기 물량에 따라 기한이 다르게 지정되었습니다.
내 애플리케이션 > 앱 설정 > 비즈니스 에서 신청하실 수 있습니다.

Kakao Developers 드림
""",
        html="""<html><body><div style="font-family:'Apple SD Gothic Neo',sans-serif;font-size:14px;max-width:620px">
<h3>카카오 로그인 동의항목 정책 변경 안내</h3>
<p>비즈 앱 전환 및 검수를 완료하지 않은 앱은 조치 기한 이후 '카카오계정(전화번호)' 동의항목을 요청할 수 없습니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>앱 이름</th><th>앱 ID</th><th>조치 기한</th></tr>
<tr><td>달토끼 런</td><td>1034567</td><td>2026-12-21</td></tr>
<tr><td>고양이 여관</td><td>1098211</td><td>2027-01-11</td></tr>
</table>
<p>Kakao Developers 드림<br><small>(주)카카오 | 제주특별자치도 제주시 첨단로 242</small></p></div></body></html>
""",
        items=[
            item(SOCIAL, "Kakao", "달토끼 런", "2026-12-21", aliases=["1034567"]),
            item(SOCIAL, "Kakao", "고양이 여관", "2027-01-11", aliases=["1098211"]),
        ],
        note="alt parts give the same dates in different forms",
    ),
]

_PORKBUN_FWD = """Porkbun 건 확인 부탁해요. 제 개인 계정으로 잡아둔 건데 회사 카드로 옮겨야 할 듯.

---------- Forwarded message ---------
From: Porkbun <support@porkbun.com>
Date: Thu, Nov 19, 2026 at 3:02 AM
Subject: Domain Expiration Notice: dalto.games
To: <haneul.kim83@gmail.com>


Hello,

This is a reminder that the following domain in your Porkbun account will expire soon:

dalto.games — expires December 28, 2026

Auto-renew is currently OFF for this domain. To keep it, log in and renew at
https://porkbun.com/account/domainsSpeedy

If the domain expires it will be placed on hold and its DNS will stop working.

Thanks,
The Porkbun Team
"""

_OUTLOOK_FWD_FIREBASE = """도윤님, 아래 Firebase 메일 확인 부탁드립니다. 스토리지 막히면 패치 다운로드 안 됩니다.

-----원본 메시지-----
보낸 사람: Firebase <firebase-noreply@google.com>
보낸 날짜: 2026년 10월 30일 금요일 오전 2:14
받는 사람: haneul.kim@moonrabbit-studio.co.kr
제목: [Action required] Upgrade moonrabbit-run-prod to keep access to Cloud Storage for Firebase

Hello,

Your Firebase project moonrabbit-run-prod uses a default Cloud Storage bucket
(moonrabbit-run-prod.appspot.com) on the no-cost Spark plan.

Starting December 14, 2026, access to Cloud Storage buckets on the Spark plan will be
disabled for this project: reads and writes will fail with 402/403 errors until the project
is upgraded to the pay-as-you-go Blaze plan.

To keep access, upgrade the project to Blaze before that date. Your data is retained.

The Firebase Team
"""

_AWS_INNER = mk(
    name="h16_fwd_rfc822_inner",
    category="positive",
    lang="en",
    sender=("AWS Free Tier", "no-reply-aws@amazon.com"),
    subject="AWS Free Tier limit alert",
    date="2026-11-04 05:10 +0000",
    to="skyhaneul@naver.com",
    authserv="mx.naver.com",
    text="""Hello,

Your AWS account 4821-5573-0196 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of November.

Product                          Usage as of 11/03/2026    Usage Limit
Amazon Elastic Block Store       26.4 GB-Mo                30 GB-Mo

To learn more about your AWS Free Tier usage, visit the Billing and Cost Management console.

Sincerely,
Amazon Web Services
""",
)

FORWARDS: list[Mail] = [
    mk(
        name="h16_fwd_gmail_porkbun",
        category="forward",
        lang="mixed",
        sender=CEO_GMAIL,
        subject="Fwd: Domain Expiration Notice: dalto.games",
        date="2026-11-19 08:44 +0900",
        auth_domain="gmail.com",
        text=_PORKBUN_FWD,
        items=[item(DOMAIN, "Porkbun", "dalto.games", "2026-12-28")],
        note="CEO's personal Gmail forward with a Korean preamble; domain held on his personal Porkbun account",
    ),
    mk(
        name="h16_fwd_naver_whois",
        category="forward",
        lang="ko",
        sender=CEO_NAVER,
        subject="FW: [후이즈] mrshop.kr 도메인 만료 안내",
        date="2026-11-14 21:17 +0900",
        auth_domain="naver.com",
        charset="utf-8",
        cte="quoted-printable",
        text="""쇼핑몰 예전 도메인인데 아직 리다이렉트 걸려 있으니 연장해 주세요.

-----Original Message-----
From: "후이즈"<domain@whois.co.kr>
To: <skyhaneul@naver.com>;
Cc:
Sent: 2026-11-14 (토) 10:02:31 (GMT+09:00)
Subject: [후이즈] mrshop.kr 도메인 만료 안내

안녕하세요. 후이즈입니다.
회원님(skyhaneul)의 도메인 만료일이 다가와 안내드립니다.

도메인명 : mrshop.kr
만료일 : 2026년 12월 22일
등록일 : 2020년 12월 22일

만료일 이전에 연장하시기 바랍니다. 후이즈 고객센터 1588-4259
""",
        items=[item(DOMAIN, "Whois", "mrshop.kr", "2026-12-22")],
        note="Naver mail forward layout (-----Original Message-----, Sent with (금))",
    ),
    mk(
        name="h16_fwd_outlook_firebase",
        category="forward",
        lang="ko",
        sender=("김하늘", "haneul.kim@moonrabbit-studio.co.kr"),
        subject="FW: [Action required] Upgrade moonrabbit-run-prod to keep access to Cloud Storage for Firebase",
        date="2026-10-30 09:31 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        mailer="hiworks.com",
        text=_OUTLOOK_FWD_FIREBASE,
        items=[
            item(
                QUOTA,
                "Firebase",
                "moonrabbit-run-prod",
                "2026-12-14",
                aliases=["moonrabbit-run-prod.appspot.com"],
            )
        ],
        note="Outlook 원본 메시지 forward; Spark-plan storage access cut is a plan/quota limit (kind "
        "judgement: hosting-quota)",
    ),
    mk(
        name="h16_fwd_rfc822_aws",
        category="forward",
        lang="ko",
        sender=CEO_NAVER,
        subject="전달: AWS Free Tier limit alert",
        date="2026-11-04 22:05 +0900",
        auth_domain="naver.com",
        cte="base64",
        text="""도윤님, 첨부한 AWS 메일 한번 봐주세요. EBS 용량이 무료 한도 거의 다 찼다고 합니다.
스냅샷 정리하면 될지 확인 부탁해요.

네이버 메일에서 보냄
""",
        items=[item(QUOTA, "AWS", "4821-5573-0196", "default", aliases=["482155730196"])],
        note="the notice is attached as message/rfc822, not quoted inline",
    ),
]
RFC822["h16_fwd_rfc822_aws"] = _AWS_INNER

FOLLOWUPS: list[Mail] = [
    mk(
        name="h16_fu_kakao_postponed",
        category="followup",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 SDK v1 2차 지원 종료 일정 변경 안내",
        date="2026-11-05 16:00 +0900",
        auth_domain="kakaocorp.com",
        cte="base64",
        text="""안녕하세요. 카카오디벨로퍼스입니다.

지난 9월 안내드린 카카오 로그인 구버전 SDK(v1) 지원 종료 일정 중 2차 일정이 변경되어 다시 안내드립니다.

 - 대상 앱: 달토끼 런 (앱 ID: 1034567)
 - 1차 (완료) : 2026년 10월 31일 - 신규 앱 키 발급 및 기능 업데이트 중단
 - 2차 (변경) : 기존 2027년 1월 31일 → 변경 2027년 3월 2일(화)

파트너사의 마이그레이션 일정을 고려해 2차 종료일을 연기하였습니다.
변경된 종료일 이후에는 v1 SDK를 통한 카카오 로그인 요청이 차단되니, 기한 내 v2 SDK로 업데이트해 주세요.

Kakao Developers 드림
""",
        items=[item(SOCIAL, "Kakao", "달토끼 런", "2027-03-02", aliases=["1034567", "Kakao SDK v1"])],
        note="moves phase 2 from 2027-01-31 to 2027-03-02; phase 1 already past on the mail date",
    ),
    mk(
        name="h16_fu_google_oauth_extended",
        category="followup",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="Update: OAuth verification deadline extended for moonrabbit-shop-auth",
        date="2026-11-20 10:15 -0800",
        auth_domain="google.com",
        text="""Hello Google Cloud customer,

On October 21, 2026 we notified you that the OAuth consent screen of your project
moonrabbit-shop-auth (project number 740193388120) must complete verification by January 8, 2027.

We're extending this deadline. You now have until February 9, 2027 to submit your app for
verification. After February 9, 2027, users signing in with Google will see the unverified app
screen and new sign-ins will be capped.

No other details of the original notice have changed.

— The Google Cloud Team
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "moonrabbit-shop-auth",
                "2027-02-09",
                aliases=["740193388120", "Moon Rabbit Shop"],
            )
        ],
        note="old date 2027-01-08 is a distractor",
    ),
]

RESOLUTIONS: list[Mail] = [
    mk(
        name="h16_res_gabia_renewed",
        category="resolution",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 도메인 기간연장이 완료되었습니다",
        date="2026-11-22 11:42 +0900",
        attachment=True,
        text="""안녕하세요, 김하늘 고객님.

요청하신 도메인의 기간연장이 정상적으로 완료되었습니다.

 · 도메인명 : moonrabbit-studio.co.kr
 · 연장 기간 : 1년
 · 변경된 만료일 : 2027년 12월 14일
 · 결제일시 : 2026-11-22 11:41
 · 결제금액 : 22,000원 (VAT 포함)

세금계산서/영수증은 첨부 파일과 My가비아 > 결제 내역에서 확인하실 수 있습니다.

감사합니다.
(주)가비아 | 고객센터 1544-4370
""",
        items=[item(DOMAIN, "Gabia", "moonrabbit-studio.co.kr", "2027-12-14", resolves=True)],
        note="renewal receipt with PDF invoice",
    ),
    mk(
        name="h16_res_gcp_quota_approved",
        category="resolution",
        lang="en",
        sender=("Google Cloud", "cloud-quotas-noreply@google.com"),
        subject="Your quota increase request for project moonrabbit-run-prod has been approved",
        date="2026-10-24 05:33 -0700",
        auth_domain="google.com",
        text="""Hello,

Your quota increase request has been approved.

Project:          moonrabbit-run-prod
Service:          compute.googleapis.com
Quota:            CPUS (region: asia-northeast3)
Previous value:   24
Approved value:   64
Request ID:       qir-7f2a19c0d4

The new value may take up to 15 minutes to take effect. You can view your quotas in the
Cloud Console: https://console.cloud.google.com/iam-admin/quotas?project=moonrabbit-run-prod

Thanks,
Google Cloud Quotas team
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[item(QUOTA, "Google Cloud", "moonrabbit-run-prod", None, resolves=True)],
        note="quota raised",
    ),
    mk(
        name="h16_res_cafe24_traffic_charged",
        category="resolution",
        lang="ko",
        sender=("카페24", "noreply@cafe24.com"),
        subject="[카페24] 트래픽 자동 충전이 완료되었습니다",
        date="2026-11-22 00:12 +0900",
        charset="euc-kr",
        cte="base64",
        text="""안녕하세요. 카페24 호스팅센터입니다.

고객님의 쇼핑몰(moonrabbitshop)에 트래픽 자동 충전이 완료되어 접속 제한 없이 이용하실 수 있습니다.

  충전 트래픽 : 100 GB
  충전 후 제공량 : 400 GB
  결제 금액 : 11,000원
  적용 기간 : 2026년 11월 30일까지

감사합니다. 카페24 호스팅센터 드림
""",
        items=[item(QUOTA, "Cafe24", "moonrabbitshop", None, resolves=True, aliases=["shop.moonrabbit.kr"])],
        note="closes the traffic warning",
    ),
]

REPLIES: list[Mail] = [
    mk(
        name="h16_rep_cafe24_staff",
        category="reply",
        lang="ko",
        sender=STAFF,
        subject="RE: [카페24] 쇼핑몰 트래픽 초과 안내 - 접속 제한 예정",
        date="2026-11-21 16:05 +0900",
        mailer="hiworks.com",
        text="""대표님, 자동 충전 신청해 두었습니다. 이미지 CDN 분리 건은 다음 주에 견적 받아볼게요.

박도윤 드림

-----Original Message-----
From: "카페24" <noreply@cafe24.com>
To: support@moonrabbit-studio.co.kr
Sent: 2026-11-21 (토) 15:20:00
Subject: [카페24] 쇼핑몰 트래픽 초과 안내 - 접속 제한 예정

> 고객님의 쇼핑몰(moonrabbitshop) 이미지 트래픽이 이번 달 제공량을 초과하였습니다.
> 2026년 11월 25일(수) 오전 0시부터 트래픽 초과로 이미지 접속이 제한됩니다.
> 접속 제한을 원하지 않으시면 그 전에 트래픽 자동 충전을 신청해 주세요.
""",
        items=[],
    ),
    mk(
        name="h16_rep_line_contractor",
        category="reply",
        lang="en",
        sender=("Minh Tran", "minh@pixelforge-outsourcing.com"),
        subject="Re: [LINE Developers] End of support for LINE Login v2.0 endpoints",
        date="2026-10-30 18:22 +0700",
        text="""Hi Doyoon,

Got it, we'll switch the Unity plugin to the v2.1 token endpoint in the next sprint and send a
build for QA by mid-November.

Best,
Minh

On Thu, Oct 29, 2026 at 12:00 PM LINE Developers <dl_noreply@linecorp.com> wrote:
> Channel name : Moon Rabbit Run
> Channel ID   : 2001847362
> LINE Login v2.0 endpoints will be discontinued on Jan. 20th. After that date, login
> requests through v2.0 will return an error. Please migrate to LINE Login v2.1.
""",
        items=[],
    ),
    mk(
        name="h16_rep_long_thread_naver",
        category="reply",
        lang="ko",
        sender=("이서연", "seoyeon.lee@moonrabbit-studio.co.kr"),
        subject="RE: RE: RE: Fwd: [네이버 개발자센터] 네이버 로그인 API 인증 방식 변경 안내",
        date="2026-11-12 11:48 +0900",
        mailer="hiworks.com",
        charset="utf-8",
        cte="quoted-printable",
        text="""스테이징 반영 확인했습니다. 라이브 배포는 12/8(화) 점검 때 같이 나갑니다.

이서연

-----Original Message-----
From: 박도윤 <doyoon.park@moonrabbit-studio.co.kr>
Sent: 2026-11-11 (수) 19:02
Subject: RE: RE: Fwd: [네이버 개발자센터] 네이버 로그인 API 인증 방식 변경 안내

토큰 요청 POST로 바꾼 PR 올렸어요. 리뷰 부탁드립니다. (#412)

-----Original Message-----
From: 이서연 <seoyeon.lee@moonrabbit-studio.co.kr>
Sent: 2026-11-06 (금) 10:15
Subject: RE: Fwd: [네이버 개발자센터] 네이버 로그인 API 인증 방식 변경 안내

쇼핑몰 로그인 모듈은 카페24 기본 모듈이 아니라 우리가 붙인 거라 직접 고쳐야 합니다.
PHP 쪽 oauth2.0/token 호출부만 보면 될 것 같아요.

-----Original Message-----
From: 김하늘 <haneul.kim@moonrabbit-studio.co.kr>
Sent: 2026-11-05 (목) 08:40
Subject: Fwd: [네이버 개발자센터] 네이버 로그인 API 인증 방식 변경 안내

이거 우리 쇼핑몰 네아로 해당되는지 봐주세요.

---------- Forwarded message ---------
From: 네이버 개발자센터 <dl_developers@navercorp.com>
Date: 2026년 11월 4일 (수) 오후 5:30
Subject: [네이버 개발자센터] 네이버 로그인 API 인증 방식 변경 안내

애플리케이션 이름 : 문래빗 샵
Client ID : Zq8bT1mRxW3v
2026년 12월 10일(목) 오후 2시부터 네이버 로그인 API에서 토큰 요청 시 client_secret을
URL 파라미터로 전달하는 방식이 중단됩니다.
""",
        items=[],
        note="long internal thread (4 levels) quoting a notice: evidence at most, no new item",
    ),
]

MAILS: list[Mail] = [*DIGESTS, *FORWARDS, *FOLLOWUPS, *RESOLUTIONS, *REPLIES]
