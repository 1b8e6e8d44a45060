"""The report as a Word document (.docx), laid out as GB/T 9704-2012 lays out an official document.

The document is built from the same view model as the HTML (:func:`report_view`): the same headings,
paragraphs and tables, with the official merged headers (``gridSpan`` and ``vMerge`` from each cell's colspan and
rowspan). Header rows are marked ``w:tblHeader`` (repeated on every page a table runs onto) and every row
``w:cantSplit`` (never cut across a page). python-docx is imported here only, so the core never needs it.

Page, type and page numbers follow :data:`GB_T_9704_2012` (see :mod:`._layout` for each figure's clause).
"""

from __future__ import annotations

import html
import io
import math
import re
import zipfile
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
ZIP_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
# Character spacing (w:spacing, in twentieths of a point) that brings the body's 16 pt characters to the pitch
# at which 28 fill the 156 mm line (5.2.3): 15.79 pt a character, so -0.21 pt; -0.25 pt in whole twips (rounded
# down: 28 characters of 15.75 pt fit, 29 do not).
BODY_CHAR_SPACING_TWIPS: Final = -5
# Label columns of the official tables, in millimetres; the value columns share what is left of the 156 mm.
LABEL_COLUMNS_MM: Final[dict[str, tuple[float, ...]]] = {
    "table2": (46,),
    "table3": (11, 18, 118),
    "table4": (),
}
# The wide tables: set in 小五 on landscape pages, as clause 8 allows for a 横排表格 (the same type area, turned):
# table 三's longest row label (37 characters) fits on one line and table 四's 15 columns get 15 mm each.
WIDE_TABLES: Final = frozenset({"table3", "table4"})
DEFAULT_LABEL_SHARE: Final = 0.36
NUMBER_LINE_HEIGHT: Final = 1.3
# Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; surrogates; U+FFFE/F).
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Indent of the page number: 单页码居右空一字，双页码居左空一字 (7.5), one 四号 character.
PAGE_NUMBER_INDENT_PT: Final = LAYOUT.page_number_size.points
# Style names of the document (Word's built-in heading styles, so the navigation pane shows the outline).
TITLE_STYLE: Final = "Title"
HEADING_STYLES: Final = ("Heading 1", "Heading 2", "Heading 3")
TABLE_TEXT_STYLE: Final = "Table Text"
NOTE_STYLE: Final = "Table Note"
PAGE_NUMBER_STYLE: Final = "Page Number Line"


def xml_text(text: str) -> str:
    """Text with the characters XML cannot hold removed (a stray backspace in a pasted paragraph)."""
    return _NOT_XML.sub("", text)


def render_docx(view: ReportView) -> bytes:
    """The report as the bytes of a .docx file."""
    try:
        import docx  # noqa: PLC0415 - optional dependency, imported on first use
    except ImportError:
        raise RenderError(
            "python-docx is not installed, so no Word document: pip install 'disclosure-rules[office]'",
            code="render.docx_unavailable",
            message_zh="未安装 python-docx，无法生成 Word 文档；请安装可选依赖：pip install 'disclosure-rules[office]'",
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
    _drop_template_leftovers(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_timestamps(buffer.getvalue())


# Parts of python-docx's default template a report does not need: the preview picture of an empty page (file
# browsers would show it for the report) and Word 2010's copy of the styles (styles.xml is the one read).
_LEFTOVER_RELATIONSHIPS: Final = ("/metadata/thumbnail", "/stylesWithEffects")


def _drop_template_leftovers(document: Document) -> None:
    for rels in (document.part.package.rels, document.part.rels):
        for rel_id, rel in list(rels.items()):
            if rel.reltype.endswith(_LEFTOVER_RELATIONSHIPS):
                rels.pop(rel_id)


def _fixed_timestamps(package: bytes) -> bytes:
    """The package with every zip entry dated 1980-01-01, so the same report gives the same bytes.

    python-docx stamps each entry with the time of saving; nothing else in the file depends on the clock.
    """
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info))
    return out.getvalue()


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


