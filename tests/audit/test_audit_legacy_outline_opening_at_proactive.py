# Round 46
"""The legacy outline that opens at 主动公开: its headings are sections, named by their words (round 46).

The 2008-2018 reports that follow 条例 第三十二条's items with no 概述 (一、主动公开 … 二、依申请公开 … 三、收费及减免 …
四、行政复议、行政诉讼) number their sections one below the outline the reader knew (一 概述, 二 主动公开, 三 依申请 …): their
first three headings were no headings, the sentences under them had no section, and the checks that look at sections
一 and 二 missed them (round 45 worked around it with a flag for the list of kinds, now dropped). On a page whose 一 is
主动公开 a heading is the section its own words name. The properties fail on the round-45 code; the guards (the outline
with 概述, a 2021-format page) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, legacy_page, opening, section_of


class TestOutlineOpeningAtProactive:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999))
    def test_the_proactive_figure_stands_in_a_section(self, year: int, count: int) -> None:
        page = legacy_page(year, f"{year}年主动公开政府信息{count}条。")
        # Round 47: a figure shows the numeral the page prints (一); the section is found (no longer None) and the
        # rules read it as 二 (test_audit_section_as_printed.py)
        assert section_of(page, "proactive_total") == "一"

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 99))
    def test_the_requests_figure_stands_in_a_section(self, year: int, count: int) -> None:
        page = legacy_page(
            year, f"{year}年主动公开政府信息{count + 10}条。", f"全年共收到政府信息公开申请{count}件。"
        )
        assert section_of(page, "requests_received") == "二"  # Round 47: the printed numeral, as above


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999), requests=st.integers(1, 99))
    def test_guard_the_outline_with_an_overview_keeps_its_numbers(
        self, year: int, count: int, requests: int
    ) -> None:
        page = (
            f"某县某局{year}年度政府信息公开工作年度报告\n一、概述\n{year}年，我局认真贯彻《条例》。\n"
            f"二、主动公开政府信息的情况\n{year}年主动公开政府信息{count}条。\n"
            f"三、依申请公开政府信息情况\n全年共收到政府信息公开申请{requests}件。\n"
            "四、政府信息公开的收费及减免情况\n本年度没有收取任何费用。\n"
        )
        assert (section_of(page, "proactive_total"), section_of(page, "requests_received")) == ("二", "三")

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 9999))
    def test_guard_a_2021_page_keeps_its_numbers(self, year: int, count: int) -> None:
        page = opening(year) + f"二、主动公开政府信息情况\n{year}年主动公开政府信息{count}条。\n"
        assert section_of(page, "proactive_total") == "二"

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999))
    def test_guard_the_reviews_section_keeps_its_number(self, year: int, count: int) -> None:
        page = legacy_page(year, f"{year}年主动公开政府信息{count}条。")
        assert section_of(page, "administrative_reviews") == "四"
