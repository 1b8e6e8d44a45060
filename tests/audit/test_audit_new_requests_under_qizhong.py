"""The new requests a 其中 states under a total of requests handled outrank the total (round 40).

Blind 36's ``tongliang_zfb_2025``: "共受理政府信息公开申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续
办理2件" was read as 15 received (the 14 new requests are printed), and the four counts were summed into one list of 30
(a warning the page does not deserve: the first two make the 15, the last two are how it ended). The properties fail on
the round-39 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited, opening, value_of

NEW_WORDS = st.sampled_from(["新收到", "新受理", "本年新收", "当年新收到", "本年度新受理", "新接收", "新收"])
CARRIED_WORDS = st.sampled_from(["结转上年度办理", "上年结转", "上年度结转"])
UNITS = st.sampled_from(["件", "宗"])


class TestNewRequestsUnderQizhong:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        new=st.integers(1, 300),
        carried=st.integers(0, 30),
        words=st.tuples(NEW_WORDS, CARRIED_WORDS),
        unit=UNITS,
    )
    def test_the_new_part_is_the_years_requests(
        self, year: int, new: int, carried: int, words: tuple[str, str], unit: str
    ) -> None:
        new_word, carried_word = words
        page = opening(year) + (
            f"{year}年本机关共受理政府信息公开申请{new + carried}{unit},"
            f"其中{new_word}{new}{unit},{carried_word}{carried}{unit}。\n"
        )
        assert value_of(page, "requests_received") == new

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        new=st.integers(1, 300),
        carried=st.integers(1, 30),
        new_word=st.sampled_from(["新收到", "新受理", "本年新收", "当年新收到"]),
    )
    def test_the_new_part_after_the_carried_part(
        self, year: int, new: int, carried: int, new_word: str
    ) -> None:
        page = opening(year) + (
            f"{year}年本机关共受理政府信息公开申请{new + carried}件,其中上年结转{carried}件,{new_word}{new}件。\n"
        )
        assert value_of(page, "requests_received") == new

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        new=st.integers(1, 300),
        carried=st.integers(0, 30),
        left=st.integers(0, 30),
        new_word=NEW_WORDS,
    )
    def test_how_the_requests_ended_is_no_more_parts(
        self, year: int, new: int, carried: int, left: int, new_word: str
    ) -> None:
        total = new + carried
        closed = max(total - left, 0)
        page = opening(year) + (
            f"{year}年本机关共受理政府信息公开申请{total}件,其中{new_word}{new}件,结转上年度办理{carried}件,"
            f"办结{closed}件,结转下年度继续办理{total - closed}件。\n"
        )
        assert "text.count_mismatch" not in [finding.code for finding in audited(page).findings]

    @SETTINGS
    @given(year=STANDARD_YEARS, new=st.integers(1, 300), carried=st.integers(1, 30), gap=st.integers(1, 9))
    def test_guard_intake_parts_that_miss_the_total_are_still_reported(
        self, year: int, new: int, carried: int, gap: int
    ) -> None:
        total = new + carried + gap
        page = opening(year) + (
            f"{year}年本机关共受理政府信息公开申请{total}件,其中新收到{new}件,结转上年度办理{carried}件,"
            f"办结{total}件,结转下年度继续办理0件。\n"
        )
        assert "text.count_mismatch" in [finding.code for finding in audited(page).findings]

    @SETTINGS
    @given(year=STANDARD_YEARS, total=st.integers(2, 300), data=st.data())
    def test_guard_a_carried_part_alone_still_derives_the_new_requests(
        self, year: int, total: int, data: st.DataObject
    ) -> None:
        carried = data.draw(st.integers(1, total - 1))
        page = opening(year) + f"{year}年共受理政府信息公开申请{total}件,其中上年结转{carried}件。\n"
        assert value_of(page, "requests_received") == total - carried
