"""Reports given as workbooks: ``validate``, ``render`` and ``template`` read an .xlsx where they read JSON.

The file's suffix decides: ``.xlsx``/``.xlsm`` (and an old ``.xls``, refused with a clear message) are read as
report workbooks by their labels; anything else is report JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Final

from disclosure_rules._cli._common import CliError, level_argument, read_text
from disclosure_rules._models import report_from_json
from disclosure_rules._workbook import WorkbookError, WorkbookReading, read_workbook

if TYPE_CHECKING:
    import argparse

    from disclosure_rules._models import AgencyLevel, AnyReport

WORKBOOK_SUFFIXES: Final = frozenset({".xlsx", ".xlsm", ".xls"})


def is_workbook(path: str) -> bool:
    """Whether a report file is a workbook (by its suffix)."""
    return path != "-" and Path(path).suffix.lower() in WORKBOOK_SUFFIXES


@dataclass(frozen=True, slots=True)
class WorkbookInfo:
    """``--agency``, ``--level``, ``--year``: the 报告信息 of a workbook whose template has no such sheet."""

    agency: str | None = None
    level: AgencyLevel | None = None
    year: int | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> WorkbookInfo:
        return cls(args.agency, args.level, args.year)

    @property
    def given(self) -> bool:
        return self.agency is not None or self.level is not None or self.year is not None

    def of_year(self, year: int) -> WorkbookInfo:
        return replace(self, year=year)


def add_workbook_info_options(parser: argparse.ArgumentParser) -> None:
    """The options that stand in for a workbook's 报告信息 sheet (a province's own template may have none)."""
    group = parser.add_argument_group(
        "workbook without a 报告信息 sheet",
        "a province's own template often has only the tables: give the agency, its level and the year here; "
        "where the workbook has the sheet, a value given here must agree with it",
    )
    group.add_argument("--agency", metavar="NAME", default=None, help="the agency's full name (机关名称)")
    group.add_argument("--level", type=level_argument, default=None, help="the agency's level (机关层级)")
    group.add_argument("--year", type=int, default=None, help="the year the report is on (报告年度)")


def load_report(path: str, info: WorkbookInfo | None = None) -> tuple[AnyReport, WorkbookReading | None]:
    """A report from a JSON file (``-``: stdin) or a workbook; for a workbook, also where each cell was read."""
    info = info or WorkbookInfo()
    if is_workbook(path):
        reading = read_workbook(path, agency=info.agency, level=info.level, year=info.year)
        return reading.report, reading
    if info.given:
        raise CliError(
            f"{path}: --agency, --level and --year are for an .xlsx workbook; a JSON report carries its own",
            code="cli.usage",
            message_zh=f"{path}：--agency、--level、--year 只用于 .xlsx 工作簿；JSON 报告自带机关名称、层级和年度",
        )
    source = "<stdin>" if path == "-" else path
    return report_from_json(read_text(path), source=source), None


def load_previous(path: str, info: WorkbookInfo, year: int | None) -> AnyReport:
    """``--previous``: the same agency's report for ``year``.

    A workbook with its own 报告信息 sheet is read as it is (an agency renamed since last year is still the same
    agency); only a workbook without the sheet takes the agency and level given, and ``year``.
    """
    try:
        return load_report(path)[0]
    except WorkbookError as exc:
        if exc.code != "workbook.info_missing" or not (info.given and is_workbook(path)):
            raise
    return load_report(path, info.of_year(year) if year is not None else replace(info, year=None))[0]
