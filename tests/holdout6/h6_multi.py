"""holdout6: digests, forwards, follow-ups that move a date, resolutions and replies."""

# ruff: noqa: E501  (vendor HTML and mail lines are kept as the vendors lay them out)

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, item
from h6_common import ent, mail, wd

DIGESTS = [
    mail(
        name="digest_hover_en_three",
        category="digest",
        lang="en",
        sender=("Hover", "help@hover.com"),
        subject="3 of your domains expire soon",
        date="2026-11-08 10:00 -0500",
        form="html",
        html="""<html><body style="font-family:Helvetica,Arial;color:#222">
<table width="600" align="center" cellpadding="16"><tr><td>
<p style="font-size:22px;font-weight:bold">hover</p>
<p>Hi Minji,</p>
<p>The domains below have auto-renew turned <b>off</b> and will expire unless you renew them.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border-collapse:collapse">
<tr style="border-bottom:2px solid #333"><th align="left">Domain</th><th align="left">Expires</th><th align="left">Renewal price</th></tr>
<tr><td>hanul.ink</td><td>Nov 30, 2026</td><td>$29.99</td></tr>
<tr><td>hanulstudio.cafe</td><td>Dec 18, 2026</td><td>$39.99</td></tr>
<tr><td>hanul.gallery</td><td>Jan 22, 2027</td><td>$25.99</td></tr>
</table>
<p><a href="https://www.hover.com/control_panel/domains">Renew now</a></p>
<p style="font-size:11px;color:#888">Hover &middot; Tucows Domains Inc. &middot; 96 Mowat Avenue, Toronto, ON M6K 3M1</p>
</td></tr></table></body></html>
""",
        note="three domains, each with its own expiry",
        items=[
            item(DOMAIN, "Hover", "hanul.ink", "2026-11-30"),
            item(DOMAIN, "Hover", "hanulstudio.cafe", "2026-12-18"),
            item(DOMAIN, "Hover", "hanul.gallery", "2027-01-22"),
        ],
    ),
    mail(
        name="digest_whois_ko_table",
        category="digest",
        lang="ko",
        sender=("후이즈", "webmaster@whois.co.kr"),
        subject="[후이즈] 만료 예정 도메인 안내 (3건)",
        date="2026-11-01 09:00 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html=f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head><body>
<table width="700" cellpadding="0" cellspacing="0" style="font-family:굴림,Gulim;font-size:12px">
<tr><td style="padding:14px;border-bottom:2px solid #e60012"><b style="font-size:17px">WHOIS 후이즈</b></td></tr>
<tr><td style="padding:20px;line-height:1.8">
박민지 고객님, 안녕하세요.<br>
고객님 아이디(hanul01)로 관리 중인 도메인 중 만료가 임박한 도메인을 안내해 드립니다.<br><br>
<table width="100%" border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#bbb">
<tr bgcolor="#f4f4f4"><th>번호</th><th>도메인</th><th>{ent("등록일")}</th><th>{ent("만료일")}</th><th>자동연장</th></tr>
<tr><td>1</td><td>hanul-studio.co.kr</td><td>2019-11-25</td><td>2026-11-25</td><td>미신청</td></tr>
<tr><td>2</td><td>hanulstudio.kr</td><td>2021-12-12</td><td>2026-12-12</td><td>미신청</td></tr>
<tr><td>3</td><td>하늘스튜디오.한국</td><td>2020-01-07</td><td>2027-01-07</td><td>미신청</td></tr>
</table><br>
만료일이 지나면 도메인이 정지되어 홈페이지와 메일을 사용하실 수 없습니다.<br>
<a href="https://whois.co.kr/mypage/domain">마이페이지에서 기간연장하기</a>
</td></tr>
<tr><td style="padding:12px;background:#f7f7f7;color:#999;font-size:11px">(주)후이즈 | 본 메일은 발신 전용입니다.</td></tr>
</table></body></html>
""",
        note="EUC-KR base64 HTML table; the 만료일 header is written with numeric character references",
        items=[
            item(DOMAIN, "후이즈", "hanul-studio.co.kr", "2026-11-25"),
            item(DOMAIN, "후이즈", "hanulstudio.kr", "2026-12-12"),
            item(DOMAIN, "후이즈", "하늘스튜디오.한국", "2027-01-07", aliases=["xn--wh1b40cu5tpmd7pu60d.xn--3e0b707e"]),
        ],
    ),
    mail(
        name="digest_meta_en_two_apps",
        category="digest",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Graph API versions used by your apps are expiring",
        date="2026-11-13 17:45 +0000",
        text="""Hi Minji,

Some of the apps you administer are calling Graph API versions that will soon stop being available.
After a version expires, calls to it are automatically upgraded to the oldest available version,
which may break Facebook Login and other features.

App: Hanul Studio (1287449021553310)
  Version in use: v19.0
  Available until: December 10, 2026

App: Hanul Booking (998120447362051)
  Version in use: v20.0
  Available until: March 5, 2027

Use the API Upgrade Tool in the App Dashboard to see which calls are affected:
https://developers.facebook.com/tools/api_versioning/

Thanks,
The Meta for Developers team

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
To stop receiving these emails, change your developer notification settings.
""",
        note="two apps, each its own version expiry",
        items=[
            item(SOCIAL, "Meta", "Hanul Studio", "2026-12-10", aliases=["1287449021553310"]),
            item(SOCIAL, "Meta", "Hanul Booking", "2027-03-05", aliases=["998120447362051"]),
        ],
    ),
    mail(
        name="digest_cafe24_ko_hosting",
        category="digest",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 호스팅 사용량 점검 결과 안내",
        date="2026-11-21 06:00 +0900",
        text=f"""안녕하세요, 카페24 호스팅센터입니다.
고객님(아이디: hanulweb)이 이용 중인 서비스의 사용량 점검 결과를 안내해 드립니다.

[1] 웹호스팅 - hanul-studio.kr (10G 광아우토반 Full SSD 일반형)
    웹 디스크 : 9.6GB / 10GB (96%)
    → 용량이 가득 차면 파일 업로드, DB 쓰기가 실패할 수 있습니다.

[2] 메일호스팅 - mail.hanul-studio.kr (비즈니스 메일 10계정)
    메일 용량 : 30.2GB / 30GB (초과)
    → 2026년 11월 28일({wd("2026-11-28")})까지 용량을 정리하거나 추가하지 않으면 메일 수신이 중단됩니다.

[3] 트래픽 - 정상 (42%)

서비스 관리: https://hosting.cafe24.com/?controller=myservice

감사합니다.
(주)카페24 | 고객센터 1588-3284
""",
        note="two accounts at risk in one mail (the third line is normal): web disk (no date) and mail quota",
        items=[
            item(QUOTA, "Cafe24", "hanul-studio.kr", "default"),
            item(QUOTA, "Cafe24", "mail.hanul-studio.kr", "2026-11-28"),
        ],
    ),
]

FORWARDS = [
    mail(
        name="fwd_gmail_en_namesilo",
        category="forward",
        lang="en",
        sender=("Jiwoo Lee", "jiwoo.lee@hanul-studio.kr"),
        subject="Fwd: NameSilo Domain Expiration Notice - hanul.design",
        date="2026-11-18 10:44 +0900",
        form="alt",
        text="""Minji, this one came to my old address. Can you renew? Card on the account is expired I think.

---------- Forwarded message ---------
From: NameSilo <support@namesilo.com>
Date: Tue, Nov 17, 2026 at 6:02 PM
Subject: NameSilo Domain Expiration Notice - hanul.design
To: <jiwoo.private@gmail.com>


Dear NameSilo Customer,

The following domain(s) in your account will expire soon. Domains that are not renewed before
their expiration date will be deactivated.

Domain               Expiration Date
hanul.design         2026-12-06

Auto-renew: Disabled
Account balance: $0.00

To renew, log in to https://www.namesilo.com/account_domains.php

Thank you,
NameSilo, LLC
1300 E. Missouri Ave, Suite A-110, Phoenix, AZ 85014
""",
        html="""<div dir="ltr">Minji, this one came to my old address. Can you renew? Card on the account is expired I think.<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
From: <strong class="gmail_sendername" dir="auto">NameSilo</strong> <span dir="auto">&lt;support@namesilo.com&gt;</span><br>
Date: Tue, Nov 17, 2026 at 6:02 PM<br>Subject: NameSilo Domain Expiration Notice - hanul.design<br>
To: &lt;jiwoo.private@gmail.com&gt;<br></div><br><br>
Dear NameSilo Customer,<br><br>The following domain(s) in your account will expire soon. Domains that are not
renewed before their expiration date will be deactivated.<br><br>
<table><tr><td>Domain</td><td>Expiration Date</td></tr><tr><td>hanul.design</td><td>2026-12-06</td></tr></table>
<br>Auto-renew: Disabled<br>Account balance: $0.00<br><br>
To renew, log in to <a href="https://www.namesilo.com/account_domains.php">https://www.namesilo.com/account_domains.php</a>
<br><br>Thank you,<br>NameSilo, LLC</div></div>
""",
        note="Gmail forward from a colleague (company domain authenticates): same item as the NameSilo notice",
        items=[item(DOMAIN, "NameSilo", "hanul.design", "2026-12-06")],
    ),
    mail(
        name="fwd_outlook_ko_whois_traffic",
        category="forward",
        lang="ko",
        sender=("김도현", "dohyun.kim@hanul-studio.kr"),
        subject="FW: [후이즈] 웹호스팅 트래픽 초과 예정 안내",
        date="2026-11-19 13:22 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        mailer="hanul-studio.kr",
        headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtaYk2hS3p9qLk0Q+2m1aBcDeFgHg=="},
        text="""운영팀 참고 부탁드립니다. 이번 달 이벤트 때문에 트래픽이 많이 나간 것 같습니다.

-----원본 메시지-----
보낸 사람: 후이즈 <hosting@whois.co.kr>
보낸 날짜: 2026년 11월 19일 목요일 오전 11:05
받는 사람: dohyun.kim@hanul-studio.kr
제목: [후이즈] 웹호스팅 트래픽 초과 예정 안내

안녕하세요. 후이즈 호스팅입니다.

고객님의 웹호스팅(hanulevent.kr) 일일 트래픽 사용량이 제공량의 90%를 넘었습니다.

  - 호스팅 아이디 : hanulevent
  - 일일 트래픽 : 2.7GB / 3GB

제공량을 초과하면 당일 자정까지 홈페이지 접속이 차단됩니다.
트래픽 추가 또는 상품 변경을 원하시면 마이페이지에서 신청해 주세요.

(주)후이즈 호스팅사업부
""",
        note="Outlook '원본 메시지' forward in cp949 under ks_c_5601-1987; no date",
        items=[item(QUOTA, "후이즈", "hanulevent", "default", aliases=["hanulevent.kr"])],
    ),
    mail(
        name="fwd_naver_ko_kakao_jeondal",
        category="forward",
        lang="ko",
        sender=("박민지", "minji.park@hanul-studio.kr"),
        subject="전달: [카카오디벨로퍼스] 카카오계정(이메일) 동의항목 비즈 앱 전환 필요 안내",
        date="2026-11-12 09:18 +0900",
        text=f"""개발팀 확인 부탁해요. 1월 말까지 비즈 앱 전환해야 한대요.

---------- 전달된 메시지 ----------
보낸사람: Kakao Developers <noreply@kakaocorp.com>
받는사람: <ops@hanul-studio.kr>
날짜: 2026년 11월 11일 (수) 오후 4:00:12
제목: [카카오디벨로퍼스] 카카오계정(이메일) 동의항목 비즈 앱 전환 필요 안내

안녕하세요, 카카오입니다.

'하늘스튜디오' 앱(앱 ID 1093344)은 카카오계정(이메일) 동의항목을 사용하고 있으나 비즈 앱으로 전환되지 않았습니다.

2027년 1월 31일({wd("2027-01-31")})부터 비즈 앱이 아닌 앱은 카카오계정(이메일) 동의항목을 사용할 수 없으며,
카카오 로그인 시 이메일 정보가 제공되지 않습니다.

[내 애플리케이션] > [앱 설정] > [비즈니스]에서 비즈 앱 전환을 진행해 주세요.

감사합니다.
""",
        note="Korean '전달된 메시지' forward; the forwarding note's '1월 말' is informal, the quoted notice gives the date",
        items=[item(SOCIAL, "Kakao", "하늘스튜디오", "2027-01-31", aliases=["1093344"])],
    ),
]

# The rfc822-attached forward is assembled in make_holdout6.py (corpus_lib has no message/rfc822 part).
RFC822_OUTER = mail(
    name="fwd_rfc822_en_planetscale",
    category="forward",
    lang="en",
    sender=("Minji Park", "minji.park@hanul-studio.kr"),
    subject="Fwd: [PlanetScale] hanul-main is approaching its storage limit",
    date="2026-11-20 15:02 +0900",
    text="""Forwarding as attachment - the DB is close to full again. Can someone look at the cleanup job?

Minji
""",
    note="forward as a message/rfc822 attachment; the item comes from the attached notice",
    items=[item(QUOTA, "PlanetScale", "hanul-main", "default")],
)
RFC822_INNER = mail(
    name="fwd_rfc822_en_planetscale_inner",
    category="positive",
    lang="en",
    sender=("PlanetScale", "notifications@planetscale.com"),
    subject="[PlanetScale] hanul-main is approaching its storage limit",
    date="2026-11-20 05:40 +0000",
    to="minji.park@hanul-studio.kr",
    text="""Hi Minji,

Your database hanul-main in the hanul-studio organization is using 9.1 GB of the 10 GB storage
included in the PS-10 cluster size (91%).

When storage is full, write queries to hanul-main will fail. Increase the cluster size or delete
unused data to free up space.

Database: hanul-main (branch: main, region: aws-ap-northeast-2)
View storage: https://app.planetscale.com/hanul-studio/hanul-main/insights

PlanetScale, Inc. | 548 Market St, PMB 63290, San Francisco, CA 94104
""",
)

FOLLOWUPS = [
    mail(
        name="followup_kakao_ko_moved",
        category="followup",
        lang="ko",
        sender=("Kakao Developers", "noreply@kakaocorp.com"),
        subject="[일정 변경] 카카오 로그인 동의 화면 개인정보 제3자 제공 문구 필수 등록 적용 일정 변경 안내",
        date="2026-11-17 10:00 +0900",
        text=f"""안녕하세요, 카카오입니다.

지난 10월 20일 안내드린 '동의 화면 개인정보 제3자 제공 문구 필수 등록' 적용 일정이
개발사 준비 기간 확보를 위해 아래와 같이 변경되었습니다.

- 기존 : 2026년 12월 1일({wd("2026-12-01")})
- 변경 : 2027년 1월 12일({wd("2027-01-12")})

변경된 적용일 이후 제3자 제공 문구를 등록하지 않은 앱은 카카오 로그인 동의 화면이 표시되지 않아
로그인을 진행할 수 없습니다.

대상 앱 : 하늘스튜디오 (앱 ID 1093344)

[내 애플리케이션] > [카카오 로그인] > [동의항목] > [개인정보 제3자 제공]에서 문구를 등록해 주세요.

감사합니다.
""",
        note="follow-up that moves the date: labelled with the new date; the old one and the earlier mail's date are distractors",
        items=[item(SOCIAL, "Kakao", "하늘스튜디오", "2027-01-12", aliases=["1093344"])],
    ),
    mail(
        name="followup_supabase_en_extended",
        category="followup",
        lang="en",
        sender=("Supabase", "noreply@supabase.com"),
        subject="Your grace period has been extended",
        date="2026-11-19 08:15 +0000",
        text="""Hi,

Following your support request (SU-512087), we've extended the grace period for your organization
Hanul Studio.

Your organization remains over its quota (Storage Size Exceeded). The grace period, which was due to
end on 14 Dec, 2026, now ends on 21 Dec, 2026. After that, the Fair Use Policy will apply and requests
to your projects may return a 402 status code.

Upgrade or reduce usage: https://supabase.com/dashboard/org/hanul-studio/usage

The Supabase Team
Supabase Inc, 970 Toa Payoh North #07-04, Singapore 318992
""",
        note="moves the grace end from 14 Dec to 21 Dec: labelled with the new date",
        items=[item(QUOTA, "Supabase", "Hanul Studio", "2026-12-21", aliases=["hanul-studio"])],
    ),
]

RESOLUTIONS = [
    mail(
        name="res_dynadot_en_renewed",
        category="resolution",
        lang="en",
        sender=("Dynadot", "info@dynadot.com"),
        subject="Your domain was renewed successfully - Order #R19482213",
        date="2026-11-14 02:10 -0800",
        attachment=True,
        text="""Dear Minji Park,

Thank you for your order. The following domain was renewed successfully:

  hanul-studio.net     1 year     $10.88
  New expiration date: 2027/11/10

Order number: R19482213
Order date:   2026/11/14
Payment:      Visa ending in 4417

Your invoice is attached as a PDF. You can also view it at
https://www.dynadot.com/account/order/list.html

Sincerely,
Dynadot Customer Support
210 S. Ellsworth Ave #345, San Mateo, CA 94401
""",
        note="renewal receipt with a PDF invoice: closes the open Dynadot item",
        items=[item(DOMAIN, "Dynadot", "hanul-studio.net", "2027-11-10", resolves=True)],
    ),
    mail(
        name="res_cafe24_ko_traffic_added",
        category="resolution",
        lang="ko",
        sender=("카페24", "cafe24@cafe24.com"),
        subject="[카페24] 트래픽 추가 신청이 완료되었습니다",
        date="2026-11-22 22:31 +0900",
        charset="euc-kr",
        cte="base64",
        text="""hanulgoods 쇼핑몰 운영자님, 안녕하세요.

요청하신 트래픽 추가 신청이 정상적으로 처리되었습니다.

  - 쇼핑몰 아이디 : hanulgoods
  - 신청 상품 : 일일 트래픽 추가 3GB (월 정액)
  - 적용 일시 : 2026-11-22 22:30
  - 결제 금액 : 11,000원 (VAT 포함)

트래픽 초과로 인한 접속 제한이 해제되었으며, 변경된 제공량은 즉시 적용됩니다.

감사합니다.
(주)카페24
""",
        note="quota raised: closes the Cafe24 shop traffic item",
        items=[item(QUOTA, "Cafe24", "hanulgoods", None, resolves=True)],
    ),
    mail(
        name="res_google_en_verified",
        category="resolution",
        lang="en",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="Your OAuth app verification is complete - hanul-login",
        date="2026-11-21 07:55 -0800",
        text="""Hello,

Your app Hanul Studio in project hanul-login (804123557109) has been verified for the following
scopes:

  https://www.googleapis.com/auth/calendar.events

Your users will no longer see the unverified app screen. No further action is needed.

If you add new sensitive or restricted scopes in the future, you'll need to submit your app for
verification again.

Thanks,
The Google Trust & Safety team

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        note="verification done: closes the consent-screen item",
        items=[item(SOCIAL, "Google", "hanul-login", None, resolves=True, aliases=["Hanul Studio", "804123557109"])],
    ),
    mail(
        name="res_whois_ko_extended",
        category="resolution",
        lang="ko",
        sender=("후이즈", "webmaster@whois.co.kr"),
        subject="[후이즈] hanul.kr 도메인 기간연장이 완료되었습니다",
        date="2026-11-22 18:40 +0900",
        form="html",
        html="""<html><body><div style="width:640px;font-family:'Malgun Gothic';font-size:13px;line-height:1.8">
<p><b>WHOIS 후이즈</b></p>
<p>박민지 님, 도메인 기간연장이 완료되었습니다.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>도메인</th><td>hanul.kr</td></tr>
<tr><th>연장 기간</th><td>1년</td></tr>
<tr><th>변경된 만료일</th><td>2027-11-29</td></tr>
<tr><th>결제일</th><td>2026-11-22</td></tr>
</table>
<p>이용해 주셔서 감사합니다.</p>
<p style="font-size:11px;color:#999">(주)후이즈 | 발신 전용</p></div></body></html>
""",
        note="renewal done: closes the 후이즈 hanul.kr item",
        items=[item(DOMAIN, "후이즈", "hanul.kr", "2027-11-29", resolves=True)],
    ),
]

