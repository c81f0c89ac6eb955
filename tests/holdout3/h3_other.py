"""Forwards, replies, negatives and phishing of holdout3."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item
from h3_common import DEV, EXTRAS, OPS, ko

MAILS: list[Mail] = []

_UNSUB_GABIA = {
    "List-Unsubscribe": "<https://www.gabia.com/mail/deny?c=ad2611>, <mailto:deny@gabia.com?subject=unsubscribe>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
}

# ======================================= forwards ====================================================

# Gmail (English UI) forward of a Naver Developers notice, with a Korean note on top
MAILS.append(
    Mail(
        name="h3_fwd_gmail_naver",
        category="forward",
        lang="mixed",
        sender=("박민지", "minji.park@dalbit-studio.kr"),
        subject="Fwd: [네이버 개발자센터] 네이버 로그인 Callback URL 검증 강화 안내",
        date="2026-11-06 09:14 +0900",
        to=DEV,
        text=f"""개발팀 확인 부탁드려요. 스토어 쪽 로그인에 영향 있을 것 같습니다.

---------- Forwarded message ---------
From: 네이버 개발자센터 <developers_noreply@navercorp.com>
Date: Thu, Nov 5, 2026 at 10:12 AM
Subject: [네이버 개발자센터] 네이버 로그인 Callback URL 검증 강화 안내
To: <minji.park@dalbit-studio.kr>


안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 보안 강화를 위해 {ko(2026, 12, 17)}부터 애플리케이션에 등록되지 않은
Callback URL로의 인증 요청을 거부합니다. (현재는 경고만 기록됩니다.)

대상 애플리케이션
 - 애플리케이션 이름: 달빛스토어
 - Client ID: St0reDa1b1tX

적용일 전까지 [내 애플리케이션 > API 설정 > 네이버 로그인 Callback URL]에
실제 사용 중인 주소를 모두 등록해 주세요. 최대 5개까지 등록할 수 있습니다.

감사합니다.
네이버 개발자센터 드림
""",
        note="forward by a colleague (authenticated for the company domain): the item is Naver's",
        items=[item(SOCIAL, "Naver", "달빛스토어", "2026-12-17", aliases=["St0reDa1b1tX"])],
    )
)

# Outlook forward with "-----원본 메시지-----", ks_c_5601-1987, base64
MAILS.append(
    Mail(
        name="h3_fwd_outlook_whois_ks",
        category="forward",
        lang="ko",
        sender=("김도윤", "doyoon.kim@dalbit-studio.kr"),
        subject="전달: [후이즈] 도메인 만기 안내 - dalbit-edu.com",
        date="2026-11-10 16:02 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        mailer="dalbit-studio.kr",
        headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtTm2k0Qq9bYk1xS3ehoV8wZk9mAg=="},
        text="""운영팀 공유드립니다. 교육 사이트 도메인이라 꼭 연장해야 합니다.
결제 카드가 바뀌어서 제가 처리를 못 하고 있어요.

김도윤 드림

-----원본 메시지-----
보낸 사람: 후이즈 <webmaster@whois.co.kr>
보낸 날짜: 2026년 11월 10일 화요일 오후 3:21
받는 사람: doyoon.kim@dalbit-studio.kr
제목: [후이즈] 도메인 만기 안내 - dalbit-edu.com

안녕하세요, 후이즈입니다.

아래 도메인의 사용 기간이 곧 만료됩니다.

  도메인명 : dalbit-edu.com
  등록일   : 2019-12-22
  만료일   : 2026-12-22

만료일 이후에는 네임서버가 정지되어 홈페이지와 이메일을 이용하실 수 없습니다.
기간연장: https://www.whois.co.kr/myhome/

(주)후이즈 고객센터 1588-4259
""",
        note="Outlook forward ('원본 메시지' block); 등록일 is a distractor",
        items=[item(DOMAIN, "Whois", "dalbit-edu.com", "2026-12-22")],
    )
)

# Korean webmail forward with "---------- 전달된 메시지 ----------"
MAILS.append(
    Mail(
        name="h3_fwd_korean_nhn",
        category="forward",
        lang="ko",
        sender=("이서준", "seojun.lee@dalbit-studio.kr"),
        subject="전달: [NHN Cloud] Object Storage 사용량 한도 도달 예정 안내",
        date="2026-11-17 13:40 +0900",
        cte="quoted-printable",
        text=f"""미디어 버킷이 곧 꽉 찬다고 합니다. 다음 주 중으로 정리하거나 한도 올려야 해요.

