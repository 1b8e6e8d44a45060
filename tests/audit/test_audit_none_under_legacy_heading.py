"""A legacy heading on requests, or on reviews and lawsuits, answered by one word: none (round 40).

Blind 36's ``pingtan_lyj_2011``: "三、依申请公开政府信息办理情况 无申请。" and "五、因政府信息公开被申请行政复议、提起行政诉讼的
情况 无。" were left unread (the collector reads 0, 0 and 0). The properties fail on the round-39 code; the guards pass on
both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, value_of

NONE = st.sampled_from(["无", "无。", "无申请。", "没有。", "暂无。"])
REQUEST_HEADINGS = st.sampled_from(
    ["依申请公开政府信息办理情况", "依申请公开政府信息和不予公开政府信息情况", "依申请公开情况"]
)
CASE_HEADINGS = st.sampled_from(
    ["因政府信息公开被申请行政复议、提起行政诉讼的情况", "因政府信息公开申请行政复议、提起行政诉讼的情况"]
)


def _page(year: int, requests: str, cases: str) -> str:
    """A five-part report of ``year`` whose sections 三 and 五 are ``requests`` and ``cases``."""
    return (
        f"某县某局{year}年度政府信息公开工作年度报告\n"
        f"本报告统计期限自{year}年1月1日起至{year}年12月31日止。\n"
        f"一、概述\n{year}年,我局认真贯彻落实《政府信息公开条例》。\n"
        f"二、主动公开政府信息情况\n{year}年共主动公开信息65条。\n"
        f"{requests}\n"
        "四、政府信息公开的收费及减免情况\n未收费。\n"
        f"{cases}\n"
    )


class TestNoneUnderLegacyHeading:
    @SETTINGS
    @given(year=LEGACY_YEARS, heading=REQUEST_HEADINGS, case_heading=CASE_HEADINGS, none=NONE)
    def test_one_word_answers_read_none(self, year: int, heading: str, case_heading: str, none: str) -> None:
        page = _page(year, f"三、{heading} {none}", f"五、{case_heading} {none.replace('申请', '')}")
        assert value_of(page, "requests_received") == 0
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=LEGACY_YEARS, heading=REQUEST_HEADINGS, count=st.integers(1, 99))
    def test_guard_a_count_under_the_heading_is_read(self, year: int, heading: str, count: int) -> None:
        page = _page(year, f"三、{heading}\n{year}年共受理政府信息公开申请{count}件。", "五、其他\n无。")
        assert value_of(page, "requests_received") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, heading=REQUEST_HEADINGS)
    def test_guard_a_heading_followed_by_text_is_no_answer(self, year: int, heading: str) -> None:
        page = _page(year, f"三、{heading} 无论何种申请均及时办理。", "五、其他\n无。")
        assert value_of(page, "requests_received") is None
