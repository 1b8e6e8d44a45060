"""What the validation rules share: the sources they cite and the table 三 cell reference."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Final, Literal

from disclosure_rules._findings import CellRef
from disclosure_rules._labels import TABLE3_COLUMNS, TABLE3_TOTAL_COLUMN, table3_rows

if TYPE_CHECKING:
    from disclosure_rules._labels import Table3Row

SOURCE_TABLE3_NOTE: Final = "表三注：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"
SOURCE_TOTAL_BY_CONSTRUCTION: Final = "总计栏为其各组成部分之和（表格结构）"
SOURCE_PLAUSIBILITY: Final = "disclosure_rules 合理性检查（非法定规则）"
SOURCE_LEGACY: Final = "叙述式年度报告：分项之和应等于总数，占比应等于分项除以总数"

TOTAL_COLUMN_INDEX: Final = TABLE3_COLUMNS.index(TABLE3_TOTAL_COLUMN)


def reported_year(start: date, end: date) -> int:
    """The year a statistics period reports on: the calendar year holding most of its days (the first on a tie).

    A calendar-year period is its one year. A school year (高等学校信息公开办法: the report on the 学年 ending in
    August is published by the end of October) spans two and is named by the year it ends in, which holds eight of
    its twelve months ("自2016年9月1日起至2017年8月31日止" is the 2017 report, round 48); a period written one day past
    the year's end ("2024年1月1日至2025年1月1日") stays the year it covers.
    """
    if start.year == end.year:
        return start.year
    days_in_first = (date(start.year, 12, 31) - start).days + 1
    days_in_last = (end - date(end.year, 1, 1)).days + 1
    return end.year if days_in_last > days_in_first else start.year


@cache  # a few hundred cells exist; a CellRef is frozen, so one instance per cell serves every finding
def ref3(row: Table3Row, column_index: int) -> CellRef:
    """The table 三 cell in ``row`` and the column at ``column_index``."""
    return CellRef(table="表三", row=row.canonical_label, column=TABLE3_COLUMNS[column_index].label)


@cache  # one per format: a blank cell's address is then an index, not a hash of its row spec (a dataclass of six fields)
def table3_refs(report_format: Literal["2021", "2019"]) -> tuple[tuple[CellRef, ...], ...]:
    """Every table 三 cell of a format, row by row in official order, each row's seven in column order (``ref3``'s)."""
    return tuple(
        tuple(ref3(row, index) for index in range(len(TABLE3_COLUMNS))) for row in table3_rows(report_format)
    )
