# ruff: noqa: E501
# (mail bodies are data: real vendor HTML and Korean lines are long, and wrapping them would change the mail)
"""holdout12: hosting-quota notices (disk, traffic, mailbox, image hosting, CI minutes) as Korean hosts and
a few global services word them, plus a digest, a forward, a follow-up, a resolution and replies."""

from __future__ import annotations

from corpus_lib import QUOTA, Mail, item
from h12_lib import m, q_subject

CAFE24_FOOT = (
    "\n본 메일은 발신전용 메일입니다. 궁금하신 사항은 카페24 호스팅센터 고객센터(1588-3284)로 문의해 주세요.\n"
    "카페24(주) | 서울특별시 동작구 보라매로5길 15 | 사업자등록번호 118-81-20586 | 통신판매업 제 2010-서울동작-0011호\n"
)

DOTHOME_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body bgcolor="#ffffff">
<center>
<table width="620" cellpadding="0" cellspacing="0" style="border:2px solid #3c8dbc;font-family:Gulim;font-size:12px">
<tr><td bgcolor="#3c8dbc" style="padding:10px;color:#ffffff"><b>dothome</b> | 닷홈 웹호스팅</td></tr>
<tr><td style="padding:18px">
<b>msevent</b> 회원님 안녕하세요.<br>닷홈입니다.<br><br>
회원님의 무료 호스팅 계정 디스크 사용량이 제공 용량을 초과하였습니다.<br><br>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px">
<tr><td bgcolor="#f2f2f2">계정(FTP 아이디)</td><td>msevent</td></tr>
<tr><td bgcolor="#f2f2f2">연결 도메인</td><td>msevent.dothome.co.kr</td></tr>
<tr><td bgcolor="#f2f2f2">디스크 사용량</td><td><font color="red">1,127MB</font> / 1,024MB (110%)</td></tr>
<tr><td bgcolor="#f2f2f2">확인 일시</td><td>2026-11-02 04:00</td></tr>
</table><br>
2026년 11월 30일까지 불필요한 파일을 삭제하시거나 유료 호스팅으로 전환하지 않으시면<br>
무료 호스팅 이용약관에 따라 해당 계정의 서비스가 <b>중지</b>됩니다.<br><br>
* 로그 파일(/logs), 백업 파일(*.zip, *.tar.gz)이 용량의 대부분을 차지하는 경우가 많습니다.<br>
* 웹 FTP는 마이닷홈 &gt; 호스팅 관리에서 이용하실 수 있습니다.<br>
</td></tr>
<tr><td style="padding:10px;color:#999;font-size:11px">애니시큐어(주) 닷홈 | 고객센터 1599-2583 | 이 메일은 서비스 안내 메일입니다.</td></tr>
</table></center></body></html>
"""

GODO_HTML = """<html><body style="margin:0">
<table role="presentation" width="100%" style="background:#eef1f5"><tr><td align="center" style="padding:30px 0">
<table role="presentation" width="600" style="background:#fff;font-family:'Noto Sans KR',sans-serif;font-size:14px;color:#222">
<tr><td style="padding:20px 28px;border-bottom:1px solid #e5e5e5"><img src="https://img.godo.co.kr/mail/nhncommerce_logo.png" alt="NHN커머스" height="24"></td></tr>
<tr><td style="padding:28px">
<h2 style="font-size:18px;margin:0 0 14px">이미지호스팅 용량 초과 안내</h2>
<p>안녕하세요, 고도몰 운영자님.<br>쇼핑몰 <b>맑은숲 에스테틱 몰</b>(msshop.godomall.com)의 이미지호스팅 사용량이 제공 용량을 초과했습니다.</p>
<table width="100%" style="border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #ddd;padding:8px;background:#fafafa;width:35%">상점 ID</td><td style="border:1px solid #ddd;padding:8px">msshop</td></tr>
<tr><td style="border:1px solid #ddd;padding:8px;background:#fafafa">사용량 / 제공량</td><td style="border:1px solid #ddd;padding:8px">5.2GB / 5GB</td></tr>
<tr><td style="border:1px solid #ddd;padding:8px;background:#fafafa">초과 확인일</td><td style="border:1px solid #ddd;padding:8px">2026.10.20</td></tr>
</table>
<p>안내일로부터 <b>3일 이내</b>에 용량을 추가 구매하시거나 사용하지 않는 이미지를 정리해 주세요.<br>
기간 내 조치되지 않으면 신규 이미지 업로드가 제한되고, 상품 상세 이미지가 쇼핑몰에 노출되지 않을 수 있습니다.</p>
<p style="font-size:12px;color:#888">&#x203B; 이미지호스팅 용량은 관리자 &gt; 부가서비스 &gt; 이미지호스팅 관리에서 확인할 수 있습니다.</p>
</td></tr>
<tr><td style="padding:18px 28px;background:#f7f7f7;font-size:11px;color:#999">NHN커머스(주) | 고도몰 고객센터 1688-7662 | 본 메일은 발신 전용입니다.</td></tr>
</table></td></tr></table>
<img src="https://track.godo.co.kr/o.gif?m=imgquota&amp;s=msshop" width="1" height="1" alt="" style="display:none">
</body></html>
"""

VERCEL_HTML = """<!DOCTYPE html><html><body style="background:#fafafa;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif">
<div style="display:none">Your team has used more than its included Fast Data Transfer.</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #eaeaea;border-radius:5px;padding:40px">
<tr><td><img src="https://assets.vercel.com/email/vercel-logo.png" width="40" alt="Vercel"></td></tr>
<tr><td style="font-size:24px;padding:24px 0 8px">Usage limit reached for <strong>malgeunsup</strong></td></tr>
<tr><td style="font-size:14px;line-height:24px;color:#000">
Hello,<br><br>
Your Hobby team <strong>malgeunsup</strong> has used <strong>100 GB of 100 GB</strong> of Fast Data Transfer
included in the current usage cycle (Nov 1 &ndash; Nov 30, 2026).<br><br>
Projects on the Hobby plan cannot exceed their included usage. Deployments of <strong>ms-booking-web</strong>
will be paused until the next cycle starts unless you upgrade to Pro.<br><br>
<a href="https://vercel.com/malgeunsup/~/usage" style="background:#000;color:#fff;padding:12px 20px;border-radius:5px;text-decoration:none">View Usage</a>
</td></tr>
<tr><td style="font-size:12px;color:#666;padding-top:32px;border-top:1px solid #eaeaea">
Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723<br>
You are receiving this because you are an owner of the malgeunsup team. <a href="https://vercel.com/account/notifications">Notification settings</a>
</td></tr></table></td></tr></table></body></html>
"""

CAFE24_DIGEST_HTML = """<html><body style="font-family:'Malgun Gothic';font-size:13px">
<table width="660" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:16px 0;border-bottom:2px solid #2e5bff"><b style="font-size:17px;color:#2e5bff">cafe24</b> 호스팅센터</td></tr>
<tr><td style="padding:20px 0">
안녕하세요, 카페24 호스팅센터입니다.<br>
고객님(아이디: msderm)께서 이용 중인 웹호스팅 계정 중 자원 사용량이 높은 계정을 알려드립니다.<br><br>
<table width="100%" border="1" cellpadding="7" cellspacing="0" style="border-collapse:collapse;border:1px solid #ccc;font-size:12px">
<tr style="background:#f3f6ff"><th>호스팅 계정</th><th>연결 도메인</th><th>항목</th><th>사용량</th><th>비율</th></tr>
<tr><td>msderm01</td><td>malgeunsup.co.kr</td><td>웹 디스크</td><td>9.2GB / 10GB</td><td style="color:#e00">92%</td></tr>
<tr><td>msderm02</td><td>ms-bundang.co.kr</td><td>일 트래픽</td><td>2.91GB / 3GB</td><td style="color:#e00">97%</td></tr>
<tr><td>msderm03</td><td>msderm-ilsan.com</td><td>웹 디스크</td><td>1.1GB / 10GB</td><td>11%</td></tr>
</table><br>
웹 디스크가 가득 차면 파일 업로드와 게시판 글쓰기가 되지 않으며, 일 트래픽을 초과하면 초과 시점부터 자정까지 홈페이지 접속이 차단됩니다.<br>
상품 업그레이드 또는 추가옵션(트래픽/디스크 증설)으로 미리 대비해 주세요.<br>
</td></tr>
<tr><td style="font-size:11px;color:#999;padding:12px 0;border-top:1px solid #eee">카페24(주) 호스팅센터 1588-3284 | 수신거부 불가 서비스 안내 메일</td></tr>
</table></body></html>
"""

THREAD_TEXT = """네 원장님, 방금 카페24에 트래픽 추가옵션 신청했습니다. 오늘 밤부터 적용된다고 합니다.