# The order WordprocessingML requires of the children of run and paragraph properties (ECMA-376 §17.3.2.28,
# §17.3.1.26); Word refuses a file that breaks it.
_RPR_ORDER: Final = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
_PPR_ORDER: Final = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


def _in_schema_order(element: BaseOxmlElement, order: Sequence[str]) -> None:
    """Reorder ``element``'s children as the schema requires (elements added later went to the end)."""

    def rank(child: BaseOxmlElement) -> int:
        name = child.tag.rsplit("}", 1)[-1]
        return order.index(name) if name in order else len(order)

    element[:] = sorted(element, key=rank)


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
    _lay_out(section, landscape=False)


def _lay_out(section: Section, *, landscape: bool) -> None:
    """The sheet's size and margins, upright or turned (then each margin moves a quarter turn with it)."""
    from docx.enum.section import WD_ORIENT  # noqa: PLC0415 - optional dependency
    from docx.shared import Mm  # noqa: PLC0415 - optional dependency

    page = LAYOUT
    # Top, right, bottom, left of the upright sheet, as they sit on the sheet as printed.
    margins = [page.top_margin_mm, page.right_margin_mm, page.bottom_margin_mm, page.left_margin_mm]
    if landscape:
        margins = margins[-1:] + margins[:-1]
    width, height = page.page_width_mm, page.page_height_mm
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = Mm(height if landscape else width)
    section.page_height = Mm(width if landscape else height)
    section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = (
        Mm(margin) for margin in margins
    )
    section.footer_distance = Mm(_footer_distance_mm(margins[2]))


def _footer_distance_mm(bottom_margin_mm: float) -> float:
    """Where the footer's bottom goes so the 一字线 of the page number is 7 mm below the type area (7.5).

    The footer holds one 四号 line (its height about 1.3 times the size); Word measures from the page's edge.
    """
    number_line_mm = LAYOUT.page_number_size.points * NUMBER_LINE_HEIGHT / POINTS_PER_INCH * MM_PER_INCH
    return bottom_margin_mm - LAYOUT.page_number_gap_mm - number_line_mm


def _landscape(section: Section) -> None:
    """The sheet turned a quarter clockwise: the table's head on the binding edge, the same type area (8)."""
    _lay_out(section, landscape=True)


def _set_up_page(document: Document) -> None:
    from docx.shared import Mm  # noqa: PLC0415 - optional dependency

    section = document.sections[0]
    _portrait(section)
    section.header_distance = Mm(15)
    # Odd and even pages get their own footer (page number right, then left).
    document.settings.odd_and_even_pages_header_footer = True


def _paragraph_style(document: Document, name: str, base: str | None = None) -> ParagraphStyle:
    from docx.enum.style import WD_STYLE_TYPE  # noqa: PLC0415 - optional dependency
    from docx.styles import BabelFish  # noqa: PLC0415 - optional dependency
    from docx.styles.style import ParagraphStyle  # noqa: PLC0415 - optional dependency

    styles = document.styles
    if styles.element.get_by_name(BabelFish.ui2internal(name)) is not None:
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
    for style in (
        normal,
        title,
        *(document.styles[name] for name in HEADING_STYLES),
        table_text,
        note,
        number,
    ):
        _in_schema_order(style.element.get_or_add_pPr(), _PPR_ORDER)
        _in_schema_order(style.element.get_or_add_rPr(), _RPR_ORDER)


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


def _page_number_paragraph(paragraph: Paragraph, *, odd: bool) -> None:
    """``— N —`` with a PAGE field, right on odd pages and left on even ones, one character in (7.5)."""
    from docx.oxml.ns import qn  # noqa: PLC0415 - optional dependency

    paragraph.style = PAGE_NUMBER_STYLE
    ppr = paragraph._p.get_or_add_pPr()  # noqa: SLF001 - python-docx's XML handle
    _child(ppr, "w:jc", val="right" if odd else "left")
    indent = _child(ppr, "w:ind")
    indent.set(qn("w:right" if odd else "w:left"), _twips(PAGE_NUMBER_INDENT_PT))
    _in_schema_order(ppr, _PPR_ORDER)
    dash = LAYOUT.page_number_dash
    element = paragraph._p  # noqa: SLF001 - python-docx's XML handle
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


