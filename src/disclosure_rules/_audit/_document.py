"""Read a published page into blocks: paragraphs of prose and table rows of cells placed on a grid.

HTML is read with the standard library's ``html.parser``: merged cells (rowspan/colspan) are placed on a
grid so that a cell's column is known; a table nested in a cell of a layout table is read as a table of its
own, and the layout cell's text becomes prose. Text a person copied from a page is split into cells on tabs,
pipes or runs of spaces; a line without separators is one block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from typing import Final

from disclosure_rules._labels import SECTION_HEADINGS
from disclosure_rules._limits import GRID_SLOTS, MAX_DIGIT_RUN

# Tags whose start or end separates blocks of text.
_BLOCK_TAGS: Final = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
     "footer", "nav", "dd", "dt", "blockquote", "hr", "center", "form"}
)  # fmt: skip
_SKIP_TAGS: Final = frozenset(
    {"script", "style", "noscript", "template", "select", "option", "button", "svg"}
)
# Tags of a table cell: neither a block nor a skipped tag, so the reader hands them to its cell methods directly.
_CELL_TAGS: Final = frozenset({"td", "th"})
_MAX_SPAN: Final = 200  # rowspan="9999" or colspan="0" occur; a report table is never that large


@dataclass(slots=True)
class Cell:
    """One cell as published: its text and where it sits on the table's grid."""

    text: str
    col: int
    colspan: int = 1
    rowspan: int = 1


@dataclass(slots=True)
class Block:
    """A paragraph (``cells`` empty) or a table row (``cells`` in reading order)."""

    text: str = ""
    cells: list[Cell] = field(default_factory=list)
    table: int = 0  # 1-based order of the table in the page; 0 for prose and for copied text
    row: int = 0  # 1-based row in its table, or the line number in copied text
    grid: bool = False  # True when cell columns come from real table markup
    delimited: bool = False  # copied text with explicit separators (| or tab): an empty cell is kept as ""
    # copied text whose row goes on over the next lines ("… | 25 |" then a lone "|"; round 20)
    runs_on: bool = False

    @property
    def is_row(self) -> bool:
        """True for a table row."""
        return bool(self.cells)


@dataclass(slots=True)
class Document:
    """A page read into blocks, with its title when the page states one."""

    blocks: list[Block]
    title: str | None
    kind: str  # "html" or "text"
    notes: list[str] = field(default_factory=list)  # what the reader dropped to stay within its limits


@dataclass(slots=True)
class _OpenTable:
    index: int
    rows: int = 0
    occupied: dict[int, set[int]] = field(default_factory=dict)
    row_cells: list[Cell] | None = None
    cell: Cell | None = None
    cell_parts: list[str] = field(default_factory=list)
    layout_cell: bool = False  # the open cell holds a nested table: its text is prose
    slots: int = 0  # grid slots claimed so far (bounded by GRID_SLOTS)


_SPAN_DIGITS: Final = re.compile(r"\s*(\d{1,9})")


def _span(value: str | None) -> int:
    if not value:
        return 1
    digits = _SPAN_DIGITS.match(value)
    if not digits:
        return 1
    return min(max(int(digits.group(1)), 1), _MAX_SPAN)


