"""holdout15 hosting-quota mails: a GitHub Actions minutes series (75/90/100 %, then a plan upgrade), Git LFS
bandwidth, the shared mailbox's own Microsoft 365 storage warning, AWS Free Tier, Dothome traffic (forwarded),
Gabia web hosting disk, NAVER Cloud Object Storage, and a reply in a thread about the Actions minutes."""

from __future__ import annotations

from h15_lib import (
    BANNER_EN,
    BANNER_KO,
    QUOTA,
    M,
    banner_html,
    item,
    kdate,
    naver_fwd,
    outlook_hdr_en,
    q_subject,
    quote_lines,
    safelink,
)

GH_SENDER = ("GitHub", "noreply@github.com")
GH_FOOT = (
    "\n\n---\nYou're receiving this email because you are a billing manager of the haneul-lx organization.\n"
    "Manage your notification settings: https://github.com/settings/notifications\n"
    "GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107\n"
)


def _gh_text(pct: int, extra: str) -> str:
    return (
        BANNER_EN
        + f"\nHi @haneul-lx,\n\nThe haneul-lx organization has used {pct}% of the 2,000 GitHub Actions minutes "
        "included with its plan for the current billing cycle (Nov 1, 2026 - Nov 30, 2026).\n\n"
        + extra
        + "\nTo see which repositories and workflows are using minutes, view your usage report:\n"
        + safelink("https://github.com/organizations/haneul-lx/settings/billing/usage", f"gh{pct}")
        + "\n\nTo keep workflows running after your included minutes are used up, set a budget for Actions "
        "with a payment method on file, or upgrade your plan." + GH_FOOT
    )


gh_75 = M(
    name="h15_gh_actions_75_en",
    category="positive",
    lang="en",
    sender=GH_SENDER,
    subject="[EXTERNAL] [GitHub] You've used 75% of included Actions minutes for haneul-lx",
    date="2026-11-10 06:14 -0800",
    text=_gh_text(75, "Included minutes reset on Dec 1, 2026.\n"),
    cte="8bit",
    items=[item(QUOTA, "GitHub", "haneul-lx", "default", aliases=["haneul-lx organization"])],
    note="series 1/4; no action date (reset date and billing cycle are distractors)",
)
gh_90 = M(
    name="h15_gh_actions_90_en_alt",
    category="positive",
    lang="en",
    sender=GH_SENDER,
    subject="[EXTERNAL] [GitHub] You've used 90% of included Actions minutes for haneul-lx",
    date="2026-11-16 22:40 -0800",
    html=banner_html(
        '<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:14px;color:#24292f">'
        '<table width="544" align="center"><tr><td><img src="https://github.githubassets.com/images/email/'
        'global/octocat-logo.png" width="32"></td></tr><tr><td><h2 style="font-weight:400">You\'ve used '
        "<b>90%</b> of your included Actions minutes</h2><p>Hi @haneul-lx,</p><p>The <b>haneul-lx</b> "
        "organization has used 1,812 of 2,000 included minutes this billing cycle. When you reach 100%, "
        "workflows in private repositories will stop running until the cycle resets, unless a budget allows "
        'additional paid usage.</p><table cellpadding="6" style="border:1px solid #d0d7de"><tr><td>Ubuntu'
        "</td><td>1,001 min</td></tr><tr><td>Windows (2x)</td><td>511 min</td></tr><tr><td>macOS (10x)</td><td>"
        '300 min</td></tr></table><p><a href="https://github.com/organizations/haneul-lx/settings/billing" '
        'style="background:#1f883d;color:#fff;padding:8px 14px;border-radius:6px;text-decoration:none">'
        'Manage billing</a></p></td></tr><tr><td style="font-size:12px;color:#57606a">GitHub, Inc. '
        "&#12539;88 Colin P Kelly Jr Street &#12539;San Francisco, CA 94107</td></tr></table></body></html>"
    ),
    text=_gh_text(90, "Included minutes reset on Dec 1, 2026.\n"),
    form="alt",
    cte="quoted-printable",
    items=[item(QUOTA, "GitHub", "haneul-lx", "default", aliases=["haneul-lx organization"])],
    note="series 2/4; HTML and text parts differ in detail",
)
gh_100 = M(
    name="h15_gh_actions_100_en",
    category="positive",
    lang="en",
    sender=GH_SENDER,
    subject="[EXTERNAL] [GitHub] haneul-lx has used all included Actions minutes",
    date="2026-11-19 03:55 -0800",
    text=_gh_text(
        100,
        "Workflows in private repositories of haneul-lx are now blocked. Included minutes reset on Dec 1, 2026.\n",
    ),
    cte="base64",
    items=[item(QUOTA, "GitHub", "haneul-lx", "default", aliases=["haneul-lx organization"])],
    note="series 3/4; quota exceeded now; the reset date is not an action deadline",
)
gh_upgraded = M(
    name="h15_gh_plan_upgraded_en",
    category="resolution",
    lang="en",
    sender=GH_SENDER,
    subject="[EXTERNAL] [GitHub] Your haneul-lx organization is now on GitHub Team",
    date="2026-11-20 01:12 -0800",
    text=(
        BANNER_EN
        + "\nHi @haneul-lx,\n\nThanks for upgrading! The haneul-lx organization is now on the GitHub Team plan.\n\n"
        "  - Included Actions minutes: 2,000 -> 3,000 per month, plus a US$50 Actions budget\n"
        "  - Packages storage: 2 GB\n\nYour Actions usage limit has been raised and blocked workflows can run "
        "again.\n\nReceipt: 4 seats x US$4.00, prorated US$10.93, charged to Visa ending 4417 on Nov 20, 2026.\n"
        + GH_FOOT
    ),
    cte="8bit",
    items=[item(QUOTA, "GitHub", "haneul-lx", None, resolves=True, aliases=["haneul-lx organization"])],
    note="series 4/4: plan upgraded and budget set, closes the Actions minutes item",
)

