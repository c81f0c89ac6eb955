"""Domain-expiry mails of holdout3: Korean registrars first, a few global ones, digests, a receipt."""

from __future__ import annotations

from corpus_lib import DOMAIN, Mail, item
from h3_common import EXTRAS, OLD, OPS, ko, wd

MAILS: list[Mail] = []

# --- 가비아: the first of its renewal notices (sent on the 20th of the month before expiry) -------------
MAILS.append(
    Mail(
        name="h3_gabia_first_notice_ko",
        category="positive",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] dalbit-studio.co.kr 도메인 만기 연장 안내 (1차)",
        date="2026-11-20 09:02 +0900",
        to=OLD,
        text=f"""한지우 고객님, 안녕하세요.
가비아입니다.

고객님께서 가비아에 등록하신 도메인의 만기일이 다가와 연장 안내 드립니다.
만기일이 지나면 도메인 사용이 중지되어 홈페이지 접속, 메일 송수신, 정보 변경 등이
불가하오니 만기일 전까지 기간 연장을 진행해 주시기 바랍니다.

■ 연장 대상 도메인
  - 도메인명 : dalbit-studio.co.kr
  - 최초 등록일 : 2021년 12월 15일
  - 만기일 : {ko(2026, 12, 15)}
  - 회원 아이디 : dalbit****

■ 연장 방법
  My가비아 > 비용 결제 에서 연장할 서비스를 선택한 후 결제해 주세요.
  https://www.gabia.com/mygabia/extend

※ 가상 계좌로 결제하시는 경우, 계좌의 입금 기한이 아니라 도메인 만기일 전까지
   입금이 완료되어야 연장됩니다.
※ 이미 연장하셨다면 이 메일은 무시하셔도 됩니다.
※ 연장 안내 메일은 도메인별로 최대 6차까지 회원/소유자/관리자 이메일로 발송됩니다.

본 메일은 {ko(2026, 11, 20, weekday=False)} 기준으로 발송된 발신 전용 메일입니다.
문의: 가비아 고객센터 1544-4370 (평일 09:00~18:00)

(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 | 대표이사 김홍국
사업자등록번호 144-81-15549 | 통신판매업신고 제2011-경기성남-0577호
Copyright (c) GABIA, Inc. All rights reserved.
""",
        note="first-registration date and send date are distractors; the mail went to a departed employee",
        items=[item(DOMAIN, "Gabia", "dalbit-studio.co.kr", "2026-12-15")],
    )
)

