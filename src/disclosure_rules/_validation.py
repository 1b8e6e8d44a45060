"""The rules a correctly filled-in report obeys, and ``validate`` which checks them.

Mandatory identities (errors) come from the format itself: the table note of table 三 (一 + 二 = 三（七）+ 四
in every column) and the 总计 cells, which are sums by construction. Plausibility checks (warnings) are the
library's analysis (see docs/rules.md); each finding names its source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from disclosure_rules._findings import CellRef, Finding, Severity, has_errors
from disclosure_rules._formatting import decimal_places, share_percent
from disclosure_rules._labels import (
    TABLE3_COLUMNS,
    TABLE3_TOTAL_COLUMN,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    RowKind,
    format_source,
    table2_cells,
    table2_row_label,
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
    table2_value,
)
from disclosure_rules._shares import fitting_bases, share_fits, share_within_one_unit
from disclosure_rules._sources import (
    FEE_MEASURES_NUMBER,
    FORMAT_2019_SOURCE,
    FORMAT_2021_NUMBER,
    FORMAT_2021_SOURCE,
    format_for_year,
)

__all__ = [
    "PLAUSIBILITY_CHECKS",
    "CellRef",
    "Finding",
    "Severity",
    "fitting_bases",
    "has_errors",
    "share_fits",
    "validate",
]

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from disclosure_rules._labels import Table3Row


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
HUNDRED_PERCENT: Final = Decimal(100)
FEE_WORDS: Final = ("收费", "费用", "信息处理费")
TOTAL_COLUMN_INDEX: Final = TABLE3_COLUMNS.index(TABLE3_TOTAL_COLUMN)


def _ref3(row: Table3Row, column_index: int) -> CellRef:
    return CellRef(table="表三", row=row.canonical_label, column=TABLE3_COLUMNS[column_index].label)


def _format_source(report: StandardReport) -> str:
    return format_source(report.report_format)


@dataclass(frozen=True, slots=True)
class _Side:
    """One side of a sum identity: the sum of its filled cells and how many cells were left blank."""

    filled_sum: int
    blanks: int

    @classmethod
    def of(cls, values: Iterable[Cell]) -> _Side:
        cells = list(values)
        return cls(sum(v for v in cells if v is not None), sum(1 for v in cells if v is None))


@dataclass(frozen=True, slots=True)
class _Break:
    """How a sum identity ``Σ parts = Σ totals`` is broken, in numbers a message can quote."""

    parts: _Side
    totals: _Side

    @property
    def expected(self) -> int | str:
        return self.parts.filled_sum if not self.parts.blanks else f"≥{self.parts.filled_sum}"

    @property
    def actual(self) -> int | str:
        return self.totals.filled_sum if not self.totals.blanks else f"≥{self.totals.filled_sum}"

    @property
    def blank_note(self) -> str:
        blanks = self.parts.blanks + self.totals.blanks
        return f"（另有{blanks}个单元格未填写，按未填写处理，不计为0）" if blanks else ""


def _broken(parts: Iterable[Cell], totals: Iterable[Cell]) -> _Break | None:
    """Whether ``Σ parts = Σ totals`` is certainly broken; blanks are unknown non-negative numbers.

    With no blank the sums must be equal. With blanks on one side only, that side can only grow, so the
    identity is broken when its filled cells already exceed the complete side. With blanks on both sides
    nothing can be concluded.
    """
    left, right = _Side.of(parts), _Side.of(totals)
    if left.blanks and right.blanks:
        return None
    if not left.blanks and not right.blanks:
        broken = left.filled_sum != right.filled_sum
    elif left.blanks:
        broken = left.filled_sum > right.filled_sum
    else:
        broken = right.filled_sum > left.filled_sum
    return _Break(left, right) if broken else None


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
        flow = _broken(
            (new_values[column_index], carried_values[column_index]),
            (total_values[column_index], forward_values[column_index]),
        )
        if flow is not None:
            findings.append(
                Finding(
                    code="table3.flow",
                    severity=Severity.ERROR,
                    message=(
                        f"表三“{column.label}”列：本年新收{_shown(new_values[column_index])}件加上年结转"
                        f"{_shown(carried_values[column_index])}件，应等于办理结果总计"
                        f"{_shown(total_values[column_index])}件加结转下年度继续办理"
                        f"{_shown(forward_values[column_index])}件（{flow.expected}对{flow.actual}）{flow.blank_note}。"
                    ),
                    cells=tuple(
                        _ref3(spec, column_index) for spec in (new_row, carried_row, total_row, forward_row)
                    ),
                    expected=flow.expected,
                    actual=flow.actual,
                    source=f"{source} {SOURCE_TABLE3_NOTE}",
                )
            )
        # table3.outcomes_sum — （七）总计 is the sum of every outcome row above it.
        outcomes = _broken(
            (values[column_index] for _, values in outcome_rows), (total_values[column_index],)
        )
        if outcomes is not None:
            findings.append(
                Finding(
                    code="table3.outcomes_sum",
                    severity=Severity.ERROR,
                    message=(
                        f"表三“{column.label}”列：（七）总计填报{_shown(total_values[column_index])}件，但其上"
                        f"{len(outcome_rows)}个办理结果项之和为{outcomes.expected}件{outcomes.blank_note}。"
                    ),
                    cells=(_ref3(total_row, column_index),),
                    expected=outcomes.expected,
                    actual=outcomes.actual,
                    source=f"{source} {SOURCE_TOTAL_BY_CONSTRUCTION}",
                )
            )

    # table3.applicant_sum — the 总计 column is the sum of the six applicant columns, in every row.
    for spec, counts in rows:
        values = counts.values()
        applicants = _broken(values[:TOTAL_COLUMN_INDEX], (values[TOTAL_COLUMN_INDEX],))
        if applicants is not None:
            findings.append(
                Finding(
                    code="table3.applicant_sum",
                    severity=Severity.ERROR,
                    message=(
                        f"表三“{spec.canonical_label}”行：总计栏填报{_shown(values[TOTAL_COLUMN_INDEX])}件，"
                        f"但自然人与五类法人或其他组织之和为{applicants.expected}件{applicants.blank_note}。"
                    ),
                    cells=(_ref3(spec, TOTAL_COLUMN_INDEX),),
                    expected=applicants.expected,
                    actual=applicants.actual,
                    source=f"{source} {SOURCE_TOTAL_BY_CONSTRUCTION}",
                )
            )
    return findings


def _shown(value: Cell) -> str:
    return "（未填写）" if value is None else str(value)


def _not_filled(report: StandardReport) -> list[Finding]:
    findings: list[Finding] = []
    blanks2 = [
        CellRef(table="表二", row=spec.row_label, column=spec.column_label)
        for spec in table2_cells(report.report_format)
        if table2_value(report.proactive_disclosure, spec) is None
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
                    message=(
                        f"{table}有{len(blanks)}个单元格未填写（空白、“—”或“/”），无法据此核对合计；"
                        "如无数据，建议填0。"
                    ),
                    cells=tuple(blanks),
                    expected="0 或实际数字",
                    actual="未填写",
                    source=SOURCE_PLAUSIBILITY,
                )
            )
    return findings


# --------------------------------------------------------------------------------------------------
# Table 四
# --------------------------------------------------------------------------------------------------


def _check_table4(report: StandardReport) -> list[Finding]:
    findings: list[Finding] = []
    for group in TABLE4_GROUPS:
        cells = getattr(report.review_litigation, group.code).values()
        broken = _broken(cells[:4], (cells[4],))
        if broken is not None:
            label = f"{group.parent_label}·{group.label}" if group.parent_label else group.label
            findings.append(
                Finding(
                    code="table4.sum",
                    severity=Severity.ERROR,
                    message=(
                        f"表四“{label}”：总计填报{_shown(cells[4])}件，但结果维持、结果纠正、其他结果、尚未审结"
                        f"之和为{broken.expected}件{broken.blank_note}。"
                    ),
                    cells=(CellRef(table="表四", row=group.label, column="总计"),),
                    expected=broken.expected,
                    actual=broken.actual,
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
    expected_format = format_for_year(report.year)
    if report.report_format == expected_format:
        return []
    return [
        Finding(
            code="report.format_year_mismatch",
            severity=Severity.WARNING,
            message=(
                f"{report.year}年度报告通常应使用{format_source(expected_format)}，"
                f"本报告使用的是{format_source(report.report_format)}。"
            ),
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
            source=f"{FEE_MEASURES_NUMBER}；{FORMAT_2021_NUMBER}",
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
    rules_row = table2_row_label("rules", report.report_format)
    documents_row = table2_row_label("normative_documents", report.report_format)
    if report.agency.level in RULE_MAKING_LEVELS or not any(
        getattr(rules, name) for name in type(rules).model_fields
    ):
        return []
    return [
        Finding(
            code="table2.rules_without_rulemaking_power",
            severity=Severity.WARNING,
            message=(
                f"{report.agency.level.value}一般无规章制定权，但表二“{rules_row}”栏填有数字，"
                f"请核实是否应填入“{documents_row}”栏。"
            ),
            cells=(CellRef(table="表二", row=rules_row),),
            source=SOURCE_PLAUSIBILITY,
        )
    ]


def _document_stock(report: StandardReport, previous: AnyReport | None) -> list[Finding]:
    # P2: this year's stock in force = last year's + issued - repealed (2021 format, both years); in the 2019
    # format, this year's 对外公开总数量 = last year's + this year's 本年新公开数量 (both years in that format).
    if previous is None or previous.year != report.year - 1:
        return []
    if isinstance(report, AnnualReport2019) and isinstance(previous, AnnualReport2019):
        return _document_stock_2019(report, previous)
    if not isinstance(report, AnnualReport2021) or not isinstance(previous, AnnualReport2021):
        return []
    findings: list[Finding] = []
    for field in ("rules", "normative_documents"):
        in_force_spec = next(spec for spec in table2_cells("2021") if spec.field_path == (field, "in_force"))
        repealed_spec = next(spec for spec in table2_cells("2021") if spec.field_path == (field, "repealed"))
        row_label = in_force_spec.row_label
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
                    cells=(CellRef(table="表二", row=row_label, column=in_force_spec.column_label),),
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
                    cells=(CellRef(table="表二", row=row_label, column=repealed_spec.column_label),),
                    expected=f"≤{before + issued}",
                    actual=repealed,
                    source=SOURCE_PLAUSIBILITY,
                )
            )
    return findings


def _document_stock_2019(report: AnnualReport2019, previous: AnnualReport2019) -> list[Finding]:
    findings: list[Finding] = []
    for field in ("rules", "normative_documents"):
        spec = next(spec for spec in table2_cells("2019") if spec.field_path == (field, "total_published"))
        now = getattr(report.proactive_disclosure, field)
        before = getattr(previous.proactive_disclosure, field).total_published
        if before is None or now.newly_published is None or now.total_published is None:
            continue
        expected = before + now.newly_published
        if expected != now.total_published:
            findings.append(
                Finding(
                    code="table2.in_force_continuity",
                    severity=Severity.WARNING,
                    message=(
                        f"表二“{spec.row_label}”{spec.column_label}{now.total_published}件，但上年{before}件"
                        f"加本年新公开{now.newly_published}件为{expected}件。"
                    ),
                    cells=(CellRef(table="表二", row=spec.row_label, column=spec.column_label),),
                    expected=expected,
                    actual=now.total_published,
                    source=SOURCE_PLAUSIBILITY,
                )
            )
    return findings


def _carry_over(report: StandardReport, previous: AnyReport | None) -> list[Finding]:
    # P1: this year's 二、上年结转 should equal last year's 四、结转下年度继续办理, column by column.
    if not isinstance(previous, AnnualReport2021 | AnnualReport2019):
        return []
    return _carry_over_findings(report, previous)


def _previous_comparable(report: StandardReport, previous: AnyReport | None) -> list[Finding]:
    # The year-to-year checks need last year's report of the same agency; say so when they cannot run.
    if previous is None:
        return []
    problems = []
    if previous.year != report.year - 1:
        problems.append(f"年度为{previous.year}年而非{report.year - 1}年")
    if previous.agency.name != report.agency.name:
        problems.append(f"机关为“{previous.agency.name}”而非“{report.agency.name}”")
    if isinstance(previous, LegacyReport):
        problems.append("为叙述式报告，没有表三可供比对")
    if not problems:
        return []
    return [
        Finding(
            code="report.previous_not_comparable",
            severity=Severity.WARNING,
            message=f"所附上年度报告{'，'.join(problems)}，跨年度核对（结转、现行有效件数）未执行或仅供参考。",
            expected=f"{report.agency.name} {report.year - 1}年",
            actual=f"{previous.agency.name} {previous.year}年",
            source=SOURCE_PLAUSIBILITY,
        )
    ]


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
    _previous_comparable,
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
                cells=(_ref3(table3_row("carried_over"), index),),
                expected=forwarded[index],
                actual=carried[index],
                source=SOURCE_PLAUSIBILITY,
            )
        )
    return findings


# --------------------------------------------------------------------------------------------------
# Legacy narrative reports
# --------------------------------------------------------------------------------------------------


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
    base_words = f"{stated.base_words or '全部公开信息'}（{stated.base}条）"
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
                source=f"{SOURCE_PLAUSIBILITY}：年度报告通常统计1月1日至12月31日全年情况",
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
