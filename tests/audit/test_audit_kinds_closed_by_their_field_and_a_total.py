# Round 53
"""Kinds named before their count, closed by the field they belong to and a word of a total (round 53).

Blind 49's ``yubei_cgj_2022``: "(一)主动公开情况。…,主动公开机构职能、动态要闻、…、桥隧设施管养等城市管理领域信息总计631条。"
left the total unread: round 47's reader of kinds named before their count took 等 then the count (or 等各类/方面 …信息),
not 等 + the field (…领域) + 总计. The field says what the kinds are of, and 总计/共计/合计/共 adds them up as 等 does; the
reader's other conditions (under the 主动公开 sub-heading, the block's one count in 条/篇, no channel in the clause) are
round 47's. The property fails on the round-52 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import HEADED_TOTAL_CONFIDENCE
from tests.audit.messy import DATA, SETTINGS, STANDARD_YEARS, figure_of, proactive_section_page, value_of

HEADINGS = st.sampled_from(["(一)主动公开情况", "(一)政府信息主动公开情况", "(一)主动公开。"])
KINDS = st.lists(
    st.sampled_from(
        ["机构职能", "动态要闻", "建议提案办理", "政策文件", "行政许可", "行政处罚", "桥隧设施管养"]
    ),
    min_size=2,
    max_size=6,
    unique=True,
)
FIELDS = st.sampled_from(["城市管理领域", "交通运输领域", "生态环境领域", "重点领域", "民政领域"])
TOTAL_WORDS = st.sampled_from(["总计", "共计", "合计", "共", ""])


def _kinds_of_a_field(year: int, kinds: list[str], field: str, total_word: str, count: int) -> str:
    return f"{year}年,我局以公众信息需求为导向,主动公开{'、'.join(kinds)}等{field}信息{total_word}{count}条。"


class TestKindsClosedByTheirFieldAndATotal:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        heading=HEADINGS,
        kinds=KINDS,
        field=FIELDS,
        total_word=TOTAL_WORDS,
        count=st.integers(1, 99999),
    )
    def test_the_count_of_a_field_s_kinds_is_the_total(  # noqa: PLR0913, PLR0917 - the wording's parts
        self, year: int, heading: str, kinds: list[str], field: str, total_word: str, count: int
    ) -> None:
        body = _kinds_of_a_field(year, kinds, field, total_word, count)
        read = figure_of(proactive_section_page(year, heading, body), "proactive_total")
        assert read is not None
        assert (read.value, read.confidence) == (count, HEADED_TOTAL_CONFIDENCE)

    def test_the_blind_49_page(self) -> None:
        page = (DATA / "published_blind_49" / "yubei_cgj_2022.txt").read_text(encoding="utf-8")
        assert value_of(page, "proactive_total") == 631


class TestGuards:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        kinds=KINDS,
        field=FIELDS,
        count=st.integers(1, 9999),
        other=st.integers(1, 999),
        channel=st.sampled_from(["通过微信公众号发布信息{}条。", "在市政府网站发布信息{}条。"]),
    )
    def test_guard_another_count_in_the_block_competes(  # noqa: PLR0913, PLR0917 - the wording's parts
        self, year: int, kinds: list[str], field: str, count: int, other: int, channel: str
    ) -> None:
        body = _kinds_of_a_field(year, kinds, field, "总计", count) + channel.format(other)
        assert value_of(proactive_section_page(year, "(一)主动公开情况", body), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, kinds=KINDS, field=FIELDS, count=st.integers(1, 9999))
    def test_guard_under_another_heading_it_is_not_read(
        self, year: int, kinds: list[str], field: str, count: int
    ) -> None:
        body = _kinds_of_a_field(year, kinds, field, "总计", count)
        assert value_of(proactive_section_page(year, "(三)政府信息管理情况", body), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, field=FIELDS, count=st.integers(1, 9999))
    def test_guard_channels_named_are_no_kinds(self, year: int, field: str, count: int) -> None:
        body = _kinds_of_a_field(year, ["政府网站", "微信公众号"], field, "总计", count)
        assert value_of(proactive_section_page(year, "(一)主动公开情况", body), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, kinds=KINDS, field=FIELDS, count=st.integers(1, 9999))
    def test_guard_one_channel_s_count_is_left(
        self, year: int, kinds: list[str], field: str, count: int
    ) -> None:
        body = f"{year}年,我局通过区人民政府门户网站公开{'、'.join(kinds)}等{field}信息总计{count}条。"
        assert value_of(proactive_section_page(year, "(一)主动公开情况", body), "proactive_total") is None
