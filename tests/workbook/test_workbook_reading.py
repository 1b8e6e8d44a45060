"""A filled workbook read back by its labels: the same report, findings that name their workbook cell."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings

from disclosure_rules import (
    AnnualReport2021,
    InputError,
    ProactiveDisclosureTable2021,
    has_errors,
    read_workbook,
    report_from_json,
    report_from_xlsx,
    validate,
    workbook_template,
)
from disclosure_rules._labels import (
    table3_rows,
)
from tests.strategies import consistent_reports_2021
from tests.workbook.helpers import (
    EXAMPLE_2021,
    convert,
    fill,
    info_cells,
    insert_row,
    openpyxl,
    save,
    table2_cells_by_label,
    table3_cells,
    table4_cells,
    write_province_tables,
)

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(scope="module")
def example() -> AnnualReport2021:
    report = report_from_json(EXAMPLE_2021.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    return report


@pytest.fixture(scope="module")
def template(example: AnnualReport2021) -> bytes:
    return workbook_template(year=example.year)


@pytest.fixture(scope="module")
def filled(template: bytes, example: AnnualReport2021) -> bytes:
    return save(fill(template, example))


def _workbook(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_filled_template_reads_back_exactly_and_validates_clean(
    filled: bytes, example: AnnualReport2021
) -> None:
    reading = read_workbook(filled)
    assert reading.report == example
    assert reading.report.tables() == example.tables()
    assert reading.validate() == []


def test_report_from_xlsx_reads_a_path(filled: bytes, example: AnnualReport2021, tmp_path: Path) -> None:
    path = tmp_path / "青山.xlsx"
    path.write_bytes(filled)
    assert report_from_xlsx(path) == example


def test_formula_totals_without_cached_values_are_recomputed(
    filled: bytes, example: AnnualReport2021
) -> None:
    # openpyxl saves formulas with no computed value; the totals are still read, never as blank.
    reading = read_workbook(filled)
    total = table3_cells(_workbook(filled))["total", "total"].address
    assert total in reading.formula_cells
    assert reading.report.requests.total.total == example.requests.total.total
    assert reading.report.requests.total.total is not None


def test_one_changed_cell_is_cited_by_its_address(filled: bytes) -> None:
    wb = _workbook(filled)
    cell = table3_cells(wb)["new_received", "natural_person"]
    ws = wb[cell.sheet]
    ws.cell(row=cell.row, column=cell.column, value=ws.cell(row=cell.row, column=cell.column).value + 1)
    reading = read_workbook(save(wb), name="青山.xlsx")
    findings = reading.validate()
    assert has_errors(findings)
    flow = next(f for f in findings if f.code == "table3.flow" and f.cells[0].column == "自然人")
    assert flow.cells[0].workbook_cell == cell.address
    assert cell.address.startswith("表三!")
    assert cell.address in (flow.location or "")


def test_a_total_typed_over_its_formula_is_checked(filled: bytes) -> None:
    wb = _workbook(filled)
    cell = table3_cells(wb)["total", "natural_person"]
    wb[cell.sheet].cell(row=cell.row, column=cell.column, value=999)
    findings = read_workbook(save(wb)).validate()
    outcomes = next(f for f in findings if f.code == "table3.outcomes_sum")
    assert outcomes.cells[0].workbook_cell == cell.address
    assert outcomes.actual == 999


def test_table4_and_table2_findings_name_their_cells(filled: bytes) -> None:
    wb = _workbook(filled)
    total4 = table4_cells(wb)[4]
    wb[total4.sheet].cell(row=total4.row, column=total4.column, value=77)
    stock = table2_cells_by_label(wb)["规章.现行有效件数"]
    wb[stock.sheet].cell(row=stock.row, column=stock.column).value = None
    findings = read_workbook(save(wb)).validate()
    table4 = next(f for f in findings if f.code == "table4.sum")
    assert table4.cells[0].workbook_cell == total4.address
    blanks = next(f for f in findings if f.code == "cell.not_filled")
    assert [ref.workbook_cell for ref in blanks.cells] == [stock.address]


def test_inserted_blank_rows_and_moved_sheets_still_read(filled: bytes, example: AnnualReport2021) -> None:
    wb = _workbook(filled)
    cells = table3_cells(wb)
    insert_row(wb, "表三", cells["withheld_state_secret", "natural_person"].row)  # inside a merged group
    insert_row(wb, "表三", 2)
    insert_row(wb, "表二", 4)
    insert_row(wb, "报告信息", 5)
    wb.move_sheet("表四", offset=-4)
    wb.move_sheet("填报说明", offset=4)
    data = save(wb)
    assert _workbook(data).sheetnames[0] == "表四"
    assert read_workbook(data).report == example


def test_renamed_sheets_are_found_by_their_labels(filled: bytes, example: AnnualReport2021) -> None:
    wb = _workbook(filled)
    wb["表三"].title = "Sheet3"
    wb["表二"].title = "二、主动公开"
    assert read_workbook(save(wb)).report == example


def test_a_province_layout_with_the_official_labels_is_read(example: AnnualReport2021, filled: bytes) -> None:
    # One sheet holding all three tables at other positions, no merges, no formulas; the 报告信息 sheet kept.
    wb = _workbook(filled)
    for name in ("表二", "表三", "表四", "填报说明"):
        del wb[name]
    write_province_tables(wb.create_sheet("Sheet1", 0), example)
    assert read_workbook(save(wb)).report == example


def test_table2_from_mapping_takes_the_official_labels_verbatim() -> None:
    table = AnnualReport2021.table2_from_mapping(
        {"行政事业性收费.本年收费金额（单位：万元）": "12.5", "规章.本年制发件数": 1}
    )
    assert table == ProactiveDisclosureTable2021.model_validate(
        {"administrative_fees": {"amount_10k_yuan": "12.5"}, "rules": {"issued": 1}}, strict=False
    )
    assert AnnualReport2021.table2_from_mapping(
        {"行政事业性收费.本年收费金额(万元)": "12.5"}
    ) == table.model_copy(update={"rules": ProactiveDisclosureTable2021().rules})


def test_table2_from_mapping_refuses_a_cell_named_twice() -> None:
    with pytest.raises(InputError) as caught:
        AnnualReport2021.table2_from_mapping(
            {"行政事业性收费.本年收费金额（单位：万元）": 1, "行政事业性收费.本年收费金额(万元)": 2}
        )
    assert caught.value.code == "input.duplicate_cell"


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(report=consistent_reports_2021())
def test_random_valid_figures_survive_template_fill_read(report: AnnualReport2021) -> None:
    text_free = report.model_copy(update={"problems_and_improvements": "", "other_matters": ""})
    data = save(fill(workbook_template(year=report.year), text_free))
    read = read_workbook(data).report
    assert read.tables() == text_free.tables()
    assert read == text_free
    assert not has_errors(validate(read))


def test_every_table3_row_is_read(filled: bytes) -> None:
    reading = read_workbook(filled)
    rows = {key[1] for key in reading.cells if key[0] == "表三"}
    assert rows == {row.canonical_label for row in table3_rows("2021")}
    table_cells = [key for key in reading.cells if key[0] in {"表二", "表三", "表四"}]
    assert len(table_cells) == 10 + 25 * 7 + 15


def test_a_finding_about_the_overview_points_at_its_cell(filled: bytes) -> None:
    wb = _workbook(filled)
    cell = info_cells(wb)["一、总体情况"]
    wb[cell.sheet].cell(row=cell.row, column=cell.column).value = "很长的总体情况。" * 200
    findings = read_workbook(save(wb), name="青山.xlsx").validate()
    too_long = next(f for f in findings if f.code == "report.overview_too_long")
    assert too_long.location == f"青山.xlsx {cell.address}"


@pytest.mark.slow
def test_a_copy_resaved_by_libreoffice_reads_the_same(
    filled: bytes, example: AnnualReport2021, tmp_path: Path
) -> None:
    # Another office suite re-saves the file: its own XML, cached formula values, shared strings.
    source = tmp_path / "in" / "filled.xlsx"
    source.parent.mkdir()
    source.write_bytes(filled)
    resaved = convert(source, "xlsx:Calc MS Excel 2007 XML", tmp_path)
    assert read_workbook(resaved).report == example


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "disclosure_rules", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_cli_validate_and_render_a_workbook(filled: bytes, tmp_path: Path) -> None:
    (tmp_path / "filled.xlsx").write_bytes(filled)
    done = _run("validate", "filled.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "0 个错误" in done.stdout
    done = _run("render", "filled.xlsx", "-o", "report.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "青山县自然资源局" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_cli_findings_name_the_workbook_cell(filled: bytes, tmp_path: Path) -> None:
    wb = _workbook(filled)
    cell = table4_cells(wb)[4]  # 行政复议·总计: its formula replaced by a typed number
    wb[cell.sheet].cell(row=cell.row, column=cell.column, value=99)
    info = info_cells(wb)["机关名称"]
    assert info.sheet == "报告信息"
    (tmp_path / "changed.xlsx").write_bytes(save(wb))
    done = _run("validate", "changed.xlsx", "--format", "json", cwd=tmp_path)
    assert done.returncode == 1
    assert f'"workbook_cell": "{cell.address}"' in done.stdout
    done = _run("render", "changed.xlsx", "-o", "report.html", cwd=tmp_path)
    assert done.returncode == 1
    assert cell.address in done.stderr
    assert not (tmp_path / "report.html").exists()
