# ruff: noqa: E501
"""holdout10: domain-expiry notices (single, digests, forwards, follow-ups, resolutions) in the forms a
Microsoft 365 shared mailbox of a Korean shop receives."""

from __future__ import annotations

from h10_lib import DOMAIN, LIVING, SHOP, Mail, item, kd, ms_auth, qsubj

GABIA_FOOT_HTML = """<tr><td style="padding:24px 30px;background:#f4f4f4;font-size:11px;color:#999;line-height:18px">
본 메일은 발신전용으로 회신되지 않습니다. 문의사항은 <a href="https://customer.gabia.com">가비아 고객센터</a>를 이용해 주세요.<br>
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층 | 대표이사 김홍국 | 사업자등록번호 144-81-15549<br>
고객센터 1544-4370 | 통신판매업신고 제 2011-경기성남-1186호<br>
Copyright &copy; Gabia Inc. All rights reserved.</td></tr>"""

PREHEADER = '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{}</div>'


def pixel(host: str, tag: str) -> str:
    return f'<img src="https://{host}/open/{tag}.gif" width="1" height="1" alt="" style="display:block;border:0">'


MAILS: list[Mail] = [
    # 1. Gabia, HTML-only, EUC-KR base64, 만기일 column; registration date and send date as distractors.
    Mail(
        name="dom_gabia_ko_html_euckr",
        category="positive",
        lang="ko",
        sender=("가비아", "no-reply@gabia.com"),
        subject="[가비아] 도메인 만기일 안내 - bomnal-shop.co.kr",
        date="2026-11-14 08:02 +0900",
        to=SHOP,
        form="html",
        charset="euc-kr",
        cte="base64",
        auth=ms_auth("gabia.com"),
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body style="margin:0;padding:0;background:#eeeeee">
{PREHEADER.format("도메인 연장 기간이 얼마 남지 않았습니다. 만기일 전에 연장해 주세요.")}
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:20px 30px;border-bottom:3px solid #1f6bf2"><img src="https://static.gabia.com/mail/logo.png" alt="gabia" width="90"></td></tr>
<tr><td style="padding:30px;font-size:14px;color:#333;line-height:24px">
<b>봄날상회</b> 고객님, 안녕하세요.<br>가비아에서 관리 중인 도메인의 만기일이 다가와 안내드립니다.<br>
만기일이 지나면 도메인 사용이 중지되어 홈페이지 접속, 메일 송수신, 정보 변경 등이 불가합니다.<br>
서비스 중단이 없도록 만기일 전에 연장해 주시기 바랍니다.</td></tr>
<tr><td style="padding:0 30px">
<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dddddd;font-size:13px">
<tr bgcolor="#f7f9fc"><th>도메인</th><th>등록일</th><th>만기일</th><th>자동연장</th></tr>
<tr><td align="center">bomnal-shop.co.kr</td><td align="center">2019-12-14</td><td align="center"><font color="#e3262d">2026-12-14</font></td><td align="center">미신청</td></tr>
</table></td></tr>
<tr><td style="padding:24px 30px;font-size:13px;color:#555;line-height:22px">
&middot; 연장 방법: My가비아 &gt; 비용 결제 &gt; 연장 대상 서비스 선택 후 결제<br>
&middot; 가상계좌 결제 시, 입금 기한이 아닌 <b>도메인 만기일 전까지</b> 결제가 완료되어야 합니다.<br>
&middot; 본 안내는 {kd(2026, 11, 14)} 기준으로 발송되었습니다.<br><br>
<a href="https://www.gabia.com/mygabia/extend?utm_source=mail&amp;utm_medium=renewal" style="display:inline-block;padding:12px 28px;background:#1f6bf2;color:#fff;text-decoration:none">지금 연장하기</a>
</td></tr>
{GABIA_FOOT_HTML}
</table>{pixel("mail-track.gabia.com", "r0914a")}</td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Gabia", "bomnal-shop.co.kr", "2026-12-14")],
        note="registration date 2019-12-14 and the send date are distractors; Gabia says 만기일",
    ),
    # 2. Whois (후이즈), Outlook-style ks_c_5601-1987 label holding cp949 text, quoted-printable.
    Mail(
        name="dom_whois_ko_kscp949_qp",
        category="positive",
        lang="ko",
        sender=("후이즈", "domain@whois.co.kr"),
        subject="[후이즈] 도메인 기간만료 사전 안내 (bomnal.kr)",
        date="2026-11-03 14:30 +0900",
        to=SHOP,
        form="plain",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        auth=ms_auth("whois.co.kr"),
        text=f"""안녕하세요, 후이즈입니다.

고객님께서 후이즈를 통해 등록하신 도메인의 사용기간이 곧 만료되어 안내해 드립니다.

■ 도메인명 : bomnal.kr
■ 최초 등록일 : 2021년 12월 3일
■ 만료 예정일 : {kd(2026, 12, 3)}
■ 소유자 : 봄날상회 (담당: 똠양꿍 님)

만료 예정일까지 기간연장을 하지 않으시면 도메인이 정지되며, KR 도메인은 만료 후
일정 기간이 지나면 삭제되어 다른 사람이 등록할 수 있게 됩니다.
기간연장은 후이즈 홈페이지 > 마이페이지 > 도메인 관리에서 신청하실 수 있습니다.

※ 이미 연장하셨다면 본 메일은 무시하셔도 됩니다.
※ 본 메일은 {kd(2026, 11, 3)} 발송되었으며 발신 전용입니다.

(주)후이즈 | 서울특별시 구로구 디지털로34길 27 대륭포스트타워 3차 11층
고객센터 1588-8455 | https://whois.co.kr
""",
        items=[item(DOMAIN, "Whois", "bomnal.kr", "2026-12-03")],
        note="ks_c_5601-1987 label with cp949 bytes (똠 is cp949-only); first registration date is a distractor",
    ),
    # 3. hosting.kr, multipart/alternative whose two parts differ (plain part is a stub).
    Mail(
        name="dom_hostingkr_ko_alt_differs",
        category="positive",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] 도메인 만료 예정 안내",
        date="2026-11-10 10:15 +0900",
        to=LIVING,
        form="alt",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("hosting.kr"),
        text="""HTML 메일을 지원하지 않는 환경입니다.
아래 주소에서 안내문을 확인해 주세요.
https://www.hosting.kr/mail/view?id=7f3a21

호스팅케이알 고객센터 1588-5835
""",
        html=f"""<html><body style="font-family:'Malgun Gothic',sans-serif">
{PREHEADER.format("등록하신 도메인의 만료일이 다가오고 있습니다.")}
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #d9d9d9">
<tr><td style="background:#0b3d91;color:#fff;padding:16px 24px;font-size:18px">hosting.kr</td></tr>
<tr><td style="padding:24px">
봄날리빙 고객님,<br><br>
아래 도메인의 만료 예정일이 다가오고 있어 알려드립니다.<br>
만료 예정일이 지나면 웹사이트와 이메일이 정상적으로 동작하지 않을 수 있습니다.<br><br>
<table width="100%" cellpadding="6" cellspacing="0" style="border-top:2px solid #0b3d91;font-size:13px">
<tr><td width="35%" style="background:#f2f5fa">도메인</td><td>bomnal-living.com</td></tr>
<tr><td style="background:#f2f5fa">등록일</td><td>2022.01.09.</td></tr>
<tr><td style="background:#f2f5fa">만료 예정일</td><td><b>2027.01.09.</b></td></tr>
<tr><td style="background:#f2f5fa">자동 연장</td><td>사용 안 함</td></tr>
</table><br>
만료 예정일 이후 30일간은 연장 유예기간으로 일반 연장이 가능하나, 이후에는 복구 수수료가 부과됩니다.<br>
<a href="https://www.hosting.kr/my/domain">도메인 연장하기 &rsaquo;</a>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;background:#fafafa">
(주)호스팅케이알 &middot; 발신전용 메일입니다 &middot; 개인정보처리방침 최종 수정일 2026.03.02.</td></tr>
</table>{pixel("t.hosting.kr", "a7f3a21")}</body></html>
""",
        items=[item(DOMAIN, "hosting.kr", "bomnal-living.com", "2027-01-09")],
        note="the text/plain alternative carries no details; only the HTML part names the domain and date",
    ),
    # 4. Megazone: already expired, in the renewal grace period.
    Mail(
        name="dom_megazone_ko_grace",
        category="positive",
        lang="ko",
        sender=("메가존 호스팅", "domain@megazone.com"),
        subject="[메가존] 도메인 만료 및 연장 유예기간 안내 - springday-goods.com",
        date="2026-11-16 09:40 +0900",
        to=LIVING,
        form="plain",
        charset="euc-kr",
        cte="8bit",
        auth=ms_auth("megazone.com"),
        text="""고객님 안녕하세요. 메가존 호스팅 도메인 관리팀입니다.

고객님의 도메인 springday-goods.com 이 2026년 11월 12일자로 만료되어
현재 네임서버가 만료 안내 페이지로 변경된 상태입니다.

  - 만료일        : 2026-11-12
  - 연장 유예기간 : 2026-12-12 까지 (일반 연장 비용으로 연장 가능)
  - 복구기간(Redemption) : 유예기간 종료 후 30일 (복구 수수료 별도 부과)

유예기간 내에 연장하시면 익일부터 홈페이지와 메일을 다시 이용하실 수 있습니다.
2026-12-12 까지 연장하지 않으시면 복구기간으로 전환되어 고액의 복구 수수료가 발생하며,
이후 삭제 대기(Pending Delete)를 거쳐 도메인이 삭제됩니다.

연장 신청: https://hosting.megazone.com/domain/extend

메가존(주) 호스팅사업부 | 고객센터 1644-2243 | 평일 09:00~18:00
""",
        items=[item(DOMAIN, "Megazone", "springday-goods.com", "2026-12-12")],
        note="already expired on 2026-11-12; the reader must act by the end of the grace period (2026-12-12), after which a restore fee applies",
    ),
    # 5. Gandi, English, date with time and UTC.
    Mail(
        name="dom_gandi_en_plain_utc",
        category="positive",
        lang="en",
        sender=("Gandi", "noreply@gandi.net"),
        subject="[Gandi] bomnal.store expires in 30 days",
        date="2026-11-19 11:40 +0100",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("gandi.net"),
        text="""Hello,

The domain name bomnal.store, of which you are a contact, will expire on
2026-12-19 10:40:00 (UTC).

Automatic renewal is NOT enabled for this domain. To keep your website and email
working, renew it before that date from your Gandi account:
https://admin.gandi.net/domain/bomnal-org/bomnal.store/renew

If the domain is not renewed, it will be suspended and then deleted according to
the policy of the .store registry. A renewal always adds a full year to the
current expiration date, so renewing early costs you nothing.

Organization: BOMNAL-ORG
Owner contact: BS1234-GANDI

Best regards,
The Gandi team
--
Gandi SAS - 63-65 boulevard Massena - 75013 Paris - France
This is an automatic message, please do not reply.
""",
        items=[item(DOMAIN, "Gandi", "bomnal.store", "2026-12-19")],
    ),
    # 6. Porkbun, "Dec. 27th" without a year.
    Mail(
        name="dom_porkbun_en_noyear",
        category="positive",
        lang="en",
        sender=("Porkbun", "support@porkbun.com"),
        subject="Porkbun: bomnalshop.com expires soon",
        date="2026-11-20 16:05 -0800",
        to=SHOP,
        form="alt",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("porkbun.com"),
        text="""Oink oink!

Just a heads up: your domain bomnalshop.com is set to expire on Dec. 27th and
auto-renew is turned off. Log in and renew it so your site doesn't go dark.

https://porkbun.com/account/domainsSpeedy

Account: bomnal-admin
Member since: Mar 3, 2020

Porkbun LLC, 21370 SW Langer Farms Pkwy, Sherwood, OR 97140
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fdf0f4">
<table width="580" align="center" cellpadding="20" style="background:#fff;border-radius:6px"><tr><td>
<h2 style="color:#ef7878;margin:0">Oink oink!</h2>
<p>Just a heads up: your domain <b>bomnalshop.com</b> is set to expire on <b>Dec. 27th</b> and auto-renew is turned off.</p>
<p>Log in and renew it so your site doesn&#8217;t go dark.</p>
<p><a href="https://porkbun.com/account/domainsSpeedy" style="background:#ef7878;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Renew Now</a></p>
<p style="font-size:12px;color:#777">Account: bomnal-admin &middot; Member since: Mar 3, 2020</p>
</td></tr></table>
<p style="text-align:center;font-size:11px;color:#999">Porkbun LLC, 21370 SW Langer Farms Pkwy, Sherwood, OR 97140</p>
</body></html>
""",
        items=[item(DOMAIN, "Porkbun", "bomnalshop.com", "2026-12-27")],
        note="Dec. 27th takes the next such date after the mail's date (2026); 'member since' is a distractor",
    ),
    # 7. Namecheap auto-renew announcement: low severity, deadline = renewal date.
    Mail(
        name="dom_namecheap_en_autorenew",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Your domain will be auto-renewed soon",
        date="2026-11-06 03:12 -0500",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("namecheap.com"),
        text="""Hi bomnaladmin,

This is a friendly reminder that the following domain is scheduled for automatic
renewal on December 6, 2026, using the payment method on file:

  Domain: bomnal-shop.net
  Current expiration date: December 13, 2026
  Renewal term: 1 year
  Estimated charge: $14.58 USD (incl. ICANN fee)

No action is needed if your card ending in 4417 is valid. To change or cancel the
renewal, go to Domain List > Manage > Auto-Renew before December 6, 2026.

Thank you for choosing Namecheap.

Namecheap, Inc. | 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA
You received this message because you are the account owner of bomnaladmin.
""",
        items=[item(DOMAIN, "Namecheap", "bomnal-shop.net", "2026-12-06")],
        note="auto-renew announcement: low-severity item, deadline is the renewal date, not the expiry (2026-12-13)",
    ),
    # 8. GoDaddy auto-renew FAILED, HTML-only: deadline is the expiry.
    Mail(
        name="dom_godaddy_en_html_autorenew_failed",
        category="positive",
        lang="en",
        sender=("GoDaddy", "noreply@godaddy.com"),
        subject="Action needed: We couldn't renew bomnal-living.co",
        date="2026-11-15 07:21 -0700",
        to=LIVING,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("godaddy.com"),
        html=f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoDaddy</title></head>
<body style="margin:0;background:#f5f7f8">
{PREHEADER.format("Your payment didn&#39;t go through. Update it to keep your domain.")}
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff">
<tr><td style="padding:24px 32px;background:#111111"><img src="https://img1.wsimg.com/cdn/Image/logo-white.png" alt="GoDaddy" width="120"></td></tr>
<tr><td style="padding:32px;font-family:Arial,sans-serif;font-size:15px;color:#111;line-height:22px">
<p>Hi Bomnal Living,</p>
<p>We tried to automatically renew the product below, but your payment method was declined.</p>
<table width="100%" cellpadding="10" cellspacing="0" style="border:1px solid #e0e0e0;font-size:14px">
<tr><td style="color:#767676">Domain</td><td><b>bomnal-living.co</b></td></tr>
<tr><td style="color:#767676">Expiration date</td><td><b>15 Dec 2026</b></td></tr>
<tr><td style="color:#767676">Customer #</td><td>428771903</td></tr>
</table>
<p>If we can&rsquo;t charge you before the expiration date, your domain will expire and your website and email will stop working.</p>
<p><a href="https://account.godaddy.com/billing/payment-methods" style="background:#00a4a6;color:#fff;padding:12px 24px;text-decoration:none">Update payment method</a></p>
</td></tr>
<tr><td style="padding:24px 32px;font-family:Arial,sans-serif;font-size:11px;color:#767676">
Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.<br>
2155 E. GoDaddy Way, Tempe, AZ 85284 USA &middot; <a href="https://www.godaddy.com/legal">Legal</a></td></tr>
</table></td></tr></table>{pixel("email.godaddy.com", "af15")}</body></html>
""",
        items=[item(DOMAIN, "GoDaddy", "bomnal-living.co", "2026-12-15")],
        note="auto-renewal failed: high severity, deadline is the expiry",
    ),
    # 9. Cloudflare Registrar, 12/08/2026 US format.
    Mail(
        name="dom_cloudflare_en_alt_usdate",
        category="positive",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Domain expiration notice: bomnal.co",
        date="2026-11-08 22:10 +0000",
        to=SHOP,
        form="alt",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("notify.cloudflare.com"),
        text="""Cloudflare Registrar

Auto-renew is disabled for bomnal.co. This domain will expire on 12/08/2026.

Renew: https://dash.cloudflare.com/?to=/:account/domains/bomnal.co/configuration

Account ID: 9f3c0b61e5a1
""",
        html="""<html><body style="font-family:-apple-system,Segoe UI,sans-serif">
<table width="560" align="center" cellpadding="16"><tr><td style="border-top:4px solid #f38020">
<p style="font-size:18px"><b>Cloudflare Registrar</b></p>
<p>Hello,</p>
<p>Your domain <b>bomnal.co</b> is set to expire on <b>12/08/2026</b>. Auto-renew is currently <b>disabled</b>, so Cloudflare will not renew this registration for you.</p>
<p>Once a domain expires, DNS resolution stops and the domain may be lost after the registry&#39;s grace period.</p>
<p><a href="https://dash.cloudflare.com/?to=/:account/domains/bomnal.co/configuration">Manage domain</a></p>
<p style="font-size:12px;color:#666">Account ID: 9f3c0b61e5a1 &middot; Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107</p>
</td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Cloudflare", "bomnal.co", "2026-12-08")],
    ),
    # 10. Route 53 from registrar.amazon.com.
    Mail(
        name="dom_route53_en_plain",
        category="positive",
        lang="en",
        sender=("Amazon Route 53", "no-reply@registrar.amazon.com"),
        subject="Your domain bomnal-logistics.com is about to expire",
        date="2026-11-20 05:33 +0000",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("registrar.amazon.com"),
        text="""Dear AWS customer,

The registration for the following domain is scheduled to expire and automatic
renewal is disabled:

Domain name: bomnal-logistics.com
Expiration date: January 4, 2027
AWS account: 4821-7734-0091

If you want to keep this domain, either enable automatic renewal or renew the
domain manually in the Route 53 console before the expiration date:
https://console.aws.amazon.com/route53/domains/home#/DomainDetail/bomnal-logistics.com

If you don't renew the domain, it will be deleted from Route 53 after the
expiration date and the registrar may make it available for others to register.

Sincerely,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and distributed
by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
        items=[item(DOMAIN, "Route 53", "bomnal-logistics.com", "2027-01-04")],
    ),
    # 11. Squarespace Domains auto-renew notice (renews 15 days before expiry).
    Mail(
        name="dom_squarespace_en_html_autorenew",
        category="positive",
        lang="en",
        sender=("Squarespace Domains", "no-reply@squarespace.com"),
        subject="Your domain bomnal.shop renews soon",
        date="2026-11-16 13:00 -0500",
        to=SHOP,
        form="html",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("squarespace.com"),
        html=f"""<html><body style="margin:0;background:#ffffff;font-family:Clarkson,Helvetica,sans-serif">
{PREHEADER.format("No action needed if your billing info is up to date.")}
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0">
<tr><td style="padding:40px 0 24px;font-size:13px;letter-spacing:2px">SQUARESPACE</td></tr>
<tr><td style="font-size:26px;line-height:34px;padding-bottom:16px">Your domain renews soon</td></tr>
<tr><td style="font-size:15px;line-height:24px;color:#333">
Your domain <b>bomnal.shop</b> is set to renew automatically on <b>Dec 1, 2026</b>.<br>
We&rsquo;ll charge the card on file (Visa &bull;&bull;&bull;&bull; 2231) <b>$20.00</b> for one more year.<br><br>
Domains renew 15 days before their expiration date to prevent service interruptions.
To make changes, visit Domains in your account before the renewal date.</td></tr>
<tr><td style="padding:28px 0"><a href="https://account.squarespace.com/domains/managed/bomnal.shop" style="border:1px solid #000;padding:12px 22px;color:#000;text-decoration:none">MANAGE DOMAIN</a></td></tr>
<tr><td style="font-size:11px;color:#8c8c8c;line-height:16px;padding-bottom:40px">
Squarespace Domains II LLC &middot; 225 Varick Street, New York, NY 10014<br>
You&rsquo;re receiving this email because you are the owner of a Squarespace domain.</td></tr>
</table></td></tr></table>{pixel("mail.squarespace.com", "sq1116")}</body></html>
""",
        items=[item(DOMAIN, "Squarespace", "bomnal.shop", "2026-12-01")],
        note="auto-renew announcement: deadline = renewal date (low severity)",
    ),
    # 12. IONOS, German-style dd.mm.yyyy date in an English mail.
    Mail(
        name="dom_ionos_en_dotdate",
        category="positive",
        lang="en",
        sender=("IONOS", "noreply@ionos.com"),
        subject="Contract 81239977: domain bomnal.eu will not be renewed",
        date="2026-11-22 09:10 +0100",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("ionos.com"),
        text="""Dear Customer,

You have cancelled the domain bomnal.eu in contract 81239977, or it is not set to
renew. The domain will be released on 02.01.2027 (expiry date).

If you still need this domain, withdraw the cancellation in your IONOS account
before 02.01.2027: https://my.ionos.com/contracts/81239977

Customer ID: 518823441
Date of this message: 22.11.2026

Kind regards,
Your IONOS Team

IONOS SE | Elgendorfer Str. 57 | 56410 Montabaur, Germany
""",
        items=[item(DOMAIN, "IONOS", "bomnal.eu", "2027-01-02")],
        note="dd.mm.yyyy European date; the message date 22.11.2026 is a distractor",
    ),
    # 13. Cafe24 domain, HTML-only, ks_c_5601-1987 base64, D-30 plus a 만료일 row.
    Mail(
        name="dom_cafe24_ko_html_ksc_base64",
        category="positive",
        lang="ko",
        sender=("카페24", "noreply@cafe24.com"),
        subject="[카페24] 도메인 만료 D-30 안내",
        date="2026-11-02 11:00 +0900",
        to=SHOP,
        form="html",
        charset="ks_c_5601-1987",
        cte="base64",
        auth=ms_auth("cafe24.com"),
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head><body>
{PREHEADER.format("도메인 만료까지 30일 남았습니다")}
<table width="700" cellpadding="0" cellspacing="0" border="0" align="center" style="font-family:돋움,Dotum;font-size:12px">
<tr><td><img src="https://img.cafe24.com/mail/top_domain.gif" width="700" height="90" alt="CAFE24 도메인"></td></tr>
<tr><td style="padding:25px">
안녕하세요. 카페24입니다.<br>
회원님(ID: bomnal01)께서 이용 중인 도메인이 <b>30일 후 만료</b>됩니다.<br><br>
<table width="100%" cellpadding="7" cellspacing="1" bgcolor="#cccccc">
<tr bgcolor="#f1f1f1" align="center"><td>도메인명</td><td>서비스 구분</td><td>결제일</td><td>만료일</td></tr>
<tr bgcolor="#ffffff" align="center"><td>bomnal-event.kr</td><td>국가도메인(.kr)</td><td>2025-12-02</td><td><span style="color:#ff3300">2026-12-02</span></td></tr>
</table><br>
&nbsp;&nbsp;&#183; 만료일이 지나면 연결된 쇼핑몰/홈페이지 접속이 중단됩니다.<br>
&nbsp;&nbsp;&#183; 연장: 나의서비스관리 &gt; 도메인 관리 &gt; 기간연장<br>
</td></tr>
<tr><td style="padding:15px 25px;background:#f7f7f7;color:#888;font-size:11px">
본 메일은 정보통신망법에 따라 서비스 이용 고객에게 발송되는 안내 메일입니다.<br>
(주)카페24 | 서울시 동작구 보라매로5가길 7 | 대표이사 이재석 | 고객센터 1588-3284</td></tr>
</table>{pixel("mail.cafe24.com", "dm30")}</body></html>
""",
        items=[item(DOMAIN, "Cafe24", "bomnal-event.kr", "2026-12-02")],
        note="D-30 and the 만료일 cell agree; 결제일 (last payment) is a distractor",
    ),
    # 14. Whois D-7 only (relative deadline counted from the mail's date).
    Mail(
        name="dom_whois_ko_dminus7",
        category="positive",
        lang="ko",
        sender=("후이즈", "domain@whois.co.kr"),
        subject="[D-7] bomnal-shop.kr 도메인 만료가 7일 남았습니다",
        date="2026-11-21 09:00 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="base64",
        auth=ms_auth("whois.co.kr"),
        text="""[후이즈 도메인 만료 알림]

bomnal-shop.kr 도메인의 사용기간 만료가 D-7 남았습니다.

만료 후에는 홈페이지와 이메일을 사용하실 수 없으며,
정지 상태가 길어지면 도메인이 삭제될 수 있습니다.
오늘 바로 기간연장을 진행해 주세요.

▶ 기간연장 바로가기: https://whois.co.kr/my/domain/extend?d=bomnal-shop.kr
▶ 자동연장 신청 시 다음 만료부터 자동으로 결제됩니다.

등록일: 2023-11-28 | 등록기관: (주)후이즈
""",
        items=[item(DOMAIN, "Whois", "bomnal-shop.kr", "2026-11-28")],
        note="only a relative deadline: D-7 from the mail's date 2026-11-21",
    ),
    # 15. Namecheap redemption: expired, restorable until a date.
    Mail(
        name="dom_namecheap_en_redemption",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="bomnal.net has entered the Redemption Grace Period",
        date="2026-11-18 04:45 -0500",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("namecheap.com"),
        text="""Hello bomnaladmin,

Your domain bomnal.net expired on Oct 18, 2026 and was not renewed during the
grace period. It is now in the Redemption Grace Period (RGP).

You can still restore it until Nov 27, 2026. Restoring a domain in redemption
costs a restoration fee of $38.88 in addition to the one-year renewal price.
After that date the domain will be released by the registry and anyone will be
able to register it.

To restore: Domain List > Expired > bomnal.net > Reactivate
https://ap.www.namecheap.com/domains/expired

Order history: last renewal Oct 18, 2025 (Order #118232211)

Regards,
Namecheap Support Team
""",
        items=[item(DOMAIN, "Namecheap", "bomnal.net", "2026-11-27")],
        note="expired 2026-10-18; the reader must restore by 2026-11-27 (end of redemption), which is the deadline",
    ),
    # ---------------------------------------------------------------- digests
    # 16. Gabia digest, HTML-only EUC-KR quoted-printable, mixed statuses.
    Mail(
        name="dig_gabia_ko_html_mixed_status",
        category="digest",
        lang="ko",
        sender=("가비아", "no-reply@gabia.com"),
        subject=qsubj("[가비아] 연장 대상 도메인 현황 안내 (4건)", "euc-kr"),
        date="2026-11-20 08:00 +0900",
        to=SHOP,
        form="html",
        charset="euc-kr",
        cte="quoted-printable",
        auth=ms_auth("gabia.com"),
        html=f"""<html><body style="margin:0;background:#f0f0f0">
{PREHEADER.format("만기 예정 및 만료된 도메인을 확인하세요.")}
<table width="680" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff" style="font-family:'맑은 고딕';font-size:13px">
<tr><td style="padding:20px 30px;border-bottom:3px solid #1f6bf2"><b style="font-size:18px;color:#1f6bf2">gabia.</b></td></tr>
<tr><td style="padding:26px 30px;line-height:22px">봄날상회 고객님의 도메인 현황을 안내드립니다.<br>
만기일이 다가온 도메인과 이미 만료되어 연장 유예 중인 도메인이 있습니다. 아래 표를 확인해 주세요.</td></tr>
<tr><td style="padding:0 30px">
<table width="100%" cellpadding="8" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d8d8d8">
<tr bgcolor="#f4f7fc" align="center"><th>도메인</th><th>만기일</th><th>상태</th><th>비고</th></tr>
<tr align="center"><td>bomnal.co.kr</td><td>2026-12-20</td><td>연장 필요</td><td>-</td></tr>
<tr align="center"><td>bomnal-living.co.kr</td><td>2026-12-28</td><td>연장 필요</td><td>-</td></tr>
<tr align="center"><td>bomnal-event.co.kr</td><td>2026-11-08</td><td><font color="#e3262d">만료(연장 유예)</font></td><td>2026-12-08까지 연장 가능</td></tr>
<tr align="center"><td>bomnalmall.kr</td><td>2027-11-10</td><td>연장 완료</td><td>11/09 결제 완료</td></tr>
</table></td></tr>
<tr><td style="padding:22px 30px;line-height:21px;color:#555">
&middot; 연장 유예 기간이 지나면 복구 비용이 추가되거나 도메인이 삭제될 수 있습니다.<br>
&middot; 연장 완료된 도메인은 별도 조치가 필요 없습니다.</td></tr>
{GABIA_FOOT_HTML}
</table></body></html>
""",
        items=[
            item(DOMAIN, "Gabia", "bomnal.co.kr", "2026-12-20"),
            item(DOMAIN, "Gabia", "bomnal-living.co.kr", "2026-12-28"),
            item(DOMAIN, "Gabia", "bomnal-event.co.kr", "2026-12-08"),
            item(DOMAIN, "Gabia", "bomnalmall.kr", "2027-11-10", resolves=True),
        ],
        note="bomnal-event.co.kr expired 11-08, deadline is the grace end 12-08; bomnalmall.kr already renewed (resolves, "
        "new 만기일 2027-11-10 not scored) - unsure whether a renewed row in a digest should count as a resolution",
    ),
    # 17. Namecheap digest, plain text list with mixed auto-renew flags.
    Mail(
        name="dig_namecheap_en_plain_list",
        category="digest",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        subject="Domains expiring in your Namecheap account",
        date="2026-11-09 02:00 -0500",
        to=LIVING,
        form="plain",
        charset="utf-8",
        cte="7bit",
        auth=ms_auth("namecheap.com"),
        text="""Hi bomnalliving,

The following domains in your account expire soon. Domains without Auto-Renew
must be renewed manually before their expiration date.

Domain                     Expires         Auto-Renew
-------------------------  --------------  ----------
bomnal-living.shop         Dec 09, 2026    OFF
bomnalhome.com             Jan 03, 2027    OFF
bomnal-living.store        Nov 30, 2026    OFF

Renew now: https://ap.www.namecheap.com/domains/list/?filter=expiring

Account created: Feb 14, 2021
Your account balance: $0.00

Thank you,
The Namecheap Team
""",
        items=[
            item(DOMAIN, "Namecheap", "bomnal-living.shop", "2026-12-09"),
            item(DOMAIN, "Namecheap", "bomnalhome.com", "2027-01-03"),
            item(DOMAIN, "Namecheap", "bomnal-living.store", "2026-11-30"),
        ],
    ),
    # ---------------------------------------------------------------- forwards
    # 18. Outlook English forward with -----Original Message----- of a GoDaddy notice.
    Mail(
        name="fwd_outlook_en_original_message_godaddy",
        category="forward",
        lang="en",
        sender=("Jiwoo Han", "jiwoo.han@bomnal-living.kr"),
        subject="FW: Your domain bomnal-living.net expires December 29, 2026",
        date="2026-11-10 15:48 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        auth=ms_auth("bomnal-living.kr", "internal"),
        mailer="bomnal-living.kr",
        text="""Hi team, this came to my old mailbox. Can admin@ take care of it?

Jiwoo

-----Original Message-----
From: GoDaddy <noreply@godaddy.com>
Sent: Monday, November 9, 2026 11:02 PM
To: Jiwoo Han <jiwoo.han@bomnal-living.kr>
Subject: Your domain bomnal-living.net expires December 29, 2026

Hi Jiwoo,

Your domain bomnal-living.net expires on December 29, 2026. Auto-renew is off.
Renew now to keep your website and email working.

Domain: bomnal-living.net
Expiration date: December 29, 2026
Customer #: 428771903

Renew: https://account.godaddy.com/products

Copyright (c) 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
""",
        items=[item(DOMAIN, "GoDaddy", "bomnal-living.net", "2026-12-29")],
        note="forward from a colleague (internal, authenticated for bomnal-living.kr); the original vendor is GoDaddy",
    ),
    # 19. Forward of a forward (Korean Outlook 원본 메시지 inside an English FW), Whois, 2026.12.21.
    Mail(
        name="fwd_fwfw_ko_whois_nested",
        category="forward",
        lang="ko",
        sender=("김다은", "daeun.kim@bomnal-shop.co.kr"),
        subject="FW: 전달: [후이즈] 도메인 만료 안내 (bomnal-b2b.kr)",
        date="2026-11-18 10:02 +0900",
        to=SHOP,
        form="plain",
        charset="ks_c_5601-1987",
        cte="base64",
        auth=ms_auth("bomnal-shop.co.kr", "internal"),
        mailer="bomnal-shop.co.kr",
        text="""관리자님, 아래 건 확인 부탁드립니다. 퇴사하신 박 과장님 메일함으로 오던 안내라 지금 봤어요.

-----원본 메시지-----
보낸 사람: 이준호 <junho.lee@bomnal-shop.co.kr>
보낸 날짜: 2026년 11월 17일 화요일 오후 6:21
받는 사람: 김다은 <daeun.kim@bomnal-shop.co.kr>
제목: 전달: [후이즈] 도메인 만료 안내 (bomnal-b2b.kr)

다은씨 이거 B2B 사이트 도메인 맞죠? 담당자 확인해 주세요.

-----원본 메시지-----
보낸 사람: 후이즈 <domain@whois.co.kr>
보낸 날짜: 2026년 11월 16일 월요일 오전 9:00
받는 사람: 박성민 <sungmin.park@bomnal-shop.co.kr>
제목: [후이즈] 도메인 만료 안내 (bomnal-b2b.kr)

안녕하세요, 후이즈입니다.

고객님의 도메인 bomnal-b2b.kr 의 만료일이 2026.12.21. 입니다.
만료일까지 연장하지 않으면 도메인이 정지됩니다.

도메인 등록일 : 2024.12.21.
연장 신청 : https://whois.co.kr/my/domain

(주)후이즈 고객센터 1588-8455
""",
        items=[item(DOMAIN, "Whois", "bomnal-b2b.kr", "2026-12-21")],
        note="forward of a forward; the sent dates of the two forwards and the registration date are distractors",
    ),
    # 20. Follow-up that moves a date: hosting.kr corrects the expiry it announced earlier.
    Mail(
        name="fup_hostingkr_ko_corrected_date",
        category="followup",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[정정] 도메인 만료일 안내 메일 내용 정정 (bomnal-gift.kr)",
        date="2026-11-12 17:30 +0900",
        to=SHOP,
        form="plain",
        charset="euc-kr",
        cte="base64",
        auth=ms_auth("hosting.kr"),
        text="""안녕하세요, 호스팅케이알입니다.

지난 11월 11일 발송된 도메인 만료 안내 메일에 만료일이 잘못 기재되어 정정 안내드립니다.

  도메인     : bomnal-gift.kr
  기존 안내  : 2026년 12월 5일 (잘못된 날짜)
  정정 만료일 : 2026년 12월 22일

정정된 만료일 전까지 기간연장을 완료해 주시기 바랍니다.
혼란을 드려 죄송합니다.

호스팅케이알 드림
""",
        items=[item(DOMAIN, "hosting.kr", "bomnal-gift.kr", "2026-12-22")],
        note="follow-up correcting the date: the old 2026-12-05 is a distractor",
    ),
    # 21. Resolution: Gabia renewal receipt with a PDF invoice attached.
    Mail(
        name="res_gabia_ko_renewal_receipt_pdf",
        category="resolution",
        lang="ko",
        sender=("가비아", "no-reply@gabia.com"),
        subject="[가비아] 도메인 기간연장이 완료되었습니다",
        date="2026-11-21 15:12 +0900",
        to=SHOP,
        form="plain",
        charset="utf-8",
        cte="8bit",
        auth=ms_auth("gabia.com"),
        attachment=True,
        text="""봄날상회 고객님, 결제가 정상적으로 완료되어 도메인 기간연장이 처리되었습니다.

[연장 내역]
- 도메인: bomnal-shop.co.kr
- 연장 기간: 1년
- 변경 전 만기일: 2026-12-14
- 변경 후 만기일: 2027-12-14
- 결제일: 2026-11-21
- 결제 금액: 22,000원 (VAT 포함)

거래명세서를 첨부해 드립니다. 세금계산서는 My가비아 > 결제 > 증빙서류에서 신청하실 수 있습니다.

감사합니다.
(주)가비아 고객센터 1544-4370
""",
        items=[item(DOMAIN, "Gabia", "bomnal-shop.co.kr", "2027-12-14", resolves=True)],
        note="renewal receipt closes the Gabia item for bomnal-shop.co.kr",
    ),
]
