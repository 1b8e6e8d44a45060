"""Title classifier: confidence — titles never decided or never confident, evidence and doubt markers, runners-up
and ambiguity.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

from typing import Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_content,
    load_scheme,
    parse_scheme,
)
from disclosure_rules._classify._content import ContentClassifier
from tests.classify.samples import (
    _PARTY_ISSUERS,
    _RULE_NAMES,
    _YEARS,
    COMPANIES,
    FIELDS,
    GOVERNMENTS,
    NO_EVIDENCE,
    NOT_AN_ITEM,
    ORDERS,
    ORGANS,
    ORGANS_R12,
    PLACES,
    PLACES_R10,
    Shape,
    TitleShape,
    UnsureShape,
    _runner_up,
    shape_name,
)

_TWO_ITEMS = """
name = "two_items"
version = "1"
kind = "content"
title = "two items"
source = "test"
[[axes]]
name = "item"
title = "item"
ambiguity_margin = 15
clear_min_weight = 30
[[axes.categories]]
code = "x"
label = "x"
[[axes.categories.rules]]
id = "x.named"
phrases = ["甲甲"]
weight = {wx}
[[axes.categories]]
code = "y"
label = "y"
[[axes.categories.rules]]
id = "y.named"
phrases = ["乙乙"]
weight = {wy}
"""


def _scheme_with(evidence: list[str], doubt: list[str]) -> ContentClassifier:
    markers = "\n".join(
        (
            f"evidence = {evidence!r}".replace("'", '"'),
            f"doubt = {doubt!r}".replace("'", '"'),
        )
    )
    text = f"""
name = "t"
version = "1"
kind = "content"
title = "t"
source = "t"
[[axes]]
name = "item"
title = "item"
{markers}
[[axes.categories]]
code = "tea"
label = "茶"
[[axes.categories.rules]]
id = "tea.named"
phrases = ["茶园"]
weight = 50
[[axes.categories.rules]]
id = "tea.form"
phrases = ["茶规"]
weight = 50
form = true
"""
    return ContentClassifier(parse_scheme(text, "toml"))


PLACES_R12 = ("本市", "全省", "我县", "")


_PLAN_ISSUERS = st.sampled_from(
    ["国务院", "某省人民政府", "某市人民政府", "某市司法局", "国家市场监督管理总局"]
)


_PLANS = st.sampled_from(["年度立法工作计划", "年立法工作计划", "年度规章制定工作计划", "年度立法计划"])


# Titles (scheme 2019.23).
_DELEGATES = st.sampled_from(
    ["周口自然资源和规划各服务中心", "某县林业服务中心", "各乡镇人民政府", "某区行政审批局"]
)


_POWERS = st.sampled_from(["审批林木采伐许可", "实施取水许可审批", "审批建设工程规划许可", "实施行政许可"])


_LICENCES = st.sampled_from(
    ["燃气经营许可证", "燃氣經營許可證", "食品经营许可证", "取水许可证", "建筑工程施工许可证"]
)


_FORM_NOTICES = st.sampled_from(
    ["关于印发《{}》格式的通知", "關於印發《{}》格式的通知", "关于启用新版《{}》式样的通知"]
)


# Round 2 (formerly test_classify_issue14_round2.py; see ROUNDS.md).
@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("人民满意的公务员", "优秀公务员", "公务员培训纲要", "公务员登记")),
    st.sampled_from(PLACES),
)
def test_civil_servant_without_recruitment_is_never_a_clear_item_fourteen(phrase: str, place: str) -> None:
    """第二十条（十四） is 公务员招考: 公务员 in a commendation or training is not recruitment."""
    result = classify_content(f"{place}关于{phrase}拟推荐名单公示")
    assert not (result.category == "A20.14" and result.confidence is Confidence.CLEAR)


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(st.integers(35, 60), st.integers(35, 60))
def test_two_items_without_an_outrank_within_the_margin_are_ambiguous(wx: int, wy: int) -> None:
    """A title that names two items, neither outranking the other, is "not sure" unless one leads by the margin."""
    scheme = parse_scheme(_TWO_ITEMS.format(wx=wx, wy=wy), "toml")
    result = ContentClassifier(scheme).classify("甲甲与乙乙")
    if abs(wx - wy) <= 15:  # the scheme's ambiguity_margin above
        assert result.confidence is Confidence.AMBIGUOUS
        assert result.runner_up is not None
        assert {result.category, result.runner_up.category} == {"x", "y"}
    else:
        assert result.confidence is Confidence.CLEAR


# Round 3 (formerly test_classify_issue14_round3.py; see ROUNDS.md).


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(
        ("某某建设集团有限公司", "某某物业公司", "某某市第一人民医院", "某某大学", "某某劳务派遣公司")
    ),
    st.sampled_from(("招聘公告", "招聘简章", "拟录用人员名单公示", "公开招聘面试公告")),
)
def test_hiring_without_a_civil_service_context_is_never_a_clear_item_fourteen(
    employer: str, notice: str
) -> None:
    """第二十条（十四） is 公务员招考: a company's, hospital's or university's hiring is not it."""
    result = classify_content(f"{employer}{notice}")
    assert not (result.category == "A20.14" and result.confidence is Confidence.CLEAR)


