"""Reply classifier: grants and partial grants (予以公开, 部分公开, already published), and negated grant words.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_outcome

# Replies (scheme 2021.17).
_GRANTS = st.sampled_from(["随本答复提供", "现予提供", "予以公开"])


_LATER = st.sampled_from(["暂不提供", "暂不公开", "暂不予公开"])


# Replies (outcome 2021.18).
_NEGATIONS = st.sampled_from(["无法", "不能", "未能", "难以", "不宜", "不便"])


_GRANTS_R21 = st.sampled_from(["予以提供", "予以公开"])


_GAPS = st.sampled_from(["", "按政府信息公开申请", "按照政府信息公开申请"])


_PREFIXES = st.sampled_from(
    [
        "经审查，",
        "你申请的信息涉及他人，",
        "你申请公开的内容属于咨询，",
        "经检索，",
        "",
    ]
)


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("已主动公开，获取方式附后", "见附件", "附后", "已主动公开，获取途径为本机关网站")),
    st.sampled_from(("本机关未制作", "不存在", "涉及商业秘密，不予公开")),
)
def test_a_grant_of_one_part_and_a_refusal_of_another_is_partial(granted: str, refused: str) -> None:
    """第三十七条 and the format's label: part given, part missing or withheld → 部分公开 only."""
    reply = f"你申请的两项信息中，第一项{granted}；第二项{refused}。"
    assert classify_outcome(reply).category == "partially_granted"


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("根据申请向你提供", "根据你的申请向你提供", "现根据申请向您提供")),
    st.sampled_from(("该文件（见附件）", "相关材料复印件", "该信息")),
)
def test_a_grant_made_on_the_application_is_no_referral(grant: str, what: str) -> None:
    """请向 inside "根据申请向你提供" is no referral to another agency: the grant row."""
    assert classify_outcome(f"本机关已受理你的申请，{grant}{what}。").category == "granted"


@settings(deadline=None)
@given(
    st.sampled_from(("第1、2项", "第一项", "其余事项")),
    st.sampled_from(("属于内部工作资料，不予公开", "属于过程性信息，不予公开")),
    st.sampled_from(("第3项属于主动公开内容", "第四项属于本机关主动公开内容，可到服务大厅领取")),
)
def test_a_proactively_disclosed_part_beside_a_withheld_part_is_partial(
    withheld: str, reason: str, granted: str
) -> None:
    """One part withheld, another named as proactively disclosed content: 部分公开 (区分处理的，只计这一情形)."""
    assert classify_outcome(f"你申请的{withheld}{reason}；{granted}。").category == "partially_granted"


def test_proactively_disclosed_content_alone_is_granted() -> None:
    """主动公开内容 without a refusal is the already-published reading of the grant row."""
    result = classify_outcome("你申请的信息属于主动公开内容，可在本机关网站查阅。")
    assert result.category == "granted"


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("现予提供", "现予以提供")),
    st.sampled_from(("经检索本机关未制作", "本机关不掌握", "信息不存在")),
)
def test_a_grant_verb_beside_a_part_not_held_is_partial(grant: str, missing: str) -> None:
    """部分公开: 区分处理的，只计这一情形."""
    reply = f"您申请的三份文件中，第一份{grant}，第二、三份{missing}。"
    assert classify_outcome(reply).category == "partially_granted"


@settings(deadline=None)
@given(st.sampled_from(("不予开放", "尚未开放", "仍在封闭期")))
def test_the_closed_period_of_archives_is_a_law_forbidding_disclosure(closed: str) -> None:
    """档案法 (2020): archives open to the public 25 years after they were made."""
    reply = f"该档案形成未满二十五年，依据《中华人民共和国档案法》{closed}。"
    assert classify_outcome(reply).category == "withheld_prohibited_by_law"


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("人大代表建议的办理复文", "政府工作报告", "部门预算")),
    st.sampled_from(("已在政府网站公开", "已在本机关门户网站公开", "已在官网公开")),
)
def test_already_published_on_a_website_is_granted(thing: str, where: str) -> None:
    """第三十六条第（一）项: tell the applicant where it was published."""
    assert classify_outcome(f"你申请的{thing}{where}，可登录查阅。").category == "granted"


# Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("市政府门户网站", "本局网站", "县发改委网站")),
    st.sampled_from(("进行了公开", "上进行公开")),
)
def test_the_act_of_disclosure_is_a_grant(site: str, act: str) -> None:
    """已在…网站上进行了公开: 第三十六条第（一）项 (already disclosed → tell how to obtain it): 予以公开."""
    assert classify_outcome(f"你申请的信息，我委已在{site}{act}，请自行查询。").category == "granted"


@settings(deadline=None)
@given(st.sampled_from(("批复文件的正文部分", "合同的主体部分")), st.sampled_from(("商业秘密", "个人隐私")))
def test_a_part_sent_beside_a_part_refused_is_a_partial_grant(part: str, secret: str) -> None:
    """部分公开: 区分处理的，只计这一情形."""
    reply = f"本机关向您寄送所申请{part}；附件中涉及{secret}，该部分决定不予公开。"
    assert classify_outcome(reply).category == "partially_granted"


# Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("本局", "本机关", "本单位")),
    st.sampled_from(("公开义务机关", "公开义务主体")),
    st.sampled_from(("建议向其申请", "请向其申请", "")),
)
def test_not_the_organ_obliged_to_disclose_is_not_held(organ: str, duty: str, advice: str) -> None:
    """第三十六条（五）: the information is not this organ's to disclose → 本机关不掌握."""
    reply = f"你申请的信息由某委员会作出，{organ}不是该信息的{duty}，{advice}。"
    assert classify_outcome(reply).category == "unavailable_not_held"


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("2025年森林采伐限额分解表", "某项目环评批复", "2024年低保名册")),
    st.sampled_from(("查田镇", "城关片区", "2023年")),
    st.sampled_from(("予以提供", "现予提供", "予以公开")),
    st.sampled_from(("本局没有，请向其申请", "本局没有，建议向各乡镇申请", "本机关没有")),
)
def test_a_part_given_and_the_rest_held_elsewhere_is_partial(
    record: str, part: str, grant: str, rest: str
) -> None:
    text = f"你申请的{record}，其中{part}部分本局有保存，{grant}；其余部分由各乡镇服务中心掌握，{rest}。"
    assert classify_outcome(text).category == "partially_granted"


# Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("本机关提供合同正文", "合同正文予以提供", "本局提供项目批复")),
    st.sampled_from(("供应商报价明细涉及其商业秘密", "附件涉及第三方个人隐私")),
    st.sampled_from(("该部分不予提供", "该部分不予公开")),
)
def test_a_part_withheld_for_a_third_party_is_a_partial_grant(
    given_part: str, reason: str, refusal: str
) -> None:
    reply = f"你申请的图书采购合同，{given_part}；合同{reason}，经征求第三方意见其不同意公开，{refusal}。"
    assert classify_outcome(reply).category == "partially_granted"


@settings(deadline=None)
@given(
    st.sampled_from(("已随报告主动公开", "已主动公开")),
    st.sampled_from(("本局从未制作", "本机关未制作")),
    st.sampled_from(("现随本告知书提供", "本机关提供")),
)
def test_items_answered_differently_are_a_partial_grant(
    published: str, missing: str, given_item: str
) -> None:
    reply = f"关于你申请的三项信息：附表一{published}；附表二{missing}；附表三{given_item}。"
    assert classify_outcome(reply).category == "partially_granted"


