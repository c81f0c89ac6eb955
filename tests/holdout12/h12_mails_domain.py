# ruff: noqa: E501
# (mail bodies are data: real vendor HTML and Korean lines are long, and wrapping them would change the mail)
"""holdout12: domain-expiry notices (single, digest, forward, resolution, reply) for a dermatology clinic
chain's shared 관리자 mailbox. Written from registrars' published notice wording, never from the packs."""

from __future__ import annotations

from corpus_lib import DOMAIN, Mail, item
from h12_lib import m

GABIA_FOOT = (
    "본 메일은 발신전용입니다. 문의는 가비아 고객센터(1544-4370)를 이용해 주세요.\n"
    "(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층 | 대표이사 김홍국\n"
    "사업자등록번호 144-81-15549 | 통신판매업신고 제2014-경기성남-0386호\n"
    "Copyright (c) Gabia Inc. All rights reserved.\n"
)

P1_HTML = """<html><head><meta charset="utf-8"><title>도메인 만료 안내</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="display:none;max-height:0;overflow:hidden">malgeunsup.co.kr 도메인의 만기일이 다가오고 있습니다.&nbsp;&zwnj;&nbsp;</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:'Malgun Gothic',dotum,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:24px 30px;border-bottom:3px solid #0068b7"><img src="https://static.gabia.com/mail/logo.png" alt="gabia" width="90"></td></tr>
<tr><td style="padding:30px">
<p style="font-size:20px;font-weight:bold;margin:0 0 16px">도메인 연장 안내</p>
<p>안녕하세요. <b>맑은숲피부과</b> 고객님.<br>가비아를 이용해 주셔서 감사합니다.<br><br>
고객님께서 이용 중인 도메인의 만기일이 다가와 연장 안내드립니다.<br>
만기일이 지나면 도메인 사용이 중지되어 홈페이지 접속, 메일 수신 등이 불가하오니 만기일 전까지 연장해 주시기 바랍니다.</p>
<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddddd;font-size:13px;text-align:center">
<tr bgcolor="#f0f5fa"><th>도메인</th><th>등록일</th><th>만기일</th><th>연장 비용(1년)</th></tr>
<tr><td>malgeunsup.co.kr</td><td>2019-12-14</td><td style="color:#d0021b;font-weight:bold">2026-12-14</td><td>22,000원</td></tr>
</table>
<p style="font-size:12px;color:#777">&#8251; 가상계좌로 결제하시는 경우, 입금 기한이 아닌 도메인 만기일 전까지 입금이 완료되어야 합니다.<br>
&#8251; 연장 안내 메일은 만기일 전월 20일부터 도메인별로 최대 6차까지 발송됩니다.<br>
&#8251; 이미 연장하셨다면 본 메일은 무시하셔도 됩니다.</p>
<p align="center"><a href="https://www.gabia.com/mygabia/extend?utm_source=mail&amp;utm_campaign=extend_1st" style="display:inline-block;background:#0068b7;color:#fff;padding:12px 40px;text-decoration:none">지금 연장하기</a></p>
</td></tr>
<tr><td style="padding:20px 30px;background:#fafafa;font-size:11px;color:#999">
본 메일은 발신전용입니다. 문의는 가비아 고객센터(1544-4370)를 이용해 주세요.<br>
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층 | 사업자등록번호 144-81-15549<br>
발송일 2026-11-20 &nbsp;|&nbsp; Copyright &copy; Gabia Inc.</td></tr>
</table></td></tr></table>
<img src="https://mlog.gabia.com/open?u=8812031&amp;c=extend_1st" width="1" height="1" alt="">
</body></html>
"""

P1_TEXT = """[가비아] 도메인 연장 안내 (1차)

맑은숲피부과 고객님, 이용 중인 도메인의 연장 시기가 다가왔습니다.
도메인명, 만기일, 연장 비용은 HTML 메일 또는 My가비아 > 서비스 관리에서 확인해 주세요.

https://www.gabia.com/mygabia/extend
"""

