"""holdout4: social-login deprecation notices (Meta, Google, Apple, LINE, Kakao, Naver)."""

from __future__ import annotations

from h4_common import SOCIAL, Mail, item, kwd, pixel, pre, wd

MAILS: list[Mail] = []

MAILS.append(
    Mail(
        name="social_meta_graph_version_html",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Graph API v19.0 Upgrade Reminder",
        date="2026-11-04 12:33 -0800",
        form="html",
        html=f"""<html><body style="margin:0;background:#f0f2f5">
{pre("Your app Ridgeline Shop is making calls to Graph API v19.0")}
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial;font-size:14px">
<tr><td style="padding:20px;border-bottom:1px solid #e5e5e5"><img src="https://static.xx.fbcdn.net/rsrc.php/meta.png"
 alt="Meta" height="24"></td></tr>
<tr><td style="padding:20px;font-size:18px;font-weight:bold">v19.0 Upgrade Reminder</td></tr>
<tr><td style="padding:0 20px 20px 20px;line-height:20px;color:#1c1e21">
Your app, Ridgeline Shop (App ID: 1187730021934456), currently has access to Graph API v19.0 which will
reach the end of its 2-year lifetime on 21 January, 2027. To ensure a smooth transition, please migrate
all calls to Graph API v20.0 or higher.<br><br>
Use the API Upgrade Tool to understand exactly how this change will impact your app. Note: if you do not
see any impacted calls in the API Upgrade Tool, your app may not be affected by this upgrade.<br><br>
Visit our changelog to see the full list of changes in all Graph API versions.</td></tr>
<tr><td style="padding:20px"><a href="https://developers.facebook.com/tools/api_versioning/1187730021934456/"
 style="background:#1877f2;color:#fff;padding:10px 16px;text-decoration:none;border-radius:6px">API Upgrade Tool</a>
</td></tr>
<tr><td style="padding:20px;font-size:12px;color:#8a8d91">You can view this and other Developer Notifications
related to your app in the App Dashboard.<br>Meta Platforms, Inc., Attention: Community Support,
1 Meta Way, Menlo Park, CA 94025</td></tr></table></td></tr></table>{pixel("www.facebook.com", "fbdev19")}</body></html>
""",
        items=[item(SOCIAL, "Meta", "Ridgeline Shop", "2027-01-21", aliases=["1187730021934456"])],
    )
)

MAILS.append(
    Mail(
        name="social_google_gsi_legacy_plain",
        category="positive",
        lang="en",
        sender=("Google Identity", "identity-noreply@google.com"),
        subject="[Action Required] Migrate your web app from the legacy Google Sign-In library",
        date="2026-10-02 10:15 -0700",
        text="""Hello Google Developer,

You are receiving this message as a reminder that one or more of your web applications uses the legacy
Google Sign-In web solution. Authentication support for the Google Sign-In JavaScript platform library
(platform.js / gapi.auth2) will end, and the remaining client IDs must be migrated to Google Identity
Services no later than March 31, 2027.

What do I need to know?
To help you find out which of your web apps or environments are affected, we're sharing the client IDs
that recently used the legacy library:

  Project: ridgeline-web (project number 804411297365)
  Client ID: 804411297365-k2f9rlq0s8h1.apps.googleusercontent.com

What do I need to do?
Migrate to the new Sign In With Google client library before the date above. See the migration guide:
https://developers.google.com/identity/gsi/web/guides/migration

Thanks for choosing Google Identity Services.
- The Google Identity team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google
Cloud Platform or your account.
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "ridgeline-web",
                "2027-03-31",
                aliases=["804411297365-k2f9rlq0s8h1.apps.googleusercontent.com", "Google Sign-In"],
            )
        ],
    )
)

MAILS.append(
    Mail(
        name="social_google_fedcm_onorafter_html",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Advised] One Tap and the Sign in with Google button move to FedCM",
        date="2026-11-05 09:02 -0800",
        form="html",
        cte="base64",
        html="""<html><body style="font-family:Roboto,Arial;font-size:14px;color:#202124">
<table width="600" align="center" cellpadding="20"><tr><td>
<img src="https://www.gstatic.com/cloud/images/icons/gcp_logo.png" width="150" alt="Google Cloud"><br><br>
Hello Ridgeline team,<br><br>
We're writing to let you know that on or after <b>January 12, 2027</b>, Google One Tap and the Sign in with
Google button will use the browser's FedCM APIs for all users. Web apps that set
<code>use_fedcm_for_prompt=false</code> or rely on intermediate iframes may stop displaying the sign-in
prompt.<br><br>
<b>What you need to do</b><br>
Test your integration with FedCM enabled and update your Content Security Policy before that date.<br><br>
<b>Affected project</b>: ridgeline-web (OAuth client 804411297365-k2f9rlq0s8h1)<br><br>
Thanks,<br>The Google Identity Services Team<br><br>
<span style="font-size:11px;color:#5f6368">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View,
CA 94043. You have received this mandatory service announcement because you are an owner of the
project listed above.</span></td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Google", "ridgeline-web", "2027-01-12", aliases=["804411297365-k2f9rlq0s8h1"])],
        note="'on or after January 12, 2027'",
    )
)

