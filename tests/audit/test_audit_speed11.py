"""Issue 16 round 11: the reader takes a plain table row in one step, with the same blocks as tag by tag.

A plain row (``_PLAIN_ROW``: ``<td>`` cells with plain attributes holding text and ``<br>`` alone, then ``</tr>``)
is read by ``_HtmlReader._plain_row`` at once: its cells placed by the same ``_placed`` as a cell read tag by tag,
their text unescaped and stripped as the callbacks have it, the text between cells kept where text outside a cell
goes. The reader with that step switched off reads every row tag by tag, as before the round: both readings are
compared here on generated markup (spans, the grid's limit, entities, line breaks, stray text, nested tables, tags
the row pattern leaves to the parser) and on every published HTML page.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import _document as document
from disclosure_rules._audit import _tables as tables
from disclosure_rules._audit import audit
from disclosure_rules._audit._charset import decode_page
from disclosure_rules._audit._document import Document, _HtmlReader, looks_like_html, read_html, slim_markup
from disclosure_rules._audit._labels_index import SUBTOTAL, Meaning
from disclosure_rules._audit._normalize import CellValue
from disclosure_rules._audit._tables import T3_COLUMN_CODES, ReadValue, Token
from disclosure_rules._limits import GRID_SLOTS
from tests.audit.messy import DATA, development_pages
from tests.audit.pages import Layout, report_html
from tests.strategies import consistent_reports_2021

if TYPE_CHECKING:
    from disclosure_rules._models import AnnualReport2021


_TEXT_PIECES = ("12", "规章", " ", "\n", "\t", "\u3000", "&amp;", "&nbsp;", "&#x41;", "&#12", "&", "&lt", ">",
                "<br>", "<br />", "<BR/>", "<br/ >", "</br>", "<b>", "<p>", "x")  # fmt: skip
_NESTED = "<table><tr><td>9</td><td>内</td></tr></table>"
_CELL_OPENS = ("<td>", "<th>", "<TD>", "<td >", '<td colspan="2">', "<td colspan=3>", "<td rowspan='2'>",
               '<td rowspan="2" colspan="2">', '<td colspan="0">', '<td rowspan="9999">', '<td nowrap="x">',
               '<td colspan="2"/>', "<td/>", '<td colspan=" 2">', '<td title="a&amp;b">', "<td\ncolspan=2>")  # fmt: skip
_CELL_CLOSES = ("</td>", "</th>", "</td >", "</TD>", "", "</td\n>", "</tr>")
_BETWEEN = ("", "", "\n", " ", "x", "&nbsp;", "<br>", "<p>")
_ROW_OPENS = ("<tr>", "<tr>", "<TR>", "<tr >", '<tr height="3">', "<tr/>", "")
_ROW_CLOSES = ("</tr>", "</tr>", "</tr >", "", "</TR>", "</tr\n>")
_PREFIXES = ("", "<title>", "<title>题</title>", "<script>", "<select>", "<button>x</button>", "<p>前言</p>", "stray",
             "<td>1</td>", "<!-- c -->")  # fmt: skip

_text = st.lists(st.sampled_from((*_TEXT_PIECES, _NESTED)), max_size=5).map("".join)
_cell = st.tuples(
    st.sampled_from(_BETWEEN), st.sampled_from(_CELL_OPENS), _text, st.sampled_from(_CELL_CLOSES)
).map("".join)
_row = st.tuples(
    st.sampled_from(_ROW_OPENS),
    st.lists(_cell, max_size=6).map("".join),
    st.sampled_from(_BETWEEN),
    st.sampled_from(_ROW_CLOSES),
).map("".join)
_page = st.tuples(
    st.sampled_from(_PREFIXES),
    st.lists(_row, max_size=8).map(lambda rows: "<table>" + "".join(rows) + "</table>"),
    st.sampled_from(("", "后记", "<p>后记</p>", "</title>尾")),
).map("".join)


def _read(page: str, slots: int, *, plain_rows: bool) -> Document:
    """The reader on ``page`` with the grid limited to ``slots``; ``plain_rows=False``: every row tag by tag."""
    reader = _HtmlReader()
    reader.grid_slots = slots
    if plain_rows:
        reader.read(page)
        return reader.finish()
    with mock.patch.object(_HtmlReader, "_plain_row", return_value=0):
        reader.read(page)
        return reader.finish()


@given(_page, st.sampled_from((GRID_SLOTS.value, 1, 4, 9)))
@settings(max_examples=400, deadline=None)
def test_a_row_read_at_once_reads_as_tag_by_tag(page: str, slots: int) -> None:
    assert _read(page, slots, plain_rows=True) == _read(page, slots, plain_rows=False)
    slim = slim_markup(page)
    assert _read(slim, slots, plain_rows=True) == _read(slim, slots, plain_rows=False)


def _published_html() -> list[str]:
    """Every published page that the auditor reads as HTML (most pages are copied text), slimmed as it reads them."""
    pages = (decode_page(page.read_bytes(), page.name) for page in development_pages())
    return [slim_markup(page) for page in pages if looks_like_html(page)]


def test_every_published_page_reads_as_tag_by_tag() -> None:
    pages = _published_html()
    assert pages
    for slim in pages:
        assert _read(slim, GRID_SLOTS.value, plain_rows=True) == _read(
            slim, GRID_SLOTS.value, plain_rows=False
        )


@given(
    consistent_reports_2021(),
    st.builds(
        Layout,
        word_markup=st.booleans(),
        label_variants=st.booleans(),
        blank_marker=st.sampled_from(("", "—", "/", "无")),
        navigation=st.booleans(),
        subtotal_rows=st.booleans(),
        subtotal_column=st.booleans(),
    ),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_synthetic_report_page_reads_as_tag_by_tag(report: AnnualReport2021, layout: Layout) -> None:
    """The layouts real sites use (merged group cells, Word markup, a layout table around the report)."""
    slim = slim_markup(report_html(report, layout))
    assert _read(slim, GRID_SLOTS.value, plain_rows=True) == _read(slim, GRID_SLOTS.value, plain_rows=False)


def test_the_rows_of_a_report_page_are_read_at_once() -> None:
    """The step is taken: every row of the smallest corpus page (the bench's 21 KB page) is plain once slimmed."""
    small = min((DATA / "published").glob("*.html"), key=lambda page: page.stat().st_size)
    slim = slim_markup(small.read_text(encoding="utf-8"))
    taken = [end for end in (document._PLAIN_ROW.match(slim, at.end()) for at in _row_starts(slim)) if end]
    assert len(taken) == len(_row_starts(slim)) > 10
    assert (
        read_html(small.read_text(encoding="utf-8")).blocks
        == _read(slim, GRID_SLOTS.value, plain_rows=False).blocks
    )


def _row_starts(slim: str) -> list[re.Match[str]]:
    return list(re.finditer("<tr>", slim))


_ENTITY_PIECES = ("&nbsp;", "&nbsp", "&", ";", "#", "#x", "12", "a0", "amp", "lt", "not", "in", "x", "\xa0", " ",
                  "\n", "年", "a" * 31, "&nbsp;&nbsp;", "&#160;", "&NBSP;")  # fmt: skip


@given(st.lists(st.sampled_from(_ENTITY_PIECES) | st.text(max_size=3), max_size=12).map("".join))
@settings(max_examples=1000)
def test_nbsp_replaced_first_unescapes_as_the_parser(text: str) -> None:
    """``&nbsp;`` replaced before ``html.unescape``: the same text, whatever references stand around it."""
    assert document._unescaped(text) == unescape(text)


def test_nbsp_is_replaced_before_the_parser_unescapes() -> None:
    """A blank Word cell is read without ``html.unescape``: the shortcut is taken."""
    with mock.patch.object(document, "unescape", side_effect=AssertionError) as parser_unescape:
        assert document._unescaped("&nbsp;&nbsp;") == "\xa0\xa0"
    assert not parser_unescape.called


# -- table 三's columns: each table's headers and each column's header sought once ---------------------------------


def _map_by_headers_before(reader: tables._Reader, tokens: list[Token]) -> list[ReadValue | None] | None:
    """``_Reader._map_by_headers`` as it was before this round: the headers filtered and covered for every row."""
    width = len(T3_COLUMN_CODES)
    headers = [h for h in reader.state.t3_headers if h.table == tokens[0].table] if tokens[0].col >= 0 else []
    if len(headers) < width or not {h.code for h in headers} >= set(T3_COLUMN_CODES):
        return None
    mapped: dict[str, Token] = {}
    for token in tokens:
        column = tables._covering(headers, token)
        if column is not None and column.code not in mapped:
            mapped[column.code] = token
    if all(code in mapped for code in T3_COLUMN_CODES):
        return [tables._read(mapped[code], tables.CONFIDENCE_GRID) for code in T3_COLUMN_CODES]
    return None


# One step of reading table 三: a header met (its code, table, row, column, colspan), a row of seven headers, a row of
# values mapped (its table, each value's column; -1 is copied text), or a row label met (the next header opens a new
# table 三).
_Step = tuple[str, str, int, int, int, int, list[int]]
_STEPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("header"),
            st.sampled_from((*T3_COLUMN_CODES, SUBTOTAL)),
            st.integers(1, 2),
            st.integers(1, 3),
            st.integers(-1, 9),
            st.integers(1, 3),
            st.just([]),
        ),
        st.tuples(
            st.just("row"),
            st.just(""),
            st.integers(1, 2),
            st.just(0),
            st.just(0),
            st.just(1),
            # any columns, or a whole row of cells side by side (the rows a report's table 三 has)
            st.lists(st.integers(-1, 9), min_size=1, max_size=9)
            | st.tuples(st.integers(0, 2), st.integers(7, 9)).map(
                lambda span: list(range(span[0], sum(span)))
            ),
        ),
        st.tuples(
            st.just("row label"), st.just(""), st.just(1), st.just(0), st.just(0), st.just(1), st.just([])
        ),
        # a whole header row: the seven columns side by side from a column on
        st.tuples(
            st.just("headers"),
            st.just(""),
            st.integers(1, 2),
            st.integers(1, 3),
            st.integers(0, 2),
            st.just(1),
            st.just([]),
        ),
    ),
    max_size=40,
)


