"""Applicant classifier: the declared table of applicant rules, its rows, the generated docs table and the dump.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

import json
import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    ApplicantClassifier,
    ClassifyError,
    Confidence,
    classify_applicant,
    scheme_from_mapping,
)
from disclosure_rules._classify._applicant import _SHAPE_RULES, CODE_RULES, code_rule_mismatches
from disclosure_rules._labels import COLUMN_CODE_BY_APPLICANT_TYPE, ApplicantType
from tests.classify.samples import _LEX, SCHEME
from tests.scripts import load_script

if TYPE_CHECKING:
    from collections.abc import Callable


SOURCE = (resources.files("disclosure_rules._classify") / "_applicant.py").read_text(encoding="utf-8")


DOCS = Path(__file__).resolve().parents[2] / "docs" / "classifiers.md"


PHRASE_RULE_IDS = frozenset(
    rule.id for axis in SCHEME.axes for category in axis.categories for rule in category.rules
)


TABLE = {rule.id: rule for rule in SCHEME.code_rules}


# One line per row that reaches it (most from the labelled splits; 德惠经营处 and Green Earth Volunteers from the
# rounds that added their rules), with the declared type where the row is the declared one.
REACHED_BY: dict[str, tuple[str, str | None]] = {
    "applicant.declared": ("杜柏飞", "自然人"),
    "applicant.capacity.agent_for_principal": ("张瑞华（湖北朋来律师事务所律师，代理本所申请）", None),
    "applicant.capacity.own_name": ("河南修谨律师事务所律师范建锋以个人名义", None),
    "applicant.capacity.joint": ("张亦平等12户联名申请", None),
    "applicant.capacity.joint_organisations": (
        "云霄新华书店、鼎盛文具店等三家经营者联名（申请公开图书采购合同）",
        None,
    ),
    "applicant.capacity.stated_form": ("仁寿县怀仁街道云锦汇会所（个体工商户）", None),
    "applicant.capacity.relative": ("已故申请人陈某之子陈某某（继承人，继续申请其父的征收补偿档案）", None),
    "applicant.capacity.stamp": ("云南白药（申请书加盖云南白药集团股份有限公司公章）", None),
    "applicant.capacity.unsealed": (
        "张某（村民，以村民委员会名义递交申请但仅有本人签名，村委会未盖章）",
        None,
    ),
    "applicant.capacity.own_organisation_name": ("北京市致尚律师事务所（以本所名义申请）", None),
    "applicant.capacity.stated_kind": ("宁德时代（以公司名义申请，申请表加盖公章）", None),
    "applicant.capacity.trade_name": ("老王面馆（个体工商户，以字号名义申请）", None),
    "applicant.capacity.described": (
        "泉州体校（福建省泉州体育运动学校的简称，以学校名义申请公开修缮项目终止理由）",
        None,
    ),
    "applicant.capacity.regulated_role": ("德惠经营处（被处罚单位，申请处罚决定书）", None),
    "applicant.capacity.person_role": ("佐藤健一（投资人，委托北京某咨询公司职员代为邮寄申请）", None),
    "applicant.capacity.resident_own_matter": (
        "格桑卓玛（拉萨市城关区居民，申请公开本人低保审核结果）",
        None,
    ),
    "applicant.capacity.standing": ("沈某（北京大学法学院教授，以父亲身份申请）", None),
    "applicant.capacity.pointer_principal": ("李经理（代本公司申请公开用地出让公告）", None),
    "applicant.capacity.pointer_resolved": ("赵会计（代表本社申请，本社即某县某某农民专业合作社）", None),
    # Round 23: Maria López is read by its shape now (letters with diacritics); a four-word name is not.
    "applicant.capacity.nationality": ("Nguyễn Thị Ngọc Ánh（越南籍边民，申请公开边民互市点名单）", None),
    "applicant.commercial_enterprise.enterprise_unit": ("淮南矿业物资采供中心", None),
    # Round 29: a surname-shaped four-character name ending in an industry word is a business's 字号 + 行业.
    "applicant.commercial_enterprise.industry_ending": ("黄岩测绘", None),
    "applicant.commercial_enterprise.business_papers": ("客家酿（附营业执照）", None),
    "applicant.natural_person.long_given_name": (
        "丰收海星（施工船舶船东个人，以船名申请公开航行通告所附施工范围图）",
        None,
    ),
    "applicant.commercial_enterprise.branch": ("海底捞（南京新街口店）", None),
    "applicant.commercial_enterprise.latin_legal_form": ("LANXESS Deutschland GmbH", None),
    "applicant.natural_person.name_shape": ("程某某", None),
    "applicant.natural_person.bare_name": ("莽永桥", None),
    "applicant.natural_person.masked_name": ("京某", None),
    "applicant.natural_person.fully_masked": ("原告**（某某大学退学研究生）", None),
    "applicant.natural_person.placeholder": ("甲（纳税人）", None),
    "applicant.natural_person.latin_name": ("Zhang Wei", None),
    "applicant.natural_person.transliterated_name": (
        "约翰·史密斯（加拿大籍，在华工作，申请其工作许可审批材料）",
        None,
    ),
    "applicant.public_interest_organization.latin_name": ("Green Earth Volunteers", None),
    "applicant.public_interest_organization.latin_cause": ("Greenpeace East Asia", None),
}


def _raw_scheme() -> dict[str, Any]:
    text = (resources.files("disclosure_rules._classify") / "schemes" / "applicant.toml").read_text(
        encoding="utf-8"
    )
    return tomllib.loads(text)


_WORDS = st.sampled_from(
    sorted(
        {
            phrase
            for axis in SCHEME.axes
            for category in axis.categories
            for rule in category.rules
            for phrase in rule.phrases
        }
    )
)


_CAPACITY = st.sampled_from(
    sorted({word for key, words in _LEX.items() if key.startswith(("capacity_", "party_")) for word in words})
)


_PIECE = st.one_of(
    st.sampled_from(_LEX["surnames"]),
    _WORDS,
    _CAPACITY,
    st.sampled_from(
        [
            "某",
            "**",
            "·",
            "Zhang",
            "Wei",
            "Ltd",
            "Friends",
            "peace",
            "12",
            "等",
            "联名",
            "名义",
            "以",
            "受",
            "委托",
        ]
    ),
    st.text(alphabet="王李张某村委会公司店所人", min_size=1, max_size=3),
)


_NAMES = st.builds(
    lambda head, paren, comma: (
        "".join(head) + (f"（{''.join(paren)}）" if paren else "") + ("，" + comma if comma else "")
    ),
    st.lists(_PIECE, min_size=1, max_size=4),
    st.lists(_PIECE, max_size=4),
    st.one_of(st.just(""), _PIECE),
)


# Round 19 (formerly test_classify_issue14_round19.py; see ROUNDS.md).
def test_the_bundled_table_agrees_with_the_code() -> None:
    assert code_rule_mismatches(SCHEME) == []
    assert set(TABLE) == set(CODE_RULES)
    assert len(TABLE) == len(SCHEME.code_rules)  # no row twice
    assert not PHRASE_RULE_IDS & set(TABLE)


def test_every_rule_id_the_module_names_is_declared() -> None:
    """Every ``"applicant.…"`` id written in the classifier's code is a phrase rule or a row of the table."""
    written = set(re.findall(r'"(applicant(?:\.[a-z_]+)+)"', SOURCE))
    assert written, "the classifier names its rule ids"
    assert written <= PHRASE_RULE_IDS | set(TABLE)
    assert set(CODE_RULES) <= written


