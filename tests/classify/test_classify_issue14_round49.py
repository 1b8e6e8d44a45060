"""Issue 14, round 49: blind 45's misses as classes, and precedence between reply rows.

Titles whose item the guidelines leave in doubt are never answered clear: an OGI work plan (政务公开工作要点: (十五), (一)
or no category), an organ's internal rules in a G1 form (…机关公务用车使用管理规定: internal affairs against (一)), a
social-insurance contribution standard (医疗保险个人缴费标准: (十一) against (八)); a people's congress's own work plan
is no government information (G5). Replies: 部分公开 outranks a refusal's ground only when a part is given (第三十七条;
the format counts a divided answer only there); a grant in plain speech (寄过去了，注意查收; 附在本答复书后面); 第三十八条's
own words (加工、分析) after 重新汇总属于; the information 非…所掌握. The variants were written before the classifier ran
on them; the guards hold on round 48's schemes and on this round's.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome
from tests.classify.samples import fired_rules

_PLACE = st.sampled_from(["凌云县", "岚县", "福鼎市", "同心县", "平潭县", "新林区"])
_YEAR = st.sampled_from(["2024", "2025", "2026"])


@settings(max_examples=60, deadline=None)
@given(
    _PLACE,
    _YEAR,
    st.sampled_from(["政务公开工作要点", "政府信息公开工作要点"]),
    st.sampled_from([("关于印发《", "》的通知"), ("", ""), ("人民政府办公室关于印发", "的通知")]),
)
def test_an_ogi_work_plan_is_never_answered_clear(
    place: str, year: str, plan: str, wrap: tuple[str, str]
) -> None:
    """(十五), (一) or no category: the data README's convention leaves the item in doubt, so never a clear answer."""
    before, after = wrap
    result = classify_content(f"{before}{place}{year}年{plan}{after}")
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=60, deadline=None)
@given(
    _PLACE,
    st.sampled_from(["自然资源局", "财政局", "人民政府办公室", "教育局"]),
    st.sampled_from(["公务用车使用", "公车使用", "财务", "公文", "会议"]),
    st.sampled_from(["管理规定", "管理办法", "管理实施细则"]),
)
def test_an_organs_internal_rules_are_never_a_clear_normative_document(
    place: str, organ: str, subject: str, form: str
) -> None:
    """第十六条 against 第二十条（一）: an organ's own rules for its cars, money, papers and meetings are not clear (一)."""
    result = classify_content(f"{place}{organ}机关{subject}{form}")
    assert not (result.category == "A20.01" and result.confidence is Confidence.CLEAR)


@settings(max_examples=60, deadline=None)
@given(
    _PLACE,
    _YEAR,
    st.sampled_from(["城乡居民基本医疗保险", "城乡居民基本养老保险", "城乡居民医疗保险"]),
    st.sampled_from(["个人缴费标准的通告", "个人缴费标准的通知", "缴费标准"]),
)
def test_a_social_insurance_contribution_is_never_a_clear_fee(
    place: str, year: str, insurance: str, standard: str
) -> None:
    """(十一) against (八): the insured person's contribution is ambiguous, never the confident (八) of 缴费标准."""
    result = classify_content(f"{place}{year}年度{insurance}{standard}")
    assert result.confidence is not Confidence.CLEAR
    assert "A20.11" in {result.category, result.runner_up.category if result.runner_up else None}


@settings(max_examples=30, deadline=None)
@given(_PLACE, st.sampled_from(["殡葬服务收费标准", "行政事业性收费标准", "机动车停放服务收费标准"]))
def test_a_true_fee_standard_stays_item_eight(place: str, fee: str) -> None:
    """Guard: a 收费标准 of a fee keeps (八)."""
    result = classify_content(f"{place}发展和改革局关于{place}{fee}的通知")
    assert result.category == "A20.08"


@settings(max_examples=60, deadline=None)
@given(
    _PLACE,
    _YEAR,
    st.sampled_from(["人大常委会", "政协", "人大常委会办公室"]),
    st.sampled_from(["监督工作计划", "工作要点", "代表工作计划", "工作计划"]),
)
def test_a_congress_work_plan_has_no_item(place: str, year: str, body: str, plan: str) -> None:
    """G5: a people's congress's or CPPCC's own work plan is no administrative organ's information: not (三)."""
    result = classify_content(f"{place}{body}{year}年{plan}")
    assert result.category is None


@settings(max_examples=30, deadline=None)
@given(_PLACE, _YEAR)
def test_a_governments_plan_for_deputies_suggestions_is_not_the_congress_rule(place: str, year: str) -> None:
    """Guard: a government's plan to handle deputies' suggestions is its own work, never read as the congress's."""
    assert "none.not_government.congress_work_plan" not in fired_rules(
        f"关于印发《{place}{year}年人大代表建议和政协委员提案办理工作方案》的通知"
    )


_DOCUMENT = st.sampled_from(["材料", "你要的三份文件", "那份会议纪要", "征地批复复印件"])


