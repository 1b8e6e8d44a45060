"""Where everything sits in the report workbook: sheet names, the 报告信息 fields, and the table grids.

The three table sheets are laid out from the renderer's grid views (:mod:`disclosure_rules._render._views`),
which hold the official merged headers and labels of the 2021 format; so the workbook, the HTML report and
the other outputs share one layout. The reader never uses these positions: it finds cells by their labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from disclosure_rules._labels import OVERVIEW_SUBHEADINGS, REPORT_FIELD_LABELS, section_label
from disclosure_rules._models import AgencyLevel
from disclosure_rules._sources import REPORT_NAME

if TYPE_CHECKING:
    from disclosure_rules._render._views import GridCell, GridTable

TableId = Literal["table2", "table3", "table4"]

INFO_SHEET: Final = "报告信息"
GUIDE_SHEET: Final = "填报说明"
TABLE_SHEETS: Final[dict[TableId, str]] = {"table2": "表二", "table3": "表三", "table4": "表四"}
# The section each table belongs to, by its code in SECTION_HEADINGS.
TABLE_SECTIONS: Final[dict[TableId, str]] = {
    "table2": "proactive_disclosure",
    "table3": "requests",
    "table4": "review_litigation",
}

# The header of the 报告信息 sheet: the reader finds the value column by the middle label.
INFO_HEADER: Final = ("项目", "填写内容", "说明")

# Reading bounds: the labels of a report workbook sit in its first rows and columns. A sheet that claims
# a million rows (a stray format applied to a whole column) is read only this far.
MAX_ROWS: Final = 1000
MAX_COLUMNS: Final = 64
MAX_SHEETS: Final = 50
# A filled template is about 20 kB; anything this large is not a report workbook (and could be a zip bomb).
MAX_FILE_BYTES: Final = 50 * 1024 * 1024
# 30号: 行政事业性收费 in 万元; the template allows four decimals (one yuan).
FEE_DECIMALS: Final = 4
# The fee cell's short name, as the template's input check titles it and the reader names what it expected there
# (the format's column label, 本年收费金额（单位：万元）, is too long for an Excel error box's title).
FEE_AMOUNT_NAME: Final = "收费金额（万元）"

InfoKind = Literal["text", "long_text", "year", "date", "level", "region", "see_table"]


@dataclass(frozen=True, slots=True)
class InfoField:
    """A row of the 报告信息 sheet: its label, the model field it fills, and what a clerk types there."""

    label: str
    path: tuple[str, ...]  # attribute path in the report model; () for a pointer to a table sheet
    kind: InfoKind
    required: bool
    note: str


_section = section_label


def _field(path: tuple[str, ...], kind: InfoKind, *, required: bool, note: str) -> InfoField:
    """A row filling a report field, labelled as ``_labels`` names the field."""
    return InfoField(REPORT_FIELD_LABELS[path], path, kind, required, note)


_LEVELS = "、".join(level.value for level in AgencyLevel)

INFO_FIELDS: Final = (
    _field(("agency", "name"), "text", required=True, note="发布报告的机关全称"),
    _field(("agency", "level"), "level", required=True, note=f"从下拉列表选择：{_LEVELS}"),
    _field(("agency", "region_code"), "region", required=False, note="6位或12位数字，可不填"),
    _field(("year",), "year", required=True, note="报告所统计的年度，如2024"),
    _field(
        ("title",),
        "text",
        required=False,
        note=f"不填则为“机关名称+年度+{REPORT_NAME}”",
    ),
    _field(("publication", "published_on"), "date", required=False, note="日期，如2025-01-20"),
    _field(("publication", "website"), "text", required=False, note="本报告电子版的下载地址"),
    _field(("publication", "contact_office"), "text", required=False, note="受理咨询的机构"),
    _field(("publication", "address"), "text", required=False, note=""),
    _field(("publication", "postcode"), "text", required=False, note=""),
    _field(("publication", "phone"), "text", required=False, note=""),
    _field(("publication", "email"), "text", required=False, note=""),
    _field(("preamble",), "long_text", required=False, note="不填则按条例第五十条和格式自动生成"),
    InfoField(
        _section("overview"), ("overview", "text"), "long_text", required=False, note="原则上不超过1000字"
    ),
    *(
        InfoField(heading, ("overview", field), "long_text", required=False, note="总体情况的分项，可不填")
        for field, heading in OVERVIEW_SUBHEADINGS
    ),
    InfoField(_section("proactive_disclosure"), (), "see_table", required=False, note=""),
    InfoField(_section("requests"), (), "see_table", required=False, note=""),
    InfoField(_section("review_litigation"), (), "see_table", required=False, note=""),
    InfoField(_section("problems"), ("problems_and_improvements",), "long_text", required=False, note=""),
    InfoField(_section("other_matters"), ("other_matters",), "long_text", required=False, note=""),
)


def see_table_text(field: InfoField) -> str:
    """The fixed text of a section row whose content is a table sheet (``见“表二”工作表``)."""
    table = next(table for table, code in TABLE_SECTIONS.items() if _section(code) == field.label)
    return f"见“{TABLE_SHEETS[table]}”工作表"


# --------------------------------------------------------------------------------------------------
# Addresses
# --------------------------------------------------------------------------------------------------

_PLAIN_SHEET_NAME: Final = re.compile(r"[\w\u3400-\u9fff]+")


def column_letter(column: int) -> str:
    """``1`` → ``A``, ``27`` → ``AA`` (1-based, as spreadsheets count)."""
    letters = ""
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def cell_address(sheet: str, row: int, column: int) -> str:
    """``表三!H12``; a sheet name with spaces or punctuation is quoted as spreadsheets quote it."""
    name = sheet if _PLAIN_SHEET_NAME.fullmatch(sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{column_letter(column)}{row}"


# --------------------------------------------------------------------------------------------------
# Grid placement (HTML table layout: a cell goes to the next column not covered by a span from above)
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Placed:
    """A grid cell at its 0-based row and column offset in the table."""

    row: int
    column: int
    cell: GridCell


def place(table: GridTable) -> list[Placed]:
    """Every cell of a grid table with its position, row spans and column spans resolved."""
    rows = [*table.head, *(row for body in table.bodies for row in body)]
    covered: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    for row_index, row in enumerate(rows):
        column = 0
        for cell in row:
            while (row_index, column) in covered:
                column += 1
            placed.append(Placed(row_index, column, cell))
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    covered.add((row_index + dr, column + dc))
            column += cell.colspan
    return placed
