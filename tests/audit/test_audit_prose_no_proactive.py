"""A sentence that says no item was disclosed proactively gives the year's total 0 (round 22, docs/audit.md).

``liling_weishan_2025`` (blind 20): ``2025年，沩山镇未主动公开信息。`` was left unread. A sentence of sections 一/二 that says
only that (未/没有主动公开(任何)(政府)信息) now reads 0. The property fails on the round-21 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, opening, value_of

STANDARD_YEARS = st.integers(2021, 2025)
AGENCIES = st.sampled_from(("沩山镇", "我局", "本机关", "我镇", "街道办事处"))
WORDINGS = st.sampled_from(("未主动公开信息", "没有主动公开政府信息", "未主动公开任何政府信息"))


class TestNoItemDisclosed:
    @SETTINGS
    @given(year=STANDARD_YEARS, agency=AGENCIES, wording=WORDINGS)
    def test_no_item_disclosed_is_a_total_of_zero(self, year: int, agency: str, wording: str) -> None:
        page = opening(year) + f"(一)主动公开情况\n{year}年，{agency}{wording}。\n"
        assert value_of(page, "proactive_total") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, agency=AGENCIES, total=st.integers(1, 500))
    def test_guard_a_stated_total_wins(self, year: int, agency: str, total: int) -> None:
        page = opening(year) + f"(一)主动公开情况\n{year}年，{agency}主动公开政府信息{total}条。\n"
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, agency=AGENCIES)
    def test_guard_more_than_the_words_is_no_total(self, year: int, agency: str) -> None:
        # the sentence goes on (what was not disclosed, and why): no total of 0
        page = (
            opening(year)
            + f"(一)主动公开情况\n{year}年，{agency}未主动公开涉及国家秘密的信息，依法不予公开。\n"
        )
        assert value_of(page, "proactive_total") is None
