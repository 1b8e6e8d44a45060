"""A legacy proactive total whose unit was lost before its sentence's full stop (round 25).

``wenzhou_slj_2014`` (blind set 23): ``2014年,我局…主动在政府信息平台、微博、微信等媒介上公开政务信息4287。`` — the total's
words and the sentence's one count (its year aside), with no 条: read as the total, less sure (0.6, as every count with
no unit). The property fails on the round-24 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, figure_of, legacy_page

COUNTS = st.integers(1, 9999)
CHANNELS = st.sampled_from(["政府信息平台、微博、微信等媒介上", "门户网站上", "政府网站和公开栏等载体上"])


def _page(year: int, count: int, channels: str, *, proactive: str = "主动", after: str = "") -> str:
    return legacy_page(
        year, f"{year}年，我局按照政府信息公开的要求，{proactive}在{channels}公开政务信息{count}{after}。"
    )


class TestUnitLost:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=COUNTS, channels=CHANNELS)
    def test_the_sentence_s_one_count_is_the_total_read_less_sure(
        self, year: int, count: int, channels: str
    ) -> None:
        figure = figure_of(_page(year, count, channels), "proactive_total")
        assert figure is not None
        assert (figure.value, figure.confidence) == (count, 0.6)


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=COUNTS, channels=CHANNELS)
    def test_guard_not_said_proactive_is_no_total(self, year: int, count: int, channels: str) -> None:
        assert figure_of(_page(year, count, channels, proactive="集中"), "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, count=COUNTS, channels=CHANNELS, views=COUNTS)
    def test_guard_a_second_count_in_the_sentence_leaves_it_unread(
        self, year: int, count: int, channels: str, views: int
    ) -> None:
        page = _page(year, count, channels, after=f"，浏览{views}")
        assert figure_of(page, "proactive_total") is None
