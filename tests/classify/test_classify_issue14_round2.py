"""Issue 14, second round: the classes the first blind set showed (statistics products, licence documents,
procurement notices, 公务员 outside recruitment, inspection words without a field, filing lists, meeting news,
bare personal names, a person acting for an employer) and the rule that two items without an outrank are
reported as ambiguous.

Each property varies the words around the phrase that decides; none of the phrases below comes from the
second blind set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    parse_scheme,
)
from disclosure_rules._classify._content import ContentClassifier
from disclosure_rules._labels import ApplicantType

PLACES = ("某市", "某县", "某区", "平安县", "临江市", "东城区")
YEARS = ("2023年", "2024年", "2025年1-6月", "2024年11月", "")


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(PLACES),
    st.sampled_from(YEARS),
    st.sampled_from(
        (
            "国民经济主要指标",
            "主要经济指标",
            "第三次国土调查主要数据公报",
            "国民经济和社会发展统计公报",
            "城镇非私营单位就业人员年平均工资",
            "主要数据公报",
        )
    ),
)
def test_a_statistical_product_is_item_four_whatever_it_measures(place: str, year: str, product: str) -> None:
    """第二十条（四）: a bulletin or table of indicators is statistical information, even about employment."""
    result = classify_content(f"{place}{year}{product}")
    assert result.category == "A20.04"
    # round 10: without a sign of the organ's record (公报, an organ), item (四) first but not decided
    assert result.confidence is Confidence.CLEAR or result.code == "classify.no_document_evidence"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(
        ("用地预审与选址意见书公示", "建设项目用海公示", "建设工程规划许可批后公布", "审批前公示")
    ),
    st.sampled_from(("某某公司", "某某风电场项目", "某路改建工程", "")),
)
def test_a_licence_document_is_item_five_without_the_word_licence(notice: str, subject: str) -> None:
    """第二十条（五）: the documents a licence issues name the licence (选址意见书, 用海, 批前/批后公示)."""
    result = classify_content(f"{subject}{notice}")
    assert result.category == "A20.05"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("环境监测中心站", "疾病预防控制中心", "食品检验所", "安全生产服务中心")),
    st.sampled_from(("关于征集委托检测报价的公示", "后勤服务项目采购方案公告", "设备项目更正公告")),
)
def test_a_procurement_notice_is_item_nine_whatever_the_buyer_inspects(buyer: str, notice: str) -> None:
    """G3: a procurement notice is item (九) whatever the buyer's field (an inspection body, a hospital)."""
    result = classify_content(f"某市{buyer}{notice}")
    assert result.category == "A20.09"


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
@given(st.sampled_from(("考试录用公务员公告", "公务员招录职位表", "公务员考试面试公告", "拟录用公务员名单")))
def test_civil_service_recruitment_is_item_fourteen(phrase: str) -> None:
    result = classify_content(f"某市2025年{phrase}")
    assert result.category == "A20.14"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("政务公开", "政府网站", "档案工作", "保密工作")),
    st.sampled_from(("检查情况的通报", "专项检查结果")),
)
def test_an_inspection_without_a_field_of_item_thirteen_is_not_item_thirteen(
    subject: str, inspection: str
) -> None:
    """第二十条（十三） is the 监督检查 of environment, health, safety, food, drugs and product quality."""
    result = classify_content(f"关于2024年{subject}{inspection}")
    assert result.category != "A20.13"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("食品安全", "安全生产", "生态环境", "特种设备")),
    st.sampled_from(("检查情况的通报", "专项检查结果")),
)
def test_an_inspection_of_a_field_of_item_thirteen_is_item_thirteen(field: str, inspection: str) -> None:
    result = classify_content(f"关于2024年{field}{inspection}")
    assert result.category == "A20.13"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(st.sampled_from(("突发环境事件应急预案", "安全生产应急预案", "生产安全事故应急预案")))
def test_a_filing_list_of_plans_is_not_a_confident_emergency_plan(plan: str) -> None:
    """A list of filed plans is a filing result (五) as much as a plan (十二): ambiguous, never confident."""
    result = classify_content(f"2023年度某区{plan}备案企业清单")
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("十四五", "国土空间", "交通", "教育")),
    st.sampled_from(("专项规划专题会议", "规划编制推进会议")),
)
def test_a_meeting_report_is_news_whatever_plan_it_discusses(topic: str, meeting: str) -> None:
    """G4: 召开…会议 reports a meeting, not the plan it discusses."""
    result = classify_content(f"某县召开“{topic}”{meeting}")
    assert result.category is None
    assert result.rule_id == "news.meeting"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(st.sampled_from("莽郄禚"), st.text(alphabet="永桥明华伟芳军", min_size=1, max_size=2))
def test_a_bare_name_with_an_unlisted_surname_is_a_natural_person_on_weak_evidence(
    surname: str, given_name: str
) -> None:
    """Two or three Han characters without an organisation word have the shape of a personal name."""
    result = classify_applicant(f"{surname}{given_name}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.AMBIGUOUS
    assert result.code == "classify.weak_evidence"


@settings(deadline=None)  # the first call builds the scheme's automaton
@given(
    st.sampled_from(("张瑞华", "李某", "王**")),
    st.sampled_from(("湖北朋来律师事务所", "某某律师事务所")),
    st.sampled_from(("代理本所申请", "代表本所申请", "以本所名义申请")),
)
def test_a_lawyer_acting_for_the_firm_counts_the_firm(person: str, firm: str, capacity: str) -> None:
    """The request is the employer's when the person says they act for it (the capacity, not the person)."""
    result = classify_applicant(f"{person}（{firm}律师，{capacity}）")
    assert result.category is ApplicantType.LEGAL_SERVICE_ORGANIZATION
    assert result.rule_id == "applicant.capacity.agent_for_principal"


def test_a_lawyer_with_the_firm_beside_the_name_is_still_a_natural_person() -> None:
    assert classify_applicant("张瑞华（湖北朋来律师事务所律师）").category is ApplicantType.NATURAL_PERSON


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
