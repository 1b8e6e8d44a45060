# Round 47
"""A figure's ``section`` is the numeral the page prints before its heading (round 47).

Round 46 made the legacy outline that opens at 主动公开 (一、主动公开 … 二、依申请公开 … 三、收费及减免 … 四、复议诉讼) a page
of sections, named by their words as the outline with 概述 numbers them (主动公开 二, 依申请 三, 收费 五, 复议 四): the
figures then showed 二 for a sentence under the page's 一. A user looks for the numeral on the page; the rules keep the
section by its words. The properties fail on the round-46 code. The guards (the outline with 概述, a 2021-format page,
the reviews' 四) are test_audit_legacy_outline_opening_at_proactive.py's, which assert the same numerals.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import (
    LEGACY_YEARS,
    SETTINGS,
    legacy_page,
    section_of,
    value_of,
)


class TestSectionAsPrinted:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999), requests=st.integers(1, 99))
    def test_figures_show_the_page_s_numerals(self, year: int, count: int, requests: int) -> None:
        page = legacy_page(
            year, f"{year}年主动公开政府信息{count}条。", f"全年共收到政府信息公开申请{requests}件。"
        )
        assert (section_of(page, "proactive_total"), section_of(page, "requests_received")) == ("一", "二")
        # the rules still read the sections by their words: the figures are read as before
        assert (value_of(page, "proactive_total"), value_of(page, "requests_received")) == (count, requests)
