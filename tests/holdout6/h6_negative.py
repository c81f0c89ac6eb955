"""holdout6: tricky negatives (must give nothing) and phishing imitating long-tail vendors."""

# ruff: noqa: E501  (vendor HTML and mail lines are kept as the vendors lay them out)

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, item
from h6_common import mail, unsub, wd

NEGATIVES = [
    mail(
        name="neg_hostinger_en_newsignin",
        category="negative",
        lang="en",
        sender=("Hostinger", "no-reply@hostinger.com"),
        subject="New login to your Hostinger account",
        date="2026-11-19 23:41 +0000",
        form="html",
        html="""<html><body style="font-family:Arial;background:#f4f4ff"><table width="560" align="center" cellpadding="20" style="background:#fff">
<tr><td><b style="color:#673de6">HOSTINGER</b></td></tr>
<tr><td><p>Hi Minji,</p>
<p>We noticed a new login to your Hostinger account.</p>
<table cellpadding="4"><tr><td>Time</td><td>2026-11-19 23:40 UTC</td></tr>
<tr><td>Device</td><td>Chrome on macOS</td></tr><tr><td>Location</td><td>Seoul, South Korea (IP 203.0.113.201)</td></tr></table>
<p>If this was you, you can ignore this email. If not, change your password and enable two-factor
authentication right away. Password reset links expire in 60 minutes.</p>
<p><a href="https://hpanel.hostinger.com/profile/security">Review account security</a></p></td></tr>
<tr><td style="font-size:11px;color:#888">Hostinger International Ltd., 61 Lordou Vironos Street, 6023 Larnaca, Cyprus</td></tr>
</table></body></html>
""",
        note="security alert from a vendor that also holds a domain: nothing to renew or fix",
    ),
    mail(
        name="neg_nhncloud_ko_2fa",
        category="negative",
        lang="ko",
        sender=("NHN Cloud", "noreply@nhncloud.com"),
        subject="[NHN Cloud] 로그인 인증번호 안내",
        date="2026-11-20 09:58 +0900",
        text="""NHN Cloud 로그인 인증번호 안내

인증번호 [482913] 를 3분 이내에 입력해 주세요.
인증번호는 발송 시점으로부터 3분 후 만료됩니다.

본인이 요청하지 않은 경우 비밀번호를 변경해 주세요.

NHN Cloud Corp.
""",
        note="2FA code that 'expires in 3 minutes': nothing",
    ),
    mail(
        name="neg_zerossl_en_cert",
        category="negative",
        lang="en",
        sender=("ZeroSSL", "noreply@zerossl.com"),
        subject="Your SSL certificate for shop.hanul-studio.kr expires in 14 days",
        date="2026-11-16 06:00 +0000",
        text="""Hello,

The following SSL certificate in your ZeroSSL account is about to expire:

  Common Name:  shop.hanul-studio.kr
  Type:         90-Day Certificate
  Issued:       2026-08-31
  Expires:      2026-11-30

Renew it now so visitors don't see a security warning:
https://app.zerossl.com/certificates

ZeroSSL - stack holdings GmbH, Vienna, Austria
You receive this notification because certificate expiration reminders are enabled for your account.
""",
        note="certificate expiry is not a built-in kind (the domain itself does not expire)",
    ),
    mail(
        name="neg_ionos_en_trial",
        category="negative",
        lang="en",
        sender=("IONOS", "noreply@ionos.co.uk"),
        subject="Your Website Builder Plus trial ends on 30 Nov 2026",
        date="2026-11-22 07:00 +0000",
        text="""Dear Ms Park,

Your free 30-day trial of MyWebsite Now Plus ends on 30 Nov 2026.

What happens next? Nothing changes for your website: it stays online on your current MyWebsite Now
Starter plan, and your domain, email and storage are not affected. You'll only lose the Plus
features (online booking widget and extra templates).

Want to keep Plus? Upgrade in your IONOS account at any time.

Kind regards
Your IONOS Team
1&1 IONOS Ltd, Discovery House, 154 Southgate Street, Gloucester GL1 2EX
""",
        note="free trial ending with no quota, domain or login at risk (decided: nothing)",
    ),
    mail(
        name="neg_ktcloud_ko_receipt",
        category="negative",
        lang="ko",
        sender=("kt cloud", "billing@ktcloud.com"),
        subject="[kt cloud] 2026년 10월 이용요금 결제 완료 안내",
        date="2026-11-10 08:00 +0900",
        attachment=True,
        charset="euc-kr",
        cte="base64",
        text="""안녕하십니까, kt cloud입니다.

2026년 10월 이용요금이 정상적으로 결제되었습니다.

  - 고객 ID : hanulweb
  - 이용 기간 : 2026-10-01 ~ 2026-10-31
  - 결제 금액 : 48,400원 (VAT 포함)
  - 결제 수단 : 법인카드(****-4417)
  - 결제일 : 2026-11-10

상세 내역은 첨부된 청구서(PDF)를 확인해 주십시오.

kt cloud 고객센터 080-2580-005
""",
        note="a normal monthly billing receipt with a PDF: not a resolution of anything",
    ),
    mail(
        name="neg_ncloud_ko_quota_marketing",
        category="negative",
        lang="ko",
        sender=("NAVER Cloud Platform", "news@ncloud.com"),
        subject="(광고) [NAVER Cloud Platform] Object Storage 무료 제공량 2배 확대!",
        date="2026-10-07 11:00 +0900",
        headers=unsub("ncloud.com", "nc1007"),
        form="html",
        html="""<html><body><div style="max-width:600px;font-family:'Nanum Gothic'">
<p style="background:#03c75a;color:#fff;padding:12px;font-weight:bold">NAVER Cloud Platform</p>
<h2>Object Storage 무료 제공량이 2배로 늘어납니다</h2>
<p>2026년 10월 15일부터 모든 고객의 Object Storage 월 무료 제공량이 <b>5GB에서 10GB로 확대</b>됩니다.
별도의 신청 없이 자동 적용됩니다.</p>
<p>또한 신규 가입 고객께는 10만 크레딧을 드립니다. (크레딧 유효기간: 지급일로부터 90일)</p>
<p><a href="https://www.ncloud.com/event">이벤트 자세히 보기</a></p>
<p style="font-size:11px;color:#888">본 메일은 광고성 정보 수신에 동의한 회원께 발송되었습니다.
<a href="https://www.ncloud.com/unsubscribe?u=nc1007">수신거부</a> | 네이버클라우드(주)</p>
</div></body></html>
""",
        note="'quota increased' marketing for every customer: nothing (not a resolution)",
    ),
    mail(
        name="neg_line_en_changelog",
        category="negative",
        lang="en",
        sender=("LINE Developers", "newsletter@line.me"),
        subject="LINE Developers Newsletter - November 2026",
        date="2026-11-05 12:00 +0900",
        headers=unsub("line.me", "nl-77201"),
        text="""LINE Developers Newsletter - November 2026

== News ==
* LIFF v2.28.0 released: liff.getAppLanguage() now returns the in-app language.
* Messaging API: the old "narrowcast progress" endpoint will be deprecated on 2027/04/30.
  Use the new progress endpoint instead.
* LINE Login v2.0 remains deprecated; we recommend LINE Login v2.1.

== Events ==
* LINE DEVELOPER DAY 2026 archive videos are now available.

== From the blog ==
* "Designing rich menus that convert" (2026/10/28)

You're receiving this newsletter because you subscribed in the LINE Developers Console.
Unsubscribe: https://developers.line.biz/console/newsletter
LY Corporation, Kioicho Kioi Tower, 1-3 Kioicho, Chiyoda-ku, Tokyo
""",
        note="general API changelog newsletter with List-Unsubscribe: names no app of ours",
    ),
    mail(
        name="neg_ncloud_ko_privacy",
        category="negative",
        lang="ko",
        sender=("NAVER Cloud Platform", "ncloud_noreply@ncloud.com"),
        subject="[NAVER Cloud Platform] 개인정보처리방침 개정 안내",
        date="2026-11-09 10:00 +0900",
        charset="cp949",
        cte="quoted-printable",
        text=f"""안녕하세요. NAVER Cloud Platform입니다.

NAVER Cloud Platform 개인정보처리방침이 일부 개정되어 안내드립니다.

■ 개정 사항
 1. 개인정보 처리 위탁 업체 추가 (고객 상담 시스템 운영)
 2. 개인정보 보유 기간 표기 명확화

■ 시행일 : 2026년 12월 1일({wd("2026-12-01")})

개정된 개인정보처리방침은 시행일부터 효력이 발생하며, 시행일까지 별도의 의사 표시가 없는 경우
개정 사항에 동의한 것으로 간주됩니다. 전문은 홈페이지 하단 [개인정보처리방침]에서 확인하실 수 있습니다.

감사합니다.
네이버클라우드(주)
""",
        note="Korean 공지 about a privacy-policy change with an effective date: nothing",
    ),
    mail(
        name="neg_internal_ko_chatter",
        category="negative",
        lang="ko",
        sender=("이지우", "jiwoo.lee@hanul-studio.kr"),
        subject="도메인 만료 건",
        date="2026-11-16 17:52 +0900",
        to="team@hanul-studio.kr",
        text="""다들 참고만 해주세요.

우리 회사 도메인(hanul-studio.kr) 다음 달 초에 만료된다고 하던데, 제가 이번 주 안에 가비아에서
연장해 둘게요. 카드도 법인카드로 바꿔서 자동연장 걸어 놓겠습니다.

혹시 다른 도메인도 만료 임박한 거 있으면 알려주세요.

이지우 드림
""",
        note="internal chatter about renewing: no vendor notice, nothing",
    ),
    mail(
        name="neg_cafe24_ko_ticket",
        category="negative",
        lang="ko",
        sender=("카페24 고객센터", "help@cafe24.com"),
        subject="[카페24] 1:1 문의에 대한 답변이 등록되었습니다 (문의번호 20261118-0042)",
        date="2026-11-18 15:30 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""안녕하세요, 카페24 고객센터입니다.

문의하신 내용에 대한 답변이 등록되어 안내드립니다.

[문의 내용]
메일 발송 시 SPF 레코드를 어떻게 설정해야 하나요?

[답변]
호스팅 관리 > 도메인 연결 관리 > DNS 관리에서 TXT 레코드로
"v=spf1 include:_spf.cafe24.com ~all" 을 추가해 주시면 됩니다.
DNS 변경 사항은 캐시 만료 시간(TTL)에 따라 최대 24시간 이내에 반영됩니다.

추가 문의사항은 1:1 문의 게시판을 이용해 주세요.
답변에 만족하셨다면 만족도 평가에 참여해 주세요.

(주)카페24 고객센터 1588-3284
""",
        note="support ticket reply from a host (mentions cache expiry): nothing",
    ),
    mail(
        name="neg_dynadot_en_wdrp",
        category="negative",
        lang="en",
        sender=("Dynadot", "info@dynadot.com"),
        subject="Annual WHOIS Data Reminder",
        date="2026-09-14 03:00 -0700",
        text="""Dear Registrant,

As required by ICANN's WHOIS Data Reminder Policy, we are sending you this annual reminder to review
the WHOIS contact information for the domain(s) registered in your account. Please review the data
below and update it if anything is inaccurate.

  Domain:          hanul-studio.net
  Registrant:      Hanul Studio Co., Ltd.
  Email:           ops@hanul-studio.kr
  Creation date:   2019/11/10
  Expiration date: 2026/11/10

If the information is correct, no action is needed. Willfully providing inaccurate WHOIS information
may be grounds for cancellation of your domain registration.

Dynadot | 210 S. Ellsworth Ave #345, San Mateo, CA 94401
""",
        note="WHOIS data reminder that merely lists the expiry: nothing",
    ),
    mail(
        name="neg_whois_ko_coupon",
        category="negative",
        lang="ko",
        sender=("후이즈", "news@whois.co.kr"),
        subject="(광고) [후이즈] .com 도메인 9,900원! 쿠폰이 곧 만료됩니다",
        date="2026-11-21 10:00 +0900",
        headers=unsub("whois.co.kr", "cpn1121"),
        form="html",
        html="""<html><body><div style="width:640px;font-family:'Malgun Gothic'">
<p style="font-size:22px;font-weight:bold;color:#e60012">.com 신규 등록 9,900원</p>
<p>박민지 님께 발급된 <b>.com 신규 등록 할인 쿠폰</b>이 <b>2026년 11월 30일</b>에 만료됩니다.</p>
<p>쿠폰번호: WHOIS-COM-9900 &nbsp;|&nbsp; 사용 기간: 2026.11.01 ~ 2026.11.30</p>
<p><a href="https://whois.co.kr/event/com9900">지금 도메인 검색하기</a></p>
<p style="font-size:11px;color:#999">본 메일은 광고성 정보 수신에 동의하신 회원님께 발송됩니다.
수신을 원치 않으시면 <a href="https://whois.co.kr/unsubscribe">수신거부</a>를 클릭하세요. (주)후이즈</p>
</div></body></html>
""",
        note="(광고) coupon expiring: nothing",
    ),
    mail(
        name="neg_it_ko_password",
        category="negative",
        lang="ko",
        sender=("하늘스튜디오 IT지원", "it-help@hanul-studio.kr"),
        subject="[IT지원] 사내 계정 비밀번호 만료 안내 (D-5)",
        date="2026-11-18 09:00 +0900",
        to="minji.park@hanul-studio.kr",
        text=f"""박민지 님,

사내 통합계정(minji.park)의 비밀번호가 5일 후인 2026년 11월 23일({wd("2026-11-23")})에 만료됩니다.
만료 전에 사내 포털(https://portal.hanul-studio.kr)에서 비밀번호를 변경해 주세요.

비밀번호 정책: 12자 이상, 90일마다 변경

IT지원팀 드림 (내선 1200)
""",
        note="password expiry from the company's own IT: nothing",
    ),
    mail(
        name="neg_blog_en_deprecation",
        category="negative",
        lang="en",
        sender=("Auth Weekly", "authweekly@substack.com"),
        subject="Auth Weekly #212: Google Sign-In deprecations, FedCM, and passkeys",
        date="2026-11-12 13:00 +0000",
        headers=unsub("substack.com", "aw212"),
        text="""Auth Weekly #212

1. Google is pushing everyone off the legacy Google Sign-In libraries
   If your Android app still uses GoogleSignInClient, now is the time to plan the move to
   Credential Manager. Google says removal will be announced with six months' notice.

2. FedCM becomes the default for One Tap in Chrome
   What changes for your "Sign in with Google" button and how to test it.

3. Facebook Login: Graph API v19.0 expires on December 10, 2026
   A quick checklist for bumping your SDK version.

4. Passkeys adoption numbers from three large retailers

Thanks for reading! Forward this to a friend who still ships implicit flow.

Unsubscribe https://authweekly.substack.com/action/disable_email
Auth Weekly, 548 Market Street PMB 72296, San Francisco, CA 94104
""",
        note="third-party newsletter about deprecations in general: nothing",
    ),
    mail(
        name="neg_dothome_ko_welcome",
        category="negative",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료호스팅 신청이 완료되었습니다",
        date="2026-09-03 11:20 +0900",
        charset="euc-kr",
        cte="8bit",
        text="""닷홈 무료호스팅을 신청해 주셔서 감사합니다.

  - 아이디 : hanulevent2
  - 도메인 : hanulevent2.dothome.co.kr
  - 신청일 : 2026-09-03
  - 만료일 : 2027-03-03 (6개월)

무료호스팅은 만료일 30일 전부터 마이닷홈에서 무료로 연장하실 수 있습니다.
FTP/DB 접속 정보는 마이닷홈 > 호스팅 관리에서 확인해 주세요.

닷홈 드림
""",
        note="sign-up receipt that lists an expiry months away: nothing",
    ),
]

_NAVER_FAIL = [
    "mx.google.com;\r\n       dkim=fail (signature did not verify) header.i=@navercorp.com header.s=s20231101"
    " header.b=Qk3x9aZ1;\r\n       spf=fail (google.com: domain of developers_noreply@navercorp.com does not"
    " designate 198.51.100.77 as permitted sender) smtp.mailfrom=developers_noreply@navercorp.com;\r\n"
    "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=navercorp.com",
    "mx.navercorp.com; dkim=pass header.i=@navercorp.com; spf=pass smtp.mailfrom=navercorp.com;"
    " dmarc=pass header.from=navercorp.com",
]

_APPLE_FAIL = [
    "mx.google.com;\r\n       dkim=fail (body hash did not verify) header.i=@insideapple.apple.com"
    " header.s=insideapple0517 header.b=aP0q7Rz2;\r\n       spf=softfail (google.com: domain of transitioning"
    " developer@insideapple.apple.com does not designate 198.51.100.180 as permitted sender)"
    " smtp.mailfrom=developer@insideapple.apple.com;\r\n       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE)"
    " header.from=insideapple.apple.com",
]

PHISHING = [
    mail(
        name="phish_hostinger_en_lookalike",
        category="phishing",
        lang="en",
        sender=("Hostinger", "billing@hostinger-renewals.com"),
        subject="URGENT: hanulstudio.store will be suspended in 24 hours",
        date="2026-11-21 02:14 +0000",
        form="html",
        html="""<html><body style="font-family:Arial"><table width="560" align="center" cellpadding="20">
<tr><td><b style="color:#673de6;font-size:22px">HOSTINGER</b></td></tr>
<tr><td><p>Dear Customer,</p>
<p>Your domain <b>hanulstudio.store</b> has expired and will be <b>permanently suspended within 24 hours</b>.
All website files and mailboxes will be deleted.</p>
<p>Pay the renewal fee of $2.99 now to keep your domain:</p>
<p><a href="http://hostinger-renewals.com/pay?d=hanulstudio.store">RENEW NOW</a></p>
<p>Hostinger Billing Department</p></td></tr></table></body></html>
""",
        note="look-alike domain (vendor name + another word); authenticates for its own domain only",
        items=[item(DOMAIN, "Hostinger", "hanulstudio.store", "2026-11-22", suspicious=True)],
    ),
    mail(
        name="phish_dynadot_en_gmail",
        category="phishing",
        lang="en",
        sender=("Dynadot Support", "dynadot.billing.team@gmail.com"),
        subject="Domain hanul-studio.net - Final Expiration Notice",
        date="2026-11-11 19:30 -0800",
        text="""Dear Domain Owner,

This is your FINAL notice. Your domain hanul-studio.net expired on 2026/11/10 and will be released for
public registration on 2026/11/13 unless the renewal is paid.

Renew today with our secure payment link: https://bit.ly/dynadot-renew-hanul

Dynadot Support
""",
        note="vendor display name on a freemail address",
        items=[item(DOMAIN, "Dynadot", "hanul-studio.net", "2026-11-13", suspicious=True)],
    ),
    mail(
        name="phish_naver_ko_dkimfail",
        category="phishing",
        lang="ko",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        subject="[긴급] 네이버 로그인 API 이용 제한 예정 - 애플리케이션 재인증 필요",
        date="2026-11-20 03:12 +0900",
        auth=_NAVER_FAIL,
        mailer="mail-relay.notice-biz.top",
        text="""안녕하세요. 네이버 개발자센터입니다.

고객님의 애플리케이션 '하늘스튜디오 웹'에서 비정상적인 API 호출이 감지되었습니다.
2026년 11월 25일까지 아래 링크에서 개발자 계정 재인증을 완료하지 않으면 네이버 로그인 API 이용이 제한됩니다.

재인증 하기: http://nid-naver-developers.com/reauth

네이버 개발자센터
""",
        note="real vendor domain but dkim/spf/dmarc fail in the topmost Authentication-Results; a lower forged header says pass",
        items=[item(SOCIAL, "Naver", "하늘스튜디오 웹", "2026-11-25", suspicious=True)],
    ),
    mail(
        name="phish_hetzner_en_punycode",
        category="phishing",
        lang="en",
        sender=("Hetzner Online GmbH", "billing@xn--hetznr-fva.com"),
        subject="Traffic limit exceeded - server #2184553 will be suspended",
        date="2026-11-19 05:50 +0100",
        text="""Dear Customer,

Your server #2184553 has exceeded its traffic limit. To avoid suspension of the server on 21.11.2026,
please settle the outstanding traffic fee of EUR 49.00 in Robot:

https://robot.xn--hetznr-fva.com/invoice/pay

Kind regards
Hetzner Online GmbH
""",
        note="punycode homoglyph domain (hetznér.com)",
        items=[item(QUOTA, "Hetzner", "#2184553", "2026-11-21", suspicious=True, aliases=["2184553", "hanul-web-1"])],
    ),
    mail(
        name="phish_whois_ko_replyto",
        category="phishing",
        lang="ko",
        sender=("후이즈", "domain@whois-co.kr"),
        subject="[후이즈] hanul.kr 도메인 만료 최종 안내 - 입금 확인 요청",
        date="2026-11-21 16:05 +0900",
        headers={"Reply-To": "whois.renew.center@naver.com"},
        charset="euc-kr",
        cte="base64",
        text="""안녕하세요. 후이즈 도메인센터입니다.

hanul.kr 도메인이 2026년 11월 24일 삭제 예정입니다.
아래 계좌로 연장 비용 33,000원을 입금하신 후 본 메일에 회신해 주시면 즉시 연장 처리해 드립니다.

 입금 계좌 : 00은행 000-0000-0000-00 (예금주: 도메인관리센터)

후이즈 도메인센터
""",
        note="look-alike domain (whois-co.kr) and a Reply-To pointing to a freemail address",
        items=[item(DOMAIN, "후이즈", "hanul.kr", "2026-11-24", suspicious=True)],
    ),
    mail(
        name="phish_cafe24_ko_lookalike",
        category="phishing",
        lang="ko",
        sender=("카페24", "notice@cafe24-hosting.net"),
        subject="[카페24] 트래픽 초과 요금 미납으로 쇼핑몰이 차단됩니다",
        date="2026-11-22 05:30 +0900",
        form="html",
        html="""<html><body><div style="width:600px;font-family:'Malgun Gothic'">
<p style="font-size:20px;color:#1e3b8b;font-weight:bold">cafe24</p>
<p>쇼핑몰 운영자님, 트래픽 초과 요금 27,500원이 미납되어 <b>오늘 자정</b>에 쇼핑몰(hanulgoods) 접속이 차단됩니다.</p>
<p><a href="http://cafe24-hosting.net/pay/hanulgoods">지금 결제하기</a></p>
<p style="font-size:11px;color:#999">(주)카페24</p></div></body></html>
""",
        note="look-alike domain for Cafe24; 'today at midnight' = the mail's date",
        items=[item(QUOTA, "Cafe24", "hanulgoods", "2026-11-22", suspicious=True)],
    ),
    mail(
        name="phish_kakao_ko_displayname",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "kakaodev.notice@outlook.com"),
        subject="[카카오디벨로퍼스] 앱 키 폐기 예정 안내 - 즉시 재발급 필요",
        date="2026-11-18 08:44 +0900",
        form="html",
        html="""<html><body><div style="max-width:600px;font-family:'Apple SD Gothic Neo'">
<div style="background:#fee500;padding:18px;font-size:24px;font-weight:bold">kakao developers</div>
<p>안녕하세요, 카카오입니다.</p>
<p>하늘스튜디오 앱의 REST API 키가 보안 점검 결과 <b>2026년 11월 20일</b>에 폐기될 예정입니다.
아래 버튼을 눌러 카카오계정으로 로그인 후 앱 키를 재발급 받으세요.</p>
<p><a href="https://kakao-developers-console.web.app/login" style="background:#191919;color:#fff;padding:10px 20px">앱 키 재발급</a></p>
<p style="font-size:11px;color:#888">(주)카카오 · 제주특별자치도 제주시 첨단로 242</p></div></body></html>
""",
        note="vendor display name and logo text on a freemail (outlook.com) address",
        items=[item(SOCIAL, "Kakao", "하늘스튜디오", "2026-11-20", suspicious=True)],
    ),
    mail(
        name="phish_apple_en_dmarcfail",
        category="phishing",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Your Sign in with Apple key will be revoked",
        date="2026-11-16 22:10 -0800",
        auth=_APPLE_FAIL,
        mailer="smtp.dev-center-apple.help",
        text="""Dear Developer,

The Sign in with Apple private key (Key ID 8XK2M4P9QZ) for your app Hanul Studio will be revoked on
November 28, 2026 because of a security review.

To keep Sign in with Apple working, confirm your Apple Account and payment details here:
https://appleid-developer-review.help/confirm

Apple Developer Relations
""",
        note="real Apple sender domain but dkim=fail, spf=softfail, dmarc=fail in the topmost header",
        items=[item(SOCIAL, "Apple", "Hanul Studio", "2026-11-28", suspicious=True)],
    ),
]
