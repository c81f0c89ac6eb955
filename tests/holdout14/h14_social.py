"""Sign-in provider notices (Google, Firebase, Apple, Meta, LINE, Kakao, Naver) for the Moa Labs apps."""

from __future__ import annotations

from h14_lib import SOCIAL, item, m, wd

PM_BUNDLE = "com.moalabs.pocketmeal"
RL_BUNDLE = "com.moalabs.runlog"

GOOGLE_FOOTER = """
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about important changes to
Google Cloud Platform or your account.
"""

MAILS = [
    # --- Google Identity Services migration: multipart/alternative, the two parts worded differently
    m(
        name="s01_google_gis_migration_alt",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Required] Migrate pocketmeal-web from the Google Sign-In JavaScript library",
        date="2026-10-06 02:14 +0000",
        form="alt",
        cte="quoted-printable",
        text="""Hello Google Cloud customer,

We're writing to let you know that the legacy Google Sign-In JavaScript library (platform.js /
gapi.auth2) will be fully retired on March 31, 2027. After that date, sign-in buttons built on
the legacy library will stop rendering and existing sessions will not be refreshed.

What do I need to know?
Our records show that the OAuth 2.0 client below, in project pocketmeal-web (project number
418826731104), requested tokens through gapi.auth2 in the last 28 days:

  Client ID: 418826731104-7q2vd0dashboard.apps.googleusercontent.com
  Name: PocketMeal dashboard (web)

What do I need to do?
Migrate to Google Identity Services (GIS) before March 31, 2027. The migration guide describes
the changes for the Sign In With Google button and One Tap.

We're here to help
If you have questions, contact Google Cloud Support.

Thanks for choosing Google Cloud.
- The Google Cloud Team
"""
        + GOOGLE_FOOTER,
        html="""<html><body style="font-family:Roboto,Arial,sans-serif">
<div style="display:none">Legacy Google Sign-In for Websites retires on March 31, 2027</div>
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_92x30dp.png" alt="Google">
<h2>Migrate to Google Identity Services</h2>
<p>Hello Google Cloud customer,</p>
<p>The legacy Google Sign-In JavaScript library (<code>platform.js</code>) will be retired on
<b>March&nbsp;31,&nbsp;2027</b>. Apps that still call <code>gapi.auth2</code> will no longer be able to
sign users in after that date.</p>
<p>Affected project: <b>pocketmeal-web</b> (418826731104)<br>
OAuth client: 418826731104-7q2vd0dashboard.apps.googleusercontent.com</p>
<p><a href="https://developers.google.com/identity/gsi/web/guides/migration">Read the migration guide</a></p>
<p style="color:#5f6368;font-size:11px">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View,
CA 94043<br>You have received this mandatory service announcement to update you about important changes
to Google Cloud Platform or your account.</p>
<img src="https://notifications.google.com/g/img/AD-FnEw.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "pocketmeal-web",
                "2027-03-31",
                aliases=[
                    "418826731104-7q2vd0dashboard.apps.googleusercontent.com",
                    "PocketMeal dashboard (web)",
                    "Google Sign-In JavaScript library",
                    "platform.js",
                ],
            )
        ],
        note="deprecated library retirement affecting a named project",
    ),
    # --- Google OAuth app verification / restricted scopes, relative deadline, HTML only
    m(
        name="s02_google_oauth_verification_html",
        category="positive",
        lang="en",
        sender=("Google Trust & Safety", "no-reply@google.com"),
        subject="Action needed: verify your OAuth app Runlog (runlog-prod-2291) to keep restricted scope access",
        date="2026-11-02 17:40 +0000",
        form="html",
        html="""<html><body>
<p>Dear Developer,</p>
<p>We noticed that your app <b>Runlog</b> in Google Cloud project <b>runlog-prod-2291</b> requests the
following restricted scope:</p>
<ul><li>https://www.googleapis.com/auth/drive.readonly</li></ul>
<p>Apps that request restricted scopes must complete verification, including a security
assessment. Your consent screen was last updated on 2025-07-14.</p>
<p><b>What you need to do</b><br>
Submit your app for verification within 30 days of this email. If we don't receive a
verification request within 30 days, your app's access to the restricted scope will be
disabled and users will see the &ldquo;unverified app&rdquo; screen.</p>
<p>Go to the <a href="https://console.cloud.google.com/apis/credentials/consent?project=runlog-prod-2291">OAuth
consent screen</a> to start.</p>
<p>Sincerely,<br>The Google Trust &amp; Safety Team</p>
<p style="font-size:10px">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA</p>
</body></html>
""",
        items=[item(SOCIAL, "Google", "Runlog", "2026-12-02", aliases=["runlog-prod-2291"])],
        note="'within 30 days of this email' counted from Date 2026-11-02; consent-screen update date is a distractor",
    ),
    # --- Unused OAuth clients scheduled for deletion: a digest of two clients
    m(
        name="s03_google_unused_clients_digest",
        category="digest",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Advised] Unused OAuth clients in your projects will be deleted",
        date="2026-10-21 09:03 +0000",
        text="""Dear Google Cloud customer,

As part of our ongoing security efforts, Google Cloud deletes OAuth clients that have been
inactive for more than six months. We detected the following OAuth clients that have had no
token activity and are scheduled for deletion.

Project: runlog-staging
  Client ID: 55019233-ios9k2runlog.apps.googleusercontent.com (iOS client for com.moalabs.runlog)
  Last used: 2026-03-30
  Scheduled deletion date: November 27, 2026

Project: pocketmeal-legacy
  Client ID: 90711802-web4legacy.apps.googleusercontent.com (Web client 2)
  Last used: never
  Scheduled deletion date: December 4, 2026

What do I need to do?
If you still need a client, use it to make a token request before its deletion date, or check
the client's usage in the Google Cloud console. After deletion a client can be restored for
30 days; after that the deletion is permanent and sign-in with that client will fail.

If you no longer need these clients, no action is required.
"""
        + GOOGLE_FOOTER,
        items=[
            item(
                SOCIAL,
                "Google",
                "55019233-ios9k2runlog.apps.googleusercontent.com",
                "2026-11-27",
                aliases=["runlog-staging", "com.moalabs.runlog"],
            ),
            item(
                SOCIAL,
                "Google",
                "90711802-web4legacy.apps.googleusercontent.com",
                "2026-12-04",
                aliases=["pocketmeal-legacy", "Web client 2"],
            ),
        ],
        note="unsure: OAuth client deletion counted as sign-in item (sign-in with the client fails after). "
        "Last-used dates are distractors",
    ),
    # --- Firebase Auth: legacy SDK OAuth flows, undated end ("will be announced")
    m(
        name="s04_firebase_auth_sdk_undated",
        category="positive",
        lang="en",
        sender=("Firebase", "firebase-noreply@google.com"),
        subject="Firebase Authentication: legacy Google Sign-In for Android in pocketmeal-prod is deprecated",
        date="2026-09-15 20:31 +0000",
        form="alt",
        html="""<html><body style="background:#f1f3f4">
<table width="100%" style="background:#f1f3f4"><tr><td align="center">
<table width="580" style="background:#ffffff;padding:24px">
<tr><td><img src="https://www.gstatic.com/mobilesdk/240501_mobilesdk/firebase_28dp.png" alt="Firebase"></td></tr>
<tr><td>
<p>Hi there,</p>
<p>Your Firebase project <b>pocketmeal-prod</b> has Android apps (<i>com.moalabs.pocketmeal</i>) that
sign users in with the legacy <code>GoogleSignInClient</code> API from Google Play services Auth.</p>
<p>This API is deprecated. It continues to work for now, but it will be removed in a future
release. <b>The end date will be announced</b> at least 6 months in advance. We recommend migrating
to Credential Manager with Sign in with Google now.</p>
<p>Apps on Firebase Authentication SDK for Android 23.2.0 or later (BoM 33.9.0) already use the new
flow.</p>
<p>&mdash; The Firebase Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">This email was sent to dev@moalabs.io because you are an owner
of a Firebase project. Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table></td></tr></table></body></html>
""",
        items=[
            item(SOCIAL, "Google", "pocketmeal-prod", None, aliases=["com.moalabs.pocketmeal", "GoogleSignInClient"])
        ],
        note="deprecated now, end date to be announced: undated item",
    ),
    # --- Apple: Sign in with Apple server-to-server notification requirement (Korean), HTML
    m(
        name="s05_apple_siwa_notification_ko_html",
        category="positive",
        lang="ko",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Sign in with Apple을 사용하는 앱의 새로운 요구 사항",
        date="2026-10-09 01:00 +0900",
        form="html",
        cte="base64",
        html=f"""<!DOCTYPE html><html lang="ko"><body style="font-family:'Apple SD Gothic Neo',sans-serif">
<table role="presentation" width="640" align="center"><tr><td>
<p style="font-size:12px;color:#888">2026년 10월 8일</p>
<h1 style="font-size:28px">Sign in with Apple을 사용하는 앱의 새로운 요구 사항</h1>
<p>2027년 2월 1일({wd("2027-02-01")})부터 대한민국에 기반을 둔 개발자는 웹 사이트를 Sign in with Apple을
사용하는 앱과 연결하기 위해 새 Services ID를 등록하거나 기존 Services ID를 업데이트할 때
서버 간 알림 엔드포인트를 반드시 제공해야 합니다.</p>
<p>알림 엔드포인트를 등록하면 Apple이 앱 사용자의 계정 상태에 관한 중요한 업데이트를 보낼 수 있습니다.</p>
<ul><li>이메일 전달 설정 변경</li><li>앱에서의 계정 삭제</li><li>Apple 계정의 영구 삭제</li></ul>
<p>귀하의 팀(Moa Labs Inc., 팀 ID 7XK2M9Q4RD)에는 엔드포인트가 없는 Services ID가 있습니다:
<b>com.moalabs.pocketmeal.web</b></p>
<p><a href="https://developer.apple.com/kr/news/">자세히 알아보기</a></p>
<hr><p style="font-size:11px;color:#888">Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino,
CA 95014. 모든 권리 보유.<br><a href="https://developer.apple.com/kr/privacy">개인정보 처리방침</a></p>
</td></tr></table></body></html>
""",
        items=[
            item(
                SOCIAL,
                "Apple",
                "com.moalabs.pocketmeal.web",
                "2027-02-01",
                aliases=["Sign in with Apple", "7XK2M9Q4RD"],
            )
        ],
        note="unsure: a new requirement (not a retirement) with a start date; counted since the Services ID "
        "breaks for updates after that date. The send date in the body is a distractor",
    ),
    # --- Apple: private email relay, sender domain SPF re-verification, plain text
    m(
        name="s06_apple_private_relay_plain",
        category="positive",
        lang="en",
        sender=("Apple Developer", "no_reply@email.apple.com"),
        subject="Action required: Re-verify your outbound email domains for Sign in with Apple",
        date="2026-11-12 06:22 -0800",
        cte="7bit",
        text="""Dear Moa Labs Inc.,

Your team uses the private email relay service for Sign in with Apple to contact people who
chose Hide My Email in Runlog (com.moalabs.runlog).

Apple is strengthening sender authentication. Registered outbound email domains must publish a
valid SPF record and DKIM signature. The following domain registered on May 2, 2024 could not be
verified:

    mail.moalabs.io

Please update your DNS records and re-verify the domain in Certificates, Identifiers & Profiles
no later than December 15, 2026. After that date, email sent from unverified domains to
@privaterelay.appleid.com addresses will be rejected.

Learn more: https://developer.apple.com/help/account/capabilities/configure-private-email-relay-service

Best regards,
Apple Developer Relations

Copyright 2026 Apple Inc. All rights reserved.
One Apple Park Way, Cupertino, CA 95014
""",
        items=[item(SOCIAL, "Apple", "Runlog", "2026-12-15", aliases=["com.moalabs.runlog", "mail.moalabs.io"])],
        note="registration date May 2, 2024 is a distractor; unsure target (app vs relay domain)",
    ),
    # --- Meta: Graph API version expiry for one app, HTML layout, facebookmail.com
    m(
        name="s07_meta_graph_v22_html",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="PocketMeal: Graph API v22.0 will expire on February 10, 2027",
        date="2026-11-10 22:05 +0000",
        form="html",
        cte="quoted-printable",
        html="""<html><head><style>td{font-family:Helvetica,Arial,sans-serif;font-size:14px}</style></head><body>
<span style="display:none!important">Upgrade your app to keep it working.</span>
<table width="100%" bgcolor="#ffffff"><tr><td align="center">
<table width="512">
<tr><td style="padding:16px 0"><img src="https://static.xx.fbcdn.net/rsrc.php/meta_logo.png" alt="Meta"></td></tr>
<tr><td style="font-size:20px;font-weight:bold">Graph API version expiring</td></tr>
<tr><td>Hi Moa,<br><br>
Your app <b>PocketMeal</b> (App ID: 1093472218843301) made calls to Graph API v22.0 in the last 7 days.
Graph API v22.0 will no longer be available on <b>February 10, 2027</b>. Calls to an expired version are
automatically upgraded to the oldest available version, which may break your app.<br><br>
To avoid disruption, upgrade your calls to v24.0 or later. You can use the API Upgrade Tool in the
App Dashboard to see which calls are affected.</td></tr>
<tr><td style="padding:20px 0"><a href="https://developers.facebook.com/apps/1093472218843301/dashboard/"
style="background:#0064e0;color:#fff;padding:10px 18px;text-decoration:none;border-radius:6px">
Go to App Dashboard</a></td></tr>
<tr><td style="font-size:12px;color:#8a8d91">This message was sent to dev@moalabs.io. If you don't want to
receive these emails from Meta in the future, please unsubscribe.<br>Meta Platforms, Inc., Attention:
Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr>
</table></td></tr></table>
<img src="https://www.facebook.com/email_open_log_pic.php?mid=5f0a2c" width="1" height="1" alt="">
</body></html>
""",
        items=[item(SOCIAL, "Meta", "PocketMeal", "2027-02-10", aliases=["1093472218843301", "Graph API v22.0"])],
    ),
    # --- Meta Marketing API version, Korean, plain base64
    m(
        name="s08_meta_marketing_api_ko",
        category="positive",
        lang="ko",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="[조치 필요] 런로그 앱의 마케팅 API v23.0 지원이 곧 종료됩니다",
        date="2026-11-18 08:40 +0900",
        cte="base64",
        text="""안녕하세요, 모아랩스 개발팀님.

런로그(앱 ID: 2207719430015582) 앱이 지난 30일 동안 마케팅 API v23.0을 호출했습니다.

마케팅 API v23.0은 2027년 1월 12일에 지원이 종료됩니다. 지원 종료 후에는 해당 버전을 호출하는
요청이 실패합니다. 마케팅 API는 그래프 API와 달리 자동 업그레이드되지 않습니다.

해야 할 일
- 앱 대시보드의 API 업그레이드 도구에서 영향을 받는 호출을 확인하세요.
- 2027년 1월 12일 전에 v25.0으로 업그레이드하세요.

v25.0은 2026년 10월 14일에 출시되었습니다.

감사합니다.
Meta for Developers 팀

이 메시지는 dev@moalabs.io(으)로 전송되었습니다.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[
            item(SOCIAL, "Meta", "런로그", "2027-01-12", aliases=["2207719430015582", "Marketing API v23.0", "Runlog"])
        ],
        note="unsure: Marketing API version EOL counted as a Meta API version retirement; release date distractor",
    ),
    # --- Meta: Facebook Login / Data Use Checkup, "by" date
    m(
        name="s09_meta_data_use_checkup",
        category="positive",
        lang="en",
        sender=("Facebook for Developers", "notification@facebookmail.com"),
        subject="Complete Data Use Checkup for Runlog",
        date="2026-09-29 14:12 -0700",
        text="""Complete Data Use Checkup for Runlog

Hi Moa Labs,

It's time for your app's annual Data Use Checkup. As an admin of Runlog (App ID 2207719430015582),
you need to confirm that your app's use of the permissions it has been granted through Facebook
Login (email, public_profile, user_friends) complies with our Platform Terms and Developer Policies.

Please complete Data Use Checkup by Dec 28th. If you don't complete it in time, your app will
lose access to these permissions and Facebook Login for Runlog may stop working for your users.

Complete Data Use Checkup:
https://developers.facebook.com/apps/2207719430015582/data-use-checkup/

Thanks,
The Facebook for Developers Team

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[item(SOCIAL, "Meta", "Runlog", "2026-12-28", aliases=["2207719430015582"])],
        note="'Dec 28th' without a year: next such date after the mail's date",
    ),
    # --- LINE: LINE SDK for iOS v5 end of support (English, plain)
    m(
        name="s10_line_sdk_ios_eos",
        category="positive",
        lang="en",
        sender=("LINE Developers", "dl_noreply@linecorp.com"),
        subject="[LINE Developers] End of support for LINE SDK for iOS Swift 5.x",
        date="2026-09-24 11:00 +0900",
        text="""[LINE Developers] End of support for LINE SDK for iOS Swift 5.x

Thank you for using LINE Developers.

You are receiving this email because you are an admin of the following LINE Login channel:

  Provider: Moa Labs
  Channel name: PocketMeal
  Channel ID: 1657734410

Support for LINE SDK for iOS Swift version 5.x will end on 2027/01/31 (JST).
After the end of support, LINE Login from apps using version 5.x is not guaranteed to work,
and bug fixes will no longer be provided. Please update to version 6.0.0 or later, released on
2026/06/18.

For details, see the LINE Developers news:
https://developers.line.biz/en/news/

* This email is sent from a send-only address. Please do not reply.

LY Corporation
""",
        items=[item(SOCIAL, "LINE", "PocketMeal", "2027-01-31", aliases=["1657734410", "LINE SDK for iOS Swift 5.x"])],
        note="release date 2026/06/18 is a distractor",
    ),
    # --- LINE: follow-up that moves the date
    m(
        name="s11_line_sdk_followup_moved",
        category="followup",
        lang="en",
        sender=("LINE Developers", "dl_noreply@linecorp.com"),
        subject="[LINE Developers] (Update) End of support date for LINE SDK for iOS Swift 5.x has changed",
        date="2026-11-05 15:30 +0900",
        text="""[LINE Developers] (Update) End of support date for LINE SDK for iOS Swift 5.x has changed

Thank you for using LINE Developers.

On 2026/09/24 we announced that support for LINE SDK for iOS Swift version 5.x would end on
2027/01/31. Based on feedback from developers, we have postponed the end of support.

  Before: 2027/01/31
  After:  2027/04/30 23:59 (JST)

Target channel: PocketMeal (Channel ID: 1657734410)

Please update to version 6.0.0 or later before the new end of support date.

We apologize for any inconvenience.

LY Corporation
""",
        items=[item(SOCIAL, "LINE", "PocketMeal", "2027-04-30", aliases=["1657734410", "LINE SDK for iOS Swift 5.x"])],
        note="follow-up moving the date: new date 2027/04/30, old 2027/01/31 is a distractor",
    ),
    # --- Kakao: JavaScript SDK v1 phases, UTF-8 HTML
    m(
        name="s12_kakao_js_sdk_phases_html",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] Kakao SDK for JavaScript v1 지원 종료 안내",
        date="2026-09-08 10:00 +0900",
        form="html",
        html=f"""<html><body style="margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#f8f8f8"><tr><td align="center">
<table width="620" bgcolor="#ffffff" style="border-top:4px solid #fee500">
<tr><td style="padding:28px 32px;font-size:15px;line-height:1.7;color:#191919">
안녕하세요, 카카오디벨로퍼스입니다.<br><br>
Kakao SDK for JavaScript v1(kakao.min.js 1.x)의 지원이 아래 일정에 따라 단계적으로 종료됩니다.<br>
해당 버전을 사용 중인 앱은 일정 내에 v2로 전환해 주시기 바랍니다.<br><br>
<b>대상 앱</b>: 포켓밀 (앱 ID 1043287)<br><br>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr bgcolor="#f2f2f2"><th>구분</th><th>일정</th><th>내용</th></tr>
<tr><td>1차</td><td>2026년 12월 1일({wd("2026-12-01")})</td><td>카카오 로그인 팝업 방식(Auth.login) 제공 중단</td></tr>
<tr><td>2차</td><td>2027년 3월 2일({wd("2027-03-02")})</td><td>v1 전체 API 호출 차단</td></tr>
</table><br>
v2 전환 방법은 <a href="https://developers.kakao.com/docs/latest/ko/javascript/getting-started">JavaScript
가이드</a>를 참고해 주세요.<br><br>
감사합니다.<br>카카오디벨로퍼스 드림
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#999">본 메일은 발신 전용입니다.<br>
(주)카카오 | 경기도 성남시 분당구 판교역로 166 | 사업자등록번호 120-81-47521</td></tr>
</table></td></tr></table></body></html>
""",
        items=[
            item(
                SOCIAL,
                "Kakao",
                "포켓밀",
                "2026-12-01",
                aliases=["1043287", "PocketMeal", "Kakao SDK for JavaScript v1"],
            )
        ],
        note="phases 1차 2026-12-01 / 2차 2027-03-02: first phase not yet past",
    ),
    # --- Kakao: 동의항목 검수, EUC-KR quoted-printable, 오후 time
    m(
        name="s13_kakao_consent_review_euckr",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        subject="[카카오 로그인] 런로그 앱 동의항목 재검수 요청 안내",
        date="2026-11-16 14:20 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text=f"""안녕하세요. 카카오디벨로퍼스입니다.

카카오 로그인을 사용하는 런로그(앱 ID: 1051920) 앱의 동의항목 설정에 대해 안내드립니다.

현재 런로그 앱은 '카카오계정(이메일)'과 '성별' 동의항목을 필수 동의로 설정하고 있으나,
서비스 화면에서 해당 정보의 사용 목적이 확인되지 않습니다.

아래 기한까지 동의항목 재검수를 신청해 주시기 바랍니다.
- 재검수 신청 기한: 2027년 1월 5일({wd("2027-01-05")}) 오후 6시
- 기한 내 미신청 시: 해당 동의항목이 '사용 안 함'으로 변경되며, 카카오 로그인 시
  이메일과 성별 정보를 받을 수 없습니다.

동의항목 최초 설정일: 2025년 3월 4일

내 애플리케이션 > 카카오 로그인 > 동의항목 메뉴에서 신청하실 수 있습니다.

감사합니다.
카카오디벨로퍼스 드림
""",
        items=[item(SOCIAL, "Kakao", "런로그", "2027-01-05", aliases=["1051920", "Runlog"])],
        note="original settings date 2025-03-04 is a distractor",
    ),
    # --- Kakao: 비즈 앱 전환, cp949 under ks_c_5601-1987, HTML with <br> lines
    m(
        name="s14_kakao_bizapp_ksc",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 비즈 앱 전환이 필요합니다 - 포켓밀",
        date="2026-10-27 16:05 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        form="html",
        html="""<div style="font-size:14px">안녕하세요, 카카오디벨로퍼스입니다.<br>
<br>
포켓밀(앱 ID 1043287) 앱은 개인 개발자 앱으로 등록되어 있어, 2026.12.31.부터 아래 기능을 사용할 수 없습니다.<br>
&nbsp;&nbsp;- 카카오계정(이메일) 필수 동의<br>
&nbsp;&nbsp;- 카카오톡 채널 관계 확인<br>
<br>
계속 사용하시려면 <b>2026.12.31.까지</b> 사업자 정보를 등록하여 비즈 앱으로 전환해 주세요.<br>
비즈 앱 전환은 [내 애플리케이션] &gt; [앱 설정] &gt; [비즈니스]에서 할 수 있습니다.<br>
<br>
※ 사업자등록증 심사에는 영업일 기준 1~3일이 소요됩니다.<br>
<br>
카카오디벨로퍼스 드림<br>
<span style="color:#999">&copy; Kakao Corp. 본 메일은 발신전용으로 회신되지 않습니다.</span></div>
""",
        items=[item(SOCIAL, "Kakao", "포켓밀", "2026-12-31", aliases=["1043287", "PocketMeal"])],
        note="unsure: a policy change requiring conversion by a date, counted as sign-in item",
    ),
    # --- Naver: 네이버 로그인 검수, relative deadline, EUC-KR base64
    m(
        name="s15_naver_login_review_relative",
        category="positive",
        lang="ko",
        sender=("NAVER Developers", "developers_noreply@navercorp.com"),
        subject="[네이버 개발자센터] 네이버 로그인 검수 요청 안내 (런로그)",
        date="2026-11-09 11:30 +0900",
        charset="euc-kr",
        cte="base64",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 API를 사용 중인 애플리케이션 '런로그'(Client ID: Xq7pRunLg2kd)는
현재 '개발 중' 상태로, 등록된 멤버 외의 사용자는 로그인할 수 없습니다.

서비스 적용을 위해서는 검수 요청이 필요합니다.
본 메일 발송일로부터 14일 이내에 검수를 요청하지 않으면 애플리케이션의 네이버 로그인 API
사용이 중지됩니다.

- 애플리케이션 등록일: 2026-08-19
- 검수 요청 경로: Application > 내 애플리케이션 > 멤버관리 > 검수요청

감사합니다.
네이버 개발자센터 드림

본 메일은 발신전용입니다. 문의사항은 개발자 포럼을 이용해 주세요.
NAVER Corp. 경기도 성남시 분당구 불정로 6 그린팩토리
""",
        items=[item(SOCIAL, "Naver", "런로그", "2026-11-23", aliases=["Xq7pRunLg2kd", "Runlog"])],
        note="'발송일로부터 14일 이내' from Date 2026-11-09 -> 2026-11-23; registration date is a distractor",
    ),
    # --- Naver: old profile API retired, EUC-KR 8bit
    m(
        name="s16_naver_profile_api_euckr",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        subject="[공지] 네이버 로그인 구 회원 프로필 조회 API(XML) 제공 종료 안내",
        date="2026-10-14 09:00 +0900",
        charset="euc-kr",
        text=f"""[공지] 네이버 로그인 구 회원 프로필 조회 API(XML) 제공 종료 안내

안녕하세요. 네이버 개발자센터입니다.

네이버 로그인의 구 회원 프로필 조회 API(https://openapi.naver.com/v1/nid/getUserProfile.xml)
제공이 종료됩니다.

■ 종료 일시: 2027년 2월 28일({wd("2027-02-28")}) 오전 10시
■ 대상: 위 API를 호출한 이력이 있는 애플리케이션
   - 포켓밀 (Client ID: Pk3mealNv81Q)
■ 조치 사항: JSON 형식의 회원 프로필 조회 API(/v1/nid/me)로 변경

종료 이후에는 해당 API 호출 시 오류가 반환됩니다.

감사합니다.
""",
        items=[
            item(SOCIAL, "Naver", "포켓밀", "2027-02-28", aliases=["Pk3mealNv81Q", "PocketMeal", "getUserProfile.xml"])
        ],
    ),
    # --- Firebase Auth email-link links off Dynamic Links: "on or after"
    m(
        name="s18_firebase_email_link_on_or_after",
        category="positive",
        lang="en",
        sender=("Firebase", "firebase-noreply@google.com"),
        subject="[Action required] Email link sign-in in runlog-prod-2291 must move off page.link domains",
        date="2026-10-11 18:00 +0000",
        text="""Hello Firebase developer,

Firebase Authentication email link sign-in (passwordless) in your project runlog-prod-2291 still
builds its links on the Dynamic Links domain runlog.page.link.

On or after December 15, 2026, email links that use a *.page.link domain will no longer open your
app, and users won't be able to complete sign-in with an email link or finish an email address
verification started from the app.

What you need to do
1. Update to Firebase Authentication for iOS 11.8.0+ and Android 23.2.0+ (BoM 33.9.0+).
2. Set linkDomain in ActionCodeSettings to your Firebase Hosting domain
   (runlog-prod-2291.web.app or a custom domain).

Dynamic Links itself was shut down on August 25, 2025; this is the last step of that migration.

Thanks,
The Firebase team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
You received this mandatory service announcement because you are an owner of a Firebase project.
""",
        items=[item(SOCIAL, "Google", "runlog-prod-2291", "2026-12-15", aliases=["runlog.page.link", "Runlog"])],
        note="'on or after' date; the 2025 shutdown date is a distractor. Vendor Google (Firebase)",
    ),
    # --- Kakao D-7, HTML with numeric character references for some syllables, KST time
    m(
        name="s19_kakao_d7_ios_sdk_entities",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[D-7] Kakao SDK for iOS 1.x 카카오 로그인 지원 종료 안내",
        date="2026-11-22 10:00 +0900",
        form="html",
        cte="quoted-printable",
        html="""<html><body><table width="600" cellpadding="0" cellspacing="0"><tr>
<td style="padding:24px;font-size:14px;line-height:1.6">
<p>안녕하세요, 카카오디벨로퍼스입니다.</p>
<p>Kakao SDK for iOS 1.x의 카카오 로그인 지원 &#51333;&#47308;&nbsp;<b>D-7</b>입니다.</p>
<p>&#45824;&#49345; 앱: 포켓밀 (앱 ID 1043287, 번들 ID com.moalabs.pocketmeal)<br>
지원 &#51333;&#47308; 일시: 2026년 11월 29일(일) 23:59 (KST)</p>
<p>&#51333;&#47308; 일시 이후 iOS 1.x SDK에서 카카오 로그인을 호출하면 오류가 발생합니다.<br>
iOS SDK v2로 업데이트해 주세요.</p>
<p>카카오디벨로퍼스 드림</p>
</td></tr></table></body></html>
""",
        items=[
            item(SOCIAL, "Kakao", "포켓밀", "2026-11-29", aliases=["1043287", "com.moalabs.pocketmeal", "PocketMeal"])
        ],
        note="D-7 from 2026-11-22 and the stated date agree (2026-11-29); Korean words partly as &#NNNNN; entities",
    ),
]
