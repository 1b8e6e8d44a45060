"""A 具体包括 paragraph right after the year's total, closed by a remainder, is its whole breakdown (round 36).

Blind 33's ``sishui_wlj_2025``: "…通过泗水县政府门户网站主动公开信息83条。" and, as the next paragraph, "具体包括履职依据1条,…,
法定主动公开内容等其他信息20条。" — nine kinds adding to 78, not read. The list stands in another paragraph and 具体包括
does not say "all": a mismatch is a warning at 0.5, never an error. The first property fails on the round-35 code; each
guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import Severity
from tests.audit.messy import SETTINGS, audited, opening

YEARS = st.integers(2021, 2025)
COUNTS = st.lists(st.integers(1, 60), min_size=3, max_size=8)
REMAINDERS = st.sampled_from(["其他信息", "法定主动公开内容等其他信息", "其余信息", "工作动态和其他信息"])
KINDS = [
    "履职依据",
    "法规文件",
    "通知公告",
    "机构职能",
    "建议提案",
    "行政执法公示",
    "优化营商环境集成",
    "政策解读",
]


def _page(year: int, total: int, counts: list[int], remainder: str, *, last: str = "") -> str:
    listed = ",".join(f"{KINDS[index]}{count}条" for index, count in enumerate(counts[:-1]))
    return opening(year) + (
        f"我局通过县政府门户网站主动公开信息{total}条。{last}\n\n具体包括{listed},{remainder}{counts[-1]}条。\n"
    )


def _mismatches(page: str) -> list[tuple[Severity, float | None]]:
    return [
        (finding.severity, finding.confidence)
        for finding in audited(page).findings
        if finding.code == "text.count_mismatch"
    ]


class TestDetailedParagraph:
    @SETTINGS
    @given(year=YEARS, counts=COUNTS, remainder=REMAINDERS, off=st.integers(1, 9), above=st.booleans())
    def test_parts_off_the_total_are_a_warning(
        self, year: int, counts: list[int], remainder: str, off: int, above: bool
    ) -> None:
        total = sum(counts) + (off if above else -min(off, sum(counts) - 1))
        assert _mismatches(_page(year, total, counts, remainder)) == [(Severity.WARNING, 0.5)]

    @SETTINGS
    @given(year=YEARS, counts=COUNTS, remainder=REMAINDERS)
    def test_guard_parts_making_the_total_say_nothing(
        self, year: int, counts: list[int], remainder: str
    ) -> None:
        assert _mismatches(_page(year, sum(counts), counts, remainder)) == []


class TestGuards:
    @SETTINGS
    @given(year=YEARS, counts=st.lists(st.integers(1, 60), min_size=2, max_size=2), off=st.integers(1, 9))
    def test_guard_a_pair_is_no_breakdown(self, year: int, counts: list[int], off: int) -> None:
        assert _mismatches(_page(year, sum(counts) + off, counts, "其他信息")) == []

    @SETTINGS
    @given(year=YEARS, counts=COUNTS, off=st.integers(1, 9))
    def test_guard_no_remainder_no_list(self, year: int, counts: list[int], off: int) -> None:
        assert _mismatches(_page(year, sum(counts) + off, counts, "政策解读")) == []

    @SETTINGS
    @given(year=YEARS, counts=COUNTS, remainder=REMAINDERS, off=st.integers(1, 9))
    def test_guard_another_count_after_the_total(
        self, year: int, counts: list[int], remainder: str, off: int
    ) -> None:
        page = _page(year, sum(counts) + off, counts, remainder, last="受理申请3件。")
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=YEARS, counts=COUNTS, off=st.integers(1, 9))
    def test_guard_mainly_includes_is_no_whole_list(self, year: int, counts: list[int], off: int) -> None:
        page = _page(year, sum(counts) + off, counts, "其他信息").replace("具体包括", "主要包括")
        assert _mismatches(page) == []
