"""A legacy statistics table's glued row against the prose: the warning never states a cut as what the table holds.

The round-18 reader cuts a glued ``本年度 | 历年累计`` pair where the year's count stays within its running total. When
the prose states another cut of the same digits (``740`` cut 7 | 40 against the prose's 74, which would be 74 | 0 — blind
19, ``pingtan_nyn_2016``), the page disagrees with itself whichever cut is right; the warning says so, naming the digits,
instead of "the table says 7". The property fails on the code before the fix; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, fitting_cuts, legacy_page


def _page(year: int, stated: int, digits: str) -> str:
    table = f"附件 统计表 指标名称单位{year}年度历年累计主动公开信息数条{digits}附件下载\n"
    return legacy_page(year, f"{year}年，我局主动公开政府信息{stated}条。", attached=table)


def _table_mismatches(page: str) -> list[tuple[Severity, str]]:
    return [(f.severity, f.message) for f in audited(page).findings if f.code == "text.table_mismatch"]


class TestAGluedRowAgainstTheProse:
    @SETTINGS
    @given(year=LEGACY_YEARS, tens=st.integers(1, 9), ones=st.integers(1, 9), data=st.data())
    def test_a_prose_count_that_is_the_other_cut_is_a_page_at_odds_with_itself(
        self, year: int, tens: int, ones: int, data: st.DataObject
    ) -> None:
        """``740`` and the prose's 74: a warning that names the digits and both readings, never "the table's 7"."""
        stated = 10 * tens + ones  # its last digit is no 0, so "tens | ones running" is the one cut that fits
        running = data.draw(st.integers(0, stated - 1))
        digits = f"{stated}{running}"
        assert fitting_cuts(digits) == 1
        found = _table_mismatches(_page(year, stated, digits))
        assert [severity for severity, _ in found] == [Severity.WARNING]
        assert f"“{digits}”" in found[0][1]
        assert "无论哪种读法" in found[0][1]

    @SETTINGS
    @given(year=LEGACY_YEARS, stated=st.integers(1, 9), data=st.data())
    def test_guard_a_glued_row_the_prose_agrees_with_is_silent(
        self, year: int, stated: int, data: st.DataObject
    ) -> None:
        """Guard: a one-digit year's count glued to a running total of at most two digits cuts one way: silent."""
        running = data.draw(st.integers(stated, 99))
        digits = f"{stated}{running}"
        assert fitting_cuts(digits) == 1
        assert _table_mismatches(_page(year, stated, digits)) == []
