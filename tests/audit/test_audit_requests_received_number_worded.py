# Round 62
"""A count of requests received worded 受理…申请数量为N, with no unit, is the requests received (round 62).

Blind 57's ``donghu_fjq_bgs_2024``: "2024年,办公室受理政府信息公开申请数量为0。" left the requests unread (the reading records
0). Round 28's wording (政府信息公开申请数为N, unit optional, the clause ending after it) kept out a 理 before it, to keep
out 办理 (requests handled, which may take in those carried over), and so kept out 受理 as well. Over the development
texts the unit-less wording stands on two pages (blind 26's ``shulan_jjj_2013``, read already, and this one) and both
readings take the count. The property fails on the round-61 code; the guards (办理/处理 …申请数量为N stays unread; a
count followed by a digit of a flattened row stays unread) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

SUBJECTS = st.sampled_from(["办公室", "本机关", "我局", ""])
NUMBER_WORDS = st.sampled_from(["数量为", "数为", "总数为", "数量是"])


class TestRequestsReceivedNumberWorded:
    @SETTINGS
    @given(year=STANDARD_YEARS, subject=SUBJECTS, words=NUMBER_WORDS, count=st.integers(0, 999))
    def test_accepted_requests_number_is_read(self, year: int, subject: str, words: str, count: int) -> None:
        page = opening(year) + (
            f"{year}年,{subject}受理政府信息公开申请{words}{count}。无因政府信息公开申请引起的行政复议和行政诉讼。\n"
        )
        assert value_of(page, "requests_received") == count


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        verb=st.sampled_from(["办理", "处理"]),
        words=NUMBER_WORDS,
        count=st.integers(1, 999),
    )
    def test_guard_handled_requests_number_stays_unread(
        self, year: int, verb: str, words: str, count: int
    ) -> None:
        page = opening(year) + f"{year}年,本机关{verb}政府信息公开申请{words}{count}。\n"
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 999))
    def test_guard_a_flattened_row_stays_unread(self, year: int, count: int) -> None:
        page = opening(year) + f"本年受理政府信息公开申请数量 {count} 0 0 0 0 0 {count}\n"
        assert value_of(page, "requests_received") is None