# Text up to the next "<" and the plain tag there, or the text alone when no plain tag follows it (a tag with
# other attributes, a comment, a stray "<", the end of the page): every match starts where the one before it ended, so
# ``finditer`` walks the page run by run. A plain tag is one html.parser reads without unescaping anything: a start tag
# ("<td>", "<br/>") or an end tag ("</td >"), only the whitespace characters that end a tag name for html.parser
# after the name (not, say, U+3000). Group 1 is the text, group 2 an end tag's name, group 3 a start tag's, group 5
# the "/" of a self-closing start tag. Group 4 is the attributes of a start tag whose every attribute is a name, "="
# and a quoted value without "&", "<" or ">" or unquoted digits, each after a space (``<td colspan="2">``, what a
# slimmed page keeps; ``<meta name="x" content="y">``): read by ``_ATTRIBUTE_PAIR``, as the parser reads them.
_PLAIN_RUNS: Final = re.compile(
    r"([^<]*)(?:<(?:/([a-zA-Z][-.a-zA-Z0-9:_]*)[ \t\n\r\f]*|([a-zA-Z][-.a-zA-Z0-9:_]*)"
    r"""((?:[ \t\n\r\f]+[a-zA-Z][-.a-zA-Z0-9:_]*=(?:"[^"&<>]*"|'[^'&<>]*'|[0-9]+))*)[ \t\n\r\f]*(/?))>)?"""
)
_ATTRIBUTE_PAIR: Final = re.compile(r"""([a-zA-Z][-.a-zA-Z0-9:_]*)=(?:"([^"]*)"|'([^']*)'|([0-9]+))""")
# A plain table row after its ``<tr>``: cells (``<td>``, ``<th>``) whose attributes are plain (``_PLAIN_RUNS``' group
# 4: ``colspan="2"``, what a slimmed page keeps) and whose text holds no tag but ``<br>``, the text between them, and
# ``</tr>``. ``_PLAIN_CELL`` reads the cells as (text before the cell, its attributes, its text); the row's last group
# is the text before ``</tr>``. End tags may carry the whitespace html.parser allows after a name; names are lower case
# as slimmed pages write them (any other row is read tag by tag).
_PLAIN_ATTRIBUTES: Final = r"""(?:[ \t\n\r\f]+[a-zA-Z][-.a-zA-Z0-9:_]*=(?:"[^"&<>]*"|'[^'&<>]*'|[0-9]+))*"""
_LINE_BREAK_TAG: Final = r"<br[ \t\n\r\f]*/?>"
_LINE_BREAK: Final = re.compile(_LINE_BREAK_TAG)
_CELL_TEXT: Final = rf"[^<]*(?:{_LINE_BREAK_TAG}[^<]*)*"  # unrolled: the engine runs over [^<]* in C
_CELL_END: Final = r"</t[dh][ \t\n\r\f]*>"
_PLAIN_CELL: Final = re.compile(rf"([^<]*)<t[dh]({_PLAIN_ATTRIBUTES})[ \t\n\r\f]*>({_CELL_TEXT}){_CELL_END}")
_PLAIN_ROW: Final = re.compile(
    rf"((?:[^<]*<t[dh]{_PLAIN_ATTRIBUTES}[ \t\n\r\f]*>{_CELL_TEXT}{_CELL_END})+)([^<]*)</tr[ \t\n\r\f]*>"
)


def _unescaped(text: str) -> str:
    """``html.unescape(text)``, with ``&nbsp;`` (a Word page's every blank cell) replaced first in C.

    The parser's own ``unescape`` calls back into Python for each reference; ``&nbsp;`` is read alike either way
    (a reference starts at an ``&`` and holds none, so none reaches over it; tests/audit/test_audit_speed11.py).
    """
    if "&" not in text:  # unescape's own first test
        return text
    text = text.replace("&nbsp;", "\xa0")
    return unescape(text) if "&" in text else text


def _attribute_list(attributes: str) -> list[tuple[str, str | None]]:
    """A plain tag's attributes (``_PLAIN_RUNS``' group 4) as html.parser lists them."""
    return [
        (key.lower(), double + single + bare)  # the one value written (the others are "")
        for key, double, single, bare in _ATTRIBUTE_PAIR.findall(attributes)
    ]


# A start tag, a declaration or a processing instruction (a comment's "<!--" is left to the parser's loop).
_PARSER_OPENS: Final = re.compile(r"<(?:[a-zA-Z]|!(?!--)|\?)")
# Elements whose text html.parser reads raw (script and style; newer versions add title and textarea).
_RAW_TEXT_TAGS: Final = frozenset(
    (*getattr(HTMLParser, "CDATA_CONTENT_ELEMENTS", ()), *getattr(HTMLParser, "RCDATA_CONTENT_ELEMENTS", ()))
)


