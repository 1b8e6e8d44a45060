"""``render``: a report JSON file or filled workbook as HTML, Markdown, text, Word or PDF (the published report).

Warnings of the validation go to stderr; a report with errors is refused (exit 1) unless ``--allow-errors``,
which lists the errors in an annex of the output. ``-o FILE`` is written atomically.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from disclosure_rules._cli._common import CliError, write_output
from disclosure_rules._cli._workbook import (
    WorkbookInfo,
    add_workbook_info_options,
    load_previous,
    load_report,
)
from disclosure_rules._render import (
    ALL_FORMATS,
    DOCUMENT_FORMATS,
    DocumentFormat,
    OutputFormat,
    RenderError,
    render,
)
from disclosure_rules._validation import validate

if TYPE_CHECKING:
    import argparse

    from disclosure_rules._validation import Finding

# An output file's suffix picks the format when --format is not given.
_FORMAT_BY_SUFFIX: Final[dict[str, OutputFormat | DocumentFormat]] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
}
EXIT_REPORT_HAS_ERRORS: Final = 1
# A warning about many blank cells names the first few of them.
_CELLS_SHOWN: Final = 6


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``render`` subcommand."""
    parser = subparsers.add_parser(
        "render",
        help=help_line,
        description=(
            "Render a report (JSON) as the published annual report. The report is validated first: warnings "
            "are printed to stderr; errors stop rendering (exit 1) unless --allow-errors is given."
        ),
    )
    parser.add_argument(
        "input", metavar="INPUT.json|.xlsx", help="the report as JSON (- for stdin) or a filled workbook"
    )
    parser.add_argument(
        "--format",
        choices=ALL_FORMATS,
        default=None,
        help="output format (default: from the -o suffix, else html); docx and pdf need -o",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", default=None, help="output file (default or -: stdout)"
    )
    parser.add_argument(
        "--template-dir",
        metavar="DIR",
        default=None,
        help="folder of templates searched before the bundled ones (override or extend one template)",
    )
    parser.add_argument("--charts", action="store_true", help="add charts (inline SVG in HTML)")
    parser.add_argument(
        "--previous",
        metavar="REPORT.json|.xlsx",
        default=None,
        help="last year's report of the same agency, for the year-to-year checks (warnings)",
    )
    parser.add_argument(
        "--allow-errors",
        action="store_true",
        help="render a report with validation errors and list the errors in an annex",
    )
    add_workbook_info_options(parser)
    parser.set_defaults(func=run)


def _output_format(args: argparse.Namespace) -> OutputFormat | DocumentFormat:
    if args.format is not None:
        chosen: OutputFormat | DocumentFormat = args.format
        return chosen
    if args.output and args.output != "-":
        return _FORMAT_BY_SUFFIX.get(Path(args.output).suffix.lower(), "html")
    return "html"


def _where(finding: Finding) -> str:
    """The workbook cells of a finding from a workbook (`` [表三!H12]``), empty otherwise."""
    cells = list(dict.fromkeys(ref.workbook_cell for ref in finding.cells if ref.workbook_cell))
    more = f"等{len(cells)}处" if len(cells) > _CELLS_SHOWN else ""
    return f" [{'、'.join(cells[:_CELLS_SHOWN])}{more}]" if cells else ""


def finding_line(source: str, finding: Finding, note: str = "") -> str:
    """A finding as ``render`` prints it on stderr: ``报告.json：[提示] code：message [表三!H12]``."""
    return f"{source}：[{finding.severity.label}] {finding.code}{note}：{finding.message}{_where(finding)}"


def run(args: argparse.Namespace) -> int:
    """Validate, print warnings, render, write; 0 on success, 1 when the report has errors."""
    source = "<stdin>" if args.input == "-" else args.input
    output_format = _output_format(args)
    if output_format in DOCUMENT_FORMATS and (
        args.output is None or (args.output == "-" and sys.stdout.isatty())
    ):
        raise CliError(
            f"{output_format} is a binary document; give the output file with -o FILE.{output_format}",
            code="cli.cannot_write",
            message_zh=f"{output_format} 是二进制文件，请用 -o FILE.{output_format} 指定输出文件",
        )
    info = WorkbookInfo.from_args(args)
    report, reading = load_report(args.input, info)
    previous = load_previous(args.previous, info, report.year - 1) if args.previous else None
    findings = validate(report, previous)
    if reading is not None:
        findings = reading.locate(findings)
    for finding in findings:
        if not finding.is_error:
            print(
                finding_line(source, finding),
                file=sys.stderr,
            )
    errors = [finding for finding in findings if finding.is_error]
    if errors and args.allow_errors:
        for finding in errors:
            print(
                finding_line(source, finding, "（已列入文末附件）"),
                file=sys.stderr,
            )
    try:
        text = render(
            report,
            output_format,
            args.template_dir,
            charts=args.charts,
            allow_errors=args.allow_errors,
        )
    except RenderError as exc:
        if exc.code != "render.report_has_errors":
            raise
        for finding in errors:
            print(
                finding_line(source, finding),
                file=sys.stderr,
            )
        message = f"{source}：有{len(errors)}个校验错误，未生成文件（确需先出草稿请加 --allow-errors，错误会列在文末附件中）"
        raise CliError(
            f"{source}: {len(errors)} validation error(s), no file written (--allow-errors writes a draft"
            " with the errors listed in an appendix)",
            code=exc.code,
            exit_status=EXIT_REPORT_HAS_ERRORS,
            message_zh=message,
        ) from None
    write_output(args.output, text)
    return 0
