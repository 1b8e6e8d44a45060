"""Issue 12, round 28: a closing 总计 the channels' counts before it add up to (blind 26, ``hainan_himpa_2014``).

``信息发布量由2013年的1128 条增加到2014年的1887条,在省政府网站政府信息公开专栏发布信息514条,总计2401条`` states the
year's total (2401 = 1887 + 514): the page sums its channels' counts itself. Read in a legacy report only when nothing
else states the total, and only when every clause back to the first with no count ends in a count in 条 and those
counts make the closing one. A 总计 they do not make says nothing sure, and no channel's count is ever the total (the
guard). The property fails on the round-27 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, legacy_page, value_of

CHANNELS = (
    "在门户网站发布信息",
    "在省政府网站政府信息公开专栏发布信息",
    "在政务微博发布信息",
    "通过公开栏发布信息",
)
CLOSINGS = st.sampled_from(("总计", "合计", "共计"))
COUNTS = st.lists(st.integers(1, 3000), min_size=2, max_size=4)


def _sentence(year: int, counts: list[int], closing: str, total: int) -> str:
    listed = ",".join(f"{channel}{count}条" for channel, count in zip(CHANNELS, counts, strict=False))
    return f"{year}年,我局进一步加强网站建设,{listed},{closing}{total}条。"


@SETTINGS
@given(year=LEGACY_YEARS, counts=COUNTS, closing=CLOSINGS)
def test_a_closing_sum_of_the_channels_is_the_year_s_total(
    year: int, counts: list[int], closing: str
) -> None:
    page = legacy_page(year, _sentence(year, counts, closing, sum(counts)))
    assert value_of(page, "proactive_total") == sum(counts)


@SETTINGS
@given(year=LEGACY_YEARS, counts=COUNTS, closing=CLOSINGS, off=st.integers(1, 50))
def test_guard_a_closing_count_the_channels_do_not_make_is_read_as_nothing(
    year: int, counts: list[int], closing: str, off: int
) -> None:
    page = legacy_page(year, _sentence(year, counts, closing, sum(counts) + off))
    assert value_of(page, "proactive_total") is None
