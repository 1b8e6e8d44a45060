"""The report as a Word document (.docx), laid out as GB/T 9704-2012 lays out an official document.

The document is built from the same view model as the HTML (:func:`report_view`): the same headings,
paragraphs and tables, with the official merged headers (``gridSpan`` and ``vMerge`` from each cell's colspan and
rowspan). Header rows are marked ``w:tblHeader`` (repeated on every page a table runs onto) and every row
``w:cantSplit`` (never cut across a page). python-docx is imported here only, so the core never needs it.

Page, type and page numbers follow :data:`GB_T_9704_2012` (see :mod:`._layout` for each figure's clause).
"""

from __future__ import annotations

import io
import math
import re
from typing import TYPE_CHECKING, Final

from disclosure_rules._render._errors import RenderError
from disclosure_rules._render._layout import (
    BODY_FACE,
    FACES,
    GB_T_9704_2012,
    HEADING1_FACE,
    HEADING2_FACE,
    MM_PER_INCH,
    PAGE_NUMBER_FACE,
    POINTS_PER_INCH,
    TITLE_FACE,
    Typeface,
    TypeSize,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.section import Section
    from docx.styles.style import ParagraphStyle
    from docx.text.paragraph import Paragraph

    from disclosure_rules._render._charts import ChartView
    from disclosure_rules._render._views import GridCell, GridTable, ReportView, SectionView

LAYOUT: Final = GB_T_9704_2012
TWIPS_PER_POINT: Final = 20
# Character spacing (w:spacing, in twentieths of a point) that brings the body's 16 pt characters to the pitch
# at which 28 fill the 156 mm line (5.2.3): 15.76 pt a character, so -0.25 pt, rounded to whole twips down.
BODY_CHAR_SPACING_TWIPS: Final = -5
# Label columns of the official tables, in millimetres; the value columns share what is left of the 156 mm.
LABEL_COLUMNS_MM: Final[dict[str, tuple[float, ...]]] = {
    "table2": (46,),
    "table3": (11, 18, 118),
    "table4": (),
}
# Tables set on landscape pages, as clause 8 allows for a 横排表格 (the same type area, turned): table 三's longest
# row label (37 characters) fits on one line and table 四's 15 columns get 15 mm each.
LANDSCAPE_TABLES: Final = frozenset({"table3", "table4"})
DEFAULT_LABEL_SHARE: Final = 0.36
NUMBER_LINE_HEIGHT: Final = 1.3
# Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; surrogates; U+FFFE/F).
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text with the characters XML cannot hold removed (a stray backspace in a pasted paragraph)."""
    return _NOT_XML.sub("", text)


WIDE_TABLES: Final = frozenset({"table3", "table4"})
# Indent of the page number: 单页码居右空一字，双页码居左空一字 (7.5), one 四号 character.
PAGE_NUMBER_INDENT_PT: Final = LAYOUT.page_number_size.points
# Style names of the document (Word's built-in heading styles, so the navigation pane shows the outline).
TITLE_STYLE: Final = "Title"
HEADING_STYLES: Final = ("Heading 1", "Heading 2", "Heading 3")
TABLE_TEXT_STYLE: Final = "Table Text"
NOTE_STYLE: Final = "Table Note"
PAGE_NUMBER_STYLE: Final = "Page Number Line"


def render_docx(view: ReportView) -> bytes:
    """The report as the bytes of a .docx file."""
    try:
        import docx  # noqa: PLC0415 - optional dependency, imported on first use
    except ImportError:
        raise RenderError(
            "未安装 python-docx，无法生成 Word 文档；请安装可选依赖：pip install 'disclosure-rules[office]'",
            code="render.docx_unavailable",
        ) from None
    document = docx.Document()
    _set_up_page(document)
    _set_up_styles(document)
    _add_font_fallbacks(document)
    _add_page_numbers(document)
    _write_body(document, view)
    core = document.core_properties
    core.title = xml_text(view.title)
    core.author = xml_text(view.agency)
    core.comments = ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------
# XML helpers
# --------------------------------------------------------------------------------------------------


def _element(tag: str, **attributes: str) -> BaseOxmlElement:
    from docx.oxml import OxmlElement  # noqa: PLC0415 - optional dependency
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    element: BaseOxmlElement = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _child(parent: BaseOxmlElement, tag: str, **attributes: str) -> BaseOxmlElement:
    """The first ``tag`` child of ``parent`` (made if missing), with ``attributes`` set."""
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    existing: BaseOxmlElement | None = parent.find(qn(tag))
    found = _element(tag) if existing is None else existing
    if existing is None:
        parent.append(found)
    for name, value in attributes.items():
        found.set(qn(f"w:{name}"), value)
    return found


def _twips(points: float) -> str:
    return str(round(points * TWIPS_PER_POINT))


def _mm_twips(mm: float) -> str:
    return str(round(mm / 25.4 * 1440))


def _set_fonts(rpr: BaseOxmlElement, face: Typeface, size: TypeSize, *, bold: bool = False) -> None:
    """Point every script of a run (or style) at one typeface and size; no theme fonts, black, bold as asked."""
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    fonts = _child(rpr, "w:rFonts")
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{script}"), face.primary)
    for tag in ("w:b", "w:bCs"):
        _child(rpr, tag, val="1" if bold else "0")
    _child(rpr, "w:color", val="000000")
    half_points = str(round(size.points * 2))
    _child(rpr, "w:sz", val=half_points)
    _child(rpr, "w:szCs", val=half_points)
    _child(rpr, "w:lang", val="en-US", eastAsia="zh-CN")


# --------------------------------------------------------------------------------------------------
# Page, styles, fonts, page numbers
# --------------------------------------------------------------------------------------------------


def _portrait(section: Section) -> None:
    from docx.enum.section import WD_ORIENT  # noqa: PLC0415 - optional dependency
    from docx.shared import Mm  # noqa: PLC0415 - optional dependency

    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(LAYOUT.page_width_mm)
    section.page_height = Mm(LAYOUT.page_height_mm)
    section.top_margin = Mm(LAYOUT.top_margin_mm)
    section.bottom_margin = Mm(LAYOUT.bottom_margin_mm)
    section.left_margin = Mm(LAYOUT.left_margin_mm)
    section.right_margin = Mm(LAYOUT.right_margin_mm)
    section.footer_distance = Mm(_footer_distance_mm(LAYOUT.bottom_margin_mm))


def _footer_distance_mm(bottom_margin_mm: float) -> float:
    """Where the footer's bottom goes so the 一字线 of the page number is 7 mm below the type area (7.5).

    The footer holds one 四号 line (its height about 1.3 times the size); Word measures from the page's edge.
    """
    number_line_mm = LAYOUT.page_number_size.points * NUMBER_LINE_HEIGHT / POINTS_PER_INCH * MM_PER_INCH
    return bottom_margin_mm - LAYOUT.page_number_gap_mm - number_line_mm


def _landscape(section: Section) -> None:
    """The sheet turned a quarter clockwise: the table's head on the binding edge, the same type area (8)."""
    from docx.enum.section import WD_ORIENT  # noqa: PLC0415 - optional dependency
    from docx.shared import Mm  # noqa: PLC0415 - optional dependency

    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(LAYOUT.page_height_mm)
    section.page_height = Mm(LAYOUT.page_width_mm)
    section.top_margin = Mm(LAYOUT.left_margin_mm)
    section.right_margin = Mm(LAYOUT.top_margin_mm)
    section.bottom_margin = Mm(LAYOUT.right_margin_mm)
    section.left_margin = Mm(LAYOUT.bottom_margin_mm)
    section.footer_distance = Mm(_footer_distance_mm(LAYOUT.right_margin_mm))


def _set_up_page(document: Document) -> None:
    from docx.shared import Mm  # noqa: PLC0415 - optional dependency

    section = document.sections[0]
    _portrait(section)
    section.header_distance = Mm(15)
    # Odd and even pages get their own footer (page number right, then left).
    document.settings.odd_and_even_pages_header_footer = True


def _paragraph_style(document: Document, name: str, base: str | None = None) -> ParagraphStyle:
    from docx.enum.style import WD_STYLE_TYPE  # noqa: PLC0415 - optional dependency
    from docx.styles.style import ParagraphStyle  # noqa: PLC0415 - optional dependency

    styles = document.styles
    if name in [style.name for style in styles]:
        style = styles[name]
    else:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base is not None:
            style.base_style = styles[base]
    if not isinstance(style, ParagraphStyle):
        msg = f"style {name} is not a paragraph style"
        raise TypeError(msg)
    return style


def _style_ppr(  # noqa: PLR0913 - one paragraph style's settings, all keyword-only
    style: ParagraphStyle,
    *,
    alignment: str,
    first_line_chars: int = 0,
    exact_line: bool = True,
    before: float = 0,
    after: float = 0,
    keep_next: bool = False,
) -> None:
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    ppr = style.element.get_or_add_pPr()
    if keep_next:
        _child(ppr, "w:keepNext")
    spacing = _child(ppr, "w:spacing", before=_twips(before), after=_twips(after))
    if exact_line:
        # Rounded down: 22 lines must fit the 225 mm (29 pt would leave room for only 21).
        spacing.set(qn("w:line"), str(math.floor(LAYOUT.line_pitch_pt * TWIPS_PER_POINT)))
        spacing.set(qn("w:lineRule"), "exact")
    else:
        spacing.set(qn("w:line"), "240")
        spacing.set(qn("w:lineRule"), "auto")
    indent = _child(ppr, "w:ind")
    for name in list(indent.attrib):
        del indent.attrib[name]
    # 每个自然段左空二字 (7.3.3): in characters, so it follows the size of the text; 0 written out, so a style
    # based on Normal does not inherit the indent.
    indent.set(qn("w:firstLineChars"), str(first_line_chars * 100))
    indent.set(qn("w:firstLine"), _twips(first_line_chars * LAYOUT.body_size.points))
    _child(ppr, "w:jc", val=alignment)
    _child(ppr, "w:snapToGrid", val="0")


def _set_up_styles(document: Document) -> None:
    normal = _paragraph_style(document, "Normal")
    _set_fonts(normal.element.get_or_add_rPr(), BODY_FACE, LAYOUT.body_size)
    _child(normal.element.get_or_add_rPr(), "w:spacing", val=str(BODY_CHAR_SPACING_TWIPS))
    _style_ppr(normal, alignment="both", first_line_chars=2)
    # Defaults of the whole document, so text outside any style (table cells) is in 仿宋 too.
    title = _paragraph_style(document, TITLE_STYLE)
    _remove_borders(title)
    _set_fonts(title.element.get_or_add_rPr(), TITLE_FACE, LAYOUT.title_size)
    _style_ppr(title, alignment="center", exact_line=False, after=LAYOUT.line_pitch_pt, keep_next=True)
    faces = (HEADING1_FACE, HEADING2_FACE, BODY_FACE)
    for name, face in zip(HEADING_STYLES, faces, strict=True):
        style = _paragraph_style(document, name)
        _set_fonts(style.element.get_or_add_rPr(), face, LAYOUT.body_size)
        _child(style.element.get_or_add_rPr(), "w:spacing", val=str(BODY_CHAR_SPACING_TWIPS))
        _style_ppr(style, alignment="both", first_line_chars=2, keep_next=True)
    table_text = _paragraph_style(document, TABLE_TEXT_STYLE, "Normal")
    _set_fonts(table_text.element.get_or_add_rPr(), BODY_FACE, LAYOUT.table_size)
    _child(table_text.element.get_or_add_rPr(), "w:spacing", val="0")
    _style_ppr(table_text, alignment="center", exact_line=False)
    note = _paragraph_style(document, NOTE_STYLE, "Normal")
    _set_fonts(note.element.get_or_add_rPr(), BODY_FACE, LAYOUT.table_size)
    _child(note.element.get_or_add_rPr(), "w:spacing", val="0")
    _style_ppr(note, alignment="left", exact_line=False, after=LAYOUT.table_size.points)
    number = _paragraph_style(document, PAGE_NUMBER_STYLE, "Normal")
    _set_fonts(number.element.get_or_add_rPr(), PAGE_NUMBER_FACE, LAYOUT.page_number_size)
    _child(number.element.get_or_add_rPr(), "w:spacing", val="0")
    _style_ppr(number, alignment="right", exact_line=False)


def _remove_borders(style: ParagraphStyle) -> None:
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _add_font_fallbacks(document: Document) -> None:
    """Declare each typeface in the font table with its second name as ``w:altName`` and the GB2312 charset.

    Word and WPS substitute the alternate name when the first is not installed; the charset (86, GB2312)
    keeps any other substitute a Chinese font.
    """
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency
    from lxml import etree  # noqa: PLC0415 - python-docx's own XML library

    font_part = next(
        part for part in document.part.package.iter_parts() if part.partname == "/word/fontTable.xml"
    )
    root = etree.fromstring(font_part.blob)
    for face in FACES:
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), face.primary)
        if len(face.names) > 1:
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), face.names[1])
        etree.SubElement(font, qn("w:charset")).set(qn("w:val"), "86")
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), "modern" if face is BODY_FACE else "auto")
        etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), "variable")
    # The generic part keeps its bytes in ``_blob`` and offers no setter.
    font_part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)  # noqa: SLF001 - see above


