"""Shared hypothesis strategies: reports that satisfy the format's identities by construction."""

from __future__ import annotations

from typing import Literal

from hypothesis import strategies as st

from disclosure_rules._labels import RowKind, table3_rows
from disclosure_rules._models import (
    Agency,
    AgencyLevel,
    AnnualReport2019,
    AnnualReport2021,
    RequestsTable2019,
    RequestsTable2021,
    ReviewLitigationTable,
)

APPLICANT_COLUMNS = 6
small_counts = st.integers(min_value=0, max_value=40)


@st.composite
def consistent_table3_matrix(
    draw: st.DrawFn, report_format: Literal["2021", "2019"] = "2021"
) -> list[list[int]]:
    """Rows × 7 in official order, built the way requests flow: closed ones land in one outcome row each."""
    rows = table3_rows(report_format)
    outcome_rows = [row for row in rows if row.kind is RowKind.OUTCOME]
    outcomes = {row.code: [draw(small_counts) for _ in range(APPLICANT_COLUMNS)] for row in outcome_rows}
    closed = [sum(values[c] for values in outcomes.values()) for c in range(APPLICANT_COLUMNS)]
    carried_forward = [draw(small_counts) for _ in range(APPLICANT_COLUMNS)]
    # Split (closed + carried_forward) between 本年新收 and 上年结转.
    carried_over = [
        draw(st.integers(min_value=0, max_value=closed[c] + carried_forward[c]))
        for c in range(APPLICANT_COLUMNS)
    ]
    new = [closed[c] + carried_forward[c] - carried_over[c] for c in range(APPLICANT_COLUMNS)]
    by_kind = {
        RowKind.NEW: new,
        RowKind.CARRIED_OVER: carried_over,
        RowKind.TOTAL: closed,
        RowKind.CARRIED_FORWARD: carried_forward,
    }
    matrix = []
    for row in rows:
        values = outcomes[row.code] if row.kind is RowKind.OUTCOME else by_kind[row.kind]
        matrix.append([*values, sum(values)])
    return matrix


@st.composite
def consistent_table4_values(draw: st.DrawFn) -> list[int]:
    """15 numbers: three groups whose 总计 is the sum of its four results."""
    values: list[int] = []
    for _ in range(3):
        parts = [draw(small_counts) for _ in range(4)]
        values.extend([*parts, sum(parts)])
    return values


agencies = st.builds(
    Agency,
    name=st.text(alphabet="青山县镇街道人民政府办公室局委", min_size=2, max_size=20),
    level=st.sampled_from(list(AgencyLevel)),
    region_code=st.none() | st.from_regex(r"\d{6}", fullmatch=True),
)


@st.composite
def consistent_reports_2021(draw: st.DrawFn) -> AnnualReport2021:
    """A 2021-format report whose tables satisfy every mandatory identity."""
    return AnnualReport2021(
        agency=draw(agencies),
        year=draw(st.integers(min_value=2021, max_value=2030)),
        requests=RequestsTable2021.from_matrix(draw(consistent_table3_matrix("2021"))),
        review_litigation=ReviewLitigationTable.from_values(draw(consistent_table4_values())),
        problems_and_improvements=draw(st.text(max_size=30)),
        other_matters=draw(st.text(max_size=30)),
    )


@st.composite
def consistent_reports_2019(draw: st.DrawFn) -> AnnualReport2019:
    """A 2019 trial-format report whose tables satisfy every mandatory identity."""
    return AnnualReport2019(
        agency=draw(agencies),
        year=draw(st.integers(min_value=2019, max_value=2020)),
        requests=RequestsTable2019.from_matrix(draw(consistent_table3_matrix("2019"))),
        review_litigation=ReviewLitigationTable.from_values(draw(consistent_table4_values())),
    )
