"""holdout9: the dev@ mailbox noise (newsletters, review results, crash reports, receipts, GitHub/Slack,
recruiting, security alerts), replies quoting notices, and phishing imitating the platforms."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item
from h9_lib import PIXEL, kd, preheader, quote

TO = "dev@moalabs.co.kr"


def unsub(url: str, mailto: str | None = None) -> dict[str, str]:
    value = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return {"List-Unsubscribe": value, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


NEGATIVES: list[Mail] = []

NEGATIVES.append(
    Mail(
        name="neg_kakao_devtalk_newsletter",
        category="negative",
        lang="ko",
        sender=("카카오디벨로퍼스", "devnews@kakaocorp.com"),
        to=TO,
        subject="[카카오디벨로퍼스 뉴스레터] 11월 소식: 신규 SDK 출시와 지원 종료 예정 기능 모음",
        date="2026-11-04 17:00 +0900",
        form="html",
        cte="base64",
        headers=unsub("https://developers.kakao.com/newsletter/unsubscribe?u=8f2a", "unsub@kakaocorp.com"),
        html=f"""<html><body>{preheader("이번 달 카카오디벨로퍼스 소식을 전해드립니다")}
<table width="640" align="center" style="font-family:sans-serif;font-size:14px"><tr><td>
<h2>11월 카카오디벨로퍼스 뉴스레터</h2>
<h3>1. Kakao SDK for Flutter 2.0 출시</h3><p>Dart 3 지원과 함께 로그인 흐름이 개선되었습니다.</p>
<h3>2. 지원 종료 예정 기능 한눈에 보기</h3>
<p>올해와 내년에 지원이 종료되는 기능을 정리했습니다. 각 기능의 종료 일정과 대상 앱은 개별 공지와 메일로
안내드리며, 자세한 일정은 데브톡 공지 게시판에서 확인하실 수 있습니다.</p>
<ul><li>JavaScript SDK v1 (개별 안내 예정)</li><li>카카오톡 채널 구 API (2027년 상반기 예정)</li>
<li>레거시 톡캘린더 API (종료 완료)</li></ul>
<h3>3. 개발자 밋업 신청</h3><p>12월 10일 판교에서 열리는 카카오 개발자 밋업에 초대합니다. 신청 마감 11월 30일.</p>
<p style="font-size:11px;color:#999">뉴스레터 수신을 원하지 않으시면 <a
href="https://developers.kakao.com/newsletter/unsubscribe?u=8f2a">수신거부</a>를
눌러 주세요. (주)카카오 제주특별자치도 제주시 첨단로 242</p></td></tr></table>
{PIXEL.format(host="track.kakao.com", tag="nl-2611")}</body></html>
""",
        note="newsletter: deprecations in general, no app named, meetup sign-up deadline is not an action item",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_google_dev_newsletter",
        category="negative",
        lang="en",
        sender=("Google for Developers", "googledev-noreply@google.com"),
        to=TO,
        subject="Google for Developers: What's new in Identity this quarter",
        date="2026-10-21 16:00 +0000",
        form="alt",
        cte="quoted-printable",
        headers=unsub("https://developers.google.com/newsletter/unsubscribe?id=a1b2c3"),
        text="""What's new in Identity

* Passkeys now available in Credential Manager for all Android versions from 9.
* Reminder: the Google Sign-In JavaScript Platform Library has been deprecated since 2023. If you have not
  migrated yet, read the Google Identity Services migration guide. Sunset dates vary by product and are
  announced in advance to affected developers.
* Join us at DevFest Seoul on December 5.

