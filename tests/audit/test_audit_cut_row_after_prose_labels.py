# Round 44
"""A table 三 row cut by the excerpt's end reads its first cells, whatever the prose before the table names (round 44).

Blind 36's ``changchun_lkjjsfq_2025`` ends inside row 三、（三）5 after six cells and was left unread (``audit.short_row``),
while blind 40's ``pengjiang_cgj_2024_tw``, cut the same way inside row 二, read its first cell (``audit.row_cut_off``).
The difference: the overview of the first says "…部分公开2项,保护第三方合法权益…", row labels met in prose with no number
after them, taken as rows of the table with no number — a sign that the copy drops empty cells. A label met before
table 三's heading or header says nothing of the copy: in a copy that keeps every cell, the cells before the cut are
the row's first ones. The property fails on the round-43 code; the guards pass on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import audit
from tests.audit.messy import DATA, SETTINGS

if TYPE_CHECKING:
    from disclosure_rules._audit._result import AuditResult

PAGE = (DATA / "published_blind_36" / "changchun_lkjjsfq_2025.txt").read_text(encoding="utf-8")
LAST_ROW = "5.属于三类内部事务信息 |\n"
ROW_INDEX = 8  # 三、（三）5 in table 三's row order
WIDTH = 7
OVERVIEW = PAGE.splitlines()[1]  # "2025年,…依申请公开4项,部分公开2项,保护第三方合法权益和本机关不掌握…"
CELLS = st.lists(st.integers(0, 99), min_size=1, max_size=WIDTH - 1)


def _cut(cells: list[int], *, labels_in_prose: bool = True) -> AuditResult:
    page = PAGE[: PAGE.index(LAST_ROW) + len(LAST_ROW)] + "".join(f"{cell} |\n" for cell in cells[:-1])
    page += f"{cells[-1]} "  # the excerpt ends after a cell's number and its space, before the pipe
    if not labels_in_prose:
        page = page.replace(OVERVIEW, "2025年,长春临空经济示范区共公开信息246项。")
    return audit(page.encode("utf-8"), source="cut.txt")


class TestCutRowAfterProseLabels:
    @SETTINGS
    @given(cells=CELLS)
    def test_the_cells_before_the_cut_are_read(self, cells: list[int]) -> None:
        result = _cut(cells)
        row = result.tables["table3"][ROW_INDEX]
        assert row == [*cells, *([None] * (WIDTH - len(cells)))]
        assert "audit.row_cut_off" in {finding.code for finding in result.findings}


class TestGuards:
    @SETTINGS
    @given(cells=CELLS)
    def test_guard_without_labels_in_prose_the_cut_row_is_read(self, cells: list[int]) -> None:
        row = _cut(cells, labels_in_prose=False).tables["table3"][ROW_INDEX]
        assert row == [*cells, *([None] * (WIDTH - len(cells)))]

    @SETTINGS
    @given(cells=CELLS)
    def test_guard_no_cell_after_the_cut_is_ever_placed(self, cells: list[int]) -> None:
        row = _cut(cells).tables["table3"][ROW_INDEX]
        assert all(cell is None for cell in row[len(cells) :])
        assert not any(finding.is_error for finding in _cut(cells).findings)
