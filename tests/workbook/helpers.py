"""Filling a report workbook the way another program would: every cell found by its official labels only.

Nothing here uses the writer's coordinates or the reader: labels are compared verbatim (the template prints
them exactly as ``_labels`` holds them), and the value cell is where the row label's row meets the column
label's column. Totals that hold formulas are left alone (the spreadsheet computes them).
"""

from __future__ import annotations

import importlib
import io
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosure_rules._labels import (
    OVERVIEW_SUBHEADINGS,
    SECTION_HEADINGS,
    TABLE3_COLUMNS,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    table2_cells,
    table3_rows,
)
from disclosure_rules._models import AnnualReport2021, table2_value
from tests.requires import require_tool

if TYPE_CHECKING:
    from collections.abc import Callable

openpyxl: Any = importlib.import_module("openpyxl")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_2021 = ROOT / "examples" / "qingshan_natural_resources_2022.json"


@dataclass(frozen=True)
class Labelled:
    """Where a labelled value cell is: sheet title, row and column (1-based)."""

    sheet: str
    row: int
    column: int

    @property
    def address(self) -> str:
        return f"{self.sheet}!{openpyxl.utils.get_column_letter(self.column)}{self.row}"


def _cells_with(ws: Any, text: str) -> list[tuple[int, int]]:
    return sorted(
        (cell.row, cell.column)
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value == text
    )


def _sheet_with(wb: Any, *texts: str) -> Any:
    for ws in wb.worksheets:
        if all(_cells_with(ws, text) for text in texts):
            return ws
    raise AssertionError(f"no sheet holds {texts}")


def table3_cells(wb: Any) -> dict[tuple[str, str], Labelled]:
    """(row code, column code) → cell, found by the row's label and the column's header label."""
    rows = table3_rows("2021")
    ws = _sheet_with(wb, rows[0].label)
    found: dict[tuple[str, str], Labelled] = {}
    last = 0
    row_numbers = {}
    for spec in rows:
        last = next(r for r, _ in _cells_with(ws, spec.label) if r > last)
        row_numbers[spec.code] = last
    first = row_numbers[rows[0].code]
    for column in TABLE3_COLUMNS:
        header = max((rc for rc in _cells_with(ws, column.label) if rc[0] < first), key=lambda rc: rc[0])
        for code, number in row_numbers.items():
            found[code, column.code] = Labelled(ws.title, number, header[1])
    return found


def table2_cells_by_label(wb: Any) -> dict[str, Labelled]:
    """table 二 key → cell: the row label's row, the nearest column header above it."""
    specs = table2_cells("2021")
    ws = _sheet_with(wb, specs[0].row_label, specs[0].column_label)
    found: dict[str, Labelled] = {}
    for spec in specs:
        row = _cells_with(ws, spec.row_label)[0][0]
        header = max((rc for rc in _cells_with(ws, spec.column_label) if rc[0] < row), key=lambda rc: rc[0])
        found[spec.key] = Labelled(ws.title, row, header[1])
    return found


def table4_cells(wb: Any) -> list[Labelled]:
    """The 15 cells of table 四 in official order: the row below each group's result labels."""
    ws = _sheet_with(wb, *(group.label for group in TABLE4_GROUPS))
    starts = [_cells_with(ws, group.label)[0] for group in TABLE4_GROUPS]
    headers: list[tuple[int, int]] = []
    for group_row, group_column in starts:
        for _, label in TABLE4_RESULT_COLUMNS:
            headers.append(
                min(rc for rc in _cells_with(ws, label) if rc[0] > group_row and rc[1] >= group_column)
            )
    # The values sit in the row below the lowest header label (行政复议's labels span two header rows).
    value_row = max(row for row, _ in headers) + 1
    return [Labelled(ws.title, value_row, column) for _, column in headers]


def info_cells(wb: Any) -> dict[str, Labelled]:
    """报告信息 label → its value cell (the column headed 填写内容)."""
    ws = _sheet_with(wb, "机关名称", "填写内容")
    value_column = _cells_with(ws, "填写内容")[0][1]
    found = {}
    for row in ws.iter_rows(min_col=1, max_col=1):
        cell = row[0]
        if isinstance(cell.value, str) and cell.value.strip():
            found[cell.value] = Labelled(ws.title, cell.row, value_column)
    return found


def _is_formula(ws: Any, cell: Labelled) -> bool:
    value = ws.cell(row=cell.row, column=cell.column).value
    return isinstance(value, str) and value.startswith("=")


def _set(wb: Any, cell: Labelled, value: object, *, keep_formulas: bool = True) -> None:
    ws = wb[cell.sheet]
    if keep_formulas and _is_formula(ws, cell):
        return
    ws.cell(row=cell.row, column=cell.column, value=value)


def _info_values(report: AnnualReport2021) -> dict[str, object]:
    sections = {heading.code: heading.label for heading in SECTION_HEADINGS}
    values: dict[str, object] = {
        "机关名称": report.agency.name,
        "机关层级": report.agency.level.value,
        "行政区划代码": report.agency.region_code,
        "报告年度": report.year,
        "报告标题": report.title,
        "发布日期": report.publication.published_on,
        "报告网址": report.publication.website,
        "联系机构": report.publication.contact_office,
        "联系地址": report.publication.address,
        "邮编": report.publication.postcode,
        "联系电话": report.publication.phone,
        "电子邮箱": report.publication.email,
        "前言": report.preamble,
        sections["overview"]: report.overview.text,
        sections["problems"]: report.problems_and_improvements,
        sections["other_matters"]: report.other_matters,
    }
    for field, heading in OVERVIEW_SUBHEADINGS:
        values[heading] = getattr(report.overview, field)
    return values


