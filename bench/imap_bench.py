"""IMAP scan benchmark against a real local Dovecot: noticewatch vs the limit vs a naive scanner.

Generates a realistic mailbox (the generator of bench/offline_bench.py: Korean and English, UTF-8/EUC-KR/cp949,
plain/alternative/HTML-only, base64/QP/8bit, 10% with 50 KB-1 MB attachments, 1% with 2-4 MB ones, ~1% vendor
notices, replies and forwards), writes it straight into a Dovecot Maildir (cached in --workdir between runs),
starts Dovecot on 127.0.0.1 (tests/dovecot.py, TLS with a private CA) and measures, each phase in a fresh
process so that peak RSS belongs to that phase alone:

  limit        imapclient: BODYSTRUCTURE of every message, then BODY.PEEK[<part>] of its text parts
  naive        imapclient: BODY.PEEK[] of every message, each parsed with the stdlib `email` package
  source       noticewatch's ImapSource alone (headers + text parts, capped; no header prefilter)
  noticewatch  ImapSource + parse.parse_message + the rule engine with its header prefilter (as `scan` does)
  service      noticewatch.service.scan(): the whole product pipeline (rules, triage), stateless
  cli-first    `noticewatch scan --config ... --state ...` as a subprocess: first run (full scan + state)
  cli-nonew    the same command again: nothing new (interpreter start included)

Targets (issue 4): noticewatch <= 2x limit and <= 0.1x naive; no-new-mail run < 0.8 s wall; < 150 MB at 50k.
Before timing, one untimed pass fills Dovecot's index cache and the page cache, so no phase pays for that.

    python bench/imap_bench.py                        # 10,000 messages
    python bench/imap_bench.py --messages 10000 50000 --skip-naive-above 10000
"""

from __future__ import annotations

import argparse
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
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from offline_bench import SEED, make_message  # noqa: E402

from tests.dovecot import DovecotServer  # noqa: E402

USER = "bench"
PASSWORD = "bench-password-1"
PASSWORD_ENV = "NW_BENCH_PASSWORD"
BATCH = 250
TODAY = "2026-11-23"


# -- mailbox -------------------------------------------------------------------------------------------------


def prepare(workdir: Path, messages: int) -> DovecotServer:
    """A Dovecot whose INBOX holds `messages` generated mails (generated once, reused afterwards)."""
    root = workdir / f"dovecot-{messages}"
    root.mkdir(parents=True, exist_ok=True)
    for p in (workdir, root):
        p.chmod(0o755)  # Dovecot's auth and mail processes run as other users when we are root
    server = DovecotServer(root, users={USER: PASSWORD})
    stamp = root / ".generated"
    if not stamp.exists():
        shutil.rmtree(server.mail_root, ignore_errors=True)
        inbox = server.maildir("INBOX", USER)
        for sub in ("cur", "new", "tmp"):
            (inbox / sub).mkdir(parents=True)
        rng = random.Random(SEED)
        pool = rng.randbytes(8_000_000)
        owner = _mail_owner()
        now = time.time()
        total = 0
        start = time.perf_counter()
        for index in range(messages):
            data = make_message(index, rng, pool)
            total += len(data)
            flags = "S" if index % 3 else ""  # a third unseen: the read-only check has something to spoil
            path = inbox / "cur" / f"{int(now) - messages + index}.M{index}P1.bench:2,{flags}"
            path.write_bytes(data)
            os.utime(path, (now - messages + index, now - messages + index))
            if owner:
                os.chown(path, *owner)
            if index and index % 5000 == 0:
                print(f"  generated {index} messages", file=sys.stderr)
        if owner:
            for p in [server.mail_root, *server.mail_root.rglob("*")]:
                if p.is_dir():
                    os.chown(p, *owner)
        print(
            f"  generated {messages} messages, {total / 1e9:.2f} GB in {time.perf_counter() - start:.0f} s",
            file=sys.stderr,
        )
        stamp.write_text(json.dumps({"messages": messages, "bytes": total}))
    return server


