"""Word output: the layout of GB/T 9704-2012, the official merged headers, and the tables read back exactly."""

from __future__ import annotations

import io
import re
import sys
import time
from typing import TYPE_CHECKING
from unittest import mock

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings

from disclosure_rules import AnnualReport2019, AnnualReport2021, RenderError, audit, render, validate
from disclosure_rules._audit._documents import page_text
from disclosure_rules._cli import main
from disclosure_rules._labels import TABLE3_TOP_HEADER
from disclosure_rules._render._layout import GB_T_9704_2012, mm_to_pt
from tests.render.helpers import EXAMPLE_2021, EXAMPLE_LEGACY, FIXTURE_2019, GOLDEN, load, read_tables
from tests.render.office import (
    docx_table_spans,
    full_page_shape,
    libreoffice_pdf,
    pdf_text,
    pdf_tool_output,
)
from tests.strategies import consistent_reports_2019, consistent_reports_2021

if TYPE_CHECKING:
    from pathlib import Path

    from docx.document import Document as DocumentObject

    from disclosure_rules import AnyReport

STANDARD_REPORTS = [EXAMPLE_2021, FIXTURE_2019, GOLDEN / "shanghai_2019" / "model.json"]
EMU_PER_MM = 36000


def _document(data: bytes) -> DocumentObject:
    return Document(io.BytesIO(data))


def _mm(emu: int | None) -> float:
    assert emu is not None
    return round(emu / EMU_PER_MM, 1)


def _assert_tables_read_back(report: AnyReport, data: bytes) -> None:
    assert isinstance(report, AnnualReport2021 | AnnualReport2019)
    result = audit(data, source="report.docx")  # the auditor reads a filed Word document itself
    expected = report.tables()
    assert result.format == report.report_format
    for table in ("table2", "table3", "table4"):
        assert result.tables[table] == expected[table], table
    # Nothing misread: no reader finding, and no error the report itself does not have.
    assert not [f for f in result.findings if f.code.startswith("audit.")]
    own = {f.code for f in validate(report) if f.is_error}
    assert {f.code for f in result.findings if f.is_error} <= own


@pytest.mark.parametrize(
    "path", STANDARD_REPORTS, ids=lambda p: p.stem if p.stem != "model" else p.parent.name
)
def test_the_auditor_reads_the_same_tables_back_from_the_docx(path: Path) -> None:
    report = load(path)
    _assert_tables_read_back(report, render(report, "docx"))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_reports_2021())
def test_any_consistent_2021_report_reads_back_from_the_docx(report: AnnualReport2021) -> None:
    """条例第五十条: the report's tables are what is published; the Word file must carry every figure."""
    _assert_tables_read_back(report, render(report, "docx"))


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_reports_2019())
def test_any_consistent_2019_report_reads_back_from_the_docx(report: AnnualReport2019) -> None:
    _assert_tables_read_back(report, render(report, "docx"))


@pytest.mark.parametrize("path", STANDARD_REPORTS[:2], ids=["2021", "2019"])
def test_merged_headers_are_the_htmls_cell_for_cell(path: Path) -> None:
    """The same view model: every table cell with the same text, colspan and rowspan as the HTML's."""
    report = load(path)
    html_tables = read_tables(render(report))
    docx_tables = docx_table_spans(render(report, "docx"))
    html_spans = [html_tables.spans[name] for name in ("table2", "table3", "table4")]
    assert docx_tables == html_spans


def test_the_same_report_gives_the_same_bytes() -> None:
    report = load(EXAMPLE_2021)
    first = render(report, "docx")
    with mock.patch("time.localtime", return_value=time.struct_time((2031, 5, 6, 7, 8, 9, 1, 126, 0))):
        second = render(report, "docx")
    assert first == second


def test_header_rows_repeat_and_no_row_splits_across_pages() -> None:
    document = _document(render(load(EXAMPLE_2021), "docx"))
    tables = document.element.body.findall(qn("w:tbl"))
    assert len(tables) == 3
    header_counts = []
    for tbl in tables:
        rows = tbl.findall(qn("w:tr"))
        assert all(row.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in rows)
        flags = [row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for row in rows]
        count = flags.index(False)
        assert not any(flags[count:]), "header rows must be the first rows"
        header_counts.append(count)
    # Table 二 has a header row per block (kept with its rows instead); 三 and 四 have three header rows each.
    assert header_counts == [0, 3, 3]
    assert TABLE3_TOP_HEADER in "".join(t.text or "" for t in tables[1].iter(qn("w:t")))


