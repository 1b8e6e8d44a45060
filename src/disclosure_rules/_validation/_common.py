"""What the validation rules share: the sources they cite and the table 三 cell reference."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Final

from disclosure_rules._findings import CellRef
from disclosure_rules._labels import TABLE3_COLUMNS, TABLE3_TOTAL_COLUMN

if TYPE_CHECKING:
    from disclosure_rules._labels import Table3Row

SOURCE_TABLE3_NOTE: Final = "表三注：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"
SOURCE_TOTAL_BY_CONSTRUCTION: Final = "总计栏为其各组成部分之和（表格结构）"
SOURCE_PLAUSIBILITY: Final = "disclosure_rules 合理性检查（非法定规则）"
SOURCE_LEGACY: Final = "叙述式年度报告：分项之和应等于总数，占比应等于分项除以总数"

TOTAL_COLUMN_INDEX: Final = TABLE3_COLUMNS.index(TABLE3_TOTAL_COLUMN)


@cache  # a few hundred cells exist; a CellRef is frozen, so one instance per cell serves every finding
def ref3(row: Table3Row, column_index: int) -> CellRef:
    """The table 三 cell in ``row`` and the column at ``column_index``."""
    return CellRef(table="表三", row=row.canonical_label, column=TABLE3_COLUMNS[column_index].label)