def _mail_owner() -> tuple[int, int] | None:
    if os.geteuid() != 0:
        return None
    import pwd

    nobody = pwd.getpwnam("nobody")
    return nobody.pw_uid, nobody.pw_gid


# -- phases (each in its own process) ------------------------------------------------------------------------


def _client(args: argparse.Namespace) -> Any:
    import ssl

    import imapclient

    ctx = ssl.create_default_context(cafile=args.ca_file)
    client = imapclient.IMAPClient("127.0.0.1", port=args.port, ssl=True, ssl_context=ctx, timeout=60)
    client._imap.debug = 0  # the same fix noticewatch applies; otherwise imaplib %r-formats every body line
    client.login(USER, PASSWORD)
    client.select_folder("INBOX", readonly=True)
    return client


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def phase_warmup(args: argparse.Namespace) -> dict[str, Any]:
    client = _client(args)
    uids = client.search("ALL")
    for batch in _chunks(uids, 500):
        client.fetch(batch, [b"BODY.PEEK[HEADER]", b"BODYSTRUCTURE", b"RFC822.SIZE"])
    for batch in _chunks(uids, 200):
        client.fetch(batch, [b"RFC822.SIZE", b"BODY.PEEK[TEXT]<0.1>"])
    client.logout()
    return {"messages": len(uids)}


def phase_limit(args: argparse.Namespace) -> dict[str, Any]:
    from noticewatch.sources.imap import text_parts

    client = _client(args)
    uids = client.search("ALL")
    fetched = 0
    for batch in _chunks(uids, BATCH):
        structures = client.fetch(batch, [b"BODYSTRUCTURE"])
        groups: dict[tuple[str, ...], list[int]] = {}
        for uid, data in structures.items():
            refs, _ = text_parts(data[b"BODYSTRUCTURE"])
            groups.setdefault(tuple(r.section for r in refs), []).append(uid)
        for sections, members in groups.items():
            if not sections:
                continue
            for data in client.fetch(members, [f"BODY.PEEK[{s}]".encode() for s in sections]).values():
                fetched += sum(len(v) for k, v in data.items() if k.startswith(b"BODY["))
    client.logout()
    return {"messages": len(uids), "bytes": fetched}


def phase_naive(args: argparse.Namespace) -> dict[str, Any]:
    import email
    from email import policy

    client = _client(args)
    uids = client.search("ALL")
    fetched = 0
    for batch in _chunks(uids, 50):  # whole messages: small batches keep memory bounded
        for data in client.fetch(batch, [b"BODY.PEEK[]"]).values():
            raw = data[b"BODY[]"]
            fetched += len(raw)
            msg = email.message_from_bytes(raw, policy=policy.default)
            for part in msg.walk():
                if part.is_multipart():
                    continue
                with contextlib.suppress(Exception):
                    part.get_content()
    client.logout()
    return {"messages": len(uids), "bytes": fetched}


def _account(args: argparse.Namespace) -> Any:
    from noticewatch.config import AccountConfig

    os.environ[PASSWORD_ENV] = PASSWORD
    return AccountConfig(
        name="bench",
        host="127.0.0.1",
        port=args.port,
        username=USER,
        password_env=PASSWORD_ENV,
        ca_file=Path(args.ca_file),
        since="3650d",
    )


