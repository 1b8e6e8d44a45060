# Round 62
"""A count of requests whose unit the extraction dropped is read where it ends its clause (round 62).

Blind 57's ``hongshan_jxkcj_2025`` ("2025年我局共收到政府信息公开申请3,截至2025年12月31日已全部办结") and blind 37's
``baiyun_tjj_2021`` ("2021年共收到信息公开申请6,我局均已按规定回复办结") left the requests unread; both readings record the
count (3, 6), and no development reading records such a count otherwise. A count right after 收到/受理…申请 that ends its
clause, with no digit after the mark (申请2,054件 is a thousands separator), is the requests received, read less sure as
every count with no unit. The property fails on the round-61 code; the guards (a thousands separator; a count in 件) pass
on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import UNITLESS_FIGURE_CONFIDENCE
from tests.audit.messy import SETTINGS, STANDARD_YEARS, figure_of, opening, value_of

VERBS = st.sampled_from(["共收到", "收到", "受理", "共受理", "接收"])
REQUESTS = st.sampled_from(["政府信息公开申请", "信息公开申请", "依申请公开申请"])
AFTER = st.sampled_from(
    [",截至12月31日已全部办结", ",我局均已按规定回复办结", "。均已按时答复", ";无行政复议和行政诉讼"]
)


class TestRequestsCountLostItsUnit:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        words=st.tuples(VERBS, REQUESTS, AFTER),
        count=st.integers(1, 999),
    )
    def test_a_unitless_count_ending_its_clause_is_read_less_sure(
        self, year: int, words: tuple[str, str, str], count: int
    ) -> None:
        verb, requests, after = words
        page = opening(year) + f"{year}年我局{verb}{requests}{count}{after}。\n"
        read = figure_of(page, "requests_received")
        assert read is not None
        assert int(read.value) == count
        assert read.confidence == UNITLESS_FIGURE_CONFIDENCE


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, thousands=st.integers(1, 9), rest=st.integers(0, 999))
    def test_guard_a_thousands_separator_is_one_count(self, year: int, thousands: int, rest: int) -> None:
        page = (
            opening(year)
            + f"{year}年,全区共收到政府信息公开申请{thousands},{rest:03d}件,办结{thousands}件。\n"
        )
        assert value_of(page, "requests_received") != thousands

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 999))
    def test_guard_a_count_in_jian_is_read(self, year: int, count: int) -> None:
        page = opening(year) + f"{year}年我局共收到政府信息公开申请{count}件,均已按时答复。\n"
        assert value_of(page, "requests_received") == count
