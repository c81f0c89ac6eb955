"""holdout5 hosting-quota and social-login-deprecation mails."""
# ruff: noqa: E501  (mail bodies keep the vendors' long HTML lines)

from __future__ import annotations

from corpus_lib import QUOTA, SOCIAL, Mail, item
from h5lib import GROUP_DOMAIN, M365_DOMAIN, kwd, m365_auth, m365_headers, via_group

OPS = f"ops@{GROUP_DOMAIN}"
INFRA = f"infra@{M365_DOMAIN}"

MAILS: list[Mail] = []

# === hosting-quota ================================================================================
_auth, _hdr = via_group("h5_gg_cafe24_disk_ko", "카페24 호스팅센터", "hosting@cafe24.com")
MAILS.append(
    Mail(
        name="h5_gg_cafe24_disk_ko",
        category="positive",
        lang="ko",
        sender=("'카페24 호스팅센터' via ops", OPS),
        to=OPS,
        subject="[카페24] 웹 용량 사용량 초과 임박 안내",
        date="2026-11-19 15:40 +0900",
        form="html",
        charset="utf-8",
        cte="base64",
        auth=_auth,
        mailer="cafe24.com",
        headers=_hdr,
        html="""<html><body style="margin:0;padding:0;background:#f6f6f6">
<center><table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Nanum Gothic',sans-serif">
<tr><td style="background:#1a1a1a;padding:16px 24px"><img src="https://img.cafe24.com/mail/hosting_logo_w.png" alt="cafe24 호스팅"></td></tr>
<tr><td style="padding:30px 28px;font-size:14px;line-height:1.9;color:#333">
안녕하세요,&nbsp;카페24&nbsp;호스팅센터입니다.<br>
고객님이 이용 중인 웹호스팅의 웹 용량 사용량이 제공 용량의 95%를 넘었습니다.<br><br>
<b>호스팅&nbsp;아이디</b>&nbsp;:&nbsp;hanbitlab<br>
<b>서비스&nbsp;주소</b>&nbsp;:&nbsp;hanbitlab.cafe24.com&nbsp;(연결 도메인 hanbit-lab.co.kr)<br>
<b>상품명</b>&nbsp;:&nbsp;10G&nbsp;광아우토반&nbsp;Full<br>
<b>웹&nbsp;용량</b>&nbsp;:&nbsp;9.61GB&nbsp;/&nbsp;10GB&nbsp;(96.1%)<br>
<b>측정&nbsp;일시</b>&nbsp;:&nbsp;2026-11-19&nbsp;15:00<br><br>
웹 용량이 가득 차면 파일 업로드, 게시판 글쓰기, DB 저장이 되지 않아 홈페이지 운영에 문제가 생길 수 있습니다.<br>
불필요한 파일(로그, 백업 파일)을 정리하시거나 상위 상품으로 변경해 주세요.<br><br>
<a href="https://hosting.cafe24.com/?controller=myservice_hosting_upgrade" style="display:inline-block;background:#0e6efd;color:#fff;padding:11px 26px;text-decoration:none">상품 변경하기</a>
</td></tr>
<tr><td style="padding:18px 28px;font-size:11px;color:#999;border-top:1px solid #eee">카페24(주) 호스팅센터 | 1588-3413 | 본 메일은 발신 전용입니다.</td></tr>
</table></center>
<p style="font-size:11px;color:#777">You received this message because you are subscribed to the Google Groups "ops" group.</p>
</body></html>
""",
        items=[item(QUOTA, "Cafe24", "hanbitlab", "default", aliases=["hanbitlab.cafe24.com", "hanbit-lab.co.kr"])],
        note="<br>-separated label/value pairs with &nbsp;; no deadline in the mail (default); measurement time is a"
        " distractor; Google Group resend",
    )
)

