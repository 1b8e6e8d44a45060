"""The deadline engine: from a request's history (or an item's dates) to its due date, status, findings and trace.

Counting conventions (each is said again in the trace of every answer):

* The day of receipt (or of formation) is not counted; counting starts the next day. The rule is cited as in force
  on that day: 《民法通则》第一百五十四条 before 2017-10-01, 《民法总则》第二百零一条 from 2017-10-01, 《民法典》第二百零一条
  from 2021-01-01. A rule set may set ``count_receipt_day`` to count it. The due date is always a working day.
* A request received on a rest day counts as received on the next working day, and counting starts the day after
  that (``RuleSet.rest_day_receipt = "next_working_day"``, the default: practice, and a 2017 court decision on a
  Sunday e-mail request); ``"as_received"`` keeps the rest day as the receipt day, so the first working day after
  it is day 1. The trace says which reading applied, with its source.
* A pause (第三十三条第三款: consultation time not counted; and, by rule-set choice, the fee payment period) stops
  the clock on the day the letter or notice goes out — that day still counts — and restarts it the day after the
  answer or payment arrives. A pause covering k working days moves the due date by exactly k working days. A
  pause that begins on or after the due date moves nothing: the period had already run out.
* A pause never runs past the period the other side has to answer: 15 working days for a third party (第三十二条)
  or another agency (第三十四条), 20 working days for a fee payment (国办函〔2020〕109号). A late answer restarts
  the clock at the end of that period.
* A correction notice (第三十条) stops the reply period altogether; it runs afresh from receipt of the corrected
  request.
* An extension (第三十三条第二款) counts only once it is both approved and notified, and only if notified on or
  before the due date as it stands that day (a consultation or fee notice still outstanding has stopped the clock,
  so the period has not run out); it adds working days and never shortens anything.
* A period ends at 24:00 of its last day (《民法典》第二百零三条第二款, earlier 《民法总则》/《民法通则》 likewise): a reply, publication or as-of day after the
  due date is late or overdue even when only rest days lie between (late by 0 working days).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from disclosure_rules._calendar import _SATURDAY, WorkingDayCalendar
from disclosure_rules._deadlines._errors import DeadlineError
from disclosure_rules._deadlines._results import DeadlineFinding, DeadlineResult, DeadlineStatus, TraceEntry
from disclosure_rules._deadlines._rules import NATIONAL_RULES, RuleSet
from disclosure_rules._deadlines._tables import (
    AGENCY_CONSULTATION,
    CORRECTION_NOTICE,
    EXTENSION,
    FEE_MEASURES_IN_FORCE,
    FEE_PAYMENT,
    PROACTIVE,
    REGIME_2019_FROM,
    REGIME_TABLES,
    REGULATION_2007_IN_FORCE,
    REPLY,
    THIRD_PARTY_CONSULTATION,
    Regime,
    RegimeTable,
    TimeLimit,
    civil_law_period_rule,
    regime_for,
)
from disclosure_rules._formatting import chinese_date
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
)
from disclosure_rules._sources import FEE_MEASURES_NUMBER

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["proactive_deadline", "request_deadline"]

# Reading of a receipt on a rest day (RuleSet.rest_day_receipt), with the sources for each (docs/deadlines.md).
REST_DAY_RECEIPT_SOURCES = {
    "next_working_day": (
        "休息日收到的申请，视为下一个工作日收到，自其次日起算（实务做法；2017年杨某诉某行政机关政府信息公开案，"
        "周日电子邮件申请，法院认可自其后周一起算的答复期限，见史书明《法定休息日或节假日以电子邮件方式申请政府信息公开"
        "“收到申请之日”的确定》）"
    ),
    "as_received": "休息日收到的申请，以该日为收到申请之日，自次日起算，其后第一个工作日为期限第一日（国办公开办函〔2015〕207号按实际收到日确定收到之日）",
}

_PARTY_LABELS = {ConsultedParty.THIRD_PARTY: "第三方", ConsultedParty.AGENCY: "其他机关"}
_PARTY_LIMITS = {
    ConsultedParty.THIRD_PARTY: THIRD_PARTY_CONSULTATION,
    ConsultedParty.AGENCY: AGENCY_CONSULTATION,
}


def _provisional(calendar: WorkingDayCalendar, *days: dt.date | None) -> bool:
    # 《国务院办公厅关于…年部分节假日安排的通知》 not yet out: the answer may move when it is.
    last = calendar.last_year  # official schedules end here; only later days can be provisional
    return any(day is not None and day.year > last and calendar.is_provisional(day) for day in days)


def _provisional_assumption(
    calendar: WorkingDayCalendar, start: dt.date | None, due: dt.date | None
) -> str | None:
    """What a provisional answer assumed: the years without a notice and the statutory days taken as rest days."""
    if start is None or due is None or not _provisional(calendar, start, due):
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
        f"{years}的国务院节假日安排通知尚未载入（日历收录至{last}年），按《全国年节及纪念日放假办法》推定法定节假日"
        f"（{rest}），未计任何调休上班日；通知发布后用 calendar import-notice 载入并重新计算"
    )


def _national_calendar() -> WorkingDayCalendar:
    # The national data plus any schedule files named by DISCLOSURE_RULES_SCHEDULES (a year not yet released).
    return WorkingDayCalendar.from_environment()


# --------------------------------------------------------------------------------------------------
# The clock
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class _Pause:
    name: str  # third_party_consultation, agency_consultation or fee_payment
    label: str
    begin: dt.date
    window_end: dt.date | None  # last day of the other side's period (None: no period, 2007 consultations)
    article: str
    party: ConsultedParty | None = None
    ref: str | None = None
    end: dt.date | None = None


@dataclasses.dataclass
class _Clock:
    """Reply-period state: counting starts after ``origin``; ``allowed`` working days; pauses that stop it."""

    calendar: WorkingDayCalendar
    origin: dt.date | None
    allowed: int
    pauses: list[_Pause] = dataclasses.field(default_factory=list)

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


# --------------------------------------------------------------------------------------------------
# Requests
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass
class _RequestRun:
    request: InformationRequest
    calendar: WorkingDayCalendar
    rules: RuleSet
    table: RegimeTable
    receipt: dt.date
    clock: _Clock
    trace: list[TraceEntry] = dataclasses.field(default_factory=list)
    findings: list[DeadlineFinding] = dataclasses.field(default_factory=list)
    awaiting_correction: CorrectionRequested | None = None
    corrections: int = 0
    pending_extensions: list[ExtensionApproved] = dataclasses.field(default_factory=list)
    extension_days: int = 0
    fee_pause: _Pause | None = None
    replied: dt.date | None = None
    abandoned: str | None = None  # "correction" or "fee"
    start_day: dt.date | None = None  # receipt, or receipt of the corrected request

    @property
    def regime(self) -> Regime:
        return self.table.regime

    def limit(self, name: str) -> TimeLimit:
        return self.rules.limit(self.regime, name)

    def origin_for(self, day: dt.date) -> dt.date:
        # rest_day_receipt "next_working_day": a receipt on a rest day counts as made on the next working day.
        if self.rules.rest_day_receipt == "next_working_day":
            day = self.calendar.next_working_day_on_or_after(day)
        # count_receipt_day: the day itself is day 1 when it is a working day.
        return day - dt.timedelta(days=1) if self.rules.count_receipt_day else day

    def current_due(self) -> dt.date | None:
        return self.clock.due()[0]

    def due_on(self, day: dt.date) -> dt.date | None:
        """The due date as it stands on ``day``: a pause still open then has run until ``day`` (not counted)."""
        return self.clock.due(open_until=day)[0]

    def note(  # noqa: PLR0913 - one trace entry has this many parts
        self,
        step: str,
        on: dt.date | None,
        what: str,
        article: str | None,
        *,
        days_skipped: int = 0,
        why: str | None = None,
    ) -> None:
        due = (
            None
            if self.awaiting_correction is not None or self.abandoned == "correction"
            else self.current_due()
        )
        self.trace.append(
            TraceEntry(
                step=step,
                on=on,
                what=what,
                article=article,
                days_skipped=days_skipped,
                why=why,
                due_after=due,
            )
        )

    def find(
        self, code: str, message: str, article: str, on: dt.date | None, late: int | None = None
    ) -> None:
        self.findings.append(
            DeadlineFinding(code=code, message=message, article=article, on=on, working_days_late=late)
        )

    def cite(self, article: str) -> str:
        return f"{self.table.source}{article}"


def _receipt_day(request: InformationRequest, table: RegimeTable) -> dt.date:
    """The legal receipt day under ``table``'s channel rules (2019: 第三十一条; 2007: 国办公开办函〔2015〕207号)."""
    channel = request.channel
    rule = table.receipt_rule(channel.value).applied(confirmed=request.confirmed is not None)
    if rule.needs_confirmation:
        if request.confirmed is None:
            raise DeadlineError(
                f"request {request.id}: field confirmed: a request by {channel.value!r} is received on the day it "
                f"is confirmed ({rule.citation}); give the confirmation date",
                code="deadline.confirmation_missing",
                field="confirmed",
                message_zh=f"申请{request.id}：以{channel.label}方式提交的申请以双方确认之日为收到申请之日"
                f"（{rule.citation}），请填写确认日期（confirmed）",
            )
        if request.confirmed < request.received:
            raise DeadlineError(
                f"request {request.id}: field confirmed: {request.confirmed} is before the request arrived "
                f"({request.received})",
                code="deadline.confirmed_before_received",
                field="confirmed",
            )
        return request.confirmed
    if request.confirmed is not None:
        raise DeadlineError(
            f"request {request.id}: field confirmed: a request by {channel.value!r} has no confirmation day "
            f"under {rule.citation}; it is received on the day it arrives",
            code="deadline.confirmation_not_applicable",
            field="confirmed",
            message_zh=f"申请{request.id}：以{channel.label}方式提交的申请没有确认日期，"
            f"以到达之日为收到申请之日（{rule.citation}）",
        )
    return request.received


