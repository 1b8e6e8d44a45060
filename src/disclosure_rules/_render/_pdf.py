"""The report as a PDF for publication: the print-ready HTML laid out by WeasyPrint, fonts embedded.

Why WeasyPrint (see ``docs/render.md``): it lays out the very HTML the library already renders (one layout, one
set of templates, a user's template folder applies to the PDF too), repeats ``<thead>`` on every page, honours
``break-inside: avoid`` on table rows, supports ``@page`` margin boxes for the page numbers, embeds a subset of
every font it uses and keeps the text extractable. It is pure Python over Pango: no browser, no office suite.

The CJK font is not left to chance: the fonts fontconfig knows for ``zh-cn`` are listed first and the page is
set in one of them by family name, so the PDF never shows empty boxes; when there is none, rendering stops with
``render.pdf_no_cjk_font`` instead of writing a PDF of boxes. Page, margins, type sizes and page numbers follow
GB/T 9704-2012 like the Word output (:data:`GB_T_9704_2012`); pages are mirrored for two-sided printing (6.2).
Section 三 (table 三) is set on landscape pages, as clause 8 allows for a 横排表格: the sheet turned so the table's
head lies on the binding edge, the same 156 × 225 mm type area. The landscape width keeps every row label of table
三 on one line, so the text a reader copies (or ``pdftotext`` extracts) holds each label whole next to its numbers.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import math
from typing import Final

from disclosure_rules._file_kinds import PDF_MAGIC
from disclosure_rules._render._errors import RenderError
from disclosure_rules._render._layout import (
    BODY_FACE,
    GB_T_9704_2012,
    HEADING1_FACE,
    HEADING2_FACE,
    PAGE_NUMBER_FACE,
    TITLE_FACE,
    Typeface,
)

LAYOUT: Final = GB_T_9704_2012
# Installed CJK families in the order they are preferred: a 宋/明 (serif) face for the body, the title and
# the page numbers, a 黑 (sans) face for the 一、 headings. Any other zh-cn font is the last resort.
SERIF_FAMILIES: Final = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Source Han Serif CN",
    "Noto Serif SC",
    "AR PL UMing CN",
    "AR PL SungtiL GB",
)
SANS_FAMILIES: Final = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
)
_FC_RESULT_MATCH: Final = 0
# Letter spacing that brings 16 pt characters to the pitch at which 28 fill the 156 mm line (5.2.3).
BODY_LETTER_SPACING_PT: Final = round(LAYOUT.char_pitch_pt - LAYOUT.body_size.points, 2)


class _FontSet(ctypes.Structure):
    _fields_ = (("nfont", ctypes.c_int), ("sfont", ctypes.c_int), ("fonts", ctypes.POINTER(ctypes.c_void_p)))


@functools.cache
def installed_cjk_families() -> tuple[str, ...]:
    """The families of the fonts fontconfig lists for Simplified Chinese (``:lang=zh-cn``), sorted."""
    name = ctypes.util.find_library("fontconfig")
    if name is None:
        return ()
    fc = ctypes.CDLL(name)
    fc.FcInitLoadConfigAndFonts.restype = ctypes.c_void_p
    fc.FcNameParse.restype = ctypes.c_void_p
    fc.FcNameParse.argtypes = (ctypes.c_char_p,)
    fc.FcObjectSetBuild.restype = ctypes.c_void_p
    fc.FcFontList.restype = ctypes.POINTER(_FontSet)
    fc.FcFontList.argtypes = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
    fc.FcPatternGetString.argtypes = (ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p)
    fc.FcFontSetDestroy.argtypes = (ctypes.POINTER(_FontSet),)
    fc.FcPatternDestroy.argtypes = (ctypes.c_void_p,)
    fc.FcObjectSetDestroy.argtypes = (ctypes.c_void_p,)
    fc.FcConfigDestroy.argtypes = (ctypes.c_void_p,)
    config = fc.FcInitLoadConfigAndFonts()
    pattern = fc.FcNameParse(b":lang=zh-cn")
    objects = fc.FcObjectSetBuild(b"family", None)
    found = fc.FcFontList(config, pattern, objects)
    families: set[str] = set()
    try:
        for index in range(found.contents.nfont if found else 0):
            font = found.contents.fonts[index]
            number = 0
            value = ctypes.c_char_p()
            while fc.FcPatternGetString(font, b"family", number, ctypes.byref(value)) == _FC_RESULT_MATCH:
                if value.value:
                    families.add(value.value.decode("utf-8", "replace"))
                number += 1
    finally:
        if found:
            fc.FcFontSetDestroy(found)
        fc.FcObjectSetDestroy(objects)
        fc.FcPatternDestroy(pattern)
        fc.FcConfigDestroy(config)
    return tuple(sorted(families))


def chosen_families() -> tuple[str, str]:
    """The installed (serif, sans) CJK families the PDF is set in; ``render.pdf_no_cjk_font`` when none."""
    installed = installed_cjk_families()
    if not installed:
        raise RenderError(
            "no CJK font is installed, so no PDF (a PDF embeds its Chinese font); on Debian/Ubuntu: "
            "apt-get install fonts-noto-cjk",
            code="render.pdf_no_cjk_font",
            message_zh="没有可用的中文字体，无法生成 PDF（PDF 须嵌入中文字体）；请安装中文字体，如 Debian/Ubuntu："
            "apt-get install fonts-noto-cjk",
        )
    available = set(installed)
    serif = next((family for family in SERIF_FAMILIES if family in available), None)
    sans = next((family for family in SANS_FAMILIES if family in available), None)
    fallback = serif or sans or installed[0]
    return serif or fallback, sans or fallback


def _stack(face: Typeface, installed: str) -> str:
    """A CSS font stack: the official names (used where installed), then the installed CJK family."""
    return ", ".join(f'"{name}"' for name in (*face.names, installed))


def official_stylesheet(serif: str, sans: str) -> str:
    """The print stylesheet of GB/T 9704-2012 added to the HTML's own, with the fonts found installed."""
    layout = LAYOUT
    line = f"{math.floor(layout.line_pitch_pt * 100) / 100}pt"  # rounded down: 22 lines fit the 225 mm
    inside, outside = layout.left_margin_mm, layout.right_margin_mm
    number_font = f"{layout.page_number_size.points}pt {_stack(PAGE_NUMBER_FACE, serif)}"
    dash = layout.page_number_dash
    # On a landscape page the number stays where the other pages have it (clause 8). The sheet is turned a
    # quarter clockwise (the portrait's left edge, the 订口 of an odd page, becomes the top, where the table's head
    # is), so the portrait foot is the left margin and portrait text runs downwards. The number is set turned a
    # quarter clockwise too, in a square box of the margin's width (turned about its centre, it stays in place),
    # 7 mm from the type area: at the lower end on odd pages, the upper end on even ones (居右/居左空一字 on the
    # sheet turned back), so it reads as on every other page when the booklet is held upright.
    side = layout.bottom_margin_mm
    turned_number = (
        f"width: {side}mm; height: {side}mm; transform: rotate(90deg); vertical-align: top; "
        f"padding-top: {layout.page_number_gap_mm}mm;"
    )
    return f"""
@page {{
  size: {layout.page_width_mm}mm {layout.page_height_mm}mm;
  margin: {layout.top_margin_mm}mm {outside}mm {layout.bottom_margin_mm}mm {inside}mm;
}}
@page :right {{
  margin-left: {inside}mm; margin-right: {outside}mm;
  @bottom-right {{
    content: "{dash} " counter(page) " {dash}"; font: {number_font};
    vertical-align: top; padding-top: {layout.page_number_gap_mm}mm; padding-right: 1em;
  }}
}}
@page :left {{
  margin-left: {outside}mm; margin-right: {inside}mm;
  @bottom-left {{
    content: "{dash} " counter(page) " {dash}"; font: {number_font};
    vertical-align: top; padding-top: {layout.page_number_gap_mm}mm; padding-left: 1em;
  }}
}}
@page wide {{
  size: {layout.page_height_mm}mm {layout.page_width_mm}mm;
}}
@page wide:right {{
  margin: {inside}mm {layout.top_margin_mm}mm {outside}mm {layout.bottom_margin_mm}mm;
  @bottom-right {{ content: none; }}
  @left-bottom {{
    content: "{dash} " counter(page) " {dash}"; font: {number_font}; {turned_number}
    text-align: right; padding-right: 1em;
  }}
}}
@page wide:left {{
  margin: {outside}mm {layout.top_margin_mm}mm {inside}mm {layout.bottom_margin_mm}mm;
  @bottom-left {{ content: none; }}
  @left-top {{
    content: "{dash} " counter(page) " {dash}"; font: {number_font}; {turned_number}
    text-align: left; padding-left: 1em;
  }}
}}
#section-requests, #section-review_litigation {{ page: wide; }}
body {{
  font-family: {_stack(BODY_FACE, serif)};
  font-size: {layout.body_size.points}pt; line-height: {line};
}}
.report {{ max-width: none; padding: 0; margin: 0; }}
p {{ margin: 0; letter-spacing: {BODY_LETTER_SPACING_PT}pt; }}
h1.title {{
  font-family: {_stack(TITLE_FACE, serif)}; font-weight: normal;
  font-size: {layout.title_size.points}pt; line-height: 1.4; margin: 0 0 {line};
}}
h2, h3, h4, h5, h6 {{
  font-size: {layout.body_size.points}pt; font-weight: normal; line-height: {line};
  margin: 0; text-indent: 2em; letter-spacing: {BODY_LETTER_SPACING_PT}pt;
}}
h2 {{ font-family: {_stack(HEADING1_FACE, sans)}; }}
h3 {{ font-family: {_stack(HEADING2_FACE, serif)}; }}
h4, h5, h6 {{ font-family: {_stack(BODY_FACE, serif)}; }}
th, .chart text {{ font-family: {_stack(BODY_FACE, serif)}; }}
table.grid {{ font-size: {layout.table_size.points}pt; margin: .3em 0 .8em; }}
table.table3, table.table4 {{ font-size: {layout.wide_table_size.points}pt; }}
table.table3 th.label {{ white-space: nowrap; }}
table.table3 td {{ width: 10.5mm; min-width: 10.5mm; }}
table.table3 th.group {{ padding: 2px 1em; }}
table.grid th.caption {{ font-family: {_stack(HEADING1_FACE, sans)}; font-weight: normal; }}
/* 署名 centred over the date, the date 右空四字 (7.3.5). */
.signature {{ display: table; margin: {line} 4em 0 auto; }}
.signature p {{ text-align: center; white-space: nowrap; }}
"""