P3_HTML = """<html><body style="font-family:Dotum,sans-serif;font-size:12px">
<table width="600" align="center" cellspacing="0" cellpadding="0" style="border:1px solid #cccccc">
<tr><td style="background:#222;color:#fff;padding:12px 20px;font-size:16px"><b>hosting.kr</b> 호스팅케이알</td></tr>
<tr><td style="padding:20px;line-height:1.7">
안녕하세요, 호스팅케이알입니다.<br>
회원님(ID: msderm_bd)께서 보유하신 도메인의 사용 기간이 곧 종료됩니다.<br><br>
<b>■ 대상 도메인</b> : ms-bundang.co.kr<br>
<b>■ 도메인 만료일</b> : 2026년 10월 30일(금) 오후 11시 59분<br>
<b>■ 최초 등록일</b> : 2021년 10월 30일<br>
<b>■ 자동연장</b> : 미사용<br><br>
만료일까지 기간연장이 되지 않으면 네임서버가 중지되어 홈페이지와 메일을 사용하실 수 없으며,<br>
.co.kr 도메인은 만료 후 일정 기간이 지나면 삭제되어 타인이 등록할 수 있습니다.<br><br>
<a href="https://www.hosting.kr/mypage/domain/renew">[기간연장 바로가기]</a><br><br>
예치금이 충전되어 있다면 <span style="color:#0055aa">자동연장 설정</span>을 통해 다음부터는 만료 걱정 없이 이용하실 수 있습니다.<br>
</td></tr>
<tr><td style="padding:12px 20px;background:#f5f5f5;color:#888;font-size:11px">
이 메일은 정보통신망법에 따라 서비스 이용에 필요한 안내로 수신 동의 여부와 관계없이 발송됩니다.<br>
고객센터 1588-5824 (평일 09:00~18:00) &middot; 메가존(주) 호스팅케이알</td></tr>
</table></body></html>
"""

D1_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body><table width="700" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td><img src="https://static.gabia.com/mail/top_extend.gif" alt="연장 대상 서비스 안내"></td></tr>
<tr><td style="padding:20px;font-size:13px;font-family:Gulim">
<b>맑은숲피부과</b>(msderm) 회원님, 안녕하세요.<br>
다음 달에 만기가 도래하는 서비스를 안내해 드립니다. 만기일 이전에 연장하셔야 서비스가 중단되지 않습니다.<br><br>
<table width="100%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr bgcolor="#eeeeee"><th>No</th><th>서비스</th><th>도메인/계정</th><th>신청일</th><th>만료일</th><th>상태</th></tr>
<tr><td>1</td><td>도메인(.co.kr)</td><td>msderm.co.kr</td><td>2020.12.20</td><td>2026.12.20</td><td>연장필요</td></tr>
<tr><td>2</td><td>도메인(.shop)</td><td>malgeunsup.shop</td><td>2024.01.05</td><td>2027.01.05</td><td>연장필요</td></tr>
<tr><td>3</td><td>도메인(.com)</td><td>msderm-gangnam.com</td><td>2023.12.27</td><td>2026.12.27</td><td>자동연장 예정</td></tr>
</table><br>
* 3번 도메인은 만기일 3일 전인 2026.12.24에 등록된 결제수단으로 자동 결제(자동연장)됩니다.<br>
* 연장 비용 및 결제는 My가비아 &gt; 비용 결제 메뉴를 이용해 주십시오.<br><br>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:10px 20px">본 메일은 2026년 11월 20일 기준으로 작성되었습니다. | (주)가비아 고객센터 1544-4370</td></tr>
</table></body></html>
"""

R1_TEXT = (
    """맑은숲피부과 고객님, 안녕하세요.
요청하신 도메인 기간연장이 정상적으로 완료되었습니다.

------------------------------------------------
 도메인명      : malgeunsup.co.kr
 연장 기간     : 1년
 결제일        : 2026-11-21 14:02
 결제 금액     : 22,000원 (VAT 포함)
 변경된 만기일 : 2027-12-14
------------------------------------------------

결제 영수증을 첨부해 드립니다. 세금계산서는 My가비아 > 결제 > 증빙서류 신청에서 발급받으실 수 있습니다.
연장 결과가 whois 정보에 반영되기까지 최대 1일이 걸릴 수 있습니다.

감사합니다.
"""
    + GABIA_FOOT
)

RE1_TEXT = """원장님, 이건 제가 오늘 오후에 법인카드로 연장해 두겠습니다.
작년엔 자동연장 걸어뒀는데 카드가 바뀌면서 풀린 것 같아요. 이번에 자동연장도 다시 켜놓을게요.

이수진 드림
맑은숲피부과 경영지원실 | 02-555-0142

-----Original Message-----
From: "후이즈" <noreply@whois.co.kr>
To: <admin@malgeunsup.co.kr>
Cc: "김도윤" <kimdy@malgeunsup.co.kr>
Sent: 2026-11-05 (목) 10:30:12
Subject: [후이즈] 도메인 만료 예정 안내 (msderm.kr)

