"""Deadline extraction from a mail's readable text: pure, deterministic, regex-based.

Given the decoded text of a mail (HTML already turned into text, table rows on their own lines) and the mail's
date, find every date mention, decide for each what it is (a deadline, a distractor such as a registration or
payment date, or neutral), and choose the mail's deadline with a human-readable reason.

Why not a general date library: dateparser returns nothing for "2023년 2월 10일 오전 3시" and confuses 월/일 with
weekdays; vendors also mix US, ISO and Korean forms in one mail. Every pattern here is linear (bounded
repetitions only, no nested quantifiers) so hostile or huge input cannot hang a scan.

Policy (also spelled out in `DeadlineResult.reason`):
1. Cue words decide, not the position of a date. A date governed by a deadline cue (만료일, 까지, "expires on",
   "until", a table column headed 만료일/Expiration, a range end after 기간/period) is a deadline; one governed by
   a distractor cue (등록일, 결제일, "registered on", "Sent:", "last updated", the date of an earlier mail:
   "지난 10월 20일 안내드린", "as announced on", "in our email of", a date marked "(참고)" / "(for reference)")
   never becomes the deadline; a date on a line labelled "참고:" / "For reference:" gives way to any other.
   The cue nearest to the date wins; English cues precede the date, Korean 까지/만료됩니다 follow it.
2. Several dated phases (1차/2차, Phase 1/Phase 2, or a table with a Phase/단계 column): all are returned, the
   deadline is the first phase not yet past on the mail's date.
3. Several deadline-cued dates: those on or after the mail's date are preferred (a past expiry followed by a
   future deletion date means the deletion date is the last chance); then strong cues (expiry, shutdown, 만료)
   over generic ones (by, until, 까지); then the earliest.
4. No cued date: the single distinct uncued date after the mail's date is taken (not a log timestamp
   with seconds, not the start of a range); several uncued dates are ambiguous and give no deadline (a rule
   can still set `if_missing`).
5. Relative forms (D-7, within 15 days, 15일 이내, in 30 days) count from the mail's date; in a mail written in
   Korean the mail's date is taken in Korea's time zone (+09:00). "N days before the expiry" counts back from the
   expiry, not from the mail ("will be charged 30 days before the expiration date", "만기일 30일 전에 결제"): it
   makes no date, the expiry stays the deadline and the reason names the charge day; only a notice's own
   headline ("만료 30일 전 안내", "Reminder: 30 days before your domain expires") dates the expiry from the mail.
   A date without a year takes the year that puts it between 60 days before the mail and ~10 months after it; a
   written weekday ("1월 5일(화)") picks the year when it agrees with one; the end of a range takes the year of
   its start.
6. Times and zones are kept as written: "2026-12-15 23:59 PST" is 2026-12-15.
7. A date the mail says it replaces ("기존 종료일", "originally scheduled for", "A → B", "postponed from A to B",
   "Before: A" over "After: B", a row under "기존 일정 | 변경 일정" columns) gives way to the new one; a B that
   replaces an A is the revised value of the same thing and keeps A's phase ("1차 : A → B" dates phase 1 at B).
   A start already in effect at the mail's date ("오늘부터 지원 중단", "effective Nov 1" in a mail of Nov 20) is
   not a deadline; "end date to be announced" / "추후 공지" is reported as
   `undated_cue`.
8. Each cue phrase governs one date, the nearest; a header row (만료일 / Expiration date) governs the dates in
   its column below, also when the plain-text part separates cells by single spaces (in a row whose cells are
   apart, a cue word in another cell is that cell's value, not the date's cue); a label alone on the line
   above ("Expiration Date:" / "Dec 15, 2026") governs the date that starts the next line; in a hard-wrapped
   paragraph a cue at the end of one line reaches the date at the start of the next.
9. A numeric date whose two numbers could both be the month (05/12/2026) is read in the order the mail uses:
   a written format (dd/mm/yyyy, JJ/MM/AAAA, TT.MM.JJJJ, MM/DD/YYYY), else another date in the same form with a
   number above 12, else day-first in a European mail (sender domain, a forwarded notice's From line, French/
   German/... words or month names, "5 December 2026" without "December 5"). Otherwise / and - are read
   month-first (US) and dots day-first; a month-first date already past on the mail's date is read day-first
   when that is still ahead and its cue says so ("expires on", "will be suspended", "renew by", not
   "Expiration date:" or "expired on"). Year-first forms (2026/12/05, 2026.12.05) are never reordered.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Literal

from noticewatch.models import Phase

__all__ = [
    "KST",
    "DateMention",
    "DeadlineResult",
    "Role",
    "deadline_for_span",
    "extract_deadline",
    "find_dates",
    "zone_offset",
]

Role = Literal["deadline", "distractor", "neutral"]

KST = timezone(timedelta(hours=9))
# A date without a year is read in the year-long window that starts this many days before the mail:
# "Jan 5th" in a December mail is next January, "Dec 29" in a January mail is the December just past.
YEAR_ROLLOVER_DAYS = 60
MIN_YEAR = 1990
MAX_YEAR = 2100


@dataclass(frozen=True, slots=True)
class DateMention:
    date: date
    start: int  # char offsets of the whole date expression (weekday and time included) in the text
    end: int
    line: str  # the full stripped line the date is on: the evidence excerpt
    line_no: int  # 1-based
    cue: str | None  # the cue phrase that governs this date, e.g. "만료일", "expires on", "until"
    role: Role
    relative: bool  # computed from the mail's date (D-7, in 30 days, within 15 days, 15일 이내)
    phase_label: str | None  # "1차 종료", "Phase 2", ...
    text: str = ""  # the date expression as written
    time: time | None = None
    zone: str | None = None
    tier: int = 0  # 1: strong deadline cue (expiry, shutdown, 만료), 2: generic (by, until, 까지); 0: none
    cue_source: str | None = None  # "before", "after", "column", "previous-line", "range", "intrinsic"
    range_part: Literal["start", "end"] | None = None
    year_inferred: bool = False
    # Approximate: only a month, quarter or half year was written ("March 2027", "2027년 3월 말", "Q1 2027",
    # "2026년 말"): the first day of the period, or its last after "end of" / 말.
    month_only: bool = False
    starts: bool = False  # the cue says when something begins (부터, starting, effective), not an end
    superseded: bool = False  # an old date the mail replaces ("기존 종료일", "postponed from")
    # The mail marks it as the new value of a changed date ("변경 후 :", "now expires on", "has been extended to").
    revised: bool = False
    # How an ambiguous numeric date (05/12/2026) was read when not by the default for its separator, and why:
    # "read day-first: 'dd/mm/yyyy' in the mail".
    reading: str | None = None

    def moment(self, default_tz: tzinfo | None = None) -> datetime | None:
        """The date with its written time, in its written zone (else `default_tz`, e.g. KST for Korean mail).

        None when no time was written: the deadline is then the whole day `date`.
        """
        if self.time is None:
            return None
        tz = zone_offset(self.zone) if self.zone else None
        return datetime.combine(self.date, self.time, tz or default_tz)


_ZONES = {
    "KST": 9, "JST": 9, "UTC": 0, "GMT": 0, "Z": 0, "PST": -8, "PDT": -7, "PT": -8, "MST": -7, "MDT": -6,
    "MT": -7, "CST": -6, "CDT": -5, "CT": -6, "EST": -5, "EDT": -4, "ET": -5, "CET": 1, "CEST": 2, "BST": 1,
    "IST": 5.5, "SGT": 8, "HKT": 8, "AEST": 10, "AEDT": 11,
}  # fmt: skip


def zone_offset(zone: str) -> timezone | None:
    """A written zone ("KST", "PST", "UTC+9", "+09:00", "한국 시간") as a fixed offset; None if unknown."""
    z = zone.strip(" ()").upper()
    if "한국" in z:
        return KST
    m = re.fullmatch(r"(?:UTC|GMT)?\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?", z)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        if minutes > 14 * 60:
            return None
        return timezone(timedelta(minutes=-minutes if m.group(1) == "-" else minutes))
    hours = _ZONES.get(z)
    return None if hours is None else timezone(timedelta(hours=hours))


@dataclass(frozen=True, slots=True)
class DeadlineResult:
    deadline: date | None
    phases: tuple[Phase, ...]  # all dated phases when the mail gives several, in date order
    mention: DateMention | None  # the one chosen
    reason: str  # why this date (or why none)
    candidates: tuple[DateMention, ...]
    undated_cue: str | None = None  # "to be announced" / "추후 안내": the text says the date comes later
    undated_line: str | None = None  # the line saying so (the evidence of an undated item)


# --------------------------------------------------------------------------------------------------------------
# Date expressions

_SP = r"[ \t\u00a0\u3000]"  # spaces that stay on one line
_MONTHS = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:tember|t)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)
_EN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<y>(?:19|20)\d{2})"

_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Weekday and time that may follow a date; all optional, all bounded.
_SUFFIX = re.compile(
    rf"""
    (?P<wd>{_SP}{{0,2}}\({_SP}?(?:[월화수목금토일](?:요일)?|{_EN_WEEKDAY}\.?){_SP}?\)
      |{_SP}{{1,2}}[월화수목금토일]요일)?
    (?P<time>
      (?:{_SP}{{0,3}}(?:,{_SP}?|at{_SP}|@{_SP}?|T|{_SP})|{_SP}{{0,2}}(?=[오자정]))
      {_SP}{{0,2}}
      (?:
        (?:오전|오후|AM|PM|a\.m\.|p\.m\.){_SP}?\d{{1,2}}(?:{_SP}?시(?:{_SP}?\d{{1,2}}{_SP}?분)?|:\d{{2}})
       |\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d{{1,9}})?)?(?:{_SP}?(?:AM|PM|a\.m\.|p\.m\.)(?![a-z]))?
       |\d{{1,2}}{_SP}?시(?:{_SP}?\d{{1,2}}{_SP}?분)?
       |\d{{1,2}}{_SP}?(?:AM|PM|a\.m\.|p\.m\.)(?![a-z])
       |자정|정오
      )
    )?
    (?P<zone>{_SP}{{0,2}}\(?{_SP}?
      (?:(?:UTC|GMT){_SP}?[+-]{_SP}?\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:?\d{{2}}
        |(?:KST|JST|UTC|GMT|PST|PDT|PT|EST|EDT|ET|CST|CDT|CT|MST|MDT|MT|CET|CEST|BST|IST|AEST|AEDT|SGT|HKT)(?![a-z])
        |Z(?![a-z0-9])|한국{_SP}?시간(?:{_SP}?기준)?|\(?KST\)?)
      {_SP}?\)?)?
    """,
    re.IGNORECASE | re.VERBOSE,
)

_TIME_PARTS = re.compile(
    r"(?P<pre>오전|오후|AM|PM|a\.m\.|p\.m\.)?[ \t\u00a0\u3000]?(?P<h>\d{1,2})"
    r"(?:(?::|[ \t\u00a0\u3000]?시[ \t\u00a0\u3000]?)(?P<mi>\d{1,2})?)?(?::(?P<sec>\d{2}))?"
    r"(?:[ \t\u00a0\u3000]{0,3}(?P<post>AM|PM|a\.m\.|p\.m\.))?",
    re.IGNORECASE,
)

# The kinds of absolute date expressions, tried in this order; an earlier kind claims its span.
_ABSOLUTE: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ymd",
        re.compile(
            # not inside a URL path (/2026/12/15/) or a dotted version (2026.12.15.1)
            rf"(?<![\d./=A-Za-z])(?P<y>(?:19|20)\d{{2}}){_SP}{{0,2}}(?P<sep>[-./]){_SP}{{0,2}}(?P<m>\d{{1,2}})"
            rf"{_SP}{{0,2}}(?P=sep){_SP}{{0,2}}(?P<d>\d{{1,2}})(?!\d|/|\.\d|-\w)(?:{_SP}?\.(?!\d))?"
        ),
    ),
    (
        "ko",
        re.compile(
            # 年月日 too: LINE and other Japanese vendors write 2026年12月15日
            rf"(?=\d)(?<!\d)(?P<y>(?:19|20)?\d{{2}}){_SP}?[년年]{_SP}{{0,2}}(?P<m>\d{{1,2}}){_SP}?[월月]{_SP}{{0,2}}"
            rf"(?P<d>\d{{1,2}}){_SP}?[일日]"
        ),
    ),
    (
        "mdy_name",
        re.compile(
            # the guard (initials of weekdays and months) lets most positions fail on one character
            rf"(?=[adfjmnostw])(?:(?<![a-z])(?P<wdp>{_EN_WEEKDAY})\.?,?{_SP}{{1,3}})?(?<![a-z]){_MONTHS}\.?{_SP}{{0,2}}"
            rf"(?P<d>\d{{1,2}}){_ORD}(?!\d|:\d)(?:{_SP}{{0,2}},?{_SP}{{0,2}}{_YEAR4}(?!\d))?",
            re.IGNORECASE,
        ),
    ),
    (
        "dmy_name",
        re.compile(
            rf"(?=[\dfmstw])(?:(?<![a-z])(?P<wdp>{_EN_WEEKDAY})\.?,?{_SP}{{1,3}})?(?<![\d.:/])(?:the{_SP})?(?P<d>\d{{1,2}}){_ORD}"
            rf"{_SP}{{0,2}}(?:of{_SP}{{1,2}})?{_MONTHS}\.?(?:,?{_SP}{{0,2}}{_YEAR4}(?!\d))?",
            re.IGNORECASE,
        ),
    ),
    (
        "dmy_dash",
        # WHOIS-style "15-Dec-2026" / "15/Dec/2026"
        re.compile(rf"(?<![\d])(?P<d>\d{{1,2}})(?P<sep>[-/]){_MONTHS}(?P=sep){_YEAR4}(?!\d)", re.IGNORECASE),
    ),
    (
        "numeric_y_last",
        re.compile(r"(?<![\d./=-])(?P<a>\d{1,2})(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)" + _YEAR4 + r"(?![\d/]|\.\d)"),
    ),
    (
        "ko_md",
        re.compile(rf"(?<![\d.])(?P<m>\d{{1,2}}){_SP}?[월月]{_SP}{{0,2}}(?P<d>\d{{1,2}}){_SP}?[일日]"),
    ),
    (
        "md_weekday",
        # "12/15(화)", "12.15(화)": without the weekday a bare 12/15 is too often a fraction or a version
        re.compile(rf"(?<![\d./])(?P<m>\d{{1,2}})[./](?P<d>\d{{1,2}})\.?(?=\s?\({_SP}?[월화수목금토일])"),
    ),
    (
        "ko_ym",
        re.compile(
            rf"(?<!\d)(?P<y>(?:19|20)\d{{2}}){_SP}?년{_SP}{{0,2}}(?P<m>\d{{1,2}}){_SP}?월(?!{_SP}?\d)"
            rf"(?:{_SP}?(?P<part>초|중순|중|말경|말|하순|상순|경))?"
        ),
    ),
    (
        "en_my",
        re.compile(
            rf"(?=[abdefjlmnost])(?:(?<![a-z])(?P<part>(?:the{_SP})?(?:end|beginning|start|middle)(?:{_SP}of)?|early|mid-?|late)"
            rf"{_SP}{{0,2}})?(?<![a-z]){_MONTHS}\.?,?{_SP}{{1,2}}{_YEAR4}(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "year_end",
        re.compile(
            rf"(?=[12teqh])(?:(?<!\d)(?P<y>(?:19|20)\d{{2}}){_SP}?년{_SP}?(?P<part>연말|말|하반기|상반기)"
            rf"|(?<![a-z])(?P<part2>(?:the{_SP})?end{_SP}of(?:{_SP}the)?(?:{_SP}year)?|(?:the{_SP})?end{_SP}of{_SP}Q[1-4]"
            rf"|Q[1-4]|H[12]){_SP}{{0,2}}(?P<y2>(?:19|20)\d{{2}})(?!\d))",
            re.IGNORECASE,
        ),
    ),
    (
        "ymd2",
        # "26.12.15": kept only when clearly a date (a weekday follows or a cue is adjacent), see _keep_weak
        re.compile(r"(?<![\w.])(?P<y>\d{2})(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?:\.(?!\d))?(?![\d.]\d)"),
    ),
    (
        "md_weak",
        # "12/15까지", "by 12/15": kept only right next to a cue (see _keep_weak); alone it is a fraction or a score
        re.compile(r"(?<![\d./:,-])(?P<m>\d{1,2})[./](?P<d>\d{1,2})(?![\d./%]|[ ]?(?:%|GB|MB|KB|TB|개|명|건))"),
    ),
)

_WORD_NUM = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty-five": 45, "sixty": 60, "ninety": 90,
}  # fmt: skip
_NUM = (
    r"(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen"
    r"|twenty|thirty|forty-five|sixty|ninety)"
)

# (name, pattern, intrinsically a deadline?) — "within 15 days" is a deadline by itself, "in 30 days" needs a cue.
_RELATIVE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dday", re.compile(r"(?<![A-Za-z0-9])D[ ]?-[ ]?(?:(?P<n>\d{1,3})(?!\d)|(?P<day>(?i:day)))(?![A-Za-z0-9])")),
    (
        "en_pre",
        re.compile(
            rf"(?<![a-z])(?P<prep>within(?:{_SP}the{_SP}next)?|in(?:{_SP}the{_SP}next)?|over{_SP}the{_SP}next"
            # hard-wrapped plain text may break the line inside "revoked in\n7 days"
            rf"|for{_SP}the{_SP}next|next|after)(?:{_SP}{{1,3}}|{_SP}?\n{_SP}{{0,3}}){_NUM}"
            rf"(?:{_SP}{{1,3}}|{_SP}?\n{_SP}{{0,3}})(?:\(\d{{1,3}}\){_SP}{{1,3}})?"
            rf"(?P<biz>business{_SP}|calendar{_SP}|working{_SP})?(?P<unit>days?|weeks?|months?|hours?)(?![a-z])",
            re.IGNORECASE,
        ),
    ),
    (
        "en_post",
        re.compile(
            rf"(?<![\w])(?P<n>\d{{1,3}}){_SP}{{1,3}}(?P<biz>business{_SP}|calendar{_SP}|working{_SP})?"
            rf"(?P<unit>days?|weeks?|hours?){_SP}{{1,3}}(?P<post>from{_SP}(?:now|today|the{_SP}date{_SP}of"
            rf"{_SP}this{_SP}(?:e-?mail|notice|message|letter))|left|remaining)(?![a-z])",
            re.IGNORECASE,
        ),
    ),
    (
        "en_have",
        # "You have 14 days to update your payment method", "you'll have 30 days left to renew"
        re.compile(
            rf"(?<![a-z])(?:have|has|get|given){_SP}{{1,2}}(?:only{_SP})?{_NUM}{_SP}{{1,2}}(?:more{_SP})?"
            rf"(?P<biz>business{_SP}|calendar{_SP}|working{_SP})?(?P<unit>days?|weeks?|months?|hours?)"
            rf"{_SP}{{1,2}}(?:left{_SP}{{1,2}})?(?:to|before|until|in{_SP}which)(?![a-z])",
            re.IGNORECASE,
        ),
    ),
    (
        "ko",
        re.compile(
            rf"(?<![\d.])(?P<n>\d{{1,3}}){_SP}?(?P<unit>영업{_SP}?일|일|주일?|개월|달|시간){_SP}?"
            rf"(?P<post>이내|내(?!내)|안에|후|뒤|이후|남음|남았|남은)"
        ),
    ),
    (
        "before_expiry",
        # "만료 30일 전 안내" / "30 days before your domain expires": a notice sent N days ahead of the date
        re.compile(
            rf"(?:만료|만기|종료|삭제)(?:{_SP}?일)?{_SP}?(?P<n>\d{{1,3}}){_SP}?(?P<unit>일){_SP}?전{_SP}?"
            rf"(?:안내|알림|공지|통보|입니다)"
            rf"|(?<![\w])(?P<n2>\d{{1,3}}){_SP}(?P<unit2>days?){_SP}(?:before|until|prior{_SP}to){_SP}"
            rf"(?:(?:your|the){_SP})?(?:domain{_SP}|subscription{_SP}|plan{_SP})?(?:expir(?:ation|y|es)|renewal)",
            re.IGNORECASE,
        ),
    ),
    ("en_word", re.compile(r"(?<![a-z])(?P<word>today|tonight|tomorrow)(?![a-z])", re.IGNORECASE)),
    # (not inside a longer word: "안내일로부터" is "from the notice's date", no "tomorrow")
    ("ko_word", re.compile(r"(?<![가-힣])(?P<word>오늘|금일|내일|명일)")),
)

# A period counted from another event than the mail ("만료 후 20일 이내", "within 30 days after expiration"):
# not a date counted from the mail's date; the mail states the date it gives elsewhere.
_OTHER_ANCHOR_BEFORE = re.compile(
    r"(?:만료|만기|종료|삭제|해지|expir\w*|termination|deletion)\s*(?:일|date)?\s*"
    r"(?:후|이후|로부터|으로부터|부터|기준(?:으로)?|after|from)\s*$",
    re.IGNORECASE,
)
_OTHER_ANCHOR_AFTER = re.compile(
    r"^\s*(?:after|following|of|from)\s+(?:the\s+|your\s+)?(?:domain.s\s+)?(?:expir\w*|termination|deletion)",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------------------------
# Cues


@dataclass(frozen=True, slots=True)
class _CueDef:
    pattern: str
    role: Role
    tier: int  # 1 strong, 2 generic (deadline cues); distractors use 0
    before_gap: int | None  # the cue may precede the date by at most this many chars
    after_gap: int | None  # the cue may follow the date by at most this many chars
    english: bool = False  # needs word boundaries
    # The date is when something begins (부터, starting, effective): on or before the mail's date it is
    # already in effect, not something still to act on.
    starts: bool = False
    # A note glued to the date that says what it is ("(참고)", "(for reference)") over any cue before it.
    decisive: bool = False


def _d(
    p: str, tier: int, before: int | None = 25, after: int | None = None, en: bool = False, starts: bool = False
) -> _CueDef:
    return _CueDef(p, "deadline", tier, before, after, en, starts)


def _x(p: str, before: int | None = 25, after: int | None = None, en: bool = False) -> _CueDef:
    return _CueDef(p, "distractor", 0, before, after, en)


_HANGUL = re.compile(r"[가-힣]")
_S = "[ ]?"  # Korean spacing varies: 만료일 / 만료 일
# 일 is the day only as a word of its own (종료일, 종료일은, 종료일부터), not the start of another word: 일정
# (schedule), 일자별 (by date), 일부 (some), 일시적 (temporary), 일괄 (all at once), ...
_DAYWORD = "(?:일자(?![별리])|일시(?!적)|일(?!정|부(?!터)|괄|반|체|치|환|회|련|주일|자[별리]|시적)|날짜)"
# Order matters: where two cues can start at the same place, the longer (more specific) one comes first.
_CUES: tuple[_CueDef, ...] = (
    # The date of an earlier mail ("지난 10월 20일(에) 안내드린", "10월 20일자 공지를 통해", "…일 발송한 메일"):
    # first, so that "자로 공지한" is read as this and not as the start cue 자로. "…일로 안내드린" names the
    # announced date itself (the deadline), hence no 로 before it.
    _x(
        "(?<![\n\t|:])(?<!로)(?<!로[ ])(?:에|자로|자)?[ ]?"
        "(?:(?:메일|이메일|공지(?:사항)?|안내[ ]?메일|안내문|뉴스레터|문자)[ ]?"
        "(?:로|으로|에서|을[ ]?통해|를[ ]?통해|의|에)"
        "|(?:안내|공지|고지|통보|통지|발송|전달|공유|보내|알려|말씀)[ ]?(?:해[ ]?)?(?:드린|드렸|한|했|하였|된|되었)"
        "|보낸(?![ ]?(?:날짜|시간)))",
        None,
        1,
    ),
    # Korean, deadline labels (precede the date) and predicates (follow it)
    _d(f"만료{_S}예정{_S}{_DAYWORD}?", 1, 25, 40),
    _d(f"(?:만료|만기){_S}(?:{_DAYWORD}|기한)", 1),
    _d(f"(?:유효|유예){_S}기간", 1),
    _d(f"(?:서비스|지원|제공|운영){_S}(?:종료|중단){_S}(?:예정{_S})?{_DAYWORD}?", 1, 25, 40),
    _d(f"(?:종료|중단|정지|차단|폐기|삭제|해지|회수|말소|반환|만료){_S}예정{_S}{_DAYWORD}", 1),
    _d(f"(?:종료|중단|정지|차단|폐기|삭제|해지|회수|말소){_S}{_DAYWORD}", 1),
    _d(f"(?:이전|전환|갱신|연장|납부|결제|신청|변경|마이그레이션|제출|인증|확인|조치|처리){_S}기한", 1),
    _d(f"마감{_S}(?:{_DAYWORD}|기한)?", 1, 25, 25),
    _d(f"(?:다음|차기){_S}(?:갱신|결제|연장){_S}(?:예정{_S})?{_DAYWORD}", 2),
    _d(f"(?:자동{_S})?(?:갱신|연장|결제){_S}예정{_S}{_DAYWORD}", 2),
    _d(f"(?:적용|시행|변경|발효|전환){_S}(?:예정{_S})?{_DAYWORD}", 2, starts=True),
    _d(f"(?:이용|사용|서비스|계약|보관|전환|이전|적용|마이그레이션|신청|운영){_S}기간", 2),
    _d("기한", 2, 20),
    _d("기간", 2, 20),
    # "…까지 정리하지 않으시면 … 제한됩니다": a date to act by, or else. Stronger than a bare 까지, and than the
    # expiry of the service that a quota notice lists among its details ("서비스 만기일 2027-06-30").
    _d("까지[^.!?\n]{0,60}?(?:않으시면|않으면|않을[ ]?경우|않으실[ ]?경우)", 1, None, 4),
    _d("까지", 2, None, 4),
    _d("(?:まで|迄)", 2, None, 4),
    _d("(?:有効期限|期限|終了日|廃止日|停止日|提供終了日|サポート終了日)", 1, 25, None),
    _d("(?:終了|廃止|停止|提供終了|サポート終了)", 1, 8, 40),
    _d("(?:이전|전)(?:에|까지)", 2, None, 3),
    _d("(?:부로|부터|자로|이후(?:로|에|부터)?)", 2, None, 3, starts=True),
    _d(
        f"(?:자동{_S})?(?:연장|갱신|결제|해지|이전|전환|적용|시행|변경)(?:될|됩니다|되며|돼|{_S}예정|{_S}처리될)",
        2,
        None,
        40,
    ),
    _d("(?:만료|만기)", 1, 8, 40),
    _d("(?:종료|중단|정지|차단|폐기|삭제|해지|회수|말소|불가)", 1, 8, 40),
    # Korean distractors
    _x(f"최종{_S}(?:수정|업데이트|변경)(?:{_S}{_DAYWORD})?"),
    _x(f"(?:보낸|받은){_S}(?:날짜|시간)"),
    _x(
        f"(?:최초{_S})?(?:등록|신청|결제|발행|작성|가입|구매|주문|접수|승인|입금|생성|발급|출금|청구|완료|게시)"
        f"{_S}{_DAYWORD}"
    ),
    # ... and the mail's sending date, unless a period is counted from it: "본 메일 발송일로부터 7일 이내" is seven
    # days after the mail's date, a deadline.
    _x(f"(?:최초{_S})?발송{_S}{_DAYWORD}(?!{_S}(?:로부터|으로부터|부터|기준))"),
    _x(
        f"(?:에|자로)?{_S}(?:등록|신청|결제|발송|가입|구매|주문|접수|작성|발행|갱신|연장|처리|게시)"
        # past forms only: "12월 3일에 등록된 결제수단" is the registered card, not a registration date
        f"{_S}(?:하신|하였|했|되었|됨|완료)",
        None,
        8,
    ),
    _x(f"날짜{_S}:", 5),
    _x(f"님이{_S}작성", None, 80),  # "2026년 11월 20일 (금) 오전 10:00, 가비아 <...>님이 작성:" (a quoted reply)
    _x(f"(?:발생|감지|측정|조회|탐지|접수){_S}(?:시각|일시|시간|일자)"),
    _x(f"(?:결제|청구|정산|과금){_S}(?:주기|기간|월)"),
    # events and deliveries: when something happens, not when something must be done
    _x(f"(?:점검|작업|행사|교육|이벤트|세미나|웨비나|컨퍼런스){_S}(?:일시|일정|시간|기간|날짜|일)"),
    # a promotion's own end in a notice's footer ("(이벤트 종료 2026.11.30)", "쿠폰 유효기간 ~12/31"): when the offer
    # ends, not the item's deadline (the Korean form of "offer ends ...")
    _x(
        f"(?:이벤트|프로모션|할인|쿠폰|특가|혜택){_S}(?:종료|마감|기한|만료|유효{_S}기간|사용{_S}기한)(?:{_S}{_DAYWORD})?"
    ),
    _x(f"(?:도착|배송|출고){_S}(?:예정{_S})?(?:일자|일시|일)"),
    # a developer program's own membership ("Apple Developer Program 멤버십 만료일: ..." in a sign-in notice's footer):
    # when the account's membership runs out, not when the app must change
    _x(f"멤버십{_S}(?:만료|만기|갱신|종료){_S}(?:예정{_S})?(?:{_DAYWORD}|일자|일시)?"),
    _x("(?:기준|현재)", None, 3),
    # usage counters start again ("12월 1일에 초기화됩니다"): when the quota resets, not a deadline
    _x("(?:에[ ]?)?(?:초기화|리셋|재설정)", None, 6),
    # a bare noun right after the date ("2026.11.20 발송"), not the start of a phrase ("등록된 결제수단")
    _x(
        "(?:등록|신청|결제|발송|가입|구매|주문|접수|작성|발행|게시)(?:됨|완료|분)?(?![가-힣]|[ ]?(?:예정|기한|마감))",
        None,
        2,
    ),
    # a date marked as given for reference ("서비스 만기일: 2027-03-15 (참고)", "(for reference)") is no action date
    # (the word inside the brackets is the cue: each script's cues start with a letter of it)
    replace(_x(r"(?<=[(（])(?:참고용?|참조)(?=[ ]?[)）])", None, 3), decisive=True),
    replace(
        _x(r"(?<=\()(?:for (?:your )?(?:reference|information)(?: only)?|reference only|fyi)(?=\))", None, 3, True),
        decisive=True,
    ),
    # English, strong deadline cues
    _d(
        r"(?:(?:will|is|are|set|due|scheduled|going)(?: to)?(?: be)? )?(?:expir(?:ation|y|es|ed|ing|e)|lapses?)"
        r"(?: (?:date|on|at))?",
        1,
        25,
        50,
        True,
    ),
    _d(
        r"(?:end[ -]of[ -](?:life|support|sale|service)|eol|eos)(?: date)?|(?:will )?end (?:of )?support(?: for)?",
        1,
        25,
        30,
        True,
    ),
    _d(r"sunset(?:s|ting)?(?: (?:date|on))?", 1, 25, 40, True),
    _d(
        r"(?:(?:will|is|are|to) (?:be )?)?(?:shut(?:[ -]?down|s down|ting down)|discontinu(?:ation|ed|es|e)"
        r"|deprecat(?:ion|ed|es|e)|decommission(?:ed|ing)?|retire(?:ment|d|s)?|remov(?:al|ed|es)"
        r"|terminat(?:ion|ed|es)|delet(?:ion|ed|es)|disabl(?:ed|es)|suspen(?:sion|ded|ds)|paus(?:ed|es)"
        r"|revo(?:ked|kes|cation)|(?:made |become |set to )?read-only)"
        r"(?: (?:date|on|at))?",
        1,
        25,
        50,
        True,
    ),
    _d(
        r"(?:will )?stops? working(?: on)?|will no longer (?:work|be (?:available|supported|accessible))"
        r"|(?:will )?(?:stops?|ceases?) (?:working |functioning )?on",
        1,
        25,
        50,
        True,
    ),
    _d(r"grace period(?: (?:ends?|expires?))?(?: on)?", 1, 25, None, True),
    _d(
        # an announced automatic renewal is when the card on file must work: as strong as the expiry
        # "Route 53 will renew the registration on or after Dec 28": renewal runs weeks before the expiry
        r"(?:will|(?:we|it|they)['’]ll|is scheduled to|set to) (?:be )?(?:auto(?:matically)?[ -]?|(?:attempt|try) to )?"
        r"renew(?:ed)?"
        r"(?: automatically)?(?: (?:it|them|(?:the|your|this) (?:domain (?:name )?)?registrations?"
        r"|(?:the|your|this) domains?(?: names?)?|your subscription|your plan))?(?: automatically)?"
        r"(?: on(?: or (?:after|about|around))?)?"
        r"|auto-?renewal(?: date)?|renewal date",
        1,
        25,
        None,
        True,
    ),
    _d(
        r"end date|ends on|will end(?: on)?|cut-?off(?: date)?|renew(?:al)? (?:by|before|date)|renews on"
        r"|(?:will )?auto-?(?:matically )?renew(?:s|ed)? on|will renew on|next renewal(?: date)?"
        r"|paid (?:through|until)|(?:valid|good|active|available|supported) (?:until|through|thru|till)",
        1,
        25,
        None,
        True,
    ),
    # English, generic deadline cues
    _d(r"renewal", 2, 25, None, True),
    _d(
        r"no later than|on or before|deadline|due(?: (?:date|by|on))?(?! to\b)|action required by",
        2,
        25,
        None,
        True,
    ),
    # A usage snapshot's date ("Free Tier Usage as of 11/10/2026", "balance as of"): when it was measured.
    _x(r"(?:usage|balance|spend|costs?|charges|consumption|status|figures)(?: [\w-]+){0,3} as of", 25, None, True),
    _d(
        r"on or after|effective(?: (?:date|on|from|as of))?|starting(?: (?:on|from))?|beginning(?: on)?"
        r"|commencing|as of",
        2,
        25,
        None,
        True,
        starts=True,
    ),
    _d(r"prior to|by|before|until|till|through|thru|after", 2, 3, None, True),
    _d(r"ends?|ending", 1, 3, None, True),  # "Your trial ends December 15" (ends on / end date: above)
    # English distractors
    _x(r"last (?:updated|modified|revised|changed)|updated(?: on)?|modified(?: on)?", 25, None, True),
    _x(
        r"(?:current |this )?(?:billing|usage|subscription) (?:cycle|period)|(?:will )?(?:resets?|resumes?|resume)"
        r"(?: on)?|(?:occurred|detected|triggered|observed|measured)(?: (?:at|on))?|timestamp|event time",
        25,
        40,
        True,
    ),
    _x(
        r"(?:registered|registration|created|creation|purchased|purchase|ordered|order|invoiced|invoice|billing"
        r"|billed|paid|payment|transaction|issued|issue|posted|published|submitted|activated|received|joined)"
        r" (?:date|on|at)|registered|registration|created|purchased|issued|date sent|sent(?: on)?|received"
        r"|member since|since|signed up(?: on)?|renewed on|was renewed"
        r"|(?:released|launched|introduced|announced|published|posted)(?: on)?",
        25,
        None,
        True,
    ),
    _x(r"date ?:", 5, None, True),
    # the date of an earlier mail: "in our email of Oct 20", "as previously communicated on", "we notified you on"
    _x(
        r"(?:our|my) (?:(?:previous|earlier|last|prior|original|initial|first) )?(?:e-?mail|message|notice"
        r"|notification|letter|announcement|communication|newsletter)s? (?:of|on|dated|from|sent(?: on)?)",
        3,
        None,
        True,
    ),
    _x(
        r"(?:(?:previously|originally|first|already|last) )?(?:communicated|notified|informed|told|advised"
        r"|e-?mailed|wrote(?: to)?|contacted|reached out(?: to)?|alerted|mentioned|stated|shared"
        r"|let (?:you |customers |users |developers )?know)(?: (?:you|customers|users|developers|everyone))?"
        r"(?: (?:previously|earlier|already|by e-?mail|via e-?mail))? on",
        3,
        None,
        True,
    ),
    # a marketing offer in the footer of a notice ("30% off. Offer ends November 30") is no deadline of the item
    _x(
        r"(?:(?:this|the|our|special|limited[ -]time|introductory|bonus) )?(?:offers?|sale|promo(?:tion)?(?: code)?"
        r"|discounts?|deals?|coupons?|vouchers?|savings)(?: (?:ends?|ending|expires?|expiring|valid|runs)"
        r"(?: (?:on|until|through|thru|till|by))?)",
        25,
        None,
        True,
    ),
    _x(
        r"scheduled maintenance|maintenance (?:window|date|time|schedule|period)"
        r"|(?:event|webinar|conference|meetup|livestream)(?: (?:date|time|schedule|on|starts?))?"
        r"|delivery date|estimated (?:delivery|arrival)",
        25,
        None,
        True,
    ),
    _x(r"©|copyright", 10, None, True),
    _x(
        r"(?:program|developer)[ ]membership(?:[ ]will)?[ ]"
        r"(?:expir(?:es|ation)(?:[ ]date)?|renew(?:s|al)(?:[ ]date)?)(?:[ ]on)?[ ]?:?",
        25,
        None,
        True,
    ),
    _x(r"ago", None, 3, True),
    _x(r"wrote", None, 80, True),
)


def _wrap_spaces(pattern: str) -> str:
    """A space in an English cue also matches a line break: plain-text mail wraps "billing\ncycle"."""
    out = []
    depth = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "[" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == "]" and depth and pattern[i - 1] != "\\":
            depth -= 1
        if ch == " " and depth == 0:
            optional = pattern[i + 1 : i + 2] == "?"
            out.append(r"\s{0,2}" if optional else r"\s{1,2}")
            i += 2 if optional else 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _compile_cues(cues: Sequence[_CueDef]) -> re.Pattern[str]:
    # One guard per script in front of its alternatives: most positions then fail on one character class
    # instead of trying every cue in turn.
    english = [f"(?P<c{i}>{_wrap_spaces(c.pattern)})" for i, c in enumerate(cues) if c.english]
    korean = [f"(?P<c{i}>{c.pattern})" for i, c in enumerate(cues) if not c.english and _HANGUL.search(c.pattern)]
    other = [f"(?P<c{i}>{c.pattern})" for i, c in enumerate(cues) if not c.english and not _HANGUL.search(c.pattern)]
    parts = []
    if english:
        parts.append(f"(?<![a-z])(?=[a-z©])(?:{'|'.join(english)})(?![a-z])")
    if korean:
        parts.append(f"(?=[가-힣])(?:{'|'.join(korean)})")
    parts.extend(other)
    return re.compile("|".join(parts), re.IGNORECASE)


_CUE_RE = _compile_cues(_CUES)


class _CueMatcher:
    """The built-in cues plus a rule's own deadline phrases, found as one alternation with those phrases first.

    Compiling that alternation anew for each rule's phrases cost ~3 ms a rule (Python's `re`); here the
    phrases get a small regex of their own and the two are merged the way one alternation would match: the
    leftmost hit wins, the rule's phrase on a tie, and the search resumes after the hit taken.
    """

    __slots__ = ("_extra", "_extra_re")

    def __init__(self, extra: tuple[_CueDef, ...] = ()) -> None:
        self._extra = extra
        self._extra_re = _compile_cues(extra) if extra else None

    def hits(self, text: str, start: int, end: int) -> list[_CueHit]:
        if self._extra_re is None:
            return [_hit(m, _CUES) for m in _CUE_RE.finditer(text, start, end) if m.lastgroup]
        out: list[_CueHit] = []
        pos = start
        ours = _CUE_RE.search(text, pos, end)
        theirs = self._extra_re.search(text, pos, end)
        while ours is not None or theirs is not None:
            if theirs is not None and (ours is None or theirs.start() <= ours.start()):
                m, defs = theirs, self._extra
            else:
                m, defs = ours, _CUES  # type: ignore[assignment]
            assert m is not None
            if m.lastgroup:
                out.append(_hit(m, defs))
            pos = max(m.end(), m.start() + 1)
            if ours is not None and ours.start() < pos:
                ours = _CUE_RE.search(text, pos, end)
            if theirs is not None and theirs.start() < pos:
                theirs = self._extra_re.search(text, pos, end)
        return out


def _hit(m: re.Match[str], defs: Sequence[_CueDef]) -> _CueHit:
    return _CueHit(m.start(), m.end(), m.group(0), defs[int(m.lastgroup[1:])])  # type: ignore[index]


_BUILTIN_CUES = _CueMatcher()


@functools.lru_cache(maxsize=256)
def _cue_matcher(extra_cues: tuple[str, ...]) -> _CueMatcher:
    extra = tuple(
        _CueDef(" ".join(re.escape(w) for w in c.split()), "deadline", 1, 25, 40, c.strip().isascii())
        for c in extra_cues
        if c.strip()
    )
    return _CueMatcher(extra) if extra else _BUILTIN_CUES


# "Ends ... 2026-12-31" cannot look further back than this, whatever the cue says.
_SENTENCE_BREAK = re.compile(r"[.!?。](?:\s|$)|다\.|[;]")

_PHASE = re.compile(
    r"(?=[\d제a-z최마])(?:(?:제[ ]?)?\d{1,2}[ ]?(?:차(?![ ]?(?:안내|공지|통보|알림|메일|고지|발송|경고))|단계)"
    r"|(?<![a-z])(?:phase|stage|step|wave|milestone|round)[ ]?(?:\d{1,2}|[ivx]{1,4}(?![a-z])|one|two|three|four)"
    r"|(?<![a-z])(?:first|second|third|fourth|final|last) (?:phase|stage|step)|(?:최종|마지막)[ ]?(?:단계|차))",
    re.IGNORECASE,
)

_UNDATED = re.compile(
    r"to be (?:announced|determined|confirmed)|(?<![a-z])(?:tba|tbd)(?![a-z])|will be announced(?: later)?"
    r"|will (?:announce|share|communicate|provide) (?:the |an? )?(?:\w+ ){0,2}(?:date|timeline|schedule)"
    r"|at a later date|not yet (?:been )?(?:set|determined|decided|announced)|date (?:is )?(?:not yet|un)(?:set|known)"
    r"|추후[ ]?(?:별도[ ]?(?:로[ ]?)?)?(?:안내|공지|고지|통보|결정|확정|공유)|별도[ ]?(?:안내|공지|고지)|미정"
    r"|확정되는 대로|결정되는 대로",
    re.IGNORECASE,
)
# A "to be announced" only means an undated deadline when the line talks about an end date or a change.
_UNDATED_CONTEXT = re.compile(
    r"date|timeline|schedule|end|sunset|deprecat|retire|shut|remov|discontinu|expir|disable"
    r"|일정|일자|날짜|시점|시기|종료|중단|만료|폐기|지원|변경|전환|적용",
    re.IGNORECASE,
)

_CELL_SPLIT_PIPE = re.compile(r"[ \t]*\|[ \t]*")
_CELL_SPLIT_WS = re.compile(r"\t+|[ \u00a0\u3000]{2,}")


@dataclass(frozen=True, slots=True)
class _CueHit:
    start: int
    end: int
    text: str
    cue: _CueDef


_Day = date  # `date` is also a field of _Raw


@dataclass(slots=True)
class _Raw:
    """A date mention before its cue is decided."""

    date: date
    start: int
    end: int
    kind: str
    relative: bool = False
    intrinsic: bool = False  # a deadline by itself (within, 이내, D-7)
    uncued_drop: bool = False  # only meaningful with a cue (today, tomorrow)
    weak: bool = False  # 2-digit year: needs a weekday or an adjacent cue
    has_weekday: bool = False
    time: time | None = None
    zone: str | None = None
    year_inferred: bool = False
    month_only: bool = False
    superseded: bool = False
    revised: bool = False
    revised_at: int = -1  # where a "new value" marker before the date starts ("has been extended to")
    replaces: int = -1  # index in its row of the date this one replaces ("A → B", "moved from A to B")
    # numeric d/m/y (05/12/2026): the separator and the two leading numbers as written
    numeric: tuple[str, int, int] | None = None
    alt_date: _Day | None = None  # the other reading while the order is open to the future-cue tie-breaker
    reading: str | None = None


# --------------------------------------------------------------------------------------------------------------
# Finding dates


def _valid(y: int, m: int, d: int) -> date | None:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _infer_year(m: int, d: int, base: date | None) -> date | None:
    if base is None:
        return None
    # The year that puts the date in the year-long window starting YEAR_ROLLOVER_DAYS before the mail:
    # "Jan 5" in a December mail is next January, "Dec 29" in a January mail is the December just past.
    window_start = base - timedelta(days=YEAR_ROLLOVER_DAYS)
    candidates = [c for y in (base.year - 1, base.year, base.year + 1) if (c := _valid(y, m, d)) is not None]
    for c in candidates:
        if window_start <= c < window_start + timedelta(days=366):
            return c
    # Feb 29: the nearest leap year ahead within the candidates, if any
    later = [c for c in candidates if c >= window_start]
    return later[0] if later else None


def _parse_time(s: str) -> time | None:
    m = _TIME_PARTS.search(s)
    if m is None:
        if "자정" in s:
            return time(0, 0)
        if "정오" in s:
            return time(12, 0)
        return None
    h = int(m.group("h"))
    mi = int(m.group("mi") or 0)
    sec = int(m.group("sec") or 0)
    marker = (m.group("pre") or m.group("post") or "").lower().replace(".", "")
    if marker in ("오후", "pm") and h < 12:
        h += 12
    elif marker in ("오전", "am") and h == 12:
        h = 0
    if h > 23 or mi > 59 or sec > 59:
        return None
    return time(h, mi, sec)


def _base_date(mail_date: datetime | None, text: str) -> date | None:
    if mail_date is None:
        return None
    if mail_date.tzinfo is not None and _HANGUL.search(text[:4000]):
        # Korean mail counts days in Korea: a 23:30 UTC mail is already tomorrow for its reader
        return mail_date.astimezone(KST).date()
    return mail_date.date()


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        v = _valid(year, month, day)
        if v is not None:
            return v
    return d  # unreachable: day 28 always exists


def _add_business_days(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


class _Spans:
    """Claimed [start, end) spans, so a later pattern cannot re-read part of an earlier date."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return False
        return not (i < len(self._starts) and self._starts[i] < end)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _absolute(text: str, base: date | None, spans: _Spans) -> list[_Raw]:
    out: list[_Raw] = []
    for kind, pattern in _ABSOLUTE:
        for m in pattern.finditer(text):
            found = _absolute_date(kind, m, base)
            if found is None:
                # An invalid date (Feb 30) still claims its text, so "2월 30일" is not re-read without its year
                if spans.free(m.start(), m.end()):
                    spans.add(m.start(), m.end())
                continue
            d, inferred = found
            if kind in ("mdy_name", "dmy_name") and m.group("y") is None and m.group("mon") == "may":
                continue  # lower-case "may 5" is the verb far more often than the month
            end = m.end()
            if kind == "ymd" and m.group("sep") != "." and text[end - 1] == ".":
                end -= 1  # "2026-12-15." ends a sentence; only "2026. 12. 15." writes a final dot
            core_end = end
            sfx = _SUFFIX.match(text, end)
            wd = tm = zone = None
            if sfx is not None:
                wd, tm_text, zone = sfx.group("wd"), sfx.group("time"), sfx.group("zone")
                if tm_text:
                    tm = _parse_time(tm_text)
                end = sfx.end() if (wd or tm_text or zone) else end
                if end > core_end:
                    end = core_end + len(text[core_end:end].rstrip())
            if not spans.free(m.start(), end):
                continue
            spans.add(m.start(), end)
            weekday = _weekday_index((m.groupdict().get("wdp") or "") + (wd or ""))
            if inferred and weekday is not None:
                d = _match_weekday(d, weekday, base)
            has_wd = weekday is not None
            out.append(
                _Raw(
                    date=d,
                    start=m.start(),
                    end=end,
                    kind=kind,
                    weak=kind in ("ymd2", "md_weak"),
                    has_weekday=has_wd,
                    month_only=kind in ("ko_ym", "en_my", "year_end"),
                    time=tm,
                    zone=zone.strip(" ()\t") if zone else None,
                    year_inferred=inferred,
                    numeric=(m.group("sep"), int(m.group("a")), int(m.group("b")))
                    if kind == "numeric_y_last"
                    else None,
                )
            )
    out.extend(_day_range_ends(text, out, spans))
    return out


