# ruff: noqa: E501  -- mail bodies are literal vendor-style lines; wrapping them would change the mails
"""Writes the holdout7 blind evaluation set: tests/holdout7/mail/*.eml and tests/holdout7/labels.yaml.

A month (2026-10-20 .. 2026-11-22) of the shared ops@ mailbox of a small Korean online shop, half Korean and
half English: vendor notices of all three built-in kinds mixed with the everyday noise around them. Written
from vendors' public wording, never from the rule packs (see README.md). Run `python
tests/holdout7/make_holdout7.py`; the output is deterministic and the labels are checked against the schema.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from email import message_from_bytes, policy
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from io import BytesIO
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, build, item  # noqa: E402

OPS = "ops@dambi-shop.kr"


def kwd(iso: str) -> str:
    """Korean weekday for an ISO date, as vendors print it in parentheses."""
    return "월화수목금토일"[date.fromisoformat(iso).weekday()]


def q_subject(text: str) -> str:
    """RFC 2047 Q-encoded subject (some Korean bulk mailers use Q rather than B); passed through as ASCII."""
    cs = Charset("utf-8")
    cs.header_encoding = QP
    return Header(text, cs).encode()


def unsub(domain: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<https://{domain}/unsubscribe?u=8841d2>, <mailto:unsubscribe@{domain}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


M: list[Mail] = []

# ---------------------------------------------------------------- domain-expiry, positives
M.append(
    Mail(
        name="h7_dom_gabia_ko_html_euckr",
        category="positive",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 만료 안내 (만료 예정일: 2026-12-18)",
        date="2026-10-25 09:02 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><body style="margin:0;background:#f4f4f4">
<div style="display:none">보유하신 도메인의 만료일이 다가오고 있습니다.</div>
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:돋움">
<tr><td style="padding:24px"><img src="https://static.gabia.com/mail/logo.png" alt="gabia"></td></tr>
<tr><td style="padding:0 24px">안녕하세요, 담비상점 고객님.<br>가비아를 이용해 주셔서 감사합니다.<br><br>
고객님께서 보유하신 아래 도메인의 만료일이 다가와 안내드립니다.<br>
만료일 이전에 기간 연장을 하지 않으시면 홈페이지와 메일 등 도메인을 이용한 모든 서비스가 중단됩니다.</td></tr>
<tr><td style="padding:16px 24px"><table border="1" cellpadding="6" style="border-collapse:collapse;font-size:12px">
<tr style="background:#eef"><th>도메인</th><th>등록일</th><th>만료일</th><th>자동연장</th></tr>
<tr><td>dambi-shop.kr</td><td>2021-12-18</td><td>2026-12-18</td><td>미신청</td></tr>
</table></td></tr>
<tr><td style="padding:0 24px 24px">※ 만료일이 지난 .kr 도메인은 만료일로부터 30일 후 삭제 처리되며, 삭제 후에는 복구할 수 없습니다.<br>
<a href="https://domain.gabia.com/my/extend">기간연장 바로가기</a></td></tr>
<tr><td style="font-size:11px;color:#888;padding:16px 24px">본 메일은 발신 전용입니다. 문의: 1544-4370<br>
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 | 사업자등록번호 144-81-15549<br>
Copyright &copy; 2026 Gabia Inc. All rights reserved.
<img src="https://mail.gabia.com/track/open.gif?m=77123" width="1" height="1"></td></tr>
</table></body></html>""",
        items=[item(DOMAIN, "Gabia", "dambi-shop.kr", "2026-12-18")],
        note="HTML-only EUC-KR base64; 등록일 column is a distractor",
    )
)

