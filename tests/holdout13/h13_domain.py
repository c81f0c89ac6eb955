"""holdout13: domain-expiry notices for the agency's client domains (single notices and digests)."""

# Mail bodies keep the vendors' own long HTML/text lines; wrapping them would change the mails.
# ruff: noqa: E501

from __future__ import annotations

from h13_lib import CAFE24_FOOTER, DOMAIN, GABIA_FOOTER, M, Mail, entities, item, q_subject

GABIA_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>가비아</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="display:none;max-height:0;overflow:hidden">daon-furniture.co.kr 도메인의 만료일이 다가오고 있습니다.</div>
<table width="680" align="center" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Malgun Gothic',dotum,sans-serif;font-size:13px;color:#333">
<tr><td style="padding:24px 30px;border-bottom:2px solid #1a56db"><img src="https://static.gabia.com/mail/logo_gabia.png" alt="gabia" width="92"></td></tr>
<tr><td style="padding:30px">
<p style="font-size:20px;font-weight:bold;margin:0 0 18px">도메인 만료 <span style="color:#1a56db">기간연장</span> 안내</p>
<p>안녕하세요, <b>픽셀온(pixelon)</b> 회원님.<br>
가비아를 이용해 주셔서 감사합니다.<br><br>
회원님께서 이용 중인 도메인의 만료일이 다가와 기간연장을 안내해 드립니다.<br>
만료일이 지나면 도메인 사용이 중지되어 <b>홈페이지 접속, 메일 이용, 정보 변경 등이 불가</b>합니다.</p>
<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddddd;margin:18px 0">
<tr style="background:#f1f5fb"><th>도메인</th><th>등록일</th><th>만료일</th><th>연장비용(1년)</th></tr>
<tr><td>daon-furniture.co.kr</td><td>2019-12-04</td><td><b style="color:#d92c2c">2026-12-04 (금)</b></td><td>22,000원&nbsp;(VAT 포함)</td></tr>
</table>
<p>&#8226; 가상계좌로 결제하시는 경우 입금 기한이 아닌 <b>도메인 만료일 전까지</b> 입금이 완료되어야 합니다.<br>
&#8226; 이미 연장하셨다면 본 메일은 무시하셔도 됩니다.<br>
&#8226; 발송일 : 2026-11-04</p>
<p style="text-align:center;margin:28px 0"><a href="https://www.gabia.com/mygabia/extend?utm_source=mail&amp;utm_campaign=domain_extend_2" style="background:#1a56db;color:#fff;padding:12px 38px;text-decoration:none;font-weight:bold">기간연장 바로가기</a></p>
</td></tr>
<tr><td style="padding:20px 30px;background:#fafafa;font-size:11px;color:#888;line-height:18px">
본 메일은 발신전용 메일입니다. 문의사항은 가비아 고객센터(1544-4370)를 이용해 주시기 바랍니다.<br>
(주)가비아 | 대표이사 김홍국 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층<br>
사업자등록번호 : 211-81-39930 | Copyright &copy; Gabia Inc. All Rights Reserved.</td></tr>
</table>
<img src="https://mail-track.gabia.com/o.gif?m=8f2a11c0&amp;u=pixelon" width="1" height="1" alt="">
</body></html>
"""

WHOIS_TEXT = """픽셀온 고객님, 안녕하세요.
후이즈(Whois.co.kr) 도메인 관리팀입니다.

고객님께서 후이즈를 통해 등록하신 아래 도메인이 곧 만료될 예정입니다.
만료 전 기간연장을 하지 않으시면 홈페이지 및 메일 서비스가 중단될 수 있으니
반드시 만료일 이전에 연장하여 주시기 바랍니다.

──────────────────────────────
 도메인명    : haemil-dental.com
 소유자      : 해밀치과의원
 최초등록일  : 2016.12.15.
 만료예정일  : 2026.12.15.
 관리 아이디 : pixelon_dns
──────────────────────────────

■ 연장 방법
  후이즈 홈페이지 로그인 > 마이페이지 > 도메인 관리 > 기간연장

■ 유의 사항
  - 국제도메인(.com)은 만료 후 연장 유예기간이 지나면 복구 수수료가 부과됩니다.
  - 결제 후 연장 반영까지 최대 1시간이 소요될 수 있습니다.
  - 본 안내는 2026년 11월 16일 기준으로 작성되었습니다.

감사합니다.

