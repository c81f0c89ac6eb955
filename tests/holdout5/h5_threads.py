"""holdout5 forwards, ticket mails, follow-ups, resolutions and replies (quota and sign-in)."""
# ruff: noqa: E501  (mail bodies keep the vendors' long HTML lines)

from __future__ import annotations

from corpus_lib import QUOTA, SOCIAL, Mail, item
from h5lib import GROUP_DOMAIN, M365_DOMAIN, kwd, m365_auth, m365_headers

OPS = f"ops@{GROUP_DOMAIN}"
INFRA = f"infra@{M365_DOMAIN}"

MAILS: list[Mail] = []

MAILS.append(
    Mail(
        name="h5_fw_outlook_en_netlify",
        category="forward",
        lang="en",
        sender=("Daniel Cho", f"daniel.cho@{M365_DOMAIN}"),
        to=INFRA,
        subject="FW: [Netlify] Your team Gurum Marketing has used 100% of its bandwidth",
        date="2026-11-17 09:05 +0900",
        form="alt",
        cte="quoted-printable",
        auth=m365_auth(M365_DOMAIN),
        authserv="",
        headers=m365_headers("h5_fw_outlook_en_netlify"),
        text="""FYI - the marketing site is down, looks like we ran out of bandwidth. Who owns the Netlify account?

Daniel

From: Netlify <team@netlify.com>
Sent: Monday, November 16, 2026 11:02 PM
To: Daniel Cho <daniel.cho@gurumsoft.co.kr>
Subject: [Netlify] Your team Gurum Marketing has used 100% of its bandwidth

Hi there,

Your team Gurum Marketing has used 100% of the bandwidth included in your Starter plan for the current
billing period (Oct 24 - Nov 23).

Because your team is on a plan without automatic upgrades, sites owned by this team have been paused and
now show a "Site not available" page. To bring them back, upgrade your plan or add a bandwidth add-on:
https://app.netlify.com/teams/gurum-marketing/billing

Bandwidth used: 100.3 GB / 100 GB

The Netlify Team
""",
        html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">FYI - the marketing site is down, looks like we ran
out of bandwidth. Who owns the Netlify account?<br><br>Daniel</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><font face="Calibri" style="font-size:11pt"><b>From:</b> Netlify &lt;team@netlify.com&gt;<br>
<b>Sent:</b> Monday, November 16, 2026 11:02 PM<br><b>To:</b> Daniel Cho &lt;daniel.cho@gurumsoft.co.kr&gt;<br>
<b>Subject:</b> [Netlify] Your team Gurum Marketing has used 100% of its bandwidth</font></div>
<div><p>Hi there,</p><p>Your team <b>Gurum Marketing</b> has used 100% of the bandwidth included in your Starter plan for
the current billing period (Oct 24 - Nov 23).</p><p>Sites owned by this team have been paused. To bring them back,
upgrade your plan or add a bandwidth add-on.</p>
<p><a href="https://app.netlify.com/teams/gurum-marketing/billing">Upgrade now</a></p>
<p>Bandwidth used: 100.3 GB / 100 GB</p><p>The Netlify Team</p></div></body></html>
""",
        items=[item(QUOTA, "Netlify", "Gurum Marketing", "default", aliases=["gurum-marketing"])],
        note="Outlook FW: with the English header block; sites already paused, no date (default); billing period"
        " dates are distractors",
    )
)

MAILS.append(
    Mail(
        name="h5_fw_gmail_apple_en",
        category="forward",
        lang="en",
        sender=("Jae Kwon", "jaekwon.dev@gmail.com"),
        to=OPS,
        subject="Fwd: Action required: Register your email sources for Sign in with Apple",
        date="2026-11-03 21:40 +0900",
        form="plain",
        cte="quoted-printable",
        text="""I still get Apple developer mail for the Sobok app on my personal account even though I left in
September. Sending it over so someone can take care of it. Please remove me from the team when you can.

Jae

---------- Forwarded message ---------
From: Apple Developer <developer@insideapple.apple.com>
Date: Tue, Nov 3, 2026 at 2:05 AM
Subject: Action required: Register your email sources for Sign in with Apple
To: <jaekwon.dev@gmail.com>


Hello,

Your app Sobok Market (com.sobok.market) uses Sign in with Apple and relays email to users who chose
Hide My Email. We noticed mail to these users from domains that are not registered for the Private Email
Relay Service.

Starting January 12, 2027, email sent from unregistered domains or email addresses will no longer be
delivered to users' private relay addresses. Register your email sources and make sure they pass SPF.

Register email sources:
https://developer.apple.com/account/resources/services/configure

Apple Developer Relations
Copyright (c) 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.
""",
        items=[item(SOCIAL, "Apple", "Sobok Market", "2027-01-12", aliases=["com.sobok.market"])],
        note="Gmail 'Forwarded message' from a departed developer's personal gmail; the original Apple date header"
        " is a distractor",
    )
)

MAILS.append(
    Mail(
        name="h5_fw_korean_naver_ko",
        category="forward",
        lang="ko",
        sender=("한소희", "sohee.han@hanbit-lab.kr"),
        to=OPS,
        subject="전달: [NAVER Developers] 네이버 로그인 접근 토큰 갱신 정책 변경 안내",
        date="2026-11-07 09:12 +0900",
        form="plain",
        charset="utf-8",
        cte="quoted-printable",
        text=f"""팀 메일로 공유드려요. 소복마켓 앱 관리자가 저로 되어 있어서 저한테만 왔네요.
적용일 전에 리프레시 토큰 처리 로직 확인이 필요할 것 같습니다.

-----전달된 메시지-----
보낸사람: "네이버 개발자센터" <dl_developers@navercorp.com>
받는사람: <sohee.han@hanbit-lab.kr>
날짜: 2026년 11월 6일 (금) 오후 3:40:11
제목: [NAVER Developers] 네이버 로그인 접근 토큰 갱신 정책 변경 안내

안녕하세요. 네이버 개발자센터입니다.

네이버 로그인 접근 토큰 갱신(refresh) 정책이 아래와 같이 변경됩니다.

■ 대상 애플리케이션 : 소복마켓 (Client ID: sOb0kM4rk3tCl1ent7Xy)
■ 변경 내용 : 갱신 토큰(refresh token)을 한 번 사용하면 새 갱신 토큰이 발급되며, 이전 토큰은 즉시 만료됩니다.
■ 적용 일자 : 2027년 1월 20일{kwd(2027, 1, 20)}

적용 일자 이후 이전 갱신 토큰을 다시 사용하면 'invalid_grant' 오류가 반환됩니다.
적용 일자 전까지 응답으로 받은 새 갱신 토큰을 저장하도록 서비스를 수정해 주세요.

감사합니다.
""",
        items=[item(SOCIAL, "Naver", "소복마켓", "2027-01-20", aliases=["sOb0kM4rk3tCl1ent7Xy"])],
        note="Korean '전달된 메시지' block; the original send date is a distractor",
    )
)

MAILS.append(
    Mail(
        name="h5_ticket_iwinv_mixed",
        category="forward",
        lang="mixed",
        sender=("Hanbit IT Helpdesk", "support@hanbit-lab.zendesk.com"),
        to=OPS,
        subject="[Hanbit IT] New ticket #4821: [iwinv] 트래픽 초과 예정 안내 (hanbit-web01)",
        date="2026-11-18 10:02 +0900",
        form="plain",
        charset="utf-8",
        cte="base64",
        headers={"X-Zendesk-From-Account-Id": "1a2b3c4", "Auto-Submitted": "auto-generated"},
        text=f"""##- Please type your reply above this line -##

A new ticket was created by email from noreply@iwinv.kr.

Ticket #4821 | Priority: Normal | Group: Infrastructure | Assignee: (unassigned)
View ticket: https://hanbit-lab.zendesk.com/agent/tickets/4821

--- original message ---
From: iwinv <noreply@iwinv.kr>
Date: 2026-11-18 09:58 (KST)
Subject: [iwinv] 트래픽 초과 예정 안내 (hanbit-web01)

안녕하세요. iwinv 클라우드입니다.

고객님의 서버 트래픽 사용량이 이번 달 기본 제공량에 가까워져 안내드립니다.

  - 서버명 : hanbit-web01 (KR1-Z02)
  - 기본 제공 트래픽 : 2,000GB
  - 현재 사용량 : 1,874GB (93.7%)

현재 추세라면 2026년 11월 27일{kwd(2026, 11, 27)} 오전 10시경 제공량을 초과하며, 초과 시점부터
네트워크 속도가 10Mbps로 제한됩니다. 제한을 원하지 않으시면 그 전에 트래픽 추가 상품을 신청해 주세요.

iwinv | 스마일서브 고객센터 1688-4879
--- end of original message ---

This email is a service from Hanbit IT. Delivered by Zendesk
""",
        items=[item(QUOTA, "iwinv", "hanbit-web01", "2026-11-27")],
        note="notice quoted inside a ticketing-system mail (Zendesk-style); labelled with the vendor's item",
    )
)

# === follow-ups that move a date =================================================================
MAILS.append(
    Mail(
        name="h5_kakao_followup_moved_ko",
        category="followup",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply-developers@kakaocorp.com"),
        to="dev@hanbit-lab.kr",
        subject="[일정 변경] 카카오 JavaScript SDK 1.x 지원 종료 일정 연기 안내",
        date="2026-11-10 14:00 +0900",
        form="alt",
        charset="utf-8",
        cte="quoted-printable",
        text=f"""안녕하세요, 카카오입니다.

지난 9월 15일 공지드린 카카오 JavaScript SDK 1.x 버전 지원 종료 일정을 개발자 여러분의 전환 기간 확보를 위해
아래와 같이 연기합니다.

  - 변경 전 : 2026년 12월 3일{kwd(2026, 12, 3)}
  - 변경 후 : 2027년 2월 4일{kwd(2027, 2, 4)}

지원 종료 이후에는 1.x 버전의 SDK 파일(kakao.min.js 1.x)이 제공되지 않으며, 카카오 로그인을 포함한 SDK 기능이 동작하지 않습니다.
JavaScript SDK 2.x로 전환해 주세요. 전환 가이드: https://developers.kakao.com/docs/latest/ko/javascript/getting-started

감사합니다.
""",
        html=f"""<html><body style="font-family:sans-serif;font-size:14px;line-height:1.8">
<p>안녕하세요, 카카오입니다.</p>
<p>지난 9월 15일 공지드린 <b>카카오 JavaScript SDK 1.x</b> 지원 종료 일정을 아래와 같이 <b>연기</b>합니다.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>변경 전</th><th>변경 후</th></tr>
<tr><td><s>2026년 12월 3일{kwd(2026, 12, 3)}</s></td><td><b>2027년 2월 4일{kwd(2027, 2, 4)}</b></td></tr></table>
<p>지원 종료 이후 1.x SDK로는 카카오 로그인을 포함한 기능이 동작하지 않습니다. 2.x로 전환해 주세요.</p>
<p style="color:#888;font-size:12px">(주)카카오 | 카카오디벨로퍼스</p></body></html>
""",
        items=[
            item(
                SOCIAL,
                "Kakao",
                "카카오 JavaScript SDK 1.x",
                "2027-02-04",
                aliases=["Kakao JavaScript SDK 1.x", "JavaScript SDK 1.x", "kakao.min.js 1.x"],
            )
        ],
        note="follow-up moving the date: new date 2027-02-04; the old 2026-12-03 and the first notice date are"
        " distractors; general notice, so the target is the SDK being retired",
    )
)

MAILS.append(
    Mail(
        name="h5_gworkspace_followup_en",
        category="followup",
        lang="en",
        sender=("Google Workspace", "workspace-noreply@google.com"),
        to="admin@hanbit-lab.kr",
        subject="Update: storage enforcement for hanbit-lab.kr moved to January 15, 2027",
        date="2026-11-18 18:20 +0000",
        form="plain",
        cte="quoted-printable",
        text="""Hello Administrator,

We previously let you know that your organization hanbit-lab.kr is over its pooled storage limit and that
storage enforcement would begin on December 1, 2026.

We've extended that date. Enforcement for hanbit-lab.kr will now begin on January 15, 2027.

Current usage: 5.12 TB of 5 TB

Starting January 15, 2027, users in your organization won't be able to upload new files to Drive, and
Gmail may stop receiving new messages, until usage is below the limit. To avoid this, delete unneeded data
or purchase more storage before that date in the Admin console: https://admin.google.com/ac/storage

Sincerely,
The Google Workspace Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your
Google Workspace account.
""",
        items=[item(QUOTA, "Google Workspace", "hanbit-lab.kr", "2027-01-15")],
        note="follow-up: enforcement moved from 2026-12-01 (distractor) to 2027-01-15",
    )
)

# === resolutions ==================================================================================
MAILS.append(
    Mail(
        name="h5_vercel_upgraded_en",
        category="resolution",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        to=INFRA,
        subject="Your team gurum-web is now on the Pro plan",
        date="2026-11-16 02:31 +0000",
        form="html",
        cte="quoted-printable",
        auth=m365_auth("vercel.com"),
        authserv="",
        headers=m365_headers("h5_vercel_upgraded_en"),
        html="""<html><body style="font-family:Arial,sans-serif"><table width="465" align="center" style="border:1px solid #eaeaea;padding:20px"><tr><td>
<h1 style="font-size:22px;font-weight:400">Welcome to <strong>Pro</strong></h1>
<p>Your team <strong>gurum-web</strong> has been upgraded from Hobby to Pro. Your projects now have 1 TB of Fast Data Transfer
included per billing cycle, and usage beyond that is billed on demand instead of pausing your projects.</p>
<p>Your first invoice will be issued on December 16, 2026.</p>
<p><a href="https://vercel.com/gurum-web/~/usage">View usage</a></p>
<p style="font-size:12px;color:#666">Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723</p></td></tr></table></body></html>
""",
        items=[item(QUOTA, "Vercel", "gurum-web", None, resolves=True)],
        note="plan upgraded: resolves the gurum-web usage warning; invoice date is a distractor",
    )
)

MAILS.append(
    Mail(
        name="h5_kakao_migration_done_ko",
        category="resolution",
        lang="ko",
        sender=("카카오디벨로퍼스", "noreply-developers@kakaocorp.com"),
        to="dev@hanbit-lab.kr",
        subject="[카카오디벨로퍼스] 한빛마켓 앱의 액세스 토큰 전달 방식 전환이 확인되었습니다",
        date="2026-11-22 10:00 +0900",
        form="plain",
        charset="utf-8",
        cte="8bit",
        text="""안녕하세요, 카카오입니다.

앞서 안내드린 '카카오 로그인 액세스 토큰 쿼리 파라미터 전달 방식 지원 종료'와 관련하여,
아래 앱에서 최근 7일간 쿼리 파라미터 방식 요청이 더 이상 확인되지 않아 전환 완료로 처리되었음을 알려드립니다.

 - 앱 이름: 한빛마켓
 - 앱 ID: 1123456
 - 확인 일시: 2026-11-21 23:59

별도로 조치하실 사항은 없습니다. 감사합니다.
""",
        items=[item(SOCIAL, "Kakao", "한빛마켓", None, resolves=True, aliases=["1123456"])],
        note="migration confirmed: resolves the Kakao token-passing item for 한빛마켓",
    )
)

# === replies =====================================================================================
MAILS.append(
    Mail(
        name="h5_re_outlook_en_vercel",
        category="reply",
        lang="en",
        sender=("Minji Yoon", f"minji.yoon@{M365_DOMAIN}"),
        to=INFRA,
        subject="RE: Your team gurum-web has used 90% of its included Fast Data Transfer",
        date="2026-11-14 14:30 +0900",
        form="plain",
        cte="quoted-printable",
        auth=m365_auth(M365_DOMAIN),
        authserv="",
        headers=m365_headers("h5_re_outlook_en_vercel"),
        text="""I'll ask finance about the Pro plan today. The landing page video is probably what's eating the bandwidth,
I'll move it to the CDN bucket meanwhile.

Minji

-----Original Message-----
From: Vercel <notifications@vercel.com>
Sent: Saturday, November 14, 2026 1:22 PM
To: infra@gurumsoft.co.kr
Subject: Your team gurum-web has used 90% of its included Fast Data Transfer

Hi Gurum Infra,

Your team gurum-web has used 90% of the Fast Data Transfer included in the Hobby plan for the current
usage period (Nov 1 - Nov 30).

  Fast Data Transfer: 90.2 GB / 100 GB

When the limit is reached, your projects will be paused until the next period starts.
""",
        items=[],
        note="reply quoting a usage warning ('Original Message'): no new item",
    )
)

MAILS.append(
    Mail(
        name="h5_re_long_thread_ko",
        category="reply",
        lang="ko",
        sender=("정우진", "woojin.jung@hanbit-lab.kr"),
        to=OPS,
        subject="Re: Re: Re: [카페24] 10월 호스팅 사용량 리포트 (4개 계정)",
        date="2026-11-04 18:10 +0900",
        form="plain",
        charset="utf-8",
        cte="8bit",
        text=f"""로그 폴더 정리하고 나니 sotdam01은 2.4GB까지 내려갔습니다. 다음 달 리포트에서 정상으로 나오는지 볼게요.

2026년 11월 3일 (화) 오후 4:55, 김다은 <daeun.kim@hanbit-lab.kr>님이 작성:
> 우진님 혹시 FTP 계정 아직 있으세요? 저는 비밀번호를 몰라서요.
>
> 2026년 11월 2일 (월) 오전 11:20, 정우진 <woojin.jung@hanbit-lab.kr>님이 작성:
>> 제가 이번 주 안에 정리해 보겠습니다. 상품 변경은 비용 때문에 보류요.
>>
>> 2026년 11월 2일 (월) 오전 9:31, 김다은 <daeun.kim@hanbit-lab.kr>님이 작성:
>>> sotdam01 용량 초과라는데 누가 보실 수 있나요?
>>>
>>> ---------- Forwarded message ---------
>>> 보낸사람: 카페24 호스팅센터 <hosting@cafe24.com>
>>> Date: 2026년 11월 2일 (월) 오전 9:00
>>> Subject: [카페24] 10월 호스팅 사용량 리포트 (4개 계정)
>>>
>>> sotdam01 일반형 3.09GB / 3GB 1.4GB / 3GB 용량 초과
>>> sotdam01 계정은 웹 용량을 초과한 상태입니다. 초과 상태가 계속되면
>>> 2026년 11월 30일{kwd(2026, 11, 30)}부터 파일 업로드와 DB 쓰기가 제한됩니다.
""",
        items=[],
        note="long thread (three quoted levels, an inner forward) around the Cafe24 report: a reply, no new item;"
        " a colleague's cleanup is not a vendor resolution",
    )
)
