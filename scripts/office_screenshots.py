"""Pictures of the Word and PDF output of the bundled example, into docs/screenshots/.

    .venv/bin/python scripts/office_screenshots.py [--out DIR]

The example report is rendered to .docx and .pdf; the .docx is laid out by LibreOffice headless
(``soffice --headless --convert-to pdf``, as a person opening it in LibreOffice Writer would see it) and the pages
are drawn by poppler's ``pdftoppm``. Written: the first page and the first page of table 三 of each, 600 pixels
on the long side. Needs Debian's ``libreoffice-writer``, ``poppler-utils`` and a CJK font (``fonts-noto-cjk``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from disclosure_rules import render, report_from_json

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "qingshan_natural_resources_2022.json"
LONG_SIDE_PX = 600
TABLE3_MARK = "申请人情况"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        sys.exit(f"{name} is not installed")
    return path


def _first_table3_page(pdf: Path) -> int:
    """The first page whose text holds table 三's header."""
    page = 1
    while True:
        done = subprocess.run(  # noqa: S603 - a tool found on PATH, fixed arguments
            [_tool("pdftotext"), "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            sys.exit(f"{pdf}: table 三 not found")
        if TABLE3_MARK in done.stdout:
            return page
        page += 1


def _draw(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(  # noqa: S603 - a tool found on PATH, fixed arguments
        [
            _tool("pdftoppm"),
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            "-scale-to",
            str(LONG_SIDE_PX),
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    print(f"wrote {target}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    report = report_from_json(EXAMPLE.read_bytes())
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docx = work / "example_2021.docx"
        docx.write_bytes(render(report, "docx"))
        pdf = work / "example_2021.pdf"
        pdf.write_bytes(render(report, "pdf"))
        subprocess.run(  # noqa: S603 - a tool found on PATH, fixed arguments
            [
                _tool("soffice"),
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "word"),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        word_pdf = work / "word" / "example_2021.pdf"
        args.out.mkdir(parents=True, exist_ok=True)
        for kind, laid_out in (("docx", word_pdf), ("pdf", pdf)):
            _draw(laid_out, 1, args.out / f"example_2021_{kind}_page1.png")
            _draw(laid_out, _first_table3_page(laid_out), args.out / f"example_2021_{kind}_table3.png")


if __name__ == "__main__":
    main()
