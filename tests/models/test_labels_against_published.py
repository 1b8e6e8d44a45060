"""The official labels in ``_labels`` match real published pages word for word (whitespace aside).

The expected text comes from the pages as published (tests/data/published), not from ``_labels`` itself.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from disclosure_rules._labels import (
    TABLE2_CELLS_2019,
    TABLE2_CELLS_2021,
    TABLE3_COLUMNS,
    TABLE3_GROUPS,
    TABLE3_NOTE,
    TABLE3_ROWS_2019,
    TABLE3_ROWS_2021,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
)

PUBLISHED = Path(__file__).resolve().parents[1] / "data" / "published"


def _page_text(name: str) -> str:
    raw = (PUBLISHED / name).read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", raw))
    return re.sub(r"\s+", "", text)


def _in_order(labels: list[str], text: str) -> list[str]:
    """The labels that are not found, each searched after the previous one's position."""
    missing: list[str] = []
    position = 0
    for label in labels:
        found = text.find(re.sub(r"\s+", "", label), position)
        if found < 0:
            missing.append(label)
        else:
            position = found
    return missing


@pytest.mark.parametrize(
    ("page", "rows", "table2"),
    [
        ("pingtan_2021.html", TABLE3_ROWS_2021, TABLE2_CELLS_2021),
        ("shanghai_office_2019.html", TABLE3_ROWS_2019, TABLE2_CELLS_2019),
    ],
)
def test_labels_appear_in_order_on_the_published_page(page: str, rows: tuple, table2: tuple) -> None:  # type: ignore[type-arg]
    text = _page_text(page)
    table2_labels = list(
        dict.fromkeys(label for spec in table2 for label in (spec.row_label, spec.column_label))
    )
    assert [
        label
        for label in table2_labels
        if re.sub(r"\s+", "", label) not in text.replace("(", "（").replace(")", "）")
    ] == []
    assert _in_order([TABLE3_NOTE], text) == []
    assert _in_order([column.label for column in TABLE3_COLUMNS], text) == []
    assert [group.title for group in TABLE3_GROUPS if group.title not in text] == []
    assert _in_order([row.label for row in rows], text) == []
    assert _in_order([group.label for group in TABLE4_GROUPS], text) == []
    assert _in_order([label for _, label in TABLE4_RESULT_COLUMNS], text) == []
