"""How well the auditor reads a report filed as Word or PDF, measured against the same report as a web page.

Each page of a folder (``.html``/``.txt``, e.g. ``tests/data/published``) is opened by LibreOffice headless and
saved as a Word document and printed to PDF — as an office files its report — and the auditor reads the three.
For each kind it prints: the pages whose format came out the same as the page's, the table cells the page
reading holds that the file reading also holds (the same value), the cells read differently (wrong: must be 0),
and the cells left unread.

    python scripts/audit_documents_evaluate.py tests/data/published

Needs LibreOffice (``soffice``) and the ``pdf`` extra.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from disclosure_rules import AuditError, audit

FILTERS = {"docx": "docx:MS Word 2007 XML", "pdf": "pdf:writer_web_pdf_Export"}


def table_cells(tables: object) -> list[object]:
    """Every cell of a reading's tables, flattened in a fixed order (tables 二, 三, 四)."""
    if isinstance(tables, dict):
        return [cell for key in sorted(tables) if key != "format" for cell in table_cells(tables[key])]
    if isinstance(tables, list):
        return [cell for item in tables for cell in table_cells(item)]
    return [tables]


def page_as_html(page: Path, folder: Path) -> Path:
    """The page as an HTML file LibreOffice opens: copied text becomes one paragraph per line."""
    target = folder / f"{page.stem}.html"
    if page.suffix == ".txt":
        lines = page.read_text(encoding="utf-8").splitlines()
        body = "\n".join(f"<p>{line}</p>" for line in lines if line.strip())
        target.write_text(
            f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>', encoding="utf-8"
        )
    else:
        shutil.copy(page, target)
    return target


def _convert(sources: list[Path], kind: str, folder: Path) -> None:
    tool = shutil.which("soffice")
    if tool is None:
        sys.exit("soffice (LibreOffice) is not installed")
    subprocess.run(  # noqa: S603 - LibreOffice on the pages of a folder the caller named
        [
            tool,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            FILTERS[kind],
            "--outdir",
            str(folder / kind),
            *map(str, sources),
        ],
        capture_output=True,
        check=False,
        timeout=1800,
    )


def _score(kind: str, pages: list[Path], folder: Path) -> dict[str, int]:
    counts = dict.fromkeys(("pages", "format", "cells", "same", "wrong", "unread"), 0)
    for page in pages:
        try:
            expected = audit(page.read_bytes(), source=page.name)
        except AuditError:
            continue
        counts["pages"] += 1
        filed = folder / kind / f"{page.stem}.{kind}"
        try:
            got = audit(filed.read_bytes(), source=filed.name)
        except (AuditError, OSError):
            got = None
        same_format = got is not None and got.format == expected.format
        counts["format"] += same_format
        got_cells = table_cells(got.tables) if got is not None and same_format else []
        for index, want in enumerate(table_cells(expected.tables)):
            if want is None:
                continue
            counts["cells"] += 1
            value = got_cells[index] if index < len(got_cells) else None
            if value is None:
                counts["unread"] += 1
            elif value == want:
                counts["same"] += 1
            else:
                counts["wrong"] += 1
                print(f"  wrong: {kind} {page.name} cell {index}: {value!r} (page: {want!r})")
    return counts


def main() -> int:
    """Print, per kind of file, how many pages and cells read as on the page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    pages = sorted(p for p in args.folder.iterdir() if p.suffix in {".html", ".txt"})
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        sources = [page_as_html(page, folder) for page in pages]
        for kind in FILTERS:
            _convert(sources, kind, folder)
        print("| kind | pages | format as the page | page cells | same | wrong | unread |")
        print("|---|---|---|---|---|---|---|")
        for kind in FILTERS:
            counts = _score(kind, pages, folder)
            row = " | ".join(
                str(counts[key]) for key in ("pages", "format", "cells", "same", "wrong", "unread")
            )
            print(f"| {kind} | {row} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
