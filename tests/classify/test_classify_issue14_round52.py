"""Issue 14, round 52: clear titles left unanswered because the item's own noun came in a form no rule had.

Titles: a plan named by the planning law's words and their short forms (控规, 详规; its 局部调整 / 调整方案 /
修改方案 is the plan as changed) is (三); a list of an organ's duties (履行职责事项清单, 职责清单, 履职事项清单) is (二); a
government's work report said by the reporting body's name (管委会工作报告, 管理委员会工作报告) is (十五); how a fund was spent
(资金使用情况) ties (七) with the lottery-fund announcement (十五): never clear. Replies: not ours + a plain-speech referral
(你可以去问他们) is not held; a registration record sent to the registry's query procedure is 行政查询.
``TITLE_VARIANTS`` were written before the classifier ran on them; the property tests fail on round 51's schemes, the
guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome
from tests.classify.samples import fired_rules

# Staff's own wording, labelled by tests/data/classify/README.md's guidelines, written before the classifier ran.
TITLE_VARIANTS: tuple[tuple[str, str], ...] = (
    ("某区A-12地块控规局部调整方案的公示", "A20.03"),
    ("关于某片区控规修改方案的公示", "A20.03"),
    ("某新区北片区控规调整方案的公告", "A20.03"),
    ("关于某镇区控制性详细规划修改方案的公示", "A20.03"),
    ("某片区详规调整方案的公示", "A20.03"),
    ("关于某村庄规划调整方案的公示", "A20.03"),
    ("某县城北片区控制性详细规划局部调整方案的公示", "A20.03"),
    ("某街道履行职责事项清单", "A20.02"),
    ("各乡镇（街道）履行职责事项清单", "A20.02"),
    ("某镇基本履职事项清单", "A20.02"),
    ("某镇配合履职事项清单", "A20.02"),
    ("某县市场监督管理局职责清单", "A20.02"),
    ("某街道办事处职责事项清单", "A20.02"),
    ("关于公布某镇履职事项清单的通知", "A20.02"),
    ("某乡人民政府履职清单", "A20.02"),
    ("某区发展和改革局职能清单", "A20.02"),
    ("某开发区管委会工作报告（2024年）", "A20.15"),
    ("某综合实验区管理委员会工作报告（2023年）", "A20.15"),
    ("某高新区管委会工作报告", "A20.15"),
    ("某经济技术开发区管委会工作报告（2022年）", "A20.15"),
    ("某县人民政府工作报告（2025年）", "A20.15"),
    ("2025年某区人民政府工作报告", "A20.15"),
    ("某街道办事处工作报告（2024年）", "A20.15"),
    ("某市政府工作报告", "A20.15"),
    ("某镇人民政府工作报告", "A20.15"),
    ("某片区控制性详细规划调整方案的公告", "A20.03"),
    ("某村村庄规划修改方案的公示", "A20.03"),
    ("某区农业农村局职责清单", "A20.02"),
)
# Written with the others and read as their item but not decided: 批前公示 and 修编方案 are no head record words, so the
# plan's words stand too far from the head (round 16's head calibration).
TITLE_VARIANTS_UNDECIDED: tuple[tuple[str, str], ...] = (
    ("某组团03-B-002地块控规局部调整方案的批前公示", "A20.03"),
    ("某县城东片区控规修编方案的公示", "A20.03"),
)


def test_every_title_variant_is_read_as_its_item() -> None:
    """The title variants, each its labelled item, decided."""
    answers = [(title, item, classify_content(title)) for title, item in TITLE_VARIANTS]
    assert [
        (title, item, result.category)
        for title, item, result in answers
        if (result.category, result.confidence) != (item, Confidence.CLEAR)
    ] == []


def test_the_undecided_title_variants_name_their_item() -> None:
    """The variants whose plan words stand far from the head still name their item."""
    assert [classify_content(title).category for title, _ in TITLE_VARIANTS_UNDECIDED] == [
        item for _, item in TITLE_VARIANTS_UNDECIDED
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["某区", "某新区北片区", "某县城西组团", "某镇"]),
    st.sampled_from(["控规", "控制性详细规划", "详规"]),
    st.sampled_from(["局部调整方案的公示", "调整方案的公告", "修改方案的公示"]),
)
def test_a_detailed_plan_by_its_short_form_is_item_three(place: str, plan: str, change: str) -> None:
    """第二十条第（三）项 (城乡规划法 第二条、第四十八条): a detailed plan's adjustment, by any of its names, is (三)."""
    result = classify_content(f"{place}{plan}{change}")
    assert (result.category, result.confidence) == ("A20.03", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["疫情防控", "生态环境分区管控", "价格调控", "财务内控", "质量监控"]),
    st.sampled_from(["规定", "规则", "规范"]),
)
def test_a_control_word_before_a_rule_is_no_plan(control: str, form: str) -> None:
    """Guard: 控规 inside 防控规定, 管控规则 … is no 控制性详细规划."""
    result = classify_content(f"关于印发某县{control}{form}的通知")
    assert result.category != "A20.03"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县各乡镇（街道）", "某街道", "某镇人民政府", "某区教育局"]),
    st.sampled_from(["履行职责事项清单", "职责清单", "履职事项清单", "基本履职事项清单"]),
)
def test_a_list_of_duties_is_item_two(body: str, duties: str) -> None:
    """第二十条第（二）项: a list of an organ's duties is its 机关职能."""
    result = classify_content(f"{body}{duties}")
    assert (result.category, result.confidence) == ("A20.02", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某开发区", "某综合实验区", "某高新技术产业园区"]),
    st.sampled_from(["管委会工作报告", "管理委员会工作报告"]),
    st.sampled_from(["", "（2021年）", "（2025年）"]),
)
def test_a_zone_government_work_report_is_item_fifteen(zone: str, report: str, year: str) -> None:
    """宪法 第一百一十条: the work report of the body that governs a zone is the 政府工作报告, (十五)."""
    result = classify_content(f"{zone}{report}{year}")
    assert (result.category, result.confidence) == ("A20.15", Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["某县人民政府", "某区人民政府", "某市政府"]), st.sampled_from(["（2024年）", ""]))
