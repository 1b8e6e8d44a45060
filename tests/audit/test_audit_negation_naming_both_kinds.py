# Round 59
"""One negation naming reviews and lawsuits joined by 和/及/、 gives each its 0, even when the reviews were read before.

Blind 54's ``dianjiang_sthjj_2024``: "未出现被起诉或当事人提起行政复议的情况" (reviews 0, no 诉讼 named) and then
"我局未收到信息公开方面的行政复议和行政诉讼案件": the second sentence's lawsuits were dropped because the reviews already
had their 0, and the lawsuits-only negation steps aside when 复议 shares its clause. Over every development sentence a
review's negation followed by 和/及/与/、/或 and 诉讼 or 起诉 stands in 275 sentences on 273 pages, and every reading
records reviews 0 and lawsuits 0. The property fails on the round-58 code; the guards (a lawsuit count in digits, a
negation of an outcome, a lawsuit named in another clause) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, standard_page, value_of

JOIN = st.sampled_from(["和", "及", "、", "与", "或"])
NEGATION = st.sampled_from(
    ["未收到信息公开方面的", "未发生因政府信息公开引发的", "没有", "无涉及政府信息公开的"]
)
# an earlier sentence that reads the reviews' 0 and names no 诉讼
REVIEWS_FIRST = "已在规定期限内书面回复申请人,未出现被起诉或当事人提起行政复议的情况。"


class TestNegationNamingBothKinds:
    @SETTINGS
    @given(year=STANDARD_YEARS, join=JOIN, negation=NEGATION)
    def test_the_lawsuits_joined_to_the_reviews_read_zero(self, year: int, join: str, negation: str) -> None:
        page = standard_page(year, REVIEWS_FIRST + f"{year}年,我局{negation}行政复议{join}行政诉讼案件。")
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, join=JOIN, n=st.integers(1, 30))
    def test_guard_a_lawsuit_count_in_digits_is_never_zero(self, year: int, join: str, n: int) -> None:
        page = standard_page(year, REVIEWS_FIRST + f"我局未收到行政复议{join}行政诉讼案件{n}件。")
        assert value_of(page, "lawsuits") in (n, None)

    @SETTINGS
    @given(year=STANDARD_YEARS, join=JOIN)
    def test_guard_an_outcome_s_negation_gives_no_zero(self, year: int, join: str) -> None:
        # round 54: a case lost or corrected says nothing of the cases filed
        page = standard_page(
            year, REVIEWS_FIRST + f"未发生因信息公开引起的行政复议被改变{join}行政诉讼败诉情形。"
        )
        assert value_of(page, "lawsuits") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, n=st.integers(1, 30))
    def test_guard_a_lawsuit_in_another_clause_reads_its_count(self, year: int, n: int) -> None:
        page = standard_page(year, REVIEWS_FIRST + f"未收到行政复议申请,行政诉讼案件{n}件。")
        assert value_of(page, "lawsuits") == n
