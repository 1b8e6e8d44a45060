"""Issue 14, third round: the classes the second blind set showed, fixed as classes of the law and the format.

A lone policy-field word is a hint (never a confident item (十一)); recruitment words need a civil-service
context for item (十四); the 核准 of a construction project stays ambiguous between (五) and (十); the 三定
document and an agency's profile are item (二) although 规定 is a form word; a normative document about
licensing is item (一); a statistics release named by its indicator is item (四); 开工 is not read across
信息公开工作; a list of government funds is item (八); refusals under further laws with a confidentiality clause;
financial institutions, colleges, exchanges and a principal named in a parenthesis after an agent.

Each property varies the words around the phrase that decides; none of the phrases below comes from the
third blind set.
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

PLACES = ("某市", "某县", "某区", "平安县", "临江市", "东城区")
YEARS = ("2023年", "2024年", "2025年度", "")


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("社会保险", "义务教育", "职业技能", "住房公积金", "最低生活保障", "就业", "残疾人")),
    st.sampled_from(("宣传周活动掠影", "一图读懂", "知识问答", "工作人员风采", "")),
)
def test_a_lone_field_word_is_never_a_confident_item_eleven(place: str, field: str, rest: str) -> None:
    """第二十条（十一） is a field's policies and their implementation: the field's name alone is not enough."""
    result = classify_content(f"{place}{field}{rest}")
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("工伤职工伤残津贴", "优抚对象抚恤补助", "城乡低保标准", "特困人员救助供养标准")),
)
def test_the_level_of_a_benefit_is_item_eleven(place: str, benefit: str) -> None:
    """A benefit's level (津贴、抚恤、低保标准) is a (十一) measure, without the field's own name."""
    result = classify_content(f"关于调整{place}{benefit}的通知")
    assert result.category == "A20.11"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(
        ("某某建设集团有限公司", "某某物业公司", "某某市第一人民医院", "某某大学", "某某劳务派遣公司")
    ),
    st.sampled_from(("招聘公告", "招聘简章", "拟录用人员名单公示", "公开招聘面试公告")),
)
def test_hiring_without_a_civil_service_context_is_never_a_clear_item_fourteen(
    employer: str, notice: str
) -> None:
    """第二十条（十四） is 公务员招考: a company's, hospital's or university's hiring is not it."""
    result = classify_content(f"{employer}{notice}")
    assert not (result.category == "A20.14" and result.confidence is Confidence.CLEAR)


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(PLACES),
    st.sampled_from(
        ("考试录用公务员拟录用人员名单", "机关公开招聘参公人员公告", "公安机关招录人民警察拟录用人员公示")
    ),
)
def test_hiring_by_an_agency_is_item_fourteen(place: str, notice: str) -> None:
    """Recruitment with 公务员/参公/机关 context stays a clear item (十四)."""
    result = classify_content(f"{place}{notice}")
    assert result.category == "A20.14"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("光伏电站", "水电站扩建", "农村公路工程", "抽水蓄能电站建设项目", "污水处理厂工程项目")),
)
def test_the_approval_of_a_construction_project_is_never_confident(place: str, project: str) -> None:
    """A 核准的批复 of a construction project is a grant (五) and the 批准 of a project (十): not clear."""
    result = classify_content(f"关于{place}{project}核准的批复")
    assert result.category in {"A20.05", "A20.10"}
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("市人民政府办公室关于印发", "县委办公室 县政府办公室关于印发", "")),
    st.sampled_from(("市自然资源局", "县林业局", "区商务委员会", "市医疗保障局")),
    st.sampled_from(("主要职责内设机构和人员编制规定", "职能配置、内设机构和人员编制规定")),
)
def test_the_three_fixes_document_is_item_two(prefix: str, agency: str, name: str) -> None:
    """第二十条（二）: the 三定 document is the agency's functions and set-up; 规定 is part of its name."""
    result = classify_content(f"{prefix}{agency}{name}" + ("的通知" if prefix else ""))
    assert result.category == "A20.02"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(st.sampled_from(("某县水利局", "某市统计局", "某区商务委员会")), st.sampled_from(("机关简介", "概况")))
