"""The Chinese words staff read for every error code: the one place these messages are defined.

An error's ``code`` is for machines and never changes; its ``message_zh`` is for the clerk who filled in the
file: the sentence below for its code, then the particulars (file, field, row, value) in brackets. A raise site
may give a whole Chinese sentence of its own (``message_zh=``); the catalogue is the fallback, so that no error
reaches a clerk without Chinese. ``tests/house`` checks that every code raised in ``src`` is listed here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from disclosure_rules._text import HAN

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ERROR_MESSAGES_ZH",
    "FAMILY_MESSAGES_ZH",
    "NOT_UTF8_ZH",
    "TEMPLATE_RECURSION_ZH",
    "cells_not_filled_zh",
    "chinese_message",
    "is_chinese",
    "not_one_of_zh",
    "page_states_proactive_zh",
    "unrecognised_zh",
]

# Sentences a raise site also says with its particulars first (the file, the template): written once here, the
# catalogue's entry adds the subject the site names instead.
NOT_UTF8_ZH: Final = "不是 UTF-8 编码的文本，请另存为 UTF-8"
TEMPLATE_RECURSION_ZH: Final = "递归过深（宏或 include 无休止地调用自身）"

ERROR_MESSAGES_ZH: Final[dict[str, str]] = {
    # Base classes and families (the fallback for a code not listed by itself)
    "disclosure_rules.error": "处理出错",
    "input.invalid": "输入内容有误",
    "input.invalid_report": "年度报告数据有误",
    "input.duplicate_cell": "同一单元格被填写了两次（名称不同但指向同一格）",
    "input.unreadable": "文件无法读取",
    "input.not_a_page": "不是年度报告页面，已跳过",
    "input.wrong_type": "传入的值类型不对",
    "input.out_of_range": "传入的值超出允许范围",
    "input.duplicate_key": "同一对象中有重复的键（无法判断以哪个值为准）",
    "input.undecodable": "文件编码无法识别（不是 UTF-8，也不是 GBK/GB18030）",
    "input.unknown_cell": "表格中没有这个单元格",
    "input.row_count": "表格行数不对",
    "input.row_length": "表格某行的列数不对",
    "input.os_error": "文件系统出错",
    # Command line
    "cli.invalid_input": "命令行参数或输入文件有误",
    "cli.usage": "命令用法有误",
    "cli.not_found": "文件不存在",
    "cli.is_directory": "这是文件夹，不是文件",
    "cli.unreadable": "文件无法读取",
    "cli.not_utf8": f"文件{NOT_UTF8_ZH}",
    "cli.invalid_json": "文件不是有效的 JSON",
    "cli.invalid_toml": "文件不是有效的 TOML",
    "cli.output_is_input": "输出文件与输入文件相同，请另选输出文件",
    "cli.cannot_write": "无法写入输出文件",
    "cli.repeated_input": "同一文件给了两次，其中的记录会被重复计算",
    "cli.same_output_twice": "同一文件被指定为两个输出，后写的会覆盖先写的；请为每个输出各给一个文件",
    "cli.no_input": "没有要处理的文件（文件夹为空或未给出文件）",
    "cli.nothing_read": "给出的文件都无法读作年度报告",
    "cli.invalid_record": "输入文件中的一条记录有误",
    "cli.unknown_model": "没有这个数据模型",
    "cli.interrupted": "已中断",
    "internal.error": "程序内部错误，请报告",
    # Calendar
    "calendar.not_a_notice": "不是国务院办公厅部分节假日安排的通知，无法读取",
    "calendar.notice_incomplete": "节假日安排通知不完整，无法读出全年安排",
    "calendar.notice_inconsistent": "节假日安排通知前后不一致（星期、天数或调休上班日与日期不符）",
    "calendar.beyond_published_year": "该年度的放假安排尚未公布，无法计算工作日",
    "calendar.invalid_schedule": "放假安排文件有误",
    "calendar.invalid_change": "放假安排的调整有误",
    # Deadlines and rule sets
    "deadline.invalid_history": "办理记录有误",
    "deadline.before_regulation": "日期早于《政府信息公开条例》施行之日（2008年5月1日）",
    "deadline.year_out_of_range": "年度超出可计算的范围",
    "deadline.unknown_regime": "条例版本无法识别",
    "deadline.unknown_level": "机关层级无法识别",
    "deadline.report_level_unconfigured": "该层级机关的年度报告公布期限没有规定",
    "deadline.reply_before_receipt": "答复日期早于收到申请之日",
    "deadline.published_before_formed": "公开日期早于信息形成之日",
    "deadline.changed_before_formed": "变更日期早于信息形成之日",
    "deadline.proactive_overdue": "主动公开已超期",
    "deadline.proactive_late": "主动公开逾期",
    "deadline.payment_without_notice": "有缴费记录但没有收费通知",
    "deadline.fee_notice_twice": "收费通知发出了两次",
    "deadline.fee_not_applicable": "收费规定不适用于该申请（信息处理费自2021年1月1日起收取）",
    "deadline.extension_without_approval": "延期未经批准",
    "deadline.extension_over_limit": "延长期限超过法定上限",
    "deadline.events_out_of_order": "办理记录的顺序不对",
    "deadline.event_after_close": "办理记录晚于办结之日",
    "deadline.event_before_receipt": "办理记录早于收到申请之日",
    "deadline.confirmed_before_received": "确认日期早于申请到达之日",
    "deadline.confirmation_not_applicable": "只有平常信函、互联网渠道和传真提交的申请才有确认日期",
    "deadline.confirmation_missing": "该方式提交的申请以双方确认之日为收到申请之日，请填写确认日期（第三十一条）",
    "deadline.as_of_before_receipt": "判断日期早于收到申请之日",
    "deadline.as_of_before_formed": "判断日期早于信息形成之日",
    "deadline.answer_without_consultation": "有意见回复但没有征求意见记录",
    "deadline.pause_never_ended": "中止计算的期间没有结束日期",
    "deadline.lapse_before_period_end": "期限届满前就记为逾期",
    "deadline.correction_without_request": "有补正记录但没有补正告知",
    "rules.invalid": "规则集有误",
    "rules.malformed": "规则集文件格式有误",
    "rules.unknown_limit": "规则集中有未知的期限名称",
    "rules.changes_fixed_limit": "地方规则不得改变该法定期限",
    "rules.loosens_statutory_limit": "地方规则只能缩短、不能延长法定期限",
    "fee.negative_quantity": "计费数量不能为负数",
    "fee.unknown_method": "计费方式无法识别",
    "fee.schedule_mismatch": "收费标准与计费方式不符",
    "fee.quantity_too_large": "计费数量过大",
    "fee.prior_with_per_volume": "按量计费时不能填写本月此前已申请件数",
    # Classifiers
    "classify.error": "分类出错",
    "classify.invalid_scheme": "分类方案有误",
    "classify.invalid_input": "待分类的输入有误",
    "classify.wrong_scheme_kind": "分类方案的类型不对",
    "classify.unknown_scheme": "没有这个内置分类方案",
    "classify.unknown_decision": "分类方案中没有这个决定",
    "classify.unknown_applicant_type": "申请人类型无法识别",
    # Aggregation and roll-up
    "aggregate.invalid": "汇总出错",
    "aggregate.bad_row": "台账中有无法读取的行",
    "aggregate.encoding": "台账文件编码无法识别，请另存为 UTF-8",
    "aggregate.bad_csv": "CSV 文件格式有误",
    "aggregate.bad_xlsx": "Excel 文件无法读取",
    "aggregate.xlsx_unavailable": "读取 Excel 文件需要安装 openpyxl",
    "aggregate.missing_column": "台账缺少必需的列",
    "aggregate.duplicate_column": "台账中有重复的列名",
    "aggregate.format": "报告格式不支持汇总",
    "aggregate.year_mismatch": "台账年度与报告年度不一致",
    "aggregate.previous_year_mismatch": "上年报告的年度不对",
    "aggregate.previous_incomplete": "上年报告不完整",
    "aggregate.previous_format": "上年报告的格式不对",
    "aggregate.carry_over_mismatch": "上年结转与上年报告不一致",
    "aggregate.roll_up_empty": "没有可以汇总的报告",
    "aggregate.roll_up_format": "汇总的报告格式不一致",
    "aggregate.roll_up_mixed_years": "汇总的报告年度不一致",
    "aggregate.extra_cells": "该行的单元格比表头多",
    "aggregate.roll_up_overflow": "汇总后的数超出一份报告能容纳的最大数",
    # Renderer
    "render.template_outside_folder": "模板文件位于模板文件夹之外（经链接指向别处），已拒绝",
    "render.template_recursion": f"模板{TEMPLATE_RECURSION_ZH}",
    "render.docx_unavailable": "未安装生成 Word 文档所需的组件（python-docx），请安装 office 扩展",
    "render.pdf_unavailable": "未安装生成 PDF 所需的组件（WeasyPrint），请安装 office 扩展",
    "render.pdf_engine_failed": "生成 PDF 失败",
    "render.pdf_no_cjk_font": "本机没有可嵌入 PDF 的中文字体，请安装中文字体（如 fonts-noto-cjk）",
    "render.template_dir_not_supported": "Word 文档不使用模板，不能与模板文件夹同用",
    "render.template_error": "模板出错",
    "render.unknown_format": "输出格式无法识别",
    "render.templates_missing": "内置模板缺失，请重新安装",
    "render.template_undefined": "模板使用了未定义的变量",
    "render.template_syntax": "模板语法有误",
    "render.template_sandbox": "模板执行了不允许的操作",
    "render.template_not_found": "找不到模板",
    "render.template_dir_not_found": "模板文件夹不存在",
    "render.report_has_errors": "报告有错误，未生成",
    # Limits: see docs/security.md
    "limits.exceeded": "输入超出处理上限",
    "limits.exhausted": "输入嵌套过深或过大，超出处理上限",
    "limits.bad_override": "上限的环境变量设置有误（应为正整数）",
    "limits.xlsx_empty_rows": "工作表中连续空行过多，超出读取上限",
    # Report workbook
    "workbook.encrypted": "工作簿设有打开密码，请取消密码后再读取",
    "workbook.info_conflict": "报告信息表中的某项与另行给出的机关名称、层级或年度不一致",
    "workbook.info_missing": "工作簿没有报告信息表，且未另行给出机关名称、层级和年度",
    "workbook.invalid_field": "报告信息表中的某项填写有误",
    "workbook.label_missing": "工作簿中找不到规定的标签（可能被删除或改动）",
    "workbook.old_format": "这是旧版 .xls 文件，请另存为 .xlsx 后再读取",
    "workbook.sheet_missing": "工作簿缺少规定的工作表",
    "workbook.too_large": "工作簿过大，超出读取上限",
    "workbook.unavailable": "未安装读取工作簿所需的组件（openpyxl），请安装 xlsx 扩展",
    "workbook.unreadable": "工作簿已损坏或不是 .xlsx 文件，无法读取",
    "workbook.unsupported_year": "该年度不适用 2021 年格式工作簿",
    # Auditor
    "audit.unrecognised_format": "无法识别为年度报告",
    "audit.undecodable": "页面编码无法识别",
    "audit.document_reader_missing": "读取 PDF 需要 pypdf，请安装 pdf 扩展",
    "audit.encrypted_document": "文件设有打开密码，无法读取",
    "audit.no_text_layer": "PDF 中没有文字层（扫描件或图片），无法读取",
    "audit.not_a_report_document": "这是 Excel 工作簿、演示文稿或压缩包，不是 Word 年报文件",
    "audit.old_word_format": "这是旧版文字处理文件，请另存为新版文档格式或 PDF 后再读取",
    "audit.unreadable_document": "PDF 或 Word 文件已损坏，无法读取",
    "audit.no_year": "找到了年度报告表格，但没有找到报告年度",
    "audit.rows_not_found": "没有找到表格的行",
    "audit.cell_invalid": "单元格内容无法读取",
}

# The sentence for a code not listed by itself: its family, the part before the first dot.
FAMILY_MESSAGES_ZH: Final[dict[str, str]] = {
    "input": "输入内容有误",
    "cli": "命令行参数或输入文件有误",
    "calendar": "工作日历出错",
    "deadline": "办理期限计算出错",
    "rules": "规则集有误",
    "fee": "信息处理费计算出错",
    "classify": "分类出错",
    "aggregate": "汇总出错",
    "render": "生成报告出错",
    "audit": "审查年度报告出错",
    "workbook": "读取工作簿出错",
    "limits": "输入超出处理上限",
    "internal": "程序内部错误，请报告",
}

# A message is already for staff when most of its letters are Chinese.
_LATIN_WORD: Final = re.compile(r"\b[A-Za-z]{3,}\b")


def is_chinese(text: str) -> bool:
    """Whether ``text`` is written in Chinese (more Chinese characters than English words)."""
    return len(HAN.findall(text)) > 2 * len(_LATIN_WORD.findall(text))


def chinese_message(code: str, detail: str) -> str:
    """The Chinese message of an error with ``code`` and the prose ``detail`` it was raised with.

    A detail already in Chinese is the message; otherwise the catalogue's sentence for the code (or for its
    family, the part before the first dot) comes first and the detail, which names the file, field, row and
    value, follows in brackets.
    """
    if is_chinese(detail):
        return detail
    family = code.split(".", 1)[0]
    headline = ERROR_MESSAGES_ZH.get(code) or FAMILY_MESSAGES_ZH.get(family) or "处理出错"
    return f"{headline}（{detail}）" if detail else headline


def not_one_of_zh(value: object, choices: Iterable[str]) -> str:
    """The words for a value outside a closed list, the choices listed: ``“省级”不是以下之一：省、市、县``."""
    return f"“{value}”不是以下之一：{'、'.join(choices)}"


def unrecognised_zh(name_zh: str, field: str, value: object, fill: str) -> str:
    """The words for a field's value no rule knows, and what to fill in: ``计费方式（method）“x”无法识别，请填写 …``."""
    return f"{name_zh}（{field}）“{value}”无法识别，请填写 {fill}"


def cells_not_filled_zh(count: int) -> str:
    """How many cells of a table were left blank, as every finding and note about blank cells says it."""
    return f"{count}个单元格未填写"


def page_states_proactive_zh(written_total: object) -> str:
    """What the page's prose says the year's proactive total is, as a count (``12条``) opening a mismatch finding."""
    return f"正文称主动公开信息{written_total}"
