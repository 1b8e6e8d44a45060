"""Two wordings of "no request this year" read as 0 requests (round 23, docs/audit.md).

``tonghai_hexi_2023`` (blind set 21): ``2023年度,我镇未新收到政府依申请公开件。`` (新 between 未 and 收到) and
``jining_nmslj_2024``: ``2024年度我单位无申请公开政府信息情况。`` (no 依 before 申请, closed by 情况) were left unread. Each
property fails on the round-22 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, opening, value_of

STANDARD_YEARS = st.integers(2021, 2025)
AGENCIES = st.sampled_from(("我镇", "我单位", "本机关", "我局"))


class TestNoRequestWordings:
    @SETTINGS
    @given(
        year=STANDARD_YEARS, agency=AGENCIES, what=st.sampled_from(("政府依申请公开件", "政府信息公开申请"))
    )
    def test_no_new_request_received_is_zero(self, year: int, agency: str, what: str) -> None:
        page = opening(year) + f"(二)依申请公开情况\n{year}年度,{agency}未新收到{what}。\n"
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, agency=AGENCIES, what=st.sampled_from(("政府信息", "信息")))
    def test_no_case_of_a_request_is_zero(self, year: int, agency: str, what: str) -> None:
        page = opening(year) + f"(二)依申请公开情况\n{year}年度{agency}无申请公开{what}情况。\n"
        assert value_of(page, "requests_received") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS, agency=AGENCIES, count=st.integers(1, 200))
    def test_guard_items_put_up_for_publication_are_no_requests(
        self, year: int, agency: str, count: int
    ) -> None:
        # qiaojia_zhongzhai_2024: "通过…网申请公开信息20条" counts items the town put up, never a request
        page = opening(year) + f"(一)主动公开情况\n{year}年,{agency}通过县人民政府网申请公开信息{count}条。\n"
        assert value_of(page, "requests_received") is None