You're receiving this because you subscribed to Google for Developers newsletters.
Unsubscribe: https://developers.google.com/newsletter/unsubscribe?id=a1b2c3
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        html="""<html><body><h1>What's new in Identity</h1><ul>
<li>Passkeys in Credential Manager for Android 9+.</li>
<li>Reminder: the Google Sign-In JavaScript Platform Library is deprecated. Sunset dates vary and are announced
to affected developers.</li><li>DevFest Seoul, December 5.</li></ul>
<p style="font-size:11px">Google LLC | <a
href="https://developers.google.com/newsletter/unsubscribe?id=a1b2c3">Unsubscribe</a></p>
</body></html>
""",
        note="general deprecation reminder in a newsletter: no project, no date for us",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_appstore_review_accepted",
        category="negative",
        lang="en",
        sender=("App Store Connect", "no_reply@email.apple.com"),
        to=TO,
        subject='The status of your (iOS) app, MoaDiary, is now "Ready for Distribution"',
        date="2026-10-28 02:41 +0000",
        text="""Dear Moa Labs Inc.,

The following app has been approved and the status is now Ready for Distribution.

App Name: MoaDiary
App Version Number: 4.12.0
App Type: iOS
App SKU: MOADIARY-IOS
Apple ID: 1582209314

To make changes to this app, sign in to App Store Connect and open the app.

Best regards,
App Store Connect

Apple Inc. One Apple Park Way, Cupertino, CA 95014
""",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_play_console_update_ko",
        category="negative",
        lang="ko",
        sender=("Google Play Console", "noreply-play-console@google.com"),
        to=TO,
        subject="핏메이트 업데이트가 검토되었으며 Google Play에 게시되었습니다",
        date="2026-11-06 04:18 +0900",
        form="html",
        cte="base64",
        html="""<html><body style="font-family:Roboto"><table width="560" align="center"><tr><td>
<p>개발자님, 안녕하세요.</p>
<p>앱 <b>핏메이트</b>(com.moalabs.fitmate) 버전 코드 318의 업데이트가 검토를 통과하여 프로덕션 트랙에
게시되었습니다. 사용자에게 업데이트가 표시되기까지 몇 시간이 걸릴 수 있습니다.</p>
<p><a href="https://play.google.com/console">Play Console 열기</a></p>
<p style="font-size:11px;color:#777">© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>
</td></tr></table></body></html>
""",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_crashlytics_ko",
        category="negative",
        lang="ko",
        sender=("Firebase Crashlytics", "crashlytics-noreply@google.com"),
        to=TO,
        subject="[moadiary-prod] 모아다이어리(Android)에서 급증한 안정성 문제",
        date="2026-11-22 07:00 +0900",
        text="""Crashlytics 일일 요약 - 모아다이어리 (com.moalabs.diary, Android)

지난 24시간 동안 급증한 문제:
  1. java.lang.IllegalStateException: KakaoSdk is not initialized
     MainActivity.kt:88 - 사용자 412명, 비정상 종료 1,028회 (버전 4.12.0)
  2. okhttp3.internal.http2.StreamResetException
     ApiClient.kt:203 - 사용자 37명

비정상 종료를 경험하지 않은 사용자: 98.6%

Firebase Console에서 보기: https://console.firebase.google.com/project/moadiary-prod/crashlytics
이메일 알림 설정은 Firebase 콘솔의 사용자 설정에서 변경할 수 있습니다.
""",
        note="crash report mentioning the Kakao SDK: not a vendor deprecation notice",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_aws_invoice_pdf",
        category="negative",
        lang="en",
        sender=("Amazon Web Services", "aws-billing@amazon.com"),
        to=TO,
        subject="Amazon Web Services Invoice Available [Account: 482177301956] [Invoice ID: 2049817733]",
        date="2026-10-02 18:20 +0000",
        auth_domain="amazon.com",
        attachment=True,
        text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 1956, is available on
the AWS web site. Your account will be charged the following:

Total: $38.12

Billing period: September 1 - September 30, 2026
Payment due date: October 2, 2026 (charged to your card on file)

You can see a complete break-down of all charges on the Billing page at
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services
""",
        note="invoice with PDF; payment due date is not an action item",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_github_dependabot",
        category="negative",
        lang="en",
        sender=("GitHub", "notifications@github.com"),
        to=TO,
        subject="[moalabs/moa-web] Dependabot alert: next-auth vulnerable to improper OAuth state handling",
        date="2026-11-01 03:27 +0000",
        headers={
            "List-ID": "moalabs/moa-web <moa-web.moalabs.github.com>",
            "List-Unsubscribe": "<https://github.com/notifications/unsubscribe-auth/AB3XK>",
            "X-GitHub-Reason": "security_alert",
        },
        text="""Dependabot found a moderate severity vulnerability in moalabs/moa-web.

