"""Round 5 of the auditor's speed (issue 16): each fast path against the plain definition it replaces."""

from __future__ import annotations

import dataclasses
import re
from re import _parser as re_parser  # type: ignore[attr-defined]  # re's own parser: what the patterns need

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._document import looks_like_html, read_copied_text, read_html
from disclosure_rules._audit._narrative import (
    _ALL_CHANNELS,
    _HEADING_ONLY,
    _HEADING_ONLY_ENDS,
    _LIST_UNIT_ENDS,
    _NAMED_SHARE_LIST,
    _NAMED_SHARE_WORD,
    _NAMED_TOTAL_IN_JIAN,
    _NO_PROACTIVE,
    _NO_PROACTIVE_WORD,
    _TABLE_HEADER_WORDS,
    _TOTAL_AT_END,
    Prose,
    Sentence,
    _total_clauses,
    is_figure_sentence,
    read_prose,
    stated_numbers,
)
from disclosure_rules._audit._standard import _section_texts
from disclosure_rules._audit._tables import format_labels, format_scores, read_tables, score_formats, tokenize
from tests.audit.messy import DATA, development_pages, pattern_needs

# The plain definitions the fast paths replace, as the references they are held to.
_TOTAL_CLAUSE_BREAK = re.compile(r"[,，]|(?<=\d[条篇])、")
_STATED = re.compile(r"(\d+)(?:件|条|项)")

_CLAUSE_TEXT = st.lists(
    st.sampled_from(["1", "12", "条", "篇", "件", "、", ",", "，", "其中", "x", ""]), max_size=14
).map("".join)


@given(_CLAUSE_TEXT)
def test_total_clauses_are_the_clause_pattern_s_split(norm: str) -> None:
    assert _total_clauses(norm) == _TOTAL_CLAUSE_BREAK.split(norm)


def test_total_clauses_cut_after_a_counted_item_only_with_its_pattern() -> None:
    # the check can fail: a 、 after a count is a break, a plain comma split would miss it
    assert _total_clauses("主动公开100条、依申请公开5条") == ["主动公开100条", "依申请公开5条"]
    assert _total_clauses("规章、规范性文件，共3条") == ["规章、规范性文件", "共3条"]


_PUBLISHED_HTML = sorted((DATA / "published").glob("*.html"))


def test_the_scores_found_once_are_the_scores_each_reading_found() -> None:
    """The auditor finds the format labels once and hands their scores to each table reading."""
    assert _PUBLISHED_HTML
    for page in _PUBLISHED_HTML:
        tokens = tokenize(read_html(page.read_text(encoding="utf-8")))
        found = format_labels(tokens)
        assert format_scores(found) == score_formats(tokens)
        for edition in ("2021", "2019"):
            given_scores = read_tables(tokens, edition, scores=format_scores(found)[:2])
            found_here = read_tables(tokens, edition)
            assert (given_scores.score_2021, given_scores.score_2019) == (
                found_here.score_2021,
                found_here.score_2019,
            )


def test_each_table_header_word_holds_a_word_the_figure_loop_tests_first() -> None:
    # ``is_figure_sentence`` tests a few words before the pattern: a header word with none of them would be read as
    # a figure sentence (asked of the function itself, so the check follows its words wherever they are written)
    words = _TABLE_HEADER_WORDS.pattern.split("|")
    assert all(word.isalpha() for word in words)  # a plain alternation of words
    for word in words:
        assert not is_figure_sentence(word), word
        assert is_figure_sentence(f"{word}3件"), word  # a header word with a count is a figure sentence


_SENTENCE_PIECES = st.lists(
    st.sampled_from(
        [
            "一、",
            "（二）",
            "2022年",
            "，",
            "。",
            "未",
            "没有",
            "主动公开",
            "政府",
            "信息",
            "情况",
            "情形",
            "1",
            "件",
            " ",
        ]
    ),
    max_size=10,
).map("".join)


@given(_SENTENCE_PIECES)
def test_the_heading_and_no_proactive_patterns_need_the_words_tested_first(text: str) -> None:
    if _HEADING_ONLY.match(text.strip()):
        assert text.strip().endswith(_HEADING_ONLY_ENDS)
    if _NO_PROACTIVE.match(text):
        assert _NO_PROACTIVE_WORD in text


