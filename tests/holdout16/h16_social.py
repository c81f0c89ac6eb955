"""holdout16: social-login-deprecation notices for the studio's two games and web shop (Google Play Games /
Sign-In / OAuth, Apple, Kakao, Naver, LINE, Meta), single positives only."""

# ruff: noqa: E501  (mail bodies are data: vendors' HTML lines are as long as vendors write them)

from __future__ import annotations

from h16_lib import SOCIAL, Mail, item, mk

KAKAO_FOOT = """
Kakao Developers 드림
https://developers.kakao.com

본 메일은 카카오디벨로퍼스에 등록된 앱의 관리자에게 발송되는 서비스 공지 메일입니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242 | 사업자등록번호 120-81-47521
"""

GOOGLE_FOOT = """
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this mandatory service announcement to update you about important changes to your
Google Play Developer account.
"""

MAILS: list[Mail] = [
    mk(
        name="h16_soc_pgs_v1_phases",
        category="positive",
        lang="en",
        sender=("Google Play Console", "no-reply-googleplay-developer@google.com"),
        subject="Action required: Migrate Moon Rabbit Run to Play Games Services v2",
        date="2026-10-02 09:00 -0700",
        auth_domain="google.com",
        text="""Hello Google Play Developer,

We're contacting you because your app Moon Rabbit Run (com.moonrabbit.run) still uses the
Play Games Services v1 SDK (play-services-games 23.1.0), which depends on the deprecated legacy
Google Sign-In for Android API.

The Play Games Services v1 SDK is being retired in phases:

  * Starting December 1, 2026, new app updates that include the v1 SDK will be rejected
    at review.
  * On May 17, 2027, Play Games Services v1 is fully shut down: all v1 traffic is blocked and
    player sign-in and cloud saves stop working in production.

What you need to do
Migrate your game to the Play Games Services v2 SDK and publish an update before the first date.
Migration guide: https://developer.android.com/games/pgs/android/migrate-to-v2

Developer account ID: 6128837410935512094
"""
        + GOOGLE_FOOT,
        items=[
            item(
                SOCIAL,
                "Google",
                "Moon Rabbit Run",
                "2026-12-01",
                aliases=["com.moonrabbit.run", "Play Games Services v1"],
            )
        ],
        note="phases in English: first phase not yet past = 2026-12-01",
    ),
    mk(
        name="h16_soc_gsi_legacy_undated",
        category="positive",
        lang="en",
        sender=("Google Play Console", "no-reply-googleplay-developer@google.com"),
        subject="Migrate from Google Sign-in APIs to Credential Manager",
        date="2026-09-04 11:32 -0700",
        auth_domain="google.com",
        form="html",
        html="""<html><body style="font-family:'Google Sans',Roboto,Arial;color:#202124">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 0"><img src="https://www.gstatic.com/android/market_images/email/play_console_logo.png" height="28" alt="Google Play Console"></td></tr>
<tr><td style="font-size:14px;line-height:22px">
<p>Cat Inn Tycoon &middot; com.moonrabbit.catinn</p>
<h3 style="font-weight:500">Migrate from Google Sign-in APIs to Credential Manager</h3>
<p>Your app is using legacy Google Sign-in APIs (<code>com.google.android.gms:play-services-auth</code>)
which are deprecated and will be removed in a future release. The removal date has not yet been
announced; we will notify you in advance.</p>
<p>To prepare, migrate to Sign in with Google via Credential Manager. Read the
<a href="https://developer.android.com/identity/sign-in/legacy-gsi-migration">migration guide</a>.</p>
<p style="color:#5f6368;font-size:12px">Sent from Play Console &middot; Inbox message of Sep 4, 2026</p>
</td></tr>
<tr><td style="font-size:11px;color:#5f6368;padding-top:24px">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>
You have received this mandatory service announcement to update you about important changes to your Google Play Developer account.</td></tr>
</table></body></html>
""",
        items=[item(SOCIAL, "Google", "Cat Inn Tycoon", None, aliases=["com.moonrabbit.catinn"])],
        note="deprecated, removal date to be announced: undated item",
    ),
    mk(
        name="h16_soc_google_oauth_verification",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Required] Complete OAuth app verification for project moonrabbit-shop-auth",
        date="2026-10-21 13:06 -0700",
        auth_domain="google.com",
        text="""Hello Google Cloud customer,

We're writing to let you know that the OAuth consent screen of your project
moonrabbit-shop-auth (project number 740193388120) requests sensitive scopes but has not completed
OAuth app verification.

Unless verification is submitted by January 8, 2027, "Sign in with Google" on the web shop will
show the unverified app screen and new users will be limited to 100 per project lifetime.

What you need to do
  1. Go to Google Auth Platform > Verification Center in the Cloud Console.
  2. Submit the app for verification, or remove the sensitive scopes you do not need.

We've provided additional information below to guide you through this change.
Affected OAuth client: 740193388120-k4v2...apps.googleusercontent.com (Web application "Moon Rabbit Shop")

Thanks for choosing Google Cloud.
— The Google Cloud Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to
Google Cloud Platform or your account.
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "moonrabbit-shop-auth",
                "2027-01-08",
                aliases=["740193388120", "Moon Rabbit Shop"],
            )
        ],
        note="Google Sign-In action required by a date (OAuth verification)",
    ),
    mk(
        name="h16_soc_apple_siwa_en",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Update required: Sign in with Apple for Moon Rabbit Run",
        date="2026-11-02 10:00 -0800",
        auth_domain="insideapple.apple.com",
        form="alt",
        html="""<html><body style="font-family:-apple-system,Helvetica Neue,Helvetica,Arial">
<table width="640" align="center"><tr><td style="padding:30px 0" align="center"><img src="https://developer.apple.com/assets/elements/icons/developer/developer-128x128.png" width="48" alt=""></td></tr>
<tr><td style="font-size:15px;line-height:24px;color:#1d1d1f">
<p>Dear Haneul Kim,</p>
<p>Your app <b>Moon Rabbit Run</b> (Apple ID 6449132078, bundle ID com.moonrabbit.run) offers
Sign in with Apple. Starting <b>January 15, 2027</b>, apps that create accounts with Sign in with Apple
must use the REST API to revoke user tokens when a user deletes their account, and must register a
server-to-server notification endpoint for their primary App ID.</p>
<p>Apps that have not implemented token revocation by that date may be rejected on their next
submission and users may not be able to sign in.</p>
<p>Learn more in <a href="https://developer.apple.com/documentation/sign_in_with_apple/revoke_tokens">Revoke tokens</a>.</p>
<p>Best regards,<br>Apple Developer Relations</p>
</td></tr>
<tr><td style="font-size:11px;color:#86868b;padding-top:20px">Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States.
All rights reserved. <a href="https://www.apple.com/legal/privacy/">Privacy Policy</a></td></tr></table></body></html>
""",
        text="""Dear Haneul Kim,

Your app Moon Rabbit Run (Apple ID 6449132078) offers Sign in with Apple. Starting January 15, 2027, apps must
revoke user tokens via the REST API on account deletion and register a server-to-server notification endpoint.

Apple Developer Relations
""",
        items=[item(SOCIAL, "Apple", "Moon Rabbit Run", "2027-01-15", aliases=["6449132078", "com.moonrabbit.run"])],
        note="'Starting <date>' is the action deadline",
    ),
    mk(
        name="h16_soc_apple_siwa_ko",
        category="positive",
        lang="ko",
        sender=("Apple Developer", "developer@email.apple.com"),
        subject="Sign in with Apple 비공개 이메일 릴레이 서비스 변경 안내",
        date="2026-11-11 08:30 +0900",
        auth_domain="email.apple.com",
        text="""김하늘 님, 안녕하세요.

고양이 여관 (Apple ID 6451870234)은(는) Sign in with Apple의 비공개 이메일 릴레이 서비스를 사용하여
사용자에게 이메일을 보내고 있습니다.

2026년 12월 18일부터 비공개 이메일 릴레이 서비스는 SPF 인증을 통과하고 Certificates, Identifiers &
Profiles에 등록된 도메인에서 보낸 이메일만 전달합니다. 발신 도메인(catinn.kr)과 이메일 주소를
이 날짜 전에 등록하지 않으면 사용자가 구매 영수증 및 계정 복구 메일을 받지 못할 수 있습니다.

필요한 조치:
 1. 개발자 계정 > Certificates, Identifiers & Profiles > Services로 이동합니다.
 2. Sign in with Apple for Email Communication에서 도메인과 이메일 주소를 등록합니다.

Apple Developer Program 멤버십 만료일: 2027년 6월 2일

감사합니다.
Apple Developer Relations

Copyright © 2026 Apple Inc. 모든 권리 보유.
""",
        items=[item(SOCIAL, "Apple", "고양이 여관", "2026-12-18", aliases=["6451870234"])],
        note="membership expiry date is a distractor",
    ),
    mk(
        name="h16_soc_kakao_sdk_phases",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 SDK v1 지원 종료 안내",
        date="2026-09-15 14:00 +0900",
        auth_domain="kakaocorp.com",
        text="""안녕하세요. 카카오디벨로퍼스입니다.

[공지] 카카오 로그인 구버전 SDK(v1) 지원 종료 일정을 안내드립니다.

대상 앱
 - 앱 이름: 달토끼 런 (앱 ID: 1034567)
 - 사용 중인 SDK: Android SDK 1.30.6 (v1)

종료 일정
 - 1차 : 2026년 10월 31일(토) - v1 SDK 신규 앱 키 발급 및 기능 업데이트 중단
 - 2차 : 2027년 1월 31일(일) - v1 SDK를 통한 카카오 로그인 요청 차단

2차 종료 이후에는 v1 SDK를 사용하는 앱에서 카카오 로그인을 할 수 없습니다.
최신 SDK(v2)로 마이그레이션해 주시기 바랍니다. 마이그레이션 가이드: https://developers.kakao.com/docs/latest/ko/sdk-migration

궁금한 점은 데브톡(https://devtalk.kakao.com)에 남겨 주세요.
"""
        + KAKAO_FOOT,
        items=[item(SOCIAL, "Kakao", "달토끼 런", "2026-10-31", aliases=["1034567", "Kakao SDK v1"])],
        note="1차/2차 phases; first not yet past on the 09-15 mail date is 10-31 (past on today)",
    ),
    mk(
        name="h16_soc_kakaogame_sdk_html",
        category="positive",
        lang="ko",
        sender=("카카오게임 SDK", "notice@kakaogames.com"),
        subject="[카카오게임 SDK] 3.x 버전 지원 종료 및 4.x 업데이트 요청",
        date="2026-10-19 11:11 +0900",
        auth_domain="kakaogames.com",
        form="html",
        cte="base64",
        html="""<html><body style="margin:0;background:#fafafa">
<table width="640" align="center" style="background:#fff;font-family:'Apple SD Gothic Neo','맑은 고딕',sans-serif;font-size:14px;color:#222">
<tr><td style="background:#ffe812;padding:18px 28px;font-weight:bold">KAKAO GAME SDK 공지</td></tr>
<tr><td style="padding:28px">
파트너사 담당자님 안녕하세요.<br>카카오게임 SDK 3.x 버전의 지원이 종료됨에 따라 아래와 같이 업데이트를 요청드립니다.<br><br>
<table border="1" cellpadding="7" cellspacing="0" style="border-collapse:collapse;border-color:#ddd;font-size:13px">
<tr style="background:#f5f5f5"><th>게임명</th><th>패키지명</th><th>현재 SDK</th><th>업데이트 기한</th></tr>
<tr><td>고양이 여관</td><td>com.moonrabbit.catinn</td><td>3.14.2</td><td>2026.12.15.</td></tr>
</table><br>
업데이트 기한 이후 3.x SDK에서는 카카오 로그인 및 친구 API 호출이 실패합니다.<br>
4.x 적용 가이드: https://developers.kakaogames.com/docs/sdk4<br><br>
&#44048;&#49324;&#54633;&#45768;&#45796;.<br>카카오게임즈 플랫폼사업팀 드림
</td></tr>
<tr><td style="padding:14px 28px;background:#f5f5f5;font-size:11px;color:#999">㈜카카오게임즈 | 경기도 성남시 분당구 판교역로 152 알파돔타워 | 본 메일은 발신전용입니다.</td></tr>
</table></body></html>
""",
        items=[item(SOCIAL, "Kakao", "고양이 여관", "2026-12-15", aliases=["com.moonrabbit.catinn"])],
        note="2026.12.15. with trailing dot inside a table cell; numeric entities",
    ),
    mk(
        name="h16_soc_naver_login_euckr",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "dl_developers@navercorp.com"),
        subject="[네이버 개발자센터] 네이버 로그인 API 인증 방식 변경 안내",
        date="2026-11-04 17:30 +0900",
        auth_domain="navercorp.com",
        charset="euc-kr",
        cte="8bit",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인(네아로)을 이용 중인 애플리케이션의 관리자분께 안내드립니다.

애플리케이션 이름 : 문래빗 샵
Client ID : Zq8bT1mRxW3v

2026년 12월 10일(목) 오후 2시부터 네이버 로그인 API에서 토큰 요청 시 client_secret을
URL 파라미터로 전달하는 방식이 중단됩니다. 이후에는 POST 본문으로만 전달할 수 있으며,
변경하지 않은 애플리케이션은 로그인 토큰 발급이 실패합니다.

변경 전 반드시 개발 가이드를 확인하여 적용해 주시기 바랍니다.
https://developers.naver.com/docs/login/api/

감사합니다.
네이버 개발자센터 드림
※ 본 메일은 2026년 11월 4일 기준 네이버 로그인 API를 호출한 애플리케이션에 발송되었습니다.
""",
        items=[item(SOCIAL, "Naver", "문래빗 샵", "2026-12-10", aliases=["Zq8bT1mRxW3v"])],
        note="EUC-KR 8bit; 오후 time and weekday",
    ),
    mk(
        name="h16_soc_line_login_v2",
        category="positive",
        lang="en",
        sender=("LINE Developers", "dl_noreply@linecorp.com"),
        subject="[LINE Developers] End of support for LINE Login v2.0 endpoints",
        date="2026-10-29 12:00 +0900",
        auth_domain="linecorp.com",
        text="""Dear developer,

Thank you for using LINE Login.

Our records show that the following channel calls LINE Login v2.0 endpoints:

  Channel name : Moon Rabbit Run
  Channel ID   : 2001847362
  Provider     : Moonrabbit Studio

LINE Login v2.0 endpoints (https://api.line.me/v2/oauth/accessToken and related) will be
discontinued on Jan. 20th. After that date, login requests through v2.0 will return an error.
Please migrate to LINE Login v2.1 before the end of support.

Migration guide: https://developers.line.biz/en/docs/line-login/migration/

LY Corporation
Tokyo Garden Terrace Kioicho Kioi Tower, 1-3 Kioicho, Chiyoda-ku, Tokyo 102-8282, Japan
""",
        items=[item(SOCIAL, "LINE", "Moon Rabbit Run", "2027-01-20", aliases=["2001847362"])],
        note="'Jan. 20th' without a year: next such date after the mail date = 2027-01-20",
    ),
    mk(
        name="h16_soc_meta_graph_api",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Cat Inn Tycoon: Graph API v18.0 will be deprecated",
        date="2026-10-12 19:44 -0700",
        auth_domain="facebookmail.com",
        form="html",
        cte="quoted-printable",
        html="""<html><body style="margin:0;padding:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1c1e21">
<tr><td style="padding:20px;border-bottom:1px solid #e5e5e5"><img src="https://static.xx.fbcdn.net/rsrc.php/meta-logo.png" height="16" alt="Meta"></td></tr>
<tr><td style="padding:20px;line-height:20px">
Hi Haneul,<br><br>
Your app <b>Cat Inn Tycoon</b> (App ID: 1187364550129834) has made recent calls to Graph API
<b>v18.0</b>. This version will no longer be available on or after <b>January 21, 2027</b>.
After that, calls will be automatically upgraded to the oldest available version, which may break
Facebook Login and sharing in your app.<br><br>
Use the API Upgrade Tool in the App Dashboard to see which calls are affected, then upgrade your
app to v22.0 or later.<br><br>
<a href="https://developers.facebook.com/tools/api_versioning/1187364550129834" style="color:#1877f2">Open API Upgrade Tool</a><br><br>
Thanks,<br>The Meta for Developers team
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#8a8d91">This message was sent to support@moonrabbit-studio.co.kr. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
<img src="https://www.facebook.com/email_open_log_pic.php?mid=6a0f" width="1" height="1" alt=""></td></tr>
</table></td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Meta", "Cat Inn Tycoon", "2027-01-21", aliases=["1187364550129834"])],
        note="'on or after' date",
    ),
    mk(
        name="h16_soc_meta_login_ko",
        category="positive",
        lang="ko",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="달토끼 런 앱의 Facebook 로그인 iOS SDK 업데이트가 필요합니다",
        date="2026-11-16 06:20 +0900",
        auth_domain="facebookmail.com",
        charset="utf-8",
        cte="base64",
        text="""김하늘님, 안녕하세요.

회원님의 앱 달토끼 런(앱 ID: 924410387716552)이 iOS용 Facebook SDK v14.1.0을 사용하고 있습니다.
2026년 12월 3일부터 v17.0 미만의 iOS SDK를 통한 Facebook 로그인(제한된 로그인 포함) 요청이
더 이상 지원되지 않습니다.

로그인 중단을 방지하려면 이 날짜 전에 Facebook iOS SDK를 최신 버전으로 업데이트한 빌드를
App Store에 배포하세요.

자세히 알아보기: https://developers.facebook.com/docs/ios/upgrade-guide

감사합니다.
Meta for Developers 팀

이 메시지는 support@moonrabbit-studio.co.kr(으)로 전송되었습니다.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[item(SOCIAL, "Meta", "달토끼 런", "2026-12-03", aliases=["924410387716552"])],
        note="Korean Meta mail, base64 UTF-8",
    ),
]