> 고객님이 후이즈에 등록하신 도메인의 만료일이 다가오고 있습니다.
>
>   도메인   : msderm.kr
>   만료일   : 2026.12.03.(목)
>
> 만료일이 지나면 홈페이지, 메일 등 도메인에 연결된 서비스가 중단됩니다.
"""

MAILS: list[Mail] = [
    m(
        name="h12_gabia_extend_alt",
        category="positive",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] malgeunsup.co.kr 도메인 연장 안내 (1차)",
        date="2026-11-20 09:00 +0900",
        text=P1_TEXT,
        html=P1_HTML,
        form="alt",
        cte="base64",
        note="text part differs from the HTML part (no date there); 등록일 and 발송일 are distractors",
        items=[item(DOMAIN, "Gabia", "malgeunsup.co.kr", "2026-12-14")],
    ),
    m(
        name="h12_whois_expiry_euckr",
        category="positive",
        lang="ko",
        sender=("후이즈", "noreply@whois.co.kr"),
        subject="[후이즈] 도메인 만료 예정 안내 (msderm.kr)",
        date="2026-11-05 10:30 +0900",
        charset="euc-kr",
        cte="base64",
        text="""안녕하세요. 대한민국 대표 도메인 후이즈입니다.

고객님이 후이즈에 등록하신 도메인의 만료일이 다가오고 있습니다.
아래 내용을 확인하시고 만료일 이전에 기간연장을 신청해 주시기 바랍니다.

  회원 아이디 : msderm2019
  도메인      : msderm.kr
  등록일      : 2019.12.03.
  만료일      : 2026.12.03.(목)
  연장 비용   : 1년 19,800원 / 2년 37,400원

만료일이 지나면 홈페이지, 메일 등 도메인에 연결된 서비스가 중단되며,
만료 후 연장 시에는 복구 수수료가 추가될 수 있습니다.

▶ 기간연장 신청 : https://whois.co.kr/my/domain/extend.php

* 본 메일은 발신 전용으로 회신되지 않습니다.
* 후이즈 고객센터 : 1588-4259 (평일 09:00~18:00, 점심 12:00~13:00)
(주)후이즈 | 서울특별시 강남구 | 사업자등록번호 211-86-37283
""",
        note="EUC-KR base64; registration date is a distractor",
        items=[item(DOMAIN, "Whois", "msderm.kr", "2026-12-03")],
    ),
    m(
        name="h12_hostingkr_overdue_html",
        category="positive",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] ms-bundang.co.kr 도메인 만료 안내",
        date="2026-10-16 11:20 +0900",
        html=P3_HTML,
        form="html",
        cte="quoted-printable",
        note="HTML-only; deadline already past on evaluation day (overdue); 최초 등록일 distractor",
        items=[item(DOMAIN, "hosting.kr", "ms-bundang.co.kr", "2026-10-30")],
    ),
    m(
        name="h12_cafe24_autorenew_notice",
        category="positive",
        lang="ko",
        sender=("카페24", "domain@cafe24.com"),
        subject="[카페24] 도메인 자동연장 예정 안내 - msderm-ilsan.com",
        date="2026-11-08 15:05 +0900",
        text="""카페24 도메인 자동연장 예정 안내

안녕하세요, 맑은숲피부과 일산점 고객님.
고객님께서 자동연장을 신청하신 도메인이 아래 일정으로 자동 연장될 예정입니다.

- 도메인 : msderm-ilsan.com
- 현재 만료일 : 2026-12-10
- 자동연장 결제 예정일 : 2026-12-08
- 결제 수단 : 등록 카드 (신한 ****-****-****-4431)
- 연장 기간 / 금액 : 1년 / 19,000원

결제 예정일에 카드 한도 부족, 유효기간 만료 등으로 결제가 되지 않으면 자동연장이 진행되지 않습니다.
결제 수단을 변경하시려면 나의 서비스 관리 > 도메인 > 자동연장 설정에서 변경해 주세요.

