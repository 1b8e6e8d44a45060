"""Errors of the aggregator, each with a stable dotted code, and the record of one bad input row.

::

    DisclosureRulesError
    └── AggregateError                 ``aggregate.*``: input the aggregator cannot count
        ├── BadRowError                ``aggregate.bad_row``: one row, named by file, line and column
        └── EncodingError            ``aggregate.encoding``: a text file in an encoding it cannot read
"""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_rules._errors import DisclosureRulesError


class AggregateError(DisclosureRulesError):
    """Input that cannot be aggregated (a missing column, an inconsistent previous report, mixed years …)."""

    code = "aggregate.invalid"


@dataclass(frozen=True, slots=True)
class BadRow:
    """One input row that could not be counted: where it is, which column, what was wrong.

    ``reason`` is a stable short code (``date``, ``outcome``, ``applicant``, ``missing``, ``order``,
    ``closed_without_outcome``, ``outcome_without_closed``, ``fields``, ``json``, ``history``, ``record``).
    """

    source: str
    line: int
    column: str | None
    reason: str
    message: str
    value: str | None = None

    code = "aggregate.bad_row"

    def describe(self) -> str:
        """One line: ``file:line: column NAME: message``."""
        where = f"{self.source}:{self.line}"
        column = f" column {self.column}:" if self.column else ""
        return f"{where}:{column} {self.message}"


class BadRowError(AggregateError):
    """A row that cannot be counted; ``row`` says where and why (``skip_bad_rows`` turns these into a list)."""

    code = "aggregate.bad_row"

    def __init__(self, row: BadRow) -> None:
        super().__init__(row.describe())
        self.row = row


class EncodingError(AggregateError):
    """A text file whose encoding is neither UTF-8 (with or without BOM) nor GBK/GB18030."""

    code = "aggregate.encoding"
