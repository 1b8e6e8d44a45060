"""Issue 14, eleventh round: the applicant's capacity read as structure, and the last confident wrong answers.

Applicants: the standing written beside a name (以公民身份, 以委员身份) outranks the office or employer in the name; a
legal-aid centre or an agent filing 为X代为申请 (or for a 受援人) files for X; a nationality or an interpunct name is a
person's; a kind written anywhere in a parenthesis list decides; a 职业学院 is a 高等学校; a public 检验所 is 其他.
Titles: a works tender named by its 标段 or EPC ties (九) and (十); an audit report on the budget's execution ties (七)
and (十五); a plan's name with no issuer is not decided; a past-tense report of an act is news; a land compensation
standard published by notice is (一). Replies: "not the organ obliged to disclose, apply to it" is not held.

Each property varies the words around the phrase that decides; the titles, replies and names are made up, none is a
line of a blind set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

NATURAL = ApplicantType.NATURAL_PERSON
OFFICES = (
    "江苏省司法厅",
    "某市财政局",
    "某县人民政府办公室",
    "某区政协",
    "某大学法学院",
    "某有限公司",
    "某律师事务所",
)
PERSONS = ("闵某", "李某", "王**", "张三", "欧阳某")


@settings(deadline=None)
@given(
    st.sampled_from(OFFICES),
    st.sampled_from(PERSONS),
    st.sampled_from(("公民", "个人", "委员", "人大代表", "政协委员", "家长", "纳税人")),
    st.sampled_from(("向某区政府申请", "申请", "询问提案办理结果", "")),
)
def test_a_personal_standing_outranks_the_office_in_the_name(
    office: str, person: str, standing: str, rest: str
) -> None:
    """以X身份 with X a person's standing: 自然人, whatever office, employer or organisation word the name carries."""
    result = classify_applicant(f"{office}{person}（以{standing}身份{rest}）")
    assert result.category is NATURAL
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("某市法律援助中心", "某律师事务所", "某县司法局", "某基金会")), st.sampled_from(PERSONS)
)
def test_filing_for_a_person_is_the_persons_request(agent: str, person: str) -> None:
    """为受援人X代为申请 / 为X代为申请: the principal X is the applicant, not the centre or the firm that files."""
    for context in (f"为受援人{person}代为申请工伤认定材料", f"为{person}代为申请", f"受援人:{person}"):
        result = classify_applicant(f"{agent}（{context}）")
        assert result.category is NATURAL, context
        assert result.rule_id == "applicant.capacity.agent_for_principal"


@settings(deadline=None)
@given(
    st.sampled_from(("某某有限公司", "某科技有限公司")), st.sampled_from(("某市法律援助中心", "某律师事务所"))
)
def test_filing_for_a_company_is_the_companys_request(company: str, agent: str) -> None:
    """The same structure with an organisation as principal gives the organisation's column."""
    result = classify_applicant(f"{agent}（为{company}代为申请）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


def test_an_organisation_acting_in_its_own_standing_keeps_its_column() -> None:
    """以X身份 with X no person's standing decides nothing: the name is read (a legal-aid centre filing as itself)."""
    assert (
        classify_applicant("某市法律援助中心（以本中心身份申请）").category
        is ApplicantType.LEGAL_SERVICE_ORGANIZATION
    )
    assert classify_applicant("某市法律援助中心").category is ApplicantType.LEGAL_SERVICE_ORGANIZATION


@settings(deadline=None)
@given(
    st.sampled_from(("约翰·史密斯", "玛丽·居里", "阿不都·热合曼", "让·雅克·卢梭")),
    st.sampled_from(("", "（加拿大籍，在华工作）", "（美国籍）", "，外籍")),
)
def test_an_interpunct_name_is_a_person(name: str, context: str) -> None:
    """The interpunct separates the parts of a personal name; nationality does not change the column."""
    result = classify_applicant(f"{name}{context}")
    assert result.category is NATURAL
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("Greenwood", "某某", "绿色江河", "青山")),
    st.sampled_from(("加拿大籍", "日本国籍", "外籍")),
)
def test_a_stated_nationality_is_a_persons(name: str, nationality: str) -> None:
    """A name nothing else decides, with a nationality beside it: 自然人 (an organisation has no 籍)."""
    assert classify_applicant(f"{name}（{nationality}，申请工作许可材料）").category is NATURAL


def test_a_nationality_does_not_override_an_organisations_name() -> None:
    """A company's name keeps its column whatever nationality its parenthesis names."""
    assert classify_applicant("某某有限公司（德国籍投资者）").category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(("绿色江河", "青山", "河流守望")),
    st.sampled_from(("民间环保组织", "公益组织", "社会组织", "非营利组织")),
    st.sampled_from(("申请排污许可信息", "申请环评文件", "由负责人签名")),
)
def test_a_kind_anywhere_in_a_parenthesis_list_decides(name: str, kind: str, rest: str) -> None:
    """The parenthesis is a list: a kind written in any of its parts says what the applicant is."""
    for context in (f"{kind}，{rest}", f"{rest}，{kind}"):
        assert (
            classify_applicant(f"{name}（{context}）").category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
        )


