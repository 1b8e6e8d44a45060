"""Issue 14, round 22: the title, reply and applicant classes left on the development splits (blind9 … blind20).

Titles: a property-service fee is no 行政事业性收费 (never a confident item (八)); a project proposal's reply letter
is item (十) whatever stands between 项目 and 建议书; the replies to proposals and suggestions in another word order,
an income and expenditure statistic, a penalty decision's number, an order to stop production, a procurement
contract's notice and a county's list of relics are their items; news that a document was issued, of what will be
(将实行, 预计), of pace (快马加鞭) and a CPPCC session's own business are no item; a how-to question on a licence keeps
the licence's item; an enterprise's workshop is no organ. Replies: a grant told as an earlier reply's history is
not this reply's grant; a leader's instruction with no formal document is process information. Applicants: a
river-and-lake protection centre is a public institution.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
)
from disclosure_rules._labels import ApplicantType
from tests.classify.samples import PLACES, YEARS

_PLACES = st.sampled_from(PLACES)
_YEARS = st.sampled_from(YEARS)
_NUMBERS = st.integers(min_value=1, max_value=999)

# Titles (scheme 2019.24).
_PROPERTY_FEES = st.sampled_from(["物业服务收费", "物业服务费", "物业费", "物业管理费", "物业服务价格"])
_FEE_ISSUERS = st.sampled_from(["", "某市发展和改革委员会", "某县人民政府", "某小区物业服务中心"])
_FEE_SHAPES = st.sampled_from(
    ["关于调整{fee}标准的通知", "{fee}政府指导价", "关于{fee}收费标准的公示", "{fee}标准"]
)


@settings(max_examples=80, deadline=None)
@given(_FEE_ISSUERS, _PLACES, _PROPERTY_FEES, _FEE_SHAPES)
def test_a_property_service_fee_is_never_a_confident_item_eight(
    issuer: str, place: str, fee: str, shape: str
) -> None:
    """物业服务收费 is a price for a market service, no 行政事业性收费: whoever sets it, never a confident (八)."""
    result = classify_content(issuer + place + shape.format(fee=fee))
    assert result.category != "A20.08"
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=30, deadline=None)
@given(_PLACES, st.sampled_from(["行政事业性收费", "不动产登记费", "考试考务费"]))
def test_an_administrative_fee_standard_stays_item_eight(place: str, fee: str) -> None:
    """The guard: the fees an organ collects keep their item beside the new property-fee rule."""
    assert classify_content(f"{place}发展和改革局关于调整{fee}收费标准的通知").category == "A20.08"


_PROJECTS = st.sampled_from(["水毁河道护岸修复", "乡村道路提升改造", "供水管网改造", "中学教学楼建设"])
_SECTIONS = st.sampled_from(["(东段、西段)", "(一期)", "(第二标段及其余片区段)"])


@settings(max_examples=60, deadline=None)
@given(_PLACES, _PROJECTS, _SECTIONS, st.sampled_from(["建议书的函复", "建议书的批复", "建议书的复函"]))
def test_a_project_proposals_reply_letter_is_item_ten(
    place: str, project: str, sections: str, reply: str
) -> None:
    """…项目(东台段…)建议书的函复: the approval of a project's proposal, words between 项目 and 建议书 or not."""
    result = classify_content(f"{place}发展和改革局关于{place}{project}项目{sections}{reply}")
    assert result.category == "A20.10"


@settings(max_examples=60, deadline=None)
@given(
    _PLACES,
    _NUMBERS,
    st.sampled_from(["政协{p}第十届委员会一次会议第{n}号提案的函", "人大{p}第五次会议第{n}号建议的函"]),
)
def test_a_reply_letter_named_by_its_verb_is_item_fifteen(place: str, number: int, shape: str) -> None:
    """关于答复政协…第2号提案的函: the 办理复文 of a proposal in another word order is item (十五)."""
    result = classify_content(f"{place}水务局关于答复" + shape.format(p=place, n=number))
    assert result.category == "A20.15"


@settings(max_examples=40, deadline=None)
@given(_PLACES, _NUMBERS)
def test_a_reply_to_a_deputys_proposal_is_item_fifteen(place: str, number: int) -> None:
    """…人民代表大会第四次会议第42号建议案的答复: the congress named in the reply does not make it congress material."""
    title = f"{place}交通运输局对{place}第十八届人民代表大会第四次会议第{number}号建议案的答复"
    assert classify_content(title).category == "A20.15"


