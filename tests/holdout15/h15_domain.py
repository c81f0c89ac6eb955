"""holdout15 domain-expiry mails: reminder series (Route 53, Gabia, Squarespace, Cafe24), single notices
(Cloudflare, Gandi, Porkbun), digests (Name.com, Whois), and the forwards, replies and receipt around them."""

from __future__ import annotations

from h15_lib import (
    BANNER_EN,
    BANNER_HTML,
    BANNER_KO,
    DOMAIN,
    M,
    banner_html,
    forward_as_attachment,
    gmail_fwd,
    item,
    kdate,
    outlook_fwd_en,
    outlook_fwd_ko,
    quote_lines,
    safelink,
    word_header_block,
    word_html,
    wp,
)

R53_FOOTER = (
    "\n\nIf you have questions about this email, contact AWS Support:\n"
    "https://console.aws.amazon.com/support/home\n\n"
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of "
    "Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. "
    "North, Seattle, WA 98109-5210.\n\nReference: 7f3a9c1e-55d0-4b8e-a0c1-2d6e9b4f8a13\n"
)


def _r53(days: int, date: str) -> str:
    return (
        "Dear Haneul Logistics Co., Ltd.,\n\n"
        f"The registration for the domain haneul-logistics.com will expire in {days} days, on "
        "Nov 29, 2026 23:59 UTC.\n\n"
        "Automatic renewal is currently DISABLED for this domain, so Amazon Route 53 will not renew it. If you "
        "want to keep the domain, enable automatic renewal or extend the registration period before the "
        "expiration date:\n\n"
        "  1. Sign in to the AWS Management Console and open the Route 53 console at "
        "https://console.aws.amazon.com/route53/\n"
        "  2. In the navigation pane, choose Registered domains.\n"
        "  3. Choose haneul-logistics.com, and in Actions choose Enable automatic renewal.\n\n"
        "Domain name: haneul-logistics.com\n"
        "AWS account: 4821 0937 5512\n"
        "Registered on: Nov 29, 2019\n"
        "Expiration date: Nov 29, 2026\n"
        "Auto renew: Disabled\n\n"
        "If the domain expires, the registry may delete it and another party could register it. Restoring an "
        "expired domain, when the registry allows it, costs more than a renewal.\n\n"
        f"This notice was sent on {date} to the registrant contact for the domain."
        "\n\nRegards,\nAmazon Route 53" + R53_FOOTER
    )


R53_SENDER = ("Amazon Route 53", "noreply@registrar.amazon.com")

r53_45 = M(
    name="h15_r53_45d_en",
    category="positive",
    lang="en",
    sender=R53_SENDER,
    subject="[EXTERNAL] Automatic renewal is disabled for haneul-logistics.com",
    date="2026-10-15 03:12 +0000",
    text=BANNER_EN + "\n" + _r53(45, "Oct 15, 2026"),
    cte="7bit",
    items=[item(DOMAIN, "AWS Route 53", "haneul-logistics.com", "2026-11-29")],
    note="series 1/3 (45 days); registration date is a distractor; gateway banner and [EXTERNAL] tag",
)

_r53_35_inner = _r53(35, "Oct 25, 2026")
r53_35_fwd = M(
    name="h15_r53_35d_fw_outlook_en",
    category="forward",
    lang="en",
    sender=("Jiwoo Park", "jiwoo.park@haneul-lx.co.kr"),
    subject="FW: [EXTERNAL] Your domain haneul-logistics.com expires in 35 days",
    date="2026-10-27 09:41 +0900",
    text=(
        "Team,\n\nThis landed in my old AWS root mailbox. Who owns the Route 53 account now? The domain is the "
        "one our customer portal redirects from. Please take care of it before the end of November.\n\n"
        "Thanks,\nJiwoo\n\nJiwoo Park | Operations Manager\nHaneul Logistics Co., Ltd. | +82 2-6952-1180\n\n"
        + outlook_fwd_en(
            "Amazon Route 53 <noreply@registrar.amazon.com>",
            "Sunday, October 25, 2026 12:03 PM",
            "Park Jiwoo <jiwoo.park@haneul-lx.co.kr>",
            "[EXTERNAL] Your domain haneul-logistics.com expires in 35 days",
            BANNER_EN
            + "\n"
            + _r53_35_inner.replace(
                "https://console.aws.amazon.com/route53/", safelink("https://console.aws.amazon.com/route53/")
            ),
        )
    ),
    charset="utf-8",
    cte="quoted-printable",
    items=[item(DOMAIN, "AWS Route 53", "haneul-logistics.com", "2026-11-29")],
    note="Outlook '-----Original Message-----' forward by a colleague; Safe Links URL inside",
)