next-auth (npm) >= 4.0.0, < 4.24.12
Improper handling of the OAuth state parameter in the Google and Kakao providers.
Upgrade to 4.24.12 or later.

Dependabot will open a pull request to fix this vulnerability.

View alert: https://github.com/moalabs/moa-web/security/dependabot/41

You are receiving this because you are subscribed to security alerts for moalabs/moa-web.
""",
        note="mentions OAuth providers, but it is a library vulnerability alert",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_slack_digest_ko",
        category="negative",
        lang="ko",
        sender=("Slack", "feedback@slack.com"),
        to=TO,
        subject="[Slack] moalabs 워크스페이스에 읽지 않은 메시지 3개",
        date="2026-11-20 21:00 +0900",
        form="html",
        cte="quoted-printable",
        headers=unsub("https://slack.com/email-preferences?token=x9"),
        html="""<html><body style="font-family:Lato,sans-serif"><table width="560" align="center"><tr><td>
<p><b>moalabs</b>에서 놓친 메시지가 있습니다</p>
<p><b>#dev-alerts</b><br>Sentry: 도메인 만료 체크 잡이 실패했습니다 (cron)<br>
<b>#general</b>
<br>김도윤: 내일 스탠드업은 10시 반에 해요<br>박지훈: 카카오 로그인 건은 다음주 월요일까지 정리해볼게요</p>
<p><a href="https://moalabs.slack.com">Slack에서 열기</a></p>
<p style="font-size:11px;color:#999">Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105</p>
</td></tr></table></body></html>
""",
        note="chat digest quoting colleagues about domains and Kakao login; no vendor notice",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_recruiting_wanted_ko",
        category="negative",
        lang="ko",
        sender=("원티드", "noreply@wanted.co.kr"),
        to=TO,
        subject="[원티드] 모아랩스 '백엔드 개발자' 공고 마감 D-3 안내",
        date="2026-11-17 10:00 +0900",
        headers=unsub("https://www.wanted.co.kr/unsubscribe?k=9921"),
        text=f"""모아랩스 채용 담당자님, 안녕하세요.

등록하신 포지션의 공고 마감이 다가왔습니다.

  포지션: 백엔드 개발자 (Kotlin/Spring, 소셜 로그인 연동 경험 우대)
  마감일: {kd(2026, 11, 20)} (D-3)
  지원자: 27명 (미열람 9명)

마감 연장이 필요하면 기업 대시보드에서 변경할 수 있습니다.
(주)원티드랩 | 서울특별시 송파구 올림픽로 300
""",
        note="recruiting: a D-3 job-posting close, not a vendor notice",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_google_security_alert_ko",
        category="negative",
        lang="ko",
        sender=("Google", "no-reply@accounts.google.com"),
        to=TO,
        subject="보안 알림",
        date="2026-11-12 23:48 +0900",
        form="html",
        cte="base64",
        html="""<html><body style="font-family:Roboto">
<table width="520" align="center" style="border:1px solid #dadce0;padding:24px"><tr><td>
<p style="font-size:20px">Windows 기기에서 새로 로그인함</p><p>dev@moalabs.co.kr</p>
<p>Google 계정에 새로 로그인되었습니다. 본인이 로그인한 경우 별도로 조치할 필요가 없습니다. 본인이 아닌 경우
계정 보안을 위해 조치해 드리겠습니다.</p>
<p><a href="https://accounts.google.com/AccountChooser?Email=dev@moalabs.co.kr">활동 확인</a></p>
<p style="font-size:11px;color:#777">Google 계정 및 서비스의 중요한 변경사항을 알리기 위해 발송된 이메일입니다.<br>
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p></td></tr></table></body></html>
""",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_own_it_password_expiry",
        category="negative",
        lang="ko",
        sender=("모아랩스 IT지원", "it@moalabs.co.kr"),
        to=TO,
        subject="[사내IT] 계정 비밀번호 만료 예정 안내 (7일 남음)",
        date="2026-11-16 08:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""dev 공용 계정 관리자님,

사내 SSO(모아랩스 계정) 비밀번호가 7일 후 만료됩니다. 만료 전 비밀번호를 변경해 주세요.

  계정: dev@moalabs.co.kr
  비밀번호 만료일: 2026-11-23

변경: https://sso.moalabs.co.kr/password
문의: IT지원 it@moalabs.co.kr / 내선 201
""",
        note="company's own IT password expiry: not a vendor notice",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_gabia_ssl_expiry_ko",
        category="negative",
        lang="ko",
        sender=("가비아", "ssl@gabia.com"),
        to=TO,
        subject="[가비아] SSL 인증서 만료 예정 안내 (*.moalabs.co.kr)",
        date="2026-11-10 09:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><body><table width="640" style="font-size:13px;font-family:'Malgun Gothic'"><tr><td>
