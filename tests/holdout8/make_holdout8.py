"""Writes the blind evaluation set holdout8: tests/holdout8/mail/*.eml and tests/holdout8/labels.yaml.

The shared inbox of a small Korean web agency (Dalbit Studio) that runs ~15 client sites and apps.
Run from anywhere: `python tests/holdout8/make_holdout8.py`. Output is deterministic; after writing,
the generator checks that every mail parses and that labels.yaml follows the corpus schema.
Labelling convention: tests/corpus/README.md.
"""

from __future__ import annotations

import email
import sys
from collections import Counter
from datetime import date
from email import policy
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

TO = "web@dalbit-studio.kr"
WD = "월화수목금토일"


def kd(y: int, m: int, d: int) -> str:
    """Korean date with the weekday in parentheses, as Korean vendors write it."""
    return f"{y}년 {m}월 {d}일({WD[date(y, m, d).weekday()]})"


def unsub(domain: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<https://{domain}/unsubscribe?u=8f2c>, <mailto:unsubscribe@{domain}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


PIXEL = '<img src="https://t.{d}/open.gif?m={n}" width="1" height="1" alt="" style="display:none">'
PRE = '<div style="display:none;max-height:0;overflow:hidden">{t}</div>'

MAILS: list[Mail] = []
QSUBJECT: set[str] = set()  # mails whose Subject is Q-encoded instead of B-encoded
RFC822: dict[str, Mail] = {}  # outer mail name -> attached original notice


def add(m: Mail) -> Mail:
    MAILS.append(m)
    return m


# ---------------------------------------------------------------- domain-expiry, single notices
add(
    Mail(
        name="h8_gabia_ko_plain",
        category="positive",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 만료 예정 안내 (haneul-bakery.co.kr)",
        date="2026-11-02 09:14 +0900",
        text=f"""안녕하세요, 달빛스튜디오(dalbit0311) 고객님.
가비아를 이용해 주셔서 감사합니다.

고객님께서 보유하신 도메인의 만료일이 다가오고 있어 안내드립니다.
만료일 이후에는 홈페이지와 메일 등 도메인에 연결된 서비스가 중단될 수 있습니다.

■ 도메인명 : haneul-bakery.co.kr
■ 최초 등록일 : 2021년 12월 9일
■ 만료일 : {kd(2026, 12, 9)}
■ 자동 연장 : 사용 안 함

만료일 전에 [My가비아 > 서비스 관리 > 도메인]에서 기간 연장을 신청해 주세요.
※ .co.kr 도메인은 만료 후 삭제 처리까지 기간이 짧으니 미리 연장하시기 바랍니다.

본 메일은 2026년 11월 2일 기준으로 발송된 발신 전용 메일입니다.
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 | 고객센터 1544-4370
Copyright © Gabia Inc. All rights reserved.
""",
        items=[item(DOMAIN, "Gabia", "haneul-bakery.co.kr", "2026-12-09")],
        note="first registration date and send date are distractors",
    )
)

add(
    Mail(
        name="h8_whois_ko_html_euckr",
        category="positive",
        lang="ko",
        sender=("후이즈", "noreply@whois.co.kr"),
        subject="[후이즈] 도메인 기간만료 사전 안내",
        date="2026-10-30 15:40 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html=f"""<html><body style="margin:0">{PRE.format(t="보유하신 도메인의 만료일을 확인해 주세요")}
<table width="640" cellpadding="0" cellspacing="0" style="font-family:돋움;font-size:12px">
<tr><td><img src="https://img.whois.co.kr/mail/logo.gif" alt="WHOIS"></td></tr>
<tr><td style="padding:20px">미래치과 고객님, 안녕하세요.<br>아래 도메인의 등록기간이 곧 만료됩니다.<br>
만료 전에 기간연장을 하지 않으시면 도메인이 정지되며, 타인이 등록할 수 있습니다.</td></tr>
<tr><td><table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f3f3f3"><th>도메인</th><th>등록일</th><th>만료일</th><th>상태</th></tr>
<tr><td>mirae-dental.com</td><td>2019.12.01</td><td>2026.12.01</td><td>정상</td></tr>
</table></td></tr>
<tr><td style="padding:20px">[기간연장 바로가기] https://whois.co.kr/domain/extend<br>
회원 아이디 : miraedent&nbsp;&nbsp;|&nbsp;&nbsp;발송일 : 2026.10.30</td></tr>
<tr><td style="color:#999;font-size:11px">(주)후이즈 | 서울특별시 강남구 | 본 메일은 발신전용입니다.</td></tr>
</table>{PIXEL.format(d="whois.co.kr", n="wz1030")}</body></html>""",
        items=[item(DOMAIN, "Whois", "mirae-dental.com", "2026-12-01")],
        note="HTML table under 만료일 column; registration date and send date are distractors",
    )
)

add(
    Mail(
        name="h8_hostingkr_ko_euckr_qp",
        category="positive",
        lang="ko",
        sender=("호스팅케이알", "help@hosting.kr"),
        subject="[hosting.kr] sejong-hanok.kr 도메인 만료 안내",
        date="2026-11-06 11:02 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""세종한옥스테이 담당자님께

hosting.kr 에서 알려드립니다.
관리 중이신 도메인 sejong-hanok.kr 의 만료 예정일은 2026-12-20 오후 11시 59분 입니다.
결제 완료일: 2025-12-18 / 결제 금액: 22,000원

만료 예정일까지 연장하지 않으면 네임서버 정보가 삭제되어 웹사이트 접속이 되지 않습니다.
연장 신청: https://www.hosting.kr/domains/renew

감사합니다.
호스팅케이알 고객지원팀 (평일 09:00~18:00)
""",
        items=[item(DOMAIN, "hosting.kr", "sejong-hanok.kr", "2026-12-20")],
        note="previous payment date is a distractor",
    )
)

add(
    Mail(
        name="h8_godaddy_en_autorenew",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Your products will automatically renew soon",
        date="2026-11-14 06:31 -0700",
        form="alt",
        text="""Hi Jiwoo,

Heads up - the following product(s) in customer number 581204417 will renew automatically on
Dec 14, 2026 using the payment method on file.

jinju-pottery.com - Domain Name Registration - 1 Year    $22.99

No action is needed if your payment information is current. To update your card or turn off
auto-renew, visit your Renewals & Billing page.

We participate in account updater services; if the card on file cannot be charged, your products
will expire.

Copyright (c) 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
""",
        html="""<html><body><table width="600" align="center"><tr><td>
<p>Hi Jiwoo,</p><p>Your products are set to renew automatically.</p>
<table cellpadding="8"><tr><th align="left">Product</th><th>Renewal date</th><th>Price</th></tr>
<tr><td>jinju-pottery.com<br><small>Domain Name Registration &ndash; 1 Year</small></td>
<td>Dec 14, 2026</td><td>$22.99</td></tr></table>
<p>Customer #: 581204417</p>
<p style="font-size:11px;color:#777">Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC.</p>
</td></tr></table></body></html>""",
        items=[item(DOMAIN, "GoDaddy", "jinju-pottery.com", "2026-12-14")],
        note="auto-renew announcement: low severity, deadline = renewal date",
    )
)

add(
    Mail(
        name="h8_namecheap_en_in7days",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Your domain oceansurfshop.com expires in 7 days",
        date="2026-11-20 14:05 +0000",
        text="""Hello dalbitstudio,

This is a friendly reminder that the domain oceansurfshop.com in your Namecheap account will expire
in 7 days. Renewal notices are sent 30, 15, 7 and 1 day before the expiration date, as ICANN requires.

To keep your website and email working, renew it now:
https://ap.www.namecheap.com/domains/list/

Auto-Renew: OFF
Order history: domain registered on 11/27/2023

If you no longer need the domain, you can ignore this message.

Regards,
Team Namecheap
https://www.namecheap.com
""",
        items=[item(DOMAIN, "Namecheap", "oceansurfshop.com", "2026-11-27")],
        note="relative 'in 7 days' counted from Date 2026-11-20",
    )
)

add(
    Mail(
        name="h8_route53_en_plain",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "no-reply@registrar.amazon.com"),
        subject="Domain name registration expiring soon - daonclinic.com",
        date="2026-11-09 01:12 +0000",
        text="""Dear AWS customer,

The registration for the domain daonclinic.com is set to expire on December 28, 2026 (UTC).
Automatic renewal is disabled for this domain, so you must renew it manually if you want to keep it.

AWS account ID: 4417-2290-8831

To renew, open the Route 53 console, choose Registered domains, select the domain and choose
Renew domain. Domains that are not renewed become unavailable after the expiration date.

For more information see the Amazon Route 53 Developer Guide.

Sincerely,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109.
""",
        auth_domain="registrar.amazon.com",
        items=[item(DOMAIN, "Amazon Route 53", "daonclinic.com", "2026-12-28")],
    )
)

