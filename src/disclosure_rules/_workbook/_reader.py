"""``read_workbook``: a filled report workbook back into an ``AnnualReport2021``, found by labels.

Every table cell is found by its official row and column labels (normalised as everywhere else, with
:func:`disclosure_rules._text.label_key`), never by a fixed position: a clerk may insert rows, reorder sheets
or re-save the file in WPS, and a province's own template with the official labels reads the same. Formula
cells are recomputed (openpyxl and some WPS versions save no cached values). Every problem is one
``WorkbookError`` naming the file, sheet and cell; every table cell read is kept with its ``Sheet!A1`` address
so findings can point at it.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from pydantic import ValidationError

from disclosure_rules._api_guard import public_class
from disclosure_rules._file_kinds import ENCRYPTED_STREAM, OLE_MAGIC, ZIP_MAGIC
from disclosure_rules._files import FileReadError, os_reason_zh, read_bytes
from disclosure_rules._labels import (
    TABLE3_COLUMNS,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    report_field_label,
    table2_cells,
    table3_rows,
)
from disclosure_rules._limits import Limit, LimitError
from disclosure_rules._messages import not_one_of_zh
from disclosure_rules._models import AgencyLevel, AnnualReport2021, RequestsTable2021, ReviewLitigationTable
from disclosure_rules._parsing import first_error_zh
from disclosure_rules._sources import FIRST_REPORT_YEAR, LAST_REPORT_YEAR
from disclosure_rules._text import label_key
from disclosure_rules._validation import CellRef, Finding, validate
from disclosure_rules._workbook._errors import WorkbookError
from disclosure_rules._workbook._formula import CellValue, FormulaError, evaluate
from disclosure_rules._workbook._layout import (
    FEE_AMOUNT_NAME,
    FEE_DECIMALS,
    INFO_FIELDS,
    INFO_HEADER,
    INFO_SHEET,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    MAX_SHEETS,
    TABLE_SHEETS,
    InfoField,
    cell_address,
)
from disclosure_rules._workbook._openpyxl import openpyxl_module
from disclosure_rules._xlsx_reasons import ENCRYPTED, ENCRYPTED_EN, OLD_XLS, OLD_XLS_EN, xlsx_failure_zh

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from disclosure_rules._labels import Table2Cell
    from disclosure_rules._models import AnyReport

MAX_UNPACKED_BYTES: Final = 4 * MAX_FILE_BYTES
# What a published table writes in a cell left blank; read as "not filled", like an empty cell.
BLANK_MARKS: Final = frozenset({"—", "——", "-", "－", "/", "／", "无数据"})
# How far above a row label its column labels may sit (table 三 has three header rows; table 二 one).
HEADER_SEARCH_ROWS: Final = 10
_DIGITS: Final = re.compile(r"[+-]?\d+(?:\.\d+)?")
_TRAILING_NOTE: Final = re.compile(r"\([^()]*\)$")

CellKey = tuple[str, str, str | None]
"""A table cell by its labels, as ``CellRef`` names it: (table, row, column)."""


@dataclass(slots=True)
class _Grid:
    """One worksheet as read (within the bounds): its cells, which are formulas, and its labels."""

    name: str
    values: dict[tuple[int, int], object] = field(default_factory=dict)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    labels: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    computed: dict[tuple[int, int], CellValue] = field(default_factory=dict)

    def address(self, position: tuple[int, int]) -> str:
        return cell_address(self.name, *position)

    def find(self, keys: Iterable[str]) -> list[tuple[int, int]]:
        """Every cell holding one of the label keys, top to bottom, left to right."""
        return sorted(position for key in keys for position in self.labels.get(key, ()))

    def has(self, *keys: str) -> bool:
        return all(key in self.labels for key in keys)


@dataclass(slots=True)
class _Problems:
    """Bad cells found while reading; the first is reported, with how many more there are."""

    source: str
    found: list[WorkbookError] = field(default_factory=list)

    def add_problem(self, message: str, code: str, *, message_zh: str) -> None:
        """A bad cell: ``message`` in English, ``message_zh`` in Chinese, each naming the cell (the file is added)."""
        self.found.append(
            WorkbookError(f"{self.source}: {message}", code=code, message_zh=f"“{self.source}”：{message_zh}")
        )

    def raise_any(self) -> None:
        if not self.found:
            return
        first, more = self.found[0], len(self.found) - 1
        if not more:
            raise first
        raise WorkbookError(
            f"{first.message} ({more} more)",
            code=first.code,
            message_zh=f"{first.message_zh}（另有{more}处问题）",
        )


@public_class
@dataclass(frozen=True, slots=True)
class WorkbookReading:
    """A report read from a workbook, with the ``Sheet!A1`` address of every table cell it was read from."""

    report: AnnualReport2021
    source: str
    cells: Mapping[CellKey, str]
    # Addresses of the cells that held formulas (recomputed by the reader, never read as blank).
    formula_cells: frozenset[str]

    def address(self, ref: CellRef) -> str | None:
        """The workbook cell of a table cell named by its labels (``表三!H12``), or None if it was not read."""
        return self.cells.get((ref.table, ref.row, ref.column))

    def locate(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings with each cell's workbook address, and the addresses as the finding's location.

        A finding about the 报告信息 sheet (the overview's length, the year) is located at its field's cell.
        """
        located: list[Finding] = []
        for finding in findings:
            cells = tuple(
                ref.model_copy(update={"workbook_cell": self.address(ref)}) for ref in finding.cells
            )
            addresses = list(dict.fromkeys(ref.workbook_cell for ref in cells if ref.workbook_cell))
            field = INFO_FIELD_OF_FINDING.get(finding.code)
            if not addresses and field is not None and (INFO_SHEET, field, None) in self.cells:
                addresses = [self.cells[INFO_SHEET, field, None]]
            location = finding.location
            if location is None and addresses:
                shown = "、".join(addresses[:LOCATION_SHOWN])
                more = f"等{len(addresses)}处" if len(addresses) > LOCATION_SHOWN else ""
                location = f"{self.source} {shown}{more}"
            located.append(finding.model_copy(update={"cells": cells, "location": location}))
        return located

    def validate(self, previous: AnyReport | None = None) -> list[Finding]:
        """``validate(report, previous)`` with every finding located in the workbook."""
        return self.locate(validate(self.report, previous))


