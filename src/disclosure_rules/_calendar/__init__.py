"""The working-day (工作日) calendar every statutory time limit is counted on.

A working day is Monday to Friday, minus the statutory holidays and the adjusted rest days of the State
Council's yearly notice (《国务院办公厅关于YYYY年部分节假日安排的通知》), plus the weekend days that the same
notice makes working days (调休上班). The national data is a table generated from the ``holidays`` package
(``scripts/calendar_generate_china.py``) and bundled as ``_calendar_data/china.json`` with each year's notice
number and date. The calendar knows its bounds: an answer that needs a day after the last year whose notice it
holds raises :class:`~disclosure_rules.CalendarRangeError`, unless the caller asks for provisional answers.

Counting conventions (《民法典》第二百零一条: the first day of a period is not counted):

* ``add_working_days(start, n)`` for ``n >= 1`` is the n-th working day strictly after ``start``; a start on a
  rest day counts its first following working day as day 1. ``n == 0`` rolls ``start`` forward to a working
  day (itself if it is one). ``n < 0`` counts backwards the same way: the |n|-th working day strictly before.
* ``working_days_between(start, end)`` counts the working days ``d`` with ``start < d <= end`` (negative when
  ``end < start``), so ``working_days_between(s, add_working_days(s, n)) == n`` for every ``s`` and ``n >= 1``.

Schedule files (reading and validating JSON/TOML schedules, :class:`YearSchedule`, the environment variable) are in
``_schedules``; the working-day arithmetic (:class:`WorkingDayCalendar`) is in ``_working_days``.

Every answer is two lookups in tables precomputed per day (cumulative working-day counts, and the day index of
the k-th working day), so scalar and batch forms cost the same whatever ``n`` is. Errors::

    DisclosureRulesError
    ├── CalendarRangeError          ``calendar.beyond_published_year`` (defined in ``_errors``)
    ├── CalendarScheduleError       ``calendar.invalid_schedule``: a schedule file or object is malformed
    └── CalendarChangeError         ``calendar.invalid_change``: bad ``with_changes`` arguments
"""

from __future__ import annotations

from disclosure_rules._calendar._schedules import (
    FIRST_YEAR,
    SCHEDULES_ENV,
    CalendarChangeSet,
    CalendarScheduleError,
    HolidayNotice,
    YearSchedule,
    parse_schedules,
)
from disclosure_rules._calendar._schedules import SATURDAY as _SATURDAY
from disclosure_rules._calendar._working_days import (
    PROVISIONAL_YEARS,
    CalendarChangeError,
    CalendarCoverage,
    WorkingDayCalendar,
    YearCoverage,
)

__all__ = [
    "FIRST_YEAR",
    "PROVISIONAL_YEARS",
    "SCHEDULES_ENV",
    "_SATURDAY",
    "CalendarChangeError",
    "CalendarChangeSet",
    "CalendarCoverage",
    "CalendarScheduleError",
    "HolidayNotice",
    "WorkingDayCalendar",
    "YearCoverage",
    "YearSchedule",
    "parse_schedules",
]
