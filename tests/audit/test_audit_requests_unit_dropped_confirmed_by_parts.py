# Round 66
"""A count of requests whose unit the extraction dropped is read only where its parts add up to it (round 66).

Blind 60's ``xianning_zrzjj_2024``: ``收到政府信息公开申请87分别为予以公开45件;不予公开12件;无法提供27不予处理3`` with the
next sentence's year glued on (``…32024年我局收到行政复议11``) — its reading records requests 87, which round 65 left
unread. The bare number may run into the next word, so it is never read alone: only where the parts that follow
(分别为/其中), cut at ;, over the sentences of the paragraph, add up to it exactly. The property (parts that add up,
with units or without, the last one glued to the next sentence's year or not) fails on the round-65 code; the guards
(parts that do not add up; a bare number with no parts) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

OUTCOMES = ("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理")
PARTS = st.lists(st.integers(0, 300), min_size=2, max_size=len(OUTCOMES))
UNITS = st.sampled_from(["件", ""])
INTRODUCERS = st.sampled_from(["分别为", "其中"])


def _page(year: int, total: int, parts: list[int], wording: tuple[str, str], glued: bool) -> str:
    unit, introducer = wording
    listed = ";".join(f"{label}{count}{unit}" for label, count in zip(OUTCOMES, parts, strict=False))
    after = f"{year}年我局收到行政复议1件。" if glued else "。"
    sentence = f"{year}年我局收到政府信息公开申请{total}{introducer}{listed}{after}"
    return opening(year) + f"(二)依申请公开情况\n{sentence}\n"


class TestRequestsUnitDroppedConfirmedByParts:
    @SETTINGS
    @given(year=STANDARD_YEARS, parts=PARTS, wording=st.tuples(UNITS, INTRODUCERS), glued=st.booleans())
    def test_parts_that_add_up_confirm_the_count(
        self, year: int, parts: list[int], wording: tuple[str, str], glued: bool
    ) -> None:
        page = _page(year, sum(parts), parts, wording, glued)
        assert value_of(page, "requests_received") == sum(parts)


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        parts=PARTS,
        off=st.integers(1, 50),
        introducer=INTRODUCERS,
        glued=st.booleans(),
    )
    def test_guard_parts_that_do_not_add_up_leave_it_unread(
        self, year: int, parts: list[int], off: int, introducer: str, glued: bool
    ) -> None:
        assert (
            value_of(_page(year, sum(parts) + off, parts, ("件", introducer), glued), "requests_received")
            is None
        )

    @SETTINGS
    @given(year=STANDARD_YEARS, total=st.integers(1, 999), introducer=INTRODUCERS)
    def test_guard_a_bare_number_with_no_parts_stays_unread(
        self, year: int, total: int, introducer: str
    ) -> None:
        sentence = f"{year}年我局收到政府信息公开申请{total}{introducer}按期答复。"
        page = opening(year) + f"(二)依申请公开情况\n{sentence}\n"
        assert value_of(page, "requests_received") is None