M.append(
    Mail(
        name="h7_dom_whois_ko_kscp949_qp",
        category="positive",
        lang="ko",
        sender=("후이즈", "help@whois.co.kr"),
        subject="[후이즈] dambi.co.kr 도메인 만료 30일 전 안내",
        date="2026-11-01 10:30 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        text="""담비상점 님, 안녕하세요. 똑똑한 도메인 파트너 후이즈입니다.

회원님께서 후이즈를 통해 등록하신 도메인의 사용 기간이 곧 만료됩니다.
  ■ 도메인명 : dambi.co.kr
  ■ 최초 등록일 : 2019.12.01.
  ■ 만료일 : 2026.12.01.
  ■ 결제 예정 금액 : 22,000원(VAT 포함) / 1년

만료일까지 연장하지 않으시면 도메인의 네임서버 정보가 삭제되어 웹사이트와 이메일이 동작하지 않습니다.
똠방각하 이벤트는 11월 30일에 끝납니다(신규 등록 할인, 연장과 무관).

▶ 연장하기: https://www.whois.co.kr/mypage/domain_extend.php

후이즈 고객센터 1588-4259 (평일 09:00~18:00)
이 메일은 2026년 11월 1일 기준으로 발송되었습니다.
""",
        items=[item(DOMAIN, "Whois", "dambi.co.kr", "2026-12-01")],
        note="cp949 under ks_c_5601-1987 (똠 is cp949-only); registration date, event end and send date are distractors",
    )
)

M.append(
    Mail(
        name="h7_dom_hostingkr_ko_dminus",
        category="positive",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject=q_subject("[호스팅KR] 도메인 만료 D-7 안내 - dambimall.kr"),
        date="2026-11-20 08:00 +0900",
        text="""[호스팅KR] 도메인 만료 D-7

고객님의 도메인 dambimall.kr 이(가) D-7 후 만료됩니다.
만료 전에 연장하셔야 서비스 중단 없이 이용 가능합니다.

- 서비스: 도메인(.kr)
- 연장 기간: 1년 / 2년 / 3년 선택
- 마이페이지 > 도메인 관리 > 연장 신청

자동 연장을 설정하시면 다음부터 이 안내 없이 연장됩니다.
호스팅KR | https://www.hosting.kr | 1599-6023
""",
        items=[item(DOMAIN, "hosting.kr", "dambimall.kr", "2026-11-27")],
        note="D-7 counted from the mail's date 2026-11-20",
    )
)

M.append(
    Mail(
        name="h7_dom_godaddy_en_alt",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Minji, your domain expires soon. Don't lose it.",
        date="2026-11-21 06:14 -0700",
        form="alt",
        text="""Hi Minji,
Customer number: 318842207

Your domain DAMBI-SHOP.COM expires on Dec 21, 2026.
If it expires, your website and email stop working and someone else could register the name.

Renew now: https://account.godaddy.com/products?go_redirect=renew

Holiday sale: 30% off new .com registrations through Nov 30, 2026. Not valid on renewals.

Copyright (c) 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
""",
        html="""<html><body><span style="display:none;font-size:0">Keep your online presence. Renew today.</span>
<table role="presentation" width="100%"><tr><td align="center"><table width="600">
<tr><td><h1 style="font-family:Arial">Don&#39;t let it slip away.</h1></td></tr>
<tr><td>Hi Minji,<br>Customer&nbsp;#:&nbsp;318842207</td></tr>
<tr><td><table width="100%" style="border:1px solid #ddd"><tr><th align="left">Domain</th><th align="left">Expiration Date</th><th>Auto-renew</th></tr>
<tr><td>DAMBI-SHOP.COM</td><td>Dec 21, 2026</td><td>Off</td></tr></table></td></tr>
<tr><td><a href="https://account.godaddy.com/products?go_redirect=renew" style="background:#09757a;color:#fff;padding:12px">Renew Now</a></td></tr>
<tr><td style="font-size:11px;color:#777">Offer ends 11/30/2026 at 11:59 PM MST. Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC. 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281, USA.</td></tr>
</table></td></tr></table><img src="https://img.godaddy.com/px.gif?e=31884" width="1" height="1"></body></html>""",
        items=[item(DOMAIN, "GoDaddy", "dambi-shop.com", "2026-12-21")],
        note="multipart/alternative, text and HTML differ in layout; the sale end date is a distractor",
    )
)

M.append(
    Mail(
        name="h7_dom_namecheap_en_autorenew",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Auto-Renewal Notice: dambi.store",
        date="2026-11-05 03:40 +0000",
        text="""Hello Minji Park,

This is a friendly reminder that the following domain is set to auto-renew:

dambi.store -- scheduled for auto-renewal on 12/05/2026

We will try to charge your default payment method on file, or use your account balance. If you'd rather not
renew, you can switch auto-renew off in your Domain List before that date.

Order history, billing: https://ap.www.namecheap.com/profile/billing
Last updated: October 2026

Regards,
Team Namecheap
https://www.namecheap.com
""",
        items=[item(DOMAIN, "Namecheap", "dambi.store", "2026-12-05")],
        note="auto-renew announcement: low severity, deadline = renewal date (12/05/2026 is MM/DD)",
    )
)

M.append(
    Mail(
        name="h7_dom_route53_en_autorenew_failed",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        subject="Action required: automatic renewal of dambi-api.com failed",
        date="2026-11-19 22:05 +0000",
        text="""Dear AWS customer,

We were unable to automatically renew the domain registration for dambi-api.com because the payment
method associated with AWS account 4410-2987-3316 was declined.

Domain name: dambi-api.com
Expiration date: December 3, 2026 (UTC)

To avoid losing the domain, update your payment information in the Billing and Cost Management console and
then renew the domain manually in the Route 53 console before the expiration date. If the domain expires, it
may not be possible to restore it, or restoration may incur an additional fee.

Sincerely,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
""",
        items=[item(DOMAIN, "Amazon Route 53", "dambi-api.com", "2026-12-03")],
        note="auto-renewal failed: high severity, deadline = expiry",
    )
)

M.append(
    Mail(
        name="h7_dom_cloudflare_en_plain",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Your domain dambi-cdn.net is expiring",
        date="2026-11-16 12:00 +0000",
        auth_domain="cloudflare.com",
        text="""Cloudflare Registrar

Account: minji.park@dambi-shop.kr's Account

Your domain registration dambi-cdn.net will expire on 15 Jan 2027. Auto-renew is disabled for this domain,
so it will not be renewed unless you take action.

Manage domain: https://dash.cloudflare.com/?to=/:account/domains/registrations/dambi-cdn.net

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 | Privacy Policy
You are receiving this because you are a Super Administrator on this account.
""",
        items=[item(DOMAIN, "Cloudflare", "dambi-cdn.net", "2027-01-15")],
    )
)

M.append(
    Mail(
        name="h7_dom_porkbun_en_grace",
        category="positive",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="dambi.shop has expired",
        date="2026-11-12 15:22 -0800",
        form="html",
        html="""<html><body style="font-family:Helvetica">
<p><b>Oink!</b> It looks like <b>dambi.shop</b> expired on November 10, 2026.</p>
<p>Don&rsquo;t panic &mdash; the domain is in its renewal grace period. You can still renew it at the regular
renewal price until <b>December 10, 2026</b>. After that it enters redemption and can only be restored for an
additional restoration fee, if at all.</p>
<p><a href="https://porkbun.com/account/domainsSpeedy">Renew dambi.shop</a></p>
<p style="font-size:11px;color:#999">Porkbun LLC &middot; 21370 SW Langer Farms Pkwy, Sherwood, OR 97140<br>
You registered this domain on 11/10/2024.</p></body></html>""",
        items=[item(DOMAIN, "Porkbun", "dambi.shop", "2026-12-10")],
        note="already expired 11-10; the ops person must renew by the grace-period end 2026-12-10 at the normal price",
    )
)

M.append(
    Mail(
        name="h7_dom_cafe24_ko_ampm",
        category="positive",
        lang="ko",
        sender=("카페24", "domain@cafe24.com"),
        subject="[카페24] 도메인 기간 만료 예정 안내",
        date="2026-11-09 14:10 +0900",
        form="html",
        html=f"""<div style="width:700px;font-family:'맑은 고딕'">
<h2 style="color:#2b5de4">도메인 기간 만료 예정 안내</h2>
<p>안녕하세요 dambishop 님,<br>카페24 도메인 서비스를 이용해 주셔서 감사합니다.</p>
<p>고객님의 도메인 <strong>dambi-gift.com</strong> 의 사용 기간이
<strong>2026년 12월 9일({kwd("2026-12-09")}) 오후 11시 59분</strong>에 만료될 예정입니다.<br>
만료 후에는 도메인 연결이 해제되며, 쇼핑몰 접속이 불가합니다.</p>
<p>결제일: 2025년 12월 9일 &nbsp;|&nbsp; 신청 기간: 1년</p>
<p><a href="https://hosting.cafe24.com/?controller=myservice_domain_list">연장 신청하기</a></p>
<hr><p style="font-size:11px">(주)카페24 | 서울특별시 동작구 보라매로5가길 7 | 고객센터 1588-3413</p></div>""",
        items=[item(DOMAIN, "Cafe24", "dambi-gift.com", "2026-12-09")],
        note="Korean date with weekday and 오후 time; last payment date is a distractor",
    )
)

M.append(
    Mail(
        name="h7_dom_inames_ko_generic",
        category="positive",
        lang="ko",
        sender=("아이네임즈", "master@inames.co.kr"),
        subject="=도메인 만료일 안내= dambi.kr",
        date="2026-11-10 11:45 +0900",
        cte="base64",
        text="""아이네임즈(inames) 도메인 만료일 안내

안녕하세요. 아이네임즈입니다.
아래 도메인의 만료일이 임박하여 알려드립니다.

 도메인        : dambi.kr
 만료일        : 2026/12/22
 보유자        : 주식회사 담비
 네임서버      : ns1.inames.co.kr

만료일 전까지 연장하지 않을 경우 도메인이 정지되며, 정지 후 일정 기간이 지나면 삭제됩니다.
연장은 홈페이지 로그인 후 [도메인관리]에서 하실 수 있습니다.

아이네임즈 고객지원팀
""",
        items=[item(DOMAIN, "아이네임즈", "dambi.kr", "2026-12-22", aliases=[])],
        note="long-tail Korean registrar (generic rule); base64 UTF-8",
    )
)

# ---------------------------------------------------------------- digests
M.append(
    Mail(
        name="h7_dig_gabia_ko_three",
        category="digest",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 만료 예정 도메인 목록 안내 (3건)",
        date="2026-11-06 09:00 +0900",
        form="html",
        html="""<table width="680" style="font-size:13px"><tr><td>
담비상점 고객님, 아래 도메인들의 만료일이 다가오고 있습니다.<br>만료 전에 연장해 주세요.<br><br>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>No</th><th>도메인명</th><th>신청일</th><th>만료일</th><th>상태</th></tr>
<tr><td>1</td><td>dambi-shop.co.kr</td><td>2022.12.05</td><td>2026.12.05</td><td>정상</td></tr>
<tr><td>2</td><td>dambi-pay.kr</td><td>2023.12.20</td><td>2026.12.20</td><td>정상</td></tr>
<tr><td>3</td><td>dambishop.net</td><td>2024.01.08</td><td>2027.01.08</td><td>정상</td></tr>
</table><br>※ 만료일 당일에는 연장 처리가 지연될 수 있으니 미리 연장하시기 바랍니다.<br>
가비아 고객센터 1544-4370</td></tr></table>""",
        items=[
            item(DOMAIN, "Gabia", "dambi-shop.co.kr", "2026-12-05"),
            item(DOMAIN, "Gabia", "dambi-pay.kr", "2026-12-20"),
            item(DOMAIN, "Gabia", "dambishop.net", "2027-01-08"),
        ],
        note="digest in an HTML table; 신청일 column is a distractor",
    )
)

M.append(
    Mail(
        name="h7_dig_namecheap_en_two",
        category="digest",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Your domains are expiring soon",
        date="2026-11-02 04:11 +0000",
        text="""Hi Minji Park,

The following domains in your Namecheap account (username: dambishop) are expiring soon and are NOT set to
auto-renew:

  Domain               Expires
  dambi.xyz            November 30, 2026
  dambi-events.com     December 14, 2026

Renew them now to keep your websites and email running: https://ap.www.namecheap.com/domains/list/

Thank you for choosing Namecheap.
""",
        items=[
            item(DOMAIN, "Namecheap", "dambi.xyz", "2026-11-30"),
            item(DOMAIN, "Namecheap", "dambi-events.com", "2026-12-14"),
        ],
    )
)

M.append(
    Mail(
        name="h7_dig_google_en_projects",
        category="digest",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Required] Migrate your OAuth clients off the Google Sign-In platform library",
        date="2026-10-27 17:30 +0000",
        form="alt",
        text="""Hello Google Cloud customer,

We're writing to let you know that the Google Sign-In JavaScript platform library (apis.google.com/js/platform.js)
will be fully retired. After March 31, 2027, sign-in requests from OAuth clients that still load it will fail.

Projects affected in your organization:
  - dambi-web (project number 501232118874)
  - dambi-admin (project number 501232118990)

What you need to do: migrate these projects to Google Identity Services before March 31, 2027.

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google Cloud.
""",
        html="""<p>Hello Google Cloud customer,</p><p>The Google Sign-In JavaScript platform library will be fully retired.
After <b>March 31, 2027</b>, sign-in requests from OAuth clients that still load it will fail.</p>
<p>Projects affected:</p><ul><li>dambi-web (501232118874)</li><li>dambi-admin (501232118990)</li></ul>
<p>Migrate to Google Identity Services before that date.</p>""",
        items=[
            item(SOCIAL, "Google", "dambi-web", "2027-03-31", aliases=["501232118874"]),
            item(SOCIAL, "Google", "dambi-admin", "2027-03-31", aliases=["501232118990"]),
        ],
        note="two projects, same date; 'After March 31' = last working day is March 31",
    )
)

# ---------------------------------------------------------------- hosting-quota, positives
M.append(
    Mail(
        name="h7_quo_cafe24_ko_disk_cp949",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 웹호스팅 디스크 사용량 초과 안내",
        date="2026-11-04 03:00 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""안녕하세요. 카페24 호스팅센터입니다.

고객님의 웹호스팅(아이디: dambishop) 디스크 사용량이 95%를 넘었습니다.
  - 사용량 : 9.53GB / 10GB
  - 점검 일시 : 2026-11-04 03:00

디스크 사용량이 100%에 도달하면 파일 업로드, 게시판 글쓰기, DB 입력 등이 정상적으로 되지 않습니다.
불필요한 파일을 삭제하시거나 [나의서비스관리] > [용량 추가]에서 용량을 늘려 주세요.

※ 본 메일은 발신전용입니다. 똑똑 문의는 1:1 게시판을 이용해 주세요.
""",
        items=[item(QUOTA, "Cafe24", "dambishop", "default")],
        note="no deadline in the mail; check time is a distractor",
    )
)