_r53_7_inner = M(
    name="h15_r53_7d_inner",
    category="positive",
    lang="en",
    sender=R53_SENDER,
    subject="[EXTERNAL] Final notice: haneul-logistics.com expires in 7 days",
    date="2026-11-22 03:05 +0000",
    to="jiwoo.park@haneul-lx.co.kr",
    text=BANNER_EN + "\n" + _r53(7, "Nov 22, 2026"),
    cte="7bit",
)
r53_7_att = M(
    name="h15_r53_7d_fw_rfc822_en",
    category="forward",
    lang="mixed",
    sender=("박지우", "jiwoo.park@haneul-lx.co.kr"),
    subject="FW: [EXTERNAL] Final notice: haneul-logistics.com expires in 7 days",
    date="2026-11-22 21:17 +0900",
    text=(
        "IT팀,\n\n첨부한 메일 확인 부탁드립니다. 아직 갱신이 안 된 것 같습니다. 이번 주 안에 꼭 처리해 주세요.\n\n"
        "박지우 드림\n"
    ),
    items=[item(DOMAIN, "AWS Route 53", "haneul-logistics.com", "2026-11-29")],
    note="series 3/3 (7 days); the notice is a message/rfc822 attachment (Outlook 'forward as attachment')",
)
forward_as_attachment(r53_7_att, _r53_7_inner, "Final notice haneul-logistics.com expires in 7 days.eml")


# --- Gabia series: haneul-lx.co.kr expires 2026-11-30 -----------------------------------------------------

GABIA_FOOT_HTML = (
    '<tr><td style="padding:24px 30px;background:#f4f5f7;font-size:11px;color:#888;line-height:18px">'
    '본 메일은 발신전용입니다. 문의사항은 <a href="https://customer.gabia.com">고객센터</a>를 이용해 주세요.<br>'
    "(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층 | 대표이사 김홍국 | "
    "사업자등록번호 144-81-15549<br>고객센터 1544-4370 | 통신판매업신고 제2012-경기성남-1259호<br>"
    "Copyright &copy; Gabia Inc. All Rights Reserved.</td></tr>"
)


def _gabia_html(round_no: int, dday: str) -> str:
    return (
        '<html><head><meta charset="euc-kr"></head><body style="margin:0;background:#eef0f3">'
        '<div style="display:none;max-height:0;overflow:hidden">도메인 만기일이 다가오고 있습니다. 연장하지 '
        "않으면 홈페이지와 메일을 사용할 수 없습니다.</div>"
        '<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;'
        "font-family:'Malgun Gothic',dotum,sans-serif;font-size:13px;color:#333\">"
        '<tr><td style="padding:22px 30px;border-bottom:3px solid #0d6eff"><img src="https://static.gabia.com/'
        'mail/logo.png" alt="gabia" width="90"></td></tr>'
        f'<tr><td style="padding:30px 30px 10px"><h2 style="font-size:20px;margin:0">도메인 기간 만료 '
        f'{round_no}차 안내 <span style="color:#0d6eff">{dday}</span></h2></td></tr>'
        '<tr><td style="padding:10px 30px;line-height:22px">안녕하세요, <b>하늘물류</b> 고객님.<br>'
        "고객님께서 가비아에 등록하신 도메인의 만기일이 다가와 안내드립니다.<br>만기일 전에 연장하지 않으면 "
        "만기일 다음 날부터 도메인 사용이 중지되어 홈페이지 접속, 메일 수발신 등이 불가합니다.</td></tr>"
        '<tr><td style="padding:10px 30px"><table width="100%" cellpadding="8" cellspacing="0" '
        'style="border-collapse:collapse;border-top:2px solid #333;font-size:13px">'
        '<tr style="background:#f8f9fb"><th style="border-bottom:1px solid #ddd">도메인</th>'
        '<th style="border-bottom:1px solid #ddd">등록일</th><th style="border-bottom:1px solid #ddd">만기일</th>'
        '<th style="border-bottom:1px solid #ddd">연장 기간</th></tr>'
        '<tr><td style="border-bottom:1px solid #ddd">haneul-lx.co.kr</td>'
        '<td style="border-bottom:1px solid #ddd">2016-11-30</td>'
        '<td style="border-bottom:1px solid #ddd;color:#e0301e"><b>2026-11-30</b></td>'
        '<td style="border-bottom:1px solid #ddd">1년&nbsp;/&nbsp;22,000원</td></tr></table></td></tr>'
        '<tr><td style="padding:20px 30px" align="center"><a href="https://www.gabia.com/mygabia/extend" '
        'style="display:inline-block;padding:12px 40px;background:#0d6eff;color:#fff;text-decoration:none">'
        "연장 신청하기</a></td></tr>"
        '<tr><td style="padding:0 30px 20px;font-size:12px;color:#666;line-height:20px">'
        "&#8251; 가상계좌로 결제하시는 경우 입금 기한이 아닌 도메인 만기일 전까지 입금을 완료해 주셔야 합니다.<br>"
        "&#8251; 이미 연장하셨다면 본 메일은 무시하셔도 됩니다.<br>"
        "&#8251; 연장 안내 메일은 만기일까지 최대 6차례 발송됩니다.</td></tr>" + GABIA_FOOT_HTML + "</table>"
        '<img src="https://mlog.gabia.com/open?m=8812734&amp;k=ext1" width="1" height="1" alt=""></body></html>'
    )


