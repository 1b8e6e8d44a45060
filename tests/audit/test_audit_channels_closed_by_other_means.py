"""Channels closed by 其他方式, counting with no 等 and no 主动公开: the year's total (round 38).

Blind 33's ``lengshuitan_czj_2021`` ("2021年,通过各种媒体、网站和其他方式公开329条信息") was not read: round 14's
``_ALL_CHANNELS`` wants 等载体/等方式. A remainder (其他方式/渠道/途径/形式) names every channel left, so the count is over
all of them. The property fails on the round-37 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, figure_of, opening

YEARS = st.integers(2021, 2025)
COUNT = st.integers(1, 30000)
NAMED = st.sampled_from(["各种媒体、网站", "门户网站、政务微信", "政府网站、公开栏"])
JOIN = st.sampled_from(["和", "及", "、"])
OTHER = st.sampled_from(["其他方式", "其他渠道", "其他途径", "其他形式"])
WORDS = st.sampled_from(["公开{n}条信息", "公开信息{n}条", "发布政府信息{n}条", "共公开{n}条信息"])


class TestClosedByOtherMeans:
    @SETTINGS
    @given(year=YEARS, count=COUNT, words=st.tuples(NAMED, JOIN, OTHER, WORDS))
    def test_the_count_over_every_channel_is_the_total(
        self, year: int, count: int, words: tuple[str, str, str, str]
    ) -> None:
        named, join, other, counted = words
        sentence = (
            f"{year}年,通过{named}{join}{other}{counted.format(n=count)},涉及政策法规、财政动态等内容。"
        )
        figure = figure_of(opening(year) + sentence + "\n", "proactive_total")
        assert figure is not None
        assert figure.value == count


class TestGuards:
    @SETTINGS
    @given(year=YEARS, count=COUNT)
    def test_guard_one_channel_named_is_no_total_by_this_rule(self, year: int, count: int) -> None:
        sentence = f"{year}年,通过门户网站公开{count}条信息,涉及政策法规等内容。"
        figure = figure_of(opening(year) + sentence + "\n", "proactive_total")
        assert figure is None or figure.value == count  # round 15's one-channel convention, not this rule

    @SETTINGS
    @given(year=YEARS, total=COUNT, count=COUNT)
    def test_guard_a_part_after_qizhong_is_no_total(self, year: int, total: int, count: int) -> None:
        sentence = f"{year}年,我局主动公开政府信息{total}条,其中通过网站和其他方式公开{count}条信息。"
        figure = figure_of(opening(year) + sentence + "\n", "proactive_total")
        assert figure is not None
        assert figure.value == total