def _page_number_paragraph(footer_paragraph: object, *, odd: bool) -> None:
    """``— N —`` with a PAGE field, right on odd pages and left on even ones, one character in (7.5)."""
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    paragraph = footer_paragraph
    paragraph.style = PAGE_NUMBER_STYLE  # type: ignore[attr-defined]  # a docx Paragraph
    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]  # noqa: SLF001 - python-docx's XML handle
    _child(ppr, "w:jc", val="right" if odd else "left")
    indent = _child(ppr, "w:ind")
    indent.set(qn("w:right" if odd else "w:left"), _twips(PAGE_NUMBER_INDENT_PT))
    dash = LAYOUT.page_number_dash
    element = paragraph._p  # type: ignore[attr-defined]  # noqa: SLF001 - python-docx's XML handle
    for piece in (f"{dash} ", None, f" {dash}"):
        if piece is not None:
            run = _element("w:r")
            text = _element("w:t")
            text.text = piece
            text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(text)
            element.append(run)
            continue
        for kind, instruction in (
            ("begin", None),
            (None, " PAGE "),
            ("separate", None),
            (None, "1"),
            ("end", None),
        ):
            run = _element("w:r")
            if kind is not None:
                run.append(_element("w:fldChar", fldCharType=kind))
            elif instruction == " PAGE ":
                code = _element("w:instrText")
                code.text = instruction
                code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                run.append(code)
            else:
                shown = _element("w:t")
                shown.text = instruction
                run.append(shown)
            element.append(run)


