# ruff: noqa: E501  (mail bodies keep the line layout vendors send)
"""Social-login-deprecation mails: Kakao, Naver, Google Sign-In / Identity Services, Sign in with Apple,
Facebook Login / Graph API, LINE Login. Wording follows the providers' developer notices (DevTalk
announcements, upgrade guides, deprecation-and-sunset pages, app-transfer technotes, release notes)."""

from __future__ import annotations

from corpus_lib import SOCIAL, Mail, item

KAKAO = ("Kakao Developers", "noreply@kakaocorp.com")
NAVER = ("NAVER Developers", "developers_noreply@navercorp.com")
GOOGLE = ("Google Cloud", "CloudPlatform-noreply@google.com")
GOOGLE_ID = ("Google Identity", "noreply-identity@google.com")
APPLE = ("Apple Developer", "developer@insideapple.apple.com")
META = ("Meta for Developers", "notification@facebookmail.com")
LINE = ("LINE Developers", "dl_line_developers@linecorp.com")

MAILS: list[Mail] = [
    Mail(
        name="social_kakao_ko_api_v1_end",
        category="positive",
        lang="ko",
        sender=KAKAO,
        subject="[카카오디벨로퍼스] 카카오 로그인 사용자 정보 가져오기 v1 API 지원 종료 안내",
        date="2026-10-15 14:00 +0900",
        to="dev@haneul-studio.kr",
        form="alt",
        html="""<div style="font-family:'Apple SD Gothic Neo',sans-serif;max-width:640px">
<p>안녕하세요, 카카오입니다.</p>
<p>서비스 보안 강화를 위해 카카오 로그인 <b>사용자 정보 가져오기 v1 API</b>(<code>/v1/user/me</code>)의 지원을 종료합니다.
해당 API를 호출 중인 앱은 종료일 전까지 v2 API(<code>/v2/user/me</code>)로 전환해 주세요.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>구분</th><th>내용</th></tr>
<tr><td>대상 API</td><td>사용자 정보 가져오기 v1 (/v1/user/me)</td></tr>
<tr><td>공지일</td><td>2026년 10월 15일</td></tr>
<tr><td>지원 종료일</td><td>2026년 12월 31일</td></tr>
</table>
<p>종료일 이후 v1 API 호출 시 오류(-401)가 반환됩니다. 자세한 내용은 데브톡 공지를 참고해 주세요.</p>
<p>감사합니다.<br>Kakao Developers</p></div>""",
        items=[
            item(
                SOCIAL,
                "Kakao",
                "사용자 정보 가져오기 v1 API",
                "2026-12-31",
                aliases=["/v1/user/me", "사용자 정보 가져오기 v1", "카카오 로그인 사용자 정보 가져오기 v1 API"],
            )
        ],
        note="notice to every developer: the API is the target; announcement date is a distractor",
    ),
    Mail(
        name="social_kakao_ko_followup_postponed",
        category="followup",
        lang="ko",
        sender=KAKAO,
        subject="[카카오디벨로퍼스] 사용자 정보 가져오기 v1 API 지원 종료 일정 연기 안내",
        date="2026-11-19 11:00 +0900",
        to="dev@haneul-studio.kr",
        text="""안녕하세요, 카카오입니다.

많은 개발자분들의 요청에 따라 사용자 정보 가져오기 v1 API(/v1/user/me) 지원 종료 일정을 아래와 같이 연기합니다.

 - 기존 종료일 : 2026년 12월 31일
 - 변경된 종료일 : 2027년 3월 31일

아직 전환하지 않은 앱은 변경된 종료일 전까지 v2 API로 전환해 주시기 바랍니다.

Kakao Developers
""",
        items=[
            item(
                SOCIAL,
                "Kakao",
                "사용자 정보 가져오기 v1 API",
                "2027-03-31",
                aliases=["/v1/user/me", "사용자 정보 가져오기 v1"],
            )
        ],
        note="follow-up moves the deadline later",
    ),
    Mail(
        name="social_kakao_ko_app_consent",
        category="positive",
        lang="ko",
        sender=KAKAO,
        subject="[카카오디벨로퍼스] '소복마켓' 앱 카카오 로그인 동의항목 설정 변경 필요",
        date="2026-11-05 10:20 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        to="it@sobok-market.kr",
        text="""안녕하세요, 카카오입니다.

카카오 로그인 개인정보 동의항목 정책 변경에 따라 아래 앱의 설정 변경이 필요합니다.

  앱 이름 : 소복마켓
  앱 ID : 884213
  변경 대상 : 카카오계정(전화번호) 동의항목 - '필수 동의' 설정 불가

2026.12.15까지 [내 애플리케이션 > 카카오 로그인 > 동의항목]에서 설정을 변경하지 않으면,
해당 동의항목은 '선택 동의'로 자동 전환되며 사용자 정보 제공이 중단될 수 있습니다.

감사합니다.
""",
        items=[item(SOCIAL, "Kakao", "소복마켓", "2026-12-15", aliases=["884213"])],
    ),
    Mail(
        name="social_kakao_ko_consent_approved",
        category="resolution",
        lang="ko",
        sender=KAKAO,
        subject="[카카오디벨로퍼스] '소복마켓' 앱 동의항목 변경이 완료되었습니다",
        date="2026-11-12 16:00 +0900",
        to="it@sobok-market.kr",
        text="""안녕하세요, 카카오입니다.

요청하신 '소복마켓'(앱 ID 884213) 앱의 카카오 로그인 동의항목 변경이 정상적으로 반영되었습니다.
정책 변경에 따른 추가 조치는 필요하지 않습니다.

Kakao Developers
""",
        items=[item(SOCIAL, "Kakao", "소복마켓", None, resolves=True, aliases=["884213"])],
    ),
    Mail(
        name="social_kakao_ko_sdk_phases_euckr",
        category="positive",
        lang="ko",
        sender=KAKAO,
        subject="[카카오디벨로퍼스] JavaScript SDK v1 단계별 지원 종료 안내",
        date="2026-11-02 15:00 +0900",
        to="dev@greentea-labs.com",
        charset="euc-kr",
        cte="base64",
        form="html",
        html="""<html><head><meta charset="euc-kr"></head><body>
<p>카카오 JavaScript SDK v1(kakao.min.js 1.x)의 지원이 아래와 같이 단계적으로 종료됩니다.</p>
<ul>
<li>1차 종료 : 2026년 12월 1일 - 신규 앱에서 v1 SDK로 카카오 로그인 호출 차단</li>
<li>2차 종료 : 2027년 3월 2일 - 모든 앱에서 v1 SDK 카카오 로그인 호출 차단</li>
</ul>
<p>v2 SDK로 전환하는 방법은 개발 가이드의 마이그레이션 문서를 참고해 주세요.</p>
</body></html>""",
        items=[
            item(
                SOCIAL,
                "Kakao",
                "JavaScript SDK v1",
                "2026-12-01",
                aliases=["카카오 JavaScript SDK v1", "kakao.min.js 1.x", "kakao javascript sdk v1"],
            )
        ],
        note="two phases: the first not yet past is the deadline",
    ),
    Mail(
        name="social_kakao_ko_ios_sdk_tba",
        category="positive",
        lang="ko",
        sender=KAKAO,
        subject="[카카오디벨로퍼스] iOS SDK 1.x 지원 중단(Deprecated) 안내",
        date="2026-09-22 10:00 +0900",
        to="dev@haneul-studio.kr",
        text="""안녕하세요, 카카오입니다.

카카오 로그인 iOS SDK 1.x 버전은 오늘부터 지원 중단(Deprecated) 상태로 전환됩니다.
신규 기능 및 보안 업데이트는 iOS SDK 2.x 에만 제공됩니다.

최종 종료 일정은 추후 별도로 공지드릴 예정입니다. 서비스 영향이 없도록 미리 2.x 로 업데이트해 주세요.

Kakao Developers
""",
        items=[item(SOCIAL, "Kakao", "iOS SDK 1.x", None, aliases=["카카오 로그인 iOS SDK 1.x"])],
        note="deprecated now, end date to be announced: undated item",
    ),
    Mail(
        name="social_kakao_ko_redirect_dday",
        category="positive",
        lang="ko",
        sender=KAKAO,
        subject="[카카오디벨로퍼스] Redirect URI 등록 정책 변경 D-14",
        date="2026-11-10 09:00 +0900",
        to="dev@haneul-studio.kr",
        text="""'하늘스튜디오' 앱 관리자님께,

카카오 로그인 Redirect URI 정책 변경까지 D-14 남았습니다.
변경 이후에는 http:// 로 시작하는 Redirect URI(로컬호스트 제외)를 사용하는 카카오 로그인 요청이 차단됩니다.

현재 '하늘스튜디오' 앱(앱 ID 771045)에 http:// Redirect URI가 등록되어 있습니다.
[내 애플리케이션 > 카카오 로그인 > Redirect URI]에서 https 주소로 변경해 주세요.
""",
        items=[item(SOCIAL, "Kakao", "하늘스튜디오", "2026-11-24", aliases=["771045"])],
        note="D-14 counted from the mail date",
    ),
    Mail(
        name="social_fwd_outlook_ko_kakao",
        category="forward",
        lang="ko",
        sender=("최현우", "hyunwoo@dalnim.co.kr"),
        subject="FW: [카카오디벨로퍼스] '달님샵' 앱 카카오 로그인 검수 재요청 필요",
        date="2026-11-16 10:12 +0900",
        to="admin@dalnim.co.kr",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""퇴사한 개발자 계정으로 온 메일입니다. 담당자 지정 부탁드려요.

-----원본 메시지-----
보낸 사람: Kakao Developers <noreply@kakaocorp.com>
보낸 날짜: 2026년 11월 16일 월요일 오전 9:00
받는 사람: old.dev@dalnim.co.kr
제목: [카카오디벨로퍼스] '달님샵' 앱 카카오 로그인 검수 재요청 필요

'달님샵'(앱 ID 660132) 앱은 비즈 앱 전환 심사 기준 변경으로 재검수가 필요합니다.
2027년 1월 15일까지 재검수를 요청하지 않으면 카카오 로그인 이메일 동의항목 사용이 중지됩니다.
""",
        items=[item(SOCIAL, "Kakao", "달님샵", "2027-01-15", aliases=["660132"])],
    ),
    Mail(
        name="social_naver_ko_profile_api",
        category="positive",
        lang="ko",
        sender=NAVER,
        subject="[NAVER Developers] 네이버 로그인 회원 프로필 조회 API 변경 안내",
        date="2026-11-04 14:30 +0900",
        charset="cp949",
        cte="8bit",
        to="admin@dalnim.co.kr",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 회원 프로필 조회 API의 응답 항목이 변경됩니다.
고객님의 애플리케이션에서 변경 대상 항목을 사용하고 있어 안내드립니다.

■ 애플리케이션 : 달님랩 (Client ID: dLnmLab7xQ2k)
■ 변경 내용 : 응답의 'enc_id' 항목 제공 종료
■ 적용 일시 : 2026년 12월 10일

적용 일시 이후에는 해당 항목이 응답에 포함되지 않으니 그 전에 애플리케이션을 수정해 주세요.

감사합니다.
네이버 개발자센터 드림
""",
        items=[item(SOCIAL, "Naver", "달님랩", "2026-12-10", aliases=["dLnmLab7xQ2k"])],
    ),
    Mail(
        name="social_naver_ko_android_sdk_euckr",
        category="positive",
        lang="ko",
        sender=NAVER,
        subject="[NAVER Developers] 네이버 로그인 Android SDK 4.x 지원 종료 안내",
        date="2026-10-28 10:00 +0900",
        to="dev@greentea-labs.com",
        charset="euc-kr",
        cte="quoted-printable",
        text="""네이버 로그인 Android SDK 4.x 지원 종료 안내

네이버 로그인 Android SDK 4.x 이하 버전의 지원이 2027.01.31 부로 종료됩니다.
종료 이후 해당 버전으로는 로그인 및 토큰 갱신이 정상 동작하지 않을 수 있습니다.

5.x 이상 버전으로 업데이트해 주시기 바랍니다.

※ 본 메일은 네이버 로그인 API를 사용 중인 애플리케이션 관리자에게 발송됩니다.
""",
        items=[
            item(
                SOCIAL,
                "Naver",
                "Android SDK 4.x",
                "2027-01-31",
                aliases=["네이버 로그인 Android SDK 4.x", "android sdk 4.x 이하"],
            )
        ],
    ),
    Mail(
        name="social_naver_ko_digest_html",
        category="digest",
        lang="ko",
        sender=NAVER,
        subject="[NAVER Developers] 오픈 API 종료 예정 안내",
        date="2026-11-13 10:00 +0900",
        to="dev@haneul-studio.kr",
        form="html",
        html="""<div><p>네이버 개발자센터에서 제공하는 일부 로그인 관련 API의 제공이 종료될 예정입니다.</p>
<table border="1" cellpadding="6">
<tr><th>대상 API</th><th>대체 API</th><th>종료일</th></tr>
<tr><td>네아로 접근 토큰 삭제 API (GET 방식)</td><td>POST 방식</td><td>2026.12.20</td></tr>
<tr><td>네아로 회원 프로필 조회 API v1</td><td>v2</td><td>2027.02.28</td></tr>
</table>
<p>종료일 이후에는 해당 API 호출이 실패합니다.</p></div>""",
        items=[
            item(
                SOCIAL,
                "Naver",
                "네아로 접근 토큰 삭제 API (GET 방식)",
                "2026-12-20",
                aliases=["접근 토큰 삭제 API", "접근 토큰 삭제 API (GET 방식)"],
            ),
            item(
                SOCIAL,
                "Naver",
                "네아로 회원 프로필 조회 API v1",
                "2027-02-28",
                aliases=["회원 프로필 조회 API v1"],
            ),
        ],
    ),
    Mail(
        name="social_google_gsi_migration",
        category="positive",
        lang="en",
        sender=GOOGLE_ID,
        subject="[Action Required] Migrate from Google Sign-In to Google Identity Services",
        date="2026-11-03 18:00 +0000",
        to="domains@pinecone-hq.com",
        form="alt",
        html="""<div style="font-family:Roboto,Arial;max-width:600px">
<p>Dear Developer,</p>
<p>You are receiving this message because your Google Cloud project <b>pinecone-prod</b> has an OAuth client that
still loads the deprecated Google Sign-In JavaScript platform library (apis.google.com/js/platform.js).</p>
<p>Support for the Google Sign-In library is deprecated and it will be sunset on <b>December 15, 2026</b>.
After that date, sign-in with the old library will stop working for your users.</p>
<p>Affected OAuth client ID: 4471823390-abcd12ef.apps.googleusercontent.com</p>
<p>What you need to do: migrate to Google Identity Services before the sunset date. See the migration guide.</p>
<p>Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</p></div>""",
        items=[
            item(
                SOCIAL,
                "Google",
                "pinecone-prod",
                "2026-12-15",
                aliases=["4471823390-abcd12ef.apps.googleusercontent.com"],
            )
        ],
    ),
    Mail(
        name="social_google_oob_blocked",
        category="positive",
        lang="en",
        sender=GOOGLE,
        subject="[Action Required] OAuth out-of-band (OOB) flow will be blocked for haneul-desktop",
        date="2026-10-20 17:30 +0000",
        cte="base64",
        to="dev@haneul-studio.kr",
        text="""Hello Google Cloud customer,

We're writing to let you know that your project haneul-desktop (project number 90417733) uses the OAuth
out-of-band (OOB) flow, which is deprecated.

Starting January 31, 2027, OAuth requests from your clients that use redirect_uri=urn:ietf:wg:oauth:2.0:oob will be
blocked, and users will not be able to sign in to your app with Google.

To avoid disruption, migrate to an alternative method such as the loopback IP address flow.

Thanks for choosing Google Cloud.
- The Google Cloud Team
""",
        items=[item(SOCIAL, "Google", "haneul-desktop", "2027-01-31", aliases=["90417733"])],
    ),
    Mail(
        name="social_google_fedcm_qp",
        category="positive",
        lang="en",
        sender=GOOGLE_ID,
        subject="Action needed: FedCM becomes mandatory for One Tap on greentea-web",
        date="2026-11-17 16:00 +0000",
        to="dev@greentea-labs.com",
        cte="quoted-printable",
        text="""Hello,

Your project greentea-web uses Google One Tap / Sign in with Google for the web without FedCM enabled.
Because browsers are phasing out third-party cookies, use of FedCM becomes a requirement for the Google Identity
Services library on 2027-02-15. Sites that have not completed the migration by then may see sign-in prompts fail
for their users.

Conduct an impact assessment and set use_fedcm_for_prompt to true before that date.

Google Identity Team
""",
        items=[item(SOCIAL, "Google", "greentea-web", "2027-02-15")],
    ),
    Mail(
        name="social_apple_transfer_60days",
        category="positive",
        lang="en",
        sender=APPLE,
        subject="Your app transfer is complete: migrate Sign in with Apple users",
        date="2026-11-02 20:00 +0000",
        to="hello@mintcake.shop",
        form="html",
        html="""<div style="font-family:-apple-system,Helvetica;max-width:600px">
<p>Hello,</p>
<p>The transfer of <b>Mintcake</b> (com.mintcake.shop) to your developer team is complete.</p>
<p>This app uses Sign in with Apple. User identifiers and private email relay addresses are scoped to the developer
team, so you must migrate your users with the user migration info endpoint. The endpoint is active for both teams
within 60 days of the transfer. After that, you can't exchange transfer identifiers and affected users may be treated
as new accounts.</p>
<p>Learn more in TN3159: Migrating Sign in with Apple users for an app transfer.</p>
<p>Apple Developer Relations</p></div>""",
        items=[item(SOCIAL, "Apple", "Mintcake", "2027-01-01", aliases=["com.mintcake.shop"])],
        note="'within 60 days' counted from the mail date",
    ),
    Mail(
        name="social_apple_js_v1_end",
        category="positive",
        lang="en",
        sender=APPLE,
        subject="Sign in with Apple JS: version 1 end of support",
        date="2026-10-30 17:00 +0000",
        to="it@bluepeak.io",
        text="""Hello,

Sign in with Apple JS version 1 (appleid.auth.js 1.x) will no longer be supported after December 31, 2026.
Websites still loading version 1 must update to the current version before then, or users won't be able to
sign in with their Apple Account.

You're receiving this email because a Services ID in your team (com.bluepeak.web) is configured for Sign in
with Apple on the web.

Apple Developer Relations
""",
        items=[
            item(
                SOCIAL,
                "Apple",
                "Sign in with Apple JS version 1",
                "2026-12-31",
                aliases=[
                    "appleid.auth.js 1.x",
                    "com.bluepeak.web",
                    "Sign in with Apple JS v1",
                ],
            )
        ],
    ),
    Mail(
        name="social_apple_ko_service_id",
        category="positive",
        lang="ko",
        sender=APPLE,
        subject="Apple로 로그인: 서비스 ID 설정 업데이트 필요",
        date="2026-11-18 09:00 +0900",
        to="admin@dalnim.co.kr",
        text="""안녕하세요.

팀의 서비스 ID com.dalnim.web 에 등록된 Apple로 로그인 반환 URL 중 일부가 더 이상 지원되지 않는 형식입니다.
2027년 1월 15일까지 Certificates, Identifiers & Profiles에서 반환 URL을 업데이트하지 않으면
해당 웹사이트에서 Apple로 로그인이 작동하지 않습니다.

Apple Developer
""",
        items=[item(SOCIAL, "Apple", "com.dalnim.web", "2027-01-15")],
    ),
    Mail(
        name="social_meta_graph_v19",
        category="positive",
        lang="en",
        sender=META,
        subject="Action Required: Graph API v19.0 will be deprecated",
        date="2026-11-06 22:00 +0000",
        to="dev@oddjob.dev",
        form="alt",
        html="""<table width="600" style="font-family:Helvetica,Arial"><tr><td>
<p>Hi Oddjob,</p>
<p>Your app <b>Oddjob Market</b> (App ID: 778812349001) is currently making calls to Graph API v19.0, which will be
deprecated on <b>February 3, 2027</b>. After that date, calls to v19.0 will be automatically upgraded to the oldest
available version, which may break Facebook Login and other features of your app.</p>
<p>To avoid disruption, upgrade your app to the latest version using the API Upgrade Tool.</p>
<p><a href="https://developers.facebook.com/tools/api_versioning/778812349001">Go to API Upgrade Tool</a></p>
<p style="font-size:11px;color:#90949c">Meta Platforms, Inc., Attention: Developer Relations, 1 Meta Way, Menlo Park, CA 94025</p>
</td></tr></table>""",
        items=[item(SOCIAL, "Meta", "Oddjob Market", "2027-02-03", aliases=["778812349001"])],
    ),
    Mail(
        name="social_meta_login_permission",
        category="positive",
        lang="en",
        sender=META,
        subject="Changes to Facebook Login permissions for Bluepeak Connect",
        date="2026-11-11 19:30 +0000",
        cte="quoted-printable",
        to="it@bluepeak.io",
        text="""Hi Bluepeak,

The user_link permission used by your app Bluepeak Connect (App ID 1022334455) will no longer be available through
Facebook Login starting 15 Dec 2026. Apps that request it after that date will see the Login dialog return an
error for this permission.

Remove the permission from your login flow, or submit your app for App Review with an alternative.

Thanks,
The Meta for Developers Team
""",
        items=[item(SOCIAL, "Meta", "Bluepeak Connect", "2026-12-15", aliases=["1022334455"])],
    ),
    Mail(
        name="social_meta_digest_two_apps",
        category="digest",
        lang="en",
        sender=META,
        subject="Action required for 2 of your apps",
        date="2026-11-01 21:00 +0000",
        to="dev@haneul-studio.kr",
        form="html",
        html="""<p>Hi Haneul,</p>
<p>The following apps you manage are making calls to Graph API versions that will soon be deprecated:</p>
<table cellpadding="6" border="1">
<tr><th>App</th><th>App ID</th><th>Version</th><th>Deprecation date</th></tr>
<tr><td>Haneul Studio</td><td>1180072233</td><td>v20.0</td><td>January 14, 2027</td></tr>
<tr><td>Haneul Admin</td><td>1180072299</td><td>v19.0</td><td>December 1, 2026</td></tr>
</table>
<p>Upgrade each app with the API Upgrade Tool before its deprecation date.</p>""",
        items=[
            item(SOCIAL, "Meta", "Haneul Studio", "2027-01-14", aliases=["1180072233"]),
            item(SOCIAL, "Meta", "Haneul Admin", "2026-12-01", aliases=["1180072299"]),
        ],
    ),
    Mail(
        name="social_meta_ko_localized",
        category="positive",
        lang="ko",
        sender=META,
        subject="조치 필요: 앱 '달님샵 로그인'의 그래프 API v20.0 지원 종료",
        date="2026-11-09 09:30 +0900",
        to="admin@dalnim.co.kr",
        text="""안녕하세요.

회원님의 앱 '달님샵 로그인'(앱 ID 5566778899)이 현재 그래프 API v20.0을 호출하고 있습니다.
이 버전은 2026년 12월 22일에 지원이 종료됩니다. 이후에는 가장 오래된 사용 가능 버전으로 자동 업그레이드되어
Facebook 로그인 등 앱 기능이 정상 작동하지 않을 수 있습니다.

API 업그레이드 도구를 사용하여 앱을 최신 버전으로 업그레이드하세요.

Meta for Developers 팀 드림
""",
        items=[item(SOCIAL, "Meta", "달님샵 로그인", "2026-12-22", aliases=["5566778899"])],
    ),
    Mail(
        name="social_fwd_gmail_meta",
        category="forward",
        lang="en",
        sender=("Jordan Lee", "jordan@bluepeak.io"),
        subject="Fwd: Action Required: Graph API v20.0 will be deprecated",
        date="2026-11-12 09:00 -0800",
        to="it@bluepeak.io",
        text="""FYI - this came to my personal FB developer account. Who owns Bluepeak Shop now?

---------- Forwarded message ---------
From: Meta for Developers <notification@facebookmail.com>
Date: Wed, Nov 11, 2026 at 10:00 PM
Subject: Action Required: Graph API v20.0 will be deprecated
To: <jordan.lee.dev@gmail.com>


Your app Bluepeak Shop (App ID: 3344556677) is currently making calls to Graph API v20.0, which will be
deprecated on January 14, 2027. Upgrade your app before then to avoid disruption.
""",
        items=[item(SOCIAL, "Meta", "Bluepeak Shop", "2027-01-14", aliases=["3344556677"])],
    ),
    Mail(
        name="social_line_login_v20_end",
        category="positive",
        lang="en",
        sender=LINE,
        subject="[LINE Developers] End of support for LINE Login v2.0",
        date="2026-10-26 03:00 +0000",
        to="hello@mintcake.shop",
        text="""Thank you for using LINE Developers.

LINE Login v2.0 will reach end of support on December 15, 2026. After that date, authorization requests to the
v2.0 endpoints will fail. Migrate to LINE Login v2.1 before then.

Channels in your provider that still use v2.0:
  Channel name: Mintcake Login
  Channel ID: 1654987321

For details, see the LINE Login documentation.

LY Corporation
""",
        items=[item(SOCIAL, "LINE", "Mintcake Login", "2026-12-15", aliases=["1654987321"])],
    ),
    Mail(
        name="social_line_sdk_deprecated_tba",
        category="positive",
        lang="en",
        sender=LINE,
        subject="[LINE Developers] LINE SDK for iOS Swift 5.x is deprecated",
        date="2026-11-05 02:00 +0000",
        to="hello@mintcake.shop",
        form="html",
        html="""<p>LINE SDK for iOS Swift 5.x is now deprecated. New features and security fixes will be provided only in
version 6.x and later.</p>
<p>The end-of-support date for 5.x has not been decided yet. If it is decided, an announcement will be made on the
LINE Developers site. We recommend updating to the latest version.</p>""",
        items=[item(SOCIAL, "LINE", "LINE SDK for iOS Swift 5.x", None, aliases=["iOS Swift 5.x"])],
        note="deprecated now, end date to be announced",
    ),
    Mail(
        name="social_reply_kakao",
        category="reply",
        lang="ko",
        sender=("김민수", "minsu@dalnim.co.kr"),
        subject="Re: [카카오디벨로퍼스] 카카오 로그인 사용자 정보 가져오기 v1 API 지원 종료 안내",
        date="2026-10-16 10:00 +0900",
        to="dev@haneul-studio.kr",
        headers={"In-Reply-To": "<kakao-v1-end@kakaocorp.com>"},
        text="""저희 서비스는 이미 v2로 전환되어 있어서 영향 없습니다.

2026년 10월 15일 (목) 오후 2:00, Kakao Developers <noreply@kakaocorp.com>님이 작성:
> 서비스 보안 강화를 위해 카카오 로그인 사용자 정보 가져오기 v1 API(/v1/user/me)의 지원을 종료합니다.
> 지원 종료일 : 2026년 12월 31일
""",
        items=[],
    ),
    Mail(
        name="social_meta_upgraded_resolution",
        category="resolution",
        lang="en",
        sender=META,
        subject="Your app Oddjob Market has been upgraded to Graph API v22.0",
        date="2026-11-20 18:00 +0000",
        to="dev@oddjob.dev",
        text="""Hi Oddjob,

All calls from your app Oddjob Market (App ID: 778812349001) now use Graph API v22.0. No further action is needed
for the v19.0 deprecation.

The Meta for Developers Team
""",
        items=[item(SOCIAL, "Meta", "Oddjob Market", None, resolves=True, aliases=["778812349001"])],
    ),
]

