"""holdout13: the noise of an agency mailbox (vendor marketing, coupons and points, tax invoices, unrelated
receipts, newsletters, SSL expiry, security alerts, staff chatter) and phishing imitating the vendors."""

# Mail bodies keep the vendors' own long HTML/text lines; wrapping them would change the mails.
# ruff: noqa: E501

from __future__ import annotations

from h13_lib import CAFE24_FOOTER, DOMAIN, GABIA_FOOTER, QUOTA, M, Mail, item

UNSUB = {"List-Unsubscribe": "<mailto:unsubscribe@{d}?subject=unsubscribe>, <https://{d}/unsubscribe?u=pixelon>"}


def unsub(domain: str) -> dict[str, str]:
    return {k: v.format(d=domain) for k, v in UNSUB.items()} | {"List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


GABIA_PROMO = """<table width="680" align="center" style="font-family:'Malgun Gothic'">
<tr><td><img src="https://static.gabia.com/event/2026/blackfriday_top.jpg" alt="가비아 블랙프라이데이" width="680"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:26px">
<b>.com 도메인 첫해 1,900원!</b><br>
지금 등록하지 않으면 원하는 도메인이 다른 사람에게 넘어갈 수 있어요.<br>
행사 기간 : 2026년 11월 20일 ~ 2026년 12월 3일<br>
※ 신규 등록 1년 한정, 1인 3개까지. 연장 시 정상가(20,000원)가 적용됩니다.<br>
<a href="https://www.gabia.com/event/blackfriday2026">지금 도메인 검색하기</a>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:20px">본 메일은 2026년 11월 20일 기준 광고성 정보 수신에 동의하신 회원님께 발송되었습니다.<br>
수신을 원하지 않으시면 <a href="https://www.gabia.com/unsubscribe">수신거부</a>를 클릭해 주세요. (주)가비아</td></tr>
</table>
"""

CAFE24_COUPON = (
    """(광고) [카페24] 회원님의 쿠폰이 곧 만료됩니다!

픽셀온 회원님, 보유하신 쿠폰의 유효기간이 얼마 남지 않았어요.

  - 디자인센터 스킨 20% 할인 쿠폰 : 2026-11-30 만료
  - 호스팅 신규 신청 5,000원 할인 쿠폰 : 2026-11-30 만료

쿠폰은 기간이 지나면 자동 소멸되며 재발급되지 않습니다.
쿠폰함 바로가기 https://www.cafe24.com/mycoupon

수신거부: 나의정보 > 광고성 정보 수신 설정
"""
    + CAFE24_FOOTER
)

WHOIS_POINTS = """[후이즈] 소멸 예정 포인트 안내

안녕하세요, 후이즈입니다.
pixelon_dns 회원님의 적립 포인트 중 일부가 유효기간 만료로 소멸될 예정입니다.

 - 소멸 예정 포인트 : 3,200P
 - 소멸 예정일 : 2026년 12월 31일
 - 현재 보유 포인트 : 8,750P

포인트는 도메인 등록/연장 결제 시 현금처럼 사용하실 수 있습니다.

(주)후이즈 | 수신거부는 마이페이지에서 설정할 수 있습니다.
"""

GABIA_TAX = (
    """[가비아] 전자세금계산서 발행 안내

안녕하세요. (주)가비아입니다.
아래와 같이 전자세금계산서가 발행되었습니다.

 공급받는자 : 주식회사 픽셀온 (사업자번호 220-88-41xxx)
 작성일자 : 2026-10-31
 품목 : 하이웍스 오피스 10월 이용료 외 2건
 공급가액 : 198,000원 / 세액 : 19,800원 / 합계 : 217,800원
 승인번호 : 20261031-41000031-7c0e12a4

국세청 홈택스에서도 조회하실 수 있습니다.
"""
    + GABIA_FOOTER
)

SMS_RECEIPT = """<p>안녕하세요, 카페24 SMS 서비스입니다.</p>
<p><b>SMS 충전이 완료되었습니다.</b></p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>충전 아이디</td><td>pixelon2011</td></tr>
<tr><td>충전 건수</td><td>5,000건</td></tr>
<tr><td>결제 금액</td><td>99,000원</td></tr>
<tr><td>결제 일시</td><td>2026-11-03 16:22</td></tr>
<tr><td>충전 건 유효기간</td><td>2031-11-02 (충전일로부터 5년)</td></tr>
</table>
<p>잔여 건수는 SMS 관리자에서 확인하실 수 있습니다.</p>
"""

TEMPLATE_RECEIPT = """Order confirmation #TF-88412097

Hi Pixelon,

Thanks for your purchase! Your item is ready to download.

  Item: Florista - Flower Shop Shopify & WooCommerce Theme
  License: Regular License (single end product)
  Price: $59.00
  Support: included until May 12, 2027 (6 months)

Download it any time from Downloads in your account.
The license does not expire; only item support has an end date.

Envato Market
PO Box 16122, Collins Street West, Victoria 8007, Australia
"""

MAKESHOP_NEWS = """<div style="width:640px;font-family:'Noto Sans KR',sans-serif">
<h1 style="font-size:20px">메이크샵 11월 셀러 뉴스레터</h1>
<p>1. 연말 성수기 트래픽 대비 체크리스트 5가지<br>
 - 이미지 용량 줄이기, CDN 설정, 트래픽 추가 상품 미리 준비하기</p>
<p>2. 2027년 전자상거래법 개정 주요 내용</p>
<p>3. [웨비나] 12월 9일 오후 2시 - 숏폼으로 매출 올리기</p>
<p style="color:#999;font-size:11px">본 메일은 광고성 정보 수신에 동의한 회원에게 발송됩니다. (주)코리아센터 메이크샵 | 수신거부</p>
</div>
"""

KAKAO_NEWSLETTER = """카카오디벨로퍼스 뉴스레터 2026년 10월호

이번 호 소식
- [가이드] 오래된 SDK를 쓰고 있다면? 버전별 지원 종료 정책 한눈에 보기
  카카오 SDK는 메이저 버전 출시 후 일정 기간이 지나면 지원을 종료합니다. 서비스에 영향이 없도록
  정기적으로 사용 중인 SDK 버전을 점검해 보세요.
- [블로그] OAuth 2.0 보안 모범 사례와 PKCE
- [행사] if(kakao) 2026 세션 다시보기

이 메일은 뉴스레터 수신에 동의하신 분께 발송됩니다. 수신 거부는 카카오디벨로퍼스 > 내 정보에서 할 수 있습니다.
"""

GABIA_SSL = (
    """안녕하세요, 가비아 SSL 인증서 담당자입니다.

회원님께서 이용 중인 SSL 인증서의 유효기간이 곧 만료됩니다.

 - 인증서 : Sectigo PositiveSSL (DV)
 - 적용 도메인 : www.hangyeol-law.kr
 - 유효기간 만료일 : 2026-12-12

인증서가 만료되면 홈페이지 접속 시 브라우저에 '안전하지 않음' 경고가 표시됩니다.
만료 전에 갱신(재발급) 신청 후 서버에 새 인증서를 설치해 주시기 바랍니다.
"""
    + GABIA_FOOTER
)

UPTIME_SSL = """SSL certificate for shop.koreatex.com expires in 14 days

Monitor: koreatex shop (HTTPS)
Certificate issuer: R11 (Let's Encrypt)
Valid until: 2026-12-04 11:02:17 UTC

Renew the certificate (certbot renew) or check your auto-renewal job.

-- UptimeRobot
You receive this alert because SSL monitoring is enabled for this monitor.
"""

NAVER_SECURITY = """<div style="font-family:sans-serif;font-size:14px">
<p><b>새로운 환경에서 로그인되었습니다.</b></p>
<p>pixelon_web 님의 네이버 아이디로 새로운 기기에서 로그인되었습니다.</p>
<p>일시 : 2026-11-12 21:14<br>위치 : 대한민국 서울<br>기기 : Windows Chrome</p>
<p>본인이 로그인한 것이 아니라면 즉시 비밀번호를 변경해 주세요.</p>
<p style="color:#888;font-size:12px">NAVER Corp.</p></div>
"""

HIWORKS_PWD = """[하이웍스] 비밀번호 변경 안내

정지원 님, 안녕하세요.
픽셀온 오피스 보안 정책에 따라 비밀번호 사용 기간(90일)이 곧 만료됩니다.

 - 계정 : jiwon@pixelon.co.kr
 - 비밀번호 만료일 : 2026-11-29

만료일 이후 첫 로그인 시 비밀번호를 변경하셔야 합니다.

이 메일은 오피스 관리자가 설정한 보안 정책에 따라 자동 발송되었습니다.
"""

CHATTER = """다들 오늘 점심 뭐 드실래요?
아래층 똠양꿍집 쿠폰 도장 10개 다 모았는데 이번 주까지라 오늘 가시죠 ㅎㅎ

그리고 다온가구 도메인은 어제 제가 연장해 뒀습니다. 영수증은 공유드라이브 올려놨어요.

수연
"""

WDRP = """Dear Minseo Park,

This is your annual WHOIS Data Reminder Policy (WDRP) notice from Namecheap.

ICANN requires that we remind you to review your domain contact information once a year and keep it accurate.
Inaccurate information may lead to suspension of your domain.

Domain: seoulkimchico.com
Registration date: 2019-12-18
Expiration date: 2026-12-18
Registrant: Seoul Kimchi Co.

If the information is correct, no action is required.

Namecheap, Inc.
"""

GODADDY_PROMO = """<html><body>
<p style="font-size:28px;font-weight:bold">Your next big idea needs a name.</p>
<p>Grab a .com for $0.01* for the first year. Offer ends November 30, 2026.</p>
<p><a href="https://www.godaddy.com/offers/domains">Search domains</a></p>
<p style="font-size:11px">*Additional year purchase required. ICANN fee applies. Renews at $21.99/yr.
Unsubscribe | Privacy | GoDaddy Operating Company, LLC, Tempe, AZ</p>
</body></html>
"""

IWINV_MAINT = """[iwinv] 정기 점검 안내

안녕하세요 iwinv 입니다.
서비스 안정화를 위해 아래와 같이 네트워크 정기 점검을 진행합니다.

 - 점검 일시 : 2026년 12월 2일(수) 02:00 ~ 06:00
 - 점검 내용 : 서울 Zone 코어 스위치 펌웨어 업데이트
 - 영향 : 점검 시간 중 최대 5분 이내 네트워크 순단

고객님께서 별도로 조치하실 사항은 없습니다.
"""

HOSTINGKR_REG = """안녕하세요. 호스팅케이알입니다.
신청하신 도메인 등록이 완료되었습니다.

도메인 : littleforest.cafe
등록일 : 2026-11-10
만료일 : 2027-11-10
네임서버 : ns1.hosting.kr / ns2.hosting.kr

등록 직후 네임서버 반영에 최대 24시간이 소요될 수 있습니다.
호스팅케이알 고객센터 1588-5412
"""

GODO_TRIAL = """[고도몰] 무료 체험 기간 종료 안내

안녕하세요, 고도몰입니다.
체험용으로 생성하신 쇼핑몰(test-pixelon.godomall.com)의 무료 체험 기간이 2026년 12월 5일에 종료됩니다.
체험 기간이 끝나면 체험몰 데이터는 자동 삭제되며, 정식 쇼핑몰로 전환하시면 데이터가 유지됩니다.

지금 정식 전환하면 첫 달 이용료 50% 할인! (12월 5일까지)
"""

DOTHOME_TERMS = """<p>안녕하세요. 닷홈입니다.</p>
<p>무료 호스팅 이용약관이 개정되어 안내드립니다.</p>
<p>- 시행일 : 2026년 12월 1일<br>- 주요 변경 : 무료 호스팅 연장 단위 6개월 유지, 장기 미접속 계정 정리 기준 명시</p>
<p>개정 약관에 동의하지 않으시는 경우 시행일 전까지 탈퇴를 요청하실 수 있습니다.</p>
"""

MAILS: list[Mail] = [
    M(
        name="h13_neg_gabia_com_promo",
        category="negative",
        lang="ko",
        sender=("가비아", "news@gabia.com"),
        subject="(광고) .com 도메인 첫해 1,900원! 가비아 블랙프라이데이",
        date="2026-11-20 11:00 +0900",
        html=GABIA_PROMO,
        form="html",
        charset="euc-kr",
        cte="base64",
        headers=unsub("gabia.com"),
        note="registrar marketing with an event end date",
    ),
    M(
        name="h13_neg_cafe24_coupon_expiry",
        category="negative",
        lang="ko",
        sender=("카페24", "event@cafe24.com"),
        subject="(광고) [카페24] 회원님의 쿠폰이 곧 만료됩니다",
        date="2026-11-22 08:00 +0900",
        text=CAFE24_COUPON,
        charset="euc-kr",
        cte="quoted-printable",
        headers=unsub("cafe24.com"),
        note="쿠폰 만료: marketing with its own end date",
    ),
    M(
        name="h13_neg_whois_points",
        category="negative",
        lang="ko",
        sender=("후이즈", "noreply@whois.co.kr"),
        subject="[후이즈] 소멸 예정 포인트 안내",
        date="2026-11-01 10:00 +0900",
        text=WHOIS_POINTS,
        charset="euc-kr",
        cte="base64",
        headers=unsub("whois.co.kr"),
        note="포인트 소멸 from a registrar's real domain",
    ),
    M(
        name="h13_neg_gabia_tax_invoice",
        category="negative",
        lang="ko",
        sender=("가비아", "billing@gabia.com"),
        subject="[가비아] 전자세금계산서 발행 안내",
        date="2026-11-02 09:00 +0900",
        text=GABIA_TAX,
        charset="utf-8",
        cte="base64",
        attachment=True,
        note="tax invoice with PDF; Hiworks fees, nothing at risk",
    ),
    M(
        name="h13_neg_cafe24_sms_charge",
        category="negative",
        lang="ko",
        sender=("카페24 SMS", "sms@cafe24.com"),
        subject="[카페24] SMS 충전 완료 안내",
        date="2026-11-03 16:23 +0900",
        html=SMS_RECEIPT,
        form="html",
        charset="euc-kr",
        cte="8bit",
        note="receipt for an unrelated purchase; 유효기간 of the credits is a distractor",
    ),
    M(
        name="h13_neg_template_receipt_en",
        category="negative",
        lang="en",
        sender=("Envato Market", "no-reply@envato.com"),
        subject="Your Envato Market order #TF-88412097",
        date="2026-11-12 23:10 +1100",
        text=TEMPLATE_RECEIPT,
        charset="utf-8",
        cte="7bit",
        note="design template purchase; support end date is not a deadline",
    ),
    M(
        name="h13_neg_makeshop_newsletter",
        category="negative",
        lang="ko",
        sender=("메이크샵", "news@makeshop.co.kr"),
        subject="(광고) [메이크샵] 11월 셀러 뉴스레터 - 성수기 트래픽 대비 체크리스트",
        date="2026-11-10 10:00 +0900",
        html=MAKESHOP_NEWS,
        form="html",
        charset="utf-8",
        cte="base64",
        headers=unsub("makeshop.co.kr"),
        note="newsletter that talks about traffic in general",
    ),
    M(
        name="h13_neg_kakao_dev_newsletter",
        category="negative",
        lang="ko",
        sender=("카카오디벨로퍼스", "newsletter@kakaocorp.com"),
        subject="카카오디벨로퍼스 뉴스레터 2026년 10월호",
        date="2026-10-22 10:00 +0900",
        text=KAKAO_NEWSLETTER,
        charset="utf-8",
        cte="quoted-printable",
        headers=unsub("kakaocorp.com"),
        note="newsletter about SDK deprecation policy in general, no app or date",
    ),
    M(
        name="h13_neg_gabia_ssl_expiry",
        category="negative",
        lang="ko",
        sender=("가비아", "ssl@gabia.com"),
        subject="[가비아] SSL 인증서 만료 예정 안내 (www.hangyeol-law.kr)",
        date="2026-11-12 10:00 +0900",
        text=GABIA_SSL,
        charset="euc-kr",
        cte="8bit",
        note="SSL certificate expiry is not a built-in kind (real and important, but out of scope)",
    ),
    M(
        name="h13_neg_uptime_ssl_en",
        category="negative",
        lang="en",
        sender=("UptimeRobot", "alert@uptimerobot.com"),
        subject="SSL certificate for shop.koreatex.com expires in 14 days",
        date="2026-11-20 11:02 +0000",
        text=UPTIME_SSL,
        charset="utf-8",
        cte="7bit",
        note="certificate expiry alert, not a built-in kind",
    ),
    M(
        name="h13_neg_naver_new_login",
        category="negative",
        lang="ko",
        sender=("네이버", "navercorp@navercorp.com"),
        subject="[네이버] 새로운 환경에서 로그인되었습니다",
        date="2026-11-12 21:15 +0900",
        html=NAVER_SECURITY,
        form="html",
        charset="utf-8",
        cte="base64",
        note="security alert (new sign-in), not a social-login deprecation",
    ),
    M(
        name="h13_neg_hiworks_password_expiry",
        category="negative",
        lang="ko",
        sender=("하이웍스", "noreply@hiworks.com"),
        subject="[하이웍스] 비밀번호 변경 안내",
        date="2026-11-22 09:00 +0900",
        text=HIWORKS_PWD,
        charset="utf-8",
        cte="8bit",
        to="jiwon@pixelon.co.kr",
        note="own office's password-expiry policy mail",
    ),
    M(
        name="h13_neg_staff_chatter",
        category="negative",
        lang="ko",
        sender=("한수연", "suyeon@pixelon.co.kr"),
        subject="점심 + 다온가구 도메인",
        date="2026-11-13 11:40 +0900",
        text=CHATTER,
        charset="ks_c_5601-1987",
        cte="8bit",
        mailer="pixelon.co.kr",
        note="staff chatter (ks_c_5601-1987 label holding the cp949-only syllable 똠): coupon stamps ending this week; mentions a domain renewal already done (no "
        "vendor confirmation, so not labelled a resolution)",
    ),
    M(
        name="h13_neg_namecheap_wdrp",
        category="negative",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Annual WHOIS Data Reminder for seoulkimchico.com",
        date="2026-09-18 05:00 -0400",
        text=WDRP,
        charset="utf-8",
        cte="7bit",
        to="minseo@seoulkimchico.com",
        note="WHOIS accuracy reminder that merely lists the expiry",
    ),
    M(
        name="h13_neg_godaddy_promo",
        category="negative",
        lang="en",
        sender=("GoDaddy", "offers@godaddy.com"),
        subject="Get a .com for $0.01. Ends soon.",
        date="2026-11-22 01:00 +0000",
        html=GODADDY_PROMO,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        headers=unsub("godaddy.com"),
        note="register-now marketing with an offer end date",
    ),
    M(
        name="h13_neg_iwinv_maintenance",
        category="negative",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 12월 네트워크 정기 점검 안내",
        date="2026-11-18 15:00 +0900",
        text=IWINV_MAINT,
        charset="utf-8",
        cte="8bit",
        note="maintenance window, nothing to do",
    ),
    M(
        name="h13_neg_hostingkr_registration",
        category="negative",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] 도메인 등록 완료 안내 (littleforest.cafe)",
        date="2026-11-10 14:00 +0900",
        text=HOSTINGKR_REG,
        charset="euc-kr",
        cte="quoted-printable",
        note="registration receipt naming an expiry a year away",
    ),
    M(
        name="h13_neg_godomall_trial_end",
        category="negative",
        lang="ko",
        sender=("고도몰", "noreply@godo.co.kr"),
        subject="[고도몰] 무료 체험 기간 종료 안내",
        date="2026-11-21 10:00 +0900",
        text=GODO_TRIAL,
        charset="utf-8",
        cte="base64",
        headers=unsub("godo.co.kr"),
        note="free-trial end for the agency's own test shop, with an upsell: not a quota or domain; "
        "judged negative (unsure: it does name a shop that will be deleted)",
    ),
    M(
        name="h13_neg_dothome_terms",
        category="negative",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료 호스팅 이용약관 개정 안내",
        date="2026-11-01 10:00 +0900",
        html=DOTHOME_TERMS,
        form="html",
        charset="euc-kr",
        cte="base64",
        note="terms change with an effective date",
    ),
]

