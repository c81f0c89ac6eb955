"""Deadline extraction (noticewatch.rules.dates): every date form vendors use, cues, distractors, digests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from noticewatch.models import Phase
from noticewatch.rules.dates import DateMention, deadline_for_span, extract_deadline, find_dates

KST = timezone(timedelta(hours=9))
UTC = timezone.utc  # noqa: UP017 - keep the explicit spelling next to KST
# A mail sent on Friday 2026-11-20 10:00 KST; every relative date counts from it.
MAIL = datetime(2026, 11, 20, 10, 0, tzinfo=KST)
D = date(2026, 12, 15)


def deadline(text: str, mail_date: datetime | None = MAIL, **kw: object) -> date | None:
    return extract_deadline(text, mail_date, **kw).deadline  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------------
# Every absolute form, with a deadline cue (both languages)

ABSOLUTE_FORMS = [
    # Korean
    ("도메인 만료일: 2026년 12월 15일", D),
    ("만료일 2026년 12월 15일(화)", D),
    ("만료일 2026년 12월 15일 (화요일)", D),
    ("2026년 12월 15일 오전 3시까지 갱신해 주세요.", D),
    ("2026년12월15일오후11시59분까지", D),
    ("만료 예정일: 2026. 12. 15.", D),
    ("만료일자 : 2026.12.15", D),
    ("만료일: 2026-12-15 23:59", D),
    ("만료일: 2026/12/15", D),
    ("12월 15일까지 연장하지 않으면 도메인이 삭제됩니다.", D),
    ("12/15(화)까지 갱신 바랍니다.", D),
    ("26년 12월 15일 만료 예정", D),
    ("유효기간 만료일 : 2026.12.15 (KST)", D),
    # English
    ("Your domain expires on 12/15/2026.", D),
    ("Expiration date: 15/12/2026", D),
    ("Your domain will expire on December 15, 2026.", D),
    ("Your domain expires Dec 15, 2026.", D),
    ("Expiry date: 15 Dec 2026", D),
    ("Expiry date: 15th of December 2026", D),
    ("The API will be shut down on Tuesday, December 15, 2026.", D),
    ("Please renew by Dec. 15th to keep your domain.", D),
    ("Renew before December 15th.", D),
    ("Deadline: 2026-12-15 23:59 KST", D),
    ("The v1 endpoints stop working at 11:59 PM PST on Dec 15, 2026.", D),
    ("Deprecation date: 2026-12-15T00:00:00Z", D),
    ("Effective 2026-12-15 00:00 UTC, the old API is disabled.", D),
    ("Expires: Dec 15, 2026 11:59 PM PST", D),
    ("Expiration: 2026-12-15T23:59:59+09:00", D),
    ("Sunset date: Dec 15 2026", D),
    ("Support ends on 15.12.2026.", D),
]


@pytest.mark.parametrize(("text", "expected"), ABSOLUTE_FORMS)
def test_absolute_forms_with_cue(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    assert result.mention is not None and result.mention.role == "deadline"
    assert result.mention.line == text.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-15", D),
        ("2026.12.15", D),
        ("2026. 12. 15.", D),
        ("2026/12/15", D),
        ("12/15/2026", D),
        ("15/12/2026", D),
        ("15.12.2026", D),
        ("December 15, 2026", D),
        ("Dec 15, 2026", D),
        ("15 Dec 2026", D),
        ("Tuesday, December 15, 2026", D),
        ("2026년 12월 15일", D),
        ("2026년 12월 15일(화)", D),
        ("2026년 12월 15일 오전 3시", D),
        ("2026-12-15T00:00:00Z", D),
        ("Dec. 15th", D),
        ("12월 15일", D),
        ("1/2/2027", date(2027, 1, 2)),  # both <= 12: US month/day
    ],
)
def test_find_dates_parses_every_form(text: str, expected: date) -> None:
    found = find_dates(f"x {text} x", MAIL)
    assert [m.date for m in found] == [expected]
    assert found[0].text.strip() == text


@pytest.mark.parametrize(
    ("text", "expected_time", "expected_zone"),
    [
        ("2026-12-15 23:59 KST", time(23, 59), "KST"),
        ("Dec 15, 2026 11:59 PM PST", time(23, 59), "PST"),
        ("2026-12-15 00:00 UTC", time(0, 0), "UTC"),
        ("2026년 12월 15일 오후 3시 30분", time(15, 30), None),
        ("2026년 12월 15일 오전 3시", time(3, 0), None),
        ("2026-12-15T00:00:00Z", time(0, 0), "Z"),
        ("December 15, 2026 at 5 PM (UTC+9)", time(17, 0), "UTC+9"),
    ],
)
def test_times_and_zones_keep_the_calendar_date(text: str, expected_time: time, expected_zone: str | None) -> None:
    (m,) = find_dates(text, MAIL)
    assert m.date == D
    assert m.time == expected_time
    assert m.zone == expected_zone


# ---------------------------------------------------------------------------------------------------------------
# Invalid and doubtful dates


@pytest.mark.parametrize(
    "text",
    [
        "만료일: 2026년 2월 30일",
        "Expires on February 30, 2026",
        "만료일: 2027.02.29",
        "Expires 13/13/2026",
        "Expires 2026-13-01",
        "만료일: 2월 30일",
        "Version 26.12.15 released",  # two-digit year without a cue or weekday: a version, not a date
        "Server 192.168.12.15 is down",
        "Call 1588-1215",
    ],
)
def test_invalid_or_doubtful_dates_are_ignored(text: str) -> None:
    assert find_dates(text, MAIL) == []


def test_two_digit_year_kept_when_clearly_a_date() -> None:
    assert deadline("만료일: 26.12.15") == D
    assert deadline("26.12.15(화)까지") == D


def test_leap_day() -> None:
    assert deadline("만료일: 2028년 2월 29일") == date(2028, 2, 29)


# ---------------------------------------------------------------------------------------------------------------
# Year inference for dates written without a year


@pytest.mark.parametrize(
    ("mail", "text", "expected"),
    [
        (datetime(2026, 12, 20, tzinfo=KST), "Renew by Jan 5th", date(2027, 1, 5)),
        (datetime(2026, 12, 20, tzinfo=KST), "1월 5일까지 갱신하세요", date(2027, 1, 5)),
        (datetime(2026, 12, 20, tzinfo=KST), "Renew by Dec. 31st", date(2026, 12, 31)),
        # a recent past date stays in the mail's year (an overdue reminder)
        (datetime(2026, 12, 20, tzinfo=KST), "Your domain expired on Dec 1", date(2026, 12, 1)),
        (datetime(2026, 3, 1, tzinfo=KST), "expires on March 20th", date(2026, 3, 20)),
    ],
)
def test_year_inference(mail: datetime, text: str, expected: date) -> None:
    result = extract_deadline(text, mail)
    assert result.deadline == expected, result.reason
    assert result.mention is not None and result.mention.year_inferred


def test_no_year_and_no_mail_date_gives_nothing() -> None:
    assert find_dates("Renew by Jan 5th", None) == []
    assert find_dates("Renew within 7 days", None) == []
    assert deadline("Renew by 2027-01-05", None) == date(2027, 1, 5)


def test_lowercase_may_is_the_verb() -> None:
    assert find_dates("you may 5 times try", MAIL) == []
    assert [m.date for m in find_dates("Expires May 5, 2027", MAIL)] == [date(2027, 5, 5)]


# ---------------------------------------------------------------------------------------------------------------
# Relative dates, counted from the mail's date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[D-7] 도메인 만료 안내", date(2026, 11, 27)),
        ("D - 30 서비스 종료 안내", date(2026, 12, 20)),
        ("D-day! 오늘 만료됩니다", date(2026, 11, 20)),
        ("Your domain expires in 30 days.", date(2026, 12, 20)),
        ("Verify your contact details within 15 days.", date(2026, 12, 5)),
        ("Verify within seven (7) days.", date(2026, 11, 27)),
        ("Act within the next 14 days.", date(2026, 12, 4)),
        ("Your site will be suspended in the next 14 days.", date(2026, 12, 4)),
        ("15일 이내에 인증하지 않으면 도메인이 정지됩니다.", date(2026, 12, 5)),
        ("7일 후 만료됩니다.", date(2026, 11, 27)),
        ("30일 뒤 삭제됩니다.", date(2026, 12, 20)),
        ("3영업일 이내에 조치해 주세요.", date(2026, 11, 25)),  # Fri + 3 business days = Wed
        ("Respond within 3 business days.", date(2026, 11, 25)),
        ("Your domain expires in 2 weeks.", date(2026, 12, 4)),
        ("The app will be disabled in 1 month.", date(2026, 12, 20)),
        ("Your domain expires tomorrow.", date(2026, 11, 21)),
        ("도메인이 내일 만료됩니다.", date(2026, 11, 21)),
        ("Only 5 days left to renew.", date(2026, 11, 25)),
    ],
)
def test_relative_forms(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    assert result.mention is not None and result.mention.relative


def test_relative_in_korean_mail_counts_in_korea_time() -> None:
    # 16:00 UTC on the 19th is already the 20th in Korea
    late_utc = datetime(2026, 11, 19, 16, 0, tzinfo=UTC)
    assert deadline("15일 이내에 인증해 주세요.", late_utc) == date(2026, 12, 5)
    assert deadline("Verify within 15 days.", late_utc) == date(2026, 12, 4)


def test_uncued_today_is_not_a_date() -> None:
    assert find_dates("Renew today and save 20%!", MAIL) == []


# ---------------------------------------------------------------------------------------------------------------
# Cues decide, not the first date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("등록일: 2020-01-01 만료일: 2026-12-15", D),
        ("Registered on 2020-01-01, expires on 2026-12-15. Last updated 2026-11-01.", D),
        ("결제일 2026.11.01\n발송일 2026.11.20\n만료 예정일 2026.12.15", D),
        ("Registration date: 2020-01-01\nPayment date: 2025-12-01\nExpiration date: 2026-12-15", D),
        ("Invoice date: Nov 1, 2026\nOrder date: Oct 30, 2026\nRenew by Dec 15, 2026", D),
        ("Sent: Friday, November 20, 2026 10:00 AM\nYour domain expires on December 15, 2026.", D),
        ("2020년 1월 1일에 등록하신 도메인이 2026년 12월 15일에 만료됩니다.", D),
        ("신청일: 2026.11.01 / 마감: 2026.12.15", D),
        ("Your domain expires on 2026-12-15.\n\nLast updated: 2027-01-10\n© 2026 Registrar Inc.", D),
        ("가입일 2026-11-25\n도메인 만료일 2026-12-15", D),
        ("Domain created: 2026-11-30  Expires: 2026-12-15", D),
    ],
)
def test_cue_words_decide(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    assert "distractor" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "등록일: 2026-12-01",
        "Registered on: December 1, 2026",
        "결제일: 2026년 12월 1일",
        "Payment date: 2026-12-01",
        "Invoice date: 12/01/2026",
        "Last updated: December 1, 2026",
        "Sent: Tuesday, December 1, 2026 9:00 AM",
        "발송일 2026.12.01",
        "작성일 2026.12.01",
        "최종 수정일: 2026-12-01",
        "Date: Tue, 1 Dec 2026 09:00:00 +0900",
    ],
)
def test_distractor_dates_never_become_the_deadline(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline is None, result.reason
    assert [m.role for m in result.candidates] == ["distractor"]


def test_korean_kkaji_follows_the_date_english_cues_precede() -> None:
    (m,) = find_dates("2026년 12월 15일까지 갱신해 주세요", MAIL)
    assert (m.cue, m.cue_source, m.role) == ("까지", "after", "deadline")
    (m,) = find_dates("Please renew until December 15, 2026", MAIL)
    assert (m.cue, m.cue_source, m.role) == ("until", "before", "deadline")


def test_label_on_the_line_above() -> None:
    text = "Expiration Date:\n\nDec 15, 2026\n\nRegistered:\n2020-01-01"
    found = find_dates(text, MAIL)
    assert [(m.date, m.role, m.cue_source) for m in found] == [
        (D, "deadline", "previous-line"),
        (date(2020, 1, 1), "distractor", "previous-line"),
    ]
    assert extract_deadline(text, MAIL).deadline == D


def test_extra_cues_from_a_rule() -> None:
    text = "Hosting plan: Basic\nRenewal cycle closes 2026-12-15"
    assert extract_deadline(text, MAIL).mention is not None  # the only upcoming date, uncued
    result = extract_deadline(text, MAIL, extra_cues=["cycle closes"])
    assert result.mention is not None and result.mention.cue == "cycle closes"
    assert result.mention.tier == 1


# ---------------------------------------------------------------------------------------------------------------
# Tables (HTML converted to text: rows on lines, cells apart)

HTML_TABLE_TEXT = (
    "안녕하세요, 가비아입니다.\n\n"
    "도메인          등록일         만료일        \n"
    "example.com  2020-01-01  2026-12-15 \n"
    "foo.co.kr    2021.03.04  2027년 1월 5일\n\n"
    "발송일: 2026-11-20\n"
)


def test_table_column_under_expiry_header() -> None:
    found = find_dates(HTML_TABLE_TEXT, MAIL)
    roles = {(m.date, m.role, m.cue) for m in found}
    assert (date(2020, 1, 1), "distractor", "등록일") in roles
    assert (D, "deadline", "만료일") in roles
    assert (date(2027, 1, 5), "deadline", "만료일") in roles
    assert (date(2021, 3, 4), "distractor", "등록일") in roles
    assert extract_deadline(HTML_TABLE_TEXT, MAIL).deadline == D


def test_pipe_table_with_english_header() -> None:
    text = (
        "| Domain | Registered | Expiration Date | Auto-renew |\n"
        "|---|---|---|---|\n"
        "| example.com | 2020-01-01 | 2026-12-15 | off |\n"
    )
    found = find_dates(text, MAIL)
    assert [(m.date, m.role, m.cue_source) for m in found] == [
        (date(2020, 1, 1), "distractor", "column"),
        (D, "deadline", "column"),
    ]


# ---------------------------------------------------------------------------------------------------------------
# Ranges, phases, "on or after", undated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이용기간: 2026.11.01 ~ 2026.12.15", D),
        ("유예기간 2026.11.16 ~ 2026.12.15", D),
        ("서비스 기간 2026년 11월 1일부터 2026년 12월 15일까지", D),
        ("Grace period: November 16, 2026 - December 15, 2026", D),
        ("Validity period: 2025-12-16 to 2026-12-15", D),
    ],
)
def test_range_end_is_the_deadline(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    parts = [m.range_part for m in result.candidates]
    assert parts == ["start", "end"]


def test_korean_phases() -> None:
    result = extract_deadline("1차 종료 2026년 12월 1일, 2차 종료 2027년 3월 1일", MAIL)
    assert result.phases == (
        Phase(date(2026, 12, 1), "1차 종료"),
        Phase(date(2027, 3, 1), "2차 종료"),
    )
    assert result.deadline == date(2026, 12, 1)


def test_english_phases_on_separate_lines() -> None:
    text = (
        "We are retiring Graph API v15 in two phases.\n"
        "Phase 1 (March 1, 2027): new apps can no longer call v15.\n"
        "Phase 2 (December 1, 2026): warnings start.\n"
    )
    result = extract_deadline(text, MAIL)
    assert [(p.label, p.deadline) for p in result.phases] == [
        ("Phase 2", date(2026, 12, 1)),
        ("Phase 1", date(2027, 3, 1)),
    ]
    assert result.deadline == date(2026, 12, 1)


def test_first_notice_is_not_a_phase() -> None:
    result = extract_deadline("[1차 안내] 도메인 만료일: 2026-12-15", MAIL)
    assert result.phases == ()
    assert result.deadline == D


def test_on_or_after() -> None:
    result = extract_deadline("Calls to v1 will fail on or after March 1, 2027.", MAIL)
    assert result.deadline == date(2027, 3, 1)
    assert result.mention is not None and result.mention.cue == "on or after"


@pytest.mark.parametrize(
    "text",
    [
        "The v1 API is deprecated now; the end date will be announced later.",
        "Legacy Login is deprecated now, end date to be announced.",
        "Shutdown date: TBD",
        "v1 API 지원 종료 일정은 추후 안내드리겠습니다.",
        "종료 일자는 추후 공지 예정입니다.",
    ],
)
def test_undated_deprecation(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline is None
    assert result.undated_cue is not None
    assert result.undated_cue in text


def test_tba_without_context_is_not_undated() -> None:
    assert extract_deadline("Speakers: TBA. See you there!", MAIL).undated_cue is None


# ---------------------------------------------------------------------------------------------------------------
# Choosing among several dates


def test_past_expiry_then_future_deletion_prefers_the_future() -> None:
    text = "Your domain expired on November 1, 2026. It will be deleted on December 15, 2026."
    assert deadline(text) == D


def test_only_past_deadline_is_returned_as_is() -> None:
    assert deadline("Your domain expired on November 1, 2026.") == date(2026, 11, 1)


def test_strong_cue_beats_generic_cue() -> None:
    text = "Use the coupon code by 2026-11-30.\nDomain expiration date: 2026-12-15"
    assert deadline(text) == D


def test_single_uncued_future_date_is_taken_several_are_ambiguous() -> None:
    one = extract_deadline("example.com 2026-12-15", MAIL)
    assert one.deadline == D and "no cue" in one.reason
    two = extract_deadline("Options: 2026-12-15 or 2026-12-20", MAIL)
    assert two.deadline is None and "ambiguous" in two.reason


def test_no_dates() -> None:
    result = extract_deadline("Hello, nothing dated here.", MAIL)
    assert result == extract_deadline("Hello, nothing dated here.", MAIL)
    assert result.deadline is None and result.reason == "no date in the text"


# ---------------------------------------------------------------------------------------------------------------
# Digests: one deadline per target


DIGEST = (
    "The following domains expire soon:\n"
    "\n"
    "alpha.com - expires 2026-12-15\n"
    "beta.net - expires 2027-01-05\n"
    "\n"
    "gamma.org\n"
    "Registered: 2019-05-05\n"
    "Expiration date: 2027-02-01\n"
    "\n"
    "delta.io\n"
    "만료일: 2027년 3월 3일\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def test_digest_within_line() -> None:
    for target, expected in [("alpha.com", D), ("beta.net", date(2027, 1, 5))]:
        s, _ = _span(DIGEST, target)
        line_end = DIGEST.index("\n", s)
        assert extract_deadline(DIGEST, MAIL, within=(s, line_end)).deadline == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("alpha.com", D),
        ("beta.net", date(2027, 1, 5)),
        ("gamma.org", date(2027, 2, 1)),
        ("delta.io", date(2027, 3, 3)),
    ],
)
def test_deadline_for_span(target: str, expected: date) -> None:
    result = deadline_for_span(DIGEST, _span(DIGEST, target), MAIL)
    assert result.deadline == expected, result.reason


def test_deadline_for_span_stops_before_next_target() -> None:
    text = "one.com\ntwo.com\nExpires: 2026-12-15\n"
    one = deadline_for_span(text, _span(text, "one.com"), MAIL, stop=text.index("two.com"))
    assert one.deadline is None
    two = deadline_for_span(text, _span(text, "two.com"), MAIL)
    assert two.deadline == D


def test_deadline_for_span_in_a_table() -> None:
    for target, expected in [("example.com", D), ("foo.co.kr", date(2027, 1, 5))]:
        result = deadline_for_span(HTML_TABLE_TEXT, _span(HTML_TABLE_TEXT, target), MAIL)
        assert result.deadline == expected, result.reason
        assert result.mention is not None and result.mention.cue == "만료일"


# ---------------------------------------------------------------------------------------------------------------
# Evidence, determinism, robustness


def test_mention_offsets_and_line() -> None:
    text = "Dear customer,\n  Your domain expires on December 15, 2026.  \nThanks"
    (m,) = find_dates(text, MAIL)
    assert isinstance(m, DateMention)
    assert text[m.start : m.end] == "December 15, 2026"
    assert m.line == "Your domain expires on December 15, 2026."
    assert m.line_no == 2


def test_deterministic() -> None:
    first = extract_deadline(HTML_TABLE_TEXT + DIGEST, MAIL)
    for _ in range(3):
        assert extract_deadline(HTML_TABLE_TEXT + DIGEST, MAIL) == first


def test_large_and_hostile_input_completes() -> None:
    # No timing assert: a catastrophic pattern would hang here instead of finishing.
    chunks = [
        "2026-" * 20000,
        "1" * 200000,
        "12/" * 50000,
        "Dec " * 50000,
        "만료일 " * 30000,
        " " * 200000 + "x",
        "D-" * 50000,
        "within " * 30000,
        "| a " * 30000 + "\n" + "| 2026-12-15 " * 3000,
        ("도메인  등록일  만료일\n" + "example.com  2020-01-01  2026-12-15\n") * 3000,
    ]
    for chunk in chunks:
        extract_deadline(chunk, MAIL)
    text = "\n".join(ABSOLUTE_FORMS[i % len(ABSOLUTE_FORMS)][0] for i in range(5000))
    result = extract_deadline(text, MAIL)
    assert result.deadline == D


# ---------------------------------------------------------------------------------------------------------------
# More forms vendors use


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Registry Expiry Date: 15-Dec-2026", D),
        ("Expiration Date: 15/Dec/2026", D),
        ("v1 will be retired in March 2027.", date(2027, 3, 1)),
        ("v1 will be retired at the end of March 2027.", date(2027, 3, 31)),
        ("v1 API는 2027년 3월 말 종료됩니다.", date(2027, 3, 31)),
        ("v1 API는 2027년 3월 중 종료 예정입니다.", date(2027, 3, 1)),
        ("2026년 12월 15일 이전에 갱신해 주세요.", D),
        ("2026년 12월 15일 전까지 이전을 완료해 주세요.", D),
        ("Your domain will be renewed automatically on December 15, 2026.", D),
        ("Auto-renewal date: 2026-12-15", D),
    ],
)
def test_more_vendor_forms(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason


def test_month_only_is_marked_and_loses_to_a_day() -> None:
    text = "Graph API v15 will be deprecated in March 2027. The exact shutdown date is March 20, 2027."
    result = extract_deadline(text, MAIL)
    assert result.deadline == date(2027, 3, 20), result.reason
    month = next(m for m in result.candidates if m.month_only)
    assert month.date == date(2027, 3, 1)


def test_restated_date_shares_the_cue() -> None:
    # the relative date (Dec 20) and the absolute one disagree: the absolute one is what the vendor wrote
    text = "Your domain will expire in 30 days, on December 15, 2026."
    result = extract_deadline(text, MAIL)
    assert result.deadline == D, result.reason
    assert result.mention is not None and result.mention.cue_source == "apposition"
    text = "도메인 만료일: 2026-12-15 (D-25)"
    assert deadline(text) == D


def test_reply_header_date_is_a_distractor() -> None:
    text = "On Fri, Nov 20, 2026 at 10:00 AM, Registrar <noreply@registrar.example> wrote:"
    (m,) = find_dates(text, MAIL)
    assert m.role == "distractor"


def test_korean_bare_predicates_after_the_date() -> None:
    text = "2026.11.01 결제 완료\n2026.11.20 발송\n2026.12.15 만료"
    result = extract_deadline(text, MAIL)
    assert [m.role for m in result.candidates] == ["distractor", "distractor", "deadline"]
    assert result.deadline == D


def test_find_dates_returns_a_fresh_list() -> None:
    first = find_dates("Expires 2026-12-15", MAIL)
    first.clear()
    assert len(find_dates("Expires 2026-12-15", MAIL)) == 1


# ---------------------------------------------------------------------------------------------------------------
# Whole mails written the way vendors phrase their notices (GoDaddy, Gabia, Kakao, Meta, Naver, Apple, Route 53,
# Namecheap, Cloudflare, ...), including forwards with their own header dates.

VENDOR_MAILS: dict[str, str] = {
    "godaddy": """Your domain expires soon