<p>안녕하세요, 가비아입니다.</p>
<p>고객님의 SSL 인증서 만료일이 다가와 안내드립니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>인증서</th><th>적용 도메인</th>
<th>만료일</th></tr>
<tr><td>Sectigo PositiveSSL Wildcard</td><td>*.moalabs.co.kr</td><td>2026-12-20</td></tr></table>
<p>만료 전에 갱신하지 않으면 브라우저에 보안 경고가 표시됩니다.</p>
<p style="font-size:11px;color:#888">(주)가비아 | 경기도 성남시 분당구 대왕판교로 660</p></td></tr></table>
</body></html>
""",
        note="certificate expiry from a registrar: not a built-in kind (not domain-expiry)",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_nhn_credit_coupon_ko",
        category="negative",
        lang="ko",
        sender=("NHN Cloud", "news@nhncloud.com"),
        to=TO,
        subject="(광고) [NHN Cloud] 보유하신 10만원 크레딧 쿠폰이 곧 만료됩니다",
        date="2026-11-18 11:00 +0900",
        form="html",
        cte="base64",
        headers=unsub("https://www.nhncloud.com/kr/unsubscribe?e=ZGV2", "unsubscribe@nhncloud.com"),
        html=f"""<html><body>{preheader("쿠폰 유효기간을 확인하세요")}<table width="600" align="center"><tr><td>
