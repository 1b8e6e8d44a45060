"""Applicant classifier: the capacity a request is made in — agents and principals, in whose name, filing for
another, seals and signatures.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
)
from disclosure_rules._labels import COLUMN_CODE_BY_APPLICANT_TYPE, ApplicantType
from tests.classify.samples import INDUSTRIES, NATURAL, SURNAMES, ByShape, shape_name

GIVEN = ("某", "某某", "**")


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


# First characters that are surnames in the lexicon, so that a bare brand has a person's shape.
SURNAME_BRANDS = ("荆楚", "王氏", "龙腾", "金鼎", "华盛", "宏达", "鑫久", "峰厚")


CONTEXTS = ("", "（被处罚单位）", "（申请本案现场检查记录）", "（保康县，申请环评批复）")


_SITE_NAMES = st.sampled_from(["洛阳网", "中国食品安全网", "大河网", "张家网", "中国质量新闻网"])


# Applicants (scheme 2021.22).
_AGENTS = st.sampled_from(["北京某律师事务所", "某某律师事务所", "张某", "某咨询公司员工李某"])


_PRINCIPALS = st.sampled_from(
    [("某乳制品有限公司", "以该公司名义"), ("某食品公司", "以该公司名义"), ("某建材企业", "以该企业名义")]
)


# Round 2 (formerly test_classify_issue14_round2.py; see ROUNDS.md).


def test_a_lawyer_with_the_firm_beside_the_name_is_still_a_natural_person() -> None:
    assert classify_applicant("张瑞华（湖北朋来律师事务所律师）").category is ApplicantType.NATURAL_PERSON


# Round 3 (formerly test_classify_issue14_round3.py; see ROUNDS.md).


def test_the_agents_own_request_still_counts_the_agent() -> None:
    """代理本所 is the firm's own request (read before the principal rule)."""
    result = classify_applicant("张某（某某律师事务所律师，代理本所申请）")
    assert result.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(
        (
            "原告",
            "上诉人（原审原告）",
            "申请人：",
            "复议申请人",
            "再审申请人（一审原告、二审上诉人）：",
            "第三人",
        )
    ),
    st.sampled_from(
        (
            ("竹某", ApplicantType.NATURAL_PERSON),
            ("李某某", ApplicantType.NATURAL_PERSON),
            ("某某置业有限公司", ApplicantType.COMMERCIAL_ENTERPRISE),
            ("某某环保协会", ApplicantType.PUBLIC_INTEREST_ORGANIZATION),
        )
    ),
)
def test_a_procedural_role_before_a_name_is_no_part_of_it(
    role: str, party: tuple[str, ApplicantType]
) -> None:
    """原告, 上诉人（原审原告）, 申请人： are the party's role in a judgment or review, not its name."""
    name, column = party
    assert classify_applicant(f"{role}{name}").category is column


def test_a_name_that_begins_like_a_role_keeps_its_name() -> None:
    """第三人民医院 is a hospital's name, not the role 第三人 before 民医院."""
    assert classify_applicant("第三人民医院").category is ApplicantType.OTHER


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("村民", "居民", "业主", "职工")),
    st.lists(st.sampled_from(("孙某", "孙某某", "李某", "王**")), min_size=1, max_size=3),
    st.sampled_from(("律师", "执业律师", "某律师事务所律师")),
)
def test_persons_named_after_a_title_as_principals_are_natural_persons(
    title: str, names: list[str], agent: str
) -> None:
    """受村民孙某、孙某某委托: the principals are persons (村 in 村民 is no village committee)."""
    result = classify_applicant(f"吴某（{agent}，受{title}{'、'.join(names)}委托申请）")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.rule_id == "applicant.capacity.agent_for_principal"


def test_a_village_committee_as_principal_stays_other() -> None:
    """受某村民委员会委托: the principal is the committee (村民 opens its name, no person follows)."""
    result = classify_applicant("张某（律师，受某村民委员会委托）")
    assert result.category is ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(
        (
            ("某某传媒大学", ApplicantType.RESEARCH_INSTITUTION),
            ("某某科技有限公司", ApplicantType.COMMERCIAL_ENTERPRISE),
            ("某某环境保护协会", ApplicantType.PUBLIC_INTEREST_ORGANIZATION),
        )
    ),
    st.sampled_from(("学校", "公司", "单位", "协会", "机构")),
)
def test_a_kind_word_in_the_name_clause_names_the_applicant_itself(
    named: tuple[str, ApplicantType], kind: str
) -> None:
    """以学校名义, 以公司名义: a bare kind word is the applicant itself, whose own name decides."""
    name, column = named
    assert classify_applicant(f"{name}（以{kind}名义申请）").category is column


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("北京某律师事务所", "某某法律援助中心", "某律师")),
    st.sampled_from(("委托人：{}某", "为其当事人{}某申请", "代理申请人{}某")),
    st.sampled_from(SURNAMES),
)
def test_the_principal_named_beside_an_agent_is_the_applicant(agent: str, frame: str, surname: str) -> None:
    """The agent files for the principal, who is the applicant (第二十九条第二款第（一）项: 申请人的姓名或者名称)."""
    result = classify_applicant(f"{agent}（{frame.format(surname)}）")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.rule_id == "applicant.capacity.agent_for_principal"


