"""Issue 12, after blind set 19's one measurement: a category list that opens by restating its total.

``在公开的74条信息中，工作动态类信息12条，占16%；…扶贫类2条，占2%。`` (``pingtan_nyn_2016``): the restated 74 was counted as
one of the list's parts, so the seven categories read (73) looked like a partial list and were never added up. The
restated total is no part: the list is checked (an error when its 类 parts miss the total). The property fails on the
code before the fix; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, codes_of, legacy_page

CATEGORIES = ["工作动态类", "公示公告类", "财政资金类", "安全生产类", "应急管理类", "综合执法类", "扶贫类"]


def _page(year: int, total: int, parts: list[int]) -> str:
    listed = "；".join(
        f"{label}{count}条，占{count * 100 // total}%"
        for label, count in zip(CATEGORIES, parts, strict=False)
    )
    return legacy_page(year, f"{year}年，我局主动公开政府信息{total}条。在公开的{total}条信息中，{listed}。")


class TestAListThatRestatesItsTotal:
    @SETTINGS
    @given(
        year=LEGACY_YEARS, parts=st.lists(st.integers(1, 99), min_size=2, max_size=7), off=st.integers(1, 9)
    )
    def test_categories_after_the_restated_total_that_miss_it_are_an_error(
        self, year: int, parts: list[int], off: int
    ) -> None:
        """``在公开的74条信息中，…`` with seven 类 parts adding to 73: the mismatch is found."""
        total = sum(parts) + off
        assume(sum(parts) * 2 >= total)  # under half the total with no remainder named reads as a selection
        assert "legacy.count_mismatch" in codes_of(_page(year, total, parts), Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, parts=st.lists(st.integers(1, 99), min_size=2, max_size=7))
    def test_guard_categories_that_add_up_give_nothing(self, year: int, parts: list[int]) -> None:
        """Guard: the same list adding up to its total is silent."""
        assert "legacy.count_mismatch" not in codes_of(_page(year, sum(parts), parts), Severity.ERROR)
