# Round 54
"""Request and case wordings that state no count: a time limit, a case not lost, a review a request caused (round 54).

Three of the 27 request, review and lawsuit figures the evaluator lists as unscored (read where the reading has no
such key) are figures the page never states:

- blind 40's ``qilin_zrzyj_2022``: "严格在收到申请之日起20个工作日内予以答复" read 20 requests — a number of days after
  收到申请 is the time limit to answer (the Regulations, art. 33), never a count of requests;
- blind 17's ``zhejiang_rst_2023`` ("未发生因信息公开引起的行政复议被改变或行政诉讼败诉情形"), blind 26's
  ``nanjing_czj_2020_mirror`` ("…行政复议及行政诉讼纠错的情况") and blind 36's ``changchun_jkq_2025`` ("…行政复议败诉…")
  read 0 reviews and lawsuits — a negated outcome (changed, corrected, lost) says no case was lost, not that none was
  filed;
- blind 34's ``sichuan_wlt_2022_mirror``: "未发生因政府信息公开申请办理导致行政复议…" read 0 requests — the 申请 is the
  cause of a review, with its handling (办理) between them.

The properties fail on the round-53 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

DAYS = st.integers(1, 60)
UNITS = st.sampled_from(["个工作日", "日", "天", "个月"])
LOST = st.sampled_from(["被改变", "被纠正", "败诉", "纠错", "被撤销"])
HANDLING = st.sampled_from(["办理", "答复", "处理"])


def _page(year: int, body: str) -> str:
    return opening(year) + f"(二)依申请公开情况\n{body}\n"


class TestWordingsThatCountNothing:
    @SETTINGS
    @given(year=STANDARD_YEARS, days=DAYS, unit=UNITS)
    def test_a_time_limit_after_a_request_is_no_count(self, year: int, days: int, unit: str) -> None:
        body = f"收到政府信息公开申请后,能够当场答复的当场答复;不能当场答复的,严格在收到申请之日起{days}{unit}内予以答复。"
        assert value_of(_page(year, body), "requests_received") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, lost=st.tuples(LOST, LOST))
    def test_no_case_lost_is_no_zero(self, year: int, lost: tuple[str, str]) -> None:
        body = f"{year}年,未发生因信息公开引起的行政复议{lost[0]}或行政诉讼{lost[1]}情形。"
        page = _page(year, body)
        assert value_of(page, "administrative_reviews") is None
        assert value_of(page, "lawsuits") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, handling=HANDLING)
    def test_a_review_a_request_caused_is_no_zero_of_requests(self, year: int, handling: str) -> None:
        body = f"{year}年,未发生因政府信息公开申请{handling}导致行政复议、提起行政诉讼案件。"
        assert value_of(_page(year, body), "requests_received") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(0, 9999))
    def test_guard_a_count_of_requests_is_read(self, year: int, count: int) -> None:
        body = f"{year}年,本机关收到政府信息公开申请{count}件。"
        assert value_of(_page(year, body), "requests_received") == count

    @SETTINGS
    @given(year=STANDARD_YEARS)
    def test_guard_no_case_filed_is_zero(self, year: int) -> None:
        page = _page(year, f"{year}年,未发生因政府信息公开引起的行政复议、行政诉讼情况。")
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS)
    def test_guard_no_request_is_zero(self, year: int) -> None:
        assert value_of(_page(year, f"{year}年,本机关未收到政府信息公开申请。"), "requests_received") == 0
