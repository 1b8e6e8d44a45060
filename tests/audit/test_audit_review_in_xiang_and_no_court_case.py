# Round 50
"""A review counted in 项, and no lawsuit worded as no case a court took, are read (round 50).

Blind 45's ``daying_xzf_2020_mirror`` states "涉及信息公开行政复议1项,由遂宁市人民政府行政复议,纳入结果纠正范围": 项 was no
unit of a review, and the words 结果纠正 (a header of table 四) made the sentence look like a header row, which a stated
count in 项 now rules out. Blind 44's ``liaoning_wsjkw_2020`` states "无人民法院受理并开庭审理涉及我委政府信息公开行为的
行政诉讼案件": 无, the cases described, then 行政诉讼案件 ending the clause — lawsuits 0. The properties fail on the round-49
code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, overview_page, value_of

COUNT = st.integers(1, 40)
AFTER_REVIEW = st.sampled_from(["", ",纳入结果纠正范围", ",由市人民政府行政复议"])
COURT = st.sampled_from(
    [
        "人民法院受理并开庭审理涉及我委政府信息公开行为的",
        "法院受理的涉及本机关政府信息公开的",
        "因政府信息公开引发的",
    ]
)


def _standard(year: int, line: str) -> str:
    return overview_page(year, "全年主动公开政府信息30条。\n" + line)


class TestReviewInXiangAndNoCourtCase:
    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT, after=AFTER_REVIEW)
    def test_a_review_counted_in_xiang_is_read(self, year: int, count: int, after: str) -> None:
        line = f"{year}年,涉及信息公开行政复议{count}项{after}。"
        assert value_of(_standard(year, line), "administrative_reviews") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, court=COURT)
    def test_no_case_a_court_took_is_no_lawsuit(self, year: int, court: str) -> None:
        line = f"{year}年,政府信息公开行政复议0件,无{court}行政诉讼案件。"
        assert value_of(_standard(year, line), "lawsuits") == 0


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_a_review_in_jian_keeps_its_reading(self, year: int, count: int) -> None:
        assert (
            value_of(_standard(year, f"{year}年,政府信息公开行政复议{count}件。"), "administrative_reviews")
            == count
        )

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_a_lawsuit_count_keeps_its_reading(self, year: int, count: int) -> None:
        assert value_of(_standard(year, f"{year}年,政府信息公开行政诉讼案件{count}件。"), "lawsuits") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_a_lawsuit_count_before_no_other_case_keeps_its_reading(
        self, year: int, count: int
    ) -> None:
        line = f"{year}年,政府信息公开行政诉讼案件{count}件,无人民法院受理的其他行政诉讼案件。"
        assert value_of(_standard(year, line), "lawsuits") == count


class TestNoReviewBesideALawsuitCount:
    """No review and a count of lawsuits in one sentence: the lawsuits are that count, not the no-review clause's 0."""

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_the_lawsuit_count_outranks_the_no_review_zero(self, year: int, count: int) -> None:
        line = f"{year}年,无政府信息公开行政复议案件,行政诉讼案件{count}件。"
        assert value_of(_standard(year, line), "lawsuits") == count

    @SETTINGS
    @given(year=STANDARD_YEARS)
    def test_guard_no_review_and_no_lawsuit_is_zero_for_both(self, year: int) -> None:
        page = _standard(year, f"{year}年,无政府信息公开行政复议和行政诉讼案件。")
        assert (value_of(page, "administrative_reviews"), value_of(page, "lawsuits")) == (0, 0)
