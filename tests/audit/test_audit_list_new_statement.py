"""A clause after ；with its own subject, its own 共 and verb, or its own channel starts a new statement (round 24).

``fuyuan_zrzyj_2022_tw`` (blind set 8, consistent by its reading): ``通过政府门户网站共发布信息18篇，其中，政府信息年报1篇，
土地资源6篇，矿产资源10篇，城市规划1篇；同时，我局在黑龙江省信用公示平台共发布行政许可信息76条，行政处罚信息2条。`` was a
``text.count_mismatch`` warning summing 76 and 2 into the 18. The list ends at the ；before a clause that opens a
statement of its own (docs/audit.md, round 24). Each property fails on the round-23 code; each guard passes on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, opening

if TYPE_CHECKING:
    from disclosure_rules._findings import Finding

COUNTS = st.integers(1, 60)
YEARS = st.integers(2021, 2025)
# How a new statement opens after the ；(the subject, a connective before it, a total of its own with its verb).
OPENINGS = st.sampled_from(
    [
        "同时，我局在信用公示平台共发布",
        "我局在信用公示平台发布",
        "此外，我镇通过公开栏公布",
        "同时，在信用公示平台共发布",
        "全年共发布",
    ]
)


def _mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")]


def _page(year: int, parts: list[int], opening_words: str, later: int, unit: str = "篇") -> str:
    listed = "，".join(
        f"{name}{count}{unit}" for name, count in zip(["年报", "土地资源", "矿产资源"], parts, strict=False)
    )
    return opening(year) + (
        f"{year}年，通过政府门户网站共发布信息{sum(parts)}{unit}，其中，{listed}；"
        f"{opening_words}行政许可信息{later}条，行政处罚信息2条。\n"
    )


class TestANewStatementAfterASemicolon:
    @SETTINGS
    @given(
        year=YEARS,
        parts=st.lists(COUNTS, min_size=2, max_size=3),
        words=OPENINGS,
        later=COUNTS,
        unit=st.sampled_from(["篇", "条"]),
    )
    def test_a_whole_breakdown_then_another_statement_is_silent(
        self, year: int, parts: list[int], words: str, later: int, unit: str
    ) -> None:
        assert _mismatches(_page(year, parts, words, later, unit)) == []


class TestGuards:
    @SETTINGS
    @given(year=YEARS, parts=st.lists(COUNTS, min_size=3, max_size=3), extra=COUNTS)
    def test_guard_parts_across_a_semicolon_are_still_summed(
        self, year: int, parts: list[int], extra: int
    ) -> None:
        # "…年报1篇；土地资源6篇；矿产资源10篇": a ；between parts with no subject of their own ends nothing
        total = sum(parts) + extra
        page = opening(year) + (
            f"{year}年，通过政府门户网站共发布信息{total}篇，其中，年报{parts[0]}篇；土地资源{parts[1]}篇；"
            f"其他{parts[2]}篇。\n"
        )
        found = _mismatches(page)
        assert len(found) == 1
        assert str(sum(parts)) in found[0].message

    @SETTINGS
    @given(year=YEARS, parts=st.lists(COUNTS, min_size=3, max_size=3), extra=COUNTS)
    def test_guard_a_part_written_with_gong_is_still_a_part(
        self, year: int, parts: list[int], extra: int
    ) -> None:
        # pingtan_czj_2021: "其中:财税金融等政策及解读共7条；财政预算、决算报告共3条；…": 共 with no verb is the part's own
        total = sum(parts) + extra
        page = opening(year) + (
            f"{year}年，主动公开政府信息共{total}条，其中:政策及解读共{parts[0]}条；预算、决算报告共{parts[1]}条；"
            f"其他文件共{parts[2]}条。\n"
        )
        found = _mismatches(page)
        assert len(found) == 1
        assert str(sum(parts)) in found[0].message

    @SETTINGS
    @given(year=YEARS, counts=st.lists(COUNTS, min_size=2, max_size=2), extra=COUNTS)
    def test_guard_channels_across_a_semicolon_are_still_parts(
        self, year: int, counts: list[int], extra: int
    ) -> None:
        # "其中，通过政府网站公开…；利用微信…": every part a channel, the channel verbs open no new statement
        total = sum(counts) + extra
        page = opening(year) + (
            f"{year}年，主动公开政府信息{total}条，其中，通过政府网站公开信息{counts[0]}条；"
            f"通过微信公众号发布信息{counts[1]}条。\n"
        )
        stated = [f for f in audited(page).figures if f.name == "category"]
        assert sorted(int(f.value) for f in stated) == sorted(counts)
