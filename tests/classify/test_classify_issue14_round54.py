"""Issue 14, round 54: blind 50's clear titles as classes, and the reviewer's findings.

Titles: an 审批意见 is an approval act (五) whatever it grants (立项, 用地, 规划 at once), not the 规划 subject; an organ's
rules for its own network and information systems (网络安全管理制度 by 印发) are no category first, never the (一) of
the form; a notice calling for an activity (关于开展…活动的通知) is work news first, never the item of the field the
activity serves; a notice that an organ punished a party (…一案作出处罚的信息公示) is (六) whatever field the offence
lies in; the reply approving a feasibility study (可行性研究报告的批复) is (十) first against (五), never clear. The
property tests fail on round 53's scheme; the guards hold on both.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    ClassifyError,
    Confidence,
    bundled_schemes,
    classify_content,
    load_scheme,
)
from disclosure_rules._classify._scheme import read_bundled_scheme, scheme_from_mapping
from tests.classify.samples import fired_rules
from tests.scripts import load_script

_ORGANS = ["平潭综合实验区", "某县人民政府", "某市自然资源和规划局", "某区行政审批局"]
_PROJECTS = ["某旅游环岛路项目", "某安置房工程", "某中心小学扩建项目", "某污水处理厂项目"]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_ORGANS),
    st.sampled_from(_PROJECTS),
    st.sampled_from(["立项用地规划综合", "规划", "用地规划", "立项", "环境影响报告表"]),
)
def test_an_approval_opinion_is_the_approval_act(organ: str, project: str, granted: str) -> None:
    """行政许可法 第三十八条: the written answer to an application is (五), decided, whatever it grants."""
    result = classify_content(f"{organ}关于{project}{granted}审批意见")
    assert (result.category, result.confidence) == ("A20.05", Confidence.CLEAR)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["某县残疾人联合会", "某区财政局", "某镇人民政府", "某市档案馆"]),
    st.sampled_from(
        ["网络安全管理制度", "信息安全管理制度", "网络与信息安全管理制度", "信息系统安全管理制度"]
    ),
    st.sampled_from(["关于印发《{}》的通知", "关于修订《{}》的通知", "关于印发{}的通知"]),
)
def test_an_organs_own_network_security_rules_are_no_category_first(
    organ: str, rules: str, shape: str
) -> None:
    """第十六条 (内部工作流程) against (一) by form: no category first, never the confident (一)."""
    result = classify_content(organ + shape.format(rules))
    assert result.category is None
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["", "某县应急管理局", "某市卫生健康委员会"]),
    st.sampled_from(["2020年", "2024年", ""]),
    st.sampled_from(["“安全生产月”", "“食品安全宣传周”", "消防安全宣传", "“世界环境日”宣传"]),
)
def test_an_activity_notice_is_work_news_first(organ: str, year: str, activity: str) -> None:
    """G4: a call to hold an activity is work news first, never the (十三) of the field it serves."""
    result = classify_content(f"{organ}关于开展{year}{activity}活动的通知")
    assert result.category is None
    assert result.confidence is not Confidence.CLEAR


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["某县市场监督管理局", "某区生态环境局", "某市卫生健康委员会"]),
    st.sampled_from(["销售过期预包装食品", "经营超过保质期的食品", "销售劣药", "超标排放废气"]),
    st.sampled_from(["作出处罚", "作出行政处罚", "给予行政处罚"]),
    st.sampled_from(["的信息公示", "的公示", "的公告"]),
)
def test_a_penalty_notice_is_item_six_over_its_field(organ: str, offence: str, act: str, form: str) -> None:
    """行政处罚法 第四十八条: the disclosure of a penalty decision is (六), decided, over the field's weak word."""
    result = classify_content(f"{organ}对某公司{offence}一案{act}{form}")
    assert (result.category, result.confidence) == ("A20.06", Confidence.CLEAR)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["某县发展和改革局", "某省发展和改革委员会", "某区人民政府", ""]),
    st.sampled_from(
        ["某高速铁路", "某污水处理厂提标改造工程", "某军粮区域配送中心项目", "某快速通道建设项目"]
    ),
    st.sampled_from(["可行性研究报告的批复", "可行性研究报告》的批复", "可行性研究报告+》的批复"]),
)
def test_a_feasibility_study_reply_is_never_clear(organ: str, project: str, tail: str) -> None:
    """政府投资条例 第十一条: an approval (五) and the 批准 of a 重大建设项目 (十): (十) first, (五) the runner-up."""
    opening = "《" if "》" in tail else ""
    result = classify_content(f"{organ}关于{opening}{project}{tail}")
    assert (result.category, result.confidence) == ("A20.10", Confidence.AMBIGUOUS)
    assert result.runner_up is not None
    assert result.runner_up.category == "A20.05"


