"""Every official label of the report tables, indexed by its normalised form, built from ``_labels``.

A label on a page is looked up exactly (after normalisation), then without its list numbers, then by
similarity (for a typo or a variant wording). No label is retyped here: all of them come from ``_labels``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, TypeAlias

from disclosure_rules._audit._normalize import bigram_similarity
from disclosure_rules._labels import (
    TABLE2_CELLS_2019,
    TABLE2_CELLS_2021,
    TABLE2_ROW_HEADER,
    TABLE3_COLUMNS,
    TABLE3_GROUPS,
    TABLE3_NOTE,
    TABLE3_ORGANISATION_HEADER,
    TABLE3_ROWS_2019,
    TABLE3_ROWS_2021,
    TABLE3_TOP_HEADER,
    TABLE4_GROUPS,
    TABLE4_RESULT_COLUMNS,
)
from disclosure_rules._text import HAN, label_key, numbering, strip_numbering


@dataclass(frozen=True, slots=True)
class Meaning:
    """What a label can mean: its kind (``t3row``, ``t2col`` …) and the official code or label."""

    kind: str
    code: str


# Kinds:
#   t2cap  a 第二十条第（N）项 caption          t2head  信息内容             t2row / t2col  rows / columns of 表二
#   t3note the 表三 note                        t3head  申请人情况, 法人或其他组织
#   t3col  an applicant column (or "subtotal")  t3row   a data row            t3group  a merged group label
#   t4group 行政复议 / 未经复议直接起诉 / 复议后起诉   t4parent 行政诉讼     t4res   a result column
SUBTOTAL: Final = "subtotal"
# Subtotal columns and rows some agencies add (小计, 合计): derived values, not official cells.
_SUBTOTAL_WORDS: Final = ("小计", "合计")
# Wordings of table 三's rows that agencies print instead of the official label, each naming one row only (data, not
# a similarity guess: a variant here is found inside glued text too). Source: blind 28, ``pingtan_scj_2025``
# (平潭综合实验区市场监督管理局 2025 report: ``7.属于行政执法案件`` for ``7.属于行政执法案卷``).
_T3_ROW_VARIANTS: Final = (("withheld_enforcement_case_file", "属于行政执法案件"),)

T2_COLUMNS_2021: Final = frozenset(label_key(c.column_label) for c in TABLE2_CELLS_2021)
T2_COLUMNS_2019: Final = frozenset(label_key(c.column_label) for c in TABLE2_CELLS_2019)
T2_ROWS_2021: Final = frozenset(label_key(c.row_label) for c in TABLE2_CELLS_2021)
T2_ROWS_2019: Final = frozenset(label_key(c.row_label) for c in TABLE2_CELLS_2019)
T3_ROWS_ONLY_2021: Final = frozenset(r.code for r in TABLE3_ROWS_2021) - frozenset(
    r.code for r in TABLE3_ROWS_2019
)


def _build() -> tuple[dict[str, tuple[Meaning, ...]], tuple[str, ...]]:  # noqa: C901 - one loop per label family
    index: dict[str, list[Meaning]] = {}

    def add(label: str, meaning: Meaning) -> None:
        for key in {label_key(label), strip_numbering(label_key(label))}:
            if key and meaning not in index.setdefault(key, []):
                index[key].append(meaning)

    for cell in (*TABLE2_CELLS_2021, *TABLE2_CELLS_2019):
        add(cell.block_caption, Meaning("t2cap", cell.block_caption))
        add(cell.row_label, Meaning("t2row", label_key(cell.row_label)))
        add(cell.column_label, Meaning("t2col", label_key(cell.column_label)))
    add(TABLE2_ROW_HEADER, Meaning("t2head", TABLE2_ROW_HEADER))
    add(TABLE3_NOTE, Meaning("t3note", TABLE3_NOTE))
    add(TABLE3_TOP_HEADER, Meaning("t3head", TABLE3_TOP_HEADER))
    add(TABLE3_ORGANISATION_HEADER, Meaning("t3head", TABLE3_ORGANISATION_HEADER))
    for column in TABLE3_COLUMNS:
        add(column.label, Meaning("t3col", column.code))
    for word in _SUBTOTAL_WORDS:
        add(word, Meaning("t3col", SUBTOTAL))
        add(TABLE3_ORGANISATION_HEADER + word, Meaning("t3col", SUBTOTAL))
    for group in TABLE3_GROUPS:
        add(group.label, Meaning("t3group", group.code))
    for row in (*TABLE3_ROWS_2021, *TABLE3_ROWS_2019):
        add(row.label, Meaning("t3row", row.code))
        if "（" in row.title:  # "（二）部分公开" without its note is the same row
            add(row.number + row.title.split("（")[0], Meaning("t3row", row.code))
    for code, wording in _T3_ROW_VARIANTS:
        add(wording, Meaning("t3row", code))
    for t4group in TABLE4_GROUPS:
        add(t4group.label, Meaning("t4group", t4group.code))
        if t4group.parent_label:
            add(t4group.parent_label, Meaning("t4parent", t4group.parent_label))
    for code, label in TABLE4_RESULT_COLUMNS:
        add(label, Meaning("t4res", code))
    frozen = {key: tuple(meanings) for key, meanings in index.items()}
    fuzzy = tuple(key for key in frozen if len(key) >= _FUZZY_MIN_LENGTH)
    return frozen, fuzzy


_FUZZY_MIN_LENGTH: Final = 5
_FUZZY_MAX_LENGTH: Final = 60
_FUZZY_THRESHOLD: Final = 0.8
INDEX, _FUZZY_KEYS = _build()
# A note in brackets that a page adds to a label (closed, or cut off at the end of the cell).
_NOTE: Final = re.compile(r"\([^()]*\)|\([^()]*$")


@dataclass(frozen=True, slots=True)
class LabelMatch:
    """A label found in a cell: the meanings it may have, its list numbers, and whether it was a guess."""

    meanings: tuple[Meaning, ...]
    numbering: str
    fuzzy: bool
    key: str


@lru_cache(maxsize=8192)
def lookup(text: str) -> LabelMatch | None:  # noqa: C901, PLR0911 - exact, unnumbered, subtotal, then similar
    """Match a cell's text against the official labels, or ``None``."""
    key = label_key(text)
    if not key:
        return None
    found = INDEX.get(key)
    if found is not None:
        return LabelMatch(found, numbering(key), fuzzy=False, key=key)
    number = numbering(key)
    title = key[len(number) :]
    found = INDEX.get(title)
    if found is not None:
        return LabelMatch(found, number, fuzzy=False, key=key)
    bare = _NOTE.sub("", title)
    if bare != title:  # "规章(制度)", "上一年项目数量(指2019年事项数)": an official label with a note added
        found = INDEX.get(bare)
        if found is not None:
            return LabelMatch(found, number, fuzzy=True, key=key)
    for word in _SUBTOTAL_WORDS:
        if title.endswith(word) and len(title) <= len(word) + 8:
            return LabelMatch((Meaning("t3col", SUBTOTAL),), number, fuzzy=False, key=key)
    if not (_FUZZY_MIN_LENGTH <= len(title) <= _FUZZY_MAX_LENGTH) or not HAN.search(title):
        return None
    best, best_score = "", 0.0
    for candidate in _fuzzy_candidates(title):
        if abs(len(candidate) - len(title)) > len(title) // 3 + 1:
            continue
        score = bigram_similarity(title, candidate)
        if score > best_score:
            best, best_score = candidate, score
    if best_score >= _FUZZY_THRESHOLD:
        return LabelMatch(INDEX[best], number, fuzzy=True, key=key)
    return None


