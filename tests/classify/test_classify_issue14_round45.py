"""Issue 14, round 45: blind42's misses as classes, by classifier (development data).

Titles: a body's rules or notices about its own open-government-information work (its 政府信息发布协调制度, a notice
on compiling its OGI guide and catalogue) are one class with rounds 39 and 41's (年度报告制度, 配套制度): item (一)
first at most, never clear (一) nor clear (十五); a guide, catalogue or report itself keeps (十五) clear. Replies: a
part withheld beside a part pointed to where it is published (已在…栏目发布，可自行查阅) is the data README's divided
answer: 部分公开.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import Confidence, classify_content, classify_outcome

_BODY = st.sampled_from(
    ["某市水利局", "某县人民政府办公室", "某区自然资源局", "某省人民政府办公厅", "某镇人民政府"]
)
_OGI_WORK = st.sampled_from(
    ["政府信息发布", "政务信息发布", "政府信息公开", "政务公开", "政府信息公开年度报告", "政府信息公开指南"]
)
_FORM = st.sampled_from(["协调制度", "工作制度", "管理办法", "工作规定", "实施细则", "暂行规定"])
_YEAR = st.sampled_from(["", "(2024)", "(试行)", "(2023年修订)"])


@settings(max_examples=60, deadline=None)
@given(_BODY, _OGI_WORK, _FORM, _YEAR)
def test_a_bodys_rules_about_its_own_ogi_work_are_never_clear(
    body: str, work: str, form: str, year: str
) -> None:
    """OGI-work words + a form word: (一) first, never decided (blind42's 政府信息发布协调制度 and its kin)."""
    item = classify_content(f"{body}{work}{form}{year}").item
    assert item.category == "A20.01"
    assert item.confidence is Confidence.AMBIGUOUS
    assert item.rule_id == "A20.01.rules_about_ogi"


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["某省人民政府办公厅", "某市人民政府办公室", "某县政务公开领导小组办公室"]),
    st.sampled_from(
        [
            "政府信息公开指南和政府信息公开目录",
            "政府信息公开指南",
            "政府信息公开目录",
            "政府信息公开工作年度报告",
        ]
    ),
)
def test_a_notice_on_compiling_the_guide_or_catalogue_is_never_clear(body: str, document: str) -> None:
    """关于编制…指南/目录的通知: work on OGI, not the guide itself: (一) first, never a clear (十五)."""
    item = classify_content(f"{body}关于编制{document}的通知").item
    assert item.category == "A20.01"
    assert item.confidence is Confidence.AMBIGUOUS
    assert item.runner_up is not None
    assert item.runner_up.category == "A20.15"


@settings(max_examples=40, deadline=None)
@given(
    _BODY,
    st.sampled_from(["政府信息公开指南", "政府信息公开工作年度报告", "2024年政府信息公开工作年度报告"]),
    _YEAR,
)
def test_the_guide_or_report_itself_keeps_a_clear_fifteen(body: str, document: str, year: str) -> None:
    """No form word and no 编制: the guide or report itself is item (十五), decided."""
    item = classify_content(f"{body}{document}{year}").item
    assert (item.category, item.confidence) == ("A20.15", Confidence.CLEAR)


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["某县人民政府信息公开目录编制说明", "某市政府信息公开目录编制说明(2016年)"]))
def test_a_note_on_how_the_catalogue_was_compiled_is_not_the_rule(title: str) -> None:
    """编制说明 describes the catalogue (its own material): the family stays silent, (十五) first."""
    item = classify_content(title).item
    assert item.rule_id != "A20.01.rules_about_ogi"
    assert item.category == "A20.15"


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["2023年国家统计局主要统计信息发布日程表", "某市统计信息发布制度说明"]))
def test_a_fields_release_of_data_is_not_ogi_work(title: str) -> None:
    """信息发布 alone (统计信息发布) is a field's release of its data, not the body's OGI work."""
    assert classify_content(title).item.rule_id != "A20.01.rules_about_ogi"


_WITHHELD = st.sampled_from(
    [
        "属于税务机关依法应当为纳税人保密的内容，我局不予公开",
        "涉及第三方商业秘密，本机关不予公开",
        "属于内部事务信息，不予公开",
    ]
)
_POINTED = st.sampled_from(
    [
        "欠税公告已在本局网站“欠税公告”栏目发布，可自行查阅",
        "处罚决定已在本局网站“行政处罚”栏目发布",
        "其中的公告已在门户网站公开，可自行查阅",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["经核，你要求提供的", "您申请的", "申请人所要的"]), _WITHHELD, _POINTED)
def test_a_part_withheld_beside_a_published_part_pointed_to_is_partial(
    lead: str, withheld: str, pointed: str
) -> None:
    """Gives a part (by pointing to where it is published) and withholds the rest: 部分公开 (the data README)."""
    result = classify_outcome(f"{lead}涉税信息{withheld}；{pointed}。")
    assert (result.category, result.confidence) == ("partially_granted", Confidence.CLEAR)


@settings(max_examples=20, deadline=None)
@given(_POINTED)
def test_a_published_part_pointed_to_alone_is_granted(pointed: str) -> None:
    """Nothing withheld: the pointer alone stays 予以公开 (第三十六条第（一）项)."""
    assert classify_outcome(f"你申请的信息{pointed}。").category == "granted"