Hi Jane,
The following domain will expire in 30 days. Renew now to keep your website and email working.

Domain            Expiration Date    Auto Renew
example.com       Dec 15, 2026       Off

Renew Now

Questions? Call us 24/7 at (480) 505-8877.
Copyright © 1999-2026 GoDaddy Operating Company, LLC. All Rights Reserved.
""",
    "gabia": """[가비아] 도메인 만료 예정 안내 (D-30)

안녕하세요. 가비아입니다.
고객님께서 등록하신 도메인의 만료일이 다가와 안내드립니다.
만료일 전에 연장하지 않으면 도메인 서비스가 중단됩니다.

도메인명        등록일         만료일
example.co.kr  2019-12-15    2026-12-15

※ 만료일 이후에는 홈페이지, 메일 등 모든 서비스가 중단됩니다.
본 메일은 발신 전용입니다.
""",
    "kakao": """안녕하세요, 카카오입니다.
카카오 로그인 JavaScript SDK v1 지원이 아래 일정에 따라 종료됩니다.

일정
- 1차: 2026년 12월 1일(화) - 신규 앱 사용 불가
- 2차: 2027년 3월 2일(화) - 전체 지원 종료
""",
    "kakao2": """서비스 보안 강화를 위해, 2026년 12월 15일부터 REST API 테스트 도구에서
어드민 키 인증 방식을 지원 종료합니다.
적용 일자
- 2026년 12월 15일 화요일
""",
    "meta": (
        "Graph API v15.0 will be deprecated and removed from the platform on December 15, 2026.\n"
        "Apps calling v15.0 after that date will be upgraded."
    ),
    "naver": "네이버 아이디로 로그인 구버전 API는 2026년 12월 15일(화) 부로 서비스가 종료될 예정입니다.",
    "apple": "Starting December 15, 2026, apps uploaded to App Store Connect must be built with Xcode 26.",
    "fb_old": (
        "Starting April 30th 2027, Facebook is migrating all apps to v2.0. "
        "Marketing API version 2.2 released on October 30th, 2026."
    ),
    "cafe24": "웹 용량이 95%에 도달했습니다.\n7일 이내에 용량을 추가하지 않으면 서비스가 제한될 수 있습니다.",
    "suspend": "Your account will be suspended on 12/15/2026 unless payment is received.",
    "autorenew": "Your domain example.com will auto-renew on December 15, 2026 for $12.99.",
    "fwd": """---------- Forwarded message ---------
From: GoDaddy <renewals@godaddy.com>
Date: Fri, Nov 20, 2026 at 10:00 AM
Subject: Your domain expires soon
To: <ops@company.com>

Your domain example.com expires on December 15, 2026.
""",
    "outlook_ko": """-----Original Message-----
보낸 사람: 가비아 <no-reply@gabia.com>
보낸 날짜: 2026년 11월 20일 금요일 오전 10:00
받는 사람: ops@company.com
제목: 도메인 만료 안내

도메인 만료일: 2026년 12월 15일
""",
    "whois": "■ 도메인 : example.com\n■ 만기일 : 2026-12-15\n■ 남은 기간 : 25일",
    "hostingkr": "만료일자: 2026.12.15 (D-25)",
    "line": "LINE Login v2.0 will reach end of life on December 15, 2026.",
    "squarespace": "Your domain example.com is expiring on December 15, 2026.",
    "cloudflare": "example.com is set to expire on 2026-12-15 and auto-renew is disabled.",
    "porkbun": "DOMAIN: example.com EXPIRES: 2026-12-15",
    "heroku": "Heroku will be shutting down free dynos on December 15, 2026",
    "google": "The Google Sign-In JavaScript Platform Library for Web will be deprecated after December 15, 2026.",
    "ko_time": "2026년 12월 15일 (화) 23:59 까지 갱신해 주세요.",
    "ko_6pm": "12월 15일(화) 오후 6시까지 신청",
    "route53": """The registration for the following domains expires on the date shown:

Domain name: example.com
Expiration date: Dec 15, 2026 UTC

