"""The national calendar against an independent source, day by day, 2008 through its last year.

The oracle is the ``chinese-calendar`` package (test-only dependency), whose data was compiled independently of
``holidays``. Every day on which the two disagree must have a recorded decision below, with the State Council
notice that settles it. The spot checks after it quote the notices directly.
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import pytest

from disclosure_rules._calendar import WorkingDayCalendar

#: Days on which the calendar and chinese-calendar disagree, each with the decision taken and the notice that
#: settles it: {date: (our answer is a working day, "notice number: reason")}. With holidays 0.109 and
#: chinesecalendar 1.11 the comparison over 2008-01-01..2026-12-31 (6,940 days) found no disagreement, so the
#: mapping is empty; a future data change that introduces one makes the test fail until it is decided here.
DECISIONS: dict[dt.date, tuple[bool, str]] = {}


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=offset) for offset in range((last - first).days + 1)]


def test_every_day_agrees_with_chinese_calendar_or_has_a_decision() -> None:
    """A working day is Mon–Fri minus holidays and 调休 rest days, plus 调休上班 weekends (each year's notice)."""
    calendar = WorkingDayCalendar.china()
    disagreements: dict[dt.date, bool] = {}
    for day in _days(dt.date(calendar.first_year, 1, 1), dt.date(calendar.last_year, 12, 31)):
        ours = calendar.is_working_day(day)
        if ours != chinese_calendar.is_workday(day):
            disagreements[day] = ours
    assert set(disagreements) == set(DECISIONS), (
        "new disagreements with chinese-calendar: find the State Council notice for each day, decide, and "
        f"record it in DECISIONS: {sorted(set(disagreements) ^ set(DECISIONS))}"
    )
    for day, (working, _reason) in DECISIONS.items():
        assert disagreements[day] is working


def test_the_oracle_covers_every_year_compared() -> None:
    """The comparison is only meaningful if chinese-calendar holds every year the calendar claims."""
    calendar = WorkingDayCalendar.china()
    for year in range(calendar.first_year, calendar.last_year + 1):
        chinese_calendar.is_workday(dt.date(year, 6, 30))  # raises NotImplementedError for unknown years


# Literal days read in the notices themselves (not derived from any package).
NOTICE_DAYS: list[tuple[dt.date, bool, str]] = [
    # 国办发明电〔2007〕40号 (2008 schedule): 2月2日(星期六)、2月3日(星期日)上班; 2月11日、12日 rest (调休).
    (dt.date(2008, 2, 2), True, "国办发明电〔2007〕40号"),
    (dt.date(2008, 2, 3), True, "国办发明电〔2007〕40号"),
    (dt.date(2008, 2, 11), False, "国办发明电〔2007〕40号"),
    (dt.date(2008, 5, 2), False, "国办发明电〔2007〕40号"),
    (dt.date(2008, 5, 4), True, "国办发明电〔2007〕40号"),
    (dt.date(2008, 9, 27), True, "国办发明电〔2007〕40号"),
    (dt.date(2008, 9, 30), False, "国办发明电〔2007〕40号"),
    # 国办发明电〔2011〕45号 (2012 schedule): 2011年12月31日(星期六)上班 — a December day set by next year's notice.
    (dt.date(2011, 12, 31), True, "国办发明电〔2011〕45号"),
    (dt.date(2012, 1, 3), False, "国办发明电〔2011〕45号"),
    # 国发明电〔2015〕1号: 9月3日放假, 9月4日(星期五)调休, 9月6日(星期日)上班.
    (dt.date(2015, 9, 3), False, "国发明电〔2015〕1号"),
    (dt.date(2015, 9, 4), False, "国发明电〔2015〕1号"),
    (dt.date(2015, 9, 6), True, "国发明电〔2015〕1号"),
    # 国办发明电〔2018〕15号 (2019 schedule): 2018年12月30日至2019年1月1日放假; 2018年12月29日(星期六)上班.
    (dt.date(2018, 12, 29), True, "国办发明电〔2018〕15号"),
    (dt.date(2018, 12, 31), False, "国办发明电〔2018〕15号"),
    # 国办发明电〔2019〕3号 (adjusted 2019 Labour Day): 5月1日至4日放假; 4月28日、5月5日(星期日)上班.
    (dt.date(2019, 5, 2), False, "国办发明电〔2019〕3号"),
    (dt.date(2019, 5, 3), False, "国办发明电〔2019〕3号"),
    (dt.date(2019, 4, 28), True, "国办发明电〔2019〕3号"),
    (dt.date(2019, 5, 5), True, "国办发明电〔2019〕3号"),
    # 国办发明电〔2020〕1号: Spring Festival extended to 2月2日; 2月1日(星期六), planned as a working day by
    # 国办发明电〔2019〕16号, became a rest day; 2月3日(星期一)起正常上班.
    (dt.date(2020, 1, 31), False, "国办发明电〔2020〕1号"),
    (dt.date(2020, 2, 1), False, "国办发明电〔2020〕1号"),
    (dt.date(2020, 2, 3), True, "国办发明电〔2020〕1号"),
    # 国办发明电〔2024〕12号 (2025 schedule): 1月26日(周日)、2月8日(周六)上班; 10月1日至8日放假.
    (dt.date(2025, 1, 26), True, "国办发明电〔2024〕12号"),
    (dt.date(2025, 2, 8), True, "国办发明电〔2024〕12号"),
    (dt.date(2025, 10, 8), False, "国办发明电〔2024〕12号"),
    # 国办发明电〔2025〕7号 (2026 schedule): 1月4日(周日) and 9月20日(周日) 上班; 2月15日至23日放假.
    (dt.date(2026, 1, 4), True, "国办发明电〔2025〕7号"),
    (dt.date(2026, 2, 23), False, "国办发明电〔2025〕7号"),
    (dt.date(2026, 9, 20), True, "国办发明电〔2025〕7号"),
    (dt.date(2026, 10, 7), False, "国办发明电〔2025〕7号"),
    (dt.date(2026, 10, 10), True, "国办发明电〔2025〕7号"),
]


@pytest.mark.parametrize(("day", "working", "notice"), NOTICE_DAYS, ids=[str(d) for d, _, _ in NOTICE_DAYS])
def test_days_read_in_the_notices(day: dt.date, working: bool, notice: str) -> None:
    """Each day is as the quoted State Council notice sets it."""
    assert WorkingDayCalendar.china().is_working_day(day) is working, notice


def test_each_year_names_its_notice() -> None:
    """Provenance: every covered year records the 国办发明电 number of its schedule."""
    coverage = WorkingDayCalendar.china().coverage()
    numbers = {year.year: [notice.number for notice in year.notices] for year in coverage.years}
    assert numbers[2008] == ["国办发明电〔2007〕40号"]
    assert numbers[2019] == ["国办发明电〔2018〕15号", "国办发明电〔2019〕3号"]
    assert numbers[2026] == ["国办发明电〔2025〕7号"]
    assert all(year.notices and year.notices[0].number.startswith("国办发明电〔") for year in coverage.years)
