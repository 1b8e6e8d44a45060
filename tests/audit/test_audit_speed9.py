"""Issue 16 round 9: a cheaper test tells a line of prose from a run of table text before the label search.

A line with a digit was searched for three official labels (``segment_pattern().findall``) to decide whether it is
table text run together; the search is tried at every place a label may start, and a report's prose holds one of
those first characters (a list number, a character of 政府信息公开) in about every eight. ``may_hold_labels`` counts
the places where a label's anchor starts (the label from its first character that opens no sentence) instead: each
label found holds its anchor at a place of its own, so fewer anchors than labels wanted prove the search would
fail. Then the search stops at the third label. Guards: the count is never below the labels found, and the label
test answers as before, on generated text of labels, their pieces and prose, and on every line of every published
page the test is asked about; the anchors open with none of the prose openers; real lines are ruled out by it.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import AuditError, audit
from disclosure_rules._audit import _tables as tables
from disclosure_rules._audit._labels_index import (
    _ANCHOR_STARTS,
    _PROSE_OPENERS,
    _SEGMENT_KEYS,
    _label_anchor,
    may_hold_labels,
    segment_pattern,
)
from disclosure_rules._audit._tables import _finds_labels, _has_two_labels, _holds_a_digit
from disclosure_rules._text import label_key
from tests.audit.test_audit_gates import _PUBLISHED

_PIECES = [
    *_SEGMENT_KEYS,
    *map(_label_anchor, _SEGMENT_KEYS),
    *(key[:cut] for key in _SEGMENT_KEYS for cut in (1, 2, len(key) // 2, len(key) - 1)),
    *(key[cut:] for key in _SEGMENT_KEYS for cut in (1, 2)),
    "1.",
    "(一)",
    "一,",
    "政府信息公开",
    "本年度",
    "2019年",
    "0",
    "12",
    " ",
    ",",
    "。",
]
_LINES = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=16).map("".join)


def _has_two_labels_before(key: str) -> bool:
    """The label test as written before this round."""
    return _holds_a_digit(key) and len(segment_pattern().findall(key[:400])) >= 3


@settings(max_examples=2000)
@given(_LINES, st.integers(min_value=1, max_value=5))
def test_the_anchors_are_never_fewer_than_the_labels_found(text: str, count: int) -> None:
    if len(segment_pattern().findall(text)) >= count:
        assert may_hold_labels(text, count)


_ANCHORS = frozenset(map(_label_anchor, _SEGMENT_KEYS))


@settings(max_examples=1000)
@given(_LINES)
def test_the_count_is_of_every_place_an_anchor_starts(text: str) -> None:
    """One match per place, however the anchors overlap: what makes the count a bound on the labels found."""
    places = [at for at in range(len(text)) if any(text.startswith(anchor, at) for anchor in _ANCHORS)]
    assert [match.start() for match in _ANCHOR_STARTS.finditer(text)] == places


@settings(max_examples=1000)
@given(_LINES, st.integers(min_value=1, max_value=5))
def test_the_stopped_search_answers_as_the_whole_search(text: str, count: int) -> None:
    assert _finds_labels(text, count) == (len(segment_pattern().findall(text)) >= count)


@settings(max_examples=2000)
@given(_LINES)
def test_the_label_test_answers_as_before(text: str) -> None:
    assert _has_two_labels(text) == _has_two_labels_before(text)


def test_every_label_run_together_three_times_passes() -> None:
    """The anchors of three labels glued in any order, as a crawler glues a table's row: all counted."""
    for first, second in zip(_SEGMENT_KEYS, reversed(_SEGMENT_KEYS), strict=True):
        for text in (
            first + second + first,
            f"{first}1{second}2{first}3",
            f"{second} 0 {first} 0 {second} 0",
        ):
            assert may_hold_labels(text, len(segment_pattern().findall(text))), text


def test_the_anchors_open_with_no_prose_opener() -> None:
    """Where the count is tried: never at a list number nor at 政府信息公开, where the label search was tried."""
    anchors = {_label_anchor(key) for key in _SEGMENT_KEYS}
    assert {anchor[0] for anchor in anchors} & _PROSE_OPENERS == set()
    assert all(_label_anchor(key) in key for key in _SEGMENT_KEYS)
    # every place an anchor starts is one match, however anchors overlap (其他 inside 其他处理)
    assert _ANCHOR_STARTS.findall("其他处理其他") == ["其", "其"]


def test_every_line_of_every_published_page_is_answered_as_before() -> None:
    """Real lines the generated text lacks: each line the auditor asks about, on every published page."""
    asked: set[str] = set()
    test = tables._has_two_labels

    def recording(key: str) -> bool:
        asked.add(key)
        return test(key)

    pages = _PUBLISHED
    assert len(pages) > 700  # the development and blind sets, not an empty folder
    with mock.patch.object(tables, "_has_two_labels", recording):
        for page in pages:
            try:
                audit(page.read_bytes(), source=page.name)
            except AuditError:
                continue
    assert len(asked) > 5000  # the lines of prose and glued table text of 1,300 pages
    assert [key for key in asked if _has_two_labels(key) != _has_two_labels_before(key)] == []
    ruled_out = [key for key in asked if _holds_a_digit(key) and not may_hold_labels(key[:400], 3)]
    searched_before = [key for key in asked if _holds_a_digit(key)]
    assert len(ruled_out) > len(searched_before) // 2  # most lines with a digit are no longer searched


def test_a_glued_row_passes_and_a_sentence_of_prose_is_ruled_out() -> None:
    row = label_key(
        "一、本年新收政府信息公开申请数量 5 二、上年结转政府信息公开申请数量 0 三、本年度办理结果"
    )
    sentence = label_key("2019年，本机关共收到政府信息公开申请12件，其他处理1件，政府信息公开工作平稳有序。")
    assert may_hold_labels(row, 3)
    assert _has_two_labels(row)
    assert _holds_a_digit(sentence)
    assert segment_pattern().findall(sentence) == ["其他处理"]  # one label: the search would find it alone
    assert not may_hold_labels(sentence, 3)
