"""When the annual report (政府信息公开工作年度报告) is due, by agency level and year.

第四十九条 (2019): departments of governments at county level and above by 31 January, governments by 31 March.
2007 第三十一条: every agency by 31 March. Levels the regulation does not name (townships, sub-districts, "other")
take their date from a notice (国办公开办函〔2021〕30号) or the rule set's configuration; the answer says which.
These are calendar dates, not periods counted in working days, so they do not move off weekends.
"""

from __future__ import annotations

import datetime as dt

from disclosure_rules._deadlines._errors import DeadlineError, RuleSetError
from disclosure_rules._deadlines._results import ReportDeadline, ReportStep
from disclosure_rules._deadlines._rules import NATIONAL_RULES, ReportDate, RuleSet
from disclosure_rules._deadlines._tables import REGULATION_2007_IN_FORCE, Regime
from disclosure_rules._formatting import chinese_date
from disclosure_rules._models import AgencyLevel
from disclosure_rules._sources import FORMAT_2019_NUMBER

__all__ = ["report_deadline"]

# The report on 2018 was due on 2019-03-31, before the 2019 text took effect (2019-05-15).
_LAST_2007_REPORT_YEAR = 2018


def report_deadline(
    agency_level: AgencyLevel | str, year: int, *, rules: RuleSet = NATIONAL_RULES
) -> ReportDeadline:
    """The date by which an agency of ``agency_level`` publishes its report on ``year`` (due in ``year + 1``).

    A date the rule set configures for a level replaces a notice date, and may be earlier (never later) than the
    date of 第四十九条. Raises ``deadline.unknown_level``, ``deadline.before_regulation``,
    ``deadline.year_out_of_range`` (a year whose next year :mod:`datetime` cannot hold) or
    ``deadline.report_level_unconfigured`` (no rule and no configuration gives the level a date).
    """
    try:
        level = AgencyLevel(agency_level)
    except ValueError:
        known = [item.value for item in AgencyLevel]
        raise DeadlineError(
            f"field agency_level: {agency_level!r} is not an agency level (known: {', '.join(known)})",
            code="deadline.unknown_level",
            field="agency_level",
            message_zh=f"机关层级（agency_level）“{agency_level}”无法识别，可填：{'、'.join(known)}",
        ) from None
    if year < REGULATION_2007_IN_FORCE.year:
        raise DeadlineError(
            f"field year: {year} is before the 2007 Regulations took effect (2008-05-01); no report was due",
            code="deadline.before_regulation",
            field="year",
            message_zh=f"报告年度（year）{year}年早于《政府信息公开条例》施行之日（{chinese_date(REGULATION_2007_IN_FORCE)}），该年度无须公布年度报告",
        )
    if year >= dt.MAXYEAR:
        raise DeadlineError(
            f"field year: the report on {year} would be due in {year + 1}, past the last representable year "
            f"({dt.MAXYEAR})",
            code="deadline.year_out_of_range",
            field="year",
            message_zh=f"报告年度（year）{year}年超出可计算的范围（最晚{dt.MAXYEAR - 1}年）",
        )
    regime = Regime.R2007 if year <= _LAST_2007_REPORT_YEAR else Regime.R2019
    applying = [item for item in rules.report_dates if item.applies_to(level, year, regime)]
    primary = _primary(level, year, rules, [item for item in applying if item.primary])
    chain = tuple(
        ReportStep(
            deadline=item.on(year), duty=item.duty, article=item.article, source=item.source, basis=item.basis
        )
        for item in sorted((item for item in applying if not item.primary), key=lambda item: item.on(year))
    )
    note = None
    if primary.basis != "regulation":
        note = f"{regime.regulation}未列明“{level.value}”的报告期限，日期取自{primary.source}"
        if level is AgencyLevel.TOWNSHIP and primary.source == FORMAT_2019_NUMBER:
            note += (
                "（该通知要求各行政机关法定报告时限比以往提前两个月：2007年条例第三十一条的3月31日提前为1月31日；"
                "街道办事处按乡镇办理）"
            )
        elif level is AgencyLevel.TOWNSHIP and primary.basis == "notice":
            note += "（该通知对乡镇作出规定，未列明街道办事处，按乡镇办理）"
    return ReportDeadline(
        level=level,
        year=year,
        regime=regime,
        rule_set=rules.name,
        deadline=primary.on(year),
        duty=primary.duty,
        article=primary.article,
        source=primary.source,
        basis=primary.basis,
        chain=chain,
        note=note,
    )


def _primary(level: AgencyLevel, year: int, rules: RuleSet, candidates: list[ReportDate]) -> ReportDate:
    by_basis: dict[str, ReportDate] = {}
    for item in candidates:
        by_basis[item.basis] = item  # later entries (the rule set's own) win within a basis
    statutory = by_basis.get("regulation")
    configured = by_basis.get("configuration")
    if configured is not None:
        if statutory is not None and configured.on(year) > statutory.on(year):
            raise RuleSetError(
                f"rule set {rules.name!r} gives {level.value} {configured.on(year)} for the report on {year}, later "
                f"than {statutory.on(year)} set by {statutory.source}{statutory.article}; a rule set may only set "
                "an earlier date",
                code="rules.loosens_statutory_limit",
                message_zh=f"规则集“{rules.name}”规定{level.value}{year}年度报告于{chinese_date(configured.on(year))}前公布，"
                f"晚于{statutory.source}{statutory.article}规定的{chinese_date(statutory.on(year))}；规则集只能提前，不能推后",
            )
        return configured
    chosen = statutory or by_basis.get("notice")
    if chosen is None:
        raise DeadlineError(
            f"field agency_level: no regulation or notice gives a report date for {level.value} on {year}; "
            f"add one to the rule set's report_dates (rule set {rules.name!r})",
            code="deadline.report_level_unconfigured",
            field="agency_level",
            message_zh=f"没有条例或通知规定{level.value}{year}年度报告的公布期限，请在规则集“{rules.name}”的"
            "报告日期（report_dates）中补充",
        )
    return chosen
