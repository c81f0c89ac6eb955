"""Social-login-deprecation mails of holdout3: Kakao (로그인, 카카오싱크, SDK), Naver (네이버 로그인), Apple
(Korean developer mail), Google (Korean), Meta and LINE (English), a digest, a follow-up, a resolution."""

from __future__ import annotations

from corpus_lib import SOCIAL, Mail, item
from h3_common import DEV, EXTRAS, OPS, ko

MAILS: list[Mail] = []

_KAKAO_SIGN = """언제나 더 좋은 서비스를 제공하기 위해 최선을 다하겠습니다.
감사합니다.

카카오디벨로퍼스 https://developers.kakao.com
데브톡 https://devtalk.kakao.com
본 메일은 카카오디벨로퍼스 앱 관리자에게 발송되는 발신 전용 메일입니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242 | 대표이사 정신아
"""

# --- Kakao: two phases (1차/2차); the first not yet past is the deadline --------------------------------
MAILS.append(
    Mail(
        name="h3_kakao_phases_ko",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] [사전 안내] JavaScript SDK v1 카카오 로그인 기능 지원 종료",
        date="2026-10-20 14:00 +0900",
        to=DEV,
        text=f"""안녕하세요, 카카오입니다.

카카오 로그인 보안 강화를 위해 Kakao SDK for JavaScript v1(kakao.min.js 1.x)의
카카오 로그인 기능 지원을 아래 일정에 따라 종료합니다.

대상 앱
- 달빛마켓 (앱 ID: 1048576)

종료 일정
- 1차 : {ko(2026, 12, 1)} - Kakao.Auth.login() 등 팝업 방식 로그인 함수 지원 종료
- 2차 : {ko(2027, 3, 2)} - v1 SDK를 통한 모든 카카오 로그인 요청 차단

종료 후 v1 SDK로 카카오 로그인을 요청하면 에러 응답을 받게 됩니다.
따라서 1차 종료일 전까지 JavaScript SDK v2로 업데이트하고
Kakao.Auth.authorize() 방식으로 변경해야 합니다.

참고 문서
- JavaScript SDK v2 마이그레이션 가이드: https://developers.kakao.com/docs/latest/ko/javascript/migration

{_KAKAO_SIGN}""",
        note="phases 1차 2026-12-01 and 2차 2027-03-02: the first not yet past on the mail's date",
        items=[item(SOCIAL, "Kakao", "달빛마켓", "2026-12-01", aliases=["1048576"])],
    )
)

# --- 카카오싱크: HTML table, "…부터 지원 종료" --------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_kakaosync_terms_html",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오싱크] 서비스 약관 동의 파라미터 변경 안내",
        date="2026-11-10 11:00 +0900",
        form="html",
        to=DEV,
        html=f"""<html><body style="font-family:'Apple SD Gothic Neo','Malgun Gothic';font-size:14px;color:#191919">
<div style="max-width:640px;margin:0 auto;padding:32px;border:1px solid #eee">
<div style="font-size:20px;font-weight:bold;margin-bottom:20px">kakao developers</div>
<p>안녕하세요, 카카오입니다.</p>
<p>카카오싱크 간편가입의 서비스 약관 동의 처리 방식이 변경되어 안내 드립니다.</p>
<h4>적용 일자</h4>
<ul><li>{ko(2027, 1, 14)}</li></ul>
<h4>변경 사항</h4>
<table border="1" cellpadding="8" style="border-collapse:collapse;font-size:13px">
<tr style="background:#fafafa"><th>구분</th><th>변경 전</th><th>변경 후</th></tr>
<tr><td>인가 코드 요청 파라미터</td><td>service_terms</td><td>(지원 종료)</td></tr>
<tr><td>약관 동의 내역 응답 필드</td><td>allowed_service_terms</td><td>service_terms</td></tr>
</table>
<h4>대상</h4>
<ul><li>카카오싱크를 사용하는 앱: <b>달빛예약</b> (앱 ID: 2097152)</li></ul>
<h4>필요한 조치</h4>
<p>적용 일자 전까지 서비스 약관 동의 내역 조회 API의 응답 필드를 service_terms로 변경해 주세요.
적용 일자 이후 기존 파라미터는 무시됩니다.</p>
<p style="color:#888;font-size:12px">게시일: 2026.11.10 | 문서 최종 수정일: 2026.11.09</p>
<hr><p style="font-size:11px;color:#999">(주)카카오 | 본 메일은 발신 전용입니다.</p>
</div></body></html>
""",
        note="게시일 and 최종 수정일 are distractors",
        items=[item(SOCIAL, "Kakao", "달빛예약", "2027-01-14", aliases=["2097152"])],
    )
)

