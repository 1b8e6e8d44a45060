"""Counts said beside a list's total are not its parts (round 25).

``ganzhou_beijie_2025`` (blind set 7, consistent by its reading): ``通过政府门户网站累计发布工作动态信息165条,其中重点聚焦
甘州乡镇街道动态102条;发布法定主动公开内容1条,包括机构概况1条,以及“三公”经费及预算/决算信息2条`` gave two
``text.count_mismatch`` warnings: 102 + 1 against 165 (the clause after ；opens with the total's own verb, 发布 — a statement
beside it), and 1 + 2 against 1 (a part added with 以及 after a part that makes the total). The properties fail on the
round-24 code; each guard passes on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, opening

if TYPE_CHECKING:
    from disclosure_rules._findings import Finding

COUNTS = st.integers(1, 300)
YEARS = st.integers(2021, 2025)
VERBS = st.sampled_from(["发布", "公开", "公布"])
ADDED = st.sampled_from(["以及", "另有", "此外"])


def _mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")]


def _beside(year: int, total: int, part: int, verb: str, other: int) -> str:
    return opening(year) + (
        f"（一）主动公开情况。{year}年度，通过政府门户网站累计{verb}工作动态信息{total}条，其中重点聚焦乡镇街道动态"
        f"{part}条；{verb}法定主动公开内容{other}条，切实保障公众知情权。\n"
    )


def _added(year: int, total: int, added: str, other: int) -> str:
    return opening(year) + (
        f"（一）主动公开情况。{year}年度，发布法定主动公开内容{total}条，包括机构概况{total}条，"
        f"{added}预算决算信息{other}条，切实保障公众知情权。\n"
    )


class TestBesideTheTotal:
    @SETTINGS
    @given(year=YEARS, total=COUNTS, part=COUNTS, verb=VERBS, other=COUNTS)
    def test_a_clause_with_the_total_s_verb_after_the_semicolon_is_no_part(
        self, year: int, total: int, part: int, verb: str, other: int
    ) -> None:
        part = min(part, total)
        assert _mismatches(_beside(year, total + other, part, verb, other)) == []

    @SETTINGS
    @given(year=YEARS, total=COUNTS, added=ADDED, other=COUNTS)
    def test_a_count_added_after_parts_making_the_total_is_no_part(
        self, year: int, total: int, added: str, other: int
    ) -> None:
        assert _mismatches(_added(year, total, added, other)) == []


class TestGuards:
    @SETTINGS
    @given(year=YEARS, parts=st.lists(COUNTS, min_size=2, max_size=3), missing=COUNTS, verb=VERBS)
    def test_guard_parts_written_with_the_verb_are_still_summed(
        self, year: int, parts: list[int], missing: int, verb: str
    ) -> None:
        # the first part opens with the verb too: the list is written that way, every clause is a part
        names = ("工作动态", "通知公告", "政策文件")
        page = opening(year) + (
            f"（一）主动公开情况。{year}年度，累计{verb}政府信息{sum(parts) + missing}条，其中"
            + "；".join(f"{verb}{name}{count}条" for name, count in zip(names, parts, strict=False))
            + "。\n"
        )
        assert len(_mismatches(page)) == 1

    @SETTINGS
    @given(year=YEARS, first=COUNTS, second=COUNTS, missing=COUNTS)
    def test_guard_a_part_joined_by_he_is_still_summed(
        self, year: int, first: int, second: int, missing: int
    ) -> None:
        page = opening(year) + (
            f"（一）主动公开情况。{year}年度，发布法定主动公开内容{first + second + missing}条，包括机构概况{first}条，"
            f"预算决算信息{second}条。\n"
        )
        assert len(_mismatches(page)) == 1
