"""Legacy statistics (the narrative reports of 2008-2020): counts by category and by channel, with shares.

Shares are rounded by the **largest-remainder method** (Hamilton's method), so that the shares of a partition
add up to exactly 100% at the printed precision: each share is first cut down to the precision, then the
units still missing to reach 100 go, one each, to the shares that lost the most in the cut (ties: the larger
count, then the order given). A share so rounded differs from plain half-up rounding by at most one unit of the
last printed digit, and only where half-up rounding would not add up (e.g. three thirds: 33% + 33% + 34%).

Channels are not a partition (an item published on the website and at a reading point counts under both), so
their shares are each item count over all published items, rounded half up, and need not add up to 100% —
unless every item has exactly one channel, when the largest-remainder rule applies as for categories.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from disclosure_rules._formatting import share_percent
from disclosure_rules._labels import LEGACY_SHARE_OF_ALL
from disclosure_rules._models import LegacyBreakdown, LegacyFigure, LegacyFigures, TimelinessFigure
from disclosure_rules._shares import largest_remainder_shares
from disclosure_rules._sources import REGULATION_2019_TITLE

if TYPE_CHECKING:
    from collections.abc import Mapping

    from disclosure_rules._aggregate._tally import ItemTally

_HUNDRED: Final = Decimal(100)
#: 第二十六条 (2007: 第十八条): 20 working days from formation or change.
PROACTIVE_LIMIT_WORKING_DAYS: Final = 20
PROACTIVE_LIMIT_SOURCE: Final = f"{REGULATION_2019_TITLE}第二十六条（2007年条例第十八条）"


def half_up_share(count: int, total: int, *, precision: int = 0) -> Decimal | None:
    """``count`` as a percentage of ``total``, rounded half up (四舍五入); ``None`` when ``total`` is 0."""
    return share_percent(count, total, precision)


def breakdown(  # noqa: PLR0913 - keyword-only presentation options
    name: str,
    counts: Mapping[str, int],
    *,
    total: int,
    exhaustive: bool,
    basis: str | None = None,
    precision: int = 0,
) -> LegacyBreakdown:
    """A breakdown of ``total`` items, largest first; shares by largest remainder when it is a partition."""
    labels = sorted(counts, key=lambda label: (-counts[label], label))
    values = [counts[label] for label in labels]
    if exhaustive and sum(values) == total:
        shares: list[Decimal | None] = list(largest_remainder_shares(values, precision=precision)) or [
            None
        ] * len(values)
    else:
        shares = [half_up_share(value, total, precision=precision) for value in values]
    return LegacyBreakdown(
        name=name,
        basis=basis,
        total=total,
        exhaustive=exhaustive,
        figures=tuple(
            LegacyFigure(label=label, count=value, share_percent=share, share_of=LEGACY_SHARE_OF_ALL)
            for label, value, share in zip(labels, values, shares, strict=True)
        ),
    )


def legacy_figures(items: ItemTally, *, precision: int = 0) -> LegacyFigures:
    """The seed-style figures of the items published in the year: total, by category, by channel, timeliness."""
    total = items.published
    single_channel = sum(items.by_channel.values()) == total
    timeliness: tuple[TimelinessFigure, ...] = ()
    known = items.published_on_time + items.published_late
    if known:
        timeliness = (
            TimelinessFigure(
                label="从生成到公开不超过20个工作日",
                limit_working_days=PROACTIVE_LIMIT_WORKING_DAYS,
                limit_source=PROACTIVE_LIMIT_SOURCE,
                count=items.published_on_time,
                share_percent=half_up_share(items.published_on_time, known, precision=precision),
                share_of="可判断时限的公开信息",
                total=known,
            ),
        )
    return LegacyFigures(
        proactive_total=total,
        by_category=breakdown(
            "公开的内容", items.by_category, total=total, exhaustive=True, precision=precision
        ),
        by_channel=breakdown(
            "公开的形式", items.by_channel, total=total, exhaustive=single_channel, precision=precision
        ),
        timeliness=timeliness,
    )