gh_thread_reply = M(
    name="h15_gh_thread_reply_en",
    category="reply",
    lang="en",
    sender=("Minjun Choi", "minjun.choi@haneul-lx.co.kr"),
    subject="RE: [EXTERNAL] [GitHub] You've used 90% of included Actions minutes for haneul-lx",
    date="2026-11-17 16:20 +0900",
    text=(
        "I turned off the nightly macOS build for the tracker app, that was 300 of the minutes. We should still "
        "budget for paid minutes - deploys for the portal will stop otherwise.\n\nMinjun\n\n"
        + outlook_hdr_en(
            "Dohyun Lee <dohyun.lee@haneul-lx.co.kr>",
            "Tuesday, November 17, 2026 3:58 PM",
            "Minjun Choi <minjun.choi@haneul-lx.co.kr>; it@haneul-lx.co.kr",
            "RE: [EXTERNAL] [GitHub] You've used 90% of included Actions minutes for haneul-lx",
        )
        + "Minjun, which workflows can we turn off?\n\n"
        + outlook_hdr_en(
            "GitHub <noreply@github.com>",
            "Tuesday, November 17, 2026 3:40 PM",
            "it@haneul-lx.co.kr",
            "[EXTERNAL] [GitHub] You've used 90% of included Actions minutes for haneul-lx",
        )
        + quote_lines(_gh_text(90, "Included minutes reset on Dec 1, 2026.\n"))
    ),
    cte="quoted-printable",
    items=[],
    note="three-level Outlook thread quoting the 90% notice: evidence only",
)

gh_lfs = M(
    name="h15_gh_lfs_bandwidth_en",
    category="positive",
    lang="en",
    sender=GH_SENDER,
    subject="[EXTERNAL] [GitHub] Git LFS bandwidth for haneul-lx is at 80%",
    date="2026-10-08 12:00 -0700",
    text=(
        BANNER_EN + "\nHi @haneul-lx,\n\nWe wanted to let you know that you've used 80% of your Git LFS data plan for "
        "haneul-lx (0.8 GB of 1 GB bandwidth). Once you exceed your data plan, Git LFS objects in your "
        "repositories will not be downloadable until you purchase more data packs or your monthly bandwidth "
        "resets.\n\nPurchase more data packs:\nhttps://github.com/organizations/haneul-lx/billing/data/upgrade\n"
        "\nStorage: 0.6 GB of 1 GB used.\n" + GH_FOOT
    ),
    cte="8bit",
    items=[item(QUOTA, "GitHub", "haneul-lx", "default", aliases=["haneul-lx organization"])],
    note="LFS bandwidth warning, no date",
)

