"""Applicant classifier: the kind of an organisation — enterprises and businesses, public bodies, NGOs, research
and legal services, other.

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
    classify_content,
)
from disclosure_rules._classify._content import ContentClassifier
from disclosure_rules._labels import COLUMN_CODE_BY_APPLICANT_TYPE, ApplicantType
from tests.classify.samples import INDUSTRIES, PLACES, SURNAMES, ByShape, shape_name

# Applicants (applicant 2021.19): blind 16's misses, by class. The names are made up around the pattern of each.
COUNTIES = ("某县", "汝阳县", "某市某区", "巴林右旗")


# Titles (scheme 2019.21): a project's preliminary design approval, and a commentary's genre words.
_PROJECTS = st.sampled_from(
    [
        "柯桥至诸暨高速公路工程",
        "兴宁五塘风电场一期项目",
        "澜溪罗源封头段中小河流治理工程",
        "第三批高标准农田建设项目",
    ]
)


_ISSUERS = st.sampled_from(["", "南宁市发展和改革委员会关于", "湖北省發展改革委關于", "关于"])


_DESIGN_ACTS = st.sampled_from(
    ["初步设计的批复", "初步设计报告的批复", "初步設計概算的批復", "初步设计文件市级评审结果的公示"]
)


_CONTENT = ContentClassifier()


_RULE_PHRASES = sorted(
    {
        phrase
        for category in _CONTENT.scheme.axes[0].categories
        for rule in category.rules
        if rule.weight >= 40 and not rule.requires
        for phrase in rule.phrases
        if len(phrase) >= 2
    }
)


# Applicants (scheme 2021.21).
_PLACES = st.sampled_from(["康家集乡", "临洮县", "宁武县某", "西吉县兴军", "贵州省产品质量监督", "中国经贸"])


# Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("某某会所", "翠竹轩茶舍", "某某之家")),
    st.sampled_from(
        (
            ("个体工商户", ApplicantType.COMMERCIAL_ENTERPRISE),
            ("个人独资企业", ApplicantType.COMMERCIAL_ENTERPRISE),
            ("社会团体", ApplicantType.PUBLIC_INTEREST_ORGANIZATION),
            ("民办非企业单位", ApplicantType.PUBLIC_INTEREST_ORGANIZATION),
        )
    ),
)
def test_a_stated_legal_form_after_a_name_decides(name: str, form: tuple[str, ApplicantType]) -> None:
    """A bare legal form in the parenthesis says what an applicant whose name decides nothing is."""
    label, column = form
    result = classify_applicant(f"{name}（{label}）")
    assert result.category is column
    assert result.rule_id == "applicant.capacity.stated_form"


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).


def test_a_broad_stated_form_does_not_override_the_name() -> None:
    """事业单位 covers several columns: a research institute that is a 事业单位 stays 科研机构."""
    assert classify_applicant("某某农业科学研究院（事业单位）").category is ApplicantType.RESEARCH_INSTITUTION


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("北京市朝阳区", "某市", "平安县", "")),
    st.sampled_from(("绿源", "清水", "山野之友", "蓝天守望")),
    # Round 56: a bare 环境研究所 / 生态研究所 is a research institute (研究所 names the form; the field words only the
    # subject); an NGO's 研究所 is read by an NGO word in its name (test_classify_issue14_round56.py).
    st.sampled_from(("环境研究中心", "生态中心", "环保中心", "生态研究中心")),
)
def test_an_ngo_named_as_a_field_centre_is_a_public_interest_organisation_but_not_sure(
    place: str, brand: str, kind: str
) -> None:
    """A 民办非企业单位 is named 行政区划 + 字号 + 行业 + 研究所/中心: 社会公益组织, weak (the form is not written)."""
    result = classify_applicant(f"{place}{brand}{kind}")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(
    st.sampled_from(("中国科学院", "某大学", "某学院")),
    st.sampled_from(("生态环境研究中心", "环境研究所", "生态研究所")),
)
def test_a_research_institute_of_the_state_system_stays_research(parent: str, kind: str) -> None:
    """A 科学院's or a university's institute is a research institution, whatever field it studies."""
    result = classify_applicant(f"{parent}{kind}")
    assert result.category is ApplicantType.RESEARCH_INSTITUTION
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(st.sampled_from(("自然", "地球", "绿色", "山野")))
def test_a_friends_of_name_is_a_public_interest_organisation_but_not_sure(subject: str) -> None:
    """某某之友 (Friends of …) is how NGOs name themselves: 社会公益组织, weak (no legal form is written)."""
    result = classify_applicant(f"{subject}之友")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("莆田", "某市", "")),
    st.sampled_from(("绿萌", "清水", "山野")),
    st.sampled_from(("湿地研究中心", "自然研究中心", "河流研究中心", "湿地中心")),
)
def test_an_ngo_named_after_the_part_of_nature_it_works_for_is_public_interest_but_not_sure(
    place: str, brand: str, kind: str
) -> None:
    """A 民办非企业单位 named 字号 + 湿地/自然/河流 + 研究中心: 社会公益组织, weak."""
    result = classify_applicant(f"{place}{brand}{kind}")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


def test_a_wetland_institute_of_the_academy_stays_research() -> None:
    """A 科学院's institute is a research institution whatever field it studies."""
    result = classify_applicant("中国科学院某湿地研究中心")
    assert result.category is ApplicantType.RESEARCH_INSTITUTION


