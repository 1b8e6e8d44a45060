"""Issue 12, round 28: the year's total stated as the documents disclosed, named by title (blind 26, ``chengcheng_yaotou_2023``).

``2023年,主动公开《尧头镇人民政府2023年部门预算公开》《澄城县尧头镇人民政府2022年度部门决算》2条`` states a proactive
total of 2: the titles are the items, the count after them their number. A title followed by more words before the
count (``主动公开《条例》规定的信息…``) is not such a list (the guard). The property fails on the round-27 code; the guard
passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

TITLES = (
    "某镇人民政府{year}年部门预算公开",
    "某镇人民政府{last}年度部门决算",
    "某镇{year}年政府工作报告",
    "关于印发某镇{year}年重点工作任务的通知",
)
JOINS = st.sampled_from(("", "、"))
UNITS = st.sampled_from(("条", "篇"))


@SETTINGS
@given(year=STANDARD_YEARS, named=st.integers(1, 4), join=JOINS, unit=UNITS, extra=st.integers(0, 3))
def test_the_documents_named_by_title_are_the_year_s_total(
    year: int, named: int, join: str, unit: str, extra: int
) -> None:
    titles = join.join(f"《{title.format(year=year, last=year - 1)}》" for title in TITLES[:named])
    etc = "等" if extra else ""
    page = (
        opening(year) + f"(一)政府信息主动公开情况\n{year}年,主动公开{titles}{etc}{named + extra}{unit}。\n"
    )
    assert value_of(page, "proactive_total") == named + extra


@SETTINGS
@given(year=STANDARD_YEARS, count=st.integers(1, 500))
def test_guard_a_title_before_other_words_is_no_list_of_documents(year: int, count: int) -> None:
    page = (
        opening(year)
        + f"{year}年,依据《中华人民共和国政府信息公开条例》规定的范围做好公开,办理事项{count}件。\n"
    )
    assert value_of(page, "proactive_total") is None
