# Round 54
"""One channel's count beside another channel's count, of any kind and verb, is never the year's total (round 54).

Round 41's ``_CHANNEL_COUNT`` took a channel's count only for a site with the verb 公开, so a site's count beside a WeChat,
Weibo, board or app count, or one worded 发布/推送/公布/更新, was read as the total: blind 11's ``dazhou_jtj_2025``
("通过门户网站主动公开信息141条,通过…微信公众号公开信息209条…") against blind 31's ``fengjie_tjj_2020`` (the same sentence,
its reading: no total). The hand readings disagree on the class (round 53), and the coordinator's decision is that the
auditor leaves such a class unread (unread beats wrong). The channel kinds that name one outlet (website, new media,
board, app, the video accounts) and the verbs an account takes now make a channel's count. The properties fail on the
round-53 code; the guards (a printed total, a total with no channel, one channel alone) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, proactive_section_page, value_of

SITES = st.sampled_from(["门户网站", "政府网站", "局门户网站", "政府信息公开专栏"])
OTHER_CHANNELS = st.sampled_from(
    ["微信公众号", "政务微博", "政务公开栏", "政务APP", "视频号", "抖音号", "今日头条号"]
)
VERBS = st.sampled_from(["公开", "发布", "推送", "公布", "更新"])
COUNTS = st.integers(1, 99999)


def _page(year: int, body: str) -> str:
    return proactive_section_page(year, "(一)主动公开情况", body)


class TestOneChannelBesideAnotherOfAnyKind:
    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, other=OTHER_CHANNELS, verb=VERBS, count=COUNTS, beside=COUNTS)
    def test_a_site_s_count_beside_an_account_s_is_no_total(  # noqa: PLR0913, PLR0917 - the wording's parts
        self, year: int, site: str, other: str, verb: str, count: int, beside: int
    ) -> None:
        body = f"{year}年,通过{site}主动公开信息{count}条,通过{other}{verb}信息{beside}条。"
        assert value_of(_page(year, body), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, other=OTHER_CHANNELS, verb=VERBS, count=COUNTS, beside=COUNTS)
    def test_an_account_s_count_beside_a_site_s_is_no_total(  # noqa: PLR0913, PLR0917 - the wording's parts
        self, year: int, site: str, other: str, verb: str, count: int, beside: int
    ) -> None:
        body = f"{year}年,通过{other}主动公开政府信息{count}条,通过{site}{verb}信息{beside}条。"
        assert value_of(_page(year, body), "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, other=OTHER_CHANNELS, verb=VERBS, count=COUNTS, beside=COUNTS)
    def test_guard_a_printed_total_over_the_channels_is_read(  # noqa: PLR0913, PLR0917 - the wording's parts
        self, year: int, site: str, other: str, verb: str, count: int, beside: int
    ) -> None:
        total = count + beside
        body = f"{year}年,共主动公开政府信息{total}条,其中通过{site}公开信息{count}条,通过{other}{verb}信息{beside}条。"
        assert value_of(_page(year, body), "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, other=OTHER_CHANNELS, verb=VERBS, count=COUNTS, beside=COUNTS)
    def test_guard_a_total_naming_no_channel_stays_read(
        self, year: int, other: str, verb: str, count: int, beside: int
    ) -> None:
        body = f"{year}年,主动公开政府信息{count}条,通过{other}{verb}信息{beside}条。"
        assert value_of(_page(year, body), "proactive_total") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, site=SITES, count=COUNTS)
    def test_guard_one_site_alone_is_as_before(self, year: int, site: str, count: int) -> None:
        body = f"{year}年,通过{site}主动公开政府信息{count}条。"
        assert value_of(_page(year, body), "proactive_total") == count


# Round 54: the same class under the 主动公开 sub-heading, where round 44's reader of a count broken into kinds took a
# site's count beside an account's (blind 50's ``qinbei_dadong_2023``). The property fails on the round-53 code; the
# guard (a count naming no channel, an account's beside it) passes on both.
class TestUnderTheProactiveHeading:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        site=SITES,
        counts=st.tuples(st.integers(1, 999), st.integers(1, 999)),
        beside=COUNTS,
    )
    def test_a_site_s_count_broken_into_kinds_beside_an_account_s_is_no_total(
        self, year: int, site: str, counts: tuple[int, int], beside: int
    ) -> None:
        body = (
            f"{year}年,我镇通过{site}公开政府信息{sum(counts)}条,其中,机构概况信息{counts[0]}条、部门文件信息{counts[1]}条。"
            f"“我镇发布”微信公众号发布信息{beside}条。"
        )
        assert value_of(_page(year, body), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, counts=st.tuples(st.integers(1, 999), st.integers(1, 999)), beside=COUNTS)
    def test_guard_a_count_naming_no_channel_stays_read(
        self, year: int, counts: tuple[int, int], beside: int
    ) -> None:
        body = (
            f"{year}年,我镇发布政府信息{sum(counts)}条,其中,机构概况信息{counts[0]}条、部门文件信息{counts[1]}条。"
            f"“我镇发布”微信公众号发布信息{beside}条。"
        )
        assert value_of(_page(year, body), "proactive_total") == sum(counts)
