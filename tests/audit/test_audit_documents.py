"""Reports filed as PDF or Word: the auditor reads them by their text, as a person copying from them would.

Two kinds of file are checked. The library's own PDF and .docx renderings of the example reports must give back
exactly the tables of the report. Real published pages (the development corpus), turned into a Word document and
a PDF by LibreOffice — as an office files its report — must read the same tables as the page itself. Files the
auditor cannot read (a scan, a password, an old .doc, a damaged file) are refused with their own code.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter

from disclosure_rules import AnnualReport2021, AuditError, audit, render, report_from_json
from disclosure_rules._audit._documents import page_text, tidy_layout_text
from disclosure_rules._limits import LimitError
from tests.render.office import require_tool
from tests.scripts import load_script
from tests.strategies import consistent_reports_2021

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

    from disclosure_rules import AuditResult

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    """scripts/audit_documents_evaluate.py, whose page conversion and cell order the tests share."""
    return load_script("audit_documents_evaluate")


_EVALUATE = _script()
page_as_html: Callable[[Path, Path], Path] = _EVALUATE.page_as_html
table_cells: Callable[[object], list[object]] = _EVALUATE.table_cells
EXAMPLES = ROOT / "examples"
PUBLISHED = ROOT / "tests" / "data" / "published"
# Development pages whose tables are read whole from the page (HTML and copied text, 2021 and 2019 format).
OFFICE_PAGES = ("pingtan_2021.html", "shanghai_office_2019.html", "nanjing_gaochun_2022.txt")


def _example(name: str) -> AnnualReport2021:
    report = report_from_json((EXAMPLES / name).read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    return report


def _same_tables(result: AuditResult, expected: AuditResult | AnnualReport2021) -> None:
    tables = expected.tables() if isinstance(expected, AnnualReport2021) else expected.tables
    for table in ("format", "table2", "table3", "table4"):
        assert result.tables[table] == tables[table], table


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_rendered_report_reads_back_exactly(kind: Literal["pdf", "docx"]) -> None:
    report = _example("qingshan_natural_resources_2022.json")
    result = audit(render(report, kind), source=f"report.{kind}")
    _same_tables(result, report)
    assert result.year == report.year
    assert not [finding for finding in result.findings if finding.is_error]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report=consistent_reports_2021())
def test_any_consistent_report_filed_as_word_reads_back_exactly(report: AnnualReport2021) -> None:
    result = audit(render(report, "docx"), source="report.docx")
    _same_tables(result, report)
    assert not [finding for finding in result.findings if finding.is_error]


def _libreoffice(source: Path, target: str, folder: Path) -> bytes:
    """``source`` converted by LibreOffice headless (``docx``: via Writer's HTML import, as a clerk would save it)."""
    tool = require_tool("soffice")
    out = folder / "out"
    filters = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_web_pdf_Export"}
    done = subprocess.run(
        [
            tool,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            filters[target],
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        check=False,
        timeout=300,
    )
    produced = out / f"{source.stem}.{target}"
    assert produced.exists(), done.stderr.decode("utf-8", errors="replace")
    return produced.read_bytes()


@pytest.mark.parametrize("name", OFFICE_PAGES)
def test_a_real_page_saved_as_word_reads_the_same_tables(name: str, tmp_path: Path) -> None:
    page = PUBLISHED / name
    from_page = audit(page.read_bytes(), source=name)
    from_file = audit(
        _libreoffice(page_as_html(page, tmp_path), "docx", tmp_path), source=f"{page.stem}.docx"
    )
    assert from_file.format == from_page.format
    _same_tables(from_file, from_page)
    assert {f.code for f in from_file.findings if f.is_error} <= {
        f.code for f in from_page.findings if f.is_error
    }


@pytest.mark.parametrize("name", OFFICE_PAGES)
def test_a_real_page_printed_to_pdf_is_never_read_wrong(name: str, tmp_path: Path) -> None:
    # LibreOffice prints a wide table with its row labels wrapped onto two lines ("…申请数" / "量"), a class the
    # text reader leaves unread where it cannot attach the numbers with certainty: unread, never wrong.
    page = PUBLISHED / name
    from_page = audit(page.read_bytes(), source=name)
    from_file = audit(_libreoffice(page_as_html(page, tmp_path), "pdf", tmp_path), source=f"{page.stem}.pdf")
    assert from_file.format == from_page.format
    read = list(zip(table_cells(from_file.tables), table_cells(from_page.tables), strict=True))
    assert [(got, want) for got, want in read if got is not None and got != want] == []
    assert {f.code for f in from_file.findings if f.is_error} <= {
        f.code for f in from_page.findings if f.is_error
    }


def _blank_pdf(password: str | None = None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if password is not None:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip(members: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


def _damaged_deflate() -> bytes:
    """A .docx whose compressed body is damaged mid-stream (a download cut and patched, a bad disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b"abc" * 10000 + b"</w:document>")
    data = bytearray(buffer.getvalue())
    start = data.index(b"word/document.xml") + len("word/document.xml") + 20
    data[start : start + 40] = bytes(byte ^ 0xFF for byte in data[start : start + 40])
    return bytes(data)


def _docx_with_body(xml: bytes) -> bytes:
    return _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": xml})


@pytest.mark.parametrize(
    ("data", "code", "words"),
    [
        pytest.param(_blank_pdf(), "audit.no_text_layer", "扫描件", id="scan"),
        pytest.param(_blank_pdf("secret"), "audit.encrypted_document", "密码", id="password"),
        pytest.param(b"%PDF-1.7\n%garbage", "audit.unreadable_document", "损坏", id="damaged-pdf"),
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "audit.old_word_format", ".docx", id="old-doc"
        ),
        pytest.param(_docx_with_body(b"<w:document"), "audit.unreadable_document", "损坏", id="damaged-docx"),
        pytest.param(_damaged_deflate(), "audit.unreadable_document", "损坏", id="damaged-deflate"),
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "EncryptedPackage".encode("utf-16-le"),
            "audit.encrypted_document",
            "密码",
            id="password-docx",
        ),
        pytest.param(
            _zip({"xl/workbook.xml": "<workbook/>"}), "audit.not_a_report_document", "Excel", id="xlsx"
        ),
        pytest.param(_zip({"a.html": "<p>报告</p>"}), "audit.not_a_report_document", "解压", id="zip"),
        pytest.param(
            _docx_with_body(b'<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'),
            "audit.unreadable_document",
            "实体",
            id="entities",
        ),
        pytest.param(
            _docx_with_body('<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>'.encode("utf-16")),
            "audit.unreadable_document",
            "UTF-8",
            id="entities-in-utf16",
        ),
    ],
)
def test_a_file_the_auditor_cannot_read_is_refused_with_its_code(data: bytes, code: str, words: str) -> None:
    with pytest.raises(AuditError) as caught:
        audit(data, source="报告.pdf")
    assert caught.value.code == code
    assert "报告.pdf" in caught.value.message_zh
    assert words in caught.value.message_zh


def test_documents_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    report = _example("qingshan_natural_resources_2022.json")
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_DOCUMENT_PAGES", "2")
    with pytest.raises(LimitError) as pages:
        page_text(render(report, "pdf"), "report.pdf")
    assert pages.value.code == "limits.document_pages"
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_DOCUMENT_XML_BYTES", "1000")
    with pytest.raises(LimitError) as body:
        page_text(render(report, "docx"), "report.docx")
    assert body.value.code == "limits.document_xml_bytes"


def test_merged_word_cells_become_spans() -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def cell(text: str, properties: str = "") -> str:
        return f"<w:tc><w:tcPr>{properties}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"

    rows = [
        cell("申请人情况", '<w:gridSpan w:val="2"/>') + cell("总计", '<w:vMerge w:val="restart"/>'),
        cell("自然人") + cell("法人") + cell("", "<w:vMerge/>"),
        cell("1") + cell("2") + cell("3"),
    ]
    body = "".join(f"<w:tr>{row}</w:tr>" for row in rows)
    xml = f'<w:document xmlns:w="{w}"><w:body><w:tbl>{body}</w:tbl></w:body></w:document>'
    text = page_text(_docx_with_body(xml.encode()), "表.docx")
    assert '<td colspan="2">申请人情况</td><td rowspan="2">总计</td>' in text
    assert "<tr><td>自然人</td><td>法人</td></tr>" in text


def test_check_reads_pdf_and_word_files_in_a_folder(tmp_path: Path) -> None:
    report = _example("qingshan_natural_resources_2022.json")
    (tmp_path / "report.pdf").write_bytes(render(report, "pdf"))
    (tmp_path / "report.docx").write_bytes(render(report, "docx"))
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "check", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    rows = {Path(row["file"]).name: row for row in json.loads(done.stdout)}
    for name in ("report.pdf", "report.docx"):
        assert rows[name]["year"] == report.year
        assert rows[name]["tables"] == json.loads(json.dumps(report.tables(), default=str))
    assert rows["old.doc"]["error"]["code"] == "audit.old_word_format"


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _word_html(body: str) -> str:
    xml = f'<w:document xmlns:w="{_W_NS}" xmlns:mc="{_MC_NS}"><w:body>{body}</w:body></w:document>'
    return page_text(_docx_with_body(xml.encode()), "表.docx")


def _word_cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _content_control(xml: str) -> str:
    return f"<w:sdt><w:sdtPr/><w:sdtContent>{xml}</w:sdtContent></w:sdt>"


_cell_texts = st.text(alphabet="申请人自然人法人总计0123456789", min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(
    table=st.lists(st.lists(_cell_texts, min_size=1, max_size=4), min_size=1, max_size=5),
    wrapped=st.sets(st.integers(0, 24)),
)
def test_rows_and_cells_in_content_controls_are_read_as_if_unwrapped(
    table: list[list[str]], wrapped: set[int]
) -> None:
    """A content control (a repeating section, a form field) may wrap a table's rows or a row's cells: the table
    reads the same as without them — no row or cell is lost, none moves."""
    plain = "".join(f"<w:tr>{''.join(_word_cell(text) for text in row)}</w:tr>" for row in table)
    rows = []
    for index, row in enumerate(table):
        cells = "".join(
            _content_control(_word_cell(text)) if index * 5 + column in wrapped else _word_cell(text)
            for column, text in enumerate(row)
        )
        rows.append(
            _content_control(f"<w:tr>{cells}</w:tr>") if index in wrapped else f"<w:tr>{cells}</w:tr>"
        )
    assert _word_html(f"<w:tbl>{''.join(rows)}</w:tbl>") == _word_html(f"<w:tbl>{plain}</w:tbl>")


def test_a_text_box_is_read_once() -> None:
    """Word writes a text box twice (mc:Choice for Word 2010+, mc:Fallback as VML): its figure is read once."""
    box = "<w:txbxContent><w:p><w:r><w:t>受理申请12件</w:t></w:r></w:p></w:txbxContent>"
    run = (
        f"<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>{box}</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    text = _word_html(f"<w:p><w:r><w:t>本年</w:t></w:r>{run}</w:p>")
    assert text.count("受理申请12件") == 1


def test_a_nested_table_is_read_once_as_its_cell_text() -> None:
    inner = f"<w:tbl><w:tr>{_word_cell('内1')}{_word_cell('内2')}</w:tr></w:tbl>"
    outer = f"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>{inner}</w:tc>{_word_cell('9')}</w:tr></w:tbl>"
    text = _word_html(outer)
    assert "<tr><td>外<br>内1<br>内2</td><td>9</td></tr>" in text
    assert text.count("内1") == 1


def test_a_row_that_starts_past_the_first_columns_keeps_its_cells_in_their_columns() -> None:
    """``w:gridBefore``: the row leaves grid columns out before its first cell, and a merge below still finds it."""
    restart = '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>总计</w:t></w:r></w:p></w:tc>'
    rows = (
        f"<w:tr>{_word_cell('申请')}{_word_cell('人')}{restart}</w:tr>",
        '<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>',
    )
    text = _word_html(f"<w:tbl>{''.join(rows)}</w:tbl>")
    assert '<td>申请</td><td>人</td><td rowspan="2">总计</td>' in text
    assert '<tr><td colspan="2"></td></tr>' in text


_prose = st.text(alphabet="本机关全年收到政府信息公开申请办理答复情况良好", min_size=1, max_size=20)
_column_gaps = st.sampled_from(["\t", "  ", "    ", "\u3000\u3000", "\xa0\xa0", " \u3000"])


@settings(max_examples=200, deadline=None)
@given(before=_prose, after=_prose, cells=st.lists(_prose, min_size=2, max_size=4), gap=_column_gaps)
def test_pdf_prose_is_joined_and_a_table_row_never_is(
    before: str, after: str, cells: list[str], gap: str
) -> None:
    """Layout extraction breaks prose at the right margin, and sets table rows on lines with column gaps. A prose
    line that does not end a sentence is joined with the next; a line the copied-text reader splits into cells
    (a tab, two spaces of any kind) is never joined, or its cells would be read as one sentence."""
    row = gap.join(cells)
    assert tidy_layout_text(f"{before}\n{after}") == before + after
    lines = tidy_layout_text(f"{before}\n{row}\n{after}").splitlines()
    assert lines == [before, row, after]


@settings(max_examples=10, deadline=None)
@given(lead=st.text(alphabet="\ufeff \t\r\n", max_size=8))
def test_a_pdf_saved_with_blank_lines_or_a_bom_before_its_header_is_read_as_a_pdf(lead: str) -> None:
    """PDF readers find the header past a byte-order mark or blank lines a server added; so does the auditor."""
    data = _blank_pdf()
    with pytest.raises(AuditError) as caught:
        page_text(lead.encode() + data, "报告.pdf")
    assert (
        caught.value.code == "audit.no_text_layer"
    )  # read as a PDF (a blank page), not as a garbled web page


def test_a_strict_open_xml_document_is_read_like_a_transitional_one() -> None:
    """Word's "Strict Open XML Document" names the same elements under the ISO namespace."""
    body = f"<w:p><w:r><w:t>受理申请</w:t></w:r></w:p><w:tbl><w:tr>{_word_cell('1')}</w:tr></w:tbl>"
    strict = f'<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>{body}</w:body></w:document>'
    assert page_text(_docx_with_body(strict.encode()), "表.docx") == _word_html(body)