MAILS.append(
    Mail(
        name="h5_gabia_hosting_suspend_ko",
        category="positive",
        lang="ko",
        sender=("가비아 호스팅", "hosting@gabia.com"),
        to=OPS,
        subject="[가비아] 웹호스팅 트래픽 초과로 인한 서비스 일시 정지 예정 안내",
        date="2026-11-16 17:05 +0900",
        form="plain",
        charset="euc-kr",
        cte="quoted-printable",
        text="""안녕하세요. 가비아 호스팅 운영팀입니다.

고객님의 웹호스팅 서비스(maru-cafe.kr)에서 월간 트래픽 제공량을 3개월 연속 초과하여 안내드립니다.

  서비스명     : 리눅스 웹호스팅 비즈
  호스팅 도메인 : maru-cafe.kr
  월 제공량     : 90GB
  11월 사용량   : 131.4GB (11월 1일~11월 15일 기준)

현재 상태가 지속될 경우 2026.12.15. 서비스가 일시 정지될 예정입니다.
정지를 원하지 않으시면 그 전까지 상위 상품으로 변경하시거나 트래픽 추가 옵션을 신청해 주시기 바랍니다.

  - 상품 변경 : My가비아 > 서비스 관리 > 웹호스팅 > 상품 변경
  - 문의 : 1544-4370 (평일 09:00~18:00)

이용에 불편을 드려 죄송합니다. 감사합니다.
""",
        items=[item(QUOTA, "Gabia", "maru-cafe.kr", "2026-12-15")],
        note="'2026.12.15.' with the trailing dot; measurement period dates are distractors",
    )
)

MAILS.append(
    Mail(
        name="h5_dothome_7days_ko",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        to="sobokdev@gmail.com",
        subject="[닷홈] 무료 호스팅 디스크 용량 초과 안내",
        date="2026-11-21 10:00 +0900",
        form="plain",
        charset="euc-kr",
        cte="base64",
        headers={"X-Forwarded-To": OPS, "X-Forwarded-For": f"sobokdev@gmail.com {OPS}"},
        text="""닷홈 무료 호스팅 이용 안내

안녕하세요, sobokdev 님.
이용 중인 무료 호스팅(sobokdev.dothome.co.kr)의 디스크 사용량이 제공 용량(1GB)을 초과했습니다.

  - 아이디 : sobokdev
  - 디스크 사용량 : 1,087MB / 1,024MB
  - 최근 접속일 : 2026-10-02

7일 이내에 불필요한 파일을 삭제하여 용량을 줄이거나 유료 호스팅으로 전환해 주세요.
기간 내에 조치되지 않으면 호스팅 계정이 정지될 수 있습니다.

닷홈 고객센터 | https://www.dothome.co.kr
""",
        items=[item(QUOTA, "Dothome", "sobokdev", "2026-11-28", aliases=["sobokdev.dothome.co.kr"])],
        note="'7일 이내' counted from the mail date (2026-11-21); auto-forwarded from a personal gmail (X-Forwarded-To)",
    )
)

MAILS.append(
    Mail(
        name="h5_vercel_m365_en",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        to=INFRA,
        subject="Your team gurum-web has used 90% of its included Fast Data Transfer",
        date="2026-11-14 04:22 +0000",
        form="alt",
        cte="quoted-printable",
        auth=m365_auth("vercel.com"),
        authserv="",
        headers=m365_headers("h5_vercel_m365_en"),
        text="""Hi Gurum Infra,

Your team gurum-web has used 90% of the Fast Data Transfer included in the Hobby plan for the current
usage period (Nov 1 - Nov 30).

  Fast Data Transfer: 90.2 GB / 100 GB
  Top project: gurum-landing

Hobby teams can't exceed the included usage. When the limit is reached, your projects will be paused
until the next period starts. To avoid interruptions, upgrade to Pro.

View usage: https://vercel.com/gurum-web/~/usage
Upgrade: https://vercel.com/gurum-web/~/settings/billing

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
""",
        html="""<html><body style="font-family:Geist,Arial,sans-serif;background:#fff">
<table width="465" align="center" style="border:1px solid #eaeaea;border-radius:5px;padding:20px">
<tr><td><img src="https://assets.vercel.com/image/upload/front/email/vercel-logotype.png" width="40" alt="Vercel"></td></tr>
<tr><td><h1 style="font-size:24px;font-weight:400">You've used <strong>90%</strong> of your Fast Data Transfer</h1>
<p style="font-size:14px">Your team <strong>gurum-web</strong> has used 90.2 GB of 100 GB included in the Hobby plan.
When the limit is reached, your projects will be paused until your usage resets.</p>
<p><a href="https://vercel.com/gurum-web/~/settings/billing" style="background:#000;color:#fff;padding:12px 20px;border-radius:5px;text-decoration:none">Upgrade to Pro</a></p>
<p style="font-size:12px;color:#666">Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723</p></td></tr></table>
</body></html>
""",
        items=[item(QUOTA, "Vercel", "gurum-web", "default")],
        note="no date to act by (default); the usage period dates are distractors; M365 shared mailbox",
    )
)