def _receipt_and_regime(
    request: InformationRequest, forced: Regime | str | None
) -> tuple[dt.date, Regime | str | None]:
    """The receipt day, and the regime to apply to it (``forced`` unchanged when the caller forced one).

    A request that arrived before 2019-05-15 is received under the 207号 rules; if that receipt is itself a
    confirmation on or after 2019-05-15, the 2019 text governs it.
    """
    if forced is not None:
        try:
            return _receipt_day(request, REGIME_TABLES[Regime(forced)]), forced
        except ValueError:
            return request.received, forced  # _choose_regime names the bad value
    tentative = regime_for(request.received)
    receipt = _receipt_day(request, REGIME_TABLES[tentative])
    if regime_for(receipt) is not tentative:
        receipt = _receipt_day(request, REGIME_TABLES[regime_for(receipt)])
    return receipt, None


def _choose_regime(day: dt.date, forced: Regime | str | None, what: str, field: str) -> tuple[Regime, bool]:
    if day < REGULATION_2007_IN_FORCE:
        raise DeadlineError(
            f"field {field}: {what} {day} is before 2008-05-01, when the 2007 Regulations took effect; "
            "no OGI time limit applies",
            code="deadline.before_regulation",
            field=field,
        )
    if forced is None:
        return regime_for(day), False
    try:
        return Regime(forced), True
    except ValueError:
        raise DeadlineError(
            f"field regime: {forced!r} is not a regime (use '2007' or '2019')",
            code="deadline.unknown_regime",
            field="regime",
        ) from None


