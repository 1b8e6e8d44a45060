"""Auditor on messy pages: which format and report year a page is read as (labels shown, openings, outlines,
publication dates), city level, and how findings are rated.

The tests come from the messy-page rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import check_pages
from disclosure_rules._audit import AuditError, audit
from disclosure_rules._audit._auditor import _audit_page
from disclosure_rules._audit._document import read_copied_text
from disclosure_rules._audit._result import guess_level, level_uncertain
from disclosure_rules._audit._tables import score_formats, tokenize
from disclosure_rules._audit._variants import without_pinyin
from disclosure_rules._models import AgencyLevel
from tests.audit.messy import (
    DATA,
    LEGACY_YEARS,
    SETTINGS,
    SETTINGS_R4,
    SETTINGS_R5,
    SETTINGS_R9,
    _codes,
    _codes_r7,
    _figures,
    audited,
    legacy_page,
    opening,
    value_of,
)

if TYPE_CHECKING:
    from pathlib import Path

TONES = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


DEVELOPMENT_PAGES = sorted(
    page.relative_to(DATA).as_posix()
    for folder in ("published", "published_blind_2", "published_blind_3")
    for page in (DATA / folder).iterdir()
    if page.suffix in {".txt", ".html"}
)


_PREAMBLE = "依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n"


_BODY = "全年共收到政府信息公开申请{n}件，均在法定时限内完成答复。\n"


_SUBHEADINGS_2021 = (
    "（三）政府信息管理。加强源头管理。",
    "（四）政府信息公开平台建设。优化栏目。",
    "（五）监督保障。完善制度。",
)


_NO_YEAR_OPENING = (
    "依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n"
    "一、总体情况\n全年共收到政府信息公开申请{n}件，均在法定时限内完成答复。\n"
    "二、主动公开政府信息情况\n全年主动公开。\n"
)


_CITY = st.sampled_from(["福安", "荣成", "高平", "兴仁", "嘉兴", "泰州", "威海", "利川", "常州", "郑州"])


_T2_2019 = "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量"


_T2_2021 = "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数"


# Round 4 (formerly test_audit_messy_round4.py; see MESSY_ROUNDS.md).
# (a) Reports without a report wording
class TestPinyinAnnotations:
    @SETTINGS_R4
    @given(
        year=st.integers(2021, 2025),
        syllables=st.lists(
            st.tuples(st.sampled_from("bgkqsj"), st.sampled_from("aoiu"), st.sampled_from(TONES)),
            min_size=6,
            max_size=6,
        ),
    )
    def test_a_pdf_mirror_with_pinyin_reads_as_the_plain_page(
        self, year: int, syllables: list[tuple[str, str, str]]
    ) -> None:
        """Pinyin in brackets after characters breaks every word; the page reads as the page without it."""
        plain = (
            f"青山区文化和旅游局\n{year}年政府信息公开工作年度报告\n"
            "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n"
            f"{year}年，本局未收到政府信息公开申请。\n"
        )
        annotated = plain
        for (initial, _vowel, tone), word in zip(
            syllables, ("报", "告", "开", "请", "局", "年"), strict=True
        ):
            annotated = annotated.replace(word, f"{word}({initial}{tone}n)", 1)
        assert annotated != plain
        expected = audit(plain, source="p")
        result = audit(annotated, source="p")
        assert (result.format, result.year, result.year_evidence) == (
            expected.format,
            expected.year,
            expected.year_evidence,
        )
        assert _figures(annotated) == _figures(plain) == {"requests_received": 0}

    def test_a_quoted_pronunciation_is_left_alone(self) -> None:
        page = (
            "青山镇2022年政府信息公开工作年度报告\n一、总体情况\n“青”(qīng)山镇全年主动公开政府信息12条。\n"
        )
        assert without_pinyin(page) == (page, False)
        assert _figures(page)["proactive_total"] == 12


class TestReportOpening:
    @SETTINGS_R4
    @given(
        year=st.integers(2008, 2018), heading=st.sampled_from(["一、概述", "一、政府信息公开总体工作情况"])
    )
    def test_an_overview_looking_back_on_a_year_is_a_report(self, year: int, heading: str) -> None:
        page = (
            f"{heading}\n公开透明是法治政府的重要标志。{year}年，本市认真贯彻落实《条例》，"
            "政府信息公开各项工作取得了新进展。\n（一）明确目标，全面部署工作。\n"
        )
        result = audit(page, source="p")
        assert result.format == "legacy"
        assert result.year == year

    @SETTINGS_R4
    @given(
        sub=st.lists(
            st.sampled_from(
                [
                    "组织机构建设情况",
                    "《指南》和《目录》的更新、完善情况",
                    "政府信息查阅场所建设情况",
                    "宣传培训情况",
                ]
            ),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    def test_the_2008_2018_sub_headings_make_a_report_without_a_year(self, sub: list[str]) -> None:
        lines = ["一、政府信息公开总体工作情况"]
        lines += [
            f"（{'一二三'[i]}）{text}。市政府进一步理顺政府信息公开工作体制。" for i, text in enumerate(sub)
        ]
        result = audit("\n".join(lines) + "\n", source="p")
        assert result.format == "legacy"
        assert result.year is None
        assert "audit.year_unknown" in _codes(result)

    @SETTINGS_R4
    @given(
        year=st.integers(2008, 2025),
        heading=st.sampled_from(["一、概述", "一、政府信息公开总体工作情况", "一、总体情况"]),
        marker=st.sampled_from(["现将有关事项通知如下：", "现予印发，请认真贯彻执行。", "特制定本办法。"]),
        sub=st.sampled_from(["（一）组织机构建设情况。", "（一）主动公开情况。", "（一）宣传培训情况。"]),
    )
    def test_notices_and_rules_with_a_report_opening_stay_refused(
        self, year: int, heading: str, marker: str, sub: str
    ) -> None:
        """A notice or a rule that quotes a report's opening and sub-headings is still no report."""
        page = f"{heading}\n{year}年，全市政府信息公开工作取得了新进展。{marker}\n{sub}\n"
        with pytest.raises(AuditError) as raised:
            audit(page, source="p")
        assert raised.value.code == "audit.unrecognised_format"

    @pytest.mark.parametrize(
        "page",
        [
            # a work plan: what is to be done, no year's work looked back on
            "一、总体要求\n做好政府信息公开工作。\n二、重点任务\n（一）加强组织领导。\n",
            # a notice with the overview heading
            "关于做好年度报告工作的通知\n一、概述\n现就有关事项通知如下：按时编制政府信息公开工作年度报告。\n",
            # an overview heading with nothing about 政府信息公开 under it
            "一、概述\n2019年，本市经济平稳增长，财政收入增加了。\n",
            # an overview that plans, in no year
            "一、概述\n今后要进一步做好政府信息公开工作。\n",
            # 了 of 为了 and 了解 is no look back
            "一、概述\n为了让群众了解政府信息公开工作，要做好宣传。\n",
        ],
    )
    def test_non_reports_stay_refused(self, page: str) -> None:
        with pytest.raises(AuditError) as raised:
            audit(page, source="p")
        assert raised.value.code == "audit.unrecognised_format"


