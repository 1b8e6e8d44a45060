"""Roll-up: many agencies' reports summed into a regional summary (a county's, a city's).

Every cell is summed over the reports whose tables are free of errors; a report with an error (a broken
identity of table 三 or 四, by :func:`disclosure_rules.validate`) is left out and its agency listed, because
adding it would carry its error into the summary. A cell left blank in any summed report is blank in the
summary (the sum of an unknown is unknown): each identity of the summary then either holds or, like
:func:`validate`, is not checked, so the summary never has an identity error. Table 二's 本年收费金额 is a sum of
amounts in 万元.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Final

from pydantic import ValidationError

from disclosure_rules._aggregate._errors import AggregateError
from disclosure_rules._api_guard import public_class
from disclosure_rules._labels import TABLE2_CELLS_2021, TABLE3_ROWS_2021, RowKind, report_field_label
from disclosure_rules._models import (
    COLUMN_CODES,
    TABLE4_GROUP_CODES,
    TABLE4_RESULT_CODES,
    Agency,
    AgencyLevel,
    AnnualReport2021,
    AnyReport,
)
from disclosure_rules._parsing import first_error, first_error_zh
from disclosure_rules._validation import validate
from disclosure_rules._validation._common import SOURCE_TABLE3_NOTE, SOURCE_TOTAL_BY_CONSTRUCTION

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

_ROW_CODES: Final = tuple(spec.code for spec in TABLE3_ROWS_2021)
_OUTCOME_POSITIONS: Final = tuple(
    i for i, spec in enumerate(TABLE3_ROWS_2021) if spec.kind is RowKind.OUTCOME
)
_ROWS_OF: Final = attrgetter(*_ROW_CODES)
_CELLS_OF: Final = attrgetter(*COLUMN_CODES)
_GROUPS_OF: Final = attrgetter(*TABLE4_GROUP_CODES)
_RESULTS_OF: Final = attrgetter(*TABLE4_RESULT_CODES)
_TABLE2_ROWS: Final = tuple(dict.fromkeys(spec.field_path[0] for spec in TABLE2_CELLS_2021))
_TABLE2_PATHS: Final = tuple(spec.field_path for spec in TABLE2_CELLS_2021)
_TABLE2_OF: Final = attrgetter(*(f"{row}.{column}" for row, column in _TABLE2_PATHS))
_AMOUNT: Final = ("administrative_fees", "amount_10k_yuan")  # 本年收费金额, in 万元: a Decimal
_WIDTH: Final = len(COLUMN_CODES)
_APPLICANTS: Final = _WIDTH - 1
_RESULTS: Final = len(TABLE4_RESULT_CODES)
# A report's cells as one flat tuple: table 三 row by row, then table 四 group by group, then table 二.
_T3_CELLS: Final = len(_ROW_CODES) * _WIDTH
_T4_CELLS: Final = len(TABLE4_GROUP_CODES) * _RESULTS
_TABLE_CELLS: Final = _T3_CELLS + _T4_CELLS  # the cells the identities bind
_FLAT_CELLS: Final = _TABLE_CELLS + len(_TABLE2_PATHS)


def _row(kind: RowKind) -> slice:
    position = next(i for i, spec in enumerate(TABLE3_ROWS_2021) if spec.kind is kind)
    return slice(position * _WIDTH, (position + 1) * _WIDTH)


_NEW: Final = _row(RowKind.NEW)
_CARRIED_OVER: Final = _row(RowKind.CARRIED_OVER)
_TOTAL: Final = _row(RowKind.TOTAL)
_CARRIED_FORWARD: Final = _row(RowKind.CARRIED_FORWARD)

#: The identities of tables 三 and 四 that :func:`validate` reports as errors (2021 format, 国办公开办发〔2021〕30号),
#: one line per rule: validate's code, the source it cites, and the rule as (parts, totals) of positions in the
#: flat tuple — the parts add up to the totals. The one statement of them in the roll-up: the straight-line check
#: is generated from it and the fallback check reads it.
_IDENTITY_RULES: Final = (
    (  # each row of table 三: its six applicant columns add up to its 总计 column
        "table3.applicant_sum",
        SOURCE_TOTAL_BY_CONSTRUCTION,
        tuple(
            (tuple(range(row * _WIDTH, row * _WIDTH + _APPLICANTS)), (row * _WIDTH + _APPLICANTS,))
            for row in range(len(_ROW_CODES))
        ),
    ),
    (  # each group of table 四: its four results add up to its 总计
        "table4.sum",
        SOURCE_TOTAL_BY_CONSTRUCTION,
        tuple(
            (tuple(range(start, start + _RESULTS - 1)), (start + _RESULTS - 1,))
            for start in range(_T3_CELLS, _TABLE_CELLS, _RESULTS)
        ),
    ),
    (  # every column: 新收 + 上年结转 = 办理结果总计 + 结转下年度 (the table note)
        "table3.flow",
        SOURCE_TABLE3_NOTE,
        tuple(
            (
                (_NEW.start + column, _CARRIED_OVER.start + column),
                (_TOTAL.start + column, _CARRIED_FORWARD.start + column),
            )
            for column in range(_WIDTH)
        ),
    ),
    (  # every column: the outcome rows add up to 办理结果总计
        "table3.outcomes_sum",
        SOURCE_TOTAL_BY_CONSTRUCTION,
        tuple(
            (tuple(row * _WIDTH + column for row in _OUTCOME_POSITIONS), (_TOTAL.start + column,))
            for column in range(_WIDTH)
        ),
    ),
)
_IDENTITIES: Final = tuple(identity for _, _, identities in _IDENTITY_RULES for identity in identities)
_DICT: Final = attrgetter("__dict__")
_VALUES: Final = dict.values


def _compile_flat_check() -> Callable[[AnnualReport2021], tuple[tuple[Any, ...], bool]]:
    """One function that reads a report's flat cells and checks every identity on them, in straight-line code.

    Its source is built here, once, from the positions above (no input reaches it): the cells are unpacked into
    local variables from the models' ``__dict__`` (fields in declaration order, the official order, tested) and each identity is a plain sum
    of locals, about half the time of slicing and summing the flat tuple (issue 16). It answers ``True`` only
    when every identity holds on filled cells; ``False`` means *not known* (a blank cell, a broken identity, a
    ``__dict__`` with a key more): the caller then decides exactly as before.
    """
    table3 = ", ".join(
        "(" + "".join(f"c{row * _WIDTH + column}, " for column in range(_WIDTH)) + ")"
        for row in range(len(_ROW_CODES))
    )
    table4 = ", ".join(
        "(" + "".join(f"c{_T3_CELLS + group * _RESULTS + result}, " for result in range(_RESULTS)) + ")"
        for group in range(len(TABLE4_GROUP_CODES))
    )
    cells = "".join(f"c{position}, " for position in range(_TABLE_CELLS))
    holds = " and ".join(
        f"{' + '.join(f'c{p}' for p in parts)} == {' + '.join(f'c{p}' for p in totals)}"
        for parts, totals in _IDENTITIES
    )
    source = f"""
