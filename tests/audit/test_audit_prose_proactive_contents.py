"""The proactive total worded as every kind's 内容 (round 25).

``jilin_zsj_2024`` (blind set 23): ``依托…门户网站和省政府信息公开专栏,主动公开政策文件、公告类信息、综合政务、财政预决算信息
等内容139条`` — the kinds named and closed by 等, then one count: the year's total, as ``主动公开…等信息N条`` already is
(round 13), with 内容 for 信息. The property fails on the round-24 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, opening, value_of

COUNTS = st.integers(1, 5000)
YEARS = st.integers(2021, 2025)
KINDS = st.lists(
    st.sampled_from(["政策文件", "公告类信息", "综合政务", "财政预决算信息", "人事信息", "工作动态"]),
    min_size=2,
    max_size=4,
    unique=True,
)


def _page(year: int, kinds: list[str], count: int, verb: str) -> str:
    return opening(year) + (
        f"（一）主动公开情况。{year}年，我局严格执行信息公开发布的时限要求，依托门户网站和政府信息公开专栏，"
        f"{verb}{'、'.join(kinds)}等内容{count}条。\n"
    )


class TestContents:
    @SETTINGS
    @given(year=YEARS, kinds=KINDS, count=COUNTS)
    def test_every_kind_s_contents_counted_is_the_proactive_total(
        self, year: int, kinds: list[str], count: int
    ) -> None:
        assert value_of(_page(year, kinds, count, "主动公开"), "proactive_total") == count


class TestGuards:
    @SETTINGS
    @given(year=YEARS, kinds=KINDS, count=COUNTS)
    def test_guard_contents_not_said_proactive_are_no_total(
        self, year: int, kinds: list[str], count: int
    ) -> None:
        assert value_of(_page(year, kinds, count, "宣传"), "proactive_total") is None
