"""Benchmark: reading a filled report workbook, against openpyxl's bare load of the same file.

Peers, measured in the same run, on one core, on the same bytes:

* ``openpyxl load (bare)``: ``openpyxl.load_workbook`` with its defaults — what the ~60 lines of hand-written
  openpyxl code a user would otherwise write pay before looking at a single cell.
* ``openpyxl read-only + every cell``: ``read_only=True`` and one pass over every cell of every sheet — the
  floor of any reader that looks at the whole workbook.
* ``read_workbook``: the library's reader — every table cell found by its labels, formulas recomputed, values
  checked, the report model built, each cell's ``Sheet!A1`` address kept.
* ``read_workbook + validate``: the above plus every rule of ``validate`` with the findings located.

Workbooks: the template filled with the example 2021 report (examples/), and the same with 30 blank rows
inserted into 表三. Target: reading a filled template in under 100 ms.

    .venv/bin/python bench/bench_xlsx.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ratios import emit  # noqa: E402 - after the path set-up
from tests.workbook.helpers import EXAMPLE_2021, fill, insert_row, openpyxl, save  # noqa: E402 - path set-up

from disclosure_rules import (  # noqa: E402 - after the path set-up
    AnnualReport2021,
    read_workbook,
    report_from_json,
    workbook_template,
)

TARGET_MS = 100.0


def best_ms(peers: dict[str, Any], data: bytes, repeat: int) -> dict[str, float]:
    """The best time of each peer in ms; the peers take turns, so a busy machine slows them alike."""
    best = dict.fromkeys(peers, float("inf"))
    for _ in range(repeat):
        for name, work in peers.items():
            start = time.perf_counter()
            work(data)
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: seconds * 1000 for name, seconds in best.items()}


def bare_load(data: bytes) -> None:
    openpyxl.load_workbook(io.BytesIO(data)).close()


def read_only_every_cell(data: bytes) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    for worksheet in workbook.worksheets:
        for row in worksheet.iter_rows(values_only=True):
            for _ in row:
                pass
    workbook.close()


def read(data: bytes) -> None:
    read_workbook(data)


def read_and_validate(data: bytes) -> None:
    read_workbook(data).validate()


def workbooks() -> dict[str, bytes]:
    report = report_from_json(EXAMPLE_2021.read_text(encoding="utf-8"))
    if not isinstance(report, AnnualReport2021):
        raise TypeError(f"{EXAMPLE_2021} is not a 2021-format report")
    filled = fill(workbook_template(year=report.year), report)
    plain = save(filled)
    for _ in range(30):
        insert_row(filled, "表三", 8)
    return {"filled template": plain, "filled, 30 rows inserted": save(filled)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    peers = {
        "openpyxl load (bare)": bare_load,
        "openpyxl read-only + every cell": read_only_every_cell,
        "read_workbook": read,
        "read_workbook + validate": read_and_validate,
    }
    for name, data in workbooks().items():
        print(f"{name}: {len(data) / 1024:.1f} KiB")
        times = best_ms(peers, data, args.repeat)
        for peer, ms in times.items():
            print(f"  {peer:<34} {ms:8.1f} ms")
        ours = times["read_workbook"]
        verdict = "met" if ours < TARGET_MS else "NOT met"
        print(
            f"  ratio read_workbook / openpyxl bare load: {ours / times['openpyxl load (bare)']:.2f}; "
            f"/ read-only pass: {ours / times['openpyxl read-only + every cell']:.2f}   (< {TARGET_MS:.0f} ms: {verdict})"
        )
        label = "".join(char if char.isalnum() else "_" for char in name)
        emit(f"xlsx.read_workbook.{label}", ours, TARGET_MS, unit="ms")


if __name__ == "__main__":
    main()