# "December 1-15, 2026" / "2026년 12월 1일 ~ 15일": the end of the range is written as a day only.
_DAY_RANGE_END = re.compile(
    rf"{_SP}{{0,2}}[-–~〜～]{_SP}{{0,2}}(?P<d>\d{{1,2}})(?P<unit>{_SP}?일|st|nd|rd|th)?"
    rf"(?:,?{_SP}{{0,2}}{_YEAR4})?(?![\d./:]|{_SP}?[-년年월月]|{_SP}?[a-z]{{3}})",
    re.IGNORECASE,
)


def _day_range_ends(text: str, found: list[_Raw], spans: _Spans) -> list[_Raw]:
    out: list[_Raw] = []
    for r in found:
        if r.kind not in ("mdy_name", "ko", "ko_md"):
            continue
        m = _DAY_RANGE_END.match(text, r.end)
        if m is None or (r.kind != "mdy_name" and not m.group("unit")):
            continue
        written_year = m.group("y")
        if written_year and r.year_inferred:
            start = _valid(int(written_year), r.date.month, r.date.day)
            if start is None:
                continue
            r.date, r.year_inferred = start, False
        end = _valid(r.date.year, r.date.month, int(m.group("d")))
        d_start = m.start("d")
        if end is None or end <= r.date or not spans.free(d_start, m.end()):
            continue
        spans.add(d_start, m.end())
        out.append(_Raw(date=end, start=d_start, end=m.end(), kind="day_end", year_inferred=r.year_inferred))
    return out


