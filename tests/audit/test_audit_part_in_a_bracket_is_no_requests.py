# Round 61
"""A part in a bracketed 其中 is never the count of requests (round 61).

Blind 56's ``liupanshui_yjj_2024`` read its requests as 2 from "共收到3份依申请公开信件(其中2份为网络申请,1份为邮寄申请)":
the first wording of ``_REQUESTS`` ran from 收到 over the count 3份 to the first 申请 (依申请公开信件) and took the next count,
inside the bracket. A count in 份/封/件/个 before the 申请 it counts is the count, and the bracket's parts are parts; where
the count before the bracket is in a unit the reader does not take (批次, 人次), a part inside the bracket is not read
either — unread beats a part. The properties fail on the round-60 code (which read the bracket's first part); the
guards (the count after 申请 with a bracket of parts; a count with no bracket) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

UNIT = st.sampled_from(["份", "封", "件", "个"])
NOUN = st.sampled_from(["依申请公开信件", "依申请公开申请", "政府信息公开申请", "依申请公开事项"])
PARTS = st.tuples(st.integers(1, 40), st.integers(1, 40))
CHANNELS = st.sampled_from([("网络申请", "邮寄申请"), ("网上申请", "当面申请"), ("信函申请", "网络申请")])


def _page(year: int, text: str) -> str:
    return opening(year) + f"(一)主动公开\n本局全年主动公开政府信息12条。\n(二)依申请公开\n{text}\n"


class TestPartInABracketIsNoRequests:
    @SETTINGS
    @given(year=STANDARD_YEARS, unit=UNIT, noun=NOUN, parts=PARTS, channels=CHANNELS)
    def test_the_count_before_the_bracket_is_read(
        self, year: int, unit: str, noun: str, parts: tuple[int, int], channels: tuple[str, str]
    ) -> None:
        first, second = parts
        text = (
            f"{year}年,本局共收到{first + second}{unit}{noun}(其中{first}{unit}为{channels[0]},"
            f"{second}{unit}为{channels[1]}),均已办结。"
        )
        assert value_of(_page(year, text), "requests_received") == first + second

    @SETTINGS
    @given(year=STANDARD_YEARS, unit=st.sampled_from(["批次", "人次", "批"]), parts=PARTS, channels=CHANNELS)
    def test_a_part_is_never_read_for_a_count_not_taken(
        self, year: int, unit: str, parts: tuple[int, int], channels: tuple[str, str]
    ) -> None:
        first, second = parts
        text = (
            f"{year}年,本局共收到{first + second}{unit}依申请公开材料(其中{first}份为{channels[0]},"
            f"{second}份为{channels[1]}),均已办结。"
        )
        assert value_of(_page(year, text), "requests_received") in (None, first + second)


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, parts=PARTS, channels=CHANNELS)
    def test_guard_the_count_after_the_request_with_its_parts_reads(
        self, year: int, parts: tuple[int, int], channels: tuple[str, str]
    ) -> None:
        first, second = parts
        text = f"{year}年,本局共收到政府信息公开申请{first + second}件(其中{channels[0]}{first}件,{channels[1]}{second}件)。"
        assert value_of(_page(year, text), "requests_received") == first + second

    @SETTINGS
    @given(year=STANDARD_YEARS, unit=UNIT, count=st.integers(1, 80))
    def test_guard_a_count_with_no_bracket_reads(self, year: int, unit: str, count: int) -> None:
        text = f"{year}年,本局共收到{count}{unit}政府信息公开申请,均已办结。"
        assert value_of(_page(year, text), "requests_received") == count
