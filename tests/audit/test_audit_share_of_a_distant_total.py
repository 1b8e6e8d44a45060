# Round 44
"""A share naming no base, the year's total stated in another paragraph: no error (round 44).

A share whose words name no base (占37.8%), whose list states no total of its own, checked against the year's total
stated in another paragraph (round 41 left it an error "where it misses"; no page of the data shows one) may be of
another count: the base is not certain, so a miss is a warning. In the total's own paragraph the share stays the
total's (round 41's ``pingtan_ptx_2012``: "…主动公开政府信息2026条…。…各乡镇主动公开政府信息1503条,占37.8%。", an error
its reading lists). The property fails on the round-43 code; the guards (the share in the total's paragraph or its run
of sentences cut at ;, a share naming its base) pass on both.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules import Severity
from disclosure_rules._shares import one_unit_slip, share_consistent
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page

COUNT = st.integers(10, 2000)


def _share(part: int, base: int) -> Decimal:
    return (Decimal(1000 * part) / base).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 10


def _a_clear_miss(total: int, towns: int, offices: int) -> None:
    """The towns' share misses the year's total by more than a slip, and is no part above it (another check)."""
    share = _share(towns, towns + offices)
    assume(
        towns <= total
        and not share_consistent(towns, total, share)
        and not one_unit_slip(towns, total, share)
    )


def _share_findings(page: str) -> list[Severity]:
    return [f.severity for f in audited(page).findings if f.code.endswith("share_mismatch")]


def _shares(  # noqa: PLR0913 - the page's counts and its wording
    year: int, total: int, towns: int, offices: int, after_total: str, *, named: bool = False
) -> str:
    base = towns + offices  # the shares' own base, another count than the year's total
    of = "占全部公开信息的" if named else "占"
    joiner = ";" if after_total == ";" else "。"
    return (
        f"{year}年,我局共主动公开政府信息{total}条{after_total}"
        f"各乡镇主动公开政府信息{towns}条,{of}{_share(towns, base)}%{joiner}"
        f"县直各单位主动公开政府信息{offices}条,{of}{_share(offices, base)}%。"
    )


class TestShareOfADistantTotal:
    @SETTINGS
    @given(year=LEGACY_YEARS, total=COUNT, towns=COUNT, offices=COUNT)
    def test_a_share_naming_no_base_in_another_paragraph_is_no_error(
        self, year: int, total: int, towns: int, offices: int
    ) -> None:
        _a_clear_miss(total, towns, offices)
        found = _share_findings(legacy_page(year, _shares(year, total, towns, offices, "。\n")))
        assert found  # still said
        assert Severity.ERROR not in found


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, total=COUNT, towns=COUNT, offices=COUNT)
    def test_guard_in_the_totals_run_of_sentences_it_is_an_error(
        self, year: int, total: int, towns: int, offices: int
    ) -> None:
        _a_clear_miss(total, towns, offices)
        assert Severity.ERROR in _share_findings(legacy_page(year, _shares(year, total, towns, offices, ";")))

    @SETTINGS
    @given(year=LEGACY_YEARS, total=COUNT, towns=COUNT, offices=COUNT)
    def test_guard_in_the_totals_paragraph_it_is_an_error(
        self, year: int, total: int, towns: int, offices: int
    ) -> None:
        _a_clear_miss(total, towns, offices)  # round 41: the share is the total's, a miss the page's slip
        assert Severity.ERROR in _share_findings(
            legacy_page(year, _shares(year, total, towns, offices, "。"))
        )

    @SETTINGS
    @given(year=LEGACY_YEARS, total=COUNT, towns=COUNT, offices=COUNT)
    def test_guard_a_share_naming_its_base_is_an_error(
        self, year: int, total: int, towns: int, offices: int
    ) -> None:
        _a_clear_miss(total, towns, offices)
        page = legacy_page(year, _shares(year, total, towns, offices, "。\n", named=True))
        assert Severity.ERROR in _share_findings(page)