GABIA_SENDER = ("가비아", "domain@gabia.com")

gabia_1 = M(
    name="h15_gabia_round1_html_euckr",
    category="positive",
    lang="ko",
    sender=GABIA_SENDER,
    subject="[가비아] 도메인 기간 만료 1차 안내 (haneul-lx.co.kr)",
    date="2026-10-20 09:00 +0900",
    html=banner_html(_gabia_html(1, "D-41")),
    form="html",
    charset="euc-kr",
    cte="base64",
    items=[item(DOMAIN, "Gabia", "haneul-lx.co.kr", "2026-11-30")],
    note="series 1/4; date in an HTML table under 만기일, registration date (등록일) is a distractor",
)

_gabia3_text = (
    BANNER_KO + "\n안녕하세요, 하늘물류 고객님.\n가비아입니다.\n\n"
    "고객님의 도메인 만기일이 14일 남았습니다. (D-14)\n\n"
    "■ 도메인명 : haneul-lx.co.kr\n■ 만기일 : " + kdate(2026, 11, 30) + "\n■ 최근 결제일 : 2025-11-12\n\n"
    "만기일이 지나면 도메인 사용이 중지되어 사이트 운영, 메일 이용, 정보 변경 등이 불가합니다.\n"
    "My가비아 > 비용 결제 메뉴에서 연장 신청해 주세요.\n"
    + safelink("https://www.gabia.com/mygabia/extend", "g3")
    + "\n\n※ 본 메일은 2026년 11월 16일 기준으로 발송되었습니다.\n(주)가비아 고객센터 1544-4370\n"
)
gabia_3_fwd = M(
    name="h15_gabia_round3_fw_ko_outlook",
    category="forward",
    lang="ko",
    sender=("김서연", "seoyeon.kim@haneul-lx.co.kr"),
    subject="전달: [가비아] 도메인 기간 만료 3차 안내 (haneul-lx.co.kr)",
    date="2026-11-17 08:52 +0900",
    text=(
        "팀장님,\n\n회사 대표 도메인 만료 3차 안내가 제 메일로 왔습니다. 가비아 계정 비밀번호를 아시는 분이 "
        "연장해 주셔야 할 것 같습니다.\n\n김서연 드림\n경영지원팀 | 02-6952-1104\n\n"
        + outlook_fwd_ko(
            "가비아 <domain@gabia.com>",
            "2026년 11월 16일 월요일 오전 9:00",
            "김서연 <seoyeon.kim@haneul-lx.co.kr>",
            "[가비아] 도메인 기간 만료 3차 안내 (haneul-lx.co.kr)",
            _gabia3_text,
        )
    ),
    charset="ks_c_5601-1987",
    cte="base64",
    items=[item(DOMAIN, "Gabia", "haneul-lx.co.kr", "2026-11-30")],
    note="Korean Outlook forward (-----원본 메시지----- / 보낸 사람: / 받는 사람: / 제목:), cp949 under ks_c_5601-1987",
)

gabia_reply = M(
    name="h15_gabia_reply_ko",
    category="reply",
    lang="ko",
    sender=("이도현", "dohyun.lee@haneul-lx.co.kr"),
    subject="RE: 전달: [가비아] 도메인 기간 만료 3차 안내 (haneul-lx.co.kr)",
    date="2026-11-17 10:30 +0900",
    text=(
        "서연님, 확인했습니다. 가비아 계정은 제가 관리 중이라 오늘 오후에 법인카드로 1년 연장하겠습니다.\n\n"
        "이도현\n\n"
        "-----원본 메시지-----\n보낸 사람: 김서연 <seoyeon.kim@haneul-lx.co.kr>\n"
        "보낸 날짜: 2026년 11월 17일 화요일 오전 8:52\n받는 사람: it@haneul-lx.co.kr\n"
        "제목: 전달: [가비아] 도메인 기간 만료 3차 안내 (haneul-lx.co.kr)\n\n"
        + quote_lines(
            "회사 대표 도메인 만료 3차 안내가 제 메일로 왔습니다.\n\n■ 도메인명 : haneul-lx.co.kr\n"
            "■ 만기일 : " + kdate(2026, 11, 30) + "\n만기일이 지나면 도메인 사용이 중지됩니다."
        )
    ),
    items=[],
    note="reply quoting the forwarded Gabia notice: evidence only",
)

