"""Map the cells of a page to the official rows and columns of tables 二, 三 and 四, by their labels.

The page's blocks become one stream of tokens (a label, a value, or other text). A row label takes the run of
values that follows it; each value goes to the column whose header label stands above it on the table grid
(HTML), or, when there is no grid (copied text), to the header columns in their order. Text a crawler glued
together ("规章000行政规范性文件…") is cut at the official labels, and a run of digits is split only where the
table's own sums make the split unique.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Literal

from disclosure_rules._audit._labels_index import (
    SEGMENT_CHARACTERS,
    SUBTOTAL,
    T2_COLUMNS_2019,
    T2_COLUMNS_2021,
    T2_ROWS_2019,
    T2_ROWS_2021,
    T3_ROWS_ONLY_2021,
    LabelMatch,
    Meaning,
    lookup,
    may_hold_labels,
    segment_pattern,
)
from disclosure_rules._audit._normalize import (
    VALUE_IDEOGRAPHS,
    CellValue,
    is_basic_ideograph,
    opens_with_a_word,
    parse_value,
)
from disclosure_rules._labels import (
    TABLE2_CELLS_2019,
    TABLE2_CELLS_2021,
    TABLE3_COLUMNS,
    TABLE3_GROUPS,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    table3_rows,
)
from disclosure_rules._text import BRACKETED, DIGIT, label_key, nfkc

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from disclosure_rules._audit._document import Block, Cell, Document
    from disclosure_rules._labels import Table2Cell

StandardFormat = Literal["2021", "2019"]
T3_COLUMN_CODES: Final = tuple(column.code for column in TABLE3_COLUMNS)
_T3_CODE_SET: Final = frozenset(T3_COLUMN_CODES)
T4_KEYS: Final = tuple((group.code, code) for group in TABLE4_GROUPS for code, _ in TABLE4_RESULT_COLUMNS)
_ANCHORS: Final = (
    label_key("信息内容"),
    label_key("申请人情况"),
    label_key("本年度办理结果"),
    label_key("结果维持"),
)
# Any of the anchors, in one search (a generator over the four would cost more than the searches themselves).
_ANCHOR: Final = re.compile("|".join(map(re.escape, _ANCHORS)))
# Spaces between two ideographs (or a bracket): the look-behind follows the first space, so the engine finds
# spaces in C and tries the look-behind once per run (same matches as ``(?<=[…)])[ …]+(?=[…(])``).
_CJK_GAP: Final = re.compile(r"[ \t\u3000\xa0](?<=[\u4e00-\u9fff)].)[ \t\u3000\xa0]*(?=[\u4e00-\u9fff(])")
_LIST_NUMERALS: Final = "一二三四五六七八九十"  # the numerals of a list number
_TRAILING_NUMBERING: Final = re.compile(rf"(?:\([{_LIST_NUMERALS}]+\)|[{_LIST_NUMERALS}]+,|\d[.,])$")
# The characters a list number at the end of a piece ends with (``_TRAILING_NUMBERING``'s last): a piece that ends
# otherwise has none, and the pattern, anchored at the end, is not tried from each numeral and digit of it.
_NUMBERING_ENDS: Final = frozenset(").,")


def _trailing_numbering(text: str) -> re.Match[str] | None:
    """``_TRAILING_NUMBERING.search(text)``, looked for only when ``text`` ends as a list number does."""
    end = text.removesuffix("\n")  # ``$`` also matches before a final line break
    return _TRAILING_NUMBERING.search(text) if end[-1:] in _NUMBERING_ENDS else None


_MAX_SKIPPED_TEXT: Final = 2
_MAX_DIGITS_TO_SPLIT: Final = 40
_DISTINCTIVE: Final = 10
_MIN_SUBTOTAL_CELLS: Final = 3  # a subtotal row an agency adds has a cell per column, not one figure
# How sure the reader is that a number sits in the cell it was read into. An error is raised only on cells
# read at CONFIDENCE_UNAMBIGUOUS or above; a finding that rests on a less certain cell is a warning.
CONFIDENCE_GRID: Final = 1.0  # an HTML table: the cell stands under its column's header
CONFIDENCE_ORDER: Final = 0.9  # copied text: a full row, its cells in the columns' order
CONFIDENCE_UNAMBIGUOUS: Final = 0.9
CONFIDENCE_HEADERLESS: Final = 0.8  # table 四 as 15 numbers with no readable header (PDF text)
CONFIDENCE_SPLIT: Final = 0.7  # digits glued together, cut where the table's sums allow one way only
CONFIDENCE_CUT_OFF: Final = 0.7  # the first cells of a row the page ends in
CONFIDENCE_PLACED: Final = 0.6  # a short row placed by the only placement its total allows
CONFIDENCE_EXTRA: Final = 0.7  # a row with more numbers than columns, read the one way its total allows
# A glued run with exactly one digit per cell that the table's sums reject ("010000000000000" for table 四's 15
# cells): no cut without a blank cell reads it otherwise, so it is read one digit per cell, and its sums are
# checked as warnings (a blank cell beside a two-digit one would also fit; the corpus has none).
CONFIDENCE_DIGIT_EACH: Final = 0.5
# A row placed by its total needs the total and at least one cell beside it: one number alone checks nothing.
_MIN_PLACED: Final = 2
_MIN_ORPHANS: Final = 2  # a lone number near a header is a stray cell; a run of them is a row of numbers
_TABLE3_HEADING: Final = re.compile(r"^(?:三|3)[、.．]\s*收到和处理政府信息公开申请")
_TABLE4_HEADING: Final = re.compile(r"^(?:四|4)[、.．].*行政复议.*行政诉讼")
_MAX_HEADING: Final = 40


@dataclass(slots=True)
class Token:
    """One piece of the page: a label, a value or other text, with where it was found."""

    kind: Literal["label", "value", "text"]
    text: str
    place: str | Block  # the address, or the block to compute it from (cheap until it is needed)
    label: LabelMatch | None = None
    value: CellValue | None = None
    table: int = 0
    row: int = 0
    col: int = -1
    colspan: int = 1
    glued: bool = False  # cut out of concatenated text: a run of digits may hold several cells
    confidence: float | None = None  # how sure the cut is, when it is less sure than a cut the sums allow
    line: int = 0  # the line of a copied row with explicit separators (| or tab): its cells keep their places

    @property
    def where(self) -> str:
        """Where the token is on the page: table, row and column, or the line of copied text."""
        if isinstance(self.place, str):
            return self.place
        block = self.place
        if block.grid and block.table:
            return f"第{block.table}个表格第{block.row}行第{self.col + 1}列"
        return f"第{block.row}行" if block.row else "正文"


@dataclass(slots=True)
class ReadValue:
    """A value cell mapped to an official cell, with its address on the page."""

    value: CellValue
    where: str
    confidence: float = 0.9  # how sure the placement is (see the CONFIDENCE_* constants)


@dataclass(slots=True)
class Problem:
    """Something the reader noticed about the page's tables (turned into a finding by the auditor)."""

    code: str
    message: str
    where: str
    severity: Literal["error", "warning"] = "warning"
    confidence: float | None = (
        None  # a finding on cells that were not read: how sure it is (None: the page's)
    )


