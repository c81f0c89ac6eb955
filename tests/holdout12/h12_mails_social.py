# ruff: noqa: E501
# (mail bodies are data: real vendor HTML and Korean lines are long, and wrapping them would change the mail)
"""holdout12: social-login deprecation notices (Kakao, NAVER, Apple, Google, Meta) as their developer
channels word them, plus a digest, a forward, a follow-up and a migration-confirmed resolution."""

from __future__ import annotations

from corpus_lib import SOCIAL, Mail, item
from h12_lib import m, q_subject

KAKAO_FOOT = (
    "\n본 메일은 카카오디벨로퍼스에 앱을 등록하신 개발자 계정으로 발송되는 서비스 공지입니다.\n"
    "(주)카카오 | 제주특별자치도 제주시 첨단로 242 | 카카오디벨로퍼스 https://developers.kakao.com\n"
)

KAKAO_HTTP_HTML = """<html><body style="margin:0;background:#f8f8f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;font-size:14px;color:#191919;line-height:1.6">
<tr><td style="background:#FEE500;padding:18px 28px;font-weight:bold">kakao developers</td></tr>
<tr><td style="padding:28px">
<p style="font-size:18px;font-weight:bold">[카카오 로그인] HTTP Redirect URI 지원 종료 안내</p>
<p>안녕하세요, 카카오디벨로퍼스입니다.</p>
<p>보안 강화를 위해 카카오 로그인의 Redirect URI에 <b>HTTP 스킴</b> 사용이 종료됩니다.<br>
아래 앱에 HTTP로 시작하는 Redirect URI가 등록되어 있어 안내드립니다.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #e5e5e5;background:#fafafa;width:30%">앱 이름</td><td style="border:1px solid #e5e5e5">맑은숲 분당 이벤트</td></tr>
<tr><td style="border:1px solid #e5e5e5;background:#fafafa">앱 ID</td><td style="border:1px solid #e5e5e5">1094412</td></tr>
<tr><td style="border:1px solid #e5e5e5;background:#fafafa">등록된 URI</td><td style="border:1px solid #e5e5e5">http://event.ms-bundang.co.kr/oauth/kakao</td></tr>
<tr><td style="border:1px solid #e5e5e5;background:#fafafa">적용 일시</td><td style="border:1px solid #e5e5e5"><b>2026년 12월 3일(목) 오후 6시</b></td></tr>
</table>
<p>적용 일시 이후 HTTP Redirect URI로 요청하면 카카오 로그인이 실패합니다(KOE006).<br>
[내 애플리케이션] &gt; [카카오 로그인] &gt; [Redirect URI]에서 HTTPS 주소로 변경해 주세요.</p>
<p style="color:#888;font-size:12px">&#44277;&#51648; 원문: https://devtalk.kakao.com/c/notice</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#999;background:#f2f2f2">본 메일은 발신 전용입니다. 문의: 데브톡 https://devtalk.kakao.com | &copy; Kakao Corp.</td></tr>
</table></td></tr></table></body></html>
"""

META_TEXT = """Hi 맑은숲피부과 Developer,

Your app 맑은숲 예약 (App ID: 841290553317762) is currently making calls to Graph API v21.0, which will
no longer be available starting February 10, 2027. Apps that call v21.0 after that date will have
their calls automatically upgraded to the oldest available version, which may break Facebook Login
for your users.

What you need to do:
Upgrade your app to Graph API v23.0 or later and test Facebook Login before February 10, 2027.

You can see the versions your app is calling in the API Upgrade Tool:
https://developers.facebook.com/tools/api_versioning/841290553317762/

Thanks,
The Meta for Developers Team

This message was sent to msderm.dev@malgeunsup.co.kr. If you don't want to receive these emails from
Meta in the future, please unsubscribe. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way,
Menlo Park, CA 94025
"""

