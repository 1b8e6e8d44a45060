"""``roll-up``: many agencies' report JSON files → one regional summary report (JSON, or CSV of its cells).

Reports whose tables break a mandatory identity are left out of the sum and listed on stderr (exit status 1,
the summary is still written: it is complete for the reports it sums), and with ``--left-out FILE.csv`` in a
table with their reasons. A directory argument stands for every ``*.json`` file in it, so ten thousand reports
need no ten-thousand-word command line. Each file is read and parsed once; a progress line is drawn on stderr
when it is a terminal.
"""

from __future__ import annotations

import csv
import gc
import io
import multiprocessing
import os
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Final

from disclosure_rules._aggregate import RollUpResult, roll_up_detailed
from disclosure_rules._cli._aggregate import make_agency, parse_level
from disclosure_rules._cli._common import (
    CliError,
    RepeatedContent,
    jobs_argument,
    read_text,
    refuse_overwriting_inputs,
    refuse_repeated_inputs,
    write_outputs,
)
from disclosure_rules._errors import DisclosureRulesError, InputError
from disclosure_rules._files import read_bytes
from disclosure_rules._labels import TABLE2_CELLS_2021, TABLE3_COLUMNS, TABLE4_GROUPS, TABLE4_RESULT_COLUMNS
from disclosure_rules._labels import TABLE3_ROWS_2021 as TABLE3_ROWS
from disclosure_rules._models import Agency, AgencyLevel, AnyReport, report_from_json, report_to_json
from disclosure_rules._supervise._pages import default_signals
from disclosure_rules._supervise._progress import Progress

#: Reports per task when ``--jobs`` spreads the work over processes.
CHUNK_REPORTS: Final = 500

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator, Sequence


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``roll-up`` subcommand."""
    parser = subparsers.add_parser(
        "roll-up",
        help=help_line,
        description=(
            "Sum report JSON files cell by cell into one summary report. Reports with identity errors are left "
            "out and listed. Exit status: 0 all summed, 1 some reports left out, 2 unusable input."
        ),
    )
    parser.add_argument(
        "reports", nargs="+", metavar="REPORT.json", help="report files, or directories of them"
    )
    parser.add_argument(
        "-o", "--output", metavar="SUMMARY.json", help="write the summary here (default: stdout)"
    )
    parser.add_argument(
        "--agency", metavar="NAME", default="汇总", help="the summary's agency name (default: 汇总)"
    )
    parser.add_argument("--agency-level", metavar="LEVEL", help="the summary's agency level (default: 其他)")
    parser.add_argument(
        "--format",
        choices=("json", "csv"),
        default="json",
        help="the summary as report JSON (default) or as CSV, one cell a row: table, row, column, value",
    )
    parser.add_argument(
        "--left-out",
        metavar="FILE.csv",
        help="write the reports left out, with their error codes and reasons, to this CSV file",
    )
    parser.add_argument(
        "--jobs",
        type=jobs_argument,
        default=0,
        metavar="N",
        help=(
            "read and sum the reports in N processes (default 0: one per CPU; 500 files or fewer: one process); "
            "each sums a share, then the shares add up"
        ),
    )
    parser.set_defaults(func=run)


def report_paths(arguments: Sequence[str]) -> list[str]:
    """The files named, with each directory replaced by its ``*.json`` files in name order."""
    paths: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = sorted(str(child) for child in path.glob("*.json") if child.is_file())
            if not found:
                raise CliError(
                    f"{argument}: directory has no .json files",
                    code="cli.no_input",
                    message_zh=f"{argument}：文件夹中没有 .json 报告文件",
                )
            paths.extend(found)
        else:
            paths.append(argument)
    return paths


def _parse(path: str, data: bytes) -> AnyReport:
    """A report from its file's bytes; a file that is not UTF-8 JSON gets ``read_text``'s message."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        read_text(path)  # raises the one-line UTF-16 message
    try:
        return report_from_json(data.removeprefix(b"\xef\xbb\xbf"), source=path)
    except InputError:
        read_text(path)  # not UTF-8: say so, with the offset of the first bad byte
        raise


