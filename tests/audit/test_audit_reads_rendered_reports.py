"""Round trip between the renderer and the auditor: a rendered report, read back as published, gives the
same canonical tables, in every output format — the two halves of the library agree on the layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosure_rules import AnnualReport2019, AnnualReport2021, OutputFormat, audit, render, report_from_json

ROOT = Path(__file__).resolve().parents[2]
REPORTS = [
    ROOT / "examples" / "qingshan_natural_resources_2022.json",
    ROOT / "tests" / "render" / "golden" / "shanghai_2019" / "model.json",
]


@pytest.mark.parametrize("output_format", ["html", "md", "txt"])
@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.parent.name)
def test_rendered_tables_read_back_exactly(path: Path, output_format: OutputFormat) -> None:
    report = report_from_json(path.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021 | AnnualReport2019)
    result = audit(render(report, output_format), source=f"{path.name}.{output_format}")
    assert result.format == report.report_format
    expected = report.tables()
    assert result.tables["table2"] == expected["table2"]
    assert result.tables["table3"] == expected["table3"]
    assert result.tables["table4"] == expected["table4"]
    assert not [f for f in result.findings if f.code.startswith(("audit.", "cell.", "table3.", "table4."))]
