"""Issue 14, round 58: blind 54's misses as classes.

Titles: an office's rule on its own housekeeping (公务用车, 考勤, 财务报销, 公文处理, 会议管理, 保密管理 …: the word class
organ_housekeeping) is internal management (第十六条第一款) as much as a normative document by its form (规定, 办法, 制度):
never the confident (一) of the form word alone — no category first where the subject with its form or 印发 is the
longer evidence, else (一) first with no category second — whoever issues it (…人民政府办公室, …局机关).
A rule on the public's matters keeps (一) clear; a village collective's 财务管理办法 keeps (一) clear.
The list of the entities an organ recognised in a status its rules define (…农业产业化联合体名单的公示, 龙头企业, 示范社,
高新技术企业 …: the word class recognised_entity) is (五) clear; a list of candidates, winners, payees or housing applicants
is not. Replies: a corrected request that still names no information (补正内容仍是询问…属于咨询性质，未能指明具体的政府信息) is
第三十条's 补正后申请内容仍不明确; a first question with no correction stays 信访举报投诉类 (round 56).
Round 57's conventions as rules: 关于成立…领导小组 is (二) first, no category second, never clear, whatever field the group
coordinates; the allocation or use of a fund named by a (十一) field (乡村振兴, 扶贫, 低保, 就业 …) is (十一) first, never clear.
The property tests fail on round 57's schemes; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

_ISSUERS = ["会宁县人民政府办公室", "某县财政局", "某镇人民政府", "某区司法局", "某县", ""]

# Titles: an office's own housekeeping rule is never a confident (一).


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(_ISSUERS),
    st.sampled_from(
        ["公务用车使用", "考勤", "财务报销", "公文处理", "会议管理", "保密管理", "差旅费", "公务接待"]
    ),
    st.sampled_from(["管理规定", "管理办法", "管理制度", "实施细则", "规定"]),
    st.booleans(),
)
def test_an_offices_housekeeping_rule_is_never_a_clear_item_one(
    issuer: str, subject: str, form: str, printed: bool
) -> None:
    """第十六条第一款: the office's own cars, attendance, claims, documents — never a clear (一); (一) first only beside none."""
    name = f"{issuer}{subject}{form}"
    title = f"关于印发《{name}》的通知" if printed else name
    result = classify_content(title)
    assert result.confidence is not Confidence.CLEAR
    if result.category is not None:
        assert result.category == "A20.01"
        assert result.runner_up is not None
        assert result.runner_up.category == "none.internal"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县", "某市", "某区"]),
    st.sampled_from(["城镇住房租赁补贴", "农村集体经济组织财务", "建筑垃圾", "户外广告设置"]),
    st.sampled_from(["管理办法", "管理规定", "实施细则"]),
)
def test_a_rule_on_the_publics_matters_stays_item_one(place: str, subject: str, form: str) -> None:
    """G1: a rule for the public, firms or a village collective is a normative document by its form, (一) clear."""
    result = classify_content(f"关于印发《{place}{subject}{form}》的通知")
    assert (result.category, result.confidence) == ("A20.01", Confidence.CLEAR)


# Titles: the list of entities an organ recognised is (五), clear.

_RECOGNISED = [
    "农业产业化联合体",
    "农业产业化龙头企业",
    "农民合作社示范社",
    "示范家庭农场",
    "高新技术企业",
    "专精特新中小企业",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["平潭综合实验区农业农村局关于", "某县", "关于", "某市科技局关于公布"]),
    st.sampled_from(["2020-2021年", "2025年", "第二批", ""]),
    st.sampled_from(_RECOGNISED),
    st.sampled_from(["名单的公示", "名单", "名单公示", "名单的通知"]),
)
def test_a_list_of_recognised_entities_is_item_five(organ: str, year: str, entity: str, tail: str) -> None:
    """第二十条第（五）项: the published list of the entities recognised in a status (行政确认的办理结果), clear."""
    result = classify_content(f"{organ}{year}{entity}{tail}")
    assert (result.category, result.confidence) == ("A20.05", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县", "平潭综合实验区"]),
    st.sampled_from(["2014年第一批保障性住房（公共租赁住房）申请人", "2025年公租房配租"]),
)
def test_a_housing_applicant_list_stays_item_eleven(place: str, subject: str) -> None:
    """Round 56's housing applicants and allocations are (十一), whatever list shape they take."""
    result = classify_content(f"{place}{subject}名单公示")
    assert result.category == "A20.11"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_RECOGNISED),
    st.sampled_from(["拟推荐名单的公示", "候选名单公示", "中标人名单公示", "贴息资金拟补助名单公示"]),
)
def test_a_list_of_candidates_winners_or_payees_is_not_a_recognition(entity: str, tail: str) -> None:
    """A list of those put forward (none.honours), of a purchase's winners (九) or of money paid is no (五) result."""
    result = classify_content(f"某县{entity}{tail}")
    assert result.category != "A20.05"