카페24 도메인 고객센터 1588-3284
Copyright (c) CAFE24 Corp. All Rights Reserved.
""",
        note="auto-renew announcement: low severity, deadline = renewal date per convention (expiry 12-10 distractor)",
        items=[item(DOMAIN, "Cafe24", "msderm-ilsan.com", "2026-12-08")],
    ),
    m(
        name="h12_inames_autorenew_failed_ks",
        category="positive",
        lang="ko",
        sender=("아이네임즈", "help@inames.co.kr"),
        subject="[아이네임즈] 자동연장 실패 안내 - malgeunsup.net",
        date="2026-11-14 08:45 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        text="""맑은숲피부과 님, 아이네임즈입니다.

예치금 잔액 부족으로 아래 도메인의 자동연장이 처리되지 못했습니다.

  도메인 : malgeunsup.net
  만료일 : 2026년 11월 28일
  자동연장 시도일 : 2026년 11월 14일
  필요 금액 : 18,700원 / 현재 예치금 : 3,200원

만료일 전까지 예치금을 충전하시거나 직접 연장 결제를 해 주셔야 도메인이 중지되지 않습니다.
(예치금 충전 시 다음 자동연장 시도는 충전 다음 날 오전에 진행됩니다.)

아이네임즈 도메인 | www.inames.co.kr | 고객지원 02-6250-6000
""",
        note="auto-renew failed: high severity, deadline = expiry; cp949 under the Outlook label",
        items=[item(DOMAIN, "Inames", "malgeunsup.net", "2026-11-28")],
    ),
    m(
        name="h12_route53_expiry_en",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "no-reply@registrar.amazon.com"),
        subject="Your domain malgeunsup-app.com will expire on Dec 21, 2026",
        date="2026-11-21 02:14 +0000",
        text="""Dear AWS customer,

Automatic renewal is turned off for the following domain, which is registered with Amazon Route 53
for AWS account 4411-2930-8874:

Domain name: malgeunsup-app.com
Expiration date: Dec 21, 2026 23:59 UTC

If you want to keep the domain, enable automatic renewal or renew it manually in the Route 53 console
(Registered domains > malgeunsup-app.com > Actions > Renew domain) before the expiration date.
If the domain expires, the registrar may delete it and it could become available to anyone.

Note: Amazon Route 53 charges the renewal price in effect on the renewal date. See the Route 53 pricing
page for current prices. Transfer lock was last changed on Mar 02, 2025.

Sincerely,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry
Avenue North, Seattle, WA 98109-5210.
""",
        note="Route 53 partner domain registrar.amazon.com; lock-change date is a distractor",
        items=[item(DOMAIN, "Route 53", "malgeunsup-app.com", "2026-12-21")],
    ),
    m(
        name="h12_gabia_grace_period",
        category="positive",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 만료된 도메인 복구 안내 (malgeunsup.com)",
        date="2026-11-09 10:00 +0900",
        text="""안녕하세요, 가비아입니다.

맑은숲피부과 고객님의 도메인이 만기일까지 연장되지 않아 현재 사용이 중지된 상태입니다.

  도메인명 : malgeunsup.com
  만기일   : 2026년 10월 25일 (경과)
  상태     : 연장 유예기간 (네임서버 중지)
  유예기간 종료일 : 2026년 11월 24일(화)

유예기간 종료일까지는 일반 연장 비용으로 도메인을 되살릴 수 있습니다.
유예기간이 지나면 복구기간(Redemption Grace Period)으로 전환되어 복구 수수료가 추가되고,
이후 삭제 대기를 거쳐 도메인이 삭제됩니다.

웹사이트와 메일을 다시 이용하시려면 유예기간 종료일 전까지 연장해 주세요.
연장 후 네임서버가 정상화되기까지 최대 24시간이 걸릴 수 있습니다.

▶ My가비아 > 비용 결제 : https://www.gabia.com/mygabia/payment

"""
        + GABIA_FOOT,
        note=(
            "grace period: the domain already expired on 10-25; what the reader must act by is the end "
            "of the grace period (11-24), so that is the deadline"
        ),
        items=[item(DOMAIN, "Gabia", "malgeunsup.com", "2026-11-24")],
    ),
    m(
        name="h12_iwinv_idn_14days",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 도메인 만료 14일 전 안내",
        date="2026-11-18 13:10 +0900",
        text="""[iwinv 도메인] 만료 예정 안내

안녕하세요. 스마일서브 iwinv 입니다.
아래 도메인이 14일 이내에 만료됩니다.

도메인 : 맑은숲피부과.kr (xn--vb0b96v3ycmrg3qh0px.kr)
만료예정일 : 2026-12-02
소유자 : 김도윤

