"""A province's own workbook with only the tables: the agency, level and year given beside it.

Many provinces hand out their own template with tables 二, 三 and 四 and no 报告信息 sheet. The reader then takes
the agency, its level and the year from the caller (``--agency``, ``--level``, ``--year``); where the workbook
has the sheet, a value given must agree with it, so a workbook is never silently filed under another agency or
year.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules import (
    AgencyLevel,
    AnnualReport2021,
    WorkbookError,
    read_workbook,
    report_from_json,
    report_from_xlsx,
    workbook_template,
)
from tests.workbook.helpers import (
    EXAMPLE_2021,
    fill,
    info_cells,
    openpyxl,
    run_cli,
    save,
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
def province(example: AnnualReport2021) -> bytes:
    """One sheet with the three tables and nothing else: no 报告信息, no 填报说明."""
    wb = openpyxl.Workbook()
    write_province_tables(wb.active, example)
    return save(wb)


@pytest.fixture(scope="module")
def filled(example: AnnualReport2021) -> bytes:
    return save(fill(workbook_template(year=example.year), example))


def _error(data: bytes, **info: Any) -> WorkbookError:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(data, name="省模板.xlsx", **info)
    return caught.value


def test_without_the_sheet_the_agency_level_and_year_are_required(province: bytes) -> None:
    error = _error(province)
    assert error.code == "workbook.info_missing"
    assert "省模板.xlsx" in error.message
    assert "机关名称、机关层级、报告年度" in error.message_zh
    assert "“机关名称”, “机关层级”, “报告年度”" in error.message
    assert "--agency" in error.message
    partly = _error(province, agency="某县自然资源局", year=2022)
    assert partly.code == "workbook.info_missing"
    assert "机关层级" in partly.message_zh
    assert "--level" in partly.message
    assert "机关名称" not in partly.message_zh
    assert "--agency" not in partly.message  # only what is still missing is asked for


@given(year=st.one_of(st.integers(max_value=2007), st.integers(min_value=2101)))
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_year_given_outside_the_reports_years_names_the_given_year(province: bytes, year: int) -> None:
    """Reports exist from 2008 (the 2007 regulation took effect on 1 May 2008): a year given outside is refused as
    given — not blamed on a 报告信息 sheet the workbook does not have, and not in pydantic's English."""
    error = _error(province, agency="某县自然资源局", level=AgencyLevel.COUNTY_GOVERNMENT, year=year)
    assert error.code == "workbook.invalid_field"
    assert f"给出的报告年度“{year}”" in error.message_zh
    assert "工作表" not in error.message_zh


@given(
    brackets=st.sampled_from([("（", "）"), ("(", ")")]),
    spaces=st.sampled_from(["", " ", "\u3000"]),
)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_name_typed_with_other_brackets_or_spaces_agrees_with_the_sheet(
    filled: bytes, brackets: tuple[str, str], spaces: str
) -> None:
    """The same name in 全角 or 半角 brackets, or spaced, is the same agency; another name is a conflict."""
    wb = openpyxl.load_workbook(io.BytesIO(filled))
    cell = info_cells(wb)["机关名称"]
    wb[cell.sheet].cell(row=cell.row, column=cell.column).value = "某县（区）自然资源局"
    data = save(wb)
    typed = f"某县{brackets[0]}区{brackets[1]}{spaces}自然资源局"
    assert read_workbook(data, agency=typed).report.agency.name == "某县（区）自然资源局"
    assert _error(data, agency="某县（市）自然资源局").code == "workbook.info_conflict"


def test_given_info_stands_in_for_the_missing_sheet(province: bytes, example: AnnualReport2021) -> None:
    report = report_from_xlsx(
        province, agency=example.agency.name, level=example.agency.level.value, year=example.year
    )
    assert report.tables() == example.tables()
    assert (report.agency.name, report.agency.level, report.year) == (
        example.agency.name,
        example.agency.level,
        example.year,
    )


def test_a_level_that_is_not_a_level_is_refused(province: bytes) -> None:
    error = _error(province, agency="某县自然资源局", level="县政府", year=2022)
    assert error.code == "workbook.invalid_field"
    assert "县政府" in error.message


