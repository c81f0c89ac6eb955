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
        charset="euc-kr",
        cte="base64",
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
        charset="euc-kr",
        cte="quoted-printable",
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
        charset="ks_c_5601-1987",
        cte="base64",
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
        cte="base64",
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
        cte="quoted-printable",
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
        charset="euc-kr",
        cte="base64",
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

NEGATIVES += [
    Mail(
        name="neg_meta_dev_newsletter",
        category="negative",
        lang="en",
        sender=("Meta for Developers", "developers-noreply@fb.com"),
        subject="Graph API v23.0 is here",
        date="2026-10-07 17:00 +0000",
        to="dev@oddjob.dev",
        form="html",
        headers=bulk("https://developers.facebook.com/settings/developer/contact/"),
        html="""<h1>Introducing Graph API v23.0 and Marketing API v23.0</h1>
<p>Today we're releasing Graph API v23.0. As a reminder, each version is supported for at least two years;
older versions are deprecated on a rolling schedule published in our changelog.</p>
<p>Read the changelog to learn what's new.</p>""",
        items=[],
        note="provider newsletter about versions in general, no app, no action",
    ),
    Mail(
        name="neg_kakao_maintenance",
        category="negative",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 정기 점검 안내 (11/28 02:00~06:00)",
        date="2026-11-20 10:00 +0900",
        to="dev@haneul-studio.kr",
        text="""안녕하세요, 카카오입니다.

서비스 안정화를 위한 정기 점검이 진행됩니다.

 - 점검 일시 : 2026년 11월 28일(토) 02:00 ~ 06:00
 - 영향 : 점검 시간 동안 카카오디벨로퍼스 콘솔 접속이 일시 중단됩니다.
   (카카오 로그인 API는 정상 제공됩니다.)

이용에 참고 부탁드립니다.
""",
        items=[],
        note="maintenance window: a date and '중단' but nothing to do",
    ),
    Mail(
        name="neg_naver_terms_change",
        category="negative",
        lang="ko",
        sender=("NAVER Developers", "developers_noreply@navercorp.com"),
        subject="[NAVER Developers] 개발자센터 이용약관 개정 안내",
        date="2026-11-01 10:00 +0900",
        to="admin@dalnim.co.kr",
        text="""네이버 개발자센터 이용약관이 개정됩니다.

 - 시행일 : 2026년 12월 1일
 - 주요 내용 : 용어 정비 및 분쟁 해결 조항 변경

개정 약관에 동의하지 않으시는 경우 시행일 전까지 이용 계약을 해지하실 수 있습니다.
""",
        items=[],
        note="terms-of-service change with an effective date",
    ),
    Mail(
        name="neg_hostingkr_dormant",
        category="negative",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] 개인정보 유효기간제 적용(휴면 전환) 사전 안내",
        date="2026-10-12 10:00 +0900",
        to="hello@mintcake.shop",
        text="""고객님의 계정이 1년간 로그인 기록이 없어 2026년 11월 12일 휴면 계정으로 전환될 예정입니다.
휴면 전환을 원하지 않으시면 전환 예정일 전에 로그인해 주세요.
""",
        items=[],
        note="dormant-account notice from a registrar: not a domain expiry",
    ),
    Mail(
        name="neg_whois_privacy_usage_notice",
        category="negative",
        lang="ko",
        sender=("후이즈", "domain@whois.co.kr"),
        subject="[후이즈] 개인정보 이용내역 안내",
        date="2026-09-30 10:00 +0900",
        to="dev@greentea-labs.com",
        charset="euc-kr",
        cte="base64",
        text="""정보통신망법에 따라 연 1회 개인정보 이용내역을 안내드립니다.

 - 수집 항목 : 이름, 이메일, 연락처, 도메인 소유자 정보
 - 이용 목적 : 도메인 등록 및 만료 안내, 요금 결제
 - 보유 기간 : 회원 탈퇴 시까지
""",
        items=[],
        note="annual privacy-usage notice mentions 만료 안내 as a purpose",
    ),
    Mail(
        name="neg_github_universe",
        category="negative",
        lang="en",
        sender=("GitHub", "universe@github.com"),
        subject="Last chance: Universe early-bird pricing expires Friday",
        date="2026-09-10 16:00 +0000",
        to="dev@oddjob.dev",
        headers=bulk("https://github.com/settings/emails"),
        form="html",
        html="""<p>Early-bird pricing for GitHub Universe expires Friday, September 12. Save 35%.</p>""",
        items=[],
    ),
    Mail(
        name="neg_heroku_changelog",
        category="negative",
        lang="en",
        sender=("Heroku", "noreply@heroku.com"),
        subject="Heroku Changelog: November 2026",
        date="2026-11-02 18:00 +0000",
        to="dev@oddjob.dev",
        headers=bulk("https://dashboard.heroku.com/account/notifications"),
        text="""What's new on Heroku

- Heroku-22 stack: end of life on April 30, 2027. Upgrade apps to Heroku-24.
- Postgres 14 deprecation begins in Q1 2027.
- New: row-level metrics for Essential databases.
""",
        items=[],
        note="platform changelog with dates: not a quota warning",
    ),
    Mail(
        name="neg_cafe24_maintenance",
        category="negative",
        lang="ko",
        sender=("카페24", "no-reply@cafe24corp.com"),
        subject="[카페24] 호스팅 서버 정기 점검 안내",
        date="2026-11-19 10:00 +0900",
        to="owner@bluepeak.kr",
        text="""서버 안정화를 위한 정기 점검을 진행합니다.
 - 일시 : 2026년 11월 26일 03:00 ~ 05:00
 - 영향 : 점검 중 최대 10분간 홈페이지 접속이 원활하지 않을 수 있습니다.
""",
        items=[],
    ),
    Mail(
        name="neg_personal_ko_domain_chat",
        category="negative",
        lang="ko",
        sender=("이정민", "jm.lee@pinecone-hq.com"),
        subject="도메인 이름 아이디어",
        date="2026-11-05 20:11 +0900",
        to="ops@pinecone-hq.com",
        text="""새 서비스 도메인으로 pinecone.ai 어때요? 찾아보니 아직 등록 안 돼 있더라고요.
가비아에서 .ai 는 2년 단위로만 등록된다고 하네요. 내일 회의 때 얘기해요.
""",
        items=[],
    ),
    Mail(
        name="neg_line_devday_invite",
        category="negative",
        lang="en",
        sender=("LINE Developers", "dl_line_developers@linecorp.com"),
        subject="Registration closes soon: LINE DEVELOPER DAY 2026",
        date="2026-10-01 03:00 +0000",
        to="hello@mintcake.shop",
        headers=bulk("https://developers.line.biz/console/notification"),
        text="""Registration for LINE DEVELOPER DAY 2026 closes on October 15. Sessions include
"Migrating LINE Login to v2.1" and "What's next for LIFF".
""",
        items=[],
    ),
    Mail(
        name="neg_gabia_hiworks_receipt",
        category="negative",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 하이웍스 오피스 정기 결제 완료 안내",
        date="2026-11-01 09:00 +0900",
        to="admin@dalnim.co.kr",
        text="""정기 결제가 완료되었습니다.

 - 서비스 : 하이웍스 오피스 (dalnim.co.kr)
 - 결제일 : 2026-11-01
 - 이용 기간 : 2026-11-01 ~ 2026-11-30
 - 결제 금액 : 55,000원
""",
        items=[],
        note="receipt for an unrelated subscription from a registrar",
    ),
    Mail(
        name="neg_godaddy_transfer_out_done",
        category="negative",
        lang="en",
        sender=("GoDaddy", "noreply@godaddy.com"),
        subject="Your domain transfer is complete",
        date="2026-09-25 10:00 -0700",
        to="it@bluepeak.io",
        text="""The transfer of bluepeak.net away from GoDaddy is complete. The domain is now managed by your new
registrar. Its expiration date (Mar 2, 2027) is managed there.
""",
        items=[],
        note="transfer-out receipt that mentions an expiry",
    ),
]