MAILS.append(
    Mail(
        name="h5_github_actions_en",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        to=OPS,
        subject="[GitHub] You've used 90% of included services for hanbit-lab",
        date="2026-11-18 22:10 +0000",
        form="plain",
        cte="7bit",
        text="""Hi @hanbit-ops,

You've used 90% of the included services for GitHub Actions in the hanbit-lab organization.

  GitHub Actions: 2,700 of 3,000 minutes used
  Billing cycle: Nov 1, 2026 - Dec 1, 2026

Because your organization has a $0 spending limit, workflows will stop running when the included minutes
are used up, until the billing cycle resets on Dec 1, 2026. To keep workflows running, raise your
spending limit or upgrade your plan:
https://github.com/organizations/hanbit-lab/settings/billing

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
You're receiving this email because you're a billing manager of hanbit-lab.
""",
        items=[item(QUOTA, "GitHub", "hanbit-lab", "default")],
        note="the cycle reset date is not a deadline to act by (the block comes whenever the minutes run out):"
        " labelled default",
    )
)

MAILS.append(
    Mail(
        name="h5_gworkspace_storage_en",
        category="positive",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to="admin@hanbit-lab.kr",
        subject="[Action Required] Your organization is almost out of storage",
        date="2026-11-08 19:44 +0000",
        form="html",
        cte="base64",
        html="""<html><body style="font-family:'Google Sans',Roboto,Arial,sans-serif">
<table width="100%" style="max-width:516px" align="center"><tr><td>
<img src="https://www.gstatic.com/images/branding/product/2x/googleg_48dp.png" width="24" alt="Google">
<div style="font-size:24px;padding:20px 0">Your organization's storage is almost full</div>
<div style="font-size:14px;line-height:20px;color:#3c4043">
Hello Administrator,<br><br>
Your organization <b>hanbit-lab.kr</b> has used 94% of its pooled storage (4.70 TB of 5 TB).<br><br>
When storage is full, users in your organization won't be able to upload files to Drive, send or receive
email in Gmail, or back up photos. To avoid disruption, free up space or purchase additional storage.<br><br>
<a href="https://admin.google.com/ac/storage" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none">Manage storage</a>
</div>
<div style="font-size:11px;color:#5f6368;padding-top:24px">You have received this mandatory service announcement to update you about
important changes to Google Workspace or your account.<br>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</div>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Google Workspace", "hanbit-lab.kr", "default")],
        note="storage nearly full, no date (default)",
    )
)

MAILS.append(
    Mail(
        name="h5_aws_freetier_fwd_en",
        category="positive",
        lang="en",
        sender=("AWS Free Tier", "freetier@costalerts.amazonaws.com"),
        to="cto@hanbit-lab.kr",
        subject="AWS Free Tier limit alert",
        date="2026-11-11 03:02 +0000",
        form="plain",
        cte="quoted-printable",
        headers={"X-Forwarded-To": OPS, "X-Forwarded-For": f"cto@hanbit-lab.kr {OPS}"},
        text="""Hello,

Your AWS account 7714-2093-5581 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of November.

Product            AWS Free Tier Usage as of 11/10/2026    Usage Limit
AmazonS3           17 GB-Mo for storage                     20 GB-Mo for storage
AmazonEC2          690 Hrs for Linux t3.micro              750 Hrs for Linux t3.micro

To learn more about your AWS Free Tier usage, sign in to the AWS Billing and Cost Management console.
Usage beyond the Free Tier limits is charged at standard pay-as-you-go rates.

To unsubscribe from these alerts, change your Billing Preferences.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210.
""",
        items=[item(QUOTA, "AWS", "7714-2093-5581", "default", aliases=["771420935581"])],
        note="Free Tier 85% alert, no date (default); usage-as-of date is a distractor; Gmail filter auto-forward",
    )
)

MAILS.append(
    Mail(
        name="h5_heroku_rows_en",
        category="positive",
        lang="en",
        sender=("Heroku", "bot@heroku.com"),
        to="ops@hanbit-lab.kr",
        subject="[Action required] Your database on hanbit-api is over its row limit",
        date="2026-11-10 13:25 +0000",
        form="plain",
        cte="7bit",
        text="""Hi,

The database postgresql-curved-48213 (DATABASE_URL) on app hanbit-api has exceeded the row limit of its
Essential-0 plan: 10,412,000 rows of 10,000,000.

If the row count is not reduced below the limit, or the database is not upgraded to a larger plan, within
7 days, INSERT privileges will be revoked and your app will only be able to read, update and delete data.

  heroku pg:info postgresql-curved-48213 -a hanbit-api
  heroku addons:upgrade postgresql-curved-48213 heroku-postgresql:essential-1 -a hanbit-api

Thanks,
Heroku

Heroku, a Salesforce company. 415 Mission Street, Suite 300, San Francisco, CA 94105
""",
        items=[item(QUOTA, "Heroku", "hanbit-api", "2026-11-17", aliases=["postgresql-curved-48213"])],
        note="'within 7 days' from the mail date: already past on 2026-11-23 (overdue)",
    )
)

# quota report listing several sites, only one over its limit
MAILS.append(
    Mail(
        name="h5_cafe24_quota_report_ko",
        category="digest",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        to=OPS,
        subject="[카페24] 10월 호스팅 사용량 리포트 (4개 계정)",
        date="2026-11-02 09:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html=f"""<html><body style="font-family:dotum;font-size:12px">
<table width="680" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="padding:24px"><h3>2026년 10월 호스팅 사용량 리포트</h3>
<p>한빛랩 고객님 계정(회원 아이디 hanbitcorp)에 연결된 호스팅 서비스의 지난달 사용량입니다.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd;text-align:center">
<tr bgcolor="#f5f5f5"><th>호스팅 아이디</th><th>상품</th><th>웹 용량</th><th>트래픽(일 평균)</th><th>상태</th></tr>
<tr><td>hanbitlab</td><td>10G 광아우토반 Full</td><td>7.8GB / 10GB</td><td>2.1GB / 무제한</td><td>정상</td></tr>
<tr><td>hanbitevent</td><td>절약형</td><td>0.4GB / 1GB</td><td>0.2GB / 1GB</td><td>정상</td></tr>
<tr><td>sotdam01</td><td>일반형</td><td><b style="color:#d00">3.09GB / 3GB</b></td><td>1.4GB / 3GB</td><td><b style="color:#d00">용량 초과</b></td></tr>
<tr><td>hanbitdocs</td><td>비즈니스</td><td>11.2GB / 30GB</td><td>4.0GB / 무제한</td><td>정상</td></tr>
</table>
<p style="color:#d00"><b>sotdam01</b> 계정은 웹 용량을 초과한 상태입니다. 초과 상태가 계속되면
2026년 11월 30일{kwd(2026, 11, 30)}부터 파일 업로드와 DB 쓰기가 제한됩니다. 그 전에 용량을 정리하시거나 상품을 변경해 주세요.</p>
<p>다음 리포트 발송 예정일: 2026년 12월 1일</p>
<p style="color:#999">카페24(주) 호스팅센터 1588-3413</p></td></tr></table></body></html>
""",
        items=[item(QUOTA, "Cafe24", "sotdam01", "2026-11-30")],
        note="monthly report of 4 hosting accounts, only sotdam01 over its limit (one item); the next-report date"
        " is a distractor",
    )
)

# === social-login-deprecation =====================================================================
MAILS.append(
    Mail(
        name="h5_kakao_phases_ko",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply-developers@kakaocorp.com"),
        to="dev@hanbit-lab.kr",
        subject="[카카오디벨로퍼스] 카카오 로그인 액세스 토큰 쿼리 파라미터 전달 방식 지원 종료 안내",
        date="2026-11-02 11:00 +0900",
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        html=f"""<html><body style="background:#f5f5f5"><table width="640" align="center" style="background:#fff;font-family:'Apple SD Gothic Neo',sans-serif">
<tr><td style="padding:28px 32px;font-size:14px;line-height:1.8;color:#191919">
<div style="display:none">앱 ID 1123456 관련 중요 공지</div>
<p>안녕하세요, 카카오입니다.</p>
<p>서비스 보안 강화를 위해 카카오 로그인 API 요청 시 <b>액세스 토큰을 쿼리 파라미터로 전달하는 방식</b>의 지원을 단계적으로 종료합니다.
최근 30일간 이 방식으로 요청한 이력이 있는 앱의 관리자께 안내드립니다.</p>
<table cellpadding="7" style="border:1px solid #e5e5e5;font-size:13px;width:100%">
<tr><td style="background:#fafafa;width:110px">대상 앱</td><td>한빛마켓 (앱 ID: 1123456)</td></tr>
<tr><td style="background:#fafafa">1차 종료</td><td>2026년 10월 29일{kwd(2026, 10, 29)}: 신규 앱 요청 차단</td></tr>
<tr><td style="background:#fafafa">2차 종료</td><td>2027년 1월 14일{kwd(2027, 1, 14)}: 모든 앱 요청 차단</td></tr></table>
<p>2차 종료일 이후에는 쿼리 파라미터로 토큰을 전달한 요청이 401 에러를 반환합니다. 그 전에 Authorization 헤더
(<code>Authorization: Bearer ${{ACCESS_TOKEN}}</code>) 방식으로 변경해 주세요.</p>
<p>자세한 내용은 데브톡 공지를 참고해 주세요. https://devtalk.kakao.com/c/notice</p>
<p style="font-size:12px;color:#888">본 메일은 카카오디벨로퍼스 앱 관리자에게 발송되는 필수 공지입니다.<br>(주)카카오 | 제주특별자치도 제주시 첨단로 242</p>
</td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Kakao", "한빛마켓", "2027-01-14", aliases=["1123456"])],
        note="two phases; phase 1 (2026-10-29) already past on the mail date, so the deadline is phase 2",
    )
)

