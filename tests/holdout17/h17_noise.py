"""holdout17 negatives (noise a nonprofit admin@ mailbox gets) and phishing lures."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, Mail, item
from h17_lib import layout

TO = "admin@hanbitbridge.org"
AUTH_ORG = "hanbitbridge.org"


def lu(dom: str) -> dict[str, str]:
    return {
        "List-Unsubscribe": f"<https://{dom}/unsubscribe?u=hbf>, <mailto:unsubscribe@{dom}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


NEGATIVES: list[Mail] = [
    Mail(
        name="h17_neg_donation_receipt_en",
        category="negative",
        lang="en",
        sender=("Givebutter", "receipts@givebutter.com"),
        to=TO,
        subject="New donation to Hanbit Bridge Foundation: $150.00",
        date="2026-11-12 19:22 -0500",
        text="A donation was made to your campaign Winter Coat Drive 2026.\n\nDonor: Sarah K.\n"
        "Amount: $150.00\nDate: November 12, 2026\nCampaign ends: December 31, 2026\n\n"
        "The donor's card expires 03/28; recurring gifts will continue until then.\n",
        items=[],
        note="campaign end and card expiry are not vendor deadlines",
    ),
    Mail(
        name="h17_neg_donation_receipt_ko",
        category="negative",
        lang="ko",
        sender=("한빛다리재단", "donate@hanbitbridge.org"),
        to=TO,
        auth_domain=AUTH_ORG,
        subject="[한빛다리재단] 정기후원 기부금 영수증 발급 안내",
        date="2026-10-05 10:00 +0900",
        charset="euc-kr",
        cte="base64",
        text="후원자님, 2026년 9월 정기후원금 30,000원이 정상 출금되었습니다.\n"
        "연말정산용 기부금 영수증은 2027년 1월 15일부터 국세청 간소화 서비스에서 조회 가능합니다.\n",
        items=[],
    ),
    Mail(
        name="h17_neg_techsoup_offer_en",
        category="negative",
        lang="en",
        sender=("TechSoup", "news@techsoup.org"),
        to=TO,
        headers=lu("techsoup.org"),
        subject="Last chance: Microsoft and Adobe donations for your nonprofit",
        date="2026-11-17 12:00 -0800",
        form="html",
        html=layout(
            "<h1>Don't miss out</h1><p>Your nonprofit's eligibility for discounted Adobe "
            "Acrobat expires December 31, 2026. Request before the offer ends!</p>"
            "<p>Plus: free webinar &ldquo;Cloud storage on a budget&rdquo; on Dec 3.</p>",
            footer="TechSoup Global, 435 Brannan St, San Francisco. Unsubscribe",
            pixel="https://t.techsoup.org/p.gif",
        ),
        items=[],
        note="marketing: offer end date",
    ),
    Mail(
        name="h17_neg_google_nonprofits_en",
        category="negative",
        lang="en",
        sender=("Google for Nonprofits", "nonprofits-noreply@google.com"),
        to=TO,
        headers=lu("google.com"),
        subject="Your Google Ad Grants account: tips to use your $10,000 monthly budget",
        date="2026-10-01 08:00 -0700",
        form="html",
        html=layout(
            "<p>Hi Hanbit Bridge Foundation,</p><p>Unused Ad Grants budget does not roll over "
            "&ndash; it expires at the end of each month. Try these 3 tips...</p>"
            "<p>Also new: Google Workspace for Nonprofits now includes 100 TB pooled storage on "
            "Business Plus discount plans.</p>",
            footer="Google LLC. Unsubscribe",
        ),
        items=[],
    ),
    Mail(
        name="h17_neg_event_invite_ko",
        category="negative",
        lang="ko",
        sender=("서울시자원봉사센터", "news@vms.or.kr"),
        to=TO,
        headers=lu("vms.or.kr"),
        subject="[초대] 2026 비영리 IT 역량강화 워크숍 (12월 5일)",
        date="2026-11-03 14:00 +0900",
        form="html",
        html=layout(
            "<p>신청 마감: 2026년 11월 28일(토)까지</p><p>주제: 도메인·호스팅 만료 관리, 소셜 로그인 API 변경 대응</p>",
            footer="수신거부",
        ),
        items=[],
        note="event about the topic, not a notice",
    ),
    Mail(
        name="h17_neg_kakao_newsletter_ko",
        category="negative",
        lang="ko",
        sender=("카카오디벨로퍼스", "news@kakaocorp.com"),
        to=TO,
        headers=lu("kakaocorp.com"),
        subject="[카카오디벨로퍼스 뉴스레터] 11월 소식: SDK 버전 정책과 지원 종료 일정 총정리",
        date="2026-11-20 09:00 +0900",
        form="html",
        html=layout(
            "<p>이번 달 뉴스레터에서는 카카오 SDK의 버전 정책을 정리했습니다. 일반적으로 "
            "구버전 SDK는 Deprecated 공지 후 일정 기간이 지나 지원 종료됩니다.</p>"
            "<p>개발자 밋업 신청은 12월 1일까지!</p>",
            footer="수신을 원치 않으시면 수신거부",
        ),
        items=[],
        note="general newsletter about deprecation policy, no app named",
    ),
    Mail(
        name="h17_neg_meta_blog_en",
        category="negative",
        lang="en",
        sender=("Meta for Developers", "developers@facebookmail.com"),
        to=TO,
        headers=lu("facebookmail.com"),
        subject="Developer news: Graph API v25.0 is here",
        date="2026-10-08 10:00 -0700",
        text="Today we're releasing Graph API v25.0 and Marketing API v25.0. As a reminder, each version "
        "is available for at least two years. Read the changelog to see what's deprecated in this "
        "release.\n\nUnsubscribe from Developer News.\n",
        items=[],
    ),
    Mail(
        name="h17_neg_ssl_expiry_en",
        category="negative",
        lang="en",
        sender=("GoDaddy", "ssl@godaddy.com"),
        to=TO,
        subject="Your SSL certificate for donate.hanbitbridge.org expires in 14 days",
        date="2026-11-15 07:00 -0700",
        text="Your Standard SSL certificate for donate.hanbitbridge.org expires on 11/29/2026. Renew it "
        "to keep the padlock in your visitors' browsers.\n",
        items=[],
        note="SSL certificate expiry: not a built-in kind",
    ),
    Mail(
        name="h17_neg_password_it_en",
        category="negative",
        lang="en",
        sender=("HBF IT Helpdesk", "it@hanbitbridge.org"),
        to=TO,
        auth_domain=AUTH_ORG,
        subject="Your password expires in 5 days",
        date="2026-11-18 08:00 -0500",
        text="Hi admin,\n\nPer our volunteer security policy your Google Workspace password expires on "
        "November 23, 2026. Change it at myaccount.google.com before then.\n\n- HBF IT (volunteer)\n",
        items=[],
    ),
    Mail(
        name="h17_neg_canva_trial_en",
        category="negative",
        lang="en",
        sender=("Canva", "marketing@engage.canva.com"),
        to=TO,
        headers=lu("engage.canva.com"),
        subject="Your Canva Pro trial ends in 3 days",
        date="2026-11-09 11:00 +1100",
        form="html",
        html=layout(
            "<p>Your free trial of Canva Pro ends on Nov 12. Apply for Canva for Nonprofits to keep Pro free.</p>",
            footer="Canva, Sydney. Unsubscribe",
        ),
        items=[],
        note="trial ending: not hosting/domain/sign-in",
    ),
    Mail(
        name="h17_neg_dropbox_full_en",
        category="negative",
        lang="en",
        sender=("Dropbox", "no-reply@dropbox.com"),
        to=TO,
        subject="Your Dropbox is full",
        date="2026-10-17 04:00 +0000",
        text="Hi Hanbit,\n\nYour Dropbox is full (2 GB of 2 GB). Files will stop syncing. Upgrade to "
        "Dropbox Plus for 2 TB.\n",
        items=[],
        note="personal file-sync storage, not a hosting quota (brief: non-built-in noise); unsure",
    ),
    Mail(
        name="h17_neg_wdrp_en",
        category="negative",
        lang="en",
        sender=("GoDaddy", "domains@godaddy.com"),
        to=TO,
        subject="Annual WHOIS Data Reminder",
        date="2026-09-14 06:00 -0700",
        text="ICANN requires us to remind you annually to review your WHOIS information.\n\n"
        "  give-hanbit.org   Expires: 12/15/2026\n\nIf your information is accurate, no action is "
        "required.\n",
        items=[],
        note="WDRP listing an expiry: negative per convention",
    ),
    Mail(
        name="h17_neg_godaddy_promo_en",
        category="negative",
        lang="en",
        sender=("GoDaddy", "offers@godaddy.com"),
        to=TO,
        headers=lu("godaddy.com"),
        subject="Grab a .org for $1.99* - sale ends Sunday",
        date="2026-11-19 05:00 -0700",
        form="html",
        html=layout(
            "<h1>.ORG for $1.99*</h1><p>Nonprofits, claim your name before someone else does. "
            "Offer expires 11/22/2026.</p>",
            footer="*First year. Unsubscribe",
        ),
        items=[],
    ),
    Mail(
        name="h17_neg_gabia_coupon_ko",
        category="negative",
        lang="ko",
        sender=("가비아", "event@gabia.com"),
        to=TO,
        headers=lu("gabia.com"),
        subject="(광고) 도메인 연장 할인 쿠폰이 곧 만료됩니다",
        date="2026-11-10 10:00 +0900",
        charset="euc-kr",
        cte="8bit",
        text="(광고) 고객님께 발급된 .kr 도메인 20% 할인 쿠폰이 2026년 11월 30일에 만료됩니다.\n"
        "수신거부: 080-000-0000\n",
        items=[],
    ),
    Mail(
        name="h17_neg_transfer_lock_en",
        category="negative",
        lang="en",
        sender=("Squarespace", "no-reply@squarespace.com"),
        to=TO,
        subject="Your domain hanbitstories.org can be transferred soon",
        date="2026-11-01 09:00 -0400",
        text="The 60-day transfer lock on hanbitstories.org ends on November 29, 2026. After that "
        "date you can transfer the domain to another provider. The domain is registered until "
        "October 1, 2028.\n",
        items=[],
        note="transfer lock ending is informational, nothing at risk; unsure",
    ),
    Mail(
        name="h17_neg_new_signin_en",
        category="negative",
        lang="en",
        sender=("Google", "no-reply@accounts.google.com"),
        to=TO,
        subject="Security alert: new sign-in on Windows",
        date="2026-11-20 23:10 +0000",
        text="New sign-in to your account admin@hanbitbridge.org. If this was you, you don't need to do "
        "anything. If not, we'll help you secure your account.\n",
        items=[],
    ),
    Mail(
        name="h17_neg_personal_passport_ko",
        category="negative",
        lang="ko",
        sender=("최은영", "eunyoung.choi@gmail.com"),
        to=TO,
        auth_domain="gmail.com",
        subject="다음 달 방한 일정 관련",
        date="2026-10-12 20:00 -0700",
        text="안녕하세요, 제 여권이 2027년 1월에 만료돼서 갱신하고 있어요. 12월 행사는 참석 가능해요!\n",
        items=[],
    ),
    Mail(
        name="h17_neg_zoom_invoice_en",
        category="negative",
        lang="en",
        sender=("Zoom", "billing@zoom.us"),
        to=TO,
        attachment=True,
        subject="Your Zoom invoice INV-2026-1104",
        date="2026-11-04 03:00 +0000",
        text="Thank you for your payment of $0.00 (nonprofit discount). Service period: Nov 4, 2026 - "
        "Dec 3, 2026. The invoice is attached.\n",
        items=[],
    ),
    Mail(
        name="h17_neg_dothome_promo_ko",
        category="negative",
        lang="ko",
        sender=("닷홈", "news@dothome.co.kr"),
        to=TO,
        headers=lu("dothome.co.kr"),
        subject="(광고) 비영리단체 호스팅 50% 할인 이벤트",
        date="2026-09-20 10:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html=layout(
            "<p>(광고) 트래픽 걱정 없는 비즈니스 호스팅! 이벤트 기간 2026.09.20~2026.10.31</p>", footer="수신거부"
        ),
        items=[],
    ),
    Mail(
        name="h17_neg_mailchimp_newsletter_en",
        category="negative",
        lang="en",
        sender=("Nonprofit Tech for Good", "newsletter@nptechforgood.com"),
        to=TO,
        headers=lu("nptechforgood.com"),
        subject="5 things to check before your domain expires",
        date="2026-10-15 06:00 -0500",
        form="html",
        html=layout(
            "<p>Is your nonprofit's domain on a departed volunteer's card? "
            "Turn on auto-renew, check your Workspace storage, and audit your "
            "social login apps...</p>",
            footer="Unsubscribe",
        ),
        items=[],
    ),
    Mail(
        name="h17_neg_gws_billing_ok_en",
        category="negative",
        lang="en",
        sender=("Google Workspace", "payments-noreply@google.com"),
        to=TO,
        subject="Your Google Workspace monthly statement is available",
        date="2026-11-02 10:00 +0000",
        text="Your statement for October 2026 for hanbitbridge.org is available. Amount due: $0.00 "
        "(Google Workspace for Nonprofits). Payment due date: November 30, 2026.\n",
        items=[],
    ),
    Mail(
        name="h17_neg_hover_newsletter_en",
        category="negative",
        lang="en",
        sender=("Hover", "news@hover.com"),
        to=TO,
        headers=lu("hover.com"),
        subject="New TLDs you'll love + expiring deals",
        date="2026-10-20 09:00 -0400",
        text="Deals expire Oct 31: .charity, .foundation and .ngo from $9.99.\n\nUnsubscribe\n",
        items=[],
    ),
]

NEGATIVES.append(
    Mail(
        name="h17_neg_naver_cafe_ko",
        category="negative",
        lang="ko",
        sender=("네이버 카페", "cafe_noreply@navercorp.com"),
        to=TO,
        headers=lu("navercorp.com"),
        subject="[한빛다리 봉사자 모임] 새 글 알림: 12월 김장 나눔 일정",
        date="2026-11-14 18:30 +0900",
        text="카페 새 글: 12월 김장 나눔 봉사 신청이 11월 30일에 마감됩니다. 봉사 확인서 유효기간도 확인해 주세요.\n",
        items=[],
    )
)

PHISHING: list[Mail] = [
    Mail(
        name="h17_phish_gws_storage_ko",
        category="phishing",
        lang="ko",
        sender=("Google Workspace", "admin-notice@google-workspace-kr.com"),
        to=TO,
        subject="[긴급] 조직 저장용량 100% 초과 - 메일 수신 중단 예정",
        date="2026-11-20 07:00 +0900",
        form="html",
        html=layout(
            "<p>hanbitbridge.org 저장용량이 가득 찼습니다. 24시간 이내에 관리자 "
            "인증을 하지 않으면 메일 수신이 중단됩니다.</p>"
            '<p><a href="http://google-workspace-kr.com/verify">인증하기</a></p>'
        ),
        items=[item(QUOTA, "Google Workspace", "hanbitbridge.org", "default", suspicious=True)],
        note="look-alike domain; '24시간 이내' would give 2026-11-21, default accepted",
    ),
    Mail(
        name="h17_phish_godaddy_lookalike_en",
        category="phishing",
        lang="en",
        sender=("GoDaddy Renewals", "renewals@godaddy-renewal-center.com"),
        to=TO,
        subject="FINAL NOTICE: give-hanbit.org will be deleted",
        date="2026-11-21 03:14 +0000",
        form="html",
        html=layout(
            "<p>Dear Customer,</p><p>Your domain <b>give-hanbit.org</b> expires on "
            "<b>November 25, 2026</b>. Pay the renewal fee now to avoid permanent deletion.</p>"
            '<p><a href="http://godaddy-renewal-center.com/pay">Renew Now</a></p>'
        ),
        items=[item(DOMAIN, "GoDaddy", "give-hanbit.org", "2026-11-25", suspicious=True)],
        note="look-alike domain",
    ),
    Mail(
        name="h17_phish_gws_freemail_en",
        category="phishing",
        lang="en",
        sender=("Google Workspace", "workspace.storage.team@gmail.com"),
        to=TO,
        auth_domain="gmail.com",
        subject="Storage full: incoming emails are being held",
        date="2026-11-19 02:00 +0000",
        text="Your mailbox admin@hanbitbridge.org has exceeded its storage quota. 14 incoming messages are "
        "being held. Verify your account within 24 hours to release them:\nhttp://bit.ly/ws-release\n",
        items=[item(QUOTA, "Google Workspace", "hanbitbridge.org", "default", suspicious=True)],
        note="vendor display name on a freemail",
    ),
    Mail(
        name="h17_phish_sq_dkimfail_en",
        category="phishing",
        lang="en",
        sender=("Squarespace", "no-reply@squarespace.com"),
        to=TO,
        auth=[
            "mx.google.com;\r\n       dkim=fail header.i=@squarespace.com header.s=s1;\r\n"
            "       spf=fail (google.com: domain of bounce@squarespace.com does not designate 185.220.101.4 "
            "as permitted sender) smtp.mailfrom=bounce@squarespace.com;\r\n"
            "       dmarc=fail (p=REJECT) header.from=squarespace.com",
            "mx.squarespace.com; dkim=pass header.i=@squarespace.com; spf=pass; dmarc=pass",
        ],
        subject="Payment declined - hanbitbridge.org will expire",
        date="2026-11-07 05:40 +0000",
        text="We could not charge your card for hanbitbridge.org. The domain expires on November 20, 2026. "
        "Re-enter your card details here: http://squarespace.account-billing.help/\n",
        items=[item(DOMAIN, "Squarespace", "hanbitbridge.org", "2026-11-20", suspicious=True)],
        note="topmost Authentication-Results fails; lower forged header claims pass",
    ),
    Mail(
        name="h17_phish_gabia_punycode_ko",
        category="phishing",
        lang="ko",
        sender=("가비아", "domain@xn--gbia-53d.com"),
        to=TO,
        subject="[가비아] 도메인 만료 최종 안내 - 즉시 결제 필요",
        date="2026-11-16 01:00 +0900",
        charset="euc-kr",
        cte="base64",
        text="hanbitbridge.or.kr 도메인이 2026년 11월 24일 만료됩니다. 아래 링크에서 즉시 결제하세요.\n"
        "http://xn--gbia-53d.com/pay\n",
        items=[item(DOMAIN, "Gabia", "hanbitbridge.or.kr", "2026-11-24", suspicious=True)],
        note="punycode of g + Cyrillic a + bia (homoglyph of gabia.com)",
    ),
    Mail(
        name="h17_phish_google_homoglyph_en",
        category="phishing",
        lang="en",
        sender=("Google Workspace Admin", "no-reply@googIe-workspace-alerts.com"),
        to=TO,
        subject="[Action Required] Your organization storage is 100% full",
        date="2026-11-18 06:00 +0000",
        form="html",
        html=layout(
            "<p>hanbitbridge.org has used 100% of its pooled storage. Email delivery will be "
            "suspended on November 22, 2026 unless you confirm your admin credentials.</p>"
            '<p><a href="http://googIe-workspace-alerts.com/login">Sign in to Admin console</a></p>'
        ),
        items=[item(QUOTA, "Google Workspace", "hanbitbridge.org", "2026-11-22", suspicious=True)],
        note="capital I for l in googIe",
    ),
    Mail(
        name="h17_phish_netsol_prefix_en",
        category="phishing",
        lang="en",
        sender=("Network Solutions", "billing@networksolutions.com.renew-domains.net"),
        to=TO,
        subject="Domain hanbitbridge.us - redemption payment required",
        date="2026-11-02 12:00 -0500",
        text="Your domain hanbitbridge.us is in redemption. Pay the $240 restore fee by November 10, 2026 "
        "or lose it: http://renew-domains.net/ns\n",
        items=[item(DOMAIN, "Network Solutions", "hanbitbridge.us", "2026-11-10", suspicious=True)],
        note="vendor domain used as prefix of another domain",
    ),
]