# Round 4 (formerly test_classify_issue14_round4.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("安全隐患排查", "食品安全监督抽检", "城市规划编制", "政府采购")),
    st.sampled_from(("工作方案", "工作要点")),
)
def test_an_internal_work_document_is_never_a_confident_item(place: str, subject: str, form: str) -> None:
    """A 工作方案/工作要点 naming an item's subject is not that item's information with confidence."""
    result = classify_content(f"关于印发{place}{subject}{form}的通知")
    if "采购" in subject:  # a named item of weight 50 still wins over the hint; it is the named procurement
        return
    assert result.confidence is not Confidence.CLEAR


# Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("数字经济发展", "营商环境优化提升", "文旅融合发展", "设备更新")),
    st.sampled_from(("实施方案", "行动方案")),
)
def test_a_printed_implementation_scheme_is_not_sure(place: str, subject: str, form: str) -> None:
    """印发 … 实施方案 is a policy document or a plan: item (一) first, never confident, (三) the runner-up."""
    result = classify_content(f"{place}人民政府关于印发《{place}{subject}{form}》的通知")
    assert result.category == "A20.01"
    assert result.confidence is Confidence.AMBIGUOUS
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.03"


@settings(deadline=None)
@given(st.sampled_from(("某区人民政府", "临江市人民政府")), st.sampled_from(("东门街片区", "二号地块")))
def test_approving_an_expropriation_scope_is_not_sure(body: str, plot: str) -> None:
    """同意…房屋征收范围的批复 is a grant (五) and an expropriation notice (十五): never confident."""
    result = classify_content(f"{body}关于同意{plot}旧城区改建房屋征收范围的批复", level="县级政府")
    assert result.confidence is Confidence.AMBIGUOUS
    assert {result.category, result.runner_up.category if result.runner_up else None} == {"A20.05", "A20.15"}


@settings(deadline=None)
@given(
    st.sampled_from(("某某大学", "某某理工大学", "某某师范大学")),
    st.sampled_from(("实验设备", "图书资料", "物业服务")),
)
def test_a_universitys_tender_is_never_a_confident_procurement(university: str, goods: str) -> None:
    """A university is not an administrative agency (第二条): its tender is never a confident item (九)."""
    for notice in ("招标公告", "采购项目中标结果公告", "处置竞价公告"):
        result = classify_content(f"{university}{goods}{notice}")
        assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("某省", "临江省", "某自治区")), st.sampled_from(("农村土地承包", "水土保持", "防震减灾"))
)
def test_a_provincial_implementation_of_a_law_is_not_sure(province: str, law: str) -> None:
    """《X法》实施办法 is mostly a 地方性法规 (十五), sometimes a 规章 (一): ambiguous between them."""
    result = classify_content(f"{province}{law}法实施办法")
    assert result.confidence is Confidence.AMBIGUOUS
    assert {result.category, result.runner_up.category if result.runner_up else None} == {"A20.01", "A20.15"}