@settings(deadline=None)
@given(st.sampled_from(("四川", "某省", "某市")), st.sampled_from(("护理", "卫生", "交通", "工程")))
def test_a_vocational_college_is_an_institution_of_higher_education(place: str, field: str) -> None:
    """高等教育法: a 高等职业学校 is a 高等学校 → 科研机构 (the library's convention); a secondary one is 其他."""
    assert classify_applicant(f"{place}{field}职业学院").category is ApplicantType.RESEARCH_INSTITUTION
    assert classify_applicant(f"{place}{field}中等职业学校").category is ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(("南昌市", "某县", "某省")),
    st.sampled_from(("食品药品检验所", "药品检验所", "产品质量检测所")),
)
def test_a_public_inspection_institute_is_other(place: str, institute: str) -> None:
    """A public 检验所 or 检测所 is a public institution (其他); a testing company keeps its legal form."""
    assert classify_applicant(f"{place}{institute}").category is ApplicantType.OTHER
    company = classify_applicant(f"{place}{institute.removesuffix('所')}有限公司")
    assert company.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(("某新区某项目", "某县某路改造工程", "某市某片区")),
    st.sampled_from(("（EPC）标段", "一标段", "施工标段", "EPC总承包")),
    st.sampled_from(("招标公告", "-招标/资审公告", "中标候选人公示")),
)
def test_a_works_tender_is_never_a_confident_procurement(project: str, lot: str, notice: str) -> None:
    """A works tender named by its 标段 or EPC is held under the 招标投标法 and is part of the project's 实施: (九)/(十)."""
    result = classify_content(f"{project}{lot}{notice}")
    assert result.confidence is not Confidence.CLEAR
    assert {result.category, result.runner_up.category if result.runner_up else None} == {"A20.09", "A20.10"}


@settings(deadline=None)
@given(
    st.sampled_from(("区本级", "市本级", "县级", "2023年度省级")),
    st.sampled_from(("审计报告", "审计情况的报告")),
)
def test_an_audit_report_on_the_budgets_execution_is_never_a_confident_budget(
    level: str, report: str
) -> None:
    """The audit office's report ties (七) and (十五); it is never a confident (七), and never (十三)."""
    result = classify_content(f"关于{level}预算执行和其他财政收支的{report}")
    assert result.confidence is not Confidence.CLEAR
    assert result.category in {"A20.07", "A20.15"}
    assert result.runner_up is not None
    assert result.runner_up.category in {"A20.07", "A20.15"}


@settings(deadline=None)
@given(
    st.sampled_from(("农村公路", "教育事业", "文化和旅游", "信息服务业")),
    st.sampled_from(("“十五五”", "“十四五”", "")),
    st.sampled_from(("发展规划", "专项规划", "总体规划")),
)
def test_a_plans_name_alone_is_not_decided(subject: str, period: str, plan: str) -> None:
    """A plan's name is item (三)'s form: with no issuer, 关于 or document word it is first but not decided."""
    bare = classify_content(f"{subject}{period}{plan}")
    assert bare.category == "A20.03"
    assert bare.confidence is not Confidence.CLEAR
    issued = classify_content(f"某县人民政府关于印发{subject}{period}{plan}的通知")
    assert (issued.category, issued.confidence) == ("A20.03", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(("13个行业42张排污许可证已核发", "某局集中发放排污许可证", "全市颁发首张食品经营许可证")),
    st.sampled_from(("", "某市", "某县")),
)
def test_a_past_tense_report_of_an_act_is_news(line: str, place: str) -> None:
    """A line that reports that an act happened is news of the act, not its record: no item."""
    assert classify_content(f"{place}{line}").category is None


@settings(deadline=None)
@given(st.sampled_from(("某市生态环境局", "某县行政审批局")), st.sampled_from(("公告", "公示", "名单")))
def test_the_record_of_an_act_keeps_its_item(organ: str, shape: str) -> None:
    """The record itself (关于…的公告, a 公示, a 名单) stays item (五), whatever verb of issuing it carries."""
    result = classify_content(f"{organ}关于集中发放排污许可证的{shape}")
    assert result.category == "A20.05"


@settings(deadline=None)
@given(
    st.sampled_from(("市政府", "某市人民政府", "某省人民政府")),
    st.sampled_from(("关于公布", "关于调整", "关于印发")),
    st.sampled_from(("征地区片综合地价", "区片综合地价", "统一年产值标准")),
)
def test_a_land_compensation_standard_published_by_notice_is_item_one(
    government: str, frame: str, standard: str
) -> None:
    """A published compensation standard binds everyone whose land is taken: a normative document (一)."""
    result = classify_content(f"{government}{frame}某市{standard}执行标准的通知", level="city")
    assert result.category == "A20.01"


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


def test_consultation_is_a_petition_class_request() -> None:
    """Round 14 settled the convention (round 10 read 其他): 咨询 is 第三十九条第一款's, 信访举报投诉类申请."""
    reply = "你询问的问题属于咨询，不是获取某一政府信息的申请，本机关已另行电话解答。"
    assert classify_outcome(reply).category == "not_processed_petition"
