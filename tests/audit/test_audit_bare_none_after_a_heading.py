# Round 63
"""A bare 无。 after a numbered heading that names reviews and lawsuits gives 0 to each (round 63).

Blind 58's ``pingyang_kjj_2018``: "5、因政府信息公开申请行政复议、提起行政诉讼的情况。无。" left reviews and lawsuits unread (the
reading records 0 and 0). Round 40 read the heading and its 无 as one sentence ("五、…的情况 无。", blind 36's
``pingtan_lyj_2011``); a full stop after the heading (or a line break) makes 无。 a sentence of its own, and an Arabic
numeral (5、) was no heading's. Now a bare 无/没有/暂无/无此类情况 that is the whole rest of its paragraph, right after a
sentence that is the heading alone (一、 or 5、 … 情况), answers it. Over the development texts the shape stands on 3
pages: these two (both readings 0 and 0) and blind 9's ``linzi_lyj_2008_mirror`` "(二)与行政复议、行政诉讼有关的费用支出:无。"
(a cost, not the counts: no 情况 heading, not taken). The property fails on the round-62 code; the guards (a heading
alone, with no answer, is never 0 — round 6; an answer with more after it; a heading on the costs) pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import LEGACY_YEARS, SETTINGS, value_of

NUMERALS = st.sampled_from([("5", "6"), ("五", "六"), ("4", "5"), ("四", "五")])
HEADINGS = st.sampled_from(
    [
        "因政府信息公开申请行政复议、提起行政诉讼的情况",
        "因政府信息公开被申请行政复议、提起行政诉讼的情况",
        "因政府信息公开申请提起行政复议和行政诉讼的情况",
    ]
)
ANSWERS = st.sampled_from(["无。", "没有。", "无此类情况。", "暂无。"])
BREAKS = st.sampled_from(["", "\n"])


def _page(year: int, numerals: tuple[str, str], heading: str, between: str, answer: str) -> str:
    this, following = numerals
    return (
        f"县某局{year}年政府信息公开工作年度报告\n"
        f"{year}年,我局共主动公开政府信息289条。\n"
        "一年来,我局未收到要求公开政府信息的申请。\n"
        f"{this}、{heading}。{between}{answer}\n"
        f"{following}、政府信息公开工作存在的主要问题及改进情况。无。\n"
    )


class TestBareNoneAfterAHeading:
    @SETTINGS
    @given(year=LEGACY_YEARS, numerals=NUMERALS, heading=HEADINGS, between=BREAKS, answer=ANSWERS)
    def test_reviews_and_lawsuits_are_zero(
        self, year: int, numerals: tuple[str, str], heading: str, between: str, answer: str
    ) -> None:
        page = _page(year, numerals, heading, between, answer)
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, numerals=NUMERALS, heading=HEADINGS)
    def test_guard_a_heading_alone_is_never_zero(
        self, year: int, numerals: tuple[str, str], heading: str
    ) -> None:
        page = _page(year, numerals, heading, "", "")
        assert value_of(page, "administrative_reviews") is None
        assert value_of(page, "lawsuits") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, numerals=NUMERALS, heading=HEADINGS, answer=ANSWERS)
    def test_guard_an_answer_with_more_after_it_is_not_bare(
        self, year: int, numerals: tuple[str, str], heading: str, answer: str
    ) -> None:
        page = _page(year, numerals, heading, "", answer + "我局将继续做好相关工作。")
        assert value_of(page, "administrative_reviews") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, answer=ANSWERS)
    def test_guard_a_heading_on_the_costs_gives_nothing(self, year: int, answer: str) -> None:
        page = _page(year, ("5", "6"), "政府信息公开的收费及减免情况", "", answer)
        assert value_of(page, "administrative_reviews") is None
        assert value_of(page, "lawsuits") is None
