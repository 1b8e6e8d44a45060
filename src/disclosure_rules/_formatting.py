"""Formatting shared by the rules, the renderer and the deadline notes: Chinese dates and rounded shares."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date


def chinese_date(value: date) -> str:
    """A date as Chinese official documents print it: ``2017年11月25日`` (no leading zeros)."""
    return f"{value.year}年{value.month}月{value.day}日"


def percent_quantum(places: int) -> Decimal:
    """The unit of the last printed digit of a percentage with ``places`` decimals (0 → 1, 1 → 0.1)."""
    if places < 0:
        raise ValueError(f"precision must be 0 or more decimal places, got {places}")
    return Decimal(1).scaleb(-places)


def decimal_places(value: Decimal) -> int:
    """How many decimals a published figure was printed with (``Decimal("93.8")`` → 1, ``"94"`` → 0)."""
    exponent = value.as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def share_percent(count: int, base: int, places: int = 1) -> Decimal | None:
    """``count / base`` in percent, rounded half up (四舍五入) to ``places`` decimals; None when base is 0."""
    if base <= 0:
        return None
    return (Decimal(count) * 100 / Decimal(base)).quantize(percent_quantum(places), rounding=ROUND_HALF_UP)
