"""Every cap the library puts on what it accepts: one table, what each protects against, how to raise it.

A supervising office runs ``check`` on whatever a crawler brings back, and platforms accept report files and
templates from many agencies: no input may take the machine down. Each limit below is far above anything a
real report, record file or template needs (the reason is next to it) and turns a hostile input into one
coded error (or, where a reader can carry on, a note saying what it dropped).

Limits marked *overridable* read an environment variable at the moment they are used, so a caller with a
genuinely larger input raises the cap without a code change (``DISCLOSURE_RULES_MAX_INPUT_BYTES=200000000``).
The number bounds of the models are part of the data format and fixed. ``docs/security.md`` lists them all.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from disclosure_rules._errors import DisclosureRulesError


class LimitError(DisclosureRulesError):
    """An input beyond one of the documented limits; ``code`` is ``limits.<name>``."""

    code = "limits.exceeded"


@dataclass(frozen=True, slots=True)
class Limit:
    """One cap: its value, the environment variable that overrides it (if any) and what it protects against."""

    name: str
    default: int
    unit: str
    protects: str
    env: str | None = None

    @property
    def value(self) -> int:
        """The cap in force: the environment variable's value when set to a positive integer, else the default."""
        if self.env is None:
            return self.default
        raw = os.environ.get(self.env, "").strip()
        if not raw:
            return self.default
        if not raw.isdigit() or len(raw) > 18:  # noqa: PLR2004 - 18 digits always fit a machine integer
            raise LimitError(
                f"environment variable {self.env}={raw!r} is not a positive integer (the {self.name} limit)",
                code="limits.bad_override",
                message_zh=f"环境变量 {self.env}={raw!r} 不是正整数（{self.name} 的上限）",
            )
        return max(int(raw), 1)


_MB: Final = 1024 * 1024

# --------------------------------------------------------------------------------------------------
# Numbers: fixed, part of the data format
# --------------------------------------------------------------------------------------------------

# A count cell: the largest figure any report or roll-up can hold is a national total of decisions
# (行政许可 of a whole province is in the millions); 10^12 - 1 leaves six orders of magnitude of headroom and
# keeps every sum of a roll-up far inside exact integer and Decimal arithmetic.
MAX_COUNT: Final = 999_999_999_999
# A signed change (2019 format, 本年增/减): the same bound either way.
MIN_CHANGE: Final = -MAX_COUNT
# Amounts (万元, 元) and percentages: at most 18 significant digits with at most 6 decimals (0.01 元 in 万元),
# and no exponent beyond that: "1E+999999" is a 12-byte amount that renders as a million digits.
MAX_AMOUNT: Final = Decimal(MAX_COUNT)
AMOUNT_MAX_DIGITS: Final = 18
AMOUNT_DECIMAL_PLACES: Final = 6
# A run of digits in a page read by the auditor is cut to this many digits (and noted): no published figure
# is longer, and a longer run is what makes Python refuse int() (4300 digits) or a regex backtrack.
MAX_DIGIT_RUN: Final = 30

# --------------------------------------------------------------------------------------------------
# Sizes and work: each overridable by its environment variable
# --------------------------------------------------------------------------------------------------