# Guards: what the round must not change (hold on round 53's scheme too).


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_ORGANS), st.sampled_from(["总体规划", "国土空间规划", "十四五规划", "专项规划"]))
def test_guard_a_plan_without_an_approval_stays_a_plan(organ: str, plan: str) -> None:
    """A plan named without an 审批意见 keeps (三)."""
    result = classify_content(f"{organ}关于印发某县{plan}的通知")
    assert result.category == "A20.03"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["某区行政审批局", "某市生态环境局"]), st.sampled_from(["某有限公司", "某项目"]))
def test_guard_an_environmental_approval_notice_stays_a_clear_licence(organ: str, party: str) -> None:
    """The 环评 审批意见 notices of blind10 and blind13 stay (五) clear."""
    result = classify_content(f"{organ}关于拟对《{party}环境影响报告表》作出审批意见的公示")
    assert (result.category, result.confidence) == ("A20.05", Confidence.CLEAR)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["下半年促销费", "家电以旧换新补贴", "优秀案例评选", "项目申报"]))
def test_guard_an_activity_notice_with_money_or_a_list_is_not_news_first(activity: str) -> None:
    """A notice that carries money, a selection or an application keeps its reading (never work news first)."""
    result = classify_content(f"某市商务局关于开展{activity}活动的通知")
    assert result.rule_id != "news.activity_notice"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["某县市场监督管理局", "某市应急管理局"]), st.sampled_from(["2024年第3期", "2025年"]))
def test_guard_a_penalty_information_list_stays_item_six(organ: str, period: str) -> None:
    """A 行政处罚信息公示 stays (六), as before the round."""
    result = classify_content(f"{organ}行政处罚信息公示（{period}）")
    assert result.category == "A20.06"


# The reviewer's findings (round 54): the word-class expansion names the failing rule and field, drops only the
# repeats a class brings, and is read through one function.


def _scheme_naming(words: list[str], field: str, classes: dict[str, list[str]]) -> dict[str, object]:
    rule: dict[str, object] = {"id": "granted.sent", "phrases": ["予以公开"]}
    rule[field] = words
    category = {"code": "granted", "label": "予以公开", "rules": [rule]}
    axis = {"name": "row", "title": "办理结果", "categories": [category]}
    return {"name": "s", "version": "1", "kind": "outcome", "title": "t", "source": "s", "word_classes": classes,
            "axes": [axis]}  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["phrases", "requires", "unless"]), st.sampled_from(["@nowhere", "@place_typo", "@x"]))
def test_an_unknown_word_class_names_the_rule_and_the_field(field: str, name: str) -> None:
    """The docs promise errors name the field: the refusal names the rule's id and the field that cites the class."""
    with pytest.raises(ClassifyError) as caught:
        scheme_from_mapping(_scheme_naming([name], field, {"place": ["网站"]}))
    assert caught.value.code == "classify.invalid_scheme"
    for part in ("granted.sent", field, name):
        assert part in str(caught.value)
        assert part in caught.value.message_zh


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["网站", "专栏", "公众号"]), st.sampled_from(["平台", "公告栏"]))
def test_only_the_repeats_a_class_brings_are_dropped(word: str, other: str) -> None:
    """A class's word already listed is not repeated; a rule's own repeated word is read as without word classes.

    Round 66: that reading is a refusal (a repeat doubled the rule's ``matched``), with a class named or not.
    """
    with_class = scheme_from_mapping(_scheme_naming([word, "@place"], "phrases", {"place": [word, other]}))
    assert with_class.axes[0].categories[0].rules[0].phrases == (word, other)
    for words, classes in (([word, word, "@place"], {"place": [word, other]}), ([word, word], {})):
        with pytest.raises(ClassifyError) as caught:
            scheme_from_mapping(_scheme_naming(words, "phrases", classes))
        assert "重复" in caught.value.message_zh
        assert word in caught.value.message_zh


def test_a_bundled_scheme_is_read_through_one_function() -> None:
    """scripts and tests read a bundled scheme's words through read_bundled_scheme, the loader's expansion."""
    for name in bundled_schemes():
        data = read_bundled_scheme(name)
        assert scheme_from_mapping(data).version == load_scheme(name).version
        words = [word for axis in data["axes"] for category in axis["categories"] for rule in category["rules"]
                 for field in ("phrases", "requires", "unless") for word in rule.get(field, ())]  # fmt: skip
        assert not any(word.startswith("@") for word in words)
    assert not hasattr(load_script("classify_nested_phrases"), "bundled")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["某高速铁路", "某污水处理厂提标改造工程"]))
def test_fired_rules_lists_the_losers_too(project: str) -> None:
    """The guards' helper sees a rule that fired and lost (the runner-up), not only the winner."""
    title = f"关于{project}可行性研究报告的批复"
    result = classify_content(title)
    assert result.runner_up is not None
    assert {result.rule_id, result.runner_up.rule_id} <= set(fired_rules(title))
