# Round 48
"""The year of a statistics period that spans two calendar years: the year holding most of its days (round 48).

Blind 44's ``shmtu_2017`` (a university's report, 高等学校信息公开办法) states "统计期限自2016年9月1日起至2017年8月31日止"
and was read as 2016, the period's start; its reading has 2017. A school-year report is named by the year the school
year ends in (it is published by the end of October of that year), which holds eight of its twelve months. A calendar
year's period, and one written a day past the year's end, keep their year. The property fails on the round-47 code; the
guards pass on both.
"""

from __future__ import annotations

import calendar

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited

YEAR = st.integers(2008, 2024)
COUNT = st.integers(2, 3000)


def _page(start: tuple[int, int, int], end: tuple[int, int, int], count: int) -> str:
    # no title: the year is the statistics period's
    return (
        "本报告根据学校信息公开工作情况编制。"
        f"本报告中所列数据的统计期限自{start[0]}年{start[1]}月{start[2]}日起至{end[0]}年{end[1]}月{end[2]}日止。\n"
        "一、概述\n学校认真做好信息公开工作。\n"
        f"二、主动公开情况\n学校信息公开网主动公开信息{count}条。\n"
    )


class TestSchoolYear:
    @SETTINGS
    @given(year=YEAR, month=st.integers(8, 12), count=COUNT)
    def test_a_period_mostly_in_the_next_year_is_that_years_report(
        self, year: int, month: int, count: int
    ) -> None:
        end_month = month - 1
        last = calendar.monthrange(year + 1, end_month)[1]
        result = audited(_page((year, month, 1), (year + 1, end_month, last), count))
        assert result.year == year + 1
        assert result.year_evidence == "统计期限"
        assert not any(f.code == "legacy.period_year_mismatch" for f in result.findings)


class TestGuards:
    @SETTINGS
    @given(year=YEAR, count=COUNT)
    def test_guard_a_calendar_year_is_its_year(self, year: int, count: int) -> None:
        assert audited(_page((year, 1, 1), (year, 12, 31), count)).year == year

    @SETTINGS
    @given(year=YEAR, count=COUNT)
    def test_guard_a_day_past_the_years_end_keeps_the_year(self, year: int, count: int) -> None:
        assert audited(_page((year, 1, 1), (year + 1, 1, 1), count)).year == year

    @SETTINGS
    @given(year=YEAR, month=st.integers(2, 6), count=COUNT)
    def test_guard_a_period_mostly_in_its_first_year_keeps_it(
        self, year: int, month: int, count: int
    ) -> None:
        assert audited(_page((year, month, 1), (year + 1, month - 1, 28), count)).year == year