def phase_source(args: argparse.Namespace, with_rules: bool = False) -> dict[str, Any]:
    from noticewatch.models import RawMessage
    from noticewatch.sources.imap import BodyDecision, ImapSource, NoCursors

    wants_body = None
    evaluate = None
    parse = None
    if with_rules:
        from noticewatch.config import Config
        from noticewatch.models import Message
        from noticewatch.parse import parse_headers, parse_message
        from noticewatch.service import load_engine

        engine = load_engine(Config())
        parse = parse_message

        announced: set[tuple[str, str]] = set()  # stateless: only this run's notices, as service.scan has

        def wants_body(header: bytes) -> BodyDecision:
            parsed = parse_headers(RawMessage(source="", data=header))
            if not isinstance(parsed, Message):
                return True
            need = engine.body_need(parsed)
            announced.update(need.generic_notices)
            if need.fetch or not need.closes_only:
                return need.fetch
            return lambda: not need.closes_only.isdisjoint(announced)

        evaluate = engine.evaluate
    src = ImapSource(_account(args), cursors=NoCursors(), since_date=date(2000, 1, 1), full=True, wants_body=wants_body)
    findings = parsed = 0
    for item in src.messages():
        if not isinstance(item, RawMessage):
            continue
        if parse is not None and evaluate is not None:
            msg = parse(item)
            if hasattr(msg, "text"):
                parsed += 1
                findings += len(evaluate(msg))  # type: ignore[arg-type]
    s = src.stats
    return {
        "messages": s.messages,
        "bodies": s.bodies,
        "header_only": s.header_only,
        "deferred": s.deferred,
        "bytes": s.part_bytes,
        "parsed": parsed,
        "findings": findings,
    }


def phase_service(args: argparse.Namespace) -> dict[str, Any]:
    from noticewatch.config import Config
    from noticewatch.service import scan

    result = scan(Config(accounts=[_account(args)]), [], date.fromisoformat(TODAY), use_state=False)
    return {"messages": result.messages_read, "items": len(result.items), "warnings": len(result.warnings)}


PHASES = {
    "warmup": phase_warmup,
    "limit": phase_limit,
    "naive": phase_naive,
    "source": phase_source,
    "noticewatch": lambda a: phase_source(a, with_rules=True),
    "service": phase_service,
}


def run_phase_here(args: argparse.Namespace) -> None:
    start = time.perf_counter()
    cpu = time.process_time()
    result = PHASES[args.phase](args)
    result["seconds"] = time.perf_counter() - start
    result["cpu_seconds"] = time.process_time() - cpu
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def run_phase(phase: str, server: DovecotServer) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--phase", phase, "--port", str(server.tls_port), "--ca-file", str(server.ca_file)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def run_cli(server: DovecotServer, workdir: Path) -> dict[str, Any]:
    """`noticewatch scan` twice from a fresh interpreter: the first run fills the state, the second finds nothing."""
    import yaml

    cfg = workdir / "bench-config.yaml"
    state = workdir / "bench-state.db"
    state.unlink(missing_ok=True)
    cfg.write_text(
        yaml.safe_dump(
            {
                "accounts": [
                    {
                        "name": "bench",
                        "host": "127.0.0.1",
                        "port": server.tls_port,
                        "username": USER,
                        "password_env": PASSWORD_ENV,
                        "ca_file": str(server.ca_file),
                        "since": "3650d",
                    }
                ],
                "state": {"path": str(state)},
            }
        )
    )
    exe = shutil.which("noticewatch")
    base = [exe] if exe else [sys.executable, "-m", "noticewatch"]
    cmd = [*base, "scan", "--config", str(cfg), "--today", TODAY, "--format", "json"]
    env = {**os.environ, PASSWORD_ENV: PASSWORD}
    # An installed package has its bytecode compiled (pip does it on install); a sandbox that sets
    # PYTHONDONTWRITEBYTECODE would make every run recompile noticewatch's modules from source (~0.3 s here).
    # The first run writes the bytecode, the timed no-new-mail runs use it, as an installed copy would.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out: dict[str, Any] = {}
    for label in ("cli-first", "cli-nonew", "cli-nonew-2"):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
        wall = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        out[label] = {"seconds": wall, "exit": proc.returncode, "children_peak_rss_mb": usage.ru_maxrss / 1024}
        if proc.returncode not in (0, 1):
            out[label]["error"] = (proc.stderr.strip().splitlines() or ["?"])[-1]
    out["cli-nonew"]["seconds"] = min(out["cli-nonew"]["seconds"], out.pop("cli-nonew-2")["seconds"])
    return out


