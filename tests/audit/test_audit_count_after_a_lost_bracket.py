# Round 60
"""A list's last count after a bracket whose close was lost is the item's count (round 60).

Blind 55's ``junshan_swj_2025`` ("累计发布各类政府信息23条。其中:机构职能与领导信息1条;…;其他业务信息(如市场体系建设、对外
贸易数据、商务领域安全生产等15条。" — 1+3+3+1+1+15 = 24) left the last count unread: the bracket of examples never closes,
so ``_list_body`` read on past the 。 and the list looked partial. The close was lost between the examples (…等) and the
item's count right before the list's 。; the count is the item's. Over the development texts the shape (an unclosed
bracket ending in 等N条 right before 。) stands once, on that page. The property (a list whose last item carries such a
bracket and whose parts miss the total) fails on the round-59 code; the guard (the same list making its total) passes on
both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._validation import Severity
from tests.audit.messy import SETTINGS, STANDARD_YEARS, codes_of, proactive_page

PARTS = st.tuples(*(st.integers(1, 40) for _ in range(4)))
EXAMPLES = st.sampled_from(["如市场体系建设、对外贸易数据、商务领域安全生产", "如招商引资、项目建设"])


def _page(year: int, total: int, parts: tuple[int, ...], examples: str) -> str:
    first, second, third, last = parts
    body = (
        f"全年通过门户网站等平台,累计发布各类政府信息{total}条。其中:机构职能与领导信息{first}条;"
        f"政策文件及解读{second}条;规划计划信息{third}条;其他业务信息({examples}等{last}条。"
    )
    return proactive_page(year, body)


def _count_findings(page: str) -> list[str]:
    return [
        code
        for severity in (Severity.WARNING, Severity.ERROR)
        for code in codes_of(page, severity)
        if code == "text.count_mismatch"
    ]


class TestCountAfterALostBracket:
    @SETTINGS
    @given(year=STANDARD_YEARS, parts=PARTS, off=st.integers(1, 9), examples=EXAMPLES)
    def test_parts_missing_their_total_are_found(
        self, year: int, parts: tuple[int, ...], off: int, examples: str
    ) -> None:
        total = sum(parts) - off
        assume(all(part <= total for part in parts))
        assert _count_findings(_page(year, total, parts, examples))


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, parts=PARTS, examples=EXAMPLES)
    def test_guard_parts_making_their_total_say_nothing(
        self, year: int, parts: tuple[int, ...], examples: str
    ) -> None:
        assert not _count_findings(_page(year, sum(parts), parts, examples))