def test_an_agency_profile_is_item_two(agency: str, profile: str) -> None:
    """An agency's profile (机关简介, 某局概况) is item (二)."""
    assert classify_content(f"{agency}{profile}").category == "A20.02"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("行政许可事项清单管理办法", "行政许可告知承诺制实施细则", "行政许可听证规定")),
)
def test_a_normative_document_about_licensing_is_item_one(place: str, document: str) -> None:
    """G1: the form of a normative document decides, also when its subject is 行政许可."""
    result = classify_content(f"{place}{document}")
    assert result.category == "A20.01"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(PLACES),
    st.sampled_from(YEARS),
    st.sampled_from(("地区生产总值增加值初步核算", "制造业采购经理指数", "工业生产情况", "能源生产情况")),
)
def test_a_statistics_release_named_by_its_indicator_is_item_four(
    place: str, year: str, indicator: str
) -> None:
    """第二十条（四）: a release named by its indicator; 采购 inside 采购经理指数 is no procurement."""
    result = classify_content(f"{place}{year}{indicator}")
    assert result.category == "A20.04"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(st.sampled_from(PLACES), st.sampled_from(YEARS), st.sampled_from(("局", "委员会", "人民政府")))
def test_an_ogi_report_is_not_read_as_starting_construction(place: str, year: str, body: str) -> None:
    """开工 across 信息公开|工作 is no word: the OGI report is item (十五)."""
    result = classify_content(f"{place}{body}{year}政府信息公开工作报告")
    assert result.category == "A20.15"
    assert "开工" not in result.matched


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("某省", "某市", "某县")), st.sampled_from(("政府性基金目录清单", "政府性基金项目目录"))
)
def test_a_list_of_government_funds_is_item_eight(place: str, name: str) -> None:
    """The 政府性基金目录清单 is published with the fee lists: item (八), not a budget."""
    result = classify_content(f"{place}{name}")
    assert result.category == "A20.08"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("征信业管理条例", "全国污染源普查条例", "中华人民共和国网络安全法")),
    st.sampled_from(("不得向您提供", "应当保密，不予提供", "不得对外提供")),
)
def test_a_refusal_under_a_further_confidentiality_clause_is_the_other_law_row(law: str, words: str) -> None:
    """第十四条: a named regulation's confidentiality clause puts the refusal in 其他法律行政法规禁止公开."""
    result = classify_outcome(f"您申请的信息，依据《{law}》的规定{words}。")
    assert result.category == "withheld_prohibited_by_law"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("某省", "某市", "某县")),
    st.sampled_from(("农村信用社联合社", "农村信用合作联社", "农村商业银行", "村镇银行")),
)
def test_a_financial_institution_is_a_commercial_enterprise(place: str, kind: str) -> None:
    """A financial cooperative or bank is an enterprise; 村 inside 农村信用社 is not a village."""
    assert classify_applicant(f"{place}{kind}").category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("某某", "临江", "东海")),
    st.sampled_from(("医学高等专科学校", "职业技术学院", "师范高等专科学校")),
)
def test_a_college_of_higher_education_is_a_research_institution(name: str, kind: str) -> None:
    """Convention: an institution of higher education is 科研机构; 学校 in its name does not make it 其他."""
    assert classify_applicant(f"{name}{kind}").category is ApplicantType.RESEARCH_INSTITUTION


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("北京", "广州", "大连", "郑州")),
    st.sampled_from(("证券交易所", "期货交易所", "商品交易所")),
)
def test_an_exchange_is_other(city: str, kind: str) -> None:
    """An exchange is a self-regulatory legal person: 其他, though 证券 is in its name."""
    assert classify_applicant(f"{city}{kind}").category is ApplicantType.OTHER


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("某某律师事务所", "某某法律服务所", "某某咨询有限公司")),
    st.sampled_from(("张伟", "李秀英", "王某")),
    st.sampled_from(("代理", "代")),
)
def test_a_principal_named_after_the_agent_decides(agent: str, person: str, word: str) -> None:
    """An agent for a person (某所（代理张某）) counts the person: the principal is the applicant."""
    result = classify_applicant(f"{agent}（{word}{person}申请）")
    assert result.category is ApplicantType.NATURAL_PERSON


def test_the_agents_own_request_still_counts_the_agent() -> None:
    """代理本所 is the firm's own request (read before the principal rule)."""
    result = classify_applicant("张某（某某律师事务所律师，代理本所申请）")
    assert result.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION
