# Round 66
"""One outlet's count beside another outlet's count stays unread, whatever other counts stand near (round 66).

Blind 60's ``linxiashi_2023``: ``通过政府网站主动公开政府信息10311条,…。…通过政务新媒体公开政府信息42828条,…。2023年,全市共
受理网民留言60条`` — the 共 of a count of another kind (messages received) was taken for a total over the channels, and
the site's count read as the year's total. Blind 60's ``xianning_zrzjj_2024``: ``…局门户网站发布政务信息1814条,…。…局微信
公众号关注量3789个,共推送微信文章297篇`` — the account is named in one clause and its posts counted in the next, which no
channel's count was. Both readings record no total (round 54's rule). And the same clause said again a paragraph later
(blind 9's ``pingtan_nyn_2023``, its year apart) is the one site's count restated, no other outlet's: read (round 65's
code read it there only because 公共 in a platform's name passed for a 共 total). The properties fail on the round-65
code; the guards (one site's count with no other outlet beside it, near an account's followers or another kind's 共
count) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_page, value_of

COUNTS = st.integers(1, 99999)
SITES = st.sampled_from(
    ["通过政府网站主动公开政府信息", "本局门户网站发布政务信息", "通过区政府门户网站公开政府信息"]
)
OTHER_KINDS = st.sampled_from(["全市共受理网民留言{n}条", "共收到群众来信{n}条", "全年共办理网民咨询{n}条"])
ACCOUNTS = st.sampled_from(["本局微信公众号关注量{f}个", "开通本局政务微博", "“某某发布”微信公众号粉丝{f}人"])
POSTS = st.sampled_from(["共推送微信文章{n}篇", "发布信息{n}条", "推送图文{n}篇", "共发布信息{n}条"])


class TestOneOutletBesideOtherCounts:
    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, other=OTHER_KINDS, counts=st.tuples(COUNTS, COUNTS, COUNTS))
    def test_another_kind_s_total_leaves_the_outlets_side_by_side(
        self, year: int, site: str, other: str, counts: tuple[int, int, int]
    ) -> None:
        site_count, media, kind = counts
        body = (
            f"{year}年{site}{site_count}条,发布政策解读12件。通过政务新媒体公开政府信息{media}条,运行情况良好。"
            f"{year}年,{other.format(n=kind)},已办结{kind}条。"
        )
        assert value_of(proactive_page(year, body), "proactive_total") is None

    @SETTINGS
    @given(
        year=STANDARD_YEARS, site=SITES, account=st.tuples(ACCOUNTS, POSTS), counts=st.tuples(COUNTS, COUNTS)
    )
    def test_an_account_named_then_its_posts_counted_is_an_outlet(
        self, year: int, site: str, account: tuple[str, str], counts: tuple[int, int]
    ) -> None:
        (named, posts), (site_count, number) = account, counts
        body = (
            f"{year}年,{site}{site_count}条,网站总访问量达到836252次。"
            f"{named.format(f=number)},{posts.format(n=number)},总阅读量70818次。"
        )
        assert value_of(proactive_page(year, body), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, site_count=COUNTS)
    def test_the_same_clause_restated_is_no_other_outlet(self, year: int, site_count: int) -> None:
        body = (
            f"{year}年通过区政府门户网站主动公开政府信息{site_count}条,其中政策文件类7条。"
            f"{year}年,通过区政府门户网站主动公开政府信息{site_count}条。"
        )
        assert value_of(proactive_page(year, body), "proactive_total") == site_count


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, other=OTHER_KINDS, site_count=COUNTS, kind=COUNTS)
    def test_guard_one_site_near_another_kind_s_total_is_read(
        self, year: int, other: str, site_count: int, kind: int
    ) -> None:
        body = f"{year}年通过政府网站主动公开政府信息{site_count}条。{year}年,{other.format(n=kind)}。"
        assert value_of(proactive_page(year, body), "proactive_total") == site_count

    @SETTINGS
    @given(year=STANDARD_YEARS, site_count=COUNTS, followers=COUNTS)
    def test_guard_an_account_s_followers_alone_are_no_outlet_s_count(
        self, year: int, site_count: int, followers: int
    ) -> None:
        body = f"{year}年通过政府网站主动公开政府信息{site_count}条。本局微信公众号关注量{followers}个,总阅读量70818次。"
        assert value_of(proactive_page(year, body), "proactive_total") == site_count
