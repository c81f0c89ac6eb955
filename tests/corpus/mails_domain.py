# ruff: noqa: E501  (mail bodies keep the line layout vendors send)
"""Domain-expiry mails: Korean and global registrars, every mail form, digests, forwards, replies,
follow-ups and renewal receipts. Wording follows how the registrars describe their own notices
(renewal schedules, grace periods, auto-renew behaviour) in their public help pages."""

from __future__ import annotations

from corpus_lib import DOMAIN, Mail, item

GABIA = ("가비아", "noreply@gabia.com")
WHOIS = ("후이즈", "domain@whois.co.kr")
HOSTINGKR = ("호스팅케이알", "noreply@hosting.kr")
CAFE24 = ("카페24", "no-reply@cafe24corp.com")
MEGAZONE = ("메가존 도메인", "domain@megazone.com")
IWINV = ("iwinv", "noreply@iwinv.kr")
GODADDY = ("GoDaddy", "renewals@godaddy.com")
NAMECHEAP = ("Namecheap", "support@namecheap.com")
CLOUDFLARE = ("Cloudflare", "noreply@notify.cloudflare.com")
ROUTE53 = ("Amazon Route 53", "noreply@registrar.amazon.com")
SQUARESPACE = ("Squarespace Domains", "no-reply@squarespace.com")
GOOGLE_DOMAINS = ("Google Domains", "domains-noreply@google.com")
PORKBUN = ("Porkbun", "support@porkbun.com")
GANDI = ("Gandi", "noreply@gandi.net")

GABIA_FOOTER = """
본 메일은 발신 전용입니다. 문의사항은 가비아 고객센터(1544-4370)를 이용해 주세요.
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 | 사업자등록번호 144-81-15549
"""


