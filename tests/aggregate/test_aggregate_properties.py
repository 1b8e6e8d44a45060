"""Property tests of the aggregator: identities by construction, additivity, roll-up = aggregation."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._aggregate import (
    Deadlines,
    build_report,
    identities_hold,
    largest_remainder_shares,
    report_from_tally,
    roll_up,
    tally_records,
    tally_requests,
)
from disclosure_rules._labels import ApplicantType
from disclosure_rules._models import Agency, AgencyLevel, AnnualReport2021, RequestsTable2021
from disclosure_rules._records import InformationRequest, ProactiveItem
from disclosure_rules._validation import has_errors, validate
from tests.aggregate.records_strategies import YEAR, items, request_lists, requests_csv
from tests.strategies import consistent_reports_2021

NO_DEADLINES = Deadlines(enabled=False)
AGENCY = Agency(name="青山县某局", level=AgencyLevel.GOVERNMENT_DEPARTMENT)


class TestIdentities:
    """表三注：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 — for any set of records."""

    @settings(max_examples=60, deadline=None)
    @given(records=request_lists, item_records=st.lists(items(), max_size=10))
    def test_any_records_give_a_report_without_identity_errors(
        self, records: list[InformationRequest], item_records: list[ProactiveItem]
    ) -> None:
        report = build_report(YEAR, records, item_records, agency=AGENCY)
        assert not has_errors(validate(report))
        assert identities_hold(report)


class TestAdditivity:
    """The aggregation is a sum of per-file partial tables: tally(A) + tally(B) == tally(A ∪ B)."""

    @settings(max_examples=60, deadline=None)
    @given(records=request_lists, cut=st.integers(min_value=0, max_value=40))
    def test_two_halves_add_up_to_the_whole(self, records: list[InformationRequest], cut: int) -> None:
        first, second = records[:cut], records[cut:]
        whole = tally_records(YEAR, records, deadlines=NO_DEADLINES)
        halves = tally_records(YEAR, first, deadlines=NO_DEADLINES) + tally_records(
            YEAR, second, deadlines=NO_DEADLINES
        )
        assert halves == whole

    @settings(max_examples=40, deadline=None)
    @given(records=request_lists)
    def test_the_csv_stream_counts_what_the_records_count(self, records: list[InformationRequest]) -> None:
        # Rows go through the string fast path; records through the model path: same partial table.
        from_csv, _ = tally_requests(io.BytesIO(requests_csv(records)), "requests.csv", YEAR)
        from_records = tally_records(YEAR, records).requests
        assert from_csv == from_records


class TestRollUp:
    """A regional summary is the sum of its agencies' reports: roll_up(reports) == aggregate(all records)."""

    @settings(max_examples=40, deadline=None)
    @given(
        records=request_lists,
        owners=st.lists(st.integers(min_value=0, max_value=3), min_size=40, max_size=40),
    )
    def test_roll_up_of_reports_equals_aggregation_of_their_records(
        self, records: list[InformationRequest], owners: list[int]
    ) -> None:
        groups: dict[int, list[InformationRequest]] = {}
        for record, owner in zip(records, owners, strict=False):
            groups.setdefault(owner, []).append(record)
        reports = [
            build_report(YEAR, group, agency=Agency(name=f"机关{owner}", level=AgencyLevel.TOWNSHIP))
            for owner, group in sorted(groups.items())
        ] or [build_report(YEAR, [], agency=AGENCY)]
        summary, left_out = roll_up(reports)
        whole = build_report(YEAR, records, agency=AGENCY)
        assert left_out == []
        assert summary.tables() == whole.tables()

    @settings(max_examples=40, deadline=None)
    @given(reports=st.lists(consistent_reports_2021(), min_size=1, max_size=5))
    def test_a_roll_up_keeps_every_identity(self, reports: list[AnnualReport2021]) -> None:
        same_year = [report.model_copy(update={"year": YEAR}) for report in reports]
        summary, left_out = roll_up(same_year)
        assert left_out == []
        assert not has_errors(validate(summary))

    @settings(max_examples=60, deadline=None)
    @given(
        report=consistent_reports_2021(),
        row=st.integers(min_value=0, max_value=24),
        column=st.integers(min_value=0, max_value=6),
        delta=st.integers(min_value=1, max_value=5),
    )
    def test_the_fast_identity_check_agrees_with_validate(
        self, report: AnnualReport2021, row: int, column: int, delta: int
    ) -> None:
        matrix = report.requests.matrix()
        value = matrix[row][column]
        assert value is not None
        matrix[row][column] = value + delta
        broken = report.model_copy(update={"requests": RequestsTable2021.from_matrix(matrix)})
        assert identities_hold(report) == (not has_errors(validate(report)))
        assert identities_hold(broken) == (not has_errors(validate(broken)))


class TestLargestRemainder:
    """Shares of a partition add up to 100% at the published precision (largest-remainder rounding)."""

    @settings(max_examples=200, deadline=None)
    @given(
        counts=st.lists(st.integers(min_value=0, max_value=500), min_size=1, max_size=12),
        precision=st.integers(min_value=0, max_value=2),
    )
    def test_shares_add_up_and_stay_within_one_unit(self, counts: list[int], precision: int) -> None:
        shares = largest_remainder_shares(counts, precision=precision)
        if sum(counts) == 0:
            assert shares == []
            return
        unit = Decimal(1).scaleb(-precision)
        assert sum(shares) == 100
        for count, share in zip(counts, shares, strict=True):
            exact = Decimal(count) * 100 / Decimal(sum(counts))
            assert abs(share - exact) < unit
            assert share == share.quantize(unit)


def test_report_from_tally_equals_build_report() -> None:
    records = [
        InformationRequest(id="1", received=dt.date(2022, 3, 1), applicant_type=ApplicantType.NATURAL_PERSON)
    ]
    tally = tally_records(YEAR, records)
    assert report_from_tally(tally, agency=AGENCY).report == build_report(YEAR, records, agency=AGENCY)