MAILS.append(
    Mail(
        name="h5_naver_login_euckr_ko",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "dl_developers@navercorp.com"),
        to=OPS,
        subject="[NAVER Developers] 네이버 로그인 회원 프로필 조회 API 응답 변경 안내",
        date="2026-11-04 14:00 +0900",
        form="plain",
        charset="euc-kr",
        cte="8bit",
        text=f"""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인을 이용 중인 애플리케이션 관리자께 안내드립니다.

[대상 애플리케이션]
 - 애플리케이션 이름 : 한빛마켓 웹
 - Client ID : hB7xQ2mLw9Kc0pRzT4aN

[변경 내용]
회원 프로필 조회 API(/v1/nid/me)의 응답에서 'birthyear' 항목이 별도 동의 항목으로 분리됩니다.
변경 후에는 사용자가 '출생연도' 항목에 동의한 경우에만 값이 제공됩니다.

[적용 일정]
 - 2026년 12월 31일{kwd(2026, 12, 31)} 오후 6시 (KST)

적용 일시 전까지 [내 애플리케이션 > API 설정]에서 '출생연도' 제공 항목을 추가로 설정하시고, 검수 요청을 진행해 주시기 바랍니다.
설정하지 않으면 적용 이후 해당 항목이 제공되지 않습니다.

본 메일은 2026년 11월 4일 기준 네이버 로그인 API를 이용 중인 애플리케이션에 발송되었습니다.

네이버 개발자센터 드림
""",
        items=[item(SOCIAL, "Naver", "한빛마켓 웹", "2026-12-31", aliases=["hB7xQ2mLw9Kc0pRzT4aN"])],
        note="date with weekday and 오후 6시 (KST); the send-basis date is a distractor",
    )
)

