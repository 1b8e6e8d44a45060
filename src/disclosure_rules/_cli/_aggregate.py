"""``aggregate``: request and item records (CSV, JSON Lines, .xlsx) → the annual report JSON.

The output is the report JSON that ``validate`` and ``render`` take, written atomically. Bad rows stop the run
with one line naming file, line and column, unless ``--skip-bad-rows`` is given: then every skipped row is
listed on stderr (and in ``--stats``). A progress bar appears on stderr only when stderr is a terminal and the
work has lasted over a second.
"""

from __future__ import annotations

import json
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

from pydantic import ValidationError

from disclosure_rules._aggregate import (
    AggregateResult,
    Deadlines,
    ItemTally,
    ReadInfo,
    RequestCounter,
    Tally,
    count_request_stream,
    report_from_tally,
    tally_items,
)
from disclosure_rules._cli._common import (
    CliError,
    flagged,
    not_a_level_zh,
    read_json,
    read_text,
    refuse_repeated_inputs,
    write_outputs,
)
from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._files import bounded_stream, unreadable
from disclosure_rules._labels import report_field_label
from disclosure_rules._limits import RECORD_FILE_BYTES
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2021,
    AnyReport,
    ReviewLitigationTable,
    report_from_json,
    report_to_json,
)
from disclosure_rules._parsing import first_error, first_error_zh, validation_summary, validation_summary_zh
from disclosure_rules._sources import FIRST_REPORT_YEAR, LAST_REPORT_YEAR

if TYPE_CHECKING:
    import argparse

#: Skipped rows listed one by one on stderr; the rest are counted (and all are in ``--stats``).
LISTED_ON_STDERR: Final = 50
_BAR_WIDTH: Final = 30
_PROGRESS_DELAY_SECONDS: Final = 1.0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``aggregate`` subcommand."""
    parser = subparsers.add_parser(
        "aggregate",
        help=help_line,
        description=(
            "Count request records (and proactively disclosed items) into the annual report of a year: table 三 "
            "from the requests, table 二's 本年制发件数 from the items, section 一 figures from the deadline engine. "
            "Input: CSV (UTF-8, UTF-8 with BOM, GBK), JSON Lines or .xlsx. Exit status: 0 done, 2 unusable input."
        ),
    )
    parser.add_argument("--year", type=int, required=True, metavar="YYYY", help="the report year")
    parser.add_argument(
        "--requests",
        action="append",
        required=True,
        metavar="FILE",
        help="request records (repeat for several files: their counts add up); - reads stdin",
    )
    parser.add_argument(
        "--items", action="append", default=[], metavar="FILE", help="proactively disclosed items"
    )
    parser.add_argument(
        "--previous", metavar="REPORT.json", help="last year's report: 上年结转 is its 结转下年度"
    )
    parser.add_argument("--agency", metavar="NAME", help="the agency's name (default: the previous report's)")
    parser.add_argument(
        "--agency-level",
        metavar="LEVEL",
        help=f"the agency's level: {', '.join(level.value for level in AgencyLevel)} (or the English name)",
    )
    parser.add_argument(
        "--figures",
        metavar="FIGURES.json",
        help='cells the records cannot give: {"table2": {"行政许可.本年处理决定数量": 12, …}, "table4": [15 numbers]}',
    )
    parser.add_argument(
        "-o", "--output", metavar="REPORT.json", help="write the report here (default: stdout)"
    )
    parser.add_argument(
        "--skip-bad-rows", action="store_true", help="skip and list bad rows instead of stopping"
    )
    parser.add_argument(
        "--encoding", metavar="NAME", help="text encoding of CSV/JSONL input (default: detect)"
    )
    parser.add_argument(
        "--classify-free-text",
        action="store_true",
        help="classify outcomes written as free text and missing applicant types (clear decisions only)",
    )
    parser.add_argument(
        "--no-timeliness", action="store_true", help="do not compute deadlines (section 一 shares left out)"
    )
    parser.add_argument(
        "--stats", metavar="STATS.json", help="write figures, notes and every skipped row here"
    )
    parser.set_defaults(func=run)


class Progress:
    """A progress bar on stderr, drawn only on a terminal and only after the first second of work."""

    def __init__(self, label: str, stream: IO[bytes], *, enabled: bool | None = None) -> None:
        self._label = label
        self._stream = stream
        self._start = time.monotonic()
        self._enabled = sys.stderr.isatty() if enabled is None else enabled
        self._drawn = False
        self._size: int | None = None
        try:
            self._size = Path(stream.name).stat().st_size if isinstance(stream.name, str) else None
        except (AttributeError, OSError):
            self._size = None

    def __call__(self, rows: int) -> None:
        """Called every few thousand rows with the count so far."""
        if not self._enabled or time.monotonic() - self._start < _PROGRESS_DELAY_SECONDS:
            return
        line = f"{self._label}: {rows:,} rows"
        try:
            position = self._stream.tell()
        except (OSError, ValueError):
            position = None
        if self._size and position is not None:
            share = min(position / self._size, 1.0)
            filled = int(share * _BAR_WIDTH)
            line = f"{self._label} [{'#' * filled}{'.' * (_BAR_WIDTH - filled)}] {share:4.0%} {rows:,} rows"
        sys.stderr.write("\r" + line)
        sys.stderr.flush()
        self._drawn = True

    def finish(self) -> None:
        """End the bar's line, if one was drawn."""
        if self._drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _open(path: str, stack: ExitStack) -> IO[bytes]:
    if path == "-":
        return bounded_stream(sys.stdin.buffer, "<stdin>", RECORD_FILE_BYTES)
    try:
        return bounded_stream(stack.enter_context(Path(path).open("rb")), path, RECORD_FILE_BYTES)
    except OSError as exc:
        raise unreadable(path, exc) from None


