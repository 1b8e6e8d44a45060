# Round 60
"""A period named inside a cited title never makes an annual report a periodic statistic (round 60).

Blind 55's ``anshan_wlgdj_2023`` ("鞍山市文化旅游和广播电视局2023年 政府信息公开工作年度报告", its basis list citing
"《关于2023年第四季度暨十二月份全市政府网站和政务新媒体监管情况的通报》") was refused ``audit.unrecognised_format``, "the
page is a half-year, quarterly or monthly statistic": the first 300 characters were searched for 第N季度/上半年 whole,
the cited title's words with them. The properties (a cited period in an annual report's opening, closed or cut by the
title span; a page whose own title names 政府信息公开工作年度报告) fail on the round-59 code; the guards (a page whose own
title names a half-year or a quarter, with no annual report named, is still refused for that reason) pass on both.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit import AuditError, audit
from tests.audit.messy import SETTINGS, STANDARD_YEARS

PERIOD = st.sampled_from(["第一季度", "第二季度", "第三季度", "第四季度", "上半年", "下半年"])
PART_YEAR_REASON = "页面是半年、季度或月度的统计，不是年度报告"
BODY = (
    "一、总体情况\n全年主动公开政府信息120条。\n二、主动公开政府信息情况\n本年度主动公开政府信息120条。\n"
    "三、收到和处理政府信息公开申请情况\n全年未收到政府信息公开申请。\n"
)


def _report(year: int, period: str, title: str, *, cut: bool = False) -> str:
    """An annual report whose basis list cites a notice on ``period`` (cut off by the title span when ``cut``)."""
    padding = "《中华人民共和国政府信息公开条例》" * (12 if cut else 1)
    return (
        f"{title}\n本年度报告是根据{padding}《关于{year}年{period}全市政府网站和政务新媒体监管情况的通报》要求编制。\n"
        + BODY
    )


def _refusal(page: str) -> str | None:
    try:
        audit(page, source="p")
    except AuditError as error:
        return error.message_zh
    return None


class TestCitedPeriodIsNoPageSKind:
    @SETTINGS
    @given(year=STANDARD_YEARS, period=PERIOD, cut=st.booleans(), space=st.sampled_from(["", " "]))
    def test_an_annual_report_citing_a_period_is_never_a_periodic_statistic(
        self, year: int, period: str, cut: bool, space: str
    ) -> None:
        page = _report(year, period, f"某市某局{year}年{space}政府信息公开工作年度报告", cut=cut)
        assert PART_YEAR_REASON not in (_refusal(page) or "")

    @SETTINGS
    @given(year=STANDARD_YEARS, period=PERIOD)
    def test_a_cited_period_alone_never_decides_the_kind(self, year: int, period: str) -> None:
        # the title names no report; the cited notice's period is still no period of the page's
        page = _report(year, period, f"某市某局{year}年政府信息公开工作情况")
        assert PART_YEAR_REASON not in (_refusal(page) or "")


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, period=PERIOD)
    def test_guard_a_page_titled_by_a_part_year_is_refused(self, year: int, period: str) -> None:
        page = f"某市某局{year}年{period}政府信息公开工作情况统计\n" + BODY
        with pytest.raises(AuditError) as raised:
            audit(page, source="p")
        assert raised.value.code == "audit.unrecognised_format"
        assert PART_YEAR_REASON in raised.value.message_zh