@settings(deadline=None)
@given(st.sampled_from(("某某律师事务所", "某某会计师事务所", "某某税务师事务所")))
def test_a_firms_office_keeps_its_column(firm: str) -> None:
    """A firm's 事务所 names its profession."""
    assert classify_applicant(firm).category is not ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(("Green Earth", "Blue River", "China Dialogue", "Clean Air")),
    st.sampled_from(("Volunteers", "Trust", "Foundation", "Watch", "Coalition")),
)
def test_an_english_ngo_name_is_public_interest_but_not_sure(first: str, second: str) -> None:
    """Words English-named NGOs use, without a Latin legal form: weak 社会公益组织."""
    result = classify_applicant(f"{first} {second}")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


def test_an_english_ngo_word_beside_a_legal_form_is_a_company() -> None:
    """A Latin legal form decides first (Trust Bank Ltd is a company)."""
    assert classify_applicant("Trust Bank Ltd").category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("港湾·", "某某", "晨光")),
    st.sampled_from(("社区发展研究", "社区营造中心", "社会创新中心")),
)
def test_an_ngo_named_after_a_social_field(name: str, field: str) -> None:
    result = classify_applicant(f"{name}{field}")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS  # the name does not prove the legal form


def test_a_company_and_its_subsidiaries_stay_a_company() -> None:
    assert classify_applicant("某某有限公司及其子公司").category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).


def test_a_company_named_after_a_temple_keeps_its_form() -> None:
    assert classify_applicant("某寺文化旅游有限公司").category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
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


# Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).


@given(st.sampled_from(("中共嵊州市委党校", "中共某省委党校", "某县委党校", "中共某区委党校")))
def test_a_party_school_is_other(name: str) -> None:
    assert classify_applicant(name).category is ApplicantType.OTHER


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(INDUSTRIES),
    st.sampled_from(("自然资源局", "人民政府", "研究所", "协会", "律师事务所")),
)
def test_an_industry_word_never_outweighs_an_organisation_word(industry: str, ending: str) -> None:
    plain = classify_applicant(f"某县{ending}")
    assert classify_applicant(f"某县{industry}{ending}").category is plain.category


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).


def test_a_magazine_company_keeps_its_legal_form() -> None:
    assert classify_applicant("某某杂志社有限公司").category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 17 (formerly test_classify_issue14_round17.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(COUNTIES),
    st.sampled_from(("嘎查", "老年公寓", "消防救援大队", "消防救援支队")),
    st.sampled_from(("", "（以{}名义申请公开补贴发放明细）", "（作为采购人申请公开质疑处理结果）")),
)
def test_a_public_body_named_without_an_org_word_is_other(county: str, body: str, context: str) -> None:
    """A 嘎查 (a village), a public old people's home, a fire and rescue brigade: 其他, whatever the context says."""
    short = body[-2:]
    result = classify_applicant(f"{county}某某{body}{context.format(short)}")
    assert result.category is ApplicantType.OTHER


def test_the_village_committee_stays_an_organisation() -> None:
    """The masked-title reading needs 某 before the title: a village committee is still 其他."""
    assert classify_applicant("某村村民委员会（委托代理人李某）").category is ApplicantType.OTHER


