"""holdout13: hosting-quota warnings (traffic, disk, mailbox, shop image hosting) and social-login notices
for the agency's client sites and apps."""

# Mail bodies keep the vendors' own long HTML/text lines; wrapping them would change the mails.
# ruff: noqa: E501

from __future__ import annotations

from h13_lib import CAFE24_FOOTER, GABIA_FOOTER, QUOTA, SOCIAL, M, Mail, item, q_subject

CAFE24_TRAFFIC = """<table width="640" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕';font-size:13px;color:#333;border:1px solid #e1e1e1">
<tr><td style="background:#2d2d2d;padding:16px;color:#fff"><b>cafe24</b> 웹호스팅</td></tr>
<tr><td style="padding:24px;line-height:22px">
<p style="font-size:18px"><b>트래픽 초과로 홈페이지 접속이 차단되었습니다.</b></p>
<p>회원님의 웹호스팅 계정 <b>bomnal2019</b> (bomnal-bakery.kr)의 일일 트래픽 제공량이 모두 소진되어
<b>2026-10-14 15:42</b>부터 홈페이지 접속이 일시 차단되었습니다.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd;width:100%">
<tr><th style="background:#f7f7f7">상품</th><td>10G 광아우토반 Full (일일 트래픽 1.6GB)</td></tr>
<tr><th style="background:#f7f7f7">금일 사용량</th><td>1.6GB / 1.6GB (100%)</td></tr>
<tr><th style="background:#f7f7f7">차단 해제</th><td>매일 자정(00:00) 자동 해제</td></tr>
</table>
<p>트래픽 초과가 반복되면 상위 상품으로 변경하시거나 <b>트래픽 추가 옵션</b>을 신청해 주세요.
지금 바로 차단을 해제하려면 [나의서비스관리 &gt; 트래픽 추가 구매]를 이용하실 수 있습니다.</p>
</td></tr>
<tr><td style="padding:14px;background:#fafafa;font-size:11px;color:#888">카페24(주) | 고객센터 1588-3284 | 발신전용 메일입니다.</td></tr>
</table>
"""

CAFE24_DISK = (
    """안녕하세요, 카페24 호스팅센터입니다.

회원님께서 이용 중인 웹호스팅의 디스크 사용량이 90%를 초과하여 안내드립니다.

  * 호스팅 아이디 : daonfn
  * 연결 도메인   : daon-furniture.co.kr
  * 디스크 용량   : 9.2GB / 10GB (92%)
  * 측정 시각     : 2026-10-27 04:00

디스크 용량이 100%에 도달하면 게시판 글쓰기, 이미지 업로드, DB 저장이 되지 않으며
홈페이지가 정상적으로 동작하지 않을 수 있습니다.
불필요한 백업 파일과 로그를 정리하시거나 용량 추가(디스크 증설)를 신청해 주세요.
"""
    + CAFE24_FOOTER
)

DOTHOME_QUOTA = """<p>안녕하세요. 닷홈입니다.</p>
<p>회원님의 무료호스팅 계정 <strong>ondam1004</strong> 의 웹 용량이 제공 용량을 초과하였습니다.</p>
<ul>
<li>제공 용량 : 1,000MB</li>
<li>사용 용량 : 1,084MB (108%)</li>
<li>계정 생성일 : 2024-03-11</li>
</ul>
<p><b>본 메일 발송일로부터 7일 이내</b>에 용량을 정리하시거나 유료 호스팅으로 전환하지 않으시면
호스팅 서비스가 정지됩니다.</p>
<p>마이닷홈 &gt; 호스팅 관리 &gt; 웹 호스팅목록에서 사용량을 확인하실 수 있습니다.</p>
<p style="color:#999">닷홈(애니시큐어 주식회사) | www.dothome.co.kr | 본 메일은 발신전용입니다.</p>
"""

