"""The body's count of posts under its own 主动公开 sub-heading, the block's only count (round 39).

Blind 35's ``fengcheng_lyj_2022_mirror``: "(一)主动公开情况 … 2022年,我局发布林业相关工作动态、政策法规、公示公告、等信息共计112
条,收到依申请公开0份。" — no 主动公开 in the sentence, no channel: the year's by its place, read at
``HEADED_TOTAL_CONFIDENCE`` and only when nothing else gives the total. The property fails on the round-38 code; the guards
pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import HEADED_TOTAL_CONFIDENCE
from tests.audit.messy import DATA, SETTINGS, STANDARD_YEARS, figure_of, proactive_section_page, value_of

HEADINGS = st.sampled_from(["(一)主动公开情况", "(一)主动公开政府信息情况", "1.主动公开"])


def _page(year: int, heading: str, body: str) -> str:
    return proactive_section_page(year, heading, f"按照要求,我局及时更新各栏目信息。\n{body}")


class TestTotalUnderProactiveHeading:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        heading=HEADINGS,
        total=st.integers(1, 9999),
        word=st.sampled_from(["共计", "共"]),
    )
    def test_the_bodys_count_under_its_heading_is_the_total(
        self, year: int, heading: str, total: int, word: str
    ) -> None:
        page = _page(year, heading, f"{year}年,我局发布工作动态、政策法规、公示公告等信息{word}{total}条。")
        read = figure_of(page, "proactive_total")
        assert read is not None
        assert (read.value, read.confidence) == (total, HEADED_TOTAL_CONFIDENCE)

    def test_the_blind_35_page(self) -> None:
        page = (DATA / "published_blind_35" / "fengcheng_lyj_2022_mirror.txt").read_text(encoding="utf-8")
        assert value_of(page, "proactive_total") == 112


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, total=st.integers(1, 9999), channel=st.integers(1, 9999))
    def test_guard_a_block_with_another_count_is_unsure(self, year: int, total: int, channel: int) -> None:
        body = f"{year}年,我局发布工作动态、政策法规等信息共计{total}条。微信公众号推送{channel}条。"
        assert value_of(_page(year, "(一)主动公开情况", body), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, total=st.integers(1, 9999))
    def test_guard_a_channel_named_is_one_channels_count(self, year: int, total: int) -> None:
        body = f"{year}年,我局通过门户网站发布工作动态、政策法规等信息共计{total}条。"
        assert value_of(_page(year, "(一)主动公开情况", body), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, total=st.integers(1, 9999))
    def test_guard_under_another_heading_it_is_not_read(self, year: int, total: int) -> None:
        body = f"{year}年,我局发布工作动态、政策法规等信息共计{total}条。"
        assert value_of(_page(year, "(三)政府信息管理情况", body), "proactive_total") is None
