"""The HTML output: official labels in order, the official merged-cell layout, numbers read back, safety."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules import (
    Agency,
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    LegacyReport,
    NarrativeSection,
    StatisticsPeriod,
    report_from_json,
    validate,
)
from disclosure_rules._labels import (
    OVERVIEW_SUBHEADINGS,
    SECTION_HEADINGS,
    TABLE2_CELLS_2019,
    TABLE2_CELLS_2021,
    TABLE2_ROW_HEADER,
    TABLE3_COLUMNS,
    TABLE3_NOTE,
    TABLE3_ORGANISATION_HEADER,
    TABLE3_TOP_HEADER,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    table3_rows,
)
from disclosure_rules._render import RenderError, render
from tests.render.helpers import (
    EXAMPLE_2021,
    EXAMPLE_LEGACY,
    FIXTURE_2019,
    REPO,
    is_subsequence,
    load,
    read_tables,
)
from tests.strategies import consistent_reports_2019, consistent_reports_2021

if TYPE_CHECKING:
    from pathlib import Path

    from disclosure_rules import OutputFormat
    from disclosure_rules._labels import Table2Cell
    from disclosure_rules._models import StandardReport


def _report_2021() -> AnnualReport2021:
    report = load(EXAMPLE_2021)
    assert isinstance(report, AnnualReport2021)
    return report


def _report_2019() -> AnnualReport2019:
    report = load(FIXTURE_2019)
    assert isinstance(report, AnnualReport2019)
    return report


# --------------------------------------------------------------------------------------------------
# Labels in order
# --------------------------------------------------------------------------------------------------


def _expected_table2(specs: tuple[Table2Cell, ...]) -> list[str]:
    expected: list[str] = []
    for caption in dict.fromkeys(spec.block_caption for spec in specs):
        block = [spec for spec in specs if spec.block_caption == caption]
        expected += [caption, TABLE2_ROW_HEADER]
        expected += list(dict.fromkeys(spec.column_label for spec in block))
        expected += list(dict.fromkeys(spec.row_label for spec in block))
    return expected


def _expected_table3(report_format: str) -> list[str]:
    expected = [TABLE3_NOTE, TABLE3_TOP_HEADER, "自然人", TABLE3_ORGANISATION_HEADER, "总计"]
    expected += ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    seen_groups: set[str] = set()
    first_result = True
    for row in table3_rows("2021" if report_format == "2021" else "2019"):
        if row.number in {"一、", "二、", "四、"}:
            expected.append(row.label)
            continue
        if first_result:
            expected.append("三、本年度办理结果")
            first_result = False
        if row.group is not None and row.group.label not in seen_groups:
            seen_groups.add(row.group.label)
            expected.append(row.group.label)
        expected.append(row.label)
    return expected


def _expected_table4() -> list[str]:
    results = [label for _, label in TABLE4_RESULT_COLUMNS]
    return ["行政复议", "行政诉讼", *results, "未经复议直接起诉", "复议后起诉", *results, *results]


@pytest.mark.parametrize("which", ["2021", "2019"])
def test_every_official_label_of_tables_2_3_4_appears_in_order(which: str) -> None:
    """国办公开办函〔2021〕30号 / 〔2019〕60号: tables 二, 三, 四 carry their official labels, in official order."""
    report = _report_2021() if which == "2021" else _report_2019()
    tables = read_tables(render(report)).cells
    specs = TABLE2_CELLS_2021 if which == "2021" else TABLE2_CELLS_2019
    assert is_subsequence(_expected_table2(specs), tables["table2"])
    assert is_subsequence(_expected_table3(which), tables["table3"])
    assert is_subsequence(_expected_table4(), tables["table4"])
    # Spot checks that the expected lists are what the format says (not a copy of the view code).
    assert "（三）不予公开" in tables["table3"]
    assert "3.危及“三安全一稳定”" in tables["table3"]


def test_section_headings_appear_in_official_order() -> None:
    """30号: the report has six sections, 一 to 六, with their official headings, in order."""
    reader = read_tables(render(_report_2021()))
    text = [piece.strip() for piece in reader.all_text if piece.strip()]
    assert is_subsequence([heading.label for heading in SECTION_HEADINGS], text)
    assert is_subsequence([heading for _, heading in OVERVIEW_SUBHEADINGS], text)


def test_table3_layout_matches_the_official_merged_cells() -> None:
    """Table 三: note in a 3×3 corner cell, 申请人情况 over 7 columns, 法人或其他组织 over 5, groups as row spans."""
    spans = {
        text: (colspan, rowspan)
        for text, colspan, rowspan in read_tables(render(_report_2021())).spans["table3"]
    }
    assert spans[TABLE3_NOTE] == (3, 3)
    assert spans[TABLE3_TOP_HEADER] == (7, 1)
    assert spans[TABLE3_ORGANISATION_HEADER] == (5, 1)
    assert spans["自然人"] == (1, 2)
    assert spans["总计"] == (1, 2)
    assert spans["三、本年度办理结果"] == (1, 22)
    assert spans["（三）不予公开"] == (1, 8)
    assert spans["（四）无法提供"] == (1, 3)
    assert spans["（五）不予处理"] == (1, 5)
    assert spans["（六）其他处理"] == (1, 3)
    assert spans["一、本年新收政府信息公开申请数量"] == (3, 1)
    assert spans["（一）予以公开"] == (2, 1)
    assert spans["（七）总计"] == (2, 1)


def test_table3_of_the_2019_format_has_one_other_handling_row() -> None:
    """60号: （六）其他处理 is a single row, so 三、本年度办理结果 spans 20 rows."""
    spans = {
        text: (colspan, rowspan)
        for text, colspan, rowspan in read_tables(render(_report_2019())).spans["table3"]
    }
    assert spans["三、本年度办理结果"] == (1, 20)
    assert spans["（六）其他处理"] == (2, 1)


def test_table4_has_two_header_levels() -> None:
    """Table 四: 行政复议 over 5 columns; 行政诉讼 over 10, split into 未经复议直接起诉 and 复议后起诉 (5 each)."""
    spans = read_tables(render(_report_2021())).spans["table4"]
    first = {text: (colspan, rowspan) for text, colspan, rowspan in spans[:9]}
    assert first["行政复议"] == (5, 1)
    assert first["行政诉讼"] == (10, 1)
    assert first["结果维持"] == (1, 2)
    assert first["未经复议直接起诉"] == (5, 1)
    assert first["复议后起诉"] == (5, 1)
    assert [group.label for group in TABLE4_GROUPS] == ["行政复议", "未经复议直接起诉", "复议后起诉"]


# --------------------------------------------------------------------------------------------------
# Round trip: numbers read back from the HTML equal the model
# --------------------------------------------------------------------------------------------------


def _parse_cell(text: str, kind: str = "count") -> object:
    if text == "":
        return None
    if kind == "amount_10k_yuan":
        return Decimal(text)
    if kind == "text":
        return text
    return int(text)  # counts, and signed changes: int("+4") == 4


def _assert_round_trip(report: StandardReport) -> None:
    values = read_tables(render(report)).values
    specs = TABLE2_CELLS_2021 if isinstance(report, AnnualReport2021) else TABLE2_CELLS_2019
    for spec in specs:
        row, field = spec.field_path
        expected = getattr(getattr(report.proactive_disclosure, row), field)
        assert _parse_cell(values[f"table2.{row}.{field}"], spec.value_kind) == expected, spec.key
    for row_spec, counts in report.requests.iter_rows():
        for column, expected in zip(TABLE3_COLUMNS, counts.values(), strict=True):
            assert _parse_cell(values[f"table3.{row_spec.code}.{column.code}"]) == expected, (
                row_spec.label,
                column.label,
            )
    parsed4 = [
        _parse_cell(values[f"table4.{group.code}.{code}"])
        for group in TABLE4_GROUPS
        for code, _ in TABLE4_RESULT_COLUMNS
    ]
    assert parsed4 == report.review_litigation.values()


def test_numbers_read_back_from_the_html_equal_the_model() -> None:
    """Every number of tables 二, 三, 四 survives rendering: parsed back with html.parser it equals the model."""
    _assert_round_trip(_report_2021())
    _assert_round_trip(_report_2019())


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_reports_2021())
def test_round_trip_holds_for_any_consistent_2021_report(report: AnnualReport2021) -> None:
    """表三注 (一 + 二 = 三（七） + 四) holds by construction; whatever the counts, the HTML shows them exactly."""
    _assert_round_trip(report)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_reports_2019())
def test_round_trip_holds_for_any_consistent_2019_report(report: AnnualReport2019) -> None:
    """60号 trial format: the 23 rows of table 三 and the 15 numbers of table 四 read back exactly."""
    _assert_round_trip(report)


def test_blank_cells_stay_blank_and_are_never_shown_as_zero() -> None:
    """A cell left blank (None, *not filled*) is rendered empty, never as 0."""
    report = _report_2021()
    blank = report.model_copy(
        update={
            "review_litigation": report.review_litigation.model_copy(
                update={"administrative_review": type(report.review_litigation.administrative_review)()}
            )
        }
    )
    findings = validate(blank)
    assert not any(finding.is_error for finding in findings)
    values = read_tables(render(blank)).values
    assert values["table4.administrative_review.upheld"] == ""


# --------------------------------------------------------------------------------------------------
# Safety, determinism, refusal
# --------------------------------------------------------------------------------------------------

HOSTILE = "<script>alert('x')</script>"


def test_hostile_agency_name_and_narrative_are_shown_as_text() -> None:
    """Autoescape: markup in an agency name or a narrative is shown as text, in the page and in the charts."""
    report = _report_2021()
    hostile = report.model_copy(
        update={
            "agency": report.agency.model_copy(update={"name": HOSTILE}),
            "other_matters": '<img src=x onerror="alert(1)">',
        }
    )
    html = render(hostile, charts=True)
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    markdown = render(hostile, "md")
    assert re.search(r"(?<!\\)<", markdown) is None  # every < is a backslash-escaped literal
    assert r"\<script\>" in markdown


def test_hostile_legacy_headings_are_escaped() -> None:
    """Legacy section headings are text too."""
    report = load(EXAMPLE_LEGACY)
    hostile = report.model_copy(update={"sections": (NarrativeSection(heading=HOSTILE, text="<b>x</b>"),)})
    html = render(hostile, allow_errors=True)
    assert "<script" not in html
    assert "<b>x" not in html


def test_output_has_no_external_resources_and_is_print_ready() -> None:
    """No CDN, no fetched file: CSS inline; A4 page, rows kept whole, table headers repeated, phone scrolling."""
    html = render(_report_2021(), charts=True)
    for marker in ("<link", "<script", " src=", "url(", "@import"):
        assert marker not in html
    assert html.count("http") == html.count('xmlns="http://www.w3.org/2000/svg"')
    for css in ("size: A4", "break-inside: avoid", "display: table-header-group", "overflow-x: auto"):
        assert css in html
    assert '<meta name="viewport"' in html


def test_rendering_is_deterministic_across_processes() -> None:
    """The same input gives byte-identical output, whatever the hash seed of the process."""
    code = (
        "import sys; from disclosure_rules import report_from_json; from disclosure_rules._render import render;"
        "r = report_from_json(open(sys.argv[1], 'rb').read());"
        "sys.stdout.buffer.write(render(r, 'html', charts=True).encode())"
    )
    outputs = set()
    for seed in ("1", "2"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", code, str(EXAMPLE_2021)],
            capture_output=True,
            check=True,
            env=environment,
            cwd=REPO,
        )
        outputs.add(done.stdout)
    outputs.add(render(_report_2021(), charts=True).encode())
    assert len(outputs) == 1


def test_a_report_with_errors_is_refused() -> None:
    """A report breaking a mandatory rule (here the seed's sums and shares) is not rendered without allow_errors."""
    with pytest.raises(RenderError) as caught:
        render(load(EXAMPLE_LEGACY))
    assert caught.value.code == "render.report_has_errors"


def test_allow_errors_lists_every_error_in_an_annex() -> None:
    """With allow_errors the output carries a banner and an annex with every error's code."""
    report = load(EXAMPLE_LEGACY)
    errors = [finding for finding in validate(report) if finding.is_error]
    assert errors
    for output_format in ("html", "md", "txt"):
        text = render(report, output_format, allow_errors=True)
        assert "附件：校验发现的错误" in text
        assert f"本文本含有{len(errors)}处校验错误" in text
        for finding in errors:
            assert finding.code in text


def test_unknown_format_is_an_error_with_a_code() -> None:
    with pytest.raises(RenderError) as caught:
        render(_report_2021(), "rtf")  # type: ignore[call-overload]
    assert caught.value.code == "render.unknown_format"


# --------------------------------------------------------------------------------------------------
# Preamble, signature, charts
# --------------------------------------------------------------------------------------------------


def test_preamble_is_generated_from_publication_info() -> None:
    """条例第五十条 is the legal basis; the statistics period is 1 January to 31 December; where to download; contact."""
    report = _report_2021()
    assert report.preamble is None
    html = render(report)
    year = report.year
    assert "第五十条" in html
    assert f"自{year}年1月1日起至{year}年12月31日止" in html
    assert report.publication.website is not None
    assert report.publication.website in html
    assert report.publication.phone is not None
    assert report.publication.phone in html
    assert "国办公开办函〔2021〕30号" in html


def test_own_preamble_replaces_the_generated_one() -> None:
    report = _report_2021().model_copy(update={"preamble": "自定义的前言。"})
    html = render(report)
    assert "自定义的前言。" in html
    assert "第五十条" not in html


def test_charts_are_inline_svg_of_outcomes_and_categories() -> None:
    """--charts: outcomes by row group of table 三 and the categories of table 二, as inline SVG."""
    html = render(_report_2021(), charts=True)
    assert html.count("<svg") == 2
    assert 'id="chart-outcomes"' in html
    assert "（三）不予公开" in html.split('id="chart-outcomes"')[1]
    assert "<svg" not in render(_report_2021())


def test_legacy_report_reads_like_the_seed_with_figures_computed() -> None:
    """The seed rendered from its data: its sections, closing and signature, then its figures recomputed."""
    report = load(EXAMPLE_LEGACY)
    html = render(report, allow_errors=True, charts=True)
    seed = (REPO / "examples" / "wanlong_2017_seed.txt").read_text(encoding="utf-8")
    text = "".join(read_tables(html).all_text)
    for heading in ("一、基本工作情况", "二、主动公开政府信息情况", "六、政务公开的成效、存在问题及改进措施"):
        assert heading in seed
        assert heading in text
    closing = text.index("今后，我镇")
    signature = text.index("湾龙镇人民政府", closing)
    assert text.index("2017年11月25日", signature) < text.index("附：主要数据")
    # 15 of 17 items is 88% (the seed printed 94%, which only fits a base of 16): computed, not copied.
    values = read_tables(html).values
    assert values["legacy-categories.0.count"] == "15"
    assert values["legacy-categories.0.share"] == "88%"
    assert values["legacy-categories.0.published_share"] == "94%"
    assert values["legacy-categories.sum"] == "16"
    assert "主动公开政府信息：17条" in text


# --------------------------------------------------------------------------------------------------
# Markdown and text keep every label and number
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["md", "txt"])
@pytest.mark.parametrize("which", ["2021", "2019"])
def test_markdown_and_text_keep_every_label_and_number(which: str, output_format: OutputFormat) -> None:
    """Markdown and text are flat, but every official label and every number of tables 二/三/四 is there."""
    report = _report_2021() if which == "2021" else _report_2019()
    text = render(report, output_format)
    if output_format == "md":
        text = text.replace("\\", "")
    specs = TABLE2_CELLS_2021 if which == "2021" else TABLE2_CELLS_2019
    labels = [*_expected_table2(specs), *_expected_table3(which), *_expected_table4()]
    for label in labels:
        assert label in text, label
    for spec, counts in report.requests.iter_rows():
        line = next(line for line in text.splitlines() if spec.label in line and "|" not in spec.label)
        numbers = [int(token) for token in line.replace("|", " ").split()[-len(TABLE3_COLUMNS) :]]
        assert numbers == list(counts.values()), spec.label


