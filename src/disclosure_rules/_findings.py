"""Findings: what validation, rendering, auditing and aggregation report about a report, in one shape.

A :class:`Finding` has a stable dotted ``code`` (tests and other systems match it), a :class:`Severity`, a Chinese
``message`` for the staff who fill the report in, and the cells (:class:`CellRef`) it is about.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, SerializerFunctionWrapHandler, model_serializer

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["CellRef", "Finding", "Severity", "has_errors"]


class Severity(StrEnum):
    """How serious a finding is: an error breaks a mandatory rule; a warning is worth a look."""

    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        """The word staff see: 错误 (must be fixed) or 提示 (worth a look)."""
        return "错误" if self is Severity.ERROR else "提示"


class CellRef(BaseModel):
    """The address of a cell by its official labels: table, row, column.

    ``workbook_cell`` is where the cell sits in the workbook the report was read from (``表三!H12``); it is
    set only for reports read from a workbook and left out of dumps otherwise, so other outputs stay as they were.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    table: str  # 表二, 表三, 表四, or a legacy figure group
    row: str
    column: str | None = None
    workbook_cell: str | None = None

    @model_serializer(mode="wrap")
    def _without_absent_workbook_cell(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data: dict[str, object] = handler(self)
        if self.workbook_cell is None:
            data.pop("workbook_cell", None)
        return data


class Finding(BaseModel):
    """One problem found in a report.

    ``code`` is stable (tests and other systems match it); ``message`` is Chinese prose for the staff who
    fill the report in; ``source`` names the rule (the format's note, an article, or the library's check).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    severity: Severity
    message: str
    cells: tuple[CellRef, ...] = ()
    expected: int | str | None = None
    actual: int | str | None = None
    source: str = ""
    location: str | None = None  # where in a published page or text the finding comes from
    confidence: float | None = None  # the auditor's certainty of the reading behind it (0–1); None: not read

    @property
    def is_error(self) -> bool:
        """True for a broken mandatory rule."""
        return self.severity is Severity.ERROR


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether any finding is an error."""
    return any(finding.is_error for finding in findings)