# Replies: a corrected request that still names no information is 补正后仍不明确.


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["经要求补正，您提交的补正内容", "补正以后，您的申请", "你补正后的申请", "经补正，你"]),
    st.sampled_from(["仍是询问“拆迁政策为什么这样规定”", "仍在询问补贴标准如何确定", "依然是询问办事流程"]),
    st.sampled_from(["，属于咨询性质", "", "，属于咨询"]),
    st.sampled_from(["，未能指明具体的政府信息", "，没有指明所需文件", "，并未指明具体的政府信息", ""]),
    st.sampled_from(["，本机关无法提供。", "。"]),
)
def test_a_correction_still_naming_nothing_is_unclear(
    corrected: str, question: str, consultation: str, unnamed: str, end: str
) -> None:
    """第三十条: after a correction the request is still a question or still names nothing — 补正后申请内容仍不明确."""
    result = classify_outcome(f"{corrected}{question}{consultation}{unnamed}{end}")
    assert result.category == "unavailable_unclear_after_correction"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["你问的是拆迁政策为什么这样规定", "您的申请是在询问补贴标准如何确定"]),
    st.sampled_from(["，属于咨询性质", "，属于咨询事项", "，这是咨询"]),
    st.sampled_from(["，不属于申请获取政府信息。", "，已电话向你说明。"]),
)
def test_a_first_question_without_correction_stays_a_petition(question: str, kind: str, end: str) -> None:
    """Round 56: a first request that is a question, with no correction asked for, is 信访举报投诉类 (第三十九条第一款)."""
    result = classify_outcome(f"{question}{kind}{end}")
    assert result.category == "not_processed_petition"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["你逾期未补正", "你未在规定期限内补正", "补正期限届满你没有补正"]),
    st.sampled_from(["，视为放弃本次申请，本机关不再处理。", "，视为放弃申请。"]),
)
def test_a_correction_not_made_stays_no_correction(missed: str, end: str) -> None:
    """第三十条: a correction not made in time ends the request (其他处理: 逾期不补正), never 仍不明确."""
    result = classify_outcome(f"{missed}{end}")
    assert result.category == "other_no_correction"


# Titles: round 57's conventions as rules — a leading group's set-up is (二) first; a (十一) field's fund is (十一) first.


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["宁都县石上镇", "平潭综合实验区管委会办公室", "某县人民政府办公室", ""]),
    st.sampled_from(
        ["人居环境整治", "农村环境综合整治项目长效运行管理", "安全生产专项整治", "食品安全监督检查"]
    ),
    st.sampled_from(["工作领导小组", "领导小组", "工作专班"]),
)
def test_setting_up_a_leading_group_is_item_two_first(organ: str, task: str, body: str) -> None:
    """Round 57's convention: 关于成立…领导小组 is (二) first (议事协调机构), no category second, never clear."""
    result = classify_content(f"{organ}关于成立{task}{body}的通知")
    assert result.category == "A20.02"
    assert result.confidence is Confidence.AMBIGUOUS
    assert result.runner_up is not None
    assert result.runner_up.category == "none.internal"


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["偃师区2022年第二批", "闽清县梅溪镇关于2026年第二批", "某县2025年"]),
    st.sampled_from(
        ["财政衔接推进乡村振兴补助资金", "城乡最低生活保障资金", "中央财政专项扶贫资金", "就业补助资金"]
    ),
    st.sampled_from(["分配情况公示", "使用情况的公告", "分配及使用情况", "拨付情况公示"]),
)
def test_a_social_measure_funds_use_is_item_eleven_first(place: str, fund: str, notice: str) -> None:
    """Round 57's convention: a fund named by a (十一) field — its allocation or use is (十一) first, never clear."""
    result = classify_content(f"{place}{fund}{notice}")
    assert result.category == "A20.11"
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县2025年", "关于2024年度"]),
    st.sampled_from(["中央专项彩票公益金", "体育彩票公益金", "福利彩票公益金"]),
    st.sampled_from(["分配使用情况", "使用情况的公告", "分配及使用情况"]),
)
def test_other_funds_use_keeps_item_seven_or_fifteen(place: str, fund: str, notice: str) -> None:
    """Round 55: a lottery fund outside the (十一) fields is (七) against (十五), never clear."""
    result = classify_content(f"{place}{fund}{notice}")
    assert result.category in {"A20.07", "A20.15"}
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某县2025年", "某市"]),
    st.sampled_from(["文化产业发展专项资金", "工业和信息化专项资金", "科技专项资金"]),
    st.sampled_from(["分配使用情况", "使用情况的公告", "拨付情况"]),
)
def test_a_fund_outside_the_social_fields_stays_item_seven(place: str, fund: str, notice: str) -> None:
    """Round 52: how a fund outside the (十一) fields was spent is the budget's execution, (七)."""
    result = classify_content(f"{place}{fund}{notice}")
    assert result.category == "A20.07"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["会宁县人民政府办公室", "某县财政局", "某镇人民政府"]),
    st.sampled_from(["公务用车使用管理规定", "财务报销管理办法", "公文处理规定", "考勤管理制度"]),
)
def test_a_printed_housekeeping_rule_is_internal_first(issuer: str, rule: str) -> None:
    """Blind54's shape: 印发 and the subject with its form outweigh the form word alone — no category first."""
    result = classify_content(f"关于印发《{issuer}{rule}》的通知")
    assert result.category is None
