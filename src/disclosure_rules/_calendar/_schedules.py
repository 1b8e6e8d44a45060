"""Schedule files: one year's rest days and make-up working days, as the State Council's notice gives them.

Reads and validates schedules from JSON/TOML files, mappings or :class:`YearSchedule` objects, the bundled national
table, and the files named by the ``DISCLOSURE_RULES_SCHEDULES`` environment variable. The working-day arithmetic
on top of them is in ``_working_days``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Final

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._files import os_reason_zh, read_bounded
from disclosure_rules._formatting import chinese_date
from disclosure_rules._parsing import (
    ParseError,
    bad_byte_at,
    load_structured,
    refused,
    validation_summary,
    validation_summary_zh,
)
from disclosure_rules._sources import FIRST_REPORT_YEAR

__all__ = [
    "FIRST_YEAR",
    "SATURDAY",
    "SCHEDULES_ENV",
    "CalendarChangeSet",
    "CalendarScheduleError",
    "HolidayNotice",
    "YearSchedule",
    "bundled",
    "environment_files",
    "environment_schedules",
    "schedules_from",
    "stamp",
]

#: First year of the national calendar: the 2007 Regulations (Decree No. 492) took effect on 2008-05-01 and the
#: first annual reports cover 2008. The 2008 schedule is 国办发明电〔2007〕40号.
FIRST_YEAR: Final = FIRST_REPORT_YEAR

#: Environment variable naming schedule files (``.json``/``.toml``) or folders of them, separated by
#: ``os.pathsep``, that :meth:`WorkingDayCalendar.from_environment` (and so the CLI and the deadline engine's
#: default calendar) loads on top of the national data: a service takes next year's notice without a release.
SCHEDULES_ENV = "DISCLOSURE_RULES_SCHEDULES"

#: Monday is 0: Saturday and Sunday are the weekly rest days (《国务院关于职工工作时间的规定》第七条).
SATURDAY: Final = 5
_DECEMBER = 12
_BUNDLED = "china.json"
_OBJECT = "schedule object"
_FIELDS_ZH: Final = {"days_off": "放假日（days_off）", "working_days": "调休上班日（working_days）"}


class CalendarScheduleError(DisclosureRulesError):
    """A holiday schedule (file or object) is malformed; the message names the file and the field."""

    code = "calendar.invalid_schedule"


# ---------------------------------------------------------------------------------------------------------
# Schedules: the data of one State Council notice (or a local one), validated.


class HolidayNotice(BaseModel):
    """The document a year's schedule comes from (number such as 国办发明电〔2025〕7号, date, title)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: Annotated[str, Field(min_length=1)]
    date: dt.date | None = None
    title: str | None = None
    references: tuple[str, ...] = ()


def _expand_day_list(value: Any) -> Any:  # noqa: ANN401 - raw input before pydantic validates it
    """Accept ``{"2027-02-05": "春节", …}``, or a list of dates and ``"YYYY-MM-DD/YYYY-MM-DD"`` ranges."""
    if not isinstance(value, list):
        return value
    out: dict[str, str] = {}
    for position, item in enumerate(value):
        if isinstance(item, str) and "/" in item:
            first_text, _, last_text = item.partition("/")
            try:
                first, last = dt.date.fromisoformat(first_text), dt.date.fromisoformat(last_text)
            except ValueError:
                msg = f"item {position}: {item!r} is not a range YYYY-MM-DD/YYYY-MM-DD"
                raise refused("schedule_range_syntax", msg, number=position + 1, text=item) from None
            if last < first:
                msg = f"item {position}: range {item!r} ends before it starts"
                raise refused("schedule_range_order", msg, number=position + 1, text=item)
            for offset in range((last - first).days + 1):
                out[(first + dt.timedelta(days=offset)).isoformat()] = ""
        elif isinstance(item, str | dt.date):
            out[str(item)] = ""
        else:
            msg = f"item {position}: expected a date string, got {type(item).__name__}"
            raise refused("schedule_not_a_date", msg, number=position + 1, given=type(item).__name__)
    return out