@pytest.mark.parametrize("output_format", ["html", "md", "txt"])
def test_an_empty_report_of_each_kind_renders(output_format: OutputFormat) -> None:
    """A report with nothing filled in still renders (blank cells, unfilled sections), with or without charts."""
    agency = Agency(name="某镇人民政府", level=AgencyLevel.TOWNSHIP)
    period = StatisticsPeriod(start=date(2012, 1, 1), end=date(2012, 12, 31))
    for report in (
        AnnualReport2021(agency=agency, year=2022),
        AnnualReport2019(agency=agency, year=2019),
        LegacyReport(
            agency=agency, year=2012, title="某镇2012年政府信息公开工作年度报告", statistics_period=period
        ),
    ):
        text = render(report, output_format, charts=True)
        assert report.display_title in text
        assert "附：主要数据" not in text


_CONTROL_CHARACTERS = "".join(chr(code) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))


@settings(max_examples=30, deadline=None)
@given(
    pasted=st.text(
        alphabet=st.sampled_from(f"一是二是改进。\n{_CONTROL_CHARACTERS}\u202e"), min_size=1, max_size=40
    )
)
def test_text_pasted_with_control_characters_publishes_without_them(pasted: str) -> None:
    """Excel and Word paste control characters (a vertical tab for a line break in a cell, a BEL, a bidi
    override): the published page holds none of them, and a vertical tab still breaks the paragraph."""
    odd = _report_2021().model_copy(update={"problems_and_improvements": f"第一段\x0b{pasted}\x07第二段"})
    page = render(odd, "html")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202e]", page)
    assert "<p>第一段</p>" in page


