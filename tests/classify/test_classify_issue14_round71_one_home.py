"""Issue 14, round 71 housekeeping: one home for the settling acts of "published later" (answers identical).

Round 66's word class ``publication_promised_later`` (待…后, …后将) and the clause step's ``later_conditions`` (…后,
…以后, …之后) each wrote the same acts; they are now stems of ``word_products`` written out at load, so an act added
once reaches both; the clause step's futures (会, 将, 拟, 准备 with what follows them) are a product too. The 3
properties fail on round 71's code and scheme (no ``word_stems``); the 5 guards hold on both.
"""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import ClassifyError
from disclosure_rules._classify._scheme import (
    _bundled_document,
    expand_word_classes,
    read_bundled_scheme,
    scheme_from_mapping,
)

_SCHEME = "outcome_2021"
# An act no list holds: CJK stems of two to four characters that end in none of the time words' characters.
_NEW_ACT = st.text(alphabet="审议核准颁行签署公示备案", min_size=2, max_size=4)
_TIME_WORDS = ("后", "以后", "之后")


def _raw_outcome() -> dict[str, Any]:
    text, _syntax = _bundled_document(_SCHEME)
    return tomllib.loads(text)


def _shared_acts(expanded: dict[str, Any]) -> set[str]:
    """The acts both lists hold: 待{act}后 in the word class and {act}后 opening the clause step."""
    in_class = {
        word[1:-1]
        for word in expanded["word_classes"]["publication_promised_later"]
        if word.startswith("待") and word.endswith("后")
    }
    in_step = {word[: -len("后")] for word in expanded["clause_combination"]["later_conditions"]}
    return in_class & in_step


@settings(max_examples=30, deadline=None)
@given(_NEW_ACT)
def test_a_settling_act_written_once_reaches_the_word_class_and_the_clause_step(act: str) -> None:
    raw = _raw_outcome()
    # An act holding a held one (公备案 holds round 73's 备案, 公签署 round 72's 签署) would nest its own class's words.
    if any(held in act or act in held for held in raw["word_stems"]["settling_acts"]):
        return
    raw["word_stems"]["settling_acts"].append(act)
    expanded = expand_word_classes(raw)
    promised = expanded["word_classes"]["publication_promised_later"]
    assert f"待{act}后" in promised
    assert f"{act}后将" in promised
    for time_word in _TIME_WORDS:
        assert f"{act}{time_word}" in expanded["clause_combination"]["later_conditions"]
    assert act in _shared_acts(expanded)


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet="甲乙丙丁", min_size=1, max_size=3))
def test_a_product_naming_an_unknown_stem_list_is_refused_naming_it(name: str) -> None:
    raw = _raw_outcome()
    raw["word_products"]["settled_then"]["stems"] = [f"@{name}"]
    with pytest.raises(ClassifyError) as caught:
        scheme_from_mapping(raw, source="my_scheme")
    assert caught.value.code == "classify.invalid_scheme"
    assert f"@{name}" in str(caught.value)
    assert "settled_then" in str(caught.value)


# Guards (round 71's code and scheme pass them too).


def test_the_loaded_scheme_holds_no_product_table_and_no_product_name() -> None:
    expanded = read_bundled_scheme(_SCHEME)
    assert "word_products" not in expanded
    assert "word_stems" not in expanded
    words = [
        *expanded["word_classes"]["publication_promised_later"],
        *expanded["clause_combination"]["later_conditions"],
    ]
    assert not [word for word in words if "{" in word or word.startswith("@")]


def test_every_shared_act_has_every_form_in_both_lists() -> None:
    expanded = read_bundled_scheme(_SCHEME)
    promised = set(expanded["word_classes"]["publication_promised_later"])
    step = set(expanded["clause_combination"]["later_conditions"])
    acts = _shared_acts(expanded)
    assert len(acts) >= 8
    for act in acts:
        assert {f"待{act}后", f"{act}后将", f"{act}后会", f"{act}后才会", f"{act}后再"} <= promised
        assert {f"{act}{time_word}" for time_word in _TIME_WORDS} <= step


@pytest.mark.parametrize("act", ["发布", "结束", "通过"])
def test_an_act_that_may_end_a_delivery_never_opens_the_clause_step(act: str) -> None:
    """审核通过后将于三日内寄出 may be a delivery: 发布, 结束 and bare 通过 stay the word class's alone."""
    expanded = read_bundled_scheme(_SCHEME)
    assert f"待{act}后" in expanded["word_classes"]["publication_promised_later"]
    assert not [word for word in expanded["clause_combination"]["later_conditions"] if word.startswith(act)]


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet="须要可拟备", min_size=1, max_size=3))
def test_a_future_auxiliary_written_once_reaches_the_clause_step_with_every_continuation(
    auxiliary: str,
) -> None:
    raw = _raw_outcome()
    product = raw["word_products"]["future_auxiliary"]
    if auxiliary in product["stems"]:
        return
    product["stems"].append(auxiliary)
    futures = expand_word_classes(raw)["clause_combination"]["later_futures"]
    assert {form.replace("{}", auxiliary) for form in product["forms"]} <= set(futures)
    assert "才会" in futures