SMILESERV_BILL = """[스마일서브] 2026년 11월 서비스 이용요금 청구서

주식회사 픽셀온 고객님, 11월 이용요금을 아래와 같이 청구합니다.

  청구월      : 2026년 11월
  서비스      : 서버호스팅 haemil-web01 외 1건
  청구금액    : 143,000원 (VAT 포함)
  납부기한    : 2026-11-30
  납부방법    : 가상계좌 (신한 562-xxx-xxxx12) 또는 카드

자동이체 고객님은 납부기한일에 자동 출금됩니다.
스마일서브 고객센터 1588-7179
"""

WEEKLY_NOTES = """<div style="font-family:'Malgun Gothic';font-size:13px">
<p><b>[웹팀] 11/20 주간회의록</b></p>
<ol>
<li>해밀치과 서버 /home 91% 경고 건: 로그 정리 완료, 현재 63%.</li>
<li>제주온담 도메인 유예기간 연장 처리 완료 (11/11).</li>
<li>다음 주: 미소플라워 고도몰 리뉴얼 시안 2차 공유 (11/26 목)</li>
<li>연말 휴무: 12/31 ~ 1/1</li>
</ol>
<p>작성: 한수연</p></div>
"""

CLOUDFLARE_NEWS = """<html><body style="font-family:Arial">
<h2>What's new at Cloudflare - November 2026</h2>
<ul>
<li>Registrar: transfer your domains at cost and never pay renewal markups.</li>
<li>Workers: new limits for free plans take effect January 1, 2027 - read the blog.</li>
<li>Join our webinar on December 9.</li>
</ul>
<p style="font-size:11px">You are receiving this because you subscribed to Cloudflare product news.
Cloudflare, Inc., 101 Townsend St, San Francisco, CA 94107. Unsubscribe.</p>
</body></html>
"""