def test_the_page_follows_gb_t_9704_2012() -> None:
    """5.1 A4; 5.2.1 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; 5.2.3 22 lines of 28 characters."""
    layout = GB_T_9704_2012
    document = _document(render(load(EXAMPLE_2021), "docx"))
    first = document.sections[0]
    assert first.orientation == WD_ORIENT.PORTRAIT
    assert (_mm(first.page_width), _mm(first.page_height)) == (210, 297)
    assert (_mm(first.top_margin), _mm(first.left_margin)) == (37, 28)
    assert _mm(first.page_width) - _mm(first.left_margin) - _mm(first.right_margin) == pytest.approx(
        156, abs=0.1
    )
    assert _mm(first.page_height) - _mm(first.top_margin) - _mm(first.bottom_margin) == pytest.approx(
        225, abs=0.1
    )
    normal = document.styles["Normal"].element
    spacing = normal.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
    assert spacing is not None
    assert spacing.get(qn("w:lineRule")) == "exact"
    pitch = int(spacing.get(qn("w:line"))) / 20
    type_height, type_width = mm_to_pt(layout.type_height_mm), mm_to_pt(layout.type_width_mm)
    assert 22 * pitch <= type_height < 23 * pitch
    run_properties = normal.find(qn("w:rPr"))
    assert run_properties is not None
    size = int(run_properties.find(qn("w:sz")).get(qn("w:val"))) / 2
    char_spacing = int(run_properties.find(qn("w:spacing")).get(qn("w:val"))) / 20
    assert size == 16  # 三号
    assert 28 * (size + char_spacing) <= type_width < 29 * (size + char_spacing)


def _east_asian_font(document: DocumentObject, style: str) -> tuple[str, float]:
    element = document.styles[style].element
    fonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    size = element.find(f"{qn('w:rPr')}/{qn('w:sz')}")
    assert fonts is not None
    assert size is not None
    return fonts.get(qn("w:eastAsia")), int(size.get(qn("w:val"))) / 2


def test_title_body_and_headings_use_the_official_faces_and_sizes() -> None:
    """7.3.1 标题2号小标宋; 5.2.2 正文3号仿宋; 7.3.3 一、 黑体, （一） 楷体."""
    document = _document(render(load(EXAMPLE_2021), "docx"))
    assert _east_asian_font(document, "Title") == ("方正小标宋简体", 22)
    assert _east_asian_font(document, "Normal") == ("仿宋_GB2312", 16)
    assert _east_asian_font(document, "Heading 1") == ("黑体", 16)
    assert _east_asian_font(document, "Heading 2") == ("楷体_GB2312", 16)
    paragraphs = {p.text: p.style.name for p in document.paragraphs if p.style is not None}
    assert paragraphs["一、总体情况"] == "Heading 1"
    assert paragraphs["（一）主动公开"] == "Heading 2"
    assert paragraphs[load(EXAMPLE_2021).display_title] == "Title"


def test_the_font_table_names_a_fallback_for_every_official_face() -> None:
    """Word and WPS substitute w:altName when the first face is missing (仿宋_GB2312 → 仿宋 …)."""
    data = render(load(EXAMPLE_2021), "docx")
    document = _document(data)
    font_part = next(p for p in document.part.package.iter_parts() if p.partname == "/word/fontTable.xml")
    text = font_part.blob.decode("utf-8")
    for primary, alternate in (
        ("仿宋_GB2312", "仿宋"),
        ("方正小标宋简体", "方正小标宋_GBK"),
        ("楷体_GB2312", "楷体"),
    ):
        assert f'w:name="{primary}"><w:altName w:val="{alternate}"/><w:charset w:val="86"/>' in text


def test_page_numbers_are_dashed_right_on_odd_pages_and_left_on_even_ones() -> None:
    """7.5: 4号 numbers with 一字线 either side, 单页码居右空一字，双页码居左空一字."""
    document = _document(render(load(EXAMPLE_2021), "docx"))
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        paragraph = footer.paragraphs[0]
        xml = paragraph._p.xml
        assert "PAGE" in "".join(t.text or "" for t in paragraph._p.iter(qn("w:instrText")))
        assert paragraph.text == "— 1 —"
        assert f'<w:jc w:val="{side}"/>' in xml
        assert f'w:{side}="280"' in xml  # one 四号 (14 pt) character in
        size = paragraph.style.font.size
        assert size is not None
        assert size.pt == 14