LOCATION_SHOWN: Final = 6
# Findings about a field of the 报告信息 sheet rather than a table cell: the field's label (from INFO_FIELDS).
INFO_FIELD_OF_FINDING: Final = {
    "report.overview_too_long": next(spec.label for spec in INFO_FIELDS if spec.path == ("overview", "text")),
    "report.format_year_mismatch": next(spec.label for spec in INFO_FIELDS if spec.path == ("year",)),
}


# --------------------------------------------------------------------------------------------------
# Opening the file
# --------------------------------------------------------------------------------------------------


# The workbook's own size bound as ``read_bytes`` takes it (no override: ``MAX_FILE_BYTES`` is the one home).
_WORKBOOK_BYTES: Final = Limit("workbook_bytes", MAX_FILE_BYTES, "bytes", "a report workbook read whole")


def _file_too_large(name: str, size: int) -> WorkbookError:
    return WorkbookError(
        f"{name}: file too large ({size} bytes), not an annual report workbook",
        code="workbook.too_large",
        message_zh=f"{name}：文件过大（{size}字节），不是年度报告工作簿",
    )


def _unreadable_file(name: str, error: FileReadError) -> WorkbookError:
    """``workbook.unreadable`` for a file ``read_bytes`` could not read, in the workbook's own words."""
    exc = error.os_error
    if isinstance(exc, FileNotFoundError):
        reason = "文件不存在"
        reason_en = "no such file"
    elif isinstance(exc, IsADirectoryError):
        reason = "是文件夹，不是工作簿文件"
        reason_en = "a folder, not a workbook file"
    elif exc is not None:
        reason = f"无法读取（{os_reason_zh(exc)}）"
        reason_en = f"cannot be read ({exc.strerror or exc})"
    else:  # ``read_bytes`` always keeps the system's refusal; its own sentence otherwise
        reason = f"无法读取（{error.message_zh}）"
        reason_en = f"cannot be read ({error.message})"
    return WorkbookError(
        f"{name}: {reason_en}", code="workbook.unreadable", message_zh=f"工作簿“{name}”{reason}"
    )


def _bytes_of(source: str | os.PathLike[str] | bytes, name: str) -> bytes:
    """The workbook's bytes: ``source`` itself, or the file read by ``read_bytes`` within ``MAX_FILE_BYTES``."""
    if isinstance(source, bytes):
        data = source
    else:
        path = os.fspath(source)
        with contextlib.suppress(OSError):  # a file that cannot be measured: ``read_bytes`` names why
            size = os.stat(path).st_size  # noqa: PTH116 - a str, measured before any byte is read
            if size > MAX_FILE_BYTES:
                raise _file_too_large(name, size)
        try:
            data = read_bytes(path, _WORKBOOK_BYTES)
        except FileReadError as exc:
            raise _unreadable_file(name, exc) from None
        except LimitError:  # it grew past the bound while being read
            raise _file_too_large(name, MAX_FILE_BYTES + 1) from None
    if len(data) > MAX_FILE_BYTES:
        raise _file_too_large(name, len(data))
    return data