class _HtmlReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.stack: list[_OpenTable] = []
        self.tables = 0
        self.para: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.meta_title: str | None = None
        self.notes: list[str] = []
        self.grid_slots = GRID_SLOTS.value  # read once per page, not once per cell

    def updatepos(self, i: int, j: int) -> int:
        """Skip the line and column count ``html.parser`` keeps for ``getpos``: the reader never asks for it.

        The base class counts the line breaks of every piece of markup and text it passes (a quarter of the
        parser's own time on a Word-exported page); the position it returns is the same.
        """
        del i
        return j

    # -- buffers ----------------------------------------------------------------------------------

    def _buffer(self) -> list[str]:
        if self.stack:
            table = self.stack[-1]
            if table.cell is not None and not table.layout_cell:
                return table.cell_parts
        return self.para

    def _flush_para(self) -> None:
        # Most block tags of a page find no paragraph text waiting (a cell's own text is never flushed here).
        if not self.para:
            return
        buffer = self._buffer()
        if buffer is self.para or (self.stack and self.stack[-1].layout_cell):
            text = "".join(buffer).strip()
            buffer.clear()
            if text:
                self.blocks.append(Block(text=text))

    def _close_cell(self, table: _OpenTable) -> None:
        if table.cell is None:
            return
        if table.layout_cell:
            text = "".join(table.cell_parts).strip()
            if text:
                self.blocks.append(Block(text=text))
            table.cell.text = ""
        else:
            table.cell.text = "".join(table.cell_parts).strip()
        if table.row_cells is not None:
            table.row_cells.append(table.cell)
        table.cell = None
        table.cell_parts = []
        table.layout_cell = False

    def _close_row(self, table: _OpenTable) -> None:
        self._close_cell(table)
        if table.row_cells is None:
            return
        cells = table.row_cells
        table.row_cells = None
        table.occupied.pop(table.rows, None)
        table.rows += 1
        if cells:
            self.blocks.append(Block(cells=cells, table=table.index, row=table.rows, grid=True))

    # -- parser callbacks -------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: C901, PLR0912 - one branch per tag kind
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag in _BLOCK_TAGS:
            if self.stack and self.stack[-1].cell is not None and not self.stack[-1].layout_cell:
                self.stack[-1].cell_parts.append("\n")
            else:
                self._flush_para()
            return
        if tag in _CELL_TAGS:
            self._start_cell(attrs)
        elif tag == "tr":
            if self.stack:
                table = self.stack[-1]
                self._close_row(table)
                table.row_cells = []
        elif tag == "table":
            if self.stack and self.stack[-1].cell is not None:
                outer = self.stack[-1]
                if not outer.layout_cell:
                    outer.layout_cell = True
                    self.para.extend(outer.cell_parts)
                    outer.cell_parts = []
            self._flush_para()
            self.tables += 1
            self.stack.append(_OpenTable(self.tables))
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            values = dict(attrs)
            if (values.get("name") or "").lower() == "articletitle" and values.get("content"):
                self.meta_title = values["content"]

    def _start_cell(self, attrs: list[tuple[str, str | None]]) -> None:
        if not self.stack:
            return
        table = self.stack[-1]
        if table.cell is not None:
            self._close_cell(table)
        cells = table.row_cells
        if cells is None:
            cells = table.row_cells = []
        table.cell = self._placed(table, cells, attrs)

    def _placed(self, table: _OpenTable, cells: list[Cell], attrs: list[tuple[str, str | None]]) -> Cell:
        """A new cell after ``cells`` in the open row: the first free column after the cell before, spans from ``attrs``."""
        start = cells[-1].col + cells[-1].colspan if cells else 0
        taken = table.occupied.get(table.rows)
        col = start
        if taken:
            while col in taken:
                col += 1
        # Most cells, once the page is slimmed, have no attributes: one slot, which never passes the limit's note.
        if not attrs:
            table.slots += 1
            return Cell("", col)
        values = dict(attrs)
        rowspan, colspan = _span(values.get("rowspan")), _span(values.get("colspan"))
        if table.slots + rowspan * colspan > self.grid_slots:
            if rowspan * colspan > 1:
                self.notes.append(
                    f"第{table.index}个表格第{table.rows + 1}行：合并单元格超出上限（{self.grid_slots}格），"
                    f"rowspan={rowspan}、colspan={colspan}按1读取"
                )
            rowspan = colspan = 1
        table.slots += rowspan * colspan
        # The slots a cell takes in its own row are never looked at again: the next cell of the row starts after it
        # (``start``), and the row's set is dropped when the row closes. Only a cell spanning rows marks the rows below.
        for row in range(table.rows + 1, table.rows + rowspan):
            table.occupied.setdefault(row, set()).update(range(col, col + colspan))
        return Cell("", col, colspan, rowspan)

    def handle_endtag(self, tag: str) -> None:  # noqa: C901 - one branch per tag kind
        if tag in _SKIP_TAGS:
            self.skip = max(self.skip - 1, 0)
            return
        if tag in _BLOCK_TAGS:
            if not (self.stack and self.stack[-1].cell is not None and not self.stack[-1].layout_cell):
                self._flush_para()
            return
        if not self.stack:
            if tag == "title":
                self.in_title = False
            return
        table = self.stack[-1]
        if tag in _CELL_TAGS:
            self._close_cell(table)
        elif tag == "tr":
            self._close_row(table)
        elif tag == "table":
            self._close_row(table)
            self.stack.pop()
            if self.stack and self.stack[-1].layout_cell:
                self._flush_para()
        elif tag == "title":
            self.in_title = False

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        self._buffer().append(data)

    def read(self, page: str) -> None:  # noqa: C901, PLR0912 - one branch per kind of run, in the one loop
        """``feed(page)``, with the plain tags (``<td>``, ``</tr>``, ``<br/>``) dispatched here, not by ``html.parser``.

        A slimmed page is mostly tags without attributes, where ``html.parser`` spends most of its time finding
        out that there are none. Each such tag is handed to the same callbacks the parser would call, and the
        text between tags goes to ``handle_data`` unescaped as the parser does. A run of text and plain tags is
        read by one compiled pattern (``_PLAIN_RUNS``: the regular-expression engine scans it in C); where the
        run stops, ``_step`` reads the one piece of markup there as before: a tag with attributes by the parser's
        own ``parse_starttag``, a declaration (``<!DOCTYPE html>``) by its ``parse_html_declaration``, ``<?…>`` by
        its ``parse_pi``; at anything else (a comment, a stray ``<``, a raw-text element such as ``<script>``,
        the text after the last tag) the rest of the page is fed to the parser, whose state is then exactly what
        it would be had it read the page from the start.
        """
        self.rawdata = page  # parse_starttag reads the page from here
        handle_data, handle_starttag, handle_endtag = (
            self.handle_data,
            self.handle_starttag,
            self.handle_endtag,
        )
        position = 0
        while True:
            row_end = 0
            for run in _PLAIN_RUNS.finditer(page, position):
                text, end_name, start_name, attributes, slash = run.groups()
                if start_name is None and end_name is None:
                    break  # not a plain tag (or the end of the page): the step below reads it
                name = (start_name or end_name).lower()
                if name in _RAW_TEXT_TAGS or (attributes and slash):  # "<td colspan=2/>": the parser's own
                    break
                if text:
                    handle_data(_unescaped(text))
                if start_name is not None:
                    if not attributes:
                        handle_starttag(name, [])
                        if name == "tr" and not slash and (row_end := self._plain_row(page, run.end())):
                            break  # the row is read to its end: the runs go on from there
                    else:
                        handle_starttag(name, _attribute_list(attributes))
                    if slash:  # "<br/>"
                        handle_endtag(name)
                else:
                    handle_endtag(name)
                position = run.end()
            if row_end:
                position = row_end
                continue
            position, going_on = self._step(page, position)
            if not going_on:
                break
        self.rawdata = ""
        self.feed(page[position:])

    def _plain_row(self, page: str, position: int) -> int:
        """Read the row whose ``<tr>`` ends at ``position`` when it is plain; where it ends, or 0 when it is not.

        A plain row is cells (``<td>``, ``<td colspan="2">``) holding text and ``<br>`` alone, then ``</tr>``
        (``_PLAIN_ROW``): every row of the bench's 21 KB page once slimmed. Its cells, the text between them and its
        end are read here as the callbacks read them tag by tag (tests/audit/test_audit_speed11.py): each cell placed
        by ``_placed``, its text unescaped piece by piece between line breaks and stripped; the text between cells
        goes where text outside a cell goes. Not read here (0): any other row, a ``<tr>`` outside a table, rows
        whose text the reader drops (inside ``<select>``) or keeps as the title.
        """
        if self.skip or self.in_title or not self.stack:
            return 0
        row = _PLAIN_ROW.match(page, position)
        if row is None:
            return 0
        table = self.stack[-1]
        cells: list[Cell] = []  # the <tr> closed the open cell and row and opened this one
        table.row_cells = cells
        para = self.para
        for between, attributes, written in _PLAIN_CELL.findall(row.group(1)):
            if between:
                para.append(_unescaped(between))
            cell = self._placed(table, cells, _attribute_list(attributes) if attributes else [])
            # a <br> in a cell is a line break; each piece between them is unescaped alone, as handle_data has it
            text = (
                "\n".join(map(_unescaped, _LINE_BREAK.split(written)))
                if "<" in written
                else _unescaped(written)
            )
            cell.text = text.strip()
            cells.append(cell)
        if row.group(2):
            para.append(_unescaped(row.group(2)))
        self._close_row(table)
        return row.end()

    def _step(self, page: str, position: int) -> tuple[int, bool]:
        """Read the text and the one piece of markup ``_PLAIN_RUNS`` stopped at; where that ends, and whether to go on.

        The run stops at no plain tag but a raw-text element's (``<script>``, ``</style>``), which the parser reads:
        what is left is markup for the parser's own methods (a tag with other attributes, ``<td colspan=2/>``, a
        declaration, ``<?…>``). ``False`` leaves the rest of the page, from the position returned, to the parser's
        own loop.
        """
        at = page.find("<", position)
        if at < 0 or not _PARSER_OPENS.match(page, at):
            return position, False
        if position < at:
            self.handle_data(_unescaped(page[position:at]))
        end = self._parse_markup(page, at)
        if end < 0:
            return at, False
        # <script> and the like: the parser reads their text
        return end, self.cdata_elem is None

    def _parse_markup(self, page: str, at: int) -> int:
        """Read the markup at ``at`` as html.parser's own loop does; where it ends, or -1 when it is unfinished.

        A start tag with attributes, a declaration (``<!DOCTYPE html>``) or a processing instruction (Word's
        ``<?xml:namespace …/>``): the parser's own method for each.
        """
        opener = page[at + 1]
        if opener == "!":
            return self.parse_html_declaration(at)
        if opener == "?":
            return self.parse_pi(at)
        return self.parse_starttag(at)

    def finish(self) -> Document:
        self.close()
        while self.stack:
            table = self.stack.pop()
            self._close_row(table)
        self._flush_para()
        title = self.meta_title or "".join(self.title_parts).strip() or None
        return Document(self.blocks, title, "html", self.notes[:20])


