"""Benchmark: 1,000,000 request records from CSV to table 三, and the roll-up of 10,000 reports.

Peers, measured in the same run on the same file:

* ``csv + Counter (loop)``: a bare ``csv.reader`` plus ``counter[(outcome, applicant)] += 1`` per row — what
  anyone would write to count outcomes by applicant. Target: the aggregator within 2x of it.
* ``csv + Counter(map(itemgetter))``: the same count done in C — a floor, not a target.

The aggregator does more per row: it parses and checks two dates, matches labels, places the request in the
report year (新收/结转/办理结果/结转下年度) and judges timeliness against the deadline engine (cached per
receipt day). Peak memory is measured with tracemalloc on a separate run (tracing slows Python down, so it is
not part of the timing), for two file sizes: bounded memory means the peak does not grow with the rows.

    .venv/bin/python bench/bench_aggregate.py [--rows 1000000] [--reports 10000] [--repeat 3] [--jobs 2]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import tempfile
import time
import tracemalloc
from collections import Counter
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from ratios import emit

from disclosure_rules._aggregate import Deadlines, roll_up, roll_up_detailed, tally_requests
from disclosure_rules._aggregate._matching import OUTCOME_ROWS
from disclosure_rules._cli._roll_up import _reports, _roll_up_parallel
from disclosure_rules._labels import ApplicantType
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2021,
    RequestsTable2021,
    ReviewLitigationTable,
    report_to_json,
)

if TYPE_CHECKING:
    from collections.abc import Callable

YEAR = 2022
APPLICANTS = [kind.value for kind in ApplicantType]
APPLICANT_WEIGHTS = [70, 15, 2, 3, 6, 4]
OUTCOMES = [row.title.split("（", 1)[0] for row in OUTCOME_ROWS]
OUTCOME_WEIGHTS = [40, 15] + [1] * 8 + [12, 2, 2] + [3, 3, 1, 1, 1] + [2, 1, 3]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """A request export like a case system writes: Chinese headers and labels, ISO dates, 10% still open."""
    rng = random.Random(seed)
    start = dt.date(YEAR - 1, 10, 1)
    days = [(start + dt.timedelta(days=i)).isoformat() for i in range(500)]
    later = [(start + dt.timedelta(days=i)).isoformat() for i in range(560)]
    applicants = rng.choices(APPLICANTS, APPLICANT_WEIGHTS, k=rows)
    outcomes = rng.choices(OUTCOMES, OUTCOME_WEIGHTS, k=rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["编号", "收到日期", "申请人类型", "办理结果", "办结日期"])
        for i in range(rows):
            received = rng.randrange(500)
            if rng.random() < 0.1:
                writer.writerow([f"YSQ{i:08d}", days[received], applicants[i], "", ""])
            else:
                closed = later[received + rng.randrange(45)]
                writer.writerow([f"YSQ{i:08d}", days[received], applicants[i], outcomes[i], closed])


def peer_loop(path: Path) -> int:
    counter: Counter[tuple[str, str]] = Counter()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for row in reader:
            counter[row[3], row[2]] += 1
    return sum(counter.values())


def peer_c(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        counter = Counter(map(itemgetter(3, 2), reader))
    return sum(counter.values())


def ours(path: Path, *, timeliness: bool = True) -> int:
    with path.open("rb") as handle:
        tally, _ = tally_requests(handle, path.name, YEAR, deadlines=Deadlines(enabled=timeliness))
    return tally.records


def best_of(repeat: int, runs: dict[str, Callable[[], int]]) -> dict[str, float]:
    """The best time of each run over ``repeat`` rounds, the runs interleaved so that they share the noise."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def peak_bytes(run: Callable[[], int]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def random_report(rng: random.Random, index: int) -> AnnualReport2021:
    """A report whose table 三 follows the flow of requests (so it satisfies the identities)."""
    outcomes = [[rng.choice((0, 0, 0, 1, 2, 5)) for _ in range(6)] for _ in OUTCOME_ROWS]
    closed = [sum(row[c] for row in outcomes) for c in range(6)]
    forward = [rng.randrange(3) for _ in range(6)]
    carried = [rng.randrange(closed[c] + forward[c] + 1) for c in range(6)]
    new = [closed[c] + forward[c] - carried[c] for c in range(6)]
    matrix = [new, carried, *outcomes, closed, forward]
    return AnnualReport2021(
        agency=Agency(name=f"机关{index:05d}", level=AgencyLevel.TOWNSHIP),
        year=YEAR,
        requests=RequestsTable2021.from_matrix([[*row, sum(row)] for row in matrix]),
        review_litigation=ReviewLitigationTable.zeros(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel roll-up of files")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "requests.csv"
        small = Path(folder) / "requests_small.csv"
        start = time.perf_counter()
        generate(big, args.rows)
        generate(small, max(args.rows // 10, 1))
        print(
            f"generated {args.rows:,} rows ({big.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.1f} s"
        )

        assert ours(big) == peer_loop(big) == peer_c(big) == args.rows  # noqa: S101 - same file, same rows
        times = best_of(
            args.repeat,
            {
                "loop": lambda: peer_loop(big),
                "c": lambda: peer_c(big),
                "full": lambda: ours(big),
                "bare": lambda: ours(big, timeliness=False),
            },
        )
        loop, in_c, full, bare = times["loop"], times["c"], times["full"], times["bare"]
        print(f"\n{args.rows:,} request records, CSV → table 三 (best of {args.repeat})")
        print(f"  csv + Counter (loop)            {loop:6.2f} s   1.00x")
        print(f"  csv + Counter(map(itemgetter))  {in_c:6.2f} s   {in_c / loop:.2f}x")
        print(f"  aggregate (with timeliness)     {full:6.2f} s   {full / loop:.2f}x   (target ≤ 2x)")
        print(f"  aggregate (timeliness off)      {bare:6.2f} s   {bare / loop:.2f}x")
        print(f"  rows per second (aggregate)     {args.rows / full:,.0f}")
        emit("aggregate.csv_to_table3/csv_counter_loop", full / loop, 2)

        peak_small = peak_bytes(lambda: ours(small))
        peak_big = peak_bytes(lambda: ours(big))
        print("\npeak traced memory of the aggregate run (tracemalloc)")
        print(f"  {max(args.rows // 10, 1):>9,} rows  {peak_small / 1e6:6.2f} MB")
        print(f"  {args.rows:>9,} rows  {peak_big / 1e6:6.2f} MB   (file: {big.stat().st_size / 1e6:.1f} MB)")

    rng = random.Random(11)
    reports = [random_report(rng, i) for i in range(args.reports)]
    texts = [report_to_json(report, indent=None) for report in reports]
    rolled = best_of(args.repeat, {"roll_up": lambda: len(roll_up(reports)[1])})["roll_up"]
    summary, left_out = roll_up(reports)
    print(f"\nroll-up of {args.reports:,} reports (best of {args.repeat})")
    print(f"  roll_up (models in memory)      {rolled:6.2f} s   (target < 2 s)")
    emit(f"aggregate.roll_up_{args.reports}_models", rolled, 2, unit="s")
    print(f"  summary: {summary.requests.total.total:,} requests answered, {len(left_out)} reports left out")
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, text in enumerate(texts):
            path = Path(folder) / f"{index:05d}.json"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        agency = Agency(name="汇总", level=AgencyLevel.OTHER)
        files = best_of(
            1,
            {
                "one": lambda: roll_up_detailed(_reports(paths), agency=agency).summed,
                "jobs": lambda: _roll_up_parallel(paths, agency, args.jobs).summed,
            },
        )
    print(f"  files → summary, 1 process      {files['one']:6.2f} s   (roll-up CLI)")
    print(
        f"  files → summary, {args.jobs} processes    {files['jobs']:6.2f} s   ({files['one'] / files['jobs']:.2f}x faster)"
    )


if __name__ == "__main__":
    main()
