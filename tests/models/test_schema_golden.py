"""JSON Schema snapshots of the published models (an interface other systems depend on)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_rules._cli import main
from disclosure_rules._json_schema import SCHEMA_MODELS, model_schema

GOLDEN = Path(__file__).resolve().parent / "golden" / "schema"
REGENERATE = (
    "the schema changed; if intended, run `python scripts/regen_schema_goldens.py` and review the diff"
)


@pytest.mark.parametrize("name", SCHEMA_MODELS)
def test_schema_matches_snapshot(name: str) -> None:
    expected = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    assert model_schema(name) == expected, REGENERATE


def test_schema_subcommand_prints_one_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "AnnualReport2021"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "AnnualReport2021"
    assert "requests" in schema["properties"]


def test_schema_subcommand_prints_all_models(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert sorted(json.loads(capsys.readouterr().out)) == sorted(SCHEMA_MODELS)


def test_schema_unknown_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "Nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "[cli.unknown_model]" in err
    assert "没有数据模型“Nope”" in err
