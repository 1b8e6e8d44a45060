"""``workbook_template``: a blank report workbook in the official shape of the 2021 format.

The table sheets are laid out from the renderer's grid views (official merged headers and labels); value
cells are unlocked and validated, totals are live formulas, everything else is locked by a sheet protection
without a password. ``previous`` pre-fills what last year's report fixes, with a note on each such cell.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from disclosure_rules._labels import (
    SECTION_HEADINGS,
    TABLE3_COLUMNS,
    TABLE3_TOTAL_COLUMN,
    TABLE4_RESULT_COLUMNS,
    RowKind,
    table2_cells,
    table3_row,
    table3_rows,
)
from disclosure_rules._messages import not_one_of_zh
from disclosure_rules._models import Agency, AgencyLevel, AnnualReport2021
from disclosure_rules._render._views import table2_view, table3_view, table4_view
from disclosure_rules._sources import FIRST_YEAR_OF_2021_FORMAT
from disclosure_rules._workbook._errors import WorkbookError
from disclosure_rules._workbook._guide import GUIDE_TITLE, guide_lines
from disclosure_rules._workbook._layout import (
    FEE_AMOUNT_NAME,
    FEE_DECIMALS,
    GUIDE_SHEET,
    INFO_FIELDS,
    INFO_HEADER,
    INFO_SHEET,
    TABLE_SECTIONS,
    TABLE_SHEETS,
    TableId,
    column_letter,
    place,
    see_table_text,
)
from disclosure_rules._workbook._openpyxl import openpyxl_module

if TYPE_CHECKING:
    from collections.abc import Mapping

    from disclosure_rules._models import AnyReport
    from disclosure_rules._render._views import GridCell, GridTable

# Where a table's grid starts: row 1 holds the section heading, row 2 is left empty.
GRID_TOP: Final = 3
FONT_NAME: Final = "宋体"
INPUT_FILL: Final = "FFF7D6"  # light yellow: type here
LOCKED_FILL: Final = "EDEDED"  # light grey: labels and formulas
PREFILL_AUTHOR: Final = "disclosure_rules"
LAST_YEAR_OF_TEMPLATE: Final = 2100
# Column widths in character units (a CJK character is about two).
TABLE_COLUMN_WIDTHS: Final[dict[TableId, tuple[float, ...]]] = {
    "table2": (22, 14, 14, 14),
    "table3": (7, 8, 40, *(9,) * len(TABLE3_COLUMNS)),
    "table4": (8.5,) * (len(TABLE4_RESULT_COLUMNS) * 3),
}
POINTS_PER_LINE: Final = 15.0
INFO_TITLE: Final = "报告基本信息和文字部分"
INFO_COLUMN_WIDTHS: Final = (26, 80, 36)
LONG_TEXT_LINES: Final = 6  # the height of a text section's cell; the text wraps and the row can grow


@dataclass(slots=True)
class _Sheet:
    """A table sheet being written: the value cells by their view key, and the cells already styled."""

    worksheet: Any
    values: dict[str, tuple[int, int]] = field(default_factory=dict)


def _blank_report(year: int) -> AnnualReport2021:
    # The grid views need a report; only their layout and keys are used, never its (blank) figures.
    return AnnualReport2021(agency=Agency(name="-", level=AgencyLevel.OTHER), year=year)


def _views(year: int) -> dict[TableId, GridTable]:
    report = _blank_report(year)
    return {"table2": table2_view(report), "table3": table3_view(report), "table4": table4_view(report)}


class _Styles:
    """The few styles of the workbook, made once from openpyxl's classes."""

    def __init__(self) -> None:
        styles = openpyxl_module("openpyxl.styles")
        thin = styles.Side(style="thin", color="000000")
        self.border = styles.Border(left=thin, right=thin, top=thin, bottom=thin)
        self.label_font = styles.Font(name=FONT_NAME, size=10)
        self.head_font = styles.Font(name=FONT_NAME, size=10, bold=True)
        self.title_font = styles.Font(name=FONT_NAME, size=14, bold=True)
        self.locked_fill = styles.PatternFill("solid", fgColor=LOCKED_FILL)
        self.input_fill = styles.PatternFill("solid", fgColor=INPUT_FILL)
        self.center = styles.Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.left = styles.Alignment(horizontal="left", vertical="center", wrap_text=True)
        self.top_left = styles.Alignment(horizontal="left", vertical="top", wrap_text=True)
        self.unlocked = styles.Protection(locked=False)
        self.locked = styles.Protection(locked=True)


