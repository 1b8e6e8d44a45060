"""Issue 12, round 27: that no request came, said in section 二 (blind 25, ``zhuoni_zsj_2021_tw``).

``二、主动公开政府信息情况 … (四)申请公开信息、政策解读情况。…2021年度未发生有关本系统政府信息公开事务的申请`` — the
report says no request came under section 二's own sub-heading: requests 0, when no other section states them. A count of
requests stated in section 三 is the one read. The property fails on the round-26 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

NONE_CAME = st.sampled_from(
    (
        "{year}年度未发生有关本系统政府信息公开事务的申请",
        "{year}年度未收到政府信息公开申请",
        "本年度没有收到公民、法人或其他组织提出的政府信息公开申请",
    )
)


def _page(year: int, none_came: str, section_three: str = "") -> str:
    return (
        opening(year)
        + "二、主动公开政府信息情况\n"
        + f"(一)主动公开政府信息的数量。{year}年我局主动公开信息共74条。\n"
        + f"(四)申请公开信息、政策解读情况。我局积极解读政策。{none_came.format(year=year)}。\n"
        + section_three
    )


@SETTINGS
@given(year=STANDARD_YEARS, none_came=NONE_CAME)
def test_no_request_in_section_two_is_read_as_none(year: int, none_came: str) -> None:
    assert value_of(_page(year, none_came), "requests_received") == 0


@SETTINGS
@given(year=STANDARD_YEARS, none_came=NONE_CAME, count=st.integers(1, 500))
def test_guard_section_three_s_count_is_the_one_read(year: int, none_came: str, count: int) -> None:
    three = f"三、收到和处理政府信息公开申请情况\n{year}年共收到政府信息公开申请{count}件。\n"
    assert value_of(_page(year, none_came, three), "requests_received") == count