@settings(deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from(("某律师事务所", "某法律服务所")))
def test_the_principal_before_de_dailiren_is_the_applicant(surname: str, agent: str) -> None:
    """X的代理人Y: X is the applicant."""
    result = classify_applicant(f"{surname}某的代理人{agent}")
    assert result.category is ApplicantType.NATURAL_PERSON
    in_parenthesis = classify_applicant(f"{agent}（{surname}某的委托代理人）")
    assert in_parenthesis.category is ApplicantType.NATURAL_PERSON


def test_an_ngo_named_volunteers_keeps_its_column() -> None:
    """An NGO whose name ends in 志愿者 with no person after it is the NGO."""
    assert classify_applicant("绿家园志愿者").category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


# Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
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


def test_an_organisation_acting_in_its_own_standing_keeps_its_column() -> None:
    """以X身份 with X no person's standing decides nothing: the name is read (a legal-aid centre filing as itself)."""
    assert (
        classify_applicant("某市法律援助中心（以本中心身份申请）").category
        is ApplicantType.LEGAL_SERVICE_ORGANIZATION
    )
    assert classify_applicant("某市法律援助中心").category is ApplicantType.LEGAL_SERVICE_ORGANIZATION


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(SURNAME_BRANDS), st.sampled_from(INDUSTRIES), st.sampled_from(CONTEXTS))
def test_a_short_name_ending_in_its_industry_is_a_company(brand: str, industry: str, context: str) -> None:
    result = classify_applicant(f"{brand}{industry}{context}")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.confidence is Confidence.CLEAR


# Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(("被处罚单位", "项目建设单位")), st.sampled_from(("", "，申请公开环评审批意见")))
def test_a_regulated_role_beside_an_unread_short_form_is_a_business(role: str, rest: str) -> None:
    result = classify_applicant(f"华信经营处（{role}{rest}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.confidence is not Confidence.CLEAR  # a role says what it did, not what it is: weak


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(
        (
            ("中建八局", "中国建筑第八工程局有限公司"),
            ("中铁十局", "中铁十局集团有限公司"),
            ("某路桥局", "某路桥局有限公司"),
        )
    ),
    st.sampled_from(("连岛项目部", "三标项目部")),
)
def test_a_companys_project_office_applies_for_the_company(short_full: tuple[str, str], unit: str) -> None:
    short, full = short_full
    result = classify_applicant(f"{short}（{full}的简称，项目部以{short}{unit}名义申请公开规划批复）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 17 (formerly test_classify_issue14_round17.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("濉溪县某建投公司", "某建设集团有限公司", "某路桥工程有限公司")),
    st.sampled_from(("项目部", "第三项目部", "分公司")),
)
def test_in_the_name_of_the_applicants_own_ending_reads_the_full_name(company: str, unit: str) -> None:
    """以项目部名义 after …公司项目部: the applicant itself, a company's unit — 商业企业, never the person 项某."""
    short = unit[-3:]
    result = classify_applicant(f"{company}{unit}（以{short}名义申请公开固定资产投资数据）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 19 (formerly test_classify_issue14_round19.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["地球村", "绿色驿站", "自然中心", "青山村"]),
    st.sampled_from(["环境教育公益机构", "民间环保组织", "民办非企业单位", "环保社会组织"]),
    st.sampled_from(["以机构名义", "以本机构名义", "以单位名义", "以组织名义"]),
)
def test_a_stated_kind_beside_the_own_name_request_decides(name: str, kind: str, capacity: str) -> None:
    """地球村（环境教育公益机构，以机构名义申请…）: the stated kind outweighs the 村 of the name (round 6's principle)."""
    result = classify_applicant(f"{name}（{kind}，{capacity}申请水源地名录）")
    assert result.category is not None
    assert COLUMN_CODE_BY_APPLICANT_TYPE[result.category] == "public_interest_organization"


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(_SITE_NAMES, st.sampled_from(["记者以网站名义申请公开", "以网站名义申请公开", "编辑以网站名义申请"]))
def test_a_site_applying_in_the_sites_name_is_a_news_site(name: str, context: str) -> None:
    """洛阳网（记者以网站名义…）: a 新闻单位 (其他), whatever the words of its name (a surname, a trade)."""
    result = classify_applicant(f"{name}（{context}某某名单）")
    assert result.category is ApplicantType.OTHER


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["明光镇某社区居民委员会", "某村村民委员会", "某某律师事务所"]),
    st.sampled_from(["低保申请人", "救助申请人", "申请人"]),
)
def test_an_organisation_acting_for_an_applicant_takes_the_persons_column(agent: str, principal: str) -> None:
    """受低保申请人委托，代其申请: the principal (a person named by the request they made) is the applicant."""
    result = classify_applicant(f"{agent}（受{principal}委托，代其申请公开某某结果）")
    assert result.category is ApplicantType.NATURAL_PERSON