def flat_check(report):
    try:
        {table3}, = _ROWS(report.requests)
        {table4}, = _ROWS(report.review_litigation)
    except ValueError:
        return _flat_by_name(report), False
    cells = ({cells}*_TABLE2_OF(report.proactive_disclosure))
    try:
        return cells, {holds}
    except TypeError:
        return cells, False
"""
    names: dict[str, Any] = {
        "_ROWS": lambda table: map(_VALUES, map(_DICT, _VALUES(table.__dict__))),
        "_TABLE2_OF": _TABLE2_OF,
        "_flat_by_name": _flat_by_name,
    }
    exec(source, names)  # noqa: S102 - the source is made above from the package's own positions, never input
    check: Callable[[AnnualReport2021], tuple[tuple[Any, ...], bool]] = names["flat_check"]
    return check


#: Reports whose cells are summed column by column at once (bounded memory, sums done in C).
_BATCH: Final = 512


@public_class
@dataclass(frozen=True, slots=True)
class RollUpProblem:
    """A report left out of a roll-up: its agency, its position in the input, the error codes and the reasons.

    ``reasons`` are the messages of the errors :func:`validate` found (Chinese, naming the cells), in the order
    of ``codes``' findings; ``year`` is the report's year.
    """

    agency: Agency
    index: int
    codes: tuple[str, ...]
    reasons: tuple[str, ...] = ()
    year: int | None = None


@public_class
@dataclass(frozen=True, slots=True)
class RollUpResult:
    """The summary report and the reports left out of it."""

    report: AnnualReport2021
    problems: tuple[RollUpProblem, ...]
    summed: int


def identities_hold(report: AnnualReport2021) -> bool:
    """Whether the mandatory identities of tables 三 and 四 hold wherever their cells are filled.

    The same rules as the errors of :func:`validate` (table note, 总计 row and column, table 四 总计), read from
    ``_IDENTITY_RULES`` and checked without building findings; an identity with a blank cell is not checked.
    """
    cells: tuple[Any, ...] = _flat_by_name(report)  # blanks are skipped below, so the sums add numbers
    for parts, totals in _IDENTITIES:
        if any(cells[position] is None for position in chain(parts, totals)):
            continue
        if sum(cells[position] for position in parts) != sum(cells[position] for position in totals):
            return False
    return True


def _flat_by_name(report: AnnualReport2021) -> tuple[int | Decimal | None, ...]:
    return (
        *chain.from_iterable(map(_CELLS_OF, _ROWS_OF(report.requests))),
        *chain.from_iterable(map(_RESULTS_OF, _GROUPS_OF(report.review_litigation))),
        *_TABLE2_OF(report.proactive_disclosure),
    )


def _flat_identities_hold(cells: Sequence[Any]) -> bool:
    """:func:`identities_hold` for a report with no blank cell in tables 三 and 四, on its flat cells.

    With a blank cell it raises ``TypeError`` (a blank in a sum) or answers ``False`` (an identity broken before
    it), never ``True`` where :func:`identities_hold` says ``False``: the caller then asks :func:`identities_hold`
    (on ``TypeError``) or :func:`validate` (on ``False``), as for any report that fails the check.
    """
    cell = cells.__getitem__
    return all(sum(map(cell, parts)) == sum(map(cell, totals)) for parts, totals in _IDENTITIES)


_FLAT_CHECK: Final = _compile_flat_check()


def _holds_after_all(report: AnnualReport2021, cells: Sequence[Any]) -> bool:
    """Whether the identities hold, for a report the straight-line check could not pass (blank or broken)."""
    try:
        return _flat_identities_hold(cells)
    except TypeError:  # a blank cell in a sum: the identities whose cells are all filled decide
        return identities_hold(report)


def _add_batch(totals: list[Any], batch: list[tuple[int | Decimal | None, ...]]) -> None:
    """Add a batch of flat reports to the totals, column by column; a blank anywhere makes the column blank."""
    for position, column in enumerate(zip(*batch, strict=True)):
        try:
            totals[position] += sum(column)
        except TypeError:  # a blank in the column, or in the totals already
            totals[position] = None


def roll_up_detailed(
    reports: Iterable[AnyReport], *, agency: Agency | None = None, year: int | None = None
) -> RollUpResult:
    """Sum 2021-format reports of one year; reports with errors are left out and described (codes, reasons)."""
    totals: list[Any] = [0] * _FLAT_CELLS
    totals[_T3_CELLS + _T4_CELLS + _TABLE2_PATHS.index(_AMOUNT)] = Decimal(0)
    batch: list[tuple[int | Decimal | None, ...]] = []
    problems: list[RollUpProblem] = []
    summed = 0
    for index, report in enumerate(reports):
        year = _check_input(index, report, year)
        if not isinstance(report, AnnualReport2021):  # pragma: no cover - _check_input raised
            continue
        cells, holds = _FLAT_CHECK(report)
        if not holds and not _holds_after_all(report, cells):
            findings = [finding for finding in validate(report) if finding.is_error]
            if findings:
                codes = tuple(dict.fromkeys(finding.code for finding in findings))
                reasons = tuple(finding.message for finding in findings)
                problems.append(RollUpProblem(report.agency, index, codes, reasons, report.year))
                continue
        summed += 1
        batch.append(cells)
        if len(batch) == _BATCH:
            _add_batch(totals, batch)
            batch.clear()
    if batch:
        _add_batch(totals, batch)
    if year is None:
        raise AggregateError(
            "nothing to roll up: no reports given",
            code="aggregate.roll_up_empty",
            message_zh="没有给出要汇总的报告",
        )
    table3 = [totals[row * _WIDTH : (row + 1) * _WIDTH] for row in range(len(_ROW_CODES))]
    table4 = [
        totals[_T3_CELLS + group * _RESULTS : _T3_CELLS + (group + 1) * _RESULTS]
        for group in range(len(TABLE4_GROUP_CODES))
    ]
    table2 = dict(zip(_TABLE2_PATHS, totals[_T3_CELLS + _T4_CELLS :], strict=True))
    try:
        summary = _summary(agency, year, table2, table3, table4)
    except ValidationError as exc:  # a sum beyond MAX_COUNT (see _limits)
        where, problem = first_error(exc)
        cell = report_field_label(tuple(exc.errors()[0]["loc"]), "2021") or f"字段 {where}"
        raise AggregateError(
            f"the sum of {where} is more than one report can hold ({problem})",
            code="aggregate.roll_up_overflow",
            message_zh=f"{cell}的合计超出一份报告能容纳的最大数（{first_error_zh(exc)[1]}）",
        ) from None
    return RollUpResult(summary, tuple(problems), summed)


def _summary(
    agency: Agency | None,
    year: int,
    table2: dict[tuple[str, str], int | Decimal | None],
    table3: list[list[Any]],
    table4: list[list[Any]],
) -> AnnualReport2021:
    # One validation of the whole report, so that a sum too large is located by its full field path.
    return AnnualReport2021.model_validate(
        {
            "agency": agency or Agency(name="汇总", level=AgencyLevel.OTHER),
            "year": year,
            "proactive_disclosure": _table2_rows(table2),
            "requests": {
                code: dict(zip(COLUMN_CODES, cells, strict=True))
                for code, cells in zip(_ROW_CODES, table3, strict=True)
            },
            "review_litigation": {
                code: dict(zip(TABLE4_RESULT_CODES, cells, strict=True))
                for code, cells in zip(TABLE4_GROUP_CODES, table4, strict=True)
            },
        }
    )


def _check_input(index: int, report: AnyReport, year: int | None) -> int:
    """The roll-up's year, once this report is known to be a 2021-format report of that year."""
    if not isinstance(report, AnnualReport2021):
        raise AggregateError(
            f"report {index + 1} ({report.agency.name} {report.year}) is in the {report.report_format} format; "
            "a roll-up sums 2021-format reports",
            code="aggregate.roll_up_format",
            message_zh=(
                f"第{index + 1}份报告（{report.agency.name} {report.year}年）不是2021年格式；只能汇总2021年格式的报告"
            ),
        )
    if year is not None and report.year != year:
        raise AggregateError(
            f"report {index + 1} ({report.agency.name}) covers {report.year}, the others {year}",
            code="aggregate.roll_up_mixed_years",
            message_zh=f"第{index + 1}份报告（{report.agency.name}）是{report.year}年的，其他报告是{year}年的",
        )
    return report.year


def _table2_rows(
    values: dict[tuple[str, str], int | Decimal | None],
) -> dict[str, dict[str, int | Decimal | None]]:
    rows: dict[str, dict[str, int | Decimal | None]] = {row: {} for row in _TABLE2_ROWS}
    for (row, column), value in values.items():
        rows[row][column] = value
    return rows


def roll_up(
    reports: Iterable[AnyReport], *, agency: Agency | None = None, year: int | None = None
) -> tuple[AnnualReport2021, list[Agency]]:
    """Sum many agencies' 2021-format reports of one year; returns the summary and the agencies left out.

    A report whose tables break a mandatory identity is left out of the sum (so the summary keeps every
    identity) and its agency is listed. Reports of another year or format raise :class:`AggregateError`.
    """
    result = roll_up_detailed(reports, agency=agency, year=year)
    return result.report, [problem.agency for problem in result.problems]
