# Round 51
"""A count over every channel named as one (各类平台, 各渠道, 各种途径 …) with 共/共计/累计 is the year's total (round 51).

Blind 47's ``xingyi_szfb_2024`` states, under its (一)主动公开 sub-heading, "2024年通过各类平台发布信息共计12176条": the
clause names all channels as one and counts the information put out over them, so it is the year's total even worded
发布. Read when the sentence says 主动公开 or stands under the 主动公开 sub-heading. Not read: one channel's count (round
38), a running total to a cut-off (截至…累计, round 17), a part after 其中, requests, and the same wording under another
heading with no 主动公开. The properties fail on the round-50 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, standard_page, value_of

COUNT = st.integers(1, 30000)
EVERY_CHANNEL = st.sampled_from(["各类平台", "各平台", "各渠道", "各种途径", "全部平台", "各类渠道"])
VERB = st.sampled_from(["通过", "在", ""])
OVER_EVERY_CHANNEL = st.builds(str.__add__, VERB, EVERY_CHANNEL)
WORDED = st.sampled_from(
    ["发布信息共计{n}条", "共发布信息{n}条", "累计发布政务信息{n}条", "共公开政府信息{n}条"]
)
AFTER = st.sampled_from(["。", ",回应公众关注热点共计24条。", ";", ",及时准确。"])
CHANNEL = st.sampled_from(["通过政府网站", "在门户网站", "通过微信公众号", "在政务微博"])


def _standard(year: int, block: str, heading: str = "(一)主动公开。") -> str:
    return standard_page(year, heading + block)


class TestTotalOverEveryChannelAsOne:
    @SETTINGS
    @given(year=STANDARD_YEARS, over=OVER_EVERY_CHANNEL, worded=WORDED, count=COUNT, after=AFTER)
    def test_the_count_over_every_channel_under_the_proactive_heading_is_read(
        self, year: int, over: str, worded: str, count: int, after: str
    ) -> None:
        line = f"{year}年{over}{worded.format(n=count)}{after}"
        assert value_of(_standard(year, line), "proactive_total") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, every=EVERY_CHANNEL, count=COUNT)
    def test_the_count_over_every_channel_saying_zhudong_is_read(
        self, year: int, every: str, count: int
    ) -> None:
        line = f"全年坚持主动公开,通过{every}共发布信息{count}条。"
        assert value_of(_standard(year, line, heading="(一)公开情况。"), "proactive_total") == count


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, channel=CHANNEL, count=COUNT, after=AFTER)
    def test_guard_one_channel_s_count_stays_unread(
        self, year: int, channel: str, count: int, after: str
    ) -> None:
        line = f"{year}年{channel}发布信息共计{count}条{after}"
        assert value_of(_standard(year, line), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, every=EVERY_CHANNEL, count=COUNT)
    def test_guard_a_running_total_to_a_cut_off_stays_unread(self, year: int, every: str, count: int) -> None:
        line = f"截至{year}年12月31日,通过{every}累计发布信息{count}条。"
        assert value_of(_standard(year, line), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, every=EVERY_CHANNEL, count=COUNT)
    def test_guard_no_total_word_stays_unread(self, year: int, every: str, count: int) -> None:
        assert value_of(_standard(year, f"通过{every}发布信息{count}条。"), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, every=EVERY_CHANNEL, count=COUNT)
    def test_guard_another_heading_without_zhudong_stays_unread(
        self, year: int, every: str, count: int
    ) -> None:
        line = f"通过{every}共发布信息{count}条。"
        assert value_of(_standard(year, line, heading="(三)政府信息管理。"), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_the_total_worded_zhudong_keeps_its_reading(self, year: int, count: int) -> None:
        assert value_of(_standard(year, f"全年主动公开政府信息{count}条。"), "proactive_total") == count