class TestEveryFindingIsRated:
    @pytest.mark.parametrize("page", DEVELOPMENT_PAGES)
    def test_every_finding_carries_a_confidence(self, page: str) -> None:
        """Findings on cells and sentences carry theirs; notes about the page carry the page's (or their own)."""
        result = audit((DATA / page).read_bytes(), source=page)
        for finding in result.findings:
            assert finding.confidence is not None, finding.code
            assert 0.5 <= finding.confidence <= 1.0, (finding.code, finding.confidence)
            if finding.code == "audit.year_inferred" and "正文" in (result.year_evidence or ""):
                assert finding.confidence == 0.6


# Round 5 (formerly test_audit_messy_round5.py; see MESSY_ROUNDS.md).
# (c) A heading run into the text before it
class TestGluedHeadings:
    @SETTINGS_R5
    @given(
        requests=st.integers(0, 40),
        year=st.integers(2021, 2025),
        conjunction=st.sampled_from(["、", "与", "和"]),
    )
    def test_a_heading_after_a_table_cell_opens_its_section(
        self, requests: int, year: int, conjunction: str
    ) -> None:
        flat = (
            f"青山区经济发展局{year}年政府信息公开工作年度报告一、总体情况{year}年，我局认真贯彻落实《条例》。"
            "二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000"
            "第二十条第（八）项信息内容本年收费金额（单位：万元）行政事业性收费0"
            f"三、收到和处理政府信息公开申请情况{year}年，共收到政府信息公开申请{requests}条。"
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况四、结转下年度继续办理0000000"
            f"四、政府信息公开行政复议{conjunction}行政诉讼情况{year}年，没有政府信息公开行政复议及行政诉讼情况。"
        )
        figures = {figure.name: figure for figure in audit(flat, source="p").figures}
        assert figures["requests_received"].value == requests
        assert figures["administrative_reviews"].value == 0
        assert figures["lawsuits"].value == 0
        assert "收到和处理" not in figures["administrative_reviews"].sentence

    def test_a_table_row_numbered_like_a_section_is_no_heading(self) -> None:
        """``四、结转下年度继续办理`` is table 三's last row, not section 四: a request sentence after it stays in 三."""
        flat = (
            "青山区经济发展局2023年政府信息公开工作年度报告一、总体情况2023年，我局认真贯彻落实《条例》。"
            "行政事业性收费0三、收到和处理政府信息公开申请情况申请人情况四、结转下年度继续办理0000000"
            "2023年，共收到政府信息公开申请5条。"
        )
        figures = {figure.name: figure.value for figure in audit(flat, source="p").figures}
        assert figures["requests_received"] == 5


