"""Hosting-quota mails of holdout3: Korean hosts first (카페24, 가비아, 닷홈, iwinv, 네이버 클라우드), then
Google Workspace (Korean), Vercel and GitHub (English), a follow-up and a resolution."""

from __future__ import annotations

from corpus_lib import QUOTA, Mail, item
from h3_common import DEV, EXTRAS, OPS, ko

MAILS: list[Mail] = []

# --- 카페24 웹호스팅: daily traffic at 90% (traffic resets at midnight; over it the site is blocked) -------
MAILS.append(
    Mail(
        name="h3_cafe24_traffic_ko",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] dalbit01 계정 트래픽 사용량 90% 도달 안내",
        date="2026-11-17 15:48 +0900",
        text="""안녕하세요, 카페24 호스팅센터입니다.

고객님의 웹호스팅 계정 트래픽(데이터 전송량) 사용량이 일일 제공량의 90%에 도달하여 알려드립니다.

 ▶ 호스팅 아이디 : dalbit01
 ▶ 기본 도메인   : dalbit01.cafe24.com
 ▶ 상품          : 10G 광아우토반 Full
 ▶ 일일 제공량   : 1.5GB / 현재 사용량 1.36GB (90.6%)
 ▶ 측정 시각     : 2026-11-17 15:45

일반 웹호스팅의 트래픽은 1일 단위로 갱신되며, 하루 제공량을 초과하면
초과 시점부터 자정(밤 12시)까지 홈페이지 접속이 차단됩니다.
차단은 자정에 자동으로 해제됩니다.

초과가 반복된다면 상위 사양으로 변경하시거나 트래픽 추가옵션을 신청해 주세요.
 - 상품 변경 : 나의서비스관리 > 호스팅 관리 > 상품 변경
 - 트래픽 추가옵션 : 나의서비스관리 > 부가서비스 > 트래픽 추가

※ 이미지 용량 최적화, 게시판 목록 개수 조정으로 전송량을 줄일 수 있습니다.

카페24 호스팅센터 1588-3284 | https://hosting.cafe24.com
본 메일은 수신 동의 여부와 관계없이 발송되는 서비스 안내 메일입니다.
""",
        note="no date to act by (traffic resets at midnight): default",
        items=[item(QUOTA, "Cafe24", "dalbit01", "default", aliases=["dalbit01.cafe24.com"])],
    )
)

# --- 카페24: web disk at 95%, multipart/alternative, ks_c_5601-1987, quoted-printable -----------------
MAILS.append(
    Mail(
        name="h3_cafe24_disk_alt_ks",
        category="positive",
        lang="ko",
        sender=("카페24", "no-reply@cafe24.com"),
        subject="[카페24] 웹 디스크 용량 부족 안내 (95% 사용)",
        date="2026-11-03 09:12 +0900",
        form="alt",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        text="""[카페24] 웹 디스크 용량 부족 안내

호스팅 아이디 dalbitmall 의 웹 디스크 사용량이 95%입니다.
 - 제공 용량: 2,000MB
 - 사용 용량: 1,903MB
디스크가 가득 차면 파일 업로드, 게시판 글쓰기, DB 저장이 실패합니다.
불필요한 파일을 정리하거나 디스크 용량을 추가해 주세요.
""",
        html="""<html><body style="font-family:돋움,Dotum;font-size:12px">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #d5d5d5">
<tr><td style="padding:18px;background:#222;color:#fff"><b>CAFE24</b> 호스팅</td></tr>
<tr><td style="padding:22px">
<p><b>웹 디스크 용량이 거의 찼습니다.</b></p>
<table border="1" cellpadding="6" style="border-collapse:collapse" width="100%">
<tr><th bgcolor="#f0f0f0">호스팅 아이디</th><td>dalbitmall</td></tr>
<tr><th bgcolor="#f0f0f0">제공 용량</th><td>2,000MB</td></tr>
<tr><th bgcolor="#f0f0f0">사용 용량</th><td>1,903MB (95%)</td></tr>
<tr><th bgcolor="#f0f0f0">호스팅 만료일</th><td>2027-05-14</td></tr>
</table>
<p>디스크가 가득 차면 파일 업로드, 게시판 글쓰기, DB 저장이 실패합니다.<br>
<a href="https://hosting.cafe24.com/?controller=myservice_hosting_info">용량 추가 신청</a></p>
</td></tr></table></body></html>
""",
        note="the HTML shows the hosting contract's 만료일 (2027-05-14), which is not the quota deadline",
        items=[item(QUOTA, "Cafe24", "dalbitmall", "default")],
    )
)

