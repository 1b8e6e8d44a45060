"""Auditor speed round 6 (issue 16): the fast paths give exactly what the plain definitions give."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit._document import _INLINE, _PARAGRAPH_OPEN, Cell, _HtmlReader, _span, slim_markup
from disclosure_rules._audit._variants import simplify
from tests.audit.test_audit_speed_paths import _PIECES

_DATA = Path(__file__).resolve().parents[1] / "data"

# The markup pieces of round 3's test, and tags with the attributes a slimmed page keeps, written every way.
_MORE_PIECES = [
    *_PIECES,
    "<td colspan=2>",
    '<td rowspan="3">',
    "<td colspan='12' rowspan=2>",
    "<TD COLSPAN=2 >",
    "<td colspan=2/>",
    "<td colspan = 2>",
    "<td colspan=>",
    "<td colspan=&#50;>",
    '<td colspan="2"rowspan="3">',
    "<td\tcolspan=2\n>",
    "<td\u3000colspan=2>",
    "<td colspan=2\u3000>",
    "<th colspan=2>",
    "<script type=x>",
    "<title lang=zh>",
    '<meta name="ArticleTitle" content="年度报告">',
    "<META NAME='articletitle' CONTENT='a b=c'>",
    '<meta name="x" content="a&amp;b">',
    '<meta name="x" content="a>b">',
    '<meta name="x" content="">',
    '<input type="hidden" name="siteId" />',
    '<div role="nav" des="头部\u3000信息">',
    "<div role=nav>",
    '<link rel="a" rel="b">',
    '<a-b x:y="1" data-z.w="2">',
    '<td title="a\nb">',
    '<td colspan="2" class=>',
]
_MARKUP = st.lists(st.sampled_from(_MORE_PIECES) | st.text(max_size=6), max_size=20).map("".join)


class _Recording(_HtmlReader):
    """The reader with every callback written down, in order, before the reader's own work."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[tuple[str, object]] = []

    def _plain_row(self, page: str, position: int) -> int:
        """Every row tag by tag: its callbacks are compared here (a row read at once: tests/audit/test_audit_speed11.py)."""
        del page, position
        return 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.events.append(("start", (tag, tuple(attrs))))
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("end", tag))
        super().handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        self.events.append(("data", data))
        super().handle_data(data)

    def handle_comment(self, data: str) -> None:
        self.events.append(("comment", data))

    def handle_decl(self, decl: str) -> None:
        self.events.append(("decl", decl))

    def handle_pi(self, data: str) -> None:
        self.events.append(("pi", data))

    def unknown_decl(self, data: str) -> None:
        self.events.append(("unknown_decl", data))


def _events(markup: str, *, fast: bool) -> list[tuple[str, object]]:
    reader = _Recording()
    try:
        if fast:
            reader.read(markup)
        else:
            reader.feed(markup)
        reader.close()
    except AssertionError as exc:  # html.parser refuses "<![foo[": the same refusal either way
        reader.events.append(("refused", str(exc)))
    return _merged(reader.events)


