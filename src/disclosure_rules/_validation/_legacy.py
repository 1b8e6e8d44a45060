"""The rules of legacy narrative reports (2008–2018): parts add up to their total, shares are part / total."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from disclosure_rules._findings import CellRef, Finding, Severity
from disclosure_rules._formatting import decimal_places, share_percent
from disclosure_rules._labels import LEGACY_BREAKDOWN_NAMES, LEGACY_PROACTIVE_TOTAL_LABEL, LEGACY_SHARE_OF_ALL
from disclosure_rules._shares import fitting_bases, share_fits, share_within_one_unit
from disclosure_rules._validation._common import SOURCE_LEGACY, SOURCE_PLAUSIBILITY, reported_year

if TYPE_CHECKING:
    from collections.abc import Sequence

    from disclosure_rules._models import LegacyBreakdown, LegacyFigures, LegacyReport

__all__ = ["check_legacy"]

HUNDRED_PERCENT: Final = Decimal(100)


def _percent(value: Decimal) -> str:
    return f"{value}%"


@dataclass(frozen=True, slots=True)
class _StatedShare:
    table: str
    label: str
    count: int
    base: int
    share: Decimal
    base_words: str | None


def _share_finding(stated: _StatedShare, candidates: Sequence[tuple[str, int]]) -> Finding:
    share = stated.share
    computed = share_percent(stated.count, stated.base, decimal_places(share))
    bases = fitting_bases(stated.count, share)
    named = [f"{name}{value}条" for name, value in candidates if name != stated.label and value in bases]
    if bases:
        explanation = f"只有以{'或'.join(str(b) for b in bases)}为基数才得到{_percent(share)}"
        if named:
            explanation += f"（与{'、'.join(dict.fromkeys(named))}相符）"
    else:
        explanation = f"没有任何整数基数能得到{_percent(share)}"
    base_words = f"{stated.base_words or LEGACY_SHARE_OF_ALL}（{stated.base}条）"
    if stated.count > stated.base:
        should_be = f"多于所称基数{base_words}，报告却写占{_percent(share)}"
    elif computed is None:
        should_be = f"所称基数{base_words}为0，报告却写占{_percent(share)}"
    else:
        should_be = f"占{base_words}应为{_percent(computed)}，报告写为{_percent(share)}"
    return Finding(
        code="legacy.share_mismatch",
        severity=Severity.ERROR,
        message=(f"“{stated.label}”{stated.count}条，{should_be}；{explanation}。"),
        cells=(CellRef(table=stated.table, row=stated.label, column="占比"),),
        expected=_percent(computed) if computed is not None else None,
        actual=_percent(share),
        source=SOURCE_LEGACY,
    )


def _legacy_candidates(figures: LegacyFigures) -> list[tuple[str, int]]:
    """Numbers stated in the report that a wrong share may have been computed against."""
    candidates: list[tuple[str, int]] = []
    if figures.proactive_total is not None:
        candidates.append((LEGACY_PROACTIVE_TOTAL_LABEL, figures.proactive_total))
    for breakdown in (figures.by_category, figures.by_channel):
        if breakdown is None:
            continue
        if breakdown.figures:
            candidates.append((f"{breakdown.name}各项之和", sum(f.count for f in breakdown.figures)))
        candidates.extend((f.label, f.count) for f in breakdown.figures)
    candidates.extend((t.label, t.count) for t in figures.timeliness)
    if figures.reading_point_items is not None:
        candidates.append(("公共查阅点信息数", figures.reading_point_items))
    return candidates


# Round 55 (blind 51's ``daxing_fgw_2010``, development data: "主动公开政府信息数104条。其中,机构职能类信息2条,占总数的1.5%;…
# 业务动态类信息37条,占总数的49%", 74 of 104, shares adding to 83.3%): when every part prints its share of the total and the
# shares add to less than 100% by more than their rounding or truncation can explain, the page itself says the kinds are not the whole.
# The count mismatch is then a warning (issue 12, class 8); each share is still checked on its own.
_SHORT_SHARES_NOTE: Final = (
    "（所列各项的占比之和{shares}%明显不足100%，页面自己表明所列并非全部类别，请核对）。"
)


def _shares_declare_a_part(shares: Sequence[Decimal | None]) -> Decimal | None:
    """The shares' sum when every part prints one and it falls short of 100% beyond rounding or truncation; else None."""
    if not shares or any(share is None for share in shares):
        return None
    printed = [share for share in shares if share is not None]
    # a full printed unit per share: pages truncate shares as often as they round them (blind 19's pingtan_nyn_2016,
    # seven whole shares adding to 96%, is a whole list one short)
    slack = sum((Decimal(1).scaleb(-decimal_places(share)) for share in printed), Decimal(0))
    total = sum(printed, Decimal(0))
    return total if HUNDRED_PERCENT - total > slack else None