MAILS += [
    Mail(
        name="social_google_ko_gsi",
        category="positive",
        lang="ko",
        sender=GOOGLE_ID,
        subject="[조치 필요] Google 로그인 JavaScript 라이브러리 지원 종료 - 소복마켓 웹",
        date="2026-11-09 10:00 +0900",
        to="it@sobok-market.kr",
        text="""안녕하세요.

Google Cloud 프로젝트 sobok-web 의 OAuth 클라이언트가 지원 중단된 Google 로그인 JavaScript 플랫폼 라이브러리를
사용하고 있습니다. 이 라이브러리는 2026년 12월 15일에 서비스가 종료되며, 이후에는 사용자가 Google 계정으로
로그인할 수 없습니다.

종료일 전에 Google ID 서비스(Google Identity Services)로 이전해 주세요.
""",
        items=[item(SOCIAL, "Google", "sobok-web", "2026-12-15")],
    ),
]

MAILS += [
    Mail(
        name="social_meta_on_or_after",
        category="positive",
        lang="en",
        sender=META,
        subject="Upcoming change to Facebook Login for Business",
        date="2026-11-16 20:00 +0000",
        to="it@sobok-market.kr",
        text="""Hi Sobok,

Your app Sobok Shop Login (App ID 9988776655) uses Facebook Login with a configuration that is being retired.
Login requests made on or after January 20, 2027 with the legacy configuration will fail. Create a Facebook Login
for Business configuration and update your login button before then.

The Meta for Developers Team
""",
        items=[item(SOCIAL, "Meta", "Sobok Shop Login", "2027-01-20", aliases=["9988776655"])],
        note="'on or after' cue",
    ),
]