(주)후이즈 | 서울특별시 구로구 디지털로34길 27 대륭포스트타워3차 11층
고객센터 1544-9830 | help@whois.co.kr
본 메일은 발신 전용입니다.
"""

HOSTINGKR_AUTO = """<div style="font-family:Apple SD Gothic Neo,Malgun Gothic,sans-serif;font-size:14px;color:#222;max-width:640px">
<p><img src="https://www.hosting.kr/images/mail/top_logo.png" alt="hosting.kr"></p>
<p>안녕하세요. 호스팅케이알입니다.<br>
회원님(<b>pixelon</b>)께서 자동연장을 설정하신 도메인의 <b>자동연장 예정</b>을 안내해 드립니다.</p>
<table cellpadding="6" cellspacing="0" style="border-top:2px solid #333;width:100%;font-size:13px">
<tr><td style="background:#f5f5f5;width:140px">도메인</td><td>seojin-precision.co.kr</td></tr>
<tr><td style="background:#f5f5f5">현재 만료일</td><td>2026년 12월 8일</td></tr>
<tr><td style="background:#f5f5f5">자동연장 예정일</td><td><b>2026년 12월 1일 (화)</b></td></tr>
<tr><td style="background:#f5f5f5">연장 기간</td><td>1년</td></tr>
<tr><td style="background:#f5f5f5">결제 수단</td><td>예치금 (잔액 8,400원)</td></tr>
</table>
<p>자동연장 예정일에 예치금에서 연장 비용(16,500원)이 차감됩니다.<br>
예치금 잔액이 부족한 경우 자동연장이 진행되지 않으므로, 예정일 전까지 예치금을 충전해 주시기 바랍니다.</p>
<p style="color:#888;font-size:12px">자동연장을 원하지 않으시면 [도메인 관리 &gt; 자동연장 설정]에서 해제하실 수 있습니다.<br>
호스팅케이알 | 서울특별시 강남구 | 고객센터 1588-5412 | 본 메일은 발신전용입니다.</p>
</div>
"""

CAFE24_AUTOFAIL = (
    """[카페24] 도메인 자동연장 결제 실패 안내

안녕하세요, 카페24입니다.
회원님께서 자동연장을 신청하신 도메인의 정기결제가 아래 사유로 실패하였습니다.

  - 회원 아이디 : pixelon2011
  - 도메인 : neulpum.kr
  - 결제 시도일 : 2026년 11월 20일 (금) 오전 9시 00분
  - 실패 사유 : 카드 한도 초과 (신한카드 ****-****-****-4412)
  - 도메인 만료일 : 2026년 11월 30일 (월) 오후 11시 59분

만료일까지 결제가 완료되지 않으면 도메인이 정지되어 연결된 홈페이지와 메일을 이용하실 수 없습니다.
나의서비스관리 > 도메인 관리 > 기간연장에서 다른 결제수단으로 직접 연장해 주세요.
결제 카드 정보를 변경하시면 다음 정기결제일(2026년 11월 23일)에 자동으로 재시도됩니다.
"""
    + CAFE24_FOOTER
)

GABIA_REDEMPTION = (
    """안녕하세요, 가비아입니다.

아래 도메인은 만료일까지 연장되지 않아 현재 사용이 중지된 상태입니다.

 ▶ 도메인 : jejuondam.com
 ▶ 만료일 : 2026-10-28
 ▶ 현재 상태 : 만료 (연장 유예기간)
 ▶ 유예기간 종료일 : 2026-11-27

유예기간 종료일까지는 일반 연장 비용으로 도메인을 되살릴 수 있습니다.
유예기간이 지나면 복구기간(Redemption Period, 30일)으로 넘어가며, 이 기간에는
복구 수수료 110,000원(VAT 포함)과 1년 연장 비용을 함께 결제하셔야 합니다.
복구기간이 끝나면 도메인은 삭제되어 누구나 등록할 수 있는 상태가 됩니다.

홈페이지(www.jejuondam.com)와 예약 메일이 중단되지 않도록 빠른 연장을 부탁드립니다.

