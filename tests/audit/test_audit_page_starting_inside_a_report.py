# Round 46
"""A page that starts inside a report is read, with the evidence said (round 46).

Blind 42's ``xizang_2011_chinagate`` is page 2 of a paginated copy: a site menu, then "二、主动公开政府信息的情况" and the
report's figure sentence "2011年新增主动公开政府信息53019条" — no title, no first section; it was refused
(``audit.unrecognised_format``). One of the outline's section headings on a line of its own with the year's count of
the report's kind under it makes the page a report (``audit.starts_inside_a_report`` says so); the year comes from the
prose, and the format follows it. The properties fail on the round-45 code; the guards (a heading with no year's count
under it, a plan's count, a menu naming the headings' words) pass on both.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import AuditError, audit
from tests.audit.messy import LEGACY_YEARS, SETTINGS, value_of

MENU = "- 首页\n- 政策解读\n- 经济发展\n- 发展报告\n|\n"
NUMBERS = st.sampled_from(["二", "三"])
PROACTIVE_HEADINGS = st.sampled_from(["主动公开政府信息的情况", "主动公开政府信息情况", "主动公开情况"])
UNITS = st.sampled_from(["各政府机关", "我局", "全县各单位"])


def _inside(number: str, heading: str, under: str) -> str:
    return f"{MENU}{number}、{heading}\n各政府机关按照《条例》规定，主动公开政府信息。\n{under}\n"


class TestPageStartingInsideAReport:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        number=NUMBERS,
        heading=PROACTIVE_HEADINGS,
        unit=UNITS,
        count=st.integers(10, 99999),
    )
    def test_a_section_heading_with_the_years_count_is_read(
        self, year: int, number: str, heading: str, unit: str, count: int
    ) -> None:
        page = _inside(number, heading, f"{unit}{year}年新增主动公开政府信息{count}条，全文电子化率为64.1%。")
        result = audit(page, source="p")
        assert (result.format, result.year) == ("legacy", year)
        assert value_of(page, "proactive_total") == count
        assert "audit.starts_inside_a_report" in {finding.code for finding in result.findings}

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 99))
    def test_the_requests_section_with_its_count_is_read(self, year: int, count: int) -> None:
        page = f"{MENU}三、依申请公开政府信息情况\n{year}年共收到政府信息公开申请{count}件，均已按时答复。\n"
        result = audit(page, source="p")
        assert (result.format, result.year) == ("legacy", year)


class TestGuards:
    @SETTINGS
    @given(number=NUMBERS, heading=PROACTIVE_HEADINGS)
    def test_guard_a_heading_with_no_years_count_is_refused(self, number: str, heading: str) -> None:
        with pytest.raises(AuditError):
            audit(_inside(number, heading, "下一步，我们将进一步加强政府信息公开工作。"), source="p")

    @SETTINGS
    @given(year=LEGACY_YEARS, number=NUMBERS, heading=PROACTIVE_HEADINGS, count=st.integers(10, 9999))
    def test_guard_a_plans_count_is_no_reports(
        self, year: int, number: str, heading: str, count: int
    ) -> None:
        with pytest.raises(AuditError):
            audit(_inside(number, heading, f"{year}年计划主动公开政府信息{count}条。"), source="p")

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(10, 9999))
    def test_guard_a_menu_naming_the_headings_words_is_refused(self, year: int, count: int) -> None:
        page = f"{MENU}- 主动公开\n- 依申请公开\n新闻：{year}年全市主动公开政府信息{count}条\n"
        with pytest.raises(AuditError):
            audit(page, source="p")
