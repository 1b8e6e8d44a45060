"""``calendar``: the calendar's coverage, one year's days, or a holiday notice read into a schedule file.

``calendar import-notice`` turns the State Council's notice into the file ``--calendar-file`` loads.

Schedule files named by ``DISCLOSURE_RULES_SCHEDULES`` are loaded first, then each ``--calendar-file``.

Warns (on stderr, exit status still 0) when today is on or after 1 December and next year's State Council
notice is not in the calendar: the notice is usually published in October–December, before the ``holidays``
release that carries it, and deadlines running into January need it.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclosure_rules._calendar import WorkingDayCalendar, YearSchedule, parse_schedules
from disclosure_rules._cli._common import (
    CliError,
    date_argument,
    flagged,
    read_json_or_toml,
    read_text,
    write_output,
)
from disclosure_rules._errors import DisclosureRulesError
from disclosure_rules._files import read_bytes
from disclosure_rules._formatting import chinese_date
from disclosure_rules._holiday_notice import schedule_from_notice
from disclosure_rules._parsing import bad_byte_at
from disclosure_rules._sources import HOLIDAY_MEASURES_TITLE

if TYPE_CHECKING:
    import argparse

_DECEMBER = 12
_SATURDAY = 5
WARNING_CODE = "calendar.next_year_not_covered"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``calendar`` subcommand."""
    parser = subparsers.add_parser(
        "calendar",
        help=help_line,
        description=(
            "Without --year: the covered years, the holidays version and each year's State Council notice. "
            "With --year: that year's rest days on weekdays and working weekend days (调休)."
        ),
    )
    parser.add_argument("--year", type=int, metavar="Y", help="list the rest/working days of year Y")
    parser.add_argument(
        "--calendar-file",
        action="append",
        default=[],
        metavar="F",
        help="a year's schedule (.json or .toml) to load on top of the national data; repeatable",
    )
    parser.add_argument(
        "--provisional",
        action="store_true",
        help="answer unpublished years from the statutory holidays alone (marked provisional)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument("--today", type=date_argument, metavar="YYYY-MM-DD", help="date for the warning")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.set_defaults(func=run)
    actions = parser.add_subparsers(dest="calendar_action", metavar="ACTION", parser_class=type(parser))
    notice = actions.add_parser(
        "import-notice",
        help="read the State Council holiday notice (text or HTML) into a schedule file",
        description=(
            "Reads 国务院办公厅关于YYYY年部分节假日安排的通知 as published or reprinted and writes the schedule file "
            "that --calendar-file, DISCLOSURE_RULES_SCHEDULES and WorkingDayCalendar.with_schedule load. Later "
            "files are notices that change the same year (关于调整/延长……的通知). A text that is not a notice or "
            "cannot be read completely is refused (exit 2, nothing written)."
        ),
    )
    notice.add_argument(
        "notices", nargs="+", metavar="NOTICE", help="the notice (.txt or .html), then amendments"
    )
    notice.add_argument(
        "--number", metavar="国办发明电〔YYYY〕N号", help="the document number, for a reprint that dropped it"
    )
    notice.add_argument(
        "-o", "--output", metavar="FILE", help="write the schedule (JSON) to FILE, not stdout"
    )
    notice.set_defaults(func=run_import_notice)


def build_calendar(files: list[str], *, provisional: bool) -> WorkingDayCalendar:
    """The national calendar, the ``DISCLOSURE_RULES_SCHEDULES`` files, then the given files in order."""
    try:
        calendar = WorkingDayCalendar.from_environment(provisional=provisional)
        for path in files:
            calendar = calendar.with_schedule(
                parse_schedules(read_json_or_toml(path), str(Path(path))), source=str(Path(path))
            )
    except DisclosureRulesError as exc:
        # The message names the file (and the variable) already.
        raise CliError(exc.message, code=exc.code, message_zh=exc.message_zh) from None
    return calendar


def _notice_text(path: str) -> str:
    """UTF-8, or GB18030 (GBK), the encoding of many government pages saved from a browser."""
    if path == "-":
        return read_text(path)
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        where, where_zh = bad_byte_at(exc.start)
        raise CliError(
            f"{path}: neither UTF-8 nor GB18030 text ({where})",
            code="input.undecodable",
            message_zh=f"{path}：文件编码无法识别，既不是 UTF-8 也不是 GBK/GB18030（{where_zh}）",
        ) from None


def run_import_notice(args: argparse.Namespace) -> int:
    """``calendar import-notice``: the notice (and its amendments) to one schedule file, or nothing."""
    schedule: YearSchedule | None = None
    for index, path in enumerate(args.notices):
        text = _notice_text(path)
        try:
            schedule = schedule_from_notice(text, number=args.number if index == 0 else None, amends=schedule)
        except DisclosureRulesError as exc:
            raise flagged(path, exc) from None
    if schedule is None:  # pragma: no cover - argparse requires one notice
        raise CliError("no notice given", code="cli.usage", message_zh="没有给出节假日安排通知文件")
    payload = {"schedules": [schedule.model_dump(mode="json")]}
    write_output(args.output, json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    print(import_summary_zh(schedule), file=sys.stderr)
    return 0


def import_summary_zh(schedule: YearSchedule) -> str:
    """What ``import-notice`` read, for the clerk: ``2026年：放假 33 天，调休上班 6 天（依据：国办发明电〔2025〕7号，2025年11月4日）``."""
    sources = "；".join(
        f"{notice.number}，{chinese_date(notice.date)}" if notice.date is not None else notice.number
        for notice in schedule.notices
    )
    return (
        f"{schedule.year}年：放假 {len(schedule.days_off)} 天，调休上班 {len(schedule.working_days)} 天"
        f"（依据：{sources}）"
    )


def next_year_warning(calendar: WorkingDayCalendar, today: dt.date) -> str | None:
    """The warning to print when today is on/after 1 December and next year is not covered."""
    if today >= dt.date(today.year, _DECEMBER, 1) and calendar.last_year < today.year + 1:
        nxt = today.year + 1
        return (
            f"warning [{WARNING_CODE}]: today is {today} and {nxt} is not covered (last year: "
            f"{calendar.last_year}); deadlines running into {nxt} will fail. When the State Council notice "
            f"for {nxt} is out, load it with --calendar-file (see docs/calendar.md) or upgrade holidays."
        )
    return None


def _coverage_payload(calendar: WorkingDayCalendar) -> dict[str, Any]:
    payload: dict[str, Any] = calendar.coverage().model_dump(mode="json")
    for change in payload["changes"]:
        change["days_off"] = sorted(change["days_off"])
        change["working_days"] = sorted(change["working_days"])
    return payload


def _coverage_text(calendar: WorkingDayCalendar) -> str:
    coverage = calendar.coverage()
    lines = [
        f"Working-day calendar: {coverage.first_year}–{coverage.last_year}"
        + (f" (provisional answers up to {coverage.provisional_until})" if coverage.provisional else ""),
        f"National data generated from holidays {coverage.holidays_version}",
        "",
        "year  notice(s)",
    ]
    national = coverage.years[0].source if coverage.years else ""
    lines[1] += f"; years without a [source] come from: {national}"
    for year in coverage.years:
        notices = "; ".join(
            notice.number + (f" ({notice.date})" if notice.date else "") for notice in year.notices
        )
        marker = "" if year.source == national else f"  [{year.source}]"
        lines.append(f"{year.year}  {notices}{marker}")
    lines.extend(
        f"local change: {change.source}: {len(change.days_off)} rest day(s), "
        f"{len(change.working_days)} working day(s)"
        for change in coverage.changes
    )
    return "\n".join(lines) + "\n"


def _year_payload(calendar: WorkingDayCalendar, year: int) -> dict[str, Any]:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise CliError(
            f"--year: {year} is not a calendar year (the calendar covers {calendar.first_year}-{calendar.last_year})",
            message_zh=f"--year：{year} 不是有效的年份（日历包含{calendar.first_year}—{calendar.last_year}年）",
        )
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    calendar.is_working_day(last)  # raises CalendarRangeError for a year outside the calendar
    rest: list[dict[str, str]] = []
    work: list[dict[str, str]] = []
    count = 0
    day = first
    while day <= last:
        working = calendar.is_working_day(day)
        count += working
        weekend = day.weekday() >= _SATURDAY
        if weekend == working:
            entry = {
                "date": day.isoformat(),
                "weekday": day.strftime("%a"),
                "name": calendar.day_name(day) or "",
            }
            (work if working else rest).append(entry)
        day += dt.timedelta(days=1)
    provisional = calendar.is_provisional(first)
    return {
        "year": year,
        "provisional": provisional,
        "provisional_assumption": (
            f"未载入{year}年的国务院节假日安排通知：按{HOLIDAY_MEASURES_TITLE}推定法定节假日，未计任何调休上班日"
            if provisional
            else None
        ),
        "working_day_count": count,
        "weekday_rest_days": rest,
        "weekend_working_days": work,
    }


def _year_text(payload: dict[str, Any]) -> str:
    title = f"{payload['year']}: {payload['working_day_count']} working days"
    if payload["provisional"]:
        title += " (PROVISIONAL: no State Council notice loaded; statutory holidays only)"
    lines = [title, "", "Rest days on weekdays:"]
    lines += [f"  {e['date']} {e['weekday']}  {e['name']}" for e in payload["weekday_rest_days"]]
    lines += ["", "Working days on weekends (调休上班):"]
    lines += [f"  {e['date']} {e['weekday']}  {e['name']}" for e in payload["weekend_working_days"]]
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Print the coverage or one year's days; warn near the turn of the year."""
    calendar = build_calendar(args.calendar_file, provisional=args.provisional)
    if args.year is not None:
        payload = _year_payload(calendar, args.year)
        text = (
            json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
            if args.format == "json"
            else _year_text(payload)
        )
    elif args.format == "json":
        text = json.dumps(_coverage_payload(calendar), ensure_ascii=False, indent=2) + "\n"
    else:
        text = _coverage_text(calendar)
    write_output(args.output, text)
    warning = next_year_warning(calendar, args.today or dt.date.today())
    if warning is not None:
        print(warning, file=sys.stderr)
    return 0
