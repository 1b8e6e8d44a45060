# Round 61
"""A running total (累计) beside the year's new items is not the year's total (round 61).

Blind 56's ``changjiang_xfj_2022`` read its proactive total as 305 from "累计主动公开政府信息305条,全文电子化率达100%。
2022年新增的主动公开政府信息30条": the count 累计 runs over every year, the year's new items (2022年新增, 本年新增) are the
year's count; the reading records 30. Round 16 took the year's part after 其中 (其中2013年度…); a new count named by its
year, in the same sentence or opening the next, is the same. The property fails on the round-60 code (which read the
running total); the guards (a 累计 count alone on a day's cut-off, the round-17 convention, and a year's count with no
running total) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_section_page, value_of

HEADING = "(一)主动公开"
NEW = st.sampled_from(["{year}年新增的", "{year}年度新增", "本年新增", "本年度新增", "全年新增", "今年新增"])
JOIN = st.sampled_from(["。", ",", ",其中"])


class TestRunningTotalBesideTheYearSNew:
    @SETTINGS
    @given(year=STANDARD_YEARS, new=NEW, join=JOIN, running=st.integers(200, 900), n=st.integers(2, 199))
    def test_the_year_s_new_items_are_the_total(
        self, year: int, new: str, join: str, running: int, n: int
    ) -> None:
        text = f"累计主动公开政府信息{running}条,全文电子化率达100%{join}{new.format(year=year)}主动公开政府信息{n}条。"
        page = proactive_section_page(year, HEADING, text)
        assert value_of(page, "proactive_total") == n


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, running=st.integers(2, 900))
    def test_guard_a_running_total_to_the_year_s_last_day_alone_reads(self, year: int, running: int) -> None:
        text = f"截至{year}年12月31日,累计主动公开政府信息{running}条。"
        page = proactive_section_page(year, HEADING, text)
        assert value_of(page, "proactive_total") == running

    @SETTINGS
    @given(year=STANDARD_YEARS, new=NEW, n=st.integers(2, 900))
    def test_guard_the_year_s_new_items_alone_read(self, year: int, new: str, n: int) -> None:
        page = proactive_section_page(year, HEADING, f"{new.format(year=year)}主动公开政府信息{n}条。")
        assert value_of(page, "proactive_total") == n
