"""The calendar's public behaviour on literal examples: conventions, bounds, schedules, local changes, coverage.

Expected answers are read off the 2026 notice (国办发明电〔2025〕7号: 国庆节 10月1日至7日放假调休, 9月20日(周日)、
10月10日(周六)上班) and a printed calendar, not computed by the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import numpy as np
import pytest

from disclosure_rules import CalendarRangeError, DisclosureRulesError
from disclosure_rules._calendar import (
    PROVISIONAL_YEARS,
    CalendarChangeError,
    CalendarCoverage,
    CalendarScheduleError,
    WorkingDayCalendar,
    YearSchedule,
)

if TYPE_CHECKING:
    from pathlib import Path

D = dt.date
CAL = WorkingDayCalendar.china()

#: A made-up 2027 schedule for tests (NOT the real notice): 元旦 1–3 Jan, 春节 5–11 Feb with 14 Feb (Sun) worked.
FAKE_2027: dict[str, Any] = {
    "year": 2027,
    "notices": [{"number": "国办发明电〔2026〕99号（测试用）", "date": "2026-11-20"}],
    "days_off": ["2027-01-01/2027-01-03", "2027-02-05/2027-02-11"],
    "working_days": ["2027-02-14"],
}


class TestConventions:
    """《民法典》第二百零一条: the start day is not counted; periods run in working days."""

    def test_first_working_day_after_a_working_day_skips_the_golden_week(self) -> None:
        """2026-09-30 (Wed) + 1 working day = 2026-10-08 (rest 10-01..10-07)."""
        assert CAL.add_working_days(D(2026, 9, 30), 1) == D(2026, 10, 8)

    def test_a_start_on_a_rest_day_counts_its_next_working_day_as_day_one(self) -> None:
        """Start on 2026-10-03 (holiday): day 1 is 10-08, day 3 is 10-10 (a make-up Saturday)."""
        assert CAL.add_working_days(D(2026, 10, 3), 1) == D(2026, 10, 8)
        assert CAL.add_working_days(D(2026, 10, 3), 3) == D(2026, 10, 10)

    def test_twenty_working_days_from_a_september_receipt(self) -> None:
        """Received 2026-09-18 (Fri): 20 working days end 2026-10-22.

        Counted by hand: 9-20 (Sun, 上班) 1; 9-21..24 2-5; 9-25 中秋 rest; 9-28..30 6-8; 10-1..7 rest;
        10-8, 10-9 9-10; 10-10 (Sat, 上班) 11; 10-12..16 12-16; 10-19..22 17-20.
        """
        assert CAL.add_working_days(D(2026, 9, 18), 20) == D(2026, 10, 22)
        assert CAL.working_days_between(D(2026, 9, 18), D(2026, 10, 22)) == 20

    def test_zero_rolls_forward_and_negative_counts_back(self) -> None:
        """n = 0: the day itself or the next working day; n < 0: working days strictly before."""
        assert CAL.add_working_days(D(2026, 10, 8), 0) == D(2026, 10, 8)
        assert CAL.add_working_days(D(2026, 10, 1), 0) == D(2026, 10, 8)
        assert CAL.next_working_day_on_or_after(D(2026, 10, 4)) == D(2026, 10, 8)
        assert CAL.add_working_days(D(2026, 10, 8), -1) == D(2026, 9, 30)
        assert CAL.add_working_days(D(2026, 10, 5), -2) == D(2026, 9, 29)

    def test_between_counts_the_half_open_interval(self) -> None:
        """start < d <= end: the same day counts 0, a rest-day end counts up to the last working day."""
        assert CAL.working_days_between(D(2026, 9, 30), D(2026, 9, 30)) == 0
        assert CAL.working_days_between(D(2026, 9, 29), D(2026, 10, 7)) == 1
        assert CAL.working_days_between(D(2026, 10, 9), D(2026, 9, 30)) == -2

    def test_make_up_weekend_days_are_working_days(self) -> None:
        """调休上班: 2026-09-20 (Sun) and 2026-10-10 (Sat) are working days; 2026-10-11 (Sun) is not."""
        assert CAL.is_working_day(D(2026, 9, 20))
        assert CAL.is_working_day(D(2026, 10, 10))
        assert not CAL.is_working_day(D(2026, 10, 11))
        assert CAL.day_name(D(2026, 10, 1)) == "国庆节"
        assert CAL.day_name(D(2026, 10, 10)) == "调休上班"
        assert CAL.day_name(D(2026, 10, 13)) is None

    def test_datetime_values_are_taken_as_their_date(self) -> None:
        """A datetime counts as its calendar date."""
        assert CAL.add_working_days(dt.datetime(2026, 9, 30, 17, 30, tzinfo=dt.UTC), 1) == D(2026, 10, 8)


class TestBounds:
    """The calendar knows its bounds and refuses, with a typed error, beyond them."""

    def test_years(self) -> None:
        """2008 (2007 Regulations in force 2008-05-01) through the last notice in the data."""
        assert CAL.first_year == 2008
        assert CAL.last_year == 2026

    @pytest.mark.parametrize(
        "call",
        [
            lambda: CAL.is_working_day(D(2027, 1, 4)),
            lambda: CAL.add_working_days(D(2026, 12, 24), 10),
            lambda: CAL.working_days_between(D(2026, 12, 1), D(2027, 1, 8)),
            lambda: CAL.is_working_day(D(2007, 12, 31)),
            lambda: CAL.add_working_days(D(2008, 1, 3), -5),
        ],
    )
    def test_outside_raises_calendar_range_error(self, call: Any) -> None:
        """code calendar.beyond_published_year, message naming the missing year or the first year."""
        with pytest.raises(CalendarRangeError) as info:
            call()
        assert info.value.code == "calendar.beyond_published_year"
        assert "2027" in info.value.message or "2008" in info.value.message

    def test_the_message_says_how_to_supply_the_year(self) -> None:
        """The error names the missing year and the two ways out."""
        with pytest.raises(CalendarRangeError) as info:
            CAL.add_working_days(D(2026, 12, 24), 10)
        assert "2027" in info.value.message
        assert "with_schedule" in info.value.message
        assert "provisional=True" in info.value.message

    def test_last_day_of_the_table_is_usable(self) -> None:
        """2026-12-31 (Thu) is a working day; 1 working day before it is 12-30."""
        assert CAL.is_working_day(D(2026, 12, 31))
        assert CAL.add_working_days(D(2026, 12, 31), -1) == D(2026, 12, 30)


class TestProvisional:
    """china(provisional=True) answers unpublished years from the statutory holidays alone, marked provisional."""

    def test_answers_into_next_year_and_marks_them(self) -> None:
        """A deadline in January 2027 is answered and flagged; 2026 days are not provisional."""
        cal = WorkingDayCalendar.china(provisional=True)
        deadline = cal.add_working_days(D(2026, 12, 20), 20)
        assert deadline.year == 2027
        assert cal.is_provisional(deadline)
        assert not cal.is_provisional(D(2026, 12, 20))
        assert cal.last_year == 2026
        assert not cal.is_working_day(D(2027, 1, 1))  # 元旦 (statutory, 《全国年节及纪念日放假办法》第二条)
        assert not cal.is_working_day(D(2027, 10, 1))  # 国庆节

    def test_has_its_own_limit(self) -> None:
        """Provisional answers stop PROVISIONAL_YEARS after last_year."""
        cal = WorkingDayCalendar.china(provisional=True)
        assert cal.coverage().provisional_until == 2026 + PROVISIONAL_YEARS
        with pytest.raises(CalendarRangeError):
            cal.is_working_day(D(2026 + PROVISIONAL_YEARS + 1, 1, 5))

    def test_strict_calendar_never_calls_a_day_provisional(self) -> None:
        """In the official calendar covered days are not provisional and later days raise."""
        assert not CAL.is_provisional(D(2026, 6, 1))
        with pytest.raises(CalendarRangeError):
            CAL.is_provisional(D(2027, 6, 1))


class TestWithSchedule:
    """A newly published notice can be loaded from JSON or TOML, or given as an object."""

    def test_loading_next_years_schedule_extends_the_calendar(self) -> None:
        """With the (fake) 2027 schedule the January deadline is answered, officially."""
        cal = CAL.with_schedule(FAKE_2027)
        assert cal.last_year == 2027
        assert CAL.last_year == 2026  # the original is unchanged
        assert not cal.is_working_day(D(2027, 2, 8))
        assert cal.is_working_day(D(2027, 2, 14))  # a Sunday made a working day
        assert cal.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)
        years = {year.year: year for year in cal.coverage().years}
        assert years[2027].source == "schedule object"
        assert years[2027].notices[0].number.startswith("国办发明电〔2026〕99号")

    def test_from_json_and_toml_files(self, tmp_path: Path) -> None:
        """Both formats give the same calendar; the file path is recorded as the source."""
        json_file = tmp_path / "2027.json"
        json_file.write_text(json.dumps(FAKE_2027), encoding="utf-8")
        toml_file = tmp_path / "2027.toml"
        toml_file.write_text(
            "year = 2027\n"
            'days_off = ["2027-01-01/2027-01-03", "2027-02-05/2027-02-11"]\n'
            'working_days = ["2027-02-14"]\n'
            "[[notices]]\n"
            'number = "国办发明电〔2026〕99号（测试用）"\n'
            "date = 2026-11-20\n",
            encoding="utf-8",
        )
        from_json = CAL.with_schedule(json_file)
        from_toml = CAL.with_schedule(str(toml_file))
        for day in (D(2027, 1, 1), D(2027, 2, 8), D(2027, 2, 14), D(2027, 3, 1)):
            assert from_json.is_working_day(day) == from_toml.is_working_day(day)
        assert from_json.coverage().years[-1].source == str(json_file)

    def test_a_schedule_replaces_a_covered_year(self) -> None:
        """A correction for a covered year replaces it (here: make 2026-10-09 a local rest day)."""
        original = CAL.coverage().years[-1]
        schedule = {
            "year": 2026,
            "notices": [{"number": "国办发明电〔2025〕7号"}],
            "days_off": {**dict.fromkeys(("2026-10-01", "2026-10-02"), "国庆节"), "2026-10-09": "测试"},
            "working_days": [],
        }
        cal = CAL.with_schedule(schedule, source="correction")
        assert not cal.is_working_day(D(2026, 10, 9))
        assert cal.is_working_day(D(2026, 10, 7))
        assert original.source != "correction"

    def test_a_year_after_a_gap_is_refused(self) -> None:
        """2028 cannot be loaded before 2027."""
        with pytest.raises(CalendarScheduleError) as info:
            CAL.with_schedule({**FAKE_2027, "year": 2028, "days_off": [], "working_days": []})
        assert info.value.code == "calendar.invalid_schedule"
        assert "2027" in info.value.message

    def test_accepts_a_year_schedule_object_and_a_list(self) -> None:
        """A YearSchedule model or a list of schedules work too."""
        model = YearSchedule.model_validate(FAKE_2027)
        assert CAL.with_schedule(model).last_year == 2027
        assert CAL.with_schedule({"schedules": [FAKE_2027]}).last_year == 2027


class TestInvalidSchedule:
    """A malformed schedule raises calendar.invalid_schedule naming the file and the field."""

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"year": "next"}, "year"),
            ({"notices": []}, "notices"),
            ({"days_off": ["2027-02-30"]}, "days_off"),
            ({"days_off": ["2027-02-11/2027-02-05"]}, "days_off"),
            ({"working_days": ["2027-02-15"]}, "weekday"),
            ({"working_days": ["2025-02-15"]}, "outside 2027"),
            ({"working_days": ["2027-02-06"]}, "both"),
            ({"surprise": 1}, "surprise"),
        ],
    )
    def test_bad_fields(self, tmp_path: Path, change: dict[str, Any], field: str) -> None:
        """Each bad field is reported with the file name."""
        path = tmp_path / "bad.json"
        path.write_text(json.dumps({**FAKE_2027, **change}), encoding="utf-8")
        with pytest.raises(CalendarScheduleError) as info:
            CAL.with_schedule(path)
        assert info.value.code == "calendar.invalid_schedule"
        assert str(path) in info.value.message
        assert field in info.value.message

    def test_a_file_that_is_not_utf8_names_the_bad_byte_as_every_reader_does(self, tmp_path: Path) -> None:
        """The schedule file's bad byte is told in the words of the other readers of bytes (第N字节无法解码)."""
        path = tmp_path / "2027.json"
        path.write_bytes(b'{"year": 2027, "name": "\xff"}')
        with pytest.raises(CalendarScheduleError) as info:
            CAL.with_schedule(path)
        assert info.value.code == "calendar.invalid_schedule"
        assert "bad byte at offset 24" in info.value.message
        assert (
            info.value.message_zh
            == f"放假安排文件“{path}”不是 UTF-8 文本（第24字节无法解码），请另存为 UTF-8"
        )

    def test_unreadable_and_unparsable_files(self, tmp_path: Path) -> None:
        """Missing file, bad JSON, bad TOML: all calendar.invalid_schedule with the file name."""
        bad_json = tmp_path / "x.json"
        bad_json.write_text("{", encoding="utf-8")
        bad_toml = tmp_path / "x.toml"
        bad_toml.write_text("year = = 1", encoding="utf-8")
        for path in (tmp_path / "missing.json", bad_json, bad_toml):
            with pytest.raises(CalendarScheduleError) as info:
                CAL.with_schedule(path)
            assert str(path) in info.value.message
            assert isinstance(info.value, DisclosureRulesError)


