"""Reply classifier: information the agency does not hold or is not obliged to disclose (第三十六条第（四）、（五）项),
referrals.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_outcome


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("第三十六条第（四）项", "第三十六条第（五）项", "第二十一条第一款第（三）项")),
    st.sampled_from(("我局将把你反映的问题转交有关部门", "村务信息请向村委会咨询", "")),
)
def test_the_cited_article_of_the_not_held_row_decides(article: str, aside: str) -> None:
    """A reply that cites the not-held article is that row, whatever else it mentions."""
    reply = f"你申请的信息本机关不掌握，根据《政府信息公开条例》{article}之规定，特此告知。{aside}"
    assert classify_outcome(reply).category == "unavailable_not_held"


@settings(deadline=None)
@given(
    st.sampled_from(("无法查询到", "查询不到", "未能查到", "检索不到")),
    st.sampled_from(("相关信息", "你咨询的文件")),
)
def test_not_found_wordings_are_not_held(wording: str, what: str) -> None:
    assert classify_outcome(f"经核实，本单位{wording}{what}。").category == "unavailable_not_held"


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("经查，", "经检索，", "")),
    st.sampled_from(
        ("本机关没有掌握该信息", "本局未掌握你申请的信息", "相关部门未保留该材料", "本单位没有保留该文件")
    ),
)
def test_more_not_held_wordings(opening: str, wording: str) -> None:
    """没有掌握, 未保留: the agency does not hold the information (第三十六条第（四）项)."""
    assert classify_outcome(f"{opening}{wording}。").category == "unavailable_not_held"


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(("应当向", "应向")), st.sampled_from(("某区人民政府", "某市自然资源局", "县住建局")))
def test_should_apply_to_another_agency_is_not_held(verb: str, agency: str) -> None:
    """第三十六条第（五）项: the agency that is responsible is named."""
    assert classify_outcome(f"你申请的征地补偿方案{verb}{agency}申请。").category == "unavailable_not_held"


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("市自然资源和规划局", "区住房和城乡建设局", "县人民政府")),
    st.sampled_from(("不属于本街道负责公开", "不属于本镇负责公开", "由该机关负责公开")),
)
def test_another_bodys_responsibility_is_not_held(body: str, words: str) -> None:
    result = classify_outcome(f"你申请的批复由{body}作出，{words}，该机关联系电话为0571-8xxxxxxx。")
    assert result.category == "unavailable_not_held"


@settings(deadline=None)
@given(st.sampled_from(("市住建局", "县自然资源局")), st.sampled_from(("请你向", "请您向")))
def test_asking_the_applicant_to_apply_elsewhere_is_not_held(body: str, words: str) -> None:
    """第三十六条第（五）项: the responsible organ is named."""
    assert classify_outcome(f"该文件系{body}制作，{words}{body}申请获取。").category == "unavailable_not_held"


@settings(deadline=None)
@given(st.sampled_from(("没有找到", "没有查到", "没有查询到")), st.sampled_from(("经检索，", "经查，", "")))
def test_not_found_in_other_words_is_not_held(words: str, lead: str) -> None:
    """第三十六条第（四）项: the information does not exist."""
    assert classify_outcome(f"{lead}{words}您申请公开的政府信息。").category == "unavailable_not_held"


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("请向该局申请", "建议你向该局提出申请")),
    st.sampled_from(("联系电话附后", "联系电话见附件")),
)
def test_a_referral_of_the_whole_request_stays_not_held(referral: str, contact: str) -> None:
    text = f"你申请的信息由县自然资源局制作并保存，不属于本机关负责公开，{referral}，{contact}。"
    assert classify_outcome(text).category == "unavailable_not_held"


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(
        (
            "故查询建房用地审批资料必须依照上述规定到本局档案室办理。",
            "属于户籍管理资料，请依照户口登记管理的有关规定到公安机关户政窗口申请查询。",
            "请依照《户口登记条例》到户籍窗口查询。",
        )
    ),
)
def test_a_referral_to_another_system_is_an_administrative_inquiry(referral: str) -> None:
    assert classify_outcome(f"你申请的信息，{referral}").category == "withheld_administrative_inquiry"
