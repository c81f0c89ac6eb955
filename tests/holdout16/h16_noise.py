"""holdout16: negatives (store mail, payouts, crash reports, newsletters, coupons, security alerts, SSL
expiry, the company's own password expiry, player mail) and phishing that imitates the studio's vendors."""

# ruff: noqa: E501  (mail bodies are data: vendors' HTML lines are as long as vendors write them)

from __future__ import annotations

from h16_lib import DOMAIN, QUOTA, SOCIAL, Mail, item, mk

NEGATIVES: list[Mail] = [
    mk(
        name="h16_neg_play_review_ko",
        category="negative",
        lang="ko",
        sender=("Google Play Console", "noreply-play-console@google.com"),
        subject="달토끼 런 업데이트가 Google Play에 게시되었습니다",
        date="2026-10-07 13:22 +0900",
        auth_domain="google.com",
        form="html",
        html="""<html><body style="font-family:Roboto,'Noto Sans KR',Arial">
<table width="600" align="center"><tr><td>
<p style="color:#5f6368">달토끼 런 &middot; com.moonrabbit.run</p>
<h3 style="font-weight:400">앱 업데이트 검토가 완료되었습니다</h3>
<p>개발자님, 안녕하세요.<br>달토끼 런의 버전 코드 10482(2.8.1)가 검토를 통과하여 프로덕션 트랙에 게시되었습니다.
단계적 출시 비율은 20%입니다.</p>
<p>검토 제출일: 2026년 10월 5일<br>게시일: 2026년 10월 7일</p>
<p><a href="https://play.google.com/console/developers/6128837410935512094/app/4973/releases">출시 개요 보기</a></p>
<p style="font-size:11px;color:#5f6368">&copy; 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>
Google Play Console 계정과 관련된 중요한 변경사항을 알려드리기 위해 발송된 필수 서비스 공지입니다.</p>
</td></tr></table></body></html>
""",
        note="Google Play review result",
    ),
    mk(
        name="h16_neg_apple_payout_ko",
        category="negative",
        lang="ko",
        sender=("App Store Connect", "no_reply@email.apple.com"),
        subject="지급 완료 알림",
        date="2026-10-02 07:10 +0900",
        auth_domain="email.apple.com",
        text="""김하늘 님,

2026년 8월 판매분에 대한 지급금이 등록된 은행 계좌(신한은행, ****3391)로 송금되었습니다.

지급 금액: ₩4,183,220
지급일: 2026년 10월 1일
회계 기간: 2026년 8월 3일 - 2026년 8월 30일

자세한 내용은 App Store Connect > 지급 및 재무 보고서에서 확인하십시오.
은행에 따라 입금 확인까지 최대 5영업일이 소요될 수 있습니다.

App Store Connect 팀
Copyright © 2026 Apple Inc. 모든 권리 보유. One Apple Park Way, Cupertino, CA 95014
""",
        note="payout receipt",
    ),
    mk(
        name="h16_neg_crashlytics_ko",
        category="negative",
        lang="ko",
        sender=("Firebase Crashlytics", "crashlytics-noreply@google.com"),
        subject="[고양이 여관 (Android)] 급증하는 안정성 문제 3건",
        date="2026-11-18 10:01 +0900",
        auth_domain="google.com",
        form="alt",
        text="""고양이 여관 (com.moonrabbit.catinn)
지난 24시간 동안 급증한 안정성 문제

1. java.lang.IllegalStateException - GuestRoomAdapter.kt:214 (비정상 종료 1,203건, 사용자 611명)
2. SIGSEGV libil2cpp.so (비정상 종료 388건) - 버전 3.2.0 (3200)
3. 토큰 만료 처리 중 NullPointerException - LoginManager.java:88 (비정상 종료 97건)

Crashlytics 대시보드에서 자세히 보기:
https://console.firebase.google.com/project/cat-inn-tycoon/crashlytics

이 알림 수신을 중지하려면 Firebase 콘솔 > 사용자 및 권한 > 알림에서 설정을 변경하세요.
""",
        html="""<html><body><h3>고양이 여관 (Android) - 급증하는 안정성 문제</h3>
<ol><li>java.lang.IllegalStateException &ndash; GuestRoomAdapter.kt:214 (1,203건)</li>
<li>SIGSEGV libil2cpp.so (388건)</li><li>토큰 만료 처리 중 NullPointerException &ndash; LoginManager.java:88 (97건)</li></ol>
<p><a href="https://console.firebase.google.com/project/cat-inn-tycoon/crashlytics">대시보드</a></p></body></html>
""",
        note="crash report mentions token expiry and login code, not a deprecation",
    ),
    mk(
        name="h16_neg_newsletter_social_apis",
        category="negative",
        lang="ko",
        sender=("인디게임개발자모임 뉴스레터", "letter@indiegamedev.kr"),
        subject="[인디게임개발자모임] 11월 뉴스레터: 연말까지 챙겨야 할 소셜 로그인 API 변경 총정리",
        date="2026-11-10 07:30 +0900",
        headers={
            "List-Unsubscribe": "<https://indiegamedev.kr/unsubscribe?u=8812>, <mailto:unsubscribe@indiegamedev.kr>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk",
        },
        form="html",
        html="""<html><body><div style="max-width:640px;margin:auto;font-family:'Pretendard',sans-serif;line-height:1.7">
<h2>🎮 11월 뉴스레터</h2>
<p>안녕하세요, 구독자 여러분! 연말이 다가오면서 각 플랫폼의 API 변경 공지가 쏟아지고 있습니다. 한눈에 정리했어요.</p>
<h4>1. Google: Play Games Services v1 단계적 종료</h4>
<p>v1 SDK가 포함된 업데이트는 곧 심사에서 거절되고, 2027년 5월에는 v1이 완전히 종료됩니다. 아직 v1이라면 지금 v2로!</p>
<h4>2. 카카오 로그인 v1 SDK</h4>
<p>2차 종료일이 2027년 3월로 연기됐다는 소식입니다. 그래도 미루지 마세요.</p>
<h4>3. Meta Graph API</h4>
<p>Graph API는 버전마다 약 2년 후 지원이 종료됩니다. v18은 2027년 1월 종료 예정.</p>
<h4>📅 모임 소식</h4>
<p>12월 12일(토) 판교 오프라인 밋업 신청 마감: 12월 5일</p>
<p style="font-size:11px;color:#999">이 메일은 뉴스레터 구독자에게 발송됩니다. <a href="https://indiegamedev.kr/unsubscribe?u=8812">수신거부</a></p>
</div></body></html>
""",
        note="community newsletter about deprecations in general; names no app of ours",
    ),
    mk(
        name="h16_neg_gabia_coupon",
        category="negative",
        lang="ko",
        sender=("가비아", "news@gabia.com"),
        subject="(광고) [가비아] 도메인 30% 할인 쿠폰이 11월 30일 만료돼요!",
        date="2026-11-20 10:00 +0900",
        auth_domain="gabia.com",
        headers={"List-Unsubscribe": "<https://www.gabia.com/mail/reject?key=ab31>"},
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><body><table width="600" align="center" style="font-family:'맑은 고딕'">
<tr><td><img src="https://static.gabia.com/event/2026/domain_coupon.jpg" width="600" alt="도메인 할인 쿠폰"></td></tr>
<tr><td style="padding:20px;font-size:14px">
(광고) 고객님께 발급된 <b>도메인 신규 등록·연장 30% 할인 쿠폰</b>이 곧 만료됩니다.<br>
쿠폰 만료일: 2026년 11월 30일 23:59<br>
.com .net .kr .games 등 200여 개 도메인에 사용 가능!<br><br>
<a href="https://domain.gabia.com/event">쿠폰 사용하러 가기</a></td></tr>
<tr><td style="font-size:11px;color:#999;padding:20px">본 메일은 광고성 정보 수신에 동의하신 회원님께 발송되었습니다.
수신을 원치 않으시면 <a href="https://www.gabia.com/mail/reject?key=ab31">수신거부</a>를 클릭하세요.<br>(주)가비아 | 고객센터 1544-4370</td></tr>
</table></body></html>
""",
        note="coupon expiry marketing from the real registrar",
    ),
    mk(
        name="h16_neg_namecheap_promo",
        category="negative",
        lang="en",
        sender=("Namecheap", "newsletter@namecheap.com"),
        subject="Level up: .games domains for $2.98 — this week only",
        date="2026-10-26 11:00 -0400",
        auth_domain="namecheap.com",
        headers={"List-Unsubscribe": "<https://www.namecheap.com/myaccount/unsubscribe/?id=77e1>"},
        form="html",
        html="""<html><body style="background:#1a1a2e;color:#fff;font-family:Arial">
<table width="600" align="center"><tr><td style="padding:30px;text-align:center">
<h1>Press start on your next project</h1>
<p>Register a .games domain for just $2.98 for the first year. Offer ends November 2, 2026 at 11:59 PM EDT.</p>
<p>Already own a domain? Transfer it to Namecheap and get a free year before it expires.</p>
<a href="https://www.namecheap.com/promos/games/" style="background:#de3723;color:#fff;padding:12px 24px">Search domains</a>
<p style="font-size:10px;color:#aaa">Renewal at regular price. You're receiving this because you subscribed to Namecheap news.
<a href="https://www.namecheap.com/myaccount/unsubscribe/?id=77e1" style="color:#aaa">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
        note="registrar marketing",
    ),
    mk(
        name="h16_neg_google_security_alert_ko",
        category="negative",
        lang="ko",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="보안 알림",
        date="2026-11-03 23:51 +0900",
        auth_domain="accounts.google.com",
        text="""Windows 기기에서 새로 로그인함
support@moonrabbit-studio.co.kr

Google 계정이 새 Windows 기기에서 로그인되었습니다. 본인이 로그인한 경우 별도의 조치를 취하지 않아도 됩니다.
본인이 아닌 경우 Google에서 계정을 보호할 수 있도록 도와드리겠습니다.

활동 확인
https://accounts.google.com/AccountChooser?Email=support@moonrabbit-studio.co.kr&continue=https://myaccount.google.com/alert/nt/1762181460

다음 페이지에서도 보안 활동을 확인할 수 있습니다.
https://myaccount.google.com/notifications

Google 계정 및 서비스에 대한 중요한 변경사항을 알려드리기 위해 발송된 이메일입니다.
© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""",
        note="new sign-in security alert",
    ),
    mk(
        name="h16_neg_gabia_ssl_expiry",
        category="negative",
        lang="ko",
        sender=("가비아 SSL", "ssl@gabia.com"),
        subject="[가비아] SSL 인증서 만료 예정 안내 (shop.moonrabbit.kr)",
        date="2026-11-08 09:30 +0900",
        auth_domain="gabia.com",
        text="""안녕하세요, 가비아입니다.

고객님께서 이용 중인 SSL 인증서의 유효기간 만료가 다가와 안내드립니다.

 - 인증서 : Sectigo PositiveSSL (DV)
 - 적용 도메인 : shop.moonrabbit.kr
 - 발급일 : 2025-12-08
 - 만료일 : 2026-12-08

만료일이 지나면 웹 브라우저에 '안전하지 않음' 경고가 표시됩니다.
갱신 후 발급된 인증서를 웹서버에 다시 설치해 주셔야 합니다.

My가비아 > SSL 인증서 > 갱신 신청
(주)가비아 | 고객센터 1544-4370
""",
        note="SSL certificate expiry is not a built-in kind (nor a domain expiry) although it is from a registrar",
    ),
    mk(
        name="h16_neg_hiworks_password",
        category="negative",
        lang="ko",
        sender=("하이웍스", "noreply@hiworks.com"),
        subject="[하이웍스] 비밀번호 만료 7일 전 안내",
        date="2026-10-16 08:00 +0900",
        auth_domain="hiworks.com",
        form="html",
        html="""<html><body><div style="width:560px;border:1px solid #ddd;padding:24px;font-family:'맑은 고딕';font-size:13px">
<p><b>문래빗스튜디오</b> 관리자 정책에 따라 비밀번호를 90일마다 변경해야 합니다.</p>
<p>계정: support@moonrabbit-studio.co.kr<br>비밀번호 만료일: 2026-10-23<br>마지막 변경일: 2026-07-25</p>
<p>만료일 이후 로그인 시 비밀번호 변경 화면으로 이동합니다.<br>
하이웍스 &gt; 환경설정 &gt; 기본정보 &gt; 비밀번호 변경</p>
<p style="color:#999;font-size:11px">본 메일은 문래빗스튜디오 하이웍스 관리자 설정에 의해 발송되었습니다. ㈜가비아 하이웍스</p>
</div></body></html>
""",
        note="the company's own mailbox password expiry",
    ),
    mk(
        name="h16_neg_play_policy_target_api",
        category="negative",
        lang="en",
        sender=("Google Play", "googleplay-noreply@google.com"),
        subject="Policy Announcement: Updates to Google Play Developer Program Policies",
        date="2026-10-15 09:00 -0700",
        auth_domain="google.com",
        text="""Hello Google Play Developer,

We're announcing policy updates to help make Google Play a safer, more trusted experience.

Target API level requirements
  Starting August 31, 2027, new apps and app updates must target Android 17 (API level 37) or higher.
  Existing apps must target API level 36 or higher to remain available to new users on newer devices.

Account deletion
  We're clarifying that apps that let users create an account, including via third-party sign-in,
  must also let users request account deletion in-app and on the web.

Photo and video permissions
  Apps must declare their use of photo and video permissions in Play Console by January 31, 2027.

You can review the full list of updates in the Policy Announcements page in the Help Center.

Thank you for partnering with us.
The Google Play Team

© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google
Play or your account.
""",
        note="store-wide policy mail; mentions third-party sign-in but retires nothing of a login API; "
        "unsure: a strict reader could call the permissions declaration an action item (not our kinds)",
    ),
    mk(
        name="h16_neg_unity_receipt",
        category="negative",
        lang="en",
        sender=("Unity Asset Store", "no-reply@unity3d.com"),
        subject="Your Unity Asset Store order #AS-2026-8841392",
        date="2026-09-12 14:02 +0000",
        auth_domain="unity3d.com",
        attachment=True,
        text="""Hi Moonrabbit Studio,

Thanks for your purchase! Your invoice is attached.

Order #AS-2026-8841392   Date: 12 Sep 2026
  Odin Inspector and Serializer (Enterprise seat)      $55.00
  Feel (More Mountains)                                $45.00
  Subtotal                                             $100.00
  VAT (KR 10%)                                         $10.00
  Total charged to Visa ****4417                       $110.00

Your license does not expire. Updates are included for 12 months (until 12 Sep 2027).

Unity Technologies, 30 3rd Street, San Francisco, CA 94103
""",
        note="unrelated purchase receipt with PDF; 'update until' date is not a deadline",
    ),
    mk(
        name="h16_neg_player_coupon",
        category="negative",
        lang="ko",
        sender=("", "dlwlgns0612@gmail.com"),
        subject="쿠폰 입력하면 만료됐다고 나와요",
        date="2026-11-22 20:41 +0900",
        auth_domain="gmail.com",
        text="""안녕하세요 고양이여관 하고 있는 유저입니다
유튜브 이벤트에서 받은 쿠폰(CATINN2026FALL) 입력하면 "만료된 쿠폰입니다" 라고 떠요
이벤트 페이지에는 11월 30일까지라고 되어 있던데 확인 부탁드려요
닉네임은 냥냥여관주인 이고 서버는 2서버입니다

갤럭시 S24에서 보냄
""",
        note="player support mail mentioning an expired coupon",
    ),
    mk(
        name="h16_neg_whois_wdrp",
        category="negative",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="WHOIS Data Reminder Policy notification",
        date="2026-09-08 04:12 -0400",
        auth_domain="namecheap.com",
        text="""Dear Haneul Kim,

As required by ICANN's Whois Data Reminder Policy (WDRP), we're asking you to review the contact
information associated with the domains in your account. Please confirm it is accurate; if any of it
is wrong, update it in your Namecheap account.

Domain: catinn.games
Registrant: Moonrabbit Studio Inc., Seoul, KR
Creation date: 2023-12-09
Expiration date: 2026-12-09

Providing false WHOIS information can be grounds for cancellation of your domain registration.
No action is required if your details are correct.

Regards,
Namecheap Legal & Abuse Team
""",
        note="WDRP reminder that merely lists an expiry",
    ),
    mk(
        name="h16_neg_channeltalk_trial",
        category="negative",
        lang="ko",
        sender=("채널톡", "noreply@channel.io"),
        subject="무료 체험이 3일 후 종료됩니다",
        date="2026-10-20 10:00 +0900",
        auth_domain="channel.io",
        headers={"List-Unsubscribe": "<https://channel.io/unsubscribe?c=moonrabbit>"},
        text="""문래빗스튜디오 팀, 안녕하세요!

채널톡 Pro 플랜 14일 무료 체험이 3일 후(2026년 10월 23일) 종료됩니다.
체험 종료 후에는 자동으로 Free 플랜으로 전환되며, 워크플로우와 AI 상담 기능이 비활성화됩니다.
지금 업그레이드하면 첫 3개월 20% 할인!

업그레이드: https://desk.channel.io/settings/billing

채널코퍼레이션 | 서울특별시 중구 을지로 100
""",
        note="free-trial end: decided negative (no quota or resource at risk; falls back to a free plan)",
    ),
    mk(
        name="h16_neg_nhn_maintenance",
        category="negative",
        lang="ko",
        sender=("NHN Cloud", "no-reply@nhncloud.com"),
        subject="[NHN Cloud] Gamebase 정기 점검 안내 (12월 2일)",
        date="2026-11-18 14:00 +0900",
        text="""안녕하세요, NHN Cloud입니다.

안정적인 서비스 제공을 위해 Gamebase 정기 점검을 진행합니다.

 - 일시 : 2026년 12월 2일(수) 02:00 ~ 06:00 (KST)
 - 영향 : 점검 시간 중 Gamebase 콘솔 접속 불가 (게임 로그인 및 결제 API는 정상 동작)

점검 시간은 작업 상황에 따라 변경될 수 있습니다. 이용에 불편을 드려 죄송합니다.

NHN Cloud Corp. | 고객센터 1588-7967
""",
        note="maintenance notice with a date",
    ),
]