# --- 네이버 로그인: EUC-KR plain, "2026.12.31" ------------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_naver_sdk_euckr",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        subject="[네이버 개발자센터] 네이버 로그인 구버전 SDK 지원 종료 안내",
        date="2026-11-02 10:30 +0900",
        charset="euc-kr",
        cte="base64",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인을 이용해 주시는 개발자 여러분께 감사드립니다.
보안 정책 강화에 따라 아래 버전의 네이버 로그인 SDK 지원이 종료됩니다.

■ 종료 대상
 - 네이버 아이디로 로그인 Android SDK 4.x 이하
 - 네이버 아이디로 로그인 iOS SDK 4.1.x 이하

■ 종료 일자 : 2026.12.31 (목)

■ 확인된 애플리케이션
 - 애플리케이션 이름 : 달빛북
 - Client ID : dLbT7yQn2sKx

종료 일자 이후에는 구버전 SDK를 통한 로그인 요청이 실패합니다.
최신 SDK(5.x)로 업데이트한 후 앱을 배포해 주시기 바랍니다.

관련 문서: https://developers.naver.com/docs/login/android/
문의: 네이버 개발자 포럼 https://developers.naver.com/forum

NAVER Corp.
""",
        note="dotted date with weekday in parentheses",
        items=[item(SOCIAL, "Naver", "달빛북", "2026-12-31", aliases=["dLbT7yQn2sKx"])],
    )
)

# --- 네이버 로그인: deprecated now, end date to be announced (undated item) -------------------------------
MAILS.append(
    Mail(
        name="h3_naver_undated_ko",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        subject="[공지] 네이버 로그인 회원 프로필 조회 API 일부 필드 제공 중단 예정",
        date="2026-09-24 15:00 +0900",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 회원 프로필 조회 API(/v1/nid/me)의 응답 필드 중
'enc_id' 필드가 오늘부터 deprecated 처리되었습니다.

해당 필드는 추후 제공이 중단될 예정이며, 정확한 종료 일정은 확정되는 대로
개발자센터 공지사항과 메일로 다시 안내드리겠습니다.

enc_id 를 사용 중인 서비스는 'id' 필드(이용자 식별자)를 사용하도록 변경해 주세요.
(참고: 2021년 5월 1일 이후 생성된 애플리케이션은 64자 이내 BASE64 형식의 식별자를 받습니다.)

감사합니다.
네이버 개발자센터 드림
""",
        note="deprecated now, end date to be announced: an undated item (deadline null); 2021-05-01 is background",
        items=[item(SOCIAL, "Naver", "회원 프로필 조회 API", None, aliases=["/v1/nid/me", "enc_id"])],
    )
)