---------- 전달된 메시지 ----------
보낸사람: "NHN Cloud" <noreply@nhncloud.com>
받는사람: <seojun.lee@dalbit-studio.kr>
날짜: 2026년 11월 17일 (화) 오전 11:02:44
제목: [NHN Cloud] Object Storage 사용량 한도 도달 예정 안내

안녕하세요. NHN Cloud입니다.

고객님의 프로젝트에서 Object Storage 사용량이 설정된 한도의 95%에 도달하였습니다.

 - 조직: 달빛스튜디오
 - 프로젝트: dalbit-media
 - 설정 한도: 2TB / 현재 사용량: 1.91TB

사용량이 한도에 도달하면 {ko(2026, 12, 7)} 오전 9시 정기 점검 이후부터
신규 오브젝트 업로드가 제한됩니다. 한도를 조정하거나 불필요한 오브젝트를 삭제해 주세요.

NHN Cloud 고객센터 1588-7967
""",
        note="Korean webmail forward ('전달된 메시지'); the forward's own send time is a distractor",
        items=[item(QUOTA, "NHN Cloud", "dalbit-media", "2026-12-07")],
    )
)

# Forward carrying the vendor mail as a message/rfc822 attachment
_CAFE24_INNER = Mail(
    name="h3_fwd_rfc822_inner",
    category="positive",
    lang="ko",
    sender=("카페24", "no-reply@cafe24.com"),
    subject="[카페24] 도메인 만료 예정 안내 - dalbitmall.co.kr",
    date="2026-11-06 10:00 +0900",
    to="yuna.choi@dalbit-studio.kr",
    text=f"""안녕하세요. 카페24입니다.

고객님께서 이용 중인 도메인의 만료일이 30일 남았습니다.

  도메인      : dalbitmall.co.kr
  만료일      : {ko(2026, 12, 6)}
  자동 기간연장 : 미설정

만료일까지 기간연장을 하지 않으면 만료일 다음 날부터 쇼핑몰 접속이 중단됩니다.
기간연장: 카페24 > 나의서비스관리 > 도메인 > 기간연장

(주)카페24 고객센터 1588-3284
""",
)
MAILS.append(
    Mail(
        name="h3_fwd_rfc822_cafe24",
        category="forward",
        lang="ko",
        sender=("최유나", "yuna.choi@dalbit-studio.kr"),
        subject="FW: [카페24] 도메인 만료 예정 안내 - dalbitmall.co.kr",
        date="2026-11-08 20:11 +0900",
        text="""안녕하세요, 운영팀.

쇼핑몰 도메인 만료 안내 원본 메일 첨부로 전달합니다.
12월 초 만료라서 이번 달 안에 연장 부탁드립니다.

최유나
""",
        note="the vendor mail is attached as message/rfc822; the item comes from the attachment",
        items=[item(DOMAIN, "Cafe24", "dalbitmall.co.kr", "2026-12-06")],
    )
)
EXTRAS["h3_fwd_rfc822_cafe24"] = {"rfc822": _CAFE24_INNER, "filename": "카페24 도메인 만료 예정 안내.eml"}

# ======================================= replies ======================================================

MAILS.append(
    Mail(
        name="h3_reply_gabia_quote",
        category="reply",
        lang="ko",
        sender=("정하늘", "haneul.jung@dalbit-studio.kr"),
        subject="Re: [가비아] dalbit-studio.co.kr 도메인 만기 연장 안내 (1차)",
        date="2026-11-20 11:25 +0900",
        text=f"""지우님 메일함으로 온 건데 제가 이번 주 안에 연장 처리하겠습니다.
결제는 법인카드로 할게요.

2026년 11월 20일 (금) 오전 9:02, 가비아 <noreply@gabia.com>님이 작성:
> 한지우 고객님, 안녕하세요.
> 가비아입니다.
>
> 고객님께서 가비아에 등록하신 도메인의 만기일이 다가와 연장 안내 드립니다.
>
> ■ 연장 대상 도메인
>   - 도메인명 : dalbit-studio.co.kr
>   - 최초 등록일 : 2021년 12월 15일
>   - 만기일 : {ko(2026, 12, 15)}
>
> ■ 연장 방법
>   My가비아 > 비용 결제 에서 연장할 서비스를 선택한 후 결제해 주세요.
""",
        note="a reply quoting the notice: evidence at most, no new item",
    )
)

MAILS.append(
    Mail(
        name="h3_reply_vercel_en",
        category="reply",
        lang="en",
        sender=("Sora Kang", "sora.kang@dalbit-studio.kr"),
        subject="Re: Your Hobby team is approaching its Fast Data Transfer limit",
        date="2026-11-20 10:03 +0900",
        to=DEV,
        text="""I think it's the hero video on the landing page. I'll move it to the CDN bucket today.

