"""Issue 14, eighteenth round: confident wrong answers whose item words stand at the title's head.

Scheme 2019.20. An order (禁火令, 禁令: 命令（令）), a 通告 or a 决定 that a people's government or its office issues in
its own name binds everyone in its area: the form of a normative document of item (一). The field it regulates
(森林防火 of item (十二)) is its subject, so the answer is never confident: the field's item stays first with (一) the
runner-up (``A20.01.government_order``, a hint at 25, never moves an answer). A headline adjective before a plan
(…最新发展规划) is a news line (``news.headline.latest``), and a 询比 (a state-owned enterprise's purchasing method, not
one of 政府采购法's) is never a decided procurement.

The titles are made up from the scheme's own words; none is a line of a labelled set.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, ContentClassifier, classify_content
from disclosure_rules._classify._scheme import load_scheme, scheme_from_mapping

GOVERNMENTS = (
    "某县人民政府",
    "某市人民政府",
    "某镇人民政府",
    "某县人民政府办公室",
    "某市人民政府办公厅",
    "某区政府",
)
FIELDS = ("森林防火", "防汛", "地质灾害防治", "疫情防控", "抗旱")
ORDERS = ("禁火令", "禁令", "封山令", "防火令", "禁止令")
ORDER_RULE = "A20.01.government_order"


def _without_order_rule() -> ContentClassifier:
    """The bundled scheme with round 18's order rule taken out (the reference the hint must not move)."""
    data: dict[str, Any] = load_scheme("art20_21_2019").model_dump(mode="json", exclude_none=True)
    for axis in data["axes"]:
        for category in axis["categories"]:
            category["rules"] = [rule for rule in category["rules"] if rule["id"] != ORDER_RULE]
    return ContentClassifier(scheme_from_mapping(data))


WITHOUT = _without_order_rule()
WITH = ContentClassifier()


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


@settings(deadline=None, max_examples=60)
@given(
    st.sampled_from((*GOVERNMENTS, "某县应急管理局", "某公司", "")),
    st.sampled_from((*FIELDS, "征收土地", "房屋征收", "行政许可事项", "政府采购", "部门预算")),
    st.sampled_from((*ORDERS, "的通告", "的决定", "通告", "公告", "的通知", "")),
    st.sampled_from(("", "关于")),
)
def test_the_order_hint_never_moves_an_answer_it_does_not_make(
    government: str, field: str, form: str, about: str
) -> None:
    """Where another item wins, the hint changes at most the confidence, never the category (a hint at 25)."""
    title = f"{government}{about}{field}{form}"
    before, after = WITHOUT.classify(title), WITH.classify(title)
    if after.rule_id != ORDER_RULE:
        assert after.category == before.category
        assert after.rule_id == before.rule_id
    else:
        # The hint wins only over words weaker than itself, which decided nothing before either.
        assert before.confidence is not Confidence.CLEAR
        assert after.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(GOVERNMENTS),
    st.sampled_from(FIELDS),
    st.sampled_from(("关于印发{}应急预案的通知", "关于印发《{}应急预案》的通知")),
)
def test_a_government_issuing_a_named_plan_keeps_its_decision(
    government: str, field: str, frame: str
) -> None:
    """关于印发…应急预案的通知 is no order: the named plan decides as before."""
    title = f"{government}{frame.format(field)}"
    assert WITH.classify(title) == WITHOUT.classify(title)


@settings(deadline=None)
@given(
    st.sampled_from(("某县交通运输局", "某市", "某区自然资源局", "")),
    st.sampled_from(("发展规划", "国土空间总体规划", "城市总体规划", "十四五规划")),
)
def test_the_latest_plan_is_a_headline(publisher: str, plan: str) -> None:
    """…最新发展规划: news, no item (an organ titles its plan by its name and period)."""
    result = classify_content(f"{publisher}最新{plan}")
    assert result.category is None
    assert result.rule_id == "news.headline.latest"


@settings(deadline=None)
@given(
    st.sampled_from(("某县", "某市", "")),
    st.sampled_from(("重点项目清单", "政府采购目录", "行政事业性收费目录清单")),
    st.sampled_from(("（最新）.xlsx", "（最新）", "最新目录")),
)
def test_a_catalogue_marking_its_newest_version_is_not_news(place: str, record: str, mark: str) -> None:
    """A record noun or a file name beside 最新 keeps the line's reading (the news rule does not fire)."""
    assert classify_content(f"{place}{record}{mark}").rule_id != "news.headline.latest"


@settings(deadline=None)
@given(
    st.sampled_from(("某市某路改造工程", "某县某桥新建工程（某国道连接线）", "某项目")),
    st.sampled_from(("-材料采购询比公告", "材料采购询比结果公示", "询比采购公告")),
)
def test_a_price_comparison_purchase_is_never_decided(project: str, notice: str) -> None:
    """询比 is no method of 政府采购法: the procurement item first, never decided."""
    result = classify_content(f"{project}{notice}")
    assert result.confidence is not Confidence.CLEAR