이수진

-----Original Message-----
From: "김도윤" <kimdy@malgeunsup.co.kr>
To: "이수진" <sjlee@malgeunsup.co.kr>
Sent: 2026-10-07 (수) 11:02:51
Subject: RE: RE: FW: [카페24] 트래픽 초과로 인한 접속 차단 안내

> 어제 인스타 광고 나가고 나서 그런가봐요. 하루 몇 천원이면 옵션 추가해요.
>
> -----Original Message-----
> From: "이수진" <sjlee@malgeunsup.co.kr>
> Sent: 2026-10-07 (수) 10:41:07
> Subject: RE: FW: [카페24] 트래픽 초과로 인한 접속 차단 안내
>
> > 원장님, 분당점 홈페이지가 어제 저녁부터 자정까지 안 열렸던 게 이것 때문이었습니다.
> > 트래픽 추가옵션을 넣거나 상위 상품으로 바꿔야 할 것 같은데 어떻게 할까요?
> >
> > -----Original Message-----
> > From: "박지훈" <jhpark@malgeunsup.co.kr>
> > Sent: 2026-10-07 (수) 09:15:33
> > Subject: FW: [카페24] 트래픽 초과로 인한 접속 차단 안내
> >
> > > 관리자 메일함에 이런 게 와 있어서 전달드립니다.
> > >
> > > -----Original Message-----
> > > From: "카페24 호스팅센터" <hosting@cafe24.com>
> > > Sent: 2026-10-06 (화) 19:48:10
> > > Subject: [카페24] 트래픽 초과로 인한 접속 차단 안내
> > >
> > > > 호스팅 계정 msderm02 (ms-bundang.co.kr)의 일일 트래픽이 제공량을 초과하여
> > > > 현재 홈페이지 접속이 차단되었습니다. 차단은 자정(00:00)에 자동으로 해제됩니다.
"""

FWD_OUTLOOK_KS = """지훈씨 분당점 메일 계정 정리 좀 해주세요. 예약 메일이 반송된다고 환자분 전화 왔어요.
지난번에 말씀드린 거 처리 됬나요? 첨부파일 큰 메일 위주로 지워주시면 됩니다 (샾 표시된 폴더는 지우지 말고요).

