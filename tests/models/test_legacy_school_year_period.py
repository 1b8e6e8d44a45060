# Round 48
"""``legacy.period_year_mismatch`` compares the report's year with the year its period reports on (round 48).

A school-year period (2016-09-01 to 2017-08-31, a university's report under 高等学校信息公开办法) reports on the year it
ends in, which holds most of its days: a 2017 report with it is consistent, a 2016 one is not. The round-47 check took
the start's year and so warned the other way round. The properties fail on the round-47 code; the guard passes on both.
"""

from __future__ import annotations

import calendar
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import Agency, AgencyLevel, LegacyFigures, LegacyReport, StatisticsPeriod, validate

YEAR = st.integers(2008, 2017)
FROM_MONTH = st.integers(
    8, 12
)  # a period from August or later that runs a year holds more days in the next year
SETTINGS = settings(max_examples=20, deadline=None)


def _university_report(year: int, start: date, end: date) -> LegacyReport:
    """A university's five-part report on ``year`` whose statistics run from ``start`` to ``end``."""
    return LegacyReport(
        agency=Agency(name="某大学", level=AgencyLevel.OTHER),
        year=year,
        title=f"某大学{year}年信息公开工作年度报告",
        statistics_period=StatisticsPeriod(start=start, end=end),
        figures=LegacyFigures(proactive_total=10),
    )


def _mismatches(year: int, start: date, end: date) -> list[object]:
    report = _university_report(year, start, end)
    return [f.actual for f in validate(report) if f.code == "legacy.period_year_mismatch"]


def _school_year(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year + 1, month - 1, calendar.monthrange(year + 1, month - 1)[1])


@SETTINGS
@given(year=YEAR, month=FROM_MONTH)
def test_a_school_year_is_the_report_on_the_year_it_ends_in(year: int, month: int) -> None:
    assert _mismatches(year + 1, *_school_year(year, month)) == []


@SETTINGS
@given(year=YEAR, month=FROM_MONTH)
def test_a_school_year_named_by_its_first_year_is_flagged(year: int, month: int) -> None:
    assert _mismatches(year, *_school_year(year, month)) == [year + 1]


@SETTINGS
@given(year=YEAR)
def test_guard_a_calendar_year_of_another_year_is_flagged(year: int) -> None:
    assert _mismatches(year + 1, date(year, 1, 1), date(year, 12, 31)) == [year]


# Round 49: ``legacy.period_incomplete`` is worded from the year the period reports on (the year the auditor reports),
# not from its start's year: a school year ending in 2017 is "未覆盖2017年全年", not 2016's.
def _incomplete(year: int, start: date, end: date) -> list[tuple[str, object]]:
    report = _university_report(year, start, end)
    return [(f.message, f.expected) for f in validate(report) if f.code == "legacy.period_incomplete"]


@SETTINGS
@given(year=YEAR, month=FROM_MONTH)
def test_an_incomplete_school_year_is_worded_from_the_year_it_ends_in(year: int, month: int) -> None:
    ((message, expected),) = _incomplete(year + 1, *_school_year(year, month))
    assert f"未覆盖{year + 1}年全年" in message
    assert expected == f"{year + 1}-01-01/{year + 1}-12-31"


@SETTINGS
@given(year=YEAR, month=st.integers(2, 12))
def test_guard_a_period_within_one_year_keeps_its_year(year: int, month: int) -> None:
    ((message, expected),) = _incomplete(year, date(year, month, 1), date(year, 12, 31))
    assert f"未覆盖{year}年全年" in message
    assert expected == f"{year}-01-01/{year}-12-31"