On Fri, Nov 20, 2026 at 8:40 AM Vercel <notifications@vercel.com> wrote:
> Hi dalbit-dev,
>
> Your Hobby team dalbit-dev has used 87% of the included Fast Data Transfer (100 GB) for the
> current billing cycle, which resets on December 4, 2026.
>
> If you exceed the included usage on the Hobby plan, your projects will be paused until the
> next cycle.
""",
        note="a reply quoting a usage warning: no new item",
    )
)

MAILS.append(
    Mail(
        name="h3_reply_outlook_cafe24_ks",
        category="reply",
        lang="ko",
        sender=("김도윤", "doyoon.kim@dalbit-studio.kr"),
        subject="회신: [카페24] dalbit01 계정 트래픽 사용량 90% 도달 안내",
        date="2026-11-17 16:30 +0900",
        charset="ks_c_5601-1987",
        cte="quoted-printable",
        headers={"X-Mailer": "Microsoft Outlook 16.0"},
        text="""네, 확인했습니다. 오늘 저녁에 상품 변경 신청하겠습니다.

-----원본 메시지-----
보낸 사람: 카페24 호스팅센터 <hosting@cafe24.com>
보낸 날짜: 2026년 11월 17일 화요일 오후 3:48
받는 사람: ops@dalbit-studio.kr
제목: [카페24] dalbit01 계정 트래픽 사용량 90% 도달 안내

안녕하세요, 카페24 호스팅센터입니다.

고객님의 웹호스팅 계정 트래픽(데이터 전송량) 사용량이 일일 제공량의 90%에 도달하여 알려드립니다.

 ▶ 호스팅 아이디 : dalbit01
 ▶ 일일 제공량   : 1.5GB / 현재 사용량 1.36GB (90.6%)
""",
        note="Outlook reply ('회신:') with the notice below a '원본 메시지' line: a reply, not a forward",
    )
)

MAILS.append(
    Mail(
        name="h3_reply_long_thread_kakao",
        category="reply",
        lang="ko",
        sender=("정하늘", "haneul.jung@dalbit-studio.kr"),
        subject="RE: RE: RE: [카카오디벨로퍼스] 카카오 로그인 이메일 동의항목 사용을 위한 비즈 앱 전환 요청",
        date="2026-11-20 17:52 +0900",
        to=DEV,
        cte="base64",
        text="""사업자등록증 사본 올렸고, 달빛포인트는 오늘 비즈 앱 전환 신청까지 끝냈습니다.
달빛클래스는 법인 분리 건 정리되면 다음 달에 하겠습니다.

2026년 11월 19일 (목) 오후 2:10, 이서준 <seojun.lee@dalbit-studio.kr>님이 작성:
> 사업자 정보는 재무팀에 요청해 두었어요. 내일 받을 수 있을 듯합니다.
>
> 2026년 11월 18일 (수) 오전 10:31, 박민지 <minji.park@dalbit-studio.kr>님이 작성:
>> 포인트 앱은 이메일로 회원 식별하고 있어서 막히면 로그인 자체가 안 됩니다.
>> 누가 사업자 정보 등록 가능하신가요?
>>
>> 2026년 11월 17일 (화) 오전 9:05, 정하늘 <haneul.jung@dalbit-studio.kr>님이 작성:
>>> 카카오에서 아래 메일이 왔는데, 우리 앱 두 개가 해당된다고 합니다. 확인 부탁드려요.
>>>
>>> 2026년 11월 16일 (월) 오후 4:00, Kakao Developers <noreply@kakaocorp.com>님이 작성:
>>>> 안녕하세요, 카카오입니다.
>>>>
>>>> 관리 중인 앱 가운데 아래 앱이 비즈 앱으로 전환되지 않은 상태로 이메일 동의항목을 사용하고 있습니다.
>>>> 앱별 전환 기한까지 비즈 앱 전환을 완료하지 않으면 해당 앱의 이메일 동의항목 사용이 중지됩니다.
>>>>
>>>> | 앱 이름    | 앱 ID   | 전환 기한 |
>>>> | 달빛포인트 | 4194304 | 2026년 12월 14일(월) |
>>>> | 달빛클래스 | 5242880 | 2027년 1월 11일(월) |
""",
        note="a long internal thread quoting the Kakao digest at the bottom: no new item",
    )
)

# ======================================= negatives ====================================================

MAILS.append(
    Mail(
        name="h3_neg_gabia_promo",
        category="negative",
        lang="ko",
        sender=("가비아", "news@gabia.com"),
        subject="(광고) [가비아] .com 도메인 첫해 1,900원! 11월 30일까지",
        date="2026-11-16 10:00 +0900",
        form="html",
        headers=_UNSUB_GABIA,
        html="""<html><body style="margin:0">
