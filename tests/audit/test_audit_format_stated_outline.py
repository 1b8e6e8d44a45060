"""Issue 12, round 26: the parts a page says it has weigh in its format (docs/audit.md, "Twenty-sixth round").

Blind 24's ``longquan_xijie_2019``: a 2019 report with no table whose headings carry no words (``一、``) or a number out of
place (``1、主动公开政府信息情况``), but whose opening says ``报告包括总体情况,主动公开政府信息情况,收到和处理政府信息公开
申请情况,…等6个部分`` — the standard outline, as its year requires — was read as a narrative report (evidence even). The
stated parts now weigh as a heading: standard for the standard outline's names, narrative for the old one's (round 24's
``stated_outline_is_legacy``). The property fails on the round-25 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited

COUNTS = st.integers(1, 500)

STANDARD_PARTS = (
    "总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,因政府信息公开工作被申请行政复议、提起行政诉讼情况,"
    "政府信息公开工作存在的主要问题及改进情况等6个部分"
)
LEGACY_PARTS = (
    "概述,主动公开政府信息情况,依申请公开政府信息情况,政府信息公开的收费及减免情况,因政府信息公开申请行政复议、"
    "提起行政诉讼情况,政府信息公开工作存在的主要问题及改进措施等6个部分"
)


def _page(parts: str, total: int) -> str:
    return (
        "2019年西街街道\n政府信息公开工作年度报告\n"
        f"本年度报告根据《中华人民共和国政府信息公开条例》要求编制而成。报告包括{parts}。"
        "报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
        "一、\n街道成立信息公开工作领导小组。\n"
        f"1、主动公开政府信息情况\n目前共主动公开政府信息{total}条。\n"
    )


class TestTheStatedOutline:
    @SETTINGS
    @given(total=COUNTS)
    def test_a_2019_page_stating_the_standard_parts_is_standard(self, total: int) -> None:
        assert audited(_page(STANDARD_PARTS, total)).format == "2019"

    @SETTINGS
    @given(total=COUNTS)
    def test_guard_a_2019_page_stating_the_old_parts_is_legacy(self, total: int) -> None:
        assert audited(_page(LEGACY_PARTS, total)).format == "legacy"
