"""The roll-up reads a report's cells from its models' ``__dict__``: the same cells as reading them by name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._aggregate import roll_up_detailed
from disclosure_rules._aggregate._rollup import (
    _FLAT_CHECK,
    _IDENTITY_RULES,
    _flat_by_name,
    _flat_identities_hold,
    identities_hold,
)
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
from disclosure_rules._validation import has_errors, validate
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
    assert _FLAT_CHECK(report)[0] == _flat_by_name(report)
    row = ApplicantCounts.from_values(values)
    update: dict[str, object] = dict.fromkeys(reversed(rows), row)
    if foreign:
        update["not_a_row"] = row
    copied = report.model_copy(update={"requests": report.requests.model_copy(update=update)})
    assert _FLAT_CHECK(copied)[0] == _flat_by_name(copied)
    built = AnnualReport2021.model_construct(**dict(report))
    assert _FLAT_CHECK(built)[0] == _flat_by_name(built) == _FLAT_CHECK(report)[0]


@settings(max_examples=80, deadline=None)
@given(
    report=consistent_reports_2021(),
    blanks=st.lists(st.integers(0, 25 * 7 + 15 - 1), max_size=3, unique=True),
)
def test_a_blank_cell_never_passes_the_flat_check_wrongly(
    report: AnnualReport2021, blanks: list[int]
) -> None:
    """The flat check raises or says False where the by-cell check says False; the roll-up matches validate."""
    cells: list[int | None] = [
        value if isinstance(value, int) else None for value in _flat_by_name(report)[: 25 * 7 + 15]
    ]
    for cell in blanks:
        cells[cell] = None
    blanked = report.model_copy(
        update={
            "requests": RequestsTable2021.from_matrix([cells[row * 7 : row * 7 + 7] for row in range(25)]),
            "review_litigation": ReviewLitigationTable.from_values(cells[25 * 7 :]),
        }
    )
    try:
        flat_holds = _flat_identities_hold(_flat_by_name(blanked))
    except TypeError:
        flat_holds = False
    assert not flat_holds or identities_hold(blanked)
    result = roll_up_detailed([report, blanked])
    summed = [report] if has_errors(validate(blanked)) else [report, blanked]
    assert result.summed == len(summed)
    columns = zip(*map(_flat_by_name, summed), strict=True)  # a blank anywhere leaves the column blank
    expected = [None if None in column else sum(column) for column in columns]
    assert list(_flat_by_name(result.report)) == expected


def _changed(report: AnnualReport2021, changes: list[tuple[int, int | None]]) -> AnnualReport2021:
    """The report with some cells of tables 三 and 四 set to other values (a figure moved, or a blank)."""
    cells: list[int | None] = [
        value if isinstance(value, int) else None for value in _flat_by_name(report)[: 25 * 7 + 15]
    ]
    for position, value in changes:
        cells[position] = value
    return report.model_copy(
        update={
            "requests": RequestsTable2021.from_matrix([cells[row * 7 : row * 7 + 7] for row in range(25)]),
            "review_litigation": ReviewLitigationTable.from_values(cells[25 * 7 :]),
        }
    )


@settings(max_examples=120, deadline=None)
@given(
    report=consistent_reports_2021(),
    changes=st.lists(
        st.tuples(st.integers(0, 25 * 7 + 15 - 1), st.integers(0, 9) | st.none()),
        max_size=3,
        unique_by=lambda c: c[0],
    ),
)
def test_the_straight_line_check_reads_the_same_cells_and_passes_only_what_holds(
    report: AnnualReport2021, changes: list[tuple[int, int | None]]
) -> None:
    """Issue 16: the same cells as read by name; on filled tables the same answer as the flat check; with a blank, True
    only where the by-cell check says True (anything else is decided by the checks before it)."""
    changed = _changed(report, changes)
    cells, holds = _FLAT_CHECK(changed)
    assert cells == _flat_by_name(changed)
    assert isinstance(holds, bool)
    if None not in cells[: 25 * 7 + 15]:
        assert holds == _flat_identities_hold(cells) == identities_hold(changed)
    assert not holds or identities_hold(changed)
    assert _FLAT_CHECK(report)[1] is True  # every identity holds on a consistent report


def test_the_straight_line_check_falls_back_to_names_for_a_row_with_a_key_more() -> None:
    report = AnnualReport2021.model_validate(
        {"agency": {"name": "甲", "level": "其他"}, "year": 2022, "report_format": "2021"}
    )
    row = ApplicantCounts.from_values([1, 0, 0, 0, 0, 0, 1])
    copied = report.model_copy(update={"requests": report.requests.model_copy(update={"not_a_row": row})})
    cells, holds = _FLAT_CHECK(copied)
    assert cells == _flat_by_name(copied)
    assert holds is False


@pytest.mark.parametrize(
    ("changes", "holds"),
    [
        ([(2 * 7 + 3, 1)], False),  # a row of table 三 (and its column)
        ([(0, 1), (6, 1)], False),  # 新收 + 上年结转 = 办理结果总计 + 结转下年度 only
        ([(2 * 7, 1), (2 * 7 + 6, 1)], False),  # the outcome rows add up to 办理结果总计 only
        ([(25 * 7 + 14, 1)], False),  # a group of table 四
        (
            [(0, 1), (6, 1), (2 * 7, 1), (2 * 7 + 6, 1), (23 * 7, 1), (23 * 7 + 6, 1)],
            True,
        ),  # a request, granted
        ([(25 * 7 + 5, 2), (25 * 7 + 9, 2)], True),
    ],
)
def test_each_kind_of_identity_is_checked(changes: list[tuple[int, int]], holds: bool) -> None:
    """Cells of a table of zeros changed so that exactly one kind of identity breaks (or none)."""
    report = AnnualReport2021.model_validate(
        {"agency": {"name": "甲", "level": "其他"}, "year": 2022, "report_format": "2021"}
    )
    changed = _changed(_changed(report, [(cell, 0) for cell in range(25 * 7 + 15)]), list(changes))
    assert _FLAT_CHECK(changed)[1] is holds
    assert identities_hold(changed) is holds


def test_each_rule_of_the_table_is_the_identity_validate_reports_under_its_code_and_source() -> None:
    """The one table of identities: a part of any of its identities moved by one breaks that rule in validate."""
    report = AnnualReport2021.model_validate(
        {"agency": {"name": "甲", "level": "其他"}, "year": 2022, "report_format": "2021"}
    )
    zeros = _changed(report, [(cell, 0) for cell in range(25 * 7 + 15)])
    assert sum(len(identities) for _, _, identities in _IDENTITY_RULES) == 25 + 3 + 7 + 7
    for code, source, identities in _IDENTITY_RULES:
        for parts, _ in identities:
            broken = _changed(zeros, [(parts[0], 1)])
            errors = [finding for finding in validate(broken) if finding.is_error]
            assert code in {finding.code for finding in errors}
            assert any(source in finding.source for finding in errors if finding.code == code)
            assert _FLAT_CHECK(broken)[1] is False
            assert _flat_identities_hold(_flat_by_name(broken)) is False