m365_mailbox = M(
    name="h15_m365_mailbox_full_ko",
    category="positive",
    lang="ko",
    sender=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@haneul-lx.co.kr"),
    subject=q_subject("사서함이 거의 꽉 찼습니다."),
    date="2026-11-03 04:12 +0000",
    html=(
        "<html><body><table width=\"100%\" style=\"font-family:'Segoe UI','맑은 고딕';font-size:14px\">"
        '<tr><td style="font-size:20px;color:#c00">사서함이 거의 꽉 찼습니다.</td></tr>'
        '<tr><td style="padding:10px 0">사서함(it@haneul-lx.co.kr)이 할당량에 거의 도달했습니다. 현재 크기: '
        "<b>48.7GB</b> / 49.5GB에서 보내기가 금지되며, 50GB에서 보내기와 받기가 모두 금지됩니다.</td></tr>"
        "<tr><td>불필요한 항목을 삭제하고 지운 편지함을 비우거나, 보관(Archive) 사서함을 사용하세요. 조직의 "
        "관리자에게 문의하여 사서함 크기를 늘릴 수도 있습니다.</td></tr>"
        '<tr><td style="padding-top:20px;font-size:11px;color:#666">이 메시지는 Microsoft Exchange Online에서 '
        "자동으로 생성되었습니다.</td></tr></table></body></html>"
    ),
    form="html",
    cte="base64",
    items=[item(QUOTA, "Microsoft 365", "it@haneul-lx.co.kr", "default", aliases=["it"])],
    note=(
        "Exchange Online quota warning for the shared mailbox itself; it comes from the tenant's own system "
        "address, so it authenticates as the company's domain; Q-encoded subject"
    ),
)

aws_free = M(
    name="h15_aws_free_tier_s3_en",
    category="positive",
    lang="en",
    sender=("AWS Free Tier", "freetier@costalerts.amazonaws.com"),
    subject="[EXTERNAL] AWS Free Tier limit alert",
    date="2026-09-22 18:30 +0000",
    text=(
        BANNER_EN
        + "\nHello,\n\nYour AWS account 4821 0937 5512 has exceeded 85% of the usage limit for one or more AWS "
        "Free Tier-eligible services for the month of September.\n\n"
        "Product  | AWS Free Tier Usage Limit          | Your Usage\n"
        "Amazon Simple Storage Service | 5 GB-Mo for free for 12 months | 4.31 GB-Mo\n\n"
        "Your account is now approaching the AWS Free Tier limit. Usage above the Free Tier limit is billed at "
        "standard rates. To learn more, visit the Billing and Cost Management console.\n\n"
        "Sincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc. "
        "and affiliates, 410 Terry Ave. North, Seattle, WA 98109.\n"
    ),
    cte="7bit",
    items=[item(QUOTA, "AWS", "4821 0937 5512", "default", aliases=["482109375512", "Amazon S3"])],
    note="Free Tier usage alert; target is the account number (S3 named as the service)",
)

