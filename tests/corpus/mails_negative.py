# ruff: noqa: E501  (mail bodies keep the line layout vendors send)
"""Mails that must give no ordinary item: marketing, newsletters, coupons, general blog posts, unrelated
receipts, personal mail and out-of-scope notices; and phishing that imitates a vendor, which must be
reported only as suspicious."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item

BULK = {"List-Unsubscribe": "<https://click.example-esp.com/unsub?u=8812>", "Precedence": "bulk"}


def bulk(unsub: str) -> dict[str, str]:
    return {"List-Unsubscribe": f"<{unsub}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


NEGATIVES: list[Mail] = [
    Mail(
        name="neg_gabia_promo_com_event",
        category="negative",
        lang="ko",
        sender=("가비아", "event@gabia.com"),
        subject="(광고) .com 도메인 첫해 9,900원! 이번 달 놓치면 만료되는 특가",
        date="2026-10-05 11:00 +0900",
        to="admin@dalnim.co.kr",
        form="html",
        headers=bulk("https://www.gabia.com/unsubscribe"),
        html="""<div style="text-align:center">
<h1>.com 도메인 9,900원</h1>
<p>지금 등록하면 첫해 9,900원! 이벤트는 2026년 10월 31일 만료됩니다.</p>
<p>원하는 도메인이 다른 사람에게 등록되기 전에 지금 검색해 보세요.</p>
<p><a href="https://domain.gabia.com">도메인 검색하기</a></p>
<p style="font-size:11px">본 메일은 광고 수신에 동의하신 회원님께 발송되었습니다. 수신거부</p>
</div>""",
        items=[],
        note="vendor's own marketing, authenticated, says 만료 with a date",
    ),
    Mail(
        name="neg_godaddy_promo_register",
        category="negative",
        lang="en",
        sender=("GoDaddy", "offers@godaddy.com"),
        subject="Register .com domains now for $0.99*",
        date="2026-09-18 07:00 -0700",
        to="it@bluepeak.io",
        form="alt",
        headers=bulk("https://www.godaddy.com/email-preferences"),
        html="""<h1>Your next big idea needs a name.</h1>
<p>Grab a .com for just $0.99* for the first year. Offer expires September 30, 2026.</p>
<p><a href="https://www.godaddy.com/domains">Search domains</a></p>
<p style="font-size:10px">*Additional years and renewals at regular rates. Offer expires 9/30/2026 11:59 PM MST.</p>""",
        items=[],
        note="registrar promo with 'expires' and a date",
    ),
    Mail(
        name="neg_namecheap_newsletter",
        category="negative",
        lang="en",
        sender=("Namecheap", "newsletter@namecheap.com"),
        subject="Don't let your great ideas expire - November deals inside",
        date="2026-11-03 14:00 +0000",
        to="me@sketchbook.app",
        form="html",
        headers=bulk("https://www.namecheap.com/myaccount/unsubscribe"),
        html="""<h2>November at Namecheap</h2>
<p>Black Friday is coming: up to 97% off .xyz, .shop and .online domains. Deals expire November 30.</p>
<p>Also new on the blog: "What happens when a domain expires?" - a guide to grace periods and redemption.</p>
<p><a href="https://www.namecheap.com/promos/">See all promos</a></p>""",
        items=[],
    ),
    Mail(
        name="neg_coupon_ko",
        category="negative",
        lang="ko",
        sender=("무신사", "no-reply@musinsa.com"),
        subject="(광고) 보유하신 쿠폰이 곧 만료됩니다",
        date="2026-11-18 12:00 +0900",
        to="seoyeon@sobok-market.kr",
        form="html",
        headers=bulk("https://www.musinsa.com/unsubscribe"),
        html="""<p>회원님, 보유하신 <b>15% 할인 쿠폰</b>이 곧 만료됩니다.</p>
