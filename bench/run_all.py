"""Every benchmark in one command, and one table of every ratio against its target.

    .venv/bin/python bench/run_all.py                      # every bench/bench_*.py, one after another
    .venv/bin/python bench/run_all.py --only render startup
    .venv/bin/python bench/run_all.py --log bench.log      # every bench's full output too

Each ``bench/bench_*.py`` runs as its own process (so one bench's imports and caches never help another), with
the repository's ``src`` first on its path; its ``RATIO`` lines (see ``bench/ratios.py``) are gathered, and its
full output can be kept with ``--log``. A bench that fails, times out or prints no ``RATIO`` line shows up
as a row saying so: the table never hides a bench. Exit status: 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from ratios import Ratio, parse

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def _benches(only: list[str] | None) -> list[Path]:
    found = sorted(BENCH.glob("bench_*.py"))
    if only:
        found = [path for path in found if path.stem.removeprefix("bench_") in only]
    return found


def _run(path: Path, timeout: float) -> tuple[str, list[Ratio], float, str]:
    """Run one bench: its status word, its ratios, its wall time and its whole output."""
    source = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))
    start = time.perf_counter()
    try:
        completed = subprocess.run(  # noqa: S603 - this interpreter, a bench file of this folder
            [sys.executable, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "PYTHONPATH": source},
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout if isinstance(exc.stdout, str) else ""
        return f"timed out after {timeout:g} s", parse(output), time.perf_counter() - start, output
    seconds = time.perf_counter() - start
    ratios = parse(completed.stdout)
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        last = (completed.stderr.strip().splitlines() or ["?"])[-1]
        return f"failed (exit {completed.returncode}: {last[:80]})", ratios, seconds, output
    return ("ok" if ratios else "no RATIO lines"), ratios, seconds, output


def main() -> int:
    """Run the benches and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", nargs="+", metavar="NAME", help="bench names without bench_ (render, startup …)"
    )
    parser.add_argument("--log", type=Path, help="write every bench's full output to this file")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds one bench may take")
    args = parser.parse_args()

    rows: list[tuple[str, Ratio | None, str]] = []
    logs: list[str] = []
    for path in _benches(args.only):
        name = path.stem.removeprefix("bench_")
        print(f"running {path.name} …", file=sys.stderr, flush=True)
        status, ratios, seconds, output = _run(path, args.timeout)
        logs.append(f"===== {path.name} ({status}, {seconds:.0f} s)\n{output}")
        print(f"  {status}, {len(ratios)} ratios, {seconds:.0f} s", file=sys.stderr, flush=True)
        rows.extend((name, ratio, "") for ratio in ratios)
        if status != "ok":
            rows.append((name, None, status))

    width = max([len(ratio.name) for _, ratio, _ in rows if ratio] + [20])
    print(f"\n{'bench':<10} {'ratio':<{width}} {'value':>10}   {'target':<12} met")
    for bench, ratio, status in rows:
        if ratio is None:
            print(f"{bench:<10} {'-':<{width}} {'':>10}   {'':<12} NO: {status}")
            continue
        target = f"{ratio.operator} {ratio.target:g} {ratio.unit}"
        verdict = "yes" if ratio.met else "NO"
        note = f"  ({ratio.note})" if ratio.note else ""
        print(f"{bench:<10} {ratio.name:<{width}} {ratio.value:>10.3g}   {target:<12} {verdict}{note}")
    if args.log is not None:
        args.log.write_text("\n".join(logs), encoding="utf-8")
    missed = [row for row in rows if row[1] is None or not row[1].met]
    print(f"\n{len(rows) - len(missed)} of {len(rows)} targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