def _check_order(request: InformationRequest, receipt: dt.date) -> None:
    previous: dt.date | None = None
    closed_at: int | None = None
    for index, event in enumerate(request.events):
        where = f"request {request.id}: events[{index}] ({event.kind}, {event.on})"
        if event.on < receipt:
            code = (
                "deadline.reply_before_receipt"
                if isinstance(event, Replied)
                else "deadline.event_before_receipt"
            )
            raise DeadlineError(
                f"{where}: dated before the request was received ({receipt})",
                code=code,
                field=f"events[{index}]",
            )
        if previous is not None and event.on < previous:
            raise DeadlineError(
                f"{where}: dated before the event listed before it ({previous}); list events in order",
                code="deadline.events_out_of_order",
                field=f"events[{index}]",
            )
        if closed_at is not None:
            raise DeadlineError(
                f"{where}: comes after the request was closed by events[{closed_at}]",
                code="deadline.event_after_close",
                field=f"events[{index}]",
            )
        if isinstance(event, Replied | CorrectionPeriodLapsed | FeePaymentLapsed):
            closed_at = index
        previous = event.on
    if request.closed is not None and request.closed < receipt:
        raise DeadlineError(
            f"request {request.id}: field closed: {request.closed} is before the request was received ({receipt})",
            code="deadline.reply_before_receipt",
            field="closed",
        )


def request_deadline(
    request: InformationRequest,
    *,
    calendar: WorkingDayCalendar | None = None,
    rules: RuleSet = NATIONAL_RULES,
    regime: Regime | str | None = None,
    as_of: dt.date | None = None,
) -> DeadlineResult:
    """When the reply to ``request`` is (or was) due, whether it was met, and why, step by step.

    The regime follows the legal receipt day (第三十一条; 2019 rules from 2019-05-15 inclusive) unless ``regime``
    forces one. ``as_of`` is the day the question is asked: it decides ``overdue`` for an open request and how long
    an unfinished pause has lasted (without it an unfinished pause counts as having just begun); it may not be
    before the receipt day (``deadline.as_of_before_receipt``). Raises
    :class:`DeadlineError` with a ``deadline.*`` code for histories that cannot have happened; breaches by the
    agency (a late correction notice, a late reply) are findings in the result.
    """
    cal = calendar or _national_calendar()
    receipt, regime = _receipt_and_regime(request, regime)
    chosen, forced = _choose_regime(receipt, regime, "the request was received on", "received")
    _check_order(request, receipt)
    if as_of is not None and as_of < receipt:
        raise DeadlineError(
            f"request {request.id}: field as_of: {as_of} is before the request was received ({receipt})",
            code="deadline.as_of_before_receipt",
            field="as_of",
        )
    table = rules.table(chosen)
    reply = rules.limit(chosen, REPLY)
    run = _RequestRun(
        request=request,
        calendar=cal,
        rules=rules,
        table=table,
        receipt=receipt,
        clock=_Clock(cal, origin=None, allowed=reply.working_days),
    )
    run.clock.origin = run.origin_for(receipt)
    run.start_day = receipt
    _trace_start(run, reply, forced=forced)
    for index, event in enumerate(request.events):
        _apply(run, index, event)
    return _finish(run, reply, forced=forced, as_of=as_of)


def _trace_start(run: _RequestRun, reply: TimeLimit, *, forced: bool) -> None:
    request = run.request
    rule = run.table.receipt_rule(request.channel.value).applied(confirmed=request.confirmed is not None)
    how = request.channel.label
    if rule.needs_confirmation:
        what = f"申请{chinese_date(request.received)}送达（{how}），{chinese_date(run.receipt)}双方确认，以确认之日为收到申请之日"
    else:
        what = f"{chinese_date(run.receipt)}收到申请（{how}）"
    regime_why = (
        f"调用方指定适用{run.table.source}"
        if forced
        else f"收到申请之日{'在' if run.receipt >= REGIME_2019_FROM else '早于'}2019年5月15日"
        f"{'当日或之后' if run.receipt >= REGIME_2019_FROM else ''}，适用{run.table.source}"
    )
    # Under the 2007 text the receipt rule is 207号's, not an article of the regulation: say it in its words.
    why = regime_why if rule.source == run.table.source else f"{regime_why}；{rule.rule}"
    run.note("receipt", run.receipt, what, rule.citation, why=why)
    run.note(
        "reply_period",
        None,
        f"{reply.label}{reply.working_days}个工作日（{reply.starts}）；{_counting_words(run, run.receipt, '收到申请')}",
        reply.citation,
        why=f"规则集：{run.rules.name}",
    )


