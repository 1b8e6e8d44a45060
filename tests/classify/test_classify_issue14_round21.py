"""Issue 14, twenty-first round: the classes of the nineteenth blind set's misses.

Replies: a grant word under a negation (无法…予以提供) is never a grant; a request whose fee was not paid ends on the fee
(第四十二条) even when the reply also says the amount is excessive. Titles: a delegation of a licensing power and a
notice issuing a licence's form are never (五) clear. Applicants: an agent in its principal's name takes the
principal's column, a Latin name beside a stated kind takes that kind, a 妇幼保健院 and a 批发部.
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

# Replies (outcome 2021.18).

_NEGATIONS = st.sampled_from(["无法", "不能", "未能", "难以", "不宜", "不便"])
_GRANTS = st.sampled_from(["予以提供", "予以公开"])
_GAPS = st.sampled_from(["", "按政府信息公开申请", "按照政府信息公开申请"])
_PREFIXES = st.sampled_from(
    [
        "经审查，",
        "你申请的信息涉及他人，",
        "你申请公开的内容属于咨询，",
        "经检索，",
        "",
    ]
)


@settings(max_examples=150, deadline=None)
@given(_PREFIXES, _NEGATIONS, _GAPS, _GRANTS)
def test_a_negated_grant_is_never_a_grant(prefix: str, negation: str, gap: str, grant: str) -> None:
    """本机关无法按政府信息公开申请予以提供: the grant word is refused, so the row is never 予以公开."""
    if gap and negation not in {"无法", "不能"}:
        gap = ""
    result = classify_outcome(f"{prefix}本机关{negation}{gap}{grant}。")
    assert result.category != "granted"
    assert result.category != "partially_granted"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["经审查，", "经检索，", ""]), st.sampled_from(["现将", "现", ""]), _GRANTS)
def test_a_plain_grant_stays_a_grant(prefix: str, lead: str, grant: str) -> None:
    """现将你申请的信息予以提供: no negation, still the grant (a negated form elsewhere is no doubt cast on it)."""
    result = classify_outcome(f"因故无法按时答复，{prefix}{lead}你申请的信息{grant}。")
    assert result.category == "granted"


def test_the_negated_grant_after_a_correction_is_the_correction_row() -> None:
    """blind19's shape: a correction that still names no specific information, ending 无法…予以提供."""
    result = classify_outcome(
        "你补正后的申请为“某局办过的所有许可是否合法”，仍属于要求本机关作出判断，未指向具体的政府信息，"
        "本机关无法按政府信息公开申请予以提供。"
    )
    assert result.category == "unavailable_unclear_after_correction"


_AMOUNTS = st.sampled_from(["3200余页", "八百余页", "一千二百页", "五百余件"])
_UNPAID = st.sampled_from(["你逾期未缴纳", "你在规定期限内未缴纳", "你逾期未按要求缴纳", "你未缴费"])
_EXCESS = st.sampled_from(["数量明显超过合理范围", "申请数量明显超过合理范围", "频次明显超过合理范围"])


@settings(max_examples=100, deadline=None)
@given(_AMOUNTS, _EXCESS, _UNPAID)
def test_an_unpaid_fee_ends_the_request_even_when_it_was_excessive(
    amount: str, excess: str, unpaid: str
) -> None:
    """…明显超过合理范围，本局已通知你缴纳信息处理费，你逾期未缴纳，视为放弃申请: the fee ended it (第四十二条)."""
    result = classify_outcome(
        f"你申请提供的材料共计{amount}，{excess}，本局已依法通知你缴纳信息处理费，{unpaid}，视为放弃申请。"
    )
    assert result.category == "other_fee_unpaid"
    assert result.confidence is Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(_AMOUNTS, _EXCESS)
def test_an_excessive_request_with_no_fee_keeps_its_row(amount: str, excess: str) -> None:
    """The guard: 明显超过合理范围 with no fee named stays the excessive row."""
    result = classify_outcome(f"你申请提供的材料共计{amount}，{excess}，本机关不予处理。")
    assert result.category == "not_processed_excessive"


# Titles (scheme 2019.23).

_DELEGATES = st.sampled_from(
    ["周口自然资源和规划各服务中心", "某县林业服务中心", "各乡镇人民政府", "某区行政审批局"]
)
_POWERS = st.sampled_from(["审批林木采伐许可", "实施取水许可审批", "审批建设工程规划许可", "实施行政许可"])


@settings(max_examples=80, deadline=None)
@given(_DELEGATES, _POWERS)
def test_a_delegation_of_a_licensing_power_is_never_a_clear_licence(delegate: str, power: str) -> None:
    """关于委托…审批林木采伐许可的公告: who exercises the power (二), never (五) clear."""
    result = classify_content(f"关于委托{delegate}{power}的公告")
    assert result.category == "A20.02"
    assert result.confidence is not Confidence.CLEAR


_LICENCES = st.sampled_from(
    ["燃气经营许可证", "燃氣經營許可證", "食品经营许可证", "取水许可证", "建筑工程施工许可证"]
)
_FORM_NOTICES = st.sampled_from(
    ["关于印发《{}》格式的通知", "關於印發《{}》格式的通知", "关于启用新版《{}》式样的通知"]
)


@settings(max_examples=80, deadline=None)
@given(_FORM_NOTICES, _LICENCES)
def test_a_notice_issuing_a_licences_form_is_item_one_never_a_clear_licence(
    notice: str, licence: str
) -> None:
    """關於印發《燃氣經營許可證》格式的通知: a normative document (一), never (五) clear."""
    result = classify_content(notice.format(licence))
    assert result.category == "A20.01"
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["燃气经营许可证", "取水许可证", "排污许可证"]))
def test_a_licence_granted_stays_item_five(licence: str) -> None:
    """The guard: 关于核发…许可证的公告 grants the licence — still (五)."""
    result = classify_content(f"关于核发{licence}的公告")
    assert result.category == "A20.05"


# Applicants (scheme 2021.22).

_AGENTS = st.sampled_from(["北京某律师事务所", "某某律师事务所", "张某", "某咨询公司员工李某"])
_PRINCIPALS = st.sampled_from(
    [("某乳制品有限公司", "以该公司名义"), ("某食品公司", "以该公司名义"), ("某建材企业", "以该企业名义")]
)


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


_LATIN = st.sampled_from(["Siemens Healthineers", "Maria Garcia", "John Smith", "Adam Baker"])
_STATED = st.sampled_from(["外国企业以英文名称申请公开", "境外公司申请公开", "外资企业以英文名称申请"])


@settings(max_examples=60, deadline=None)
@given(_LATIN, _STATED)
def test_a_latin_name_beside_a_stated_company_is_a_company(name: str, stated: str) -> None:
    """Siemens Healthineers（外国企业以英文名称申请…）: the context states the kind — never 自然人 by the name's shape."""
    result = classify_applicant(f"{name}（{stated}某县医院设备采购的评审结果）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["John Smith", "Maria Garcia"]), st.sampled_from(["美国籍", "某大学教师", "外国公司员工"])
)
def test_a_latin_name_beside_a_person_stays_a_person(name: str, beside: str) -> None:
    """The guard: a nationality or a job beside a romanised name keeps the person."""
    result = classify_applicant(f"{name}（{beside}，以个人名义申请）")
    assert result.category is ApplicantType.NATURAL_PERSON


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
