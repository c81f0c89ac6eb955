"""holdout15 social-login-deprecation mails: Kakao (notice, date moved later, a long reply thread), Google
(action-required, then postponed with no end date), Meta (first notice, a 30-day reminder digest for two apps,
upgrade complete), Apple (notice and an Outlook forward), Naver (retirement announced, then withdrawn), LINE."""

from __future__ import annotations

from h15_lib import (
    BANNER_EN,
    BANNER_KO,
    SOCIAL,
    M,
    banner_html,
    item,
    kdate,
    outlook_fwd_en,
    safelink,
    word_header_block,
    word_html,
    wp,
)

KAKAO_SENDER = ("Kakao Developers", "noreply@kakaocorp.com")
KAKAO_APP = "하늘트래커"

_kakao_body = (
    "안녕하세요, 카카오디벨로퍼스입니다.\n\n"
    f"[{KAKAO_APP}] 앱(앱 ID: 1048213)에서 지원 종료 예정인 Kakao SDK for JavaScript 1.x 버전의 호출이 확인되어 "
    "안내드립니다.\n\n■ 대상\n- Kakao SDK for JavaScript v1 (kakao.min.js 1.x)의 Kakao.Auth.login(), "
    "Kakao.Auth.createLoginButton() 등 팝업 방식 로그인 함수\n\n■ 일정\n- 공지일: 2026년 9월 15일\n"
    "- 지원 종료일: 2026년 12월 31일(목)\n\n■ 영향\n지원 종료일 이후 v1 SDK를 통한 카카오 로그인 요청은 "
    "실패합니다. v2 SDK의 Kakao.Auth.authorize()로 전환해 주세요.\n\n■ 참고\n- 마이그레이션 가이드: "
    "https://developers.kakao.com/docs/latest/ko/javascript/getting-started\n"
    "- 문의: 데브톡 https://devtalk.kakao.com\n\n감사합니다.\n카카오디벨로퍼스 드림\n"
)

kakao_notice = M(
    name="h15_kakao_jssdk_v1_ko",
    category="positive",
    lang="ko",
    sender=KAKAO_SENDER,
    subject=f"[카카오디벨로퍼스] [{KAKAO_APP}] Kakao SDK for JavaScript v1 지원 종료 안내",
    date="2026-09-15 14:00 +0900",
    html=banner_html(
        "<html><body><div style=\"max-width:600px;font-family:'Apple SD Gothic Neo','Malgun Gothic';"
        'font-size:14px;line-height:1.7;color:#191919"><div style="background:#FEE500;padding:14px 20px;'
        'font-weight:bold">kakao developers</div><div style="padding:20px">'
        + _kakao_body.replace("\n", "<br>\n")
        + '</div><div style="padding:20px;font-size:11px;color:#999">(주)카카오 | 제주특별자치도 제주시 첨단로 242'
        " | 본 메일은 카카오디벨로퍼스 앱 관리자에게 발송되는 서비스 안내 메일입니다.</div></div></body></html>"
    ),
    form="html",
    cte="base64",
    items=[item(SOCIAL, "Kakao", KAKAO_APP, "2026-12-31", aliases=["1048213", "Kakao SDK for JavaScript v1"])],
    note="<br>-separated HTML; notice date (공지일) is a distractor",
)

