"""The text of the 填报说明 sheet: what goes where, and the identities ``validate`` checks, from its rules."""

from __future__ import annotations

from typing import Final

from disclosure_rules._labels import (
    TABLE3_APPLICANT_COLUMNS,
    TABLE3_TOTAL_COLUMN,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
    RowKind,
    table2_cells,
    table3_row,
    table3_rows,
)
from disclosure_rules._sources import FORMAT_2021_SOURCE, REPORT_NAME
from disclosure_rules._validation import (
    OVERVIEW_MAX_CHARACTERS,
    SOURCE_TABLE3_NOTE,
    SOURCE_TOTAL_BY_CONSTRUCTION,
)
from disclosure_rules._workbook._layout import FEE_DECIMALS, GUIDE_SHEET, INFO_SHEET, TABLE_SHEETS

GUIDE_TITLE: Final = f"{REPORT_NAME}数据填报说明"


def guide_lines() -> list[tuple[str, str]]:
    """The sheet's lines as (heading, text); a heading starts a block, an empty heading continues it."""
    rows = table3_rows("2021")
    new, carried, total, forward = (
        table3_row(code) for code in ("new_received", "carried_over", "total", "carried_forward")
    )
    outcomes = [row for row in rows if row.kind is RowKind.OUTCOME]
    applicants = "、".join(column.label for column in TABLE3_APPLICANT_COLUMNS)
    table4_parts = "、".join(label for _, label in TABLE4_RESULT_COLUMNS[:-1])
    table4_total = TABLE4_RESULT_COLUMNS[-1][1]
    table4_groups = "、".join(group.label for group in TABLE4_GROUPS)
    # table 二's cells by their model fields, as table 三's rows by their codes: the label table prints them
    cells = {spec.field_path: spec for spec in table2_cells("2021")}
    in_force, issued, repealed = (
        cells["rules", column].column_label for column in ("in_force", "issued", "repealed")
    )
    fee = cells["administrative_fees", "amount_10k_yuan"]
    t2, t3, t4 = TABLE_SHEETS["table2"], TABLE_SHEETS["table3"], TABLE_SHEETS["table4"]
    return [
        ("依据", f"表格按{FORMAT_2021_SOURCE}排列，行、列标签与格式原文一致，请勿改动标签文字。"),
        ("各工作表", f"“{INFO_SHEET}”：机关名称、层级、年度、发布日期，以及第一、五、六部分的文字。"),
        (
            "",
            f"“{t2}”：主动公开政府信息情况；“{t3}”：收到和处理政府信息公开申请情况；“{t4}”：行政复议、行政诉讼情况。",
        ),
        ("", f"“{GUIDE_SHEET}”：本说明。工作表可以改变顺序，也可以插入空行；程序按标签查找单元格。"),
        ("怎样填", "只在浅黄色单元格中填写；灰色单元格为标签或自动计算的合计，已锁定。"),
        ("", "件数填写非负整数；没有发生的填0。空白表示“未填写”，不等于0，校验时会提示。"),
        ("", f"“{fee.row_label}”的“{fee.column_label}”以万元为单位，最多{FEE_DECIMALS}位小数。"),
        (
            "",
            f"“{INFO_SHEET}”中“一、总体情况”原则上不超过{OVERVIEW_MAX_CHARACTERS}字；段落之间用单元格内换行（Alt+Enter）。",
        ),
        (
            "必须满足（错误）",
            f"{t3}每一列：{new.label} + {carried.label} = {total.label} + {forward.label}。",
        ),
        ("", f"依据：{SOURCE_TABLE3_NOTE}。"),
        (
            "",
            f"{t3}每一列：{total.label} = 其上{len(outcomes)}个办理结果项（{outcomes[0].label}至{outcomes[-1].label}）之和（公式自动计算）。",
        ),
        ("", f"{t3}每一行：{TABLE3_TOTAL_COLUMN.label}栏 = {applicants}之和（公式自动计算）。"),
        ("", f"{t4}{table4_groups}：{table4_total} = {table4_parts}之和（公式自动计算）。"),
        ("", f"依据：{SOURCE_TOTAL_BY_CONSTRUCTION}。合计公式若被改成数字，校验时按填写的数字核对。"),
        (
            "建议核对（提示）",
            f"{t3}“{carried.label}”应等于上年度报告“{forward.label}”（用 --previous 可从上年报告预填）。",
        ),
        ("", f"{t2}“{in_force}” = 上年{in_force} + {issued} − {repealed}。"),
        ("", "只有国务院部门、省级政府和设区的市级政府制定规章；其他机关“规章”一般应为0。"),
        ("工作表保护", "各表已设工作表保护（无密码），防止误改标签；确需调整版式时可在“审阅”中撤销保护。"),
        (
            "检查和生成报告",
            "python -m disclosure_rules validate 本文件.xlsx  （逐项核对，指出单元格位置，如 表三!H12）",
        ),
        ("", "python -m disclosure_rules render 本文件.xlsx -o 年度报告.html  （生成年度报告）"),
    ]
