"""Regenerate the renderer's golden files: tests/render/golden/<case>/{case.json, model.json, report.*}.

Run after an intended change to the templates, the view models or the examples:

    .venv/bin/python scripts/render_regen_goldens.py

Then review the diff (``git diff tests/render/golden``) before committing: the goldens are the record of what
the published output looks like. ``model.json`` is the report as the renderer saw it (a text dump of the
model); the rendered files are what ``render`` made of it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from disclosure_rules import report_from_json, report_to_json
from disclosure_rules._render import OutputFormat, render

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "render" / "golden"


@dataclass(frozen=True)
class Case:
    """One golden case: where its report comes from and how it is rendered."""

    name: str
    source: Path
    allow_errors: bool = False
    charts: bool = False


CASES = (
    Case("example_2021", REPO / "examples" / "qingshan_natural_resources_2022.json", charts=True),
    Case("shanghai_2019", REPO / "tests" / "render" / "fixtures" / "shanghai_office_2019.json"),
    Case(
        "wanlong_2017_legacy", REPO / "examples" / "wanlong_2017_legacy.json", allow_errors=True, charts=True
    ),
)
FORMATS: tuple[OutputFormat, ...] = ("html", "md", "txt")


def write(path: Path, text: str) -> bool:
    """Write ``text`` if it differs from the file; return whether the file changed."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return True


def main() -> int:
    changed = 0
    for case in CASES:
        report = report_from_json(case.source.read_bytes(), source=str(case.source))
        folder = GOLDEN / case.name
        options = {
            "source": case.source.relative_to(REPO).as_posix(),
            "allow_errors": case.allow_errors,
            "charts": case.charts,
        }
        changed += write(folder / "case.json", json.dumps(options, indent=2) + "\n")
        changed += write(folder / "model.json", report_to_json(report))
        for output_format in FORMATS:
            text = render(report, output_format, charts=case.charts, allow_errors=case.allow_errors)
            changed += write(folder / f"report.{output_format}", text)
    print(f"{changed} golden file(s) written under {GOLDEN.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