_dothome = (
    "안녕하세요. 닷홈입니다.\n\n고객님께서 사용하시는 무료호스팅(haneulmall.dothome.co.kr)의 일일 트래픽이 "
    "90%를 초과하였습니다.\n\n- 계정 : haneulmall\n- 일일 트래픽 제공량 : 1,000MB\n- 현재 사용량 : 913MB (91%)\n"
    "- 측정 시각 : 2026-10-14 15:00\n\n일일 트래픽을 모두 사용하면 자정(00:00)까지 홈페이지 접속이 차단됩니다. "
    "트래픽 부족이 반복되면 상위 상품으로 변경하시기 바랍니다.\n\n닷홈 고객센터 https://www.dothome.co.kr\n"
)
dothome_fwd = M(
    name="h15_dothome_traffic_fw_naver_ko",
    category="forward",
    lang="ko",
    sender=("정하은", "haeun.jung@haneul-lx.co.kr"),
    subject="FW: [닷홈] 트래픽 사용량 90% 초과 안내",
    date="2026-10-14 16:05 +0900",
    text=(
        "이벤트 페이지 때문인 것 같습니다. 개인 메일로 와서 전달드려요.\n\n"
        + naver_fwd(
            '"닷홈"<help@dothome.co.kr>',
            '"haeun_j"<haeun_j@naver.com>',
            "2026-10-14 (수) 15:02:11",
            "[닷홈] 트래픽 사용량 90% 초과 안내",
            _dothome,
        )
    ),
    charset="euc-kr",
    cte="base64",
    items=[item(QUOTA, "Dothome", "haneulmall", "default", aliases=["haneulmall.dothome.co.kr"])],
    note="Naver-mail style '-----전달된 메시지-----' forward; traffic warning without a date",
)

gabia_hosting = M(
    name="h15_gabia_webhosting_disk_ko",
    category="positive",
    lang="ko",
    sender=("가비아", "hosting@gabia.com"),
    subject="[가비아] 웹호스팅 디스크 사용량 초과 및 이용 제한 예정 안내",
    date="2026-11-21 10:30 +0900",
    html=banner_html(
        '<html><body><table width="640" style="font-family:\'Malgun Gothic\';font-size:13px">'
        '<tr><td style="border-bottom:3px solid #0d6eff;padding:20px"><b>gabia</b> 웹호스팅</td></tr>'
        '<tr><td style="padding:20px;line-height:22px">안녕하세요, 하늘물류 고객님.<br>'
        "이용 중인 웹호스팅의 디스크 사용량이 제공 용량을 초과하였습니다.<br><br>"
        '<table border="1" cellpadding="6" style="border-collapse:collapse">'
        "<tr><th>서비스</th><td>리눅스 웹호스팅 베이직 (portal.haneul-lx.co.kr)</td></tr>"
        "<tr><th>제공 용량</th><td>10GB</td></tr><tr><th>사용량</th><td>10.4GB (104%)</td></tr>"
        "<tr><th>서비스 만기일</th><td>2027-06-30</td></tr></table><br>"
        "<b>" + kdate(2026, 12, 1) + " 오전 10시</b>까지 불필요한 파일을 정리하거나 상위 상품으로 변경하지 "
        "않으시면 파일 업로드 및 DB 쓰기가 제한됩니다.<br></td></tr>"
        '<tr><td style="padding:20px;font-size:11px;color:#888">(주)가비아 | 고객센터 1544-4370</td></tr>'
        "</table></body></html>"
    ),
    form="html",
    charset="ks_c_5601-1987",
    cte="quoted-printable",
    items=[item(QUOTA, "Gabia", "portal.haneul-lx.co.kr", "2026-12-01", aliases=["리눅스 웹호스팅 베이직"])],
    note="restriction date with weekday and 오전 time; service expiry 2027-06-30 is a distractor",
)

ncloud = M(
    name="h15_ncloud_objectstorage_ko",
    category="positive",
    lang="ko",
    sender=("NAVER Cloud Platform", "noreply@ncloud.com"),
    subject="[NAVER Cloud Platform] Object Storage 버킷 사용량 임계치 도달 안내",
    date="2026-09-29 09:15 +0900",
    text=(
        BANNER_KO + "\n안녕하세요. 네이버클라우드플랫폼입니다.\n\n고객님의 Object Storage 버킷 사용량이 설정된 한도의 "
        "90%에 도달하여 안내드립니다.\n\n  · 회원 ID : haneul_infra\n  · 버킷명 : haneul-pod-images\n"
        "  · 용량 한도 : 500GB\n  · 현재 사용량 : 452GB\n\n한도에 도달하면 해당 버킷에 대한 업로드(PUT) 요청이 "
        "거부됩니다. 콘솔의 [Object Storage > Bucket Management]에서 한도를 변경하거나 불필요한 객체를 삭제해 "
        "주세요.\n\n※ 본 메일은 발신 전용입니다.\n네이버클라우드(주) | 경기도 성남시 분당구 분당내곡로 117\n"
    ),
    cte="quoted-printable",
    items=[item(QUOTA, "NAVER Cloud", "haneul-pod-images", "default", aliases=["haneul_infra"])],
    note="bucket quota at 90%, no date",
)