PHISHING += [
    Mail(
        name="phish_gabia_naver_display",
        category="phishing",
        lang="ko",
        sender=("가비아 고객센터", "gabia_help@naver.com"),
        subject="[가비아] 도메인 만료 최종 안내",
        date="2026-11-18 22:10 +0900",
        to="it@sobok-market.kr",
        auth_domain="naver.com",
        text="""고객님의 도메인 sobok-market.kr 이 2026년 11월 20일 만료되어 삭제됩니다.
아래 계좌로 연장 비용 44,000원을 입금해 주세요. 입금 확인 후 즉시 연장됩니다.
국민은행 000-00-0000-000 (주)가비아도메인
""",
        items=[item(DOMAIN, "Gabia", "sobok-market.kr", "2026-11-20", suspicious=True)],
        note="vendor display name from a naver.com address",
    ),
    Mail(
        name="phish_hostingkr_softfail",
        category="phishing",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] 도메인 만료 30일 전 안내",
        date="2026-11-19 03:33 +0900",
        to="hello@mintcake.shop",
        auth="softfail",
        text="""고객님의 도메인 mintcake.shop 이 2026년 12월 20일 만료될 예정입니다.
아래 링크에서 로그인 후 결제 정보를 갱신해 주세요.
https://hosting-kr.account-verify.top/login
""",
        items=[item(DOMAIN, "hosting.kr", "mintcake.shop", "2026-12-20", suspicious=True)],
        note="vendor domain with spf=softfail, dkim=fail, dmarc=fail at the receiver",
    ),
    Mail(
        name="phish_kakao_spf_fail",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] '소복마켓' 앱 카카오 로그인 즉시 중단 예정",
        date="2026-11-21 02:02 +0900",
        to="it@sobok-market.kr",
        auth="fail",
        text="""'소복마켓' 앱의 카카오 로그인이 정책 위반으로 2026년 11월 23일 중단됩니다.
중단을 막으려면 아래 링크에서 관리자 인증을 완료하세요.
http://developers-kakao.support/verify
""",
        items=[item(SOCIAL, "Kakao", "소복마켓", "2026-11-23", suspicious=True, aliases=["884213"])],
    ),
]

