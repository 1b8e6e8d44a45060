"""Reports filed as PDF or Word: the text the auditor reads, taken from the file as a person would see it.

Agencies publish the annual report as a web page, and very often also (or only) as a PDF or a Word file
attached to it. The auditor reads text and HTML; this module turns the other two into them:

- **PDF**: the text layer, laid out (pypdf's layout mode keeps each table row on one line with its label, as
  ``pdftotext -layout`` does), so the reader meets the same damaged-table classes as in any PDF-extracted
  text. A scanned PDF has no text layer: it is refused as such (``audit.no_text_layer``), never read as empty.
- **Word (.docx)**: paragraphs and tables in document order, straight from ``word/document.xml``; merged
  cells (``gridSpan``, ``vMerge``) become ``colspan``/``rowspan``, so a table reads like the HTML one.
- An old binary ``.doc``/``.wps`` (an OLE compound file) is refused with what to do about it.

Anything else is a saved page, decoded in the charset it reads best in. What kind a file is comes from its
first bytes, never its name: crawlers save attachments under whatever name the link had.
"""

from __future__ import annotations

import email
import html
import importlib
import io
import logging
import re
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final
from xml.etree import ElementTree as ET

from disclosure_rules._audit._charset import UNNAMED_INPUT, UNNAMED_INPUT_EN, decode_page
from disclosure_rules._audit._document import has_column_gap
from disclosure_rules._audit._labels_index import is_exact_label, segment_pattern
from disclosure_rules._audit._result import AuditError
from disclosure_rules._errors import InputError
from disclosure_rules._file_kinds import ENCRYPTED_STREAM, OLE_MAGIC, ZIP_MAGIC, is_pdf
from disclosure_rules._limits import (
    DOCUMENT_PAGES,
    DOCUMENT_XML_BYTES,
    Limit,
    LimitError,
    named_part_too_large,
)
from disclosure_rules._messages import ERROR_MESSAGES_ZH

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

WORD_BODY: Final = "word/document.xml"
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_STRICT_W: Final = b"http://purl.oclc.org/ooxml/wordprocessingml/main"


def page_text(data: bytes, name: str | None = None) -> str:
    """The text (or HTML) of a published report file: a PDF, a Word .docx, or a saved page in any charset.

    Raises ``AuditError`` naming the file (or "the input" when ``name`` is None) when it is a document the auditor cannot read: no text layer, an
    old binary Word file, a damaged or encrypted document, or pypdf not installed for a PDF.
    """
    if is_pdf(data):
        return _pdf_text(data, name)
    if data.startswith(ZIP_MAGIC):
        return _docx_html(data, name)
    if data.startswith(OLE_MAGIC) and ENCRYPTED_STREAM in data:
        raise _refused(
            name,
            f"Word {ERROR_MESSAGES_ZH['audit.encrypted_document']}；请取消密码后另存",
            "the Word file is password-protected; remove the password and save it again",
            code="audit.encrypted_document",
        )
    if data.startswith(OLE_MAGIC):
        raise _refused(
            name,
            "这是旧版 Word/WPS 文件（.doc/.wps），请另存为 .docx 或 PDF 后再读取",
            "an old Word/WPS file (.doc/.wps); save it as .docx or PDF first",
            code="audit.old_word_format",
        )
    try:
        return decode_page(data, name)
    except InputError as exc:
        raise AuditError(exc.message, code="audit.undecodable", message_zh=exc.message_zh) from None


def _refused(
    name: str | None, what: str, english: str, *, code: str = "audit.unreadable_document"
) -> AuditError:
    """The error refusing the file ``name``, naming it: ``what`` says why and what to do, ``english`` too."""
    return AuditError(
        f"{name or UNNAMED_INPUT_EN}: {english}", code=code, message_zh=f"{name or UNNAMED_INPUT}：{what}"
    )