<div style="display:none">지금 등록하면 첫해 1,900원 - 기간 한정 특가</div>
<table width="680" align="center" style="font-family:'Malgun Gothic'"><tr><td>
<img src="https://static.gabia.com/mail/2611/com_event.jpg" width="680" alt=".com 도메인 첫해 1,900원"><br>
<p style="font-size:20px;text-align:center"><b>원하는 도메인, 지금 아니면 다른 사람이 가져갑니다</b></p>
<p style="text-align:center">.com / .net / .co.kr 신규 등록 특가<br>
이벤트 기간: 2026.11.16 ~ 2026.11.30<br>
※ 첫해 등록에만 적용되며, 연장 시에는 정상가가 적용됩니다.</p>
<p style="text-align:center"><a href="https://domain.gabia.com/event">도메인 검색하기</a></p>
<p style="font-size:11px;color:#999">본 메일은 2026년 11월 16일 기준,
광고성 정보 수신에 동의하신 회원님께 발송되었습니다.<br>
수신을 원하지 않으시면 <a href="https://www.gabia.com/mail/deny">수신거부</a>를 클릭하세요.<br>
(주)가비아 | 경기도 성남시 분당구 대왕판교로 660</p>
</td></tr></table></body></html>
""",
        note="registrar marketing ((광고), List-Unsubscribe): nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_cafe24_coupon",
        category="negative",
        lang="ko",
        sender=("카페24", "event@cafe24.com"),
        subject="(광고) 보유하신 호스팅 할인 쿠폰이 곧 만료됩니다",
        date="2026-11-20 12:00 +0900",
        headers={"List-Unsubscribe": "<https://www.cafe24.com/mail/unsubscribe?id=77821>"},
        text="""(광고) 카페24

회원님, 사용하지 않은 쿠폰이 있어요!

 · 쿠폰명 : 웹호스팅 신규/상품변경 20% 할인
 · 만료일 : 2026-11-30 23:59
 · 사용처 : 카페24 호스팅 신청 및 상품 변경 시

쿠폰은 만료일이 지나면 자동 소멸되며 재발급되지 않습니다.
지금 확인하기: https://hosting.cafe24.com/?controller=coupon

무료 수신거부: https://www.cafe24.com/mail/unsubscribe
(주)카페24 | 고객센터 1588-3284
""",
        note="coupon expiry (쿠폰 만료): nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_ncloud_credit",
        category="negative",
        lang="ko",
        sender=("NAVER Cloud Platform", "noreply@ncloud.com"),
        subject="[NAVER Cloud Platform] 무료 크레딧 소멸 예정 안내",
        date="2026-11-01 10:00 +0900",
        text=f"""안녕하세요. 네이버 클라우드 플랫폼입니다.

고객님 계정에 지급된 신규 가입 무료 크레딧의 유효기간이 곧 만료됩니다.

 - 크레딧 종류: 신규 가입 크레딧
 - 잔여 크레딧: 87,300원
 - 소멸 예정일: {ko(2026, 12, 31)}

소멸 예정일이 지나면 남은 크레딧은 자동으로 소멸되며 복구되지 않습니다.
크레딧 소멸 이후 발생하는 이용 요금은 등록된 결제 수단으로 청구됩니다.

네이버클라우드 주식회사
""",
        note=(
            "promotional credit expiry, not a quota, domain or sign-in notice: nothing (like a free trial"
            " ending, nothing breaks that the ops person must fix)"
        ),
    )
)

MAILS.append(
    Mail(
        name="h3_neg_vercel_trial_en",
        category="negative",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Your Pro trial ends in 3 days",
        date="2026-11-12 15:00 +0000",
        to=DEV,
        text="""Hi dalbit-dev,

Your 14-day Pro trial for the team dalbit-dev ends in 3 days, on November 15, 2026.