MAILS += [
    M(
        name="h13_neg_smileserv_monthly_bill",
        category="negative",
        lang="ko",
        sender=("스마일서브", "billing@smileserv.com"),
        subject="[스마일서브] 2026년 11월 서비스 이용요금 청구서",
        date="2026-11-05 09:00 +0900",
        text=SMILESERV_BILL,
        charset="euc-kr",
        cte="base64",
        attachment=True,
        note="monthly bill with a 납부기한: routine billing, not a quota or domain notice",
    ),
    M(
        name="h13_neg_weekly_meeting_notes",
        category="negative",
        lang="ko",
        sender=("한수연", "suyeon@pixelon.co.kr"),
        subject="[웹팀] 11/20 주간회의록",
        date="2026-11-20 18:10 +0900",
        html=WEEKLY_NOTES,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        mailer="pixelon.co.kr",
        note="internal notes mentioning a disk warning and a domain renewal already handled: no vendor notice",
    ),
    M(
        name="h13_neg_cloudflare_newsletter",
        category="negative",
        lang="en",
        sender=("Cloudflare", "marketing@cloudflare.com"),
        subject="What's new at Cloudflare - November 2026",
        date="2026-11-14 16:00 +0000",
        html=CLOUDFLARE_NEWS,
        form="html",
        charset="utf-8",
        cte="7bit",
        headers=unsub("cloudflare.com"),
        note="product newsletter with a limits change date in general",
    ),
]

