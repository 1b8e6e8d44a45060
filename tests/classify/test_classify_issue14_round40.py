"""Issue 14, round 40: blind38's misses by the row, column and item (development data).

Applicants: an agent holding an organisation's power of attorney (持X授权委托书) applies for it, so X's column, never
the agent's own firm's; an applicant no rule read that calls itself an enterprise (本企业) or its name a brand's short
form (品牌简称) is a 商业企业. Replies: a named law that forbids disclosure (传染病防治法禁止泄露…) is 第十四条's row,
over the 个人隐私 of 第十五条. Titles: a headline that a project 获国务院批复 is news of an approval, no item; the
approval's own text (关于…的批复) keeps its reading.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

_AGENT = st.sampled_from(["王某", "李律师", "赵某某", "张某"])
_FIRM = st.sampled_from(["北京某律师事务所律师", "某律师事务所执业律师", "某法律服务所法律工作者"])
_COMPANY = st.sampled_from(["贵州黔山茶业有限公司", "某某建材股份有限公司", "某市宏达物流有限责任公司"])
_HOLD = st.sampled_from(["持", "持有"])
_WARRANT = st.sampled_from(["授权委托书", "的授权委托书", "出具的委托书"])
_HOLDING = st.builds(lambda hold, company, warrant: f"{hold}{company}{warrant}", _HOLD, _COMPANY, _WARRANT)
_REQUEST = st.sampled_from(
    ["以该公司名义申请公开茶园征收补偿方案", "申请公开征收补偿方案", "以该公司名义申请"]
)
_BRAND = st.sampled_from(["苗岭茶香", "李记茶坊", "黄山云雾", "周氏香辣"])
_SELF = st.sampled_from(
    ["申请人栏只填写该企业的品牌简称", "名称为本企业的品牌简称", "申请公开本企业茶叶抽检不合格的复检结论"]
)
_LAW = st.sampled_from(["传染病防治法", "《中华人民共和国传染病防治法》", "精神卫生法"])
_FORBID = st.sampled_from(["禁止泄露", "禁止披露"])
_WHAT = st.sampled_from(["病人的个人隐私信息", "患者的个人隐私", "病例的个人信息"])
_REFUSE = st.sampled_from(["该部分信息本机关依法不能公开", "本机关不予公开", "故不予提供"])
_PROJECT = st.sampled_from(
    ["新建陕西府谷民用机场项目用地", "某高速公路项目", "某市国土空间总体规划", "引汉济渭工程"]
)
_APPROVER = st.sampled_from(["获国务院批复", "获国务院批准", "获省人民政府批复"])


@settings(max_examples=40, deadline=None)
@given(_AGENT, _FIRM, _HOLDING, _REQUEST)
def test_an_agent_holding_a_companys_power_of_attorney_files_the_companys_request(
    agent: str, firm: str, holding: str, request: str
) -> None:
    """持X授权委托书: the principal company's column, not the agent's firm's (法律服务机构)."""
    result = classify_applicant(f"{agent}（{firm}，{holding}，{request}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.rule_id == "applicant.capacity.agent_for_principal"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["持授权委托书", "持单位授权委托书", "持本人委托书"]))
def test_a_power_of_attorney_naming_no_organisation_leaves_the_names_reading(warrant: str) -> None:
    """An employee's 持授权委托书 names no principal: the employer named first keeps its column."""
    text = f"云霄县宏达印刷厂（员工赵某{warrant}代为申请图书采购合同）"
    assert classify_applicant(text).category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert classify_applicant(f"某律师事务所（律师王某{warrant}）").category is (
        ApplicantType.LEGAL_SERVICE_ORGANIZATION
    )


@settings(max_examples=40, deadline=None)
@given(_BRAND, _SELF)
def test_a_name_described_as_the_enterprises_own_is_a_business(brand: str, described: str) -> None:
    """本企业 / 品牌简称 beside a name read only by its shape: 商业企业."""
    result = classify_applicant(f"{brand}（{described}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.rule_id == "applicant.capacity.described"


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        ["申请公开本企业茶叶抽检不合格的复检结论", "申请公开我企业的处罚决定书", "要求公开本企业的检测报告"]
    )
)
def test_a_personal_name_keeps_its_reading_beside_the_enterprise_words(described: str) -> None:
    """A clear personal name (王小明) asking about 本企业 stays a person: only a name no rule read gives way."""
    assert classify_applicant(f"王小明（{described}）").category is ApplicantType.NATURAL_PERSON
    assert classify_applicant("苗岭茶香").category is not ApplicantType.COMMERCIAL_ENTERPRISE


@settings(max_examples=40, deadline=None)
@given(_LAW, _FORBID, _WHAT, _REFUSE)
def test_a_named_law_forbidding_disclosure_outranks_privacy(
    law: str, forbid: str, what: str, refuse: str
) -> None:
    """X法禁止泄露…个人隐私: 第十四条 (其他法律行政法规禁止公开), not 第十五条."""
    result = classify_outcome(f"你申请获取本乡确诊病例的姓名、住址，{law}{forbid}{what}，{refuse}。")
    assert result.category == "withheld_prohibited_by_law"
    assert result.rule_id == "outcome.withheld_prohibited_by_law.named_law"


@settings(max_examples=20, deadline=None)
@given(_WHAT, _REFUSE)
def test_privacy_without_a_named_law_stays_third_party_rights(what: str, refuse: str) -> None:
    """禁止泄露 with no law named decides nothing: 个人隐私 stays 第十五条's row."""
    result = classify_outcome(f"你申请获取的信息涉及{what}，公开后可能损害第三方合法权益，{refuse}。")
    assert result.category == "withheld_third_party_rights"


@settings(max_examples=40, deadline=None)
@given(_PROJECT, _APPROVER)
def test_a_headline_of_an_approval_received_is_no_item(project: str, approver: str) -> None:
    """…获国务院批复: the news of another organ's approval, no item of 第二十条."""
    result = classify_content(f"{project}{approver}")
    assert result.category is None
    assert result.rule_id == "news.approval_received"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["某高速公路项目", "新建某民用机场项目", "某水库工程"]))
def test_the_approval_itself_keeps_item_five(project: str) -> None:
    """关于…的批复 (the approval's own text) keeps its (五) reading: the news rule stays silent."""
    result = classify_content(f"某市自然资源局关于{project}用地的批复")
    assert result.rule_id != "news.approval_received"
    assert result.category == "A20.05"
