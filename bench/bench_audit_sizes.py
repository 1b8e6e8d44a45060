"""Benchmark: the auditor's time over page size (20 KB to 3 MB), against a bare ``html.parser`` pass.

Peers, measured in the same run, on one core, on the same pages:

* ``html.parser (bare)``: ``HTMLParser.feed`` with no callbacks, as in ``bench_audit.py``.
* ``audit``: the whole auditor on the same page.

Pages: the real HTML pages of the corpus (``tests/data/published/*.html``: a 21 KB report page and a 359 KB
Word-exported page with a site's navigation); ``size_<N>KB``: the small report page with the large page's real
navigation and footer (the markup after its last table, Word-export markup and all) repeated before
``</body>`` up to about 200 KB, 1 MB and 3 MB; ``prose_200KB``: the small page with its own report prose
repeated to 200 KB (a text-heavy page: little markup for the parser, every sentence read by the auditor).
Target: at every size the auditor takes at most 1.5x the bare parser, i.e. its time is linear in page size.

    .venv/bin/python bench/bench_audit_sizes.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import re
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

from disclosure_rules._audit import audit  # noqa: E402 - after the path set-up

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


def bare_parse(page: str) -> None:
    parser = HTMLParser(convert_charrefs=True)
    parser.feed(page)
    parser.close()


def best_time(work: Callable[[str], object], page: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work(page)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    corpus = {p.stem: p.read_text(encoding="utf-8") for p in sorted(PUBLISHED.glob("*.html"))}
    by_size = sorted(corpus.items(), key=lambda item: len(item[1]))
    small, large = by_size[0][1], by_size[-1][1]
    pages: list[tuple[str, str]] = [(f"corpus.{name}", page) for name, page in by_size]
    navigation = padding(large)
    pages.extend((f"size_{size}KB", padded(small, size, navigation)) for size in SIZES_KB)
    pages.append(("prose_200KB", padded(small, 200)))

    print(f"{'page':<32} {'KiB':>7} {'html.parser ms':>15} {'audit ms':>10} {'ratio':>6}")
    for name, page in pages:
        floor = best_time(bare_parse, page, args.repeat)
        spent = best_time(audit, page, args.repeat)
        ratio = spent / floor
        kib = len(page.encode()) / 1024
        print(f"{name:<32} {kib:7.0f} {floor * 1000:15.2f} {spent * 1000:10.2f} {ratio:6.2f}")
        emit(f"audit.{name}/html_parser", ratio, TARGET, note=f"{kib:.0f}KiB")


if __name__ == "__main__":
    main()