After the trial, your team will move back to the Hobby plan automatically. No action is needed unless
you want to keep Pro features such as team collaboration and higher included usage.

Upgrade to Pro: https://vercel.com/dalbit-dev/~/settings/billing

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
""",
        note="a trial ending that falls back to the free plan: no quota breach, nothing to act on; nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_newsletter_deprecation",
        category="negative",
        lang="ko",
        sender=("요즘IT", "newsletter@yozm.wishket.com"),
        subject="[요즘IT 위클리] 소셜 로그인 API 지원 종료, 어떻게 대비할까?",
        date="2026-11-18 08:00 +0900",
        form="html",
        headers={"List-Unsubscribe": "<https://yozm.wishket.com/newsletter/unsubscribe/?t=91xa>"},
        html="""<html><body style="font-family:Pretendard,sans-serif">
<table width="600" align="center"><tr><td>
<h2>이번 주 요즘IT</h2>
<h3>1. 소셜 로그인 API 지원 종료, 어떻게 대비할까?</h3>
<p>카카오는 2020년 2월 v1 사용자 정보 요청 API를 1차 종료했고, 구글은 2023년 3월 31일 이후
gapi.auth2 기반 로그인 라이브러리를 더 이상 지원하지 않는다고 밝혔습니다. 플랫폼마다 지원 종료
일정을 미리 공지하지만, 공지 메일이 퇴사자 메일함으로 가는 경우가 많습니다. 실무자가 챙겨야 할
체크리스트를 정리했습니다.</p>
<p><a href="https://yozm.wishket.com/magazine/detail/3021/">아티클 읽기</a></p>
<h3>2. 도메인 만료로 서비스가 멈춘 날</h3>
<p>만료일을 놓쳐 하루 동안 서비스가 멈췄던 스타트업의 회고.</p>
<p style="font-size:11px;color:#999">요즘IT 뉴스레터를 구독해 주셔서 감사합니다.<br>
<a href="https://yozm.wishket.com/newsletter/unsubscribe/">구독 취소</a> | (주)위시켓</p>
</td></tr></table></body></html>
""",
        note="newsletter about deprecation in general, with past dates: nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_wdrp_hostingkr",
        category="negative",
        lang="ko",
        sender=("호스팅케이알", "help@hosting.kr"),
        subject="[hosting.kr] 도메인 등록정보 확인 요청 (WDRP)",
        date="2026-10-05 09:00 +0900",
        text="""안녕하세요. 호스팅케이알입니다.

ICANN의 WDRP(Whois Data Reminder Policy)에 따라, 매년 1회 도메인 등록정보의 정확성 확인을
요청드리고 있습니다. 아래 정보가 정확하다면 별도의 조치는 필요하지 않습니다.

 도메인명 : dalbitstudio.net
 등록자   : Dalbit Studio
 이메일   : jiwoo.han@dalbit-studio.kr
 생성일   : 2020-08-14
 만료일   : 2027-08-14

정보가 변경되었다면 마이페이지 > 도메인 관리 > 정보 변경에서 수정해 주세요.
부정확한 정보는 도메인 정지 사유가 될 수 있습니다.

호스팅케이알
""",
        note="WHOIS accuracy reminder that merely lists an expiry: nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_ssl_cert_gabia",
        category="negative",
        lang="ko",
        sender=("가비아 SSL", "ssl@gabia.com"),
        subject="[가비아] SSL 인증서 만료 예정 안내 - www.dalbit-studio.co.kr",
        date="2026-11-05 09:30 +0900",
        text=f"""안녕하세요, 가비아입니다.

고객님께서 이용 중인 SSL 인증서의 유효기간이 곧 만료됩니다.

 - 인증서 : Sectigo PositiveSSL (DV)
 - 적용 도메인 : www.dalbit-studio.co.kr
 - 만료일 : {ko(2026, 12, 5)}

인증서가 만료되면 웹 브라우저에 보안 경고가 표시됩니다.
갱신 후에는 새 인증서를 웹 서버에 설치해야 합니다.

가비아 SSL 고객센터 1544-4370
""",
        note="certificate expiry is not a built-in kind (nor a domain expiry): nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_cafe24_invoice_pdf",
        category="negative",
        lang="ko",
        sender=("카페24", "no-reply@cafe24.com"),
        subject="[카페24] 결제가 완료되었습니다 (디자인 스킨 구매)",
        date="2026-10-28 14:02 +0900",
        attachment=True,
        text="""결제가 정상적으로 완료되었습니다.

 주문번호 : 20261028-0013377
 상품명   : 쇼핑몰 디자인 스킨 'Moonlight' (영구 라이선스)
 결제금액 : 99,000원
 결제수단 : 신용카드 (국민 ****-1234)
 결제일시 : 2026-10-28 14:01