def _pasted_everywhere(value: object, control: str, path: str = "") -> object:
    """The report's JSON with ``control`` after the first character of every Chinese text (names, labels,
    contact lines, items …), as text pasted from Word or Excel arrives."""
    if isinstance(value, dict):
        return {key: _pasted_everywhere(item, control, f"{path}.{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [_pasted_everywhere(item, control, path) for item in value]
    if isinstance(value, str) and re.search("[\u4e00-\u9fff]", value) and not path.endswith(".level"):
        return value[:1] + control + value[1:]
    return value


@settings(max_examples=12, deadline=None)
@given(
    example=st.sampled_from([EXAMPLE_2021, EXAMPLE_LEGACY]),
    control=st.sampled_from(["\x07", "\x1b", "\u202e", "\u2066", "\x7f", "\x85"]),
    output_format=st.sampled_from(["html", "md", "txt"]),
)
def test_no_control_character_reaches_a_published_report(
    example: Path, control: str, output_format: OutputFormat
) -> None:
    """Not only the paragraphs: a title, a table label, a contact line or an errors annex that quotes the text
    publishes without an invisible character, and without a bidi override that would turn the text around."""
    data = json.loads(example.read_text(encoding="utf-8"))
    report = report_from_json(json.dumps(_pasted_everywhere(data, control), ensure_ascii=False))
    page = render(report, output_format, allow_errors=True)
    assert control not in page
    assert "\\u" + f"{ord(control):04x}" not in page