<p>쿠폰 만료일 : 2026년 11월 25일</p>
<p>만료 전에 사용하고 혜택 놓치지 마세요!</p>""",
        items=[],
        note="쿠폰이 곧 만료됩니다",
    ),
    Mail(
        name="neg_point_expire_ko",
        category="negative",
        lang="ko",
        sender=("카카오페이", "noreply@kakaopay.com"),
        subject="[카카오페이] 소멸 예정 포인트 안내",
        date="2026-11-01 10:00 +0900",
        to="minsu@dalnim.co.kr",
        text="""소멸 예정 포인트 안내

2026년 11월 30일에 1,250 포인트가 소멸될 예정입니다.
유효기간이 지난 포인트는 복구되지 않으니 기간 내 사용해 주세요.
""",
        items=[],
        note="points expiring; a Kakao-family sender that is not a developer notice",
    ),
    Mail(
        name="neg_whois_data_reminder",
        category="negative",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="WHOIS Data Reminder Policy notice for pinecone.tools",
        date="2026-09-14 02:00 +0000",
        to="domains@pinecone-hq.com",
        text="""Dear Registrant,

As required by ICANN's WHOIS Data Reminder Policy, we are asking you to review the WHOIS information
for your domain. Please review the data below and update it if anything is inaccurate.

Domain name: pinecone.tools
Creation date: 2021-12-04
Expiration date: 2026-12-04
Registrant: Pinecone HQ
Email: domains@pinecone-hq.com

If the information is correct, no action is needed.

Team Namecheap
""",
        items=[],
        note="annual WDRP notice carries an expiration date field but is not an expiry notice",
    ),
    Mail(
        name="neg_gabia_ssl_expiry_out_of_scope",
        category="negative",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] SSL 인증서 만료 안내",
        date="2026-11-08 10:00 +0900",
        to="admin@dalnim.co.kr",
        text="""안녕하세요, 가비아입니다.

고객님께서 이용 중인 SSL 인증서의 유효기간이 곧 만료됩니다.

 - 인증서 : Sectigo PositiveSSL
 - 적용 도메인 : www.dalnim.co.kr
 - 만료일 : 2026-12-01

만료 전에 갱신하지 않으면 브라우저에 보안 경고가 표시됩니다.
""",
        items=[],
        note="certificate expiry is not one of the built-in kinds; a domain-expiry item here is wrong",
    ),
    Mail(
        name="neg_domain_registered_receipt",
        category="negative",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 도메인 등록이 완료되었습니다",
        date="2026-11-03 16:45 +0900",
        to="admin@dalnim.co.kr",
        text="""도메인 등록 완료 안내

신청하신 도메인의 등록이 완료되었습니다.

 - 도메인명 : dalnim.store
 - 등록일 : 2026-11-03
 - 만료일 : 2027-11-03
 - 결제금액 : 33,000원

네임서버 설정은 My가비아에서 변경하실 수 있습니다.
""",
        items=[],
        note="new-registration receipt: the expiry a year away is not a notice",
    ),
    Mail(
        name="neg_blog_api_deprecation_general",
        category="negative",
        lang="en",
        sender=("The Auth Weekly", "hello@authweekly.dev"),
        subject="Auth Weekly #212: why every provider is killing implicit flow",
        date="2026-10-21 15:00 +0000",
        to="dev@haneul-studio.kr",
        form="html",
        headers=bulk("https://authweekly.dev/unsubscribe"),
        html="""<h1>Auth Weekly #212</h1>
<p><b>The end of implicit flow.</b> Google deprecated its Sign-In JavaScript platform library back in March 2023,
Facebook retires a Graph API version every few months, and LINE Login v2.0 is long gone. What do these deprecations
have in common, and how should you plan for the next one?</p>
<p><b>Tutorial:</b> Migrating from Kakao Login REST API v1 to v2 in 20 minutes.</p>
<p><b>Event:</b> OAuth Security Workshop, December 10, 2026.</p>""",
        items=[],
        note="newsletter about API deprecation in general",
    ),
    Mail(
        name="neg_blog_ko_social_login_trend",
        category="negative",
        lang="ko",
        sender=("요즘IT", "newsletter@yozm.wishket.com"),
        subject="[요즘IT] 소셜 로그인 API 지원 종료, 어떻게 대비할까?",
        date="2026-11-12 08:00 +0900",
        to="dev@haneul-studio.kr",
        form="html",
        headers=bulk("https://yozm.wishket.com/unsubscribe"),
        html="""<h2>소셜 로그인 API 지원 종료, 어떻게 대비할까?</h2>
