"""Kinds listed after ``…信息N条:`` to the sentence's end that do not make N (round 39).

Blind 35's ``pingdu_ybj_2020``: "政府信息123条:机构信息1条,公文法规3条,…,工作报告1条。" (eleven kinds, 93). The colon
introduces the kinds, but no 其中 or 分别为 says they are all and no 等 says they are not (the collector: slightly doubtful,
the parts fall short): a warning at ``PARTIAL_CONFIDENCE``, never an error; a list under half its total with no remainder
is a selection, silent. The property fails on the round-38 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules import Severity
from disclosure_rules._audit._result import PARTIAL_CONFIDENCE
from tests.audit.messy import DATA, LEGACY_YEARS, SETTINGS, audited, legacy_page, opening

NAMES = ["机构信息", "公文法规", "规划、计划信息", "工作动态", "公开指南"]


def _page(year: int, total: int, parts: list[int], *, legacy: bool, after: str = "。") -> str:
    listed = ",".join(f"{NAMES[i]}{count}条" for i, count in enumerate(parts))
    body = f"{year}年,平度市政务网主动公开情况。政府信息{total}条:{listed}{after}"
    return legacy_page(year, body) if legacy else opening(2021 + year % 5) + body + "\n"


def _warned(page: str) -> list[tuple[int | str | None, Severity, float | None]]:
    return [
        (finding.actual, finding.severity, finding.confidence)
        for finding in audited(page).findings
        if finding.code.endswith(".count_mismatch") and "冒号后列出" in finding.message
    ]


class TestColonList:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=st.lists(st.integers(1, 500), min_size=2, max_size=5),
        off=st.integers(-60, 60).filter(lambda off: off != 0),
        legacy=st.booleans(),
    )
    def test_kinds_that_miss_their_total_are_warned(
        self, year: int, parts: list[int], off: int, *, legacy: bool
    ) -> None:
        total = sum(parts) + off
        assume(total > 0 and 2 * sum(parts) >= total)
        assert _warned(_page(year, total, parts, legacy=legacy)) == [
            (sum(parts), Severity.WARNING, PARTIAL_CONFIDENCE)
        ]

    def test_the_blind_35_page_is_warned(self) -> None:
        page = (DATA / "published_blind_35" / "pingdu_ybj_2020.txt").read_text(encoding="utf-8")
        assert _warned(page) == [(93, Severity.WARNING, PARTIAL_CONFIDENCE)]


class TestGuards:
    @SETTINGS
    @given(
        year=LEGACY_YEARS, parts=st.lists(st.integers(1, 500), min_size=2, max_size=5), legacy=st.booleans()
    )
    def test_guard_kinds_that_make_their_total_are_silent(
        self, year: int, parts: list[int], *, legacy: bool
    ) -> None:
        assert _warned(_page(year, sum(parts), parts, legacy=legacy)) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, parts=st.lists(st.integers(1, 50), min_size=2, max_size=4))
    def test_guard_a_selection_under_half_the_total_is_silent(self, year: int, parts: list[int]) -> None:
        assert _warned(_page(year, 2 * sum(parts) + 1, parts, legacy=False)) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, parts=st.lists(st.integers(1, 500), min_size=2, max_size=4))
    def test_guard_a_list_said_open_or_running_on_is_not_read(self, year: int, parts: list[int]) -> None:
        # 等 says the kinds are some; a clause after the list leaves its end unsure
        for after in ("等。", ",另有其他信息若干。"):
            assert _warned(_page(year, sum(parts) + 7, parts, legacy=False, after=after)) == []
