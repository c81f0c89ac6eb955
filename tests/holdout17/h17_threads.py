"""holdout17 digests, forwards, follow-ups, resolutions and replies."""

from __future__ import annotations

from corpus_lib import DOMAIN, QUOTA, SOCIAL, Mail, item
from h17_lib import kd, layout

TO = "admin@hanbitbridge.org"
AUTH_ORG = "hanbitbridge.org"

MAILS: list[Mail] = []
RFC822: list[tuple[Mail, Mail]] = []  # (outer, attached notice)

# Digests -----------------------------------------------------------------------------------
MAILS.append(
    Mail(
        name="h17_gabia_digest_ko",
        category="digest",
        lang="ko",
        sender=("가비아", "domain@gabia.com"),
        to=TO,
        subject="[가비아] 만료 예정 도메인 3건 안내",
        date="2026-11-09 09:00 +0900",
        form="html",
        charset="euc-kr",
        cte="quoted-printable",
        html=layout(
            "<p>한빛다리재단 고객님, 만료 예정인 도메인을 안내해 드립니다.</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>도메인</th><th>등록일</th><th>만료일</th><th>자동연장</th></tr>"
            "<tr><td>hanbitbridge.kr</td><td>2019.12.10</td><td>2026.12.10</td><td>미설정</td></tr>"
            "<tr><td>hanbit-youth.kr</td><td>2021.01.05</td><td>2027.01.05</td><td>미설정</td></tr>"
            "<tr><td>한빛나눔.com</td><td>2022.12.28</td><td>2026.12.28</td><td>미설정</td></tr></table>"
            "<p>만료일이 지나면 도메인에 연결된 서비스가 중단됩니다.</p>",
            footer="(주)가비아 | 고객센터 1544-4370",
        ),
        items=[
            item(DOMAIN, "Gabia", "hanbitbridge.kr", "2026-12-10"),
            item(DOMAIN, "Gabia", "hanbit-youth.kr", "2027-01-05"),
            item(DOMAIN, "Gabia", "한빛나눔.com", "2026-12-28", aliases=["xn--910b51am3y98w.com"]),
        ],
    )
)
MAILS.append(
    Mail(
        name="h17_godaddy_digest_en",
        category="digest",
        lang="en",
        sender=("GoDaddy", "renewals@godaddy.com"),
        to=TO,
        subject="3 products in your account expire soon",
        date="2026-11-08 06:12 -0700",
        form="alt",
        text="""Customer Number: 318822907

These products expire soon. Renew them to keep things running.

  gala-hanbit.org          Expires Dec 12, 2026
  hanbitrun.org            Expires Jan 3, 2027
  hanbitbridge.info        Expires Dec 29, 2026

Renew all: https://account.godaddy.com/renewals

Copyright (C) 1999-2026 GoDaddy Operating Company, LLC.
""",
        html=layout(
            "<p>These products expire soon.</p><table>"
            "<tr><td>gala-hanbit.org</td><td>Expires Dec 12, 2026</td></tr>"
            "<tr><td>hanbitrun.org</td><td>Expires Jan 3, 2027</td></tr>"
            "<tr><td>hanbitbridge.info</td><td>Expires Dec 29, 2026</td></tr></table>",
            footer="GoDaddy Operating Company, LLC",
        ),
        items=[
            item(DOMAIN, "GoDaddy", "gala-hanbit.org", "2026-12-12"),
            item(DOMAIN, "GoDaddy", "hanbitrun.org", "2027-01-03"),
            item(DOMAIN, "GoDaddy", "hanbitbridge.info", "2026-12-29"),
        ],
    )
)
MAILS.append(
    Mail(
        name="h17_meta_digest_en",
        category="digest",
        lang="en",
        sender=("Meta for Developers", "developers@facebookmail.com"),
        to=TO,
        subject="Your apps use Graph API versions that will soon be unavailable",
        date="2026-10-22 12:00 -0700",
        text="""Hi Daniel,

The following apps you administer call Graph API versions that are reaching end of life:

  Hanbit Donate (2841109375520)  - v19.0 - available until February 3, 2027
  HBF Gala Check-in (7710452209) - v18.0 - available until 15 Dec 2026

Calls made after these dates will be upgraded automatically to the oldest supported version.

Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025
""",
        items=[
            item(SOCIAL, "Meta", "Hanbit Donate", "2027-02-03", aliases=["2841109375520"]),
            item(SOCIAL, "Meta", "HBF Gala Check-in", "2026-12-15", aliases=["7710452209"]),
        ],
    )
)

