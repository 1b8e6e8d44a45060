"""Benchmark: rendering a report as .docx, against python-docx's bare save of the same content; PDF for information.

Peers, measured in the same run, on one core, on the bundled example report (examples/qingshan…2022.json):

* ``python-docx bare``: ``Document()``, the same paragraphs and the same three tables with the same cell texts
  (``add_table`` and ``cell.text``: no merged cells, no styles, no page set-up) and ``save`` to memory — the
  floor any Word output built on python-docx pays.
* ``render(report, "docx")``: validation, the view model, GB/T 9704 page and styles, font fallbacks, page
  numbers, the tables with merged headers, header-row and no-split flags, landscape sections, save.
* ``render(report, "pdf")`` (informational): the HTML laid out by WeasyPrint with the CJK fonts subset and
  embedded.
* first ``render(report, "docx")`` in a fresh process (informational): what one CLI run pays, python-docx's and
  lxml's imports included (interpreter start-up not included); median of 3 processes.

Target: a .docx in under 200 ms.

    .venv/bin/python bench/bench_docx.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import io
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from ratios import emit

from disclosure_rules import render, report_from_json
from disclosure_rules._render import report_view

if TYPE_CHECKING:
    from collections.abc import Callable

    from disclosure_rules._render import ReportView

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "qingshan_natural_resources_2022.json"
TARGET_MS = 200


def bare_docx(view: ReportView) -> bytes:
    """The same texts and table cells written with python-docx's plain API, nothing laid out."""
    document = Document()
    document.add_paragraph(view.title)
    for text in view.preamble:
        document.add_paragraph(text)
    for section in view.sections:
        document.add_paragraph(section.heading)
        for text in section.paragraphs:
            document.add_paragraph(text)
        for item in section.outline:
            document.add_paragraph(item.heading)
            for text in item.paragraphs:
                document.add_paragraph(text)
        if section.table is not None:
            rows = list(section.table.head) + [row for body in section.table.bodies for row in body]
            table = document.add_table(rows=len(rows), cols=section.table.columns)
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, grid_cell in zip(row.cells, cells, strict=False):
                    cell.text = grid_cell.text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def timed(function: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``repeat`` calls, in milliseconds (after one warm-up call)."""
    function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


_FIRST_RENDER = """
import time
from pathlib import Path
from disclosure_rules import render, report_from_json
report = report_from_json(Path({path!r}).read_bytes())
start = time.perf_counter()
render(report, "docx")
print((time.perf_counter() - start) * 1000)
"""


def first_render_ms(runs: int = 3) -> float:
    """The median time of the first .docx render in a fresh interpreter (imports of the office extra included)."""
    samples = []
    for _ in range(runs):
        done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
            [sys.executable, "-c", _FIRST_RENDER.format(path=str(EXAMPLE))],
            capture_output=True,
            text=True,
            check=True,
        )
        samples.append(float(done.stdout.strip()))
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    report = report_from_json(EXAMPLE.read_bytes())
    view = report_view(report)
    bare = timed(lambda: bare_docx(view), args.repeat)
    docx = timed(lambda: render(report, "docx"), args.repeat)
    pdf = timed(lambda: render(report, "pdf"), max(3, args.repeat // 5))
    first = first_render_ms()
    print(f"report: {EXAMPLE.name}; median of {args.repeat} runs, one process")
    rows = (
        ("python-docx bare save", bare, ""),
        ('render(report, "docx")', docx, f"   (target < {TARGET_MS} ms)"),
        ('render(report, "pdf")', pdf, "   (informational)"),
        ("first docx, fresh process", first, "   (informational: imports included)"),
    )
    for name, milliseconds, note in rows:
        print(f"{name:<26}{milliseconds:8.1f} ms   {milliseconds / bare:5.2f}x bare{note}")
    emit("docx.render", docx, TARGET_MS, unit="ms", note=f"{docx / bare:.2f}x python-docx bare save")
    if docx >= TARGET_MS:
        sys.exit(f"docx render took {docx:.1f} ms, over the {TARGET_MS} ms target")


if __name__ == "__main__":
    main()
