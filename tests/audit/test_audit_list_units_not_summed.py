"""A 其中 after a total that runs on into the year's work in other units is no breakdown (round 23, docs/audit.md).

``pingtan_zrz_2012`` (blind set 21): ``…进行政府信息公开53条。其中，土地招拍挂项目进行了5次公告和5次成交公示，公开挂牌出让
经营性土地8宗，…；…全年共审批建设项目环评文件67项，办理建设项目竣工环保验收12项。`` was an error-severity
``legacy.count_mismatch`` whose message called the parts 67条 and 12条. A part counted in another unit than the total
(次, 宗, 项, 期 …) can never exceed it, a list holding other quantities or parts in other units is never an error, and a
message states each part in the unit the page prints. Each property fails on the round-22 code; each guard passes on
both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._findings import Finding, Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page, opening

COUNTS = st.integers(1, 200)
# Units of acts, plots or activities, never of items of information.
OTHER_UNITS = st.sampled_from(["项", "期", "个"])


def _mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")]


def _work_page(year: int, total: int, approvals: int, unit: str) -> str:
    return legacy_page(
        year,
        f"{year}年我局通过网站进行政府信息公开{total}条。其中，土地招拍挂项目进行了5次公告和5次成交公示，公开挂牌出让"
        f"经营性土地8宗，面积达73.79公顷，成交土地出让金总额114625万元；全年共审批建设项目环评文件{approvals}{unit}，"
        f"办理建设项目竣工环保验收12{unit}。向网站公共服务平台上传信息32条。",
    )


class TestTheYearsWorkAfterItsTotal:
    @SETTINGS
    @given(year=LEGACY_YEARS, total=COUNTS, extra=COUNTS, unit=OTHER_UNITS)
    def test_work_in_other_units_above_the_total_is_silent(
        self, year: int, total: int, extra: int, unit: str
    ) -> None:
        # approvals in 项 above the items disclosed are no part of them
        page = _work_page(year, total, total + extra, unit)
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, total=COUNTS, extra=COUNTS, other=COUNTS, unit=OTHER_UNITS)
    def test_a_part_in_another_unit_makes_no_error_and_keeps_its_unit(
        self, year: int, total: int, extra: int, other: int, unit: str
    ) -> None:
        # a part in 条 above the total is an inconsistency, but the list mixes units: a warning, each unit as printed
        page = legacy_page(
            year,
            f"{year}年我局主动公开政府信息{total}条。其中，工作动态{total + extra}条，审批环评文件{other}{unit}。",
        )
        found = _mismatches(page)
        assert [finding.severity for finding in found] == [Severity.WARNING]
        assert f"{other}{unit}" in found[0].message
        assert f"审批环评文件{other}条" not in found[0].message

    @SETTINGS
    @given(year=st.integers(2021, 2025), total=COUNTS, first=COUNTS, extra=COUNTS)
    def test_activities_in_qi_above_a_total_in_pian_are_silent(
        self, year: int, total: int, first: int, extra: int
    ) -> None:
        # liyang_szfbgs_2025 (blind set 19): 政策解读文件10篇,其中制作图文解读5篇,制作专题专栏5期,…开展意见征集27期
        first = min(first, total)  # the one part in 篇 within its total
        page = opening(year) + (
            f"全年发布政策解读文件{total}篇,其中制作图文解读{first}篇,制作专题专栏{first}期,"
            f"开展意见征集{total + extra}期,政策性在线访谈1期。\n"
        )
        assert _mismatches(page) == []


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, total=COUNTS, extra=COUNTS, other=COUNTS)
    def test_guard_parts_in_the_totals_unit_above_it_are_an_error(
        self, year: int, total: int, extra: int, other: int
    ) -> None:
        page = legacy_page(
            year,
            f"{year}年我局主动公开政府信息{total}条。其中，工作动态{total + extra}条，通知公告{other}条。",
        )
        assert [finding.severity for finding in _mismatches(page)] == [Severity.ERROR]

    @SETTINGS
    @given(year=st.integers(2021, 2025), total=st.integers(2, 200), first=st.integers(1, 200), extra=COUNTS)
    def test_guard_a_channel_in_pian_above_a_total_in_tiao_is_still_a_warning(
        self, year: int, total: int, first: int, extra: int
    ) -> None:
        # rongan_dapo_2024 (blind set 8): 162条。其中,乡镇文件公开41条,通过…微信公众号发布信息293篇
        first = min(first, total - 1)
        page = opening(year) + (
            f"全年累计主动公开政府信息{total}条。其中,乡镇文件公开{first}条,"
            f"通过“某某乡”微信公众号发布信息{total + extra}篇。\n"
        )
        found = _mismatches(page)
        assert [finding.severity for finding in found] == [Severity.WARNING]
        assert f"{total + extra}篇" in found[0].message
