"""Forwards, replies, follow-ups and digests around the Moa Labs sign-in and domain notices."""

from __future__ import annotations

from h14_lib import DOMAIN, SOCIAL, attach_forward, item, m, wd

GANDI_INNER = m(
    name="fw04_inner_gandi",
    category="positive",
    lang="en",
    sender=("Gandi", "noreply@gandi.net"),
    subject="[Gandi] runlog.app has expired - restoration still possible",
    date="2026-11-12 08:00 +0100",
    text="""Hello,

The domain name runlog.app expired on 2026-11-10 and its services (website, email) are now
suspended.

Your domain is in its renewal grace period. You can still renew it at the normal price until
2026-12-10. After that date it will enter the redemption period (30 days), during which it can
only be restored for a restoration fee of EUR 139.00, and then it will be deleted.

Renew now: https://admin.gandi.net/domain/runlog.app/renew

Best regards,
The Gandi team

Gandi SAS - 63-65 boulevard Massena - 75013 Paris - France
""",
    to="ceo@moalabs.io",
)

MAILS = [
    # Gmail-style forward of an Apple notice (English inside a Korean note)
    m(
        name="fw01_gmail_apple_agreement_siwa",
        category="forward",
        lang="mixed",
        sender=("김지훈", "jihoon.kim@moalabs.io"),
        subject="Fwd: Action Required: Update your Sign in with Apple configuration for Runlog",
        date="2026-10-02 10:41 +0900",
        text="""dev@ 그룹에도 공유합니다. 런로그 iOS 담당자 확인 부탁드려요.

---------- Forwarded message ---------
From: Apple Developer <no_reply@email.apple.com>
Date: Thu, Oct 1, 2026 at 9:12 AM
Subject: Action Required: Update your Sign in with Apple configuration for Runlog
To: <jihoon.kim@moalabs.io>


Dear Jihoon Kim,

We're contacting you about Sign in with Apple for Runlog (App ID: 6449120387, bundle ID
com.moalabs.runlog).

Your app offers account creation but we could not confirm that it revokes user tokens through
the Sign in with Apple REST API when a user deletes their account, as required by App Store
Review Guideline 5.1.1(v).

Please update your app to call the /auth/revoke endpoint when accounts are deleted, and submit
an update by November 30, 2026. Apps that don't meet this requirement may be removed from the
App Store.

Regards,
Apple Developer Relations
""",
        items=[item(SOCIAL, "Apple", "Runlog", "2026-11-30", aliases=["6449120387", "com.moalabs.runlog"])],
        note="unsure: token-revocation requirement with a submit-by date counted as sign-in item",
    ),
    # Outlook forward, Korean "원본 메시지", ks_c_5601-1987, of the Naver review notice
    m(
        name="fw02_outlook_naver_ksc",
        category="forward",
        lang="ko",
        sender=("박서연", "seoyeon.park@moalabs.io"),
        subject="전달: [네이버 개발자센터] 네이버 로그인 검수 요청 안내 (포켓밀)",
        date="2026-10-20 17:03 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        mailer="moalabs.io",
        headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtEe4k2n0pQmR1xS2yW8ZbQ7TfAbw=="},
        text="""포켓밀 네이버 로그인 건입니다. 이번 주 안에 검수 요청 올려 주세요.
(점심은 똠양꿍 집 어때요?)

-----원본 메시지-----
보낸 사람: NAVER Developers <developers_noreply@navercorp.com>
보낸 날짜: 2026년 10월 20일 화요일 오전 11:02
받는 사람: seoyeon.park@moalabs.io
제목: [네이버 개발자센터] 네이버 로그인 검수 요청 안내 (포켓밀)

안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 API를 사용 중인 애플리케이션 '포켓밀'(Client ID: Pk3mealNv81Q)은 '개발 중'
상태입니다. 2026년 11월 17일까지 검수를 요청하지 않으면 네이버 로그인 API 사용이 중지됩니다.

감사합니다.
네이버 개발자센터 드림
""",
        items=[item(SOCIAL, "Naver", "포켓밀", "2026-11-17", aliases=["Pk3mealNv81Q", "PocketMeal"])],
        note="the forward's own date and the original send date are distractors; deadline already past on "
        "evaluation day",
    ),
    # Korean "전달된 메시지" forward of a Kakao SDK end-of-support notice
    m(
        name="fw03_kakao_sdk_android_forward",
        category="forward",
        lang="ko",
        sender=("이도윤", "doyoon.lee@moalabs.io"),
        subject="전달: [카카오디벨로퍼스] Kakao SDK for Android 1.x 지원 종료 안내",
        date="2026-11-06 09:12 +0900",
        text=f"""안드로이드 런로그 아직 1.30 쓰고 있는 것 같아요. 확인 부탁!

---------- 전달된 메시지 ----------
보낸사람: 카카오디벨로퍼스 <noreply@kakaocorp.com>
받는사람: <doyoon.lee@moalabs.io>
날짜: 2026. 11. 5. 오후 3:00
제목: [카카오디벨로퍼스] Kakao SDK for Android 1.x 지원 종료 안내

안녕하세요, 카카오디벨로퍼스입니다.

Kakao SDK for Android 1.x(구 버전)를 사용하는 앱 런로그(앱 ID 1051920)의 카카오 로그인 지원이
2027년 1월 15일({wd("2027-01-15")})에 종료됩니다. 종료 이후 구 버전 SDK로는 카카오 로그인이 동작하지 않습니다.

최신 Kakao SDK for Android v2로 업데이트해 주세요.

감사합니다.
""",
        items=[
            item(SOCIAL, "Kakao", "런로그", "2027-01-15", aliases=["1051920", "Runlog", "Kakao SDK for Android 1.x"])
        ],
    ),
    # Forward carrying the Gandi notice as message/rfc822
    attach_forward(
        m(
            name="fw04_rfc822_gandi_grace",
            category="forward",
            lang="en",
            sender=("Minji Choi", "ceo@moalabs.io"),
            subject="Fw: [Gandi] runlog.app has expired - restoration still possible",
            date="2026-11-12 18:20 +0900",
            text="""Team, see attached - did we forget runlog.app? Please renew today.

Minji
""",
            items=[item(DOMAIN, "Gandi", "runlog.app", "2026-12-10")],
            note="grace period: expired 2026-11-10, renew at normal price until 2026-12-10 -> the act-by date "
            "is 2026-12-10 (redemption end is later and costlier)",
        ),
        GANDI_INNER,
    ),
    # Replies
    m(
        name="rp01_reply_meta_graph",
        category="reply",
        lang="en",
        sender=("Eunji Han", "eunji.han@moalabs.io"),
        subject="Re: PocketMeal: Graph API v22.0 will expire on February 10, 2027",
        date="2026-11-11 10:15 +0900",
        headers={"In-Reply-To": "<meta-v22-notice@facebookmail.com>"},
        text="""I checked with the API Upgrade Tool - only /me?fields=... and the friends edge are affected.
I'll bump the SDK to v24 in the 4.8.0 release. Ticket: MOA-1822.

On Tue, Nov 10, 2026 at 10:05 PM Meta for Developers <notification@facebookmail.com> wrote:
> Hi Moa,
>
> Your app PocketMeal (App ID: 1093472218843301) made calls to Graph API v22.0 in the last 7 days.
> Graph API v22.0 will no longer be available on February 10, 2027. Calls to an expired version are
> automatically upgraded to the oldest available version, which may break your app.
>
> To avoid disruption, upgrade your calls to v24.0 or later.
""",
        items=[],
    ),
    m(
        name="rp02_reply_kakao_consent_ko",
        category="reply",
        lang="ko",
        sender=("정하늘", "haneul.jung@moalabs.io"),
        subject="RE: [카카오 로그인] 런로그 앱 동의항목 재검수 요청 안내",
        date="2026-11-17 11:40 +0900",
        text="""성별은 필요 없으니 선택 동의로 바꾸고, 이메일은 사용 목적 화면 캡처해서 재검수 올리겠습니다.

2026년 11월 16일 (월) 오후 2:20, 카카오디벨로퍼스 <noreply@kakaocorp.com>님이 작성:
> 카카오 로그인을 사용하는 런로그(앱 ID: 1051920) 앱의 동의항목 설정에 대해 안내드립니다.
>
> 아래 기한까지 동의항목 재검수를 신청해 주시기 바랍니다.
> - 재검수 신청 기한: 2027년 1월 5일(화) 오후 6시
> - 기한 내 미신청 시: 해당 동의항목이 '사용 안 함'으로 변경됩니다.
""",
        items=[],
    ),
    # Long thread: a reply quoting the Supabase notice several levels deep
    m(
        name="rp03_thread_supabase_long",
        category="reply",
        lang="en",
        sender=("Jihoon Kim", "jihoon.kim@moalabs.io"),
        subject="Re: Re: Re: Fwd: Your grace period has started",
        date="2026-11-16 19:02 +0900",
        form="alt",
        cte="quoted-printable",
        text="""Approved - go ahead with Pro. Card on file is fine.

On Mon, Nov 16, 2026 at 6:40 PM Seoyeon Park <seoyeon.park@moalabs.io> wrote:
> Pro is $25/month. Alternatively we can drop the events_raw table (410 MB). Your call.
>
> On Mon, Nov 16, 2026 at 3:11 PM Doyoon Lee <doyoon.lee@moalabs.io> wrote:
>> events_raw is still used by the weekly report, so dropping it is not an option for now.
>>
>> On Sun, Nov 15, 2026 at 9:02 AM Jihoon Kim <jihoon.kim@moalabs.io> wrote:
>>> Who owns runlog-db? See below.
>>>
>>> ---------- Forwarded message ---------
>>> From: Supabase <no-reply@supabase.com>
>>> Date: Sat, Nov 14, 2026 at 6:44 PM
>>> Subject: Your grace period has started
>>>
>>> Your organization Moa Labs is over its quota (Database Size Exceeded) on the Free Plan.
>>> You can continue with your projects until your grace period ends on 5 Dec, 2026. After that, the
>>> Fair Use Policy will apply.
""",
        html="""<div dir="ltr">Approved - go ahead with Pro. Card on file is fine.</div><br>
<div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 16, 2026 at 6:40 PM Seoyeon Park wrote:</div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Pro is $25/month. Alternatively we can drop the events_raw table (410 MB). Your call.<br>
<blockquote class="gmail_quote">events_raw is still used by the weekly report.<br>
<blockquote class="gmail_quote">Who owns runlog-db? See below.<br>
---------- Forwarded message ---------<br>From: Supabase &lt;no-reply@supabase.com&gt;<br>
Your organization Moa Labs is over its quota (Database Size Exceeded). You can continue with your
projects until your grace period ends on 5 Dec, 2026.
</blockquote></blockquote></blockquote></div>
""",
        items=[],
        note="reply in a long thread; the quoted notice gives no new item",
    ),
    # Follow-up: Google (Korean) extends the GIS date
    m(
        name="fu01_google_gis_extended_ko",
        category="followup",
        lang="ko",
        sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
        subject="=?UTF-8?Q?[=EC=97=85=EB=8D=B0=EC=9D=B4=ED=8A=B8]_Google_=EB=A1=9C=EA=B7=B8=EC=9D=B8_JavaScript_?="
        " =?UTF-8?Q?=EB=9D=BC=EC=9D=B4=EB=B8=8C=EB=9F=AC=EB=A6=AC_=EC=A2=85=EB=A3=8C_?="
        " =?UTF-8?Q?=EC=9D=BC=EC=A0=95_=EB=B3=80=EA=B2=BD?=",
        date="2026-11-20 03:30 +0000",
        cte="quoted-printable",
        text="""Google Cloud 고객님께,

2026년 10월 6일에 Google 로그인 JavaScript 라이브러리(platform.js)가 2027년 3월 31일에 종료된다고
안내해 드렸습니다. 개발자 의견을 반영하여 종료 일정을 아래와 같이 변경합니다.

  - 기존 종료일: 2027년 3월 31일
  - 변경된 종료일: 2027년 6월 30일

영향을 받는 프로젝트: pocketmeal-web (프로젝트 번호 418826731104)

변경된 종료일 전에 Google Identity Services로 이전해 주세요.

감사합니다.
Google Cloud팀

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
고객님의 계정 또는 Google Cloud Platform의 중요한 변경사항을 알려 드리기 위해 발송된 필수 서비스 공지입니다.
""",
        items=[
            item(
                SOCIAL,
                "Google",
                "pocketmeal-web",
                "2027-06-30",
                aliases=["418826731104", "platform.js", "Google Sign-In JavaScript library"],
            )
        ],
        note="follow-up moving the date: 2027-06-30; old 2027-03-31 and the earlier send date are distractors. "
        "Subject is RFC 2047 Q-encoded",
    ),
    # Digest: Meta developer alerts for two apps
    m(
        name="dg01_meta_two_apps",
        category="digest",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Developer alerts for your apps: action required",
        date="2026-10-26 19:20 +0000",
        form="alt",
        text="""Hi Moa,

You have 2 apps with required actions.

PocketMeal (App ID 1093472218843301)
  Facebook Login for iOS: your app uses Facebook SDK for iOS v14.1.0. SDK versions older than
  v17.0 will stop supporting Facebook Login on January 20, 2027. Update the SDK before then.

Runlog (App ID 2207719430015582)
  Graph API v21.0 calls detected. Graph API v21.0 will expire on December 8, 2026. Upgrade your
  calls before that date.

See all alerts: https://developers.facebook.com/apps/

Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025
""",
        html="""<html><body><table width="560" align="center" style="font-family:Helvetica">
<tr><td><h3>You have 2 apps with required actions</h3></td></tr>
<tr><td style="border-bottom:1px solid #ddd;padding:10px 0"><b>PocketMeal</b> &middot; 1093472218843301<br>
Facebook SDK for iOS older than v17.0: Facebook Login stops working on <b>January 20, 2027</b>.</td></tr>
<tr><td style="padding:10px 0"><b>Runlog</b> &middot; 2207719430015582<br>
Graph API v21.0 expires on <b>December 8, 2026</b>.</td></tr>
<tr><td><a href="https://developers.facebook.com/apps/">See all alerts</a></td></tr>
</table></body></html>
""",
        items=[
            item(SOCIAL, "Meta", "PocketMeal", "2027-01-20", aliases=["1093472218843301"]),
            item(SOCIAL, "Meta", "Runlog", "2026-12-08", aliases=["2207719430015582"]),
        ],
    ),
    # Digest: Kakao, two apps, table, 8bit UTF-8
    m(
        name="dg02_kakao_two_apps_talk_channel",
        category="digest",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        subject="[카카오디벨로퍼스] 카카오 로그인 REST API 구 버전(v1) 호출 앱 안내",
        date="2026-10-13 10:30 +0900",
        form="html",
        html=f"""<html><body><div style="max-width:620px;margin:0 auto;font-size:14px">
<p>안녕하세요, 카카오디벨로퍼스입니다.</p>
<p>카카오 로그인 사용자 정보 가져오기 구 버전 API(<code>/v1/user/me</code>)가 종료됨에 따라,
최근 30일 내 해당 API를 호출한 앱을 안내드립니다. 아래 종료 예정일 전에 <code>/v2/user/me</code>로 변경해 주세요.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>앱 이름</th><th>앱 ID</th><th>최근 호출일</th><th>종료 예정일</th></tr>
<tr><td>포켓밀</td><td>1043287</td><td>2026-10-11</td><td>2026년 12월 22일({wd("2026-12-22")})</td></tr>
<tr><td>런로그</td><td>1051920</td><td>2026-10-12</td><td>2027년 2월 16일({wd("2027-02-16")})</td></tr>
</table>
<p>※ 종료 예정일은 앱 생성 시기에 따라 다르게 적용됩니다.</p>
<p>카카오디벨로퍼스 드림</p>
<p style="color:#aaa;font-size:11px">(주)카카오 경기도 성남시 분당구 판교역로 166</p>
</div></body></html>
""",
        items=[
            item(SOCIAL, "Kakao", "포켓밀", "2026-12-22", aliases=["1043287", "PocketMeal"]),
            item(SOCIAL, "Kakao", "런로그", "2027-02-16", aliases=["1051920", "Runlog"]),
        ],
        note="최근 호출일 column is a distractor; 종료 예정일 per app",
    ),
    # Extra positive: Meta business verification (app mode), plain
    m(
        name="s17_meta_business_verification",
        category="positive",
        lang="en",
        sender=("Meta for Developers", "notification@facebookmail.com"),
        subject="Runlog: complete Business Verification to keep Advanced Access",
        date="2026-11-21 01:45 +0000",
        text="""Hi Moa Labs,

Your app Runlog (App ID 2207719430015582) has Advanced Access to the following permissions used
with Facebook Login: email, user_birthday.

Apps with Advanced Access must be connected to a verified business. Your business portfolio
Moa Labs Inc. (ID 884401927310558) has not completed Business Verification.

Complete Business Verification within 10 days. After that, your app will be switched to
Standard Access and only people with a role on the app will be able to log in with Facebook.

Start verification: https://business.facebook.com/settings/security

Thanks,
Meta for Developers
""",
        items=[item(SOCIAL, "Meta", "Runlog", "2026-12-01", aliases=["2207719430015582"])],
        note="unsure: business verification (not a version retirement) counted since Facebook Login breaks; "
        "'within 10 days' from Date 2026-11-21 (UTC)",
    ),
]