MAILS.append(
    Mail(
        name="h5_apple_siwa_en",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        to="appleid@hanbit-lab.kr",
        subject="Action needed: Update Sign in with Apple server-to-server notifications",
        date="2026-10-28 17:00 -0700",
        form="alt",
        cte="quoted-printable",
        text="""Action needed for Sign in with Apple

Your app Hanbit Market (com.hanbitlab.market) uses Sign in with Apple and has a server-to-server
notification endpoint registered in Certificates, Identifiers & Profiles.

On or after January 26, 2027, Apple will send these notifications only in the new signed payload format,
and endpoints that do not accept it will stop receiving account-deletion and email-forwarding events.
Please update your endpoint before that date.

Learn more: https://developer.apple.com/documentation/sign_in_with_apple

Apple Developer Relations
Copyright (c) 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.
""",
        html="""<html><body style="font-family:-apple-system,'SF Pro Text',Helvetica,Arial,sans-serif;color:#1d1d1f">
<table width="600" align="center"><tr><td style="padding:40px 0 10px"><img src="https://developer.apple.com/assets/elements/icons/sign-in-with-apple/sign-in-with-apple-64x64.png" width="48" alt=""></td></tr>
<tr><td><h1 style="font-size:32px;font-weight:600">Action needed for Sign&nbsp;in with&nbsp;Apple</h1>
<p style="font-size:17px;line-height:1.5">Your app <b>Hanbit Market</b> (com.hanbitlab.market) has a server-to-server notification endpoint
registered for Sign in with Apple. <b>On or after January 26, 2027</b>, notifications will be sent only in the new
signed payload format. Update your endpoint to keep receiving account-deletion and email-forwarding events.</p>
<p><a href="https://developer.apple.com/account/resources/identifiers/list/serviceId">Review your configuration &#8250;</a></p>
<p style="font-size:12px;color:#86868b">Copyright &copy; 2026 Apple Inc. All rights reserved. One Apple Park Way, Cupertino, CA 95014.
<br><a href="https://developer.apple.com/contact/">Contact</a> | <a href="https://www.apple.com/legal/privacy/">Privacy Policy</a></p>
</td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Apple", "Hanbit Market", "2027-01-26", aliases=["com.hanbitlab.market"])],
        note="'On or after' date is the deadline",
    )
)

_auth, _hdr = via_group("h5_gg_meta_graph_en", "Facebook", "notification@facebookmail.com")
MAILS.append(
    Mail(
        name="h5_gg_meta_graph_en",
        category="positive",
        lang="en",
        sender=("'Facebook' via ops", OPS),
        to=OPS,
        subject="[ops] Graph API v21.0 will be deprecated on Feb 9, 2027",
        date="2026-11-11 20:30 +0000",
        form="html",
        cte="quoted-printable",
        auth=_auth,
        mailer="facebookmail.com",
        headers=_hdr,
        html="""<html><body style="margin:0;background:#f0f2f5">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:20px 24px;border-bottom:1px solid #e5e5e5"><img src="https://static.xx.fbcdn.net/rsrc.php/meta-logo.png" height="20" alt="Meta"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#1c1e21">
<table width="100%"><tr><td style="font-size:16px;font-weight:bold;padding-bottom:12px">v21.0 Upgrade Reminder</td></tr>
<tr><td>Your app, <b>Hanbit Shop</b> (App ID: 612345678901234), currently has access to Graph API v21.0, which will reach
the end of its 2-year lifetime on <b>09 February, 2027</b>. To ensure a smooth transition, please migrate all calls
to Graph API v22.0 or higher.</td></tr>
<tr><td style="padding-top:12px">Use the API Upgrade Tool to understand exactly how this change will impact your app. If you do not see any
impacted calls in the tool, your app may not be affected by this upgrade.</td></tr>
<tr><td style="padding-top:16px"><a href="https://developers.facebook.com/tools/api_versioning/612345678901234/" style="background:#1877f2;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">Open API Upgrade Tool</a></td></tr>
<tr><td style="padding-top:16px;color:#606770;font-size:12px">You can view this and other Developer Notifications related to your app in the App Dashboard.</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#8a8d91">This message was sent to ops@hanbit-lab.kr. Meta Platforms, Inc., Attention: Community Support,
1 Meta Way, Menlo Park, CA 94025</td></tr></table></td></tr></table>
<p style="font-size:11px;color:#777">You received this message because you are subscribed to the Google Groups "ops" group.</p>
</body></html>
""",
        items=[item(SOCIAL, "Meta", "Hanbit Shop", "2027-02-09", aliases=["612345678901234"])],
        note="Meta upgrade reminder resent by the Google group; '09 February, 2027' form",
    )
)

MAILS.append(
    Mail(
        name="h5_google_gsi_undated_en",
        category="positive",
        lang="en",
        sender=("Google Identity", "google-identity-noreply@google.com"),
        to=INFRA,
        subject="[Action Required] Migrate gurum-admin-prod from the legacy Google Sign-In library",
        date="2026-10-21 16:05 +0000",
        form="plain",
        cte="base64",
        auth=m365_auth("google.com"),
        authserv="",
        headers=m365_headers("h5_google_gsi_undated_en"),
        text="""Hello Google Developer,

You are receiving this message because one or more of your web applications still loads the legacy Google
Sign-In JavaScript platform library, which is deprecated.

Affected project: gurum-admin-prod
OAuth client ID(s):
  884210473651-4k2m9q7lr0c3v6x1a8s5d2f7g9h0j1k.apps.googleusercontent.com

What do I need to know?
The legacy library remains available for existing clients for now. A sunset date, after which it will no
longer work, will be announced in a future communication. We strongly recommend migrating to Google Identity
Services now so that sign-in keeps working when the library is turned off.

What do I need to do?
Follow the migration guide: https://developers.google.com/identity/gsi/web/guides/migration

Thanks for choosing Google Identity.

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your
Google Cloud project.
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "gurum-admin-prod",
                None,
                aliases=["884210473651-4k2m9q7lr0c3v6x1a8s5d2f7g9h0j1k.apps.googleusercontent.com"],
            )
        ],
        note="deprecated now, sunset date to be announced: undated item (null)",
    )
)