@given(_STEPS)
@settings(max_examples=500, deadline=None)
def test_a_row_maps_to_the_columns_the_headers_cover_as_before(steps: list[_Step]) -> None:
    """Headers met, rows mapped and table 三 opened again in any order: every row maps as it did."""
    reader = tables._Reader([], "2021", frozenset())
    for kind, code, table, row, col, colspan, cols in steps:
        if kind in {"header", "headers"}:
            for at, named in enumerate([code] if kind == "header" else T3_COLUMN_CODES, start=col):
                token = Token("label", named, "表", table=table, row=row, col=at, colspan=colspan)
                reader._on_table3_header(0, token, Meaning("t3col", named))
        elif kind == "row":
            cells = [
                Token("value", str(n), f"格{n}", value=CellValue("int", n, str(n)), table=table, col=at)
                for n, at in enumerate(cols)
            ]
            assert reader._map_by_headers(cells) == _map_by_headers_before(reader, cells)
        else:
            reader.state.t3_data = True


@given(
    consistent_reports_2021(),
    st.builds(Layout, word_markup=st.booleans(), subtotal_rows=st.booleans(), subtotal_column=st.booleans()),
)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_synthetic_report_page_audits_as_with_every_row_mapped_afresh(
    report: AnnualReport2021, layout: Layout
) -> None:
    page = report_html(report, layout)
    with mock.patch.object(tables._Reader, "_map_by_headers", _map_by_headers_before):
        before = audit(page).model_dump_json()
    assert audit(page).model_dump_json() == before