def _part_too_large(
    name: str | None, part: str, part_en: str, limit: Limit, size: int | None = None
) -> LimitError:
    """The limit error for a part of the document ``name`` (its pages, a member of a .docx) beyond ``limit``."""
    return named_part_too_large(
        name or UNNAMED_INPUT, name or UNNAMED_INPUT_EN, part, part_en, limit, size=size
    )


# --------------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------------


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Hush pypdf: it logs warnings (rotated text, odd fonts) to the root handler; a CLI prints one line, so hush them."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pdf_text(data: bytes, name: str | None) -> str:
    try:
        pypdf: Any = importlib.import_module("pypdf")
    except ImportError:
        raise _refused(
            name,
            '读取 PDF 需要 pypdf，请安装 pdf 扩展（pip install "disclosure-rules[pdf]"）',
            'reading a PDF needs pypdf: pip install "disclosure-rules[pdf]"',
            code="audit.document_reader_missing",
        ) from None
    with _quiet_pypdf():
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            locked = reader.is_encrypted and not reader.decrypt("")
            pages = [] if locked else reader.pages
            count = len(pages)
            text = "" if locked or count > DOCUMENT_PAGES.value else _layout_text(pages)
        except Exception as exc:  # noqa: BLE001 - any pypdf failure on a damaged file is one coded error
            raise _refused(
                name,
                f"PDF 文件已损坏，无法读取（{type(exc).__name__}）",
                f"the PDF file is damaged ({type(exc).__name__})",
            ) from None
    if locked:
        raise _refused(
            name,
            "PDF 设有打开密码，无法读取",
            "the PDF is password-protected",
            code="audit.encrypted_document",
        )
    if count > DOCUMENT_PAGES.value:
        raise _part_too_large(name, "PDF 页数", "PDF pages", DOCUMENT_PAGES, count)
    if not any(char.isdigit() or "\u4e00" <= char <= "\u9fff" for char in text):
        raise _refused(
            name,
            f"{ERROR_MESSAGES_ZH['audit.no_text_layer']}；请提供可复制文字的 PDF 或网页",
            "the PDF has no text layer (a scan or images); give a PDF with text or the web page",
            code="audit.no_text_layer",
        )
    return tidy_layout_text(text)  # wrapped row labels are repaired with any copied text (_wrapped)


# Gaps layout extraction leaves inside prose: before a figure that runs straight into its unit
# (``发布信息      4583条``, ``2022年1月 1日``), and between a figure and its unit (``30     号``). A table row's gap
# before a number that ends its cell (``行政许可      1256``) is a column boundary and stays.
_UNITS: Final = "年月日号条件个项次份余万%％笔"
_GAP_BEFORE_FIGURE: Final = re.compile(
    rf"(?<=[\u3000-\u303f\u4e00-\u9fff\uff08-\uff1f“”\])])[ \t]+(?=\d[\d,.]*[{_UNITS}])"
)
_GAP_BEFORE_UNIT: Final = re.compile(rf"(?<=\d)[ \t]+(?=[{_UNITS}])")
_ENDS_SENTENCE: Final = re.compile(r"[。！？：；:;!?]$")
_HEADING: Final = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])")
_PAGE_NUMBER: Final = re.compile(r"^[—\-－‐ ]*\d+[—\-－‐ ]*$|^第\s*\d+\s*页")
# A heading is short: a longer line that starts like one is the first line of an item's paragraph.
HEADING_CHARS: Final = 30


def tidy_layout_text(text: str) -> str:
    """Undo what layout extraction does to a PDF's prose, and leave its table rows as they are.

    Layout mode keeps a table row on one line with wide gaps between its cells, which the reader needs; but it
    also pads justified prose (``发布信息      4583条``, ``2022年1月 1日``) and breaks every paragraph at the
    page's right margin. A gap in the middle of a sentence reads as a cell boundary and makes the sentence a
    table row, hiding its figures. So the gaps between a figure and its unit are closed, and a prose line that
    does not end a sentence is joined with the prose line after it — never a heading, a page number, or a
    line with column gaps.
    """
    lines: list[str] = []
    for raw in text.splitlines():
        line = _GAP_BEFORE_UNIT.sub("", _GAP_BEFORE_FIGURE.sub("", raw.rstrip()))
        if lines and (_continues(lines[-1], line) or _label_across_break(lines[-1], line)):
            lines[-1] = lines[-1] + line.strip()
        else:
            lines.append(line)
    return "\n".join(lines)