# --- 닷홈: free hosting over its disk limit, "7일 이내" --------------------------------------------------
MAILS.append(
    Mail(
        name="h3_dothome_within7_ko",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료호스팅 용량 초과 안내 - dalbitlab.dothome.co.kr",
        date="2026-11-16 11:30 +0900",
        text="""안녕하세요. 닷홈입니다.

이용 중이신 무료호스팅의 웹 용량이 제공량을 초과하였습니다.

  호스팅 도메인 : dalbitlab.dothome.co.kr
  FTP 아이디    : dalbitlab
  제공 용량     : 1GB
  사용 용량     : 1.12GB

안내일로부터 7일 이내에 불필요한 파일을 삭제하여 제공량 이하로 줄여 주시기 바랍니다.
기간 내 조치되지 않으면 무료호스팅 이용약관에 따라 서비스가 정지될 수 있습니다.

동영상, 대용량 압축 파일 등 트래픽을 많이 유발하는 파일의 업로드는 제한됩니다.
용량이 더 필요하시면 유료 호스팅 상품으로 변경해 주세요.

※ 무료호스팅은 만료일 30일 전부터 연장할 수 있으며, 만료 후 30일이 지나면 삭제됩니다.

닷홈 | https://www.dothome.co.kr | 고객센터 1599-0000
""",
        note="within 7 days of the mail date 2026-11-16: 2026-11-23",
        items=[item(QUOTA, "Dothome", "dalbitlab.dothome.co.kr", "2026-11-23", aliases=["dalbitlab", "닷홈"])],
    )
)

# --- 가비아 웹호스팅: disk exceeded, restricted from a stated date and time -----------------------------
MAILS.append(
    Mail(
        name="h3_gabia_hosting_limit_ko",
        category="positive",
        lang="ko",
        sender=("가비아 호스팅", "hosting@gabia.com"),
        subject="[가비아] 웹호스팅 디스크 사용량 초과 및 서비스 제한 예정 안내",
        date="2026-11-22 10:00 +0900",
        text=f"""고객님, 안녕하세요. 가비아입니다.

고객님께서 이용 중인 웹호스팅의 디스크 사용량이 상품 제공량을 초과하였습니다.

[대상 서비스]
 - 서비스명 : 웹호스팅 베이직 (리눅스)
 - 대표 도메인 : dalbit-cafe.kr
 - 계정 : dalbitcafe
 - 디스크 : 10GB 제공 / 11.4GB 사용

[조치 요청]
{ko(2026, 12, 1)} 오전 10시까지 사용량을 제공량 이하로 줄이거나
상위 상품으로 변경해 주시기 바랍니다.
기한까지 조치되지 않으면 해당 시각부터 파일 업로드 및 메일 수신이 제한됩니다.

[참고]
 - 서비스 신청일 : 2024-03-02
 - 다음 결제 예정일 : 2027-03-02

가비아 호스팅 고객센터 1544-4370
""",
        note="apply/payment dates are distractors",
        items=[item(QUOTA, "Gabia", "dalbit-cafe.kr", "2026-12-01", aliases=["dalbitcafe"])],
    )
)

# --- iwinv: cloud server monthly transfer nearly used --------------------------------------------------
MAILS.append(
    Mail(
        name="h3_iwinv_transfer_ko",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 서버 트래픽 사용량 알림 (85%)",
        date="2026-10-26 22:03 +0900",
        form="html",
        charset="euc-kr",
        cte="8bit",
        html="""<html><head><meta charset="euc-kr"></head><body>
<table width="600" style="font-size:13px;border:1px solid #e3e3e3" cellpadding="14">
<tr><td><img src="https://www.iwinv.kr/img/mail_logo.png" alt="iwinv"></td></tr>
<tr><td>
인스턴스 <b>dalbit-web-01</b> 의 이번 달 트래픽 사용량이 기본 제공량의 <b>85%</b>에 도달했습니다.<br><br>
- 인스턴스명: dalbit-web-01 (KR1-Z01)<br>
- 기본 제공 트래픽: 1TB / 사용: 870GB<br>
- 집계 기간: 2026-10-01 ~ 2026-10-31<br><br>
기본 제공량을 넘으면 초과 트래픽 요금이 부과됩니다. 필요하면 트래픽 옵션을 조정해 주세요.<br>
콘솔: https://console.iwinv.kr
</td></tr>
<tr><td style="font-size:11px;color:#888">(주)스마일서브 | 본 메일은 알림 설정에 따라 발송되었습니다.</td></tr>
</table></body></html>
""",
        note="billing period end is a distractor, not a deadline: default",
        items=[item(QUOTA, "iwinv", "dalbit-web-01", "default")],
    )
)

