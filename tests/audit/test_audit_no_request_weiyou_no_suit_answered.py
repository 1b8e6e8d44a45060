"""No request worded 未有受理…申请, no lawsuit worded 无行政应诉案件 (round 39).

Blind 35's ``wujin_tyjrswj_2022``: "未有受理信息公开申请、行政复议、诉讼和申诉情况" (the reviews and lawsuits were read as 0,
the requests left unread: 未有 was no negation before 受理); ``sichuan_tyjrt_2023_tw``: "政府信息公开引发的行政复议1件,
无行政应诉案件" (no suit the body answered, of any kind, so none over its disclosure). The properties fail on the round-38
code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

VERBS = st.sampled_from(["受理", "收到", "接到"])


class TestNoRequestWeiyou:
    @SETTINGS
    @given(
        year=STANDARD_YEARS, verb=VERBS, rest=st.sampled_from(["、行政复议、诉讼和申诉情况", "的情况", ""])
    )
    def test_weiyou_before_the_verb_reads_no_request(self, year: int, verb: str, rest: str) -> None:
        page = opening(year) + f"我局{year}年度主动公开政府信息15条。未有{verb}信息公开申请{rest}。\n"
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 99))
    def test_guard_a_count_of_requests_is_read_as_it_stands(self, year: int, count: int) -> None:
        page = opening(year) + f"全年受理政府信息公开申请{count}件,办结{count}件。未有行政复议。\n"
        assert value_of(page, "requests_received") == count


class TestNoSuitAnswered:
    @SETTINGS
    @given(year=STANDARD_YEARS, reviews=st.integers(0, 9), case=st.sampled_from(["案件", "案", ""]))
    def test_no_suit_answered_reads_no_lawsuit(self, year: int, reviews: int, case: str) -> None:
        page = opening(year) + f"政府信息公开引发的行政复议{reviews}件,无行政应诉{case}。\n"
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, suits=st.integers(1, 9))
    def test_guard_a_count_of_suits_answered_is_no_zero(self, year: int, suits: int) -> None:
        page = opening(year) + f"全年行政应诉案件{suits}件,无行政应诉败诉案件。\n"
        assert value_of(page, "lawsuits") != 0
