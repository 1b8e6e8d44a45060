"""Benchmark: ``classify content --input`` through the command line, end to end, at growing sizes.

    .venv/bin/python bench/bench_classify_cli.py                     # 100,000 and 1,000,000 titles
    .venv/bin/python bench/bench_classify_cli.py --sizes 200000
    .venv/bin/python bench/bench_classify_cli.py --sizes 1000000 --baseline /tmp/main/src --repeat 2

Titles are those of ``bench_classify.py`` (generated, nearly all distinct), one JSON object a line. Each run is a
fresh ``python -m disclosure_rules classify content --input FILE --format F --output OUT`` process: its CPU
time (user + system, from ``wait4``), its wall time, and its peak memory (maximum resident set). The time target
is checked on CPU time: on a machine shared with other work, wall time measures the neighbours too (both are
printed; on an idle machine they agree). Peer, measured in the same run:
``classify_many`` in process on the same titles (the library's batch path, without reading or writing files) —
the floor the command can approach. Targets (issue 16): 1,000,000 titles in ≤ 10 s end to end; memory flat,
≤ 200 MB at any size.

``--baseline SRC`` runs the command of another copy of the library too (``SRC``: its ``src`` folder, e.g. of a
``git worktree`` of main), interleaved with this one's runs (``--repeat`` times each, on the same file), so a change
is measured side by side with the code before it under the same load; its figures are printed, not checked.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_classify import make_titles
from ratios import emit

from disclosure_rules._classify import ContentClassifier

_MILLION = 1_000_000


def run_cli(
    source: Path, output: Path, output_format: str, library: Path | None = None
) -> tuple[float, float, float]:
    """CPU seconds, wall seconds and peak resident megabytes of one command-line run (of ``library``, if given)."""
    command = [sys.executable, "-m", "disclosure_rules", "classify", "content", "--input", str(source)]
    command += ["--format", output_format, "--output", str(output)]
    environment = None
    if library is not None:
        environment = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(library), os.environ.get("PYTHONPATH", "")]),
        }
    start = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, env=environment)  # noqa: S603 - this interpreter, fixed arguments
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"the command failed: {error}")
    return usage.ru_utime + usage.ru_stime, seconds, usage.ru_maxrss / 1024  # ru_maxrss: kilobytes on Linux


def prepare(size: int, source: Path) -> float:
    """In a child process: write ``size`` titles to ``source`` and time ``classify_many`` on them (CPU seconds).

    A child, so that this process stays small: a child's peak memory counts what it shared with its parent
    before it started the command, and a parent holding a million titles would inflate every figure.
    """
    completed = subprocess.run(  # noqa: S603 - this interpreter, this file, fixed arguments
        [sys.executable, __file__, "--prepare", str(size), str(source)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(completed.stdout.strip().splitlines()[-1])


def _prepare_here(size: int, source: Path) -> None:
    titles = make_titles(size)
    with source.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps({"title": title}, ensure_ascii=False) + "\n" for title in titles)
    start = time.process_time()
    ContentClassifier("art20_21_2019").classify_many(titles)
    print(time.process_time() - start)


def main() -> None:
    """Run the command at each size and print the targets."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--formats", nargs="+", default=["text", "jsonl"], choices=["text", "jsonl", "json"])
    parser.add_argument(
        "--baseline", type=Path, metavar="SRC", help="also run this copy's command, interleaved"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command and format")
    parser.add_argument("--prepare", nargs=2, metavar=("SIZE", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare:
        _prepare_here(int(args.prepare[0]), Path(args.prepare[1]))
        return

    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            source = Path(folder) / f"titles_{size}.jsonl"
            floor = prepare(size, source)
            print(f"{size:,} titles ({source.stat().st_size / 1e6:.0f} MB of JSON Lines)")
            print(f"  classify_many in process (no files)      {floor:6.2f} s CPU")
            for output_format in args.formats * args.repeat:
                output = Path(folder) / f"out.{output_format}"
                if args.baseline is not None:
                    cpu, seconds, megabytes = run_cli(source, output, output_format, args.baseline.resolve())
                    output.unlink()
                    print(
                        f"  baseline --format {output_format:<5} {cpu:6.2f} s CPU ({seconds:.2f} s wall)  "
                        f"{megabytes:6.0f} MB peak  {cpu / floor:.2f}x classify_many"
                    )
                cpu, seconds, megabytes = run_cli(source, output, output_format)
                written = output.stat().st_size / 1e6
                output.unlink()
                print(
                    f"  CLI --format {output_format:<5} {cpu:6.2f} s CPU ({seconds:.2f} s wall)  "
                    f"{megabytes:6.0f} MB peak  ({written:,.0f} MB written)  {cpu / floor:.2f}x classify_many"
                )
                if size >= _MILLION:  # below, the fixed cost of a start (imports, scheme, tables) dominates
                    target = 10 * size / _MILLION
                    note = f"{seconds:.1f} s wall"
                    emit(f"classify_cli.{output_format}.{size}.cpu_seconds", cpu, target, unit="s", note=note)
                emit(f"classify_cli.{output_format}.{size}.peak_memory", megabytes, 200, unit="MB")
            source.unlink()


if __name__ == "__main__":
    main()