▷ 연장하기 : https://www.gabia.com/mygabia/extend
"""
    + GABIA_FOOTER
)

MEGAZONE_D7 = """<html><body>
<table width="600" cellpadding="0" cellspacing="0" style="font-family:돋움,Dotum;font-size:12px;border:1px solid #ccc">
<tr><td bgcolor="#0b2f6b" style="padding:14px;color:#fff;font-size:15px"><b>메가존 호스팅 | 도메인 만료 D-7 안내</b></td></tr>
<tr><td style="padding:20px;line-height:20px">
<b>pixelon</b> 고객님, 메가존 호스팅(hosting.co.kr)입니다.<br>
고객님의 도메인이 <font color="#e60012"><b>7일 후 만료</b></font>됩니다.<br><br>
도메인명 : <b>hangyeol-law.kr</b><br>
만료일 : 2026년 11월 26일(목)<br>
신청일 : 2021년 11월 26일<br><br>
.kr 도메인은 만료일 다음 날 사용이 정지되며, 정지 후 30일이 지나면 삭제됩니다.<br>
만료 전에 연장하셔야 홈페이지(법무사 사무소 안내)와 메일이 끊기지 않습니다.<br><br>
<a href="https://www.hosting.co.kr/domain/extend.asp">연장 신청하기</a>
</td></tr>
<tr><td style="padding:10px;color:#999;font-size:11px">메가존(주) 호스팅사업부 | 고객지원센터 1644-3810 | 본 메일은 발신전용입니다.</td></tr>
</table></body></html>
"""

IWINV_HTML = (
    """<div style="font-size:14px;line-height:1.7;color:#333">안녕하세요 iwinv 입니다.<br><br>
아래 도메인의 서비스 만료가 예정되어 있어 안내드립니다.<br>
────────────────<br>
"""
    + entities("도메인")
    + """ : studio-gyeol.com<br>
"""
    + entities("만료 예정일")
    + """ : 2026/12/20<br>
결제 상태 : 미결제<br>
────────────────<br>
만료 예정일 이후에는 네임서버 응답이 중지되며, 연결된 서비스(홈페이지, 메일)에 장애가 발생합니다.<br>
콘솔 &gt; 도메인 &gt; 연장 메뉴에서 연장하실 수 있습니다.<br><br>
※ 자동결제를 등록하시면 만료 전 자동으로 연장됩니다.<br>
※ 이 메일은 2026/11/20 발송되었으며 발신 전용입니다.<br><br>
(주)스마일서브 iwinv | 고객센터 1544-4755 | https://www.iwinv.kr</div>
"""
)

INAMES_TEXT = """[아이네임즈] 도메인 기간만료 사전 안내

pixelon 님, 안녕하십니까.
아이네임즈를 이용해 주셔서 대단히 감사합니다.

등록하신 도메인 moakids.co.kr 의 사용 기간이 2027년 1월 9일(토) 종료됩니다.
사용 종료일까지 연장 신청 및 결제가 완료되지 않으면 종료일 다음 날부터 도메인 사용이
정지되며, 정지 후 30일째 되는 날 삭제됩니다.

 - 도메인 : moakids.co.kr
 - 등록 기관 : 아이네임즈(iNames)
 - 사용 종료일 : 2027년 1월 9일
 - 연장 비용 : 1년 19,800원 / 2년 37,400원

※ 2026년 12월 31일까지 2년 이상 연장 시 10% 할인 쿠폰이 적용됩니다.

아이네임즈 고객센터 1544-1109 | www.inames.co.kr
"""

DOMAINCLUB_TEXT = """도메인클럽 기간연장 안내 (만료 30일 전)

안녕하세요. 도메인클럽입니다.
고객님이 관리하시는 도메인의 만료까지 30일 남았습니다.

[도메인 정보]
  도메인 ........ hanbit-academy.kr
  만료일 ........ 2026-12-02
  네임서버 ...... ns1.cafe24.com / ns2.cafe24.com

만료일이 지나면 홈페이지 접속이 되지 않습니다. 학원 수강신청 기간과 겹치지 않도록
미리 연장해 주시기 바랍니다.

연장하기 → https://www.domainclub.co.kr/mypage/extend