# Markup that carries no structure: comments (Word's conditional blocks), scripts and styles, and inline
# formatting tags (Word wraps every cell in <span style=…><font …>). Removing it before html.parser sees the
# page halves the number of tags it must tokenise; block tags keep only the attributes the reader uses.
_NOISE: Final = re.compile(
    r"<!--.*?-->|<(script|style|noscript|template|svg)\b[^>]*>.*?</\1\s*>",
    re.IGNORECASE | re.DOTALL,
)
# A tag's attributes up to its ">": ``(?:\s[^<>]*)?`` written so that the engine runs over them with its fast loop
# for one excluded character (``[^>]*``, as memchr does) rather than testing each character against a class of two
# (``[^<>]``: 3-5x slower over the long style attributes of a Word page). The look-ahead refuses a "<" before the
# next ">", as ``[^<>]`` does; the same matches (tests/audit/test_audit_speed6.py).
_ATTRIBUTES: Final = r"(?:\s(?![^>]*<)[^>]*)?"
# The tag names span, font, o:p, strong, em, a, img, b, i, u, sup, sub, small, big, label, ins, del, abbr, st1:…,
# w:… and v:…, written as a tree of their first letters (the engine compares a letter once, not once per name).
# A name can be followed only by a space, "/" or ">", so at most one of them ends a match where it starts: the
# same matches as the plain alternation (tests/audit/test_audit_speed_paths.py). The attributes are ``_ATTRIBUTES``.
# The look-ahead after "<" tests the name's first letter once, case-blind (``(?-i:…)``), against every character
# IGNORECASE takes for one of the names' first letters (ſ for s, İ and ı for i): a tag of no such name (td, tr, p,
# table, the most of a page) fails there, where the ignore-case tree compared it name by name (0.10 → 0.02 ms on the
# 21 KB page); the same matches (tests/audit/test_audit_speed15.py derives the letters from the tree).
_INLINE_OPENINGS: Final = "sSſfFoOeEaAiIİıbBuUlLdDwWvV"
_INLINE: Final = re.compile(
    rf"<(?=(?-i:/?[{_INLINE_OPENINGS}]))"
    r"/?(?:s(?:pan|trong|u[pb]|mall|t1:\w+)|font|o:p|em|a(?:bbr)?|i(?:mg|ns)?|b(?:ig)?|u|label|del|[wv]:\w+)"
    rf"{_ATTRIBUTES}/?>",
    re.IGNORECASE,
)
# ``\s`` of a str pattern as the characters it takes: a class of characters gives the engine a table to skip to
# the next one in C, where the category ``\s`` is tested by a call per character — twice as fast over a page of
# prose with few spaces (tests/audit/test_audit_speed8.py checks the class on every code point).
_SPACE: Final = r"[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
# Attributes the reader never looks at (it keeps rowspan, colspan, and meta name/content/charset). Every name
# starts with a letter: the look-ahead rules out at once the many spaces of a page's indentation and text, where
# the alternation would otherwise be tried name by name (8x faster on a 3 MB page, same matches). The leading
# space is ``_SPACE``.
_NOISY_ATTRIBUTES: Final = re.compile(
    _SPACE
    + r"""(?=[a-z])(?:style|class|width|height|valign|align|lang|border|cellspacing|cellpadding|bgcolor|face|size|color"""
    r"""|id|href|src|target|title|alt|on\w+|ms-[\w-]+|data-[\w-]+|x:\w+|xml:\w+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""",
    re.IGNORECASE,
)