class _Reading:
    """The files in order, each read once: its digest taken for the repeated-content check, then parsed.

    An error met reading the files (a file missing, unreadable or too large; a file whose bytes came before) is
    final, as when every file was read for the check before any was parsed. Any other error (a file that does
    not parse, a report of another year) waits for :meth:`finish`, which reads the files not yet read: a repeat
    or an unreadable file after it still wins, as it did.
    """

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = paths
        self.read = 0  # how many files have been read (and their digests checked)
        self.failed = False  # reading itself failed: that error is final
        self._seen = RepeatedContent("roll-up")

    def take(self, path: str) -> bytes:
        """The next file's bytes, once its content is known not to repeat an earlier file's."""
        try:
            data = read_bytes(path)
            self.see(path, RepeatedContent.digest(data))
        except BaseException:
            self.failed = True
            raise
        return data

    def see(self, path: str, digest: bytes) -> None:
        """Check the next file's digest (taken here or in a worker process)."""
        if path != "-":  # not stdin: a file of that name, never checked (as before)
            self._seen.check(path, digest)
        self.read += 1

    def finish(self) -> None:
        """Read the files not read yet, for their digests alone (after an error other than reading's)."""
        if not self.failed:
            for path in self.paths[self.read :]:
                self.take(path)

    def reports(self, progress: Progress | None = None) -> Iterator[AnyReport]:
        for path in self.paths:
            yield _parse(path, self.take(path))
            if progress is not None:
                progress.advance()


def _reports(paths: Sequence[str], progress: Progress | None = None) -> Iterator[AnyReport]:
    """The reports of the files, each file read once; the first file repeating an earlier one is refused."""
    return _Reading(paths).reports(progress)


def _roll_up_read(reading: _Reading, progress: Progress | None, agency: Agency) -> RollUpResult:
    try:
        return roll_up_detailed(reading.reports(progress), agency=agency)
    except Exception:
        reading.finish()  # a repeat or an unreadable file later on wins, as when all were read first
        raise


@dataclass(frozen=True, slots=True)
class _Failure:
    """An error raised in a worker process, carried back whole (exceptions lose their codes when pickled)."""

    message: str
    code: str
    message_zh: str
    reading: bool  # met reading a file (final), not parsing or summing one


@dataclass(frozen=True, slots=True)
class _Share:
    """A worker's answer: its share's sum or the error it met, and the digests of the files it read, in order."""

    result: RollUpResult | _Failure
    digests: list[bytes]


class _Digests(_Reading):
    """A worker's reading: the digests are kept for the parent, which checks them across the shares."""

    def __init__(self, paths: Sequence[str]) -> None:
        super().__init__(paths)
        self.digests: list[bytes] = []

    def see(self, path: str, digest: bytes) -> None:  # noqa: ARG002 - the parent checks the digest against path
        self.digests.append(digest)
        self.read += 1


def _roll_up_share(paths: list[str], agency: Agency) -> _Share:
    reading = _Digests(paths)
    try:
        return _Share(roll_up_detailed(reading.reports(), agency=agency), reading.digests)
    except DisclosureRulesError as exc:
        failure = _Failure(exc.message, exc.code, exc.message_zh, reading.failed)
        return _Share(failure, reading.digests)


def _roll_up_parallel(
    paths: list[str], agency: Agency, jobs: int, progress: Progress | None = None
) -> RollUpResult:
    """Map: each process sums a share of the files; reduce: the shares' summaries are summed in turn.

    The parent checks the files' digests share by share, in the files' order, so that the first repeat is
    refused as in one process; after a worker's error the parent reads the files left for their digests.
    """
    shares = [paths[start : start + CHUNK_REPORTS] for start in range(0, len(paths), CHUNK_REPORTS)]
    partials: list[RollUpResult] = []
    reading = _Reading(paths)
    gc.freeze()  # forked workers then do not copy the parent's heap when their collector runs
    try:
        pool = multiprocessing.get_context().Pool(jobs, initializer=default_signals)
    finally:
        gc.unfreeze()
    with pool:
        for share, answer in zip(
            shares, pool.imap(_roll_up_share_of, [(share, agency) for share in shares]), strict=True
        ):
            for digest in answer.digests:
                reading.see(paths[reading.read], digest)
            result = answer.result
            if isinstance(result, _Failure):
                if not result.reading:
                    reading.finish()
                raise CliError(result.message, code=result.code, message_zh=result.message_zh)
            partials.append(result)
            if progress is not None:
                progress.advance(len(share))
    total = roll_up_detailed([partial.report for partial in partials], agency=agency)
    problems = tuple(
        replace(problem, index=problem.index + number * CHUNK_REPORTS)
        for number, partial in enumerate(partials)
        for problem in partial.problems
    )
    return RollUpResult(total.report, problems, sum(partial.summed for partial in partials))


