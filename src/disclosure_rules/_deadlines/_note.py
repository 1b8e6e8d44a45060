"""A deadline answer written out as a clerk's note (办理期限计算单), in Chinese, one step per line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from disclosure_rules._deadlines._results import DeadlineResult, ReportDeadline
from disclosure_rules._formatting import chinese_date
from disclosure_rules._sources import REPORT_NAME

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["clerk_note"]

_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_BASIS = {"regulation": "法规规定", "notice": "国家通知", "configuration": "规则集配置"}


def _day(day: dt.date | None) -> str:
    if day is None:
        return "待定"
    return f"{chinese_date(day)}（{_WEEKDAYS[day.weekday()]}）"


def clerk_note(result: DeadlineResult | ReportDeadline) -> str:
    """The answer as a short note a clerk would put in the file; ends with a newline."""
    if isinstance(result, ReportDeadline):
        return _report_note(result)
    title = "政府信息公开申请办理期限计算单" if result.kind == "request" else "政府信息主动公开期限计算单"
    lines = [title, *_header(result), "计算过程："]
    for number, entry in enumerate(result.trace, start=1):
        text = f"  {number}. {entry.what}"
        if entry.why:
            text += f"；{entry.why}"
        if entry.article:
            # The regulation is named once at the top; steps under it cite the article alone.
            article = entry.article.removeprefix(result.regime.regulation) or entry.article
            text += f"〔{article}〕"
        if entry.due_after is not None and entry.step != "result":
            text += f" → 期限{chinese_date(entry.due_after)}"
        lines.append(text)
    if result.findings:
        lines.append("发现的问题：")
        lines.extend(
            f"  - {finding.message}〔{finding.article}〕（{finding.code}）" for finding in result.findings
        )
    return "\n".join(lines) + "\n"


def _header(result: DeadlineResult) -> list[str]:
    lines = [f"编号：{result.id}"] if result.id else []
    forced = "（调用方指定）" if result.regime_forced else ""
    lines.append(f"适用法规：{result.regime.regulation}{forced}")
    lines.append(f"规则集：{result.rule_set}")
    deadline_label = "答复期限" if result.kind == "request" else "公开期限"
    lines.append(f"{deadline_label}：{_day(result.deadline)}")
    extra = []
    if result.extension_working_days:
        extra.append(f"延长{result.extension_working_days}个工作日")
    if result.paused_working_days:
        extra.append(f"不计入期限{result.paused_working_days}个工作日")
    tail = f"，{'，'.join(extra)}" if extra else ""
    lines.append(f"期限：共{result.working_days_allowed}个工作日（{result.article}）{tail}")
    status = f"办理状态：{result.status.label}"
    if result.working_days_used is not None:
        status += f"，已用{result.working_days_used}个工作日"
    if result.working_days_late:
        status += f"，逾期{result.working_days_late}个工作日"
    if result.as_of is not None:
        status += f"（截至{chinese_date(result.as_of)}）"
    lines.append(status)
    if result.provisional:
        assumed = f"：{result.provisional_assumption}" if result.provisional_assumption else ""
        lines.append(f"注意：本期限为临时计算{assumed}")
    return lines


def _report_note(result: ReportDeadline) -> str:
    lines = [
        f"{REPORT_NAME}期限",
        f"报告年度：{result.year}年（{result.level.value}）",
        f"适用法规：{result.regime.regulation}",
        f"规则集：{result.rule_set}",
        f"期限：{_day(result.deadline)}前{result.duty}",
        f"依据：{result.source}{result.article}（{_BASIS[result.basis]}）",
    ]
    if result.note:
        lines.append(f"说明：{result.note}")
    if result.chain:
        lines.append("其他节点：")
        lines.extend(
            f"  - {_day(step.deadline)}前{step.duty}〔{step.source}{step.article}，{_BASIS[step.basis]}〕"
            for step in result.chain
        )
    return "\n".join(lines) + "\n"
