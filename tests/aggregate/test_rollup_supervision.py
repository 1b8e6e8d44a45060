"""Roll-up for supervisors: reasons for the reports left out, CSV outputs, and each file parsed once."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from disclosure_rules import InputError, report_from_json, roll_up_detailed
from disclosure_rules._aggregate._rollup import _flat_by_name, _flat_identities_hold
from disclosure_rules._cli import main
from disclosure_rules._labels import TABLE2_CELLS_2021, TABLE3_ROWS_2021
from disclosure_rules._models import (
    AnnualReport2021,
    ApplicantCounts,
    RequestsTable2021,
    ReviewLitigationTable,
)
from disclosure_rules._validation import has_errors, validate
from tests.strategies import consistent_reports_2021

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "qingshan_natural_resources_2022.json"
REPORT: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _broken() -> AnnualReport2021:
    report = report_from_json(EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    wrong = ApplicantCounts.from_values([1, 0, 0, 0, 0, 0, 2])  # 总计 2 ≠ 1
    return report.model_copy(update={"requests": report.requests.model_copy(update={"granted": wrong})})


def test_the_api_returns_the_reasons() -> None:
    good = report_from_json(EXAMPLE.read_text(encoding="utf-8"))
    result = roll_up_detailed([good, _broken()])
    (problem,) = result.problems
    errors = [finding for finding in validate(_broken()) if finding.is_error]
    assert problem.codes == tuple(dict.fromkeys(finding.code for finding in errors))
    assert problem.reasons == tuple(finding.message for finding in errors)
    assert problem.year == 2022
    assert problem.index == 1


def test_csv_summary_and_left_out(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text(_broken().model_dump_json(), encoding="utf-8")
    summary, left = tmp_path / "summary.csv", tmp_path / "left_out.csv"
    status = main(
        ["roll-up", str(good), str(broken), "--format", "csv", "-o", str(summary), "--left-out", str(left)]
    )
    assert status == 1
    data = summary.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(TABLE2_CELLS_2021) + len(TABLE3_ROWS_2021) * 7 + 15
    first = next(row for row in rows if row["table"] == "表三")
    assert first["row"] == "一、本年新收政府信息公开申请数量"
    assert int(first["value"]) == REPORT["requests"]["new_received"]["natural_person"]
    (out,) = csv.DictReader(io.StringIO(left.read_text(encoding="utf-8-sig")))
    assert out["file"] == str(broken)
    assert "table3.applicant_sum" in out["codes"]
    assert "总计" in out["reasons"]


def _objects(value: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], list[str]]]:
    if not isinstance(value, dict):
        return []
    found = [(path, list(value))] if value else []
    for name, item in value.items():
        found.extend(_objects(item, (*path, name)))
    return found


OBJECTS = _objects(REPORT)


def _dump_with_duplicate(path: tuple[str, ...], key: str, twice: Any) -> str:
    def walk(value: Any, rest: tuple[str, ...]) -> str:
        if not isinstance(value, dict):
            return json.dumps(value, ensure_ascii=False)
        parts = [
            f"{json.dumps(name)}:{walk(item, rest[1:]) if rest and rest[0] == name else json.dumps(item, ensure_ascii=False)}"
            for name, item in value.items()
        ]
        if not rest:
            parts.append(f"{json.dumps(key)}:{json.dumps(twice)}")
        return "{" + ",".join(parts) + "}"

    return walk(REPORT, path)


@settings(max_examples=60, deadline=None)
@given(choice=st.sampled_from(OBJECTS), data=st.data())
def test_a_key_twice_in_any_object_is_refused(
    choice: tuple[tuple[str, ...], list[str]], data: st.DataObject
) -> None:
    """Rule: a key given twice in one object is refused (input.duplicate_key) — JSON parsers keep the last value."""
    path, keys = choice
    key = data.draw(st.sampled_from(keys))
    text = _dump_with_duplicate(path, key, _value_at(path, key))
    with pytest.raises(InputError) as caught:
        report_from_json(text)
    assert caught.value.code == "input.duplicate_key"


def _value_at(path: tuple[str, ...], key: str) -> Any:
    value: Any = REPORT
    for name in path:
        value = value[name]
    return value[key]


@settings(max_examples=60, deadline=None)
@given(
    title=st.text(alphabet=st.sampled_from('年度报告":, \\{}[]'), max_size=30),
    indent=st.sampled_from([None, 0, 2]),
    separators=st.sampled_from([(",", ":"), (", ", ": "), (",", " : "), (" ,", " :")]),
)
def test_valid_json_in_any_layout_is_read(
    title: str, indent: int | None, separators: tuple[str, str]
) -> None:
    """No false alarm: '":' inside a string, spaces around colons, any indentation — the same report."""
    text = json.dumps({**REPORT, "title": title}, ensure_ascii=False, indent=indent, separators=separators)
    report = report_from_json(text)
    assert report.title == title


@settings(max_examples=80, deadline=None)
@given(
    report=consistent_reports_2021(),
    cell=st.integers(min_value=0, max_value=25 * 7 + 15 - 1),
    delta=st.integers(min_value=-3, max_value=5).filter(bool),
)
def test_the_flat_identity_check_agrees_with_validate(
    report: AnnualReport2021, cell: int, delta: int
) -> None:
    """表三注 and table 四's 总计: the check on a report's flat cells says what validate's errors say."""
    cells = [value if isinstance(value, int) else None for value in _flat_by_name(report)[: 25 * 7 + 15]]
    value = cells[cell]
    assume(value is not None and value + delta >= 0)
    cells[cell] = (value or 0) + delta
    table3 = [cells[row * 7 : row * 7 + 7] for row in range(25)]
    broken = report.model_copy(
        update={
            "requests": RequestsTable2021.from_matrix(table3),
            "review_litigation": ReviewLitigationTable.from_values(cells[25 * 7 : 25 * 7 + 15]),
        }
    )
    for each in (report, broken):
        flat = _flat_by_name(each)
        assume(None not in flat[: 25 * 7 + 15])
        assert _flat_identities_hold(flat) == (not has_errors(validate(each)))