이수진 실장

-----원본 메시지-----
보낸 사람: "카페24 메일호스팅" <mailhosting@cafe24.com>
보낸 날짜: 2026년 11월 17일 화요일 오후 4:12
받는 사람: admin@malgeunsup.co.kr
제목: [카페24] 메일 계정 용량 초과 안내 (reserve@ms-bundang.co.kr)

안녕하세요. 카페24 메일호스팅입니다.

아래 메일 계정의 사용 용량이 한도를 초과하여 새 메일을 받을 수 없는 상태입니다.

  메일 도메인 : ms-bundang.co.kr
  메일 계정   : reserve@ms-bundang.co.kr
  사용 용량   : 5.0GB / 5GB (100%)

11월 27일까지 메일을 정리하거나 계정 용량을 늘리지 않으시면, 이후 수신되는 메일은 발신자에게 반송됩니다.
용량 변경: 메일호스팅 관리 > 계정 관리 > 용량 변경
"""

MAILS: list[Mail] = [
    m(
        name="h12_cafe24_disk95",
        category="positive",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 웹 디스크 사용량 95% 초과 안내 (msderm01)",
        date="2026-10-02 06:30 +0900",
        text="""[카페24 호스팅센터] 웹 디스크 사용량 안내

안녕하세요. 맑은숲피부과 고객님.
이용 중인 웹호스팅 계정의 디스크 사용량이 95%를 넘었습니다.

■ 호스팅 계정 : msderm01
■ 대표 도메인 : malgeunsup.co.kr
■ 상품 : 10G 광아우토반 Full SSD
■ 사용량 : 9.53GB / 10GB
■ 확인 시각 : 2026-10-02 06:00