GABIA_HOSTING_TRAFFIC = (
    """[가비아] 웹호스팅 트래픽 초과 및 서비스 제한 예정 안내

안녕하세요, 가비아 호스팅 운영팀입니다.

회원님이 이용 중인 웹호스팅(서비스 ID : neulpum)의 최근 30일 월간 트래픽이
상품 제공량을 3개월 연속 초과하였습니다.

 - 서비스 ID : neulpum (neulpum.kr)
 - 상품 : 리눅스 웹호스팅 베이직
 - 월 제공 트래픽 : 30GB / 최근 30일 사용 : 47.8GB
 - 집계 기간 : 2026-10-01 ~ 2026-10-31

2026년 11월 30일까지 상위 상품으로 변경하시거나 트래픽 추가 옵션을 신청하지 않으시면
12월 1일 0시부터 초과 트래픽 발생 시 홈페이지 접속이 제한됩니다.

상품 변경 : My가비아 > 서비스 관리 > 웹호스팅 > 상품 변경
"""
    + GABIA_FOOTER
)

HIWORKS_QUOTA = """<table width="600" style="font-family:'Malgun Gothic';font-size:13px;border:1px solid #e5e5e5" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px;background:#00a0e9;color:#fff;font-size:16px"><b>hiworks</b> 오피스 알림</td></tr>
<tr><td style="padding:22px;line-height:21px">
<b>서진정밀</b> 오피스(seojin-precision.co.kr) 관리자님께,<br><br>
오피스 전체 메일 용량이 <b style="color:#e0301e">95%</b>에 도달했습니다.<br>
전체 용량 : 50GB&nbsp;&nbsp;|&nbsp;&nbsp;사용량 : 47.6GB<br><br>
용량이 가득 차면 <b>모든 계정의 메일 수신이 중단</b>되고 외부에서 보낸 메일이 반송됩니다.<br>
[하이웍스 관리 &gt; 메일 관리 &gt; 계정 관리 &gt; 메일 사용 현황]에서 계정별 사용량을 확인하신 뒤
오래된 메일을 백업/삭제하시거나 플랜 변경으로 용량을 추가해 주세요.<br><br>
<span style="color:#888">이 메일은 하이웍스 오피스 관리자에게 자동으로 발송됩니다. | (주)가비아 하이웍스</span>
</td></tr></table>
"""

MAKESHOP_TRAFFIC = """메이크샵 쇼핑몰 트래픽 초과 안내

greenfarm 운영자님 안녕하세요, 메이크샵입니다.

쇼핑몰(그린팜, greenfarm-mall.com)의 이번 달 이미지 트래픽 사용량이 제공량을 초과하였습니다.

 ■ 쇼핑몰 ID : greenfarm
 ■ 이용 상품 : 프리미엄 (월 이미지 트래픽 100GB)
 ■ 11월 사용량 : 112.4GB
 ■ 초과분 처리 : 12월 1일 청구서에 초과 요금 합산

2026년 11월 27일(금)까지 트래픽 추가 상품을 신청하지 않으시면 11월 28일부터 상품 이미지가
노출되지 않을 수 있습니다. 블랙프라이데이 기획전 기간이니 미리 확인 부탁드립니다.

메이크샵 고객센터 1544-7172
(주)코리아센터 | 서울시 금천구 가산디지털2로 53
"""

