"""Issue 12, round 26: a part written 0 with no unit, and a later share of a garbled part (docs/audit.md, round 26).

Blind 24's ``pingtan_cjj_2013``: ``制作、获取政府信息总数32条，其中主动公开政府信息26条，作为依申请公开信息数0条，不予公开信息
数0。主动公开的政府信条，占100%。`` — the last part's 0 lost its unit, so the list was not summed (26 + 0 + 0 ≠ 32 missed),
and the share after the list (its part's name garbled, 信条 for 信息, and a comma before 占) was not paired with its part.
A 0 adds nothing whatever it counts: it is read in the list's unit. The properties fail on the round-25 code; the guards
pass on both.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from disclosure_rules._shares import share_consistent
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page


def _page(year: int, made: int, proactive: int, share: int | None = None) -> str:
    later = f"主动公开的政府信条，占{share}%。" if share is not None else ""
    return legacy_page(
        year,
        f"{year}年制作、获取政府信息总数{made}条，其中主动公开政府信息{proactive}条，作为依申请公开信息数0条，"
        f"不予公开信息数0。{later}",
    )


def _found(page: str, code: str) -> list[Severity]:
    return [finding.severity for finding in audited(page).findings if finding.code == code]


class TestAUnitlessZero:
    @SETTINGS
    @given(year=LEGACY_YEARS, proactive=st.integers(1, 300), off=st.integers(1, 50))
    def test_kinds_short_of_the_total_are_found(self, year: int, proactive: int, off: int) -> None:
        assert _found(_page(year, proactive + off, proactive), "legacy.count_mismatch")

    @SETTINGS
    @given(year=LEGACY_YEARS, proactive=st.integers(1, 300))
    def test_guard_kinds_that_make_the_total_are_silent(self, year: int, proactive: int) -> None:
        assert _found(_page(year, proactive, proactive), "legacy.count_mismatch") == []


class TestALaterShareOfAGarbledName:
    @SETTINGS
    @given(year=LEGACY_YEARS, proactive=st.integers(1, 300), off=st.integers(1, 50))
    def test_a_share_the_part_does_not_make_is_a_warning(self, year: int, proactive: int, off: int) -> None:
        made = proactive + off
        assume(not share_consistent(proactive, made, Decimal(100)))
        assert _found(_page(year, made, proactive, share=100), "legacy.share_mismatch") == [Severity.WARNING]

    @SETTINGS
    @given(year=LEGACY_YEARS, proactive=st.integers(1, 300))
    def test_guard_a_share_that_fits_is_silent(self, year: int, proactive: int) -> None:
        assert _found(_page(year, proactive, proactive, share=100), "legacy.share_mismatch") == []