<h2>크레딧 쿠폰 만료 D-12</h2>
<p>모아랩스 님이 보유하신 스타트업 지원 크레딧 쿠폰(100,000원)이 {kd(2026, 11, 30)}에 만료됩니다.
지금 GPU 인스턴스를 체험해 보세요!</p>
<p>※ 12월 한정: 신규 프로젝트 생성 시 추가 크레딧 증정 (12월 31일까지)</p>
<p style="font-size:11px;color:#999">본 메일은 광고성 정보 수신에 동의하신 분께 발송되었습니다.
<a href="https://www.nhncloud.com/kr/unsubscribe?e=ZGV2">수신거부</a> | NHN Cloud Corp.</p></td></tr></table>
</body></html>
""",
        note="(광고) coupon expiry: marketing",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_namecheap_ai_sale",
        category="negative",
        lang="en",
        sender=("Namecheap", "deals@news.namecheap.com"),
        to=TO,
        subject="Register your .ai domain now - sale ends Nov 30",
        date="2026-11-19 14:00 +0000",
        form="html",
        cte="quoted-printable",
        headers=unsub("https://news.namecheap.com/unsub?c=77121", "unsub-77121@news.namecheap.com"),
        html="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<h1>Your AI startup deserves a .ai</h1><p>Register .ai domains for $59.98/yr. Offer expires November 30,
2026 at 11:59 PM EST. Don't let your perfect name expire in someone else's cart!</p>
<p><a href="https://www.namecheap.com/domains/registration/gtld/ai/">Search now</a></p>
<p style="font-size:11px">Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034 |
<a href="https://news.namecheap.com/unsub?c=77121">Unsubscribe</a></p></td></tr></table></body></html>
""",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_route53_whois_accuracy",
        category="negative",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        to=TO,
        subject="Confirm that contact information for your domain is correct",
        date="2026-09-16 12:00 +0000",
        text="""Dear AWS customer,

The Internet Corporation for Assigned Names and Numbers (ICANN) requires that we ask you annually to review
the contact information for your domain. Please review the information below. If it is correct, you don't
need to do anything.

Domain name: moalabs.io
Expiration date: Jan 19, 2027
Registrant: Moa Labs Inc., 14 Teheran-ro 2-gil, Gangnam-gu, Seoul, KR
Email: dev@moalabs.co.kr

If the information is not correct, update it in the Route 53 console. Providing false contact information
can result in the suspension of your domain.

Sincerely,
Amazon Route 53
""",
        note="ICANN WHOIS data reminder merely listing the expiry",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_vercel_trial_ends",
        category="negative",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        to=TO,
        subject="Your Pro trial for moalabs ends in 3 days ⏳",
        date="2026-09-24 15:00 +0000",
        form="html",
        cte="7bit",
        html="""<html><body style="font-family:Inter,sans-serif"><table width="465" align="center"><tr><td>
<h1 style="font-weight:400">Your Pro trial ends in 3 days</h1>
<p>Your 14-day Pro trial for the team <b>moalabs</b> ends on September 27, 2026. Add a payment method to keep
Pro features such as team collaboration and higher included usage. If you don't, your team will move to the
Hobby plan.</p><p><a href="https://vercel.com/moalabs/~/settings/billing">Upgrade to Pro</a></p>
<p style="font-size:12px;color:#666">Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723</p></td></tr>
</table></body></html>
""",
        note="free-trial end: a billing/plan change, not a quota filling up or a suspension; labelled negative",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_personal_passport_ko",
        category="negative",
        lang="ko",
        sender=("이서연", "seoyeon.lee@moalabs.co.kr"),
        to=TO,
        subject="다음주 도쿄 컨퍼런스 건",
        date="2026-10-19 18:22 +0900",
        text="""다들 안녕하세요,

다음주 LINE DEV DAY 도쿄 출장 건인데, 제 여권이 12월에 만료돼서 일본 입국은 괜찮은지 확인해보니 문제 없다고
하네요. 항공권은 지훈님이 예약해 주셨고, 호텔 예약 확인 메일은 11월 1일까지 취소 가능하다고 합니다.

발표 자료는 금요일까지 공유드릴게요.
서연
""",
        note="personal mail with 'expire' and dates",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_meta_app_review_ko",
        category="negative",
        lang="ko",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        to=TO,
        subject="모아다이어리의 앱 검수가 승인되었습니다",
        date="2026-10-07 06:15 +0900",
        text="""도윤님, 안녕하세요.

모아다이어리(앱 ID: 1983740215566012)에서 요청한 다음 권한의 앱 검수가 승인되었습니다.
  - email: 고급 액세스 승인
  - public_profile: 고급 액세스 승인

이제 모든 사용자에게 이 권한을 요청할 수 있습니다.

감사합니다.
Meta for Developers 팀
Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_line_newsletter_ja",
        category="negative",
        lang="mixed",
        sender=("LINE Developers", "news@linecorp.com"),
        to=TO,
        subject="LINE Developers Newsletter vol.58 / 2026年10月号",
        date="2026-10-15 11:00 +0900",
        cte="base64",
        headers=unsub("https://developers.line.biz/newsletter/unsubscribe?id=5f9"),
        text="""LINE Developers Newsletter 2026年10月号

■ 今月のトピック
・LINE Login v2.1 の新しいクレーム追加
・Messaging API 旧エンドポイントの廃止予定一覧（各廃止日は個別のニュースでお知らせします）
・LINE DEV DAY 2026 開催決定（11/26-27）

■ Topics this month (English)
- New claims in LINE Login v2.1
- Upcoming deprecations of legacy Messaging API endpoints (dates announced in separate news posts)
- LINE DEV DAY 2026, Nov 26-27

配信停止 / Unsubscribe: https://developers.line.biz/newsletter/unsubscribe?id=5f9
LY Corporation
""",
        note="Japanese+English newsletter listing deprecations in general",
    )
)

NEGATIVES.append(
    Mail(
        name="neg_apple_news_requirements",
        category="negative",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        to=TO,
        subject="Upcoming SDK minimum requirements",
        date="2026-11-13 17:00 +0000",
        form="html",
        cte="quoted-printable",
        headers=unsub("https://developer.apple.com/unsubscribe/?e=ZGV2"),
        html="""<html><body style="font-family:-apple-system,Helvetica"><table width="600" align="center"><tr><td>
