"""holdout5 domain-expiry mails: registrar notices as a shared mailbox receives them."""
# ruff: noqa: E501  (mail bodies keep the vendors' long HTML lines)

from __future__ import annotations

from corpus_lib import DOMAIN, Mail, item
from h5lib import GROUP_DOMAIN, M365_DOMAIN, entities, fullwidth, kwd, m365_auth, m365_headers, via_group

OPS = f"ops@{GROUP_DOMAIN}"
INFRA = f"infra@{M365_DOMAIN}"

MAILS: list[Mail] = []

# --- Gabia notice resent by the company's Google Workspace group ----------------------------------
_auth, _hdr = via_group("h5_gg_gabia_domain_ko", "가비아", "domain@gabia.com")
MAILS.append(
    Mail(
        name="h5_gg_gabia_domain_ko",
        category="positive",
        lang="ko",
        sender=("'가비아' via ops", OPS),
        to=OPS,
        subject="[ops] [가비아] 도메인 기간 만료 예정 안내 - hanbit-lab.co.kr",
        date="2026-11-20 10:05 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        auth=_auth,
        mailer="gabia.com",
        headers=_hdr,
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<style>.gb-wrap{{width:680px;margin:0 auto;font-family:'Malgun Gothic',dotum,sans-serif}}
.gb-tbl th{{background:#f4f6fa;border-top:2px solid #1f4fbf;padding:9px}} .gb-tbl td{{padding:9px;border-bottom:1px solid #e5e5e5}}
.pre{{display:none!important;max-height:0;overflow:hidden}}</style></head>
<body style="margin:0;background:#eef0f4">
<div class="pre">만기일이 지나면 도메인 사용이 중지됩니다. 지금 연장하고 서비스를 안정적으로 이용하세요.</div>
<table class="gb-wrap" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff"><tr><td style="padding:28px 36px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td><img src="https://static.gabia.com/mail/logo_gabia.png" alt="gabia" width="96"></td>
<td align="right" style="font-size:12px;color:#888">발송일 2026-11-20</td></tr></table>
<h2 style="font-size:22px;color:#222;margin:26px 0 10px">도메인 기간 만료 예정 안내</h2>
<p style="font-size:14px;line-height:1.7;color:#444">안녕하세요. (주)한빛랩 고객님,<br>
고객님께서 가비아에서 이용 중인 도메인의 만기일이 다가와 안내드립니다.<br>
만기일 전까지 연장하지 않으면 <b>홈페이지 접속, 메일 송수신 등 도메인과 연결된 모든 서비스가 중지</b>됩니다.</p>
<table class="gb-tbl" width="100%" cellpadding="0" cellspacing="0" style="font-size:13px;text-align:center;margin:18px 0">
<tr><th>도메인</th><th>등록일</th><th>만기일</th><th>자동 연장</th></tr>
<tr><td>hanbit-lab.co.kr</td><td>2019-12-15</td>
<td style="color:#d81b1b;font-weight:bold">2026-12-14 {kwd(2026, 12, 14)} 오후 11:59</td><td>미사용</td></tr></table>
<p style="font-size:13px;color:#444">· 가상 계좌로 결제하시는 경우, 입금 기한이 아닌 <b>도메인 만기일 전까지</b> 입금이 완료되어야 합니다.<br>
· 이미 연장하셨다면 이 메일은 무시하셔도 됩니다. (결제 반영까지 최대 1시간이 걸릴 수 있습니다.)<br>
· 연장 안내 메일은 만기일 전월 20일부터 도메인별로 최대 6차까지 발송됩니다.</p>
<table cellpadding="0" cellspacing="0" align="center" style="margin:24px auto"><tr>
<td bgcolor="#1f4fbf" style="border-radius:4px"><a href="https://www.gabia.com/mygabia/payment?utm_source=mail&amp;utm_campaign=domain_expire_1"
style="display:inline-block;padding:13px 42px;color:#fff;text-decoration:none;font-size:15px">지금 연장하기</a></td></tr></table>
<p style="font-size:12px;color:#999;border-top:1px solid #eee;padding-top:16px">본 메일은 정보통신망법에 따라 도메인 소유자 및 관리자에게 발송되는 필수 안내 메일로,
수신 동의 여부와 관계없이 발송됩니다.<br>(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 유스페이스1 A동 4층 | 대표이사 김홍국 |
사업자등록번호 144-81-15549<br>고객센터 1544-4370 (평일 09:00~18:00) | Copyright &copy; GABIA Inc. All rights reserved.</p>
<img src="https://mail-track.gabia.com/open?id=20261120-55120931" width="1" height="1" alt="">
</td></tr></table>
<p style="font-size:11px;color:#777;font-family:Arial,sans-serif">You received this message because you are subscribed to the Google Groups
&quot;ops&quot; group.<br>To unsubscribe from this group and stop receiving emails from it, send an email to
ops+unsubscribe@hanbit-lab.kr.</p>
</body></html>
""",
        items=[item(DOMAIN, "Gabia", "hanbit-lab.co.kr", "2026-12-14")],
        note="Google Group resend: From is the group ('가비아' via ops), Reply-To/X-Original-From/ARC carry gabia.com;"
        " registration date and send date are distractors",
    )
)

# --- Whois (후이즈): nested layout tables, date split across <span>s --------------------------------
MAILS.append(
    Mail(
        name="h5_whois_nested_html_ko",
        category="positive",
        lang="ko",
        sender=("후이즈", "domain@whois.co.kr"),
        to=INFRA,
        subject="[후이즈] 고객님의 도메인(gurumsoft.kr) 만료일이 다가오고 있습니다",
        date="2026-11-09 14:20 +0900",
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        html=f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<style>
  .wz-outer {{ background:#f2f2f2; }} .wz-card {{ background:#fff; border:1px solid #dcdcdc; }}
  .wz-lbl {{ color:#666; width:120px; }} .wz-val {{ color:#111; font-weight:600; }}
  .wz-btn a {{ background:#ff6a00; color:#fff !important; padding:12px 28px; border-radius:3px; text-decoration:none; }}
  .hidden-preheader {{ display:none; font-size:1px; color:#f2f2f2; line-height:1px; max-height:0; opacity:0; }}
</style></head><body>
<span class="hidden-preheader">연장하지 않으면 웹사이트와 이메일이 중단됩니다&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</span>
<table class="wz-outer" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
 <table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0">
  <table width="100%"><tr><td><a href="https://whois.co.kr"><img src="https://img.whois.co.kr/mail/bi_whois.png" alt="WHOIS"></a></td>
  <td align="right"><a href="https://whois.co.kr/mypage">마이페이지</a> | <a href="https://whois.co.kr/cs">고객센터</a></td></tr></table>
 </td></tr><tr><td class="wz-card" style="padding:32px">
  <table width="100%" cellpadding="0" cellspacing="0"><tr><td style="font-size:20px;font-weight:bold">도메인 만료 예정 안내</td></tr>
  <tr><td style="padding:14px 0;font-size:14px;line-height:1.8">구름소프트 담당자님, 안녕하세요.<br>
  후이즈에 등록하신 도메인의 사용 기간이 곧 만료됩니다. 만료 전에 기간 연장을 진행해 주세요.</td></tr>
  <tr><td>
   <table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #e3e3e3;font-size:14px">
    <tr><td class="wz-lbl">도메인명</td><td class="wz-val">gurumsoft.kr</td></tr>
    <tr><td class="wz-lbl">최초 등록일</td><td class="wz-val"><span>2018</span>-<span>12</span>-<span>08</span></td></tr>
    <tr><td class="wz-lbl">만료 예정일</td><td class="wz-val"><span style="color:#e60012">2026</span><span
     style="color:#e60012">-12-</span><span style="color:#e60012">07</span> <span>{kwd(2026, 12, 7)}</span></td></tr>
    <tr><td class="wz-lbl">자동연장</td><td class="wz-val">사용 안 함</td></tr>
    <tr><td class="wz-lbl">연장 비용</td><td class="wz-val">22,000원 (1년, VAT 포함)</td></tr>
   </table></td></tr>
  <tr><td style="padding:18px 0;font-size:13px;color:#555;line-height:1.7">
  ※ .kr 도메인은 만료일 이후 일정 기간 동안만 연장이 가능하며, 이 기간이 지나면 삭제되어 다른 사람이 등록할 수 있습니다.<br>
  ※ 만료 전 30일, 15일, 7일, 1일에 안내 메일이 발송됩니다.</td></tr>
  <tr><td class="wz-btn" align="center" style="padding:10px 0 4px"><a href="https://whois.co.kr/domain/extend?dn=gurumsoft.kr">기간 연장 신청</a></td></tr>
  </table>
 </td></tr><tr><td style="padding:18px 4px;font-size:11px;color:#999;line-height:1.6">
 본 메일은 발신 전용입니다. 문의는 고객센터(1588-4259)를 이용해 주세요.<br>
 (주)후이즈 | 서울특별시 구로구 디지털로34길 27 대륭포스트타워 3차 11층 | 사업자 등록번호 896-88-01674<br>
 개인정보 처리방침 최종 개정일: 2026년 3월 2일</td></tr></table>
</td></tr></table></body></html>
""",
        items=[item(DOMAIN, "Whois", "gurumsoft.kr", "2026-12-07")],
        note="expiry date split across <span>s; registration date and privacy-policy date are distractors",
    )
)

# --- Route 53 auto-renew announcement, auto-forwarded from a departed employee's mailbox -----------
MAILS.append(
    Mail(
        name="h5_route53_autorenew_resent_en",
        category="positive",
        lang="en",
        sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
        to="minsu.kim@hanbit-lab.kr",
        subject="Upcoming automatic renewal of your domain hanbitlab.com",
        date="2026-11-13 02:14 +0000",
        form="plain",
        cte="7bit",
        auth=[
            "mx.google.com;\r\n       dkim=pass header.i=@amazon.com header.s=rjs3ewxvaeyg2shigc3v5vkucc6ttnkl"
            " header.b=Qm3kR1x0;\r\n       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono"
            " header.b=dL0pV7aa;\r\n       spf=pass (google.com: domain of"
            " srs0=x7qk=ab=amazonses.com=0100019a1b2c3d4e@hanbit-lab.kr designates 209.85.220.69 as permitted sender)"
            ' smtp.mailfrom="SRS0=x7qk=AB=amazonses.com=0100019a1b2c3d4e@hanbit-lab.kr";\r\n'
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"
        ],
        mailer="email.amazonses.com",
        headers={
            "Resent-From": "minsu.kim@hanbit-lab.kr",
            "Resent-To": OPS,
            "Resent-Date": "Fri, 13 Nov 2026 02:14:09 +0000",
            "X-Forwarded-To": OPS,
            "X-Forwarded-For": f"minsu.kim@hanbit-lab.kr {OPS}",
            "Feedback-ID": "1.us-east-1.Route53Domains:AmazonSES",
        },
        text="""Dear AWS customer,

The hanbitlab.com domain is registered with Amazon Route 53 and is scheduled to renew automatically on
2026-12-19. Automatic annual renewal is enabled for this domain.

Your AWS account (1402-7731-9025) will be charged $14 USD for the renewal [1].

If you want to keep the domain, you don't need to do anything. On 2026-12-19 we will charge the annual
registration fee to your AWS account. Please make sure the payment method on the account is valid.

If you don't want us to renew hanbitlab.com, turn off automatic renewal before 2026-12-19 [2]. If you turn
it off, the domain will expire on 2027-01-23, and you will receive two reminders before expiration as ICANN
requires.

Prices depend on the top-level domain; see Amazon Route 53 pricing [3].

[1] https://aws.amazon.com/route53/pricing/
[2] https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-enable-disable-auto-renewal.html
[3] https://d32ze2gidvkk54.cloudfront.net/Amazon_Route_53_Domain_Registration_Pricing_20140731.pdf

Sincerely,
Amazon Route 53

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of
Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave.
North, Seattle, WA 98109-5210.
""",
        items=[item(DOMAIN, "Route 53", "hanbitlab.com", "2026-12-19")],
        note="auto-renew announcement: low-severity item with the renewal date; expiry-if-disabled (2027-01-23) is a"
        " distractor; auto-forwarded with Resent-*/X-Forwarded-To, DKIM survives so dmarc=pass for amazon.com",
    )
)

# --- Namecheap auto-renew failed; plain and HTML parts say it differently -------------------------
MAILS.append(
    Mail(
        name="h5_namecheap_autorenew_failed_en",
        category="positive",
        lang="en",
        sender=("Namecheap", "support@namecheap.com"),
        to=INFRA,
        subject="ACTION REQUIRED: Auto-renewal failed for gurum.app",
        date="2026-11-17 08:40 -0500",
        form="alt",
        cte="quoted-printable",
        auth=m365_auth("namecheap.com"),
        authserv="",
        headers=m365_headers("h5_namecheap_autorenew_failed_en"),
        text="""Hi gurumsoft,

We tried to renew gurum.app automatically but the payment didn't go through.
Domain: gurum.app
Expires: Nov 28, 2026
Renew now: https://ap.www.namecheap.com/domains/list/

Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f7f7f7">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#de3723;padding:18px 30px"><img src="https://www.namecheap.com/assets/img/nc-logo-white.png" alt="Namecheap"></td></tr>
<tr><td style="padding:30px;font-size:15px;line-height:1.6;color:#333">
<p>Hi gurumsoft,</p>
<p>We attempted to auto-renew the domain below on November 16, 2026, but your payment method was declined
(Visa ending in 4417, expired 10/2026). Auto-renew has been switched off for this domain.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr><td style="color:#777">Domain</td><td><b>gurum.app</b></td></tr>
<tr><td style="color:#777">Expiration date</td><td><b>November 28, 2026</b></td></tr>
<tr><td style="color:#777">Renewal price</td><td>$14.98 / yr</td></tr></table>
<p>To keep your website and email working, please update your payment details and renew manually before the
expiration date. If the domain expires it will enter a 30-day grace period, after which a redemption fee applies.</p>
<p style="text-align:center"><a href="https://ap.www.namecheap.com/domains/list/" style="background:#de3723;color:#fff;padding:12px 26px;text-decoration:none">Renew gurum.app</a></p>
<p>Regards,<br>Team Namecheap</p></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999">You are receiving this email because you have a Namecheap account
(username: gurumsoft). Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA.</td></tr>
</table></body></html>
""",
        items=[item(DOMAIN, "Namecheap", "gurum.app", "2026-11-28")],
        note="auto-renewal failed: high severity, deadline = expiration; failed attempt date and card expiry are"
        " distractors; M365 Authentication-Results without authserv-id; plain part is shorter than the HTML part",
    )
)

# --- GoDaddy: already expired, renew-during-grace deadline -----------------------------------------
MAILS.append(
    Mail(
        name="h5_godaddy_expired_grace_en",
        category="positive",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        to="hello@maru-studio.com",
        subject="Your domain maru-studio.com has expired",
        date="2026-11-12 09:00 -0700",
        form="html",
        cte="base64",
        html="""<html><head><style>.gd td{font-family:'gdsherpa',Helvetica,Arial,sans-serif}</style></head><body>
<div style="display:none;max-height:0;overflow:hidden">It's not too late to get it back. Renew today.</div>
<table class="gd" width="100%" bgcolor="#f5f7f8"><tr><td align="center">
<table width="600" bgcolor="#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px 32px;border-bottom:4px solid #00a4a6"><img src="https://img1.wsimg.com/cdn/Image/All/GoDaddy/1/en-US/logo.png" alt="GoDaddy" width="140"></td></tr>
<tr><td style="padding:32px;font-size:16px;line-height:24px;color:#111">
<p>Hi Yuna,</p>
<p><b>maru-studio.com</b> expired on November 8, 2026, and the website and email that use it have stopped working.</p>
<p>The good news: you can still renew it at the regular price until <b>December 8, 2026</b>. After that the domain
enters a redemption period, and getting it back will cost an additional $80.00 restoration fee until January 7, 2027,
when it will be released for anyone to register.</p>
<table cellpadding="8" cellspacing="0" style="border:1px solid #d6d6d6;font-size:14px;width:100%">
<tr bgcolor="#f5f7f8"><th align="left">Domain</th><th align="left">Expired</th><th align="left">Renew by</th></tr>
<tr><td>maru-studio.com</td><td>11/08/2026</td><td>12/08/2026</td></tr></table>
<p style="text-align:center;padding-top:18px"><a href="https://account.godaddy.com/renewals?isc=gdbba08" style="background:#111;color:#fff;padding:14px 30px;border-radius:6px;text-decoration:none">Renew Now</a></p>
<p>Customer number: 318847201</p></td></tr>
<tr><td style="padding:24px 32px;font-size:12px;color:#767676">Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC.
All Rights Reserved. 100 S. Mill Ave, Suite 1600, Tempe, AZ 85281 USA.<br>
Please do not reply to this email. Emails sent to this address will not be answered.</td></tr>
</table></td></tr></table></body></html>
""",
        items=[item(DOMAIN, "GoDaddy", "maru-studio.com", "2026-12-08")],
        note="already expired (2026-11-08); the ops person must renew by the end of the regular-price grace period"
        " (2026-12-08), so that is the deadline; the redemption end (2027-01-07) is the last resort, not the label",
    )
)

# --- Cafe24 domain, D-7, cp949 under ks_c_5601-1987 ----------------------------------------------
MAILS.append(
    Mail(
        name="h5_cafe24_domain_d7_ko",
        category="positive",
        lang="ko",
        sender=("카페24", "domain@cafe24.com"),
        to="ddomyam@sotdam.kr",
        subject="[카페24] 도메인 만료 D-7, 지금 연장하세요 (sotdam.kr)",
        date="2026-11-18 09:00 +0900",
        form="plain",
        charset="ks_c_5601-1987",
        cte="8bit",
        text=f"""똠얌키친 고객님, 안녕하세요. 카페24입니다.

고객님이 보유하신 도메인의 만료일이 7일 남았습니다. (D-7)

  ■ 도메인 : sotdam.kr
  ■ 만료 예정일 : 11월 25일{kwd(2026, 11, 25)}
  ■ 결제 금액 : 19,800원 (1년)
  ■ 지난 결제일 : 2025년 11월 21일

만료일까지 연장하지 않으면 쇼핑몰, 홈페이지, 메일 등 도메인에 연결된 서비스를 이용할 수 없습니다.
만료 후 복구 기간에는 복구 수수료가 추가로 발생할 수 있으니 미리 연장해 주세요.

▶ 도메인 연장하기 : https://www.cafe24.com/?controller=myservice_domain_extend&dm=sotdam.kr

※ 예치금 자동연장을 설정하시면 만료 걱정 없이 이용할 수 있습니다.
※ 본 메일은 발신 전용이며, 문의는 1:1 문의 게시판을 이용해 주세요.

카페24(주) | 서울특별시 동작구 보라매로5길 15 | 대표이사 이재석
고객센터 1588-3284
""",
        items=[item(DOMAIN, "Cafe24", "sotdam.kr", "2026-11-25")],
        note="D-7 counted from the mail date agrees with '11월 25일(수)' (no year); last payment date is a distractor;"
        " cp949-only syllable in the greeting under the ks_c_5601-1987 label",
    )
)

# --- hosting.kr: full-width digits, numeric entities, &nbsp; -------------------------------------
_label = entities("만료일")
MAILS.append(
    Mail(
        name="h5_hostingkr_fullwidth_ko",
        category="positive",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        to=OPS,
        subject="[호스팅케이알] 도메인 만료 안내 : hanbit.shop",
        date="2026-11-03 11:30 +0900",
        form="html",
        charset="euc-kr",
        cte="quoted-printable",
        html=f"""<html><body style="font-size:13px">
<table width="620" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="60" style="border-bottom:2px solid #333"><b style="font-size:18px">hosting.kr</b></td></tr>
<tr><td style="padding:20px 10px;line-height:22px">
안녕하세요,&nbsp;한빛랩&nbsp;고객님.<br>
호스팅케이알에서&nbsp;관리&nbsp;중인&nbsp;도메인의&nbsp;만료일이&nbsp;한&nbsp;달&nbsp;앞으로&nbsp;다가왔습니다.<br><br>
<b>도메인</b>&nbsp;:&nbsp;hanbit.shop<br>
<b>등록일</b>&nbsp;:&nbsp;{fullwidth("2024")}년&nbsp;{fullwidth("12")}월&nbsp;{fullwidth("4")}일<br>
<b>{_label}</b>&nbsp;:&nbsp;<font color="#cc0000">{fullwidth("2026")}년&nbsp;{fullwidth("12")}월&nbsp;{fullwidth("3")}일{kwd(2026, 12, 3)}&nbsp;오전&nbsp;{fullwidth("9")}시</font><br>
<b>예치금&nbsp;잔액</b>&nbsp;:&nbsp;3,200원&nbsp;(자동연장&nbsp;불가)<br><br>
예치금이&nbsp;부족하여&nbsp;자동연장이&nbsp;진행되지&nbsp;않습니다.&nbsp;만료일&nbsp;전에&nbsp;직접&nbsp;연장해&nbsp;주시기&nbsp;바랍니다.<br>
<a href="https://www.hosting.kr/my/domain/renew">[연장하기]</a>
</td></tr>
<tr><td style="padding:14px 10px;color:#888;font-size:11px;border-top:1px solid #ddd">
(주)호스팅케이알 | 고객센터 1588-6429 | 본 메일은 발신전용입니다.</td></tr></table>
</body></html>
""",
        items=[item(DOMAIN, "hosting.kr", "hanbit.shop", "2026-12-03")],
        note="full-width digits, numeric character references for 만료일, &nbsp; between words; registration date is a"
        " distractor; deposit too low so auto-renew will not happen (an ordinary expiry item)",
    )
)

# --- Cloudflare Registrar via the Google group ----------------------------------------------------
_auth, _hdr = via_group("h5_gg_cloudflare_en", "Cloudflare", "noreply@notify.cloudflare.com")
MAILS.append(
    Mail(
        name="h5_gg_cloudflare_en",
        category="positive",
        lang="en",
        sender=("'Cloudflare' via ops", OPS),
        to=OPS,
        subject="[ops] Action needed: hanbit.dev expires in 30 days",
        date="2026-11-05 17:31 +0000",
        form="alt",
        cte="quoted-printable",
        auth=_auth,
        mailer="notify.cloudflare.com",
        headers=_hdr,
        text="""Your domain registration is expiring

hanbit.dev is set to expire on 5 Dec 2026 and auto-renew is turned off for this domain.

Account: ops@hanbit-lab.kr's Account (3f9a0c6e5d2b41c7)
Domain: hanbit.dev
Expiration: 5 Dec 2026 23:59 UTC
Auto-renew: Off

Renew it from the dashboard, or turn auto-renew on, before it expires. After expiration, DNS for
hanbit.dev stops resolving.

https://dash.cloudflare.com/3f9a0c6e5d2b41c7/domains/registrations

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 | Privacy Policy
You received this because you are a member of a Cloudflare account with a registered domain.

--
You received this message because you are subscribed to the Google Groups "ops" group.
To unsubscribe from this group and stop receiving emails from it, send an email to ops+unsubscribe@hanbit-lab.kr.
""",
        html="""<html><body style="background:#f2f4f6;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
<table role="presentation" width="560" align="center" style="background:#fff;border-radius:6px"><tr><td style="padding:32px">
<img src="https://www.cloudflare.com/img/logo-cloudflare-dark.svg" width="130" alt="Cloudflare">
<h1 style="font-size:20px">Your domain registration is expiring</h1>
<p><strong>hanbit.dev</strong> is set to expire on <strong>5&nbsp;Dec&nbsp;2026</strong>. Auto-renew is <b>off</b>.</p>
<table role="presentation" style="font-size:14px"><tr><td style="color:#6b7280">Expiration</td><td>5 Dec 2026 23:59 UTC</td></tr>
<tr><td style="color:#6b7280">Auto-renew</td><td>Off</td></tr></table>
<p><a href="https://dash.cloudflare.com/3f9a0c6e5d2b41c7/domains/registrations" style="background:#f38020;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">Manage registration</a></p>
<p style="font-size:12px;color:#6b7280">Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107</p>
</td></tr></table>
<p style="font-size:11px;color:#777">You received this message because you are subscribed to the Google Groups "ops" group.</p>
</body></html>
""",
        items=[item(DOMAIN, "Cloudflare", "hanbit.dev", "2026-12-05")],
        note="Google Group resend with ARC; 'expires in 30 days' and '5 Dec 2026' agree",
    )
)

# --- Porkbun: Dec. 4th without a year -------------------------------------------------------------
MAILS.append(
    Mail(
        name="h5_porkbun_nodateyear_en",
        category="positive",
        lang="en",
        sender=("Porkbun Support", "support@porkbun.com"),
        to=OPS,
        subject="sobok.io is expiring soon",
        date="2026-11-06 15:02 -0800",
        form="plain",
        cte="7bit",
        text="""Oink oink!

This is a friendly reminder that the following domain in your Porkbun account (hanbitops) is coming up
for expiration and is NOT set to auto renew:

    sobok.io - expires Dec. 4th

If you'd like to keep it, log in and renew it before it expires:
https://porkbun.com/account/domainsSpeedy

If you've already renewed, thanks, and please ignore this message. Domains renewed in the last 24 hours
may still show up here.

You signed up on Mar. 2nd, 2023 - thanks for being a customer for this long!

Porkbun LLC
21370 SW Langer Farms Parkway, Suite 142-429, Sherwood, OR 97140
""",
        items=[item(DOMAIN, "Porkbun", "sobok.io", "2026-12-04")],
        note="'Dec. 4th' without a year takes the next Dec 4 after the mail date; signup date is a distractor",
    )
)

# --- Gandi: relative and absolute in one mail -----------------------------------------------------
MAILS.append(
    Mail(
        name="h5_gandi_45days_en",
        category="positive",
        lang="en",
        sender=("Gandi", "noreply@gandi.net"),
        to=INFRA,
        subject="[Gandi] gurum.dev will expire in 45 days",
        date="2026-11-13 09:17 +0000",
        form="alt",
        cte="base64",
        auth=m365_auth("gandi.net"),
        authserv="",
        headers=m365_headers("h5_gandi_45days_en"),
        text="""Hello,

The domain gurum.dev, held by organization GURUMSOFT, will expire in 45 days (on 2026-12-28 at 09:17 UTC).

If you wish to keep it, renew it from your Gandi interface: https://admin.gandi.net/domain/gurum.dev/renew
Automatic renewal is not enabled for this domain.

Once expired, the domain will no longer work (website, email) and will be suspended.

Best regards,
The Gandi team
""",
        html="""<html><body><div style="font-family:Arial;max-width:600px">
<p>Hello,</p>
<p>The domain <b>gurum.dev</b> (organization GURUMSOFT) will expire <b>in 45 days</b>, on 2026-12-28 at 09:17 UTC.</p>
<p>Automatic renewal is <i>not</i> enabled. <a href="https://admin.gandi.net/domain/gurum.dev/renew">Renew gurum.dev</a></p>
<p>Once expired, your website and email on this domain will stop working.</p>
<p>Best regards,<br>The Gandi team<br><small>Gandi SAS, 63-65 boulevard Massena, 75013 Paris, France</small></p>
</div></body></html>
""",
        items=[item(DOMAIN, "Gandi", "gurum.dev", "2026-12-28")],
        note="'in 45 days' from the mail date agrees with the stated date",
    )
)

# === digests ======================================================================================
_rows = [
    ("hanbitlab.kr", "2021-12-10", "2026-12-09", "미설정", "만료 예정", "#d81b1b"),
    ("hanbit.co.kr", "2020-12-22", "2026-12-21", "미설정", "만료 예정", "#d81b1b"),
    ("hanbit-market.com", "2023-01-07", "2027-01-06", "미설정", "만료 예정", "#d81b1b"),
    ("hanbitlab.net", "2022-12-31", "2026-12-30", "설정 (연장 예정일 2026-12-23)", "자동연장 예정", "#1f4fbf"),
    ("hanbit.store", "2025-01-16", "2027-01-15", "설정 (연장 예정일 2027-01-08)", "자동연장 예정", "#1f4fbf"),
    ("hanbit-lab.com", "2019-11-21", "2027-11-20", "미설정", "연장 완료 (2026-11-03)", "#2e7d32"),
    ("hanbit.io", "2024-12-02", "2028-12-01", "설정", "연장 완료 (2026-10-30)", "#2e7d32"),
]
_trs = "\n".join(
    f'<tr><td class="c">{d}</td><td class="c">{reg}</td><td class="c"><span>{exp}</span></td><td class="c">{auto}</td>'
    f'<td class="c" style="color:{col}">{st}</td></tr>'
    for d, reg, exp, auto, st, col in _rows
)
MAILS.append(
    Mail(
        name="h5_gabia_digest_table_ko",
        category="digest",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        to=OPS,
        subject="[가비아] 2026년 12월~2027년 1월 만기 도메인 통합 안내 (7건)",
        date="2026-11-20 08:30 +0900",
        form="html",
        charset="utf-8",
        cte="base64",
        html=f"""<html><head><style>
.c{{padding:8px 6px;border-bottom:1px solid #e7e7e7;text-align:center;font-size:12px}}
th{{background:#f4f6fa;padding:9px 6px;font-size:12px;border-top:2px solid #1f4fbf}}
</style></head><body style="background:#eef0f4;margin:0">
<div style="display:none">만기 예정 도메인 3건, 자동연장 예정 2건을 확인하세요.</div>
<table width="700" align="center" bgcolor="#fff" cellpadding="0" cellspacing="0"><tr><td style="padding:30px">
<p style="font-size:14px;line-height:1.7">안녕하세요. 한빛랩 고객님.<br>
고객님 계정(hanbitlab01)에 등록된 도메인 중 만기가 다가오는 도메인을 한 번에 안내드립니다.<br>
<b>만료 예정</b> 도메인은 만기일 전까지 연장해 주세요. <b>자동연장 예정</b> 도메인은 연장 예정일에 등록된 결제 수단으로
자동 결제되므로 결제 수단만 확인해 주시면 됩니다.</p>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><th>도메인</th><th>등록일</th><th>만기일</th><th>자동연장</th><th>상태</th></tr>
{_trs}
</table>
<p style="font-size:12px;color:#666;line-height:1.7">· 연장 완료 도메인은 참고용으로 함께 표시됩니다.<br>
· 자동연장 결제가 실패하면 별도로 안내드리며, 이 경우 만기일 전까지 직접 연장하셔야 합니다.</p>
<p style="text-align:center"><a href="https://www.gabia.com/mygabia/payment" style="background:#1f4fbf;color:#fff;padding:12px 36px;text-decoration:none">연장 대상 한 번에 결제하기</a></p>
<p style="font-size:11px;color:#999">(주)가비아 | 고객센터 1544-4370 | 본 메일은 발신 전용입니다.</p>
</td></tr></table></body></html>
""",
        items=[
            item(DOMAIN, "Gabia", "hanbitlab.kr", "2026-12-09"),
            item(DOMAIN, "Gabia", "hanbit.co.kr", "2026-12-21"),
            item(DOMAIN, "Gabia", "hanbit-market.com", "2027-01-06"),
            item(DOMAIN, "Gabia", "hanbitlab.net", "2026-12-23"),
            item(DOMAIN, "Gabia", "hanbit.store", "2027-01-08"),
        ],
        note="7-row table: 3 expiring (expiry date), 2 auto-renew on (low-severity items with the renewal date"
        " 연장 예정일, not the expiry), 2 already renewed (no item)",
    )
)

MAILS.append(
    Mail(
        name="h5_godaddy_upcoming_renewals_en",
        category="digest",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        to=INFRA,
        subject="Your upcoming renewals for December",
        date="2026-11-15 06:12 -0700",
        form="alt",
        cte="quoted-printable",
        auth=m365_auth("godaddy.com"),
        authserv="",
        headers=m365_headers("h5_godaddy_upcoming_renewals_en"),
        text="""Your upcoming renewals

Hi Gurumsoft IT, here's what's coming up on account 207114963.

Set to auto-renew (no action needed, we'll charge your card on file):
  gurumsoft.com ........ renews Dec 3, 2026
  gurumsoft.net ........ renews Dec 22, 2026
  Microsoft 365 Email Essentials (3 users) ........ renews Dec 3, 2026

Not set to auto-renew (renew before they expire):
  gurum.shop ........ expires Dec 17, 2026
  gurum-pay.com ........ expires Jan 9, 2027

Recently renewed:
  gurum.co ........ renewed Nov 2, 2026, now expires Nov 5, 2027

Manage renewals: https://account.godaddy.com/renewals
""",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h1 style="font-size:24px">Your upcoming renewals</h1>
<p>Hi Gurumsoft IT, here's what's coming up on customer number 207114963.</p>
<h3>Auto-renew is on</h3>
<table width="100%" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f5f7f8"><th align="left">Product</th><th align="left">Renews</th><th align="right">Price</th></tr>
<tr><td>gurumsoft.com</td><td>Dec 3, 2026</td><td align="right">$22.99</td></tr>
<tr><td>gurumsoft.net</td><td>Dec 22, 2026</td><td align="right">$23.99</td></tr>
<tr><td>Microsoft 365 Email Essentials (3 users)</td><td>Dec 3, 2026</td><td align="right">$215.64</td></tr></table>
<h3>Auto-renew is off &mdash; renew before these expire</h3>
<table width="100%" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f5f7f8"><th align="left">Domain</th><th align="left">Expires</th><th align="right"></th></tr>
<tr><td>gurum.shop</td><td>Dec 17, 2026</td><td align="right"><a href="https://account.godaddy.com/renewals">Renew</a></td></tr>
<tr><td>gurum-pay.com</td><td>Jan 9, 2027</td><td align="right"><a href="https://account.godaddy.com/renewals">Renew</a></td></tr></table>
<h3>Recently renewed</h3>
<p>gurum.co &mdash; renewed Nov 2, 2026 (new expiration Nov 5, 2027)</p>
<p style="font-size:12px;color:#767676">Copyright &copy; 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.</p>
</td></tr></table></body></html>
""",
        items=[
            item(DOMAIN, "GoDaddy", "gurumsoft.com", "2026-12-03"),
            item(DOMAIN, "GoDaddy", "gurumsoft.net", "2026-12-22"),
            item(DOMAIN, "GoDaddy", "gurum.shop", "2026-12-17"),
            item(DOMAIN, "GoDaddy", "gurum-pay.com", "2027-01-09"),
        ],
        note="monthly summary: 2 auto-renew domains (low-severity, renewal date), 2 manual (expiry); the Microsoft 365"
        " subscription is not a domain (no item); gurum.co already renewed (no item)",
    )
)

# === forwards =====================================================================================
MAILS.append(
    Mail(
        name="h5_fw_outlook_ko_whois",
        category="forward",
        lang="ko",
        sender=("박지현", f"jihyun.park@{M365_DOMAIN}"),
        to=INFRA,
        subject="FW: [후이즈] 도메인 만료 예정 안내 - gurum.kr",
        date="2026-11-10 09:40 +0900",
        form="alt",
        charset="ks_c_5601-1987",
        cte="base64",
        auth=m365_auth(M365_DOMAIN),
        authserv="",
        headers=m365_headers("h5_fw_outlook_ko_whois"),
        text=f"""인프라팀 공용 메일함으로 전달합니다. 담당자 확인 부탁드려요.

박지현 드림

________________________________
보낸 사람: 후이즈 <domain@whois.co.kr>
보낸 날짜: 2026년 11월 10일 화요일 오전 9:12
받는 사람: 박지현 <jihyun.park@gurumsoft.co.kr>
제목: [후이즈] 도메인 만료 예정 안내 - gurum.kr

구름소프트 담당자님, 안녕하세요.
후이즈에 등록하신 도메인의 사용 기간이 곧 만료됩니다.

도메인명 : gurum.kr
최초 등록일 : 2020-12-10
만료 예정일 : 2026-12-09 {kwd(2026, 12, 9)}
자동연장 : 사용 안 함

만료 전에 기간 연장을 진행해 주세요. https://whois.co.kr/domain/extend?dn=gurum.kr
(주)후이즈 | 고객센터 1588-4259
""",
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body><div style="font-family:'맑은 고딕';font-size:10pt">인프라팀 공용 메일함으로 전달합니다. 담당자 확인 부탁드려요.<br><br>박지현 드림</div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>보낸 사람:</b> 후이즈 &lt;domain@whois.co.kr&gt;<br><b>보낸 날짜:</b> 2026년 11월 10일 화요일 오전 9:12<br>
<b>받는 사람:</b> 박지현 &lt;jihyun.park@gurumsoft.co.kr&gt;<br><b>제목:</b> [후이즈] 도메인 만료 예정 안내 - gurum.kr</p></div>
<p>구름소프트 담당자님, 안녕하세요.<br>후이즈에 등록하신 도메인의 사용 기간이 곧 만료됩니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>도메인명</td><td>gurum.kr</td></tr>
<tr><td>최초 등록일</td><td>2020-12-10</td></tr><tr><td>만료 예정일</td><td>2026-12-09 {kwd(2026, 12, 9)}</td></tr>
<tr><td>자동연장</td><td>사용 안 함</td></tr></table>
<p>만료 전에 기간 연장을 진행해 주세요.</p><p>(주)후이즈 | 고객센터 1588-4259</p></body></html>
""",
        items=[item(DOMAIN, "Whois", "gurum.kr", "2026-12-09")],
        note="Outlook FW: with the Korean header block (보낸 사람/보낸 날짜/받는 사람/제목); forward date is a distractor",
    )
)

_inner = Mail(
    name="h5_fw_rfc822_route53_inner",
    category="forward",
    lang="en",
    sender=("Amazon Route 53", "noreply@registrar.amazon.com"),
    to=f"sungho.lee@{M365_DOMAIN}",
    subject="Expiration notice for the domain gurum-pay.net",
    date="2026-11-19 21:03 +0000",
    form="plain",
    cte="base64",
    text="""Dear Route 53 Domains customer,

The registration for the domain gurum-pay.net is set to expire on 12/21/2026. Automatic renewal is
disabled for this domain, so it will not be renewed unless you renew it.

To renew the domain, sign in to the Route 53 console, choose Registered domains, choose gurum-pay.net,
and then choose Renew domain. You can also enable automatic renewal on the same page.

If the domain expires, websites and email that use it will stop working. After expiration there is a
limited period during which you may still be able to restore the domain, at an additional charge that
depends on the TLD.

AWS account: 5530-1187-2046
Date of this notice: 11/19/2026

Amazon Route 53
Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""",
)
FW_RFC822_OUTER = Mail(
    name="h5_fw_rfc822_route53",
    category="forward",
    lang="en",
    sender=("Sungho Lee", f"sungho.lee@{M365_DOMAIN}"),
    to=INFRA,
    subject="FW: Expiration notice for the domain gurum-pay.net",
    date="2026-11-20 10:15 +0900",
    form="plain",
    cte="quoted-printable",
    auth=m365_auth(M365_DOMAIN),
    authserv="",
    headers=m365_headers("h5_fw_rfc822_route53"),
    text="""Hi team,

Forwarding the attached notice from AWS, this account was set up by our old contractor so it only came to me.
Can infra take it over? I'm not sure who has console access.

Thanks,
Sungho
""",
    items=[item(DOMAIN, "Route 53", "gurum-pay.net", "2026-12-21")],
    note="forward as attachment (message/rfc822) from Outlook: the notice is only inside the attached message;"
    " 12/21/2026 is the expiry, 11/19/2026 the notice date",
)
FW_RFC822_INNER = _inner

# === follow-up / resolution / replies =============================================================
MAILS.append(
    Mail(
        name="h5_gabia_renew_receipt_ko",
        category="resolution",
        lang="ko",
        sender=("가비아", "billing@gabia.com"),
        to=OPS,
        subject="[가비아] 도메인 기간연장이 완료되었습니다 (hanbitlab.kr)",
        date="2026-11-21 16:48 +0900",
        form="plain",
        charset="euc-kr",
        cte="quoted-printable",
        attachment=True,
        text="""안녕하세요. 한빛랩 고객님.
요청하신 도메인 기간연장이 정상적으로 완료되었습니다.

- 도메인 : hanbitlab.kr
- 연장 기간 : 1년
- 변경 전 만기일 : 2026-12-09
- 변경 후 만기일 : 2027-12-09
- 결제일 : 2026-11-21
- 결제 금액 : 22,000원 (신용카드)

결제 영수증은 첨부 파일(PDF)로 확인하실 수 있으며, My가비아 > 결제 관리에서도 출력하실 수 있습니다.

(주)가비아 고객센터 1544-4370
""",
        items=[item(DOMAIN, "Gabia", "hanbitlab.kr", "2027-12-09", resolves=True)],
        note="renewal receipt with PDF: closes hanbitlab.kr (listed in the Gabia digest); new expiry as deadline"
        " (not scored)",
    )
)

MAILS.append(
    Mail(
        name="h5_re_gabia_ko",
        category="reply",
        lang="ko",
        sender=("오세린", "serin.oh@hanbit-lab.kr"),
        to=OPS,
        subject="Re: [ops] [가비아] 도메인 기간 만료 예정 안내 - hanbit-lab.co.kr",
        date="2026-11-20 11:22 +0900",
        form="plain",
        cte="8bit",
        headers={"In-Reply-To": "<notice-20261120@gabia.com>", "List-ID": "<ops.hanbit-lab.kr>"},
        text="""이거 제가 확인해 볼게요. 법인카드 담당자한테 결제 요청 넣겠습니다.
그런데 자동연장은 왜 꺼져 있는 거죠? 연장하면서 같이 켜 두겠습니다.

2026년 11월 20일 (금) 오전 10:05, '가비아' via ops <ops@hanbit-lab.kr>님이 작성:
> 도메인 기간 만료 예정 안내
>
> 안녕하세요. (주)한빛랩 고객님,
> 고객님께서 가비아에서 이용 중인 도메인의 만기일이 다가와 안내드립니다.
>
> 도메인 등록일 만기일 자동 연장
> hanbit-lab.co.kr 2019-12-15 2026-12-14 (월) 오후 11:59 미사용
>
> 지금 연장하기
>
> --
> You received this message because you are subscribed to the Google Groups "ops" group.
""",
        items=[],
        note="reply on the group quoting the Gabia notice: no new item (evidence at most); the reply only promises"
        " to act, it is not a renewal confirmation",
    )
)