# Round 7 (formerly test_audit_messy_round7.py; see MESSY_ROUNDS.md).
class TestOpeningFormat:
    @SETTINGS_R5
    @given(
        n=st.integers(1, 90),
        mark=st.sampled_from(["一、", "1. ", "一．", ""]),
        subheadings=st.lists(st.sampled_from(_SUBHEADINGS_2021), min_size=1, max_size=3, unique=True),
    )
    def test_no_year_with_30_sub_headings_is_2021(self, n: int, mark: str, subheadings: list[str]) -> None:
        page = (
            _PREAMBLE
            + f"{mark}总体情况\n（一）主动公开。全年主动公开政府信息。\n（二）依申请公开。"
            + _BODY.format(n=n)
            + "\n".join(subheadings)
            + "\n"
        )
        result = audit(page, source="p")
        assert result.format == "2021"
        assert result.year is None
        assert "audit.format_uncertain" not in _codes_r7(page)

    @SETTINGS_R5
    @given(
        n=st.integers(1, 90),
        heading=st.sampled_from(
            [
                "一、总体情况",
                "1. 总体情况",
                "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况",
            ]
        ),
    )
    def test_2019_opening_with_a_standard_heading_is_2019(self, n: int, heading: str) -> None:
        page = f"青山县人民政府2019年政府信息公开工作年度报告\n{heading}\n{_BODY.format(n=n)}"
        result = audit(page, source="p")
        assert result.format == "2019"
        assert result.year == 2019

    @SETTINGS_R5
    @given(n=st.integers(1, 90))
    def test_no_year_standard_headings_only_is_standard_with_a_note(self, n: int) -> None:
        page = f"{_PREAMBLE}一、总体情况\n{_BODY.format(n=n)}二、主动公开政府信息情况\n全年主动公开。\n"
        result = audit(page, source="p")
        assert result.format != "legacy"
        assert "audit.format_uncertain" in _codes_r7(page)
        assert result.confidence <= 0.5

    @SETTINGS_R5
    @given(
        n=st.integers(1, 90),
        year=st.sampled_from(["2019", ""]),
        heading=st.sampled_from(
            ["一、概述", "三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况"]
        ),
    )
    def test_narrative_headings_stay_legacy(self, n: int, year: str, heading: str) -> None:
        page = f"青山县人民政府{year}年政府信息公开工作年度报告\n{heading}\n{_BODY.format(n=n)}"
        assert audit(page, source="p").format == "legacy"
        assert "audit.format_uncertain" not in _codes_r7(page)

    @SETTINGS_R5
    @given(n=st.integers(1, 90), mark=st.sampled_from(["二、", "五、", "2. "]))
    def test_a_standard_heading_out_of_its_place_is_no_evidence(self, n: int, mark: str) -> None:
        # 总体情况 stands under 一 in the standard outline; numbered otherwise it proves nothing.
        page = f"青山县人民政府2019年政府信息公开工作年度报告\n{mark}总体情况\n{_BODY.format(n=n)}"
        result = audit(page, source="p")
        assert result.format == "legacy"
        assert "audit.format_uncertain" in _codes_r7(page)


