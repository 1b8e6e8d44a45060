"""Helpers of the Word and PDF tests: a .docx's table spans, PDF text, and system tools.

A system tool (poppler's ``pdftotext``) that is missing skips a test on a developer's machine but FAILS it under
``CI=true`` (``tests.requires.require_tool``, re-exported here for the tests that import it from this module).
"""

from __future__ import annotations

import io
import subprocess
from typing import TYPE_CHECKING

from docx import Document
from docx.oxml.ns import qn

from tests.requires import require_tool

if TYPE_CHECKING:
    from pathlib import Path

    from docx.oxml.xmlchemy import BaseOxmlElement

__all__ = [
    "docx_table_spans",
    "full_page_shape",
    "libreoffice_pdf",
    "pdf_text",
    "pdf_tool_output",
    "require_tool",  # from tests.requires: tests/audit imports it from here
]


def pdf_text(data: bytes, *, layout: bool = True, page: int | None = None) -> str:
    """The text of a PDF as ``pdftotext`` extracts it (``-layout`` keeps a table row on one line)."""
    tool = require_tool("pdftotext")
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    done = subprocess.run(
        [tool, *(["-layout"] if layout else []), *pages, "-", "-"],
        input=data,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def pdf_tool_output(tool_name: str, data: bytes, *arguments: str) -> str:
    """The output of a poppler tool (``pdffonts``, ``pdfinfo``) on a PDF given as bytes."""
    tool = require_tool(tool_name)
    done = subprocess.run([tool, *arguments, "-"], input=data, capture_output=True, check=True, timeout=60)
    return done.stdout.decode("utf-8")


def _text(element: BaseOxmlElement) -> str:
    return "".join(
        "\n" if node.tag == qn("w:br") else (node.text or "") for node in element.iter(qn("w:t"), qn("w:br"))
    )


def _cell_spans(tbl: BaseOxmlElement) -> list[list[tuple[BaseOxmlElement, int, int]]]:
    """Each row's cells with their colspan and rowspan (vMerge continuations dropped, counted into rowspan)."""
    rows = tbl.findall(qn("w:tr"))
    grid: list[list[tuple[int, BaseOxmlElement, int, str | None]]] = []
    for tr in rows:
        column = 0
        line = []
        for tc in tr.findall(qn("w:tc")):
            tc_pr = tc.find(qn("w:tcPr"))
            span_el = tc_pr.find(qn("w:gridSpan")) if tc_pr is not None else None
            merge_el = tc_pr.find(qn("w:vMerge")) if tc_pr is not None else None
            span = int(span_el.get(qn("w:val"))) if span_el is not None else 1
            merge = None if merge_el is None else (merge_el.get(qn("w:val")) or "continue")
            line.append((column, tc, span, merge))
            column += span
        grid.append(line)
    result: list[list[tuple[BaseOxmlElement, int, int]]] = []
    for row_index, line in enumerate(grid):
        out = []
        for column, tc, span, merge in line:
            if merge == "continue":
                continue
            rowspan = 1
            if merge == "restart":
                for below in grid[row_index + 1 :]:
                    if any(c == column and m == "continue" for c, _, _, m in below):
                        rowspan += 1
                    else:
                        break
            out.append((tc, span, rowspan))
        result.append(out)
    return result


def docx_table_spans(data: bytes) -> list[list[tuple[str, int, int]]]:
    """Every table's cells in document order as (text, colspan, rowspan)."""
    body = Document(io.BytesIO(data)).element.body
    return [
        [(_text(tc), span, rowspan) for row in _cell_spans(tbl) for tc, span, rowspan in row]
        for tbl in body.iter(qn("w:tbl"))
    ]


def libreoffice_pdf(data: bytes, folder: Path) -> bytes:
    """A .docx laid out by LibreOffice headless, as the PDF it prints (its own profile in ``folder``)."""
    tool = require_tool("soffice")
    source = folder / "document.docx"
    source.write_bytes(data)
    subprocess.run(
        [
            tool,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "out"),
            str(source),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    return (folder / "out" / "document.pdf").read_bytes()


def full_page_shape(data: bytes, page: int) -> tuple[int, set[int]]:
    """Lines of body text on a page of a PDF, and their lengths in characters (the page number line left out)."""
    lines = [line for line in pdf_text(data, layout=False, page=page).splitlines() if line.strip()]
    body = [line for line in lines if not line.startswith("—")]
    return len(body), {len(line) for line in body}
