# Round 49
"""A figure its own sentence labels with another year is never the report's year's (round 49).

Blind 45's ``hanjiang_wsj_2011_mirror`` (a 2011 report) states "2010年度主动公开政府信息54条" and was read as the 2011
proactive total 54. A count whose sentence names a year (``NNNN年``/``NNNN年度``, not a date) other than the report's is that
year's: unread, on every format. A comparison (比上年, 较2010年) or a sentence also naming the report's year (a span ending in
it) keeps its reading. The properties fail on the round-48 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, legacy_page, standard_page, value_of

COUNT = st.integers(2, 3000)
LABEL = st.sampled_from(["年度", "年", "年度,我局", "年,本单位共"])
OFFSET = st.sampled_from([-3, -2, -1])


def _labelled(other: int, label: str, count: int) -> str:
    return f"{other}{label}主动公开政府信息{count}条。"


class TestFigureOfAnotherYear:
    @SETTINGS
    @given(year=STANDARD_YEARS, offset=OFFSET, label=LABEL, count=COUNT)
    def test_another_year_s_total_is_unread(self, year: int, offset: int, label: str, count: int) -> None:
        assert (
            value_of(standard_page(year, _labelled(year + offset, label, count)), "proactive_total") is None
        )

    @SETTINGS
    @given(year=LEGACY_YEARS, offset=OFFSET, label=LABEL, count=COUNT)
    def test_on_a_legacy_page_as_well(self, year: int, offset: int, label: str, count: int) -> None:
        assert value_of(legacy_page(year, _labelled(year + offset, label, count)), "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, label=LABEL, count=COUNT)
    def test_guard_the_report_s_own_year_is_read(self, year: int, label: str, count: int) -> None:
        assert value_of(standard_page(year, _labelled(year, label, count)), "proactive_total") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, label=LABEL, count=COUNT)
    def test_guard_legacy_own_year_is_read(self, year: int, label: str, count: int) -> None:
        assert value_of(legacy_page(year, _labelled(year, label, count)), "proactive_total") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT, more=st.integers(1, 50))
    def test_guard_a_comparison_keeps_the_reading(self, year: int, count: int, more: int) -> None:
        line = f"本年度主动公开政府信息{count}条,比{year - 1}年增加{more}条。"
        assert value_of(standard_page(year, line), "proactive_total") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_a_date_is_not_a_year_label(self, year: int, count: int) -> None:
        # a publication date of the next year ("2024年1月…") does not label the count
        line = f"本年度主动公开政府信息{count}条,于{year + 1}年1月汇总。"
        assert value_of(standard_page(year, line), "proactive_total") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, label=LABEL, count=COUNT)
    def test_guard_a_later_year_keeps_the_reading(self, year: int, label: str, count: int) -> None:
        # a report cannot state a year not yet over: the year read is the doubtful one, not the figure
        assert value_of(standard_page(year, _labelled(year + 1, label, count)), "proactive_total") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_a_year_inside_the_clause_keeps_the_reading(self, year: int, count: int) -> None:
        # "因2023年度…申请引发…": the year names what the count's items came from, not the count's year
        line = f"全年主动公开政府信息{count}条,含{year - 1}年度形成的信息若干。"
        assert value_of(standard_page(year, line), "proactive_total") == count
