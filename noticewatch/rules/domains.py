"""Domain-name helpers shared by sender trust and target extraction: normalisation, organisational domain.

No public-suffix download: a compact list of the multi-label suffixes that matter for our mail (Korean
second-level domains first), which is enough to tell `mail.gabia.co.kr` and `gabia.co.kr` apart from
`gabia-billing.co.kr`.
"""

from __future__ import annotations

import contextlib
import functools

# Second-level public suffixes: `example.co.kr`'s organisation is `example.co.kr`, not `co.kr`.
MULTI_LABEL_SUFFIXES = frozenset(
    {
        # Korea
        "co.kr", "or.kr", "ne.kr", "re.kr", "pe.kr", "go.kr", "mil.kr", "ac.kr", "hs.kr", "ms.kr", "es.kr",
        "sc.kr", "kg.kr", "seoul.kr", "busan.kr", "daegu.kr", "incheon.kr", "gwangju.kr", "daejeon.kr",
        "ulsan.kr", "gyeonggi.kr", "gangwon.kr", "chungbuk.kr", "chungnam.kr", "jeonbuk.kr", "jeonnam.kr",
        "gyeongbuk.kr", "gyeongnam.kr", "jeju.kr",
        # Others common in vendor mail
        "co.jp", "ne.jp", "or.jp", "ac.jp", "go.jp", "co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk",
        "com.au", "net.au", "org.au", "com.cn", "net.cn", "org.cn", "com.tw", "org.tw", "com.hk", "com.sg",
        "com.br", "com.mx", "co.nz", "co.in", "co.id", "co.za", "com.tr", "com.vn", "co.th", "com.my",
        "com.ph", "com.ar",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=8192)
def normalize_domain(domain: str) -> str:
    """Lowercase, no trailing dot, IDN labels as Unicode (xn-- decoded when valid)."""
    d = domain.strip().strip(".").lower()
    if "xn--" in d:
        with contextlib.suppress(UnicodeError, ValueError):
            d = d.encode("ascii").decode("idna")
    return d


@functools.lru_cache(maxsize=8192)
def org_domain(domain: str) -> str:
    """The registrable domain: `mail.gabia.co.kr` -> `gabia.co.kr`, `a.b.example.com` -> `example.com`."""
    labels = normalize_domain(domain).split(".")
    if len(labels) <= 2:
        return ".".join(labels)
    if ".".join(labels[-2:]) in MULTI_LABEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def org_label(domain: str) -> str:
    """The distinguishing label: `gabia.co.kr` -> `gabia`, `registrar.amazon.com` -> `amazon`."""
    return org_domain(domain).split(".")[0]


def is_same_or_subdomain(domain: str, parent: str) -> bool:
    d = normalize_domain(domain)
    p = normalize_domain(parent)
    return d == p or d.endswith("." + p)


def suffixes(domain: str) -> list[str]:
    """`a.b.gabia.com` -> [`a.b.gabia.com`, `b.gabia.com`, `gabia.com`, `com`] (for index look-ups)."""
    labels = normalize_domain(domain).split(".")
    return [".".join(labels[i:]) for i in range(len(labels))]


def aligned(a: str, b: str) -> bool:
    """DMARC relaxed alignment: same organisational domain."""
    return bool(a) and bool(b) and org_domain(a) == org_domain(b)
