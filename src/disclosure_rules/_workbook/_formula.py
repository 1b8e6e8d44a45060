"""A small evaluator for the formulas a report workbook holds: ``=SUM(B5:G5)``, ``=B5+C5-D5``, numbers.

openpyxl (and some WPS versions) save formulas without their computed values, so the reader recomputes
every formula cell itself; that way a total is never read as blank. Anything beyond sums, differences and
cell references is refused with the cell's address: a report total has no business being anything else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Final

from disclosure_rules._workbook._layout import MAX_COLUMNS, MAX_ROWS

_TOKEN: Final = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<range>\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)"
    r"|(?P<ref>\$?[A-Z]{1,3}\$?\d+)|(?P<sum>SUM\s*\()|(?P<op>[-+(),]))",
    re.IGNORECASE,
)
_REF: Final = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)", re.IGNORECASE)
# A report total sums a row or a column of one table; a range larger than the read area is refused.
MAX_RANGE_CELLS: Final = MAX_ROWS * MAX_COLUMNS
# A report total is a short sum; a formula this long is not one (and deep nesting would exhaust the stack).
MAX_FORMULA_LENGTH: Final = 2000
# A report total nests a few parentheses at most; deeper nesting is refused before the recursive evaluator sees
# it, so the answer never depends on how much stack the caller has already used.
MAX_NESTING: Final = 32


class FormulaError(Exception):
    """A formula outside what the reader computes; the message says what (the reader adds the cell)."""


def parse_ref(text: str) -> tuple[int, int]:
    """``$B$12`` → (12, 2): row and 1-based column."""
    match = _REF.fullmatch(text)
    if match is None:  # pragma: no cover - the tokenizer only passes references here
        raise FormulaError(f"不是单元格引用：{text}")
    column = 0
    for letter in match.group(1).upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return int(match.group(2)), column


def _tokens(formula: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = depth = 0
    text = formula.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise FormulaError(f"无法计算的公式内容“{text[position : position + 12]}”")
        kind = match.lastgroup or ""
        value = match.group(kind).strip()
        depth += (kind == "sum" or value == "(") - (value == ")")
        if depth > MAX_NESTING:
            raise FormulaError(f"公式括号嵌套超过{MAX_NESTING}层，无法计算")
        tokens.append((kind, value))
        position = match.end()
    return tokens


# A cell's value for a formula: a number, None (blank), or text (a label; SUM skips it, + refuses it).
CellValue = Decimal | str | None
Lookup = Callable[[int, int], CellValue]


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], lookup: Lookup) -> None:
        self.tokens = tokens
        self.position = 0
        self.lookup = lookup

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise FormulaError("公式不完整")
        self.position += 1
        return token

    def expression(self) -> Decimal:
        value = self.term()
        while (token := self.peek()) is not None and token[1] in {"+", "-"}:
            self.take()
            right = self.term()
            value = value + right if token[1] == "+" else value - right
        return value

    def term(self) -> Decimal:
        kind, text = self.take()
        if text == "-":
            return -self.term()
        if text == "+":
            return self.term()
        if kind == "number":
            return Decimal(text)
        if kind == "ref":
            return _as_number(self.lookup(*parse_ref(text)), text)
        if kind == "sum":
            return self.sum_arguments()
        if text == "(":
            value = self.expression()
            if self.take()[1] != ")":
                raise FormulaError("括号不配对")
            return value
        raise FormulaError(f"无法计算的公式内容“{text}”")

    def sum_arguments(self) -> Decimal:
        total = Decimal(0)
        while True:
            token = self.peek()
            if token is not None and token[0] == "range":
                self.take()
                total += _range_sum(token[1], self.lookup)
            elif token is not None and token[0] == "ref":
                self.take()
                value = self.lookup(*parse_ref(token[1]))
                total += value if isinstance(value, Decimal) else 0  # SUM skips text and blanks
            else:
                total += self.expression()
            separator = self.take()[1]
            if separator == ")":
                return total
            if separator != ",":
                raise FormulaError("SUM 的参数之间应以逗号分隔")


def _as_number(value: CellValue, ref: str) -> Decimal:
    if value is None:
        return Decimal(0)
    if isinstance(value, str):
        raise FormulaError(f"公式引用的 {ref.replace('$', '')} 是文字“{value[:20]}”，不是数字")
    return value


def _range_sum(text: str, lookup: Lookup) -> Decimal:
    first, last = (parse_ref(part) for part in text.split(":"))
    size = (abs(first[0] - last[0]) + 1) * (abs(first[1] - last[1]) + 1)
    if size > MAX_RANGE_CELLS:
        raise FormulaError(f"求和区域 {text.replace('$', '')} 过大（{size}个单元格）")
    total = Decimal(0)
    for row in range(min(first[0], last[0]), max(first[0], last[0]) + 1):
        for column in range(min(first[1], last[1]), max(first[1], last[1]) + 1):
            value = lookup(row, column)
            if isinstance(value, Decimal):  # SUM skips text and blanks, as spreadsheets do
                total += value
    return total


def evaluate(formula: str, lookup: Lookup) -> Decimal:
    """The value of ``formula`` (with or without its ``=``); ``lookup(row, column)`` gives a cell's value."""
    if len(formula) > MAX_FORMULA_LENGTH:
        raise FormulaError(f"公式过长（{len(formula)}个字符）")
    try:
        parser = _Parser(_tokens(formula.removeprefix("=")), lookup)
        value = parser.expression()
    except InvalidOperation:  # pragma: no cover - the tokenizer only lets plain decimals through
        raise FormulaError("公式中的数字无法识别") from None
    except RecursionError:
        raise FormulaError("公式嵌套过深") from None
    rest = parser.peek()
    if rest is not None:
        raise FormulaError(f"无法计算的公式内容“{rest[1]}”")
    return value
