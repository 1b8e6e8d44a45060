"""Issue 14, round 47: blind44's misses, as classes (development data).

Titles (catalogue headings): the heading in 第二十条第（十五）项's own words names its item, whatever the form word
规定 inside it; an organ's 机构介绍 is its profile (二); a construction project's approval joined to its start of
works (批复及开工) is the project's own record (十), not a licence (五). Replies: a search that found none of the
record the applicant named (查找…没有你所说的…) and a record never made (未曾制作) are 本机关不掌握 (第三十六条第（四）项),
and a reply that would have to make a new record (第三十八条) keeps its row.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

_BODY = st.sampled_from(["", "某县人民政府", "某镇人民政府", "某市卫生健康委员会", "某区住房和城乡建设局"])


@settings(max_examples=40, deadline=None)
@given(
    _BODY,
    st.sampled_from(["其他依照法律法规和", "依照法律、法规和", "其他法律法规和"]),
    st.sampled_from(["应当主动公开的政府信息", "应当主动公开的其他政府信息", "应主动公开的政府信息"]),
)
def test_the_statutes_own_item_words_name_item_fifteen(body: str, head: str, tail: str) -> None:
    """The heading in (十五)'s words is (十五), decided; the 规定 inside it is no form word of (一)."""
    item = classify_content(f"{body}{head}国家有关规定{tail}").item
    assert (item.category, item.confidence) == ("A20.15", Confidence.CLEAR)
    assert "规定" not in item.matched


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["关于进一步规范", "某县", "某市"]), st.sampled_from(["办法", "暂行规定", "实施细则"]))
def test_a_rule_on_disclosure_is_still_item_one(body: str, form: str) -> None:
    """A rule whose name lacks the statute's item words keeps its form word: never the (十五) item-words rule."""
    item = classify_content(f"{body}政府信息主动公开管理{form}").item
    assert item.rule_id != "A20.15.item_words"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["镇区", "某局", "县人民政府办公室", "某街道办事处", ""]),
    st.sampled_from(["机构介绍", "单位介绍", "部门介绍", "机关介绍"]),
)
def test_an_organs_introduction_is_item_two(body: str, heading: str) -> None:
    """机构介绍 (and its kin) is the organ's profile: (二)."""
    item = classify_content(f"{body}{heading}").item
    assert item.category == "A20.02"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某镇污水管网提升", "某县农村公路改造", "某区老旧小区改造", "某乡饮水安全巩固提升"]),
    st.sampled_from(["工程项目", "工程", "项目"]),
    st.sampled_from(["批复及开工", "批复和开工", "审批及开工", "批复及施工", "核准及开工"]),
    st.sampled_from(["信息", "情况", "公示", ""]),
)
def test_a_projects_approval_and_start_of_works_is_item_ten(
    project: str, kind: str, joined: str, tail: str
) -> None:
    """A project's approval joined to its start of works is item (十), decided; never (五)."""
    item = classify_content(f"某区住房和城乡建设局{project}{kind}{joined}{tail}").item
    assert (item.category, item.confidence) == ("A20.10", Confidence.CLEAR)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["批复及开工", "审批和开工"]), st.sampled_from(["管理办法", "若干规定", "实施细则"]))
def test_a_rule_on_approvals_and_starts_is_not_the_project_record(joined: str, form: str) -> None:
    """A rule on project approvals (办法, 规定, 细则) is no project's record: the rule stays silent."""
    item = classify_content(f"某市政府投资工程项目{joined}{form}").item
    assert item.rule_id != "A20.10.approval_and_start"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["经在本局档案室和办公系统中逐一查找", "经检索本机关档案", "经查阅我局文书档案", "经查询"]
    ),
    st.sampled_from(["没有你所说的", "没有您所说的", "没有你所称的"]),
    st.sampled_from(["2019年砂场整治会议纪要", "村道硬化验收报告", "该项目的专家论证意见"]),
    st.sampled_from(["", "，本局也未曾制作", "，本机关从未收到"]),
)
def test_a_search_that_found_no_such_record_is_not_held(
    searched: str, none: str, record: str, end: str
) -> None:
    """查找…没有你所说的… is 第三十六条第（四）项: 本机关不掌握, decided."""
    result = classify_outcome(f"{searched}，{none}{record}{end}。")
    assert (result.category, result.confidence) == ("unavailable_not_held", Confidence.CLEAR)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["你所申请的", "您申请公开的", "你要求提供的"]),
    st.sampled_from(["砂场整治会议纪要", "2018年度考核方案", "该工程的验收报告"]),
    st.sampled_from(["本局未曾制作", "本机关未曾制作，也未曾获取", "我局未曾获取"]),
)
def test_a_record_never_made_is_not_held(asked: str, record: str, never: str) -> None:
    """未曾制作 / 未曾获取: the organ holds no such record — 本机关不掌握."""
    result = classify_outcome(f"{asked}{record}，{never}。")
    assert result.category == "unavailable_not_held"


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["全镇十年来各村低保户增减对比表", "各学校项目资金使用效益分析报告"]),
    st.sampled_from(["本机关未曾制作", "本局未曾制作"]),
    st.sampled_from(["需另行汇总分析方能形成", "要形成这份表需重新统计比对", "需要对现有资料加工"]),
)
def test_a_record_that_would_have_to_be_made_keeps_its_row(record: str, never: str, making: str) -> None:
    """未曾制作 beside a new making (第三十八条: 另行, 汇总, 重新统计, 加工) is no not-held reply."""
    result = classify_outcome(f"{record}{never}，{making}，故不予提供。")
    assert result.rule_id != "outcome.unavailable_not_held.never_made"
    assert result.category == "unavailable_needs_creation"
