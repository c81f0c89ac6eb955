"""holdout13: clients forwarding notices to the agency, follow-ups that move a date, resolutions and
replies (one a long thread). RFC822_FORWARDS are built with h13_lib.build_rfc822_forward."""

# Mail bodies keep the vendors' own long HTML/text lines; wrapping them would change the mails.
# ruff: noqa: E501

from __future__ import annotations

from h13_lib import CAFE24_FOOTER, DOMAIN, GABIA_FOOTER, QUOTA, SOCIAL, M, Mail, item

FWD_GMAIL = (
    """실장님 안녕하세요, 미소플라워 김은정입니다.
가비아에서 이런 메일이 왔는데 저희 홈페이지 주소 말하는 거 맞죠?
이거 확인 부탁드립니다. 결제는 저희 카드로 하면 될까요?

---------- Forwarded message ---------
보낸사람: 가비아 <domain@gabia.com>
Date: 2026년 11월 18일 (수) 오전 10:03
Subject: [가비아] misoflower.co.kr 도메인 기간연장 안내
To: <misoflower0501@gmail.com>


안녕하세요, 미소플라워 회원님.

회원님께서 이용 중인 도메인의 만료일이 다가와 기간연장을 안내해 드립니다.

  도메인 : misoflower.co.kr
  만료일 : 2026년 12월 21일 (월)
  등록일 : 2020년 12월 21일

만료일이 지나면 도메인 사용이 중지되어 홈페이지 접속과 메일 이용이 불가합니다.
My가비아 > 비용 결제에서 연장하실 수 있습니다.
"""
    + GABIA_FOOTER
)

FWD_OUTLOOK_KO = """실장님, 후이즈에서 온 메일 전달드립니다.
작년에 도메인 관리 픽셀온에서 해주신다고 하셔서요.. 처리 가능하실까요?

그린팜 이대호 드림

-----원본 메시지-----
보낸 사람: 후이즈 <noreply@whois.co.kr>
받는 사람: greenfarm@greenfarm-mall.com
보낸 날짜: 2026년 11월 9일 월요일 오전 9:00
제목: [후이즈] greenfarm-mall.com 도메인 만료 예정 안내

그린팜 고객님, 안녕하세요.
후이즈 도메인 관리팀입니다.

고객님의 도메인이 아래와 같이 만료될 예정입니다.

 도메인명   : greenfarm-mall.com
 만료예정일 : 2026.12.10.
 최초등록일 : 2018.12.10.

만료 전 기간연장을 하지 않으시면 쇼핑몰과 메일 서비스가 중단될 수 있습니다.

(주)후이즈 | 고객센터 1544-9830
"""

FWD_KOREAN_TRANSFER = """<div>팀장님 어제 오후에 쇼핑몰이 안 열려서 봤더니 이 메일이 와 있었어요 ㅠㅠ<br>
트래픽 추가 옵션 신청해야 하는 건지 봐주세요.<br><br>
모아키즈 운영팀 박수진 드림</div>
<br>
<div>---------- 전달된 메시지 ----------<br>
<b>보낸 사람:</b> "카페24" &lt;hosting@cafe24.com&gt;<br>
<b>받는 사람:</b> &lt;moakids.shop@naver.com&gt;<br>
<b>날짜:</b> 2026년 10월 30일 (금) 오후 2:11<br>
<b>제목:</b> [카페24] 쇼핑몰 트래픽 초과 안내 (moakids)<br></div>
<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
안녕하세요, 카페24입니다.<br><br>
회원님 쇼핑몰(<b>moakids</b>, moakids.co.kr)의 이번 달 트래픽 사용량이 제공량을 초과하여
<b>2026년 10월 30일 14:10부터 쇼핑몰 접속이 제한</b>되었습니다.<br><br>
- 쇼핑몰 ID : moakids<br>
- 제공 트래픽 : 월 30GB / 사용 : 30.2GB<br><br>
트래픽 추가 옵션을 구매하시면 즉시 접속 제한이 해제됩니다.<br>
카페24(주) | 고객센터 1588-3284
</blockquote>
"""

