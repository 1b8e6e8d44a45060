"""``render``: a report JSON file as HTML, Markdown or text (the published report).

Warnings of the validation go to stderr; a report with errors is refused (exit 1) unless ``--allow-errors``,
which lists the errors in an annex of the output. ``-o FILE`` is written atomically.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from disclosure_rules._cli._common import CliError, read_text, write_output
from disclosure_rules._models import report_from_json
from disclosure_rules._render import OUTPUT_FORMATS, OutputFormat, RenderError, render
from disclosure_rules._validation import validate

if TYPE_CHECKING:
    import argparse

# An output file's suffix picks the format when --format is not given.
_FORMAT_BY_SUFFIX: Final[dict[str, OutputFormat]] = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
}
EXIT_REPORT_HAS_ERRORS: Final = 1


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
    parser.add_argument("input", metavar="INPUT.json", help="the report as JSON (- for stdin)")
    parser.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default=None,
        help="output format (default: from the -o suffix, else html)",
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
        metavar="REPORT.json",
        default=None,
        help="last year's report of the same agency, for the year-to-year checks (warnings)",
    )
    parser.add_argument(
        "--allow-errors",
        action="store_true",
        help="render a report with validation errors and list the errors in an annex",
    )
    parser.set_defaults(func=run)


def _output_format(args: argparse.Namespace) -> OutputFormat:
    if args.format is not None:
        chosen: OutputFormat = args.format
        return chosen
    if args.output and args.output != "-":
        return _FORMAT_BY_SUFFIX.get(Path(args.output).suffix.lower(), "html")
    return "html"


def run(args: argparse.Namespace) -> int:
    """Validate, print warnings, render, write; 0 on success, 1 when the report has errors."""
    source = "<stdin>" if args.input == "-" else args.input
    report = report_from_json(read_text(args.input), source=source)
    previous = report_from_json(read_text(args.previous), source=args.previous) if args.previous else None
    findings = validate(report, previous)
    for finding in findings:
        if not finding.is_error:
            print(f"{source}: warning [{finding.code}]: {finding.message}", file=sys.stderr)
    errors = [finding for finding in findings if finding.is_error]
    if errors and args.allow_errors:
        for finding in errors:
            print(
                f"{source}: error [{finding.code}] (listed in the annex): {finding.message}", file=sys.stderr
            )
    try:
        text = render(
            report,
            _output_format(args),
            args.template_dir,
            charts=args.charts,
            allow_errors=args.allow_errors,
        )
    except RenderError as exc:
        if exc.code != "render.report_has_errors":
            raise
        for finding in errors:
            print(f"{source}: error [{finding.code}]: {finding.message}", file=sys.stderr)
        raise CliError(
            f"{source}: {len(errors)} validation error(s); nothing written (use --allow-errors to render them "
            "in an annex)",
            exit_status=EXIT_REPORT_HAS_ERRORS,
        ) from None
    write_output(args.output, text)
    return 0
