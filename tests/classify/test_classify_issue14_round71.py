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


# Class 2: a later posting after a process-information refusal is no given part.
_MATTER = st.sampled_from(["招聘考察结果", "拆迁安置方案", "征收补偿标准", "评选结果"])
_BODY = st.sampled_from(["县人社局", "本局", "县政府", "区住建局"])
_SETTLED = st.sampled_from(["结果确定后", "结果确定以后", "方案审议通过后", "审议通过之后"])
_LATER = st.sampled_from(["将在网站公示五个工作日", "会在门户网站公布", "才会正式公布", "将予以公开"])


@settings(max_examples=60, deadline=None)
@given(_MATTER, _BODY, _SETTLED, _LATER)
def test_a_later_posting_after_a_process_refusal_is_no_given_part(
    matter: str, body: str, settled: str, later: str
) -> None:
    text = f"所申请的{matter}尚待局党组会议研究确定，属于过程性信息；{settled}{body}{later}。"
    found = classify_outcome(text)
    assert found.category == "withheld_process_information", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(_MATTER, _BODY, st.sampled_from(["现在不能给你", "现在不给你", "现阶段不能提供"]))
def test_refused_now_in_plain_speech_and_published_after_review_is_process_information(
    matter: str, body: str, refusal: str
) -> None:
    text = f"{matter}还在征求意见阶段，要等{body}常务会议审议通过后才会正式公布，{refusal}。"
    found = classify_outcome(text)
    assert found.category == "withheld_process_information", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    _MATTER,
    st.sampled_from(["待省政府批准后将在门户网站发布", "审议通过后才会正式公布", "结果确定后将在网站公示"]),
    st.sampled_from(["暂不公开", "暂不提供", "现在不能给你"]),
    st.sampled_from(["会议纪要已打印盖章交您本人", "会议纪要已随本告知书寄出", "会议纪要已当面交你本人"]),
)
def test_a_part_refused_now_beside_a_part_given_is_partially_granted(
    matter: str, promise: str, refusal: str, given_part: str
) -> None:
    text = f"您申请的第一项，该{matter}目前正在报批，{promise}，{refusal}；第二项{given_part}。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)


@settings(max_examples=30, deadline=None)
@given(_MATTER, st.sampled_from(["结果确定后", "审议通过后"]))
def test_guard_a_grant_with_a_later_extra_posting_stays_granted(matter: str, settled: str) -> None:
    """Nothing refused now: the copy sent is the grant, the later posting an extra."""
    text = f"现将该{matter}随本告知书一并寄给你；{settled}，本局将在局网站公布。"
    found = classify_outcome(text)
    assert found.category == "granted", (text, found.rule_id, found.matched)


# Class 3: a future word whose 会 ends a noun (社会, 常委会) is no future.
_CONDITION = st.sampled_from(["批准后", "审定后", "定稿以后", "印发之后"])
_REFUSAL = st.sampled_from(["暂不提供", "暂不公开", "现阶段不予公开"])


@settings(max_examples=60, deadline=None)
@given(
    _CONDITION,
    st.sampled_from(
        [
            "县人大常委会在网站",
            "党委会在公示栏",
            "职工大会在厂区",
            "联席会在网上",
            "镇务公开向社会公开征求意见",
        ]
    ),
    _REFUSAL,
)
def test_a_noun_ending_in_hui_is_no_future(condition: str, place: str, refusal: str) -> None:
    text = f"该方案尚在审议中，{condition}{place}公布，{refusal}。"
    found = classify_outcome(text)
    assert found.rule_id != "outcome.clause_combination.refused_now_published_later", (text, found.matched)


@settings(max_examples=40, deadline=None)
@given(_CONDITION, st.sampled_from(["县政府会在", "本局会在", "教育局会于", "社区会在"]), _REFUSAL)
def test_guard_a_real_future_after_a_body_still_promises_later(
    condition: str, future: str, refusal: str
) -> None:
    """A body's name not ending in a noun in 会 (县政府, 教育局, 社区) leaves its 会 the future."""
    text = f"该方案尚在审议中，{condition}{future}网站公布，{refusal}。"
    found = classify_outcome(text)
    assert found.category == "withheld_process_information", (text, found.rule_id, found.matched)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["盖章复印件两份（立项批复、用地预审意见）", "盖章复印件一份", "复印件三份"]),
    st.sampled_from(["项目资金拨付凭证", "历年汇总表", "分户统计表"]),
)
def test_stamped_copies_sent_with_the_letter_beside_a_record_to_be_compiled_is_partially_granted(
    copies: str, record: str
) -> None:
    """随函送达 is a delivery (第三十六条第（二）项); the record to be compiled is the part refused (第三十八条)."""
    text = f"随函送达{copies}；至于您要的{record}，需按您要求的格式汇总整理后才能形成，本局不负有加工义务。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id, found.matched)