GODOMALL_QUOTA = """<html><body>
<div style="width:620px;font-family:dotum;font-size:12px;color:#444;border-top:4px solid #ff5a00">
<h2 style="font-size:16px;padding:12px 0">[고도몰] 이미지호스팅 용량 부족 안내</h2>
<p>안녕하세요. NHN커머스 고도몰입니다.<br>
운영 중이신 쇼핑몰 <b>misoflower.godomall.com</b>(미소플라워)의 이미지호스팅 용량이 거의 가득 찼습니다.</p>
<table border="0" cellpadding="5" style="background:#f8f8f8;width:100%">
<tr><td width="130">상점 번호</td><td>418822</td></tr>
<tr><td>사용량</td><td>1.87GB / 2GB (93.5%)</td></tr>
<tr><td>조치 기한</td><td><b>2026. 11. 28.</b></td></tr>
</table>
<p>조치 기한까지 용량을 추가 구매하시거나 미사용 이미지를 정리하지 않으시면 신규 상품 이미지 업로드가 제한됩니다.</p>
<p style="color:#999">NHN커머스(주) | 고객센터 1688-7662 | 수신거부를 원하시면 로그인 후 설정을 변경해 주세요.</p>
</div></body></html>
"""

SMILESERV_DISK = """SmileSERV 서버 모니터링 알림

[경고] 디스크 사용률 임계치 초과

서버명   : haemil-web01
서비스번호: SS-2025-05521
IP       : 115.68.xxx.21
파티션   : /home  (사용률 91%, 임계치 90%)
발생시각 : 2026-11-11 02:14:33 KST

디스크가 가득 차면 웹 서비스와 DB가 중단될 수 있습니다.
로그 정리 또는 디스크 추가(증설)를 검토해 주시기 바랍니다.

스마일서브 기술지원센터 1588-7179 / support@smileserv.com
이 메일은 모니터링 시스템에서 자동 발송되었습니다.
"""

IWINV_AUTOEXPAND = """안녕하세요 iwinv 입니다.

고객님의 서버 디스크 사용량이 설정하신 기준(85%)을 넘어 블록 스토리지가 자동 증설되었습니다.

- 인스턴스 : hanbit-lms (서울 Zone)
- 기존 용량 : 100GB -> 변경 용량 : 150GB
- 증설 일시 : 2026-11-05 13:20
- 추가 요금 : 월 2,500원 (일할 계산)

별도의 조치는 필요하지 않습니다. 자동 증설 설정은 콘솔 > 스토리지 > 자동 증설에서 변경할 수 있습니다.

(주)스마일서브 iwinv
"""

CAFE24_DIGEST = """<table width="660" style="font-family:'맑은 고딕';font-size:13px" cellpadding="0" cellspacing="0">
<tr><td style="padding:18px;border-bottom:2px solid #000"><b>[카페24 리셀러] 고객 호스팅 사용량 주간 리포트</b></td></tr>
<tr><td style="padding:18px">
픽셀온 리셀러 관리자님, 이번 주 관리 고객 웹호스팅의 사용량입니다.<br>
디스크 사용률이 90% 이상인 계정은 <font color="red">빨간색</font>으로 표시됩니다.<br><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr style="background:#f2f2f2"><th>아이디</th><th>도메인</th><th>디스크</th><th>사용률</th><th>일 트래픽 최대</th></tr>
<tr><td><font color="red">hamilden</font></td><td>haemil-dental.com</td><td>4.6G / 5G</td><td><font color="red">92%</font></td><td>61%</td></tr>
<tr><td>moakids</td><td>moakids.co.kr</td><td>2.1G / 10G</td><td>21%</td><td>34%</td></tr>
<tr><td><font color="red">hbacademy</font></td><td>hanbit-academy.kr</td><td>9.7G / 10G</td><td><font color="red">97%</font></td><td>88%</td></tr>
</table><br>
집계 기준 : 2026-11-16 ~ 2026-11-22<br>
리셀러 관리자 &gt; 고객관리 &gt; 회원서비스관리에서 용량 추가를 신청하실 수 있습니다.
</td></tr></table>
"""

