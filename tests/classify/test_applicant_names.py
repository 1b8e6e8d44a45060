"""Applicant classifier: personal names — masked, Latin and romanised names, surnames, nationality, persons beside
a kind.

The tests come from the issue-14 rounds; each block names the round (and its former file) that added it.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    Confidence,
    classify_applicant,
)
from disclosure_rules._labels import COLUMN_CODE_BY_APPLICANT_TYPE, ApplicantType
from tests.classify.samples import _LEX, NATURAL, SURNAMES, ByShape, shape_name

RARE_SURNAMES = ("竹", "枫", "蕉", "菊", "荷")


# Applicants (applicant 2021.20): the classes of blind15's misses still open (development data). Names are made up
# around the pattern of each.
_SURNAMES = st.sampled_from(_LEX["surnames"][:60])


_LETTERS = st.sampled_from("ABCDEFGHJKLMNPQRSTUVWYZ")


_CONTEXTS = st.sampled_from(
    ["", "（委托某律师事务所律师代为申请征收公告）", "（申请公开补偿方案）", "，申请公开土地征收公告"]
)


_LATIN = st.sampled_from(["Siemens Healthineers", "Maria Garcia", "John Smith", "Adam Baker"])


_STATED = st.sampled_from(["外国企业以英文名称申请公开", "境外公司申请公开", "外资企业以英文名称申请"])


# Round 2 (formerly test_classify_issue14_round2.py; see ROUNDS.md).
@settings(deadline=None)  # the first call builds the scheme's automaton
@given(st.sampled_from("莽郄禚"), st.text(alphabet="永桥明华伟芳军", min_size=1, max_size=2))
def test_a_bare_name_with_an_unlisted_surname_is_a_natural_person_on_weak_evidence(
    surname: str, given_name: str
) -> None:
    """Two or three Han characters without an organisation word have the shape of a personal name."""
    result = classify_applicant(f"{surname}{given_name}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.AMBIGUOUS
    assert result.code == "classify.weak_evidence"


# Round 6 (formerly test_classify_issue14_round6.py; see ROUNDS.md).
def test_the_rare_surnames_of_these_tests_are_not_in_the_lexicon() -> None:
    text = resources.files("disclosure_rules._classify").joinpath("schemes/applicant.toml").read_text("utf-8")
    surnames = set(tomllib.loads(text)["lexicons"]["surnames"])
    assert not surnames & set(RARE_SURNAMES)


@settings(deadline=None)
@given(st.sampled_from(RARE_SURNAMES), st.sampled_from(("**", "*", "某", "某某", "某甲")))
def test_a_masked_name_with_a_rare_surname_is_a_person(surname: str, mask: str) -> None:
    """Courts and sites mask the names of persons: a surname the lexicon lacks, then a mask, is 自然人."""
    result = classify_applicant(f"{surname}{mask}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(st.sampled_from(("某某之家", "某某所", "某某院")))
def test_a_mask_before_an_organisation_word_is_no_person(name: str) -> None:
    assert classify_applicant(name).rule_id != "applicant.natural_person.masked_name"


@settings(deadline=None)
@given(st.sampled_from(("甲", "乙", "丙")), st.sampled_from(("（纳税人）", "（申请人）", "")))
def test_a_party_placeholder_is_a_person_with_weak_evidence(placeholder: str, context: str) -> None:
    result = classify_applicant(f"{placeholder}{context}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.AMBIGUOUS


# Round 7 (formerly test_classify_issue14_round7.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(SURNAMES), st.sampled_from(("某", "某某", "**")), st.integers(min_value=1, max_value=12)
)
def test_a_masked_name_with_a_court_index_is_a_person(surname: str, mask: str, index: int) -> None:
    """Courts number parties whose masked names coincide (王某1, 王某2): the index is no part of the name."""
    result = classify_applicant(f"{surname}{mask}{index}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.CLEAR


@settings(deadline=None)
@given(
    st.sampled_from(("", "原告", "上诉人", "第三人")),
    st.sampled_from(("**", "***", "某某")),
    st.sampled_from(("", "（某某大学学生）", "（某公司职工）")),
)
def test_a_fully_masked_name_is_a_person_but_not_sure(role: str, mask: str, context: str) -> None:
    """A name masked completely is a person's (courts mask persons only), weak: the mask hides everything."""
    result = classify_applicant(f"{role}{mask}{context}")
    assert result.category is ApplicantType.NATURAL_PERSON
    assert result.confidence is Confidence.AMBIGUOUS