def _year_part(g: dict[str, str | None]) -> tuple[date, bool] | None:
    """ "2026년 말" / "end of 2026" -> Dec 31; "Q1 2027" -> Jan 1, "end of Q1 2027" -> Mar 31; 하반기/H2 -> Jul 1."""
    y = int(g["y"] or g["y2"] or 0)
    part = (g["part"] or g["part2"] or "").lower()
    if _valid(y, 1, 1) is None:
        return None
    quarter = re.search(r"q([1-4])", part)
    if quarter:
        q = int(quarter.group(1))
        if "end" in part:
            return _add_months(date(y, 3 * q, 1), 1) - timedelta(days=1), False
        return date(y, 3 * q - 2, 1), False
    if part in ("하반기", "h2"):
        return date(y, 7, 1), False
    if part in ("상반기", "h1"):
        return date(y, 1, 1), False
    return date(y, 12, 31), False


_KO_WEEKDAYS = "월화수목금토일"
_EN_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_index(written: str) -> int | None:
    """0 = Monday, from "(화)", "화요일", "Tue", "Tuesday"; None when no weekday was written."""
    m = re.search(r"[월화수목금토일]|mon|tue|wed|thu|fri|sat|sun", written, re.IGNORECASE)
    if m is None:
        return None
    token = m.group(0).lower()
    return _KO_WEEKDAYS.index(token) if token in _KO_WEEKDAYS else _EN_WEEKDAYS.index(token)


