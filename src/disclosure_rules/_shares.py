"""Share arithmetic, held once: does a printed percentage fit a count and a base, and how shares add to 100.

Published reports print shares rounded half up (四舍五入), sometimes truncated, and breakdowns that add up to
exactly 100% by the largest-remainder method (最大余数法). Validation, the auditor and the aggregator all ask the
same questions of a printed share; they ask them here.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Final

from disclosure_rules._formatting import decimal_places, percent_quantum, share_percent

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "fitting_bases",
    "largest_remainder_shares",
    "one_unit_slip",
    "share_consistent",
    "share_fits",
    "share_percent",
    "share_within_one_unit",
    "truncation_fits",
]

_HUNDRED: Final = Decimal(100)


def share_fits(count: int, base: int, published: Decimal) -> bool:
    """Whether ``count / base`` rounds (half up, 四舍五入) to the published percentage at its precision."""
    return share_percent(count, base, decimal_places(published)) == published


def share_within_one_unit(count: int, base: int, published: Decimal) -> bool:
    """Whether the published share is ``count / base`` rounded down or up at its precision.

    Largest-remainder rounding (最大余数法), which makes a breakdown's shares add up to exactly 100%, gives
    each share one of these two values; it is accepted for breakdowns whose published shares total 100%.
    """
    if base <= 0:
        return False
    unit = percent_quantum(decimal_places(published))
    exact = Decimal(count) * 100 / Decimal(base)
    return (
        exact.quantize(unit, rounding=ROUND_FLOOR)
        <= published
        <= exact.quantize(unit, rounding=ROUND_CEILING)
    )


def fitting_bases(count: int, published: Decimal, *, limit: int = 3) -> list[int]:
    """The smallest bases that give the published share (rounded half up); empty if none does.

    ``count / base`` falls as ``base`` grows, so the bases that fit form one run of consecutive integers:
    the run starts just above ``count × 100 / (share + half a printed unit)``.
    """
    if published <= 0 or count <= 0:
        return []
    half_unit = percent_quantum(decimal_places(published)) / 2
    first = int(Decimal(count) * 100 / (published + half_unit))
    found: list[int] = []
    for base in range(max(first - 1, 1), first + limit + 3):
        if share_fits(count, base, published):
            found.append(base)
            if len(found) == limit:
                break
    return found


def one_unit_slip(count: int, base: int, published: Decimal) -> bool:
    """Whether the published share is one unit of its last printed place off ``count / base`` rounded half up.

    197/235 = 83.8298% printed 83.84% (rounded 83.83%): a slip of the author's by one unit in the last place —
    computed from a rounded figure, or nudged so the shares add to 100% — more likely than a wrong count; the
    auditor reports it as a warning, never an error (issue 12 round 16).
    """
    rounded = share_percent(count, base, decimal_places(published))
    return rounded is not None and abs(rounded - published) == percent_quantum(decimal_places(published))


def truncation_fits(count: int, base: int, published: Decimal) -> bool:
    """Whether the published share is ``count / base`` cut (not rounded) at its printed precision.

    Reports often truncate (59/130 = 45.38% printed 45.3%); the corpus readings do not count that as an error.
    """
    if base <= 0:
        return False
    quantum = percent_quantum(decimal_places(published))
    return (Decimal(count) * _HUNDRED / Decimal(base)).quantize(quantum, rounding=ROUND_DOWN) == published


def share_consistent(count: int, base: int, published: Decimal) -> bool:
    """Whether a printed share is consistent with ``count / base``: the auditor's one tolerance (round 24).

    A share printed with d decimals is consistent when it is the true share rounded half up (四舍五入) **or** cut
    (截尾) at d decimals: reports print both, and the hand readings count neither as an error (59/130 = 45.38%
    printed 45.3%; 2/57 = 3.5088% printed 3.50%). Anything else is a mismatch; one unit of the last place off
    the rounded share (``one_unit_slip``: 320/580 = 55.17% printed 55.18%) is the author's slip, a warning.
    """
    return share_fits(count, base, published) or truncation_fits(count, base, published)


def largest_remainder_shares(counts: Sequence[int], *, precision: int = 0) -> list[Decimal]:
    """Percentages of ``counts`` in their sum that add up to exactly 100 at ``precision`` decimals.

    An empty or all-zero input has no shares (an empty list is returned for it).
    """
    if precision < 0:
        raise ValueError("precision is a number of decimals, 0 or more")
    if any(count < 0 for count in counts):
        raise ValueError("counts are non-negative")
    total = sum(counts)
    if total == 0:
        return []
    quantum = percent_quantum(precision)
    exact = [Decimal(count) * _HUNDRED / Decimal(total) for count in counts]
    floors = [value.quantize(quantum, rounding=ROUND_DOWN) for value in exact]
    missing = int(((_HUNDRED - sum(floors)) / quantum).to_integral_value())
    order = sorted(range(len(counts)), key=lambda i: (-(exact[i] - floors[i]), -counts[i], i))
    for index in order[:missing]:
        floors[index] += quantum
    return floors
