"""Screenshot the supervision dashboard of the published-report corpus into docs/screenshots/dashboard.png.

    .venv/bin/python scripts/dashboard_screenshot.py [--out FILE] [--chromium PATH]

The dashboard is built from ``tests/data/published/`` as ``check tests/data/published --dashboard`` builds it,
then captured by Debian's headless ``chromium`` (``apt-get install -y chromium``, and ``fonts-noto-cjk`` for the
Chinese text) at 1280 CSS pixels wide: the top of the page (summary, league table, charts), at most
3,200 pixels high — below it each page's findings follow.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from render_screenshot import chromium, page_height

from disclosure_rules import check_pages, render_dashboard

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "data" / "published"
WIDTH_PX = 1280
MAX_HEIGHT_PX = 3200


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots" / "dashboard.png")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    if shutil.which(args.chromium) is None and not Path(args.chromium).is_file():
        print(
            f"{args.chromium}: not found; install Debian's chromium (apt-get install -y chromium)",
            file=sys.stderr,
        )
        return 2
    os.chdir(REPO)  # the dashboard names the files as a user in the repository would
    html = render_dashboard(check_pages([str(CORPUS.relative_to(REPO))], jobs=0))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        page = work / "dashboard.html"
        page.write_text(html, encoding="utf-8")
        height = min(page_height(args.chromium, work / "profile", html, work), MAX_HEIGHT_PX)
        chromium(
            args.chromium,
            work / "profile",
            f"--window-size={WIDTH_PX},{height}",
            f"--screenshot={args.out}",
            page.as_uri(),
        )
    print(f"wrote {args.out} ({WIDTH_PX}×{height})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
