"""Issue 14, round 56: blind 52's misses as classes.

Titles: the applicants, queue or allocation of affordable housing (保障性住房/公共租赁住房/廉租房 申请人名单公示, published in
batches) are (十一)'s housing security, never a batch list of (五); the registration authority's notice of enterprises
set up, changed or struck off (企业设立/变更/注销 公告) is a registration result (五); a procurement's winner named (中标人,
成交人, 中标候选人 公示) is (九). Each is a word class of the scheme (affordable_housing, enterprise_registration,
procurement_winner).

Replies: a document attached behind the reply itself (…报告已经附在本答复后面，共九页; 附在本回复后) is given (第三十六条第（二）项)
as behind 本答复书 — but a contact detail attached there (电话附在本答复后面) gives nothing (round 51); an archive whose
closed period has not run (尚未满三十年, 未满二十五年, 不属于向社会开放的范围) under the 档案法 is withheld by that law
(第十四条, 档案法 第二十七条); a question the reply names 咨询 (这是咨询, 此为咨询) is 第三十九条第一款's activity, 信访举报投诉类申请
by the README's 咨询 guideline.

Applicants: a name ending 研究所/研究院 is a research institute (科研机构) whatever its subject (生态, 环境, 湿地) unless
the name carries an NGO's word (之友, 爱好者) or the context states a social organisation; a newspaper or magazine office
(《…》社, 杂志社, 期刊社, …周报) is a news unit, 其他. The property tests fail on round 55's schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome

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


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["西北高原", "青海", "某省", "黄河三角洲"]),
    st.sampled_from(["生态研究所", "环境研究所", "湿地研究所", "生态研究院"]),
    st.sampled_from(["", "（申请公开草原监测数据）", "（以本所名义申请公开水质监测数据）"]),
)
def test_an_environmental_research_institute_is_research(place: str, name: str, context: str) -> None:
    """研究所/研究院 names the form (科研机构); the subject 生态/环境/湿地 names only the field."""
    result = classify_applicant(place + name + context)
    assert result.category == "科研机构"


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["赫章", "某县", "平潭", "南方"]),
    st.sampled_from(["《{}周报》社", "《{}日报》社", "《{}》杂志社", "《{}晚报》社", "{}周报社"]),
    st.sampled_from(["", "（以本报社名义申请公开食品抽检结果）", "（以本社名义申请）"]),
)
def test_a_newspaper_office_is_other(place: str, shape: str, context: str) -> None:
    """A publication's office (报社, 杂志社, 《…》社) applying in its own name is a news unit: 其他."""
    result = classify_applicant(shape.format(place) + context)
    assert (result.category, result.confidence) == ("其他", Confidence.CLEAR)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["平潭综合实验区", "某县住房和城乡建设局", ""]),
    st.sampled_from(["2014年第一批", "2023年第二批", "2024年"]),
    st.sampled_from(["保障性住房（公共租赁住房）", "公共租赁住房", "廉租房", "保障性租赁住房", "公租房"]),
    st.sampled_from(["申请人名单公示", "申请家庭名单公示", "申请家庭审核结果公示", "轮候名单公示"]),
)
def test_affordable_housing_applicants_are_item_eleven(
    organ: str, batch: str, housing: str, shape: str
) -> None:
    """第二十条第（十一）项 (住房保障): the applicants of affordable housing are the measure's 实施情况, decided; no batch list."""
    result = classify_content(f"{organ}{batch}{housing}{shape}")
    assert (result.category, result.confidence) == ("A20.11", Confidence.CLEAR)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["2014年2月", "2023年第三季度", "本月", ""]),
    st.sampled_from(["企业设立", "企业变更", "企业注销", "内资企业设立", "企业开业"]),
    st.sampled_from(["公告", "登记公告", "公示"]),
)
def test_an_enterprise_registration_notice_is_item_five(month: str, act: str, shape: str) -> None:
    """第二十条第（五）项 (G2): enterprises registered, changed or struck off are a registration's result, decided."""
    result = classify_content(f"{month}{act}{shape}")
    assert (result.category, result.confidence) == ("A20.05", Confidence.CLEAR)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["平潭时报电子阅报栏项目", "某县办公设备采购项目", "某镇环卫服务项目"]),
    st.sampled_from(["中标人公示", "成交人公示", "中标人公告", "成交供应商公告", "中选人公示"]),
)
def test_a_procurement_winner_notice_is_item_nine(project: str, shape: str) -> None:
    """第二十条第（九）项 (G3): the winner named is a procurement's result — (九) first (never unanswered)."""
    result = classify_content(project + shape)
    assert result.category == "A20.09"


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


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["北京市朝阳区自然之友环境研究所", "源头爱好者环境研究所", "自然之友生态研究所"]),
    st.sampled_from(["", "（以本所名义申请）"]),
)
def test_guard_an_ngo_named_as_such_stays_ngo(name: str, context: str) -> None:
    """An institute whose name carries an NGO's word (之友, 爱好者) stays 社会公益组织."""
    assert classify_applicant(name + context).category == "社会公益组织"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某生态研究所", "某湿地研究所", "某环境研究所"]),
    st.sampled_from(["（民办非企业单位）", "（民办非企业单位，以本所名义申请）"]),
)
def test_guard_an_institute_stated_a_social_organisation_stays_ngo(name: str, context: str) -> None:
    """The context states the legal form (民办非企业单位): 社会公益组织, as round 7's convention says."""
    assert classify_applicant(name + context).category == "社会公益组织"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["某某日报社", "某市晚报社", "某县融媒体中心"]))
def test_guard_a_news_unit_stays_other(name: str) -> None:
    """Round 11's news units stay 其他."""
    assert classify_applicant(name).category == "其他"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["第一批", "第二批"]), st.sampled_from(["省级众创空间名单", "优质中小企业服务机构名单"])
)
def test_guard_a_recognition_batch_list_stays_item_five(batch: str, name: str) -> None:
    """Round 13's batch lists of recognitions keep their (五) reading."""
    assert classify_content(batch + name).category == "A20.05"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["县城至高铁站连接线改建工程施工", "某道路工程监理"]))
def test_guard_a_works_tenders_winner_stays_item_ten_first(project: str) -> None:
    """Round 5: a construction project's tender under the 招标投标法 stays (十) first, (九) its runner-up."""
    result = classify_content(f"{project}招标中标候选人公示")
    assert result.category == "A20.10"
