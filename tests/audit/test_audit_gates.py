"""The auditor's gates and fast paths (issue 16 round 4): what a gate skips, the full step would not have found.

Each gate is a cheap test of words or characters every wording of its stage needs. Two guards: the patterns
the stage reads with need them (checked on the parsed patterns), and on generated text the gated step gives
what the same step gives with its gate open (or what the pattern as first written gives).
"""

from __future__ import annotations

import ast
import inspect
import re
from re import _parser as re_parser  # type: ignore[attr-defined]  # re's own parser: what the patterns need
from typing import TYPE_CHECKING
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import AuditError, audit
from disclosure_rules._audit import _narrative as narrative
from disclosure_rules._audit import _variants as variants
from disclosure_rules._audit._document import read_copied_text
from disclosure_rules._audit._narrative import (
    _A_THOUSANDS_GROUP,
    _FIGURE_WORD,
    _FIGURE_WORDS,
    _LIST_INTRODUCER,
    _LIST_INTRODUCER_CHARS,
    _LIST_UNITS,
    _SENTENCE_TOTAL,
    _THOUSANDS,
    _TOTAL_AT_END,
    _counts_in_list_units,
    _ends_in_a_list_unit,
    read_prose,
    standard_figures,
    stated_lists,
)
from disclosure_rules._audit._normalize import _DASHES
from disclosure_rules._audit._tables import (
    _DIGIT_OR_ASTRAL,
    _SIGNED_CHANGE_GLUED,
    _TRAILING_NUMBERING,
    _holds_a_digit,
    _opens_a_note,
    _trailing_numbering,
)
from disclosure_rules._audit._variants import _table as _variants_table
from disclosure_rules._audit._variants import beyond_ascii, simplify
from disclosure_rules._text import BRACKETED
from tests.audit.messy import development_pages
from tests.audit.test_audit_fast_paths import _always, _one_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager
    from pathlib import Path


def test_every_list_introducer_holds_one_of_the_gate_characters() -> None:
    assert _always(re_parser.parse(_LIST_INTRODUCER.pattern), _one_of(_LIST_INTRODUCER_CHARS))
    # The check can fail:
    assert not _always(re_parser.parse(r"其中|据此"), _one_of(_LIST_INTRODUCER_CHARS))


def test_a_list_total_after_its_parts_is_counted_in_the_gate_units() -> None:
    for pattern in (_SENTENCE_TOTAL, _TOTAL_AT_END):
        assert _always(re_parser.parse(pattern.pattern), _one_of(_LIST_UNITS)), pattern.pattern
    # The check can fail:
    assert not _always(re_parser.parse(r"(\d+)(条|件|篇)$"), _one_of(_LIST_UNITS))


# Pieces of the sentences the stages read: counts and their units, introducers, the figures' words, and words
# that are none of them — so that generated prose holds sentences each gate skips and sentences it lets through.
_PIECES = st.sampled_from(
    [
        *(
            "主动公开政府信息",
            "共",
            "合计",
            "其中",
            "分别为",
            "包括",
            "含",
            "其他",
            "其余",
            "市级",
            "工作动态",
        ),
        *("收到", "受理", "政府信息公开申请", "要求公开", "行政复议", "行政诉讼", "均获维持", "未发生"),
        *(
            "予以公开",
            "不予公开",
            "部分公开",
            "占",
            "%",
            "万",
            "类",
            "通过",
            "网站",
            "发布",
            "本年度",
            "全年",
        ),
        *("条", "件", "篇", "份", "起", "一是", "二是", "在", "中", "的"),
        *("，", "、", "：", "；", "。", "\n"),
        # whole wordings, so that the full stages read figures and lists often
        *("予以公开5件", "不予处理2件，占10%", "无法提供1件", "收到政府信息公开申请12件", "行政复议1件"),
        *("主动公开政府信息100条，其中", "共计发布信息30条。", "市级60条", "其他40条", "其余3件"),
        # wordings of the rules added after the gates (rounds 22-24): each must pass its gate where the stage reads it
        *(
            "未新收到政府依申请公开件",
            "无申请公开政府信息情况",
            "收到诉讼为3件",
            "未经复议直接起诉",
            "上年转结1件",
        ),
        *("（含2022年结转的3件）", "与2023年相比增加了5件", "；同时，我局在平台共发布行政许可信息76条"),
        *("政府信息主动公开数为29条", "门户网公开18篇", "年度阅读量为29.4万次", "其他方式公开信息数为13条"),
    ]
)
_PROSE = st.lists(_PIECES | st.integers(0, 500).map(str), min_size=1, max_size=60).map("".join)