# --- 네이버 클라우드 플랫폼: Cloud DB storage alarm ------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_ncloud_db_storage_ko",
        category="positive",
        lang="ko",
        sender=("NAVER Cloud Platform", "noreply@ncloud.com"),
        subject="[NAVER Cloud Platform] Cloud DB for MySQL 스토리지 사용량 경고",
        date="2026-11-11 03:17 +0900",
        text="""[NAVER Cloud Platform] 모니터링 이벤트 알림

안녕하세요. 네이버 클라우드 플랫폼입니다.
고객님께서 설정하신 이벤트 규칙에 따라 알림을 드립니다.

- 서비스: Cloud DB for MySQL
- DB 서비스 이름: dalbit-order-db
- 지표: 데이터 스토리지 사용률
- 조건: 90% 이상 (5분 연속)
- 현재 값: 93.7%
- 발생 시각: 2026-11-11 03:15:00 (KST)

스토리지가 가득 차면 DB 쓰기가 중단될 수 있습니다.
콘솔에서 데이터를 정리하거나 스토리지를 확장해 주십시오.

본 메일은 발신 전용입니다.
네이버클라우드 주식회사 | 경기도 성남시 분당구 분당내곡로 117
""",
        note="monitoring alarm; no date: default",
        items=[item(QUOTA, "NAVER Cloud", "dalbit-order-db", "default", aliases=["네이버 클라우드"])],
    )
)

# --- Google Workspace, Korean localized: organisation storage nearly full ------------------------------
MAILS.append(
    Mail(
        name="h3_workspace_storage_ko",
        category="positive",
        lang="ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="dalbit-studio.kr의 공유 저장용량이 거의 가득 찼습니다",
        date="2026-11-13 02:00 +0000",
        form="alt",
        cte="base64",
        text="""관리자님, 안녕하세요.

dalbit-studio.kr 조직의 공유 저장용량을 91% 사용 중입니다(전체 30TB 중 27.3TB).
저장용량이 가득 차면 사용자가 Gmail에서 메일을 주고받거나 Drive에 파일을 업로드할 수 없습니다.

저장용량 관리: https://admin.google.com/ac/storage

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
이 이메일은 Google Workspace 계정의 중요한 변경사항을 알려드리기 위해 발송되었습니다.
""",
        html="""<html><body style="font-family:Roboto,Arial,sans-serif">
<table align="center" width="600"><tr><td style="padding:24px">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74">
<h2 style="font-weight:400">조직의 저장용량이 거의 가득 찼습니다</h2>
<p>관리자님, 안녕하세요.</p>
<p><b>dalbit-studio.kr</b> 조직의 공유 저장용량을 <b>91%</b> 사용 중입니다(전체 30TB 중 27.3TB).</p>
<p>저장용량이 가득 차면 사용자가 Gmail에서 메일을 주고받거나 Drive에 파일을 업로드할 수 없습니다.
사용하지 않는 파일을 삭제하거나 저장용량을 추가로 구매하세요.</p>
<p><a href="https://admin.google.com/ac/storage" style="background:#1a73e8;color:#fff;padding:10px 20px;
text-decoration:none;border-radius:4px">저장용량 관리</a></p>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA</p>
</td></tr></table></body></html>
""",
        note="organisation-wide storage warning; no date: default",
        items=[item(QUOTA, "Google Workspace", "dalbit-studio.kr", "default")],
    )
)

# --- Vercel (English): Hobby usage nearly at the limit; deployments pause when exceeded ---------------
MAILS.append(
    Mail(
        name="h3_vercel_usage_en",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your Hobby team is approaching its Fast Data Transfer limit",
        date="2026-11-19 23:40 +0000",
        to=DEV,
        text="""Hi dalbit-dev,

Your Hobby team dalbit-dev has used 87% of the included Fast Data Transfer (100 GB) for the current
billing cycle, which resets on December 4, 2026.

If you exceed the included usage on the Hobby plan, your projects will be paused until the next cycle.
To keep your projects online, reduce usage or upgrade to Pro.

Top project by usage: dalbit-landing (61.2 GB)

View usage: https://vercel.com/dalbit-dev/~/usage

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
Manage notification preferences: https://vercel.com/account/notifications
""",
        note="the cycle reset date is a distractor; no date to act by: default",
        items=[item(QUOTA, "Vercel", "dalbit-dev", "default", aliases=["dalbit-landing"])],
    )
)

