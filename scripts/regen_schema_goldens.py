"""Regenerate the JSON Schema snapshots in tests/models/golden/schema/ from the models.

Run after an intended model change:  python scripts/regen_schema_goldens.py
Then review the diff: a schema change is an interface change for every system that exchanges reports.
"""

from __future__ import annotations

import json
from pathlib import Path

from disclosure_rules._json_schema import SCHEMA_MODELS, model_schema

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "models" / "golden" / "schema"


def render_schema(name: str) -> str:
    """The snapshot text of one model's schema (sorted keys, stable across runs)."""
    return json.dumps(model_schema(name), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    """Write one file per model."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name in SCHEMA_MODELS:
        (GOLDEN / f"{name}.json").write_text(render_schema(name), encoding="utf-8")
        print(f"wrote {GOLDEN / f'{name}.json'}")


if __name__ == "__main__":
    main()
