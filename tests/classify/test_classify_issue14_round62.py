"""Issue 14, round 62: blind 58's misses as classes.

A reply whose parts end differently — one handed over by the act done to it (一并寄出, 当面交付, 拿去复印), another withheld
(未予提供, 不予公开) or not held (查无此件, 手上没有, 不是文件), in separate clauses — counts only as 部分公开; the scheme engine
says "all of these conditions" with ``requires_all`` groups, and refuses a group that can never be met. A person acting by
"本院" (受本院委托, 以本院名义) applies for the employer named beside the name. A product-quality spot check's implementing
rules (监督抽查实施细则) are item (十三) first, (一) the runner-up, never clear. The property tests fail on round 61's code
and schemes; the guards hold on both.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import ApplicantType
from disclosure_rules._classify import (
    ClassifyError,
    Confidence,
    classify_applicant,
    classify_content,
    classify_outcome,
    scheme_from_mapping,
)
from disclosure_rules._classify._normalize import normalize_text
from disclosure_rules._classify._scheme import compile_scheme

_GIVEN = [
    "其余事项均已整理成册，随本书一并寄出",
    "《排涝站运行管理制度》当面交付",
    "中标通知书在这里，拿去复印",
    "会议纪要复印件已寄出",
]
_WITHHELD = [
    "值班日志经保密审查定为涉密，未予提供",
    "谈话笔录系内部讨论记录，不予公开",
    "2019年的测绘成果本局档案中查无此件",
    "监理日志是施工方自己保管的，我们手上没有",
    "镇长批示只是开会时的口头意见，不是文件",
]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_GIVEN), st.sampled_from(_WITHHELD), st.booleans())
def test_a_given_part_beside_a_withheld_or_absent_part_is_partial(
    given_part: str, withheld: str, first: bool
) -> None:
    """A part handed over and a part withheld or not held, in separate clauses: 部分公开 whatever the ground."""
    parts = [given_part, withheld]
    text = "申请人索取的材料：" + "；".join(parts if first else parts[::-1]) + "。"
    found = classify_outcome(text)
    assert found.category == "partially_granted", (text, found.rule_id)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_GIVEN))
def test_a_given_part_alone_is_no_partial_grant(given_part: str) -> None:
    """Guard: a part handed over with nothing withheld or lacking is never 部分公开."""
    text = f"申请人索取的材料：{given_part}。"
    assert classify_outcome(text).category != "partially_granted", text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["县自然资源局", "镇人民政府", "市住建局"]))
def test_a_referral_pointer_is_no_given_part(holder: str) -> None:
    """Guard: a referral (请向…申请) beside a part withheld gives nothing: never 部分公开."""
    text = f"该规划图由{holder}制作，请向{holder}申请；会议记录属于内部讨论记录，不予公开。"
    assert classify_outcome(text).category != "partially_granted", text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["处罚决定书已在本局网站公示", "行政处罚决定书已在本局网站公开"]))
def test_a_case_file_beside_its_published_decision_keeps_the_ground(pointer: str) -> None:
    """Guard (round 61's convention): a case file withheld beside its published decision keeps 行政执法案卷."""
    text = f"你申请的询问笔录、现场检查笔录属于行政执法案卷信息，依据条例第十六条第二款，本局不予公开；{pointer}。"
    assert classify_outcome(text).category == "withheld_enforcement_case_file"


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["个人隐私", "商业秘密", "过程性信息"]), st.sampled_from(["予以公开", "予以提供"]))
def test_all_but_a_withheld_part_given_stays_partial(ground: str, grant: str) -> None:
    """Guard: 除…外，其余…予以公开 stays 部分公开."""
    text = f"除第3项涉及{ground}的内容不予公开外，其余事项{grant}。"
    assert classify_outcome(text).category == "partially_granted", text


def _scheme(rule: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": "county_local",
        "version": "2026.1",
        "kind": "content",
        "title": "某县自定义分类",
        "source": "test",
        "axes": [
            {
                "name": "item",
                "title": "本县栏目",
                "categories": [{"code": "split", "label": "区分处理", "rules": [rule]}],
            }
        ],
    }


_WORDS = st.sampled_from(["甲乙", "丙丁", "戊己", "庚辛"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.booleans(), min_size=2, max_size=2))
def test_requires_all_needs_one_word_of_every_group(present: list[bool]) -> None:
    """A rule with requires_all fires only when each group has a word in the text (an AND of any-of groups)."""
    rule = {"id": "split.rule", "phrases": ["给了"], "requires_all": [["没有", "不给"], [";"]]}
    compiled = compile_scheme(scheme_from_mapping(_scheme(rule)))
    text = "这份给了" + ("那份没有" if present[0] else "那份也有") + (";" if present[1] else ",") + "完"
    fired = "split.rule" in compiled.fired_rules(normalize_text(text))
    assert fired == all(present), text


