"""A 其中 that opens a sentence after a whole list breaks down no part of it (round 24).

``zhangping_szfb_2021`` (blind set 7, consistent by its reading): ``共主动公开政府信息141条,其中:机构职能类信息16条,…,其他类信息
9条。其中主动公开政府信息17条,作为依申请公开信息数28条,不予公开信息数8条。`` was a ``text.count_mismatch`` warning against
the 9, the first list's last part (docs/audit.md, round 24). The property fails on the round-23 code; the guard passes
on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, opening

if TYPE_CHECKING:
    from disclosure_rules._findings import Finding

COUNTS = st.integers(1, 60)
YEARS = st.integers(2021, 2025)


def _mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")]


def _first_list(year: int, parts: list[int]) -> str:
    return (
        f"{year}年，共主动公开政府信息{sum(parts)}条，其中：机构职能类信息{parts[0]}条，政策文件类信息{parts[1]}条，"
        f"其他类信息{parts[2]}条。"
    )


class TestASecondQizhong:
    @SETTINGS
    @given(
        year=YEARS,
        parts=st.lists(COUNTS, min_size=3, max_size=3),
        later=st.lists(COUNTS, min_size=2, max_size=2),
    )
    def test_a_qizhong_after_a_whole_list_is_silent(
        self, year: int, parts: list[int], later: list[int]
    ) -> None:
        page = opening(year) + (
            _first_list(year, parts)
            + f"其中主动公开政府信息{later[0]}条，作为依申请公开信息数{later[1]}条。\n"
        )
        assert _mismatches(page) == []


class TestGuards:
    @SETTINGS
    @given(year=YEARS, total=st.integers(200, 300), later=st.lists(COUNTS, min_size=2, max_size=2))
    def test_guard_a_total_in_its_own_sentence_is_still_broken_down(
        self, year: int, total: int, later: list[int]
    ) -> None:
        # "…共主动公开政府信息N条。其中…": a total with no list of its own before the 其中 is still its total
        page = opening(year) + (
            f"{year}年，共主动公开政府信息{total}条。其中工作动态{later[0]}条，通知公告{later[1]}条，其他信息1条。\n"
        )
        assert len(_mismatches(page)) == 1