# --- GitHub (English): Actions minutes at 90% -------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_github_actions_en",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] You've used 90% of included services for GitHub Actions",
        date="2026-11-20 08:21 +0000",
        to=DEV,
        text="""Hi @dalbit-studio,

You've used 90% of included services for GitHub Actions for the dalbit-studio organization.

  Included minutes: 3,000
  Used so far: 2,712

Your spending limit for Actions is $0. When you reach 100% of the included minutes, workflows will
not run until the next billing cycle starts on December 1, 2026, unless you increase the spending limit.

Manage billing: https://github.com/organizations/dalbit-studio/settings/billing

---
You're receiving this email because you are a billing manager of dalbit-studio.
GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""",
        note="next billing cycle start is a distractor: default",
        items=[item(QUOTA, "GitHub", "dalbit-studio", "default")],
    )
)

# --- 카페24 메일호스팅: mailbox over quota, "12월 10일까지" without a year ----------------------------------
MAILS.append(
    Mail(
        name="h3_cafe24_mailbox_noyear",
        category="positive",
        lang="ko",
        sender=("카페24 메일호스팅", "mailhosting@cafe24.com"),
        subject="메일 계정 용량 초과 안내 (help@dalbitbakery.com)",
        date="2026-11-18 08:45 +0900",
        to=OPS,
        text="""카페24 메일호스팅입니다.

아래 메일 계정의 사용 용량이 할당 용량을 초과하였습니다.

  메일 도메인 : dalbitbakery.com
  메일 계정   : help@dalbitbakery.com
  할당 용량   : 5GB / 사용 용량 5.2GB

12월 10일까지 메일함을 정리하거나 계정 용량을 늘리지 않으면
해당 계정으로 오는 메일이 반송(수신 거부)됩니다.

 * 웹메일 > 환경설정 > 메일함 관리에서 오래된 메일을 삭제할 수 있습니다.
 * 관리자는 메일호스팅 관리 > 계정 관리에서 계정별 용량을 조정할 수 있습니다.

(주)카페24 | 고객센터 1588-3284
""",
        note="12월 10일 without a year: the next such date after 2026-11-18",
        items=[item(QUOTA, "Cafe24", "help@dalbitbakery.com", "2026-12-10", aliases=["dalbitbakery.com"])],
    )
)

# --- follow-up: 닷홈 extends its own deadline ---------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_dothome_extended_followup",
        category="followup",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 용량 초과 조치 기한 연장 안내 - dalbitlab.dothome.co.kr",
        date="2026-11-22 10:05 +0900",
        text=f"""안녕하세요. 닷홈입니다.

지난 {ko(2026, 11, 16, weekday=False)} 안내드린 무료호스팅 용량 초과 건과 관련하여,
고객님의 요청에 따라 조치 기한을 아래와 같이 연장하였습니다.

  호스팅 도메인 : dalbitlab.dothome.co.kr
  기존 기한     : 2026-11-23
  변경된 기한   : {ko(2026, 11, 30)}

변경된 기한까지 사용량을 1GB 이하로 줄여 주세요.
기한이 지나면 별도 안내 없이 서비스가 정지될 수 있습니다.

닷홈 | 고객센터 1599-0000
""",
        note="moves the deadline: new date 2026-11-30; the old 2026-11-23 is a distractor",
        items=[item(QUOTA, "Dothome", "dalbitlab.dothome.co.kr", "2026-11-30", aliases=["dalbitlab", "닷홈"])],
    )
)

# --- resolution: 카페24 plan upgraded (quota raised) --------------------------------------------------
MAILS.append(
    Mail(
        name="h3_cafe24_upgraded_resolution",
        category="resolution",
        lang="ko",
        sender=("카페24", "no-reply@cafe24.com"),
        subject="[카페24] 호스팅 상품 변경(업그레이드)이 완료되었습니다",
        date="2026-11-18 17:20 +0900",
        form="html",
        html="""<html><body>
<table width="640" cellpadding="16" style="font-size:13px;border:1px solid #ddd">
<tr><td style="background:#111;color:#fff"><b>CAFE24</b></td></tr>
<tr><td>
고객님, 신청하신 호스팅 상품 변경이 완료되었습니다.<br><br>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>호스팅 아이디</th><td>dalbit01</td></tr>
<tr><th>변경 전 상품</th><td>10G 광아우토반 Full (트래픽 1.5GB/일)</td></tr>
<tr><th>변경 후 상품</th><td>10G 자이언트 플러스 (트래픽 종량제)</td></tr>
<tr><th>적용 일시</th><td>2026-11-18 17:15</td></tr>
<tr><th>결제 금액</th><td>추가 결제 39,600원</td></tr>
</table><br>
변경된 상품의 트래픽 제공량은 즉시 적용되었습니다.
</td></tr></table></body></html>
""",
        note="plan upgraded: closes the dalbit01 traffic item",
        items=[item(QUOTA, "Cafe24", "dalbit01", "default", resolves=True, aliases=["dalbit01.cafe24.com"])],
    )
)

EXTRAS["h3_dothome_within7_ko"] = {"q_subject": True}
