"""A malformed ``word_products`` / ``word_stems`` entry is refused naming its field, in Chinese too (review of rounds 66-71).

Before, a product missing ``stems`` or ``forms`` stopped the load with a bare ``KeyError`` (a traceback in the CLI), a
string where a list belongs was read letter by letter, and a form without ``{}`` wrote the same word once per stem.
"""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import ClassifyError
from disclosure_rules._classify._scheme import _bundled_document, scheme_from_mapping

_PRODUCT = "settled_then"


def _raw_outcome() -> dict[str, Any]:
    text, _syntax = _bundled_document("outcome_2021")
    return tomllib.loads(text)


def _refusal(raw: dict[str, Any]) -> ClassifyError:
    with pytest.raises(ClassifyError) as caught:
        scheme_from_mapping(raw, source="my_scheme.toml")
    assert caught.value.code == "classify.invalid_scheme"
    return caught.value


@pytest.mark.parametrize("missing", ["stems", "forms"])
def test_a_product_missing_a_list_is_refused_naming_the_product(missing: str) -> None:
    raw = _raw_outcome()
    del raw["word_products"][_PRODUCT][missing]
    error = _refusal(raw)
    assert f"word_products.{_PRODUCT}" in error.message_zh
    assert "my_scheme.toml" in error.message_zh


@pytest.mark.parametrize("key", ["stems", "forms"])
def test_a_string_where_a_list_belongs_is_refused_naming_the_field(key: str) -> None:
    raw = _raw_outcome()
    raw["word_products"][_PRODUCT][key] = "批准{}"
    error = _refusal(raw)
    assert f"word_products.{_PRODUCT}.{key}" in error.message_zh


@settings(max_examples=20, deadline=None)
@given(st.text(alphabet="之后将会待", min_size=1, max_size=4))
def test_a_form_without_its_stem_mark_is_refused_naming_it(form: str) -> None:
    raw = _raw_outcome()
    raw["word_products"][_PRODUCT]["forms"] = [*raw["word_products"][_PRODUCT]["forms"], form]
    error = _refusal(raw)
    assert f"word_products.{_PRODUCT}.forms" in error.message_zh
    assert f"“{form}”" in error.message_zh


def test_a_stem_list_that_is_no_list_is_refused_naming_it() -> None:
    raw = _raw_outcome()
    raw["word_stems"]["settling_acts"] = "批准"
    error = _refusal(raw)
    assert "word_stems.settling_acts" in error.message_zh


# Guard: the bundled scheme, well formed, loads.
def test_the_bundled_products_load() -> None:
    assert scheme_from_mapping(_raw_outcome(), source="outcome_2021").name