# Characters from the CJK radicals block on take two columns of a spreadsheet cell.
WIDE_FROM: Final = 0x2E80


def _display_width(text: str) -> int:
    return sum(2 if ord(char) >= WIDE_FROM else 1 for char in text)


def _lines(text: str, width: float) -> int:
    return max(1, -(-_display_width(text) // max(int(width) - 1, 1)))


def _frame(ws: Any, row: int, column: int, cell: GridCell, styles: _Styles) -> None:  # noqa: ANN401
    """Borders on every cell a grid cell covers, and the merge of its span."""
    for dr in range(cell.rowspan):
        for dc in range(cell.colspan):
            ws.cell(row=row + dr, column=column + dc).border = styles.border
    if cell.colspan > 1 or cell.rowspan > 1:
        ws.merge_cells(
            start_row=row,
            start_column=column,
            end_row=row + cell.rowspan - 1,
            end_column=column + cell.colspan - 1,
        )


def _write_table(workbook: Any, table_id: TableId, view: GridTable, styles: _Styles) -> _Sheet:  # noqa: ANN401
    sheet = _Sheet(workbook.create_sheet(TABLE_SHEETS[table_id]))
    ws = sheet.worksheet
    widths = TABLE_COLUMN_WIDTHS[table_id]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[column_letter(index)].width = width
    heading = next(h.label for h in SECTION_HEADINGS if h.code == TABLE_SECTIONS[table_id])
    ws.cell(row=1, column=1, value=heading).font = styles.title_font
    row_lines: dict[int, int] = {}
    for placed in place(view):
        row, column, cell = GRID_TOP + placed.row, 1 + placed.column, placed.cell
        _frame(ws, row, column, cell, styles)
        target = ws.cell(row=row, column=column)
        if cell.role == "value":
            if cell.key is None:  # pragma: no cover - every value cell of a standard table has a key
                raise AssertionError(f"value cell without a key in {table_id}")
            sheet.values[cell.key] = (row, column)
            target.fill, target.protection = styles.input_fill, styles.unlocked
            target.alignment, target.font = styles.center, styles.label_font
            continue
        target.value = cell.text
        target.fill = styles.locked_fill
        target.font = styles.head_font if cell.role in {"head", "caption", "note"} else styles.label_font
        target.alignment = styles.left if cell.role in {"label", "caption"} else styles.center
        if cell.rowspan == 1:
            span_width = sum(widths[column - 1 : column - 1 + cell.colspan])
            row_lines[row] = max(row_lines.get(row, 1), _lines(cell.text, span_width))
    for row, lines in row_lines.items():
        if lines > 1:
            ws.row_dimensions[row].height = POINTS_PER_LINE * lines
    return sheet


def _ranges(cells: list[tuple[int, int]]) -> str:
    """``B5:B26`` for a run of cells in one column or row; separate runs joined by commas."""
    ordered = sorted(cells)
    runs: list[list[tuple[int, int]]] = []
    for cell in ordered:
        last = runs[-1][-1] if runs else None
        if last is not None and (
            (cell[1] == last[1] and cell[0] == last[0] + 1) or (cell[0] == last[0] and cell[1] == last[1] + 1)
        ):
            runs[-1].append(cell)
        else:
            runs.append([cell])
    parts = []
    for run in runs:
        first, last = run[0], run[-1]
        start = f"{column_letter(first[1])}{first[0]}"
        parts.append(start if first == last else f"{start}:{column_letter(last[1])}{last[0]}")
    return ",".join(parts)


def formula_cells(values: dict[str, dict[str, tuple[int, int]]]) -> dict[tuple[TableId, str], str]:
    """The total cells and their formulas: 总计 column, （七）总计 row, table 四's 总计 of each group."""
    formulas: dict[tuple[TableId, str], str] = {}
    t3 = values["table3"]
    applicant_codes = [column.code for column in TABLE3_COLUMNS if column is not TABLE3_TOTAL_COLUMN]
    outcome_codes = [row.code for row in table3_rows("2021") if row.kind is RowKind.OUTCOME]
    total_row = next(row.code for row in table3_rows("2021") if row.kind is RowKind.TOTAL)
    for code in applicant_codes:
        parts = [t3[f"table3.{row}.{code}"] for row in outcome_codes]
        formulas["table3", f"table3.{total_row}.{code}"] = f"=SUM({_ranges(parts)})"
    for row in table3_rows("2021"):
        parts = [t3[f"table3.{row.code}.{code}"] for code in applicant_codes]
        formulas["table3", f"table3.{row.code}.{TABLE3_TOTAL_COLUMN.code}"] = f"=SUM({_ranges(parts)})"
    t4 = values["table4"]
    result_codes = [code for code, _ in TABLE4_RESULT_COLUMNS]
    for key in t4:
        _, group, result = key.split(".")
        if result == result_codes[-1]:
            parts = [t4[f"table4.{group}.{code}"] for code in result_codes[:-1]]
            formulas["table4", key] = f"=SUM({_ranges(parts)})"
    return formulas


def _validations(sheet: _Sheet, formulas: set[str], fee_keys: set[str]) -> None:
    worksheet = openpyxl_module("openpyxl.worksheet.datavalidation")
    counts = worksheet.DataValidation(
        type="whole",
        operator="greaterThanOrEqual",
        formula1="0",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="只能填写件数",
        error="请填写0或正整数（件数不能为负数或小数）。",
    )
    fee_cells = [sheet.values[key] for key in sheet.values if key in fee_keys]
    for key, (row, column) in sheet.values.items():
        if key not in formulas and key not in fee_keys:
            counts.add(f"{column_letter(column)}{row}")
    if counts.sqref:
        sheet.worksheet.add_data_validation(counts)
    for row, column in fee_cells:
        address = f"{column_letter(column)}{row}"
        fee = worksheet.DataValidation(
            type="custom",
            formula1=f"AND(ISNUMBER({address}),{address}>=0,ROUND({address},{FEE_DECIMALS})={address})",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=FEE_AMOUNT_NAME,
            error=f"请填写以万元为单位的非负数，最多{FEE_DECIMALS}位小数。",
        )
        fee.add(address)
        sheet.worksheet.add_data_validation(fee)


def _page_setup(worksheet: Any, *, landscape: bool) -> None:  # noqa: ANN401 - an openpyxl worksheet
    # A4, as wide as the page: each sheet prints (and converts to PDF) one page wide.
    worksheet.page_setup.orientation = "landscape" if landscape else "portrait"
    worksheet.page_setup.paperSize = worksheet.PAPERSIZE_A4
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True


def _protect(worksheet: Any) -> None:  # noqa: ANN401 - an openpyxl worksheet
    # Protection without a password: a clerk cannot break the layout by accident, and can lift it on purpose.
    worksheet.protection.sheet = True
    worksheet.protection.formatColumns = False  # column widths may still be changed
    worksheet.protection.formatRows = False


def _info_validations() -> tuple[Any, Any, Any]:
    """Data validations of the 报告信息 sheet: the level list, a year, a date."""
    datavalidation = openpyxl_module("openpyxl.worksheet.datavalidation")
    levels = datavalidation.DataValidation(
        type="list", formula1='"' + ",".join(level.value for level in AgencyLevel) + '"', allow_blank=True
    )
    years = datavalidation.DataValidation(
        type="whole",
        operator="between",
        formula1=str(FIRST_YEAR_OF_2021_FORMAT),
        formula2=str(LAST_YEAR_OF_TEMPLATE),
        allow_blank=True,
        showErrorMessage=True,
        error="请填写四位数的年度，如2024。",
    )
    # 36526 is 2000-01-01 as a spreadsheet serial date: any real publication date is later.
    dates = datavalidation.DataValidation(
        type="date", operator="greaterThan", formula1="36526", allow_blank=True, showErrorMessage=True
    )
    return levels, years, dates


def _info_header(ws: Any, styles: _Styles) -> None:  # noqa: ANN401 - an openpyxl worksheet
    for letter, width in zip("ABC", INFO_COLUMN_WIDTHS, strict=True):
        ws.column_dimensions[letter].width = width
    ws.cell(row=1, column=1, value=INFO_TITLE).font = styles.title_font
    for number, text in enumerate(INFO_HEADER, start=1):
        cell = ws.cell(row=2, column=number, value=text)
        cell.font, cell.fill, cell.border = styles.head_font, styles.locked_fill, styles.border
        cell.alignment = styles.center


def _info_sheet(workbook: Any, values: Mapping[str, object], styles: _Styles) -> None:  # noqa: ANN401
    ws = workbook.create_sheet(INFO_SHEET)
    _info_header(ws, styles)
    levels, years, dates = _info_validations()
    for row, spec in enumerate(INFO_FIELDS, start=3):
        label = ws.cell(row=row, column=1, value=spec.label)
        value = ws.cell(row=row, column=2)
        note = ws.cell(row=row, column=3, value=spec.note or None)
        label.font = styles.head_font if spec.required else styles.label_font
        note.font = styles.label_font
        for cell in (label, note):
            cell.fill, cell.alignment = styles.locked_fill, styles.left
        for cell in (label, value, note):
            cell.border = styles.border
        value.font = styles.label_font
        label_lines = max(_lines(spec.label, INFO_COLUMN_WIDTHS[0]), _lines(spec.note, INFO_COLUMN_WIDTHS[2]))
        if label_lines > 1:
            ws.row_dimensions[row].height = POINTS_PER_LINE * label_lines
        if spec.kind == "see_table":
            value.value = see_table_text(spec)
            value.fill, value.alignment = styles.locked_fill, styles.left
            continue
        value.fill, value.protection = styles.input_fill, styles.unlocked
        value.alignment = styles.top_left if spec.kind == "long_text" else styles.left
        value.value = values.get(".".join(spec.path))
        if spec.kind == "long_text":
            ws.row_dimensions[row].height = POINTS_PER_LINE * LONG_TEXT_LINES
        elif spec.kind == "date":
            value.number_format = "yyyy-mm-dd"
        validation = {"level": levels, "year": years, "date": dates}.get(spec.kind)
        if validation is not None:
            validation.add(value.coordinate)
    for validation in (levels, years, dates):
        ws.add_data_validation(validation)
    _protect(ws)


def _guide_sheet(workbook: Any, styles: _Styles) -> None:  # noqa: ANN401 - an openpyxl workbook
    ws = workbook.active
    ws.title = GUIDE_SHEET
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 110
    ws.cell(row=1, column=1, value=GUIDE_TITLE).font = styles.title_font
    for row, (heading, text) in enumerate(guide_lines(), start=3):
        head = ws.cell(row=row, column=1, value=heading or None)
        head.font, head.alignment = styles.head_font, styles.left
        body = ws.cell(row=row, column=2, value=text)
        body.font, body.alignment = styles.label_font, styles.left
        ws.row_dimensions[row].height = POINTS_PER_LINE * _lines(text, 110)
    _protect(ws)


def _prefill(sheets: dict[TableId, _Sheet], previous: AnyReport, styles: _Styles) -> None:
    """Last year's 结转下年度继续办理 as this year's 上年结转; last year's 现行有效件数 as a starting point."""
    comments = openpyxl_module("openpyxl.comments")
    if previous.report_format == "legacy":
        return
    forwarded = previous.requests.carried_forward
    for column in TABLE3_COLUMNS:
        if column is TABLE3_TOTAL_COLUMN or forwarded.get(column.code) is None:
            continue
        row, col = sheets["table3"].values[f"table3.carried_over.{column.code}"]
        cell = sheets["table3"].worksheet.cell(row=row, column=col, value=forwarded.get(column.code))
        cell.comment = comments.Comment(
            f"按{previous.year}年度报告“{table3_row('carried_forward').title}”预填，请核对。",
            PREFILL_AUTHOR,
            width=220,
            height=60,
        )
    if previous.report_format != "2021":
        return
    for spec in table2_cells("2021"):
        if spec.field_path[1] != "in_force":
            continue
        before = getattr(previous.proactive_disclosure, spec.field_path[0]).in_force
        if before is None:
            continue
        row, col = sheets["table2"].values[f"table2.{spec.field_path[0]}.in_force"]
        cell = sheets["table2"].worksheet.cell(row=row, column=col, value=before)
        cell.comment = comments.Comment(
            f"预填的是{previous.year}年度报告的现行有效件数，仅作起点：请加本年制发、减本年废止后改为年末实际件数。",
            PREFILL_AUTHOR,
            width=260,
            height=80,
        )
    del styles  # the pre-filled cells keep the input style


def workbook_template(
    *,
    year: int | None = None,
    agency: str | None = None,
    level: AgencyLevel | str | None = None,
    previous: AnyReport | None = None,
) -> bytes:
    """A blank report workbook (.xlsx bytes) in the 2021 format, for ``year`` (default: last year).

    ``agency`` and ``level`` fill the 报告信息 sheet; ``previous`` (last year's report) pre-fills 上年结转 and
    现行有效件数 and, when not given, the agency, level and year. Needs openpyxl (the ``xlsx`` extra).
    """
    if year is None:
        year = previous.year + 1 if previous is not None else date.today().year - 1
    if not FIRST_YEAR_OF_2021_FORMAT <= year <= LAST_YEAR_OF_TEMPLATE:
        raise WorkbookError(
            f"the workbook template follows the 2021 format, for {FIRST_YEAR_OF_2021_FORMAT} and later,"
            f" not for {year}",
            code="workbook.unsupported_year",
            message_zh=f"工作簿模板按2021年格式制作，适用于{FIRST_YEAR_OF_2021_FORMAT}年及以后的年度，不能用于{year}年度",
        )
    if level is not None:
        try:
            level = AgencyLevel(level)
        except ValueError:
            choices = [item.value for item in AgencyLevel]
            raise WorkbookError(
                f"agency level {level!r} is not one of: {', '.join(choices)}",
                code="workbook.invalid_field",
                message_zh=f"机关层级{not_one_of_zh(level, choices)}",
            ) from None
    if previous is not None:
        agency = agency or previous.agency.name
        level = level or previous.agency.level
    openpyxl = openpyxl_module()
    styles = _Styles()
    workbook = openpyxl.Workbook()
    _guide_sheet(workbook, styles)
    info = {"agency.name": agency, "agency.level": level.value if level else None, "year": year}
    _info_sheet(workbook, info, styles)
    sheets = {
        table_id: _write_table(workbook, table_id, view, styles) for table_id, view in _views(year).items()
    }
    formulas = formula_cells({table_id: sheet.values for table_id, sheet in sheets.items()})
    for (table_id, key), formula in formulas.items():
        row, column = sheets[table_id].values[key]
        cell = sheets[table_id].worksheet.cell(row=row, column=column, value=formula)
        cell.fill, cell.protection = styles.locked_fill, styles.locked
    fee_keys = {
        f"table2.{spec.field_path[0]}.{spec.field_path[1]}"
        for spec in table2_cells("2021")
        if spec.value_kind == "amount_10k_yuan"
    }
    for table_id, sheet in sheets.items():
        _validations(sheet, {key for t, key in formulas if t == table_id}, fee_keys)
        _protect(sheet.worksheet)
    for worksheet in workbook.worksheets:
        _page_setup(worksheet, landscape=worksheet.title != TABLE_SHEETS["table2"])
    if previous is not None:
        _prefill(sheets, previous, styles)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