@dataclass(slots=True)
class TableReading:
    """What was read from the tables of a page."""

    table2: dict[str, ReadValue | None] = field(default_factory=dict)
    table3: dict[str, list[ReadValue | None]] = field(default_factory=dict)
    table4: list[ReadValue | None] | None = None
    subtotal_rows: list[tuple[str, list[ReadValue | None]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    score_2021: int = 0
    score_2019: int = 0
    labels_found: int = 0
    table_locations: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------------


def _where(block: Block, cell_col: int | None, kind: str) -> str:
    if kind == "html" and block.table:
        column = f"第{cell_col + 1}列" if cell_col is not None else ""
        return f"第{block.table}个表格第{block.row}行{column}"
    return f"第{block.row}行" if block.row else "正文"


def _segment(text: str, where: str, out: list[Token]) -> None:
    """Cut concatenated text at official labels; numeric pieces between labels become glued values."""
    soft = _CJK_GAP.sub("", label_key_soft(text))
    position = 0
    for match in segment_pattern().finditer(soft):
        gap = soft[position : match.start()]
        _segment_gap(gap, where, out)
        number_match = _trailing_numbering(gap)
        found = match.group(0)
        label = lookup(number_match.group(0) + found if number_match else found)
        if label is not None:
            out.append(Token("label", found, where, label))
        position = match.end()
    _segment_gap(soft[position:], where, out)


def _segment_gap(gap: str, where: str, out: list[Token]) -> None:  # noqa: C901 - prose, values, a year's digits, a prefix
    """The text between two labels: leading value pieces become glued values, the rest is text."""
    gap = gap.strip()
    if gap[-1:] in _NUMBERING_ENDS:
        gap = _TRAILING_NUMBERING.sub("", gap).strip()
    if not gap:
        return
    pieces = [part for piece in gap.split() for part in _signed_change_cut(piece)]
    if opens_with_a_word(gap):
        # Prose between two labels: no value opens with its first character, nor do a row's digits before a
        # year or a numeric prefix (each opens with a digit), so the gap is one text, as the steps below read it.
        out.append(Token("text", " ".join(pieces), where))
        return
    taken = 0
    for piece in pieces:
        value = parse_value(piece)
        if value is None or piece[-1] in _PROSE_UNITS:
            break
        out.append(Token("value", piece, where, value=value, glued=True))
        taken += 1
    if taken == len(pieces):
        return
    rest = " ".join(pieces[taken:])
    rest = _without_digits_before_a_year(rest, where, out)
    prefix_match = _NUMERIC_PREFIX.match(rest)
    after = rest[prefix_match.end() :] if prefix_match else ""
    # "2.没有现…": a label's list number (the label cut off by the end of the page), not a cell
    if prefix_match and after[:1] not in _UNITS and not _LIST_NUMBER_AFTER.match(after):
        # "5949.09(二)主动公开…": a cell glued to the prose that follows the table
        for piece in prefix_match.group(0).split():
            value = parse_value(piece)
            if value is not None:
                out.append(Token("value", piece, where, value=value, glued=True))
        rest = rest[prefix_match.end() :]
    if rest.strip():
        out.append(Token("text", rest.strip(), where))


def _without_digits_before_a_year(rest: str, where: str, out: list[Token]) -> str:
    """``rest`` less the row's digits glued to the year after them (``20000022025年,…``), taken as a glued value."""
    year_glued = _YEAR_GLUED.match(rest)
    if year_glued is None:
        return rest
    digits = year_glued.group(1)
    out.append(Token("value", digits, where, value=parse_value(digits), glued=True))
    return rest[year_glued.end(1) :]


_LIST_NUMBER_AFTER: Final = re.compile(r"[.、．]\s*[\u4e00-\u9fff]")
# A row's last digits glued to the year a sentence after the table opens with (blind 28, ``pingtan_scj_2025``:
# ``四、结转下年度继续办理20000022025年，我局共收到…``): a run of digits ending in a year (19xx or 20xx) before 年 is
# the row's digits and the year; the digits are cut into cells as any glued run is (one cut only, or unread).
_YEAR_GLUED: Final = re.compile(r"(\d+?)(?=(?:19|20)\d\d年)")
# A count glued to the signed change after it, as in ``行政事业性收费16减12`` (本年增/减 written 减12 or 增3), is two
# cells, not one run of digits to cut (blind 18, ``pingtan_nyn_2019``: it was read 1 and 6).
# (Tried only on a piece holding 减 or 增: every cut is before one.)
_SIGNED_CHANGE_GLUED: Final = re.compile(r"(?<=\d)(?=(?:减少|增加|减|增)\d)")
# The same with the sign written as a sign (blind 25, ``pingtan_jtj_2020``: ``行政事业性收费15-15``, 上一年 15 and
# 本年增/减 -15, was read 1 and 5): a run of digits, a sign, a run of digits — nothing else in the piece (a date or a
# telephone number, ``2021-01-27``, ``0591-23179988`` in a sentence, has more than one sign or other characters).
_SIGN_GLUED: Final = re.compile(r"(\d+)([+-]\d+)")


def _signed_change_cut(piece: str) -> Sequence[str]:
    """A piece cut before the signed change glued to it (``16减12``, ``15-15``); else the piece alone.

    Every cut is before 减/增 or a sign that follows a digit, so the parts re-join to the piece, and a sign stays
    with the digits after it. (The patterns run only on a piece holding one of their characters.)
    """
    if "减" in piece or "增" in piece:
        return _SIGNED_CHANGE_GLUED.split(piece)
    if "-" in piece or "+" in piece:
        signed = _SIGN_GLUED.fullmatch(piece)
        if signed is not None:
            return signed.groups()
    return (piece,)


# "无法提供1件": a count with these units after a label is a sentence, not a cell ("2笔" in a cell is).
_PROSE_UNITS: Final = frozenset("件条")
_NUMERIC_PREFIX: Final = re.compile(r"^(?:\d+(?:\.\d+)?(?:万元|元)?\s*)+")
# What follows a number in a sentence (so the number is a stated figure, not a cell). Reviews and lawsuits are
# counted in 起/宗/例 ("引发行政复议1起，结果为维持…"): such a count after the label 行政复议 is prose, not table 四.
_UNITS: Final = frozenset("件条项个次人名元万亿%年月日家户所期批篇份余多起宗例")


def label_key_soft(text: str) -> str:
    """Normalise like ``label_key`` but keep the spaces that separate numbers.

    NFKC, then no curly quotes and "、" as ",": full-width commas, colons and spaces are already plain after
    NFKC. (``str.replace`` in C; a translate table looks every character up in a dict.)
    """
    return nfkc(text).replace("“", "").replace("”", "").replace("、", ",")


def _classify(  # noqa: PLR0913 - a cell's place on the grid is four numbers, passed as they are
    text: str,
    where: str | Block,
    out: list[Token],
    *,
    allow_segment: bool,
    table: int = 0,
    row: int = 0,
    col: int = -1,
    colspan: int = 1,
) -> Token | None:
    # The token is built with its place on the grid (the fields in order, not by name): a table of 285 cells
    # built each token, then set four of its fields (keywords cost more than the fields' work).
    stripped = text.strip()
    value = parse_value(stripped) if len(stripped) <= 30 else None  # noqa: PLR2004 - a value cell is short
    if value is not None:
        token = Token("value", stripped, where, None, value, table, row, col, colspan)
        out.append(token)
        return token
    if allow_segment and stripped[:1].isdigit() and len(stripped) <= _MAX_GLUED_CELL:
        # "000行政规范性文件": a figure run into a label is no list number, and no part of the label either (the
        # similarity match would take the cell for the label and lose the figure)
        pieces = _labels_and_figures(stripped, where if isinstance(where, str) else "正文")
        if pieces is not None:
            out.extend(pieces)
            return None
    # Longer text is prose, never one label — unless it is a label followed by a long note in brackets
    # ("其他对外管理服务事项（指行政许可以外的…，含行政确认、行政处罚…）"), read as the label alone.
    short = _without_long_notes(stripped)
    if len(short) <= _MAX_LABEL:
        label = lookup(short) if short == stripped else _noted_label(short)
        if label is not None:
            token = Token("label", stripped, where, label, None, table, row, col, colspan)
            out.append(token)
            return token
    if allow_segment:
        key = label_key(stripped)
        if _ANCHOR.search(key) is not None or _has_two_labels(key):
            _segment(stripped, where if isinstance(where, str) else "正文", out)
            return None
        if len(stripped) <= _MAX_GLUED_CELL and not stripped[:1].isdigit() and DIGIT.search(stripped):
            pieces = _labels_and_figures(stripped, where if isinstance(where, str) else "正文")
            if pieces is not None:  # "规章 000行政规范性文件"
                out.extend(pieces)
                return None
    token = Token("text", stripped, where, None, None, table, row, col, colspan)
    out.append(token)
    return token


# The longest text read as one label (the longest official row title, table 三's 逾期未按收费通知…, has 38
# characters); longer text is prose. The bound for a cell that glues a figure to a label (_MAX_GLUED_CELL) is its own.
_MAX_LABEL: Final = 80


def _opens_a_note(text: str) -> bool:
    """Whether ``text`` holds a bracket a note opens with (``BRACKETED``'s first character): else it has none."""
    return "(" in text or "（" in text


def _without_long_notes(text: str) -> str:
    """A cell longer than a label without its notes in brackets (the cell itself when it is short or has none)."""
    if len(text) <= _MAX_LABEL or not _opens_a_note(text):
        return text
    return BRACKETED.sub("", text)


# A cell of PDF text that runs a figure into the next row's label ("1行政强制", "规章 000行政规范性文件") is short.
_MAX_GLUED_CELL: Final = 80


def _ideographs_but(kept: frozenset[str]) -> re.Pattern[str]:
    """A pattern matching any basic ideograph (U+4E00-U+9FFF) not in ``kept``: a class of ranges, one look-up in C."""
    ranges: list[str] = []
    start = None
    for code in range(ord("\u4e00"), ord("\u9fff") + 2):
        outside = is_basic_ideograph(chr(code)) and chr(code) not in kept
        if outside and start is None:
            start = code
        elif not outside and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{code - 1:04x}")
            start = None
    return re.compile("[" + "".join(ranges) + "]")


# An ideograph in no label the search finds, in no value and in no list number. NFKC keeps a basic ideograph in
# its place, so one in a cell stands in the text ``_segment`` cuts, outside every label it finds; the piece that
# holds it is no value, nor is what follows it, so ``_segment_gap`` keeps it in a text token.
_STRAY_IDEOGRAPH: Final = _ideographs_but(
    frozenset(char for char in SEGMENT_CHARACTERS if is_basic_ideograph(char))
    | VALUE_IDEOGRAPHS
    | frozenset(_LIST_NUMERALS)
)


def _labels_and_figures(text: str, where: str) -> list[Token] | None:
    """A cell that is nothing but official labels and figures run together, cut into them; else ``None``.

    PDF text runs a row's last figure into the next row's label (``行政处罚   1行政强制  0``): cut at the label,
    the 1 is 行政处罚's own cell and 行政强制 takes the 0 after it. Any other text in the cell (a sentence, a
    label cut in two by a line break) leaves it a text cell, which ends a row's values (the row stays unread).
    A cell holding an ideograph of no label, value or list number (``_STRAY_IDEOGRAPH``: 2019年上海市…, 发布日期…)
    is such a cell before any cut.
    """
    if _STRAY_IDEOGRAPH.search(text) is not None:
        return None
    pieces: list[Token] = []
    _segment(text, where, pieces)
    kinds = {piece.kind for piece in pieces}
    return pieces if kinds == {"label", "value"} else None


def _noted_label(short: str) -> LabelMatch | None:
    """The label of a cell whose long bracketed note was removed; only a match of the whole remainder counts."""
    label = lookup(short)
    return label if label is not None and not label.fuzzy else None


_LABELS_OF_A_ROW: Final = 3  # a line naming three labels or more is cut at them (a run of table text)
_LABEL_SEARCH_SPAN: Final = 400  # the part of a line searched for them


def _has_two_labels(key: str) -> bool:
    # The digit test first: it runs in C and rules out most prose before the label pattern is tried; then the
    # anchors' count, tried at fewer places than the label search (``may_hold_labels``).
    head = key[:_LABEL_SEARCH_SPAN]
    return (
        _holds_a_digit(key)
        and may_hold_labels(head, _LABELS_OF_A_ROW)
        and _finds_labels(head, _LABELS_OF_A_ROW)
    )


def _finds_labels(text: str, count: int) -> bool:
    """``len(segment_pattern().findall(text)) >= count``, the search stopped at the count-th label."""
    return next(itertools.islice(segment_pattern().finditer(text), count - 1, None), None) is not None


# ``\d``'s characters in the Basic Multilingual Plane (each script's ten decimal digits, 0-9 to the full-width
# ０-９), written out: a class of characters alone is one table look-up per character for the engine, where the
# category ``\d`` is a call per character (a search over a line of prose without digits: 2.7x faster).
# tests/audit/test_audit_speed8.py checks it against ``\d`` on every code point of the plane.
_DECIMAL_DIGITS_BMP: Final = (
    r"0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef"
    r"\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9"
    r"\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89"
    r"\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909"
    r"\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19"
)
# What ``str.isdigit`` takes in the Basic Multilingual Plane — ``\d`` (``_DECIMAL_DIGITS_BMP``) and Unicode's other
# digits (superscripts, subscripts, circled and bracketed digits, Ethiopic…) — and every character beyond it, where
# the few digits are left to ``str.isdigit`` itself. tests/audit/test_audit_gates.py checks the class on every code
# point.
_DIGIT_OR_ASTRAL: Final = re.compile(
    rf"[{_DECIMAL_DIGITS_BMP}\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    r"\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010000-\U0010ffff]"
)


def _holds_a_digit(text: str) -> bool:
    """``any(map(str.isdigit, text))``, by one search in C (a call per character took most of a prose line's time)."""
    found = _DIGIT_OR_ASTRAL.search(text)
    return found is not None and (found.group() <= "\uffff" or any(map(str.isdigit, text)))


def tokenize(document: Document) -> list[Token]:
    """The page as one stream of tokens, in reading order."""
    tokens: list[Token] = []
    padded = _padded_widths(document)
    html = document.kind == "html"
    for block in document.blocks:
        if block.cells:
            # the same place for each cell of the row (a block of an HTML page, else its line's address)
            place: str | Block = block if html else _where(block, None, document.kind)
            if block.grid:
                _grid_tokens(block, place, tokens)
                continue
            cells: Sequence[Cell] = block.cells
            keeps_places = block.delimited
            if padded and len(cells) in padded:
                # Every line of this copy is filled up to the same count with empty cells: the trailing ones
                # are padding, not cells, and the cells before them do not keep their columns' places.
                cells = _without_trailing_blanks(cells)
                keeps_places = False
            for cell in cells:
                token = _classify(cell.text, place, tokens, allow_segment=True)
                if token is not None and keeps_places:
                    token.line = block.row
            if len(block.cells) > 1 and not block.runs_on:
                tokens.append(Token("text", "", _where(block, None, document.kind)))  # end of a copied row
        else:
            where = _where(block, None, document.kind)
            for line in block.text.split("\n"):
                if line.strip():
                    _classify(line, where, tokens, allow_segment=True)
    return tokens


def _grid_tokens(block: Block, place: str | Block, out: list[Token]) -> None:
    """The tokens of a row of an HTML table, each with its place on the grid."""
    table, row = block.table, block.row
    for cell in block.cells:
        token = _classify(
            cell.text,
            place,
            out,
            allow_segment=False,
            table=table,
            row=row,
            col=cell.col,
            colspan=cell.colspan,
        )
        if token is not None and block.delimited:
            token.line = row


_MIN_PADDED_LINES: Final = 3
_MIN_PADDING: Final = 2


def _padded_widths(document: Document) -> frozenset[int]:
    """Cell counts to which a copy pads its lines with empty cells (a broken or merged table).

    A count is padding when at least three copied lines have exactly that many cells, each ending in two or
    more empty ones, and their filled cells stop at different places (a header line with three labels and a
    row with one number both padded to ten cells): a real row's empty cells do not line up with its header's.
    """
    ends: dict[int, set[int]] = {}
    lines: dict[int, int] = {}
    for block in document.blocks:
        cells = block.cells
        if block.grid or not block.delimited or len(cells) <= len(T3_COLUMN_CODES):
            continue
        content = len(_without_trailing_blanks(cells))
        if len(cells) - content >= _MIN_PADDING:
            ends.setdefault(len(cells), set()).add(content)
            lines[len(cells)] = lines.get(len(cells), 0) + 1
    return frozenset(
        count for count, seen in ends.items() if lines[count] >= _MIN_PADDED_LINES and len(seen) > 1
    )


def _without_trailing_blanks(cells: Sequence[Cell]) -> Sequence[Cell]:
    end = len(cells)
    while end and not cells[end - 1].text.strip():
        end -= 1
    return cells[:end]


# --------------------------------------------------------------------------------------------------
# Format
# --------------------------------------------------------------------------------------------------


def _in_a_sentence(tokens: Sequence[Token], index: int) -> bool:
    """Whether a label token was cut out of prose: the next token is the rest of a sentence."""
    if index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    return after.kind == "text" and (
        len(after.text) > _MAX_CELL_TEXT or any(mark in after.text for mark in _SENTENCE_MARKS)
    )


_MAX_CELL_TEXT: Final = 12  # a table's non-label text cell (a unit, a note) is short; a sentence is not
_SENTENCE_MARKS: Final = frozenset("。,，;；")


@dataclass(frozen=True, slots=True)
class FormatLabels:
    """The distinct labels only one format has, by kind (``t2col``, ``t2row``, ``t3row``), and the labels found."""

    only_2021: frozenset[tuple[str, str]]
    only_2019: frozenset[tuple[str, str]]
    distinct: int
    tokens: int

    def table3_2021(self) -> int:
        """Table 三's rows only 30号 has ((六)1, (六)2, (六)3 numbered as such): table 三 is on the 2021 layout."""
        return sum(1 for kind, _ in self.only_2021 if kind == "t3row")

    def table2_columns(self, edition: Literal["2021", "2019"]) -> int:
        """Table 二's column headers only ``edition`` has (本年制发件数 …, or 本年新制作数量 …)."""
        labels = self.only_2021 if edition == "2021" else self.only_2019
        return sum(1 for kind, _ in labels if kind == "t2col")


def score_formats(tokens: Sequence[Token]) -> tuple[int, int, int, int]:
    """Evidence for the 2021 and the 2019 formats (labels only one of them has), distinct labels, label tokens.

    The evidence is the number of **distinct** labels only one format has: a label the page repeats (the same
    60号 column header over each part of table 二, a word a report writes twice) is one piece of evidence, not
    two (round 13). Whether the page holds a table at all is decided on distinct labels too (three rows of the
    same two headers are not a table of six labels); how sure a full table's reading is still scales with every
    label token, as it was tuned.
    """
    return format_scores(format_labels(tokens))


def format_scores(found: FormatLabels) -> tuple[int, int, int, int]:
    """``score_formats`` from labels already found (the auditor finds them once per page, for every use)."""
    return len(found.only_2021), len(found.only_2019), found.distinct, found.tokens


def format_labels(tokens: Sequence[Token]) -> FormatLabels:
    """The labels behind ``score_formats``, by kind (round 19: a page's tables may be of two layouts)."""
    tokens_found = 0
    only_2021: set[tuple[str, str]] = set()
    only_2019: set[tuple[str, str]] = set()
    found: set[str] = set()
    for index, token in enumerate(tokens):
        if token.label is None:
            continue
        found.add(token.label.key)
        tokens_found += 1
        if _in_a_sentence(tokens, index):
            continue  # "加强规范性文件清理": a label word in the prose is no evidence of a table's format
        for meaning in token.label.meanings:
            key = (meaning.kind, meaning.code)
            if meaning.kind == "t2col":
                columns_2021, columns_2019 = T2_COLUMNS_2021, T2_COLUMNS_2019
            elif meaning.kind == "t2row":
                columns_2021, columns_2019 = T2_ROWS_2021, T2_ROWS_2019
            else:
                if meaning.kind == "t3row" and meaning.code in T3_ROWS_ONLY_2021 and token.label.numbering:
                    only_2021.add(key)
                continue
            if meaning.code in columns_2021 and meaning.code not in columns_2019:
                only_2021.add(key)
            elif meaning.code in columns_2019 and meaning.code not in columns_2021:
                only_2019.add(key)
    return FormatLabels(frozenset(only_2021), frozenset(only_2019), len(found), tokens_found)


# --------------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Header:
    code: str
    table: int
    row: int
    col: int
    colspan: int


@dataclass(slots=True)
class _State:
    region: str = ""
    t2_columns: list[_Header] = field(default_factory=list)
    t2_collecting: bool = False
    t3_headers: list[_Header] = field(default_factory=list)
    # t3_headers by table, each column there with the header covering it (_covering), as they stand: emptied
    # whenever t3_headers changes; an entry without headers is a table whose headers name fewer than seven columns
    t3_columns: dict[int, tuple[list[_Header], dict[int, _Header | None]]] = field(default_factory=dict)
    t3_data: bool = False
    t3_group: str = ""
    t4_headers: list[_Header] = field(default_factory=list)
    t4_groups: list[_Header] = field(default_factory=list)
    t4_rows: dict[str, list[ReadValue | None]] = field(default_factory=dict)  # group code → its five results
    t4_group: str = ""  # the group whose small table is being read (table 四 split into three tables)


@lru_cache(maxsize=256)
def _table2_row(
    report_format: StandardFormat, row_key: str
) -> tuple[tuple[Table2Cell, ...], tuple[str, ...]]:
    """Table 二's cells of the row whose label has ``row_key`` (in the table's order) and their columns' keys.

    Found once per format and row: the reader asks at every row label it meets, and a text-heavy page's prose names
    table 二's rows again and again (each time it filtered every cell of the table, twice for a row of the other
    format, by its row label's key). No cells when the row is not the format's, nor one row of the other's name.
    """
    cells = TABLE2_CELLS_2021 if report_format == "2021" else TABLE2_CELLS_2019
    specs = [spec for spec in cells if label_key(spec.row_label) == row_key]
    if not specs:
        # 规范性文件 in a 2021 report (行政规范性文件 in 2019): the other format's name of the same row.
        specs = [
            spec
            for spec in cells
            if label_key(spec.row_label).endswith(row_key) or row_key.endswith(label_key(spec.row_label))
        ]
        if len({spec.row_label for spec in specs}) != 1:
            return (), ()
    return tuple(specs), tuple(label_key(spec.column_label) for spec in specs)


class _Reader:
    def __init__(self, tokens: list[Token], report_format: StandardFormat, hints: frozenset[int]) -> None:
        self.tokens = tokens
        self.hints = hints
        self.format: StandardFormat = report_format
        self.rows3 = table3_rows(report_format)
        self.row_codes3 = {row.code for row in self.rows3}
        self.used: set[int] = set()
        self.state = _State()
        self.out = TableReading()
        self.empty_rows: dict[str, Token] = {}
        self.table3_opened = False  # table 三's heading or a header of its columns met (round 44)
        self.empty_row_in_table3 = False  # a row label with no number met after it
        self.detached: str | None = None  # where numbers stood before table 三's first row label
        # Table 三 rows whose glued digits cut more than one way: their runs, and the note that says so.
        self.ambiguous3: dict[str, tuple[list[str], Problem]] = {}
        self.last_ambiguous: tuple[list[str], Problem] | None = None

    # -- helpers ----------------------------------------------------------------------------------

    def _run(self, start: int, *, skip_text: bool = True) -> list[int]:
        """Indexes of the values that follow a label (a few short text cells may sit in between)."""
        found: list[int] = []
        skipped = 0
        index = start
        while index < len(self.tokens):
            token = self.tokens[index]
            if token.kind == "value" and index not in self.used:
                found.append(index)
            elif token.kind == "text" and not found and skip_text and skipped < _MAX_SKIPPED_TEXT:
                skipped += 1
                if len(token.text) > 40 or DIGIT.search(token.text):  # noqa: PLR2004 - prose ends the search
                    # Prose ends the search; so does a text cell holding a digit (``1行政强制``, a figure run into
                    # the next label): the row's figure may be that one, and the next value another row's.
                    break
            elif token.kind == "text" and found and not token.text:
                break  # end of a copied row
            else:
                break
            index += 1
        return found

    def _meaning(self, token: Token) -> Meaning:
        """Pick what an ambiguous label means here (其他, 总计, 其他处理 depend on where they stand)."""
        assert token.label is not None  # noqa: S101 - only labels reach here
        meanings = token.label.meanings
        if len(meanings) == 1:
            return meanings[0]
        kinds = {meaning.kind: meaning for meaning in meanings}
        state = self.state
        if "t3row" in kinds and "t3group" in kinds:  # （六）其他处理: a row in 2019, a group in 2021
            return kinds["t3row"] if kinds["t3row"].code in self.row_codes3 else kinds["t3group"]
        row = kinds.get("t3row")
        in_rows = state.region == "t3" and state.t3_data
        other_row_here = row is not None and (
            row.code != "other_other" or bool(token.label.numbering) or state.t3_group == "other_handling"
        )
        if row is not None and (token.label.numbering or in_rows) and other_row_here:
            return row
        if "t4res" in kinds and state.region == "t4":
            return kinds["t4res"]
        if "t3col" in kinds:
            return kinds["t3col"]
        return meanings[0]

    def _locate(self, table: str, token: Token) -> None:
        """Keep ``token``'s address as where ``table`` was first met; computed only then.

        (A page's prose names the tables' rows again and again, and an address is formatted from its token's block
        each time it is asked for: ``setdefault`` asked at every label.)
        """
        locations = self.out.table_locations
        if table not in locations:
            locations[table] = token.where

    def _values(self, indexes: list[int]) -> list[Token]:
        self.used.update(indexes)
        return [self.tokens[i] for i in indexes]

    # -- main loop --------------------------------------------------------------------------------

    def read(self) -> TableReading:
        for index, token in enumerate(self.tokens):
            if token.kind == "label":
                self._on_label(index, token)
            elif token.kind == "value" and index not in self.used and self.state.region == "t4":
                self._on_table4_values(index)
            elif token.kind == "value" and index not in self.used and self.state.region == "t3":
                self._on_table3_orphans(index)
            elif token.kind == "text" and token.text:
                self._on_text(token.text)
        self._after_reading()
        return self.out

    def _after_reading(self) -> None:
        if self.ambiguous3 and self.detached is None:
            self._total_by_outcome_sums()
            self._split_by_columns()
        if self.detached is not None:
            # Numbers before the first row label: the copy put each row's numbers above its label, so
            # every label would take the next row's numbers. No row of table 三 can be trusted.
            for code in self.out.table3:
                self.out.table3[code] = [None] * len(T3_COLUMN_CODES)
            self.out.problems.append(
                Problem(
                    "audit.labels_detached",
                    "表三的数字出现在行标签之前（PDF等转换文本中标签与数字错位），无法确定各行的数字；表三记为未读到。",
                    self.detached,
                )
            )
        for code, token in self.empty_rows.items():
            if code not in self.out.table3 and token.table:
                self.out.table3[code] = [None] * len(T3_COLUMN_CODES)
                self.out.problems.append(
                    Problem("audit.row_without_values", f"表三“{token.text}”行没有读到数字。", token.where)
                )

    def _on_text(self, text: str) -> None:
        """Text ends table 二's header; the headings of sections 三 and 四 open their tables' regions."""
        state = self.state
        state.t2_collecting = False
        if len(text) > _MAX_HEADING:
            return
        if _TABLE3_HEADING.search(text):
            state.region, state.t3_data = "t3", False  # numbers before the first row label: detached labels
            self.table3_opened = True
        elif _TABLE4_HEADING.search(text):
            # Section 四's heading: a run of 15 numbers below it (PDF text prints the headers vertically, one
            # character a line, so no header label is read) is table 四.
            state.region = "t4"
            state.t4_headers, state.t4_groups = [], []

    def _on_table3_orphans(self, index: int) -> None:
        """Numbers in table 三 that no row label took: before the first row, they mean the labels are detached."""
        run = self._run(index, skip_text=False)
        filled = [i for i in run if _filled(self.tokens[i])]
        self._values(run)
        if len(filled) >= _MIN_ORPHANS and not self.out.table3 and self.detached is None:
            self.detached = self.tokens[index].where

    def _on_label(self, index: int, token: Token) -> None:  # noqa: C901 - one branch per label kind
        meaning = self._meaning(token)
        kind, state = meaning.kind, self.state
        self.out.labels_found += 1
        if kind != "t2col":
            state.t2_collecting = False
        if kind in {"t2cap", "t2head"}:
            state.region = "t2"
            state.t2_columns = []
            state.t2_collecting = kind == "t2head"
            self._locate("表二", token)
        elif kind == "t2col":
            state.region = "t2"
            if not state.t2_collecting:
                state.t2_columns = []
                state.t2_collecting = True
            state.t2_columns.append(_Header(meaning.code, token.table, token.row, token.col, token.colspan))
        elif kind == "t2row":
            state.region = "t2"
            self._read_table2_row(meaning.code, index)
        elif kind in {"t3note", "t3head", "t3col"}:
            self._on_table3_header(index, token, meaning)
        elif kind == "t3group":
            state.region, state.t3_group = "t3", meaning.code
            state.t3_data = True
            run = self._run(index + 1, skip_text=False)
            if len(run) >= _MIN_SUBTOTAL_CELLS and meaning.code != TABLE3_GROUPS[0].code:
                self.out.subtotal_rows.append((meaning.code, self._map_table3(self._values(run), token)))
        elif kind == "t3row":
            state.region = "t3"
            state.t3_data = True
            self._locate("表三", token)
            self._read_table3_row(meaning.code, index, token)
        elif kind in {"t4group", "t4parent", "t4res"}:
            self._on_table4_label(index, token, meaning)

    # -- table 二 ----------------------------------------------------------------------------------

    def _read_table2_row(self, row_key: str, index: int) -> None:
        specs, official = _table2_row(self.format, row_key)
        if not specs:
            return
        run = self._run(index + 1)
        if not run:
            return
        tokens = self._values(run)
        header = self.state.t2_columns
        columns = [h.code for h in header]
        assignment: dict[int, Token] = {}
        confidence: float | None = CONFIDENCE_GRID
        if header and tokens[0].col >= 0 and all(h.table == tokens[0].table for h in header):
            for token in tokens:
                column = _covering(header, token)
                if column is not None and column.code in official:
                    assignment.setdefault(official.index(column.code), token)
        if len(assignment) < min(len(tokens), len(official)):
            order = columns if set(columns) == set(official) else official
            assignment = {}
            confidence = None
            values = self._unless_short(
                self._split_if_glued(tokens, len(official), None, f"表二“{specs[0].row_label}”行"),
                len(official),
                f"表二“{specs[0].row_label}”行",
            )
            for position, token in enumerate(values[: len(order)]):
                assignment[official.index(order[position])] = token
        for position, spec in enumerate(specs):
            chosen = assignment.get(position)
            self.out.table2[spec.key] = _read(chosen, confidence) if chosen and chosen.value else None

    def _drop_padding(
        self, values: list[Token], width: int, check: Callable[[list[int]], bool], what: str
    ) -> list[Token]:
        """A row with empty cells beyond its columns: at its start (a label over two cells), at its end, or both.

        Each way of dropping the extra blanks (so many at the start, the rest at the end) is a reading; when
        they put the numbers in different columns, the row's identity must pick exactly one, else the row stays
        unread. When no such way exists (a number among the extra cells), the leading blanks alone are dropped
        and the extra cells are handled as before (a subtotal column, or extra cells).
        """
        excess = len(values) - width
        if excess <= 0:
            return values
        starts = [
            start
            for start in range(excess + 1)
            if all(_blank(token) for token in values[:start])
            and all(_blank(token) for token in values[start + width :])
        ]
        if not starts:
            return _drop_leading_blanks(values, width)
        readings = {tuple(_number_or_blank(token) for token in values[s : s + width]): s for s in starts}
        if len(readings) > 1:
            fitting = [s for s in readings.values() if _fits(values[s : s + width], width, check)]
            if len(fitting) != 1:
                self.out.problems.append(
                    Problem(
                        "audit.extra_cells",
                        f"{what}有{len(values)}个单元格，多于{width}列，首尾都有空单元格，无法确定多出的是哪几个，"
                        "各数字所在的列不确定；记为未读到。",
                        values[0].where,
                    )
                )
                return []
            starts = fitting
        return values[starts[-1] : starts[-1] + width]

    def _unless_short(self, values: list[Token], width: int, what: str) -> list[Token]:
        """The row's cells, or none when there are fewer than its columns and their places are unknown."""
        if not values or len(values) >= width or _one_delimited_line(values):
            return values
        self.out.problems.append(
            Problem(
                "audit.short_row",
                f"{what}只读到{len(values)}个单元格（应为{width}个），空单元格可能在复制时丢失，"
                "无法确定各数字所在的列；记为未读到。",
                values[0].where,
            )
        )
        return []

    # -- table 三 ----------------------------------------------------------------------------------

    def _on_table3_header(self, index: int, token: Token, meaning: Meaning) -> None:
        state = self.state
        if state.region != "t3" or state.t3_data:
            if (
                meaning.kind == "t3col"
                and meaning.code == SUBTOTAL
                and state.t3_data
                and state.region == "t3"
            ):
                run = self._run(index + 1, skip_text=False)
                if run:
                    self.out.subtotal_rows.append(
                        (state.t3_group, self._map_table3(self._values(run), token))
                    )
                return
            state.t3_headers = []
            state.t3_data = False
        state.region = "t3"
        self.table3_opened = True
        self._locate("表三", token)
        if meaning.kind == "t3col":
            state.t3_headers.append(_Header(meaning.code, token.table, token.row, token.col, token.colspan))
        state.t3_columns.clear()  # t3_headers may have changed above

    def _read_table3_row(self, code: str, index: int, token: Token) -> None:
        if code not in self.row_codes3:
            return
        run = self._run(index + 1)
        if not run:
            self.empty_rows.setdefault(code, token)
            self.empty_row_in_table3 = self.empty_row_in_table3 or self.table3_opened
            return
        at_end = all(
            self.tokens[i].kind == "text" and not self.tokens[i].text
            for i in range(run[-1] + 1, len(self.tokens))
        )
        self._pop_ambiguous()
        codes = [row.code for row in self.rows3]
        following = self.rows3[codes.index(code) + 1].number if code != codes[-1] else ""
        self.out.table3[code] = self._map_table3(
            self._values(run), token, at_end=at_end, next_number=following.rstrip(".、")
        )
        if (ambiguous := self._pop_ambiguous()) is not None:
            self.ambiguous3[code] = ambiguous

    def _pop_ambiguous(self) -> tuple[list[str], Problem] | None:
        """The glued run the last row could not cut one way only (and forget it)."""
        found, self.last_ambiguous = self.last_ambiguous, None
        return found

    def _total_by_outcome_sums(self) -> None:
        """（七）总计 glued so that no cut adds up along its row, read as its outcome rows' column sums.

        When every outcome row is read in full and the run is exactly their column sums written together, that is
        the one cut table 三's outcome identity allows; the row itself breaks 总计 = the six applicant columns
        whatever the cut, so its cells are as unsure as digits read one a cell (0.5): the flow and row checks on
        them are warnings. The note that every cut breaks the row is then said by the row check itself.
        """
        entry = self.ambiguous3.get("total")
        if entry is None:
            return
        pieces, problem = entry
        digits = "".join(pieces)
        width = len(T3_COLUMN_CODES)
        rows = [self.out.table3.get(row.code) or [] for row in self.rows3 if row.code not in _FLOW_ROWS]
        numbers = [[_number_of(value) for value in row] for row in rows]
        if not numbers or any(len(row) != width or None in row for row in numbers):
            return
        sums = [sum(row[column] or 0 for row in numbers) for column in range(width)]
        if "".join(map(str, sums)) != digits or split_digits([digits], width, _row_sum_ok, most=1):
            return
        broken = [
            p for p in self.out.problems if p.code == "table3.applicant_sum" and p.where == problem.where
        ]
        for stale in (problem, *broken):
            self.out.problems.remove(stale)
        label = next(row.canonical_label for row in self.rows3 if row.code == "total")
        self.out.problems.append(
            Problem(
                "audit.digits_split_by_columns",
                f"表三“{label}”行的数字“{' '.join(pieces)}”连在一起，任何拆法都不满足本行合计；其数字恰为各办理结果行"
                "逐列之和连写，已按此读取（只作提示）；请核对原表。",
                problem.where,
            )
        )
        self.out.table3["total"] = [
            ReadValue(CellValue("int", n, str(n)), problem.where, CONFIDENCE_DIGIT_EACH) for n in sums
        ]
        del self.ambiguous3["total"]

    def _split_by_columns(self) -> None:
        """Glued rows that cut several ways, cut the one way table 三's column identities allow.

        Each column of the outcome rows adds up to （七）总计, and 一 + 二 = （七）总计 + 四 per column. When every
        other row those identities involve is read in full, and exactly one choice of cuts for the ambiguous rows
        satisfies them (each ambiguous row inside an identity that could be checked), the rows are read so, as
        glued digits (confidence 0.7); otherwise they stay unread.
        """
        candidates: dict[str, list[list[int]]] = {}
        for code, (pieces, _problem) in self.ambiguous3.items():
            cuts = split_digits(pieces, len(T3_COLUMN_CODES), _row_sum_ok, self.hints, most=_MAX_CUTS + 1)
            if not cuts or len(cuts) > _MAX_CUTS:
                return
            candidates[code] = cuts
        if math.prod(len(cuts) for cuts in candidates.values()) > _MAX_COMBINATIONS:
            return
        known: dict[str, list[int] | None] = {}
        for row in self.rows3:
            numbers = [
                n for value in self.out.table3.get(row.code) or [] if (n := _number_of(value)) is not None
            ]
            known[row.code] = numbers if len(numbers) == len(T3_COLUMN_CODES) else None
        outcome = [row.code for row in self.rows3 if row.code not in _FLOW_ROWS]
        codes = list(candidates)
        fitting = [
            choice
            for choice in itertools.product(*(candidates[code] for code in codes))
            if _columns_hold(dict(zip(codes, choice, strict=True)), known, outcome)
        ]
        if len(fitting) != 1:
            return
        labels = {row.code: row.canonical_label for row in self.rows3}
        for code, numbers in zip(codes, fitting[0], strict=True):
            pieces, problem = self.ambiguous3[code]
            self.out.problems.remove(problem)
            self.out.problems.append(
                Problem(
                    "audit.digits_split_by_columns",
                    f"表三“{labels[code]}”行的数字“{' '.join(pieces)}”连在一起，按行合计可拆成多种，"
                    "按各列的勾稽关系（各办理结果之和=总计，一+二=总计+四）只有一种拆法，已按此读取；请核对原表。",
                    problem.where,
                )
            )
            self.out.table3[code] = [
                ReadValue(CellValue("int", n, str(n)), problem.where, CONFIDENCE_SPLIT) for n in numbers
            ]

    def _map_by_headers(self, tokens: list[Token]) -> list[ReadValue | None] | None:
        """An HTML table's row: each cell under its column's header, when all seven columns are covered."""
        if tokens[0].col < 0:  # copied text: no columns
            return None
        # the table's headers are sought once, and each column's header once, for every row under them
        headers, covering = self.state.t3_columns.get(tokens[0].table) or self._t3_columns(tokens[0].table)
        if not headers:
            return None
        mapped: dict[str, Token] = {}
        for token in tokens:
            if token.col in covering:
                column = covering[token.col]
            else:
                column = covering[token.col] = _covering(headers, token)
            if column is not None and column.code not in mapped:
                mapped[column.code] = token
        if all(code in mapped for code in T3_COLUMN_CODES):
            return [_read(mapped[code], CONFIDENCE_GRID) for code in T3_COLUMN_CODES]
        return None

    def _t3_columns(self, table: int) -> tuple[list[_Header], dict[int, _Header | None]]:
        """Table 三's headers in ``table`` when they name all seven columns (else none), kept in ``t3_columns``."""
        headers = [h for h in self.state.t3_headers if h.table == table]
        if len(headers) < len(T3_COLUMN_CODES) or not {h.code for h in headers} >= _T3_CODE_SET:
            headers = []
        entry: tuple[list[_Header], dict[int, _Header | None]] = (headers, {})
        self.state.t3_columns[table] = entry
        return entry

    def _map_table3(
        self, tokens: list[Token], label: Token, *, at_end: bool = False, next_number: str = ""
    ) -> list[ReadValue | None]:
        width = len(T3_COLUMN_CODES)
        gridded = self._map_by_headers(tokens)
        if gridded is not None:
            return gridded
        what = f"表三“{label.text}”行"
        values = self._drop_padding(
            self._split_if_glued(tokens, width, _row_sum_ok, what), width, _row_sum_ok, what
        )
        has_subtotal = any(h.code == SUBTOTAL for h in self.state.t3_headers)
        confidence: float | None = None
        ends_the_page = at_end
        if len(values) > width:
            values, confidence = self._extra_cells(values, label, has_subtotal=has_subtotal)  # [] when unread
            # The numbers after the seventh were set aside: the page ends in them, not in this row's last cell,
            # which is then no trailing list number (a 总计 of 2 before a lone "1" is the 总计).
            ends_the_page = False
        # A digit on a line with explicit separators ("| 1" after a row run on over lone "|" lines) is a cell of that
        # line, not the next row's list number (round 20)
        if (
            ends_the_page
            and len(values) == width
            and not values[-1].line
            and _numbering_digit(values[-1], next_number)
        ):
            # The page ends in the next row's list number (``2.其他法律…`` cut after its ``2``): the digit is
            # likely that numbering, not this row's 总计 (even when the row happens to add up with it), so the
            # row has a cell fewer and is placed as a short row, or stays unread.
            self.out.problems.append(
                Problem(
                    "audit.trailing_numbering",
                    f"页面在表三“{label.text}”行之后以单独的数字“{values[-1].text}”结束，"
                    "它是下一行的序号，疑非本行的单元格；本行按少一个单元格处理。",
                    values[-1].where,
                )
            )
            return self._place_short_row(values[:-1], label, at_end=True)
        if 0 < len(values) < width and _one_delimited_line(values):
            # One line with explicit separators keeps its empty cells ("|  |"): only a last empty cell
            # can be missing (its closing "|" reads as the row's end). The cells stand in their places.
            kept: list[ReadValue | None] = [_read(token) for token in values]
            return kept + [None] * (width - len(values))
        if 0 < len(values) < width and at_end and not self._drops_empty_cells():
            # The page ends inside this row (an excerpt cut off): the cells on it are its first ones — unless
            # the copy is seen to drop empty cells (an earlier row short or with no number at all).
            self.out.problems.append(
                Problem(
                    "audit.row_cut_off",
                    f"页面在表三“{label.text}”行中间结束，只读到前{len(values)}个单元格；其余列记为未读到。",
                    label.where,
                )
            )
            cut: list[ReadValue | None] = [_read(token, CONFIDENCE_CUT_OFF) for token in values]
            return cut + [None] * (width - len(values))
        if 0 < len(values) < width:
            return self._place_short_row(values, label, at_end=at_end)
        row: list[ReadValue | None] = [_read(token, confidence) for token in values[:width]]
        return row + [None] * (width - len(row))

    def _extra_cells(
        self, values: list[Token], label: Token, *, has_subtotal: bool
    ) -> tuple[list[Token], float | None]:
        """A row with more numbers than columns: the one reading its own total allows, else none.

        Two readings exist: an agency's 小计 column between the five organisation columns and 总计 (dropped), or
        a stray number after the row (an excerpt ending in the next row's numbering ``2``, a note's figure): the
        first seven kept. A 小计 column the header names, or whose parts add up to it with 总计 then equal to the
        six applicant columns, is sure. Otherwise the first seven are read only when they satisfy 总计 = the six
        applicant columns, and then as less than sure (their findings are warnings); else the row stays unread.
        """
        width = len(T3_COLUMN_CODES)
        if len(values) == width + 1:
            subtotal = _drop_subtotal_column(values, has_subtotal=has_subtotal)
            if subtotal is not values and (has_subtotal or _fits(subtotal, width, _row_sum_ok)):
                return subtotal, None
        if not any(_filled(token) for token in values[width:]):
            return values[:width], None  # only blank cells beyond the row: nothing to choose
        what = f"表三“{label.text}”行"
        if _fits(values, width, _row_sum_ok):
            self.out.problems.append(
                Problem(
                    "audit.extra_cells",
                    f"{what}有{len(values)}个数字单元格，多于{width}列；前{width}个符合“总计=各列之和”，"
                    "已按此读取（多出的数字可能是下一行的序号或页面的附注）；请核对原表。",
                    label.where,
                )
            )
            return values[:width], CONFIDENCE_EXTRA
        self.out.problems.append(
            Problem(
                "audit.extra_cells",
                f"{what}有{len(values)}个数字单元格，多于{width}列，无法确定多出的是哪一个"
                "（小计列、下一行的序号或附注）；整行记为未读到。",
                label.where,
            )
        )
        return [], None

    def _drops_empty_cells(self) -> bool:
        """Whether the copy is seen to drop empty cells: a table 三 row of the table short or with no number at all.

        A row label met before table 三's heading or header (the overview's "部分公开2项,保护第三方合法权益…", blind 36's
        ``changchun_lkjjsfq_2025``) holds no row of the table: it says nothing of the copy (round 44). A label with no
        number after them does, in a table or in text with no separators (a PDF copy that dropped a row's
        blank cells).
        """
        return self.empty_row_in_table3 or any(
            problem.code in {"audit.short_row", "audit.cells_placed_by_sum", "audit.total_placed_by_sum"}
            for problem in self.out.problems
        )

    def _place_short_row(self, values: list[Token], label: Token, *, at_end: bool) -> list[ReadValue | None]:
        """A row with fewer cells than columns: the copy dropped empty cells, or the page ends in it.

        Its numbers are placed only where exactly one placement (in their order) satisfies the row's
        identity (总计 = the sum of the six applicant columns); otherwise the row stays unread — a position
        alone never decides a column. A lone number is never placed: with nothing beside it the identity
        checks nothing (a lone ``0`` "fits" as 总计 only because every other cell is taken for empty).
        """
        width = len(T3_COLUMN_CODES)
        numbers = [_as_int(token) for token in values]
        fits: list[tuple[int, ...]] = []
        if len(values) >= _MIN_PLACED and all(number is not None for number in numbers):
            for places in itertools.combinations(range(width), len(values)):
                if places[-1] != width - 1:
                    continue  # the total must be on the page to check the placement
                cells = dict(zip(places, numbers, strict=True))
                if sum(cells.get(column) or 0 for column in range(width - 1)) == cells[width - 1]:
                    fits.append(places)
        if len(fits) == 1:
            self.out.problems.append(
                Problem(
                    "audit.cells_placed_by_sum",
                    f"表三“{label.text}”行只有{len(values)}个数字（应为{width}列），"
                    "按“总计=各列之和”只有一种放法，已按此读取；请核对原表。",
                    label.where,
                )
            )
            placed = dict(zip(fits[0], values, strict=True))
            return [
                _read(placed[column], CONFIDENCE_PLACED) if column in placed else None
                for column in range(width)
            ]
        if len(values) == _MIN_PLACED and fits and numbers[0] and not at_end:
            # "一、本年新收… | 3 | 3 |" (round 14): two equal numbers, not 0. Six placements fit (any applicant
            # column and 总计), every one with the second number in 总计; two applicant columns with 总计 blank
            # would break the identity, and "0 | 0" is left unread (a blank 总计 fits it). The identity places the
            # total, not its part: 总计 is read, the applicant columns stay unread. Three or more numbers stay
            # unread: "1 | 0 | 1" may be two applicant columns and a 总计 left blank (blind set 4's xinghua_daying_2023
            # leaves a 总计 blank beside a filled 自然人 cell). Not in a row the page ends in: its 总计 may be cut off.
            self.out.problems.append(
                Problem(
                    "audit.total_placed_by_sum",
                    f"表三“{label.text}”行只有{len(values)}个数字（应为{width}列），"
                    f"按“总计=各列之和”只能确定最后一个数字“{values[-1].text}”是总计，已读取总计；"
                    "其余数字所在的列无法确定，记为未读到；请核对原表。",
                    label.where,
                )
            )
            return [None] * (width - 1) + [_read(values[-1], CONFIDENCE_PLACED)]
        self.out.problems.append(
            Problem(
                "audit.short_row",
                f"表三“{label.text}”行只读到{len(values)}个单元格（应为{width}个），空单元格可能在复制时丢失，"
                "无法确定各数字所在的列；整行记为未读到。",
                label.where,
            )
        )
        return [None] * width

    # -- table 四 ----------------------------------------------------------------------------------

    def _on_table4_label(self, index: int, token: Token, meaning: Meaning) -> None:
        state = self.state
        if state.region != "t4":
            state.t4_headers, state.t4_groups = [], []
        state.region = "t4"
        self._locate("表四", token)
        header = _Header(meaning.code, token.table, token.row, token.col, token.colspan)
        (state.t4_headers if meaning.kind == "t4res" else state.t4_groups).append(header)
        if meaning.kind == "t4group":
            state.t4_group = meaning.code
            self._read_table4_group_row(meaning.code, index)
        elif meaning.kind == "t4parent":
            # "行政诉讼（未经复议直接起诉）" heads the small table of one group
            state.t4_group = next((g.code for g in TABLE4_GROUPS if g.label in token.text), "")
            self._skip_blank_header_row(index)
        elif meaning.kind == "t4res" and index > 0 and self.tokens[index - 1].kind != "label":
            state.t4_headers = [header]  # a new header row: the results of one group's small table

    def _read_table4_group_row(self, group: str, index: int) -> None:
        """Read table 四 laid out one group a row, five results each, as text copies print it.

        The group label (行政复议 / 未经复议直接起诉 / 复议后起诉) is followed by exactly its five numbers.
        """
        if self.out.table4 is not None:
            return
        run = self._run(index + 1, skip_text=False)
        if len(run) != len(TABLE4_RESULT_COLUMNS):
            return
        self._group_row(group, self._values(run))

    def _group_row(self, group: str, values: list[Token]) -> None:
        self.state.t4_rows[group] = [_read(token) for token in values]
        if all(g.code in self.state.t4_rows for g in TABLE4_GROUPS):
            self.out.table4 = [value for g in TABLE4_GROUPS for value in self.state.t4_rows[g.code]]

    def _skip_blank_header_row(self, index: int) -> None:
        """A header-only row (行政诉讼 over its two groups) may carry empty cells in a text copy: not values."""
        run = self._run(index + 1, skip_text=False)
        if run and all(_is_blank(self.tokens[i]) for i in run):
            self._values(run)

    def _on_table4_values(self, index: int) -> None:
        if self.out.table4 is not None:
            return
        tokens = self._values(self._run(index, skip_text=False))
        width = len(T4_KEYS)
        state = self.state
        results = {h.code for h in state.t4_headers}
        if (
            state.t4_group
            and state.t4_group not in state.t4_rows
            and len(tokens) == len(TABLE4_RESULT_COLUMNS)
            and results == {code for code, _ in TABLE4_RESULT_COLUMNS}
        ):
            # Table 四 split into three small tables: one group's label, its five result headers, one row.
            self._group_row(state.t4_group, tokens)
            return
        if len(tokens) < len(TABLE4_RESULT_COLUMNS) and all(_is_blank(token) for token in tokens):
            return  # an empty corner or spacer cell of the header, not a row of numbers
        if tokens[0].col >= 0 and state.t4_headers:
            mapped: dict[tuple[str, str], Token] = {}
            for token in tokens:
                result = _covering([h for h in state.t4_headers if h.table == token.table], token)
                group = _covering([h for h in state.t4_groups if h.table == token.table], token)
                if result is not None and group is not None:
                    mapped.setdefault((group.code, result.code), token)
            if all(key in mapped for key in T4_KEYS):
                self.out.table4 = [_read(mapped[key], CONFIDENCE_GRID) for key in T4_KEYS]
                return
        values = self._drop_padding(
            self._split_if_glued(tokens, width, _table4_sums_ok, "表四"), width, _table4_sums_ok, "表四"
        )
        if not state.t4_headers and len(values) < width:
            values = self._split_by_group_sums(values, width)
        values = self._unless_short(values, width, "表四")
        headerless = not state.t4_headers and not state.t4_groups
        row: list[ReadValue | None] = [
            _read(token, CONFIDENCE_HEADERLESS if headerless and not token.glued else None)
            for token in values[:width]
        ]
        self.out.table4 = row + [None] * (width - len(row))

    def _split_by_group_sums(self, values: list[Token], width: int) -> list[Token]:
        """Table 四 printed under one-character headers, its figures run together (``1 0 2  0 3  120  0 0 12 …``).

        With no column header read, fewer figures than cells mean some were printed without a gap (``120`` for
        12 and 0). The figures are cut only when exactly one cut gives 15 cells whose groups each add up to
        their 总计 (行政复议, 未经复议直接起诉, 复议后起诉); otherwise they stay as read (a short row: unread).
        """
        if not values or any(token.col >= 0 for token in values):
            return values
        pieces = [piece for token in values for piece in token.text.split()]  # "1 0 2": single gaps are cells
        if not all(piece.isdigit() for piece in pieces):
            return values
        if len(pieces) == width:  # one figure per cell once the single gaps are read: the count fits
            where = values[0].where
            return [
                Token(
                    "value", piece, where, value=CellValue("int", int(piece), piece),
                    confidence=CONFIDENCE_HEADERLESS,
                )
                for piece in pieces
            ]  # fmt: skip
        if not 0 < width - len(pieces) <= _MAX_RUN_TOGETHER or sum(map(len, pieces)) > _MAX_DIGITS_TO_SPLIT:
            return values
        solutions = split_digits(pieces, width, _table4_sums_ok)
        if len(solutions) != 1 or _blanks_fit(pieces, width):
            return values  # no cut, several, or the figures may as well stand beside blank cells the copy dropped
        where = values[0].where
        self.out.problems.append(
            Problem(
                "audit.digits_split_by_columns",
                f"表四的数字“{' '.join(pieces)}”只有{len(pieces)}个，少于15个单元格（数字连在一起）；按各组的勾稽关系"
                "（结果维持、结果纠正、其他结果、尚未审结之和=总计）只有一种拆法，已按此读取；请核对原表。",
                where,
            )
        )
        return [
            Token(
                "value", str(n), where, value=CellValue("int", n, str(n)), glued=True,
                confidence=CONFIDENCE_SPLIT,
            )
            for n in solutions[0]
        ]  # fmt: skip

    # -- concatenated digits ----------------------------------------------------------------------

    def _split_if_glued(
        self,
        tokens: list[Token],
        width: int,
        check: Callable[[list[int]], bool] | None,
        what: str,
    ) -> list[Token]:
        if len(tokens) >= width or not tokens or not all(t.glued for t in tokens):
            return tokens
        pieces = [t.text for t in tokens]
        solutions: list[list[int]] = []
        if all(piece.isdigit() for piece in pieces) and sum(map(len, pieces)) <= _MAX_DIGITS_TO_SPLIT:
            solutions = split_digits(pieces, width, check, self.hints)
        if not solutions or len(solutions) > 1:
            joined = ["".join(pieces)]
            if len(pieces) > 1 and joined[0].isdigit() and len(joined[0]) <= _MAX_DIGITS_TO_SPLIT:
                solutions = split_digits(joined, width, check, self.hints)
        if len(solutions) == 1:
            where = tokens[0].where
            return [
                Token("value", str(n), where, value=CellValue("int", n, str(n)), glued=True)
                for n in solutions[0]
            ]
        digits = "".join(pieces)
        if not solutions and check is not None and len(digits) == width and digits.isdigit():
            self.out.problems.append(
                Problem(
                    "audit.digit_per_cell",
                    f"{what}：数字“{' '.join(pieces)}”连在一起，位数与单元格数相同，按每格一位数读取；"
                    "但表内合计不符，请核对原表（据此得出的问题只作提示）。",
                    tokens[0].where,
                )
            )
            return [
                Token(
                    "value", d, tokens[0].where, value=CellValue("int", int(d), d), glued=True,
                    confidence=CONFIDENCE_DIGIT_EACH,
                )
                for d in digits
            ]  # fmt: skip
        broken = _BROKEN_BY_EVERY_CUT.get(check) if check is not None else None
        if broken is not None and check is not None and _every_cut_breaks(digits, width, check):
            # No cut satisfies the table's sums: the page is inconsistent whatever the cells are (round 10).
            self.out.problems.append(
                Problem(
                    broken[0],
                    f"{what}：数字“{' '.join(pieces)}”连在一起，拆分为{width}个单元格的每一种方式都不满足{broken[1]}；"
                    "无论怎样拆分，表内数字都不一致（单元格记为未读到，此问题只作提示，请核对原表）。",
                    tokens[0].where,
                    confidence=CONFIDENCE_DIGIT_EACH,
                )
            )
        problem = Problem(
            "audit.ambiguous_digits",
            f"{what}：数字“{' '.join(pieces)}”连在一起，无法唯一拆分为{width}个单元格；记为未读到。",
            tokens[0].where,
        )
        self.out.problems.append(problem)
        if len(pieces) == 1 and pieces[0].isdigit():
            self.last_ambiguous = (pieces, problem)
        return []


def _drop_leading_blanks(values: list[Token], width: int) -> list[Token]:
    """An empty cell padding a label (a label written over two cells) before a full row of values."""
    start = 0
    while len(values) - start > width:
        value = values[start].value
        if value is None or value.filled:
            break
        start += 1
    return values[start:]


def _blank(token: Token) -> bool:
    return token.value is not None and not token.value.filled


def _number_or_blank(token: Token) -> object:
    return token.value.number if token.value is not None and token.value.filled else None


def _fits(values: Sequence[Token], width: int, check: Callable[[list[int]], bool]) -> bool:
    """Whether a row's first ``width`` cells satisfy its identity, blank cells counted as 0 (the total shown)."""
    cells = values[:width]
    if len(cells) < width or not _filled(cells[-1]):
        return False
    numbers = [_as_int(token) if _filled(token) else 0 for token in cells]
    return all(number is not None for number in numbers) and check([n or 0 for n in numbers])


def _one_delimited_line(values: Sequence[Token]) -> bool:
    """The cells come from one copied line with explicit separators, so each stands in its own place."""
    return bool(values) and values[0].line > 0 and all(token.line == values[0].line for token in values)


def _as_int(token: Token) -> int | None:
    value = token.value
    if value is None or not value.filled or value.kind != "int" or not isinstance(value.number, int):
        return None
    return value.number


def _filled(token: Token) -> bool:
    return token.value is not None and token.value.filled


def _is_blank(token: Token) -> bool:
    return token.value is not None and token.value.kind == "blank"


def _read(token: Token, confidence: float | None = None) -> ReadValue | None:
    if token.value is None:
        return None
    if confidence is None or token.confidence is not None:
        confidence = token.confidence or (CONFIDENCE_SPLIT if token.glued else CONFIDENCE_ORDER)
    return ReadValue(token.value, token.where, confidence)


def _covering(headers: Sequence[_Header], token: Token) -> _Header | None:
    """The deepest header whose columns include the cell's first column."""
    best: _Header | None = None
    for header in headers:
        if header.col <= token.col < header.col + header.colspan and (best is None or header.row >= best.row):
            best = header
    return best


def _drop_subtotal_column(values: list[Token], *, has_subtotal: bool) -> list[Token]:
    numbers = [t.value.number if t.value and isinstance(t.value.number, int) else None for t in values]
    # 自然人, five organisation columns, then a 小计 equal to their sum, then 总计.
    position = 6
    parts = [n for n in numbers[1:position] if n is not None]
    if has_subtotal or (len(parts) == position - 1 and sum(parts) == numbers[position]):
        return values[:position] + values[position + 1 :]
    return values


_FLOW_ROWS: Final = frozenset({"new_received", "carried_over", "total", "carried_forward"})
_MAX_CUTS: Final = 8  # ways one glued row may cut and still be decided by the columns
_MAX_COMBINATIONS: Final = 256


def _number_of(value: ReadValue | None) -> int | None:
    if value is None or not isinstance(value.value.number, int):
        return None
    return value.value.number


def _columns_hold(
    chosen: dict[str, list[int]], known: dict[str, list[int] | None], outcome: list[str]
) -> bool:
    """Whether table 三's column identities hold with these cuts, each cut row inside a checked identity."""

    def row(code: str) -> list[int] | None:
        return chosen[code] if code in chosen else known.get(code)

    covered: set[str] = set()
    columns = range(len(T3_COLUMN_CODES))
    parts = [row(code) for code in outcome]
    total = row("total")
    if total is not None and all(part is not None for part in parts):
        rows = [part for part in parts if part is not None]
        if any(sum(part[column] for part in rows) != total[column] for column in columns):
            return False
        covered.update(outcome, ["total"])
    flow = [row(code) for code in ("new_received", "carried_over", "total", "carried_forward")]
    if all(numbers is not None for numbers in flow):
        new, carried, handled, forward = (numbers or [] for numbers in flow)
        if any(new[column] + carried[column] != handled[column] + forward[column] for column in columns):
            return False
        covered.update(_FLOW_ROWS)
    return all(code in covered for code in chosen)


def _numbering_digit(token: Token, next_number: str) -> bool:
    """A copied-text digit that is the next row's list number (``2`` of ``2.其他法律…``), not an HTML cell."""
    return bool(next_number) and token.text == next_number and token.col < 0 and not token.glued


_MAX_RUN_TOGETHER: Final = (
    2  # table 四 figures printed without a gap: more missing cells than this stay unread
)


def _blanks_fit(pieces: Sequence[str], width: int) -> bool:
    """Whether table 四's sums also hold with some of the missing cells blank (dropped by the copy), not glued.

    Each way of making up the missing cells with blank cells (nothing to report: 0) and cuts of the figures is
    tried; any that satisfies every group's 总计 is another reading, so the figures cannot be placed by a cut.
    """
    missing = width - len(pieces)
    for blanks in range(1, missing + 1):
        for places in itertools.combinations(range(width), blanks):

            def with_blanks(numbers: list[int], places: tuple[int, ...] = places) -> bool:
                cells = list(numbers)
                for place in places:
                    cells.insert(place, 0)
                return _table4_sums_ok(cells)

            if split_digits(pieces, width - blanks, with_blanks, most=1):
                return True
    return False


def _row_sum_ok(numbers: list[int]) -> bool:
    return sum(numbers[:-1]) == numbers[-1]


def _table4_sums_ok(numbers: list[int]) -> bool:
    return all(sum(numbers[i : i + 4]) == numbers[i + 4] for i in range(0, len(numbers), 5))


# The finding a glued run raises when no cut of it satisfies the sums it is checked by, and the sums in words.
_BROKEN_BY_EVERY_CUT: Final[dict[Callable[[list[int]], bool], tuple[str, str]]] = {
    _row_sum_ok: ("table3.applicant_sum", "“自然人与五类法人或其他组织之和等于总计”"),
    _table4_sums_ok: ("table4.sum", "各组“结果维持、结果纠正、其他结果、尚未审结之和等于总计”"),
}


def _every_cut_breaks(digits: str, width: int, check: Callable[[list[int]], bool]) -> bool:
    """Whether the digits can be cut into ``width`` numbers, and no cut satisfies ``check``."""
    if not digits.isdigit() or not width <= len(digits) <= _MAX_DIGITS_TO_SPLIT:
        return False
    return bool(split_digits([digits], width, lambda _: True, most=1)) and not split_digits(
        [digits], width, check, most=1
    )


def split_digits(  # noqa: C901 - a bounded search with three ways to decide
    pieces: Sequence[str],
    width: int,
    check: Callable[[list[int]], bool] | None,
    hints: frozenset[int] = frozenset(),
    *,
    most: int = 2,
) -> list[list[int]]:
    """Ways to cut runs of digits into ``width`` numbers (no leading zeros; a run is never joined to the next).

    With ``check`` (the table's own sums), every cut that passes it is returned (at most two: more than one
    means the cut is ambiguous). Without a check, one digit per cell is certain; otherwise the cut whose
    numbers the report also states in its prose (``hints``) is taken when exactly one cut has the most such
    numbers and at least two of them.
    """
    found: list[list[int]] = []
    limit = most if check is not None else 5000

    def walk(piece: int, start: int, parts: list[int]) -> None:
        if len(found) >= limit:
            return
        if piece == len(pieces):
            if len(parts) == width and (check is None or check(parts)):
                found.append(list(parts))
            return
        digits = pieces[piece]
        left_pieces = len(pieces) - piece - 1
        if width - len(parts) - left_pieces < 1:
            return
        longest = 1 if digits[start] == "0" else min(len(digits) - start, 7)
        for length in range(1, longest + 1):
            parts.append(int(digits[start : start + length]))
            if start + length == len(digits):
                walk(piece + 1, 0, parts)
            else:
                walk(piece, start + length, parts)
            parts.pop()

    walk(0, 0, [])
    if check is not None:
        return found
    if sum(map(len, pieces)) == width:
        return [[int(d) for piece in pieces for d in piece]]
    # Small numbers (3件, 5条) are stated everywhere; only distinctive ones count as evidence.
    scored = sorted(
        ((sum(n in hints and n >= _DISTINCTIVE for n in cut), cut) for cut in found),
        key=lambda item: -item[0],
    )
    if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[1][0] < scored[0][0]):  # noqa: PLR2004
        return [scored[0][1]]
    return []