@settings(max_examples=60, deadline=None)
@given(
    _DOCUMENT,
    st.sampled_from(["给你寄过去了", "已经给你寄去了", "昨天给您寄了", "今天寄过去了"]),
    st.sampled_from(["注意查收", "请查收", "请注意查收"]),
)
def test_a_document_mailed_in_plain_speech_is_granted(document: str, mailed: str, check: str) -> None:
    """第三十六条第（二）项 in plain speech: the material mailed is 予以公开."""
    result = classify_outcome(f"{document}{mailed}，一共几页，{check}。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["你申请的材料", "你所要的会议记录", "申请的三份合同"]),
    st.sampled_from(["我们已整理好", "已经整理好", "本局已整理好"]),
    st.sampled_from(["附在本答复书后面", "附在本告知书后", "附在答复书后"]),
    st.sampled_from(["请查阅", "请查收", "请你查看"]),
)
def test_material_put_in_order_and_attached_is_granted(
    document: str, ready: str, attached: str, read: str
) -> None:
    """Material 整理好 and attached is given: 予以公开, never the needs-creation row (第三十八条)."""
    result = classify_outcome(f"{document}{ready}，{attached}，{read}。")
    assert (result.category, result.confidence) == ("granted", Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["本告知书", "本答复书"]), st.sampled_from(["已寄给你", "已邮寄给你"]))
def test_the_reply_letter_mailed_is_no_grant(letter: str, mailed: str) -> None:
    """Guard: the letter itself to 查收 gives no information."""
    result = classify_outcome(f"经检索，你申请的信息不存在。{letter}{mailed}，请注意查收。")
    assert result.category != "granted"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["按乡镇、机型分类统计", "按年份列表", "按街道重新排序"]),
    st.sampled_from(["重新汇总属于", "汇总属于", "重新汇总，属于"]),
    st.sampled_from(["对现有信息进行加工、分析", "对现有政府信息进行加工、分析", "对现有信息加工分析"]),
)
def test_article_38_in_its_own_words_is_needs_creation(how: str, summed: str, work: str) -> None:
    """第三十八条 (加工、分析) after 汇总属于: the article's own words are no record's name."""
    result = classify_outcome(
        f"你要求{how}后提供，本局现有的是原始台账，按你的口径{summed}{work}，本局不予提供。"
    )
    assert (result.category, result.confidence) == ("unavailable_needs_creation", Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["反馈意见汇总表", "考核结果汇总表"]), st.sampled_from(["过程稿", "内部事务信息"]))
def test_a_summary_table_held_is_not_needs_creation(table: str, kind: str) -> None:
    """Guard: a 汇总表 named as the record asked for is a record held (round 42), not work to do."""
    result = classify_outcome(f"你申请的{table}属于{kind}，不予公开。")
    assert result.category != "unavailable_needs_creation"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["原告", "申请人", "你"]),
    st.sampled_from(["被告", "本机关", "本局", "我局"]),
    st.sampled_from(["市直机关管理局", "市城投公司", "县住建局"]),
)
def test_information_not_in_hand_is_not_held(who: str, holder: str, other: str) -> None:
    """第三十六条第（四）项: 非…所掌握, with or without a referral, is 本机关不掌握."""
    result = classify_outcome(f"{who}申请公开的信息非{holder}所掌握。可直接向{other}提出申请。")
    assert (result.category, result.confidence) == ("unavailable_not_held", Confidence.CLEAR)


_PART_REFUSED = st.sampled_from(["这部分不提供", "该部分不予提供", "这部分不能提供", "该部分不予公开"])


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["投标报价明细", "成本核算表", "工艺配方"]),
    st.sampled_from(["我们书面征求了该企业意见，企业明确不同意公开", "经征求第三方意见，其不同意公开"]),
    _PART_REFUSED,
)
def test_the_whole_withheld_for_a_third_party_is_its_row(record: str, refused: str, part: str) -> None:
    """Precedence: with no part given, 这部分不提供 is the ground's own refusal of the whole — 第三方权益, not 部分公开."""
    result = classify_outcome(f"该工程中标单位的{record}涉及其商业秘密，{refused}，所以{part}。")
    assert result.category == "withheld_third_party_rights"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["本机关提供合同正文", "立项批复随函附送", "评议结果予以提供", "项目区范围图可以提供"]),
    st.sampled_from(["报价明细涉及商业秘密，经征求第三方意见其不同意公开", "发言记录属于过程性信息"]),
    _PART_REFUSED,
)
def test_a_part_given_beside_the_part_refused_is_partial(given_part: str, ground: str, part: str) -> None:
    """Guard: a part given and this part refused is 部分公开 (第三十七条; the format: 区分处理的，只计这一情形)."""
    result = classify_outcome(f"{given_part}；{ground}，{part}。")
    assert result.category == "partially_granted"


@settings(max_examples=30, deadline=None)
@given(
    _DOCUMENT, st.sampled_from(["给你寄过去了", "给您寄去了"]), st.sampled_from(["本机关未制作", "不予公开"])
)
def test_a_part_mailed_beside_a_part_refused_is_partial(document: str, mailed: str, rest: str) -> None:
    """A part mailed in plain speech and a part refused or not made is 部分公开, never a confident grant."""
    result = classify_outcome(f"第一项{document}{mailed}；第二项{rest}。")
    assert result.category == "partially_granted"
