# Round 60
"""Parts of a whole list counted as items in mixed units (条, 件, none) above their total: a warning (round 60).

Blind 55's ``huzhou_zwb_2024`` ("主动公开政府信息11855条。其中,门户网站共发布信息397条,党务公开信息42条,政府信息公开栏目
发布信息68件,公共资源交易全过程信息发布11386" — 11893) read all four parts and said nothing: the list was not comparable
(件 and a bare number beside 条) and its 条 parts alone stayed below the total. A part cannot exceed its whole; the units
differ, so by the existing rule (round 22) a low-confidence warning. Counted over the development readings: without the
condition that a 件 part puts information out (信息/发布/公开, no 申请), 5 more pages would have warned (lists running on into
letters, hotline calls, requests handled, or a second list), 4 of them with no such known error; with it, only
``huzhou_zwb_2024`` moves. The property fails on the round-59 code; the guards (the same parts making the total; a 件
part that is letters or requests) pass on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._validation import Severity
from tests.audit.messy import SETTINGS, STANDARD_YEARS, codes_of, proactive_page

PARTS = st.tuples(*(st.integers(1, 500) for _ in range(4)))
NO_ITEM = st.sampled_from(["收到领导信箱信件", "受理承办12345热线", "办理依申请"])


def _page(
    year: int, total: int, parts: tuple[int, ...], third_label: str = "政府信息公开栏目发布信息"
) -> str:
    first, second, third, last = parts
    body = (
        f"{year}年,本单位主动公开政府信息{total}条。其中,门户网站共发布信息{first}条,党务公开信息{second}条,"
        f"{third_label}{third}件,公共资源交易全过程信息发布{last}。"
    )
    return proactive_page(year, body)


class TestItemsInMixedUnitsAboveTotal:
    @SETTINGS
    @given(year=STANDARD_YEARS, parts=PARTS, over=st.integers(1, 40))
    def test_items_in_mixed_units_above_their_total_warn(
        self, year: int, parts: tuple[int, ...], over: int
    ) -> None:
        total = sum(parts) - over
        assume(all(part <= total for part in parts))
        page = _page(year, total, parts)
        assert "text.count_mismatch" in codes_of(page, Severity.WARNING)
        assert "text.count_mismatch" not in codes_of(page, Severity.ERROR)


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, parts=PARTS)
    def test_guard_parts_making_their_total_say_nothing(self, year: int, parts: tuple[int, ...]) -> None:
        page = _page(year, sum(parts), parts)
        assert "text.count_mismatch" not in codes_of(page, Severity.WARNING)
        assert "text.count_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(year=STANDARD_YEARS, parts=PARTS, label=NO_ITEM)
    def test_guard_a_part_in_jian_that_is_no_item_says_nothing(
        self, year: int, parts: tuple[int, ...], label: str
    ) -> None:
        total = sum(parts) - parts[2]  # the 件 part, no item, takes the list over its total
        page = _page(year, total, parts, label)
        assert "text.count_mismatch" not in codes_of(page, Severity.ERROR)
        assert "text.count_mismatch" not in codes_of(page, Severity.WARNING)
