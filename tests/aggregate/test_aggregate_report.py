"""build_report: table 三 with 上年结转 from last year's report, table 二 cells, section 一 figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from disclosure_rules._aggregate import (
    AggregateError,
    Deadlines,
    build_report,
    legacy_figures,
    report_from_tally,
    tally_records,
)
from disclosure_rules._labels import ApplicantType, table3_row
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2021,
    LegacyReport,
    RequestsTable2021,
    StatisticsPeriod,
)
from disclosure_rules._records import InformationRequest, ProactiveItem
from disclosure_rules._validation import has_errors, validate

YEAR = 2022
AGENCY = Agency(name="青山县某局", level=AgencyLevel.GOVERNMENT_DEPARTMENT)
EXAMPLES = Path(__file__).parents[2] / "examples"


def _request(number: int, received: dt.date, closed: dt.date | None = None) -> InformationRequest:
    return InformationRequest(
        id=f"R{number}",
        received=received,
        applicant_type=ApplicantType.NATURAL_PERSON,
        outcome="granted" if closed else None,
        closed=closed,
    )


def _previous(carried_forward: int) -> AnnualReport2021:
    matrix = RequestsTable2021.zeros().matrix()
    # 一、本年新收 = 四、结转下年度继续办理 (nothing closed), natural-person and 总计 columns.
    matrix[0][0] = matrix[0][6] = carried_forward
    matrix[24][0] = matrix[24][6] = carried_forward
    return AnnualReport2021(agency=AGENCY, year=YEAR - 1, requests=RequestsTable2021.from_matrix(matrix))


CARRIED = _request(1, dt.date(2021, 12, 20), dt.date(2022, 1, 5))
NEW = _request(2, dt.date(2022, 5, 5), dt.date(2022, 5, 20))


class TestPrevious:
    """二、上年结转 may be taken from last year's 四、结转下年度继续办理 (validation check P1)."""

    def test_matching_previous_report(self) -> None:
        report = build_report(YEAR, [CARRIED, NEW], previous=_previous(1), agency=AGENCY)
        assert report.requests.carried_over.natural_person == 1
        assert not has_errors(validate(report, _previous(1)))
        codes = [f.code for f in validate(report, _previous(1))]
        assert "table3.carry_over_mismatch" not in codes
        forward = report.requests.carried_forward.total
        assert report.overview.requests is not None
        assert report.overview.requests.endswith(f"；{table3_row('carried_forward').title}{forward}件。")

    def test_carried_requests_without_records_stay_open(self) -> None:
        tally = tally_records(YEAR, [CARRIED, NEW])
        result = report_from_tally(tally, previous=_previous(3), agency=AGENCY)
        requests = result.report.requests
        assert (requests.carried_over.natural_person, requests.carried_forward.natural_person) == (3, 2)
        (note,) = [note for note in result.notes if note.code == "aggregate.carried_over_without_records"]
        assert note.message_zh.endswith(f"（{table3_row('carried_forward').label}）")
        assert not has_errors(validate(result.report))

    def test_more_open_records_than_last_year_carried_is_an_error(self) -> None:
        with pytest.raises(AggregateError) as caught:
            build_report(YEAR, [CARRIED, NEW], previous=_previous(0), agency=AGENCY)
        assert caught.value.code == "aggregate.carry_over_mismatch"

    def test_previous_of_another_year(self) -> None:
        previous = _previous(1).model_copy(update={"year": 2020})
        with pytest.raises(AggregateError) as caught:
            build_report(YEAR, [CARRIED], previous=previous, agency=AGENCY)
        assert caught.value.code == "aggregate.previous_year_mismatch"

    def test_legacy_previous_report(self) -> None:
        legacy = LegacyReport(
            agency=AGENCY,
            year=2021,
            title="t",
            statistics_period=StatisticsPeriod(start=dt.date(2021, 1, 1), end=dt.date(2021, 12, 31)),
        )
        with pytest.raises(AggregateError) as caught:
            build_report(YEAR, [CARRIED], previous=legacy, agency=AGENCY)
        assert caught.value.code == "aggregate.previous_format"
        assert f"没有“{table3_row('carried_forward').title}”一行" in caught.value.message_zh

    def test_agency_defaults_to_the_previous_reports(self) -> None:
        assert build_report(YEAR, [CARRIED], previous=_previous(1)).agency == AGENCY