def fill(data: bytes, report: AnnualReport2021, *, keep_formulas: bool = True) -> Any:
    """The template filled with ``report``; returns the openpyxl workbook (save it with ``save``)."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    info = info_cells(wb)
    for label, value in _info_values(report).items():
        _set(wb, info[label], value if value != "" else None)
    cells2 = table2_cells_by_label(wb)
    for spec in table2_cells("2021"):
        value = table2_value(report.proactive_disclosure, spec)
        _set(wb, cells2[spec.key], float(value) if isinstance(value, Decimal) else value)
    cells3 = table3_cells(wb)
    for row, counts in report.requests.iter_rows():
        for column, value in zip(TABLE3_COLUMNS, counts.values(), strict=True):
            _set(wb, cells3[row.code, column.code], value, keep_formulas=keep_formulas)
    for cell, value in zip(table4_cells(wb), report.review_litigation.values(), strict=True):
        _set(wb, cell, value, keep_formulas=keep_formulas)
    return wb


def save(wb: Any) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


_REF = re.compile(r"(\$?)([A-Z]{1,3})(\$?)(\d+)")


def insert_row(wb: Any, sheet: str, before: int) -> None:
    """Insert a blank row as a spreadsheet does: cells, merges and formula references below it move down."""
    ws = wb[sheet]
    merges = [str(rng) for rng in ws.merged_cells.ranges]
    for rng in merges:
        ws.unmerge_cells(rng)
    ws.insert_rows(before)

    def shift(match: re.Match[str]) -> str:
        row = int(match.group(4))
        return f"{match.group(1)}{match.group(2)}{match.group(3)}{row + 1 if row >= before else row}"

    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.value = _REF.sub(shift, cell.value)
    for rng in merges:
        ws.merge_cells(_REF.sub(shift, rng))


def soffice() -> str:
    """LibreOffice's command; under CI a missing install fails the test instead of skipping it."""
    return require_tool("soffice")


def convert(path: Path, target: str, outdir: Path, *, produces: Path | None = None) -> Path:
    """Convert with LibreOffice headless (a fresh profile in ``outdir``); the converted file's path."""
    profile = outdir / "lo-profile"
    done = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,
    )
    extension = target.split(":", 1)[0]
    result = produces or outdir / f"{path.stem}.{extension}"
    assert done.returncode == 0, done.stderr
    assert result.exists(), done.stderr
    return result


def _province_table2(ws: Any, report: AnnualReport2021, row: int) -> int:
    ws.cell(row=row, column=2, value="二、主动公开政府信息情况")
    specs = table2_cells("2021")
    for caption in dict.fromkeys(spec.block_caption for spec in specs):
        block = [spec for spec in specs if spec.block_caption == caption]
        columns = list(dict.fromkeys(spec.column_label for spec in block))
        ws.cell(row=row + 1, column=2, value=caption)
        ws.cell(row=row + 2, column=2, value="信息内容")
        for offset, label in enumerate(columns):
            ws.cell(row=row + 2, column=3 + offset, value=label)
        row += 2
        for spec in block:
            if spec.column_label == columns[0]:
                row += 1
                ws.cell(row=row, column=2, value=spec.row_label)
            value = table2_value(report.proactive_disclosure, spec)
            written = float(value) if isinstance(value, Decimal) else value
            ws.cell(row=row, column=3 + columns.index(spec.column_label), value=written)
    return row


def _province_table3(ws: Any, report: AnnualReport2021, row: int) -> int:
    for column_number, column in enumerate(TABLE3_COLUMNS, start=4):
        ws.cell(row=row, column=column_number, value=column.label)
    for spec, counts in report.requests.iter_rows():
        row += 1
        ws.cell(row=row, column=2, value=spec.label)
        for column_number, value in enumerate(counts.values(), start=4):
            ws.cell(row=row, column=column_number, value=value)
    return row


def _province_table4(ws: Any, report: AnnualReport2021, row: int) -> None:
    column_number = 3
    for group in TABLE4_GROUPS:
        ws.cell(row=row, column=column_number, value=group.label)
        for offset, (_, label) in enumerate(TABLE4_RESULT_COLUMNS):
            ws.cell(row=row + 1, column=column_number + offset, value=label)
        column_number += len(TABLE4_RESULT_COLUMNS)
    for offset, value in enumerate(report.review_litigation.values()):
        ws.cell(row=row + 2, column=3 + offset, value=value)


def write_province_tables(ws: Any, report: AnnualReport2021) -> None:
    """Tables 二, 三 and 四 on one sheet, as a province's own template lays them out: official labels only."""
    row = _province_table2(ws, report, 2)
    row = _province_table3(ws, report, row + 4)
    _province_table4(ws, report, row + 3)


def run_cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m disclosure_rules ARGS`` run in ``folder``, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "disclosure_rules", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=folder,
    )


def rezipped(
    data: bytes, change: Callable[[str, bytes], bytes | None], compression: int = zipfile.ZIP_DEFLATED
) -> bytes:
    """``data``'s zip (a workbook) with each part passed through ``change`` (``None`` leaves the part out)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", compression) as target:
        for info in source.infolist():
            part = change(info.filename, source.read(info.filename))
            if part is not None:
                target.writestr(info.filename, part)
    return out.getvalue()
