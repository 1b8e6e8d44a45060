"""Issue 14, round 29: confidence that follows the evidence, and blind27's misses by the row (development data).

Titles: a procurement notice (item 九) is decided only when it names a public buyer — an organ or its level, a public
institution, the government's own procurement words, a formal document (the axis's ``maker`` list); one that names
none (a company's short name, an object) stays first but ambiguous, code ``classify.maker_not_named``. Replies: a
register queried under its own registration rules (船舶登记簿 …依照船舶登记的有关规定…申请查询) is 第三十六条（七）;
a discipline commission's material denied the Regulations' reach, and the reach denied with 的 (调整的范围), is 其他.
Applicants: four characters with a surname first whose last two are an industry word (云杉测绘) are a business's
字号 + 行业, not a given name.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
    load_scheme,
)
from disclosure_rules._classify._results import MAKER_NOT_NAMED_CODE
from disclosure_rules._classify._scheme import Scheme
from disclosure_rules._labels import ApplicantType

# Han characters that name no organ, institution or region (a company's or an object's short name).
_PLAIN = st.text(alphabet="云杉星海丰禾金瑞华泰鑫源恒达精密离心机备件电器仪表", min_size=2, max_size=6)
_NOTICES = st.sampled_from(["竞争性谈判公告", "中标结果公示", "竞争性磋商公告", "招标公告", "成交公告"])


@settings(deadline=None)
@given(_PLAIN, st.sampled_from(["采购项目", "单价年标", "设备采购", "服务项目"]), _NOTICES)
def test_a_procurement_notice_naming_no_public_buyer_is_never_decided(
    maker: str, subject: str, notice: str
) -> None:
    """…离心机采购项目中标结果公示 with no organ, institution or region: item (九) first, ambiguous."""
    result = classify_content(f"{maker}{subject}{notice}")
    assert result.category == "A20.09"
    assert result.confidence is not Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["某县人民医院", "某市财政局", "某区第一中学", "某镇人民政府", "某县消防救援大队"]),
    _PLAIN,
    st.sampled_from(["采购项目", "设备采购"]),
    _NOTICES,
)
def test_a_procurement_notice_naming_a_public_buyer_keeps_its_decision(
    buyer: str, thing: str, subject: str, notice: str
) -> None:
    """The same notice with a public buyer named (医院, 局, 中学, 镇, 大队) is no maker_not_named decision."""
    result = classify_content(f"{buyer}{thing}{subject}{notice}")
    assert result.category == "A20.09"
    assert result.code != MAKER_NOT_NAMED_CODE


@settings(deadline=None)
@given(_PLAIN, st.sampled_from(["2024年部门预算", "突发事件应急预案", "行政处罚决定书"]))
def test_the_maker_check_is_only_for_the_listed_items(name: str, item: str) -> None:
    """Items that are not in ``maker_categories`` never carry the maker code, whatever the title names."""
    assert classify_content(f"{name}{item}").code != MAKER_NOT_NAMED_CODE


def test_maker_categories_must_name_the_axis_s_categories() -> None:
    """A scheme whose ``maker_categories`` names a code its axis lacks is refused when it is built."""
    data = load_scheme("art20_21_2019").model_dump()
    data["axes"][0]["maker_categories"] = ["A20.99"]
    with pytest.raises(ValidationError) as caught:
        Scheme.model_validate(data)
    assert "maker_categories" in str(caught.value)
    assert caught.value.errors()[0]["type"] == "scheme_maker_categories_unknown"


def test_maker_categories_without_maker_phrases_are_refused() -> None:
    """A maker check with no maker phrase would silently do nothing: the scheme is refused when it is built."""
    data = load_scheme("art20_21_2019").model_dump()
    data["axes"][0]["maker"] = []
    with pytest.raises(ValidationError) as caught:
        Scheme.model_validate(data)
    assert caught.value.errors()[0]["type"] == "scheme_maker_categories_without_maker"


@settings(deadline=None)
@given(
    st.sampled_from(["船舶登记簿记载事项", "渔业船舶登记簿", "不动产登记簿信息"]),
    st.sampled_from(["船舶登记的有关规定", "船舶登记相关规定", "渔业船舶登记的有关规定"]),
    st.sampled_from(["向船籍港海事机构申请查询", "到登记机关查阅", "向登记机构申请办理查询"]),
    st.sampled_from(["本局不再以政府信息公开的形式提供", "本机关不作为政府信息公开申请处理", ""]),
)
def test_a_register_queried_under_its_own_rules_is_an_administrative_inquiry(
    record: str, rules: str, where: str, close: str
) -> None:
    """…登记簿…请依照…登记的有关规定…申请查询: 第三十六条（七）, the administrative-enquiry row."""
    result = classify_outcome(f"你申请的{record}，请依照{rules}{where}。{close}")
    assert result.category == "withheld_administrative_inquiry"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["县纪委监委", "市纪检监察机关", "区监察委员会", "县纪律检查委员会"]),
    st.sampled_from(["审查调查材料", "谈话笔录", "处分决定底稿"]),
    st.sampled_from(
        [
            "不属于《中华人民共和国政府信息公开条例》调整的范围",
            "不适用《政府信息公开条例》",
            "不属于政府信息",
        ]
    ),
)
def test_a_discipline_commission_s_material_is_other(body: str, material: str, words: str) -> None:
    """…县纪委监委的审查调查材料，不属于《条例》调整的范围: 其他 (第二条)."""
    result = classify_outcome(f"你要求公开的是{body}的{material}，{words}，本机关未能按该条例作出处理。")
    assert result.category == "other_other"


@settings(deadline=None)
@given(st.sampled_from(["县纪委监委", "市监察委员会"]), st.sampled_from(["不掌握", "未制作、未获取"]))
def test_a_commission_named_beside_not_held_is_left_to_the_not_held_rows(body: str, words: str) -> None:
    """The commission named where the organ says it holds nothing: the discipline rule stays silent."""
    result = classify_outcome(f"你申请的{body}通报材料，本机关{words}，不属于本机关公开职责。")
    assert result.rule_id != "outcome.other_other.discipline_commission"


@settings(deadline=None)
@given(
    st.sampled_from(["《××县志》一套，该书为公开出版物", "确认复印件与原件一致，属于要求确认信息真伪"]),
    st.sampled_from(["不属于《条例》调整的范围", "不属于条例调整的范围"]),
)
def test_a_named_ground_outranks_the_reach_wording(request: str, words: str) -> None:
    """A publication or a request to confirm, said to be outside the Regulations' reach, keeps its own row."""
    result = classify_outcome(f"你要求我局提供{request}，{words}。")
    assert result.category in {"not_processed_publication", "not_processed_confirm_or_reissue"}


@settings(deadline=None)
@given(
    st.sampled_from(["云", "黄", "江", "林", "金"]),
    st.sampled_from(["杉", "岩", "海", "瑞", "泰"]),
    st.sampled_from(["测绘", "科技", "建设", "物流", "商贸", "勘察", "园林"]),
)
def test_a_surname_shaped_trade_name_is_a_business(surname: str, mark: str, industry: str) -> None:
    """云杉测绘: 字号 + 行业 in four characters is a business, not a surname and a three-character given name."""
    result = classify_applicant(f"{surname}{mark}{industry}")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(deadline=None)
@given(st.sampled_from(["张", "李", "王"]), st.sampled_from(["建设", "文化", "园林"]))
def test_a_three_character_person_name_ending_like_a_trade_stays_a_person(surname: str, given: str) -> None:
    """张建设, 李文化: three characters are a person's name; the industry endings are read only in four."""
    result = classify_applicant(f"{surname}{given}")
    assert result.category is ApplicantType.NATURAL_PERSON
