"""Issue 16 round 15: the 21 KB page's fixed work, with every output alike.

``without_pinyin`` looked for a tone mark with a class of the 24 marks tested character by character; each mark is
now looked for alone with ``in``. The old gate is written out; pages with and without annotations, in and beyond the
span they are counted in, give the same page and answer; a gate missing a mark is caught.

``_INLINE`` (the inline tags ``slim_markup`` drops) tried its ignore-case tree of tag names at every "<" of a page,
name by name; a case-blind look-ahead on the names' first letters now turns away at once a tag of no such name. The
pattern before the round is written out below; the look-ahead's letters are derived here from the tree itself and
checked against IGNORECASE on every code point; spans on generated markup and every published page's whole audit
are compared with the old pattern patched in; a look-ahead missing a letter IGNORECASE takes is caught.
"""

from __future__ import annotations

import contextlib
import re
import sys
from functools import partial
from re import _parser as re_parser  # type: ignore[attr-defined]  # re's own parser: what the names open with
from typing import TYPE_CHECKING
from unittest import mock

from hypothesis import example, find, given
from hypothesis import strategies as st

from disclosure_rules._audit import _auditor as auditor
from disclosure_rules._audit import _document as document
from disclosure_rules._audit import _variants as variants
from tests.audit.test_audit_gates import published_pages_audited_otherwise
from tests.audit.test_audit_speed14 import _openings

if TYPE_CHECKING:
    from collections.abc import Iterator

# ---- the code before the round, written out ------------------------------------------------------------------------

_INLINE_TREE = re.compile(
    r"</?(?:s(?:pan|trong|u[pb]|mall|t1:\w+)|font|o:p|em|a(?:bbr)?|i(?:mg|ns)?|b(?:ig)?|u|label|del|[wv]:\w+)"
    rf"{document._ATTRIBUTES}/?>",
    re.IGNORECASE,
)


_TONE_MARK = re.compile(f"[{variants._TONE_MARKS}]")


def _without_pinyin_before(text: str) -> tuple[str, bool]:
    if (
        not _TONE_MARK.search(text, 0, variants._PINYIN_SPAN)
        or len(variants._PINYIN.findall(text, 0, variants._PINYIN_SPAN)) < variants.MIN_PINYIN
    ):
        return text, False
    return variants._PINYIN.sub("", text), True


def _name_openings() -> set[str]:
    """The characters the tree's tag names open with, as written (after "<" and the optional "/")."""
    items = list(re_parser.parse(_INLINE_TREE.pattern, re.IGNORECASE))
    assert [str(op) for op, _ in items[:2]] == ["LITERAL", "MAX_REPEAT"]
    opening, empty = _openings(items[2:])
    assert not empty
    return opening


def test_the_look_ahead_takes_every_character_ignorecase_takes_for_a_first_letter() -> None:
    """What makes the look-ahead exact: its class is, code point by code point, the names' first letters caseless."""
    written = _name_openings()
    assert {"s", "f", "o", "a", "i", "b", "w", "v"} <= written
    caseless = re.compile(f"[{''.join(sorted(written))}]", re.IGNORECASE)
    openings = set(document._INLINE_OPENINGS)
    taken = {chr(point) for point in range(sys.maxunicode + 1) if caseless.fullmatch(chr(point))}
    assert {"ſ", "İ", "ı"} <= taken
    assert taken == openings
    assert document._INLINE.pattern.endswith(_INLINE_TREE.pattern[1:])  # the tree itself is unchanged


# names of the tree in any case, with the letters IGNORECASE takes beyond ASCII (ſ, İ, ı, K), and names of none
_NAMES = [
    *("span", "SPAN", "ſpan", "ſtrong", "İmg", "ımg", "İns", "Abbr", "o:p", "O:P", "st1:x", "W:wrap", "v:ſ")
]
_NAMES += [
    *("td", "TR", "p", "table", "br", "Kbd", "ſ", "İ", "ı", "b", "big", "bi", "u", "label", "del", "em")
]
_A_TAG = st.builds(
    "<{}{}{}{}".format,
    st.sampled_from(["", "/", "//", " "]),
    st.sampled_from(_NAMES),
    st.sampled_from(["", " ", ' class="x"', " a", "x", "1", "\n", "<", "ſ"]),
    st.sampled_from([">", "/>", "", " >", "/"]),
)
_TAG_SOUP = st.lists(
    _A_TAG | st.sampled_from(["<", ">", "/", " ", "年", "ſ", "İ", "ı", "K"]) | st.text(max_size=3),
    max_size=12,
).map("".join)


def _spans(pattern: re.Pattern[str], markup: str) -> list[tuple[int, int]]:
    return [found.span() for found in pattern.finditer(markup)]


@given(_TAG_SOUP)
@example("<ſpan></İmg><ımg/><td><Kbd>")
def test_the_inline_tags_are_found_as_before(markup: str) -> None:
    assert _spans(document._INLINE, markup) == _spans(_INLINE_TREE, markup)
    with mock.patch.object(document, "_INLINE", _INLINE_TREE):
        before = document.slim_markup(markup)
    assert document.slim_markup(markup) == before


def _spans_differ(broken: re.Pattern[str], markup: str) -> bool:
    return _spans(broken, markup) != _spans(_INLINE_TREE, markup)


def test_a_look_ahead_missing_a_caseless_letter_is_caught() -> None:
    for missing in ("ſ", "İ", "ı", "S"):
        openings = document._INLINE_OPENINGS.replace(missing, "")
        broken = re.compile(f"<(?=(?-i:/?[{openings}])){_INLINE_TREE.pattern[1:]}", re.IGNORECASE)
        found = find(_TAG_SOUP, partial(_spans_differ, broken))
        assert missing in found


@contextlib.contextmanager
def _before_the_round() -> Iterator[None]:
    with (
        mock.patch.object(document, "_INLINE", _INLINE_TREE),
        mock.patch.object(auditor, "without_pinyin", _without_pinyin_before),
    ):
        yield


def test_every_published_page_audits_alike_with_the_code_before_the_round() -> None:
    assert published_pages_audited_otherwise(_before_the_round) == []


_ANNOTATED = st.lists(
    st.sampled_from(
        [
            "报(bào)",
            "告(gào)",
            "济（jì）",
            "(lǜ)",
            "绿(lǜ)",
            "公(gōng)",
            "开",
            "(ba)",
            "à",
            "ǖ",
            "年",
            "(",
            ")",
        ]
    ),
    max_size=12,
).map("".join)


@given(st.integers(variants._PINYIN_SPAN - 40, variants._PINYIN_SPAN + 5), _ANNOTATED, _ANNOTATED)
@example(variants._PINYIN_SPAN - 30, "报(bào)告(gào)济（jì）", "")
def test_pinyin_is_dropped_as_before(filler: int, opening: str, rest: str) -> None:
    for text in (opening + rest, opening + "文" * filler + rest, "文" * filler + opening + rest):
        assert variants.without_pinyin(text) == _without_pinyin_before(text)


def _gate_differs(marks: str, text: str) -> bool:
    with mock.patch.object(variants, "_TONE_MARKS", marks):
        return variants.without_pinyin(text) != _without_pinyin_before(text)


def test_a_gate_missing_a_tone_mark_is_caught() -> None:
    for missing in "ǜàō":
        found = find(_ANNOTATED, partial(_gate_differs, variants._TONE_MARKS.replace(missing, "")))
        assert missing in found
