"""Issue 16 round 10: the fixed work of the report checks on a small page, each step against what it replaces.

Every change is of how a result is computed, never of what is read: the identities of ``validate`` sum each side's
filled cells once (no frozen ``_Side`` built for an identity that holds); a blank table 三 cell's address, the
builder's cell addresses and the names of ``cell_confidence`` are built once per format or cell, not per report;
table 二's names are normalised once per format; table 三's rows are validated in one call; the prose's outcome
figures share one walk of table 三. Each is compared here with the code it replaces (written out below as it was)
on generated input, errors included; the whole-page guard runs every published page with the old code patched in.
"""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING, Any, Literal
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import _models as models
from disclosure_rules._audit import _crosschecks as crosschecks
from disclosure_rules._audit import _standard as standard
from disclosure_rules._audit._crosschecks import _OUTCOME_GROUPS, _outcome_total, _row_total, _row_totals
from disclosure_rules._audit._normalize import CellValue
from disclosure_rules._audit._standard import _cell_name, _ref
from disclosure_rules._audit._tables import ReadValue
from disclosure_rules._errors import InputError
from disclosure_rules._findings import Finding, Severity
from disclosure_rules._labels import TABLE3_COLUMNS, table2_cells, table3_rows
from disclosure_rules._limits import MAX_COUNT
from disclosure_rules._models import (
    COLUMN_CODES,
    Agency,
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    ApplicantCounts,
    ProactiveDisclosureTable2019,
    ProactiveDisclosureTable2021,
    RequestsTable2019,
    RequestsTable2021,
    _table2_build,
)
from disclosure_rules._models import _Table3Base as Table3Base
from disclosure_rules._text import label_key
from disclosure_rules._validation import _identities as identities
from disclosure_rules._validation import _plausibility as plausibility
from disclosure_rules._validation._common import ref3, table3_refs
from disclosure_rules._validation._identities import _broken, _sum_and_blanks
from disclosure_rules._validation._plausibility import not_filled
from tests.audit.test_audit_gates import published_pages_audited_otherwise

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

_CELLS = st.one_of(st.none(), st.integers(min_value=0, max_value=50))
_LAYOUTS: tuple[type[RequestsTable2021 | RequestsTable2019], ...] = (RequestsTable2021, RequestsTable2019)
_FORMATS: tuple[Literal["2021", "2019"], ...] = ("2021", "2019")  # the formats of _LAYOUTS, in order


# ---- what this round replaces, as it was written before it ------------------------------------------------------


def _sum_and_blanks_before(values: Sequence[int | None]) -> tuple[int, int]:
    cells = list(values)
    return sum(v for v in cells if v is not None), sum(1 for v in cells if v is None)


def _broken_before(
    parts: Sequence[int | None], totals: Sequence[int | None]
) -> tuple[int, int, int, int] | None:
    """The old ``_broken``, its break as (parts' sum, parts' blanks, totals' sum, totals' blanks)."""
    left, right = _sum_and_blanks_before(parts), _sum_and_blanks_before(totals)
    if left[1] and right[1]:
        return None
    if not left[1] and not right[1]:
        broken = left[0] != right[0]
    elif left[1]:
        broken = left[0] > right[0]
    else:
        broken = right[0] > left[0]
    return (*left, *right) if broken else None


def _blank_refs_before(requests: RequestsTable2021 | RequestsTable2019) -> list[Any]:
    return [
        ref3(spec, index)
        for spec, counts in requests.iter_rows()
        for index, value in enumerate(counts.values())
        if value is None
    ]


