"""holdout6: social-login notices with unusual subjects (SDK minimum versions, key rotation, consent-screen
verification, redirect-URI rules, Limited Login, LIFF), from Kakao, Naver, Google, Apple, Meta and LINE."""

# ruff: noqa: E501  (vendor HTML and mail lines are kept as the vendors lay them out)

from __future__ import annotations

from corpus_lib import SOCIAL, item
from h6_common import mail, wd

MAILS = [
    mail(
        name="social_kakao_ko_sdk_min",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] Kakao SDK for JavaScript 구버전(v1) 지원 종료 안내",
        date="2026-10-28 14:00 +0900",
        form="alt",
        cte="base64",
        text=f"""안녕하세요, 카카오입니다.

하늘스튜디오(앱 ID: 1093344) 앱에서 Kakao SDK for JavaScript v1 (kakao.min.js) 호출이 확인되어 안내드립니다.

Kakao SDK for JavaScript v1은 2026년 12월 31일({wd("2026-12-31")})부로 지원이 종료됩니다.
지원 종료 이후 v1으로 구현된 카카오 로그인, 카카오톡 공유 기능은 정상 동작을 보장하지 않습니다.

■ 대상 앱 : 하늘스튜디오 (앱 ID 1093344)
■ 최근 7일간 v1 호출 : 12,904건
■ 지원 종료일 : 2026년 12월 31일 ({wd("2026-12-31")})
■ 조치 사항 : Kakao SDK for JavaScript v2 이상으로 업그레이드

자세한 내용은 데브톡 공지를 참고해 주세요.
https://devtalk.kakao.com/c/notice

감사합니다.
카카오디벨로퍼스 드림

본 메일은 카카오디벨로퍼스 앱 관리자에게 발송되는 서비스 공지입니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242
""",
        html=f"""<html><body><div style="max-width:640px;font-family:'Apple SD Gothic Neo',sans-serif">
<p style="background:#fee500;padding:14px;font-weight:bold">kakao developers</p>
<p>안녕하세요, 카카오입니다.</p>
<p><b>하늘스튜디오</b> 앱에서 <b>Kakao SDK for JavaScript v1</b> 사용이 확인되었습니다.
v1은 <b>2026년 12월 31일({wd("2026-12-31")})</b>부로 지원 종료됩니다. v2 이상으로 업그레이드해 주세요.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>앱 이름</th><th>앱 ID</th><th>지원 종료일</th></tr>
<tr><td>하늘스튜디오</td><td>1093344</td><td>2026.12.31</td></tr></table>
<p style="font-size:11px;color:#888">(주)카카오 · 제주특별자치도 제주시 첨단로 242</p>
</div></body></html>
""",
        note="app named in the mail, its id as alias",
        items=[item(SOCIAL, "Kakao", "하늘스튜디오", "2026-12-31", aliases=["1093344"])],
    ),
    mail(
        name="social_kakao_ko_keyrotation",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[사전 안내] 카카오 로그인 OpenID Connect 서명 키(공개키) 교체 안내",
        date="2026-11-10 11:00 +0900",
        text=f"""안녕하세요, 카카오입니다.

카카오 로그인 OpenID Connect(OIDC)를 사용 중인 앱 관리자분들께 ID 토큰 서명 키 교체 일정을 안내드립니다.

적용 일시
- 2026년 12월 8일({wd("2026-12-08")}) 오후 2시 (KST)

변경 사항
- ID 토큰 서명에 사용되는 키가 새 키로 교체됩니다.
- 공개키를 서비스 서버에 고정(캐싱)하여 사용 중인 경우, 적용 일시 이후 ID 토큰 검증에 실패합니다.

필요한 조치
- 적용 일시 전까지 공개키 목록 조회 API(https://kauth.kakao.com/.well-known/jwks.json)로
  키를 주기적으로 갱신하도록 구현해 주세요.

대상 앱: 하늘스튜디오 (앱 ID 1093344) 외 0개

참고: 2026년 3월 19일 REST API 테스트 도구 변경 공지와는 별개의 안내입니다.

감사합니다.
Kakao Developers
""",
        note="key rotation with a time and weekday; an older notice date is a distractor",
        items=[item(SOCIAL, "Kakao", "하늘스튜디오", "2026-12-08", aliases=["1093344"])],
    ),
    mail(
        name="social_naver_ko_callback",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        subject="[네이버 로그인] Callback URL 등록 정책 변경 안내",
        date="2026-11-05 10:30 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><body><table width="680" cellpadding="0" cellspacing="0" style="font-family:나눔고딕,NanumGothic;font-size:13px">
<tr><td style="background:#03c75a;padding:14px;color:#fff;font-weight:bold">NAVER Developers</td></tr>
<tr><td style="padding:22px;line-height:1.8">
안녕하세요. 네이버 개발자센터입니다.<br><br>
보안 강화를 위하여 네이버 로그인의 Callback URL 등록 정책이 아래와 같이 변경됩니다.<br>
고객님의 애플리케이션에 변경 대상 Callback URL이 등록되어 있어 안내드립니다.<br><br>
<b>■ 대상 애플리케이션</b><br>
&nbsp;- 애플리케이션 이름 : 하늘스튜디오 웹<br>
&nbsp;- Client ID : hNuL8xQ2aZ0pVfT3kR7m<br>
&nbsp;- 등록된 Callback URL : http://hanul-studio.kr/oauth/naver<br><br>
<b>■ 변경 내용</b><br>
&nbsp;- http 스킴 및 와일드카드(*)가 포함된 Callback URL 지원 종료<br>
&nbsp;- https 스킴의 정확한 URL만 허용<br><br>
<b>■ 적용 일정</b><br>
&nbsp;- 2027.01.15. 부터 http Callback URL로의 로그인 요청이 거부됩니다.<br><br>
적용일 이전에 [Application &gt; 내 애플리케이션 &gt; API 설정]에서 Callback URL을 https로 변경해 주시기 바랍니다.<br><br>
감사합니다.</td></tr>
<tr><td style="padding:14px;background:#f5f6f7;font-size:11px;color:#888">
본 메일은 네이버 개발자센터에 애플리케이션을 등록한 회원에게 발송되는 공지 메일입니다.<br>
네이버(주) | 경기도 성남시 분당구 정자일로 95 NAVER 1784</td></tr></table></body></html>
""",
        note="redirect-URI rule change; EUC-KR base64 HTML; date with trailing dot",
        items=[item(SOCIAL, "Naver", "하늘스튜디오 웹", "2027-01-15", aliases=["hNuL8xQ2aZ0pVfT3kR7m"])],
    ),
    mail(
        name="social_naver_ko_phases",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        subject="[공지] 네이버 아이디로 로그인 iOS SDK 4.x 지원 종료 일정 안내",
        date="2026-11-02 15:00 +0900",
        text=f"""안녕하세요. 네이버 개발자센터입니다.

네이버 아이디로 로그인 iOS SDK 4.x 버전의 지원 종료 일정을 안내드립니다.
고객님의 애플리케이션 '하늘스튜디오 앱'(Client ID: Qm4v0HanulIOSx8) 에서 4.1.2 버전 사용이 확인되었습니다.

1차 종료 : 2026년 11월 20일({wd("2026-11-20")}) - 4.x SDK를 사용하는 신규 앱 심사 불가
2차 종료 : 2027년 2월 27일({wd("2027-02-27")}) - 4.x SDK를 통한 로그인 요청 차단

2차 종료 이후에는 4.x SDK로 구현된 로그인이 동작하지 않으므로, 5.0 이상 버전으로 업데이트해 주세요.

감사합니다.
""",
        note="phases: the first phase not yet past on the mail's date is 2026-11-20 (past by 'today'; still the label)",
        items=[item(SOCIAL, "Naver", "하늘스튜디오 앱", "2026-11-20", aliases=["Qm4v0HanulIOSx8"])],
    ),
    mail(
        name="social_google_en_consent",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Required] Verify your OAuth consent screen for project hanul-login",
        date="2026-11-09 12:11 -0800",
        form="alt",
        cte="quoted-printable",
        text="""Hello Google Cloud Platform / API customer,

You're receiving this email because you're listed as a contact on the Google Cloud project
hanul-login (project number 804123557109), which uses OAuth 2.0 to access Google APIs.

Your app "Hanul Studio" requests the sensitive scope https://www.googleapis.com/auth/calendar.events
but has not completed OAuth app verification.

What do you need to do?
Submit your app for verification in the Google Cloud console by January 10, 2027.
If verification is not submitted by then, users will see the "Google hasn't verified this app"
screen and new users may be unable to sign in.

Web client(s) affected: 804123557109-k2h9q.apps.googleusercontent.com

Thanks for choosing Google Cloud.
- The Google Cloud Team

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to
your Google Cloud Platform or other Google services.
""",
        html="""<html><body style="font-family:Roboto,Arial"><table width="600" align="center"><tr><td>
<img src="https://www.gstatic.com/images/branding/product/2x/google_cloud_64dp.png" alt="Google Cloud" width="48">
<p>Hello Google Cloud Platform / API customer,</p>
<p>Your app <b>Hanul Studio</b> in project <b>hanul-login</b> requests sensitive scopes and must be verified.</p>
<p><b>Submit verification by January 10, 2027</b> to avoid the unverified app screen for your users.</p>
<p><a href="https://console.cloud.google.com/apis/credentials/consent?project=hanul-login">Go to OAuth consent screen</a></p>
<p style="font-size:11px;color:#5f6368">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</td></tr></table></body></html>
""",
        note="consent-screen verification (sign-in at risk); target = project id, app name alias",
        items=[item(SOCIAL, "Google", "hanul-login", "2027-01-10", aliases=["Hanul Studio", "804123557109"])],
    ),
    mail(
        name="social_google_en_tba",
        category="positive",
        lang="en",
        sender=("Google for Developers", "googledev-noreply@google.com"),
        subject="Legacy Google Sign-In for Android is deprecated: migrate to Credential Manager",
        date="2026-10-14 09:00 -0700",
        text="""Hi Developer,

We're writing to let you know that your Android app Hanul Studio (com.hanulstudio.app), registered in
project hanul-login, still calls the deprecated Google Sign-In for Android APIs (GoogleSignInClient).

These APIs are deprecated now and will be removed in a future release of Google Play services. The
removal date will be announced later; we'll give at least 6 months' notice.

What you need to do: migrate to Credential Manager with Sign in with Google.
Migration guide: https://developer.android.com/identity/sign-in/legacy-gsi-migration

You have received this mandatory service announcement because your app uses Google Sign-In.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        note="deprecated now, end date to be announced: an undated item",
        items=[item(SOCIAL, "Google", "Hanul Studio", None, aliases=["com.hanulstudio.app"])],
    ),
    mail(
        name="social_apple_en_returnurl",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action required: Update your Sign in with Apple configuration",
        date="2026-11-04 10:00 -0800",
        form="html",
        html="""<html><body style="font-family:-apple-system,'SF Pro Text',Helvetica"><table width="640" align="center" cellpadding="20">
<tr><td align="center"><span style="font-size:18px">&#63743; Developer</span></td></tr>
<tr><td>
<p>Dear Hanul Studio Co., Ltd.,</p>
<p>We've identified that the Services ID <b>com.hanulstudio.web.signin</b> used with Sign in with Apple for your
app <b>Hanul Studio</b> has a Return URL that doesn't use HTTPS.</p>
<p>Starting February 1, 2027, Sign in with Apple will reject authorization requests to Return URLs that
don't use HTTPS or that contain an IP address. To avoid interruption for your users, update the Return URLs
in Certificates, Identifiers &amp; Profiles before that date.</p>
<p>Team ID: 7H2KX9Q4LM</p>
<p><a href="https://developer.apple.com/account/resources/identifiers/list/serviceId">Update Services ID</a></p>
<p>Best regards,<br>Apple Developer Relations</p>
</td></tr>
<tr><td style="font-size:10px;color:#888">Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.
<a href="https://www.apple.com/legal/privacy/">Privacy Policy</a></td></tr></table></body></html>
""",
        note="redirect-URI rule; deadline = 'Starting February 1, 2027'",
        items=[item(SOCIAL, "Apple", "Hanul Studio", "2027-02-01", aliases=["com.hanulstudio.web.signin"])],
    ),
    mail(
        name="social_apple_ko_relay",
        category="positive",
        lang="ko",
        sender=("Apple Developer", "developer@email.apple.com"),
        subject="Apple로 로그인: 개인 이메일 릴레이 서비스 발신 도메인 등록 필요",
        date="2026-10-22 09:30 +0900",
        text="""하늘스튜디오 님께,

Apple로 로그인을 사용하는 앱 '하늘스튜디오'(번들 ID: com.hanulstudio.app)에서 사용자에게 보내는 이메일이
개인 이메일 릴레이 서비스에 등록되지 않은 발신 도메인(mail.hanul-studio.kr)에서 발송되고 있습니다.

2026년 12월 15일부터 등록되지 않은 도메인에서 개인 릴레이 주소(@privaterelay.appleid.com)로 보내는
이메일은 더 이상 전달되지 않습니다. 해당 날짜 전에 Certificates, Identifiers & Profiles의
'Sign in with Apple for Email Communication'에서 발신 도메인과 이메일 주소를 등록하고 SPF를 설정하세요.

팀 ID: 7H2KX9Q4LM

감사합니다.
Apple Developer Relations

Copyright © 2026 Apple Inc. 모든 권리 보유.
""",
        note="Apple developer mail in Korean; relay mail stops being delivered on the date",
        items=[item(SOCIAL, "Apple", "하늘스튜디오", "2026-12-15", aliases=["com.hanulstudio.app"])],
    ),
    mail(
        name="social_meta_en_limited",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Hanul Studio: Facebook Login for iOS SDK upgrade needed by 15 Jan 2027",
        date="2026-11-06 18:22 +0000",
        form="html",
        cte="quoted-printable",
        html="""<html><body style="font-family:Helvetica,Arial;background:#f0f2f5">
<table width="600" align="center" cellpadding="18" style="background:#fff"><tr><td>
<p style="color:#0866ff;font-weight:bold;font-size:18px">Meta for Developers</p>
<p>Hi Minji,</p>
<p>Your app <b>Hanul Studio</b> (App ID: 1287449021553310) uses Facebook iOS SDK v14.1, which doesn't support
Limited Login or the new tracking-consent flow.</p>
<p>After <b>15 Jan 2027</b>, Facebook Login requests from iOS SDK versions older than v17.0 will fail. Update to
the latest Facebook iOS SDK and adopt Limited Login where App Tracking Transparency is declined.</p>
<p><a href="https://developers.facebook.com/apps/1287449021553310/dashboard/">Go to App Dashboard</a></p>
<p style="font-size:11px;color:#65676b">This message was sent to ops@hanul-studio.kr because you're an admin
of Hanul Studio. Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</p>
</td></tr></table>
<img src="https://www.facebook.com/email_open_log_pic.php?mid=5f1a2e" width="1" height="1" alt="">
</body></html>
""",
        note="SDK minimum version / Limited Login; date as '15 Jan 2027'",
        items=[item(SOCIAL, "Meta", "Hanul Studio", "2027-01-15", aliases=["1287449021553310"])],
    ),
    mail(
        name="social_line_en_liff",
        category="positive",
        lang="en",
        sender=("LINE Developers", "no-reply@line.me"),
        subject="[LINE Developers] LIFF apps using LIFF SDK v2.1 or earlier must be updated",
        date="2026-11-11 11:00 +0900",
        text="""Dear developer of channel "Hanul Studio LINE Login" (Channel ID: 2001938475),

Thank you for using the LINE Developers Console.

One or more LIFF apps in your channel load the LIFF SDK from a CDN fixed path of version v2.1.x or
earlier (https://static.line-scdn.net/liff/edge/versions/2.1.13/sdk.js).

These LIFF SDK versions will reach end-of-life on 2027/03/31. After that date, LIFF apps that use
them can no longer be opened.

LIFF app affected: Hanul Studio Booking (LIFF ID: 2001938475-Xa9bK2dE)

Please update to the CDN edge path (https://static.line-scdn.net/liff/edge/2/sdk.js) or a
recent fixed version before the end-of-life date.

LINE Developers
LY Corporation
""",
        note="LIFF SDK end-of-life; YYYY/MM/DD",
        items=[
            item(
                SOCIAL,
                "LINE",
                "Hanul Studio Booking",
                "2027-03-31",
                aliases=["2001938475-Xa9bK2dE", "Hanul Studio LINE Login", "2001938475"],
            )
        ],
    ),
]
