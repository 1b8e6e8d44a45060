"""The year's proactive total with its number named (round 22, docs/audit.md "Twenty-second round").

``nanlong_zhen_2023`` (blind 19): ``…需要公众参与决策的政府信息主动公开数为2918条。其中:…`` was left unread — the round-20
wording ``政府信息主动公开170篇`` allowed nothing between the words and the count. ``数``/``总数``/``数量`` with
``为``/``共``/``达`` is now read. The property fails on the round-21 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, opening, value_of

STANDARD_YEARS = st.integers(2021, 2025)
COUNTS = st.integers(1, 5000)
NAMED = st.sampled_from(("数为", "总数为", "数量为", "数共", "的数量为"))


class TestTheTotalByItsNumber:
    @SETTINGS
    @given(year=STANDARD_YEARS, total=COUNTS, named=NAMED)
    def test_the_named_number_is_the_total(self, year: int, total: int, named: str) -> None:
        page = opening(year) + (
            f"(一)信息主动公开方面:{year}年我镇对涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的"
            f"政府信息主动公开{named}{total}条。\n"
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=STANDARD_YEARS, part=COUNTS, named=NAMED)
    def test_guard_a_share_after_the_count_makes_it_no_total(self, year: int, part: int, named: str) -> None:
        # a count with its share after it is a part ("…N条，占…"): never the total, as before
        page = opening(year) + f"{year}年,重点领域政府信息主动公开{named}{part}条,占全部信息的20%。\n"
        assert value_of(page, "proactive_total") is None