한글 도메인은 만료 후 복구 절차가 영문 도메인과 다를 수 있으니 기간 내에 연장해 주세요.
콘솔 > 도메인 > 기간연장 에서 바로 결제하실 수 있습니다.

※ 이 메일은 도메인 소유자 및 관리자 이메일로 함께 발송되었습니다.
(주)스마일서브 | 서울시 마포구 | 1688-4879
""",
        note="Korean IDN domain; its punycode form is an alias",
        items=[
            item(
                DOMAIN,
                "iwinv",
                "맑은숲피부과.kr",
                "2026-12-02",
                aliases=["xn--vb0b96v3ycmrg3qh0px.kr"],
            )
        ],
    ),
    m(
        name="h12_gabia_dday7",
        category="positive",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 도메인 만료 D-7 안내",
        date="2026-11-16 09:30 +0900",
        cte="quoted-printable",
        text="""malgeunsup.kr 도메인 만료 D-7

고객님의 도메인이 7일 후 만료됩니다.
만료일: 11월 23일(월)

만료 당일까지 연장하지 않으시면 도메인이 정지되고 해당 도메인의 홈페이지, 메일을 이용할 수 없습니다.
(마지막 로그인: 2026-09-02 / 보유 예치금: 0원)

연장하기 > https://www.gabia.com/mygabia/extend

"""
        + GABIA_FOOT,
        note="D-7 and a yearless 11월 23일(월) agree; last-login date is a distractor",
        items=[item(DOMAIN, "Gabia", "malgeunsup.kr", "2026-11-23")],
    ),
    m(
        name="h12_gabia_digest_euckr",
        category="digest",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 연장 대상 서비스 안내 (2026년 12월~2027년 1월)",
        date="2026-11-20 07:00 +0900",
        html=D1_HTML,
        form="html",
        charset="euc-kr",
        cte="base64",
        note="digest in an HTML table under 만료일; 신청일 column distractor; row 3 is an auto-renew (deadline = "
        "the stated renewal date 2026.12.24, not the 12-27 expiry)",
        items=[
            item(DOMAIN, "Gabia", "msderm.co.kr", "2026-12-20"),
            item(DOMAIN, "Gabia", "malgeunsup.shop", "2027-01-05"),
            item(DOMAIN, "Gabia", "msderm-gangnam.com", "2026-12-24"),
        ],
    ),
    m(
        name="h12_gabia_renewed_receipt",
        category="resolution",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 도메인 기간연장 완료 안내",
        date="2026-11-21 14:03 +0900",
        text=R1_TEXT,
        attachment=True,
        note="renewal receipt with PDF; closes malgeunsup.co.kr",
        items=[item(DOMAIN, "Gabia", "malgeunsup.co.kr", "2027-12-14", resolves=True)],
    ),
    m(
        name="h12_reply_whois_staff",
        category="reply",
        lang="ko",
        sender=("이수진", "sjlee@malgeunsup.co.kr"),
        subject="RE: [후이즈] 도메인 만료 예정 안내 (msderm.kr)",
        date="2026-11-05 13:40 +0900",
        to="김도윤 <kimdy@malgeunsup.co.kr>",
        text=RE1_TEXT,
        headers={"In-Reply-To": "<whois-20261105-0001@whois.co.kr>", "Cc": "admin@malgeunsup.co.kr"},
        note="staff reply quoting the notice: evidence only",
        items=[],
    ),
    m(
        name="h12_fwd_gmail_ko_gabia",
        category="forward",
        lang="ko",
        sender=("김도윤", "doyoon.kim.derm@gmail.com"),
        subject="Fwd: [가비아] 도메인 만료 안내 - msderm-gangnam.kr",
        date="2026-11-11 22:18 +0900",
        text="""수진실장님 강남점 도메인 만료 메일이 제 개인메일로 왔네요.
등록할때 제 메일로 해놨나봐요. 관리자 계정으로 옮겨주시고 연장 부탁해요.

---------- 전달된 메시지 ---------
보낸사람: 가비아 <noreply@gabia.com>
Date: 2026년 11월 11일 (수) 오전 9:02
Subject: [가비아] 도메인 만료 안내 - msderm-gangnam.kr
To: <doyoon.kim.derm@gmail.com>


김도윤 고객님, 안녕하세요. 가비아입니다.

보유하신 도메인의 만기일이 다가와 안내드립니다.

도메인: msderm-gangnam.kr
만기일: 2026년 12월 28일
연장 가능 기간: 만기일 전 ~ 만기일 이후 삭제 전까지