# Forwards -----------------------------------------------------------------------------------
MAILS.append(
    Mail(
        name="h17_fwd_gmail_hover_en",
        category="forward",
        lang="en",
        sender=("Minji Park", "minji@hanbitbridge.org"),
        to=TO,
        auth_domain=AUTH_ORG,
        subject="Fwd: Renewal payment failed - hanbitbridge.net",
        date="2026-11-20 21:14 -0800",
        text="""Hi all - this came to my old inbox. I think the card on file is Jae's and he left in August?
Can someone with the org card fix this before the expiry?

Minji

---------- Forwarded message ---------
From: Hover <help@hover.com>
Date: Thu, Nov 19, 2026 at 9:02 AM
Subject: Renewal payment failed - hanbitbridge.net
To: <minji@hanbitbridge.org>

Hi there,

We tried to auto-renew hanbitbridge.net but your card (Mastercard ending 0932) was declined.
Your domain expires on December 2, 2026. Please update your payment details and renew before then
to avoid losing the domain.

The Hover Team
""",
        items=[item(DOMAIN, "Hover", "hanbitbridge.net", "2026-12-02")],
        note="forward of an auto-renew failure: deadline = expiry",
    )
)
MAILS.append(
    Mail(
        name="h17_fwd_outlook_whois_ko",
        category="forward",
        lang="ko",
        sender=("이수진", "sujin.lee@hanbitbridge.org"),
        to=TO,
        auth_domain=AUTH_ORG,
        subject="전달: [후이즈] 도메인 만료 안내 hanbitbridge.co.kr",
        date="2026-11-16 10:40 +0900",
        charset="ks_c_5601-1987",
        cte="base64",
        text="""관리자님, 한국 사무소 도메인 만료 메일이 제 메일로 왔네요. 확인 부탁드려요.

-----원본 메시지-----
보낸 사람: 후이즈 <webmaster@whois.co.kr>
보낸 날짜: 2026년 11월 13일 금요일 오후 3:22
받는 사람: sujin.lee@hanbitbridge.org
제목: [후이즈] 도메인 만료 안내 hanbitbridge.co.kr

고객님의 도메인 hanbitbridge.co.kr 의 만료일은 2026년 12월 14일 입니다.
만료일 이전에 연장하지 않으시면 서비스가 중지됩니다.
(결제일: 2025년 12월 10일)
""",
        items=[item(DOMAIN, "Whois", "hanbitbridge.co.kr", "2026-12-14")],
    )
)
MAILS.append(
    Mail(
        name="h17_fwd_korean_naver_ko",
        category="forward",
        lang="ko",
        sender=("김도윤", "doyun.kim@hanbitbridge.org"),
        to=TO,
        auth_domain=AUTH_ORG,
        subject="Fwd: [네이버 개발자센터] 네이버 아이디로 로그인 API 변경 안내",
        date="2026-10-27 19:05 +0900",
        form="html",
        html='<div dir="ltr">웹사이트 로그인 관련이라 공유드립니다.<br><br>'
        '<div class="gmail_quote">---------- 전달된 메시지 ---------<br>보낸사람: <b>네이버 개발자센터</b> '
        "&lt;developers@navercorp.com&gt;<br>Date: 2026년 10월 26일 (월) 오전 11:00<br>"
        "Subject: [네이버 개발자센터] 네이버 아이디로 로그인 API 변경 안내<br>To: doyun.kim@hanbitbridge.org<br><br>"
        "<p>'한빛다리 봉사자 포털' 애플리케이션에서 사용 중인 네이버 로그인 프로필 조회 API 구버전이 "
        "<b>2026년 12월 17일</b>에 종료됩니다. 기한 내에 신규 API로 변경해 주세요.</p></div></div>",
        items=[item(SOCIAL, "Naver", "한빛다리 봉사자 포털", "2026-12-17")],
    )
)
MAILS.append(
    Mail(
        name="h17_groups_cloudflare_en",
        category="forward",
        lang="en",
        sender=("'Cloudflare' via HBF Admins", "admins@hanbitbridge.org"),
        to="admins@hanbitbridge.org",
        auth_domain=AUTH_ORG,
        subject="[hbf-admins] Domain transfer-in pending, hbf-events.org expires December 10, 2026",
        date="2026-11-19 08:00 +0000",
        headers={
            "List-ID": "<admins.hanbitbridge.org>",
            "X-Original-Sender": "noreply@notify.cloudflare.com",
            "Mailing-list": "list admins@hanbitbridge.org; contact admins+owners@hanbitbridge.org",
        },
        text="""Your domain hbf-events.org expires on December 10, 2026 (UTC).

Auto-renew is disabled. Renew from the Cloudflare dashboard to keep DNS resolving.

--
You received this message because you are subscribed to the Google Groups "HBF Admins" group.
To unsubscribe from this group and stop receiving emails from it, send an email to
admins+unsubscribe@hanbitbridge.org.
""",
        items=[item(DOMAIN, "Cloudflare", "hbf-events.org", "2026-12-10")],
        note="Google Groups resend: authenticated as the org's domain, original sender in X-Original-Sender",
    )
)
RFC822.append(
    (
        Mail(
            name="h17_fwd_rfc822_bluehost_en",
            category="forward",
            lang="en",
            sender=("Chris Yoon", "chris@hanbitbridge.org"),
            to=TO,
            auth_domain=AUTH_ORG,
            subject="FW: Disk usage exceeded on your hosting account",
            date="2026-11-18 09:12 -0500",
            text="Forwarding as attachment - Bluehost says the WP site gets suspended end of month.\n\nChris\n",
            items=[item(QUOTA, "Bluehost", "hanbitb1", "2026-11-30", aliases=["hanbitbridge-wp.org"])],
            note="notice attached as message/rfc822",
        ),
        Mail(
            name="h17_fwd_rfc822_bluehost_inner",
            category="positive",
            lang="en",
            sender=("Bluehost", "noreply@bluehost.com"),
            to="chris@hanbitbridge.org",
            subject="Disk usage exceeded on your hosting account",
            date="2026-11-17 18:20 -0700",
            text="""Hello Hanbit Bridge,

Your hosting account hanbitb1 (primary domain hanbitbridge-wp.org) is using 51.2 GB, which exceeds
the 50 GB included in your plan. If the account is still over its limit, it will be suspended on
November 30, 2026.
""",
        ),
    )
)

