"""Building a standard-format report (60号 or 30号) from the tables read, and placing each finding on the page."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Final

from disclosure_rules._audit._charset import UNNAMED_INPUT, UNNAMED_INPUT_EN
from disclosure_rules._audit._crosschecks import (
    categories_above_total,
    channels_above_total,
    class_count_findings,
    closing_findings,
    column_twice,
    detailed_findings,
    list_findings,
    named_shares,
    outcome_shares,
    outcomes_above,
    prose_vs_table2,
    text_vs_tables,
    unintroduced_parts_findings,
    viewpoint_findings,
)
from disclosure_rules._audit._narrative import (
    Prose,
    answered_outcome_lists,
    channel_lists_after_total,
    channel_share_lists,
    column_counts,
    detailed_lists,
    find_agency,
    find_agency_in_prose,
    named_share_lists,
    nested_lists,
    of_another_year,
    standard_figures,
    stated_lists,
    unstated_total_lists,
    viewpoint_lists,
)
from disclosure_rules._audit._result import (
    PROSE_CONFIDENCE,
    SOURCE_READER,
    UNKNOWN_AGENCY,
    AuditError,
    AuditResult,
    audit_figures,
    guess_level,
)
from disclosure_rules._audit._tables import (
    CONFIDENCE_UNAMBIGUOUS,
    T3_COLUMN_CODES,
    ReadValue,
    TableReading,
)
from disclosure_rules._findings import CellRef, Finding, Severity
from disclosure_rules._labels import (
    TABLE3_COLUMNS,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    table2_cells,
    table3_rows,
)
from disclosure_rules._messages import cells_not_filled_zh
from disclosure_rules._models import (
    Agency,
    AnnualReport2019,
    AnnualReport2021,
    AnyReport,
    Overview,
    RequestsTable2019,
    RequestsTable2021,
    ReviewLitigationTable,
)
from disclosure_rules._text import nfkc
from disclosure_rules._validation import validate
from disclosure_rules._validation._common import table3_refs

if TYPE_CHECKING:
    from collections.abc import Callable

    from disclosure_rules._audit._normalize import CellValue
    from disclosure_rules._audit._tables import StandardFormat

_YUAN_PER_10K: Final = Decimal(10000)


def _as_count(value: CellValue) -> int | None:
    """A count cell's number: an integer, or a decimal with nothing after the point ("3.00")."""
    number = value.number
    if value.kind == "int" and isinstance(number, int):
        return number
    if value.kind == "decimal" and isinstance(number, Decimal) and number == number.to_integral_value():
        return int(number)
    return None


@lru_cache(maxsize=1024)
def _ref(table: str, row: str, column: str | None) -> CellRef:
    """The address of an official cell (a few hundred exist: built once each)."""
    return CellRef(table=table, row=row, column=column)


@lru_cache(maxsize=1024)
def _cell_name(key: tuple[str, str, str | None]) -> str:
    """A read cell's name in ``cell_confidence`` (``表三/一、本年新收…/自然人``): a few hundred exist, each joined once."""
    return "/".join(filter(None, key))


