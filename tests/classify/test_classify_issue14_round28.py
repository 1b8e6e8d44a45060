"""Issue 14, round 28: reply wordings of table 三's rows blind26 missed (development data since its measurement).

Replies: a named law's article imposing secrecy (《X法》第N条…予以保密) is 第十四条 even when its text names 商业秘密 or
个人信息, while a reply that states the third party's interest (第十五条, 征求意见, 损害第三方合法权益) stays 第十五条;
"neither made nor obtained" (未制作、也未获取) is 第三十六条（四） though the document's name holds 汇总; a plan to be
looked up in a website column (可在…网“…”专栏自行查询) is 第三十六条（一）; a reason asked for and found unrelated
(说明理由…缺乏关联) is 第三十五条; material outside the Regulations (不在《条例》调整范围) is 其他. Applicants: an
unregistered civic group stated as 民间环保团体 is 社会公益组织.

Each property varies the words around the phrase that decides; the round's lines themselves are not the cases.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import disclosure_rules
from disclosure_rules._classify import Confidence, classify_applicant, classify_outcome
from disclosure_rules._labels import ApplicantType


@settings(deadline=None)
@given(
    st.sampled_from(
        [
            "《中华人民共和国反电信网络诈骗法》第五条",
            "《中华人民共和国某某法》第十二条",
            "《某某管理法》第八条",
        ]
    ),
    st.sampled_from(["商业秘密和个人信息", "国家秘密、商业秘密和个人信息", "个人信息"]),
    st.sampled_from(["予以保密", "负有保密义务"]),
    st.sampled_from(["本局不予提供", "本机关不予公开"]),
)
def test_a_named_law_s_secrecy_article_is_prohibited_by_law(
    law: str, secrets: str, duty: str, refusal: str
) -> None:
    """《X法》第N条要求对…商业秘密和个人信息予以保密: 第十四条, not the third-party row."""
    result = classify_outcome(
        f"你要求提供的名单。{law}要求有关部门对工作中知悉的{secrets}{duty}，{refusal}。"
    )
    assert result.category == "withheld_prohibited_by_law"
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(["《中华人民共和国某某法》第五条", "《某某管理法》第八条"]),
    st.sampled_from(
        ["依据《条例》第十五条", "经征求意见第三方不同意公开，", "公开后可能损害第三方合法权益，"]
    ),
)
def test_the_third_party_s_interest_as_ground_keeps_the_secrecy_rule_silent(law: str, ground: str) -> None:
    """A reply that states the third party's interest is not read by the secrecy-article rule."""
    result = classify_outcome(f"{law}要求对商业秘密予以保密，{ground}本机关不予公开。")
    assert result.rule_id != "outcome.withheld_prohibited_by_law.named_article_secrecy"


@settings(deadline=None)
@given(
    st.sampled_from(["本街道办事处", "本局", "本机关"]),
    st.sampled_from(["居民意见征询汇总表", "补贴发放统计汇总表", "项目汇总清单"]),
    st.sampled_from(["未制作、也未获取过", "既未制作也未获取", "未制作，也未获取"]),
)
def test_neither_made_nor_obtained_is_not_held_despite_a_summary_name(
    organ: str, name: str, words: str
) -> None:
    """…未制作、也未获取过你所称的…汇总表: 第三十六条（四）, not 第三十八条."""
    result = classify_outcome(f"经查，{organ}{words}你所称的2019年{name}，你申请的信息不存在。")
    assert result.category == "unavailable_not_held"


@settings(deadline=None)
@given(
    st.sampled_from(["土地利用总体规划", "城市总体规划", "年度财政预算"]),
    st.sampled_from(["县自然资源局公众信息网", "市政府门户网站", "区人民政府网"]),
    st.sampled_from(["规划计划", "财政资金", "政策文件"]),
    st.sampled_from(["专栏自行查询", "栏目自行查询", "专栏中查阅"]),
)
def test_a_website_column_to_look_it_up_is_granted(plan: str, site: str, column: str, verb: str) -> None:
    """可在…网“…”专栏自行查询: already published with the way to get it, the granted row."""
    result = classify_outcome(f"你们申请的{plan}，可在{site}“{column}”{verb}。")
    assert result.category == "granted"