gabia_receipt = M(
    name="h15_gabia_receipt_ko",
    category="resolution",
    lang="ko",
    sender=GABIA_SENDER,
    subject="[가비아] 도메인 기간 연장이 완료되었습니다",
    date="2026-11-19 15:44 +0900",
    html=banner_html(
        '<html><body><table width="600" style="font-family:dotum;font-size:13px">'
        "<tr><td><b>하늘물류</b> 고객님, 도메인 기간 연장이 정상적으로 완료되었습니다.</td></tr>"
        '<tr><td><table border="1" cellpadding="6" style="border-collapse:collapse">'
        "<tr><th>도메인</th><th>연장 기간</th><th>변경 전 만기일</th><th>변경 후 만기일</th></tr>"
        "<tr><td>haneul-lx.co.kr</td><td>1년</td><td>2026-11-30</td><td>2027-11-30</td></tr></table></td></tr>"
        "<tr><td>결제금액 22,000원 (VAT 포함) / 결제일시 2026-11-19 15:43 / 결제수단 법인카드(삼성 ****-1181)</td></tr>"
        '<tr><td style="font-size:11px;color:#888">(주)가비아 | 고객센터 1544-4370</td></tr></table></body></html>'
    ),
    form="html",
    cte="quoted-printable",
    items=[item(DOMAIN, "Gabia", "haneul-lx.co.kr", "2027-11-30", resolves=True)],
    note="series 4/4: renewal receipt closes the item",
)

# --- Squarespace: haneultrack.com (customer tracking site) -------------------------------------------------

SQ_FOOT = (
    "\n\nSquarespace Domains LLC\n225 Varick Street, New York, NY 10014\n"
    "You received this transactional email because you own a domain with Squarespace. "
    "Privacy Policy: https://www.squarespace.com/privacy\n"
)
sq_auto = M(
    name="h15_squarespace_autorenew_en",
    category="positive",
    lang="en",
    sender=("Squarespace", "no-reply@squarespace.info"),
    subject="[EXTERNAL] Your domain haneultrack.com renews on November 5, 2026",
    date="2026-10-21 14:20 -0400",
    html=banner_html(
        '<html><body style="background:#fafafa"><div style="display:none">No action needed if your card is up '
        'to date.</div><table width="560" align="center" style="font-family:Helvetica,Arial;font-size:15px;'
        'color:#111"><tr><td style="padding:32px 0"><img src="https://static1.squarespace.com/email/logo.png" '
        'width="140" alt="Squarespace"></td></tr><tr><td><h1 style="font-size:26px;font-weight:400">Upcoming '
        "domain renewal</h1><p>Hi Haneul IT,</p><p>Your domain <b>haneultrack.com</b> is set to renew "
        "automatically on <b>November 5, 2026</b>. We'll charge US$20.00 to the Visa ending in 4417 on file.</p>"
        "<p>If your card details are current, you don't need to do anything. To update your payment method or "
        'turn off auto-renew, visit <a href="https://account.squarespace.com/domains/managed/haneultrack.com">'
        'Domain settings</a>.</p><p style="font-size:13px;color:#666">Current term ends: November 20, 2026.'
        " Renewals are processed 15 days before the end of the term.</p></td></tr>"
        f'<tr><td style="font-size:11px;color:#999;padding-top:30px">{SQ_FOOT.strip()}</td></tr>'
        "</table></body></html>"
    ),
    form="alt",
    cte="quoted-printable",
    items=[item(DOMAIN, "Squarespace", "haneultrack.com", "2026-11-05")],
    note="auto-renew announcement: low severity, deadline = renewal date (term end Nov 20 is the other date)",
)
sq_failed = M(
    name="h15_squarespace_payfail_en",
    category="positive",
    lang="en",
    sender=("Squarespace", "no-reply@squarespace.info"),
    subject="[EXTERNAL] Action needed: haneultrack.com renewal payment failed",
    date="2026-11-05 09:02 -0500",
    text=(
        BANNER_EN
        + "\nHi Haneul IT,\n\nWe tried to renew haneultrack.com today but the payment to the Visa ending in 4417 "
        "was declined.\n\nYour domain is now past due. It will stay connected to your site while we retry the "
        "charge, but if we can't collect payment it will expire on November 20, 2026 and disconnect from your "
        "site and email.\n\nUpdate your billing information:\n"
        + safelink("https://account.squarespace.com/billing", "sq")
        + "\n\nWe'll retry on November 10 and November 15.\n\nThe Squarespace Team"
        + SQ_FOOT
    ),
    cte="7bit",
    items=[item(DOMAIN, "Squarespace", "haneultrack.com", "2026-11-20")],
    note="auto-renewal failed: deadline = expiry (retry dates are distractors); already past on eval day",
)

# --- Cafe24: haneulmall.co.kr D-30 and D-7 ------------------------------------------------------------------

