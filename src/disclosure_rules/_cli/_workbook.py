"""Reports given as workbooks: ``validate``, ``render`` and ``template`` read an .xlsx where they read JSON.

The file's suffix decides: ``.xlsx``/``.xlsm`` (and an old ``.xls``, refused with a clear message) are read as
report workbooks by their labels; anything else is report JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from disclosure_rules._cli._common import read_text
from disclosure_rules._models import report_from_json
from disclosure_rules._workbook import WorkbookReading, read_workbook

if TYPE_CHECKING:
    from disclosure_rules._models import AnyReport

WORKBOOK_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xls"})


def is_workbook(path: str) -> bool:
    """Whether a report file is a workbook (by its suffix)."""
    return path != "-" and Path(path).suffix.lower() in WORKBOOK_SUFFIXES


def load_report(path: str) -> tuple[AnyReport, WorkbookReading | None]:
    """A report from a JSON file (``-``: stdin) or a workbook; for a workbook, also where each cell was read."""
    if is_workbook(path):
        reading = read_workbook(path)
        return reading.report, reading
    source = "<stdin>" if path == "-" else path
    return report_from_json(read_text(path), source=source), None