# Round 19 (formerly test_classify_issue14_round19.py; see ROUNDS.md).
@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["生产企业", "养殖企业", "排污企业"]), st.sampled_from(["以公司名义", "以企业名义"]))
def test_a_description_naming_another_body_states_no_kind(kind: str, capacity: str) -> None:
    """廉江市某有限公司（被…局处罚的…企业，以公司名义…）: the 局 names the punishing organ; the company stays a company."""
    result = classify_applicant(f"廉江市某某有限公司（被廉江市生态环境局处罚的{kind}，{capacity}申请）")
    assert result.category is not None
    assert COLUMN_CODE_BY_APPLICANT_TYPE[result.category] == "commercial_enterprise"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["宏点", "云帆", "星河"]),
    st.sampled_from(["网络", "网站设计", "网站建设", "网络（网站设计制作方）"]),
)
def test_a_network_or_web_design_business_is_an_enterprise(brand: str, trade: str) -> None:
    """宏点网络: a short name ending in its trade (网络, 网站设计) is a business; the 站 of 网站 is no station."""
    result = classify_applicant(f"{brand}{trade}")
    assert result.category is not None
    assert COLUMN_CODE_BY_APPLICANT_TYPE[result.category] == "commercial_enterprise"


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("中国互联网络信息中心", "other_organization"),
        ("某市网络安全协会", "public_interest_organization"),
        ("某网络科技有限公司", "commercial_enterprise"),
        ("中国政府网站", "other_organization"),
    ],
)
def test_network_inside_another_organisations_name_keeps_its_column(name: str, column: str) -> None:
    result = classify_applicant(name)
    assert result.category is not None
    assert COLUMN_CODE_BY_APPLICANT_TYPE[result.category] == column


@settings(max_examples=80, deadline=None)
@given(_ISSUERS, _PROJECTS, _DESIGN_ACTS)
def test_a_preliminary_design_approval_is_never_decided_and_names_item_ten(
    issuer: str, project: str, act: str
) -> None:
    """初步设计的批复: the 批准 of a government-invested project (十) and an approval (五) — ambiguous, (十) first or second."""
    result = classify_content(f"{issuer}{project}{act}")
    assert result.confidence is not Confidence.CLEAR
    items = {result.category, result.runner_up.category if result.runner_up is not None else None}
    assert "A20.10" in items


@settings(max_examples=40, deadline=None)
@given(_PROJECTS, st.sampled_from(["有限公司", "集团"]))
def test_a_companys_design_approval_is_left_to_the_other_rules(project: str, company: str) -> None:
    result = classify_content(f"关于某某{company}{project}初步设计的批复")
    assert result.rule_id != "A20.10.design_approval"


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(_RULE_PHRASES),
    st.sampled_from(["刍议", "浅析", "探析", "评析", "的理解与适用", "之我见", "述评"]),
    st.sampled_from(["", "《", "关于"]),
)
def test_a_commentary_is_no_item(phrase: str, genre: str, opener: str) -> None:
    """…规则刍议, …的理解与适用: an author's writing about a rule, not an organ's record (第二条): no item, never decided."""
    result = classify_content(f"{opener}{phrase}{'》' if opener == '《' else ''}{genre}")
    assert result.category is None
    assert result.confidence is Confidence.NONE


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=100, deadline=None)
@given(
    _PLACES,
    st.sampled_from(
        [
            ("学区", ApplicantType.OTHER),
            ("检验院", ApplicantType.OTHER),
            ("检测院", ApplicantType.OTHER),
            ("导刊", ApplicantType.OTHER),
            ("煤矿", ApplicantType.COMMERCIAL_ENTERPRISE),
            ("化肥销售部", ApplicantType.COMMERCIAL_ENTERPRISE),
        ]
    ),
)
def test_a_body_named_by_its_kind_without_an_org_word(place: str, case: tuple[str, ApplicantType]) -> None:
    word, column = case
    assert classify_applicant(f"{place}{word}").category is column


