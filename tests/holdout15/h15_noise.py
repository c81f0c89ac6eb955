"""holdout15 noise: what else lands in the it@ mailbox (Microsoft 365 admin and service-health messages,
licence renewals and trials, SSL certificates, invoices, own-IT password expiry, webinars, newsletters,
coupons, a WHOIS data reminder, a new-sign-in alert, personal mail), and phishing that imitates Microsoft,
registrars and Kakao."""

from __future__ import annotations

import hashlib

from h15_lib import (
    BANNER_EN,
    BANNER_KO,
    DOMAIN,
    QUOTA,
    SOCIAL,
    M,
    banner_html,
    item,
    kdate,
    q_subject,
    safelink,
    word_html,
    wp,
)


def _unsub(domain: str) -> dict[str, str]:
    h = hashlib.sha1(domain.encode()).hexdigest()[:10]
    return {
        "List-Unsubscribe": f"<https://email.{domain}/unsubscribe?id={h}>, <mailto:unsubscribe-{h}@{domain}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


MS_FOOT = (
    "\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052 USA\n"
    "This message was sent from an unmonitored email address. Please do not reply to this message.\n"
    "Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n"
)

m365_health = M(
    name="h15_neg_m365_service_health_en",
    category="negative",
    lang="en",
    sender=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    subject="[EXTERNAL] Service health: EX1192834 - Users may be unable to access shared mailboxes in Outlook "
    "on the web",
    date="2026-10-02 07:40 +0000",
    text=(
        BANNER_EN + "\nIncident EX1192834 | Exchange Online | Status: Service restored\n\n"
        "User impact: Users may have been unable to access shared mailboxes in Outlook on the web.\n\n"
        "Final status: We've confirmed that the deployment of a fix has completed and the impact is remediated.\n"
        "Scope of impact: Any user attempting to open a shared mailbox in Outlook on the web in the Asia Pacific "
        "region.\nStart time: Thursday, October 1, 2026, 10:15 PM UTC\nEnd time: Friday, October 2, 2026, "
        "5:30 AM UTC\nRoot cause: A recent configuration change caused requests to expire prematurely.\n\n"
        "This is the final update for the event.\n\nView in admin center: https://admin.microsoft.com/"
        "Adminportal/Home#/servicehealth/:/alerts/EX1192834" + MS_FOOT
    ),
    cte="7bit",
    items=[],
    note="service health incident; 'expire' in the root cause",
)

m365_mc_retire = M(
    name="h15_neg_m365_mc_retirement_en",
    category="negative",
    lang="en",
    sender=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    subject="[EXTERNAL] Message center: (Updated) Retirement of Exchange Web Services (EWS) in Exchange Online "
    "- MC862873",
    date="2026-09-18 00:30 +0000",
    html=banner_html(
        '<html><body><table width="640" style="font-family:\'Segoe UI\';font-size:14px"><tr><td><p>'
        "<b>Major update</b> | Plan for change | Admin impact</p><p>Microsoft 365 Message center</p>"
        "<h2>(Updated) Retirement of Exchange Web Services (EWS) in Exchange Online</h2><p>Updated September 17,"
        " 2026: We have updated the timeline below.</p><p>Starting October 1, 2026, we will begin blocking EWS "
        "requests from non-Microsoft apps to Exchange Online. EWS will be fully retired on April 1, 2027. "
        "Apps that use EWS should move to Microsoft Graph.</p><p><b>How this will affect your organization:"
        "</b> If your organization uses applications that access Exchange Online through EWS, they will stop "
        'working.</p><p>MC862873 | Exchange Online | Act by: April 1, 2027</p><p><a href="'
        + safelink("https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC862873", "mc")
        + '">View message</a></p></td></tr></table></body></html>'
    ),
    form="html",
    cte="quoted-printable",
    items=[],
    note=(
        "a Microsoft API retirement with an 'Act by' date, but Microsoft/EWS is not a social-login provider and "
        "none of the three kinds applies"
    ),
)

m365_license = M(
    name="h15_neg_m365_license_renewal_en",
    category="negative",
    lang="en",
    sender=("Microsoft", "microsoft-noreply@microsoft.com"),
    subject="[EXTERNAL] Your Microsoft 365 Business Standard subscription will renew on December 14, 2026",
    date="2026-11-14 02:00 +0000",
    text=(
        BANNER_EN
        + "\nHaneul Logistics Co., Ltd.\n\nYour subscription to Microsoft 365 Business Standard (40 licenses) "
        "will automatically renew on December 14, 2026. You'll be charged KRW 6,336,000 (plus tax) to the "
        "payment method on file.\n\nBilling account: 0f3c2a11-9a7e-4e55-b0c2-88e1d4a7c903\n"
        "Subscription ID: 6a0b...c19\n\nTo make changes, go to Billing > Your products in the Microsoft 365 "
        "admin center." + MS_FOOT
    ),
    cte="7bit",
    items=[],
    note="software licence auto-renewal: not a built-in kind",
)

powerbi_trial = M(
    name="h15_neg_powerbi_trial_ko",
    category="negative",
    lang="ko",
    sender=("Microsoft", "microsoft-noreply@microsoft.com"),
    subject="[EXTERNAL] Power BI Pro 평가판이 7일 후에 만료됩니다",
    date="2026-11-09 01:00 +0000",
    text=(
        BANNER_KO
        + "\n하늘물류 관리자님,\n\nPower BI Pro 평가판(라이선스 25개)이 2026년 11월 16일에 만료됩니다. 만료 후에는 "
        "Pro 기능(공유, 협업)을 사용할 수 없으며 보고서는 30일 동안 보존됩니다.\n\n계속 사용하려면 Microsoft 365 "
        "관리 센터에서 구독을 구매하세요.\n\nMicrosoft Corporation, One Microsoft Way, Redmond, WA 98052 USA\n"
    ),
    cte="8bit",
    items=[],
    note="a software free trial ending: not hosting quota, not a domain (decided negative)",
)

ssl_gabia = M(
    name="h15_neg_ssl_expiry_gabia_ko",
    category="negative",
    lang="ko",
    sender=("가비아", "ssl@gabia.com"),
    subject="[가비아] SSL 인증서 만료 예정 안내 (www.haneul-lx.co.kr)",
    date="2026-11-11 09:30 +0900",
    html=banner_html(
        '<html><body><table width="600" style="font-family:\'Malgun Gothic\';font-size:13px"><tr><td>'
        "안녕하세요, 하늘물류 고객님.<br>이용 중인 SSL 인증서의 유효기간이 곧 만료됩니다.<br><br>"
        '<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>인증서</th><th>'
        "도메인</th><th>만료일</th></tr><tr><td>Sectigo PositiveSSL</td><td>www.haneul-lx.co.kr</td>"
        "<td>2026-12-11</td></tr></table><br>만료 전에 갱신하지 않으면 브라우저에 보안 경고가 표시됩니다.<br>"
        "(주)가비아 | 고객센터 1544-4370</td></tr></table></body></html>"
    ),
    form="html",
    charset="euc-kr",
    cte="base64",
    items=[],
    note="SSL certificate expiry (not a built-in kind), from a registrar, with a 만료일 table",
)

acm = M(
    name="h15_neg_acm_certificate_en",
    category="negative",
    lang="en",
    sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
    subject="[EXTERNAL] Certificate renewal for portal.haneul-logistics.com requires action",
    date="2026-10-19 08:00 +0000",
    text=(
        BANNER_EN + "\nHello,\n\nAWS Certificate Manager (ACM) was unable to automatically renew the certificate for "
        "portal.haneul-logistics.com in account 4821 0937 5512 (region ap-northeast-2), because the DNS "
        "validation CNAME record could not be found.\n\nThe certificate expires on December 1, 2026. To renew "
        "it, add the CNAME record shown in the ACM console.\n\nCertificate ARN: arn:aws:acm:ap-northeast-2:"
        "482109375512:certificate/5c1f0e2a-7d2b-4b8d-9f51-1a2b3c4d5e6f\n\nSincerely,\nAmazon Web Services\n"
    ),
    cte="7bit",
    items=[],
    note="TLS certificate expiry from AWS (same account as Route 53): not a built-in kind",
)

pw_expiry = M(
    name="h15_neg_own_it_password_ko",
    category="negative",
    lang="ko",
    sender=("하늘물류 정보보안", "security@haneul-lx.co.kr"),
    subject="[공지] Microsoft 365 계정 비밀번호 만료 예정 안내",
    date="2026-10-26 09:00 +0900",
    html=word_html(
        wp("임직원 여러분 안녕하세요, 경영지원팀 정보보안 담당입니다.")
        + wp("")
        + wp(
            "사내 보안 정책에 따라 Microsoft 365 계정 비밀번호는 90일마다 변경해야 합니다. 아래 계정의 비밀번호가 "
            + kdate(2026, 11, 2)
            + "에 만료됩니다."
        )
        + wp("- 대상: it@haneul-lx.co.kr 외 공용 계정 3개")
        + wp("만료 전에 https://mysignins.microsoft.com/security-info 에서 변경해 주세요.")
        + wp("")
        + wp("문의: 내선 1104")
    ),
    form="alt",
    charset="ks_c_5601-1987",
    cte="quoted-printable",
    items=[],
    note="password expiry from the company's own IT (Word HTML, QP cp949)",
)

cf_webinar = M(
    name="h15_neg_cloudflare_webinar_en",
    category="negative",
    lang="en",
    sender=("Cloudflare", "events@cloudflare.com"),
    subject="[EXTERNAL] Webinar: Zero Trust for logistics - register by Dec 2",
    date="2026-11-19 15:00 +0000",
    html=banner_html(
        '<html><body><table width="600" style="font-family:Arial"><tr><td><h1>Secure your supply chain '
        "apps</h1><p>Join Cloudflare experts on December 3, 2026 at 10:00 KST for a 45-minute webinar on "
        'protecting customer portals and driver apps. Registration closes December 2.</p><p><a href="'
        'https://www.cloudflare.com/events/">Save my seat</a></p><p style="font-size:11px">Cloudflare, Inc. '
        '101 Townsend St, San Francisco, CA 94107. <a href="https://email.cloudflare.com/unsubscribe">'
        "Unsubscribe</a></p></td></tr></table></body></html>"
    ),
    form="html",
    cte="quoted-printable",
    headers=_unsub("cloudflare.com"),
    items=[],
    note="vendor webinar with dates, bulk with List-Unsubscribe",
)

ncloud_news = M(
    name="h15_neg_ncloud_newsletter_ko",
    category="negative",
    lang="ko",
    sender=("NAVER Cloud Platform", "news@ncloud.com"),
    subject="[NAVER Cloud] 11월 뉴스레터 - 신규 상품 출시와 일부 상품 판매 종료 안내",
    date="2026-11-04 10:00 +0900",
    text=(
        BANNER_KO + "\n네이버클라우드 11월 뉴스레터\n\n1. 신규 출시: AI 기반 물류 수요 예측 템플릿\n2. 판매 종료 예정: "
        "구형 Classic 서버 일부 스펙 (2027년 3월 31일 종료, 대상 고객에게 개별 안내 예정)\n3. 이벤트: 신규 가입 "
        "크레딧 쿠폰 - 2026년 11월 30일까지\n\n수신을 원하지 않으시면 수신거부를 눌러주세요.\n"
        "네이버클라우드(주) | 경기도 성남시 분당구 분당내곡로 117\n"
    ),
    cte="base64",
    headers=_unsub("ncloud.com"),
    items=[],
    note="newsletter with general end-of-sale and a coupon end date",
)

gabia_coupon = M(
    name="h15_neg_gabia_coupon_ko",
    category="negative",
    lang="ko",
    sender=("가비아", "event@gabia.com"),
    subject="(광고) [가비아] 보유하신 .com 도메인 등록 할인 쿠폰이 곧 만료됩니다",
    date="2026-11-16 12:00 +0900",
    html=banner_html(
        '<html><body><table width="600"><tr><td style="font-family:\'Malgun Gothic\'"><h2>쿠폰 만료 D-3!</h2>'
        "<p>하늘물류 고객님께 발급된 <b>.com 신규 등록 50% 할인 쿠폰</b>이 2026년 11월 19일에 만료됩니다.</p>"
        '<p>지금 새로운 도메인을 등록하고 혜택을 받으세요.</p><p style="font-size:11px;color:#999">본 메일은 '
        '광고성 정보 수신에 동의하신 분께 발송됩니다. <a href="https://www.gabia.com/unsubscribe">수신거부</a>'
        "</p></td></tr></table></body></html>"
    ),
    form="html",
    charset="euc-kr",
    cte="quoted-printable",
    headers=_unsub("gabia.com"),
    items=[],
    note="coupon expiry marketing from a registrar",
)

gandi_whois = M(
    name="h15_neg_gandi_wdrp_en",
    category="negative",
    lang="en",
    sender=("Gandi", "noreply@gandi.net"),
    subject="[EXTERNAL] Annual WHOIS data reminder for haneul-cargo.io",
    date="2026-09-08 06:00 +0000",
    text=(
        BANNER_EN + "\nHello,\n\nAs required by ICANN, we remind you once a year to verify the contact data of your "
        "domain names. Inaccurate information may lead to the suspension of the domain.\n\n"
        "Domain: haneul-cargo.io\nExpiration date: 2026-12-12\nOwner: Haneul Logistics Co., Ltd.\n"
        "Email: it@haneul-lx.co.kr\n\nIf the information is correct, no action is required.\n\n"
        "The Gandi team\n"
    ),
    cte="7bit",
    items=[],
    note="WDRP reminder merely listing the expiry date",
)

hanjin_invoice = M(
    name="h15_neg_freight_invoice_ko_pdf",
    category="negative",
    lang="ko",
    sender=("한진택배 정산팀", "billing@hanjin.com"),
    subject="[한진] 2026년 10월 운임 청구서 송부 (하늘물류)",
    date="2026-11-05 14:00 +0900",
    text=(
        BANNER_KO + "\n안녕하세요. 한진 정산팀입니다.\n\n2026년 10월 운임 청구서를 첨부와 같이 송부드립니다.\n"
        "- 청구금액: 18,452,300원 (VAT 포함)\n- 납부기한: 2026년 11월 25일\n- 계좌: 우리은행 1005-xxx-xxxxxx\n\n"
        "기한 내 납부 부탁드립니다.\n감사합니다.\n"
    ),
    cte="8bit",
    attachment=True,
    items=[],
    note="business invoice with a payment due date and a PDF attachment",
)

aws_bill = M(
    name="h15_neg_aws_billing_statement_en",
    category="negative",
    lang="en",
    sender=("Amazon Web Services", "aws-billing@amazon.com"),
    subject="[EXTERNAL] Amazon Web Services Billing Statement Available [Account: 482109375512]",
    date="2026-10-03 04:10 +0000",
    text=(
        BANNER_EN
        + "\nGreetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for "
        "the account ending in 5512, is available on the AWS web site. Your account will be charged the "
        "following:\n\nTotal: USD 412.77\n\nRoute 53 domain registration and hosted zones, EC2, S3 and Lightsail "
        "charges are included in the statement.\n\nThank you for using Amazon Web Services.\n\n"
        "Sincerely,\nAmazon Web Services\n"
    ),
    cte="7bit",
    items=[],
    note="monthly bill mentioning Route 53 and S3: nothing to act on",
)

google_alert = M(
    name="h15_neg_google_security_alert_en",
    category="negative",
    lang="en",
    sender=("Google", "no-reply@accounts.google.com"),
    subject="[EXTERNAL] Security alert",
    date="2026-10-12 23:14 +0000",
    html=banner_html(
        '<html><body><table width="516" align="center" style="font-family:Roboto,Arial"><tr><td '
        'style="text-align:center"><img src="https://www.gstatic.com/images/branding/googlelogo/2x/'
        'googlelogo_color_74x24dp.png"><h2 style="font-weight:400">A new sign-in on Windows</h2>'
        "<p>haneul.playconsole@gmail.com</p></td></tr><tr><td><p>We noticed a new sign-in to your Google Account "
        "on a Windows device. If this was you, you don't need to do anything. If not, we'll help you secure "
        'your account.</p><p><a href="https://accounts.google.com/AccountChooser">Check activity</a></p>'
        '<p style="font-size:11px;color:#777">You received this email to let you know about important changes '
        "to your Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain "
        "View, CA 94043, USA</p></td></tr></table></body></html>"
    ),
    form="html",
    cte="quoted-printable",
    items=[],
    note="new sign-in alert from Google: 'sign-in' wording but no deprecation",
)

apple_news = M(
    name="h15_neg_apple_sdk_requirement_en",
    category="negative",
    lang="en",
    sender=("Apple Developer", "developer@insideapple.apple.com"),
    subject="[EXTERNAL] Upcoming SDK minimum requirements",
    date="2026-11-06 10:00 -0800",
    text=(
        BANNER_EN
        + "\nUpcoming SDK minimum requirements\n\nNovember 6, 2026\n\nBeginning April 28, 2027, apps uploaded to "
        "App Store Connect must be built with the iOS 27 SDK or later. This applies to all new apps and app "
        "updates.\n\nLearn more about submitting apps: https://developer.apple.com/app-store/submitting/\n\n"
        "Copyright (c) 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.\n"
    ),
    cte="7bit",
    items=[],
    note="developer news with a requirement date, but it is an SDK build requirement, not sign-in",
)

personal = M(
    name="h15_neg_personal_fridge_ko",
    category="negative",
    lang="ko",
    sender=("정하은", "haeun.jung@haneul-lx.co.kr"),
    subject=q_subject("3층 탕비실 냉장고 정리 (유통기한 만료 음식 폐기)"),
    date="2026-11-20 17:30 +0900",
    text=(
        "안녕하세요, 총무 정하은입니다.\n\n11월 27일(금) 오후 6시에 3층 탕비실 냉장고를 정리합니다. 유통기한이 "
        "만료된 음식과 이름이 없는 용기는 모두 폐기하니, 개인 물품은 그 전에 챙겨 주세요.\n\n"
        "IT팀 공용 메일로도 보내드립니다. 서버실 옆 냉장고도 포함입니다 :)\n\n정하은 드림\n"
    ),
    cte="8bit",
    items=[],
    note="personal/office mail with 만료 and a date; Q-encoded subject",
)

kakao_biz = M(
    name="h15_neg_kakao_alimtalk_price_ko",
    category="negative",
    lang="ko",
    sender=("카카오비즈니스", "noreply@kakaocorp.com"),
    subject="[카카오비즈니스] 알림톡 발송 단가 변경 안내",
    date="2026-10-15 10:00 +0900",
    text=(
        BANNER_KO
        + "\n안녕하세요, 카카오비즈니스입니다.\n\n2027년 1월 1일부터 알림톡 발송 단가가 아래와 같이 변경됩니다.\n"
        "- 대상: 하늘물류 배송알림 채널(@haneul_lx)\n- 변경 전: 건당 7.5원 → 변경 후: 건당 8원\n\n"
        "자세한 사항은 카카오비즈니스 관리자센터에서 확인해 주세요.\n"
    ),
    charset="euc-kr",
    cte="quoted-printable",
    items=[],
    note="Kakao pricing notice with a future date: not a login deprecation",
)

m365_health_ko = M(
    name="h15_neg_m365_message_center_ko",
    category="negative",
    lang="ko",
    sender=("Microsoft 365 메시지 센터", "o365mc@microsoft.com"),
    subject="[EXTERNAL] 메시지 센터 주간 요약: 11월 2주차 (변경 사항 6건)",
    date="2026-11-15 23:00 +0000",
    html=banner_html(
        "<html><body><table width=\"640\" style=\"font-family:'Segoe UI','맑은 고딕';font-size:13px\">"
        "<tr><td><h2>하늘물류의 메시지 센터 주간 요약</h2><p>관리 센터에서 새 게시물 6건을 확인하세요.</p><ul>"
        "<li>MC903311 Teams: 회의 녹음 만료 기본값 변경 (120일 → 60일), 2026년 12월 중순 적용</li>"
        "<li>MC903120 Outlook: 새 Outlook 전환 일정 안내</li>"
        "<li>MC902998 SharePoint: 2027년 1월부터 저장소 보고서 개선</li>"
        "<li>MC902870 Entra ID: 레거시 MFA 및 SSPR 정책 사용 중지 (2026년 9월 30일 완료)</li></ul>"
        '<p><a href="https://admin.microsoft.com/AdminPortal/home#/MessageCenter">메시지 센터로 이동</a></p>'
        '<p style="font-size:11px;color:#777">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052'
        "</p></td></tr></table></body></html>"
    ),
    form="html",
    cte="base64",
    items=[],
    note="M365 weekly digest with several dated changes, 만료 and 사용 중지 wording; none is a built-in kind",
)


# --- phishing -----------------------------------------------------------------------------------------------

ph_ms = M(
    name="h15_phish_ms365_mailbox_lookalike_ko",
    category="phishing",
    lang="ko",
    sender=("Microsoft 365 관리자", "no-reply@micros0ft-365-support.com"),
    subject="[EXTERNAL] [긴급] it@haneul-lx.co.kr 사서함 용량 초과 - 24시간 내 메일 수신 중단",
    date="2026-11-13 02:11 +0000",
    html=banner_html(
        '<html><body><table width="560" style="font-family:\'Segoe UI\'"><tr><td style="background:#0078d4;'
        'color:#fff;padding:12px">Microsoft 365</td></tr><tr><td style="padding:14px">사서함 it@haneul-lx.co.kr'
        " 의 저장 공간이 <b>99%</b> 사용되었습니다.<br>2026년 11월 14일까지 저장 공간을 무료로 업그레이드하지 "
        '않으면 수신 메일이 모두 반송됩니다.<br><br><a href="'
        + safelink("https://micros0ft-365-support.com/owa/upgrade?u=it%40haneul-lx.co.kr", "ph1")
        + '">지금 업그레이드</a></td></tr></table></body></html>'
    ),
    form="html",
    cte="base64",
    auth="none",
    items=[item(QUOTA, "Microsoft 365", "it@haneul-lx.co.kr", "2026-11-14", suspicious=True)],
    note="look-alike domain (micros0ft) imitating an M365 mailbox quota warning",
)

ph_r53 = M(
    name="h15_phish_route53_lookalike_en",
    category="phishing",
    lang="en",
    sender=("Amazon Route 53", "renewals@aws-registrar-renewal.com"),
    subject="[EXTERNAL] URGENT: haneul-logistics.com will be deleted - renew within 48 hours",
    date="2026-11-02 05:20 +0000",
    text=(
        BANNER_EN
        + "\nDear Customer,\n\nYour domain haneul-logistics.com has an outstanding renewal balance and will be "
        "deleted on November 4, 2026 unless payment is received within 48 hours.\n\nPay now to keep your domain: "
        + safelink("http://aws-registrar-renewal.com/pay?d=haneul-logistics.com", "ph2")
        + "\n\nAmazon Route 53 Billing\n"
    ),
    cte="7bit",
    items=[item(DOMAIN, "AWS Route 53", "haneul-logistics.com", "2026-11-04", suspicious=True)],
    note="look-alike registrar domain for the real Route 53 domain of the series",
)

ph_gabia_gmail = M(
    name="h15_phish_gabia_gmail_ko",
    category="phishing",
    lang="ko",
    sender=("가비아 고객센터", "gabia.domain.center@gmail.com"),
    subject="[가비아] haneul-lx.co.kr 도메인 정지 예정 안내 (결제 확인 필요)",
    date="2026-11-18 09:00 +0900",
    text=(
        BANNER_KO
        + "\n고객님의 도메인 haneul-lx.co.kr 의 연장 결제가 확인되지 않아 "
        + kdate(2026, 11, 20)
        + " 도메인이 정지될 예정입니다.\n아래 계좌로 연장비 33,000원을 입금 후 회신 부탁드립니다.\n\n"
        "기업은행 482-xxxxxx-01-011 (예금주: 가비아도메인센터)\n\n가비아 고객센터\n"
    ),
    charset="utf-8",
    cte="base64",
    auth_domain="gmail.com",
    items=[item(DOMAIN, "Gabia", "haneul-lx.co.kr", "2026-11-20", suspicious=True)],
    note="vendor display name on a gmail.com address",
)

ph_gabia_fail = M(
    name="h15_phish_gabia_dkimfail_forgedpass_ko",
    category="phishing",
    lang="ko",
    sender=("가비아", "domain@gabia.com"),
    subject="[가비아] 도메인 기간 만료 최종 안내 (haneulexpress.co.kr)",
    date="2026-11-10 08:10 +0900",
    text=(
        BANNER_KO + "\n안녕하세요, 하늘물류 고객님.\n\n도메인 haneulexpress.co.kr 의 만기일은 2026년 11월 12일입니다.\n"
        "만기일이 지나면 도메인이 즉시 삭제되며 복구가 불가능합니다. 아래 링크에서 로그인 후 즉시 연장해 주세요.\n\n"
        + safelink("https://gabia.com.extend-login.kr/mygabia", "ph4")
        + "\n\n(주)가비아\n"
    ),
    cte="8bit",
    auth=[
        "mx.haneul-lx.co.kr;\r\n       dkim=fail (signature did not verify) header.i=@gabia.com;\r\n"
        "       spf=fail (mx.haneul-lx.co.kr: domain of domain@gabia.com does not designate 185.220.101.7 as "
        "permitted sender) smtp.mailfrom=domain@gabia.com;\r\n       dmarc=fail (p=REJECT) header.from=gabia.com",
        "mx.gabia.com; dkim=pass header.i=@gabia.com; spf=pass smtp.mailfrom=domain@gabia.com; "
        "dmarc=pass header.from=gabia.com",
    ],
    items=[item(DOMAIN, "Gabia", "haneulexpress.co.kr", "2026-11-12", suspicious=True)],
    note=(
        "real vendor domain failing dkim/spf/dmarc in the topmost Authentication-Results; a forged lower header "
        "claims pass; the date contradicts the real registry data (Whois digest lists Dec 28)"
    ),
)

_idn = "cloudfläre.com".encode("idna").decode()
ph_cf_idn = M(
    name="h15_phish_cloudflare_punycode_en",
    category="phishing",
    lang="en",
    sender=("Cloudflare Registrar", f"registrar@{_idn}"),
    subject="[EXTERNAL] Final notice: haneulexpress.net expires today",
    date="2026-11-21 12:00 +0000",
    text=(
        BANNER_EN
        + "\nHello,\n\nhaneulexpress.net expires today, Nov 21, 2026. Auto-renew failed because your card was "
        "declined. Verify your billing details within 12 hours to avoid losing the domain:\n"
        f"https://dash.{_idn}/billing/verify\n\nCloudflare Registrar\n"
    ),
    cte="7bit",
    auth="pass",
    items=[item(DOMAIN, "Cloudflare", "haneulexpress.net", "2026-11-21", suspicious=True)],
    note="homoglyph/punycode look-alike of cloudflare.com that authenticates for its own domain",
)

ph_kakao = M(
    name="h15_phish_kakao_dev_lookalike_ko",
    category="phishing",
    lang="ko",
    sender=("Kakao Developers", "notice@kakao-developers-center.com"),
    subject="[카카오디벨로퍼스] 카카오 로그인 앱 인증 만료 - 재인증 필요",
    date="2026-10-22 13:45 +0900",
    html=banner_html(
        '<html><body><div style="background:#FEE500;padding:10px">kakao developers</div><p>하늘트래커 앱'
        "(앱 ID 1048213)의 카카오 로그인 인증서가 <b>2026년 10월 25일</b>에 만료되어 로그인이 중단됩니다.</p>"
        '<p>아래 버튼을 눌러 관리자 계정으로 재인증해 주세요.</p><p><a href="https://kakao-developers-center.com'
        '/login">재인증하기</a></p></body></html>'
    ),
    form="html",
    cte="quoted-printable",
    auth="softfail",
    items=[item(SOCIAL, "Kakao", "하늘트래커", "2026-10-25", suspicious=True, aliases=["1048213"])],
    note="look-alike Kakao developer domain with softfail, credential harvesting",
)

NEGATIVES = [
    m365_health,
    m365_mc_retire,
    m365_license,
    powerbi_trial,
    ssl_gabia,
    acm,
    pw_expiry,
    cf_webinar,
    ncloud_news,
    gabia_coupon,
    gandi_whois,
    hanjin_invoice,
    aws_bill,
    google_alert,
    apple_news,
    personal,
    kakao_biz,
    m365_health_ko,
]
PHISHING = [ph_ms, ph_r53, ph_gabia_gmail, ph_gabia_fail, ph_cf_idn, ph_kakao]