전자 영수증을 첨부해 드립니다.
디자인 적용: 쇼핑몰 관리자 > 디자인 > 디자인 보관함

(주)카페24 고객센터 1588-3284
""",
        note="receipt for an unrelated purchase, with a PDF: nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_personal_euckr",
        category="negative",
        lang="ko",
        sender=("윤하은", "haeun.yoon@dalbit-studio.kr"),
        subject="다음 주 오사카 출장 건",
        date="2026-11-19 18:40 +0900",
        charset="euc-kr",
        cte="8bit",
        text="""팀장님,

제 여권이 12월 1일에 만료되는 걸 이제 알았어요. 재발급에 일주일 넘게 걸린다고 해서
다음 주 출장은 서준 님이 대신 가시는 게 좋을 것 같습니다.

그리고 회식 장소 예약은 금요일까지 확정해야 한다고 하네요.

하은 드림
""",
        note="personal mail mentioning an expiry: nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_google_security_ko",
        category="negative",
        lang="ko",
        sender=("Google", "no-reply@accounts.google.com"),
        subject="보안 알림",
        date="2026-11-14 23:51 +0000",
        form="html",
        html="""<html><body style="font-family:Roboto,Arial">
<table align="center" width="520" style="border:1px solid #dadce0;border-radius:8px"><tr><td style="padding:40px">
<img src="https://www.gstatic.com/images/branding/googlelogo/2x/googlelogo_color_74x24dp.png" width="74"><br>
<h2 style="font-weight:400">Windows 기기에서 새로 로그인함</h2>
<p>ops@dalbit-studio.kr</p>
<p>Windows 기기에서 Google 계정에 새로 로그인했습니다. 본인이 로그인한 경우 별도로 조치할 필요는
없습니다. 본인이 아니라면 Google에서 계정 보호를 도와드리겠습니다.</p>
<p><a href="https://accounts.google.com/AccountChooser?Email=ops@dalbit-studio.kr&amp;continue=
https://myaccount.google.com/alert/nt/1763164260000">활동 확인</a></p>
<p style="font-size:12px;color:#5f6368">https://myaccount.google.com/notifications에서도
보안 활동을 확인할 수 있습니다.<br>
이 이메일은 Google 계정 및 서비스의 중요한 변경사항을 알려드리기 위해 발송되었습니다.<br>
&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>
</td></tr></table></body></html>
""",
        note="a sign-in security alert is not a social-login deprecation: nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_it_password_expiry",
        category="negative",
        lang="ko",
        sender=("IT지원팀", "it-help@dalbit-studio.kr"),
        subject="[IT지원] 그룹웨어 비밀번호 만료 7일 전 안내",
        date="2026-11-18 07:00 +0900",
        to=OPS,
        text=f"""ops 계정 사용자님,

그룹웨어(메일/결재) 계정 비밀번호가 7일 후 만료됩니다.
만료일: {ko(2026, 11, 25)}

만료 전에 그룹웨어 > 개인설정 > 비밀번호 변경에서 변경해 주세요.
만료되면 로그인할 수 없으며 IT지원팀(내선 1004)에 초기화를 요청해야 합니다.

※ 비밀번호는 90일마다 변경해야 합니다. (정보보안 규정 제12조)

달빛스튜디오 IT지원팀
""",
        note="the company's own password expiry: nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_namecheap_ai_promo_en",
        category="negative",
        lang="en",
        sender=("Namecheap", "deals@namecheap.com"),
        subject="Register .ai domains now before prices go up",
        date="2026-11-10 16:00 +0000",
        form="alt",
        headers={
            "List-Unsubscribe": "<https://www.namecheap.com/unsubscribe/?e=ops%40dalbit-studio.kr>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        text="""Your next big idea deserves a .ai domain.

Register .ai domains now - this price expires November 30, 2026.
Search: https://www.namecheap.com/domains/registration/gtld/ai/

You're receiving this because you subscribed to Namecheap deals. Unsubscribe any time.
Namecheap, Inc. 4600 East Washington Street, Suite 300, Phoenix, AZ 85034
""",
        html="""<html><body style="font-family:Arial;text-align:center">
