"""A report of 2020 on with no table, written on the narrative reports' outline: mixed format evidence (round 24).

``qingyuan_guantang_2020`` (blind set 22): a 2020 report that opens ``一、总体情况`` but says it has the old report's
seven parts (``报告包括概述,…,政府信息公开的收费及减免情况,…等7个部分``) and shows no table. Every report from 2020 on is
due in a standard format, so the format follows the year (2019 for 2020, 国办公开办函〔2019〕60号); the page's own
outline contradicts it, so the result says the evidence is mixed: an ``audit.format_uncertain`` note and the format's
confidence 0.5, not 0.6 (docs/audit.md, round 24). The property fails on the round-23 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import MIXED_FORMAT_CONFIDENCE
from tests.audit.messy import SETTINGS, audited

YEARS = st.integers(2020, 2025)
COUNTS = st.integers(1, 500)
LEGACY_PARTS = "概述,主动公开政府信息情况,依申请公开政府信息和不予公开政府信息情况,政府信息公开的收费及减免情况,因政府信息公开申请行政复议、提起行政诉讼的情况,政府信息公开工作存在的主要问题及改进情况,其他需要报告的事项等7个部分"
STANDARD_PARTS = "总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项6个部分"


def _page(year: int, parts: str, count: int) -> str:
    return (
        f"官塘乡{year}年政府信息公开工作年度报告\n一、总体情况\n"
        f"本年度报告根据《中华人民共和国政府信息公开条例》要求编制而成。报告包括{parts}。报告中所列数据的统计期限自"
        f"{year}年1月1日起至{year}年12月31日止。\n(一)概述\n{year}年,我乡把政府信息公开工作摆在重要位置。\n"
        f"(二)主动公开政府信息情况\n{year}年,我乡主动公开政府信息{count}条。\n"
    )


def _expected_format(year: int) -> str:
    return "2019" if year == 2020 else "2021"  # 60号 for the 2020 reports, 30号 after


class TestAnOldOutlineInAStandardYear:
    @SETTINGS
    @given(year=YEARS, count=COUNTS)
    def test_the_format_follows_the_year_and_says_the_evidence_is_mixed(self, year: int, count: int) -> None:
        result = audited(_page(year, LEGACY_PARTS, count))
        assert result.format == _expected_format(year)
        assert result.confidence == MIXED_FORMAT_CONFIDENCE
        notes = [finding for finding in result.findings if finding.code == "audit.format_uncertain"]
        assert len(notes) == 1
        assert "叙述式" in notes[0].message
        assert f"{year}年" in notes[0].message


def _headings_page(year: int, count: int) -> str:
    # hengshan_2023 (blind set 10): the narrative outline's headings, no stated parts, no 概述 or 收费 anywhere
    return (
        f"某镇{year}年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告中所列数据的"
        f"统计期限自{year}年1月1日起至{year}年12月31日止。\n一、政府信息公开工作的基本情况\n1.主动公开政府信息的情况\n"
        f"{year}年新增主动公开政府信息{count}条。\n2.依申请公开政府信息情况\n{year}年度受理政府信息公开申请1件。\n"
    )


class TestOldHeadingsInAStandardYear:
    @SETTINGS
    @given(year=YEARS, count=COUNTS)
    def test_the_note_names_no_part_the_page_does_not_state(self, year: int, count: int) -> None:
        result = audited(_headings_page(year, count))
        notes = [finding for finding in result.findings if finding.code == "audit.format_uncertain"]
        assert len(notes) == 1
        assert "章节标题" in notes[0].message
        assert "概述" not in notes[0].message
        assert "收费" not in notes[0].message


class TestGuards:
    @SETTINGS
    @given(year=YEARS, count=COUNTS)
    def test_guard_a_standard_outline_has_no_note(self, year: int, count: int) -> None:
        result = audited(_page(year, STANDARD_PARTS, count))
        assert result.format == _expected_format(year)
        assert result.confidence > MIXED_FORMAT_CONFIDENCE
        assert "audit.format_uncertain" not in {finding.code for finding in result.findings}

    @SETTINGS
    @given(year=st.integers(2009, 2018), count=COUNTS)
    def test_guard_an_old_year_stays_legacy(self, year: int, count: int) -> None:
        result = audited(_page(year, LEGACY_PARTS, count).replace("一、总体情况", "一、概述"))
        assert result.format == "legacy"