def read_tables(
    tokens: list[Token],
    report_format: StandardFormat,
    hints: frozenset[int] = frozenset(),
    *,
    scores: tuple[int, int] | None = None,
) -> TableReading:
    """Read tables 二, 三 and 四 of a standard-format page from its tokens.

    ``hints`` are numbers the prose states (``N件``); they only settle how to cut digits glued together.
    ``scores``: the tokens' ``score_formats`` (2021, 2019) when the caller has them (else found here).
    """
    reading = _Reader(tokens, report_format, hints).read()
    reading.score_2021, reading.score_2019 = score_formats(tokens)[:2] if scores is None else scores
    return reading


# --------------------------------------------------------------------------------------------------
# A page whose table 二 is on 60号's layout and whose tables 三/四 are on 30号's (round 19)
# --------------------------------------------------------------------------------------------------

_TABLE2_PREFIX: Final = "表二"


def mixed_layouts(found: FormatLabels) -> bool:
    """Table 三 shows 30号's own rows while table 二 shows only 60号's columns (``pingtan_shs_2021``).

    Both by at least two distinct labels (one may be a word cut out of prose), and table 二 has none of 30号's
    columns: the page is a 2021 report whose table 二 was copied from the 2019 template.
    """
    return (
        found.table3_2021() >= _MIN_LAYOUT_LABELS
        and found.table2_columns("2019") >= _MIN_LAYOUT_LABELS
        and found.table2_columns("2021") == 0
    )


_MIN_LAYOUT_LABELS: Final = 2


def with_table2_of_2019(reading: TableReading, reading_2019: TableReading) -> TableReading:
    """The 2021 reading with table 二 read by its own (2019) layout.

    A cell is carried into the 2021 table only where both formats give it the same meaning — the same field of
    the same row in the report models (行政许可/行政处罚/行政强制's 处理决定数量); the others (规章 and 规范性文件's
    新制作/新公开/对外公开总数量, the 项目数量 columns) have no 2021 cell and are left out, never put in a cell of
    another meaning. The table 二 problems are the 2019 reading's.
    """
    by_field = {spec.field_path: spec.key for spec in TABLE2_CELLS_2019}
    reading.table2 = {
        spec.key: reading_2019.table2.get(by_field[spec.field_path])
        for spec in TABLE2_CELLS_2021
        if spec.field_path in by_field and by_field[spec.field_path] in reading_2019.table2
    }
    reading.problems = [
        *(problem for problem in reading.problems if _TABLE2_PREFIX not in problem.message),
        *(problem for problem in reading_2019.problems if _TABLE2_PREFIX in problem.message),
    ]
    return reading