FWD_EN_INNER_TEXT = """Hi Minseo,

We tried to renew your domain seoulkimchico.us but the payment was declined.

Domain: seoulkimchico.us
Expiration date: 12/28/2026

Update your card before the expiration date or the domain and any email on it will stop working.
You can renew manually from Domain List > Manage.

Namecheap Team

Namecheap, Inc. | 4600 East Washington Street, Suite 300, Phoenix, AZ 85034, USA
This is an automated message about a product in your account. Please do not reply.
"""

FWD_MIXED_OUTLOOK = """정지원 실장님,

미국 법인 도메인 관련해서 GoDaddy 메일이 왔는데 영어라 잘 모르겠네요.
작년처럼 픽셀온에서 갱신 처리해 주시고 비용은 청구해 주세요.

코리아텍스 경영지원팀 오세훈 드림

-----원본 메시지-----
보낸 사람: GoDaddy <renewals@godaddy.com>
보낸 날짜: 2026년 11월 8일 일요일 오전 2:00
받는 사람: admin@koreatex.net
제목: Your domain koreatex.co expires soon

Hi Sehoon,

Your domain koreatex.co is set to expire on Jan 8, 2027. Auto-renew is off.
Renew now to keep the website, email and everything connected to it.

    koreatex.co    .CO Domain Name Registration    Expires Jan 8, 2027

Customer number: 412908817
Renew: https://account.godaddy.com/renewals

Copyright (c) 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
"""

FWD_EN_OUTER_TEXT = """Hi Jiwon,

Forwarding the Namecheap mail below (attached). I think our card on file expired in October.
Could Pixelon handle the renewal and send us the invoice?

Thanks,
Minseo Park
Seoul Kimchi Co. | Los Angeles
"""

KAKAO_INNER = """안녕하세요, 카카오입니다.

카카오 로그인 '카카오계정(이메일)' 동의항목 정책 변경에 따라, 2027년 1월 5일(화)부터
검수를 받지 않은 앱은 이메일 동의항목을 필수 동의로 설정할 수 없습니다.

대상 앱 : 늘품한의원 (앱 ID 764410)

적용일 전까지 [내 애플리케이션] > [카카오 로그인] > [동의항목]에서 비즈 앱 전환 및 검수를 신청해 주세요.
적용일 이후 미조치 앱은 로그인 시 이메일 정보를 받을 수 없습니다.

카카오디벨로퍼스 드림
"""

KAKAO_OUTER = """실장님 안녕하세요. 늘품한의원 원무과입니다.
카카오에서 온 메일 원문 첨부해서 보내드립니다. 저희 예약 페이지 카카오 로그인 관련인 것 같은데
무슨 조치가 필요한지 잘 모르겠어서요. 확인 부탁드려요.
"""

FOLLOWUP_HOSTINGKR = """안녕하세요. 호스팅케이알입니다.

2026년 11월 2일 안내드린 '웹호스팅 디스크 용량 초과에 따른 서비스 정지 예정' 일정이 변경되어 다시 안내드립니다.

 - 호스팅 ID : studiogyeol
 - 도메인 : studio-gyeol.com
 - 디스크 : 5.3GB / 5GB (106%)
 - 기존 정지 예정일 : 2026-11-25
 - 변경된 정지 예정일 : 2026-12-09

고객님의 요청에 따라 정지 예정일을 2주 연장해 드렸습니다.
변경된 정지 예정일까지 용량을 정리하시거나 상위 상품으로 변경해 주시기 바랍니다.

호스팅케이알 고객센터 1588-5412
"""

