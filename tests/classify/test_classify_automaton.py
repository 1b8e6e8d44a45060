"""The single-pass phrase automaton finds exactly the phrases a naive substring test finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify._automaton import PhraseAutomaton, RegexPhraseMatcher
from disclosure_rules._classify._scheme import _longer_phrases

_ALPHABET = "房屋征收土地补偿预算公开ab"
_PHRASES = st.lists(st.text(_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=12, unique=True)


class TestAutomaton:
    """Matching is one pass over the text and misses no phrase, nested or overlapping (issue 5, speed)."""

    @settings(max_examples=200)
    @given(_PHRASES, st.text(_ALPHABET, max_size=30))
    def test_aho_corasick_equals_naive(self, phrases: list[str], text: str) -> None:
        found = {phrases[index] for index in PhraseAutomaton(phrases).scan(text)}
        assert found == {phrase for phrase in phrases if phrase in text}

    @settings(max_examples=200)
    @given(_PHRASES, st.text(_ALPHABET, max_size=30))
    def test_regex_matcher_equals_naive(self, phrases: list[str], text: str) -> None:
        found = {phrases[index] for index in RegexPhraseMatcher(phrases).scan(text)}
        assert found == {phrase for phrase in phrases if phrase in text}

    def test_each_phrase_reported_once_in_first_occurrence_order(self) -> None:
        automaton = PhraseAutomaton(["预算", "决算", "预决算"])
        assert [automaton.phrases[i] for i in automaton.scan("预算预算决算")] == ["预算", "决算"]
        assert automaton.state_count > 1

    def test_empty_phrase_is_refused(self) -> None:
        with pytest.raises(ValueError, match="empty"):
            PhraseAutomaton(["a", ""])


class TestMaskingTable:
    """The table of which masking phrases contain a phrase is built by scanning, and equals the pairwise test."""

    @settings(max_examples=200)
    @given(_PHRASES, st.data())
    def test_scanned_table_equals_pairwise_containment(self, phrases: list[str], data: st.DataObject) -> None:
        masking = set(data.draw(st.lists(st.sampled_from(phrases), unique=True)))
        phrase_ids = {phrase: index for index, phrase in enumerate(phrases)}
        pairwise = tuple(
            tuple(
                other_id
                for other, other_id in phrase_ids.items()
                if other in masking and phrase in other and other != phrase
            )
            for phrase in phrase_ids
        )
        assert _longer_phrases(phrase_ids, masking, PhraseAutomaton(phrases)) == pairwise

    def test_a_phrase_inside_a_masking_one_is_masked_only_by_it(self) -> None:
        phrases = ["医疗", "医疗器械", "器械"]
        table = _longer_phrases({p: i for i, p in enumerate(phrases)}, {"医疗器械"}, PhraseAutomaton(phrases))
        assert table == ((1,), (), (1,))