def test_the_pattern_gates_can_fail() -> None:
    assert _HEADING_ONLY.match("一、主动公开情况")
    assert _NO_PROACTIVE.match("2022年本机关未主动公开政府信息。")
    assert not "一、主动公开情形说明".endswith(_HEADING_ONLY_ENDS)


def _top_level_words(pattern: str) -> list[str]:
    """The runs of literal characters a pattern's top level holds: text it matches holds each of them."""
    words: list[str] = []
    run = ""
    for op, argument in re_parser.parse(pattern):
        if str(op) == "LITERAL":
            run += chr(argument)
            continue
        if run:
            words.append(run)
        run = ""
    return [*words, run] if run else words


def test_the_words_tested_before_a_pattern_are_words_it_needs() -> None:
    assert any(_NAMED_SHARE_WORD in word for word in _top_level_words(_NAMED_SHARE_LIST.pattern))
    assert any(_NO_PROACTIVE_WORD in word for word in _top_level_words(_NO_PROACTIVE.pattern))
    # the check can fail: a word inside an alternation or an optional group is not needed
    assert _top_level_words(r"(?:其中|包括)?主动公开\d+条") == ["主动公开", "条"]


def test_a_sentence_is_a_value() -> None:
    """A ``Sentence`` (no longer frozen, for speed) still compares and hashes by its fields."""
    one = Sentence("共3条。", "共3条。", "第1段", "二", 1)
    same = Sentence("共3条。", "共3条。", "第1段", "二", 1)
    assert one == same
    assert hash(one) == hash(same)
    assert len({one, same}) == 1
    assert dataclasses.replace(one, section="三") != one


def test_the_proactive_total_patterns_need_the_words_tested_before_them() -> None:
    assert pattern_needs(_ALL_CHANNELS.pattern, "通过")
    assert pattern_needs(_ALL_CHANNELS.pattern, "等")
    assert pattern_needs(_NAMED_TOTAL_IN_JIAN.pattern, "主动公开")
    assert pattern_needs(_NAMED_TOTAL_IN_JIAN.pattern, "件")
    # the check can fail: an optional word, or one branch without it
    assert not pattern_needs("(?:通过)?网站", "通过")
    assert not pattern_needs("主动公开|发布", "主动公开")


@given(
    st.lists(st.sampled_from(["1", "12", ".5", "万", "条", "件", "篇", "x", "共"]), max_size=8).map("".join)
)
def test_a_clause_with_a_total_at_its_end_ends_in_a_list_unit(clause: str) -> None:
    if _TOTAL_AT_END.search(clause):
        assert clause.endswith(_LIST_UNIT_ENDS)


@given(
    st.lists(
        st.sampled_from(["1", "23", "٣", "0", "件", "条", "项", "篇", "个", "x", "\n", "，"]), max_size=16
    ).map("".join)
)
def test_the_counts_read_backwards_are_the_stated_pattern_s(text: str) -> None:
    prose = Prose([Sentence(line, line, "第1段", "") for line in text.split("\n")])
    assert stated_numbers(prose) == frozenset(map(int, _STATED.findall(text)))


def test_a_count_read_backwards_keeps_its_digits_in_order() -> None:
    assert stated_numbers(Prose([Sentence("共120件，其中12条", "共120件，其中12条", "第1段", "")])) == {
        120,
        12,
    }


def _section_text(prose: Prose, numeral: str) -> str:
    """A section's text as ``audit_standard`` read it before round 5, one pass per section."""
    if not any(s.section for s in prose.sentences):
        return ""
    return "".join(s.text for s in prose.sentences if s.section == numeral)


_ALL_PAGES = development_pages()


def test_the_section_texts_in_one_pass_are_each_section_s_text() -> None:
    assert len(_ALL_PAGES) > 700
    numerals = ("一", "五", "六")
    for page in _ALL_PAGES:
        text = page.read_text(encoding="utf-8", errors="replace")
        prose = read_prose(read_html(text) if looks_like_html(text) else read_copied_text(text))
        assert _section_texts(prose, numerals) == {
            numeral: _section_text(prose, numeral) for numeral in numerals
        }
    # the check can fail: a page with no headings has no section text, not its whole prose
    bare = Prose([Sentence("共3条。", "共3条。", "第1段", "")])
    assert _section_texts(bare, numerals) == dict.fromkeys(numerals, "")
