"""The requests carried over, one fragment for both wordings, one confidence for the new requests (round 36).

Before round 36 ``其中上年结转N件`` and ``(含上年结转N件)`` repeated the carried-over words, and only the bracket accepted 宗,
去年 or a year ("共受理…申请12宗，其中上年结转2宗" read 12 as the count 受理). Both now share one fragment, and the new
requests derived from either are as sure (0.6: the page does not print them). The first property fails on the round-35
code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, figure_of, opening

YEARS = st.integers(2021, 2025)
NEW = st.integers(0, 300)
CARRIED = st.integers(1, 30)
UNITS = st.sampled_from(["件", "宗"])
SINCE = st.sampled_from(["上年", "上年度", "上一年度", "去年", "{previous}年度", "{previous}年"])
WORDINGS = st.sampled_from(["，其中{since}结转{carried}{unit}", "(含{since}结转{carried}{unit})"])


def _page(year: int, total: int, unit: str, after: str) -> str:
    return opening(year) + f"{year}年，共受理政府信息公开申请{total}{unit}{after}。\n"


class TestOneFragment:
    @SETTINGS
    @given(year=YEARS, new=NEW, carried=CARRIED, words=st.tuples(UNITS, SINCE, WORDINGS))
    def test_either_wording_derives_the_new_requests_as_sure(
        self, year: int, new: int, carried: int, words: tuple[str, str, str]
    ) -> None:
        unit, since, wording = words
        after = wording.format(since=since.format(previous=year - 1), carried=carried, unit=unit)
        figure = figure_of(_page(year, new + carried, unit, after), "requests_received")
        assert figure is not None
        assert (figure.value, figure.label, figure.confidence) == (new, "收到申请数", 0.6)


class TestGuards:
    @SETTINGS
    @given(year=YEARS, new=st.integers(0, 5), words=st.tuples(UNITS, WORDINGS))
    def test_guard_more_carried_than_the_count_derives_nothing(
        self, year: int, new: int, words: tuple[str, str]
    ) -> None:
        unit, wording = words
        after = wording.format(since="上年", carried=new + 10, unit=unit)
        figure = figure_of(_page(year, new, unit, after), "requests_received")
        assert figure is not None
        assert (figure.value, figure.label) == (new, "受理申请数")

    @SETTINGS
    @given(year=YEARS, new=NEW, unit=UNITS)
    def test_guard_carried_to_next_year_is_no_part(self, year: int, new: int, unit: str) -> None:
        figure = figure_of(_page(year, new, unit, f"，结转下年度{min(new, 3)}{unit}"), "requests_received")
        assert figure is not None
        assert (figure.value, figure.label, figure.confidence) == (new, "受理申请数", 0.8)
