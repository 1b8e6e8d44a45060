"""The error of the workbook reader and writer: one line in Chinese naming the file, sheet and cell."""

from __future__ import annotations

from disclosure_rules._errors import InputError


class WorkbookError(InputError):
    """A workbook that cannot be read as a report: the message names the file and ``Sheet!A1`` cell.

    Codes: ``workbook.unreadable`` (corrupt or not a workbook), ``workbook.encrypted`` (password to open),
    ``workbook.old_format`` (binary .xls), ``workbook.too_large``, ``workbook.sheet_missing``,
    ``workbook.label_missing``, ``workbook.not_a_number``, ``workbook.negative``, ``workbook.fraction``,
    ``workbook.too_many_decimals``, ``workbook.formula_unsupported``, ``workbook.invalid_field``,
    ``workbook.unavailable`` (openpyxl not installed), ``workbook.unsupported_year``.
    """

    code = "workbook.unreadable"