<p>카카오, 네이버, 구글 등 주요 로그인 제공자들은 주기적으로 구버전 API 지원을 종료합니다.
이번 글에서는 지원 종료 공지를 놓치지 않는 방법과 마이그레이션 체크리스트를 정리했습니다.</p>
<p>이번 주 인기 글: 「2027년 프론트엔드 트렌드」</p>""",
        items=[],
    ),
    Mail(
        name="neg_receipt_coupang",
        category="negative",
        lang="ko",
        sender=("쿠팡", "no-reply@coupang.com"),
        subject="[쿠팡] 주문하신 상품의 결제가 완료되었습니다",
        date="2026-11-15 21:13 +0900",
        to="minsu@dalnim.co.kr",
        text="""주문 번호 : 31000188234
결제일 : 2026-11-15
상품 : 모니터 암 거치대 외 1건
결제 금액 : 54,800원
도착 예정일 : 2026년 11월 17일 (화)
""",
        items=[],
    ),
    Mail(
        name="neg_receipt_apple_en",
        category="negative",
        lang="en",
        sender=("Apple", "no_reply@email.apple.com"),
        subject="Your receipt from Apple.",
        date="2026-10-09 04:10 -0700",
        to="jordan@bluepeak.io",
        form="html",
        html="""<h2>Receipt</h2><p>APPLE ID jordan@bluepeak.io &nbsp; DATE Oct 9, 2026 &nbsp; ORDER ID MQ8XKD71</p>
<table><tr><td>iCloud+ 200 GB</td><td>Monthly - renews Nov 9, 2026</td><td>$2.99</td></tr></table>""",
        items=[],
        note="Apple mail that is not a Sign in with Apple notice",
    ),
    Mail(
        name="neg_personal_lunch_ko",
        category="negative",
        lang="ko",
        sender=("박서연", "seoyeon@sobok-market.kr"),
        subject="금요일 팀 점심",
        date="2026-11-18 11:40 +0900",
        to="it@sobok-market.kr",
        text="""다들 금요일 점심 괜찮으세요? 11월 20일 12시에 판교 칼국수집 예약하려고 합니다.
참석 여부 목요일까지 알려주세요~
""",
        items=[],
    ),
    Mail(
        name="neg_personal_en_passport",
        category="negative",
        lang="en",
        sender=("Mom", "grace.lee1961@gmail.com"),
        subject="your passport expires soon!",
        date="2026-10-30 20:00 -0700",
        to="jordan@bluepeak.io",
        text="""Honey, I found your old passport in the drawer - it expires on January 12, 2027.
Don't forget to renew it before your trip in February!
Love, Mom
""",
        items=[],
    ),
    Mail(
        name="neg_it_password_expiry",
        category="negative",
        lang="en",
        sender=("IT Helpdesk", "helpdesk@pinecone-hq.com"),
        subject="Your password expires in 7 days",
        date="2026-11-16 09:00 +0900",
        to="jm.lee@pinecone-hq.com",
        text="""Your Pinecone HQ network password will expire in 7 days. Please change it at https://sso.pinecone-hq.com.
""",
        items=[],
    ),
    Mail(
        name="neg_vercel_changelog",
        category="negative",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="What's new at Vercel: November 2026",
        date="2026-11-05 17:00 +0000",
        to="dev@oddjob.dev",
        form="html",
        headers=bulk("https://vercel.com/account/notifications"),
        html="""<h1>November at Vercel</h1>
