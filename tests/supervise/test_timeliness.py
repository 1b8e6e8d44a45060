"""Late publication: the stated date against report_deadline for the agency's level and the report's year."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import AgencyLevel, DeadlineError, Severity, report_deadline
from disclosure_rules._supervise import LATE_CODE, late_publication

LEVELS = st.sampled_from([level for level in AgencyLevel if level is not AgencyLevel.OTHER])


@given(
    level=LEVELS,
    year=st.integers(2008, 2030),
    offset=st.integers(-400, 400),
    source=st.sampled_from(["given", "inferred"]),
)
def test_late_exactly_when_published_after_the_due_date(
    level: AgencyLevel, year: int, offset: int, source: str
) -> None:
    """第四十九条 (2007: 第三十一条): the report is published by the due date of its level; later is late."""
    try:
        due = report_deadline(level, year).deadline
    except DeadlineError:
        assert late_publication(dt.date(year + 1, 6, 1), level, "given", year) is None
        return
    published = due + dt.timedelta(days=offset)
    finding = late_publication(published, level, "given" if source == "given" else "inferred", year)
    if offset <= 0:
        assert finding is None
        return
    assert finding is not None
    assert finding.code == LATE_CODE
    assert finding.expected == due.isoformat()
    assert finding.actual == published.isoformat()
    assert f"迟{offset}天" in finding.message
    # A level read from the agency's name may be wrong: only a given level makes it an error.
    assert finding.severity is (Severity.ERROR if source == "given" else Severity.WARNING)


def test_departments_by_31_january_governments_by_31_march() -> None:
    published = dt.date(2023, 2, 20)
    assert late_publication(published, AgencyLevel.GOVERNMENT_DEPARTMENT, "inferred", 2022) is not None
    assert late_publication(published, AgencyLevel.COUNTY_GOVERNMENT, "inferred", 2022) is None


def test_nothing_without_a_date_or_a_level() -> None:
    assert late_publication(None, AgencyLevel.TOWNSHIP, "inferred", 2022) is None
    assert late_publication(dt.date(2030, 1, 1), None, None, 2022) is None
    assert late_publication(dt.date(2030, 1, 1), AgencyLevel.OTHER, "inferred", 2022) is None