def _check_container(data: bytes, name: str) -> None:
    if data.startswith(OLE_MAGIC):
        # Both reasons are constants of ``_xlsx_reasons``, in Chinese (``message_zh``) and in English.
        if ENCRYPTED_STREAM in data:
            chinese = f"{name}：{ENCRYPTED}"
            raise WorkbookError(f"{name}: {ENCRYPTED_EN}", code="workbook.encrypted", message_zh=chinese)
        chinese = f"{name}：{OLD_XLS}"
        raise WorkbookError(f"{name}: {OLD_XLS_EN}", code="workbook.old_format", message_zh=chinese)
    if not data.startswith(ZIP_MAGIC):
        raise WorkbookError(
            f"{name}: not an .xlsx workbook (the file is damaged or of another format)",
            code="workbook.unreadable",
            message_zh=f"{name}：不是 .xlsx 工作簿（文件已损坏或是其他格式）",
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        raise WorkbookError(
            f"{name}: not an .xlsx workbook (the zip archive is damaged)",
            code="workbook.unreadable",
            message_zh=f"{name}：不是 .xlsx 工作簿（压缩包已损坏）",
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(
            f"{name}: too large unpacked ({unpacked} bytes), not an annual report workbook",
            code="workbook.too_large",
            message_zh=f"{name}：解压后过大（{unpacked}字节），不是年度报告工作簿",
        )


def _damaged(name: str, what_en: str, what: str, exc: Exception, data: bytes) -> WorkbookError:
    """``workbook.unreadable`` for a workbook openpyxl could not read: why in Chinese (``_xlsx_reasons``).

    A failure of a class not known there keeps the exception's name, in brackets.
    """
    reason = xlsx_failure_zh(exc, io.BytesIO(data))
    why = f"（{type(exc).__name__}），文件可能已损坏" if reason is None else f"：{reason}"
    chinese = f"{name}：{what}{why}"
    return WorkbookError(
        f"{name}: {what_en} ({type(exc).__name__}: {exc})",
        code="workbook.unreadable",
        message_zh=chinese,
    )


def _formula_text(value: object) -> str | None:
    text = getattr(value, "text", None)  # openpyxl's ArrayFormula keeps its formula in ``text``
    return text if isinstance(text, str) else None


def _load(data: bytes, name: str) -> list[_Grid]:
    openpyxl = openpyxl_module()
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many unrelated types for a damaged workbook
        raise _damaged(
            name, "cannot be opened as an .xlsx workbook", "无法作为 .xlsx 工作簿打开", exc, data
        ) from None
    grids: list[_Grid] = []
    try:
        for worksheet in workbook.worksheets[:MAX_SHEETS]:
            grid = _Grid(str(worksheet.title))
            rows = worksheet.iter_rows(min_row=1, max_row=MAX_ROWS, max_col=MAX_COLUMNS)
            for row_number, row in enumerate(rows, start=1):
                for column_number, cell in enumerate(row, start=1):
                    value = cell.value
                    if value is None:
                        continue
                    position = (row_number, column_number)
                    formula = _formula_text(value)
                    if getattr(cell, "data_type", None) == "f" or formula is not None:
                        grid.formulas[position] = formula if formula is not None else str(value)
                        continue
                    grid.values[position] = value
                    if isinstance(value, str) and value.strip():
                        grid.labels.setdefault(label_key(value), []).append(position)
            grids.append(grid)
    except Exception as exc:  # noqa: BLE001 - a damaged sheet part fails inside openpyxl's parser
        raise _damaged(name, "a worksheet cannot be read", "工作表无法读取", exc, data) from None
    finally:
        workbook.close()
    return grids


# --------------------------------------------------------------------------------------------------
# Cell values
# --------------------------------------------------------------------------------------------------


def _number(
    grid: _Grid, position: tuple[int, int], visiting: frozenset[tuple[int, int]] = frozenset()
) -> CellValue:
    """A cell's value for a formula: recomputed if it is a formula itself, Decimal for numbers, else text."""
    row, column = position
    if row > MAX_ROWS or column > MAX_COLUMNS:
        raise FormulaError(f"引用的 {grid.address(position)} 超出读取范围（前{MAX_ROWS}行、{MAX_COLUMNS}列）")
    if position in grid.formulas:
        if position in visiting:
            raise FormulaError(f"公式循环引用了 {grid.address(position)}")
        if position not in grid.computed:
            grid.computed[position] = evaluate(
                grid.formulas[position], lambda r, c: _number(grid, (r, c), visiting | {position})
            )
        return grid.computed[position]
    value = grid.values.get(position)
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, int | float):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return str(value)


def _raw(grid: _Grid, position: tuple[int, int], problems: _Problems) -> object:
    """The cell's value, with a formula recomputed (as a Decimal)."""
    if position not in grid.formulas:
        return grid.values.get(position)
    try:
        return _number(grid, position)
    except FormulaError as exc:
        formula = grid.formulas[position][:40]
        problems.add_problem(
            f"{grid.address(position)}: formula “{formula}” cannot be computed; type a number instead",
            "workbook.formula_unsupported",
            message_zh=f"{grid.address(position)}：公式“{formula}”无法计算（{exc}），请改为填写数字",
        )
        return None


def _text_problem(grid: _Grid, position: tuple[int, int], value: str, problems: _Problems) -> None:
    shown = value.strip()[:20]
    digits = _DIGITS.fullmatch(shown) is not None
    hint = (
        " (the cell may be formatted as text: format it as a number and type the figure again)"
        if digits
        else ""
    )
    hint_zh = "（单元格可能被设置为“文本”格式，请改为数字格式后重新填写）" if digits else ""
    problems.add_problem(
        f"{grid.address(position)}: text “{shown}”, not a number{hint}",
        "workbook.not_a_number",
        message_zh=f"{grid.address(position)}：填的是文字“{shown}”，不是数字{hint_zh}",
    )


def _numeric(
    grid: _Grid, position: tuple[int, int], problems: _Problems, what: tuple[str, str]
) -> Decimal | None:
    """A number cell as a non-negative Decimal; None for a blank (or a published blank mark, "—", "/")."""
    value = _raw(grid, position, problems)
    where = grid.address(position)
    if isinstance(value, str):
        if value.strip() and value.strip() not in BLANK_MARKS:
            _text_problem(grid, position, value, problems)
        return None
    if value is None:
        return None
    if isinstance(value, bool | datetime | date | time) or not isinstance(value, int | float | Decimal):
        kind = (
            "logical"
            if isinstance(value, bool)
            else "date"
            if isinstance(value, datetime | date | time)
            else "other"
        )
        problems.add_problem(
            f"{where}: {_CELL_KINDS[kind]}, not {what[0]}",
            "workbook.not_a_number",
            message_zh=f"{where}：填的是{_CELL_KINDS_ZH[kind]}，不是{what[1]}",
        )
        return None
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if number < 0:
        problems.add_problem(
            f"{where}: {what[0]} {_plain(number)} is negative",
            "workbook.negative",
            message_zh=f"{where}：{what[1]}{_plain(number)}是负数",
        )
        return None
    return number


def _count(grid: _Grid, position: tuple[int, int], problems: _Problems) -> int | None:
    number = _numeric(grid, position, problems, ("a count", "件数"))
    if number is None:
        return None
    if number != number.to_integral_value():
        problems.add_problem(
            f"{grid.address(position)}: the count {_plain(number)} is not a whole number",
            "workbook.fraction",
            message_zh=f"{grid.address(position)}：件数{_plain(number)}不是整数（申请、案件只能按整件计）",
        )
        return None
    return int(number)


def _amount(grid: _Grid, position: tuple[int, int], problems: _Problems) -> Decimal | None:
    number = _numeric(grid, position, problems, ("a fee amount (10,000 yuan)", FEE_AMOUNT_NAME))
    if number is not None and number != number.quantize(Decimal(1).scaleb(-FEE_DECIMALS)):
        problems.add_problem(
            f"{grid.address(position)}: the fee amount {_plain(number)} (10,000 yuan) has more than "
            f"{FEE_DECIMALS} decimals",
            "workbook.too_many_decimals",
            message_zh=f"{grid.address(position)}：收费金额{_plain(number)}万元超过{FEE_DECIMALS}位小数"
            f"（万元保留{FEE_DECIMALS}位即到元）",
        )
        return None
    return number


def _plain(number: Decimal) -> str:
    return f"{number.normalize():f}"


# --------------------------------------------------------------------------------------------------
# Finding the tables by their labels
# --------------------------------------------------------------------------------------------------


def _sheet_for(grids: Sequence[_Grid], preferred: str, anchors: tuple[str, ...]) -> _Grid | None:
    ordered = sorted(grids, key=lambda grid: grid.name != preferred)
    keys = tuple(label_key(anchor) for anchor in anchors)
    return next((grid for grid in ordered if grid.has(*keys)), None)


def _missing_table(name: str, sheet: str, anchors: tuple[str, ...]) -> WorkbookError:
    wanted = "”“".join(anchors)
    return WorkbookError(
        f"{name}: “{sheet}” not found (no worksheet holds the label “{wanted}”): a sheet was deleted or a label "
        "changed",
        code="workbook.sheet_missing",
        message_zh=f"{name}：找不到{sheet}（没有工作表含有标签“{wanted}”）：工作表被删除，或标签被改动",
    )


def _missing_label(
    name: str, grid: _Grid, label: str, after: tuple[int, int] | None, *, title_of: str | None = None
) -> WorkbookError:
    """``workbook.label_missing``: ``label`` not in the sheet (after ``after``; a column title of ``title_of``)."""
    where = f"，应在 {grid.address(after)} 之后" if after is not None else ""
    where_en = f" after {grid.address(after)}" if after is not None else ""
    what = f"（“{title_of}”一行的列标题）" if title_of is not None else ""
    what_en = f" (the column title of the row “{title_of}”)" if title_of is not None else ""
    return WorkbookError(
        f"{name}: worksheet “{grid.name}” has no label “{label}”{what_en}{where_en}"
        " (deleted or changed? restore the template's text)",
        code="workbook.label_missing",
        message_zh=f"{name}：工作表“{grid.name}”中找不到标签“{label}”{what}{where}（标签被删除或改动？请按模板恢复原文）",
    )


def _row_keys(label: str) -> tuple[str, ...]:
    key = label_key(label)
    short = _TRAILING_NOTE.sub("", key)
    return (key, short) if short and short != key else (key,)


@dataclass(slots=True)
class _Reader:
    name: str
    grids: list[_Grid]
    problems: _Problems
    cells: dict[CellKey, str] = field(default_factory=dict)
    formula_cells: set[str] = field(default_factory=set)

    def note(self, key: CellKey, grid: _Grid, position: tuple[int, int]) -> None:
        address = grid.address(position)
        self.cells[key] = address
        if position in grid.formulas:
            self.formula_cells.add(address)

    # Table 三 ------------------------------------------------------------------------------------

    def table3(self) -> list[list[int | None]]:
        rows = table3_rows("2021")
        sheet = TABLE_SHEETS["table3"]
        anchors = (rows[0].label, rows[-1].label)
        grid = _sheet_for(self.grids, sheet, anchors)
        if grid is None:
            raise _missing_table(self.name, sheet, anchors)
        row_at: list[int] = []
        previous: tuple[int, int] | None = None
        for spec in rows:
            found = [p for p in grid.find(_row_keys(spec.label)) if previous is None or p[0] > previous[0]]
            if not found:
                raise _missing_label(self.name, grid, spec.canonical_label, previous)
            previous = found[0]
            row_at.append(found[0][0])
        first = row_at[0]
        columns: list[int] = []
        for column in TABLE3_COLUMNS:
            found = [
                p for p in grid.find((label_key(column.label),)) if first - HEADER_SEARCH_ROWS <= p[0] < first
            ]
            if not found:
                raise _missing_label(self.name, grid, column.label, None)
            columns.append(min(found, key=lambda p: (-p[0], p[1]))[1])
        matrix: list[list[int | None]] = []
        for spec, row in zip(rows, row_at, strict=True):
            values: list[int | None] = []
            for column, column_number in zip(TABLE3_COLUMNS, columns, strict=True):
                position = (row, column_number)
                self.note(("表三", spec.canonical_label, column.label), grid, position)
                values.append(_count(grid, position, self.problems))
            matrix.append(values)
        return matrix

    # Table 二 ------------------------------------------------------------------------------------

    def _table2_position(self, grid: _Grid, spec: Table2Cell, after: int) -> tuple[int, int]:
        found = [p for p in grid.find((label_key(spec.row_label),)) if p[0] >= after]
        if not found:
            raise _missing_label(self.name, grid, spec.row_label, None)
        row, label_column = found[0]
        keys = {label_key(spec.column_label), label_key(spec.key.split(".", 1)[1])}
        headers = [
            p for p in grid.find(keys) if row - HEADER_SEARCH_ROWS <= p[0] < row and p[1] > label_column
        ]
        if not headers:
            raise _missing_label(self.name, grid, spec.column_label, None, title_of=spec.row_label)
        return row, max(headers, key=lambda p: (p[0], -p[1]))[1]

    def table2(self) -> dict[str, Decimal | int | None]:
        specs = table2_cells("2021")
        sheet = TABLE_SHEETS["table2"]
        anchors = (specs[0].row_label, specs[0].column_label)
        grid = _sheet_for(self.grids, sheet, anchors)
        if grid is None:
            raise _missing_table(self.name, sheet, anchors)
        values: dict[str, Decimal | int | None] = {}
        after = 0
        for spec in specs:
            position = self._table2_position(grid, spec, after)
            after = position[0]
            self.note(("表二", spec.row_label, spec.column_label), grid, position)
            if spec.value_kind == "amount_10k_yuan":
                values[spec.key] = _amount(grid, position, self.problems)
            else:
                values[spec.key] = _count(grid, position, self.problems)
        return values

    # Table 四 ------------------------------------------------------------------------------------

    def table4(self) -> list[int | None]:
        sheet = TABLE_SHEETS["table4"]
        anchors = tuple(group.label for group in TABLE4_GROUPS)
        grid = _sheet_for(self.grids, sheet, anchors)
        if grid is None:
            raise _missing_table(self.name, sheet, anchors)
        starts = [grid.find((label_key(group.label),))[0] for group in TABLE4_GROUPS]
        by_column = sorted(start[1] for start in starts)
        width = len(TABLE4_RESULT_COLUMNS)
        positions: list[tuple[int, int]] = []
        for group, (group_row, group_column) in zip(TABLE4_GROUPS, starts, strict=True):
            later = [column for column in by_column if column > group_column]
            end = later[0] if later else group_column + width * len(TABLE4_GROUPS)
            for _, label in TABLE4_RESULT_COLUMNS:
                found = [
                    p
                    for p in grid.find((label_key(label),))
                    if group_row < p[0] <= group_row + HEADER_SEARCH_ROWS and group_column <= p[1] < end
                ]
                if not found:
                    raise _missing_label(self.name, grid, f"{group.label}·{label}", (group_row, group_column))
                positions.append(min(found, key=lambda p: (p[0], p[1])))
        header_bottom = max(row for row, _ in positions)
        columns = [column for _, column in positions]
        value_row = next(
            (
                row
                for row in range(header_bottom + 1, header_bottom + HEADER_SEARCH_ROWS)
                if any((row, column) in grid.values or (row, column) in grid.formulas for column in columns)
            ),
            header_bottom + 1,
        )
        values: list[int | None] = []
        labels = [(group.label, label) for group in TABLE4_GROUPS for _, label in TABLE4_RESULT_COLUMNS]
        for (group_label, label), column in zip(labels, columns, strict=True):
            position = (value_row, column)
            self.note(("表四", group_label, label), grid, position)
            values.append(_count(grid, position, self.problems))
        return values

    # 报告信息 ------------------------------------------------------------------------------------

    def info(self, given: Mapping[tuple[str, ...], object]) -> dict[str, Any]:
        """The 报告信息 fields; ``given`` (by model path) fills what the sheet leaves empty, or stands in for it.

        A province's own template often has no 报告信息 sheet: then the agency, its level and the year must be
        given. Where the sheet has a value and one was also given, the two must agree: a workbook filed for one
        agency or year is never silently relabelled as another.
        """
        anchor = INFO_FIELDS[0].label
        grid = _sheet_for(self.grids, INFO_SHEET, (anchor,))
        if grid is None:
            missing = [spec for spec in INFO_FIELDS if spec.required and spec.path not in given]
            if missing:
                raise _missing_info(self.name, missing)
            return _nested(given)
        header = grid.find((label_key(INFO_HEADER[1]),))
        data: dict[str, Any] = {}
        for spec in INFO_FIELDS:
            if spec.kind == "see_table":
                continue
            found = grid.find((label_key(spec.label),))
            if not found:
                if spec.path in given:
                    data = _nested({spec.path: given[spec.path]}, data)
                    continue
                raise _missing_label(self.name, grid, spec.label, None)
            row, column = found[0]
            value_column = header[0][1] if header and header[0][1] > column else column + 1
            self.cells[INFO_SHEET, spec.label, None] = grid.address((row, value_column))
            stated = given.get(spec.path)
            value = _info_value(grid, spec, (row, value_column), self.problems, required=stated is None)
            if stated is not None and value is not None and not _same_info(value, stated):
                self.problems.add_problem(
                    f"{grid.address((row, value_column))} (“{spec.label}”): “{value}” in the sheet, "
                    f"“{stated}” as given separately",
                    "workbook.info_conflict",
                    message_zh=f"{grid.address((row, value_column))}（{spec.label}）填的是“{value}”，"
                    f"与另行给出的“{stated}”不一致",
                )
            value = value if value is not None else stated
            if value is not None:
                data = _nested({spec.path: value}, data)
        return data


def _nested(values: Mapping[tuple[str, ...], object], into: dict[str, Any] | None = None) -> dict[str, Any]:
    """Model input from values by attribute path: ``{("agency", "name"): x}`` → ``{"agency": {"name": x}}``."""
    data: dict[str, Any] = {} if into is None else into
    for path, value in values.items():
        target = data
        for part in path[:-1]:
            target = target.setdefault(part, {})
        target[path[-1]] = value
    return data


def _same_info(stated: object, given: object) -> bool:
    """Whether a sheet's value and a given one agree: a name by its label key (全角/半角 brackets, spaces)."""
    if isinstance(stated, str) and isinstance(given, str):
        return label_key(stated) == label_key(given)
    return stated == given


# The command-line option that gives each field (by model path) where the sheet is missing.
_INFO_OPTIONS: Final = {("agency", "name"): "--agency", ("agency", "level"): "--level", ("year",): "--year"}


def _missing_info(name: str, specs: Sequence[InfoField]) -> WorkbookError:
    wanted = "、".join(spec.label for spec in specs)
    wanted_en = ", ".join(f"“{spec.label}”" for spec in specs)
    options = [_INFO_OPTIONS.get(spec.path, spec.label) for spec in specs]
    return WorkbookError(
        f"{name}: the workbook has no “{INFO_SHEET}” sheet; give {wanted_en} separately (command line: "
        f"{', '.join(options)}), or add the “{INFO_SHEET}” sheet from the template",
        code="workbook.info_missing",
        message_zh=f"“{name}”：工作簿没有“{INFO_SHEET}”工作表，请另行给出{wanted}（命令行：{'、'.join(options)}），"
        f"或按模板补上“{INFO_SHEET}”工作表",
    )


def _given_info(
    name: str, agency: str | None, level: AgencyLevel | str | None, year: int | None
) -> dict[tuple[str, ...], object]:
    """The 报告信息 values a caller gave, checked like the sheet's cells are."""
    given: dict[tuple[str, ...], object] = {}
    if agency is not None and agency.strip():
        given["agency", "name"] = agency.strip()
    if level is not None:
        value = level.value if isinstance(level, AgencyLevel) else level
        converted, problem = _level_value(value)
        if problem:
            raise WorkbookError(
                f"{name}: the agency level given: {_INFO_PROBLEMS[problem].format(value=value, levels=', '.join(_LEVELS))}",
                code="workbook.invalid_field",
                message_zh=f"“{name}”：给出的机关层级{_info_problem_zh(problem, value)}",
            )
        given["agency", "level"] = converted
    if year is not None:
        if not FIRST_REPORT_YEAR <= year <= LAST_REPORT_YEAR:
            raise WorkbookError(
                f"{name}: the report year given, {year}, is not between {FIRST_REPORT_YEAR} and {LAST_REPORT_YEAR}",
                code="workbook.invalid_field",
                message_zh=f"“{name}”：给出的报告年度“{year}”不在{FIRST_REPORT_YEAR}—{LAST_REPORT_YEAR}年之间",
            )
        given[("year",)] = year
    return given


_DATE_TEXT: Final = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def _info_value(
    grid: _Grid, spec: InfoField, position: tuple[int, int], problems: _Problems, *, required: bool
) -> object:
    value = _raw(grid, position, problems)
    where, where_en = (
        f"{grid.address(position)}（{spec.label}）",
        f"{grid.address(position)} (“{spec.label}”)",
    )
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").strip() or None
    if value is None:
        if spec.required and required:
            problems.add_problem(
                f"{where_en}: not filled in", "workbook.invalid_field", message_zh=f"{where}：未填写"
            )
        return None
    converted, problem = _INFO_CONVERTERS.get(spec.kind, _text_value)(value)
    if problem:
        problems.add_problem(
            f"{where_en}: {_INFO_PROBLEMS[problem].format(value=value, levels=', '.join(_LEVELS))}",
            "workbook.invalid_field",
            message_zh=f"{where}：{_info_problem_zh(problem, value)}",
        )
    return converted


Converted = tuple[object, str | None]
"""A value of the 报告信息 sheet converted, or the key of its problem in ``_INFO_PROBLEMS``."""

_LEVELS: Final = tuple(level.value for level in AgencyLevel)
# What is wrong with a value of the 报告信息 sheet, by the key a converter returns: English and Chinese.
_INFO_PROBLEMS: Final = {
    "not_a_year": "{value!r} is not a year (such as 2024)",
    "not_a_level": "{value!r} is not one of: {levels}",
    "not_text": "text is expected",
    "not_a_date": "{value!r} is not a date (such as 2025-01-20)",
}
_INFO_PROBLEMS_ZH: Final = {
    "not_a_year": "“{value}”不是年度（如2024）",
    "not_text": "应填写文字",
    "not_a_date": "“{value}”不是日期（如2025-01-20）",
}
# What a number cell holds instead of a number (``_numeric``), in each language.
_CELL_KINDS: Final = {
    "logical": "a logical value",
    "date": "a date or time",
    "other": "content that cannot be read",
}
_CELL_KINDS_ZH: Final = {"logical": "逻辑值", "date": "日期或时间", "other": "无法识别的内容"}


def _info_problem_zh(problem: str, value: object) -> str:
    """A 报告信息 problem in Chinese; a level outside the list in the messages module's words for any closed list."""
    if problem == "not_a_level":
        return not_one_of_zh(value, _LEVELS)
    return _INFO_PROBLEMS_ZH[problem].format(value=value)


def _year_value(value: object) -> Converted:
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool) and Decimal(value) % 1 == 0:
        return int(value), None
    if isinstance(value, str) and value.removesuffix("年").isdigit():
        return int(value.removesuffix("年")), None
    return None, "not_a_year"


