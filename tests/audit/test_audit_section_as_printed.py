# Round 47
"""A figure's ``section`` is the numeral the page prints before its heading (round 47).

Round 46 made the legacy outline that opens at 主动公开 (一、主动公开 … 二、依申请公开 … 三、收费及减免 … 四、复议诉讼) a page
of sections, named by their words as the outline with 概述 numbers them (主动公开 二, 依申请 三, 收费 五, 复议 四): the
figures then showed 二 for a sentence under the page's 一. A user looks for the numeral on the page; the rules keep the
section by its words. The properties fail on the round-46 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import (
    LEGACY_YEARS,
    SETTINGS,
    STANDARD_YEARS,
    figure_of,
    legacy_page,
    opening,
    value_of,
)


def _section(page: str, name: str) -> str | None:
    figure = figure_of(page, name)
    assert figure is not None
    return figure.section


class TestSectionAsPrinted:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999), requests=st.integers(1, 99))
    def test_figures_show_the_page_s_numerals(self, year: int, count: int, requests: int) -> None:
        page = legacy_page(
            year, f"{year}年主动公开政府信息{count}条。", f"全年共收到政府信息公开申请{requests}件。"
        )
        assert (_section(page, "proactive_total"), _section(page, "requests_received")) == ("一", "二")
        # the rules still read the sections by their words: the figures are read as before
        assert (value_of(page, "proactive_total"), value_of(page, "requests_received")) == (count, requests)


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999), requests=st.integers(1, 99))
    def test_guard_the_outline_with_an_overview_keeps_its_numerals(
        self, year: int, count: int, requests: int
    ) -> None:
        page = (
            f"某县某局{year}年度政府信息公开工作年度报告\n一、概述\n{year}年，我局认真贯彻《条例》。\n"
            f"二、主动公开政府信息的情况\n{year}年主动公开政府信息{count}条。\n"
            f"三、依申请公开政府信息情况\n全年共收到政府信息公开申请{requests}件。\n"
        )
        assert (_section(page, "proactive_total"), _section(page, "requests_received")) == ("二", "三")

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 9999))
    def test_guard_a_2021_page_keeps_its_numerals(self, year: int, count: int) -> None:
        page = opening(year) + f"二、主动公开政府信息情况\n{year}年主动公开政府信息{count}条。\n"
        assert _section(page, "proactive_total") == "二"

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999))
    def test_guard_the_reviews_section_keeps_its_numeral(self, year: int, count: int) -> None:
        page = legacy_page(year, f"{year}年主动公开政府信息{count}条。")
        assert _section(page, "administrative_reviews") == "四"
