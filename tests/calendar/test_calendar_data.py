"""The bundled national table is exactly what the installed ``holidays`` package says, and knows its last year.

``src/disclosure_rules/_calendar_data/china.json`` is written by ``scripts/calendar_generate_china.py``; these
tests fail with a regenerate message when the installed ``holidays`` disagrees with it (for example after an
upgrade that corrects a year or adds next year's notice).
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from importlib.metadata import version

from holidays.countries.china import China, ChinaStaticHolidays

from disclosure_rules._calendar import WorkingDayCalendar

REGENERATE = "run `.venv/bin/python scripts/calendar_generate_china.py` and review the diff"

#: The lowest holidays release whose China data was checked day by day against chinese-calendar (pyproject pin).
CHECKED_HOLIDAYS = (0, 109)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2])


def test_installed_holidays_is_at_least_the_checked_release() -> None:
    """Pin: ``holidays>=0.109``, the release whose data the tests checked."""
    assert _version_tuple(version("holidays")) >= CHECKED_HOLIDAYS


def test_bundled_table_matches_installed_holidays_day_by_day() -> None:
    """Every day 2008..last_year is a working day in the table iff ``holidays.China`` says so."""
    calendar = WorkingDayCalendar.china()
    source = China(years=range(calendar.first_year - 1, calendar.last_year + 1))  # type: ignore[no-untyped-call]
    day = dt.date(calendar.first_year, 1, 1)
    wrong = []
    while day.year <= calendar.last_year:
        if calendar.is_working_day(day) != source.is_working_day(day):
            wrong.append(day)
        day += dt.timedelta(days=1)
    assert not wrong, (
        f"bundled table differs from holidays {version('holidays')} on {wrong[:5]}: {REGENERATE}"
    )


def test_last_year_is_the_last_notice_in_holidays() -> None:
    """``last_year`` is the last year with a State Council notice (调休 data) in the installed holidays."""
    calendar = WorkingDayCalendar.china()
    notice_years = set(ChinaStaticHolidays.special_public_holidays)
    assert calendar.last_year in notice_years
    assert calendar.last_year + 1 not in notice_years, (
        f"holidays now carries the {calendar.last_year + 1} notice: add it to NOTICES in the script and "
        f"{REGENERATE}"
    )


def test_bundled_file_records_its_provenance() -> None:
    """The table says which holidays release generated it, and coverage() reports it."""
    text = resources.files("disclosure_rules").joinpath("_calendar_data", "china.json").read_text("utf-8")
    data = json.loads(text)
    assert data["source"]["package"] == "holidays"
    assert data["first_year"] == 2008
    assert WorkingDayCalendar.china().coverage().holidays_version == data["source"]["version"]
