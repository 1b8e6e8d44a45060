"""Plausibility checks, reported as warnings: the library's analysis (see docs/rules.md), not the format's rules.

Each check takes the report and, when given, last year's report of the same agency; each finding names its source.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Final

from disclosure_rules._findings import CellRef, Finding, Severity
from disclosure_rules._labels import (
    TABLE3_COLUMNS,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    format_source,
    section_label,
    table2_cells,
    table2_row_label,
    table3_row,
)
from disclosure_rules._messages import cells_not_filled_zh
from disclosure_rules._models import (
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    AnyReport,
    LegacyReport,
    StandardReport,
    table2_value,
)
from disclosure_rules._sources import (
    FEE_MEASURES_NUMBER,
    FORMAT_2019_SOURCE,
    FORMAT_2021_NUMBER,
    FORMAT_2021_SOURCE,
    format_for_year,
)
from disclosure_rules._validation._common import SOURCE_PLAUSIBILITY, TOTAL_COLUMN_INDEX, ref3, table3_refs

__all__ = [
    "OVERVIEW_MAX_CHARACTERS",
    "PLAUSIBILITY_CHECKS",
    "PlausibilityCheck",
    "not_filled",
]

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


def not_filled(report: StandardReport) -> list[Finding]:
    findings: list[Finding] = []
    blanks2 = [
        CellRef(table="表二", row=spec.row_label, column=spec.column_label)
        for spec in table2_cells(report.report_format)
        if table2_value(report.proactive_disclosure, spec) is None
    ]
    blanks3 = [
        ref
        for refs, (_, counts) in zip(
            table3_refs(report.report_format), report.requests.iter_rows(), strict=True
        )
        for ref, value in zip(refs, counts.values(), strict=True)
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
                        f"{table}有{cells_not_filled_zh(len(blanks))}（空白、“—”或“/”），无法据此核对合计；"
                        "如无数据，建议填0。"
                    ),
                    cells=tuple(blanks),
                    expected="0 或实际数字",
                    actual="未填写",
                    source=SOURCE_PLAUSIBILITY,
                )
            )
    return findings


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
            message=f"{table3_row('carried_forward').title}{forward_total}件，多于本年新收{new_total}件，请核实。",
            cells=(
                ref3(report.requests.row_specs()[-1], TOTAL_COLUMN_INDEX),
                ref3(report.requests.row_specs()[0], TOTAL_COLUMN_INDEX),
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
            message=f"表三“{row.canonical_label}”有{unpaid}件，但“{section_label('other_matters')}”未说明信息处理费收取情况。",
            cells=(ref3(row, TOTAL_COLUMN_INDEX),),
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
            cells=(ref3(row, TOTAL_COLUMN_INDEX),),
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
                    f"与{previous.year}年度报告“{table3_row('carried_forward').title}”{forwarded[index]}件不一致。"
                ),
                cells=(ref3(table3_row("carried_over"), index),),
                expected=forwarded[index],
                actual=carried[index],
                source=SOURCE_PLAUSIBILITY,
            )
        )
    return findings
