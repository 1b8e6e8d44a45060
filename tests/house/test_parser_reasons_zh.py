"""Whatever a JSON or TOML file gets wrong, staff read why in Chinese (the parsers' own words are English)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from disclosure_rules._messages import is_chinese
from disclosure_rules._parsing import ParseError, load_json, load_toml, parser_reason_zh

if TYPE_CHECKING:
    from collections.abc import Callable

# Texts near JSON and TOML: their punctuation, quotes, escapes, keys, numbers, dates and a few words.
_PIECES = st.sampled_from(
    [
        "{", "}", "[", "]", "[[", "]]", ",", ":", "=", '"', "'", "\\", "\\u12", "\\x", "\n", " ", "\t", "\x01",
        "a", "key", "1", "-", ".", "e", "1979-05-27", "07:32", "true", "null", "0x", "inf", "#", "年",
    ]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)
# Two English words in a row: the parser's own sentence left untranslated.
_ENGLISH = re.compile(r"[A-Za-z]{3,} [a-z]{2,}")


def _complaint(load: Callable[[str], object], text: str) -> ParseError | None:
    try:
        load(text)
    except ParseError as exc:
        return exc
    return None


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_every_json_complaint_reads_in_chinese(text: str) -> None:
    complaint = _complaint(load_json, text)
    assume(complaint is not None)
    assert complaint is not None
    assert is_chinese(complaint.message_zh), complaint.message_zh
    assert not _ENGLISH.search(complaint.message_zh), complaint.message_zh


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_every_toml_complaint_reads_in_chinese(text: str) -> None:
    complaint = _complaint(load_toml, text)
    assume(complaint is not None)
    assert complaint is not None
    assert is_chinese(complaint.message_zh), complaint.message_zh
    assert not _ENGLISH.search(complaint.message_zh), complaint.message_zh


@pytest.mark.parametrize(
    ("reason", "chinese"),
    [
        ("Invalid value (at line 3, column 7)", "第3行第7列：值无效"),
        ("Unclosed array (at end of document)", "文件末尾：数组缺少右方括号"),
        ("EOF while parsing a value at line 1 column 0", "第1行第0列：内容在中途结束，不完整"),
        ("expected `,` or `}` at line 2 column 9", "第2行第9列：此处缺少逗号或右括号"),
        ("field larger than field limit (131072)", "单元格过长，超出读取上限"),
        ("something no table knows", "something no table knows"),
    ],
)
def test_parser_reasons_keep_where_the_parser_stopped(reason: str, chinese: str) -> None:
    assert parser_reason_zh(reason) == chinese


@pytest.mark.parametrize(
    ("load", "text", "message_zh"),
    [
        (load_json, "[1,\n2", "不是有效的 JSON（第2行第2列）：此处缺少逗号"),
        (load_toml, "a = 1\nb = \n", "不是有效的 TOML（第2行第5列）：值无效"),
    ],
)
def test_json_and_toml_say_where_they_stopped_the_same_way(
    load: Callable[[str], object], text: str, message_zh: str
) -> None:
    complaint = _complaint(load, text)
    assert complaint is not None
    assert complaint.message_zh == message_zh
