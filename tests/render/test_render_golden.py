"""Golden files: each case's model (as JSON) and its rendered HTML, Markdown and text, byte for byte.

The files are written by ``scripts/render_regen_goldens.py``, never by hand; these tests only compare.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from disclosure_rules import report_from_json, report_to_json
from disclosure_rules._render import render
from tests.render.helpers import GOLDEN, REPO

if TYPE_CHECKING:
    from pathlib import Path

    from disclosure_rules import OutputFormat

REGENERATE = (
    "golden file {path} is out of date; if the change is intended, run\n"
    "    .venv/bin/python scripts/render_regen_goldens.py\n"
    "and review `git diff tests/render/golden` before committing"
)
CASES = sorted(path.name for path in GOLDEN.iterdir() if (path / "case.json").is_file())


def test_every_case_is_present() -> None:
    """The 2021 example, a 2019-format report and the seed's legacy report."""
    assert CASES == ["example_2021", "shanghai_2019", "wanlong_2017_legacy"]


@pytest.mark.parametrize("case", CASES)
def test_model_matches_its_source(case: str) -> None:
    """model.json is the source report as the renderer saw it: a changed example needs new goldens."""
    folder = GOLDEN / case
    options = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    source = REPO / options["source"]
    report = report_from_json(source.read_bytes(), source=str(source))
    golden = folder / "model.json"
    assert report_to_json(report) == golden.read_text(encoding="utf-8"), REGENERATE.format(path=golden)


@pytest.mark.parametrize("output_format", ["html", "md", "txt"])
@pytest.mark.parametrize("case", CASES)
def test_rendered_output_matches_the_golden_file(case: str, output_format: OutputFormat) -> None:
    folder = GOLDEN / case
    options = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    report = report_from_json((folder / "model.json").read_bytes())
    text = render(
        report,
        output_format,
        charts=options["charts"],
        allow_errors=options["allow_errors"],
    )
    golden: Path = folder / f"report.{output_format}"
    assert text == golden.read_text(encoding="utf-8"), REGENERATE.format(path=golden)