def _add_page_numbers(document: Document) -> None:
    section = document.sections[0]
    _page_number_paragraph(section.footer.paragraphs[0], odd=True)
    _page_number_paragraph(section.even_page_footer.paragraphs[0], odd=False)


# --------------------------------------------------------------------------------------------------
# Body
# --------------------------------------------------------------------------------------------------


class _Body:
    """Adds paragraphs to the document, every text made XML-safe."""

    def __init__(self, document: Document) -> None:
        self.document = document

    def add_paragraph(self, text: str, style: str) -> Paragraph:
        return self.document.add_paragraph(xml_text(text), style=style)


def _write_body(document: Document, view: ReportView) -> None:
    body = _Body(document)
    if view.errors_banner:
        banner = body.add_paragraph(view.errors_banner, style="Normal")
        banner.runs[0].font.bold = True
    body.add_paragraph(view.title, style=TITLE_STYLE)
    _add_paragraphs(body, view.preamble)
    _write_sections(document, body, view.sections)
    _add_paragraphs(body, view.closing)
    _add_signature(document, view)
    _write_annexes(document, body, view)


def _add_paragraphs(body: _Body, texts: Sequence[str]) -> None:
    for text in texts:
        body.add_paragraph(text, style="Normal")


def _write_sections(document: Document, body: _Body, sections: Sequence[SectionView]) -> None:
    """Sections 一 to 六 (or a legacy report's own); tables 三 and 四 on landscape pages."""
    landscape = False
    for section in sections:
        turn = section.table is not None and section.table.id in LANDSCAPE_TABLES
        if turn != landscape:
            _new_section(document, landscape=turn)
            landscape = turn
        body.add_paragraph(section.heading, style=HEADING_STYLES[0])
        _add_paragraphs(body, section.paragraphs)
        for item in section.outline:
            body.add_paragraph(item.heading, style=HEADING_STYLES[min(item.depth, len(HEADING_STYLES) - 1)])
            _add_paragraphs(body, item.paragraphs)
        if section.table is not None:
            _add_table(document, section.table, landscape=turn)
    if landscape:
        _new_section(document, landscape=False)