MAILS.append(
    Mail(
        name="h5_line_login_en",
        category="positive",
        lang="en",
        sender=("LINE Developers", "dev-noreply@line.me"),
        to="dev@hanbit-lab.kr",
        subject="[LINE Developers] LINE Login v2.0 endpoints will be discontinued",
        date="2026-11-12 10:00 +0900",
        form="plain",
        cte="7bit",
        text="""Dear developer,

Thank you for using LINE Login.

The LINE Login v2.0 endpoints will be discontinued on Dec. 10th. Your channel below sent requests to the
v2.0 endpoints in the last 30 days.

  Provider: Hanbit Lab Inc.
  Channel: Hanbit Market Login (Channel ID: 1657038842)

After the discontinuation, authorization requests to the v2.0 endpoints will return an error. Migrate to
LINE Login v2.1 before that date. See the migration guide:
https://developers.line.biz/en/docs/line-login/migration/

This notice was sent to the admins of the channel. If you have questions, please contact us through the
LINE Developers inquiry form.

LY Corporation
""",
        items=[item(SOCIAL, "LINE", "Hanbit Market Login", "2026-12-10", aliases=["1657038842"])],
        note="'Dec. 10th' without a year: next Dec 10 after the mail date",
    )
)

MAILS.append(
    Mail(
        name="h5_kakao_d14_ko",
        category="positive",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply-developers@kakaocorp.com"),
        to="dev@sobok.io",
        subject="[카카오디벨로퍼스] D-14 카카오싱크 간편가입 구버전 약관 API 지원 종료",
        date="2026-11-20 10:30 +0900",
        form="plain",
        charset="utf-8",
        cte="base64",
        text="""안녕하세요, 카카오입니다.

지난 2026년 8월 20일 공지드린 '카카오싱크 간편가입 구버전 서비스 약관 API' 지원 종료가 D-14 남았습니다.
아래 앱에서 아직 구버전 API 호출이 확인되어 다시 안내드립니다.

 - 앱 이름: 소복마켓
 - 앱 ID: 998877
 - 최근 호출: 2026-11-19 (/v1/user/service/terms)

지원 종료 이후에는 구버전 API 호출 시 에러가 반환됩니다. 신버전 API(/v2/user/service_terms)로 변경해 주세요.

문서: https://developers.kakao.com/docs/latest/ko/kakaosync/rest-api
문의: 데브톡 https://devtalk.kakao.com

감사합니다.
""",
        items=[item(SOCIAL, "Kakao", "소복마켓", "2026-12-04", aliases=["998877"])],
        note="'D-14' counted from the mail date (2026-11-20); the earlier announcement date and last call date are"
        " distractors",
    )
)

