"""Round 5 of the auditor's speed (issue 16): each fast path against the plain definition it replaces."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._narrative import _TOTAL_CLAUSE_BREAK, _total_clauses

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