kakao_moved = M(
    name="h15_kakao_jssdk_v1_moved_ko",
    category="followup",
    lang="ko",
    sender=KAKAO_SENDER,
    subject=f"[카카오디벨로퍼스] [{KAKAO_APP}] (일정 변경) Kakao SDK for JavaScript v1 지원 종료일 연장 안내",
    date="2026-11-12 11:00 +0900",
    text=(
        BANNER_KO
        + "\n안녕하세요, 카카오디벨로퍼스입니다.\n\n지난 9월 15일 안내드린 Kakao SDK for JavaScript v1 지원 종료 "
        "일정이 개발자 여러분의 전환 기간 요청을 반영하여 아래와 같이 변경되었습니다.\n\n"
        f"- 대상 앱: {KAKAO_APP} (앱 ID: 1048213)\n- 기존 종료일: 2026년 12월 31일\n"
        "- 변경된 종료일: " + kdate(2027, 3, 31) + "\n\n변경된 종료일까지 v2 SDK로 전환하지 않으면 로그인 "
        "요청이 실패합니다. 이미 전환을 완료하셨다면 본 메일은 무시하셔도 됩니다.\n\n카카오디벨로퍼스 드림\n"
    ),
    charset="euc-kr",
    cte="quoted-printable",
    items=[item(SOCIAL, "Kakao", KAKAO_APP, "2027-03-31", aliases=["1048213", "Kakao SDK for JavaScript v1"])],
    note="follow-up that moves the date: the old date (Dec 31) is a distractor",
)

kakao_thread = M(
    name="h15_kakao_long_thread_reply_ko",
    category="reply",
    lang="ko",
    sender=("최민준", "minjun.choi@haneul-lx.co.kr"),
    subject=f"RE: RE: 전달: [카카오디벨로퍼스] [{KAKAO_APP}] Kakao SDK for JavaScript v1 지원 종료 안내",
    date="2026-10-06 18:40 +0900",
    html=word_html(
        wp("네, 로그인 화면은 v2 SDK로 바꿔서 스테이징에 올렸습니다. 다음 주 화요일 배포 예정입니다.")
        + wp("")
        + wp("최민준 / 개발팀")
        + wp("")
        + word_header_block(
            [
                ("보낸 사람:", "이도현 &lt;dohyun.lee@haneul-lx.co.kr&gt;"),
                ("보낸 날짜:", "2026년 10월 6일 화요일 오후 5:12"),
                ("받는 사람:", "최민준 &lt;minjun.choi@haneul-lx.co.kr&gt;"),
                ("참조:", "it@haneul-lx.co.kr"),
                ("제목:", f"RE: 전달: [카카오디벨로퍼스] [{KAKAO_APP}] Kakao SDK for JavaScript v1 지원 종료 안내"),
            ]
        )
        + wp("민준님, 이 건 진행 상황 어떤가요?")
        + wp("")
        + word_header_block(
            [
                ("보낸 사람:", "김서연 &lt;seoyeon.kim@haneul-lx.co.kr&gt;"),
                ("보낸 날짜:", "2026년 9월 16일 수요일 오전 9:03"),
                ("받는 사람:", "it@haneul-lx.co.kr"),
                ("제목:", f"전달: [카카오디벨로퍼스] [{KAKAO_APP}] Kakao SDK for JavaScript v1 지원 종료 안내"),
            ]
        )
        + wp("카카오에서 온 메일입니다. 확인 부탁드립니다.")
        + wp("")
        + wp(
            f"[{KAKAO_APP}] 앱(앱 ID: 1048213)에서 지원 종료 예정인 Kakao SDK for JavaScript 1.x 버전의 호출이 "
            "확인되어 안내드립니다."
        )
        + wp("- 지원 종료일: 2026년 12월 31일(목)")
    ),
    form="alt",
    charset="ks_c_5601-1987",
    cte="quoted-printable",
    items=[],
    note="long Korean Outlook thread (Word HTML, QP cp949) quoting the Kakao notice: no new item",
)