def _gates_open() -> mock._patch[object]:
    """The prose stages with every gate open: each sentence and paragraph read by the full stage."""
    return mock.patch.multiple(
        narrative,
        _FIGURE_WORD=re.compile(""),
        _LIST_INTRODUCER_CHAR=re.compile(""),
        _counts_in_list_units=lambda _norm: True,
        _ends_in_a_list_unit=lambda _norm: True,
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(_PROSE, min_size=1, max_size=6).map("\n".join))
def test_gated_prose_stages_read_what_the_full_stages_read(text: str) -> None:
    prose = read_prose(read_copied_text(text))
    gated = (standard_figures(prose), stated_lists(prose))
    with _gates_open():
        full = (standard_figures(prose), stated_lists(prose))
    assert gated == full


_PUBLISHED = development_pages()


def audited(page: Path) -> str:
    """The audit of one page as JSON, or its refusal's code and message: a refused page must be refused alike too."""
    try:
        return audit(page.read_bytes(), source=page.name).model_dump_json()
    except AuditError as error:
        return f"{error.code} {error}"


def published_pages_audited_otherwise(gates_open: Callable[[], AbstractContextManager[object]]) -> list[str]:
    """The names of the published pages whose audit (its JSON, or its refusal) differs inside ``gates_open()``."""
    assert len(_PUBLISHED) > 700  # the development and blind sets, not an empty folder
    gated = [audited(page) for page in _PUBLISHED]
    with gates_open():
        full = [audited(page) for page in _PUBLISHED]
    return [page.name for page, one, other in zip(_PUBLISHED, gated, full, strict=True) if one != other]


def test_every_published_page_audits_alike_with_the_gates_open() -> None:
    """Real wordings the generated prose lacks: rules added after the gates (round 24 on) must pass them too.

    A rule whose wording needs none of a gate's words would be skipped on the page that has it; here every
    development and blind page gives the same audit (tables, figures, findings) with every gate open.
    """
    assert published_pages_audited_otherwise(_gates_open) == []