# Round 8 (formerly test_classify_issue14_round8.py; see ROUNDS.md).
def test_an_english_personal_name_stays_a_person() -> None:
    """Zhang Wei has no organisation word."""
    assert classify_applicant("Zhang Wei").category is ApplicantType.NATURAL_PERSON


# Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).


@settings(deadline=None)
@given(
    st.sampled_from(("Greenpeace", "WildAid", "EarthRights", "Ocean Rescue")),
    st.sampled_from(("East Asia", "China")),
)
def test_a_cause_inside_a_latin_name_is_a_weak_ngo_guess(name: str, region: str) -> None:
    result = classify_applicant(f"{name} {region}")
    assert result.category is ApplicantType.PUBLIC_INTEREST_ORGANIZATION
    assert result.confidence is Confidence.AMBIGUOUS


# Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("约翰·史密斯", "玛丽·居里", "阿不都·热合曼", "让·雅克·卢梭")),
    st.sampled_from(("", "（加拿大籍，在华工作）", "（美国籍）", "，外籍")),
)
def test_an_interpunct_name_is_a_person(name: str, context: str) -> None:
    """The interpunct separates the parts of a personal name; nationality does not change the column."""
    result = classify_applicant(f"{name}{context}")
    assert result.category is NATURAL
    assert result.confidence is Confidence.CLEAR


def test_a_nationality_does_not_override_an_organisations_name() -> None:
    """A company's name keeps its column whatever nationality its parenthesis names."""
    assert classify_applicant("某某有限公司（德国籍投资者）").category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
@settings(deadline=None)
@given(
    st.sampled_from(("龙腾", "金鼎", "华盛", "宏达")),
    st.sampled_from(("生产企业", "种植企业", "民间环保组织", "第三方检测机构")),
    st.sampled_from(("", "，申请本企业被投诉的信访处理意见")),
)
def test_an_organisations_kind_beside_a_surname_shape_decides(brand: str, kind: str, rest: str) -> None:
    plain = classify_applicant(brand)
    assert plain.category is ApplicantType.NATURAL_PERSON  # the shape alone reads a person
    result = classify_applicant(f"{brand}（保康县{kind}{rest}）")
    assert result.category not in (None, ApplicantType.NATURAL_PERSON)
    assert result.rule_id == "applicant.capacity.stated_form"


def test_a_family_forest_farm_is_a_business() -> None:
    assert classify_applicant("某县李家庭林场").category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 19 (formerly test_classify_issue14_round19.py; see ROUNDS.md).
@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["", "石长村村民", "某小区业主", "原告"]), _SURNAMES, _LETTERS, _CONTEXTS)
def test_a_name_masked_by_a_letter_is_a_person(before: str, surname: str, letter: str, context: str) -> None:
    """李B, 王A: a Latin letter after the surname stands for the rest of the name, as x and 某 do."""
    result = classify_applicant(f"{before}{surname}{letter}{context}")
    assert result.category is not None
    assert COLUMN_CODE_BY_APPLICANT_TYPE[result.category] == "natural_person"
    assert result.confidence is Confidence.CLEAR


# Round 20 (formerly test_classify_issue14_round20.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["Adama", "Syngenta Crop", "Bayer Crop", "Zhang Wei"]),
    st.sampled_from(["Solutions", "Technologies", "Industries", "Enterprises", "Pharmaceuticals"]),
)
def test_a_latin_name_with_a_companys_trade_word_is_no_person(head: str, trade: str) -> None:
    assert classify_applicant(f"{head} {trade}").category is ApplicantType.COMMERCIAL_ENTERPRISE


# Round 21 (formerly test_classify_issue14_round21.py; see ROUNDS.md).
@settings(max_examples=60, deadline=None)
@given(_LATIN, _STATED)
def test_a_latin_name_beside_a_stated_company_is_a_company(name: str, stated: str) -> None:
    """Siemens Healthineers（外国企业以英文名称申请…）: the context states the kind — never 自然人 by the name's shape."""
    result = classify_applicant(f"{name}（{stated}某县医院设备采购的评审结果）")
    assert result.category is ApplicantType.COMMERCIAL_ENTERPRISE


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["John Smith", "Maria Garcia"]), st.sampled_from(["美国籍", "某大学教师", "外国公司员工"])
)
def test_a_latin_name_beside_a_person_stays_a_person(name: str, beside: str) -> None:
    """The guard: a nationality or a job beside a romanised name keeps the person."""
    result = classify_applicant(f"{name}（{beside}，以个人名义申请）")
    assert result.category is ApplicantType.NATURAL_PERSON


