"""Timeliness of publication: the date a page states against the date its agency's report was due.

The due date is :func:`disclosure_rules.report_deadline`'s, for the agency's level and the report's year (第四十九条:
departments and townships by 31 January, governments by 31 March; 2007 第三十一条: everyone by 31 March). The
level is either given by the user (a list of the agencies supervised, with their levels: the finding is an error)
or inferred from the agency's name (…局 / …委员会 a department, …县人民政府 / …市人民政府办公室 the government's
own report, …镇 / …街道办事处 a township): an inference can be wrong, so the finding is then a warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

from disclosure_rules._deadlines import DeadlineError, report_deadline
from disclosure_rules._formatting import chinese_date
from disclosure_rules._models import AgencyLevel
from disclosure_rules._validation import Finding, Severity

if TYPE_CHECKING:
    import datetime as dt

LATE_CODE: Final = "audit.published_late"
LevelSource = Literal["given", "inferred"]
_SEVERITY: Final[dict[LevelSource, Severity]] = {"given": Severity.ERROR, "inferred": Severity.WARNING}
_HOW_KNOWN: Final[dict[LevelSource, str]] = {
    "given": "机关层级取自机关名录",
    "inferred": "机关层级由机关名称推断，请核对",
}


def late_publication(
    published: dt.date | None, level: AgencyLevel | None, source: LevelSource | None, year: int | None
) -> Finding | None:
    """The ``audit.published_late`` finding when the page was published after its due date; else ``None``.

    Nothing is said when the page states no date, the level is unknown (``其他``) or no rule gives the level a
    date for that year (a township's report before the 30号 notice).
    """
    if published is None or level is None or level is AgencyLevel.OTHER or source is None or year is None:
        return None
    try:
        due = report_deadline(level, year)
    except DeadlineError:
        return None
    if published <= due.deadline:
        return None
    days = (published - due.deadline).days
    return Finding(
        code=LATE_CODE,
        severity=_SEVERITY[source],
        message=(
            f"页面标明的发布日期{chinese_date(published)}晚于{level.value}{year}年度报告的公布期限"
            f"{chinese_date(due.deadline)}（{due.source}{due.article}），迟{days}天；{_HOW_KNOWN[source]}。"
        ),
        expected=due.deadline.isoformat(),
        actual=published.isoformat(),
        source=f"{due.source}{due.article}",
        location="发布时间",
    )
