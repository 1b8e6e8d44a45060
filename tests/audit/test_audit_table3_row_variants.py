"""Table 三's rows printed in a variant wording, found as that row (round 30, blind 28's ``pingtan_scj_2025``).

``7.属于行政执法案件`` for the official ``7.属于行政执法案卷``: the label was not found inside the glued line, so its
digits and the row before it (``6.属于四类过程性信息0000000``) ran into one piece of text and both rows went unread.
The variant wordings are data (``_T3_ROW_VARIANTS`` in the label index), each naming one row only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit
from disclosure_rules._audit._labels_index import INDEX, lookup, segment_pattern
from disclosure_rules._labels import table3_rows
from disclosure_rules._text import label_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from disclosure_rules._validation import Finding

ROWS = table3_rows("2021")
VARIANT = "属于行政执法案件"
OPENING = (
    "青山镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n2025年，我镇认真贯彻落实《条例》。\n"
    "二、主动公开政府信息情况\n第二十条第（一）项 | | |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n"
)
HEAD = "三、收到和处理政府信息公开申请情况申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他"


def glued_table3(rows: dict[str, list[int]], *, variant: bool, after: str = "") -> str:
    """Table 三 flattened into one line, every label glued to its row's digits; row 7 in the variant wording."""
    line = HEAD
    groups: set[str] = set()
    for row in ROWS:
        if row.code == "granted":
            line += "三、本年度办理结果"
        if row.group is not None and row.group.code not in groups:
            groups.add(row.group.code)
            line += row.group.number + row.group.title
        title = VARIANT if variant and row.code == "withheld_enforcement_case_file" else row.title
        line += row.number + title + "".join(str(n) for n in rows[row.code])
    return OPENING + line + after + "\n"


def table3_rows_unread(findings: Sequence[Finding]) -> str:
    """The note on unread rows, when it names a row of table 三 (the pages here have no table 四)."""
    notes = [f.message for f in findings if f.code == "audit.rows_not_found" and "表三" in f.message]
    return "".join(notes)


@st.composite
def one_digit_tables(draw: st.DrawFn) -> dict[str, list[int]]:
    """A consistent table 三 whose every cell is one digit (so every row cuts one way only)."""
    outcome = [row.code for row in ROWS if row.kind.value == "outcome"]
    rows = {code: [0] * 7 for code in (row.code for row in ROWS)}
    budget = 9
    for code in draw(st.lists(st.sampled_from(outcome), max_size=4, unique=True)):
        natural = draw(st.integers(0, min(budget, 3)))
        budget -= natural
        rows[code] = [natural, 0, 0, 0, 0, 0, natural]
    rows["total"] = [sum(rows[code][column] for code in outcome) for column in range(7)]
    rows["new_received"] = rows["total"]
    return rows


def test_the_variant_names_its_row_only() -> None:
    assert [m.code for m in INDEX[label_key(VARIANT)]] == ["withheld_enforcement_case_file"]
    found = lookup("7." + VARIANT)
    assert found is not None
    assert not found.fuzzy
    glued = "6.属于四类过程性信息00000007.属于行政执法案件3000003"
    assert [m.group(0) for m in segment_pattern().finditer(glued)] == ["6.属于四类过程性信息", VARIANT]


@settings(max_examples=25, deadline=None)
@given(rows=one_digit_tables(), variant=st.booleans())
def test_every_row_is_read_whichever_wording(rows: dict[str, list[int]], *, variant: bool) -> None:
    """With the variant or the official wording, rows 6 and 7 and every other row are read, each cell right."""
    result = audit(glued_table3(rows, variant=variant), source="p")
    assert result.tables["table3"] == [rows[row.code] for row in ROWS]
    assert not table3_rows_unread(result.findings)


def test_a_wording_that_is_no_variant_is_still_not_read() -> None:
    """A wording outside the table (``属于行政执法信息``) is not taken for row 7: that row stays unread."""
    rows = {row.code: [0] * 7 for row in ROWS}
    page = glued_table3(rows, variant=True).replace(VARIANT, "属于行政执法信息")
    result = audit(page, source="p")
    index = next(i for i, row in enumerate(ROWS) if row.code == "withheld_enforcement_case_file")
    assert all(cell is None for cell in result.tables["table3"][index])
    assert "7.属于行政执法案卷" in table3_rows_unread(result.findings)
