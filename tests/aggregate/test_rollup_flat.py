"""The roll-up reads a report's cells from its models' ``__dict__``: the same cells as reading them by name."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._aggregate._rollup import _flat, _flat_by_name
from disclosure_rules._labels import TABLE3_ROWS_2021
from disclosure_rules._models import (
    COLUMN_CODES,
    TABLE4_GROUP_CODES,
    TABLE4_RESULT_CODES,
    AnnualReport2021,
    ApplicantCounts,
    CaseResults,
    RequestsTable2021,
    ReviewLitigationTable,
)
from tests.strategies import consistent_reports_2021


def test_the_models_declare_their_cells_in_official_order() -> None:
    """What reading ``__dict__`` in order relies on."""
    assert tuple(RequestsTable2021.model_fields) == tuple(spec.code for spec in TABLE3_ROWS_2021)
    assert tuple(ApplicantCounts.model_fields) == COLUMN_CODES
    assert tuple(ReviewLitigationTable.model_fields) == TABLE4_GROUP_CODES
    assert tuple(CaseResults.model_fields) == TABLE4_RESULT_CODES


@settings(max_examples=60, deadline=None)
@given(
    report=consistent_reports_2021(),
    rows=st.lists(st.sampled_from([spec.code for spec in TABLE3_ROWS_2021]), max_size=4, unique=True),
    values=st.lists(st.integers(0, 9) | st.none(), min_size=7, max_size=7),
    foreign=st.booleans(),
)
def test_the_cells_are_those_read_by_name(
    report: AnnualReport2021, rows: list[str], values: list[int | None], foreign: bool
) -> None:
    """Validated, copied with rows replaced in any order, built without validation, or copied with a foreign key."""
    assert _flat(report) == _flat_by_name(report)
    row = ApplicantCounts.from_values(values)
    update: dict[str, object] = dict.fromkeys(reversed(rows), row)
    if foreign:
        update["not_a_row"] = row
    copied = report.model_copy(update={"requests": report.requests.model_copy(update=update)})
    assert _flat(copied) == _flat_by_name(copied)
    built = AnnualReport2021.model_construct(**dict(report))
    assert _flat(built) == _flat_by_name(built) == _flat(report)