def _level_value(value: object) -> Converted:
    try:
        return AgencyLevel(str(value)), None
    except ValueError:
        return None, "not_a_level"


def _text_value(value: object) -> Converted:
    if isinstance(value, bool | datetime | date | time):
        return None, "not_text"
    if isinstance(value, float | Decimal) and Decimal(value) % 1 == 0:
        return str(int(value)), None  # a phone number or division code typed as a number
    return str(value), None


def _date_value(value: object) -> Converted:
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, str) and (match := _DATE_TEXT.fullmatch(value)):
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3))), None
        except ValueError:
            pass
    return None, "not_a_date"


_INFO_CONVERTERS: Final = {"year": _year_value, "date": _date_value, "level": _level_value}


# --------------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------------


def _model_problem(exc: ValidationError, reader: _Reader, grid_name: str) -> WorkbookError:
    first = exc.errors()[0]
    path = tuple(str(part) for part in first["loc"])
    spec = next((spec for spec in INFO_FIELDS if spec.path and path[: len(spec.path)] == spec.path), None)
    if spec is not None:
        where = f"工作表“{grid_name}”中“{spec.label}”"
    else:  # a field the sheet does not print: its label in the format, else its path
        where = report_field_label(path, "2021") or f"字段 {'.'.join(path)}"
    return WorkbookError(
        f"{reader.name}: field {'.'.join(path)} is invalid ({first['msg']})",
        code="workbook.invalid_field",
        message_zh=f"{reader.name}：{where}填写有误（{first_error_zh(exc)[1]}）",
    )