def with_stylesheet(html: str, css: str) -> str:
    """The page with ``css`` added after its own styles (an author stylesheet: it wins over the screen layout)."""
    style = f"<style>{css}</style>\n"
    head_end = html.find("</head>")
    if head_end < 0:
        return style + html
    return html[:head_end] + style + html[head_end:]


def render_pdf(html: str) -> bytes:
    """The bytes of a PDF laid out from the report's HTML, with the official print stylesheet."""
    serif, sans = chosen_families()
    try:
        import weasyprint  # noqa: PLC0415 - optional dependency, imported on first use
    except (ImportError, OSError) as exc:  # OSError: Pango or its libraries are not installed
        raise RenderError(
            f"the PDF engine WeasyPrint is unavailable ({exc}): pip install 'disclosure-rules[office]', "
            "and the system library Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)",
            code="render.pdf_unavailable",
            message_zh=f"PDF 引擎 WeasyPrint 不可用（{exc}）；请安装可选依赖：pip install 'disclosure-rules[office]'，"
            "并安装系统库 Pango（Debian：apt-get install libpango-1.0-0 libpangoft2-1.0-0）",
        ) from None
    # WeasyPrint reports unsupported CSS through logging; the output does not depend on it.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    try:
        document = weasyprint.HTML(
            string=with_stylesheet(html, official_stylesheet(serif, sans)),
            base_url=None,
            # The page is self-contained: no protocol is allowed, so a link a user template adds is not followed.
            url_fetcher=weasyprint.URLFetcher(allowed_protocols=()),
        )
        data = document.write_pdf()
    except Exception as exc:  # noqa: BLE001 - any failure of the engine is one coded error, never a traceback
        raise RenderError(
            f"PDF layout failed (WeasyPrint: {type(exc).__name__}: {exc})",
            code="render.pdf_engine_failed",
            message_zh=f"PDF 排版失败（WeasyPrint 出错：{type(exc).__name__}：{exc}）",
        ) from None
    if not isinstance(data, bytes) or not data.startswith(PDF_MAGIC):
        raise RenderError(
            "PDF layout failed (WeasyPrint gave no PDF)",
            code="render.pdf_engine_failed",
            message_zh="PDF 排版失败（WeasyPrint 没有给出 PDF）",
        )
    return data
