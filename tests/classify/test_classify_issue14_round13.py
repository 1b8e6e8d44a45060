"""Issue 14, thirteenth round: organisations named without an organisation word; partial answers; news shapes.

Applicants: a company's short name that ends in its industry (…矿业, …水泥) is a 商业企业, never a person by the shape
of its first character; an organisation's kind written beside a surname-shaped name (…（生产企业）) decides; a request
made in a trade name (以字号"…"名义) is the business's; newspapers, a 管委会 and a state forest farm are 其他. Replies: a
part given and the rest said to be held elsewhere is 部分公开; party-committee information outside the Regulation is
其他. Titles: the approval bureau's long name is no item; a placeholder issuer (XX县) marks a template; 联合发布 and
出炉 lines are news; 废标公告 and a pre-tender call for parameters are procurement; a 林木采伐公示 is a licence's notice;
a batch list hints at (五) without deciding; 下达…投资计划 is (十) first; a 自查报告 is no item.

Each property varies the words around the phrase that decides; the titles and names are made up, none is a line of a
blind set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

# First characters that are surnames in the lexicon, so that a bare brand has a person's shape.
SURNAME_BRANDS = ("荆楚", "王氏", "龙腾", "金鼎", "华盛", "宏达", "鑫久", "峰厚")
INDUSTRIES = ("矿业", "矿贸", "水泥", "建材", "石材", "煤业", "钢铁", "食品", "陶瓷", "木业", "水产")
CONTEXTS = ("", "（被处罚单位）", "（申请本案现场检查记录）", "（保康县，申请环评批复）")


@settings(deadline=None)
@given(st.sampled_from(SURNAME_BRANDS), st.sampled_from(INDUSTRIES), st.sampled_from(CONTEXTS))
def test_a_short_name_ending_in_its_industry_is_a_company(brand: str, industry: str, context: str) -> None:
    result = classify_applicant(f"{brand}{industry}{context}")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(INDUSTRIES),
    st.sampled_from(("自然资源局", "人民政府", "研究所", "协会", "律师事务所")),
)
def test_an_industry_word_never_outweighs_an_organisation_word(industry: str, ending: str) -> None:
    plain = classify_applicant(f"某县{ending}")
    assert classify_applicant(f"某县{industry}{ending}").category is plain.category


@settings(deadline=None)
@given(
    st.sampled_from(("龙腾", "金鼎", "华盛", "宏达")),
    st.sampled_from(("生产企业", "种植企业", "民间环保组织", "第三方检测机构")),
    st.sampled_from(("", "，申请本企业被投诉的信访处理意见")),
)
def test_an_organisations_kind_beside_a_surname_shape_decides(brand: str, kind: str, rest: str) -> None:
    plain = classify_applicant(brand)
    assert plain.category is ApplicantType.NATURAL_PERSON  # the shape alone reads a person
    result = classify_applicant(f"{brand}（保康县{kind}{rest}）")
    assert result.category not in (None, ApplicantType.NATURAL_PERSON)
    assert result.rule_id == "applicant.capacity.stated_form"


@settings(deadline=None)
@given(st.sampled_from(("王某", "张某某", "李**")), st.sampled_from(("生产企业", "个体工商户")))
def test_a_masked_personal_name_keeps_its_reading_beside_a_kind(name: str, kind: str) -> None:
    assert classify_applicant(f"{name}（{kind}）").category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(("王某", "张某", "李建国", "陈**")),
    st.sampled_from(("字号", "商号")),
    st.sampled_from(('"海丰水产"', "“东升面馆”", "")),
    st.sampled_from(("滩涂养殖个体工商户，", "个体户，", "")),
)
def test_a_request_in_a_trade_name_is_the_businesses(name: str, word: str, trade: str, form: str) -> None:
    result = classify_applicant(f"{name}（{form}以{word}{trade}名义申请）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE
    assert result.rule_id == "applicant.capacity.trade_name"


@settings(deadline=None)
@given(st.sampled_from(("王某", "张某某", "李建国")))
def test_an_individual_business_in_its_owners_name_stays_a_person(name: str) -> None:
    assert classify_applicant(f"{name}（个体工商户）").category is ApplicantType.NATURAL_PERSON


@settings(deadline=None)
@given(
    st.sampled_from(
        (
            "湖北日报",
            "某某晚报",
            "某市都市报",
            "某县老王坡管委会",
            "某开发区管委会",
            "某县国有五洛河林场",
            "某省国有林场",
        )
    ),
    st.sampled_from(("", "（申请本场采伐作业设计的专家评审意见）", "（报社以单位名义申请预警发布记录）")),
)
def test_newspapers_management_committees_and_state_forest_farms_are_other(name: str, context: str) -> None:
    result = classify_applicant(f"{name}{context}")
    assert result.category is ApplicantType.OTHER


@settings(deadline=None)
@given(st.sampled_from(("楚天风", "江汉潮", "星火")), st.sampled_from(("报社", "电视台", "卫生院")))
def test_the_kind_written_before_in_the_units_name_decides(brand: str, kind: str) -> None:
    result = classify_applicant(f"{brand}（{kind}以单位名义申请某局的处罚记录）")
    assert result.category is ApplicantType.OTHER


def test_a_family_forest_farm_is_a_business() -> None:
    assert classify_applicant("某县李家庭林场").category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(("2025年森林采伐限额分解表", "某项目环评批复", "2024年低保名册")),
    st.sampled_from(("查田镇", "城关片区", "2023年")),
    st.sampled_from(("予以提供", "现予提供", "予以公开")),
    st.sampled_from(("本局没有，请向其申请", "本局没有，建议向各乡镇申请", "本机关没有")),
)
def test_a_part_given_and_the_rest_held_elsewhere_is_partial(
    record: str, part: str, grant: str, rest: str
) -> None:
    text = f"你申请的{record}，其中{part}部分本局有保存，{grant}；其余部分由各乡镇服务中心掌握，{rest}。"
    assert classify_outcome(text).category == "partially_granted"


@settings(deadline=None)
@given(
    st.sampled_from(("请向该局申请", "建议你向该局提出申请")),
    st.sampled_from(("联系电话附后", "联系电话见附件")),
)
def test_a_referral_of_the_whole_request_stays_not_held(referral: str, contact: str) -> None:
    text = f"你申请的信息由县自然资源局制作并保存，不属于本机关负责公开，{referral}，{contact}。"
    assert classify_outcome(text).category == "unavailable_not_held"


@settings(deadline=None)
@given(
    st.sampled_from(("县委组织部干部调整文件", "县委常委会会议纪要", "党委的人事任免材料")),
    st.sampled_from(("党委工作信息", "党委信息", "党组织信息")),
    st.sampled_from(
        ("不适用《中华人民共和国政府信息公开条例》", "不适用《政府信息公开条例》", "不适用《条例》")
    ),
)
def test_party_committee_information_outside_the_regulation_is_other(
    record: str, kind: str, law: str
) -> None:
    assert classify_outcome(f"你申请的{record}属于{kind}，{law}。").category == "other_other"


@settings(deadline=None)
@given(
    st.sampled_from(("盂县", "某市", "")),
    st.sampled_from(("行政审批服务管理局", "行政审批管理局", "审批服务管理局")),
    st.sampled_from(("2025年政府信息公开工作年度报告", "2024年度政府信息公开工作年度报告")),
)
def test_the_approval_bureaus_annual_report_is_item_fifteen(place: str, bureau: str, report: str) -> None:
    result = classify_content(f"{place}{bureau}{report}")
    assert result.category == "A20.15"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("行政审批服务局", "某县发展和改革局", "某镇人民政府")),
    st.sampled_from(("2025年政务公开工作自查报告", "安全生产自查报告", "2024年预算执行自查报告")),
)
def test_a_self_inspection_report_is_no_confident_item(organ: str, report: str) -> None:
    result = classify_content(f"{organ}{report}")
    assert result.category is None or result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("XX县", "xx市", "××区", "XX镇")),
    st.sampled_from(("防汛抗旱应急预案", "农村贫困群众住房安全情况动态监测方案", "2025年部门预算")),
)
def test_a_placeholder_issuer_marks_a_template(placeholder: str, title: str) -> None:
    result = classify_content(f"{placeholder}{title}")
    assert result.category is None
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("自然资源部与中国气象局", "应急管理部、水利部", "两部门")),
    st.sampled_from(("联合发布", "联合公布")),
    st.sampled_from(("地质灾害橙色预警", "山洪灾害气象预警", "森林火险预警")),
)
def test_a_joint_warning_reported_as_news_is_no_confident_item(organs: str, verb: str, warning: str) -> None:
    result = classify_content(f"{organs}{verb}{warning}")
    assert result.confidence is not Confidence.CLEAR or result.category is None


@settings(deadline=None)
@given(
    st.sampled_from(("奉节县", "某市", "全省")),
    st.sampled_from(("2025年重点项目名单", "第三批示范村名单", "高考分数线", "低保标准")),
    st.sampled_from(("出炉", "正式出炉", "新鲜出炉")),
)
def test_a_line_saying_a_list_came_out_is_news(place: str, subject: str, verb: str) -> None:
    assert classify_content(f"{place}{subject}{verb}").category is None


@settings(deadline=None)
@given(
    st.sampled_from(("张家口市传染病医院", "某县人民医院", "某市疾病预防控制中心", "某县妇幼保健院")),
    st.sampled_from(("购电子胃镜", "关于灭菌器等", "消毒设备")),
    st.sampled_from(("废标公告", "流标公告", "标前技术参数征集的公告", "技术参数征集公告")),
)
def test_a_hospitals_procurement_notice_is_item_nine(buyer: str, goods: str, notice: str) -> None:
    result = classify_content(f"{buyer}{goods}{notice}")
    assert result.category == "A20.09"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("師宗縣五龍壯族鄉", "某县某镇", "")),
    st.sampled_from(("2021年度人工商品林集體(第二批)", "2024年度集体", "")),
    st.sampled_from(("林木采伐公示", "林木採伐公示", "采伐许可公示")),
)
def test_a_logging_notice_is_item_five(place: str, batch: str, notice: str) -> None:
    assert classify_content(f"{place}{batch}{notice}").category == "A20.05"


@settings(deadline=None)
@given(
    st.sampled_from(("第一批", "第三批", "第十批")),
    st.sampled_from(("建筑节能材料（产品）", "省级众创空间", "优质中小企业服务机构", "普惠托育服务机构")),
    st.sampled_from(("关于公布某市2026年{}{}公示名单的通知", "关于{}{}名单的公示")),
)
def test_a_batch_list_hints_at_item_five_without_deciding(batch: str, subject: str, frame: str) -> None:
    result = classify_content(frame.format(batch, subject))
    assert result.category == "A20.05"
    assert result.confidence is Confidence.AMBIGUOUS


@settings(deadline=None)
@given(st.sampled_from(("第一批", "第四批")), st.sampled_from(("历史建筑保护名单", "拟录用公务员名单")))
def test_a_batch_list_never_outweighs_an_items_own_name(batch: str, subject: str) -> None:
    result = classify_content(f"某县人民政府关于公布{batch}{subject}的通知")
    assert result.category != "A20.05"


@settings(deadline=None)
@given(
    st.sampled_from(("广东省发展改革委", "某市发展和改革委员会", "某县发改局")),
    st.sampled_from(("区域协调发展战略专项资金（基建投资及配套）", "中央预算内", "2025年第二批")),
)
def test_an_allocated_investment_plan_is_item_ten_first(organ: str, fund: str) -> None:
    result = classify_content(f"{organ}关于下达{fund}投资计划的通知")
    assert result.category == "A20.10"


@settings(deadline=None)
@given(
    st.sampled_from(("松阳县", "某市", "")),
    st.sampled_from(("重点及重大前期项目", "重大前期项目", "重点前期项目")),
    st.sampled_from(("计划安排表", "计划安排表.xls", "清单")),
)
def test_projects_in_preparation_are_item_ten(place: str, projects: str, form: str) -> None:
    assert classify_content(f"{place}2025年{projects}{form}").category == "A20.10"