def test_a_government_work_report_stays_item_fifteen(government: str, year: str) -> None:
    """Guard: the 政府工作报告 named as before keeps (十五), decided."""
    result = classify_content(f"{government}工作报告{year}")
    assert (result.category, result.confidence) == ("A20.15", Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["彩票公益金", "福彩公益金", "体彩公益金"]),
    st.sampled_from(["项目资金使用情况的公告", "资金使用情况的公示"]),
)
def test_a_fund_spent_is_never_clear(fund: str, notice: str) -> None:
    """How a fund was spent is (七) as much as (十五): never a clear answer."""
    result = classify_content(f"某区财政局关于2023年{fund}支持社会公益事业{notice}")
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["环评审批", "规划许可", "采伐许可"]),
    st.sampled_from(["不归我们镇里管", "不归我们管"]),
    st.sampled_from(["你可以去问他们。", "你去找他们。", "可以去问问他们。"]),
)
def test_not_ours_with_a_plain_referral_is_not_held(subject: str, not_ours: str, referral: str) -> None:
    """第三十六条第（五）项: not ours and a plain-speech referral to the holder is not held."""
    result = classify_outcome(f"你要的那个{subject}，{not_ours}，是市里的局批的，{referral}")
    assert result.category == "unavailable_not_held"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["工商登记档案", "企业登记材料", "不动产登记信息"]),
    st.sampled_from(["按查询程序办理", "按查询手续办理", "按查询流程办理"]),
)
def test_a_registration_record_sent_to_its_query_procedure_is_inquiry(record: str, procedure: str) -> None:
    """第三十六条第（七）项 (the format's 三（三）6): a registration record is obtained by the registry's query procedure."""
    result = classify_outcome(f"你想查的{record}，请到登记窗口{procedure}，不按信息公开申请处理。")
    assert result.category == "withheld_administrative_inquiry"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["工商登记档案", "不动产登记信息"]), st.sampled_from(["不归我们管", "不掌握"]))
def test_a_record_not_held_is_no_inquiry(record: str, not_held: str) -> None:
    """Guard: a registration record the organ does not hold is not sent to its query procedure by this rule."""
    assert "outcome.withheld_administrative_inquiry.query_procedure" not in fired_rules(
        f"你想查的{record}{not_held}，请向登记机关按查询程序办理。", "outcome_2021"
    )
