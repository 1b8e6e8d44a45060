"""Benchmark: start-up — ``import disclosure_rules`` and ``python -m disclosure_rules --help`` in fresh processes.

    .venv/bin/python bench/bench_startup.py [--repeat 10]

Peers, measured in the same run: a bare ``python -c pass`` (the interpreter's own start), and importing each heavy
dependency alone (pydantic, Jinja2, holidays), to show what the lazy imports keep out of start-up. Each figure is
the best wall time of ``--repeat`` fresh processes (the best, because on a shared machine the other runs measure
the neighbours). Targets (issue 16): ``import disclosure_rules`` ≤ 0.1 s and ``--help`` ≤ 0.15 s; keep them with
``python -X importtime -c "import disclosure_rules"`` (see docs/contributing.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from ratios import emit

COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "import pydantic": ["-c", "import pydantic"],
    "import jinja2": ["-c", "import jinja2"],
    "import holidays": ["-c", "import holidays"],
    "import disclosure_rules": ["-c", "import disclosure_rules"],
    "python -m disclosure_rules --help": ["-m", "disclosure_rules", "--help"],
    "python -m disclosure_rules calendar": ["-m", "disclosure_rules", "calendar"],
}


def best_wall(arguments: list[str], repeat: int) -> float:
    """Best wall time of ``repeat`` fresh interpreters running ``arguments``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        command = [sys.executable, *arguments]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603 - fixed
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Time every command and print the targets."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    times = {name: best_wall(arguments, args.repeat) for name, arguments in COMMANDS.items()}
    bare = times["python -c pass"]
    print(f"best of {args.repeat} fresh processes (wall)")
    for name, seconds in times.items():
        print(f"  {name:<38} {seconds * 1e3:7.1f} ms   {seconds / bare:5.2f}x python -c pass")
    emit("startup.import_disclosure_rules", times["import disclosure_rules"], 0.1, unit="s")
    emit("startup.cli_help", times["python -m disclosure_rules --help"], 0.15, unit="s")


if __name__ == "__main__":
    main()
