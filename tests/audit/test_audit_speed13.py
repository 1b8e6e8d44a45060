"""Issue 16 round 13: a text-heavy page costs less in the table reader and the traditional-character count, alike.

Prose names table 二's rows again and again (规章, 规范性文件, 行政许可 …), and each label read is a row of the
reader's: the round finds table 二's cells of a row, and their columns' keys, once per format and row (the reader
filtered every cell of the table by its row label's key at each label, twice for a row of the other format's name),
and the first place a table was met is computed only when it is first met (``setdefault`` formatted the token's
address at every label). A long page mostly of text is scanned whole for traditional characters (dropping its few
ASCII characters first cost more than the scan); a page mostly of markup is still stripped of its ASCII first. The
code before the round (written out below) and after are compared on every key a label can have, on generated
sequences of places, on generated pages, and on every published page's whole audit; each change broken on purpose
is caught.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import _tables as tables
from disclosure_rules._audit import _variants as variants
from disclosure_rules._audit._document import Block
from disclosure_rules._audit._labels_index import INDEX
from disclosure_rules._audit._tables import StandardFormat, Token
from disclosure_rules._labels import TABLE2_CELLS_2019, TABLE2_CELLS_2021, Table2Cell
from disclosure_rules._text import label_key
from tests.audit.test_audit_gates import published_pages_audited_otherwise

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

_FORMATS: tuple[StandardFormat, ...] = ("2021", "2019")


def _cells(report_format: StandardFormat) -> tuple[Table2Cell, ...]:
    return TABLE2_CELLS_2021 if report_format == "2021" else TABLE2_CELLS_2019


def _row_before(report_format: StandardFormat, row_key: str) -> tuple[list[Table2Cell], list[str]] | None:
    """The round's start, written out: a row's cells and their columns' keys, ``None`` where the row was left."""
    specs = [spec for spec in _cells(report_format) if label_key(spec.row_label) == row_key]
    if not specs:
        specs = [
            spec
            for spec in _cells(report_format)
            if label_key(spec.row_label).endswith(row_key) or row_key.endswith(label_key(spec.row_label))
        ]
        if len({spec.row_label for spec in specs}) != 1:
            return None
    return specs, [label_key(spec.column_label) for spec in specs]


def _row_as_before(
    report_format: StandardFormat, row_key: str
) -> tuple[tuple[Table2Cell, ...], tuple[str, ...]]:
    """``_row_before`` in the shape the reader takes now, computed anew at each call as before the round."""
    before = _row_before(report_format, row_key)
    return ((), ()) if before is None else (tuple(before[0]), tuple(before[1]))


def _counted_before(text: str) -> str:
    return variants.beyond_ascii(text) if len(text) >= variants._COUNT_BEYOND_ASCII_FROM else text


def _locate_before(reader: tables._Reader, table: str, token: Token) -> None:
    reader.out.table_locations.setdefault(table, token.where)