def _match_weekday(d: date, weekday: int, base: date | None) -> date:
    """A date written without its year but with its weekday ("1월 5일(화)"): the weekday picks the year."""
    if d.weekday() == weekday:
        return d
    for y in (d.year + 1, d.year - 1):
        other = _valid(y, d.month, d.day)
        if (
            other is not None
            and other.weekday() == weekday
            and (base is None or other >= base - timedelta(days=YEAR_ROLLOVER_DAYS))
        ):
            return other
    return d


def _absolute_date(kind: str, m: re.Match[str], base: date | None) -> tuple[date, bool] | None:
    g = m.groupdict()
    if kind in ("ymd", "ko", "ymd2"):
        y = int(g["y"])
        if y < 100:
            y += 2000
        d = _valid(y, int(g["m"]), int(g["d"]))
        if d is None:
            return None
        if kind == "ymd2" and base is not None and not (base.year - 1 <= y <= base.year + 10):
            return None
        return d, False
    if kind in ("mdy_name", "dmy_name"):
        month = _MONTH_NUM[g["mon"][:3].lower()]
        day = int(g["d"])
        if g["y"]:
            d = _valid(int(g["y"]), month, day)
            return (d, False) if d else None
        d = _infer_year(month, day, base)
        return (d, True) if d else None
    if kind == "numeric_y_last":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if g["sep"] in "/-":
            # US month/day/year (12/15/2026, 12-15-2026) unless the first number cannot be a month
            month, day = (b, a) if a > 12 else (a, b)
        else:
            # 15.12.2026: day first (European), unless only month-first makes sense
            month, day = (a, b) if b > 12 else (b, a)
        d = _valid(y, month, day)
        return (d, False) if d else None
    if kind == "dmy_dash":
        d = _valid(int(g["y"]), _MONTH_NUM[g["mon"][:3].lower()], int(g["d"]))
        return (d, False) if d else None
    if kind in ("ko_ym", "en_my"):
        y = int(g["y"])
        month = int(g["m"]) if kind == "ko_ym" else _MONTH_NUM[g["mon"][:3].lower()]
        part = (g.get("part") or "").lower()
        first = _valid(y, month, 1)
        if first is None:
            return None
        if part.startswith(("말", "하순", "end", "late", "the end")):
            return _add_months(first, 1) - timedelta(days=1), False
        if part.startswith(("중순", "mid", "middle", "the middle")):
            return date(y, month, 15), False
        return first, False
    if kind == "year_end":
        return _year_part(g)
    if kind in ("ko_md", "md_weekday", "md_weak"):
        d = _infer_year(int(g["m"]), int(g["d"]), base)
        return (d, True) if d else None
    raise AssertionError(kind)


# --------------------------------------------------------------------------------------------------------------
# The order of numeric dates: 05/12/2026 is 12 May in the US and 5 December in Europe