GOOGLE_SENDER = ("Google Cloud", "CloudPlatform-noreply@google.com")
g_action = M(
    name="h15_google_gis_action_required_en",
    category="positive",
    lang="en",
    sender=GOOGLE_SENDER,
    subject="[EXTERNAL] [Action Required] Migrate from the Google Sign-In JavaScript Platform Library by "
    "November 30, 2026",
    date="2026-09-28 17:02 +0000",
    html=banner_html(
        '<html><body><div style="display:none">Your project haneul-portal-prod uses the deprecated platform.js '
        'library.</div><table width="600" align="center" style="font-family:Roboto,Arial;font-size:14px;'
        'color:#202124"><tr><td style="padding:24px 0"><img src="https://www.gstatic.com/images/branding/'
        'googlelogo/2x/googlelogo_color_74x24dp.png" width="74"></td></tr><tr><td><p>Hello Google Cloud '
        "customer,</p><p>We're writing to let you know that the Google Sign-In JavaScript Platform Library "
        "(<code>apis.google.com/js/platform.js</code> and <code>gapi.auth2</code>) will be fully retired on "
        "<b>November 30, 2026</b>. After that date, sign-in requests made with the library will fail.</p>"
        "<h3>What do I need to know?</h3><p>We have identified the following OAuth client in your project "
        "using the legacy library in the last 30 days:</p><ul><li>Project ID: <b>haneul-portal-prod</b></li>"
        "<li>OAuth client: 731022841157-portalweb.apps.googleusercontent.com</li></ul>"
        "<h3>What do I need to do?</h3><p>Migrate your sign-in flow to Google Identity Services before "
        'November 30, 2026. See the <a href="https://developers.google.com/identity/gsi/web/guides/'
        'migration">migration guide</a>.</p><p>Thanks for choosing Google Cloud.</p><p>&mdash; The Google '
        'Cloud Team</p></td></tr><tr><td style="font-size:11px;color:#5f6368;padding-top:24px">&copy; 2026 '
        "Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043<br>You have received this mandatory "
        "service announcement to update you about important changes to Google Cloud Platform or your account."
        "</td></tr></table></body></html>"
    ),
    form="alt",
    cte="quoted-printable",
    items=[
        item(
            SOCIAL,
            "Google",
            "haneul-portal-prod",
            "2026-11-30",
            aliases=["731022841157-portalweb.apps.googleusercontent.com"],
        )
    ],
    note="[Action Required] mail; date also in the subject",
)

g_postponed = M(
    name="h15_google_gis_postponed_en",
    category="followup",
    lang="en",
    sender=GOOGLE_SENDER,
    subject="[EXTERNAL] [Update] Google Sign-In JavaScript Platform Library retirement postponed",
    date="2026-11-05 18:10 +0000",
    text=(
        BANNER_EN
        + "\nHello Google Cloud customer,\n\nWe're writing to update you on the retirement of the Google Sign-In "
        "JavaScript Platform Library that we announced on September 28, 2026 for your project "
        "haneul-portal-prod.\n\nBased on feedback, we are postponing the retirement that was scheduled for "
        "November 30, 2026. The library remains deprecated and unsupported, and a new end date will be "
        "announced at a later time with at least 90 days' notice.\n\nWhat do I need to do?\nWe still recommend "
        "that you migrate to Google Identity Services as soon as possible:\n"
        + safelink("https://developers.google.com/identity/gsi/web/guides/migration", "gp")
        + "\n\nThanks for choosing Google Cloud.\n-- The Google Cloud Team\n\n(c) 2026 Google LLC 1600 "
        "Amphitheatre Parkway, Mountain View, CA 94043\n"
    ),
    cte="7bit",
    items=[item(SOCIAL, "Google", "haneul-portal-prod", None)],
    note="postponed: still deprecated, end date to be announced -> undated item; Nov 30 is the old date",
)

