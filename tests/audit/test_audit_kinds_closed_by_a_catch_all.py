# Round 45
"""A list of kinds closed by a catch-all, under the year's categories, against the year's total (round 45).

Blind 41's ``pingtan_ptzhsyq_2014``: under 二、（二）主动公开政府信息的主要类别, "主动公开政府信息的主要类别有：机构职能类信息594条，
…，国土资源、城乡建设、环保能类98条，…，其他应主动公开的信息946条" adds to 2641, above the 2543 of (一) — silent: round 14's
check of a list closed by 其他 against a total in another sentence ran on 2021-format pages only, wanted no colon after
主动公开, and 信息 after every 类. Now it runs on legacy pages too (``legacy.count_mismatch``), the list may open with
主要类别有：, and a kind may give its count right after 类. A warning: the total is another sentence's, and an item may
be counted under two kinds; a sum at or below the total says nothing. The properties fail on the round-44 code; the
guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import Severity
from tests.audit.messy import DATA, LEGACY_YEARS, SETTINGS, audited, legacy_page

KINDS = ("机构职能类信息", "规划计划类信息", "行政许可类", "科教文体卫生类信息", "安全生产、应急管理类")
OPENINGS = st.sampled_from(("主动公开政府信息的主要类别有：", "主动公开信息的主要类别为："))
# The list the properties and the guards write: a year, its opening, two to five kinds' counts and the catch-all's.
LIST = {
    "year": LEGACY_YEARS,
    "opening": OPENINGS,
    "counts": st.lists(st.integers(1, 500), min_size=2, max_size=5),
    "other": st.integers(1, 500),
}


def _page(year: int, total: int, counts: list[int], other: int, opening: str) -> str:
    kinds = "，".join(f"{kind}{count}条" for kind, count in zip(KINDS, counts, strict=False))
    proactive = (
        f"{year}年主动公开政府信息{total}条。{year}年，我局{opening}{kinds}，其他应主动公开的信息{other}条。"
    )
    return legacy_page(year, proactive)


def _mismatches(page: str) -> list[tuple[str, Severity]]:
    return [(f.code, f.severity) for f in audited(page).findings if f.code.endswith("count_mismatch")]


class TestKindsClosedByACatchAll:
    @SETTINGS
    @given(**LIST, percent=st.integers(1, 99))
    def test_kinds_above_the_total_warn(
        self, year: int, opening: str, counts: list[int], other: int, percent: int
    ) -> None:
        listed = sum(counts) + other
        total = max(listed * percent // 100, 1)  # below the kinds' sum (at least 3), never 0
        assert _mismatches(_page(year, total, counts, other, opening)) == [
            ("legacy.count_mismatch", Severity.WARNING)
        ]

    def test_the_blind_41_page(self) -> None:
        page = (DATA / "published_blind_41" / "pingtan_ptzhsyq_2014.txt").read_text(encoding="utf-8")
        assert ("legacy.count_mismatch", Severity.WARNING) in _mismatches(page)


class TestGuards:
    @SETTINGS
    @given(**LIST, more=st.integers(0, 300))
    def test_guard_kinds_within_the_total_say_nothing(
        self, year: int, opening: str, counts: list[int], other: int, more: int
    ) -> None:
        total = sum(counts) + other + more
        assert _mismatches(_page(year, total, counts, other, opening)) == []

    def test_guard_the_consistent_pages_of_the_same_zone(self) -> None:
        for name in ("pingtan_ptzhsyq_2015", "pingtan_ptzhsyq_2016"):
            page = (DATA / "published_blind_41" / f"{name}.txt").read_text(encoding="utf-8")
            assert _mismatches(page) == []
