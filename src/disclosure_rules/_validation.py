"""The rules a correctly filled-in report obeys, and ``validate`` which checks them.

Mandatory identities (errors) come from the format itself: the table note of table 三 (一 + 二 = 三（七）+ 四
in every column) and the 总计 cells, which are sums by construction. Plausibility checks (warnings) are the
library's analysis (see docs/rules.md); each finding names its source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Final

from pydantic import BaseModel, ConfigDict

from disclosure_rules._labels import (
    FORMAT_2019_SOURCE,
    FORMAT_2021_SOURCE,
    TABLE2_CELLS_2019,
    TABLE2_CELLS_2021,
    TABLE3_COLUMNS,
    TABLE3_TOTAL_COLUMN,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    RowKind,
    Table2Cell,
    table3_row,
)
from disclosure_rules._models import (
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    AnyReport,
    Cell,
    LegacyBreakdown,
    LegacyFigures,
    LegacyReport,
    StandardReport,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from disclosure_rules._labels import Table3Row


class Severity(StrEnum):
    """How serious a finding is: an error breaks a mandatory rule; a warning is worth a look."""

    ERROR = "error"
    WARNING = "warning"


class CellRef(BaseModel):
    """The address of a cell by its official labels: table, row, column."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    table: str  # 表二, 表三, 表四, or a legacy figure group
    row: str
    column: str | None = None


