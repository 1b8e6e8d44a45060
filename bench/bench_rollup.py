"""Benchmark: roll-up of 10,000 report files against reading the same files with ``json.load``.

Baselines, measured in the same run on the same files:

* ``json.load``: open each file and parse it with the standard library — the floor for anything that reads
  every file. Target (issue 13): the roll-up CLI's work (read, parse, validate, check identities, sum) within
  1.5x of it.
* ``two parses``: what the roll-up did before issue 13 — pydantic's JSON validation, then a second full
  ``json.loads`` with a duplicate-key hook — with the same summation.
* ``read and validate``: the roll-up's reading of each file alone (read, parse and validate into the report
  model, the duplicate-key check), without the sum — the floor of any roll-up that validates every report
  into the model, printed so that the target's distance from it is seen.

The roll-up is timed in one process and in ``--jobs`` processes (the CLI's map-reduce over shares of files).

    .venv/bin/python bench/bench_rollup.py [--reports 10000] [--repeat 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_aggregate import random_report
from bench_supervise import capacity, cpu_seconds
from ratios import emit

from disclosure_rules._aggregate import roll_up_detailed
from disclosure_rules._cli._common import read_text
from disclosure_rules._cli._roll_up import _reports, _roll_up_parallel
from disclosure_rules._models import (
    _REPORT_ADAPTER,
    Agency,
    AgencyLevel,
    AnyReport,
    _refuse_duplicate_keys,
    report_to_json,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


def json_load(paths: list[str]) -> int:
    count = 0
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            count += len(json.load(handle))
    return count


def _two_parses(paths: list[str]) -> Iterator[AnyReport]:
    for path in paths:
        text = read_text(path)
        report = _REPORT_ADAPTER.validate_json(text)
        _refuse_duplicate_keys(text, path)
        yield report


def best_of(repeat: int, runs: dict[str, Callable[[], object]]) -> tuple[dict[str, float], dict[str, float]]:
    """The best wall and CPU time of each run over ``repeat`` rounds, interleaved so that they share the noise."""
    best = dict.fromkeys(runs, float("inf"))
    work = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            cpu, start = cpu_seconds(), time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
            work[name] = min(work[name], cpu_seconds() - cpu)
    return best, work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    rng = random.Random(11)
    agency = Agency(name="汇总", level=AgencyLevel.OTHER)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index in range(args.reports):
            path = Path(folder) / f"{index:05d}.json"
            path.write_text(report_to_json(random_report(rng, index)), encoding="utf-8")
            paths.append(str(path))
        size = sum(Path(path).stat().st_size for path in paths)
        times, work = best_of(
            args.repeat,
            {
                "json.load": lambda: json_load(paths),
                "roll-up": lambda: roll_up_detailed(_reports(paths), agency=agency).summed,
                "jobs": lambda: _roll_up_parallel(paths, agency, args.jobs).summed,
                "two parses": lambda: roll_up_detailed(_two_parses(paths), agency=agency).summed,
                "read and validate": lambda: sum(1 for _ in _reports(paths)),
            },
        )
    spare = capacity(args.jobs)
    base = times["json.load"]
    print(f"roll-up of {args.reports:,} report files ({size / 1e6:.1f} MB), best of {args.repeat}")
    print(f"  json.load of every file (baseline)    {base:6.2f} s   1.00x")
    print(
        f"  roll-up, 1 process                    {times['roll-up']:6.2f} s   {times['roll-up'] / base:.2f}x"
        "   (target ≤ 1.5x)"
    )
    print(
        f"  roll-up, {args.jobs} processes (--jobs {args.jobs})     {times['jobs']:6.2f} s   "
        f"{times['jobs'] / base:.2f}x"
    )
    print(
        f"  before: two parses a file, 1 process  {times['two parses']:6.2f} s   {times['two parses'] / base:.2f}x"
    )
    print(
        f"  floor: read and validate, no sum      {times['read and validate']:6.2f} s   "
        f"{times['read and validate'] / base:.2f}x   (every report validated into the model)"
    )
    print(
        f"  machine now: {args.jobs} processes run pure Python {spare:.2f}x faster than one "
        "(the ceiling for any --jobs speed-up; the cores are shared)"
    )
    print(
        f"  CPU time: json.load {work['json.load']:.2f} s, roll-up {work['roll-up']:.2f} s "
        f"({work['roll-up'] / work['json.load']:.2f}x), --jobs {args.jobs} {work['jobs']:.2f} s over all processes: "
        f"{args.reports / work['roll-up']:,.0f} reports per CPU-second (per core); on {args.jobs} idle cores "
        f"--jobs {args.jobs} would take {work['jobs'] / args.jobs / work['json.load']:.2f}x the json.load time"
    )
    print(
        f"  reports per second: {args.reports / times['roll-up']:,.0f} (1 process), {args.reports / times['jobs']:,.0f} ({args.jobs})"
    )
    floor = times["read and validate"] / base
    emit(
        f"rollup.{args.reports}_files/json_load",
        times["roll-up"] / base,
        1.5,
        note=f"one process; reading and validating alone {floor:.2f}x",
    )
    emit(
        f"rollup.{args.reports}_files_jobs{args.jobs}/json_load",
        times["jobs"] / base,
        1.5,
        note=f"ceiling now {spare:.2f}x",
    )


if __name__ == "__main__":
    main()
