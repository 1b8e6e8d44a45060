"""Bad workbooks: one line in Chinese naming the file, sheet and cell, a stable code, exit 2, no output file."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING, Any

import pytest

from disclosure_rules import (
    AnnualReport2021,
    WorkbookError,
    read_workbook,
    report_from_json,
    workbook_template,
)
from disclosure_rules._workbook._layout import FEE_AMOUNT_NAME, MAX_ROWS
from tests.workbook.helpers import (
    EXAMPLE_2021,
    ROOT,
    fill,
    info_cells,
    openpyxl,
    rezipped,
    run_cli,
    save,
    table2_cells_by_label,
    table3_cells,
    table4_cells,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

OLD_XLS = ROOT / "tests" / "data" / "workbook" / "blank.xls"


@pytest.fixture(scope="module")
def filled() -> bytes:
    report = report_from_json(EXAMPLE_2021.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    return save(fill(workbook_template(year=report.year), report))


def _changed(data: bytes, change: Callable[[Any], object]) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    change(wb)
    return save(wb)


def _error(data: bytes) -> WorkbookError:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(data, name="填报.xlsx")
    assert "\n" not in caught.value.message
    assert caught.value.message.startswith("填报.xlsx: ")
    return caught.value


def _set_table3(wb: Any, row: str, column: str, value: object) -> str:
    cell = table3_cells(wb)[row, column]
    wb[cell.sheet].cell(row=cell.row, column=cell.column).value = value
    return cell.address


@pytest.mark.parametrize(
    ("value", "code", "words"),
    [
        ("十二", "workbook.not_a_number", "填的是文字“十二”"),
        ("12", "workbook.not_a_number", "文本"),
        (-3, "workbook.negative", "负数"),
        (2.5, "workbook.fraction", "不是整数"),
        (datetime(2024, 1, 2), "workbook.not_a_number", "日期"),  # noqa: DTZ001 - a spreadsheet date is naive
        (True, "workbook.not_a_number", "逻辑值"),
    ],
)
def test_a_bad_number_cell_is_named(filled: bytes, value: object, code: str, words: str) -> None:
    where: list[str] = []
    data = _changed(
        filled, lambda wb: where.append(_set_table3(wb, "granted", "commercial_enterprise", value))
    )
    error = _error(data)
    assert error.code == code
    assert where[0] in error.message
    assert words in error.message_zh


def test_published_blank_marks_read_as_not_filled(filled: bytes) -> None:
    data = _changed(filled, lambda wb: _set_table3(wb, "granted", "commercial_enterprise", "—"))
    assert read_workbook(data).report.requests.granted.commercial_enterprise is None


def test_a_fee_with_more_than_four_decimals(filled: bytes) -> None:
    def change(wb: Any) -> None:
        cell = table2_cells_by_label(wb)["行政事业性收费.本年收费金额(万元)"]
        wb[cell.sheet].cell(row=cell.row, column=cell.column).value = 1.23456

    error = _error(_changed(filled, change))
    assert error.code == "workbook.too_many_decimals"
    assert "表二!" in error.message


def test_a_fee_cell_holding_a_date_names_the_fee_as_the_layout_does(filled: bytes) -> None:
    def change(wb: Any) -> None:
        cell = table2_cells_by_label(wb)["行政事业性收费.本年收费金额(万元)"]
        wb[cell.sheet].cell(row=cell.row, column=cell.column).value = datetime(2024, 1, 2)  # noqa: DTZ001 - a spreadsheet date is naive

    error = _error(_changed(filled, change))
    assert error.code == "workbook.not_a_number"
    assert error.message_zh.endswith(f"不是{FEE_AMOUNT_NAME}")


def test_every_bad_cell_is_counted(filled: bytes) -> None:
    def change(wb: Any) -> None:
        _set_table3(wb, "granted", "commercial_enterprise", -1)
        cell = table4_cells(wb)[0]
        wb[cell.sheet].cell(row=cell.row, column=cell.column).value = "abc"

    error = _error(_changed(filled, change))
    assert "另有1处问题" in error.message_zh
    assert error.message.endswith(" (1 more)")


@pytest.mark.parametrize("replacement", [None, "1.属于国家机密"])
def test_a_deleted_or_renamed_row_label(filled: bytes, replacement: str | None) -> None:
    def change(wb: Any) -> None:
        for row in wb["表三"].iter_rows():
            for cell in row:
                if cell.value == "1.属于国家秘密":
                    cell.value = replacement

    error = _error(_changed(filled, change))
    assert error.code == "workbook.label_missing"
    assert "表三" in error.message
    assert "1.属于国家秘密" in error.message


def test_a_renamed_column_label(filled: bytes) -> None:
    def change(wb: Any) -> None:
        for row in wb["表三"].iter_rows():
            for cell in row:
                if cell.value == "科研机构":
                    cell.value = "科研院所"

    error = _error(_changed(filled, change))
    assert error.code == "workbook.label_missing"
    assert "科研机构" in error.message


@pytest.mark.parametrize(
    ("sheet", "named", "code"),
    [
        ("表四", "表四", "workbook.sheet_missing"),
        ("表二", "表二", "workbook.sheet_missing"),
        ("报告信息", "报告信息", "workbook.info_missing"),  # unless the agency, level and year are given
    ],
)
def test_a_missing_sheet(filled: bytes, sheet: str, named: str, code: str) -> None:
    def change(wb: Any) -> None:
        del wb[sheet]

    error = _error(_changed(filled, change))
    assert error.code == code
    assert named in error.message


def test_a_required_field_left_blank(filled: bytes) -> None:
    def change(wb: Any) -> None:
        cell = info_cells(wb)["机关层级"]
        wb[cell.sheet].cell(row=cell.row, column=cell.column).value = "县政府"

    error = _error(_changed(filled, change))
    assert error.code == "workbook.invalid_field"
    assert "报告信息!B4（机关层级）" in error.message_zh
    assert "报告信息!B4 (“机关层级”)" in error.message


def test_a_value_the_model_refuses_is_named_by_its_label_in_chinese(filled: bytes) -> None:
    def change(wb: Any) -> None:
        cell = info_cells(wb)["机关名称"]
        wb[cell.sheet].cell(row=cell.row, column=cell.column).value = "某" * 201

    error = _error(_changed(filled, change))
    assert (error.code, error.message_zh) == (
        "workbook.invalid_field",
        "填报.xlsx：工作表“报告信息”中“机关名称”填写有误（最多200个字）",
    )
    assert error.message.startswith("填报.xlsx: field agency.name is invalid (")


@pytest.mark.parametrize(
    ("formula", "words"),
    [
        ("=VLOOKUP(A1,B1:C9,2)", "无法计算"),
        ("=D29+1", "循环引用"),
        ("=SUM(A1:ZZ99999)", "过大"),
        ("=D5000", "超出"),
    ],
)
def test_a_formula_the_reader_cannot_compute(filled: bytes, formula: str, words: str) -> None:
    where: list[str] = []
    data = _changed(filled, lambda wb: where.append(_set_table3(wb, "total", "natural_person", formula)))
    assert where[0] == "表三!D29"  # the formula above refers to the cell itself
    error = _error(data)
    assert error.code == "workbook.formula_unsupported"
    assert where[0] in error.message
    assert words in error.message_zh


def test_an_old_binary_xls() -> None:
    error = _error(OLD_XLS.read_bytes())
    assert error.code == "workbook.old_format"
    # The same words as the record reader's (``aggregate.bad_xlsx``): one sentence for an old .xls.
    assert error.message_zh == "填报.xlsx：这是旧版 Excel 97-2003 文件（.xls）；请在 Excel/WPS 中另存为 .xlsx"


def test_a_password_encrypted_workbook() -> None:
    # An .xlsx with a password to open is an OLE compound file holding an EncryptedPackage stream (MS-OFFCRYPTO);
    # built here, since LibreOffice's bridge writes no encrypted .xlsx.
    header = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)
    directory = "EncryptionInfo".encode("utf-16-le").ljust(128, b"\0") + "EncryptedPackage".encode(
        "utf-16-le"
    )
    error = _error(header + directory.ljust(1024, b"\0"))
    assert error.code == "workbook.encrypted"
    assert (
        error.message_zh == "填报.xlsx：工作簿设有打开密码（已加密）；请在 Excel/WPS 中取消密码后另存为 .xlsx"
    )


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"not a workbook at all", id="text"),
        pytest.param(None, id="truncated"),
        pytest.param(b"zip", id="zip-of-something-else"),
    ],
)
def test_a_corrupt_file(filled: bytes, data: bytes | None) -> None:
    if data is None:
        data = filled[: len(filled) // 2]
    elif data == b"zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hi")
        data = buffer.getvalue()
    assert _error(data).code == "workbook.unreadable"


def test_reading_is_bounded_by_rows(filled: bytes) -> None:
    # A stray value a million rows down (a format applied to a whole column) does not make reading walk there.
    def change(wb: Any) -> None:
        wb["表三"].cell(row=1_048_576, column=1).value = "x"
        wb["表三"].cell(row=MAX_ROWS + 1, column=2).value = "（七）总计"

    reading = read_workbook(_changed(filled, change))
    assert reading.cells["表三", "三、（七）总计", "总计"] == "表三!J29"


@pytest.mark.parametrize("command", ["validate", "render"])
def test_cli_bad_workbook_is_one_line_exit_2_and_no_output(
    filled: bytes, tmp_path: Path, command: str
) -> None:
    data = _changed(filled, lambda wb: _set_table3(wb, "granted", "natural_person", -1))
    (tmp_path / "bad.xlsx").write_bytes(data)
    args = ["bad.xlsx"] + (["-o", "out.html"] if command == "render" else [])
    done = run_cli(tmp_path, command, *args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "[workbook.negative]" in done.stderr
    assert "表三!D8" in done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.xlsx"]


def test_cli_old_xls(tmp_path: Path) -> None:
    (tmp_path / "old.xls").write_bytes(OLD_XLS.read_bytes())
    done = run_cli(tmp_path, "validate", "old.xls")
    assert done.returncode == 2
    assert "[workbook.old_format]" in done.stderr
    assert done.stderr.count("\n") == 1


def test_a_damaged_workbook_says_why_in_chinese(filled: bytes) -> None:
    # openpyxl's failure is said by its class (_xlsx_reasons), never by the exception's English name.
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hi")
    error = _error(other.getvalue())
    assert error.code == "workbook.unreadable"
    assert error.message_zh == (
        "填报.xlsx：无法作为 .xlsx 工作簿打开：缺少 Excel 工作簿的组成部分“[Content_Types].xml”"
        "（可能是其他 Office 文件改了扩展名，或文件已损坏）"
    )
    assert error.message.startswith("填报.xlsx: cannot be opened as an .xlsx workbook (KeyError: ")
    broken = rezipped(
        filled, lambda name, part: part[: len(part) // 2] if name.endswith("sheet3.xml") else part
    )
    error = _error(broken)
    assert error.code == "workbook.unreadable"
    assert error.message_zh.startswith("填报.xlsx：工作表无法读取：工作簿文件内部已损坏（内部 XML 第")
    assert error.message.startswith("填报.xlsx: a worksheet cannot be read (")


def test_a_missing_workbook_file_is_named_in_chinese(tmp_path: Path) -> None:
    """The file is read through ``_files.read_bytes``; the workbook's own code and sentence stay."""
    missing = tmp_path / "没有.xlsx"
    with pytest.raises(WorkbookError) as caught:
        read_workbook(missing)
    assert caught.value.code == "workbook.unreadable"
    assert caught.value.message_zh == f"工作簿“{missing}”文件不存在"
    assert caught.value.message == f"{missing}: no such file"


def test_a_device_is_read_within_the_workbook_bound() -> None:
    """``/dev/zero`` has no size to measure: reading stops past ``MAX_FILE_BYTES``, never fills memory."""
    with pytest.raises(WorkbookError) as caught:
        read_workbook("/dev/zero")
    assert caught.value.code == "workbook.too_large"
    assert caught.value.message_zh.startswith("/dev/zero：文件过大（")