디스크가 가득 차면 파일 업로드, DB 저장, 게시판 글 작성 등이 정상적으로 되지 않아 홈페이지 운영에 지장이 생깁니다.
불필요한 파일을 삭제하시거나, 상위 상품으로 변경해 주세요.
(상품 변경: 나의서비스관리 > 호스팅 관리 > 상품 변경)
"""
        + CAFE24_FOOT,
        note="no deadline in the mail (default)",
        items=[item(QUOTA, "Cafe24", "msderm01", "default", aliases=["malgeunsup.co.kr"])],
    ),
    m(
        name="h12_dothome_disk_html_euckr",
        category="positive",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 무료호스팅 디스크 용량 초과 안내",
        date="2026-11-02 04:10 +0900",
        html=DOTHOME_HTML,
        form="html",
        charset="euc-kr",
        cte="8bit",
        note="HTML-only EUC-KR raw 8-bit; 확인 일시 distractor",
        items=[item(QUOTA, "Dothome", "msevent", "2026-11-30", aliases=["msevent.dothome.co.kr"])],
    ),
    m(
        name="h12_dothome_extension_followup",
        category="followup",
        lang="ko",
        sender=("닷홈", "webmaster@dothome.co.kr"),
        subject="[닷홈] 디스크 용량 초과 계정 서비스 중지 일정 변경 안내",
        date="2026-11-19 10:00 +0900",
        charset="euc-kr",
        cte="quoted-printable",
        text="""msevent 회원님, 닷홈입니다.

지난 11월 2일 안내드린 무료호스팅 디스크 용량 초과 건과 관련하여,
고객 문의가 많아 서비스 중지 예정일을 아래와 같이 변경합니다.

  계정 : msevent (msevent.dothome.co.kr)
  기존 중지 예정일 : 2026년 11월 30일
  변경된 중지 예정일 : 2026년 12월 14일

변경된 일정까지 디스크 사용량이 1,024MB 이하로 정리되지 않으면 계정 서비스가 중지됩니다.
현재 사용량 : 1,098MB

닷홈 고객센터 1599-2583
""",
        note="follow-up moving the suspension date; old date is a distractor",
        items=[item(QUOTA, "Dothome", "msevent", "2026-12-14", aliases=["msevent.dothome.co.kr"])],
    ),
    m(
        name="h12_iwinv_traffic90",
        category="positive",
        lang="ko",
        sender=("iwinv", "noreply@iwinv.kr"),
        subject="[iwinv] 인스턴스 트래픽 사용량 90% 도달 알림",
        date="2026-11-12 17:42 +0900",
        html="""<div style="font-family:sans-serif;font-size:14px">
<p><strong>[iwinv 알림]</strong> 트래픽 사용량 알림</p>
<p>인스턴스 <strong>ms-web-01</strong> (KR1-Z02, 115.68.xx.21)의 이번 달 트래픽 사용량이 기본 제공량의 90%에 도달했습니다.</p>
<ul><li>기본 제공 트래픽: 1TB / 월</li><li>현재 사용량: 921GB</li><li>집계 기간: 2026-11-01 ~ 2026-11-30</li></ul>
<p>기본 제공량을 초과하는 트래픽은 종량 요금이 부과되며, 설정한 한도에 도달하면 네트워크가 제한될 수 있습니다.<br>
콘솔 &gt; 인스턴스 &gt; 모니터링에서 상세 사용량을 확인하세요.</p>
<p style="color:#888;font-size:12px">알림 수신 설정: 콘솔 &gt; 계정 &gt; 알림 설정 | (주)스마일서브</p>
</div>
""",
        text="""[iwinv 알림] 인스턴스 ms-web-01 트래픽 사용량이 이번 달 기본 제공량(1TB)의 90%(921GB)에 도달했습니다.
초과분은 종량 요금이 부과됩니다. 자세한 내용은 콘솔에서 확인하세요.
""",
        form="alt",
        note="no date to act by (collection period is a distractor): default",
        items=[item(QUOTA, "iwinv", "ms-web-01", "default")],
    ),
    m(
        name="h12_godomall_image_3days",
        category="positive",
        lang="ko",
        sender=("NHN커머스 고도몰", "noreply@godo.co.kr"),
        subject="[고도몰] 이미지호스팅 용량 초과 안내",
        date="2026-10-20 14:00 +0900",
        html=GODO_HTML,
        form="html",
        cte="base64",
        note="'안내일로부터 3일 이내' counted from the mail's date",
        items=[item(QUOTA, "NHN Commerce", "msshop", "2026-10-23", aliases=["msshop.godomall.com"])],
    ),
    m(
        name="h12_naverworks_storage",
        category="positive",
        lang="ko",
        sender=("NAVER WORKS", "noreply@worksmobile.com"),
        subject="[NAVER WORKS] 회사 공용 저장 공간 사용량이 90%를 넘었습니다",
        date="2026-09-24 09:00 +0900",
        text="""NAVER WORKS 관리자님, 안녕하세요.