MAILS.append(
    Mail(
        name="social_apple_relay_sources_plain",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action required: Update email sources for Sign in with Apple",
        date="2026-10-20 17:00 -0700",
        text="""Dear Ridgeline Supply Co.,

Starting December 15, 2026, the private email relay service for Sign in with Apple will only accept
messages from email sources that pass SPF and DKIM and are registered for your team. Emails from
unregistered domains or addresses will be rejected, and users who chose Hide My Email will stop
receiving your account emails (verification codes, receipts, password resets).

Your team (Team ID 7QK2M9XW3L) currently sends to private relay addresses from at least one source
that isn't registered:

  Services ID: com.ridgelinesupply.shop.signin
  Unregistered source: mailer.ridgeline-supply.com

Please register and verify your email sources in Certificates, Identifiers & Profiles > More >
Configure Sign in with Apple for Email Communication before December 15, 2026.

Best regards,
Apple Developer Relations

Apple Inc. One Apple Park Way, Cupertino, CA 95014
Copyright (c) 2026 Apple Inc. All rights reserved. | Privacy Policy | Unsubscribe is not available for
account notices.
""",
        items=[
            item(
                SOCIAL,
                "Apple",
                "com.ridgelinesupply.shop.signin",
                "2026-12-15",
                aliases=["Sign in with Apple", "7QK2M9XW3L"],
            )
        ],
        note="Apple private relay change requiring action by a date",
    )
)

MAILS.append(
    Mail(
        name="social_apple_s2s_undated_html",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Sign in with Apple: server-to-server notification format v1 is deprecated",
        date="2026-09-24 10:00 -0700",
        form="html",
        html="""<html><body style="font-family:-apple-system,SF Pro Text,Helvetica;font-size:15px;color:#1d1d1f">
<div style="max-width:600px;margin:0 auto;padding:30px">
<img src="https://developer.apple.com/assets/elements/icons/developer/developer-64x64.png" width="40" alt="">
<h2 style="font-weight:600">Sign in with Apple server-to-server notifications</h2>
<p>The version 1 payload of server-to-server notifications for Sign in with Apple (events such as
<i>email-disabled</i> and <i>account-delete</i>) is now deprecated. Your app
<b>Ridgeline Shop</b> (com.ridgelinesupply.shop) still has a v1 endpoint configured.</p>
<p>Version 1 notifications will stop being delivered at a later date. The end date will be announced on the
Apple Developer website; we recommend moving to the version 2 signed payload now.</p>
<p><a href="https://developer.apple.com/documentation/sign_in_with_apple">Learn more</a></p>
<p style="font-size:12px;color:#6e6e73">Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.
All rights reserved.</p></div></body></html>
""",
        items=[item(SOCIAL, "Apple", "Ridgeline Shop", None, aliases=["com.ridgelinesupply.shop"])],
        note="deprecated now, end date to be announced: undated item",
    )
)

