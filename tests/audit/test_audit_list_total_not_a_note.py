"""The total a 其中 list breaks down is no note in brackets and no difference from last year (round 24).

``dongyang_zrghj_2023`` (blind set 8): ``办结依申请公开件177件(含2022年结转的3件),其中,予以公开60件,…`` was summed against
the bracket's 3; ``xinganmeng_ybj_2023`` (blind set 9): ``主动公开信息共311条(其中:政府网站6条,微信公众号305条),其中工作
动态86条,…`` against the bracket's 305; ``wuxing_hudong_2024`` (blind set 8): ``收到申请信息公开件共6件,申请数量与2023年相比
增加了5件。其中,…`` against the increase 5. Each page is consistent by its reading; each raised a ``text.count_mismatch``
warning (docs/audit.md, round 24). Each property fails on the round-23 code; each guard passes on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, opening

if TYPE_CHECKING:
    from disclosure_rules._findings import Finding

COUNTS = st.integers(1, 90)
YEARS = st.integers(2021, 2025)


def _mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")]


def _items(parts: list[int], unit: str) -> str:
    names = ["工作动态", "政策解读", "公告通知", "其他信息"]
    return "，".join(f"{name}{count}{unit}" for name, count in zip(names, parts, strict=False))


class TestANoteIsNoTotal:
    @SETTINGS
    @given(year=YEARS, parts=st.lists(COUNTS, min_size=2, max_size=4), note=COUNTS)
    def test_a_count_in_brackets_before_the_list_is_a_note(
        self, year: int, parts: list[int], note: int
    ) -> None:
        total = sum(parts)
        page = opening(year) + (
            f"{year}年，我局主动公开信息共{total}条（含上年度更新的{note}条），其中{_items(parts, '条')}。\n"
        )
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=YEARS, parts=st.lists(COUNTS, min_size=2, max_size=4), more=COUNTS)
    def test_a_difference_from_last_year_is_no_total(self, year: int, parts: list[int], more: int) -> None:
        total = sum(parts)
        page = opening(year) + (
            f"{year}年，我局主动公开信息共{total}条，数量与{year - 1}年相比增加了{more}条。其中，{_items(parts, '条')}。\n"
        )
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=YEARS, parts=st.lists(COUNTS, min_size=2, max_size=4), note=COUNTS, extra=COUNTS)
    def test_the_count_before_the_bracket_is_the_one_checked(
        self, year: int, parts: list[int], note: int, extra: int
    ) -> None:
        total = sum(parts) + extra
        page = opening(year) + (
            f"{year}年，我局主动公开信息共{total}条（含上年度更新的{note}条），其中{_items(parts, '条')}。\n"
        )
        found = _mismatches(page)
        assert len(found) == 1
        assert f"共{total}条" in found[0].message


class TestGuards:
    @SETTINGS
    @given(year=YEARS, parts=st.lists(COUNTS, min_size=2, max_size=4), extra=COUNTS)
    def test_guard_a_total_that_says_more_is_still_a_total(
        self, year: int, parts: list[int], extra: int
    ) -> None:
        # "共发布…N条" with 多 in its name is no difference: only a count right after 增加/减少 (了) is one
        total = sum(parts) + extra
        page = opening(year) + f"{year}年，我局主动公开信息共{total}条，其中{_items(parts, '条')}。\n"
        found = _mismatches(page)
        assert len(found) == 1