@settings(deadline=None)
@given(st.sampled_from(("药品集中采购", "政府采购", "采购项目")))
def test_a_work_standard_of_procurement_is_not_a_confident_procurement(subject: str) -> None:
    """A 工作规范 is the form of a normative document: with a procurement word the answer is ambiguous."""
    result = classify_content(f"某市{subject}工作规范")
    assert result.confidence is Confidence.AMBIGUOUS
    assert {result.category, result.runner_up.category if result.runner_up else None} == {"A20.01", "A20.09"}


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("生态环境", "交通运输", "农业农村", "市场监管")),
    st.sampled_from(("行政处罚裁量基准", "行政处罚裁量权基准", "行政裁量权基准")),
    st.sampled_from(("关于印发《{}》的通知", "{}（2025年版）", "{}")),
)
def test_a_discretion_benchmark_is_not_sure_between_one_and_six(
    place: str, field: str, benchmark: str, frame: str
) -> None:
    """A 裁量基准 is issued as a normative document (一) and is the 依据 of penalties (六): ambiguous between them."""
    result = classify_content(frame.format(f"{place}{field}{benchmark}"))
    assert result.confidence is Confidence.AMBIGUOUS
    assert {result.category, _runner_up(result)} == {"A20.01", "A20.06"}


@settings(deadline=None)
@given(
    st.sampled_from(("某镇", "某乡", "某县")),
    st.sampled_from(("中央自然灾害救灾资金", "冬春救助资金", "受灾人员救助资金", "过渡期生活救助资金")),
    st.sampled_from(("关于下达2025年{}的通知", "2025年{}发放情况公示", "{}下拨到位")),
)
def test_disaster_relief_is_social_assistance_and_never_sure(place: str, funds: str, frame: str) -> None:
    """Relief paid to people hit by a disaster is social assistance (十一); news names the same funds: never clear.

    Since round 11 a past-tense report of the transfer (…下拨到位) is news of the act, no item at all; the area stays.
    """
    result = classify_content(f"{place}" + frame.format(funds), level="township")
    assert result.category == (None if "下拨" in frame else "A20.11")
    assert result.confidence is not Confidence.CLEAR
    assert result.area is not None
    assert result.area.category == "A21.social_assistance"


@settings(deadline=None)
@given(
    st.sampled_from(("某市红十字会", "某县慈善总会", "某区红十字会")),
    st.sampled_from(
        ("接收社会捐赠情况公示", "捐赠款物使用情况公告", "定向捐赠资金管理办法", "疫情防控捐赠公示")
    ),
)
def test_a_red_cross_society_or_charity_is_never_a_confident_item(body: str, document: str) -> None:
    """A Red Cross society or charity federation is not an administrative agency (第二条): never a confident item."""
    result = classify_content(f"{body}{document}")
    assert result.category is None or result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(PLACES),
    st.sampled_from(("城乡居民最低生活保障标准", "特困人员救助供养标准", "孤儿基本生活保障标准")),
    st.sampled_from(("调整", "提高", "确定")),
)
def test_a_notice_fixing_a_benefit_level_is_eleven_with_one_as_runner_up(
    place: str, standard: str, act: str
) -> None:
    """The level of a benefit is a (十一) measure and may be registered as a normative document (一): not sure."""
    result = classify_content(f"{place}人民政府办公室关于{act}{standard}的通知")
    assert result.category == "A20.11"
    assert result.confidence is Confidence.AMBIGUOUS
    assert _runner_up(result) == "A20.01"


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("某省资产评估协会", "某市律师协会", "最高人民法院", "某省人民检察院")),
    st.sampled_from(("收费标准", "行政处罚", "部门预算")),
)
def test_a_document_of_an_association_or_a_court_is_never_a_confident_item(issuer: str, subject: str) -> None:
    """Associations and judicial organs are not administrative agencies (第二条): never a confident item."""
    result = classify_content(f"{issuer}关于{subject}有关问题的通知")
    assert result.confidence is not Confidence.CLEAR or result.category is None


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("市场监督管理", "档案", "价格", "交通运输", "某省生态环境")),
    st.sampled_from(("行政处罚信息公示规定", "行政处罚程序规定", "行政处罚实施办法", "行政处罚案卷管理规定")),
)
def test_a_rule_about_penalties_is_item_one_first_with_penalties_as_runner_up(field: str, rule: str) -> None:
    """G1: the form of a 规章 decides (一); it also states the penalties' 依据 and procedure (六): never sure."""
    result = classify_content(f"{field}{rule}")
    assert result.category == "A20.01"
    assert result.confidence is Confidence.AMBIGUOUS
    assert _runner_up(result) == "A20.06"


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("", "较大生产安全", "某县“7·15”较大道路交通")), st.sampled_from(("目录", "", "（全文）"))
)
def test_an_accident_report_is_twelve_and_fifteen_never_confident(kind: str, tail: str) -> None:
    result = classify_content(f"{kind}事故调查报告{tail}")
    assert result.confidence is Confidence.AMBIGUOUS
    assert {result.category, _runner_up(result)} == {"A20.12", "A20.15"}


# Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(PLACES_R10),
    st.sampled_from(("防汛应急预案", "部门预算", "国民经济和社会发展统计公报", "行政处罚决定书")),
    st.sampled_from(
        (
            "是什么意思",
            "是多少?",
            "怎么规定的",
            "如何查询",
            "有哪些",
            "吗",
            "思路样本",
            "(第三方建议稿)",
            ".docx",
            ".pdf",
        )
    ),
)
def test_questions_drafts_samples_and_file_names_are_never_decided(
    place: str, subject: str, shape: str
) -> None:
    """A question asks; a draft, a sample or a bare file name is not the organ's document: never a clear item."""
    result = classify_content(f"{place}{subject}{shape}")
    assert result.confidence is not Confidence.CLEAR
    if result.category is not None and result.runner_up is None:
        assert result.code in {NOT_AN_ITEM, "classify.weak_evidence"}


def test_traditional_characters_alone_are_no_sign() -> None:
    """Mainland counties publish in traditional characters too: the script does not cast doubt."""
    result = classify_content("某縣人民政府關於印發某縣防汛抗旱應急預案的通知")
    assert (result.category, result.confidence) == ("A20.12", Confidence.CLEAR)


@settings(deadline=None)
@given(
    st.text(alphabet="甲乙丙丁通知", max_size=6),
    st.booleans(),
    st.booleans(),
)
def test_the_calibration_on_a_scheme_of_ones_own(noise: str, with_evidence: bool, with_doubt: bool) -> None:
    """A scheme's own markers: clear only with an evidence word and no doubt word; the category never changes."""
    classifier = _scheme_with(["公告"], ["问"])
    title = f"{noise}茶园{'公告' if with_evidence else ''}{'问' if with_doubt else ''}"
    result = classifier.classify(title)
    assert result.category == "tea"
    evidenced = with_evidence
    assert (result.confidence is Confidence.CLEAR) == (evidenced and not with_doubt)
    if with_doubt:
        assert result.code == NOT_AN_ITEM
    elif not evidenced:
        assert result.code == NO_EVIDENCE


@settings(deadline=None)
@given(st.text(alphabet="甲乙丙丁", max_size=4))
def test_a_form_rule_needs_evidence_beyond_its_own_words(noise: str) -> None:
    """With ``form = true`` the rule's own words (茶规 holds 规) are no evidence; another evidence word is."""
    classifier = _scheme_with(["规", "公告"], [])
    assert classifier.classify(f"{noise}茶规").code == NO_EVIDENCE
    assert classifier.classify(f"{noise}茶园规").confidence is Confidence.CLEAR
    assert classifier.classify(f"{noise}茶规公告").confidence is Confidence.CLEAR


def test_markers_neither_vote_nor_mask() -> None:
    """An evidence word that holds a voting phrase (茶园公告 holds 茶园) does not hide it."""
    classifier = _scheme_with(["茶园公告"], [])
    result = classifier.classify("茶园公告")
    assert (result.category, result.confidence) == ("tea", Confidence.CLEAR)


