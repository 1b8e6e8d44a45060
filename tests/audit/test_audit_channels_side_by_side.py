"""Two channels side by side, each worded 通过…主动公开, with no total printed, give no total (round 37).

Blind 34's ``sichuan_qxj_2012`` ("通过…门户网站主动公开政府信息23300条,通过省政府网站主动公开政府信息137条") was read as
23300, the first channel. The page prints no total (the channels' sum is a total it does not state: a channel may
repost another's items), so none is read. The property fails on the round-36 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, figure_of, legacy_page, opening

YEARS = st.integers(2021, 2025)
COUNT = st.integers(1, 30000)
VERB = st.sampled_from(["通过", "利用", "依托"])
FIRST = st.sampled_from(["某局门户网站", "本局政府信息公开专栏"])
SECOND = st.sampled_from(["省政府网站", "政务微信公众号"])


class TestSideBySide:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        counts=st.tuples(COUNT, COUNT),
        words=st.tuples(VERB, FIRST, SECOND),
        legacy=st.booleans(),
    )
    def test_the_first_of_two_channels_is_no_total(
        self, year: int, counts: tuple[int, int], words: tuple[str, str, str], *, legacy: bool
    ) -> None:
        verb, first, second = words
        sentence = f"{year}年,某局{verb}{first}主动公开政府信息{counts[0]}条,{verb}{second}主动公开政府信息{counts[1]}条。"
        page = legacy_page(year, sentence) if legacy else opening(year + 10) + sentence + "\n"
        assert figure_of(page, "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(year=YEARS, count=COUNT, verb=VERB)
    def test_guard_one_channel_with_words_after_it_stays_the_total(
        self, year: int, count: int, verb: str
    ) -> None:
        page = (
            opening(year)
            + f"{year}年,我局{verb}门户网站主动公开政府信息{count}条,内容涵盖机构职能、政策文件等。\n"
        )
        figure = figure_of(page, "proactive_total")
        assert figure is not None
        assert figure.value == count