def parse_level(text: str) -> AgencyLevel:
    """An agency level from its Chinese value or English name."""
    level = AgencyLevel.parse(text)
    if level is not None:
        return level
    known = ", ".join(level.value for level in AgencyLevel)
    raise CliError(
        f"--agency-level: {text!r} is not a level (one of {known})",
        message_zh=f"机关层级参数 --agency-level 有误：{not_a_level_zh(text)}",
    )


def _agency(args: argparse.Namespace, previous: AnyReport | None) -> Agency | None:
    if args.agency is None and args.agency_level is None:
        return None
    base = previous.agency if previous is not None else None
    name = args.agency if args.agency is not None else (base.name if base else "本机关")
    if args.agency_level is not None:
        level = parse_level(args.agency_level)
    else:
        level = base.level if base else AgencyLevel.OTHER
    return make_agency(name, level, region_code=base.region_code if base and not args.agency else None)


def make_agency(name: str, level: AgencyLevel, *, region_code: str | None = None) -> Agency:
    """The agency of ``--agency``/``--agency-level``; a name the model refuses is an error naming the flag."""
    try:
        return Agency(name=name, level=level, region_code=region_code)
    except ValidationError as exc:
        raise CliError(
            f"--agency: {name!r}: {first_error(exc)[1]}",
            message_zh=f"--agency：机关名称“{name}”有误：{first_error_zh(exc)[1]}",
        ) from None


def _figures(path: str | None) -> tuple[dict[str, Any] | None, ReviewLitigationTable | None]:
    if path is None:
        return None, None
    data = read_json(path)
    if not isinstance(data, dict) or set(data) - {"table2", "table4"}:
        raise CliError(
            f'{path}: expected an object with "table2" (mapping) and/or "table4" (15 numbers)',
            message_zh=f"{path}：--figures 文件应是只含“table2”（表二各格）和/或“table4”（表四15个数）两项的对象",
        )
    table2 = data.get("table2")
    if table2 is not None and not isinstance(table2, dict):
        raise CliError(
            f'{path}: "table2" must map keys such as "行政许可.本年处理决定数量" to numbers',
            message_zh=f"{path}：字段 table2 应是“格名 → 数”的对象（如“行政许可.本年处理决定数量”: 3）",
        )
    table4 = data.get("table4")
    if table4 is not None and not isinstance(table4, list):
        raise CliError(
            f'{path}: "table4" must be a list of 15 numbers in official order',
            message_zh=f"{path}：字段 table4 应是按表四规定顺序排列的15个数的列表",
        )
    # Check the table 二 keys and values and the table 四 numbers here, so that a mistake names this file.
    try:
        AnnualReport2021.table2_from_mapping(table2 or {})
    except (ValueError, DisclosureRulesError) as exc:
        raise _figures_error(path, "table2", exc) from None
    try:
        review = ReviewLitigationTable.from_values(table4) if table4 is not None else None
    except (ValueError, DisclosureRulesError) as exc:
        raise _figures_error(path, "table4", exc) from None
    return table2, review


# The report field each table of the figures file fills (the summary is in the 2021 format).
_FIGURES_TABLES: Final = {"table2": "proactive_disclosure", "table4": "review_litigation"}


def _figures_error(path: str, table: str, exc: ValueError | DisclosureRulesError) -> CliError:
    """A complaint about one table of the figures file: a library error keeps its code and Chinese message.

    A value the model refuses is named by its cell's labels (表二“规章”行“本年制发件数”列), which name the table.
    """
    where, where_zh = f"{path}: {table}", f"{path}：{table}"
    if isinstance(exc, DisclosureRulesError):
        return flagged(where, exc, where_zh=where_zh)
    if isinstance(exc, ValidationError):
        field = _FIGURES_TABLES[table]

        def label(loc: tuple[str | int, ...]) -> str:
            dotted = ".".join(map(str, loc))
            return report_field_label((field, *loc), "2021") or f"{table}：字段 {dotted}"

        summary = validation_summary_zh(exc, count=False, labels=label)
        return CliError(f"{where}: {_problem(exc)}", message_zh=f"{path}：{summary}")
    return CliError(f"{where}: {_problem(exc)}", message_zh=f"{where_zh}：数值有误（{_problem(exc)}）")