@pytest.mark.parametrize("rule_id", sorted(CODE_RULES))
def test_every_row_is_reached(rule_id: str) -> None:
    name, declared = REACHED_BY[rule_id]
    result = classify_applicant(name, declared)
    assert result.rule_id == rule_id
    row = TABLE[rule_id]
    if row.column != "read":
        assert result.category is not None
        assert COLUMN_CODE_BY_APPLICANT_TYPE[result.category] == row.column
    if row.weak:
        assert result.confidence is Confidence.AMBIGUOUS


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda rows: rows.pop(3), "missing"),
        (
            lambda rows: rows.append({"id": "applicant.capacity.invented", "column": "read", "basis": "x"}),
            "not applied",
        ),
        (lambda rows: rows[2].update(column="other_organization"), "column other_organization"),
        (lambda rows: rows[2].update(weak=True), "weak = true"),
    ],
)
def test_a_table_that_disagrees_with_the_code_is_refused(
    change: Callable[[list[dict[str, Any]]], object], words: str
) -> None:
    data = _raw_scheme()
    change(data["code_rules"])
    scheme = scheme_from_mapping(data, source="county")
    with pytest.raises(ClassifyError) as caught:
        ApplicantClassifier(scheme)
    assert caught.value.code == "classify.invalid_scheme"
    assert words in str(caught.value)
    assert "代码规则表" in caught.value.message_zh
    assert "applicant." in caught.value.message_zh  # the clerk's message names the rule's row
    assert words not in caught.value.message_zh  # and says what is wrong with it in Chinese