FOLLOWUP_NAVER = """<p>안녕하세요. 네이버 개발자센터입니다.</p>
<p>지난 10월 20일 안내드린 <b>네이버 로그인 회원 프로필 조회 구 버전 API 제공 종료</b> 일정이 개발사 의견을 반영하여 변경되었습니다.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>구분</th><th>기존 일정</th><th>변경 일정</th></tr>
<tr><td>신규 호출 차단</td><td><s>2026년 12월 15일</s></td><td><b>2027년 1월 31일(일)</b></td></tr>
<tr><td>완전 종료</td><td>2027년 3월 2일</td><td>2027년 3월 2일 (변동 없음)</td></tr>
</table>
<p>대상 애플리케이션 : 해밀치과 예약 (Client ID : hM2dEnT4lQx9)</p>
<p>NAVER Developers</p>
"""

RES_GABIA_RECEIPT = (
    """[가비아] 결제 완료 안내 - 도메인 기간연장

안녕하세요, 픽셀온 회원님.
요청하신 서비스의 결제가 정상적으로 완료되었습니다.

 주문번호 : GA2026111214523
 결제일시 : 2026-11-12 14:52
 결제수단 : 법인카드(국민) 일시불
 결제금액 : 22,000원 (VAT 포함)

 서비스 : 도메인 기간연장 1년
 도메인 : daon-furniture.co.kr
 연장 후 만료일 : 2027-12-04

세금계산서는 My가비아 > 결제 관리 > 세금계산서에서 신청하실 수 있습니다.
"""
    + GABIA_FOOTER
)

RES_CAFE24_UPGRADE = """<table width="620" style="font-family:'맑은 고딕';font-size:13px" cellpadding="10">
<tr><td style="border-bottom:2px solid #222"><b>[카페24] 호스팅 상품 변경(업그레이드) 완료</b></td></tr>
<tr><td>
안녕하세요, 카페24입니다.<br>
신청하신 웹호스팅 상품 변경이 완료되었습니다.<br><br>
호스팅 아이디 : <b>bomnal2019</b><br>
변경 전 : 10G 광아우토반 Full (일일 트래픽 1.6GB)<br>
변경 후 : 10G 자이언트 플러스 (트래픽 무제한 종량제)<br>
적용 일시 : 2026-10-15 10:30<br>
다음 결제일 : 2027-10-15<br><br>
변경된 상품은 즉시 적용되며, 트래픽 초과로 인한 접속 차단이 해제되었습니다.
</td></tr></table>
"""

RES_CLOUDFLARE = """Hi there,

Your domain hanokstay.com was successfully renewed.

Renewal term: 1 year
New expiration date: 14 Jan 2028
Amount charged: USD 10.44 to Visa ending 3021

Invoice number: IN-48120977
Account: Pixelon Client Sites

You can view your invoices in the Cloudflare dashboard under Manage Account > Billing.

The Cloudflare Team
"""

REPLY_STAFF_THREAD = """대표님 안녕하세요, 픽셀온 웹팀 정지원입니다.

네 확인했습니다. 제주온담 도메인은 지금 만료 후 유예기간이라 일반 연장비로 살릴 수 있습니다.
오늘 중으로 저희 가비아 계정에서 연장 처리하고, 홈페이지 정상 접속되는지 확인해서 다시 연락드리겠습니다.
비용은 이번 달 유지보수 청구서에 포함하겠습니다.

정지원 드림 / 픽셀온 | 02-6925-1180


-----Original Message-----
From: "제주온담" <jejuondam@naver.com>
To: "픽셀온 웹팀" <web@pixelon.co.kr>
Sent: 2026-11-11 (수) 08:47:12 (GMT+09:00)
Subject: RE: 홈페이지가 안 열려요

실장님 가비아에서 이런 메일도 왔는데 이거 때문인가요? 손님들이 예약 페이지가 안 열린다고 연락이 와서요.

> 안녕하세요, 가비아입니다.
>
> 아래 도메인은 만료일까지 연장되지 않아 현재 사용이 중지된 상태입니다.
>
>  ▶ 도메인 : jejuondam.com
>  ▶ 만료일 : 2026-10-28
>  ▶ 현재 상태 : 만료 (연장 유예기간)
>  ▶ 유예기간 종료일 : 2026-11-27
>
> 유예기간 종료일까지는 일반 연장 비용으로 도메인을 되살릴 수 있습니다.


-----Original Message-----
From: "픽셀온 웹팀" <web@pixelon.co.kr>
To: "제주온담" <jejuondam@naver.com>
Sent: 2026-11-10 (화) 18:05:40 (GMT+09:00)
Subject: RE: 홈페이지가 안 열려요

대표님, 서버 쪽은 정상입니다. 혹시 최근 도메인 관련 메일 받으신 것 있으면 전달 부탁드립니다.


-----Original Message-----
From: "제주온담" <jejuondam@naver.com>
Sent: 2026-11-10 (화) 16:22:03 (GMT+09:00)
Subject: 홈페이지가 안 열려요

실장님 오늘 아침부터 홈페이지가 안 열린다고 합니다. 확인 좀 부탁드려요.
"""