def _counting_words(run: _RequestRun, day: dt.date, event: str) -> str:
    """How counting starts from ``day``: the civil-law rule in force that day, and the rest-day reading applied."""
    civil = civil_law_period_rule(day)
    if run.rules.count_receipt_day:
        words = f"规则集规定{event}之日计入期限"
    else:
        words = f"{event}之日不计入，自次日起算（{civil.first_day}）"
    if not run.calendar.is_working_day(day):
        reading = REST_DAY_RECEIPT_SOURCES[run.rules.rest_day_receipt]
        if run.rules.rest_day_receipt == "next_working_day":
            moved = run.calendar.next_working_day_on_or_after(day)
            words += f"；{chinese_date(day)}为休息日，按{chinese_date(moved)}收到计算（{reading}）"
        else:
            words += f"；{chinese_date(day)}为休息日，仍以该日为收到之日（{reading}）"
    return words


def _apply(run: _RequestRun, index: int, event: object) -> None:  # noqa: C901, PLR0912 - one branch per event kind
    where = f"request {run.request.id}: events[{index}]"
    if isinstance(event, CorrectionRequested):
        if event.period_end is not None and event.period_end < event.on:
            raise DeadlineError(
                f"{where}: field period_end: the correction period ends ({event.period_end}) before the notice "
                f"was sent ({event.on})",
                code="deadline.event_before_receipt",
                field=f"events[{index}].period_end",
            )
        _correction_requested(run, event)
    elif isinstance(event, CorrectedRequestReceived):
        if run.awaiting_correction is None:
            raise DeadlineError(
                f"{where}: a corrected request arrived but no correction was requested",
                code="deadline.correction_without_request",
                field=f"events[{index}]",
            )
        run.awaiting_correction = None
        run.clock.origin = run.origin_for(event.on)
        run.start_day = event.on
        run.note(
            "correction_received",
            event.on,
            f"{chinese_date(event.on)}收到补正后的申请，答复期限自收到补正申请之日起重新计算",
            run.cite(run.table.correction_article),
        )
    elif isinstance(event, CorrectionPeriodLapsed):
        pending = run.awaiting_correction
        if pending is None:
            raise DeadlineError(
                f"{where}: a correction period lapsed but no correction was requested",
                code="deadline.correction_without_request",
                field=f"events[{index}]",
            )
        if pending.period_end is not None and event.on <= pending.period_end:
            raise DeadlineError(
                f"{where}: the correction period runs until {pending.period_end}; it cannot lapse on {event.on}",
                code="deadline.lapse_before_period_end",
                field=f"events[{index}]",
            )
        run.awaiting_correction = None
        run.abandoned = "correction"
        run.note(
            "correction_lapsed",
            event.on,
            f"申请人逾期未补正，{chinese_date(event.on)}起视为放弃申请，不再处理",
            run.cite(run.table.correction_article),
        )
    elif isinstance(event, ConsultationSent):
        _consultation_sent(run, event)
    elif isinstance(event, ConsultationAnswered):
        _consultation_answered(run, index, event)
    elif isinstance(event, ExtensionApproved):
        run.pending_extensions.append(event)
        run.note(
            "extension_approved",
            event.on,
            f"{chinese_date(event.on)}经政府信息公开工作机构负责人同意延长答复期限{event.working_days}个工作日"
            "（告知申请人后生效）",
            run.limit(EXTENSION).citation,
        )
    elif isinstance(event, ExtensionNotified):
        _extension_notified(run, index, event)
    elif isinstance(event, FeeNoticeSent):
        _fee_notice(run, index, event)
    elif isinstance(event, FeePaid | FeePaymentLapsed):
        _fee_settled(run, index, event)
    elif isinstance(event, Replied):
        run.replied = event.on
        run.note("replied", event.on, f"{chinese_date(event.on)}作出答复", None)
    else:  # pragma: no cover - the discriminated union has no other member
        raise TypeError(type(event).__name__)


def _correction_requested(run: _RequestRun, event: CorrectionRequested) -> None:
    run.corrections += 1
    article = run.cite(run.table.correction_article)
    if run.corrections > 1 or run.awaiting_correction is not None:
        run.find(
            "deadline.correction_not_one_time",
            f"{chinese_date(event.on)}再次要求补正：补正事项应一次性告知",
            article,
            event.on,
        )
    why: str | None
    notice_limit = run.table.limit(CORRECTION_NOTICE)
    if notice_limit is not None:
        last_day = run.calendar.add_working_days(run.origin_for(run.receipt), notice_limit.working_days)
        if event.on > last_day:
            late = run.calendar.working_days_between(last_day, event.on)
            run.find(
                "deadline.correction_notice_late",
                f"补正告知应在{chinese_date(last_day)}前发出（收到申请后{notice_limit.working_days}个工作日内），"
                f"实际{chinese_date(event.on)}发出，迟延{late}个工作日",
                notice_limit.citation,
                event.on,
                late,
            )
            why = f"补正告知期限届满日为{chinese_date(last_day)}，本次告知逾期"
        else:
            why = f"补正告知期限届满日为{chinese_date(last_day)}，本次告知未超期"
    else:
        why = "2007年条例未规定补正告知时限"
    period = f"，补正期限至{chinese_date(event.period_end)}" if event.period_end is not None else ""
    run.awaiting_correction = event
    run.note(
        "correction_requested",
        event.on,
        f"{chinese_date(event.on)}一次性告知申请人补正{period}；答复期限待收到补正申请后重新计算",
        article,
        why=why,
    )