@settings(deadline=None)
@given(
    st.sampled_from(("《海口市人民政府工作规则》", "该规章", "该通知")),
    st.sampled_from(("已刊登于《海口市人民政府公报》2011年第5期", "已在政府公报上刊登")),
)
def test_a_document_published_in_a_gazette_is_granted(document: str, where: str) -> None:
    reply = f"你申请的{document}{where}，可通过公报或市图书馆查阅获取。"
    assert classify_outcome(reply).category == "granted"


@settings(deadline=None)
@given(st.sampled_from(("政府公报合订本", "统计年鉴", "县志")))
def test_a_publication_asked_for_is_not_processed(publication: str) -> None:
    reply = f"你要求提供的{publication}属于公开出版物，请通过图书馆或书店获取。"
    assert classify_outcome(reply).category == "not_processed_publication"


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
def test_an_archive_not_yet_open_stays_prohibited_and_a_publication_stays_a_publication() -> None:
    closed = "根据《中华人民共和国档案法》及相关行政法规的规定，未到开放期限的档案不得对社会公开，您申请的信息不予公开。"
    assert classify_outcome(closed).category == "withheld_prohibited_by_law"
    library = "你要求获取的《某市志》属于公开出版物，请到市图书馆、档案馆查阅。"
    assert classify_outcome(library).category == "not_processed_publication"


@settings(deadline=None)
@given(
    st.sampled_from(("本机关", "本局")),
    st.sampled_from(("《某省社会团体登记管理办法》汇编本", "2024年度《某省人民政府公报》纸质本")),
)
def test_a_publication_refused_is_no_partial_grant(organ: str, publication: str) -> None:
    text = (
        f"你要求{organ}提供{publication}，属于公开出版物，可通过新华书店或公报发行渠道获取，{organ}不予提供。"
    )
    assert classify_outcome(text).category == "not_processed_publication"


# Round 16 (formerly test_classify_issue14_round16.py; see ROUNDS.md).
# Replies (outcome 2021.15) and applicants (applicant 2021.18): blind 15's misses, by class.
@settings(deadline=None)
@given(
    st.sampled_from(("第1项、第3项", "第2项中的会议纪要", "第4项")),
    st.sampled_from(("经检索不存在", "本机关未制作")),
    st.sampled_from(("随本答复书提供", "随答复书提供")),
)
def test_a_several_item_answer_that_gives_part_is_partial(items: str, lack: str, given_words: str) -> None:
    assert (
        classify_outcome(f"你申请的{items}信息{lack}；其余信息{given_words}。").category
        == "partially_granted"
    )


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(_GRANTS, _LATER, st.sampled_from(["过程性信息", "尚在调查中的案卷", "内部事务信息"]))
def test_a_grant_with_a_part_withheld_for_now_is_a_partial_grant(grant: str, later: str, why: str) -> None:
    result = classify_outcome(f"其中48项的情况{grant}；另有2项属于{why}，{later}。")
    assert result.category == "partially_granted"


# Round 21 (formerly test_classify_issue14_round21.py; see ROUNDS.md).
@settings(max_examples=150, deadline=None)
@given(_PREFIXES, _NEGATIONS, _GAPS, _GRANTS_R21)
def test_a_negated_grant_is_never_a_grant(prefix: str, negation: str, gap: str, grant: str) -> None:
    """本机关无法按政府信息公开申请予以提供: the grant word is refused, so the row is never 予以公开."""
    if gap and negation not in {"无法", "不能"}:
        gap = ""
    result = classify_outcome(f"{prefix}本机关{negation}{gap}{grant}。")
    assert result.category != "granted"
    assert result.category != "partially_granted"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["经审查，", "经检索，", ""]), st.sampled_from(["现将", "现", ""]), _GRANTS_R21)
def test_a_plain_grant_stays_a_grant(prefix: str, lead: str, grant: str) -> None:
    """现将你申请的信息予以提供: no negation, still the grant (a negated form elsewhere is no doubt cast on it)."""
    result = classify_outcome(f"因故无法按时答复，{prefix}{lead}你申请的信息{grant}。")
    assert result.category == "granted"
