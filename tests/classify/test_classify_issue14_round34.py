"""Issue 14, round 34: blind32's reply misses as classes, by the row of table 三 (development data).

A document offered for reading at the organ because parts are secret is provided (第四十条: 安排查阅), and a secret
withheld (不予公开) keeps its row. One part given (随函附送) and one refused on a third party's objection
(该部分依法不予提供) is 部分公开 (第三十七条); an objection to the whole request keeps the third-party row. A fee notified
and not paid (逾期未交) is other_fee_unpaid (第四十二条), never 其他 by 终止办理. A copy made and given (复制…提供给你)
and a website column with the way to open it (栏目，点开即可阅读) are 予以公开. Requests counted over a period or split
from one matter, the reason asked for and not given, are 第三十五条's row; without a volume they are not.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

_DOCUMENT = st.sampled_from(
    ["水库移民安置规划大纲", "城市总体规划图", "防汛应急预案", "矿区地质勘查报告", "县城供水管网图"]
)
_SECRET_PART = st.sampled_from(["涉密内容", "涉密信息", "国家秘密事项", "涉密图件"])
_ON_SITE = st.sampled_from(
    ["请到本机关现场查阅", "请你到本局查阅", "可来本机关查阅", "请于工作日到本机关现场查阅"]
)
_REFUSAL = st.sampled_from(["本机关不予公开", "依法不予提供", "本机关决定不公开"])
_GIVEN = st.sampled_from(["随函附送", "随函附上", "现提供给你"])
_COUNT = st.integers(min_value=30, max_value=999)
_MONTH = st.integers(min_value=1, max_value=12)


@settings(deadline=None)
@given(_DOCUMENT, _SECRET_PART, _ON_SITE)
def test_a_document_offered_for_reading_on_site_is_granted(document: str, secret: str, on_site: str) -> None:
    result = classify_outcome(
        f"本机关保有你申请的{document}，因其中含有{secret}，不宜以纸质方式邮寄，{on_site}。"
    )
    assert result.category == "granted"


@settings(deadline=None)
@given(_DOCUMENT, _SECRET_PART, _ON_SITE, _REFUSAL)
def test_a_secret_withheld_keeps_its_row_beside_a_reading_room(
    document: str, secret: str, on_site: str, refusal: str
) -> None:
    result = classify_outcome(
        f"你申请的{document}含有{secret}，属于国家秘密，{refusal}，亦不安排{on_site[1:]}。"
    )
    assert result.category == "withheld_state_secret"


@settings(deadline=None)
@given(_DOCUMENT, _DOCUMENT, _GIVEN, st.sampled_from(["企业书面回复不同意公开", "第三方书面回复不同意公开"]))
def test_one_part_given_and_one_refused_on_an_objection_is_partial(
    first: str, second: str, given_words: str, objection: str
) -> None:
    result = classify_outcome(f"第1项{first}{given_words}；第2项{second}，{objection}，该部分依法不予提供。")
    assert result.category == "partially_granted"


@settings(deadline=None)
@given(_DOCUMENT, st.sampled_from(["企业", "该公司", "第三方"]))
def test_an_objection_to_the_whole_request_keeps_the_third_party_row(document: str, party: str) -> None:
    result = classify_outcome(
        f"你申请的{document}涉及商业秘密，经书面征求{party}意见，{party}书面回复不同意公开，本机关不予公开。"
    )
    assert result.category == "withheld_third_party_rights"


@settings(deadline=None)
@given(_MONTH, st.integers(min_value=1, max_value=28), st.sampled_from(["逾期未交", "逾期未交纳", "未交纳"]))
def test_a_fee_notified_and_not_paid_is_the_fee_row(month: int, day: int, unpaid: str) -> None:
    result = classify_outcome(
        f"因申请数量超出免费额度，本机关已于{month}月{day}日书面通知收费，你{unpaid}，本件终止办理。"
    )
    assert result.category == "other_fee_unpaid"


@settings(deadline=None)
@given(st.sampled_from(["逾期未交", "逾期未交纳"]))
def test_a_correction_not_handed_in_is_no_fee_row(unpaid: str) -> None:
    result = classify_outcome(f"本机关已书面告知你补正申请内容，免收费用，你{unpaid}补正材料，视为放弃申请。")
    assert result.category == "other_no_correction"


@settings(deadline=None)
@given(
    _DOCUMENT,
    st.sampled_from(["复制该文件", "复印一份", "复制一份"]),
    st.sampled_from(["提供给你", "提供给您"]),
)
def test_a_copy_made_and_given_is_granted(document: str, copy: str, to_you: str) -> None:
    result = classify_outcome(f"经查找，本机关已调取《{document}》，现{copy}{to_you}。")
    assert result.category == "granted"


@settings(deadline=None)
@given(_DOCUMENT)
def test_a_copy_to_be_stamped_is_no_grant(document: str) -> None:
    result = classify_outcome(
        f"你要求本机关复制该文件并加盖公章后提供给你，系要求确认已获取的{document}，本机关不予处理。"
    )
    assert result.category != "granted"


@settings(deadline=None)
@given(
    st.sampled_from(["县人民政府门户网站", "市政府网站", "本局门户网站"]),
    st.sampled_from(["建议提案", "政策文件", "通知公告"]),
    st.sampled_from(["点开即可阅读全文", "点击即可查看", "点开查看"]),
)
def test_a_website_column_with_the_way_to_open_it_is_granted(site: str, column: str, way: str) -> None:
    result = classify_outcome(f"你要的提案办理答复，已挂在{site}“{column}”栏目，{way}。")
    assert result.category == "granted"


@settings(deadline=None)
@given(_MONTH, _COUNT, st.sampled_from(["递交", "提交"]), st.sampled_from(["份", "件"]))
def test_requests_counted_over_a_period_without_a_reason_are_excessive(
    month: int, count: int, verb: str, unit: str
) -> None:
    result = classify_outcome(
        f"自{month}月以来你已{verb}申请{count}{unit}；经本机关要求说明理由，你未予说明，对这些申请本机关不予处理。"
    )
    assert result.category == "not_processed_excessive"


@settings(deadline=None)
@given(st.sampled_from(["拆成多件", "拆成多份", "拆分为多"]))
def test_one_matter_split_into_requests_without_a_reason_is_excessive(split: str) -> None:
    result = classify_outcome(
        f"你的申请多数系把同一事项{split}提出；经要求说明理由，你未说明，本机关不予处理。"
    )
    assert result.category == "not_processed_excessive"


@settings(deadline=None)
@given(st.sampled_from(["未予说明", "未说明"]))
def test_a_reason_not_given_without_a_volume_is_not_excessive(not_given: str) -> None:
    result = classify_outcome(f"本机关要求你补正所需信息的名称，你{not_given}，视为放弃申请。")
    assert result.category != "not_processed_excessive"


_REGION = st.sampled_from(["岚皋县", "某某县", "平远县", "长春市"])
_YEAR = st.sampled_from(["", "2025年度", "2024年"])


@settings(deadline=None)
@given(
    _REGION,
    _YEAR,
    st.sampled_from(["临时救助对象", "医疗救助对象", "特困供养人员", "社会救助对象"]),
    st.sampled_from(["审批情况的公示", "审批情况公示", "审批情况"]),
)
def test_the_approval_of_assistance_recipients_is_item_eleven(
    region: str, year: str, recipients: str, approval: str
) -> None:
    result = classify_content(f"{region}民政局关于{year}{recipients}{approval}")
    assert result.category == "A20.11"


@settings(deadline=None)
@given(_REGION, st.sampled_from(["建设工程规划许可", "排污许可", "取水许可"]))
def test_an_approval_without_recipients_keeps_its_licence(region: str, licence: str) -> None:
    result = classify_content(f"{region}{licence}审批情况的公示")
    assert result.category == "A20.05"


_TRADE = st.sampled_from(["冰雪客栈", "农家乐", "小卖部", "渔家饭店"])
_VILLAGE = st.text(alphabet="东西南北山河湖桥塘岭溪极", min_size=1, max_size=3)


@settings(deadline=None)
@given(
    _VILLAGE,
    _TRADE,
    st.sampled_from(["个体工商户", "个体户"]),
    st.sampled_from(["店主用它递交申请", "以此名申请"]),
)
def test_a_trade_name_holding_a_village_word_is_the_business(
    village: str, trade: str, sole_trader: str, request: str
) -> None:
    result = classify_applicant(f"{village}村{trade}（一家{sole_trader}，营业执照上的字号即此名，{request}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(_VILLAGE, st.sampled_from(["村民委员会", "村委会", "村股份经济合作社"]))
def test_a_villages_own_body_keeps_its_column_beside_a_trade_name(village: str, body: str) -> None:
    result = classify_applicant(f"{village}{body}（村里一家个体工商户的字号与此相近）")
    assert result.category is ApplicantType.OTHER


@settings(deadline=None)
@given(_VILLAGE)
def test_a_village_word_without_a_trade_name_keeps_its_reading(village: str) -> None:
    result = classify_applicant(f"{village}村（店主）")
    assert result.category is ApplicantType.OTHER