@settings(deadline=None)
@given(
    st.integers(min_value=20, max_value=999),
    st.sampled_from(["缺乏关联", "没有关联", "不具有关联"]),
    st.sampled_from(["不予处理", "不作处理"]),
)
def test_an_unrelated_reason_after_asking_is_excessive(count: int, words: str, refusal: str) -> None:
    """经书面要求说明理由，你所述理由与所申请的信息缺乏关联: 第三十五条."""
    result = classify_outcome(
        f"你于一个月内提出政府信息公开申请{count}件，经书面要求说明理由，"
        f"你所述理由与所申请的信息{words}，本机关对上述申请{refusal}。"
    )
    assert result.category == "not_processed_excessive"


@settings(deadline=None)
@given(
    st.sampled_from(["巡察反馈意见", "党委会议纪要", "党内监督材料"]),
    st.sampled_from(
        ["不在《中华人民共和国政府信息公开条例》调整范围内", "不属于《条例》调整范围", "不在条例调整范围内"]
    ),
)
def test_material_outside_the_regulations_is_other(material: str, words: str) -> None:
    """…是党内监督工作中的材料，不在《条例》调整范围内: 其他."""
    result = classify_outcome(f"你申请的{material}由县委形成，{words}，本机关不按政府信息公开申请办理。")
    assert result.category == "other_other"


@settings(deadline=None)
@given(
    st.sampled_from(["守望黄河", "绿色江城", "清水行动"]),
    st.sampled_from(["民间环保团体", "环保团体", "民间团体", "公益团体"]),
    st.sampled_from(["，以团体名义申请公开排污口监测报告", ""]),
)
def test_a_civic_group_stated_beside_a_name_is_public_interest(name: str, kind: str, rest: str) -> None:
    """守望黄河（兰州的民间环保团体，以团体名义申请…）: 社会公益组织."""
    result = classify_applicant(f"{name}（兰州的{kind}{rest}）")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION


def test_no_scheme_phrase_is_digits_only() -> None:
    """The phrase scan matches inside a longer run of digits, so a phrase of digits alone (12345) is never a rule's word."""
    schemes = Path(disclosure_rules.__file__).parent / "_classify" / "schemes"
    digit_phrases = [
        (scheme.name, phrase)
        for scheme in sorted(schemes.glob("*.toml"))
        for phrase in _strings(tomllib.loads(scheme.read_text(encoding="utf-8")))
        if phrase.strip("0123456789０１２３４５６７８９") == "" and phrase
    ]
    assert digit_phrases == []


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


@settings(deadline=None)
@given(
    st.sampled_from(["0000-", "0571-8", "1380", "(010)"]),
    st.text(alphabet="0123456789", min_size=1, max_size=3),
    st.sampled_from(["该信息由县水利局负责", "请向县自然资源局申请", "本机关未制作也未保存该信息"]),
)
def test_a_telephone_number_holding_12345_is_no_hotline(prefix: str, tail: str, reply: str) -> None:
    """A reply giving a telephone number whose digits hold 12345 is not read as a petition (信访举报投诉类)."""
    result = classify_outcome(f"你申请的信息不属于本机关职责，{reply}，联系电话{prefix}12345{tail}。")
    assert result.category != "not_processed_petition"


@settings(deadline=None)
@given(
    st.sampled_from(["已通过12345热线答复", "请通过12345热线反映", "已转12345热线处理", "请拨打12345反映"])
)
def test_the_hotline_named_with_its_word_is_still_a_petition(wording: str) -> None:
    """12345热线 / 通过12345 / 拨打12345: the hotline named with its word keeps the petition row."""
    result = classify_outcome(f"你反映的小区噪音问题属于投诉事项，{wording}，不作为政府信息公开申请处理。")
    assert result.category == "not_processed_petition"
