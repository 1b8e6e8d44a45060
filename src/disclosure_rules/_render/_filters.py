"""Formatting helpers of the renderer, registered as Jinja2 filters under the same names.

Every number a report prints goes through one of these: Chinese dates (2017年11月25日), Chinese numerals for
section numbers (一 … 九十九), percentages rounded half up (四舍五入) at a stated precision, amounts in 万元,
thousands separators, signed changes (+4) and the CJK-width-aware padding and table layout of the text output.
They are pure functions of their arguments, so the output is deterministic.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Final

from markupsafe import Markup

from disclosure_rules._formatting import chinese_date, percent_quantum
from disclosure_rules._safe_text import neutralise

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

_DIGITS: Final = "〇一二三四五六七八九"
_MAX_NUMERAL: Final = 99


# --------------------------------------------------------------------------------------------------
# Dates and numerals
# --------------------------------------------------------------------------------------------------


def chinese_numeral(value: int) -> str:
    """A section number in Chinese numerals: 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (1 to 99).

    Report sections (一、总体情况) and sub-headings (（三）) are numbered this way.
    """
    if not 1 <= value <= _MAX_NUMERAL:
        raise ValueError(f"section numbers run from 1 to {_MAX_NUMERAL}, got {value}")
    tens, units = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else f"{_DIGITS[tens]}十")
    return head + (_DIGITS[units] if units else "")


# --------------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------------


def percent(value: Decimal | int | None, places: int = 1) -> str:
    """A percentage at a stated precision: ``percent(Decimal("93.75"), 1)`` → ``93.8%``; None → ``""``."""
    if value is None:
        return ""
    rounded = Decimal(value).quantize(percent_quantum(places), rounding=ROUND_HALF_UP)
    return f"{rounded:f}%"


def plain_number(value: Decimal | int) -> str:
    """A number as a table cell prints it: no separators, no exponent, decimals as given (``24252.311082``)."""
    if isinstance(value, int):
        return str(value)
    return f"{value:f}"


def thousands(value: Decimal | int, places: int | None = None) -> str:
    """A number with ``,`` every three digits (``1234567`` → ``1,234,567``), optionally at ``places`` decimals.

    The official tables print plain numbers; use this in prose only.
    """
    number = Decimal(value)
    if places is not None:
        number = number.quantize(percent_quantum(places), rounding=ROUND_HALF_UP)
    return f"{number:,f}"


def wan_yuan(value: Decimal | int | None, places: int | None = None) -> str:
    """An amount in 万元 (units of 10,000 yuan) as table 二 prints it, e.g. ``24252.311082``; None → ``""``.

    ``places`` rounds half up to that many decimals; without it the amount keeps its own decimals.
    """
    if value is None:
        return ""
    number = Decimal(value)
    if places is not None:
        number = number.quantize(percent_quantum(places), rounding=ROUND_HALF_UP)
    return plain_number(number)


def yuan_to_wan(value: Decimal | int, places: int = 2) -> str:
    """An amount in yuan shown in 万元 at ``places`` decimals: ``125000`` → ``12.50万元``."""
    return f"{wan_yuan(Decimal(value) / 10000, places)}万元"


def signed(value: int | None) -> str:
    """A change as the 2019 table prints 本年增/减: ``+4``, ``-2``, ``0``; None → ``""``."""
    if value is None:
        return ""
    return f"+{value}" if value > 0 else str(value)


# --------------------------------------------------------------------------------------------------
# Text layout with CJK double width
# --------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)  # labels and numbers repeat from table to table and report to report
def cjk_width(text: str) -> int:
    """Display columns a monospace terminal gives ``text``: 2 for wide (W) and full-width (F) characters.

    Combining marks take no column; everything else takes one.
    """
    if text.isascii():  # no wide character and no combining mark: one column each
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
    return width


def cjk_ljust(text: str, width: int) -> str:
    """``text`` padded with spaces on the right to ``width`` display columns."""
    return text + " " * max(width - cjk_width(text), 0)


def cjk_rjust(text: str, width: int) -> str:
    """``text`` padded with spaces on the left to ``width`` display columns."""
    return " " * max(width - cjk_width(text), 0) + text


def cjk_center(text: str, width: int) -> str:
    """``text`` centred in ``width`` display columns (an odd spare column goes to the right)."""
    spare = max(width - cjk_width(text), 0)
    return " " * (spare // 2) + text + " " * (spare - spare // 2)


def cjk_wrap(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` display columns.

    Chinese line-breaking rule (避头尾): closing punctuation such as ``、`` or ``）`` never starts a line; the
    character before it moves down with it. A single character wider than ``width`` gets a line of its own.
    """
    if width < 2:  # noqa: PLR2004 - a wide character needs two columns
        raise ValueError(f"cannot wrap to fewer than 2 columns, got {width}")
    lines: list[str] = []
    current = ""
    for char in text:
        if cjk_width(current + char) > width and current:
            carry = ""
            if char in _NO_LINE_START and len(current) > 1:
                current, carry = current[:-1], current[-1]
            lines.append(current)
            current = carry
        current += char
    lines.append(current)
    return lines


# Characters a Chinese line must not start with (行首禁则).
_NO_LINE_START: Final = frozenset("、，。；：！？）》」』”’】〕…")


