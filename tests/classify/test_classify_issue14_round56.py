"""Issue 14, round 56: blind 52's misses as classes.

Replies: a document attached behind the reply itself (…报告已经附在本答复后面，共九页; 附在本回复后) is given (第三十六条第（二）项)
as behind 本答复书 — but a contact detail attached there (电话附在本答复后面) gives nothing (round 51); an archive whose
closed period has not run (尚未满三十年, 未满二十五年, 不属于向社会开放的范围) under the 档案法 is withheld by that law
(第十四条, 档案法 第二十七条); a question the reply names 咨询 (这是咨询, 此为咨询) is 第三十九条第一款's activity, 信访举报投诉类申请
by the README's 咨询 guideline. The property tests fail on round 55's schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_outcome

_DOCUMENTS = ["村道改造工程竣工验收报告", "会议纪要", "项目批复文件", "征地补偿方案", "检查记录"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["可以给。", "经审查，", ""]),
    st.sampled_from(_DOCUMENTS),
    st.sampled_from(
        ["已经附在本答复后面", "附在本答复后", "已附在答复后面", "附在本回复后面", "已经附在回复后"]
    ),
    st.sampled_from(["，共九页。", "，请查阅。", "。"]),
)
def test_a_document_attached_behind_the_reply_is_given(
    lead: str, document: str, attached: str, tail: str
) -> None:
    """第三十六条第（二）项 in plain speech: the document itself behind the reply is 予以公开."""
    result = classify_outcome(f"{lead}你要的{document}{attached}{tail}")
    assert result.category == "granted"


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["你要求查阅的是", "你申请的", "所申请的"]),
    st.sampled_from(["尚未满三十年的", "形成未满二十五年的", "未满三十年的"]),
    st.sampled_from(["本馆馆藏档案", "馆藏土地档案", "档案"]),
    st.sampled_from(["按照档案法的规定", "根据《中华人民共和国档案法》", "依照档案法"]),
    st.sampled_from(["不属于向社会开放的范围", "不向社会开放", "暂不属于向社会开放的范围"]),
)
def test_an_archive_not_yet_open_is_withheld_by_law(
    lead: str, age: str, archive: str, law: str, closed: str
) -> None:
    """第十四条 with the 档案法's closed period (第二十七条) in other words: prohibited by law, never unanswered."""
    result = classify_outcome(f"{lead}{age}{archive}，{law}{closed}，本馆依法不向你提供。")
    assert result.category == "withheld_prohibited_by_law"


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["办理居住证需要带什么材料", "社保怎么转移", "孩子入学要办什么手续"]),
    st.sampled_from(["这是咨询", "此为咨询", "这是一个咨询"]),
    st.sampled_from(["，不属于申请获取政府信息", "，不是政府信息公开申请", ""]),
    st.sampled_from(["，请拨打服务窗口电话了解。", "，请向服务窗口了解。", "。"]),
)
def test_a_question_named_consultation_is_not_processed(
    question: str, named: str, note: str, tail: str
) -> None:
    """第三十九条第一款 and the README's 咨询 guideline: a question called 咨询 is 信访举报投诉类申请."""
    result = classify_outcome(f"你问的是{question}，{named}{note}{tail}")
    assert result.category == "not_processed_petition"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["请找某镇政府申请", "请向县住建局申请", "该信息由县自然资源局制作，请找该局"]),
    st.sampled_from(["电话", "联系电话", "联系方式", "地址"]),
    st.sampled_from(["附在本答复书后面", "附在本答复后面", "附在答复后"]),
)
def test_contact_details_attached_behind_the_reply_are_no_grant(
    referral: str, contact: str, attached: str
) -> None:
    """Round 51: what is attached decides — a contact detail behind the reply (or 本答复书, read 予以公开 until now) gives nothing."""
    result = classify_outcome(f"{referral}，{contact}{attached}。")
    assert result.category != "granted"


# Guards: what the round must not change (hold on round 55's schemes too).


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["本局", "本馆"]), st.sampled_from(["会议纪要", "土地档案"]))
def test_guard_an_archive_moved_to_the_archive_is_not_withheld_by_law(organ: str, record: str) -> None:
    """An archive handed to the 档案馆 (no closed period named) is not the 档案法's prohibition: the law's name decides nothing."""
    result = classify_outcome(f"{organ}的{record}已按照档案法移交县档案馆，请向县档案馆查询。")
    assert result.category != "withheld_prohibited_by_law"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["这不是咨询", "并非咨询"]), st.sampled_from(["会议纪要", "批复文件"]))
def test_guard_a_reply_denying_a_consultation_is_not_a_petition(denial: str, record: str) -> None:
    """咨询 denied (这不是咨询，而是申请…) is no 第三十九条 activity: the record given stays 予以公开."""
    result = classify_outcome(f"{denial}，而是申请获取{record}，现予以公开，附在本答复书后面。")
    assert result.category == "granted"