# Paragraph tags become line breaks in the text: Word puts a <p> in every cell, and a line break is all the
# reader needs from them (it splits prose into lines and keeps line breaks inside a cell).
_PARAGRAPH_OPEN: Final = re.compile(rf"<p{_ATTRIBUTES}>", re.IGNORECASE)
_PARAGRAPH_CLOSE: Final = re.compile(r"</p\s*>", re.IGNORECASE)


def slim_markup(page: str) -> str:
    """The page without the markup that carries no structure (see ``_NOISE``, ``_INLINE``)."""
    page = _NOISE.sub(" ", page)
    page = _INLINE.sub("", page)
    page = _PARAGRAPH_OPEN.sub("\n", page)
    page = _PARAGRAPH_CLOSE.sub("\n", page)
    return _NOISY_ATTRIBUTES.sub("", page)


# The same runs as ``\d{MAX_DIGIT_RUN + 1,}``, written to start with one digit that begins a run: the regex
# engine then skips non-digits in C and tries a match once per run, not at every character of the page.
_LONG_DIGIT_RUN: Final = re.compile(rf"\d(?<!\d\d)\d{{{MAX_DIGIT_RUN},}}")


# A run to cut is at least _CUT digits long, so it holds two consecutive multiples of _STRIDE: a page whose every
# _STRIDE-th character never gives two digits in a row has no such run. That sample is 1/15 of the page; the
# pattern (a category test per character in C, a third of the bare parser's time on a Word page) then runs only
# around the pairs of sampled digits, and over the whole page only when one of them is the start of a long run.
_CUT: Final = MAX_DIGIT_RUN + 1
_STRIDE: Final = _CUT // 2
_DIGIT_PAIR: Final = re.compile(r"\d(?=\d)")
_CUT_RUN: Final = re.compile(rf"\d{{{_CUT}}}")


