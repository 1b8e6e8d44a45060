"""The blank workbook: official labels verbatim and in order, locked labels, validated inputs, live totals."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest

from disclosure_rules import AgencyLevel, AnnualReport2021, WorkbookError, report_from_json, workbook_template
from disclosure_rules._labels import (
    SECTION_HEADINGS,
    TABLE3_COLUMNS,
    TABLE3_NOTE,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    table2_cells,
    table3_row,
    table3_rows,
)
from disclosure_rules._workbook._guide import guide_lines
from disclosure_rules._workbook._layout import FEE_AMOUNT_NAME
from tests.workbook.helpers import (
    EXAMPLE_2021,
    convert,
    fill,
    openpyxl,
    save,
    table2_cells_by_label,
    table3_cells,
    table4_cells,
)

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def template() -> bytes:
    return workbook_template(year=2024, agency="青山县自然资源局", level=AgencyLevel.GOVERNMENT_DEPARTMENT)


def _load(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def _texts(ws: Any) -> list[str]:
    return [cell.value for row in ws.iter_rows() for cell in row if isinstance(cell.value, str)]


def test_sheets_and_their_order(template: bytes) -> None:
    assert _load(template).sheetnames == ["填报说明", "报告信息", "表二", "表三", "表四"]


def test_table3_labels_verbatim_and_in_official_order(template: bytes) -> None:
    texts = _texts(_load(template)["表三"])
    assert texts[0] == SECTION_HEADINGS[2].label
    assert TABLE3_NOTE in texts
    row_labels = [text for text in texts if any(text == row.label for row in table3_rows("2021"))]
    assert row_labels == [row.label for row in table3_rows("2021")]
    header = [text for text in texts if any(text == column.label for column in TABLE3_COLUMNS)]
    assert header == ["自然人", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def test_table3_merged_header_as_the_format_prints_it(template: bytes) -> None:
    ws = _load(template)["表三"]
    merged = {str(rng) for rng in ws.merged_cells.ranges}
    note = next(cell for row in ws.iter_rows() for cell in row if cell.value == TABLE3_NOTE)
    assert f"{note.coordinate}:C{note.row + 2}" in merged  # the note spans 3 rows × 3 columns
    top = next(cell for row in ws.iter_rows() for cell in row if cell.value == "申请人情况")
    assert f"{top.coordinate}:J{top.row}" in merged  # 申请人情况 spans the 7 data columns
    group = next(cell for row in ws.iter_rows() for cell in row if cell.value == "三、本年度办理结果")
    assert f"{group.coordinate}:A{group.row + 21}" in merged  # the results group spans its 22 rows


def test_table2_and_table4_labels(template: bytes) -> None:
    wb = _load(template)
    texts2 = _texts(wb["表二"])
    for spec in table2_cells("2021"):
        assert spec.row_label in texts2
        assert spec.column_label in texts2
    assert "本年收费金额（单位：万元）" in texts2
    texts4 = _texts(wb["表四"])
    assert [t for t in texts4 if t in {g.label for g in TABLE4_GROUPS} | {"行政诉讼"}] == [
        "行政复议",
        "行政诉讼",
        "未经复议直接起诉",
        "复议后起诉",
    ]
    assert texts4.count(TABLE4_RESULT_COLUMNS[0][1]) == 3


def test_totals_are_live_formulas_and_locked(template: bytes) -> None:
    wb = _load(template)
    cells = table3_cells(wb)
    ws = wb["表三"]
    total_row = ws.cell(
        row=cells["total", "natural_person"].row, column=cells["total", "natural_person"].column
    )
    assert total_row.value.startswith("=SUM(")
    assert total_row.protection.locked
    total_column = cells["new_received", "total"]
    assert ws.cell(row=total_column.row, column=total_column.column).value.startswith("=SUM(")
    for cell in table4_cells(wb)[4::5]:
        assert wb["表四"].cell(row=cell.row, column=cell.column).value.startswith("=SUM(")


def test_inputs_unlocked_labels_locked_sheets_protected_without_password(template: bytes) -> None:
    wb = _load(template)
    ws = wb["表三"]
    granted = table3_cells(wb)["granted", "natural_person"]
    assert not ws.cell(row=granted.row, column=granted.column).protection.locked
    label = next(cell for row in ws.iter_rows() for cell in row if cell.value == "（一）予以公开")
    assert label.protection.locked
    for sheet in wb.worksheets:
        assert sheet.protection.sheet
        assert not sheet.protection.password


def test_number_cells_carry_data_validation(template: bytes) -> None:
    wb = _load(template)
    validations = wb["表三"].data_validations.dataValidation
    whole = [dv for dv in validations if dv.type == "whole"]
    granted = table3_cells(wb)["granted", "natural_person"].address.split("!")[1]
    assert any(granted in dv.sqref for dv in whole)
    assert whole[0].operator == "greaterThanOrEqual"
    assert whole[0].formula1 == "0"
    fee = table2_cells_by_label(wb)["行政事业性收费.本年收费金额(万元)"].address.split("!")[1]
    fee_rules = [dv for dv in wb["表二"].data_validations.dataValidation if fee in dv.sqref]
    assert len(fee_rules) == 1
    assert fee_rules[0].type == "custom"
    assert "ROUND" in fee_rules[0].formula1
    assert fee_rules[0].errorTitle == FEE_AMOUNT_NAME


def test_previous_prefills_carry_over_and_stock_with_a_note() -> None:
    previous = report_from_json(EXAMPLE_2021.read_text(encoding="utf-8"))
    assert isinstance(previous, AnnualReport2021)
    wb = _load(workbook_template(previous=previous))
    cells = table3_cells(wb)
    info_ws = wb["报告信息"]
    assert previous.agency.name in _texts(info_ws)
    for column in TABLE3_COLUMNS[:6]:
        cell = cells["carried_over", column.code]
        written = wb["表三"].cell(row=cell.row, column=cell.column)
        assert written.value == previous.requests.carried_forward.get(column.code)
        assert f"年度报告“{table3_row('carried_forward').title}”预填" in written.comment.text
    stock = table2_cells_by_label(wb)["规章.现行有效件数"]
    written = wb["表二"].cell(row=stock.row, column=stock.column)
    assert written.value == previous.proactive_disclosure.rules.in_force
    assert "起点" in written.comment.text


def test_a_year_before_the_2021_format_is_refused() -> None:
    with pytest.raises(WorkbookError) as caught:
        workbook_template(year=2020)
    assert caught.value.code == "workbook.unsupported_year"


def test_cli_template_writes_a_workbook(tmp_path: Path) -> None:
    out = tmp_path / "blank.xlsx"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "disclosure_rules",
            "template",
            "--format",
            "xlsx",
            "--year",
            "2023",
            "--agency",
            "青山县人民政府",
            "--level",
            "县级政府",
            "--previous",
            str(EXAMPLE_2021),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "青山县人民政府" in _texts(_load(out.read_bytes())["报告信息"])


def test_cli_template_refusal_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "blank.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "template", "--year", "2019", "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "[workbook.unsupported_year]" in done.stderr
    assert list(tmp_path.iterdir()) == []


# LibreOffice's CSV filter: comma, double quote, UTF-8, from row 1; the last token (-1) writes every sheet.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


@pytest.mark.slow
def test_libreoffice_opens_it_and_computes_the_totals(template: bytes, tmp_path: Path) -> None:
    source = tmp_path / "in" / "blank.xlsx"
    source.parent.mkdir()
    source.write_bytes(template)
    convert(source, CSV_ALL_SHEETS, tmp_path, produces=tmp_path / "blank-表三.csv")
    lines = (tmp_path / "blank-表三.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(SECTION_HEADINGS[2].label)
    labels = [line.split(",")[0] for line in lines]
    assert "一、本年新收政府信息公开申请数量" in labels
    # The formula totals were computed by LibreOffice: every 总计 of the blank table reads 0.
    total_line = next(line for line in lines if "（七）总计" in line)
    assert total_line.split(",")[-7:] == ["0"] * 7
    for name in ("填报说明", "报告信息", "表二", "表四"):
        assert (tmp_path / f"blank-{name}.csv").exists()


def test_cli_template_takes_last_years_workbook(tmp_path: Path) -> None:
    previous = report_from_json(EXAMPLE_2021.read_text(encoding="utf-8"))
    assert isinstance(previous, AnnualReport2021)
    (tmp_path / "2022.xlsx").write_bytes(save(fill(workbook_template(year=2022), previous)))
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "template", "--previous", "2022.xlsx", "-o", "2023.xlsx"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    wb = _load((tmp_path / "2023.xlsx").read_bytes())
    cell = table3_cells(wb)["carried_over", "natural_person"]
    assert (
        wb["表三"].cell(row=cell.row, column=cell.column).value
        == previous.requests.carried_forward.natural_person
    )
    assert 2023 in [c.value for row in wb["报告信息"].iter_rows() for c in row]


def test_the_guide_names_table2_cells_as_the_label_table_prints_them() -> None:
    """The 填报说明 sheet's stock identity and fee unit take table 二's labels from the label table (by model field)."""
    cells = {spec.field_path: spec for spec in table2_cells("2021")}
    in_force, issued, repealed = (
        cells["rules", column].column_label for column in ("in_force", "issued", "repealed")
    )
    fee = cells["administrative_fees", "amount_10k_yuan"]
    text = "\n".join(line for _, line in guide_lines())
    assert f"“{in_force}” = 上年{in_force} + {issued} − {repealed}" in text
    assert f"“{fee.row_label}”的“{fee.column_label}”以万元为单位" in text
