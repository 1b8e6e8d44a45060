"""Properties of the reader: whatever a clerk types into a number cell, it is read exactly or named as bad."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules import (
    AnnualReport2021,
    WorkbookError,
    read_workbook,
    report_from_json,
    workbook_template,
)
from disclosure_rules._labels import TABLE3_APPLICANT_COLUMNS, RowKind, table3_rows
from disclosure_rules._workbook._formula import FormulaError, evaluate
from disclosure_rules._workbook._reader import BLANK_MARKS
from tests.workbook.helpers import EXAMPLE_2021, fill, openpyxl, save, table3_cells

INPUT_ROWS = [row.code for row in table3_rows("2021") if row.kind is not RowKind.TOTAL]
CODES = {
    "negative": "workbook.negative",
    "fraction": "workbook.fraction",
    "text": "workbook.not_a_number",
}


@pytest.fixture(scope="module")
def filled() -> bytes:
    report = report_from_json(EXAMPLE_2021.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    return save(fill(workbook_template(year=report.year), report))


def _expected_problem(value: object) -> str | None:
    if isinstance(value, str):
        # The reader's own blank marks ("——" too, as published), so the oracle cannot drift from it.
        return None if value.strip() in {"", *BLANK_MARKS} else "text"
    if isinstance(value, float) and not value.is_integer():
        return "fraction" if value >= 0 else "negative"
    if isinstance(value, int | float) and value < 0:
        return "negative"
    return None


typed_values = (
    st.integers(min_value=-50, max_value=10_000)
    | st.floats(min_value=-100, max_value=100, allow_nan=False).map(lambda x: round(x, 2))
    | st.text(alphabet="0123456789一二三件 abc—/-", max_size=6)
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    row=st.sampled_from(INPUT_ROWS),
    column=st.sampled_from([column.code for column in TABLE3_APPLICANT_COLUMNS]),
    value=typed_values,
)
def test_a_typed_value_is_read_exactly_or_named(filled: bytes, row: str, column: str, value: object) -> None:
    wb: Any = openpyxl.load_workbook(io.BytesIO(filled))
    cell = table3_cells(wb)[row, column]
    wb[cell.sheet].cell(row=cell.row, column=cell.column).value = value
    problem = _expected_problem(value)
    if problem is None:
        report = read_workbook(save(wb)).report
        expected = None if isinstance(value, str) else int(Decimal(repr(value)))
        assert report.requests.row(row).get(column) == expected
        assert report.requests.row(row).total == sum(v or 0 for v in report.requests.row(row).values()[:6])
    else:
        with pytest.raises(WorkbookError) as caught:
            read_workbook(save(wb))
        assert caught.value.code == CODES[problem]
        assert cell.address in caught.value.message


@given(values=st.lists(st.integers(min_value=0, max_value=10_000) | st.none(), min_size=1, max_size=12))
def test_sum_of_a_column_range_is_the_sum_of_its_numbers(values: list[int | None]) -> None:
    cells = {(row, 2): None if v is None else Decimal(v) for row, v in enumerate(values, start=5)}
    formula = f"=SUM(B5:B{4 + len(values)})"
    assert evaluate(formula, lambda r, c: cells.get((r, c))) == sum(v for v in values if v is not None)
    plus = "=" + "+".join(f"B{row}" for row in range(5, 5 + len(values)))
    assert evaluate(plus, lambda r, c: cells.get((r, c))) == sum(v for v in values if v is not None)


@given(text=st.text(max_size=12))
def test_the_evaluator_computes_or_refuses_never_crashes(text: str) -> None:
    try:
        result = evaluate("=" + text, lambda _r, _c: Decimal(1))
    except FormulaError:
        return
    assert isinstance(result, Decimal)


@pytest.mark.parametrize(
    "formula",
    ["=" + "(" * 600 + "1" + ")" * 600, "=" + "(" * 1500 + "1" + ")" * 1500, "=" + "+".join(["1"] * 1200)],
)
def test_a_huge_or_deeply_nested_formula_is_refused(formula: str) -> None:
    with pytest.raises(FormulaError):
        evaluate(formula, lambda _r, _c: None)