def _section_page_numbers(document: Document, section: Section, *, landscape: bool) -> None:
    """A new section's own footers: the ordinary page numbers, or on a landscape page the turned ones."""
    style_id = document.styles[PAGE_NUMBER_STYLE].style_id
    for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        if landscape:
            _turned_page_number(paragraph, style_id, odd=odd)
        else:
            _page_number_paragraph(paragraph, odd=odd)


def _turned_page_number(paragraph: Paragraph, style_id: str, *, odd: bool) -> None:
    """The page number of a landscape page where the other pages have it (clause 8), as offices set it.

    The sheet is turned a quarter clockwise (the portrait's left edge, the 订口 of an odd page, becomes the top,
    where the table's head is), so the portrait foot is the left margin. The number goes in a one-cell table
    floating in that margin, its text running top to bottom (``tbRl``, turned like the page), 7 mm from the type
    area: at the lower end on odd pages and the upper end on even ones, one character in.
    """
    from docx.oxml import parse_xml  # noqa: PLC0415 - optional dependency

    layout = LAYOUT
    line_mm = layout.page_number_size.points * NUMBER_LINE_HEIGHT / POINTS_PER_INCH * MM_PER_INCH
    left_mm = layout.bottom_margin_mm - layout.page_number_gap_mm - line_mm
    top_mm = layout.left_margin_mm  # the landscape top margin (see _landscape)
    width, height = _mm_twips(line_mm), _mm_twips(layout.type_width_mm)
    side = "right" if odd else "left"
    indent = _twips(PAGE_NUMBER_INDENT_PT)
    table = parse_xml(
        f"<w:tbl {_W_NAMESPACE}><w:tblPr>"
        f'<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:vertAnchor="page" w:horzAnchor="page" '
        f'w:tblpX="{_mm_twips(left_mm)}" w:tblpY="{_mm_twips(top_mm)}"/>'
        f'<w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        f'</w:tblPr><w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>'
        f'<w:tr><w:trPr><w:trHeight w:val="{height}" w:hRule="exact"/></w:trPr>'
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:textDirection w:val="tbRl"/>'
        '<w:vAlign w:val="center"/></w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/><w:ind w:{side}="{indent}"/><w:jc w:val="{side}"/></w:pPr>'
        f"{_PAGE_NUMBER_RUNS}</w:p></w:tc></w:tr></w:tbl>"
    )
    paragraph._p.addprevious(table)  # noqa: SLF001 - python-docx's XML handle


# ``— N —``: a PAGE field between 一字线 (7.5).
_PAGE_NUMBER_RUNS: Final = (
    f'<w:r><w:t xml:space="preserve">{LAYOUT.page_number_dash} </w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    "<w:r><w:t>1</w:t></w:r>"
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    f'<w:r><w:t xml:space="preserve"> {LAYOUT.page_number_dash}</w:t></w:r>'
)
_W_NAMESPACE: Final = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# --------------------------------------------------------------------------------------------------
# Body
# --------------------------------------------------------------------------------------------------


def _escaped(text: str) -> str:
    # html.escape without quotes is XML's text escaping (&, <, >); xml.sax.saxutils would import urllib.
    return html.escape(xml_text(text), quote=False)


