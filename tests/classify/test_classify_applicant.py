"""Applicant classifier: the six applicant columns of table 三."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import ClassifyError, Confidence, classify_applicant, declared_applicant_type
from disclosure_rules._labels import ApplicantType

SMOKE = [
    ("张伟", ApplicantType.NATURAL_PERSON),
    ("王**", ApplicantType.NATURAL_PERSON),
    ("李某某", ApplicantType.NATURAL_PERSON),
    ("司马先生", ApplicantType.NATURAL_PERSON),
    ("某某科技有限公司", ApplicantType.COMMERCIAL_ENTERPRISE),
    ("某某律师事务所", ApplicantType.LEGAL_SERVICE_ORGANIZATION),
    ("某某大学法学院", ApplicantType.RESEARCH_INSTITUTION),
    ("某某研究院", ApplicantType.RESEARCH_INSTITUTION),
    ("某某环境保护基金会", ApplicantType.PUBLIC_INTEREST_ORGANIZATION),
    ("某某市消费者协会", ApplicantType.PUBLIC_INTEREST_ORGANIZATION),
    ("某某村民委员会", ApplicantType.OTHER),
    ("某某设计研究院有限公司", ApplicantType.COMMERCIAL_ENTERPRISE),
]


class TestGuesses:
    @pytest.mark.parametrize(("name", "expected"), SMOKE)
    def test_smoke_names(self, name: str, expected: ApplicantType) -> None:
        result = classify_applicant(name)
        assert result.category is expected, result
        assert result.declared is False
        assert result.rule_id is not None
        assert result.matched

    def test_a_guess_says_what_it_was_based_on(self) -> None:
        result = classify_applicant("某某有限公司")
        assert result.rule_id == "applicant.commercial_enterprise.legal_form"
        assert result.matched == ("有限公司",)
        person = classify_applicant("欧阳明")
        assert person.rule_id == "applicant.natural_person.name_shape"
        assert person.matched == ("欧阳",)

    @pytest.mark.parametrize("name", ["", "12345", "某某某某某某某某", "Acme"])
    def test_unrecognisable_names_are_not_forced(self, name: str) -> None:
        result = classify_applicant(name)
        assert result.category is None
        assert result.confidence is Confidence.NONE


class TestDeclared:
    @settings(max_examples=200)
    @given(st.text(max_size=20), st.sampled_from(list(ApplicantType)), st.booleans())
    def test_declared_type_always_wins(self, name: str, declared: ApplicantType, as_text: bool) -> None:
        """A declared type wins over a guess (issue 5 §3)."""
        result = classify_applicant(name, declared.value if as_text else declared)
        assert result.category is declared
        assert result.declared is True
        assert result.rule_id == "applicant.declared"
        assert result.confidence is Confidence.CLEAR

    @pytest.mark.parametrize(
        ("spelling", "expected"),
        [
            ("natural_person", ApplicantType.NATURAL_PERSON),
            ("公民", ApplicantType.NATURAL_PERSON),
            ("legal_service_organization", ApplicantType.LEGAL_SERVICE_ORGANIZATION),
            ("企业", ApplicantType.COMMERCIAL_ENTERPRISE),
        ],
    )
    def test_declared_spellings(self, spelling: str, expected: ApplicantType) -> None:
        assert declared_applicant_type(spelling) is expected

    def test_blank_declared_is_no_declaration(self) -> None:
        assert classify_applicant("某某有限公司", "  ").declared is False

    def test_unknown_declared_type_has_a_code(self) -> None:
        with pytest.raises(ClassifyError) as caught:
            classify_applicant("张伟", "外星人")
        assert caught.value.code == "classify.unknown_applicant_type"
