"""The legacy report's data annex names its timeliness table from the label table (``_labels.py``), the one
home of the name a legacy finding gives the same breakdown."""

from __future__ import annotations

from disclosure_rules import LegacyReport
from disclosure_rules._labels import LEGACY_BREAKDOWN_NAMES
from disclosure_rules._render._views import legacy_data
from tests.render.helpers import EXAMPLE_LEGACY, load


def test_the_timeliness_table_is_named_as_the_label_table_names_it() -> None:
    report = load(EXAMPLE_LEGACY)
    assert isinstance(report, LegacyReport)
    annex = legacy_data(report)
    assert annex is not None
    table = next(table for table in annex.tables if table.id == "legacy-timeliness")
    assert table.label == LEGACY_BREAKDOWN_NAMES["timeliness"]
    assert table.head[0][0].text == LEGACY_BREAKDOWN_NAMES["timeliness"]