add(
    Mail(
        name="h8_cloudflare_en_autorenew_failed",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Action required: auto-renewal failed for pureum-academy.com",
        date="2026-11-18 22:47 +0000",
        form="html",
        cte="quoted-printable",
        html="""<!doctype html><html><body style="background:#f6f6f6">
<table role="presentation" width="100%"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Arial,sans-serif;font-size:14px">
<tr><td style="padding:24px"><h2>We couldn&#39;t renew your domain</h2>
<p>We attempted to charge the payment method on your account on November 18, 2026 to renew
<b>pureum-academy.com</b>, but the payment was declined.</p>
<p>Your domain expires on <b>2026-11-29</b>. Update your payment method and renew before then to
avoid losing the domain.</p>
<p><a href="https://dash.cloudflare.com/?to=/:account/domains">Manage domain</a></p>
<p style="color:#888;font-size:12px">Account: Dalbit Studio (ops@dalbit-studio.kr)<br>
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107</p></td></tr></table>
</td></tr></table></body></html>""",
        items=[item(DOMAIN, "Cloudflare", "pureum-academy.com", "2026-11-29")],
        note="auto-renew failed: high severity, deadline = expiry; charge date is a distractor",
    )
)

add(
    Mail(
        name="h8_porkbun_en_us_date",
        category="positive",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="Porkbun Domain Expiration Notice",
        date="2026-11-16 18:20 -0800",
        text="""Oink!

The following domain in your Porkbun account is approaching its expiration date:

    greenfarm-jeju.com      expires 12/15/2026      auto-renew: disabled

Account: dalbit-dev   |   Account credit: $0.00
If you'd like to keep it, log in and renew from the domain management page.

Porkbun LLC - 21370 SW Langer Farms Pkwy, Sherwood, OR 97140
""",
        items=[item(DOMAIN, "Porkbun", "greenfarm-jeju.com", "2026-12-15")],
    )
)

add(
    Mail(
        name="h8_gandi_en_dmy",
        category="positive",
        lang="en",
        sender=("Gandi", "noreply@gandi.net"),
        subject="[Gandi] withpet-hospital.eu: renewal reminder",
        date="2026-11-13 08:00 +0100",
        cte="base64",
        text="""Hello,

The domain name withpet-hospital.eu, held in the organization "Dalbit Studio", will expire on
15 Dec 2026 at 09:12 UTC.

Renew it before this date so that the associated services (website, email) keep working.
Created: 15 Dec 2022 - Last update of this notice: 13 Nov 2026

https://admin.gandi.net/domain/

"""
        + "-- \n"  # the signature delimiter keeps its trailing space
        + """The Gandi team
""",
        items=[item(DOMAIN, "Gandi", "withpet-hospital.eu", "2026-12-15")],
    )
)

add(
    Mail(
        name="h8_godaddy_en_grace",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Final notice: your domain has expired",
        date="2026-11-12 10:02 -0700",
        text="""Hi Jiwoo,

Your domain kkotbat-florist.com expired on Nov 10, 2026 and is now parked.
You can still renew it at the regular price until Nov 28, 2026. After that date a $80.00
redemption fee applies, and most domains can't be recovered 30 days after the expiration date.

Renew now: https://account.godaddy.com/renewals
Customer #: 581204417

Copyright (c) 1999-2026 GoDaddy Operating Company, LLC.
""",
        items=[item(DOMAIN, "GoDaddy", "kkotbat-florist.com", "2026-11-28")],
        note="grace period: the expiry (Nov 10) has passed; the reader must act by the end of the "
        "regular-price renewal window (Nov 28), so that is the deadline",
    )
)

add(
    Mail(
        name="h8_squarespace_en_noyear",
        category="positive",
        lang="en",
        sender=("Squarespace Domains", "no-reply@squarespace.com"),
        subject="hansollaw.com is expiring soon",
        date="2026-11-19 16:45 -0500",
        form="alt",
        text="""Your domain hansollaw.com expires on Dec. 19th.

Auto-renew is off for this domain. To keep it, turn on auto-renew or renew it manually in
Domains > hansollaw.com > Billing.

Squarespace, 225 Varick St, New York, NY 10014
""",
        html="""<html><body><table><tr><td style="font:15px Helvetica">
<p><strong>hansollaw.com</strong> expires on <strong>Dec. 19th</strong>.</p>
<p>Auto-renew is currently <em>off</em>. Renew now to keep your website and email connected.</p>
<p><a href="https://account.squarespace.com/domains">Manage domain</a></p>
<p style="font-size:11px">Squarespace, 225 Varick St, New York, NY 10014</p>
</td></tr></table></body></html>""",
        items=[item(DOMAIN, "Squarespace", "hansollaw.com", "2026-12-19")],
        note="no year: next Dec 19 after the mail date",
    )
)

