"""Issue 14, twelfth round: the document's form before the subject it names; brands and firms in their own name.

Titles: a directive notice of a government, its office or a department (关于进一步加强…工作的通知) is (一) beside the
item its subject names, never a confident answer for the subject's item; a penalty-exemption list ties (一) and (六)
with (一) first; a rule on compiling the disclosure catalogue is (一) first, (十五) runner-up; a summary of the handling
of suggestions is not decided; a reply on a draft sent for comment is not decided; a line saying a notice period has
passed is news. Applicants: an organisation requesting in its own name (以本所名义) keeps its column whatever client it
acts for; a brand with 以公司名义 is a company; a business kind in the parenthesis (种植企业, 第三方检测机构) decides; a
party school is 其他.

Each property varies the words around the phrase that decides; the titles and names are made up, none is a line of a
blind set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_applicant, classify_content, classify_outcome
from disclosure_rules._labels import ApplicantType

ORGANS = (
    "某省人民政府办公厅",
    "某市人民政府",
    "某县人民政府办公室",
    "某省自然资源厅",
    "某自治区人民政府办公厅",
)
PLACES = ("本市", "全省", "我县", "")


@settings(deadline=None)
@given(
    st.sampled_from(ORGANS),
    st.sampled_from(("关于加强", "关于进一步加强", "关于切实加强", "关于严格控制", "关于进一步规范")),
    st.sampled_from(PLACES),
    st.sampled_from(("森林防火工作", "新设行政许可", "地质灾害防治工作", "行政处罚工作", "城市绿化工作")),
)
def test_a_directive_notice_is_never_a_confident_answer_for_its_subjects_item(
    organ: str, verb: str, place: str, subject: str
) -> None:
    result = classify_content(f"{organ}{verb}{place}{subject}的通知")
    assert "A20.01" in {result.category, result.runner_up.category if result.runner_up else None}
    if result.category != "A20.01":
        assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(ORGANS),
    st.sampled_from(("就业", "社会保障", "义务教育")),
)
def test_a_directive_notice_on_an_item_eleven_field_is_not_made_item_one(organ: str, field: str) -> None:
    result = classify_content(f"{organ}关于进一步加强{field}工作的通知")
    assert result.rule_id != "A20.01.directive_notice"


@settings(deadline=None)
@given(
    st.sampled_from(ORGANS),
    st.sampled_from(("不予处罚事项清单", "免罚清单", "减轻处罚事项清单", "不予行政处罚事项清单")),
    st.sampled_from(("自然资源领域初次违法可以", "市场监管领域轻微违法行为", "")),
)
def test_a_penalty_exemption_list_is_item_one_first_with_item_six_runner_up(
    organ: str, phrase: str, field: str
) -> None:
    result = classify_content(f"{organ}关于印发《{field}{phrase}》的通知")
    assert result.category == "A20.01"
    assert result.confidence is Confidence.AMBIGUOUS
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.06"


@settings(deadline=None)
@given(
    st.sampled_from(("某县", "某市某区", "")),
    st.sampled_from(("政府信息公开目录编制规范", "政府信息公开指南编制规则", "主动公开目录编制办法")),
)
def test_a_rule_on_compiling_the_catalogue_is_item_one_first(place: str, title: str) -> None:
    result = classify_content(f"{place}{title}")
    assert result.category == "A20.01"
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("农业农村局", "某县教育局", "")),
    st.sampled_from(("2024年度", "2023 年度", "")),
    st.sampled_from(("人大代表建议、政协委员提案", "人大代表建议", "政协提案")),
)
def test_a_summary_of_the_handling_work_is_not_decided(agency: str, year: str, kind: str) -> None:
    result = classify_content(f"{agency}{year}{kind}办理工作总结")
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("国土空间总体规划（2021-2035年）", "城市总体规划", "综合交通运输发展规划")),
    st.sampled_from(("征求意见复函", "征求意见的复函")),
)
def test_a_reply_on_a_draft_sent_for_comment_is_not_decided(plan: str, reply: str) -> None:
    result = classify_content(f"关于《某县{plan}》草案的{reply}")
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("某地", "南京", "")),
    st.sampled_from(("拟录用公务员", "拟聘用人员", "拟录用人民警察")),
    st.sampled_from(("公示期已过", "已过公示期", "公示期已满")),
)
def test_a_line_saying_the_notice_period_has_passed_is_news(place: str, subject: str, period: str) -> None:
    result = classify_content(f"{place}{subject}{period}")
    assert result.category is None
    assert result.rule_id == "news.headline.past_period"


@settings(deadline=None)
@given(
    st.sampled_from(("江苏某某律师事务所", "某市法律服务所", "北京某律师事务所")),
    st.sampled_from(("受养殖户委托", "受村民委托", "受张某委托", "受当事人委托")),
)
def test_a_firm_requesting_in_its_own_name_keeps_its_column(firm: str, agent: str) -> None:
    result = classify_applicant(f"{firm}（{agent}，以本所名义申请）")
    assert result.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION
    assert result.rule_id == "applicant.capacity.own_organisation_name"


@settings(deadline=None)
@given(
    st.sampled_from(("宁德时代", "云南白药", "海天味业", "王老吉")),
    st.sampled_from(("以公司名义申请", "以该公司名义申请", "以本公司名义申请")),
    st.sampled_from(("", "，申请表加盖公章")),
)
def test_a_brand_requesting_in_a_companys_name_is_a_company(brand: str, capacity: str, seal: str) -> None:
    result = classify_applicant(f"{brand}（{capacity}{seal}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(
    st.sampled_from(("大理七彩云花玫瑰园", "量信检验", "某某农场", "绿源")),
    st.sampled_from(("种植企业", "养殖企业", "第三方检测机构", "民营企业")),
    st.sampled_from(("", "，申请公开农业补贴发放名单")),
)
def test_a_business_kind_in_the_parenthesis_decides(name: str, kind: str, purpose: str) -> None:
    result = classify_applicant(f"{name}（{kind}{purpose}）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@given(st.sampled_from(("中共嵊州市委党校", "中共某省委党校", "某县委党校", "中共某区委党校")))
def test_a_party_school_is_other(name: str) -> None:
    assert classify_applicant(name).category is ApplicantType.OTHER


@settings(deadline=None)
@given(
    st.sampled_from(("中标企业", "该公司", "第三方")),
    st.sampled_from(("书面回复不同意公开", "回复不同意公开", "明确不同意公开")),
    st.sampled_from(("所以这部分材料不予提供。", "本机关不予公开。", "")),
)
def test_a_consulted_third_party_that_refuses_is_the_third_party_row(
    who: str, refusal: str, end: str
) -> None:
    result = classify_outcome(f"经征求意见，{who}{refusal}，{end}")
    assert result.category == "withheld_third_party_rights"


@settings(deadline=None)
@given(
    st.sampled_from(("因你逾期", "由于申请人逾期", "你")),
    st.sampled_from(("未按照补正告知书的要求", "未按补正告知书要求")),
    st.sampled_from(("补充所需信息的内容描述", "补充材料", "说明")),
)
def test_a_correction_not_made_as_asked_is_no_correction(who: str, what: str, detail: str) -> None:
    result = classify_outcome(f"{who}{what}{detail}，本申请不再处理。")
    assert result.category == "other_no_correction"