M.append(
    Mail(
        name="h7_quo_cafe24_ko_traffic_suspend",
        category="positive",
        lang="ko",
        sender=("카페24", "hosting@cafe24.com"),
        subject="[카페24] 트래픽 초과로 인한 서비스 제한 예정 안내",
        date="2026-11-22 16:40 +0900",
        text=f"""dambi01 고객님, 안녕하세요.

고객님의 호스팅 계정 dambi01 의 이번 달 트래픽이 제공량을 초과하였습니다.
(일 제공량 1.5GB / 현재 사용량 1.72GB)

추가 트래픽을 구매하지 않으시면 2026-11-24({kwd("2026-11-24")}) 00:00 부터 홈페이지 접속이 제한됩니다.
트래픽은 매월 1일 초기화됩니다.

카페24 호스팅센터
""",
        items=[item(QUOTA, "Cafe24", "dambi01", "2026-11-24")],
        note="monthly reset date is a distractor",
    )
)

M.append(
    Mail(
        name="h7_quo_gabia_ko_mailbox",
        category="positive",
        lang="ko",
        sender=("가비아 하이웍스", "noreply@gabia.com"),
        subject="[가비아] 메일 계정 용량 부족 안내",
        date="2026-10-28 08:20 +0900",
        form="html",
        cte="quoted-printable",
        html="""<p>안녕하세요.<br>dambi-shop.kr 메일 서비스의 계정 용량이 부족합니다.</p>
<ul><li>계정: cs@dambi-shop.kr</li><li>사용 용량: 4.6GB / 5GB (92%)</li></ul>
<p>용량이 가득 차면 새 메일을 받을 수 없으며 발신자에게 반송됩니다.<br>
오래된 메일을 삭제하거나 용량을 추가 구매해 주세요.</p>
<p style="color:#999">가비아 | 2026-10-28 발송</p>""",
        items=[item(QUOTA, "Gabia", "cs@dambi-shop.kr", "default", aliases=["dambi-shop.kr"])],
    )
)

M.append(
    Mail(
        name="h7_quo_dothome_ko_within7",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료호스팅 용량 초과 - 7일 이내 조치 필요",
        date="2026-11-08 10:00 +0900",
        charset="euc-kr",
        cte="8bit",
        text="""닷홈 무료호스팅 이용 안내

아이디 dambiblog 의 무료 호스팅 디스크 용량(1GB)이 초과되었습니다.
7일 이내에 파일을 정리하지 않으시면 해당 호스팅은 정지 처리됩니다.

- 현재 사용량: 1,048MB
- 가입일: 2023-04-02

닷홈 고객센터
""",
        items=[item(QUOTA, "Dothome", "dambiblog", "2026-11-15")],
        note="EUC-KR raw 8bit; within 7 days of 2026-11-08; sign-up date distractor",
    )
)

M.append(
    Mail(
        name="h7_quo_vercel_en_html",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your team dambi has used 90% of its included usage",
        date="2026-11-10 19:02 +0000",
        form="html",
        html="""<html><body style="background:#fafafa"><table width="560" align="center" style="font-family:-apple-system,Arial">
<tr><td><img src="https://assets.vercel.com/image/upload/front/email/logo.png" width="40"></td></tr>
<tr><td><h2>Approaching usage limit</h2>
<p>Your Hobby team <b>dambi</b> has used <b>90%</b> of its included <b>Fast Data Transfer</b> (90 GB of 100 GB)
in the current period.</p>
<p>On the Hobby plan, projects may be paused once a limit is exceeded. Upgrade to Pro to keep your projects online.</p>
<p><a href="https://vercel.com/dambi/~/usage">View usage</a></p></td></tr>
<tr><td style="font-size:12px;color:#666">Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723<br>
<a href="https://vercel.com/account/notifications">Notification settings</a></td></tr></table></body></html>""",
        items=[item(QUOTA, "Vercel", "dambi", "default")],
    )
)

M.append(
    Mail(
        name="h7_quo_github_en_actions",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] You've used 90% of included services for GitHub Actions",
        date="2026-11-18 02:33 +0000",
        text="""Hi @dambi-dev,

You've used 90% of included services for the dambi-dev account.

GitHub Actions: 1,810 of 2,000 minutes used

Your usage resets on December 1, 2026. To avoid interruption of Actions workflows, set up a budget or
upgrade your plan: https://github.com/organizations/dambi-dev/settings/billing

GitHub, Inc. | 88 Colin P Kelly Jr Street | San Francisco, CA 94107
""",
        items=[item(QUOTA, "GitHub", "dambi-dev", "default")],
        note="reset date December 1 is not a deadline",
    )
)

