"""``check FILE… [--format text|json] [--previous FILE]``: audit reports as published on a website.

Each FILE is an HTML page as saved from a government site (UTF-8, GBK or GB18030) or text copied from one.
Exit status: 0 when no errors were found, 1 when some were, 2 when a file could not be read as a report.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from typing import TYPE_CHECKING, Final

from disclosure_rules._audit import AuditError, AuditResult, audit
from disclosure_rules._audit._auditor import UNKNOWN_AGENCY
from disclosure_rules._cli._common import CliError, read_bytes, write_output

if TYPE_CHECKING:
    import argparse

    from disclosure_rules._models import AnyReport

EXIT_CLEAN: Final = 0
EXIT_FINDINGS: Final = 1
EXIT_UNREADABLE: Final = 2
_META_CHARSET: Final = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
# Pages that declare one of these are decoded as GB18030, the superset every one of them fits in.
_CHINESE_CHARSETS: Final = frozenset({"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "hz-gb-2312"})


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``check`` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help=help_line,
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
    parser.add_argument(
        "--previous",
        action="append",
        default=[],
        metavar="FILE",
        help="an earlier year's report of the same agency (repeatable): enables continuity checks",
    )
    parser.set_defaults(func=run)


def _gb_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode an invalid UTF-8 byte run as GB18030 (pages pasted together from UTF-8 and GBK sources)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    data, start = error.object, error.start
    for width in (2, 4):  # GB18030 characters are two or four bytes long
        try:
            return bytes(data[start : start + width]).decode("gb18030"), start + width
        except UnicodeDecodeError:
            continue
    return "\ufffd", start + 1


codecs.register_error("disclosure_rules.gb_fallback", _gb_fallback)
MIXED: Final = "utf-8+gb18030"
# Characters every report repeats, in simplified and traditional forms: the decoding that yields most of
# them is the page's charset.
_COMMON: Final = frozenset("公开開政府信息資訊申请請报告報年度情况況行政")


def _decode_line(line: bytes) -> str:
    """One line of a page pasted together from UTF-8 and GBK pieces: UTF-8, else GB18030, else byte runs."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as error:
        first_error = error.start
    # All GBK, or one switch from UTF-8 to GBK inside the line: the UTF-8 decoder may have read a few GBK
    # bytes as UTF-8 before it failed, so the switch is at most a few bytes before the first error.
    best: tuple[int, str] | None = None
    for split in (0, *range(first_error, max(first_error - _SWITCH_WINDOW, 0) - 1, -1)):
        try:
            text = line[:split].decode("utf-8") + line[split:].decode("gb18030")
        except UnicodeDecodeError:
            continue
        score = sum(1 for char in text if char in _COMMON)
        if best is None or score > best[0]:
            best = (score, text)
    if best is not None:
        return best[1]
    return line.decode("utf-8", errors="disclosure_rules.gb_fallback")


_SWITCH_WINDOW: Final = 12


def _decode(data: bytes, charset: str) -> str | None:
    try:
        if charset == MIXED:
            return "\n".join(_decode_line(line) for line in data.split(b"\n"))
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_page(data: bytes, name: str) -> str:
    """Decode a saved page in the charset it reads best in.

    UTF-8 (with or without BOM) when the bytes are UTF-8; else the best of the ``<meta>`` charset, GB18030,
    UTF-8 lines mixed with GBK lines, and Big5 — the one in which the page holds most of the characters
    every report repeats.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    candidates = ["gb18030", MIXED, "big5"]
    if declared:
        charset = declared.group(1).decode("ascii", errors="ignore").lower()
        if charset not in _CHINESE_CHARSETS and charset not in {"utf-8", "utf8"}:
            candidates.insert(0, charset)
    best: tuple[int, str] | None = None
    for charset in candidates:
        text = _decode(data, charset)
        if text is None:
            continue
        score = sum(1 for char in text if char in _COMMON)
        if best is None or score > best[0]:
            best = (score, text)
    if best is None:
        raise CliError(f"{name}: neither UTF-8 nor GBK/GB18030 text (cannot decode it)")
    return best[1]


def read_page(path: str) -> str:
    """Read a report file in any of the charsets government sites use; ``-`` is stdin."""
    if path == "-":
        return decode_page(sys.stdin.buffer.read(), "<stdin>")
    return decode_page(read_bytes(path), path)


def _same_agency(left: AnyReport, right: AnyReport) -> bool:
    # An agency the page does not name cannot be matched to another page.
    return left.agency.name == right.agency.name and left.agency.name != UNKNOWN_AGENCY


def _text_report(result: AuditResult) -> str:
    errors = sum(1 for finding in result.findings if finding.is_error)
    warnings = len(result.findings) - errors
    lines = [
        (
            f"{result.file}: {result.format} format (confidence {result.confidence:.2f}), "
            f"{result.report.agency.name} {result.report.year}: {errors} error(s), {warnings} warning(s)"
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
    _print(outputs, args.format)
    for path in args.previous:
        if path in failures:
            print(
                f"check: {path} (--previous): ignored [{failures[path].code}]: {failures[path].message}",
                file=sys.stderr,
            )
    if failures.keys() & set(args.files):
        return EXIT_UNREADABLE
    return (
        EXIT_FINDINGS
        if any(isinstance(item, AuditResult) and item.has_errors for item in outputs)
        else EXIT_CLEAN
    )


def _print(outputs: list[AuditResult | tuple[str, AuditError]], output_format: str) -> None:
    if output_format == "json":
        items = [
            item.to_json_dict()
            if isinstance(item, AuditResult)
            else {"file": item[0], "error": {"code": item[1].code, "message": item[1].message}}
            for item in outputs
        ]
        write_output(None, json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    else:
        write_output(None, "".join(_text_report(item) for item in outputs if isinstance(item, AuditResult)))
    for item in outputs:
        if not isinstance(item, AuditResult):
            print(f"check: {item[0]}: error [{item[1].code}]: {item[1].message}", file=sys.stderr)