만기일이 지나면 도메인 사용이 중지되어 사이트 운영, 메일 이용, 정보 변경 등이 불가합니다.

본 메일은 발신전용입니다.
""",
        note="Gmail (Korean UI) forward from the director's personal address; carries the Gabia item",
        items=[item(DOMAIN, "Gabia", "msderm-gangnam.kr", "2026-12-28")],
    ),
]

HOSTINGKR_FAILED = m(
    name="h12_hostingkr_payfail_inner",
    category="positive",
    lang="ko",
    sender=("호스팅케이알", "noreply@hosting.kr"),
    subject="[호스팅케이알] 자동연장 결제 실패 안내 (ms-ilsan.kr)",
    date="2026-10-29 06:12 +0900",
    cte="base64",
    text="""[호스팅케이알] 자동연장 결제 실패 안내

고객님, 등록된 카드로 도메인 자동연장 결제를 시도하였으나 승인이 거절되었습니다.
(거절 사유: 카드 유효기간 만료)

대상 도메인 : ms-ilsan.kr
도메인 만료일 : 2026.12.05.
결제 시도일 : 2026.10.29.

만료일 이전에 결제 수단을 변경하거나 직접 기간연장을 해 주셔야 서비스가 유지됩니다.
자동연장은 만료 30일 전, 7일 전에 다시 시도됩니다.

호스팅케이알 고객센터 1588-5824
""",
)

FWD_RFC822 = m(
    name="h12_fwd_attached_hostingkr",
    category="forward",
    lang="ko",
    sender=("박지훈", "jhpark@malgeunsup.co.kr"),
    subject="전달: [호스팅케이알] 자동연장 결제 실패 안내 (ms-ilsan.kr)",
    date="2026-10-29 09:47 +0900",
    cte="base64",
    text="""관리자님,
일산점 도메인 자동결제가 실패했다고 메일이 와서 원본 첨부로 전달드립니다.
카드 바뀐 것 때문인 것 같습니다. 확인 부탁드립니다.

박지훈 / 일산점 원무과
""",
    note="forward as a message/rfc822 attachment (hosting.kr auto-renew failed: deadline = expiry)",
    items=[item(DOMAIN, "hosting.kr", "ms-ilsan.kr", "2026-12-05")],
)
FWD_RFC822_FILE = "[호스팅케이알] 자동연장 결제 실패 안내.eml"


MAILS += [
    m(
        name="h12_squarespace_30days_en",
        category="positive",
        lang="en",
        sender=("Squarespace", "no-reply@squarespace.info"),
        subject="Your domain malgeunsup.clinic expires in 30 days",
        date="2026-11-21 16:00 +0000",
        html="""<html><body style="background:#f6f6f6;font-family:Clarkson,Helvetica,Arial,sans-serif">
<div style="display:none">Renew malgeunsup.clinic to keep your site and email running.</div>
<table align="center" width="600" style="background:#fff;padding:40px"><tr><td>
<p style="font-size:12px;letter-spacing:2px">SQUARESPACE</p>
<h1 style="font-size:26px;font-weight:400">Your domain expires in 30 days</h1>
<p>Hi Doyoon,</p>
<p>Your domain <strong>malgeunsup.clinic</strong> is set to expire on <strong>21 Dec 2026</strong>, and auto-renew is off.
If it expires, your website and any email addresses using it will stop working.</p>
<table cellpadding="6" style="font-size:14px;border-top:1px solid #ddd;border-bottom:1px solid #ddd;width:100%">
<tr><td>Domain</td><td>malgeunsup.clinic</td></tr>
<tr><td>Registered</td><td>21 Dec 2024</td></tr>
<tr><td>Renewal price</td><td>US$70.00 / year</td></tr></table>
<p><a href="https://account.squarespace.com/domains/managed/malgeunsup.clinic" style="background:#000;color:#fff;padding:14px 28px;text-decoration:none">Renew domain</a></p>
<p style="font-size:12px;color:#777">Squarespace, Inc. 225 Varick Street, New York, NY 10014<br>
You're receiving this email because you own a domain with Squarespace. Terms updated 15 Sep 2026.</p>
</td></tr></table></body></html>
""",
        form="alt",
        cte="base64",
        note="'in 30 days' and '21 Dec 2026' agree; registered date and terms date are distractors",
        items=[item(DOMAIN, "Squarespace", "malgeunsup.clinic", "2026-12-21")],
    ),
]