M.append(
    Mail(
        name="h7_quo_workspace_en_storage",
        category="positive",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="Your organization's storage is almost full",
        date="2026-10-30 23:10 +0000",
        text="""Google Workspace

Storage for dambi-shop.kr is almost full

Your organization has used 95% of its pooled storage (1.9 TB of 2 TB). When storage is full, users can't
upload files to Drive, and Gmail can't send or receive messages.

To get more storage, buy additional storage or upgrade your subscription in the Admin console:
https://admin.google.com/ac/billing

You are receiving this mandatory service announcement because you are an administrator of dambi-shop.kr.
(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[item(QUOTA, "Google Workspace", "dambi-shop.kr", "default")],
    )
)

M.append(
    Mail(
        name="h7_quo_aws_en_freetier",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        subject="AWS Free Tier limit alert",
        date="2026-11-03 07:51 +0000",
        auth_domain="amazon.com",
        text="""Hello,

Your AWS account 4410-2987-3316 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the November 2026 billing period.

Product  | AWS Free Tier Usage Limit           | Current Usage
Amazon S3| 20,000 Get Requests for Amazon S3   | 17,214 Requests

Once you exceed the Free Tier limits, you are charged standard rates. Check usage in the Billing console.

Sincerely,
Amazon Web Services
""",
        items=[item(QUOTA, "AWS", "4410-2987-3316", "default", aliases=["Amazon S3"])],
    )
)

M.append(
    Mail(
        name="h7_quo_heroku_en_rows",
        category="positive",
        lang="en",
        sender=("Heroku", "noreply@heroku.com"),
        subject="[Action required] Database row limit exceeded on dambi-worker",
        date="2026-11-13 09:00 +0000",
        text="""Hi,

The database DATABASE_URL on Heroku app dambi-worker has exceeded its plan's row limit of 10,000 rows.
It now contains 11,392 rows.

If the number of rows is not reduced or the database upgraded within 7 days, INSERT privileges will be
revoked and your app can no longer write data.

https://dashboard.heroku.com/apps/dambi-worker/resources

- The Heroku Team
""",
        items=[item(QUOTA, "Heroku", "dambi-worker", "2026-11-20")],
        note="within 7 days of 2026-11-13",
    )
)

# ---------------------------------------------------------------- social-login-deprecation, positives
M.append(
    Mail(
        name="h7_soc_kakao_ko_html",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 동의항목 정책 변경 및 기존 방식 지원 종료 안내",
        date="2026-11-05 11:00 +0900",
        form="html",
        html=f"""<div style="max-width:640px;font-family:'Apple SD Gothic Neo'">
<p>안녕하세요, 카카오입니다.</p>
<p>내 애플리케이션 <b>담비상점</b> (앱 ID: 1034567) 관리자분께 안내드립니다.</p>
<p>카카오 로그인의 기존 동의항목 설정 방식이 <b>2027년 1월 15일({kwd("2027-01-15")})</b>에 지원 종료됩니다.
지원 종료 이후에는 기존 방식으로 요청한 사용자 정보 조회가 실패할 수 있으니, 기한 내 [앱 설정] &gt;
[동의항목]에서 새 방식으로 전환해 주시기 바랍니다.</p>
<table border="1" cellpadding="4"><tr><th>구분</th><th>일정</th></tr>
<tr><td>공지</td><td>2026년 11월 5일</td></tr><tr><td>지원 종료</td><td>2027년 1월 15일</td></tr></table>
<p>자세한 내용은 <a href="https://devtalk.kakao.com/c/notice">데브톡 공지</a>를 참고해 주세요.</p>
<p>감사합니다.<br>카카오디벨로퍼스 드림</p></div>""",
        items=[item(SOCIAL, "Kakao", "담비상점", "2027-01-15", aliases=["1034567"])],
        note="the 공지 row in the schedule table is a distractor",
    )
)

M.append(
    Mail(
        name="h7_soc_naver_ko_phases_euckr",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "dl_developers@navercorp.com"),
        subject="[네이버 아이디로 로그인] 구 버전 API 단계적 종료 안내",
        date="2026-10-22 14:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""안녕하세요. 네이버 개발자센터입니다.

네이버 아이디로 로그인 애플리케이션 '담비상점 로그인'(Client ID: dmB1xZq8Nw) 에서 사용 중인
구 버전 회원 프로필 조회 API(v1)가 아래 일정으로 종료됩니다.

  1차 종료 : 2026년 12월 1일 - 신규 애플리케이션 호출 차단
  2차 종료 : 2027년 3월 2일 - 모든 애플리케이션 호출 차단

종료 전까지 회원 프로필 조회 API v2로 전환해 주시기 바랍니다.

네이버 개발자센터 드림
""",
        items=[item(SOCIAL, "Naver", "담비상점 로그인", "2026-12-01", aliases=["dmB1xZq8Nw"])],
        note="phases: first phase not yet past on the mail's date is 2026-12-01",
    )
)

M.append(
    Mail(
        name="h7_soc_apple_en",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action needed: Sign in with Apple server-to-server notifications",
        date="2026-11-11 18:00 +0000",
        auth_domain="insideapple.apple.com",
        form="alt",
        text="""Dear Dambi Co., Ltd.,

Sign in with Apple for your app Dambi Shop (com.dambi.shop) must register a server-to-server notification
endpoint. Starting January 1, 2027, apps without a registered endpoint will no longer receive account
deletion and email-relay change events.

Update your configuration in Certificates, Identifiers & Profiles by January 1, 2027.

Best regards,
Apple Developer Relations
Copyright (c) 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.
""",
        html="""<div style="font-family:-apple-system"><p>Dear Dambi Co., Ltd.,</p>
<p>Sign in with Apple for <b>Dambi Shop</b> requires a registered server-to-server notification endpoint.
Please update your configuration <b>by January&nbsp;1,&nbsp;2027</b>.</p>
<p><a href="https://developer.apple.com/account/resources/identifiers/list">Certificates, Identifiers &amp; Profiles</a></p></div>""",
        items=[item(SOCIAL, "Apple", "Dambi Shop", "2027-01-01", aliases=["com.dambi.shop"])],
    )
)

M.append(
    Mail(
        name="h7_soc_meta_en",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Dambi Login: Graph API v18.0 will be deprecated",
        date="2026-11-15 20:00 +0000",
        text="""Hi Minji,

Your app Dambi Login (App ID: 881201934455102) made calls to Graph API v18.0 in the last 30 days.

Graph API v18.0 will no longer be available starting January 26, 2027. Calls to v18.0 after that date will be
automatically upgraded to the oldest available version, which may break Facebook Login in your app.

Upgrade your app's calls using the API Upgrade Tool: https://developers.facebook.com/tools/api_versioning/

Thanks,
The Meta for Developers team

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[item(SOCIAL, "Meta", "Dambi Login", "2027-01-26", aliases=["881201934455102"])],
    )
)

M.append(
    Mail(
        name="h7_soc_line_en_undated",
        category="positive",
        lang="en",
        sender=("LINE Developers", "dev-noreply@linecorp.com"),
        subject="[LINE Developers] LINE Login v2.0 is deprecated",
        date="2026-10-29 06:00 +0000",
        text="""Dear developer of channel "Dambi LINE Login" (Channel ID: 2001988123),

Your channel still calls LINE Login v2.0 endpoints. LINE Login v2.0 is deprecated and will be discontinued.
The end-of-life date has not been decided yet and will be announced on the LINE Developers news page; there
will be a grace period between the announcement and the actual end-of-life.

We recommend migrating to LINE Login v2.1.

LY Corporation
""",
        items=[item(SOCIAL, "LINE", "Dambi LINE Login", None, aliases=["2001988123"])],
        note="undated: end-of-life date to be announced",
    )
)

M.append(
    Mail(
        name="h7_soc_kakao_en_in30days",
        category="positive",
        lang="en",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[Kakao Developers] Kakao SDK for JavaScript v1 support ends in 30 days",
        date="2026-11-17 10:00 +0900",
        text="""Hello, this is Kakao.

Your app Dambi Global (App ID: 1099021) still loads Kakao SDK for JavaScript v1 for Kakao Login.
Support for Kakao SDK for JavaScript v1 ends in 30 days. After that, Kakao Login with the v1 SDK will stop
working. Please migrate to the latest SDK version.

Kakao Developers
""",
        items=[item(SOCIAL, "Kakao", "Dambi Global", "2026-12-17", aliases=["1099021"])],
        note="in 30 days from 2026-11-17 (KST)",
    )
)

M.append(
    Mail(
        name="h7_soc_google_ko_onorafter",
        category="positive",
        lang="ko",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[조치 필요] OAuth 외부 범위 OOB 흐름 차단 안내",
        date="2026-11-07 02:00 +0000",
        cte="base64",
        text="""안녕하세요, Google Cloud 고객님

프로젝트 dambi-app (프로젝트 번호 771230045512)의 OAuth 클라이언트가 Google 로그인에서 OOB(out-of-band)
흐름을 사용하고 있습니다. 2027년 2월 1일 또는 그 이후에는 이 흐름을 사용하는 로그인 요청이 차단됩니다.

더 안전한 방식으로 이전해 주세요.

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[item(SOCIAL, "Google", "dambi-app", "2027-02-01", aliases=["771230045512"])],
        note="'on or after' phrasing in Korean",
    )
)