도메인클럽 드림
"""

GODADDY_FAIL = """<html><body style="background:#f5f7f8;margin:0">
<span style="display:none">We couldn't renew koreatex.net. Update your payment method to keep it.</span>
<table role="presentation" width="600" align="center" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#111">
<tr><td style="padding:24px"><img src="https://img1.wsimg.com/cdn/Image/All/GD/logo.png" alt="GoDaddy" width="120"></td></tr>
<tr><td style="padding:0 24px">
<h1 style="font-size:26px">Your renewal didn't go through.</h1>
<p>Hi Jiwon,</p>
<p>We tried to automatically renew the product below, but your payment method on file was declined.
If we can't process payment, your domain will expire and any website or email connected to it will stop working.</p>
<table width="100%" style="border-top:1px solid #ddd;font-size:14px">
<tr><td style="padding:10px 0"><b>koreatex.net</b><br>Domain Registration - 1 Year</td>
<td align="right">Expires<br><b>Dec 9, 2026</b></td></tr>
</table>
<p>Customer number: 412908817<br>Attempted: Nov 21, 2026</p>
<p><a href="https://account.godaddy.com/billing/payment-methods" style="background:#111;color:#fff;padding:12px 24px;text-decoration:none">Update Payment</a></p>
<p style="font-size:12px;color:#555">If you've already updated your payment information, you can ignore this message.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#767676">Copyright &#169; 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
100 S. Mill Ave, Suite 1600, Tempe, AZ 85281 USA. <a href="https://www.godaddy.com/legal">Legal</a> | <a href="https://www.godaddy.com/privacy">Privacy Policy</a></td></tr>
</table></body></html>
"""

NAMECHEAP_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<p><img src="https://www.namecheap.com/assets/img/nc-icon/namecheap-logo.svg" alt="Namecheap" height="28"></p>
<p>Dear Minseo Park,</p>
<p>We would like to remind you that the following domain in your Namecheap account <b>seoulkimchi_la</b>
is approaching its expiration date:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Domain</th><th>Expiration Date</th><th>Auto-Renew</th></tr>
<tr><td>seoulkimchico.com</td><td>December 18, 2026</td><td>OFF</td></tr>
</table>
<p>To keep your website and email running, please renew the domain before it expires.
If the domain is not renewed, it will enter the grace period and then the redemption period,
during which a redemption fee applies.</p>
<p><a href="https://ap.www.namecheap.com/domains/list">Renew now</a></p>
<p>This renewal notice is required by ICANN's Expired Registration Recovery Policy.</p>
<p>Regards,<br>Namecheap Team</p>
<p style="font-size:11px;color:#777">Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA</p>
</td></tr></table></body></html>
"""

NAMECHEAP_TEXT = """Dear Minseo Park,

Your domain seoulkimchico.com expires on December 18, 2026 (30 days from now).
Renew it from your Namecheap dashboard to avoid any interruption.

Namecheap Team
"""

CLOUDFLARE_AUTO = """Cloudflare Registrar

Upcoming renewal for hanokstay.com

Hi there,

Your domain hanokstay.com is set to auto-renew on 15 Dec 2026.

We will charge the payment method on file for the Pixelon Client Sites account
(Account ID 6c1f0e0d8b7a4f2e9d3c5b1a0e9f8d7c) approximately 30 days before expiration.
Cloudflare Registrar renews at cost, with no markup: USD 10.44 for 1 year.

No action is needed if your payment method is current. To turn off auto-renew or update billing,
go to Domain Registration > Manage Domains in the Cloudflare dashboard.

Domain expiration date: 14 Jan 2027

Thank you,
The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St | San Francisco, CA 94107
You are receiving this because you have a domain registered with Cloudflare Registrar.
"""

GABIA_PAST = (
    """[가비아] bomnal-bakery.kr 도메인 만료 7일 전 안내

안녕하세요 픽셀온 회원님,

회원님의 도메인 bomnal-bakery.kr 이(가) 2026년 9월 30일(수)에 만료됩니다.
만료일이 지나면 봄날베이커리 쇼핑몰 접속이 중단됩니다.

 도메인명 : bomnal-bakery.kr
 만료일   : 2026.09.30
 결제일   : 2025.09.26 (이전 연장일)

My가비아 > 비용 결제 메뉴에서 연장해 주세요.
"""
    + GABIA_FOOTER
)

GODADDY_30DAYS = """Renew it or lose it.

Jiwon, the following domain will be canceled in 30 days:

    littleforestcafe.com    (Customer #412908817)

Let that happen, and you'll lose not only the domain but any website, email or products connected to it.
Auto-renew is off for this domain.

Renew now: https://account.godaddy.com/renewals

Prices shown at checkout. Domain was registered on 12/12/2023.
GoDaddy Operating Company, LLC | 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281
"""

