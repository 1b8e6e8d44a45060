"""The parts a list's total is checked against, settled (round 33, docs/audit.md).

Four warnings on pages whose readings list no inconsistency, each false by a rule:

* a subtotal part (``…其他3条,共发布102条;专题专栏包括…12条,共发布86条``, blind 29's ``pengjiang_fgj_2024_tw``) equal to the
  run of parts before it is no part of its own;
* parts joined by 、 that make the total, then a clause with its own verb (``其中发布工作动态192条、通知(公告)8条,公开财政信息
  81条``, blind 30's ``aershanbaolige_2023``): the list ends at the comma;
* a list whose last item lost its count to the next line (``政务微信公开\\n6条``, blind 28's ``changshou_wjw_2020``) is not
  read whole;
* a 其中 list short of its total by exactly the next sentence's counts (blind 10's ``jinan_yjglj_2024``) goes on there.

Each property fails on the round-32 code; each guard passes on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, opening

if TYPE_CHECKING:
    from disclosure_rules._findings import Finding

YEARS = st.integers(2021, 2025)
COUNTS = st.integers(1, 60)
TWO = st.lists(COUNTS, min_size=2, max_size=2)
THREE = st.lists(COUNTS, min_size=3, max_size=3)


def _mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")]


class TestSubtotals:
    @SETTINGS
    @given(year=YEARS, first=THREE, second=TWO)
    def test_subtotals_equal_to_their_runs_are_no_parts(
        self, year: int, first: list[int], second: list[int]
    ) -> None:
        page = opening(year) + (
            f"{year}年，主动公开政府信息公开目录和专题专栏共{sum(first) + sum(second)}条。其中政府信息公开目录中公开"
            f"部门文件{first[0]}条，行政执法{first[1]}条、工作动态{first[2]}条，共发布{sum(first)}条；专题专栏包括价格收费"
            f"{second[0]}条、投资管理{second[1]}条，共发布{sum(second)}条。\n"
        )
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=YEARS, first=THREE, second=TWO, off=st.integers(1, 9))
    def test_guard_a_subtotal_that_misses_its_run_is_still_found(
        self, year: int, first: list[int], second: list[int], off: int
    ) -> None:
        page = opening(year) + (
            f"{year}年，主动公开政府信息公开目录和专题专栏共{sum(first) + sum(second)}条。其中政府信息公开目录中公开"
            f"部门文件{first[0]}条，行政执法{first[1]}条、工作动态{first[2]}条，共发布{sum(first) + off}条；专题专栏包括"
            f"价格收费{second[0]}条、投资管理{second[1]}条，共发布{sum(second)}条。\n"
        )
        assert len(_mismatches(page)) == 1


class TestJoinedRun:
    @SETTINGS
    @given(year=YEARS, parts=TWO, other=COUNTS)
    def test_a_clause_with_its_own_verb_after_the_run_is_another_statement(
        self, year: int, parts: list[int], other: int
    ) -> None:
        page = opening(year) + (
            f"{year}年度，全年公开政府信息{sum(parts)}条，其中发布工作动态{parts[0]}条、通知(公告){parts[1]}条，"
            f"公开财政信息{other}条。\n"
        )
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=YEARS, parts=TWO, other=COUNTS, off=st.integers(1, 9))
    def test_guard_a_run_that_misses_the_total_is_still_found(
        self, year: int, parts: list[int], other: int, off: int
    ) -> None:
        page = opening(year) + (
            f"{year}年度，全年公开政府信息{sum(parts) + other + off}条，其中发布工作动态{parts[0]}条、通知(公告)"
            f"{parts[1]}条，公开财政信息{other}条。\n"
        )
        assert len(_mismatches(page)) == 1


class TestLineBreak:
    @SETTINGS
    @given(year=st.integers(2020, 2025), parts=st.lists(COUNTS, min_size=4, max_size=4))
    def test_an_item_whose_count_is_on_the_next_line_leaves_the_list_unread_whole(
        self, year: int, parts: list[int]
    ) -> None:
        page = opening(year) + (
            f"全年主动公开政府信息{sum(parts)}条，其中主动公开规范性文件{parts[0]}条，政府网站公开{parts[1]}条，政务微信公开\n"
            f"{parts[2]}条，其他方式公开{parts[3]}条。\n"
        )
        assert _mismatches(page) == []

    @SETTINGS
    @given(
        year=st.integers(2020, 2025), parts=st.lists(COUNTS, min_size=4, max_size=4), off=st.integers(1, 9)
    )
    def test_guard_a_whole_line_s_list_is_still_checked(self, year: int, parts: list[int], off: int) -> None:
        page = opening(year) + (
            f"全年主动公开政府信息{sum(parts) + off}条，其中主动公开规范性文件{parts[0]}条，政府网站公开{parts[1]}条，"
            f"政务微信公开{parts[2]}条，其他方式公开{parts[3]}条。\n"
        )
        assert len(_mismatches(page)) == 1


class TestNextSentence:
    @SETTINGS
    @given(year=YEARS, parts=TWO, rest=THREE)
    def test_the_next_sentence_s_counts_make_up_the_shortfall(
        self, year: int, parts: list[int], rest: list[int]
    ) -> None:
        page = opening(year) + (
            f"{year}年，我局及时公开机构职能、政策法规等信息共{sum(parts) + sum(rest)}条。其中：部门动态{parts[0]}条，"
            f"主动公开信息{parts[1]}条。{year}年在政府信息公开重点工作栏发布财政预算信息{rest[0]}条、三公经费信息"
            f"{rest[1]}条及年度报告信息{rest[2]}条。\n"
        )
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=YEARS, parts=TWO, rest=THREE, off=st.integers(1, 9))
    def test_guard_counts_that_do_not_make_it_up_leave_the_finding(
        self, year: int, parts: list[int], rest: list[int], off: int
    ) -> None:
        page = opening(year) + (
            f"{year}年，我局及时公开机构职能、政策法规等信息共{sum(parts) + sum(rest) + off}条。其中：部门动态{parts[0]}条，"
            f"主动公开信息{parts[1]}条。{year}年在政府信息公开重点工作栏发布财政预算信息{rest[0]}条、三公经费信息"
            f"{rest[1]}条及年度报告信息{rest[2]}条。\n"
        )
        assert len(_mismatches(page)) == 1