# ---------------------------------------------------------------- forwards
M.append(
    Mail(
        name="h7_fwd_gabia_ko_kakaomail",
        category="forward",
        lang="ko",
        sender=("김서준", "seojun.kim@dambi-shop.kr"),
        subject="전달: [가비아] 도메인 만료 안내",
        date="2026-11-14 09:41 +0900",
        text="""운영팀, 이거 예전 대표님 메일로 온 건데 확인 부탁드려요.

----- 전달된 메시지 -----
보낸사람: 가비아 <domain@gabia.com>
받는사람: ceo-old@dambi-shop.kr
날짜: 2026년 11월 13일 (금) 오전 9:00
제목: [가비아] 도메인 만료 안내

안녕하세요, 가비아입니다.
고객님의 도메인 dambi-biz.kr 의 만료일이 다가오고 있습니다.

  도메인: dambi-biz.kr
  만료일: 2026년 12월 29일

만료일 이전에 기간 연장을 해 주세요.
""",
        items=[item(DOMAIN, "Gabia", "dambi-biz.kr", "2026-12-29")],
        note="Korean 전달된 메시지 forward; forward header date is a distractor",
    )
)

M.append(
    Mail(
        name="h7_fwd_namecheap_en_outlook",
        category="forward",
        lang="en",
        sender=("Daniel Cho", "daniel.cho@dambi-shop.kr"),
        subject="FW: Domain Expiration Notice: dambi-outlet.com",
        date="2026-11-18 11:05 +0900",
        text="""Forwarding for the ops list - who owns this one?

Daniel

-----Original Message-----
From: Namecheap <support@namecheap.com>
Sent: Tuesday, November 17, 2026 8:12 PM
To: daniel.cho@gmail.com
Subject: Domain Expiration Notice: dambi-outlet.com

Hello,

Your domain dambi-outlet.com is going to expire on January 5, 2027. To keep it, renew before that date.
Renew now: https://ap.www.namecheap.com/domains/list/

Team Namecheap
""",
        items=[item(DOMAIN, "Namecheap", "dambi-outlet.com", "2027-01-05")],
    )
)

M.append(
    Mail(
        name="h7_fwd_cafe24_ko_outlook_ks",
        category="forward",
        lang="ko",
        sender=("이하은", "haeun.lee@dambi-shop.kr"),
        subject="FW: [카페24] 메일호스팅 용량 부족 안내",
        date="2026-11-03 13:20 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        text="""확인해 주세요. 똑같은 메일이 며칠째 와요.

----- 원본 메시지 -----
보낸 사람: "카페24" <mailhosting@cafe24.com>
받는 사람: "help" <help@dambi.co.kr>
보낸 날짜: 2026-11-02 (월) 04:00:11
제목: [카페24] 메일호스팅 용량 부족 안내

dambi.co.kr 메일호스팅의 전체 용량 사용률이 90%를 넘었습니다.
용량이 가득 차면 메일 수신이 중단됩니다. 메일을 정리하거나 용량을 추가해 주세요.
""",
        items=[item(QUOTA, "Cafe24", "dambi.co.kr", "default")],
        note="Outlook 원본 메시지 forward, cp949 under ks_c_5601-1987, quoted-printable",
    )
)

RFC822_FWD_INNER = Mail(
    name="h7_fwd_meta_inner",
    category="positive",
    lang="en",
    sender=("Meta for Developers", "notification@facebookmail.com"),
    subject="Action required: Facebook Login for Dambi Events",
    date="2026-11-08 21:00 +0000",
    text="""Hi,

Your app Dambi Events (App ID: 551020339871245) uses Facebook Login with Graph API v19.0, which will be
deprecated on February 16, 2027. Upgrade to a newer version before then to keep Facebook Login working.

The Meta for Developers team
""",
)
RFC822_FWD = Mail(
    name="h7_fwd_meta_en_rfc822",
    category="forward",
    lang="en",
    sender=("Minji Park", "minji.park@dambi-shop.kr"),
    subject="Fwd: Action required: Facebook Login for Dambi Events",
    date="2026-11-09 10:00 +0900",
    text="See attached, forwarded as attachment from my old inbox. Can dev check before Feb?\n\nMinji\n",
    items=[item(SOCIAL, "Meta", "Dambi Events", "2027-02-16", aliases=["551020339871245"])],
    note="forward as message/rfc822 attachment",
)

# ---------------------------------------------------------------- follow-ups that move a date
M.append(
    Mail(
        name="h7_fu_kakao_ko_postponed",
        category="followup",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 구 토큰 API 지원 종료 일정 변경 안내",
        date="2026-11-19 15:00 +0900",
        text=f"""안녕하세요, 카카오입니다.

앱 '담비 어드민'(앱 ID: 1034568)에 안내드린 구 토큰 정보 API 지원 종료 일정이 변경되었습니다.

  - 기존 일정: 2026년 12월 15일({kwd("2026-12-15")})
  - 변경 일정: 2027년 2월 16일({kwd("2027-02-16")})

충분한 전환 기간을 드리기 위해 일정을 연기하였습니다. 변경된 일정 전까지 새 API로 전환해 주세요.

감사합니다.
""",
        items=[item(SOCIAL, "Kakao", "담비 어드민", "2027-02-16", aliases=["1034568"])],
        note="follow-up: new date 2027-02-16; old 2026-12-15 is a distractor",
    )
)

M.append(
    Mail(
        name="h7_fu_cafe24_ko_moved",
        category="followup",
        lang="ko",
        sender=("카페24", "hosting@cafe24.com"),
        subject="[정정] 트래픽 초과 서비스 제한 일정 변경",
        date="2026-11-22 18:30 +0900",
        text=f"""dambi01 고객님께,

앞서 안내드린 트래픽 초과에 따른 서비스 제한 일정에 오류가 있어 정정합니다.

  제한 예정일 : 2026-11-24 00:00 → 2026-12-02({kwd("2026-12-02")}) 00:00

추가 트래픽 구매 또는 상품 변경을 변경된 제한 예정일 전까지 진행해 주세요.
불편을 드려 죄송합니다.

카페24 호스팅센터
""",
        items=[item(QUOTA, "Cafe24", "dambi01", "2026-12-02")],
        note="corrects h7_quo_cafe24_ko_traffic_suspend; old date is a distractor",
    )
)

# ---------------------------------------------------------------- resolutions
M.append(
    Mail(
        name="h7_res_gabia_ko_renewed",
        category="resolution",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 기간연장 완료 안내",
        date="2026-11-20 10:12 +0900",
        attachment=True,
        text="""안녕하세요, 가비아입니다.

요청하신 도메인의 기간연장이 정상적으로 완료되었습니다.

  도메인 : dambi-shop.kr
  연장 기간 : 1년
  변경된 만료일 : 2027-12-18
  결제 금액 : 22,000원 (카드 결제, 2026-11-20)

전자세금계산서(PDF)를 첨부합니다. 이용해 주셔서 감사합니다.
""",
        items=[item(DOMAIN, "Gabia", "dambi-shop.kr", "2027-12-18", resolves=True)],
        note="renewal receipt with PDF; closes the 2026-12-18 item",
    )
)

M.append(
    Mail(
        name="h7_res_cafe24_ko_disk_added",
        category="resolution",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 웹호스팅 용량 추가 완료",
        date="2026-11-12 11:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<p>dambishop 고객님, 신청하신 <b>웹호스팅 디스크 용량 추가</b>가 완료되었습니다.</p>
<table border="1"><tr><td>아이디</td><td>dambishop</td></tr><tr><td>변경 전</td><td>10GB</td></tr>
<tr><td>변경 후</td><td>20GB</td></tr><tr><td>적용일</td><td>2026-11-12</td></tr></table>
<p>감사합니다.</p>""",
        items=[item(QUOTA, "Cafe24", "dambishop", None, resolves=True)],
        note="quota raised; deadline not scored",
    )
)

