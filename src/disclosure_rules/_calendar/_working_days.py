"""Working-day arithmetic: the per-day tables of a calendar built from schedules, and the questions they answer."""

from __future__ import annotations

import datetime as dt
import operator
import os
from array import array
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn

from pydantic import BaseModel, ConfigDict

from disclosure_rules._api_guard import FOREIGN_ARGUMENT_ERRORS, as_library_error, guards_itself, public_class
from disclosure_rules._calendar._schedules import (
    SATURDAY,
    SCHEDULES_ENV,
    CalendarChangeSet,
    CalendarScheduleError,
    HolidayNotice,
    YearSchedule,
    bundled,
    environment_files,
    environment_schedules,
    schedules_from,
    stamp,
)
from disclosure_rules._errors import CalendarRangeError, DisclosureRulesError
from disclosure_rules._formatting import chinese_date
from disclosure_rules._parsing import SCHEDULE_BOTH_ZH

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    import numpy as np
    import numpy.typing as npt

__all__ = [
    "PROVISIONAL_YEARS",
    "CalendarChangeError",
    "CalendarCoverage",
    "WorkingDayCalendar",
    "YearCoverage",
]


#: How many years after ``last_year`` a provisional calendar answers from the statutory rules alone
#: (《全国年节及纪念日放假办法》 Arts. 2 and 6), with no 调休 make-up working days.
PROVISIONAL_YEARS = 5

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()


class CalendarChangeError(DisclosureRulesError):
    """``with_changes`` was given contradictory or out-of-range days, or no source."""

    code = "calendar.invalid_change"


class YearCoverage(BaseModel):
    """Where one covered year's days come from."""

    model_config = ConfigDict(frozen=True)

    year: int
    source: str
    notices: tuple[HolidayNotice, ...]


class CalendarCoverage(BaseModel):
    """What a calendar covers and where its data comes from, to be quoted next to any deadline it computed."""

    model_config = ConfigDict(frozen=True)

    first_year: int
    last_year: int
    provisional: bool
    provisional_until: int | None
    holidays_version: str
    years: tuple[YearCoverage, ...]
    changes: tuple[CalendarChangeSet, ...]

    def covers(self, year: int) -> bool:
        """Whether ``year`` has its official schedule (not just provisional answers)."""
        return self.first_year <= year <= self.last_year


@cache
def _statutory_days_off(year: int) -> tuple[tuple[dt.date, str], ...]:
    """Rest days of an unpublished year from the statutory rules alone (holidays' estimate, no 调休)."""
    # Only provisional calendars need holidays at run time; keeps its import out of china().
    from holidays.countries.china import China  # noqa: PLC0415

    estimate = China(years=year, language="zh_CN")  # type: ignore[no-untyped-call]  # holidays is untyped here
    return tuple(sorted((day, str(name)) for day, name in estimate.items() if day.year == year))


