"""The auditor's fast paths give what the plain definitions give, for any text (outputs unchanged)."""

from __future__ import annotations

import re
import sys
import unicodedata
from _markupbase import ParserBase
from re import _parser as re_parser  # type: ignore[attr-defined]  # re's own parser: what the patterns need
from typing import TYPE_CHECKING, Any
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import _document as document
from disclosure_rules._audit._document import Block, _HtmlReader, cut_digit_runs
from disclosure_rules._audit._labels_index import _SEGMENT_KEYS, segment_pattern
from disclosure_rules._audit._narrative import (
    _HEADING,
    _LAWSUITS,
    _PROACTIVE_TOTAL,
    _REQUESTS,
    _REVIEWS,
    _SENTENCE,
    _THOUSANDS,
    OUTCOME_PATTERN,
    Prose,
    Sentence,
    _norms,
    stated_numbers,
)
from disclosure_rules._audit._tables import _CJK_GAP, label_key_soft
from disclosure_rules._limits import MAX_DIGIT_RUN
from disclosure_rules._text import _DROP, label_key, nfkc

if TYPE_CHECKING:
    from collections.abc import Callable

# The characters nfkc replaces itself, characters it leaves to the quick check (ideographs, 。、“”), and the
# ones that need the full normalisation: full-width letters and digits, combining marks that compose with a
# replaced character ("（" + U+0338), compatibility ligatures and circled numbers.
_TRICKY = [
    *"，：；（）！？％\u3000\xa0",
    *"年的。、“”1a (",
    "１",
    "Ａ",
    "\u0301",
    "\u0338",
    "\u0308",
    "ﬁ",
    "①",
    "㈠",
    "ｶ",
    "\u3099",
]
_TEXT = st.text(alphabet=st.sampled_from(_TRICKY) | st.characters())