# --- Apple (Korean developer mail): requirement from a date --------------------------------------------
MAILS.append(
    Mail(
        name="h3_apple_siwa_ko",
        category="positive",
        lang="ko",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="'Apple로 로그인'을 사용하는 웹사이트에 대한 새로운 요구 사항",
        date="2026-11-04 02:00 +0000",
        form="alt",
        text=f"""'Apple로 로그인'을 사용하는 웹사이트에 대한 새로운 요구 사항

{ko(2027, 1, 15, weekday=False)}부터, 서버 간 알림 엔드포인트가 등록되지 않은 서비스 ID로 요청된
'Apple로 로그인' 웹 인증은 거부됩니다. 웹사이트를 앱과 연결하여 'Apple로 로그인'을 사용하는 경우,
이 날짜 전에 인증서, 식별자 및 프로파일에서 서비스 ID에 알림 엔드포인트를 등록해 주시기 바랍니다.

알림 엔드포인트를 등록하면 Apple이 다음과 같은 중요 업데이트를 보내드릴 수 있습니다.
 - 이메일 전달 환경설정 변경 사항
 - 앱에서의 계정 삭제
 - Apple 계정 영구 삭제

자세히 알아보기: https://developer.apple.com/kr/help/account/capabilities/enabling-server-to-server-notifications

Apple Developer Program 회원 계정: Dalbit Studio Co., Ltd. (팀 ID: 7QK2M4XJ9D)

Copyright © 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States.
모든 권리 보유. 개인정보 처리방침 | 이메일 수신 설정
""",
        html=f"""<html><body style="background:#f5f5f7;font-family:'Apple SD Gothic Neo',sans-serif">
<table align="center" width="600" style="background:#fff"><tr><td style="padding:40px">
<img src="https://developer.apple.com/assets/elements/icons/developer/developer-64x64.png" width="40">
<h1 style="font-size:28px;font-weight:600">'Apple로 로그인'을 사용하는 웹사이트에 대한 새로운 요구 사항</h1>
<p>{ko(2027, 1, 15, weekday=False)}부터, 서버 간 알림 엔드포인트가 등록되지 않은 서비스 ID로 요청된
'Apple로 로그인' 웹 인증은 거부됩니다. 이 날짜 전에 서비스 ID에 알림 엔드포인트를 등록해 주시기 바랍니다.</p>
<ul><li>이메일 전달 환경설정 변경 사항</li><li>앱에서의 계정 삭제</li><li>Apple 계정 영구 삭제</li></ul>
<p><a href="https://developer.apple.com/kr/help/account/">자세히 알아보기</a></p>
<p style="font-size:11px;color:#86868b">Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA
95014.<br>모든 권리 보유.</p>
</td></tr></table></body></html>
""",
        note="requirement from 2027-01-15: act before that date; the notice goes to every Korean developer",
        items=[
            item(
                SOCIAL,
                "Apple",
                "Apple로 로그인",
                "2027-01-15",
                aliases=["Sign in with Apple", "서버 간 알림 엔드포인트"],
            )
        ],
    )
)

# --- Google (Korean localized): "[조치 필요]", "on or after" as "…이후" -----------------------------------
MAILS.append(
    Mail(
        name="h3_google_gis_ko",
        category="positive",
        lang="ko",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[조치 필요] 2027년 2월 26일 이후 Google 로그인 JavaScript 플랫폼 라이브러리 사용 중단",
        date="2026-11-09 17:30 +0000",
        cte="quoted-printable",
        text="""Google Cloud 고객님께,

Google 로그인 JavaScript 플랫폼 라이브러리(apis.google.com/js/platform.js, gapi.auth2)를
사용하는 OAuth 클라이언트가 프로젝트에서 감지되어 연락드립니다.

2027년 2월 26일 이후에는 이 라이브러리를 통한 새 로그인 요청이 실패합니다.
사용자 로그인이 중단되지 않도록 그 전에 Google ID 서비스(GIS) 라이브러리로 이전하세요.

영향을 받는 프로젝트
  프로젝트 ID: dalbit-web-prod
  OAuth 클라이언트 ID: 48213377120-k2v9d.apps.googleusercontent.com

필요한 조치
  1. 이전 가이드를 검토합니다: https://developers.google.com/identity/gsi/web/guides/migration
  2. gapi.auth2 호출을 google.accounts.id 및 google.accounts.oauth2로 바꿉니다.
  3. 변경사항을 배포합니다.

도움이 필요하시면 Google Cloud 지원팀에 문의하세요.

감사합니다.
Google Cloud 팀

© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
이 서비스 공지는 Google Cloud Platform 계정의 중요한 변경사항을 알려드리기 위해 발송되었습니다.
""",
        note="'…이후 실패' (on or after): the deadline is that date",
        items=[
            item(
                SOCIAL,
                "Google",
                "dalbit-web-prod",
                "2027-02-26",
                aliases=["48213377120-k2v9d.apps.googleusercontent.com", "gapi.auth2"],
            )
        ],
    )
)

