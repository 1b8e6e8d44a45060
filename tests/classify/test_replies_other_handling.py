"""Reply classifier: questions and petitions, not government information, excessive requests and fees, other
handling.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_outcome,
)

_AMOUNTS = st.sampled_from(["3200余页", "八百余页", "一千二百页", "五百余件"])


_UNPAID = st.sampled_from(["你逾期未缴纳", "你在规定期限内未缴纳", "你逾期未按要求缴纳", "你未缴费"])


_EXCESS = st.sampled_from(["数量明显超过合理范围", "申请数量明显超过合理范围", "频次明显超过合理范围"])


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(("信访工作条例", "信访条例")), st.sampled_from(("信访渠道", "信访部门")))
def test_the_petition_regulations_alone_stay_the_petition_row(law: str, channel: str) -> None:
    """A petition turned to the petition channel under the same regulations stays 信访举报投诉类."""
    reply = f"你的申请属于信访事项，请按照《{law}》通过{channel}反映。"
    assert classify_outcome(reply).category == "not_processed_petition"


@settings(deadline=None)
@given(
    st.sampled_from(("第2条规定的政府信息", "第二条规定的政府信息", "第二条所称的政府信息")),
    st.sampled_from(("不属于", "并非")),
)
def test_not_government_information_under_article_2_is_other(article: str, negation: str) -> None:
    reply = f"你申请的信息{negation}《中华人民共和国政府信息公开条例》{article}，请到社区登记查询。"
    assert classify_outcome(reply).category == "other_other"


@settings(deadline=None)
@given(st.sampled_from(("进行解释说明", "作出解释", "释疑")), st.sampled_from(("具体问题", "相关政策")))
def test_a_request_for_an_explanation_is_a_consultation(explain: str, subject: str) -> None:
    """Asking the agency to explain is a question, not a request for information: 信访举报投诉类 since round 14."""
    reply = f"你的申请实质上是要求本机关对{subject}{explain}，不属于政府信息公开申请。"
    assert classify_outcome(reply).category == "not_processed_petition"


def test_a_written_reply_is_no_certificate() -> None:
    assert (
        classify_outcome("本机关已出具书面答复，告知你该信息不存在。").category
        != "not_processed_confirm_or_reissue"
    )


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("你应当向", "请你向", "可直接向")),
    st.sampled_from(("当时签订协议的某村", "某村村民委员会", "所在社区居委会")),
)
def test_a_reply_sending_the_applicant_to_a_village_is_other_handling(sending: str, village: str) -> None:
    """A village or residents' committee is self-governing, not an agency: 其他处理, like 村务."""
    reason = f"该协议由村具体操作，{sending}{village}申请信息公开。"
    assert classify_outcome(reason).category == "other_other"


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
def test_should_apply_to_a_village_stays_other() -> None:
    """A village committee is no agency: 其他处理 (round 7)."""
    assert classify_outcome("你申请的村务信息应当向某村村民委员会申请。").category == "other_other"


@settings(deadline=None)
@given(
    st.sampled_from(("不是", "不属于", "并非")),
    st.sampled_from(("所指政府信息", "所指的政府信息", "所称的政府信息")),
)
def test_not_government_information_in_the_regulations_sense_is_other(negation: str, definition: str) -> None:
    """第二条: not government information → 其他处理."""
    reply = f"所提申请{negation}《中华人民共和国政府信息公开条例》{definition}。"
    assert classify_outcome(reply).category == "other_other"


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(("应为法律咨询", "属于法律咨询", "建议你通过法律咨询途径获取")))
def test_a_request_for_legal_advice_is_a_question(words: str) -> None:
    """A request for legal advice is a question: 信访举报投诉类 since round 14's convention (其他 before)."""
    result = classify_outcome(f"你要求获取的内容{words}。")
    assert result.category == "not_processed_petition"


# Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(("会议记录", "请示", "讨论稿")), st.sampled_from(("该政府信息不存在", "该信息不存在")))
def test_not_exists_in_the_articles_words_decides_over_the_kind_named(kind: str, words: str) -> None:
    """第三十六条第（四）项: a record that does not exist is not withheld as process information."""
    reply = f"经检索，本机关未制作或获取您所描述的“某村土地调整{kind}”，{words}。"
    assert classify_outcome(reply).category == "unavailable_not_held"


@settings(deadline=None)
@given(st.sampled_from(("答复书提出异议", "答复提出异议")), st.sampled_from(("行政复议", "行政诉讼")))
def test_an_objection_to_the_reply_is_other_handling(objection: str, remedy: str) -> None:
    """An objection to the agency's own reply goes to review or litigation (第五十一条): 其他, not 信访."""
    reply = f"您对本机关作出的{objection}并要求重新答复，该诉求不属于新的申请，请通过{remedy}途径主张。"
    assert classify_outcome(reply).category == "other_other"


# Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
def test_consultation_is_a_petition_class_request() -> None:
    """Round 14 settled the convention (round 10 read 其他): 咨询 is 第三十九条第一款's, 信访举报投诉类申请."""
    reply = "你询问的问题属于咨询，不是获取某一政府信息的申请，本机关已另行电话解答。"
    assert classify_outcome(reply).category == "not_processed_petition"


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("县委组织部干部调整文件", "县委常委会会议纪要", "党委的人事任免材料")),
    st.sampled_from(("党委工作信息", "党委信息", "党组织信息")),
    st.sampled_from(
        ("不适用《中华人民共和国政府信息公开条例》", "不适用《政府信息公开条例》", "不适用《条例》")
    ),
)
def test_party_committee_information_outside_the_regulation_is_other(
    record: str, kind: str, law: str
) -> None:
    assert classify_outcome(f"你申请的{record}属于{kind}，{law}。").category == "other_other"


# Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("属于政策咨询", "属于咨询", "应为法律咨询", "系咨询")),
    st.sampled_from(("已由工作人员电话解答", "已通过12345热线答复", "本机关另行作出解释")),
    st.sampled_from(
        ("不作为政府信息公开申请处理", "不属于政府信息公开申请", "不属于《条例》所指的政府信息公开申请")
    ),
)
def test_a_question_is_a_petition_class_request(question: str, channel: str, words: str) -> None:
    reply = f"你询问的“补贴标准是多少”{question}，{channel}，{words}。"
    assert classify_outcome(reply).category == "not_processed_petition"


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("生活", "生产、生活、科研等", "自身生活")),
    st.sampled_from(("本机关不予提供", "本机关决定不予公开")),
)
def test_a_refusal_for_no_special_need_is_other(need: str, refusal: str) -> None:
    result = classify_outcome(f"您补充的材料不足以证明您系根据{need}特殊需要申请获取该信息，{refusal}。")
    assert result.category == "other_other"


@settings(deadline=None)
@given(st.sampled_from(("《上海市政府信息公开规定》", "《某市政府信息公开规定》")))
def test_a_local_rules_not_applicable_refusal_is_a_petition_class_request(rule: str) -> None:
    text = f"经审查，你提交的材料不符合{rule}规定的申请要求，不适用于{rule}，本机关不再按照该规定作出答复。"
    assert classify_outcome(text).category == "not_processed_petition"


# Round 16 (formerly test_classify_issue14_round16.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(("全部卷宗材料", "全部案卷材料", "全部执法文书")))
def test_article_35s_own_words_decide_over_the_records_named(records: str) -> None:
    text = f"你要求公开十年来的{records}，数量明显超过合理范围，你提出的理由不合理，本机关不予处理。"
    assert classify_outcome(text).category == "not_processed_excessive"


@settings(deadline=None)
@given(
    st.sampled_from(("行政处罚案卷信息", "执法案卷", "会议记录")), st.sampled_from(("书面撤回了", "撤回了"))
)
def test_a_withdrawn_request_is_other(what: str, withdrew: str) -> None:
    text = f"你于2025年5月12日{withdrew}对{what}的公开申请，本机关终止处理。"
    assert classify_outcome(text).category == "other_other"


@settings(deadline=None)
@given(st.sampled_from(("两委会议记录", "村集体账目", "村民会议记录")))
def test_village_records_are_not_government_information(record: str) -> None:
    text = f"某村{record}由村民委员会制作保存，属于村务公开的内容，请向村委会要求公开。"
    assert classify_outcome(text).category == "other_other"


@settings(deadline=None)
@given(st.sampled_from(("罚款金额排名", "历年执法次数统计", "各单位经费对比表")))
def test_information_to_be_generated_needs_creation(what: str) -> None:
    text = f"本局未制作过“{what}”这一信息，生成该信息需从各案卷中逐一摘录并加工排序，本局不予提供。"
    assert classify_outcome(text).category == "unavailable_needs_creation"


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["二百余件", "三百余件", "一千余件", "数百件", "上千件"]))
def test_excessive_requests_counted_in_words(count: str) -> None:
    result = classify_outcome(
        f"你在一年内提出政府信息公开申请{count}，经要求你说明理由，你未能说明，本局不予处理。"
    )
    assert result.category == "not_processed_excessive"


# Round 21 (formerly test_classify_issue14_round21.py; see ROUNDS.md).
@settings(max_examples=100, deadline=None)
@given(_AMOUNTS, _EXCESS, _UNPAID)
def test_an_unpaid_fee_ends_the_request_even_when_it_was_excessive(
    amount: str, excess: str, unpaid: str
) -> None:
    """…明显超过合理范围，本局已通知你缴纳信息处理费，你逾期未缴纳，视为放弃申请: the fee ended it (第四十二条)."""
    result = classify_outcome(
        f"你申请提供的材料共计{amount}，{excess}，本局已依法通知你缴纳信息处理费，{unpaid}，视为放弃申请。"
    )
    assert result.category == "other_fee_unpaid"
    assert result.confidence is Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(_AMOUNTS, _EXCESS)
def test_an_excessive_request_with_no_fee_keeps_its_row(amount: str, excess: str) -> None:
    """The guard: 明显超过合理范围 with no fee named stays the excessive row."""
    result = classify_outcome(f"你申请提供的材料共计{amount}，{excess}，本机关不予处理。")
    assert result.category == "not_processed_excessive"
