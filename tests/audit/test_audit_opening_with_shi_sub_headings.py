# Round 66
"""A page that opens at 一、总体情况 with its 30号 sub-sections numbered 一是/二是 is a report (round 66).

Blind 60's ``tianjin_swj_2023``: its 2,000 bytes open at ``一、总体情况`` with no title and no table, the sub-sections
written ``一是加强组织领导。…`` / ``二是积极做好主动公开。…`` / ``三是规范答复依申请公开。…`` — refused
(``audit.unrecognised_format``). The rule already takes one of the outline's section headings and one of 30号's
sub-headings under 一、总体情况 ((一)主动公开, (二)依申请公开 …) as a report's two sections; a sub-heading numbered 一是/二是
at a line's or sentence's start, naming the same sub-sections, is the same evidence. The property fails on the
round-65 code; the guards (the 一是 sub-headings with no section heading; a section heading with 一是 items naming no
sub-section) pass on both.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import AuditError, audit
from tests.audit.messy import SETTINGS, STANDARD_YEARS

ORDINALS = ("一是", "二是", "三是", "四是")
SUB_SECTIONS = st.sampled_from(
    ["积极做好主动公开", "规范答复依申请公开", "加强政府信息管理", "完善政府信息公开平台建设"]
)
FIRST = "加强组织领导。我局高度重视政务公开工作,通过局长办公会对相关工作进行研究部署。"


def _opening(items: list[str], heading: str = "一、总体情况\n") -> str:
    return heading + "".join(f"{ordinal}{item}\n" for ordinal, item in zip(ORDINALS, items, strict=False))


class TestOpeningWithShiSubHeadings:
    @SETTINGS
    @given(year=STANDARD_YEARS, sub_section=SUB_SECTIONS, count=st.integers(1, 999))
    def test_a_sub_section_numbered_shi_makes_the_opening_a_report(
        self, year: int, sub_section: str, count: int
    ) -> None:
        page = _opening([FIRST, f"{sub_section}。{year}年,我局公开文件{count}件,均按时办结。"])
        result = audit(page, source="p")
        assert result.format in {"2019", "2021"}


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, sub_section=SUB_SECTIONS, count=st.integers(1, 999))
    def test_guard_shi_sub_headings_with_no_section_heading_are_refused(
        self, year: int, sub_section: str, count: int
    ) -> None:
        page = _opening([FIRST, f"{sub_section}。{year}年,我局公开文件{count}件。"], heading="工作安排\n")
        with pytest.raises(AuditError):
            audit(page, source="p")

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 999))
    def test_guard_shi_items_naming_no_sub_section_are_refused(self, year: int, count: int) -> None:
        page = _opening([FIRST, f"强化作风建设。{year}年,我局开展学习{count}次。"])
        with pytest.raises(AuditError):
            audit(page, source="p")
