# Round 50
"""A requests sentence stating its zero in characters — 零 or 无 — is the year's 0 requests (round 50).

Round 47 read a terse zero under the requests' heading; "政府信息公开申请数为0" was read, but "…申请数为零" (零 for the
digit) and "无政府信息公开申请" (无 before the request noun, no verb) were not: blind 38's ``lizhou_xczxj_2022`` states
"2022年区乡村振兴局无政府信息公开申请", its reading's 0. Not read: a zero of reviews or lawsuits a request caused, or of
fees. The properties fail on the round-49 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, overview_page, value_of

SUBJECT = st.sampled_from(["", "本年度,", "全年", "我局", "本年度我镇"])
ZERO_IN_CHARACTERS = st.sampled_from(
    [
        "收到政府信息公开申请数为零",
        "政府信息公开申请数量为零",
        "政府信息公开申请件数为零",
        "收到的政府信息公开申请为零",
        "依申请公开数为零",
        "依申请公开数量为零件",
        "无政府信息公开申请",
        "没有信息公开申请",
    ]
)


def _standard(year: int, line: str) -> str:
    return overview_page(year, "全年主动公开政府信息30条。\n(二)依申请公开情况\n" + line)


class TestRequestZeroInCharacters:
    @SETTINGS
    @given(year=STANDARD_YEARS, subject=SUBJECT, zero=ZERO_IN_CHARACTERS)
    def test_a_zero_in_characters_is_the_year_s_zero(self, year: int, subject: str, zero: str) -> None:
        assert value_of(_standard(year, f"{subject}{zero}。"), "requests_received") == 0


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, subject=SUBJECT, count=st.integers(1, 500))
    def test_guard_a_count_in_digits_keeps_its_reading(self, year: int, subject: str, count: int) -> None:
        assert (
            value_of(_standard(year, f"{subject}收到政府信息公开申请{count}件。"), "requests_received")
            == count
        )

    @SETTINGS
    @given(year=STANDARD_YEARS, subject=SUBJECT, caused=st.sampled_from(["引发的行政复议", "引起的行政诉讼"]))
    def test_guard_a_review_a_request_caused_is_no_request(
        self, year: int, subject: str, caused: str
    ) -> None:
        line = f"{subject}收到政府信息公开申请3件,无因政府信息公开申请{caused}。"
        assert value_of(_standard(year, line), "requests_received") == 3

    @SETTINGS
    @given(year=STANDARD_YEARS, subject=SUBJECT)
    def test_guard_no_fee_says_nothing_of_requests(self, year: int, subject: str) -> None:
        assert (
            value_of(_standard(year, f"{subject}无政府信息公开申请收费情况。"), "requests_received") is None
        )
