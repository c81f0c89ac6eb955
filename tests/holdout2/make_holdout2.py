"""Writes the second blind holdout set: tests/holdout2/mail/*.eml and tests/holdout2/labels.yaml.

Run from anywhere: `python tests/holdout2/make_holdout2.py`. Output is deterministic. The mails were
written from public vendor documentation and notices, without reading the rule packs, their examples,
tests/corpus mails or tests/holdout (see README.md). Labels follow tests/corpus/README.md exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, build, item  # noqa: E402

UNSUB = {"List-Unsubscribe": "<https://example.invalid/unsub>", "Precedence": "bulk"}
M: list[Mail] = []


def add(**kw: Any) -> None:
    M.append(Mail(**kw))


# ============================================================================ domain-expiry: positives
add(
    name="d_dynadot_en_30d",
    category="positive",
    lang="en",
    sender=("Dynadot", "info@dynadot.com"),
    subject="Domain Expiration Notice: pixelbrew.io",
    date="2026-11-09 03:12 +0000",
    text=(
        "Hello,\n\nThis is a reminder that the following domain in your Dynadot account is expiring soon.\n\n"
        "Domain: pixelbrew.io\nRegistered: 2023-12-09\nExpiration Date: 2026/12/09\n"
        "Auto-Renew: off\n\nIf you do not renew before the expiration date, the domain will stop resolving "
        "and may eventually be deleted and returned to the open market.\n\nRenew now: https://www.dynadot.com/"
        "account/domain/renew\n\nThank you,\nDynadot\n"
    ),
    note="registration date is a distractor; slash date",
    items=[item(DOMAIN, "Dynadot", "pixelbrew.io", "2026-12-09")],
)
add(
    name="d_namecom_en_html_digest",
    category="digest",
    lang="en",
    sender=("Name.com", "support@name.com"),
    subject="Your domains are expiring soon",
    date="2026-11-02 16:40 -0700",
    form="html",
    cte="quoted-printable",
    html=(
        "<html><body><p>Hi there,</p><p>The following domains registered with Name.com will expire soon. "
        "Renew them to keep your websites and email working.</p>"
        "<table border='1'><tr><th>Domain</th><th>Created</th><th>Expiration Date</th><th>Auto Renew</th></tr>"
        "<tr><td>kimchi-lab.com</td><td>Oct 30, 2020</td><td>Dec 02, 2026</td><td>Off</td></tr>"
        "<tr><td>kimchilab.net</td><td>Dec 20, 2021</td><td>Dec 20, 2026</td><td>Off</td></tr></table>"
        "<p><a href='https://www.name.com/account/domain'>Renew now</a></p>"
        "<p style='font-size:10px'>Name.com, Inc. &middot; Denver, CO &middot; Updated 2026-01-15</p>"
        "</body></html>"
    ),
    note="HTML-only table, Created column and footer date are distractors",
    items=[
        item(DOMAIN, "Name.com", "kimchi-lab.com", "2026-12-02"),
        item(DOMAIN, "Name.com", "kimchilab.net", "2026-12-20"),
    ],
)
add(
    name="d_hover_en_relative",
    category="positive",
    lang="en",
    sender=("Hover", "help@hover.com"),
    subject="haru-coffee.ca expires in 14 days",
    date="2026-11-10 09:00 -0500",
    form="alt",
    html=(
        "<p>Hi Minji,</p><p>Your domain <b>haru-coffee.ca</b> expires in 14 days and is not set to "
        "auto-renew.</p><p>Once it expires, any website or Hover email using it will stop working.</p>"
        "<p><a href='https://www.hover.com/control_panel'>Renew haru-coffee.ca</a></p><p>Cheers,<br>The Hover Team</p>"
    ),
    note="relative deadline counted from the mail date",
    items=[item(DOMAIN, "Hover", "haru-coffee.ca", "2026-11-24")],
)
add(
    name="d_ionos_en_autorenew",
    category="positive",
    lang="en",
    sender=("IONOS", "info@ionos.com"),
    subject="Your domain bluefern.de will be renewed automatically",
    date="2026-11-15 07:21 +0100",
    text=(
        "Dear Customer,\n\nyour domain bluefern.de (contract 88412093) will be renewed automatically on "
        "15 Dec 2026 for another 12 months. The renewal fee will be charged to the payment method stored in "
        "your account.\n\nNo action is required if your payment details are up to date.\n\n"
        "Your IONOS Team\n1&1 IONOS SE, Elgendorfer Str. 57, 56410 Montabaur\n"
    ),
    note="auto-renewal announcement: low-severity item on the renewal date",
    items=[item(DOMAIN, "IONOS", "bluefern.de", "2026-12-15")],
)
add(
    name="d_ovh_en_qp",
    category="positive",
    lang="en",
    sender=("OVHcloud", "support@ovh.com"),
    subject="[OVHcloud] Expiry of your service tteokbokki.fr",
    date="2026-11-03 11:05 +0100",
    cte="quoted-printable",
    text=(
        "Hello,\n\nThe following service will expire on 01 December 2026:\n\n"
        "   Service: domain name tteokbokki.fr\n   Expiry: 01 December 2026\n\n"
        "To avoid any interruption, please renew it from your OVHcloud Control Panel before this date. "
        "After expiry, the domain enters a redemption period and renewal costs more.\n\n"
        "Order date of last renewal: 27/11/2025\n\nKind regards,\nOVHcloud Customer Support\n"
    ),
    note="QP; last order date is a distractor",
    items=[item(DOMAIN, "OVHcloud", "tteokbokki.fr", "2026-12-01")],
)
add(
    name="d_hostinger_en_renewfail",
    category="positive",
    lang="en",
    sender=("Hostinger", "noreply@hostinger.com"),
    subject="Action required: We couldn't renew sunbae.store",
    date="2026-11-18 05:30 +0000",
    form="alt",
    html=(
        "<h2>Automatic renewal failed</h2><p>We tried to renew your domain <b>sunbae.store</b> but the "
        "payment was declined by your bank.</p><p>Your domain expires on <b>Dec 03, 2026</b>. Update your "
        "payment method in hPanel and renew manually to keep your website online.</p>"
        "<p>Attempted on: Nov 18, 2026</p><p>Hostinger International Ltd.</p>"
    ),
    note="auto-renewal failed: the expiry is the deadline; attempt date is a distractor",
    items=[item(DOMAIN, "Hostinger", "sunbae.store", "2026-12-03")],
)
add(
    name="d_dotname_ko_euckr_b64",
    category="positive",
    lang="ko",
    sender=("닷네임코리아", "webmaster@dotname.co.kr"),
    subject="[닷네임코리아] 도메인 만료 예정 안내 (dalbit-bakery.co.kr)",
    date="2026-11-04 10:00 +0900",
    charset="euc-kr",
    cte="base64",
    text=(
        "안녕하십니까, 닷네임코리아입니다.\n\n고객님께서 등록하신 도메인의 만료일이 다가오고 있어 안내드립니다.\n\n"
        "도메인명 : dalbit-bakery.co.kr\n등록일 : 2022-12-18\n만료일 : 2026-12-18\n\n"
        "만료일 이전에 기간 연장을 하지 않으시면 홈페이지 및 메일 서비스가 중단될 수 있습니다.\n"
        "연장 신청: 마이페이지 > 도메인 관리 > 기간연장\n\n닷네임코리아 고객센터 드림\n"
    ),
    note="EUC-KR base64; 등록일 is a distractor",
    items=[item(DOMAIN, "닷네임코리아", "dalbit-bakery.co.kr", "2026-12-18")],
)
add(
    name="d_inames_ko_html_ksc",
    category="positive",
    lang="ko",
    sender=("아이네임즈", "help@inames.co.kr"),
    subject="[아이네임즈] 도메인 기간 만료 안내",
    date="2026-10-27 14:20 +0900",
    form="html",
    charset="ks_c_5601-1987",
    cte="base64",
    html=(
        "<html><body><p>안녕하세요. 아이네임즈입니다.</p><p>아래 도메인의 사용 기간이 곧 만료됩니다. "
        "똠방각하 님, 서비스가 끊기지 않도록 미리 연장해 주세요.</p>"
        "<table><tr><th>도메인</th><th>신청일</th><th>만료일</th><th>상태</th></tr>"
        "<tr><td>ttompang.kr</td><td>2024.11.25</td><td>2026.11.25</td><td>정상</td></tr></table>"
        "<p>※ 만료 후 30일이 지나면 도메인이 삭제될 수 있습니다.</p></body></html>"
    ),
    note="HTML-only, cp949 under ks_c_5601-1987 (똠 is cp949-only)",
    items=[item(DOMAIN, "아이네임즈", "ttompang.kr", "2026-11-25")],
)
add(
    name="d_gabia_ko_dday",
    category="positive",
    lang="ko",
    sender=("가비아", "noreply@gabia.com"),
    subject="[가비아] 도메인 만기 D-30 안내 - saebyeok-farm.com",
    date="2026-11-05 09:10 +0900",
    cte="quoted-printable",
    text=(
        "가비아를 이용해 주셔서 감사합니다.\n\n고객님의 도메인 saebyeok-farm.com 의 만기가 D-30 남았습니다.\n"
        "만기 전에 기간을 연장하시면 끊김 없이 이용하실 수 있습니다.\n\n"
        "결제일: 2025-12-05\n\n※ 본 메일은 발신 전용입니다.\n"
    ),
    note="D-30 counted from the mail date; 결제일 distractor",
    items=[item(DOMAIN, "Gabia", "saebyeok-farm.com", "2026-12-05")],
)
add(
    name="d_whois_ko_weekday",
    category="positive",
    lang="ko",
    sender=("후이즈", "domain@whois.co.kr"),
    subject="[후이즈] 도메인 기간 만료 예정 안내",
    date="2026-11-11 08:00 +0900",
    text=(
        "후이즈를 이용해 주셔서 감사합니다.\n\n회원님의 도메인 gureum-books.kr 의 만료 예정일은 "
        "2026년 12월 11일 (금) 입니다.\n\n만료 예정일까지 연장하지 않으면 도메인 정보가 정지되며, "
        "유예기간 이후에는 삭제됩니다.\n\n발송일: 2026년 11월 11일\n"
    ),
    note="Korean date with a weekday; send date is a distractor",
    items=[item(DOMAIN, "Whois", "gureum-books.kr", "2026-12-11")],
)
add(
    name="d_megazone_ko_qp_euckr",
    category="positive",
    lang="ko",
    sender=("메가존 호스팅", "hosting@megazone.com"),
    subject="[메가존] 도메인 연장 안내",
    date="2026-11-12 13:33 +0900",
    charset="euc-kr",
    cte="quoted-printable",
    text=(
        "메가존 도메인 서비스 안내\n\n아래 도메인이 2026.12.22 만료됩니다.\n - 대상 도메인: "
        "hanok-stay.co.kr\n - 최근 연장일: 2025.12.22\n\n연장하지 않으시면 만료일 다음날부터 홈페이지 "
        "접속이 차단됩니다.\n메가존 드림\n"
    ),
    note="EUC-KR QP; previous renewal date is a distractor",
    items=[item(DOMAIN, "Megazone", "hanok-stay.co.kr", "2026-12-22")],
)
add(
    name="d_hostingkr_ko_gmail_fwd",
    category="forward",
    lang="ko",
    sender=("김도윤", "doyun.kim@sobok-market.kr"),
    subject="Fwd: [호스팅케이알] 도메인 만료 안내 (sobok-store.kr)",
    date="2026-11-16 11:47 +0900",
    text=(
        "이거 담당자 확인 부탁드려요.\n\n---------- Forwarded message ---------\n"
        "보낸사람: 호스팅케이알 <noreply@hosting.kr>\nDate: 2026년 11월 16일 (월) 오전 9:02\n"
        "Subject: [호스팅케이알] 도메인 만료 안내 (sobok-store.kr)\nTo: <jiwoo@sobok-market.kr>\n\n"
        "안녕하세요, 호스팅케이알입니다.\n도메인 sobok-store.kr 의 만료일은 2026년 12월 7일입니다.\n"
        "만료일 전까지 연장해 주시기 바랍니다.\n"
    ),
    note="Gmail forward by a colleague; company domain authenticates",
    items=[item(DOMAIN, "hosting.kr", "sobok-store.kr", "2026-12-07")],
)
add(
    name="d_iwinv_ko_followup",
    category="followup",
    lang="ko",
    sender=("iwinv", "noreply@iwinv.kr"),
    subject="[iwinv] 도메인 만료일 정정 안내",
    date="2026-11-06 17:00 +0900",
    text=(
        "안녕하세요. iwinv 입니다.\n\n앞서 발송된 안내 메일에서 도메인 maru-lab.kr 의 만료일이 "
        "2026-12-01로 잘못 안내되었습니다.\n정정된 만료일은 2026-12-10 입니다.\n\n"
        "혼선을 드려 죄송합니다. 만료일 이전에 연장해 주세요.\n"
    ),
    note="follow-up moving the date; the old date is a distractor",
    items=[item(DOMAIN, "iwinv", "maru-lab.kr", "2026-12-10")],
)
add(
    name="d_cloudflare_en_longdate",
    category="positive",
    lang="en",
    sender=("Cloudflare", "noreply@notify.cloudflare.com"),
    subject="Your domain namu-tech.dev will expire in 30 days",
    date="2026-10-20 18:02 +0000",
    text=(
        "Hello,\n\nThe domain namu-tech.dev registered with Cloudflare Registrar will expire on "
        "November 19, 2026. Auto-renew is disabled for this domain.\n\nTo keep the domain, turn on auto-renew or "
        "renew it manually from the dashboard: Domain Registration > Manage Domains.\n\n"
        "Cloudflare, Inc. | 101 Townsend St, San Francisco, CA\n"
    ),
    items=[item(DOMAIN, "Cloudflare", "namu-tech.dev", "2026-11-19")],
)
add(
    name="d_route53_en_autorenew_off",
    category="positive",
    lang="en",
    sender=("Amazon Route 53", "no-reply@registrar.amazon.com"),
    subject="Amazon Route 53 Domains: Expiration notice for sobok-api.com",
    date="2026-11-14 22:14 +0000",
    text=(
        "Dear AWS customer,\n\nAutomatic renewal is disabled for the following domain that is registered "
        "with Amazon Route 53:\n\nsobok-api.com\nExpiration date: 2026-12-14 (UTC)\n\n"
        "If you want to keep the domain, you can enable automatic renewal or renew it manually in the "
        "Route 53 console before the expiration date.\n\nAWS account: 4410-2287-9032\n\nSincerely,\n"
        "Amazon Web Services\n"
    ),
    note="partner sending domain registrar.amazon.com",
    items=[item(DOMAIN, "Route 53", "sobok-api.com", "2026-12-14")],
)
add(
    name="d_gabia_ko_outlook_fwd_ksc",
    category="forward",
    lang="ko",
    sender=("박서연", "seoyeon.park@sobok-market.kr"),
    subject="FW: [가비아] 도메인 만료 안내",
    date="2026-11-19 10:25 +0900",
    charset="ks_c_5601-1987",
    cte="base64",
    form="html",
    html=(
        "<div>팀장님, 아래 도메인 만료 메일 공유드립니다. 결제 승인 부탁드려요.</div><br>"
        "<div>-----원본 메시지-----<br>보낸 사람: 가비아 &lt;noreply@gabia.com&gt;<br>"
        "받는 사람: 똑순이 &lt;ops@sobok-market.kr&gt;<br>보낸 날짜: 2026년 11월 19일 수요일 오전 8:00<br>"
        "제목: [가비아] 도메인 만료 안내<br><br>"
        "<table><tr><td>도메인</td><td>ddokssoon.com</td></tr><tr><td>만료일</td><td>2026-12-04</td></tr>"
        "</table><p>만료일이 지나면 웹사이트와 메일 사용이 중단됩니다.</p></div>"
    ),
    note="Outlook Korean forward (원본 메시지), cp949 under ks_c_5601-1987, HTML-only",
    items=[item(DOMAIN, "Gabia", "ddokssoon.com", "2026-12-04")],
)
add(
    name="d_dynadot_en_resolved",
    category="resolution",
    lang="en",
    sender=("Dynadot", "info@dynadot.com"),
    subject="Order Confirmation - Renewal of pixelbrew.io",
    date="2026-11-20 04:41 +0000",
    text=(
        "Thank you for your order.\n\nOrder ID: 77120394\nItem: Domain renewal - pixelbrew.io (1 year)\n"
        "Status: Completed\nNew Expiration Date: 2027/12/09\n\nTotal: $39.99\n\nDynadot\n"
    ),
    note="renewal receipt closes the item",
    items=[item(DOMAIN, "Dynadot", "pixelbrew.io", None, resolves=True)],
)
add(
    name="d_gabia_ko_resolved",
    category="resolution",
    lang="ko",
    sender=("가비아", "noreply@gabia.com"),
    subject="[가비아] 도메인 기간연장이 완료되었습니다",
    date="2026-11-21 15:02 +0900",
    text=(
        "가비아를 이용해 주셔서 감사합니다.\n\n요청하신 도메인 기간연장이 정상적으로 완료되었습니다.\n\n"
        "도메인: ddokssoon.com\n연장 기간: 1년\n변경된 만료일: 2027-12-04\n결제 금액: 22,000원\n"
    ),
    items=[item(DOMAIN, "Gabia", "ddokssoon.com", None, resolves=True)],
)

# ============================================================================ hosting-quota: positives
add(
    name="q_cafe24_ko_webdisk",
    category="positive",
    lang="ko",
    sender=("카페24", "no-reply@cafe24.com"),
    subject="[카페24] 웹 사용량 90% 초과 안내",
    date="2026-11-08 06:15 +0900",
    text=(
        "안녕하세요, 카페24 호스팅센터입니다.\n\n고객님의 호스팅 계정(아이디: sobokshop)의 웹 하드디스크 "
        "사용량이 90%를 초과하였습니다.\n\n - 제공 용량: 1,000MB\n - 사용 용량: 921MB\n\n"
        "용량이 가득 차면 파일 업로드 및 게시물 작성이 되지 않습니다. 불필요한 파일을 정리하시거나 "
        "용량을 추가해 주세요.\n"
    ),
    note="no date: default",
    items=[item(QUOTA, "Cafe24", "sobokshop", "default")],
)
add(
    name="q_gabia_ko_traffic_suspend_html",
    category="positive",
    lang="ko",
    sender=("가비아", "noreply@gabia.com"),
    subject="[가비아] 웹호스팅 트래픽 초과 안내",
    date="2026-11-17 12:00 +0900",
    form="html",
    charset="euc-kr",
    cte="base64",
    html=(
        "<p>고객님의 웹호스팅 서비스 <b>dalnara.gabia.io</b> 의 월 전송량이 제공량을 초과하였습니다.</p>"
        "<table><tr><th>서비스</th><th>제공 전송량</th><th>사용량</th></tr>"
        "<tr><td>dalnara.gabia.io</td><td>30GB</td><td>31.4GB (104%)</td></tr></table>"
        "<p>2026년 11월 20일까지 전송량을 추가하지 않으면 서비스가 일시 중지됩니다.</p>"
        "<p>전송량은 매월 1일 초기화됩니다.</p>"
    ),
    note="suspension date is the deadline; monthly reset is a distractor",
    items=[item(QUOTA, "Gabia", "dalnara.gabia.io", "2026-11-20")],
)
add(
    name="q_dothome_ko_within7",
    category="positive",
    lang="ko",
    sender=("닷홈", "help@dothome.co.kr"),
    subject="[닷홈] 무료호스팅 디스크 용량 초과 안내",
    date="2026-11-13 10:00 +0900",
    text=(
        "닷홈 무료호스팅 이용 안내\n\n아이디 haruzip 의 디스크 사용량이 제공 용량(1GB)을 초과했습니다.\n"
        "7일 이내에 용량을 정리하지 않으면 호스팅 이용이 제한될 수 있습니다.\n\n닷홈 드림\n"
    ),
    note="within 7 days from the mail date",
    items=[item(QUOTA, "Dothome", "haruzip", "2026-11-20")],
)
add(
    name="q_aws_freetier_en",
    category="positive",
    lang="en",
    sender=("AWS Free Tier", "freetier@costalerts.amazonaws.com"),
    subject="AWS Free Tier limit alert",
    date="2026-11-12 02:11 +0000",
    text=(
        "Hello,\n\nYour AWS account 4410-2287-9032 has exceeded 85% of the usage limit for one or more "
        "AWS Free Tier-eligible services for the month of November.\n\n"
        "Product | AWS Free Tier Usage Limit | Usage\nAmazon S3 | 5 GB-Mo | 4.3 GB-Mo\n\n"
        "To avoid charges, reduce usage or review your budget in the Billing console.\n\n"
        "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n"
    ),
    note="no deadline: default",
    items=[item(QUOTA, "AWS", "4410-2287-9032", "default")],
)
add(
    name="q_vercel_en_html_paused",
    category="positive",
    lang="en",
    sender=("Vercel", "notifications@vercel.com"),
    subject="Your team haru-studio has exceeded the Hobby plan usage limits",
    date="2026-11-19 21:45 +0000",
    form="html",
    html=(
        "<h1>Usage limit reached</h1><p>Your Hobby team <b>haru-studio</b> has used 100% of the included "
        "Fast Data Transfer for this billing cycle.</p><p>Deployments in this team will be paused until the "
        "usage resets on December 1, 2026, unless you upgrade to Pro.</p>"
        "<p><a href='https://vercel.com/haru-studio/~/usage'>View usage</a></p>"
    ),
    note="already exceeded; the reset date is not a deadline to act by: default",
    items=[item(QUOTA, "Vercel", "haru-studio", "default")],
)
add(
    name="q_netlify_en_bandwidth",
    category="positive",
    lang="en",
    sender=("Netlify", "team@netlify.com"),
    subject="Your team is close to its bandwidth limit",
    date="2026-11-07 15:20 +0000",
    form="alt",
    cte="quoted-printable",
    html=(
        "<p>Hi,</p><p>Your team <b>Gomgom Design</b> has used 90% of the 100GB bandwidth included in your "
        "plan for the current billing period (Oct 28 - Nov 27).</p><p>If you reach the limit, your sites "
        "will be suspended until the next period unless you add more bandwidth.</p><p>- Netlify</p>"
    ),
    note="billing period dates are distractors: default",
    items=[item(QUOTA, "Netlify", "Gomgom Design", "default")],
)
add(
    name="q_github_en_lfs",
    category="positive",
    lang="en",
    sender=("GitHub", "noreply@github.com"),
    subject="[GitHub] You've used 100% of your Git LFS data",
    date="2026-11-05 08:08 +0000",
    text=(
        "Hi @sobok-dev,\n\nThe sobok-market organization has used 100% of its included Git LFS bandwidth "
        "for this month. Pushes and downloads of LFS objects are disabled until you purchase a data pack "
        "or your usage resets.\n\nManage billing: https://github.com/organizations/sobok-market/settings/billing\n"
    ),
    items=[item(QUOTA, "GitHub", "sobok-market", "default")],
)
add(
    name="q_gworkspace_ko_storage",
    category="positive",
    lang="ko",
    sender=("Google Workspace", "workspace-noreply@google.com"),
    subject="sobok-market.kr 조직의 저장용량이 거의 가득 찼습니다",
    date="2026-11-10 01:00 +0000",
    form="alt",
    html=(
        "<p>관리자님, 안녕하세요.</p><p>sobok-market.kr 조직에서 사용 가능한 공유 저장용량의 95%를 "
        "사용하고 있습니다. 저장용량이 가득 차면 사용자가 Gmail에서 메일을 받을 수 없고 Drive에 파일을 "
        "업로드할 수 없습니다.</p><p>관리 콘솔에서 저장용량을 추가로 구매하거나 파일을 정리하세요.</p>"
    ),
    items=[item(QUOTA, "Google Workspace", "sobok-market.kr", "default")],
)
add(
    name="q_heroku_en_rowlimit",
    category="positive",
    lang="en",
    sender=("Heroku", "noreply@heroku.com"),
    subject="Heroku Postgres database on sobok-api is over its row limit",
    date="2026-11-14 19:00 +0000",
    text=(
        "The database DATABASE_URL on Heroku app sobok-api has exceeded its plan's row limit of 10,000 rows "
        "(current: 10,422).\n\nIf the row count is not reduced below the limit or the database upgraded, "
        "INSERT privileges will be revoked in 7 days.\n\n- The Heroku Team\n"
    ),
    note="relative deadline: 7 days from the mail date",
    items=[item(QUOTA, "Heroku", "sobok-api", "2026-11-21")],
)
add(
    name="q_firebase_en_spark",
    category="positive",
    lang="en",
    sender=("Firebase", "firebase-noreply@google.com"),
    subject="Your Firebase project haru-prod is approaching its Cloud Storage quota",
    date="2026-11-16 04:30 +0000",
    text=(
        "Hello,\n\nYour project haru-prod (Spark plan) has used 4.6 GB of its 5 GB no-cost Cloud Storage "
        "quota. When the limit is reached, uploads will fail until usage drops or you upgrade to the Blaze "
        "plan.\n\nThe Firebase Team\n"
    ),
    items=[item(QUOTA, "Firebase", "haru-prod", "default")],
)
add(
    name="q_supabase_en_grace",
    category="positive",
    lang="en",
    sender=("Supabase", "noreply@supabase.com"),
    subject="Your project sobok-db is exceeding Free Plan quota",
    date="2026-11-03 12:12 +0000",
    text=(
        "Hi there,\n\nYour project sobok-db has exceeded the Database Size quota of the Free Plan "
        "(0.61 GB of 0.5 GB).\n\nYou have a grace period until 2026-12-01. After that date, the project "
        "will be placed in read-only mode. Upgrade to Pro or reduce usage to avoid restrictions.\n\n"
        "Supabase\n"
    ),
    items=[item(QUOTA, "Supabase", "sobok-db", "2026-12-01")],
)
add(
    name="q_render_en_bandwidth",
    category="positive",
    lang="en",
    sender=("Render", "no-reply@render.com"),
    subject="Your workspace has used all included outbound bandwidth",
    date="2026-11-21 09:09 +0000",
    text=(
        "Your workspace Gomtang Labs has used 100% of the outbound bandwidth included in its plan this "
        "month. Services in this workspace will be suspended on November 28, 2026 unless you add a payment "
        "method or upgrade.\n\nRender\n"
    ),
    items=[item(QUOTA, "Render", "Gomtang Labs", "2026-11-28")],
)
add(
    name="q_iwinv_ko_mailbox",
    category="positive",
    lang="ko",
    sender=("iwinv", "noreply@iwinv.kr"),
    subject="[iwinv] 메일 계정 용량 부족 안내",
    date="2026-11-18 16:40 +0900",
    charset="cp949",
    cte="8bit",
    text=(
        "iwinv 메일호스팅 안내\n\n메일 도메인 sobok-mail.kr 의 메일함 사용량이 할당량의 98%에 도달했습니다.\n"
        "용량이 가득 차면 새 메일이 반송됩니다. 용량 증설을 신청하거나 오래된 메일을 삭제해 주세요.\n"
    ),
    note="cp949 8bit",
    items=[item(QUOTA, "iwinv", "sobok-mail.kr", "default")],
)
add(
    name="q_cafe24_ko_resolved",
    category="resolution",
    lang="ko",
    sender=("카페24", "no-reply@cafe24.com"),
    subject="[카페24] 웹 용량 추가 신청이 완료되었습니다",
    date="2026-11-09 14:00 +0900",
    text=(
        "카페24 호스팅센터입니다.\n\n호스팅 아이디 sobokshop 의 웹 용량 추가(+1,000MB)가 완료되었습니다.\n"
        "변경 후 제공 용량: 2,000MB\n적용일: 2026-11-09\n"
    ),
    items=[item(QUOTA, "Cafe24", "sobokshop", None, resolves=True)],
)

# ============================================================================ social-login: positives
add(
    name="s_kakao_ko_sdk_sunset",
    category="positive",
    lang="ko",
    sender=("Kakao Developers", "noreply@kakaocorp.com"),
    subject="[사전 안내] 카카오 로그인 JavaScript SDK v1 지원 종료",
    date="2026-10-14 10:00 +0900",
    text=(
        "안녕하세요, 카카오입니다.\n\n서비스 보안 강화를 위해 카카오 JavaScript SDK v1의 카카오 로그인 "
        "기능을 지원 종료합니다.\n\n적용 일자\n - 2026년 12월 31일 목요일\n\n대상\n - 카카오 JavaScript "
        "SDK v1 (Kakao.Auth.login) 을 사용하는 앱\n\n조치 방법\n - 지원 종료 일자 전에 JavaScript SDK v2로 "
        "마이그레이션해 주세요.\n\n감사합니다.\n"
    ),
    note="notice to every developer: target is the SDK",
    items=[
        item(
            SOCIAL,
            "Kakao",
            "카카오 JavaScript SDK v1",
            "2026-12-31",
            aliases=["JavaScript SDK v1", "Kakao JavaScript SDK v1"],
        )
    ],
)
add(
    name="s_kakao_ko_app_html",
    category="positive",
    lang="ko",
    sender=("카카오", "noreply@kakaocorp.com"),
    subject="[Kakao Developers] 앱 설정 변경 필요 안내",
    date="2026-11-02 11:00 +0900",
    form="html",
    charset="euc-kr",
    cte="base64",
    html=(
        "<p>안녕하세요, 카카오디벨로퍼스입니다.</p><p>아래 앱에서 곧 종료되는 카카오 로그인 API를 호출하고 "
        "있습니다.</p><table><tr><th>앱 이름</th><th>앱 ID</th><th>API</th><th>종료일</th></tr>"
        "<tr><td>소복마켓</td><td>912345</td><td>/v1/user/me</td><td>2027.01.15</td></tr></table>"
        "<p>종료일 이후에는 해당 API 호출이 실패합니다. /v2/user/me 로 전환해 주세요.</p>"
    ),
    note="HTML table, EUC-KR base64; app is the target",
    items=[item(SOCIAL, "Kakao", "소복마켓", "2027-01-15", aliases=["912345"])],
)
add(
    name="s_naver_ko_phases",
    category="positive",
    lang="ko",
    sender=("NAVER Developers", "dl_naverdevelopers@navercorp.com"),
    subject="[네이버 개발자센터] 네이버 로그인 API 변경 안내",
    date="2026-11-02 14:00 +0900",
    text=(
        "안녕하세요. 네이버 개발자센터입니다.\n\n고객님의 애플리케이션 '하루커피'(Client ID: "
        "Hr9Xc0ffee2026)에서 사용 중인 네이버 로그인 회원 프로필 조회 API의 구 버전 응답 형식이 단계적으로 "
        "종료됩니다.\n\n1차 종료: 2026년 12월 1일 (신규 호출 차단)\n2차 종료: 2027년 3월 2일 (전체 종료)\n\n"
        "기한 내에 신규 응답 형식으로 변경해 주시기 바랍니다.\n"
    ),
    note="phases: the first phase not yet past",
    items=[item(SOCIAL, "Naver", "하루커피", "2026-12-01", aliases=["Hr9Xc0ffee2026"])],
)
add(
    name="s_google_en_project",
    category="positive",
    lang="en",
    sender=("Google Identity", "noreply-identity@google.com"),
    subject="[Action Required] Migrate haru-web-4821 to Google Identity Services",
    date="2026-10-22 17:00 +0000",
    form="alt",
    html=(
        "<p>Hello Google Cloud customer,</p><p>Your project <b>haru-web-4821</b> still uses the Google Sign-In "
        "JavaScript Platform Library for Web (gapi.auth2).</p><p>The library will no longer work for your "
        "project after March 31, 2027. Migrate to Google Identity Services (One Tap / Sign in with Google "
        "button) before that date.</p><p>This notice was sent on October 22, 2026 to the project owners.</p>"
    ),
    items=[item(SOCIAL, "Google", "haru-web-4821", "2027-03-31")],
)
add(
    name="s_google_en_undated_fedcm",
    category="positive",
    lang="en",
    sender=("Google Identity", "noreply-identity@google.com"),
    subject="Upcoming change: One Tap moves to FedCM",
    date="2026-10-05 16:00 +0000",
    text=(
        "Hello,\n\nYour project sobok-auth-prod uses Google One Tap without FedCM. Google is retiring the "
        "non-FedCM One Tap flow; the final date for this change will be announced later. Update your "
        "integration by setting use_fedcm_for_prompt to true and test your sign-in flow now.\n\n"
        "Google Identity Services team\n"
    ),
    note="undated deprecation (end date to be announced)",
    items=[item(SOCIAL, "Google", "sobok-auth-prod", None)],
)
add(
    name="s_apple_en_relay",
    category="positive",
    lang="en",
    sender=("Apple Developer", "developer@insideapple.apple.com"),
    subject="Action required for Sign in with Apple",
    date="2026-11-09 18:00 +0000",
    text=(
        "Dear Developer,\n\nYour app Haru Coffee (com.harucoffee.app) uses Sign in with Apple. To continue "
        "receiving server-to-server notifications, register your endpoint and verify your email source "
        "domains no later than January 4, 2027. After this date, Sign in with Apple for this app may "
        "stop working for new users.\n\nApple Developer Relations\n"
    ),
    items=[item(SOCIAL, "Apple", "Haru Coffee", "2027-01-04", aliases=["com.harucoffee.app"])],
)
add(
    name="s_meta_en_graph",
    category="positive",
    lang="en",
    sender=("Meta for Developers", "developers@facebookmail.com"),
    subject="Your app Sobok Shop uses a Graph API version that will be deprecated",
    date="2026-10-30 20:30 +0000",
    form="alt",
    cte="quoted-printable",
    html=(
        "<p>Hi,</p><p>Your app <b>Sobok Shop</b> (App ID: 1492837465001) made calls to Graph API v19.0 in "
        "the last 30 days.</p><p>On February 4, 2027, v19.0 will no longer be available. Facebook Login calls "
        "from your app will be upgraded to the next version automatically, which may break your integration."
        "</p><p>Use the API Upgrade Tool to see what changes.</p><p>Meta Platforms, Inc.</p>"
    ),
    items=[item(SOCIAL, "Meta", "Sobok Shop", "2027-02-04", aliases=["1492837465001"])],
)
add(
    name="s_meta_ko_html",
    category="positive",
    lang="ko",
    sender=("Meta for Developers", "developers@facebookmail.com"),
    subject="앱 '곰탕마켓'에 대한 조치가 필요합니다",
    date="2026-11-11 09:40 +0900",
    form="html",
    html=(
        "<p>안녕하세요,</p><p>회원님의 앱 <b>곰탕마켓</b>(앱 ID: 880012345677)이 사용하는 Facebook 로그인의 "
        "'email' 권한 요청 방식이 변경됩니다. 2026년 12월 17일까지 앱 검수를 다시 받지 않으면 로그인 "
        "시 이메일을 받을 수 없습니다.</p><p>감사합니다.<br>Meta 개발자 팀</p>"
    ),
    items=[item(SOCIAL, "Meta", "곰탕마켓", "2026-12-17", aliases=["880012345677"])],
)
add(
    name="s_line_en_endpoint",
    category="positive",
    lang="en",
    sender=("LINE Developers", "no-reply@line.me"),
    subject="[LINE Login] End of support for LINE Login v2.0 endpoints",
    date="2026-11-01 03:00 +0000",
    text=(
        "Thank you for using LINE Developers.\n\nWe will end support for the LINE Login v2.0 endpoints on "
        "2027-02-26 (JST). Channels still calling v2.0 must migrate to LINE Login v2.1 by that date, or "
        "login will fail.\n\nAffected channel: Haru Order (Channel ID 1657002211)\n\nLINE Corporation\n"
    ),
    items=[item(SOCIAL, "LINE", "Haru Order", "2027-02-26", aliases=["1657002211", "LINE Login v2.0"])],
)
add(
    name="s_naver_ko_fwd",
    category="forward",
    lang="ko",
    sender=("이하늘", "haneul.lee@sobok-market.kr"),
    subject="전달: [네이버 개발자센터] 네이버 로그인 검수 재요청 안내",
    date="2026-11-20 13:00 +0900",
    text=(
        "개발팀 확인 부탁해요\n\n---------- 전달된 메시지 ----------\n보낸 사람: NAVER Developers "
        "<dl_naverdevelopers@navercorp.com>\n날짜: 2026년 11월 19일\n제목: [네이버 개발자센터] 네이버 "
        "로그인 검수 재요청 안내\n\n애플리케이션 '소복몰'의 네이버 로그인 검수 정보가 변경된 정책에 맞지 "
        "않습니다. 2026년 12월 19일까지 검수를 다시 요청하지 않으면 네이버 로그인 사용이 제한됩니다.\n"
    ),
    items=[item(SOCIAL, "Naver", "소복몰", "2026-12-19")],
)
add(
    name="s_meta_en_digest",
    category="digest",
    lang="en",
    sender=("Meta for Developers", "developers@facebookmail.com"),
    subject="2 of your apps need to upgrade Graph API versions",
    date="2026-11-06 19:00 +0000",
    text=(
        "Hi,\n\nThe following apps are calling Graph API versions that will soon be deprecated:\n\n"
        "- Haru Coffee (App ID 7721900011): v18.0, available until January 12, 2027\n"
        "- Gomtang Market (App ID 7721900022): v19.0, available until February 4, 2027\n\n"
        "Upgrade your apps before these dates to avoid disruption to Facebook Login.\n\nMeta\n"
    ),
    items=[
        item(SOCIAL, "Meta", "Haru Coffee", "2027-01-12", aliases=["7721900011"]),
        item(SOCIAL, "Meta", "Gomtang Market", "2027-02-04", aliases=["7721900022"]),
    ],
)

# ============================================================================ replies: nothing
add(
    name="r_meta_en_reply",
    category="reply",
    lang="en",
    sender=("Jiwoo Han", "jiwoo@sobok-market.kr"),
    subject="Re: Your app Sobok Shop uses a Graph API version that will be deprecated",
    date="2026-10-31 09:15 +0900",
    text=(
        "I'll run the upgrade tool on Monday and report back.\n\nOn Fri, Oct 30, 2026 at 8:30 PM Meta for "
        "Developers <developers@facebookmail.com> wrote:\n> Your app Sobok Shop (App ID: 1492837465001) made "
        "calls to Graph API v19.0.\n> On February 4, 2027, v19.0 will no longer be available.\n"
    ),
    items=[],
)
add(
    name="r_gabia_ko_reply",
    category="reply",
    lang="ko",
    sender=("박서연", "seoyeon.park@sobok-market.kr"),
    subject="RE: [가비아] 도메인 만기 D-30 안내 - saebyeok-farm.com",
    date="2026-11-05 13:00 +0900",
    text=(
        "네 제가 이번 주 안에 연장 처리하겠습니다.\n\n2026년 11월 5일 (목) 오전 9:10, 가비아 "
        "<noreply@gabia.com>님이 작성:\n> 고객님의 도메인 saebyeok-farm.com 의 만기가 D-30 남았습니다.\n"
        "> 만기 전에 기간을 연장하시면 끊김 없이 이용하실 수 있습니다.\n"
    ),
    items=[],
)
add(
    name="r_heroku_en_reply",
    category="reply",
    lang="en",
    sender=("Doyun Kim", "doyun.kim@sobok-market.kr"),
    subject="Re: Heroku Postgres database on sobok-api is over its row limit",
    date="2026-11-15 10:00 +0900",
    text=(
        "Cleaned the audit_log table, we're at 6k rows now.\n\n-----Original Message-----\nFrom: Heroku "
        "<noreply@heroku.com>\nSent: Saturday, November 14, 2026 7:00 PM\nSubject: Heroku Postgres database on "
        "sobok-api is over its row limit\n\nThe database DATABASE_URL on Heroku app sobok-api has exceeded its "
        "plan's row limit.\nINSERT privileges will be revoked in 7 days.\n"
    ),
    note="Outlook-style quote in a reply",
    items=[],
)

# ============================================================================ negatives
add(
    name="n_gabia_ko_promo",
    category="negative",
    lang="ko",
    sender=("가비아", "news@gabia.com"),
    subject="(광고) .kr 도메인 1년 등록 4,900원! 쿠폰이 곧 만료됩니다",
    date="2026-11-18 10:30 +0900",
    headers=UNSUB,
    form="html",
    html=(
        "<p>가비아 회원님만을 위한 특별 혜택!</p><p>.kr / .co.kr 신규 등록 할인 쿠폰 사용 기한: "
        "2026년 11월 30일까지</p><p>지금 원하는 도메인을 검색하고 등록하세요.</p>"
        "<p>수신거부를 원하시면 여기를 클릭하세요.</p>"
    ),
    items=[],
)
add(
    name="n_namecheap_en_coupon",
    category="negative",
    lang="en",
    sender=("Namecheap", "newsletter@namecheap.com"),
    subject="Your .COM coupon expires Sunday",
    date="2026-11-20 14:00 +0000",
    headers=UNSUB,
    text=(
        "Grab a new .com for $5.98 with code COMEBACK - the coupon expires on November 22, 2026.\n\n"
        "Register your next big idea today.\n\nUnsubscribe | Namecheap, Inc.\n"
    ),
    items=[],
)
add(
    name="n_ionos_en_offer",
    category="negative",
    lang="en",
    sender=("IONOS", "newsletter@ionos.com"),
    subject="Last chance: Web Hosting from $1/month - offer ends Nov 30",
    date="2026-11-21 08:00 +0100",
    headers=UNSUB,
    text=(
        "Upgrade your website with more storage and unlimited traffic. Offer valid until 30 Nov 2026.\n"
        "Running out of space? Our Plus plan gives you 500 GB.\n\nUnsubscribe\n"
    ),
    items=[],
)
add(
    name="n_hostinger_en_blackfriday",
    category="negative",
    lang="en",
    sender=("Hostinger", "marketing@hostinger.com"),
    subject="Black Friday: up to 80% off hosting - ends in 3 days",
    date="2026-11-22 12:00 +0000",
    headers=UNSUB,
    form="html",
    html="<h1>Black Friday is here</h1><p>Get a free domain with Business hosting. Deal expires in 3 days.</p>",
    items=[],
)
add(
    name="n_cafe24_ko_newsletter",
    category="negative",
    lang="ko",
    sender=("카페24", "news@cafe24.com"),
    subject="(광고) 연말 트래픽 폭주 대비, 쇼핑몰 호스팅 점검 체크리스트",
    date="2026-11-10 10:00 +0900",
    headers=UNSUB,
    text=(
        "블랙프라이데이 시즌에는 트래픽이 평소보다 3배 이상 늘어날 수 있습니다. 트래픽 초과로 "
        "쇼핑몰이 멈추지 않도록 미리 용량을 점검하세요.\n\n수신거부\n"
    ),
    items=[],
)
add(
    name="n_vercel_en_changelog",
    category="negative",
    lang="en",
    sender=("Vercel", "changelog@vercel.com"),
    subject="Vercel Changelog: Node.js 18 deprecation and new usage dashboard",
    date="2026-11-04 17:00 +0000",
    headers=UNSUB,
    text=(
        "This week at Vercel\n\n- Node.js 18 is deprecated and builds will stop on February 1, 2027.\n"
        "- New usage dashboard shows bandwidth per project.\n\nRead more on our blog.\n"
    ),
    note="product newsletter, not a quota or sign-in notice",
    items=[],
)
add(
    name="n_kakao_ko_login_alert",
    category="negative",
    lang="ko",
    sender=("카카오", "noreply@kakaocorp.com"),
    subject="[카카오] 새로운 환경에서 카카오계정 로그인",
    date="2026-11-12 23:10 +0900",
    text=(
        "새로운 환경에서 카카오계정에 로그인되었습니다.\n\n일시: 2026년 11월 12일 23:09\n기기: Windows / Chrome\n"
        "본인이 아니라면 비밀번호를 변경해 주세요.\n"
    ),
    items=[],
)
add(
    name="n_google_en_security_alert",
    category="negative",
    lang="en",
    sender=("Google", "no-reply@accounts.google.com"),
    subject="Security alert",
    date="2026-11-13 06:00 +0000",
    text=(
        "A new sign-in on Mac\nops@sobok-market.kr\nWe noticed a new sign-in to your Google Account on a Mac "
        "device. If this was you, you don't need to do anything.\n"
    ),
    items=[],
)
add(
    name="n_naver_ko_blog",
    category="negative",
    lang="ko",
    sender=("NAVER D2", "d2news@navercorp.com"),
    subject="[NAVER D2 뉴스레터] OAuth 2.0 암묵적 승인 방식은 왜 사라지고 있을까",
    date="2026-10-16 10:00 +0900",
    headers=UNSUB,
    text=(
        "이번 호에서는 여러 소셜 로그인 제공자가 implicit grant 를 지원 종료하는 흐름을 정리했습니다. "
        "Google, Apple, 카카오 로그인의 사례와 PKCE 전환 방법을 소개합니다.\n\n수신거부\n"
    ),
    items=[],
)
add(
    name="n_aws_en_invoice",
    category="negative",
    lang="en",
    sender=("Amazon Web Services", "aws-billing@amazon.com"),
    subject="Amazon Web Services Billing Statement Available [Account: 441022879032]",
    date="2026-11-03 01:00 +0000",
    text=(
        "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the "
        "account ending in 9032, is available on the AWS web site. Your account will be charged the following:"
        "\n\nTotal: $12.40\nBilling period: October 1 - October 31, 2026\nDue date: November 18, 2026\n"
    ),
    items=[],
)
add(
    name="n_personal_ko_passport",
    category="negative",
    lang="ko",
    sender=("엄마", "mom.kim1961@gmail.com"),
    subject="여권 만료",
    date="2026-11-08 20:00 +0900",
    auth_domain="gmail.com",
    text="도윤아 네 여권 만료일이 2026년 12월 20일이더라. 연말 여행 전에 꼭 갱신해라.\n",
    items=[],
)
add(
    name="n_personal_en_gym",
    category="negative",
    lang="en",
    sender=("Chris", "chris.w.lee@outlook.com"),
    subject="gym membership",
    date="2026-11-01 19:00 -0800",
    text="Hey, my gym membership expires on Dec 1 so I can't take the guest pass after that. Renew yours?\n",
    items=[],
)
add(
    name="n_gabia_ko_ssl",
    category="negative",
    lang="ko",
    sender=("가비아", "noreply@gabia.com"),
    subject="[가비아] SSL 인증서 만료 안내",
    date="2026-11-16 09:00 +0900",
    text=(
        "고객님의 SSL 인증서 만료일이 다가왔습니다.\n\n인증서: Sectigo PositiveSSL\n적용 도메인: "
        "www.sobok-market.kr\n만료일: 2026-12-16\n\n인증서가 만료되면 브라우저에 보안 경고가 표시됩니다.\n"
    ),
    note="certificate expiry is not a built-in kind",
    items=[],
)
add(
    name="n_dynadot_en_registration_receipt",
    category="negative",
    lang="en",
    sender=("Dynadot", "info@dynadot.com"),
    subject="Order Confirmation - Registration of gomgom.studio",
    date="2026-11-02 05:00 +0000",
    text=(
        "Thank you for your order.\n\nItem: Domain registration - gomgom.studio (1 year)\nStatus: Completed\n"
        "Expiration Date: 2027/11/02\n\nDynadot\n"
    ),
    note="registration receipt",
    items=[],
)
add(
    name="n_whois_ko_wdrp",
    category="negative",
    lang="ko",
    sender=("후이즈", "domain@whois.co.kr"),
    subject="[후이즈] 도메인 소유자 정보 확인 안내 (연례 안내)",
    date="2026-10-08 09:00 +0900",
    text=(
        "ICANN 정책에 따라 연 1회 도메인 등록 정보를 안내드립니다. 정보가 정확하다면 별도 조치는 필요 "
        "없습니다.\n\n도메인: gureum-books.kr\n소유자: 구름책방\n만료일: 2026-12-11\n"
    ),
    note="WHOIS data reminder that merely lists an expiry",
    items=[],
)
add(
    name="n_github_en_actions_blog",
    category="negative",
    lang="en",
    sender=("GitHub", "noreply@github.com"),
    subject="[GitHub] Deprecation notice: actions/upload-artifact v3",
    date="2026-10-12 16:00 +0000",
    text=(
        "Starting January 30, 2027, workflows using v3 of actions/upload-artifact will fail. Update to v4.\n"
        "You are receiving this because you are subscribed to GitHub changelog emails.\n"
    ),
    headers=UNSUB,
    note="deprecation of a CI action: not a sign-in or quota notice",
    items=[],
)
add(
    name="n_gworkspace_en_invoice",
    category="negative",
    lang="en",
    sender=("Google Workspace", "payments-noreply@google.com"),
    subject="Your Google Workspace invoice is available for sobok-market.kr",
    date="2026-11-01 09:00 +0000",
    text=(
        "Your invoice for October 2026 is now available.\nAmount: $43.20\nBilling account: 01A2B3-C4D5E6\n"
        "Payment will be charged automatically on November 5, 2026.\n"
    ),
    items=[],
)
add(
    name="n_line_ko_newsletter",
    category="negative",
    lang="ko",
    sender=("LINE Developers", "no-reply@line.me"),
    subject="LINE Developers 뉴스레터 11월호",
    date="2026-11-05 12:00 +0900",
    headers=UNSUB,
    charset="euc-kr",
    cte="base64",
    text=(
        "이번 달 LINE Developers 소식\n - LINE Login 문서 개편\n - 개발자 밋업 12월 10일 개최 신청 마감 "
        "12월 3일까지\n\n수신거부\n"
    ),
    items=[],
)
add(
    name="n_dotname_ko_event",
    category="negative",
    lang="ko",
    sender=("닷네임코리아", "event@dotname.co.kr"),
    subject="(광고) 호스팅 신규 가입 시 도메인 무료, 이벤트 12월 31일 종료",
    date="2026-11-14 10:00 +0900",
    headers=UNSUB,
    text="웹호스팅 신규 가입 고객께 .com 도메인 1년 무료! 이벤트 기간: ~2026.12.31\n수신거부\n",
    items=[],
)

# ============================================================================ phishing (suspicious)
add(
    name="p_dynadot_lookalike",
    category="phishing",
    lang="en",
    sender=("Dynadot", "billing@dynadot-renewals.com"),
    subject="URGENT: pixelbrew.io expires in 48 hours",
    date="2026-11-21 02:00 +0000",
    text=(
        "Your domain pixelbrew.io will expire on November 23, 2026. Renew immediately to avoid losing it:\n"
        "http://dynadot-renewals.com/renew?d=pixelbrew.io\n"
    ),
    items=[item(DOMAIN, "Dynadot", "pixelbrew.io", "2026-11-23", suspicious=True)],
)
add(
    name="p_gabia_gmail_display",
    category="phishing",
    lang="ko",
    sender=("가비아 고객센터", "gabia.helpdesk.kr@gmail.com"),
    subject="[가비아] 도메인 만료 최종 안내",
    date="2026-11-17 22:00 +0900",
    text=(
        "고객님의 도메인 sobok-market.kr 이 2026년 11월 24일 만료됩니다. 아래 링크에서 즉시 결제하지 "
        "않으면 도메인이 삭제됩니다.\nhttp://gabia-pay.top/renew\n"
    ),
    items=[item(DOMAIN, "Gabia", "sobok-market.kr", "2026-11-24", suspicious=True)],
)
add(
    name="p_namecheap_dkimfail",
    category="phishing",
    lang="en",
    sender=("Namecheap", "support@namecheap.com"),
    subject="Domain Suspension Notice: sobok-market.com",
    date="2026-11-19 04:00 +0000",
    auth=[
        "mx.google.com;\r\n       dkim=fail header.i=@namecheap.com header.s=s1 header.b=ZmFrZQ==;\r\n"
        "       spf=fail (google.com: domain of bounce@namecheap.com does not designate 192.0.2.77 as "
        "permitted sender) smtp.mailfrom=bounce@namecheap.com;\r\n       dmarc=fail (p=REJECT) "
        "header.from=namecheap.com",
        "mail.namecheap.com; dkim=pass header.i=@namecheap.com; spf=pass; dmarc=pass header.from=namecheap.com",
    ],
    text=(
        "Your domain sobok-market.com expires on 2026-11-26. Verify your payment details within 24 hours "
        "or the domain will be suspended: http://namecheap.com.account-verify.co/\n"
    ),
    note="real vendor domain, topmost Authentication-Results fails; lower forged pass",
    items=[item(DOMAIN, "Namecheap", "sobok-market.com", "2026-11-26", suspicious=True)],
)
add(
    name="p_cafe24_prefix_domain",
    category="phishing",
    lang="ko",
    sender=("카페24 호스팅센터", "notice@cafe24.com.hosting-alert.net"),
    subject="[카페24] 호스팅 용량 초과 - 계정 정지 예정",
    date="2026-11-18 23:00 +0900",
    text=(
        "호스팅 아이디 sobokshop 의 용량이 초과되어 2026년 11월 21일 계정이 정지됩니다. 아래 링크에서 "
        "로그인하여 용량을 추가하세요.\nhttp://cafe24.com.hosting-alert.net/login\n"
    ),
    items=[item(QUOTA, "Cafe24", "sobokshop", "2026-11-21", suspicious=True)],
)
add(
    name="p_kakao_lookalike",
    category="phishing",
    lang="ko",
    sender=("Kakao Developers", "notice@kakao-developers-center.com"),
    subject="[카카오] 앱 로그인 API 긴급 중단 안내",
    date="2026-11-20 01:00 +0900",
    text=(
        "앱 소복마켓의 카카오 로그인이 2026년 11월 25일 중단됩니다. 앱 키를 아래 페이지에서 재인증하세요.\n"
        "http://kakao-developers-center.com/verify\n"
    ),
    items=[item(SOCIAL, "Kakao", "소복마켓", "2026-11-25", suspicious=True)],
)
add(
    name="p_meta_lookalike",
    category="phishing",
    lang="en",
    sender=("Meta for Developers", "developers@facebookmail-support.com"),
    subject="Your app Sobok Shop will be disabled",
    date="2026-11-16 11:00 +0000",
    text=(
        "Your app Sobok Shop uses a deprecated Facebook Login version and will be disabled on November 30, "
        "2026. Confirm your developer account now: http://facebookmail-support.com/app\n"
    ),
    items=[item(SOCIAL, "Meta", "Sobok Shop", "2026-11-30", suspicious=True)],
)

# ============================================================================ second batch: more forms
add(
    name="d_porkbun_en_noyear",
    category="positive",
    lang="en",
    sender=("Porkbun Support", "support@porkbun.com"),
    subject="Renewal reminder for gimbap.club",
    date="2026-11-15 14:00 -0800",
    text=(
        "Howdy!\n\nJust a heads up: gimbap.club expires Dec. 15th and auto-renew is turned off for it. "
        "Log in to renew so you don't lose it.\n\nOink oink,\nPorkbun\n"
    ),
    note="'Dec. 15th' without a year takes the next such date after the mail date",
    items=[item(DOMAIN, "Porkbun", "gimbap.club", "2026-12-15")],
)
add(
    name="d_gandi_en_utc",
    category="positive",
    lang="en",
    sender=("Gandi", "noreply@gandi.net"),
    subject="[Gandi] jjigae.eu expires in 3 weeks",
    date="2026-11-17 07:00 +0100",
    cte="base64",
    text=(
        "Hello,\n\nThe domain jjigae.eu in organization Sobok SAS will expire on 2026-12-08 23:59 UTC.\n"
        "Automatic renewal: disabled.\nLast renewal: 2025-12-08\n\nRenew it from your Gandi dashboard.\n"
        "-- The Gandi team\n"
    ),
    note="base64 utf-8; date with time and zone; last renewal is a distractor",
    items=[item(DOMAIN, "Gandi", "jjigae.eu", "2026-12-08")],
)
add(
    name="d_godaddy_en_usdate",
    category="positive",
    lang="en",
    sender=("GoDaddy", "renewals@godaddy.com"),
    subject="Don't lose bibim-bowl.com - it expires soon",
    date="2026-11-13 10:00 -0700",
    form="alt",
    html=(
        "<p>Hi Minji,</p><p>Your domain is set to expire. Renew now to keep your website and email running."
        "</p><table><tr><th>Product</th><th>Expiration</th></tr><tr><td>bibim-bowl.com</td>"
        "<td>12/13/2026</td></tr></table><p>Customer #: 220193847 &middot; Copyright &copy; 1999-2026</p>"
    ),
    items=[item(DOMAIN, "GoDaddy", "bibim-bowl.com", "2026-12-13")],
)
add(
    name="d_whois_ko_digest_cp949",
    category="digest",
    lang="ko",
    sender=("후이즈", "domain@whois.co.kr"),
    subject="[후이즈] 만료 예정 도메인 목록 안내",
    date="2026-11-20 09:00 +0900",
    form="html",
    charset="cp949",
    cte="quoted-printable",
    html=(
        "<p>회원님 계정에 만료 예정인 도메인이 있습니다.</p><table><tr><th>No</th><th>도메인</th>"
        "<th>등록일</th><th>만료일</th></tr><tr><td>1</td><td>sobok-market.co.kr</td><td>2019-12-02</td>"
        "<td>2026-12-02</td></tr><tr><td>2</td><td>sobok.shop</td><td>2023-12-27</td><td>2026-12-27</td></tr>"
        "</table><p>만료일이 지나면 서비스가 중단되니 미리 연장해 주세요.</p>"
    ),
    note="Korean HTML digest, cp949 QP; 등록일 column distractor",
    items=[
        item(DOMAIN, "Whois", "sobok-market.co.kr", "2026-12-02"),
        item(DOMAIN, "Whois", "sobok.shop", "2026-12-27"),
    ],
)
add(
    name="s_line_ko_onorafter",
    category="positive",
    lang="ko",
    sender=("LINE Developers", "no-reply@line.me"),
    subject="[LINE 로그인] 구 버전 SDK 지원 종료 안내",
    date="2026-11-08 11:00 +0900",
    charset="euc-kr",
    cte="quoted-printable",
    text=(
        "LINE Developers를 이용해 주셔서 감사합니다.\n\n2027년 3월 31일 이후 LINE SDK for iOS 5.x 를 사용한 "
        "LINE 로그인은 동작하지 않습니다.\n대상 채널: 하루주문 (채널 ID 1657002299)\n\n그 전에 최신 SDK로 "
        "업데이트해 주시기 바랍니다.\n"
    ),
    note="'on or after' form in Korean (이후); EUC-KR QP",
    items=[item(SOCIAL, "LINE", "하루주문", "2027-03-31", aliases=["1657002299"])],
)
add(
    name="s_kakao_ko_undated",
    category="positive",
    lang="ko",
    sender=("Kakao Developers", "noreply@kakaocorp.com"),
    subject="[공지] 카카오 로그인 구 동의 화면 지원 종료 예정",
    date="2026-10-01 10:00 +0900",
    text=(
        "안녕하세요, 카카오입니다.\n\n카카오 로그인 구 동의 화면(v1 consent UI)은 더 이상 권장되지 않으며 지원 "
        "종료될 예정입니다. 구체적인 종료 일정은 추후 공지하겠습니다.\n앱 [소복마켓]은 아직 구 동의 화면을 "
        "사용 중이니 새 동의 화면으로 전환해 주세요.\n"
    ),
    note="undated deprecation: end date to be announced",
    items=[item(SOCIAL, "Kakao", "소복마켓", None)],
)
add(
    name="q_cloudflare_en_workers",
    category="positive",
    lang="en",
    sender=("Cloudflare", "noreply@notify.cloudflare.com"),
    subject="Workers KV: you've exceeded the daily free limit",
    date="2026-11-21 00:05 +0000",
    text=(
        "Your account Sobok Market has exceeded the Workers Free plan daily limit of 1,000 KV write "
        "operations. Further writes will fail until the limit resets at 00:00 UTC. Upgrade to Workers Paid "
        "to remove this limit.\n\nCloudflare\n"
    ),
    items=[item(QUOTA, "Cloudflare", "Sobok Market", "default")],
)
add(
    name="q_hostinger_en_inodes",
    category="positive",
    lang="en",
    sender=("Hostinger", "noreply@hostinger.com"),
    subject="Your hosting plan has reached its file limit",
    date="2026-11-06 06:00 +0000",
    text=(
        "Hello,\n\nThe hosting plan for sunbae.store has reached 100% of its inode (file count) limit: "
        "600,000 of 600,000.\nNew files and emails cannot be created until you remove files or upgrade your "
        "plan.\n\nHostinger\n"
    ),
    items=[item(QUOTA, "Hostinger", "sunbae.store", "default")],
)
add(
    name="n_cafe24_ko_invoice_pdf",
    category="negative",
    lang="ko",
    sender=("카페24", "no-reply@cafe24.com"),
    subject="[카페24] 11월 부가서비스 이용요금 청구서",
    date="2026-11-01 09:00 +0900",
    attachment=True,
    text=(
        "카페24 부가서비스 이용요금 청구 안내입니다.\n\n청구 금액: 33,000원\n납부 기한: 2026-11-25\n"
        "이용 기간: 2026-11-01 ~ 2026-11-30\n상세 내역은 첨부 PDF를 확인하세요.\n"
    ),
    note="unrelated invoice with a PDF attachment",
    items=[],
)
add(
    name="n_supabase_en_launchweek",
    category="negative",
    lang="en",
    sender=("Supabase", "hello@supabase.com"),
    subject="Launch Week: bigger free tier limits",
    date="2026-10-09 16:00 +0000",
    headers=UNSUB,
    text=(
        "We're raising database size limits on every plan. Projects that were close to the quota get more "
        "room automatically. Join us for Launch Week starting Oct 13.\n\nUnsubscribe\n"
    ),
    items=[],
)


# ============================================================================ writer
def _form(m: Mail) -> str:
    kind = {"plain": "text/plain", "html": "text/html only", "alt": "multipart/alternative"}[m.form]
    return f"{kind}, {m.charset}, {m.cte}"


def main() -> None:
    out = HERE / "mail"
    out.mkdir(exist_ok=True)
    names = [m.name for m in M]
    assert len(names) == len(set(names)), "duplicate mail name"
    for old in out.glob("*.eml"):
        if old.stem not in names:
            old.unlink()
    labels: list[dict[str, Any]] = []
    for m in M:
        (out / f"{m.name}.eml").write_bytes(build(m))
        entry: dict[str, Any] = {"file": f"{m.name}.eml", "category": m.category, "lang": m.lang, "form": _form(m)}
        if m.note:
            entry["note"] = m.note
        entry["items"] = m.items
        labels.append(entry)
    doc = {"version": 1, "convention": "see tests/corpus/README.md", "mails": labels}
    (HERE / "labels.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8"
    )
    print(f"wrote {len(M)} mails to {out}")


if __name__ == "__main__":
    main()