def test_tables_three_and_four_are_set_on_landscape_pages() -> None:
    """Clause 8 (横排表格): table 三's longest label fits one line; the type area stays 156 × 225 mm."""
    document = _document(render(load(EXAMPLE_2021), "docx"))
    orientations = [section.orientation for section in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    wide = document.sections[1]
    assert _mm(wide.page_width) - _mm(wide.left_margin) - _mm(wide.right_margin) == pytest.approx(
        225, abs=0.1
    )
    assert _mm(wide.page_height) - _mm(wide.top_margin) - _mm(wide.bottom_margin) == pytest.approx(
        156, abs=0.1
    )


def test_legacy_report_and_errors_annex_render() -> None:
    report = load(EXAMPLE_LEGACY)
    data = render(report, "docx", allow_errors=True)
    text = page_text(data, "report.docx")
    assert report.display_title in text
    assert "附：主要数据（由报告数据计算）" in text
    assert "附件：校验发现的错误" in text
    assert "本文本含有" in text


def test_charts_become_tables_of_their_bars() -> None:
    data = render(load(EXAMPLE_2021), "docx", charts=True)
    text = page_text(data, "report.docx")
    assert "图示" in text
    assert "三、本年度办理结果（按办理结果分组）" in text


def test_template_dir_is_refused_for_word(tmp_path: Path) -> None:
    with pytest.raises(RenderError) as caught:
        render(load(EXAMPLE_2021), "docx", tmp_path)
    assert caught.value.code == "render.template_dir_not_supported"


def test_missing_python_docx_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(RenderError) as caught:
        render(load(EXAMPLE_2021), "docx")
    assert caught.value.code == "render.docx_unavailable"
    assert "office" in caught.value.message


# --------------------------------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------------------------------


def test_cli_writes_docx_from_the_suffix(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    assert main(["render", str(EXAMPLE_2021), "-o", str(target)]) == 0
    _assert_tables_read_back(load(EXAMPLE_2021), target.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_cli_refuses_word_to_a_terminal_or_without_o(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["render", str(EXAMPLE_2021), "--format", "docx"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "-o FILE.docx" in err
    assert list(tmp_path.iterdir()) == []


def test_cli_docx_with_template_dir_is_one_line_and_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.docx"
    templates = tmp_path / "templates"
    templates.mkdir()
    assert main(["render", str(EXAMPLE_2021), "-o", str(target), "--template-dir", str(templates)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "[render.template_dir_not_supported]" in err
    assert not target.exists()


def test_cli_docx_of_a_report_with_errors_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "seed.docx"
    assert main(["render", str(EXAMPLE_LEGACY), "-o", str(target)]) == 1
    assert "[render.report_has_errors]" in capsys.readouterr().err
    assert not target.exists()


@pytest.mark.slow
def test_libreoffice_opens_the_docx_and_sets_22_lines_of_28_characters(tmp_path: Path) -> None:
    """Opened by another office suite (LibreOffice headless): every table is there, and a full page of body
    text is 22 lines of 28 characters (5.2.3)."""
    report = load(EXAMPLE_2021)
    assert isinstance(report, AnnualReport2021)
    long = report.model_copy(
        update={"other_matters": "本年度" + "政府信息公开工作稳步推进各项制度不断完善" * 60}
    )
    printed = libreoffice_pdf(render(long, "docx"), tmp_path)
    pages = int(re.search(r"Pages:\s+(\d+)", pdf_tool_output("pdfinfo", printed)).group(1))  # type: ignore[union-attr]
    assert full_page_shape(printed, pages - 1) == (22, {28})
    text = pdf_text(printed, layout=False)
    for label in (TABLE3_TOP_HEADER, "第二十条第（一）项", "行政复议", "（七）总计"):
        assert label in text


def test_markup_and_control_characters_in_text_are_plain_text() -> None:
    """An agency called ``A&B<局>`` is printed as written; a stray control character is dropped, not fatal."""
    report = load(EXAMPLE_2021)
    assert isinstance(report, AnnualReport2021)
    odd = report.model_copy(
        update={
            "agency": report.agency.model_copy(update={"name": "A&B<局>\x07"}),
            "other_matters": "第一行\x0b含有控制字符",
        }
    )
    text = "".join(paragraph.text for paragraph in _document(render(odd, "docx")).paragraphs)
    assert "A&B<局>" in text
    assert "第一行含有控制字符" in text


def test_landscape_pages_keep_the_page_number_where_the_other_pages_have_it() -> None:
    """Clause 8: 横排表格 pages number as the others; the number turned in the left margin (the turned foot)."""
    document = _document(render(load(EXAMPLE_2021), "docx"))
    portrait, landscape, after = document.sections
    assert landscape.left_margin is not None
    for footer, side in ((landscape.footer, "right"), (landscape.even_page_footer, "left")):
        assert not footer.is_linked_to_previous
        (table,) = footer._element.findall(qn("w:tbl"))
        position = table.find(f"{qn('w:tblPr')}/{qn('w:tblpPr')}")
        assert position is not None
        assert position.get(qn("w:horzAnchor")) == "page"
        assert int(position.get(qn("w:tblpX"))) < landscape.left_margin.twips  # in the left margin
        assert table.find(f".//{qn('w:textDirection')}").get(qn("w:val")) == "tbRl"
        assert f'<w:jc w:val="{side}"/>' in table.xml
        assert "PAGE" in "".join(t.text or "" for t in table.iter(qn("w:instrText")))
    for footer in (after.footer, after.even_page_footer):
        assert footer.paragraphs[0].text == "— 1 —"
        assert not footer._element.findall(qn("w:tbl"))
    assert portrait.footer.paragraphs[0].text == "— 1 —"
