"""``check PATH… [--format text|json|jsonl|csv] [-o FILE] [--jobs N] [--dashboard FILE.html] [--min-confidence C]``.

Audit published reports.

Each PATH is an HTML page as saved from a government site (UTF-8, GBK, GB18030, Big5) or text copied from one,
a folder of them (walked recursively), or ``-``: one path a line on stdin. Files that are not report pages are
passed over with a note on stderr. Exit status: 0 when no errors were found, 1 when some report has errors,
2 when no file could be read as a report.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import sys
from typing import TYPE_CHECKING, Any, Final

from disclosure_rules._audit import AuditError, audit
from disclosure_rules._audit._documents import page_text
from disclosure_rules._audit._result import CONFIDENCE_THRESHOLDS
from disclosure_rules._cli._common import (
    CliError,
    jobs_argument,
    not_a_level_zh,
    read_json_or_toml,
    same_output_twice,
    streamed_output,
    write_output,
)
from disclosure_rules._errors import InputError
from disclosure_rules._files import read_bytes
from disclosure_rules._models import AgencyLevel
from disclosure_rules._supervise._dashboard import render_dashboard
from disclosure_rules._supervise._inputs import candidates
from disclosure_rules._supervise._pages import ROW_COLUMNS, UNREADABLE, PageCheck, check_found
from disclosure_rules._supervise._progress import Progress

if TYPE_CHECKING:
    from disclosure_rules._cli._common import TextSink
    from disclosure_rules._models import AnyReport

__all__ = ["register", "run"]

EXIT_CLEAN: Final = 0
EXIT_FINDINGS: Final = 1
EXIT_UNREADABLE: Final = 2
FORMATS: Final = ("text", "json", "jsonl", "csv")
#: Excel takes a CSV file for UTF-8 only when it starts with a byte-order mark.
CSV_BOM: Final = "\ufeff"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``check`` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help=help_line,
        description=(
            "Read annual reports as published on a website, map every table cell to its official row and "
            "column, and report what is wrong: broken totals, cells not filled, prose that contradicts the "
            "tables, legacy shares that do not fit their counts, publication after the due date. Folders are "
            "walked recursively; files that are not report pages are passed over with a note. Exit 0: no "
            "errors; 1: errors found; 2: no file could be read as a report."
        ),
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="report page (.html) or copied text (.txt), a folder of them, or - to read paths from stdin",
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default text)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the output here (default: stdout)")
    parser.add_argument(
        "--previous",
        action="append",
        default=[],
        metavar="FILE",
        help="an earlier year's report of the same agency (repeatable): enables continuity checks",
    )
    parser.add_argument(
        "--jobs",
        type=jobs_argument,
        default=1,
        metavar="N",
        help="audit the pages in N processes (0: one per CPU core); the output order does not change",
    )
    parser.add_argument(
        "--dashboard", metavar="FILE.html", help="also write a self-contained HTML dashboard of the whole run"
    )
    parser.add_argument(
        "--agency-levels",
        metavar="FILE",
        help="JSON or TOML table of agency name → level (政府部门, 县级政府, 乡镇/街道 …): levels not inferred",
    )
    parser.add_argument(
        "--min-confidence",
        type=confidence_argument,
        default=0.0,
        metavar="C",
        help=(
            f"leave out findings and prose figures less sure than C: low (all, the default), medium "
            f"(≥ {CONFIDENCE_THRESHOLDS['medium']}), high (≥ {CONFIDENCE_THRESHOLDS['high']}: tables and complete "
            "legacy statements), or a number from 0 to 1"
        ),
    )
    parser.set_defaults(func=run)


def confidence_argument(value: str) -> float:
    """``--min-confidence C``: low, medium, high or a number from 0 to 1; else a usage error in Chinese."""
    named = CONFIDENCE_THRESHOLDS.get(value.strip().lower())
    if named is not None:
        return named
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        names = "、".join(CONFIDENCE_THRESHOLDS)
        message = f"{value!r} 不是可信度门槛（可选：{names}，或 0 到 1 之间的数）"
        raise argparse.ArgumentTypeError(message)
    return number


def read_page(path: str) -> str:
    """Read a report file: a page in any of the charsets government sites use, a PDF or a Word file."""
    try:
        return page_text(read_bytes(path), path)
    except (InputError, AuditError) as exc:
        raise CliError(exc.message, code=exc.code, message_zh=exc.message_zh) from None


def _levels(path: str | None) -> dict[str, AgencyLevel]:
    if path is None:
        return {}
    data = read_json_or_toml(path)
    if not isinstance(data, dict):
        raise CliError(
            f"{path}: expected a table of agency name → level",
            message_zh=f"{path}：机关层级文件应是“机关名称 → 层级”的表（JSON 对象或 TOML 表），不是列表或单个值",
        )
    levels: dict[str, AgencyLevel] = {}
    for name, level in data.items():
        parsed = AgencyLevel.parse(level) if isinstance(level, str) else None
        if parsed is None:
            # The level as staff type it (县人民政府, 街道办事处 …) is read as everywhere; an ambiguous word says why.
            known = ", ".join(item.value for item in AgencyLevel)
            raise CliError(
                f"{path}: {name}: {level!r} is not an agency level (known: {known})",
                message_zh=f"{path}：{name}：{not_a_level_zh(level)}",
            )
        levels[name] = parsed
    return levels


def _previous(paths: list[str]) -> list[AnyReport]:
    reports: list[AnyReport] = []
    for path in paths:
        try:
            reports.append(audit(read_page(path), source=path).report)
        except AuditError as exc:
            print(f"check: {path} (--previous): 已忽略 [{exc.code}]：{exc.message_zh}", file=sys.stderr)
    return reports


def _text_report(check: PageCheck) -> str:
    lines = [
        (
            f"{check.file}: {check.format} format (confidence {check.confidence or 0:.2f}), "
            f"{check.agency} {check.year or '年度不详'}: {check.errors} error(s), {check.warnings} warning(s)"
        )
    ]
    for finding in check.findings:
        place = f" [{finding.location}]" if finding.location else ""
        lines.append(f"  {finding.severity.value:<7} {finding.code}: {finding.message}{place}")
    return "\n".join(lines) + "\n"


def _json_object(check: PageCheck) -> dict[str, Any]:
    if check.is_report:
        return check.detail or {}
    return {"file": check.file, "error": {"code": check.skip_code, "message": check.skipped}}


class _Writer:
    """Writes each page as it comes, in the chosen format."""

    def __init__(self, handle: TextSink, output_format: str) -> None:
        self._handle = handle
        self._format = output_format
        self._count = 0
        self._csv: Any = None
        if output_format == "csv":
            handle.write(CSV_BOM)
            self._csv = csv.writer(handle, lineterminator="\r\n")
            self._csv.writerow(ROW_COLUMNS)
        elif output_format == "json":
            handle.write("[")

    def write(self, check: PageCheck) -> None:
        if self._format == "text":
            if check.is_report:
                self._handle.write(_text_report(check))
        elif self._format == "csv":
            if check.is_report:
                row = check.row()
                self._csv.writerow(["" if row[column] is None else row[column] for column in ROW_COLUMNS])
        else:
            text = json.dumps(
                _json_object(check), ensure_ascii=False, indent=2 if self._format == "json" else None
            )
            if self._format == "json":
                self._handle.write(("," if self._count else "") + "\n" + text)
            else:
                self._handle.write(text + "\n")
        self._count += 1

    def close(self) -> None:
        if self._format == "json":
            self._handle.write("\n]\n" if self._count else "]\n")


class _Tally:
    """Counts the pages as they stream by; notes each file passed over (unless it is the only one)."""

    def __init__(self, total: int, progress: Progress) -> None:
        self.single = total == 1
        self.total = total
        self.progress = progress
        self.read = self.skipped = self.with_errors = 0
        self.first_skip: PageCheck | None = None

    def count(self, check: PageCheck) -> None:
        if check.is_report:
            self.read += 1
            self.with_errors += check.has_errors
            return
        self.skipped += 1
        self.first_skip = self.first_skip or check
        if not self.single:
            self.progress.close()
            print(f"check：已跳过 {check.file} [{check.skip_code}]：{check.skipped}", file=sys.stderr)

    def refuse_if_nothing_read(self) -> None:
        """Exit status 2 when no report was read, with the one file's reason when only one file was given."""
        if self.read:
            return
        skip = self.first_skip
        if self.single and skip is not None:
            # The one file's own error, with its code (cli.not_found, audit.unrecognised_format, …).
            # ``skipped`` is the Chinese message of the reason (``message_zh``), or the note on a file passed over.
            detail = skip.skipped or skip.file
            if not detail.startswith(skip.file):
                detail = f"{skip.file}：{detail}"
            reason = skip.skipped_en or f"skipped [{skip.skip_code or UNREADABLE}]"
            message = reason if reason.startswith(skip.file) else f"{skip.file}: {reason}"
            raise CliError(message, code=skip.skip_code or UNREADABLE, message_zh=detail)
        raise CliError(
            f"none of the {self.total} files could be read as a report",
            code="cli.nothing_read",
            message_zh=f"给出的{self.total}个文件都无法读作年度报告（各文件的原因见上）",
        )


