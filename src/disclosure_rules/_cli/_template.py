"""``template``: a blank report workbook in the official shape of the 2021 format, to fill in Excel or WPS."""

from __future__ import annotations

from typing import TYPE_CHECKING

from disclosure_rules._cli._common import level_argument, write_binary_output
from disclosure_rules._cli._workbook import WorkbookInfo, load_previous
from disclosure_rules._workbook import workbook_template

if TYPE_CHECKING:
    import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``template`` subcommand."""
    parser = subparsers.add_parser(
        "template",
        help=help_line,
        description=(
            "Write a report workbook: 表二, 表三 and 表四 as the 2021 format prints them (labels locked, totals "
            "as formulas, number cells validated), a 报告信息 sheet for the agency, year and text sections, and "
            "a 填报说明 sheet. Fill it in, then `validate` and `render` it."
        ),
    )
    parser.add_argument("--format", choices=("xlsx",), default="xlsx", help="template format (default: xlsx)")
    parser.add_argument("--year", type=int, default=None, help="the report's year (default: last year)")
    parser.add_argument("--agency", metavar="NAME", default=None, help="the agency's full name")
    parser.add_argument(
        "--level",
        type=level_argument,
        default=None,
        help="the agency's level: 国务院部门、省级政府、市级政府、县级政府、乡镇/街道、政府部门、其他 (or 镇人民政府, 街道办事处 …)",
    )
    parser.add_argument(
        "--previous",
        metavar="LAST_YEAR.json|.xlsx",
        default=None,
        help="last year's report: pre-fills 上年结转 and 现行有效件数 (marked with a note)",
    )
    parser.add_argument("-o", "--output", metavar="FILE.xlsx", required=True, help="the workbook to write")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the workbook and write it atomically."""
    info = WorkbookInfo(args.agency, args.level, None)  # a province's workbook from last year may need them
    previous_year = args.year - 1 if args.year is not None else None
    previous = load_previous(args.previous, info, previous_year) if args.previous else None
    data = workbook_template(year=args.year, agency=args.agency, level=args.level, previous=previous)
    write_binary_output(args.output, data)
    return 0