def _consultation_sent(run: _RequestRun, event: ConsultationSent) -> None:
    party = _PARTY_LABELS[event.party]
    rule_name = _PARTY_LIMITS[event.party]
    pause_rule = run.table.pause(rule_name)
    if pause_rule is None:
        run.note(
            "consultation_sent",
            event.on,
            f"{chinese_date(event.on)}向{party}发出征求意见书",
            None,
            why=f"{run.table.source}未规定征求{party}意见的时间不计入答复期限，答复期限照常计算",
        )
        return
    window = run.table.limit(rule_name)
    window_end = None
    window_text = "，该条例未规定对方答复期限"
    if window is not None:
        base = event.received_by_party or event.on
        window_end = run.calendar.add_working_days(base, window.working_days)
        assumed = "" if event.received_by_party else "（未记录对方收到日期，按发出之日计）"
        window_text = f"，对方应于{chinese_date(window_end)}前提出意见{assumed}（{window.citation}）"
    before = run.due_on(event.on)
    run.clock.pauses.append(
        _Pause(
            name=rule_name,
            label=f"征求{party}意见",
            begin=event.on,
            window_end=window_end,
            article=run.cite(pause_rule.article),
            party=event.party,
            ref=event.ref,
        )
    )
    late = before is not None and event.on >= before
    why = (
        f"发出时答复期限（{chinese_date(before)}）已届满，征求意见时间不再扣除"
        if late and before is not None
        else f"{pause_rule.reason}：自发出之日次日起暂停计时{window_text}"
    )
    run.note(
        "consultation_sent",
        event.on,
        f"{chinese_date(event.on)}向{party}发出征求意见书",
        run.cite(pause_rule.article),
        why=why,
    )


def _open_pauses(run: _RequestRun, name: str) -> Iterator[_Pause]:
    return (pause for pause in run.clock.pauses if pause.name == name and pause.end is None)


def _consultation_answered(run: _RequestRun, index: int, event: ConsultationAnswered) -> None:
    party = _PARTY_LABELS[event.party]
    rule_name = _PARTY_LIMITS[event.party]
    if run.table.pause(rule_name) is None:
        run.note("consultation_answered", event.on, f"{chinese_date(event.on)}收到{party}意见", None)
        return
    candidates = [
        pause for pause in _open_pauses(run, rule_name) if event.ref is None or pause.ref == event.ref
    ]
    if not candidates:
        raise DeadlineError(
            f"request {run.request.id}: events[{index}]: an answer from the {event.party.value} "
            f"{'(ref ' + event.ref + ') ' if event.ref else ''}arrived but no consultation was open",
            code="deadline.answer_without_consultation",
            field=f"events[{index}]",
        )
    pause = candidates[0]
    before = run.current_due()
    capped = pause.window_end is not None and event.on > pause.window_end
    pause.end = pause.window_end if capped and pause.window_end is not None else event.on
    after, _ = run.clock.due()
    moved = run.calendar.working_days_between(before, after) if before and after else 0
    paused = run.calendar.working_days_between(pause.begin, pause.end) if pause.end > pause.begin else 0
    if capped and pause.window_end is not None:
        why = (
            f"对方逾期提出意见：暂停至其提出意见期限届满之日（{chinese_date(pause.window_end)}）止，"
            f"共{paused}个工作日不计入；其后的时间计入答复期限"
        )
    else:
        why = f"{pause.label}所需时间{paused}个工作日不计入答复期限，期限顺延{moved}个工作日"
    run.note(
        "consultation_answered",
        event.on,
        f"{chinese_date(event.on)}收到{party}意见，恢复计时",
        pause.article,
        days_skipped=moved,
        why=why,
    )


def _extension_notified(run: _RequestRun, index: int, event: ExtensionNotified) -> None:
    if not run.pending_extensions:
        raise DeadlineError(
            f"request {run.request.id}: events[{index}]: an extension was notified that no one approved "
            "(第三十三条第二款 requires the consent of the head of the OGI work unit)",
            code="deadline.extension_without_approval",
            field=f"events[{index}]",
        )
    limit = run.limit(EXTENSION)
    days = sum(item.working_days for item in run.pending_extensions)
    run.pending_extensions.clear()
    if run.extension_days + days > limit.working_days:
        raise DeadlineError(
            f"request {run.request.id}: events[{index}]: extensions total {run.extension_days + days} working "
            f"days; {limit.citation} allows at most {limit.working_days}",
            code="deadline.extension_over_limit",
            field=f"events[{index}]",
        )
    before = run.due_on(event.on)
    if before is not None and event.on > before:
        run.find(
            "deadline.extension_after_deadline",
            f"延期告知{chinese_date(event.on)}发出时答复期限（{chinese_date(before)}）已届满，延期不生效",
            limit.citation,
            event.on,
            run.calendar.working_days_between(before, event.on),
        )
        run.note(
            "extension_notified",
            event.on,
            f"{chinese_date(event.on)}告知申请人延长答复期限",
            limit.citation,
            why="告知时原答复期限已届满，延期不生效，期限不变",
        )
        return
    run.extension_days += days
    run.clock.allowed += days
    run.note(
        "extension_notified",
        event.on,
        f"{chinese_date(event.on)}告知申请人延长答复期限{days}个工作日",
        limit.citation,
        days_skipped=days,
        why=f"经负责人同意并告知申请人，答复期限延长{days}个工作日（最长{limit.working_days}个工作日）",
    )


