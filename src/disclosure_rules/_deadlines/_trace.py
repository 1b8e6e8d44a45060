"""The words of a deadline answer: the trace entries and finding texts shared by requests and proactive items.

Every sentence a clerk reads in a trace is built here once: why a regime applies, how counting starts (the
civil-law rule in force that day, and the reading of a receipt on a rest day), the time limit, the conclusion,
and how late a reply or a publication was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from disclosure_rules._deadlines._results import DeadlineStatus, TraceEntry
from disclosure_rules._deadlines._tables import REGIME_2019_FROM, TimeLimit, civil_law_period_rule
from disclosure_rules._formatting import chinese_date

if TYPE_CHECKING:
    import datetime as dt

    from disclosure_rules._calendar import WorkingDayCalendar
    from disclosure_rules._deadlines._rules import RuleSet

__all__ = [
    "REST_DAY_RECEIPT_SOURCES",
    "counting_words",
    "late_words",
    "limit_entry",
    "overdue_message",
    "regime_words",
    "result_entry",
    "too_late_message",
]

# Reading of a receipt on a rest day (RuleSet.rest_day_receipt), with the sources for each (docs/deadlines.md).
REST_DAY_RECEIPT_SOURCES = {
    "next_working_day": (
        "休息日收到的申请，视为下一个工作日收到，自其次日起算（实务做法；2017年杨某诉某行政机关政府信息公开案，"
        "周日电子邮件申请，法院认可自其后周一起算的答复期限，见史书明《法定休息日或节假日以电子邮件方式申请政府信息公开"
        "“收到申请之日”的确定》）"
    ),
    "as_received": "休息日收到的申请，以该日为收到申请之日，自次日起算，其后第一个工作日为期限第一日（国办公开办函〔2015〕207号按实际收到日确定收到之日）",
}


def regime_words(day: dt.date, event: str, source: str, *, forced: bool) -> str:
    """Why ``source`` applies: the caller forced it, or ``event`` (收到申请, 形成, 变更) fell on ``day``."""
    if forced:
        return f"调用方指定适用{source}"
    after = day >= REGIME_2019_FROM
    return f"{event}之日{'在' if after else '早于'}2019年5月15日{'当日或之后' if after else ''}，适用{source}"


def counting_words(
    day: dt.date, event: str, rules: RuleSet, *, counted: str, calendar: WorkingDayCalendar | None = None
) -> str:
    """How counting starts from ``day``: the civil-law rule in force that day, and the rest-day reading applied.

    ``counted`` is what the rule set counts when it counts the day itself; the rest-day reading is said only for a
    request (given its ``calendar``).
    """
    if rules.count_receipt_day:
        words = f"规则集规定{counted}计入期限"
    else:
        words = f"{event}之日不计入，自次日起算（{civil_law_period_rule(day).first_day}）"
    if calendar is not None and not calendar.is_working_day(day):
        reading = REST_DAY_RECEIPT_SOURCES[rules.rest_day_receipt]
        if rules.rest_day_receipt == "next_working_day":
            moved = calendar.next_working_day_on_or_after(day)
            words += f"；{chinese_date(day)}为休息日，按{chinese_date(moved)}收到计算（{reading}）"
        else:
            words += f"；{chinese_date(day)}为休息日，仍以该日为收到之日（{reading}）"
    return words


def limit_entry(step: str, rule: TimeLimit, counting: str, rules: RuleSet, due: dt.date | None) -> TraceEntry:
    """The trace entry naming the time limit, how counting starts, and the rule set it comes from."""
    return TraceEntry(
        step=step,
        on=None,
        what=f"{rule.label}{rule.working_days}个工作日（{rule.starts}）；{counting}",
        article=rule.citation,
        why=f"规则集：{rules.name}",
        due_after=due,
    )


def result_entry(on: dt.date | None, status: DeadlineStatus, article: str, due: dt.date | None) -> TraceEntry:
    """The last trace entry: the conclusion."""
    return TraceEntry(step="result", on=on, what=f"结论：{status.label}", article=article, due_after=due)


def late_words(late: int, start: dt.date) -> str:
    """How late: in working days, or on the rest days right after the due date (0 working days)."""
    if late:
        return f"逾期{late}个工作日"
    # The period ends at 24:00 of its last day, under the civil-law rule in force when it started.
    return f"逾期（期限届满后的休息日，逾期0个工作日；期间最后一日二十四时届满，{civil_law_period_rule(start).end}）"


def too_late_message(due_words: str, done: dt.date, verb: str, late: int, start: dt.date) -> str:
    """A finding for a step done after its due date: ``due_words`` then 「{done}才{verb}」 and how late."""
    return f"{due_words}，{chinese_date(done)}才{verb}，{late_words(late, start)}"


def overdue_message(due_words: str, as_of: dt.date, verb: str, late: int, start: dt.date) -> str:
    """A finding for a step still not done on ``as_of``, after its due date."""
    return f"{due_words}，截至{chinese_date(as_of)}仍未{verb}，已{late_words(late, start)}"
