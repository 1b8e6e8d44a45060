"""Table 二 of each format: every field of the model is a cell of the format, and every cell is a field.

A field no cell of the format holds can never be read from a report or written into one (it was the 2019 trial
format's 行政事业性收费 ``decisions``: that row has only 上一年项目数量 and 本年增/减, 国办公开办函〔2019〕60号).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from disclosure_rules import (
    AnnualReport2019,
    InputError,
    ProactiveDisclosureTable2019,
    ProactiveDisclosureTable2021,
    report_from_json,
    report_to_json,
)
from disclosure_rules._labels import table2_cells

FIXTURE_2019 = Path(__file__).resolve().parents[1] / "render" / "fixtures" / "shanghai_office_2019.json"
TABLES: dict[Literal["2021", "2019"], type[BaseModel]] = {
    "2021": ProactiveDisclosureTable2021,
    "2019": ProactiveDisclosureTable2019,
}


def _field_paths(table: type[BaseModel]) -> set[tuple[str, str]]:
    paths: set[tuple[str, str]] = set()
    for row_name, row in table.model_fields.items():
        row_model = row.annotation
        assert isinstance(row_model, type)
        assert issubclass(row_model, BaseModel)
        paths.update((row_name, cell) for cell in row_model.model_fields)
    return paths


@pytest.mark.parametrize("report_format", ["2021", "2019"])
def test_every_field_of_table_2_is_a_cell_of_the_format(report_format: Literal["2021", "2019"]) -> None:
    cells = {spec.field_path for spec in table2_cells(report_format)}
    assert len(cells) == len(table2_cells(report_format))
    assert sorted(_field_paths(TABLES[report_format]) ^ cells) == []


def _fixture() -> dict[str, Any]:
    data = json.loads(FIXTURE_2019.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_a_file_with_the_old_blank_fee_decisions_is_still_read() -> None:
    """Files written before the field was removed carry ``"decisions": null`` in the fee row."""
    data = _fixture()
    data["proactive_disclosure"]["administrative_fees"] = {
        "previous_year_items": 0,
        "change": 3,
        "decisions": None,
    }
    report = report_from_json(json.dumps(data, ensure_ascii=False))
    assert isinstance(report, AnnualReport2019)
    assert report.proactive_disclosure.administrative_fees.change == 3
    assert (
        "decisions" not in json.loads(report_to_json(report))["proactive_disclosure"]["administrative_fees"]
    )


@given(st.integers(min_value=0, max_value=10**6))
def test_a_fee_decisions_figure_is_refused(figure: int) -> None:
    """A figure there has no cell to go to: refused, naming the field, never dropped silently."""
    data = _fixture()
    data["proactive_disclosure"]["administrative_fees"] = {
        "previous_year_items": 0,
        "change": 0,
        "decisions": figure,
    }
    with pytest.raises(InputError) as caught:
        report_from_json(json.dumps(data, ensure_ascii=False))
    assert caught.value.code == "input.invalid_report"
    assert "administrative_fees.decisions" in caught.value.message