REPLIES = [
    mail(
        name="reply_en_wix_quote",
        category="reply",
        lang="en",
        sender=("Minji Park", "minji.park@hanul-studio.kr"),
        subject="Re: Your domain hanulstudio.art expires in 30 days",
        date="2026-11-11 09:05 +0900",
        to="jiwoo.lee@hanul-studio.kr",
        headers={"In-Reply-To": "<a1b2c3d4e5@emails.wix.com>", "References": "<a1b2c3d4e5@emails.wix.com>"},
        text="""Jiwoo, do we still use this one? The portfolio moved to hanul-studio.kr last year. If nobody
objects by Friday I'll let it go.

On Tue, Nov 10, 2026 at 5:22 PM Wix.com <wix-team@emails.wix.com> wrote:
> Hi Minji,
>
> Your domain hanulstudio.art expires in 30 days. Auto-renew is turned off for this domain, so it
> won't renew unless you renew it manually.
>
> Renew now: https://manage.wix.com/account/domains
>
> The Wix Team
""",
        note="reply quoting a notice: no new item",
    ),
    mail(
        name="reply_ko_outlook_ktcloud",
        category="reply",
        lang="ko",
        sender=("김도현", "dohyun.kim@hanul-studio.kr"),
        subject="RE: [kt cloud] 웹호스팅 트래픽 초과 예정 및 서비스 제한 안내",
        date="2026-11-22 11:40 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
        text=f"""트래픽 추가 상품 신청했습니다. 월요일에 반영 확인하겠습니다.

김도현 드림

-----Original Message-----
From: kt cloud <noreply@ktcloud.com>
Sent: Sunday, November 22, 2026 9:12 AM
To: ops@hanul-studio.kr
Subject: [kt cloud] 웹호스팅 트래픽 초과 예정 및 서비스 제한 안내

안녕하십니까, kt cloud입니다.

고객님께서 이용 중인 웹호스팅 상품의 월 트래픽 사용량이 제공량의 95%를 초과하였습니다.
  - 호스팅 ID : hanulweb
제공량을 모두 사용하는 경우 2026년 11월 30일({wd("2026-11-30")}) 00시부터 월말까지
홈페이지 접속이 제한될 수 있습니다.
""",
        note="a colleague's reply quoting the notice under Outlook 'Original Message': no new item, no resolution",
    ),
    mail(
        name="reply_en_long_thread_google",
        category="reply",
        lang="en",
        sender=("Jiwoo Lee", "jiwoo.lee@hanul-studio.kr"),
        subject="Re: Re: Re: [Action Required] Verify your OAuth consent screen for project hanul-login",
        date="2026-11-13 18:30 +0900",
        form="alt",
        cte="quoted-printable",
        text="""Demo video uploaded (unlisted): https://youtu.be/xxxxxxxxxxx - privacy policy link fixed too.
Submitting the form tonight.

On Thu, Nov 12, 2026 at 4:10 PM Minji Park <minji.park@hanul-studio.kr> wrote:
> Google wants a YouTube demo of the consent flow. Can you record it?
>
> On Wed, Nov 11, 2026 at 11:02 AM Dohyun Kim <dohyun.kim@hanul-studio.kr> wrote:
> > Do we even need calendar.events? If we drop the scope we skip verification.
> >
> > On Tue, Nov 10, 2026 at 9:15 AM Minji Park <minji.park@hanul-studio.kr> wrote:
> > > FYI - see below. Deadline is January 10.
> > >
> > > ---------- Forwarded message ---------
> > > From: Google Cloud <CloudPlatform-noreply@google.com>
> > > Date: Mon, Nov 9, 2026 at 12:11 PM
> > > Subject: [Action Required] Verify your OAuth consent screen for project hanul-login
> > >
> > > Your app "Hanul Studio" requests the sensitive scope
> > > https://www.googleapis.com/auth/calendar.events but has not completed OAuth app verification.
> > > Submit your app for verification in the Google Cloud console by January 10, 2027.
""",
        html="""<div dir="ltr">Demo video uploaded (unlisted): https://youtu.be/xxxxxxxxxxx - privacy policy link fixed too.<br>
Submitting the form tonight.</div><br><div class="gmail_quote">
<div class="gmail_attr">On Thu, Nov 12, 2026 at 4:10 PM Minji Park &lt;minji.park@hanul-studio.kr&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Google wants a YouTube demo of the consent flow. Can you record it?<br>
<blockquote class="gmail_quote">Do we even need calendar.events? If we drop the scope we skip verification.<br>
<blockquote class="gmail_quote">FYI - see below. Deadline is January 10.<br>
---------- Forwarded message ---------<br>From: Google Cloud &lt;CloudPlatform-noreply@google.com&gt;<br>
Subject: [Action Required] Verify your OAuth consent screen for project hanul-login<br><br>
Submit your app for verification in the Google Cloud console by January 10, 2027.
</blockquote></blockquote></blockquote></div>
""",
        note="long internal thread quoting a notice (nested quotes): no new item",
    ),
]