def _legacy_breakdown(
    table: str, breakdown: LegacyBreakdown, figures: LegacyFigures, candidates: Sequence[tuple[str, int]]
) -> list[Finding]:
    findings: list[Finding] = []
    total = figures.base_for(breakdown.total)
    if total is None:
        return findings
    parts = sum(figure.count for figure in breakdown.figures)
    shares = [figure.share_percent for figure in breakdown.figures]
    adds_to_100 = (
        breakdown.exhaustive
        and parts == total
        and all(share is not None for share in shares)
        and sum(share for share in shares if share is not None) == HUNDRED_PERCENT
    )
    if breakdown.exhaustive and breakdown.figures and parts != total:
        labels = "、".join(f"{f.label}{f.count}条" for f in breakdown.figures)
        short = _shares_declare_a_part(shares) if parts < total else None
        message = f"{breakdown.name}：{labels}，合计{parts}条，与报告所述总数{total}条不符。"
        if short is not None:
            message = message.removesuffix("。") + _SHORT_SHARES_NOTE.format(shares=short)
        findings.append(
            Finding(
                code="legacy.count_mismatch",
                severity=Severity.ERROR if short is None else Severity.WARNING,
                message=message,
                cells=tuple(CellRef(table=table, row=f.label, column="条数") for f in breakdown.figures),
                expected=total,
                actual=parts,
                source=SOURCE_LEGACY,
            )
        )
    findings.extend(
        _share_finding(
            _StatedShare(table, figure.label, figure.count, total, figure.share_percent, figure.share_of),
            candidates,
        )
        for figure in breakdown.figures
        if figure.share_percent is not None
        and not share_fits(figure.count, total, figure.share_percent)
        and not (adds_to_100 and share_within_one_unit(figure.count, total, figure.share_percent))
    )
    return findings


def _legacy_timeliness(figures: LegacyFigures, candidates: Sequence[tuple[str, int]]) -> list[Finding]:
    findings: list[Finding] = []
    for item in figures.timeliness:
        base = figures.base_for(item.total)
        if item.share_percent is None or base is None or share_fits(item.count, base, item.share_percent):
            continue
        findings.append(
            _share_finding(
                _StatedShare(
                    LEGACY_BREAKDOWN_NAMES["timeliness"],
                    item.label,
                    item.count,
                    base,
                    item.share_percent,
                    item.share_of,
                ),
                candidates,
            )
        )
    return findings


def _legacy_period(report: LegacyReport) -> list[Finding]:
    findings: list[Finding] = []
    period = report.statistics_period
    period_year = reported_year(period.start, period.end)
    if period.start != period.start.replace(month=1, day=1) or period.end != period.start.replace(
        month=12, day=31
    ):
        # worded from the year the period reports on (a school year ending in 2017 is 2017's, round 48), not its start's
        year_start, year_end = date(period_year, 1, 1), date(period_year, 12, 31)
        findings.append(
            Finding(
                code="legacy.period_incomplete",
                severity=Severity.WARNING,
                message=(
                    f"统计期为{period.start.year}年{period.start.month}月{period.start.day}日至"
                    f"{period.end.year}年{period.end.month}月{period.end.day}日，"
                    f"未覆盖{period_year}年全年（1月1日至12月31日）。"
                ),
                cells=(CellRef(table="统计期", row="统计期"),),
                expected=f"{year_start.isoformat()}/{year_end.isoformat()}",
                actual=f"{period.start.isoformat()}/{period.end.isoformat()}",
                source=f"{SOURCE_PLAUSIBILITY}：年度报告通常统计1月1日至12月31日全年情况",
            )
        )
    if period_year != report.year:
        findings.append(
            Finding(
                code="legacy.period_year_mismatch",
                severity=Severity.WARNING,
                message=f"统计期大部分在{period_year}年，但报告年度为{report.year}年。",
                expected=report.year,
                actual=period_year,
                source=SOURCE_PLAUSIBILITY,
            )
        )
    return findings


def check_legacy(report: LegacyReport) -> list[Finding]:
    figures = report.figures
    candidates = _legacy_candidates(figures)
    findings: list[Finding] = []
    if figures.by_category is not None:
        findings.extend(
            _legacy_breakdown(LEGACY_BREAKDOWN_NAMES["category"], figures.by_category, figures, candidates)
        )
    if figures.by_channel is not None:
        findings.extend(
            _legacy_breakdown(LEGACY_BREAKDOWN_NAMES["channel"], figures.by_channel, figures, candidates)
        )
    findings.extend(_legacy_timeliness(figures, candidates))
    findings.extend(_legacy_period(report))
    return findings
