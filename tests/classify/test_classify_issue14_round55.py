"""Issue 14, round 55: blind 51's misses as classes.

Titles: a notice of how a fund was allocated, arranged, paid out or used (…彩票公益金分配使用情况, …专项资金分配及使用情况,
…专项资金拨付情况) is the execution of a budget (七): a lottery fund's is (七) against (十五), never clear; a special
fund's is (七) first. The fund-use words are a class — 分配, 使用, 安排, 拨付 (and their pairs) + 情况 — not round 52's one
wording 资金使用情况.

Replies: a part given as a copy (按原件复印提供, 复印件邮寄给你, 复制一份给你: 第四十条's 提供复制件) beside a part withheld is
部分公开 (第三十七条), not the withheld part's ground; a reply that says the act which would have made the record never took
place (从未召开过…自然也没有纪要), even after a question back to the applicant, is not held (第三十六条第（四）项). The property tests fail on round 54's scheme; the guards hold on both.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

_ORGANS = ["平潭综合实验区", "某县民政局", "某市财政局", "某区体育局", ""]
_YEARS = ["2023年度", "2024年", ""]
_USES = [
    "分配使用情况",
    "分配及使用情况",
    "分配和使用情况",
    "分配情况",
    "安排情况",
    "安排使用情况",
    "拨付情况",
]
_SHAPES = ["关于{}的公告", "{}公告", "{}公示", "{}"]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(_ORGANS),
    st.sampled_from(_YEARS),
    st.sampled_from(["福利彩票公益金", "体育彩票公益金", "彩票公益金", "福彩公益金", "中央专项彩票公益金"]),
    st.sampled_from(_USES),
    st.sampled_from(_SHAPES),
)
def test_a_lottery_fund_use_notice_is_seven_against_fifteen(
    organ: str, year: str, fund: str, use: str, shape: str
) -> None:
    """第二十条第（七）项 and 彩票管理条例's announcement ((十五)) tie: the two lead, never clear."""
    result = classify_content(organ + shape.format(f"{year}{fund}{use}"))
    assert result.confidence is not Confidence.CLEAR
    assert result.runner_up is not None
    assert {result.category, result.runner_up.category} == {"A20.07", "A20.15"}


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["某县农业农村局", "某区财政局", "某市教育局", ""]),
    st.sampled_from(_YEARS),
    st.sampled_from(["专项资金", "中央财政专项资金", "省级专项资金", "市级专项资金"]),
    st.sampled_from(_USES),
    st.sampled_from(_SHAPES),
)
def test_a_special_fund_use_notice_is_item_seven_first(
    organ: str, year: str, fund: str, use: str, shape: str
) -> None:
    """How a special fund was allocated or spent is the budget's execution (七), decided: no weak 资金 guess."""
    result = classify_content(organ + shape.format(f"{year}{fund}{use}"))
    assert (result.category, result.confidence) == ("A20.07", Confidence.CLEAR)


# Guards: what the round must not change (hold on round 54's scheme too).


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["某县", "某市"]), st.sampled_from(["2023年", "2024年"]))
def test_guard_round_52s_fund_use_wording_keeps_its_tie(place: str, year: str) -> None:
    """Round 52's …彩票公益金…项目资金使用情况的公告 stays (七) against (十五), never clear."""
    result = classify_content(f"关于{place}{year}中央专项彩票公益金支持某项目资金使用情况的公告")
    assert result.confidence is not Confidence.CLEAR
    assert result.runner_up is not None
    assert {result.category, result.runner_up.category} == {"A20.07", "A20.15"}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["某县", "某市"]), st.sampled_from(["2023年", "2024年"]))
def test_guard_a_budget_stays_clear_item_seven(place: str, year: str) -> None:
    """A department budget stays (七) clear: the fund-use words add to (七), never take from it."""
    result = classify_content(f"{place}财政局{year}部门预算公开")
    assert (result.category, result.confidence) == ("A20.07", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["某县", "某市"]), st.sampled_from(["公益岗位", "公益性岗位"]))
