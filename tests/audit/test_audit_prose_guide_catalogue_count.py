"""Issue 12, round 29: a count in the legacy 概述's part on the guide and the catalogue (blind 27, ``yongtai_baiyun_2011``).

The 2008 Regulation's report opens with a 概述 whose parts often tell how the 政府信息公开指南 and 目录 were drawn up,
carried out or updated: ``(二)《指南》和《目录》的执行情况 … 严格执行《白云乡政府信息公开指南》、《白云乡人民政府信息公开目录》,
及时公开了机构职能、政策信息…等信息,总共公开信息28条``. That count is what the catalogue holds, not the year's proactive
total (the report's own 主动公开政府信息情况 part states that): the round-28 code read it as the total (an invented
figure). Such a sentence, and every sentence of a part whose heading names the guide or the catalogue, gives no total
unless it says 主动公开. A count elsewhere in the 概述 with no 主动公开 is still read when the page shows no 主动公开 part of
its own, at a low confidence, its section telling where it came from. The properties fail on the round-28 code; the
guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import PROSE_CONFIDENCE
from tests.audit.messy import LEGACY_YEARS, SETTINGS, figure_of, value_of

COUNTS = st.integers(1, 3000)
TOWNS = st.sampled_from(("白云乡", "青山镇", "城关街道", "某县水利局"))
GUIDE_WORDS = st.sampled_from(("严格执行", "认真编制", "及时更新", "修订完善"))
GUIDE_HEADINGS = st.sampled_from(
    ("(二)《指南》和《目录》的执行情况", "(二)政府信息公开指南和目录编制情况", "(三)公开目录的更新维护情况")
)


def _page(year: int, town: str, heading: str, body: str) -> str:
    """A legacy report cut off inside its 概述 (before its 主动公开 part), as blind 27's page is."""
    return (
        f"{town}{year}年政府信息公开工作年度报告\n"
        f"本年报由概述,主动公开政府信息情况,依申请公开政府信息办理情况,政府信息公开工作存在的主要问题和改进情况组成。"
        f"本年报中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n"
        "一、概述\n(一)组织机构建设情况\n本乡成立了专门的信息公开领导小组,并明确了1名兼职人员。\n"
        f"{heading}\n{body}\n"
        "(四)建立健全工作机制情况\n我乡制定了主动公开和依申请公开制度。\n"
    )


def _guide_sentence(town: str, words: str, count: int) -> str:
    return (
        f"根据有关要求,{words}《{town}政府信息公开指南》、《{town}政府信息公开目录》,"
        f"及时公开了机构职能、政策信息、监督方式及程序等信息,总共公开信息{count}条。"
    )


@SETTINGS
@given(year=LEGACY_YEARS, town=TOWNS, words=GUIDE_WORDS, heading=GUIDE_HEADINGS, count=COUNTS)
def test_a_count_in_the_guide_s_sentence_is_not_the_proactive_total(
    year: int, town: str, words: str, heading: str, count: int
) -> None:
    page = _page(year, town, heading, _guide_sentence(town, words, count))
    assert value_of(page, "proactive_total") is None


@SETTINGS
@given(year=LEGACY_YEARS, town=TOWNS, heading=GUIDE_HEADINGS, count=COUNTS)
def test_a_count_in_the_guide_s_part_is_not_the_proactive_total(
    year: int, town: str, heading: str, count: int
) -> None:
    body = f"本年度在网站上共公开信息{count}条。"
    assert value_of(_page(year, town, heading, body), "proactive_total") is None


@SETTINGS
@given(year=LEGACY_YEARS, town=TOWNS, words=GUIDE_WORDS, heading=GUIDE_HEADINGS, count=COUNTS)
def test_guard_the_guide_s_sentence_saying_proactive_is_the_total(
    year: int, town: str, words: str, heading: str, count: int
) -> None:
    body = _guide_sentence(town, words, count).replace("总共公开信息", "总共主动公开政府信息")
    assert value_of(_page(year, town, heading, body), "proactive_total") == count


@SETTINGS
@given(year=LEGACY_YEARS, town=TOWNS, count=COUNTS)
def test_guard_a_count_in_another_part_of_the_overview_is_still_read(
    year: int, town: str, count: int
) -> None:
    # blind 20's ``suqian_zwb_2017``: the 概述's count over every channel is the year's total (no guide, no catalogue)
    body = f"{year}年,我乡通过政府网站、公开栏等多种渠道累计公开信息{count}条。"
    assert value_of(_page(year, town, "(二)信息公开工作开展情况", body), "proactive_total") == count


@SETTINGS
@given(year=LEGACY_YEARS, town=TOWNS, count=COUNTS)
def test_a_total_from_the_overview_without_proactive_is_read_less_sure(
    year: int, town: str, count: int
) -> None:
    # read (the collector's total on ``suqian_zwb_2017``), but low: the 2008 outline states it in the 主动公开 part
    body = f"{year}年,我乡通过政府网站、公开栏等多种渠道累计公开信息{count}条。"
    read = figure_of(_page(year, town, "(二)信息公开工作开展情况", body), "proactive_total")
    assert read is not None
    assert read.value == count
    assert read.confidence is not None
    assert read.confidence < PROSE_CONFIDENCE
    assert read.section == "一"


@SETTINGS
@given(year=LEGACY_YEARS, town=TOWNS, count=COUNTS)
def test_guard_a_total_saying_proactive_in_the_overview_keeps_its_confidence(
    year: int, town: str, count: int
) -> None:
    body = f"{year}年,我乡通过政府网站、公开栏等多种渠道累计主动公开政府信息{count}条。"
    read = figure_of(_page(year, town, "(二)信息公开工作开展情况", body), "proactive_total")
    assert read is not None
    assert read.value == count
    assert read.confidence == PROSE_CONFIDENCE
