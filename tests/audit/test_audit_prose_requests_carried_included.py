"""Requests 受理/办理 N (含上年结转 M): the new requests are N − M, less sure (round 33, docs/audit.md).

``guangzhou_jtj_2022_tw`` (blind set 30): ``接收且辦理…申請124宗(含2021年度結轉5宗)`` read 124 as the year's requests; 124 is
rows 一 + 二 (new + carried over), as the auditor already reads ``其中上年结转N件``. The new requests, 119, are derived from
the bracket and read at 0.6 (the page does not print them). The property fails on the round-32 code; each guard passes
on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, figure_of, opening

YEARS = st.integers(2021, 2025)
NEW = st.integers(0, 300)
CARRIED = st.integers(1, 30)
VERBS = st.sampled_from(["接收且办理", "共受理", "受理"])
UNITS = st.sampled_from(["件", "宗"])
CARRIED_FROM = st.sampled_from(["上年", "上年度", "{previous}年度", "{previous}年"])


def _page(year: int, verb: str, total: int, carried: str) -> str:
    return opening(year) + (
        f"（二）依申请公开情况。{year}年度，{verb}公民、法人或者其他组织提出的政府信息公开申请{total}{carried}，公民申请{total}件。\n"
    )


class TestCarriedInTheBracket:
    @SETTINGS
    @given(year=YEARS, verb=VERBS, words=st.tuples(UNITS, CARRIED_FROM), new=NEW, carried=CARRIED)
    def test_the_new_requests_are_the_count_less_the_carried(
        self, year: int, verb: str, words: tuple[str, str], new: int, carried: int
    ) -> None:
        unit, since = words
        since = since.format(previous=year - 1)
        page = _page(year, verb, new + carried, f"{unit}(含{since}结转{carried}{unit})")
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert (figure.value, figure.label, figure.confidence) == (new, "收到申请数", 0.6)


class TestGuards:
    @SETTINGS
    @given(year=YEARS, verb=VERBS, new=NEW)
    def test_guard_no_bracket_reads_the_count(self, year: int, verb: str, new: int) -> None:
        figure = figure_of(_page(year, verb, new, "件"), "requests_received")
        assert figure is not None
        assert (figure.value, figure.confidence) == (new, 0.8)

    @SETTINGS
    @given(year=YEARS, new=NEW, carried=CARRIED)
    def test_guard_the_qizhong_wording_is_as_sure(self, year: int, new: int, carried: int) -> None:
        # round 36: derived from 其中上年结转 as from (含上年结转): one reason, one confidence
        page = (
            opening(year) + f"{year}年，共受理政府信息公开申请{new + carried}件，其中上年结转{carried}件。\n"
        )
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert (figure.value, figure.confidence) == (new, 0.6)

    @SETTINGS
    @given(year=YEARS, new=st.integers(0, 5))
    def test_guard_more_carried_than_the_count_derives_nothing(self, year: int, new: int) -> None:
        page = _page(year, "共受理", new, f"件(含上年结转{new + 10}件)")
        figure = figure_of(page, "requests_received")
        assert figure is not None
        assert (figure.value, figure.label) == (new, "受理申请数")