KAKAO_NOTICE = """안녕하세요, 카카오입니다.

카카오 로그인 서비스의 보안 강화를 위해, 2026년 12월 10일(목)부터 카카오 로그인 REST API의
토큰 요청 시 client_secret 미사용 앱의 요청을 제한합니다.

[대상 앱]
 - 앱 이름 : 모아키즈 (앱 ID 912345)
 - 앱 관리자 : web@pixelon.co.kr

[적용 일자]
 - 2026년 12월 10일 목요일

[필요 조치]
 - [내 애플리케이션] > [앱 설정] > [보안] 에서 Client Secret 코드를 생성하고 '사용함'으로 설정
 - 토큰 받기(POST /oauth/token) 요청에 client_secret 파라미터 추가

적용 일자까지 조치하지 않으면 해당 앱의 카카오 로그인이 실패합니다.
자세한 내용은 데브톡 공지를 참고해 주세요. https://devtalk.kakao.com/c/notice

감사합니다.
카카오 디벨로퍼스 드림

본 메일은 카카오디벨로퍼스 앱 관리자에게 발송되는 서비스 메일입니다.
(주)카카오 | 제주특별자치도 제주시 첨단로 242
"""

NAVER_PHASES = """<div style="font-family:나눔고딕,NanumGothic,sans-serif;font-size:14px;line-height:1.8;width:640px">
<p style="font-size:18px;color:#03c75a"><b>NAVER Developers</b></p>
<p>안녕하세요. 네이버 로그인 담당자입니다.</p>
<p>네이버 로그인 API의 회원 프로필 조회 구 버전(v1, /v1/nid/getUserProfile.xml) 제공을 아래와 같이 종료합니다.
이용 중인 애플리케이션은 일정 내에 신규 API(/v1/nid/me, JSON)로 전환해 주시기 바랍니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th>구분</th><th>일정</th><th>내용</th></tr>
<tr><td>1차</td><td>2026년 12월 15일(화)</td><td>신규 호출 차단 (기존 연동 앱 응답 지연 발생 가능)</td></tr>
<tr><td>2차</td><td>2027년 3월 2일(화)</td><td>구 버전 API 완전 종료</td></tr>
</table>
<p>대상 애플리케이션 : <b>해밀치과 예약</b> (Client ID : hM2dEnT4lQx9)</p>
<p>문의는 네이버 개발자센터 포럼을 이용해 주세요.</p>
<p style="font-size:12px;color:#999">본 메일은 2026년 10월 20일 기준 해당 API 호출 이력이 있는 애플리케이션 관리자에게 발송되었습니다.<br>
NAVER Corp. | 경기도 성남시 분당구 정자일로 95</p>
</div>
"""

APPLE_EN = """<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:15px;color:#1d1d1f">
<table width="640" align="center"><tr><td>
<p><img src="https://developer.apple.com/assets/elements/icons/developer/developer-64x64.png" width="40" alt=""></p>
<h2>Action needed for Sign in with Apple</h2>
<p>Dear PIXELON Co., Ltd.,</p>
<p>We're updating Sign in with Apple. Apps that offer Sign in with Apple must register a server-to-server
notification endpoint so that they receive account deletion and email-forwarding changes.
Beginning <b>January 14, 2027</b>, new sign-ins will fail for apps without a registered endpoint.</p>
<p>Your app <b>Bomnal Bakery</b> (com.bomnal.bakery) does not yet have an endpoint configured.
Please update your configuration in Certificates, Identifiers &amp; Profiles no later than January 14, 2027.</p>
<p>Team ID: 7QX2K9L4PA</p>
<p>Best regards,<br>Apple Developer Relations</p>
<p style="font-size:11px;color:#86868b">Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.
<a href="https://www.apple.com/legal/privacy/">Privacy Policy</a></p>
</td></tr></table></body></html>
"""

KAKAO_UNDATED = """안녕하세요, 카카오디벨로퍼스입니다.

Kakao SDK for JavaScript 1.x 버전(kakao.min.js, v1)이 지원 중단(Deprecated) 되었습니다.
v1 SDK는 더 이상 기능 업데이트와 보안 패치가 제공되지 않으며, 서비스 종료 일정은 추후 공지할 예정입니다.

아래 앱에서 최근 30일간 v1 SDK로 카카오 로그인을 호출한 기록이 있습니다.
 - 앱 이름 : 제주온담 예약 (앱 ID 887120)

종료 전에 v2 SDK(kakao.min.js 2.x)로 전환해 주시기 바랍니다. 전환 가이드는 developers.kakao.com 문서를 참고하세요.

감사합니다.
카카오
"""