class _Writer:
    """Writes the body as WordprocessingML text, parsed in one go before each section break and at the end.

    Building elements one by one through python-docx costs a style lookup per paragraph and an element factory
    call per node; the body of a report is a few hundred paragraphs and two thousand table nodes.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.chunks: list[str] = []
        self.style_ids = {
            name: document.styles[name].style_id
            for name in ("Normal", TITLE_STYLE, *HEADING_STYLES, TABLE_TEXT_STYLE, NOTE_STYLE)
        }

    def paragraph(
        self, text: str, style: str = "Normal", *, properties: str = "", bold: bool = False
    ) -> None:
        """One paragraph; ``properties`` are pPr children after the style (in schema order)."""
        run = ""
        if text:
            run_properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
            run = f'<w:r>{run_properties}<w:t xml:space="preserve">{_escaped(text)}</w:t></w:r>'
        self.chunks.append(
            f'<w:p><w:pPr><w:pStyle w:val="{self.style_ids[style]}"/>{properties}</w:pPr>{run}</w:p>'
        )

    def paragraphs(self, texts: Sequence[str]) -> None:
        for text in texts:
            self.paragraph(text)

    def flush(self) -> None:
        """Parse what was written and put it before the document's closing section properties."""
        if not self.chunks:
            return
        from docx.oxml import parse_xml  # noqa: PLC0415 - optional dependency

        parsed = parse_xml(f"<w:body {_W_NAMESPACE}>{''.join(self.chunks)}</w:body>")
        anchor = self.document.element.body.sectPr
        for child in list(parsed):
            anchor.addprevious(child)
        self.chunks.clear()

    def new_section(self, *, landscape: bool) -> None:
        from docx.enum.section import WD_SECTION  # noqa: PLC0415 - optional dependency

        self.flush()
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            _landscape(section)
        else:
            _portrait(section)
        _section_page_numbers(self.document, section, landscape=landscape)


def _write_body(document: Document, view: ReportView) -> None:
    writer = _Writer(document)
    if view.errors_banner:
        writer.paragraph(view.errors_banner, bold=True)
    writer.paragraph(view.title, TITLE_STYLE)
    writer.paragraphs(view.preamble)
    _write_sections(writer, view.sections)
    writer.paragraphs(view.closing)
    _write_signature(writer, view)
    _write_annexes(writer, view)
    writer.flush()


def _write_sections(writer: _Writer, sections: Sequence[SectionView]) -> None:
    """Sections 一 to 六 (or a legacy report's own); tables 三 and 四 on landscape pages."""
    landscape = False
    for section in sections:
        turn = section.table is not None and section.table.id in WIDE_TABLES
        if turn != landscape:
            writer.new_section(landscape=turn)
            landscape = turn
        writer.paragraph(section.heading, HEADING_STYLES[0])
        writer.paragraphs(section.paragraphs)
        for item in section.outline:
            writer.paragraph(item.heading, HEADING_STYLES[min(item.depth, len(HEADING_STYLES) - 1)])
            writer.paragraphs(item.paragraphs)
        if section.table is not None:
            _write_table(writer, section.table, landscape=turn)
    if landscape:
        writer.new_section(landscape=False)


def _write_annexes(writer: _Writer, view: ReportView) -> None:
    """A legacy report's figures, the charts as tables, and the errors annex."""
    if view.data is not None:
        writer.paragraph(view.data.title, HEADING_STYLES[0])
        writer.paragraphs([f"{line.label}：{line.value}" for line in view.data.lines])
        for table in view.data.tables:
            _write_table(writer, table)
    if view.charts:
        writer.paragraph(view.charts_title, HEADING_STYLES[0])
        for chart in view.charts:
            _write_chart(writer, chart)
    if view.errors:
        writer.paragraph(view.errors_title, HEADING_STYLES[0])
        for number, finding in enumerate(view.errors, start=1):
            writer.paragraph(f"{number}. [{finding.code}] {finding.severity}：{finding.message}")
            if finding.location:
                writer.paragraph(f"位置：{finding.location}")
            if finding.source:
                writer.paragraph(f"依据：{finding.source}")


def _write_signature(writer: _Writer, view: ReportView) -> None:
    """The agency and the date, right-aligned; 成文日期一般右空四字 (7.3.5.2)."""
    lines = [text for text in (view.signature, view.signed_on) if text]
    if not lines:
        return
    writer.paragraph("")
    right = _twips(4 * LAYOUT.char_pitch_pt)
    properties = f'<w:ind w:firstLine="0" w:firstLineChars="0" w:right="{right}" w:rightChars="400"/><w:jc w:val="right"/>'
    for text in lines:
        writer.paragraph(text, properties=properties)