맑은숲피부과(malgeunsup.co.kr) 그룹의 저장 공간 사용량이 90%를 초과했습니다.

 - 전체 제공 용량: 300GB (구성원 30명 x 10GB)
 - 현재 사용량: 272.4GB (90.8%)
 - 메일 184.1GB / 드라이브 80.2GB / 기타 8.1GB

저장 공간이 모두 차면 구성원이 메일을 받을 수 없고 드라이브에 파일을 올릴 수 없습니다.
관리자 화면 > 서비스 > 저장 공간에서 구성원별 사용량을 확인하고, 추가 저장 공간을 구매하거나 불필요한 데이터를 정리해 주세요.

※ 이 메일은 NAVER WORKS 최고 관리자에게 발송됩니다.
NAVER Cloud Corp. | 경기도 성남시 분당구 분당내곡로 117
""",
        note="mailbox/workspace storage of the company's own domain; no date (default)",
        items=[item(QUOTA, "NAVER WORKS", "malgeunsup.co.kr", "default")],
    ),
    m(
        name="h12_hiworks_mailbox_full",
        category="positive",
        lang="ko",
        sender=("하이웍스", "no-reply@hiworks.com"),
        subject=q_subject("[하이웍스] 메일 계정 용량이 부족합니다"),
        date="2026-09-15 11:11 +0900",
        to="mshanam-admin@msderm-gangnam.kr",
        text="""하이웍스 메일 용량 알림

msderm-gangnam.kr 오피스의 아래 계정이 메일 용량 한도에 거의 도달했습니다.

계정: counsel@msderm-gangnam.kr (강남점 상담실)
사용량: 9.7GB / 10GB

용량이 가득 차면 외부에서 보내는 메일이 수신되지 않고 반송됩니다.
오래된 메일을 삭제하거나 백업 후 정리하시고, 필요한 경우 오피스 관리 > 용량 관리에서 계정 용량을 조정해 주세요.

하이웍스 | (주)가비아 | https://www.hiworks.com
""",
        note="Q-encoded UTF-8 subject; Hiworks (Gabia) mailbox quota; default deadline",
        items=[
            item(
                QUOTA,
                "Hiworks",
                "counsel@msderm-gangnam.kr",
                "default",
                aliases=["msderm-gangnam.kr"],
            )
        ],
    ),
    m(
        name="h12_imweb_traffic_limit",
        category="positive",
        lang="ko",
        sender=("아임웹", "no-reply@imweb.me"),
        subject="[아임웹] 사이트 트래픽 초과 안내 - 맑은숲피부과 일산점",
        date="2026-11-17 10:25 +0900",
        cte="quoted-printable",
        text="""안녕하세요, 아임웹입니다.

운영 중인 사이트의 이번 달 트래픽 사용량이 요금제 제공량을 초과했습니다.

사이트명 : 맑은숲피부과 일산점
사이트 주소 : msderm-ilsan.imweb.me (연결 도메인 msderm-ilsan.com)
요금제 : 스타터 (월 트래픽 10GB)
이번 달 사용량 : 10.6GB

2026.11.30.까지 요금제를 업그레이드하거나 추가 트래픽을 구매하지 않으시면 사이트 방문자에게 접속 제한 안내 페이지가 표시됩니다.
트래픽은 매월 1일 초기화됩니다.

[요금제 변경하기] https://imweb.me/plan