MAILS: list[Mail] = [
    Mail(
        name="dom_gabia_ko_plain",
        category="positive",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 도메인 기간 만료 안내 (dalnim.co.kr)",
        date="2026-11-02 10:12 +0900",
        to="admin@dalnim.co.kr",
        text="""안녕하세요, 가비아입니다.

고객님께서 가비아에 등록하신 도메인의 만료일이 다가와 안내드립니다.
만료일이 지나면 도메인 사용이 중지되어 홈페이지 접속, 메일 수신 등이 불가능합니다.

■ 도메인명 : dalnim.co.kr
■ 최초 등록일 : 2019-12-15
■ 만료일 : 2026-12-15

만료일 전에 [My가비아 > 서비스 관리 > 도메인 통합 관리툴]에서 연장 신청해 주세요.
가상 계좌로 결제하시는 경우, 입금 기한이 아닌 도메인 만기일 전까지 결제가 완료되어야 합니다.

감사합니다.
"""
        + GABIA_FOOTER,
        items=[item(DOMAIN, "Gabia", "dalnim.co.kr", "2026-12-15")],
        note="registration date is a distractor",
    ),
    Mail(
        name="dom_gabia_ko_digest_html_euckr",
        category="digest",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 12월 만료 예정 도메인 연장 안내",
        date="2026-11-20 09:30 +0900",
        charset="euc-kr",
        cte="base64",
        form="html",
        to="it@sobok-market.kr",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<style>td{padding:4px 8px;border:1px solid #ddd}</style></head>
<body>
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="https://static.gabia.com/mail/logo.png" alt="gabia"></td></tr>
<tr><td style="font-size:18px"><b>연장 대상 도메인 안내</b></td></tr>
<tr><td>안녕하세요, 소복마켓 고객님.<br>다음 달 만료 예정인 도메인 목록을 안내드립니다.
만기일이 지나면 도메인 사용이 중지되어 사이트 운영, 메일 이용, 정보 변경 등이 불가합니다.</td></tr>
<tr><td>
<table cellspacing="0" cellpadding="0">
<tr><th>도메인</th><th>등록일</th><th>만료일</th><th>자동연장</th></tr>
<tr><td>sobok-market.kr</td><td>2018-12-03</td><td>2026-12-03</td><td>미설정</td></tr>
<tr><td>sobok-market.com</td><td>2020-12-19</td><td>2026-12-19</td><td>미설정</td></tr>
<tr><td>sobokmall.kr</td><td>2023-12-28</td><td>2026-12-28</td><td>미설정</td></tr>
</table>
</td></tr>
<tr><td><a href="https://www.gabia.com/mygabia/payment">연장하기</a></td></tr>
<tr><td style="color:#999;font-size:11px">본 메일은 발신 전용입니다. (주)가비아 | 고객센터 1544-4370</td></tr>
</table></body></html>
""",
        items=[
            item(DOMAIN, "Gabia", "sobok-market.kr", "2026-12-03"),
            item(DOMAIN, "Gabia", "sobok-market.com", "2026-12-19"),
            item(DOMAIN, "Gabia", "sobokmall.kr", "2026-12-28"),
        ],
        note="HTML-only EUC-KR base64 digest; 등록일 column is a distractor",
    ),
    Mail(
        name="dom_gabia_ko_dday",
        category="positive",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 도메인 만료 D-7 안내",
        date="2026-11-05 14:00 +0900",
        to="web@haneul-studio.kr",
        cte="quoted-printable",
        text="""haneul-studio.kr 도메인 만료 D-7

고객님, 보유하신 도메인 haneul-studio.kr 의 만료까지 7일 남았습니다. (D-7)
기간 내 연장하지 않으면 홈페이지와 메일이 중단되며, 이후 복구 시 별도의 복구 비용이 발생할 수 있습니다.

지금 연장하기 : https://domain.gabia.com/renew

※ 자동연장을 설정하시면 만료 걱정 없이 이용하실 수 있습니다.
"""
        + GABIA_FOOTER,
        items=[item(DOMAIN, "Gabia", "haneul-studio.kr", "2026-11-12")],
        note="D-7 counted from the mail date",
    ),
    Mail(
        name="dom_whois_ko_qp_euckr",
        category="positive",
        lang="ko",
        sender=WHOIS,
        subject="[후이즈] 도메인 만기일 안내 - greentea-labs.com",
        date="2026-11-09 11:20 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        to="dev@greentea-labs.com",
        text="""후이즈 도메인 만기 안내

안녕하십니까? 후이즈(Whois)입니다.
아래 도메인의 만기일이 다가오고 있어 안내해 드립니다.

 - 도메인명 : greentea-labs.com
 - 소유자 : 그린티랩스
 - 만기일 : 2026.12.15

만기일 이후에는 네임서버가 정지되며 홈페이지/메일 서비스가 중단됩니다.
후이즈 홈페이지 로그인 후 [도메인관리 > 기간연장] 메뉴에서 연장하실 수 있습니다.

※ 이 메일은 2026.11.09 기준으로 발송되었습니다.
(주)후이즈 | 고객센터 1588-6788
""",
        items=[item(DOMAIN, "Whois", "greentea-labs.com", "2026-12-15")],
        note="EUC-KR quoted-printable; send-date line is a distractor",
    ),
    Mail(
        name="dom_whois_ko_autorenew_failed",
        category="positive",
        lang="ko",
        sender=WHOIS,
        subject="[후이즈] 자동연장 결제 실패 안내",
        date="2026-10-26 09:05 +0900",
        to="ops@pinecone-hq.com",
        form="alt",
        html="""<div style="font-family:'Malgun Gothic'">
<h2>자동연장 결제가 정상적으로 처리되지 않았습니다</h2>
<p>고객님께서 자동연장을 설정하신 도메인의 결제가 <b>카드 한도 초과</b>로 실패하였습니다.</p>
<table border="1" cellpadding="6">
<tr><td>도메인</td><td>pinecone-hq.com</td></tr>
<tr><td>결제 시도일</td><td>2026-10-25</td></tr>
<tr><td>만기일</td><td>2026년 11월 9일</td></tr>
</table>
<p>만기일 전까지 결제수단을 변경하시거나 직접 기간연장을 진행해 주시기 바랍니다.
만기일이 지나면 도메인이 정지됩니다.</p>
<p style="font-size:11px;color:#888">후이즈 고객센터 1588-6788</p>
</div>""",
        items=[item(DOMAIN, "Whois", "pinecone-hq.com", "2026-11-09")],
        note="auto-renewal failed: high severity, expiry is the deadline; payment-attempt date is a distractor",
    ),
    Mail(
        name="dom_hostingkr_ko_alt",
        category="positive",
        lang="ko",
        sender=HOSTINGKR,
        subject="[호스팅케이알] mintcake.shop 도메인 만료 30일 전 안내",
        date="2026-11-20 10:00 +0900",
        to="hello@mintcake.shop",
        form="alt",
        cte="base64",
        html="""<table width="600" style="border:1px solid #e5e5e5">
<tr><td style="background:#1e5bd6;color:#fff;padding:16px">호스팅케이알 도메인 만료 안내</td></tr>
<tr><td style="padding:16px">
<p>안녕하세요. 호스팅케이알입니다.</p>
<p>고객님의 도메인 <strong>mintcake.shop</strong> 이 30일 후 만료될 예정입니다.</p>
<p>만료 예정일 : <strong>2026년 12월 20일</strong></p>
<p>예치금이 충분한 경우 자동연장이 가능하며, 예치금이 부족하면 자동연장이 되지 않으니 확인 부탁드립니다.</p>
<p><a href="https://www.hosting.kr/domain/renew">도메인 연장하기</a></p>
</td></tr></table>""",
        items=[item(DOMAIN, "hosting.kr", "mintcake.shop", "2026-12-20")],
        note="multipart/alternative base64",
    ),
    Mail(
        name="dom_hostingkr_ko_autorenew_scheduled",
        category="positive",
        lang="ko",
        sender=HOSTINGKR,
        subject="[호스팅케이알] 도메인 자동연장 예정 안내",
        date="2026-11-14 16:40 +0900",
        charset="euc-kr",
        cte="8bit",
        to="hello@mintcake.shop",
        text="""안녕하세요. 호스팅케이알입니다.

자동연장이 설정된 아래 도메인이 예치금으로 자동 연장될 예정입니다.

도메인 : mintcake.co.kr
자동연장 예정일 : 2026년 11월 28일
연장 기간 : 1년
차감 예정 금액 : 22,000원 (VAT 포함)

예치금이 부족한 경우 자동연장이 실패하오니, 예정일 전까지 예치금 잔액을 확인해 주세요.

감사합니다.
호스팅케이알 드림
""",
        items=[item(DOMAIN, "hosting.kr", "mintcake.co.kr", "2026-11-28")],
        note="auto-renew scheduled: low severity item",
    ),
    Mail(
        name="dom_cafe24_ko_html_table",
        category="positive",
        lang="ko",
        sender=CAFE24,
        subject="[카페24] 도메인 만료 예정 안내",
        date="2026-11-11 13:15 +0900",
        to="owner@bluepeak.kr",
        form="html",
        html="""<!DOCTYPE html><html lang="ko"><body style="margin:0">
<div style="max-width:680px;margin:0 auto;font-family:sans-serif">
<p style="font-size:20px;font-weight:bold">도메인 만료 예정 안내</p>
<p>카페24를 이용해 주셔서 감사합니다.<br>
고객님께서 이용 중인 도메인의 만료일이 다가오고 있습니다. 만료 전에 기간을 연장해 주세요.</p>
<table style="width:100%;border-collapse:collapse" border="1">
<thead><tr><th>도메인명</th><th>서비스 시작일</th><th>최근 결제일</th><th>만료일</th></tr></thead>
<tbody><tr><td>bluepeak.kr</td><td>2022.12.11</td><td>2025.11.30</td><td>2026.12.11</td></tr></tbody>
</table>
<p>※ 만료일이 지나면 도메인에 연결된 쇼핑몰, 홈페이지 및 메일 서비스가 중단됩니다.</p>
<p style="color:#999;font-size:11px">본 메일은 정보통신망법에 따라 서비스 이용 고객에게 발송되는 필수 안내 메일입니다.<br>
(주)카페24 | 서울특별시 동작구 보라매로5가길 7</p>
</div></body></html>""",
        items=[item(DOMAIN, "Cafe24", "bluepeak.kr", "2026-12-11")],
        note="HTML-only, date under 만료일 column, two distractor date columns",
    ),
    Mail(
        name="dom_cafe24_ko_euckr_b64_time",
        category="positive",
        lang="ko",
        sender=CAFE24,
        subject="[카페24] 도메인 만료 5일 전 최종 안내 (pinecone.kr)",
        date="2026-11-16 10:00 +0900",
        charset="euc-kr",
        cte="base64",
        to="admin@pinecone.kr",
        text="""[카페24] 도메인 만료 5일 전 최종 안내

고객님이 보유하신 도메인 pinecone.kr 이(가) 곧 만료됩니다.

  연장 가능 기한 : 2026-11-21 23:59 까지

위 기한까지 연장하지 않으시면 도메인 정보가 삭제 대기 상태로 전환되며,
이후에는 복구 수수료가 부과되거나 복구가 불가할 수 있습니다.

카페24 호스팅센터 > 나의서비스관리 > 도메인관리 에서 연장해 주세요.
""",
        items=[item(DOMAIN, "Cafe24", "pinecone.kr", "2026-11-21")],
        note="date with time, EUC-KR base64",
    ),
    Mail(
        name="dom_megazone_ko",
        category="positive",
        lang="ko",
        sender=MEGAZONE,
        subject="[메가존] 도메인 기간만료 사전 안내",
        date="2026-11-18 15:22 +0900",
        charset="euc-kr",
        cte="base64",
        to="infra@dalnim-lab.com",
        text="""메가존 도메인 서비스를 이용해 주셔서 감사합니다.

고객님의 도메인 만료일이 도래하여 사전 안내 드립니다.

  대상 도메인 : dalnim-lab.com
  만료일자    : 2026.12.30
  결제일자    : 2025.12.22

만료일자까지 연장하지 않으시면 도메인이 정지되며, ICANN 정책에 따라 만료 후 삭제 절차가 진행됩니다.

메가존 도메인 고객지원팀 드림
""",
        items=[item(DOMAIN, "Megazone", "dalnim-lab.com", "2026-12-30")],
        note="payment date distractor",
    ),
    Mail(
        name="dom_iwinv_ko_15days",
        category="positive",
        lang="ko",
        sender=IWINV,
        subject="[iwinv] 만료된 도메인 복구 안내",
        date="2026-10-14 11:00 +0900",
        charset="cp949",
        cte="quoted-printable",
        to="ops@oddjob.kr",
        text="""안녕하세요, iwinv 입니다.

고객님의 도메인 oddjob.kr 의 사용 기간이 만료되어 현재 정지 상태입니다.
본 메일 수신일로부터 15일 이내에 연장하지 않으시면 도메인이 삭제되며, 이후에는 다른 사람이 등록할 수 있습니다.

연장은 iwinv 콘솔 > 도메인 > 기간연장 에서 하실 수 있습니다.

감사합니다.
""",
        items=[item(DOMAIN, "iwinv", "oddjob.kr", "2026-10-29")],
        note="deadline counted from the mail date: 15일 이내",
    ),
    Mail(
        name="dom_godaddy_en_alt",
        category="positive",
        lang="en",
        sender=GODADDY,
        subject="Your domain expires soon",
        date="2026-11-04 08:14 -0700",
        to="it@bluepeak.io",
        form="alt",
        html="""<html><body style="font-family:Arial,sans-serif;color:#111">
<table width="600" align="center"><tr><td>
<h1 style="font-size:24px">Don't lose bluepeak.io</h1>
<p>Hi Jordan,</p>
<p>Your domain <b>bluepeak.io</b> expires on <b>December 15, 2026</b>. Let it expire and you'll lose not only
your domain, but any website, email or products connected to it.</p>
<p><a href="https://account.godaddy.com/renewals" style="background:#00a4a6;color:#fff;padding:10px 18px">Renew Now</a></p>
<p style="font-size:12px;color:#666">Customer number: 481516234 &middot; Purchased: Dec 15, 2023</p>
<p style="font-size:11px;color:#666">Copyright &copy; 1999 - 2026 GoDaddy Operating Company, LLC. All Rights Reserved.</p>
</td></tr></table></body></html>""",
        items=[item(DOMAIN, "GoDaddy", "bluepeak.io", "2026-12-15")],
    ),
    Mail(
        name="dom_godaddy_en_cancel_30days",
        category="positive",
        lang="en",
        sender=GODADDY,
        subject="Renew it or lose it",
        date="2026-10-27 06:02 -0700",
        to="founders@oddjob.dev",
        cte="quoted-printable",
        text="""Renew it or lose it.

The following domain will be canceled in 30 days. Let that happen, and you'll lose not only your
domain but any website, email or products connected to it.

    oddjob.dev

Renew now to keep everything running: https://account.godaddy.com/renewals

Questions? Our award-winning support team is available 24/7 at (480) 505-8877.

GoDaddy
""",
        items=[item(DOMAIN, "GoDaddy", "oddjob.dev", "2026-11-26")],
        note="'in 30 days' counted from the mail date",
    ),
    Mail(
        name="dom_godaddy_en_autorenew_failed",
        category="positive",
        lang="en",
        sender=GODADDY,
        subject="Action required: we couldn't renew mintcake.co",
        date="2026-11-14 09:41 -0800",
        to="billing@mintcake.shop",
        form="html",
        html="""<div style="max-width:560px;font-family:Helvetica,Arial">
<h2>We couldn't renew your domain.</h2>
<p>We tried to automatically renew <strong>mintcake.co</strong> but your payment method was declined.</p>
<p>Your domain expires Dec. 15th. Update your payment method or renew manually before then to avoid
interruption. After expiration, domains are parked and DNS, email and hosting stop working.</p>
<p><a href="https://account.godaddy.com/billing">Update payment method</a></p>
<p style="font-size:11px">Order attempted Nov 13, 2026 &middot; Card ending 4242</p>
</div>""",
        items=[item(DOMAIN, "GoDaddy", "mintcake.co", "2026-12-15")],
        note="'Dec. 15th': year inferred from the mail date; failed auto-renew",
    ),
    Mail(
        name="dom_namecheap_en_plain",
        category="positive",
        lang="en",
        sender=NAMECHEAP,
        subject="Domain Renewal Notice: sketchbook.app expires in 30 days",
        date="2026-11-21 03:10 +0000",
        cte="quoted-printable",
        to="me@sketchbook.app",
        text="""Hello,

This is a friendly reminder that the following domain registration is set to expire in your
Namecheap account. Auto-Renew is currently OFF for this domain.

Domain name: sketchbook.app
Expiration date: 12/21/2026

To keep your domain, please renew it before the expiration date:
https://ap.www.namecheap.com/domains/list

Sending renewal notices is one of ICANN's requirements for all accredited registrars, so these
notices cannot be disabled.

Regards,
Team Namecheap
https://www.namecheap.com
""",
        items=[item(DOMAIN, "Namecheap", "sketchbook.app", "2026-12-21")],
        note="US date 12/21/2026",
    ),
    Mail(
        name="dom_namecheap_en_digest_table",
        category="digest",
        lang="en",
        sender=NAMECHEAP,
        subject="Your domains are expiring soon",
        date="2026-11-06 04:30 +0000",
        to="domains@pinecone-hq.com",
        form="alt",
        cte="quoted-printable",
        html="""<html><body>
<p>Hi pinecone,</p>
<p>The domains below are approaching their expiration dates. Renew them to avoid service interruption.</p>
<table border="0" cellpadding="6" style="border:1px solid #ccc">
<tr style="background:#f4f4f4"><th align="left">Domain</th><th align="left">Expiration Date</th><th>Auto-Renew</th></tr>
<tr><td>pinecone-hq.net</td><td>Nov 29, 2026</td><td>Off</td></tr>
<tr><td>pinecone.tools</td><td>Dec 04, 2026</td><td>Off</td></tr>
<tr><td>getpinecone.io</td><td>Dec 18, 2026</td><td>Off</td></tr>
</table>
<p><a href="https://ap.www.namecheap.com/domains/list">Renew now</a></p>
<p style="font-size:11px;color:#888">Namecheap, Inc. &bull; 4600 East Washington Street, Suite 300, Phoenix, AZ 85034</p>
</body></html>""",
        items=[
            item(DOMAIN, "Namecheap", "pinecone-hq.net", "2026-11-29"),
            item(DOMAIN, "Namecheap", "pinecone.tools", "2026-12-04"),
            item(DOMAIN, "Namecheap", "getpinecone.io", "2026-12-18"),
        ],
    ),
    Mail(
        name="dom_namecheap_en_autorenew_notice",
        category="positive",
        lang="en",
        sender=NAMECHEAP,
        subject="Auto-Renew Notification: haneul.dev",
        date="2026-11-15 05:00 +0000",
        to="dev@haneul-studio.kr",
        text="""Hi there,

Just letting you know that the following domain will be automatically renewed on November 30, 2026
using the payment method on file:

  haneul.dev  -  1 year  -  $12.98

No action is needed if your payment details are up to date. If you no longer need this domain,
you can turn off Auto-Renew in your Domain List.

Team Namecheap
""",
        items=[item(DOMAIN, "Namecheap", "haneul.dev", "2026-11-30")],
        note="auto-renew announcement: low severity item",
    ),
    Mail(
        name="dom_cloudflare_en_autorenew_digest",
        category="digest",
        lang="en",
        sender=CLOUDFLARE,
        subject="Your domains will auto-renew soon",
        date="2026-11-01 12:00 +0000",
        to="admin@greentea-labs.com",
        form="html",
        html="""<table width="100%" style="font-family:-apple-system,Segoe UI,Arial"><tr><td align="center">
<table width="580"><tr><td>
<h2 style="color:#f38020">Cloudflare Registrar</h2>
<p>The following domains in account <b>Greentea Labs</b> are set to renew automatically within the next 45 days.
We will charge your default payment method on the renewal date.</p>
<table cellpadding="8" style="border-collapse:collapse;border:1px solid #ddd">
<tr><th align="left">Domain</th><th align="left">Expiration date</th><th align="left">Renewal price</th></tr>
<tr><td>greentea-labs.dev</td><td>2026-12-02</td><td>$10.18</td></tr>
<tr><td>greentea.kr</td><td>2026-12-20</td><td>$19.50</td></tr>
</table>
<p>Renewals may fail for various reasons, including billing failures. Make sure your payment method is current.</p>
<p style="font-size:11px;color:#777">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107</p>
</td></tr></table></td></tr></table>""",
        items=[
            item(DOMAIN, "Cloudflare", "greentea-labs.dev", "2026-12-02"),
            item(DOMAIN, "Cloudflare", "greentea.kr", "2026-12-20"),
        ],
        note="auto-renew digest: low severity items",
    ),
    Mail(
        name="dom_cloudflare_en_renewal_failed",
        category="positive",
        lang="en",
        sender=CLOUDFLARE,
        subject="Domain renewal failed: haneul.app",
        date="2026-10-28 17:45 +0000",
        cte="base64",
        to="web@haneul-studio.kr",
        text="""Hello,

We attempted to renew haneul.app but the payment could not be processed. We will try again three
more times. If these attempts fail, you must manually renew your domain.

Domain: haneul.app
Expires: 2026-11-25 23:59 UTC

Renew manually: https://dash.cloudflare.com/?to=/:account/registrar/domains

Cloudflare Registrar
""",
        items=[item(DOMAIN, "Cloudflare", "haneul.app", "2026-11-25")],
    ),
    Mail(
        name="dom_route53_en_expiring",
        category="positive",
        lang="en",
        sender=ROUTE53,
        subject="Domain expiration notice for greentea-labs.net",
        date="2026-11-12 19:03 +0000",
        cte="quoted-printable",
        to="aws-root@greentea-labs.com",
        text="""Dear AWS customer,

The registration for the following domain will expire soon, and automatic renewal is disabled for it:

Domain name: greentea-labs.net
Expiration date: 12 Dec 2026

If you want to keep the domain, renew it before the expiration date. You can enable automatic renewal or
renew the domain in the Route 53 console: https://console.aws.amazon.com/route53/domains/home

If you don't renew the domain, it will become unavailable and might be registered by someone else.

Sincerely,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
        items=[item(DOMAIN, "AWS Route 53", "greentea-labs.net", "2026-12-12")],
        note="partner sender domain registrar.amazon.com; '12 Dec 2026' form",
    ),
    Mail(
        name="dom_route53_en_renewed",
        category="resolution",
        lang="en",
        sender=ROUTE53,
        subject="Domain renewal succeeded for greentea-labs.net",
        date="2026-11-19 02:47 +0000",
        to="aws-root@greentea-labs.com",
        text="""Dear AWS customer,

We successfully renewed the registration for greentea-labs.net. The new expiration date is 12 Dec 2027.

You can view the domain in the Route 53 console.

Sincerely,
Amazon Route 53
""",
        items=[item(DOMAIN, "AWS Route 53", "greentea-labs.net", None, resolves=True)],
        note="renewal receipt closes the item",
    ),
    Mail(
        name="dom_squarespace_en_14days",
        category="positive",
        lang="en",
        sender=SQUARESPACE,
        subject="sobok.store expires in 14 days",
        date="2026-11-10 15:30 +0000",
        to="it@sobok-market.kr",
        form="alt",
        html="""<div style="font-family:Clarkson,Helvetica,sans-serif;max-width:520px">
<p style="font-size:22px">Your domain is about to expire</p>
<p>Your domain <b>sobok.store</b> expires in 14 days. Auto-renew is off, so you'll need to renew it to keep
your website and email connected.</p>
<p><a href="https://account.squarespace.com/domains">Renew domain</a></p>
<p style="font-size:11px;color:#777">Squarespace Domains II LLC &middot; 225 Varick Street, New York, NY 10014</p>
</div>""",
        items=[item(DOMAIN, "Squarespace", "sobok.store", "2026-11-24")],
        note="'in 14 days' relative deadline",
    ),
    Mail(
        name="dom_fwd_gmail_googledomains",
        category="forward",
        lang="mixed",
        sender=("이정민", "jm.lee@pinecone-hq.com"),
        subject="Fwd: Your domain pinecone-hq.com will expire soon",
        date="2026-11-03 10:25 +0900",
        to="ops@pinecone-hq.com",
        text="""운영팀, 이거 예전 대표님 계정으로 온 메일인데 확인 부탁드려요.

---------- Forwarded message ---------
From: Google Domains <domains-noreply@google.com>
Date: Mon, Nov 2, 2026 at 6:11 PM
Subject: Your domain pinecone-hq.com will expire soon
To: <ceo.old@gmail.com>


Your domain pinecone-hq.com will expire on November 30, 2026.

Auto-renew is turned off for this domain. To keep using pinecone-hq.com with your website and email,
renew it before it expires. Google Domains domains are now managed by Squarespace; you can renew at
https://domains.squarespace.com.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[item(DOMAIN, "Google Domains", "pinecone-hq.com", "2026-11-30", aliases=[])],
        note="Gmail forward; the colleague's mail authenticates for the company domain",
    ),
    Mail(
        name="dom_porkbun_en_plain",
        category="positive",
        lang="en",
        sender=PORKBUN,
        subject="Domain Expiration Notice - dalnim.io",
        date="2026-11-09 20:12 +0000",
        cte="base64",
        to="admin@dalnim.co.kr",
        text="""Oink oink!

This is a notice that the following domain in your Porkbun account is expiring:

dalnim.io - expires on 2026-12-09

Auto-renew is currently disabled for this domain. To renew, log in to your account and visit the
Domain Management page: https://porkbun.com/account/domainsSpeedy

If you do not wish to renew this domain, no action is needed.

Thanks,
The Porkbun Team
""",
        items=[item(DOMAIN, "Porkbun", "dalnim.io", "2026-12-09")],
    ),
    Mail(
        name="dom_porkbun_en_autorenew_failed",
        category="positive",
        lang="en",
        sender=PORKBUN,
        subject="Auto-renewal failed for haneul.studio",
        date="2026-11-12 13:00 +0000",
        to="web@haneul-studio.kr",
        text="""Hello,

We attempted to auto-renew haneul.studio but the charge to your card on file was declined.

Your domain expires in 10 days. Please update your billing information or renew manually before then.

Domain: haneul.studio
Auto-renew attempt: November 12, 2026 - declined

Porkbun Support
""",
        items=[item(DOMAIN, "Porkbun", "haneul.studio", "2026-11-22")],
        note="'in 10 days' relative; attempt date is a distractor",
    ),
    Mail(
        name="dom_gandi_en_html_qp",
        category="positive",
        lang="en",
        sender=GANDI,
        subject="[Gandi] oddjob.fr: your domain name expires in one month",
        date="2026-11-19 10:40 +0100",
        to="ops@oddjob.kr",
        form="html",
        cte="quoted-printable",
        html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>The domain name <b>oddjob.fr</b> will expire on <b>2026-12-19 10:40:00 (UTC)</b>.</p>
<p>If the domain name is not renewed before this date, it will be deactivated: your website and email
addresses using this domain will stop working.</p>
<table cellpadding="4"><tr><td>Domain</td><td>oddjob.fr</td></tr>
<tr><td>Organization</td><td>oddjob</td></tr>
<tr><td>Automatic renewal</td><td>disabled</td></tr></table>
<p><a href="https://admin.gandi.net/domain/">Renew now</a></p>
<p>Gandi SAS - 63-65 boulevard Massena - 75013 Paris - France</p>
</body></html>""",
        items=[item(DOMAIN, "Gandi", "oddjob.fr", "2026-12-19")],
    ),
    Mail(
        name="dom_gandi_en_1day",
        category="positive",
        lang="en",
        sender=GANDI,
        subject="[Gandi] Last reminder: bluepeak.eu expires tomorrow",
        date="2026-11-21 09:00 +0100",
        to="it@bluepeak.io",
        text="""Hello,

This is the last reminder: bluepeak.eu expires tomorrow, on 22/11/2026.

You can renew it from your Gandi account at any time before deletion, but once it has expired your
services (DNS, web, email) will be interrupted.

Kind regards,
The Gandi team
""",
        items=[item(DOMAIN, "Gandi", "bluepeak.eu", "2026-11-22")],
        note="European DD/MM/YYYY date",
    ),
    Mail(
        name="dom_dynadot_en_generic",
        category="positive",
        lang="en",
        sender=("Dynadot", "info@dynadot.com"),
        subject="Domain Expiration Notice",
        date="2026-11-07 22:00 -0800",
        to="me@sketchbook.app",
        text="""Dear Dynadot customer,

The following domain(s) in your account will expire soon:

Domain: sketchbook.ink
Expiration Date: 2026/12/07

Please renew before the expiration date to avoid any interruption.

Regards,
Dynadot
""",
        items=[item(DOMAIN, "Dynadot", "sketchbook.ink", "2026-12-07")],
        note="registrar without a dedicated rule: generic rule (authenticated sender)",
    ),
    Mail(
        name="dom_inames_ko_generic",
        category="positive",
        lang="ko",
        sender=("아이네임즈", "webmaster@inames.co.kr"),
        subject="[아이네임즈] 도메인 만료 안내",
        date="2026-11-02 09:00 +0900",
        to="admin@dalnim.co.kr",
        charset="euc-kr",
        cte="8bit",
        text="""아이네임즈 도메인 만료 안내

고객님께서 등록하신 도메인 dalnim.kr 의 만료일은 2026년 12월 2일 입니다.

만료일 이전에 연장하지 않으실 경우, 해당 도메인으로 운영 중인 홈페이지 및 메일 사용이 중지됩니다.
연장 신청은 아이네임즈 홈페이지 > 마이페이지 > 도메인 연장 에서 가능합니다.

감사합니다.
""",
        items=[item(DOMAIN, "inames", "dalnim.kr", "2026-12-02")],
        note="raw 8-bit EUC-KR; generic registrar",
    ),
    Mail(
        name="dom_namecom_en_generic",
        category="positive",
        lang="en",
        sender=("Name.com", "support@name.com"),
        subject="Your domain is expiring",
        date="2026-11-22 07:30 -0700",
        to="founders@oddjob.dev",
        text="""Hi,

Heads up! Your domain is expiring soon.

Domain: blueprint-kr.com
Expires: 01/05/2027
Auto renew: Off

Renew now to keep your domain and anything connected to it.

The Name.com Team
""",
        items=[item(DOMAIN, "Name.com", "blueprint-kr.com", "2027-01-05")],
        note="date in the next year",
    ),
    Mail(
        name="dom_fwd_outlook_godaddy",
        category="forward",
        lang="en",
        sender=("Kevin Park", "kevin.park@bluepeak.io"),
        subject="FW: Urgent: cancels in 5 days",
        date="2026-11-03 18:02 +0900",
        to="it@bluepeak.io",
        text="""Can someone on IT take this? I left the GoDaddy account years ago.

-----Original Message-----
From: GoDaddy <renewals@godaddy.com>
Sent: Tuesday, November 3, 2026 8:44 AM
To: kevin.park@bluepeak.io
Subject: Urgent: cancels in 5 days

Your domain cancels in 5 days.

bluepeak.co
Expiration date: Sunday, November 8, 2026

Renew now so you don't lose it. After cancellation, a redemption fee of $80 applies to restore it.

GoDaddy
""",
        items=[item(DOMAIN, "GoDaddy", "bluepeak.co", "2026-11-08")],
        note="Outlook forward",
    ),
    Mail(
        name="dom_fwd_korean_gabia",
        category="forward",
        lang="ko",
        sender=("박서연", "seoyeon@sobok-market.kr"),
        subject="전달: [가비아] 도메인 만료 안내",
        date="2026-11-06 09:12 +0900",
        to="it@sobok-market.kr",
        text="""팀장님, 가비아에서 온 메일 전달드립니다. 연장 부탁드려요.

------- 전달된 메시지 -------
보낸사람: 가비아 <noreply@gabia.com>
받는사람: seoyeon@sobok-market.kr
날짜: 2026년 11월 5일 (목) 오전 10:00:12 +0900
제목: [가비아] 도메인 만료 안내

안녕하세요, 가비아입니다.
고객님의 도메인 만료일이 다가와 안내드립니다.

도메인 : sobok.co.kr
만료일 : 2026년 12월 24일

만기일 이후에는 도메인 사용이 중지됩니다.
""",
        items=[item(DOMAIN, "Gabia", "sobok.co.kr", "2026-12-24")],
        note="Korean webmail forward (전달된 메시지)",
    ),
    Mail(
        name="dom_fwd_outlook_ko_cafe24",
        category="forward",
        lang="ko",
        sender=("최현우", "hyunwoo@dalnim.co.kr"),
        subject="FW: [카페24] 도메인 만료 예정 안내",
        date="2026-11-10 13:40 +0900",
        to="admin@dalnim.co.kr",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""(주)똠방각하 웹사이트 도메인 건입니다. 확인 후 처리 부탁드립니다.

-----원본 메시지-----
보낸 사람: 카페24 <no-reply@cafe24corp.com>
보낸 날짜: 2026년 11월 10일 화요일 오전 9:30
받는 사람: hyunwoo@dalnim.co.kr
제목: [카페24] 도메인 만료 예정 안내

카페24를 이용해 주셔서 감사합니다.
고객님께서 이용 중인 도메인의 만료일이 다가오고 있습니다.

도메인명 : dalnim-shop.kr
만료일 : 2026-12-06

만료일이 지나면 도메인에 연결된 쇼핑몰 및 메일 서비스가 중단됩니다.
""",
        items=[item(DOMAIN, "Cafe24", "dalnim-shop.kr", "2026-12-06")],
        note="Korean Outlook forward, ks_c_5601-1987 label holding a cp949-only syllable (똠)",
    ),
    Mail(
        name="dom_followup_whois_corrected_date",
        category="followup",
        lang="ko",
        sender=WHOIS,
        subject="[후이즈][정정] 도메인 만기일 안내 - greentea-labs.com",
        date="2026-11-10 09:40 +0900",
        to="dev@greentea-labs.com",
        text="""[정정 안내]

2026.11.09 발송된 도메인 만기일 안내 메일에 만기일이 잘못 기재되어 다시 안내드립니다.
혼란을 드려 죄송합니다.

 - 도메인명 : greentea-labs.com
 - 기존 안내된 만기일 : 2026.12.15 (오류)
 - 정정된 만기일 : 2026.12.05

정정된 만기일 전까지 연장해 주시기 바랍니다.
(주)후이즈
""",
        items=[item(DOMAIN, "Whois", "greentea-labs.com", "2026-12-05")],
        note="follow-up moves the deadline earlier; old date is a distractor",
    ),
    Mail(
        name="dom_reply_gabia_quote",
        category="reply",
        lang="ko",
        sender=("김민수", "minsu@dalnim.co.kr"),
        subject="Re: [가비아] 도메인 기간 만료 안내 (dalnim.co.kr)",
        date="2026-11-02 11:03 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        to="admin@dalnim.co.kr",
        headers={"In-Reply-To": "<gabia-notice-dalnim@gabia.com>", "References": "<gabia-notice-dalnim@gabia.com>"},
        text="""네 확인했습니다. 이번 주 안에 연장 처리하겠습니다.

2026년 11월 2일 (월) 오전 10:12, 가비아 <noreply@gabia.com>님이 작성:
> 안녕하세요, 가비아입니다.
>
> 고객님께서 가비아에 등록하신 도메인의 만료일이 다가와 안내드립니다.
>
> ■ 도메인명 : dalnim.co.kr
> ■ 만료일 : 2026-12-15
>
> 만료일 전에 [My가비아 > 서비스 관리]에서 연장 신청해 주세요.
""",
        items=[],
        note="reply quoting a notice adds no item",
    ),
    Mail(
        name="dom_reply_godaddy_en",
        category="reply",
        lang="en",
        sender=("Jordan Lee", "jordan@bluepeak.io"),
        subject="Re: Your domain expires soon",
        date="2026-11-04 17:30 +0900",
        to="it@bluepeak.io",
        headers={"In-Reply-To": "<gd-renew-001@godaddy.com>"},
        text="""Ugh, I thought this was on auto-renew. I'll check with finance tomorrow.

On Wed, Nov 4, 2026 at 12:14 AM GoDaddy <renewals@godaddy.com> wrote:
> Don't lose bluepeak.io
>
> Your domain bluepeak.io expires on December 15, 2026. Let it expire and you'll lose not
> only your domain, but any website, email or products connected to it.
>
> Renew Now
""",
        items=[],
        note="reply quoting a notice adds no item",
    ),
    Mail(
        name="dom_reply_outlook_namecheap",
        category="reply",
        lang="en",
        sender=("Ops Team", "ops@pinecone-hq.com"),
        subject="RE: Your domains are expiring soon",
        date="2026-11-06 16:20 +0900",
        to="domains@pinecone-hq.com",
        headers={"In-Reply-To": "<nc-digest-1106@namecheap.com>"},
        text="""Renewed pinecone.tools and getpinecone.io just now; pinecone-hq.net we will let go.

Thanks,
Ops

________________________________
From: Namecheap <support@namecheap.com>
Sent: Friday, November 6, 2026 1:30 PM
To: domains@pinecone-hq.com
Subject: Your domains are expiring soon

The domains below are approaching their expiration dates.

Domain            Expiration Date   Auto-Renew
pinecone-hq.net   Nov 29, 2026      Off
pinecone.tools    Dec 04, 2026      Off
getpinecone.io    Dec 18, 2026      Off
""",
        items=[],
        note="Outlook-style reply (RE:, header block, no '>' quoting) adds no item",
    ),
    Mail(
        name="dom_gabia_ko_renewed",
        category="resolution",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 도메인 기간연장 완료 안내",
        date="2026-11-04 15:02 +0900",
        to="admin@dalnim.co.kr",
        text="""안녕하세요, 가비아입니다.

요청하신 도메인의 기간연장이 정상적으로 완료되었습니다.

■ 도메인명 : dalnim.co.kr
■ 연장 기간 : 1년
■ 결제일 : 2026-11-04
■ 변경된 만료일 : 2027-12-15

이용해 주셔서 감사합니다.
"""
        + GABIA_FOOTER,
        items=[item(DOMAIN, "Gabia", "dalnim.co.kr", None, resolves=True)],
        note="renewal receipt",
    ),
    Mail(
        name="dom_namecheap_en_renewed_receipt",
        category="resolution",
        lang="en",
        sender=NAMECHEAP,
        subject="Order Summary - Renewal Successful",
        date="2026-11-22 06:45 +0000",
        to="me@sketchbook.app",
        text="""Thank you for your order.

Order number: 158843210
Order date: 11/22/2026

Domain Renewal - sketchbook.app - 1 year ... $14.98
Status: Successful
New expiration date: 12/21/2027

Total: $14.98

Team Namecheap
""",
        items=[item(DOMAIN, "Namecheap", "sketchbook.app", None, resolves=True)],
    ),
    Mail(
        name="dom_cafe24_ko_renewed",
        category="resolution",
        lang="ko",
        sender=CAFE24,
        subject="[카페24] 도메인 연장 결제가 완료되었습니다",
        date="2026-11-12 10:20 +0900",
        to="owner@bluepeak.kr",
        form="html",
        html="""<div><p><b>도메인 연장 완료</b></p>
<p>bluepeak.kr 도메인의 기간 연장이 완료되었습니다.</p>
<table border="1" cellpadding="5"><tr><th>도메인명</th><th>연장기간</th><th>만료일</th></tr>
<tr><td>bluepeak.kr</td><td>1년</td><td>2027.12.11</td></tr></table>
<p>카페24를 이용해 주셔서 감사합니다.</p></div>""",
        items=[item(DOMAIN, "Cafe24", "bluepeak.kr", None, resolves=True)],
        note="receipt with the new expiry under 만료일: a resolution, not a new notice",
    ),
]

MAILS += [
    Mail(
        name="dom_whois_ko_digest_html_euckr_qp",
        category="digest",
        lang="ko",
        sender=WHOIS,
        subject="[후이즈] 만기 예정 도메인 목록 안내",
        date="2026-11-16 10:00 +0900",
        to="ops@pinecone-hq.com",
        charset="euc-kr",
        cte="quoted-printable",
        form="html",
        html="""<html><body>
<p>후이즈를 이용해 주셔서 감사합니다. 30일 이내 만기 예정인 도메인입니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr bgcolor="#eeeeee"><td>No</td><td>도메인명</td><td>신청일</td><td>만기일</td><td>상태</td></tr>
<tr><td>1</td><td>pinecone.co.kr</td><td>2016-12-01</td><td>2026-12-01</td><td>정상</td></tr>
<tr><td>2</td><td>pineconehq.kr</td><td>2024-12-09</td><td>2026-12-09</td><td>정상</td></tr>
</table>
<p>기간연장은 후이즈 홈페이지 &gt; 도메인관리 &gt; 기간연장 에서 가능합니다.</p>
</body></html>""",
        items=[
            item(DOMAIN, "Whois", "pinecone.co.kr", "2026-12-01"),
            item(DOMAIN, "Whois", "pineconehq.kr", "2026-12-09"),
        ],
    ),
    Mail(
        name="dom_megazone_ko_html_only",
        category="positive",
        lang="ko",
        sender=MEGAZONE,
        subject="[메가존] 도메인 만료 15일 전 안내",
        date="2026-11-16 10:30 +0900",
        to="admin@pinecone.kr",
        form="html",
        html="""<div><h3>도메인 만료 안내</h3>
<table border="1" cellpadding="4"><tr><th>도메인</th><th>결제일</th><th>만료일</th></tr>
<tr><td>pinecone-shop.kr</td><td>2025-11-30</td><td>2026-12-01</td></tr></table>
<p>만료일까지 연장하지 않으면 도메인이 정지됩니다.</p></div>""",
        items=[item(DOMAIN, "Megazone", "pinecone-shop.kr", "2026-12-01")],
    ),
    Mail(
        name="dom_iwinv_ko_autorenew",
        category="positive",
        lang="ko",
        sender=IWINV,
        subject="[iwinv] 도메인 자동 연장 예정 안내",
        date="2026-11-03 10:00 +0900",
        to="ops@oddjob.kr",
        text="""자동 연장이 설정된 도메인 oddjob.co.kr 은(는) 2026년 12월 3일에 등록된 결제수단으로 자동 연장될 예정입니다.
결제수단이 만료되었거나 잔액이 부족하면 자동 연장이 실패할 수 있습니다.
""",
        items=[item(DOMAIN, "iwinv", "oddjob.co.kr", "2026-12-03")],
        note="auto-renew scheduled",
    ),
    Mail(
        name="dom_cloudflare_en_within7",
        category="positive",
        lang="en",
        sender=CLOUDFLARE,
        subject="Action needed: greentea-labs.app expires within 7 days",
        date="2026-11-20 12:00 +0000",
        to="admin@greentea-labs.com",
        text="""Hello,

Auto-renew is turned off for greentea-labs.app, and the domain will expire within 7 days.
If you want to keep it, renew it now from the Registrar section of the dashboard.

Cloudflare Registrar
""",
        items=[item(DOMAIN, "Cloudflare", "greentea-labs.app", "2026-11-27")],
        note="'within 7 days' relative",
    ),
    Mail(
        name="dom_hostingkr_ko_euckr_15days",
        category="positive",
        lang="ko",
        sender=HOSTINGKR,
        subject="[호스팅케이알] 도메인 만료 15일 전 안내",
        date="2026-11-16 10:00 +0900",
        to="web@haneul-studio.kr",
        charset="euc-kr",
        cte="base64",
        form="alt",
        html="""<html><head><meta charset="euc-kr"></head><body>
<p>고객님의 도메인 만료가 15일 남았습니다.</p>
<p>도메인 : haneul.co.kr<br>만료 예정일 : 2026년 12월 1일</p>
<p>만료 후에는 웹사이트와 이메일이 중단됩니다.</p></body></html>""",
        items=[item(DOMAIN, "hosting.kr", "haneul.co.kr", "2026-12-01")],
    ),
    Mail(
        name="dom_gabia_ko_no_year",
        category="positive",
        lang="ko",
        sender=GABIA,
        subject="[가비아] bluepeak.co.kr 도메인이 곧 만료됩니다",
        date="2026-11-21 10:00 +0900",
        to="owner@bluepeak.kr",
        text="""안녕하세요, 가비아입니다.

bluepeak.co.kr 도메인이 12월 15일에 만료됩니다.
만료 전 연장하시면 홈페이지와 메일을 중단 없이 이용하실 수 있습니다.
"""
        + GABIA_FOOTER,
        items=[item(DOMAIN, "Gabia", "bluepeak.co.kr", "2026-12-15")],
        note="Korean date without a year: inferred from the mail date",
    ),
    Mail(
        name="dom_route53_en_autorenew_scheduled",
        category="positive",
        lang="en",
        sender=ROUTE53,
        subject="Upcoming automatic renewal for pinecone-hq.org",
        date="2026-11-08 18:00 +0000",
        to="domains@pinecone-hq.com",
        form="alt",
        html="""<p>Dear AWS customer,</p>
<p>Automatic renewal is enabled for the following domain. We will renew it on <b>Dec 8, 2026</b> and charge the
renewal fee to your AWS account.</p>
<table border="1" cellpadding="4"><tr><th>Domain</th><th>Expiration date</th></tr>
<tr><td>pinecone-hq.org</td><td>Jan 7, 2027</td></tr></table>
<p>Amazon Route 53</p>""",
        items=[item(DOMAIN, "AWS Route 53", "pinecone-hq.org", "2026-12-08")],
        note="auto-renewal date is the deadline (low severity); expiry shown too",
    ),
    Mail(
        name="dom_fwd_gmail_squarespace",
        category="forward",
        lang="en",
        sender=("Kevin Park", "kevin.park@bluepeak.io"),
        subject="Fwd: Your domain is about to expire",
        date="2026-11-15 08:30 -0800",
        to="it@bluepeak.io",
        text="""Another one for IT.

---------- Forwarded message ---------
From: Squarespace Domains <no-reply@squarespace.com>
Date: Sat, Nov 14, 2026 at 4:02 PM
Subject: Your domain is about to expire
To: <kevin.park@bluepeak.io>


Your domain bluepeak.shop expires on 12/02/2026. Auto-renew is off. Renew it to keep your website and email
connected.
""",
        items=[item(DOMAIN, "Squarespace", "bluepeak.shop", "2026-12-02")],
    ),
    Mail(
        name="dom_reply_ko_whois_outlook",
        category="reply",
        lang="ko",
        sender=("운영팀", "ops@pinecone-hq.com"),
        subject="RE: [후이즈] 만기 예정 도메인 목록 안내",
        date="2026-11-16 14:00 +0900",
        to="ops@pinecone-hq.com",
        charset="ks_c_5601-1987",
        cte="base64",
        headers={"In-Reply-To": "<whois-list-1116@whois.co.kr>"},
        text="""두 도메인 모두 오늘 연장 완료했습니다.

-----원본 메시지-----
보낸 사람: 후이즈 <domain@whois.co.kr>
보낸 날짜: 2026년 11월 16일 월요일 오전 10:00
받는 사람: ops@pinecone-hq.com
제목: [후이즈] 만기 예정 도메인 목록 안내

1 pinecone.co.kr 2016-12-01 2026-12-01 정상
2 pineconehq.kr 2024-12-09 2026-12-09 정상
""",
        items=[],
        note="Korean Outlook reply (RE: with 원본 메시지 block) adds no item",
    ),
]

MAILS += [
    Mail(
        name="dom_godaddy_en_digest_mixed_products",
        category="digest",
        lang="en",
        sender=GODADDY,
        subject="Your products expire soon",
        date="2026-11-18 07:00 -0800",
        to="founders@oddjob.dev",
        form="html",
        html="""<h2>Products expiring soon</h2>
<table cellpadding="6" border="1">
<tr><th>Product</th><th>Expires</th></tr>
<tr><td>Domain: oddjob.biz</td><td>12/05/2026</td></tr>
<tr><td>Domain: oddjobs.shop</td><td>12/11/2026</td></tr>
<tr><td>Web Hosting (cPanel) Economy - oddjob.dev</td><td>12/20/2026</td></tr>
</table>
<p>Renew now to avoid interruption.</p>""",
        items=[
            item(DOMAIN, "GoDaddy", "oddjob.biz", "2026-12-05"),
            item(DOMAIN, "GoDaddy", "oddjobs.shop", "2026-12-11"),
        ],
        note="hosting-plan term in the same table is neither a domain expiry nor a quota warning",
    ),
]

MAILS += [
    Mail(
        name="dom_gabia_ko_grace_pdf",
        category="positive",
        lang="ko",
        sender=GABIA,
        subject="[가비아] 도메인 연장 안내 및 견적서 (haneul.kr)",
        date="2026-11-12 10:00 +0900",
        to="web@haneul-studio.kr",
        form="alt",
        attachment=True,
        html="""<p>안녕하세요, 가비아입니다. 연장 견적서를 첨부해 드립니다.</p>
<table border="1" cellpadding="5">
<tr><th>도메인</th><th>만료일</th><th>유예기간</th></tr>
<tr><td>haneul.kr</td><td>2026-12-10</td><td>2026-12-10 ~ 2026-12-25</td></tr>
</table>
<p>만료일이 지나면 홈페이지와 메일이 중단되며, 유예기간 내에는 추가 비용 없이 연장할 수 있습니다.</p>""",
        items=[item(DOMAIN, "Gabia", "haneul.kr", "2026-12-10")],
        note="with a PDF attachment; the grace-period end is a distractor: service stops at expiry",
    ),
    Mail(
        name="dom_namecheap_en_timezone",
        category="positive",
        lang="en",
        sender=NAMECHEAP,
        subject="Domain Renewal Notice: haneulshop.com expires in 7 days",
        date="2026-11-09 04:00 +0000",
        to="web@haneul-studio.kr",
        text="""Hello,

Your domain haneulshop.com will expire soon and Auto-Renew is OFF.

Expiration date: 2026-11-16 07:59 (UTC)

Renew before then to keep your website and email working.

Team Namecheap
""",
        items=[item(DOMAIN, "Namecheap", "haneulshop.com", "2026-11-16")],
        note="date with a time zone",
    ),
]
