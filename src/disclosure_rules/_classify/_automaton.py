"""Single-pass phrase matching: every phrase of a scheme compiled into one Aho–Corasick automaton.

One left-to-right scan of the normalised text reports every phrase occurrence, overlapping ones included,
whatever the number of rules; the cost per title is one dictionary step per character. The goto function
is flattened into a deterministic automaton stored by character (one list of next states per character),
so the scan never walks failure chains. ``RegexPhraseMatcher`` is the alternative the
benchmark measures against: one combined, trie-factored alternation regex scanned with ``finditer``.
"""

from __future__ import annotations

import re
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


class PhraseAutomaton:
    """All phrases of a scheme in one automaton; :meth:`scan` returns the ids of the phrases present."""

    __slots__ = ("_columns", "_outputs", "phrases")

    def __init__(self, phrases: Sequence[str]) -> None:
        """Compile ``phrases`` (already normalised, non-empty); a phrase's id is its index."""
        self.phrases: tuple[str, ...] = tuple(phrases)
        goto: list[dict[str, int]] = [{}]
        outputs: list[tuple[int, ...]] = [()]
        for phrase_id, phrase in enumerate(self.phrases):
            if not phrase:
                raise ValueError(f"phrase {phrase_id} is empty")
            state = 0
            for char in phrase:
                following = goto[state].get(char)
                if following is None:
                    goto.append({})
                    outputs.append(())
                    following = len(goto) - 1
                    goto[state][char] = following
                state = following
            outputs[state] = (*outputs[state], phrase_id)
        fail = [0] * len(goto)
        delta: list[dict[str, int]] = [{} for _ in goto]
        queue: deque[int] = deque(goto[0].values())
        while queue:
            state = queue.popleft()
            # Inherit the failure state's transitions (the root's are looked up separately at scan time).
            inherited = delta[fail[state]] if fail[state] else {}
            delta[state] = {**inherited, **goto[state]}
            for char, child in goto[state].items():
                queue.append(child)
                fallback = fail[state]
                while fallback and char not in goto[fallback]:
                    fallback = fail[fallback]
                target = goto[fallback].get(char, 0)
                fail[child] = target if target != child else 0
                outputs[child] = outputs[child] + outputs[fail[child]]
        # Column form of the deterministic automaton: for each character that occurs in some phrase, the
        # next state from every state (a list indexed by state). A character in no phrase sends every state
        # back to the root, so it needs no column. One dictionary probe and one list index per character.
        # Built column by column from the root's move, then each state's own moves written over it: the work is
        # the number of transitions, not states x characters.
        root = goto[0]
        self._columns: dict[str, list[int]] = {
            char: [root.get(char, 0)] * len(goto)
            for char in {char for phrase in self.phrases for char in phrase}
        }
        for state, moves in enumerate(delta):
            for char, target in moves.items():
                self._columns[char][state] = target
        self._outputs = tuple(outputs)

    @property
    def columns(self) -> dict[str, list[int]]:
        """For each character of some phrase, the next state from every state (read-only by convention)."""
        return self._columns

    @property
    def outputs(self) -> tuple[tuple[int, ...], ...]:
        """For each state, the ids of the phrases that end there."""
        return self._outputs

    @property
    def state_count(self) -> int:
        """Number of automaton states (a size measure for the benchmark)."""
        return len(self._outputs)

    def scan(self, text: str) -> tuple[int, ...]:
        """Ids of the phrases that occur in ``text``, each once, in order of first occurrence."""
        columns = self._columns.get
        outputs = self._outputs
        state = 0
        found: list[int] = []
        for char in text:
            column = columns(char)
            if column is None:
                state = 0
                continue
            state = column[state]
            if outputs[state]:
                found += outputs[state]
        if len(found) > 1:
            return tuple(dict.fromkeys(found))
        return tuple(found)


class RegexPhraseMatcher:
    """The same contract as :class:`PhraseAutomaton`, by one combined trie-factored regex.

    ``(?=(…))`` makes every start position report its longest phrase; the phrases contained in a longer
    one are added from a table computed once, so overlapping and nested phrases are all found.
    """

    __slots__ = ("_contains", "_ids", "_pattern", "phrases")

    def __init__(self, phrases: Sequence[str]) -> None:
        """Compile ``phrases`` into one regex."""
        self.phrases = tuple(phrases)
        self._ids = {phrase: index for index, phrase in enumerate(self.phrases)}
        self._contains = {
            phrase: tuple(self._ids[other] for other in self._ids if other in phrase) for phrase in self._ids
        }
        self._pattern = re.compile("(?=(" + _trie_regex(self._ids) + "))") if self._ids else None

    def scan(self, text: str) -> tuple[int, ...]:
        """Ids of the phrases that occur in ``text``, each once, in order of first occurrence."""
        if self._pattern is None:
            return ()
        found: list[int] = []
        for longest in self._pattern.findall(text):
            found.extend(self._contains[longest])
        return tuple(dict.fromkeys(found)) if len(found) > 1 else tuple(found)


_Trie = dict[str, "_Trie"]


def _trie_regex(phrases: dict[str, int]) -> str:
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # end-of-phrase marker
    return _node_regex(trie)


def _node_regex(node: _Trie) -> str:
    branches = [re.escape(char) + _node_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body