def _fee_notice(run: _RequestRun, index: int, event: FeeNoticeSent) -> None:
    where = f"request {run.request.id}: events[{index}]"
    if run.regime is not Regime.R2019 or event.on < FEE_MEASURES_IN_FORCE:
        raise DeadlineError(
            f"{where}: a fee notice on {event.on}: information-processing fees exist only under the 2019 "
            f"regulation (第四十二条) and {FEE_MEASURES_NUMBER}, in force from {FEE_MEASURES_IN_FORCE}",
            code="deadline.fee_not_applicable",
            field=f"events[{index}]",
        )
    if event.received_by_applicant is not None and event.received_by_applicant < event.on:
        raise DeadlineError(
            f"{where}: field received_by_applicant: {event.received_by_applicant} is before the notice was sent",
            code="deadline.event_before_receipt",
            field=f"events[{index}].received_by_applicant",
        )
    if run.fee_pause is not None and run.fee_pause.end is None:
        raise DeadlineError(
            f"{where}: a second fee notice while the first ({run.fee_pause.begin}) is unpaid",
            code="deadline.fee_notice_twice",
            field=f"events[{index}]",
        )
    limit = run.limit(FEE_PAYMENT)
    base = event.received_by_applicant or event.on
    pay_by = run.calendar.add_working_days(base, limit.working_days)
    before = run.due_on(event.on)
    if before is not None and event.on > before:
        run.find(
            "deadline.fee_notice_late",
            f"收费通知应在答复期限（{chinese_date(before)}）内发出，实际{chinese_date(event.on)}发出",
            limit.citation,
            event.on,
            run.calendar.working_days_between(before, event.on),
        )
    pause = _Pause(
        name=FEE_PAYMENT,
        label="缴费",
        begin=event.on,
        window_end=pay_by,
        article=limit.citation,
    )
    run.fee_pause = pause
    assumed = "" if event.received_by_applicant else "（未记录申请人收到日期，按发出之日计）"
    if run.rules.fee_payment_pauses:
        run.clock.pauses.append(pause)
        why = (
            f"申请人应于{chinese_date(pay_by)}前缴费{assumed}；规则集选择：自发出收费通知至缴费之日不计入答复期限"
            "（国家办法未明确，默认暂停）"
        )
    else:
        why = f"申请人应于{chinese_date(pay_by)}前缴费{assumed}；规则集选择：缴费期间计入答复期限，不暂停"
    amount = f"{event.amount_yuan}元" if event.amount_yuan is not None else ""
    run.note(
        "fee_notice_sent", event.on, f"{chinese_date(event.on)}发出收费通知{amount}", limit.citation, why=why
    )


def _fee_settled(run: _RequestRun, index: int, event: FeePaid | FeePaymentLapsed) -> None:
    pause = run.fee_pause
    if pause is None or pause.end is not None:
        raise DeadlineError(
            f"request {run.request.id}: events[{index}]: {event.kind} without an outstanding fee notice",
            code="deadline.payment_without_notice",
            field=f"events[{index}]",
        )
    pay_by = pause.window_end
    if isinstance(event, FeePaymentLapsed):
        if pay_by is not None and event.on <= pay_by:
            raise DeadlineError(
                f"request {run.request.id}: events[{index}]: the payment period runs until {pay_by}; it cannot "
                f"lapse on {event.on}",
                code="deadline.lapse_before_period_end",
                field=f"events[{index}]",
            )
        pause.end = pay_by
        run.abandoned = "fee"
        run.note(
            "fee_lapsed",
            event.on,
            f"申请人逾期未缴费，{chinese_date(event.on)}起视为放弃申请，不再处理",
            pause.article,
        )
        return
    before = run.current_due()
    capped = pay_by is not None and event.on > pay_by
    pause.end = pay_by if capped and pay_by is not None else event.on
    after = run.current_due()
    moved = run.calendar.working_days_between(before, after) if before and after else 0
    if not run.rules.fee_payment_pauses:
        why = "规则集选择：缴费期间计入答复期限，期限不变"
    elif capped and pay_by is not None:
        why = f"逾期缴费：暂停至缴费期限届满之日（{chinese_date(pay_by)}）止，期限顺延{moved}个工作日"
    else:
        why = f"缴费期间不计入答复期限（规则集选择），期限顺延{moved}个工作日"
    run.note(
        "fee_paid",
        event.on,
        f"{chinese_date(event.on)}申请人缴费，恢复计时",
        pause.article,
        days_skipped=moved,
        why=why,
    )


