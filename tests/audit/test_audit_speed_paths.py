"""The auditor's speed paths (issue 16) give what the plain definitions give, for any input (outputs unchanged)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit._document import _INLINE, Document, _HtmlReader
from disclosure_rules._audit._narrative import (
    _GLUED_HEADING,
    _HEADING,
    _LAWSUITS,
    _NO_CASES,
    _REVIEWS,
    _ZEROS_IN_CHARACTERS,
    OUTCOME_PATTERN,
    _headings,
)
from disclosure_rules._labels import SECTION_HEADINGS
from tests.audit.messy import pattern_needs

# Pieces of markup html.parser reads in every way it can: plain tags, tags with attributes, self-closing tags,
# tags with odd whitespace, raw-text elements, comments, declarations, stray brackets, character references.
_PIECES = [
    "<table>",
    "</table>",
    "<TABLE>",
    "<div>",
    "</li>",
    "<tr>",
    "<Tr>",
    "</tr >",
    "<td>",
    "<TD\n>",
    "<td rowspan=2>",
    '<td colspan="3">',
    "<td/>",
    "<tr/>",
    "<table/>",
    "<td rowspan=2/>",
    "<td a=b/>",
    "<td/ >",
    "<td\u3000>",
    "<td\x0b>",
    "</td>",
    "</td/>",
    "</ td>",
    "< td>",
    "<td",
    "<p>",
    "</p>",
    "<br>",
    "<br/>",
    "<BR />",
    "<title>",
    "</title>",
    "<meta name=ArticleTitle content='a&amp;b'>",
    "<a:b>",
    "<x-y.z>",
    "</x-y.z>",
    "<!-- x -->",
    "<!--",
    "<script>",
    "</script>",
    "<style>",
    "<textarea>",
    "<!DOCTYPE html>",
    "<!doctype html",
    "<!x>",
    "<!>",
    "<![CDATA[x]]>",
    "<![if !supportLists]>",
    "<![endif]>",
    "<![",
    "<?x?>",
    '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />',
    "<?",
    "</",
    "<",
    ">",
    "'",
    '"',
    "&amp;",
    "&am",
    "&",
    "&#",
    "&#20844;",
    "&lt",
    "\n",
    "x",
    "年份",
    " 12 ",
]
_MARKUP = st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=16).map("".join)


def _outcome(markup: str, *, fast: bool) -> Document | str:
    reader = _HtmlReader()
    try:
        if fast:
            reader.read(markup)
        else:
            reader.feed(markup)
        return reader.finish()
    except AssertionError as exc:  # html.parser refuses "<![foo[": the same refusal either way
        return f"AssertionError: {exc}"


@settings(max_examples=800)
@given(_MARKUP)
def test_reading_a_page_reads_what_feeding_it_to_the_parser_reads(markup: str) -> None:
    """``_HtmlReader.read`` dispatches plain tags itself: the blocks, title and notes are the parser's."""
    assert _outcome(markup, fast=True) == _outcome(markup, fast=False)


def test_reading_hands_a_declaration_to_the_parser_and_goes_on() -> None:
    """A page opens with ``<!DOCTYPE html>``: the parser's own code reads it, the tags after it are read fast."""
    calls: list[int] = []

    class _Counting(_HtmlReader):
        def feed(self, data: str) -> None:
            calls.append(len(data))
            super().feed(data)

    reader = _Counting()
    reader.read("<!DOCTYPE html><html><body><table><tr><td>一、</td><td>7</td></tr></table></body></html>")
    assert [[cell.text for cell in block.cells] for block in reader.finish().blocks] == [["一、", "7"]]
    assert calls == [0]  # nothing was left for the parser's loop


def test_reading_hands_a_raw_text_element_to_the_parser() -> None:
    """The text of a ``<script>`` is the parser's to skip, tags and all; the table after it is read."""
    reader = _HtmlReader()
    reader.read("<script>var a = '<td>1</td>';</script><table><tr><td>一、</td><td>7</td></tr></table>")
    document = reader.finish()
    assert [[cell.text for cell in block.cells] for block in document.blocks] == [["一、", "7"]]