def _may_hold_a_long_run(page: str) -> bool:
    """False only when the page has no run of ``_CUT`` digits (True may still be a false alarm)."""
    for pair in _DIGIT_PAIR.finditer(page[::_STRIDE]):
        at = pair.start() * _STRIDE  # this and the character _STRIDE further on are digits
        # A run through both holds every character between them: a pair with a non-digit between (a Word page's
        # "1.0pt" and "21.0000pt" a stride apart) is no run's, and the window search is spared. (``isdecimal`` is
        # ``\d``'s own test: tests/audit/test_audit_speed6.py.)
        if page[at : at + _STRIDE + 1].isdecimal() and _CUT_RUN.search(
            page, max(at - _CUT, 0), at + _STRIDE + _CUT
        ):
            return True
    return False


def cut_digit_runs(page: str) -> tuple[str, list[str]]:
    r"""The page with every run of more than ``MAX_DIGIT_RUN`` digits cut to that many (and ``…``), and notes.

    No published figure is that long; a longer run is what makes ``int()`` refuse (4,300 digits) and a
    pattern like ``(\d+)条`` backtrack quadratically. One linear pass, before any other reader sees the page.
    """
    notes: list[str] = []

    def cut(match: re.Match[str]) -> str:
        if len(notes) < 20:  # noqa: PLR2004 - enough to say what happened
            notes.append(
                f"第{match.start() + 1}个字符起的{len(match.group())}位数字只读取前{MAX_DIGIT_RUN}位"
            )
        return match.group()[:MAX_DIGIT_RUN] + "…"

    if not _may_hold_a_long_run(page):
        return page, notes
    return _LONG_DIGIT_RUN.sub(cut, page), notes


def read_html(page: str) -> Document:
    """Read an HTML page into blocks."""
    slim = slim_markup(page)
    try:
        return _read_slim(slim)
    except AssertionError:
        # html.parser asserts on a marked section it does not know (``<![foo[ … ]]>``): such markup is junk, so the
        # page is read again with every ``<![`` as text. Pages the parser reads are never read this way.
        return _read_slim(slim.replace("<![", "&lt;!["))


def _read_slim(slim: str) -> Document:
    reader = _HtmlReader()
    reader.read(slim)
    return reader.finish()


# --------------------------------------------------------------------------------------------------
# Copied text
# --------------------------------------------------------------------------------------------------

_RUN_OF_SPACES: Final = re.compile(r"[ \u3000\xa0]{2,}")
_ONLY_PIPES: Final = re.compile(r"^\|+$")
# PDF text keeps one space between cells: "四、结转下年度继续办理 0 0 0 0 0 0 0", or a row of numbers alone.
_NUMBER_CELL: Final = r"[-+]?\d[\d,]*(?:\.\d+)?(?:万元|元)?"
# The label before the numbers is a row label (at most 80 characters), not a page flattened into one line.
_SPACED_NUMBERS: Final = re.compile(
    rf"^(?:(.{{0,79}}[^\d\s,.])[ \u3000\xa0]+)?({_NUMBER_CELL}(?:[ \u3000\xa0]+{_NUMBER_CELL})+)$"
)
_MIN_PIPE_LINES: Final = 10