def _write_annexes(document: Document, body: _Body, view: ReportView) -> None:
    """A legacy report's figures, the charts as tables, and the errors annex."""
    if view.data is not None:
        body.add_paragraph(view.data.title, style=HEADING_STYLES[0])
        _add_paragraphs(body, [f"{line.label}：{line.value}" for line in view.data.lines])
        for table in view.data.tables:
            _add_table(document, table)
    if view.charts:
        body.add_paragraph(view.charts_title, style=HEADING_STYLES[0])
        for chart in view.charts:
            _add_chart(document, chart)
    if view.errors:
        body.add_paragraph(view.errors_title, style=HEADING_STYLES[0])
        for number, finding in enumerate(view.errors, start=1):
            body.add_paragraph(
                f"{number}. [{finding.code}] {finding.severity}：{finding.message}", style="Normal"
            )
            if finding.location:
                body.add_paragraph(f"位置：{finding.location}", style="Normal")
            if finding.source:
                body.add_paragraph(f"依据：{finding.source}", style="Normal")


def _new_section(document: Document, *, landscape: bool) -> None:
    from docx.enum.section import WD_SECTION  # noqa: PLC0415 - optional dependency

    section = document.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        _landscape(section)
    else:
        _portrait(section)


def _add_signature(document: Document, view: ReportView) -> None:
    """The agency and the date, right-aligned; 成文日期一般右空四字 (7.3.5.2)."""
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    lines = [text for text in (view.signature, view.signed_on) if text]
    if not lines:
        return
    document.add_paragraph("", style="Normal")
    for text in lines:
        paragraph = document.add_paragraph(xml_text(text), style="Normal")
        ppr = paragraph._p.get_or_add_pPr()  # noqa: SLF001 - python-docx's XML handle
        _child(ppr, "w:jc", val="right")
        indent = _child(ppr, "w:ind", firstLine="0", firstLineChars="0")
        indent.set(qn("w:right"), _twips(4 * LAYOUT.char_pitch_pt))
        indent.set(qn("w:rightChars"), "400")