add(
    Mail(
        name="h8_cafe24_domain_ko_cp949",
        category="positive",
        lang="ko",
        sender=("카페24", "domain@cafe24.com"),
        subject="[카페24] 도메인 만료 D-7 안내",
        date="2026-11-21 10:00 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""똑똑한 쇼핑몰 파트너, 카페24입니다.

회원님(ID: yoonseul77)의 도메인 만료가 D-7 남았습니다.

 - 도메인: yoonseul-hotel.kr
 - 서비스 상태: 사용중 (웹호스팅 연결)

만료 후에는 쇼핑몰·홈페이지 접속과 메일 수신이 불가하오니 꼭 연장해 주세요.
쇼핑몰명: 윤슬호텔 온라인샾 (연결 상품: 10G 광아우토반)

카페24 도메인센터 | 1588-3284
""",
        items=[item(DOMAIN, "Cafe24", "yoonseul-hotel.kr", "2026-11-28")],
        note="D-7 counted from 2026-11-21; ks_c_5601-1987 label with a cp949-only syllable (샾)",
    )
)

# ---------------------------------------------------------------- hosting-quota
add(
    Mail(
        name="h8_cafe24_quota_ko_html",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 웹 용량 사용량 초과 임박 안내",
        date="2026-11-10 13:30 +0900",
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        html="""<html><body><div style="width:600px;font-size:13px">
안녕하세요, 카페24 호스팅센터입니다.<br><br>
회원님의 웹호스팅 계정 <b>bomnalcafe</b> (bomnal-cafe.kr)의 웹 용량 사용률이 <b>93%</b>에 도달했습니다.<br>
용량이 가득 차면 게시물 업로드, 이미지 등록, DB 저장이 실패할 수 있습니다.<br><br>
<table border="0" cellpadding="4"><tr><td>사용량</td><td>9.3GB / 10GB</td></tr>
<tr><td>상품</td><td>10G 광아우토반 Full SSD</td></tr><tr><td>점검 기준일</td><td>2026-11-10</td></tr></table><br>
불필요한 파일을 정리하시거나 상품 업그레이드(용량 추가)를 신청해 주세요.<br>
&copy; CAFE24 Corp.</div></body></html>""",
        items=[item(QUOTA, "Cafe24", "bomnalcafe", "default", aliases=["bomnal-cafe.kr"])],
        note="no deadline given; check date is a distractor",
    )
)

add(
    Mail(
        name="h8_vercel_en_paused",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your team moa-interior has reached 100% of its Hobby usage",
        date="2026-11-15 03:12 +0000",
        text="""Hi there,

Your Hobby team "moa-interior" has used 100% of the included Fast Data Transfer for the current
billing cycle (Oct 28 - Nov 27):

  Fast Data Transfer      100.3 GB / 100 GB   (100.3%)
  Function Invocations    412K / 1M           (41%)

Projects in this team will be paused until the usage window resets unless you upgrade to Pro.
Project affected: moa-interior-web

Upgrade: https://vercel.com/moa-interior/~/settings/billing

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
""",
        items=[item(QUOTA, "Vercel", "moa-interior", "default", aliases=["moa-interior-web"])],
        note="limit already reached; the cycle dates are distractors, no action date given",
    )
)

add(
    Mail(
        name="h8_netlify_en_html",
        category="positive",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        subject="You've used 90% of your bandwidth allowance",
        date="2026-11-08 19:00 +0000",
        form="html",
        html="""<html><body><center><table width="600"><tr><td style="font-family:sans-serif">
<p>Hi Dalbit Studio,</p>
<p>Your team <strong>kkotbat-sites</strong> has used <strong>90%</strong> of the bandwidth included in the
Starter plan (90.1 GB of 100 GB). Site with most traffic: <code>kkotbat-florist.netlify.app</code>.</p>
<p>If the team exceeds its allowance, sites will stop serving until the next billing period
begins on December&nbsp;3 or until you upgrade.</p>
<p><a href="https://app.netlify.com/teams/kkotbat-sites/billing">Review usage</a></p>
</td></tr></table></center></body></html>""",
        items=[item(QUOTA, "Netlify", "kkotbat-sites", "default", aliases=["kkotbat-florist.netlify.app"])],
        note="the next billing period start is when usage resets, not a deadline",
    )
)

add(
    Mail(
        name="h8_github_actions_en",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] You've used 90% of included Actions minutes for withpet-hospital",
        date="2026-11-17 07:44 +0000",
        text="""Hi @dalbit-ops,

The withpet-hospital organization has used 90% of the 2,000 GitHub Actions minutes included
with its plan this month. When the included minutes run out, workflows will fail unless a spending
limit is set.

View usage: https://github.com/organizations/withpet-hospital/settings/billing

You're receiving this because you're a billing manager of withpet-hospital.
GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""",
        items=[item(QUOTA, "GitHub", "withpet-hospital", "default")],
    )
)

add(
    Mail(
        name="h8_dothome_ko_traffic",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료호스팅 트래픽 초과로 인한 이용 제한 예정 안내",
        date="2026-11-19 17:25 +0900",
        charset="euc-kr",
        cte="8bit",
        text="""닷홈 무료호스팅을 이용해 주시는 고객님께 안내드립니다.

아이디: jinjupottery
사용 중인 도메인: jinjupottery.dothome.co.kr

최근 일일 트래픽 사용량이 무료호스팅 제공량을 지속적으로 초과하고 있습니다.
2026년 11월 28일까지 트래픽 사용량이 줄지 않거나 유료 호스팅으로 전환하지 않으시면
해당 계정의 서비스 이용이 제한됩니다.

가입일: 2024년 3월 2일
닷홈 고객센터 드림
""",
        items=[item(QUOTA, "Dothome", "jinjupottery", "2026-11-28", aliases=["jinjupottery.dothome.co.kr"])],
    )
)

add(
    Mail(
        name="h8_gabia_quota_ko_ampm",
        category="positive",
        lang="ko",
        sender=("가비아 호스팅", "hosting@gabia.com"),
        subject="[가비아] 웹호스팅 트래픽 초과 및 서비스 제한 예정 안내",
        date="2026-11-22 09:05 +0900",
        form="alt",
        text=f"""고객님, 안녕하세요. 가비아입니다.

웹호스팅 서비스(moa0427 / moa-interior.kr)의 월 전송량이 제공량의 100%를 초과했습니다.
{kd(2026, 11, 24)} 오전 10시부터 트래픽 초과로 인해 홈페이지 접속이 제한될 예정입니다.
제한을 피하시려면 그 전에 트래픽 추가 구매 또는 상품 변경을 해 주세요.

이번 달 전송량 초기화일: 2026년 12월 1일
""",
        html=f"""<html><body><p>고객님, 안녕하세요. 가비아입니다.</p>
<table border="1" cellpadding="5"><tr><th>서비스 ID</th><th>도메인</th><th>사용률</th><th>제한 예정 일시</th></tr>
<tr><td>moa0427</td><td>moa-interior.kr</td><td>100.4%</td><td>{kd(2026, 11, 24)} 오전 10시</td></tr></table>
<p>트래픽 추가 구매: My가비아 &gt; 서비스 관리</p></body></html>""",
        items=[item(QUOTA, "Gabia", "moa0427", "2026-11-24", aliases=["moa-interior.kr"])],
        note="reset date is a distractor",
    )
)

add(
    Mail(
        name="h8_workspace_en_storage",
        category="positive",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="[Action Required] Your organization's storage is full",
        date="2026-11-04 20:11 +0000",
        form="alt",
        text="""Hello Administrator,

Your organization hansol-law.co.kr has used 100% of its pooled Google Workspace storage
(2.0 TB of 2.0 TB).

Starting December 10, 2026, users in your organization won't be able to send or receive email
in Gmail or upload new files to Drive until you free up space or buy more storage.

Manage storage: https://admin.google.com/ac/storage

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to
your Google Workspace account.
""",
        html="""<html><body><div style="max-width:600px;font-family:Roboto,Arial">
<p>Hello Administrator,</p><p>Your organization <b>hansol-law.co.kr</b> has used <b>100%</b> of its storage.</p>
<p>Starting <b>December 10, 2026</b>, users won&#8217;t be able to send or receive email or upload files
until you free up space.</p><p style="font-size:11px">Google LLC 1600 Amphitheatre Parkway</p>
</div></body></html>""",
        items=[item(QUOTA, "Google Workspace", "hansol-law.co.kr", "2026-12-10")],
    )
)

add(
    Mail(
        name="h8_aws_freetier_en",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        subject="AWS Free Tier limit alert",
        date="2026-11-11 04:30 +0000",
        text="""Hello,

Your AWS account 4417-2290-8831 has exceeded 85% of the usage limit for one or more AWS Free
Tier-eligible services for the November 2026 billing period.

Product        Usage Type                        Usage Limit          Current Usage
AmazonEC2      APN2-BoxUsage:t3.micro            750 Hrs              641 Hrs
AmazonS3       APN2-TimedStorage-ByteHrs         5 GB-Mo              4.4 GB-Mo

Usage beyond the Free Tier limits is charged at standard rates. To view usage, open the Billing
and Cost Management console.

Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109-5210
""",
        items=[item(QUOTA, "AWS", "4417-2290-8831", "default")],
    )
)

add(
    Mail(
        name="h8_iwinv_ko_disk",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 서버 디스크 사용량 경고 (95%)",
        date="2026-11-20 02:14 +0900",
        cte="quoted-printable",
        text="""[iwinv 모니터링 알림]

서버명 : daon-web01 (회원ID: daonclinic)
항목 : 디스크 사용량
현재값 : 95% (임계치 90%)
감지시각 : 2026-11-20 02:13:55

디스크가 가득 차면 웹서비스와 DB가 중단될 수 있습니다. 불필요한 로그를 정리하거나 디스크를 추가해 주세요.
""",
        items=[item(QUOTA, "iwinv", "daon-web01", "default", aliases=["daonclinic"])],
    )
)

# ---------------------------------------------------------------- social-login-deprecation
add(
    Mail(
        name="h8_kakao_ko_phases",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 JavaScript SDK 구버전 지원 종료 안내",
        date="2026-11-21 14:00 +0900",
        text=f"""안녕하세요, 카카오입니다.

[하늘베이커리] 앱(앱 ID: 1048213)에서 지원 종료 예정인 JavaScript SDK 1.x 버전의
카카오 로그인 호출이 확인되어 안내드립니다.

일정
- 1차: {kd(2026, 11, 20)} - SDK 1.x 신규 다운로드 중단
- 2차: {kd(2027, 1, 14)} - SDK 1.x 카카오 로그인 기능 지원 종료

2차 일정 이후에는 SDK 1.x로 구현된 카카오 로그인이 동작하지 않습니다.
JavaScript SDK 2.x로 전환해 주세요. (개발 가이드: https://developers.kakao.com/docs)

카카오디벨로퍼스 드림
""",
        items=[item(SOCIAL, "Kakao", "하늘베이커리", "2027-01-14", aliases=["1048213"])],
        note="phase 1 (Nov 20) already past on the mail date; the next phase is the deadline",
    )
)

add(
    Mail(
        name="h8_naver_ko_html",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        subject="[네이버 개발자센터] 네이버 로그인 API 구버전 종료 안내",
        date="2026-11-03 10:30 +0900",
        form="html",
        html="""<html><body><table width="650" style="font-family:'Nanum Gothic';font-size:13px">
<tr><td style="border-bottom:2px solid #03c75a"><b>NAVER Developers</b></td></tr>
<tr><td style="padding:16px">안녕하세요. 네이버 개발자센터입니다.<br><br>
회원님께서 등록하신 애플리케이션 <b>미래치과 예약</b> (Client ID: mR7dQx2KpL)은 종료 예정인
네이버 로그인 구버전 API(/v1/nid/getUserProfile.xml)를 사용하고 있습니다.<br><br>
해당 API는 <b>2027.01.29.</b>에 종료되며, 이후 로그인 사용자 프로필 조회가 실패합니다.<br>
종료 전까지 회원 프로필 조회 API(/v1/nid/me)로 변경해 주시기 바랍니다.<br><br>
공지 게시일: 2026.11.03.</td></tr>
<tr><td style="font-size:11px;color:#888">본 메일은 발신 전용입니다. &copy; NAVER Corp.</td></tr></table>
</body></html>""",
        items=[item(SOCIAL, "Naver", "미래치과 예약", "2027-01-29", aliases=["mR7dQx2KpL"])],
    )
)

add(
    Mail(
        name="h8_google_en_gsi",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Required] Migrate from the Google Sign-In platform library by February 26, 2027",
        date="2026-11-12 17:02 +0000",
        form="alt",
        cte="quoted-printable",
        text="""Hello Google Cloud customer,

We're writing to let you know that the Google Sign-In JavaScript platform library will no longer
be supported for your project seoripul-web (project number 771204339012).

What you need to know
Sign-in requests from the legacy library will stop working on February 26, 2027. Migrate to
Google Identity Services before that date.

What you need to do
Follow the migration guide: https://developers.google.com/identity/gsi/web/guides/migration

Thanks for choosing Google Cloud.
-- The Google Cloud Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        html="""<html><body><div style="font-family:Google Sans,Arial;max-width:600px">
<p>Hello Google Cloud customer,</p>
<p>Your project <b>seoripul-web</b> (771204339012) still uses the Google Sign-In platform library.</p>
<h3>What you need to know</h3><p>Legacy sign-in requests stop working on <b>February 26, 2027</b>.</p>
<h3>What you need to do</h3><p>Migrate to Google Identity Services.</p></div></body></html>""",
        auth_domain="google.com",
        items=[item(SOCIAL, "Google", "seoripul-web", "2027-02-26", aliases=["771204339012"])],
    )
)

add(
    Mail(
        name="h8_apple_en_siwa",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action needed: Sign in with Apple email relay configuration",
        date="2026-11-07 09:00 -0800",
        form="html",
        html="""<html><body><table width="600" align="center" style="font-family:-apple-system,Helvetica">
<tr><td><p>Dear Dalbit Studio Co., Ltd.,</p>
<p>Your app <b>Yoonseul Hotel</b> (com.yoonseulhotel.app) uses Sign in with Apple. To keep
communicating with users who chose Hide My Email, you must register your outbound email domains and
the server-to-server notification endpoint in Certificates, Identifiers &amp; Profiles by
<b>January 31, 2027</b>. After this date, apps without a registered endpoint won't be able to
complete Sign in with Apple for new users.</p>
<p>Best regards,<br>Apple Developer Relations</p>
<p style="font-size:10px;color:#888">Copyright &copy; 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014</p>
</td></tr></table></body></html>""",
        auth_domain="insideapple.apple.com",
        items=[item(SOCIAL, "Apple", "Yoonseul Hotel", "2027-01-31", aliases=["com.yoonseulhotel.app"])],
    )
)

add(
    Mail(
        name="h8_meta_en_onorafter",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Graph API v19.0 will be deprecated for Kkotbat Shop",
        date="2026-10-28 21:30 +0000",
        text="""Hi Jiwoo,

Your app Kkotbat Shop (App ID: 881203557104126) has made Facebook Login calls to Graph API v19.0 in
the last 30 days. Graph API v19.0 will no longer be available on or after January 26, 2027;
calls to it will then be served by the oldest available version.

Upgrade your app's calls to a current version using the API Upgrade Tool.

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        items=[item(SOCIAL, "Meta", "Kkotbat Shop", "2027-01-26", aliases=["881203557104126"])],
    )
)

add(
    Mail(
        name="h8_line_en_tba",
        category="positive",
        lang="en",
        sender=("LINE Developers", "dl_noreply@linecorp.com"),
        subject="[LINE Developers] LINE Login v2.0 is deprecated",
        date="2026-11-05 11:00 +0900",
        text="""Dear developer,

LINE Login v2.0, used by your channel "Ocean Surf Login" (Channel ID 1657331042), is deprecated as
of today. The end-of-life date will be announced later; we recommend migrating to LINE Login v2.1
as soon as possible.

Reference: https://developers.line.biz/en/news/

LY Corporation
""",
        items=[item(SOCIAL, "LINE", "Ocean Surf Login", None, aliases=["1657331042"])],
        note="deprecated now, end date to be announced: undated item",
    )
)

add(
    Mail(
        name="h8_kakao_ko_dday",
        category="positive",
        lang="ko",
        sender=("카카오", "noreply@kakaocorp.com"),
        subject="[카카오싱크] 동의항목 설정 변경 필요 (D-14)",
        date="2026-11-18 10:00 +0900",
        charset="euc-kr",
        cte="base64",
        text="""안녕하세요, 카카오입니다.

위드펫동물병원 앱(앱 ID 992015)의 카카오 로그인 동의항목 중 '카카오계정(전화번호)' 항목의 사용이
D-14 이후 중단됩니다. 기한 내에 비즈 앱 전환 및 검수를 완료하지 않으면 로그인 시 해당 정보를
받을 수 없습니다.

자세한 내용은 데브톡 공지를 확인해 주세요.
""",
        items=[item(SOCIAL, "Kakao", "위드펫동물병원", "2026-12-02", aliases=["992015"])],
        note="D-14 from 2026-11-18",
    )
)

# ---------------------------------------------------------------- digests
add(
    Mail(
        name="h8_gabia_digest_ko_html",
        category="digest",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 만료 예정 도메인 목록 안내 (3건)",
        date="2026-11-16 09:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><body><p>달빛스튜디오 고객님, 만료 예정인 도메인을 안내드립니다.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>No</th><th>도메인</th><th>등록일</th><th>만료일</th><th>자동연장</th></tr>
<tr><td>1</td><td>bomnal-cafe.kr</td><td>2022-12-03</td><td>2026-12-03</td><td>미설정</td></tr>
<tr><td>2</td><td>seoripul.kr</td><td>2020-12-18</td><td>2026-12-18</td><td>미설정</td></tr>
<tr><td>3</td><td>hansol-law.kr</td><td>2024-01-05</td><td>2027-01-05</td><td>미설정</td></tr>
</table><p>기간 연장: My가비아 &gt; 도메인 &gt; 기간연장<br>(주)가비아 1544-4370</p></body></html>""",
        items=[
            item(DOMAIN, "Gabia", "bomnal-cafe.kr", "2026-12-03"),
            item(DOMAIN, "Gabia", "seoripul.kr", "2026-12-18"),
            item(DOMAIN, "Gabia", "hansol-law.kr", "2027-01-05"),
        ],
    )
)

add(
    Mail(
        name="h8_namecheap_digest_en",
        category="digest",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domains expiring soon in your account",
        date="2026-11-06 12:30 +0000",
        form="alt",
        text="""Hi dalbitstudio,

The following domains are due to expire soon:

Domain                  Expiration date    Auto-Renew
pureumacademy.net       Dec 04, 2026       OFF
daon-clinic.co          Jan 11, 2027       OFF

Renew now to avoid interruption of services.
Team Namecheap
""",
        html="""<html><body><p>Hi dalbitstudio,</p><table border="0" cellpadding="6">
<tr><th>Domain</th><th>Expiration date</th><th>Auto-Renew</th></tr>
<tr><td>pureumacademy.net</td><td>Dec 04, 2026</td><td>OFF</td></tr>
<tr><td>daon-clinic.co</td><td>Jan 11, 2027</td><td>OFF</td></tr></table></body></html>""",
        items=[
            item(DOMAIN, "Namecheap", "pureumacademy.net", "2026-12-04"),
            item(DOMAIN, "Namecheap", "daon-clinic.co", "2027-01-11"),
        ],
    )
)

add(
    Mail(
        name="h8_meta_digest_en",
        category="digest",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Action required for 2 of your apps: Facebook Login changes",
        date="2026-11-09 18:00 +0000",
        form="html",
        html="""<html><body><table width="600"><tr><td>
<p>Hi Jiwoo,</p><p>The following apps you administer use Facebook Login permissions that will be
removed. Update each app before its date:</p>
<ul><li><b>Ocean Surf Shop</b> (App ID 410992837711) &mdash; by December 18, 2026</li>
<li><b>Sejong Hanok Stay</b> (App ID 702184455930) &mdash; by January 8, 2027</li></ul>
<p>Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p></td></tr></table></body></html>""",
        items=[
            item(SOCIAL, "Meta", "Ocean Surf Shop", "2026-12-18", aliases=["410992837711"]),
            item(SOCIAL, "Meta", "Sejong Hanok Stay", "2027-01-08", aliases=["702184455930"]),
        ],
    )
)

# ---------------------------------------------------------------- forwards
add(
    Mail(
        name="h8_fwd_gmail_whois_ko",
        category="forward",
        lang="ko",
        sender=("김하늘", "haneul.bakery@gmail.com"),
        subject="Fwd: [후이즈] 도메인 기간만료 안내",
        date="2026-11-05 20:41 +0900",
        text="""달빛스튜디오 담당자님, 이런 메일이 왔는데 처리 부탁드려요. 저희 쇼핑몰 주소 맞죠?

---------- Forwarded message ---------
보낸사람: 후이즈 <noreply@whois.co.kr>
Date: 2026년 11월 5일 (목) 오전 10:12
Subject: [후이즈] 도메인 기간만료 안내
To: <haneul.bakery@gmail.com>

고객님의 도메인 haneulbakery.com 의 만료일은 2026년 12월 12일입니다.
만료일 전에 기간연장을 해 주세요.
후이즈 고객센터
""",
        items=[item(DOMAIN, "Whois", "haneulbakery.com", "2026-12-12")],
    )
)

add(
    Mail(
        name="h8_fwd_outlook_heroku_en",
        category="forward",
        lang="en",
        sender=("Minsu Park", "minsu@dalbit-studio.kr"),
        subject="FW: Heroku Postgres row limit exceeded",
        date="2026-11-17 09:20 +0900",
        text="""FYI - Pureum's LMS staging DB. Can someone upgrade the plan today?

Minsu

-----Original Message-----
From: Heroku <noreply@heroku.com>
Sent: Monday, November 16, 2026 11:02 PM
To: dev@dalbit-studio.kr
Subject: Heroku Postgres row limit exceeded

The database DATABASE_URL on Heroku app pureum-lms has exceeded its plan limit of 10,000 rows
(currently 10,812 rows). INSERT privileges will be revoked on November 23, 2026 unless you
upgrade the database plan or delete data.
""",
        items=[item(QUOTA, "Heroku", "pureum-lms", "2026-11-23")],
    )
)

add(
    Mail(
        name="h8_fwd_outlook_cafe24_ko",
        category="forward",
        lang="ko",
        sender=("이수진", "sujin@dalbit-studio.kr"),
        subject="전달: [카페24] 트래픽 초과 안내",
        date="2026-11-12 16:10 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        text="""팀장님, 고객사에서 전달드립니다. 그린팜제주 쪽에서 받은 메일이라고 합니다.

-----원본 메시지-----
보낸 사람: 카페24 <hosting@cafe24.com>
받는 사람: greenfarm@greenfarm-jeju.com
날짜: 2026-11-12 (목) 오후 2:03
제목: [카페24] 트래픽 초과 안내

회원 ID greenfarmjeju 님의 호스팅 계정 일일 트래픽이 제공량을 초과했습니다.
2026.11.30. 까지 트래픽을 증설하지 않으면 사이트 접속이 차단됩니다.
""",
        items=[item(QUOTA, "Cafe24", "greenfarmjeju", "2026-11-30")],
    )
)

RFC822["h8_fwd_rfc822_apple_ko"] = Mail(
    name="h8_fwd_rfc822_apple_ko_inner",
    category="positive",
    lang="en",
    sender=("Apple Developer", "developer@email.apple.com"),
    subject="Update required: Sign in with Apple private key rotation",
    date="2026-11-19 10:00 -0800",
    to="dev@pureum-academy.com",
    text="""Hello,

The Sign in with Apple private key (Key ID 8KQ2M7XW4P) used by your app Pureum Academy
(com.pureumacademy.ios) will be revoked on December 21, 2026. Create a new key and update your
server before then, or users won't be able to sign in with Apple.

Apple Developer Program
""",
)
add(
    Mail(
        name="h8_fwd_rfc822_apple_ko",
        category="forward",
        lang="ko",
        sender=("푸름아카데미 정과장", "jung@pureum-academy.com"),
        subject="전달된 메시지: 애플 메일 확인 부탁",
        date="2026-11-20 09:31 +0900",
        text="""안녕하세요, 푸름아카데미 정과장입니다.
애플에서 아래 메일(첨부)이 왔는데 앱 로그인 관련인 것 같아서 전달된 메시지로 보내드립니다.
확인 부탁드립니다.
""",
        items=[item(SOCIAL, "Apple", "Pureum Academy", "2026-12-21", aliases=["com.pureumacademy.ios"])],
        note="the notice travels as a message/rfc822 attachment",
    )
)

# ---------------------------------------------------------------- follow-ups
add(
    Mail(
        name="h8_followup_workspace_en",
        category="followup",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="Update: new date for storage enforcement",
        date="2026-11-20 20:00 +0000",
        text="""Hello Administrator,

We previously told you that storage limits for hansol-law.co.kr would be enforced starting
December 10, 2026. We have extended this date: enforcement will now begin on December 17, 2026.
Your organization is still at 100% of its storage.

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[item(QUOTA, "Google Workspace", "hansol-law.co.kr", "2026-12-17")],
        note="moved date; Dec 10 is the old one",
    )
)

add(
    Mail(
        name="h8_followup_naver_ko",
        category="followup",
        lang="ko",
        sender=("네이버 개발자센터", "developers_noreply@navercorp.com"),
        subject="[네이버 개발자센터] 네이버 로그인 구버전 API 종료 일정 변경 안내",
        date="2026-11-22 11:00 +0900",
        text="""안녕하세요. 네이버 개발자센터입니다.

애플리케이션 '미래치과 예약'(Client ID: mR7dQx2KpL)에 안내드렸던 네이버 로그인 구버전 API 종료
일정이 변경되었습니다.

 - 기존 종료일: 2027.01.29.
 - 변경 종료일: 2027.02.26.

변경된 종료일 전까지 회원 프로필 조회 API로 전환해 주세요.
""",
        items=[item(SOCIAL, "Naver", "미래치과 예약", "2027-02-26", aliases=["mR7dQx2KpL"])],
    )
)

# ---------------------------------------------------------------- resolutions
add(
    Mail(
        name="h8_resolve_gabia_receipt_ko",
        category="resolution",
        lang="ko",
        sender=("가비아", "billing@gabia.com"),
        subject="[가비아] 도메인 기간연장 완료 및 결제 내역 안내",
        date="2026-11-09 14:22 +0900",
        attachment=True,
        text="""고객님, 결제가 정상적으로 완료되었습니다.

주문번호: GB20261109-44120
결제일: 2026-11-09
연장 도메인: haneul-bakery.co.kr (1년)
변경된 만료일: 2027-12-09
결제금액: 22,000원 (VAT 포함)

거래명세서를 첨부 파일로 보내드립니다.
""",
        items=[item(DOMAIN, "Gabia", "haneul-bakery.co.kr", "2027-12-09", resolves=True)],
    )
)

add(
    Mail(
        name="h8_resolve_cafe24_upgrade_ko",
        category="resolution",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 호스팅 상품 변경(용량 증설) 완료 안내",
        date="2026-11-13 10:40 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""안녕하세요, 카페24입니다.

요청하신 웹호스팅 상품 변경이 완료되었습니다.
 - 계정: bomnalcafe
 - 변경 전: 10G 광아우토반 Full SSD (웹 10GB)
 - 변경 후: 20G 광아우토반 Full SSD (웹 20GB)
 - 적용일: 2026년 11월 13일
""",
        items=[item(QUOTA, "Cafe24", "bomnalcafe", None, resolves=True)],
    )
)

add(
    Mail(
        name="h8_resolve_meta_upgraded_en",
        category="resolution",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Your app Kkotbat Shop is now using Graph API v24.0",
        date="2026-11-21 02:10 +0000",
        text="""Hi Jiwoo,

All Facebook Login calls from Kkotbat Shop (App ID: 881203557104126) now use Graph API v24.0. No
calls to deprecated versions were detected in the last 7 days, so no further action is required.

Meta Platforms, Inc.
""",
        items=[item(SOCIAL, "Meta", "Kkotbat Shop", None, resolves=True, aliases=["881203557104126"])],
        note="migration done",
    )
)

# ---------------------------------------------------------------- replies (give nothing)
add(
    Mail(
        name="h8_reply_ko_gabia",
        category="reply",
        lang="ko",
        sender=("박민수", "minsu@dalbit-studio.kr"),
        subject="Re: [가비아] 도메인 만료 예정 안내 (haneul-bakery.co.kr)",
        date="2026-11-03 10:02 +0900",
        text="""네, 고객사 결제 승인 받고 이번 주 안에 연장하겠습니다.

2026년 11월 2일 (월) 오전 9:14, 가비아 <domain@gabia.com>님이 작성:
> ■ 도메인명 : haneul-bakery.co.kr
> ■ 만료일 : 2026년 12월 9일(수)
> 만료일 전에 기간 연장을 신청해 주세요.
""",
    )
)

add(
    Mail(
        name="h8_reply_en_namecheap",
        category="reply",
        lang="en",
        sender=("Dave Kim", "dave@oceansurfshop.com"),
        subject="Re: Your domain oceansurfshop.com expires in 7 days",
        date="2026-11-21 08:15 -0800",
        text="""Hi team, is this the one you manage for us? Please go ahead and renew, I'll pay the invoice.

Dave

On Fri, Nov 20, 2026 at 6:05 AM Namecheap <support@namecheap.com> wrote:
> This is a friendly reminder that the domain oceansurfshop.com in your Namecheap account will
> expire in 7 days.
""",
    )
)

add(
    Mail(
        name="h8_reply_thread_ko_vercel",
        category="reply",
        lang="mixed",
        sender=("최지우", "jiwoo@dalbit-studio.kr"),
        subject="RE: RE: Your team moa-interior has reached 100% of its Hobby usage",
        date="2026-11-16 18:40 +0900",
        cte="base64",
        text="""모아인테리어 측에서 Pro 결제 승인 났습니다. 내일 오전에 업그레이드 할게요.

-----Original Message-----
From: 박민수 <minsu@dalbit-studio.kr>
Sent: Monday, November 16, 2026 3:12 PM
Subject: RE: Your team moa-interior has reached 100% of its Hobby usage

고객사에 비용 문의했습니다. 회신 오면 공유드릴게요.

-----Original Message-----
From: 최지우 <jiwoo@dalbit-studio.kr>
Sent: Sunday, November 15, 2026 1:20 PM
Subject: RE: Your team moa-interior has reached 100% of its Hobby usage

이미지 최적화 때문인 것 같아요. 일단 캐시 늘려둘게요.

-----Original Message-----
From: Vercel <notifications@vercel.com>
Sent: Sunday, November 15, 2026 12:12 PM
Subject: Your team moa-interior has reached 100% of its Hobby usage

Your Hobby team "moa-interior" has used 100% of the included Fast Data Transfer.
Projects in this team will be paused until the usage window resets unless you upgrade to Pro.
""",
        note="long internal thread quoting a quota notice: evidence at most",
    )
)

# ---------------------------------------------------------------- negatives
add(
    Mail(
        name="h8_neg_gabia_promo_ko",
        category="negative",
        lang="ko",
        sender=("가비아", "news@gabia.com"),
        subject="(광고) .com 도메인 첫해 9,900원! 11월 30일까지",
        date="2026-11-01 11:00 +0900",
        form="html",
        headers=unsub("gabia.com"),
        html="""<html><body><table width="600"><tr><td><h2>.com 도메인 특가</h2>
<p>첫해 등록 9,900원 &middot; 이벤트 기간 2026.11.01 ~ 2026.11.30</p><p>새 도메인을 지금 등록하세요.</p>
<p style="font-size:11px">수신을 원치 않으시면 수신거부를 눌러 주세요.</p></td></tr></table></body></html>""",
    )
)

add(
    Mail(
        name="h8_neg_cafe24_coupon_ko",
        category="negative",
        lang="ko",
        sender=("카페24", "event@cafe24.com"),
        subject="(광고) 보유하신 호스팅 할인 쿠폰이 곧 만료됩니다",
        date="2026-11-14 12:00 +0900",
        charset="euc-kr",
        headers=unsub("cafe24.com"),
        text="""회원님께 발급된 '호스팅 신규 30% 할인 쿠폰'의 유효기간이 2026년 11월 30일에 만료됩니다.
만료 전에 사용해 주세요!
수신거부: https://www.cafe24.com/unsubscribe
""",
    )
)

add(
    Mail(
        name="h8_neg_namecheap_bf_en",
        category="negative",
        lang="en",
        sender=("Namecheap", "newsletter@namecheap.com"),
        subject="Black Friday: .com domains from $5.98 - ends Dec 1",
        date="2026-11-20 15:00 +0000",
        form="alt",
        headers=unsub("namecheap.com"),
        text="Black Friday is here. Register .com domains from $5.98. Offer expires December 1, 2026.\n",
        html="<html><body><h1>Black Friday</h1><p>.com from $5.98 &mdash; offer expires December 1, 2026.</p>"
        "</body></html>",
    )
)

add(
    Mail(
        name="h8_neg_devnewsletter_en",
        category="negative",
        lang="en",
        sender=("Frontend Weekly", "hello@frontendweekly.dev"),
        subject="Frontend Weekly #412: OAuth changes you should know",
        date="2026-11-11 13:00 +0000",
        headers=unsub("frontendweekly.dev"),
        text="""This week: a round-up of sign-in changes across providers. Several social login SDKs are
being deprecated in 2027, and we look at how teams migrate from legacy libraries to newer identity
services. Plus: CSS anchor positioning and a Vite 8 preview.
""",
    )
)

add(
    Mail(
        name="h8_neg_whois_wdrp_en",
        category="negative",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Annual WHOIS Data Reminder",
        date="2026-10-26 05:00 +0000",
        text="""Dear Registrant,

ICANN requires us to remind you annually to review your WHOIS contact information.
Domain: seoripul-shop.com
Expiration Date: 2027-10-25
If your information is accurate, no action is required.
""",
        note="WHOIS accuracy reminder merely lists the expiry",
    )
)

add(
    Mail(
        name="h8_neg_ssl_expiry_en",
        category="negative",
        lang="en",
        sender=("Let's Encrypt", "expiry@letsencrypt.org"),
        subject='Let\'s Encrypt certificate expiration notice for domain "shop.ocean-surfshop.kr"',
        date="2026-11-07 03:00 +0000",
        text="""Hello,

Your certificate (or certificates) for the names listed below will expire in 10 days (on 2026-11-17).
Please make sure to renew your certificate before then.

shop.ocean-surfshop.kr
""",
        note="certificate expiry is not a built-in kind",
    )
)

add(
    Mail(
        name="h8_neg_figma_invoice_en",
        category="negative",
        lang="en",
        sender=("Figma", "billing@figma.com"),
        subject="Your Figma receipt #2026-1108-5531",
        date="2026-11-08 00:10 +0000",
        attachment=True,
        text="""Thanks for your payment.
Professional plan, 3 editors - $45.00 - paid on Nov 8, 2026
Next billing date: Dec 8, 2026. Receipt attached.
""",
    )
)

add(
    Mail(
        name="h8_neg_vercel_trial_en",
        category="negative",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your Pro trial ends in 3 days",
        date="2026-11-22 01:00 +0000",
        text="""Your Pro trial for the team seoripul ends on November 25, 2026. Add a payment method to keep
Pro features, or your team will move back to the Hobby plan.
""",
        note="a free-trial end is a billing event, not a quota warning, domain expiry or sign-in "
        "deprecation: judged a negative",
    )
)

add(
    Mail(
        name="h8_neg_google_signin_alert",
        category="negative",
        lang="en",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="Security alert",
        date="2026-11-18 23:12 +0000",
        form="alt",
        text="New sign-in to your account web@dalbit-studio.kr on Windows. If this was you, no action is needed.\n",
        html="<html><body><p>A new sign-in on <b>Windows</b></p><p>web@dalbit-studio.kr</p></body></html>",
    )
)

add(
    Mail(
        name="h8_neg_it_password_ko",
        category="negative",
        lang="ko",
        sender=("달빛스튜디오 IT", "it@dalbit-studio.kr"),
        subject="[사내공지] 그룹웨어 비밀번호 만료 예정 (5일 남음)",
        date="2026-11-19 09:00 +0900",
        text="""web@ 계정의 그룹웨어 비밀번호가 2026-11-24에 만료됩니다. 만료 전에 변경해 주세요.
- 경영지원팀 IT 담당
""",
    )
)

add(
    Mail(
        name="h8_neg_client_request_ko",
        category="negative",
        lang="ko",
        sender=("봄날카페 사장님", "bomnal.owner@naver.com"),
        subject="메인 배너 교체 요청드려요",
        date="2026-11-11 21:05 +0900",
        auth_domain="naver.com",
        text="""안녕하세요~ 봄날카페입니다.
12월 시즌 메뉴 배너로 교체 부탁드려요. 이벤트는 12월 1일부터 25일까지예요.
쿠폰 유효기간도 배너에 넣어주세요!
""",
    )
)

add(
    Mail(
        name="h8_neg_colleague_chat_ko",
        category="negative",
        lang="ko",
        sender=("박민수", "minsu@dalbit-studio.kr"),
        subject="점심 + 회의실",
        date="2026-11-10 11:40 +0900",
        text="""오늘 점심 국밥 어때요? 그리고 3시 회의실 예약 만료돼서 다시 잡아놨어요.
""",
    )
)

add(
    Mail(
        name="h8_neg_gabia_regreceipt_ko",
        category="negative",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 등록 완료 안내",
        date="2026-10-27 15:00 +0900",
        charset="euc-kr",
        cte="base64",
        text="""신규 도메인 등록이 완료되었습니다.
도메인: kkotbat.kr
등록일: 2026-10-27
만료일: 2027-10-27
""",
        note="registration receipt",
    )
)

add(
    Mail(
        name="h8_neg_aws_bill_en",
        category="negative",
        lang="en",
        sender=("Amazon Web Services", "aws-billing@amazon.com"),
        subject="Amazon Web Services Billing Statement Available",
        date="2026-11-03 02:00 +0000",
        auth_domain="amazon.com",
        text="""Greetings from Amazon Web Services, we're writing to notify you that your AWS billing
statement for account 4417-2290-8831 is available. Total: USD 38.12. Due date: Nov 23, 2026.
""",
    )
)

add(
    Mail(
        name="h8_neg_hostingkr_maint_ko",
        category="negative",
        lang="ko",
        sender=("호스팅케이알", "help@hosting.kr"),
        subject="[hosting.kr] 정기 시스템 점검 안내",
        date="2026-11-17 17:00 +0900",
        form="html",
        html="""<html><body><p>보다 안정적인 서비스를 위해 시스템 점검을 진행합니다.</p>
<table border="1"><tr><th>점검 일시</th><td>2026년 11월 26일 오전 2시 ~ 오전 5시</td></tr>
<tr><th>영향</th><td>관리 콘솔 접속 일시 중단</td></tr></table></body></html>""",
    )
)

add(
    Mail(
        name="h8_neg_meta_changelog_en",
        category="negative",
        lang="en",
        sender=("Meta for Developers", "developers@facebookmail.com"),
        subject="Developer News: Graph API v25.0 is here",
        date="2026-11-12 17:00 +0000",
        headers=unsub("facebookmail.com"),
        text="""Graph API v25.0 and Marketing API v25.0 are now available. Read the changelog for new
features and the versions that will reach end of life over the next two years.
""",
        note="general changelog newsletter, no app of ours",
    )
)

add(
    Mail(
        name="h8_neg_apple_news_en",
        category="negative",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Hello Developer: November 2026",
        date="2026-11-04 10:00 -0800",
        form="html",
        auth_domain="insideapple.apple.com",
        headers=unsub("insideapple.apple.com"),
        html="""<html><body><h1>Hello Developer</h1><p>Meet the new App Store Connect features, sessions
and an update on Sign in with Apple best practices.</p></body></html>""",
    )
)

add(
    Mail(
        name="h8_neg_kakao_event_ko",
        category="negative",
        lang="ko",
        sender=("카카오비즈니스", "kakaobusiness@kakaocorp.com"),
        subject="(광고) 카카오톡 채널 메시지 무료 체험 종료 임박",
        date="2026-11-15 10:00 +0900",
        headers=unsub("kakaocorp.com"),
        text="""비즈니스 채널 메시지 무료 체험 혜택이 2026년 11월 30일에 종료됩니다. 지금 신청하세요.
""",
    )
)

# ---------------------------------------------------------------- phishing
add(
    Mail(
        name="h8_phish_gabia_lookalike_ko",
        category="phishing",
        lang="ko",
        sender=("가비아", "notice@gabia-service.kr"),
        subject="[가비아] 도메인 만료 - 즉시 결제 필요",
        date="2026-11-18 03:12 +0900",
        text="""고객님의 도메인 seoripul.kr 이 2026년 11월 25일 만료됩니다.
아래 링크에서 즉시 결제하지 않으면 도메인이 삭제됩니다: http://gabia-service.kr/pay
""",
        items=[item(DOMAIN, "Gabia", "seoripul.kr", "2026-11-25", suspicious=True)],
    )
)

add(
    Mail(
        name="h8_phish_godaddy_gmail_en",
        category="phishing",
        lang="en",
        sender=("GoDaddy Renewals", "godaddy.renewals.team@gmail.com"),
        subject="URGENT: jinju-pottery.com cancels in 2 days",
        date="2026-11-19 07:00 +0000",
        auth_domain="gmail.com",
        text="""Your domain jinju-pottery.com will be canceled on November 21, 2026.
Verify your card now: https://bit.ly/gd-renew-now
""",
        items=[item(DOMAIN, "GoDaddy", "jinju-pottery.com", "2026-11-21", suspicious=True)],
    )
)

add(
    Mail(
        name="h8_phish_namecheap_dkimfail_en",
        category="phishing",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domain suspension notice: pureumacademy.net",
        date="2026-11-14 02:30 +0000",
        auth=[
            "mx.google.com;\r\n       dkim=fail header.i=@namecheap.com header.s=s1;\r\n"
            "       spf=fail (google.com: domain of support@namecheap.com does not designate 192.0.2.77"
            " as permitted sender) smtp.mailfrom=support@namecheap.com;\r\n"
            "       dmarc=fail (p=REJECT) header.from=namecheap.com",
            "mx.namecheap-relay.com; dkim=pass header.i=@namecheap.com; spf=pass; dmarc=pass",
        ],
        text="""Your domain pureumacademy.net will be suspended on November 20, 2026 due to an unpaid renewal.
Log in here to restore it: http://namecheap.account-restore.top/login
""",
        items=[item(DOMAIN, "Namecheap", "pureumacademy.net", "2026-11-20", suspicious=True)],
        note="topmost Authentication-Results fails; the lower forged one claims pass",
    )
)

add(
    Mail(
        name="h8_phish_cafe24_punycode_ko",
        category="phishing",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@" + "cаfe24.com".encode("idna").decode()),
        subject="[카페24] 호스팅 용량 초과 - 계정 정지 예정",
        date="2026-11-16 04:40 +0900",
        text="""회원 ID bomnalcafe 님의 웹 용량이 초과되어 2026년 11월 18일 계정이 정지됩니다.
정지를 막으려면 아래에서 로그인해 주세요.
""",
        items=[item(QUOTA, "Cafe24", "bomnalcafe", "2026-11-18", suspicious=True)],
        note="homoglyph domain (Cyrillic а) in punycode",
    )
)

add(
    Mail(
        name="h8_phish_meta_lookalike_en",
        category="phishing",
        lang="en",
        sender=("Meta for Developers", "notice@facebookmail-support.com"),
        subject="Your app Ocean Surf Shop will lose Facebook Login",
        date="2026-11-20 22:00 +0000",
        text="""Facebook Login for Ocean Surf Shop will be disabled on November 30, 2026 unless you verify your
developer account: https://facebookmail-support.com/verify
""",
        items=[item(SOCIAL, "Meta", "Ocean Surf Shop", "2026-11-30", suspicious=True)],
    )
)

add(
    Mail(
        name="h8_phish_kakao_prefix_ko",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakao.com.dev-verify.net"),
        subject="[카카오] 카카오 로그인 서비스 중단 예정 안내",
        date="2026-11-21 05:00 +0900",
        text="""하늘베이커리 앱의 카카오 로그인이 2026년 11월 27일 중단됩니다.
앱 키 재인증: http://kakao.com.dev-verify.net/app
""",
        items=[item(SOCIAL, "Kakao", "하늘베이커리", "2026-11-27", suspicious=True)],
        note="vendor domain used as a prefix of another domain",
    )
)

QSUBJECT.update({"h8_neg_kakao_event_ko", "h8_gabia_ko_plain", "h8_phish_gabia_lookalike_ko"})


def _q_subject(raw: bytes, subject: str) -> bytes:
    """Rewrite the Subject as RFC 2047 Q-encoded words (some Korean mailers use Q)."""
    cs = Charset("utf-8")
    cs.header_encoding = QP
    enc = Header(subject, cs).encode(linesep="\r\n").encode("ascii")
    head, sep, body = raw.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    kept: list[bytes] = []
    in_subject = False
    for ln in lines:
        if ln.startswith(b"Subject: "):
            kept.append(b"Subject: " + enc)
            in_subject = True
        elif in_subject and ln[:1] in (b" ", b"\t"):
            continue  # folded remainder of the B-encoded subject
        else:
            in_subject = False
            kept.append(ln)
    lines = kept
    return b"\r\n".join(lines) + sep + body


def _with_rfc822(outer: bytes, inner: bytes, name: str) -> bytes:
    """Turn a built single-part mail into multipart/mixed carrying the notice as message/rfc822."""
    msg = email.message_from_bytes(outer)
    boundary = "----=_Part_" + name[-12:] + "_0"
    mixed = MIMEMultipart("mixed", boundary=boundary)
    headers = [(k, v) for k, v in msg.items() if not k.lower().startswith("content-")]
    body = email.message_from_bytes(outer)
    for k in list(body.keys()):
        if not k.lower().startswith("content-"):
            del body[k]
    mixed.attach(body)
    att = MIMEMessage(email.message_from_bytes(inner))
    att["Content-Disposition"] = 'attachment; filename="notice.eml"'
    mixed.attach(att)
    for k in list(mixed.keys()):
        del mixed[k]
    for k, v in headers:
        mixed[k] = v
    mixed["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()


def form_of(m: Mail) -> str:
    parts = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[m.form]
    out = f"{parts}, {m.charset}, {m.cte}"
    if m.attachment:
        out += ", +PDF attachment"
    if m.name in RFC822:
        out += ", +message/rfc822 attachment"
    if m.name in QSUBJECT:
        out += ", Q-encoded subject"
    return out


SCHEMA_ITEM = {"kind", "vendor", "target", "deadline", "suspicious", "resolves"}
CATS = {"positive", "digest", "forward", "followup", "resolution", "reply", "negative", "phishing"}


def check(out: Path, labels: dict) -> None:
    """Mechanical checks only: every mail parses, one label per mail, labels follow the schema."""
    files = sorted(p.name for p in out.glob("*.eml"))
    entries = labels["mails"]
    assert sorted(e["file"] for e in entries) == files, "labels and mail files differ"
    for e in entries:
        raw = (out / e["file"]).read_bytes()
        msg = email.message_from_bytes(raw, policy=policy.default)
        assert msg["Subject"] and msg["Date"] and msg["From"], e["file"]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()  # decodes charset + transfer encoding, raises if broken
        assert e["category"] in CATS and e["lang"] in {"ko", "en", "mixed"}, e["file"]
        for it in e["items"]:
            assert set(it) >= SCHEMA_ITEM, e["file"]
            assert it["kind"] in {DOMAIN, QUOTA, SOCIAL}, e["file"]
            d = it["deadline"]
            assert d is None or d == "default" or date.fromisoformat(d), e["file"]
            assert it["suspicious"] == (e["category"] == "phishing"), e["file"]
        if e["category"] in {"negative", "reply"}:
            assert not e["items"], e["file"]
        else:
            assert e["items"], e["file"]
        if e["category"] == "resolution":
            assert all(it["resolves"] for it in e["items"]), e["file"]


def main() -> None:
    dupes = [n for n, c in Counter(m.name for m in MAILS).items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate mail names: {dupes}")
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    entries = []
    for m in MAILS:
        m.to = m.to if m.to != "ops@sobok-market.kr" else TO
        raw = build(m)
        if m.name in QSUBJECT:
            raw = _q_subject(raw, m.subject)
        if m.name in RFC822:
            raw = _with_rfc822(raw, build(RFC822[m.name]), m.name)
        (out / f"{m.name}.eml").write_bytes(raw)
        entry = {"file": f"{m.name}.eml", "category": m.category, "lang": m.lang, "form": form_of(m)}
        if m.note:
            entry["note"] = m.note
        entry["items"] = m.items
        entries.append(entry)
    labels = {"mails": entries}
    (HERE / "labels.yaml").write_text(
        yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8"
    )
    check(out, labels)
    cats = Counter(m.category for m in MAILS)
    print(f"{len(MAILS)} mails: {dict(cats)}")


if __name__ == "__main__":
    main()