MAILS: list[Mail] = [
    M(
        name="h13_dom_gabia_euckr_html_table",
        category="positive",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] daon-furniture.co.kr 도메인 만료 기간연장 안내",
        date="2026-11-04 10:02 +0900",
        html=GABIA_HTML,
        form="html",
        charset="euc-kr",
        cte="base64",
        items=[item(DOMAIN, "Gabia", "daon-furniture.co.kr", "2026-12-04")],
        note="HTML-only layout table; 등록일 and 발송일 are distractors; preheader and tracking pixel",
    ),
    M(
        name="h13_dom_whois_euckr_qp",
        category="positive",
        lang="ko",
        sender=("후이즈", "noreply@whois.co.kr"),
        subject="[후이즈] haemil-dental.com 도메인 만료 예정 안내",
        date="2026-11-16 09:30 +0900",
        text=WHOIS_TEXT,
        charset="euc-kr",
        cte="quoted-printable",
        items=[item(DOMAIN, "Whois", "haemil-dental.com", "2026-12-15")],
        note="2026.12.15. form with trailing dot; 최초등록일 is a distractor with the same month/day",
    ),
    M(
        name="h13_dom_hostingkr_autorenew_notice",
        category="positive",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] 도메인 자동연장 예정 안내 (seojin-precision.co.kr)",
        date="2026-11-17 14:10 +0900",
        html=HOSTINGKR_AUTO,
        form="html",
        charset="utf-8",
        cte="base64",
        items=[item(DOMAIN, "hosting.kr", "seojin-precision.co.kr", "2026-12-01")],
        note="auto-renew announcement: low severity, deadline = 자동연장 예정일 (expiry 2026-12-08 is later); "
        "the deposit balance is short, still labelled as the renewal date per convention",
    ),
    M(
        name="h13_dom_cafe24_autorenew_failed",
        category="positive",
        lang="ko",
        sender=("카페24", "domain@cafe24.com"),
        subject="[카페24] 도메인 자동연장 결제 실패 안내 - neulpum.kr",
        date="2026-11-20 09:05 +0900",
        text=CAFE24_AUTOFAIL,
        charset="euc-kr",
        cte="8bit",
        items=[item(DOMAIN, "Cafe24", "neulpum.kr", "2026-11-30")],
        note="auto-renew failed (card limit): deadline = expiry with 오후 time and weekday; retry date 11-23 "
        "and attempt date are distractors",
    ),
    M(
        name="h13_dom_gabia_grace_period",
        category="positive",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 만료된 도메인 연장 안내 (jejuondam.com)",
        date="2026-11-10 11:20 +0900",
        text=GABIA_REDEMPTION,
        charset="utf-8",
        cte="base64",
        items=[item(DOMAIN, "Gabia", "jejuondam.com", "2026-11-27")],
        note="already expired 2026-10-28; the reader must act by the 유예기간 종료일 2026-11-27 (after it, "
        "restoring costs a redemption fee). Labelled with the grace end; the expiry date is the other "
        "defensible reading",
    ),
    M(
        name="h13_dom_megazone_d7_html",
        category="positive",
        lang="ko",
        sender=("메가존 호스팅", "domain@hosting.co.kr"),
        subject="[메가존] hangyeol-law.kr 도메인 만료 D-7 안내",
        date="2026-11-19 08:00 +0900",
        html=MEGAZONE_D7,
        form="html",
        charset="euc-kr",
        cte="8bit",
        items=[item(DOMAIN, "Megazone", "hangyeol-law.kr", "2026-11-26")],
        note="D-7 and '7일 후' agree with the written date; 신청일 is a distractor",
    ),
    M(
        name="h13_dom_iwinv_br_lines",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject=q_subject("[iwinv] 도메인 만료 예정 안내"),
        date="2026-11-20 16:45 +0900",
        html=IWINV_HTML,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        items=[item(DOMAIN, "iwinv", "studio-gyeol.com", "2026-12-20")],
        note="<br>-separated lines, labels as numeric character references (&#47564;...), 2026/12/20 slash form; "
        "send date 2026/11/20 is a distractor; Q-encoded subject",
    ),
    M(
        name="h13_dom_inames_ksc_b64",
        category="positive",
        lang="ko",
        sender=("아이네임즈", "master@inames.co.kr"),
        subject="[아이네임즈] moakids.co.kr 도메인 기간만료 사전 안내",
        date="2026-11-09 10:00 +0900",
        text=INAMES_TEXT,
        charset="ks_c_5601-1987",
        cte="base64",
        items=[item(DOMAIN, "iNames", "moakids.co.kr", "2027-01-09")],
        note="사용 종료일 wording; a coupon end date 2026-12-31 is a distractor",
    ),
    M(
        name="h13_dom_domainclub_30days",
        category="positive",
        lang="ko",
        sender=("도메인클럽", "help@domainclub.co.kr"),
        subject="[도메인클럽] 기간연장 안내 - hanbit-academy.kr",
        date="2026-11-02 07:30 +0900",
        text=DOMAINCLUB_TEXT,
        charset="utf-8",
        cte="8bit",
        items=[item(DOMAIN, "DomainClub", "hanbit-academy.kr", "2026-12-02")],
        note="'만료까지 30일' agrees with the written date",
    ),
    M(
        name="h13_dom_godaddy_autorenew_declined",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Action required: we couldn't renew koreatex.net",
        date="2026-11-21 03:15 -0700",
        html=GODADDY_FAIL,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        items=[item(DOMAIN, "GoDaddy", "koreatex.net", "2026-12-09")],
        note="client abroad; auto-renew declined: deadline = expiry 'Dec 9, 2026'; attempt date distractor",
    ),
    M(
        name="h13_dom_namecheap_alt",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domain Renewal Notice: seoulkimchico.com expires soon",
        date="2026-11-18 06:00 -0500",
        text=NAMECHEAP_TEXT,
        html=NAMECHEAP_HTML,
        form="alt",
        charset="utf-8",
        cte="7bit",
        items=[item(DOMAIN, "Namecheap", "seoulkimchico.com", "2026-12-18")],
        note="multipart/alternative with a shorter, differently worded text part",
    ),
    M(
        name="h13_dom_cloudflare_autorenew_on",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Upcoming auto-renewal: hanokstay.com",
        date="2026-11-15 17:40 +0000",
        text=CLOUDFLARE_AUTO,
        charset="utf-8",
        cte="7bit",
        items=[item(DOMAIN, "Cloudflare", "hanokstay.com", "2026-12-15")],
        note="auto-renew announcement: low severity, deadline = renewal date '15 Dec 2026'; the expiration "
        "date 14 Jan 2027 is printed too",
    ),
    M(
        name="h13_dom_gabia_past_due",
        category="positive",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] bomnal-bakery.kr 도메인 만료 7일 전 안내",
        date="2026-09-23 09:00 +0900",
        text=GABIA_PAST,
        charset="euc-kr",
        cte="base64",
        items=[item(DOMAIN, "Gabia", "bomnal-bakery.kr", "2026-09-30")],
        note="deadline already past on evaluation day (overdue); previous 결제일 is a distractor",
    ),
]

