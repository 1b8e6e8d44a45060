"""Issue 14, round 71: blind 66's wrong rows as classes (development data).

A copy the organ stamped and then handed over — sent by registered post, given to the applicant in person, signed for —
is a grant (第三十六条第（二）项), never 第三十九条第二款's request to certify a copy: 盖章确认 on a copy the organ
sends needs the applicant's request or the applicant's copy to name that row. The property tests fail on round 70's
schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_outcome

_DOCUMENT = st.sampled_from(["《牧民定居工程验收报告》", "采砂许可档案", "会议纪要", "征收补偿方案"])
_ORGAN = st.sampled_from(["本局", "本机关", "我委", "本镇"])
_STAMPED = st.sampled_from(
    ["已复印并在每页加盖本局信息公开专用章", "已打印盖章", "已复印盖章", "经本局盖章确认后"]
)
_HANDED_OVER = st.sampled_from(
    ["由工作人员当面交你本人签收", "交您本人", "当面交你本人", "以挂号信寄送给你", "当面交您本人签收"]
)


@settings(max_examples=60, deadline=None)
@given(_DOCUMENT, _ORGAN, _STAMPED, _HANDED_OVER)
def test_a_stamped_copy_handed_over_is_a_grant(document: str, organ: str, stamped: str, handed: str) -> None:
    text = f"你申请的{document}，{organ}{stamped}，{handed}。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["要求本局在你手中的", "希望本机关在你持有的", "请求本所在已经寄给你的", "要求我局为你所持的"]
    ),
    st.sampled_from(["批复复印件", "许可证复印件", "补偿协议复印件"]),
    st.sampled_from(["上盖章确认", "盖章确认", "盖章证明与原件一致"]),
)
def test_guard_a_request_to_stamp_a_copy_held_keeps_its_row(asker: str, copy: str, stamp: str) -> None:
    """第三十九条第二款: a stamp asked for on the applicant's own copy stays that row."""
    text = f"你{asker}{copy}{stamp}，这不是获取政府信息的申请，本机关不予处理。"
    assert classify_outcome(text).category == "not_processed_confirm_or_reissue", text
