"""openpyxl, imported on first use: it is an optional dependency (the ``xlsx`` extra) and ships no types."""

from __future__ import annotations

import importlib
from typing import Any

from disclosure_rules._workbook._errors import WorkbookError


def openpyxl_module(name: str = "openpyxl") -> Any:  # noqa: ANN401 - openpyxl has no type information
    """The openpyxl module (or a submodule); a missing install is a ``WorkbookError`` saying what to install."""
    try:
        return importlib.import_module(name)
    except ImportError:
        raise WorkbookError(
            "reading and writing Excel workbooks needs openpyxl: pip install 'disclosure-rules[xlsx]'",
            code="workbook.unavailable",
            message_zh="读写 Excel 工作簿需要 openpyxl：pip install 'disclosure-rules[xlsx]'",
        ) from None
