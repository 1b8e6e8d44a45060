"""The report workbook: a blank template in the official shape, and a filled one read back by its labels."""

from __future__ import annotations

from disclosure_rules._workbook._errors import WorkbookError
from disclosure_rules._workbook._reader import WorkbookReading, read_workbook, report_from_xlsx
from disclosure_rules._workbook._template import workbook_template

__all__ = ["WorkbookError", "WorkbookReading", "read_workbook", "report_from_xlsx", "workbook_template"]
