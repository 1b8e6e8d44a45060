# Round 60
"""A negation of what requests caused is no "no requests"; a negation's zero never beats a stated count (round 60).

Blind 55's ``yucheng_szfbgs_2024`` ("共受理公民、法人提出的政府信息公开申请15件,…均已依法答复,未发生因政府信息公开申请引…",
the excerpt cut mid-word) read requests 0: ``_NO_REQUESTS`` took 未发生 … 申请 as "no request came", and the clause after
the request (引发的行政复议 …) was lost, so nothing told it the request was a cause. What 未发生因/由 … 申请 denies is a
consequence of requests, whatever follows. The properties (a negation of a consequence, complete or cut, after a count;
a negation's zero beside a count of the same section; a consequence's negation alone; a clause cut by the excerpt's end) fail on the round-59 code, which
read 0; the guards (a plain negation reads 0; a count with no negation reads; a closed clause
before the page's end reads 0) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

COUNT = st.integers(1, 60)
# What requests caused, negated (development wordings, complete and cut by an excerpt's end)
CONSEQUENCE = st.sampled_from(
    [
        "未发生因政府信息公开申请引",
        "未发生因政府信息公开申请引发的行政复议",
        "未发生因政府信息公开申请导致的投诉",
        "没有发生由政府信息公开申请引起的纠纷",
        "未发生因依申请公开引发的舆情",
        "无因政府信息公开申请产生的争议",
    ]
)
# Plain negations that no request came (development wordings)
NO_REQUEST = st.sampled_from(
    [
        "未收到政府信息公开申请",
        "没有收到依申请公开的申请",
        "未发生依申请公开政府信息的情况",
        "无依申请公开",
    ]
)


def _page(year: int, body: str, *, end: str = "。") -> str:
    """A 2021-format opening whose section 一 holds ``body`` as its last sentence, ended by ``end``."""
    return opening(year) + body + end


class TestNegationOfWhatRequestsCaused:
    @SETTINGS
    @given(year=STANDARD_YEARS, n=COUNT, negated=CONSEQUENCE, end=st.sampled_from(["。", ""]))
    def test_a_consequence_s_negation_after_a_count_is_never_zero(
        self, year: int, n: int, negated: str, end: str
    ) -> None:
        page = _page(
            year, f"{year}年,共受理公民、法人提出的政府信息公开申请{n}件,均已依法答复,{negated}", end=end
        )
        assert value_of(page, "requests_received") in (n, None)

    @SETTINGS
    @given(year=STANDARD_YEARS, n=COUNT, negated=NO_REQUEST)
    def test_a_negation_s_zero_never_beats_a_count_of_the_same_section(
        self, year: int, n: int, negated: str
    ) -> None:
        # the zero and the count are rivals: the figure is the count or unread, never 0
        page = _page(year, f"{year}年,{negated}。本年度共收到政府信息公开申请{n}件")
        assert value_of(page, "requests_received") in (n, None)

    @SETTINGS
    @given(year=STANDARD_YEARS, negated=CONSEQUENCE)
    def test_a_consequence_s_negation_alone_is_no_zero_of_requests(self, year: int, negated: str) -> None:
        page = _page(year, f"{year}年,{negated}")
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        negated=st.sampled_from(["未收到政府信息公开申请", "没有收到依申请公开的申请", "无依申请公开"]),
        lost=st.sampled_from(["行政复", "引发的行政诉", "行政复议、提起行"]),
    )
    def test_a_clause_cut_by_the_excerpt_s_end_yields_no_zero(
        self, year: int, negated: str, lost: str
    ) -> None:
        # the excerpt ends inside the clause: what the negation denies runs on into what was lost
        page = _page(year, f"{year}年,{negated}{lost}", end="")
        assert value_of(page, "requests_received") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, negated=NO_REQUEST)
    def test_guard_a_plain_negation_reads_zero(self, year: int, negated: str) -> None:
        page = _page(year, f"{year}年,{negated}")
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, n=COUNT)
    def test_guard_a_count_with_no_negation_reads(self, year: int, n: int) -> None:
        page = _page(year, f"{year}年,共受理公民、法人提出的政府信息公开申请{n}件,均已依法答复")
        assert value_of(page, "requests_received") == n

    @SETTINGS
    @given(year=STANDARD_YEARS, negated=NO_REQUEST, tail=st.sampled_from(["的情况", "事项"]))
    def test_guard_a_closed_clause_before_the_end_reads_zero(
        self, year: int, negated: str, tail: str
    ) -> None:
        # the same negation with its clause closed, and a sentence after it: the excerpt's end cuts nothing
        page = _page(year, f"{year}年,{negated}{tail}。本单位将继续做好政府信息公开工作")
        assert value_of(page, "requests_received") == 0
