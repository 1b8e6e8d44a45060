"""Benchmark: the auditor's time over page size (20 KB to 3 MB), against ``html.parser`` on the same page.

Measured in the same run, on one core, on the same page (a ``str``), interleaved repeat by repeat, median of the
process's CPU time (``time.process_time``: on a shared machine wall time also counts other jobs' time slices):

* ``html.parser (bare)``: ``HTMLParser.feed`` with no callbacks, as in ``bench_audit.py`` — the target's baseline.
* ``html.parser (reading)``: the same parser with a handler that keeps what a reader of the page needs (every
  piece of text, and where each table cell starts) — shown beside it, to show the bare baseline is not a
  straw man: keeping text and cells costs little over tokenising.
* ``audit``: the whole auditor on the same page, with its caches of cell texts (labels, values) as a long-running
  process has them — cleared, then warmed on a different (synthetic) report — so a page's own lines are never
  answered from the cache of its previous repeat (that made repeated text free in earlier runs of this bench).

Pages: the real HTML pages of the corpus (``tests/data/published/*.html``: a 21 KB report page and a 359 KB
Word-exported page with a site's navigation); ``size_<N>KB``: a report page below the size asked with the large
page's real navigation and footer (the markup after its last table, Word-export markup and all) repeated before
``</body>`` up to about N KB — for 200 KB, 1 MB and 3 MB the small corpus page; for 20 KB, which that page already
exceeds (and the large page's navigation, 28 KB, would overshoot), a generated report of the four tables and their
prose in plain markup with a site's navigation bar (14 KB, ``compact_report``), its own navigation bar repeated to
20 KB — so that ``size_20KB`` is a second page of about 20 KB, not the corpus page measured twice; ``prose_200KB``: the
small page with its own report prose repeated to 200 KB (a text-heavy page: little markup for the parser, every
sentence read by the auditor).
Target: at every size the auditor takes at most 1.5x the bare parser, i.e. its time is linear in page size.

    .venv/bin/python bench/bench_audit_sizes.py [--repeat 9]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from ratios import emit

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_audit import random_report, synthetic_pages  # noqa: E402 - after the path set-up
from tests.audit.pages import Layout, report_html  # noqa: E402 - the page layouts the tests use

from disclosure_rules._audit import audit  # noqa: E402
from disclosure_rules._audit._labels_index import lookup  # noqa: E402
from disclosure_rules._audit._normalize import parse_value  # noqa: E402
from disclosure_rules._text import label_key  # noqa: E402

PUBLISHED = ROOT / "tests/data/published"
TARGET = 1.5
SIZES_KB = (20, 200, 1000, 3000)


def padding(page: str) -> str:
    """The page's own markup after its last table (navigation, footer) or, failing that, before its first."""
    lowered = page.lower()
    end = lowered.rfind("</table>")
    body_end = lowered.rfind("</body>")
    if end != -1 and body_end - end > 2000:
        return page[end + len("</table>") : body_end]
    body = re.search(r"<body[^>]*>", page, re.IGNORECASE)
    start = body.end() if body else 0
    first = lowered.find("<table")
    return page[start : first if first > start else len(page)]


def padded(page: str, size_kb: int, chunk: str | None = None) -> str:
    """``page`` with ``chunk`` (its own padding by default) repeated before ``</body>`` to about ``size_kb`` KB."""
    chunk = padding(page) if chunk is None else chunk
    missing = size_kb * 1000 - len(page.encode())
    if missing <= 0 or not chunk:
        return page
    copies = max(1, round(missing / len(chunk.encode())))
    at = page.lower().rfind("</body>")
    at = len(page) if at == -1 else at
    return page[:at] + chunk * copies + page[at:]


def compact_report(seed: int = 20) -> str:
    """A generated report page in plain markup with a site's navigation bar (no Word export): 14 KB."""
    return report_html(random_report(random.Random(seed)), Layout(word_markup=False, navigation=True))


def size_page(size_kb: int, small: str, navigation: str, compact: str) -> str:
    """The ``size_<N>KB`` page: the small corpus page padded with the large page's navigation when it is below the
    size asked; else the compact report padded with its own navigation bar (one 28 KB navigation would overshoot)."""
    if len(small.encode()) < size_kb * 1000:
        return padded(small, size_kb, navigation)
    return padded(compact, size_kb)


def bare_parse(page: str) -> None:
    parser = HTMLParser(convert_charrefs=True)
    parser.feed(page)
    parser.close()


class _Reading(HTMLParser):
    """The least a reader of the page keeps: every piece of text, and where each table cell starts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.cells: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002 - the parser's signature
        if tag in {"td", "th"}:
            self.cells.append(len(self.parts))

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def reading_parse(page: str) -> None:
    parser = _Reading()
    parser.feed(page)
    parser.close()


def cold_caches(warm_up: str) -> None:
    """The auditor's caches of cell texts as a long-running process has them: official labels, not this page."""
    for cached in (label_key, lookup, parse_value):
        cached.cache_clear()
    audit(warm_up)


def median_times(
    works: dict[str, tuple[Callable[[], object], Callable[[str], object]]], page: str, repeat: int
) -> dict[str, float]:
    """Each work's median time on ``page`` (its set-up untimed), interleaved repeat by repeat: load hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(repeat):
        for name, (set_up, work) in works.items():
            set_up()
            start = time.process_time()
            work(page)
            times[name].append(time.process_time() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()

    corpus = {p.stem: p.read_text(encoding="utf-8") for p in sorted(PUBLISHED.glob("*.html"))}
    by_size = sorted(corpus.items(), key=lambda item: len(item[1]))
    small, large = by_size[0][1], by_size[-1][1]
    pages: list[tuple[str, str]] = [(f"corpus.{name}", page) for name, page in by_size]
    navigation = padding(large)
    compact = compact_report()
    pages.extend((f"size_{size}KB", size_page(size, small, navigation, compact)) for size in SIZES_KB)
    pages.append(("prose_200KB", padded(small, 200)))
    warm_up = synthetic_pages(1, seed=16)[0]

    def nothing() -> None:
        pass

    works: dict[str, tuple[Callable[[], object], Callable[[str], object]]] = {
        "bare": (nothing, bare_parse),
        "reading": (nothing, reading_parse),
        "audit": (lambda: cold_caches(warm_up), audit),
    }
    print(
        f"{'page':<20} {'KiB':>5} {'bare ms':>9} {'reading ms':>11} {'audit ms':>9} "
        f"{'audit/bare':>10} {'audit/reading':>13}"
    )
    for name, page in pages:
        spent = median_times(works, page, args.repeat)
        ratio = spent["audit"] / spent["bare"]
        kib = len(page.encode()) / 1024
        print(
            f"{name:<20} {kib:5.0f} {spent['bare'] * 1000:9.2f} {spent['reading'] * 1000:11.2f} "
            f"{spent['audit'] * 1000:9.2f} {ratio:10.2f} {spent['audit'] / spent['reading']:13.2f}"
        )
        emit(f"audit.{name}/html_parser", ratio, TARGET, note=f"{kib:.0f}KiB")


if __name__ == "__main__":
    main()
