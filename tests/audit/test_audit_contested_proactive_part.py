"""A proactive part of the items made, contested by another sentence's total: no certain total (round 43).

Blind 39's ``zhangping_wjj_2023`` states "全年共公开信息58条,其中局政务公开专栏公开49条,重点信息公开9条" and, in another
sentence, "2023年度共制作信息112条,其中主动公开信息数7条,占比6.25%" and was read as 7, the part of the items made (the
preferred wording). Two candidates for the year's proactive count, each of which the reader takes alone: the figure is
left unread, never the first by order. The contest property fails on the round-42 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited, value_of

COUNT = st.integers(2, 3000)


def _page(year: int, body: str) -> str:
    return (
        f"某市卫生健康局{year}年政府信息公开工作年度报告\n一、总体情况\n{body}\n"
        "二、收到和处理政府信息公开申请情况\n全年未收到政府信息公开申请。\n"
    )


def _posted(total: int) -> str:
    column = total // 2 + 1
    return f"全年共公开信息{total}条,其中局政务公开专栏公开{column}条,重点信息公开{total - column}条。"


def _made(year: int, proactive: int) -> str:
    made = proactive * 4
    return f"{year}年度共制作信息{made}条,其中主动公开信息数{proactive}条,占比25.00%;依申请公开信息数{proactive * 3}条,占比75.00%。"


class TestContested:
    @SETTINGS
    @given(year=STANDARD_YEARS, posted=COUNT, proactive=COUNT, made_first=st.booleans())
    def test_two_candidates_leave_the_total_unread(
        self, year: int, posted: int, proactive: int, *, made_first: bool
    ) -> None:
        assume(posted != proactive)
        body = (
            _made(year, proactive) + _posted(posted)
            if made_first
            else _posted(posted) + _made(year, proactive)
        )
        result = audited(_page(year, body))
        assert not any(f.name == "proactive_total" for f in result.figures)
        assert not any(f.is_error for f in result.findings)


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, count=COUNT)
    def test_guard_the_same_count_twice_is_read(self, year: int, count: int) -> None:
        assert value_of(_page(year, _posted(count) + _made(year, count)), "proactive_total") == count

    @SETTINGS
    @given(year=STANDARD_YEARS, proactive=COUNT)
    def test_guard_the_part_of_the_items_made_alone_is_read(self, year: int, proactive: int) -> None:
        assert value_of(_page(year, _made(year, proactive)), "proactive_total") == proactive

    @SETTINGS
    @given(year=STANDARD_YEARS, posted=COUNT)
    def test_guard_the_posted_total_alone_is_read(self, year: int, posted: int) -> None:
        assert value_of(_page(year, _posted(posted)), "proactive_total") == posted
