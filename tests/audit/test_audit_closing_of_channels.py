"""A run of channels closed by its 累计/合计/共计/总计 count gives that count as the total (round 37).

Blind 34's ``yingtan_lyj_2023`` ("…目录专栏公开信息161条;部门网站共公开信息584条;…;累计公开信息858条") was read as 161, the
first channel. The run's closing count is the year's total when the run adds up to it; when it does not, no total is
certain and none is read. The first two properties fail on the round-36 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, figure_of, legacy_page, opening

YEARS = st.integers(2021, 2025)
COUNTS = st.lists(st.integers(0, 900), min_size=2, max_size=4)
CLOSING = st.sampled_from(["累计公开信息", "合计公开信息", "共计", "总计发布信息"])
CUT = st.sampled_from([";", "；"])  # the run cut at ; (cut at commas, one sentence, it was never read)
CHANNELS = ("我局网上政府信息公开目录专栏", "部门网站共", "政务微博", "政务微信公众号")


def _run(counts: list[int], closing: str, closed_at: int, cut: str) -> str:
    channels = cut.join(f"{CHANNELS[i]}公开信息{count}条" for i, count in enumerate(counts))
    return f"(一)主动公开情况:今年以来,{channels},{closing}{closed_at}条。"


class TestClosingTotal:
    @SETTINGS
    @given(year=YEARS, counts=COUNTS, closing=CLOSING, cut=CUT)
    def test_the_run_s_closing_count_is_the_total(
        self, year: int, counts: list[int], closing: str, cut: str
    ) -> None:
        page = opening(year) + _run(counts, closing, sum(counts), cut) + "\n"
        figure = figure_of(page, "proactive_total")
        assert figure is not None
        assert figure.value == sum(counts)

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=COUNTS, closing=CLOSING, cut=CUT, missing=st.integers(1, 50))
    def test_a_run_that_misses_its_closing_count_gives_no_total(
        self, year: int, counts: list[int], closing: str, cut: str, missing: int
    ) -> None:
        page = legacy_page(year, _run(counts, closing, sum(counts) + missing, cut))
        figure = figure_of(page, "proactive_total")
        assert figure is None or figure.value not in counts


class TestGuards:
    @SETTINGS
    @given(year=YEARS, total=st.integers(1, 900), later=st.integers(1, 900))
    def test_guard_a_total_before_a_later_closing_count_stands(
        self, year: int, total: int, later: int
    ) -> None:
        page = (
            opening(year)
            + f"{year}年,我局主动公开政府信息{total}条。全年收到来信{later}件,累计办结{later}件。\n"
        )
        figure = figure_of(page, "proactive_total")
        assert figure is not None
        assert figure.value == total

    @SETTINGS
    @given(year=YEARS, parts=st.tuples(st.integers(1, 400), st.integers(1, 400)), later=st.integers(1, 900))
    def test_guard_a_total_broken_down_by_qizhong_stands(
        self, year: int, parts: tuple[int, int], later: int
    ) -> None:
        total = sum(parts)
        page = opening(year) + (
            f"{year}年,我局主动公开政府信息{total}条;其中网站公开信息{parts[0]}条;微信公开信息{parts[1]}条;"
            f"累计公开信息{total + later}条。\n"
        )
        figure = figure_of(page, "proactive_total")
        assert figure is not None
        assert figure.value == total