class YearSchedule(BaseModel):
    """One year's national (or local) schedule: rest days, make-up working days, and the notice(s).

    ``days_off`` maps each rest day (statutory holiday or 调休 rest day; weekend days inside a holiday range may
    be listed too) to its name; ``working_days`` are the Saturdays and Sundays made working days. Dates must lie
    in ``year`` or in December of the year before (a New Year arrangement, as in 国办发明电〔2018〕15号, which made
    2018-12-29 a working day and 2018-12-31 a rest day).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: Annotated[int, Field(ge=FIRST_YEAR, le=9999)]
    notices: Annotated[tuple[HolidayNotice, ...], Field(min_length=1)]
    days_off: dict[dt.date, str] = Field(default_factory=dict)
    working_days: tuple[dt.date, ...] = ()

    _expand_days_off = field_validator("days_off", mode="before")(_expand_day_list)

    @model_validator(mode="after")
    def _check_days(self) -> YearSchedule:
        first = dt.date(self.year - 1, _DECEMBER, 1)
        last = dt.date(self.year, 12, 31)
        for field, days in (("days_off", tuple(self.days_off)), ("working_days", self.working_days)):
            for day in days:
                if not first <= day <= last:
                    msg = f"{field}: {day} is outside {self.year} (only {first}..{last} allowed)"
                    raise refused(
                        "schedule_outside_year",
                        msg,
                        field=_FIELDS_ZH[field],
                        day=chinese_date(day),
                        year=self.year,
                        first=chinese_date(first),
                        last=chinese_date(last),
                    )
        for day in self.working_days:
            if day.weekday() < SATURDAY:
                msg = (
                    f"working_days: {day} is a weekday; list only the Saturdays and Sundays made working days"
                )
                raise refused("schedule_weekday", msg, day=chinese_date(day))
        both = sorted(set(self.days_off) & set(self.working_days))
        if both:
            msg = f"{both[0]} is listed both in days_off and in working_days"
            raise refused("schedule_both", msg, day=chinese_date(both[0]))
        return self


class _ScheduleFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    schedules: Annotated[tuple[YearSchedule, ...], Field(min_length=1)]


class _BundledFile(_ScheduleFile):
    comment: str = ""
    source: dict[str, str]
    first_year: int
    last_year: int


class CalendarChangeSet(BaseModel):
    """Regional or local days layered on the national calendar, with their source (a document, a decision)."""

    model_config = ConfigDict(frozen=True)

    source: str
    days_off: frozenset[dt.date]
    working_days: frozenset[dt.date]


def _schedule_error(where: str, exc: ValidationError) -> CalendarScheduleError:
    return CalendarScheduleError(
        f"{where}: field {validation_summary(exc)}",
        message_zh=f"放假安排{_where_zh(where)}有误，{validation_summary_zh(exc, top='整体')}",
    )


def _where_zh(where: str) -> str:
    """How a Chinese message names where a schedule comes from (a file, or data given in code)."""
    return "数据（程序传入）" if where == _OBJECT else f"“{where}”"


def parse_schedules(data: Any, where: str) -> tuple[YearSchedule, ...]:  # noqa: ANN401 - raw JSON/TOML
    """The schedules in data read from a file (one schedule, a list, or ``{"schedules": [...]}``).

    Data is never a path: a file whose content is a string (``"/etc/passwd"``) is refused, not opened.
    """
    if isinstance(data, str | bytes) or not isinstance(data, Mapping | Sequence | YearSchedule):
        msg = f"{where}: a schedule file holds an object or a list, not {type(data).__name__} (never opened as a path)"
        raise CalendarScheduleError(
            msg,
            message_zh=f"放假安排{_where_zh(where)}应是一个对象或一个列表，而不是 {type(data).__name__}"
            "（文件内容不会被当作路径打开）",
        )
    if isinstance(data, YearSchedule):
        return (data,)
    if isinstance(data, Mapping) and "schedules" not in data:
        data = {"schedules": [data]}
    elif isinstance(data, Sequence) and not isinstance(data, str | bytes):
        data = {"schedules": list(data)}
    try:
        return _ScheduleFile.model_validate(data).schedules
    except ValidationError as exc:
        raise _schedule_error(where, exc) from None


def _read_schedule_file(path: Path) -> Any:  # noqa: ANN401 - raw JSON/TOML
    try:
        with path.open("rb") as handle:
            text = read_bounded(handle, str(path)).decode("utf-8-sig")
    except OSError as exc:
        msg = f"{path}: cannot be read ({exc.strerror or exc})"
        raise CalendarScheduleError(
            msg, message_zh=f"放假安排文件“{path}”无法读取（{os_reason_zh(exc)}）"
        ) from None
    except UnicodeDecodeError as exc:
        where, where_zh = bad_byte_at(exc.start)
        raise CalendarScheduleError(
            f"{path}: not UTF-8 text ({where})",
            message_zh=f"放假安排文件“{path}”不是 UTF-8 文本（{where_zh}），请另存为 UTF-8",
        ) from None
    try:
        return load_structured(text, "toml" if path.suffix.lower() == ".toml" else "json")
    except ParseError as exc:
        raise CalendarScheduleError(
            f"{path}: {exc}", message_zh=f"放假安排文件“{path}”{exc.message_zh}"
        ) from None


def schedules_from(
    path_or_obj: str | os.PathLike[str] | Mapping[str, Any] | YearSchedule | Sequence[Any], source: str | None
) -> tuple[str, tuple[YearSchedule, ...]]:
    """Where the schedules come from (``source``, the file, or "schedule object") and the schedules read."""
    if isinstance(path_or_obj, str | os.PathLike):
        path = Path(path_or_obj)
        where = source or str(path)
        return where, parse_schedules(_read_schedule_file(path), where)
    where = source or _OBJECT
    return where, parse_schedules(path_or_obj, where)


@cache
def bundled() -> _BundledFile:
    text = (
        resources.files("disclosure_rules").joinpath("_calendar_data", _BUNDLED).read_text(encoding="utf-8")
    )
    try:
        return _BundledFile.model_validate_json(text)
    except ValidationError as exc:  # pragma: no cover - the bundled file is tested
        raise _schedule_error(f"disclosure_rules/_calendar_data/{_BUNDLED}", exc) from None


def environment_files(value: str) -> list[Path]:
    files: list[Path] = []
    for entry in (part.strip() for part in value.split(os.pathsep)):
        if not entry:
            continue
        path = Path(entry)
        if path.is_dir():
            files.extend(sorted(item for item in path.iterdir() if item.suffix.lower() in {".json", ".toml"}))
        elif path.exists():
            files.append(path)
        else:
            msg = f"{SCHEDULES_ENV}: {entry}: no such file or folder"
            raise CalendarScheduleError(
                msg, message_zh=f"环境变量 {SCHEDULES_ENV} 所列的“{entry}”不存在（既不是文件也不是文件夹）"
            )
    return files


def stamp(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError as exc:
        msg = f"{SCHEDULES_ENV}: {path}: cannot be read ({exc.strerror or exc})"
        raise CalendarScheduleError(
            msg,
            message_zh=f"环境变量 {SCHEDULES_ENV} 所列的放假安排文件“{path}”无法读取（{os_reason_zh(exc)}）",
        ) from None
    return status.st_mtime_ns, status.st_size


def environment_schedules(names: Iterable[str]) -> list[tuple[str, tuple[YearSchedule, ...]]]:
    """Each named file's schedules, in the order of the first year each file holds."""
    loaded: list[tuple[int, str, tuple[YearSchedule, ...]]] = []
    for name in names:
        where = f"{SCHEDULES_ENV}: {name}"
        schedules = parse_schedules(_read_schedule_file(Path(name)), where)
        loaded.append((min(item.year for item in schedules), name, schedules))
    return [(name, schedules) for _, name, schedules in sorted(loaded)]
