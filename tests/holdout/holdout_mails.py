"""The held-out mails with their labels: domain-expiry, hosting-quota, social-login-deprecation notices,
then negatives, replies and phishing. Phrasing modelled on vendors' public help pages, forum and
issue-tracker quotes of real notices; every name, domain, value and date here is invented."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item

CO = "it@haneul-foods.kr"  # the shared mailbox these mails arrive in
UNSUB = {"List-Unsubscribe": "<mailto:unsubscribe@{d}?subject=unsubscribe>", "Precedence": "bulk"}


def unsub(domain: str) -> dict[str, str]:
    return {k: v.format(d=domain) for k, v in UNSUB.items()}


def table(head: list[str], rows: list[list[str]], style: str = "border:1px solid #ccc;padding:6px") -> str:
    th = "".join(f'<th style="{style}">{h}</th>' for h in head)
    trs = "".join("<tr>" + "".join(f'<td style="{style}">{c}</td>' for c in r) + "</tr>" for r in rows)
    return f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tr>{th}</tr>{trs}</table>'


def page(inner: str, lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>td{{font-size:14px}}</style>'
        f'</head><body style="font-family:Arial,sans-serif"><div style="max-width:640px;margin:auto">{inner}'
        "</div></body></html>"
    )


# ============================================================================================ domain-expiry

DOMAINS: list[Mail] = [
    Mail(
        name="h_dom_godaddy_html_cancel30",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Renew it or lose it: 1 domain cancels in 30 days",
        date="2026-11-06 07:14 -0700",
        form="html",
        cte="quoted-printable",
        html=page(
            "<h2>Don't let your domain slip away.</h2>"
            "<p>The following domain will be canceled if it isn't renewed. Let that happen and you'll lose not "
            "only the domain but any website, email or products connected to it.</p>"
            + table(["Domain", "Expiration", "Auto-renew"], [["bluewhalecoffee.com", "Dec 6, 2026", "Off"]])
            + "<p>Customer number: 418827731 &nbsp;|&nbsp; Account created: Mar 2, 2019</p>"
            "<p><a href='https://account.godaddy.com/renewals'>Renew Now</a></p>"
            "<p style='font-size:11px'>Copyright © 1999-2026 GoDaddy Operating Company, LLC.</p>"
        ),
        items=[item(DOMAIN, "GoDaddy", "bluewhalecoffee.com", "2026-12-06")],
        note="HTML-only table; account creation date is a distractor",
    ),
    Mail(
        name="h_dom_namecheap_funds_alt",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Action required: top up your balance before auto-renewal",
        date="2026-11-12 03:40 +0000",
        form="alt",
        html=page(
            "<p>Hi jiwoo_ops,</p><p>Your account balance is not sufficient to cover upcoming auto-renewals. "
            "This means that the product(s) you have set to auto-renew between November 26 and December 25 "
            "won't be successfully renewed unless you top up now.</p>"
            + table(["Product", "Expires on", "Renewal price"], [["Domain: sobak-farm.net", "Dec 3, 2026", "$14.58"]])
            + "<p>Your current balance: $2.10</p><p>Regards,<br>Team Namecheap</p>"
        ),
        items=[item(DOMAIN, "Namecheap", "sobak-farm.net", "2026-12-03")],
        note="auto-renew will fail (insufficient funds): the expiry is the deadline; renewal window is a distractor",
    ),
    Mail(
        name="h_dom_porkbun_in30days",
        category="positive",
        lang="en",
        sender=("Porkbun Support", "support@porkbun.com"),
        subject="Domain expiring soon: mokpo-kayak.com",
        date="2026-10-29 09:02 -0700",
        text=(
            "Hello,\n\nThis is a friendly reminder that the domain mokpo-kayak.com in your Porkbun account is set to\n"
            "expire in 30 days, and auto-renew is turned off for it.\n\n"
            "If you'd like to keep it, log in and renew it from your Domain Management page. If you don't renew,\n"
            "the domain will enter its expiration grace period and may stop resolving.\n\n"
            "Oink oink,\nThe Porkbun Team\n"
        ),
        items=[item(DOMAIN, "Porkbun", "mokpo-kayak.com", "2026-11-28")],
        note="relative deadline only: 30 days from the mail's local date",
    ),
    Mail(
        name="h_dom_gandi_qp_utc",
        category="positive",
        lang="en",
        sender=("Gandi", "noreply@gandi.net"),
        subject="[Gandi] Your domain name seoulbyul.fr will expire in 15 days",
        date="2026-11-19 11:05 +0100",
        cte="quoted-printable",
        text=(
            "Hello,\n\nThe domain name seoulbyul.fr, in the organization Haneul Foods, will expire on\n"
            "2026-12-04 10:37:21 UTC.\n\n"
            "Automatic renewal is not enabled for this domain. To avoid any interruption of the services linked to\n"
            "it (website, email), please renew it from your Gandi interface before this date.\n\n"
            "Created: 2021-12-04 10:37:21 UTC\n\nKind regards,\nThe Gandi team\n"
        ),
        items=[item(DOMAIN, "Gandi", "seoulbyul.fr", "2026-12-04")],
        note="creation date is a distractor; QP",
    ),
    Mail(
        name="h_dom_cloudflare_html",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Your domain registration is expiring",
        date="2026-11-14 16:20 +0000",
        form="html",
        html=page(
            "<p>Hello,</p><p>Auto-renew is disabled for <b>gyeol-studio.dev</b>, registered with Cloudflare "
            "Registrar. The registration expires on <b>December 14, 2026</b>.</p>"
            "<p>Once a domain expires, DNS resolution stops and the domain may become available to others. "
            "Renew from the dashboard: Domain Registration &gt; Manage Domains.</p>"
            "<p>Cloudflare, Inc. | 101 Townsend St, San Francisco, CA</p>"
        ),
        items=[item(DOMAIN, "Cloudflare", "gyeol-studio.dev", "2026-12-14")],
    ),
    Mail(
        name="h_dom_route53_plain",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "no-reply@registrar.amazon.com"),
        subject="Automatic renewal is disabled for your domain haneul-foods.com",
        date="2026-10-20 18:44 +0000",
        text=(
            "Dear AWS customer,\n\nThe registration for the following domain expires soon, and automatic renewal\n"
            "is disabled for it:\n\n"
            "Domain name: haneul-foods.com\nAccount ID: 4410-2299-8163\nExpiration date: Nov 19, 2026 (UTC)\n\n"
            "If you want to keep the domain, enable automatic renewal or renew it manually in the Route 53\n"
            "console before the expiration date.\n\nAmazon Route 53\n"
        ),
        items=[item(DOMAIN, "Route 53", "haneul-foods.com", "2026-11-19")],
    ),
    Mail(
        name="h_dom_gabia_euckr_b64",
        category="positive",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 만기 안내 - jeonju-bibim.co.kr",
        date="2026-11-20 10:00 +0900",
        charset="euc-kr",
        cte="base64",
        text=(
            "안녕하세요, 가비아입니다.\n\n고객님께서 이용 중인 도메인의 만기일이 다가와 안내드립니다.\n\n"
            "■ 도메인명 : jeonju-bibim.co.kr\n■ 등록일 : 2022-12-28\n■ 만기일 : 2026-12-28\n\n"
            "만기일이 지나면 도메인 사용이 중지되어 사이트 운영, 메일 이용, 정보 변경 등이 불가합니다.\n"
            "My가비아 > 비용 결제 메뉴에서 기간 연장을 진행해 주세요.\n\n감사합니다.\n"
        ),
        items=[item(DOMAIN, "Gabia", "jeonju-bibim.co.kr", "2026-12-28")],
        note="만기일 (not 만료일); 등록일 is a distractor; EUC-KR base64",
    ),
    Mail(
        name="h_dom_whois_kscs_table",
        category="positive",
        lang="ko",
        sender=("후이즈", "help@whois.co.kr"),
        subject="[후이즈] 도메인 기간만료 사전 안내",
        date="2026-11-09 09:30 +0900",
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        html=page(
            "<p>똠얌키친 고객님, 안녕하세요.</p><p>아래 도메인의 등록기간이 곧 만료됩니다. 만료 전 연장하지 않으시면 "
            "홈페이지와 메일 서비스가 중단될 수 있습니다.</p>"
            + table(
                ["도메인명", "신청일", "만료일", "남은기간"],
                [["tomyam-kitchen.kr", "2024.12.18", "2026.12.18", "39일"]],
            )
            + "<p>후이즈 고객센터 1544-9830</p>",
            "ko",
        ),
        items=[item(DOMAIN, "Whois", "tomyam-kitchen.kr", "2026-12-18")],
        note="ks_c_5601-1987 label with cp949-only syllable; table under 만료일; 신청일 distractor",
    ),
    Mail(
        name="h_dom_cafe24_dminus",
        category="positive",
        lang="ko",
        sender=("카페24", "no-reply@cafe24.com"),
        subject="[카페24] 도메인 만료 D-14, 지금 연장하세요 (bom-flower.com)",
        date="2026-11-05 14:10 +0900",
        text=(
            "카페24 도메인 서비스를 이용해 주셔서 감사합니다.\n\n"
            "bom-flower.com 도메인의 만료일이 D-14 남았습니다.\n"
            "만료 후에는 연결된 쇼핑몰과 메일을 사용할 수 없으며, 일정 기간이 지나면 복구 비용이 발생합니다.\n\n"
            "연장 경로 : 카페24 > 나의서비스관리 > 도메인 > 기간연장\n\n카페24 드림\n"
        ),
        items=[item(DOMAIN, "Cafe24", "bom-flower.com", "2026-11-19")],
        note="D-14 from the mail's date",
    ),
    Mail(
        name="h_dom_hostingkr_autofail_qp",
        category="positive",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] 도메인 자동연장 실패 안내",
        date="2026-11-18 08:00 +0900",
        cte="quoted-printable",
        text=(
            "안녕하세요. 호스팅케이알입니다.\n\n예치금 잔액 부족으로 아래 도메인의 자동연장이 처리되지 않았습니다.\n\n"
            "- 도메인 : dasom-kids.kr\n- 결제 시도일 : 2026년 11월 18일\n- 도메인 만료일 : 2026년 12월 2일\n\n"
            "만료일 전까지 예치금을 충전하시거나 직접 연장해 주시기 바랍니다.\n"
        ),
        items=[item(DOMAIN, "hosting.kr", "dasom-kids.kr", "2026-12-02")],
        note="auto-renewal failed: expiry is the deadline, payment attempt date is a distractor",
    ),
    Mail(
        name="h_dom_megazone_dots",
        category="positive",
        lang="ko",
        sender=("메가존 도메인", "domain@megazone.com"),
        subject="메가존 도메인 서비스 만료 예정 안내",
        date="2026-11-02 11:11 +0900",
        text=(
            "고객님 안녕하세요.\n\n이용 중이신 도메인 서비스의 만료 예정일을 안내드립니다.\n\n"
            "도메인 : gangneung-surf.co.kr\n만료 예정일 : 2026.12.31\n"
            "결제 방법 : 신용카드, 무통장입금\n\n기간 내 연장하지 않으시면 도메인이 정지된 후 삭제될 수 있습니다.\n"
        ),
        items=[item(DOMAIN, "Megazone", "gangneung-surf.co.kr", "2026-12-31")],
    ),
    Mail(
        name="h_dom_iwinv_noyear",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 도메인 만료 7일 전 안내",
        date="2026-11-20 09:00 +0900",
        text=(
            "안녕하세요, iwinv 입니다.\n\n보유하신 도메인 pado-cafe.kr 가 11월 27일(금) 만료됩니다.\n"
            "만료 이후에는 DNS가 중지되어 접속이 불가하오니 콘솔에서 연장해 주세요.\n\n감사합니다.\n"
        ),
        items=[item(DOMAIN, "iwinv", "pado-cafe.kr", "2026-11-27")],
        note="month/day without year",
    ),
    Mail(
        name="h_dom_godaddy_autorenew_low",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Heads up: your products will renew automatically",
        date="2026-11-20 06:30 -0700",
        text=(
            "Good news, you're all set.\n\nThe following product is set to auto-renew on Dec. 20th using the\n"
            "payment method on file (Visa ending 4471):\n\n  .COM Domain Name Registration - 1 Year  hanok-stay.com\n\n"
            "Nothing to do unless your card details changed. Order reference from last year: #2199201 (Dec 20, 2025).\n"
        ),
        items=[item(DOMAIN, "GoDaddy", "hanok-stay.com", "2026-12-20")],
        note="auto-renew announcement: renewal date, low severity; last year's order date is a distractor",
    ),
    Mail(
        name="h_dom_hover_generic",
        category="positive",
        lang="en",
        sender=("Hover", "help@hover.com"),
        subject="mtn-postbox.com expires on November 30, 2026",
        date="2026-11-01 12:00 -0400",
        text=(
            "Hi there,\n\nYour domain mtn-postbox.com expires on November 30, 2026. Auto-renew is off, so it will\n"
            "not renew on its own.\n\nRenew now from your Hover "
            "control panel to keep your email and website working.\n\n"
            "Thanks,\nHover\n"
        ),
        items=[item(DOMAIN, "Hover", "mtn-postbox.com", "2026-11-30")],
        note="registrar without a dedicated rule: the generic rule (authenticated sender)",
    ),
    Mail(
        name="h_dom_squarespace_alt",
        category="positive",
        lang="en",
        sender=("Squarespace Domains", "no-reply@squarespace.com"),
        subject="Your domain will expire soon",
        date="2026-11-15 10:00 -0500",
        form="alt",
        html=page(
            "<p>Your domain <strong>dalbit-yoga.com</strong> is scheduled to expire on <strong>12/15/2026</strong>. "
            "Turn on auto-renew or renew manually to keep it.</p><p>Squarespace, 225 Varick St, New York</p>"
        ),
        items=[item(DOMAIN, "Squarespace", "dalbit-yoga.com", "2026-12-15")],
    ),
    Mail(
        name="h_dom_namecheap_digest_html",
        category="digest",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domain renewal notice: 3 domains expire soon",
        date="2026-11-10 02:15 +0000",
        form="html",
        html=page(
            "<p>The following domains in your account are approaching their expiration date and are not set "
            "to auto-renew:</p>"
            + table(
                ["Domain", "Expiration Date", "Days left"],
                [
                    ["haneulmall.store", "Nov 24, 2026", "14"],
                    ["haneul-events.co", "Dec 9, 2026", "29"],
                    ["kimchi-lab.io", "Dec 20, 2026", "40"],
                ],
            )
            + "<p>Renewing early does not shorten your current term.</p>"
        ),
        items=[
            item(DOMAIN, "Namecheap", "haneulmall.store", "2026-11-24"),
            item(DOMAIN, "Namecheap", "haneul-events.co", "2026-12-09"),
            item(DOMAIN, "Namecheap", "kimchi-lab.io", "2026-12-20"),
        ],
    ),
    Mail(
        name="h_dom_gabia_digest_plain",
        category="digest",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 연장 대상 도메인 안내 (2건)",
        date="2026-10-20 10:00 +0900",
        text=(
            "안녕하세요, 가비아입니다.\n\n아래 도메인들의 만기일이 다가오고 있습니다.\n\n"
            "1) haneulbab.com    만기일 2026년 11월 25일\n2) 하늘밥.한국      만기일 2026년 12월 9일\n\n"
            "기간 연장은 My가비아 > 비용 결제에서 하실 수 있습니다.\n"
        ),
        items=[
            item(DOMAIN, "Gabia", "haneulbab.com", "2026-11-25"),
            item(DOMAIN, "Gabia", "하늘밥.한국", "2026-12-09"),
        ],
        note="digest with an IDN",
    ),
    Mail(
        name="h_dom_fwd_gmail_porkbun",
        category="forward",
        lang="en",
        sender=("Jiwoo Park", "jiwoo.park@haneul-foods.kr"),
        subject="Fwd: Domain expiring soon: haneul-tea.shop",
        date="2026-11-11 13:22 +0900",
        text=(
            "Can someone on ops renew this? My card isn't on the account anymore.\n\n"
            "---------- Forwarded message ---------\nFrom: Porkbun Support <support@porkbun.com>\n"
            "Date: Tue, Nov 10, 2026 at 8:02 PM\nSubject: Domain expiring soon: haneul-tea.shop\n"
            "To: <jiwoo.park@haneul-foods.kr>\n\n"
            "Hello,\n\nThe domain haneul-tea.shop in your Porkbun account will expire on 2026-12-01.\n"
            "Auto-renew is off. Renew it from your Domain Management page to keep it.\n\nThe Porkbun Team\n"
        ),
        items=[item(DOMAIN, "Porkbun", "haneul-tea.shop", "2026-12-01")],
    ),
    Mail(
        name="h_dom_fwd_outlook_whois_ks",
        category="forward",
        lang="ko",
        sender=("이서연", "sy.lee@haneul-foods.kr"),
        subject="전달: [후이즈] 도메인 만료 안내",
        date="2026-11-17 17:05 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text=(
            "팀장님, 아래 메일 확인 부탁드립니다.\n\n-----원본 메시지-----\n보낸 사람: 후이즈 <help@whois.co.kr>\n"
            "보낸 날짜: 2026년 11월 16일 월요일 오전 9:00\n받는 사람: sy.lee@haneul-foods.kr\n"
            "제목: [후이즈] 도메인 만료 안내\n\n"
            "고객님의 도메인 haneul-sikpum.co.kr 의 만료일은 2026년 12월 7일입니다.\n"
            "만료일 이후에는 홈페이지 및 메일이 중단되니 미리 연장해 주세요.\n"
        ),
        items=[item(DOMAIN, "Whois", "haneul-sikpum.co.kr", "2026-12-07")],
        note="Outlook Korean forward, ks_c_5601-1987",
    ),
    Mail(
        name="h_dom_followup_gabia_moved",
        category="followup",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 만기일 정정 안내",
        date="2026-11-13 15:00 +0900",
        text=(
            "안녕하세요, 가비아입니다.\n\n앞서 발송된 안내 메일에 haneul-gift.kr 도메인의 만기일이 2026년 11월 20일로\n"
            "잘못 기재되었습니다. 정정된 만기일은 아래와 같습니다.\n\n"
            "정정 전 : 2026-11-20\n정정 후 만기일 : 2026-12-20\n\n혼선을 드려 죄송합니다.\n"
        ),
        items=[item(DOMAIN, "Gabia", "haneul-gift.kr", "2026-12-20")],
        note="correction: the new date; the old one is a distractor",
    ),
    Mail(
        name="h_dom_followup_cloudflare_extended",
        category="followup",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Update: renewal deadline for gyeol-lab.dev",
        date="2026-11-21 09:00 +0000",
        text=(
            "Hello,\n\nEarlier we told you that gyeol-lab.dev expires on November 28, 2026. Because the registry\n"
            "applied your transfer-in bonus year late, the registration now expires on January 28, 2027.\n"
            "Please renew before the new expiration date if you want to keep the domain.\n\nCloudflare Registrar\n"
        ),
        items=[item(DOMAIN, "Cloudflare", "gyeol-lab.dev", "2027-01-28")],
        note="moved deadline: new date",
    ),
    Mail(
        name="h_dom_resolved_namecheap",
        category="resolution",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Your Namecheap order 184420113 has been processed",
        date="2026-11-16 04:12 +0000",
        text=(
            "Thank you for your order!\n\nThe following domain has been successfully renewed:\n\n"
            "  sobak-farm.net - 1 year renewal - $14.58\n  New expiration date: Dec 3, 2027\n\n"
            "Order date: Nov 16, 2026\nPayment: Account balance\n"
        ),
        items=[item(DOMAIN, "Namecheap", "sobak-farm.net", "2027-12-03", resolves=True)],
    ),
    Mail(
        name="h_dom_resolved_gabia",
        category="resolution",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 기간연장 완료 안내",
        date="2026-11-21 11:30 +0900",
        charset="euc-kr",
        cte="8bit",
        text=(
            "안녕하세요, 가비아입니다.\n\n요청하신 도메인의 기간연장이 완료되었습니다.\n\n"
            "도메인명 : jeonju-bibim.co.kr\n연장 기간 : 1년\n변경된 만기일 : 2027-12-28\n\n감사합니다.\n"
        ),
        items=[item(DOMAIN, "Gabia", "jeonju-bibim.co.kr", "2027-12-28", resolves=True)],
        note="EUC-KR raw 8bit",
    ),
]

# ============================================================================================ hosting-quota

QUOTAS: list[Mail] = [
    Mail(
        name="h_quota_vercel_usage_alt",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your team haneul-web has used 90% of its included usage",
        date="2026-11-08 22:10 +0000",
        form="alt",
        html=page(
            "<p>Hi,</p><p>Your Hobby team <b>haneul-web</b> has used 90% of one or more included resources "
            "this billing cycle. If the limit is reached, your projects will be paused until the cycle resets.</p>"
            + table(
                ["Resource", "Usage"],
                [["Fast Data Transfer", "91.3 GB / 100 GB (91%)"], ["Function Invocations", "402K / 1M"]],
            )
            + "<p>Cycle: Oct 26 – Nov 25, 2026</p>"
        ),
        items=[item(QUOTA, "Vercel", "haneul-web", "default")],
        note="no action date; cycle dates are distractors",
    ),
    Mail(
        name="h_quota_netlify_bandwidth",
        category="positive",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        subject="Your team Haneul Foods has used 75% of its bandwidth",
        date="2026-11-12 05:00 +0000",
        text=(
            "Hi there,\n\nYour team Haneul Foods has used 75% of the bandwidth included in its Starter plan\n"
            "(75.4 GB of 100 GB) for the current billing period, which ends on December 2, 2026.\n\n"
            "If you go over, sites on the team may be paused until the next period, or you can add bandwidth.\n\n"
            "- The Netlify team\n"
        ),
        items=[item(QUOTA, "Netlify", "Haneul Foods", "default")],
        note="billing period end is a distractor, not a deadline",
    ),
    Mail(
        name="h_quota_github_storage",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] You've used 100% of included services for GitHub Storage",
        date="2026-10-31 02:33 +0000",
        text=(
            "You've used 100% of included services for GitHub Storage (GitHub Actions and Packages)\n"
            "for the haneul-dev organization.\n\n"
            "Additional usage is blocked because your budget is $0. Artifacts and packages cannot be uploaded\n"
            "until storage usage decreases or the budget is raised.\n\nManage billing: https://github.com/organizations/haneul-dev/settings/billing\n"
        ),
        items=[item(QUOTA, "GitHub", "haneul-dev", "default")],
    ),
    Mail(
        name="h_quota_heroku_rows_7days",
        category="positive",
        lang="en",
        sender=("Heroku", "noreply@heroku.com"),
        subject="Action required: your database on haneul-api has exceeded its row limit",
        date="2026-11-16 15:00 +0000",
        text=(
            "Hi,\n\nThe Heroku Postgres database DATABASE_URL on app haneul-api has exceeded its plan's storage\n"
            "limit (10.4 GB of 10 GB). INSERT privileges will be revoked within 7 days unless you reduce usage\n"
            "or upgrade the plan.\n\nThe Heroku team\n"
        ),
        items=[item(QUOTA, "Heroku", "haneul-api", "2026-11-23")],
        note="within 7 days from the mail's date",
    ),
    Mail(
        name="h_quota_workspace_storage",
        category="positive",
        lang="en",
        sender=("The Google Workspace Team", "workspace-noreply@google.com"),
        subject="Your organization's storage is almost full",
        date="2026-11-03 19:00 +0000",
        form="html",
        html=page(
            "<p>Hello Administrator,</p><p>Your organization <b>haneul-foods.kr</b> has used 96% of its pooled "
            "storage (1.92 TB of 2 TB). When storage is full, users can't upload files to Drive, and Gmail "
            "messages may bounce.</p><p>Buy more storage or free up space in the Admin console.</p>"
        ),
        items=[item(QUOTA, "Google Workspace", "haneul-foods.kr", "default")],
    ),
    Mail(
        name="h_quota_cafe24_disk_ko",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅", "hosting@cafe24.com"),
        subject="[카페24] 웹호스팅 디스크 사용량 초과 임박 안내 (haneulshop)",
        date="2026-11-10 09:40 +0900",
        text=(
            "안녕하세요, 카페24 호스팅센터입니다.\n\n고객님의 웹호스팅 계정 "
            "haneulshop 의 디스크 사용량이 95%에 도달했습니다.\n"
            "사용량: 9.5GB / 10GB\n\n용량이 가득 차면 파일 업로드와 DB 저장이 실패할 수 있습니다.\n"
            "불필요한 파일을 정리하시거나 상위 상품으로 변경해 주세요.\n"
        ),
        items=[item(QUOTA, "Cafe24", "haneulshop", "default")],
    ),
    Mail(
        name="h_quota_cafe24_traffic_blocked",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅", "hosting@cafe24.com"),
        subject="[카페24] 일일 트래픽 초과로 홈페이지 접속이 제한되었습니다",
        date="2026-11-19 16:22 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text=(
            "고객님, 안녕하세요.\n\n호스팅 아이디 bomnal2 의 오늘 트래픽 사용량이 할당량(1.5GB)을 초과하여\n"
            "초과 시점부터 자정까지 홈페이지 접속이 차단됩니다. 차단은 자정에 자동 해제됩니다.\n\n"
            "반복적으로 초과된다면 트래픽 추가 옵션 또는 상위 사양으로 변경을 권장합니다.\n"
        ),
        items=[item(QUOTA, "Cafe24", "bomnal2", "default")],
        note="EUC-KR QP",
    ),
    Mail(
        name="h_quota_gabia_mail_suspend",
        category="positive",
        lang="ko",
        sender=("가비아", "hiworks@gabia.com"),
        subject="[가비아] 메일 호스팅 용량 초과 및 서비스 정지 예정 안내",
        date="2026-11-16 10:00 +0900",
        text=(
            "안녕하세요. 가비아입니다.\n\n고객님의 메일 호스팅(haneul-foods.kr)의 전체 용량이 초과되었습니다.\n"
            "현재 사용량 : 51.2GB / 50GB\n\n2026년 11월 30일까지 용량을 정리하거나 추가하지 않으시면\n"
            "메일 수신이 정지됩니다.\n\n감사합니다.\n"
        ),
        items=[item(QUOTA, "Gabia", "haneul-foods.kr", "2026-11-30")],
    ),
    Mail(
        name="h_quota_dothome_euckr",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료호스팅 용량 부족 안내",
        date="2026-11-04 08:30 +0900",
        charset="euc-kr",
        cte="base64",
        text=(
            "닷홈 무료호스팅을 이용해 주셔서 감사합니다.\n\n아이디 haneulbab 계정의 웹 용량이 거의 찼습니다.\n"
            "(사용 980MB / 제공 1GB)\n\n공간이 부족하면 게시판 글쓰기와 파일 업로드가 되지 않습니다.\n"
        ),
        items=[item(QUOTA, "Dothome", "haneulbab", "default")],
    ),
    Mail(
        name="h_quota_iwinv_db",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] DB 호스팅 용량 초과 안내",
        date="2026-11-21 13:00 +0900",
        text=(
            "안녕하세요, iwinv 입니다.\n\nDB 호스팅 haneul_db 의 사용량이 제공 용량을 초과했습니다 (2.1GB / 2GB).\n"
            "3일 이내에 용량을 정리하지 않으면 쓰기가 제한됩니다.\n"
        ),
        items=[item(QUOTA, "iwinv", "haneul_db", "2026-11-24")],
        note="3일 이내 from the mail's date",
    ),
    Mail(
        name="h_quota_aws_freetier",
        category="positive",
        lang="en",
        sender=("AWS Free Tier", "no-reply@aws.amazon.com"),
        subject="AWS Free Tier limit alert",
        date="2026-11-11 00:14 +0000",
        text=(
            "Hello,\n\nYour AWS account 5511-3392-0047 has exceeded 85% of the usage limit for one or more AWS\n"
            "Free Tier-eligible services for the month of November.\n\n"
            "Product: Amazon Simple Storage Service   Usage: 4.3 GB-Mo of 5 GB-Mo\n\n"
            "Usage above the Free Tier limit is billed at standard rates.\n"
        ),
        items=[item(QUOTA, "AWS", "5511-3392-0047", "default")],
    ),
    Mail(
        name="h_quota_resolved_cafe24",
        category="resolution",
        lang="ko",
        sender=("카페24 호스팅", "hosting@cafe24.com"),
        subject="[카페24] 디스크 용량 추가 완료 안내",
        date="2026-11-12 11:00 +0900",
        text=(
            "고객님 안녕하세요.\n\n신청하신 웹호스팅 계정 haneulshop 의 디스크 용량 추가가 완료되었습니다.\n"
            "변경 전 10GB → 변경 후 20GB\n적용일 : 2026-11-12\n"
        ),
        items=[item(QUOTA, "Cafe24", "haneulshop", None, resolves=True)],
    ),
]

# ============================================================================== social-login-deprecation

SOCIAL_MAILS: list[Mail] = [
    Mail(
        name="h_soc_meta_graph_app",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Graph API v19.0 will be deprecated for Haneul Market",
        date="2026-11-05 17:00 +0000",
        form="alt",
        html=page(
            "<p>Hi Jiwoo,</p><p>Your app <b>Haneul Market</b> (App ID: 2049118837710421) made calls to Graph API "
            "v19.0 in the last 30 days. This version will no longer be available starting May 21, 2027. "
            "After that date, calls will be upgraded to the oldest available version automatically, which may "
            "break Facebook Login for your users.</p><p>Use the API Upgrade Tool to see which calls are "
            "affected.</p><p>Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</p>"
        ),
        items=[item(SOCIAL, "Meta", "Haneul Market", "2027-05-21", aliases=["2049118837710421"])],
    ),
    Mail(
        name="h_soc_kakao_app_ko",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 구버전 API 지원 종료 사전 안내",
        date="2026-11-03 14:00 +0900",
        text=(
            "안녕하세요, 카카오입니다.\n\n고객님의 앱 '하늘장터'(앱 ID: 884120)에서 지원 종료 예정인 카카오 로그인\n"
            "API(/v1/user/me)를 호출하고 있어 안내드립니다.\n\n"
            "■ 적용 일자 : 2027년 1월 14일 목요일\n■ 변경 사항 : /v1/user/me 지원 종료, /v2/user/me 사용 필요\n\n"
            "적용 일자 이후에는 해당 API 호출 시 오류가 반환됩니다. 개발 가이드를 참고해 전환해 주세요.\n"
        ),
        items=[item(SOCIAL, "Kakao", "하늘장터", "2027-01-14", aliases=["884120"])],
        note="적용 일자 as the cue",
    ),
    Mail(
        name="h_soc_naver_phases",
        category="positive",
        lang="ko",
        sender=("네이버 개발자센터", "developers@navercorp.com"),
        subject="[네이버 로그인] 구 인증 방식 단계적 종료 안내",
        date="2026-11-18 10:00 +0900",
        text=(
            "안녕하세요. 네이버 개발자센터입니다.\n\n'하늘푸드 멤버십' "
            "애플리케이션(Client ID: hNf0odsMemb3r)에서 사용 중인\n"
            "네이버 로그인 구 인증 방식(GET 토큰 요청)이 아래 일정으로 단계적으로 종료됩니다.\n\n"
            "1단계 : 2026년 11월 10일 - 신규 애플리케이션 사용 불가\n"
            "2단계 : 2026년 12월 15일 - 기존 애플리케이션 신규 로그인 불가\n"
            "3단계 : 2027년 3월 2일 - 완전 종료\n\n기한 내에 POST 방식으로 변경해 주시기 바랍니다.\n"
        ),
        items=[item(SOCIAL, "Naver", "하늘푸드 멤버십", "2026-12-15", aliases=["hNf0odsMemb3r"])],
        note="phases (단계): first phase not yet past on the mail's date",
    ),
    Mail(
        name="h_soc_google_oob_project",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="[Action Required] Migrate your OAuth clients before January 31, 2027",
        date="2026-11-09 20:00 +0000",
        text=(
            "Hello Google Cloud customer,\n\nWe're writing to let you know that one or more OAuth clients in your\n"
            "project haneul-crm (project number 77120045512) use a sign-in flow that will be blocked.\n\n"
            "What you need to know:\nStarting January 31, 2027, requests from these clients using the legacy\n"
            "Google Sign-In platform library will fail. Migrate to "
            "Google Identity Services no later than that date.\n\n"
            "Affected OAuth client: 77120045512-k9v.apps.googleusercontent.com\n\n- The Google Cloud Team\n"
        ),
        items=[item(SOCIAL, "Google", "haneul-crm", "2027-01-31", aliases=["77120045512"])],
    ),
    Mail(
        name="h_soc_apple_siwa",
        category="positive",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Action needed: update Sign in with Apple for Haruteo",
        date="2026-11-17 18:00 +0000",
        text=(
            "Your app Haruteo (com.haneulfoods.haruteo) uses Sign in with Apple JS version 1, which will be\n"
            "retired on 15 Feb 2027. After this date, users won't be able to sign in to your website using the\n"
            "older version. Update to the current version before then.\n\nApple Developer Relations\n"
        ),
        items=[item(SOCIAL, "Apple", "Haruteo", "2027-02-15", aliases=["com.haneulfoods.haruteo"])],
    ),
    Mail(
        name="h_soc_line_onorafter",
        category="positive",
        lang="en",
        sender=("LINE Developers", "dl_line_developers@linecorp.com"),
        subject="[LINE Login] End of support for LINE Login v2.0 endpoints",
        date="2026-10-15 11:00 +0900",
        text=(
            "Thank you for using LINE Developers.\n\nThe LINE Login v2.0 endpoints used by your channel\n"
            '"Haneul Coupon" (Channel ID: 1658823471) will be discontinued on or after March 31, 2027.\n'
            "Please migrate to LINE Login v2.1 before the end of support.\n\nLINE Corporation\n"
        ),
        items=[item(SOCIAL, "LINE", "Haneul Coupon", "2027-03-31", aliases=["1658823471"])],
    ),
    Mail(
        name="h_soc_meta_ko_table",
        category="positive",
        lang="ko",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="앱 '하늘리뷰'의 그래프 API 버전 업그레이드가 필요합니다",
        date="2026-11-12 09:00 +0900",
        form="html",
        cte="base64",
        html=page(
            "<p>안녕하세요,</p><p>앱 <b>하늘리뷰</b>(앱 ID 993127755101)에서 곧 지원이 종료되는 그래프 API 버전을 "
            "호출하고 있습니다.</p>"
            + table(["버전", "지원 종료일"], [["v20.0", "2027년 2월 8일"]])
            + "<p>지원 종료일 이후 Facebook 로그인이 정상 동작하지 않을 수 있습니다.</p>",
            "ko",
        ),
        items=[item(SOCIAL, "Meta", "하늘리뷰", "2027-02-08", aliases=["993127755101"])],
    ),
    Mail(
        name="h_soc_kakao_undated",
        category="positive",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 JavaScript SDK v1 지원 중단 안내",
        date="2026-11-19 11:00 +0900",
        text=(
            "안녕하세요, 카카오입니다.\n\n카카오 로그인 JavaScript SDK "
            "v1 은 오늘부로 더 이상 업데이트되지 않으며(deprecated),\n"
            "최종 지원 종료 일정은 추후 공지될 예정입니다.\n\n앱 '하늘장터'(앱 ID: 884120)는 v1 SDK를 사용 중이므로\n"
            "v2로 전환을 준비해 주세요.\n"
        ),
        items=[item(SOCIAL, "Kakao", "하늘장터", None, aliases=["884120"])],
        note="undated: end date to be announced",
    ),
    Mail(
        name="h_soc_fwd_meta",
        category="forward",
        lang="en",
        sender=("Minho Choi", "minho.choi@haneul-foods.kr"),
        subject="Fwd: Graph API v19.0 will be deprecated for Haneul Market",
        date="2026-11-06 10:15 +0900",
        text=(
            "FYI - this is the Facebook login on the market site.\n\n---------- Forwarded message ---------\n"
            "From: Meta for Developers <notification@facebookmail.com>\nDate: Thu, Nov 5, 2026 at 5:00 PM\n"
            "Subject: Graph API v19.0 will be deprecated for Haneul Market\n\n"
            "Your app Haneul Market (App ID: 2049118837710421) made calls to Graph API v19.0 in the last 30 days.\n"
            "This version will no longer be available starting May 21, 2027.\n"
        ),
        items=[item(SOCIAL, "Meta", "Haneul Market", "2027-05-21", aliases=["2049118837710421"])],
    ),
    Mail(
        name="h_soc_followup_kakao_moved",
        category="followup",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 구버전 API 지원 종료 일정 변경 안내",
        date="2026-11-20 14:00 +0900",
        text=(
            "안녕하세요, 카카오입니다.\n\n앱 '하늘장터'(앱 ID: 884120)에 "
            "안내드린 /v1/user/me 지원 종료 일정이 변경되었습니다.\n\n"
            "기존 : 2027년 1월 14일\n변경 : 2027년 3월 4일\n\n변경된 일정까지 /v2/user/me 로 전환해 주세요.\n"
        ),
        items=[item(SOCIAL, "Kakao", "하늘장터", "2027-03-04", aliases=["884120"])],
        note="moved deadline: new date",
    ),
    Mail(
        name="h_soc_google_relative",
        category="positive",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="Action required: legacy Google Sign-In button on haneul-reservations",
        date="2026-11-22 08:00 +0000",
        text=(
            "Hello,\n\nYour project haneul-reservations still loads the deprecated Google Sign-In JavaScript\n"
            "platform library (platform.js). Support for this library for your project ends in 60 days.\n"
            "Migrate to Google Identity Services to keep sign-in working.\n\n- The Google Identity team\n"
        ),
        items=[item(SOCIAL, "Google", "haneul-reservations", "2027-01-21")],
        note="relative: in 60 days from the mail's date",
    ),
]

# ============================================================================================ negatives

NEGATIVES: list[Mail] = [
    Mail(
        name="h_neg_godaddy_promo",
        category="negative",
        lang="en",
        sender=("GoDaddy", "godaddy@e.godaddy.com"),
        subject="$0.01* .COM domains - ends soon",
        date="2026-11-11 08:00 -0700",
        form="html",
        headers=unsub("e.godaddy.com"),
        html=page(
            "<h1>Your next big idea needs a name.</h1><p>Get a .COM for $0.01* for the first year. "
            "Offer expires November 30, 2026.</p><p>*Requires 2-year purchase. Renews at $22.99/yr.</p>"
        ),
        note="vendor marketing with an expiry date",
    ),
    Mail(
        name="h_neg_namecheap_newsletter",
        category="negative",
        lang="en",
        sender=("Namecheap", "newsletter@namecheap.com"),
        subject="November Newsletter: Black Friday is coming + how domain expiry works",
        date="2026-11-05 12:00 +0000",
        headers=unsub("namecheap.com"),
        text=(
            "This month on the blog: what happens when a domain expires? We walk through the grace period,\n"
            "redemption and deletion. Plus, use promo code NOVSAVE - it expires on 11/30/2026.\n"
        ),
        note="newsletter explaining domain expiry in general",
    ),
    Mail(
        name="h_neg_gabia_event_ko",
        category="negative",
        lang="ko",
        sender=("가비아", "news@gabia.com"),
        subject="(광고) 가비아 .kr 도메인 첫해 50% 할인 이벤트",
        date="2026-11-02 10:00 +0900",
        form="html",
        headers=unsub("gabia.com"),
        html=page(
            "<p>.kr 도메인을 첫해 반값에 등록하세요!</p><p>이벤트 기간: 2026년 11월 1일 ~ 11월 30일</p>"
            "<p>수신을 원하지 않으시면 수신거부를 눌러주세요.</p>",
            "ko",
        ),
    ),
    Mail(
        name="h_neg_cafe24_coupon_ko",
        category="negative",
        lang="ko",
        sender=("카페24", "event@cafe24.com"),
        subject="(광고) 호스팅 할인 쿠폰이 곧 만료됩니다",
        date="2026-11-18 10:00 +0900",
        headers=unsub("cafe24.com"),
        text="고객님께 발급된 웹호스팅 30% 할인 쿠폰이 2026년 11월 25일에 만료됩니다. 지금 사용하세요!\n",
    ),
    Mail(
        name="h_neg_vercel_changelog",
        category="negative",
        lang="en",
        sender=("Vercel", "news@vercel.com"),
        subject="Vercel Ship recap: new usage dashboard and spend management",
        date="2026-10-22 16:00 +0000",
        headers=unsub("vercel.com"),
        text=(
            "New this month: a redesigned usage dashboard shows when a team approaches its included limits,\n"
            "and spend management can pause projects automatically. Read the changelog.\n"
        ),
    ),
    Mail(
        name="h_neg_kakao_devnews_ko",
        category="negative",
        lang="ko",
        sender=("Kakao Developers", "devnews@kakaocorp.com"),
        subject="(광고) 카카오디벨로퍼스 11월 뉴스레터",
        date="2026-11-04 11:00 +0900",
        headers=unsub("kakaocorp.com"),
        text=(
            "이번 호에서는 API 버전 관리와 지원 종료(deprecation) 정책을 어떻게 운영하는지 소개합니다.\n"
            "또한 12월 10일 열리는 if(kakao) 컨퍼런스 사전 등록이 시작되었습니다.\n"
        ),
        note="blog/newsletter about deprecation in general",
    ),
    Mail(
        name="h_neg_google_security",
        category="negative",
        lang="en",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="Security alert",
        date="2026-11-14 02:11 +0000",
        text=(
            "A new sign-in on Windows\nit@haneul-foods.kr\n\nWe noticed a new sign-in to your Google Account on a\n"
            "Windows device. If this was you, you don't need to do anything.\n"
        ),
    ),
    Mail(
        name="h_neg_apple_receipt",
        category="negative",
        lang="en",
        sender=("Apple", "no_reply@email.apple.com"),
        subject="Your receipt from Apple.",
        date="2026-11-07 06:00 +0000",
        form="html",
        html=page(
            "<p>Receipt</p>" + table(["Item", "Price"], [["iCloud+ 200GB (Monthly) Renews Dec 7, 2026", "₩4,400"]])
        ),
        note="subscription receipt for an unrelated purchase",
    ),
    Mail(
        name="h_neg_personal_passport_ko",
        category="negative",
        lang="ko",
        sender=("김하늘", "haneul.kim@gmail.com"),
        subject="출장 관련",
        date="2026-11-09 21:00 +0900",
        auth_domain="gmail.com",
        text="팀장님, 제 여권 만료일이 2026년 12월 3일이라 다음 달 도쿄 출장 전에 갱신해야 할 것 같습니다.\n",
    ),
    Mail(
        name="h_neg_personal_gym_en",
        category="negative",
        lang="en",
        sender=("Dana Lee", "dana.lee@outlook.com"),
        subject="re: saturday",
        date="2026-11-13 19:30 -0800",
        text=(
            "My gym membership expires Dec 1 so let's do the climbing "
            "place instead. Also my domain of expertise is snacks.\n"
        ),
    ),
    Mail(
        name="h_neg_letsencrypt_cert",
        category="negative",
        lang="en",
        sender=("Let's Encrypt", "expiry@letsencrypt.org"),
        subject='Let\'s Encrypt certificate expiration notice for domain "shop.haneul-foods.kr"',
        date="2026-11-10 00:00 +0000",
        text=(
            "Hello,\n\nYour certificate (or certificates) for the names listed below will expire in 10 days\n"
            "(on 2026-11-20 12:00:00 +0000 UTC).\n\nshop.haneul-foods.kr\n"
        ),
        note="certificate expiry is not a built-in kind",
    ),
    Mail(
        name="h_neg_porkbun_registration",
        category="negative",
        lang="en",
        sender=("Porkbun Support", "support@porkbun.com"),
        subject="Order confirmation - haneul-recipes.com",
        date="2026-11-01 10:00 -0700",
        text=(
            "Thanks for your order!\n\nhaneul-recipes.com registered for 1 year. Expires: 2027-11-01\nTotal: $11.08\n"
        ),
        note="registration receipt",
    ),
    Mail(
        name="h_neg_namecheap_wdrp",
        category="negative",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Annual WHOIS Data Reminder",
        date="2026-10-12 03:00 +0000",
        text=(
            "ICANN requires us to remind you once a year to review your WHOIS contact data.\n\n"
            "Domain: sobak-farm.net\nRegistrant: Haneul Foods\nExpiration date: 2026-12-03\n\n"
            "If the information is correct, no action is needed.\n"
        ),
        note="WDRP reminder listing an expiry",
    ),
    Mail(
        name="h_neg_github_receipt",
        category="negative",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] Payment receipt for haneul-dev",
        date="2026-11-01 04:00 +0000",
        text="We received payment for your GitHub Team plan.\nTotal: $48.00 USD\nNext billing date: 2026-12-01\n",
    ),
    Mail(
        name="h_neg_aws_invoice",
        category="negative",
        lang="en",
        sender=("Amazon Web Services", "aws-billing@amazon.com"),
        subject="Amazon Web Services Billing Statement Available [Account: 551133920047]",
        date="2026-11-03 07:00 +0000",
        attachment=True,
        text="Your AWS invoice for October 2026 is available. Amount due: $3.21. Due date: November 23, 2026.\n",
    ),
    Mail(
        name="h_neg_cloudflare_invoice",
        category="negative",
        lang="en",
        sender=("Cloudflare", "billing@cloudflare.com"),
        subject="Your Cloudflare Invoice",
        date="2026-11-02 01:00 +0000",
        text="Invoice 2026-11-0391 for Workers Paid. Amount: $5.00. Paid on Nov 2, 2026. Thank you.\n",
    ),
    Mail(
        name="h_neg_meta_changelog",
        category="negative",
        lang="en",
        sender=("Meta for Developers", "developers@fbmail.com"),
        subject="Developer news: Graph API v25.0 is here",
        date="2026-10-28 18:00 +0000",
        headers=unsub("fbmail.com"),
        text=(
            "Graph API v25.0 and Marketing API v25.0 are now available. As part of our versioning schedule,\n"
            "older versions are deprecated roughly two years after release. Read the changelog for details.\n"
        ),
        note="release announcement, general deprecation policy",
    ),
    Mail(
        name="h_neg_naver_ads_ko",
        category="negative",
        lang="ko",
        sender=("네이버 광고", "naver_ads@navercorp.com"),
        subject="(광고) 연말 검색광고 충전 이벤트",
        date="2026-11-15 10:00 +0900",
        headers=unsub("navercorp.com"),
        text="12월 31일까지 비즈머니 충전 시 최대 10% 보너스! 이벤트 쿠폰은 2026년 12월 31일 만료됩니다.\n",
    ),
    Mail(
        name="h_neg_workspace_upsell",
        category="negative",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="Get 2 TB per user with Business Standard",
        date="2026-11-08 15:00 +0000",
        headers=unsub("google.com"),
        text=(
            "Running out of room? Upgrade to Business Standard and give every user 2 TB of storage.\n"
            "Save 20% when you upgrade before December 15, 2026.\n"
        ),
        note="vendor upsell mentioning storage",
    ),
    Mail(
        name="h_neg_heroku_maintenance",
        category="negative",
        lang="en",
        sender=("Heroku", "noreply@heroku.com"),
        subject="Scheduled maintenance for haneul-api database",
        date="2026-11-09 12:00 +0000",
        text=(
            "Your Heroku Postgres database on haneul-api is scheduled for maintenance on December 5, 2026\n"
            "between 02:00 and 04:00 UTC. Expect about 15 seconds of downtime.\n"
        ),
    ),
    Mail(
        name="h_neg_netlify_deploy",
        category="negative",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        subject="[Netlify] Deploy succeeded for haneul-foods",
        date="2026-11-20 03:00 +0000",
        text="Production deploy succeeded for haneul-foods (main@4f2a91c). Build time 38s.\n",
    ),
    Mail(
        name="h_neg_cafe24_maintenance_ko",
        category="negative",
        lang="ko",
        sender=("카페24 호스팅", "hosting@cafe24.com"),
        subject="[카페24] 정기 서버 점검 안내 (12월 2일)",
        date="2026-11-21 10:00 +0900",
        text=(
            "2026년 12월 2일 02:00~06:00 호스팅 서버 정기 점검이 "
            "진행됩니다. 점검 중 일시적으로 접속이 지연될 수 있습니다.\n"
        ),
    ),
    Mail(
        name="h_neg_parcel_ko",
        category="negative",
        lang="ko",
        sender=("CJ대한통운", "noreply@cjlogistics.com"),
        subject="[CJ대한통운] 상품 보관기간 만료 예정 안내",
        date="2026-11-19 09:00 +0900",
        charset="euc-kr",
        cte="base64",
        text="고객님의 택배가 편의점에 보관 중입니다. 보관기간은 11월 24일까지이며 이후 반송됩니다.\n",
    ),
    Mail(
        name="h_neg_coffee_coupon_ko",
        category="negative",
        lang="ko",
        sender=("스타벅스", "noreply@starbucks.co.kr"),
        subject="e-쿠폰 유효기간 만료 예정 안내",
        date="2026-11-17 08:00 +0900",
        headers=unsub("starbucks.co.kr"),
        text="보유하신 아메리카노 e-쿠폰의 유효기간이 D-3 남았습니다. (2026.11.20 만료)\n",
    ),
    Mail(
        name="h_reply_godaddy_en",
        category="reply",
        lang="en",
        sender=("Minho Choi", "minho.choi@haneul-foods.kr"),
        subject="Re: Renew it or lose it: 1 domain cancels in 30 days",
        date="2026-11-06 16:00 +0900",
        text=(
            "Renewed it for 3 years just now, receipt is in the finance folder.\n\n"
            "On Fri, Nov 6, 2026 at 11:14 PM GoDaddy <renewals@godaddy.com> wrote:\n"
            "> The following domain will be canceled if it isn't renewed.\n"
            "> Domain: bluewhalecoffee.com   Expiration: Dec 6, 2026\n"
        ),
        note="reply quoting a notice",
    ),
    Mail(
        name="h_reply_gabia_ko",
        category="reply",
        lang="ko",
        sender=("박지우", "jiwoo.park@haneul-foods.kr"),
        subject="RE: [가비아] 도메인 만기 안내 - jeonju-bibim.co.kr",
        date="2026-11-20 13:00 +0900",
        text=(
            "네, 이번 주 안에 연장하겠습니다.\n\n-----Original Message-----\nFrom: 가비아 <domain@gabia.com>\n"
            "Sent: Friday, November 20, 2026 10:00 AM\nSubject: [가비아] 도메인 만기 안내 - jeonju-bibim.co.kr\n\n"
            "■ 도메인명 : jeonju-bibim.co.kr\n■ 만기일 : 2026-12-28\n"
        ),
    ),
    Mail(
        name="h_reply_vercel_en",
        category="reply",
        lang="en",
        sender=("Jiwoo Park", "jiwoo.park@haneul-foods.kr"),
        subject="Re: Your team haneul-web has used 90% of its included usage",
        date="2026-11-09 09:00 +0900",
        text=(
            "I think it's the image route, I'll add caching today.\n\n"
            "> Your Hobby team haneul-web has used 90% of one or more included resources this billing cycle.\n"
            "> If the limit is reached, your projects will be paused until the cycle resets.\n"
        ),
    ),
    Mail(
        name="h_reply_kakao_ko",
        category="reply",
        lang="ko",
        sender=("최민호", "minho.choi@haneul-foods.kr"),
        subject="Re: [카카오디벨로퍼스] 카카오 로그인 구버전 API 지원 종료 사전 안내",
        date="2026-11-04 10:00 +0900",
        text=(
            "다음 스프린트에 v2로 옮기겠습니다.\n\n2026년 11월 3일 (화) 오후 2:00, "
            "Kakao Developers <noreply@kakaocorp.com>님이 작성:\n"
            "> 고객님의 앱 '하늘장터'(앱 ID: 884120)에서 지원 종료 예정인 카카오 로그인 API를 호출하고 있습니다.\n"
            "> ■ 적용 일자 : 2027년 1월 14일 목요일\n"
        ),
    ),
]

# ============================================================================================ phishing

_FAIL_TOP = (
    "mx.google.com;\r\n       dkim=fail header.i=@namecheap.com header.s=s1 header.b=Zx01;\r\n"
    "       spf=fail (google.com: domain of support@namecheap.com does not designate 185.222.1.9 as permitted"
    " sender) smtp.mailfrom=support@namecheap.com;\r\n       dmarc=fail (p=QUARANTINE) header.from=namecheap.com"
)
_FORGED_PASS = "mx.namecheap.com; dkim=pass header.i=@namecheap.com; spf=pass smtp.mailfrom=namecheap.com; dmarc=pass"

PHISHING: list[Mail] = [
    Mail(
        name="h_phish_godaddy_lookalike",
        category="phishing",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy-renewals.net"),
        subject="URGENT: haneul-foods.com will be deleted in 48 hours",
        date="2026-11-21 03:00 +0000",
        text=(
            "Your domain haneul-foods.com expires on November 23, 2026. Failure to renew will result in\n"
            "permanent deletion. Renew now: http://godaddy-renewals.net/pay\n"
        ),
        items=[item(DOMAIN, "GoDaddy", "haneul-foods.com", "2026-11-23", suspicious=True)],
    ),
    Mail(
        name="h_phish_gabia_lookalike_ko",
        category="phishing",
        lang="ko",
        sender=("가비아", "notice@gabia-domain.kr"),
        subject="[가비아] 도메인 만료 긴급 안내",
        date="2026-11-16 09:00 +0900",
        text="고객님의 도메인 haneul-sikpum.co.kr 이 2026년 11월 30일 만료됩니다. 아래 링크에서 즉시 결제해 주세요.\n",
        items=[item(DOMAIN, "Gabia", "haneul-sikpum.co.kr", "2026-11-30", suspicious=True)],
    ),
    Mail(
        name="h_phish_namecheap_dkimfail",
        category="phishing",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Your domain kimchi-lab.io expires today",
        date="2026-11-19 07:00 +0000",
        auth=[_FAIL_TOP, _FORGED_PASS],
        text="Your domain kimchi-lab.io expires on Nov 20, 2026. Renew immediately to avoid losing it.\n",
        items=[item(DOMAIN, "Namecheap", "kimchi-lab.io", "2026-11-20", suspicious=True)],
        note="real vendor domain, topmost Authentication-Results fails, forged lower header passes",
    ),
    Mail(
        name="h_phish_meta_gmail",
        category="phishing",
        lang="en",
        sender=("Meta for Developers", "meta.developers.support@gmail.com"),
        subject="Your app Haneul Market will be disabled",
        date="2026-11-12 11:00 +0000",
        auth_domain="gmail.com",
        text=(
            "Your app Haneul Market uses a Graph API version that will be deprecated on December 1, 2026.\n"
            "Verify your developer account within 24 hours to avoid suspension.\n"
        ),
        items=[item(SOCIAL, "Meta", "Haneul Market", "2026-12-01", suspicious=True)],
        note="vendor display name on gmail.com",
    ),
    Mail(
        name="h_phish_netlify_prefix",
        category="phishing",
        lang="en",
        sender=("Netlify Billing", "billing@netlify.com.account-alerts.io"),
        subject="Bandwidth exceeded - site suspended on Nov 25",
        date="2026-11-20 08:00 +0000",
        text="Your team Haneul Foods exceeded its bandwidth. Your sites will be suspended on November 25, 2026.\n",
        items=[item(QUOTA, "Netlify", "Haneul Foods", "2026-11-25", suspicious=True)],
        note="vendor domain used as a prefix of another domain",
    ),
    Mail(
        name="h_phish_kakao_lookalike_ko",
        category="phishing",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakao-developers.co"),
        subject="[긴급] 카카오 로그인 앱 차단 예정 안내",
        date="2026-11-18 13:00 +0900",
        text="앱 '하늘장터'의 카카오 로그인이 2026년 11월 25일 차단됩니다. 아래 링크에서 앱 키를 재인증하세요.\n",
        items=[item(SOCIAL, "Kakao", "하늘장터", "2026-11-25", suspicious=True)],
    ),
    Mail(
        name="h_phish_cloudflare_typo",
        category="phishing",
        lang="en",
        sender=("Cloudflare", "noreply@c1oudflare.com"),
        subject="Your domain registration is expiring",
        date="2026-11-15 06:00 +0000",
        text="Auto-renew failed for gyeol-studio.dev. The registration expires on November 26, 2026. Update payment.\n",
        items=[item(DOMAIN, "Cloudflare", "gyeol-studio.dev", "2026-11-26", suspicious=True)],
    ),
]


# ============================================================================ second batch: rarer forms

EXTRA: list[Mail] = [
    Mail(
        name="h_dom_godaddy_declined_html",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        subject="Your renewal didn't go through",
        date="2026-11-18 05:45 -0700",
        form="html",
        cte="base64",
        html=page(
            "<p>We tried to renew your products but the payment method on file was declined.</p>"
            + table(
                ["Product", "Expires", "Status"],
                [["Domain Name Registration - haneul-kimchi.com", "15 Dec 2026", "Payment declined"]],
            )
            + "<p>Update your payment method and renew before the expiration date to avoid an interruption.</p>"
            "<p>Last updated: 2026-11-01</p>"
        ),
        items=[item(DOMAIN, "GoDaddy", "haneul-kimchi.com", "2026-12-15")],
        note="auto-renewal failed (declined), '15 Dec 2026' in a table, base64 HTML, footer date distractor",
    ),
    Mail(
        name="h_dom_fwd_outlook_en_route53",
        category="forward",
        lang="en",
        sender=("Seoyeon Lee", "sy.lee@haneul-foods.kr"),
        subject="FW: Your domain haneul-catering.com expires soon",
        date="2026-11-10 09:12 +0900",
        text=(
            "Forwarding for the ops list.\n\n-----Original Message-----\n"
            "From: Amazon Route 53 <no-reply@registrar.amazon.com>\nSent: Monday, November 9, 2026 6:00 PM\n"
            "To: sy.lee@haneul-foods.kr\nSubject: Your domain haneul-catering.com expires soon\n\n"
            "The registration for haneul-catering.com expires on 2026/12/07. Automatic renewal is turned off.\n"
            "To keep the domain, renew it in the Route 53 console no later than the expiration date.\n"
        ),
        items=[item(DOMAIN, "Route 53", "haneul-catering.com", "2026-12-07")],
        note="Outlook English forward; 2026/12/07",
    ),
    Mail(
        name="h_dom_fwd_ko_gmail_cafe24",
        category="forward",
        lang="ko",
        sender=("박지우", "jiwoo.park@haneul-foods.kr"),
        subject="Fwd: [카페24] 도메인 만료 안내",
        date="2026-11-12 10:40 +0900",
        cte="base64",
        text=(
            "이거 누가 관리하나요?\n\n---------- 전달된 메일 ---------\n보낸사람: 카페24 <no-reply@cafe24.com>\n"
            "Date: 2026년 11월 12일 (목) 오전 9:00\n제목: [카페24] 도메인 만료 안내\n\n"
            "보유하신 도메인 haneul-market.kr 의 만료일은 2026-12-10 23:59 입니다.\n"
            "만료일이 지나면 연결된 쇼핑몰 접속이 중단됩니다.\n"
        ),
        items=[item(DOMAIN, "Cafe24", "haneul-market.kr", "2026-12-10")],
        note="Gmail forward in Korean; 'YYYY-MM-DD HH:MM'",
    ),
    Mail(
        name="h_dom_mixed_gabia_en_ko",
        category="positive",
        lang="mixed",
        sender=("Gabia", "domain@gabia.com"),
        subject="[Gabia] Domain Expiration Notice / 도메인 만기 안내",
        date="2026-11-06 10:00 +0900",
        form="alt",
        charset="utf-8",
        cte="quoted-printable",
        html=page(
            "<p>Dear customer / 고객님,</p><p>The domain below "
            "will expire soon. 아래 도메인의 만기일이 다가왔습니다.</p>"
            + table(
                ["Domain / 도메인", "Payment date / 결제일", "Expiration / 만기일"],
                [["haneul-global.com", "2025-12-12", "2026-12-12"]],
            )
            + "<p>Please renew in My Gabia. My가비아에서 연장해 주세요.</p>",
            "ko",
        ),
        items=[item(DOMAIN, "Gabia", "haneul-global.com", "2026-12-12")],
        note="bilingual; last year's payment date is a distractor column",
    ),
    Mail(
        name="h_quota_vercel_digest_projects",
        category="digest",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your projects have been paused",
        date="2026-11-21 23:00 +0000",
        form="html",
        html=page(
            "<p>Your Hobby team <b>haneul-web</b> exceeded its included usage. The following projects were "
            "paused and return 402 until the usage cycle resets or you upgrade to Pro:</p>"
            "<ul><li>haneul-landing</li><li>haneul-menu-api</li></ul>"
            "<p>Usage cycle resets on Nov 26, 2026.</p>"
        ),
        items=[
            item(QUOTA, "Vercel", "haneul-landing", "default", aliases=["haneul-web"]),
            item(QUOTA, "Vercel", "haneul-menu-api", "default", aliases=["haneul-web"]),
        ],
        note="two paused projects; reset date is not an action deadline",
    ),
    Mail(
        name="h_quota_workspace_ko_cp949",
        category="positive",
        lang="ko",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="조직의 저장용량이 곧 가득 찹니다",
        date="2026-11-15 09:00 +0900",
        charset="cp949",
        cte="base64",
        text=(
            "관리자님, 안녕하세요.\n\nhaneul-foods.kr 조직의 공유 저장용량을 98% 사용했습니다 (1.96TB / 2TB).\n"
            "저장용량이 가득 차면 사용자가 Drive에 파일을 업로드할 수 없고 Gmail 메일이 반송될 수 있습니다.\n"
        ),
        items=[item(QUOTA, "Google Workspace", "haneul-foods.kr", "default")],
        note="cp949 label",
    ),
    Mail(
        name="h_quota_github_lfs_suspend",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] Git LFS bandwidth exceeded for haneul-dev",
        date="2026-11-17 01:00 +0000",
        text=(
            "The haneul-dev organization has used 100% of its Git LFS data plan (bandwidth).\n"
            "Git LFS downloads will be disabled on Dec 1, 2026 unless you purchase a data pack.\n"
        ),
        items=[item(QUOTA, "GitHub", "haneul-dev", "2026-12-01")],
        note="service disabled on <date>",
    ),
    Mail(
        name="h_soc_meta_digest_apps",
        category="digest",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Action needed: 2 of your apps use a Graph API version that is being deprecated",
        date="2026-11-19 17:00 +0000",
        form="html",
        html=page(
            "<p>The following apps you administer made calls to deprecated Graph API versions:</p>"
            + table(
                ["App", "App ID", "Version", "Available until"],
                [
                    ["Haneul Events", "771203345512", "v20.0", "September 24, 2027"],
                    ["Haneul Kiosk", "771203345999", "v21.0", "January 20, 2028"],
                ],
            )
        ),
        items=[
            item(SOCIAL, "Meta", "Haneul Events", "2027-09-24", aliases=["771203345512"]),
            item(SOCIAL, "Meta", "Haneul Kiosk", "2028-01-20", aliases=["771203345999"]),
        ],
    ),
    Mail(
        name="h_soc_apple_ko_notice",
        category="positive",
        lang="ko",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Apple로 로그인 관련 변경 사항 안내",
        date="2026-11-11 03:00 +0900",
        text=(
            "하루터 앱(com.haneulfoods.haruteo)에서 사용하는 Apple로 로그인 REST API 이전 엔드포인트는\n"
            "2027년 2월 15일 이후 지원되지 않습니다. 그 전에 새 엔드포인트로 업데이트해 주십시오.\n"
        ),
        items=[item(SOCIAL, "Apple", "하루터", "2027-02-15", aliases=["com.haneulfoods.haruteo"])],
    ),
    Mail(
        name="h_phish_gabia_dkimfail_ko",
        category="phishing",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        subject="[가비아] 도메인 정지 예정 안내",
        date="2026-11-22 08:00 +0900",
        auth="fail",
        text="고객님의 도메인 haneulbab.com 이 2026년 11월 25일 정지됩니다. 아래 링크에서 결제해 주세요.\n",
        items=[item(DOMAIN, "Gabia", "haneulbab.com", "2026-11-25", suspicious=True)],
        note="real vendor domain, dkim/spf/dmarc fail",
    ),
    Mail(
        name="h_neg_gabia_hosting_promo_ko",
        category="negative",
        lang="ko",
        sender=("가비아", "news@gabia.com"),
        subject="(광고) 웹호스팅 용량이 부족하신가요? 2배 업그레이드 혜택",
        date="2026-11-16 11:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        headers=unsub("gabia.com"),
        text="디스크 용량, 트래픽 걱정 끝! 11월 30일까지 상위 상품으로 변경 시 2개월 무료.\n",
        note="vendor marketing about quota",
    ),
    Mail(
        name="h_neg_meta_login_alert",
        category="negative",
        lang="en",
        sender=("Facebook", "security@facebookmail.com"),
        subject="Login alert for Chrome on Mac",
        date="2026-11-18 02:00 +0000",
        text=(
            "We noticed a login to your account from Chrome on Mac near Seoul. If this was you, ignore this message.\n"
        ),
    ),
]

for _m in [*DOMAINS, *QUOTAS, *SOCIAL_MAILS, *NEGATIVES, *PHISHING, *EXTRA]:
    _m.to = CO

ALL: list[Mail] = [*DOMAINS, *QUOTAS, *SOCIAL_MAILS, *NEGATIVES, *PHISHING, *EXTRA]