# Round 8 (formerly test_audit_messy_round8.py; see MESSY_ROUNDS.md).
class TestNoYearFormatByPublicationDate:
    @SETTINGS_R5
    @given(
        n=st.integers(1, 90),
        published=st.integers(2020, 2026),
        month=st.integers(7, 12),
        words=st.sampled_from(["发布日期：{y}-{m:02d}-15", "发布时间：{y}年{m}月3日"]),
    )
    def test_the_date_decides_between_60_and_30(self, n: int, published: int, month: int, words: str) -> None:
        page = words.format(y=published, m=month) + "\n" + _NO_YEAR_OPENING.format(n=n)
        result = audit(page, source="p")
        assert result.year is None
        assert result.format == ("2019" if published <= 2021 else "2021")
        notes = [f for f in result.findings if f.code == "audit.format_by_date"]
        assert len(notes) == 1
        assert f"{published}年{month}月" in notes[0].message
        assert "audit.format_uncertain" not in {f.code for f in result.findings}

    @SETTINGS_R5
    @given(n=st.integers(1, 90))
    def test_no_date_stays_uncertain(self, n: int) -> None:
        result = audit(_NO_YEAR_OPENING.format(n=n), source="p")
        codes = {f.code for f in result.findings}
        assert "audit.format_uncertain" in codes
        assert "audit.format_by_date" not in codes


class TestCityLevelNotGuessed:
    @SETTINGS_R5
    @given(
        city=_CITY,
        province=st.sampled_from(["", "福建省", "贵州省", "山东省"]),
        office=st.sampled_from(["", "办公室"]),
    )
    def test_a_city_alone_is_uncertain(self, city: str, province: str, office: str) -> None:
        name = f"{province}{city}市人民政府{office}"
        assert level_uncertain(name) is not None
        page = f"{name}2019年政府信息公开工作年度报告\n一、概述\n全年主动公开政府信息12条。\n"
        codes = {finding.code for finding in audit(page, source="p").findings}
        assert "audit.level_uncertain" in codes

    @SETTINGS_R5
    @given(
        city=_CITY, above=st.sampled_from(["宁德市", "恩施土家族苗族自治州", "锡林郭勒盟", "大理白族自治州"])
    )
    def test_a_city_inside_a_city_is_a_county(self, city: str, above: str) -> None:
        name = f"{above}{city}市人民政府"
        assert level_uncertain(name) is None
        assert guess_level(name) is AgencyLevel.COUNTY_GOVERNMENT

    @SETTINGS_R5
    @given(city=_CITY, kind=st.sampled_from(["县", "区", "旗"]))
    def test_counties_and_municipalities_are_certain(self, city: str, kind: str) -> None:
        assert level_uncertain(f"{city}{kind}人民政府") is None
        assert level_uncertain("北京市人民政府") is None


def test_check_judges_no_deadline_for_an_uncertain_city_level(tmp_path: Path) -> None:
    # published 2022-05-10, after the 2021 report's deadline (31 March) for a 市级 or 县级 government alike:
    # with the level not told by the name, `check` judges no deadline (and says why in audit.level_uncertain)
    page = tmp_path / "p.txt"
    page.write_text(
        "发布日期：2022-05-10\n荣成市人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息12条。\n",
        encoding="utf-8",
    )
    (checked,) = check_pages([str(page)])
    assert checked.agency_level is None
    assert checked.late is None
    assert "audit.level_uncertain" in checked.codes
    (given,) = check_pages([str(page)], levels={"荣成市人民政府": AgencyLevel.COUNTY_GOVERNMENT})
    assert given.late is not None


