"""A bad row whose applicant type is not recognised is described in the classifier's words for the same problem,
held once in the messages module (``_messages.py``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._aggregate._errors import BadRow, RowProblem
from disclosure_rules._messages import ERROR_MESSAGES_ZH

SOURCES = st.sampled_from(["申请台账.csv", "records.jsonl", "2024年登记.xlsx"])


@given(
    source=SOURCES,
    line=st.integers(1, 10_000),
    column=st.sampled_from([None, "申请人类型", "applicant_type"]),
)
def test_an_unrecognised_applicant_is_described_as_the_classifier_says(
    source: str, line: int, column: str | None
) -> None:
    row = BadRow(source, line, column, "applicant", "unknown applicant type")
    assert row.describe_zh().endswith(f"：{ERROR_MESSAGES_ZH['classify.unknown_applicant_type']}")


@given(text=st.text(min_size=1, max_size=20))
def test_a_date_cell_that_is_no_date_says_how_to_write_one_as_every_reader_does(text: str) -> None:
    problem = RowProblem.not_a_date("申请日期", text, ValueError("no date"))
    assert problem.message_zh == f"“{text}”不是日期（应写作 2024-09-27 或 2024年9月27日）"
