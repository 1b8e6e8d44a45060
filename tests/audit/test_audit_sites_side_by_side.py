"""A site's count beside another site's count, with no total printed, is never the total (round 41).

Blind 37's ``jilin_rfb_2014`` ("政府公开网公开信息51条,其中…。吉林人防门户网站主动公开各类政府信息211条。") was read as
211: round 37 left two channels unread only when both are worded 通过…主动公开 in one sentence. Whichever of them says
主动公开, in one sentence or two of a paragraph, the page prints no total and none is read. The properties fail on the
round-40 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, figure_of, legacy_page

COUNT = st.integers(1, 3000)
SITE = st.sampled_from(["政府公开网", "门户网站", "政府信息公开专栏", "政务网"])
OTHER_SITE = st.sampled_from(["某市政府门户网站", "省政府网站", "部门网站"])
PROACTIVE = st.sampled_from(["主动公开各类政府信息", "主动公开政府信息", "公开信息"])


class TestSitesSideBySide:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        counts=st.tuples(COUNT, COUNT, COUNT),
        sites=st.tuples(SITE, OTHER_SITE),
        verb=PROACTIVE,
    )
    def test_the_second_site_after_the_first_sites_list_is_no_total(
        self, year: int, counts: tuple[int, int, int], sites: tuple[str, str], verb: str
    ) -> None:
        first, second, part = counts
        sentence = (
            f"截止{year}年12月31日,{sites[0]}公开信息{first + part}条,其中政务动态类信息{part}条;"
            f"行政权力类信息{first}条。{sites[1]}{verb}{second}条。"
        )
        assert figure_of(legacy_page(year, sentence), "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=st.tuples(COUNT, COUNT), sites=st.tuples(SITE, OTHER_SITE))
    def test_the_first_site_worded_proactive_is_no_total_either(
        self, year: int, counts: tuple[int, int], sites: tuple[str, str]
    ) -> None:
        sentence = f"{year}年,{sites[0]}主动公开政府信息{counts[0]}条;{sites[1]}公开信息{counts[1]}条。"
        assert figure_of(legacy_page(year, sentence), "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, counts=st.tuples(COUNT, COUNT), site=SITE)
    def test_a_site_beside_a_wechat_count_is_no_total_since_round_54(
        self, year: int, counts: tuple[int, int], site: str
    ) -> None:
        # Round 54 reverses round 41's guard (the site's count stayed the total): the hand readings disagree on a
        # site's count beside an account's, and the coordinator's decision leaves such a class unread (see the test
        # file of the one channel beside another of any kind)
        sentence = f"{year}年,通过{site}主动公开信息{counts[0]}条,通过微信公众号公开信息{counts[1]}条。"
        assert figure_of(legacy_page(year, sentence), "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, count=COUNT, site=SITE)
    def test_guard_one_site_alone_stays_the_total(self, year: int, count: int, site: str) -> None:
        sentence = f"{year}年,我局在{site}主动公开政府信息{count}条,内容涵盖机构职能、政策文件等。"
        figure = figure_of(legacy_page(year, sentence), "proactive_total")
        assert figure is not None
        assert figure.value == count

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=st.tuples(COUNT, COUNT), sites=st.tuples(SITE, OTHER_SITE))
    def test_guard_a_site_in_another_paragraph_leaves_the_reading(
        self, year: int, counts: tuple[int, int], sites: tuple[str, str]
    ) -> None:
        sentence = (
            f"{year}年,{sites[0]}主动公开政府信息{counts[0]}条。\n{sites[1]}转载本局信息{counts[1]}条。"
        )
        figure = figure_of(legacy_page(year, sentence), "proactive_total")
        assert figure is not None
        assert figure.value == counts[0]