INPUT_BYTES: Final = Limit(
    "input_bytes",
    16 * _MB,
    "bytes",
    "a file the CLI reads whole (report JSON, page, schedule, scheme, rules, template): /dev/zero or a "
    "multi-gigabyte file would fill memory; a published page is under 5 MB, a report under 100 KB. Reading "
    "a page takes about 30 times its size in memory (16 MB: 0.5 GB, 19 s; 60 MB: over 1.5 GB)",
    "DISCLOSURE_RULES_MAX_INPUT_BYTES",
)
RECORD_FILE_BYTES: Final = Limit(
    "record_file_bytes",
    256 * _MB,
    "bytes",
    "a request or item record file (CSV, JSON Lines, xlsx) streamed by aggregate/classify: bounds the time "
    "of one run; a year of a large city's requests is under 50 MB",
    "DISCLOSURE_RULES_MAX_RECORD_FILE_BYTES",
)
RECORD_LINE_BYTES: Final = Limit(
    "record_line_bytes",
    _MB,
    "bytes",
    "one line of a record file streamed line by line (classify --input): /dev/zero or a file with no line "
    "breaks would otherwise be held whole; a record line is under 10 KB",
    "DISCLOSURE_RULES_MAX_RECORD_LINE_BYTES",
)
CSV_FIELD_CHARS: Final = Limit(
    "csv_field_chars",
    131_072,
    "characters",
    "one CSV field (Python's csv default): an unterminated quote would otherwise swallow the whole file",
    "DISCLOSURE_RULES_MAX_CSV_FIELD_CHARS",
)
XLSX_EMPTY_ROWS: Final = Limit(
    "xlsx_empty_rows",
    10_000,
    "rows",
    "empty rows in a row in an .xlsx sheet (a 645 KB workbook can declare 30 million: 84 s, 2.9 GB); past the "
    "limit the file is refused, since records after the gap would otherwise be lost",
    "DISCLOSURE_RULES_MAX_XLSX_EMPTY_ROWS",
)
GRID_SLOTS: Final = Limit(
    "grid_slots",
    200_000,
    "grid slots per table",
    "rowspan/colspan of a page's table: every cell may claim 200×200 slots, a 261 KB page 9.8 GB; a report "
    "table has a few hundred slots. Spans beyond the budget are read as 1 and the page gets a note",
    "DISCLOSURE_RULES_MAX_GRID_SLOTS",
)
DOCUMENT_PAGES: Final = Limit(
    "document_pages",
    500,
    "pages",
    "pages of a PDF the auditor extracts text from: a crafted PDF can declare millions of pages, each parsed; "
    "an annual report has 5 to 40",
    "DISCLOSURE_RULES_MAX_DOCUMENT_PAGES",
)
DOCUMENT_XML_BYTES: Final = Limit(
    "document_xml_bytes",
    64 * _MB,
    "bytes",
    "the unpacked body (word/document.xml) of a Word file the auditor reads: a zip of a few kilobytes can "
    "unpack to gigabytes; a report's body is under 2 MB",
    "DISCLOSURE_RULES_MAX_DOCUMENT_XML_BYTES",
)
TEMPLATE_OUTPUT_CHARS: Final = Limit(
    "template_output_chars",
    20 * _MB,
    "characters",
    "what one render of a user template may produce ('x' * 10**10, ''|center(10**10), nested loops); a "
    "rendered report is under 200 KB",
    "DISCLOSURE_RULES_MAX_TEMPLATE_OUTPUT_CHARS",
)
TEMPLATE_RANGE: Final = Limit(
    "template_range",
    100_000,
    "items",
    "range() in a user template, and the length of a string or list a template makes with * or **",
    "DISCLOSURE_RULES_MAX_TEMPLATE_RANGE",
)
TEMPLATE_SECONDS: Final = Limit(
    "template_seconds",
    30,
    "seconds",
    "the wall time of one render of a user template (loops that produce no output)",
    "DISCLOSURE_RULES_MAX_TEMPLATE_SECONDS",
)

LIMITS: Final = (
    INPUT_BYTES,
    RECORD_FILE_BYTES,
    RECORD_LINE_BYTES,
    CSV_FIELD_CHARS,
    XLSX_EMPTY_ROWS,
    GRID_SLOTS,
    DOCUMENT_PAGES,
    DOCUMENT_XML_BYTES,
    TEMPLATE_OUTPUT_CHARS,
    TEMPLATE_RANGE,
    TEMPLATE_SECONDS,
)
"""The overridable limits, in the order docs/security.md lists them."""


# Each limit's unit as the one-line error a clerk reads says it (the English unit stays in the documentation).
UNITS_ZH: Final = {
    "bytes": "字节",
    "characters": "个字符",
    "rows": "行",
    "grid slots per table": "个单元格位置（每张表）",
    "pages": "页",
    "items": "项",
    "seconds": "秒",
}


def too_large(what: str, limit: Limit, size: int | None = None) -> LimitError:
    """The coded error for an input ``what`` (a file name) beyond ``limit``, naming how to raise it."""
    return _too_large(what, what, limit, size)


def part_too_large(name: str, part: str, part_en: str, limit: Limit, size: int | None = None) -> LimitError:
    """The coded error for a part of the input ``name`` beyond ``limit``, the part named in each language.

    ``part`` names it in the Chinese line (``x.csv：一行``), ``part_en`` in the English message (``x.csv: a line``).
    """
    return _too_large(f"{name}：{part}", f"{name}: {part_en}", limit, size)


def _too_large(what: str, what_en: str, limit: Limit, size: int | None) -> LimitError:
    unit = UNITS_ZH.get(limit.unit, limit.unit)
    measured = f"（实为 {size} {unit}）" if size is not None else ""
    how = f"；确需处理请设置环境变量 {limit.env}" if limit.env else ""
    measured_en = f" (got {size})" if size is not None else ""
    how_en = f"; set the environment variable {limit.env} to raise it" if limit.env else ""
    return LimitError(
        f"{what_en}: over the limit of {limit.value} {limit.unit}{measured_en}{how_en}",
        code=f"limits.{limit.name}",
        message_zh=f"{what}：超过上限 {limit.value} {unit}{measured}{how}",
    )
