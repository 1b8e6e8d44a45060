"""``check FILE… [--format text|json] [--previous FILE]``: audit reports as published on a website.

Each FILE is an HTML page as saved from a government site (UTF-8, GBK or GB18030) or text copied from one.
Exit status: 0 when no errors were found, 1 when some were, 2 when a file could not be read as a report.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Final

from disclosure_rules._audit import AuditError, AuditResult, audit
from disclosure_rules._audit._auditor import UNKNOWN_AGENCY
from disclosure_rules._audit._charset import decode_page
from disclosure_rules._cli._common import CliError, read_bytes, write_output
from disclosure_rules._errors import InputError

if TYPE_CHECKING:
    import argparse

    from disclosure_rules._models import AnyReport

EXIT_CLEAN: Final = 0
EXIT_FINDINGS: Final = 1
EXIT_UNREADABLE: Final = 2


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``check`` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help="audit annual reports as published (HTML pages or copied text)",
        description=(
            "Read annual reports as published on a website, map every table cell to its official row and "
            "column, and report what is wrong: broken totals, cells not filled, prose that contradicts the "
            "tables, legacy shares that do not fit their counts. Exit 0: no errors; 1: errors found; "
            "2: a file could not be read as a report."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="report page (.html) or copied text (.txt)")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the reports to FILE instead of stdout")
    parser.add_argument(
        "--previous",
        action="append",
        default=[],
        metavar="FILE",
        help="an earlier year's report of the same agency (repeatable): enables continuity checks",
    )
    parser.set_defaults(func=run)


def read_page(path: str) -> str:
    """Read a report file in any of the charsets government sites use; ``-`` is stdin."""
    name = "<stdin>" if path == "-" else path
    data = sys.stdin.buffer.read() if path == "-" else read_bytes(path)
    try:
        return decode_page(data, name)
    except InputError as exc:
        raise CliError(exc.message) from None


def _same_agency(left: AnyReport, right: AnyReport) -> bool:
    # An agency the page does not name cannot be matched to another page.
    return left.agency.name == right.agency.name and left.agency.name != UNKNOWN_AGENCY


def _text_report(result: AuditResult) -> str:
    errors = sum(1 for finding in result.findings if finding.is_error)
    warnings = len(result.findings) - errors
    lines = [
        (
            f"{result.file}: {result.format} format (confidence {result.confidence:.2f}), "
            f"{result.report.agency.name} {result.year or '年度不详'}: {errors} error(s), {warnings} warning(s)"
        )
    ]
    for finding in result.findings:
        place = f" [{finding.location}]" if finding.location else ""
        lines.append(f"  {finding.severity.value:<7} {finding.code}: {finding.message}{place}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Audit every file; print one report per file (text or JSON) and return the exit status."""
    pages: dict[str, str] = {}
    for path in [*args.previous, *args.files]:
        pages[path] = read_page(path)
    results: dict[str, AuditResult] = {}
    failures: dict[str, AuditError] = {}
    for path, page in pages.items():
        try:
            results[path] = audit(page, source=path)
        except AuditError as exc:
            failures[path] = exc
    outputs: list[AuditResult | tuple[str, AuditError]] = []
    for path in args.files:
        if path in failures:
            outputs.append((path, failures[path]))
            continue
        result = results[path]
        earlier = [
            other.report
            for other_path, other in results.items()
            if other_path != path
            and (other_path in args.previous or _same_agency(other.report, result.report))
        ]
        if earlier:
            result = audit(pages[path], previous=earlier, source=path)
        outputs.append(result)
    _print(outputs, args.format, args.output)
    for path in args.previous:
        if path in failures:
            print(
                f"check: {path} (--previous): 已忽略 [{failures[path].code}]：{failures[path].message_zh}",
                file=sys.stderr,
            )
    if failures.keys() & set(args.files):
        return EXIT_UNREADABLE
    return (
        EXIT_FINDINGS
        if any(isinstance(item, AuditResult) and item.has_errors for item in outputs)
        else EXIT_CLEAN
    )


def _print(
    outputs: list[AuditResult | tuple[str, AuditError]], output_format: str, output: str | None
) -> None:
    if output_format == "json":
        items = [
            item.to_json_dict()
            if isinstance(item, AuditResult)
            else {
                "file": item[0],
                "error": {"code": item[1].code, "message": item[1].message, "message_zh": item[1].message_zh},
            }
            for item in outputs
        ]
        write_output(output, json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    else:
        write_output(output, "".join(_text_report(item) for item in outputs if isinstance(item, AuditResult)))
    for item in outputs:
        if not isinstance(item, AuditResult):
            print(f"check: {item[0]}: 错误 [{item[1].code}]：{item[1].message_zh}", file=sys.stderr)
