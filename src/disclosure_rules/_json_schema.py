"""The models whose JSON Schema the library publishes (``schema`` subcommand, golden snapshots)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

from disclosure_rules._models import AnnualReport2019, AnnualReport2021, LegacyReport

if TYPE_CHECKING:
    from pydantic import BaseModel

_REPORT_MODELS: Final[dict[str, type[BaseModel]]] = {
    "AnnualReport2021": AnnualReport2021,
    "AnnualReport2019": AnnualReport2019,
    "LegacyReport": LegacyReport,
}
# Input records live in their own module; listed by name so this module stays import-light.
_RECORD_MODELS: Final = ("InformationRequest", "ProactiveItem")


def _record_model(name: str) -> type[BaseModel]:
    module = importlib.import_module("disclosure_rules._records")
    model: type[BaseModel] = getattr(module, name)
    return model


SCHEMA_MODELS: Final = (*_REPORT_MODELS, *_RECORD_MODELS)


def model_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (validation mode) of a published model, by name."""
    model = _REPORT_MODELS[name] if name in _REPORT_MODELS else _record_model(name)
    return model.model_json_schema(mode="validation")