# ---------------------------------------------------------------- phishing

PH_GABIA_LOOKALIKE = """<table width="600" style="font-family:'Malgun Gothic';font-size:13px">
<tr><td style="border-bottom:2px solid #1a56db;padding:14px"><b>gabia</b></td></tr>
<tr><td style="padding:20px">
<b>[긴급] 도메인 만료 D-2 : daon-furniture.co.kr</b><br><br>
고객님의 도메인이 <b>2026년 11월 24일</b> 만료됩니다.<br>
만료 시 홈페이지와 메일이 즉시 중단되며 도메인이 삭제됩니다.<br>
아래 버튼을 눌러 24시간 이내 결제를 완료해 주세요.<br><br>
<a href="http://gabia-renew.com/pay?d=daon-furniture.co.kr">지금 연장하기</a>
</td></tr></table>
"""

PH_CAFE24_FREEMAIL = """안녕하세요 카페24 호스팅팀입니다.

고객님의 호스팅(daonfn) 디스크 용량이 100% 초과되어 내일 오전 9시에 서비스가 정지됩니다.
정지를 막으려면 아래 링크에서 관리자 아이디와 비밀번호로 본인 확인 후 용량을 추가하세요.

http://cafe24-hosting-verify.top/login

카페24 고객센터
"""