NAMECHEAP_HOSTING = """Hello Minseo Park,

Our monitoring shows that your Stellar shared hosting account seoulkim (server server231.web-hosting.com)
has exceeded its disk space allocation:

    Disk usage: 21.7 GB of 20 GB (108%)
    Inodes: 212,004 of 300,000

Accounts that remain over quota may be suspended on or after Dec. 3rd at 11:00 PM EST.
To avoid interruption, please remove unneeded files (old backups, cache, mail trash) or upgrade to Stellar Plus
from your Namecheap Dashboard > Hosting List > Manage.

If you have already reduced your usage, please disregard this message.

Kind regards,
Namecheap Hosting Support
Ticket reference: #QNO-714-28861
"""

NAVER_SDK_KST = """<table width="640" cellpadding="0" cellspacing="0" style="font-family:'Nanum Gothic',sans-serif;font-size:14px">
<tr><td style="padding:16px;border-bottom:3px solid #03c75a"><b>NAVER Developers</b> 공지</td></tr>
<tr><td style="padding:20px;line-height:1.8">
안녕하세요, 네이버 로그인 서비스 담당자입니다.<br>
보안 정책 강화에 따라 <b>네이버 로그인 Android SDK 4.x 이하 버전</b>의 로그인 요청을 아래 일시부터 차단합니다.<br><br>
&middot; 차단 일시 : <b>2026.12.08 (화) 오전 11:00 (KST)</b><br>
&middot; 대상 애플리케이션 : 그린팜 쇼핑 (Client ID : Gf8rMxQp2TnL)<br>
&middot; 조치 방법 : Android SDK 5.10.0 이상으로 업데이트 후 앱 재배포<br><br>
차단 일시 이후 구 버전 SDK가 탑재된 앱에서는 네이버 로그인이 실패합니다.<br>
SDK 5.x 출시일(2023-09-14) 이후 버전은 영향이 없습니다.
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#999">NAVER Corp. | 본 메일은 발신전용입니다.</td></tr>
</table>
"""

HIWORKS_QUOTA_TEXT = """[하이웍스] 서진정밀 오피스 메일 용량 95% 도달
관리자 페이지에서 계정별 사용량을 확인하고 정리해 주세요.
"""

