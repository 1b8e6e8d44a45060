"""Share arithmetic in one place: a printed share fits a count and a base rounded half up, or truncated."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._shares import share_fits, share_within_one_unit, truncation_fits


def _printed(count: int, base: int, places: int, rounding: str) -> Decimal:
    # Oracle: exact rational arithmetic, then one quantize of the exact decimal expansion.
    exact = Fraction(count * 100, base)
    scaled = Decimal(exact.numerator * 10**places) / Decimal(exact.denominator)
    return (scaled.to_integral_value(rounding=rounding) / Decimal(10**places)).quantize(
        Decimal(1).scaleb(-places)
    )


@given(st.integers(0, 500), st.integers(1, 500), st.integers(0, 2))
def test_reports_that_truncate_fit_the_truncation_check(count: int, base: int, places: int) -> None:
    """Reports often truncate (59/130 = 45.38% printed 45.3%): the auditor tolerates the cut share."""
    assert truncation_fits(count, base, _printed(count, base, places, ROUND_DOWN))


@given(st.integers(0, 500), st.integers(1, 500), st.integers(0, 2))
def test_half_up_share_fits_and_lies_within_one_unit(count: int, base: int, places: int) -> None:
    printed = _printed(count, base, places, ROUND_HALF_UP)
    assert share_fits(count, base, printed)
    assert share_within_one_unit(count, base, printed)


def test_examples() -> None:
    assert truncation_fits(59, 130, Decimal("45.3"))
    assert not share_fits(59, 130, Decimal("45.3"))
    assert not truncation_fits(59, 130, Decimal("45.4"))
    assert not truncation_fits(1, 0, Decimal(0))