def test_the_bundled_markers_are_data() -> None:
    """The evidence and doubt markers live in the scheme (a county can change them), on the item axis only."""
    scheme = load_scheme("art20_21_2019")
    item, area = scheme.axes
    assert "关于" in item.evidence
    assert "?" in item.doubt
    assert not area.evidence
    assert not area.doubt


def test_an_empty_marker_is_refused() -> None:
    with pytest.raises(Exception, match="empty once normalised"):
        _scheme_with([" "], [])


@settings(deadline=None)
@given(
    st.sampled_from(("省级", "市本级", "县级")),
    st.sampled_from(("审计查出问题整改情况", "审计发现问题整改情况")),
)
def test_an_audit_rectification_report_is_never_a_confident_budget(level: str, subject: str) -> None:
    """The report goes with the audit work report (十五); the budget words it names (七) tie with it."""
    result = classify_content(f"关于2024年度{level}预算执行和其他财政收支{subject}的报告")
    assert result.confidence is Confidence.AMBIGUOUS
    assert {result.category, result.runner_up.category if result.runner_up else None} == {"A20.07", "A20.15"}


@settings(deadline=None)
@given(
    st.sampled_from(PLACES_R10),
    st.sampled_from(("防汛应急响应", "停车收费标准", "公务员招考")),
    st.sampled_from(("是什么意思", "是多少", "分别代表什么", "怎么规定的", "思路样本", "对比")),
)
def test_a_question_or_a_sample_has_no_item_and_names_the_item_as_runner_up(
    place: str, subject: str, shape: str
) -> None:
    """``refuse`` markers: no category; the item the words name is the runner-up, the marker the matched word."""
    result = classify_content(f"{place}{subject}{shape}")
    assert result.category is None
    if (
        result.rule_id is not None
    ):  # a citizen's message (news.message, round 9) abstains first: no item either
        assert result.rule_id == "news.message"
        return
    assert result.code == NOT_AN_ITEM
    assert result.runner_up is not None
    assert any(word in shape for word in result.matched)


# Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
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


# Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(ORGANS_R12),
    st.sampled_from(("关于加强", "关于进一步加强", "关于切实加强", "关于严格控制", "关于进一步规范")),
    st.sampled_from(PLACES_R12),
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
    st.sampled_from(ORGANS_R12),
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


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("行政审批服务局", "某县发展和改革局", "某镇人民政府")),
    st.sampled_from(("2025年政务公开工作自查报告", "安全生产自查报告", "2024年预算执行自查报告")),
)
def test_a_self_inspection_report_is_no_confident_item(organ: str, report: str) -> None:
    result = classify_content(f"{organ}{report}")
    assert result.category is None or result.confidence is not Confidence.CLEAR


# Round 15 (formerly test_classify_issue14_round15.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("农产品质量安全总体合格率达", "食品抽检合格率达", "全市CPI同比上涨", "就业率为")),
    st.floats(min_value=0.1, max_value=99.9).map(lambda value: f"{value:.1f}"),
)
def test_a_figure_as_a_percentage_is_never_a_confident_item(line: str, figure: str) -> None:
    result = classify_content(f"2021年大同市{line}{figure}%")
    assert result.confidence is not Confidence.CLEAR
    assert result.category is None


@settings(deadline=None)
@given(
    st.sampled_from(("“三定”方案", "机构改革方案", "实施办法", "管理规定", "发展规划")),
    st.sampled_from(("副部级 设18个机构", "新增3项补贴", "明确5类情形")),
)
def test_a_documents_name_before_a_colon_and_a_clause_is_never_decided(document: str, clause: str) -> None:
    result = classify_content(f"09.12 国家林草局{document}:{clause}")
    assert result.confidence is not Confidence.CLEAR
    # The document's own title (no colon, no clause) is decided as before.
    assert classify_content("国家林业和草原局职能配置、内设机构和人员编制规定").confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("国家发展改革委 民政部 财政部", "省物价局省财政厅省教育厅", "市发展改革委")),
    st.sampled_from(("进一步完善殡葬服务", "明确义务教育学校", "规范幼儿园")),
    st.sampled_from(("收费政策", "价格政策")),
)
def test_a_fee_policy_notice_is_item_one_never_decided(issuer: str, subject: str, policy: str) -> None:
    result = classify_content(f"{issuer}关于{subject}{policy}的通知")
    assert result.category == "A20.01"
    assert result.confidence is not Confidence.CLEAR
    # The fee standard itself stays item (八).
    assert classify_content(f"{issuer}关于{subject}收费标准的通知").category == "A20.08"


