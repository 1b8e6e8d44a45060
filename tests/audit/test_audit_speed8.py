"""Issue 16 round 8: two page-wide patterns take their classes written out; the similarity match stops early.

``_NOISY_ATTRIBUTES`` (the slimming of a page's markup) starts with ``_SPACE``, the characters of ``\\s``; the digit
gate of the tokens' label test (``_DIGIT_OR_ASTRAL``) takes ``\\d``'s characters as ``_DECIMAL_DIGITS_BMP``. The regex
engine then skips to a candidate by a table look-up per character rather than a call per character. Guards: each
class is its category on every code point; each pattern finds what the pattern written with the category found
(generated markup and text, and every HTML page of the repository); and each parsed pattern holds no category where
the class was (the check fails on the patterns as written before).

The similarity match (``_fuzzy_candidates``) returns no label at once when the title has fewer bigrams that any
label has than the shortest label's bound: the same candidates as the loop over every posting list (generated
titles of label pieces, headings and prose), and the early return is taken on headings that share 政府信息公开.
"""

from __future__ import annotations

import re
from re import _parser as re_parser  # type: ignore[attr-defined]  # re's own parser: what the patterns hold
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import _labels_index as labels_index
from disclosure_rules._audit._document import _NOISY_ATTRIBUTES, _SPACE
from disclosure_rules._audit._labels_index import _BIGRAM_INDEX, _FUZZY_KEYS, _FUZZY_THRESHOLD, _bigrams
from disclosure_rules._audit._tables import _DECIMAL_DIGITS_BMP, _DIGIT_OR_ASTRAL
from tests.audit.test_audit_speed6 import _MORE_PIECES, _real_pages

# The two patterns as written before this round: the categories ``\s`` and ``\d``.
_NOISY_ATTRIBUTES_BEFORE = re.compile(
    r"""\s(?=[a-z])(?:style|class|width|height|valign|align|lang|border|cellspacing|cellpadding|bgcolor|face|size|color"""
    r"""|id|href|src|target|title|alt|on\w+|ms-[\w-]+|data-[\w-]+|x:\w+|xml:\w+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""",
    re.IGNORECASE,
)
_DIGIT_OR_ASTRAL_BEFORE = re.compile(
    r"[\d\u00b2-\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    r"\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010000-\U0010ffff]"
)


def _has_category(items: Any) -> bool:
    """Whether a parsed pattern's first item is a class holding a category (``\\s``, ``\\d``, ``\\w``)."""
    op, argument = items[0]
    return str(op) == "IN" and any(str(inner) == "CATEGORY" for inner, _ in argument)


def test_the_space_class_is_backslash_s_on_every_code_point() -> None:
    for flags in (0, re.IGNORECASE):
        written, category = re.compile(_SPACE, flags), re.compile(r"\s", flags)
        differ = [c for c in range(0x110000) if bool(written.match(chr(c))) != bool(category.match(chr(c)))]
        assert differ == []


def test_the_decimal_digits_are_backslash_d_on_every_code_point_of_the_plane() -> None:
    """If a newer Unicode adds a script's digits to the Basic Multilingual Plane, add them to the class."""
    written = re.compile(f"[{_DECIMAL_DIGITS_BMP}]")
    differ = [c for c in range(0x10000) if bool(written.match(chr(c))) != bool(re.match(r"\d", chr(c)))]
    assert differ == []


def test_the_patterns_start_with_no_category() -> None:
    assert not _has_category(re_parser.parse(_NOISY_ATTRIBUTES.pattern, _NOISY_ATTRIBUTES.flags))
    assert not _has_category(re_parser.parse(_DIGIT_OR_ASTRAL.pattern))
    # The check can fail: the patterns as written before hold one.
    assert _has_category(re_parser.parse(_NOISY_ATTRIBUTES_BEFORE.pattern, _NOISY_ATTRIBUTES_BEFORE.flags))
    assert _has_category(re_parser.parse(_DIGIT_OR_ASTRAL_BEFORE.pattern))


_SPACES = ["\u3000", "\xa0", "\t", "\n", "\x1c", "\x85", "\u2028", "\u200a", "\u200b", "\u1680", "\ufeff", " "]  # fmt: skip
_ATTRIBUTE_PIECES = [
    *_MORE_PIECES,
    *_SPACES,
    "style=",
    "STYLE = ",
    "Class='a'",
    'width="3"',
    "onclick=x",
    "ms-foo=1",
    "data-a-b=2",
    "x:num",
    "xml:lang=zh",
    "\u017ftyle=1",  # a long s: IGNORECASE folds it to s
    "\u212a",  # the Kelvin sign folds to k
    "=",
    ">",
]
_ATTRIBUTE_SOUP = st.lists(st.sampled_from(_ATTRIBUTE_PIECES) | st.text(max_size=3), max_size=20).map("".join)