# Round 21 (formerly test_classify_issue14_round21.py; see ROUNDS.md).
@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["梧州市龙圩区", "某县", "某市"]),
    st.sampled_from(["妇幼保健院", "妇幼保健计划生育服务中心"]),
)
def test_a_maternal_and_child_health_hospital_is_a_public_body(place: str, kind: str) -> None:
    """梧州市龙圩区妇幼保健院: a public hospital, 其他 (as 医院)."""
    result = classify_applicant(f"{place}{kind}（申请公开年度考核结果）")
    assert result.category is ApplicantType.OTHER


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["望奎县惠民鞭炮", "某县日杂", "某镇农资"]), st.sampled_from(["批发部", "零售部"]))
def test_a_wholesale_shop_is_a_business(name: str, shop: str) -> None:
    """望奎县惠民鞭炮批发部: a trade's shop, 商业企业 (as 销售部, 经营部)."""
    result = classify_applicant(f"{name}{shop}（申请公开审批材料）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


KIND_SHAPES: Final = [
    # Round 3 (formerly test_classify_issue14_round3.py; see ROUNDS.md).
    ByShape(
        "a_financial_institution_is_a_commercial_enterprise",
        "{place}{kind}",
        {
            "place": ("某省", "某市", "某县"),
            "kind": ("农村信用社联合社", "农村信用合作联社", "农村商业银行", "村镇银行"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
        why="A financial cooperative or bank is an enterprise; 村 inside 农村信用社 is not a village.",
    ),
    ByShape(
        "a_college_of_higher_education_is_a_research_institution",
        "{name}{kind}",
        {"name": ("某某", "临江", "东海"), "kind": ("医学高等专科学校", "职业技术学院", "师范高等专科学校")},
        ApplicantType.RESEARCH_INSTITUTION,
        why="Convention: an institution of higher education is 科研机构; 学校 in its name does not make it 其他.",
    ),
    ByShape(
        "an_exchange_is_other",
        "{city}{kind}",
        {"city": ("北京", "广州", "大连", "郑州"), "kind": ("证券交易所", "期货交易所", "商品交易所")},
        ApplicantType.OTHER,
        why="An exchange is a self-regulatory legal person: 其他, though 证券 is in its name.",
    ),
    # Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).
    ByShape(
        "an_applicant_in_the_companys_name_takes_the_companys_column",
        "{person}（{company}法定代表人，{words}）",
        {
            "person": ("王某", "李某某", "陈先生"),
            "company": ("某某建材有限公司", "某某科技股份有限公司", "某某贸易有限公司"),
            "words": ("以公司名义申请", "以该公司名义申请", "以企业名义提出"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
        rule_id="applicant.capacity.agent_for_principal",
        why="The capacity decides: a legal representative applying in the company's name is the company's request.",
    ),
    # Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
    ByShape(
        "business_premises_are_enterprises",
        "{place}{premises}",
        {
            "place": ("某县某镇", "石马镇", "某某"),
            "premises": ("搅拌站", "收购站", "养殖场", "采砂场", "施工队", "小卖部", "酒楼"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
        why="A 搅拌站 or 养殖场 is a business, though 站 or 场 ends its name.",
    ),
    ByShape(
        "public_stations_and_media_bodies_are_other",
        "{place}{body}",
        {"place": ("某区", "某镇"), "body": ("水利管理所", "财政所", "司法所", "报社", "电视台")},
        ApplicantType.OTHER,
    ),
    ByShape(
        "a_stated_legal_form_outweighs_a_word_of_the_name",
        "{name}（{form}）",
        {
            "name": ("某某培训学校", "某某环境研究所", "某某康复中心"),
            "form": ("民办非企业单位", "社会服务机构", "社会团体"),
        },
        ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
        rule_id="applicant.capacity.stated_form",
        why="What the organisation is in law decides, not 学校 or 研究所 in its name (a 民非 is a 社会服务机构).",
    ),
    ByShape(
        "japanese_company_forms_are_enterprises",
        "{name}{form}",
        {"name": ("某某", "东京某某", "大阪某某"), "form": ("株式会社", "有限会社", "合同会社")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    # Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
    ByShape(
        "a_stated_kind_of_organisation_decides",
        "{name}（{kind}）",
        {
            "name": ("自然大学", "某某学院", "某某研究所", "山野之友"),
            "kind": ("民间环保组织", "环保组织", "民间组织", "非营利组织", "公益组织"),
        },
        ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
        rule_id="applicant.capacity.stated_form",
        why="What the organisation is, written beside its name, outweighs a word the name contains (大学, 研究所).",
    ),
    ByShape(
        "a_company_named_by_its_trade_or_capital_is_an_enterprise",
        "{brand}{word}",
        {"brand": ("华远", "恒兴", "东泰"), "word": ("股份", "控股", "物流", "药业", "投资")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
        why="A name with no company word but a trade or capital word (股份, 控股, 物流) is a business.",
    ),
    ByShape(
        "a_public_body_with_a_trade_word_stays_other",
        "{place}{body}",
        {"place": PLACES, "body": ("投资促进局", "股份经济合作社", "投资促进中心")},
        ApplicantType.OTHER,
        why="投资 in an investment-promotion bureau, 股份 in a village's 股份经济合作社: the public body decides.",
    ),
    ByShape(
        "a_universitys_legal_clinic_is_a_legal_service",
        "{university}{clinic}",
        {"university": ("某某大学", "某政法大学", "某某学院"), "clinic": ("法律诊所", "弱者权利保护中心")},
        ApplicantType.LEGAL_SERVICE_ORGANIZATION,
        why="A legal clinic or rights-protection centre gives legal aid: 法律服务机构, not the university's column.",
    ),
    # Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
    ByShape(
        "an_office_of_a_government_function_is_other",
        "{place}{office}",
        {
            "place": ("上海市闵行区", "某区", "某县"),
            "office": ("建设用地事务所", "土地事务所", "房屋征收事务所", "房地产登记事务所"),
        },
        ApplicantType.OTHER,
        why="A 事务所 that names a function of government is a public institution: 其他.",
    ),
    # Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
    ByShape(
        "a_brand_named_by_its_trade_is_a_business",
        "{brand}{trade}",
        {"brand": ("顺丰", "京东", "德邦", "某某"), "trade": ("速运", "快递", "快运", "速递")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    ByShape(
        "a_shop_named_by_its_owner_is_a_business",
        "老{surname}{shop}",
        {"surname": SURNAMES, "shop": ("修车铺", "杂货铺", "肉铺")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    ByShape(
        "a_branch_in_the_parenthesis_is_the_business",
        "{brand}（{branch}）",
        {
            "brand": ("海底捞", "星巴克", "肯德基", "王记"),
            "branch": ("南京新街口店", "人民广场店", "某某路餐厅", "城东门店"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    ByShape(
        "an_owners_committee_is_not_the_group",
        "{place}业主委员会",
        {"place": ("幸福里小区", "某某花园")},
        ApplicantType.OTHER,
    ),
    ByShape(
        "an_ngo_kind_at_the_end_of_the_parenthesis",
        "{name}（{kind}）",
        {
            "name": ("莆田绿萌", "某某之声", "绿色江河"),
            "kind": ("红树林保育民间组织", "河流保护环保组织", "乡村教育公益组织"),
        },
        ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
    ),
    ByShape(
        "a_patent_agency_is_a_business",
        "某某{firm}{form}",
        {"firm": ("专利代理事务所", "商标代理事务所", "知识产权代理事务所"), "form": ("", "（普通合伙）")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    ByShape(
        "a_notary_office_is_a_legal_service",
        "{name}",
        {"name": ("某公证处", "北京市某某公证处", "某市公证处")},
        ApplicantType.LEGAL_SERVICE_ORGANIZATION,
        why="Convention (docs/classifiers.md, round 9): 公证法 第二条、第六条 — a 证明机构 that serves the public.",
    ),
    ByShape(
        "more_trades_without_a_company_word_are_businesses",
        "{name}{tail}",
        {"name": ("兰州拉面馆", "某某民宿", "某某驾校", "某某传媒", "某某影城"), "tail": ("", "（城东）")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    ByShape(
        "assemblies_care_homes_and_news_agencies_are_other",
        "{name}",
        {"name": ("某某小区业主大会", "某某敬老院", "某某福利院", "新华社")},
        ApplicantType.OTHER,
    ),
    # Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
    ByShape(
        "a_religious_venue_is_other",
        "{venue}",
        {"venue": ("某寺", "某某寺院", "某清真寺", "某天主堂", "某道观")},
        ApplicantType.OTHER,
        why="Neither a company nor a social organisation nor a research body: 其他.",
    ),
    # Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
    ByShape(
        "a_business_kind_in_the_parenthesis_decides",
        "{name}（{kind}{purpose}）",
        {
            "name": ("大理七彩云花玫瑰园", "量信检验", "某某农场", "绿源"),
            "kind": ("种植企业", "养殖企业", "第三方检测机构", "民营企业"),
            "purpose": ("", "，申请公开农业补贴发放名单"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    # Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
    ByShape(
        "newspapers_management_committees_and_state_forest_farms_are_other",
        "{name}{context}",
        {
            "name": (
                "湖北日报",
                "某某晚报",
                "某市都市报",
                "某县老王坡管委会",
                "某开发区管委会",
                "某县国有五洛河林场",
                "某省国有林场",
            ),
            "context": ("", "（申请本场采伐作业设计的专家评审意见）", "（报社以单位名义申请预警发布记录）"),
        },
        ApplicantType.OTHER,
    ),
    ByShape(
        "the_kind_written_before_in_the_units_name_decides",
        "{brand}（{kind}以单位名义申请某局的处罚记录）",
        {"brand": ("楚天风", "江汉潮", "星火"), "kind": ("报社", "电视台", "卫生院")},
        ApplicantType.OTHER,
    ),
    # Round 14 (formerly test_classify_issue14_round14.py; see ROUNDS.md).
    ByShape(
        "a_short_form_is_read_from_its_full_name",
        "{short}（{company}{short}{marker}{rest}）",
        {
            "short": ("德惠经营处", "城西经营处", "华信供应处"),
            "company": ("中国石油天然气股份有限公司吉林长春销售分公司", "某市华信商贸有限公司"),
            "marker": ("", "的简称"),
            "rest": ("", "，申请公开处罚案卷中的监测报告"),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    ByShape(
        "a_schools_short_form_is_other",
        "{short}（{full}的简称，以学校名义申请公开修缮项目终止理由）",
        {"short": ("泉州体校", "某某一中"), "full": ("福建省泉州体育运动学校", "某某县第一中学")},
        ApplicantType.OTHER,
    ),
    ByShape(
        "a_disease_control_centre_is_other",
        "{name}",
        {"name": ("湖北省疾控", "某市疾控中心", "某县疾病预防控制中心")},
        ApplicantType.OTHER,
    ),
    # Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
    ByShape(
        "a_stated_private_non_enterprise_unit_is_an_ngo",
        "{name}（民政部登记的民办非企业单位，申请公开年检结论）",
        {"name": ("曙光防盲和低视力康复研究院", "某某社会发展研究院", "某某环境研究所")},
        ApplicantType.PUBLIC_INTEREST_ORGANIZATION,
    ),
    ByShape(
        "a_research_group_is_research",
        "{name}（某高校下设研究中心，课题负责人持学校介绍信申请）",
        {"name": ("青海湖生态研究中心课题组", "湿地研究中心课题组", "某某环境研究所课题组")},
        ApplicantType.RESEARCH_INSTITUTION,
    ),
    ByShape(
        "magazines_news_sites_and_headquarters_are_other",
        "{name}{context}",
        {
            "name": ("萌芽杂志社", "某某期刊社", "中国质量新闻网", "某某编辑部", "木兰溪指挥部"),
            "context": ("", "（以单位名义申请公开某政策依据）"),
        },
        ApplicantType.OTHER,
    ),
    # Round 16 (formerly test_classify_issue14_round16.py; see ROUNDS.md).
    ByShape(
        "public_bodies_named_without_an_org_word_are_other",
        "{name}{context}",
        {
            "name": (
                "凉山州委组织部",
                "某县委宣传部",
                "某市委统战部",
                "中国兽医药品监察所",
                "水利部某某规划设计总院",
            ),
            "context": ("", "（以本机关名义函请公开编制数）", "（申请公开抽检结果）"),
        },
        ApplicantType.OTHER,
    ),
    ByShape(
        "a_farms_management_area_is_a_public_body",
        "{name}（县农业农村局下属单位，申请公开项目资金）",
        {"name": ("白沙农场管理区", "某某农场管理区")},
        ApplicantType.OTHER,
    ),
    ByShape(
        "a_training_business_stated_as_such_is_an_enterprise",
        "{name}（培训机构，申请公开收费标准文件）",
        {"name": ("成都某某教育", "某某学堂")},
        ApplicantType.COMMERCIAL_ENTERPRISE,
    ),
    # Round 17 (formerly test_classify_issue14_round17.py; see ROUNDS.md).
    ByShape(
        "a_university_hospital_is_a_hospital",
        "{university}{hospital}{context}",
        {
            "university": ("佳木斯大学", "某医科大学", "某某大学医学院"),
            "hospital": ("附属第一医院", "附属第三医院", "附属口腔医院", "附属儿童医院", "附属医院"),
            "context": ("", "（以医院名义申请公开抽检结果）"),
        },
        ApplicantType.OTHER,
        why="A hospital attached to a university is a hospital (其他), not a research institution by its 大学.",
    ),
]


@pytest.mark.parametrize("shape", KIND_SHAPES, ids=shape_name)
def test_each_kind_shape_is_counted_in_its_column(shape: ByShape) -> None:
    """Each row's applicants, whatever words fill the template, are counted in the row's column."""
    shape.check()