<h1>Your next big idea deserves a .ai domain</h1>
<p>Register .ai domains now &mdash; this price expires <b>November 30, 2026</b>.</p>
<p><a href="https://www.namecheap.com/domains/registration/gtld/ai/">Search .ai</a></p>
<p style="font-size:11px">You're receiving this because you subscribed to Namecheap deals.
<a href="https://www.namecheap.com/unsubscribe/">Unsubscribe</a></p>
</body></html>
""",
        note="registrar marketing with an 'expires' price: nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_kakao_event",
        category="negative",
        lang="ko",
        sender=("if(kakao)", "ifkakao@kakaocorp.com"),
        subject="if(kakao) 2026 사전 등록 마감 D-3",
        date="2026-11-22 10:00 +0900",
        headers={"List-Unsubscribe": "<mailto:ifkakao-unsubscribe@kakaocorp.com>"},
        text="""if(kakao) 2026 개발자 컨퍼런스 사전 등록이 3일 남았습니다.

 - 행사: 2026년 12월 9일(수) ~ 10일(목), 온라인 생중계
 - 사전 등록 마감: 11월 25일
 - 주요 세션: 카카오 로그인의 다음 10년, 대규모 트래픽을 견디는 메시지 플랫폼

지금 등록하기: https://if.kakao.com/2026

수신 거부를 원하시면 ifkakao-unsubscribe@kakaocorp.com 으로 메일을 보내 주세요.
(주)카카오
""",
        note="conference registration deadline (D-3) from a sign-in vendor: nothing",
    )
)

MAILS.append(
    Mail(
        name="h3_neg_dotname_registered",
        category="negative",
        lang="ko",
        sender=("닷네임코리아", "domain@dotnamekorea.com"),
        subject="[닷네임코리아] 도메인 등록이 완료되었습니다 (dalbit-kids.com)",
        date="2026-11-10 11:11 +0900",
        text="""닷네임코리아를 이용해 주셔서 감사합니다.

신청하신 도메인의 등록이 완료되었습니다.

 · 도메인명 : dalbit-kids.com
 · 등록일자 : 2026-11-10
 · 만료일자 : 2027-11-10
 · 네임서버 : ns1.dnsever.com / ns2.dnsever.com

등록 정보는 마이페이지 > 도메인 관리에서 확인하실 수 있습니다.

닷네임코리아 | 고객센터 1588-8565
""",
        note="registration receipt: the expiry a year out is no action item; nothing",
    )
)

# ======================================= phishing =====================================================

MAILS.append(
    Mail(
        name="h3_phish_gabia_lookalike",
        category="phishing",
        lang="ko",
        sender=("가비아", "billing@gabia-renew.com"),
        subject="[가비아] 도메인 만료 - 즉시 결제하지 않으면 삭제됩니다",
        date="2026-11-21 01:12 +0900",
        form="html",
        html="""<html><body>
<p>고객님의 도메인 <b>dalbit-studio.co.kr</b> 이(가) 만료되었습니다.</p>
<p>2026년 11월 22일까지 결제하지 않으면 도메인이 삭제되며 복구할 수 없습니다.</p>
<p><a href="http://gabia-renew.com/pay?d=dalbit-studio.co.kr">지금 결제하기</a></p>
<p style="font-size:11px">(주)가비아</p>
</body></html>
""",
        note="look-alike domain gabia-renew.com (authenticates for itself, not for gabia.com)",
        items=[item(DOMAIN, "Gabia", "dalbit-studio.co.kr", "2026-11-22", suspicious=True)],
    )
)

MAILS.append(
    Mail(
        name="h3_phish_naver_gmail",
        category="phishing",
        lang="ko",
        sender=("네이버 개발자센터", "naverdev.notice@gmail.com"),
        subject="[긴급] 네이버 로그인 API 이용 중지 예정 안내",
        date="2026-11-18 22:30 +0900",
        text="""네이버 로그인 API를 이용 중인 개발자님께

귀하의 애플리케이션 달빛예약이 보안 점검에서 위반으로 확인되어
2026년 11월 25일 네이버 로그인 API 이용이 중지될 예정입니다.

이용 중지를 막으려면 아래 링크에서 Client Secret 을 재인증해 주세요.
http://naver-developers-verify.com/app/auth