def _merged(events: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Adjacent text pieces joined: the parser may hand one piece of text over in two calls, as the reader may."""
    merged: list[tuple[str, object]] = []
    for kind, value in events:
        if kind == "data" and merged and merged[-1][0] == "data":
            merged[-1] = ("data", f"{merged[-1][1]}{value}")
        else:
            merged.append((kind, value))
    return merged


@settings(max_examples=1500)
@given(_MARKUP)
def test_reading_calls_back_what_feeding_the_parser_calls_back(markup: str) -> None:
    """``_HtmlReader.read`` gives the callbacks, in order, that ``html.parser``'s ``feed`` gives."""
    assert _events(markup, fast=True) == _events(markup, fast=False)


def _real_pages() -> list[Path]:
    """Every HTML page the repository holds: the corpus pages and the renderer's golden pages."""
    root = _DATA.parent
    return sorted([*(_DATA / "published").glob("*.htm*"), *(root / "render" / "golden").rglob("*.htm*")])


def test_every_real_page_calls_back_what_the_parser_calls_back() -> None:
    """On every HTML page of the repository, slimmed as the auditor slims it and not: the same callbacks."""
    pages = _real_pages()
    assert len(pages) >= 5  # two corpus pages and three golden pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for markup in (text, slim_markup(simplify(text)[0])):
            assert _events(markup, fast=True) == _events(markup, fast=False), page.name


# The slimming patterns as written before this round: attributes by ``(?:\s[^<>]*)?``.
_INLINE_BEFORE = re.compile(
    r"</?(?:s(?:pan|trong|u[pb]|mall|t1:\w+)|font|o:p|em|a(?:bbr)?|i(?:mg|ns)?|b(?:ig)?|u|label|del|[wv]:\w+)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_PARAGRAPH_OPEN_BEFORE = re.compile(r"<p(?:\s[^<>]*)?>", re.IGNORECASE)
_SOUP = st.lists(
    st.sampled_from(
        ["<p", "<P", "</p", "<span", "</SPAN", "<o:p", "<font", "<b", "<pre", "<", ">", "/", "/>", " ", "\n"]
    )
    | st.sampled_from(["\u3000", "\xa0", "\t", ' class="a>b"', " style='x<y'", "=", '"', "'", "年", "a", "1"])
    | st.text(max_size=3),
    max_size=16,
).map("".join)


@settings(max_examples=1500)
@given(_SOUP)
def test_the_attribute_loop_finds_what_the_two_character_class_found(markup: str) -> None:
    r"""``_ATTRIBUTES`` (a look-ahead and ``[^>]*``) matches exactly where ``(?:\s[^<>]*)?`` matched."""
    assert _INLINE_BEFORE.pattern != _INLINE.pattern  # the reference is the old form, not the new one again
    for pattern, before in ((_INLINE, _INLINE_BEFORE), (_PARAGRAPH_OPEN, _PARAGRAPH_OPEN_BEFORE)):
        assert [m.span() for m in pattern.finditer(markup)] == [m.span() for m in before.finditer(markup)]


def test_the_slimmed_real_pages_are_what_the_old_patterns_gave() -> None:
    """On every HTML page of the repository the new slimming patterns give the same text."""
    for page in _real_pages():
        text = page.read_text(encoding="utf-8")
        for pattern, before, replacement in (
            (_INLINE, _INLINE_BEFORE, ""),
            (_PARAGRAPH_OPEN, _PARAGRAPH_OPEN_BEFORE, "\n"),
        ):
            assert pattern.sub(replacement, text) == before.sub(replacement, text), page.name


class _GridBefore(_HtmlReader):
    """The reader with its cell placement as written before this round: every slot a cell takes is marked."""

    def _start_cell(self, attrs: list[tuple[str, str | None]]) -> None:
        if not self.stack:
            return
        table = self.stack[-1]
        self._close_cell(table)
        if table.row_cells is None:
            table.row_cells = []
        rowspan = colspan = 1
        if attrs:
            values = dict(attrs)
            rowspan, colspan = _span(values.get("rowspan")), _span(values.get("colspan"))
        if table.slots + rowspan * colspan > self.grid_slots:
            if rowspan * colspan > 1:
                self.notes.append(f"{table.index}/{table.rows + 1}: {rowspan}x{colspan}")
            rowspan = colspan = 1
        table.slots += rowspan * colspan
        start = table.row_cells[-1].col + table.row_cells[-1].colspan if table.row_cells else 0
        taken = table.occupied.get(table.rows, set())
        col = start
        while col in taken:
            col += 1
        for row in range(table.rows, table.rows + rowspan):
            table.occupied.setdefault(row, set()).update(range(col, col + colspan))
        table.cell = Cell("", col, colspan, rowspan)


_CELL = st.builds(
    "<{}{}{}>{}".format,
    st.sampled_from(["td", "th"]),
    st.sampled_from(["", " rowspan=2", " rowspan=3", ' rowspan="9999"', " rowspan=0"]),
    st.sampled_from(["", " colspan=2", " colspan=3", " colspan=0"]),
    st.sampled_from(["", "1", "年"]),
)
_TABLE = st.lists(
    st.lists(_CELL, max_size=6).map(lambda cells: "<tr>" + "".join(cells))
    | st.sampled_from(["</td>", "</tr>", "<table>", "</table>", "<td>x", "<tr>"]),
    max_size=10,
).map(lambda rows: "<table>" + "".join(rows) + "</table>")


def _grid(markup: str, reader: _HtmlReader) -> list[list[tuple[str, int, int, int]]]:
    reader.read(markup)
    return [
        [(cell.text, cell.col, cell.colspan, cell.rowspan) for cell in block.cells]
        for block in reader.finish().blocks
    ]


@settings(max_examples=1000)
@given(_TABLE)
def test_cells_are_placed_where_marking_every_slot_placed_them(markup: str) -> None:
    """Merged cells (rowspan/colspan, nested tables, rows left open) land on the columns they landed on before."""
    assert _grid(markup, _HtmlReader()) == _grid(markup, _GridBefore())


def test_isdecimal_is_the_digit_class_of_the_patterns() -> None:
    """The digit-run pre-check tests a stretch with ``str.isdecimal``: true exactly for what ``\\d`` matches."""
    digit = re.compile(r"\d")
    assert all(chr(code).isdecimal() is (digit.match(chr(code)) is not None) for code in range(0x110000))