PH_WHOIS_SPFFAIL = """후이즈 고객님,

도메인 haemil-dental.com 의 연장 결제가 확인되지 않아 2026년 11월 25일 도메인이 삭제 처리됩니다.
첨부된 결제 링크에서 카드 정보를 다시 입력해 주세요.

https://whois-co-kr.payment-center.cc/renew

(주)후이즈
"""

PH_HOMOGLYPH = """[가비아] 도메인 소유권 만료 안내

회원님의 도메인 misoflower.co.kr 소유권 인증이 2026-11-26 만료됩니다.
만료 전 아래 페이지에서 소유자 정보를 재인증하지 않으면 도메인이 정지됩니다.

https://xn--gbia-53d.com/verify
"""

PH_GODADDY = """<p>Dear Customer,</p>
<p>Your domain <b>koreatex.net</b> has EXPIRED on Nov 20, 2026 and will be deleted within 48 hours.</p>
<p>To restore it, confirm your billing details now:</p>
<p><a href="https://godaddy-renewals.net/restore?d=koreatex.net">Restore my domain</a></p>
<p>GoDaddy Billing Department</p>
"""

PH_HIWORKS = """<div style="font-family:sans-serif">
<p><b>하이웍스 메일함 용량 초과</b></p>
<p>web@pixelon.co.kr 계정의 메일함이 가득 찼습니다 (99.8%).<br>
2026년 11월 23일 이후 수신되는 메일은 모두 반송됩니다.</p>
<p>아래에서 로그인하여 무료로 용량을 2GB 늘리세요.</p>
<p><a href="https://hiworks-mail.com/quota/upgrade?u=web">용량 늘리기</a></p>
</div>
"""

