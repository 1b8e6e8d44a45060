"""Screenshot the rendered HTML of the golden cases at A4 width with headless Chromium, into docs/screenshots/.

    .venv/bin/python scripts/render_screenshot.py [--out DIR] [--chromium PATH]

Needs Debian's ``chromium`` (``apt-get install -y chromium``) and, for the Chinese text, a CJK font
(``fonts-noto-cjk``). A4 is 210 mm wide: 794 CSS pixels at 96 dpi. The page height is measured first (a copy
of the page with a one-line script that writes ``document.body.scrollHeight`` into the title, read back with
``--dump-dom``), then the whole page is captured in one image. The shipped HTML itself has no script.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from disclosure_rules import report_from_json
from disclosure_rules._render import render

REPO = Path(__file__).resolve().parents[1]
A4_WIDTH_PX = 794
CASES: tuple[tuple[str, Path, dict[str, bool]], ...] = (
    ("example_2021", REPO / "examples" / "qingshan_natural_resources_2022.json", {"charts": True}),
    ("shanghai_2019", REPO / "tests" / "render" / "fixtures" / "shanghai_office_2019.json", {}),
    (
        "wanlong_2017_legacy",
        REPO / "examples" / "wanlong_2017_legacy.json",
        {"allow_errors": True, "charts": True},
    ),
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)
_MEASURE = (
    "<script>addEventListener('load', () => { document.title = 'HEIGHT=' + "
    "Math.ceil(document.documentElement.scrollHeight); });</script>"
)


def chromium(binary: str, profile: Path, *arguments: str) -> str:
    command = [binary, *FLAGS, f"--user-data-dir={profile}", *arguments]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)  # noqa: S603 - fixed flags
    if done.returncode != 0:
        raise SystemExit(f"chromium failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    return done.stdout


def page_height(binary: str, profile: Path, html: str, work: Path) -> int:
    probe = work / "measure.html"
    probe.write_text(html.replace("</body>", f"{_MEASURE}</body>"), encoding="utf-8")
    dom = chromium(binary, profile, f"--window-size={A4_WIDTH_PX},1123", "--dump-dom", probe.as_uri())
    match = re.search(r"HEIGHT=(\d+)", dom)
    if match is None:
        raise SystemExit("could not measure the page height (no HEIGHT= in the dumped DOM)")
    return int(match.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    if shutil.which(args.chromium) is None and not Path(args.chromium).is_file():
        print(
            f"{args.chromium}: not found; install Debian's chromium (apt-get install -y chromium)",
            file=sys.stderr,
        )
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="render-shot-") as temporary:
        work = Path(temporary)
        profile = work / "profile"
        for name, source, options in CASES:
            report = report_from_json(source.read_bytes(), source=str(source))
            html = render(
                report,
                "html",
                charts=options.get("charts", False),
                allow_errors=options.get("allow_errors", False),
            )
            page = work / f"{name}.html"
            page.write_text(html, encoding="utf-8")
            height = page_height(args.chromium, profile, html, work)
            target = args.out / f"{name}.png"
            chromium(
                args.chromium,
                profile,
                f"--window-size={A4_WIDTH_PX},{height}",
                f"--screenshot={target}",
                page.as_uri(),
            )
            print(
                f"{target.relative_to(REPO) if target.is_relative_to(REPO) else target}: {A4_WIDTH_PX}x{height}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