def _write_chart(writer: _Writer, chart: ChartView) -> None:
    """A chart as the table of its bars (label, count, share): Word gets the figures, not a picture."""
    from disclosure_rules._render._views import GridCell, GridTable  # noqa: PLC0415 - avoids an import cycle

    head = tuple(GridCell(text, "head") for text in chart.header)
    rows = tuple(
        (GridCell(bar.label, "label"), GridCell(bar.value_text), GridCell(bar.share_text))
        for bar in chart.bars
    )
    note = (GridCell(chart.note, "note", colspan=3),)
    table = GridTable(chart.id, chart.title, (head,), ((*rows, note),), (), 3)
    writer.paragraph(chart.title, HEADING_STYLES[1])
    _write_table(writer, table)


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


_TABLE_PROPERTIES: Final = (
    '<w:tblW w:w="{width}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>'
    + "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + '</w:tblBorders><w:tblLayout w:type="fixed"/>'
    '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" '
    'w:noVBand="1"/>'
)
_SHADE: Final = {"head": "F2F2F2", "caption": "E4E4E4"}


def _write_table(writer: _Writer, table: GridTable, *, landscape: bool = False) -> None:
    """The table with its merged cells; header rows repeat on each page, no row is split across pages."""
    width = LAYOUT.type_height_mm if landscape else LAYOUT.type_width_mm
    widths = _column_widths(table, width)
    size = LAYOUT.wide_table_size if table.id in WIDE_TABLES else LAYOUT.table_size
    head_rows = list(table.head)
    # A block of table 二 (caption, header row, rows) is kept on one page: every row but its last keeps with
    # the next one. Table 三 and 四 have a real header instead, repeated on each page.
    keep_with_next: set[int] = set()
    offset = len(head_rows)
    if not head_rows:
        for body in table.bodies:
            keep_with_next.update(range(offset, offset + len(body) - 1))
            offset += len(body)
    grid = _place([*head_rows, *(row for body in table.bodies for row in body)], table.columns)
    cell_style = writer.style_ids[TABLE_TEXT_STYLE]
    half_points = str(round(size.points * 2))
    parts = [
        f"<w:tbl><w:tblPr>{_TABLE_PROPERTIES.format(width=_mm_twips(width))}</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{_mm_twips(column)}"/>' for column in widths),
        "</w:tblGrid>",
    ]
    for row_index, line in enumerate(grid):
        header = "<w:tblHeader/>" if row_index < len(head_rows) else ""
        parts.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>")
        keep = "<w:keepNext/>" if row_index in keep_with_next else ""
        for column, slot in enumerate(line):
            if slot is None:
                continue
            cell, continued = slot
            span_width = _mm_twips(sum(widths[column : column + cell.colspan]))
            parts.append(
                _cell_xml(cell, continued, span_width, f'<w:pStyle w:val="{cell_style}"/>{keep}', half_points)
            )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    writer.chunks.append("".join(parts))
    writer.paragraph("", NOTE_STYLE)


def _cell_xml(cell: GridCell, continued: bool, width: str, paragraph_start: str, half_points: str) -> str:
    span = f'<w:gridSpan w:val="{cell.colspan}"/>' if cell.colspan > 1 else ""
    merge = ""
    if cell.rowspan > 1:
        merge = "<w:vMerge/>" if continued else '<w:vMerge w:val="restart"/>'
    shade = (
        f'<w:shd w:val="clear" w:color="auto" w:fill="{_SHADE[cell.role]}"/>' if cell.role in _SHADE else ""
    )
    alignment = "left" if cell.role in {"label", "note"} else "center"
    runs = ""
    if not continued and cell.text:
        bold = "<w:b/>" if cell.role == "caption" else ""
        flag = '<w:shd w:val="clear" w:color="auto" w:fill="FBDCDC"/>' if cell.flagged else ""
        properties = (
            f'<w:rPr>{bold}<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>{flag}</w:rPr>'
        )
        lines = xml_text(cell.text).split("\n")
        runs = "".join(
            f'<w:r>{properties}{"<w:br/>" if index else ""}<w:t xml:space="preserve">{html.escape(line, quote=False)}</w:t></w:r>'
            for index, line in enumerate(lines)
        )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}{merge}{shade}<w:vAlign w:val="center"/></w:tcPr>'
        f'<w:p><w:pPr>{paragraph_start}<w:jc w:val="{alignment}"/></w:pPr>{runs}</w:p></w:tc>'
    )
