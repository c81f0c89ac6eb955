"""holdout4: the Korean and mixed-language share (Gabia, Cafe24, Google in Korean, a 원본 메시지 forward,
a Korean phishing mail and a Korean newsletter)."""

from __future__ import annotations

from h4_common import DOMAIN, QUOTA, SOCIAL, Mail, item, kwd, pixel

MAILS: list[Mail] = []

MAILS.append(
    Mail(
        name="dig_gabia_ko_table_euckr_qp",
        category="digest",
        lang="ko",
        sender=("가비아", "no-reply@gabia.com"),
        subject="[가비아] 도메인 만료 예정 안내 (2건)",
        date="2026-11-16 10:30 +0900",
        form="html",
        charset="euc-kr",
        cte="quoted-printable",
        html=f"""<html><head><meta charset="euc-kr"></head><body style="margin:0">
<table width="680" align="center" cellpadding="0" cellspacing="0" style="font-family:'나눔고딕',Gulim;font-size:13px">
<tr><td style="padding:18px;background:#3f6ed8;color:#fff;font-size:18px">gabia 도메인 만료 안내</td></tr>
<tr><td style="padding:20px;line-height:21px">하늘차 님, 안녕하세요.<br>
아래 도메인의 만료일이 다가오고 있습니다. 만료일 오후 11시 59분까지 기간을 연장하지 않으시면
도메인에 연결된 홈페이지, 메일 등 모든 서비스가 중단됩니다.</td></tr>
<tr><td style="padding:0 20px"><table width="100%" border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f1f4fb"><th>도메인</th><th>신청일</th><th>만료일</th><th>자동연장</th></tr>
<tr><td>haneultea.kr</td><td>2024.12.27</td><td>2026.12.27 ({kwd("2026-12-27")})</td><td>미신청</td></tr>
<tr><td>하늘차.kr</td><td>2024.01.03</td><td>2027.01.03 ({kwd("2027-01-03")})</td><td>미신청</td></tr>
</table></td></tr>
<tr><td style="padding:20px">※ 만료일 이후 연장 시 복구 수수료가 부과될 수 있습니다.<br>
고객센터 1544-4370 (평일 오전 9시 ~ 오후 6시)<br>(주)가비아 경기도 성남시 분당구 대왕판교로 660
{pixel("mail.gabia.com", "gb2dig")}</td></tr></table></body></html>
""",
        to="ops@haneultea.co.kr",
        items=[
            item(DOMAIN, "Gabia", "haneultea.kr", "2026-12-27"),
            item(DOMAIN, "Gabia", "하늘차.kr", "2027-01-03", aliases=["xn--wh1bu89btpg.kr"]),
        ],
        note="EUC-KR QP HTML table under 만료일; 신청일 column and 고객센터 hours are distractors; one IDN domain",
    )
)

MAILS.append(
    Mail(
        name="quota_cafe24_ko_traffic_ksc",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 웹호스팅 트래픽 사용량 초과 예정 안내",
        date="2026-11-21 15:40 +0900",
        charset="ks_c_5601-1987",
        text="""안녕하세요, 카페24 호스팅센터입니다.

고객님의 웹호스팅 서비스(아이디: haneulshop) 일일 트래픽 사용량이 제공량의 90%를 넘었습니다.

  - 서비스 : 10G 광아우토반 Full SSD 일반형
  - 일일 제공 트래픽 : 1.5GB / 현재 사용량 : 1.38GB (92%)
  - 확인 일시 : 2026-11-21 15:30

제공량을 모두 사용하면 홈페이지 접속이 자동으로 차단되며, 다음 날 0시에 해제됩니다.
트래픽 추가 구매 또는 상품 변경으로 접속 차단을 예방하세요.

카페24 호스팅센터 드림 | 고객센터 1588-3413
""",
        to="ops@haneul-shop.kr",
        items=[item(QUOTA, "Cafe24", "haneulshop", "default")],
        note="cp949 bytes under ks_c_5601-1987; check time is not a deadline",
    )
)

