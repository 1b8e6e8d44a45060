"""Issue 12, round 26: blind 24's unread proactive totals, as wordings (docs/audit.md, "Twenty-sixth round").

``累计发布各类信息90条`` (``weishan_gaolou_2023``), ``我乡共向社会发布信息40条`` (``fuliang_zangwan_2018``) and
``政务信息公开主动公开总数146条`` (``kaihua_zhongcun_2023``) state the year's total; ``发布各类信息`` after a channel in its
clause (``…政府门户网站共发布各类信息46106条``) is that channel's posts, never the total. The properties fail on the round-25
code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, legacy_page, opening, value_of

COUNTS = st.integers(1, 5000)
WORDINGS = st.sampled_from(
    (
        "{place}累计发布各类信息{n}条",
        "{place}共发布各类信息{n}条",
        "我乡共向社会发布信息{n}条",
        "政务信息公开主动公开总数{n}条",
    )
)
CHANNELS = st.sampled_from(("政府门户网站", "通过政府网站", "微信公众号", "政务新媒体平台"))


class TestEveryItemPublished:
    @SETTINGS
    @given(year=STANDARD_YEARS, wording=WORDINGS, total=COUNTS)
    def test_a_standard_report_reads_the_total(self, year: int, wording: str, total: int) -> None:
        page = (
            opening(year)
            + f"{year}年,{wording.format(place='高楼乡', n=total)},内容涵盖政策解读、工作进展等。\n"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=LEGACY_YEARS, wording=WORDINGS, total=COUNTS)
    def test_a_legacy_report_reads_the_total(self, year: int, wording: str, total: int) -> None:
        page = legacy_page(year, f"截至{year}年12月31日,{wording.format(place='我乡', n=total)}。")
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, channel=CHANNELS, total=COUNTS)
    def test_guard_a_channels_posts_are_no_total(self, year: int, channel: str, total: int) -> None:
        page = opening(year) + f"{year}年,{channel}共发布各类信息{total}条,点击量达9万次。\n"
        assert value_of(page, "proactive_total") is None
