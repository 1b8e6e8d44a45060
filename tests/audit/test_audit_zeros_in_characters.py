# Round 47
"""Zeros of reviews and lawsuits written in characters: 为零 · 均为零 (round 47).

Round 46 left them: the review and lawsuit patterns capture digits and ran only on a sentence holding one, so
"因政府信息公开被申请行政复议、提起行政诉讼的案件数量均为零" read neither figure. A zero written 零 right after its noun (and
its count word) is that noun's 0; a joint zero is each one's, as the digit 0 is (round 46). A rate (纠错率为零) or another
noun's zero is none. The properties fail on the round-46 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

REQUESTS = "全年收到政府信息公开申请2件。"
JOINED = st.sampled_from(["、", "和", "及"])
COUNT_WORDS = st.sampled_from(["", "数量", "案件数量", "案件数", "件数"])
EACH = st.sampled_from(["均为零", "都为零", "均是零"])


class TestZerosInCharacters:
    @SETTINGS
    @given(year=STANDARD_YEARS, joined=JOINED, word=COUNT_WORDS, each=EACH)
    def test_a_joint_zero_in_characters_is_each_one_s(
        self, year: int, joined: str, word: str, each: str
    ) -> None:
        page = (
            opening(year) + REQUESTS + f"因政府信息公开被申请行政复议{joined}提起行政诉讼的{word}{each}。\n"
        )
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, word=COUNT_WORDS, verb=st.sampled_from(["为零", "是零"]))
    def test_each_zero_in_its_own_clause(self, year: int, word: str, verb: str) -> None:
        page = opening(year) + REQUESTS + f"政府信息公开行政复议{word}{verb},行政诉讼{word}{verb}。\n"
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS, noun=st.sampled_from(["行政复议纠错率", "行政复议被纠错率", "行政诉讼败诉率"])
    )
    def test_guard_a_rate_of_zero_is_no_count(self, year: int, noun: str) -> None:
        page = opening(year) + REQUESTS + f"{noun}为零。\n"
        assert value_of(page, "administrative_reviews") is None
        assert value_of(page, "lawsuits") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 99))
    def test_guard_a_zero_of_another_noun_leaves_a_count(self, year: int, count: int) -> None:
        page = opening(year) + REQUESTS + f"被申请行政复议{count}件,行政复议纠错为零,行政诉讼{count}件。\n"
        assert value_of(page, "administrative_reviews") == count
        assert value_of(page, "lawsuits") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, joined=JOINED, count=st.integers(0, 99))
    def test_guard_a_zero_in_digits_is_read_as_before(self, year: int, joined: str, count: int) -> None:
        page = (
            opening(year)
            + REQUESTS
            + f"因政府信息公开被申请行政复议{joined}提起行政诉讼的案件均为{count}件。\n"
        )
        assert value_of(page, "administrative_reviews") == count
        assert value_of(page, "lawsuits") == count