아임웹 고객센터 | help@imweb.me
(주)아임웹 | 서울특별시 강남구 테헤란로
""",
        note="dated quota deadline in 2026.11.30. form; monthly reset date distractor",
        items=[
            item(
                QUOTA,
                "imweb",
                "msderm-ilsan.imweb.me",
                "2026-11-30",
                aliases=["맑은숲피부과 일산점", "msderm-ilsan.com"],
            )
        ],
    ),
    m(
        name="h12_vercel_bandwidth_en",
        category="positive",
        lang="en",
        sender=("Vercel", "notifications@vercel.com"),
        subject="Usage limit reached for malgeunsup",
        date="2026-11-19 03:05 +0000",
        html=VERCEL_HTML,
        form="html",
        cte="quoted-printable",
        note="Hobby team over its included transfer; no date to act by (billing cycle is a distractor)",
        items=[item(QUOTA, "Vercel", "malgeunsup", "default", aliases=["ms-booking-web"])],
    ),
    m(
        name="h12_github_actions_en",
        category="positive",
        lang="en",
        sender=("GitHub", "noreply@github.com"),
        subject="[GitHub] You've used 90% of included services for the malgeunsup organization",
        date="2026-11-10 00:12 +0000",
        text="""Hi @msderm-dev,

You've used 90% of included GitHub Actions minutes for the malgeunsup organization.

  GitHub Actions: 1,802 of 2,000 minutes used
  Billing cycle: Nov 1, 2026 - Nov 30, 2026

Once you reach your included usage, workflows will stop running unless you set a spending limit
above $0 or add a payment method. To manage your spending limit, visit
https://github.com/organizations/malgeunsup/settings/billing

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
        note="GitHub Actions minutes; no date to act by (default)",
        items=[item(QUOTA, "GitHub", "malgeunsup", "default")],
    ),
    m(
        name="h12_cafe24_digest_html",
        category="digest",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 호스팅 자원 사용량 주의 계정 안내",
        date="2026-11-03 07:00 +0900",
        html=CAFE24_DIGEST_HTML,
        form="html",
        cte="base64",
        note="two accounts near full, one healthy row (11%) that gives nothing; default deadlines",
        items=[
            item(QUOTA, "Cafe24", "msderm01", "default", aliases=["malgeunsup.co.kr"]),
            item(QUOTA, "Cafe24", "msderm02", "default", aliases=["ms-bundang.co.kr"]),
        ],
    ),
    m(
        name="h12_fwd_outlook_ks_cafe24_mail",
        category="forward",
        lang="ko",
        sender=("이수진", "sjlee@malgeunsup.co.kr"),
        subject="FW: [카페24] 메일 계정 용량 초과 안내 (reserve@ms-bundang.co.kr)",
        date="2026-11-18 09:12 +0900",
        to="박지훈 <jhpark@malgeunsup.co.kr>",
        charset="ks_c_5601-1987",
        cte="base64",
        text=FWD_OUTLOOK_KS,
        headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdtZq3k1mR8c9yq7TWu0bA0e1c2fWg=="},
        note="Outlook '원본 메시지' forward in cp949 (됬/샾 are cp949-only); yearless 11월 27일",
        items=[
            item(
                QUOTA,
                "Cafe24",
                "reserve@ms-bundang.co.kr",
                "2026-11-27",
                aliases=["ms-bundang.co.kr"],
            )
        ],
    ),
    m(
        name="h12_cafe24_upgrade_done",
        category="resolution",
        lang="ko",
        sender=("카페24 호스팅센터", "hosting@cafe24.com"),
        subject="[카페24] 호스팅 상품 변경 완료 안내 (msderm01)",
        date="2026-11-04 15:20 +0900",
        text="""안녕하세요. 카페24 호스팅센터입니다.
요청하신 웹호스팅 상품 변경(업그레이드)이 완료되었습니다.

 - 호스팅 계정 : msderm01 (malgeunsup.co.kr)
 - 변경 전 상품 : 10G 광아우토반 Full SSD (웹 디스크 10GB)
 - 변경 후 상품 : 20G 광아우토반 Full SSD (웹 디스크 20GB)
 - 적용 일시 : 2026-11-04 15:18
 - 차액 결제 : 48,400원 (다음 만기일 2027-03-02까지 일할 계산)

변경된 용량은 즉시 적용되며, 홈페이지 데이터는 그대로 유지됩니다.
"""
        + CAFE24_FOOT,
        note="plan upgraded: closes the msderm01 disk item; next 만기일 is irrelevant",
        items=[item(QUOTA, "Cafe24", "msderm01", None, resolves=True, aliases=["malgeunsup.co.kr"])],
    ),
    m(
        name="h12_reply_long_thread_traffic",
        category="reply",
        lang="ko",
        sender=("이수진", "sjlee@malgeunsup.co.kr"),
        subject="RE: RE: RE: FW: [카페24] 트래픽 초과로 인한 접속 차단 안내",
        date="2026-10-07 11:20 +0900",
        to="김도윤 <kimdy@malgeunsup.co.kr>",
        text=THREAD_TEXT,
        headers={"Cc": "admin@malgeunsup.co.kr, jhpark@malgeunsup.co.kr"},
        note="long internal thread quoting a Cafe24 traffic notice four levels deep: nothing new",
        items=[],
    ),
    m(
        name="h12_reply_github_en",
        category="reply",
        lang="en",
        sender=("Minho Seo", "minho@pixelbay.kr"),
        subject="Re: [GitHub] You've used 90% of included services for the malgeunsup organization",
        date="2026-11-10 16:40 +0900",
        text="""Hi,

I turned off the nightly matrix build on ms-booking-web, so we should stay under the limit
for the rest of November. No need to add a payment method for now.

Minho
PixelBay (web agency for 맑은숲피부과)

On Tue, Nov 10, 2026 at 9:12 AM GitHub <noreply@github.com> wrote:
> Hi @msderm-dev,
>
> You've used 90% of included GitHub Actions minutes for the malgeunsup organization.
>
>   GitHub Actions: 1,802 of 2,000 minutes used
>   Billing cycle: Nov 1, 2026 - Nov 30, 2026
""",
        note="agency reply quoting the GitHub notice",
        items=[],
    ),
]

