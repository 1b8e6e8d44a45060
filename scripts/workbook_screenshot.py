"""Pictures of the report workbook as LibreOffice prints it, into docs/screenshots/.

    PYTHONPATH=src .venv/bin/python scripts/workbook_screenshot.py [--out DIR]

Fills the template with the example 2021 report (examples/qingshan_natural_resources_2022.json), converts the
workbook to PDF with LibreOffice headless (``apt-get install libreoffice-calc``; Chinese text needs
``fonts-noto-cjk``) and rasterises the page of each sheet with pdftoppm (``poppler-utils``):
``workbook_table3.png`` (表三) and ``workbook_info.png`` (报告信息).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.workbook.helpers import EXAMPLE_2021, fill, save  # noqa: E402 - after the path set-up

from disclosure_rules import AnnualReport2021, report_from_json, workbook_template  # noqa: E402
from disclosure_rules._labels import TABLE3_NOTE  # noqa: E402

# The page of a sheet is found by a line that only that sheet prints.
PAGES = {"workbook_table3": TABLE3_NOTE, "workbook_info": "报告基本信息和文字部分"}
DPI = 110


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    report = report_from_json(EXAMPLE_2021.read_text(encoding="utf-8"))
    if not isinstance(report, AnnualReport2021):
        raise SystemExit(f"{EXAMPLE_2021} is not a 2021-format report")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        workbook = work / "workbook.xlsx"
        workbook.write_bytes(save(fill(workbook_template(year=report.year), report)))
        subprocess.run(  # noqa: S603 - fixed arguments
            [
                _tool("soffice"),
                f"-env:UserInstallation=file://{work / 'profile'}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                str(workbook),
            ],
            check=True,
            capture_output=True,
        )
        pdf = work / "workbook.pdf"
        pages = int(
            next(
                line.split()[-1]
                for line in subprocess.run(  # noqa: S603 - fixed arguments
                    [_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True
                ).stdout.splitlines()
                if line.startswith("Pages:")
            )
        )
        for name, marker in PAGES.items():
            for page in range(1, pages + 1):
                text = subprocess.run(  # noqa: S603 - fixed arguments
                    [_tool("pdftotext"), "-f", str(page), "-l", str(page), str(pdf), "-"],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                if marker in text:
                    target = args.out / name
                    subprocess.run(  # noqa: S603 - fixed arguments
                        [
                            _tool("pdftoppm"),
                            "-f",
                            str(page),
                            "-l",
                            str(page),
                            "-r",
                            str(DPI),
                            "-png",
                            "-singlefile",
                            str(pdf),
                            str(target),
                        ],
                        check=True,
                    )
                    print(f"wrote {target}.png (page {page})")
                    break


if __name__ == "__main__":
    main()
