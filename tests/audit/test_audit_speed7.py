"""Issue 16 round 7: the per-sentence gates of two report checks skip only sentences their patterns cannot match.

``class_count_findings`` tries ``_CLASS_COUNT`` only where 类 or 个 stands and ``_NAMES_THEN_COUNT`` only where 个方面
does; ``unintroduced_parts_findings`` tries ``_TOTAL_THEN_PARTS`` only where 条, does. Three guards: each pattern
needs its words (checked on the parsed pattern: every input), the gate skips only text the pattern finds nothing in
(generated text), and the checks give the same findings with their gates open (generated prose and every page).
"""

from __future__ import annotations

from re import _parser as re_parser  # type: ignore[attr-defined]  # re's own parser: what the patterns need
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import _crosschecks as crosschecks
from disclosure_rules._audit._crosschecks import (
    _ASPECTS_WORD,
    _CLASS_COUNT,
    _CLASS_WORD,
    _COUNTER_WORD,
    _NAMES_THEN_COUNT,
    _TOTAL_THEN_COMMA,
    _TOTAL_THEN_PARTS,
    class_count_findings,
    unintroduced_parts_findings,
)
from disclosure_rules._audit._document import read_copied_text
from disclosure_rules._audit._narrative import read_prose
from tests.audit.test_audit_fast_paths import _always, _one_of
from tests.audit.test_audit_gates import published_pages_audited_otherwise


def _needs_run(items: Any, run: str) -> bool:
    """Whether the parsed pattern's top level (every item of which each match holds) has ``run`` as literals in order."""
    literals = "".join(
        chr(argument) if str(op) == "LITERAL" else "\0" for op, argument in items
    )  # a non-literal item breaks the run
    return run in literals


def test_each_gated_pattern_needs_its_gate_words() -> None:
    assert _always(re_parser.parse(_CLASS_COUNT.pattern), _one_of(_CLASS_WORD + _COUNTER_WORD))
    assert _needs_run(re_parser.parse(_NAMES_THEN_COUNT.pattern), _ASPECTS_WORD)
    assert _needs_run(re_parser.parse(_TOTAL_THEN_PARTS.pattern), _TOTAL_THEN_COMMA)
    # The checks can fail:
    assert not _needs_run(re_parser.parse(r"(?:个方面|类)\d"), _ASPECTS_WORD)
    assert not _needs_run(re_parser.parse(r"\d+条[,，]"), _TOTAL_THEN_COMMA)
    assert not _always(re_parser.parse(r"共\d+(?:类|项)"), _one_of(_CLASS_WORD + _COUNTER_WORD))


# The words and marks the three patterns read, and any other character
_PIECES = [
    "有", "共", "分为", "包括", "涉及", "三", "12", "2", "大", "类", "个部分", "个方面", "个", "方面", "部分", "分别是",
    "即", ":", ",", "，", "、", "。", ";", "等", "信息", "共计", "合计", "发布", "政府", "条", "条,", "其中", "(", "工作动态",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=24).map("".join)


@settings(max_examples=400)
@given(_TEXT)
def test_text_without_the_gate_words_holds_no_match(text: str) -> None:
    if _CLASS_WORD not in text and _COUNTER_WORD not in text:
        assert _CLASS_COUNT.search(text) is None
    if _ASPECTS_WORD not in text:
        assert _NAMES_THEN_COUNT.search(text) is None
    if _TOTAL_THEN_COMMA not in text:
        assert _TOTAL_THEN_PARTS.search(text) is None


def _gates_open() -> mock._patch[object]:
    """The two checks with their gates open: every sentence read by every pattern ("" is in any text)."""
    return mock.patch.multiple(
        crosschecks, _CLASS_WORD="", _COUNTER_WORD="", _ASPECTS_WORD="", _TOTAL_THEN_COMMA=""
    )


_SENTENCE = st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), min_size=1, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=6).map("\n".join))
def test_gated_checks_find_what_the_checks_with_open_gates_find(text: str) -> None:
    prose = read_prose(read_copied_text(text))
    gated = (class_count_findings(prose, "text"), unintroduced_parts_findings(prose, "text"))
    with _gates_open():
        full = (class_count_findings(prose, "text"), unintroduced_parts_findings(prose, "text"))
    assert gated == full


def test_the_gates_skip_a_listed_sentence_only_when_it_lacks_the_words() -> None:
    """Guards: sentences of each wording are still read; a sentence without the words gives nothing either way."""
    listed = read_prose(read_copied_text("我局公开的信息分为三类，分别是：工作动态、通知公告。"))
    aspects = read_prose(read_copied_text("公开内容涉及工作职责、领导分工、内设科室5个方面。"))
    parts = read_prose(read_copied_text("网站发布信息共计100条,目录更新60条、动态更新30条。"))
    assert [f.code for f in class_count_findings(listed, "text")] == ["text.count_mismatch"]
    assert [f.code for f in class_count_findings(aspects, "text")] == ["text.count_mismatch"]
    assert [f.code for f in unintroduced_parts_findings(parts, "text")] == ["text.count_mismatch"]


def test_every_published_page_audits_alike_with_the_gates_open() -> None:
    """Real wordings the generated prose lacks: a rule's wording added later must pass the gates too."""
    assert published_pages_audited_otherwise(_gates_open) == []
