"""Table 二: a signed change written with a sign and glued to the count before it (round 27, blind 25).

``pingtan_jtj_2020``'s flattened row ``行政事业性收费15-15`` (上一年项目数量 15, 本年增/减 -15) was cut as 1 and 5. The
sign starts the signed change, so it is a cell boundary, as 减/增 are (round 19, ``16减12``). A run the sign leaves
ambiguous (``行政许可88-720``: -72 | 0 or -7 | 20) stays unread.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._tables import _signed_change_cut
from tests.audit.messy import SETTINGS, audited


def _page_2019(licence_row: str, fee_row: str) -> str:
    """A flattened 2019-format report (its tables run together, as a crawler copies them) with two rows given."""
    return (
        "某县某局2019年政府信息公开工作年度报告 一、总体情况 2019年，我局认真落实条例。"
        "二、主动公开政府信息情况 第二十条第（一）项信息内容本年新 制作数量本年新 公开数量对外公开总数量"
        "规章000规范性文件000第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量"
        f"行政许可{licence_row}"
        "其他对外管理服务事项000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚000"
        "行政强制000第二十条第（八）项信息内容上一年项目数量本年增/减"
        f"行政事业性收费{fee_row}第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购00"
        " 三、收到和处理政府信息公开申请情况 本年度未收到政府信息公开申请。"
    )


def _row(page: str, row: str, columns: tuple[str, ...]) -> tuple[object, ...]:
    table2 = audited(page).tables["table2"]
    return tuple(table2.get(f"{row}.{column}") for column in columns)


_FEE = ("上一年项目数量", "本年增/减")
_LICENCE = ("上一年项目数量", "本年增/减", "处理决定数量")


@SETTINGS
@given(count=st.integers(0, 999), change=st.integers(1, 999), sign=st.sampled_from([("-", -1), ("+", 1)]))
def test_a_count_glued_to_its_signed_change_is_two_cells(
    count: int, change: int, sign: tuple[str, int]
) -> None:
    """``行政事业性收费15-15``: 上一年项目数量 15, 本年增/减 -15 — never 1 and 5."""
    mark, factor = sign
    page = _page_2019("000", f"{count}{mark}{change}")
    assert _row(page, "行政事业性收费", _FEE) == (count, factor * change)


@SETTINGS
@given(count=st.integers(0, 999), change=st.integers(1, 999), decided=st.integers(0, 999))
def test_every_cut_re_joins_to_the_page_s_digits_and_keeps_the_sign(
    count: int, change: int, decided: int
) -> None:
    """``行政许可88-720``: whatever is read re-joins to the digits, the change keeps its sign; else nothing is read."""
    written = f"{count}-{change}{decided}"
    cells = _row(_page_2019(written, "000"), "行政许可", _LICENCE)
    if cells == (None, None, None):
        return
    assert None not in cells
    first, signed, last = cells
    assert isinstance(first, int)
    assert isinstance(signed, int)
    assert isinstance(last, int)
    assert signed < 0
    assert f"{first}{signed}{last}" == written


def test_the_blind_row_is_read_and_the_ambiguous_run_left_unread() -> None:
    page = _page_2019("88-720", "15-15")
    assert _row(page, "行政事业性收费", _FEE) == (15, -15)
    assert _row(page, "行政许可", _LICENCE) == (None, None, None)
    assert "audit.ambiguous_digits" in {finding.code for finding in audited(page).findings}


@SETTINGS
@given(count=st.integers(0, 999), change=st.integers(0, 999))
def test_guard_two_spaced_cells_stay_two_cells(count: int, change: int) -> None:
    """Guard: ``行政事业性收费15 -15`` is read as written (on the code before this round too)."""
    assert _row(_page_2019("000", f"{count} -{change}"), "行政事业性收费", _FEE) == (count, -change)


@given(st.text(alphabet="0123456789-+减增少加x年 ", max_size=16))
def test_gate_the_cut_re_joins_and_a_sign_is_never_split_from_its_digits(piece: str) -> None:
    parts = list(_signed_change_cut(piece))
    assert "".join(parts) == piece
    if not any(mark in piece for mark in "减增-+"):
        assert parts == [piece]
    for before, part in itertools.pairwise(parts):
        assert before[-1:].isdigit()
        assert re.match(r"(?:减少|增加|减|增|[+-])\d", part)
