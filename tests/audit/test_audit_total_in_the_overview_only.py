"""A legacy total stated in the 概述 is read when the 主动公开 part states no count at all (round 55).

# Round 55

Blind 51's ``xicheng_shichahai_2008`` (development data): ``2008年,我街道主动公开政府信息共53条;接受咨询查阅25人次。`` stands in
一、概述, and 二、主动公开情况 describes the work with the Regulations' articles only (``第9至12条``, ``第15条``). The total
was looked for in section 二 alone, so it was unread. The 2008 outline lets the 概述 state the year's total: it is read
there, in the 主动公开 wording, when the 主动公开 part states no count in 条 (an article is no count). The property fails on
the round-54 code; the guards (section 二's own total wins; a count in section 二 keeps the overview's unread) pass on
both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, value_of

YEARS = st.integers(2008, 2012)
COUNTS = st.integers(5, 900)
SUBJECTS = st.sampled_from(["我街道", "我局", "本机关", "我委"])


def _page(year: int, subject: str, overview_total: int, proactive_part: str) -> str:
    return (
        f"某区某街道{year}年政府信息公开年度报告\n"
        f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n"
        "一、概述\n"
        f"{year}年,{subject}认真贯彻《条例》要求,政府信息公开工作运行正常。\n"
        f"{year}年,{subject}主动公开政府信息共{overview_total}条;接受咨询查阅25人次。\n"
        "二、主动公开情况\n"
        f"{proactive_part}\n"
        "三、依申请公开情况\n"
        f"{year}年,{subject}未收到政府信息公开申请。\n"
    )


_NO_COUNT = (
    "按照《条例》第9至12条规定的主动公开政府信息范围,开展了信息清理和目录编制工作,并按照《条例》第15条规定,"
    "通过政府网站等便于公众知晓的方式主动公开。"
)


class TestTotalInTheOverviewOnly:
    @SETTINGS
    @given(year=YEARS, subject=SUBJECTS, total=COUNTS)
    def test_read_when_the_proactive_part_states_no_count(self, year: int, subject: str, total: int) -> None:
        assert value_of(_page(year, subject, total, _NO_COUNT), "proactive_total") == total


class TestGuards:
    @SETTINGS
    @given(year=YEARS, subject=SUBJECTS, counts=st.tuples(COUNTS, COUNTS))
    def test_the_proactive_part_s_own_total_wins(
        self, year: int, subject: str, counts: tuple[int, int]
    ) -> None:
        overview, own = counts
        page = _page(year, subject, overview, f"{year}年,{subject}共主动公开政府信息{own}条。")
        assert value_of(page, "proactive_total") == own

    @SETTINGS
    @given(year=YEARS, subject=SUBJECTS, counts=st.tuples(COUNTS, COUNTS))
    def test_a_count_in_the_proactive_part_keeps_the_overview_s_unread(
        self, year: int, subject: str, counts: tuple[int, int]
    ) -> None:
        overview, other = counts
        page = _page(year, subject, overview, _NO_COUNT + f"编制政府信息公开目录{other}条,全部上网。")
        assert value_of(page, "proactive_total") != overview or overview == other