def _finish(run: _RequestRun, reply: TimeLimit, *, forced: bool, as_of: dt.date | None) -> DeadlineResult:
    request = run.request
    if run.replied is None and run.abandoned is None and request.closed is not None:
        run.replied = request.closed
        run.note(
            "closed", request.closed, f"无答复记录，以办结日期{chinese_date(request.closed)}为答复日期", None
        )
    if run.replied is not None:
        _check_resolved(run)
        if run.pending_extensions:
            days = sum(item.working_days for item in run.pending_extensions)
            run.find(
                "deadline.extension_not_notified",
                f"延长答复期限{days}个工作日已获批准但未告知申请人，延期不生效",
                run.limit(EXTENSION).citation,
                run.pending_extensions[0].on,
            )
    until = run.replied or as_of
    due, moved = run.clock.due(open_until=as_of)
    status, due, used, late = _status(run, reply, due, as_of)
    run.trace.append(
        TraceEntry(
            step="result", on=until, what=f"结论：{status.label}", article=reply.citation, due_after=due
        )
    )
    return DeadlineResult(
        kind="request",
        id=request.id,
        regime=run.regime,
        regime_forced=forced,
        rule_set=run.rules.name,
        limit=reply.name,
        article=reply.citation,
        start=run.start_day,
        deadline=due,
        status=status,
        working_days_allowed=run.clock.allowed,
        working_days_used=used,
        working_days_late=late,
        paused_working_days=moved,
        extension_working_days=run.extension_days,
        as_of=as_of,
        provisional=_provisional(run.calendar, run.start_day, due),
        provisional_assumption=_provisional_assumption(run.calendar, run.start_day, due),
        trace=tuple(run.trace),
        findings=tuple(run.findings),
    )


def _status(
    run: _RequestRun, reply: TimeLimit, due: dt.date | None, as_of: dt.date | None
) -> tuple[DeadlineStatus, dt.date | None, int | None, int | None]:
    """Status, due date, working days used and late, recording a late or overdue reply as a finding."""
    if run.abandoned is not None:
        return DeadlineStatus.ABANDONED, (None if run.abandoned == "correction" else due), None, None
    if run.awaiting_correction is not None or due is None:
        return DeadlineStatus.AWAITING_CORRECTION, None, None, None
    if run.replied is not None:
        used, late, status = _judge(run, due, run.replied, as_of)
        is_late = status is DeadlineStatus.ANSWERED_LATE
        if is_late:
            run.find(
                "deadline.reply_late",
                f"答复期限为{chinese_date(due)}，{chinese_date(run.replied)}才答复，{_late_words(late, run.start_day or run.receipt)}",
                reply.citation,
                run.replied,
                late,
            )
        return status, due, used, late if is_late else None
    status = _open_status(run, due, as_of)
    if as_of is None:
        return status, due, None, None
    used, late, _ = _judge(run, due, as_of, as_of)
    if status is not DeadlineStatus.OVERDUE:
        return status, due, used, None
    run.find(
        "deadline.reply_overdue",
        f"答复期限为{chinese_date(due)}，截至{chinese_date(as_of)}仍未答复，已{_late_words(late, run.start_day or run.receipt)}",
        reply.citation,
        as_of,
        late,
    )
    return status, due, used, late


def _check_resolved(run: _RequestRun) -> None:
    where = f"request {run.request.id}"
    if run.awaiting_correction is not None:
        raise DeadlineError(
            f"{where}: replied on {run.replied} while the correction requested on {run.awaiting_correction.on} "
            "was never received nor lapsed; record correction_received or correction_lapsed",
            code="deadline.pause_never_ended",
            field="events",
        )
    for pause in run.clock.pauses:
        if pause.end is None:
            raise DeadlineError(
                f"{where}: replied on {run.replied} while the {pause.name.replace('_', ' ')} begun on "
                f"{pause.begin} never ended; record its answer or payment",
                code="deadline.pause_never_ended",
                field="events",
            )
    fee = run.fee_pause
    if fee is not None and fee.end is None:
        raise DeadlineError(
            f"{where}: replied on {run.replied} while the fee notice of {fee.begin} was neither paid nor lapsed",
            code="deadline.pause_never_ended",
            field="events",
        )


def _judge(
    run: _RequestRun, due: dt.date, until: dt.date, as_of: dt.date | None
) -> tuple[int, int, DeadlineStatus]:
    if until <= due:
        return run.clock.counted(until, open_until=as_of), 0, DeadlineStatus.ANSWERED_ON_TIME
    # The period ends at 24:00 of the due date (《民法典》第二百零三条第二款): a reply on the rest day after it is
    # late, by 0 working days.
    late = run.calendar.working_days_between(due, until)
    return run.clock.allowed + late, late, DeadlineStatus.ANSWERED_LATE


def _open_status(run: _RequestRun, due: dt.date, as_of: dt.date | None) -> DeadlineStatus:
    open_pauses = [
        pause
        for pause in run.clock.pauses
        if pause.end is None and (as_of is None or pause.window_end is None or as_of <= pause.window_end)
    ]
    if open_pauses:
        return DeadlineStatus.PAUSED
    if as_of is not None and as_of > due:  # the period ended at 24:00 of the due date (第二百零三条第二款)
        return DeadlineStatus.OVERDUE
    return DeadlineStatus.OPEN


def _late_words(late: int, start: dt.date) -> str:
    if late:
        return f"逾期{late}个工作日"
    # The period ends at 24:00 of its last day, under the civil-law rule in force when it started.
    return f"逾期（期限届满后的休息日，逾期0个工作日；期间最后一日二十四时届满，{civil_law_period_rule(start).end}）"


# --------------------------------------------------------------------------------------------------
# Proactive disclosure
# --------------------------------------------------------------------------------------------------