def _words_required(test: ast.expr, text: str) -> set[str] | None:
    """The words of which ``test`` needs one in ``text`` (its first conjunct of ``"W" in text`` tests), or None."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return next(
            (words for value in test.values if (words := _words_required(value, text)) is not None), None
        )
    if isinstance(test, ast.BoolOp):  # or: every alternative must need a word
        required: set[str] = set()
        for value in test.values:
            words = _words_required(value, text)
            if words is None:
                return None
            required |= words
        return required
    if isinstance(test, ast.IfExp):
        return _words_required(test.test, text)
    if (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Constant)
        and isinstance(test.ops[0], ast.In)
        and isinstance(test.comparators[0], ast.Name)
        and test.comparators[0].id == text
    ):
        return {str(test.left.value)}
    return None


def _branch_words(statement: ast.stmt) -> set[str] | None:
    """The words a branch of the figure loop tests the sentence for before it reads a figure."""
    if isinstance(statement, ast.If):
        return _words_required(statement.test, "s")
    if isinstance(statement, ast.For) and isinstance(statement.iter, ast.IfExp):
        return _words_required(statement.iter, "s")
    if isinstance(statement, ast.For) and isinstance(statement.iter, ast.Tuple):
        # (name, pattern, label, word): each row's word, tested as ``word in s`` in the body
        words = {
            str(row.elts[-1].value)
            for row in statement.iter.elts
            if isinstance(row, ast.Tuple) and isinstance(row.elts[-1], ast.Constant)
        }
        tested = any(
            isinstance(node, ast.Compare) and ast.unparse(node) == "word in s" for node in ast.walk(statement)
        )
        return words if tested else None
    return None


def test_every_branch_of_the_figure_loop_needs_a_gate_word() -> None:
    """A branch added to ``standard_figures`` that tests for no figure word would be skipped by the gate."""
    function = ast.parse(inspect.getsource(standard_figures)).body[0]
    assert isinstance(function, ast.FunctionDef)
    loop = next(
        statement
        for statement in function.body
        if isinstance(statement, ast.For)
        and isinstance(statement.target, ast.Name)
        and statement.target.id == "sentence"
    )
    # s = …, the gate, digit = …: then the branches
    branches = [statement for statement in loop.body if not isinstance(statement, ast.Assign)][1:]
    assert len(branches) >= 6  # requests, no review, no lawsuit, outcomes, reviews and lawsuits, all upheld
    for branch in branches:
        words = _branch_words(branch)
        assert words is not None, ast.unparse(branch)[:80]
        assert words <= set(_FIGURE_WORDS), ast.unparse(branch)[:80]
    # The check can fail: a branch that tests for no word, or for a word the gate lacks
    assert _branch_words(ast.parse("if _NEW.search(s):\n    pass").body[0]) is None
    assert _branch_words(ast.parse("if '公开' in s and _NEW.search(s):\n    pass").body[0]) == {"公开"}


def test_the_figure_gate_finds_any_of_the_figure_words() -> None:
    assert all(_FIGURE_WORD.search(f"前{word}后") for word in _FIGURE_WORDS)
    assert _FIGURE_WORD.search("主动公开政府信息100条") is None


# The introducer pattern as first written: 含's look-behind before it.
_INTRODUCER_REFERENCE = re.compile(r"(?:其中|分别为|分别是|包括|(?<=[条件篇][,，])含)[:：,，]?")


@given(
    st.lists(
        st.sampled_from(
            ["其中", "其", "中", "分别为", "分别", "是", "包括", "含", "条", "件", "篇", "，", ",", "：", "1"]
        ),
        max_size=20,
    ).map("".join)
)
def test_the_introducer_pattern_finds_what_it_found_as_first_written(text: str) -> None:
    assert [m.span() for m in _LIST_INTRODUCER.finditer(text)] == [
        m.span() for m in _INTRODUCER_REFERENCE.finditer(text)
    ]


@given(
    st.lists(st.sampled_from([",", ".", "1", "12", "123", "1234", "年", "，", "\n", " "]), max_size=16).map(
        "".join
    )
)
def test_text_with_no_thousands_group_has_no_thousands_separator(text: str) -> None:
    """``_norms`` runs the separator pattern only on text holding a comma and three digits: every match does."""
    if _A_THOUSANDS_GROUP.search(text) is None:
        assert _THOUSANDS.search(text) is None


_NUMBERED = st.lists(
    st.sampled_from(
        ["(", ")", "（", "）", "一", "十", "二", ",", ".", "，", "1", "23", "行政许可", "减", "增", "\n", " "]
    ),
    max_size=14,
).map("".join)


@given(_NUMBERED)
def test_a_trailing_list_number_is_found_where_the_pattern_finds_it(text: str) -> None:
    found, expected = _trailing_numbering(text), _TRAILING_NUMBERING.search(text)
    assert (found and found.span()) == (expected and expected.span())
    stripped = text.strip()
    if stripped[-1:] not in {")", ",", "."}:
        assert _TRAILING_NUMBERING.sub("", stripped) == stripped


@given(_NUMBERED)
def test_a_signed_change_is_cut_only_before_jian_or_zeng(text: str) -> None:
    if "减" not in text and "增" not in text:
        assert _SIGNED_CHANGE_GLUED.split(text) == [text]


def test_the_digit_class_takes_str_isdigit_s_characters_and_all_beyond_the_bmp() -> None:
    """If a newer Unicode adds a digit to the Basic Multilingual Plane, add it to ``_DIGIT_OR_ASTRAL``."""
    differ = [
        code for code in range(0x10000) if chr(code).isdigit() != bool(_DIGIT_OR_ASTRAL.match(chr(code)))
    ]
    assert differ == []
    assert all(_DIGIT_OR_ASTRAL.match(chr(code)) for code in range(0x10000, 0x110000, 97))


@given(
    st.text(
        st.sampled_from(["年", "a", "1", "²", "①", "\U00010a40", "\U0001f600", "一", "，", "٣"]), max_size=8
    )
)
def test_holds_a_digit_is_any_str_isdigit(text: str) -> None:
    assert _holds_a_digit(text) == any(map(str.isdigit, text))


@given(_NUMBERED)
def test_text_that_opens_no_note_has_none_to_remove(text: str) -> None:
    if not _opens_a_note(text):
        assert BRACKETED.search(text) is None


@given(st.text(st.sampled_from(["-", "—", "–", "/", "0", "无", " "]), max_size=6))
def test_a_run_of_dashes_is_told_by_its_first_character_then_the_whole(text: str) -> None:
    assert (text[:1] in _DASHES and set(text) <= _DASHES) == bool(text and set(text) <= {"-", "—", "–", "/"})


def test_every_traditional_character_is_beyond_ascii() -> None:
    """``simplify`` counts them among a large page's non-ASCII characters: none may be ASCII."""
    table, _ = _variants_table()
    assert min(table) > 0x7F