def _add_chart(document: Document, chart: ChartView) -> None:
    """A chart as the table of its bars (label, count, share): Word gets the figures, not a picture."""
    from disclosure_rules._render._views import GridCell, GridTable  # noqa: PLC0415 - avoids an import cycle

    head = tuple(GridCell(text, "head") for text in chart.header)
    rows = tuple(
        (GridCell(bar.label, "label"), GridCell(bar.value_text), GridCell(bar.share_text))
        for bar in chart.bars
    )
    note = (GridCell(chart.note, "note", colspan=3),)
    table = GridTable(chart.id, chart.title, (head,), ((*rows, note),), (), 3)
    document.add_paragraph(xml_text(chart.title), style=HEADING_STYLES[1])
    _add_table(document, table)


# --------------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------------


def _column_widths(table: GridTable, width: float) -> list[float]:
    """Each grid column's width in millimetres: the label columns as set, the value columns equal."""
    labels = LABEL_COLUMNS_MM.get(table.id)
    if labels is None:
        labels = (width * DEFAULT_LABEL_SHARE,)
    rest = table.columns - len(labels)
    share = (width - sum(labels)) / rest if rest else 0
    return [*labels, *([share] * rest)]


# A placed cell: the view cell, and whether this grid slot continues a row span started above.
Slot = tuple["GridCell", bool]


def _place(rows: Sequence[Sequence[GridCell]], columns: int) -> list[list[Slot | None]]:
    """Lay the rows on the table grid as HTML does: a cell takes the first free column, spans fill slots.

    Each slot holds the cell that starts there (``False``), a row-span continuation at the cell's first
    column (``True``), or ``None`` for a slot covered by a column span.
    """
    grid: list[list[Slot | None]] = []
    pending: dict[tuple[int, int], GridCell] = {}
    covered: set[tuple[int, int]] = set()
    for row_index, row in enumerate(rows):
        line: list[Slot | None] = [None] * columns
        column = 0
        cells = iter(row)
        while column < columns:
            if (row_index, column) in pending:
                cell = pending.pop((row_index, column))
                line[column] = (cell, True)
                column += cell.colspan
                continue
            if (row_index, column) in covered:
                column += 1
                continue
            cell_or_none = next(cells, None)
            if cell_or_none is None:
                break
            line[column] = (cell_or_none, False)
            for below in range(1, cell_or_none.rowspan):
                pending[row_index + below, column] = cell_or_none
                covered.update((row_index + below, column + right) for right in range(cell_or_none.colspan))
            column += cell_or_none.colspan
        grid.append(line)
    return grid


