"""A stated number of classes with more classes counted after it, each with its own count (round 38).

Blind 27's ``jingxian_huangcun_2014`` ("共计十一大类条(其中政府领导231条、…、抢险救灾、优抚、救济60条、其他3条)") names thirteen
classes, each with a count, after saying eleven. The classes are counted by their counts, not by 、 (a name may hold
one), and only MORE than stated is said (其中 need not list every class): a warning at ``CLASS_COUNT_CONFIDENCE``.
The property fails on the round-37 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import Severity
from disclosure_rules._text import chinese_small_number
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page, opening

NUMERALS = ["二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
NAMES = [
    "政府领导",
    "机构设置",
    "政策法规",
    "政府工作报告",
    "政府会议",
    "新闻发布会",
    "应急管理",
    "财政预算决算",
    "抢险救灾、优抚、救济",
    "规划计划",
    "人事信息",
    "统计信息",
    "其他",
]
CODES = {"legacy": "legacy.count_mismatch", "text": "text.count_mismatch"}


def _page(year: int, stated: str, counts: list[int], *, legacy: bool) -> str:
    listed = "、".join(f"{NAMES[i]}{count}条" for i, count in enumerate(counts))
    sentence = f"全局{year}年主动公开政府信息共计{stated}大类条(其中{listed})。"
    return legacy_page(year, sentence) if legacy else opening(2021 + year % 5) + sentence + "\n"


def _class_warnings(page: str, prefix: str) -> list[int | str | None]:
    return [
        finding.actual
        for finding in audited(page).findings
        if finding.code == CODES[prefix]
        and "逐类列出" in finding.message
        and finding.severity is Severity.WARNING
    ]


class TestMoreCountsThanClasses:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        stated=st.sampled_from(NUMERALS[:-1]),
        extra=st.integers(1, 3),
        data=st.data(),
        legacy=st.booleans(),
    )
    def test_more_counts_than_the_classes_stated_is_warned(
        self, year: int, stated: str, extra: int, data: st.DataObject, *, legacy: bool
    ) -> None:
        number = chinese_small_number(stated)
        assert number is not None
        listed = min(number + extra, len(NAMES))
        counts = data.draw(st.lists(st.integers(1, 300), min_size=listed, max_size=listed))
        page = _page(year, stated, counts, legacy=legacy)
        assert _class_warnings(page, "legacy" if legacy else "text") == [listed]


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, stated=st.sampled_from(NUMERALS), short=st.integers(0, 1), data=st.data())
    def test_guard_as_many_or_fewer_counts_than_classes_is_silent(
        self, year: int, stated: str, short: int, data: st.DataObject
    ) -> None:
        number = chinese_small_number(stated)
        assert number is not None
        counts = data.draw(st.lists(st.integers(1, 300), min_size=number - short, max_size=number - short))
        assert _class_warnings(_page(year, stated, counts, legacy=True), "legacy") == []

    def test_guard_a_part_s_own_breakdown_is_not_counted(self) -> None:
        sentence = "全局2014年主动公开政府信息共计二大类条(其中政务动态30条(含图片新闻3条、视频5条、简讯7条)、其他4条)。"
        assert _class_warnings(legacy_page(2014, sentence), "legacy") == []
