"""Table 三 row labels a PDF wrapped over several lines: joined back only when they spell an official label."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import audit
from disclosure_rules._audit._wrapped import repair_wrapped_labels
from disclosure_rules._labels import table3_rows

ROWS_2021 = [spec.label for spec in table3_rows("2021")]

# As pypdf's layout mode prints table 三 of a real report: labels cut by the narrow label column, the group
# column's words cut into the same lines, a non-breaking space before a last figure.
PRINTED = """一、本年新收政府信息公开申请数       64    0 0  2   0    4   70
量
  二、上年结转政府信息公开申请      0     0 0  0   0    0   0
数量

三、本  （一）予以公开          27   0  0  2   0    1    30
年度办  （二）部分公开（区分处理
理结果  的，只计这一情形，不计其     5    0  0  0   0    0   \u00a05
     他情形）

     （三）  1.属于国家秘密    0    0  0  0   0    0   0
     不予公  2.其他法律行政
     开    法规禁止公开      0    0  0  0   0    0   0
          5.要求行政机关
          确认或重新出具    0     0  0  0  0     0  0
          已获取信息
"""


def test_wrapped_labels_are_joined_onto_their_numbers() -> None:
    repaired = repair_wrapped_labels(PRINTED).splitlines()
    assert (
        "一、本年新收政府信息公开申请数量  64  0  0  2  0  4  70" in repaired
    )  # one gap between the figures
    assert "二、上年结转政府信息公开申请数量  0  0  0  0  0  0  0" in repaired
    assert any(
        line.startswith("（二）部分公开（区分处理的，只计这一情形，不计其他情形）     5") for line in repaired
    )
    assert any(line.startswith("2.其他法律行政法规禁止公开      0") for line in repaired)
    assert any(line.startswith("5.要求行政机关确认或重新出具已获取信息    0") for line in repaired)
    assert "量" not in repaired
    assert "     他情形）" not in repaired


def test_text_without_wrapped_labels_is_unchanged() -> None:
    text = "一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3\n全年共收到申请3件。\n量\n3.其他  1  0  0  0  0  0  1\n"
    assert repair_wrapped_labels(text) == text


def test_a_join_that_spells_no_label_is_not_made() -> None:
    text = "一、本年新收政府信息公开申请数       64    0  0  2   0    4   70\n其他说明\n"
    assert repair_wrapped_labels(text) == text


@settings(max_examples=60, deadline=None)
@given(
    row=st.sampled_from(ROWS_2021),
    cut=st.integers(min_value=1, max_value=30),
    values=st.lists(st.integers(min_value=0, max_value=999), min_size=6, max_size=6),
    gap=st.sampled_from(["  ", "    ", "\t\t"]),
)
def test_any_label_cut_anywhere_is_put_back(row: str, cut: int, values: list[int], gap: str) -> None:
    cut = min(cut, len(row) - 1) if len(row) > 1 else 1
    head, tail = row[:cut], row[cut:]
    numbers = gap.join(str(value) for value in [*values, sum(values)])
    printed = f"{head}{gap}{numbers}\n{tail}\n"
    repaired = repair_wrapped_labels(printed)
    own_label = head in ROWS_2021
    tail_is_numberless_text = (
        any("\u4e00" <= char <= "\u9fff" for char in tail) and not tail.strip().isdigit()
    )
    if own_label or not tail_is_numberless_text:
        assert repaired == printed
    else:
        assert repaired == f"{row}{gap}{numbers}\n"


def test_a_report_printed_with_wrapped_labels_is_read() -> None:
    heading = "三、收到和处理政府信息公开申请情况\n申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
    result = audit("某县某局2022年政府信息公开工作年度报告\n" + heading + PRINTED)
    assert result.tables["table3"][:6] == [
        [64, 0, 0, 2, 0, 4, 70],
        [0, 0, 0, 0, 0, 0, 0],
        [27, 0, 0, 2, 0, 1, 30],
        [5, 0, 0, 0, 0, 0, 5],
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
    ]