class _Builder:
    """Typed cells from what was read, the page address of each cell, and the reader's problems."""

    def __init__(self, reading: TableReading, report_format: StandardFormat) -> None:
        self.reading = reading
        self.format = report_format
        self.where: dict[tuple[str, str, str | None], str] = {}
        self.blank: list[tuple[CellRef, str]] = []
        self.missing: list[str] = []
        self.findings: list[Finding] = []
        self.confidence: dict[tuple[str, str, str | None], float] = {}

    def _invalid(self, ref: CellRef, read: ReadValue, expected: str) -> None:
        self.findings.append(
            Finding(
                code="audit.cell_invalid",
                severity=Severity.ERROR,
                message=f"{ref.table}“{ref.row}”行“{ref.column}”列填写“{read.value.text.strip()}”，不是{expected}。",
                cells=(ref,),
                actual=read.value.text.strip(),
                expected=expected,
                source=SOURCE_READER,
                location=read.where,
            )
        )

    def _note(self, ref: CellRef, read: ReadValue | None) -> bool:
        """Record where a cell is; True when it holds something (False for a blank)."""
        if read is None:
            return False
        key = (ref.table, ref.row, ref.column)
        self.where[key] = read.where
        self.confidence[key] = read.confidence
        if not read.value.filled:
            self.blank.append((ref, read.where))
            return False
        return True

    def _count(self, ref: CellRef, read: ReadValue | None) -> int | None:
        """A count cell of table 三 or 四: its number, None when blank or not read (an invalid one noted)."""
        if not self._note(ref, read) or read is None:
            return None
        count = _as_count(read.value)
        if count is None:
            self._invalid(ref, read, "非负整数")
        return count

    def table2(self) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        for spec in table2_cells(self.format):
            read = self.reading.table2.get(spec.key)
            ref = _ref("表二", spec.row_label, spec.column_label)
            if read is None:
                continue
            if not self._note(ref, read):
                mapping[spec.key] = None
                continue
            value = read.value
            if spec.value_kind == "text":
                mapping[spec.key] = nfkc(value.text).strip()
            elif spec.value_kind == "amount_10k_yuan" and value.kind in {"int", "decimal"}:
                mapping[spec.key] = Decimal(value.number or 0)
            elif spec.value_kind == "amount_10k_yuan" and value.kind == "amount" and value.number is not None:
                mapping[spec.key] = (Decimal(value.number) / _YUAN_PER_10K).normalize()
            elif spec.value_kind == "signed" and value.kind in {"int", "signed"}:
                mapping[spec.key] = value.number
            elif spec.value_kind == "count" and (count := _as_count(value)) is not None:
                mapping[spec.key] = count
            else:
                self._invalid(
                    ref, read, {"count": "非负整数", "signed": "整数（增减）"}.get(spec.value_kind, "数字")
                )
        return mapping

    def table3(self) -> list[list[int | None]]:
        matrix: list[list[int | None]] = []
        for spec, refs in zip(table3_rows(self.format), table3_refs(self.format), strict=True):
            cells = self.reading.table3.get(spec.code)
            if cells is None:
                self.missing.append(f"表三“{spec.canonical_label}”")
                matrix.append([None] * len(T3_COLUMN_CODES))
                continue
            matrix.append([self._count(ref, read) for ref, read in zip(refs, cells, strict=True)])
        return matrix

    def table4(self) -> list[int | None]:
        cells = self.reading.table4
        if cells is None:
            self.missing.append("表四")
            return [None] * 15
        refs = [
            _ref("表四", group.label, label) for group in TABLE4_GROUPS for _, label in TABLE4_RESULT_COLUMNS
        ]
        return [self._count(ref, read) for ref, read in zip(refs, cells, strict=True)]


def _section_texts(prose: Prose, numerals: tuple[str, ...]) -> dict[str, str]:
    """The text of each section named, in one pass ("" for each when the page has no recognisable headings).

    tests/audit/test_audit_speed5.py compares it with the three passes it replaces.
    """
    texts: dict[str, list[str]] = {numeral: [] for numeral in numerals}
    sectioned = False
    for sentence in prose.sentences:
        if sentence.section:
            sectioned = True
            if (found := texts.get(sentence.section)) is not None:
                found.append(sentence.text)
    return {numeral: "".join(parts) if sectioned else "" for numeral, parts in texts.items()}


