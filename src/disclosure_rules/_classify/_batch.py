"""Vectorised phrase scanning for large batches (optional: needs numpy, the ``fast`` extra).

The scheme's automaton, already deterministic, becomes a dense table ``next_state[state, char_class]``.
Titles (normalised in Python, exactly as one at a time) are laid out as rows of a matrix of character
classes, sorted by length to keep padding small, and the automaton advances one column at a time for all
rows at once. The set of phrases each title contains is then the same set the scalar scan finds, so the
decisions (and result objects) are identical; titles with many hits take the scalar path.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

    from disclosure_rules._classify._automaton import PhraseAutomaton

_CHUNK: Final = 65_536  # titles advanced together
_MAX_LENGTH: Final = 512  # longer texts take the scalar path
_BITS: Final = 21  # bits per packed state id; three ids fit an int64
_PACKED: Final = 3
_WORDS: Final = 2  # so up to six distinct hit states per text are packed exactly; more go one at a time
_BMP: Final = 0x10000  # code points below this index the class table directly


def numpy_available() -> bool:
    """True when numpy can be imported."""
    return importlib.util.find_spec("numpy") is not None


class BatchScanner:
    """Dense-table form of a :class:`PhraseAutomaton`; :meth:`keys` gives each text's sorted phrase ids."""

    def __init__(self, automaton: PhraseAutomaton) -> None:
        """Build the tables (a few MB for a scheme of a thousand phrases)."""
        import numpy as np  # noqa: PLC0415 - optional dependency, imported lazily

        self._np = np
        self._automaton = automaton
        columns = automaton.columns
        chars = sorted(columns)
        self.usable = bool(chars) and all(ord(char) < _BMP for char in chars)
        states = automaton.state_count
        if states >= 1 << _BITS:  # pragma: no cover - far beyond any scheme
            self.usable = False
        table = np.zeros((len(chars) + 1, states), dtype=np.int32)  # class 0: a character in no phrase
        class_of = np.zeros(_BMP, dtype=np.int32)
        for index, char in enumerate(chars, start=1):
            table[index] = columns[char]
            if ord(char) < _BMP:
                class_of[ord(char)] = index
        # Row-major by class so that one step is a single gather: flat[class * states + state].
        self._flat = table.reshape(-1)
        self._states = states
        self._class_of = class_of
        self._has_output = np.array([bool(out) for out in automaton.outputs], dtype=bool)

    def keys(self, texts: Sequence[str]) -> tuple[list[tuple[int, ...]], Any]:
        """Distinct phrase-id keys and, for each text, the index of its key (a numpy int array)."""
        np = self._np
        count = len(texts)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=count)
        offsets = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        joined = "".join(texts)
        try:
            raw = joined.encode("utf-32-le")
        except UnicodeEncodeError:  # lone surrogates: keep them, they are in no phrase
            raw = joined.encode("utf-32-le", "surrogatepass")
        code_points = np.frombuffer(raw, dtype=np.uint32)
        # Class of every character, pre-multiplied by the number of states: one step is flat[class + state].
        classes = self._class_of[np.minimum(code_points, _BMP - 1)]
        if len(code_points) and int(code_points.max()) >= _BMP:
            classes[code_points >= _BMP] = 0
        classes *= self._states
        order = np.argsort(lengths, kind="stable")
        hit_titles: list[Any] = []
        hit_states: list[Any] = []
        long_texts = order[lengths[order] > _MAX_LENGTH].tolist()
        order = order[lengths[order] <= _MAX_LENGTH]
        flat, has_output = self._flat, self._has_output
        for start in range(0, len(order), _CHUNK):
            rows = order[start : start + _CHUNK]
            row_lengths = lengths[rows]
            starts = offsets[rows]
            longest = int(row_lengths[-1])
            # Rows are sorted by length, so the rows still running at a column are a suffix of the chunk.
            first_active = np.searchsorted(row_lengths, np.arange(longest), side="right").tolist()
            state = np.zeros(len(rows), dtype=np.int32)
            for column, begin in enumerate(first_active):
                running = flat[classes[starts[begin:] + column] + state[begin:]]
                state[begin:] = running
                found = has_output[running]
                if found.any():
                    where = np.flatnonzero(found)
                    hit_titles.append(rows[begin + where])
                    hit_states.append(running[where])
        return self._group(texts, hit_titles, hit_states, long_texts)

    def _group(
        self, texts: Sequence[str], hit_titles: list[Any], hit_states: list[Any], scalar: list[int]
    ) -> tuple[list[tuple[int, ...]], Any]:
        """Turn (text, state) hits into one exact key per text: up to six state ids packed in two words."""
        np = self._np
        count = len(texts)
        words = np.zeros((_WORDS, count), dtype=np.int64)
        overflow = np.zeros(count, dtype=bool)
        overflow[scalar] = True
        extra: dict[int, list[int]] = {}
        if hit_titles:
            pairs = np.concatenate(hit_titles) * (1 << _BITS) + np.concatenate(hit_states).astype(np.int64)
            pairs.sort()
            pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
            titles, states = pairs >> _BITS, pairs & ((1 << _BITS) - 1)
            starts = np.concatenate(([True], titles[1:] != titles[:-1]))
            first = np.maximum.accumulate(np.where(starts, np.arange(len(titles)), 0))
            rank = np.arange(len(titles)) - first
            for word in range(_WORDS):
                slot = rank - word * _PACKED
                inside = (slot >= 0) & (slot < _PACKED)
                # Each (text, slot) occurs once, so plain fancy assignment of the sum is exact.
                np.add.at(words[word], titles[inside], states[inside] << (slot[inside] * _BITS))
            crowded = np.unique(titles[rank >= _WORDS * _PACKED])
            overflow[crowded] = True
            begins = np.searchsorted(titles, crowded, side="left").tolist()
            ends = np.searchsorted(titles, crowded, side="right").tolist()
            for title, begin, end in zip(crowded.tolist(), begins, ends, strict=True):
                extra[title] = states[begin:end].tolist()
        flagged = np.flatnonzero(overflow)
        words[0, flagged] = -1 - flagged  # one distinct key per text handled one at a time
        words[1, flagged] = 0
        order = np.lexsort((words[1], words[0]))
        sorted_words = words[:, order]
        new_key = np.ones(count, dtype=bool)
        new_key[1:] = (sorted_words[0, 1:] != sorted_words[0, :-1]) | (
            sorted_words[1, 1:] != sorted_words[1, :-1]
        )
        key_of_sorted = np.cumsum(new_key) - 1
        inverse = np.empty(count, dtype=np.int64)
        inverse[order] = key_of_sorted
        unique_words = sorted_words[:, new_key]
        outputs = self._automaton.outputs
        mask = (1 << _BITS) - 1
        keys: list[tuple[int, ...]] = []
        for low, high in zip(unique_words[0].tolist(), unique_words[1].tolist(), strict=True):
            if low < 0:
                title = -1 - low
                state_ids = extra.get(title)
                if state_ids is None:  # longer than the batch limit: scanned one at a time
                    keys.append(tuple(sorted(self._automaton.scan(texts[title]))))
                    continue
            else:
                state_ids = [
                    (word >> (_BITS * slot)) & mask for word in (low, high) for slot in range(_PACKED)
                ]
            phrase_ids = {phrase for state_id in state_ids if state_id for phrase in outputs[state_id]}
            keys.append(tuple(sorted(phrase_ids)))
        return keys, inverse