REPLY_CLIENT_WHOIS = """네 실장님 연장 비용 입금했습니다. 처리 부탁드립니다~
해밀치과 원장 드림

2026년 11월 16일 (월) 오전 9:30, 후이즈 <noreply@whois.co.kr>님이 작성:
> 픽셀온 고객님, 안녕하세요.
> 후이즈(Whois.co.kr) 도메인 관리팀입니다.
>
> 고객님께서 후이즈를 통해 등록하신 아래 도메인이 곧 만료될 예정입니다.
>
>  도메인명    : haemil-dental.com
>  만료예정일  : 2026.12.15.
>
> 감사합니다.
"""

REPLY_EN = """Thanks Jiwon, that works for us. Please go ahead with the renewal for two years.

Minseo

On Wed, Nov 18, 2026 at 9:12 AM Pixelon Web Team <web@pixelon.co.kr> wrote:
> Hi Minseo, we received the notice below. Shall we renew it on our side?
>
> > Dear Minseo Park,
> > Your domain seoulkimchico.com expires on December 18, 2026 (30 days from now).
> > Renew it from your Namecheap dashboard to avoid any interruption.
> > Namecheap Team
"""

MAILS: list[Mail] = [
    M(
        name="h13_fwd_gmail_client_gabia",
        category="forward",
        lang="ko",
        sender=("김은정", "misoflower0501@gmail.com"),
        subject="Fwd: [가비아] misoflower.co.kr 도메인 기간연장 안내",
        date="2026-11-18 13:40 +0900",
        text=FWD_GMAIL,
        charset="utf-8",
        cte="base64",
        items=[item(DOMAIN, "Gabia", "misoflower.co.kr", "2026-12-21")],
        note="client forwards from Gmail with a note; authenticated as gmail.com (the forwarder), not phishing",
    ),
    M(
        name="h13_fwd_outlook_wonbon_ksc",
        category="forward",
        lang="ko",
        sender=("이대호", "greenfarm@greenfarm-mall.com"),
        subject="전달: [후이즈] greenfarm-mall.com 도메인 만료 예정 안내",
        date="2026-11-09 10:15 +0900",
        text=FWD_OUTLOOK_KO,
        charset="ks_c_5601-1987",
        cte="base64",
        mailer="greenfarm-mall.com",
        headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtyQk1mZ2Fybg=="},
        items=[item(DOMAIN, "Whois", "greenfarm-mall.com", "2026-12-10")],
        note="Outlook 원본 메시지 forward in ks_c_5601-1987; registration date distractor",
    ),
    M(
        name="h13_fwd_korean_transfer_cafe24_traffic",
        category="forward",
        lang="ko",
        sender=("박수진", "moakids.shop@naver.com"),
        subject="Fw: [카페24] 쇼핑몰 트래픽 초과 안내 (moakids)",
        date="2026-10-31 09:12 +0900",
        html=FWD_KOREAN_TRANSFER,
        form="html",
        charset="utf-8",
        cte="quoted-printable",
        items=[item(QUOTA, "Cafe24", "moakids", "default", aliases=["moakids.co.kr"])],
        note="Naver-mail style '전달된 메시지' HTML forward; shop blocked since 10-30, no deadline",
    ),
    M(
        name="h13_fwd_outlook_mixed_godaddy",
        category="forward",
        lang="mixed",
        sender=("오세훈", "sehoon.oh@koreatex.net"),
        subject="전달: Your domain koreatex.co expires soon",
        date="2026-11-09 09:40 +0900",
        text=FWD_MIXED_OUTLOOK,
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
        items=[item(DOMAIN, "GoDaddy", "koreatex.co", "2027-01-08")],
        note="Korean Outlook 원본 메시지 forward of an English GoDaddy notice (mixed language)",
    ),
    M(
        name="h13_fu_hostingkr_suspension_moved",
        category="followup",
        lang="ko",
        sender=("호스팅케이알", "noreply@hosting.kr"),
        subject="[호스팅케이알] 서비스 정지 예정일 변경 안내 (studiogyeol)",
        date="2026-11-19 15:00 +0900",
        text=FOLLOWUP_HOSTINGKR,
        charset="euc-kr",
        cte="quoted-printable",
        items=[item(QUOTA, "hosting.kr", "studiogyeol", "2026-12-09", aliases=["studio-gyeol.com"])],
        note="moves suspension from 2026-11-25 (distractor) to 2026-12-09",
    ),
    M(
        name="h13_fu_naver_phase_moved",
        category="followup",
        lang="ko",
        sender=("네이버 개발자센터", "dl_developers@navercorp.com"),
        subject="[네이버 로그인] 구 버전 API 종료 일정 변경 안내",
        date="2026-11-17 14:00 +0900",
        html=FOLLOWUP_NAVER,
        form="html",
        charset="utf-8",
        cte="base64",
        items=[item(SOCIAL, "Naver", "해밀치과 예약", "2027-01-31", aliases=["hM2dEnT4lQx9"])],
        note="phase 1 moved from 2026-12-15 (struck through) to 2027-01-31; phase 2 2027-03-02 unchanged",
    ),
    M(
        name="h13_res_gabia_renewal_receipt",
        category="resolution",
        lang="ko",
        sender=("가비아", "billing@gabia.com"),
        subject="[가비아] 결제 완료 안내 (주문번호 GA2026111214523)",
        date="2026-11-12 14:53 +0900",
        text=RES_GABIA_RECEIPT,
        charset="euc-kr",
        cte="base64",
        attachment=True,
        items=[item(DOMAIN, "Gabia", "daon-furniture.co.kr", "2027-12-04", resolves=True)],
        note="renewal receipt with PDF attachment closes the daon-furniture.co.kr item",
    ),
    M(
        name="h13_res_cafe24_plan_upgraded",
        category="resolution",
        lang="ko",
        sender=("카페24", "hosting@cafe24.com"),
        subject="[카페24] 웹호스팅 상품 변경 완료 안내",
        date="2026-10-15 10:31 +0900",
        html=RES_CAFE24_UPGRADE + CAFE24_FOOTER.replace("\n", "<br>\n"),
        form="html",
        charset="euc-kr",
        cte="8bit",
        items=[item(QUOTA, "Cafe24", "bomnal2019", None, resolves=True)],
        note="plan upgraded, traffic block lifted; 다음 결제일 is a distractor",
    ),
    M(
        name="h13_res_cloudflare_renewed",
        category="resolution",
        lang="en",
        sender=("Cloudflare", "noreply@notify.cloudflare.com"),
        subject="Your domain hanokstay.com has been renewed",
        date="2026-11-16 02:10 +0000",
        text=RES_CLOUDFLARE,
        charset="utf-8",
        cte="7bit",
        items=[item(DOMAIN, "Cloudflare", "hanokstay.com", "2028-01-14", resolves=True)],
    ),
    M(
        name="h13_reply_staff_long_thread",
        category="reply",
        lang="ko",
        sender=("정지원", "jiwon@pixelon.co.kr"),
        subject="RE: RE: 홈페이지가 안 열려요",
        date="2026-11-11 09:20 +0900",
        text=REPLY_STAFF_THREAD,
        charset="ks_c_5601-1987",
        cte="base64",
        to="jejuondam@naver.com",
        items=[],
        note="agency staff reply in a four-message thread quoting the Gabia grace-period notice",
    ),
    M(
        name="h13_reply_client_quotes_whois",
        category="reply",
        lang="ko",
        sender=("해밀치과", "haemil.dental@gmail.com"),
        subject="Re: [후이즈] haemil-dental.com 도메인 만료 예정 안내",
        date="2026-11-16 12:05 +0900",
        text=REPLY_CLIENT_WHOIS,
        charset="utf-8",
        cte="8bit",
        items=[],
        note="client reply quoting the Whois notice",
    ),
    M(
        name="h13_reply_en_namecheap",
        category="reply",
        lang="en",
        sender=("Minseo Park", "minseo@seoulkimchico.com"),
        subject="Re: Domain Renewal Notice: seoulkimchico.com expires soon",
        date="2026-11-18 18:30 -0800",
        text=REPLY_EN,
        charset="utf-8",
        cte="7bit",
        items=[],
        note="English reply two levels deep quoting the Namecheap notice",
    ),
]