MAILS: list[Mail] = [
    M(
        name="h13_quota_cafe24_traffic_blocked",
        category="positive",
        lang="ko",
        sender=("카페24", "hosting@cafe24.com"),
        subject="[카페24] 트래픽 초과로 인한 홈페이지 접속 차단 안내 (bomnal2019)",
        date="2026-10-14 15:43 +0900",
        html=CAFE24_TRAFFIC,
        form="html",
        charset="euc-kr",
        cte="base64",
        items=[item(QUOTA, "Cafe24", "bomnal2019", "default", aliases=["bomnal-bakery.kr"])],
        note="daily traffic exceeded, site blocked until midnight: no deadline in the mail",
    ),
    M(
        name="h13_quota_cafe24_disk92",
        category="positive",
        lang="ko",
        sender=("카페24", "hosting@cafe24.com"),
        subject="[카페24] 웹호스팅 디스크 사용량 90% 초과 안내",
        date="2026-10-27 09:10 +0900",
        text=CAFE24_DISK,
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        items=[item(QUOTA, "Cafe24", "daonfn", "default", aliases=["daon-furniture.co.kr"])],
        note="disk 92%; measurement time is not a deadline",
    ),
    M(
        name="h13_quota_dothome_within7",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료호스팅 용량 초과 안내",
        date="2026-11-12 11:00 +0900",
        html=DOTHOME_QUOTA,
        form="html",
        charset="utf-8",
        cte="8bit",
        items=[item(QUOTA, "Dothome", "ondam1004", "2026-11-19")],
        note="'발송일로부터 7일 이내' counted from the Date header; account creation date is a distractor",
    ),
    M(
        name="h13_quota_gabia_traffic_limit",
        category="positive",
        lang="ko",
        sender=("가비아", "hosting@gabia.com"),
        subject="[가비아] 웹호스팅 트래픽 초과 및 서비스 제한 예정 안내",
        date="2026-11-06 13:00 +0900",
        text=GABIA_HOSTING_TRAFFIC,
        charset="euc-kr",
        cte="8bit",
        items=[item(QUOTA, "Gabia", "neulpum", "2026-11-30", aliases=["neulpum.kr"])],
        note="act by 11-30, restriction from 12-01 0시; the ops person's deadline is 11-30 (12-01 defensible)",
    ),
    M(
        name="h13_quota_hiworks_mailbox95",
        category="positive",
        lang="ko",
        sender=("하이웍스", "noreply@hiworks.com"),
        subject="[하이웍스] 오피스 메일 용량 95% 도달 안내",
        date="2026-11-18 08:20 +0900",
        text=HIWORKS_QUOTA_TEXT,
        html=HIWORKS_QUOTA,
        form="alt",
        charset="utf-8",
        cte="base64",
        items=[item(QUOTA, "Hiworks", "seojin-precision.co.kr", "default", aliases=["서진정밀"])],
        note="client's Hiworks office mailbox quota, no date; alternative with a much shorter text part",
    ),
    M(
        name="h13_quota_makeshop_traffic",
        category="positive",
        lang="ko",
        sender=("메이크샵", "help@makeshop.co.kr"),
        subject="[메이크샵] 쇼핑몰 이미지 트래픽 초과 안내",
        date="2026-11-21 10:30 +0900",
        text=MAKESHOP_TRAFFIC,
        charset="euc-kr",
        cte="base64",
        items=[item(QUOTA, "Makeshop", "greenfarm", "2026-11-27", aliases=["greenfarm-mall.com"])],
        note="act by 11-27; the 12-01 billing date and 11-28 restriction are distractors",
    ),
    M(
        name="h13_quota_godomall_image_hosting",
        category="positive",
        lang="ko",
        sender=("고도몰", "noreply@godo.co.kr"),
        subject="[고도몰] 이미지호스팅 용량 부족 안내",
        date="2026-11-13 17:00 +0900",
        html=GODOMALL_QUOTA,
        form="html",
        charset="euc-kr",
        cte="quoted-printable",
        items=[item(QUOTA, "Godomall", "misoflower.godomall.com", "2026-11-28", aliases=["418822"])],
        note="'2026. 11. 28.' spaced dotted form under 조치 기한",
    ),
    M(
        name="h13_quota_smileserv_disk_monitor",
        category="positive",
        lang="ko",
        sender=("SmileSERV 모니터링", "monitor@smileserv.com"),
        subject=q_subject("[SmileSERV] haemil-web01 디스크 사용률 임계치 초과"),
        date="2026-11-11 02:15 +0900",
        text=SMILESERV_DISK,
        charset="utf-8",
        cte="8bit",
        items=[item(QUOTA, "SmileSERV", "haemil-web01", "default", aliases=["SS-2025-05521"])],
        note="server-hosting monitor alert; event time is not a deadline; Q-encoded subject",
    ),
    M(
        name="h13_res_iwinv_auto_expanded",
        category="resolution",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 블록 스토리지 자동 증설 완료 안내",
        date="2026-11-05 13:21 +0900",
        text=IWINV_AUTOEXPAND,
        charset="utf-8",
        cte="quoted-printable",
        items=[item(QUOTA, "iwinv", "hanbit-lms", None, resolves=True)],
        note="auto-expansion done, nothing to do: read as 'quota raised' (resolution). Unsure: could be "
        "read as plain information giving nothing",
    ),
    M(
        name="h13_dig_cafe24_reseller_usage",
        category="digest",
        lang="ko",
        sender=("카페24 리셀러", "reseller@cafe24.com"),
        subject="[카페24 리셀러] 고객 호스팅 사용량 주간 리포트",
        date="2026-11-22 07:00 +0900",
        html=CAFE24_DIGEST,
        form="html",
        charset="utf-8",
        cte="base64",
        items=[
            item(QUOTA, "Cafe24", "hamilden", "default", aliases=["haemil-dental.com"]),
            item(QUOTA, "Cafe24", "hbacademy", "default", aliases=["hanbit-academy.kr"]),
        ],
        note="three rows; only two are over 90% (moakids at 21% gives nothing); no deadlines",
    ),
    M(
        name="h13_soc_kakao_client_secret",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 Client Secret 필수 적용 안내",
        date="2026-11-03 11:00 +0900",
        text=KAKAO_NOTICE,
        charset="utf-8",
        cte="base64",
        items=[item(SOCIAL, "Kakao", "모아키즈", "2026-12-10", aliases=["912345"])],
    ),
    M(
        name="h13_soc_naver_phases",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "dl_developers@navercorp.com"),
        subject="[네이버 로그인] 회원 프로필 조회 구 버전 API 제공 종료 안내",
        date="2026-10-20 15:00 +0900",
        html=NAVER_PHASES,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        items=[item(SOCIAL, "Naver", "해밀치과 예약", "2026-12-15", aliases=["hM2dEnT4lQx9"])],
        note="phases 1차 2026-12-15 / 2차 2027-03-02: first not yet past",
    ),
    M(
        name="h13_soc_apple_s2s_endpoint",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action needed: Sign in with Apple server-to-server notifications",
        date="2026-10-29 10:00 -0700",
        html=APPLE_EN,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        items=[item(SOCIAL, "Apple", "Bomnal Bakery", "2027-01-14", aliases=["com.bomnal.bakery"])],
        note="'Beginning' and 'no later than' both name 2027-01-14",
    ),
    M(
        name="h13_soc_kakao_sdk_v1_undated",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] JavaScript SDK v1 지원 중단 안내",
        date="2026-09-15 10:00 +0900",
        text=KAKAO_UNDATED,
        charset="euc-kr",
        cte="base64",
        items=[item(SOCIAL, "Kakao", "제주온담 예약", None, aliases=["887120"])],
        note="deprecated now, end date to be announced (추후 공지): undated item",
    ),
    M(
        name="h13_quota_namecheap_on_or_after",
        category="positive",
        lang="en",
        sender=("Namecheap Hosting", "support@namecheap.com"),
        subject="Disk space limit exceeded on your hosting account seoulkim",
        date="2026-11-19 14:20 -0500",
        text=NAMECHEAP_HOSTING,
        charset="utf-8",
        cte="quoted-printable",
        items=[item(QUOTA, "Namecheap", "seoulkim", "2026-12-03", aliases=["server231.web-hosting.com"])],
        note="'on or after Dec. 3rd' without a year (next such date after the mail) with an EST time",
    ),
    M(
        name="h13_soc_naver_sdk_kst_time",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "dl_developers@navercorp.com"),
        subject="[네이버 로그인] Android SDK 4.x 이하 로그인 차단 안내",
        date="2026-11-05 10:00 +0900",
        html=NAVER_SDK_KST,
        form="html",
        charset="euc-kr",
        cte="base64",
        items=[item(SOCIAL, "Naver", "그린팜 쇼핑", "2026-12-08", aliases=["Gf8rMxQp2TnL"])],
        note="dotted date with weekday, 오전 time and (KST); SDK release date is a distractor",
    ),
]
