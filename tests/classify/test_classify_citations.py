"""Every article the schemes still mark ``[check]`` is listed as "not found" in docs/citations.md, and back.

docs/citations.md is the evidence of the citation check (issue 14): a table with one row per cited article, its
place, law, words quoted, source and verdict. A ``[check]`` mark left in a scheme note means the law's text was not
found; the table must say so (a row whose verdict is "not found", whose place names the scheme file and whose law is
named just before the mark), and a "not found" row of a scheme must still have its mark, so the two cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "citations.md"
SCHEMES = ("applicant.toml", "art20_21_2019.toml", "outcome_2021.toml")
MARK = "[check]"
HEADER = ["place", "law", "article", "words quoted", "source", "date read", "verdict"]


@dataclass(frozen=True)
class Row:
    """One row of the evidence table."""

    place: str
    law: str
    verdict: str


def _rows() -> list[Row]:
    """The rows of the first table of docs/citations.md (the laws' articles)."""
    lines = DOC.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| place |"))
    assert [cell.strip() for cell in lines[start].strip().strip("|").split("|")] == HEADER
    rows: list[Row] = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        assert len(cells) == len(HEADER), line
        rows.append(Row(place=cells[0], law=cells[1], verdict=cells[-1]))
    return rows


def _marks(scheme: str) -> list[str]:
    """For each ``[check]`` in ``scheme``, the text of its line before the mark."""
    text = resources.files("disclosure_rules._classify").joinpath(f"schemes/{scheme}").read_text("utf-8")
    found: list[str] = []
    for line in text.splitlines():
        start = 0
        while (index := line.find(MARK, start)) >= 0:
            found.append(line[:index])
            start = index + len(MARK)
    return found


def _not_found(rows: list[Row], scheme: str) -> list[Row]:
    return [row for row in rows if scheme in row.place and row.verdict.strip("*").startswith("not found")]


def _names_law(before: str, law: str) -> bool:
    """The law is named in the last 80 characters before the mark (its own parenthesis)."""
    return law in before[-80:]


def test_the_table_has_rows_and_verdicts() -> None:
    rows = _rows()
    # the check of issue 14 read more than forty articles
    assert len(rows) >= 40
    for row in rows:
        assert any(word in row.verdict for word in ("verified", "corrected", "not found")), row


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_check_left_in_a_scheme_is_listed_as_not_found(scheme: str) -> None:
    rows = _not_found(_rows(), scheme)
    for before in _marks(scheme):
        assert any(_names_law(before, row.law) for row in rows), (
            f"{scheme}: a [check] after «{before[-60:]}» has no 'not found' row in docs/citations.md"
        )


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_not_found_row_of_a_scheme_still_has_its_mark(scheme: str) -> None:
    marks = _marks(scheme)
    for row in _not_found(_rows(), scheme):
        assert any(_names_law(before, row.law) for before in marks), (
            f"docs/citations.md lists {row.law} in {scheme} as not found, but the scheme has no [check] after it"
        )


def test_the_marker_test_can_fail() -> None:
    """A mark after a law without a row is caught (the check above is not vacuous)."""
    rows = _not_found(_rows(), "applicant.toml")
    assert not any(_names_law("(某某条例 第九十九条 ", row.law) for row in rows)
    assert any(_names_law("(国有林场改革方案, 中发〔2015〕6号 ", row.law) for row in rows)
