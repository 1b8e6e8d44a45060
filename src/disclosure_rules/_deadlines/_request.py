"""The request run: a request's receipt, its events one by one through one handler table, and its status.

The counting conventions are in :mod:`disclosure_rules._deadlines._engine`; the clock in ``_clock``; the words of
the trace in ``_trace``. Each event kind has one handler in ``_HANDLERS``; a handler checks that the event could
have happened (else :class:`DeadlineError`), moves the clock, records findings against the agency and writes its
trace entry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any, Final

from disclosure_rules._deadlines._clock import (
    Clock,
    Pause,
    is_provisional,
    national_calendar,
    provisional_assumption,
)
from disclosure_rules._deadlines._errors import DeadlineError
from disclosure_rules._deadlines._results import DeadlineFinding, DeadlineResult, DeadlineStatus, TraceEntry
from disclosure_rules._deadlines._rules import NATIONAL_RULES, RuleSet
from disclosure_rules._deadlines._tables import (
    AGENCY_CONSULTATION,
    CORRECTION_NOTICE,
    EXTENSION,
    FEE_MEASURES_IN_FORCE,
    FEE_PAYMENT,
    REGIME_TABLES,
    REGULATION_2007_IN_FORCE,
    REPLY,
    THIRD_PARTY_CONSULTATION,
    Regime,
    RegimeTable,
    TimeLimit,
    regime_for,
)
from disclosure_rules._deadlines._trace import (
    counting_words,
    limit_entry,
    overdue_message,
    regime_words,
    result_entry,
    too_late_message,
)
from disclosure_rules._formatting import chinese_date
from disclosure_rules._messages import unrecognised_zh
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
    Replied,
)
from disclosure_rules._sources import FEE_MEASURES_NUMBER

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from disclosure_rules._calendar import WorkingDayCalendar

__all__ = ["choose_regime", "request_deadline"]

# The date fields a regime is chosen by, in the words of an error message.
_FIELD_WORDS_ZH = {"received": "收到申请之日", "formed": "信息形成之日", "changed": "信息变更之日"}

_PARTY_LABELS = {ConsultedParty.THIRD_PARTY: "第三方", ConsultedParty.AGENCY: "其他机关"}
_PARTY_LIMITS = {
    ConsultedParty.THIRD_PARTY: THIRD_PARTY_CONSULTATION,
    ConsultedParty.AGENCY: AGENCY_CONSULTATION,
}


@dataclasses.dataclass
class _RequestRun:
    request: InformationRequest
    calendar: WorkingDayCalendar
    rules: RuleSet
    table: RegimeTable
    receipt: dt.date
    clock: Clock
    trace: list[TraceEntry] = dataclasses.field(default_factory=list)
    findings: list[DeadlineFinding] = dataclasses.field(default_factory=list)
    awaiting_correction: CorrectionRequested | None = None
    corrections: int = 0
    pending_extensions: list[ExtensionApproved] = dataclasses.field(default_factory=list)
    extension_days: int = 0
    fee_pause: Pause | None = None
    replied: dt.date | None = None
    abandoned: str | None = None  # "correction" or "fee"
    start_day: dt.date | None = None  # receipt, or receipt of the corrected request
    index: int = 0  # the event being applied

    @property
    def regime(self) -> Regime:
        return self.table.regime

    @property
    def field(self) -> str:
        """The input field of the event being applied: ``events[i]``."""
        return f"events[{self.index}]"

    @property
    def where(self) -> str:
        """The event being applied, for an error message: ``request R: events[i]``."""
        return f"request {self.request.id}: {self.field}"

    @property
    def where_zh(self) -> str:
        """The event being applied, in Chinese: ``申请R第i+1条办理记录（events[i]）``."""
        return f"申请{self.request.id}第{self.index + 1}条办理记录（{self.field}）"

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

    def shown_due(self) -> dt.date | None:
        """The due date a trace entry shows: none while a correction is awaited or after it lapsed."""
        if self.awaiting_correction is not None or self.abandoned == "correction":
            return None
        return self.current_due()

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
        self.trace.append(
            TraceEntry(
                step=step,
                on=on,
                what=what,
                article=article,
                days_skipped=days_skipped,
                why=why,
                due_after=self.shown_due(),
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
                message_zh=f"申请{request.id}：确认日期（confirmed）{chinese_date(request.confirmed)}早于申请送达之日"
                f"（{chinese_date(request.received)}）",
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
            return request.received, forced  # choose_regime names the bad value
    tentative = regime_for(request.received)
    receipt = _receipt_day(request, REGIME_TABLES[tentative])
    if regime_for(receipt) is not tentative:
        receipt = _receipt_day(request, REGIME_TABLES[regime_for(receipt)])
    return receipt, None


def choose_regime(day: dt.date, forced: Regime | str | None, what: str, field: str) -> tuple[Regime, bool]:
    if day < REGULATION_2007_IN_FORCE:
        raise DeadlineError(
            f"field {field}: {what} {day} is before 2008-05-01, when the 2007 Regulations took effect; "
            "no OGI time limit applies",
            code="deadline.before_regulation",
            field=field,
            message_zh=f"{_FIELD_WORDS_ZH.get(field, field)}（{field}）{chinese_date(day)}早于《政府信息公开条例》施行之日"
            f"（{chinese_date(REGULATION_2007_IN_FORCE)}），不适用政府信息公开的期限",
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
            message_zh=unrecognised_zh("条例版本", "regime", forced, "2007 或 2019"),
        ) from None


def _check_order(request: InformationRequest, receipt: dt.date) -> None:
    previous: dt.date | None = None
    closed_at: int | None = None
    for index, event in enumerate(request.events):
        where = f"request {request.id}: events[{index}] ({event.kind}, {event.on})"
        where_zh = f"申请{request.id}第{index + 1}条办理记录（events[{index}]，{chinese_date(event.on)}）"
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
                message_zh=f"{where_zh}早于收到申请之日（{chinese_date(receipt)}）",
            )
        if previous is not None and event.on < previous:
            raise DeadlineError(
                f"{where}: dated before the event listed before it ({previous}); list events in order",
                code="deadline.events_out_of_order",
                field=f"events[{index}]",
                message_zh=f"{where_zh}早于排在它前面的记录（{chinese_date(previous)}），请按日期先后排列办理记录",
            )
        if closed_at is not None:
            raise DeadlineError(
                f"{where}: comes after the request was closed by events[{closed_at}]",
                code="deadline.event_after_close",
                field=f"events[{index}]",
                message_zh=f"{where_zh}排在办结记录（events[{closed_at}]）之后，办结后不应再有办理记录",
            )
        if isinstance(event, Replied | CorrectionPeriodLapsed | FeePaymentLapsed):
            closed_at = index
        previous = event.on
    if request.closed is not None and request.closed < receipt:
        raise DeadlineError(
            f"request {request.id}: field closed: {request.closed} is before the request was received ({receipt})",
            code="deadline.reply_before_receipt",
            field="closed",
            message_zh=f"申请{request.id}：办结日期（closed）{chinese_date(request.closed)}早于收到申请之日"
            f"（{chinese_date(receipt)}）",
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
    cal = calendar or national_calendar()
    receipt, regime = _receipt_and_regime(request, regime)
    chosen, forced = choose_regime(receipt, regime, "the request was received on", "received")
    _check_order(request, receipt)
    if as_of is not None and as_of < receipt:
        raise DeadlineError(
            f"request {request.id}: field as_of: {as_of} is before the request was received ({receipt})",
            code="deadline.as_of_before_receipt",
            field="as_of",
            message_zh=f"申请{request.id}：判断日期（as_of）{chinese_date(as_of)}早于收到申请之日（{chinese_date(receipt)}）",
        )
    table = rules.table(chosen)
    reply = rules.limit(chosen, REPLY)
    run = _RequestRun(
        request=request,
        calendar=cal,
        rules=rules,
        table=table,
        receipt=receipt,
        clock=Clock(cal, origin=None, allowed=reply.working_days),
    )
    run.clock.origin = run.origin_for(receipt)
    run.start_day = receipt
    _trace_start(run, reply, forced=forced)
    for index, event in enumerate(request.events):
        run.index = index
        _HANDLERS[event.kind](run, event)
    return _finish(run, reply, forced=forced, as_of=as_of)


def _trace_start(run: _RequestRun, reply: TimeLimit, *, forced: bool) -> None:
    request = run.request
    rule = run.table.receipt_rule(request.channel.value).applied(confirmed=request.confirmed is not None)
    how = request.channel.label
    if rule.needs_confirmation:
        what = f"申请{chinese_date(request.received)}送达（{how}），{chinese_date(run.receipt)}双方确认，以确认之日为收到申请之日"
    else:
        what = f"{chinese_date(run.receipt)}收到申请（{how}）"
    regime_why = regime_words(run.receipt, "收到申请", run.table.source, forced=forced)
    # Under the 2007 text the receipt rule is 207号's, not an article of the regulation: say it in its words.
    why = regime_why if rule.source == run.table.source else f"{regime_why}；{rule.rule}"
    run.note("receipt", run.receipt, what, rule.citation, why=why)
    counting = counting_words(
        run.receipt, "收到申请", run.rules, counted="收到申请之日", calendar=run.calendar
    )
    run.trace.append(limit_entry("reply_period", reply, counting, run.rules, run.shown_due()))


def _correction_requested(run: _RequestRun, event: CorrectionRequested) -> None:
    if event.period_end is not None and event.period_end < event.on:
        raise DeadlineError(
            f"{run.where}: field period_end: the correction period ends ({event.period_end}) before the notice "
            f"was sent ({event.on})",
            code="deadline.event_before_receipt",
            field=f"{run.field}.period_end",
            message_zh=f"{run.where_zh}：补正期限（period_end）{chinese_date(event.period_end)}早于补正告知发出之日"
            f"（{chinese_date(event.on)}）",
        )
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
        Pause(
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


def _open_pauses(run: _RequestRun, name: str) -> Iterator[Pause]:
    return (pause for pause in run.clock.pauses if pause.name == name and pause.end is None)


def _consultation_answered(run: _RequestRun, event: ConsultationAnswered) -> None:
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
            f"{run.where}: an answer from the {event.party.value} "
            f"{'(ref ' + event.ref + ') ' if event.ref else ''}arrived but no consultation was open",
            code="deadline.answer_without_consultation",
            field=run.field,
            message_zh=f"{run.where_zh}：收到{_PARTY_LABELS[event.party]}意见"
            f"{'（编号' + event.ref + '）' if event.ref else ''}，但没有尚未答复的征求意见记录",
        )
    pause = candidates[0]
    capped, moved = run.clock.close(pause, event.on)
    end = pause.end or event.on
    paused = run.calendar.working_days_between(pause.begin, end) if end > pause.begin else 0
    if capped and pause.window_end is not None:
        why = (
            f"对方逾期提出意见：暂停至其提出意见期限届满之日（{chinese_date(pause.window_end)}）止，"
            f"共{paused}个工作日不计入；其后的时间计入答复期限"
        )
    else:
        why = f"{pause.label}所需时间{paused}个工作日不计入答复期限，期限顺延{moved}个工作日"
    _resume(run, event, f"收到{party}意见", pause, moved=moved, why=why)


def _extension_notified(run: _RequestRun, event: ExtensionNotified) -> None:
    if not run.pending_extensions:
        raise DeadlineError(
            f"{run.where}: an extension was notified that no one approved "
            "(Article 33(2) requires the consent of the head of the OGI work unit)",
            code="deadline.extension_without_approval",
            field=run.field,
            message_zh=f"{run.where_zh}：告知申请人延期，但没有经政府信息公开工作机构负责人同意延期的记录"
            "（第三十三条第二款）",
        )
    limit = run.limit(EXTENSION)
    days = sum(item.working_days for item in run.pending_extensions)
    run.pending_extensions.clear()
    if run.extension_days + days > limit.working_days:
        raise DeadlineError(
            f"{run.where}: extensions total {run.extension_days + days} working "
            f"days; {limit.citation} allows at most {limit.working_days}",
            code="deadline.extension_over_limit",
            field=run.field,
            message_zh=f"{run.where_zh}：延长答复期限共{run.extension_days + days}个工作日，超过{limit.citation}"
            f"规定的最长{limit.working_days}个工作日",
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


def _fee_notice(run: _RequestRun, event: FeeNoticeSent) -> None:
    if run.regime is not Regime.R2019 or event.on < FEE_MEASURES_IN_FORCE:
        raise DeadlineError(
            f"{run.where}: a fee notice on {event.on}: information-processing fees exist only under the 2019 "
            f"regulation (Article 42) and “{FEE_MEASURES_NUMBER}”, in force from {FEE_MEASURES_IN_FORCE}",
            code="deadline.fee_not_applicable",
            field=run.field,
            message_zh=f"{run.where_zh}：{chinese_date(event.on)}发出收费通知，但信息处理费只适用于2019年条例（第四十二条）"
            f"和{FEE_MEASURES_NUMBER}，自{chinese_date(FEE_MEASURES_IN_FORCE)}起施行",
        )
    if event.received_by_applicant is not None and event.received_by_applicant < event.on:
        raise DeadlineError(
            f"{run.where}: field received_by_applicant: {event.received_by_applicant} is before the notice was sent",
            code="deadline.event_before_receipt",
            field=f"{run.field}.received_by_applicant",
            message_zh=f"{run.where_zh}：申请人收到收费通知之日（received_by_applicant）"
            f"{chinese_date(event.received_by_applicant)}早于通知发出之日（{chinese_date(event.on)}）",
        )
    if run.fee_pause is not None and run.fee_pause.end is None:
        raise DeadlineError(
            f"{run.where}: a second fee notice while the first ({run.fee_pause.begin}) is unpaid",
            code="deadline.fee_notice_twice",
            field=run.field,
            message_zh=f"{run.where_zh}：前一份收费通知（{chinese_date(run.fee_pause.begin)}）尚未缴费或逾期，又发出收费通知",
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
    pause = Pause(
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


def _fee_settled(run: _RequestRun, event: FeePaid | FeePaymentLapsed) -> None:
    pause = run.fee_pause
    if pause is None or pause.end is not None:
        raise DeadlineError(
            f"{run.where}: {event.kind} without an outstanding fee notice",
            code="deadline.payment_without_notice",
            field=run.field,
            message_zh=f"{run.where_zh}：有{'缴费' if isinstance(event, FeePaid) else '逾期未缴费'}记录，但没有尚未了结的收费通知",
        )
    pay_by = pause.window_end
    if isinstance(event, FeePaymentLapsed):
        pause.end = pay_by
        _abandon(run, event, pay_by, "fee", pause.article)
        return
    capped, moved = run.clock.close(pause, event.on)
    if not run.rules.fee_payment_pauses:
        why = "规则集选择：缴费期间计入答复期限，期限不变"
    elif capped and pay_by is not None:
        why = f"逾期缴费：暂停至缴费期限届满之日（{chinese_date(pay_by)}）止，期限顺延{moved}个工作日"
    else:
        why = f"缴费期间不计入答复期限（规则集选择），期限顺延{moved}个工作日"
    _resume(run, event, "申请人缴费", pause, moved=moved, why=why)


def _resume(  # noqa: PLR0913 - the parts of one trace entry
    run: _RequestRun, event: ConsultationAnswered | FeePaid, what: str, pause: Pause, *, moved: int, why: str
) -> None:
    """The trace entry of a pause that ended: the clock runs again, the due date moved by ``moved`` working days."""
    run.note(
        event.kind,
        event.on,
        f"{chinese_date(event.on)}{what}，恢复计时",
        pause.article,
        days_skipped=moved,
        why=why,
    )


def _end_correction(run: _RequestRun, what: str, what_zh: str) -> CorrectionRequested:
    """The correction notice a corrected request or a lapse answers (and no longer awaited)."""
    pending = run.awaiting_correction
    if pending is None:
        raise DeadlineError(
            f"{run.where}: {what} but no correction was requested",
            code="deadline.correction_without_request",
            field=run.field,
            message_zh=f"{run.where_zh}：{what_zh}，但没有补正告知记录",
        )
    run.awaiting_correction = None
    return pending


def _correction_received(run: _RequestRun, event: CorrectedRequestReceived) -> None:
    _end_correction(run, "a corrected request arrived", "收到补正后的申请")
    run.clock.origin = run.origin_for(event.on)
    run.start_day = event.on
    run.note(
        "correction_received",
        event.on,
        f"{chinese_date(event.on)}收到补正后的申请，答复期限自收到补正申请之日起重新计算",
        run.cite(run.table.correction_article),
    )


def _correction_lapsed(run: _RequestRun, event: CorrectionPeriodLapsed) -> None:
    pending = _end_correction(run, "a correction period lapsed", "记录了逾期未补正")
    _abandon(run, event, pending.period_end, "correction", run.cite(run.table.correction_article))


# What the applicant failed to do, by the reason a request is abandoned: (the period in English, the act in Chinese).
_LAPSES = {"correction": ("correction", "补正"), "fee": ("payment", "缴费")}


def _abandon(
    run: _RequestRun,
    event: CorrectionPeriodLapsed | FeePaymentLapsed,
    period_end: dt.date | None,
    reason: str,
    article: str,
) -> None:
    """视为放弃申请: the applicant let the period to correct or to pay run out (第三十条; 国办函〔2020〕109号)."""
    period, act = _LAPSES[reason]
    if period_end is not None and event.on <= period_end:
        raise DeadlineError(
            f"{run.where}: the {period} period runs until {period_end}; it cannot lapse on {event.on}",
            code="deadline.lapse_before_period_end",
            field=run.field,
            message_zh=f"{run.where_zh}：{act}期限至{chinese_date(period_end)}届满，{chinese_date(event.on)}不能记为逾期未{act}",
        )
    run.abandoned = reason
    run.note(
        event.kind, event.on, f"申请人逾期未{act}，{chinese_date(event.on)}起视为放弃申请，不再处理", article
    )


def _extension_approved(run: _RequestRun, event: ExtensionApproved) -> None:
    run.pending_extensions.append(event)
    run.note(
        "extension_approved",
        event.on,
        f"{chinese_date(event.on)}经政府信息公开工作机构负责人同意延长答复期限{event.working_days}个工作日"
        "（告知申请人后生效）",
        run.limit(EXTENSION).citation,
    )


def _replied(run: _RequestRun, event: Replied) -> None:
    run.replied = event.on
    run.note("replied", event.on, f"{chinese_date(event.on)}作出答复", None)


# One handler per event kind (``RequestEvent``'s discriminator); tests check that every kind has one.
_HANDLERS: Final[dict[str, Callable[[_RequestRun, Any], None]]] = {
    "correction_requested": _correction_requested,
    "correction_received": _correction_received,
    "correction_lapsed": _correction_lapsed,
    "consultation_sent": _consultation_sent,
    "consultation_answered": _consultation_answered,
    "extension_approved": _extension_approved,
    "extension_notified": _extension_notified,
    "fee_notice_sent": _fee_notice,
    "fee_paid": _fee_settled,
    "fee_lapsed": _fee_settled,
    "replied": _replied,
}


def _finish(run: _RequestRun, reply: TimeLimit, *, forced: bool, as_of: dt.date | None) -> DeadlineResult:
    request = run.request
    if run.replied is None and run.abandoned is None and request.closed is not None:
        run.replied = request.closed
        run.note(
            "closed", request.closed, f"无答复记录，以办结日期{chinese_date(request.closed)}为答复日期", None
        )
    if run.replied is not None:
        _check_resolved(run, run.replied)
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
    run.trace.append(result_entry(until, status, reply.citation, due))
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
        provisional=is_provisional(run.calendar, run.start_day, due),
        provisional_assumption=provisional_assumption(run.calendar, run.start_day, due),
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
    due_words = f"答复期限为{chinese_date(due)}"
    start = run.start_day or run.receipt
    if run.replied is not None:
        used, late, is_late = run.clock.judge(due, run.replied, open_until=as_of)
        if is_late:
            message = too_late_message(due_words, run.replied, "答复", late, start)
            run.find("deadline.reply_late", message, reply.citation, run.replied, late)
        status = DeadlineStatus.ANSWERED_LATE if is_late else DeadlineStatus.ANSWERED_ON_TIME
        return status, due, used, late if is_late else None
    status = _open_status(run, due, as_of)
    if as_of is None:
        return status, due, None, None
    used, late, _ = run.clock.judge(due, as_of, open_until=as_of)
    if status is not DeadlineStatus.OVERDUE:
        return status, due, used, None
    run.find(
        "deadline.reply_overdue",
        overdue_message(due_words, as_of, "答复", late, start),
        reply.citation,
        as_of,
        late,
    )
    return status, due, used, late


def _check_resolved(run: _RequestRun, replied: dt.date) -> None:
    where = f"request {run.request.id}"
    if run.awaiting_correction is not None:
        raise DeadlineError(
            f"{where}: replied on {run.replied} while the correction requested on {run.awaiting_correction.on} "
            "was never received nor lapsed; record correction_received or correction_lapsed",
            code="deadline.pause_never_ended",
            field="events",
            message_zh=f"申请{run.request.id}：已答复（{chinese_date(replied)}），但{chinese_date(run.awaiting_correction.on)}"
            "的补正告知既没有收到补正申请，也没有逾期未补正的记录",
        )
    for pause in run.clock.pauses:
        if pause.end is None:
            raise DeadlineError(
                f"{where}: replied on {run.replied} while the {pause.name.replace('_', ' ')} begun on "
                f"{pause.begin} never ended; record its answer or payment",
                code="deadline.pause_never_ended",
                field="events",
                message_zh=f"申请{run.request.id}：已答复（{chinese_date(replied)}），但{chinese_date(pause.begin)}开始的"
                f"{pause.label}没有结束记录，请填写对方意见或缴费记录",
            )
    fee = run.fee_pause
    if fee is not None and fee.end is None:
        raise DeadlineError(
            f"{where}: replied on {run.replied} while the fee notice of {fee.begin} was neither paid nor lapsed",
            code="deadline.pause_never_ended",
            field="events",
            message_zh=f"申请{run.request.id}：已答复（{chinese_date(replied)}），但{chinese_date(fee.begin)}的收费通知"
            "既没有缴费记录，也没有逾期未缴费记录",
        )


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