def test_guard_a_public_welfare_post_is_not_a_fund(place: str, post: str) -> None:
    """A 公益(性)岗位 title names no fund's use: the new words never fire on it."""
    result = classify_content(f"{place}人力资源和社会保障局关于{post}招聘的公告")
    assert result.rule_id != "A20.07.fund_use"


_GIVEN = ["按原件复印提供", "已复印提供给你", "复印件邮寄给你", "已复制一份给你", "复制后提供"]
_WITHHELD = [
    "涉及他人隐私，不予提供",
    "涉及第三方个人隐私，不予公开",
    "属于内部事务信息，不予公开",
    "属于过程性信息，不予公开",
]


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["第一、二项", "第一项会议纪要", "你申请的通知"]),
    st.sampled_from(_GIVEN),
    st.sampled_from(["第三项", "其中一份", "另一项"]),
    st.sampled_from(_WITHHELD),
)
def test_a_copy_given_beside_a_part_withheld_is_partial(
    given_part: str, given_words: str, rest: str, why: str
) -> None:
    """第三十七条 and 第四十条: a copy handed over of one part, the rest withheld, is 部分公开 whatever the ground."""
    result = classify_outcome(f"申请的几项中，{given_part}{given_words}；{rest}{why}。")
    assert result.category == "partially_granted"


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["", "你是否能提供该会议的具体日期或文号？", "请问你所说的会议是哪一次？"]),
    st.sampled_from(["经全面检索，", "经检索，", ""]),
    st.sampled_from(["本机关", "本局", "我镇"]),
    st.sampled_from(
        [
            "从未召开过你所说的协调会，自然也没有纪要",
            "从未举行过该听证会，也就没有听证记录",
            "从未开展过该项检查，自然没有检查记录",
            "未曾召开该会议，自然也没有会议纪要",
        ]
    ),
)
def test_a_record_whose_act_never_took_place_is_not_held(
    question: str, search: str, organ: str, body: str
) -> None:
    """第三十六条第（四）项: the meeting or inspection never held leaves no record — not held, never unanswered."""
    result = classify_outcome(f"{question}{search}{organ}{body}。")
    assert result.category == "unavailable_not_held"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_WITHHELD))
def test_guard_a_whole_refusal_without_a_copy_keeps_its_ground(why: str) -> None:
    """A refusal of the whole, with no part given (也不提供复印件 is no grant), is never 部分公开."""
    result = classify_outcome(f"经审查，你申请的信息{why}，也不提供复印件。")
    assert result.category != "partially_granted"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["现将复印件邮寄给你", "已按原件复印提供给你", "已复制一份给你，请查收"]))
def test_guard_a_whole_copy_given_stays_granted(given_words: str) -> None:
    """A copy of the whole, nothing withheld, stays 予以公开."""
    result = classify_outcome(f"经审查，你申请的文件可以公开，{given_words}。")
    assert result.category == "granted"


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["岚县", "某县", "某市", "某区"]),
    st.sampled_from(["行政事业单位", "事业单位"]),
    st.sampled_from(["公务用车使用管理办法", "公务用车管理办法", "差旅费管理办法", "财务管理办法"]),
    st.sampled_from(["关于印发《{}》的通知", "关于印发{}的通知", "{}"]),
)
def test_a_countys_housekeeping_rules_for_its_agencies_are_never_clear(
    place: str, bound: str, rules: str, shape: str
) -> None:
    """第十六条 (后勤管理) against (一) by form: a rule binding only a county's agencies is never the confident (一)."""
    result = classify_content(shape.format(place + bound + rules))
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["某县", "某市"]), st.sampled_from(["事业单位公开招聘", "事业单位登记管理"]))
def test_guard_a_rule_for_the_public_stays_item_one(place: str, subject: str) -> None:
    """A 办法 on a subject outside housekeeping keeps its (一) reading first."""
    result = classify_content(f"关于印发《{place}{subject}办法》的通知")
    assert result.rule_id != "none.internal.organ_rules"
