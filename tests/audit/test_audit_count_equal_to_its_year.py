# Round 58
"""A count whose digits equal the earlier year labelling it is that year's, unread like any other (round 58).

Round 49's rule finds the count in its sentence by its digits; "2018年度主动公开政府信息2018条" in a 2021 report matched the
year label itself, found no year before it, and read 2018 as the 2021 total. Hypothesis found it in round 49's own
property (``test_audit_figure_of_another_year.py``) during round 58. The property fails on the round-57 code; the
guard (the report's own year and a count equal to it are read) passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, legacy_page, standard_page, value_of

LABEL = st.sampled_from(["年度", "年"])
OFFSET = st.sampled_from([-3, -2, -1])


class TestCountEqualToItsYear:
    @SETTINGS
    @given(year=STANDARD_YEARS, offset=OFFSET, label=LABEL)
    def test_an_earlier_year_s_count_equal_to_it_is_unread(self, year: int, offset: int, label: str) -> None:
        other = year + offset
        page = standard_page(year, f"{other}{label}主动公开政府信息{other}条。")
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, offset=OFFSET, label=LABEL)
    def test_on_a_legacy_page_as_well(self, year: int, offset: int, label: str) -> None:
        other = year + offset
        assert (
            value_of(legacy_page(year, f"{other}{label}主动公开政府信息{other}条。"), "proactive_total")
            is None
        )


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, label=LABEL)
    def test_guard_the_report_s_year_and_a_count_equal_to_it_read(self, year: int, label: str) -> None:
        assert (
            value_of(standard_page(year, f"{year}{label}主动公开政府信息{year}条。"), "proactive_total")
            == year
        )

    @SETTINGS
    @given(year=STANDARD_YEARS, offset=OFFSET, count=st.integers(2, 3000))
    def test_guard_another_count_of_an_earlier_year_stays_unread(
        self, year: int, offset: int, count: int
    ) -> None:
        page = standard_page(year, f"{year + offset}年度主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") is None