def _table2_build_before(model: type[Any], specs: Sequence[Any], values: Mapping[str, Any]) -> Any:
    by_name = {
        label_key(name): spec
        for spec in specs
        for name in (spec.key, f"{spec.row_label}.{spec.column_label}")
    }
    rows: dict[str, dict[str, Any]] = {}
    given_names: dict[str, str] = {}
    for name, value in values.items():
        cell = by_name.get(label_key(name))
        if cell is None:
            raise InputError(
                f"table 二 has no cell {name!r}",
                code="input.unknown_cell",
                message_zh=f"表二没有单元格“{name}”（应写作“行.列”，如“规章.本年制发件数”）",
            )
        if cell.key in given_names:
            raise InputError(
                f"table 二 cell {cell.key!r} is given twice ({given_names[cell.key]!r} and {name!r})",
                code="input.duplicate_cell",
                message_zh=f"表二单元格“{cell.key}”填了两次（“{given_names[cell.key]}”和“{name}”）",
            )
        given_names[cell.key] = name
        rows.setdefault(cell.field_path[0], {})[cell.field_path[1]] = value
    return model.model_validate(rows, strict=False)


def _from_matrix_before(layout: type[Table3Base], matrix: Sequence[Sequence[Any]]) -> Any:
    specs = layout.row_specs()
    return layout.model_validate(
        {spec.code: ApplicantCounts.from_values(row) for spec, row in zip(specs, matrix, strict=True)}
    )


def _outcome_total_before(report: AnnualReport2021 | AnnualReport2019, words: str) -> int | None:
    keys = [key for word, codes in _OUTCOME_GROUPS.items() if word in words for key in codes]
    total = 0
    seen = False
    for spec, counts in report.requests.iter_rows():
        in_group = spec.group is not None and spec.group.code in keys
        if spec.code in keys or in_group:
            value = _row_total(counts.values())
            if value is not None:
                total += value
                seen = True
    return total if seen else None


def _outcome(result: Any) -> Any:
    """What a call gave: its value, or its error's type, code and text (an error must be raised alike too)."""
    try:
        return ("value", result())
    except (ValueError, InputError) as error:
        return (
            "error",
            type(error).__name__,
            getattr(error, "code", None),
            str(error),
            getattr(error, "message_zh", None),
        )


@st.composite
def _requests(draw: st.DrawFn) -> RequestsTable2021 | RequestsTable2019:
    layout = draw(st.sampled_from(_LAYOUTS))
    rows = len(layout.row_specs())
    matrix = draw(st.lists(st.lists(_CELLS, min_size=7, max_size=7), min_size=rows, max_size=rows))
    return layout.from_matrix(matrix)


# ---- validate: the identities and the blank cells ---------------------------------------------------------------


@settings(max_examples=1000)
@given(st.lists(_CELLS, max_size=30))
def test_a_side_sums_and_counts_its_blanks_as_before(values: list[int | None]) -> None:
    assert _sum_and_blanks(values) == _sum_and_blanks_before(values)
    assert _sum_and_blanks(iter(values)) == _sum_and_blanks_before(values)  # a generator is read once


@settings(max_examples=2000)
@given(st.lists(_CELLS, max_size=8), st.lists(_CELLS, min_size=1, max_size=3))
def test_an_identity_is_broken_exactly_as_before(parts: list[int | None], totals: list[int | None]) -> None:
    found = _broken(parts, totals)
    before = _broken_before(parts, totals)
    assert (found is None) == (before is None)
    if found is not None:
        sides = (found.parts.filled_sum, found.parts.blanks, found.totals.filled_sum, found.totals.blanks)
        assert sides == before


@settings(max_examples=300, deadline=None)
@given(_requests())
def test_the_blank_cells_of_table_three_are_named_as_before(
    requests: RequestsTable2021 | RequestsTable2019,
) -> None:
    refs = [
        ref
        for finding in not_filled(_report(requests))
        if finding.cells[0].table == "表三"
        for ref in finding.cells
    ]
    assert refs == _blank_refs_before(requests)


def test_every_table_three_address_is_the_one_built_per_cell() -> None:
    for layout, report_format in zip(_LAYOUTS, _FORMATS, strict=True):
        assert table3_refs(report_format) == _layout_refs_before(layout)
        assert table3_refs(report_format) == _format_refs_before(report_format)


@settings(max_examples=500)
@given(st.tuples(st.text(max_size=4), st.text(max_size=4), st.none() | st.text(max_size=4)))
def test_a_cell_is_named_as_before(key: tuple[str, str, str | None]) -> None:
    assert _cell_name(key) == "/".join(filter(None, key))


