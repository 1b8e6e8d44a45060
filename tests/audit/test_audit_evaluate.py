"""The accuracy script (scripts/audit_evaluate.py) and the frozen blind set it measures (docs/audit.md).

The blind set is checked for shape only — its pages and readings are there and frozen — never for accuracy:
rules are tuned on the development set, and the blind set is measured by hand once per change.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.scripts import load_script

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "tests" / "data" / "published_blind"
BLIND_2 = ROOT / "tests" / "data" / "published_blind_2"
DEVELOPMENT = ROOT / "tests" / "data" / "published"


def _script() -> ModuleType:
    return load_script("audit_evaluate")


def test_development_set_figures() -> None:
    """On the development set no cell is read wrong or into a blank cell, and every format is right."""
    tally = _script().evaluate(DEVELOPMENT)
    assert tally.pages >= 58
    assert tally.format_right == tally.pages
    assert tally.wrong == 0
    assert tally.into_blank == 0
    assert tally.table2_wrong == 0
    assert tally.table2_into_blank == 0
    assert tally.right == tally.visible
    assert tally.figures_wrong == 0
    assert tally.figures_invented == 0


@pytest.mark.parametrize("folder", [BLIND, BLIND_2], ids=["blind", "blind_2"])
def test_blind_set_is_frozen(folder: Path) -> None:
    """30 or more pages read by hand before the auditor changed, each with its reading; the README dates the set."""
    readings = sorted(folder.glob("*.reading.json"))
    assert len(readings) >= 30
    for path in readings:
        reading = json.loads(path.read_text(encoding="utf-8"))
        assert reading["format"] in {"2021", "2019", "legacy"}
        stem = path.name.removesuffix(".reading.json")
        assert (folder / f"{stem}.txt").is_file()
    assert "2026-12-06" in (folder / "README.md").read_text(encoding="utf-8")


def _scored(reading: dict[str, object], read: dict[str, int]) -> tuple[int, int, int, int]:
    module = _script()
    tally = module.Tally()
    result = SimpleNamespace(
        figures=[SimpleNamespace(name=name, value=value) for name, value in read.items()]
    )
    module._figures(tally, "page", reading, result)
    return tally.figures_stated, tally.figures_right, tally.figures_wrong, tally.figures_invented


def test_a_figure_stated_only_in_the_appendix_is_neither_stated_nor_invented() -> None:
    """A legacy page's 附表 row read as the headline figure is on the page: not invented, and wrong if it differs."""
    reading: dict[str, object] = {"format": "legacy", "figures": {"appendix_reviews": 0}}
    assert _scored(reading, {"administrative_reviews": 0}) == (0, 0, 0, 0)
    assert _scored(reading, {"administrative_reviews": 2}) == (0, 0, 1, 0)
    assert _scored({"format": "legacy", "figures": {}}, {"administrative_reviews": 0}) == (0, 0, 0, 1)
    stated: dict[str, object] = {"format": "legacy", "figures": {"reviews": 1, "appendix_reviews": 0}}
    assert _scored(stated, {"administrative_reviews": 1}) == (1, 1, 0, 0)


# Round 53: a figure read where an older reading has no such key was scored nowhere, so an invented figure could hide
# there (50 proactive totals over the development pages). It is counted and listed now, and scored as before.


def _unscored(reading: dict[str, object], read: dict[str, int]) -> tuple[int, list[str]]:
    module = _script()
    tally = module.Tally()
    result = SimpleNamespace(
        figures=[SimpleNamespace(name=name, value=value) for name, value in read.items()]
    )
    module._figures(tally, "page", reading, result)
    return tally.figures_unscored, tally.unscored


@given(
    value=st.integers(min_value=0, max_value=10**6),
    page_format=st.sampled_from(["2021", "2019"]),
)
def test_a_figure_read_where_the_reading_has_no_key_is_counted_and_listed(
    value: int, page_format: str
) -> None:
    """A total read on a 2019/2021 page whose reading lacks the key is counted as unscored, never as right or wrong."""
    count, listed = _unscored({"format": page_format, "figures": {"reviews": 0}}, {"proactive_total": value})
    assert count == 1
    assert listed == [f"page: figure proactive_total read {value}, the reading has no such key"]
    reading: dict[str, object] = {"format": page_format, "figures": {"reviews": 0}}
    assert _scored(reading, {"proactive_total": value}) == (1, 0, 0, 0)  # the stated reviews only


@given(
    value=st.integers(min_value=0, max_value=10**6),
    stated=st.one_of(st.none(), st.integers(min_value=0, max_value=10**6)),
    page_format=st.sampled_from(["2021", "2019", "legacy"]),
)
def test_a_figure_the_reading_scores_is_never_unscored(
    value: int, stated: int | None, page_format: str
) -> None:
    """Guard: where the reading has the key (a number or none), or the page is legacy, the figure is scored as before."""
    reading: dict[str, object] = {"format": page_format, "figures": {"proactive_total": stated}}
    assert _unscored(reading, {"proactive_total": value}) == (0, [])
    assert _unscored({"format": "legacy", "figures": {}}, {"proactive_total": value}) == (0, [])
    assert _unscored({"format": page_format, "figures": {}}, {}) == (0, [])