@dataclass(frozen=True, slots=True)
class FlatRow:
    """A row of a table laid out flat (Markdown, text): a label, its cells, its nesting level.

    A group row (三、本年度办理结果, （三）不予公开) has no cells: the rows under it are one level deeper.
    """

    label: str
    cells: tuple[str, ...] = ()
    level: int = 0
    is_group: bool = False

    @property
    def indent(self) -> str:
        """One ideographic space (U+3000) per level, to indent the label in Markdown."""
        return "\u3000" * self.level


@dataclass(frozen=True, slots=True)
class FlatTable:
    """A table as a header and flat rows, for the Markdown and text output."""

    header: tuple[str, ...]
    rows: tuple[FlatRow, ...]
    caption: str | None = None
    note: str | None = None

    @property
    def note_lines(self) -> tuple[str, ...]:
        """The note split into its lines (empty without a note)."""
        return tuple(self.note.splitlines()) if self.note else ()

    @property
    def empty_cells(self) -> tuple[str, ...]:
        """Empty cells for a group row: one per value column."""
        return ("",) * (len(self.header) - 1)


def text_grid(table: FlatTable, label_max_width: int | None = None) -> str:
    """A flat table as aligned monospace text, counting CJK characters as two columns.

    The label column is left-aligned and indented two columns per level; labels stay whole on one line (so
    an official label can be searched for) unless ``label_max_width`` asks for wrapping. Number columns are
    right-aligned under their headers. Lines carry no trailing spaces.
    """
    indent = 2
    label_lines = [
        [row.label]
        if label_max_width is None
        else cjk_wrap(row.label, max(label_max_width - indent * row.level, 2))
        for row in table.rows
    ]
    label_width = max(
        [cjk_width(table.header[0])]
        + [
            indent * row.level + cjk_width(line)
            for row, lines in zip(table.rows, label_lines, strict=True)
            for line in lines
        ]
    )
    columns = len(table.header) - 1
    widths = [
        max([cjk_width(table.header[i + 1])] + [cjk_width(row.cells[i]) for row in table.rows if row.cells])
        for i in range(columns)
    ]
    gap = "  "

    def line(label: str, cells: Sequence[str], align: Callable[[str, int], str]) -> str:
        parts = [
            cjk_ljust(label, label_width),
            *(align(cell, width) for cell, width in zip(cells, widths, strict=True)),
        ]
        return gap.join(parts).rstrip()

    rule = "-" * (label_width + sum(widths) + len(gap) * columns)
    out = [line(table.header[0], table.header[1:], cjk_rjust), rule]
    for row, lines in zip(table.rows, label_lines, strict=True):
        pad = " " * (indent * row.level)
        cells = row.cells or ("",) * columns
        out.append(line(pad + lines[0], cells, cjk_rjust))
        out.extend(line(pad + extra, ("",) * columns, cjk_rjust) for extra in lines[1:])
    out.append(rule)
    return "\n".join(out)


def markdown_escape(text: str) -> str:
    r"""Escape what Markdown would read as markup (``* _ [ ] < > & | # `` and backquote) with a backslash.

    Applied to every value a Markdown template prints, so text from a report cannot become a link (bare URLs
    and addresses included: ``http\://``, ``www\.``, ``\@``), HTML, a new block or a new table cell (line
    breaks become spaces), nor act on a terminal (control characters are shown escaped).
    """
    text = neutralise(text, one_line=True)  # a line break would end a heading or a table row
    return _BARE_LINK.sub(_unlink, text.translate(_MARKDOWN_ESCAPES))


_MARKDOWN_SPECIAL: Final = frozenset("\\`*_[]<>&|#")
# One pass in C: each special character becomes itself after a backslash.
_MARKDOWN_ESCAPES: Final = str.maketrans({char: f"\\{char}" for char in _MARKDOWN_SPECIAL})
# What GFM turns into a link without any markup: a scheme's "://", "www.", an e-mail address's "@".
_BARE_LINK: Final = re.compile(
    r"(?<=[A-Za-z0-9])(:)(?=//)|(?<![A-Za-z0-9])(www)(\.)|(@)(?=[A-Za-z0-9])", re.IGNORECASE
)


def _unlink(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\:"
    if match.group(2):
        return f"{match.group(2)}\\."
    return "\\@"


def markdown_code(text: str) -> Markup:
    """``text`` as a Markdown code span (backquotes removed from it), marked safe from further escaping."""
    return Markup(f"`{text.replace('`', '')}`")  # noqa: S704 - Markdown, not HTML: a code span is literal


FILTERS: Final[dict[str, Callable[..., str | int]]] = {
    "cjk_width": cjk_width,
    "chinese_date": chinese_date,
    "chinese_numeral": chinese_numeral,
    "percent": percent,
    "plain_number": plain_number,
    "thousands": thousands,
    "wan_yuan": wan_yuan,
    "yuan_to_wan": yuan_to_wan,
    "signed": signed,
    "cjk_ljust": cjk_ljust,
    "cjk_rjust": cjk_rjust,
    "cjk_center": cjk_center,
    "text_grid": text_grid,
}
"""The filters every template environment registers, by name."""

MARKDOWN_FILTERS: Final[dict[str, Callable[..., str]]] = {"markdown_code": markdown_code}
"""Filters only the Markdown environment registers (their output is exempt from escaping)."""