@settings(max_examples=40, deadline=None)
@given(
    _YEARS,
    st.sampled_from(["上半年", "一季度", "前三季度", ""]),
    st.sampled_from(["居民收入和消费支出情况", "居民收入和消費支出情況", "居民人均消费支出"]),
)
def test_income_and_expenditure_statistics_are_item_four(year: str, period: str, indicator: str) -> None:
    """2024年上半年居民收入和消費支出情況: an indicator of the statistics bureau, in either script."""
    result = classify_content(f"{year}年{period}{indicator}")
    assert result.category == "A20.04"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["豫0523環", "穗番环", "某县应急", "某市卫"]),
    st.sampled_from(["罚决字〔{y}〕{n}号", "罰決字〔{y}〕{n}號", "罚决〔{y}〕{n}号"]),
    _YEARS,
    _NUMBERS,
)
def test_a_penalty_decisions_number_is_item_six(code: str, shape: str, year: str, number: int) -> None:
    """豫0523環罰決字〔2025〕9號: the 罚决 of the number's type code names a 行政处罚决定书."""
    assert classify_content(code + shape.format(y=year, n=number)).category == "A20.06"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某省应急管理厅", "国家矿山安全监察局某局", "某县市场监督管理局"]),
    st.sampled_from(["某矿业有限公司某煤矿", "某化工有限公司", "某食品厂"]),
    st.sampled_from(["停产整顿", "停业整顿", "停产停业"]),
)
def test_an_order_to_stop_production_is_item_six(organ: str, party: str, order: str) -> None:
    """关于责令…一号井停产整顿的公告: 行政处罚法 第九条第（四）项, not the 安全 of the field."""
    assert classify_content(f"{organ}关于责令{party}{order}的公告").category == "A20.06"


@settings(max_examples=40, deadline=None)
@given(_PLACES, st.sampled_from(["环卫保洁及垃圾清运", "物业管理服务", "办公设备", "食堂食材配送"]))
def test_a_procurement_contracts_notice_is_item_nine(place: str, purchase: str) -> None:
    """…环卫保洁及垃圾清运合同公告: 政府采购法实施条例 第五十条 (the contract is announced)."""
    assert classify_content(f"{place}人民政府{purchase}合同公告").category == "A20.09"


@settings(max_examples=20, deadline=None)
@given(_PLACES)
def test_a_land_transfer_contract_is_no_procurement(place: str) -> None:
    """The guard: a 出让合同 sells land; the new contract rule does not make it item (九)."""
    assert classify_content(f"{place}国有建设用地使用权出让合同公告").category != "A20.09"


@settings(max_examples=40, deadline=None)
@given(_PLACES, st.sampled_from(["文物遗迹", "文物保护点"]), st.sampled_from(["名单", "名录"]))
def test_a_countys_list_of_relics_is_item_fifteen(place: str, relic: str, record: str) -> None:
    """关于公布前郭县文物遗迹名单的通知: 文物保护法 (2024) 第二十三条 makes the county publish it."""
    result = classify_content(f"{place}人民政府关于公布{place}{relic}{record}的通知")
    assert result.category == "A20.15"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["两部门", "多部门", "三部门"]),
    st.sampled_from(["发文推进", "发文规范", "发文明确", "发文加强"]),
    st.sampled_from(["养老服务设施布局规划编制", "校外培训收费", "农村低保"]),
)
def test_a_line_reporting_a_documents_issue_is_news(organs: str, verb: str, subject: str) -> None:
    """兩部門發文推進養老服務設施布局規劃編制: news of the document (G4), no item."""
    assert classify_content(organs + verb + subject).category is None


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["山西省", "今年四川", "某市"]),
    st.sampled_from(["燃气经营许可将实行分级申请制度", "预计招录2.5万名公务员", "项目建设快马加鞭"]),
)
def test_news_of_what_will_be_or_of_pace_is_no_item(place: str, line: str) -> None:
    """将实行, 预计, 快马加鞭: a newsroom's words, whatever item the subject names."""
    assert classify_content(place + line).category is None


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["林木采伐许可证", "燃气经营许可证", "排污许可证"]),
    st.sampled_from(["如何办理《{l}》?", "如何申请《{l}》?", "如何申领《{l}》?"]),
)
def test_a_how_to_question_on_a_licence_keeps_the_licence(licence: str, shape: str) -> None:
    """如何办理《林木采伐许可证》?: a service guide's question is the licence's item, never a confident one."""
    result = classify_content(shape.format(l=licence))
    assert result.category == "A20.05"
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(_PLACES, st.sampled_from(["二届四次", "十五届三次", "七届一次"]), _NUMBERS)
def test_a_cppcc_sessions_business_is_no_item(place: str, session: str, number: int) -> None:
    """…政协二届四次会议收到提案形式提出的意见建议219件: the CPPCC's material (G5)."""
    assert classify_content(f"{place}政协{session}会议收到提案形式提出的意见建议{number}件").category is None


@settings(max_examples=40, deadline=None)
@given(_PLACES, st.sampled_from(["二届四次", "十五届三次", "七届一次"]), _NUMBERS)
def test_an_organs_reply_to_a_cppcc_proposal_stays_item_fifteen(
    place: str, session: str, number: int
) -> None:
    """The guard: the reply names the session too, and it is the organ's 办理复文 (十五)."""
    assert classify_content(f"关于对{place}政协{session}会议第{number}号提案的答复").category == "A20.15"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["郑州检修", "某机务段", "某厂装配"]), st.sampled_from(["及联系方法", "调整", ""]))
