"""holdout9: social-login and developer-platform notices to the dev@ mailbox of a three-app startup
(모아랩스 / Moa Labs: 모아다이어리 MoaDiary, 핏메이트 FitMate, Moa Web at app.moalabs.io)."""

from __future__ import annotations

from corpus_lib import SOCIAL, Mail, item
from h9_lib import PIXEL, ent, ewd, kd, kdot, preheader

TO = "dev@moalabs.co.kr"
KAKAO = ("카카오디벨로퍼스", "noreply_developers@kakaocorp.com")
NAVER = ("NAVER Developers", "dl_naverdevelopers@navercorp.com")
META = ("Meta for Developers", "developers@facebookmail.com")
APPLE = ("Apple Developer", "developer@insideapple.apple.com")
GOOGLE_ID = ("Google Identity", "noreply-identity@google.com")
LINE = ("LINE Developers", "dl_linedevelopers@linecorp.com")

KAKAO_FOOT = """
본 메일은 카카오디벨로퍼스 서비스 이용약관 및 운영정책에 따라 앱 관리자에게 발송되는 필수 안내 메일로,
수신 동의 여부와 관계없이 발송됩니다. 문의 사항은 데브톡(https://devtalk.kakao.com)을 이용해 주세요.
(주)카카오 | 대표이사 정신아 | 제주특별자치도 제주시 첨단로 242 | 사업자등록번호 120-81-47521
Copyright © Kakao Corp. All rights reserved.
"""

MAILS: list[Mail] = []

# 1. Kakao, HTML-only layout table, base64; weekday in parentheses, 오후 time; app name + app ID.
MAILS.append(
    Mail(
        name="soc_kakao_jssdk_v1_html",
        category="positive",
        lang="ko",
        sender=KAKAO,
        to=TO,
        subject="[카카오디벨로퍼스] Kakao SDK for JavaScript v1 지원 종료 안내 (모아다이어리)",
        date="2026-10-14 11:02 +0900",
        form="html",
        cte="base64",
        html=f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f5f5">
{preheader("JavaScript SDK v1을 사용 중인 앱에 대한 중요 안내입니다.")}
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0"
style="background:#ffffff;font-family:'Apple SD Gothic Neo',sans-serif;font-size:14px;color:#191919">
<tr><td style="padding:28px 32px;background:#fee500"><b>kakao</b> developers</td></tr>
<tr><td style="padding:32px">안녕하세요, 카카오디벨로퍼스입니다.<br><br>
회원님이 관리하는 앱에서 Kakao SDK for JavaScript v1(kakao.min.js 1.x)을 이용한 요청이 확인되어 안내드립니다.<br>
Kakao SDK for JavaScript v1은 보안 및 안정성 강화를 위해 아래 일정으로 지원이 종료됩니다.
지원 종료 이후에는 v1 SDK를 통한 카카오 로그인, 카카오톡 공유 요청이 실패합니다.<br><br>
<table cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#e5e5e5;width:100%">
<tr style="background:#fafafa"><th>앱 이름</th><th>앱 ID</th><th>최근 v1 호출일</th></tr>
<tr><td>모아다이어리</td><td>1048213</td><td>2026-10-12</td></tr></table><br>
<b>지원 종료 일시</b>: {kd(2026, 12, 29)} 오후 2시 (KST)<br>
<b>조치 방법</b>: Kakao SDK for JavaScript v2로 업데이트하고, Kakao.Auth.login() 대신 Kakao.Auth.authorize()를
사용하도록 코드를 변경해 주세요. 자세한 내용은 <a
href="https://developers.kakao.com/docs/latest/ko/javascript/getting-started">
JavaScript 가이드</a>를 참고해 주세요.<br><br>
※ 본 안내는 2026년 10월 12일 기준 호출 이력을 바탕으로 발송되었습니다.<br>
감사합니다.<br>카카오디벨로퍼스 드림</td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#999999">{KAKAO_FOOT.strip().replace(chr(10), "<br>")}</td></tr>
</table>{PIXEL.format(host="track.kakao.com", tag="jsv1-1048213")}</td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Kakao", "모아다이어리", "2026-12-29", aliases=["1048213"])],
        note="call-history date and send date are distractors; 오후 2시 KST on a weekday in parentheses",
    )
)

