"""What the messy-page rounds' property tests share: their settings, the pages they write, how they read an audit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from disclosure_rules._audit import AuditFigure, AuditResult, audit

if TYPE_CHECKING:
    from disclosure_rules._findings import Severity

# Each example audits a whole page: few examples, no deadline (a shared machine's pauses are no failure).
SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# The years of the five-part reports that came before the 2019 format.
LEGACY_YEARS = st.integers(2008, 2018)
NO_REQUESTS = "本年度没有收到政府信息公开申请。"


def opening(year: int) -> str:
    """The opening of a 2021-format report on ``year``: its statistics period and a first section."""
    return (
        f"根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为{year}年1月1日至{year}年12月31日。\n"
        f"一、总体情况\n{year}年，我局认真落实政府信息公开工作要求。\n"
    )


def legacy_page(year: int, proactive: str, later: str | None = None, attached: str = "") -> str:
    """A five-part report of a year before 2019 (no table): section 一 states ``proactive``, section 二 ``later``."""
    return (
        f"某县某局{year}年度政府信息公开工作年度报告\n"
        f"本报告统计期限自{year}年1月1日起至{year}年12月31日止。\n"
        f"一、主动公开政府信息的情况\n{proactive}\n"
        f"二、依申请公开信息的情况和不予公开信息的情况\n{later or NO_REQUESTS}\n"
        "三、信息公开的收费及减免情况\n本年度没有收取任何费用。\n"
        "四、因信息公开申请行政复议、提起行政诉讼的情况\n本年度没有发生行政复议、行政诉讼的情况。\n"
        f"{attached}"
    )


def audited(page: str) -> AuditResult:
    return audit(page, source="p")


def figure_of(page: str, name: str) -> AuditFigure | None:
    """The figure ``name`` the audit of ``page`` read, if it read one."""
    found = [read for read in audited(page).figures if read.name == name]
    return found[0] if found else None


def value_of(page: str, name: str) -> int | None:
    read = figure_of(page, name)
    return int(read.value) if read is not None else None


def codes_of(page: str, severity: Severity) -> list[str]:
    """The codes of the audit's findings of ``severity``, in order."""
    return [finding.code for finding in audited(page).findings if finding.severity is severity]