PHISHING: list[Mail] = [
    M(
        name="h13_ph_gabia_lookalike_domain",
        category="phishing",
        lang="ko",
        sender=("가비아", "notice@gabia-renew.com"),
        subject="[긴급] 도메인 만료 D-2 안내 - daon-furniture.co.kr",
        date="2026-11-22 07:10 +0900",
        html=PH_GABIA_LOOKALIKE,
        form="html",
        charset="utf-8",
        cte="base64",
        items=[item(DOMAIN, "Gabia", "daon-furniture.co.kr", "2026-11-24", suspicious=True)],
        note="look-alike registrar domain gabia-renew.com (passes its own SPF/DKIM)",
    ),
    M(
        name="h13_ph_cafe24_gmail_display",
        category="phishing",
        lang="ko",
        sender=("카페24 호스팅센터", "cafe24.hostingcenter@gmail.com"),
        subject="[카페24] 디스크 용량 초과 서비스 정지 예정",
        date="2026-10-28 22:40 +0900",
        text=PH_CAFE24_FREEMAIL,
        charset="utf-8",
        cte="8bit",
        items=[item(QUOTA, "Cafe24", "daonfn", "default", suspicious=True)],
        note="vendor display name on a freemail address",
    ),
    M(
        name="h13_ph_whois_spf_fail_top",
        category="phishing",
        lang="ko",
        sender=("후이즈", "noreply@whois.co.kr"),
        subject="[후이즈] 도메인 삭제 예정 안내 - haemil-dental.com",
        date="2026-11-19 03:22 +0900",
        text=PH_WHOIS_SPFFAIL,
        charset="euc-kr",
        cte="base64",
        mailer="mail-relay.payment-center.cc",
        auth=[
            "mx1.hiworks.co.kr;\r\n       dkim=fail (signature did not verify) header.i=@whois.co.kr;\r\n"
            "       spf=fail (mx1.hiworks.co.kr: domain of noreply@whois.co.kr does not designate 45.61.137.20"
            " as permitted sender) smtp.mailfrom=noreply@whois.co.kr;\r\n"
            "       dmarc=fail (p=QUARANTINE) header.from=whois.co.kr",
            "mx.whois.co.kr; dkim=pass header.i=@whois.co.kr; spf=pass smtp.mailfrom=noreply@whois.co.kr;"
            " dmarc=pass header.from=whois.co.kr",
        ],
        items=[item(DOMAIN, "Whois", "haemil-dental.com", "2026-11-25", suspicious=True)],
        note="real vendor domain; topmost Authentication-Results fails, a lower forged one says pass",
    ),
    M(
        name="h13_ph_gabia_homoglyph_punycode",
        category="phishing",
        lang="ko",
        sender=("가비아", "security@xn--gbia-53d.com"),
        subject="[가비아] 도메인 소유권 만료 안내",
        date="2026-11-16 19:00 +0900",
        text=PH_HOMOGLYPH,
        charset="euc-kr",
        cte="quoted-printable",
        items=[item(DOMAIN, "Gabia", "misoflower.co.kr", "2026-11-26", suspicious=True)],
        note="punycode of a Cyrillic-a 'gabia.com' homoglyph",
    ),
    M(
        name="h13_ph_godaddy_lookalike_en",
        category="phishing",
        lang="en",
        sender=("GoDaddy Billing", "billing@godaddy-renewals.net"),
        subject="URGENT: koreatex.net has expired",
        date="2026-11-21 12:00 +0000",
        html=PH_GODADDY,
        form="html",
        charset="utf-8",
        cte="7bit",
        items=[item(DOMAIN, "GoDaddy", "koreatex.net", "2026-11-23", suspicious=True)],
        note="look-alike GoDaddy domain; 'deleted within 48 hours' counted from the send date (2026-11-23)",
    ),
    M(
        name="h13_ph_hiworks_quota_lookalike",
        category="phishing",
        lang="ko",
        sender=("하이웍스", "admin@hiworks-mail.com"),
        subject="[하이웍스] 메일함 용량 초과 - 수신 중단 예정",
        date="2026-11-21 23:50 +0900",
        html=PH_HIWORKS,
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        items=[item(QUOTA, "Hiworks", "web@pixelon.co.kr", "2026-11-23", suspicious=True)],
        note="classic mailbox-full credential phishing from a look-alike hiworks domain",
    ),
]