# Round 10 (formerly test_audit_messy_round10.py; see MESSY_ROUNDS.md).
class TestFormatByTheLabelsShown:
    @SETTINGS_R9
    @given(year=st.integers(2022, 2025), old=st.booleans(), requests=st.integers(0, 30))
    def test_the_labels_decide_over_the_year(self, year: int, old: bool, requests: int) -> None:
        page = (
            f"根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为{year}年1月1日至{year}年12月31日。\n"
            f"一、总体情况\n{year}年，我局认真落实政府信息公开工作要求。{year}年收到依申请公开信息{requests}件。\n"
            "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
            f"{_T2_2019 if old else _T2_2021}\n"
        )
        result = audit(page, source="p")
        notes = [finding for finding in result.findings if finding.code == "audit.format_by_labels"]
        assert result.format == ("2019" if old else "2021")
        assert len(notes) == (1 if old else 0)
        assert all("60号" in note.message for note in notes)


class TestIndentedOutline:
    @SETTINGS_R9
    @given(indent=st.sampled_from(["\t", "\t\t"]), trail=st.sampled_from(["", " ", "  "]))
    def test_a_2019_report_indented_with_tabs_is_2019_format(self, indent: str, trail: str) -> None:
        lines = [
            "广元市某某局",
            "2019年政府信息公开工作年度报告",
            "根据《中华人民共和国政府信息公开条例》，特向社会公布本报告。",
            "一、总体情况",
            "2019年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，推进了信息公开工作。",
            "(一)抓工作落实",
        ]
        page = "\n".join(f"{indent}{line}{trail}" for line in lines) + "\n"
        result = audit(page, source="p")
        assert (result.format, result.year, result.year_evidence) == ("2019", 2019, "标题")


