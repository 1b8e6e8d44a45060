"""The engine against worked examples computed by hand (tests/deadlines/golden/*.csv).

The CSV files and the clerk's-note snapshots are written by ``scripts/deadlines_regen_goldens.py``; the expected
values in them were worked out by hand from the holiday notices and the articles (see each row's explanation).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from disclosure_rules._deadlines import (
    DeadlineResult,
    clerk_note,
    example_local_rules,
    proactive_deadline,
    request_deadline,
)
from disclosure_rules._records import InformationRequest, ProactiveItem

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = (
    "golden files are stale: run `.venv/bin/python scripts/deadlines_regen_goldens.py` and review the diff"
)


def _rows(name: str) -> list[dict[str, str]]:
    path = GOLDEN / name
    assert path.is_file(), f"{path} is missing; {REGENERATE}"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _run(kind: str, row: dict[str, str]) -> DeadlineResult:
    options = json.loads(row["options"])
    as_of = dt.date.fromisoformat(options["as_of"]) if "as_of" in options else None
    regime = options.get("regime")
    if kind == "request":
        request = InformationRequest.model_validate_json(row["input"])
        return request_deadline(request, regime=regime, as_of=as_of)
    item = ProactiveItem.model_validate_json(row["input"])
    limit = options.get("limit", "proactive")
    if options.get("rules") == "example_local":
        return proactive_deadline(item, regime=regime, limit=limit, as_of=as_of, rules=example_local_rules())
    return proactive_deadline(item, regime=regime, limit=limit, as_of=as_of)


def _cases() -> list[tuple[str, dict[str, str]]]:
    return [("request", row) for row in _rows("request_cases.csv")] + [
        ("proactive", row) for row in _rows("proactive_cases.csv")
    ]


_CASES = _cases()
_IDS = [row["case"] for _, row in _CASES]


def test_the_worked_examples_cover_what_the_issue_asks_for() -> None:
    names = {row["case"] for _, row in _cases()}
    for wanted in (
        "before_2019_change",
        "on_2019_change",
        "spring_festival_2024",
        "national_day_2024_late",
        "correction_restarts_period",
        "consultations_overlap",
        "extension_across_national_day_2022",
        "received_on_makeup_saturday",
    ):
        assert wanted in names, f"missing worked example {wanted}; {REGENERATE}"


@pytest.mark.parametrize(("kind", "row"), _CASES, ids=_IDS)
def test_engine_matches_hand_computation(kind: str, row: dict[str, str]) -> None:
    result = _run(kind, row)
    expected = {
        "regime": row["regime"],
        "deadline": row["deadline"] or None,
        "status": row["status"],
        "working_days_allowed": int(row["working_days_allowed"]),
        "working_days_used": int(row["working_days_used"]) if row["working_days_used"] else None,
        "working_days_late": int(row["working_days_late"]) if row["working_days_late"] else None,
        "findings": row["findings"].split(),
    }
    actual = {
        "regime": result.regime.value,
        "deadline": result.deadline.isoformat() if result.deadline else None,
        "status": result.status.value,
        "working_days_allowed": result.working_days_allowed,
        "working_days_used": result.working_days_used,
        "working_days_late": result.working_days_late,
        "findings": [finding.code for finding in result.findings],
    }
    assert actual == expected, f"{row['case']}: hand computation says: {row['explanation']}"


@pytest.mark.parametrize(("kind", "row"), _CASES, ids=_IDS)
def test_clerk_note_snapshot(kind: str, row: dict[str, str]) -> None:
    path = GOLDEN / "notes" / f"{row['case']}.txt"
    assert path.is_file(), f"{path} is missing; {REGENERATE}"
    assert clerk_note(_run(kind, row)) == path.read_text(encoding="utf-8"), REGENERATE


def test_every_due_date_in_the_goldens_is_a_working_day() -> None:
    from disclosure_rules._calendar import WorkingDayCalendar  # noqa: PLC0415 - keeps the import local to this check

    calendar = WorkingDayCalendar.china()
    for _, row in _cases():
        if row["deadline"]:
            assert calendar.is_working_day(dt.date.fromisoformat(row["deadline"])), row["case"]