def proactive_deadline(  # noqa: PLR0913 - keyword-only options, the same as request_deadline's
    item: ProactiveItem,
    *,
    calendar: WorkingDayCalendar | None = None,
    rules: RuleSet = NATIONAL_RULES,
    regime: Regime | str | None = None,
    limit: str = PROACTIVE,
    as_of: dt.date | None = None,
) -> DeadlineResult:
    """When ``item`` had to be disclosed and whether it was, counted from its formation or last change.

    第二十六条 (2007: 第十八条): 20 working days from the day the information is formed or changed, that day not
    counted. ``limit`` picks another limit of the rule set, such as the seed's local
    ``reading_point_delivery`` (30 working days to the public reading points). The regime follows the formation
    (or change) day unless ``regime`` forces one.
    """
    cal = calendar or _national_calendar()
    start = item.changed or item.formed
    field = "changed" if item.changed else "formed"
    if item.changed is not None and item.changed < item.formed:
        raise DeadlineError(
            f"item {item.id}: field changed: {item.changed} is before it was formed ({item.formed})",
            code="deadline.changed_before_formed",
            field="changed",
        )
    chosen, forced = _choose_regime(start, regime, "the information was formed or changed on", field)
    if as_of is not None and as_of < start:
        raise DeadlineError(
            f"item {item.id}: field as_of: {as_of} is before the information was {field} ({start})",
            code="deadline.as_of_before_formed",
            field="as_of",
        )
    rule = rules.limit(chosen, limit)
    if item.published is not None and item.published < start:
        raise DeadlineError(
            f"item {item.id}: field published: {item.published} is before it was "
            f"{'changed' if item.changed else 'formed'} ({start})",
            code="deadline.published_before_formed",
            field="published",
        )
    origin = start - dt.timedelta(days=1) if rules.count_receipt_day else start
    due = cal.add_working_days(origin, rule.working_days)
    table = rules.table(chosen)
    trace: list[TraceEntry] = []
    findings: list[DeadlineFinding] = []
    event = "变更" if item.changed else "形成"
    regime_why = (
        f"调用方指定适用{table.source}"
        if forced
        else f"{event}之日{'在' if start >= REGIME_2019_FROM else '早于'}2019年5月15日"
        f"{'当日或之后' if start >= REGIME_2019_FROM else ''}，适用{table.source}"
    )
    trace.append(
        TraceEntry(
            step="formed" if not item.changed else "changed",
            on=start,
            what=f"{chinese_date(start)}政府信息{event}",
            article=None,
            why=regime_why,
            due_after=None,
        )
    )
    counting = (
        "规则集规定当日计入期限"
        if rules.count_receipt_day
        else f"{event}之日不计入，自次日起算（{civil_law_period_rule(start).first_day}）"
    )
    trace.append(
        TraceEntry(
            step="limit",
            on=None,
            what=f"{rule.label}{rule.working_days}个工作日（{rule.starts}）；{counting}",
            article=rule.citation,
            why=f"规则集：{rules.name}",
            due_after=due,
        )
    )
    used: int | None = None
    late: int | None = None
    if item.published is not None:
        # A publication after the due date is late even on the rest days after it (第二百零三条第二款).
        is_late = item.published > due
        late = cal.working_days_between(due, item.published) if is_late else 0
        used = rule.working_days + late if is_late else cal.working_days_between(origin, item.published)
        status = DeadlineStatus.PUBLISHED_LATE if is_late else DeadlineStatus.PUBLISHED_ON_TIME
        trace.append(
            TraceEntry(
                step="published",
                on=item.published,
                what=f"{chinese_date(item.published)}公开，用时{used}个工作日",
                article=rule.citation,
                due_after=due,
            )
        )
        if is_late:
            findings.append(
                DeadlineFinding(
                    code="deadline.proactive_late",
                    message=f"应于{chinese_date(due)}前公开，{chinese_date(item.published)}才公开，{_late_words(late, start)}",
                    article=rule.citation,
                    on=item.published,
                    working_days_late=late,
                )
            )
        else:
            late = None
    elif as_of is not None and as_of > due:
        status = DeadlineStatus.OVERDUE
        late = cal.working_days_between(due, as_of)
        used = rule.working_days + late
        findings.append(
            DeadlineFinding(
                code="deadline.proactive_overdue",
                message=f"应于{chinese_date(due)}前公开，截至{chinese_date(as_of)}仍未公开，已{_late_words(late, start)}",
                article=rule.citation,
                on=as_of,
                working_days_late=late,
            )
        )
    else:
        status = DeadlineStatus.OPEN
        used = cal.working_days_between(origin, as_of) if as_of is not None and as_of > origin else None
    trace.append(
        TraceEntry(
            step="result",
            on=item.published or as_of,
            what=f"结论：{status.label}",
            article=rule.citation,
            due_after=due,
        )
    )
    return DeadlineResult(
        kind="proactive",
        id=item.id,
        regime=chosen,
        regime_forced=forced,
        rule_set=rules.name,
        limit=rule.name,
        article=rule.citation,
        start=start,
        deadline=due,
        status=status,
        working_days_allowed=rule.working_days,
        working_days_used=used,
        working_days_late=late,
        as_of=as_of,
        provisional=_provisional(cal, start, due),
        provisional_assumption=_provisional_assumption(cal, start, due),
        trace=tuple(trace),
        findings=tuple(findings),
    )