# (outer forward, inner original) pairs: the original rides as a message/rfc822 attachment.
RFC822_FORWARDS: list[tuple[Mail, Mail]] = [
    (
        M(
            name="h13_fwd_rfc822_namecheap_declined",
            category="forward",
            lang="en",
            sender=("Minseo Park", "minseo@seoulkimchico.com"),
            subject="Fw: Auto-renewal failed for seoulkimchico.us",
            date="2026-11-20 10:05 -0800",
            text=FWD_EN_OUTER_TEXT,
            charset="utf-8",
            cte="7bit",
            items=[item(DOMAIN, "Namecheap", "seoulkimchico.us", "2026-12-28")],
            note="original Namecheap auto-renew-failed mail attached as message/rfc822; deadline = expiry",
        ),
        M(
            name="h13_inner_namecheap_declined",
            category="positive",
            lang="en",
            sender=("Namecheap", "support@namecheap.com"),
            subject="Auto-renewal failed for seoulkimchico.us",
            date="2026-11-20 06:00 -0500",
            text=FWD_EN_INNER_TEXT,
            to="minseo@seoulkimchico.com",
            authserv="mx.google.com",
        ),
    ),
    (
        M(
            name="h13_fwd_rfc822_kakao_consent",
            category="forward",
            lang="ko",
            sender=("늘품한의원", "neulpum@neulpum.kr"),
            subject="전달: [카카오디벨로퍼스] 이메일 동의항목 정책 변경 안내",
            date="2026-11-06 11:30 +0900",
            text=KAKAO_OUTER,
            charset="euc-kr",
            cte="base64",
            items=[item(SOCIAL, "Kakao", "늘품한의원", "2027-01-05", aliases=["764410"])],
            note="original Kakao notice attached as message/rfc822 (Hiworks 원문 첨부)",
        ),
        M(
            name="h13_inner_kakao_consent",
            category="positive",
            lang="ko",
            sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
            subject="[카카오디벨로퍼스] 이메일 동의항목 정책 변경 안내",
            date="2026-11-05 16:00 +0900",
            text=KAKAO_INNER,
            charset="utf-8",
            cte="base64",
            to="neulpum@neulpum.kr",
            authserv="mx.neulpum.kr",
        ),
    ),
]
