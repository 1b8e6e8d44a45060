"""``validate``: check a report (JSON, or a filled .xlsx workbook) against the rules of its format."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from disclosure_rules._cli._common import write_output
from disclosure_rules._cli._workbook import (
    WorkbookInfo,
    add_workbook_info_options,
    load_previous,
    load_report,
)
from disclosure_rules._labels import FORMAT_NAMES
from disclosure_rules._validation import Finding, has_errors, validate

if TYPE_CHECKING:
    import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``validate`` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help=help_line,
        description=(
            "Check a report against its format's identities (errors) and plausibility checks (warnings). "
            "Exit status: 0 no errors, 1 errors found, 2 the file could not be read as a report."
        ),
    )
    parser.add_argument(
        "report",
        metavar="REPORT.json|.xlsx",
        help="the report to check (JSON, or a workbook from `template`)",
    )
    parser.add_argument(
        "--previous", metavar="REPORT.json|.xlsx", help="the same agency's report for the year before"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    add_workbook_info_options(parser)
    parser.set_defaults(func=run)


def format_finding_text(finding: Finding) -> str:
    """One finding as a line (or a few) for people: severity, code, message, cells."""
    line = f"[{finding.severity.label}] {finding.code}: {finding.message}"
    if finding.location:
        line += f"\n    位置：{finding.location}"
    if finding.source:
        line += f"\n    依据：{finding.source}"
    return line


def run(args: argparse.Namespace) -> int:
    """Validate and print the findings; exit 1 when any is an error."""
    info = WorkbookInfo.from_args(args)
    report, reading = load_report(args.report, info)
    previous = load_previous(args.previous, info, report.year - 1) if args.previous else None
    findings = validate(report, previous)
    if reading is not None:
        findings = reading.locate(findings)  # each finding names its workbook cell (表三!H12)
    if args.format == "json":
        payload = {
            "file": args.report,
            "format": report.report_format,
            "errors": sum(1 for f in findings if f.is_error),
            "warnings": sum(1 for f in findings if not f.is_error),
            "findings": [f.model_dump(mode="json") for f in findings],
        }
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    else:
        errors = sum(1 for f in findings if f.is_error)
        lines = [
            f"{args.report}: {report.display_title}（{FORMAT_NAMES[report.report_format]}）",
            *(format_finding_text(finding) for finding in findings),
            f"{errors} 个错误，{len(findings) - errors} 个提示。",
        ]
        text = "\n".join(lines) + "\n"
    write_output(args.output, text)
    return 1 if has_errors(findings) else 0