@given(
    st.lists(
        st.sampled_from(["<td>", "a", " ", "\n", "开", "開", "报告", "報告", "\udcff", "\U0001f600", "é"]),
        max_size=30,
    ).map("".join)
)
def test_the_non_ascii_characters_are_the_page_s_own_in_order(text: str) -> None:
    assert beyond_ascii(text) == "".join(char for char in text if ord(char) > 0x7F)


@given(
    st.lists(
        st.sampled_from(["<td>", "a", "\n", "开", "開", "報告", "關於", "\udcff", "檔案", "规范性"]),
        max_size=40,
    ).map("".join)
)
def test_simplify_counts_alike_on_the_whole_page_and_on_its_non_ascii_characters(text: str) -> None:
    with mock.patch.object(variants, "_COUNT_BEYOND_ASCII_FROM", 0):
        counted_apart = simplify(text)
    with mock.patch.object(variants, "_COUNT_BEYOND_ASCII_FROM", len(text) + 1):
        counted_whole = simplify(text)
    assert counted_apart == counted_whole


@given(
    st.lists(
        st.sampled_from(["1", "12", ".5", "万", "条", "件", "篇", "。", "；", ";", "，", "x", "其他"]),
        max_size=10,
    ).map("".join)
)
def test_a_sentence_with_a_total_at_its_end_ends_in_a_list_unit(norm: str) -> None:
    """``following_lists``' gate lets through every sentence ``_SENTENCE_TOTAL`` finds a total in."""
    if _SENTENCE_TOTAL.search(norm) is not None:
        assert _ends_in_a_list_unit(norm)
    # the check can fail: the gate refuses a count that does not end the sentence
    assert not _ends_in_a_list_unit(norm + "x")


@given(st.text(alphabet="条件篇x1。", max_size=6))
def test_the_written_out_unit_test_is_the_list_units_test(norm: str) -> None:
    assert _counts_in_list_units(norm) == any(unit in norm for unit in _LIST_UNITS)
