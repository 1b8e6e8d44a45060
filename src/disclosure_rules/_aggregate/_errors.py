"""Errors of the aggregator, each with a stable dotted code, and the record of one bad input row.

::

    DisclosureRulesError
    └── AggregateError                 ``aggregate.*``: input the aggregator cannot count
        ├── BadRowError                ``aggregate.bad_row``: one row, named by file, line and column
        └── EncodingError            ``aggregate.encoding``: a text file in an encoding it cannot read

A counter raises :class:`RowProblem` inside its row loop and turns it into a :class:`BadRow` (raised as
:class:`BadRowError`, or listed when bad rows are skipped: ``_tally.BadRows``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from disclosure_rules._api_guard import public_class
from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._messages import ERROR_MESSAGES_ZH
from disclosure_rules._parsing import DATE_PROBLEM_ZH


class AggregateError(DisclosureRulesError):
    """Input that cannot be aggregated (a missing column, an inconsistent previous report, mixed years …)."""

    code = "aggregate.invalid"


@public_class
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
    message_zh: str | None = field(default=None, compare=False)

    code = "aggregate.bad_row"

    def describe(self) -> str:
        """One line: ``file:line: column NAME: message``."""
        where = f"{self.source}:{self.line}"
        column = f" column {self.column}:" if self.column else ""
        return f"{where}:{column} {self.message}"

    def describe_zh(self) -> str:
        """One Chinese line for staff: ``“file”第N行“column”列：message``."""
        column = f"“{self.column}”列" if self.column else ""
        problem = self.message_zh or _REASONS_ZH.get(self.reason, "无法读取")
        return f"“{self.source}”第{self.line}行{column}：{problem}"


# The reasons of ``BadRow`` in Chinese, for a bad row made without a sentence of its own.
_REASONS_ZH: dict[str, str] = {
    "date": "日期无法识别",
    "outcome": "办理结果无法识别",
    # the classifier's own words for the same problem: one sentence whichever step meets the type
    "applicant": ERROR_MESSAGES_ZH["classify.unknown_applicant_type"],
    "missing": "必填内容为空",
    "order": "日期先后顺序不对",
    "closed_without_outcome": "已办结但办理结果为空",
    "outcome_without_closed": "已填办理结果但办结日期为空",
    "fields": "字段个数与表头不符",
    "json": "不是有效的 JSON 对象",
    "history": "办理过程记录有误",
    "record": "记录有误",
    "channel": "申请渠道无法识别",
}


class BadRowError(AggregateError):
    """A row that cannot be counted; ``row`` says where and why (``skip_bad_rows`` turns these into a list)."""

    code = "aggregate.bad_row"

    def __init__(self, row: BadRow, *, message_zh: str | None = None) -> None:
        super().__init__(row.describe(), message_zh=message_zh or row.describe_zh())
        self.row = row


class EncodingError(AggregateError):
    """A text file whose encoding is neither UTF-8 (with or without BOM) nor GBK/GB18030."""

    code = "aggregate.encoding"


class RowProblem(Exception):  # noqa: N818 - internal control flow: the counters turn it into a BadRow
    """What is wrong with the row being counted; the counter adds the file and line (:meth:`bad_row`)."""

    def __init__(
        self, column: str | None, reason: str, message: str, value: str | None = None, *, message_zh: str
    ) -> None:
        super().__init__(message)
        self.column = column
        self.reason = reason
        self.message = message
        self.value = value
        self.message_zh = message_zh

    def bad_row(self, source: str, line: int) -> BadRow:
        """The bad row this problem makes at ``line`` of ``source``."""
        return BadRow(
            source, line, self.column, self.reason, self.message, self.value, message_zh=self.message_zh
        )

    @classmethod
    def too_few_fields(cls, fields: int, header: int) -> RowProblem:
        """A row shorter than the columns it needs."""
        return cls(
            None,
            "fields",
            f"the row has {fields} fields, the header has {header}",
            message_zh=f"本行只有{fields}个字段，表头有{header}列",
        )

    @classmethod
    def empty(cls, column: str, what: str, what_zh: str) -> RowProblem:
        """A required cell left empty (``what``: "the request id", ``what_zh``: "申请编号")."""
        return cls(column, "missing", f"{what} is empty", message_zh=f"{what_zh}为空")

    @classmethod
    def not_a_date(cls, column: str, text: str, exc: ValueError) -> RowProblem:
        """A date cell that is no date."""
        return cls(column, "date", str(exc), text, message_zh=f"“{text}”{DATE_PROBLEM_ZH}")