def is_exact_label(text: str) -> bool:
    """Whether ``text`` is an official label as written, with or without its list numbers (no similarity match)."""
    key = label_key(text)
    return bool(key) and (key in INDEX or key[len(numbering(key)) :] in INDEX)


def _bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


def _build_bigram_index() -> dict[str, tuple[int, ...]]:
    index: dict[str, set[int]] = {}
    for number, key in enumerate(_FUZZY_KEYS):
        for gram in _bigrams(key):
            index.setdefault(gram, set()).add(number)
    return {gram: tuple(sorted(numbers)) for gram, numbers in index.items()}


_BIGRAM_INDEX: Final = _build_bigram_index()
# The bigrams of the shortest label a similarity match may find: every label's bound is at least the one with these.
_FEWEST_LABEL_BIGRAMS: Final = min(map(len, _FUZZY_KEYS)) - 1


def _fuzzy_candidates(title: str) -> list[str]:
    """The official labels that share enough bigrams with ``title`` to reach the similarity threshold.

    Dice similarity ≥ t needs at least t·(a + b)/2 shared bigrams, and the shared count is at most the number
    of the title's bigrams found in the label: labels below that bound are never scored (navigation links
    and prose would otherwise each be compared with every label). No label shares more than the title's bigrams
    that some label has: when they are fewer than the bound of the shortest label, no label reaches it, and
    no posting list is walked (a heading or a line of prose that shares 政府/信息/公开 with most labels).
    """
    grams = _bigrams(title)
    known = [gram for gram in grams if gram in _BIGRAM_INDEX]
    if len(known) < _FUZZY_THRESHOLD * (len(grams) + _FEWEST_LABEL_BIGRAMS) / 2:
        return []
    shared: dict[int, int] = {}
    for gram in known:
        for number in _BIGRAM_INDEX[gram]:
            shared[number] = shared.get(number, 0) + 1
    result: list[str] = []
    for number, count in sorted(shared.items()):
        candidate = _FUZZY_KEYS[number]
        if count >= _FUZZY_THRESHOLD * (len(grams) + len(candidate) - 1) / 2:
            result.append(candidate)
    return result