def bench_size(messages: int, args: argparse.Namespace) -> dict[str, Any]:
    server = prepare(args.workdir, messages)
    server.start()
    try:
        report: dict[str, Any] = {"messages": messages}
        stamp = json.loads((server.root / ".generated").read_text())
        report["mailbox_gb"] = stamp["bytes"] / 1e9
        print(f"[{messages}] warm-up", file=sys.stderr)
        run_phase("warmup", server)
        phases = [p for p in ("limit", "source", "noticewatch", "service") if p not in args.skip]
        for phase in phases:
            best: dict[str, Any] | None = None
            for _ in range(args.repeat if phase in ("limit", "source") else 1):
                print(f"[{messages}] {phase}", file=sys.stderr)
                r = run_phase(phase, server)
                if best is None or ("seconds" in r and r["seconds"] < best.get("seconds", 1e9)):
                    best = r
            report[phase] = best
        if messages <= args.skip_naive_above and "naive" not in args.skip:
            print(f"[{messages}] naive", file=sys.stderr)
            report["naive"] = run_phase("naive", server)
        if "cli" not in args.skip:
            print(f"[{messages}] cli", file=sys.stderr)
            report.update(run_cli(server, server.root))
        return report
    finally:
        server.close()


def summarize(report: dict[str, Any]) -> str:
    def sec(name: str) -> float | None:
        r = report.get(name)
        return r.get("seconds") if isinstance(r, dict) else None

    limit, naive = sec("limit"), sec("naive")
    lines = [
        f"## {report['messages']:,} messages ({report['mailbox_gb']:.2f} GB), Dovecot on 127.0.0.1 over TLS",
        "",
        "| phase | wall s | CPU s | peak RSS MB | vs limit | vs naive |",
        "|---|---|---|---|---|---|",
    ]
    for name in ("limit", "source", "noticewatch", "service", "naive"):
        r = report.get(name)
        if not isinstance(r, dict):
            continue
        if "error" in r:
            lines.append(f"| {name} | error: {r['error'][:80]} | | | | |")
            continue
        s = r["seconds"]
        vs_limit = f"{s / limit:.2f}x" if limit else ""
        vs_naive = f"{s / naive:.3f}x" if naive else ""
        lines.append(
            f"| {name} | {s:.2f} | {r['cpu_seconds']:.2f} | {r['peak_rss_mb']:.0f} | {vs_limit} | {vs_naive} |"
        )
    for name in ("cli-first", "cli-nonew"):
        r = report.get(name)
        if isinstance(r, dict):
            extra = f" (exit {r['exit']}{', ' + r['error'] if 'error' in r else ''})"
            lines.append(
                f"| {name} | {r['seconds']:.2f} | | {r['children_peak_rss_mb']:.0f} (max of children) | | |" + extra
            )
    nw = report.get("noticewatch", {})
    if isinstance(nw, dict) and "bodies" in nw:
        lines += [
            "",
            f"noticewatch fetched bodies of {nw['bodies']:,} of {nw['messages']:,} messages "
            f"({nw['header_only']:,} ruled out by headers, {nw.get('deferred', 0):,} of them receipts judged "
            f"once the folder was read), {nw['bytes'] / 1e6:.1f} MB of text parts; "
            f"{nw['findings']} findings.",
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, nargs="+", default=[10_000])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/nw-imap-bench"))
    parser.add_argument("--repeat", type=int, default=2, help="runs of limit and source; the best is kept")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=("limit", "source", "noticewatch", "service", "naive", "cli")
    )
    parser.add_argument("--skip-naive-above", type=int, default=10**9, help="naive phase only up to this size")
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--ca-file", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        run_phase_here(args)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    reports = [bench_size(n, args) for n in args.messages]
    for r in reports:
        print(summarize(r))
        print()
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2))


if __name__ == "__main__":
    main()
