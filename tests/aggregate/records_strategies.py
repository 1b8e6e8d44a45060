"""Hypothesis strategies for request and item records around a report year (aggregate tests only)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Final

from hypothesis import strategies as st

from disclosure_rules._aggregate._matching import OUTCOME_CODES, OUTCOME_ROWS
from disclosure_rules._labels import ApplicantType
from disclosure_rules._records import InformationRequest, ProactiveItem

YEAR: Final = 2022
FIRST_DAY: Final = dt.date(YEAR - 1, 10, 1)
LAST_DAY: Final = dt.date(YEAR + 1, 2, 28)

days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)


@st.composite
def requests(draw: st.DrawFn, index: int | None = None) -> InformationRequest:
    """A request received around YEAR; closed (with an outcome) or still open."""
    received = draw(days)
    closed = draw(st.none() | st.dates(min_value=received, max_value=received + dt.timedelta(days=90)))
    outcome = draw(st.sampled_from(OUTCOME_CODES)) if closed is not None else None
    return InformationRequest(
        id=f"R{index if index is not None else draw(st.integers(0, 10**6))}",
        received=received,
        applicant_type=draw(st.sampled_from(list(ApplicantType))),
        outcome=outcome,
        closed=closed,
    )


request_lists = st.lists(requests(), max_size=40)


@st.composite
def items(draw: st.DrawFn) -> ProactiveItem:
    """An item formed around YEAR, published (after formation) or not."""
    formed = draw(days)
    published = draw(st.none() | st.dates(min_value=formed, max_value=formed + dt.timedelta(days=60)))
    return ProactiveItem(
        id=f"I{draw(st.integers(0, 10**6))}",
        title="标题",
        formed=formed,
        published=published,
        category=draw(st.none() | st.sampled_from(["行政规范性文件", "规划计划", "财政预决算"])),
        channels=tuple(draw(st.lists(st.sampled_from(["政府网站", "公共查阅点"]), max_size=2, unique=True))),
    )


def requests_csv(records: list[InformationRequest], *, labels: bool = True) -> bytes:
    """The records as a CSV export with Chinese headers (outcome and applicant as printed labels)."""
    label_of = {row.code: row.title for row in OUTCOME_ROWS}
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["编号", "收到日期", "申请人类型", "办理结果", "办结日期"])
    for record in records:
        outcome = record.outcome or ""
        writer.writerow(
            [
                record.id,
                record.received.isoformat(),
                record.applicant_type.value if record.applicant_type else "",
                label_of[outcome] if labels and outcome else outcome,
                record.closed.isoformat() if record.closed else "",
            ]
        )
    return buffer.getvalue().encode("utf-8")
