"""Noise for the dev@ mailbox (store reviews, TestFlight, crash reports, payouts, newsletters, conference
invites, security alerts, non-built-in vendors) and phishing that imitates developer-platform mail."""

from __future__ import annotations

from h14_lib import DOMAIN, QUOTA, SOCIAL, item, m, wd

UNSUB = {
    "List-Unsubscribe": "<https://example-unsub.invalid/u?id=7781>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}

NEGATIVES = [
    m(
        name="n01_apple_news_xcode_sdk",
        category="negative",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Upcoming SDK minimum requirements",
        date="2026-10-22 01:00 +0900",
        form="html",
        headers={"List-Unsubscribe": "<https://developer.apple.com/unsubscribe?e=dev%40moalabs.io>"},
        html="""<html><body><table width="640" align="center"><tr><td style="font-family:-apple-system,sans-serif">
<p style="color:#6e6e73">October 21, 2026</p>
<h1>Upcoming SDK minimum requirements</h1>
<p>Starting April 2027, apps uploaded to App Store Connect must be built with Xcode 27 and the iOS 27
SDK or later. Apps already on the App Store are not affected and can continue to be downloaded.</p>
<p>We also remind you that Sign in with Apple, Apple Pay and other capabilities continue to work with
earlier SDKs. <a href="https://developer.apple.com/news/upcoming-requirements/">Learn about upcoming
requirements</a>.</p>
<p style="font-size:11px;color:#86868b">You're receiving this email because you're a member of the Apple
Developer Program. Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.</p>
</td></tr></table></body></html>
""",
        note="developer news to everyone about build requirements; not a sign-in retirement",
    ),
    m(
        name="n02_play_target_api_policy",
        category="negative",
        lang="en",
        sender=("Google Play Console", "noreply-play-console@google.com"),
        subject="Policy update: target API level requirements for 2027",
        date="2026-09-03 16:00 +0000",
        text="""Hello Google Play Developer,

We're sharing an update on target API level requirements. Starting August 31, 2027, new apps and
app updates must target Android 17 (API level 37) or higher. Existing apps must target API level
36 or higher to remain available to new users on devices running newer Android versions.

You can request an extension to November 1, 2027 in Play Console if you need more time.

Your apps: PocketMeal (com.moalabs.pocketmeal), Runlog (com.moalabs.runlog)

Thank you,
The Google Play team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        note="store policy news with dates; not one of the built-in kinds",
    ),
    m(
        name="n03_appstore_approved_ko",
        category="negative",
        lang="ko",
        sender=("App Store Connect", "no_reply@email.apple.com"),
        subject="앱 상태가 '배포 준비 완료'로 변경되었습니다.",
        date="2026-11-13 04:12 +0900",
        cte="base64",
        text="""Dear 모아랩스,

다음 앱 버전의 상태가 '배포 준비 완료'로 변경되었습니다.

앱 이름: 런로그
앱 버전 번호: 3.2.0
앱 SKU: RUNLOG-IOS
App Apple ID: 6449120387

이번 버전에는 Sign in with Apple 계정 삭제 시 토큰 해지 기능이 포함되어 있습니다.

앱 상태에 관한 자세한 내용은 App Store Connect의 내 앱에서 확인할 수 있습니다.

감사합니다.
App Store 심사팀
""",
        note="store review approval: NOT a resolution of fw01 (the vendor did not confirm the requirement "
        "was met); unsure",
    ),
    m(
        name="n04_play_update_rejected",
        category="negative",
        lang="en",
        sender=("Google Play Console", "noreply-play-console@google.com"),
        subject="Action Required: Your app update PocketMeal (com.moalabs.pocketmeal) was rejected",
        date="2026-10-16 11:20 +0000",
        form="alt",
        text="""Hi Developers at Moa Labs,

After review, your app update PocketMeal (com.moalabs.pocketmeal), version code 412, has been
rejected because it violates the User Data policy.

Issue: Account deletion requirement
Your app allows users to create an account from within the app, but the web link resource you
provided in the Data safety form doesn't let users request account deletion.

Fix the issue and submit an updated version of your app. Your previously approved version
remains available on Google Play.

The Google Play Team
""",
        html="""<html><body><p>Hi Developers at Moa Labs,</p>
<p>Your app update <b>PocketMeal</b> (version code 412) was <b>rejected</b>: Account deletion requirement
(User Data policy).</p><p>Fix the issue and submit an updated version.</p></body></html>
""",
        note="store review rejection: no vendor deadline of a built-in kind",
    ),
    m(
        name="n05_testflight_build",
        category="negative",
        lang="en",
        sender=("TestFlight", "no_reply@email.apple.com"),
        subject="PocketMeal 4.8.0 (1207) for iOS is now available to test.",
        date="2026-11-18 13:05 -0800",
        text="""PocketMeal 4.8.0 (1207) for iOS is now available to test.

To test this app, open TestFlight on your iOS device and install it.

What to Test:
- Facebook SDK updated to v24
- New Sign in with Apple account deletion flow

This build will expire in 90 days.

Apple Inc. One Apple Park Way, Cupertino, CA 95014
""",
        note="'will expire' of a test build",
    ),
    m(
        name="n06_crashlytics_velocity_ko",
        category="negative",
        lang="ko",
        sender=("Firebase Crashlytics", "firebase-noreply@google.com"),
        subject="[런로그 (Android)] 속도 알림: LoginActivity.kt 에서 비정상 종료 급증",
        date="2026-10-02 05:40 +0900",
        form="html",
        html="""<html><body><table width="600"><tr><td>
<h3>속도 알림</h3>
<p>런로그 (com.moalabs.runlog) 3.1.4 (314) 버전에서 지난 1시간 동안 세션의 1.8%가 아래 문제로 비정상 종료되었습니다.</p>
<p><code>java.lang.IllegalStateException: KakaoSdk is not initialized</code><br>
LoginActivity.kt 라인 88</p>
<p><a href="https://console.firebase.google.com/project/runlog-prod-2291/crashlytics">문제 보기</a></p>
<p style="font-size:11px">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA</p>
</td></tr></table></body></html>
""",
        note="crash report mentioning a login SDK",
    ),
    m(
        name="n07_google_security_alert_ko",
        category="negative",
        lang="ko",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="보안 알림",
        date="2026-11-07 23:58 +0900",
        form="alt",
        text="""Mac에서 새로 로그인함
dev@moalabs.io

Google 계정에 새로 로그인한 기기가 감지되었습니다. 본인이 로그인했다면 아무 조치도 취하지 않아도 됩니다.
그렇지 않은 경우 Google에서 계정 보안을 유지하도록 도와드리겠습니다.

활동 확인: https://accounts.google.com/AccountChooser?Email=dev@moalabs.io&continue=https://myaccount.google.com/alert

Google 계정 및 서비스의 중요한 변경사항을 알려드리기 위해 발송된 이메일입니다.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
        html="""<html><body><div style="border:1px solid #dadce0;border-radius:8px;padding:40px 20px;max-width:516px">
<div style="font-size:24px">Mac에서 새로 로그인함</div><div>dev@moalabs.io</div>
<p>Google 계정에 새로 로그인한 기기가 감지되었습니다. 본인이 로그인했다면 아무 조치도 취하지 않아도 됩니다.</p>
<a href="https://accounts.google.com/AccountChooser">활동 확인</a></div></body></html>
""",
        note="security alert, new sign-in",
    ),
    m(
        name="n08_github_pat_expiring",
        category="negative",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] Your personal access token (classic) is about to expire",
        date="2026-11-15 08:00 +0000",
        text="""Hi @moalabs-bot,

We noticed your personal access token (classic) "fastlane-match" with repo scope will expire in
7 days.

If this token is still needed, visit https://github.com/settings/tokens/1520998 to generate an
equivalent.

If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team
""",
        note="GitHub token expiry: not a built-in kind (GitHub OAuth/PAT is noise for this mailbox)",
    ),
    m(
        name="n09_x_api_v1_deprecation",
        category="negative",
        lang="en",
        sender=("X Developer Platform", "developer-noreply@x.com"),
        subject="Important changes to X API access for your app",
        date="2026-09-17 17:00 +0000",
        text="""Hello,

We're updating X API access tiers. The legacy OAuth 1.0a user-context endpoints used by "Sign in
with X" on v1.1 will be retired on December 15, 2026. Apps must move to OAuth 2.0 Authorization
Code with PKCE on the v2 endpoints.

Your app: runlog-share (App ID 29118455)

Read the migration guide: https://docs.x.com/x-api/migrate/overview

The X Developer Platform team
""",
        note="unsure: X sign-in is not one of the built-in providers (Kakao, Naver, Google, Apple, Meta, LINE), "
        "so labelled as noise",
    ),
    m(
        name="n10_meta_newsletter_v25",
        category="negative",
        lang="en",
        sender=("Meta for Developers", "developers@mail.fbdevelopers.com"),
        subject="Introducing Graph API v25.0 and Marketing API v25.0",
        date="2026-10-15 16:30 +0000",
        form="html",
        headers=UNSUB,
        html="""<html><body><table width="600" align="center"><tr><td>
<h2>Introducing Graph API v25.0 and Marketing API v25.0</h2>
<p>Today we are releasing Graph API v25.0 and Marketing API v25.0. Below are highlights; for the complete
list, visit our changelog.</p>
<ul>
<li>Graph API v21.0 will be deprecated on December 8, 2026 as part of our versioning schedule.</li>
<li>Marketing API v23.0 reaches end of life in January 2027.</li>
<li>New Threads API insights metrics.</li>
</ul>
<p>Upcoming: Meta Connect developer sessions are now available on demand.</p>
<p style="font-size:11px">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025.
<a href="https://www.facebook.com/email_unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
        note="newsletter about deprecations in general (no app named)",
    ),
    m(
        name="n11_kakao_conference_invite",
        category="negative",
        lang="ko",
        sender=("if(kakao)", "ifkakao@kakaocorp.com"),
        subject="[if(kakao)2026] 개발자 컨퍼런스에 초대합니다",
        date="2026-09-01 10:00 +0900",
        form="html",
        headers=UNSUB,
        html=f"""<html><body><div style="max-width:600px;margin:auto;text-align:center">
<h1>if(kakao)2026</h1>
<p>2026년 12월 3일({wd("2026-12-03")}) ~ 4일, 판교 카카오 아지트에서 만나요.</p>
<p>카카오 로그인과 카카오싱크의 새로운 기능, SDK 로드맵 세션이 준비되어 있습니다.<br>
사전 등록은 2026년 11월 15일까지입니다.</p>
<p><a href="https://if.kakao.com">사전 등록하기</a></p>
<p style="font-size:11px;color:#999">수신을 원하지 않으시면 수신거부를 눌러주세요. (주)카카오</p>
</div></body></html>
""",
    ),
    m(
        name="n12_vercel_pro_trial_ending",
        category="negative",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your Pro trial ends in 3 days",
        date="2026-09-26 15:00 +0000",
        text="""Hi moalabs,

Your 14-day Pro trial for the team moalabs-staging ends on September 29, 2026. After that, the
team moves to the Hobby plan unless you add a payment method.

Keep Pro features like team collaboration, password protection and higher usage limits:
https://vercel.com/moalabs-staging/~/settings/billing

Vercel Inc.
""",
        note="unsure: free trial ending -> downgrade, not a quota warning; labelled negative",
    ),
    m(
        name="n13_apple_payment_sent",
        category="negative",
        lang="en",
        sender=("App Store Connect", "no_reply@email.apple.com"),
        subject="Your payment from Apple has been sent",
        date="2026-10-07 03:10 -0700",
        text="""Dear Moa Labs Inc.,

Your payment from Apple has been sent. Payments are typically received within seven days.

Payment date: October 6, 2026
Amount: KRW 4,812,300
Bank account ending: 2281

To view your payments, go to Payments and Financial Reports in App Store Connect.

Regards,
App Store Connect
""",
    ),
    m(
        name="n14_workspace_invoice_pdf",
        category="negative",
        lang="en",
        sender=("Google Payments", "payments-noreply@google.com"),
        subject="Google Workspace: Your invoice is available for moalabs.io",
        date="2026-11-01 07:00 +0000",
        attachment=True,
        text="""Your Google Workspace monthly invoice is available. Please find the PDF document attached at
the bottom of this email.

Billing ID: 4410-2291-7785
Domain name: moalabs.io
Invoice number: 5312240908
Summary for October 1, 2026 - October 31, 2026
Total in KRW: 151,200

You will be charged automatically on your payment method due by November 15, 2026.

Google Asia Pacific Pte. Ltd.
""",
        note="unrelated receipt/invoice with a PDF attachment",
    ),
    m(
        name="n15_gabia_ssl_expiry_euckr",
        category="negative",
        lang="ko",
        sender=("가비아", "ssl@gabia.com"),
        subject="[가비아] SSL 인증서 만료 예정 안내 (api.moalabs.co.kr)",
        date="2026-11-02 09:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text=f"""안녕하세요, 가비아입니다.

고객님께서 이용 중인 SSL 인증서의 만료일이 다가와 안내드립니다.

- 인증서: Sectigo PositiveSSL (DV)
- 적용 도메인: api.moalabs.co.kr
- 만료일: 2026년 12월 7일({wd("2026-12-07")})

만료 전에 갱신하지 않으면 브라우저에서 보안 경고가 표시됩니다.

(주)가비아
""",
        note="certificate expiry is not a built-in kind",
    ),
    m(
        name="n16_gabia_coupon_marketing",
        category="negative",
        lang="ko",
        sender=("가비아", "gabia@news.gabia.com"),
        subject="(광고) 도메인 20% 할인 쿠폰이 곧 만료됩니다",
        date="2026-11-20 12:00 +0900",
        form="html",
        headers=UNSUB,
        html="""<html><body><center><table width="600"><tr><td>
<h2>모아랩스 님, 쿠폰이 곧 만료됩니다!</h2>
<p>.com / .co.kr / .io 신규 등록 20% 할인 쿠폰<br>쿠폰 만료일: 2026.11.30</p>
<p>지금 새 도메인을 등록하고 브랜드를 지키세요.</p>
<p><a href="https://domain.gabia.com">도메인 검색하기</a></p>
<p style="font-size:11px">본 메일은 광고성 정보 수신에 동의하신 회원께 발송되었습니다. 수신거부</p>
</td></tr></table></center></body></html>
""",
    ),
    m(
        name="n17_it_password_expiry",
        category="negative",
        lang="ko",
        sender=("모아랩스 IT", "it@moalabs.io"),
        subject="[사내공지] 계정 비밀번호가 5일 후 만료됩니다",
        date="2026-11-18 09:00 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
        text="""dev@moalabs.io 계정의 비밀번호가 2026-11-23에 만료됩니다.

보안 정책에 따라 90일마다 비밀번호를 변경해야 합니다. 만료 전에 아래에서 변경해 주세요.
https://myaccount.google.com/signinoptions/password

문의: IT 헬프데스크 (내선 2040)
""",
        note="the company's own IT password expiry",
    ),
    m(
        name="n18_route53_whois_reminder",
        category="negative",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        subject="Annual reminder: review the contact information for your domains",
        date="2026-09-10 12:00 +0000",
        text="""Dear AWS customer,

ICANN requires registrars to remind domain registrants every year to confirm that their contact
information is accurate. Please review the information below for the following domain. If it is
correct, you don't need to do anything.

Domain name: moalabs.io
Expiration date: 2026-12-19
Registrant: Moa Labs Inc., dev@moalabs.io

To update contact information, open the Route 53 console.

Amazon Route 53
""",
        note="WHOIS data reminder that merely lists the expiry",
    ),
    m(
        name="n19_gcp_budget_alert",
        category="negative",
        lang="en",
        sender=("Google Cloud Billing", "billing-noreply@google.com"),
        subject="Budget alert: 90% of your 'pocketmeal-monthly' budget has been reached",
        date="2026-11-17 00:05 +0000",
        text="""Hello,

Your billing account Moa Labs (01A2B3-C4D5E6-F7A8B9) has reached 90% of the budget
"pocketmeal-monthly" for the period November 1 - November 30, 2026.

Budget amount: ₩1,000,000
Current cost: ₩902,114

Budget alerts don't cap your usage or stop your services.

View your budget: https://console.cloud.google.com/billing/01A2B3-C4D5E6-F7A8B9/budgets
""",
        note="unsure: budget alert is a spending notice, explicitly not a cap; labelled negative",
    ),
    m(
        name="n20_aws_health_lambda_ko",
        category="negative",
        lang="ko",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        subject="[조치 필요] AWS Lambda Node.js 20 런타임 지원 종료 안내 [AWS 계정: 482915306677]",
        date="2026-10-01 02:00 +0000",
        text="""안녕하세요.

AWS 계정 482915306677 에서 Node.js 20 런타임을 사용하는 Lambda 함수가 확인되어 연락드립니다.

Lambda의 Node.js 20 지원은 2027년 4월 30일에 종료됩니다. 지원 종료 후에는 보안 패치가 적용되지
않으며, 2027년 6월 1일부터는 새 함수를 생성할 수 없습니다.

영향을 받는 함수 (ap-northeast-2):
  pocketmeal-image-resize
  runlog-webhook

AWS Health Dashboard에서 영향을 받는 리소스를 확인할 수 있습니다.

Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109
""",
        note="runtime deprecation: not one of the built-in kinds",
    ),
    m(
        name="n21_apple_membership_renewal",
        category="negative",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Your Apple Developer Program membership expires soon",
        date="2026-11-09 02:00 -0800",
        text="""Dear Moa Labs Inc.,

Your Apple Developer Program membership expires on December 9, 2026. Automatic renewal is turned
on, so your membership will renew using the payment method in your account.

If your membership expires, your apps will no longer be available on the App Store.

Apple Developer Program Support
""",
        note="unsure: program membership renewal is not one of the built-in kinds (not a domain, quota or "
        "sign-in retirement); labelled negative",
    ),
    m(
        name="n22_personal_passport_ko",
        category="negative",
        lang="ko",
        sender=("정하늘", "haneul.jung@moalabs.io"),
        subject="다음 주 도쿄 출장 건",
        date="2026-11-10 20:14 +0900",
        text="""지훈님,

제 여권이 12월 초에 만료돼서 이번 출장은 서연님이 대신 가는 걸로 해도 될까요?
LINE 쪽 미팅 자료(로그인 SDK 마이그레이션 일정)는 제가 금요일까지 정리해서 넘길게요.

하늘 드림
""",
        note="personal mail mentioning an expiry",
    ),
    m(
        name="n23_github_oauth_app_authorized",
        category="negative",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] A third-party OAuth application has been added to your account",
        date="2026-09-19 06:33 +0000",
        text="""Hey moalabs-bot!

A third-party OAuth application (Vercel) with read:org, repo and user:email scopes was recently
authorized to access your account.
Visit https://github.com/settings/connections/applications/Iv1.8a61f9b3a7aba766 for more information.

To see this and other security events for your account, visit https://github.com/settings/security-log

If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team
""",
    ),
]

PHISHING = [
    m(
        name="p01_apple_lookalike_key_revoked",
        category="phishing",
        lang="en",
        sender=("Apple Developer", "no_reply@apple-developer-support.com"),
        subject="Your Sign in with Apple key will be revoked in 48 hours",
        date="2026-11-19 22:10 +0000",
        form="html",
        html="""<html><body><table width="600"><tr><td>
<p>Dear Developer,</p>
<p>Your Sign in with Apple private key (Key ID 8QZ3K7M2LP) for <b>Runlog</b> will be revoked on
November 21, 2026 because of a compliance issue with your developer account.</p>
<p>To keep Sign in with Apple working, verify your account now:</p>
<p><a href="https://appleid-developer-verify.com/signin">Verify developer account</a></p>
<p>Apple Developer Program Support</p>
</td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Apple", "Runlog", "2026-11-21", suspicious=True, aliases=["8QZ3K7M2LP"])],
        note="look-alike sender domain apple-developer-support.com",
    ),
    m(
        name="p02_meta_real_domain_dkim_fail",
        category="phishing",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="URGENT: PocketMeal will be disabled - Graph API version expired",
        date="2026-11-09 03:30 +0000",
        auth=[
            "mx.google.com;\r\n       dkim=fail header.i=@facebookmail.com header.s=s1024-2013-q3;\r\n"
            "       spf=fail (google.com: domain of notification@facebookmail.com does not designate"
            " 185.220.101.44 as permitted sender) smtp.mailfrom=notification@facebookmail.com;\r\n"
            "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=facebookmail.com",
            "mx.facebookmail.com; dkim=pass header.i=@facebookmail.com; spf=pass"
            " smtp.mailfrom=facebookmail.com; dmarc=pass header.from=facebookmail.com",
        ],
        text="""Hi,

Your app PocketMeal (App ID 1093472218843301) is still calling an expired Graph API version.
The app will be disabled on November 25, 2026 unless an admin confirms the upgrade.

Confirm the upgrade: https://developers-facebook.app-review-center.com/confirm?app=1093472218843301

Meta for Developers
""",
        items=[item(SOCIAL, "Meta", "PocketMeal", "2026-11-25", suspicious=True, aliases=["1093472218843301"])],
        note="real vendor domain, topmost Authentication-Results dkim/spf/dmarc fail; lower forged header says pass",
    ),
    m(
        name="p03_google_on_gmail",
        category="phishing",
        lang="en",
        sender=("Google Cloud Trust & Safety", "googlecloud.oauth.review@gmail.com"),
        subject="Final notice: OAuth consent screen verification for runlog-prod-2291",
        date="2026-11-04 11:11 +0000",
        auth_domain="gmail.com",
        text="""Dear Developer,

Your OAuth app Runlog (project runlog-prod-2291) failed brand verification. Sign-in with Google
for your users will be blocked on November 30, 2026.

To appeal, reply to this email with the project owner's Google account password and a photo of
your ID, or complete the form: https://forms.gle/3xR0unL0gVerify

Google Cloud Trust & Safety
""",
        items=[item(SOCIAL, "Google", "Runlog", "2026-11-30", suspicious=True, aliases=["runlog-prod-2291"])],
        note="vendor display name on a gmail.com address (authenticates fine as gmail.com)",
    ),
    m(
        name="p04_kakao_punycode_ko",
        category="phishing",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@xn--kkaocorp-16g.com"),
        subject="[카카오디벨로퍼스] 앱 키 재발급 필요 - 포켓밀",
        date="2026-10-29 20:40 +0900",
        charset="euc-kr",
        cte="base64",
        text=f"""안녕하세요, 카카오디벨로퍼스입니다.

포켓밀(앱 ID 1043287) 앱의 REST API 키가 외부에 노출된 것으로 확인되었습니다.
2026년 11월 1일({wd("2026-11-01")})까지 아래 링크에서 관리자 인증 후 앱 키를 재발급하지 않으면
카카오 로그인이 차단됩니다.

관리자 인증: http://developers.xn--kkaocorp-16g.com/console/verify

카카오디벨로퍼스 드림
""",
        items=[item(SOCIAL, "Kakao", "포켓밀", "2026-11-01", suspicious=True, aliases=["1043287", "PocketMeal"])],
        note="homoglyph punycode domain xn--kkaocorp-16g.com (Cyrillic a in kakaocorp)",
    ),
    m(
        name="p05_namecheap_lookalike",
        category="phishing",
        lang="en",
        sender=("Namecheap", "billing@namecheap-renewals.com"),
        subject="Domain pocketmeal.app expires in 24 hours - renew now",
        date="2026-11-22 06:00 +0000",
        form="html",
        html="""<html><body><table width="600"><tr><td>
<p>Hello,</p>
<p>Your domain <b>pocketmeal.app</b> expires on <b>23 Nov 2026</b>. Your auto-renewal payment failed.</p>
<p>Renew within 24 hours to avoid losing the domain: <a href="https://namecheap-renewals.com/pay">Renew now</a></p>
<p>Namecheap Billing</p>
</td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Namecheap", "pocketmeal.app", "2026-11-23", suspicious=True)],
        note="look-alike domain namecheap-renewals.com; the real expiry is 2027-12-02 after r01",
    ),
    m(
        name="p06_firebase_prefix_domain_ko",
        category="phishing",
        lang="ko",
        sender=("Firebase", "firebase-noreply@google.com.billing-alerts.net"),
        subject="[Firebase] 결제 실패로 pocketmeal-prod 프로젝트가 중지됩니다",
        date="2026-11-15 13:00 +0900",
        form="html",
        html="""<html><body><table width="600"><tr><td>
<p>안녕하세요.</p>
<p><b>pocketmeal-prod</b> 프로젝트의 Cloud Storage 사용량이 한도를 초과했고 결제 수단 확인에 실패했습니다.</p>
<p>2026년 11월 18일까지 결제 정보를 업데이트하지 않으면 프로젝트가 중지되고 데이터가 삭제됩니다.</p>
<p><a href="https://console-firebase.google.com.billing-alerts.net/update">결제 정보 업데이트</a></p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Firebase", "pocketmeal-prod", "2026-11-18", suspicious=True)],
        note="vendor domain used as a prefix of another domain (google.com.billing-alerts.net)",
    ),
]