_PROSE_PIECE: Final = re.compile(r"。")  # a sentence end: no table label has one


def _split_line(line: str, *, pipes_separate: bool = False) -> list[str] | None:
    """Cells of a copied table line, or ``None`` when the line is one piece of text.

    ``pipes_separate``: the page writes a lone "|" between cells (never on a line with text), so a lone "|"
    separates two cells and is not an empty cell.
    """
    if "\t" in line:
        parts = [part.strip() for part in line.split("\t")]
        filled = [part for part in parts if part]
        # A paragraph indented with a tab ("\t(一)主动公开情况。2024年，…") is prose, not a row of one cell.
        return None if len(filled) == 1 and _PROSE_PIECE.search(filled[0]) else parts
    if "|" in line and not _pipes_in_titles_only(line):
        stripped = line.strip()
        if _ONLY_PIPES.match(stripped):
            # A lone "|" is an empty cell written one per line; "||"… closes a row and holds no cell.
            return [""] if stripped == "|" and not pipes_separate else []
        stripped = stripped.removeprefix("|")
        stripped = stripped.removesuffix("|")
        parts = [part.strip() for part in stripped.split("|")]
        filled = [part for part in parts if part]
        # A paragraph with a stray "|" at its end is prose too.
        return None if len(filled) == 1 and _PROSE_PIECE.search(filled[0]) else parts
    if _RUN_OF_SPACES.search(line.strip()):
        return [part.strip() for part in _RUN_OF_SPACES.split(line.strip())]
    spaced = _SPACED_NUMBERS.match(line.strip())
    if spaced:
        label = [spaced.group(1).strip()] if spaced.group(1) else []
        return label + spaced.group(2).split()
    return None


# A work's title in 《》 may hold a "|" ("《我为群众办实事|食用农产品快速检测结果天天报》"): part of the title, not a cell
# border. A line whose every "|" stands inside such brackets is prose (round 13: a whole report on one line was
# read as a row of two cells and its prose lost).
_IN_TITLE: Final = re.compile(r"《[^《》\n]*》")


def _pipes_in_titles_only(line: str) -> bool:
    """Whether every "|" of ``line`` stands inside a 《…》 title."""
    return "《" in line and "|" not in _IN_TITLE.sub("", line)


def _pipes_separate(lines: list[str]) -> bool:
    """Whether lone "|" lines separate cells: many of them, and no line of text carries a pipe."""
    lone = with_text = 0
    for raw in lines:
        line = raw.strip()
        if line == "|":
            lone += 1
        elif "|" in line and not _ONLY_PIPES.match(line):
            with_text += 1
    return lone >= _MIN_PIPE_LINES and with_text == 0


def read_copied_text(text: str) -> Document:
    """Read copied text into blocks: a line with tabs, pipes or runs of spaces is a row of cells."""
    blocks: list[Block] = []
    lines = text.splitlines()
    filled_lines = [line for line in lines if line.strip()]
    one_line = len(filled_lines) == 1
    pipes_separate = _pipes_separate(lines)
    after_lone = False
    pieces = (
        [
            (number, piece)
            for number, raw in enumerate(lines, start=1)
            if raw.strip()
            for piece in _lines_of_one_line(raw)
        ]
        if one_line
        else list(enumerate(lines, start=1))
    )
    for number, raw in pieces:
        line = raw.strip()
        if not line:
            continue
        parts = _split_line(raw, pipes_separate=pipes_separate)
        # "…数量 | 25 |" / "|" / "|" / "| 25 |": the row runs on over the lines, a cell between every two pipes; the
        # lone "|" and the opening pipe of the next line hold one empty cell between them (round 20)
        if after_lone and parts and line.startswith("|") and line != "|" and not _ONLY_PIPES.match(line):
            parts = ["", *parts]
        after_lone = line == "|" and not pipes_separate
        if parts is None:
            blocks.append(Block(text=line, row=number))
        elif parts:
            delimited = ("\t" in raw or "|" in raw) and len(parts) > 1
            following = (
                next((later.strip() for later in lines[number:] if later.strip()), "")
                if line.endswith("|")
                else ""
            )
            blocks.append(
                Block(
                    cells=[Cell(part, index) for index, part in enumerate(parts)],
                    row=number,
                    delimited=delimited,
                    runs_on=line.endswith("|") and following == "|" and not pipes_separate,
                )
            )
    title = None
    # a page extracted as one line: its title opens the line (round 63), and opens its first piece (round 65) — a
    # piece short enough to pass for a title line still holds the opening sentence after the title
    if one_line and blocks:
        first = blocks[0].text or next((cell.text for cell in blocks[0].cells if cell.text), "")
        if match := _TITLE_OPENING_A_LINE.match(first):
            title = match.group(1)
    for block in blocks[:12] if title is None else ():
        # A title indented with a tab is a row whose first cell is empty: its first filled cell is the line.
        candidate = block.text or next((cell.text for cell in block.cells if cell.text), "")
        if ("报告" in candidate or "年报" in candidate) and len(candidate) <= 80:  # noqa: PLR2004 - a title line
            title = candidate
            break
    return Document(blocks, title, "text")


