"""Issue 14, fourteenth round: titles that carry an item's word but are no item; item words no rule read; short forms.

Titles: a report of work done (开工建设, 按时完成…编制工作, 召开…征求会) and a work summary (…工作总结及…工作计划) are
news, whatever field they name; a company's notice on its own leaders is no government information. A 修缮终止公告 is
procurement (九), 医疗机构设置 a licence (五), a penalty titled by its 罚〔〕 number (六), 预算内投资 investment (十), a
公益性岗位 employment promotion (十一), an outbreak 情况通报 the response of (十二), a plan's 批后公告 the plan (三), a
评审结果 of a designation (五). Applicants: a short form is read from what the parenthesis says it is; businesses that
sign jointly apply as businesses; the form's applicant column names the principal. Replies: 该部分 refused and items
answered differently are 部分公开; 仍不能据此确定 after a correction; 咨询 is 信访举报投诉类申请 (the convention of this
round); a document published in a 公报 is granted (第三十六条第（一）项), a publication asked for is not processed.

Each property varies the words around the phrase that decides; the titles, names and replies are made up, none is a
line of a blind set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

PLACES = ("玉门市", "镇沅县", "某县", "平潭综合实验区", "中山市")
ORGANS = ("县农业农村局", "乡镇", "市发改委", "区教育局", "县政府")
YEARS = ("2023", "2024", "2025")


@settings(deadline=None)
@given(
    st.sampled_from(ORGANS),
    st.sampled_from(YEARS),
    st.sampled_from(("及", "暨", "和")),
    st.sampled_from(("工作计划", "工作思路", "工作安排", "工作打算")),
)
def test_a_work_summary_is_no_plan(organ: str, year: str, joint: str, plan: str) -> None:
    result = classify_content(f"{organ}{year}年工作总结{joint}{int(year) + 1}年{plan}")
    assert result.category is None
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(PLACES), st.sampled_from(("风机叶片二期", "人防疏散基地", "污水处理厂", "城区道路改造"))
)
def test_a_project_that_started_is_news(place: str, project: str) -> None:
    assert classify_content(f"{place}{project}项目开工建设").category is None
    # The project's own record (an approval, a plan of starts) keeps its item.
    assert classify_content(f"{place}{project}项目开工建设计划").rule_id != "news.project_start"


@settings(deadline=None)
@given(
    st.sampled_from(("按时完成", "如期完成", "提前完成", "全面完成")),
    st.sampled_from(("中央预算内投资计划草案编制工作", "部门预算编制工作", "十四五规划编制工作")),
)
def test_work_done_on_time_is_news(done: str, work: str) -> None:
    result = classify_content(f"某县发改局{done}2025年{work}")
    assert result.category is None
    assert result.rule_id == "news.headline.done"
    # An order to finish the work is the organ's notice, not news.
    assert classify_content(f"关于确保{done}2025年{work}的通知").rule_id != "news.headline.done"


@settings(deadline=None)
@given(
    st.sampled_from(
        ("“十四五”规划纲要基本思路意见征求会", "国土空间总体规划论证会", "预算编制研讨会", "应急预案评审会")
    ),
)
def test_a_meeting_held_is_news(meeting: str) -> None:
    result = classify_content(f"我县召开{meeting}")
    assert result.category is None
    assert result.rule_id == "news.meeting"


@settings(deadline=None)
@given(
    st.sampled_from(("中电信瑞金〔2016〕82号", "中移动某市〔2020〕5号", "")),
    st.sampled_from(("分公司", "子公司")),
    st.sampled_from(("领导分工调整", "领导班子调整", "内设机构调整")),
)
def test_a_companys_internal_notice_is_no_government_information(number: str, unit: str, matter: str) -> None:
    result = classify_content(f"{number}关于瑞金{unit}{matter}的通知")
    assert result.category is None
    assert result.rule_id == "none.not_government.company_internal"


def test_an_organs_own_division_of_work_keeps_item_two() -> None:
    assert classify_content("某县人民政府关于县政府领导分工调整的通知").category == "A20.02"


@settings(deadline=None)
@given(
    st.sampled_from(("体育运动学校运动员公寓及校园配套", "县人民医院门诊楼", "某中学教学楼")),
    st.sampled_from(("修缮", "装修", "维修", "改建")),
    st.sampled_from(("终止公告", "更正公告", "结果公告")),
)
def test_a_works_procurement_notice_is_procurement(subject: str, works: str, notice: str) -> None:
    result = classify_content(f"福建省泉州{subject}{works}{notice}")
    assert result.category == "A20.09"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("医疗机构设置公示", "设置医疗机构批准公示")),
    st.sampled_from(("体检中心", "口腔诊所", "中医门诊部")),
)
def test_a_medical_institutions_establishment_is_a_licence(words: str, clinic: str) -> None:
    result = classify_content(f"{words}（武汉洪山某某{clinic}）", level="city")
    assert result.category == "A20.05"
    assert result.area is not None
    assert result.area.category == "A21.public_services"


def test_an_organs_own_organisation_keeps_item_two() -> None:
    assert classify_content("某市卫生健康委员会机构设置").category == "A20.02"


@settings(deadline=None)
@given(
    st.sampled_from(("穗番环罚", "岳县环罚", "应急罚", "卫医罚", "市监罚")),
    st.integers(min_value=2015, max_value=2026),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(("中国石油天然气股份有限公司", "某某建材有限公司", "张某")),
)
def test_a_penalty_titled_by_its_number_is_item_six(prefix: str, year: int, number: int, party: str) -> None:
    result = classify_content(f"{prefix}〔{year}〕{number}号{party}")
    assert result.category == "A20.06"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("以工代赈中央预算内投资计划公告", "中央预算内投资计划公示", "预算内基建投资计划")),
    st.sampled_from(("**县2025年第四批", "某县2024年", "")),
)
def test_investment_within_the_budget_is_no_budget(plan: str, prefix: str) -> None:
    assert classify_content(f"{prefix}{plan}").category == "A20.10"


def test_a_rule_on_budget_investment_stays_a_normative_document() -> None:
    assert classify_content("城市地下管网及设施中央预算内投资专项管理办法").category == "A20.01"


@settings(deadline=None)
@given(st.sampled_from(("麻江县2022年", "某镇", "")), st.sampled_from(("乡村", "城镇", "")))
def test_a_public_welfare_post_is_employment_not_civil_service(place: str, kind: str) -> None:
    result = classify_content(f"{place}{kind}公益性岗位招聘公告")
    assert result.category == "A20.11"
    assert result.confidence is Confidence.CLEAR


def test_a_civil_service_recruitment_keeps_item_fourteen() -> None:
    assert classify_content("某县2024年考试录用公务员公告").category == "A20.14"


@settings(deadline=None)
@given(
    st.sampled_from(("不明原因的病毒性肺炎", "当前我市肺炎疫情", "诺如病毒感染聚集性疫情", "手足口病病例")),
    st.sampled_from(("情况通报", "的通报")),
)
def test_an_outbreak_report_is_the_response_of_item_twelve(disease: str, form: str) -> None:
    result = classify_content(f"武汉市卫生健康委员会关于{disease}{form}")
    assert result.category == "A20.12"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(st.sampled_from(("监督检查", "专项检查", "抽查")))
def test_an_inspection_report_on_infection_keeps_item_thirteen(inspection: str) -> None:
    result = classify_content(f"某区卫生健康局关于医院感染管理{inspection}情况的通报")
    assert result.rule_id != "A20.12.outbreak_report"


@settings(deadline=None)
@given(
    st.sampled_from(("村庄规划优化提升(2023-2035)", "国土空间专项规划", "控制性详细规划")),
    st.sampled_from(("批后公告", "批后公示")),
)
def test_a_plans_post_approval_notice_is_the_plan(plan: str, notice: str) -> None:
    result = classify_content(f"某镇某村{plan}{notice}")
    assert result.category == "A20.03"


@settings(deadline=None)
@given(st.sampled_from(("批后公示", "批后公布")), st.sampled_from(("某小区", "某幼儿园", "某物流园")))
def test_a_building_permits_post_approval_notice_stays_a_licence(notice: str, project: str) -> None:
    assert classify_content(f"{project}建设工程规划许可证{notice}").category == "A20.05"


@settings(deadline=None)
@given(
    st.sampled_from(("十三五中医重点专科（专病）", "省级重点实验室", "市级示范基地")),
    st.sampled_from(("评审结果公示", "评审结果的公示")),
)
def test_the_result_of_a_designation_is_a_recognition(subject: str, result_words: str) -> None:
    result = classify_content(f"市卫生健康委关于2019年{subject}{result_words}")
    assert result.category == "A20.05"
    assert result.rule_id == "A20.05.evaluation_result"


def test_a_procurements_evaluation_result_is_no_recognition() -> None:
    result = classify_content("某学校设备采购项目评审结果公示")
    assert result.category == "A20.09"


# ------------------------------------------------------------------------------------------------ applicants


@settings(deadline=None)
@given(
    st.sampled_from(("德惠经营处", "城西经营处", "华信供应处")),
    st.sampled_from(("中国石油天然气股份有限公司吉林长春销售分公司", "某市华信商贸有限公司")),
    st.sampled_from(("", "的简称")),
    st.sampled_from(("", "，申请公开处罚案卷中的监测报告")),
)
def test_a_short_form_is_read_from_its_full_name(short: str, company: str, marker: str, rest: str) -> None:
    result = classify_applicant(f"{short}（{company}{short}{marker}{rest}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(("泉州体校", "某某一中")),
    st.sampled_from(("福建省泉州体育运动学校", "某某县第一中学")),
)
def test_a_schools_short_form_is_other(short: str, full: str) -> None:
    result = classify_applicant(f"{short}（{full}的简称，以学校名义申请公开修缮项目终止理由）")
    assert result.category is ApplicantType.OTHER


@settings(deadline=None)
@given(st.sampled_from(("被处罚单位", "项目建设单位")), st.sampled_from(("", "，申请公开环评审批意见")))
def test_a_regulated_role_beside_an_unread_short_form_is_a_business(role: str, rest: str) -> None:
    result = classify_applicant(f"华信经营处（{role}{rest}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.confidence is not Confidence.CLEAR  # a role says what it did, not what it is: weak


@settings(deadline=None)
@given(
    st.sampled_from(("张伟", "王某某", "李明")),
    st.sampled_from(("某有限公司员工", "某县人民政府工作人员", "被处罚单位负责人")),
)
def test_an_employer_beside_a_persons_name_is_no_description(name: str, employer: str) -> None:
    assert classify_applicant(f"{name}（{employer}，申请公开规划）").category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(("蔚蓝地图", "星河平台", "绿色观察")),
    st.sampled_from(("公众环境研究中心", "某某环保基金会", "某某生态保护协会")),
    st.sampled_from(("运营的平台", "主办的网站")),
)
def test_a_platform_takes_its_operators_column(name: str, operator: str, kind: str) -> None:
    result = classify_applicant(f"{name}（{operator}{kind}，以平台名义申请处罚信息）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(st.sampled_from(("中科院武汉病毒所", "某某物理所", "某某化学所")))
def test_an_institute_applying_in_the_institutes_name_is_research(name: str) -> None:
    result = classify_applicant(f"{name}（以所名义申请公开检测报告）")
    assert result.category is ApplicantType.RESEARCH_INSTITUTION


@settings(deadline=None)
@given(st.sampled_from(("湖北省疾控", "某市疾控中心", "某县疾病预防控制中心")))
def test_a_disease_control_centre_is_other(name: str) -> None:
    assert classify_applicant(name).category is ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(("云霄新华书店", "红星五金店", "某某商贸有限公司")),
    st.sampled_from(("鼎盛文具店", "某某超市", "某某建材有限公司")),
    st.sampled_from(("等三家经营者联名", "联名", "共同申请")),
)
def test_businesses_signing_jointly_are_businesses(first: str, second: str, joint: str) -> None:
    result = classify_applicant(f"{first}、{second}{joint}（申请公开图书采购合同）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.rule_id == "applicant.capacity.joint_organisations"


@settings(deadline=None)
@given(
    st.sampled_from(
        ("张某、李某联名", "刘某、陈某等3人联名", "某村张某某等17户村民联名", "红星五金店、张某联名")
    ),
)
def test_individuals_signing_jointly_stay_natural_persons(names: str) -> None:
    assert classify_applicant(f"{names}（申请公开征收批复）").category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(("金杜律师事务所", "某某律师事务所")),
    st.sampled_from(("北海羽绒", "某某服装", "某某制品有限公司")),
)
def test_a_law_firm_filing_in_its_clients_name_takes_the_clients_column(firm: str, client: str) -> None:
    result = classify_applicant(f"{firm}（受{client}委托代为申请，申请表申请人栏填{client}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


# ------------------------------------------------------------------------------------------------ replies


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
    st.sampled_from(
        ("仍不能据此确定具体的政府信息", "仍无法据此确定所需信息", "仍不能确定具体的政府信息名称")
    ),
)
def test_a_correction_still_unclear_in_new_wording(words: str) -> None:
    reply = f"你在补正中将申请内容改为“某村规划相关的一切材料”，{words}，本机关无法提供。"
    assert classify_outcome(reply).category == "unavailable_unclear_after_correction"


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


def test_a_correction_that_is_still_a_question_stays_unclear() -> None:
    reply = "您补正的内容仍属于咨询性质的表述，未能特定化所需信息，本机关无法检索。"
    assert classify_outcome(reply).category == "unavailable_unclear_after_correction"


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
