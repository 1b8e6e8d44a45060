"""``aggregate.bad_xlsx`` says in Chinese why a workbook cannot be read: one reason per class of openpyxl failure.

Each damaged workbook below is made here from a good one (a part removed, cut short, a byte changed), so each
class of failure openpyxl has (not a zip, an old .xls, a password, a Word file, broken XML, a bad checksum …) is
met for real; only a failure of a class not in the table keeps openpyxl's words, in brackets.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import IO, TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._aggregate import AggregateError, tally_requests
from disclosure_rules._aggregate._readers import xlsx_rows
from disclosure_rules._file_kinds import ENCRYPTED_STREAM, OLE_MAGIC, ZIP_MAGIC
from disclosure_rules._messages import is_chinese
from disclosure_rules._xlsx_reasons import xlsx_failure_zh
from tests.workbook.helpers import (  # openpyxl: a test dependency; missing, the tests fail (never skip)
    openpyxl,
    rezipped,
)

if TYPE_CHECKING:
    from collections.abc import Callable

YEAR = 2022
NAME = "台账.xlsx"
SHEET = "xl/worksheets/sheet1.xml"
HEADER = ["编号", "收到申请日期", "申请人类型", "办理结果", "办结日期"]


def _good(rows: int = 3) -> bytes:
    workbook: Any = openpyxl.Workbook()
    workbook.active.append(HEADER)
    for number in range(1, rows + 1):
        workbook.active.append([number, "2022-03-01", "自然人", "予以公开", "2022-03-09"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_cut_in_half(name: str, part: bytes) -> bytes:
    return part[: len(part) // 2] if name == SHEET else part


def _sheet_byte_changed() -> bytes:
    # Stored (not compressed), so the changed byte reaches the checksum check, not the decompressor; a number
    # changed into another number, so the sheet still parses and only the checksum at its end tells.
    data = rezipped(_good(2000), lambda _, part: part, zipfile.ZIP_STORED)
    return data.replace(b"<v>1234</v>", b"<v>1235</v>", 1)


def _sheet_deflate_damaged() -> bytes:
    data = _good(2000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(SHEET)
    at = info.header_offset + 30 + len(info.filename) + 2000
    return data[:at] + bytes(byte ^ 0x55 for byte in data[at : at + 50]) + data[at + 50 :]


def _word_file() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def _error(data: bytes) -> AggregateError:
    with pytest.raises(AggregateError) as caught:
        tally_requests(io.BytesIO(data), NAME, YEAR)
    return caught.value


def _rows_error(stream: IO[bytes], source: str, sheet: str | None = None) -> AggregateError:
    with pytest.raises(AggregateError) as caught:
        list(xlsx_rows(stream, source, sheet=sheet).rows)
    return caught.value


CASES = {
    "empty": (b"", f"“{NAME}”无法作为 .xlsx 工作簿读取：文件是空的（0 字节）"),
    "csv": (
        "编号,收到申请日期\n1,2022-03-01\n".encode(),
        f"“{NAME}”无法作为 .xlsx 工作簿读取：不是 .xlsx 格式（可能是其他格式的文件改了扩展名；CSV 台账请以 .csv 为扩展名）",
    ),
    "old xls": (
        OLE_MAGIC + bytes(600),
        f"“{NAME}”无法作为 .xlsx 工作簿读取：这是旧版 Excel 97-2003 文件（.xls）；请在 Excel/WPS 中另存为 .xlsx",
    ),
    "password": (
        OLE_MAGIC + bytes(3000) + ENCRYPTED_STREAM + bytes(100),
        f"“{NAME}”无法作为 .xlsx 工作簿读取：工作簿设有打开密码（已加密）；请在 Excel/WPS 中取消密码后另存为 .xlsx",
    ),
    "pdf": (b"%PDF-1.7\n%...", f"“{NAME}”无法作为 .xlsx 工作簿读取：这是 PDF 文件，不是 Excel 工作簿"),
    "cut short": (
        _good()[:1500],
        f"“{NAME}”无法作为 .xlsx 工作簿读取：文件已损坏或不完整（压缩包无法打开，可能未下载或复制完整）",
    ),
    "word": (_word_file(), f"“{NAME}”无法作为 .xlsx 工作簿读取：这是 Word 文档（.docx），不是 Excel 工作簿"),
    "no workbook in the zip": (
        rezipped(_word_file(), lambda name, part: None if name.startswith("word/") else part),
        f"“{NAME}”无法作为 .xlsx 工作簿读取：压缩包中没有 Excel 工作簿（可能是其他 Office 文件改了扩展名，或文件已损坏）",
    ),
    "no workbook part": (
        rezipped(_good(), lambda name, part: None if name == "xl/workbook.xml" else part),
        (
            f"“{NAME}”无法作为 .xlsx 工作簿读取：缺少 Excel 工作簿的组成部分“xl/workbook.xml”"
            "（可能是其他 Office 文件改了扩展名，或文件已损坏）"
        ),
    ),
    "broken workbook xml": (
        rezipped(_good(), lambda name, part: b"<workbook" if name == "xl/workbook.xml" else part),
        (
            f"“{NAME}”无法作为 .xlsx 工作簿读取：工作簿文件内部已损坏（内部 XML 第1行第10列无法解析），"
            "可能未下载或复制完整，或被其他软件改写；请在 Excel/WPS 中打开后另存为 .xlsx"
        ),
    ),
    "no sheet": (
        rezipped(_good(), lambda name, part: None if name == SHEET else part),
        f"“{NAME}”：工作簿中没有工作表",
    ),
}


@pytest.mark.parametrize(("data", "message_zh"), CASES.values(), ids=CASES.keys())
def test_each_class_of_failure_has_its_chinese_reason(data: bytes, message_zh: str) -> None:
    error = _error(data)
    assert error.code == "aggregate.bad_xlsx"
    assert error.message_zh == message_zh
    # The English message keeps openpyxl's own words for a developer; the Chinese reason is the clerk's alone.
    assert re.search(r"[\u4e00-\u9fff]", error.message.replace(NAME, "")) is None, error.message


def test_a_sheet_broken_midway_names_the_row_near_which_reading_stopped() -> None:
    error = _error(rezipped(_good(2000), _sheet_cut_in_half))
    assert error.code == "aggregate.bad_xlsx"
    assert error.message_zh.startswith(f"“{NAME}”第")
    assert "行附近无法作为 .xlsx 工作簿读取：工作簿文件内部已损坏（内部 XML 第1行第" in error.message_zh
    line = int(error.message_zh.split("第", 1)[1].split("行", 1)[0])
    assert 500 < line < 2001


@pytest.mark.parametrize(
    "damaged", [_sheet_byte_changed, _sheet_deflate_damaged], ids=["checksum", "deflate"]
)
def test_damaged_compressed_data_is_said_so(damaged: Callable[[], bytes]) -> None:
    error = _error(damaged())
    assert error.code == "aggregate.bad_xlsx"
    assert error.message_zh.endswith(
        "无法作为 .xlsx 工作簿读取：文件内容已损坏（压缩数据校验失败，可能未下载或复制完整）"
    )
    assert "行附近" in error.message_zh


def test_a_named_sheet_that_is_not_there() -> None:
    error = _rows_error(io.BytesIO(_good()), NAME, sheet="申请台账")
    assert (error.code, error.message_zh) == ("aggregate.bad_xlsx", f"“{NAME}”中没有名为“申请台账”的工作表")


def test_a_workbook_on_a_pipe_asks_for_a_file() -> None:
    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            data = self._data.read(len(buffer))
            buffer[: len(data)] = data
            return len(data)

    error = _rows_error(io.BufferedReader(Pipe(_good())), "<stdin>")
    assert (
        error.message_zh
        == "“<stdin>”无法作为 .xlsx 工作簿读取：从管道或标准输入无法读取 .xlsx 工作簿；请给出文件路径"
    )


def test_an_unknown_failure_keeps_openpyxl_words_in_brackets(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        msg = "Unable to read workbook: could not read stylesheet"
        raise ValueError(msg)

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    error = _error(_good())
    assert error.code == "aggregate.bad_xlsx"
    assert error.message_zh == (
        f"“{NAME}”无法作为 .xlsx 工作簿读取（ValueError: Unable to read workbook: could not read stylesheet）"
    )


def test_a_good_workbook_still_reads() -> None:
    tally, _ = tally_requests(io.BytesIO(_good()), NAME, YEAR)
    assert tally.cell("granted", "natural_person") == 3


KNOWN = [
    zipfile.BadZipFile("File is not a zip file"),
    zipfile.BadZipFile("Bad CRC-32 for file 'xl/worksheets/sheet1.xml'"),
    zlib.error("Error -3 while decompressing data"),
    EOFError("Compressed file ended before the end-of-stream marker was reached"),
    KeyError("There is no item named '[Content_Types].xml' in the archive"),
    SyntaxError("unclosed token: line 1, column 27"),
]


@given(head=st.binary(max_size=64), known=st.sampled_from(KNOWN))
def test_every_known_class_reads_in_chinese_whatever_the_file(head: bytes, known: Exception) -> None:
    reason = xlsx_failure_zh(known, io.BytesIO(head))
    assert reason is not None
    assert is_chinese(reason), reason


@given(data=st.binary(max_size=256).filter(lambda data: not data.startswith(ZIP_MAGIC)))
def test_any_file_that_is_no_zip_gets_a_chinese_reason(data: bytes) -> None:
    # Whatever bytes a clerk saved under .xlsx, openpyxl refuses them and the reason says what the file is.
    with pytest.raises(AggregateError) as caught:
        tally_requests(io.BytesIO(data), NAME, YEAR)
    assert caught.value.code == "aggregate.bad_xlsx"
    assert "（" not in caught.value.message_zh.split("：", 1)[0]  # no bracketed English after the sentence
    assert is_chinese(caught.value.message_zh)


@given(message=st.text(max_size=40))
def test_an_exception_of_another_class_gets_no_reason(message: str) -> None:
    assert xlsx_failure_zh(ValueError(message), io.BytesIO(b"PK\x03\x04")) is None
    assert xlsx_failure_zh(KeyError(message.replace("no item named", "")), None) is None