def test_a_column_the_axis_lacks_is_refused_at_parse() -> None:
    data = _raw_scheme()
    data["code_rules"][0]["column"] = "citizen"
    with pytest.raises(ClassifyError) as caught:
        scheme_from_mapping(data, source="county")
    assert caught.value.code == "classify.invalid_scheme"
    assert "citizen" in caught.value.message_zh


def test_a_scheme_without_the_table_still_loads() -> None:
    data = _raw_scheme()
    del data["code_rules"]
    classifier = ApplicantClassifier(scheme_from_mapping(data, source="county"))
    assert classifier.classify("莽永桥").rule_id == "applicant.natural_person.bare_name"


def test_the_docs_table_is_generated_from_the_scheme() -> None:
    evaluate = load_script("classify_evaluate")
    page = DOCS.read_text(encoding="utf-8")
    block = page.partition(evaluate.RULES_START)[2].partition(evaluate.RULES_END)[0]
    assert block == "\n" + evaluate.render_code_rules(), "run scripts/classify_evaluate.py --update-docs"


def test_every_applicant_rule_id_in_the_docs_is_declared() -> None:
    mentioned = set(
        re.findall(
            r"applicant\.(?:capacity|natural_person|commercial_enterprise|research_institution|"
            r"public_interest_organization|legal_service_organization|other_organization)"
            r"\.[a-z_]+",
            DOCS.read_text(encoding="utf-8"),
        )
    )
    assert mentioned
    assert mentioned <= PHRASE_RULE_IDS | set(TABLE)


@settings(max_examples=400, deadline=None)
@given(_NAMES)
def test_generated_names_name_only_declared_rules_and_keep_their_columns(name: str) -> None:
    result = classify_applicant(name)
    assert result.rule_id is None or result.rule_id in PHRASE_RULE_IDS | set(TABLE)
    row = TABLE.get(result.rule_id or "")
    if row is None:
        return
    if row.column != "read":
        assert result.category is not None
        assert COLUMN_CODE_BY_APPLICANT_TYPE[result.category] == row.column
        assert result.confidence is (Confidence.AMBIGUOUS if row.weak else Confidence.CLEAR)
    elif row.weak:
        assert result.confidence is Confidence.AMBIGUOUS


def test_the_dump_writes_every_answer_of_the_measured_splits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``classify_evaluate.py --dump DIR``: one JSON line per labelled line of the measured splits, input and result."""
    evaluate = load_script("classify_evaluate")
    monkeypatch.setattr(evaluate, "SPLITS", ("blind16",))
    evaluate.dump(tmp_path)
    for name, key in (("titles.jsonl", "title"), ("reasons.jsonl", "text"), ("applicants.jsonl", "name")):
        rows = [row for row in evaluate._load(name) if row.get("split") == "blind16"]
        lines = [json.loads(line) for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
        assert len(lines) == len(rows) > 0
        assert {line["split"] for line in lines} == {"blind16"}
        assert [line["in"] for line in lines] == [row[key] for row in rows]
    row = rows[0]
    result = classify_applicant(row["name"], row.get("declared_type"))
    assert lines[0]["out"] == json.loads(result.model_dump_json())


def test_every_shape_rule_reads_a_natural_person() -> None:
    """_joint_organisations leaves a shape's reading out by its 自然人 column alone, so every shape rule must give it."""
    assert _SHAPE_RULES
    assert {CODE_RULES[rule][0] for rule in _SHAPE_RULES} == {ApplicantType.NATURAL_PERSON}
