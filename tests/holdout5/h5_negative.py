"""holdout5 negatives (must give nothing) and phishing (reported as suspicious only)."""
# ruff: noqa: E501  (mail bodies keep the vendors' long HTML lines)

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item
from h5lib import GROUP_DOMAIN, M365_DOMAIN, kwd, m365_auth, m365_headers, via_group

OPS = f"ops@{GROUP_DOMAIN}"
INFRA = f"infra@{M365_DOMAIN}"

NEGATIVES: list[Mail] = []
PHISHING: list[Mail] = []

_auth, _hdr = via_group("h5_neg_gg_gabia_promo_ko", "가비아", "news@gabia.com")
NEGATIVES.append(
    Mail(
        name="h5_neg_gg_gabia_promo_ko",
        category="negative",
        lang="ko",
        sender=("'가비아' via ops", OPS),
        to=OPS,
        subject="(광고) [가비아] 연말 특가! .com 도메인 첫해 9,900원",
        date="2026-11-16 11:00 +0900",
        form="html",
        charset="utf-8",
        cte="base64",
        auth=_auth,
        mailer="gabia.com",
        headers=_hdr,
        html=f"""<html><body style="background:#101a3a"><table width="640" align="center" style="background:#fff">
<tr><td><img src="https://static.gabia.com/event/2026/yearend_banner.jpg" width="640" alt="연말 도메인 특가"></td></tr>
<tr><td style="padding:28px;font-size:15px;line-height:1.8">
<p><b>좋은 도메인은 먼저 가져가는 사람의 것!</b></p>
<p>.com 도메인 신규 등록 첫해 <b style="color:#e91e63">9,900원</b>, .kr 도메인 12,000원.<br>
이벤트 기간: 2026년 11월 16일 ~ 2026년 11월 30일{kwd(2026, 11, 30)} 23:59까지 (기간 종료 시 정상가로 변경)</p>
<p>보유 도메인 만료가 걱정된다면? 자동연장 설정하고 포인트 1,000P 받으세요.</p>
<p><a href="https://www.gabia.com/event/yearend2026" style="background:#1f4fbf;color:#fff;padding:12px 30px;text-decoration:none">지금 검색하기</a></p>
<p style="font-size:11px;color:#999">본 메일은 광고성 정보 수신에 동의하신 회원님께 발송되었습니다. 수신을 원하지 않으시면
<a href="https://www.gabia.com/unsubscribe">[수신거부]</a>를 클릭하세요. 수신 동의 일자: 2021년 3월 4일</p></td></tr></table>
<p style="font-size:11px;color:#777">You received this message because you are subscribed to the Google Groups "ops" group.</p>
</body></html>
""",
        note="registrar marketing resent by the Google group ((광고) subject, 수신거부 link, promo end date)",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_cafe24_coupon_ko",
        category="negative",
        lang="ko",
        sender=("카페24", "news@cafe24.com"),
        to=OPS,
        subject="(광고) 보유하신 호스팅 할인 쿠폰이 곧 만료됩니다",
        date="2026-11-19 13:00 +0900",
        form="plain",
        charset="euc-kr",
        cte="base64",
        headers={
            "List-Unsubscribe": "<https://www.cafe24.com/unsubscribe?u=hanbitcorp>, <mailto:unsubscribe@cafe24.com>"
        },
        text=f"""(광고) 카페24

한빛랩 고객님, 보유하신 쿠폰이 곧 만료됩니다!

 - 쿠폰명 : 웹호스팅 상위 상품 변경 20% 할인 쿠폰
 - 사용 기한 : 2026년 11월 30일{kwd(2026, 11, 30)}까지
 - 남은 기간 : D-11

기한이 지나면 쿠폰은 자동 소멸되며 재발급되지 않습니다.

▶ 쿠폰 사용하기 https://hosting.cafe24.com/coupon

수신거부: https://www.cafe24.com/unsubscribe
""",
        note="coupon expiry with D-11 and a date: marketing, no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_godaddy_trial_en",
        category="negative",
        lang="en",
        sender=("GoDaddy", "info@godaddy.com"),
        to=INFRA,
        subject="Your free trial of Websites + Marketing ends in 3 days",
        date="2026-11-20 07:00 -0700",
        form="html",
        cte="quoted-printable",
        auth=m365_auth("godaddy.com"),
        authserv="",
        headers={
            **m365_headers("h5_neg_godaddy_trial_en"),
            "List-Unsubscribe": "<https://sso.godaddy.com/unsubscribe?c=207114963>",
        },
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="600" align="center"><tr><td>
<h1>Don't lose your progress</h1>
<p>Your 30-day free trial of Websites + Marketing ends on November 23, 2026. Pick a plan to publish your site
and keep your edits &mdash; plans start at $9.99/mo.</p>
<p><a href="https://www.godaddy.com/websites/website-builder">Choose a plan</a></p>
<p style="font-size:11px;color:#767676">You're receiving this email because you started a free trial. Unsubscribe |
Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC.</p></td></tr></table></body></html>
""",
        note="decided negative: a free trial of a site-builder product ending is an upsell, not a domain expiry,"
        " hosting quota or sign-in change (nothing the company loses that it relies on)",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_kakao_newsletter_ko",
        category="negative",
        lang="ko",
        sender=("카카오디벨로퍼스", "newsletter@kakaocorp.com"),
        to="dev@hanbit-lab.kr",
        subject="[카카오디벨로퍼스 뉴스레터] 11월호 - 안전한 토큰 관리와 지난 변경 사항 모아보기",
        date="2026-11-12 17:00 +0900",
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        headers={"List-Unsubscribe": "<https://developers.kakao.com/newsletter/unsubscribe>"},
        html="""<html><body><table width="640" align="center" style="font-family:sans-serif;font-size:14px;line-height:1.8"><tr><td>
<h2>카카오디벨로퍼스 뉴스레터 11월호</h2>
<h3>1. 액세스 토큰, 이렇게 관리하세요</h3>
<p>토큰은 서버에 저장하고, 만료 시간(expires_in)을 확인해 갱신하는 것이 좋습니다. 만료된 토큰으로 요청하면 401 응답이 반환됩니다.</p>
<h3>2. 지난 변경 사항 모아보기</h3>
<p>올해 지원이 종료된 API와 SDK 목록을 한곳에 정리했습니다. API 버전 관리 정책과 지원 종료 절차가 궁금하다면 블로그 글을 읽어 보세요.</p>
<h3>3. if(kakao) 2026 발표 영상 공개</h3>
<p>소셜 로그인 트렌드와 패스키 도입 사례를 다시 볼 수 있습니다.</p>
<p style="font-size:11px;color:#999">본 메일은 뉴스레터 수신에 동의한 분께 발송됩니다. <a href="https://developers.kakao.com/newsletter/unsubscribe">수신거부</a></p>
</td></tr></table></body></html>
""",
        note="developer newsletter about token expiry and past deprecations in general: no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_google_devnews_en",
        category="negative",
        lang="en",
        sender=("Google for Developers", "googledevelopers-noreply@google.com"),
        to="dev@hanbit-lab.kr",
        subject="This month in identity: FedCM, passkeys and what deprecation means for your sign-in flow",
        date="2026-11-05 18:00 +0000",
        form="alt",
        cte="quoted-printable",
        headers={"List-Unsubscribe": "<https://developers.google.com/newsletter/unsubscribe?u=xyz>"},
        text="""Google for Developers - Identity newsletter, November 2026

* Why third-party cookie deprecation changes how One Tap works, and how FedCM helps
* Passkeys: lessons from apps that went passwordless this year
* Video: planning API deprecations in your own product without breaking clients

Read on the blog: https://developers.googleblog.com/

You received this because you subscribed to Google for Developers newsletters. Unsubscribe:
https://developers.google.com/newsletter/unsubscribe
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        html="""<html><body style="font-family:Roboto,Arial"><h2>Identity newsletter &middot; November 2026</h2><ul>
<li>Why third-party cookie deprecation changes how One Tap works, and how FedCM helps</li>
<li>Passkeys: lessons from apps that went passwordless this year</li>
<li>Video: planning API deprecations in your own product without breaking clients</li></ul>
<p><a href="https://developers.googleblog.com/">Read on the blog</a></p>
<p style="font-size:11px">Unsubscribe &middot; Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</p></body></html>
""",
        note="newsletter about deprecation in general: no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_namecheap_wdrp_en",
        category="negative",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        to=INFRA,
        subject="Please review your domain contact information (WDRP notice)",
        date="2026-11-02 11:00 -0500",
        form="plain",
        cte="7bit",
        auth=m365_auth("namecheap.com"),
        authserv="",
        headers=m365_headers("h5_neg_namecheap_wdrp_en"),
        text="""Dear gurumsoft,

ICANN requires us to remind you once a year to review the WHOIS contact information for your domains and
keep it accurate. No action is needed if everything below is correct.

Domain: gurumsoft.io
Registrant: GURUMSOFT Co., Ltd.
Registrant email: infra@gurumsoft.co.kr
Created: 2021-06-03
Expiration date: 2027-06-03
Auto-renew: ON

If anything is wrong, update it in your account: https://ap.www.namecheap.com/domains/list/
Providing false WHOIS information can be grounds for cancellation of your domain registration.

Regards,
Team Namecheap
""",
        note="WHOIS data reminder that merely lists an expiry seven months away: no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_gabia_ssl_ko",
        category="negative",
        lang="ko",
        sender=("가비아", "ssl@gabia.com"),
        to=OPS,
        subject="[가비아] SSL 인증서 만료 예정 안내 (www.hanbit-lab.co.kr)",
        date="2026-11-17 10:00 +0900",
        form="plain",
        charset="euc-kr",
        cte="quoted-printable",
        text="""안녕하세요. 가비아입니다.

고객님이 이용 중인 SSL 인증서의 유효기간이 곧 만료됩니다.

 - 인증서 : Sectigo PositiveSSL (DV)
 - 적용 도메인 : www.hanbit-lab.co.kr
 - 만료일 : 2026-12-12

인증서가 만료되면 웹사이트 접속 시 브라우저에 보안 경고가 표시됩니다. 만료일 전에 갱신해 주세요.

(주)가비아 고객센터 1544-4370
""",
        note="SSL certificate expiry: not a built-in kind, no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_slack_invoice_en",
        category="negative",
        lang="en",
        sender=("Slack", "feedback@slack.com"),
        to=INFRA,
        subject="Your Slack receipt for Gurumsoft (Nov 15, 2026)",
        date="2026-11-15 03:10 +0000",
        form="plain",
        cte="quoted-printable",
        attachment=True,
        text="""Thanks for your payment!

Workspace: Gurumsoft (gurumsoft.slack.com)
Plan: Pro, billed monthly
Active members: 14
Amount paid: $122.50 (Visa ending in 4417)
Payment date: Nov 15, 2026
Next billing date: Dec 15, 2026

Your invoice is attached as a PDF.

Slack Technologies, LLC, 415 Mission Street, 3rd Floor, San Francisco, CA 94105
""",
        note="receipt for an unrelated subscription with a next-billing date: no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_personal_gym_ko",
        category="negative",
        lang="ko",
        sender=("이나래", "narae.lee82@gmail.com"),
        to="serin.oh@hanbit-lab.kr",
        subject="헬스장 회원권 만료 전에 같이 등록할래?",
        date="2026-11-13 21:30 +0900",
        form="plain",
        charset="utf-8",
        cte="8bit",
        text="""세린아~ 나 회원권이 12월 10일에 만료되거든. 재등록하면 3개월 10% 할인해 준대서
너도 같이 하면 좋을 것 같아서! 만료되기 전에 답 줘 ㅎㅎ 주말에 밥이나 먹자.
""",
        note="personal mail that says 만료 with a date: no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_google_signin_alert_en",
        category="negative",
        lang="en",
        sender=("Google", "no-reply@accounts.google.com"),
        to="admin@hanbit-lab.kr",
        subject="Security alert",
        date="2026-11-21 23:48 +0000",
        form="html",
        cte="base64",
        html="""<html><body style="font-family:Roboto,Arial"><table width="516" align="center"><tr><td style="border:1px solid #dadce0;border-radius:8px;padding:40px 20px">
<div style="font-size:24px;text-align:center">A new sign-in on Mac</div>
<div style="text-align:center;font-size:14px">admin@hanbit-lab.kr</div>
<p style="font-size:14px">We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything.
If not, we'll help you secure your account.</p>
<p style="text-align:center"><a href="https://accounts.google.com/AccountChooser?Email=admin@hanbit-lab.kr&amp;continue=https://myaccount.google.com/alert/nt/1763768880000">Check activity</a></p>
<p style="font-size:12px;color:#5f6368">You can also see security activity at https://myaccount.google.com/notifications</p>
</td></tr><tr><td style="font-size:11px;color:#5f6368;text-align:center">You received this email to let you know about important changes to your
Google Account and services.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</td></tr></table></body></html>
""",
        note="security alert (new sign-in) from a sign-in vendor: no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_it_password_ko",
        category="negative",
        lang="ko",
        sender=("한빛랩 IT지원", "it@hanbit-lab.kr"),
        to="all@hanbit-lab.kr",
        subject="[IT지원] 계정 비밀번호 만료 예정 안내 (D-7)",
        date="2026-11-16 09:00 +0900",
        form="plain",
        charset="utf-8",
        cte="base64",
        text=f"""안녕하세요, IT지원팀입니다.

보안 정책에 따라 사내 계정 비밀번호는 90일마다 변경해야 합니다.
아래 임직원의 비밀번호가 7일 후 만료됩니다.

 - 만료 예정일 : 2026년 11월 23일{kwd(2026, 11, 23)}
 - 변경 방법 : https://sso.hanbit-lab.kr/password

만료 후에는 메일, 그룹웨어, VPN 접속이 제한됩니다. 기한 내에 변경해 주세요.

IT지원팀 드림 (내선 2200)
""",
        note="company IT password expiry (D-7, a date): not a vendor notice, no item",
    )
)

