"""The page layout of the Word and PDF output: GB/T 9704-2012《党政机关公文格式》, figure by figure, with clause.

The annual report is not a 公文 with a 版头 (no 发文机关标志, no 发文字号), but offices file it in the shape of one, so
the parts of the standard that concern the page and the type apply: the paper, the margins, the type area, the
fonts and sizes of the title, the body and the headings, the lines per page and characters per line, and the page
numbers. Every figure below was checked against the text of the standard (see ``docs/render.md``).

Chinese type sizes (字号) in points follow the usual table of the Chinese printing trade (二号 22 pt, 三号 16 pt,
四号 14 pt, 五号 10.5 pt, 小五 9 pt).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

MM_PER_INCH: Final = 25.4
POINTS_PER_INCH: Final = 72


@dataclass(frozen=True, slots=True)
class TypeSize:
    """A Chinese type size (字号) and its size in points."""

    name: str
    points: float


SIZE_2: Final = TypeSize("二号", 22)
SIZE_3: Final = TypeSize("三号", 16)
SIZE_4: Final = TypeSize("四号", 14)
SIZE_5: Final = TypeSize("五号", 10.5)
SIZE_SMALL_5: Final = TypeSize("小五", 9)


@dataclass(frozen=True, slots=True)
class Typeface:
    """A typeface by the names offices know it under, most specific first.

    Word and WPS pick the first name they have (the others are written as ``w:altName`` fallbacks in the font
    table); LibreOffice and the PDF engine fall back through fontconfig to an installed CJK font.
    """

    role: str
    names: tuple[str, ...]
    clause: str

    @property
    def primary(self) -> str:
        """The name written in the document's runs."""
        return self.names[0]


@dataclass(frozen=True, slots=True)
class OfficialLayout:
    """The figures of GB/T 9704-2012 that the Word and PDF output follow; each field names its clause."""

    page_width_mm: float  # 5.1: A4 (GB/T 148), 210 mm × 297 mm
    page_height_mm: float  # 5.1
    top_margin_mm: float  # 5.2.1: 天头（上白边）37 mm ± 1 mm
    left_margin_mm: float  # 5.2.1: 订口（左白边）28 mm ± 1 mm
    type_width_mm: float  # 5.2.1: 版心 156 mm × 225 mm
    type_height_mm: float  # 5.2.1
    lines_per_page: int  # 5.2.3: 一般每面排22行
    chars_per_line: int  # 5.2.3: 每行排28个字，并撑满版心
    body_size: TypeSize  # 5.2.2: 如无特殊说明，公文格式各要素一般用3号仿宋体字
    title_size: TypeSize  # 7.3.1: 标题一般用2号小标宋体字
    page_number_size: TypeSize  # 7.5: 页码一般用4号半角宋体阿拉伯数字
    page_number_gap_mm: float  # 7.5: 一字线上距版心下边缘7 mm
    page_number_dash: str  # 7.5: 数字左右各放一条一字线
    table_size: TypeSize  # 8 leaves table type to the office; 五号 is the usual size of a filed table
    wide_table_size: TypeSize  # 小五 for tables 三 and 四 (10 and 15 columns in 156 mm)

    @property
    def right_margin_mm(self) -> float:
        """切口（右白边）: what the type area leaves of the page width (26 mm)."""
        return self.page_width_mm - self.left_margin_mm - self.type_width_mm

    @property
    def bottom_margin_mm(self) -> float:
        """下白边: what the type area leaves of the page height (35 mm)."""
        return self.page_height_mm - self.top_margin_mm - self.type_height_mm

    @property
    def line_pitch_pt(self) -> float:
        """The distance of two lines, so that 22 lines fill the 225 mm of the type area (28.95 pt)."""
        return mm_to_pt(self.type_height_mm) / self.lines_per_page

    @property
    def char_pitch_pt(self) -> float:
        """The advance of one character, so that 28 characters fill the 156 mm of the type area (15.79 pt)."""
        return mm_to_pt(self.type_width_mm) / self.chars_per_line


GB_T_9704_2012: Final = OfficialLayout(
    page_width_mm=210,
    page_height_mm=297,
    top_margin_mm=37,
    left_margin_mm=28,
    type_width_mm=156,
    type_height_mm=225,
    lines_per_page=22,
    chars_per_line=28,
    body_size=SIZE_3,
    title_size=SIZE_2,
    page_number_size=SIZE_4,
    page_number_gap_mm=7,
    page_number_dash="—",
    table_size=SIZE_5,
    wide_table_size=SIZE_SMALL_5,
)

# The typefaces, with the names Word, WPS and LibreOffice know them under (Windows ships 仿宋, 黑体, 楷体, 宋体;
# government computers and WPS often have the 方正 and _GB2312 fonts the standard's 式样 use).
TITLE_FACE: Final = Typeface(
    "title", ("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "宋体", "SimSun"), "7.3.1"
)
BODY_FACE: Final = Typeface("body", ("仿宋_GB2312", "仿宋", "FangSong", "STFangsong"), "5.2.2")
HEADING1_FACE: Final = Typeface("heading 一、", ("黑体", "SimHei", "STHeiti"), "7.3.3")
HEADING2_FACE: Final = Typeface("heading （一）", ("楷体_GB2312", "楷体", "KaiTi", "STKaiti"), "7.3.3")
PAGE_NUMBER_FACE: Final = Typeface("page number", ("宋体", "SimSun"), "7.5")
FACES: Final = (TITLE_FACE, BODY_FACE, HEADING1_FACE, HEADING2_FACE, PAGE_NUMBER_FACE)


def mm_to_pt(mm: float) -> float:
    """Millimetres to points."""
    return mm / MM_PER_INCH * POINTS_PER_INCH