def _add_table(document: Document, table: GridTable, *, landscape: bool = False) -> None:
    width = LAYOUT.type_height_mm if landscape else LAYOUT.type_width_mm
    widths = _column_widths(table, width)
    size = LAYOUT.wide_table_size if table.id in WIDE_TABLES else LAYOUT.table_size
    head_rows = list(table.head)
    body_rows = [row for body in table.bodies for row in body]
    # A block of table 二 (caption, header row, rows) is kept on one page: every row but its last keeps with
    # the next one. Table 三 and 四 have a real header instead, repeated on each page.
    keep_with_next: set[int] = set()
    offset = len(head_rows)
    if not head_rows:
        for body in table.bodies:
            keep_with_next.update(range(offset, offset + len(body) - 1))
            offset += len(body)
    grid = _place([*head_rows, *body_rows], table.columns)
    style_id = document.styles[TABLE_TEXT_STYLE].style_id
    tbl = _element("w:tbl")
    tbl_pr = _element("w:tblPr")
    tbl_pr.append(_element("w:tblW", w=_mm_twips(width), type="dxa"))
    tbl_pr.append(_element("w:jc", val="center"))
    borders = _element("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_element(f"w:{side}", val="single", sz="4", space="0", color="000000"))
    tbl_pr.append(borders)
    tbl_pr.append(_element("w:tblLayout", type="fixed"))
    margins = _element("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(_element(f"w:{side}", w="57", type="dxa"))
    tbl_pr.append(margins)
    tbl_pr.append(
        _element(
            "w:tblLook",
            val="0000",
            firstRow="0",
            lastRow="0",
            firstColumn="0",
            lastColumn="0",
            noHBand="1",
            noVBand="1",
        )
    )
    tbl.append(tbl_pr)
    tbl_grid = _element("w:tblGrid")
    for width in widths:
        tbl_grid.append(_element("w:gridCol", w=_mm_twips(width)))
    tbl.append(tbl_grid)
    for row_index, line in enumerate(grid):
        tr = _element("w:tr")
        tr_pr = _element("w:trPr")
        tr_pr.append(_element("w:cantSplit"))
        if row_index < len(head_rows):
            tr_pr.append(_element("w:tblHeader"))
        tr.append(tr_pr)
        for column, slot in enumerate(line):
            if slot is None:
                continue
            cell, continued = slot
            span_width = sum(widths[column : column + cell.colspan])
            tr.append(
                _cell_element(
                    cell,
                    continued=continued,
                    width_mm=span_width,
                    size=size,
                    keep=row_index in keep_with_next,
                    style_id=style_id,
                )
            )
        tbl.append(tr)
    # python-docx has no API for spans given up front: the table element goes in before the section properties.
    document.element.body.sectPr.addprevious(tbl)
    document.add_paragraph("", style=NOTE_STYLE)


def _cell_element(  # noqa: PLR0913 - one cell's layout, all keyword-only
    cell: GridCell, *, continued: bool, width_mm: float, size: TypeSize, keep: bool, style_id: str
) -> BaseOxmlElement:
    tc = _element("w:tc")
    tc_pr = _element("w:tcPr")
    tc_pr.append(_element("w:tcW", w=_mm_twips(width_mm), type="dxa"))
    if cell.colspan > 1:
        tc_pr.append(_element("w:gridSpan", val=str(cell.colspan)))
    if cell.rowspan > 1:
        tc_pr.append(_element("w:vMerge", val="restart") if not continued else _element("w:vMerge"))
    if cell.role in {"head", "caption"}:
        tc_pr.append(
            _element("w:shd", val="clear", color="auto", fill="F2F2F2" if cell.role == "head" else "E4E4E4")
        )
    tc_pr.append(_element("w:vAlign", val="center"))
    tc.append(tc_pr)
    paragraph = _element("w:p")
    ppr = _element("w:pPr")
    ppr.append(_element("w:pStyle", val=style_id))
    if keep:
        ppr.append(_element("w:keepNext"))
    aligned_left = cell.role in {"label", "note"}
    ppr.append(_element("w:jc", val="left" if aligned_left else "center"))
    paragraph.append(ppr)
    if not continued and cell.text:
        for index, line in enumerate(xml_text(cell.text).split("\n")):
            run = _element("w:r")
            rpr = _element("w:rPr")
            half_points = str(round(size.points * 2))
            if cell.role == "caption":
                rpr.append(_element("w:b"))
            if cell.flagged:
                rpr.append(_element("w:shd", val="clear", color="auto", fill="FBDCDC"))
            rpr.append(_element("w:sz", val=half_points))
            rpr.append(_element("w:szCs", val=half_points))
            run.append(rpr)
            if index:
                run.append(_element("w:br"))
            text = _element("w:t")
            text.text = line
            text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.append(text)
            paragraph.append(run)
    tc.append(paragraph)
    return tc