@given(_TEXT)
def test_nfkc_is_unicodedata_nfkc(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_nfkc_every_character() -> None:
    """Every code point alone; each replaced character before marks that compose with its plain form."""
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code <= 0xDFFF:
            assert nfkc(chr(code)) == unicodedata.normalize("NFKC", chr(code)), hex(code)
    for char in "，：；（）！？％\u3000\xa0":
        for mark in ("\u0338", "\u0301", "\u0308", "\u0327", "\u3099"):
            text = f"年{char}{mark}1{char}"
            assert nfkc(text) == unicodedata.normalize("NFKC", text), text


# The plain definitions the prose reader's patterns replace (each tried a look-behind at every character).
_SENTENCE_END_REFERENCE = re.compile(r"(?<=[。！？；;!?])|\n")
_HEADING_REFERENCE = re.compile(r"(?:^|(?<=[\s。：:]))([一二三四五六七八])[、,，.．]\s*")
_THOUSANDS_REFERENCE = re.compile(r"(?<![\d,.])(\d{1,3})((?:,\d{3})+)(?![\d,])")
_PROSE = st.text(
    alphabet=st.sampled_from([*"一二三六八九、,，.．。：:；;!?！？ \n\t\u3000年1234,."]) | st.characters()
)


@given(_PROSE)
def test_sentences_are_the_pieces_between_end_marks(text: str) -> None:
    def kept(pieces: list[str]) -> list[str]:
        return [piece.strip() for piece in pieces if len(piece.strip()) >= 2]

    assert kept(_SENTENCE.findall(text)) == kept(_SENTENCE_END_REFERENCE.split(text))


@given(_PROSE)
def test_heading_pattern_finds_what_the_look_behind_found(text: str) -> None:
    assert [(m.span(), m.group(1)) for m in _HEADING.finditer(text)] == [
        (m.span(), m.group(1)) for m in _HEADING_REFERENCE.finditer(text)
    ]


@given(_PROSE)
def test_thousands_pattern_finds_what_the_look_behind_found(text: str) -> None:
    assert [(m.span(), m.groups()) for m in _THOUSANDS.finditer(text)] == [
        (m.span(), m.groups()) for m in _THOUSANDS_REFERENCE.finditer(text)
    ]


def test_str_split_splits_at_what_backslash_s_matches() -> None:
    """``_norm`` drops spaces with ``str.split``: the same characters as ``\\s`` in a pattern."""
    spaces = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert char.isspace() == (spaces.fullmatch(char) is not None), hex(code)


_SOFT_REFERENCE = str.maketrans(
    {"“": None, "”": None, "、": ",", "，": ",", "：": ":", "\u3000": " ", "\xa0": " "}
)
_CJK_GAP_REFERENCE = re.compile(r"(?<=[\u4e00-\u9fff)])[ \t\u3000\xa0]+(?=[\u4e00-\u9fff(])")
_LABEL_TEXT = st.text(alphabet=st.sampled_from([*"“”、，：,:年公开()（） \t\u3000\xa012"]) | st.characters())


@given(_LABEL_TEXT)
def test_label_key_soft_is_nfkc_then_the_soft_table(text: str) -> None:
    assert label_key_soft(text) == unicodedata.normalize("NFKC", text).translate(_SOFT_REFERENCE)


@given(_LABEL_TEXT)
def test_cjk_gap_pattern_finds_what_the_look_behind_found(text: str) -> None:
    assert [m.span() for m in _CJK_GAP.finditer(text)] == [
        m.span() for m in _CJK_GAP_REFERENCE.finditer(text)
    ]


_STATED = re.compile(r"(\d+)(?:件|条|项)")  # every count the prose states, plainly defined


@given(st.lists(st.text(alphabet=st.sampled_from([*"12３件条项年\n x"]) | st.characters())))
def test_stated_numbers_are_those_of_each_sentence(norms: list[str]) -> None:
    sentences = [Sentence(norm, norm, "第1段", "") for norm in norms]
    expected = frozenset(int(m.group(1)) for norm in norms for m in _STATED.finditer(norm))
    assert stated_numbers(Prose(sentences)) == expected


def _one_of(chars: str) -> Callable[[str, Any], bool]:
    def accepts(name: str, argument: Any) -> bool:
        if name == "LITERAL":
            return chr(argument) in chars
        return name == "IN" and all(
            str(kind) == "LITERAL" and chr(value) in chars for kind, value in argument
        )

    return accepts


def _digit(name: str, argument: Any) -> bool:
    return name == "IN" and all(str(value) == "CATEGORY_DIGIT" for _, value in argument)


def _always(items: Any, accepts: Callable[[str, Any], bool]) -> bool:
    """Whether a parsed pattern matches only text with a character ``accepts`` takes: an item always needs one."""
    for op, argument in items:
        name = str(op)
        if accepts(name, argument):
            return True
        if name == "BRANCH" and all(_always(branch, accepts) for branch in argument[1]):
            return True
        if name == "SUBPATTERN" and _always(argument[-1], accepts):
            return True
        if name in {"MAX_REPEAT", "MIN_REPEAT"} and argument[0] >= 1 and _always(argument[2], accepts):
            return True
    return False


def test_the_proactive_total_is_always_stated_in_digits_and_counts_tiao_or_pian() -> None:
    """``proactive_total`` reads only sentences with a digit and 条 or 篇: every alternative needs both."""
    total = re_parser.parse(_PROACTIVE_TOTAL.pattern)
    assert _always(total, _digit)
    assert _always(total, _one_of("条篇"))
    # The checks can fail:
    assert not _always(re_parser.parse(r"共(\d+)条|共([一二三])条"), _digit)
    assert not _always(re_parser.parse(r"共\d*条|[\d,]"), _digit)
    assert not _always(re_parser.parse(r"共\d+(?:条|篇|件)"), _one_of("条篇"))


def test_the_counts_standard_figures_reads_are_written_in_digits() -> None:
    """``standard_figures`` tries these patterns only on sentences with a digit: each one needs a digit."""
    for pattern in (_REQUESTS, OUTCOME_PATTERN, _REVIEWS, _LAWSUITS):
        assert _always(re_parser.parse(pattern.pattern), _digit), pattern.pattern


class _CountingReader(_HtmlReader):
    """The reader as plainly defined: ``html.parser``'s own line and column count, every flush looked at."""

    updatepos = ParserBase.updatepos

    def _flush_para(self) -> None:
        buffer = self._buffer()
        if buffer is self.para or (self.stack and self.stack[-1].layout_cell):
            text = "".join(buffer).strip()
            buffer.clear()
            if text:
                self.blocks.append(Block(text=text))


_MARKUP = st.lists(
    st.sampled_from(
        [
            "<table>",
            "</table>",
            "<div>",
            "</li>",
            "x",
            "年份",
            "<tr>",
            "<td rowspan=2>",
            '<td colspan="3">',
            "</td>",
            "<p>",
            "</p>",
            "<br>",
            "<title>",
            "</title>",
            "<!-- x -->",
            "<script>",
            "</script>",
            "&amp;",
            "&#20844;",
            "\n",
            "年",
            " 12 ",
            "<",
            ">",
            "<td",
            "'",
            '"',
            "<!DOCTYPE html>",
            "<![CDATA[x]]>",
            "<?x?>",
            "</",
            "<span style='a\nb'>",
        ]
    )
    | st.text(max_size=8)
).map("".join)


@settings(max_examples=400)
@given(_MARKUP)
@example("<![<table>")  # html.parser asserts on it: both readers must refuse it alike
def test_the_fast_reader_reads_what_the_plain_one_reads(markup: str) -> None:
    assert _outcome(_HtmlReader(), markup) == _outcome(_CountingReader(), markup)


def _outcome(reader: _HtmlReader, markup: str) -> object:
    """What ``reader`` reads from ``markup`` — or the assertion html.parser raises on a marked section it does not know
    (``<![<table>``), which the auditor answers by reading the page again with ``<![`` as text (``_document``)."""
    try:
        reader.feed(markup)
    except AssertionError as error:
        return ("html.parser refused", str(error))
    return reader.finish()


_LONG_TEXT = st.text(
    alphabet=st.sampled_from([*"“”‘’\"'「」『』*、，；：〔〕【】［］[]．。\u3000\xa0 \t\nAb年公开1（）"])
    | st.characters(),
    max_size=120,
)


@given(_LONG_TEXT)
def test_label_key_is_nfkc_then_the_table_then_no_spaces_lower_case(text: str) -> None:
    """``label_key`` replaces the table's characters one after another: the same key as ``str.translate``."""
    reference = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).translate(_DROP)).lower()
    assert label_key.__wrapped__(text) == reference