def _problem(exc: ValueError | DisclosureRulesError) -> str:
    """One line for a model's complaint: the first field and message of a validation error."""
    if isinstance(exc, ValidationError):
        return validation_summary(exc, top="", count=False)
    if isinstance(exc, DisclosureRulesError):
        return f"{exc.message} [{exc.code}]"
    return str(exc).splitlines()[0]


def aggregate_files(args: argparse.Namespace) -> tuple[AggregateResult, list[ReadInfo]]:
    """Read every input file into one tally and build the report."""
    previous = report_from_json(read_text(args.previous), source=args.previous) if args.previous else None
    table2, review = _figures(args.figures)
    deadlines = Deadlines(enabled=not args.no_timeliness)
    counter = RequestCounter(
        args.year,
        deadlines=deadlines,
        skip_bad_rows=args.skip_bad_rows,
        classify_free_text=args.classify_free_text,
    )
    infos: list[ReadInfo] = []
    items_tally = ItemTally(args.year)
    with ExitStack() as stack:
        for path in args.requests:
            stream = _open(path, stack)
            progress = Progress(Path(path).name, stream)
            try:
                infos.append(
                    count_request_stream(counter, stream, path, encoding=args.encoding, progress=progress)
                )
            finally:
                progress.finish()
        for path in args.items:
            stream = _open(path, stack)
            items, info = tally_items(
                stream,
                path,
                args.year,
                encoding=args.encoding,
                skip_bad_rows=args.skip_bad_rows,
                deadlines=deadlines,
            )
            items_tally = items_tally + items
            infos.append(info)
    tally = Tally(counter.tally(), items_tally)
    result = report_from_tally(
        tally, agency=_agency(args, previous), previous=previous, table2=table2, review_litigation=review
    )
    return result, infos


def _stats(result: AggregateResult, infos: list[ReadInfo]) -> str:
    payload = {
        "year": result.report.year,
        "sources": [
            {"file": info.source, "encoding": info.encoding, "ignored_columns": list(info.ignored_columns)}
            for info in infos
        ],
        "requests": {
            "records": result.tally.requests.records,
            "received_after_year": result.tally.requests.received_after_year,
            "closed_before_year": result.tally.requests.closed_before_year,
        },
        "items": {
            "records": result.tally.items.records,
            "pending": result.tally.items.pending,
            "outside_year": result.tally.items.outside_year,
        },
        "figures": result.figures.model_dump(mode="json"),
        "legacy": result.legacy.model_dump(mode="json"),
        "notes": [
            {"code": note.code, "message": note.message, "message_zh": note.message_zh}
            for note in result.notes
        ],
        "bad_row_count": result.tally.bad_row_count,
        "bad_rows": [
            {
                "file": bad.source,
                "line": bad.line,
                "column": bad.column,
                "reason": bad.reason,
                "code": bad.code,
                "message": bad.message,
                "value": bad.value,
            }
            for bad in result.bad_rows
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def run(args: argparse.Namespace) -> int:
    """Aggregate, write the report, and tell on stderr what was skipped or left out."""
    if not FIRST_REPORT_YEAR <= args.year <= LAST_REPORT_YEAR:
        raise CliError(
            f"--year: {args.year} is outside {FIRST_REPORT_YEAR}-{LAST_REPORT_YEAR}",
            message_zh=f"--year：{args.year}年不在可汇总的年度范围内（{FIRST_REPORT_YEAR}—{LAST_REPORT_YEAR}年）",
        )
    refuse_repeated_inputs("--requests", args.requests)
    refuse_repeated_inputs("--items", args.items)
    result, infos = aggregate_files(args)
    text = report_to_json(result.report)
    # Both files or neither: a report without its stats (or the reverse) would be a partial output.
    outputs = [(args.stats, _stats(result, infos))] if args.stats else []
    write_outputs([*outputs, (args.output, text)])
    for note in result.notes:
        print(f"提示 [{note.code}]：{note.message_zh or note.message}", file=sys.stderr)
    for bad in result.bad_rows[:LISTED_ON_STDERR]:
        print(f"已跳过 [{bad.code}] {bad.describe_zh()}", file=sys.stderr)
    hidden = result.tally.bad_row_count - min(len(result.bad_rows), LISTED_ON_STDERR)
    if hidden > 0:
        if not args.stats:
            where = "（加 --stats FILE 可列出全部）"
        elif len(result.bad_rows) == result.tally.bad_row_count:
            where = f"（全部列在 {args.stats} 中）"
        else:
            where = f"（前{len(result.bad_rows):,}行列在 {args.stats} 中）"
        print(f"……另有{hidden}行已跳过{where}", file=sys.stderr)
    return 0
