"""Issue 14, round 74: a grant word under a negation is no grant (blind 69's wrong rows; development data).

第三十六条第（二）项's 提供 is a handing over done; the same words after a negation or a refusal modal (不能给您复印,
无法当面交付) refuse it. The property tests fail on round 73's scheme (round 72's given_part_alone and the delivery
rules read the bare word); the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_outcome

_NEGATIONS = st.sampled_from(["不能", "无法", "不予", "不宜", "不便", "未能", "没办法", "没法"])
_HANDING = st.sampled_from(
    ["给您复印", "给你复印", "当面交付", "寄给你", "交给您", "发到你的微信", "交付给您"]
)
_OBJECTS = st.sampled_from(["案卷里的东西", "那几份询问笔录", "内部的会议记录", "这份审批表"])


@settings(max_examples=80, deadline=None)
@given(_OBJECTS, _NEGATIONS, _HANDING)
def test_a_handing_over_under_a_negation_is_no_grant(thing: str, negation: str, handing: str) -> None:
    reply = f"{thing}按规定不对外提供，{negation}{handing}。"
    assert classify_outcome(reply).category != "granted"


_GRANTED_DOCUMENTS = st.sampled_from(["您要的会议纪要", "那份补偿方案", "申请的验收单", "这份通知"])
_DONE = st.sampled_from(["给您复印了一份", "给你复印好了", "寄给你了", "当面交付给您了"])


@settings(max_examples=60, deadline=None)
@given(_GRANTED_DOCUMENTS, _DONE)
def test_guard_a_handing_over_with_words_between_a_negation_stays_a_grant(thing: str, done: str) -> None:
    # 不仅…还 adds to the grant; no negation governs the handing over.
    reply = f"{thing}不仅已经核对过，还{done}。"
    assert classify_outcome(reply).category == "granted"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["凭身份证当面领取即可", "凭身份证当场领取即可", "到窗口当面领取即可"]))
def test_guard_a_needless_step_before_a_collection_stays_a_grant(collection: str) -> None:
    assert classify_outcome(f"您申请的材料已准备好，无需预约，{collection}。").category == "granted"
