# Round 52
"""The count over every channel (round 51) under a 主动公开 sub-heading printed on the count's own line or as an item.

Round 51's reader took the sub-heading only as a sentence of its own ("(一)主动公开。"), and a numbered line below it
("1.全年通过各类平台…") as a new heading that ended its block: "(一)主动公开情况 2024年通过各类平台发布信息共计N条" and
"(一)主动公开。1.全年通过各类平台发布信息共计N条" were left unread. The heading's text runs on where a year, 全年 or a stop
follows it; an item numbered below the sub-heading's rank (一、 > (一) > 1. > (1)) stays in its block. Not read: one
channel's count (round 38), a running total to a cut-off, and a heading of the same rank (or a heading of another part)
after the block. The properties fail on the round-51 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, standard_page, value_of

COUNT = st.integers(1, 30000)
EVERY_CHANNEL = st.sampled_from(["各类平台", "各平台", "各渠道", "各种途径", "全部平台"])
WORDED = st.sampled_from(
    ["发布信息共计{n}条", "共发布信息{n}条", "累计发布政务信息{n}条", "共公开政府信息{n}条"]
)
HEADING = st.sampled_from(
    ["(一)主动公开情况", "(一)主动公开", "(一)政府信息主动公开情况", "1.主动公开政府信息"]
)
RUN_ON = st.sampled_from([" ", "", ":", "。"])
HEADING_RUN_ON = st.builds(str.__add__, HEADING, RUN_ON)
OPENING = st.sampled_from(["{year}年", "全年", "本年度"])
ITEM = st.sampled_from(["1.", "1、", "(1)"])
CHANNEL = st.sampled_from(["通过政府网站", "在门户网站", "通过微信公众号"])


class TestHeadingOnTheCountsLine:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        heading=HEADING_RUN_ON,
        opening=OPENING,
        wording=st.tuples(EVERY_CHANNEL, WORDED),
        count=COUNT,
    )
    def test_the_count_on_the_heading_s_line_is_read(
        self, year: int, heading: str, opening: str, wording: tuple[str, str], count: int
    ) -> None:
        every, worded = wording
        line = f"{heading}{opening.format(year=year)}通过{every}{worded.format(n=count)}。"
        assert value_of(standard_page(year, line), "proactive_total") == count


class TestNumberedItemUnderTheHeading:
    @SETTINGS
    @given(year=STANDARD_YEARS, item=ITEM, every=EVERY_CHANNEL, worded=WORDED, count=COUNT)
    def test_the_count_in_an_item_below_the_sub_heading_is_read(
        self, year: int, item: str, every: str, worded: str, count: int
    ) -> None:
        block = f"(一)主动公开。\n{item}全年通过{every}{worded.format(n=count)}。"
        assert value_of(standard_page(year, block), "proactive_total") == count


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, heading=HEADING, channel=CHANNEL, count=COUNT)
    def test_guard_one_channel_s_count_on_the_heading_s_line_stays_unread(
        self, year: int, heading: str, channel: str, count: int
    ) -> None:
        line = f"{heading} {year}年{channel}发布信息共计{count}条。"
        assert value_of(standard_page(year, line), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, item=ITEM, channel=CHANNEL, count=COUNT)
    def test_guard_one_channel_s_count_in_an_item_stays_unread(
        self, year: int, item: str, channel: str, count: int
    ) -> None:
        block = f"(一)主动公开。\n{item}全年{channel}发布信息共计{count}条。"
        assert value_of(standard_page(year, block), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, heading=HEADING, every=EVERY_CHANNEL, count=COUNT)
    def test_guard_a_running_total_on_the_heading_s_line_stays_unread(
        self, year: int, heading: str, every: str, count: int
    ) -> None:
        line = f"{heading} 截至{year}年12月31日,通过{every}累计发布信息{count}条。"
        assert value_of(standard_page(year, line), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, every=EVERY_CHANNEL, count=COUNT)
    def test_guard_a_heading_of_the_same_rank_ends_the_block(self, year: int, every: str, count: int) -> None:
        block = f"1.主动公开政府信息。\n我局认真落实公开要求。\n2.政府信息管理。\n全年通过{every}共发布信息{count}条。"
        assert value_of(standard_page(year, block), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, every=EVERY_CHANNEL, count=COUNT)
    def test_guard_another_part_s_heading_on_the_line_stays_unread(
        self, year: int, every: str, count: int
    ) -> None:
        line = f"(三)政府信息管理 {year}年通过{every}共发布信息{count}条。"
        assert value_of(standard_page(year, line), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_the_total_worded_zhudong_keeps_its_reading(self, year: int, count: int) -> None:
        line = f"(一)主动公开情况 全年主动公开政府信息{count}条。"
        assert value_of(standard_page(year, line), "proactive_total") == count
