"""roll_up: sums reports cell by cell, leaves out (and lists) reports with identity errors."""

from __future__ import annotations

import pytest

from disclosure_rules._aggregate import AggregateError, roll_up, roll_up_detailed
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    ApplicantCounts,
    RequestsTable2021,
    ReviewLitigationTable,
)
from disclosure_rules._validation import has_errors, validate


def _report(name: str, new: int, *, year: int = 2022) -> AnnualReport2021:
    matrix = RequestsTable2021.zeros().matrix()
    matrix[0] = [new, 0, 0, 0, 0, 0, new]
    matrix[2] = [new, 0, 0, 0, 0, 0, new]  # 予以公开
    matrix[23] = [new, 0, 0, 0, 0, 0, new]  # （七）总计
    return AnnualReport2021(
        agency=Agency(name=name, level=AgencyLevel.TOWNSHIP),
        year=year,
        requests=RequestsTable2021.from_matrix(matrix),
        review_litigation=ReviewLitigationTable.zeros(),
    )


def test_sums_and_lists_reports_with_errors() -> None:
    broken = _report("乙镇", 2)
    broken = broken.model_copy(
        update={
            "requests": broken.requests.model_copy(
                update={"granted": ApplicantCounts.from_values([1, 0, 0, 0, 0, 0, 1])}
            )
        }
    )
    summary, left_out = roll_up([_report("甲镇", 3), broken, _report("丙镇", 4)])
    assert [agency.name for agency in left_out] == ["乙镇"]
    assert summary.requests.new_received.total == 7
    assert not has_errors(validate(summary))
    detailed = roll_up_detailed([_report("甲镇", 3), broken])
    assert detailed.problems[0].codes == ("table3.outcomes_sum",)
    assert detailed.summed == 1


def test_a_blank_cell_stays_blank_in_the_sum() -> None:
    blank = _report("乙镇", 2).model_copy(update={"review_litigation": ReviewLitigationTable()})
    summary, _ = roll_up([_report("甲镇", 3), blank])
    assert summary.review_litigation.administrative_review.total is None
    assert summary.requests.granted.total == 5


def test_mixed_years_and_formats_are_refused() -> None:
    with pytest.raises(AggregateError) as caught:
        roll_up([_report("甲镇", 1), _report("乙镇", 1, year=2021)])
    assert caught.value.code == "aggregate.roll_up_mixed_years"
    old = AnnualReport2019(agency=Agency(name="丁镇", level=AgencyLevel.TOWNSHIP), year=2020)
    with pytest.raises(AggregateError) as caught:
        roll_up([old])
    assert caught.value.code == "aggregate.roll_up_format"
    with pytest.raises(AggregateError) as caught:
        roll_up([])
    assert caught.value.code == "aggregate.roll_up_empty"
