# Round 65
"""A count of requests first, in 项, of the requests named 依申请公开事项 is the requests received (round 65).

Blind 59's ``pingliang_jtj_2024``: ``本年度收到1项依申请公开事项,已按程序审批后办理。`` — its reading records requests 1.
The count after the requests (``收到依申请公开事项29项``) and the count first in 件 or 条 (``共计收到2件政府信息公开申请``) were
read; the count first in 项 before 依申请公开事项/申请 was not. Over every development reading, all 11 pages that print a
received count first (收到/受理/接到 + N + 件/条/项 + the requests) record it. The property fails on the round-64 code; the
guards (a count of another kind's applications in 项; a count of requests handled, 办理, which the readings split on;
a count first in 件 as before) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

VERBS = st.sampled_from(["收到", "共收到", "受理", "共受理", "接到"])
NOUNS = st.sampled_from(["依申请公开事项", "依申请公开申请", "依申请公开政府信息事项"])
OPENERS = st.sampled_from(["本年度", "{year}年,本机关", "全年"])
COUNTS = st.integers(0, 999)


def _requests_page(year: int, sentence: str) -> str:
    return opening(year) + f"(二)依申请公开情况\n{sentence}\n"


class TestRequestsCountedFirstInXiang:
    @SETTINGS
    @given(year=STANDARD_YEARS, verb=VERBS, noun=NOUNS, opener=OPENERS, count=COUNTS)
    def test_a_count_first_in_xiang_of_the_requests_is_read(
        self, year: int, verb: str, noun: str, opener: str, count: int
    ) -> None:
        sentence = f"{opener.format(year=year)}{verb}{count}项{noun},已按程序审批后办理。"
        assert value_of(_requests_page(year, sentence), "requests_received") == count


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, verb=VERBS, count=COUNTS)
    def test_guard_another_kind_s_applications_in_xiang_are_no_requests(
        self, year: int, verb: str, count: int
    ) -> None:
        sentence = f"全年{verb}{count}项行政许可事项申请,均按时办结。"
        assert value_of(_requests_page(year, sentence), "requests_received") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNTS, noun=NOUNS)
    def test_guard_requests_handled_stay_unread(self, year: int, count: int, noun: str) -> None:
        sentence = f"{year}年度共办理{noun}{count}项,均按照规定予以答复。"
        assert value_of(_requests_page(year, sentence), "requests_received") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNTS)
    def test_guard_a_count_first_in_jian_is_read_as_before(self, year: int, count: int) -> None:
        sentence = f"{year}年度本机关共计收到{count}件政府信息公开申请,均在法定期限内予以答复。"
        assert value_of(_requests_page(year, sentence), "requests_received") == count