@public_class
class WorkingDayCalendar:
    """Working days (工作日) of Chinese state organs, bounded by the published State Council notices.

    Build it with :meth:`china`; derive variants with :meth:`with_schedule` and :meth:`with_changes` (each
    returns a new calendar; a calendar never changes). See the module docstring for the conventions.
    """

    __slots__ = (
        "_base",
        "_cum",
        "_first_day",
        "_holidays_version",
        "_last_covered_ordinal",
        "_layers",
        "_names",
        "_ndays",
        "_np",
        "_nwork",
        "_origin",
        "_provisional",
        "_provisional_until",
        "_schedules",
        "_sources",
        "_wd",
        "_wd_dates",
        "_work",
    )

    def __init__(
        self,
        schedules: Mapping[int, YearSchedule],
        *,
        sources: Mapping[int, str],
        holidays_version: str,
        provisional: bool = False,
        layers: Sequence[CalendarChangeSet] = (),
    ) -> None:
        """Build the tables; use :meth:`china` rather than calling this directly."""
        years = sorted(schedules)
        if not years or years != list(range(years[0], years[-1] + 1)):
            msg = f"schedules must cover consecutive years, got {years}"
            raise CalendarScheduleError(
                msg, message_zh=f"放假安排的年度应当连续，不能有空缺（现有年度：{years}）"
            )
        self._schedules: dict[int, YearSchedule] = dict(schedules)
        self._sources: dict[int, str] = dict(sources)
        self._holidays_version = holidays_version
        self._provisional = provisional
        self._layers: tuple[CalendarChangeSet, ...] = tuple(layers)
        first_year, last_year = years[0], years[-1]
        self._provisional_until: int | None = last_year + PROVISIONAL_YEARS if provisional else None
        table_last_year = self._provisional_until or last_year
        self._first_day = dt.date(first_year, 1, 1)
        self._origin = self._first_day.toordinal()
        self._last_covered_ordinal = dt.date(last_year, 12, 31).toordinal()
        ndays = dt.date(table_last_year, 12, 31).toordinal() - self._origin + 1
        self._ndays = ndays
        self._np: tuple[Any, Any, Any] | None = None  # numpy tables, built by the first batch call
        self._build(first_year, last_year, table_last_year)

    # -- construction ---------------------------------------------------------------------------------

    @classmethod
    def china(cls, provisional: bool = False) -> WorkingDayCalendar:
        """The national calendar, 2008 through the last year whose State Council notice the data holds.

        With ``provisional=True`` it also answers for the next :data:`PROVISIONAL_YEARS` years from the
        statutory holidays alone (no 调休 make-up working days); :meth:`is_provisional` marks those days.
        """
        return _national(provisional=provisional)

    @classmethod
    def from_environment(
        cls, *, provisional: bool = False, environ: Mapping[str, str] | None = None
    ) -> WorkingDayCalendar:
        """:meth:`china` plus the schedule files named by ``DISCLOSURE_RULES_SCHEDULES`` (see :data:`SCHEDULES_ENV`).

        The variable lists files or folders (a folder contributes its ``*.json`` and ``*.toml`` files) separated
        by ``os.pathsep``; files load in the order of the first year each holds, so ``schedule-2027.json`` and
        ``schedule-2028.json`` may be given in any order. Unset or empty: the national calendar alone. A file that
        is missing or malformed raises :class:`CalendarScheduleError` naming the variable and the file.
        """
        value = (os.environ if environ is None else environ).get(SCHEDULES_ENV, "")
        files = environment_files(value)
        stamps = tuple((str(path), *stamp(path)) for path in files)
        return _environment_calendar(stamps, provisional=provisional)

    def _day_status(
        self, first_year: int, last_year: int, table_last_year: int
    ) -> tuple[bytearray, dict[int, str]]:
        """Per day index: 1 for a working day, 0 for a rest day; and the name of each non-ordinary day."""
        origin, ndays = self._origin, self._ndays
        # Weekly rest days: Saturday and Sunday (《国务院关于职工工作时间的规定》第七条).
        first_weekday = self._first_day.weekday()
        work = bytearray(1 if (first_weekday + i) % 7 < SATURDAY else 0 for i in range(ndays))
        names: dict[int, str] = {}

        def mark(days: Iterable[tuple[dt.date, str]], *, working: bool) -> None:
            for day, name in days:
                index = day.toordinal() - origin
                if 0 <= index < ndays:
                    work[index] = 1 if working else 0
                    names[index] = name

        for year in range(first_year, last_year + 1):
            schedule = self._schedules[year]
            mark(((day, name or "放假") for day, name in schedule.days_off.items()), working=False)
            mark(((day, "调休上班") for day in schedule.working_days), working=True)
        for year in range(last_year + 1, table_last_year + 1):
            mark(
                ((day, f"{name}（按法定假日推定，未见通知）") for day, name in _statutory_days_off(year)),
                working=False,
            )
        for layer in self._layers:
            mark(((day, layer.source) for day in layer.days_off), working=False)
            mark(((day, layer.source) for day in layer.working_days), working=True)
        return work, names

    def _build(self, first_year: int, last_year: int, table_last_year: int) -> None:
        origin, ndays = self._origin, self._ndays
        work, names = self._day_status(first_year, last_year, table_last_year)
        # _cum[i]: working days among day indexes < i; _wd[k]: index of the k-th working day (0-based). These
        # array('i') tables back the numpy views. The scalar API uses a hash map date -> _cum[i + 1] - 1 (the
        # working days up to and including the date, less one) and the k-th working day as a date object,
        # so an answer is one dict lookup and one list index with no date arithmetic.
        cum = array("i", [0]) * (ndays + 1)
        wd = array("i")
        running = 0
        for index in range(ndays):
            if work[index]:
                wd.append(index)
                running += 1
            cum[index + 1] = running
        self._work = bytes(work)
        self._names = names
        self._cum = cum
        self._wd = wd
        self._nwork = running
        fromordinal = dt.date.fromordinal
        days = [fromordinal(origin + index) for index in range(ndays)]
        self._base: dict[dt.date, int] = {day: count - 1 for day, count in zip(days, cum[1:], strict=True)}
        self._wd_dates: list[dt.date] = [days[index] for index in wd]

    def _derive(
        self,
        schedules: Mapping[int, YearSchedule] | None = None,
        sources: Mapping[int, str] | None = None,
        layers: Sequence[CalendarChangeSet] | None = None,
    ) -> WorkingDayCalendar:
        return WorkingDayCalendar(
            self._schedules if schedules is None else schedules,
            sources=self._sources if sources is None else sources,
            holidays_version=self._holidays_version,
            provisional=self._provisional,
            layers=self._layers if layers is None else layers,
        )

    def with_schedule(
        self,
        path_or_obj: str | os.PathLike[str] | Mapping[str, Any] | YearSchedule | Sequence[Any],
        *,
        source: str | None = None,
    ) -> WorkingDayCalendar:
        """A new calendar with one or more years' schedules added or replaced.

        ``path_or_obj`` is a ``.json`` or ``.toml`` file, a mapping in the same shape, a :class:`YearSchedule`,
        or a list of them. A file holds one schedule or ``{"schedules": [...]}``; a schedule is::

            {"year": 2027,
             "notices": [{"number": "国办发明电〔2026〕N号", "date": "2026-11-…"}],
             "days_off": ["2027-02-05/2027-02-12", "2027-10-01/2027-10-07"],   # or {"2027-10-01": "国庆节"}
             "working_days": ["2027-02-14"]}

        A year may replace a covered year (a correction) or extend the calendar by the next year; a gap is an
        error. This is how a user applies a notice published before the ``holidays`` release that carries it.
        Raises :class:`CalendarScheduleError` (``calendar.invalid_schedule``) naming the file and field.
        """
        where, parsed = schedules_from(path_or_obj, source)
        schedules = dict(self._schedules)
        sources = dict(self._sources)
        for schedule in sorted(parsed, key=lambda item: item.year):
            last = max(schedules)
            if schedule.year > last + 1:
                msg = (
                    f"{where}: field year: a schedule for {schedule.year} cannot follow {last}; "
                    f"load the schedule for {last + 1} first"
                )
                raise CalendarScheduleError(
                    msg,
                    message_zh=(
                        f"放假安排“{where}”字段 year：{schedule.year}年不能直接接在{last}年之后，"
                        f"请先载入{last + 1}年的放假安排"
                    ),
                )
            schedules[schedule.year] = schedule
            sources[schedule.year] = where
        return self._derive(schedules=schedules, sources=sources)

    def with_changes(
        self,
        *,
        days_off: Iterable[dt.date] = (),
        working_days: Iterable[dt.date] = (),
        source: str,
    ) -> WorkingDayCalendar:
        """A new calendar with local rest days and working days layered on top, recorded with their source.

        For holidays of ethnic minorities set by local governments (《全国年节及纪念日放假办法》第四条) or a
        local closure. Layers apply after the national schedules, in the order added, and also to years loaded
        later. Raises :class:`CalendarChangeError` (``calendar.invalid_change``) for an empty source, a day in
        both sets, or a day before the calendar's first year.
        """
        if not source.strip():
            msg = "source: say where the change comes from (document number, decision, date)"
            raise CalendarChangeError(
                msg, message_zh="放假调整字段 source：请写明调整的依据（文号、决定或日期）"
            )
        off, work = frozenset(days_off), frozenset(working_days)
        for field, days in (("days_off", off), ("working_days", work)):
            for day in days:
                value: object = day
                if not isinstance(value, dt.date):
                    msg = f"{field}: {value!r} is not a date"
                    raise CalendarChangeError(msg, message_zh=f"放假调整字段 {field}：{value!r}不是日期")
                if day < self._first_day:
                    msg = f"{field}: {day} is before the calendar's first year {self._first_day.year}"
                    raise CalendarChangeError(
                        msg,
                        message_zh=(
                            f"放假调整字段 {field}：{chinese_date(day)}早于日历的第一年（{self._first_day.year}年）"
                        ),
                    )
        both = sorted(off & work)
        if both:
            msg = f"{both[0]} is listed both in days_off and in working_days"
            raise CalendarChangeError(
                msg,
                message_zh=SCHEDULE_BOTH_ZH.format(day=chinese_date(both[0])),
            )
        layer = CalendarChangeSet(source=source, days_off=off, working_days=work)
        return self._derive(layers=(*self._layers, layer))

    # -- bounds -----------------------------------------------------------------------------------------

    @property
    def first_year(self) -> int:
        """The first covered year (2008 for the national calendar)."""
        return self._first_day.year

    @property
    def last_year(self) -> int:
        """The last year whose official schedule (State Council notice, or a loaded schedule) is held."""
        return max(self._schedules)

    def coverage(self) -> CalendarCoverage:
        """First/last year, the ``holidays`` version the national table was generated from, each year's source."""
        return CalendarCoverage(
            first_year=self.first_year,
            last_year=self.last_year,
            provisional=self._provisional,
            provisional_until=self._provisional_until,
            holidays_version=self._holidays_version,
            years=tuple(
                YearCoverage(year=year, source=self._sources[year], notices=self._schedules[year].notices)
                for year in sorted(self._schedules)
            ),
            changes=self._layers,
        )

    def _out_of_range(self, day: dt.date) -> CalendarRangeError:
        if day < self._first_day:
            msg = (
                f"{day} is before {self.first_year}-01-01: the calendar starts with {self.first_year}, "
                "the first year under the 2007 Regulations (in force 2008-05-01)"
            )
            return CalendarRangeError(
                msg,
                message_zh=(
                    f"{chinese_date(day)}早于{self.first_year}年1月1日：工作日历从{self.first_year}年开始"
                    "（条例自2008年5月1日起施行）"
                ),
            )
        missing = self.last_year + 1
        if self._provisional_until is not None:
            missing = self._provisional_until + 1
            msg = (
                f"{day} is beyond {self._provisional_until}, the last year this provisional calendar answers "
                f"for; load the schedules up to {day.year} with cal.with_schedule(...)"
            )
            return CalendarRangeError(
                msg,
                message_zh=(
                    f"{chinese_date(day)}超出推定日历的范围（至{self._provisional_until}年）；"
                    f"请载入至{day.year}年的放假安排"
                ),
            )
        msg = (
            f"{day} needs the holiday schedule of {missing}, which this calendar does not hold (last year: "
            f"{self.last_year}); load the State Council notice for {missing} with "
            f"cal.with_schedule('schedule-{missing}.json') (see docs/calendar.md), upgrade the holidays package, "
            "or use WorkingDayCalendar.china(provisional=True) for a provisional answer"
        )
        return CalendarRangeError(
            msg,
            message_zh=(
                f"计算{chinese_date(day)}需要{missing}年的放假安排，本日历只到{self.last_year}年；"
                f"请载入国务院办公厅{missing}年部分节假日安排的通知（schedule-{missing}.json），或按法定节假日推定"
            ),
        )

    def _index(self, day: dt.date) -> int:
        index = day.toordinal() - self._origin
        if not 0 <= index < self._ndays:
            raise self._out_of_range(day)
        return index

    def _date_of_work_index(self, k: int, start: dt.date, n: int) -> dt.date:
        if 0 <= k < self._nwork:
            return self._wd_dates[k]
        # Past either end of the table: name the first day the answer would have needed.
        edge = dt.date.fromordinal(self._origin - 1 if k < 0 else self._origin + self._ndays)
        error = self._out_of_range(edge)
        raise CalendarRangeError(
            f"counting {n} working days from {start}: {error.message}",
            message_zh=f"从{chinese_date(start)}起计算{n}个工作日：{error.message_zh}",
        )

    def is_provisional(self, d: dt.date) -> bool:
        """Whether ``d`` lies after the last year with an official schedule (only in a provisional calendar).

        An answer is provisional when its start or its result is. Raises ``CalendarRangeError`` outside the
        calendar.
        """
        self._index(d)
        return d.toordinal() > self._last_covered_ordinal

    # -- scalar API -------------------------------------------------------------------------------------

    @guards_itself
    def is_working_day(self, d: dt.date) -> bool:
        """Whether ``d`` is a working day (raises ``CalendarRangeError`` outside the covered years)."""
        try:
            return self._work[self._index(d)] == 1
        except DisclosureRulesError:
            raise
        except FOREIGN_ARGUMENT_ERRORS as exc:
            raise as_library_error(exc, "WorkingDayCalendar.is_working_day") from exc

    def day_name(self, d: dt.date) -> str | None:
        """The name of the holiday, 调休 or local change that decides ``d``, or ``None`` for an ordinary day."""
        return self._names.get(self._index(d))

    @guards_itself
    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day strictly after ``start`` (the start day is not counted: 《民法典》第二百零一条).

        * ``n >= 1``: a start on a rest day counts its first following working day as day 1.
        * ``n == 0``: ``start`` itself if it is a working day, else the next working day (use this for
          "the first working day on or after"; see also :meth:`next_working_day_on_or_after`).
        * ``n < 0``: the |n|-th working day strictly before ``start``.

        Raises ``CalendarRangeError`` when the count needs a day outside the covered years.
        """
        try:
            if n > 0:
                try:
                    return self._wd_dates[self._base[start] + n]  # base >= -1, so the index is >= 0
                except (KeyError, IndexError):
                    pass  # a datetime, or outside the table: the checked path below explains
            n = operator.index(n)  # a float count (from callers outside mypy) would pass the arithmetic below
            index = self._index(start)
            k = self._cum[index + 1] + n - 1 if n > 0 else self._cum[index] + n
            return self._date_of_work_index(k, start, n)
        except DisclosureRulesError:
            raise
        except FOREIGN_ARGUMENT_ERRORS as exc:
            raise as_library_error(exc, "WorkingDayCalendar.add_working_days") from exc

    @guards_itself
    def next_working_day_on_or_after(self, d: dt.date) -> dt.date:
        """``d`` if it is a working day, else the next one; same as ``add_working_days(d, 0)``.

        《民法典》第二百零三条: a period whose last day is a statutory holiday ends on the first day after it.
        """
        try:
            return self._date_of_work_index(self._cum[self._index(d)], d, 0)
        except DisclosureRulesError:
            raise
        except (
            FOREIGN_ARGUMENT_ERRORS
        ) as exc:  # named here, not as add_working_days, for the caller who called this
            raise as_library_error(exc, "WorkingDayCalendar.next_working_day_on_or_after") from exc

    @guards_itself
    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """The number of working days ``d`` with ``start < d <= end`` (the start day is not counted).

        Negative (minus the count of ``end < d <= start``) when ``end`` is before ``start``, so
        ``working_days_between(s, add_working_days(s, n)) == n`` for ``n >= 1``.
        """
        try:
            try:
                return self._base[end] - self._base[start]
            except KeyError:
                pass  # a datetime, or outside the table: the checked path below explains
            cum = self._cum
            return cum[self._index(end) + 1] - cum[self._index(start) + 1]
        except DisclosureRulesError:
            raise
        except FOREIGN_ARGUMENT_ERRORS as exc:
            raise as_library_error(exc, "WorkingDayCalendar.working_days_between") from exc

    # -- batch API (numpy, imported lazily) -----------------------------------------------------------

    def _numpy_tables(self) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.int32], npt.NDArray[Any]]:
        """Tables indexed by the ``datetime64[D]`` value itself (days since 1970-01-01), built on first use.

        ``upto[e]`` counts the working days up to and including day ``e``, ``before[e]`` those before it, and
        ``dates[k]`` is the k-th working day: a batch answer is then two gathers, with no index arithmetic.
        """
        import numpy as np  # noqa: PLC0415 - optional extra, imported only by the batch API

        if self._np is None:
            lo = self._origin - _EPOCH_ORDINAL
            cum = np.frombuffer(self._cum, dtype=np.int32)
            upto = np.zeros(lo + self._ndays, dtype=np.int32)
            before = np.zeros(lo + self._ndays, dtype=np.int32)
            upto[lo:] = cum[1:]
            before[lo:] = cum[:-1]
            dates = (np.frombuffer(self._wd, dtype=np.int32).astype(np.int64) + lo).view("datetime64[D]")
            self._np = (upto, before, dates)
        upto, before, dates = self._np
        return upto, before, dates

    def _batch_days(self, days: npt.ArrayLike, name: str) -> npt.NDArray[np.int64]:
        """``days`` as int64 days since 1970-01-01, after checking (by min and max) that all are covered."""
        import numpy as np  # noqa: PLC0415 - optional extra

        values = np.asarray(days)
        if values.dtype != np.dtype("datetime64[D]"):
            try:
                values = values.astype("datetime64[D]")
            except (TypeError, ValueError):
                msg = f"{name}: expected datetime64[D] values, got dtype {values.dtype}"
                raise CalendarChangeError(
                    msg, message_zh=f"参数 {name}：应为日期（datetime64[D]），实际类型为 {values.dtype}"
                ) from None
        epoch_days = values.view(np.int64)
        if epoch_days.size:
            lo = self._origin - _EPOCH_ORDINAL
            if int(epoch_days.min()) < lo or int(epoch_days.max()) >= lo + self._ndays:
                bad = (epoch_days < lo) | (epoch_days >= lo + self._ndays)
                position = int(np.argmax(bad))
                day = dt.date.fromordinal(_EPOCH_ORDINAL + int(epoch_days.flat[position]))
                error = self._out_of_range(day)
                raise CalendarRangeError(
                    f"{name}[{position}]: {error.message}",
                    message_zh=f"参数 {name} 第{position + 1}项：{error.message_zh}",
                )
        return epoch_days

    def add_working_days_array(self, starts: npt.ArrayLike, n: int | npt.ArrayLike) -> npt.NDArray[Any]:
        """:meth:`add_working_days` over a ``datetime64[D]`` array (``n`` a scalar or a broadcastable array).

        Same conventions and errors as the scalar form; returns ``datetime64[D]``. Needs numpy.
        """
        import numpy as np  # noqa: PLC0415 - optional extra

        epoch_days = self._batch_days(starts, "starts")
        upto, before, dates = self._numpy_tables()
        if np.ndim(n) == 0:
            shift = int(n)  # type: ignore[arg-type]  # a 0-d array-like converts to int
            if not epoch_days.size:
                return epoch_days.view("datetime64[D]").copy()
            # The counts are non-decreasing in the day, so the extreme k comes from the extreme start.
            if shift > 0:
                if int(upto[epoch_days.max()]) + shift - 1 >= self._nwork:
                    self._batch_range_error(epoch_days, upto[epoch_days] + (shift - 1), shift)
                k = upto[epoch_days]
                k += shift - 1
            else:
                if int(before[epoch_days.min()]) + shift < 0:
                    self._batch_range_error(epoch_days, before[epoch_days] + shift, shift)
                k = before[epoch_days]
                k += shift
            return dates[k]
        steps = np.asarray(n, dtype=np.int64)
        k64 = np.where(steps > 0, upto[epoch_days] + steps - 1, before[epoch_days] + steps)
        if k64.size and (int(k64.min()) < 0 or int(k64.max()) >= self._nwork):
            self._batch_range_error(
                np.broadcast_to(epoch_days, k64.shape), k64, np.broadcast_to(steps, k64.shape)
            )
        return dates[k64]

    def _batch_range_error(self, epoch_days: Any, k: Any, n: Any) -> NoReturn:  # noqa: ANN401 - numpy arrays
        import numpy as np  # noqa: PLC0415 - optional extra

        bad = (k < 0) | (k >= self._nwork)
        position = int(np.argmax(bad))
        start = dt.date.fromordinal(_EPOCH_ORDINAL + int(epoch_days.flat[position]))
        edge = -1 if int(k.flat[position]) < 0 else self._nwork
        steps = int(n) if np.ndim(n) == 0 else int(n.flat[position])
        try:
            self._date_of_work_index(edge, start, steps)
        except CalendarRangeError as exc:
            raise CalendarRangeError(
                f"starts[{position}]: {exc.message}",
                message_zh=f"参数 starts 第{position + 1}项：{exc.message_zh}",
            ) from None
        raise AssertionError  # pragma: no cover - _date_of_work_index raised

    def working_days_between_array(self, starts: npt.ArrayLike, ends: npt.ArrayLike) -> npt.NDArray[np.int32]:
        """:meth:`working_days_between` over ``datetime64[D]`` arrays (broadcast together). Needs numpy."""
        i = self._batch_days(starts, "starts")
        j = self._batch_days(ends, "ends")
        upto, _, _ = self._numpy_tables()
        return upto[j] - upto[i]

    # -- introspection ----------------------------------------------------------------------------------

    def table_nbytes(self) -> int:
        """Bytes held by the day tables (status, cumulative counts, working-day index, scalar caches)."""
        import sys  # noqa: PLC0415 - introspection only

        total = len(self._work) + self._cum.itemsize * len(self._cum) + self._wd.itemsize * len(self._wd)
        # The hash map, its date keys and count values (CPython shares ints up to 256), the date list.
        total += sys.getsizeof(self._base) + sum(sys.getsizeof(day) for day in self._base)
        small_ints = 256  # CPython shares the int objects up to 256
        total += sum(sys.getsizeof(count) for count in self._base.values() if count > small_ints)
        total += sys.getsizeof(self._wd_dates)
        return total

    def __repr__(self) -> str:
        kind = "provisional" if self._provisional else "official"
        return (
            f"<WorkingDayCalendar {self.first_year}..{self.last_year} ({kind}, {len(self._layers)} changes)>"
        )


@cache
def _environment_calendar(
    stamps: tuple[tuple[str, int, int], ...], *, provisional: bool
) -> WorkingDayCalendar:
    """The national calendar with the files loaded; cached while the files keep their size and mtime."""
    calendar = _national(provisional=provisional)
    for name, schedules in environment_schedules(name for name, _, _ in stamps):
        calendar = calendar.with_schedule(list(schedules), source=name)
    return calendar


@cache
def _national(*, provisional: bool) -> WorkingDayCalendar:
    table = bundled()
    schedules = {schedule.year: schedule for schedule in table.schedules}
    version = table.source.get("version", "?")
    source = f"holidays {version} (bundled table, State Council notices)"
    return WorkingDayCalendar(
        schedules,
        sources=dict.fromkeys(schedules, source),
        holidays_version=version,
        provisional=provisional,
    )