M.append(
    Mail(
        name="h7_res_github_en_upgraded",
        category="resolution",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] Your organization dambi-dev is now on GitHub Team",
        date="2026-11-19 01:20 +0000",
        text="""Thanks for upgrading!

The dambi-dev organization is now on the GitHub Team plan. Your included GitHub Actions minutes increased
from 2,000 to 3,000 per month, effective immediately.

Receipt: https://github.com/organizations/dambi-dev/settings/billing/history
""",
        items=[item(QUOTA, "GitHub", "dambi-dev", None, resolves=True)],
    )
)

# ---------------------------------------------------------------- replies
M.append(
    Mail(
        name="h7_rep_porkbun_ko",
        category="reply",
        lang="mixed",
        sender=("박민지", "minji.park@dambi-shop.kr"),
        subject="Re: dambi.shop has expired",
        date="2026-11-13 09:15 +0900",
        text="""카드 만료돼서 그런 것 같아요. 오늘 오후에 새 카드 등록하고 갱신할게요.

On Thu, Nov 12, 2026 at 3:22 PM Porkbun <support@porkbun.com> wrote:
> Oink! It looks like dambi.shop expired on November 10, 2026.
> You can still renew it at the regular renewal price until December 10, 2026.
""",
        items=[],
        note="reply quoting a notice gives nothing",
    )
)

M.append(
    Mail(
        name="h7_rep_google_en",
        category="reply",
        lang="en",
        sender=("Daniel Cho", "daniel.cho@dambi-shop.kr"),
        subject="Re: [Action Required] Migrate your OAuth clients off the Google Sign-In platform library",
        date="2026-10-28 10:30 +0900",
        text="""dambi-web is already on GIS since the summer release; dambi-admin still loads platform.js, I'll ticket it.

> After March 31, 2027, sign-in requests from OAuth clients that still load it will fail.
> Projects affected in your organization:
>   - dambi-web (project number 501232118874)
>   - dambi-admin (project number 501232118990)
""",
        items=[],
    )
)

M.append(
    Mail(
        name="h7_rep_cafe24_ko_thread",
        category="reply",
        lang="ko",
        sender=("김서준", "seojun.kim@dambi-shop.kr"),
        subject="RE: RE: RE: [카페24] 트래픽 초과로 인한 서비스 제한 예정 안내",
        date="2026-11-22 19:05 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""정정 메일 왔네요. 12월 2일까지니까 월요일에 상품 변경 진행하겠습니다.

-----Original Message-----
From: 박민지 <minji.park@dambi-shop.kr>
Sent: Sunday, November 22, 2026 5:30 PM
Subject: RE: RE: [카페24] 트래픽 초과로 인한 서비스 제한 예정 안내

이미지 CDN 옮기는 건 다음 주에 하고, 일단 추가 트래픽 사 두죠.

-----Original Message-----
From: 이하은 <haeun.lee@dambi-shop.kr>
Sent: Sunday, November 22, 2026 5:02 PM
Subject: RE: [카페24] 트래픽 초과로 인한 서비스 제한 예정 안내

블프 기획전 이미지 때문인 듯해요.

-----Original Message-----
From: 카페24 <hosting@cafe24.com>
Sent: Sunday, November 22, 2026 4:40 PM
Subject: [카페24] 트래픽 초과로 인한 서비스 제한 예정 안내

고객님의 호스팅 계정 dambi01 의 이번 달 트래픽이 제공량을 초과하였습니다.
추가 트래픽을 구매하지 않으시면 2026-11-24(화) 00:00 부터 홈페이지 접속이 제한됩니다.
""",
        items=[],
        note="long thread reply; gives nothing",
    )
)

# ---------------------------------------------------------------- negatives
M.append(
    Mail(
        name="h7_neg_gabia_ko_coupon",
        category="negative",
        lang="ko",
        sender=("가비아", "news@gabia.com"),
        subject="(광고) [가비아] .com 도메인 9,900원! 쿠폰이 곧 만료됩니다",
        date="2026-11-16 10:00 +0900",
        form="html",
        headers=unsub("gabia.com"),
        html="""<table width="600"><tr><td><img src="https://static.gabia.com/event/1116.jpg" alt="도메인 할인"></td></tr>
<tr><td>지금 .com 도메인을 등록하세요! 첫 해 9,900원.<br>
발급된 <b>10% 할인 쿠폰</b>이 2026년 11월 30일에 만료됩니다. 만료 전에 사용하세요.</td></tr>
<tr><td style="font-size:11px">본 메일은 광고 수신에 동의하신 회원께 발송됩니다. <a href="https://www.gabia.com/unsubscribe">수신거부</a></td></tr></table>""",
        note="vendor marketing with List-Unsubscribe; coupon expiry",
    )
)

M.append(
    Mail(
        name="h7_neg_godaddy_en_promo",
        category="negative",
        lang="en",
        sender=("GoDaddy", "offers@godaddy.com"),
        subject="Minji, grab a .com for $0.01* before this deal expires",
        date="2026-10-23 08:00 -0700",
        headers=unsub("godaddy.com"),
        auth_domain="godaddy.com",
        text="""Your next big idea needs a name.

Register a .com for $0.01* for the first year. Offer expires October 31, 2026.

*Requires purchase of a 2-year term. Renews at the regular rate.
Unsubscribe: https://www.godaddy.com/email-preferences
""",
    )
)

M.append(
    Mail(
        name="h7_neg_cafe24_ko_newsletter",
        category="negative",
        lang="ko",
        sender=("카페24", "newsletter@cafe24.com"),
        subject="(광고) 카페24 11월 뉴스레터 - 블랙프라이데이 준비하셨나요?",
        date="2026-11-02 09:00 +0900",
        form="html",
        headers=unsub("cafe24.com"),
        html="""<div><h3>블랙프라이데이, 트래픽 폭주 대비 체크리스트</h3>
<p>행사 기간에는 트래픽이 평소의 5배 이상 늘어납니다. 호스팅 용량과 트래픽을 미리 점검하세요.</p>
<p>11월 한정: 호스팅 상품 변경 시 첫 달 50% 할인 (쿠폰 만료: 2026-11-29)</p>
<p><a href="https://www.cafe24.com/unsubscribe">수신거부</a></p></div>""",
        note="newsletter talks about traffic in general",
    )
)

M.append(
    Mail(
        name="h7_neg_vercel_en_trial",
        category="negative",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your Pro trial ends in 3 days",
        date="2026-11-19 15:00 +0000",
        text="""Hi Minji,

Your Pro trial for team dambi-lab ends in 3 days. After the trial, the team returns to the Hobby plan unless
you add a payment method. Your deployments remain online.

https://vercel.com/dambi-lab/~/settings/billing
""",
        note="trial ending: nothing is at risk (deployments stay online, plan reverts); not a quota notice",
    )
)

M.append(
    Mail(
        name="h7_neg_blog_en_identity",
        category="negative",
        lang="en",
        sender=("The Auth Digest", "digest@authweekly.dev"),
        subject="Auth Weekly #212: the great social-login deprecation wave",
        date="2026-11-06 13:00 +0000",
        headers=unsub("authweekly.dev"),
        text="""This week in identity

- Google keeps retiring legacy Sign-In pieces; if you still use platform.js, the deadline is coming.
- Meta deprecates another Graph API version every quarter; the 2-year lifecycle explained.
- Kakao and Naver change consent scopes again: what it means for Korean apps.

You're receiving this because you subscribed at authweekly.dev.
""",
        note="general newsletter about deprecations",
    )
)

M.append(
    Mail(
        name="h7_neg_yozm_ko_newsletter",
        category="negative",
        lang="ko",
        sender=("요즘IT", "newsletter@yozm.wishket.com"),
        subject=q_subject("[요즘IT] 소셜 로그인 API 버전 종료, 어떻게 대비할까?"),
        date="2026-11-12 07:30 +0900",
        form="html",
        cte="base64",
        headers=unsub("yozm.wishket.com"),
        html="""<p>이번 주 요즘IT 추천 아티클</p><ul><li>카카오·네이버 로그인 API 지원 종료에 대비하는 법</li>
<li>Facebook 로그인 Graph API 버전 정책 총정리</li></ul><p><a href="#">수신거부</a></p>""",
    )
)

M.append(
    Mail(
        name="h7_neg_namecheap_en_wdrp",
        category="negative",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domain WHOIS data reminder (ICANN WDRP)",
        date="2026-10-24 05:00 +0000",
        text="""Dear Registrant,

As required by ICANN's Whois Data Reminder Policy, please review the contact data for your domain:

Domain: dambi.store
Creation date: 2024-12-05
Expiration date: 2026-12-05
Registrant: Dambi Co., Ltd.

If the information is correct, no action is needed. Inaccurate data may lead to suspension.
""",
        note="WHOIS accuracy reminder merely lists the expiry",
    )
)

M.append(
    Mail(
        name="h7_neg_gabia_ko_ssl",
        category="negative",
        lang="ko",
        sender=("가비아", "ssl@gabia.com"),
        subject="[가비아] SSL 인증서 만료 예정 안내",
        date="2026-11-11 09:00 +0900",
        text="""안녕하세요, 가비아입니다.

고객님의 SSL 인증서가 만료될 예정입니다.
  - 인증서: Sectigo PositiveSSL
  - 적용 도메인: www.dambi-shop.kr
  - 만료일: 2026-12-11

만료 전에 갱신하지 않으면 브라우저에 보안 경고가 표시됩니다.
""",
        note="SSL certificate expiry is not a built-in kind",
    )
)

M.append(
    Mail(
        name="h7_neg_aws_en_invoice",
        category="negative",
        lang="en",
        sender=("Amazon Web Services", "aws-billing@amazon.com"),
        subject="Amazon Web Services Invoice Available [Account: 441029873316]",
        date="2026-11-03 00:30 +0000",
        attachment=True,
        auth_domain="amazon.com",
        text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Account: 441029873316   Billing period: October 1 - October 31, 2026   Total: USD 87.41
Payment due: November 18, 2026 (charged to your card on file)

Your invoice is attached as a PDF.
""",
        note="invoice; payment due date is not a notice deadline",
    )
)

