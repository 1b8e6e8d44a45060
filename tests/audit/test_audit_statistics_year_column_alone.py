"""Issue 12, round 27: a legacy statistics table with the year's column alone (blind 25, ``pingtan_jtj_2013``).

``指标名称 计量 单位 2013 年度 主动公开信息数 条 291 … 行政复议数 条 0 行政诉讼数 条 0`` — no 历年累计 column: one column,
the year's, named. Its counts the prose does not state (reviews and lawsuits here) are read from it, as from a table
with 年末统计; a column named for another year says nothing of the report's. The property fails on the round-26 code;
the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, legacy_page, value_of


def _table(year: int, proactive: int, reviews: int, lawsuits: int) -> str:
    return (
        f"附件 某局{year}年政府信息公开情况统计表 指标名称 计量 单位 {year} 年度 主动公开信息数 条 {proactive} "
        f"其中：1.网站公开 条 {proactive} 2.政府公报公开 条 0 受理依申请公开信息总数 条 0 "
        f"行政复议数 条 {reviews} 行政诉讼数 条 {lawsuits}\n"
    )


def _page(year: int, column_year: int, proactive: int, reviews: int, lawsuits: int) -> str:
    return legacy_page(
        year,
        f"我局{year}年主动公开政府信息{proactive}条。",
        "本年度无依申请公开的政府信息。",
        attached=_table(column_year, proactive, reviews, lawsuits),
    ).replace(
        "四、因信息公开申请行政复议、提起行政诉讼的情况\n本年度没有发生行政复议、行政诉讼的情况。\n", ""
    )


@SETTINGS
@given(
    year=LEGACY_YEARS, proactive=st.integers(1, 900), reviews=st.integers(0, 9), lawsuits=st.integers(0, 9)
)
def test_the_year_s_column_alone_gives_the_unstated_counts(
    year: int, proactive: int, reviews: int, lawsuits: int
) -> None:
    page = _page(year, year, proactive, reviews, lawsuits)
    assert (value_of(page, "administrative_reviews"), value_of(page, "lawsuits")) == (reviews, lawsuits)


@SETTINGS
@given(
    year=LEGACY_YEARS, proactive=st.integers(1, 900), reviews=st.integers(0, 9), lawsuits=st.integers(0, 9)
)
def test_guard_another_year_s_column_says_nothing_of_the_report_s(
    year: int, proactive: int, reviews: int, lawsuits: int
) -> None:
    page = _page(year, year - 1, proactive, reviews, lawsuits)
    assert (value_of(page, "administrative_reviews"), value_of(page, "lawsuits")) == (None, None)