<p>Fluid compute is now the default for new projects. Image Optimization pricing changes take effect
January 1, 2027. Legacy Node.js 18 runtime is deprecated.</p>
<p>Read the changelog.</p>""",
        items=[],
        note="vendor newsletter mentioning dates and deprecations: not a quota notice",
    ),
    Mail(
        name="neg_aws_invoice",
        category="negative",
        lang="en",
        sender=("Amazon Web Services", "aws-billing@amazon.com"),
        subject="Amazon Web Services Billing Statement Available",
        date="2026-11-03 04:00 +0000",
        to="aws-root@greentea-labs.com",
        text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7744, is available
on the AWS web site. Your account will be charged the following:

Total: USD 48.17
Billing period: October 1 - October 31, 2026

You can see a complete break down of all charges on the Billing & Cost Management page.
""",
        items=[],
    ),
    Mail(
        name="neg_github_security_digest",
        category="negative",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] A third-party OAuth application has been added to your account",
        date="2026-11-11 01:20 +0000",
        to="dev@oddjob.dev",
        text="""Hey oddjob-bot!

A third-party OAuth application (Netlify) with read:org and repo scopes was recently authorized to
access your account. Visit https://github.com/settings/connections/applications to review.
""",
        items=[],
    ),
    Mail(
        name="neg_kakao_devtalk_digest",
        category="negative",
        lang="ko",
        sender=("Kakao DevTalk", "devtalk@kakao.com"),
        subject="[데브톡] 이번 주 인기 질문 요약",
        date="2026-11-09 10:00 +0900",
        to="dev@haneul-studio.kr",
        headers=bulk("https://devtalk.kakao.com/my/preferences"),
        text="""이번 주 데브톡 인기 질문

1. 카카오 로그인 후 refresh token 만료 시간이 궁금합니다
2. 토큰 만료 시 자동 로그아웃 처리 방법
3. iOS SDK 2.x 에서 앱 전환 로그인이 안 됩니다

답변하러 가기: https://devtalk.kakao.com
""",
        items=[],
        note="community digest about token expiry: not a deprecation notice",
    ),
    Mail(
        name="neg_google_workspace_newsletter",
        category="negative",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        subject="Google Workspace Updates: new storage management tools",
        date="2026-10-15 16:00 +0000",
        to="admin@haneul-studio.kr",
        form="html",
        headers=bulk("https://workspace.google.com/unsubscribe"),
        html="""<h1>What's new in Google Workspace</h1>
<p>Admins can now see which users are close to their storage limit in the new Storage dashboard.
Learn how to manage pooled storage before it fills up.</p>""",
        items=[],
        note="product update mentioning storage limits: not a quota warning",
    ),
    Mail(
        name="neg_cafe24_hosting_marketing",
        category="negative",
        lang="ko",
        sender=("카페24", "news@cafe24corp.com"),
        subject="(광고) 트래픽 걱정 없는 10기가 호스팅, 지금 업그레이드하세요",
        date="2026-10-20 10:00 +0900",
        to="owner@bluepeak.kr",
        form="html",
        headers=bulk("https://www.cafe24.com/unsubscribe"),
        html="""<p>쇼핑몰 방문자가 늘면 트래픽 초과로 접속이 차단될 수 있습니다.</p>
<p>지금 10기가 호스팅으로 업그레이드하면 3개월 50% 할인! 이벤트 기간: 2026.10.20 ~ 2026.11.30</p>""",
        items=[],
        note="hosting marketing that talks about traffic limits",
    ),
]

