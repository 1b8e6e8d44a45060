"""Issue 14, round 37: blind35's misses as classes, by the row, column and item (development data).

Replies: a named law with its secrecy clause in other words (依照税收征收管理法关于为纳税人保守秘密的规定，…无法向第三人提供) is
第十四条's 法律、行政法规禁止公开, while 无法提供 alone is no such ground; the harm to public safety said as sabotage or a
threat to the public's life and property (存在被蓄意破坏的风险，会威胁下游群众的生命财产安全) with a refusal is 危及“三安全一稳定”,
a record already destroyed is not; a correction not made said with 没有 (你没有补正) is 第三十条. Applicants: a state-owned
nursery, forest farm or farm is 其他, one converted to a company a 商业企业. Titles: a region word inside a company's name
makes no organ of it (its own purchase notice is no item), a region's investment company keeps round 36's guard; the
identification of the poor is (十一); 救济款物 are social assistance (Art. 21).

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

_LAW = st.sampled_from(["税收征收管理法", "统计法", "个人信息保护法", "《中华人民共和国税收征收管理法》"])
_DATA = st.sampled_from(["他人的纳税申报资料", "某企业的纳税信息", "单个调查对象的原始资料"])
_CANNOT = st.sampled_from(["本局无法向第三人提供", "本机关不予提供", "不能向你提供"])
_DATASET = st.sampled_from(
    ["水库大坝的安全监测数据", "泄洪闸门控制参数", "输水隧洞的巡检路线", "变电站的布防图"]
)
_SABOTAGE = st.sampled_from(["存在被蓄意破坏的风险", "可能被人为破坏", "可能遭到破坏", "有被恶意破坏的风险"])
_THREAT = st.sampled_from(
    ["会威胁下游群众的生命财产安全", "威胁周边群众的人身财产安全", "危及人民群众生命安全", ""]
)
_WITHHOLD = st.sampled_from(["本局不予公开", "本机关决定不予公开", "本机关不予提供"])
_NOT_CORRECTED = st.sampled_from(
    ["你没有补正", "你没有按期补正", "你没有按要求补正", "你未进行补正", "你未能补正", "你逾期没有补正"]
)
_STATE_FARM = st.sampled_from(["国有苗圃", "国有林场", "国有农场", "国营农场"])
_FARM_NAME = st.sampled_from(["胡集镇苗圃场", "红旗农场", "东岭林场", "青山苗圃场"])
_REGION = st.sampled_from(["通城县", "深圳市", "某县", "朝阳区", "某某市"])
_BRAND = st.sampled_from(["恒达建材", "宏远实业", "兴旺商贸", "华源科技"])
_GOODS = st.sampled_from(["碎石", "办公家具", "电脑设备", "员工工装"])
_BUY = st.sampled_from(["采购询价公告", "采购比价公告", "询价采购公告"])


@settings(deadline=None)
@given(_DATA, _LAW, _CANNOT)
def test_a_named_laws_secrecy_clause_in_other_words_is_a_laws_prohibition(
    data: str, law: str, cannot: str
) -> None:
    result = classify_outcome(f"你申请获取的是{data}，依照{law}关于为纳税人保守秘密的规定，{cannot}。")
    assert (result.category, result.confidence) == ("withheld_prohibited_by_law", Confidence.CLEAR)


@settings(deadline=None)
@given(st.sampled_from(["未制作", "未获取", "没有保存"]), st.sampled_from(["无法提供", "无法向你提供"]))
def test_a_refusal_without_a_named_law_is_no_laws_prohibition(missing: str, cannot: str) -> None:
    result = classify_outcome(f"经检索，本机关{missing}你所申请的信息，{cannot}。")
    assert result.category != "withheld_prohibited_by_law"


@settings(deadline=None)
@given(_DATASET, _SABOTAGE, _THREAT, _WITHHOLD)
def test_sabotage_or_a_threat_to_life_and_property_is_the_security_row(
    dataset: str, sabotage: str, threat: str, withhold: str
) -> None:
    harm = f"{sabotage}，{threat}" if threat else sabotage
    result = classify_outcome(f"{dataset}如果对外公布，{harm}，{withhold}。")
    assert (result.category, result.confidence) == ("withheld_security_stability", Confidence.CLEAR)


@settings(deadline=None)
@given(_DATASET, st.sampled_from(["已被破坏", "已经被破坏", "在洪水中损毁"]))
def test_a_record_already_destroyed_is_not_the_security_row(dataset: str, destroyed: str) -> None:
    result = classify_outcome(f"你申请的{dataset}原件{destroyed}，本机关未保存，无法提供。")
    assert result.category != "withheld_security_stability"


@settings(deadline=None)
@given(st.sampled_from(["防汛应急预案", "避险转移路线图"]), st.sampled_from(["予以公开", "现予提供"]))
def test_a_grant_that_names_life_and_property_is_no_refusal(plan: str, grant: str) -> None:
    result = classify_outcome(f"你申请的{plan}关系下游群众的生命财产安全，本机关{grant}。")
    assert result.category != "withheld_security_stability"


@settings(deadline=None)
@given(st.sampled_from(["5月8日", "3月2日", ""]), _NOT_CORRECTED)
def test_a_correction_not_made_in_other_words_is_no_correction(day: str, not_corrected: str) -> None:
    result = classify_outcome(
        f"本机关{day}发出的补正通知要求你写明所需信息的具体内容，期限届满{not_corrected}，也没有说明理由，"
        "本机关对该申请不再处理。"
    )
    assert (result.category, result.confidence) == ("other_no_correction", Confidence.CLEAR)


@settings(deadline=None)
@given(st.sampled_from(["补正后仍", "补正后依然"]))
def test_a_correction_made_and_still_unclear_is_not_no_correction(after: str) -> None:
    result = classify_outcome(f"你于期限内提交了补正材料，但{after}无法明确所需信息，本机关无法提供。")
    assert result.category != "other_no_correction"


@settings(deadline=None)
@given(_FARM_NAME, _STATE_FARM, st.sampled_from(["", "，以场的名义申请公开林木采伐限额分配方案"]))
def test_a_state_owned_farm_is_other(name: str, kind: str, request: str) -> None:
    result = classify_applicant(f"{name}（{kind}{request}）")
    assert (result.category, result.confidence) == (ApplicantType.OTHER, Confidence.CLEAR)


@settings(deadline=None)
@given(st.sampled_from(["绿源苗木有限公司", "红旗农业发展有限责任公司"]), _STATE_FARM)
def test_a_state_farm_converted_to_a_company_is_a_commercial_enterprise(company: str, kind: str) -> None:
    result = classify_applicant(f"{company}（原{kind}改制企业）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(_REGION, _BRAND, _GOODS, _BUY)
def test_a_region_word_inside_a_companys_name_makes_no_organ(
    region: str, brand: str, goods: str, buy: str
) -> None:
    result = classify_content(f"{region}{brand}有限公司{goods}{buy}")
    assert result.category is None
    assert result.rule_id == "none.not_government.company_own_purchase"


@settings(deadline=None)
@given(_REGION, st.sampled_from(["城市建设投资", "交通投资", "国有资产经营", "城投控股"]), _GOODS, _BUY)
def test_a_regions_investment_company_is_not_read_as_buying_for_itself(
    region: str, kind: str, goods: str, buy: str
) -> None:
    result = classify_content(f"{region}{kind}有限公司{goods}{buy}")
    assert result.rule_id != "none.not_government.company_own_purchase"


@settings(deadline=None)
@given(_REGION, st.sampled_from(["人民医院", "住房和城乡建设局", "第一中学"]), _GOODS, _BUY)
def test_an_organ_of_a_region_stays_item_nine(region: str, organ: str, goods: str, buy: str) -> None:
    assert classify_content(f"{region}{organ}{goods}{buy}").category == "A20.09"


@settings(deadline=None)
@given(
    st.sampled_from(["", "某镇", "2024年"]),
    st.sampled_from(["贫困人口识别", "贫困户认定", "建档立卡贫困户名单公示", "贫困人口动态调整"]),
)
def test_identifying_the_poor_is_item_eleven(prefix: str, subject: str) -> None:
    result = classify_content(f"{prefix}{subject}")
    assert result.category == "A20.11"
    assert result.area is None or result.area.category is None


@settings(deadline=None)
@given(
    st.sampled_from(["救济款物", "救济物资", "救济金"]),
    st.sampled_from(["发放的对象、标准、数量", "发放情况", "的发放"]),
)
def test_relief_money_and_goods_are_social_assistance(relief: str, what: str) -> None:
    result = classify_content(f"民政{relief}{what}")
    assert result.category == "A20.11"
    assert result.area is not None
    assert result.area.category == "A21.social_assistance"


@settings(deadline=None)
@given(st.sampled_from(["行政救济途径", "权利救济方式", "申请人的救济渠道"]))
def test_a_legal_remedy_is_no_social_assistance(remedy: str) -> None:
    result = classify_content(f"政府信息公开申请{remedy}")
    assert result.area is None or result.area.category != "A21.social_assistance"
