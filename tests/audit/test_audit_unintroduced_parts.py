"""Parts right after their total, joined by 、 with no 其中, that do not make the total (round 38).

Blind 28's ``ewenke_qi_2025``: "旗政府门户网站发布信息共计8204条,信息公开目录更新6015条、政务动态信息更新2148条" (8163, 41
short). No 其中 says the parts are a breakdown, so a warning at ``PARTIAL_CONFIDENCE``, never an error; a list under half
its total with no remainder is read as a selection and left. The property fails on the round-37 code; the guards pass on
both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules import Severity
from disclosure_rules._audit._result import PARTIAL_CONFIDENCE
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page, opening

NAMES = ["信息公开目录更新", "政务动态信息更新", "通知公告发布", "政策解读发布"]


def _page(year: int, total: int, parts: list[int], *, legacy: bool, joined: str = "") -> str:
    listed = "、".join(f"{NAMES[i]}{count}条" for i, count in enumerate(parts))
    body = f"{year}年,我局门户网站发布信息共计{total}条,{joined}{listed},网站总访问量57万人次。"
    return legacy_page(year, body) if legacy else opening(2021 + year % 5) + body + "\n"


def _warned(page: str) -> list[tuple[int | str | None, Severity, float | None]]:
    return [
        (finding.actual, finding.severity, finding.confidence)
        for finding in audited(page).findings
        if finding.code.endswith(".count_mismatch") and "紧接着列出" in finding.message
    ]


class TestUnintroducedParts:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=st.lists(st.integers(1, 5000), min_size=2, max_size=4),
        off=st.integers(-40, 40).filter(lambda off: off != 0),
        legacy=st.booleans(),
    )
    def test_parts_that_miss_their_total_are_warned(
        self, year: int, parts: list[int], off: int, *, legacy: bool
    ) -> None:
        total = sum(parts) + off
        assume(total > 0 and 2 * sum(parts) >= total)
        page = _page(year, total, parts, legacy=legacy)
        assert _warned(page) == [(sum(parts), Severity.WARNING, PARTIAL_CONFIDENCE)]


class TestGuards:
    @SETTINGS
    @given(
        year=LEGACY_YEARS, parts=st.lists(st.integers(1, 5000), min_size=2, max_size=4), legacy=st.booleans()
    )
    def test_guard_parts_that_make_their_total_are_silent(
        self, year: int, parts: list[int], *, legacy: bool
    ) -> None:
        assert _warned(_page(year, sum(parts), parts, legacy=legacy)) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, parts=st.lists(st.integers(1, 50), min_size=2, max_size=3))
    def test_guard_a_selection_under_half_the_total_is_silent(self, year: int, parts: list[int]) -> None:
        assert _warned(_page(year, 2 * sum(parts) + 1, parts, legacy=False)) == []

    def test_guard_a_list_opened_by_qizhong_is_left_to_the_qizhong_rules(self) -> None:
        assert _warned(_page(2023, 100, [30, 40], legacy=False, joined="其中")) == []
