"""Issue 12, round 28: no request, said with 接获 or 接收到 (blind 26, ``zhangjiachuan_longshan_2024``, ``zhangping_luzhi_2023_mirror``).

``2024 年度,我镇未接获公民或法人的依申请公开诉求`` and ``我镇未接收到有关群众、法人或其他组织要求公开政府信息办理的申请``
say the requests are 0, as ``未收到…申请`` does: 接获 and 接收(到) are verbs of receiving. A review's 申请 is none (the
guard). The property fails on the round-27 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, opening, value_of

SUBJECTS = st.sampled_from(("我镇", "我局", "本机关", "我办"))
SENTENCES = st.sampled_from(
    (
        "{year}年度,{who}未接获公民或法人的依申请公开诉求。",
        "{year}年1月-12月全年,{who}未接收到有关群众、法人或其他组织要求公开政府信息办理的申请。",
        "{year}年,{who}没有接获政府信息公开申请。",
    )
)


@SETTINGS
@given(year=STANDARD_YEARS, who=SUBJECTS, sentence=SENTENCES)
def test_no_request_received_is_read_as_zero(year: int, who: str, sentence: str) -> None:
    page = opening(year) + "(二)依申请公开\n" + sentence.format(year=year, who=who) + "\n"
    assert value_of(page, "requests_received") == 0


@SETTINGS
@given(year=STANDARD_YEARS, who=SUBJECTS)
def test_guard_no_review_applied_for_says_nothing_of_requests(year: int, who: str) -> None:
    page = opening(year) + f"{year}年,{who}未接收到行政复议申请。\n"
    assert value_of(page, "requests_received") is None