def segment_pattern() -> re.Pattern[str]:
    """A pattern finding any official label inside a run of concatenated text (longest first)."""
    return _SEGMENT


_SEGMENT_KEYS = sorted((key for key in INDEX if len(key) >= 2), key=len, reverse=True)  # noqa: PLR2004 - one-character keys would match everywhere

_Trie: TypeAlias = dict[str, "_Trie"]


def _tree_pattern(keys: list[str]) -> str:
    """``"|".join(keys)`` (longest first) written as a tree of the keys' shared beginnings: the same matches.

    At a position the longest-first alternation takes the longest key that matches there; so does the tree,
    which tries a longer continuation before it stops at a shorter key (``(?:…)?`` is greedy). The regex engine
    then compares each character once with the few that can follow, instead of once per key (110 keys).
    """
    tree: _Trie = {}
    for key in keys:
        node = tree
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}  # a key ends here

    def render(node: _Trie) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(tree)


_SEGMENT: Final = re.compile(_tree_pattern(_SEGMENT_KEYS))
# Every character of the labels ``segment_pattern()`` finds: a character outside them is never inside a label found.
SEGMENT_CHARACTERS: Final = frozenset("".join(_SEGMENT_KEYS))

# What a label may open with that a report's sentences are full of: the list numbers an outline puts before a
# label ("1.", "(一)", "一,") and the words the regulation is named by (政府信息公开). They are 8-14 % of the characters
# of a report's lines, and the label search is tried at each.
_PROSE_OPENERS: Final = frozenset("0123456789.(),一二三四五六七八九十政府信息公开")


def _label_anchor(key: str) -> str:
    """``key`` from its first character that is no prose opener (its last character at least)."""
    start = 0
    while start < len(key) - 1 and key[start] in _PROSE_OPENERS:
        start += 1
    return key[start:]


def _anchor_pattern(keys: list[str]) -> str:
    """A pattern matching each place where one of ``keys``' anchors starts: its first character, the rest looked ahead.

    A match takes one character only, so every place where an anchor starts is a match of its own, however
    the anchors overlap.
    """
    rests: dict[str, set[str]] = {}
    for anchor in map(_label_anchor, keys):
        rests.setdefault(anchor[0], set()).add(anchor[1:])
    branches = []
    for first, after in sorted(rests.items()):
        ahead = "" if "" in after else "(?=" + _tree_pattern(sorted(after, key=len, reverse=True)) + ")"
        branches.append(re.escape(first) + ahead)
    return "|".join(branches)


_ANCHOR_STARTS: Final = re.compile(_anchor_pattern(_SEGMENT_KEYS))


def may_hold_labels(text: str, count: int) -> bool:
    """False when ``segment_pattern()`` cannot find ``count`` labels in ``text``; a cheaper test than the search.

    Each label the search finds holds its anchor (``_label_anchor``), and the labels it finds do not overlap, so
    their anchors start at as many different places; ``_ANCHOR_STARTS`` counts every such place. It is tried
    only where an anchor's first character stands — not at the list numbers and the characters of 政府信息公开
    that open many labels and most sentences of a report (a third to a quarter as many places in a report's lines).
    """
    return len(_ANCHOR_STARTS.findall(text)) >= count