# 2. Kakao, Outlook-style cp949 under ks_c_5601-1987, quoted-printable, text/plain; dotted date.
MAILS.append(
    Mail(
        name="soc_kakao_userme_fields_ks",
        category="positive",
        lang="ko",
        sender=KAKAO,
        to=TO,
        subject="[카카오 로그인] 사용자 정보 가져오기 API 구 응답 필드 제공 종료 안내",
        date="2026-11-02 16:40 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        text=f"""안녕하세요. 카카오디벨로퍼스입니다.

카카오 로그인 '사용자 정보 가져오기'(GET /v2/user/me) API의 구 응답 필드(kakao_account.profile_needs_agreement 외
3종)가 아래와 같이 제공 종료됩니다. 회원님의 앱에서 해당 필드를 사용 중인 것으로 확인되어 안내드립니다.

■ 대상 앱: 핏메이트 (앱 ID: 1051877)
■ 제공 종료일: 2027.01.15.
■ 사전 점검 기간: 2026.11.16. ~ 2027.01.14.
■ 영향: 종료일 이후 해당 필드가 응답에서 제외되며, 필드 존재 여부로 동의 상태를 판단하는 경우 로그인 후
  회원가입 단계에서 오류가 발생할 수 있습니다.

■ 조치 사항
  1. 앱 코드에서 구 필드 참조를 제거하고 *_needs_agreement 필드의 신규 규격을 사용해 주세요.
  2. [내 애플리케이션] > [제품 설정] > [카카오 로그인] > [동의항목]에서 설정을 확인해 주세요.

꼭 확인 부탁드립니다. 뷁 같은 특수 문자는 표시되지 않을 수 있습니다.
{KAKAO_FOOT.replace("©", "ⓒ")}""",
        items=[item(SOCIAL, "Kakao", "핏메이트", "2027-01-15", aliases=["1051877"])],
        note="pre-check window start/end dates are distractors; cp949-only syllable in body",
    )
)

# 3. NAVER, EUC-KR base64, phases: phase 1 already past on the mail's date.
MAILS.append(
    Mail(
        name="soc_naver_login_v1_phases",
        category="positive",
        lang="ko",
        sender=NAVER,
        to=TO,
        subject="[NAVER Developers] 네이버 로그인 구 인증 API(v1) 단계별 종료 안내",
        date="2026-11-10 10:00 +0900",
        charset="euc-kr",
        cte="base64",
        text=f"""[NAVER Developers 공지]

안녕하세요. 네이버 개발자센터입니다.

네이버 로그인의 구 인증 API(https://nid.naver.com/oauth2.0/ v1 규격, 접근 토큰 파라미터 방식)가 단계적으로
종료됩니다. 아래 애플리케이션이 최근 30일 동안 구 규격으로 호출한 이력이 있어 안내드립니다.

- 애플리케이션 이름 : 모아다이어리
- Client ID : Xq7hT2mLw9aRb3KdPz1c
- 등록일 : 2021-03-08

[종료 일정]
  1차 : {kd(2026, 11, 5)} - 신규 애플리케이션에 대한 구 규격 발급 중단 (완료)
  2차 : {kd(2027, 2, 26)} 18:00 - 기존 애플리케이션 구 규격 호출 전면 차단

2차 종료 이후 구 규격으로 요청하면 네이버 로그인이 실패하므로, 그 전에 네이버 로그인 SDK 최신 버전 또는
Authorization 헤더 방식으로 전환해 주시기 바랍니다.

개발 가이드: https://developers.naver.com/docs/login/devguide/devguide.md
문의: 개발자센터 > 고객센터 > 문의하기

본 메일은 발신 전용입니다.
NAVER Corp. 경기도 성남시 분당구 불정로 6 그린팩토리
""",
        items=[item(SOCIAL, "Naver", "모아다이어리", "2027-02-26", aliases=["Xq7hT2mLw9aRb3KdPz1c"])],
        note="phase 1 (2026-11-05) is past on the mail's date, so the deadline is phase 2; "
        "registration date is a distractor",
    )
)

# 4. Google Identity, multipart/alternative with different wording in the two parts.
_g_html = f"""<!doctype html><html><body style="font-family:Roboto,Arial,sans-serif;color:#202124">
{preheader("Your project uses a legacy Google Sign-In SDK for Android")}
<table role="presentation" width="100%" style="max-width:600px;margin:auto"><tr><td>
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" alt="Google" width="74">
<h2 style="font-weight:400">[Action Required] Migrate from legacy Google Sign-In for Android</h2>
<p>Hello Google Cloud Customer,</p>
<p>We're writing to let you know that the legacy <b>Google Sign-In for Android</b> APIs
(<code>GoogleSignInClient</code>, <code>GoogleSignInOptions</code>) will be removed from Google Play services.
After <b>January 29, 2027</b>, sign-in attempts from apps that still call these APIs will fail.</p>
<p>Our records show the following OAuth client in your project <b>moadiary-prod</b> still receives requests
from the legacy SDK:</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="border:1px solid #dadce0">Project ID</td><td style="border:1px solid #dadce0">moadiary-prod</td></tr>
<tr><td style="border:1px solid #dadce0">OAuth client</td><td
style="border:1px solid #dadce0">Android client for com.moalabs.diary</td></tr>
<tr><td style="border:1px solid #dadce0">Client ID</td><td
style="border:1px solid #dadce0">518204773391-k2v9q0d7c5ts8u1e.apps.googleusercontent.com</td></tr>
</table>
<h3 style="font-weight:400">What you need to do</h3>
<p>Migrate to Credential Manager with Sign in with Google before January 29, 2027. See the
<a href="https://developer.android.com/identity/sign-in/legacy-gsi-migration">migration guide</a>.</p>
<p>Thanks for choosing Google Cloud.<br>— The Google Identity Team</p>
<p style="font-size:11px;color:#5f6368">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>
You have received this mandatory service announcement to update you about important changes to Google Cloud
or your account.</p></td></tr></table></body></html>
"""
MAILS.append(
    Mail(
        name="soc_google_legacy_gsi_android_alt",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        to=TO,
        subject="[Action Required] Migrate from legacy Google Sign-In for Android by January 29, 2027",
        date="2026-10-02 02:31 +0000",
        form="alt",
        cte="quoted-printable",
        html=_g_html,
        text="""Hello Google Cloud Customer,

The legacy Google Sign-In for Android APIs are going away. Your project moadiary-prod (Android client for
com.moalabs.diary) still uses them.

Deadline: 2027-01-29. After that date sign-in from the legacy SDK fails.

Migration guide: https://developer.android.com/identity/sign-in/legacy-gsi-migration

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "moadiary-prod",
                "2027-01-29",
                aliases=["com.moalabs.diary", "518204773391-k2v9q0d7c5ts8u1e.apps.googleusercontent.com"],
            )
        ],
        note="text and HTML parts word the deadline differently (ISO vs long form)",
    )
)