MAILS = [
    gh_lfs,
    gh_75,
    gh_90,
    gh_thread_reply,
    gh_100,
    gh_upgraded,
    m365_mailbox,
    aws_free,
    dothome_fwd,
    gabia_hosting,
    ncloud,
]

cafe24_traffic = M(
    name="h15_cafe24_traffic_block_ko",
    category="positive",
    lang="ko",
    sender=("카페24 호스팅센터", "hosting_master@cafe24.com"),
    subject="[카페24] 웹호스팅 트래픽 초과 - 사이트 접속 제한 예정 안내 (haneulmall)",
    date="2026-11-13 11:30 +0900",
    html=banner_html(
        '<html><body><table width="620" style="font-size:13px;font-family:\'Nanum Gothic\',dotum">'
        '<tr><td style="background:#1a1f36;color:#fff;padding:14px">cafe24 호스팅센터</td></tr>'
        '<tr><td style="padding:18px;line-height:21px">안녕하세요. 카페24 호스팅센터입니다.<br><br>'
        "회원님(haneulmall)의 웹호스팅 월 전송량이 제공량을 초과하였습니다.<br>"
        "&middot; 상품: 10G 광아우토반 Full SSD 일반형<br>&middot; 월 전송량: 45GB 중 47.2GB 사용<br>"
        "&middot; 집계 기간: 2026-11-01 ~ 2026-11-30<br><br>"
        "초과 상태가 계속되면 <b>2026/11/16</b> 00시부터 월말까지 사이트 접속이 제한됩니다. 그 전에 "
        "트래픽 추가 구매 또는 상품 변경을 신청해 주세요.<br><br>"
        '<a href="https://hosting.cafe24.com/?controller=myservice_traffic">트래픽 추가 구매</a></td></tr>'
        '<tr><td style="padding:18px;font-size:11px;color:#999">카페24(주) | 고객센터 1588-3284</td></tr>'
        "</table></body></html>"
    ),
    form="html",
    charset="euc-kr",
    cte="base64",
    items=[item(QUOTA, "Cafe24", "haneulmall", "2026-11-16", aliases=["haneulmall.co.kr"])],
    note="suspension date written 2026/11/16; usage period dates are distractors",
)

ktcloud = M(
    name="h15_ktcloud_storage_ko",
    category="positive",
    lang="ko",
    sender=("kt cloud", "noreply@ktcloud.com"),
    subject="[kt cloud] 스토리지 용량 초과 예정 안내",
    date="2026-10-05 13:00 +0900",
    text=(
        BANNER_KO + "\n안녕하세요, kt cloud입니다.\n\n고객님의 NAS 볼륨 사용량이 할당 용량의 95%를 초과하였습니다.\n\n"
        "[대상 정보]\n  계정: haneul-ops\n  볼륨: nas-wms-backup (1TB)\n  사용량: 973GB (95.0%)\n\n"
        "용량이 가득 차면 해당 볼륨에 쓰기가 불가하여 백업 작업이 실패할 수 있습니다. 콘솔에서 볼륨 용량을 "
        "증설하시거나 불필요한 데이터를 삭제해 주시기 바랍니다.\n\n감사합니다.\nkt cloud 고객센터 080-2580-005\n"
    ),
    cte="8bit",
    items=[item(QUOTA, "kt cloud", "nas-wms-backup", "default", aliases=["haneul-ops"])],
    note="storage volume nearly full, no date",
)

MAILS += [cafe24_traffic, ktcloud]
