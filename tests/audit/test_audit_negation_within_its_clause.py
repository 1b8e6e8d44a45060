# Round 59
"""A negation of a review governs its own clause only: a count stated after it is read as itself (round 59).

Round 58 found that ``_NO_CASES`` read "no review" in blind 53's ``hejiang_wsjkj_2024`` ("2023年未转结政府信息公开申请,
进入行政复议程序和行政诉讼程序均为0件"): 未 negates the carry-over, yet the pattern's 30 characters crossed the comma to
行政复议, so a count other than 0 there would have been read as 0 — a figure invented. Likewise blind 30's
``zhonglou_nandajie_2024`` ("行政复议0件,尚未审结行政复议0件"): 未 in 尚未审结 names the pending reviews, and the whole
sentence was read through that negation. The properties (a count N ≥ 1 in a clause after a negated one, or beside a
pending count) fail on the round-58 code, which read 0; the guards (a negation in the review's own clause, with or without
a negated clause before it, still reads 0 for reviews and lawsuits) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, standard_page, value_of

COUNT = st.integers(1, 30)
# Negated clauses of development pages before a comma (the carry-over's, the requests', a fee's)
NEGATED_CLAUSE = st.sampled_from(
    [
        "未转结政府信息公开申请",
        "无结转政府信息公开申请",
        "未收到政府信息公开申请",
        "没有收到依申请公开的申请",
        "未发生政府信息公开收费情况",
    ]
)
# Review clauses that count in digits, with no negation of their own
COUNTED = st.sampled_from(
    [
        "进入行政复议程序和行政诉讼程序均为{n}件",
        "因政府信息公开申请行政复议{n}件",
        "发生行政复议案件{n}件",
    ]
)
# A negation in the review's own clause (development wordings)
NEGATED_REVIEWS = st.sampled_from(
    [
        "未发生因政府信息公开申请行政复议、提起行政诉讼的情况",
        "无因政府信息公开申请行政复议、提起行政诉讼的案件",
        "也未发生因政府信息公开引发的行政复议和行政诉讼",
        "没有行政复议、行政诉讼的情况",
    ]
)


def _legacy_page(year: int, sentence: str) -> str:
    """A five-part report before 2019 whose section 四 states ``sentence`` alone."""
    return (
        f"某县某局{year}年度政府信息公开工作年度报告\n"
        f"本报告统计期限自{year}年1月1日起至{year}年12月31日止。\n"
        f"一、主动公开政府信息的情况\n本年度主动公开政府信息12条。\n"
        "二、依申请公开信息的情况和不予公开信息的情况\n本年度没有收到政府信息公开申请。\n"
        "三、信息公开的收费及减免情况\n本年度没有收取任何费用。\n"
        f"四、因信息公开申请行政复议、提起行政诉讼的情况\n{sentence}\n"
    )


class TestNegationWithinItsClause:
    @SETTINGS
    @given(year=STANDARD_YEARS, negated=NEGATED_CLAUSE, counted=COUNTED, n=COUNT)
    def test_a_count_after_a_negated_clause_is_never_zero(
        self, year: int, negated: str, counted: str, n: int
    ) -> None:
        page = standard_page(year, f"{year}年度,{negated}," + counted.format(n=n) + "。")
        assert value_of(page, "administrative_reviews") in (n, None)
        assert value_of(page, "lawsuits") in (n, None)

    @SETTINGS
    @given(year=STANDARD_YEARS, n=COUNT, pending=st.integers(0, 30))
    def test_a_pending_count_s_negation_is_no_zero(self, year: int, n: int, pending: int) -> None:
        # blind 30's zhonglou_nandajie_2024: "行政复议0件,尚未审结行政复议0件和提起行政诉讼0件"
        page = standard_page(
            year,
            f"本年度因政府信息公开申请行政复议{n}件,尚未审结行政复议{min(pending, n)}件和提起行政诉讼{n}件。",
        )
        assert value_of(page, "administrative_reviews") in (n, None)
        assert value_of(page, "lawsuits") in (n, None)

    @SETTINGS
    @given(year=LEGACY_YEARS, negated=NEGATED_CLAUSE, n=COUNT)
    def test_legacy_a_count_after_a_negated_clause_is_never_zero(
        self, year: int, negated: str, n: int
    ) -> None:
        page = _legacy_page(year, f"本年度{negated},因政府信息公开申请行政复议{n}件。")
        assert value_of(page, "administrative_reviews") in (n, None)


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, negated=NEGATED_CLAUSE, reviews=NEGATED_REVIEWS)
    def test_guard_a_negation_in_the_review_s_own_clause_reads_zero(
        self, year: int, negated: str, reviews: str
    ) -> None:
        page = standard_page(year, f"{year}年度,{negated},{reviews}。")
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=LEGACY_YEARS, reviews=NEGATED_REVIEWS)
    def test_guard_legacy_negation_in_its_own_clause_reads_zero(self, year: int, reviews: str) -> None:
        page = _legacy_page(year, f"本年度{reviews}。")
        assert value_of(page, "administrative_reviews") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, n=st.integers(0, 30))
    def test_guard_a_count_with_no_negation_reads(self, year: int, n: int) -> None:
        page = standard_page(year, f"本年度因政府信息公开申请行政复议{n}件,提起行政诉讼{n}件。")
        assert value_of(page, "administrative_reviews") == n
        assert value_of(page, "lawsuits") == n