def audit_standard(  # noqa: PLR0913 - the pieces read from one page
    reading: TableReading,
    report_format: StandardFormat,
    *,
    confidence: float,
    prose: Prose,
    title: str | None,
    year: int,
    earlier: Callable[[AnyReport], AnyReport | None],
    source: str | None,
) -> AuditResult:
    builder = _Builder(reading, report_format)
    name = find_agency(title) or find_agency_in_prose(prose)
    agency = Agency(name=(name or UNKNOWN_AGENCY)[:200], level=guess_level(name))
    sections = _section_texts(prose, ("一", "五", "六"))
    common: dict[str, Any] = {
        "agency": agency,
        "year": year,
        "title": title,
        "overview": Overview(text=sections["一"]),
        "problems_and_improvements": sections["五"],
        "other_matters": sections["六"],
        "review_litigation": ReviewLitigationTable.from_values(builder.table4()),
    }
    report: AnnualReport2021 | AnnualReport2019
    try:
        if report_format == "2021":
            report = AnnualReport2021(
                **common,
                proactive_disclosure=AnnualReport2021.table2_from_mapping(builder.table2()),
                requests=RequestsTable2021.from_matrix(builder.table3()),
            )
        else:
            report = AnnualReport2019(
                **common,
                proactive_disclosure=AnnualReport2019.table2_from_mapping(builder.table2()),
                requests=RequestsTable2019.from_matrix(builder.table3()),
            )
    except ValueError as exc:
        raise AuditError(
            f"{source or UNNAMED_INPUT_EN}: what was read does not make an annual report ({exc})",
            message_zh=f"{source or UNNAMED_INPUT}：读出的内容无法构成年度报告（{exc}）。",
        ) from None
    checked = validate(report, earlier(report))
    if name is None:  # P7 needs the agency's level, which an unnamed agency does not give
        checked = [f for f in checked if f.code != "table2.rules_without_rulemaking_power"]
    findings = _locate(checked, builder, reading)
    findings.extend(builder.findings)
    findings.extend(_reader_problems(reading))
    findings.extend(_subtotal_findings(reading, report))
    figures = [f for f in standard_figures(prose) if not of_another_year(f, year)]  # round 49
    findings.extend(text_vs_tables(figures, report))
    tables = report.tables()  # once: the prose check reads table 二 of it, the result keeps it
    findings.extend(
        prose_vs_table2(prose.sentences, tables["table2"], table2_cells(report_format), builder.confidence)
    )
    findings.extend(outcome_shares(figures, report))
    lists = stated_lists(prose)
    if report_format == "2021":
        # round 31: parts with their own breakdowns; their reading replaces the flat one of the same total
        nested = nested_lists(prose)
        lists = [
            stated
            for stated in lists
            if not any(other.total == stated.total and other.sentence is stated.sentence for other in nested)
        ]
        lists.extend(nested)
    findings.extend(list_findings(lists, "text", Severity.WARNING))
    findings.extend(class_count_findings(prose, "text"))  # round 32
    findings.extend(unintroduced_parts_findings(prose, "text"))  # round 38
    findings.extend(named_shares(named_share_lists(prose)))
    findings.extend(outcomes_above(answered_outcome_lists(prose), "text"))
    findings.extend(column_twice(column_counts(prose)))
    total = next((figure for figure in figures if figure.name == "proactive_total"), None)
    if total is not None:
        findings.extend(categories_above_total(unstated_total_lists(prose, total)))
        findings.extend(viewpoint_findings(viewpoint_lists(prose, total)))
        findings.extend(detailed_findings(detailed_lists(prose, total)))  # round 36
        findings.extend(channels_above_total(channel_lists_after_total(prose, total), "text"))
        findings.extend(named_shares(channel_share_lists(prose, total)))
    findings.extend(closing_findings(prose, "text", findings))  # rounds 38, 39: after every other check
    figures.extend(part for stated in lists for part in stated.parts)
    findings = [with_confidence(finding, builder.confidence) for finding in findings]
    findings.sort(key=lambda finding: finding.severity is not Severity.ERROR)
    return AuditResult(
        file=source,
        format=report_format,
        confidence=confidence,
        cell_confidence={_cell_name(key): value for key, value in builder.confidence.items()},
        tables=tables,
        figures=audit_figures(figures),
        findings=tuple(findings),
        report=report,
    )


# The blank cells a "not filled" finding names by place; more are summed up by 等.
_PLACES_NAMED: Final = 6