NEGATIVES += [
    Mail(
        name="neg_apple_membership_expiry",
        category="negative",
        lang="en",
        sender=("Apple Developer", "developer@insideapple.apple.com"),
        subject="Your Apple Developer Program membership expires in 30 days",
        date="2026-11-04 17:00 +0000",
        to="hello@mintcake.shop",
        text="""Your Apple Developer Program membership for Mintcake Inc. expires on December 4, 2026.
To continue distributing apps on the App Store, renew your membership in the Apple Developer app or on the web.
""",
        items=[],
        note="developer-program membership renewal: not a sign-in deprecation (out of the built-in kinds)",
    ),
    Mail(
        name="neg_gcp_free_trial_ending",
        category="negative",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="Your Google Cloud free trial is ending soon",
        date="2026-11-12 16:00 +0000",
        to="dev@greentea-labs.com",
        text="""Your free trial credit for billing account 01A2B3-C4D5E6-F7G8H9 expires on November 30, 2026.
To keep using Google Cloud, upgrade to a paid account. Resources will be stopped after the trial ends.
""",
        items=[],
        note="trial credit expiry: billing, not a quota or sign-in notice",
    ),
    Mail(
        name="neg_gabia_transfer_approval",
        category="negative",
        lang="ko",
        sender=("가비아", "noreply@gabia.com"),
        subject="[가비아] 도메인 기관이전 승인 요청",
        date="2026-11-06 10:00 +0900",
        to="admin@dalnim.co.kr",
        text="""dalnim.net 도메인에 대한 기관이전(타 등록기관으로 이전) 요청이 접수되었습니다.
본인이 요청한 경우 5일 이내에 승인해 주세요. 기간 내 응답이 없으면 자동으로 승인됩니다.
본인이 요청하지 않았다면 즉시 거부해 주세요.
""",
        items=[],
        note="transfer approval request with a relative deadline: not an expiry",
    ),
]

NEGATIVES += [
    Mail(
        name="neg_godaddy_receipt_pdf",
        category="negative",
        lang="en",
        sender=("GoDaddy", "noreply@godaddy.com"),
        subject="Your GoDaddy receipt - Order #3318842201",
        date="2026-10-02 11:20 -0700",
        to="founders@oddjob.dev",
        attachment=True,
        form="html",
        html="""<h2>Thanks for your order.</h2>
<table border="1" cellpadding="4"><tr><th>Item</th><th>Term</th><th>Price</th></tr>
<tr><td>.NET Domain Registration - oddjobs.net</td><td>1 year (expires Oct 2, 2027)</td><td>$21.99</td></tr></table>
<p>Your receipt is attached as a PDF.</p>""",
        items=[],
        note="purchase receipt with a PDF attachment",
    ),
]