# Round 21 (formerly test_classify_issue14_round21.py; see ROUNDS.md).
@settings(max_examples=80, deadline=None)
@given(_AGENTS, _PRINCIPALS)
def test_an_agent_in_its_principals_name_takes_the_principals_column(
    agent: str, principal: tuple[str, str]
) -> None:
    """律师事务所（受某乳制品公司委托，以该公司名义申请）: the company's request (第二十九条第二款第（一）项)."""
    company, capacity = principal
    result = classify_applicant(f"{agent}（受{company}委托，{capacity}申请公开某县抽检结论）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["养殖户", "某乳制品公司", "村民王某"]))
def test_a_firm_in_its_own_name_stays_the_firm(client: str) -> None:
    """The guard: 律师事务所（受…委托，以本所名义申请） — the firm applies itself (round 12)."""
    result = classify_applicant(f"某律师事务所（受{client}委托，以本所名义申请）")
    assert result.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION


CAPACITY_SHAPES: Final = [
    # Round 2 (formerly test_classify_issue14_round2.py; see ROUNDS.md).
    ByShape(
        "a_lawyer_acting_for_the_firm_counts_the_firm",
        "{person}（{firm}律师，{capacity}）",
        {
            "person": ("张瑞华", "李某", "王**"),
            "firm": ("湖北朋来律师事务所", "某某律师事务所"),
            "capacity": ("代理本所申请", "代表本所申请", "以本所名义申请"),
        },
        ApplicantType.LEGAL_SERVICE_ORGANIZATION,
        rule_id="applicant.capacity.agent_for_principal",
        why="The request is the employer's when the person says they act for it (the capacity, not the person).",
    ),
    # Round 3 (formerly test_classify_issue14_round3.py; see ROUNDS.md).
    ByShape(
        "a_principal_named_after_the_agent_decides",
        "{agent}（{word}{person}申请）",
        {
            "agent": ("某某律师事务所", "某某法律服务所", "某某咨询有限公司"),
            "person": ("张伟", "李秀英", "王某"),
            "word": ("代理", "代"),
        },
        ApplicantType.NATURAL_PERSON,
        why="An agent for a person (某所（代理张某）) counts the person: the principal is the applicant.",
    ),
    # Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).
    ByShape(
        "an_applicant_in_their_own_name_stays_a_person",
        "{person}（{company}法定代表人，以个人名义申请）",
        {"person": ("王某", "李某某"), "company": ("某某建材有限公司", "某某科技股份有限公司")},
        ApplicantType.NATURAL_PERSON,
        why="The same person applying in their own name is 自然人, whatever their post.",
    ),
    # Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
    ByShape(
        "a_request_in_the_name_of_relatives_is_a_natural_persons",
        "{agent}以{relatives}王某、李某{close}分别申请",
        {
            "agent": ("刘某", "竹某", "张某某"),
            "relatives": ("其父母", "其子", "其儿媳", "其妻子"),
            "close": ("之名", "名义"),
        },
        ApplicantType.NATURAL_PERSON,
        why="以其父母…之名申请: the principals are relatives, so natural persons.",
    ),
    ByShape(
        "a_request_in_a_companys_name_is_the_companys",
        "{person}以{company}名义申请",
        {"person": ("张某", "李某某"), "company": ("某某有限公司", "某某实业公司")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    ByShape(
        "a_person_named_after_an_employer_and_a_job_is_a_person",
        "{employer}{job}{person}",
        {
            "employer": ("某报社", "某村委会", "某有限公司", "某律师事务所"),
            "job": ("记者", "主任", "员工", "律师"),
            "person": ("张某", "王某某", "李伟"),
        },
        ApplicantType.NATURAL_PERSON,
        why="A job is no capacity: the person named applies (a legal representative would act for the employer).",
    ),
    ByShape(
        "a_person_described_through_a_relative_is_a_person",
        "{name}",
        {"name": ("王某某之女王某", "张某之子张某某", "李某的母亲", "赵某（王某的继承人）")},
        ApplicantType.NATURAL_PERSON,
    ),
    # Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
    ByShape(
        "a_job_or_role_before_a_name_is_no_capacity",
        "{title}{surname}{given_name}",
        {
            "title": ("村民", "居民", "业主", "记者", "被执行人", "举报人", "投诉人"),
            "surname": SURNAMES,
            "given_name": GIVEN,
        },
        ApplicantType.NATURAL_PERSON,
        why="村民王某某, 业主张某, 被执行人李某: the person applies; 村 in 村民 is no village committee.",
    ),
    # Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
    ByShape(
        "an_employer_before_the_job_with_the_company_name_clause_is_the_applicant",
        "{employer}{job}{surname}某（以公司名义）",
        {
            "employer": ("某某科技有限公司", "某某建设集团"),
            "job": ("员工", "经理", "工作人员"),
            "surname": SURNAMES,
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
        why="以公司名义: the request is the employer's, written before the person's job.",
    ),
    ByShape(
        "an_ngos_volunteer_is_a_person",
        "{ngo}{title}{surname}某",
        {"ngo": ("某某基金会", "某某环保协会", "绿家园"), "title": ("志愿者", "义工"), "surname": SURNAMES},
        ApplicantType.NATURAL_PERSON,
        why="A volunteer named after the NGO applies as a person.",
    ),
    # Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
    ByShape(
        "a_group_signing_through_a_representative_is_natural_persons",
        "{place}{group}（由代表{surname}某签名）",
        {
            "place": ("幸福里小区", "某某村", "某某花园"),
            "group": ("全体业主", "部分业主", "全体村民", "全体居民"),
            "surname": SURNAMES,
        },
        ApplicantType.NATURAL_PERSON,
    ),
    ByShape(
        "an_employee_acting_on_the_employers_commission_takes_its_column",
        "{name}（受其任职的{employer}委托）",
        {"name": ("金某某", "Kim Min-jun", "李某"), "employer": ("首尔某贸易株式会社", "某某有限公司")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
        why="The issue: a request made for a principal takes the principal's column, whoever signs it.",
    ),
    # Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
    ByShape(
        "the_seal_on_the_request_decides",
        "{short}（申请书{verb}{company}公章）",
        {
            "short": ("云南白药", "某某集团", "老字号"),
            "company": ("某某医药集团股份有限公司", "某某科技有限公司", "某某商贸有限责任公司"),
            "verb": ("加盖", "盖有"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
        rule_id="applicant.capacity.stamp",
        why="A short form or a brand with a company's seal on the request: the company applies.",
    ),
    ByShape(
        "a_person_invoking_a_body_without_its_seal_is_a_person",
        "{person}（以{body}名义递交申请，{unsealed}）",
        {
            "person": ("张某", "王某某", "李明"),
            "body": ("村民委员会", "居民委员会", "某某协会"),
            "unsealed": ("村委会未盖章", "仅有本人签名", "未加盖公章"),
        },
        ApplicantType.NATURAL_PERSON,
        why="The body did not make the request; the person who signed it did.",
    ),
    ByShape(
        "a_lawyer_filing_for_persons_named_by_a_title_is_a_person",
        "某律师事务所律师杨某（代理{place}{title}申请，申请书以{title}名义提交）",
        {"title": ("村民", "业主", "居民"), "place": ("某镇", "某村", "某小区")},
        ApplicantType.NATURAL_PERSON,
        why="The principal's column: 村民 are persons, not a village committee.",
    ),
    ByShape(
        "a_representative_office_of_a_foreign_ngo_is_public_interest",
        "{office}（境外非政府组织代表机构）",
        {"office": ("某某基金会北京代表处", "Green Earth北京代表处", "某某协会上海代表处")},
        ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
        why="境外非政府组织代表机构: a non-profit, non-governmental social organisation.",
    ),
    # Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
    ByShape(
        "filing_for_a_company_is_the_companys_request",
        "{agent}（为{company}代为申请）",
        {"company": ("某某有限公司", "某科技有限公司"), "agent": ("某市法律援助中心", "某律师事务所")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
        why="The same structure with an organisation as principal gives the organisation's column.",
    ),
    # Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
    ByShape(
        "a_firm_requesting_in_its_own_name_keeps_its_column",
        "{firm}（{agent}，以本所名义申请）",
        {
            "firm": ("江苏某某律师事务所", "某市法律服务所", "北京某律师事务所"),
            "agent": ("受养殖户委托", "受村民委托", "受张某委托", "受当事人委托"),
        },
        ApplicantType.LEGAL_SERVICE_ORGANIZATION,
        rule_id="applicant.capacity.own_organisation_name",
    ),
    ByShape(
        "a_brand_requesting_in_a_companys_name_is_a_company",
        "{brand}（{capacity}{seal}）",
        {
            "brand": ("宁德时代", "云南白药", "海天味业", "王老吉"),
            "capacity": ("以公司名义申请", "以该公司名义申请", "以本公司名义申请"),
            "seal": ("", "，申请表加盖公章"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    # Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
    ByShape(
        "a_request_in_a_trade_name_is_the_businesses",
        "{name}（{form}以{word}{trade}名义申请）",
        {
            "name": ("王某", "张某", "李建国", "陈**"),
            "word": ("字号", "商号"),
            "trade": ('"海丰水产"', "“东升面馆”", ""),
            "form": ("滩涂养殖个体工商户，", "个体户，", ""),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
        rule_id="applicant.capacity.trade_name",
    ),
    ByShape(
        "an_individual_business_in_its_owners_name_stays_a_person",
        "{name}（个体工商户）",
        {"name": ("王某", "张某某", "李建国")},
        ApplicantType.NATURAL_PERSON,
    ),
    # Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
    ByShape(
        "an_employer_beside_a_persons_name_is_no_description",
        "{name}（{employer}，申请公开规划）",
        {
            "name": ("张伟", "王某某", "李明"),
            "employer": ("某有限公司员工", "某县人民政府工作人员", "被处罚单位负责人"),
        },
        ApplicantType.NATURAL_PERSON,
    ),
    ByShape(
        "a_platform_takes_its_operators_column",
        "{name}（{operator}{kind}，以平台名义申请处罚信息）",
        {
            "name": ("蔚蓝地图", "星河平台", "绿色观察"),
            "operator": ("公众环境研究中心", "某某环保基金会", "某某生态保护协会"),
            "kind": ("运营的平台", "主办的网站"),
        },
        ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
    ),
    ByShape(
        "an_institute_applying_in_the_institutes_name_is_research",
        "{name}（以所名义申请公开检测报告）",
        {"name": ("中科院武汉病毒所", "某某物理所", "某某化学所")},
        ApplicantType.RESEARCH_INSTITUTION,
    ),
    ByShape(
        "businesses_signing_jointly_are_businesses",
        "{first}、{second}{joint}（申请公开图书采购合同）",
        {
            "first": ("云霄新华书店", "红星五金店", "某某商贸有限公司"),
            "second": ("鼎盛文具店", "某某超市", "某某建材有限公司"),
            "joint": ("等三家经营者联名", "联名", "共同申请"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
        rule_id="applicant.capacity.joint_organisations",
    ),
    ByShape(
        "individuals_signing_jointly_stay_natural_persons",
        "{names}（申请公开征收批复）",
        {
            "names": (
                "张某、李某联名",
                "刘某、陈某等3人联名",
                "某村张某某等17户村民联名",
                "红星五金店、张某联名",
            )
        },
        ApplicantType.NATURAL_PERSON,
    ),
    ByShape(
        "a_law_firm_filing_in_its_clients_name_takes_the_clients_column",
        "{firm}（受{client}委托代为申请，申请表申请人栏填{client}）",
        {
            "firm": ("金杜律师事务所", "某某律师事务所"),
            "client": ("北海羽绒", "某某服装", "某某制品有限公司"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    # Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
    ByShape(
        "a_company_applying_in_its_own_name_beside_an_organs_name_is_a_business",
        "{company}（{words}，以公司名义申请公开监测报告）",
        {
            "company": ("廉江市绿色东方新能源有限公司", "某某环保科技有限公司"),
            "words": ("被湛江市生态环境局处罚的垃圾焚烧企业", "某局监管的排污单位"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
]


@pytest.mark.parametrize("shape", CAPACITY_SHAPES, ids=shape_name)
def test_each_capacity_shape_is_counted_in_its_column(shape: ByShape) -> None:
    """Each row's applicants, whatever words fill the template, are counted in the row's column."""
    shape.check()
