# Round 61
"""A channel's count worded 发布和转载 (posted and reposted) is one channel's count (round 61).

Blind 56's ``baoshan_szfbgs_2024`` read its proactive total as 18136 from "全年通过保山市政府门户网站发布政府信息18136条", with
"保山市政府办公室微信公众号发布和转载政府信息383条" in the next sentence of its paragraph; the reading records no total.
Round 54's rule (one channel's count beside another channel's count is never the year's total: the hand readings disagree
on the class, so it is unread) should have left it unread, but ``_CHANNEL_COUNT`` took one verb only, so the account's
count was no channel's. Two verbs joined (发布和转载, 公开、转载, 发布及转载) or 转载 alone now make a channel's count. The
property fails on the round-60 code; the guards (a printed total over the channels; a total naming no channel beside the
account) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_section_page, value_of

SITES = st.sampled_from(["政府门户网站", "局门户网站", "政府网站"])
ACCOUNTS = st.sampled_from(["微信公众号", "政务微博", "办公室微信公众号"])
VERBS = st.sampled_from(["发布和转载", "公开、转载", "发布及转载", "转载", "发布与转载"])
COUNTS = st.tuples(st.integers(1, 99999), st.integers(1, 99999))


def _page(year: int, body: str) -> str:
    return proactive_section_page(year, "(一)主动公开方面", body)


class TestChannelCountPostedAndReposted:
    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, account=ACCOUNTS, verb=VERBS, counts=COUNTS)
    def test_a_site_s_count_beside_a_reposting_account_is_no_total(
        self, year: int, site: str, account: str, verb: str, counts: tuple[int, int]
    ) -> None:
        body = (
            f"一是认真做好政府信息公开,全年通过{site}发布政府信息{counts[0]}条,公开政府文件47件。"
            f"二是积极转载重大决策部署稿件,本市{account}{verb}政府信息{counts[1]}条。"
        )
        assert value_of(_page(year, body), "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, account=ACCOUNTS, verb=VERBS, counts=COUNTS)
    def test_guard_a_printed_total_over_the_channels_is_read(
        self, year: int, site: str, account: str, verb: str, counts: tuple[int, int]
    ) -> None:
        total = sum(counts)
        body = (
            f"{year}年,共主动公开政府信息{total}条,其中通过{site}公开信息{counts[0]}条,"
            f"通过{account}{verb}信息{counts[1]}条。"
        )
        assert value_of(_page(year, body), "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, account=ACCOUNTS, verb=VERBS, counts=COUNTS)
    def test_guard_a_total_naming_no_channel_stays_read(
        self, year: int, account: str, verb: str, counts: tuple[int, int]
    ) -> None:
        body = f"{year}年,主动公开政府信息{counts[0]}条,通过{account}{verb}信息{counts[1]}条。"
        assert value_of(_page(year, body), "proactive_total") == counts[0]