# --- Meta (English): Graph API version, "Jan. 21st" without a year --------------------------------------
MAILS.append(
    Mail(
        name="h3_meta_graph_en",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "developers@facebookmail.com"),
        subject="Action needed: Graph API v19.0 will be deprecated for Dalbit Market",
        date="2026-11-11 21:05 +0000",
        form="html",
        to=DEV,
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1c1e21">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0">
<img src="https://static.xx.fbcdn.net/rsrc.php/meta-logo.png" height="24" alt="Meta"></td></tr>
<tr><td>
<p>Hi Dalbit,</p>
<p>Your app <b>Dalbit Market</b> (App ID: 913377450012) made calls to Graph API v19.0 in the last 30 days.
Graph API v19.0 will no longer be available on Jan. 21st. Facebook Login requests made by your app to
v19.0 after that date will be automatically upgraded to the oldest available version, which may break
your login flow.</p>
<p>To avoid disruption, upgrade your app's calls to v21.0 or later. Review the changelog for breaking
changes to Facebook Login and the Graph API.</p>
<p><a href="https://developers.facebook.com/apps/913377450012/dashboard/">Go to App Dashboard</a></p>
<p style="font-size:12px;color:#65676b">This message was sent to dev@dalbit-studio.kr. You received this
because you're an admin of Dalbit Market.<br>Meta Platforms, Inc., Attention: Community Support,
1 Meta Way, Menlo Park, CA 94025</p>
</td></tr></table></td></tr></table></body></html>
""",
        note="'Jan. 21st' without a year: the next such date after 2026-11-11 is 2027-01-21",
        items=[item(SOCIAL, "Meta", "Dalbit Market", "2027-01-21", aliases=["913377450012"])],
    )
)

# --- LINE Login (English, Japanese-flavoured), "2027/01/20" ---------------------------------------------
MAILS.append(
    Mail(
        name="h3_line_login_en",
        category="positive",
        lang="en",
        sender=("LINE Developers", "dl_line_developers@lycorp.co.jp"),
        subject="[LINE Developers] [Important] End of support for LINE Login v2.0 endpoints",
        date="2026-10-29 06:00 +0000",
        text="""Thank you for always using LINE Developers.

We would like to inform you that the LINE Login v2.0 endpoints will be discontinued as follows.
Your channel below is still sending requests to the v2.0 endpoints.

Channel name : Dalbit Login
Channel ID   : 1657742201
Provider     : Dalbit Studio

Scheduled end date : 2027/01/20 (JST)

After the end date, authorization requests and token requests to the v2.0 endpoints will return errors,
and users will not be able to log in to your service with LINE.
Please migrate to LINE Login v2.1 by the scheduled end date.

For details, please refer to the news on the LINE Developers site:
https://developers.line.biz/en/news/

We apologize for any inconvenience this may cause, and thank you for your understanding.

LY Corporation
""",
        note="YYYY/MM/DD with JST",
        items=[item(SOCIAL, "LINE", "Dalbit Login", "2027-01-20", aliases=["1657742201"])],
    )
)

# --- Kakao, bilingual (Korean then English) --------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_kakao_android_v1_mixed",
        category="positive",
        lang="mixed",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[공지] Android SDK v1 지원 종료 / [Notice] End of support for Android SDK v1",
        date="2026-11-21 10:00 +0900",
        text=f"""안녕하세요, 카카오입니다.

Kakao SDK for Android v1(레거시)의 카카오 로그인 지원이 {ko(2026, 12, 31)} 종료됩니다.
종료 후 v1 SDK로 로그인을 요청하면 에러가 발생하므로, 그 전에 v2 SDK로 업데이트해 주세요.

대상 앱: 달빛배달 (앱 ID: 3145728)
적용 일자: 2026년 12월 31일 목요일

Hello, it's Kakao.

Support for Kakao Login in Kakao SDK for Android v1 (legacy) ends on December 31, 2026.
After that, login requests from the v1 SDK will fail. Please update to the v2 SDK before then.

Target app: 달빛배달 (App ID: 3145728)
Effective date: Thursday, December 31, 2026

{_KAKAO_SIGN}""",
        note="bilingual; both languages give the same date",
        items=[item(SOCIAL, "Kakao", "달빛배달", "2026-12-31", aliases=["3145728"])],
    )
)

# --- digest: two Kakao apps, each with its own conversion deadline ---------------------------------------
MAILS.append(
    Mail(
        name="h3_kakao_bizapp_digest",
        category="digest",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 이메일 동의항목 사용을 위한 비즈 앱 전환 요청",
        date="2026-11-16 16:00 +0900",
        text=f"""안녕하세요, 카카오입니다.

개인정보 보호 정책 강화에 따라, 카카오 로그인 '카카오계정(이메일)' 동의항목은
비즈 앱에서만 사용할 수 있도록 변경됩니다.

관리 중인 앱 가운데 아래 앱이 비즈 앱으로 전환되지 않은 상태로 이메일 동의항목을 사용하고 있습니다.
앱별 전환 기한까지 비즈 앱 전환을 완료하지 않으면 해당 앱의 이메일 동의항목 사용이 중지됩니다.

| 앱 이름    | 앱 ID   | 전환 기한 |
| 달빛포인트 | 4194304 | {ko(2026, 12, 14)} |
| 달빛클래스 | 5242880 | {ko(2027, 1, 11)} |

비즈 앱 전환: [내 애플리케이션] > [앱 설정] > [비즈니스] > [개인 개발자 비즈 앱 전환]
또는 사업자 정보 등록

{_KAKAO_SIGN}""",
        note="two apps, each its own 전환 기한",
        items=[
            item(SOCIAL, "Kakao", "달빛포인트", "2026-12-14", aliases=["4194304"]),
            item(SOCIAL, "Kakao", "달빛클래스", "2027-01-11", aliases=["5242880"]),
        ],
    )
)

# --- follow-up: Kakao moves the 1차 phase of the JS SDK v1 retirement ------------------------------------
MAILS.append(
    Mail(
        name="h3_kakao_phase_moved_followup",
        category="followup",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] [일정 변경] JavaScript SDK v1 카카오 로그인 기능 지원 종료 일정 변경",
        date="2026-11-19 11:00 +0900",
        to=DEV,
        text=f"""안녕하세요, 카카오입니다.

지난 10월 20일 안내드린 JavaScript SDK v1 카카오 로그인 기능 지원 종료 일정이
개발자 여러분의 의견을 반영하여 아래와 같이 변경되었습니다.

대상 앱
- 달빛마켓 (앱 ID: 1048576)

변경된 일정
- 1차 : 2026년 12월 1일(화) → {ko(2027, 1, 12)}
- 2차 : {ko(2027, 3, 2)} (변경 없음)

변경된 1차 종료일 전까지 JavaScript SDK v2로 업데이트해 주시기 바랍니다.

{_KAKAO_SIGN}""",
        note="moves phase 1 from 2026-12-01 (now a distractor) to 2027-01-12",
        items=[item(SOCIAL, "Kakao", "달빛마켓", "2027-01-12", aliases=["1048576"])],
    )
)

# --- resolution: Kakao confirms the app no longer uses the retired SDK -----------------------------------
MAILS.append(
    Mail(
        name="h3_kakao_migrated_resolution",
        category="resolution",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 달빛마켓 앱의 JavaScript SDK v2 전환이 확인되었습니다",
        date="2026-11-22 09:30 +0900",
        to=OPS,
        text=f"""안녕하세요, 카카오입니다.

달빛마켓 (앱 ID: 1048576) 앱에서 최근 7일간 JavaScript SDK v1을 통한 카카오 로그인 요청이
확인되지 않아, JavaScript SDK v2 전환이 완료된 것으로 확인되었습니다.

이에 따라 해당 앱은 JavaScript SDK v1 지원 종료 안내 대상에서 제외되며,
이후 관련 안내 메일은 발송되지 않습니다.

{_KAKAO_SIGN}""",
        note="migration done: closes the 달빛마켓 JS SDK v1 item",
        items=[item(SOCIAL, "Kakao", "달빛마켓", None, resolves=True, aliases=["1048576"])],
    )
)

EXTRAS["h3_naver_undated_ko"] = {"q_subject": True}
