"""The table 三 row getters written for speed (one ``attrgetter``, field names looked up once) read what they did."""

from __future__ import annotations

import pytest
from hypothesis import given

import disclosure_rules
from disclosure_rules import InputError
from disclosure_rules._models import (
    COLUMN_CODES,
    TABLE4_GROUP_CODES,
    TABLE4_RESULT_CODES,
    AnnualReport2019,
    AnnualReport2021,
)
from tests.strategies import consistent_reports_2019, consistent_reports_2021


@given(consistent_reports_2021() | consistent_reports_2019())
def test_row_values_and_rows_are_the_fields_in_official_order(
    report: AnnualReport2021 | AnnualReport2019,
) -> None:
    table = report.requests
    for spec, counts in table.iter_rows():
        assert counts is getattr(table, spec.code)
        assert counts.values() == tuple(getattr(counts, code) for code in COLUMN_CODES)
    assert table.matrix() == [
        [getattr(getattr(table, spec.code), code) for code in COLUMN_CODES] for spec in table.row_specs()
    ]


@given(consistent_reports_2021())
def test_a_row_that_is_no_field_is_refused(report: AnnualReport2021) -> None:
    with pytest.raises(KeyError):
        report.requests.row("values")  # a method's name, not a row
    with pytest.raises(KeyError):
        report.requests.row("no_such_row")


@given(consistent_reports_2021() | consistent_reports_2019())
def test_named_cell_accessors_read_the_report_fields(report: AnnualReport2021 | AnnualReport2019) -> None:
    tables = report.tables()
    for spec, counts in report.requests.iter_rows():
        for code in COLUMN_CODES:
            assert tables.table3_cell(spec.code, code) == getattr(counts, code)
    for group in TABLE4_GROUP_CODES:
        results = getattr(report.review_litigation, group)
        for result in TABLE4_RESULT_CODES:
            assert tables.table4_cell(group, result) == getattr(results, result)


@given(consistent_reports_2021())
def test_named_cell_accessors_refuse_unknown_codes(report: AnnualReport2021) -> None:
    """Through the public name, an unknown code leaves as the library's ``input.wrong_type`` naming the code."""
    assert disclosure_rules.CanonicalTables is type(report.tables())  # the public name, guarded on first use
    tables = report.tables()
    with pytest.raises(InputError, match="no row 'no_such_row'") as refused:
        tables.table3_cell("no_such_row")
    assert refused.value.code == "input.wrong_type"
    assert isinstance(refused.value.__cause__, KeyError)
    with pytest.raises(InputError, match="no column 'no_such_column'"):
        tables.table3_cell("granted", "no_such_column")
    with pytest.raises(InputError, match="no cell 'administrative_review'/'no_such_result'"):
        tables.table4_cell("administrative_review", "no_such_result")