M.append(
    Mail(
        name="h7_neg_naverpay_ko_receipt_euckr",
        category="negative",
        lang="ko",
        sender=("네이버페이", "naverpay_noreply@navercorp.com"),
        subject="[네이버페이] 결제가 완료되었습니다",
        date="2026-11-05 21:14 +0900",
        charset="euc-kr",
        cte="base64",
        text="""주문하신 상품의 결제가 완료되었습니다.

주문번호: 2026110521140033
상품명: 포장용 박스 60x40 (100매)
결제금액: 48,500원
적립 예정 포인트 485원 (2027년 11월 5일 소멸 예정)
""",
    )
)

M.append(
    Mail(
        name="h7_neg_colleague_ko_personal",
        category="negative",
        lang="ko",
        sender=("이하은", "haeun.lee@dambi-shop.kr"),
        subject="금요일 회식 장소",
        date="2026-11-18 17:40 +0900",
        text="""다들 금요일 회식 괜찮으시죠? 법카 식대 쿠폰이 이번 달 말에 만료된다고 해서 그걸로 쓰려고요.
도메인 갱신 얘기는 월요일에 따로 해요 :)
""",
    )
)

M.append(
    Mail(
        name="h7_neg_google_en_signin_alert",
        category="negative",
        lang="en",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="Security alert",
        date="2026-11-09 23:58 +0000",
        text="""A new sign-in on Windows

ops@dambi-shop.kr
We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to do
anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""",
    )
)

M.append(
    Mail(
        name="h7_neg_it_ko_password",
        category="negative",
        lang="ko",
        sender=("담비 IT지원", "it@dambi-shop.kr"),
        subject="[공지] 그룹웨어 비밀번호 만료 7일 전 안내",
        date="2026-11-16 09:00 +0900",
        text="""ops 계정의 그룹웨어 비밀번호가 7일 후 만료됩니다.
만료 전에 [내 정보 > 비밀번호 변경]에서 변경해 주세요. 만료되면 로그인이 제한됩니다.
- IT지원팀
""",
        note="company's own password expiry",
    )
)

M.append(
    Mail(
        name="h7_neg_naverdev_ko_news",
        category="negative",
        lang="ko",
        sender=("네이버 개발자센터", "dl_developers@navercorp.com"),
        subject="[NAVER Developers] 11월 개발자 소식",
        date="2026-11-20 11:00 +0900",
        headers=unsub("navercorp.com"),
        text="""11월 네이버 개발자 소식

- 네이버 아이디로 로그인 가이드 문서가 새롭게 개편되었습니다.
- 지난 공지: 구 버전 API 종료 일정은 공지사항 게시판에서 확인하세요.
- DEVIEW 2026 발표 영상 공개
""",
    )
)

M.append(
    Mail(
        name="h7_neg_apple_en_news",
        category="negative",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Hello Developer: November 2026",
        date="2026-11-04 17:00 +0000",
        form="html",
        auth_domain="insideapple.apple.com",
        headers=unsub("insideapple.apple.com"),
        html="""<div><h1>Hello Developer</h1><p>Meet the winners of this year&rsquo;s App Store Awards, and explore new
sessions on Sign in with Apple best practices.</p><p>Submissions for the holidays: App Store Connect stays open
December 23&ndash;27.</p></div>""",
    )
)

M.append(
    Mail(
        name="h7_neg_github_en_token",
        category="negative",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] Your personal access token (classic) has expired",
        date="2026-11-01 00:10 +0000",
        text="""Hi @minji-dambi,

Your personal access token (classic) "deploy-bot" with repo scope has expired. If this token is still needed,
regenerate it: https://github.com/settings/tokens
""",
        note="token expiry is not a built-in kind",
    )
)

M.append(
    Mail(
        name="h7_neg_porkbun_en_registration",
        category="negative",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="Order Confirmation #4419203",
        date="2026-10-21 12:00 -0700",
        text="""Thanks for your order!

dambi.link  -  1 year registration  -  $4.29
Expires: 2027-10-21
Auto-renew: ON

Order total: $4.29
""",
        note="registration receipt",
    )
)

M.append(
    Mail(
        name="h7_neg_aws_en_health_maint",
        category="negative",
        lang="en",
        sender=("AWS Health", "no-reply-aws@amazon.com"),
        subject="[Scheduled] Amazon EC2 instance retirement notification",
        date="2026-11-14 02:00 +0000",
        auth_domain="amazon.com",
        text="""Hello,

EC2 has detected degradation of the underlying hardware hosting your instance i-0a1b2c3d4e5f in the
ap-northeast-2 region. Your instance will be retired after 2026-12-01 00:00 UTC. Stop and start it before then.
""",
        note="EC2 instance retirement: not one of the three kinds",
    )
)

M.append(
    Mail(
        name="h7_neg_colleague_ko_cloudflare",
        category="negative",
        lang="ko",
        sender=("Daniel Cho", "daniel.cho@dambi-shop.kr"),
        subject="Cloudflare 무료 플랜 검토",
        date="2026-10-30 15:00 +0900",
        text="""CDN을 Cloudflare 무료 플랜으로 옮기면 트래픽 초과 걱정이 줄 것 같아요.
기존 CDN 계약은 12월 31일 만료라 그 전에 결정하면 됩니다.
""",
    )
)

M.append(
    Mail(
        name="h7_neg_netlify_en_changelog",
        category="negative",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        subject="What's new at Netlify: credit-based pricing",
        date="2026-10-20 16:00 +0000",
        headers=unsub("netlify.com"),
        text="""Product update

We're introducing credit-based plans. Bandwidth, build minutes and function invocations draw from one
monthly credit balance. Existing plans keep working until you switch.
""",
    )
)

M.append(
    Mail(
        name="h7_neg_meta_en_devnews",
        category="negative",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Graph API v24.0 is now available",
        date="2026-10-21 18:00 +0000",
        headers=unsub("facebookmail.com"),
        text="""Graph API v24.0 and Marketing API v24.0 are now available. Each version is supported for at least two
years. Read the changelog: https://developers.facebook.com/docs/graph-api/changelog
""",
        note="release announcement, not a deprecation of the reader's app",
    )
)