class Finding(BaseModel):
    """One problem found in a report.

    ``code`` is stable (tests and other systems match it); ``message`` is Chinese prose for the staff who
    fill the report in; ``source`` names the rule (the format's note, an article, or the library's check).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    severity: Severity
    message: str
    cells: tuple[CellRef, ...] = ()
    expected: int | str | None = None
    actual: int | str | None = None
    source: str = ""
    location: str | None = None  # where in a published page or text the finding comes from

    @property
    def is_error(self) -> bool:
        """True for a broken mandatory rule."""
        return self.severity is Severity.ERROR


# --------------------------------------------------------------------------------------------------
# Rule sources and thresholds, each with its reason
# --------------------------------------------------------------------------------------------------

SOURCE_TABLE3_NOTE: Final = "表三注：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"
SOURCE_TOTAL_BY_CONSTRUCTION: Final = "总计栏为其各组成部分之和（表格结构）"
SOURCE_PLAUSIBILITY: Final = "disclosure_rules 合理性检查（非法定规则）"
SOURCE_LEGACY: Final = "叙述式年度报告：分项之和应等于总数，占比应等于分项除以总数"

# 30号: section 一 总体情况 "原则上不超过1000字".
OVERVIEW_MAX_CHARACTERS: Final = 1000
# 60号 notes that a high （六）其他处理 count should be looked into; the library warns above this share
# of all handled requests (and only from this many requests, so one odd case in a tiny office is quiet).
OTHER_HANDLING_WARN_SHARE: Final = Decimal("0.2")
OTHER_HANDLING_WARN_MIN: Final = 5
# P7: only State Council departments and provincial / districted-city governments make 规章 (立法法第九十一、
# 九十三条); a report from a body below that with 规章 > 0 is worth a look.
RULE_MAKING_LEVELS: Final = frozenset(
    {AgencyLevel.STATE_COUNCIL_DEPARTMENT, AgencyLevel.PROVINCIAL_GOVERNMENT, AgencyLevel.CITY_GOVERNMENT}
)
FEE_WORDS: Final = ("收费", "费用", "信息处理费")
# 国办公开办函〔2021〕30号 applies to the reports for 2021 onward; 60号's trial format before that.
FIRST_YEAR_OF_2021_FORMAT: Final = 2021
TOTAL_COLUMN_INDEX: Final = TABLE3_COLUMNS.index(TABLE3_TOTAL_COLUMN)


@dataclass(frozen=True, slots=True)
class _Table3Cell:
    row: Table3Row
    column_index: int
    value: Cell


def _ref3(row: Table3Row, column_index: int) -> CellRef:
    return CellRef(table="表三", row=row.canonical_label, column=TABLE3_COLUMNS[column_index].label)


def _format_source(report: StandardReport) -> str:
    return FORMAT_2021_SOURCE if isinstance(report, AnnualReport2021) else FORMAT_2019_SOURCE


def _sum_if_filled(values: Iterable[Cell]) -> int | None:
    total = 0
    for value in values:
        if value is None:
            return None
        total += value
    return total


# --------------------------------------------------------------------------------------------------
# Table 三
# --------------------------------------------------------------------------------------------------


def _check_table3(report: StandardReport) -> list[Finding]:
    findings: list[Finding] = []
    rows = list(report.requests.iter_rows())
    by_kind: dict[RowKind, list[tuple[Table3Row, Sequence[Cell]]]] = {}
    for spec, counts in rows:
        by_kind.setdefault(spec.kind, []).append((spec, counts.values()))
    new_row, new_values = by_kind[RowKind.NEW][0]
    carried_row, carried_values = by_kind[RowKind.CARRIED_OVER][0]
    total_row, total_values = by_kind[RowKind.TOTAL][0]
    forward_row, forward_values = by_kind[RowKind.CARRIED_FORWARD][0]
    outcome_rows = by_kind[RowKind.OUTCOME]
    source = _format_source(report)

    for column_index, column in enumerate(TABLE3_COLUMNS):
        # table3.flow — the table note: 一 + 二 = 三（七） + 四, for every column.
        left = _sum_if_filled((new_values[column_index], carried_values[column_index]))
        right = _sum_if_filled((total_values[column_index], forward_values[column_index]))
        if left is not None and right is not None and left != right:
            findings.append(
                Finding(
                    code="table3.flow",
                    severity=Severity.ERROR,
                    message=(
                        f"表三“{column.label}”列：本年新收{new_values[column_index]}件加上年结转"
                        f"{carried_values[column_index]}件为{left}件，但办理结果总计{total_values[column_index]}件"
                        f"加结转下年度{forward_values[column_index]}件为{right}件，二者应相等。"
                    ),
                    cells=tuple(
                        _ref3(spec, column_index) for spec in (new_row, carried_row, total_row, forward_row)
                    ),
                    expected=left,
                    actual=right,
                    source=f"{source} {SOURCE_TABLE3_NOTE}",
                )
            )
        # table3.outcomes_sum — （七）总计 is the sum of every outcome row above it.
        outcome_sum = _sum_if_filled(values[column_index] for _, values in outcome_rows)
        stated_total = total_values[column_index]
        if outcome_sum is not None and stated_total is not None and outcome_sum != stated_total:
            findings.append(
                Finding(
                    code="table3.outcomes_sum",
                    severity=Severity.ERROR,
                    message=(
                        f"表三“{column.label}”列：（七）总计填报{stated_total}件，但其上{len(outcome_rows)}个"
                        f"办理结果项之和为{outcome_sum}件。"
                    ),
                    cells=(_ref3(total_row, column_index),),
                    expected=outcome_sum,
                    actual=stated_total,
                    source=f"{source} {SOURCE_TOTAL_BY_CONSTRUCTION}",
                )
            )

    # table3.applicant_sum — the 总计 column is the sum of the six applicant columns, in every row.
    total_index = TABLE3_COLUMNS.index(TABLE3_TOTAL_COLUMN)
    for spec, counts in rows:
        values = counts.values()
        parts = _sum_if_filled(values[:total_index])
        if parts is not None and values[total_index] is not None and parts != values[total_index]:
            findings.append(
                Finding(
                    code="table3.applicant_sum",
                    severity=Severity.ERROR,
                    message=(
                        f"表三“{spec.canonical_label}”行：总计栏填报{values[total_index]}件，"
                        f"但自然人与五类法人或其他组织之和为{parts}件。"
                    ),
                    cells=(_ref3(spec, total_index),),
                    expected=parts,
                    actual=values[total_index],
                    source=f"{source} {SOURCE_TOTAL_BY_CONSTRUCTION}",
                )
            )
    return findings


def _not_filled(report: StandardReport) -> list[Finding]:
    findings: list[Finding] = []
    table2_specs = TABLE2_CELLS_2021 if isinstance(report, AnnualReport2021) else TABLE2_CELLS_2019
    blanks2 = [
        CellRef(table="表二", row=spec.row_label, column=spec.column_label)
        for spec in table2_specs
        if _table2_value(report, spec) is None
    ]
    blanks3 = [
        _ref3(spec, index)
        for spec, counts in report.requests.iter_rows()
        for index, value in enumerate(counts.values())
        if value is None
    ]
    blanks4 = [
        CellRef(table="表四", row=group.label, column=label)
        for group in TABLE4_GROUPS
        for (code, label) in TABLE4_RESULT_COLUMNS
        if getattr(getattr(report.review_litigation, group.code), code) is None
    ]
    for table, blanks in (("表二", blanks2), ("表三", blanks3), ("表四", blanks4)):
        if blanks:
            findings.append(
                Finding(
                    code="cell.not_filled",
                    severity=Severity.WARNING,
                    message=f"{table}有{len(blanks)}个单元格未填写（空白、“—”或“/”）；无数据时应填0。",
                    cells=tuple(blanks),
                    expected="0 或实际数字",
                    actual="未填写",
                    source=SOURCE_PLAUSIBILITY,
                )
            )
    return findings


def _table2_value(report: StandardReport, spec: Table2Cell) -> object:
    return getattr(getattr(report.proactive_disclosure, spec.field_path[0]), spec.field_path[1])


# --------------------------------------------------------------------------------------------------
# Table 四
# --------------------------------------------------------------------------------------------------


def _check_table4(report: StandardReport) -> list[Finding]:
    findings: list[Finding] = []
    for group in TABLE4_GROUPS:
        cells = getattr(report.review_litigation, group.code).values()
        parts = _sum_if_filled(cells[:4])
        if parts is not None and cells[4] is not None and parts != cells[4]:
            label = f"{group.parent_label}·{group.label}" if group.parent_label else group.label
            findings.append(
                Finding(
                    code="table4.sum",
                    severity=Severity.ERROR,
                    message=(
                        f"表四“{label}”：总计填报{cells[4]}件，但结果维持、结果纠正、其他结果、尚未审结之和为{parts}件。"
                    ),
                    cells=(CellRef(table="表四", row=group.label, column="总计"),),
                    expected=parts,
                    actual=cells[4],
                    source=f"{_format_source(report)} {SOURCE_TOTAL_BY_CONSTRUCTION}",
                )
            )
    return findings


# --------------------------------------------------------------------------------------------------
# Plausibility checks, reported as warnings
# --------------------------------------------------------------------------------------------------


def _overview_length(report: StandardReport, _previous: AnyReport | None) -> list[Finding]:
    length = len(report.overview.full_text())
    if not isinstance(report, AnnualReport2021) or length <= OVERVIEW_MAX_CHARACTERS:
        return []
    return [
        Finding(
            code="report.overview_too_long",
            severity=Severity.WARNING,
            message=f"“一、总体情况”共{length}字，格式要求原则上不超过{OVERVIEW_MAX_CHARACTERS}字。",
            expected=OVERVIEW_MAX_CHARACTERS,
            actual=length,
            source=FORMAT_2021_SOURCE,
        )
    ]


def _format_for_year(report: StandardReport, _previous: AnyReport | None) -> list[Finding]:
    expected_format = "2021" if report.year >= FIRST_YEAR_OF_2021_FORMAT else "2019"
    if report.report_format == expected_format:
        return []
    return [
        Finding(
            code="report.format_year_mismatch",
            severity=Severity.WARNING,
            message=f"{report.year}年度报告通常应使用{expected_format}年格式，本报告使用{report.report_format}年格式。",
            expected=expected_format,
            actual=report.report_format,
            source=FORMAT_2021_SOURCE,
        )
    ]


def _carry_forward_size(report: StandardReport, _previous: AnyReport | None) -> list[Finding]:
    # P3: more carried forward than newly received is unusual with 20 + 20 working-day limits.
    new_total = report.requests.new_received.total
    forward_total = report.requests.carried_forward.total
    if new_total is None or forward_total is None or forward_total <= new_total:
        return []
    return [
        Finding(
            code="table3.carry_forward_exceeds_new",
            severity=Severity.WARNING,
            message=f"结转下年度继续办理{forward_total}件，多于本年新收{new_total}件，请核实。",
            cells=(
                _ref3(report.requests.row_specs()[-1], TOTAL_COLUMN_INDEX),
                _ref3(report.requests.row_specs()[0], TOTAL_COLUMN_INDEX),
            ),
            expected=f"≤{new_total}",
            actual=forward_total,
            source=SOURCE_PLAUSIBILITY,
        )
    ]


def _fees_reported(report: StandardReport, _previous: AnyReport | None) -> list[Finding]:
    # P4: requests dropped for unpaid fees mean fee notices were sent; section 六 should report fees.
    if not isinstance(report, AnnualReport2021):
        return []
    unpaid = report.requests.other_fee_unpaid.total
    if not unpaid or any(word in report.other_matters for word in FEE_WORDS):
        return []
    row = table3_row("other_fee_unpaid")
    return [
        Finding(
            code="report.fees_not_reported",
            severity=Severity.WARNING,
            message=f"表三“{row.canonical_label}”有{unpaid}件，但“六、其他需要报告的事项”未说明信息处理费收取情况。",
            cells=(_ref3(row, TOTAL_COLUMN_INDEX),),
            actual=unpaid,
            source="国办函〔2020〕109号；国办公开办函〔2021〕30号",
        )
    ]


def _other_handling_share(report: StandardReport, _previous: AnyReport | None) -> list[Finding]:
    # 60号: a high （六）其他处理 count should be looked into.
    if not isinstance(report, AnnualReport2019):
        return []
    other = report.requests.other_handling.total
    handled = report.requests.total.total
    if (
        other is None
        or not handled
        or other < OTHER_HANDLING_WARN_MIN
        or Decimal(other) / Decimal(handled) <= OTHER_HANDLING_WARN_SHARE
    ):
        return []
    row = table3_row("other_handling", "2019")
    return [
        Finding(
            code="table3.other_handling_high",
            severity=Severity.WARNING,
            message=f"（六）其他处理{other}件，占办理结果总计{handled}件的比例偏高，请核实是否应归入其他具体情形。",
            cells=(_ref3(row, TOTAL_COLUMN_INDEX),),
            actual=other,
            source=FORMAT_2019_SOURCE,
        )
    ]


def _rules_without_power(report: StandardReport, _previous: AnyReport | None) -> list[Finding]:
    # P7: 规章 from a body without rule-making power.
    rules = report.proactive_disclosure.rules
    if report.agency.level in RULE_MAKING_LEVELS or not any(
        getattr(rules, name) for name in type(rules).model_fields
    ):
        return []
    return [
        Finding(
            code="table2.rules_without_rulemaking_power",
            severity=Severity.WARNING,
            message=f"{report.agency.level.value}一般无规章制定权，但表二“规章”栏填有数字，请核实是否应填入规范性文件栏。",
            cells=(CellRef(table="表二", row="规章"),),
            source=SOURCE_PLAUSIBILITY,
        )
    ]


def _document_stock(report: StandardReport, previous: AnyReport | None) -> list[Finding]:
    # P2: this year's stock in force = last year's + issued - repealed (2021 format, both years).
    if not isinstance(report, AnnualReport2021) or not isinstance(previous, AnnualReport2021):
        return []
    if previous.year != report.year - 1:
        return []
    findings: list[Finding] = []
    for field, row_label in (("rules", "规章"), ("normative_documents", "行政规范性文件")):
        counts = getattr(report.proactive_disclosure, field)
        before = getattr(previous.proactive_disclosure, field).in_force
        issued, repealed, in_force = counts.issued, counts.repealed, counts.in_force
        if before is None or issued is None or repealed is None or in_force is None:
            continue
        expected_stock = before + issued - repealed
        if expected_stock != in_force:
            findings.append(
                Finding(
                    code="table2.in_force_continuity",
                    severity=Severity.WARNING,
                    message=(
                        f"表二“{row_label}”现行有效{in_force}件，但上年现行有效{before}件"
                        f"加本年制发{issued}件减本年废止{repealed}件为{expected_stock}件。"
                    ),
                    cells=(CellRef(table="表二", row=row_label, column="现行有效件数"),),
                    expected=expected_stock,
                    actual=in_force,
                    source=SOURCE_PLAUSIBILITY,
                )
            )
        if repealed > before + issued:
            findings.append(
                Finding(
                    code="table2.repealed_exceeds_stock",
                    severity=Severity.WARNING,
                    message=f"表二“{row_label}”本年废止{repealed}件，多于上年现行有效与本年制发之和{before + issued}件。",
                    cells=(CellRef(table="表二", row=row_label, column="本年废止件数"),),
                    expected=f"≤{before + issued}",
                    actual=repealed,
                    source=SOURCE_PLAUSIBILITY,
                )
            )
    return findings


def _carry_over(report: StandardReport, previous: AnyReport | None) -> list[Finding]:
    # P1: this year's 二、上年结转 should equal last year's 四、结转下年度继续办理, column by column.
    if not isinstance(previous, AnnualReport2021 | AnnualReport2019):
        return []
    return _carry_over_findings(report, previous)


PlausibilityCheck = Callable[[StandardReport, AnyReport | None], list[Finding]]
PLAUSIBILITY_CHECKS: Final[tuple[PlausibilityCheck, ...]] = (
    _overview_length,
    _format_for_year,
    _carry_forward_size,
    _fees_reported,
    _other_handling_share,
    _rules_without_power,
    _document_stock,
    _carry_over,
)


def _carry_over_findings(report: StandardReport, previous: StandardReport) -> list[Finding]:
    findings: list[Finding] = []
    if previous.year != report.year - 1:
        return findings
    carried = report.requests.carried_over.values()
    forwarded = previous.requests.carried_forward.values()
    for index, column in enumerate(TABLE3_COLUMNS):
        if carried[index] is None or forwarded[index] is None or carried[index] == forwarded[index]:
            continue
        findings.append(
            Finding(
                code="table3.carry_over_mismatch",
                severity=Severity.WARNING,
                message=(
                    f"表三“{column.label}”列：本年“上年结转”{carried[index]}件，"
                    f"与{previous.year}年度报告“结转下年度继续办理”{forwarded[index]}件不一致。"
                ),
                cells=(CellRef(table="表三", row="二、上年结转政府信息公开申请数量", column=column.label),),
                expected=forwarded[index],
                actual=carried[index],
                source=SOURCE_PLAUSIBILITY,
            )
        )
    return findings


# --------------------------------------------------------------------------------------------------
# Legacy narrative reports
# --------------------------------------------------------------------------------------------------


def share_fits(count: int, base: int, published: Decimal) -> bool:
    """Whether ``count / base`` rounds (half up, 四舍五入) to the published percentage at its precision."""
    if base <= 0:
        return False
    exponent = published.as_tuple().exponent
    quantum = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    computed = (Decimal(count) * 100 / Decimal(base)).quantize(quantum, rounding=ROUND_HALF_UP)
    return computed == published


def fitting_bases(count: int, published: Decimal, *, limit: int = 3) -> list[int]:
    """The smallest bases (at least ``count``) that give the published share; empty if none does."""
    if published <= 0:
        return []
    # count / base * 100 lies within half a unit of the last printed digit of the share.
    exponent = published.as_tuple().exponent
    half_unit = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0) / 2
    high = published + half_unit
    low = max(published - half_unit, Decimal("0.0001"))
    smallest = max(int(Decimal(count) * 100 / high), 1)
    largest = int(Decimal(count) * 100 / low) + 1
    found = [base for base in range(smallest, largest + 1) if share_fits(count, base, published)]
    return found[:limit]


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
    exponent = share.as_tuple().exponent
    quantum = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    computed = (Decimal(stated.count) * 100 / Decimal(stated.base)).quantize(quantum, rounding=ROUND_HALF_UP)
    bases = fitting_bases(stated.count, share)
    named = [f"{name}{value}条" for name, value in candidates if name != stated.label and value in bases]
    if bases:
        explanation = f"只有以{'或'.join(str(b) for b in bases)}为基数才得到{_percent(share)}"
        if named:
            explanation += f"（与{'、'.join(dict.fromkeys(named))}相符）"
    else:
        explanation = f"没有任何整数基数能得到{_percent(share)}"
    return Finding(
        code="legacy.share_mismatch",
        severity=Severity.ERROR,
        message=(
            f"“{stated.label}”{stated.count}条，占{stated.base_words or '全部公开信息'}（{stated.base}条）应为"
            f"{_percent(computed)}，报告写为{_percent(share)}；{explanation}。"
        ),
        cells=(CellRef(table=stated.table, row=stated.label, column="占比"),),
        expected=_percent(computed),
        actual=_percent(share),
        source=SOURCE_LEGACY,
    )


def _legacy_candidates(figures: LegacyFigures) -> list[tuple[str, int]]:
    """Numbers stated in the report that a wrong share may have been computed against."""
    candidates: list[tuple[str, int]] = []
    if figures.proactive_total is not None:
        candidates.append(("主动公开信息总数", figures.proactive_total))
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


def _legacy_breakdown(
    table: str, breakdown: LegacyBreakdown, figures: LegacyFigures, candidates: Sequence[tuple[str, int]]
) -> list[Finding]:
    findings: list[Finding] = []
    total = breakdown.total if breakdown.total is not None else figures.proactive_total
    if total is None:
        return findings
    parts = sum(figure.count for figure in breakdown.figures)
    if breakdown.exhaustive and breakdown.figures and parts != total:
        labels = "、".join(f"{f.label}{f.count}条" for f in breakdown.figures)
        findings.append(
            Finding(
                code="legacy.count_mismatch",
                severity=Severity.ERROR,
                message=f"{breakdown.name}：{labels}，合计{parts}条，与报告所述总数{total}条不符。",
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
        if figure.share_percent is not None and not share_fits(figure.count, total, figure.share_percent)
    )
    return findings


def _legacy_timeliness(figures: LegacyFigures, candidates: Sequence[tuple[str, int]]) -> list[Finding]:
    findings: list[Finding] = []
    for item in figures.timeliness:
        base = item.total if item.total is not None else figures.proactive_total
        if item.share_percent is None or base is None or share_fits(item.count, base, item.share_percent):
            continue
        findings.append(
            _share_finding(
                _StatedShare("公开的及时性", item.label, item.count, base, item.share_percent, item.share_of),
                candidates,
            )
        )
    return findings


def _legacy_period(report: LegacyReport) -> list[Finding]:
    findings: list[Finding] = []
    period = report.statistics_period
    year_start = period.start.replace(month=1, day=1)
    year_end = period.start.replace(month=12, day=31)
    if period.start != year_start or period.end != year_end:
        findings.append(
            Finding(
                code="legacy.period_incomplete",
                severity=Severity.WARNING,
                message=(
                    f"统计期为{period.start.year}年{period.start.month}月{period.start.day}日至"
                    f"{period.end.year}年{period.end.month}月{period.end.day}日，"
                    f"未覆盖{period.start.year}年全年（1月1日至12月31日）。"
                ),
                cells=(CellRef(table="统计期", row="统计期"),),
                expected=f"{year_start.isoformat()}/{year_end.isoformat()}",
                actual=f"{period.start.isoformat()}/{period.end.isoformat()}",
                source="《政府信息公开条例》（2007）第三十二条：年度报告统计本年度（1月1日至12月31日）情况",
            )
        )
    if period.start.year != report.year:
        findings.append(
            Finding(
                code="legacy.period_year_mismatch",
                severity=Severity.WARNING,
                message=f"统计期从{period.start.year}年开始，但报告年度为{report.year}年。",
                expected=report.year,
                actual=period.start.year,
                source=SOURCE_PLAUSIBILITY,
            )
        )
    return findings


def _check_legacy(report: LegacyReport) -> list[Finding]:
    figures = report.figures
    candidates = _legacy_candidates(figures)
    findings: list[Finding] = []
    if figures.by_category is not None:
        findings.extend(_legacy_breakdown("按内容分类", figures.by_category, figures, candidates))
    if figures.by_channel is not None:
        findings.extend(_legacy_breakdown("按公开渠道", figures.by_channel, figures, candidates))
    findings.extend(_legacy_timeliness(figures, candidates))
    findings.extend(_legacy_period(report))
    return findings


# --------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------


def validate(report: AnyReport, previous: AnyReport | None = None) -> list[Finding]:
    """Check a report against the rules of its format and return every finding, errors first.

    ``previous`` is the same agency's report for the year before; with it, the year-to-year checks run
    (carry-over continuity, stock of normative documents). An empty list means the report is clean.
    """
    if isinstance(report, LegacyReport):
        findings = _check_legacy(report)
    else:
        findings = [
            *_check_table3(report),
            *_check_table4(report),
            *_not_filled(report),
        ]
        for check in PLAUSIBILITY_CHECKS:
            findings.extend(check(report, previous))
    return sorted(findings, key=lambda finding: finding.severity is not Severity.ERROR)


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether any finding is an error."""
    return any(finding.is_error for finding in findings)
