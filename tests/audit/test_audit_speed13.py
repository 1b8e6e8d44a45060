"""Issue 16 round 13: the table reader pays less per label a text-heavy page names, with the same reading as before.

Prose names table 二's rows again and again (规章, 规范性文件, 行政许可 …), and each label read is a row of the
reader's: the round finds table 二's cells of a row by a map from the row label's key built once per format (the
reader filtered every cell of the table by its row label's key for each label), and the first place a table was met
is computed only when it is first met (``setdefault`` formatted the token's address for every label). The code
before the round (written out below) and after are compared on every key a label can have, on generated sequences
of places, and on every published page's whole audit; each change broken on purpose is caught.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import _tables as tables
from disclosure_rules._audit._document import Block
from disclosure_rules._audit._labels_index import INDEX
from disclosure_rules._audit._tables import StandardFormat, Token
from disclosure_rules._labels import TABLE2_CELLS_2019, TABLE2_CELLS_2021, Table2Cell
from disclosure_rules._text import label_key
from tests.audit.test_audit_gates import _PUBLISHED, audited, published_pages_audited_otherwise

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

_FORMATS: tuple[StandardFormat, ...] = ("2021", "2019")


def _cells(report_format: StandardFormat) -> tuple[Table2Cell, ...]:
    return TABLE2_CELLS_2021 if report_format == "2021" else TABLE2_CELLS_2019


def _specs_before(report_format: StandardFormat, row_key: str) -> list[Table2Cell]:
    """The round's start: every cell of table 二 whose row label has ``row_key``, in the table's order."""
    return [spec for spec in _cells(report_format) if label_key(spec.row_label) == row_key]


class _FilteredRows:
    """The map of the code before the round: ``get`` filters the table's cells anew for each key."""

    def __init__(self, report_format: StandardFormat) -> None:
        self.report_format = report_format

    def get(self, row_key: str, default: tuple[Table2Cell, ...]) -> tuple[Table2Cell, ...]:
        return tuple(_specs_before(self.report_format, row_key)) or default


def _locate_before(reader: tables._Reader, table: str, token: Token) -> None:
    reader.out.table_locations.setdefault(table, token.where)


@contextlib.contextmanager
def _code_before_the_round() -> Iterator[None]:
    with (
        mock.patch.object(tables, "_table2_specs_by_row", _FilteredRows),
        mock.patch.object(tables._Reader, "_locate", _locate_before),
    ):
        yield


# ---- table 二's cells of a row --------------------------------------------------------------------------------------

_KEYS = sorted(
    {
        *INDEX,
        *(label_key(spec.row_label) for cells in (TABLE2_CELLS_2021, TABLE2_CELLS_2019) for spec in cells),
    }
)


@pytest.mark.parametrize("report_format", _FORMATS)
def test_every_label_key_finds_the_cells_it_found(report_format: StandardFormat) -> None:
    """Every key the reader can ask with (each official label's, each row label's): the same cells, in order."""
    by_row = tables._table2_specs_by_row(report_format)
    assert len(_KEYS) > 100
    for key in _KEYS:
        assert list(by_row.get(key, ())) == _specs_before(report_format, key)
    assert sum(map(len, by_row.values())) == len(_cells(report_format))  # each cell under its one row


@given(
    st.sampled_from(_FORMATS),
    st.text(alphabet="规章范性文件行政许可处罚其他对外管理服务事项收费强制 12()（）、“”", max_size=12),
)
def test_any_key_finds_the_cells_it_found(report_format: StandardFormat, row_key: str) -> None:
    assert list(tables._table2_specs_by_row(report_format).get(row_key, ())) == _specs_before(
        report_format, row_key
    )


# ---- the first place of each table ---------------------------------------------------------------------------------


def _token(table: int, row: int, col: int) -> Token:
    place = Block(table=table, row=row, grid=True) if table else f"第{row}行"
    return Token("label", "规章", place, None, None, table, row, col)


_PLACES = st.lists(
    st.tuples(
        st.sampled_from(["表二", "表三", "表四"]),
        st.integers(0, 3),
        st.integers(0, 40),
        st.integers(-1, 8),
    ),
    max_size=20,
)


def _located(
    locate: Callable[[tables._Reader, str, Token], None], places: list[tuple[str, int, int, int]]
) -> object:
    reader = tables._Reader([], "2021", frozenset())
    for table, number, row, col in places:
        locate(reader, table, _token(number, row, col))
    return list(reader.out.table_locations.items())  # the order the tables were met in, too


@given(_PLACES)
def test_each_table_keeps_the_place_it_was_first_met(places: list[tuple[str, int, int, int]]) -> None:
    assert _located(tables._Reader._locate, places) == _located(_locate_before, places)


# ---- whole pages ---------------------------------------------------------------------------------------------------


def test_every_published_page_audits_alike_with_the_code_before_the_round() -> None:
    assert published_pages_audited_otherwise(_code_before_the_round) == []


_SPECS_BY_ROW = tables._table2_specs_by_row
_BROKEN: dict[str, Callable[[], contextlib.AbstractContextManager[object]]] = {
    "a table keeps the last place it was met": lambda: mock.patch.object(
        tables._Reader,
        "_locate",
        lambda reader, table, token: reader.out.table_locations.__setitem__(table, token.where),
    ),
    "a row's cells are found by its label as written": lambda: mock.patch.object(
        tables,
        "_table2_specs_by_row",
        lambda report_format: {spec.row_label: (spec,) for spec in _cells(report_format)},
    ),
    "a row's cells lose the table's order": lambda: mock.patch.object(
        tables,
        "_table2_specs_by_row",
        lambda report_format: {
            key: tuple(reversed(specs)) for key, specs in _SPECS_BY_ROW(report_format).items()
        },
    ),
}
_DEVELOPMENT = [page for page in _PUBLISHED if page.parent.name == "published"]


@pytest.mark.parametrize("broken", sorted(_BROKEN))
def test_a_broken_change_is_caught(broken: str) -> None:
    before = [audited(page) for page in _DEVELOPMENT]
    with _BROKEN[broken]():
        after = [audited(page) for page in _DEVELOPMENT]
    assert before != after


def test_the_map_is_built_once_per_format() -> None:
    assert tables._table2_specs_by_row("2021") is tables._table2_specs_by_row("2021")
    assert tables._table2_specs_by_row("2019") is not tables._table2_specs_by_row("2021")
