"""Why openpyxl could not read a workbook, in the words a clerk reads: one Chinese reason per class of failure.

openpyxl reports a bad workbook in the words of whatever failed underneath it (``File is not a zip file``,
``There is no item named 'xl/workbook.xml' in the archive``, an XML parser's ``unclosed token``). What the clerk
needs is what the file is and what to do: an old .xls, a workbook with a password, a Word file renamed, a file cut
short by a download. The file's own first bytes (``_file_kinds``) tell most of these apart; the exception's class
tells the rest. A failure of a class not in the table gets no reason here (``None``): the caller keeps
openpyxl's own words, in brackets, after its Chinese sentence.
"""

from __future__ import annotations

import contextlib
import re
import zipfile
import zlib
from typing import IO, Final

from disclosure_rules._file_kinds import ENCRYPTED_STREAM, OLE_MAGIC, ZIP_MAGIC, is_pdf

# The reasons, one per class of failure (one home for each sentence; tests match them).
EMPTY: Final = "文件是空的（0 字节）"
ENCRYPTED: Final = "工作簿设有打开密码（已加密）；请在 Excel/WPS 中取消密码后另存为 .xlsx"
OLD_XLS: Final = "这是旧版 Excel 97-2003 文件（.xls）；请在 Excel/WPS 中另存为 .xlsx"
# The two the reader refuses before openpyxl sees the file, in English for the error's ``message``.
ENCRYPTED_EN: Final = (
    "the workbook is password-protected (encrypted); remove the password and save it as .xlsx"
)
OLD_XLS_EN: Final = "an old Excel 97-2003 file (.xls); save it as .xlsx"
PDF: Final = "这是 PDF 文件，不是 Excel 工作簿"
WORD: Final = "这是 Word 文档（.docx），不是 Excel 工作簿"
NOT_A_ZIP: Final = "不是 .xlsx 格式（可能是其他格式的文件改了扩展名；CSV 台账请以 .csv 为扩展名）"
BROKEN_ZIP: Final = "文件已损坏或不完整（压缩包无法打开，可能未下载或复制完整）"
BROKEN_DATA: Final = "文件内容已损坏（压缩数据校验失败，可能未下载或复制完整）"
MISSING_PART: Final = "缺少 Excel 工作簿的组成部分“{part}”（可能是其他 Office 文件改了扩展名，或文件已损坏）"
# ``where`` is a place in the file's inner XML, said as such: a clerk would read a bare 第1行第10列 as a cell.
BROKEN_XML: Final = "工作簿文件内部已损坏（{where}），可能未下载或复制完整，或被其他软件改写；请在 Excel/WPS 中打开后另存为 .xlsx"
NO_WORKBOOK: Final = "压缩包中没有 Excel 工作簿（可能是其他 Office 文件改了扩展名，或文件已损坏）"
NO_SHEET: Final = "工作簿中没有工作表"
NOT_SEEKABLE: Final = "从管道或标准输入无法读取 .xlsx 工作簿；请给出文件路径"

# "There is no item named 'xl/workbook.xml' in the archive": the zip lacks a part every workbook has.
_MISSING_ITEM: Final = re.compile(r"no item named '([^']+)'")
# A zip with the parts list of an Office file but no workbook in it (a Word or PowerPoint file renamed).
_NO_WORKBOOK_PART: Final = "no valid workbook part"
# Where an XML parser stopped: ``line 1, column 27`` (ElementTree and lxml both say it so).
_XML_WHERE: Final = re.compile(r"line (\d+), column (\d+)")
_BLOCK: Final = 1 << 20


def xlsx_failure_zh(exc: BaseException, stream: IO[bytes] | None = None) -> str | None:
    """Why openpyxl could not read a workbook, in Chinese; ``None`` for a failure of a class not known here.

    ``stream`` is the workbook's stream (looked at from its start, when it can seek, to tell an old .xls, an
    encrypted workbook, a PDF or a Word file from a damaged workbook); without it only the exception is used.
    """
    if isinstance(exc, SyntaxError):  # xml.etree's ParseError and lxml's XMLSyntaxError are SyntaxErrors
        found = _XML_WHERE.search(str(exc))
        where = f"内部 XML 第{found[1]}行第{found[2]}列无法解析" if found else "内部 XML 无法解析"
        return BROKEN_XML.format(where=where)
    if isinstance(exc, zlib.error | EOFError) or (isinstance(exc, zipfile.BadZipFile) and "CRC" in str(exc)):
        return BROKEN_DATA
    if isinstance(exc, KeyError) and (missing := _MISSING_ITEM.search(str(exc))) is not None:
        return WORD if stream is not None and _is_word(stream) else MISSING_PART.format(part=missing[1])
    if isinstance(exc, OSError) and _NO_WORKBOOK_PART in str(exc):
        return WORD if stream is not None and _is_word(stream) else NO_WORKBOOK
    if isinstance(exc, zipfile.BadZipFile):
        return _not_a_zip(stream)
    return None


def _not_a_zip(stream: IO[bytes] | None) -> str:
    if stream is None:
        return NOT_A_ZIP
    if not _seekable(stream):
        return NOT_SEEKABLE
    return _by_signature(_head(stream), stream)


def _by_signature(head: bytes, stream: IO[bytes]) -> str:
    """What a file that is no zip is, by its first bytes (``_file_kinds``: the workbook reader's signatures)."""
    if not head:
        return EMPTY
    if head.startswith(OLE_MAGIC):
        return ENCRYPTED if _contains(stream, ENCRYPTED_STREAM) else OLD_XLS
    if is_pdf(head):
        return PDF
    return BROKEN_ZIP if head.startswith(ZIP_MAGIC) else NOT_A_ZIP


def _seekable(stream: IO[bytes]) -> bool:
    try:
        return bool(stream.seekable())
    except (OSError, ValueError):
        return False


def _head(stream: IO[bytes]) -> bytes:
    try:
        stream.seek(0)
        return stream.read(1024)
    except (OSError, ValueError):
        return b""


def _contains(stream: IO[bytes], marker: bytes) -> bool:
    """Whether ``marker`` occurs in the stream, read from its start a block at a time (never held whole)."""
    with contextlib.suppress(OSError, ValueError):
        stream.seek(0)
        carry = b""
        while block := stream.read(_BLOCK):
            if marker in carry + block:
                return True
            carry = block[-len(marker) :]
    return False


def _is_word(stream: IO[bytes]) -> bool:
    with contextlib.suppress(OSError, ValueError, zipfile.BadZipFile, RuntimeError):
        stream.seek(0)
        with zipfile.ZipFile(stream) as archive:
            return "word/document.xml" in archive.namelist()
    return False