def read_workbook(
    source: str | os.PathLike[str] | bytes,
    *,
    name: str | None = None,
    agency: str | None = None,
    level: AgencyLevel | str | None = None,
    year: int | None = None,
) -> WorkbookReading:
    """Read a filled report workbook (.xlsx) into a report, with the workbook address of every table cell.

    ``source`` is a path or the file's bytes; ``name`` is how messages name the file (default: the path).
    ``agency``, ``level`` and ``year`` stand in for the 报告信息 sheet, which a province's own template may not
    have (they are then required), or fill what it leaves empty; a value the sheet states differently is an
    error (``workbook.info_conflict``), never silently replaced.
    Any problem — a damaged, encrypted or old .xls file, a missing sheet or label, text or a negative or
    fractional number in a number cell — is one ``WorkbookError`` naming the file, sheet and cell.
    """
    shown = name or (os.fspath(source) if not isinstance(source, bytes) else "<workbook>")
    data = _bytes_of(source, shown)
    _check_container(data, shown)
    given = _given_info(shown, agency, level, year)
    reader = _Reader(shown, _load(data, shown), _Problems(shown))
    info = reader.info(given)
    table2 = reader.table2()
    table3 = reader.table3()
    table4 = reader.table4()
    reader.problems.raise_any()
    try:
        report = AnnualReport2021.model_validate(
            {
                **info,
                "proactive_disclosure": AnnualReport2021.table2_from_mapping(table2),
                "requests": RequestsTable2021.from_matrix(table3),
                "review_litigation": ReviewLitigationTable.from_values(table4),
            }
        )
    except ValidationError as exc:
        raise _model_problem(exc, reader, INFO_SHEET) from None
    return WorkbookReading(report, shown, dict(reader.cells), frozenset(reader.formula_cells))


def report_from_xlsx(
    source: str | os.PathLike[str] | bytes,
    *,
    agency: str | None = None,
    level: AgencyLevel | str | None = None,
    year: int | None = None,
) -> AnnualReport2021:
    """The report of a filled workbook (see ``read_workbook``; this keeps only the report)."""
    return read_workbook(source, agency=agency, level=level, year=year).report