CAFE24_FOOT = (
    "\n──────────────────────────────\n"
    "본 메일은 정보통신망법에 따라 서비스 이용 안내를 위해 발송되는 메일입니다.\n"
    "카페24(주) | 서울특별시 동작구 보라매로5가길 7 | 대표이사 이재석 | 사업자등록번호 118-81-20586\n"
    "고객센터 1588-3284 | help@cafe24.com\n"
)
cafe24_30 = M(
    name="h15_cafe24_d30_ko_plain",
    category="positive",
    lang="ko",
    sender=("카페24 호스팅센터", "hosting_master@cafe24.com"),
    subject="[카페24] 도메인 만료 D-30 안내 - haneulmall.co.kr",
    date="2026-10-28 10:00 +0900",
    text=(
        BANNER_KO + "\n안녕하세요. 카페24 호스팅센터입니다.\n\n하늘물류(haneulmall) 회원님께서 이용 중인 도메인의 "
        "사용기간이 30일 후 만료됩니다.\n\n[도메인 정보]\n- 도메인 : haneulmall.co.kr\n"
        "- 신청일 : 2021-11-27\n- 만료일 : " + kdate(2026, 11, 27, dot=True) + " 23:59\n"
        "- 연결된 서비스 : 10G 광아우토반 Full SSD 일반형 (haneulmall)\n\n"
        "만료일까지 기간연장을 하지 않으시면 도메인 연결이 끊겨 쇼핑몰/홈페이지에 접속할 수 없으며, "
        "일정 기간이 지나면 다른 사람이 도메인을 등록할 수 있습니다.\n\n"
        "▶ 기간연장 바로가기 : https://hosting.cafe24.com/?controller=myservice_domain_extension\n\n"
        "감사합니다." + CAFE24_FOOT
    ),
    charset="euc-kr",
    cte="8bit",
    items=[item(DOMAIN, "Cafe24", "haneulmall.co.kr", "2026-11-27")],
    note="series 1/2; 신청일 is a distractor; raw 8-bit EUC-KR",
)
cafe24_7 = M(
    name="h15_cafe24_d7_ko_alt",
    category="positive",
    lang="ko",
    sender=("카페24 호스팅센터", "hosting_master@cafe24.com"),
    subject="[카페24] 도메인 만료 D-7 ▶ haneulmall.co.kr 기간연장이 필요합니다",
    date="2026-11-20 10:00 +0900",
    html=banner_html(
        '<html><body><table width="600" cellpadding="0" cellspacing="0" style="font-size:14px">'
        '<tr><td style="background:#1a1f36;color:#fff;padding:16px">cafe24 호스팅센터</td></tr>'
        '<tr><td style="padding:20px">회원님의 도메인이 <b style="color:#f33">7일 후</b> 만료됩니다.<br><br>'
        "도메인&nbsp;:&nbsp;haneulmall.co.kr<br>만료 일시&nbsp;:&nbsp;"
        + kdate(2026, 11, 27)
        + " 오후 11시 59분<br>연장 요금&nbsp;:&nbsp;1년 19,800원<br><br>"
        "만료 후에는 쇼핑몰 접속과 메일 수신이 중단됩니다. 지금 바로 연장해 주세요.<br>"
        '<a href="https://hosting.cafe24.com/?controller=myservice_domain_extension">기간연장 신청</a>'
        '</td></tr><tr><td style="font-size:11px;color:#999;padding:20px">카페24(주) 고객센터 1588-3284<br>'
        "본 메일은 발신전용입니다.</td></tr></table></body></html>"
    ),
    form="alt",
    charset="utf-8",
    cte="base64",
    items=[item(DOMAIN, "Cafe24", "haneulmall.co.kr", "2026-11-27")],
    note="series 2/2; D-7 and a full Korean date with weekday and 오후 time",
)

# --- Cloudflare, Gandi, Porkbun -----------------------------------------------------------------------------

