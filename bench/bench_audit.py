"""Benchmark: auditing published HTML report pages, against a bare ``html.parser`` pass over the same pages.

Peers, measured in the same run, on one core, on the same pages:

* ``html.parser (bare)``: ``HTMLParser.feed`` with no callbacks — the floor any reader built on the standard
  library pays just to tokenise the markup.
* ``audit``: the whole auditor — markup to grid, labels to official cells, prose figures, the model, every
  rule of ``validate`` and the auditor's own checks.

Pages: the real HTML pages of the corpus (``tests/data/published/*.html``) and synthetic pages of typical size
written in the layouts real sites use (Word-exported cells, navigation, merged cells). Target: at least 100
typical pages per second.

    .venv/bin/python bench/bench_audit.py [--pages 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

from ratios import emit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.audit.pages import Layout, report_html  # noqa: E402 - the page layouts the tests use

from disclosure_rules._audit import audit  # noqa: E402 - after the path set-up
from disclosure_rules._labels import RowKind, table3_rows  # noqa: E402
from disclosure_rules._models import (  # noqa: E402
    Agency,
    AgencyLevel,
    AnnualReport2021,
    RequestsTable2021,
    ReviewLitigationTable,
)


def random_report(rng: random.Random) -> AnnualReport2021:
    """A 2021-format report whose tables satisfy the format's identities (totals are sums)."""
    rows = table3_rows("2021")
    outcomes = {
        row.code: [rng.choice([0, 0, 0, rng.randint(0, 30)]) for _ in range(6)]
        for row in rows
        if row.kind is RowKind.OUTCOME
    }
    closed = [sum(values[c] for values in outcomes.values()) for c in range(6)]
    forward = [rng.randint(0, 3) for _ in range(6)]
    carried = [rng.randint(0, closed[c] + forward[c]) for c in range(6)]
    new = [closed[c] + forward[c] - carried[c] for c in range(6)]
    by_kind = {
        RowKind.NEW: new,
        RowKind.CARRIED_OVER: carried,
        RowKind.TOTAL: closed,
        RowKind.CARRIED_FORWARD: forward,
    }
    matrix = []
    for row in rows:
        values = outcomes[row.code] if row.kind is RowKind.OUTCOME else by_kind[row.kind]
        matrix.append([*values, sum(values)])
    table4: list[int | None] = []
    for _ in range(3):
        parts = [rng.randint(0, 5) for _ in range(4)]
        table4.extend([*parts, sum(parts)])
    return AnnualReport2021(
        agency=Agency(name="青山县人民政府办公室", level=AgencyLevel.GOVERNMENT_DEPARTMENT),
        year=2023,
        requests=RequestsTable2021.from_matrix(matrix),
        review_litigation=ReviewLitigationTable.from_values(table4),
    )


def synthetic_pages(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    filler = (
        "<p>"
        + "本年度政府信息公开工作坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。"
        * 6
        + "</p>"
    )
    pages = []
    for _ in range(count):
        layout = Layout(word_markup=rng.random() < 0.7, navigation=True, blank_marker=rng.choice(["", "0"]))
        page = report_html(random_report(rng), layout, overview=filler)
        pages.append(page.replace("<body>", "<body>" + filler * rng.randint(4, 12)))
    return pages


def time_it(label: str, pages: list[str], work: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for page in pages:
            work(page)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    rate = len(pages) / best
    print(f"  {label:<22} {rate:10.1f} pages/s   ({best * 1000 / len(pages):.2f} ms/page)")
    return rate


def bare_parse(page: str) -> None:
    parser = HTMLParser(convert_charrefs=True)
    parser.feed(page)
    parser.close()


def run_audit(page: str) -> None:
    audit(page)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    corpus = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/published").glob("*.html"))]
    synthetic = synthetic_pages(args.pages, seed=8)
    sets = {"typical (synthetic)": synthetic, "corpus HTML pages": corpus}
    for name, pages in sets.items():
        if not pages:
            continue
        size = sum(len(p.encode()) for p in pages) / len(pages) / 1024
        print(f"{name}: {len(pages)} pages, mean {size:.0f} KiB")
        floor = time_it("html.parser (bare)", pages, bare_parse, args.repeat)
        rate = time_it("audit", pages, run_audit, args.repeat)
        verdict = "met" if rate >= 100 else "NOT met"
        print(f"  time ratio audit / bare html.parser: {floor / rate:.2f}   (>= 100 pages/s: {verdict})")
        emit(f"audit.{name.split()[0]}_pages_per_second", rate, 100, unit="pages/s", at_least=True)


if __name__ == "__main__":
    main()
