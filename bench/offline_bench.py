"""Offline scan benchmark: noticewatch's parse of a large, attachment-heavy mailbox vs the stdlib full parse.

Generates (once, cached under bench/out/, gitignored) a realistic mailbox: Korean and English mail in UTF-8,
cp949 (ks_c_5601-1987) and EUC-KR; plain, multipart/alternative and HTML-only bodies; base64, quoted-printable
and 8bit; 10% with a 50 KB-1 MB attachment, 1% with a 2-3 MB one (~1.1 GB per 10,000 messages); ~1% vendor
notices; some replies and forwards.
Then, each phase in its own process (so peak RSS belongs to that phase):

  read        read the files / split the mbox (open_sources, no parsing)
  stdlib      email.message_from_bytes(policy=default) + walk + get_content() of every leaf part
  noticewatch parse_message over open_sources (end to end, reading included)
  paired      every 5th message parsed by both in one process, alternating (robust to machine load)

Target (issue 2, "Speed"): noticewatch <= 0.15x the stdlib full parse.

    python bench/offline_bench.py                    # 10,000 messages, mbox
    python bench/offline_bench.py --messages 1000 --layout maildir
    python bench/offline_bench.py --profile          # cProfile of the noticewatch phase, top 25
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from noticewatch.models import RawMessage

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "out"
SEED = 20261123

KO_PARAGRAPHS = [
    "안녕하세요, 고객님. 이번 달 서비스 이용 내역을 안내해 드립니다.",
    "회의는 다음 주 화요일 오후 3시에 3층 회의실에서 진행됩니다. 자료는 첨부 파일을 참고해 주세요.",
    "새로운 기능이 추가되었습니다. 자세한 내용은 아래 링크에서 확인하실 수 있습니다.",
    "결제가 정상적으로 처리되었습니다. 영수증은 마이페이지에서 다시 보실 수 있습니다.",
    "똠방각하 햏님께서 뷁 하셨습니다. 오늘도 좋은 하루 되세요.",
    "주문하신 상품이 발송되었습니다. 배송 조회는 택배사 홈페이지에서 가능합니다.",
    "보안을 위해 비밀번호를 주기적으로 변경해 주시기 바랍니다.",
    "이벤트 기간: 2026년 12월 1일 ~ 2026년 12월 31일. 많은 참여 부탁드립니다.",
]
EN_PARAGRAPHS = [
    "Hi team, please find the weekly report attached. Let me know if you have any questions.",
    "Your order has shipped and is on its way. Track your package from your account page.",
    "We've updated our privacy policy. The changes take effect on January 1, 2027.",
    "Join us for the product webinar next Thursday at 10am PST. Seats are limited.",
    "Thanks for your payment. Your receipt is available in the billing dashboard.",
    "The build failed on main: 3 tests did not pass. See the CI log for details.",
    "Reminder: the quarterly planning meeting moves to Room 4B this week.",
    "Save 20% on annual plans this month only. Upgrade from your dashboard.",
]
NOTICES = [
    (
        "ko",
        "Gabia <noreply@gabia.com>",
        "[가비아] 도메인 만료 안내",
        "고객님의 도메인 example-{n}.co.kr 의 만료일은 2026년 12월 15일입니다.\n기한 내에 연장해 주세요.",
    ),
    (
        "ko",
        "Cafe24 <help@cafe24.com>",
        "[카페24] 호스팅 디스크 용량 경고",
        "호스팅 계정 shop{n} 의 디스크 사용량이 95%에 도달했습니다.\n용량 초과 예정일: 2026년 12월 1일",
    ),
    (
        "en",
        "Kakao Developers <noreply@kakaocorp.com>",
        "[Kakao] Login API v1 retirement",
        "The Kakao Login API v1 used by app {n} will be shut down on 2026-12-31.\nMigrate to v2 before then.",
    ),
    (
        "en",
        "GoDaddy <renewals@godaddy.com>",
        "Your domain expires soon",
        "Your domain example-{n}.com expires on December 15, 2026. Renew now to keep it.",
    ),
]


# --------------------------------------------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------------------------------------------


def _html(paragraphs: list[str], rng: random.Random) -> str:
    rows = "".join(
        f"<tr><td style='padding:4px'>{rng.choice(['Item', '항목', 'Plan', '요금제'])} {i}</td>"
        f"<td style='padding:4px'>{rng.randint(1, 999)},000</td></tr>"
        for i in range(rng.randint(2, 12))
    )
    body = "".join(f"<p style='margin:0 0 12px 0;font-family:Arial'>{p}</p>" for p in paragraphs)
    filler = "<div class='spacer' style='height:8px'>&nbsp;</div>" * rng.randint(20, 120)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{margin:0} td{font-size:13px}"
        ".btn{background:#03c75a}</style><script>window.dataLayer=[];</script></head><body>"
        f"<table width='600' align='center'><tr><td>{body}<table border='0'>{rows}</table>{filler}"
        "<a class='btn' href='https://example.invalid/x'>자세히 보기 / Learn more</a></td></tr></table>"
        "<p style='color:#999'>&copy; 2026 Example Corp. 수신거부 unsubscribe</p></body></html>"
    )


def _encode_text(text: str, charset: str, rng: random.Random) -> tuple[bytes, str]:
    codec = "cp949" if charset in ("ks_c_5601-1987", "euc-kr") else charset
    data = text.replace("\n", "\r\n").encode(codec)
    cte = rng.choice(["base64", "quoted-printable", "8bit"] if not data.isascii() else ["7bit", "quoted-printable"])
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n"), cte
    if cte == "quoted-printable":
        import quopri

        return quopri.encodestring(data).replace(b"\r\r\n", b"\r\n"), cte
    return data, cte


def _part(ctype: str, text: str, charset: str, rng: random.Random) -> bytes:
    if charset == "us-ascii" and not text.isascii():
        charset = "utf-8"
    payload, cte = _encode_text(text, charset, rng)
    return f'Content-Type: {ctype}; charset="{charset}"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n'.encode() + payload


def _attachment(rng: random.Random, pool: bytes, size: int) -> bytes:
    start = rng.randrange(0, len(pool) - size)
    name, ctype = rng.choice(
        [
            ("report.pdf", "application/pdf"),
            ("photo.jpg", "image/jpeg"),
            ("data.zip", "application/zip"),
            ("견적서.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ]
    )
    encoded_name = "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="
    return (
        f'Content-Type: {ctype}; name="{encoded_name}"\r\nContent-Transfer-Encoding: base64\r\n'
        f'Content-Disposition: attachment; filename="{encoded_name}"\r\n\r\n'.encode()
        + base64.encodebytes(pool[start : start + size]).replace(b"\n", b"\r\n")
    )


def _multipart(subtype: str, parts: list[bytes], boundary: str) -> tuple[str, bytes]:
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + part + b"\r\n" for part in parts)
    body += b"--" + boundary.encode() + b"--\r\n"
    return f'multipart/{subtype}; boundary="{boundary}"', body


def make_message(index: int, rng: random.Random, pool: bytes) -> bytes:
    korean = rng.random() < 0.5
    notice = rng.random() < 0.01
    if notice:
        lang, sender, subject, text = rng.choice(NOTICES)
        korean = lang == "ko"
        text = text.format(n=index)
    else:
        paragraphs = rng.sample(KO_PARAGRAPHS if korean else EN_PARAGRAPHS, k=rng.randint(2, 6))
        text = "\n\n".join(paragraphs)
        sender = rng.choice(
            [
                "김민수 <minsu@example.co.kr>",
                "Newsletter <news@shop.example.com>",
                "Alice <alice@example.org>",
                "네이버 <noreply@naver.com>",
                "GitHub <noreply@github.com>",
                "이지은 <jieun@example.kr>",
            ]
        )
        subject = rng.choice(["주간 보고", "회의 안내", "Weekly report", "Your order", "결제 완료", "Build failed"])
        roll = rng.random()
        if roll < 0.05:
            subject = "Re: " + subject
            text = (
                "확인했습니다.\n\n2026년 11월 20일 (금) 오전 9:00, 김민수 <minsu@example.co.kr>님이 작성:\n"
                + "\n".join("> " + line for line in text.splitlines())
            )
        elif roll < 0.08:
            subject = "Fwd: " + subject
            text = (
                "FYI\n\n---------- Forwarded message ---------\nFrom: Alice <alice@example.org>\n"
                "Date: Fri, Nov 20, 2026 at 9:00 AM\nSubject: " + subject[5:] + "\n\n" + text
            )
    charset = rng.choice(["utf-8", "ks_c_5601-1987", "euc-kr"]) if korean else rng.choice(["utf-8", "us-ascii"])
    if charset == "us-ascii" and not text.isascii():
        charset = "utf-8"
    subject_header = (
        "=?UTF-8?B?" + base64.b64encode(subject.encode()).decode() + "?=" if not subject.isascii() else subject
    )
    structure = rng.random()
    if structure < 0.40:
        parts = [_part("text/plain", text, charset, rng)]
    elif structure < 0.75:
        ctype, alt = _multipart(
            "alternative",
            [_part("text/plain", text, charset, rng), _part("text/html", _html(text.split("\n\n"), rng), charset, rng)],
            f"alt-{index}-{rng.getrandbits(40):x}",
        )
        parts = [f"Content-Type: {ctype}\r\n\r\n".encode() + alt]
    else:
        parts = [_part("text/html", _html(text.split("\n\n"), rng), charset, rng)]
    attachments: list[bytes] = []
    roll = rng.random()
    if roll < 0.01:
        attachments.append(_attachment(rng, pool, rng.randint(2_000_000, 3_000_000)))
    elif roll < 0.11:
        attachments.append(_attachment(rng, pool, rng.randint(50_000, 1_000_000)))
    if attachments:
        ctype, body = _multipart("mixed", parts + attachments, f"mix-{index}-{rng.getrandbits(40):x}")
    else:
        head, _, body = parts[0].partition(b"\r\n\r\n")
        ctype = ""
    day = 1 + index % 28
    headers = [
        f"Return-Path: <bounce-{index}@mail.example.net>",
        *(
            f"Received: from mx{i}.example.net (mx{i}.example.net [10.0.{i}.{index % 250}]) by mail.example-shop.co.kr "
            f"with ESMTPS id {rng.getrandbits(48):x}; Fri, {day:02d} Nov 2026 09:0{i}:00 +0900"
            for i in range(3)
        ),
        f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=s1; h=from:to:subject:date; "
        f"bh={base64.b64encode(rng.randbytes(32)).decode()}; b={base64.b64encode(rng.randbytes(128)).decode()}",
        "Authentication-Results: mail.example-shop.co.kr; dkim=pass (2048-bit key) header.d=example.net; "
        "spf=pass (domain of bounce@example.net designates 10.0.0.1 as permitted sender) "
        "smtp.mailfrom=bounce@example.net; dmarc=pass (p=none) header.from=example.net",
        f"From: {sender}" if sender.isascii() else _encode_address(sender),
        "To: ops@example-shop.co.kr",
        f"Subject: {subject_header}",
        f"Date: Fri, {day:02d} Nov 2026 09:{index % 60:02d}:00 +0900",
        f"Message-ID: <{index}.{rng.getrandbits(64):x}@mail.example.net>",
        "MIME-Version: 1.0",
        "X-Mailer: bench-generator 1.0",
    ]
    if rng.random() < 0.3:
        headers.append("List-Unsubscribe: <mailto:unsubscribe@example.net>")
    if ctype:
        headers.append(f"Content-Type: {ctype}")
        head_block = "\r\n".join(headers).encode() + b"\r\n\r\n"
        return head_block + body
    return "\r\n".join(headers).encode() + b"\r\n" + head + b"\r\n\r\n" + body


def _encode_address(sender: str) -> str:
    name, _, rest = sender.partition(" <")
    return f"From: =?UTF-8?B?{base64.b64encode(name.encode()).decode()}?= <{rest}"


def generate(out: Path, messages: int, layout: str) -> Path:
    target = out / f"{layout}-{messages}"
    stamp = target / ".complete"
    if stamp.exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    rng = random.Random(SEED)
    pool = rng.randbytes(8_000_000)
    if layout == "mbox":
        with (target / "mailbox.mbox").open("wb") as handle:
            for index in range(messages):
                data = make_message(index, rng, pool).replace(b"\r\n", b"\n")
                data = data.replace(b"\nFrom ", b"\n>From ")
                handle.write(f"From bounce-{index}@mail.example.net Fri Nov 20 09:00:00 2026\n".encode())
                handle.write(data)
                handle.write(b"\n\n")
    else:
        for sub in ("cur", "new", "tmp"):
            (target / sub).mkdir()
        for index in range(messages):
            sub = "cur" if index % 5 else "new"
            name = f"{1763596800 + index}.M{index}P1.bench" + (":2,S" if sub == "cur" else "")
            (target / sub / name).write_bytes(make_message(index, rng, pool))
    stamp.write_text("ok\n")
    return target


def mailbox_path(target: Path, layout: str) -> Path:
    return target / "mailbox.mbox" if layout == "mbox" else target


# --------------------------------------------------------------------------------------------------------------
# Phases (each run in a fresh process by main())
# --------------------------------------------------------------------------------------------------------------


def _iter_raw(path: Path) -> Iterator[RawMessage]:
    from noticewatch.sources.files import open_sources

    for source in open_sources([path]):
        for item in source.messages():
            if isinstance(item, RawMessage):
                yield item


def phase_read(path: Path) -> dict[str, float]:
    start = time.perf_counter()
    total = 0
    if path.is_file():
        with path.open("rb") as handle:
            while chunk := handle.read(8 * 1024 * 1024):
                total += len(chunk)
    else:
        for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            total += len(file.read_bytes())
    raw_read = time.perf_counter() - start
    start = time.perf_counter()
    cpu = time.process_time()
    count = sum(1 for _ in _iter_raw(path))
    split = time.perf_counter() - start
    return {
        "seconds": split,
        "cpu_seconds": time.process_time() - cpu,
        "raw_read_seconds": raw_read,
        "bytes": total,
        "messages": count,
    }


def phase_stdlib(path: Path) -> dict[str, float]:
    import email
    from email import policy

    parse_time = 0.0
    parse_cpu = 0.0
    count = 0
    for raw in _iter_raw(path):
        start = time.perf_counter()
        cpu = time.process_time()
        msg = email.message_from_bytes(raw.data, policy=policy.default)
        for part in msg.walk():
            if part.is_multipart():
                continue
            # The baseline decodes what it can, like a naive scanner would.
            with contextlib.suppress(Exception):
                part.get_content()
        parse_time += time.perf_counter() - start
        parse_cpu += time.process_time() - cpu
        count += 1
    return {"seconds": parse_time, "cpu_seconds": parse_cpu, "messages": count}


def phase_noticewatch(path: Path, profile: bool = False) -> dict[str, float]:
    from noticewatch.mailtext import has_hangul
    from noticewatch.models import Message
    from noticewatch.parse import parse_message
    from noticewatch.sources.files import open_sources

    def run() -> tuple[int, int, int]:
        parsed = skipped = hangul = 0
        for source in open_sources([path]):
            for item in source.messages():
                if not hasattr(item, "data"):
                    continue
                result = parse_message(item)  # type: ignore[arg-type]
                if isinstance(result, Message):
                    parsed += 1
                    hangul += has_hangul(result.text[:200])
                else:
                    skipped += 1
        return parsed, skipped, hangul

    start = time.perf_counter()
    cpu = time.process_time()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        parsed, skipped, hangul = profiler.runcall(run)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
    else:
        parsed, skipped, hangul = run()
    elapsed = time.perf_counter() - start
    return {
        "seconds": elapsed,
        "cpu_seconds": time.process_time() - cpu,
        "messages": parsed,
        "skipped": skipped,
        "with_hangul": hangul,
    }


def _stdlib_full_parse(data: bytes) -> None:
    import email
    from email import policy

    msg = email.message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.is_multipart():
            continue
        with contextlib.suppress(Exception):
            part.get_content()


def phase_paired(path: Path, every: int) -> dict[str, float]:
    """Both parsers on the same messages in one process, alternating which goes first, so a busy machine
    slows both alike (separate phases minutes apart can meet very different load)."""
    from noticewatch.parse import parse_message

    totals = {"ours_wall": 0.0, "ours_cpu": 0.0, "stdlib_wall": 0.0, "stdlib_cpu": 0.0}
    count = 0
    for index, raw in enumerate(_iter_raw(path)):
        if index % every:
            continue
        order = ("ours", "stdlib") if count % 2 == 0 else ("stdlib", "ours")
        for name in order:
            wall, cpu = time.perf_counter(), time.process_time()
            if name == "ours":
                parse_message(raw)
            else:
                _stdlib_full_parse(raw.data)
            totals[f"{name}_wall"] += time.perf_counter() - wall
            totals[f"{name}_cpu"] += time.process_time() - cpu
        count += 1
    return {**totals, "seconds": totals["ours_wall"], "messages": count}


def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_phase(phase: str, path: Path, profile: bool, extra: tuple[str, ...] = ()) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--phase", phase, "--mailbox", str(path), *extra]
    cmd += ["--profile"] if profile else []
    env = dict(os.environ, PYTHONPATH=str(HERE.parent) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"phase {phase} failed:\n{proc.stderr}")
    if profile and proc.stderr:
        print(proc.stderr, file=sys.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--layout", choices=("mbox", "maildir"), default="mbox")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--profile", action="store_true", help="cProfile the noticewatch phase")
    parser.add_argument("--skip-stdlib", action="store_true", help="skip the (slow) stdlib baseline")
    parser.add_argument(
        "--paired-every",
        type=int,
        default=5,
        help="paired check: every Nth message parsed by both, alternating (0 = skip)",
    )
    parser.add_argument("--phase", choices=("read", "stdlib", "noticewatch", "paired"), help=argparse.SUPPRESS)
    parser.add_argument("--mailbox", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:
        if args.phase == "noticewatch":
            result = phase_noticewatch(args.mailbox, args.profile)
        elif args.phase == "paired":
            result = phase_paired(args.mailbox, args.paired_every)
        else:
            result = {"read": phase_read, "stdlib": phase_stdlib}[args.phase](args.mailbox)
        result["peak_rss_mb"] = _peak_rss_mb()
        print(json.dumps(result))
        return

    start = time.perf_counter()
    target = generate(args.out, args.messages, args.layout)
    path = mailbox_path(target, args.layout)
    print(f"mailbox: {path} ({args.messages} messages, generated/cached in {time.perf_counter() - start:.1f}s)")
    read = _run_phase("read", path, False)
    print(f"size: {read['bytes'] / 1e9:.2f} GB; times are wall / CPU seconds (CPU is robust on a busy machine)")
    print(f"read files            {read['raw_read_seconds']:7.2f} s")
    print(
        f"split (open_sources)  {read['seconds']:7.2f} s / {read['cpu_seconds']:6.2f} s"
        f"   peak RSS {read['peak_rss_mb']:6.0f} MB"
    )
    ours = _run_phase("noticewatch", path, args.profile)
    print(
        f"noticewatch parse     {ours['seconds']:7.2f} s / {ours['cpu_seconds']:6.2f} s"
        f"   peak RSS {ours['peak_rss_mb']:6.0f} MB"
        f"   ({ours['messages']:.0f} parsed, {ours['skipped']:.0f} skipped, {ours['with_hangul']:.0f} with Hangul)"
    )
    if args.skip_stdlib:
        return
    stdlib = _run_phase("stdlib", path, False)
    print(
        f"stdlib full parse     {stdlib['seconds']:7.2f} s / {stdlib['cpu_seconds']:6.2f} s"
        f"   peak RSS {stdlib['peak_rss_mb']:6.0f} MB"
    )
    for label, key in (("wall", "seconds"), ("CPU", "cpu_seconds")):
        ratio = ours[key] / stdlib[key]
        verdict = "OK" if ratio <= 0.15 else "MISS"
        print(f"ratio noticewatch / stdlib full parse ({label}): {ratio:.3f}x (target <= 0.15x) {verdict}")
    print(f"ratio read files / stdlib full parse (wall): {read['raw_read_seconds'] / stdlib['seconds']:.3f}x")
    if args.paired_every > 0:
        paired = _run_phase("paired", path, False, ("--paired-every", str(args.paired_every)))
        print(f"paired check on {paired['messages']:.0f} messages (both parsers, same process, alternating):")
        for label, key in (("wall", "wall"), ("CPU", "cpu")):
            ratio = paired[f"ours_{key}"] / paired[f"stdlib_{key}"]
            print(
                f"  noticewatch {paired[f'ours_{key}']:6.2f} s vs stdlib {paired[f'stdlib_{key}']:6.2f} s ({label}):"
                f" {ratio:.3f}x (parse only, reading excluded)"
            )


if __name__ == "__main__":
    main()