# Round 18 (formerly test_classify_issue14_round18.py; see ROUNDS.md).
@settings(deadline=None)
@given(st.sampled_from(GOVERNMENTS), st.sampled_from(FIELDS), st.sampled_from(ORDERS))
def test_a_governments_order_on_a_field_is_never_decided(government: str, field: str, order: str) -> None:
    """某县人民政府森林防火禁火令: the field's item or (一), never a confident answer, (一) first or runner-up."""
    result = classify_content(f"{government}{field}{order}")
    assert result.confidence is not Confidence.CLEAR
    categories = {result.category, result.runner_up.category if result.runner_up else None}
    assert "A20.01" in categories


@settings(deadline=None)
@given(
    st.sampled_from(GOVERNMENTS),
    st.sampled_from(
        ("森林防火期间野外用火", "汛期河道管理", "试鸣防空警报", "禁止燃放烟花爆竹", "划定饮用水水源保护区")
    ),
    st.sampled_from(("的通告", "的决定")),
)
def test_a_governments_notice_to_all_is_never_decided_as_its_field(
    government: str, subject: str, form: str
) -> None:
    """关于…的通告 of a people's government: never a confident field item."""
    result = classify_content(f"{government}关于{subject}{form}")
    assert result.confidence is not Confidence.CLEAR or result.category == "A20.01"


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=80, deadline=None)
@given(_PLAN_ISSUERS, _YEARS, _PLANS)
def test_a_legislative_work_plan_is_item_fifteen_and_never_decided(issuer: str, year: int, plan: str) -> None:
    """国务院2026年度立法工作计划: published because the rules on making rules require it — (十五), never clear (一)."""
    result = classify_content(f"{issuer}{year}{plan}")
    assert result.confidence is not Confidence.CLEAR
    assert result.category in {"A20.15", None}


@settings(max_examples=100, deadline=None)
@given(_PARTY_ISSUERS, _RULE_NAMES)
def test_a_party_organs_rules_alone_are_never_a_clear_item_one(issuer: str, rule: str) -> None:
    """中共中央办公厅印发《…工作细则》: a party organ alone is no administrative organ (第二条) — no item."""
    result = classify_content(f"{issuer}《{rule}》")
    assert result.category is None
    assert result.confidence is Confidence.NONE
    assert result.rule_id == "none.not_government.party_rules"


# Round 21 (formerly test_classify_issue14_round21.py; see ROUNDS.md).
@settings(max_examples=80, deadline=None)
@given(_DELEGATES, _POWERS)
def test_a_delegation_of_a_licensing_power_is_never_a_clear_licence(delegate: str, power: str) -> None:
    """关于委托…审批林木采伐许可的公告: who exercises the power (二), never (五) clear."""
    result = classify_content(f"关于委托{delegate}{power}的公告")
    assert result.category == "A20.02"
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=80, deadline=None)
@given(_FORM_NOTICES, _LICENCES)
def test_a_notice_issuing_a_licences_form_is_item_one_never_a_clear_licence(
    notice: str, licence: str
) -> None:
    """關於印發《燃氣經營許可證》格式的通知: a normative document (一), never (五) clear."""
    result = classify_content(notice.format(licence))
    assert result.category == "A20.01"
    assert result.confidence is not Confidence.CLEAR


