"""Plausibility checks (warnings, never errors), each triggered by the case it is about."""

from __future__ import annotations

from pathlib import Path

from disclosure_rules import (
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    ApplicantCounts,
    Overview,
    RequestsTable2019,
    RequestsTable2021,
    report_from_json,
    validate,
)
from disclosure_rules._models import NormativeDocumentCounts, ProactiveDisclosureTable2021

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "qingshan_natural_resources_2022.json"


def _example() -> AnnualReport2021:
    report = report_from_json(EXAMPLE.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    return report


def _codes(report: AnnualReport2021 | AnnualReport2019, previous: AnnualReport2021 | None = None) -> set[str]:
    findings = validate(report, previous)
    assert not [f for f in findings if f.is_error]
    return {f.code for f in findings}


def test_example_is_clean() -> None:
    assert validate(_example()) == []


def test_carry_over_continuity_p1() -> None:
    """P1: this year's 上年结转 equals last year's 结转下年度继续办理, column by column."""
    this_year = _example()
    last_year = this_year.model_copy(update={"year": 2021})
    # Last year carried 4 forward in total (3 自然人 + 1 商业企业); this year says 2 were carried over.
    assert "table3.carry_over_mismatch" in _codes(this_year, last_year)
    matching = last_year.model_copy(
        update={
            "requests": last_year.requests.model_copy(
                update={"carried_forward": this_year.requests.carried_over}
            )
        }
    )
    assert "table3.carry_over_mismatch" not in _codes(this_year, matching)


def test_document_stock_p2() -> None:
    """P2: 现行有效(this year) = 现行有效(last year) + 本年制发 − 本年废止."""
    this_year = _example()  # 行政规范性文件: issued 3, repealed 1, in force 18
    last_year = this_year.model_copy(
        update={
            "year": 2021,
            "proactive_disclosure": ProactiveDisclosureTable2021(
                rules=NormativeDocumentCounts(issued=0, repealed=0, in_force=0),
                normative_documents=NormativeDocumentCounts(issued=2, repealed=0, in_force=16),
            ),
        }
    )
    assert "table2.in_force_continuity" not in _codes(this_year, last_year)
    off = last_year.model_copy(
        update={
            "proactive_disclosure": ProactiveDisclosureTable2021(
                rules=NormativeDocumentCounts(issued=0, repealed=0, in_force=0),
                normative_documents=NormativeDocumentCounts(issued=2, repealed=0, in_force=20),
            )
        }
    )
    assert "table2.in_force_continuity" in _codes(this_year, off)


def test_rules_from_a_township_p7() -> None:
    report = _example()
    township = report.model_copy(
        update={
            "agency": report.agency.model_copy(update={"level": AgencyLevel.TOWNSHIP}),
            "proactive_disclosure": report.proactive_disclosure.model_copy(
                update={"rules": NormativeDocumentCounts(issued=1, repealed=0, in_force=1)}
            ),
        }
    )
    assert "table2.rules_without_rulemaking_power" in _codes(township)


def test_overview_longer_than_1000_characters() -> None:
    report = _example().model_copy(update={"overview": Overview(text="公" * 1001)})
    assert "report.overview_too_long" in _codes(report)
    assert "report.overview_too_long" not in _codes(
        _example().model_copy(update={"overview": Overview(text="公" * 1000)})
    )


def test_unpaid_fees_without_a_word_on_fees_p4() -> None:
    report = _example()
    matrix = report.requests.matrix()
    # Move one 自然人 request from 予以公开 to （六）2 逾期未缴费.
    for row_index, delta in ((2, -1), (21, +1)):
        cells = matrix[row_index]
        assert cells[0] is not None
        assert cells[6] is not None
        cells[0] += delta
        cells[6] += delta
    moved = report.model_copy(update={"requests": RequestsTable2021.from_matrix(matrix)})
    assert "report.fees_not_reported" not in _codes(moved)  # the example's 六 mentions 信息处理费
    silent = moved.model_copy(update={"other_matters": "无。"})
    assert "report.fees_not_reported" in _codes(silent)


def test_carry_forward_exceeding_new_p3() -> None:
    zeros = RequestsTable2021.zeros()
    table = zeros.model_copy(
        update={
            "carried_over": ApplicantCounts.from_values([5, 0, 0, 0, 0, 0, 5]),
            "new_received": ApplicantCounts.from_values([1, 0, 0, 0, 0, 0, 1]),
            "carried_forward": ApplicantCounts.from_values([6, 0, 0, 0, 0, 0, 6]),
        }
    )
    assert "table3.carry_forward_exceeds_new" in _codes(_example().model_copy(update={"requests": table}))


def test_2019_other_handling_share_and_format_year() -> None:
    table = RequestsTable2019.zeros().model_copy(
        update={
            "new_received": ApplicantCounts.from_values([10, 0, 0, 0, 0, 0, 10]),
            "granted": ApplicantCounts.from_values([4, 0, 0, 0, 0, 0, 4]),
            "other_handling": ApplicantCounts.from_values([6, 0, 0, 0, 0, 0, 6]),
            "total": ApplicantCounts.from_values([10, 0, 0, 0, 0, 0, 10]),
        }
    )
    report = AnnualReport2019.model_validate_json(
        '{"report_format": "2019", "agency": {"name": "某局", "level": "政府部门"}, "year": 2022}'
    ).model_copy(update={"requests": table})
    codes = _codes(report)
    assert "table3.other_handling_high" in codes
    assert "report.format_year_mismatch" in codes


def test_previous_report_of_another_year_or_agency_is_flagged() -> None:
    """Year-to-year checks need last year's report of the same agency; anything else is said, not ignored."""
    report = _example()
    assert "report.previous_not_comparable" in _codes(report, report)  # same year
    other = report.model_copy(
        update={"year": 2021, "agency": report.agency.model_copy(update={"name": "别的局"})}
    )
    assert "report.previous_not_comparable" in _codes(report, other)
    assert "report.previous_not_comparable" not in _codes(report, report.model_copy(update={"year": 2021}))
