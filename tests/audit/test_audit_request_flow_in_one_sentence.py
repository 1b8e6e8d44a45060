# Round 62
"""A request flow in one sentence: the year's new requests after the ones carried over (round 62).

Blind 57's ``tianjin_hebeiqu_2024``: "上年结转政府信息公开申请21件,本年新收434件,办理434件,剩余21件结转下一年度处理" left the
requests unread (the reading records 434): no wording of ``_REQUESTS`` runs from a verb to 申请 before the count, and
round 40's new part after a carried part stood only under a 其中. The requests carried over, named as requests, right
before the year's new ones (本年新收, 新收到 …) make the new count the requests received. Over the development texts the
flow stands on two pages; the other (``kundulun_qu_2025``, "新收依申请公开事项191件") was read already. The property fails
on the round-61 code; the guards (a flow whose new count names 申请 itself; counts handled and carried with no new
count) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

CARRIED_WORDS = st.sampled_from(
    ["上年结转政府信息公开申请", "上年度结转依申请公开申请", "上一年度结转申请", "去年结转申请"]
)
NEW_WORDS = st.sampled_from(["本年新收", "新收到", "本年度新受理", "新收", "当年新接收"])
UNITS = st.sampled_from(["件", "宗"])


def _flow(year: int, carried_word: str, new_word: str, counts: tuple[int, int], unit: str) -> str:
    carried, new = counts
    return opening(year) + (
        f"{carried_word}{carried}{unit},{new_word}{new}{unit},办理{new}{unit},"
        f"剩余{carried}{unit}结转下一年度处理。同意公开或部分公开{new}{unit}。\n"
    )


class TestRequestFlowInOneSentence:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        words=st.tuples(CARRIED_WORDS, NEW_WORDS),
        counts=st.tuples(st.integers(0, 50), st.integers(1, 999)),
        unit=UNITS,
    )
    def test_the_new_count_after_the_carried_requests_is_the_years(
        self, year: int, words: tuple[str, str], counts: tuple[int, int], unit: str
    ) -> None:
        assert value_of(_flow(year, *words, counts, unit), "requests_received") == counts[1]


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, counts=st.tuples(st.integers(0, 50), st.integers(1, 999)))
    def test_guard_a_new_count_naming_its_requests_is_read(self, year: int, counts: tuple[int, int]) -> None:
        page = opening(year) + (
            f"{year}年,办结上年度结转依申请公开事项{counts[0]}件,新收依申请公开事项{counts[1]}件,均已按时办结答复。\n"
        )
        assert value_of(page, "requests_received") == counts[1]

    @SETTINGS
    @given(year=STANDARD_YEARS, counts=st.tuples(st.integers(1, 50), st.integers(1, 999)))
    def test_guard_carried_and_handled_with_no_new_count_stay_unread(
        self, year: int, counts: tuple[int, int]
    ) -> None:
        page = opening(year) + (
            f"上年结转政府信息公开申请{counts[0]}件,办理{counts[1]}件,剩余{counts[0]}件结转下一年度处理。\n"
        )
        assert value_of(page, "requests_received") is None
