"""A count qualified by a span of several years is never the year's figure (round 40).

Blind 36's ``pingtan_jjf_2018``: "近3年共受理信息公开申请2件" was read as the year's requests (2) where the page's 附表 has 0
for 2018. 近N年, N年来, 多年来, 历年, 《条例》实施以来 before a count of requests, reviews, lawsuits or items disclosed
proactively leave the figure unread (a legacy page's 附表 may then give it). A year named between the span and the
count brings it back to that year. The properties fail on the round-39 code (a proactive total with no 累计 or 历年 escaped
round 17's running-total rule); the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, legacy_page, opening, value_of

SPANS = st.sampled_from(
    ["近3年", "近三年来", "近5年", "3年来", "五年以来", "多年来", "历年", "《条例》实施以来"]
)


class TestCountOverSeveralYears:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        span=SPANS,
        count=st.integers(1, 500),
        verb=st.sampled_from(["受理", "收到", "接到"]),
    )
    def test_requests_over_several_years_are_unread(
        self, year: int, span: str, count: int, verb: str
    ) -> None:
        page = opening(year) + f"{span},我局共{verb}政府信息公开申请{count}件。\n"
        assert value_of(page, "requests_received") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, span=SPANS, count=st.integers(1, 500))
    def test_legacy_requests_over_several_years_are_not_the_years(
        self, year: int, span: str, count: int
    ) -> None:
        page = legacy_page(year, f"{year}年主动公开政府信息20条。", f"{span}共受理信息公开申请{count}件。")
        assert value_of(page, "requests_received") != count

    @SETTINGS
    @given(year=STANDARD_YEARS, span=SPANS, reviews=st.integers(1, 9), suits=st.integers(1, 9))
    def test_reviews_and_lawsuits_over_several_years_are_unread(
        self, year: int, span: str, reviews: int, suits: int
    ) -> None:
        page = opening(year) + f"{span}共发生行政复议{reviews}件,行政诉讼{suits}件。\n"
        assert value_of(page, "administrative_reviews") is None
        assert value_of(page, "lawsuits") is None

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        span=st.sampled_from(["近3年", "近三年来", "3年来", "多年来"]),
        count=st.integers(10, 5000),
    )
    def test_proactive_total_over_several_years_is_unread(self, year: int, span: str, count: int) -> None:
        page = opening(year) + f"{span}共主动公开政府信息{count}条。\n"
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, span=SPANS, count=st.integers(1, 500))
    def test_guard_a_year_after_the_span_is_that_years_count(self, year: int, span: str, count: int) -> None:
        page = opening(year) + f"{span},我局{year}年共受理政府信息公开申请{count}件。\n"
        assert value_of(page, "requests_received") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 500))
    def test_guard_since_the_reports_own_year_is_the_year(self, year: int, count: int) -> None:
        page = opening(year) + f"{year}年以来,我局共受理政府信息公开申请{count}件。\n"
        assert value_of(page, "requests_received") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(10, 5000), span=SPANS)
    def test_guard_the_years_total_before_a_span_clause_is_read(
        self, year: int, count: int, span: str
    ) -> None:
        page = opening(year) + f"{year}年我局主动公开政府信息{count}条,{span}首次实现全程网上办理。\n"
        assert value_of(page, "proactive_total") == count
