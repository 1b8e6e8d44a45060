"""``deadline``: when a reply, a proactive disclosure or an annual report is due, and whether it was on time.

``deadline request`` builds a request history from flags, ``deadline proactive`` an item's dates; both print a
clerk's note in Chinese (or ``--format json``). ``deadline report`` gives the annual-report date of a level and
``deadline fee`` the information-processing fee. A bad date or an impossible history exits 2 with one line naming
the flag.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from disclosure_rules._calendar import WorkingDayCalendar, parse_schedules
from disclosure_rules._cli._common import (
    CliError,
    channel_argument,
    date_argument,
    flagged,
    level_argument,
    read_json_or_toml,
    write_output,
)
from disclosure_rules._deadlines import (
    DeadlineError,
    FeeMethod,
    Regime,
    RuleSet,
    RuleSetError,
    clerk_note,
    proactive_deadline,
    processing_fee,
    report_deadline,
    request_deadline,
)
from disclosure_rules._deadlines._rules import NATIONAL_RULES
from disclosure_rules._errors import CalendarRangeError, DisclosureRulesError
from disclosure_rules._models import AgencyLevel
from disclosure_rules._parsing import validation_summary, validation_summary_zh
from disclosure_rules._records import (
    ConsultationAnswered,
    ConsultationSent,
    ConsultedParty,
    CorrectedRequestReceived,
    CorrectionPeriodLapsed,
    CorrectionRequested,
    ExtensionApproved,
    ExtensionNotified,
    FeeNoticeSent,
    FeePaid,
    FeePaymentLapsed,
    InformationRequest,
    ProactiveItem,
    Replied,
    RequestChannel,
    RequestEvent,
)
from disclosure_rules._sources import FEE_MEASURES_NUMBER

if TYPE_CHECKING:
    from disclosure_rules._deadlines import DeadlineResult, FeeResult, ReportDeadline

# Within one day, events sort in the order they can happen.
_ORDER = {
    "correction_requested": 0,
    "correction_received": 1,
    "correction_lapsed": 1,
    "consultation_sent": 2,
    "consultation_answered": 3,
    "extension_approved": 4,
    "extension_notified": 5,
    "fee_notice_sent": 6,
    "fee_paid": 7,
    "fee_lapsed": 7,
    "replied": 9,
}


# --------------------------------------------------------------------------------------------------
# Argument types: each failure is one line naming the value
# --------------------------------------------------------------------------------------------------


_date = date_argument


def _date_pair(value: str) -> tuple[dt.date, dt.date | None]:
    sent, _, answered = value.partition(":")
    first = _date(sent)
    return first, (_date(answered) if answered else None)


def _extension(value: str) -> tuple[int, dt.date | None]:
    days, _, when = value.partition(":")
    try:
        number = int(days)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r}：延长的天数 N 应是整数（工作日数）") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r}：延长期限至少为1个工作日")
    return number, (_date(when) if when else None)


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} 不是整数") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value!r} 是负数，应为 0 或正整数")
    return number


# --------------------------------------------------------------------------------------------------
# Parser
# --------------------------------------------------------------------------------------------------


def _common(parser: argparse.ArgumentParser, *, calendar: bool = True) -> None:
    parser.add_argument(
        "--rules", metavar="F", help="a local rule set (.json or .toml) extending the national rules"
    )
    if calendar:
        parser.add_argument(
            "--calendar-file",
            action="append",
            default=[],
            metavar="F",
            help="a year's holiday schedule (.json or .toml) on top of the national calendar; repeatable",
        )
        parser.add_argument(
            "--provisional",
            action="store_true",
            help="answer unpublished years from the statutory holidays alone",
        )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], help_line: str) -> None:
    """Add the ``deadline`` subcommand and its four forms."""
    parser = subparsers.add_parser(
        "deadline",
        help=help_line,
        description="When a reply, a disclosure or a report is due under the 2019 or 2007 Regulations, and why.",
    )
    kinds = parser.add_subparsers(dest="deadline_kind", metavar="KIND", parser_class=type(parser))
    kinds.required = True

    request = kinds.add_parser("request", help="reply deadline of a request for information")
    request.add_argument("--id", default="未编号", help="the request's number, for the note")
    request.add_argument(
        "--received", type=_date, required=True, metavar="DATE", help="the day the request arrived"
    )
    request.add_argument(
        "--channel",
        type=channel_argument,
        default=RequestChannel.IN_PERSON,
        metavar="CHANNEL",
        help=(
            "how it arrived (第三十一条): "
            + ", ".join(f"{item.value} ({item.label})" for item in RequestChannel)
            + "; Chinese names such as 网上申请 or 当面 work too; default in_person"
        ),
    )
    request.add_argument(
        "--confirmed", type=_date, metavar="DATE", help="confirmation day (post_unsigned, online, fax)"
    )
    request.add_argument(
        "--correction-requested", type=_date, metavar="DATE", help="correction notice sent (第三十条)"
    )
    request.add_argument(
        "--correction-period-end", type=_date, metavar="DATE", help="last day of the correction period given"
    )
    request.add_argument(
        "--correction-received", type=_date, metavar="DATE", help="corrected request received"
    )
    request.add_argument(
        "--correction-lapsed", type=_date, metavar="DATE", help="correction period lapsed unused"
    )
    request.add_argument(
        "--consultation",
        type=_date_pair,
        action="append",
        default=[],
        metavar="SENT:ANSWERED",
        help="third-party consultation sent and answered (ANSWERED may be empty); repeatable",
    )
    request.add_argument(
        "--agency-consultation",
        type=_date_pair,
        action="append",
        default=[],
        metavar="SENT:ANSWERED",
        help="consultation of another agency (第三十四条); repeatable",
    )
    request.add_argument(
        "--extension",
        type=_extension,
        metavar="N[:DATE]",
        help="extension of N working days approved and notified on DATE (default: the day counting started)",
    )
    request.add_argument(
        "--fee-notice",
        type=_date_pair,
        metavar="SENT[:RECEIVED]",
        help="fee notice sent (and received by applicant)",
    )
    request.add_argument("--fee-paid", type=_date, metavar="DATE", help="fee paid")
    request.add_argument("--fee-lapsed", type=_date, metavar="DATE", help="payment period lapsed unpaid")
    request.add_argument("--replied", type=_date, metavar="DATE", help="the day the agency replied")
    request.add_argument("--as-of", type=_date, metavar="DATE", help="judge an open request as of DATE")
    request.add_argument("--regime", choices=[item.value for item in Regime], help="force a regulation")
    request.add_argument(
        "--strict", action="store_true", help="exit 1 when the result has violation findings"
    )
    _common(request)
    request.set_defaults(func=run_request)

    proactive = kinds.add_parser("proactive", help="proactive-disclosure deadline of an item (第二十六条)")
    proactive.add_argument("--id", default="未编号", help="the item's number, for the note")
    proactive.add_argument("--title", default="", help="the item's title")
    proactive.add_argument(
        "--formed", type=_date, required=True, metavar="DATE", help="the day it was formed"
    )
    proactive.add_argument("--changed", type=_date, metavar="DATE", help="the day it was last changed")
    proactive.add_argument("--published", type=_date, metavar="DATE", help="the day it was published")
    proactive.add_argument(
        "--limit",
        default="proactive",
        metavar="NAME",
        help="limit to apply, e.g. a local reading_point_delivery",
    )
    proactive.add_argument("--as-of", type=_date, metavar="DATE", help="judge an unpublished item as of DATE")
    proactive.add_argument("--regime", choices=[item.value for item in Regime], help="force a regulation")
    proactive.add_argument(
        "--strict", action="store_true", help="exit 1 when the result has violation findings"
    )
    _common(proactive)
    proactive.set_defaults(func=run_proactive)

    report = kinds.add_parser("report", help="annual-report publication date of an agency level (第四十九条)")
    report.add_argument(
        "--level",
        required=True,
        type=level_argument,
        metavar="LEVEL",
        help="the agency's level: "
        + "、".join(item.value for item in AgencyLevel)
        + " (or 县人民政府, 街道办事处 …)",
    )
    report.add_argument("--year", type=int, required=True, metavar="YYYY", help="the year the report covers")
    _common(report, calendar=False)
    report.set_defaults(func=run_report)

    fee = kinds.add_parser("fee", help=f"information-processing fee ({FEE_MEASURES_NUMBER})")
    method = fee.add_mutually_exclusive_group(required=True)
    method.add_argument(
        "--per-request", type=_count, metavar="N", help="N requests charged per request (第四条)"
    )
    method.add_argument("--pages", type=_count, metavar="N", help="N pages of one request (第五条)")
    fee.add_argument(
        "--prior",
        type=_count,
        default=0,
        metavar="K",
        help="the applicant's earlier requests this calendar month",
    )
    fee.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    fee.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    fee.set_defaults(func=run_fee)


# --------------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------------


def _rules(args: argparse.Namespace) -> RuleSet:
    path: str | None = args.rules
    if path is None:
        return NATIONAL_RULES
    try:
        return RuleSet.from_mapping(read_json_or_toml(path))
    except RuleSetError as exc:
        raise flagged(f"--rules {path}", exc) from None


def _calendar(args: argparse.Namespace) -> WorkingDayCalendar:
    try:
        # The national data plus DISCLOSURE_RULES_SCHEDULES: a service takes a new year without a release.
        calendar = WorkingDayCalendar.from_environment(provisional=args.provisional)
    except DisclosureRulesError as exc:
        raise CliError(exc.message, code=exc.code, message_zh=exc.message_zh) from None
    for path in args.calendar_file:
        try:
            calendar = calendar.with_schedule(
                parse_schedules(read_json_or_toml(path), str(Path(path))), source=str(Path(path))
            )
        except DisclosureRulesError as exc:
            # The message names the file already.
            raise flagged("--calendar-file", exc) from None
    return calendar


def _request_events(args: argparse.Namespace) -> tuple[list[RequestEvent], list[str]]:
    """The history the flags describe, in date order, with the flag each event came from."""
    items = [*_correction_events(args), *_consultation_events(args), *_other_events(args)]
    items.sort(key=lambda pair: (pair[0].on, _ORDER[pair[0].kind]))
    return [event for event, _ in items], [flag for _, flag in items]


def _correction_events(args: argparse.Namespace) -> list[tuple[RequestEvent, str]]:
    if args.correction_period_end is not None and args.correction_requested is None:
        raise CliError(
            "--correction-period-end: needs --correction-requested",
            code="cli.usage",
            message_zh="--correction-period-end：须同时给出 --correction-requested（补正告知的日期）",
        )
    items: list[tuple[RequestEvent, str]] = []
    if args.correction_requested is not None:
        event = CorrectionRequested(on=args.correction_requested, period_end=args.correction_period_end)
        items.append((event, "--correction-requested"))
    if args.correction_received is not None:
        items.append((CorrectedRequestReceived(on=args.correction_received), "--correction-received"))
    if args.correction_lapsed is not None:
        items.append((CorrectionPeriodLapsed(on=args.correction_lapsed), "--correction-lapsed"))
    return items


def _consultation_events(args: argparse.Namespace) -> list[tuple[RequestEvent, str]]:
    items: list[tuple[RequestEvent, str]] = []
    for flag, party, pairs in (
        ("--consultation", ConsultedParty.THIRD_PARTY, args.consultation),
        ("--agency-consultation", ConsultedParty.AGENCY, args.agency_consultation),
    ):
        for number, (sent, answered) in enumerate(pairs, start=1):
            ref = f"{party.value}-{number}"
            items.append((ConsultationSent(on=sent, party=party, ref=ref), flag))
            if answered is not None:
                items.append((ConsultationAnswered(on=answered, party=party, ref=ref), flag))
    return items


def _other_events(args: argparse.Namespace) -> list[tuple[RequestEvent, str]]:
    items: list[tuple[RequestEvent, str]] = []
    if args.extension is not None:
        days, when = args.extension
        # Without a date the extension is taken as granted on the day counting started (in time).
        on = when or args.correction_received or args.confirmed or args.received
        items.append((ExtensionApproved(on=on, working_days=days), "--extension"))
        items.append((ExtensionNotified(on=on), "--extension"))
    if args.fee_notice is not None:
        sent, received = args.fee_notice
        items.append((FeeNoticeSent(on=sent, received_by_applicant=received), "--fee-notice"))
    if args.fee_paid is not None:
        items.append((FeePaid(on=args.fee_paid), "--fee-paid"))
    if args.fee_lapsed is not None:
        items.append((FeePaymentLapsed(on=args.fee_lapsed), "--fee-lapsed"))
    if args.replied is not None:
        items.append((Replied(on=args.replied), "--replied"))
    return items


# The date flags of each form, in the order a reader gives them; a day outside the calendar is blamed on the first.
_REQUEST_DATE_FLAGS = (
    "received",
    "confirmed",
    "correction_requested",
    "correction_period_end",
    "correction_received",
    "correction_lapsed",
    "consultation",
    "agency_consultation",
    "extension",
    "fee_notice",
    "fee_paid",
    "fee_lapsed",
    "replied",
    "as_of",
)
_PROACTIVE_DATE_FLAGS = ("formed", "changed", "published", "as_of")


def _dates_in(value: object) -> list[dt.date]:
    if isinstance(value, dt.date):
        return [value]
    if isinstance(value, list | tuple):
        return [day for item in value for day in _dates_in(item)]
    return []


def _range_flag(args: argparse.Namespace, calendar: WorkingDayCalendar, names: tuple[str, ...]) -> str:
    """The flag whose date lies outside ``calendar``; else the start flag (the count ran past the calendar)."""
    for name in names:
        for day in _dates_in(getattr(args, name, None)):
            try:
                calendar.is_working_day(day)
            except CalendarRangeError:
                return f"--{name.replace('_', '-')}"
    return f"--{names[0]}"


def _flag_for(field: str | None, flags: list[str]) -> str:
    if field is None:
        return "deadline"
    if field.startswith("events["):
        index = field[len("events[") :].split("]", 1)[0]
        if index.isdigit() and int(index) < len(flags):
            # The correction period's end is an event field with a flag of its own.
            return "--correction-period-end" if field.endswith(".period_end") else flags[int(index)]
        return "history"
    if field == "events":
        return "history"
    return {"received": "--received", "confirmed": "--confirmed", "closed": "--replied"}.get(
        field, f"--{field.replace('_', '-')}"
    )


# --------------------------------------------------------------------------------------------------
# Runs
# --------------------------------------------------------------------------------------------------


def _emit(args: argparse.Namespace, result: DeadlineResult | ReportDeadline) -> None:
    if args.format == "json":
        text = json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    else:
        text = clerk_note(result)
    write_output(args.output, text)


def run_request(args: argparse.Namespace) -> int:
    """``deadline request``: build the history from the flags and compute its reply deadline."""
    events, flags = _request_events(args)
    rules = _rules(args)
    calendar = _calendar(args)
    try:
        request = InformationRequest(
            id=args.id,
            received=args.received,
            channel=RequestChannel(args.channel),
            confirmed=args.confirmed,
            events=tuple(events),
        )
        result = request_deadline(
            request, calendar=calendar, rules=rules, regime=args.regime, as_of=args.as_of
        )
    except DeadlineError as exc:
        raise flagged(_flag_for(exc.field, flags), exc) from None
    except CalendarRangeError as exc:
        flag = _range_flag(args, calendar, _REQUEST_DATE_FLAGS)
        raise flagged(flag, exc) from None
    except (RuleSetError, DisclosureRulesError) as exc:
        raise flagged("", exc) from None
    except ValidationError as exc:
        raise CliError(_validation_line(exc), message_zh=validation_summary_zh(exc, count=False)) from None
    _emit(args, result)
    return 1 if args.strict and result.findings else 0


def run_proactive(args: argparse.Namespace) -> int:
    """``deadline proactive``: the disclosure deadline of an item from its formation or change date."""
    rules = _rules(args)
    calendar = _calendar(args)
    try:
        item = ProactiveItem(
            id=args.id, title=args.title, formed=args.formed, changed=args.changed, published=args.published
        )
        result = proactive_deadline(
            item, calendar=calendar, rules=rules, regime=args.regime, limit=args.limit, as_of=args.as_of
        )
    except DeadlineError as exc:
        raise flagged(_flag_for(exc.field, []), exc) from None
    except CalendarRangeError as exc:
        flag = _range_flag(args, calendar, _PROACTIVE_DATE_FLAGS)
        raise flagged(flag, exc) from None
    except RuleSetError as exc:
        flag = "--limit" if exc.code == "rules.unknown_limit" else "--rules"
        raise flagged(flag, exc) from None
    except DisclosureRulesError as exc:
        raise flagged("", exc) from None
    except ValidationError as exc:
        raise CliError(_validation_line(exc), message_zh=validation_summary_zh(exc, count=False)) from None
    _emit(args, result)
    return 1 if args.strict and result.findings else 0


def run_report(args: argparse.Namespace) -> int:
    """``deadline report``: the annual-report date of a level for a year."""
    rules = _rules(args)
    try:
        result = report_deadline(args.level, args.year, rules=rules)
    except DeadlineError as exc:
        flag = "--year" if exc.field == "year" else "--level"
        raise flagged(flag, exc) from None
    except RuleSetError as exc:
        raise flagged("--rules", exc) from None
    _emit(args, result)
    return 0


def run_fee(args: argparse.Namespace) -> int:
    """``deadline fee``: the information-processing fee with its breakdown."""
    try:
        if args.per_request is not None:
            result = processing_fee(
                FeeMethod.PER_REQUEST, args.per_request, prior_requests_this_month=args.prior
            )
        else:
            if args.prior:
                raise CliError(
                    "--prior: applies to --per-request only; a page count is per request",
                    code="cli.usage",
                    message_zh="--prior：只能与 --per-request（按件计费）同用；按量计费（--pages）按每件申请的页数计",
                )
            result = processing_fee(FeeMethod.PER_VOLUME, args.pages)
    except DeadlineError as exc:
        flag = "--per-request" if args.per_request is not None else "--pages"
        if exc.field == "prior_requests_this_month":
            flag = "--prior"
        raise flagged(flag, exc) from None
    write_output(args.output, _fee_text(result) if args.format == "text" else _fee_json(result))
    return 0


def _fee_text(result: FeeResult) -> str:
    how = "按件计收" if result.method is FeeMethod.PER_REQUEST else "按量计收"
    unit = "件" if result.method is FeeMethod.PER_REQUEST else "页"
    prior = f"（本月此前已申请{result.prior_units}件）" if result.prior_units else ""
    return (
        f"信息处理费（{how}，{result.source}{result.article}）\n"
        f"计费数量：{result.quantity}{unit}{prior}\n"
        f"计算：{result.describe()}\n"
    )


def _fee_json(result: FeeResult) -> str:
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def _validation_line(exc: ValidationError) -> str:
    return validation_summary(exc, top="input", count=False)
