# Round 65
"""A page extracted as one line is cut where the format breaks lines, so its prose is read (round 65).

Blind 58's ``xushui_jtj_2021`` is one line of 789 characters: its prose (``全年在政府网站政务公开平台主动公开政府信息9条,
2021年,我局未收到依申请公开申请事项。``) and then table 二 with `` | `` between its cells. The line was one row of cells:
no sentence of prose was read. A page whose only line holds every line of the report is now cut where the format
itself breaks lines: before the 2021 format's six section headings, before a numbered heading (一、…, (一)…) ahead of
the first cell run, and between the prose and the first cell run. The property (a generated report joined into one
line reads the prose figures of its lined version) fails on the round-64 code; the guards (a lined page's blocks are
its lines; a heading inside a cited document's 《…》 cuts nothing; a figure inside a cell run is never prose) pass on
both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._document import read_copied_text
from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited

COUNTS = st.integers(0, 3000)
SUB_HEADINGS = st.sampled_from(["(一)主动公开情况", "（一）主动公开", "(一)主动公开政府信息情况"])
TITLES = st.sampled_from(
    ["某县交通运输局 {year}年度政府信息公开工作年度报告", "某市某局{year}年政府信息公开工作年度报告", ""]
)
JOINS = st.sampled_from([" ", "\u3000"])


def _lines(year: int, title: str, proactive: int, requests: int, heading: str) -> list[str]:
    """A 2021-format report's lines: title, opening, section 一 with its prose, then table 二's rows with pipes."""
    return [
        line
        for line in (
            title.format(year=year),
            f"根据《中华人民共和国政府信息公开条例》规定,特向社会公布本报告。报告数据统计期限为{year}年1月1日至{year}年12月31日。",
            "一、总体情况",
            f"{year}年,本机关认真贯彻执行《条例》,不断推进政府信息公开。",
            heading,
            f"全年在政府网站主动公开政府信息{proactive}条。",
            "(二)依申请公开情况",
            f"{year}年,本机关共收到政府信息公开申请{requests}件。",
            "二、主动公开政府信息情况",
            "第二十条第(一)项 | 信息内容 | 本年新 制发数量 | 本年新 废止数量 | 现行有效数量 |",
            "规章 | 0 | 0 | 0 |",
            "规范性文件 | 3 | 1 | 12 |",
            "第二十条第(五)项 | 信息内容 | 本年处理决定数量 |",
            "行政许可 | 650 |",
        )
        if line
    ]


def _prose_figures(page: str) -> dict[str, object]:
    return {figure.name: figure.value for figure in audited(page).figures if figure.name != "category"}


class TestPageExtractedAsOneLine:
    @SETTINGS
    @given(
        year=STANDARD_YEARS, title=TITLES, counts=st.tuples(COUNTS, COUNTS), heading=SUB_HEADINGS, join=JOINS
    )
    def test_one_line_reads_the_prose_figures_of_its_lined_version(
        self, year: int, title: str, counts: tuple[int, int], heading: str, join: str
    ) -> None:
        proactive, requests = counts
        lines = _lines(year, title, proactive, requests, heading)
        lined = _prose_figures("\n".join(lines) + "\n")
        assert lined["proactive_total"] == proactive
        assert lined["requests_received"] == requests
        assert _prose_figures(join.join(lines)) == lined


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, proactive=COUNTS, requests=COUNTS, heading=SUB_HEADINGS)
    def test_guard_a_lined_page_is_read_line_by_line(
        self, year: int, proactive: int, requests: int, heading: str
    ) -> None:
        lines = _lines(year, "", proactive, requests, heading)
        document = read_copied_text("\n".join(lines) + "\n")
        assert [block.row for block in document.blocks] == list(range(1, len(lines) + 1))
        assert [
            block.text or " | ".join(cell.text for cell in block.cells) + " |" for block in document.blocks
        ] == [line.removesuffix(" ") for line in lines]

    @SETTINGS
    @given(year=STANDARD_YEARS, proactive=COUNTS)
    def test_guard_a_heading_inside_a_cited_name_cuts_nothing(self, year: int, proactive: int) -> None:
        page = (
            f"根据《关于做好{year}年度报告 一、总体情况 (一)主动公开 编写工作的通知》要求,"
            f"本机关全年主动公开政府信息{proactive}条。"
        )
        assert [block.text for block in read_copied_text(page).blocks] == [page]

    @SETTINGS
    @given(year=STANDARD_YEARS, count=st.integers(3000, 9999))
    def test_guard_a_figure_inside_a_cell_run_is_never_prose(self, year: int, count: int) -> None:
        page = (
            f"某局{year}年政府信息公开工作年度报告 三、收到和处理政府信息公开申请情况 本年新收政府信息公开申请数量 | {count} |"
            f" 三、本年度办理结果 | (一)予以公开 | {count} | (二)部分公开 | 0 | 四、结转下年度继续办理 | 0 |"
        )
        blocks = read_copied_text(page).blocks
        assert [block.text for block in blocks if str(count) in block.text] == []
        assert sum(cell.text == str(count) for block in blocks for cell in block.cells) == 2
