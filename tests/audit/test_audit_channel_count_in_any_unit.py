# Round 62
"""One channel's count beside another channel's count is no total whatever the units (round 62).

Blind 57's ``yueyang_kjj_2025`` read its proactive total as 1407 from "市科技局利用网站主动公开政府信息1407篇", with
"局官方微信公众号“岳阳科技”公开发布信息188条" later in the same sentence; the reading records no total (it keeps the site's
1407 and the account's 188 apart). Round 54's rule (one channel's count beside another channel's count is never the
year's total; the hand readings disagree on the class, so it is unread) took a channel's count in 条 only, so the
site's count in 篇 was no channel's. A channel's count in 篇 or 件 is now one channel's as much as one in 条. The
property fails on the round-61 code; the guards (a printed total over the channels; a lone site's count in 篇 with no
other channel's count beside it) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_page, value_of

SITES = st.sampled_from(["网站", "政府门户网站", "局门户网站"])
ACCOUNTS = st.sampled_from(["局官方微信公众号", "微信公众号", "政务微博"])
SITE_UNITS = st.sampled_from(["篇", "件", "条"])
ACCOUNT_UNITS = st.sampled_from(["篇", "条", "件"])
COUNTS = st.tuples(st.integers(1, 99999), st.integers(1, 99999))


class TestChannelCountInAnyUnit:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        site=SITES,
        account=ACCOUNTS,
        units=st.tuples(SITE_UNITS, ACCOUNT_UNITS),
        counts=COUNTS,
    )
    def test_a_site_s_count_beside_an_account_s_count_is_no_total_in_any_unit(
        self, year: int, site: str, account: str, units: tuple[str, str], counts: tuple[int, int]
    ) -> None:
        if units == ("条", "条"):
            units = ("篇", "条")
        body = (
            f"{year}年,市某局利用{site}主动公开政府信息{counts[0]}{units[0]},发布政策解读4条;"
            f"{account}“某某科技”公开发布信息{counts[1]}{units[1]},关注用户1557个。"
        )
        assert value_of(proactive_page(year, body), "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, account=ACCOUNTS, counts=COUNTS)
    def test_guard_a_printed_total_over_the_channels_is_read(
        self, year: int, site: str, account: str, counts: tuple[int, int]
    ) -> None:
        total = sum(counts)
        body = f"{year}年,共主动公开政府信息{total}条,其中通过{site}公开信息{counts[0]}篇,通过{account}发布信息{counts[1]}条。"
        assert value_of(proactive_page(year, body), "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(1, 99999))
    def test_guard_a_lone_count_in_pian_stays_read(self, year: int, count: int) -> None:
        body = f"{year}年,主动公开政府信息{count}篇,内容涵盖机构职能、政策文件等。"
        assert value_of(proactive_page(year, body), "proactive_total") == count
