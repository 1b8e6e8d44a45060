"""Round 5 of the auditor's speed (issue 16): each fast path against the plain definition it replaces."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._document import read_html
from disclosure_rules._audit._narrative import _TOTAL_CLAUSE_BREAK, _total_clauses
from disclosure_rules._audit._tables import format_labels, format_scores, read_tables, score_formats, tokenize

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


_PUBLISHED_HTML = sorted((Path(__file__).resolve().parents[1] / "data" / "published").glob("*.html"))


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
