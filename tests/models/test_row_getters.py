"""The table 三 row getters written for speed (one ``attrgetter``, field names looked up once) read what they did."""

from __future__ import annotations

import pytest
from hypothesis import given

from disclosure_rules._models import COLUMN_CODES, AnnualReport2019, AnnualReport2021
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