# A page extracted as one line (every line break lost, a space left in its place; round 65) is cut where the format
# itself breaks lines, so that the prose rules see its sentences and the table reader its cell runs. The 2021 format's
# six section headings cut anywhere (no table label repeats them); a numbered heading (一、…, (一)…, the legacy
# outline's too) cuts only before the first cell run — inside a run, 三、本年度办理结果 and (一)予以公开 are table 三's
# row labels, and a figure inside a cell run is never prose. A heading inside a cited document's 《…》 cuts nothing.
_SECTION_HEADING_IN_A_LINE: Final = re.compile(
    r"\s+(?=(?:" + "|".join(re.escape(heading.label) for heading in SECTION_HEADINGS) + r"))"
)
_NUMBERED_HEADING_IN_A_LINE: Final = re.compile(
    r"[ \u3000\xa0]+(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^\s|、，,。；;]{2})"
)
# Before a line's first cell run: the prose ends at a sentence's end or is a heading; the run's first cell is what
# follows the last space before the first pipe.
_PROSE_BEFORE_A_CELL_RUN: Final = re.compile(
    r"(.*?(?:[。；;，,]|情况|事项))[ \u3000\xa0]+([^ \u3000\xa0|]+[ \u3000\xa0]*\|.*)"
)


def _outside_titles(line: str, cut: int) -> bool:
    """Whether position ``cut`` of ``line`` stands outside every 《…》."""
    return line.count("《", 0, cut) <= line.count("》", 0, cut)


def _lines_of_one_line(line: str) -> list[str]:
    """The lines a page extracted as one line had: cut at the format's headings and before its first cell run."""
    cuts = [
        match.end()
        for match in _SECTION_HEADING_IN_A_LINE.finditer(line)
        if _outside_titles(line, match.end())
    ]
    first_pipe = line.find("|")
    prose_end = len(line) if first_pipe < 0 else first_pipe
    cuts += [
        match.end()
        for match in _NUMBERED_HEADING_IN_A_LINE.finditer(line, 0, prose_end)
        if _outside_titles(line, match.end())
    ]
    pieces = [
        line[start:end].strip()
        for start, end in zip([0, *sorted(set(cuts))], [*sorted(set(cuts)), len(line)], strict=True)
    ]
    lines: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if "|" in piece and (prose := _PROSE_BEFORE_A_CELL_RUN.match(piece)) and "|" not in prose.group(1):
            lines += [prose.group(1), prose.group(2)]
        else:
            lines.append(piece)
    return lines


# The title at the start of a page's only line, before its first sentence: an agency, a year, then the report's
# name (``保定市徐水区交通运输局 2021年度政府信息公开工作年度报告 根据…``; blind 58's xushui_jtj_2021). Only the title's
# own words: a cited document's name (``《…2021年政府信息公开工作年度报告》``) is inside the line, not at its start.
_TITLE_OPENING_A_LINE: Final = re.compile(
    r"\s*([\u4e00-\u9fff（）()]{0,30}\s?(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开|政务信息公开)(?:工作)?年度报告)(?=\s|$)"
)


def lone_cell_lines(document: Document) -> str:
    """The rows of one filled cell, one a line: headings a copy indented with a tab (``一、总体情况`` after a tab).

    The prose leaves such a line out (it is a row), yet it is the page's outline: the format of a page with no
    table is weighed on these lines too.
    """
    return "\n".join(
        filled[0]
        for block in document.blocks
        if block.cells and len(filled := [cell.text for cell in block.cells if cell.text]) == 1
    )


_HTML_HINT: Final = re.compile(r"<(?:html|body|table|tr|td|p|div|br|span|meta|head)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when the input is markup rather than copied text."""
    return bool(_HTML_HINT.search(text[:20000])) or text.count("<td") > 2  # noqa: PLR2004 - a table has several


def has_column_gap(line: str) -> bool:
    """Whether ``line`` holds a gap the copied-text reader splits cells at: a tab, or a run of spaces inside it."""
    return "\t" in line or _RUN_OF_SPACES.search(line.strip()) is not None