@settings(max_examples=1500)
@given(_ATTRIBUTE_SOUP)
def test_the_attribute_slimming_removes_what_it_removed(markup: str) -> None:
    assert [m.span() for m in _NOISY_ATTRIBUTES.finditer(markup)] == [
        m.span() for m in _NOISY_ATTRIBUTES_BEFORE.finditer(markup)
    ]


def test_the_attribute_slimming_of_every_real_page_is_unchanged() -> None:
    pages = _real_pages()
    assert len(pages) >= 5  # two corpus pages and three golden pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert _NOISY_ATTRIBUTES.sub("", text) == _NOISY_ATTRIBUTES_BEFORE.sub("", text), page.name


_DIGITS = ["0", "9", "٣", "۴", "߀", "१", "๕", "０", "９", "²", "①", "\U000104a0", "\U0001d7ce", "\U0001f600"]


_DIGIT_TEXT = st.lists(st.sampled_from([*_DIGITS, "年", "a", "一", "，"]) | st.text(max_size=3), max_size=12)


@settings(max_examples=1500)
@given(_DIGIT_TEXT.map("".join))
def test_the_digit_gate_finds_what_it_found(text: str) -> None:
    assert [m.span() for m in _DIGIT_OR_ASTRAL.finditer(text)] == [
        m.span() for m in _DIGIT_OR_ASTRAL_BEFORE.finditer(text)
    ]


def _fuzzy_candidates_before(title: str) -> list[str]:
    """``_fuzzy_candidates`` as written before this round: every posting list of the title's bigrams walked."""
    grams = _bigrams(title)
    shared: dict[int, int] = {}
    for gram in grams:
        for number in _BIGRAM_INDEX.get(gram, ()):
            shared[number] = shared.get(number, 0) + 1
    return [
        _FUZZY_KEYS[number]
        for number, count in sorted(shared.items())
        if count >= _FUZZY_THRESHOLD * (len(grams) + len(_FUZZY_KEYS[number]) - 1) / 2
    ]


# Pieces of the labels (so that titles near a label are drawn), of headings, and other characters
_LABEL_PIECES = sorted(
    {key[i : i + n] for key in _FUZZY_KEYS for n in (2, 3, 6) for i in range(0, len(key), n)}
)
_TITLE = st.lists(
    st.sampled_from(_LABEL_PIECES)
    | st.sampled_from(["方面", "情况", "工作", "年度", "一、", "(二)", "的"])
    | st.text(max_size=2),
    max_size=12,
).map("".join)


@settings(max_examples=2000)
@given(_TITLE)
def test_the_similarity_candidates_are_what_every_posting_list_gave(title: str) -> None:
    assert labels_index._fuzzy_candidates(title) == _fuzzy_candidates_before(title)


@given(st.sampled_from(_FUZZY_KEYS), st.integers(0, 60), st.sampled_from(["", "情况", "的", "x", "方面"]))
def test_a_label_with_a_character_changed_keeps_its_candidates(key: str, at: int, extra: str) -> None:
    at %= len(key)
    for title in (key, key[:at] + extra + key[at + 1 :], key[:at] + extra + key[at:]):
        assert labels_index._fuzzy_candidates(title) == _fuzzy_candidates_before(title)


def test_the_early_return_is_taken_on_headings_that_share_common_bigrams() -> None:
    walked: list[str] = []
    real_index = labels_index._BIGRAM_INDEX

    class _Recording(dict[str, tuple[int, ...]]):
        def __getitem__(self, gram: str) -> tuple[int, ...]:
            walked.append(gram)
            return real_index[gram]

    with mock.patch.object(labels_index, "_BIGRAM_INDEX", _Recording(real_index)):
        for heading in (
            "政府信息管理方面",
            "主动公开政府信息情况",
            "政府信息公开工作存在的主要问题及改进情况",
        ):
            assert labels_index._fuzzy_candidates(heading) == []
        assert walked == []  # no posting list read
        assert labels_index._fuzzy_candidates("收到和处理政府信息公开申请情况") == _fuzzy_candidates_before(
            "收到和处理政府信息公开申请情况"
        )
        assert walked != []  # a title near the labels still walks them
