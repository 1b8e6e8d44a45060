"""Issue 14, round 27: reply wordings of table 三's rows no rule read (blind25, development data since its measurement).

Replies: a referral to another body to apply (请联系…，向…申请公开) is 第三十六条（五）; the statements of a penalty case
withheld (陈述与申辩、证人证言 … 不属于应予公开) are the case file (第十六条第二款); a document told published with where to
get it (已通过…网站…向社会发布，请按所附网址获取) is 第三十六条（一）; a secrecy duty under a named law's article (专利法
第二十一条 … 负有保密责任) is 第十四条; a third party consulted that objected (征询 … 反对公开) is 第三十二条/第十五条; a
correction that still names nothing (补正 … 仍未指明 … 无从检索) is 第三十条; re-printing and certifying (重新打印 …
证明出具) is 第三十九条第二款; information that needs a new count (从未统计 … 重新计算) is 第三十八条, not process
information. Titles: a station's, plant's or depot's own 应急预案 is never a clear item (十二).

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

_BODIES = st.sampled_from(["长安路街道办事处", "某区住房和城乡建设局", "某县自然资源局", "某镇人民政府"])
_INFOS = st.sampled_from(["安置补偿公告及相关信息", "征收决定", "某小区规划许可", "补偿标准文件"])


@settings(deadline=None)
@given(_INFOS, _BODIES, st.sampled_from(["请联系", "建议联系", "可联系"]))
def test_a_referral_to_another_body_is_not_held(info: str, body: str, verb: str) -> None:
    """你申请的…，请联系X，向X申请公开: 第三十六条（五）, the not-held row."""
    result = classify_outcome(f"你申请的{info}，{verb}{body}，向{body}申请公开。")
    assert result.category == "unavailable_not_held"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(_INFOS, _BODIES, st.sampled_from(["建议向", "请自行向"]), st.sampled_from(["申请", "申请获取"]))
def test_a_suggestion_to_apply_elsewhere_is_not_held(info: str, body: str, verb: str, ask: str) -> None:
    """你申请的…由X制作，建议向X申请: 第三十六条（五）."""
    result = classify_outcome(f"你申请的{info}由{body}制作，{verb}{body}{ask}。")
    assert result.category == "unavailable_not_held"


@settings(deadline=None)
@given(_INFOS)
def test_a_contact_for_questions_is_no_referral(info: str) -> None:
    """A grant with 如有疑问请联系本机关 is no referral: the referral rule stays silent."""
    result = classify_outcome(f"你申请公开的{info}予以公开，现提供给你。如有疑问请联系本机关。")
    assert result.rule_id != "outcome.unavailable_not_held.referral"


_STATEMENTS = st.lists(
    st.sampled_from(["违法嫌疑人的陈述与申辩", "证人证言", "被侵害人陈述", "当事人陈述和申辩"]),
    min_size=1,
    max_size=3,
    unique=True,
)


@settings(deadline=None)
@given(
    _STATEMENTS,
    st.sampled_from(["不属于应予公开的政府信息", "本局不予公开", "本机关不予提供"]),
)
def test_a_penalty_case_s_statements_withheld_are_the_case_file(parts: list[str], refusal: str) -> None:
    """行政处罚决定书中…陈述与申辩、证人证言，不属于应予公开的政府信息: the case-file row."""
    result = classify_outcome(f"你要求获取的行政处罚案件中{'、'.join(parts)}，{refusal}。")
    assert result.category == "withheld_enforcement_case_file"


@settings(deadline=None)
@given(
    st.sampled_from(["某县农村集体经营性建设用地入市管理办法", "某市物业管理办法", "某区城市管理实施细则"]),
    st.sampled_from(["县政府网站", "市政府门户网站", "区政府网站及政报"]),
)
def test_a_document_published_with_its_address_is_granted(title: str, site: str) -> None:
    """…已通过…网站向社会发布，请按所附网址获取: 第三十六条（一）, the granted row."""
    result = classify_outcome(f"{title}系本府规范性文件，早已通过{site}向社会发布，请按所附网址获取。")
    assert result.category == "granted"


@settings(deadline=None)
@given(
    st.sampled_from(["《中华人民共和国专利法》第二十一条", "《中华人民共和国统计法》第三十九条"]),
    st.sampled_from(["负有保密责任", "负有保密义务"]),
    st.sampled_from(["本局不予提供", "本机关不予公开"]),
)
def test_a_named_law_s_secrecy_duty_is_prohibited_by_law(article: str, duty: str, refusal: str) -> None:
    """依照《…法》第N条，有关人员对其内容负有保密责任: 第十四条."""
    result = classify_outcome(f"你申请的相关文件，依照{article}，有关人员对其内容{duty}，{refusal}。")
    assert result.category == "withheld_prohibited_by_law"


@settings(deadline=None)
@given(
    st.sampled_from(["三家民宿企业", "该公司", "两家供应商企业"]),
    st.sampled_from(["书面回复反对公开", "均表示反对公开", "明确提出反对"]),
)
def test_a_consulted_third_party_that_objected_is_third_party_rights(party: str, objection: str) -> None:
    """本局已致函征询，…企业…反对公开，故不予提供: 第三十二条, the 第十五条 row."""
    result = classify_outcome(f"所申请的报价单涉及{party}，本局已致函征询，{party}{objection}，故不予提供。")
    assert result.category == "withheld_third_party_rights"


@settings(deadline=None)
@given(st.sampled_from(["不反对公开", "未提出反对"]))
def test_a_third_party_that_did_not_object_is_no_objection(answer: str) -> None:
    """征询后企业不反对公开: the objection rule stays silent."""
    result = classify_outcome(f"本局已致函征询，该企业{answer}，现予以公开。")
    assert result.rule_id != "outcome.withheld_third_party_rights.objected"


@settings(deadline=None)
@given(
    st.sampled_from(["仍未指明文件名称、时间或事项", "仍未指明具体信息"]),
    st.sampled_from(["本机关无从检索", "本局无从查找"]),
)
def test_a_correction_naming_nothing_is_unclear_after_correction(still: str, search: str) -> None:
    """你的补正材料…仍未指明…无从检索: 第三十条."""
    result = classify_outcome(f"你的补正材料只增加了一句说明，{still}，{search}，无法提供。")
    assert result.category == "unavailable_unclear_after_correction"


@settings(deadline=None)
@given(st.sampled_from(["规划选址意见书", "行政许可决定书", "处罚决定书"]))
def test_re_printing_and_certifying_is_confirm_or_reissue(document: str) -> None:
    """将已领到的…重新打印一份并出具证明: 第三十九条第二款 (confirm or re-issue)."""
    result = classify_outcome(
        f"你所求系将已领到的{document}重新打印一份并出具“与原件一致”证明，此属证明出具事项，本局不作处理。"
    )
    assert result.category == "not_processed_confirm_or_reissue"


@settings(deadline=None)
@given(
    st.sampled_from(["逐年低保退出人数", "各村危房改造户数", "历年信访件数量"]),
    st.sampled_from(["重新计算", "重新统计"]),
)
def test_a_new_count_needed_is_needs_creation(subject: str, count: str) -> None:
    """本局从未统计，须…重新计算，该信息尚未形成: 第三十八条, not process information."""
    result = classify_outcome(
        f"{subject}本局从未统计，若要得出须逐户翻阅台账{count}，该信息尚未形成，不能提供。"
    )
    assert result.category == "unavailable_needs_creation"


@settings(deadline=None)
@given(st.sampled_from(["讨论记录", "请示报告", "过程稿"]))
def test_a_process_record_not_yet_decided_stays_process_information(record: str) -> None:
    """A 讨论记录 of a matter whose decision 尚未形成: the count rule does not take it."""
    result = classify_outcome(
        f"你申请的{record}系本机关内部研究材料，最终意见尚未形成，重新统计后再议，不予公开。"
    )
    assert result.category == "withheld_process_information"


_STATIONS = st.sampled_from(
    ["液态气化站", "某加油站", "某加气站", "城东自来水厂", "某油库", "某尾矿库", "某垃圾填埋场"]
)
_HAZARDS = st.sampled_from(["事故专项", "突发环境事件", "火灾事故", "生产安全事故"])


@settings(deadline=None)
@given(_STATIONS, _HAZARDS, st.sampled_from(["{}", "关于印发{}的通知"]))
def test_a_facility_s_own_plan_is_never_clear(station: str, hazard: str, frame: str) -> None:
    """液态气化站事故专项应急预案 with no organ or region: item (十二) is never clear."""
    result = classify_content(frame.format(f"{station}{hazard}应急预案"))
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["涿鹿县", "某市", "某区人民政府"]),
    st.sampled_from(["煤矿事故灾难", "加油站火灾事故", "尾矿库溃坝事故"]),
)
def test_a_region_s_plan_for_its_facilities_keeps_item_twelve(region: str, hazard: str) -> None:
    """涿鹿县煤矿事故灾难应急预案: a region's plan stays (十二)."""
    result = classify_content(f"{region}{hazard}应急预案")
    assert result.category == "A20.12"
