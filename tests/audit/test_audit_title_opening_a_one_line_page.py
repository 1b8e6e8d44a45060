# Round 63
"""A page extracted as one line still names its year in the title that opens the line (round 63).

Blind 58's ``xushui_jtj_2021``: the whole page is one line of 789 characters, ``保定市徐水区交通运输局 2021年度政府信息公开
工作年度报告 根据…`` and then table 二 with `` | `` between its cells, so the line is read as one row of cells: no title
(the first cell is longer than a title line), no sentence of prose, no year. The title at the start of a page's only
line — an agency, a year, then 年度政府信息公开工作年度报告 or 年政府信息公开工作年度报告, ending before the first sentence —
is now the page's title, and the year comes from it (evidence 标题). The property fails on the round-62 code; the guards
(a line opening with no year in its title; a line whose only report name is a cited document's, inside the line; a
page of two lines) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited

AGENCIES = st.sampled_from(
    ["保定市徐水区交通运输局", "平阳县科学技术局", "某某市人民政府办公室", "某县财政局"]
)
REPORT_NAMES = st.sampled_from(
    ["年度政府信息公开工作年度报告", "年政府信息公开工作年度报告", "年度政务公开工作年度报告"]
)
GAPS = st.sampled_from([" ", ""])


def _one_line(opening: str) -> str:
    """A page flattened to one line: its opening, its prose, then table 二 with pipes between the cells."""
    return (
        f"{opening} 根据《中华人民共和国政府信息公开条例》规定,特向社会公布本机关政府信息公开工作年度报告。"
        " 一、总体情况 本机关认真贯彻执行《条例》,全年主动公开政府信息9条。"
        " 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年新 制发数量 | 本年新 废止数量 | 现行有效数量 |"
        " 规章 | 0 | 0 | 0 | 规范性文件 | 0 | 0 | 0 | 第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | 650 |"
        " 第二十条第(六)项 | 信息内容 | 本年处理决定数量 | 行政处罚 | 100 | 行政强制 | 0 |"
    )


class TestTitleOpeningAOneLinePage:
    @SETTINGS
    @given(year=STANDARD_YEARS, agency=AGENCIES, name=REPORT_NAMES, gap=GAPS)
    def test_year_comes_from_the_title_opening_the_line(
        self, year: int, agency: str, name: str, gap: str
    ) -> None:
        result = audited(_one_line(f"{agency}{gap}{year}{name}"))
        assert result.year == year
        assert result.year_evidence == "标题"


class TestGuards:
    @SETTINGS
    @given(agency=AGENCIES)
    def test_guard_a_title_naming_no_year_gives_none(self, agency: str) -> None:
        result = audited(_one_line(f"{agency}政府信息公开工作年度报告"))
        assert result.year_evidence != "标题"

    @SETTINGS
    @given(year=STANDARD_YEARS, agency=AGENCIES)
    def test_guard_a_cited_report_inside_the_line_gives_no_title_year(self, year: int, agency: str) -> None:
        page = _one_line(
            f"按照《{agency}关于做好{year}年政府信息公开工作年度报告编制工作的通知》要求,现公布本报告。"
        )
        assert audited(page).year_evidence != "标题"

    @SETTINGS
    @given(year=STANDARD_YEARS, agency=AGENCIES, name=REPORT_NAMES)
    def test_guard_a_title_on_its_own_line_is_read_as_before(self, year: int, agency: str, name: str) -> None:
        page = f"{agency}{year}{name}\n" + _one_line("").strip() + "\n"
        result = audited(page)
        assert (result.year, result.year_evidence) == (year, "标题")