def _report(requests: RequestsTable2021 | RequestsTable2019) -> AnnualReport2021 | AnnualReport2019:
    agency = Agency(name="青山县人民政府办公室", level=AgencyLevel.GOVERNMENT_DEPARTMENT)
    if isinstance(requests, RequestsTable2021):
        return AnnualReport2021(agency=agency, year=2023, requests=requests)
    return AnnualReport2019(agency=agency, year=2020, requests=requests)


def _not_filled_located_before(finding: Finding, builder: Any) -> Finding | None:
    """``_locate``'s reading of a "not filled" finding as it was written before."""
    # the keys of the cells noted blank (a list of (ref, place) until round 16)
    blank_keys = set(builder.blank)
    cells = tuple(ref for ref in finding.cells if (ref.table, ref.row, ref.column) in blank_keys)
    if not cells:
        return None
    places = [builder.where[(ref.table, ref.row, ref.column)] for ref in cells]
    return finding.model_copy(
        update={
            "cells": cells,
            "message": f"{cells[0].table}有{len(cells)}个单元格未填写（空白、“—”、“/”或“无”）；无数据时应填0。",
            "location": "、".join(places[:6]) + ("等" if len(places) > 6 else ""),
        }
    )


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(_LAYOUTS), st.data())
def test_a_not_filled_finding_is_placed_as_before(layout: type[Table3Base], data: st.DataObject) -> None:
    """The blank cells the page shows, and the first six of their places, whatever cells the model found blank."""
    report_format: Literal["2021", "2019"] = "2021" if layout is RequestsTable2021 else "2019"
    refs = [ref for row in table3_refs(report_format) for ref in row]
    in_model = data.draw(st.lists(st.sampled_from(refs), min_size=1, max_size=40, unique=True))
    on_page = data.draw(st.lists(st.sampled_from(refs), max_size=40, unique=True))
    builder = standard._Builder(mock.Mock(), report_format)
    for number, ref in enumerate(on_page):
        builder._note(
            ref, ReadValue(value=CellValue("blank", None, ""), where=f"第{number}格", confidence=1.0)
        )
    finding = Finding(code="cell.not_filled", severity=Severity.WARNING, message="", cells=tuple(in_model))
    located = standard._locate([finding], builder, mock.Mock(table_locations={}))
    before = _not_filled_located_before(finding, builder)
    assert located == ([before] if before is not None else [])


# ---- the models: table 二 by name, table 三 in one call -----------------------------------------------------------


def _names(report_format: Literal["2021", "2019"]) -> list[str]:
    """Every name a table 二 cell answers to, as written and as staff retype it, and names of no cell."""
    specs = table2_cells(report_format)
    written = [name for spec in specs for name in (spec.key, f"{spec.row_label}.{spec.column_label}")]
    retyped = [re.sub(r"[（）]", lambda m: "(" if m.group() == "（" else ")", name) + " " for name in written]
    return [*written, *retyped, "规章.本年制发", "no.such", ""]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_FORMATS), st.data())
def test_table_two_is_built_by_name_as_before(
    report_format: Literal["2021", "2019"], data: st.DataObject
) -> None:
    names = data.draw(st.lists(st.sampled_from(_names(report_format)), max_size=12))
    values = {name: data.draw(st.none() | st.integers(min_value=0, max_value=9)) for name in names}
    table = ProactiveDisclosureTable2021 if report_format == "2021" else ProactiveDisclosureTable2019
    specs = table2_cells(report_format)
    new = _outcome(lambda: _table2_build(table, specs, values))
    assert new == _outcome(lambda: _table2_build_before(table, specs, values))