# Follow-ups ---------------------------------------------------------------------------------
MAILS.append(
    Mail(
        name="h17_followup_bluehost_en",
        category="followup",
        lang="en",
        sender=("Bluehost", "noreply@bluehost.com"),
        to=TO,
        subject="Update: suspension date extended for hanbitb1",
        date="2026-11-21 10:00 -0700",
        text="""Hello Hanbit Bridge,

Following your support chat, we've extended the deadline for account hanbitb1 to get under its
storage limit. The suspension previously scheduled for November 30, 2026 has been moved to
December 14, 2026.

Current usage: 50.8 GB of 50 GB.

Bluehost Support
""",
        items=[item(QUOTA, "Bluehost", "hanbitb1", "2026-12-14")],
        note="moved date; old date Nov 30 is a distractor",
    )
)
MAILS.append(
    Mail(
        name="h17_followup_kakao_ko",
        category="followup",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply@kakaocorp.com"),
        to=TO,
        subject="[카카오디벨로퍼스] (일정 변경) /v1/user/me 지원 종료 일정 연기 안내",
        date="2026-11-20 15:00 +0900",
        text=f"""안녕하세요, 카카오디벨로퍼스입니다.

앞서 안내드린 [한빛다리 후원] 앱의 카카오 로그인 /v1/user/me 지원 종료 일정이 변경되었습니다.

 - 기존: {kd(2027, 1, 15)}
 - 변경: {kd(2027, 2, 26)}

변경된 일정 전까지 /v2/user/me 로 전환해 주시기 바랍니다.
""",
        items=[item(SOCIAL, "Kakao", "한빛다리 후원", "2027-02-26")],
    )
)

