"""A legacy statistics table headed 指标名称 单位 数量 is the year's one column (round 25).

``pingtan_czj_2013`` (blind set 23) and ``pingtan_czj_2011`` (blind set 22): ``附表指 标 名 称单位数量主动公开信息数条26…
受理政府信息公开工作行政复议数件0收到政府信息公开工作行政诉讼数件0`` — the prose states no lawsuits; the table does, under a
header the reader did not know (数量, not 年末统计) and in rows named with 受理/收到…工作. The property fails on the
round-24 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, value_of

COUNTS = st.integers(0, 30)


def _page(year: int, proactive: int, reviews: int, lawsuits: int, header: str) -> str:
    return (
        f"某县某局{year}年度政府信息公开工作年度报告\n"
        f"本报告统计期限自{year}年1月1日起至{year}年12月31日止。\n"
        f"一、主动公开政府信息的情况\n{year}年，我局主动公开政府信息{proactive}条。\n"
        "二、依申请公开信息的情况和不予公开信息的情况\n本年度没有收到政府信息公开申请。\n"
        "三、信息公开的收费及减免情况\n本年度没有收取任何费用。\n"
        f"附表{header}主动公开信息数条{proactive}正式受理政府信息公开申请数件0"
        f"受理政府信息公开工作行政复议数件{reviews}收到政府信息公开工作行政诉讼数件{lawsuits}\n"
    )


class TestQuantityColumn:
    @SETTINGS
    @given(year=LEGACY_YEARS, proactive=COUNTS, reviews=COUNTS, lawsuits=COUNTS)
    def test_the_lawsuits_row_of_a_quantity_table_is_read(
        self, year: int, proactive: int, reviews: int, lawsuits: int
    ) -> None:
        page = _page(year, proactive, reviews, lawsuits, "指 标 名 称单位数量")
        assert value_of(page, "lawsuits") == lawsuits
        assert value_of(page, "administrative_reviews") == reviews


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, proactive=COUNTS, reviews=COUNTS, lawsuits=COUNTS)
    def test_guard_rows_with_no_table_header_are_not_read(
        self, year: int, proactive: int, reviews: int, lawsuits: int
    ) -> None:
        # no 指标名称 header: the run of words and digits is no table
        assert value_of(_page(year, proactive, reviews, lawsuits, ""), "lawsuits") is None
