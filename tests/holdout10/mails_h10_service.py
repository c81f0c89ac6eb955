# ruff: noqa: E501
"""holdout10: hosting-quota and social-login-deprecation notices, their forwards, follow-ups,
resolutions and replies, plus the one forward carried as a message/rfc822 attachment."""

from __future__ import annotations

from h10_lib import DOMAIN, LIVING, QUOTA, SHOP, SOCIAL, Mail, item, kd, ms_auth

PREHEADER = '<div style="display:none;max-height:0;overflow:hidden">{}</div>'

MAILS: list[Mail] = [
    # ------------------------------------------------------------- hosting quota
    Mail(
        name="quota_iwinv_ko_traffic_until",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 트래픽 사용량 90% 초과 안내",
        date="2026-11-19 13:20 +0900",
        to=SHOP,
        form="plain",
        charset="euc-kr",
        cte="quoted-printable",
        auth=ms_auth("iwinv.kr"),
        text=f"""안녕하세요. 클라우드 서비스 iwinv 입니다.

고객님의 서버(bomnal-web01, 15.164.xx.21)의 이번 달 트래픽 사용량이
기본 제공량의 90%를 초과하였습니다.

 - 기본 제공 트래픽 : 1,000GB / 월
 - 현재 사용량      : 912GB (2026-11-19 12:00 기준)
 - 과금 주기        : 2026-11-01 ~ 2026-11-30

{kd(2026, 11, 30)} 오후 11시 59분까지 트래픽 추가 상품을 신청하거나 상위 상품으로
변경하지 않으시면, 제공량 초과 시점부터 네트워크 속도가 10Mbps로 제한됩니다.

콘솔 바로가기: https://console.iwinv.kr/instance
스마일서브 | 고객지원센터 1544-4755
""",
        items=[item(QUOTA, "iwinv", "bomnal-web01", "2026-11-30", aliases=["15.164.xx.21"])],
        note="billing cycle dates are distractors; the action date is the 까지 date with 오후 time",
    ),
    Mail(
        name="quota_cafe24_ko_disk_euckr_qp",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 웹 사용량이 95%를 초과하였습니다",
        date="2026-11-19 07:45 +0900",
        to=SHOP,
        form="html",
        charset="euc-kr",
        cte="quoted-printable",
        auth=ms_auth("cafe24.com"),
        html=f"""<html><body>{PREHEADER.format("웹 공간이 곧 가득 찹니다")}
<table width="650" cellpadding="0" cellspacing="0" style="font-family:돋움;font-size:12px;border:1px solid #ddd">
<tr><td style="padding:18px;background:#1b1b1b;color:#fff"><b>CAFE24</b> 호스팅센터</td></tr>
<tr><td style="padding:22px;line-height:20px">
안녕하세요. 카페24 호스팅센터입니다.<br>
회원님의 웹호스팅 계정 <b>bomnal01</b> (bomnal01.cafe24.com) 의 웹 사용량이 95%를 초과하였습니다.<br><br>
<table cellpadding="6" cellspacing="1" bgcolor="#cccccc" width="100%">
<tr bgcolor="#f5f5f5"><td>상품</td><td>제공 용량</td><td>사용 용량</td><td>사용률</td></tr>
<tr bgcolor="#ffffff"><td>10기가 광아우토반 Full SSD</td><td>10GB</td><td>9.6GB</td><td><b style="color:red">96%</b></td></tr>
</table><br>
웹 용량이 100%에 도달하면 파일 업로드, 게시판 글쓰기, DB 저장 등이 정상 동작하지 않을 수 있습니다.<br>
불필요한 파일을 정리하시거나 상위 상품으로 변경해 주세요.<br>
&nbsp;&middot; 서비스 만기일: 2027-03-15 (참고)</td></tr>
<tr><td style="padding:12px 22px;color:#999;font-size:11px">(주)카페24 | 고객센터 1588-3284 | 본 메일은 발신전용입니다.</td></tr>
</table></body></html>
""",
        items=[item(QUOTA, "Cafe24", "bomnal01", "default", aliases=["bomnal01.cafe24.com"])],
        note="no action date; the hosting service's own 만기일 is a distractor (not a domain-expiry item)",
    ),
    Mail(
        name="quota_dothome_ko_within3days",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 디스크 용량 초과 - 3일 이내 정리 필요",
        date="2026-11-21 18:05 +0900",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("dothome.co.kr"),
        text="""[닷홈] 호스팅 용량 초과 안내

아이디 : bomnalliving
호스팅 : 무료 호스팅 (bomnalliving.dothome.co.kr)
디스크 : 1,024MB / 1,024MB (100%)

디스크 사용량이 할당량에 도달하였습니다.
3일 이내에 파일을 정리하거나 유료 호스팅으로 전환하지 않으시면 홈페이지 서비스가 중지됩니다.

닷홈 고객센터 https://www.dothome.co.kr/customer
""",
        items=[item(QUOTA, "Dothome", "bomnalliving", "2026-11-24", aliases=["bomnalliving.dothome.co.kr"])],
        note="relative deadline: 3일 이내 from 2026-11-21",
    ),
    Mail(
        name="quota_gabia_ko_suspend_am",
        category="positive",
        lang="ko",
        sender=("가비아", "hosting@gabia.com"),
        subject="[가비아] 웹호스팅 트래픽 초과로 인한 서비스 일시 중지 예정 안내",
        date="2026-11-22 16:40 +0900",
        to=SHOP,
        form="plain",
        charset="ks_c_5601-1987",
        cte="8bit",
        auth=ms_auth("gabia.com"),
        text=f"""봄날상회 고객님, 안녕하세요. 가비아입니다.

이용 중이신 웹호스팅(bomnal.gabia.io, 계정명 bomnalweb)의 월 트래픽이 제공량을 초과하여
아래 일정으로 서비스가 일시 중지될 예정입니다.

  ▶ 중지 예정 일시 : {kd(2026, 11, 24)} 오전 9시
  ▶ 트래픽 초기화일 : 매월 1일
  ▶ 현재 사용량     : 152GB / 150GB

중지 전에 트래픽 추가 구매 또는 상품 변경을 해 주시면 중지되지 않습니다.
My가비아 > 서비스 관리 > 웹호스팅 > 트래픽 추가

가비아 고객센터 1544-4370
""",
        items=[item(QUOTA, "Gabia", "bomnalweb", "2026-11-24", aliases=["bomnal.gabia.io"])],
        note="ks_c_5601-1987 raw 8bit; suspension at 오전 9시 on 11-24",
    ),
    Mail(
        name="quota_hetzner_en_storagebox",
        category="positive",
        lang="en",
        sender=("Hetzner Online GmbH", "noreply@hetzner.com"),
        subject="Storage Box BX11 #481223 reached 90% of its capacity",
        date="2026-10-28 03:14 +0100",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("hetzner.com"),
        text="""Dear Sir or Madam,

Your Storage Box BX11 #481223 (u481223.your-storagebox.de) has reached 90% of
its capacity:

  Used:      0.92 TB
  Capacity:  1.00 TB
  Snapshots: 112 GB

When the Storage Box is full, new backups and uploads will fail. Please delete
data or upgrade to a larger product via Hetzner Robot:
https://robot.hetzner.com/storage

Client number: K0918273441
Invoice date of the last invoice: 2026-10-01

Kind regards
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
Managing Director: Martin Hetzner, Stephan Konvickova, Günther Müller
Register Court: Registergericht Ansbach, HRB 6089
""",
        items=[
            item(
                QUOTA,
                "Hetzner",
                "u481223",
                "default",
                aliases=["#481223", "u481223.your-storagebox.de", "BX11 #481223"],
            )
        ],
    ),
    Mail(
        name="quota_digitalocean_en_html_db",
        category="positive",
        lang="en",
        sender=("DigitalOcean", "noreply@digitalocean.com"),
        subject="Alert: db-bomnal-prod disk usage is above 90%",
        date="2026-11-12 19:02 +0000",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("digitalocean.com"),
        html=f"""<html><body style="background:#f3f5f9;font-family:Arial">{PREHEADER.format("Managed database storage is running low")}
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 30px;border-bottom:1px solid #e5e8ed"><img src="https://assets.digitalocean.com/logos/DO_Logo_horizontal_blue.png" width="160" alt="DigitalOcean"></td></tr>
<tr><td style="padding:30px;font-size:15px;color:#031b4e;line-height:23px">
Hi Bomnal team,<br><br>
The disk usage of your managed PostgreSQL cluster <b>db-bomnal-prod</b> (SGP1) has been above <b>90%</b> for 15 minutes.<br><br>
If the disk fills up, the cluster is put into read-only mode to protect your data. Resize the cluster or add storage from the control panel.<br><br>
<table cellpadding="6" style="font-size:14px;border:1px solid #e5e8ed"><tr><td>Team</td><td>bomnal-ops</td></tr>
<tr><td>Cluster</td><td>db-bomnal-prod</td></tr><tr><td>Usage</td><td>27.4 GiB of 30 GiB</td></tr></table><br>
<a href="https://cloud.digitalocean.com/databases/db-bomnal-prod/resize">Resize cluster</a>
</td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#8690a2">DigitalOcean LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021<br>
You are receiving this because of an alert policy on your team.</td></tr></table></body></html>
""",
        items=[item(QUOTA, "DigitalOcean", "db-bomnal-prod", "default")],
    ),
    Mail(
        name="quota_linode_en_transfer_pool",
        category="positive",
        lang="en",
        sender=("Akamai Cloud (Linode)", "support@linode.com"),
        subject="Network transfer pool usage: 85% consumed",
        date="2026-11-18 21:30 +0000",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("linode.com"),
        text="""Hello,

Your account bomnal-living has used 85% of its network transfer pool for this
billing cycle.

  Transfer pool:  4,000 GB
  Used so far:    3,402 GB
  Cycle resets:   December 1, 2026

Transfer beyond your pool is billed at $0.005 per GB. To avoid overage charges,
reduce outbound traffic or add Linodes to grow the pool.

Manage: https://cloud.linode.com/account/billing

Akamai Technologies, Inc. | 249 Arch St, Philadelphia, PA 19106
""",
        items=[item(QUOTA, "Linode", "bomnal-living", "default")],
        note="no action date; the cycle reset date is a distractor",
    ),
    Mail(
        name="quota_gworkspace_ko_storage",
        category="positive",
        lang="ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="bomnal-living.kr 조직의 공유 저장용량이 거의 가득 찼습니다",
        date="2026-11-17 02:11 +0000",
        to=LIVING,
        form="alt",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("google.com"),
        text="""관리자님, 안녕하세요.

bomnal-living.kr 조직에서 공유 저장용량의 95%를 사용 중입니다(총 300GB 중 286GB).
저장용량이 가득 차면 사용자가 Gmail에서 메일을 주고받거나 Drive에 파일을 업로드할 수 없습니다.

관리 콘솔에서 저장용량을 추가 구매하거나 불필요한 데이터를 삭제하세요.
https://admin.google.com/ac/storage

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
Google Workspace 관리자 계정이 있으므로 필수 서비스 공지사항으로 이 이메일을 수신하셨습니다.
""",
        html="""<html><body style="font-family:Roboto,Arial"><table width="600" align="center" cellpadding="24" style="border:1px solid #dadce0;border-radius:8px"><tr><td>
<img src="https://www.gstatic.com/images/branding/product/2x/google_workspace_48dp.png" width="40" alt="">
<h2 style="font-weight:400">공유 저장용량이 거의 가득 찼습니다</h2>
<p><b>bomnal-living.kr</b> 조직에서 공유 저장용량의 <b>95%</b>를 사용 중입니다(총 300GB 중 286GB).</p>
<p>저장용량이 가득 차면 사용자가 Gmail에서 메일을 주고받거나 Drive에 파일을 업로드할 수 없습니다.</p>
<p><a href="https://admin.google.com/ac/storage" style="background:#1a73e8;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">저장용량 관리</a></p>
<p style="font-size:11px;color:#5f6368">Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>Google Workspace 관리자 계정이 있으므로 필수 서비스 공지사항으로 이 이메일을 수신하셨습니다.</p>
</td></tr></table></body></html>
""",
        items=[item(QUOTA, "Google Workspace", "bomnal-living.kr", "default")],
    ),
    # Cafe24 multi-account usage digest (one account fine, two over).
    Mail(
        name="dig_cafe24_ko_html_ksc_accounts",
        category="digest",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 11월 호스팅 사용량 점검 결과 안내",
        date="2026-11-11 10:30 +0900",
        to=SHOP,
        form="html",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        auth=ms_auth("cafe24.com"),
        html="""<html><body><table width="680" cellpadding="0" cellspacing="0" style="font-family:굴림;font-size:12px">
<tr><td style="padding:16px;border-bottom:2px solid #333"><b>CAFE24 호스팅센터</b> &nbsp;|&nbsp; 사용량 점검 결과</td></tr>
<tr><td style="padding:20px;line-height:19px">
회원님께서 이용 중인 호스팅 계정의 11월 사용량 점검 결과를 안내드립니다.<br>
사용률이 90%를 넘은 항목은 용량 정리 또는 상품 변경이 필요합니다.<br><br>
<table width="100%" cellpadding="6" cellspacing="1" bgcolor="#bbbbbb">
<tr bgcolor="#eeeeee" align="center"><td>계정</td><td>상품</td><td>웹 용량</td><td>DB 용량</td><td>점검 결과</td></tr>
<tr bgcolor="#ffffff" align="center"><td>bomnal02</td><td>절약형</td><td>41%</td><td>22%</td><td>정상</td></tr>
<tr bgcolor="#ffffff" align="center"><td>bomnalliving</td><td>일반형</td><td>63%</td><td><font color="red">100% (초과)</font></td><td>조치 필요</td></tr>
<tr bgcolor="#ffffff" align="center"><td>bomnalevent</td><td>비즈니스</td><td><font color="red">93%</font></td><td>48%</td><td>조치 필요</td></tr>
</table><br>
DB 용량이 초과된 경우 새 데이터가 저장되지 않아 쇼핑몰/게시판 기능에 오류가 발생합니다.<br>
점검 기준일: 2026-11-10</td></tr>
<tr><td style="padding:12px 20px;background:#f4f4f4;color:#999;font-size:11px">(주)카페24 호스팅센터 | 1588-3284</td></tr>
</table></body></html>
""",
        items=[
            item(QUOTA, "Cafe24", "bomnalliving", "default"),
            item(QUOTA, "Cafe24", "bomnalevent", "default"),
        ],
        note="bomnal02 is normal (no item); two accounts need action, no dates given",
    ),
    # Follow-up that moves the quota suspension date.
    Mail(
        name="fup_cafe24_ko_suspension_moved",
        category="followup",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 트래픽 초과 서비스 제한 일정 변경 안내",
        date="2026-11-20 14:00 +0900",
        to=SHOP,
        form="plain",
        charset="euc-kr",
        cte="8bit",
        auth=ms_auth("cafe24.com"),
        text=f"""안녕하세요, 카페24 호스팅센터입니다.

앞서 안내드린 웹호스팅 계정 bomnal01 의 트래픽 초과에 따른 서비스 제한 일정이
고객님의 요청에 따라 아래와 같이 변경되었습니다.

  - 변경 전 제한 예정일 : {kd(2026, 11, 26)}
  - 변경 후 제한 예정일 : {kd(2026, 12, 3)}

변경된 일정 전까지 트래픽 추가옵션 신청 또는 상품 변경을 완료해 주시기 바랍니다.

(주)카페24 | 고객센터 1588-3284
""",
        items=[item(QUOTA, "Cafe24", "bomnal01", "2026-12-03", aliases=["bomnal01.cafe24.com"])],
        note="moves the date: 11-26 is the old value (distractor)",
    ),
    Mail(
        name="res_gworkspace_ko_storage_added",
        category="resolution",
        lang="ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="bomnal-living.kr의 저장용량이 추가되었습니다",
        date="2026-11-19 06:20 +0000",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("google.com"),
        text="""관리자님, 안녕하세요.

bomnal-living.kr 조직에 Google Workspace 추가 저장용량 100GB가 적용되었습니다.
이제 조직의 총 공유 저장용량은 400GB입니다(현재 사용량 286GB).

구독 세부정보는 관리 콘솔의 결제 > 구독에서 확인할 수 있습니다.
다음 청구일: 2026년 12월 1일

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[item(QUOTA, "Google Workspace", "bomnal-living.kr", None, resolves=True)],
        note="quota raised: resolves the storage warning; the next billing date is a distractor",
    ),
    # ------------------------------------------------------------- social login
    Mail(
        name="soc_kakao_ko_phases",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "kakaodevelopers@kakaocorp.com"),
        subject="[Kakao Developers] 카카오 로그인 JavaScript SDK v1 지원 종료 사전 안내",
        date="2026-11-05 11:00 +0900",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("kakaocorp.com"),
        html=f"""<html><body style="background:#f6f6f6">{PREHEADER.format("앱에서 사용 중인 JavaScript SDK 버전을 확인해 주세요")}
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Apple SD Gothic Neo','Malgun Gothic';font-size:14px;color:#191919">
<tr><td style="padding:24px 32px;background:#fee500"><b>kakao</b> developers</td></tr>
<tr><td style="padding:32px;line-height:24px">
안녕하세요, 카카오입니다.<br><br>
아래 앱에서 카카오 로그인 JavaScript SDK v1(kakao.min.js 1.x) 호출이 확인되어 안내드립니다.<br>
JavaScript SDK v1은 단계적으로 지원이 종료됩니다. 기한 내에 v2로 전환해 주세요.<br><br>
<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#e5e5e5;font-size:13px">
<tr bgcolor="#fafafa"><th>앱 이름</th><th>앱 ID</th><th>최근 v1 호출</th></tr>
<tr><td>봄날상회</td><td>1048576</td><td>2026-11-04</td></tr></table><br>
<b>종료 일정</b><br>
&middot; 1차 종료: {kd(2026, 12, 1)} - v1 로그인(Kakao.Auth.login) 팝업 방식 호출 차단<br>
&middot; 2차 종료: {kd(2027, 1, 15)} - v1 SDK 전체 호출 차단<br><br>
전환 방법은 개발 가이드의 <a href="https://developers.kakao.com/docs/latest/ko/javascript/getting-started">JavaScript SDK 시작하기</a>를 참고해 주세요.<br>
문의: <a href="https://devtalk.kakao.com">데브톡</a></td></tr>
<tr><td style="padding:20px 32px;font-size:11px;color:#999;background:#fafafa">
본 메일은 카카오디벨로퍼스 앱 관리자에게 발송되는 서비스 공지입니다.<br>
(주)카카오 | 제주특별자치도 제주시 첨단로 242 | 사업자등록번호 120-81-47521</td></tr>
</table></body></html>
""",
        items=[item(SOCIAL, "Kakao", "봄날상회", "2026-12-01", aliases=["1048576"])],
        note="two phases: the first not yet past on the mail's date is 2026-12-01",
    ),
    Mail(
        name="soc_naver_ko_dotdate",
        category="positive",
        lang="ko",
        sender=("NAVER Developers", "developers-noreply@navercorp.com"),
        subject="[네이버 개발자센터] 네이버 로그인 회원 프로필 조회 API 응답 변경 및 구버전 종료 안내",
        date="2026-10-20 10:00 +0900",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("navercorp.com"),
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 로그인을 이용 중인 애플리케이션 '봄날리빙 회원'(Client ID: bLvNgXr7Qe2kP0mT)에서
구버전 회원 프로필 조회 API(/v1/nid/getUserProfile.xml) 호출이 확인되어 안내드립니다.

해당 API는 2026.12.15. 부터 지원이 종료되며, 이후 호출 시 오류가 반환됩니다.
지원 종료일 전까지 JSON 방식의 회원 프로필 조회 API(/v1/nid/me)로 전환해 주시기 바랍니다.

■ 대상 애플리케이션 : 봄날리빙 회원
■ 지원 종료일      : 2026.12.15.
■ 공지 게시일      : 2026.10.20.

자세한 내용은 네이버 개발자센터 공지사항을 참고해 주세요.
https://developers.naver.com/notice

감사합니다.
NAVER Developers
""",
        items=[item(SOCIAL, "Naver", "봄날리빙 회원", "2026-12-15", aliases=["bLvNgXr7Qe2kP0mT"])],
        note="notice date 2026.10.20. is a distractor",
    ),
    Mail(
        name="soc_apple_en_html",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action required: Update your Sign in with Apple configuration",
        date="2026-10-15 17:00 -0700",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("insideapple.apple.com"),
        html=f"""<html><body style="margin:0;font-family:-apple-system,'SF Pro Text',Helvetica,sans-serif;background:#fff">
{PREHEADER.format("Changes to Sign in with Apple for your Services ID")}
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="padding:36px 0 12px"><img src="https://developer.apple.com/assets/elements/icons/developer/developer-64x64.png" width="40" alt="Apple Developer"></td></tr>
<tr><td style="font-size:28px;font-weight:600;line-height:34px;padding-bottom:18px">Update your Sign in with Apple configuration</td></tr>
<tr><td style="font-size:16px;line-height:25px;color:#1d1d1f">
Dear Bomnal Co., Ltd.,<br><br>
Starting January 20, 2027, Sign in with Apple will require every Services ID to register a server-to-server notification endpoint and verified return URLs that use TLS 1.2 or later.
Our records show that the following Services ID does not meet these requirements:<br><br>
&nbsp;&nbsp;App: <b>Bomnal Shop</b><br>&nbsp;&nbsp;Services ID: com.bomnal.shop.signin<br>&nbsp;&nbsp;Team ID: 7QX2K9LM4B<br><br>
If the configuration isn&rsquo;t updated by January 20, 2027, users won&rsquo;t be able to sign in to your website with their Apple Account.
Update it in Certificates, Identifiers &amp; Profiles.</td></tr>
<tr><td style="padding:30px 0;font-size:12px;color:#86868b;line-height:18px">
Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States.<br>
<a href="https://developer.apple.com/contact/">Contact Us</a> | <a href="https://www.apple.com/legal/privacy/">Privacy Policy</a></td></tr>
</table></td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Apple", "Bomnal Shop", "2027-01-20", aliases=["com.bomnal.shop.signin"])],
    ),
    Mail(
        name="soc_meta_en_on_or_after",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Graph API v19.0 will be deprecated for Bomnal Shop Login",
        date="2026-11-04 12:30 -0800",
        to=SHOP,
        form="alt",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("facebookmail.com"),
        text="""Meta for Developers

Your app Bomnal Shop Login (App ID: 308812274410923) made calls to Graph API
v19.0 in the last 7 days.

On or after February 4, 2027, v19.0 will no longer be available. Calls to v19.0
will be automatically upgraded to the next available version, which may change
the behavior of Facebook Login in your app. Test your app and upgrade to v24.0.

Use the API Upgrade Tool: https://developers.facebook.com/tools/api_versioning/308812274410923

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
To help keep your account secure, please don't forward this email.
""",
        html="""<html><body style="font-family:Helvetica,Arial;background:#f0f2f5"><table width="580" align="center" cellpadding="24" style="background:#fff">
<tr><td><b style="color:#1877f2">Meta for Developers</b></td></tr>
<tr><td style="font-size:15px;line-height:22px">
Your app <b>Bomnal Shop Login</b> (App ID: 308812274410923) made calls to Graph API v19.0 in the last 7 days.<br><br>
On or after <b>February 4, 2027</b>, v19.0 will no longer be available. Calls will be upgraded to the next available version automatically, which may change how Facebook Login behaves in your app.<br><br>
<a href="https://developers.facebook.com/tools/api_versioning/308812274410923">Open the API Upgrade Tool</a></td></tr>
<tr><td style="font-size:11px;color:#8a8d91">Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025</td></tr></table></body></html>
""",
        items=[item(SOCIAL, "Meta", "Bomnal Shop Login", "2027-02-04", aliases=["308812274410923"])],
    ),
    Mail(
        name="soc_googlecloud_ko_action_required",
        category="positive",
        lang="ko",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[조치 필요] Google 로그인 JavaScript 플랫폼 라이브러리 지원 중단 - 프로젝트 bomnal-shop-prod",
        date="2026-11-11 01:00 +0000",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("google.com"),
        html="""<html><body style="font-family:'Google Sans',Roboto,Arial"><table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #dadce0">
<tr><td style="padding:24px"><img src="https://www.gstatic.com/cloud/images/icons/google_cloud_logo.png" width="160" alt="Google Cloud"></td></tr>
<tr><td style="padding:0 24px 24px;font-size:14px;line-height:22px;color:#3c4043">
고객님께,<br><br>
기존 Google 로그인 JavaScript 플랫폼 라이브러리(apis.google.com/js/platform.js)가 <b>2027년 1월 31일</b>에 완전히 지원 중단됨을 알려드립니다.
이 날짜 이후에는 해당 라이브러리를 사용하는 로그인 버튼이 작동하지 않습니다.<br><br>
<b>조치가 필요한 사항</b><br>
Google ID 서비스(GIS) 라이브러리로 이전하세요. 아래 프로젝트의 OAuth 클라이언트에서 지난 30일 동안 기존 라이브러리 사용이 확인되었습니다.<br><br>
&bull; 프로젝트 ID: bomnal-shop-prod<br>&bull; OAuth 클라이언트: 1043-web-login.apps.googleusercontent.com<br><br>
이전 가이드: <a href="https://developers.google.com/identity/gsi/web/guides/migration">Google ID 서비스로 이전</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#5f6368;background:#f8f9fa">
© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>
Google Cloud 계정의 서비스에 중요한 변경사항을 알려드리기 위해 발송된 필수 서비스 공지입니다.</td></tr>
</table></body></html>
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "bomnal-shop-prod",
                "2027-01-31",
                aliases=["1043-web-login.apps.googleusercontent.com"],
            )
        ],
    ),
    Mail(
        name="soc_kakao_ko_undated",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "kakaodevelopers@kakaocorp.com"),
        subject="[Kakao Developers] Kakao SDK for Android v1 지원 중단(Deprecated) 안내",
        date="2026-09-24 15:00 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="8bit",
        auth=ms_auth("kakaocorp.com"),
        text="""안녕하세요, 카카오입니다.

Kakao SDK for Android v1(카카오 로그인 포함)이 오늘부터 지원 중단(Deprecated) 상태로 전환됩니다.
지원 중단 상태의 SDK는 신규 기능 추가 및 오류 수정이 제공되지 않으며,
호출 차단(지원 종료) 시점은 추후 별도 공지를 통해 안내드릴 예정입니다.

귀하의 앱 '봄날상회'(앱 ID 1048576)에서 v1 SDK 사용이 확인되었습니다.
서비스 안정성을 위해 가급적 빠르게 Kakao SDK v2로 전환해 주세요.

- 전환 가이드: https://developers.kakao.com/docs/latest/ko/android/getting-started
- 문의: 데브톡 https://devtalk.kakao.com

감사합니다.
카카오디벨로퍼스 드림
""",
        items=[item(SOCIAL, "Kakao", "봄날상회", None, aliases=["1048576", "Kakao SDK for Android v1"])],
        note="deprecated now, end date to be announced: undated item",
    ),
    # Meta digest: two apps, two versions, each its own date.
    Mail(
        name="dig_meta_en_two_apps",
        category="digest",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Upcoming Graph API deprecations affecting 2 of your apps",
        date="2026-10-02 09:00 -0700",
        to=LIVING,
        form="html",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("facebookmail.com"),
        html="""<html><body style="font-family:Helvetica,Arial"><table width="600" align="center" cellpadding="20">
<tr><td style="border-bottom:1px solid #ddd"><b style="color:#1877f2">Meta for Developers</b> &middot; Developer Alerts</td></tr>
<tr><td style="font-size:14px;line-height:21px">
Hi,<br>These apps you administer still call Graph API versions that are reaching end of life. Facebook Login may behave differently after each date.<br><br>
<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddfe2;font-size:13px">
<tr bgcolor="#f5f6f7"><th align="left">App</th><th align="left">App ID</th><th align="left">Version</th><th align="left">Deprecation date</th></tr>
<tr><td>Bomnal Living Web</td><td>771203398812</td><td>v18.0</td><td>January 26, 2027</td></tr>
<tr><td>Bomnal Living POS</td><td>771203398999</td><td>v20.0</td><td>September 24, 2026 (already deprecated)</td></tr>
<tr><td>Bomnal Living CS</td><td>771203400001</td><td>v21.0</td><td>February 11, 2027</td></tr>
</table><br>
Alert sent on October 2, 2026.</td></tr>
<tr><td style="font-size:11px;color:#8a8d91">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</td></tr></table></body></html>
""",
        items=[
            item(SOCIAL, "Meta", "Bomnal Living Web", "2027-01-26", aliases=["771203398812"]),
            item(SOCIAL, "Meta", "Bomnal Living POS", "2026-09-24", aliases=["771203398999"]),
            item(SOCIAL, "Meta", "Bomnal Living CS", "2027-02-11", aliases=["771203400001"]),
        ],
        note="subject says 2 apps but the table lists 3; POS is already past its date (overdue), still an item",
    ),
    # Forward (Gmail-style Korean 전달된 메시지) from the sister company of a Kakao biz-app notice.
    Mail(
        name="fwd_gmail_ko_kakao_bizapp",
        category="forward",
        lang="ko",
        sender=("박소연", "soyeon.park@bomnal-living.kr"),
        subject="Fwd: [Kakao Developers] 카카오 로그인 이메일 동의항목 사용 조건 변경 안내",
        date="2026-11-06 09:30 +0900",
        to=SHOP,
        form="alt",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("bomnal-living.kr", "internal"),
        mailer="bomnal-living.kr",
        text="""리빙 쪽 앱인데 본사에서 처리해 주실 수 있을까요?

---------- 전달된 메시지 ---------
보낸사람: Kakao Developers <kakaodevelopers@kakaocorp.com>
Date: 2026년 11월 5일 (목) 오후 2:00
Subject: [Kakao Developers] 카카오 로그인 이메일 동의항목 사용 조건 변경 안내
To: <soyeon.park@bomnal-living.kr>

안녕하세요, 카카오입니다.

카카오 로그인 '카카오계정(이메일)' 동의항목은 2026년 12월 18일부터 비즈 앱에서만 사용할 수 있습니다.
아래 앱은 현재 비즈 앱이 아니므로, 기한 내에 비즈 앱으로 전환하지 않으면 이메일 정보를 받을 수 없습니다.

- 앱 이름: 봄날리빙
- 앱 ID: 2097152
- 전환 기한: 2026년 12월 18일 (금) 까지

비즈 앱 전환: [내 애플리케이션] > [앱 설정] > [비즈니스]

카카오디벨로퍼스 드림
""",
        html="""<div dir="ltr">리빙 쪽 앱인데 본사에서 처리해 주실 수 있을까요?<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- 전달된 메시지 ---------<br>
보낸사람: <strong class="gmail_sendername">Kakao Developers</strong> <span>&lt;kakaodevelopers@kakaocorp.com&gt;</span><br>
Date: 2026년 11월 5일 (목) 오후 2:00<br>Subject: [Kakao Developers] 카카오 로그인 이메일 동의항목 사용 조건 변경 안내<br>
To: &lt;soyeon.park@bomnal-living.kr&gt;<br></div><br>
<div>안녕하세요, 카카오입니다.<br><br>
카카오 로그인 '카카오계정(이메일)' 동의항목은 <b>2026년 12월 18일</b>부터 비즈 앱에서만 사용할 수 있습니다.<br>
아래 앱은 현재 비즈 앱이 아니므로, 기한 내에 비즈 앱으로 전환하지 않으면 이메일 정보를 받을 수 없습니다.<br><br>
- 앱 이름: 봄날리빙<br>- 앱 ID: 2097152<br>- 전환 기한: 2026년 12월 18일 (금) 까지<br><br>
카카오디벨로퍼스 드림</div></div></div>
""",
        items=[item(SOCIAL, "Kakao", "봄날리빙", "2026-12-18", aliases=["2097152"])],
        note="Gmail-style forward inside the sister company's M365 tenant; note the text/plain and HTML differ slightly",
    ),
    # Follow-up: Google extends a date.
    Mail(
        name="fup_google_ko_extended",
        category="followup",
        lang="ko",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[업데이트] 프로젝트 bomnal-living-app: OAuth 대역 외(OOB) 흐름 차단 일정 연장",
        date="2026-11-13 01:00 +0000",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("google.com"),
        text="""고객님께,

지난달 안내해 드린 OAuth 대역 외(OOB) 흐름 차단 일정이 변경되었음을 알려드립니다.
고객님의 피드백을 반영하여 이전 기한(2026년 12월 1일)을 2027년 1월 15일로 연장합니다.

프로젝트 bomnal-living-app 의 OAuth 클라이언트에서 여전히 OOB 리디렉션(urn:ietf:wg:oauth:2.0:oob)을
사용하고 있습니다. 2027년 1월 15일 이후에는 이 클라이언트로 Google 로그인을 할 수 없습니다.
루프백 IP 주소 또는 다른 지원 방식으로 이전해 주세요.

이전 가이드: https://developers.google.com/identity/protocols/oauth2/resources/oob-migration

© 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
필수 서비스 공지사항입니다.
""",
        items=[item(SOCIAL, "Google", "bomnal-living-app", "2027-01-15")],
        note="follow-up that moves the deadline: 2026-12-01 is the old value",
    ),
    Mail(
        name="res_kakao_ko_bizapp_done",
        category="resolution",
        lang="ko",
        sender=("Kakao Developers", "kakaodevelopers@kakaocorp.com"),
        subject="[Kakao Developers] 비즈 앱 전환이 완료되었습니다",
        date="2026-11-20 16:10 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("kakaocorp.com"),
        text="""안녕하세요, 카카오입니다.

요청하신 앱의 비즈 앱 전환이 완료되었습니다.

- 앱 이름: 봄날리빙
- 앱 ID: 2097152
- 전환 완료일: 2026-11-20

이제 카카오 로그인에서 '카카오계정(이메일)' 동의항목을 계속 사용할 수 있습니다.
동의항목 설정은 [내 애플리케이션] > [카카오 로그인] > [동의항목]에서 확인해 주세요.

카카오디벨로퍼스 드림
""",
        items=[item(SOCIAL, "Kakao", "봄날리빙", None, resolves=True, aliases=["2097152"])],
        note="migration done: resolves the biz-app item",
    ),
    # ------------------------------------------------------------- replies (no items)
    Mail(
        name="rep_mixed_outlook_quoting_godaddy",
        category="reply",
        lang="mixed",
        sender=("관리자", "admin@bomnal-shop.co.kr"),
        subject="RE: FW: Your domain bomnal-living.net expires December 29, 2026",
        date="2026-11-11 09:12 +0900",
        to="Jiwoo Han <jiwoo.han@bomnal-living.kr>",
        form="plain",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        auth=ms_auth("bomnal-shop.co.kr", "internal"),
        mailer="bomnal-shop.co.kr",
        text="""지우님, 확인했습니다. 다음 주 결재 올려서 연장하겠습니다.

관리자 드림

-----Original Message-----
From: Jiwoo Han <jiwoo.han@bomnal-living.kr>
Sent: Tuesday, November 10, 2026 3:48 PM
To: admin@bomnal-shop.co.kr
Subject: FW: Your domain bomnal-living.net expires December 29, 2026

Hi team, this came to my old mailbox. Can admin@ take care of it?

-----Original Message-----
From: GoDaddy <noreply@godaddy.com>
Sent: Monday, November 9, 2026 11:02 PM
Subject: Your domain bomnal-living.net expires December 29, 2026

Your domain bomnal-living.net expires on December 29, 2026. Auto-renew is off.
Domain: bomnal-living.net
Expiration date: December 29, 2026
""",
        items=[],
        note="reply quoting a forwarded notice: evidence at most, no new item",
    ),
    Mail(
        name="rep_ko_euckr_quoting_cafe24",
        category="reply",
        lang="ko",
        sender=("이준호", "junho.lee@bomnal-shop.co.kr"),
        subject="RE: [카페24] 웹 사용량이 95%를 초과하였습니다",
        date="2026-11-19 11:02 +0900",
        to=SHOP,
        form="plain",
        charset="euc-kr",
        cte="base64",
        auth=ms_auth("bomnal-shop.co.kr", "internal"),
        mailer="bomnal-shop.co.kr",
        text="""로그 파일 정리해서 지금 61% 입니다. 상위 상품 변경은 일단 보류할게요.

이준호

-----원본 메시지-----
보낸 사람: 카페24 호스팅센터 <hosting@cafe24.com>
보낸 날짜: 2026년 11월 19일 목요일 오전 7:45
받는 사람: admin@bomnal-shop.co.kr
제목: [카페24] 웹 사용량이 95%를 초과하였습니다

회원님의 웹호스팅 계정 bomnal01 (bomnal01.cafe24.com) 의 웹 사용량이 95%를 초과하였습니다.
웹 용량이 100%에 도달하면 파일 업로드, 게시판 글쓰기, DB 저장 등이 정상 동작하지 않을 수 있습니다.
""",
        items=[],
        note="colleague's reply quoting the quota warning; the colleague says it was cleaned up, but a colleague is not the vendor, so not a resolution either",
    ),
    Mail(
        name="rep_ko_long_thread_meta",
        category="reply",
        lang="ko",
        sender=("최민재", "minjae.choi@bomnal-living.kr"),
        subject="RE: RE: RE: Graph API 버전 관련 (리빙 앱 3개)",
        date="2026-10-08 18:40 +0900",
        to=SHOP,
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        auth=ms_auth("bomnal-living.kr", "internal"),
        mailer="bomnal-living.kr",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body lang="KO"><div class="WordSection1">
<p class="MsoNormal">POS 앱은 이미 v22로 올렸고, Web은 다음 스프린트에 진행합니다. CS 앱은 외주사에 전달했습니다.<o:p></o:p></p>
<p class="MsoNormal">최민재 드림<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>보낸 사람:</b> 관리자 &lt;admin@bomnal-shop.co.kr&gt;<br><b>보낸 날짜:</b> 2026년 10월 7일 수요일 오전 10:03<br>
<b>받는 사람:</b> 최민재 &lt;minjae.choi@bomnal-living.kr&gt;<br><b>제목:</b> RE: RE: Graph API 버전 관련 (리빙 앱 3개)</p></div>
<p class="MsoNormal">일정표 공유 부탁드려요.<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>보낸 사람:</b> 최민재 &lt;minjae.choi@bomnal-living.kr&gt;<br><b>보낸 날짜:</b> 2026년 10월 6일 화요일 오후 5:20<br>
<b>제목:</b> RE: Graph API 버전 관련 (리빙 앱 3개)</p></div>
<p class="MsoNormal">개발팀 확인 결과 세 앱 모두 해당됩니다.<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>보낸 사람:</b> Meta for Developers &lt;notification@facebookmail.com&gt;<br><b>보낸 날짜:</b> 2026년 10월 2일 금요일 오후 5:00<br>
<b>제목:</b> Upcoming Graph API deprecations affecting 2 of your apps</p></div>
<p class="MsoNormal">These apps you administer still call Graph API versions that are reaching end of life.<br>
Bomnal Living Web - 771203398812 - v18.0 - January 26, 2027<br>
Bomnal Living POS - 771203398999 - v20.0 - September 24, 2026 (already deprecated)<br>
Bomnal Living CS - 771203400001 - v21.0 - February 11, 2027<o:p></o:p></p>
</div></body></html>
""",
        items=[],
        note="long Outlook thread (HTML, ks_c_5601-1987) whose bottom quotes the Meta digest: no new item",
    ),
]

# Outlook "Forward as attachment": the Route 53 auto-renew failure rides along as message/rfc822.
RFC822_FORWARDS: list[tuple[Mail, Mail]] = [
    (
        Mail(
            name="fwd_rfc822_en_route53_renew_failed",
            category="forward",
            lang="en",
            sender=("Sungho Yoon", "sungho.yoon@bomnal-shop.co.kr"),
            subject="FW: Automatic renewal failed for bomnal-shop.com",
            date="2026-11-07 08:55 +0900",
            to=SHOP,
            form="plain",
            charset="utf-8",
            cte="7bit",
            auth=ms_auth("bomnal-shop.co.kr", "internal"),
            mailer="bomnal-shop.co.kr",
            text="""Forwarding the attached AWS mail. The corporate card expired last month, so the
renewal bounced. Who owns the AWS billing now?

Sungho
""",
            items=[item(DOMAIN, "Route 53", "bomnal-shop.com", "2026-12-05")],
            note="the notice is only inside the message/rfc822 attachment; auto-renew failed, deadline = expiry",
        ),
        Mail(
            name="inner_route53_renew_failed",
            category="positive",
            lang="en",
            sender=("Amazon Route 53", "no-reply@registrar.amazon.com"),
            subject="Automatic renewal failed for bomnal-shop.com",
            date="2026-11-06 19:40 +0000",
            to="Sungho Yoon <sungho.yoon@bomnal-shop.co.kr>",
            form="plain",
            charset="utf-8",
            cte="quoted-printable",
            auth=ms_auth("registrar.amazon.com"),
            text="""Dear AWS customer,

We were unable to automatically renew the following domain because the payment
for AWS account 7712-0043-5590 was declined:

Domain name: bomnal-shop.com
Expiration date: 2026-12-05 (UTC)

To keep the domain, update your payment method in the Billing console and renew
the domain manually in the Route 53 console before the expiration date.

Sincerely,
Amazon Route 53
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""",
        ),
    ),
]