META_FOOT = (
    "\n\nMeta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025\n"
    "This message was sent to it@haneul-lx.co.kr. To help keep your account secure, please don't forward "
    "this email.\n"
)
meta_first = M(
    name="h15_meta_graph_v20_en",
    category="positive",
    lang="en",
    sender=("Meta for Developers", "notification@facebookmail.com"),
    subject="[EXTERNAL] Graph API v20.0 will be deprecated on December 8, 2026",
    date="2026-09-09 20:00 +0000",
    text=(
        BANNER_EN
        + "\nHi Haneul,\n\nYour app Haneul Tracker (App ID 771204559033170) made calls to Graph API v20.0 in the "
        "last 30 days. Version 20.0 will reach the end of its availability on December 8, 2026. After that date, "
        "calls to v20.0 will be automatically upgraded to v21.0, and Facebook Login behaviour and permission "
        "responses may change.\n\nTo avoid disruption, test and upgrade your app with the API Upgrade Tool:\n"
        "https://developers.facebook.com/tools/api_versioning/771204559033170\n\n"
        "Released: May 21, 2024\nChangelog: https://developers.facebook.com/docs/graph-api/changelog\n\n"
        "Thanks,\nThe Meta for Developers team" + META_FOOT
    ),
    cte="quoted-printable",
    items=[item(SOCIAL, "Meta", "Haneul Tracker", "2026-12-08", aliases=["771204559033170"])],
    note="release date is a distractor",
)

meta_digest = M(
    name="h15_meta_30d_digest_en",
    category="digest",
    lang="en",
    sender=("Meta for Developers", "notification@facebookmail.com"),
    subject="[EXTERNAL] Reminder: 2 of your apps use Graph API v20.0, available until Dec 8",
    date="2026-11-08 20:00 +0000",
    html=banner_html(
        '<html><body style="background:#f0f2f5"><table width="600" align="center" style="background:#fff;'
        'font-family:Helvetica,Arial;font-size:14px;color:#1c1e21"><tr><td style="padding:20px;border-bottom:'
        '1px solid #dadde1"><img src="https://static.xx.fbcdn.net/rsrc.php/meta-dev.png" width="120"></td>'
        '</tr><tr><td style="padding:20px"><p>Hi Haneul,</p><p>This is a reminder that Graph API v20.0 will be '
        "available for 30 more days. The following apps you administer are still calling it:</p>"
        '<table cellpadding="8" style="border-collapse:collapse;border:1px solid #dadde1">'
        '<tr style="background:#f5f6f7"><th align="left">App</th><th align="left">App ID</th>'
        '<th align="left">Version in use</th><th align="left">Available until</th></tr>'
        "<tr><td>Haneul Tracker</td><td>771204559033170</td><td>v20.0</td><td>Dec 8, 2026</td></tr>"
        "<tr><td>Haneul Driver</td><td>1290337410082251</td><td>v20.0</td><td>Dec 8, 2026</td></tr></table>"
        '<p>Calls made to v20.0 after that date will be served by v21.0.</p><p><a href="https://developers.'
        'facebook.com/apps">Go to App Dashboard</a></p></td></tr><tr><td style="padding:20px;font-size:11px;'
        'color:#8a8d91">Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025</td></tr></table>'
        '<img src="https://www.facebook.com/email_open_log_pic.php?mid=5f3a2c" width="1" height="1">'
        "</body></html>"
    ),
    form="html",
    cte="base64",
    items=[
        item(SOCIAL, "Meta", "Haneul Tracker", "2026-12-08", aliases=["771204559033170"]),
        item(SOCIAL, "Meta", "Haneul Driver", "2026-12-08", aliases=["1290337410082251"]),
    ],
    note="30-day reminder listing two apps in a table",
)

meta_done = M(
    name="h15_meta_upgrade_done_en",
    category="resolution",
    lang="en",
    sender=("Meta for Developers", "notification@facebookmail.com"),
    subject="[EXTERNAL] Haneul Tracker is now using Graph API v24.0",
    date="2026-11-21 02:30 +0000",
    text=(
        BANNER_EN
        + "\nHi Haneul,\n\nGood news: your app Haneul Tracker (App ID 771204559033170) has been upgraded and all "
        "of its calls in the last 7 days used Graph API v24.0. No further action is needed for the v20.0 "
        "deprecation on December 8, 2026.\n\nThanks,\nThe Meta for Developers team" + META_FOOT
    ),
    cte="7bit",
    items=[item(SOCIAL, "Meta", "Haneul Tracker", None, resolves=True, aliases=["771204559033170"])],
    note="migration done for one of the two apps (Haneul Driver stays open)",
)