# 5. Firebase Auth, text/plain 7bit; "no later than".
MAILS.append(
    Mail(
        name="soc_firebase_auth_ios_sdk",
        category="positive",
        lang="en",
        sender=("Firebase", "firebase-noreply@google.com"),
        to=TO,
        subject="Action required: update Firebase Authentication iOS SDK in project fitmate-prod",
        date="2026-09-22 18:05 -0700",
        cte="7bit",
        text="""Hi Moa Labs team,

You are receiving this because you are listed as an Owner of the Firebase project fitmate-prod
(project number 730119284455).

Firebase Authentication will stop accepting sign-in requests from Firebase Apple SDK versions earlier than
10.0.0, including Sign in with Apple and Google sign-in flows that go through Firebase Auth. In the last
28 days, the iOS app com.moalabs.fitmate sent requests using Firebase Apple SDK 8.15.0.

Please update the app to Firebase Apple SDK 11.x and publish the update no later than Dec. 1st, 2026, so
that your users have time to upgrade before older builds stop working.

Affected app
  Project:    fitmate-prod
  iOS app:    com.moalabs.fitmate (1:730119284455:ios:4f1c0a9e88d2b7a1)
  SDK seen:   8.15.0 (last request Sep 20, 2026)

Release notes: https://firebase.google.com/support/release-notes/ios

Thanks,
The Firebase Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
You have received this mandatory service announcement to update you about important changes to Firebase.
""",
        items=[item(SOCIAL, "Google", "fitmate-prod", "2026-12-01", aliases=["com.moalabs.fitmate"])],
        note="Firebase is Google; 'Dec. 1st, 2026' with an ordinal; last-request date is a distractor",
    )
)