cf = M(
    name="h15_cloudflare_autorenew_off_en",
    category="positive",
    lang="en",
    sender=("Cloudflare", "noreply@notify.cloudflare.com"),
    subject="[EXTERNAL] Your domain haneulexpress.net is expiring soon",
    date="2026-11-18 16:30 +0000",
    html=(
        '<!DOCTYPE html><html><body style="margin:0;background:#f2f2f2">'
        + BANNER_HTML
        + '<table role="presentation" width="600" align="center" style="background:#fff;font-family:'
        '-apple-system,Segoe UI,Arial;font-size:14px;color:#313131"><tr><td style="padding:24px;border-bottom:'
        '4px solid #f38020"><img src="https://www.cloudflare.com/img/email/cf-logo.png" width="120" '
        'alt="Cloudflare"></td></tr><tr><td style="padding:24px"><p>Hello,</p><p>The registration for '
        "<strong>haneulexpress.net</strong> in account <em>it@haneul-lx.co.kr's Account</em> expires on "
        "<strong>Dec 18, 2026</strong>. Auto-renew is <strong>off</strong> for this domain.</p><p>To avoid "
        'losing the domain, renew it manually or turn on auto-renew from the dashboard: <a href="'
        + safelink("https://dash.cloudflare.com/?to=/:account/domains", "cf")
        + '">Manage domain</a>.</p><table cellpadding="6" style="border:1px solid #e5e5e5;font-size:13px">'
        "<tr><td>Domain</td><td>haneulexpress.net</td></tr><tr><td>Registered</td><td>Dec 18, 2023</td></tr>"
        "<tr><td>Expires</td><td>Dec 18, 2026</td></tr><tr><td>Auto-renew</td><td>Off</td></tr></table>"
        '<p>Cloudflare Registrar charges wholesale price with no markup.</p></td></tr><tr><td style="padding:'
        '24px;font-size:11px;color:#8a8a8a">&copy; 2026 Cloudflare, Inc. | 101 Townsend St, San Francisco, CA '
        '94107 | <a href="https://www.cloudflare.com/privacypolicy/">Privacy</a></td></tr></table>'
        "</body></html>"
    ),
    form="html",
    cte="quoted-printable",
    items=[item(DOMAIN, "Cloudflare", "haneulexpress.net", "2026-12-18")],
    note="HTML-only; Registered date in the table is a distractor; Safe Links href",
)

gandi = M(
    name="h15_gandi_30d_en",
    category="positive",
    lang="en",
    sender=("Gandi", "noreply@gandi.net"),
    subject="[EXTERNAL] [Gandi] haneul-cargo.io expires in 30 days",
    date="2026-11-12 07:41 +0000",
    text=(
        BANNER_EN + "\nHello,\n\nThis is an automatic reminder about the following domain in the organization "
        '"Haneul Logistics":\n\n    haneul-cargo.io  --  expiration: 2026-12-12 07:41:09 UTC\n\n'
        "Automatic renewal is not activated for this domain. If you wish to keep it, renew it from your Gandi "
        "interface before its expiration date:\n"
        "    https://admin.gandi.net/domain/haneul-cargo.io/renew\n\n"
        "After expiration, the domain will stop working (website and email). Some extensions, including .io, "
        "have no restoration period: once deleted, the domain may be lost for good.\n\n"
        "Your organization's prepaid account balance: 0.00 EUR (last top-up 2024-03-02).\n\n"
        "The Gandi team\nhttps://www.gandi.net - Gandi SAS, 63-65 boulevard Massena, 75013 Paris, France\n"
    ),
    cte="7bit",
    items=[item(DOMAIN, "Gandi", "haneul-cargo.io", "2026-12-12")],
    note="ISO date-time with UTC; top-up date is a distractor",
)

porkbun = M(
    name="h15_porkbun_expired_grace_en",
    category="positive",
    lang="en",
    sender=("Porkbun", "support@porkbun.com"),
    subject="[EXTERNAL] EXPIRED: haneullx.shop - renew now to keep it",
    date="2026-11-15 11:20 -0800",
    text=(
        BANNER_EN + "\nOink oink!\n\nThe domain haneullx.shop expired on November 8, 2026 and has been parked.\n\n"
        "Good news: it is still in its renewal grace period. You can renew it at the normal renewal price "
        "until December 8, 2026. After that date the domain enters the registry's redemption period, where "
        "restoring it costs an extra US$150 redemption fee, if it can be restored at all.\n\n"
        "Renew here: https://porkbun.com/account/domainsSpeedy?renew=haneullx.shop\n\n"
        "Account: haneul-it | Order #4418207 placed 2025-11-08\n\n"
        "Thanks,\nThe Porkbun Team\nPorkbun LLC, 21370 SW Langer Farms Pkwy Suite 142-429, Sherwood, OR 97140\n"
    ),
    cte="quoted-printable",
    items=[item(DOMAIN, "Porkbun", "haneullx.shop", "2026-12-08")],
    note=(
        "grace period: expired Nov 8 (past); the reader must act by the end of the normal-price grace period, "
        "Dec 8, after which redemption applies"
    ),
)

# --- Digests ------------------------------------------------------------------------------------------------