# A written format: "05/12/2026 (dd/mm/yyyy)", "JJ/MM/AAAA" (French), "TT.MM.JJJJ" (German), "GG/MM/AAAA" (Italian)
_FORMAT_HINT = re.compile(
    r"(?<![a-z])(?:(?P<dmy>(?:dd|jj|tt|gg)(?P<s1>[/.-])mm(?P=s1)(?:yyyy|aaaa|jjjj|yy|aa|jj))"
    r"|(?P<mdy>mm(?P<s2>[/.-])dd(?P=s2)(?:yyyy|yy))"
    r"|(?P<dmyw>day[ ]?[/-][ ]?month[ ]?[/-][ ]?year|day,[ ]month,?[ ]and[ ]year)"
    r"|(?P<mdyw>month[ ]?[/-][ ]?day[ ]?[/-][ ]?year))(?![a-z])",
    re.IGNORECASE,
)
# Day-first dates with a French, German, Spanish, Italian or Dutch month name ("5 décembre", "5. Dezember",
# "5 de diciembre"): the mail comes from where numeric dates are day-first too.
_EU_MONTH_DATE = re.compile(
    r"(?<![\d.])\d{1,2}(?:er|\.)?[ \u00a0]{1,2}(?:de[ ])?"
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
    r"|januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|dezember"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei)"
    r"(?![a-zà-ÿ])",
    re.IGNORECASE,
)
# Words of a mail written in French, German, Spanish, Italian, Dutch or Portuguese (two distinct ones needed)
_EU_WORDS = re.compile(
    r"(?<![a-zà-ÿ])(?:votre|vous|bonjour|cordialement|madame|monsieur|nom de domaine|échéance|ihre?|bitte"
    r"|sehr geehrte[rn]?|freundlichen|läuft|verlängern|gelöscht|estimad[oa]|su dominio|caduca|vencimiento"
    r"|gentile|scadenza|il tuo|uw domein|verloopt|geachte|olá|seu domínio)(?![a-zà-ÿ])",
    re.IGNORECASE,
)
_EU_TLDS = frozenset(
    ("uk", "eu", "fr", "de", "it", "es", "nl", "be", "at", "ch", "ie", "pt", "pl", "se", "dk", "fi", "no", "cz",
     "sk", "lu", "gr", "hu", "ro", "si", "hr", "bg", "lt", "lv", "ee", "is", "li", "mt", "cy")
)  # fmt: skip
# European registrars and hosts that write from a generic top-level domain
_EU_SENDERS = ("gandi.net", "ovh.com", "ovh.net", "ovhcloud.com", "hetzner.com", "scaleway.com", "infomaniak.com")
# The sender of a notice forwarded in the body ("From: OVHcloud <support@ovh.fr>", "De :", "Von:")
_FORWARDED_FROM = re.compile(
    r"^[ \t>*]{0,4}(?:from|de|von|van|da|보낸[ ]?사람)[ \t]?:[^\n@]{0,120}@(?P<dom>[a-z0-9-]+(?:\.[a-z0-9-]+)+)",
    re.IGNORECASE | re.MULTILINE,
)
# The cue says the date is still ahead ("expires on", "will be suspended", "renew by"), not a label
# ("Expiration date:") nor a past event ("expired on", "was suspended").
_FUTURE_CUE = re.compile(
    r"(?<![a-z])(?:will|shall|['’]ll|scheduled|set to|going to|due|expires|expiring|ends|renews|lapses|stops?"
    r"|ceases?|by|before|until|till|no later than)(?![a-z])",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(r"(?<![a-z])(?:was|were|has|have|had)(?![a-z])", re.IGNORECASE)


def _european_sender(domain: str) -> bool:
    domain = domain.lower().rstrip(".")
    if domain == "us.ovhcloud.com" or domain.endswith(".us.ovhcloud.com"):
        return False  # OVHcloud's US company writes US dates
    return domain.rsplit(".", 1)[-1] in _EU_TLDS or any(domain == v or domain.endswith("." + v) for v in _EU_SENDERS)


def _european_locale(text: str, raws: Sequence[_Raw], sender_domain: str | None) -> str | None:
    """Why the mail is European (its numeric dates day-first), or None."""
    m = _EU_MONTH_DATE.search(text)
    if m is not None:
        return f"the mail writes '{m.group(0)}'"
    named_dmy = next((r for r in raws if r.kind == "dmy_name"), None)
    if named_dmy is not None and not any(r.kind == "mdy_name" for r in raws):
        return f"the mail writes '{text[named_dmy.start : named_dmy.end].strip()}' day first"
    words = {w.group(0).lower() for w in _EU_WORDS.finditer(text)}
    if len(words) >= 2:
        return "the mail is written in a European language (" + ", ".join(sorted(words)[:3]) + ")"
    # A forwarded notice is its sender's own: its From line outweighs the person who forwarded it.
    senders = [f.group("dom") for f in _FORWARDED_FROM.finditer(text)]
    if not senders and sender_domain:
        senders = [sender_domain.rsplit("@", 1)[-1]]
    eu = next((d for d in senders if _european_sender(d)), None)
    return f"sender domain {eu.lower()}" if eu else None


def _numeric_order(text: str, raws: Sequence[_Raw], sender_domain: str | None) -> None:
    """Read each ambiguous numeric date (both numbers <= 12) in the order the mail uses.

    The mail says which: a written format (dd/mm/yyyy, MM/DD/YYYY), else another date in the same form whose
    first or second number exceeds 12, else (day-first) a European locale: sender, language, "5 December 2026".
    Otherwise the default stays (month-first for / and -, day-first for dots, as the US and Europe write
    them) and a slash or dash date is open to the future-cue tie-breaker (`_future_tie`).
    """
    ambiguous = [r for r in raws if r.numeric is not None and r.numeric[1] <= 12 and r.numeric[2] <= 12]
    if not any(r.numeric[1] != r.numeric[2] for r in ambiguous if r.numeric is not None):
        return
    hints = {("dmy" if h.group("dmy") or h.group("dmyw") else "mdy"): h.group(0) for h in _FORMAT_HINT.finditer(text)}
    written: tuple[str, str] | None = None
    if len(hints) == 1:
        order, hint = next(iter(hints.items()))
        written = (order, f"'{hint}' in the mail")
    locale: str | Literal[False] | None = False  # not looked at yet
    for r in ambiguous:
        assert r.numeric is not None
        sep, a, b = r.numeric
        if a == b:
            continue
        decided = written
        if decided is None:
            same_form = {
                ("dmy" if o.numeric[1] > 12 else "mdy"): text[o.start : o.end].strip()
                for o in raws
                if o.numeric is not None and o.numeric[0] == sep and max(o.numeric[1], o.numeric[2]) > 12
            }
            if len(same_form) == 1:
                order, example = next(iter(same_form.items()))
                decided = (order, f"'{example}' in the mail is {'day' if order == 'dmy' else 'month'}-first")
        if decided is None and sep != ".":
            if locale is False:
                locale = _european_locale(text, raws, sender_domain)
            if locale:
                decided = ("dmy", locale)
        day_first = _valid(r.date.year, b, a)
        month_first = _valid(r.date.year, a, b)
        if day_first is None or month_first is None:
            continue
        if decided is None:
            if sep != ".":
                r.alt_date = day_first  # read month-first by default; a future cue may still prefer this
            continue
        order, why = decided
        r.date = day_first if order == "dmy" else month_first
        if order != ("dmy" if sep == "." else "mdy"):
            r.reading = f"read {'day' if order == 'dmy' else 'month'}-first: {why}"


def _future_tie(r: _Raw, dec: _Decided, base: date | None) -> None:
    """05/12/2026 with no sign of its order: when month-first is already past on the mail's date, day-first
    is still ahead, and the cue says the date is ahead ("expires on", "will be suspended"), read it day-first."""
    if r.alt_date is None or base is None or dec.cue is None or dec.cue.cue.role != "deadline":
        return
    cue = dec.cue.text
    if not (r.date < base <= r.alt_date) or not _FUTURE_CUE.search(cue) or _PAST_CUE.search(cue):
        return
    r.reading = (
        f"read day-first: month-first {r.date.isoformat()} is already past on the mail's date and "
        f"'{cue.strip()}' says the date is ahead"
    )
    r.date, r.alt_date = r.alt_date, None


def _relative(text: str, mail_date: datetime | None, base: date | None, spans: _Spans) -> list[_Raw]:
    if base is None:
        return []
    out: list[_Raw] = []
    for kind, pattern in _RELATIVE:
        for m in pattern.finditer(text):
            if not spans.free(m.start(), m.end()):
                continue
            if kind not in ("en_word", "ko_word", "dday", "before_expiry") and (
                _OTHER_ANCHOR_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or _OTHER_ANCHOR_AFTER.match(text, m.end(), m.end() + 40)
            ):
                continue
            if kind == "before_expiry" and _counted_back_from_expiry(text, m):
                spans.add(m.start(), m.end())  # its number is no date of its own either
                continue
            found = _relative_date(kind, m, mail_date, base)
            if found is None:
                continue
            d, intrinsic, needs_cue = found
            spans.add(m.start(), m.end())
            out.append(
                _Raw(
                    date=d,
                    start=m.start(),
                    end=m.end(),
                    kind=f"rel_{kind}",
                    relative=True,
                    intrinsic=intrinsic,
                    uncued_drop=needs_cue,
                )
            )
    return out


# What may stand before "30 days before your domain expires" on its line when it is the notice's own headline
# (a subject, "Reminder: ..."): the mail is sent that long ahead, so the expiry is N days after the mail.
_NOTICE_LEAD = re.compile(
    r"[ \t\u00a0\u3000*\-•·>]*(?:[\[(【][^\]\n)】]{1,40}[\])】][ \t]*)?"
    r"(?:(?:re|fwd?|subject)[ ]?:[ \t]*)*"
    r"(?:(?:friendly[ ]|final[ ]|renewal[ ]|expiration[ ]|expiry[ ]|important[ ])?"
    r"(?:reminder|notice|alert|heads[ -]up|warning)[ \t]*[:\-–—|][ \t]*)?(?:only[ ])?\Z",
    re.IGNORECASE,
)


def _counted_back_from_expiry(text: str, m: re.Match[str]) -> bool:
    """ "will be charged 30 days before the expiration date", "renews 7 days prior to expiry": the charge or
    renewal happens N days before the expiry, which is not N days after the mail. Only a notice's headline
    ("Reminder: 30 days before your domain expires") or "N days until ..." counts from the mail's date.
    The Korean form is matched only as a headline already ("만료 30일 전 안내"); "만기일 30일 전에 결제됩니다"
    gives no date at all."""
    if m.group("n2") is None or "until" in m.group(0).lower():
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    return _NOTICE_LEAD.fullmatch(text, line_start, m.start()) is None


def _relative_date(
    kind: str, m: re.Match[str], mail_date: datetime | None, base: date
) -> tuple[date, bool, bool] | None:
    """(date, intrinsically a deadline, only meaningful with a cue)."""
    g = m.groupdict()
    if kind == "dday":
        n = 0 if g["day"] else int(g["n"])
        return base + timedelta(days=n), True, False
    if kind in ("en_word", "ko_word"):
        word = g["word"].lower()
        n = 1 if word in ("tomorrow", "내일", "명일") else 0
        return base + timedelta(days=n), False, True
    if kind == "before_expiry":
        return base + timedelta(days=int(g["n"] or g["n2"])), True, False
    raw_n = g["n"].lower()
    n = int(raw_n) if raw_n.isdigit() else _WORD_NUM.get(raw_n, 0)
    unit = g["unit"].lower()
    biz = (bool(g.get("biz")) and "calendar" not in (g.get("biz") or "").lower()) or unit.startswith("영업")
    if unit.startswith(("day", "일", "영업")):
        d = _add_business_days(base, n) if biz else base + timedelta(days=n)
    elif unit.startswith(("week", "주")):
        d = base + timedelta(weeks=n)
    elif unit.startswith(("month", "개월", "달")):
        d = _add_months(base, n)
    elif unit.startswith(("hour", "시간")):
        if mail_date is None:
            return None
        shifted = mail_date + timedelta(hours=n)
        d = base + (shifted.date() - mail_date.date())
    else:  # pragma: no cover - the patterns only produce the units above
        return None
    if kind == "en_pre":
        prep = g["prep"].lower()
        intrinsic = prep.startswith(("within", "next", "over", "for", "in the next"))
        return d, intrinsic, False
    if kind == "en_post":
        return d, g["post"].lower() in ("left", "remaining"), False
    if kind == "en_have":
        return d, True, False
    post = g["post"]
    return d, post in ("이내", "내", "안에", "남음", "남았", "남은"), False


# --------------------------------------------------------------------------------------------------------------
# Lines, tables and cues


class _Lines:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for m in re.finditer("\n", text):
            self.starts.append(m.end())

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def bounds(self, i: int) -> tuple[int, int]:
        start = self.starts[i]
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return start, end

    def __len__(self) -> int:
        return len(self.starts)


def _cells(line: str, line_start: int) -> tuple[list[tuple[int, int]], bool]:
    """Cells of a table row as absolute (start, end) spans; the flag says whether they were '|'-separated."""
    piped = "|" in line
    splitter = _CELL_SPLIT_PIPE if piped else _CELL_SPLIT_WS
    cells: list[tuple[int, int]] = []
    pos = 0
    for m in splitter.finditer(line):
        if m.start() > pos:
            cells.append((pos, m.start()))
        pos = m.end()
    if pos < len(line):
        cells.append((pos, len(line)))
    out = []
    for s, e in cells:
        seg = line[s:e]
        strip_l = len(seg) - len(seg.lstrip())
        seg_s = s + strip_l
        seg_e = s + len(seg.rstrip())
        if seg_e > seg_s:
            out.append((line_start + seg_s, line_start + seg_e))
    return out, piped


@dataclass(frozen=True, slots=True)
class _Header:
    cells: list[tuple[int, int]]  # absolute spans in the header line
    cues: list[_CueHit | None]
    piped: bool
    line_start: int
    # Cells apart by single spaces only ("도메인 만료일 유예기간" in a plain-text part): rows are mapped by
    # the order of their values instead of by position. Where labels may span words ("만료 예정일") or
    # not ("도메인 만료일" is two labels), each way of reading the header is kept, for the row to choose.
    words: bool = False
    readings: tuple[list[_CueHit | None], ...] = ()


# How far a column label counts: a cue written next to the date beats a column guessed from word order.
_WORD_COLUMN_SCORE = 6.0
_CELL_GAP = re.compile(r"\t|\||[ \u00a0\u3000]{2,}")


def _find_headers(
    text: str, lines: _Lines, by_line: dict[int, list[_Raw]], cues: _CueMatcher
) -> dict[int, tuple[list[_CueHit | None], float]]:
    """For each table row under a header row (만료일 / Expiration / Registered): the column cue of each of its
    dates, and how far that cue counts (a cue written next to the date beats a column guessed from word order).
    """
    governed: dict[int, tuple[list[_CueHit | None], float]] = {}
    header: _Header | None = None
    blank_run = 0
    for i in range(len(lines)):
        s, e = lines.bounds(i)
        line = text[s:e]
        if not line.strip():
            blank_run += 1
            if blank_run > 2:
                header = None
            continue
        blank_run = 0
        row = by_line.get(i)
        if row is None and len(line) <= 300:
            found = _header_row(text, s, e, cues)
            if found is not None:
                header = found
                continue
        if header is None:
            continue
        if header.words:
            mapped = _map_by_order(text, s, e, row or [], header)
            if mapped is None:
                header = None
                continue
        else:
            row_cells, _ = _cells(line, s)
            if len(row_cells) < 2:
                # A cell with a line break in it ("example.com<br><small>.COM Domain Name Registration</small>")
                # renders its first line alone; the row goes on below, so the table has not ended.
                if row is None and i + 1 < len(lines) and _wrapped_cell_line(text, lines, i, header):
                    continue
                header = None
                continue
            mapped = _map_by_cells(header, row_cells, s, row or [])
        if row:
            governed[i] = (mapped, _WORD_COLUMN_SCORE if header.words else 2.5)
    return governed


def _wrapped_cell_line(text: str, lines: _Lines, i: int, header: _Header) -> bool:
    """Line i is a short single value and the next line is a row with as many cells as the header."""
    s, e = lines.bounds(i)
    if len(text[s:e].strip()) > 80:
        return False
    ns, ne = lines.bounds(i + 1)
    next_cells, _ = _cells(text[ns:ne], ns)
    return len(next_cells) == len(header.cells)


def _header_row(text: str, s: int, e: int, cues: _CueMatcher) -> _Header | None:
    line = text[s:e]
    cells, piped = _cells(line, s)
    if len(cells) >= 2:
        if max(ce - cs for cs, ce in cells) > 40:
            return None
        cell_cues: list[_CueHit | None] = []
        for cs, ce in cells:
            hits = [h for h in cues.hits(text, cs, ce) if h.cue.before_gap is not None]
            cell_cues.append(hits[-1] if hits else None)
        return _Header(cells, cell_cues, piped, s) if any(c is not None for c in cell_cues) else None
    stripped = line.strip()
    if len(stripped) > 80 or _SENTENCE_END.search(stripped) or not _LABELS_ONLY.fullmatch(stripped):
        return None
    hits = [h for h in cues.hits(text, s, e) if h.cue.before_gap is not None]
    # "Renewal price", "갱신 요금": a cue word naming a money or status column is no date label; the two words
    # are one label.
    merged: list[tuple[int, int]] = []
    for hit in hits:
        follower = _NOT_DATE_COLUMN.match(text, hit.end, e)
        if follower is not None:
            merged.append((hit.start, follower.end()))
    hits = [hit for hit in hits if not any(ms == hit.start for ms, _ in merged)]
    if not hits:
        return None
    # Reading 1: each cue phrase is one label, other words one cell each.
    spans: list[tuple[int, int]] = []
    labels: list[_CueHit | None] = []
    pos = s
    for h in [*hits, None]:
        stop = h.start if h is not None else e
        for w in re.finditer(r"\S+", text[pos:stop]):
            ws, we = pos + w.start(), pos + w.end()
            if any(ms < ws < me for ms, me in merged):
                continue  # the second word of a merged label
            spans.append((ws, max([we] + [me for ms, me in merged if ms == ws])))
            labels.append(None)
        if h is not None:
            spans.append((h.start, h.end))
            labels.append(h)
            pos = h.end
    # Reading 2: every word is a cell, labelled by the cue phrase that ends in it.
    by_word: list[_CueHit | None] = []
    for w in re.finditer(r"\S+", line):
        ws, we = s + w.start(), s + w.end()
        ending = [h for h in hits if ws < h.end <= we]
        by_word.append(ending[-1] if ending else None)
    # Reading 3: the words between two labels are one label ("Domain  Expiration Date  Auto-renew attempt").
    runs: list[_CueHit | None] = []
    pos = s
    for h in hits:
        if text[pos : h.start].strip():
            runs.append(None)
        runs.append(h)
        pos = h.end
    if text[pos:e].strip():
        runs.append(None)
    readings = tuple(r for r in (labels, by_word, runs) if 2 <= len(r) <= 8)
    if not readings:
        return None
    return _Header(spans, readings[0], False, s, words=True, readings=readings)


_NOT_DATE_COLUMN = re.compile(
    r"[ \t]{1,2}(?:price|fee|fees|cost|costs|amount|total|status|금액|요금|가격|비용|상태)(?![a-z])",
    re.IGNORECASE,
)
# A header line made of labels only: words, no digits, no sentence punctuation.
_LABELS_ONLY = re.compile(r"[^\d.,!?;:()]{2,80}")
_RANGE_WORDS = frozenset({"~", "〜", "～", "-", "–", "—", "to", "부터"})


def _row_words(cells: str, after_value: bool = False) -> list[str]:
    """The values of a single-spaced row: "Domain: a.com" (a label and its value) is one cell, not two.

    A dash and words right after a value ("Nov 08, 2026 - declined") annotate that value: no cell of their own.
    """
    words = re.sub(r"(\S:)\s+(?=\S)", r"\1", cells).split()
    if after_value and len(words) > 1 and words[0] in _DASHES and any(ch.isalpha() for ch in words[1]):
        return []
    return words


_DASHES = frozenset({"-", "–", "—"})


def _map_by_order(text: str, s: int, e: int, row: list[_Raw], header: _Header) -> list[_CueHit | None] | None:
    """The k-th value of a single-spaced row belongs to the k-th header label; a range "A ~ B" is one value.

    None when the row does not have as many values as the header has labels (the table has ended).
    """
    group_of: list[int] = []
    groups = 0
    pos = s
    for k, r in enumerate(row):
        words = _row_words(text[pos : r.start], after_value=k > 0)
        if k > 0 and words and all(w.lower() in _RANGE_WORDS for w in words):
            group_of.append(groups - 1)
        else:
            groups += len(words) + 1
            group_of.append(groups - 1)
        pos = r.end
    groups += len(_row_words(text[pos:e], after_value=bool(row)))
    for labels in header.readings:
        if len(labels) == groups:
            return [labels[g] for g in group_of]
    return None


def _map_by_cells(
    header: _Header, row_cells: list[tuple[int, int]], row_start: int, row: list[_Raw]
) -> list[_CueHit | None]:
    starts = [cs for cs, _ in row_cells]
    header_cols = [cs - header.line_start for cs, _ in header.cells]
    out: list[_CueHit | None] = []
    for r in row:
        i = bisect.bisect_right(starts, r.start) - 1
        if 0 <= i < len(row_cells) and r.start < row_cells[i][1] and len(row_cells) == len(header.cells):
            out.append(header.cues[i])
            continue
        # Cell counts differ (an empty cell, a wrapped one): fall back to the column position, which
        # text renderers of HTML tables keep aligned.
        j = bisect.bisect_right(header_cols, r.start - row_start + 1) - 1
        out.append(header.cues[j] if j >= 0 else None)
    return out


def _no_break(text: str, a: int, b: int) -> bool:
    return _SENTENCE_BREAK.search(text, a, b) is None if b > a else True


# How far around a date its cues are looked for (longest cue plus its largest gap).
_WINDOW_BEFORE = 80
_WINDOW_AFTER = 110
_APPOSITION = re.compile(r"[ \t]{0,2}(?:,|\(|\[|:|=|i\.e\.,?|that is,?)?[ \t]{0,2}(?:on[ \t]|\()?[ \t]{0,2}", re.I)

_EN_DATE_FIRST = re.compile(r"(?:^|(?<![a-z])on|[(\[])[ \t]*\Z|\A[ \t|*•·-]*\Z", re.IGNORECASE)

# An arrow between two dates moves the first to the second ("2026.12.31 → 2027.03.31", "=>", "->").
_ARROW = r"(?:→|⟶|➔|➜|➡|⇒|=>|-{1,2}>)"
_ARROW_RE = re.compile(_ARROW)
_RANGE_SEP = re.compile(
    r"[ \t]{0,3}(?:~|〜|～|–|—|-|부터|에서|from|to|through|thru|until|till|and|" + _ARROW + r")[ \t]{0,3}",
    re.IGNORECASE,
)
# Before a date: it is the old one ("기존 종료일 :", "previously scheduled for", "originally").
# It must qualify the date itself ("기존 종료일 :", "originally scheduled for", "the previous deadline of"),
# not a thing near it ("기존 앱 키가 2026년 11월 25일 만료됩니다" is the existing key's expiry).
_OLD_DATE = re.compile(
    r"(?:기존|종전|당초|원래|변경[ ]?전)[^\n\d]{0,10}?(?:일|일자|일정|날짜|기한|시점)"
    r"[ \t]*(?:은|는|이|:|：|인)?[ \t]*\Z"
    # a bare before/after label pair: "기존 : A / 변경 : B", "(변경 전) A (변경 후) B", "정정 전 : A"
    r"|(?:기존|종전|당초|(?:변경|정정|수정|조정)[ ]?전)[ ]?[)\]】>]?[ \t]*[:：][ \t]*\Z"
    # ... or the bare word right before the date: "2차 : 기존 A → 변경 B", "기존 A에서 B로"
    r"|(?<![가-힣])(?:기존|종전|당초)[ \t]+\Z"
    r"|[(\[【<][ ]?(?:기존|종전|당초|(?:변경|정정|수정|조정)[ ]?전)[ ]?[)\]】>][ ]?[:：]?[ ]*\Z"
    r"|(?:잘못|틀린|오류[ ]?)(?:된|[ ]?(?:안내|기재|표기|공지|발송|전달|입력)(?:된|되었던|드린|해[ ]?드린))"
    r"[^\n\d]{0,12}\Z"
    r"|(?<![a-z])(?:originally|previously|formerly|initially)[ ](?:scheduled|planned|announced|set|due|slated"
    r"|stated|listed|shown|given|communicated)(?![a-z])[^\n\d]{0,15}\Z"
    r"|(?<![a-z])(?:original|previous|old|former|prior|incorrect|wrong)[ ](?:[a-z-]+[ ])?"
    r"(?:date|deadline|schedule|timeline)(?![a-z])[^\n\d]{0,8}\Z"
    r"|(?<![a-z])(?:instead[ ]of|rather[ ]than|in[ ]place[ ]of)[ ]{1,2}(?:the[ ])?(?:[a-z]+[ ]){0,2}\Z"
    r"|[(\[][ ]?(?:was|previously|formerly|originally|old)[ ]?:?[ ]*\Z"
    r"|(?<![a-z])(?:old|previous|original|was)[ ]?[:：][ ]*\Z"
    # an English before/after label pair opening its line: "Before: 2027/01/31" / "After: 2027/04/30"
    r"|(?<![^\n])[ \t*•·-]*(?:before|current|existing)[ \t]*[:：][ \t]*\Z",
    re.IGNORECASE,
)
# "the retirement that was scheduled for A": a relative clause in the past, old only when the mail says the plan
# changed ("... has been postponed"); "the shutdown that was scheduled for A will go ahead as planned" keeps A.
_OLD_CLAUSE = re.compile(
    r"(?<![a-z])(?:that|which)[ ](?:was|were|had[ ]been)[ ](?:scheduled|planned|slated|set)"
    r"[ ](?:for|on|to[ ]\w+[ ]on)[ ]*\Z",
    re.IGNORECASE,
)
_PLAN_CHANGED = re.compile(
    r"postpon|delay|defer|reschedul|cancel|withdr[ae]w|pushed\s+back|moved\s+to|no\s+longer|will\s+not|won.t"
    r"|(?:announced|communicated|shared)\s+(?:later|separately|soon)|연기|취소|철회|변경",
    re.IGNORECASE,
)
# After a date: it is the old one ("2026년 11월 30일로 잘못 안내되었습니다", "Nov 30 (incorrect)").
_OLD_AFTER = re.compile(
    r"\A[ ]?(?:으로|로|이라고|라고)?[ ]?잘못[ ]?(?:안내|기재|표기|공지|발송|전달|입력)"
    r"|\A[ ]?[(\[][ ]?(?:old|previous|incorrect|wrong|변경[ ]?전|정정[ ]?전|기존)[ ]?[)\]]"
    r"|\A,?[ ]?(?:(?:was|were|is)[ ](?:incorrect|wrong|a[ ]mistake|(?:incorrectly|wrongly|mistakenly)[ ]\w+))",
    re.IGNORECASE,
)
# A sentence that restates what an earlier mail said: its dates are old in a mail that corrects a date.
_OLD_SENTENCE = re.compile(
    r"[ \t\"'“]*(?:earlier|previously|originally|initially|in[ ](?:our|an?|the|my)[ ](?:earlier|previous|prior|last)"
    r"[ ](?:e-?mail|message|notice|mail|notification|letter)|we[ ](?:had[ ])?(?:previously|earlier|originally"
    r"|initially)[ ](?:told|informed|notified|announced|said|wrote|stated|sent|communicated|mentioned)"
    r"|앞서|지난[ ]?(?:번|메일|안내)|이전[ ]?(?:메일|안내|공지|발송)|기존[ ]?(?:메일|안내|공지))(?![a-z])",
    re.IGNORECASE,
)
# Before a date: it is the new value of a changed date ("변경 후 :", "now expires on", "has been extended to").
_NEW_DATE = re.compile(
    r"(?:변경|정정|수정|조정|연기)(?:[ ]?후|된|되는)[^\n\d:：]{0,12}[)\]】>]?[ ]?(?:은|는|:|：)?[ ]*\Z"
    r"|(?:변경|정정|수정|조정)[ ]?[)\]】>]?[ ]?[:：][ ]*\Z"
    r"|[(\[【<][ ]?(?:변경|정정|수정|조정)[ ]?후?[ ]?[)\]】>][ ]?[:：]?[ ]*\Z"
    r"|(?:새|새로운|신규|바뀐|올바른|정확한|실제)[ ]?(?:만료|만기|종료|중단|지원[ ]?종료|서비스[ ]?종료|정지|차단)"
    r"[^\n\d]{0,8}\Z"
    r"|(?<![a-z])(?:now|instead)[ ](?:expires?|ends?|lapses?|runs?[ ]out|falls?|happens?|takes?[ ]effect|stops?"
    r"|is|are|due|scheduled|set|planned|moved|occurs?)(?![a-z])[^\d.;!?]{0,20}\Z"
    r"|(?<![a-z])(?:is|are|will[ ]be|has[ ]been|have[ ]been)[ ]now(?![a-z])[^\d.;!?]{0,20}\Z"
    r"|(?<![a-z])(?:new|updated|revised|corrected|correct|changed|rescheduled|extended)[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:date|deadline|schedule|timeline|expiry|expiration)(?![a-z])[^\n\d.;!?]{0,10}\Z"
    r"|(?<![a-z])(?:has|have|was|were)[ ](?:been[ ])?(?:extended|moved|postponed|pushed(?:[ ]back)?|rescheduled|changed"
    r"|updated|corrected|revised|deferred|delayed|adjusted)(?:\s(?:to|until|till|through|by|on))?\s{0,2}\Z"
    # The active voice: "we have moved the deprecation date to", "we've pushed the cutoff back to".
    r"|(?<![a-z])we(?:[ ]have|'ve|[ ]had)?[ ](?:moved|pushed|postponed|extended|rescheduled|changed|updated|revised"
    r"|deferred|delayed|adjusted)[ ](?:[a-z-]+[ ]){0,4}?(?:back[ ])?(?:to|until|till)[ ]{0,2}\Z"
    r"|(?<![^\n])[ \t*•·-]*(?:after|new|updated|revised|changed)[ \t]*[:：][ \t]*\Z"
    # An extension said as the time left: "You now have until B to submit", "developers will now have until B".
    r"|(?<![a-z])(?:now[ ]have|have[ ]now|will[ ]now[ ]have)[ ](?:until|till|through|up[ ]to)[ ]{1,2}\Z",
    re.IGNORECASE,
)
# A new date named with what it is for, a longer lead than _NEW_DATE's: "the new deadline to upgrade to a paid
# workspace plan is", "the new date for the migration will be".
_NEW_DATE_FOR = re.compile(
    r"(?<![a-z])(?:new|updated|revised|extended)[ ](?:[a-z-]+[ ]){0,2}(?:date|deadline|cutoff|cut-off)[ ](?:to|for)\s"
    r"(?:[^.;!?]|\.(?=\w)){0,70}?\s(?:is|will[ ]be|becomes)\s{0,2}\Z",
    re.IGNORECASE,
)
# After a date: "2027년 1월 8일로 변경되었습니다", "Jan 8, 2027 (new date)".
_NEW_AFTER = re.compile(
    r"\A[ ]?(?:으로|로)[ ]?(?:변경|정정|수정|조정|연기|연장)(?:되었|됐|되어|됩니다|합니다|하였|했)"
    r"|\A[ ]?[(\[][ ]?(?:new|updated|revised|corrected|변경[ ]?후|정정[ ]?후|변경됨)[ ]?[)\]]",
    re.IGNORECASE,
)
# A mail that corrects or moves a date (only then does a "new" date outrank the others).
_REVISION_TEXT = re.compile(
    r"정정|잘못[ ]?(?:안내|기재|표기|공지|발송|전달|입력)|(?:변경|연기|조정)(?:되었|됐|되어|됩니다)"
    r"|일정[ ]?(?:이[ ]?)?변경"
    r"|변경[ ]?(?:안내|사항|공지)|연장되었습니다|correct(?:ion|ed)|incorrect|(?:by|in)[ ]mistake|mistakenly"
    r"|(?:has|have)\s+been\s+(?:extended|moved|postponed|pushed|rescheduled|changed|updated|revised|deferred"
    r"|delayed|adjusted)|earlier\s+we|we\s+(?:had\s+)?(?:previously|earlier)|previously\s+(?:told|informed|announced"
    r"|sent|stated|said|notified|communicated)|instead\s+of|now\s+expires|schedule\s+change|date\s+change"
    r"|(?<![a-z])we(?:\s+have|'ve|\s+had)?\s+(?:moved|pushed|postponed|extended|rescheduled|deferred|delayed)\s"
    r"|(?<![a-z])(?:we\s+are|we're|we\s+will\s+be)\s+(?:extending|postponing|moving|pushing\s+back)\s"
    r"|(?<![a-z])now\s+have\s+(?:until|till|through)\s",
    re.IGNORECASE,
)
# A date the mail says a billing period / cycle ends on is when the next invoice starts, not a deadline, unless
# the same sentence says the service stops then ("sites will be paused when your billing period ends").
_BILLING_PERIOD = re.compile(
    r"(?<![a-z])(?:billing|usage|invoice|payment)\s{1,2}(?:cycle|period|month)(?![a-z])"
    # (not 이용 기간 / subscription period: the term of a service, whose end is its expiry)
    r"|(?:결제|청구|과금|정산|요금)[ ]?(?:주기|기간|월)|사용량[ ]?(?:집계[ ]?)?(?:주기|기간)",
    re.IGNORECASE,
)
_SERVICE_STOPS = re.compile(
    r"(?<![a-z])(?:suspend|paus|stop|block|disabl|shut|terminat|cancel|restrict|deactivat|downgrad|lock|delet)"
    r"|정지|중단|차단|중지|제한|해지|삭제|이용[ ]?불가|사용[ ]?불가|접속[ ]?불가",
    re.IGNORECASE,
)
_BILLING_CUE = _CueDef("billing period", "distractor", 0, 30, 30, False)
_BILLING_END_CUE = _CueDef("service stops at the end of the billing period", "deadline", 1, 30, 30, False)
# A change line: "from A to B" then means A is replaced.
_CHANGE_LINE = re.compile(r"연기|변경|연장|조정|postpone|extend|move|push|delay|reschedul|chang", re.IGNORECASE)


@dataclass(slots=True)
class _Decided:
    cue: _CueHit | None = None
    source: str | None = None
    score: float = 1e9


def find_dates(
    text: str, mail_date: datetime | None, extra_cues: Sequence[str] = (), *, sender_domain: str | None = None
) -> list[DateMention]:
    """Every date mention in `text`, in text order, each with the cue that governs it and its role.

    `extra_cues` are rule-specific deadline phrases (literal, case-insensitive), treated as strong deadline cues.
    `sender_domain` (or the sender's address) tells a European sender, whose numeric dates are day-first.
    """
    return list(_find_dates_cached(text, mail_date, tuple(extra_cues), sender_domain))


# The engine asks for one mail's dates once per target of a digest: the work is done once (pure function).
@functools.lru_cache(maxsize=16)
def _find_dates_cached(
    original: str, mail_date: datetime | None, extra_cues: tuple[str, ...], sender_domain: str | None = None
) -> tuple[DateMention, ...]:
    # Patterns read a copy with full-width digits and separators folded to ASCII (one char for one char, so
    # offsets hold); the evidence quotes the original.
    text = original.translate(_FOLD_WIDTH)
    base = _base_date(mail_date, text)
    cues = _cue_matcher(extra_cues)

    spans = _Spans()
    raws = _absolute(text, base, spans)
    _numeric_order(text, raws, sender_domain)
    raws += _relative(text, mail_date, base, spans)
    raws.sort(key=lambda r: r.start)
    if not raws:
        return ()

    lines = _Lines(text)
    by_line: dict[int, list[_Raw]] = {}
    for r in raws:
        by_line.setdefault(lines.index(r.start), []).append(r)
    headers = _find_headers(text, lines, by_line, cues)
    phase_rows = _phase_column(text, lines, by_line)
    phase_items = _phase_list(text, lines, by_line)
    change_cols = _change_columns(text, lines, by_line)
    revision_mail = _REVISION_TEXT.search(text) is not None

    out: list[DateMention] = []
    for li, row in by_line.items():
        ls, le = lines.bounds(li)
        # A hard-wrapped paragraph continues across lines: its cues may sit at the end of the line above
        # ("...for the current billing period\n(Nov 1, 2026 - Nov 30, 2026)") or the start of the next.
        ext_ls, ext_le = ls, le
        if li > 0 and _wraps(text, *lines.bounds(li - 1)):
            above = by_line.get(li - 1)
            ext_ls = max(lines.bounds(li - 1)[0], above[-1].end if above else 0)
        if li + 1 < len(lines) and _wraps(text, ls, le):
            below = by_line.get(li + 1)
            ext_le = min(lines.bounds(li + 1)[1], below[0].start if below else len(text))
        hits = _line_hits(text, ext_ls, ext_le, row, cues)
        hit_starts = [h.start for h in hits]
        column_cues, column_score = headers.get(li) or ([None] * len(row), 2.5)
        # A row under a header whose cells are apart (tabs, '|', wide gaps): a cue in another cell is that
        # cell's value ("미신청" under 자동연장), not a word about this date.
        cell_row = li in headers and column_score < _WORD_COLUMN_SCORE
        decided = _assign(
            [
                _options(
                    text,
                    lines,
                    li,
                    (ext_ls, ext_le),
                    row,
                    k,
                    hits,
                    hit_starts,
                    column_cues[k],
                    column_score,
                    cues,
                    cell_row,
                )
                for k in range(len(row))
            ]
        )
        for r, dec in zip(row, decided, strict=True):
            _future_tie(r, dec, base)
        _appositions(text, row, decided, column_cues if li in headers else None)
        parts = _ranges(text, row, decided)
        _billing_ends(text, row, decided, ext_ls, ext_le)
        _earlier_mails(text, row, decided)
        _supersessions(text, row, ls, le, revision_mail, ext_ls)
        _mark_change_columns(row, change_cols.get(li))
        for k, r in enumerate(row):
            # "the registration has been extended to B": the change marker, nearer than the noun, decides; so it does
            # over a distractor word that is part of the marker ("Updated: B" is no "last updated" date)
            cue = decided[k].cue
            if r.revised_at >= 0 and cue is not None and cue.cue.role == "distractor" and cue.end <= r.start:
                decided[k] = _Decided()
        line_text = original[ls:le].strip()
        labels = [
            _phase_label(text, lines, li, row, k) or phase_rows.get(li) or (phase_items.get(li) if k == 0 else None)
            for k in range(len(row))
        ]
        for k, r in enumerate(row):
            if r.replaces >= 0 and labels[r.replaces] is not None:
                labels[k] = labels[r.replaces]  # "1차 : A → B": B is phase 1's new date
        for k, r in enumerate(row):
            dec = decided[k]
            if r.weak and not _keep_weak(r, dec):
                continue
            if r.uncued_drop and dec.cue is None:
                continue
            role: Role
            tier = 0
            cue_text: str | None = None
            if dec.cue is not None:
                role, tier, cue_text = dec.cue.cue.role, dec.cue.cue.tier, dec.cue.text.strip()
            elif r.intrinsic:
                role, tier, cue_text = "deadline", 2, text[r.start : r.end].strip()
                dec.source = "intrinsic"
            else:
                role = "neutral"
            out.append(
                DateMention(
                    date=r.date,
                    start=r.start,
                    end=r.end,
                    line=line_text,
                    line_no=li + 1,
                    cue=cue_text,
                    role=role,
                    relative=r.relative,
                    phase_label=labels[k],
                    text=original[r.start : r.end],
                    time=r.time,
                    zone=r.zone,
                    tier=tier,
                    cue_source=dec.source,
                    range_part=parts[k],
                    year_inferred=r.year_inferred,
                    month_only=r.month_only,
                    starts=dec.cue is not None and dec.cue.cue.starts and role == "deadline",
                    superseded=r.superseded,
                    revised=r.revised,
                    reading=r.reading,
                )
            )
    out.sort(key=lambda m: m.start)
    return tuple(out)


def _line_hits(text: str, ls: int, le: int, row: list[_Raw], cues: _CueMatcher) -> list[_CueHit]:
    """Cue phrases near the line's dates (a long line is only read around its dates), none inside a date."""
    windows: list[tuple[int, int]] = []
    for r in row:
        ws, we = max(ls, r.start - _WINDOW_BEFORE), min(le, r.end + _WINDOW_AFTER)
        if windows and ws <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], we))
        else:
            windows.append((ws, we))
    starts = [r.start for r in row]
    hits = []
    for ws, we in windows:
        for h in cues.hits(text, ws, we):
            i = bisect.bisect_right(starts, h.start) - 1
            inside = (i >= 0 and row[i].end > h.start) or (i + 1 < len(row) and row[i + 1].start < h.end)
            if not inside:
                hits.append(h)
    return hits


