# Round 58
"""A year before 结转/转结 is the year requests were carried over from, not the year of the counts after it (round 58).

Blind 53's ``hejiang_wsjkj_2024`` (a 2024 report) states "2023年未转结政府信息公开申请,进入行政复议程序和行政诉讼程序均为0件":
the year opens the carry-over's clause (table 三's 上年结转 row, named by the year before the report's), and round 49's
rule took it as the year of the reviews' and lawsuits' shared 0 after it, so both were unread. Blind 22's
``hejiang_yaoba_2022`` (the same template) names its report year in the same sentence and was read. The properties fail
on the round-57 code; the guards (an earlier year opening a clause without 结转 still keeps its count unread; the
report's year reads) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, standard_page, value_of

COUNT = st.integers(0, 30)
YEAR_WORD = st.sampled_from(["年", "年度"])
# 未转结/无结转 before 行政复议 read as "no review" until round 59 (``_NO_CASES`` crossed the comma), so a count other
# than 0 is tested after 结转 here; tests/audit/test_audit_negation_within_its_clause.py tests it after the negations.
CARRIED = st.sampled_from(["未转结", "结转", "无结转"])


def _carried_then_both(carried_from: str, count: int) -> str:
    return f"{carried_from}政府信息公开申请,进入行政复议程序和行政诉讼程序均为{count}件。"


class TestYearCarriedOverFrom:
    @SETTINGS
    @given(year=STANDARD_YEARS, word=YEAR_WORD, carried=CARRIED)
    def test_the_shared_zero_after_a_carry_over_is_read(self, year: int, word: str, carried: str) -> None:
        page = standard_page(year, _carried_then_both(f"{year - 1}{word}{carried}", 0))
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, word=YEAR_WORD, count=COUNT)
    def test_the_shared_count_after_a_carry_over_is_read(self, year: int, word: str, count: int) -> None:
        page = standard_page(year, _carried_then_both(f"{year - 1}{word}结转", count))
        assert value_of(page, "administrative_reviews") == count
        assert value_of(page, "lawsuits") == count


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, word=YEAR_WORD, count=COUNT)
    def test_guard_an_earlier_year_opening_the_sentence_keeps_it_unread(
        self, year: int, word: str, count: int
    ) -> None:
        # "2023年,进入…均为0件" in the 2024 report: the year is the count's (round 49)
        page = standard_page(year, f"{year - 1}{word},进入行政复议程序和行政诉讼程序均为{count}件。")
        assert value_of(page, "administrative_reviews") is None
        assert value_of(page, "lawsuits") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, word=YEAR_WORD, count=COUNT)
    def test_guard_an_earlier_year_s_own_count_stays_unread(self, year: int, word: str, count: int) -> None:
        page = standard_page(year, f"{year - 1}{word}主动公开政府信息{count + 2}条。")
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, carried=CARRIED)
    def test_guard_the_report_s_year_in_the_sentence_reads(self, year: int, carried: str) -> None:
        # blind 22's hejiang_yaoba_2022: the report's year named before the carry-over
        page = standard_page(
            year, f"{year}年共受理政府信息依申请公开0件," + _carried_then_both(f"{year - 1}年{carried}", 0)
        )
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0
