# Round 65
"""One outlet's own sum beside another outlet's count is no total, whatever introduces the outlet (round 65).

Round 64 set aside a channel's own 共计/共 before its count (``通过市政府门户网站主动公开政府信息共计27条,通过“兴化交通”微信公众号
发布信息1148条``) only when 通过 or 在 introduced the channel. An outlet named as the clause's subject (``旗政府门户网站发布信息共计
8204条``), or after 于, 依托 or 利用, is one outlet as much, and its 共计 its own sum: beside another outlet's count the page
states no total (round 54's rule), whatever introduces either outlet. The property (outlets × introducers × count
wordings × separators) fails on the round-64 code; the guards (a 共 total over every outlet; a single outlet's sum with
nothing beside it) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_page, value_of

OUTLETS = st.sampled_from(
    ["市政府网站", "局门户网站", "“某某交通”微信公众号", "市信用综合应用平台", "政务微博", "区政府门户网站"]
)
INTRODUCERS = st.sampled_from(["{o}", "于{o}", "依托{o}", "利用{o}", "在{o}上", "通过{o}", "在{o}"])
OWN_SUMS = st.sampled_from(["主动公开政府信息共计{n}条", "主动公开政府信息共{n}条", "发布信息共计{n}篇"])
COUNT_WORDINGS = st.sampled_from(
    [
        "发布信息{n}条",
        "主动公开政府信息数量{n}条",
        "公开信息{n}件",
        "主动公开政府信息共计{n}条",
        "发布信息共{n}条",
    ]
)
SEPARATORS = st.sampled_from([",", ";", "，", "；"])
COUNTS = st.tuples(st.integers(1, 99999), st.integers(1, 99999))


class TestOneOutletsSumHoweverIntroduced:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        outlets=st.tuples(OUTLETS, OUTLETS, INTRODUCERS, INTRODUCERS).filter(
            lambda drawn: drawn[0] != drawn[1]
        ),
        wordings=st.tuples(OWN_SUMS, COUNT_WORDINGS),
        separator=SEPARATORS,
        counts=COUNTS,
    )
    def test_an_outlet_s_own_sum_beside_another_outlet_s_count_is_no_total(
        self,
        year: int,
        outlets: tuple[str, str, str, str],
        wordings: tuple[str, str],
        separator: str,
        counts: tuple[int, int],
    ) -> None:
        first_outlet, second_outlet, first_introducer, second_introducer = outlets
        first = first_introducer.format(o=first_outlet) + wordings[0].format(n=counts[0])
        second = second_introducer.format(o=second_outlet) + wordings[1].format(n=counts[1])
        body = f"{year}年,本局{first}{separator}{second}。"
        assert value_of(proactive_page(year, body), "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        wording=st.sampled_from(
            ["共计主动公开政府信息{n}条", "共主动公开政府信息{n}条", "主动公开政府信息共计{n}条"]
        ),
        introducer=st.sampled_from(["通过", "依托", "利用", "于", ""]),
        counts=COUNTS,
    )
    def test_guard_a_gong_total_over_every_outlet_is_read(
        self, year: int, wording: str, introducer: str, counts: tuple[int, int]
    ) -> None:
        total = sum(counts)
        body = (
            f"{year}年,{introducer}市政府网站、微信公众号等平台{wording.format(n=total)},"
            f"其中通过市政府网站公开信息{counts[0]}条,通过微信公众号发布信息{counts[1]}条。"
        )
        assert value_of(proactive_page(year, body), "proactive_total") == total

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        outlet=OUTLETS,
        introducer=INTRODUCERS,
        wording=st.sampled_from(["主动公开政府信息共计{n}条", "主动公开政府信息共{n}条"]),
        count=st.integers(1, 99999),
    )
    def test_guard_a_single_outlet_s_sum_stays_read(
        self, year: int, outlet: str, introducer: str, wording: str, count: int
    ) -> None:
        body = f"{year}年,本局{introducer.format(o=outlet)}{wording.format(n=count)},主要包含机构概况、政策法规等信息。"
        assert value_of(proactive_page(year, body), "proactive_total") == count