MAILS.append(
    Mail(
        name="social_google_ko_android_alt_b64",
        category="positive",
        lang="ko",
        sender=("Google Developers", "developers-noreply@google.com"),
        subject="[조치 필요] 기존 Android용 Google 로그인 API 지원 종료 안내",
        date="2026-10-27 09:00 +0900",
        form="alt",
        cte="base64",
        text="""개발자님, 안녕하세요.

프로젝트 haneul-booking의 Android 앱(com.haneultea.booking)이 기존 Google 로그인 API(GoogleSignInClient)를
사용하고 있습니다. 해당 API는 2027년 2월 1일부터 더 이상 지원되지 않습니다.

이 날짜 전까지 Credential Manager의 Google 계정으로 로그인으로 이전해 주세요.
""",
        html="""<html><body style="font-family:'Noto Sans KR',Roboto,Arial;font-size:14px;color:#202124">
<p>개발자님, 안녕하세요.</p>
<p>Google Cloud 프로젝트 <b>haneul-booking</b>(프로젝트 번호 551902837741)의 Android 앱
<b>com.haneultea.booking</b>이(가) 지원 중단된 기존 Google 로그인 API를 사용하고 있어 이메일을 보내드립니다.</p>
<p><b>변경 사항</b><br>2027년 2월 1일부터 GoogleSignInClient를 통한 로그인 요청이 실패할 수 있습니다.</p>
<p><b>조치 사항</b><br>위 날짜 전까지 Credential Manager 기반의 Google 계정으로 로그인으로 이전하세요.</p>
<p style="font-size:11px;color:#5f6368">
본 서비스 공지는 Google Cloud 계정의 중요한 변경사항을 알리기 위해 발송되었습니다.<br>
© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p></body></html>
""",
        to="dev@haneultea.co.kr",
        items=[item(SOCIAL, "Google", "haneul-booking", "2027-02-01", aliases=["com.haneultea.booking"])],
        note="Korean Google notice; text and HTML alternatives differ",
    )
)

MAILS.append(
    Mail(
        name="fwd_ko_outlook_route53_mixed",
        category="forward",
        lang="mixed",
        sender=("이수민", "sumin@haneultea.co.kr"),
        subject="FW: Your domain haneultea.com will expire soon",
        date="2026-11-13 11:22 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        mailer="haneultea.mail.protection.outlook.com",
        text="""운영팀 공유드립니다. AWS 계정 결제카드가 작년에 바뀌어서 자동연장이 꺼져 있는 것 같습니다.
연장 부탁드려요.

이수민 드림

-----원본 메시지-----
보낸 사람: Amazon Route 53 <noreply@registrar.amazon.com>
보낸 날짜: 2026년 11월 13일 금요일 오전 9:05
받는 사람: sumin@haneultea.co.kr
제목: Your domain haneultea.com will expire soon

Hello,

The registration for the domain haneultea.com will expire on December 30, 2026. Automatic renewal is
turned off for this domain. If you want to keep the domain, renew it in the Route 53 console before the
expiration date.

Amazon Route 53
""",
        to="ops@haneultea.co.kr",
        items=[item(DOMAIN, "Route 53", "haneultea.com", "2026-12-30")],
        note="Outlook (Korean UI) '원본 메시지' forward of an English notice",
    )
)

MAILS.append(
    Mail(
        name="phish_cafe24_naver_freemail_ko",
        category="phishing",
        lang="ko",
        sender=("카페24 호스팅센터", "cafe24.hostingcenter@naver.com"),
        subject="[카페24] 호스팅 용량 초과로 서비스가 정지됩니다",
        date="2026-11-22 20:14 +0900",
        text="""고객님의 웹호스팅(haneulshop) 디스크 용량이 100% 초과되어 2026년 11월 25일 서비스가 정지됩니다.

정지를 원하지 않으시면 아래 링크에서 24시간 안에 결제 정보를 확인해 주세요.
http://cafe24-hosting-pay.xyz/login

카페24 호스팅센터
""",
        to="ops@haneul-shop.kr",
        items=[item(QUOTA, "Cafe24", "haneulshop", "2026-11-25", suspicious=True)],
        note="vendor display name on a naver.com freemail address; link to a look-alike domain",
    )
)

MAILS.append(
    Mail(
        name="neg_ko_ncloud_newsletter_html",
        category="negative",
        lang="ko",
        sender=("NAVER Cloud", "newsletter@ncloud.com"),
        subject="[네이버클라우드] 11월 뉴스레터: 소셜 로그인 API 버전 종료, 미리 준비하세요",
        date="2026-11-10 10:00 +0900",
        form="html",
        headers={"List-Unsubscribe": "<https://www.ncloud.com/newsletter/unsubscribe>"},
        html="""<html><body style="font-family:'Nanum Gothic',sans-serif;font-size:14px">
<h2>11월 뉴스레터</h2>
<p>올해 말부터 여러 소셜 로그인 제공사가 구버전 API 지원을 종료합니다. 서비스에 영향이 없는지 미리
점검해 보세요.</p>
<ul><li>Graph API 구버전 순차 종료 (2027년 1월~)</li><li>Google 로그인 레거시 라이브러리 이전 권고</li>
<li>LINE Login v2.0 단계적 종료</li></ul>
<p>웨비나: 2026년 11월 26일(목) 오후 2시 &middot; 사전 등록 마감 11월 24일</p>
<p style="font-size:11px;color:#888">본 메일은 수신 동의하신 분께 발송되었습니다.
<a href="https://www.ncloud.com/newsletter/unsubscribe">수신거부</a> | 네이버클라우드(주)</p></body></html>
""",
        to="dev@haneultea.co.kr",
        note="vendor newsletter about deprecations in general, webinar dates are not deadlines",
    )
)
