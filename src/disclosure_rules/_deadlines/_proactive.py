"""Proactive disclosure: when an item had to be published (第二十六条; 2007: 第十八条) and whether it was."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from disclosure_rules._deadlines._clock import (
    Clock,
    is_provisional,
    national_calendar,
    provisional_assumption,
)
from disclosure_rules._deadlines._errors import DeadlineError
from disclosure_rules._deadlines._request import choose_regime
from disclosure_rules._deadlines._results import DeadlineFinding, DeadlineResult, DeadlineStatus, TraceEntry
from disclosure_rules._deadlines._rules import NATIONAL_RULES, RuleSet
from disclosure_rules._deadlines._tables import PROACTIVE, Regime
from disclosure_rules._deadlines._trace import (
    counting_words,
    limit_entry,
    overdue_message,
    regime_words,
    result_entry,
    too_late_message,
)
from disclosure_rules._formatting import chinese_date

if TYPE_CHECKING:
    from disclosure_rules._calendar import WorkingDayCalendar
    from disclosure_rules._records import ProactiveItem

__all__ = ["proactive_deadline"]


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
    cal = calendar or national_calendar()
    start = item.changed or item.formed
    field = "changed" if item.changed else "formed"
    event = "变更" if item.changed else "形成"
    if item.changed is not None and item.changed < item.formed:
        raise DeadlineError(
            f"item {item.id}: field changed: {item.changed} is before it was formed ({item.formed})",
            code="deadline.changed_before_formed",
            field="changed",
            message_zh=f"信息{item.id}：变更日期（changed）{chinese_date(item.changed)}早于形成日期（{chinese_date(item.formed)}）",
        )
    chosen, forced = choose_regime(start, regime, "the information was formed or changed on", field)
    if as_of is not None and as_of < start:
        raise DeadlineError(
            f"item {item.id}: field as_of: {as_of} is before the information was {field} ({start})",
            code="deadline.as_of_before_formed",
            field="as_of",
            message_zh=f"信息{item.id}：判断日期（as_of）{chinese_date(as_of)}早于信息{event}之日（{chinese_date(start)}）",
        )
    rule = rules.limit(chosen, limit)
    if item.published is not None and item.published < start:
        raise DeadlineError(
            f"item {item.id}: field published: {item.published} is before it was "
            f"{'changed' if item.changed else 'formed'} ({start})",
            code="deadline.published_before_formed",
            field="published",
            message_zh=f"信息{item.id}：公开日期（published）{chinese_date(item.published)}早于信息{event}之日"
            f"（{chinese_date(start)}）",
        )
    origin = start - dt.timedelta(days=1) if rules.count_receipt_day else start
    clock = Clock(cal, origin=origin, allowed=rule.working_days)
    due = cal.add_working_days(origin, rule.working_days)
    table = rules.table(chosen)
    findings: list[DeadlineFinding] = []
    trace = [
        TraceEntry(
            step="formed" if not item.changed else "changed",
            on=start,
            what=f"{chinese_date(start)}政府信息{event}",
            article=None,
            why=regime_words(start, event, table.source, forced=forced),
            due_after=None,
        ),
        limit_entry("limit", rule, counting_words(start, event, rules, counted="当日"), rules, due),
    ]
    used: int | None = None
    late: int | None = None
    due_words = f"应于{chinese_date(due)}前公开"
    if item.published is not None:
        # A publication after the due date is late even on the rest days after it (第二百零三条第二款).
        used, late, is_late = clock.judge(due, item.published)
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
                    message=too_late_message(due_words, item.published, "公开", late, start),
                    article=rule.citation,
                    on=item.published,
                    working_days_late=late,
                )
            )
        else:
            late = None
    elif as_of is not None and as_of > due:
        status = DeadlineStatus.OVERDUE
        used, late, _ = clock.judge(due, as_of)
        findings.append(
            DeadlineFinding(
                code="deadline.proactive_overdue",
                message=overdue_message(due_words, as_of, "公开", late, start),
                article=rule.citation,
                on=as_of,
                working_days_late=late,
            )
        )
    else:
        status = DeadlineStatus.OPEN
        used = clock.counted(as_of) if as_of is not None and as_of > origin else None
    trace.append(result_entry(item.published or as_of, status, rule.citation, due))
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
        provisional=is_provisional(cal, start, due),
        provisional_assumption=provisional_assumption(cal, start, due),
        trace=tuple(trace),
        findings=tuple(findings),
    )
