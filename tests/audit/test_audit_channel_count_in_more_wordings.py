# Round 64
"""One channel's count beside another channel's count is no total in two more wordings (round 64).

Blind 59 read two proactive totals its readings do not record: ``haicheng_wjj_2025`` ("2025年卫健局通过市政府网站主动公开
政府信息数量4条;鞍山市信用综合应用平台主动公开行政处罚信息数量69条" → 4) and ``xinghua_jtj_2024`` ("通过市政府门户网站主动公开政府
信息共计27条,通过“兴化交通”微信公众号发布信息1148条" → 27). Round 54's rule (one channel's count beside another channel's
count is left unread: the hand readings disagree on the class) did not see a platform named as one outlet, a count of a
kind of decision (行政处罚信息), nor a channel's own 共计 before its count (taken for a total over every channel). The
property (channels × wordings × separators) fails on the round-63 code; the guards (a 共 total over every channel; a
single channel's count with no other beside it) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_page, value_of

SITES = st.sampled_from(["通过市政府网站", "通过市政府门户网站", "在局门户网站"])
OTHERS = st.sampled_from(
    [
        "通过“某某交通”微信公众号",
        "鞍山市信用综合应用平台",
        "通过市信用综合应用平台",
        "在政务微博",
        "通过市政府门户网站",
    ]
)
VERBS = st.sampled_from(["主动公开政府信息", "主动公开行政处罚信息", "发布信息"])
WORDINGS = st.sampled_from(["数量{n}条", "共计{n}条"])
SEPARATORS = st.sampled_from([",", ";"])
GONG_TOTALS = st.sampled_from(
    ["共计主动公开政府信息{n}条", "共主动公开政府信息{n}条", "主动公开政府信息共计{n}条"]
)
COUNTS = st.tuples(st.integers(1, 99999), st.integers(1, 99999))


class TestChannelCountInMoreWordings:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        channels=st.tuples(SITES, OTHERS, VERBS),
        wordings=st.tuples(WORDINGS, WORDINGS),
        separator=SEPARATORS,
        counts=COUNTS,
    )
    def test_a_channel_s_count_beside_another_channel_s_is_no_total(
        self,
        year: int,
        channels: tuple[str, str, str],
        wordings: tuple[str, str],
        separator: str,
        counts: tuple[int, int],
    ) -> None:
        site, other, verb = channels
        if wordings[1].startswith("共计") and not other.startswith(("通过", "在")):
            other = f"通过{other}"  # 共计 is a channel's own sum only after 通过/在 + the channel (a total otherwise)
        first = f"{site}主动公开政府信息{wordings[0].format(n=counts[0])}"
        second = f"{other}{verb}{wordings[1].format(n=counts[1])}"
        body = f"{year}年,卫健局{first}{separator}{second}。"
        assert value_of(proactive_page(year, body), "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, wording=GONG_TOTALS, counts=COUNTS)
    def test_guard_a_gong_total_over_every_channel_is_read(
        self, year: int, wording: str, counts: tuple[int, int]
    ) -> None:
        total = sum(counts)
        body = (
            f"{year}年,通过市政府网站、微信公众号等平台{wording.format(n=total)},"
            f"其中通过市政府网站公开信息{counts[0]}条,通过微信公众号发布信息{counts[1]}条。"
        )
        assert value_of(proactive_page(year, body), "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, wording=WORDINGS, count=st.integers(1, 99999))
    def test_guard_a_single_channel_s_count_stays_read(
        self, year: int, site: str, wording: str, count: int
    ) -> None:
        body = f"{year}年,卫健局{site}主动公开政府信息{wording.format(n=count)},主要包含机构概况、政策法规等信息。"
        assert value_of(proactive_page(year, body), "proactive_total") == count