MAILS.append(
    Mail(
        name="social_line_v2_phases_html",
        category="positive",
        lang="en",
        sender=("LINE Developers", "no-reply@line.me"),
        subject="[LINE Developers] End of support for LINE Login v2.0",
        date="2026-11-05 11:00 +0900",
        form="html",
        html=f"""<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#111">
<div style="max-width:640px;margin:0 auto;padding:24px;border-top:4px solid #06c755">
<p>Dear LINE Developers user,</p>
<p>Thank you for using LINE Login. LINE Login v2.0 will reach the end of its life in the phases below.
Our records show that the channel <b>Ridgeline Members</b> (Channel ID 1657390214) still calls v2.0
endpoints.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Phase</th><th>Date</th><th>Change</th></tr>
<tr><td>1</td><td>December 1, 2026 ({wd("2026-12-01")})</td><td>v2.0 access tokens can no longer be refreshed</td></tr>
<tr><td>2</td><td>March 1, 2027 ({wd("2027-03-01")})</td><td>v2.0 endpoints are shut down</td></tr></table>
<p>Please migrate your channel to LINE Login v2.1 before the first phase.</p>
<p>LY Corporation<br><span style="font-size:11px;color:#777">This email was sent to the administrators of the
channel. Tokyo Garden Terrace Kioicho, 1-3 Kioicho, Chiyoda-ku, Tokyo</span></p></div></body></html>
""",
        items=[item(SOCIAL, "LINE", "Ridgeline Members", "2026-12-01", aliases=["1657390214"])],
        note="two phases; first not yet past on the mail date is 2026-12-01",
    )
)

MAILS.append(
    Mail(
        name="followup_line_v2_date_moved_plain",
        category="followup",
        lang="en",
        sender=("LINE Developers", "no-reply@line.me"),
        subject="[LINE Developers] Schedule change: end of support for LINE Login v2.0",
        date="2026-11-20 11:00 +0900",
        text="""Dear LINE Developers user,

We previously announced that LINE Login v2.0 access tokens could no longer be refreshed from
December 1, 2026. Based on developer feedback, this phase has been postponed.

New schedule for channel Ridgeline Members (Channel ID 1657390214):
  - Token refresh for v2.0 ends: January 15, 2027
  - v2.0 endpoints shut down: March 1, 2027 (unchanged)

Please complete the migration to LINE Login v2.1 before January 15, 2027.

LY Corporation
""",
        items=[item(SOCIAL, "LINE", "Ridgeline Members", "2027-01-15", aliases=["1657390214"])],
        note="follow-up moves phase 1 from 2026-12-01 to 2027-01-15 (old date is a distractor)",
    )
)

MAILS.append(
    Mail(
        name="social_kakao_en_sdk_plain",
        category="positive",
        lang="en",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[Kakao Developers] Notice: End of support for Kakao SDK for JavaScript v1",
        date="2026-11-09 14:00 +0900",
        text=f"""Hello, this is Kakao Developers.

We are writing to inform you that Kakao SDK for JavaScript v1 (kakao.min.js v1.x), including the
Kakao Login functions Kakao.Auth.login() and Kakao.Auth.loginForm(), will no longer be supported.

- End of support: 2027-01-31 ({wd("2027-01-31")[:3]}) 11:00 AM KST
- Affected app: Haneul Tea (App ID 928114)

After this date, Kakao Login via SDK v1 will not work. Please update to Kakao SDK for JavaScript v2
and change your login flow to Kakao.Auth.authorize().

For details, see DevTalk: https://devtalk.kakao.com/c/notice

Thank you.
Kakao Developers

This email was sent to the administrators of apps registered in Kakao Developers.
Kakao Corp. 242 Cheomdan-ro, Jeju-si, Jeju-do, Republic of Korea
""",
        to="dev@haneultea.co.kr",
        items=[item(SOCIAL, "Kakao", "Haneul Tea", "2027-01-31", aliases=["928114"])],
    )
)