네이버 개발자센터
""",
        note="vendor display name on a gmail.com address",
        items=[item(SOCIAL, "Naver", "달빛예약", "2026-11-25", suspicious=True)],
    )
)

MAILS.append(
    Mail(
        name="h3_phish_cafe24_authfail",
        category="phishing",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 호스팅 용량 초과로 계정이 정지됩니다",
        date="2026-11-19 04:05 +0900",
        auth=[
            "mx.google.com;\r\n       dkim=fail header.i=@cafe24.com header.s=s1 header.b=Zq0x9mLe;\r\n"
            "       spf=fail (google.com: domain of hosting@cafe24.com does not designate 185.234.72.19 as"
            " permitted sender) smtp.mailfrom=hosting@cafe24.com;\r\n"
            "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=cafe24.com",
            "mail.cafe24.com; dkim=pass header.i=@cafe24.com; spf=pass smtp.mailfrom=cafe24.com;"
            " dmarc=pass header.from=cafe24.com",
        ],
        mailer="vps-4471.hostmaster-eu.net",
        text="""고객님의 호스팅 계정 dalbit01 의 디스크 용량이 초과되었습니다.

2026년 11월 20일까지 추가 용량을 결제하지 않으면 계정이 정지되고 모든 데이터가 삭제됩니다.

결제 페이지: http://cafe24-hosting-pay.info/login

카페24 호스팅센터
""",
        note="real vendor domain, but the topmost Authentication-Results says dkim/spf/dmarc fail; a forged lower"
        " header claims pass",
        items=[item(QUOTA, "Cafe24", "dalbit01", "2026-11-20", suspicious=True)],
    )
)

MAILS.append(
    Mail(
        name="h3_phish_kakao_punycode",
        category="phishing",
        lang="ko",
        sender=("Kakao Developers", "noreply@xn--kakaocrp-sbh.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 앱 키 만료 안내",
        date="2026-11-20 03:33 +0900",
        text="""안녕하세요, 카카오입니다.

달빛마켓 (앱 ID: 1048576) 앱의 REST API 키가 2026년 11월 27일 만료됩니다.
만료 후에는 카카오 로그인이 동작하지 않습니다.

아래에서 관리자 계정으로 로그인하여 앱 키를 갱신해 주세요.
https://developers.xn--kakaocrp-sbh.com/console/app

언제나 더 좋은 서비스를 제공하기 위해 최선을 다하겠습니다.
(주)카카오
""",
        note="homoglyph domain (Cyrillic o in kakaocorp.com, punycode xn--kakaocrp-sbh.com)",
        items=[item(SOCIAL, "Kakao", "달빛마켓", "2026-11-27", suspicious=True, aliases=["1048576"])],
    )
)

MAILS.append(
    Mail(
        name="h3_phish_hostingkr_prefix",
        category="phishing",
        lang="ko",
        sender=("hosting.kr", "notice@hosting.kr-renew.com"),
        subject="[hosting.kr] 도메인 만료 D-1 - 자동연장 실패",
        date="2026-11-22 02:47 +0900",
        form="html",
        charset="euc-kr",
        cte="base64",
        html="""<html><body>
<b>자동연장 결제에 실패했습니다.</b><br><br>
도메인: dalbitstudio.com<br>
만료일: 2026-11-23<br><br>
지금 카드 정보를 다시 입력하지 않으면 도메인이 삭제됩니다.<br>
<a href="http://hosting.kr-renew.com/card">카드 정보 입력</a>
</body></html>
""",
        note="vendor domain used as a prefix of another domain (hosting.kr-renew.com)",
        items=[item(DOMAIN, "hosting.kr", "dalbitstudio.com", "2026-11-23", suspicious=True)],
    )
)

MAILS.append(
    Mail(
        name="h3_phish_apple_lookalike_en",
        category="phishing",
        lang="en",
        sender=("Apple Developer", "developer@appleid-developer.com"),
        subject="Action required: Sign in with Apple will be disabled for your app",
        date="2026-11-15 13:20 +0000",
        to=DEV,
        text="""Dear Developer,

Your Services ID kr.dalbit.web does not comply with the new Sign in with Apple requirements.
Sign in with Apple will be disabled for your app on November 20, 2026 unless you verify your
developer account.

Verify now: https://appleid-developer.com/account/verify

Apple Developer Relations
""",
        note="look-alike domain appleid-developer.com",
        items=[
            item(
                SOCIAL,
                "Apple",
                "kr.dalbit.web",
                "2026-11-20",
                suspicious=True,
                aliases=["Sign in with Apple", "Apple로 로그인"],
            )
        ],
    )
)