FWD_META_EN = """Hi 관리자님,

Forwarding this from our developer account since it concerns your 이벤트 app. We'll handle the
upgrade in the December sprint; just keeping you in the loop.

Best,
Minho Seo | PixelBay

---------- Forwarded message ---------
From: Meta for Developers <notification@facebookmail.com>
Date: Thu, Oct 1, 2026 at 3:02 AM
Subject: Action Required: Graph API v21.0 deprecation for 맑은숲 이벤트
To: <minho@pixelbay.kr>


Hi PixelBay Developer,

Your app 맑은숲 이벤트 (App ID: 553901478260118) is currently making calls to Graph API v21.0, which
will no longer be available starting February 10, 2027. To avoid disruption to Facebook Login, upgrade
your app to v23.0 or later before that date.

API Upgrade Tool: https://developers.facebook.com/tools/api_versioning/553901478260118/

Thanks,
The Meta for Developers Team
"""

MAILS: list[Mail] = [
    m(
        name="h12_kakao_jssdk_v1_phases",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply-developers@kakaocorp.com"),
        subject="[카카오디벨로퍼스] Kakao SDK for JavaScript v1 지원 종료 안내",
        date="2026-10-14 11:00 +0900",
        text="""안녕하세요, 카카오디벨로퍼스입니다.

Kakao SDK for JavaScript v1(이하 Legacy JavaScript SDK)의 지원이 아래 일정으로 종료됩니다.
회원님의 앱이 Legacy JavaScript SDK로 카카오 로그인을 호출하고 있어 안내드립니다.

■ 대상 앱
 - 앱 이름: 맑은숲 예약 (앱 ID: 1123456)
 - 최근 7일 Legacy SDK 호출: Kakao.Auth.login, Kakao.API.request(/v1/user/me)

■ 종료 일정
 - 1차: 2026년 12월 1일(화) - Kakao.Auth.login() 등 Legacy 로그인 함수 동작 중단
 - 2차: 2027년 3월 2일(화) - Legacy JavaScript SDK 파일 배포 및 모든 API 호출 중단

■ 조치 방법
 최신 버전 JavaScript SDK로 업그레이드하고 Kakao.Auth.authorize()를 사용해 주세요.
 자세한 내용은 개발 가이드 > 카카오 로그인 > JavaScript > 최신 버전으로 업그레이드를 참고하시기 바랍니다.

일정 이후에는 해당 앱의 카카오 로그인이 실패하며 사용자가 서비스에 로그인할 수 없습니다.
"""
        + KAKAO_FOOT,
        note="phases: first not yet past on the mail date is 1차 (12-01)",
        items=[item(SOCIAL, "Kakao", "맑은숲 예약", "2026-12-01", aliases=["1123456"])],
    ),
    m(
        name="h12_kakao_http_redirect_html",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply-developers@kakaocorp.com"),
        subject="[카카오 로그인] HTTP Redirect URI 지원 종료 안내",
        date="2026-11-03 14:00 +0900",
        html=KAKAO_HTTP_HTML,
        form="alt",
        cte="quoted-printable",
        note="multipart/alternative (generated text part); HTML table; 2026년 12월 3일(목) 오후 6시; numeric entities",
        items=[item(SOCIAL, "Kakao", "맑은숲 분당 이벤트", "2026-12-03", aliases=["1094412"])],
    ),
    m(
        name="h12_kakao_digest_apps",
        category="digest",
        lang="ko",
        sender=("Kakao Developers", "noreply-developers@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 동의항목 '카카오계정(전화번호)' 미검수 앱 이용 제한 안내",
        date="2026-09-22 10:00 +0900",
        text="""안녕하세요. 카카오디벨로퍼스입니다.

개인정보 보호 정책에 따라, 비즈 앱 검수를 받지 않은 상태로 '카카오계정(전화번호)' 동의항목을
사용 중인 앱은 아래 일정부터 카카오 로그인 시 전화번호를 받을 수 없습니다.
회원님이 관리하는 앱 중 대상 앱은 다음과 같습니다.

 1) 맑은숲 예약 (앱 ID 1123456) - 이용 제한일: 2026년 11월 16일
 2) 맑은숲 강남 상담 (앱 ID 1187730) - 이용 제한일: 2026년 12월 14일

이용 제한일 전까지 [내 애플리케이션] > [앱 설정] > [비즈니스]에서 비즈 앱 전환 및 동의항목 검수를 신청해 주세요.
검수에는 영업일 기준 3~5일이 걸리니 여유 있게 신청하시기 바랍니다.
"""
        + KAKAO_FOOT,
        note="two apps, each its own date; the first is past on evaluation day",
        items=[
            item(SOCIAL, "Kakao", "맑은숲 예약", "2026-11-16", aliases=["1123456"]),
            item(SOCIAL, "Kakao", "맑은숲 강남 상담", "2026-12-14", aliases=["1187730"]),
        ],
    ),
    m(
        name="h12_naver_profile_xml_end",
        category="positive",
        lang="ko",
        sender=("NAVER Developers", "developers_noreply@navercorp.com"),
        subject="[네이버 로그인] 회원 프로필 조회 API XML 응답 제공 종료 안내",
        date="2026-11-02 16:00 +0900",
        charset="euc-kr",
        cte="base64",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 회원 프로필 조회 API의 XML 응답(https://openapi.naver.com/v1/nid/getUserProfile.xml)
제공이 종료될 예정입니다. 아래 애플리케이션에서 최근 30일간 XML 응답 호출 이력이 확인되었습니다.

 - 애플리케이션 이름 : 맑은숲피부과 홈페이지
 - Client ID : Qm3xA91kLpZt0wR2sYv8
 - 최근 호출일 : 2026.10.31.

종료 일정 : 2027.01.15.(금)
종료 이후 XML 응답 요청은 오류(HTTP 410)를 반환합니다.
JSON 응답(https://openapi.naver.com/v1/nid/me)으로 변경해 주시기 바랍니다.

감사합니다.
네이버 개발자센터 드림
""",
        note="EUC-KR base64; recent-call date is a distractor",
        items=[
            item(
                SOCIAL,
                "Naver",
                "맑은숲피부과 홈페이지",
                "2027-01-15",
                aliases=["Qm3xA91kLpZt0wR2sYv8"],
            )
        ],
    ),
    m(
        name="h12_naver_profile_xml_moved",
        category="followup",
        lang="ko",
        sender=("NAVER Developers", "developers_noreply@navercorp.com"),
        subject="[네이버 로그인] 회원 프로필 조회 API XML 응답 종료 일정 변경 안내",
        date="2026-11-20 16:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""안녕하세요. 네이버 개발자센터입니다.

지난 11월 2일 안내드린 회원 프로필 조회 API XML 응답 제공 종료 일정이 변경되어 다시 안내드립니다.

 - 대상 애플리케이션 : 맑은숲피부과 홈페이지 (Client ID Qm3xA91kLpZt0wR2sYv8)
 - 기존 종료 예정일 : 2027.01.15.
 - 변경된 종료 예정일 : 2027.03.31.(수)

변경된 일정까지 JSON 응답 API(/v1/nid/me)로 전환해 주시기 바랍니다.
이미 전환을 마친 애플리케이션은 별도 조치가 필요하지 않습니다.

네이버 개발자센터 드림
""",
        note="follow-up: new date 2027-03-31; old 2027-01-15 is a distractor",
        items=[
            item(
                SOCIAL,
                "Naver",
                "맑은숲피부과 홈페이지",
                "2027-03-31",
                aliases=["Qm3xA91kLpZt0wR2sYv8"],
            )
        ],
    ),
    m(
        name="h12_naver_ios_sdk_tba",
        category="positive",
        lang="ko",
        sender=("NAVER Developers", "developers_noreply@navercorp.com"),
        subject="[네이버 로그인] iOS SDK 4.x 지원 중단 예정 안내",
        date="2026-10-05 15:30 +0900",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 iOS SDK 4.x 버전은 더 이상 기능 개선 및 오류 수정이 제공되지 않으며(지원 중단, deprecated),
향후 로그인 동작이 중단될 예정입니다. 최종 종료 일정은 확정되는 대로 별도로 공지하겠습니다.

대상 애플리케이션 : 맑은숲 앱 (iOS, Client ID xT7pQe2Lw0Rk5ZsN1mBv)
현재 사용 버전 : naveridlogin-sdk-ios 4.1.1

새로운 NidThirdPartyLogin SDK(5.x)로 미리 전환해 주시기 바랍니다.
전환 방법은 네이버 로그인 개발가이드 > iOS를 참고해 주세요.

감사합니다.
""",
        note="deprecated now, end date to be announced: undated item",
        items=[item(SOCIAL, "Naver", "맑은숲 앱", None, aliases=["xT7pQe2Lw0Rk5ZsN1mBv"])],
    ),
    m(
        name="h12_apple_siwa_s2s_en",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action needed: Sign in with Apple server-to-server notifications",
        date="2026-09-18 17:00 +0000",
        html="""<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:15px;color:#1d1d1f">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:32px 24px">
<img src="https://developer.apple.com/assets/elements/icons/apple-developer/apple-developer-64x64.png" width="36" alt="">
<h1 style="font-size:28px;font-weight:600">Sign in with Apple: register your notification endpoint</h1>
<p>Dear Malgeunsup Clinic Co., Ltd.,</p>
<p>Starting <b>January 20, 2027</b>, Services IDs associated with apps that use Sign in with Apple for account
creation must have a server-to-server notification endpoint registered. Your team has the following Services ID
without an endpoint:</p>
<p style="background:#f5f5f7;padding:12px">kr.co.malgeunsup.booking.web (Team ID 7QK29XH4LM)</p>
<p>Registering an endpoint lets Apple send you updates about the people who use your app, including changes in
email forwarding preferences, account deletions in your app, and permanent Apple Account deletions.</p>
<p>After January 20, 2027, you won&rsquo;t be able to update this Services ID until an endpoint is provided.</p>
<p><a href="https://developer.apple.com/account/resources/identifiers/list/serviceId">Go to Certificates, Identifiers &amp; Profiles</a></p>
<p style="font-size:12px;color:#6e6e73">Apple Developer Program License Agreement, updated June 9, 2026.<br>
Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.<br>
<a href="https://developer.apple.com/contact/">Contact Us</a> | <a href="https://www.apple.com/legal/privacy/">Privacy Policy</a></p>
</td></tr></table></td></tr></table></body></html>
""",
        form="html",
        note="requirement by a date for the team's Services ID; license-agreement date is a distractor",
        items=[
            item(
                SOCIAL,
                "Apple",
                "kr.co.malgeunsup.booking.web",
                "2027-01-20",
                aliases=["Sign in with Apple"],
            )
        ],
    ),
    m(
        name="h12_google_gsi_android_en",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Required] Migrate project malgeunsup-booking from legacy Google Sign-In for Android",
        date="2026-10-27 20:31 +0000",
        cte="quoted-printable",
        text="""Hello Google Cloud customer,

We're writing to let you know that the legacy Google Sign-In for Android API (GoogleSignInClient in
play-services-auth) is deprecated and will be shut down on or after 01/15/2027. We've identified that
your OAuth client(s) below are still sending sign-in requests through this API.

What do I need to know?
  Project: malgeunsup-booking (project number 508812347215)
  OAuth client ID: 508812347215-4pb1kq0d5a.apps.googleusercontent.com (Android)
  Requests in the last 28 days: 3,412

After the shutdown, users of your Android app will no longer be able to sign in with Google through
the legacy API.

What do I need to do?
Migrate to Credential Manager with Sign in with Google before 01/15/2027. See the migration guide at
https://developer.android.com/identity/sign-in/legacy-gsi-migration

We're here to help. If you have questions, contact Google Cloud Support.

Thanks for choosing Google Cloud.
-- The Google Cloud Team

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google
Cloud Platform or your account.
""",
        note="'on or after 01/15/2027' in MM/DD/YYYY",
        items=[
            item(
                SOCIAL,
                "Google",
                "malgeunsup-booking",
                "2027-01-15",
                aliases=["508812347215", "508812347215-4pb1kq0d5a.apps.googleusercontent.com"],
            )
        ],
    ),
    m(
        name="h12_google_gsi_migrated_en",
        category="resolution",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="Migration complete: project malgeunsup-booking no longer uses legacy Google Sign-In",
        date="2026-11-22 19:02 +0000",
        text="""Hello Google Cloud customer,

Good news: we no longer see sign-in requests from the legacy Google Sign-In for Android API in
project malgeunsup-booking (project number 508812347215) over the last 14 days.

No further action is required for this project regarding the shutdown of the legacy API on or after
01/15/2027.

-- The Google Cloud Team
(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        note="migration confirmed; closes the Google item",
        items=[item(SOCIAL, "Google", "malgeunsup-booking", None, resolves=True, aliases=["508812347215"])],
    ),
    m(
        name="h12_meta_graph_v21_en",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject=q_subject("Action Required: Graph API v21.0 deprecation for 맑은숲 예약"),
        date="2026-11-12 18:22 +0000",
        text=META_TEXT,
        headers={"List-Unsubscribe": "<https://www.facebook.com/o.php?k=AS2x9&u=100089&mid=5f1>"},
        note="Q-encoded UTF-8 subject with a Korean app name; List-Unsubscribe on a genuine notice",
        items=[item(SOCIAL, "Meta", "맑은숲 예약", "2027-02-10", aliases=["841290553317762"])],
    ),
    m(
        name="h12_fwd_meta_agency_en",
        category="forward",
        lang="en",
        sender=("Minho Seo", "minho@pixelbay.kr"),
        subject="Fwd: Action Required: Graph API v21.0 deprecation for 맑은숲 이벤트",
        date="2026-10-01 10:15 +0900",
        text=FWD_META_EN,
        note="Gmail-style forward by the web agency (its own domain); carries Meta's item",
        items=[item(SOCIAL, "Meta", "맑은숲 이벤트", "2027-02-10", aliases=["553901478260118"])],
    ),
]

MAILS += [
    m(
        name="h12_sixshop_naver_login_reset",
        category="positive",
        lang="ko",
        sender=("식스샵", "help@sixshop.com"),
        subject="[식스샵] 네이버 로그인 연동 방식 변경에 따른 재설정 안내",
        date="2026-11-09 11:30 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""안녕하세요, 식스샵입니다.

네이버 로그인 API 정책 변경에 따라, 식스샵 쇼핑몰의 기존 네이버 로그인 연동(공용 앱 방식) 지원이 종료됩니다.
운영 중인 쇼핑몰에서 네이버 로그인을 계속 사용하시려면 네이버 개발자센터에서 애플리케이션을 직접 등록한 뒤
Client ID와 Client Secret을 식스샵 관리자에 다시 입력해 주셔야 합니다.

 · 쇼핑몰 : 맑은숲 에스테틱 스토어 (msderm.sixshop.com)
 · 기존 방식 종료 : 2026년 12월 7일(월) 오전 10시
 · 설정 위치 : 디자인 편집 > 사이트 설정 > 회원 > 소셜 로그인

종료 이후 재설정하지 않은 쇼핑몰에서는 네이버 로그인 버튼이 노출되지 않으며, 네이버로 가입한 고객이 로그인할 수 없습니다.

식스샵 고객센터 | 평일 10:00~18:00
""",
        note="a shop platform retiring its shared Naver Login integration; 오전 10시 on a weekday date; cp949",
        items=[
            item(
                SOCIAL,
                "Sixshop",
                "맑은숲 에스테틱 스토어",
                "2026-12-07",
                aliases=["msderm.sixshop.com"],
            )
        ],
    ),
]