_apple_text = (
    "Sign in with Apple: update to the new server-to-server notification requirements\n\n"
    "October 6, 2026\n\n"
    "Starting January 15, 2027, apps and websites that use Sign in with Apple must register a server-to-server "
    "notification endpoint for each primary App ID and Services ID. Sign in with Apple requests from clients "
    "without a registered endpoint will return an invalid_client error. In addition, client secrets signed "
    "with the legacy key format will no longer be accepted after this date.\n\n"
    "Your team Haneul Logistics Co., Ltd. (Team ID 8KQ3ZL2M7P) has the following identifier without an "
    "endpoint:\n  com.haneullx.tracker.signin (Services ID)\n\n"
    "Learn more: https://developer.apple.com/sign-in-with-apple/\n\n"
    "Copyright (c) 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014.\n"
    "All Rights Reserved | Privacy Policy | Account\n"
)
apple = M(
    name="h15_apple_siwa_endpoint_en",
    category="positive",
    lang="en",
    sender=("Apple Developer", "developer@insideapple.apple.com"),
    subject="[EXTERNAL] Action required: Sign in with Apple server-to-server notifications",
    date="2026-10-06 13:00 -0700",
    text=BANNER_EN + "\n" + _apple_text,
    cte="7bit",
    items=[item(SOCIAL, "Apple", "com.haneullx.tracker.signin", "2027-01-15", aliases=["Sign in with Apple"])],
    note="Starting <date> wording; the news date is a distractor",
)
apple_fwd = M(
    name="h15_apple_fw_outlook_ko",
    category="forward",
    lang="mixed",
    sender=("최민준", "minjun.choi@haneul-lx.co.kr"),
    subject="FW: [EXTERNAL] Action required: Sign in with Apple server-to-server notifications",
    date="2026-10-07 09:12 +0900",
    text=(
        "IT 담당자님,\n\n애플 로그인 관련 조치가 필요한 메일입니다. 애플 개발자 계정 Account Holder가 퇴사하신 "
        "분이라 IT에서 엔드포인트 등록 부탁드립니다.\n\n최민준\n\n"
        + outlook_fwd_en(
            "Apple Developer <developer@insideapple.apple.com>",
            "Wednesday, October 7, 2026 5:00 AM",
            "minjun.choi@haneul-lx.co.kr",
            "[EXTERNAL] Action required: Sign in with Apple server-to-server notifications",
            BANNER_EN + "\n" + _apple_text,
        )
    ),
    charset="ks_c_5601-1987",
    cte="base64",
    items=[item(SOCIAL, "Apple", "com.haneullx.tracker.signin", "2027-01-15", aliases=["Sign in with Apple"])],
    note="Korean note + English Outlook forward header, base64 cp949",
)