<h1>Upcoming SDK minimum requirements</h1>
<p>Beginning April 28, 2027, apps uploaded to App Store Connect must be built with Xcode 27 and the iOS 27 SDK.
Learn about the latest features in the SDKs, including updates to AuthenticationServices.</p>
<p><a href="https://developer.apple.com/news/">Read more on Apple Developer News</a></p>
<p style="font-size:11px;color:#86868b">Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.
<a href="https://developer.apple.com/unsubscribe/?e=ZGV2">Unsubscribe</a></p></td></tr></table></body></html>
""",
        note="general developer news to every developer about build requirements, not sign-in retirement",
    )
)

# ---------------------------------------------------------------- replies (give nothing)
REPLIES: list[Mail] = []

REPLIES.append(
    Mail(
        name="rep_kakao_d7_ko",
        category="reply",
        lang="ko",
        sender=("김도윤", "doyoon.kim@moalabs.co.kr"),
        to=TO,
        subject="Re: [카카오디벨로퍼스] D-7 카카오 로그인 동의항목 '카카오계정(전화번호)' 검수 정책 적용",
        date="2026-11-18 11:35 +0900",
        text="비즈 앱 전환 신청은 어제 넣어뒀고 검수 대기중입니다. 결과 나오면 공유할게요.\n\n"
        "2026년 11월 18일 (수) 오전 10:00, 카카오디벨로퍼스 <noreply_developers@kakaocorp.com>님이 작성:\n"
        + quote(
            """[D-7] 카카오 로그인 동의항목 정책 적용이 일주일 남았습니다.

대상 앱 : 모아다이어리 (앱 ID 1048213)
적용까지 : D-7"""
        ),
        note="reply quoting a notice: no new item",
    )
)

_vercel_quoted = """Your team moalabs has reached its usage limit

Your Hobby team moalabs has used 100% of the included Fast Data Transfer (100 GB) for the current period.
Projects on the Hobby plan that exceed the included usage are paused until the usage window resets."""
REPLIES.append(
    Mail(
        name="rep_vercel_long_thread",
        category="reply",
        lang="en",
        sender=("Seoyeon Lee", "seoyeon.lee@moalabs.co.kr"),
        to=TO,
        subject="Re: Re: Re: Usage limit reached for moalabs — Fast Data Transfer",
        date="2026-11-12 16:20 +0900",
        form="alt",
        cte="quoted-printable",
        headers={
            "In-Reply-To": "<thread-vercel-3@moalabs.co.kr>",
            "References": "<vercel-usage-1@vercel.com> <thread-vercel-1@moalabs.co.kr> <thread-vercel-2@moalabs.co.kr>",
        },
        text="""Done - moved the OG image generation to a cron and turned on caching. Traffic should drop by half.

On Thu, Nov 12, 2026 at 2:05 PM Jihoon Park <jihoon.park@moalabs.co.kr> wrote:
> Upgrading costs $20/seat/month. Can we try caching first?
>
> On Thu, Nov 12, 2026 at 11:40 AM Doyoon Kim <doyoon.kim@moalabs.co.kr> wrote:
>> moa-web is down with 402 since this morning. Either we upgrade or we cut transfer.
>>
>> On Wed, Nov 11, 2026 at 10:52 PM Vercel <notifications@vercel.com> wrote:
"""
        + quote(_vercel_quoted, ">>> ")
        + "\n",
        html="<div>Done - moved the OG image generation to a cron and turned on caching.</div>"
        '<blockquote type="cite">Upgrading costs $20/seat/month. Can we try caching first?'
        "<blockquote>moa-web is down with 402 since this morning.<blockquote>"
        + _vercel_quoted.replace("\n", "<br>")
        + "</blockquote></blockquote></blockquote>\n",
        note="long thread (three levels) quoting the Vercel notice: no new item",
    )
)

REPLIES.append(
    Mail(
        name="rep_gabia_grace_outlook_ko",
        category="reply",
        lang="ko",
        sender=("박지훈", "jihoon.park@moalabs.co.kr"),
        to=TO,
        subject="RE: [가비아] 만료된 도메인 복구 기간 안내 - fitmate.co.kr",
        date="2026-11-05 10:14 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""fitmate.co.kr 은 예전 랜딩용이라 이제 안 쓰는 것 같은데, 혹시 앱 딥링크에 남아있는지 확인 후 결정할게요.

-----Original Message-----
From: 가비아 <domain@gabia.com>
Sent: Thursday, November 5, 2026 9:30 AM
To: dev@moalabs.co.kr
Subject: [가비아] 만료된 도메인 복구 기간 안내 - fitmate.co.kr

고객님의 도메인 fitmate.co.kr이 2026.10.30. 만료되어 현재 정지 상태입니다.
복구 가능 기한 : 2026년 11월 29일(일) 까지
""",
        note="Outlook reply quoting the grace-period notice: no new item",
    )
)

