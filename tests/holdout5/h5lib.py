"""Helpers for the holdout5 mails: how shared mailboxes really receive vendor mail (Google Groups
resends with ARC, Microsoft 365 shared mailboxes, auto-forwards with Resent-* headers, forwards as
message/rfc822 attachments). The mails themselves are built with tests/corpus/corpus_lib.py."""

from __future__ import annotations

import email
import hashlib
import sys
from datetime import date
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.append(str(HERE.parent / "corpus"))

from corpus_lib import Mail, build  # noqa: E402

GROUP_DOMAIN = "hanbit-lab.kr"
M365_DOMAIN = "gurumsoft.co.kr"


def kwd(y: int, m: int, d: int) -> str:
    """Korean weekday in parentheses, as Korean notices write it: (월)."""
    return "(" + "월화수목금토일"[date(y, m, d).weekday()] + ")"


def ewd(y: int, m: int, d: int) -> str:
    return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][date(y, m, d).weekday()]


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) - ord("0") + 0xFF10) if c.isdigit() else c for c in s)


def entities(s: str) -> str:
    """Numeric character references (&#47564;...), as some Korean mail builders emit Hangul."""
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else c for c in s)


def _h(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()


def _enc_addr(name: str, addr: str) -> str:
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{addr}>'
    return f"{Header(name, 'utf-8').encode()} <{addr}>"


def via_group(
    name: str,
    vendor_name: str,
    vendor_addr: str,
    *,
    group: str = "ops",
    domain: str = GROUP_DOMAIN,
    original_auth: str = "pass",
) -> tuple[list[str], dict[str, str]]:
    """Authentication-Results and headers of a mail that a Google Workspace group resent to its
    members, with the From rewritten to the group ("'Vendor' via ops" <ops@...>) because the
    vendor publishes DMARC p=reject. The topmost result is for the group's own domain; the ARC set
    carries what Google saw on the vendor's original mail."""
    vdom = vendor_addr.rpartition("@")[2]
    h = _h(name + vendor_addr)
    bounce = f"{group}+bncBD{h[:22].upper()}@{domain}"
    ok = original_auth == "pass"
    spf = "pass" if ok else "fail"
    dkim = "pass" if ok else "fail"
    dmarc = "pass" if ok else "fail"
    arc_word = "pass" if ok else "fail"
    top = [
        f"mx.google.com;\r\n       dkim=pass header.i=@{domain} header.s=google header.b={h[22:30]};\r\n"
        f"       arc={arc_word} (i=1 spf={spf} spfdomain={vdom} dkim={dkim} dkdomain={vdom}"
        f" dmarc={dmarc} fromdomain={vdom});\r\n"
        f"       spf=pass (google.com: domain of {bounce} designates 209.85.220.{int(h[30:32], 16) % 200 + 20}"
        f" as permitted sender) smtp.mailfrom={bounce};\r\n"
        f"       dmarc=pass (p=NONE sp=NONE dis=NONE arc={arc_word}) header.from={domain}"
    ]
    arc_ar = (
        f"i=1; mx.google.com;\r\n       dkim={dkim} header.i=@{vdom} header.s=s{h[:4]} header.b={h[4:12]};\r\n"
        f"       spf={spf} (google.com: domain of bounce@{vdom} "
        f"{'designates' if ok else 'does not designate'} 198.51.100.{int(h[12:14], 16) % 250}"
        f" as permitted sender) smtp.mailfrom=bounce@{vdom};\r\n"
        f"       dmarc={dmarc} (p=REJECT sp=REJECT dis={'NONE' if ok else 'REJECT'}) header.from={vdom}"
    )
    headers = {
        "ARC-Seal": f"i=1; a=rsa-sha256; t=17{int(h[:7], 16) % 10**8:08d}; cv=none; d=google.com; s=arc-20240605;"
        f" b={h[:40]}",
        "ARC-Message-Signature": "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;"
        f" h=to:subject:message-id:date:from:mime-version:dkim-signature; bh={h[8:40]}=; b={h[2:34]}",
        "ARC-Authentication-Results": arc_ar,
        "Reply-To": _enc_addr(vendor_name, vendor_addr),
        "X-Original-Sender": f"{group}@{domain}",
        "X-Original-Authentication-Results": f"mx.google.com; dkim={dkim} header.i=@{vdom};"
        f" spf={spf} smtp.mailfrom=bounce@{vdom}; dmarc={dmarc} header.from={vdom}",
        "X-Original-From": _enc_addr(vendor_name, vendor_addr),
        "Precedence": "list",
        "Mailing-list": f"list {group}@{domain}; contact {group}+owners@{domain}",
        "List-ID": f"<{group}.{domain}>",
        "X-Spam-Checked-In-Group": f"{group}@{domain}",
        "X-Google-Group-Id": str(int(h[:10], 16)),
        "List-Post": f"<https://groups.google.com/a/{domain}/group/{group}/post>, <mailto:{group}@{domain}>",
        "List-Help": f"<https://support.google.com/a/{domain}/bin/topic.py?topic=25838>,"
        f" <mailto:{group}+help@{domain}>",
        "List-Archive": f"<https://groups.google.com/a/{domain}/group/{group}/>",
        "List-Unsubscribe": f"<mailto:googlegroups-manage+{int(h[10:20], 16)}+unsubscribe@googlegroups.com>,"
        f"\r\n <https://groups.google.com/a/{domain}/group/{group}/subscribe>",
    }
    return top, headers


def m365_auth(sender_domain: str, *, result: str = "pass") -> list[str]:
    """Exchange Online writes Authentication-Results without an authserv-id (a known deviation
    from RFC 8601), followed by its own compauth verdict."""
    ip = "40.107." + str(int(_h(sender_domain)[:2], 16) % 200) + ".12"
    return [
        f"spf={result} (sender IP is {ip})\r\n smtp.mailfrom={sender_domain};"
        f" dkim={result} (signature was verified)\r\n"
        f" header.d={sender_domain};dmarc={result} action=none\r\n header.from={sender_domain};"
        f"compauth={result} reason=100"
    ]


def m365_headers(name: str) -> dict[str, str]:
    h = _h(name)
    return {
        "X-MS-Exchange-Organization-SCL": "1",
        "X-MS-Exchange-CrossTenant-Network-Message-Id": f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}",
        "X-MS-Exchange-Organization-AuthAs": "Anonymous",
        "X-MS-Has-Attach": "",
        "X-MS-TNEF-Correlator": "",
        "Thread-Index": "Ad" + h[:30],
        "Content-Language": "ko-KR",
    }


def build_with_attached(outer: Mail, inner: Mail, filename: str) -> bytes:
    """Outlook's "Forward as attachment": the notice travels whole as a message/rfc822 part."""
    inner_msg = email.message_from_bytes(build(inner), policy=policy.compat32)
    outer_msg = email.message_from_bytes(build(outer), policy=policy.compat32)
    body = email.message_from_bytes(build(outer), policy=policy.compat32)
    for k in list(body.keys()):
        if not k.lower().startswith("content-"):
            del body[k]
    att = MIMEMessage(inner_msg)
    att["Content-Disposition"] = f'attachment; filename="{filename}"'
    mixed = MIMEMultipart("mixed", boundary="_004_" + _h(outer.name)[:24].upper() + "_")
    mixed.attach(body)
    mixed.attach(att)
    ctype = mixed["Content-Type"]
    for k in list(mixed.keys()):
        del mixed[k]
    for k, v in outer_msg.items():
        if not k.lower().startswith("content-"):
            mixed[k] = v
    mixed["Content-Type"] = ctype
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(mixed, linesep="\r\n")
    return buf.getvalue()
