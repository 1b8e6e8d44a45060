"""The mandatory identities of tables 三 and 四, reported as errors.

They come from the format itself: the table note of table 三 (一 + 二 = 三（七）+ 四 in every column) and the
总计 cells, which are sums by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from disclosure_rules._findings import CellRef, Finding, Severity
from disclosure_rules._labels import TABLE3_COLUMNS, TABLE4_GROUPS, RowKind, format_source
from disclosure_rules._messages import cells_not_filled_zh
from disclosure_rules._validation._common import (
    SOURCE_TABLE3_NOTE,
    SOURCE_TOTAL_BY_CONSTRUCTION,
    TOTAL_COLUMN_INDEX,
    ref3,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from disclosure_rules._labels import Table3Row
    from disclosure_rules._models import Cell, StandardReport

__all__ = ["check_table3", "check_table4"]


@dataclass(frozen=True, slots=True)
class _Side:
    """One side of a sum identity: the sum of its filled cells and how many cells were left blank."""

    filled_sum: int
    blanks: int


def _sum_and_blanks(values: Iterable[Cell]) -> tuple[int, int]:
    """A side's filled sum and blank count, the filled cells summed once in C (no frozen ``_Side`` built for it).

    Two generators over the cells and a frozen dataclass per side cost about 2 µs a side, and ``validate`` weighs
    about 40 identities a report; a ``_Side`` is built only for a broken one (tests/audit/test_audit_speed10.py
    compares the two).
    """
    cells = list(values)
    filled = [value for value in cells if value is not None]
    return sum(filled), len(cells) - len(filled)


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
        return f"（另有{cells_not_filled_zh(blanks)}，按未填写处理，不计为0）" if blanks else ""

    def error(self, code: str, message: str, cells: Iterable[CellRef], source: str) -> Finding:
        """The error finding for this break: ``message`` quotes it, ``cells`` are where it shows."""
        return Finding(
            code=code,
            severity=Severity.ERROR,
            message=message,
            cells=tuple(cells),
            expected=self.expected,
            actual=self.actual,
            source=source,
        )


def _broken(parts: Iterable[Cell], totals: Iterable[Cell]) -> _Break | None:
    """Whether ``Σ parts = Σ totals`` is certainly broken; blanks are unknown non-negative numbers.

    With no blank the sums must be equal. With blanks on one side only, that side can only grow, so the
    identity is broken when its filled cells already exceed the complete side. With blanks on both sides
    nothing can be concluded.
    """
    left_sum, left_blanks = _sum_and_blanks(parts)
    right_sum, right_blanks = _sum_and_blanks(totals)
    if left_blanks and right_blanks:
        return None
    if not left_blanks and not right_blanks:
        broken = left_sum != right_sum
    elif left_blanks:
        broken = left_sum > right_sum
    else:
        broken = right_sum > left_sum
    return _Break(_Side(left_sum, left_blanks), _Side(right_sum, right_blanks)) if broken else None


def _shown(value: Cell) -> str:
    return "（未填写）" if value is None else str(value)


def check_table3(report: StandardReport) -> list[Finding]:
    """The table note (一 + 二 = 三（七）+ 四 in every column) and the two 总计 sums of table 三."""
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
    source = format_source(report.report_format)

    for column_index, column in enumerate(TABLE3_COLUMNS):
        new, carried = new_values[column_index], carried_values[column_index]
        total, forward = total_values[column_index], forward_values[column_index]
        # table3.flow — the table note: 一 + 二 = 三（七） + 四, for every column.
        flow = _broken((new, carried), (total, forward))
        if flow is not None:
            findings.append(
                flow.error(
                    "table3.flow",
                    f"表三“{column.label}”列：本年新收{_shown(new)}件加上年结转{_shown(carried)}件，"
                    f"应等于办理结果总计{_shown(total)}件加{forward_row.title}{_shown(forward)}件"
                    f"（{flow.expected}对{flow.actual}）{flow.blank_note}。",
                    (ref3(spec, column_index) for spec in (new_row, carried_row, total_row, forward_row)),
                    f"{source} {SOURCE_TABLE3_NOTE}",
                )
            )
        # table3.outcomes_sum — （七）总计 is the sum of every outcome row above it.
        outcomes = _broken((values[column_index] for _, values in outcome_rows), (total,))
        if outcomes is not None:
            findings.append(
                outcomes.error(
                    "table3.outcomes_sum",
                    f"表三“{column.label}”列：（七）总计填报{_shown(total)}件，但其上{len(outcome_rows)}个"
                    f"办理结果项之和为{outcomes.expected}件{outcomes.blank_note}。",
                    (ref3(total_row, column_index),),
                    f"{source} {SOURCE_TOTAL_BY_CONSTRUCTION}",
                )
            )

    # table3.applicant_sum — the 总计 column is the sum of the six applicant columns, in every row.
    for spec, counts in rows:
        values = counts.values()
        applicants = _broken(values[:TOTAL_COLUMN_INDEX], (values[TOTAL_COLUMN_INDEX],))
        if applicants is not None:
            findings.append(
                applicants.error(
                    "table3.applicant_sum",
                    f"表三“{spec.canonical_label}”行：总计栏填报{_shown(values[TOTAL_COLUMN_INDEX])}件，"
                    f"但自然人与五类法人或其他组织之和为{applicants.expected}件{applicants.blank_note}。",
                    (ref3(spec, TOTAL_COLUMN_INDEX),),
                    f"{source} {SOURCE_TOTAL_BY_CONSTRUCTION}",
                )
            )
    return findings


def check_table4(report: StandardReport) -> list[Finding]:
    """Each 总计 of table 四 is the sum of its four result columns."""
    findings: list[Finding] = []
    for group in TABLE4_GROUPS:
        cells = getattr(report.review_litigation, group.code).values()
        broken = _broken(cells[:4], (cells[4],))
        if broken is not None:
            label = f"{group.parent_label}·{group.label}" if group.parent_label else group.label
            findings.append(
                broken.error(
                    "table4.sum",
                    f"表四“{label}”：总计填报{_shown(cells[4])}件，但结果维持、结果纠正、其他结果、尚未审结"
                    f"之和为{broken.expected}件{broken.blank_note}。",
                    (CellRef(table="表四", row=group.label, column="总计"),),
                    f"{format_source(report.report_format)} {SOURCE_TOTAL_BY_CONSTRUCTION}",
                )
            )
    return findings