CONFIDENCE_SHAPES: Final[list[Shape]] = [
    # Round 2 (formerly test_classify_issue14_round2.py; see ROUNDS.md).
    UnsureShape(
        "a_filing_list_of_plans_is_not_a_confident_emergency_plan",
        "2023年度某区{plan}备案企业清单",
        {"plan": ("突发环境事件应急预案", "安全生产应急预案", "生产安全事故应急预案")},
        why="A list of filed plans is a filing result (五) as much as a plan (十二): ambiguous, never confident.",
    ),
    # Round 3 (formerly test_classify_issue14_round3.py; see ROUNDS.md).
    UnsureShape(
        "a_lone_field_word_is_never_a_confident_item_eleven",
        "{place}{field}{rest}",
        {
            "place": PLACES,
            "field": ("社会保险", "义务教育", "职业技能", "住房公积金", "最低生活保障", "就业", "残疾人"),
            "rest": ("宣传周活动掠影", "一图读懂", "知识问答", "工作人员风采", ""),
        },
        why="第二十条（十一） is a field's policies and their implementation: the field's name alone is not enough.",
    ),
    UnsureShape(
        "the_approval_of_a_construction_project_is_never_confident",
        "关于{place}{project}核准的批复",
        {
            "place": PLACES,
            "project": (
                "光伏电站",
                "水电站扩建",
                "农村公路工程",
                "抽水蓄能电站建设项目",
                "污水处理厂工程项目",
            ),
        },
        items=frozenset({"A20.05", "A20.10"}),
        why="A 核准的批复 of a construction project is a grant (五) and the 批准 of a project (十): not clear.",
    ),
    # Round 4 (formerly test_classify_issue14_round4.py; see ROUNDS.md).
    UnsureShape(
        "rules_of_procedure_are_not_decided",
        "{place}{body}工作规则",
        {"body": ("人民政府", "县人民政府", "区人民政府"), "place": PLACES},
        why="A government's 工作规则 is between items (一) and (二): never confident.",
    ),
    # Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).
    TitleShape(
        "a_five_year_implementation_scheme_is_not_a_confident_plan",
        "关于印发{place}“十四五”{subject}实施方案的通知",
        {"place": PLACES, "subject": ("交通强国建设", "新型储能发展")},
        "A20.03",
        confidence=Confidence.AMBIGUOUS,
        why="A “十四五” 实施方案 is the plan first, with the normative document as runner-up.",
    ),
    TitleShape(
        "an_agencys_procurement_is_still_confident",
        "{place}财政局{goods}采购项目公开招标公告",
        {"place": PLACES, "goods": ("办公设备", "物业服务", "印刷服务")},
        "A20.09",
        confidence=Confidence.CLEAR,
        why="The procurement notice of an agency, without a construction phase, stays a clear item (九).",
    ),
    UnsureShape(
        "a_suggestions_own_text_is_never_a_confident_item_fifteen",
        "{title}",
        {
            "title": (
                "关于加强社区养老设施建设的建议",
                "关于完善农村公交线路的提案",
                "关于改善老旧小区停车的几点建议",
            )
        },
        why="The text of a suggestion or proposal is not the reply national rules require to be published.",
    ),
    # Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
    UnsureShape(
        "an_exchange_fee_is_never_a_confident_fee_item",
        "{exchange}关于调整{fee}收费标准的通知",
        {"exchange": ("证券交易所", "期货交易所"), "fee": ("交易经手费", "交易单元使用费", "会员费")},
        why="An exchange sets its own fees; they are no 行政事业性收费 with any confidence.",
    ),
    # Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
    TitleShape(
        "an_appointment_notice_is_item_two_but_not_sure",
        "关于{who}{act}的通知",
        {"who": ("张某某", "李某某、赵某某"), "act": ("职务任免", "任免", "免职")},
        "A20.02",
        confidence=Confidence.AMBIGUOUS,
        why="An appointment may concern anyone on the payroll: item (二), never decided on the word alone.",
    ),
    # Round 59: a named person's appointment (…同志职务任免) is the organ's personnel management, as the labelled sets
    # read it (blind6, blind7 twice, blind55): no category; round 7's (二) stays where no 同志 names the person.
    TitleShape(
        "an_appointment_of_a_named_comrade_is_personnel",
        "关于{who}{act}的通知",
        {"who": ("王某等同志", "李某某、赵某某同志"), "act": ("职务任免", "任免", "免职")},
        None,
        rule_id="none.internal.appointment",
        why="第十六条第一款: a named person's appointment or removal is personnel management, no item.",
    ),
    # Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
    UnsureShape(
        "a_company_named_with_an_item_word_is_never_a_confident_item",
        "{company}{item_word}",
        {
            "company": COMPANIES,
            "item_word": ("机构设置", "2024年度预算", "发展规划", "收费标准", "十四五发展规划"),
        },
        why="A company's own page with an item's word: at most ambiguous.",
    ),
    UnsureShape(
        "a_society_firm_or_arbitration_body_is_never_a_confident_item",
        "{body}{item_word}",
        {
            "body": (
                "江苏省某某医学学会",
                "某市律师协会",
                "某省某某研究会",
                "某某仲裁委员会",
                "某某律师事务所",
            ),
            "item_word": ("机构设置及职能", "专项规划（2025-2030年）", "收费标准", "领导信息"),
        },
        why="社会团体, law firms and arbitration commissions are not organs: their item words are never confident.",
    ),
    UnsureShape(
        "a_courts_item_words_are_never_confident",
        "{court}{words}",
        {"court": ("某县人民法院", "某市人民检察院"), "words": ("诉讼费收费标准", "机构设置")},
        why="Judicial organs are not administrative organs (第二条).",
    ),
    # Round 10 (formerly test_classify_issue14_round10.py; see ROUNDS.md).
    UnsureShape(
        "a_taiwanese_county_or_city_government_page_is_never_decided",
        "{government}{subject}",
        {
            "government": ("台中市政府", "高雄市政府", "金門縣政府", "台北市政府", "新竹縣政府"),
            "subject": ("停车场收费标准", "采购投标须知", "防汛应急预案", "违章建筑处理办法"),
        },
        why="The Regulations bind the mainland's administrative organs; a Taiwanese government's page is none of theirs.",
    ),
    UnsureShape(
        "a_doubt_marker_outweighs_the_evidence",
        "{organ}2024年部门预算{shape}",
        {"shape": ("?", "吗", "什么", "模板", ".xlsx"), "organ": ORGANS},
        why="An organ's name in a question (某县财政局部门预算是什么) does not make the question the organ's record.",
    ),
    UnsureShape(
        "a_subsidy_level_of_another_field_is_never_a_confident_item_eleven",
        "{place}2024年{subsidy}{form}",
        {
            "place": PLACES_R10,
            "subsidy": ("耕地地力保护补贴标准", "农机购置补贴标准", "乡镇工作补贴标准"),
            "form": ("公示", "的通知", ""),
        },
        why="Item (十一) names 扶贫、教育、医疗、社会保障、促进就业; a farm subsidy's level is none of them.",
    ),
    # Round 12 (formerly test_classify_issue14_round12.py; see ROUNDS.md).
    UnsureShape(
        "a_summary_of_the_handling_work_is_not_decided",
        "{agency}{year}{kind}办理工作总结",
        {
            "agency": ("农业农村局", "某县教育局", ""),
            "year": ("2024年度", "2023 年度", ""),
            "kind": ("人大代表建议、政协委员提案", "人大代表建议", "政协提案"),
        },
    ),
    UnsureShape(
        "a_reply_on_a_draft_sent_for_comment_is_not_decided",
        "关于《某县{plan}》草案的{reply}",
        {
            "plan": ("国土空间总体规划（2021-2035年）", "城市总体规划", "综合交通运输发展规划"),
            "reply": ("征求意见复函", "征求意见的复函"),
        },
    ),
    # Round 18 (formerly test_classify_issue14_round18.py; see ROUNDS.md).
    UnsureShape(
        "a_price_comparison_purchase_is_never_decided",
        "{project}{notice}",
        {
            "project": ("某市某路改造工程", "某县某桥新建工程（某国道连接线）", "某项目"),
            "notice": ("-材料采购询比公告", "材料采购询比结果公示", "询比采购公告"),
        },
        why="询比 is no method of 政府采购法: the procurement item first, never decided.",
    ),
]


@pytest.mark.parametrize("shape", CONFIDENCE_SHAPES, ids=shape_name)
def test_each_confidence_shape_is_classified_as_its_row_says(shape: Shape) -> None:
    """Each row's titles, whatever words fill the template, are classified as the row says (never clear: `UnsureShape`)."""
    shape.check()