NAVER_SENDER = ("NAVER Developers", "dl_naverdevelopers@navercorp.com")
naver = M(
    name="h15_naver_login_v1_ko",
    category="positive",
    lang="ko",
    sender=NAVER_SENDER,
    subject="[네이버 개발자센터] 네이버 로그인 회원 프로필 조회 API v1 종료 예정 안내",
    date="2026-09-24 15:00 +0900",
    text=(
        BANNER_KO + "\n안녕하세요. 네이버 개발자센터입니다.\n\n네이버 로그인을 이용 중인 애플리케이션 "
        "'하늘물류 고객포털'(Client ID: hNlX3q7Rk2vPz0aYcW1e)에서 곧 종료되는 회원 프로필 조회 API v1 "
        "(https://openapi.naver.com/v1/nid/getUserProfile.xml) 호출이 확인되었습니다.\n\n"
        "1. 종료 대상 : 회원 프로필 조회 API v1 (XML 응답)\n2. 종료 일정 : 2026.12.15.\n"
        "3. 대응 방법 : JSON 응답의 /v1/nid/me API로 변경\n\n"
        "종료 이후에는 해당 API 호출 시 오류가 반환되어 로그인 후 회원 정보를 가져올 수 없습니다.\n\n"
        "감사합니다.\n네이버 개발자센터 드림\n"
    ),
    charset="euc-kr",
    cte="base64",
    items=[item(SOCIAL, "Naver", "하늘물류 고객포털", "2026-12-15", aliases=["hNlX3q7Rk2vPz0aYcW1e"])],
    note="2026.12.15. (trailing dot) form",
)
naver_withdrawn = M(
    name="h15_naver_login_v1_withdrawn_ko",
    category="resolution",
    lang="ko",
    sender=NAVER_SENDER,
    subject="[네이버 개발자센터] 회원 프로필 조회 API v1 종료 계획 철회 안내",
    date="2026-11-18 14:00 +0900",
    text=(
        BANNER_KO + "\n안녕하세요. 네이버 개발자센터입니다.\n\n2026년 9월 24일 안내드린 회원 프로필 조회 API v1 종료 "
        "계획(종료 예정일 2026.12.15.)이 철회되었음을 알려드립니다.\n\n기존 API는 별도 안내 시까지 계속 "
        "제공되며, 애플리케이션 '하늘물류 고객포털'(Client ID: hNlX3q7Rk2vPz0aYcW1e)에서 별도로 조치하실 "
        "사항은 없습니다. 다만 신규 기능은 /v1/nid/me API에만 추가되므로 전환을 권장드립니다.\n\n"
        "이용에 불편을 드려 죄송합니다.\n네이버 개발자센터 드림\n"
    ),
    charset="utf-8",
    cte="8bit",
    items=[item(SOCIAL, "Naver", "하늘물류 고객포털", None, resolves=True, aliases=["hNlX3q7Rk2vPz0aYcW1e"])],
    note=(
        "retirement withdrawn: nothing left to do, so it closes the open item (labelled as a resolution; "
        "unsure whether a tool should treat a cancellation as resolution or as nothing)"
    ),
)

line = M(
    name="h15_line_login_v21_en",
    category="positive",
    lang="en",
    sender=("LINE Developers", "dev-noreply@linecorp.com"),
    subject="[EXTERNAL] [LINE Developers] End of support for LINE Login v2.0 endpoints",
    date="2026-10-30 10:00 +0900",
    html=banner_html(
        '<html><body><table width="600" style="font-family:Helvetica,Arial;font-size:14px"><tr><td '
        'style="background:#06C755;color:#fff;padding:14px;font-weight:bold">LINE Developers</td></tr><tr><td '
        'style="padding:16px">Dear developer,<br><br>Thank you for using LINE Login.<br><br>The LINE Login '
        "v2.0 authorization and token endpoints (<code>https://access.line.me/dialog/oauth/weblogin</code>, "
        "<code>https://api.line.me/v2/oauth/accessToken</code>) will be discontinued on or after "
        "<b>January 31, 2027</b>. Your channel <b>Haneul Tracker Login</b> (Channel ID 2001847733) called these "
        "endpoints in October 2026.<br><br>Please migrate to LINE Login v2.1 before then.<br>"
        "Migration guide: https://developers.line.biz/en/docs/line-login/migration/<br><br>"
        "LINE Developers<br>LY Corporation</td></tr></table></body></html>"
    ),
    form="html",
    cte="quoted-printable",
    items=[item(SOCIAL, "LINE", "Haneul Tracker Login", "2027-01-31", aliases=["2001847733"])],
    note="'on or after' wording",
)


MAILS = [
    kakao_notice,
    kakao_thread,
    kakao_moved,
    g_action,
    g_postponed,
    meta_first,
    meta_digest,
    meta_done,
    apple,
    apple_fwd,
    naver,
    naver_withdrawn,
    line,
]