# 6. Apple, Sign in with Apple email relay, "Dec. 15th" with no year.
MAILS.append(
    Mail(
        name="soc_apple_relay_domains_en",
        category="positive",
        lang="en",
        sender=APPLE,
        to=TO,
        subject="Action needed for Sign in with Apple: register your email sources",
        date="2026-10-20 09:15 -0700",
        form="html",
        cte="quoted-printable",
        html="""<html>
<body style="font-family:-apple-system,'SF Pro Text',Helvetica,Arial;font-size:15px;color:#1d1d1f">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600">
<tr><td style="padding:24px 0"><img
src="https://devimages-cdn.apple.com/assets/elements/icons/128x128/apple-developer.png" width="42"
alt="Developer"></td></tr>
<tr><td><h1 style="font-size:28px">Register your outbound email sources for Sign in with Apple</h1>
<p>Dear Moa Labs Inc.,</p>
<p>Apps that offer Sign in with Apple must register the domains and email addresses they use to contact users
who chose Hide My Email. Starting <b>Dec. 15th</b>, email sent from unregistered sources to
@privaterelay.appleid.com addresses will no longer be delivered.</p>
<p>The following app has Sign in with Apple enabled and has no registered email sources:</p>
<p style="background:#f5f5f7;padding:12px">App: MoaDiary<br>Bundle ID: com.moalabs.diary<br>Team ID: 7QK2M9XJ4L</p>
<p>To register, sign in to Certificates, Identifiers &amp; Profiles, choose Services &gt; Sign in with Apple for
Email Communication, and add your domains and SPF-authenticated addresses.</p>
<p><a href="https://developer.apple.com/account/resources/services/configure">Configure now</a></p>
<p>Best regards,<br>Apple Developer Relations</p></td></tr>
<tr><td style="font-size:11px;color:#86868b;padding-top:30px">TM and &copy; 2026 Apple Inc. One Apple Park Way,
Cupertino, CA 95014.<br><a href="https://www.apple.com/legal/privacy/">Privacy Policy</a> |
<a href="https://developer.apple.com/contact/">Contact Us</a></td></tr></table></td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Apple", "MoaDiary", "2026-12-15", aliases=["com.moalabs.diary"])],
        note="'Dec. 15th' without a year: next Dec 15 after the mail's date",
    )
)

# 7. Apple, Korean, HTML with numeric character references for the Korean text of the key lines.
MAILS.append(
    Mail(
        name="soc_apple_s2s_ko_entities",
        category="positive",
        lang="ko",
        sender=("Apple Developer", "developer@email.apple.com"),
        to=TO,
        subject="Sign in with Apple 서버 간 알림 엔드포인트 등록 필요",
        date="2026-11-04 03:12 +0000",
        form="html",
        cte="8bit",
        html=f"""<html><body style="font-family:'Apple SD Gothic Neo',sans-serif">
<div style="max-width:600px;margin:0 auto">
<p>안녕하세요, 모아랩스 님.</p>
<p>Sign in with Apple을 사용하는 앱은 사용자가 이메일 전달 설정을 변경하거나 계정을 삭제할 때 전송되는
서버 간 알림(server-to-server notifications)을 받을 엔드포인트를 등록해야 합니다.</p>
<p>{ent("아래 앱은 엔드포인트가 등록되어 있지 않습니다.")}<br>
{ent("앱 이름")}: 핏메이트 (FitMate)<br>
Bundle ID: com.moalabs.fitmate<br>
{ent("등록 기한")}: {ent(kd(2027, 1, 12))}</p>
<p>기한까지 등록하지 않으면 해당 앱의 Sign in with Apple 구성이 비활성화되어 새 사용자가 Apple로 로그인할 수
없게 됩니다. Certificates, Identifiers &amp; Profiles에서 App ID를 선택한 후 Sign in with Apple 구성의
Server-to-Server Notification Endpoint 항목에 HTTPS URL을 입력하십시오.</p>
<p>Apple Developer 드림</p>
<p style="font-size:11px;color:#888">Copyright &copy; 2026 Apple Inc. 모든 권리 보유.<br>
애플코리아 유한회사 | 서울특별시 강남구 영동대로 512 | 사업자등록번호 120-81-84429</p></div></body></html>
""",
        items=[item(SOCIAL, "Apple", "핏메이트", "2027-01-12", aliases=["FitMate", "com.moalabs.fitmate"])],
        note="key lines written as &#NNNNN; references in HTML",
    )
)

# 8. Meta developer alert, "on or after", quoted-printable HTML-only.
MAILS.append(
    Mail(
        name="soc_meta_graph_v21_alert",
        category="positive",
        lang="en",
        sender=META,
        to=TO,
        subject="Developer alert: MoaDiary is calling Graph API v21.0",
        date="2026-09-29 21:44 +0000",
        form="html",
        cte="quoted-printable",
        html=f"""<html><body style="margin:0;padding:0;background:#f0f2f5">
<table width="100%" cellspacing="0" cellpadding="0" style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<tr><td align="center"><table width="580" style="background:#fff;border-radius:6px" cellpadding="24"><tr><td>
<p style="font-size:18px;font-weight:bold">Graph API v21.0 is being deprecated</p>
<p>Hi Doyoon,</p>
<p>Your app <b>MoaDiary</b> (App ID: 1983740215566012) made calls to Graph API v21.0 in the last 7 days.
This version will no longer be available on or after <b>December 9, 2026</b>. Calls to v21.0 made after
that date will be automatically upgraded to v22.0, which may break Facebook Login and other features your app
depends on.</p>
<p>We recommend that you use the <a href="https://developers.facebook.com/tools/api_versioning/">API Upgrade
Tool</a> to see which calls will be affected and upgrade your app to the latest version, v24.0, released
October 8, 2025.</p>
<p><a href="https://developers.facebook.com/apps/1983740215566012/dashboard/"
style="background:#1877f2;color:#fff;padding:10px 16px;text-decoration:none;border-radius:6px">
View app dashboard</a></p>
<p>Thanks,<br>The Meta for Developers team</p>
</td></tr></table>
<p style="font-size:11px;color:#8a8d91">This message was sent to dev@moalabs.co.kr. Meta Platforms, Inc.,
Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025<br>To help keep your account secure, please
don't forward this email. <a href="https://www.facebook.com/email_forward_notice/">Learn more</a></p>
{PIXEL.format(host="www.facebook.com", tag="dev_alert")}</td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Meta", "MoaDiary", "2026-12-09", aliases=["1983740215566012"])],
        note="'on or after December 9, 2026'; the v24.0 release date is a distractor",
    )
)