MAILS.append(
    Mail(
        name="social_kakao_ko_euckr_qp",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 동의항목 정책 변경 안내",
        date="2026-11-11 15:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text=f"""안녕하세요, 카카오디벨로퍼스입니다.

카카오 로그인 사용자 정보 조회 API의 일부 응답 필드 제공 방식이 변경됩니다.
아래 일정 이후에는 기존 방식으로 요청한 앱에서 로그인 후 사용자 정보를 받을 수 없습니다.

  - 대상 앱 : 하늘차 쇼핑몰 (앱 ID 928114)
  - 변경 적용 일시 : 2026년 12월 10일({kwd("2026-12-10")}) 오후 2시
  - 조치 사항 : [내 애플리케이션 > 카카오 로그인 > 동의항목]에서 필수 동의 재설정

적용 일시 전까지 설정을 완료해 주시기 바랍니다.

감사합니다.
카카오디벨로퍼스 드림

본 메일은 발신전용입니다. 문의는 데브톡을 이용해 주세요.
""",
        to="dev@haneultea.co.kr",
        items=[item(SOCIAL, "Kakao", "하늘차 쇼핑몰", "2026-12-10", aliases=["928114", "Haneul Tea"])],
        note="Korean date with weekday in parentheses and 오후 time",
    )
)

MAILS.append(
    Mail(
        name="social_naver_mixed_plain",
        category="positive",
        lang="mixed",
        sender=("NAVER Developers", "developers_noreply@navercorp.com"),
        subject="[NAVER Developers] 네이버 로그인 API v1 종료 안내 (Notice of Naver Login API v1 retirement)",
        date="2026-11-03 10:00 +0900",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 API v1 (/v1/nid/me 이전 방식) 제공이 2026.12.15. 종료됩니다.
종료 후에는 해당 API를 호출하는 애플리케이션에서 회원 프로필 조회가 실패합니다.

  애플리케이션: 하늘상점 (Client ID: hN3kQ8vT1xZp)

[English]
Naver Login API v1 will be retired on December 15, 2026. Applications still calling it will fail to
retrieve member profiles after that date. Please migrate to the current Naver Login API.

감사합니다.
NAVER Developers
""",
        to="dev@haneul-shop.kr",
        items=[item(SOCIAL, "Naver", "하늘상점", "2026-12-15", aliases=["hN3kQ8vT1xZp"])],
    )
)

MAILS.append(
    Mail(
        name="dig_meta_two_apps_plain",
        category="digest",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Upcoming Graph API deprecations for your apps",
        date="2026-10-14 09:00 -0700",
        text="""Developer Notifications

The following apps you administer are making calls to Graph API versions that will soon be deprecated:

  Ridgeline Shop (App ID 1187730021934456)
    Graph API v19.0 - will be deprecated and removed from the platform on January 21, 2027

  Ridgeline Rewards (App ID 2210094458321771)
    Graph API v20.0 - will be deprecated and removed from the platform on May 5, 2027

Please upgrade these apps to the latest version. Use the API Upgrade Tool in the App Dashboard to find
affected calls.

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[
            item(SOCIAL, "Meta", "Ridgeline Shop", "2027-01-21", aliases=["1187730021934456"]),
            item(SOCIAL, "Meta", "Ridgeline Rewards", "2027-05-05", aliases=["2210094458321771"]),
        ],
        note="two apps, each with its own version and date",
    )
)

MAILS.append(
    Mail(
        name="resolved_meta_upgrade_done_plain",
        category="resolution",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Your app Ridgeline Shop has been upgraded to Graph API v21.0",
        date="2026-11-21 13:20 -0800",
        text="""Developer Notifications

Your app, Ridgeline Shop (App ID: 1187730021934456), is now calling Graph API v21.0. No calls to
Graph API v19.0 have been detected in the last 7 days, so no further action is required for the
v19.0 deprecation on 21 January, 2027.

You can view this and other Developer Notifications in the App Dashboard.

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[item(SOCIAL, "Meta", "Ridgeline Shop", None, resolves=True, aliases=["1187730021934456"])],
        note="migration done: closes the Ridgeline Shop item",
    )
)