class TestWithChanges:
    """《全国年节及纪念日放假办法》第四条: local governments set holidays of ethnic minorities; layered with a source."""

    SOURCE = "凉府办发〔2010〕31号 (example pattern: 火把节, 彝族年)"

    def test_local_days_change_the_answers_and_are_recorded(self) -> None:
        """A local rest day delays deadlines; a local working day advances them; coverage lists the source."""
        cal = CAL.with_changes(days_off=[D(2026, 10, 8)], working_days=[D(2026, 10, 11)], source=self.SOURCE)
        assert not cal.is_working_day(D(2026, 10, 8))
        assert cal.is_working_day(D(2026, 10, 11))
        assert cal.add_working_days(D(2026, 9, 30), 1) == D(2026, 10, 9)
        assert cal.day_name(D(2026, 10, 8)) == self.SOURCE
        assert CAL.is_working_day(D(2026, 10, 8))  # the national calendar is unchanged
        (change,) = cal.coverage().changes
        assert change.source == self.SOURCE
        assert change.days_off == frozenset({D(2026, 10, 8)})

    def test_changes_survive_a_later_schedule(self) -> None:
        """Layers also apply to a year loaded afterwards."""
        cal = CAL.with_changes(days_off=[D(2027, 3, 1)], source=self.SOURCE).with_schedule(FAKE_2027)
        assert not cal.is_working_day(D(2027, 3, 1))

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"days_off": [D(2026, 5, 6)], "source": "  "},
            {"days_off": [D(2026, 5, 6)], "working_days": [D(2026, 5, 6)], "source": "x"},
            {"days_off": [D(2007, 5, 6)], "source": "x"},
            {"days_off": ["2026-05-06"], "source": "x"},
        ],
    )
    def test_invalid_changes(self, kwargs: dict[str, Any]) -> None:
        """No source, a contradiction, a day before 2008, or a non-date: calendar.invalid_change."""
        with pytest.raises(CalendarChangeError) as info:
            CAL.with_changes(**kwargs)
        assert info.value.code == "calendar.invalid_change"