@settings(max_examples=20, deadline=None)
@given(_WORDS)
def test_requires_all_expands_word_classes(word: str) -> None:
    """A requires_all group may name a word class (@name), expanded as phrases and requires are."""
    data = _scheme({"id": "split.rule", "phrases": ["给了"], "requires_all": [["@absent"]]})
    data["word_classes"] = {"absent": [word]}
    compiled = compile_scheme(scheme_from_mapping(data))
    assert compiled.fired_rules(normalize_text(f"给了{word}")) == ("split.rule",)
    assert compiled.fired_rules(normalize_text("给了")) == ()


@settings(max_examples=20, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=3, unique=True))
def test_a_requires_all_group_blocked_by_unless_is_refused(words: list[str]) -> None:
    """Scheme lint: a requires_all group whose every word is also in the rule's unless can never be met."""
    rule = {"id": "split.rule", "phrases": ["给了"], "requires_all": [words], "unless": words}
    with pytest.raises(ClassifyError) as caught:
        scheme_from_mapping(json.loads(json.dumps(_scheme(rule))), source="county.json")
    assert "requires_all" in caught.value.message
    assert "永远不会命中" in caught.value.message_zh


def test_an_empty_requires_all_group_is_refused() -> None:
    """Scheme lint: an empty requires_all group can never be met."""
    with pytest.raises(ClassifyError) as caught:
        scheme_from_mapping(_scheme({"id": "split.rule", "phrases": ["给了"], "requires_all": [[]]}))
    assert "没有任何词" in caught.value.message_zh
    assert "split.rule" in caught.value.message_zh  # the refusal names the rule to mend


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(
        [
            ("某省社会科学院研究员", "本院", ApplicantType.RESEARCH_INSTITUTION),
            ("某律师事务所律师", "本所", ApplicantType.LEGAL_SERVICE_ORGANIZATION),
            ("某科技有限公司职员", "本公司", ApplicantType.COMMERCIAL_ENTERPRISE),
        ]
    ),
    st.sampled_from(["受{p}委托申请", "受{p}委托、以{p}名义申请公开统计资料", "以{p}名义申请"]),
    st.sampled_from(["陈某", "王某某"]),
)
def test_a_pointer_to_the_employer_is_the_employer_named_beside(
    employer: tuple[str, str, ApplicantType], capacity: str, person: str
) -> None:
    """受本院委托 / 以本院名义 beside the person's employer: the employer's column, not 自然人."""
    job, pointer, kind = employer
    text = f"{person}（{job}，{capacity.format(p=pointer)}）"
    assert classify_applicant(text).category == kind, text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["某省社会科学院研究员", "某律师事务所律师"]), st.sampled_from(["陈某", "王某某"]))
def test_a_person_applying_for_himself_stays_a_person(job: str, person: str) -> None:
    """Guard: a person applying in his own name keeps 自然人 whatever employer he names."""
    text = f"{person}（{job}，以个人名义申请）"
    assert classify_applicant(text).category == ApplicantType.NATURAL_PERSON, text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["2024年度儿童学生用品等100批次工业产品", "流通领域中小学生校服产品", "2021年塑料及纸制品等16种产品"]
    ),
    st.sampled_from(["质量监督抽查实施细则", "质量监督抽检实施细则"]),
    st.sampled_from(["关于发布{x}的公告", "{x}公布", "关于{x}公示"]),
)
def test_a_spot_checks_implementing_rules_are_item_13_first_never_clear(
    goods: str, rules: str, shape: str
) -> None:
    """监督抽查实施细则: the spot check (十三) first, the form (一) the runner-up, never clear."""
    title = "平潭综合实验区市场监督管理局" + shape.format(x=goods + rules)
    found = classify_content(title)
    assert found.item.category == "A20.13", title
    assert found.item.confidence != Confidence.CLEAR, title


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        ["科学技术奖励办法实施细则", "海绵城市规划建设管理实施细则", "科技特派员工作补助资金管理实施细则"]
    )
)
def test_implementing_rules_without_a_spot_check_stay_item_1(rules: str) -> None:
    """Guard: 实施细则 of any other subject stays (一)."""
    title = f"关于印发《某市{rules}》的通知"
    assert classify_content(title).item.category == "A20.01", title
