"""The auditor's speed paths (issue 16) give what the plain definitions give, for any input (outputs unchanged)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._audit._document import _HtmlReader

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
    "<![CDATA[x]]>",
    "<?x?>",
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


@settings(max_examples=600)
@given(_MARKUP)
def test_reading_a_page_reads_what_feeding_it_to_the_parser_reads(markup: str) -> None:
    """``_HtmlReader.read`` dispatches plain tags itself: the blocks, title and notes are the parser's."""
    fast, plain = _HtmlReader(), _HtmlReader()
    fast.read(markup)
    plain.feed(markup)
    assert fast.finish() == plain.finish()


def test_reading_hands_a_raw_text_element_to_the_parser() -> None:
    """The text of a ``<script>`` is the parser's to skip, tags and all; the table after it is read."""
    reader = _HtmlReader()
    reader.read("<script>var a = '<td>1</td>';</script><table><tr><td>一、</td><td>7</td></tr></table>")
    document = reader.finish()
    assert [[cell.text for cell in block.cells] for block in document.blocks] == [["一、", "7"]]