class TestTable2AndFigures:
    """Table 二 本年制发件数 from item categories (第二十条第（一）项); section 一 from the deadline engine."""

    items = (
        ProactiveItem(
            id="1",
            title="a",
            formed=dt.date(2022, 3, 1),
            published=dt.date(2022, 3, 10),
            category="行政规范性文件",
        ),
        ProactiveItem(
            id="2", title="b", formed=dt.date(2022, 3, 1), published=dt.date(2022, 6, 1), category="规划"
        ),
        ProactiveItem(
            id="3", title="c", formed=dt.date(2022, 4, 1), published=dt.date(2022, 4, 2), category="规划"
        ),
    )

    def test_issued_counts_and_given_cells(self) -> None:
        report = build_report(
            YEAR,
            [NEW],
            self.items,
            agency=AGENCY,
            table2={"行政许可.本年处理决定数量": 5, "规章.现行有效件数": 0},
        )
        table = report.proactive_disclosure
        assert (table.normative_documents.issued, table.rules.issued, table.rules.in_force) == (1, 0, 0)
        assert table.administrative_licensing.decisions == 5
        assert table.normative_documents.in_force is None  # not in the records, not given: blank

    def test_no_categories_no_issued_counts(self) -> None:
        item = ProactiveItem(id="1", title="a", formed=dt.date(2022, 3, 1), published=dt.date(2022, 3, 10))
        report = build_report(YEAR, [NEW], [item], agency=AGENCY)
        assert report.proactive_disclosure.normative_documents.issued is None

    def test_section_one_figures(self) -> None:
        result = report_from_tally(tally_records(YEAR, [CARRIED, NEW], self.items), agency=AGENCY)
        figures = result.figures
        assert (figures.items_published, figures.items_published_on_time, figures.items_on_time_percent) == (
            3,
            2,
            Decimal("66.7"),
        )
        assert (figures.requests_received, figures.requests_carried_over, figures.requests_answered) == (
            1,
            1,
            2,
        )
        assert figures.requests_on_time_percent == Decimal("100.0")
        assert "66.7%" in (result.report.overview.proactive_disclosure or "")

    def test_no_deadlines_no_shares(self) -> None:
        tally = tally_records(YEAR, [NEW], self.items, deadlines=Deadlines(enabled=False))
        result = report_from_tally(tally, agency=AGENCY)
        assert result.figures.requests_on_time_percent is None
        assert "aggregate.timeliness_unknown" in [note.code for note in result.notes]

    def test_legacy_statistics_add_up(self) -> None:
        legacy = legacy_figures(tally_records(YEAR, [], self.items).items)
        assert legacy.by_category is not None
        assert [(f.label, f.count, f.share_percent) for f in legacy.by_category.figures] == [
            ("规划", 2, Decimal(67)),
            ("行政规范性文件", 1, Decimal(33)),
        ]


def test_the_bundled_examples_aggregate_into_a_clean_report() -> None:
    import io  # noqa: PLC0415 - local to this example test

    from disclosure_rules._aggregate import Tally, tally_items, tally_requests  # noqa: PLC0415

    requests, _ = tally_requests(io.BytesIO((EXAMPLES / "requests_2022.csv").read_bytes()), "requests", YEAR)
    items, _ = tally_items(io.BytesIO((EXAMPLES / "items_2022.csv").read_bytes()), "items", YEAR)
    result = report_from_tally(Tally(requests, items), agency=AGENCY)
    assert not has_errors(validate(result.report))
    assert result.tally.bad_row_count == 0
    assert result.figures.requests_received == 33
    assert result.figures.requests_carried_over == 3