def _headings_reference(text: str) -> list[tuple[int, int, str]]:
    """``_headings`` as first written: the glued-heading alternation over the whole line."""
    found = {match.start(): (match.start(), match.end(), match.group(1)) for match in _HEADING.finditer(text)}
    if "、" in text or "," in text or "，" in text or "." in text:
        for match in _GLUED_HEADING.finditer(text):
            numeral = next(group for group in match.groups() if group)
            found.setdefault(match.start(), (match.start(), match.end(), numeral))
    return [found[start] for start in sorted(found)]


_HEADING_TEXT = st.lists(
    st.sampled_from(
        [heading.title for heading in SECTION_HEADINGS]
        + [*"一二三四五六七八九、,，.．。：: \n0"]
        + ["总体情况", "收到和处理", "其他需要报告的事项"]
    )
    | st.text(max_size=3),
    max_size=14,
).map("".join)


@given(_HEADING_TEXT)
def test_headings_are_found_where_the_whole_line_search_found_them(text: str) -> None:
    assert _headings(text) == _headings_reference(text)


def test_the_figure_patterns_name_the_words_standard_figures_looks_for_first() -> None:
    """``standard_figures`` tries a pattern only on a sentence holding the word every wording of it needs."""
    assert pattern_needs(_NO_CASES.pattern, "复议")
    assert pattern_needs(_REVIEWS.pattern, "复议")
    assert pattern_needs(_LAWSUITS.pattern, "诉讼")
    assert pattern_needs(OUTCOME_PATTERN.pattern, "件")
    # Round 47: the zeros written in characters run on a sentence holding 零, digit or not
    assert all(pattern_needs(pattern.pattern, "零") for _, pattern, _ in _ZEROS_IN_CHARACTERS)
    reviews, lawsuits = (pattern.pattern for _, pattern, _ in _ZEROS_IN_CHARACTERS)
    assert pattern_needs(reviews, "复议")
    assert pattern_needs(lawsuits, "诉讼")
    # The check can fail:
    assert not pattern_needs(r"行政复议|复(\d+)议", "复议")
    assert not pattern_needs(r"(?:复议)?\d+件", "复议")
    assert not pattern_needs(r"复(?<!x)议", "复议")


# The inline-tag pattern as first written: one alternative per tag name.
_INLINE_REFERENCE = re.compile(
    r"</?(?:span|font|o:p|strong|em|a|img|b|i|u|sup|sub|small|big|label|ins|del|abbr|st1:\w+|w:\w+|v:\w+)"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_TAG_NAMES = [
    *(
        "span",
        "font",
        "o:p",
        "strong",
        "em",
        "a",
        "img",
        "b",
        "i",
        "u",
        "sup",
        "sub",
        "small",
        "big",
        "label",
    ),
    *("ins", "del", "abbr", "st1:chsdate", "w:wrap", "v:shape", "st1:", "w:"),
    *("SPAN", "Abbr", "bi", "sp", "st", "image", "abbrx", "insert", "td", "p", "s", "o"),
]
_A_TAG = st.builds(
    "<{}{}{}{}".format,
    st.sampled_from(["", "/"]),
    st.sampled_from(_TAG_NAMES),
    st.sampled_from(["", " ", ' class="x"', " a", "x", "1", "\n", "<"]),
    st.sampled_from([">", "/>", "", " >", "/"]),
)
_TAG_SOUP = st.lists(_A_TAG | st.sampled_from(["<", ">", " ", "年"]) | st.text(max_size=3), max_size=12).map(
    "".join
)


@given(_TAG_SOUP)
def test_the_inline_tag_tree_finds_what_the_plain_alternation_finds(markup: str) -> None:
    assert [m.span() for m in _INLINE.finditer(markup)] == [
        m.span() for m in _INLINE_REFERENCE.finditer(markup)
    ]