NAME_SHAPES: Final = [
    # Round 4 (formerly test_classify_issue14_round4.py; see ROUNDS.md).
    ByShape(
        "a_latin_legal_form_is_a_company",
        "{name} {form}",
        {
            "name": ("Acme", "Nordwind Logistik", "Blue River Foods", "Kato Seiki"),
            "form": ("GmbH", "Ltd.", "Inc.", "Co., Ltd.", "Limited", "Corporation", "AG", "LLC", "Pte. Ltd."),
        },
        ApplicantType.COMMERCIAL_ENTERPRISE,
        why="An organisation's name ending in a Latin legal form is 商业企业 (what it is, not its nationality).",
    ),
    ByShape(
        "a_romanised_personal_name_is_not_a_company",
        "{name}",
        {"name": ("Zhang Wei", "Wang Sa", "Limited Chen", "Ouyang Xiao Ming", "Li Se")},
        ApplicantType.NATURAL_PERSON,
        why="A legal form counts only after the name's first word, and the pinyin syllables sa, se are no form.",
    ),
    # Round 5 (formerly test_classify_issue14_round5.py; see ROUNDS.md).
    ByShape(
        "a_person_who_runs_a_business_stays_a_person",
        "{person}（{label}）",
        {"person": ("张某", "李先生", "王某某"), "label": ("个体工商户", "个体户")},
        ApplicantType.NATURAL_PERSON,
        why="民法典 第五十四条: a 个体工商户 is a natural person in business; a personal name keeps its own reading.",
    ),
    # Round 9 (formerly test_classify_issue14_round9.py; see ROUNDS.md).
    ByShape(
        "a_person_who_works_in_a_shop_is_a_person",
        "{surname}某（{job}）",
        {"surname": SURNAMES, "job": ("星巴克人民广场店店员", "某某店店长")},
        ApplicantType.NATURAL_PERSON,
    ),
    ByShape(
        "a_latin_personal_name_with_a_cause_word_stays_a_person",
        "{given_name} {surname}",
        {"given_name": ("Jane", "Peter", "Mary"), "surname": ("Green", "Forest")},
        ApplicantType.NATURAL_PERSON,
    ),
    ByShape(
        "a_couple_or_a_family_is_natural_persons",
        "{surname}某{joined}",
        {"surname": SURNAMES, "joined": ("夫妇", "及其妻子王某", "及其父母")},
        ApplicantType.NATURAL_PERSON,
    ),
    # Round 11 (formerly test_classify_issue14_round11.py; see ROUNDS.md).
    ByShape(
        "a_stated_nationality_is_a_persons",
        "{name}（{nationality}，申请工作许可材料）",
        {"name": ("Greenwood", "某某", "绿色江河", "青山"), "nationality": ("加拿大籍", "日本国籍", "外籍")},
        NATURAL,
        why="A name nothing else decides, with a nationality beside it: 自然人 (an organisation has no 籍).",
    ),
    # Round 13 (formerly test_classify_issue14_round13.py; see ROUNDS.md).
    ByShape(
        "a_masked_personal_name_keeps_its_reading_beside_a_kind",
        "{name}（{kind}）",
        {"name": ("王某", "张某某", "李**"), "kind": ("生产企业", "个体工商户")},
        ApplicantType.NATURAL_PERSON,
    ),
    # Round 17 (formerly test_classify_issue14_round17.py; see ROUNDS.md).
    ByShape(
        "a_person_masked_behind_a_title_is_a_natural_person",
        "{place}某{title}{context}",
        {
            "place": ("慈溪市", "某县", ""),
            "title": ("村民", "居民", "业主"),
            "context": ("（委托代理人李某，申请公开赖王村用地批准决定）", "（委托代理人张某）", ""),
        },
        ApplicantType.NATURAL_PERSON,
        why="某村民 is a person: the 村 inside 村民 (and a village named in the request) is no organisation.",
    ),
]


@pytest.mark.parametrize("shape", NAME_SHAPES, ids=shape_name)
def test_each_name_shape_is_counted_in_its_column(shape: ByShape) -> None:
    """Each row's applicants, whatever words fill the template, are counted in the row's column."""
    shape.check()