# ---------------------------------------------------------------- phishing
M.append(
    Mail(
        name="h7_phi_gabia_ko_lookalike",
        category="phishing",
        lang="ko",
        sender=("가비아", "notice@gabia-renew.com"),
        subject="[가비아] 도메인 만료 긴급 안내",
        date="2026-11-17 02:13 +0900",
        text="""고객님의 도메인 dambi-shop.kr 이 2026년 11월 25일 만료됩니다.
아래 링크에서 즉시 결제하지 않으면 도메인이 삭제됩니다.
http://gabia-renew.com/pay?d=dambi-shop.kr
""",
        items=[item(DOMAIN, "Gabia", "dambi-shop.kr", "2026-11-25", suspicious=True)],
        note="look-alike domain gabia-renew.com",
    )
)

M.append(
    Mail(
        name="h7_phi_godaddy_en_gmail",
        category="phishing",
        lang="en",
        sender=("GoDaddy Renewals", "godaddy.renewals.team@gmail.com"),
        subject="URGENT: DAMBI-SHOP.COM suspended in 48 hours",
        date="2026-11-21 03:00 +0000",
        text="""Your domain DAMBI-SHOP.COM expires on November 23, 2026 and will be suspended.
Verify your payment here: http://bit.ly/gd-renew-now
""",
        items=[item(DOMAIN, "GoDaddy", "dambi-shop.com", "2026-11-23", suspicious=True)],
        note="vendor display name on gmail.com",
    )
)

M.append(
    Mail(
        name="h7_phi_route53_en_dkimfail",
        category="phishing",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
        subject="Your domain dambi-api.com will be suspended",
        date="2026-11-20 04:00 +0000",
        auth=[
            "mx.google.com;\r\n       dkim=fail header.i=@registrar.amazon.com;\r\n"
            "       spf=fail (google.com: domain of noreply@registrar.amazon.com does not designate 45.61.136.9 as"
            " permitted sender) smtp.mailfrom=noreply@registrar.amazon.com;\r\n"
            "       dmarc=fail (p=QUARANTINE) header.from=registrar.amazon.com",
            "mx.registrar.amazon.com; dkim=pass header.i=@registrar.amazon.com; spf=pass; dmarc=pass",
        ],
        mailer="mail-relay.sendfast.top",
        text="""Dear customer,

Payment for the renewal of dambi-api.com failed. The domain will be suspended on November 22, 2026.
Sign in to update billing: http://aws-billing-verify.sendfast.top/login
""",
        items=[item(DOMAIN, "Amazon Route 53", "dambi-api.com", "2026-11-22", suspicious=True)],
        note="topmost Authentication-Results fails; lower forged header says pass",
    )
)

M.append(
    Mail(
        name="h7_phi_cafe24_ko_punycode",
        category="phishing",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@xn--cfe24-4ve.com"),
        subject="[카페24] 호스팅 용량 초과 - 즉시 조치 필요",
        date="2026-11-15 01:00 +0900",
        text="""dambishop 고객님, 호스팅 용량이 초과되어 24시간 내에 서비스가 중지됩니다.
http://xn--cfe24-4ve.com/login 에서 용량을 추가하세요.
""",
        items=[item(QUOTA, "Cafe24", "dambishop", "2026-11-16", suspicious=True)],
        note="punycode homoglyph of cafe24.com (Cyrillic a); 24 hours from 11-15",
    )
)

M.append(
    Mail(
        name="h7_phi_kakao_ko_lookalike",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "notice@kakao-developers.net"),
        subject="[카카오디벨로퍼스] 앱 키 만료 및 로그인 차단 예정",
        date="2026-11-10 23:00 +0900",
        text="""담비상점 앱의 카카오 로그인이 2026년 11월 30일에 차단됩니다.
아래에서 개발자 계정을 재인증하세요: http://kakao-developers.net/verify
""",
        items=[item(SOCIAL, "Kakao", "담비상점", "2026-11-30", suspicious=True)],
    )
)

M.append(
    Mail(
        name="h7_phi_namecheap_en_spffail",
        category="phishing",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Final notice: dambi.store expires today",
        date="2026-11-11 06:00 +0000",
        auth="fail",
        text="""Your domain dambi.store expires on November 12, 2026. Renew within 24 hours to avoid deletion:
http://namecheap-secure-renew.ru/
""",
        items=[item(DOMAIN, "Namecheap", "dambi.store", "2026-11-12", suspicious=True)],
        note="real vendor domain with dkim/spf/dmarc fail",
    )
)


def build_rfc822_forward(outer: Mail, inner: Mail) -> bytes:
    """A forward sent 'as attachment' (Outlook, Thunderbird): the notice rides as message/rfc822."""
    head = message_from_bytes(build(outer), policy=policy.compat32)
    body = message_from_bytes(build(inner), policy=policy.compat32)
    mixed = MIMEMultipart("mixed", boundary="----=_Part_7_441920.1763000000000")
    text_part = message_from_bytes(build(outer), policy=policy.compat32)
    for k in list(text_part.keys()):
        if not k.lower().startswith("content-"):
            del text_part[k]
    mixed.attach(text_part)
    att = MIMEMessage(body)
    att["Content-Disposition"] = 'attachment; filename="forwarded message.eml"'
    mixed.attach(att)
    for k, v in head.items():
        if not k.lower().startswith("content-") and k.lower() != "mime-version":
            mixed[k] = v
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()


CATEGORIES = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}
KINDS = {DOMAIN, QUOTA, SOCIAL}


def form_of(mail: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[mail.form]
    return parts + f", {mail.charset}, {mail.cte}" + (", +attachment" if mail.attachment else "")


def check(labels: list[dict], out: Path) -> None:
    """Mechanics only: one label per file, schema, and every mail parses."""
    files = {p.name for p in out.glob("*.eml")}
    assert files == {lab["file"] for lab in labels}, "labels and files differ"
    for lab in labels:
        assert lab["category"] in CATEGORIES and lab["lang"] in {"ko", "en", "mixed"}, lab["file"]
        msg = message_from_bytes((out / lab["file"]).read_bytes(), policy=policy.default)
        assert msg["Date"] and msg["From"] and msg.get_body(("plain", "html")) is not None, lab["file"]
        empty = lab["category"] in {"negative", "reply"}
        assert bool(lab["items"]) != empty, lab["file"]
        for it in lab["items"]:
            assert it["kind"] in KINDS and it["vendor"] and it["target"], lab["file"]
            dl = it["deadline"]
            assert dl is None or dl == "default" or date.fromisoformat(dl), lab["file"]
            assert it["suspicious"] == (lab["category"] == "phishing"), lab["file"]
            assert it["resolves"] == (lab["category"] == "resolution"), lab["file"]


def main() -> None:
    all_mails = [*M, RFC822_FWD]
    for mail in [*all_mails, RFC822_FWD_INNER]:
        if mail.to == Mail.__dataclass_fields__["to"].default:
            mail.to = OPS  # every mail lands in (or is forwarded to) the shop's shared ops@ mailbox
    names = Counter(m.name for m in all_mails)
    assert all(c == 1 for c in names.values()), "duplicate names"
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for mail in all_mails:
        fname = f"{mail.name}.eml"
        if mail is RFC822_FWD:
            data = build_rfc822_forward(mail, RFC822_FWD_INNER)
            form = "multipart/mixed with message/rfc822, utf-8, 8bit"
        else:
            data = build(mail)
            form = form_of(mail)
        (out / fname).write_bytes(data)
        labels.append(
            {
                "file": fname,
                "category": mail.category,
                "lang": mail.lang,
                "form": form,
                "note": mail.note,
                "items": mail.items,
            }
        )
    check(labels, out)
    doc = {"version": 1, "convention": "see tests/corpus/README.md", "mails": labels}
    (HERE / "labels.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8"
    )
    cats = Counter(m.category for m in all_mails)
    langs = Counter(m.lang for m in all_mails)
    print(
        f"wrote {len(all_mails)} mails: "
        + ", ".join(f"{k}={v}" for k, v in sorted(cats.items()))
        + " | "
        + ", ".join(f"{k}={v}" for k, v in sorted(langs.items()))
    )


if __name__ == "__main__":
    main()