If you want to renew, enable automatic renewal.""",
    "namecheap": """Hello,
This is a friendly reminder that the following domain(s) will expire soon:

Domain                   Expiration Date
example.com              12/15/2026

Your domain is set to expire on December 15, 2026. To avoid losing it, renew today.
Invoice date: 11/20/2026""",
    "ionos_redemption": (
        "Your domain expired on November 10, 2026. "
        "You can still restore it until December 15, 2026 (redemption period)."
    ),
    "tba": "Sign in with Apple for Web (legacy) is deprecated now. The end date will be announced later.",
    "ko_tba": "기존 API는 지원 중단(deprecated) 되었으며, 종료 일정은 추후 공지 예정입니다.",
    "meta_phases": """We're retiring the legacy Login dialog in two phases:
Phase 1 - December 15, 2026: new apps can no longer use it.
Phase 2 - March 15, 2027: all apps stop working with it.""",
    "aws_quota": "Your AWS Free Tier usage for Amazon S3 has exceeded 85% ... The Free Tier period ends on 2026-12-15.",
}
VENDOR_EXPECTED: dict[str, date | None] = {
    "godaddy": D,
    "gabia": D,
    "kakao": date(2026, 12, 1),
    "kakao2": D,
    "meta": D,
    "naver": D,
    "apple": D,
    "fb_old": date(2027, 4, 30),
    "cafe24": date(2026, 11, 27),
    "suspend": D,
    "autorenew": D,
    "fwd": D,
    "outlook_ko": D,
    "whois": D,
    "hostingkr": D,
    "line": D,
    "squarespace": D,
    "cloudflare": D,
    "porkbun": D,
    "heroku": D,
    "google": D,
    "ko_time": D,
    "ko_6pm": D,
    "route53": D,
    "namecheap": D,
    "ionos_redemption": D,
    "tba": None,
    "ko_tba": None,
    "meta_phases": D,
    "aws_quota": D,
}


@pytest.mark.parametrize("name", sorted(VENDOR_MAILS))
def test_vendor_mails(name: str) -> None:
    result = extract_deadline(VENDOR_MAILS[name], MAIL)
    assert result.deadline == VENDOR_EXPECTED[name], result.reason
    if result.deadline is None:
        assert result.undated_cue is not None and result.undated_line is not None
    else:
        assert result.mention is not None and result.mention.line in VENDOR_MAILS[name]


def test_vendor_phases() -> None:
    kakao = extract_deadline(VENDOR_MAILS["kakao"], MAIL)
    assert [(p.label, p.deadline) for p in kakao.phases] == [("1차", date(2026, 12, 1)), ("2차", date(2027, 3, 2))]
    meta = extract_deadline(VENDOR_MAILS["meta_phases"], MAIL)
    assert [p.label for p in meta.phases] == ["Phase 1", "Phase 2"]


@pytest.mark.parametrize(
    "text",
    [
        "Read more: https://blog.example.com/2026/12/15/api-changes",
        "https://example.com/news/2026-12-15-release-notes",
        "Upgrade to agent 2026.12.15.1 now",
    ],
)
def test_dates_inside_urls_and_versions_are_ignored(text: str) -> None:
    assert find_dates(text, MAIL) == []


def test_release_date_is_a_distractor() -> None:
    text = "Version 3 was released on November 1, 2026. Version 2 will be retired on December 15, 2026."
    result = extract_deadline(text, MAIL)
    assert [m.role for m in result.candidates] == ["distractor", "deadline"]
    assert result.deadline == D


# ---------------------------------------------------------------------------------------------------------------
# Years from weekdays and ranges


@pytest.mark.parametrize(
    ("mail", "text", "expected"),
    [
        # 2027-01-05 is a Tuesday; the weekday confirms next year
        (MAIL, "1월 5일(화)까지", date(2027, 1, 5)),
        (MAIL, "Renew by Tuesday, January 5", date(2027, 1, 5)),
        # mail in early January: "12월 29일(화)" is the past December (2026-12-29 is a Tuesday) only when the
        # weekday says so, otherwise the rule of 60 days applies
        (datetime(2027, 1, 4, tzinfo=KST), "12월 29일(화)까지 이전하세요", date(2026, 12, 29)),
        # a wrong weekday (a vendor's typo) does not send the date to a year long past
        (MAIL, "1월 5일(월)까지", date(2027, 1, 5)),
    ],
)
def test_weekday_picks_the_year(mail: datetime, text: str, expected: date) -> None:
    assert deadline(text, mail) == expected


def test_range_end_without_year_takes_the_start_year() -> None:
    assert deadline("유예기간 2028년 3월 1일 ~ 3월 31일") == date(2028, 3, 31)
    assert deadline("이용기간 2026년 12월 1일 ~ 1월 5일") == date(2027, 1, 5)


def test_random_fragments_never_break_invariants() -> None:
    import random

    frags = [
        "2026", "-", ".", "/", "12", "15", "년", "월", "일", " ", "  ", "\n", "|", "Dec", "December", "15th", ",",
        "만료일", "까지", "expires on", "by", "until", "D-", "7", "within", "days", "일 이내", "(화)", "오전", "3시",
        "23:59", "KST", "PST", "T", "Z", "1차", "Phase 2", "~", "등록일", "Sent:", "TBA", "추후 안내", "30", "02",
        "29", "Feb", "0", "99", "가", "a", ":", "(", ")", "May", "may", "오늘", "tomorrow", "D-day", "기간", "부터",
    ]  # fmt: skip
    rng = random.Random(20261120)
    for _ in range(2000):
        text = "".join(rng.choice(frags) for _ in range(rng.randint(1, 40)))
        mail = rng.choice([None, MAIL, datetime(2026, 12, 31, 23, tzinfo=UTC)])
        for m in find_dates(text, mail):
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text
            assert m.text.strip() in m.line
        result = extract_deadline(text, mail)
        assert result.deadline is None or result.mention is not None
        if result.phases:
            # the first phase on/after the mail's date, else the last one
            assert result.deadline in [p.deadline for p in result.phases]
            base = mail.date() if mail else None
            upcoming = [p.deadline for p in result.phases if base is None or p.deadline >= base]
            assert result.deadline == (upcoming[0] if upcoming else result.phases[-1].deadline)


@pytest.mark.parametrize(
    ("mail", "text", "expected"),
    [
        (datetime(2027, 1, 4, tzinfo=KST), "Your domain expired on Dec 29", date(2026, 12, 29)),
        (datetime(2027, 1, 4, tzinfo=KST), "12월 29일까지 이전하세요", date(2026, 12, 29)),
        (datetime(2026, 11, 20, tzinfo=KST), "Renew by Sep 1st", date(2027, 9, 1)),
        (datetime(2026, 11, 20, tzinfo=KST), "만료일: 9월 25일", date(2026, 9, 25)),  # 56 days ago: overdue
        (datetime(2027, 1, 10, tzinfo=KST), "Expires Feb 29", date(2028, 2, 29)),
    ],
)
def test_year_window_around_the_mail(mail: datetime, text: str, expected: date) -> None:
    assert deadline(text, mail) == expected


def test_a_cue_governs_one_date_the_nearest() -> None:
    text = "Nov 20, 2026 - Your domain expires in 14 days"
    found = find_dates(text, MAIL)
    assert [(m.date, m.role) for m in found] == [
        (date(2026, 11, 20), "neutral"),
        (date(2026, 12, 4), "deadline"),
    ]


def test_english_verb_after_the_date_needs_on_or_a_list_line() -> None:
    assert find_dates("On December 15, 2026, your domain will expire.", MAIL)[0].role == "deadline"
    assert find_dates("2026-12-15   example.com will expire", MAIL)[0].role == "deadline"
    assert find_dates("Posted December 15, 2026 — this domain will expire soon", MAIL)[0].role != "deadline"


def test_korean_reference_date_is_a_distractor() -> None:
    text = "2026년 11월 20일 기준, 만료 예정 도메인 목록입니다."
    (m,) = find_dates(text, MAIL)
    assert (m.role, m.cue) == ("distractor", "기준")


# ---------------------------------------------------------------------------------------------------------------
# Dates that look like deadlines but are not: billing cycles, timestamps, replaced dates, starts in effect


@pytest.mark.parametrize(
    "text",
    [
        "Your usage has reached 90% of the allowance in your billing\ncycle from November 3 to December 2.",
        "The organization has used 90% of its minutes for the current billing period\n(Nov 1, 2026 - Nov 30, 2026).",
        "Your projects are paused. They will resume on December 4, 2026 when the usage period resets.",
        "  발생 시각 : 2026-11-21 04:10:33",
        "디스크 사용률 93%\n2026-11-21 04:10:33 /dev/vda1",
    ],
)
def test_not_a_deadline(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline is None, result.reason


def test_hard_wrapped_cue_reaches_the_date_on_the_next_line() -> None:
    text = (
        "This is a reminder that the registration of example.com, which you have held for years, will expire on\n"
        "December 15, 2026 unless it is renewed."
    )
    result = extract_deadline(text, MAIL)
    assert result.deadline == D
    assert result.mention is not None and result.mention.cue is not None
    assert "expire" in result.mention.cue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 기존 정지 예정일 : 2026.11.25\n- 변경된 정지 예정일 : 2026.12.02", date(2026, 12, 2)),
        ("- 기존 종료일 : 2026년 12월 31일\n- 변경된 종료일 : 2027년 3월 31일", date(2027, 3, 31)),
        ("The shutdown, originally scheduled for December 1, 2026, now happens on March 1, 2027.", date(2027, 3, 1)),
        ("종료일이 2026.12.31 → 2027.03.31 로 변경되었습니다.", date(2027, 3, 31)),
        ("지원 종료일을 2026년 12월 31일에서 2027년 3월 31일로 연기합니다.", date(2027, 3, 31)),
        ("We have postponed the v1 sunset from December 1, 2026 to March 1, 2027.", date(2027, 3, 1)),
    ],
)
def test_replaced_dates_give_way_to_the_new_one(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    assert any(m.superseded for m in result.candidates)


def test_start_already_in_effect_is_not_a_deadline() -> None:
    text = (
        "iOS SDK 1.x 버전은 오늘부터 지원 중단(Deprecated) 상태로 전환됩니다.\n"
        "최종 종료 일정은 추후 별도로 공지드릴 예정입니다."
    )
    result = extract_deadline(text, MAIL)
    assert result.deadline is None
    assert result.undated_cue is not None
    assert "in effect" in result.reason
    # a start still to come is a deadline
    assert deadline("2026년 12월 15일부터 v1 API 호출이 차단됩니다.") == D
    assert deadline("Effective December 15, 2026, v1 calls fail.") == D


def test_auto_renewal_date_is_the_deadline_before_expiry() -> None:
    text = (
        "Automatic renewal is enabled for the following domain. We will renew it on Dec 8, 2026 and charge the\n"
        "renewal fee to your account.\n\nDomain Expiration date\n\npinecone-hq.org Jan 7, 2027\n"
    )
    assert deadline(text) == date(2026, 12, 8)


def test_single_spaced_header_maps_values_by_order() -> None:
    text = (
        "연장 견적서를 첨부해 드립니다.\n\n도메인 만료일 유예기간\n\nhaneul.kr 2026-12-10 2026-12-10 ~ 2026-12-25\n\n"
        "만료일이 지나면 홈페이지와 메일이 중단됩니다."
    )
    found = find_dates(text, MAIL)
    assert [(m.date, m.cue, m.cue_source) for m in found] == [
        (date(2026, 12, 10), "만료일", "column"),
        (date(2026, 12, 10), None, None),  # start of the grace period
        (date(2026, 12, 25), "유예기간", "range"),
    ]
    assert extract_deadline(text, MAIL).deadline == date(2026, 12, 10)


def test_registered_payment_method_is_not_a_registration_date() -> None:
    text = "자동 연장이 설정된 도메인 oddjob.co.kr 은(는) 2026년 12월 3일에 등록된 결제수단으로 자동 연장될 예정입니다."
    assert deadline(text) == date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Japanese notices (LINE)
        ("LINEログインv2.0は2026年12月15日をもって提供終了します。", D),
        ("有効期限：2026年12月15日まで", D),
        # the notice says how far ahead of the date it was sent
        ("[가비아] 도메인 만료 30일 전 안내", date(2026, 12, 20)),
        ("Reminder: 30 days before your domain expires", date(2026, 12, 20)),
        # year ends, halves and quarters
        ("v1 will be removed by the end of 2027", date(2027, 12, 31)),
        ("2026년 말까지 전환해 주세요", date(2026, 12, 31)),
        ("Support ends by end of Q1 2027", date(2027, 3, 31)),
        ("v1 API는 2027년 하반기 중 종료 예정입니다", date(2027, 7, 1)),
        # US month-day-year with dashes
        ("Expires 12-15-2026", D),
    ],
)
def test_other_written_forms(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("호스팅 서비스 만료일이 2026년 12월 15일(화)로 7일 남았습니다.", D),
        ("카카오 로그인 REST API의 일부 파라미터가 2026년 12월 15일(화) 이후 지원되지 않습니다.", D),
        ("AWS Lambda will end support for Node.js 18 on December 15, 2026", D),
        ("The deadline to migrate is December 15, 2026", D),
        ("You have until December 15, 2026 to migrate", D),
        ("v1 will be retired in mid-December 2026", D),
        ("2026년 12월 중순 종료 예정", D),
        ("Your free trial ends on December 15, 2026", D),
        ("Graph API v17.0 will no longer be available beginning on December 15, 2026", D),
        ("서비스 종료 예정일 : 2026-12-15 (화) 18:00", D),
        ("Auto-renewal for example.com failed. Your domain expires on Dec 15, 2026.", D),
        ("Email delivery stops on December 15, 2026", D),
        ("Your trial ends Dec 15, 2026", D),
    ],
)
def test_phrasings_not_seen_before(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-15 23:59 KST", datetime(2026, 12, 15, 23, 59, tzinfo=KST)),
        ("Dec 15, 2026 11:59 PM PST", datetime(2026, 12, 15, 23, 59, tzinfo=timezone(timedelta(hours=-8)))),
        ("2026-12-15T00:00:00Z", datetime(2026, 12, 15, 0, 0, tzinfo=UTC)),
        ("2026-12-15 23:59:59 (UTC+09:00)", datetime(2026, 12, 15, 23, 59, 59, tzinfo=KST)),
        # no zone written: the mail's default (Korea for Korean mail)
        ("2026년 12월 15일 오후 3시", datetime(2026, 12, 15, 15, 0, tzinfo=KST)),
    ],
)
def test_moment_with_zone(text: str, expected: datetime) -> None:
    (m,) = find_dates(text, MAIL)
    moment = m.moment(KST)
    assert moment == expected
    assert moment is not None and moment.utcoffset() == expected.utcoffset()


def test_moment_without_time_is_none() -> None:
    (m,) = find_dates("만료일 2026-12-15", MAIL)
    assert m.moment(KST) is None


def test_start_in_effect_alone_is_the_overdue_deadline() -> None:
    result = extract_deadline("Starting November 1, 2026, requests to v1 fail.", MAIL)
    assert result.deadline == date(2026, 11, 1)


# ---------------------------------------------------------------------------------------------------------------
# Generated mails: every date form x every cue x distractor lines and noise, in random order (fixed seed).

_MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MON_FULL = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _forms_ko(d: date) -> list[str]:
    wd = "월화수목금토일"[d.weekday()]
    return [
        f"{d.year}년 {d.month}월 {d.day}일",
        f"{d.year}년 {d.month}월 {d.day}일({wd})",
        f"{d.year}년 {d.month:02d}월 {d.day:02d}일 오후 6시",
        f"{d.year}. {d.month}. {d.day}.",
        f"{d.year}.{d.month:02d}.{d.day:02d}",
        f"{d.year}-{d.month:02d}-{d.day:02d} 23:59",
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        f"{d.year}-{d.month:02d}-{d.day:02d}({wd})",
    ]


def _forms_en(d: date) -> list[str]:
    return [
        f"{_MON_FULL[d.month - 1]} {d.day}, {d.year}",
        f"{_MON_ABBR[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {_MON_ABBR[d.month - 1]} {d.year}",
        f"{_WD_EN[d.weekday()]}, {_MON_FULL[d.month - 1]} {d.day}, {d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.year}-{d.month:02d}-{d.day:02d}T23:59:59Z",
        f"{_MON_FULL[d.month - 1]} {d.day}, {d.year} at 11:59 PM PST",
        f"{d.day}-{_MON_ABBR[d.month - 1]}-{d.year}",
    ]


_DEADLINE_KO = [
    "도메인 만료일: {}", "{}까지 연장해 주세요.", "만료 예정일 : {}", "서비스 종료일 {}",
    "{}부로 v1 API 지원이 종료됩니다.", "유효기간 만료일 {}", "호스팅 정지 예정일: {}", "이전 기한 : {}",
    "{} 이후 기존 API는 사용할 수 없습니다.",
]  # fmt: skip
_DEADLINE_EN = [
    "Your domain expires on {}.", "Expiration date: {}", "Please renew by {}.", "The API will be deprecated on {}.",
    "Your account will be suspended on {} unless you act.", "Migrate no later than {}.", "Deadline: {}",
    "On {}, the v1 endpoints will stop working.", "Starting {}, requests to v1 will fail.", "Expiry date  {}",
]  # fmt: skip
_DISTRACT_KO = [
    "등록일: {}",
    "결제일 {}",
    "발송일 : {}",
    "최종 수정일: {}",
    "신청일 {}",
    "가입일 : {}",
    "보낸 날짜: {}",
    "작성일 {}",
]
_DISTRACT_EN = [
    "Registered on: {}", "Payment date: {}", "Sent: {}", "Last updated {}", "Invoice date: {}", "Date: {}",
    "Created: {}", "Order date {}", "This notice was issued on {}.",
]  # fmt: skip
_NOISE_KO = [
    "안녕하세요, 가비아입니다.",
    "문의: 1544-4370 (평일 09:00~18:00)",
    "본 메일은 발신 전용입니다.",
    "도메인: example.co.kr",
]
_NOISE_EN = [
    "Hello,",
    "Questions? Call us 24/7 at (480) 505-8877.",
    "Copyright © 1999-2026 Example Inc.",
    "Domain: a.com",
]
_JOINERS = ["\n", "  ", " | ", " / ", ", "]


def test_generated_mails() -> None:
    import random

    rng = random.Random(20261123)
    for _ in range(800):
        mail = datetime(2026, rng.randint(1, 12), rng.randint(1, 28), 10, tzinfo=KST)
        korean = rng.random() < 0.5
        forms = _forms_ko if korean else _forms_en
        due = mail.date() + timedelta(days=rng.randint(1, 300))
        parts = [rng.choice(_DEADLINE_KO if korean else _DEADLINE_EN).format(rng.choice(forms(due)))]
        for _ in range(rng.randint(0, 3)):
            other = mail.date() + timedelta(days=rng.randint(-800, 300))
            parts.append(rng.choice(_DISTRACT_KO if korean else _DISTRACT_EN).format(rng.choice(forms(other))))
        rng.shuffle(parts)
        body = parts[0]
        for part in parts[1:]:
            body += rng.choice(_JOINERS) + part
        noise = _NOISE_KO if korean else _NOISE_EN
        text = "\n".join([*rng.sample(noise, rng.randint(0, 2)), body, *rng.sample(noise, rng.randint(0, 2))])
        result = extract_deadline(text, mail)
        assert result.deadline == due, f"{text!r}\nmail {mail.date()}: {result.reason}"


@pytest.mark.parametrize(
    "text",
    [
        "1차 종료\n2026년 12월 1일\n2차 종료\n2027년 3월 1일",
        "단계\t일정\t내용\n1단계\t2026.12.01\t신규 앱 사용 불가\n2단계\t2027.03.01\t전체 종료",
        "Phase 1 — December 1, 2026: new apps blocked\nPhase 2 — March 1, 2027: all apps blocked",
    ],
)
def test_phase_layouts(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert [p.deadline for p in result.phases] == [date(2026, 12, 1), date(2027, 3, 1)], result.reason
    assert result.deadline == date(2026, 12, 1)
    assert all(p.label for p in result.phases)


def test_within_uses_a_header_outside_the_region() -> None:
    text = "Domain\tRegistered\tExpiration Date\nalpha.com\t2020-01-01\t2026-12-15\nbeta.net\t2021-02-02\t2027-01-05\n"
    row = text.index("beta.net")
    result = extract_deadline(text, MAIL, within=(row, text.index("\n", row)))
    assert result.deadline == date(2027, 1, 5)
    assert [m.role for m in result.candidates] == ["distractor", "deadline"]


def test_quoted_reply_attribution_is_a_distractor() -> None:
    text = "2026년 11월 20일 (금) 오전 10:00, 가비아 <no-reply@gabia.com>님이 작성:"
    (m,) = find_dates(text, MAIL)
    assert m.role == "distractor"


def test_crlf_line_endings() -> None:
    text = "Expiration Date:\r\n\r\nDec 15, 2026\r\n도메인\t등록일\t만료일\r\na.com\t2020-01-01\t2026-12-20\r\n"
    found = find_dates(text, MAIL)
    assert [(m.date, m.role) for m in found] == [
        (D, "deadline"),
        (date(2020, 1, 1), "distractor"),
        (date(2026, 12, 20), "deadline"),
    ]
    assert all("\r" not in m.line for m in found)
    phases = extract_deadline("1차 종료\r\n2026년 12월 1일\r\n2차 종료\r\n2027년 3월 1일", MAIL).phases
    assert [p.label for p in phases] == ["1차 종료", "2차 종료"]


def test_full_width_digits() -> None:
    result = extract_deadline("만료일：２０２６．１２．１５", MAIL)
    assert result.deadline == D
    assert result.mention is not None and result.mention.text == "２０２６．１２．１５"
    assert extract_deadline("有効期限：２０２６年１２月１５日まで", MAIL).deadline == D


def test_uncued_letterhead_date_is_not_a_deadline() -> None:
    text = "2026년 11월 20일\n\n고객님의 웹 호스팅 트래픽이 90%를 초과했습니다."
    assert extract_deadline(text, MAIL).deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "카카오 로그인 보안 정책 변경으로 기존 앱 키가 2026년 12월 15일 만료됩니다.",
        "The old API version will stop working on December 15, 2026.",
        "Please migrate prior to December 15, 2026.",
    ],
)
def test_old_thing_is_not_an_old_date(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == D, result.reason
    assert not any(m.superseded for m in result.candidates)


@pytest.mark.parametrize(
    "text",
    [
        "작업 일시 : 2026년 11월 26일 03:00 ~ 06:00",
        "Scheduled maintenance window: Nov 26, 2026 03:00 UTC",
        "도착 예정일 : 2026년 11월 27일 (금)",
        "Join our webinar on December 3, 2026!",
    ],
)
def test_events_and_deliveries_are_distractors(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline is None, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grace period: December 1-15, 2026", D),
        ("유예기간: 2026년 12월 1일 ~ 15일", D),
        ("이용기간 12월 1일~15일", D),
        ("12/15까지 연장하세요", D),
        ("Renew by 12/15", D),
    ],
)
def test_day_only_range_ends_and_cued_month_day(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason


@pytest.mark.parametrize("text", ["Score 12/15 points", "1/2 of the disk is used", "v1.2 released", "3/4 완료"])
def test_uncued_month_day_is_not_a_date(text: str) -> None:
    assert find_dates(text, MAIL) == []


# ---------------------------------------------------------------------------------------------------------------
# Follow-ups that move a date: the new value wins over the old one, cue or no cue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bare before/after labels, on two lines or one
        ("일정이 아래와 같이 변경되었습니다.\n변경 전 : 2026.12.01\n변경 후 : 2027.01.15", date(2027, 1, 15)),
        ("지원 종료 일정 변경\n- 종전 : 2026년 12월 10일\n- 변경 : 2027년 2월 1일", date(2027, 2, 1)),
        ("만료일 정정 (변경 전) 2026.12.05 (변경 후) 2026.12.19", date(2026, 12, 19)),
        ("정정 전 만료일: 2026-11-28\n정정 후 만료일: 2027-01-09", date(2027, 1, 9)),
        ("변경된 차단 예정일 : 12월 17일 (기존 : 12월 3일)", date(2026, 12, 17)),
        # the old value said to be wrong, the new one "로 변경"
        (
            "지난 메일에서 만료일을 2026년 11월 30일로 잘못 안내드렸습니다. 실제 만료일은 2027년 1월 8일입니다.",
            date(2027, 1, 8),
        ),
        ("지원 종료일이 2027년 2월 26일로 변경되었습니다. (기존 2026년 12월 18일)", date(2027, 2, 26)),
        # English
        (
            "In our previous email we said that shop-hana.com expires on December 1, 2026. That was a mistake:\n"
            "the domain now expires on February 3, 2027.",
            date(2027, 2, 3),
        ),
        (
            "Your domain was due to expire on December 4, 2026. Good news: the registration has been extended to\n"
            "March 4, 2027 at no cost.",
            date(2027, 3, 4),
        ),
        ("Correction - new expiration date: 2027-01-10 (was 2026-12-10).", date(2027, 1, 10)),
        ("Schedule change: the v2 cutoff is now January 20, 2027 instead of December 15, 2026.", date(2027, 1, 20)),
        ("Updated deadline: Jan 12, 2027. The earlier notice listed Dec 2, 2026 by mistake.", date(2027, 1, 12)),
        ("만기일 정정 안내\n잘못된 만기일: 2026-12-02\n올바른 만기일: 2027-01-02", date(2027, 1, 2)),
        ("Your expiration date is now January 2, 2027 (previously December 2, 2026).", date(2027, 1, 2)),
    ],
)
def test_follow_up_new_date_wins(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason


def test_parenthesised_before_is_a_deadline_not_an_old_date() -> None:
    result = extract_deadline("정정 안내: 도메인을 갱신해 주세요 (before December 15, 2026).", MAIL)
    assert result.deadline == D and not any(m.superseded for m in result.candidates)


def test_new_date_words_do_not_outrank_a_reminder_deadline() -> None:
    # no correction here: "your new expiration date" is what renewing would give, not a moved deadline
    text = (
        "Your domain expires on December 15, 2026.\nRenew today and your new expiration date will be December 15, 2027."
    )
    assert extract_deadline(text, MAIL).deadline == D
    text_ko = "도메인 만료일: 2026년 12월 15일\n1년 연장 후 만료일: 2027년 12월 15일"
    assert extract_deadline(text_ko, MAIL).deadline == D


# ---------------------------------------------------------------------------------------------------------------
# Phases: one already past on the mail's date is history


@pytest.mark.parametrize(
    "text",
    [
        "1단계 2026년 11월 2일: 신규 앱 등록 중단\n2단계 2026년 12월 15일: 기존 앱 호출 제한\n"
        "3단계 2027년 4월 1일: 완전 종료",
        "Phase 1 (November 2, 2026): no new apps.\nPhase 2 (December 15, 2026): existing apps blocked.\n"
        "Phase 3 (April 1, 2027): endpoint removed.",
    ],
)
def test_phase_past_on_the_mail_date_is_not_the_deadline(text: str) -> None:
    result = extract_deadline(text, MAIL)  # mail of 2026-11-20
    assert [p.deadline for p in result.phases] == [date(2026, 11, 2), D, date(2027, 4, 1)]
    assert result.deadline == D, result.reason
    # every phase past: the last one (overdue)
    late = extract_deadline(text, datetime(2027, 5, 1, tzinfo=KST))
    assert late.deadline == date(2027, 4, 1)


# ---------------------------------------------------------------------------------------------------------------
# Billing periods end; that is not a deadline unless the service stops then


@pytest.mark.parametrize(
    "text",
    [
        "Your workspace has used 82% of its build minutes. Your billing cycle ends on December 15, 2026.",
        "You have used 90% of the included requests for the current usage period, which ends December 15, 2026.",
        "이번 결제 주기는 2026년 12월 15일에 종료됩니다. 현재 트래픽 사용률은 85%입니다.",
        "현재 청구 기간은 2026년 12월 15일까지입니다.",
    ],
)
def test_billing_period_end_is_a_distractor(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline is None, result.reason
    assert any(m.role == "distractor" for m in result.candidates)


@pytest.mark.parametrize(
    "text",
    [
        "Unless you upgrade, your sites will be suspended at the end of the billing cycle (December 15, 2026).",
        "결제 주기가 끝나는 2026년 12월 15일에 서비스가 정지됩니다.",
    ],
)
def test_billing_period_end_when_the_service_stops_then(text: str) -> None:
    assert extract_deadline(text, MAIL).deadline == D


def test_window_between_two_dates_is_not_a_period_end() -> None:
    # "renews between A and B" selects which products are concerned; the table gives each one's expiry
    text = (
        "Products set to renew between December 1 and December 31 need a valid card.\n"
        "Item Expiration date Renewal fee\n"
        "Domain: kettle-example.org Dec 15, 2026 $11.98\n"
    )
    result = extract_deadline(text, MAIL)
    assert result.deadline == D, result.reason
    assert result.mention is not None and result.mention.cue_source == "column"
    # a validity period between two dates still ends at the second
    assert extract_deadline("Valid between December 1 and December 15, 2026.", MAIL).deadline == D


@pytest.mark.parametrize(
    "header", ["Item Expires on Renewal price", "Product Expiry date Renewal fee", "Service Expiration Renewal cost"]
)
def test_money_column_named_after_a_cue_is_no_date_column(header: str) -> None:
    text = f"{header}\nDomain: kettle-example.org 2026-12-15 $11.98\n"
    result = extract_deadline(text, MAIL)
    assert result.deadline == D
    assert result.mention is not None and result.mention.tier == 1, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사용량은 2026년 12월 1일에 초기화됩니다.", None),  # the counter resets: no deadline
        ("Your usage resets at the end of your billing period on December 15, 2026.", None),
        ("Sites will be paused on December 15, 2026, the end of your billing period.", D),
    ],
)
def test_usage_resets_and_pauses(text: str, expected: date | None) -> None:
    assert extract_deadline(text, MAIL).deadline == expected


@pytest.mark.parametrize(
    "text", ["서비스 이용기간 만료일: 2026.12.15", "Your subscription period ends on December 15, 2026."]
)
def test_term_of_service_is_not_a_billing_period(text: str) -> None:
    assert extract_deadline(text, MAIL).deadline == D


# ---------------------------------------------------------------------------------------------------------------
# Tables whose other cells hold cue words, phase columns, renewal windows, wrapped relative forms, footer offers


def test_a_cue_in_another_cell_of_a_table_row_does_not_govern_the_date() -> None:
    # The status cell next to the expiry ("미신청" = not requested, "Not renewed") is that cell's value.
    text = (
        "도메인 만료 예정 목록\n"
        "도메인명\t등록일\t만료일\t자동갱신 상태\n"
        "dalnim.kr\t2023.02.11\t2027.02.11 (목)\t미신청\n"
        "dalnim.co.kr\t2024.12.20\t2026.12.20 (일)\t신청 완료\n"
    )
    res = extract_deadline(text, MAIL)
    assert res.deadline == date(2026, 12, 20)
    roles = {m.date: (m.role, m.cue) for m in res.candidates}
    assert roles[date(2027, 2, 11)] == ("deadline", "만료일")
    assert roles[date(2023, 2, 11)][0] == "distractor"
    # A label cell next to its value is still read when there is no header row.
    assert deadline("Expiry date\t2026-12-15\nRegistered\t2024-12-15") == D


def test_phase_column_of_a_table_labels_each_row() -> None:
    text = (
        "The legacy sign-in endpoints are being retired in stages.\n"
        "Stage | When | What happens\n"
        "1 | 2026-11-10 | new apps can no longer enable v1\n"
        "2 | January 20, 2027 | v1 tokens are rejected\n"
        "3 | April 1, 2027 | v1 endpoints return 410\n"
    )
    res = extract_deadline(text, MAIL)
    assert [p.label for p in res.phases] == ["Stage 1", "Stage 2", "Stage 3"]
    # Stage 1 is already past on the mail's date: the first phase not past is the deadline.
    assert res.deadline == date(2027, 1, 20)
    # Plain text: cells apart by runs of spaces, the phase number alone in its cell.
    spaced = "단계    일자          내용\n1       2026.12.01    신규 발급 중단\n2       2027.03.01    전체 종료\n"
    assert [p.deadline for p in extract_deadline(spaced, MAIL).phases] == [date(2026, 12, 1), date(2027, 3, 1)]


def test_renewal_window_before_the_expiry_is_the_auto_renew_date() -> None:
    assert deadline("We'll attempt to renew example.com on Dec 10, 2026. It expires on Jan 9, 2027.") == date(
        2026, 12, 10
    )
    text = (
        "Your domain example.net expires on February 3, 2027. We will automatically renew your\n"
        "domain registration on or about December 30, 2026 using the card on file."
    )
    res = extract_deadline(text, MAIL)
    assert res.deadline == date(2026, 12, 30)
    assert res.mention is not None and "renew" in (res.mention.cue or "")


def test_relative_form_broken_across_a_wrapped_line() -> None:
    text = (
        "Your project has exceeded the storage included in its plan. Write access will be disabled in\n"
        "five days unless you reduce usage or upgrade."
    )
    assert deadline(text) == date(2026, 11, 25)
    assert deadline("Access to the bucket will be revoked within\n10 days.") == date(2026, 11, 30)


def test_a_footer_offer_end_is_not_the_deadline() -> None:
    text = (
        "Your domain example.org expires on 2026-12-15.\n"
        "Save 25% on email hosting: this offer ends Dec 1, 2026. Promo code valid until 2026-11-28."
    )
    res = extract_deadline(text, MAIL)
    assert res.deadline == D
    assert {m.date for m in res.candidates if m.role == "distractor"} == {date(2026, 12, 1), date(2026, 11, 28)}


@pytest.mark.parametrize(
    ("line", "ended"),
    [
        ("※ 3년 이상 연장 시 할인 쿠폰 제공(이벤트 종료 2026.12.01).", date(2026, 12, 1)),
        ("연말 특가 마감: 2026년 11월 30일", date(2026, 11, 30)),
        ("할인 쿠폰 사용기한 2026.11.28", date(2026, 11, 28)),
    ],
)
def test_a_korean_promotions_end_is_not_the_deadline(line: str, ended: date) -> None:
    res = extract_deadline(f"만료일 : 2026년 12월 15일(화)\n{line}", MAIL)
    assert res.deadline == D
    assert [m.role for m in res.candidates if m.date == ended] == ["distractor"]
    # near miss: the service's own end ("서비스 종료 2026.12.01") stays a deadline
    assert deadline("서비스 종료 2026.12.01 이후 접속할 수 없습니다.") == date(2026, 12, 1)


def test_you_have_n_days_to_act() -> None:
    assert deadline("You have 14 days to update your payment method before your sites are suspended.") == date(
        2026, 12, 4
    )
    assert deadline("You'll have 3 business days left to verify the contact.") == date(2026, 11, 25)
    # an explicit expiry outranks the grace it gives
    assert deadline("Your key expires on 2026-12-15; you have 30 days to rotate it.") == D


# ---------------------------------------------------------------------------------------------------------------
# A moved date ("A → B", "A에서 B로", "moved from A to B"): B is the new value and keeps A's phase


@pytest.mark.parametrize(
    "text",
    [
        "변경된 일정\n- 1차 : 2026년 12월 1일 → 2027년 1월 12일\n- 2차 : 2027년 5월 31일 (변경 없음)",
        "1단계: 2026-12-01 -> 2027-01-12\n2단계: 2027-05-31",
        "1단계 : 2026.12.01 => 2027.01.12\n2단계 : 2027.05.31",
        "1차 종료 2026년 12월 1일 ⇒ 2027년 1월 12일\n2차 종료 2027년 5월 31일",
        "1차 연기: 2026. 12. 1. → 2027. 1. 12.\n2차: 2027. 5. 31.",
        "일정이 변경되었습니다.\n1차 종료일을 2026년 12월 1일에서 2027년 1월 12일로 변경합니다.\n"
        "2차 종료일: 2027년 5월 31일",
        "Phase 1 has been moved from December 1, 2026 to January 12, 2027.\nPhase 2: May 31, 2027 (unchanged)",
        "We changed Phase 1 from Dec 1, 2026 to Jan 12, 2027. Phase 2 stays on May 31, 2027.",
        "Phase 1 is postponed from 2026-12-01 to 2027-01-12.\nPhase 2 remains 2027-05-31.",
    ],
)
def test_moved_phase_date_keeps_its_phase(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert [p.deadline for p in result.phases] == [date(2027, 1, 12), date(2027, 5, 31)], result.reason
    assert result.deadline == date(2027, 1, 12)
    old = next(m for m in result.candidates if m.date == date(2026, 12, 1))
    new = next(m for m in result.candidates if m.date == date(2027, 1, 12))
    assert old.superseded and not old.revised
    assert new.revised and not new.superseded
    assert new.phase_label is not None and new.phase_label == old.phase_label
    assert result.phases[0].label == old.phase_label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("종료일이 2026.12.31 → 2027.03.31 로 변경되었습니다.", date(2027, 3, 31)),
        ("지원 종료일을 2026년 12월 31일에서 2027년 3월 31일로 연기합니다.", date(2027, 3, 31)),
        ("서비스 종료 연기: 2026-12-31 => 2027-03-31", date(2027, 3, 31)),
        ("We have postponed the v1 sunset from December 1, 2026 to March 1, 2027.", date(2027, 3, 1)),
        ("The cutoff was changed from 2026-12-01 to 2027-03-01.", date(2027, 3, 1)),
        ("Shutdown moved from Dec 1, 2026 to Mar 1, 2027", date(2027, 3, 1)),
    ],
)
def test_the_new_value_of_a_moved_date_is_revised(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    new = next(m for m in result.candidates if m.date == expected)
    assert new.revised and new.role == "deadline"
    assert [m.superseded for m in result.candidates] == [True, False]


def test_an_arrow_alone_makes_an_uncued_new_date_the_deadline() -> None:
    # No cue word at all: the arrow says the first date was replaced by the second.
    result = extract_deadline("v1 로그인 API\n2026.12.20 → 2027.02.15\n", MAIL)
    assert result.deadline == date(2027, 2, 15), result.reason
    assert result.mention is not None and result.mention.revised


def test_a_phase_left_unchanged_stays_when_a_later_phase_moves() -> None:
    # Only phase 2 moves: phase 1, earlier and unchanged, is not a stale copy of the new date.
    for text in (
        "- 1차 : 2026년 12월 15일 (변경 없음)\n- 2차 : 2027년 3월 1일 → 2027년 5월 31일",
        "Phase 1: December 15, 2026 (unchanged)\nPhase 2: moved from March 1, 2027 to May 31, 2027",
    ):
        result = extract_deadline(text, MAIL)
        assert [p.deadline for p in result.phases] == [D, date(2027, 5, 31)], result.reason
        assert result.deadline == D


def test_a_period_is_not_a_moved_date() -> None:
    for text in ("유예기간: 2026-12-01 ~ 2026-12-15", "Grace period: December 1, 2026 to December 15, 2026"):
        result = extract_deadline(text, MAIL)
        assert result.deadline == D
        assert not any(m.revised or m.superseded for m in result.candidates)


def test_an_arrow_cue_from_a_rule_changes_nothing_any_more() -> None:
    text = "변경된 일정\n- 1단계 : 2026.12.20 → 2027.02.15\n- 2단계 : 2027.05.31 (변경 없음)"
    plain = extract_deadline(text, MAIL, extra_cues=("종료 일정", "기한"))
    with_arrow = extract_deadline(text, MAIL, extra_cues=("종료 일정", "기한", "→"))
    assert plain.deadline == with_arrow.deadline == date(2027, 2, 15)
    assert plain.phases == with_arrow.phases
    assert [p.label for p in plain.phases] == ["1단계", "2단계"]


# ---------------------------------------------------------------------------------------------------------------
# The date of an earlier mail ("지난 10월 20일 안내드린", "as announced on", "in our email of") is no deadline


@pytest.mark.parametrize(
    "text",
    [
        "지난 10월 20일 안내드린 네이버 로그인 SDK 지원 종료 일정이 변경되어 다시 알려드립니다.",
        "지난 10월 20일에 공지한 v1 API 서비스 종료 일정을 아래와 같이 조정합니다.",
        "지난 2026년 10월 20일 공지드린 바와 같이 구 버전 SDK의 지원이 종료됩니다.",
        "지난 10월 20일 발송한 메일의 운영 중단 일정에 오류가 있었습니다.",
        "지난 10월 20일 보내드린 안내 메일에서 제공 종료 일정이 잘못 기재되었습니다.",
        "지난 10월 20일 메일로 안내해 드린 서비스 종료 일정을 다시 확인해 주세요.",
        "10월 20일자 공지를 통해 안내드린 지원 중단 일정을 정정합니다.",
        "As announced on October 20, 2026, the v1 endpoints will be retired.",
        "In our email of October 20, we said the legacy API would shut down.",
        "As previously communicated on October 20, 2026, support for SDK 2.x ends.",
        "We notified you on October 20, 2026 that Legacy Login will be discontinued.",
        "This follows our email dated 2026-10-20 about the end of support for v1.",
        "Following up on our October 20 email: the deprecation of v1 continues as planned.",
    ],
)
def test_the_date_of_an_earlier_mail_is_a_distractor(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline is None, result.reason
    (m,) = result.candidates
    assert m.date == date(2026, 10, 20) and m.role == "distractor", (m.cue, m.role)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "지난 10월 20일 안내드린 지원 종료 일정이 아래와 같이 변경되었습니다.\n- 변경 후 종료일 : 2027년 2월 1일",
            date(2027, 2, 1),
        ),
        (
            "지난 10월 20일에 공지드린 v1 API 종료 일정을 연기합니다. 새 종료일은 2027년 2월 1일입니다.",
            date(2027, 2, 1),
        ),
        (
            "As announced on October 20, 2026, v1 will be retired. The retirement date is February 1, 2027.",
            date(2027, 2, 1),
        ),
        ("We notified you on October 20, 2026 that v1 ends. v1 now ends on February 1, 2027.", date(2027, 2, 1)),
    ],
)
def test_the_date_of_an_earlier_mail_gives_way_to_the_deadline(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    assert next(m for m in result.candidates if m.date == date(2026, 10, 20)).role == "distractor"


@pytest.mark.parametrize(
    "text",
    [
        # "…로 안내드린" names the date that was announced: the deadline itself
        "앞서 2026년 12월 15일로 안내드린 종료일은 변경 없이 유지됩니다.",
        "2026년 12월 15일까지 안내드린 대로 전환해 주세요.",
        "The v1 API will be retired on December 15, 2026, as we announced last month.",
        "Our notice: the v1 API shuts down on December 15, 2026.",
    ],
)
def test_an_announced_deadline_is_not_an_earlier_mail(text: str) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == D, result.reason
    assert all(m.role != "distractor" for m in result.candidates)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("서비스 종료 일정: 2027년 2월 1일", "서비스 종료"),
        ("지원 종료 일자별 안내: 2027년 2월 1일", "지원 종료"),
        ("지원 종료일: 2027년 2월 1일", "지원 종료일"),
        ("서비스 종료 일자 : 2027년 2월 1일", "서비스 종료 일자"),
        ("삭제 일정 2027년 2월 1일", "삭제"),
    ],
)
def test_a_day_word_ends_at_a_korean_word_boundary(text: str, cue: str) -> None:
    # "일" is the day only as a word of its own ("종료일", "종료 일자"), not the start of 일정 / 일자별.
    (m,) = find_dates(text, MAIL)
    assert (m.date, m.role, m.cue) == (date(2027, 2, 1), "deadline", cue)


def test_a_day_word_followed_by_a_particle_is_still_the_day() -> None:
    assert find_dates("지원 종료일은 2027년 2월 1일입니다.", MAIL)[0].cue == "지원 종료일"
    assert deadline("서비스 종료일부터 2027년 2월 1일까지 데이터를 내려받을 수 있습니다.") == date(2027, 2, 1)


# ---------------------------------------------------------------------------------------------------------------
# Numeric d/m/y order: US month-first unless the mail says day-first (a format hint, a day > 12 in the same
# form, a European locale or sender); a future-deadline cue breaks a tie that only one reading leaves upcoming.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a written format hint, next to the date or anywhere in the mail
        ("Your domain example.eu expires on 05/12/2026 (dd/mm/yyyy).", date(2026, 12, 5)),
        ("Date d'expiration : 05/12/2026 (JJ/MM/AAAA)", date(2026, 12, 5)),
        ("All dates in this notice are shown as DD/MM/YYYY.\n\nThe domain renews on 01/12/2026.", date(2026, 12, 1)),
        ("Ablaufdatum (TT/MM/JJJJ): 03/01/2027", date(2027, 1, 3)),
        ("Scadenza: 04/01/2027 (formato GG/MM/AAAA)", date(2027, 1, 4)),
        ("Expiry (DD-MM-YYYY): 05-12-2026", date(2026, 12, 5)),
        ("Dates below are day/month/year.\nexample.co.uk will expire on 02/01/2027.", date(2027, 1, 2)),
        # a day above 12 elsewhere in the mail, written the same way
        ("Registration date: 14/03/2024\nExpiry date: 10/12/2026", date(2026, 12, 10)),
        ("Last invoice 28/11/2025. Your plan will expire on 01/02/2027.", date(2027, 2, 1)),
        # the mail's other dates are written day-first with month names
        (
            "We sent your renewal invoice on 20 November 2026.\nYour domain expires on 01/02/2027 unless renewed.",
            date(2027, 2, 1),
        ),
        ("Votre domaine expire le 01/02/2027. Pensez à le renouveler avant le 25 janvier 2027.", date(2027, 2, 1)),
        ("Ihre Domain läuft am 01/02/2027 ab. Bitte verlängern Sie sie bis zum 28. Januar 2027.", date(2027, 2, 1)),
        # a European language
        ("Bonjour,\nvotre nom de domaine expire le 02/01/2027.\nCordialement", date(2027, 1, 2)),
        ("Sehr geehrte Kundin,\nIhre Domain wird am 02/01/2027 gelöscht.", date(2027, 1, 2)),
    ],
)
def test_numeric_dates_are_day_first_when_the_mail_says_so(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    assert result.mention is not None
    assert "day-first" in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your domain expires on 12/15/2026.", D),
        ("Your domain expires on 01/02/2027.", date(2027, 1, 2)),
        ("Expires: 01-05-2027", date(2027, 1, 5)),
        # a day above 12 in another form (dots) says nothing about slashes
        ("Invoice of 28.11.2025 paid.\nYour domain expires on 01/02/2027.", date(2027, 1, 2)),
        # the mail's own month-first date outweighs a European-looking month name elsewhere
        ("Registered on 11/25/2024, renewal notice of 20 November 2026.\nExpires on 01/02/2027.", date(2027, 1, 2)),
        # a month-first hint
        ("Dates are shown as MM/DD/YYYY.\nYour plan will expire on 01/02/2027.", date(2027, 1, 2)),
        ("Dates: month/day/year. Renews on 02/01/2027.", date(2027, 2, 1)),
    ],
)
def test_numeric_dates_stay_month_first_without_a_day_first_sign(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    assert "day-first" not in result.reason


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("noreply@registrar.fr", date(2027, 2, 1)),
        ("mail.registrar.de", date(2027, 2, 1)),
        ("billing@hosting.co.uk", date(2027, 2, 1)),
        ("notice@domains.eu", date(2027, 2, 1)),
        ("noreply@gandi.net", date(2027, 2, 1)),
        ("support@ovh.com", date(2027, 2, 1)),
        ("noreply@ovhcloud.com", date(2027, 2, 1)),
        ("renewals@godaddy.com", date(2027, 1, 2)),
        ("support@namecheap.com", date(2027, 1, 2)),
        ("ops@example.io", date(2027, 1, 2)),
        (None, date(2027, 1, 2)),
    ],
)
def test_a_european_sender_reads_numeric_dates_day_first(sender: str | None, expected: date) -> None:
    text = "Your domain example.net expires on 01/02/2027. Renew it to keep your site online."
    assert deadline(text, sender_domain=sender) == expected


def test_a_forwarded_notice_from_a_european_sender_is_day_first() -> None:
    text = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Registrar Support <support@registrar.fr>\n"
        "Date: Fri, 20 Nov 2026 at 09:00\nSubject: Domain renewal\n\nYour domain example.fr expires on 01/02/2027."
    )
    assert deadline(text, sender_domain="gmail.com") == date(2027, 2, 1)


def test_the_mails_own_month_first_date_outweighs_a_european_sender() -> None:
    text = "Order placed 11/25/2025.\nYour domain expires on 01/02/2027."
    assert deadline(text, sender_domain="registrar.eu") == date(2027, 1, 2)


def test_a_month_first_hint_outweighs_a_european_sender() -> None:
    text = "Dates are MM/DD/YYYY.\nYour domain expires on 01/02/2027."
    assert deadline(text, sender_domain="registrar.de") == date(2027, 1, 2)


def test_every_date_of_a_day_first_digest_is_read_day_first() -> None:
    text = (
        "Domain          Expiration\n"
        "example.fr      05/12/2026\nexample.de      07/12/2026\nexample.eu      15/12/2026\n"
    )
    assert [m.date for m in find_dates(text, MAIL)] == [date(2026, 12, 5), date(2026, 12, 7), D]


def test_conflicting_numeric_forms_give_no_hint() -> None:
    # one date only fits day-first, another only month-first: the ambiguous one keeps the default
    text = "Registered 14/03/2024, renewed 11/25/2025.\nYour domain expires on 01/02/2027."
    assert deadline(text) == date(2027, 1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # month-first is already past on the mail's date (2026-11-20), day-first is upcoming
        ("Your domain will expire on 10/12/2026. Renew now to keep it.", date(2026, 12, 10)),
        ("Your domain expires on 10/12/2026.", date(2026, 12, 10)),
        ("Your hosting account will be suspended on 11/12/2026 unless the invoice is paid.", date(2026, 12, 11)),
        ("Please renew by 03/12/2026 to avoid interruption.", date(2026, 12, 3)),
        ("The domain is scheduled to expire on 09/12/2026.", date(2026, 12, 9)),
    ],
)
def test_a_future_deadline_cue_breaks_the_tie_towards_the_upcoming_reading(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason
    assert "day-first" in result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue does not say the date is still ahead: the default reading stays
        ("Your domain expired on 10/12/2026.", date(2026, 10, 12)),
        ("Expiration date: 10/12/2026", date(2026, 10, 12)),
        ("Your account was suspended on 10/12/2026.", date(2026, 10, 12)),
        # both readings upcoming, or both past: no tie to break
        ("Your domain expires on 12/01/2026.", date(2026, 12, 1)),
        ("Your domain will expire on 01/05/2027.", date(2027, 1, 5)),
        ("Your domain expires on 03/04/2026.", date(2026, 3, 4)),
    ],
)
def test_the_tie_breaker_needs_a_future_cue_and_a_real_tie(text: str, expected: date) -> None:
    result = extract_deadline(text, MAIL)
    assert result.deadline == expected, result.reason


def test_a_distractor_is_not_reread_by_the_tie_breaker() -> None:
    (m,) = find_dates("Registered on 10/12/2026", MAIL)
    assert (m.role, m.date) == ("distractor", date(2026, 10, 12))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(dd/mm/yyyy)\n만료일: 2027/05/12", date(2027, 5, 12)),
        ("Dates are DD.MM.YYYY. 만료일: 2027.05.12", date(2027, 5, 12)),
        ("Bonjour, votre domaine expire: 2027-05-12", date(2027, 5, 12)),
        ("만료일: 2027/05/12", date(2027, 5, 12)),
    ],
)
def test_year_first_dates_are_unaffected(text: str, expected: date) -> None:
    assert deadline(text, sender_domain="registrar.fr") == expected


def test_dotted_dates_stay_day_first_unless_the_mail_says_month_first() -> None:
    assert deadline("Support ends on 05.12.2026.") == date(2026, 12, 5)
    assert deadline("Support ends on 12.05.2027 (MM.DD.YYYY).") == date(2027, 12, 5)
    assert deadline("Support ends on 05.12.2026.", sender_domain="godaddy.com") == date(2026, 12, 5)


def test_a_forwarded_us_notice_is_month_first_whoever_forwards_it() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: GoDaddy <renewals@godaddy.com>\nSubject: Renewal\n\n"
        "Your domain example.com expires on 01/02/2027."
    )
    assert deadline(text, sender_domain="colleague@firma.de") == date(2027, 1, 2)


def test_the_reading_is_kept_on_the_mention_and_spelled_out_in_the_reason() -> None:
    text = "Domain: example.fr\nExpires on: 05/12/2026 (dd/mm/yyyy)"
    (m,) = find_dates(text, MAIL)
    assert m.date == date(2026, 12, 5)
    assert m.reading == "read day-first: 'dd/mm/yyyy' in the mail"
    assert "read day-first: 'dd/mm/yyyy' in the mail" in extract_deadline(text, MAIL).reason
    (us,) = find_dates("Expires on: 12/05/2026", MAIL)
    assert (us.date, us.reading) == (date(2026, 12, 5), None)


def test_a_digest_target_is_read_with_the_mails_sender() -> None:
    text = "example.net 01/02/2027\nexample.org 01/03/2027\n"
    assert deadline_for_span(text, (0, 11), MAIL, sender_domain="gandi.net").deadline == date(2027, 2, 1)
    assert deadline_for_span(text, (0, 11), MAIL).deadline == date(2027, 1, 2)
    res = deadline_for_span(text, (0, 11), MAIL, sender_domain="gandi.net")
    assert res.mention is not None and res.mention.reading == "read day-first: sender domain gandi.net"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date only one reading allows is never reordered by a hint
        ("Dates are DD/MM/YYYY. Expires on 05/13/2027.", date(2027, 5, 13)),
        ("Dates are MM/DD/YYYY. Expires on 13/05/2027.", date(2027, 5, 13)),
        # the same number twice is the same date either way
        ("Expires on 05/05/2027 (dd/mm/yyyy).", date(2027, 5, 5)),
    ],
)
def test_a_hint_never_makes_a_date_impossible(text: str, expected: date) -> None:
    assert deadline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("기한이 연장되었습니다.\n\n기존 기한     : 2026-11-23\n변경 기한     : 2026-11-30\n", date(2026, 11, 30)),
        ("기존 종료일\t: 2026-11-23\n새 종료일\t: 2026-12-07\n", date(2026, 12, 7)),
        ("변경 전    : 2026-11-23\n변경 후    : 2026-12-14\n", date(2026, 12, 14)),
    ],
)
def test_a_replaced_date_in_an_aligned_label_column_is_ignored(text: str, expected: date) -> None:
    # Label columns padded with spaces or tabs before the colon ("기존 기한     :") still mark the old date.
    res = extract_deadline(text, datetime(2026, 11, 20, tzinfo=KST), ("기한", "종료일"))
    assert res.deadline == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted from the expiry, and the mail gives the date it means
        ("만료일로부터 30일 이내인 2026년 12월 10일까지 연장하실 수 있습니다.", date(2026, 12, 10)),
        ("만료 후 20일 이내(2026년 12월 5일까지) 일반 요금으로 연장 가능합니다.", date(2026, 12, 5)),
        ("You can renew within 30 days after expiration, until December 12, 2026.", date(2026, 12, 12)),
    ],
)
def test_a_period_counted_from_the_expiry_is_not_counted_from_the_mail(text: str, expected: date) -> None:
    assert deadline(text) == expected


def test_a_period_counted_from_the_mail_still_counts() -> None:
    assert deadline("안내일로부터 7일 이내에 정리해 주세요.") == date(2026, 11, 27)
    assert deadline("Please act within 15 days of receiving this email.") == date(2026, 12, 5)


def test_tomorrow_is_a_word_of_its_own() -> None:
    # "안내일" (the notice's date) contains 내일 (tomorrow) but is not it
    res = extract_deadline("본 안내일 기준으로 사용량을 확인해 주세요.", MAIL)
    assert res.deadline is None
    assert deadline("내일까지 정리해 주세요.") == date(2026, 11, 21)


def test_a_usage_snapshot_date_is_no_deadline() -> None:
    text = "Product    Free Tier Usage as of 11/18/2026    Usage Limit\nS3    17 GB    20 GB\n"
    assert extract_deadline(text, MAIL).deadline is None
    assert deadline("The new limits apply as of December 15, 2026.") == D


@pytest.mark.parametrize(
    "text",
    [
        "호스팅 만기일: 2027-03-15 (참고)",
        "상품 만료일 2027.03.15（참고용）",
        "Plan renewal date: March 15, 2027 (for reference)",
        "Subscription expires on March 15, 2027 (for your information)",
    ],
)
def test_a_date_marked_for_reference_is_no_deadline(text: str) -> None:
    assert deadline(text) is None


def test_a_reference_note_after_the_cue_does_not_undo_a_deadline() -> None:
    assert deadline("차단 예정일: 2026-11-30 (참고: 영업일 기준)") == date(2026, 11, 30)
    assert deadline("만료일: 2026-12-15 / 참고: 자동연장 미설정") == D


# ---------------------------------------------------------------------------------------------------------------
# Unit cases for additions first covered only by example mails: each names the deadline AND the date it must
# not pick; near-misses must not trigger, and a real deadline next to them still wins.


def _roles(text: str, extra_cues: tuple[str, ...] = ()) -> dict[date, tuple[str, bool, bool]]:
    """date -> (role, revised, superseded) of every candidate."""
    return {m.date: (m.role, m.revised, m.superseded) for m in extract_deadline(text, MAIL, extra_cues).candidates}


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        # _NEW_DATE_FOR: "the new deadline for <what> will be B", lead longer than _NEW_DATE's window
        (
            "We told you that enforcement would start on December 1, 2026. We have delayed enforcement, and the new "
            "deadline for moving the organization to a paid plan will be February 22, 2027.",
            date(2027, 2, 22),
            date(2026, 12, 1),
        ),
        # "the new date to <do> is B"
        (
            "Earlier we said the cutoff is December 3, 2026. The new date to migrate your apps off the legacy "
            "endpoint is March 2, 2027.",
            date(2027, 3, 2),
            date(2026, 12, 3),
        ),
        # hard-wrapped between the lead and the verb, "becomes"
        (
            "As previously announced, sign-in would stop on December 10, 2026. The updated deadline for\n"
            "switching to the new login flow becomes January 25, 2027.",
            date(2027, 1, 25),
            date(2026, 12, 10),
        ),
    ],
)
def test_the_new_date_named_with_what_it_is_for_wins(text: str, new: date, old: date) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == new, res.reason
    assert res.mention is not None and res.mention.revised
    assert _roles(text)[old][1] is False  # the old date is not marked as the new value


@pytest.mark.parametrize(
    "text",
    [
        # a new date for something else than the item: the webinar is a distractor, the expiry stays
        "Your domain expires on December 15, 2026. A new date for the webinar will be January 20, 2027.",
        # "new deadline for" without "is / will be" before a date: nothing is marked revised
        "Your domain expires on December 15, 2026. The new deadline for Q1 planning is listed in the dashboard.",
        # no revision in the mail: "your new expiration date will be" is what renewing gives (not _NEW_DATE_FOR)
        "Your domain expires on December 15, 2026. Once renewed, the new date for your next renewal will be "
        "December 15, 2027.",
    ],
)
def test_new_date_for_near_misses_leave_the_real_deadline(text: str) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == D, res.reason


def test_new_date_for_is_marked_but_counts_only_in_a_revision_mail() -> None:
    # The phrase alone marks B; without any sign that a date moved, B does not outrank the expiry.
    text = "Your domain expires on December 15, 2026. The new date for the price change will be January 4, 2027."
    res = extract_deadline(text, MAIL)
    assert res.deadline == D, res.reason
    assert {m.date for m in res.candidates if m.revised} == {date(2027, 1, 4)}


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        (
            "Graph API v19.0 was to be deprecated on January 12, 2027. We have postponed the removal to April 6, 2027.",
            date(2027, 4, 6),
            date(2027, 1, 12),
        ),
        (
            "The cutoff was December 1, 2026. We've pushed the cutoff back to January 19, 2027.",
            date(2027, 1, 19),
            date(2026, 12, 1),
        ),
        (
            "We have moved the deprecation date to March 3, 2027 (it was December 10, 2026).",
            date(2027, 3, 3),
            date(2026, 12, 10),
        ),
        (
            "We extended the retirement to February 1, 2027; the original date was December 1, 2026.",
            date(2027, 2, 1),
            date(2026, 12, 1),
        ),
        (
            "We had rescheduled the shutdown until January 30, 2027. The earlier notice said December 8, 2026.",
            date(2027, 1, 30),
            date(2026, 12, 8),
        ),
        # Korean: "…를/을 B로 연기/변경", the old date named after it
        (
            "지원 종료일을 2027년 3월 31일로 연기하였습니다. (기존 2026년 12월 18일)",
            date(2027, 3, 31),
            date(2026, 12, 18),
        ),
        (
            "v1 API 종료 일정을 2027년 2월 1일로 변경합니다. 기존 종료일은 2026년 12월 10일이었습니다.",
            date(2027, 2, 1),
            date(2026, 12, 10),
        ),
        ("서비스 종료를 2026년 12월 10일에서 2027년 2월 1일로 연기합니다.", date(2027, 2, 1), date(2026, 12, 10)),
    ],
)
def test_a_date_moved_in_the_active_voice_wins(text: str, new: date, old: date) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == new, res.reason
    assert res.mention is not None and res.mention.revised
    _role, revised, _superseded = _roles(text)[old]
    assert not revised and res.deadline != old


@pytest.mark.parametrize(
    "text",
    [
        # "we have moved/updated ... on <date>" is about something else: not a new value of the deadline
        "We have moved our office to Seoul on December 1, 2026. Your domain expires on December 15, 2026.",
        "We have updated our privacy policy on November 30, 2026. Your domain expires on December 15, 2026.",
        # a Korean "로 변경" of something else, next to the real expiry
        "사무실 이전을 2026년 12월 1일로 변경했습니다. 도메인 만료일: 2026년 12월 15일",
        "We changed our support hours to 9-18 KST. Your domain expires on December 15, 2026.",
    ],
)
def test_active_voice_near_misses_leave_the_real_deadline(text: str) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == D, res.reason


@pytest.mark.parametrize(
    "text",
    [
        "도메인 만료일: 2026년 12월 15일\n호스팅 만기일: 2027-03-15 (참고)",
        "호스팅 만기일: 2027-03-15 (참고)\n도메인 만료일: 2026년 12월 15일",
        "상품 만료일 2026.12.01（참고용）\n도메인 만료일 2026년 12월 15일까지 연장해 주세요.",
        "Hosting renewal date: December 1, 2026 (for reference). Your domain expires on December 15, 2026.",
        "Your domain expires on December 15, 2026. Hosting renewal date: March 15, 2027 (for reference).",
    ],
)
def test_a_reference_date_next_to_a_real_deadline_is_the_distractor(text: str) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == D, res.reason
    others = [m for m in res.candidates if m.date != D]
    assert others and all(m.role == "distractor" for m in others)


@pytest.mark.parametrize(
    "text",
    [
        # "참고" that is not a note glued to the date: the date is still the deadline
        "참고 사항: 만료일 2026-12-15까지 연장해 주세요.",
        "만료일(참고하세요): 2026-12-15",
        "만료일: 2026-12-15 (참고로 자동연장은 꺼져 있습니다)",
        "Expires on December 15, 2026 (see the reference guide).",
    ],
)
def test_reference_near_misses_keep_the_deadline(text: str) -> None:
    assert deadline(text) == D


def test_a_rules_own_phrase_wins_a_tie_with_a_built_in_cue() -> None:
    # The built-in "Registered on" is a distractor; a rule that names it as its deadline phrase wins the tie.
    assert extract_deadline("Registered on 2026-12-15", MAIL).deadline is None
    res = extract_deadline("Registered on 2026-12-15", MAIL, ("registered on",))
    assert res.deadline == D and res.mention is not None and res.mention.tier == 1
    # A built-in cue starting earlier keeps its whole phrase: the rule's "date" inside it matches nothing more.
    res = extract_deadline("Expiration date: 2026-12-15", MAIL, ("date",))
    assert res.mention is not None and res.mention.cue == "Expiration date"
    # The rule's phrase does not turn the distractor next to it into a deadline.
    roles = _roles("결제일: 2026-12-01, 차단일: 2026-12-15", ("차단일",))
    assert roles[date(2026, 12, 1)][0] == "distractor" and roles[D][0] == "deadline"


# ---------------------------------------------------------------------------------------------------------------
# "N days before the expiry": counted back from the expiry, never from the mail. Registrars time the auto-renew
# charge that way ("자동연장은 만기일 30일 전에 결제됩니다", "will be charged 30 days before the expiration date",
# "renews 7 days prior to expiry"). The deadline stays the expiry the mail gives (the domain ends then, and the
# mail writes no date of the charge); the reason names the charge day. Only a notice's own headline ("만료 30일
# 전 안내", "Reminder: 30 days before your domain expires") says the expiry is N days after the mail.

EXPIRY = date(2027, 1, 15)


@pytest.mark.parametrize(
    ("text", "day", "how"),
    [
        ("도메인 만기일: 2027년 1월 15일\n자동연장은 만기일 30일 전에 결제됩니다.", date(2026, 12, 16), "charge"),
        ("만기일 2027.01.15\n자동연장 결제는 만기 15일 전에 진행됩니다.", date(2026, 12, 31), "charge"),
        ("만료일: 2027-01-15\n만료일 7일 전까지 갱신해 주세요.", date(2027, 1, 8), "by"),
        (
            "Expiration date: January 15, 2027\nYour card will be charged 30 days before the expiration date.",
            date(2026, 12, 16),
            "charge",
        ),
        (
            "Your domain example.com expires on January 15, 2027. It renews 7 days prior to expiry.",
            date(2027, 1, 8),
            "charge",
        ),
        (
            "Auto-renew is on: payment will be requested 22 days prior to the expiry of the service.\n"
            "Expiry date: 2027-01-15",
            date(2026, 12, 24),
            "charge",
        ),
    ],
)
def test_a_charge_counted_back_from_the_expiry_leaves_the_expiry_the_deadline(text: str, day: date, how: str) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == EXPIRY, res.reason
    # no date is made of "N days before" counted from the mail (2026-11-20 + N)
    assert {m.date for m in res.candidates} == {EXPIRY}
    assert "counts back from this expiry, not from the mail" in res.reason
    said = f"asks to act by {day.isoformat()}" if how == "by" else f"renewal charge falls on {day.isoformat()}"
    assert said in res.reason


@pytest.mark.parametrize(
    "text",
    [
        "자동연장은 만기일 30일 전에 결제됩니다.",
        "만료일 7일 전까지 갱신해 주세요.",
        "만기 15일 전에 등록된 카드로 자동 결제됩니다.",
        "Your card will be charged 30 days before the expiration date.",
        "The domain renews 7 days prior to expiry using the card on file.",
        "If you want to cancel, disable auto-renew at least 31 days before the expiration date.",
    ],
)
def test_n_days_before_the_expiry_without_the_expiry_is_no_date(text: str) -> None:
    # Neither "in N days" nor a date of its own: the mail does not say when the expiry is.
    res = extract_deadline(text, MAIL)
    assert res.deadline is None and res.candidates == (), res.reason


def test_a_notice_headline_still_counts_from_the_mail() -> None:
    assert deadline("[가비아] 도메인 만료 30일 전 안내") == date(2026, 12, 20)
    assert deadline("Reminder: 30 days before your domain expires") == date(2026, 12, 20)
    assert deadline("Fwd: Final notice - 7 days before your subscription expires") == date(2026, 11, 27)
    assert deadline("Only 30 days until your domain expires") == date(2026, 12, 20)
    # with the expiry written, the headline and the date agree and no note is added
    res = extract_deadline("Reminder: 30 days before your domain expires\nExpiration date: December 20, 2026", MAIL)
    assert res.deadline == date(2026, 12, 20) and "counts back" not in res.reason


def test_a_charge_date_the_mail_writes_is_taken_over_the_expiry() -> None:
    # "만기일 30일 전인 2026년 12월 16일에": the mail names the charge day itself: that date is the deadline, as
    # for any auto-renew date written before the expiry; no note re-derives it.
    text = "도메인 만기일: 2027년 1월 15일\n만기일 30일 전인 2026년 12월 16일에 등록된 카드로 자동 결제됩니다."
    res = extract_deadline(text, MAIL)
    assert res.deadline == date(2026, 12, 16) and "counts back" not in res.reason
    text_en = "The renewal will be made 30 days before the domain expires on January 15, 2027."
    res = extract_deadline(text_en, MAIL)
    assert res.deadline == EXPIRY and "renewal charge falls on 2026-12-16" in res.reason


@pytest.mark.parametrize(
    "text",
    [
        # notices sent ahead of the expiry: no charge is timed there
        "Your domain expires on January 15, 2027. Renewal notices are sent 30, 15, 7 and 1 day prior to expiration.",
        "도메인 만기일: 2027년 1월 15일\n연장 안내 SMS는 도메인 만기일 3일 전에 발송됩니다.",
        # a window that opens N days before: not a charge
        "무료호스팅 만료일: 2027-01-15\n무료호스팅은 만료일 30일 전부터 연장하실 수 있습니다.",
        # the deadline is not an expiry: nothing to count back from
        "Your card will be charged 30 days before the expiration date. The v1 API shuts down on January 15, 2027.",
    ],
)
def test_counted_back_near_misses_add_no_note(text: str) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == EXPIRY, res.reason
    assert "counts back" not in res.reason


@pytest.mark.parametrize(
    "text",
    [
        "※ 참고: 호스팅 만기일은 2027-03-15입니다.\n도메인 만료일 2026년 12월 15일까지 연장해 주세요.",
        "도메인 만료일: 2026년 12월 15일\n[참고] : 함께 쓰시는 호스팅 만료일 2026-12-01",
        "참고 사항: 서버 호스팅 만기일 2027.03.15\n도메인 만료일: 2026-12-15",
        "Your domain expires on December 15, 2026.\nFor reference: your hosting plan expires on December 1, 2026.",
        "FYI: the SSL certificate expires on March 15, 2027.\nYour domain expires on December 15, 2026.",
    ],
)
def test_a_line_labelled_as_a_reference_note_gives_way_to_the_deadline(text: str) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == D, res.reason
    assert "in a note for reference ignored" in res.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # alone, a date in a reference note is still the deadline (recall first; only "(참고)" glued to the
        # date makes it a distractor)
        ("※ 참고: 호스팅 만기일은 2027-03-15입니다.", date(2027, 3, 15)),
        ("For reference: your hosting plan expires on December 1, 2026.", date(2026, 12, 1)),
        # a note after the deadline on its own line is not a note line
        ("만료일: 2026-12-15 / 참고: 자동연장 미설정", D),
        # "참고하세요" is a verb, not a label
        ("도메인 만료일 2026-12-15 참고하세요: 호스팅은 2027-03-15 만료", D),
    ],
)
def test_reference_note_near_misses(text: str, expected: date) -> None:
    assert deadline(text) == expected


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        # a version number or a size inside the lead ("v19.0", "2 GB") is part of what the date is for
        (
            "Graph API v19.0 was to be removed on January 12, 2027. We have delayed it: the new date to upgrade to "
            "v22.0 or later is April 6, 2027.",
            date(2027, 4, 6),
            date(2027, 1, 12),
        ),
        (
            "We have delayed the removal. The new deadline for the Graph API v19.0 upgrade is April 6, 2027, not "
            "January 12, 2027.",
            date(2027, 4, 6),
            date(2027, 1, 12),
        ),
        (
            "Enforcement was set for December 1, 2026. We have delayed it, and the new deadline for the 2 GB limit "
            "will be February 22, 2027.",
            date(2027, 2, 22),
            date(2026, 12, 1),
        ),
    ],
)
def test_the_new_date_for_a_versioned_thing_wins(text: str, new: date, old: date) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == new, res.reason
    assert f"1 date(s) before the new one ignored ({old.isoformat()})" in res.reason
    assert "marked as the new value of a moved date" in res.reason


def test_the_lead_of_a_new_date_stops_at_the_end_of_a_sentence() -> None:
    # "new deadline for the migration is near." ends its sentence: the expiry in the next one is not a new date
    res = extract_deadline(
        "The new deadline for the migration is near. Please act. Your domain expires on December 15, 2026.", MAIL
    )
    assert res.deadline == D and res.mention is not None and not res.mention.revised
    # a new date in a mail that moves nothing is the only upcoming date, not "the new value of a moved date"
    res = extract_deadline("The new date for the price change will be January 4, 2027.", MAIL)
    assert res.deadline == date(2027, 1, 4) and "no cue" in res.reason and "moved date" not in res.reason


def test_renewal_on_or_after_and_access_cues() -> None:
    # Route 53 renews weeks before the expiry: the renewal date is when the card must work
    res = extract_deadline(
        "Route 53 will renew the registration on or after December 15, 2026. The domain expires on January 14, 2027.",
        MAIL,
    )
    assert res.deadline == D and res.mention is not None
    assert res.mention.cue == "will renew the registration on or after"
    assert deadline("Your bucket becomes read-only on December 15, 2026.") == D
    assert deadline("Key revocation date: 2026-12-15") == D
    # a revocation already done is history next to the real expiry
    assert deadline("We revoked the old token on November 18, 2026. The new token expires on December 15, 2026.") == D


def test_a_reminder_word_inside_a_sentence_is_no_notice_headline() -> None:
    # "This is a reminder: your card will be charged 30 days before ..." is a charge counted back, not a
    # headline: no date from the mail
    res = extract_deadline("This is a reminder: your card will be charged 30 days before the expiration date.", MAIL)
    assert res.deadline is None and res.candidates == ()


def test_a_period_counted_from_the_mails_sending_date_counts_from_the_mail() -> None:
    # "발송일로부터 N일 이내" is N days after this mail; the sending date as a label stays a distractor
    text = "본 안내 메일 발송일로부터 10일 이내에 트래픽을 정리해 주세요. 기한 내 조치가 없으면 정지됩니다."
    assert deadline(text) == date(2026, 11, 30)
    assert deadline("메일 발송일 기준 5일 이내 미조치 시 차단됩니다.") == date(2026, 11, 25)
    res = extract_deadline("발송일 : 2026-11-18\n만료일 : 2026-12-15", MAIL)
    assert res.deadline == D and any(m.role == "distractor" and m.cue == "발송일" for m in res.candidates)
    # ... while a period counted from another event is not counted from the mail
    assert deadline("가입일로부터 30일 이내에 인증해 주세요.") is None


def test_a_date_to_act_by_or_else_beats_the_expiry_a_quota_notice_lists() -> None:
    text = (
        "서비스\t웹호스팅 스탠다드 (hanbit-example.co.kr)\n서비스 만기일\t2027-04-30\n"
        "2026년 12월 15일(화) 오후 6시까지 용량을 줄이지 않으시면 메일 수신이 중단됩니다."
    )
    res = extract_deadline(text, MAIL)
    assert res.deadline == D and res.mention is not None and res.mention.tier == 1
    # a bare 까지 stays weaker than the expiry
    assert deadline("서비스 만기일\t2027-04-30\n2026년 12월 15일까지 접수된 문의에 답변드립니다.") == date(2027, 4, 30)


def test_a_restriction_reported_as_done_gives_no_date_to_act_by() -> None:
    # blocked since this morning: history, not a deadline (the rule's default applies)
    res = extract_deadline("트래픽 초과로 2026년 11월 20일 09:00부터 홈페이지 접속이 차단되었습니다.", MAIL)
    assert res.deadline is None and "restriction already done" in res.reason
    assert deadline("Starting November 19, 2026 your site has been paused for exceeding its bandwidth.") is None
    # ... while an announced restriction, or a support that ended, keeps its date
    assert deadline("2026년 11월 20일부터 홈페이지 접속이 차단됩니다.") == date(2026, 11, 20)
    assert deadline("2026년 11월 1일부터 v1 API 지원이 종료되었습니다.") == date(2026, 11, 1)


# ---------------------------------------------------------------------------------------------------------------
# Direct cases for the table and clause readings that only example mails covered


def test_a_cell_broken_by_a_line_break_does_not_end_the_table() -> None:
    # "example.com<br>.COM Domain Name Registration": the cell's first line renders alone above the row.
    table = "Your products\n\nProduct\tExpiration date\nexample.com\n.COM Domain Name Registration\t2026-12-15\n"
    res = extract_deadline(table, MAIL)
    assert res.deadline == D and res.mention is not None
    assert res.mention.cue == "Expiration date" and res.mention.cue_source == "column"
    # the product name's "Registration" is not the date's cue
    assert all(m.role != "distractor" for m in res.candidates)


@pytest.mark.parametrize(
    "above",
    [
        "x" * 90,  # a long line is text, not a cell's first line: the table has ended
        "example.com\n.COM Domain Name Registration\t2026-12-15\tauto-renew",  # the row below has 3 cells, not 2
    ],
)
def test_wrapped_cell_near_misses_end_the_table(above: str) -> None:
    text = f"Your products\n\nProduct\tExpiration date\n{above}\n"
    if "2026-12-15" not in above:
        text += ".COM Domain Name Registration\t2026-12-15\n"
    res = extract_deadline(text, MAIL)
    # outside the table the product name's "Registration" labels the date: a distractor, not the expiry column
    assert res.deadline is None
    assert [(m.role, m.cue) for m in res.candidates] == [("distractor", "Registration")]


def test_a_single_spaced_header_reads_multi_word_labels_between_cue_labels_as_one() -> None:
    text = (
        "We were unable to renew example.com automatically.\n\n"
        "Domain Expiration Date Auto-renew attempt\n\n"
        "example.com Dec 15, 2026 Nov 08, 2026\n\n"
        "Renew it by hand."
    )
    mentions = find_dates(text, MAIL)
    assert [(m.date, m.role, m.cue) for m in mentions] == [
        (D, "deadline", "Expiration Date"),
        (date(2026, 11, 8), "neutral", None),  # the attempt column: no cue, and no restatement of the expiry
    ]
    assert mentions[0].cue_source == "column"
    assert deadline(text) == D


def test_a_dash_and_words_after_a_value_annotate_it_in_a_single_spaced_row() -> None:
    # "Nov 08, 2026 - declined" is one value with a note, not two cells: the row still fits the header.
    text = (
        "We were unable to renew example.com automatically.\n\n"
        "Domain Expiration Date Auto-renew attempt\n\n"
        "example.com Dec 15, 2026 Nov 08, 2026 - declined\n"
    )
    res = extract_deadline(text, MAIL)
    assert res.deadline == D and res.mention is not None and res.mention.cue_source == "column"
    attempt = [m for m in res.candidates if m.date == date(2026, 11, 8)]
    assert len(attempt) == 1 and attempt[0].role == "neutral" and attempt[0].cue_source != "apposition"
    # the attempt a day after the expiry would still not be taken for a restatement of it
    later = text.replace("Nov 08, 2026", "Dec 16, 2026")
    res = extract_deadline(later, MAIL)
    assert res.deadline == D
    assert [m.cue_source for m in res.candidates] == ["column", None]


def test_outside_a_table_a_restated_date_still_shares_the_cue() -> None:
    # Near miss of the column rule: in running text the date after the cued one is its apposition.
    res = extract_deadline("Your domain expires in 25 days, on December 15, 2026.", MAIL)
    assert res.deadline == D and res.mention is not None and res.mention.cue_source == "apposition"


@pytest.mark.parametrize(
    "text",
    [
        "The end of support for LINE SDK v4, which was scheduled for February 26, 2027, has been postponed. "
        "The SDK remains deprecated, and we will announce the new end date later.",
        "The end of support for LINE SDK v4, which was scheduled for February 26, 2027, has been postponed. "
        "A new end date will be announced.",
        "The API, which was set to end on February 26, 2027, has been postponed. A new end date will be announced.",
    ],
)
def test_a_date_in_a_past_relative_clause_is_the_replaced_plan(text: str) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline is None and res.undated_cue is not None
    assert "replaced date(s) ignored (2027-02-26)" in res.reason
    assert all(m.role != "deadline" for m in res.candidates)


def test_past_relative_clause_with_a_new_date_moves_to_it() -> None:
    res = extract_deadline(
        "The retirement that was scheduled for February 26, 2027 has been moved to March 31, 2027.", MAIL
    )
    assert res.deadline == date(2027, 3, 31)
    assert "replaced date(s) ignored (2027-02-26)" in res.reason


@pytest.mark.parametrize(
    "text",
    [
        # present tense: the plan still holds
        "The end of support, which is scheduled for February 26, 2027, will not change.",
        # the relative clause follows the date and speaks of something else
        "Support ends on February 26, 2027, which was scheduled for a long time.",
        "Support for v4 ends on February 26, 2027. The migration that was scheduled for this week is done.",
    ],
)
def test_past_relative_clause_near_misses_keep_the_date(text: str) -> None:
    res = extract_deadline(text, MAIL)
    assert res.deadline == date(2027, 2, 26) and "replaced" not in res.reason


def test_sending_date_period_needs_the_mails_date_and_the_counting_word() -> None:
    # "본 메일 발송일로부터 7일 이내" is 7 days after the mail, not the 발송일 label's distractor
    res = extract_deadline("본 메일 발송일로부터 7일 이내에 상품을 변경해 주세요.", MAIL)
    assert res.deadline == date(2026, 11, 27) and res.mention is not None
    assert res.mention.role == "deadline" and res.mention.cue_source == "intrinsic"
    assert all(m.role != "distractor" for m in res.candidates)
    # without the mail's date there is nothing to count from
    assert deadline("본 메일 발송일로부터 7일 이내에 상품을 변경해 주세요.", None) is None
    # a dated sending-date label next to a period counted from the mail: the label's date stays a distractor
    res = extract_deadline("본 메일 발송일: 2026-11-18\n7일 이내에 상품을 변경해 주세요.", MAIL)
    assert res.deadline == date(2026, 11, 27)
    assert [(m.date, m.role) for m in res.candidates if m.cue == "발송일"] == [(date(2026, 11, 18), "distractor")]


@pytest.mark.parametrize(
    "text",
    [
        "The shutdown that was scheduled for December 15, 2026 will go ahead as planned.",
        "The shutdown, which was set for December 15, 2026, remains unchanged. Please migrate before then.",
    ],
)
def test_a_past_relative_clause_without_a_change_keeps_the_date(text: str) -> None:
    assert deadline(text) == D


@pytest.mark.xfail(strict=True, reason="known gap: a multi-word label before the cue column of a single-spaced header")
def test_a_single_spaced_header_with_a_dated_column_before_the_cue_column() -> None:
    # "Next charge attempt" is one label; read as such, the row's second date is under "Expiry date"
    text = "Domain Next charge attempt Expiry date\n\nhanbit-ink.eu 2026-12-01 2026-12-19\n"
    assert deadline(text) == date(2026, 12, 19)