_FORGED_NC = [
    "mx.hiworks.co.kr;\r\n       dkim=fail (signature did not verify) header.i=@namecheap.com header.s=s1;\r\n"
    "       spf=fail (hiworks.co.kr: domain of support@namecheap.com does not designate 185.234.72.19 as"
    " permitted sender) smtp.mailfrom=support@namecheap.com;\r\n"
    "       dmarc=fail (p=QUARANTINE) header.from=namecheap.com",
    "mx.google.com; dkim=pass header.i=@namecheap.com; spf=pass smtp.mailfrom=namecheap.com;"
    " dmarc=pass header.from=namecheap.com",
]

PHISHING: list[Mail] = [
    mk(
        name="h16_phish_kakao_lookalike",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "notice@kakao-developers.net"),
        subject="[카카오디벨로퍼스] 앱 키 만료로 카카오 로그인이 중단됩니다 - 즉시 재인증 필요",
        date="2026-11-19 02:14 +0900",
        text="""안녕하세요. 카카오디벨로퍼스입니다.

귀하의 앱 '달토끼 런'(앱 ID 1034567)의 네이티브 앱 키가 보안 정책에 따라 만료 예정입니다.
2026년 11월 26일까지 개발자 계정 재인증을 완료하지 않으면 카카오 로그인이 중단됩니다.

▶ 재인증 바로가기: http://kakao-developers.net/auth/verify?app=1034567

재인증 시 카카오계정 비밀번호와 앱 관리자 2단계 인증 코드가 필요합니다.

Kakao Developers
""",
        items=[item(SOCIAL, "Kakao", "달토끼 런", "2026-11-26", suspicious=True, aliases=["1034567"])],
        note="look-alike domain kakao-developers.net (real mail comes from kakaocorp.com)",
    ),
    mk(
        name="h16_phish_gabia_lookalike",
        category="phishing",
        lang="ko",
        sender=("가비아", "billing@gabia-renew.com"),
        subject="[가비아] 도메인 만료 D-3 긴급 안내 - moonrabbit-studio.co.kr",
        date="2026-11-21 23:58 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><body><div style="font-family:굴림;font-size:13px">
<p><b>[가비아] 도메인 만료 긴급 안내</b></p>
<p>고객님의 도메인 <b>moonrabbit-studio.co.kr</b> 이(가) 3일 후 만료되어 삭제됩니다.<br>
만료일: 2026년 11월 24일</p>
<p>아래 링크에서 카드 정보를 입력하여 즉시 연장하세요.<br>
<a href="http://gabia-renew.com/pay?d=moonrabbit-studio.co.kr">연장 결제하기</a></p>
<p>(주)가비아</p></div></body></html>
""",
        items=[item(DOMAIN, "Gabia", "moonrabbit-studio.co.kr", "2026-11-24", suspicious=True)],
        note="look-alike registrar domain; the date contradicts the real 12-14 expiry",
    ),
    mk(
        name="h16_phish_play_lookalike_ko",
        category="phishing",
        lang="ko",
        sender=("Google Play Console", "no-reply@play-google-console.com"),
        subject="[조치 필요] 고양이 여관의 Google 로그인이 12월 1일 중단됩니다",
        date="2026-11-17 04:30 +0900",
        text="""개발자님 안녕하세요,

고양이 여관(com.moonrabbit.catinn)에서 사용하는 Google 로그인 API가 2026년 12월 1일 중단됩니다.
앱 삭제를 방지하려면 개발자 계정 확인 양식을 제출해 주세요.

계정 확인: https://play-google-console.com/verify/6128837410935512094

Google Play Console 팀
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "고양이 여관",
                "2026-12-01",
                suspicious=True,
                aliases=["com.moonrabbit.catinn"],
            )
        ],
        note="look-alike domain using a real vendor name as a prefix",
    ),
    mk(
        name="h16_phish_apple_gmail",
        category="phishing",
        lang="en",
        sender=("Apple Developer", "appledeveloper.relations@gmail.com"),
        subject="Sign in with Apple key for Moon Rabbit Run expires in 48 hours",
        date="2026-11-20 12:01 +0000",
        auth_domain="gmail.com",
        text="""Dear Developer,

The Sign in with Apple private key (Key ID 7XK2Q9PL3M) for your app Moon Rabbit Run will expire
within 2 days. Once expired, users will not be able to sign in.

To renew your key, sign in with your Apple Account at:
https://appleid-developer-renew.com/keys

Apple Developer Support
""",
        items=[item(SOCIAL, "Apple", "Moon Rabbit Run", "2026-11-22", suspicious=True, aliases=["7XK2Q9PL3M"])],
        note="vendor display name on gmail.com; 'within 2 days' from 11-20 = 11-22 (unsure: 48 hours "
        "could also be read as 11-22 anyway)",
    ),
    mk(
        name="h16_phish_namecheap_dkimfail",
        category="phishing",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="URGENT: catinn.games renewal payment failed",
        date="2026-11-10 03:33 +0000",
        auth=_FORGED_NC,
        mailer="mail-relay-77.net",
        text="""Hello,

We could not charge your payment method for the renewal of catinn.games.
The domain will expire on November 13, 2026 and will be released to the public.

To avoid losing the domain, verify your billing details within 72 hours:
https://namecheap.account-billing-verify.com/renew?d=catinn.games

Namecheap Billing
""",
        items=[item(DOMAIN, "Namecheap", "catinn.games", "2026-11-13", suspicious=True)],
        note="real vendor domain, topmost Authentication-Results (our Hiworks MX) fails dkim/spf/dmarc; "
        "a lower forged header claims pass",
    ),
    mk(
        name="h16_phish_porkbun_punycode",
        category="phishing",
        lang="en",
        sender=("Porkbun", "support@xn--prkbun-wqf.com"),
        subject="Final notice: moonrabbitrun.com expires today",
        date="2026-11-22 09:00 -0800",
        form="html",
        html="""<html><body style="font-family:Helvetica">
<p>Oink!</p>
<p>Your domain <b>moonrabbitrun.com</b> expires <b>today (Nov 22, 2026)</b>. Your card was declined.</p>
<p><a href="https://xn--prkbun-wqf.com/account/billing">Update payment now</a> to keep your domain.</p>
<p>Porkbun Support</p></body></html>
""",
        items=[item(DOMAIN, "Porkbun", "moonrabbitrun.com", "2026-11-22", suspicious=True)],
        note="homoglyph domain (Cyrillic o) in punycode; authenticates for its own look-alike domain",
    ),
    mk(
        name="h16_phish_aws_lookalike",
        category="phishing",
        lang="en",
        sender=("Amazon Web Services", "alerts@aws-billing-notice.com"),
        subject="Your AWS account will be suspended: usage limit exceeded",
        date="2026-11-12 07:45 +0000",
        text="""Dear AWS Customer,

Your AWS account 4821-5573-0196 has exceeded its Free Tier usage limit and has an outstanding
balance. Your EC2 instances will be suspended on November 15, 2026 unless you confirm your payment
details.

Confirm now: https://aws-billing-notice.com/console/billing?acct=482155730196

Amazon Web Services
""",
        items=[
            item(
                QUOTA,
                "AWS",
                "4821-5573-0196",
                "2026-11-15",
                suspicious=True,
                aliases=["482155730196"],
            )
        ],
        note="look-alike AWS domain",
    ),
]

MAILS: list[Mail] = [*NEGATIVES, *PHISHING]