def _roll_up_share_of(task: tuple[list[str], Agency]) -> _Share:
    return _roll_up_share(*task)


def summary_csv(result: RollUpResult) -> str:
    """The summary's cells as CSV (UTF-8 with BOM, for Excel): table, row, column, value — official labels."""
    report = result.report
    tables = report.tables(mode="json")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["table", "row", "column", "value"])
    table2 = tables["table2"]
    for spec in TABLE2_CELLS_2021:
        value = table2[spec.key]
        writer.writerow(["表二", spec.row_label, spec.column_label, "" if value is None else value])
    for row_spec, cells in zip(TABLE3_ROWS, tables["table3"], strict=True):
        row = f"{row_spec.number}{row_spec.title}"
        if row_spec.group is not None:
            row = f"{row_spec.group.label} {row}"
        for column, value in zip(TABLE3_COLUMNS, cells, strict=True):
            writer.writerow(["表三", row, column.label, "" if value is None else value])
    values = iter(tables["table4"])
    for group in TABLE4_GROUPS:
        for _, label in TABLE4_RESULT_COLUMNS:
            value = next(values)
            writer.writerow(["表四", group.label, label, "" if value is None else value])
    return "\ufeff" + buffer.getvalue()


def left_out_csv(result: RollUpResult, paths: Sequence[str]) -> str:
    """The reports left out, one a row: file, agency, year, error codes, reasons (UTF-8 with BOM)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["file", "agency", "year", "codes", "reasons"])
    for problem in result.problems:
        writer.writerow(
            [
                paths[problem.index],
                problem.agency.name,
                problem.year or "",
                " ".join(problem.codes),
                "；".join(problem.reasons),
            ]
        )
    return "\ufeff" + buffer.getvalue()


def run(args: argparse.Namespace) -> int:
    """Roll the reports up, write the summary, list the reports left out."""
    paths = report_paths(args.reports)
    level = parse_level(args.agency_level) if args.agency_level else AgencyLevel.OTHER
    agency = make_agency(args.agency, level)
    refuse_overwriting_inputs(
        [args.output, args.left_out], paths
    )  # a summary written into a folder of reports
    # A report given twice (the same file by two names, or a copy of it) would be summed twice.
    refuse_repeated_inputs("roll-up", paths)  # a copy of a file is refused as each file is read (_Reading)
    jobs = args.jobs or os.cpu_count() or 1
    progress = Progress(len(paths), "reports")
    try:
        if jobs > 1 and len(paths) > CHUNK_REPORTS:
            result = _roll_up_parallel(paths, agency, jobs, progress)
        else:
            result = _roll_up_read(_Reading(paths), progress, agency)
    finally:
        progress.close()
    summary = summary_csv(result) if args.format == "csv" else report_to_json(result.report)
    outputs: list[tuple[str | None, str]] = [(args.output, summary)]
    if args.left_out is not None:
        outputs.append((args.left_out, left_out_csv(result, paths)))
    write_outputs(outputs)
    for problem in result.problems:
        print(
            f"roll-up：未计入 {paths[problem.index]}（{problem.agency.name}）：{'、'.join(problem.codes)}",
            file=sys.stderr,
        )
    if result.problems:
        print(f"roll-up：{len(paths)} 份报告中汇总了 {result.summed} 份", file=sys.stderr)
        return 1
    return 0