# Resolutions -------------------------------------------------------------------------------
MAILS.append(
    Mail(
        name="h17_resolve_sq_receipt_en",
        category="resolution",
        lang="en",
        sender=("Squarespace", "no-reply@squarespace.com"),
        to=TO,
        subject="Your Squarespace receipt - hanbitbridge.org renewed",
        date="2026-11-21 11:48 -0500",
        form="html",
        attachment=True,
        html=layout(
            "<p>Thanks for your payment!</p><p>Order #SQ-55281930</p><table>"
            "<tr><td>Domain renewal &ndash; hanbitbridge.org (1 year)</td><td>$20.00</td></tr>"
            "<tr><td>Paid with</td><td>Visa ending 8120</td></tr></table>"
            "<p>hanbitbridge.org has been renewed. New expiration date: November 20, 2027.</p>",
            footer="Squarespace Domains LLC",
        ),
        items=[item(DOMAIN, "Squarespace", "hanbitbridge.org", "2027-11-20", resolves=True)],
    )
)
MAILS.append(
    Mail(
        name="h17_resolve_gws_storage_en",
        category="resolution",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to=TO,
        subject="Storage added to hanbitbridge.org",
        date="2026-11-19 16:30 +0000",
        text="""Hi Administrator,

Your purchase is complete. 100 GB of additional pooled storage has been added to hanbitbridge.org.
Your organization now has 130 GB of storage, and users can send and receive email again.

Order placed: November 19, 2026

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
        items=[item(QUOTA, "Google Workspace", "hanbitbridge.org", "default", resolves=True)],
    )
)
MAILS.append(
    Mail(
        name="h17_resolve_netlify_upgrade_en",
        category="resolution",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        to=TO,
        subject="Your team is now on Pro",
        date="2026-11-16 18:00 +0000",
        text="""Hi there,

Hanbit Bridge Volunteers has been upgraded to the Pro plan. Your bandwidth allowance is now 1TB per
month, effective immediately, so the usage warning you received no longer applies.

Next invoice: December 3, 2026

- The Netlify Team
""",
        items=[item(QUOTA, "Netlify", "Hanbit Bridge Volunteers", "default", resolves=True)],
    )
)

# Replies ------------------------------------------------------------------------------------
MAILS.append(
    Mail(
        name="h17_reply_gws_thread_en",
        category="reply",
        lang="en",
        sender=("Grace Cho", "grace@hanbitbridge.org"),
        to=TO,
        auth_domain=AUTH_ORG,
        subject="Re: Fwd: Your organization has run out of storage",
        date="2026-11-18 12:40 -0500",
        text="""I deleted the 2019 gala video folder from the shared drive, ~6 GB. Still need the board to
approve buying storage though.

On Wed, Nov 18, 2026 at 9:02 AM Daniel Han <daniel@hanbitbridge.org> wrote:
> Reply-all: anyone know who owns the big Drive folders?
>
> On Wed, Nov 18, 2026 at 3:12 AM Google Workspace <workspace-noreply@google.com> wrote:
>> hanbitbridge.org has used 100% (30 GB of 30 GB) of its pooled storage. Users in your
>> organization can't upload new files to Drive, and they can't send or receive email in Gmail
>> until storage is freed up or more storage is added.
""",
        items=[],
    )
)
MAILS.append(
    Mail(
        name="h17_reply_gabia_ko",
        category="reply",
        lang="ko",
        sender=("박지훈", "jihoon.park@hanbitbridge.org"),
        to=TO,
        auth_domain=AUTH_ORG,
        subject="RE: [가비아] 도메인 만료 안내 (hanbitbridge.or.kr)",
        date="2026-11-19 13:10 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text=f"""네, 재단 법인카드로 연장할게요. 이사회 승인 받으면 바로 처리하겠습니다.

-----Original Message-----
From: "가비아" <domain@gabia.com>
To: admin@hanbitbridge.org
Sent: 2026-11-19 (목) 10:02:00
Subject: [가비아] 도메인 만료 안내 (hanbitbridge.or.kr)

■ 도메인명 : hanbitbridge.or.kr
■ 만료일 : {kd(2026, 12, 21)} 오후 11시 59분
""",
        items=[],
    )
)
MAILS.append(
    Mail(
        name="h17_reply_meta_long_en",
        category="reply",
        lang="en",
        sender=("Daniel Han", "daniel@hanbitbridge.org"),
        to=TO,
        auth_domain=AUTH_ORG,
        subject="Re: Re: Re: Action required: Hanbit Donate is using Graph API v19.0",
        date="2026-11-09 22:03 -0800",
        form="alt",
        text="""Ok, our contractor says the donation plugin pins v19.0. I'll open a ticket with them.

On Mon, Nov 9, 2026, Minji Park wrote:
> Is this the thing that breaks the "Continue with Facebook" button?
>
> On Sat, Nov 7, 2026, Chris Yoon wrote:
>> No idea, I never touched the Meta app.
>>
>> On Wed, Nov 4, 2026, Meta for Developers <developers@facebookmail.com> wrote:
>>> Your app Hanbit Donate (App ID 2841109375520) is making calls to Graph API v19.0, which
>>> Facebook Login and the Graph API will stop supporting on February 3, 2027.
""",
        html="<div>Ok, our contractor says the donation plugin pins v19.0. I'll open a ticket with them.</div>"
        "<blockquote>Is this the thing that breaks the &quot;Continue with Facebook&quot; button?<blockquote>"
        "No idea, I never touched the Meta app.<blockquote>Your app Hanbit Donate (App ID 2841109375520) is "
        "making calls to Graph API v19.0, which Facebook Login and the Graph API will stop supporting on "
        "February 3, 2027.</blockquote></blockquote></blockquote>",
        items=[],
    )
)