# Round 12 (formerly test_audit_messy_round12.py; see MESSY_ROUNDS.md).
class TestOneLabelIsNoFormat:
    @SETTINGS
    @given(
        year=st.integers(2022, 2025), count=st.integers(1, 40), then=st.sampled_from(["和废止", "及", "与"])
    )
    def test_a_label_word_of_the_prose_leaves_the_year_deciding(
        self, year: int, count: int, then: str
    ) -> None:
        page = opening(year) + (
            f"（三）政府信息管理。对行政规范性文件进行清理，现行有效的行政规范性文件{count}件，"
            f"未制发规范性文件{then}规范性文件。\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
        )
        result = audit(page, source="p")
        assert result.format == "2021"
        assert not [finding for finding in result.findings if finding.code == "audit.format_by_labels"]

    @SETTINGS
    @given(year=st.integers(2022, 2025), columns=st.integers(2, 3))
    def test_two_labels_of_the_2019_header_still_decide(self, year: int, columns: int) -> None:
        header = " | ".join(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"][: columns + 1])
        page = opening(year) + f"二、主动公开政府信息情况\n第二十条第(一)项 | |||\n{header}\n"
        result = audit(page, source="p")
        assert result.format == "2019"
        assert [finding.code for finding in result.findings if finding.code == "audit.format_by_labels"] == [
            "audit.format_by_labels"
        ]


class TestAWholeDateIsNoReportYear:
    @SETTINGS
    @given(
        year=st.integers(2009, 2017),
        month=st.integers(1, 12),
        day=st.integers(1, 28),
        items=st.integers(1, 999),
    )
    def test_the_year_named_on_its_own_decides(self, year: int, month: int, day: int, items: int) -> None:
        page = (
            f"{year + 1}年{month}月{day}日本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、概述\n"
            "我单位领导高度重视信息公开工作，把信息公开工作列入重要议事日程。\n二、主动公开政府信息情况\n"
            f"我委{year}年共主动公开政府信息{items}条，全文电子化率100%。\n"
        )
        assert audit(page, source="p").year == year

    @SETTINGS
    @given(year=st.integers(2009, 2017), month=st.integers(1, 12), day=st.integers(1, 28))
    def test_a_page_naming_only_whole_dates_keeps_them(self, year: int, month: int, day: int) -> None:
        page = (
            f"本报告于{year}年{month}月{day}日编制。\n一、概述\n我单位领导高度重视信息公开工作。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息若干条。\n"
        )
        assert audit(page, source="p").year == year


# Round 13 (formerly test_audit_messy_round13.py; see MESSY_ROUNDS.md).
class TestAPipeInATitle:
    @SETTINGS
    @given(year=st.integers(2021, 2025), items=st.integers(1, 9999), requests=st.integers(1, 99))
    def test_a_report_on_one_line_keeps_its_prose(self, year: int, items: int, requests: int) -> None:
        line = (
            f"根据《中华人民共和国政府信息公开条例》编制本报告。一、总体情况{year}年，我局通过公众号发布《我为群众办实事|"
            f"快速检测结果天天报》系列文章。截至{year}年12月31日，主动公开政府信息{items}条。"
            f"{year}年共收到政府信息公开申请{requests}件，予以公开{requests}件。"
        )
        page = f"{year}年度政府信息公开工作年度报告\n{line}\n"
        assert not read_copied_text(page).blocks[1].cells
        assert value_of(page, "proactive_total") == items
        assert value_of(page, "requests_received") == requests

    @SETTINGS
    @given(cells=st.lists(st.integers(0, 99), min_size=2, max_size=7))
    def test_a_pipe_outside_a_title_still_separates_cells(self, cells: list[int]) -> None:
        """Guard: a row with pipes outside any title is a row of cells."""
        line = "《条例》第二十条 | " + " | ".join(str(cell) for cell in cells)
        assert [cell.text for cell in read_copied_text(f"标题\n{line}\n").blocks[1].cells][1:] == [
            str(cell) for cell in cells
        ]


class TestDistinctLabels:
    @SETTINGS
    @given(repeats=st.integers(2, 6), year=st.integers(2022, 2025))
    def test_one_label_repeated_is_one_piece_of_evidence(self, repeats: int, year: int) -> None:
        rows = "\n".join(["信息内容 | 本年新制作数量 | |"] * repeats)
        page = f"{year}年政府信息公开工作年度报告\n{rows}\n"
        score_2021, score_2019, distinct, tokens = score_formats(tokenize(read_copied_text(page)))
        assert (score_2021, score_2019, distinct) == (0, 1, 2)
        assert tokens == 2 * repeats  # every label token still scales the confidence of a full table

    @SETTINGS
    @given(year=st.integers(2022, 2025), repeats=st.integers(2, 4))
    def test_a_repeated_label_does_not_decide_an_incomplete_table_s_format(
        self, year: int, repeats: int
    ) -> None:
        rows = "\n".join(["信息内容 | 本年新制作数量 | |"] * repeats)
        page = opening(year) + f"二、主动公开政府信息情况\n第二十条第(一)项 | |||\n{rows}\n"
        result = _audit_page(page, previous=(), source="p", dropped=[])
        assert result.format == "2021"


# Round 18 (formerly test_audit_messy_round18.py; see MESSY_ROUNDS.md).
class TestConfidenceThreshold:
    @SETTINGS
    @given(threshold=st.floats(0, 1), year=LEGACY_YEARS, total=st.integers(2, 999))
    def test_what_is_kept_is_exactly_what_is_sure_enough(
        self, threshold: float, year: int, total: int
    ) -> None:
        """``check --min-confidence``: every finding and figure kept is at least that sure, every one left out less."""
        page = legacy_page(
            year, f"{year}年，我局主动公开政府信息{total}条，其中政策法规类{total - 1}条，占{50}%。"
        )
        result = audited(page)
        kept = result.at_least(threshold)

        def sure(confidence: float | None) -> float:
            return 1.0 if confidence is None else confidence

        assert list(kept.findings) == [f for f in result.findings if sure(f.confidence) >= threshold]
        assert list(kept.figures) == [f for f in result.figures if sure(f.confidence) >= threshold]
        assert kept.tables == result.tables