NEGATIVES.append(
    Mail(
        name="h5_neg_vercel_newsletter_en",
        category="negative",
        lang="en",
        sender=("Vercel", "news@vercel.com"),
        to=INFRA,
        subject="Vercel Ship recap: faster builds, new usage dashboard, and fair-use updates",
        date="2026-11-06 16:00 +0000",
        form="html",
        cte="quoted-printable",
        headers={
            "List-Unsubscribe": "<https://vercel.com/account/notifications?unsubscribe=newsletter>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        html="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<h1>Vercel Ship 2026 recap</h1>
<p>Builds are up to 40% faster, the new usage dashboard shows every metric that counts toward your plan limits, and we've
published clearer fair-use guidelines for Hobby teams. Read about what happens when a team reaches its included usage,
and how spend management works on Pro.</p>
<p><a href="https://vercel.com/blog">Read the recap</a></p>
<p style="font-size:11px;color:#666">You're receiving this because you subscribed to product updates. <a href="https://vercel.com/account/notifications">Unsubscribe</a></p>
</td></tr></table></body></html>
""",
        note="product newsletter mentioning usage limits in general: no item",
    )
)

# === phishing =====================================================================================
PHISHING.append(
    Mail(
        name="h5_ph_gabia_lookalike_ko",
        category="phishing",
        lang="ko",
        sender=("가비아", "no-reply@gabia-renewal.co.kr"),
        to=OPS,
        subject="[가비아] 긴급: hanbit-lab.co.kr 도메인이 내일 삭제됩니다",
        date="2026-11-22 19:12 +0900",
        form="html",
        charset="utf-8",
        cte="base64",
        html="""<html><body><table width="600" align="center" style="font-family:sans-serif"><tr><td style="padding:24px">
<p><b style="color:#d00">[긴급] 도메인 삭제 예정 안내</b></p>
<p>고객님의 도메인 <b>hanbit-lab.co.kr</b>의 결제가 확인되지 않아 <b>2026년 11월 23일</b> 삭제될 예정입니다.</p>
<p>삭제를 막으려면 아래 링크에서 카드 정보를 다시 인증해 주세요.</p>
<p><a href="https://gabia-renewal.co.kr/verify?d=hanbit-lab.co.kr" style="background:#1f4fbf;color:#fff;padding:10px 24px;text-decoration:none">결제 정보 인증</a></p>
<p style="font-size:11px;color:#999">(주)가비아 고객센터 1544-4370</p></td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Gabia", "hanbit-lab.co.kr", "2026-11-23", suspicious=True)],
        note="look-alike domain gabia-renewal.co.kr (authenticates as itself)",
    )
)

PHISHING.append(
    Mail(
        name="h5_ph_godaddy_gmail_en",
        category="phishing",
        lang="en",
        sender=("GoDaddy Renewals", "godaddy.renewals.desk@gmail.com"),
        to=INFRA,
        subject="FINAL NOTICE: gurumsoft.com expires in 24 hours",
        date="2026-11-22 04:40 +0000",
        form="plain",
        cte="7bit",
        auth=m365_auth("gmail.com"),
        authserv="",
        text="""Dear Customer,

Your domain gurumsoft.com expires in 24 hours. Your automatic renewal payment failed.
To avoid losing the domain and all associated email, renew now at the discounted price of $4.99:

https://godaddy-renewals-center.web.app/renew?d=gurumsoft.com

GoDaddy Renewals Department
""",
        items=[item(DOMAIN, "GoDaddy", "gurumsoft.com", "2026-11-23", suspicious=True)],
        note="vendor display name on a gmail.com address; 'in 24 hours' from 2026-11-22",
    )
)

PHISHING.append(
    Mail(
        name="h5_ph_namecheap_dkimfail_en",
        category="phishing",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        to=INFRA,
        subject="Domain suspension notice: gurum.app",
        date="2026-11-21 12:30 +0000",
        form="html",
        cte="quoted-printable",
        auth=[
            "mx.gurumsoft.co.kr;\r\n       dkim=fail (body hash did not verify) header.d=namecheap.com header.s=s1;\r\n"
            "       spf=fail (mx.gurumsoft.co.kr: domain of support@namecheap.com does not designate 185.234.72.19"
            " as permitted sender) smtp.mailfrom=support@namecheap.com;\r\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=namecheap.com",
            "mx.namecheap.com; dkim=pass header.d=namecheap.com; spf=pass smtp.mailfrom=namecheap.com;"
            " dmarc=pass header.from=namecheap.com",
        ],
        mailer="mail-relay-72.biz",
        html="""<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="padding:24px">
<img src="https://www.namecheap.com/assets/img/nc-logo.png" alt="Namecheap">
<p>Hello,</p><p>Your domain <b>gurum.app</b> has been flagged for suspension on <b>November 25, 2026</b> due to an unverified
registrant email address.</p>
<p><a href="https://namecheap.account-verify.support/login">Verify now</a> to keep your domain active.</p>
<p>Team Namecheap</p></td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Namecheap", "gurum.app", "2026-11-25", suspicious=True)],
        note="real vendor domain but dkim/spf/dmarc fail in the topmost Authentication-Results; a lower forged"
        " header claims pass",
    )
)

PHISHING.append(
    Mail(
        name="h5_ph_cloudflare_punycode_en",
        category="phishing",
        lang="en",
        sender=("Cloudflare", "noreply@xn--cloudflre-6yh.com"),
        to=OPS,
        subject="Action needed: hanbit.dev registration expires today",
        date="2026-11-19 23:05 +0000",
        form="html",
        cte="base64",
        html="""<html><body style="font-family:Arial"><table width="560" align="center"><tr><td style="padding:28px">
<h1 style="font-size:20px">Your domain registration expires today</h1>
<p><b>hanbit.dev</b> expires on 19 Nov 2026 because your billing profile could not be charged.</p>
<p><a href="https://dash.xn--cloudflre-6yh.com/billing">Update billing and renew</a></p>
<p style="font-size:12px;color:#6b7280">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107</p></td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Cloudflare", "hanbit.dev", "2026-11-19", suspicious=True)],
        note="punycode homoglyph domain (cloudflаre.com with a Cyrillic а, xn--cloudflre-6yh.com)",
    )
)

PHISHING.append(
    Mail(
        name="h5_ph_kakao_lookalike_ko",
        category="phishing",
        lang="ko",
        sender=("카카오디벨로퍼스", "notice@kakao-developers.net"),
        to="dev@hanbit-lab.kr",
        subject="[카카오디벨로퍼스] 앱 이용 제한 예정 안내 - 한빛마켓",
        date="2026-11-18 19:20 +0900",
        form="plain",
        charset="utf-8",
        cte="base64",
        text="""안녕하세요, 카카오입니다.

귀하의 앱 '한빛마켓'(앱 ID 1123456)이 카카오 로그인 정책 위반으로 2026년 11월 25일 이용이 제한될 예정입니다.
이용 제한을 해제하려면 24시간 내에 아래 링크에서 관리자 계정을 인증해 주세요.

https://kakao-developers.net/app/verify?id=1123456

카카오디벨로퍼스
""",
        items=[item(SOCIAL, "Kakao", "한빛마켓", "2026-11-25", suspicious=True, aliases=["1123456"])],
        note="look-alike domain kakao-developers.net",
    )
)

_auth, _hdr = via_group("h5_ph_gg_whois_lookalike_ko", "후이즈", "domain@whois-kr.net", original_auth="fail")
PHISHING.append(
    Mail(
        name="h5_ph_gg_whois_lookalike_ko",
        category="phishing",
        lang="ko",
        sender=("'후이즈' via ops", OPS),
        to=OPS,
        subject="[ops] [후이즈] 호스팅 용량 초과로 계정이 정지됩니다",
        date="2026-11-20 22:45 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        auth=_auth,
        mailer="whois-kr.net",
        headers=_hdr,
        html="""<html><body><table width="600" align="center" style="font-family:dotum;font-size:13px"><tr><td style="padding:20px">
<p>후이즈 호스팅 고객님, 안녕하세요.</p>
<p>고객님의 호스팅 계정 <b>hanbit-lab.co.kr</b>의 디스크 사용량이 100%를 초과하여 <b>2026년 11월 22일</b> 계정이 정지됩니다.</p>
<p>용량 추가 결제: <a href="http://whois-kr.net/hosting/pay">http://whois-kr.net/hosting/pay</a></p>
<p>(주)후이즈 고객센터</p></td></tr></table>
<p style="font-size:11px;color:#777">You received this message because you are subscribed to the Google Groups "ops" group.</p>
</body></html>
""",
        items=[item(QUOTA, "Whois", "hanbit-lab.co.kr", "2026-11-22", suspicious=True)],
        note="resent by the company's Google group: the topmost result passes for the group's own domain, but"
        " X-Original-From/Reply-To is the look-alike whois-kr.net and the ARC results show the original failed",
    )
)