_SENTENCE_END = re.compile(r"(?:[.!?。:：]|다)[\s\"')\]]*\Z")


def _wraps(text: str, s: int, e: int) -> bool:
    """Whether the line text[s:e] is prose that continues on the next line (hard-wrapped plain text)."""
    line = text[s:e].strip()
    if len(line) < 40 or "\t" in line or "|" in line or "   " in line:
        return False
    return _SENTENCE_END.search(line) is None


def _appositions(
    text: str, row: list[_Raw], decided: list[_Decided], columns: list[_CueHit | None] | None = None
) -> None:
    """ "expires in 30 days, on December 15, 2026" / "D-25 (2026-12-15)": the restated date shares the cue.

    In a table row (`columns`: each date's header label) a date under another column is its own value.
    """
    for k in range(1, len(row)):
        prev, cur = decided[k - 1], decided[k]
        if cur.cue is not None or prev.cue is None or prev.cue.cue.role != "deadline":
            continue
        if columns is not None and columns[k] is not columns[k - 1]:
            continue
        if _APPOSITION.fullmatch(text, row[k - 1].end, row[k].start):
            decided[k] = _Decided(prev.cue, "apposition", prev.score)


def _keep_weak(r: _Raw, dec: _Decided) -> bool:
    # "26.12.15" is a version number and "12/15" a fraction as often as dates: keep them only right next to
    # a cue (a table column counts) or with a weekday
    limit = 3 if r.kind == "md_weak" else 6
    return r.has_weekday or (dec.cue is not None and dec.score <= limit)


def _options(
    text: str,
    lines: _Lines,
    li: int,
    extent: tuple[int, int],
    row: list[_Raw],
    k: int,
    hits: list[_CueHit],
    hit_starts: list[int],
    column_cue: _CueHit | None,
    column_score: float,
    cues: _CueMatcher,
    cell_row: bool = False,
) -> list[_Decided]:
    """The cues that may govern row[k], best (nearest) first: on its line, its column, or the line above.

    `extent` is the line, widened into the lines above and below when they are one wrapped paragraph.
    In a table row under a header (`cell_row`), only cues in the date's own cell are inline cues.
    """
    ls, _le = lines.bounds(li)
    r = row[k]
    prev_bound = row[k - 1].end if k > 0 else extent[0]
    next_bound = row[k + 1].start if k + 1 < len(row) else extent[1]
    found: list[_Decided] = []
    # Only the cues between the neighbouring dates can govern this one: each cue is looked at twice at most.
    lo, hi = bisect.bisect_left(hit_starts, prev_bound), bisect.bisect_left(hit_starts, next_bound)
    for h in hits[lo:hi]:
        c = h.cue
        if cell_row and _CELL_GAP.search(text, min(h.end, r.end), max(h.start, r.start)):
            continue
        if c.before_gap is not None and prev_bound <= h.start and h.end <= r.start:
            gap = r.start - h.end
            if gap <= c.before_gap and (gap <= 3 or _no_break(text, h.end, r.start)):
                found.append(_Decided(h, "before", float(gap)))
        if c.after_gap is not None and r.end <= h.start and h.end <= next_bound:
            gap = h.start - r.end
            # English puts the verb after the date only in "On <date>, X will expire" or a list/table line
            # starting with the date; "Nov 20, 2026 - your domain expires soon" is the send date.
            if c.english and c.after_gap > 4 and not _EN_DATE_FIRST.search(text, prev_bound, r.start):
                continue
            if gap <= c.after_gap and _no_break(text, r.end, h.start):
                # A cue that follows is weaker than one that precedes, except Korean 까지/부터 glued to the date
                penalty = -0.5 if c.after_gap <= 4 else (4.0 if not c.english else 10.0)
                if c.decisive:
                    penalty = -100.0
                found.append(_Decided(h, "after", gap + penalty))
    if column_cue is not None:
        found.append(_Decided(column_cue, "column", column_score))
    if not found and not text[ls : r.start].strip(" \t|:-*•·>\u00a0\u3000"):
        label = _previous_line_label(text, lines, li, cues)
        if label is not None:
            found.append(_Decided(label, "previous-line", 15.0))
    found.sort(key=lambda d: d.score)
    return found


