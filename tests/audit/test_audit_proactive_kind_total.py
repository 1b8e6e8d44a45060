# Round 46
"""The total worded as the information of the proactive kind: 主动公开类信息N条 (round 46).

Blind 42's ``wuqia_wuqiazhen_2022``: "2022年度乌恰镇人民政府通过政府网站主动公开类信息9条,其中发…" left the total unread,
where "通过政府网站主动公开信息9条" is read (a channel-worded total with no competitor): 类 after the verb stopped the
pattern. The property fails on the round-45 code; the guards (a catch-all part 其他主动公开类信息 after the total, a
share) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

HEADING = "二、主动公开政府信息情况\n"
CHANNELS = st.sampled_from(["通过政府网站", "通过镇政府网站", ""])
NOUNS = st.sampled_from(["信息", "政府信息", "政务信息"])


class TestProactiveKindTotal:
    @SETTINGS
    @given(year=STANDARD_YEARS, channel=CHANNELS, noun=NOUNS, count=st.integers(1, 9999))
    def test_the_proactive_kind_is_the_total(self, year: int, channel: str, noun: str, count: int) -> None:
        page = opening(year) + HEADING + f"{year}年度某镇人民政府{channel}主动公开类{noun}{count}条,其中发\n"
        assert value_of(page, "proactive_total") == count


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        total=st.integers(20, 999),
        part=st.integers(1, 9),
        rest=st.sampled_from(["其他", "其余"]),
    )
    def test_guard_a_catch_all_part_is_no_total(self, year: int, total: int, part: int, rest: str) -> None:
        page = (
            opening(year)
            + HEADING
            + f"{year}年度主动公开的{total}条政府信息。其中发布街道动态{total - part}条、{rest}主动公开类信息{part}条。\n"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 999))
    def test_guard_a_share_is_no_total(self, year: int, count: int) -> None:
        page = opening(year) + HEADING + f"{year}年度主动公开类信息{count}条,占全部信息的45%。\n"
        assert value_of(page, "proactive_total") is None