PHISHING: list[Mail] = [
    Mail(
        name="phish_gabia_lookalike_domain",
        category="phishing",
        lang="ko",
        sender=("가비아", "billing@gabia-billing.com"),
        subject="[가비아] 도메인 만료 긴급 안내 - 즉시 결제 필요",
        date="2026-11-17 03:12 +0900",
        to="admin@dalnim.co.kr",
        form="html",
        html="""<p>고객님의 도메인 <b>dalnim.co.kr</b> 이(가) <b>2026년 11월 19일</b> 만료됩니다.</p>
<p>만료 시 모든 데이터가 삭제되며 복구가 불가능합니다. 아래 링크에서 24시간 이내 결제해 주세요.</p>
<p><a href="http://gabia-billing.com/pay?id=88123">즉시 연장 결제하기</a></p>""",
        items=[item(DOMAIN, "Gabia", "dalnim.co.kr", "2026-11-19", suspicious=True)],
        note="look-alike sender domain that authenticates as itself",
    ),
    Mail(
        name="phish_godaddy_zero_domain",
        category="phishing",
        lang="en",
        sender=("GoDaddy", "renewals@g0daddy.com"),
        subject="Final notice: bluepeak.io will be deleted",
        date="2026-11-20 02:40 +0000",
        to="it@bluepeak.io",
        text="""Your domain bluepeak.io expired and will be permanently deleted on November 23, 2026.

Restore it now to avoid losing your website and email: http://g0daddy.com/restore?d=bluepeak.io

GoDaddy Billing
""",
        items=[item(DOMAIN, "GoDaddy", "bluepeak.io", "2026-11-23", suspicious=True)],
        note="g0daddy.com look-alike",
    ),
    Mail(
        name="phish_namecheap_gmail_display",
        category="phishing",
        lang="en",
        sender=("Namecheap", "namecheap.renewal.team@gmail.com"),
        subject="Domain Renewal Notice: sketchbook.app",
        date="2026-11-19 11:11 +0000",
        to="me@sketchbook.app",
        text="""Dear customer,

Your domain sketchbook.app expires on 11/24/2026. Auto-renew failed.
Please renew immediately via our secure portal: https://namecheap-renew.support/login

Team Namecheap
""",
        items=[item(DOMAIN, "Namecheap", "sketchbook.app", "2026-11-24", suspicious=True)],
        note="vendor display name from a gmail.com address",
    ),
    Mail(
        name="phish_cafe24_spoofed_dkim_fail",
        category="phishing",
        lang="ko",
        sender=("카페24", "no-reply@cafe24corp.com"),
        subject="[카페24] 도메인 만료 예정 안내",
        date="2026-11-13 04:05 +0900",
        to="owner@bluepeak.kr",
        auth="fail",
        text="""카페24를 이용해 주셔서 감사합니다.

고객님의 도메인 bluepeak.kr 이(가) 2026년 11월 18일 만료됩니다.
아래 링크에서 로그인 후 연장해 주세요.
http://cafe24-login.kr.example-host.ru/login
""",
        items=[item(DOMAIN, "Cafe24", "bluepeak.kr", "2026-11-18", suspicious=True)],
        note="real vendor domain forged: dkim=fail spf=fail dmarc=fail at the receiving server",
    ),
    Mail(
        name="phish_whois_forged_upstream_pass",
        category="phishing",
        lang="ko",
        sender=("후이즈", "domain@whois.co.kr"),
        subject="[후이즈] 도메인 소유권 확인 요청",
        date="2026-11-16 02:30 +0900",
        to="dev@greentea-labs.com",
        auth=[
            "mx.google.com;\r\n       dkim=fail header.i=@whois.co.kr header.s=default;\r\n"
            "       spf=fail (google.com: domain of domain@whois.co.kr does not designate 45.155.205.3 as"
            " permitted sender) smtp.mailfrom=domain@whois.co.kr;\r\n       dmarc=fail (p=QUARANTINE) header.from=whois.co.kr",
            "mail.whois.co.kr; dkim=pass header.i=@whois.co.kr; spf=pass smtp.mailfrom=whois.co.kr",
        ],
        text="""도메인 소유권 확인이 필요합니다.

greentea-labs.com 도메인의 만기일은 2026년 11월 20일 입니다.
만기일 전에 아래 링크에서 소유자 인증을 완료하지 않으면 도메인이 정지됩니다.
http://whois-verify.co/greentea-labs.com
""",
        items=[item(DOMAIN, "Whois", "greentea-labs.com", "2026-11-20", suspicious=True)],
        note="topmost Authentication-Results fails; a forged lower header claims pass",
    ),
    Mail(
        name="phish_cloudflare_lookalike",
        category="phishing",
        lang="en",
        sender=("Cloudflare Registrar", "billing@cloudflare-registrar-support.com"),
        subject="Domain renewal failed: greentea.kr",
        date="2026-11-18 06:00 +0000",
        to="admin@greentea-labs.com",
        form="html",
        html="""<p>We attempted to renew <b>greentea.kr</b> but your payment was declined.</p>
<p>Your domain expires on <b>November 21, 2026</b>. Update your card here:
<a href="https://cloudflare-registrar-support.com/billing">dash.cloudflare.com/billing</a></p>""",
        items=[item(DOMAIN, "Cloudflare", "greentea.kr", "2026-11-21", suspicious=True)],
    ),
    Mail(
        name="phish_route53_subdomain_trick",
        category="phishing",
        lang="en",
        sender=("Amazon Route 53", "noreply@registrar.amazon.com.renew-domains.net"),
        subject="Domain expiration notice for greentea-labs.net",
        date="2026-11-14 08:30 +0000",
        to="aws-root@greentea-labs.com",
        text="""Dear AWS customer,

The registration for greentea-labs.net expires on 16 Nov 2026 and automatic renewal failed.
Sign in to renew: https://console-aws.renew-domains.net/route53

Amazon Route 53
""",
        items=[item(DOMAIN, "AWS Route 53", "greentea-labs.net", "2026-11-16", suspicious=True)],
        note="vendor domain used as a subdomain prefix of another domain",
    ),
    Mail(
        name="phish_kakao_dev_lookalike",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "notice@kakao-developers.net"),
        subject="[카카오디벨로퍼스] 앱 키 재발급 필요 - 카카오 로그인 중단 예정",
        date="2026-11-19 01:10 +0900",
        to="dev@haneul-studio.kr",
        text="""카카오 로그인 보안 정책 변경으로 기존 앱 키가 2026년 11월 25일 만료됩니다.
앱 '하늘스튜디오'의 로그인이 중단되지 않도록 아래에서 관리자 계정으로 로그인해 앱 키를 재발급하세요.
http://kakao-developers.net/console/login
""",
        items=[item(SOCIAL, "Kakao", "하늘스튜디오", "2026-11-25", suspicious=True)],
    ),
    Mail(
        name="phish_meta_graph_lookalike",
        category="phishing",
        lang="en",
        sender=("Meta for Developers", "no-reply@facebookmail-security.com"),
        subject="Action required: your app will lose Facebook Login access",
        date="2026-11-15 23:50 +0000",
        to="dev@oddjob.dev",
        text="""Your app Oddjob Market (App ID 778812349001) uses Graph API v19.0, which is deprecated.
Verify your business within 48 hours or Facebook Login will be disabled on November 18, 2026.
Verify now: https://facebookmail-security.com/verify
""",
        items=[item(SOCIAL, "Meta", "Oddjob Market", "2026-11-18", suspicious=True, aliases=["778812349001"])],
    ),
    Mail(
        name="phish_vercel_quota_lookalike",
        category="phishing",
        lang="en",
        sender=("Vercel", "billing@vercel-usage.com"),
        subject="Your deployments will be suspended",
        date="2026-11-21 12:00 +0000",
        to="dev@oddjob.dev",
        text="""Your team oddjob has exceeded 100% of its Hobby plan bandwidth.
All deployments will be suspended on November 24, 2026 unless you upgrade now:
https://vercel-usage.com/upgrade
""",
        items=[item(QUOTA, "Vercel", "oddjob", "2026-11-24", suspicious=True)],
    ),
]