def run(args: argparse.Namespace) -> int:
    """Check every page; write one result per page as it is checked; return the exit status."""
    if args.dashboard is not None and args.output is not None and args.dashboard == args.output:
        raise same_output_twice(args.output)
    levels = _levels(args.agency_levels)
    previous = _previous(args.previous)
    found = list(candidates(args.files, sys.stdin))
    if not found:
        given = ", ".join(args.files)
        raise CliError(
            f"{given}: no files to check (an empty folder or an empty list)",
            code="cli.no_input",
            message_zh=f"{given}：没有要检查的文件（文件夹为空，或文件列表为空）",
        )
    progress = Progress(len(found), "pages")
    tally = _Tally(len(found), progress)
    kept: list[PageCheck] = []
    with streamed_output(args.output) as handle:
        writer = _Writer(handle, args.format)
        checks = check_found(
            found,
            jobs=args.jobs,
            previous=previous,
            levels=levels,
            detail=args.format in {"json", "jsonl"},
            progress=progress.advance,
            min_confidence=args.min_confidence,
        )
        for check in checks:
            tally.count(check)
            if args.format == "json" or check.is_report:
                writer.write(check)
            if args.dashboard is not None:
                kept.append(dataclasses.replace(check, detail=None))
        progress.close()
        writer.close()
        tally.refuse_if_nothing_read()
        if args.dashboard is not None:
            write_output(args.dashboard, render_dashboard(kept))
    if not tally.single:
        print(
            f"check：读取报告 {tally.read} 份，其中 {tally.with_errors} 份有错误；跳过文件 {tally.skipped} 个",
            file=sys.stderr,
        )
    return EXIT_FINDINGS if tally.with_errors else EXIT_CLEAN
