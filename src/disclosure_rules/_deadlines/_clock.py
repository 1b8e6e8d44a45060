"""The clock of a time limit: working days counted from an origin, the pauses that stop it, and lateness.

A pause covering k working days moves the due date by exactly k working days; one that begins on or after the
due date moves nothing (the period had already run out); one still open runs until the day asked about, never past
the other side's own period. Lateness is counted in working days after the due date (0 on the rest days right after
it: the period ends at 24:00 of its last day).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from disclosure_rules._calendar import _SATURDAY, WorkingDayCalendar
from disclosure_rules._formatting import chinese_date
from disclosure_rules._sources import HOLIDAY_MEASURES_TITLE

if TYPE_CHECKING:
    from disclosure_rules._records import ConsultedParty

__all__ = ["Clock", "Pause", "is_provisional", "national_calendar", "provisional_assumption"]


@dataclasses.dataclass
class Pause:
    """A stretch in which the clock stands still (a consultation, or a fee notice waiting for payment)."""

    name: str  # third_party_consultation, agency_consultation or fee_payment
    label: str
    begin: dt.date
    window_end: dt.date | None  # last day of the other side's period (None: no period, 2007 consultations)
    article: str
    party: ConsultedParty | None = None
    ref: str | None = None
    end: dt.date | None = None


@dataclasses.dataclass
class Clock:
    """Reply-period state: counting starts after ``origin``; ``allowed`` working days; pauses that stop it."""

    calendar: WorkingDayCalendar
    origin: dt.date | None
    allowed: int
    pauses: list[Pause] = dataclasses.field(default_factory=list)

    def intervals(self, open_until: dt.date | None) -> list[tuple[dt.date, dt.date]]:
        """Merged, sorted pause intervals (b, e]: working days d with b < d <= e are not counted."""
        raw: list[tuple[dt.date, dt.date]] = []
        for pause in self.pauses:
            end = pause.end
            if end is None:
                end = pause.begin if open_until is None else max(pause.begin, open_until)
                if pause.window_end is not None:
                    end = min(end, pause.window_end)
            raw.append((pause.begin, end))
        raw.sort()
        merged: list[tuple[dt.date, dt.date]] = []
        for begin, end in raw:
            if merged and begin <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((begin, end))
        return merged

    def due(self, open_until: dt.date | None = None) -> tuple[dt.date | None, int]:
        """The due date and the working days the pauses added to it (None while the clock has no origin)."""
        if self.origin is None:
            return None, 0
        cal = self.calendar
        due = cal.add_working_days(self.origin, self.allowed)
        moved = 0
        for begin, end in self.intervals(open_until):
            if begin >= due:
                break  # the period had run out before this pause began
            low = max(begin, self.origin)
            skipped = cal.working_days_between(low, end) if end > low else 0
            if skipped > 0:
                due = cal.add_working_days(due, skipped)
                moved += skipped
        return due, moved

    def counted(self, until: dt.date, open_until: dt.date | None = None) -> int:
        """Working days counted in (origin, until], paused days excluded."""
        if self.origin is None or until <= self.origin:
            return 0
        cal = self.calendar
        total = cal.working_days_between(self.origin, until)
        for begin, end in self.intervals(open_until):
            low, high = max(begin, self.origin), min(end, until)
            if high > low:
                total -= cal.working_days_between(low, high)
        return total

    def close(self, pause: Pause, on: dt.date) -> tuple[bool, int]:
        """End ``pause`` on ``on`` (at the end of the other side's period if later): (capped, days moved)."""
        before = self.due()[0]
        capped = pause.window_end is not None and on > pause.window_end
        pause.end = pause.window_end if capped and pause.window_end is not None else on
        after = self.due()[0]
        moved = self.calendar.working_days_between(before, after) if before and after else 0
        return capped, moved

    def judge(self, due: dt.date, until: dt.date, open_until: dt.date | None = None) -> tuple[int, int, bool]:
        """Working days used and late by ``until``, and whether that is late.

        The period ends at 24:00 of the due date (《民法典》第二百零三条第二款): a day after it is late even when only
        rest days lie between, by 0 working days.
        """
        if until <= due:
            return self.counted(until, open_until=open_until), 0, False
        late = self.calendar.working_days_between(due, until)
        return self.allowed + late, late, True


def is_provisional(calendar: WorkingDayCalendar, *days: dt.date | None) -> bool:
    """Whether a day falls in a year whose 《国务院办公厅关于…年部分节假日安排的通知》 is not out yet."""
    last = calendar.last_year  # official schedules end here; only later days can be provisional
    return any(day is not None and day.year > last and calendar.is_provisional(day) for day in days)


def provisional_assumption(
    calendar: WorkingDayCalendar, start: dt.date | None, due: dt.date | None
) -> str | None:
    """What a provisional answer assumed: the years without a notice and the statutory days taken as rest days."""
    if start is None or due is None or not is_provisional(calendar, start, due):
        return None
    last = calendar.last_year
    years = "、".join(f"{year}年" for year in range(max(start.year, last + 1), due.year + 1))
    assumed: list[str] = []
    day = max(start, dt.date(last + 1, 1, 1))
    while day <= due:
        if day.weekday() < _SATURDAY and not calendar.is_working_day(day):
            name = (calendar.day_name(day) or "").split("（", 1)[0]
            assumed.append(f"{chinese_date(day)}{name}")
        day += dt.timedelta(days=1)
    rest = "、".join(assumed) if assumed else "期间内无法定节假日"
    return (
        f"{years}的国务院节假日安排通知尚未载入（日历收录至{last}年），按{HOLIDAY_MEASURES_TITLE}推定法定节假日"
        f"（{rest}），未计任何调休上班日；通知发布后用 calendar import-notice 载入并重新计算"
    )


def national_calendar() -> WorkingDayCalendar:
    """The national data plus any schedule files named by DISCLOSURE_RULES_SCHEDULES (a year not yet released)."""
    return WorkingDayCalendar.from_environment()