def test_a_workshops_division_of_work_is_no_item(unit: str, tail: str) -> None:
    """郑州检修车间领导分工及联系方法: a workshop is an enterprise's production unit, no organ (第二条)."""
    assert classify_content(f"{unit}车间领导分工{tail}").category is None


# Replies (outcome 2021.19).
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["2019年8月24日", "2023年3月1日", "今年5月"]),
    st.sampled_from(["总体册", "第一册", "批复文件"]),
    st.sampled_from(["本次经检索", "此次经检索"]),
)
def test_a_grant_told_as_an_earlier_reply_is_not_this_replys_grant(
    when: str, volume: str, search: str
) -> None:
    """本机关已于…作出答复，将…总体册邮寄向您公开。本次经检索，…不存在…其他分册: this reply says not held."""
    reply = (
        f"本机关已于{when}作出答复，将该项目初步设计文件{volume}邮寄向您公开。"
        f"{search}，我厅不存在您申请公开的其他分册初步设计文件。"
    )
    assert classify_outcome(reply).category == "unavailable_not_held"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["现将", "经审查，现将"]), st.sampled_from(["第一册", "批复文件"]))
def test_a_present_grant_beside_a_refusal_stays_partial(lead: str, volume: str) -> None:
    """The guard: a grant in this reply with the rest not held is still 部分公开 (第三十七条)."""
    reply = f"{lead}{volume}向您公开，其余信息本机关经检索不存在。"
    assert classify_outcome(reply).category == "partially_granted"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["市领导", "区主要领导", "分管副市长"]),
    st.sampled_from(["确有批示", "作过批示", "有请示和批示"]),
    st.sampled_from(["未有正式文件", "没有正式文件", "未形成正式文件"]),
)
def test_an_instruction_without_a_formal_document_is_process_information(
    who: str, instruction: str, no_document: str
) -> None:
    """市领导…确有批示，但未有正式文件批复: the stage before a decision, 第十六条第二款."""
    reply = f"您所申请获取的信息涉及某片区开发工作，{who}对相关工作{instruction}，但{no_document}批复，此类信息不属于应公开的政府信息。"
    assert classify_outcome(reply).category == "withheld_process_information"


# Applicants (applicant 2021.23).
@settings(max_examples=40, deadline=None)
@given(
    _PLACES,
    st.sampled_from(["河湖保护中心", "河湖管理保护中心", "水资源保护中心"]),
    st.sampled_from(["", "（以本单位名义申请公开取水许可审查意见）", "（事业单位）"]),
)
def test_a_river_and_lake_protection_centre_is_a_public_body(place: str, centre: str, context: str) -> None:
    """资阳市河湖保护中心: the water bureau's public institution, not an environmental NGO."""
    assert classify_applicant(place + centre + context).category is ApplicantType.OTHER


@settings(max_examples=20, deadline=None)
@given(_PLACES, st.sampled_from(["绿色江河保护中心", "野生动物保护中心"]))
def test_an_ngos_protection_centre_stays_an_ngo(place: str, name: str) -> None:
    """The guard: a 保护中心 named otherwise keeps its NGO reading."""
    assert classify_applicant(place + name).category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["雪都嘟", "云上邦", "掌上通"]),
    st.sampled_from(["阿勒泰地区融媒体中心", "某县融媒体中心", "某市广播电视台"]),
    st.sampled_from(["运营的客户端", "主办的客户端", "运营的app"]),
)
def test_a_bare_name_gives_way_to_the_operator_stated_beside_it(app: str, operator: str, stated: str) -> None:
    """雪都嘟（阿勒泰地区融媒体中心运营的客户端…）: the bare name is a guess; the stated operator decides."""
    name = f"{app}（{operator}{stated}，以运营单位名义申请公开某事项）"
    assert classify_applicant(name).category is ApplicantType.OTHER


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["雪都嘟", "云上邦", "掌上通"]), st.sampled_from(["某某科技有限公司员工", "某县中学教师"])
)
def test_a_bare_name_beside_an_employer_stays_a_person(app: str, job: str) -> None:
    """The guard: an employer or a job beside the name is no statement of what the name is."""
    assert classify_applicant(f"{app}（{job}）").category is ApplicantType.NATURAL_PERSON


@settings(max_examples=30, deadline=None)
@given(_PLACES, st.sampled_from(["物业服务收费管理办法", "物业服务收费管理实施细则", "物业服务收费管理规定"]))
def test_a_governments_rule_on_property_fees_keeps_item_one(place: str, rule: str) -> None:
    """The guard: a rule on the fees is a normative document by its form; the fee rule does not swallow it."""
    assert classify_content(f"关于印发{place}{rule}的通知").category == "A20.01"
