"""Issue 14, round 36: blind34's misses as classes, by the row of table 三 (development data).

Process information withheld with the old Shanghai regulation's harm clause (过程中的信息，因其内容不确定，公开后可能影响国家安全…)
is process information (第十六条第二款), not the security ground (第十四条), which a bare harm keeps. A trade secret whose
holder agreed (经征求权利人意见，其同意公开) and one disclosed because withholding would harm the public interest
(认为不公开可能对公共利益造成重大影响，决定予以公开) are granted (第十五条, 第三十二条); a holder who refused, and a refusal that
weighs the interest the other way (不公开不会对公共利益造成重大影响), keep the 第十五条 row. One item of the requested information
said to be disclosable (政府信息中的[X]可以公开) is a divided answer (第三十七条); the whole of it is a grant. Applicants: a
university's research centre stated beside a short name is 科研机构. Titles: a company's own purchase notice is no item
(第二条; 政府采购法 第二条), an organ's keeps (九); the approval of assistance targets (救助对象审批结果公示) is never a clear (五).

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

_STAGE = st.sampled_from(
    ["调查、讨论、处理过程中的信息", "讨论、处理过程中的信息", "调查、讨论、处理过程中的政府信息"]
)
_UNCERTAIN = st.sampled_from(["内容不确定", "内容尚不确定", "内容尚未确定"])
_HARM = st.sampled_from(
    ["影响国家安全、公共安全、经济安全、社会稳定", "影响社会稳定", "危及公共安全和社会稳定", "影响经济安全"]
)
_SECRET = st.sampled_from(["商业秘密", "第三方商业秘密", "企业的商业秘密"])
_HOLDER = st.sampled_from(["权利人", "第三方", "该企业"])
_AGREED = st.sampled_from(["其同意公开", "权利人同意公开", "第三方同意公开", "其表示同意"])
_DISCLOSE = st.sampled_from(["因此予以公开", "决定予以公开", "现予公开"])
_INTEREST = st.sampled_from(["不公开可能对公共利益", "不公开会对公共利益", "不公开将对公共利益"])
_ITEM = st.sampled_from(["2010年度河道整治项目计划", "旧城改造项目批复", "2023年度部门预算", "征地补偿方案"])
_GRANT = st.sampled_from(["可以公开", "予以公开", "予以提供"])
_CHANNEL = st.sampled_from(["电子邮件", "邮寄", "当面领取"])
_UNIVERSITY = st.sampled_from(["厦门大学法学院", "复旦大学", "武汉大学经济学院", "某师范大学"])
_SHORT = st.sampled_from(["厦大公法中心", "复旦环境中心", "武大经济中心", "师大乡村中心"])
_CENTRE = st.sampled_from(["公法研究中心", "环境法研究所", "发展研究院", "乡村治理研究中心"])
_COMPANY = st.sampled_from(["厦门某科技有限公司", "某某贸易有限责任公司", "宏远实业股份有限公司"])
_GOODS = st.sampled_from(["办公家具", "电脑设备", "食堂食材", "员工工装"])
_BUY = st.sampled_from(["采购比价公告", "询价采购公告", "采购比选公告"])
_ORGAN = st.sampled_from(["某县民政局", "某区人民政府", "某市卫生健康委员会", "某县人民医院"])
_TARGET = st.sampled_from(["临时救助对象", "低保对象", "特困供养人员"])


@settings(deadline=None)
@given(_STAGE, _UNCERTAIN, _HARM)
def test_process_information_worded_with_its_harm_is_process_information(
    stage: str, uncertain: str, harm: str
) -> None:
    result = classify_outcome(
        f"经审查，您要求获取的政府信息属于行政机关{stage}，因其{uncertain}，公开后可能{harm}，该政府信息不属于公开的范围。"
    )
    assert (result.category, result.confidence) == ("withheld_process_information", Confidence.CLEAR)


@settings(deadline=None)
@given(_HARM)
def test_a_bare_harm_keeps_the_security_row(harm: str) -> None:
    result = classify_outcome(f"经审查，您申请的信息公开后可能{harm}，本机关决定不予公开。")
    assert result.category == "withheld_security_stability"


@settings(deadline=None)
@given(_SECRET, _HOLDER, _AGREED, _DISCLOSE)
def test_a_trade_secret_its_holder_agreed_to_disclose_is_granted(
    secret: str, holder: str, agreed: str, disclose: str
) -> None:
    result = classify_outcome(
        f"经审查，您要求获取的政府信息涉及{secret}。经征求{holder}意见，{agreed}，本机关{disclose}，将通过邮寄方式予以提供。"
    )
    assert result.category == "granted"


@settings(deadline=None)
@given(_SECRET, _HOLDER)
def test_a_trade_secret_its_holder_refused_stays_third_party_rights(secret: str, holder: str) -> None:
    result = classify_outcome(
        f"经审查，您要求获取的政府信息涉及{secret}。经征求{holder}意见，其不同意公开，本机关决定不予公开。"
    )
    assert result.category == "withheld_third_party_rights"


@settings(deadline=None)
@given(_SECRET, _INTEREST, _CHANNEL)
def test_a_trade_secret_disclosed_in_the_public_interest_is_granted(
    secret: str, interest: str, channel: str
) -> None:
    result = classify_outcome(
        f"您要求获取的政府信息涉及{secret}。本机关认为{interest}造成重大影响，决定予以公开，将通过{channel}方式予以提供。"
    )
    assert result.category == "granted"


@settings(deadline=None)
@given(_SECRET, _HOLDER)
def test_a_refusal_that_weighs_the_public_interest_stays_third_party_rights(secret: str, holder: str) -> None:
    result = classify_outcome(
        f"该信息涉及{secret}，经征求{holder}意见，其不同意公开，且不公开不会对公共利益造成重大影响，决定不予公开。"
    )
    assert result.category == "withheld_third_party_rights"


@settings(deadline=None)
@given(_ITEM, _GRANT, _CHANNEL)
def test_one_item_of_the_request_granted_is_partial(item: str, grant: str, channel: str) -> None:
    result = classify_outcome(
        f"经查，您申请获取的政府信息中的{item}{grant}，本机关将通过以下形式提供该政府信息：{channel}。"
    )
    assert (result.category, result.confidence) == ("partially_granted", Confidence.CLEAR)


@settings(deadline=None)
@given(st.sampled_from(["均可以公开", "全部予以公开", "均予以公开"]), _CHANNEL)
def test_the_whole_of_the_request_granted_stays_granted(grant: str, channel: str) -> None:
    result = classify_outcome(f"经查，您申请获取的政府信息中的各项内容{grant}，本机关将通过{channel}提供。")
    assert result.category == "granted"


@settings(deadline=None)
@given(_SHORT, _UNIVERSITY, _CENTRE)
def test_a_universitys_research_centre_by_its_short_name_is_a_research_institution(
    short: str, university: str, centre: str
) -> None:
    result = classify_applicant(f"{short}（{university}下设的{centre}，课题组以中心名义申请公开相关数据）")
    assert result.category is ApplicantType.RESEARCH_INSTITUTION


@settings(deadline=None)
@given(st.sampled_from(["绿源", "清溪", "青山"]), st.sampled_from(["环境研究所", "生态研究中心"]))
def test_an_ngos_research_centre_stated_as_one_stays_an_ngo(name: str, centre: str) -> None:
    result = classify_applicant(f"{name}（民办非企业单位性质的{centre}）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


@settings(deadline=None)
@given(_COMPANY, st.sampled_from(["2025年度", "2024年", ""]), _GOODS, _BUY)
def test_a_companys_own_purchase_notice_is_no_item(company: str, year: str, goods: str, buy: str) -> None:
    result = classify_content(f"{company}{year}{goods}{buy}")
    assert result.category is None
    assert result.rule_id == "none.not_government.company_own_purchase"


@settings(deadline=None)
@given(_ORGAN, _GOODS, _BUY)
def test_an_organs_purchase_notice_stays_item_nine(organ: str, goods: str, buy: str) -> None:
    assert classify_content(f"{organ}{goods}{buy}").category == "A20.09"


@settings(deadline=None)
@given(st.sampled_from(["某招标代理有限公司", "某工程咨询有限公司"]), _GOODS)
def test_a_companys_notice_as_agent_or_of_a_project_is_not_read_as_its_own(company: str, goods: str) -> None:
    result = classify_content(f"{company}关于某县{goods}采购项目的中标公告")
    assert result.rule_id != "none.not_government.company_own_purchase"


@settings(deadline=None)
@given(st.sampled_from(["", "某县民政局", "某区民政局2024年第三季度"]), _TARGET)
def test_an_approval_of_assistance_targets_is_never_a_clear_licence(organ: str, target: str) -> None:
    result = classify_content(f"{organ}{target}审批结果公示")
    assert result.category != "A20.05" or result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(_ORGAN)
def test_a_licences_approval_result_stays_item_five(organ: str) -> None:
    result = classify_content(f"{organ}行政许可审批结果公示")
    assert (result.category, result.confidence) == ("A20.05", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.sampled_from(["某市城市建设投资有限公司", "某县交通投资有限公司", "某区国有资产经营有限公司"]),
    _GOODS,
    _BUY,
)
def test_a_company_named_with_a_regions_level_is_not_read_as_its_own(
    company: str, goods: str, buy: str
) -> None:
    result = classify_content(f"{company}{goods}{buy}")
    assert result.rule_id != "none.not_government.company_own_purchase"