class TestCoverageAndSpeedContract:
    """coverage() reports provenance; tables are small and precomputed."""

    def test_coverage_model(self) -> None:
        """Frozen model with the holidays version and one entry per year."""
        coverage = CAL.coverage()
        assert isinstance(coverage, CalendarCoverage)
        assert coverage.holidays_version == "0.109"
        assert [year.year for year in coverage.years] == list(range(2008, 2027))
        assert coverage.covers(2026)
        assert not coverage.covers(2027)
        with pytest.raises(ValueError, match="frozen"):
            coverage.last_year = 2030  # type: ignore[misc]

    def test_china_is_shared_and_tables_are_under_a_megabyte(self) -> None:
        """The national calendar is built once; its tables stay under 1 MB (the issue's limit)."""
        assert WorkingDayCalendar.china() is WorkingDayCalendar.china()
        assert CAL.table_nbytes() < 1_000_000

    def test_batch_errors_name_the_position(self) -> None:
        """A batch element outside the calendar raises calendar.beyond_published_year naming its index."""
        days = np.array(["2026-06-01", "2027-01-05"], dtype="datetime64[D]")
        with pytest.raises(CalendarRangeError, match=r"starts\[1\]"):
            CAL.add_working_days_array(days, 1)
        with pytest.raises(CalendarRangeError, match="counting 200"):
            CAL.add_working_days_array(days[:1], 200)
