"""A count whose categories end in the proactive remainder and make it exactly is the year's total (round 23).

``pingtan_gwh_2020`` (blind set 21): ``全年公开公文类政府信息共31条，其中政策、规范性文件类信息3条，…，其他应主动公开的政府信息
19条。`` was left unread (公开 with no 主动 before the count). The catch-all ``其他应主动公开的政府信息`` names every part as an
item disclosed proactively: when the parts make the count exactly, the count is read as the proactive total. The
property fails on the round-22 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, opening, value_of

STANDARD_YEARS = st.integers(2021, 2025)
PARTS = st.lists(st.integers(1, 200), min_size=2, max_size=5)
LABELS = ("政策、规范性文件类信息", "重大建设项目类信息", "安全生产、应急管理类信息", "民政扶贫救灾类信息")


def _page(year: int, total: int, counts: list[int], remainder: str = "其他应主动公开的政府信息") -> str:
    *named, last = counts
    listed = "，".join(f"{LABELS[index % len(LABELS)]}{count}条" for index, count in enumerate(named))
    return opening(year) + (
        f"区办公室通过政府门户网站主动公开应主动公开的政府信息，全年公开公文类政府信息共{total}条，其中{listed}，"
        f"{remainder}{last}条。\n"
    )


class TestCategoriesEndingInTheProactiveRemainder:
    @SETTINGS
    @given(year=STANDARD_YEARS, counts=PARTS)
    def test_the_count_they_make_is_the_proactive_total(self, year: int, counts: list[int]) -> None:
        assert value_of(_page(year, sum(counts), counts), "proactive_total") == sum(counts)

    @SETTINGS
    @given(year=STANDARD_YEARS, counts=PARTS, missing=st.integers(1, 50))
    def test_guard_parts_that_miss_the_count_give_no_total(
        self, year: int, counts: list[int], missing: int
    ) -> None:
        assert value_of(_page(year, sum(counts) + missing, counts), "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, counts=PARTS)
    def test_guard_another_remainder_gives_no_total(self, year: int, counts: list[int]) -> None:
        # 其他信息 names no item as disclosed proactively
        assert value_of(_page(year, sum(counts), counts, "其他信息"), "proactive_total") is None
