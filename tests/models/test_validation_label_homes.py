"""The validator's messages name table 三's 四、结转下年度继续办理 row and section 六 as the label table prints them
(``_labels.py``), so that a message and the form it points at always use the same words."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import AnnualReport2021, ApplicantCounts, RequestsTable2021, report_from_json, validate
from disclosure_rules._labels import section_label, table3_row

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "qingshan_natural_resources_2022.json"
CARRIED_FORWARD = table3_row("carried_forward").title
COUNTS = st.integers(1, 500)


def _example() -> AnnualReport2021:
    report = report_from_json(EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    return report


def _messages(report: AnnualReport2021, code: str, previous: AnnualReport2021 | None = None) -> list[str]:
    return [finding.message for finding in validate(report, previous) if finding.code == code]


def _with_requests(report: AnnualReport2021, new: int, carried: int, forward: int) -> AnnualReport2021:
    table = RequestsTable2021.zeros().model_copy(
        update={
            "new_received": ApplicantCounts.from_values([new, 0, 0, 0, 0, 0, new]),
            "carried_over": ApplicantCounts.from_values([carried, 0, 0, 0, 0, 0, carried]),
            "carried_forward": ApplicantCounts.from_values([forward, 0, 0, 0, 0, 0, forward]),
        }
    )
    return report.model_copy(update={"requests": table})


@settings(max_examples=20, deadline=None)
@given(new=COUNTS, more=COUNTS)
def test_the_flow_and_the_carry_forward_name_the_row_as_the_label_table_does(new: int, more: int) -> None:
    report = _with_requests(_example(), new, new + more, new + more)
    (flow, *_) = _messages(report, "table3.flow")
    assert f"加{CARRIED_FORWARD}{new + more}件" in flow
    assert _messages(report, "table3.carry_forward_exceeds_new") == [
        f"{CARRIED_FORWARD}{new + more}件，多于本年新收{new}件，请核实。"
    ]


def test_the_carry_over_names_last_years_row_as_the_label_table_does() -> None:
    this_year = _example()
    last_year = this_year.model_copy(update={"year": 2021})
    messages = _messages(this_year, "table3.carry_over_mismatch", last_year)
    assert messages
    assert all(f"2021年度报告“{CARRIED_FORWARD}”" in message for message in messages)


def test_unreported_fees_name_section_six_as_the_label_table_does() -> None:
    report = _example()
    matrix = report.requests.matrix()
    for row_index, delta in ((2, -1), (21, +1)):  # one 自然人 request from 予以公开 to （六）2 逾期未缴费
        cells = matrix[row_index]
        assert cells[0] is not None
        assert cells[6] is not None
        cells[0] += delta
        cells[6] += delta
    silent = report.model_copy(
        update={"requests": RequestsTable2021.from_matrix(matrix), "other_matters": "无。"}
    )
    (message,) = _messages(silent, "report.fees_not_reported")
    assert f"但“{section_label('other_matters')}”未说明" in message
