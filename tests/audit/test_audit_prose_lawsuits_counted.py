"""Lawsuits counted with 为/共 between 诉讼 and the count (round 22, docs/audit.md "Twenty-second round").

``longhua_scjgj_2023`` (blind 20): ``2023年度收到诉讼为3件,其中未经复议直接起诉2件`` was left unread — ``诉讼N件`` allowed
nothing between — and on a page whose review count comes later, ``未经复议`` (without a review first) was read as "no
review": reviews 0 and lawsuits 0, both wrong. ``未经…复议`` is no negation of reviews now. Each property fails on the
round-21 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, opening, value_of

STANDARD_YEARS = st.integers(2021, 2025)
COUNTS = st.integers(1, 60)
LINKS = st.sampled_from(("为", "共"))


class TestLawsuitsCounted:
    @SETTINGS
    @given(year=STANDARD_YEARS, lawsuits=COUNTS, direct=COUNTS, link=LINKS)
    def test_the_count_after_wei_is_read(self, year: int, lawsuits: int, direct: int, link: str) -> None:
        page = opening(year) + (
            f"(三)申请行政复议和提起行政诉讼情况。{year}年度收到诉讼{link}{lawsuits}件,其中未经复议直接起诉{direct}件。\n"
        )
        assert value_of(page, "lawsuits") == lawsuits

    @SETTINGS
    @given(year=STANDARD_YEARS, direct=COUNTS, reviewed=COUNTS)
    def test_without_a_review_first_is_no_review_of_zero(self, year: int, direct: int, reviewed: int) -> None:
        page = opening(year) + (
            f"(三)行政诉讼情况。{year}年度未经复议直接起诉{direct}件,复议后起诉{reviewed}件,均尚未审结。\n"
        )
        assert value_of(page, "administrative_reviews") is None
        assert value_of(page, "lawsuits") in {None, direct + reviewed}

    @SETTINGS
    @given(year=STANDARD_YEARS, both=COUNTS, link=LINKS)
    def test_guard_reviews_and_lawsuits_together_are_neither(self, year: int, both: int, link: str) -> None:
        # "行政复议、行政诉讼…N件" counts both together: no lawsuit figure, as before
        page = opening(year) + f"(三)复议诉讼情况。{year}年发生行政复议、行政诉讼{link}{both}件。\n"
        assert value_of(page, "lawsuits") is None
