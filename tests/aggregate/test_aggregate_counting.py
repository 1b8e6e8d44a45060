"""Where each request lands in table 三, and how bad rows are reported (file, line, column, code)."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from disclosure_rules._aggregate import (
    AggregateError,
    BadRowError,
    Deadlines,
    RequestTally,
    Tally,
    tally_records,
    tally_requests,
)
from disclosure_rules._labels import ApplicantType
from disclosure_rules._records import InformationRequest

YEAR = 2022
HEADER = "id,received,applicant_type,outcome,closed\n"


def _tally(text: str, *, skip_bad_rows: bool = False) -> RequestTally:
    tally, _ = tally_requests(
        io.BytesIO(text.encode("utf-8")), "requests.csv", YEAR, skip_bad_rows=skip_bad_rows
    )
    return tally


def _request(received: dt.date, closed: dt.date | None, outcome: str | None = None) -> InformationRequest:
    return InformationRequest(
        id="R1",
        received=received,
        applicant_type=ApplicantType.COMMERCIAL_ENTERPRISE,
        outcome=outcome if closed is not None else None,
        closed=closed,
    )


class TestPlacement:
    """一、本年新收 / 二、上年结转 on the left of the table note, 三 / 四 on the right (国办公开办函〔2021〕30号)."""

    column = "commercial_enterprise"

    def _cells(self, request: InformationRequest) -> dict[tuple[str, str], int]:
        tally = tally_records(YEAR, [request], deadlines=Deadlines(enabled=False)).requests
        return {key: n for key, n in tally.cells.items() if n}

    def test_received_and_closed_in_the_year(self) -> None:
        cells = self._cells(_request(dt.date(2022, 3, 1), dt.date(2022, 3, 10), "granted"))
        assert cells == {("new_received", self.column): 1, ("granted", self.column): 1}

    def test_received_last_year_and_closed_this_year(self) -> None:
        cells = self._cells(_request(dt.date(2021, 12, 20), dt.date(2022, 1, 10), "partially_granted"))
        assert cells == {("carried_over", self.column): 1, ("partially_granted", self.column): 1}

    def test_open_at_year_end(self) -> None:
        cells = self._cells(_request(dt.date(2022, 12, 20), None))
        assert cells == {("new_received", self.column): 1, ("carried_forward", self.column): 1}

    def test_closed_next_year_is_carried_forward(self) -> None:
        cells = self._cells(_request(dt.date(2021, 12, 30), dt.date(2023, 1, 4), "granted"))
        assert cells == {("carried_over", self.column): 1, ("carried_forward", self.column): 1}

    def test_records_outside_the_year_are_counted_apart(self) -> None:
        tally = tally_records(
            YEAR,
            [
                _request(dt.date(2021, 3, 1), dt.date(2021, 3, 5), "granted"),
                _request(dt.date(2023, 1, 3), None),
            ],
        ).requests
        assert sum(tally.cells.values()) == 0
        assert (tally.closed_before_year, tally.received_after_year, tally.records) == (1, 1, 2)

    def test_timeliness_comes_from_the_deadline_engine(self) -> None:
        # Received Friday 2022-03-04: 20 working days (第三十三条第二款) end on 2022-04-01.
        on_time = _request(dt.date(2022, 3, 4), dt.date(2022, 4, 1), "granted")
        late = _request(dt.date(2022, 3, 4), dt.date(2022, 4, 6), "granted")
        tally = tally_records(YEAR, [on_time, late]).requests
        assert (tally.answered_on_time, tally.answered_late, tally.answered_timeliness_unknown) == (1, 1, 0)

    def test_timeliness_off_is_unknown_not_on_time(self) -> None:
        request = _request(dt.date(2022, 3, 4), dt.date(2022, 3, 8), "granted")
        tally = tally_records(YEAR, [request], deadlines=Deadlines(enabled=False)).requests
        assert (tally.answered_on_time, tally.answered_timeliness_unknown) == (0, 1)


class TestLabels:
    """Outcomes as row code, printed label or canonical label; applicants as label or code."""

    @pytest.mark.parametrize(
        ("outcome", "row"),
        [
            ("granted", "granted"),
            ("（一）予以公开", "granted"),
            ("部分公开", "partially_granted"),
            ("三、（三）1.属于国家秘密", "withheld_state_secret"),
            ("不予公开-属于国家秘密", "withheld_state_secret"),
            ('危及"三安全一稳定"', "withheld_security_stability"),
            ("申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请", "other_fee_unpaid"),
            ("其他处理-其他", "other_other"),
        ],
    )
    def test_outcome_forms(self, outcome: str, row: str) -> None:
        tally = _tally(HEADER + f"1,2022-03-01,法人或其他组织-商业企业,{outcome},2022-03-09\n")
        assert tally.cell(row, "commercial_enterprise") == 1

    def test_spreadsheet_dates(self) -> None:
        tally = _tally(HEADER + "1,2022/3/1,natural_person,予以公开,2022年3月9日\n")
        assert tally.cell("granted", "natural_person") == 1


class TestBadRows:
    """A bad row names file, line and column (code ``aggregate.bad_row``); nothing is silently dropped."""

    @pytest.mark.parametrize(
        ("row", "column", "reason"),
        [
            ("1,2022-02-30,自然人,予以公开,2022-03-09", "received", "date"),
            ("1,2022-03-01,自然人,予以公开,", "closed", "outcome_without_closed"),
            ("1,2022-03-01,自然人,,2022-03-09", "outcome", "closed_without_outcome"),
            ("1,2022-03-01,自然人,答复了,2022-03-09", "outcome", "outcome"),
            ("1,2022-03-01,个体户,予以公开,2022-03-09", "applicant_type", "applicant"),
            ("1,2022-03-01,,予以公开,2022-03-09", "applicant_type", "missing"),
            ("1,2022-03-09,自然人,予以公开,2022-03-01", "closed", "order"),
            (",2022-03-01,自然人,予以公开,2022-03-09", "id", "missing"),
            ("1,2022-03-01,自然人,其他处理,2022-03-09", "outcome", "outcome"),
            ("1,2022-03-01", None, "fields"),
        ],
    )
    def test_first_bad_row_stops_with_its_place(self, row: str, column: str | None, reason: str) -> None:
        good = "0,2022-03-01,自然人,予以公开,2022-03-09\n"
        with pytest.raises(BadRowError) as caught:
            _tally(HEADER + good + good + row + "\n")
        assert caught.value.code == "aggregate.bad_row"
        bad = caught.value.row
        assert (bad.source, bad.line, bad.column, bad.reason) == ("requests.csv", 4, column, reason)
        assert "requests.csv:4" in caught.value.message

    def test_skip_bad_rows_lists_every_skipped_row(self) -> None:
        rows = [
            "1,2022-03-01,自然人,予以公开,2022-03-09",
            "2,not a date,自然人,予以公开,2022-03-09",
            "3,2022-03-01,自然人,予以公开,2022-03-09",
            "4,2022-03-01,火星人,予以公开,2022-03-09",
        ]
        tally = _tally(HEADER + "\n".join(rows) + "\n", skip_bad_rows=True)
        assert tally.bad_row_count == 2
        assert [(bad.line, bad.reason) for bad in tally.bad_rows] == [(3, "date"), (5, "applicant")]
        assert tally.records == 4
        assert tally.cell("granted", "natural_person") == 2

    def test_a_bad_row_after_many_good_ones_is_still_caught(self) -> None:
        good = "".join(f"{i},2022-03-01,自然人,予以公开,2022-03-09\n" for i in range(40_000))
        with pytest.raises(BadRowError) as caught:
            _tally(HEADER + good + "x,2022-03-01,自然人,予以公开,2022-03-01x\n")
        assert caught.value.row.line == 40_002

    def test_records_with_an_impossible_history_are_bad_rows(self) -> None:
        request = InformationRequest.model_validate(
            {
                "id": "R9",
                "received": "2022-03-01",
                "applicant_type": "自然人",
                "outcome": "granted",
                "closed": "2022-03-20",
                "events": [{"kind": "replied", "on": "2022-02-01"}],
            }
        )
        with pytest.raises(BadRowError) as caught:
            tally_records(YEAR, [request])
        assert caught.value.row.reason == "history"


class TestTallies:
    def test_tallies_of_different_years_do_not_add(self) -> None:
        with pytest.raises(AggregateError) as caught:
            _ = Tally.empty(2021) + Tally.empty(2022)
        assert caught.value.code == "aggregate.year_mismatch"