# --- 후이즈: HTML-only, EUC-KR, base64, a table with 만료일 column ------------------------------------
MAILS.append(
    Mail(
        name="h3_whois_table_euckr",
        category="positive",
        lang="ko",
        sender=("후이즈", "webmaster@whois.co.kr"),
        subject="[후이즈] 도메인 만기 안내 - dalbit.kr",
        date="2026-11-18 10:40 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>후이즈 도메인 만기 안내</title></head>
<body style="margin:0;padding:0;background:#f2f2f2">
<div style="display:none;max-height:0;overflow:hidden">도메인 만기일이 다가오고 있습니다. 지금 연장하세요.</div>
<table width="680" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-size:13px">
<tr><td style="padding:24px 30px;border-bottom:3px solid #0a5bd3">
<img src="https://img.whois.co.kr/mail/logo.gif" alt="WHOIS" width="120"></td></tr>
<tr><td style="padding:30px">
<p>안녕하세요, <b>달빛스튜디오</b> 고객님.<br>
후이즈를 이용해 주셔서 감사합니다.</p>
<p>아래 도메인의 사용 기간이 곧 만료됩니다. 만료일 이후에는 네임서버가 정지되어
홈페이지와 이메일을 이용하실 수 없습니다.</p>
<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd">
<tr style="background:#f7f9fc"><th>도메인명</th><th>등록일</th><th>만료일</th><th>상태</th></tr>
<tr><td>dalbit.kr</td><td>2022-12-28</td><td>2026-12-28</td><td>정상(연장필요)</td></tr>
</table>
<p style="color:#d33">※ .kr 도메인은 만료일 다음 날 사용이 정지되며, 정지 후 30일째 되는 날 삭제됩니다.</p>
<p><a href="https://www.whois.co.kr/myhome/domain/extend.php" style="background:#0a5bd3;color:#fff;padding:10px 24px;
text-decoration:none">기간연장 신청하기</a></p>
</td></tr>
<tr><td style="padding:20px 30px;font-size:11px;color:#888;background:#fafafa">
본 메일은 발신전용입니다. 문의사항은 고객센터(1588-4259)를 이용해 주세요.<br>
(주)후이즈 | 서울특별시 구로구 디지털로 | 사업자등록번호 000-00-00000<br>
수신거부를 원하시면 <a href="https://www.whois.co.kr/mail/deny">여기</a>를 클릭하세요.<br>
<img src="https://mail.whois.co.kr/open.gif?m=78421&amp;u=dalbit" width="1" height="1" alt="">
</td></tr></table></body></html>
""",
        note="deadline from the 만료일 column; the 등록일 column is a distractor",
        items=[item(DOMAIN, "Whois", "dalbit.kr", "2026-12-28")],
    )
)

# --- hosting.kr: D-7, multipart/alternative; the text part gives only D-7, the HTML adds the date ------
_HKR_HTML = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"></head>
<body style="font-family:'Malgun Gothic',sans-serif;color:#333">
<table role="presentation" width="640" align="center" style="border:1px solid #e5e5e5">
<tr><td style="background:#ff6a00;color:#fff;padding:16px 24px;font-size:18px"><b>hosting.kr</b>
 도메인 만료 D-7</td></tr>
<tr><td style="padding:24px">
달빛스튜디오 님, 도메인 만료일이 <strong>7일</strong> 남았습니다.<br><br>
<table width="100%" style="border-top:2px solid #333;font-size:13px" cellpadding="6">
<tr><td style="background:#f5f5f5;width:140px">도메인</td><td>dalbitstudio.com</td></tr>
<tr><td style="background:#f5f5f5">만료 예정일</td><td>2026-11-27 23:59 (KST)</td></tr>
<tr><td style="background:#f5f5f5">자동연장</td><td>사용 안 함</td></tr>
<tr><td style="background:#f5f5f5">예치금 잔액</td><td>0원</td></tr>
</table><br>
예치금이 부족하면 자동연장이 되지 않습니다. 만료 전에 직접 연장해 주세요.<br>
<a href="https://www.hosting.kr/domain/renew">지금 연장하기</a>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">
호스팅케이알 | 고객센터 1588-0000 | 이 메일은 정보통신망법에 따라 서비스 안내 목적으로 발송되었습니다.
</td></tr></table></body></html>
"""
MAILS.append(
    Mail(
        name="h3_hostingkr_d7_alt",
        category="positive",
        lang="ko",
        sender=("호스팅케이알", "help@hosting.kr"),
        subject="[hosting.kr] 도메인 만료 D-7 안내 (dalbitstudio.com)",
        date="2026-11-20 08:00 +0900",
        form="alt",
        cte="quoted-printable",
        text="""달빛스튜디오 님, 안녕하세요. 호스팅케이알입니다.

보유하신 도메인 dalbitstudio.com 의 만료가 D-7 입니다.
자동연장이 꺼져 있어 만료 전에 직접 연장하셔야 합니다.

연장하기: https://www.hosting.kr/domain/renew

호스팅케이알 고객센터 1588-0000
""",
        html=_HKR_HTML,
        note="text part: D-7 from the mail date 2026-11-20; HTML part: 만료 예정일 2026-11-27 (same day)",
        items=[item(DOMAIN, "hosting.kr", "dalbitstudio.com", "2026-11-27")],
    )
)

# --- 카페24: already expired, renewable until the end of the 연장 유예기간 --------------------------------
MAILS.append(
    Mail(
        name="h3_cafe24_grace_ko",
        category="positive",
        lang="ko",
        sender=("카페24", "no-reply@cafe24.com"),
        subject="[카페24] 도메인이 만료되었습니다 - dalbitbakery.com (연장 가능 기간 안내)",
        date="2026-11-12 14:21 +0900",
        text=f"""[카페24 도메인] 만료 도메인 연장 안내

안녕하세요. 카페24입니다.
아래 도메인은 {ko(2026, 11, 8)} 사용 기간이 만료되어 현재 네임서버가 정지되었습니다.

  도메인      : dalbitbakery.com
  만료일      : 2026-11-08
  연장 유예기간 : {ko(2026, 11, 30)}까지

연장 유예기간 안에는 1년 연장 비용만으로 다시 사용하실 수 있습니다.
유예기간이 지나면 도메인은 복구기간(Redemption Period)으로 전환되며,
이때는 복구 수수료가 추가로 부과되고 이후 삭제되어 누구나 등록할 수 있게 됩니다.

연장 신청: 카페24 > 나의서비스관리 > 도메인 > 기간연장
https://www.cafe24.com/?controller=myservice_domain_list

------------------------------------------------------------
본 메일은 발신전용 메일입니다.
(주)카페24 | 서울특별시 동작구 보라매로5가길 7 | 대표이사 이재석
고객센터 1588-3284 | © CAFE24 Corp.
""",
        note=(
            "already expired on 2026-11-08; the ops person must act by the end of the renewal grace period"
            " (2026-11-30), after which only a costly restore is possible: deadline 2026-11-30"
        ),
        items=[item(DOMAIN, "Cafe24", "dalbitbakery.com", "2026-11-30")],
    )
)

# --- 메가존: ks_c_5601-1987 (cp949 bytes, with cp949-only syllables), base64, "2027. 1. 8." ---------------
MAILS.append(
    Mail(
        name="h3_megazone_kscp949",
        category="positive",
        lang="ko",
        sender=("메가존 도메인센터", "domain@megazone.com"),
        subject="[메가존] 국제도메인 만료 예정 안내",
        date="2026-11-05 11:15 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""똠얌하우스 담당자님께,

메가존 도메인센터에서 알려 드립니다.
고객님 명의로 등록된 아래 국제도메인의 만료가 예정되어 있습니다.

 - 도메인 : tomyamhouse.com
 - 등록자 : 똠얌하우스 (담당 윤햇살)
 - 만료 예정일 : 2027. 1. 8.
 - 결제 요청일 : 2026. 11. 5.

만료 예정일까지 기간연장이 되지 않으면 도메인이 정지되며,
만료 후 30일이 지나면 복구비용이 발생합니다.

* 연장은 메가존 도메인센터 > 나의 도메인 > 기간연장에서 하실 수 있습니다.
* 세금계산서는 결제 후 다음 달 10일까지 신청해 주세요.

감사합니다.
메가존(주) 도메인센터 | 02-2108-9000
""",
        note="cp949-only syllables (똠, 햇 is EUC-KR) under the ks_c_5601-1987 label; 결제 요청일 is a distractor",
        items=[item(DOMAIN, "Megazone", "tomyamhouse.com", "2027-01-08")],
    )
)

# --- iwinv: auto-renewal announcement (low severity, deadline = renewal date) ----------------------------
MAILS.append(
    Mail(
        name="h3_iwinv_autorenew_ko",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 도메인 자동연장 예정 안내",
        date="2026-11-19 07:30 +0900",
        text=f"""안녕하세요. iwinv 입니다.

자동연장을 설정하신 도메인의 연장 예정일을 알려드립니다.
예정일에 등록된 결제수단(예치금 우선)으로 1년 연장이 자동 진행됩니다.

도메인       dalbit-shop.com
현재 만료일   2026-12-05
자동연장 예정일 {ko(2026, 12, 3)}
연장 기간     1년
예상 결제금액  16,500원 (VAT 포함)

예치금 또는 카드 한도가 부족하면 자동연장이 실패할 수 있으니
예정일 전에 결제수단을 확인해 주세요.

iwinv 콘솔: https://console.iwinv.kr
스마일서브 | 고객지원 1688-4879
""",
        note="auto-renewal announcement: low severity, deadline is the renewal date (not the expiry 2026-12-05)",
        items=[item(DOMAIN, "iwinv", "dalbit-shop.com", "2026-12-03")],
    )
)

# --- 가비아: auto-renewal payment failed, HTML-only with <br> lines and entities, QP --------------------
MAILS.append(
    Mail(
        name="h3_gabia_autorenew_failed_html",
        category="positive",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 자동 연장 결제 실패 안내 - dalbit.co.kr",
        date="2026-11-21 06:10 +0900",
        form="html",
        cte="quoted-printable",
        html=f"""<html><body style="font-size:14px;line-height:1.7">
<div style="width:600px;margin:0 auto;border:1px solid #ccc;padding:24px">
<b>자동 연장 결제에 실패했습니다</b><br>
<br>
고객님, 안녕하세요.&nbsp;가비아입니다.<br>
등록하신 카드로 도메인 자동 연장 결제를 시도하였으나 <span style="color:red">결제가 승인되지 않았습니다</span>.<br>
(사유: 카드 유효기간 경과)<br>
<br>
&#46020;&#47700;&#51064;&nbsp;:&nbsp;dalbit.co.kr<br>
&#47564;&#47308;&#51068;&nbsp;:&nbsp;{ko(2026, 11, 29)} 오후 11시 59분<br>
결제 시도일&nbsp;:&nbsp;2026.11.21<br>
<br>
만료일 전까지 결제 수단을 변경하거나 직접 연장해 주셔야 도메인이 중지되지 않습니다.<br>
<a href="https://www.gabia.com/mygabia/payment">결제 수단 변경하기</a><br>
<br>
<span style="font-size:11px;color:#999">본 메일은 발신 전용입니다. &copy; GABIA, Inc.</span>
</div></body></html>
""",
        note="auto-renewal failed: high severity, deadline is the expiry; 도메인/만료일 written as &#...; entities",
        items=[item(DOMAIN, "Gabia", "dalbit.co.kr", "2026-11-29")],
    )
)

# --- 아이네임즈: EUC-KR 8bit, "2026.12.20." -------------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_inames_euckr_8bit",
        category="positive",
        lang="ko",
        sender=("아이네임즈", "help@inames.co.kr"),
        subject="아이네임즈 도메인 기간만료 사전 안내",
        date="2026-11-15 13:00 +0900",
        charset="euc-kr",
        text="""[아이네임즈] 도메인 기간만료 사전 안내
===================================

회원님께서 관리하시는 도메인의 등록 기간이 곧 끝납니다.

  도메인 이름 : dalbit-lab.net
  기간 만료일 : 2026.12.20.
  관리 회원ID : dalbitops

기간 만료일까지 연장하지 않으면 도메인 서비스가 중단됩니다.
중단 후에는 연장 비용 외에 복구 비용이 발생할 수 있습니다.

연장 신청은 홈페이지 로그인 후 [도메인관리 > 기간연장] 메뉴를 이용하세요.

아이네임즈 고객지원센터
""",
        note="dotted date with a trailing dot",
        items=[item(DOMAIN, "아이네임즈", "dalbit-lab.net", "2026-12-20", aliases=["iNames"])],
    )
)

# --- 닷네임코리아: expiry already past on "today" (2026-11-23) --------------------------------------------
MAILS.append(
    Mail(
        name="h3_dotname_past_ko",
        category="positive",
        lang="ko",
        sender=("닷네임코리아", "domain@dotnamekorea.com"),
        subject="[닷네임코리아] 도메인 기간만료 30일 전 안내 (dalbit.io)",
        date="2026-10-17 10:00 +0900",
        text=f"""기쁨이 되는 기업, 닷네임코리아입니다.

회원님의 도메인 만료일이 30일 남았습니다.

· 도메인명 : dalbit.io
· 만료일자 : {ko(2026, 11, 16)}
· 등록기관 : (주)닷네임코리아

기간연장 비용이 미납된 도메인은 만료일자로부터 연장 유예기간을 가지게 되며,
이 기간 동안에는 네임서버가 자동으로 변경되어 도메인 사용이 중지됩니다.

기간연장: https://www.dotnamekorea.com/domain/extend
1:1 문의: https://www.dotnamekorea.com/customer/qna

닷네임코리아 | 고객센터 1588-8565
""",
        note="overdue on the evaluation day: the expiry 2026-11-16 is past",
        items=[item(DOMAIN, "닷네임코리아", "dalbit.io", "2026-11-16", aliases=["Dotname Korea"])],
    )
)

# --- Hostinger, Korean localized: "15일 후 만료" only (relative to the mail's date) -------------------
MAILS.append(
    Mail(
        name="h3_hostinger_relative_ko",
        category="positive",
        lang="ko",
        sender=("Hostinger", "noreply@hostinger.com"),
        subject="dalbit.store 도메인이 15일 후 만료됩니다",
        date="2026-11-14 18:05 +0900",
        form="alt",
        text="""안녕하세요, Jiwoo 님

도메인 dalbit.store 이(가) 15일 후 만료됩니다.
만료되면 웹사이트와 이메일이 작동을 멈춥니다. 중단 없이 사용하려면 지금 갱신하세요.

지금 갱신하기: https://hpanel.hostinger.com/domains

블랙프라이데이 특가: 웹 호스팅 최대 80% 할인 (12월 2일까지)

Hostinger International Ltd. 61 Lordou Vironos Street, 6023 Larnaca, Cyprus
이 이메일은 귀하의 Hostinger 계정에 관한 서비스 메일입니다.
""",
        html="""<html><body style="background:#f4f5ff;font-family:Arial,sans-serif">
<span style="display:none">만료되면 웹사이트와 이메일이 작동을 멈춥니다</span>
<table align="center" width="600" style="background:#fff;border-radius:8px"><tr><td style="padding:32px">
<img src="https://www.hostinger.com/email/logo.png" alt="Hostinger" height="28"><br><br>
<h2 style="color:#2f1c6a">도메인이 곧 만료됩니다</h2>
<p>안녕하세요, Jiwoo 님</p>
<p>도메인 <b>dalbit.store</b> 이(가) <b>15일 후</b> 만료됩니다.
만료되면 웹사이트와 이메일이 작동을 멈춥니다.</p>
<p><a href="https://hpanel.hostinger.com/domains" style="background:#673de6;color:#fff;padding:12px 28px;
border-radius:6px;text-decoration:none">지금 갱신하기</a></p>
<hr><p style="font-size:12px">블랙프라이데이 특가: 웹 호스팅 최대 80% 할인 (12월 2일까지)</p>
</td></tr></table></body></html>
""",
        note="relative only: 15 days from 2026-11-14 = 2026-11-29; the sale's end date is a distractor",
        items=[item(DOMAIN, "Hostinger", "dalbit.store", "2026-11-29")],
    )
)

# --- AWS Route 53 (English) ------------------------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_route53_expiry_en",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "no-reply@registrar.amazon.com"),
        subject="Domain name dalbit-api.com will expire soon",
        date="2026-11-02 19:44 +0000",
        text="""Dear AWS customer,

This is a reminder that the following domain name registration will expire soon. Automatic renewal
is currently disabled for this domain.

Domain name: dalbit-api.com
Expiration date: Dec 2, 2026 (UTC)
AWS account ID: 4081-2265-7719

If you want to keep the domain, you must renew it before it expires. To renew it, sign in to the
Route 53 console, choose Registered domains, choose the domain, and choose Renew domain. You can also
turn on automatic renewal.

If you do not renew the domain before the expiration date, it will become unavailable, and any
website or email that uses it will stop working. Depending on the TLD, you may be able to restore
the domain after it expires for an additional fee.

Sincerely,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark
of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210
""",
        note="Route 53 mail comes from registrar.amazon.com",
        items=[item(DOMAIN, "Route 53", "dalbit-api.com", "2026-12-02", aliases=["Amazon Route 53"])],
    )
)

# --- Cloudflare Registrar (English), "15 Dec 2026" ----------------------------------------------------
MAILS.append(
    Mail(
        name="h3_cloudflare_expiry_en",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Your domain dalbit.dev expires soon",
        date="2026-11-15 02:10 +0000",
        form="html",
        html="""<html><body style="font-family:-apple-system,Segoe UI,sans-serif;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560"><tr><td style="padding:24px 0"><img src="https://www.cloudflare.com/img/logo-cloudflare.png"
 width="140" alt="Cloudflare"></td></tr>
<tr><td>
<p>Hi there,</p>
<p>Auto-renew is turned off for <b>dalbit.dev</b>, which is registered with Cloudflare Registrar.
The registration expires on <b>15 Dec 2026</b>.</p>
<p>To keep the domain, renew it from the dashboard or turn auto-renew on before that date. After
expiration the domain enters a 30-day grace period during which DNS resolution stops.</p>
<p><a href="https://dash.cloudflare.com/?to=/:account/domains">Manage domain</a></p>
<p>Account: dalbit-studio (account ID ending 9f2c)</p>
<p style="font-size:12px;color:#666">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107<br>
You are receiving this email because you are a Super Administrator of this account.</p>
</td></tr></table></td></tr></table></body></html>
""",
        note="day-month-year form",
        items=[item(DOMAIN, "Cloudflare", "dalbit.dev", "2026-12-15")],
    )
)

# --- digests ---------------------------------------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_gabia_digest_html",
        category="digest",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 연장 대상 서비스 안내 (3건)",
        date="2026-10-20 09:00 +0900",
        form="html",
        cte="base64",
        html=f"""<html><body>
<table width="700" align="center" cellpadding="0" cellspacing="0" style="font-size:13px;color:#333">
<tr><td style="padding:20px;border-bottom:2px solid #1e64d2"><b style="font-size:20px">gabia.</b></td></tr>
<tr><td style="padding:24px">
<p>고객님께서 이용 중인 서비스 중 만기일이 도래하는 서비스가 있어 안내 드립니다.<br>
만기일이 지나면 서비스 이용이 중지됩니다.</p>
<table width="100%" border="1" cellpadding="7" style="border-collapse:collapse;border-color:#d9d9d9">
<tr style="background:#eef3fb"><th>서비스</th><th>도메인/서비스명</th><th>신청일</th><th>만기일</th></tr>
<tr><td>도메인</td><td>dalbitcoffee.com</td><td>2023.11.27</td><td>2026.11.27 ({wd(2026, 11, 27)})</td></tr>
<tr><td>도메인</td><td>dalbitcoffee.co.kr</td><td>2023.12.09</td><td>2026.12.09 ({wd(2026, 12, 9)})</td></tr>
<tr><td>도메인</td><td>달빛커피.kr</td><td>2024.01.02</td><td>2027.01.02 ({wd(2027, 1, 2)})</td></tr>
</table>
<p>한꺼번에 연장하시려면 My가비아 &gt; 비용 결제에서 선택 후 결제해 주세요.</p>
<p style="font-size:11px;color:#888">이 메일은 2026년 10월 20일에 발송되었습니다.</p>
</td></tr></table></body></html>
""",
        note="three domains, each with its own 만기일; 신청일 column is a distractor; one IDN (한글 .kr)",
        items=[
            item(DOMAIN, "Gabia", "dalbitcoffee.com", "2026-11-27"),
            item(DOMAIN, "Gabia", "dalbitcoffee.co.kr", "2026-12-09"),
            item(DOMAIN, "Gabia", "달빛커피.kr", "2027-01-02", aliases=["xn--bk1bw0t3lnv4f.kr"]),
        ],
    )
)

MAILS.append(
    Mail(
        name="h3_whois_digest_euckr_qp",
        category="digest",
        lang="ko",
        sender=("후이즈", "webmaster@whois.co.kr"),
        subject="[후이즈] 만기 도래 도메인 2건 안내",
        date="2026-11-09 16:20 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""안녕하세요. 후이즈입니다.

회원님 계정(dalbit2020)에 등록된 도메인 중 아래 2건의 만기일이 다가왔습니다.

1) dalbit-play.com
   - 만기일: 2026년 12월 11일
   - 자동연장: 미사용

2) dalbitplay.co.kr
   - 만기일: 2027년 1월 20일
   - 자동연장: 미사용

만기일까지 연장하지 않으면 도메인이 정지됩니다.
기간연장: https://www.whois.co.kr/myhome/

후이즈 고객센터 1588-4259 | 평일 09:00 ~ 18:00
""",
        note="two domains, each its own date",
        items=[
            item(DOMAIN, "Whois", "dalbit-play.com", "2026-12-11"),
            item(DOMAIN, "Whois", "dalbitplay.co.kr", "2027-01-20"),
        ],
    )
)

MAILS.append(
    Mail(
        name="h3_namecheap_digest_en",
        category="digest",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domains expiring soon in your Namecheap account",
        date="2026-11-06 04:12 +0000",
        form="alt",
        text="""Hi dalbitstudio,

The following domains in your Namecheap account are set to expire soon and are NOT set to auto-renew:

  dalbit.shop      expires Nov 30, 2026
  dalbit.app       expires Jan 4, 2027

Renew them now to avoid any interruption to your website or email:
https://ap.www.namecheap.com/domains/list/

Did you know? .com domains are now 30% off with code NOVCOM, valid until November 12.

Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034
""",
        html="""<html><body style="font-family:Arial">
<p>Hi dalbitstudio,</p>
<p>The following domains in your Namecheap account are set to expire soon and are <b>NOT</b> set to
auto-renew:</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr style="background:#f3f3f3"><th align="left">Domain</th><th align="left">Expiration Date</th></tr>
<tr><td>dalbit.shop</td><td>Nov 30, 2026</td></tr>
<tr><td>dalbit.app</td><td>Jan 4, 2027</td></tr>
</table>
<p><a href="https://ap.www.namecheap.com/domains/list/">Renew now</a></p>
<p style="font-size:12px;color:#777">Did you know? .com domains are now 30% off with code NOVCOM, valid
until November 12.<br>Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034</p>
</body></html>
""",
        note="the promo code's end date is a distractor",
        items=[
            item(DOMAIN, "Namecheap", "dalbit.shop", "2026-11-30"),
            item(DOMAIN, "Namecheap", "dalbit.app", "2027-01-04"),
        ],
    )
)

# --- resolution: Gabia renewal receipt with a PDF ------------------------------------------------------
MAILS.append(
    Mail(
        name="h3_gabia_renewed_receipt_pdf",
        category="resolution",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 서비스 연장이 완료되었습니다",
        date="2026-11-22 15:33 +0900",
        to=OPS,
        attachment=True,
        text="""안녕하세요, 가비아입니다.

요청하신 서비스의 기간 연장이 정상적으로 완료되었습니다.

  서비스     : 도메인
  도메인명   : dalbit-studio.co.kr
  연장 기간  : 1년
  변경 전 만기일 : 2026-12-15
  변경 후 만기일 : 2027-12-15
  결제 금액  : 22,000원 (카드)
  결제일     : 2026-11-22

결제 영수증을 첨부 파일로 보내 드립니다.
세금계산서는 My가비아 > 결제 내역에서 신청하실 수 있습니다.

감사합니다.
(주)가비아 고객센터 1544-4370
""",
        note="renewal receipt closes the dalbit-studio.co.kr item; the new expiry is not scored",
        items=[item(DOMAIN, "Gabia", "dalbit-studio.co.kr", "2027-12-15", resolves=True)],
    )
)

EXTRAS["h3_cafe24_grace_ko"] = {"q_subject": True}
EXTRAS["h3_whois_digest_euckr_qp"] = {"q_subject": True}
