# Round 51
"""Channels closed by 等平台/等途径 with 共/累计 before the verb: the count covers them together (round 51).

Blind 32's ``tongren_swj_2020`` ("通过政务公开栏、政府网站及新闻媒体等途径,累计发布权责清单、…等信息418条") and blind
33's ``wuwei_mzw_2023`` ("在政务公开门户网站、…微信公众号,…APP等平台共推送部门文件、…等各类信息773条") record the count as
the year's total: the total word right after the closed list makes it cover every listed channel. Round 14's
``_ALL_CHANNELS`` took the total word only after the verb or after 信息, and only after 通过. Not read: a list closed by 等
with no total word (a group of channels beside others: blind 12's ``suijiang_huiyi_2021``, 861 of 1030), one channel's
count, and a part after 其中. The properties fail on the round-50 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, standard_page, value_of

COUNT = st.integers(1, 30000)
LEAD = st.sampled_from(["通过", "在"])
CHANNELS = st.sampled_from(
    ["政务公开栏、政府网站及新闻媒体", "门户网站、微信公众号,“某某”APP", "政府网站、公开栏"]
)
MEANS = st.sampled_from(["等途径", "等平台", "等渠道", "等载体"])
TOTAL_WORD = st.sampled_from(["共", "累计", ",累计", "共计"])
VERB = st.sampled_from(["发布", "推送", "公开"])
KINDS = st.sampled_from(
    ["权责清单、人事信息、行政许可等信息", "部门文件、预算决算、政策解读等各类信息", "政府信息"]
)


@st.composite
def _closed_list(draw: st.DrawFn) -> str:
    return draw(LEAD) + draw(CHANNELS) + draw(MEANS)


class TestChannelsClosedThenTotalWord:
    @SETTINGS
    @given(year=STANDARD_YEARS, listed=_closed_list(), total=TOTAL_WORD, verb=VERB, kinds=KINDS, count=COUNT)
    def test_the_count_after_a_closed_list_and_its_total_word_is_read(  # noqa: PLR0913, PLR0917 - one draw a part of the wording
        self, year: int, listed: str, total: str, verb: str, kinds: str, count: int
    ) -> None:
        line = f"{year}年,{listed}{total}{verb}{kinds}{count}条。"
        assert value_of(standard_page(year, line), "proactive_total") == count


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, listed=_closed_list(), count=COUNT, more=st.integers(1, 500))
    def test_guard_a_closed_list_without_a_total_word_beside_a_total_keeps_the_total(
        self, year: int, listed: str, count: int, more: int
    ) -> None:
        line = f"全年主动公开政府信息{count + more}条。{listed}发布信息{count}条。"
        assert value_of(standard_page(year, line), "proactive_total") == count + more

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT, total=TOTAL_WORD)
    def test_guard_one_channel_s_count_stays_unread(self, year: int, count: int, total: str) -> None:
        line = f"{year}年,在政府网站{total.lstrip(',')}发布政务信息{count}条。"
        assert value_of(standard_page(year, line), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, listed=_closed_list(), count=COUNT, more=st.integers(1, 500))
    def test_guard_a_part_after_qizhong_stays_a_part(
        self, year: int, listed: str, count: int, more: int
    ) -> None:
        line = f"全年共制作信息{count + more}条,其中{listed}共发布信息{count}条。"
        assert value_of(standard_page(year, line), "proactive_total") != count
