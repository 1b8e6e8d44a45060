"""Issue 12, round 26: the prose's count against a glued statistics row that no cut gives (docs/audit.md, round 26).

Blind 24's ``pingtan_cjj_2012``: the prose's 38 items against ``主动公开信息数条2626``, digits that cut two ways with the
year's count within its running total (2 | 626 or 26 | 26): the row was left unread and nothing compared. Whichever cut the
table means, the year's count is not the prose's: a warning naming the digits and every reading. The property fails on the
round-25 code; the guard (the prose's count is one of the cuts) passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from tests.audit.messy import (
    LEGACY_YEARS,
    SETTINGS,
    audited,
    fitting_cuts,
    legacy_page,
    year_and_running_cuts,
)


def _cuts(digits: str) -> list[int]:
    return [year for year, _ in year_and_running_cuts(digits)]


def _page(year: int, stated: int, digits: str) -> str:
    table = f"附件 统计表 指标名称计量单位{year}年度历年累计主动公开信息数条{digits}行政复议数件00\n"
    return legacy_page(year, f"{year}年，我局主动公开政府信息{stated}条。", attached=table)


def _mismatches(page: str) -> list[tuple[Severity, str]]:
    return [(f.severity, f.message) for f in audited(page).findings if f.code == "text.table_mismatch"]


# a year's count repeated as its running total (2626, 1515): two cuts or more fit, so the row is left unread
REPEATED = st.integers(11, 99).filter(lambda count: count % 10 != 0).map(lambda count: f"{count}{count}")


class TestNoCutGivesTheProse:
    @SETTINGS
    @given(year=LEGACY_YEARS, digits=REPEATED, stated=st.integers(1, 999))
    def test_a_count_no_cut_gives_is_a_warning(self, year: int, digits: str, stated: int) -> None:
        assume(fitting_cuts(digits) >= 2)
        assume(stated not in _cuts(digits))
        found = _mismatches(_page(year, stated, digits))
        assert [severity for severity, _ in found] == [Severity.WARNING]
        assert f"“{digits}”" in found[0][1]
        assert "无论哪种读法" in found[0][1]

    @SETTINGS
    @given(year=LEGACY_YEARS, digits=REPEATED, data=st.data())
    def test_guard_a_count_one_cut_gives_is_silent(self, year: int, digits: str, data: st.DataObject) -> None:
        stated = data.draw(st.sampled_from(_cuts(digits)))
        assert _mismatches(_page(year, stated, digits)) == []