MAILS.append(
    M(
        name="h13_dom_godaddy_in_30_days",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Renew it or lose it: littleforestcafe.com",
        date="2026-11-12 09:00 -0700",
        text=GODADDY_30DAYS,
        charset="utf-8",
        cte="7bit",
        items=[item(DOMAIN, "GoDaddy", "littleforestcafe.com", "2026-12-12")],
        note="relative only: 'canceled in 30 days' from the Date header (2026-11-12); registration date is a "
        "distractor",
    )
)

# ---------------------------------------------------------------- digests

GABIA_DIGEST = """<html><head><meta charset="euc-kr"></head><body>
<table width="700" cellpadding="0" cellspacing="0" align="center" style="font-family:굴림,Gulim;font-size:12px">
<tr><td style="padding:20px;border-bottom:3px solid #1a56db;font-size:17px"><b>[가비아] 만료 예정 도메인 안내 (2026년 12월)</b></td></tr>
<tr><td style="padding:20px;line-height:20px">
안녕하세요. 가비아입니다.<br>
<b>pixelon</b> 회원님 계정에서 관리 중인 도메인 중 만료가 다가온 도메인 목록입니다.<br>
목록의 도메인은 만료일 이후 사용이 중지되니 미리 연장해 주세요.<br><br>
<table width="100%" cellpadding="7" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#c9d3e3">
<tr bgcolor="#eef2f9"><th>No</th><th>도메인</th><th>서비스</th><th>만료일</th><th>상태</th></tr>
<tr><td>1</td><td>misoflower.co.kr</td><td>도메인(1년)</td><td>2026-12-21</td><td>연장 필요</td></tr>
<tr><td>2</td><td>studio-gyeol.kr</td><td>도메인(1년)</td><td>2026-12-10</td><td>연장 필요</td></tr>
<tr><td>3</td><td>littleforest-cafe.kr</td><td>도메인(1년)</td><td>2026-12-31</td><td>연장 필요</td></tr>
<tr><td>4</td><td>daon-furniture.co.kr</td><td>도메인(1년)</td><td>2027-12-04</td><td><font color="#2a8a2a">연장완료 (2026-11-12)</font></td></tr>
</table><br>
&#8251; 목록은 2026년 11월 20일 기준입니다. 기준일 이후 연장하신 도메인도 포함될 수 있습니다.<br>
&#8251; 여러 도메인을 한 번에 연장하시려면 My가비아 &gt; 비용 결제에서 선택 결제하실 수 있습니다.
</td></tr>
<tr><td style="padding:14px 20px;background:#f6f6f6;color:#777;font-size:11px">(주)가비아 | 고객센터 1544-4370 | 본 메일은 발신전용입니다.</td></tr>
</table></body></html>
"""

