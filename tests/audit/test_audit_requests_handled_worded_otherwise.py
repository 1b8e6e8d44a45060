# Round 44
"""Requests handled in the year, worded 办理/处理 and 依申请公开, in 件 or 条 (round 44).

Blind 40's ``yinchuan_cgj_2024``: ``全年办理政府信息依申请公开9条`` was not read: round 26's wording of the requests handled
(``全年办理政府信息公开申请1件``, label 办理申请数, which table 三's 总计 may count as new, new and carried over, or handled)
wanted 申请 and 件. The request named 依申请公开, 条 for its unit, and 处理 (the 2021 heading's own verb) state the same
count. A page whose prose counts requests carried over (结转…N件) splits its requests into the years': the count handled
is then not read. The properties fail on the round-43 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._narrative import HANDLED_REQUESTS_LABEL
from tests.audit.messy import DATA, SETTINGS, STANDARD_YEARS, figure_of, opening, value_of

VERBS = st.sampled_from(("办理", "处理"))
WHEN = st.sampled_from(("全年", "本年度", "年内"))
REQUESTS = st.sampled_from(("政府信息依申请公开", "政府信息依申请公开申请"))
UNITS = st.sampled_from(("件", "条"))


def _sentence(when: str, verb: str, requests: str, count: int, unit: str) -> str:
    return f"{when}{verb}{requests}{count}{unit},本机关不掌握政府信息答复1条。\n"


class TestHandledWordedOtherwise:
    @SETTINGS
    @given(
        year=STANDARD_YEARS, when=WHEN, verb=VERBS, requests=REQUESTS, unit=UNITS, count=st.integers(0, 5000)
    )
    def test_requests_handled_are_read_as_round_26s(  # noqa: PLR0913 - the wording's parts
        self, year: int, *, when: str, verb: str, requests: str, unit: str, count: int
    ) -> None:
        read = figure_of(opening(year) + _sentence(when, verb, requests, count, unit), "requests_received")
        assert read is not None
        assert read.value == count
        # "依申请公开N件" was read before, as 受理 (the request pattern's own, whatever the verb); in 条 it is round 26's
        if unit == "条":
            assert read.label == HANDLED_REQUESTS_LABEL

    @SETTINGS
    @given(year=STANDARD_YEARS, when=WHEN, unit=UNITS, count=st.integers(0, 5000))
    def test_processed_requests_are_read(self, year: int, when: str, unit: str, count: int) -> None:
        page = opening(year) + f"{when}处理政府信息公开申请{count}{unit},全部按时办结。\n"
        assert value_of(page, "requests_received") == count

    def test_the_blind_40_page(self) -> None:
        page = (DATA / "published_blind_40" / "yinchuan_cgj_2024.txt").read_text(encoding="utf-8")
        assert value_of(page, "requests_received") == 9


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, verb=VERBS, count=st.integers(1, 5000), carried=st.integers(0, 99))
    def test_guard_a_carried_over_count_leaves_it(
        self, year: int, verb: str, count: int, carried: int
    ) -> None:
        page = opening(year) + (
            f"全年{verb}政府信息依申请公开{count}条。上年结转政府信息公开申请{carried}件。\n"
        )
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, verb=VERBS, received=st.integers(0, 5000), count=st.integers(0, 5000))
    def test_guard_a_count_received_comes_first(
        self, year: int, verb: str, received: int, count: int
    ) -> None:
        page = (
            opening(year) + f"全年收到政府信息公开申请{received}件,全年{verb}政府信息依申请公开{count}条。\n"
        )
        assert value_of(page, "requests_received") == received

    @SETTINGS
    @given(year=STANDARD_YEARS, verb=VERBS, count=st.integers(0, 5000))
    def test_guard_no_year_word_no_reading(self, year: int, verb: str, count: int) -> None:
        page = opening(year) + f"累计{verb}政府信息依申请公开{count}条。\n"
        assert value_of(page, "requests_received") is None
