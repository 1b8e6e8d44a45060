"""Issue 12, after blind set 18's one measurement: its error false alarm and its two table 二 cells read wrong.

(a) a list of categories runs on over clauses ended by ；— a part without 类 in a later clause is still one of its
parts, so the categories read are not the whole list and are not added up (``pingtan_nyn_2018``: …应急管理类1条，
占1.47%；…河长制专栏10条，占14.70%。 gave an error, 58 against 68); (b) a count glued to the signed change after it
(``行政事业性收费16减12``, 2019 table 二) is two cells, never one run of digits to cut (it was read 1 and 6). Each
property fails on the code before the fix; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, codes_of, legacy_page

CATEGORIES = ["工作动态类", "公示公告类", "财政资金类", "安全生产类", "应急管理类"]
UNTYPED = ["河长制专栏", "规范性文件", "人事任免", "通知公告"]


def _clauses(parts: list[tuple[str, int]], total: int) -> str:
    """``…类N条，占x%；`` clause by clause, the last ending in 。."""
    clauses = [f"{label}{count}条，占{count * 100 / total:.2f}%" for label, count in parts]
    return "；".join(clauses) + "。"


class TestAListRunsOnOverClauses:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=st.lists(st.integers(1, 99), min_size=2, max_size=5),
        untyped=st.integers(1, 99),
        name=st.sampled_from(UNTYPED),
    )
    def test_a_part_without_lei_in_a_later_clause_keeps_the_list_unchecked(
        self, year: int, parts: list[int], untyped: int, name: str
    ) -> None:
        """``pingtan_nyn_2018``: 68条信息中，工作动态类12条，占17.64%；…；河长制专栏10条，占14.70%。 — no error."""
        total = sum(parts) + untyped
        listed = [*zip(CATEGORIES, parts, strict=False), (name, untyped)]
        page = legacy_page(year, f"{year}年我局主动公开的{total}条信息中，{_clauses(listed, total)}")
        assert "legacy.count_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=st.lists(st.integers(1, 99), min_size=2, max_size=5),
        outside=st.integers(1, 99),
    )
    def test_guard_categories_over_clauses_that_miss_their_total_are_an_error(
        self, year: int, parts: list[int], outside: int
    ) -> None:
        """Guard: every clause's part a 类, the list ended by 。, the parts short of the total — an error."""
        total = sum(parts) + outside
        assume(sum(parts) * 2 >= total)  # under half the total with no remainder named reads as a selection
        listed = list(zip(CATEGORIES, parts, strict=False))
        page = legacy_page(year, f"{year}年我局主动公开的{total}条信息中，{_clauses(listed, total)}")
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)


def _page_2019(fee_row: str) -> str:
    """A flattened 2019-format report (tables run together as a crawler copies them) with the fee row given."""
    return (
        "某县某局2019年政府信息公开工作年度报告 一、总体情况 2019年，我局认真落实条例。"
        "二、主动公开政府信息情况 第二十条第（一）项信息内容本年新 制作数量本年新 公开数量对外公开总数量"
        "规章000规范性文件000第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可000"
        "其他对外管理服务事项000第二十条第（六）项信息内容上一年项目数量本年增/减处理决定数量行政处罚000"
        "行政强制000第二十条第（八）项信息内容上一年项目数量本年增/减"
        f"行政事业性收费{fee_row}第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购00"
        " 三、收到和处理政府信息公开申请情况 本年度未收到政府信息公开申请。"
    )


def _fee_cells(page: str) -> tuple[object, object]:
    table2 = audited(page).tables["table2"]
    return table2.get("行政事业性收费.上一年项目数量"), table2.get("行政事业性收费.本年增/减")


class TestASignedChangeGluedToItsCount:
    @SETTINGS
    @given(
        count=st.integers(0, 999),
        change=st.integers(1, 999),
        sign=st.sampled_from([("减", -1), ("增", 1), ("减少", -1), ("增加", 1)]),
    )
    def test_a_count_glued_to_its_signed_change_is_two_cells(
        self, count: int, change: int, sign: tuple[str, int]
    ) -> None:
        """``行政事业性收费16减12``: 上一年项目数量 16, 本年增/减 −12 — never 1 and 6."""
        word, factor = sign
        assert _fee_cells(_page_2019(f"{count}{word}{change}")) == (count, factor * change)

    @SETTINGS
    @given(count=st.integers(0, 999), change=st.integers(0, 999))
    def test_guard_two_spaced_cells_stay_two_cells(self, count: int, change: int) -> None:
        """Guard: ``行政事业性收费16 3`` is read as written."""
        assert _fee_cells(_page_2019(f"{count} {change}")) == (count, change)