def _assign(options: list[list[_Decided]]) -> list[_Decided]:
    """Each inline cue governs one date: between two dates it goes to the nearer, the other takes its next best.

    "Nov 20, 2026 - your domain expires in 14 days": "expires" belongs to "in 14 days", not to the send date.
    """
    taken: dict[int, int] = {}  # cue start -> index of the date that holds it
    chosen = [opts[0] if opts else _Decided() for opts in options]
    order = sorted(range(len(options)), key=lambda k: chosen[k].score)
    for k in order:
        for opt in options[k]:
            inline = opt.source in ("before", "after") and opt.cue is not None
            if inline and opt.cue is not None and opt.cue.start in taken:
                continue
            chosen[k] = opt
            if inline and opt.cue is not None:
                taken[opt.cue.start] = k
            break
        else:
            chosen[k] = _Decided()
    return chosen


def _previous_line_label(text: str, lines: _Lines, li: int, cues: _CueMatcher) -> _CueHit | None:
    """A label alone at the end of the line above ("Expiration Date:" / blank line / "Dec 15, 2026")."""
    j = li - 1
    blanks = 0
    while j >= 0 and blanks <= 2:
        s, e = lines.bounds(j)
        line = text[s:e]
        if line.strip():
            stripped_end = s + len(line.rstrip(" \t\r:|\u00a0\u3000"))
            hits = [h for h in cues.hits(text, s, e) if h.cue.before_gap is not None]
            if hits and stripped_end - hits[-1].end <= 3:
                return hits[-1]
            return None
        blanks += 1
        j -= 1
    return None


_PERIOD_CUE = re.compile(r"period|valid|grace|window|term|기간|유효", re.IGNORECASE)


def _ranges(text: str, row: list[_Raw], decided: list[_Decided]) -> list[Literal["start", "end"] | None]:
    """Pair "A ~ B" / "A부터 B까지" / "from A to B": B inherits a period/deadline cue that precedes A."""
    parts: list[Literal["start", "end"] | None] = [None] * len(row)
    for k in range(len(row) - 1):
        a, b = row[k], row[k + 1]
        if a.relative or b.relative or parts[k] is not None:
            continue
        m = _RANGE_SEP.fullmatch(text, a.end, b.start)
        if m is None:
            continue
        if b.year_inferred and not a.year_inferred and not b.has_weekday:
            # "2028년 3월 1일 ~ 3월 31일": the end of a range takes the year of its start
            same = _valid(a.date.year, b.date.month, b.date.day)
            following = _valid(a.date.year + 1, b.date.month, b.date.day)
            b.date = same if same is not None and same >= a.date else (following or b.date)
        if b.date < a.date:
            continue
        sep = m.group(0).strip().lower()
        if sep == "and" and not re.search(r"between\s*$", text[max(0, a.start - 12) : a.start], re.I):
            continue
        da, db = decided[k], decided[k + 1]
        if _ARROW_RE.fullmatch(sep):
            # "2026.12.31 → 2027.03.31": a changed date, not a period; the new one takes the cue
            _moved(row, k)
            if db.cue is None and da.cue is not None:
                decided[k + 1] = _Decided(da.cue, "range", da.score)
            continue
        parts[k], parts[k + 1] = "start", "end"
        if sep == "and" and da.cue is not None and not _PERIOD_CUE.search(da.cue.text):
            # "set to auto-renew between Nov 26 and Dec 25": a window that selects items, not a period that ends
            decided[k] = _Decided()
            if db.source != "column":
                decided[k + 1] = _Decided()
            continue
        if da.cue is not None and da.cue.cue.role != "neutral" and (db.cue is None or db.source == "column"):
            # "billing period Nov 1 - Nov 30" is a distractor to its end, "유효기간 A ~ B" a deadline at B
            decided[k + 1] = _Decided(da.cue, "range", da.score)
        if da.cue is not None and da.cue.cue.role == "deadline":
            decided[k] = _Decided()  # the start of a validity period is not when anything is due
    return parts


_RESET_WORDS = re.compile(r"reset|resum|renew|restart|재개|초기화|리셋|갱신", re.IGNORECASE)


def _billing_ends(text: str, row: list[_Raw], decided: list[_Decided], ls: int, le: int) -> None:
    """ "your billing period ends on Dec 2", "이번 결제 주기는 12월 2일까지": the end of a billing period is a
    distractor, whatever cue governs the date, unless the sentence says the service stops then."""
    for k, r in enumerate(row):
        dec = decided[k]
        if dec.source in ("column", "range") or r.relative:
            continue
        prev_bound = row[k - 1].end if k > 0 else ls
        found = None
        for m in _BILLING_PERIOD.finditer(text, max(prev_bound, r.start - 45), r.start):
            found = m
        if found is None or _SENTENCE_BREAK.search(text, found.end(), r.start):
            continue
        sentence_end = _SENTENCE_BREAK.search(text, r.end, le)
        stops = _SERVICE_STOPS.search(
            text, _sentence_start(text, r.start), sentence_end.start() if sentence_end else le
        )
        hit_at = (found.start(), found.end(), found.group(0))
        if stops is None:
            if dec.cue is None or dec.cue.cue.role == "deadline":
                decided[k] = _Decided(_CueHit(*hit_at, _BILLING_CUE), "before", float(r.start - found.end()))
        elif dec.cue is None or (dec.cue.cue.role == "distractor" and not _RESET_WORDS.search(dec.cue.text)):
            decided[k] = _Decided(_CueHit(*hit_at, _BILLING_END_CUE), "before", float(r.start - found.end()))


# "our October 20 email", "my 2026-10-20 message": the date names an earlier mail.
_OUR_BEFORE = re.compile(
    r"(?<![a-z])(?:our|my)[ ](?:(?:previous|earlier|last|prior|original|initial|first)[ ])?\Z", re.I
)
_MAIL_AFTER = re.compile(
    r",?[ ](?:e-?mail|message|notice|notification|letter|announcement|communication|newsletter)s?(?![a-z])", re.I
)
_EARLIER_MAIL_CUE = _CueDef("the date of an earlier mail", "distractor", 0, 30, 30, True)


def _earlier_mails(text: str, row: list[_Raw], decided: list[_Decided]) -> None:
    """ "Following up on our October 20 email": the date names the earlier mail, whatever cue follows it."""
    for k, r in enumerate(row):
        before = _OUR_BEFORE.search(text, max(0, r.start - 20), r.start)
        if before is not None and _MAIL_AFTER.match(text, r.end):
            hit = _CueHit(before.start(), before.end(), before.group(0), _EARLIER_MAIL_CUE)
            decided[k] = _Decided(hit, "before", float(r.start - before.end()))


def _supersessions(text: str, row: list[_Raw], ls: int, le: int, revision_mail: bool, ext_ls: int) -> None:
    """Mark dates the mail says are replaced ("기존 종료일: A / 변경된 종료일: B", "postponed from A to B") and
    the dates it gives as the new value ("변경 후 : B", "now expires on B", "has been extended to B")."""
    announces_change = len(row) > 1 and _CHANGE_LINE.search(text, ls, le) is not None
    for k, r in enumerate(row):
        prev_bound = row[k - 1].end if k > 0 else ls
        next_bound = row[k + 1].start if k + 1 < len(row) else le
        # a hard-wrapped sentence may put "has been extended to" at the end of the line above
        before = max(row[k - 1].end if k > 0 else ext_ls, r.start - 40)
        if (
            _OLD_DATE.search(text, max(prev_bound, r.start - 30), r.start)
            or _OLD_AFTER.match(text[r.end : min(next_bound, r.end + 30)])
            or (
                _OLD_CLAUSE.search(text, max(prev_bound, r.start - 30), r.start)
                and (revision_mail or _PLAN_CHANGED.search(text, _sentence_start(text, r.start), le))
            )
        ):
            r.superseded = True
            # "기존 A → 변경 B": the date the arrow leads to is A's new value (and keeps A's phase)
            if k + 1 < len(row) and _MOVE_TO_NEW.fullmatch(text, r.end, row[k + 1].start):
                _moved(row, k)
        elif (marker := _NEW_DATE.search(text, before, r.start)) is not None:
            r.revised, r.revised_at = True, marker.start()
        elif _NEW_AFTER.match(text[r.end : min(next_bound, r.end + 30)]):
            r.revised = True
        elif (
            marker := _NEW_DATE_FOR.search(text, max(row[k - 1].end if k > 0 else ext_ls, r.start - 100), r.start)
        ) is not None:
            r.revised, r.revised_at = True, marker.start()
        elif revision_mail and _OLD_SENTENCE.match(text, _sentence_start(text, r.start)):
            # "Earlier we told you that x.com expires on A. ... it now expires on B."
            r.superseded = True
        elif k + 1 < len(row) and announces_change:
            between = text[r.end : row[k + 1].start]
            if _MOVE_BETWEEN.fullmatch(between) and _MOVE_MARK.search(between + text[max(ls, r.start - 6) : r.start]):
                _moved(row, k)


# "A에서 B로", "from A to B", "A → B" on a line that announces a change: A is moved to B.
_MOVE_BETWEEN = re.compile(rf"[ \t]*(?:에서|에서부터|from)?[ \t]*(?:to|로|으로|{_ARROW})?[ \t]*", re.IGNORECASE)
_MOVE_MARK = re.compile(rf"에서|{_ARROW}|\bto\b", re.IGNORECASE)
# After an old date: an arrow (or "to") then the new value, perhaps labelled: "→ 변경 B", "→ 변경 후: B", "to new: B".
_MOVE_TO_NEW = re.compile(
    rf"[ \t]*(?:에서|에서부터)?[ \t]*(?:to|로|으로|{_ARROW})[ \t]*"
    r"(?:(?:(?:변경|조정|연기|연장)(?:[ ]?후)?|new|now|updated)[ \t]*[:：]?)?[ \t]*",
    re.IGNORECASE,
)


def _moved(row: list[_Raw], k: int) -> None:
    """row[k] is replaced by row[k + 1]: the old date gives way, the new one is the revised value of the same
    thing (it takes the old one's phase: "1차 : A → B" moves phase 1 to B)."""
    old, new = row[k], row[k + 1]
    old.superseded = True
    if not new.superseded:
        new.revised, new.replaces = True, k


