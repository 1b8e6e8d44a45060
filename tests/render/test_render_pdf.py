"""PDF output: A4 per GB/T 9704-2012, fonts embedded, text extractable, and the tables read back exactly.

The PDF's text is read with poppler's ``pdftotext -layout`` (as a search engine or a clerk copying text would
get it) and given to the auditor, which must find the same tables as the report model holds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings

from disclosure_rules import AnnualReport2019, AnnualReport2021, RenderError, audit, render, validate
from disclosure_rules._cli import main
from disclosure_rules._labels import TABLE3_TOP_HEADER, table3_rows
from disclosure_rules._render import _pdf
from tests.render.helpers import EXAMPLE_2021, EXAMPLE_LEGACY, FIXTURE_2019, GOLDEN, load
from tests.render.office import full_page_shape, pdf_text, pdf_tool_output
from tests.strategies import consistent_reports_2021

if TYPE_CHECKING:
    from pathlib import Path

    from disclosure_rules import AnyReport

STANDARD_REPORTS = [EXAMPLE_2021, FIXTURE_2019, GOLDEN / "shanghai_2019" / "model.json"]
A4_PORTRAIT = "595.276 x 841.89"
A4_LANDSCAPE = "841.89 x 595.276"


@pytest.fixture(scope="module")
def example_pdf() -> bytes:
    return render(load(EXAMPLE_2021), "pdf")


@pytest.mark.parametrize(
    "path", STANDARD_REPORTS, ids=lambda p: p.stem if p.stem != "model" else p.parent.name
)
def test_the_auditor_reads_the_same_tables_back_from_the_pdf_text(path: Path) -> None:
    report = load(path)
    assert isinstance(report, AnnualReport2021 | AnnualReport2019)
    result = audit(pdf_text(render(report, "pdf")), source=f"{path.name}.pdf")
    expected = report.tables()
    assert result.format == report.report_format
    for table in ("table2", "table3", "table4"):
        assert result.tables[table] == expected[table], table
    # A PDF's text breaks paragraphs into lines: a prose line such as “…部门规范性文件45” can look like a table
    # row to the reader (audit.ambiguous_digits, a warning). The tables themselves are compared exactly above.
    misread = [
        f for f in result.findings if f.code.startswith("audit.") and f.code != "audit.ambiguous_digits"
    ]
    assert not misread
    own = {f.code for f in validate(report) if f.is_error}
    assert {f.code for f in result.findings if f.is_error} <= own


def test_every_font_is_embedded(example_pdf: bytes) -> None:
    """So the PDF looks the same on a machine with no Chinese font."""
    listing = pdf_tool_output("pdffonts", example_pdf).splitlines()[2:]
    assert listing, "the PDF uses no font"
    for line in listing:
        name, embedded = line.split()[0], line.split()[-5]
        assert embedded == "yes", f"{name} is not embedded"
    assert any("CJK" in line for line in listing)


def test_pages_are_a4_and_tables_three_and_four_are_landscape(example_pdf: bytes) -> None:
    info = pdf_tool_output("pdfinfo", example_pdf, "-f", "1", "-l", "99")
    sizes = re.findall(r"Page\s+(\d+) size:\s+([\d.]+ x [\d.]+) pts", info)
    assert sizes
    assert {size for _, size in sizes} <= {A4_PORTRAIT, A4_LANDSCAPE}
    for page, size in sizes:
        text = pdf_text(example_pdf, page=int(page))
        if size == A4_LANDSCAPE:
            assert "申请人情况" in text or "行政复议" in text
        else:
            assert TABLE3_TOP_HEADER not in text


def test_table3_rows_are_whole_and_its_header_repeats_on_every_page(example_pdf: bytes) -> None:
    """No row is cut or wrapped: each row label is on one line with its seven numbers; the header repeats."""
    labels = [row.label for row in table3_rows("2021")]
    pages_with_rows = 0
    found: set[str] = set()
    for page in range(1, 20):
        try:
            text = pdf_text(example_pdf, page=page)
        except Exception:  # noqa: BLE001 - past the last page pdftotext fails
            break
        lines = text.splitlines()
        rows_here = [label for label in labels if any(label in line for line in lines)]
        if not rows_here:
            continue
        pages_with_rows += 1
        assert TABLE3_TOP_HEADER in text, f"page {page} continues table 三 without its header"
        for label in rows_here:
            line = next(line for line in lines if label in line)
            numbers = re.findall(r"(?<![\d.])\d+(?![\d.])", line.split(label, 1)[1])
            assert len(numbers) == 7, (label, line)
            found.add(label)
    assert found == set(labels)
    assert pages_with_rows >= 2  # the example's table 三 crosses a page: the header repeat was exercised


def test_legacy_report_with_errors_annex_renders() -> None:
    report = load(EXAMPLE_LEGACY)
    text = pdf_text(render(report, "pdf", allow_errors=True), layout=False)
    assert "附件：校验发现的错误" in text
    assert "湾龙镇" in text


def test_no_cjk_font_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pdf, "installed_cjk_families", lambda: ())
    with pytest.raises(RenderError) as caught:
        render(load(EXAMPLE_2021), "pdf")
    assert caught.value.code == "render.pdf_no_cjk_font"
    assert "fonts-noto-cjk" in caught.value.message


def test_the_installed_families_include_a_chinese_font() -> None:
    assert _pdf.chosen_families()[0]


def test_engine_failure_is_one_line_exit_2_and_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import weasyprint  # noqa: PLC0415 - patched for this test only

    def broken(*_: object, **__: object) -> object:
        raise RuntimeError("layout exploded")

    monkeypatch.setattr(weasyprint, "HTML", broken)
    target = tmp_path / "report.pdf"
    assert main(["render", str(EXAMPLE_2021), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "[render.pdf_engine_failed]" in err
    assert "layout exploded" in err
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_untouched_when_the_pdf_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-old")
    monkeypatch.setattr(_pdf, "installed_cjk_families", lambda: ())
    assert main(["render", str(EXAMPLE_2021), "-o", str(target)]) == 2
    assert "[render.pdf_no_cjk_font]" in capsys.readouterr().err
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_cli_writes_pdf_from_the_suffix(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    assert main(["render", str(EXAMPLE_2021), "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF-")


def test_a_user_template_applies_to_the_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "templates" / "html"
    folder.mkdir(parents=True)
    (folder / "standard.html").write_text(
        '{% extends "default/html/standard.html" %}'
        '{% block title %}<h1 class="title">{{ report.title }}（征求意见稿）</h1>{% endblock %}',
        encoding="utf-8",
    )
    text = pdf_text(render(load(EXAMPLE_2021), "pdf", tmp_path / "templates"), layout=False)
    assert "征求意见稿" in text


def test_the_pdf_fetches_nothing(tmp_path: Path) -> None:
    """A template that links a local file (an image here) does not get it into the PDF."""
    from PIL import Image  # noqa: PLC0415 - Pillow comes with WeasyPrint

    picture = tmp_path / "stamp.png"
    Image.new("RGB", (40, 40), (200, 0, 0)).save(picture)
    folder = tmp_path / "templates" / "html"
    folder.mkdir(parents=True)
    (folder / "standard.html").write_text(
        '{% extends "default/html/standard.html" %}'
        f'{{% block title %}}<img src="file://{picture}" alt="">{{{{ super() }}}}{{% endblock %}}',
        encoding="utf-8",
    )
    data = render(load(EXAMPLE_2021), "pdf", tmp_path / "templates")
    assert data.startswith(b"%PDF-")
    assert b"/Image" not in data


def _long_report() -> AnyReport:
    """The example with a long 其他需要报告的事项, so the body fills whole pages."""
    report = load(EXAMPLE_2021)
    assert isinstance(report, AnnualReport2021)
    return report.model_copy(
        update={"other_matters": "本年度" + "政府信息公开工作稳步推进各项制度不断完善" * 60}
    )


def test_a_full_page_holds_22_lines_of_28_characters() -> None:
    """GB/T 9704-2012 5.2.3: 一般每面排22行，每行排28个字，并撑满版心."""
    data = render(_long_report(), "pdf")
    pages = int(re.search(r"Pages:\s+(\d+)", pdf_tool_output("pdfinfo", data)).group(1))  # type: ignore[union-attr]
    assert full_page_shape(data, pages - 1) == (22, {28})


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_reports_2021())
def test_any_consistent_2021_report_reads_back_from_the_pdf_text(report: AnnualReport2021) -> None:
    """条例第五十条: the published tables are the report; the PDF's text must carry every figure in its cell."""
    result = audit(pdf_text(render(report, "pdf")), source="report.pdf")
    expected = report.tables()
    for table in ("table2", "table3", "table4"):
        assert result.tables[table] == expected[table], table


def test_the_same_report_gives_the_same_pdf(example_pdf: bytes) -> None:
    assert render(load(EXAMPLE_2021), "pdf") == example_pdf
