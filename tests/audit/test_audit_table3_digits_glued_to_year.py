"""A row's digits glued to the year the prose after the table opens with (round 30, blind 28's ``pingtan_scj_2025``).

``四、结转下年度继续办理20000022025年，我局共收到…``: the run ``20000022025`` before 年 was taken for a count in a
sentence, and the row went unread. A run of digits that ends in a year (19xx/20xx) right before 年 is now the row's
digits and the year: the digits are cut as any glued run is (one cut only, or unread). The rows of table 三 that cut
several ways by their own sums are then cut by the columns (``110000011``: 11|…|11 or 1|10|…|11), at less than sure
confidence and with a note.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from disclosure_rules._labels import table3_rows
from tests.audit.test_audit_table3_row_variants import glued_table3

ROWS = table3_rows("2021")
SURE = 0.9
PROSE = "{year}年，我局共收到公民、法人及其他组织提出的政府信息公开申请{count}件。\n五、存在的主要问题及改进情况\n无。"


def _index(code: str) -> int:
    return next(i for i, row in enumerate(ROWS) if row.code == code)


def _rows(forward: int, handled: int) -> dict[str, list[int]]:
    rows = {row.code: [0] * 7 for row in ROWS}
    rows["granted"] = [handled, 0, 0, 0, 0, 0, handled]
    rows["total"] = rows["granted"]
    rows["carried_forward"] = [forward, 0, 0, 0, 0, 0, forward]
    rows["new_received"] = [handled + forward, 0, 0, 0, 0, 0, handled + forward]
    return rows


@settings(max_examples=30, deadline=None)
@given(forward=st.integers(0, 30), handled=st.integers(0, 30), year=st.integers(1990, 2029))
def test_the_last_row_is_read_right_or_left_unread(forward: int, handled: int, year: int) -> None:
    """Whatever the counts and the year, the row before the year is its own or unread; one-digit rows are read."""
    rows = _rows(forward, handled)
    prose = PROSE.format(year=year, count=handled + forward)
    result = audit(glued_table3(rows, variant=False, after=prose), source="p")
    read = result.tables["table3"][_index("carried_forward")]
    assert all(got is None or got == want for got, want in zip(read, rows["carried_forward"], strict=True))
    if forward < 10:  # one digit a cell: the run cuts one way only
        assert read == rows["carried_forward"]


@settings(max_examples=20, deadline=None)
@given(forward=st.integers(0, 9), tail=st.sampled_from(["2025件", "25年", "2025", "1225年度"]))
def test_digits_not_ending_in_a_year_are_not_cut(forward: int, tail: str) -> None:
    """A run with no year before 年 (``…2025件``, ``…25年``, ``…1225年度``, a bare run) is never cut into a wrong row."""
    rows = _rows(forward, 0)
    after = f"{tail}，我局依法办理。"
    result = audit(glued_table3(rows, variant=False, after=after), source="p")
    read = result.tables["table3"][_index("carried_forward")]
    assert all(got is None or got == want for got, want in zip(read, rows["carried_forward"], strict=True))


def test_the_blind_28_table_is_read_whole() -> None:
    """``pingtan_scj_2025``'s table 三: the variant row 7, the 110000011 row cut by the columns, 四 before 2025年."""
    rows = {row.code: [0] * 7 for row in ROWS}
    rows["new_received"] = [21, 0, 0, 0, 0, 0, 21]
    rows["granted"] = [1, 0, 0, 0, 0, 0, 1]
    rows["partially_granted"] = [11, 0, 0, 0, 0, 0, 11]
    rows["withheld_enforcement_case_file"] = [3, 0, 0, 0, 0, 0, 3]
    rows["other_no_correction"] = [2, 0, 0, 0, 0, 0, 2]
    rows["other_fee_unpaid"] = [2, 0, 0, 0, 0, 0, 2]
    rows["total"] = [19, 0, 0, 0, 0, 0, 19]
    rows["carried_forward"] = [2, 0, 0, 0, 0, 0, 2]
    result = audit(glued_table3(rows, variant=True, after=PROSE.format(year=2025, count=21)), source="p")
    assert result.tables["table3"] == [rows[row.code] for row in ROWS]
    codes = [finding.code for finding in result.findings]
    assert "audit.digits_split_by_columns" in codes
    assert "audit.ambiguous_digits" not in codes
    partial = [value for key, value in result.cell_confidence.items() if key.startswith("表三/三、（二）")]
    assert partial
    assert all(confidence < SURE for confidence in partial)
