"""A part under a sentence-opening 其中 larger than every count in 条 of the sentence before it (round 38).

Blind 32's ``linxia_gaj_2023``: three channels of 754, 2808 and 54 条, then "其中,…微信公众号发布信息1205条、微博12984条、…":
whichever count the 其中 breaks down, 12984 exceeds even their sum. A warning (the part may count other things, posts or a
whole system's bodies) at ``PART_ABOVE_ALL_BEFORE_CONFIDENCE``. The property fails on the round-37 code; the guards pass
on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import Severity
from disclosure_rules._audit._result import PART_ABOVE_ALL_BEFORE_CONFIDENCE
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page, opening

CHANNELS = ["政府网站", "政务新媒体", "其他方式"]
PLATFORMS = ["微信公众号", "微博", "今日头条", "抖音号"]


def _page(year: int, channels: list[int], parts: list[int], *, legacy: bool, joiner: str = ",") -> str:
    run = joiner.join(f"通过{CHANNELS[i]}公开政府信息{count}条" for i, count in enumerate(channels))
    listed = "、".join(f"{PLATFORMS[i]}发布信息{count}条" for i, count in enumerate(parts))
    body = f"{year}年,我局{run}。其中,{listed},总阅读人数达3200万余次。"
    return legacy_page(year, body) if legacy else opening(2021 + year % 5) + body + "\n"


def _warned(page: str) -> list[tuple[int | str | None, float | None]]:
    return [
        (finding.actual, finding.confidence)
        for finding in audited(page).findings
        if finding.code.endswith(".count_mismatch") and "“其中”一句" in finding.message
    ]


def _no_error(page: str) -> bool:
    return not any(finding.severity is Severity.ERROR for finding in audited(page).findings)


class TestPartAboveAllBefore:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        channels=st.lists(st.integers(1, 3000), min_size=1, max_size=3),
        above=st.integers(1, 5000),
        data=st.data(),
        legacy=st.booleans(),
        joiner=st.sampled_from([",", ";"]),
    )
    def test_a_part_above_the_sum_before_it_is_warned(  # noqa: PLR0913 - the page's parts, each drawn
        self, year: int, channels: list[int], above: int, data: st.DataObject, *, legacy: bool, joiner: str
    ) -> None:
        largest = sum(channels) + above
        others = data.draw(st.lists(st.integers(1, largest), min_size=1, max_size=3))
        page = _page(year, channels, [*others, largest], legacy=legacy, joiner=joiner)
        assert _warned(page) == [(largest, PART_ABOVE_ALL_BEFORE_CONFIDENCE)]


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, channels=st.lists(st.integers(2, 3000), min_size=1, max_size=3), data=st.data())
    def test_guard_parts_within_the_sum_before_them_are_silent(
        self, year: int, channels: list[int], data: st.DataObject
    ) -> None:
        parts = data.draw(st.lists(st.integers(1, sum(channels)), min_size=1, max_size=4))
        page = _page(year, channels, parts, legacy=False)
        assert _warned(page) == []

    def test_guard_a_breakdown_of_accounts_is_not_read(self) -> None:
        body = "2018年,我区各部门共主动公开信息1000条。共开设新媒体数量70个。其中微博29个,发布信息1992条。"
        assert _warned(opening(2022) + body + "\n") == []

    def test_guard_a_clause_saying_zhudong_gongkai_again_is_a_channel(self) -> None:
        body = (
            "全年主动公开各类政府信息70条。其中,公开医疗卫生服务体系建设信息9条,"
            "在微信公众号上主动公开各类信息115条。"
        )
        page = opening(2025) + body + "\n"
        assert _warned(page) == []
        assert _no_error(page)

    def test_guard_a_count_in_wan_before_makes_the_base_unsure(self) -> None:
        body = "2023年,我局通过政府网站公开政府信息1.2万条,通过政务新媒体公开政府信息300条。其中,微博发布信息5000条。"
        assert _warned(opening(2023) + body + "\n") == []

    @SETTINGS
    @given(year=LEGACY_YEARS, total=st.integers(1, 500), extra=st.integers(1, 500), legacy=st.booleans())
    def test_guard_a_list_another_check_reports_is_not_reported_twice(
        self, year: int, total: int, extra: int, *, legacy: bool
    ) -> None:
        body = f"{year}年我局主动公开政府信息{total}条。其中,工作动态{total + extra}条,通知公告3条。"
        page = legacy_page(year, body) if legacy else opening(2021 + year % 5) + body + "\n"
        mismatches = [
            finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")
        ]
        assert len(mismatches) == 1
        assert _warned(page) == []

    def test_guard_a_qizhong_after_a_total_and_its_own_list_is_not_read(self) -> None:
        body = (
            "2021年,共主动公开政府信息3条,其中:机构职能类信息1条,其他类信息2条。"
            "其中主动公开政府信息1条,作为依申请公开信息数7条。"
        )
        assert _warned(opening(2021) + body + "\n") == []