@contextlib.contextmanager
def _code_before_the_round() -> Iterator[None]:
    with (
        mock.patch.object(tables, "_table2_row", _row_as_before),
        mock.patch.object(tables._Reader, "_locate", _locate_before),
        mock.patch.object(variants, "_counted_characters", _counted_before),
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
    assert len(_KEYS) > 100
    for key in _KEYS:
        assert tables._table2_row(report_format, key) == _row_as_before(report_format, key)
    # each kind of answer is met: a row of the format, a row of the other format's name, a row left
    answers = {key: _row_before(report_format, key) for key in _KEYS}
    assert any(answer is None for answer in answers.values())
    assert any(
        answer is not None and label_key(answer[0][0].row_label) == key for key, answer in answers.items()
    )
    assert any(
        answer is not None and label_key(answer[0][0].row_label) != key for key, answer in answers.items()
    )


@given(
    st.sampled_from(_FORMATS),
    st.text(alphabet="规章范性文件行政许可处罚其他对外管理服务事项收费强制 12()（）、“”", max_size=12),
)
def test_any_key_finds_the_cells_it_found(report_format: StandardFormat, row_key: str) -> None:
    assert tables._table2_row(report_format, row_key) == _row_as_before(report_format, row_key)


def test_a_row_is_found_once_per_format() -> None:
    key = label_key("规章")
    assert tables._table2_row("2021", key) is tables._table2_row("2021", key)
    assert tables._table2_row("2019", key) is not tables._table2_row("2021", key)


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


# ---- the characters a page's traditional ones are counted among ----------------------------------------------------

_FINDER = variants._table()[1]
_PAGE_PIECES = st.lists(
    st.sampled_from(
        ["<td>", "<p style='x'>", "a", " ", "\n", "开", "開", "報告", "關於", "檔案", "\udcff", "\U0001f600"]
    ),
    max_size=300,
).map("".join)


@given(_PAGE_PIECES)
def test_the_same_traditional_characters_are_counted_whichever_way(text: str) -> None:
    """Mostly markup or mostly text, long or short: the characters counted are the page's traditional ones, in order."""
    with mock.patch.object(variants, "_COUNT_BEYOND_ASCII_FROM", 0):
        counted = variants._counted_characters(text)
    assert _FINDER.findall(counted) == _FINDER.findall(text)


def test_a_page_of_text_is_scanned_whole_and_a_page_of_markup_apart() -> None:
    text = "本年度主动公开政府信息" * 4000 + "<td>1</td>" * 100
    markup = "<td style='x'>1</td>" * 4000 + "開" * 100
    assert variants._counted_characters(text) is text
    assert variants._counted_characters(markup) == "開" * 100
    short = markup[:1000]
    assert variants._counted_characters(short) is short  # a short page: whole, as before


# ---- whole pages ---------------------------------------------------------------------------------------------------


def test_every_published_page_audits_alike_with_the_code_before_the_round() -> None:
    assert published_pages_audited_otherwise(_code_before_the_round) == []


def _of_the_format(
    report_format: StandardFormat, row_key: str
) -> tuple[tuple[Table2Cell, ...], tuple[str, ...]]:
    """A row of the format's own name only (the other format's name left unread)."""
    if all(label_key(spec.row_label) != row_key for spec in _cells(report_format)):
        return (), ()
    return _row_as_before(report_format, row_key)


def _reversed(report_format: StandardFormat, row_key: str) -> tuple[tuple[Table2Cell, ...], tuple[str, ...]]:
    specs, official = _row_as_before(report_format, row_key)
    return tuple(reversed(specs)), tuple(reversed(official))


def _columns_as_written(
    report_format: StandardFormat, row_key: str
) -> tuple[tuple[Table2Cell, ...], tuple[str, ...]]:
    specs, _ = _row_as_before(report_format, row_key)
    return specs, tuple(spec.column_label for spec in specs)


def _last_place(reader: tables._Reader, table: str, token: Token) -> None:
    reader.out.table_locations[table] = token.where


_BROKEN: dict[str, Callable[[], contextlib.AbstractContextManager[object]]] = {
    "a page of text is counted on its sample": lambda: mock.patch.object(
        variants, "_counted_characters", lambda text: text[:: variants._SAMPLE_STRIDE]
    ),
    "a table keeps the last place it was met": lambda: mock.patch.object(
        tables._Reader, "_locate", _last_place
    ),
    "a row of the other format's name is not found": lambda: mock.patch.object(
        tables, "_table2_row", _of_the_format
    ),
    "a row's cells lose the table's order": lambda: mock.patch.object(tables, "_table2_row", _reversed),
    "a row's columns are keyed as written": lambda: mock.patch.object(
        tables, "_table2_row", _columns_as_written
    ),
}


@pytest.mark.parametrize("broken", sorted(_BROKEN))
def test_a_broken_change_is_caught(broken: str) -> None:
    assert published_pages_audited_otherwise(_BROKEN[broken]) != []