def _norm_reference(text: str) -> str:
    """One sentence as the figure patterns read it, as read_prose normalised it sentence by sentence."""
    plain = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).replace("“", "").replace("”", "")
    return _THOUSANDS_REFERENCE.sub(lambda match: match.group(1) + match.group(2).replace(",", ""), plain)


_SENTENCES = st.lists(
    st.text(
        alphabet=st.sampled_from([*"1,234，５６７“”年\u3000\xa0 \t\r\u2028\u0301\u0338（）.;ﬁ①"])
        | st.characters(),
        max_size=20,
    ).map(lambda text: text.replace("\n", "")),
    max_size=8,
)


@given(_SENTENCES)
def test_sentences_normalised_together_as_one_by_one(texts: list[str]) -> None:
    assert _norms(texts) == [_norm_reference(text) for text in texts]


def test_nfkc_never_makes_a_line_break() -> None:
    """What lets read_prose normalise its sentences joined by line breaks."""
    for code in range(sys.maxunicode + 1):
        if code != ord("\n") and not 0xD800 <= code <= 0xDFFF:
            assert "\n" not in unicodedata.normalize("NFKC", chr(code)), hex(code)


_SEGMENT_REFERENCE = re.compile("|".join(re.escape(key) for key in _SEGMENT_KEYS))  # longest first
_LABEL_PIECES = st.lists(
    st.sampled_from(_SEGMENT_KEYS).map(lambda key: key[: len(key) // 2] if len(key) > 6 else key)
    | st.sampled_from(_SEGMENT_KEYS)
    | st.text(max_size=3),
    max_size=8,
).map("".join)


@given(_LABEL_PIECES)
def test_segment_pattern_finds_what_the_longest_first_alternation_found(text: str) -> None:
    assert [(m.span(), m.group()) for m in segment_pattern().finditer(text)] == [
        (m.span(), m.group()) for m in _SEGMENT_REFERENCE.finditer(text)
    ]


def test_segment_pattern_on_every_label_and_its_prefixes() -> None:
    for key in _SEGMENT_KEYS:
        for text in (key, key[:-1], key + key, "其" + key[1:] + key[:3]):
            assert segment_pattern().findall(text) == _SEGMENT_REFERENCE.findall(text), text


_DIGIT_RUNS = st.lists(
    st.integers(min_value=0, max_value=70).map(lambda length: "7" * length)
    | st.sampled_from(["１２３", "٣", "x", "年", " ", "\n", "0" * 31, "9" * 45])
    | st.text(max_size=20),
    max_size=12,
).map("".join)


@given(_DIGIT_RUNS)
def test_digit_runs_cut_as_by_the_pattern_alone(text: str) -> None:
    """The sampled pre-check never skips a page with a run to cut: the result is the pattern's over the page."""
    with mock.patch.object(document, "_may_hold_a_long_run", return_value=True):
        expected = cut_digit_runs(text)
    assert cut_digit_runs(text) == expected


def test_every_run_of_the_cut_length_is_seen_at_every_offset() -> None:
    for offset in range(40):
        for length in (MAX_DIGIT_RUN, MAX_DIGIT_RUN + 1, MAX_DIGIT_RUN + 2, 3 * MAX_DIGIT_RUN):
            text = "年" * offset + "５" * length + "。"
            assert document._may_hold_a_long_run(text) is (length > MAX_DIGIT_RUN), (offset, length)