MAILS.append(
    Mail(
        name="h5_kakao_apps_digest_ko",
        category="digest",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply-developers@kakaocorp.com"),
        to="dev@hanbit-lab.kr",
        subject="[카카오디벨로퍼스] 동의항목 '전화번호' 정책 변경에 따른 조치 요청 (대상 앱 3개)",
        date="2026-11-09 15:00 +0900",
        form="html",
        charset="utf-8",
        cte="base64",
        html=f"""<html><body><table width="640" align="center" style="font-family:sans-serif;font-size:14px;line-height:1.8">
<tr><td style="padding:24px">
<p>안녕하세요, 카카오입니다.</p>
<p>카카오 로그인 동의항목 중 <b>카카오계정(전화번호)</b>의 이용 정책이 변경되어, 비즈 앱 전환 및 사용 목적 재심사가 필요합니다.
조치하지 않은 앱은 각 앱의 적용일부터 전화번호 동의항목이 '사용 안함'으로 바뀌고 값이 제공되지 않습니다.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border-collapse:collapse;border:1px solid #ddd">
<tr style="background:#fee500"><th>앱 이름</th><th>앱 ID</th><th>적용일</th></tr>
<tr><td>한빛샵</td><td>1124410</td><td>2026년 12월 18일{kwd(2026, 12, 18)}</td></tr>
<tr><td>한빛샵 관리자</td><td>1124411</td><td>2026년 12월 18일{kwd(2026, 12, 18)}</td></tr>
<tr><td>한빛 이벤트</td><td>1130001</td><td>2027년 1월 15일{kwd(2027, 1, 15)}</td></tr>
</table>
<p>[내 애플리케이션 &gt; 카카오 로그인 &gt; 동의항목]에서 사용 목적을 다시 입력하고 심사를 요청해 주세요.</p>
<p style="color:#888;font-size:12px">본 메일은 2026년 11월 9일 기준 대상 앱 관리자에게 발송되었습니다. (주)카카오</p>
</td></tr></table></body></html>
""",
        items=[
            item(SOCIAL, "Kakao", "한빛샵", "2026-12-18", aliases=["1124410"]),
            item(SOCIAL, "Kakao", "한빛샵 관리자", "2026-12-18", aliases=["1124411"]),
            item(SOCIAL, "Kakao", "한빛 이벤트", "2027-01-15", aliases=["1130001"]),
        ],
        note="three apps in one mail, each with its own date",
    )
)
