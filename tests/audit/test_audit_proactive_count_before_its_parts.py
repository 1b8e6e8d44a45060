"""A count worded 主动…公开 before 其中 is the year's total; a part after it is never, whatever its words (round 42).

Blind 38's ``lizhou_xczxj_2022`` ("主动通过政府网站公开政府信息68条,其中主动公开信息64条,专报约稿信息4条") was read as 64:
the rule of round 11 takes a part after 其中 that opens with 主动公开 for the year's total, a part of all that was
disclosed ("公开信息200条，其中主动公开政府信息150条，依申请公开50条"). When the count broken down is itself worded
主动…公开 it is the total, and every count after its 其中 is a part of it. The properties fail on the round-41 code;
each guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, legacy_page, value_of

COUNT = st.integers(1, 3000)
TOTAL_WORDING = st.sampled_from(
    ["主动通过政府网站公开政府信息", "主动公开政府信息", "主动在门户网站公开信息", "共主动公开各类信息"]
)
PART_WORDING = st.sampled_from(["主动公开信息", "主动公开政府信息"])


class TestProactiveCountBeforeItsParts:
    @SETTINGS
    @given(year=LEGACY_YEARS, parts=st.tuples(COUNT, COUNT), total=TOTAL_WORDING, part=PART_WORDING)
    def test_the_count_before_its_parts_is_the_total(
        self, year: int, parts: tuple[int, int], total: str, part: str
    ) -> None:
        whole = parts[0] + parts[1]
        sentence = f"{year}年本局{total}{whole}条,其中{part}{parts[0]}条,专报约稿信息{parts[1]}条。"
        assert value_of(legacy_page(year, sentence), "proactive_total") == whole


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, parts=st.tuples(COUNT, COUNT))
    def test_guard_all_that_was_disclosed_keeps_its_proactive_part(
        self, year: int, parts: tuple[int, int]
    ) -> None:
        sentence = (
            f"{year}年公开信息{sum(parts)}条，其中主动公开政府信息{parts[0]}条，依申请公开{parts[1]}条。"
        )
        assert value_of(legacy_page(year, sentence), "proactive_total") == parts[0]

    @SETTINGS
    @given(year=LEGACY_YEARS, parts=st.tuples(COUNT, COUNT))
    def test_guard_a_heading_worded_proactive_is_no_count(self, year: int, parts: tuple[int, int]) -> None:
        sentence = (
            f"二、主动公开政府信息情况（一）主动公开政府信息的数量{year}年制作、获取政府信息总数{sum(parts)}条，"
            f"其中主动公开政府信息{parts[0]}条，作为依申请公开信息数{parts[1]}条。"
        )
        assert value_of(legacy_page(year, sentence), "proactive_total") == parts[0]
