"""``roll-up``: many agencies' report JSON files → one regional summary report JSON.

Reports whose tables break a mandatory identity are left out of the sum and listed on stderr (exit status 1,
the summary is still written: it is complete for the reports it sums). A directory argument stands for every
``*.json`` file in it, so ten thousand reports need no ten-thousand-word command line.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Final

from disclosure_rules._aggregate import RollUpResult, roll_up_detailed
from disclosure_rules._cli._aggregate import make_agency, parse_level
from disclosure_rules._cli._common import (
    CliError,
    read_text,
    refuse_overwriting_inputs,
    refuse_repeated_content,
    refuse_repeated_inputs,
    write_output,
)
from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._models import Agency, AgencyLevel, AnyReport, report_from_json, report_to_json

#: Reports per task when ``--jobs`` spreads the work over processes.
CHUNK_REPORTS: Final = 500

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator, Sequence


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``roll-up`` subcommand."""
    parser = subparsers.add_parser(
        "roll-up",
        help="sum many agencies' 2021-format reports of one year into a regional summary report",
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
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="read and sum the reports in N processes (0: one per CPU); each sums a share, then the shares add up",
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
                raise CliError(f"{argument}: directory has no .json files")
            paths.extend(found)
        else:
            paths.append(argument)
    return paths


def _reports(paths: Sequence[str]) -> Iterator[AnyReport]:
    for path in paths:
        yield report_from_json(read_text(path), source=path)


@dataclass(frozen=True, slots=True)
class _Failure:
    """An error raised in a worker process, carried back whole (exceptions lose their codes when pickled)."""

    message: str
    code: str | None


def _roll_up_share(paths: list[str], agency: Agency) -> RollUpResult | _Failure:
    try:
        return roll_up_detailed(_reports(paths), agency=agency)
    except CliError as exc:
        return _Failure(str(exc), None)
    except DisclosureRulesError as exc:
        return _Failure(exc.message, exc.code)


def _roll_up_parallel(paths: list[str], agency: Agency, jobs: int) -> RollUpResult:
    """Map: each process sums a share of the files; reduce: the shares' summaries are summed in turn."""
    shares = [paths[start : start + CHUNK_REPORTS] for start in range(0, len(paths), CHUNK_REPORTS)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_roll_up_share, shares, [agency] * len(shares)))
    partials: list[RollUpResult] = []
    for result in results:
        if isinstance(result, _Failure):
            if result.code is None:
                raise CliError(result.message)
            raise DisclosureRulesError(result.message, code=result.code)
        partials.append(result)
    total = roll_up_detailed([partial.report for partial in partials], agency=agency)
    problems = tuple(
        replace(problem, index=problem.index + number * CHUNK_REPORTS)
        for number, partial in enumerate(partials)
        for problem in partial.problems
    )
    return RollUpResult(total.report, problems, sum(partial.summed for partial in partials))


def run(args: argparse.Namespace) -> int:
    """Roll the reports up, write the summary, list the reports left out."""
    paths = report_paths(args.reports)
    level = parse_level(args.agency_level) if args.agency_level else AgencyLevel.OTHER
    agency = make_agency(args.agency, level)
    refuse_overwriting_inputs([args.output], paths)  # a summary written into a folder of reports
    # A report given twice (the same file by two names, or a copy of it) would be summed twice.
    refuse_repeated_inputs("roll-up", paths)
    refuse_repeated_content("roll-up", paths)
    if args.jobs < 0:
        raise CliError(f"--jobs: {args.jobs} is negative")
    jobs = args.jobs or os.cpu_count() or 1
    if jobs > 1 and len(paths) > CHUNK_REPORTS:
        result = _roll_up_parallel(paths, agency, jobs)
    else:
        result = roll_up_detailed(_reports(paths), agency=agency)
    write_output(args.output, report_to_json(result.report))
    for problem in result.problems:
        print(
            f"left out: {paths[problem.index]} ({problem.agency.name}): {', '.join(problem.codes)}",
            file=sys.stderr,
        )
    if result.problems:
        print(f"summed {result.summed} of {len(paths)} reports", file=sys.stderr)
        return 1
    return 0