WHOIS_DIGEST = """pixelon_dns 고객님께,

후이즈에서 관리 중인 도메인 중 만료일이 도래한 도메인을 알려드립니다.

  도메인                      만료일          자동연장
  -------------------------------------------------------
  seojin-precision.com        2026년 12월 14일  미설정
  moakids.kr                  2027년 1월 5일    미설정

각 도메인은 만료일 당일 자정까지 연장하셔야 서비스가 유지됩니다.
(이전 안내 메일 발송일: 2026년 10월 19일)

후이즈 도메인 관리팀
고객센터 1544-9830
"""

GODADDY_DIGEST = """<html><body style="font-family:Arial,sans-serif">
<p>Jiwon, some of your products expire soon.</p>
<p>Renew now so you don't lose the websites, email and search rankings tied to them.</p>
<table cellpadding="8" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#eee"><th align="left">Product</th><th align="left">Expiration date</th></tr>
<tr><td>koreatex.com<br><small>.COM Domain Name Registration</small></td><td>12/21/2026</td></tr>
<tr><td>koreatex.us<br><small>.US Domain Name Registration</small></td><td>01/05/2027</td></tr>
</table>
<p>Customer number: 412908817</p>
<p><a href="https://account.godaddy.com/renewals">Renew Now</a></p>
<p style="font-size:11px;color:#666">Please do not reply to this email. Copyright &#169; 1999-2026 GoDaddy Operating Company, LLC.</p>
</body></html>
"""

DIGESTS: list[Mail] = [
    M(
        name="h13_dig_gabia_four_rows_one_renewed",
        category="digest",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 만료 예정 도메인 안내 (2026년 12월)",
        date="2026-11-20 10:00 +0900",
        html=GABIA_DIGEST,
        form="html",
        charset="euc-kr",
        cte="quoted-printable",
        items=[
            item(DOMAIN, "Gabia", "misoflower.co.kr", "2026-12-21"),
            item(DOMAIN, "Gabia", "studio-gyeol.kr", "2026-12-10"),
            item(DOMAIN, "Gabia", "littleforest-cafe.kr", "2026-12-31"),
            item(DOMAIN, "Gabia", "daon-furniture.co.kr", "2027-12-04", resolves=True),
        ],
        note="row 4 is marked 연장완료 with the new expiry: labelled as a resolution of that domain "
        "(unsure: it could also be read as giving nothing)",
    ),
    M(
        name="h13_dig_whois_two_domains_plain",
        category="digest",
        lang="ko",
        sender=("후이즈", "noreply@whois.co.kr"),
        subject="[후이즈] 만료 예정 도메인 안내",
        date="2026-11-14 09:00 +0900",
        text=WHOIS_DIGEST,
        charset="cp949",
        cte="8bit",
        items=[
            item(DOMAIN, "Whois", "seojin-precision.com", "2026-12-14"),
            item(DOMAIN, "Whois", "moakids.kr", "2027-01-05"),
        ],
        note="fixed-width text table; earlier send date is a distractor",
    ),
    M(
        name="h13_dig_godaddy_two_products",
        category="digest",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Jiwon, your domains expire soon",
        date="2026-11-21 08:30 -0700",
        html=GODADDY_DIGEST,
        form="html",
        charset="utf-8",
        cte="7bit",
        items=[
            item(DOMAIN, "GoDaddy", "koreatex.com", "2026-12-21"),
            item(DOMAIN, "GoDaddy", "koreatex.us", "2027-01-05"),
        ],
        note="US 12/21/2026 form in a table",
    ),
]