# 9. Meta Data Use Checkup, Korean, UTF-8 8bit, plain.
MAILS.append(
    Mail(
        name="soc_meta_data_use_checkup_ko",
        category="positive",
        lang="ko",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        to=TO,
        subject="핏메이트의 데이터 사용 확인을 완료하세요",
        date="2026-10-27 08:30 +0900",
        text="""도윤님, 안녕하세요.

핏메이트 앱(앱 ID: 2210458837702143)의 연간 데이터 사용 확인 기한이 다가오고 있습니다.

앱 관리자는 매년 앱이 승인받은 권한과 기능(예: email, public_profile)을 Meta 플랫폼 약관과 개발자 정책에 따라
사용하고 있음을 확인해야 합니다.

기한: 2026년 12월 4일

기한까지 데이터 사용 확인을 완료하지 않으면 앱이 Facebook 로그인을 포함한 플랫폼 API 액세스 권한을 잃게
됩니다. 앱 대시보드에서 데이터 사용 확인을 시작하세요.
https://developers.facebook.com/apps/2210458837702143/data-use-checkup/

감사합니다.
Meta for Developers 팀

이 메시지는 dev@moalabs.co.kr(으)로 전송되었습니다.
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[item(SOCIAL, "Meta", "핏메이트", "2026-12-04", aliases=["2210458837702143", "FitMate"])],
        note="Data Use Checkup: not a version retirement, but Facebook Login access is lost if not done by the date",
    )
)

# 10. LINE, English, deprecated with end-of-life to be announced: an undated item.
MAILS.append(
    Mail(
        name="soc_line_login_v20_undated",
        category="positive",
        lang="en",
        sender=LINE,
        to=TO,
        subject="[LINE Developers] LINE Login v2.0 is deprecated - please migrate to v2.1",
        date="2026-09-18 14:00 +0900",
        text="""LINE Developers

Dear developer,

Thank you for using LINE Login.

We are contacting you because the following LINE Login channel called the LINE Login v2.0 endpoints
(api.line.me/v2/oauth/*) within the last 30 days.

  Provider     : Moa Labs
  Channel name : MoaDiary Login
  Channel ID   : 1657843201

LINE Login v2.0 is deprecated. The end-of-life date has not been decided yet and will be announced on the
LINE Developers site. A grace period will be provided between the announcement and the actual end-of-life,
but we strongly recommend migrating to LINE Login v2.1 as soon as possible.

Migration guide: https://developers.line.biz/en/docs/line-login/overview/#versions

LINE Developers
LY Corporation
* This email address is for sending only. Replies will not be answered.
""",
        items=[item(SOCIAL, "LINE", "MoaDiary Login", None, aliases=["1657843201"])],
        note="deprecated now, end-of-life to be announced: undated item",
    )
)

# 11. LINE, Japanese + English in one mail, multipart/alternative; JST date.
_line_text = """LINE SDK for iOS v5 サポート終了のお知らせ / End of support for LINE SDK for iOS v5

いつもLINE Developersをご利用いただきありがとうございます。

以下のチャネルで、LINE SDK for iOS Swift v5系からのリクエストが確認されました。
チャネル名: FitMate Login（チャネルID: 1660092874）

LINE SDK for iOS Swift v5系のサポートは 2026年12月16日 11:00（JST）に終了します。
サポート終了後はLINEログインが正常に動作しない場合があります。v5.11.0以降へのアップデートをお願いします。

--
Thank you for using LINE Developers.
Requests from LINE SDK for iOS Swift v5.x were detected on channel FitMate Login (Channel ID: 1660092874).
Support for LINE SDK for iOS Swift v5.x ends on December 16, 2026 at 11:00 (JST).
After that, LINE Login may not work correctly. Please update to v5.11.0 or later.

LY Corporation
"""
MAILS.append(
    Mail(
        name="soc_line_ios_sdk_ja_en",
        category="positive",
        lang="mixed",
        sender=LINE,
        to=TO,
        subject="【LINE Developers】LINE SDK for iOS v5 サポート終了のお知らせ / End of support notice",
        date="2026-10-08 12:00 +0900",
        form="alt",
        cte="base64",
        text=_line_text,
        html='<html><body><div style="font-family:Meiryo,sans-serif">'
        + _line_text.replace("\n", "<br>\n")
        + "</div></body></html>\n",
        items=[item(SOCIAL, "LINE", "FitMate Login", "2026-12-16", aliases=["1660092874"])],
        note="Japanese and English halves carry the same date",
    )
)

# 12. Google, Korean "[조치 필요]" for a web client (FedCM), base64 UTF-8 HTML.
MAILS.append(
    Mail(
        name="soc_google_fedcm_ko",
        category="positive",
        lang="ko",
        sender=GOOGLE_ID,
        to=TO,
        subject="[조치 필요] Google 로그인 웹 클라이언트의 FedCM 전환",
        date="2026-10-16 07:20 +0900",
        form="html",
        cte="base64",
        html=f"""<html><body style="font-family:'Google Sans',Roboto,sans-serif;color:#3c4043">
<table align="center" width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<p>Google Cloud 고객님께,</p>
<p>Google 계정으로 로그인(Sign in with Google) 웹 라이브러리가 FedCM(Federated Credential Management) API를
필수로 사용하도록 변경됩니다. 아래 프로젝트의 웹 클라이언트는 아직 FedCM을 사용하도록 설정되어 있지 않습니다.</p>
<table cellpadding="6" style="border:1px solid #dadce0;border-collapse:collapse">
<tr><td>프로젝트 ID</td><td>moalabs-prod-381204</td></tr>
<tr><td>OAuth 클라이언트 이름</td><td>Moa Web</td></tr>
<tr><td>클라이언트 ID</td><td>482177301956-7hb0e1t2qv6c.apps.googleusercontent.com</td></tr></table>
<p><b>필요한 조치</b><br>{kd(2027, 1, 20)}까지 <code>use_fedcm_for_prompt</code> 옵션을 사용 설정하고 영향 평가를
마쳐 주세요. 이 날짜 이후에는 FedCM이 자동으로 적용되며, 호환되지 않는 구현에서는 원탭 로그인이 표시되지 않을 수
있습니다.</p>
<p>Google Cloud 팀 드림</p>
<p style="font-size:11px;color:#70757a">© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
Google Cloud 또는 계정의 중요한 변경사항을 알려드리기 위한 필수 서비스 공지입니다.</p></td></tr></table></body></html>
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "Moa Web",
                "2027-01-20",
                aliases=["moalabs-prod-381204", "482177301956-7hb0e1t2qv6c.apps.googleusercontent.com"],
            )
        ],
    )
)

# 13. Kakao reminder, D-7 form only.
MAILS.append(
    Mail(
        name="soc_kakao_d7_reminder",
        category="positive",
        lang="ko",
        sender=KAKAO,
        to=TO,
        subject="[카카오디벨로퍼스] D-7 카카오 로그인 동의항목 '카카오계정(전화번호)' 검수 정책 적용",
        date="2026-11-18 10:00 +0900",
        text=f"""[D-7] 카카오 로그인 동의항목 정책 적용이 일주일 남았습니다.

안녕하세요, 카카오디벨로퍼스입니다.
지난 안내드린 대로, 비즈 앱 검수를 받지 않은 앱은 카카오계정(전화번호) 동의항목을 더 이상 요청할 수 없습니다.

대상 앱 : 모아다이어리 (앱 ID 1048213)
적용까지 : D-7

적용 전까지 [앱] > [비즈니스] 메뉴에서 비즈 앱 전환 및 동의항목 검수를 신청해 주세요. 검수를 받지 않은 상태로
적용일이 지나면 해당 동의항목이 카카오 로그인 동의 화면에서 제외됩니다.

감사합니다.
{KAKAO_FOOT}""",
        items=[item(SOCIAL, "Kakao", "모아다이어리", "2026-11-25", aliases=["1048213"])],
        note="only a D-7 count: 2026-11-18 + 7 days",
    )
)

# 14. NAVER review result requiring a fix within 15 days (relative to the mail).
MAILS.append(
    Mail(
        name="soc_naver_review_15days",
        category="positive",
        lang="ko",
        sender=NAVER,
        to=TO,
        subject="[네이버 로그인] 애플리케이션 검수 보완 요청 안내 - 핏메이트",
        date="2026-11-13 15:22 +0900",
        form="html",
        charset="euc-kr",
        cte="quoted-printable",
        html="""<html><body>
<table width="620" border="0" cellpadding="0" cellspacing="0" style="font-size:13px;font-family:Dotum">
<tr><td style="border-bottom:3px solid #03c75a;padding:12px 0"><b>NAVER Developers</b></td></tr>
<tr><td style="padding:20px 0">
안녕하세요. 네이버 로그인 검수 담당자입니다.<br><br>
서비스 적용 상태로 운영 중인 애플리케이션 <b>핏메이트</b>(Client ID: hF3nQ8vYt1WzKe5uL0pa)의 정기 점검 결과,
로그인 버튼 가이드 및 개인정보 처리방침 항목이 가이드를 따르지 않아 보완을 요청드립니다.<br><br>
<b>보완 필요 항목</b><br>
1. 네이버 로그인 버튼 디자인 가이드 미준수 (임의 색상 사용)<br>
2. 개인정보 처리방침에 네이버로부터 제공받는 항목 누락<br><br>
본 메일 수신일로부터 <b>15일 이내</b>에 보완 후 재검수를 요청해 주시기 바랍니다.
기한 내 보완되지 않으면 해당 애플리케이션의 네이버 로그인 API 이용이 제한될 수 있습니다.<br><br>
감사합니다.</td></tr>
<tr><td style="color:#999;font-size:11px">본 메일은 발신전용입니다.
Copyright ⓒ NAVER Corp. All Rights Reserved.</td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Naver", "핏메이트", "2026-11-28", aliases=["hF3nQ8vYt1WzKe5uL0pa"])],
        note="'15일 이내' from the mail's date 2026-11-13; a review finding rather than a retirement, but login "
        "is cut off if not fixed by then",
    )
)

# 15. Google OAuth unverified-app / sensitive scopes, "within 30 days".
MAILS.append(
    Mail(
        name="soc_google_oauth_verify_30d",
        category="positive",
        lang="en",
        sender=("Google Cloud", "no-reply@cloud.google.com"),
        to=TO,
        subject="[Action Required] OAuth consent screen verification needed for project fitmate-web",
        date="2026-11-06 19:40 +0000",
        text="""Dear Developer,

Your Google Cloud project fitmate-web (project number 660312958841) has an OAuth client, "FitMate Web
Login", that requests the scope https://www.googleapis.com/auth/user.birthday.read, which requires
verification.

Please submit your app for verification within 30 days. If the app is not verified, new users will no
longer be able to sign in with Google to FitMate Web Login and will see an "unverified app" error.

To submit: Google Cloud console > APIs & Services > OAuth consent screen > Prepare for verification.

If you have any questions, reply to this email.

The Google Cloud Trust & Safety Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[item(SOCIAL, "Google", "FitMate Web Login", "2026-12-06", aliases=["fitmate-web", "660312958841"])],
        note="'within 30 days' of 2026-11-06; verification rather than a retirement but sign-in is blocked",
    )
)

# 16. Meta digest: two apps, two versions, two dates (HTML table).
MAILS.append(
    Mail(
        name="dig_meta_two_apps",
        category="digest",
        lang="en",
        sender=META,
        to=TO,
        subject="Upcoming Graph API version deprecations for your apps",
        date="2026-11-09 22:10 +0000",
        form="alt",
        cte="quoted-printable",
        html="""<html><body style="font-family:Helvetica,Arial">
<p>Hi Moa Labs,</p>
<p>Some of your apps are still calling Graph API versions that will soon be deprecated. After the date listed
below, calls to that version will be upgraded automatically to the next available version.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>App</th><th>App ID</th><th>Version in use</th><th>Available until</th></tr>
<tr><td>MoaDiary</td><td>1983740215566012</td><td>v21.0</td><td>December 9, 2026</td></tr>
<tr><td>FitMate</td><td>2210458837702143</td><td>v22.0</td><td>February 10, 2027</td></tr>
</table>
<p>Use the API Upgrade Tool in the App Dashboard to check the changes between versions.</p>
<p>— Meta for Developers</p>
<p style="font-size:11px;color:#777">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p></body></html>
""",
        text="""Hi Moa Labs,

Some of your apps call Graph API versions that will soon be deprecated:

* MoaDiary (1983740215566012) - v21.0 - available until Dec 9, 2026
* FitMate (2210458837702143) - v22.0 - available until Feb 10, 2027

Use the API Upgrade Tool in the App Dashboard.
Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
        items=[
            item(SOCIAL, "Meta", "MoaDiary", "2026-12-09", aliases=["1983740215566012"]),
            item(SOCIAL, "Meta", "FitMate", "2027-02-10", aliases=["2210458837702143"]),
        ],
    )
)

# 17. Kakao follow-up postponing the date announced in mail 1.
MAILS.append(
    Mail(
        name="fup_kakao_jssdk_postponed",
        category="followup",
        lang="ko",
        sender=KAKAO,
        to=TO,
        subject="[카카오디벨로퍼스] (일정 변경) Kakao SDK for JavaScript v1 지원 종료 일정 연기 안내",
        date="2026-11-20 14:00 +0900",
        charset="euc-kr",
        cte="8bit",
        text="""안녕하세요, 카카오디벨로퍼스입니다.

지난 10월 14일 안내드린 Kakao SDK for JavaScript v1 지원 종료 일정이 개발자 여러분의 전환 기간 확보를 위해
아래와 같이 연기되었음을 알려드립니다.

  - 대상 앱: 모아다이어리 (앱 ID 1048213)
  - 기존 종료일: 2026년 12월 29일
  - 변경 종료일: 2027년 3월 30일 오후 2시

변경된 일정 이전까지 v2 SDK로 전환해 주시기 바랍니다. 이미 전환을 마친 앱은 별도 조치가 필요하지 않습니다.

이용에 불편을 드려 죄송합니다. 감사합니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242
""",
        items=[item(SOCIAL, "Kakao", "모아다이어리", "2027-03-30", aliases=["1048213"])],
        note="moves 2026-12-29 to 2027-03-30; the old date is a distractor",
    )
)

# 18. Meta Data Use Checkup completed: resolution of mail 9.
MAILS.append(
    Mail(
        name="res_meta_duc_completed",
        category="resolution",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        to=TO,
        subject="You've completed Data Use Checkup for FitMate",
        date="2026-11-19 05:02 +0000",
        text="""Hi Doyoon,

Thanks for completing Data Use Checkup for FitMate (App ID: 2210458837702143). Your app will continue to
have access to the permissions and features it was approved for.

Your next Data Use Checkup will be due in about 12 months. We'll send a reminder before then.

Thanks,
Meta for Developers

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[item(SOCIAL, "Meta", "FitMate", None, resolves=True, aliases=["2210458837702143", "핏메이트"])],
        note="closes the Data Use Checkup item of soc_meta_data_use_checkup_ko",
    )
)
_ = (kdot, ewd)