def test_a_value_given_must_agree_with_the_sheet(filled: bytes, example: AnnualReport2021) -> None:
    error = _error(filled, year=example.year + 1)
    assert error.code == "workbook.info_conflict"
    assert "报告信息!B6（报告年度）" in error.message_zh
    assert f"“{example.year}”" in error.message_zh
    assert f"“{example.year}” in the sheet" in error.message
    same = read_workbook(filled, agency=example.agency.name, level=example.agency.level, year=example.year)
    assert same.report == example


def test_a_value_given_fills_what_the_sheet_leaves_empty(filled: bytes, example: AnnualReport2021) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(filled))
    cell = info_cells(wb)["机关名称"]
    wb[cell.sheet].cell(row=cell.row, column=cell.column).value = None
    data = save(wb)
    assert _error(data).code == "workbook.invalid_field"  # left blank, and nothing given
    assert read_workbook(data, agency=example.agency.name).report == example


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    agency=st.text(alphabet="某县市区镇街道自然资源局人民政府办公室", min_size=2, max_size=20),
    level=st.sampled_from(list(AgencyLevel)),
    year=st.integers(min_value=2021, max_value=2030),
)
def test_any_given_info_is_what_the_report_carries(
    province: bytes, agency: str, level: AgencyLevel, year: int
) -> None:
    report = read_workbook(province, agency=agency, level=level, year=year).report
    assert (report.agency.name, report.agency.level, report.year) == (agency, level, year)


def test_cli_validate_and_render_a_province_workbook(
    province: bytes, example: AnnualReport2021, tmp_path: Path
) -> None:
    (tmp_path / "省模板.xlsx").write_bytes(province)
    info = [
        "--agency",
        example.agency.name,
        "--level",
        example.agency.level.value,
        "--year",
        str(example.year),
    ]
    checked = run_cli(tmp_path, "validate", "省模板.xlsx", *info)
    assert checked.returncode == 0, checked.stderr
    assert f"{example.agency.name}{example.year}年" in checked.stdout
    rendered = run_cli(tmp_path, "render", "省模板.xlsx", *info, "-o", "report.html")
    assert rendered.returncode == 0, rendered.stderr
    assert example.agency.name in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_cli_without_the_info_is_one_chinese_line_and_no_output(province: bytes, tmp_path: Path) -> None:
    (tmp_path / "省模板.xlsx").write_bytes(province)
    done = run_cli(tmp_path, "render", "省模板.xlsx", "-o", "report.html")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "[workbook.info_missing]" in done.stderr
    assert "--level" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["省模板.xlsx"]


def test_cli_info_options_with_a_json_report_are_a_usage_error(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "validate", str(EXAMPLE_2021), "--year", "2022")
    assert done.returncode == 2
    assert "[cli.usage]" in done.stderr
    assert "只用于 .xlsx 工作簿" in done.stderr


def test_cli_template_takes_last_years_province_workbook(
    province: bytes, example: AnnualReport2021, tmp_path: Path
) -> None:
    """`template --previous` with last year's province workbook (no 报告信息): the agency and level given, and
    the year before --year, stand in for the missing sheet, and the carry-over is pre-filled."""
    (tmp_path / "去年.xlsx").write_bytes(province)
    level = example.agency.level.value
    done = run_cli(
        tmp_path, "template", "--year", str(example.year + 1), "--agency", example.agency.name, "--level", level,
        "--previous", "去年.xlsx", "-o", "今年.xlsx",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(tmp_path / "今年.xlsx")
    assert example.agency.name in [cell.value for row in wb["报告信息"].iter_rows() for cell in row]


def test_cli_previous_workbook_with_its_sheet_is_read_as_it_is(
    filled: bytes, province: bytes, example: AnnualReport2021, tmp_path: Path
) -> None:
    """Last year's workbook has its own 报告信息: it is read as it is, so an agency renamed since (机构改革) still
    compares with its last year, and the name given for this year's workbook is not forced onto last year's."""
    (tmp_path / "去年.xlsx").write_bytes(filled)
    (tmp_path / "省模板.xlsx").write_bytes(province)
    info = ["--agency", "改名后的局", "--level", example.agency.level.value, "--year", str(example.year + 1)]
    done = run_cli(tmp_path, "validate", "省模板.xlsx", *info, "--previous", "去年.xlsx")
    assert done.returncode in {0, 1}, done.stderr
    assert "info_conflict" not in done.stderr
    assert "改名后的局" in done.stdout