MAILS += [
    m(
        name="h12_ncloud_db_storage",
        category="positive",
        lang="ko",
        sender=("NAVER Cloud Platform", "noreply@ncloud.com"),
        subject="[네이버 클라우드 플랫폼] Cloud DB for MySQL 스토리지 사용률 경고 (ms-emr-db)",
        date="2026-11-22 03:16 +0900",
        cte="base64",
        text="""[Cloud Insight Event 알림]

고객님이 설정하신 이벤트 규칙에 따라 알림을 보내드립니다.

 - 이벤트 규칙 : DB 스토리지 사용률 90% 이상 (5분 지속)
 - 상품 : Cloud DB for MySQL
 - 대상 : ms-emr-db (서버 ms-emr-db-001, KR-2)
 - 측정값 : 스토리지 사용률 93.4% (186.8GB / 200GB)
 - 발생 시각 : 2026-11-22 오전 3:15 (KST)

스토리지가 가득 차면 DB 쓰기 작업이 실패하여 서비스 장애가 발생할 수 있습니다.
콘솔 > Cloud DB for MySQL > DB Server 상세에서 스토리지를 증설하거나 불필요한 데이터를 정리해 주세요.

이 메일은 Cloud Insight 알림 설정에 따라 발송되었습니다.
NAVER Cloud Corp. | 고객지원 1544-5876
""",
        note="database storage nearly full; event time with 오전 and KST is a distractor; default deadline",
        items=[item(QUOTA, "NAVER Cloud", "ms-emr-db", "default", aliases=["ms-emr-db-001"])],
    ),
    m(
        name="h12_netlify_bandwidth_en",
        category="positive",
        lang="en",
        sender=("Netlify", "team@netlify.com"),
        subject="Your team malgeunsup-landing has exceeded its bandwidth allowance",
        date="2026-11-20 09:40 +0000",
        text="""Hi there,

Your team malgeunsup-landing has used 104 GB of the 100 GB bandwidth included with the Starter plan
for the billing period that started Nov. 1st.

If you don't upgrade or reduce usage within 7 days, sites owned by this team (including
msderm-promo.netlify.app) will be suspended on Nov. 27th until the next billing period.

Upgrade your plan or add bandwidth: https://app.netlify.com/teams/malgeunsup-landing/billing

The Netlify Team
Netlify, Inc., 512 2nd Street, Suite 200, San Francisco, CA 94107
""",
        note="'within 7 days' from the mail date and 'Nov. 27th' agree; 'Nov. 1st' is a distractor",
        items=[
            item(
                QUOTA,
                "Netlify",
                "malgeunsup-landing",
                "2026-11-27",
                aliases=["msderm-promo.netlify.app"],
            )
        ],
    ),
]