def _locate(findings: list[Finding], builder: _Builder, reading: TableReading) -> list[Finding]:
    """Give every finding of ``validate`` its place on the page; split 'not filled' from 'not found'."""
    located: list[Finding] = []
    blank_keys = {(ref.table, ref.row, ref.column) for ref, _ in builder.blank}
    for finding in findings:
        if finding.code == "cell.not_filled":
            shown = [
                (ref, key) for ref in finding.cells if (key := (ref.table, ref.row, ref.column)) in blank_keys
            ]
            if not shown:
                continue
            cells = tuple(ref for ref, _ in shown)
            # a blank cell was placed before it was noted blank: the first places named are looked up, not all
            places = [builder.where[key] for _, key in shown[:_PLACES_NAMED]]
            finding = finding.model_copy(  # noqa: PLW2901 - the same finding, narrowed to what the page shows
                update={
                    "cells": cells,
                    "message": f"{cells[0].table}有{cells_not_filled_zh(len(cells))}（空白、“—”、“/”或“无”）；无数据时应填0。",
                    "location": "、".join(places) + ("等" if len(cells) > _PLACES_NAMED else ""),
                }
            )
        elif finding.location is None:
            finding = finding.model_copy(update={"location": _place(finding, builder, reading)})  # noqa: PLW2901
        located.append(finding)
    if builder.missing:
        located.append(
            Finding(
                code="audit.rows_not_found",
                severity=Severity.WARNING,
                message=f"页面上没有读到{len(builder.missing)}行：{'、'.join(builder.missing[:5])}"
                + ("等" if len(builder.missing) > 5 else "")  # noqa: PLR2004
                + "（页面可能不完整，或行标签无法识别）；这些单元格记为未读到。",
                source=SOURCE_READER,
                location=next(iter(reading.table_locations.values()), "全文"),
            )
        )
    return located


def _place(finding: Finding, builder: _Builder, reading: TableReading) -> str:
    for ref in finding.cells:
        where = builder.where.get((ref.table, ref.row, ref.column))
        if where:
            return where
    for ref in finding.cells:
        for (table, row, _), where in builder.where.items():
            if table == ref.table and row == ref.row:
                return where
        if ref.table in reading.table_locations:
            return reading.table_locations[ref.table]
    if finding.code == "report.overview_too_long":
        return "一、总体情况"
    return "全文"


_DOWNGRADED: Final = "（所依据的单元格读取不完全确定，列为提示，请对照原页面核对。）"


def with_confidence(finding: Finding, confidence: dict[tuple[str, str, str | None], float]) -> Finding:
    """Give a finding the certainty of the cells behind it; an error on an uncertain reading is a warning."""
    if finding.confidence is not None:
        return finding
    read = [
        confidence[key] for ref in finding.cells if (key := (ref.table, ref.row, ref.column)) in confidence
    ]
    if read:
        # prose against cells: as sure as the less sure of the sentence's reading and the cells
        sure = min(read) if not finding.code.startswith("text.") else min(*read, PROSE_CONFIDENCE)
    elif finding.code.startswith("text."):
        sure = PROSE_CONFIDENCE
    else:
        return finding
    if finding.is_error and sure < CONFIDENCE_UNAMBIGUOUS:
        return finding.model_copy(
            update={
                "severity": Severity.WARNING,
                "message": finding.message + _DOWNGRADED,
                "confidence": sure,
            }
        )
    return finding.model_copy(update={"confidence": sure})


def _reader_problems(reading: TableReading) -> list[Finding]:
    return [
        Finding(
            code=problem.code,
            severity=Severity(problem.severity),
            message=problem.message,
            source=SOURCE_READER,
            location=problem.where,
            confidence=problem.confidence,
        )
        for problem in reading.problems
    ]


def _group_sum(report: AnnualReport2021 | AnnualReport2019, group: str, column: int) -> int | None:
    total = 0
    seen = False
    for spec, counts in report.requests.iter_rows():
        if spec.group is not None and spec.group.code == group:
            value = counts.values()[column]
            if value is not None:
                total += value
                seen = True
    return total if seen else None


def _subtotal_findings(reading: TableReading, report: AnnualReport2021 | AnnualReport2019) -> list[Finding]:
    findings: list[Finding] = []
    for group, cells in reading.subtotal_rows:
        for column, read in enumerate(cells):
            if read is None or not isinstance(read.value.number, int):
                continue
            expected = _group_sum(report, group, column)
            if expected is not None and expected != read.value.number:
                findings.append(
                    Finding(
                        code="table3.subtotal_mismatch",
                        severity=Severity.ERROR,
                        message=(
                            f"表三页面自加的小计行（{group}）“{TABLE3_COLUMNS[column].label}”列为{read.value.number}件，"
                            f"但其下各行之和为{expected}件。"
                        ),
                        expected=expected,
                        actual=read.value.number,
                        source=SOURCE_READER,
                        location=read.where,
                    )
                )
    return findings