namecom = M(
    name="h15_namecom_digest_en",
    category="digest",
    lang="en",
    sender=("Name.com", "noreply@name.com"),
    subject="[EXTERNAL] 2 domains in your account are expiring soon",
    date="2026-11-03 13:00 -0700",
    html=banner_html(
        '<html><body><table width="600" style="font-family:Arial;font-size:14px"><tr><td>'
        "<p>Hi Haneul Logistics,</p><p>The following domains in account <b>haneulit</b> are coming up for "
        "expiration. Domains with auto-renew off will not be renewed automatically.</p>"
        '<table cellpadding="8" style="border-collapse:collapse" border="1">'
        '<tr style="background:#eef"><th>Domain</th><th>Expiration Date</th><th>Auto-Renew</th></tr>'
        "<tr><td>haneul-parcel.com</td><td>12/03/2026</td><td>OFF</td></tr>"
        "<tr><td>haneul-parcel.net</td><td>01/15/2027</td><td>OFF</td></tr></table>"
        '<p><a href="https://www.name.com/account/domain">Renew now</a> - Save 15% on renewals with code '
        "RENEW15 through November 30, 2026.</p><p>Name.com, Inc. | 414 14th Street #200, Denver, CO 80202</p>"
        "</td></tr></table></body></html>"
    ),
    form="html",
    cte="quoted-printable",
    items=[
        item(DOMAIN, "Name.com", "haneul-parcel.com", "2026-12-03"),
        item(DOMAIN, "Name.com", "haneul-parcel.net", "2027-01-15"),
    ],
    note="digest with MM/DD/YYYY; a coupon end date is a distractor",
)

whois = M(
    name="h15_whois_digest_ko_html",
    category="digest",
    lang="ko",
    sender=("후이즈", "domain@whois.co.kr"),
    subject="[후이즈] 만료 예정 도메인 안내 (3건)",
    date="2026-11-09 11:00 +0900",
    html=banner_html(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body>'
        '<table width="650" align="center" style="font-family:굴림;font-size:12px;color:#444">'
        '<tr><td style="padding:15px;background:#004ea2;color:#fff;font-size:16px">WHOIS 후이즈</td></tr>'
        '<tr><td style="padding:15px;line-height:20px">안녕하세요, 하늘물류(haneul_it) 회원님.<br>'
        "회원님께서 보유하신 도메인 중 아래 도메인의 만료일이 다가오고 있어 안내해 드립니다.<br>"
        "만료일 이전에 연장하지 않으시면 도메인 정지 후 삭제될 수 있으니 유의하시기 바랍니다.</td></tr>"
        '<tr><td style="padding:15px"><table width="100%" border="1" cellpadding="6" '
        'style="border-collapse:collapse;font-size:12px"><tr bgcolor="#f0f4fa"><th>No</th><th>도메인명</th>'
        "<th>등록일</th><th>만료일</th><th>남은기간</th></tr>"
        "<tr><td>1</td><td>haneul-lx.kr</td><td>2019.12.09</td><td>2026.12.09</td><td>30일</td></tr>"
        "<tr><td>2</td><td>haneulexpress.co.kr</td><td>2020.12.28</td><td>2026.12.28</td><td>49일</td></tr>"
        "<tr><td>3</td><td>haneul.kr</td><td>2022.01.05</td><td>2027.01.05</td><td>57일</td></tr>"
        '</table></td></tr><tr><td style="padding:15px">&#9654; <a href="https://whois.co.kr/domain/extend">'
        '기간연장 바로가기</a></td></tr><tr><td style="padding:15px;font-size:11px;color:#999">'
        "(주)후이즈 | 서울시 구로구 디지털로 288 | 고객센터 1544-3444<br>본 메일은 발신 전용 메일입니다."
        "</td></tr></table></body></html>"
    ),
    form="html",
    charset="euc-kr",
    cte="quoted-printable",
    items=[
        item(DOMAIN, "Whois", "haneul-lx.kr", "2026-12-09"),
        item(DOMAIN, "Whois", "haneulexpress.co.kr", "2026-12-28"),
        item(DOMAIN, "Whois", "haneul.kr", "2027-01-05"),
    ],
    note="digest table under 만료일; 등록일 column is a distractor; EUC-KR quoted-printable",
)

# Gmail-style forward of the Gandi notice by a developer who also got it in his personal mailbox.
gandi_fwd = M(
    name="h15_gandi_fw_gmail_en",
    category="forward",
    lang="en",
    sender=("Minjun Choi", "minjun.choi@haneul-lx.co.kr"),
    subject="Fwd: [Gandi] haneul-cargo.io expires in 30 days",
    date="2026-11-13 11:05 +0900",
    text=(
        "FYI - the cargo API docs site runs on this one. Can IT renew it? I don't have the Gandi login.\n\n"
        + gmail_fwd(
            "Gandi <noreply@gandi.net>",
            "Thu, Nov 12, 2026 at 4:41 PM",
            "<minjun.choi@haneul-lx.co.kr>",
            "[Gandi] haneul-cargo.io expires in 30 days",
            "Hello,\n\nThis is an automatic reminder about the following domain in the organization "
            '"Haneul Logistics":\n\n    haneul-cargo.io  --  expiration: 2026-12-12 07:41:09 UTC\n\n'
            "Automatic renewal is not activated for this domain.\n\nThe Gandi team\n",
        )
    ),
    cte="7bit",
    items=[item(DOMAIN, "Gandi", "haneul-cargo.io", "2026-12-12")],
    note="Gmail-style 'Forwarded message' sent from Outlook by a colleague",
)

