"""The one parsing module: every reader words a bad JSON/TOML text and a refused field the same way."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from disclosure_rules._parsing import (
    VALIDATION_MESSAGES_ZH,
    ParseError,
    first_error,
    first_error_zh,
    load_json,
    load_toml,
    validation_summary,
    validation_summary_zh,
)


class _Point(BaseModel):
    x: int
    y: int


def test_json_syntax_error_names_line_and_column() -> None:
    with pytest.raises(ParseError, match=r"not valid JSON \(line 2, column 1: ") as caught:
        load_json('{"a":\n}')
    assert (caught.value.line, caught.value.column, caught.value.kind) == (2, 1, "syntax")


def test_repeated_key_is_refused_unless_asked_not_to() -> None:
    with pytest.raises(ParseError, match="key 'a' appears twice") as caught:
        load_json('{"a": 1, "a": 2}')
    assert caught.value.kind == "duplicate_key"
    assert load_json('{"a": 1, "a": 2}', unique_keys=False) == {"a": 2}


def test_deep_nesting_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="nested too deeply"):
        load_json("[" * 100_000 + "]" * 100_000)


def test_toml_error() -> None:
    with pytest.raises(ParseError, match=r"^not valid TOML \("):
        load_toml("a = ")


def test_validation_summary_names_the_first_field_and_counts_the_rest() -> None:
    with pytest.raises(ValidationError) as caught:
        _Point.model_validate({"x": "a", "y": "b"})
    assert validation_summary(caught.value).startswith("x: Input should be a valid integer")
    assert validation_summary(caught.value).endswith("(and 1 more)")
    assert first_error(caught.value)[0] == "x"


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(), lambda c: st.lists(c, max_size=3)))
def test_load_json_agrees_with_json_on_valid_documents(value: object) -> None:
    assert load_json(json.dumps(value)) == value


def test_validation_summary_in_chinese_for_staff() -> None:
    with pytest.raises(ValidationError) as caught:
        _Point.model_validate({"x": "a"})
    assert validation_summary_zh(caught.value) == "字段 x：应为整数（另有1处问题）"
    assert first_error_zh(caught.value) == ("x", "应为整数")


def test_every_known_pydantic_complaint_has_chinese() -> None:
    assert all(re.search(r"[\u4e00-\u9fff]{2}", message) for message in VALIDATION_MESSAGES_ZH.values())


def test_parse_error_in_chinese() -> None:
    with pytest.raises(ParseError) as caught:
        load_json('{"a":\n}')
    assert caught.value.message_zh.startswith("不是有效的 JSON（第2行第1列）")