# The end of a line and the start of the next that may be the two halves of a table label: letters after the
# line's last figure or gap (with a row's list number, "2.其他法律行政法规禁止公"), and before the next line's
# first figure or gap ("开0 0 0 0 0 00").
_TAIL: Final = re.compile(r"(?:\d[.、．])?[^\s\d]{1,40}$")
_HEAD: Final = re.compile(r"[^\s\d]{1,40}")
_TAIL_WINDOW: Final = 48


def _label_across_break(previous: str, line: str) -> bool:
    """Whether a table label runs over the line break (a narrow column or a flattened table wrapped it).

    "…0 0 0 0 0 002.其他法律行政法规禁止公" then "开0 0 0 0 0 003.危及…": the two pieces spell an official label
    exactly (not two labels side by side), so the lines are one. The next line's piece ends at its first gap or
    figure, or where another label starts in it ("益组织法律服务机构…": 社会公 + 益组织).
    """
    tail = _TAIL.search(
        previous.rstrip()[-_TAIL_WINDOW:]
    )  # a label is short: only the line's end is looked at
    head = _HEAD.match(line.lstrip())
    if tail is None or head is None:
        return False
    last, first = tail.group(0), head.group(0)
    # the piece before the break starts after the last whole label of the line ("…总计商业企": 商业企)
    starts = {0} | {match.end() for match in segment_pattern().finditer(last) if match.end() < len(last)}
    ends = {len(first)} | {match.start() for match in segment_pattern().finditer(first) if match.start()}
    return any(
        is_exact_label(last[start:] + first[:end])
        and not (is_exact_label(last[start:]) and is_exact_label(first[:end]))  # two labels side by side
        for start in sorted(starts)
        for end in sorted(ends, reverse=True)
    )


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` is the rest of the sentence ``previous`` was cut from at the right margin."""
    before, after = previous.strip(), line.strip()
    if not before or not after or has_column_gap(before) or has_column_gap(after):  # a table row, as read
        return False
    if not before.strip("|") or not after.strip("|"):  # a lone "|" separates a copy's cells: never prose
        return False
    if _ENDS_SENTENCE.search(before) or _HEADING.match(after) or _PAGE_NUMBER.match(after):
        return False
    return not (_PAGE_NUMBER.match(before) or (_HEADING.match(before) and len(before) <= HEADING_CHARS))


# --------------------------------------------------------------------------------------------------
# Word (.docx)
# --------------------------------------------------------------------------------------------------


def _layout_text(pages: Iterable[Any]) -> str:
    return "\n".join(page.extract_text(extraction_mode="layout") for page in pages)


# What a zip that is not a Word document most likely is, by a member only it has (crawlers save an Excel or
# WPS attachment, or a zip of several reports, under a .docx name or none).
_OTHER_ZIPS: Final = (
    (
        "xl/workbook.xml",
        "这是 Excel 工作簿（.xlsx），不是 Word 文件；工作簿请用 validate 命令校验",
        "an Excel workbook (.xlsx), not a Word file; check workbooks with the validate command",
    ),
    (
        "ppt/presentation.xml",
        "这是 PowerPoint 演示文稿（.pptx），不是 Word 文件",
        "a PowerPoint presentation (.pptx), not a Word file",
    ),
)
_ZIP_ARCHIVE: Final = (
    "这是 ZIP 压缩包，不是 Word 文件；请解压后检查其中的年报",
    "a ZIP archive, not a Word file; unpack it and check the reports inside",
)


def _not_word(name: str | None, members: list[str]) -> AuditError:
    what, english = next(
        ((what, english) for member, what, english in _OTHER_ZIPS if member in members), _ZIP_ARCHIVE
    )
    return _refused(name, what, english, code="audit.not_a_report_document")


def _docx_html(data: bytes, name: str | None) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.namelist()
            if WORD_BODY not in members:
                raise _not_word(name, members)
            size = archive.getinfo(WORD_BODY).file_size
            if size > DOCUMENT_XML_BYTES.value:
                raise _part_too_large(name, WORD_BODY, WORD_BODY, DOCUMENT_XML_BYTES, size)
            with archive.open(WORD_BODY) as member:
                xml = member.read(DOCUMENT_XML_BYTES.value + 1)
            if len(xml) > DOCUMENT_XML_BYTES.value:
                raise _part_too_large(name, WORD_BODY, WORD_BODY, DOCUMENT_XML_BYTES)
            chunks = (
                _alt_chunks(archive, name, DOCUMENT_XML_BYTES.value - len(xml)) if b"altChunk" in xml else {}
            )
        if (
            b"\x00" in xml[:64]
        ):  # UTF-16 or -32: Word writes UTF-8, and the byte checks below would see nothing
            raise _refused(
                name, "Word 文件正文不是 UTF-8 编码，不是正常的 .docx", "the Word body is not UTF-8"
            )
        if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml:
            raise _refused(
                name,
                "Word 文件含有 DTD 或实体声明，不是正常的 .docx",
                "the Word file declares a DTD or entities",
            )
        # "Strict Open XML" (Word's Save As option) names the same elements under another namespace.
        root = ET.fromstring(xml.replace(_STRICT_W, _W[1:-1].encode()))  # noqa: S314 - bounded, DTD-free (above)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, KeyError, ET.ParseError, EOFError) as exc:
        raise _refused(
            name,
            f"Word 文件已损坏，无法读取（{type(exc).__name__}）",
            f"the Word file is damaged ({type(exc).__name__})",
        ) from None
    body = root.find(f"{_W}body")
    if body is None:
        raise _refused(name, "Word 文件中没有正文", "the Word file has no body")
    parts = list(_blocks(body, chunks))
    return "<html><body>\n" + "\n".join(parts) + "\n</body></html>\n"


# A Word file may carry its content as an embedded HTML or MHT part (w:altChunk: a page pasted or imported into
# Word, a system that saves reports as "Word" by wrapping the HTML); the body then holds only a reference to it.
_RELATIONSHIPS: Final = "word/_rels/document.xml.rels"
_R: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELATIONSHIP: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# The body of a page: from its first <body …> to its last </body>. Found as two searches, not one pattern
# ``<body[^>]*>(.*)</body>``, which from every <body scans to the end and back: quadratic on many <body and no end.
_BODY_OPEN: Final = re.compile(r"<body", re.IGNORECASE)
_BODY_CLOSE: Final = re.compile(r"</body>", re.IGNORECASE)
_TITLE: Final = re.compile(r"<title[^>]*>([^<]*)</title>", re.IGNORECASE)
_MIME: Final = re.compile(rb"^\s*(?:MIME-Version|Content-Type\s*:\s*multipart)", re.IGNORECASE)


def _alt_chunks(archive: zipfile.ZipFile, name: str | None, budget: int) -> dict[str, str]:
    """The HTML of each embedded part by its relationship id, read within what is left of the document limit.

    HTML is read as a saved page is; an MHT (a web archive, MIME) by its first HTML part; plain text as
    paragraphs. Another kind (an embedded .docx or RTF) is not read.
    """
    members = set(archive.namelist())
    if _RELATIONSHIPS not in members:
        return {}
    with archive.open(_RELATIONSHIPS) as member:
        rels = member.read(DOCUMENT_XML_BYTES.value + 1)
    if len(rels) > DOCUMENT_XML_BYTES.value or b"<!DOCTYPE" in rels or b"<!ENTITY" in rels:
        raise _refused(
            name,
            "Word 文件的关系部件过大或含有 DTD，不是正常的 .docx",
            "the Word file's relationships part is too large or declares a DTD",
        )
    chunks: dict[str, str] = {}
    for relationship in ET.fromstring(rels).iter(_RELATIONSHIP):  # noqa: S314 - bounded, DTD-free (above)
        if not relationship.get("Type", "").endswith("/aFChunk"):
            continue
        target = relationship.get("Target", "").lstrip("/")
        member_name = target if target.startswith("word/") else f"word/{target}"
        if member_name not in members:
            continue
        size = archive.getinfo(member_name).file_size
        if size > budget:
            raise _part_too_large(name, member_name, member_name, DOCUMENT_XML_BYTES, size)
        with archive.open(member_name) as member:
            data = member.read(budget + 1)
        if len(data) > budget:
            raise _part_too_large(name, member_name, member_name, DOCUMENT_XML_BYTES)
        budget -= len(data)
        page = _chunk_html(data, member_name)
        if page is not None:
            chunks[relationship.get("Id", "")] = page
    return chunks


def _chunk_html(data: bytes, name: str) -> str | None:
    if data.startswith(ZIP_MAGIC) or data.lstrip().startswith(b"{\\rtf"):
        return None  # an embedded Word or RTF document: not read
    if _MIME.match(data[:2048]):
        message = email.message_from_bytes(data)
        part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
        payload = part.get_payload(decode=True) if part is not None else None
        if not isinstance(payload, bytes):
            return None
        data = payload
    try:
        text = decode_page(data, name)
    except InputError:
        return None
    if "<" not in text:
        return "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    inside = _body(text)
    if inside is None:
        return text
    start, end, tag = inside
    title = _TITLE.search(text, 0, tag)  # the page's title (often the only place of its year)
    return (f"<title>{title.group(1)}</title>" if title else "") + text[start:end]


def _body(text: str) -> tuple[int, int, int] | None:
    """Where the body of a page starts and ends, and where its tag starts; ``None`` without a whole body.

    The first ``<body …>`` and the last ``</body>`` after it, in linear time. Without a ``>`` after the first
    ``<body``, or a ``</body>`` after its tag, no later ``<body`` has one either.
    """
    opening = _BODY_OPEN.search(text)
    if opening is None:
        return None
    start = text.find(">", opening.end()) + 1
    if not start:
        return None
    end = -1
    for closing in _BODY_CLOSE.finditer(text, start):
        end = closing.start()
    return (start, end, opening.start()) if end >= 0 else None


# Elements that only wrap content: a content control (w:sdt, its w:sdtContent), custom XML and smart tags. Word
# puts them around paragraphs and tables, and also around a table's rows and a row's cells (a repeating section).
_WRAPPERS: Final = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}smartTag"})
# A text box or drawing is written twice: for Word 2010 and later (mc:Choice) and as VML for older readers
# (mc:Fallback). Only the first is read, or the text would be read twice.
_FALLBACK: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _children(container: ET.Element, tag: str) -> Iterator[ET.Element]:
    """The ``tag`` children of ``container``, and those inside any wrapper (content control, custom XML)."""
    for element in container:
        if element.tag == tag:
            yield element
        elif element.tag in _WRAPPERS:
            yield from _children(element, tag)


def _blocks(container: ET.Element, chunks: Mapping[str, str] | None = None) -> Iterator[str]:
    """Paragraphs and tables in document order (content controls and their contents, embedded HTML included)."""
    for element in container:
        if element.tag == f"{_W}p":
            yield f"<p>{html.escape(_paragraph_text(element))}</p>"
        elif element.tag == f"{_W}tbl":
            yield _table_html(element)
        elif element.tag in _WRAPPERS:
            yield from _blocks(element, chunks)
        elif element.tag == f"{_W}altChunk" and chunks:
            yield chunks.get(element.get(f"{_R}id", ""), "")


def _paragraph_text(paragraph: ET.Element) -> str:
    pieces: list[str] = []
    _collect_text(paragraph, pieces)
    return "".join(pieces)


def _collect_text(node: ET.Element, pieces: list[str]) -> None:
    for child in node:
        if child.tag == f"{_W}t":
            pieces.append(child.text or "")
        elif child.tag == f"{_W}tab":
            pieces.append("\t")
        elif child.tag in {f"{_W}br", f"{_W}cr"}:
            pieces.append("\n")
        elif child.tag != _FALLBACK:
            _collect_text(child, pieces)


# Word's own limit on a table's columns; a span or offset beyond it is a damaged file's number, read as none.
MAX_SPAN: Final = 63


@dataclass(slots=True)
class _Cell:
    text: str
    column: int
    colspan: int
    rowspan: int = 1
    continues: bool = False  # a vMerge continuation: part of the cell above, not a cell of its own


@dataclass(slots=True)
class _Grid:
    rows: list[list[_Cell]] = field(default_factory=list)


def _cell_property(cell: ET.Element, tag: str) -> ET.Element | None:
    properties = cell.find(f"{_W}tcPr")
    return None if properties is None else properties.find(f"{_W}{tag}")


def _table_html(table: ET.Element) -> str:
    grid = _Grid()
    for row in _children(table, f"{_W}tr"):  # this table's rows: a table nested in a cell is read as its text
        cells: list[_Cell] = []
        column = _grid_before(row)
        if (
            column
        ):  # the row starts past the grid's first columns: an empty cell keeps its cells in their columns
            cells.append(_Cell("", 0, column))
        for cell in _children(row, f"{_W}tc"):
            span_node = _cell_property(cell, "gridSpan")
            span_text = span_node.get(f"{_W}val", "1") if span_node is not None else "1"
            span = int(span_text) if span_text.isdigit() and 0 < int(span_text) <= MAX_SPAN else 1
            merge = _cell_property(cell, "vMerge")
            continues = merge is not None and merge.get(f"{_W}val", "continue") == "continue"
            text = "\n".join(_paragraph_text(p) for p in _cell_paragraphs(cell))
            cells.append(_Cell(text, column, span, continues=continues))
            column += span
        grid.rows.append(cells)
    for index, row_cells in enumerate(grid.rows):
        for merged in row_cells:
            if not merged.continues:
                continue
            origin = _origin_above(grid, index, merged.column)
            if origin is None:
                merged.continues = False  # a continuation with nothing above: keep it as a cell
            else:
                origin.rowspan += 1
    rows = (
        "<tr>" + "".join(_cell_html(c) for c in row_cells if not c.continues) + "</tr>"
        for row_cells in grid.rows
    )
    return "\n".join(("<table>", *rows, "</table>"))


def _cell_paragraphs(container: ET.Element) -> Iterator[ET.Element]:
    """A cell's paragraphs in order, with those of a table nested in it (a text box's are in its paragraph's)."""
    for element in container:
        if element.tag == f"{_W}p":
            yield element
        elif element.tag == f"{_W}tbl":
            for row in _children(element, f"{_W}tr"):
                for cell in _children(row, f"{_W}tc"):
                    yield from _cell_paragraphs(cell)
        elif element.tag in _WRAPPERS:
            yield from _cell_paragraphs(element)


def _grid_before(row: ET.Element) -> int:
    """How many grid columns a row leaves out before its first cell (``w:trPr/w:gridBefore``)."""
    properties = row.find(f"{_W}trPr")
    node = None if properties is None else properties.find(f"{_W}gridBefore")
    value = "0" if node is None else node.get(f"{_W}val", "0")
    return int(value) if value.isdigit() and int(value) <= MAX_SPAN else 0


def _origin_above(grid: _Grid, index: int, column: int) -> _Cell | None:
    for cells in reversed(grid.rows[:index]):
        for cell in cells:
            if cell.column == column and not cell.continues:
                return cell
    return None


def _cell_html(cell: _Cell) -> str:
    spans = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + (
        f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else ""
    )
    return f"<td{spans}>{html.escape(cell.text).replace(chr(10), '<br>')}</td>"