_SENTENCE_START = re.compile(r"[.!?。](?:\s|$)|다\.|\n[ \t]*\n|[\n]")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (a wrapped line continues its sentence; a blank line ends it)."""
    lo = max(0, pos - 200)
    cut = lo
    for m in _SENTENCE_START.finditer(text, lo, pos):
        if m.group(0) == "\n" and m.start() > 0 and _wraps(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue
        cut = m.end()
    return cut


# A table that moves dates has a column of old values and one of new ones: "구분 | 기존 일정 | 변경 일정",
# "Item | Before | After", "Phase | Original date | New date".
_OLD_COLUMN = re.compile(
    r"(?:기존|종전|당초|(?:변경|정정|조정)[ ]?전)(?:[ ]?(?:일정|일자|일시|날짜|기한|(?:종료|적용|만료|예정)[ ]?일))?"
    r"|(?:before|old|original|previous|current)(?:[ ](?:date|schedule|deadline|timeline|end[ ]date))?",
    re.IGNORECASE,
)
_NEW_COLUMN = re.compile(
    r"(?:변경|정정|조정|연기|연장)(?:[ ]?(?:후|된|되는))?"
    r"(?:[ ]?(?:일정|일자|일시|날짜|기한|(?:종료|적용|만료|예정)[ ]?일))?"
    r"|(?:after|new|updated|revised|changed)(?:[ ](?:date|schedule|deadline|timeline|end[ ]date))?",
    re.IGNORECASE,
)


def _change_columns(text: str, lines: _Lines, by_line: dict[int, list[_Raw]]) -> dict[int, list[str | None]]:
    """Rows under a header with an old-value and a new-value column: each row date marked "old" or "new" by its
    column (the struck-out old date and its replacement sit side by side, with no words between them)."""
    out: dict[int, list[str | None]] = {}
    header: list[tuple[int, str | None]] | None = None  # (column start in its line, "old" / "new" / None)
    for i in range(len(lines)):
        s, e = lines.bounds(i)
        line = text[s:e]
        if not line.strip():
            header = None
            continue
        cells, _piped = _cells(line, s)
        if i not in by_line:
            if len(cells) < 2:
                header = None
            elif len(cells) <= 8 and len(line) <= 200:
                kinds = [_column_kind(text, cs, ce) for cs, ce in cells]
                header = [(cs - s, k) for (cs, _), k in zip(cells, kinds, strict=True)]
                if "old" not in kinds or "new" not in kinds:
                    header = None
            continue
        if header is None or len(cells) < 2:
            header = None
            continue
        marks: list[str | None] = []
        for r in by_line[i]:
            if len(cells) == len(header):
                col = next((c for c, (cs, ce) in enumerate(cells) if cs <= r.start < ce), None)
            else:
                # an empty or wrapped cell: the column by its position, which text renderings keep aligned
                col = max((c for c, (start, _) in enumerate(header) if start <= r.start - s + 1), default=None)
            marks.append(header[col][1] if col is not None else None)
        out[i] = marks
    return out


def _column_kind(text: str, cs: int, ce: int) -> str | None:
    if _OLD_COLUMN.fullmatch(text, cs, ce):
        return "old"
    return "new" if _NEW_COLUMN.fullmatch(text, cs, ce) else None


def _mark_change_columns(row: list[_Raw], marks: list[str | None] | None) -> None:
    """A date in the old-value column is replaced; the one in the new-value column is its revised value."""
    if not marks:
        return
    old = [k for k, m in enumerate(marks) if m == "old"]
    for k, (r, mark) in enumerate(zip(row, marks, strict=True)):
        if mark == "old":
            r.superseded, r.revised = True, False
        elif mark == "new" and not r.superseded:
            r.revised = True
            if old:
                r.replaces = old[-1] if old[-1] < k else old[0]


_PHASE_HEADER = re.compile(
    r"(?:phase|stage|step|wave|milestone|round|단계|차수|시행[ ]?단계|段階|フェーズ)s?(?:[ ]?(?:no\.?|#|번호))?",
    re.IGNORECASE,
)


def _phase_column(text: str, lines: _Lines, by_line: dict[int, list[_Raw]]) -> dict[int, str]:
    """Rows of a table with a phase column ("Phase | Date | Change" / "1 | Dec 1, 2026 | ..."): each row's
    dates get the label "Phase 1"; the phase is written in its own cell, not next to the date."""
    out: dict[int, str] = {}
    if _PHASE_HEADER.search(text) is None:
        return out
    header: tuple[str, int, list[int]] | None = None  # (label, column index, column starts)
    for i in range(len(lines)):
        s, e = lines.bounds(i)
        line = text[s:e]
        if not line.strip():
            header = None
            continue
        cells, _piped = _cells(line, s)
        if i not in by_line:
            if len(cells) < 2:
                header = None  # a row without dates (a phase not yet dated) keeps the table going
            elif len(cells) <= 8 and len(line) <= 200:
                for c, (cs, ce) in enumerate(cells):
                    if _PHASE_HEADER.fullmatch(text, cs, ce):
                        header = (text[cs:ce].split()[0].capitalize(), c, [x - s for x, _ in cells])
                        break
            continue
        if header is None:
            continue
        if len(cells) < 2:
            header = None
            continue
        label, col, starts = header
        if len(cells) == len(starts):
            cs, ce = cells[col]
        else:
            # an empty or wrapped cell: the column by its position, which text renderings keep aligned
            at = [c for c in cells if c[0] - s <= starts[col] + 1]
            if not at:
                continue
            cs, ce = at[-1]
        value = text[cs:ce].strip()
        if not value or len(value) > 20 or any(r.start < ce and cs < r.end for r in by_line[i]):
            continue
        out[i] = value if _PHASE.match(value) else f"{label} {value}"
    return out


# "... is being retired in phases:", "단계적으로 종료됩니다" over a list whose items each open with a date.
_PHASED_INTRO = re.compile(
    r"(?<![a-z])(?:in|over)[ ](?:two|three|four|several|multiple|\d)?[ ]?(?:phases|stages|steps)(?![a-z])"
    r"|(?<![a-z])phased(?![a-z])|단계적|순차적|\d[ ]?단계(?:로|에[ ]?걸쳐)",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•·▪■▶]|\d{1,2}[.)])[ \t]+")
_ITEM_DATE_LEAD = re.compile(
    r"(?:(?:starting|beginning|from|on|as[ ]of|after|by|until|effective)[ ]+(?:on[ ]+)?)?\Z", re.IGNORECASE
)


def _phase_list(text: str, lines: _Lines, by_line: dict[int, list[_Raw]]) -> dict[int, str]:
    """Items of a list the mail introduces as phases ("retired in phases:\n * Starting A, ...\n * On B, ..."):
    the date that opens each item is "Phase n" (the items name no phase themselves)."""
    out: dict[int, str] = {}
    if _PHASED_INTRO.search(text) is None:
        return out
    n = len(lines)
    for i in range(n):
        s, e = lines.bounds(i)
        if _PHASED_INTRO.search(text, s, e) is None or _LIST_ITEM.match(text, s):
            continue
        items: list[int] = []
        j = i + 1
        while j < n and j <= i + 12:
            js, je = lines.bounds(j)
            line = text[js:je]
            if not line.strip():
                if items:
                    break
            elif (m := _LIST_ITEM.match(line)) is not None:
                row = by_line.get(j)
                if not row or not _ITEM_DATE_LEAD.match(line, m.end(), row[0].start - js):
                    break
                items.append(j)
            elif not (items and line[:1] in " \t"):
                break  # a wrapped item continues indented; anything else ends the list
            j += 1
        if len(items) >= 2:
            for num, li in enumerate(items, 1):
                out.setdefault(li, f"Phase {num}")
    return out


def _phase_label(text: str, lines: _Lines, li: int, row: list[_Raw], k: int) -> str | None:
    """ "1차 종료 2026년 12월 1일" / "Phase 2 (March 1, 2027)" / a phase heading alone on the line above."""
    ls, le = lines.bounds(li)
    r = row[k]
    prev_bound = row[k - 1].end if k > 0 else ls
    found = None
    for m in _PHASE.finditer(text, prev_bound, r.start):
        found = m
    if found is not None:
        between = text[found.end() : r.start].strip(" \t\r:：-–—()[],.|")
        if between and len(between) <= 12 and not re.search(r"\d", between):
            return f"{found.group(0).strip()} {between}"
        return found.group(0).strip()
    next_bound = row[k + 1].start if k + 1 < len(row) else le
    stop = min(next_bound, r.end + 15)
    if (brk := _SENTENCE_BREAK.search(text, r.end, stop)) is not None:
        stop = brk.start()  # "… to Jan 12, 2027. Phase 2 stays …": the next sentence's phase is not this date's
    after = _PHASE.search(text, r.end, stop)
    if after is not None:
        return after.group(0).strip()
    if k == 0 and li > 0 and not text[ls : r.start].strip(" \t-*•·|:"):
        above_s, above_e = lines.bounds(li - 1)
        heading = text[above_s:above_e].strip(" \t\r-*•·|:[]")
        if _PHASE.match(heading) is not None and len(heading) <= 30 and not re.search(r"\d{3}", heading):
            return heading
    return None


# --------------------------------------------------------------------------------------------------------------
# Choosing the deadline


def _fmt_mention(m: DateMention) -> str:
    where = {
        "before": f"cue '{m.cue}' before it",
        "after": f"cue '{m.cue}' after it",
        "column": f"in the table column '{m.cue}'",
        "previous-line": f"under the label '{m.cue}' on the line above",
        "range": f"end of the period after '{m.cue}'",
        "intrinsic": f"'{m.cue}' from the mail's date",
        "apposition": f"restates the date cued by '{m.cue}'",
    }.get(
        m.cue_source or "",
        "marked as the new value of a moved date" if m.revised and m.role == "deadline" else "no cue",
    )
    approx = ", approximate" if m.month_only else ""
    reading = f", {m.reading}" if m.reading else ""
    return f"{m.date.isoformat()} ('{m.text.strip()}', line {m.line_no}{approx}{reading}): {where}"


def extract_deadline(
    text: str,
    mail_date: datetime | None,
    extra_cues: Sequence[str] = (),
    within: tuple[int, int] | None = None,
    *,
    sender_domain: str | None = None,
) -> DeadlineResult:
    """The deadline of a mail (or of the region `within` = (start, end) of its text), with the reason.

    Dates are found in the whole text so table headers above a region still name its columns; only the
    mentions starting inside the region are candidates. `sender_domain`: see `find_dates`.
    """
    mentions = find_dates(text, mail_date, extra_cues, sender_domain=sender_domain)
    return _choose(text, mentions, _base_date(mail_date, text), within)


def _choose(
    text: str, mentions: Sequence[DateMention], base: date | None, within: tuple[int, int] | None
) -> DeadlineResult:
    lo, hi = within if within is not None else (0, len(text))
    cands = tuple(m for m in mentions if lo <= m.start < hi)
    found_undated = _undated(text, lo, hi)
    undated, undated_line = found_undated if found_undated else (None, None)
    distractors = [m for m in cands if m.role == "distractor"]
    ignored = f"; {len(distractors)} distractor date(s) ignored" if distractors else ""
    if distractors:
        ignored += " (" + ", ".join(sorted({f"'{m.cue}'" for m in distractors})) + ")"
    replaced = [m for m in cands if m.superseded and m.role != "distractor"]
    if replaced:
        ignored += f"; {len(replaced)} replaced date(s) ignored ({', '.join(m.date.isoformat() for m in replaced)})"
    live = [m for m in cands if not m.superseded]
    # A mail that moves a date names the new value ("변경 후 : B", "now expires on B"): older dates it does not
    # mark are the ones it corrects; an uncued new value is a deadline all the same.
    revised = [m for m in live if m.revised and m.role != "distractor"]
    if revised and (replaced or _REVISION_TEXT.search(text)):
        first_new = min(m.date for m in revised)
        moved_phases = {m.phase_label for m in revised}
        # An earlier phase left unchanged ("1차 : A (변경 없음) / 2차 : B → C") is no stale copy of the new date.
        stale = [
            m
            for m in live
            if not m.revised
            and m.role != "distractor"
            and m.date < first_new
            and (m.phase_label is None or m.phase_label in moved_phases)
        ]
        if stale:
            ignored += (
                f"; {len(stale)} date(s) before the new one ignored ({', '.join(m.date.isoformat() for m in stale)})"
            )
        live = [
            replace(m, role="deadline", tier=1) if m.revised and m.role == "neutral" else m
            for m in live
            if m not in stale
        ]
    else:
        revised = []
    # A start already in effect ("오늘부터 지원 중단") gives way to an announced end ("추후 공지") or to another
    # deadline; alone, it is the (overdue) deadline: v1 calls already fail since that day.
    in_effect = [m for m in live if _in_effect(m, base)]
    if in_effect and (undated or any(m.role == "deadline" and not _in_effect(m, base) for m in live)):
        ignored += f"; {len(in_effect)} start date(s) already in effect ignored"
        live = [m for m in live if not _in_effect(m, base)]
    # ... and a restriction the mail reports as done ("10월 30일 14:10부터 접속이 제한되었습니다", "starting Oct 30 the
    # site has been paused") is history, no date to act by (a support that "ended" on a day is still the overdue
    # deadline of the apps calling it: 종료 / 중단 are no restriction here).
    done = [m for m in live if _in_effect(m, base) and _RESTRICTED_DONE.search(m.line)]
    if done:
        ignored += f"; {len(done)} start date(s) of a restriction already done ignored"
        live = [m for m in live if m not in done]

    phased: dict[tuple[str, date], DateMention] = {}
    for m in live:
        if m.phase_label and m.role != "distractor":
            phased.setdefault((m.phase_label, m.date), m)
    if len({d for _, d in phased}) >= 2:
        ordered = sorted(phased.values(), key=lambda m: (m.date, m.start))
        phases = tuple(Phase(deadline=m.date, label=m.phase_label or "") for m in ordered)
        # A phase already past on the mail's date is history, not what the mail asks to act by.
        upcoming = [m for m in ordered if base is None or m.date >= base]
        first = upcoming[0] if upcoming else ordered[-1]
        which = (
            "the earliest"
            if first is ordered[0]
            else ("the first not past on the mail's date" if upcoming else "the last (all are past on the mail's date)")
        )
        reason = (
            f"{len(phases)} dated phases ("
            + ", ".join(f"{p.label} {p.deadline.isoformat()}" for p in phases)
            + f"); deadline is {which}, {_fmt_mention(first)}{ignored}"
        )
        return DeadlineResult(first.date, phases, first, reason, cands, undated, undated_line)

    deadlines = [m for m in live if m.role == "deadline"]
    if deadlines:
        future = [m for m in deadlines if base is None or m.date >= base]
        # A line the mail labels a note for reference ("※ 참고: 호스팅 만기일은 2027-03-15입니다") gives way to a
        # deadline elsewhere; alone, its date still counts (a date glued to "(참고)" is a distractor outright).
        noted = [m for m in future if _REFERENCE_NOTE.match(m.line)]
        if noted and len(noted) < len(future):
            future = [m for m in future if m not in noted]
            ignored += f"; {len(noted)} date(s) in a note for reference ignored"
            ignored += f" ({', '.join(m.date.isoformat() for m in noted)})"
        if future:
            # an absolute date beats a relative one of the same strength: "within 30 days (by Dec 15)"
            best = min(
                future, key=lambda m: (not (m.revised and revised), m.tier, m.relative, m.month_only, m.date, m.start)
            )
            why = "deadline cue"
            if len({m.date for m in deadlines}) > 1:
                why = (
                    f"the {'strongest, earliest' if len(future) > 1 else 'only'} upcoming of "
                    f"{len(deadlines)} deadline-cued dates"
                )
        else:
            best = min(deadlines, key=lambda m: (m.tier, -m.date.toordinal(), m.start))
            why = (
                "past deadline (the latest of the cued dates, all before the mail)"
                if len(deadlines) > 1
                else "deadline cue (already past at the mail's date)"
            )
        reason = f"{why}: {_fmt_mention(best)}{_counted_back_note(text, best, lo, hi)}{ignored}"
        return DeadlineResult(best.date, (), best, reason, cands, undated, undated_line)

    # An uncued log timestamp ("발생 시각 : 2026-11-21 04:10:33") is when something happened, not a deadline.
    neutral = [m for m in live if m.role == "neutral" and m.range_part != "start" and not _TIMESTAMP.search(m.text)]
    # Strictly after the mail's date: an uncued date equal to it is the letterhead or the send date.
    upcoming = [m for m in neutral if base is None or m.date > base]
    dates = {m.date for m in upcoming}
    if len(dates) == 1:
        best = upcoming[0]
        reason = f"no cue; the only date after the mail's date: {_fmt_mention(best)}{ignored}"
        return DeadlineResult(best.date, (), best, reason, cands, undated, undated_line)
    if undated:
        reason = f"no dated deadline; the text says '{undated}' (line: {undated_line}){ignored}"
    elif len(dates) > 1:
        reason = f"no cue; {len(dates)} uncued upcoming dates are ambiguous{ignored}"
    elif cands:
        reason = f"no deadline among {len(cands)} date(s){ignored}"
    else:
        reason = "no date in the text"
    return DeadlineResult(None, (), None, reason, cands, undated, undated_line)


# A charge, renewal or request timed from the expiry: "자동연장은 만기일 30일 전에 결제됩니다", "만료일 7일 전까지
# 갱신", "will be charged 30 days before the expiration date", "renews 7 days prior to expiry".
_COUNTED_BACK = re.compile(
    r"(?:만료|만기)(?:[ ]?일)?[ ]?(?:최소[ ]?)?(?P<ko>\d{1,3})[ ]?일[ ]?전"
    r"(?![ ]?(?:인|부터|안내|알림|공지|통보|입니다|\d))"
    r"|(?<![\w,])(?P<en>\d{1,3})[ ](?:calendar[ ])?days?[ ](?:before|prior[ ]to|in[ ]advance[ ]of)[ ]"
    r"(?:(?:the|your|its|their)[ ])?(?:(?:domain|subscription|plan|service)(?:'s)?[ ])?(?:expir\w*)",
    re.IGNORECASE,
)
_COUNTED_BACK_ACTION = re.compile(r"charg|bill|pay|renew|결제|청구|출금|연장|갱신", re.IGNORECASE)
# "만료일 7일 전까지 갱신", "at least 7 days before": a request to act by then, not a charge the vendor makes.
_COUNTED_BACK_BY = re.compile(r"전까지|at[ ]least|no[ ]later[ ]than|최소", re.IGNORECASE)
_COUNTED_BACK_NOT = re.compile(r"notices?|reminders?|e-?mails?|안내|알림|문자|SMS", re.IGNORECASE)
_EXPIRY_CUE = re.compile(r"만료|만기|expir|lapse", re.IGNORECASE)


def _counted_back_note(text: str, best: DateMention, lo: int, hi: int) -> str:
    """When the deadline is an expiry and the mail times a charge or renewal N days before it, the expiry stays
    the deadline (the domain or service ends then; the mail gives no date of the charge itself) and the reason
    names the day the charge falls on, so the reader knows when the card on file must work."""
    if best.cue is None or not _EXPIRY_CUE.search(best.cue):
        return ""
    for m in _COUNTED_BACK.finditer(text, lo, hi):
        cut = _sentence_start(text, m.start())
        end = _SENTENCE_BREAK.search(text, m.end())
        sentence = text[cut : end.start() if end else min(len(text), m.end() + 120)]
        if not _COUNTED_BACK_ACTION.search(sentence) or _COUNTED_BACK_NOT.search(sentence):
            continue
        day = best.date - timedelta(days=int(m.group("ko") or m.group("en")))
        asked = _COUNTED_BACK_BY.search(text, max(cut, m.start() - 30), min(len(text), m.end() + 4))
        what = (
            f"the mail asks to act by {day.isoformat()}" if asked else f"the renewal charge falls on {day.isoformat()}"
        )
        return f"; '{m.group(0)}' counts back from this expiry, not from the mail: {what}"
    return ""


_REFERENCE_NOTE = re.compile(
    r"[ \t*※•·>\-]*[\[(【]?(?:참고|참조|참고[ ]?사항|for[ ](?:your[ ])?(?:reference|information)|fyi)[\])】]?[ ]?[:：]",
    re.IGNORECASE,
)
_FOLD_WIDTH = str.maketrans("０１２３４５６７８９．／－：", "0123456789./-:")
_TIMESTAMP = re.compile(r"\d{1,2}:\d{2}:\d{2}")


_RESTRICTED_DONE = re.compile(
    r"(?:제한|차단|정지|일시[ ]?정지|비활성화)(?:되었|됐|되어[ ]?있|된[ ]?상태)"
    r"|(?:has|have)[ ]been[ ](?:suspended|paused|blocked|restricted|disabled|throttled)",
    re.IGNORECASE,
)


def _in_effect(m: DateMention, base: date | None) -> bool:
    """ "오늘부터 지원 중단", "effective Nov 1" in a mail of Nov 20: already begun, nothing left to act by."""
    return m.starts and base is not None and m.date <= base


def _undated(text: str, lo: int, hi: int) -> tuple[str, str] | None:
    """(phrase, line) of a "date to be announced" that is about an end date or a change."""
    for m in _UNDATED.finditer(text, lo, hi):
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        if _UNDATED_CONTEXT.search(text, ls, le):
            return m.group(0), text[ls:le].strip()[:300]
    return None


def deadline_for_span(
    text: str,
    span: tuple[int, int],
    mail_date: datetime | None,
    extra_cues: Sequence[str] = (),
    stop: int | None = None,
    max_lines: int = 3,
    *,
    sender_domain: str | None = None,
) -> DeadlineResult:
    """The deadline of one target of a digest: its own line (or table row) first, then the next lines.

    The next lines are read up to `max_lines` non-blank lines, a blank line after text, or `stop` (the start of
    the next target's span), so one target never takes a date that belongs to the next.
    """
    mentions = find_dates(text, mail_date, extra_cues, sender_domain=sender_domain)
    base = _base_date(mail_date, text)
    lines = _Lines(text)
    first, last = lines.index(span[0]), lines.index(max(span[0], span[1] - 1))
    lo, hi = lines.bounds(first)[0], lines.bounds(last)[1]
    own = _choose(text, mentions, base, (lo, hi))
    if own.deadline is not None:
        return replace(own, reason=f"on the target's line: {own.reason}")
    end = hi
    seen = 0
    j = last + 1
    while j < len(lines) and seen < max_lines:
        s, e = lines.bounds(j)
        if stop is not None and s >= stop:
            break
        if not text[s:e].strip():
            if seen:
                break
        else:
            seen += 1
            end = e if stop is None else min(e, stop)
        j += 1
    if end > hi:
        after = _choose(text, mentions, base, (hi, end))
        if after.deadline is not None or after.undated_cue:
            return replace(after, reason=f"in the lines after the target: {after.reason}")
    return own