# An Outlook HTML reply (Word markup, QP) quoting the Route 53 forward; it adds nothing new.
r53_reply = M(
    name="h15_r53_reply_word_html",
    category="reply",
    lang="en",
    sender=("Dohyun Lee", "dohyun.lee@haneul-lx.co.kr"),
    subject="RE: FW: [EXTERNAL] Your domain haneul-logistics.com expires in 35 days",
    date="2026-10-27 11:02 +0900",
    html=word_html(
        wp("Hi Jiwoo,")
        + wp("")
        + wp(
            "The Route 53 domain is in the old AWS account 4821-0937-5512. I have asked finance for the root "
            "login and will enable auto-renew this week."
        )
        + wp("")
        + wp("Dohyun")
        + wp("")
        + word_header_block(
            [
                ("From:", "Jiwoo Park &lt;jiwoo.park@haneul-lx.co.kr&gt;"),
                ("Sent:", "Tuesday, October 27, 2026 9:41 AM"),
                ("To:", "it@haneul-lx.co.kr"),
                ("Subject:", "FW: [EXTERNAL] Your domain haneul-logistics.com expires in 35 days"),
            ]
        )
        + wp("")
        + wp("Team, this landed in my old AWS root mailbox. Please take care of it before the end of November.")
        + wp("")
        + wp("The registration for the domain haneul-logistics.com will expire in 35 days, on Nov 29, 2026 23:59 UTC."),
        lang="EN-US",
    ),
    form="alt",
    charset="ks_c_5601-1987",
    cte="quoted-printable",
    items=[],
    note="Outlook/Word HTML reply quoting a forwarded notice",
)

MAILS = [
    r53_45,
    r53_35_fwd,
    r53_reply,
    r53_7_att,
    gabia_1,
    gabia_3_fwd,
    gabia_reply,
    gabia_receipt,
    sq_auto,
    sq_failed,
    cafe24_30,
    cafe24_7,
    cf,
    gandi,
    gandi_fwd,
    porkbun,
    namecom,
    whois,
]


gabia_autofail = M(
    name="h15_gabia_autorenew_failed_ko",
    category="positive",
    lang="ko",
    sender=("가비아", "billing@gabia.com"),
    subject="[가비아] 자동 연장 결제 실패 안내 - haneulcargo.co.kr",
    date="2026-11-05 07:00 +0900",
    text=(
        BANNER_KO
        + "\n하늘물류 고객님, 안녕하세요.\n\n자동 연장을 신청하신 도메인의 연장 결제가 실패하여 안내드립니다.\n\n"
        "  도메인명      haneulcargo.co.kr\n  결제 시도일   2026-11-05\n  실패 사유     카드 유효기간 만료\n"
        "  만기일        " + kdate(2026, 12, 5) + "\n\n"
        "만기일 전까지 결제 수단을 변경하거나 직접 연장해 주셔야 도메인이 유지됩니다. 재결제는 3일 간격으로 "
        "2회 더 시도됩니다.\n\nMy가비아 > 결제 수단 관리: https://www.gabia.com/mygabia/payment\n\n"
        "(주)가비아 고객센터 1544-4370 (평일 09:00~18:00)\n"
    ),
    charset="ks_c_5601-1987",
    cte="8bit",
    items=[item(DOMAIN, "Gabia", "haneulcargo.co.kr", "2026-12-05")],
    note="auto-renewal failed: high severity, deadline = expiry; 'card expired' wording is a distractor",
)

sq_reply_ko = M(
    name="h15_squarespace_reply_ko",
    category="reply",
    lang="ko",
    sender=("이도현", "dohyun.lee@haneul-lx.co.kr"),
    subject="답장: [EXTERNAL] Action needed: haneultrack.com renewal payment failed",
    date="2026-11-06 09:20 +0900",
    text=(
        "재무팀에 새 법인카드 번호 요청해 두었습니다. 받는 대로 Squarespace 결제 수단 바꾸겠습니다.\n\n"
        "이도현 / IT\n\n"
        "보낸 사람: Squarespace <no-reply@squarespace.info>\n보낸 날짜: 2026년 11월 5일 목요일 오후 11:02\n"
        "받는 사람: it@haneul-lx.co.kr\n제목: [EXTERNAL] Action needed: haneultrack.com renewal payment failed\n\n"
        + quote_lines(
            "Your domain is now past due. It will stay connected to your site while we retry the charge, but if "
            "we can't collect payment it will expire on November 20, 2026 and disconnect from your site and email."
        )
    ),
    charset="utf-8",
    cte="base64",
    items=[],
    note="Korean reply quoting an English notice: evidence only",
)

MAILS += [gabia_autofail, sq_reply_ko]
