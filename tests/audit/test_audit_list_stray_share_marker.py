"""Issue 12, round 26: a stray 占 before a part's name and count is no share (docs/audit.md, "Twenty-sixth round").

Blind 24's ``shanggao_luzhou_2018``: ``通知公告24条,占15%,占规范性文件6条,占4%`` — a 占 before the next category's name and
count lost that part (the list summed short of its total, an error) and paired the next part's share with 通知公告 (a second
error). The part is read, each share stays with the count it follows, and a list read past such a marker is unsure: no
finding on it is an error. The properties fail on the round-25 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from disclosure_rules._formatting import share_percent
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page

NAMES = ("工作动态类信息", "通知公告", "规范性文件", "政策解读", "财政预决算", "人事信息")


def _list_page(year: int, counts: list[int], stray: int | None) -> str:
    """A legacy page whose total's parts each carry their rounded share; a stray 占 before part ``stray``."""
    total = sum(counts)
    items = []
    for index, count in enumerate(counts):
        share = share_percent(count, total, 0)  # rounded half up, as the pages print it
        assert share is not None
        mark = "占" if index == stray else ""
        items.append(f"{mark}{NAMES[index]}{count}条,占{int(share)}%")
    # the stray 占 follows the share before it with a comma, as the page wrote it
    body = ";".join(items).replace(";占", ",占")
    return legacy_page(year, f"{year}年主动公开的信息数共有{total}条,其中:{body}。")


def _severities(page: str) -> list[Severity]:
    return [
        finding.severity
        for finding in audited(page).findings
        if finding.code in {"legacy.count_mismatch", "legacy.share_mismatch"}
    ]


PART_COUNTS = st.lists(st.integers(1, 200), min_size=3, max_size=6)


class TestAStrayShareMarker:
    @SETTINGS
    @given(year=LEGACY_YEARS, counts=PART_COUNTS, data=st.data())
    def test_a_consistent_list_with_a_stray_marker_raises_nothing(
        self, year: int, counts: list[int], data: st.DataObject
    ) -> None:
        stray = data.draw(st.integers(1, len(counts) - 1))
        assert _severities(_list_page(year, counts, stray)) == []

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=PART_COUNTS, data=st.data(), off=st.integers(1, 50))
    def test_a_list_read_past_a_stray_marker_is_never_an_error(
        self, year: int, counts: list[int], data: st.DataObject, off: int
    ) -> None:
        """A total that the parts miss: said, but as a low-confidence warning (the reading is unsure)."""
        stray = data.draw(st.integers(1, len(counts) - 1))
        page = _list_page(year, counts, stray).replace(f"共有{sum(counts)}条", f"共有{sum(counts) + off}条")
        found = [finding for finding in audited(page).findings if finding.code == "legacy.count_mismatch"]
        assert found
        assert all(finding.severity is Severity.WARNING for finding in found)

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=PART_COUNTS, off=st.integers(1, 50))
    def test_guard_a_list_without_the_marker_keeps_its_error(
        self, year: int, counts: list[int], off: int
    ) -> None:
        page = _list_page(year, counts, None).replace(f"共有{sum(counts)}条", f"共有{sum(counts) + off}条")
        assert Severity.ERROR in _severities(page)

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=PART_COUNTS, data=st.data())
    def test_a_stray_marker_run_into_the_share_before_it_is_never_an_error(
        self, year: int, counts: list[int], data: st.DataObject
    ) -> None:
        """``占15%占规范性文件6条``: no comma before the stray 占, so the part is read past — never an error."""
        stray = data.draw(st.integers(1, len(counts) - 1))
        page = _list_page(year, counts, stray).replace("%,占", "%占")
        assert Severity.ERROR not in _severities(page)