# ---------------------------------------------------------------- phishing
PHISHING: list[Mail] = []

PHISHING.append(
    Mail(
        name="phi_gabia_lookalike_ko",
        category="phishing",
        lang="ko",
        sender=("가비아", "notice@gabia-renewal.com"),
        to=TO,
        subject="[가비아] 도메인 긴급 만료 안내 - 24시간 내 결제 필요",
        date="2026-11-20 02:13 +0900",
        form="html",
        cte="base64",
        html="""<html><body><table width="600"><tr><td>
<p>고객님의 도메인 <b>moalabs.co.kr</b> 이(가) 2026년 11월 21일 만료됩니다.</p>
<p>24시간 내 연장 결제하지 않으면 도메인이 즉시 삭제되며 복구가 불가능합니다.</p>
<p><a href="http://gabia-renewal.com/pay?d=moalabs.co.kr">지금 결제하기</a></p>
<p style="font-size:11px">(주)가비아</p></td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Gabia", "moalabs.co.kr", "2026-11-21", suspicious=True)],
        note="look-alike domain gabia-renewal.com (authenticates for itself)",
    )
)

PHISHING.append(
    Mail(
        name="phi_meta_gmail_ko",
        category="phishing",
        lang="ko",
        sender=("Meta 개발자 지원", "meta.dev.support.team@gmail.com"),
        to=TO,
        subject="[긴급] 앱 모아다이어리가 정책 위반으로 비활성화될 예정입니다",
        date="2026-11-02 04:55 +0900",
        text="""안녕하세요 개발자님,

귀하의 앱 모아다이어리(앱 ID: 1983740215566012)가 Facebook 로그인 정책을 위반하여 2026년 11월 5일에
영구 비활성화됩니다. 이의 제기를 하려면 48시간 이내에 아래 양식에서 관리자 계정으로 로그인하세요.

https://meta-appeal-center.com/review?app=1983740215566012

Meta Platforms 개발자 지원팀
""",
        items=[item(SOCIAL, "Meta", "모아다이어리", "2026-11-05", suspicious=True, aliases=["1983740215566012"])],
        note="vendor display name on a gmail.com address",
    )
)

PHISHING.append(
    Mail(
        name="phi_apple_dkim_fail_forged_pass",
        category="phishing",
        lang="en",
        sender=("Apple Developer", "developer@email.apple.com"),
        to=TO,
        subject="Sign in with Apple: your Services ID will be disabled",
        date="2026-11-17 13:09 +0000",
        auth=[
            "mx.google.com;\r\n       dkim=fail header.i=@email.apple.com header.s=sig1 header.b=Qz81kPaa;\r\n"
            "       spf=fail (google.com: domain of developer@email.apple.com does not designate 185.231.4.18 as"
            " permitted sender) smtp.mailfrom=developer@email.apple.com;\r\n"
            "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=email.apple.com",
            "email.apple.com; dkim=pass header.i=@email.apple.com; spf=pass smtp.mailfrom=email.apple.com;"
            " dmarc=pass header.from=email.apple.com",
        ],
        text="""Dear Developer,

Your Sign in with Apple configuration for the Services ID com.moalabs.web.signin failed verification.
The Services ID will be disabled on November 24, 2026 unless you re-verify your Apple Account.

Verify now: https://appleid-developer-verify.net/signin

Apple Developer Support
""",
        items=[item(SOCIAL, "Apple", "com.moalabs.web.signin", "2026-11-24", suspicious=True)],
        note="real Apple domain but dkim/spf/dmarc fail in the topmost Authentication-Results; a lower forged "
        "header claims pass",
    )
)

_puny = "kakaoc\u043erp.com".encode("idna").decode("ascii")
PHISHING.append(
    Mail(
        name="phi_kakao_punycode_ko",
        category="phishing",
        lang="ko",
        sender=("카카오디벨로퍼스", f"noreply@{_puny}"),
        to=TO,
        subject="[카카오디벨로퍼스] 앱 키 유출 감지 - 앱 이용 중지 예정 안내",
        date="2026-11-10 03:40 +0900",
        form="html",
        cte="quoted-printable",
        html="""<html><body><p>안녕하세요, 카카오디벨로퍼스입니다.</p>
<p>회원님의 앱 <b>핏메이트</b>(앱 ID 1051877)의 REST API 키가 외부에 유출된 것으로 확인되었습니다.
2026년 11월 12일까지 아래 링크에서 본인 확인을 하지 않으면 카카오 로그인 이용이 중지됩니다.</p>
<p><a href="https://developers.kakaocorp-login.com/verify">본인 확인하기</a></p></body></html>
""",
        items=[item(SOCIAL, "Kakao", "핏메이트", "2026-11-12", suspicious=True, aliases=["1051877"])],
        note=f"homoglyph sender domain {_puny} (Cyrillic o in kakaocorp)",
    )
)

PHISHING.append(
    Mail(
        name="phi_firebase_lookalike_quota",
        category="phishing",
        lang="en",
        sender=("Firebase", "alerts@firebase-console-alerts.com"),
        to=TO,
        subject="URGENT: project moadiary-prod will be deleted - quota exceeded",
        date="2026-11-21 22:17 +0000",
        text="""Your Firebase project moadiary-prod exceeded its storage quota.

The project and all of its data will be deleted within 24 hours unless billing is confirmed.
Confirm billing: http://firebase-console-alerts.com/billing/confirm?p=moadiary-prod

Firebase Support
""",
        items=[item(QUOTA, "Firebase", "moadiary-prod", "2026-11-22", suspicious=True)],
        note="look-alike domain using the vendor name as a prefix",
    )
)

PHISHING.append(
    Mail(
        name="phi_naver_spf_softfail_ko",
        category="phishing",
        lang="ko",
        sender=("NAVER Developers", "dl_naverdevelopers@navercorp.com"),
        to=TO,
        subject="[네이버 로그인] Client Secret 재발급 필요 안내",
        date="2026-11-19 01:02 +0900",
        auth="softfail",
        charset="euc-kr",
        cte="base64",
        text="""[NAVER Developers]

모아다이어리 애플리케이션(Client ID: Xq7hT2mLw9aRb3KdPz1c)의 Client Secret이 보안 정책에 따라
2026년 11월 22일 만료됩니다. 만료 전 아래 링크에서 네이버 아이디로 로그인하여 재발급하세요.

http://naver-developers.help/secret/renew

NAVER Corp.
""",
        items=[item(SOCIAL, "Naver", "모아다이어리", "2026-11-22", suspicious=True, aliases=["Xq7hT2mLw9aRb3KdPz1c"])],
        note="real Naver sender domain, spf softfail / dkim fail / dmarc fail in the topmost header",
    )
)

PHISHING.append(
    Mail(
        name="phi_route53_lookalike",
        category="phishing",
        lang="en",
        sender=("Amazon Route 53", "no-reply@registrar-amazon.com"),
        to=TO,
        subject="Your domain moalabs.io has expired",
        date="2026-11-08 09:00 +0000",
        form="html",
        cte="7bit",
        html="""<html><body style="font-family:Arial"><p>Dear AWS customer,</p>
<p>The registration for <b>moalabs.io</b> expired on November 7, 2026 because your payment failed. Renew by
November 10, 2026 to avoid losing the domain.</p>
<p><a href="http://registrar-amazon.com/renew?domain=moalabs.io">Renew domain</a></p>
<p>Amazon Route 53</p></body></html>
""",
        items=[item(DOMAIN, "Route 53", "moalabs.io", "2026-11-10", suspicious=True)],
        note="look-alike registrar-amazon.com (real Route 53 mail comes from registrar.amazon.com)",
    )
)
_ = preheader