_ODD_CELLS = st.one_of(
    _CELLS,
    st.integers(min_value=-3, max_value=-1),
    st.just(MAX_COUNT + 1),
    st.just("3"),
    st.just(2.0),
    st.just(True),  # noqa: FBT003 - a value a caller may pass
)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(_LAYOUTS), st.data())
def test_table_three_is_built_from_its_matrix_as_before(
    layout: type[Table3Base], data: st.DataObject
) -> None:
    rows = len(layout.row_specs())
    odd = data.draw(st.booleans())
    cells = _ODD_CELLS if odd else _CELLS
    matrix = data.draw(
        st.lists(
            st.lists(cells, min_size=6 if odd else 7, max_size=8 if odd else 7), min_size=rows, max_size=rows
        )
    )
    new = _outcome(lambda: layout.from_matrix(matrix))
    before = _outcome(lambda: _from_matrix_before(layout, matrix))
    assert new == before
    if new[0] == "value":
        assert new[1].model_fields_set == before[1].model_fields_set
        for spec in layout.row_specs():
            assert new[1].row(spec.code).model_fields_set == before[1].row(spec.code).model_fields_set


def test_a_refused_cell_is_named_by_its_row_as_before() -> None:
    rows = len(RequestsTable2021.row_specs())
    matrix: list[list[int | None]] = [[0] * len(COLUMN_CODES) for _ in range(rows)]
    matrix[3][2] = -1
    with pytest.raises(ValueError, match=r"research_institution") as refused:
        RequestsTable2021.from_matrix(matrix)
    assert "partially_granted" not in str(refused.value)  # the row's own model refuses it, not the table's
    assert _outcome(lambda: RequestsTable2021.from_matrix(matrix)) == _outcome(
        lambda: _from_matrix_before(RequestsTable2021, matrix)
    )


# ---- the prose's outcome figures against table 三 ----------------------------------------------------------------

_OUTCOME_WORDS = [*_OUTCOME_GROUPS, "", "予以公开和部分公开", "不予公开、无法提供"]


@settings(max_examples=300, deadline=None)
@given(_requests(), st.lists(st.sampled_from(_OUTCOME_WORDS), min_size=1, max_size=4).map("".join))
def test_an_outcome_total_is_read_as_before(
    requests: RequestsTable2021 | RequestsTable2019, words: str
) -> None:
    report = _report(requests)
    assert _outcome_total(_row_totals(report), words) == _outcome_total_before(report, words)


# ---- every published page, with the old code patched in -----------------------------------------------------------


@contextlib.contextmanager
def _code_before_the_round() -> Iterator[None]:
    """Each step of this round as it was written before it."""
    patches: list[contextlib.AbstractContextManager[object]] = [
        mock.patch.object(identities, "_sum_and_blanks", _sum_and_blanks_before),
        mock.patch.object(plausibility, "table3_refs", _plausibility_refs_before),
        mock.patch.object(standard, "_cell_name", lambda key: "/".join(filter(None, key))),
        mock.patch.object(standard, "table3_refs", _format_refs_before),
        mock.patch.object(models, "_table2_build", _table2_build_before),
        mock.patch.object(Table3Base, "from_matrix", classmethod(_from_matrix_before)),
        mock.patch.object(crosschecks, "_row_totals", lambda report: report),  # the report, walked per figure
        mock.patch.object(crosschecks, "_outcome_total", _outcome_total_before),
    ]
    with contextlib.ExitStack() as stack:
        for patch in patches:
            stack.enter_context(patch)
        yield


def _layout_refs_before(layout: type[Table3Base]) -> tuple[tuple[Any, ...], ...]:
    """The addresses as ``ref3`` gave them cell by cell before."""
    return tuple(
        tuple(ref3(spec, index) for index in range(len(TABLE3_COLUMNS))) for spec in layout.row_specs()
    )


def _plausibility_refs_before(report_format: Any) -> tuple[tuple[Any, ...], ...]:
    """``not_filled``'s addresses as ``ref3`` gave them cell by cell before, for the format's layout."""
    return _layout_refs_before(RequestsTable2021 if report_format == "2021" else RequestsTable2019)


def _format_refs_before(report_format: Any) -> tuple[tuple[Any, ...], ...]:
    """The builder's addresses as ``_ref`` gave them cell by cell before."""
    return tuple(
        tuple(_ref("表三", spec.canonical_label, column.label) for column in TABLE3_COLUMNS)
        for spec in table3_rows(report_format)
    )


def test_every_published_page_audits_alike_with_the_code_before_the_round() -> None:
    assert published_pages_audited_otherwise(_code_before_the_round) == []
