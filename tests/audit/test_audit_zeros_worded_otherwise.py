# Round 46
"""Zeros worded otherwise: 行政复议、行政诉讼数量为0件 · 未有依申请政府公开信息 (round 46).

Blind 42's ``lipu_2022``: "因政府信息公开被申请行政复议、行政诉讼数量为0件" left the reviews and lawsuits unread (数量 between
the two nouns and their joint zero); ``qinzhou_hqtzq_2022``: "2022年度我单位未有依申请政府公开信息" left the requests unread
(未有 was no negation before the request itself, and 政府 stood between 依申请 and 公开). The properties fail on the
round-45 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

NEGATIONS = st.sampled_from(["未有", "无", "没有", "未"])
REQUEST_NOUNS = st.sampled_from(["", "政府", "信息", "政府信息"])
BOTH_JOINED = st.sampled_from(["、", "和", "及"])
COUNT_WORDS = st.sampled_from(["数量", "数"])


class TestJointZeroWithItsCountWord:
    @SETTINGS
    @given(year=STANDARD_YEARS, joined=BOTH_JOINED, word=COUNT_WORDS, verb=st.sampled_from(["为", "是", ""]))
    def test_reviews_and_lawsuits_count_zero(self, year: int, joined: str, word: str, verb: str) -> None:
        page = (
            opening(year)
            + f"全年收到政府信息公开申请2件。因政府信息公开被申请行政复议{joined}行政诉讼{word}{verb}0件。\n"
        )
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, joined=BOTH_JOINED, word=COUNT_WORDS, count=st.integers(1, 99))
    def test_guard_a_joint_count_above_zero_is_neither_figure(
        self, year: int, joined: str, word: str, count: int
    ) -> None:
        page = (
            opening(year)
            + f"全年收到政府信息公开申请2件。因政府信息公开被申请行政复议{joined}行政诉讼{word}为{count}件。\n"
        )
        assert value_of(page, "administrative_reviews") is None
        assert value_of(page, "lawsuits") is None


class TestNoRequestWeiyouBeforeTheRequest:
    @SETTINGS
    @given(year=STANDARD_YEARS, noun=REQUEST_NOUNS)
    def test_weiyou_before_the_request_reads_no_request(self, year: int, noun: str) -> None:
        page = (
            opening(year) + f"{year}年度我单位未有依申请{noun}公开信息;未有政府信息公开申请行政复议的情况。\n"
        )
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, negation=NEGATIONS)
    def test_government_between_the_request_and_its_disclosure(self, year: int, negation: str) -> None:
        page = opening(year) + f"{year}年度我局{negation}依申请政府公开信息。\n"
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, negation=NEGATIONS, noun=REQUEST_NOUNS)
    def test_guard_a_review_after_the_request_zeroes_no_request(
        self, year: int, negation: str, noun: str
    ) -> None:
        page = opening(year) + f"{year}年度{negation}依申请{noun}公开引发的行政复议。\n"
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 99))
    def test_guard_a_count_under_the_requests_heading_is_read(self, year: int, count: int) -> None:
        page = opening(year) + f"三、依申请政府公开信息情况\n全年收到政府信息公开申请{count}件。\n"
        assert value_of(page, "requests_received") == count
