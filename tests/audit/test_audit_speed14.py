"""Issue 16 round 14: the prose is read into sentences with less work per line, alike.

``read_prose`` searched every line for a heading's numeral and mark before cutting it at headings; the block's next
mark is now found once and from line to line (``_lines_and_marks``), and a line before it is one piece. ``_norms``
dropped the spaces of each sentence with its own ``split`` and ``join``; the whole text is split once, its line
breaks held by a NUL (``_without_spaces``); each sentence is made as it is found, its norm set after (no tuple per
sentence made and unpacked). The code before the round (written out below) and after are compared on
generated text and on every published page's whole audit; each shortcut broken on purpose is caught. The spans of
several years (``_SEVERAL_YEARS``) are sought with a look-ahead on the characters every span opens with, derived
here from the pattern itself; the paragraphs a list may be introduced in are found by one class search.
"""

from __future__ import annotations

import contextlib
import re
from functools import partial
from re import _parser as re_parser  # type: ignore[attr-defined]  # re's own parser: what the pattern opens with
from typing import TYPE_CHECKING
from unittest import mock

import pytest
from hypothesis import example, find, given
from hypothesis import strategies as st

from disclosure_rules._audit import _auditor as auditor
from disclosure_rules._audit import _narrative as narrative
from disclosure_rules._audit._document import Block, Document
from disclosure_rules._text import nfkc
from tests.audit.test_audit_gates import published_pages_audited_otherwise

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

_HEADING_MARK = narrative._HEADING_MARK


# ---- the code before the round, written out ------------------------------------------------------------------------


def _lines_and_marks_before(text: str) -> list[tuple[str, bool]]:
    """Each line, and whether its own search finds a numeral and mark (what ``_headings`` asked first)."""
    return [(line, _HEADING_MARK.search(line) is not None) for line in text.split("\n")]


def _without_spaces_before(lines: str) -> str:
    return "\n".join("".join(line.split()) for line in lines.split("\n"))


def _read_prose_before(document: Document) -> narrative.Prose:
    """``read_prose`` as it was: every line cut at its headings (a line with no mark is one piece)."""
    found: list[tuple[str, str, str, int, str]] = []
    section = printed = ""
    paragraph = 0
    shifted = any(
        not block.cells and "主动公开" in block.text and narrative._opens_at_proactive(block.text)
        for block in document.blocks
    )
    for block in document.blocks:
        if block.cells:
            continue
        for text in block.text.split("\n"):
            if not text.strip():
                continue
            paragraph += 1
            where = f"第{block.row}行" if document.kind == "text" and block.row else f"第{paragraph}段"
            for heading, numeral, piece in narrative._split_at_headings(text, shifted=shifted):
                if heading:
                    section, printed = heading, ("" if numeral == heading else numeral)
                for raw in narrative._SENTENCE.findall(piece):
                    sentence = raw.strip()
                    if len(sentence) >= 2:
                        found.append((sentence, where, section, paragraph, printed))
    texts = [text for text, _, _, _, _ in found]
    norms = _norms_before(texts) if texts else []
    return narrative.Prose(
        [
            narrative.Sentence(text, norm, where, section, paragraph, printed)
            for (text, where, section, paragraph, printed), norm in zip(found, norms, strict=True)
        ]
    )


def _norms_before(texts: list[str]) -> list[str]:
    with mock.patch.object(narrative, "_without_spaces", _without_spaces_before):
        return narrative._norms(texts)


def _introduced_paragraphs_before(
    paragraphs: list[tuple[list[narrative.Sentence], str]],
) -> Iterator[tuple[list[narrative.Sentence], str]]:
    for sentences, text in paragraphs:
        if any(char in text for char in narrative._LIST_INTRODUCER_CHARS):
            yield sentences, text


@contextlib.contextmanager
def _code_before_the_round() -> Iterator[None]:
    with (
        mock.patch.object(auditor, "read_prose", _read_prose_before),  # the name the auditor calls
        mock.patch.object(narrative, "_without_spaces", _without_spaces_before),
        mock.patch.object(narrative, "_introduced_paragraphs", _introduced_paragraphs_before),
        mock.patch.object(narrative, "_SEVERAL_YEARS_SOUGHT", narrative._SEVERAL_YEARS),
    ):
        yield


# ---- generated text ------------------------------------------------------------------------------------------------

# Headings' numerals and marks (the eight of a section, others), their words, spaces of every kind, NUL, line breaks
_PIECES = [
    *"一二三四五六七八九十、,，.．(（)）\n \u3000\xa0\t\r\x1c\x85\u2028\0",
    "一、",
    "\n二、",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "八．其他需要报告的事项",
    "四,行政复议",
    "主动公开",
    "我局全年主动公开政府信息1,234条。",
    "申请12件；",
    "“年度”",
    "\n\n",
]
_TEXT = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=30).map("".join)


@given(_TEXT)
@example("一、总体情况\n二、主动公开\n三、申请")
@example("a\n一、\n")
def test_each_line_is_marked_as_its_own_search_marks_it(text: str) -> None:
    assert list(narrative._lines_and_marks(text)) == _lines_and_marks_before(text)


@given(_TEXT)
@example("年度 报告\n共 1 条\0\n")
def test_the_spaces_go_as_line_by_line(text: str) -> None:
    assert narrative._without_spaces(text) == _without_spaces_before(text)


_BLOCKS = st.lists(
    st.tuples(_TEXT, st.booleans(), st.integers(0, 3)).map(
        lambda made: Block(text=made[0], cells=[], row=made[2]) if made[1] else Block(text=made[0])
    ),
    max_size=6,
)


@given(_BLOCKS, st.sampled_from(["html", "text"]))
def test_a_page_s_prose_reads_as_before(blocks: list[Block], kind: str) -> None:
    document = Document(blocks, None, kind)
    assert narrative.read_prose(document) == _read_prose_before(document)


@given(_TEXT | st.text(alphabet="其分包含中申请条件1,", max_size=8))
def test_a_paragraph_is_introduced_as_its_characters_say(text: str) -> None:
    paragraphs = [([narrative.Sentence(text, text, "", "")], text)]
    assert list(narrative._introduced_paragraphs(paragraphs)) == list(
        _introduced_paragraphs_before(paragraphs)
    )


_LIST_PROSE = st.lists(
    st.sampled_from(
        [
            "在主动公开的100条政府信息中，",
            "在主动公开的10条信息中,",
            "规范性文件60条，",
            "其他40条。",
            "工作动态30条；",
            "共公开信息50条，其中",
            "主动公开政府信息20条。",
            "\n",
        ]
    ),
    max_size=14,
).map("".join)


@given(st.lists(_LIST_PROSE, max_size=4))
def test_the_list_stages_read_as_before(texts: list[str]) -> None:
    """The lists of generated prose (the "在…中，" lists among them) with the round's list changes and without."""
    prose = narrative.read_prose(Document([Block(text=text) for text in texts], None, "html"))
    with mock.patch.object(narrative, "_introduced_paragraphs", _introduced_paragraphs_before):
        before = narrative.stated_lists(prose)
    assert narrative.stated_lists(prose) == before


# ---- the spans of several years, sought from where one may open -------------------------------------------------------


def _in_characters(items: list[tuple[object, object]]) -> set[str]:
    """The characters a class holds; a category or a negation has no short list (the test then fails)."""
    held: set[str] = set()
    for op, value in items:
        if str(op) == "LITERAL" and isinstance(value, int):
            held.add(chr(value))
        elif str(op) == "RANGE" and isinstance(value, tuple):
            held.update(map(chr, range(value[0], value[1] + 1)))
        else:
            raise AssertionError(f"no short list of characters: {op}")
    return held


def _openings(items: list[tuple[object, object]]) -> tuple[set[str], bool]:
    """The characters a match of the parsed ``items`` may open with, and whether it may be empty."""
    opening: set[str] = set()
    for op, value in items:
        kind = str(op)
        if kind in {"ASSERT", "ASSERT_NOT", "AT"}:
            continue  # zero-width: the next item opens the match
        if kind == "LITERAL" and isinstance(value, int):
            return opening | {chr(value)}, False
        if kind == "IN" and isinstance(value, list):
            return opening | _in_characters(value), False
        if kind == "SUBPATTERN" and isinstance(value, tuple):
            inner, empty = _openings(list(value[-1]))
        elif kind == "BRANCH" and isinstance(value, tuple):
            found = [_openings(list(branch)) for branch in value[1]]
            inner, empty = set().union(*(chars for chars, _ in found)), any(empty for _, empty in found)
        elif kind in {"MAX_REPEAT", "MIN_REPEAT"} and isinstance(value, tuple):
            inner, empty = _openings(list(value[2]))
            empty = empty or value[0] == 0
        else:
            raise AssertionError(f"not followed: {kind}")
        opening |= inner
        if not empty:
            return opening, False
    return opening, True


def test_every_span_of_several_years_opens_with_a_sought_character() -> None:
    """What makes the look-ahead exact: every match of the pattern is one non-empty match opening with them."""
    opening, empty = _openings(list(re_parser.parse(narrative._SEVERAL_YEARS.pattern)))
    assert not empty
    sought = re.compile(f"[{narrative._SEVERAL_YEARS_OPENINGS}]")
    assert {"近", "2", "两", "多", "历", "累", "至", "条"} <= opening
    assert all(sought.fullmatch(character) for character in opening)
    assert narrative._SEVERAL_YEARS_SOUGHT.pattern.endswith(f"(?:{narrative._SEVERAL_YEARS.pattern})")


_YEARS_TEXT = st.lists(
    st.sampled_from(
        [
            *"近两十年以来多历累至条1230年。,",
            "10",
            "近3年",
            "多年来",
            "历年",
            "累计",
            "至今",
            "条例",
            "》",
            "正式",
            "实施",
            "施行",
            "2023年",
        ]
    ),
    max_size=16,
).map("".join)


@given(_YEARS_TEXT, st.integers(0, 40))
@example("近3年来", 4)
def test_the_spans_are_found_as_before(text: str, at: int) -> None:
    def spans(pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        return [found.span() for found in pattern.finditer(text, 0, at)]

    assert spans(narrative._SEVERAL_YEARS_SOUGHT) == spans(narrative._SEVERAL_YEARS)
    with mock.patch.object(narrative, "_SEVERAL_YEARS_SOUGHT", narrative._SEVERAL_YEARS):
        before = narrative.over_several_years(text, at)
    assert narrative.over_several_years(text, at) == before


def _spans_differ(broken: re.Pattern[str], text: str) -> bool:
    return list(map(re.Match.span, broken.finditer(text))) != list(
        map(re.Match.span, narrative._SEVERAL_YEARS.finditer(text))
    )


def test_a_look_ahead_missing_an_opening_is_caught() -> None:
    for missing in "近多历":
        openings = narrative._SEVERAL_YEARS_OPENINGS.replace(missing, "")
        broken = re.compile(f"(?=[{openings}])(?:{narrative._SEVERAL_YEARS.pattern})")
        found = find(_YEARS_TEXT, partial(_spans_differ, broken))
        assert missing in found


def test_both_ways_of_dropping_the_spaces_are_met() -> None:
    """A text with a NUL of its own goes line by line (the NUL kept), any other in one split."""
    assert narrative._without_spaces("a b\0c\nd e") == "ab\0c\nde"
    assert narrative._without_spaces(nfkc("共 1 条\n第 2 段 ")) == "共1条\n第2段"


# ---- whole pages ---------------------------------------------------------------------------------------------------


def test_every_published_page_audits_alike_with_the_code_before_the_round() -> None:
    assert published_pages_audited_otherwise(_code_before_the_round) == []


# ---- each shortcut broken on purpose is caught ---------------------------------------------------------------------


def _next_mark_skips_a_character(text: str) -> Iterator[tuple[str, bool]]:
    """The next mark searched one character too late: a mark opening the next line is missed."""
    mark = _HEADING_MARK.search(text)
    line_end = -1
    for line in text.split("\n"):
        line_end += 1 + len(line)
        marked = mark is not None and mark.start() < line_end
        if marked:
            mark = _HEADING_MARK.search(text, line_end + 2)
        yield line, marked


def _only_the_first_mark(text: str) -> Iterator[tuple[str, bool]]:
    """The block's first mark alone: the lines after its line are never cut."""
    first = _HEADING_MARK.search(text)
    line_end = -1
    for line in text.split("\n"):
        start, line_end = line_end + 1, line_end + 1 + len(line)
        yield line, first is not None and start <= first.start() < line_end


def _breaks_held_by_a_space(lines: str) -> str:
    """The line breaks held by a character ``str.split`` drops: the sentences run together."""
    return "".join(lines.replace("\n", "\u3000").split())


def _no_fallback(lines: str) -> str:
    """Always one split, a NUL of the text's own taken for a line break."""
    return "".join(lines.replace("\n", "\0").split()).replace("\0", "\n")


_BROKEN_MARKS: dict[str, Callable[[str], Iterator[tuple[str, bool]]]] = {
    "the next mark searched a character late": _next_mark_skips_a_character,
    "the block's first mark alone": _only_the_first_mark,
}


def _introducer_class_missing_one(
    paragraphs: list[tuple[list[narrative.Sentence], str]],
) -> Iterator[tuple[list[narrative.Sentence], str]]:
    """The class without 中: a "在…的N条信息中，" list is never read."""
    for sentences, text in paragraphs:
        if re.search(f"[{narrative._LIST_INTRODUCER_CHARS[:-1]}]", text):
            yield sentences, text


_BROKEN_SPACES: dict[str, Callable[[str], str]] = {
    "line breaks held by a space": _breaks_held_by_a_space,
    "no line-by-line way for a NUL": _no_fallback,
}


def _marks_differ(broken: Callable[[str], Iterator[tuple[str, bool]]], text: str) -> bool:
    return list(broken(text)) != _lines_and_marks_before(text)


def _spaces_differ(broken: Callable[[str], str], text: str) -> bool:
    return broken(text) != _without_spaces_before(text)


def test_a_broken_mark_search_is_caught() -> None:
    for broken in _BROKEN_MARKS.values():
        assert _marks_differ(broken, find(_TEXT, partial(_marks_differ, broken)))


def test_a_broken_space_drop_is_caught() -> None:
    for broken in _BROKEN_SPACES.values():
        assert _spaces_differ(broken, find(_TEXT, partial(_spaces_differ, broken)))


def test_a_broken_mark_search_changes_a_page_s_sections() -> None:
    """A heading line right after another one, missed, leaves its sentences in the section before."""
    document = Document(
        [Block(text="一、总体情况\n二、主动公开政府信息情况。本年度公开信息3条。")], None, "html"
    )
    assert narrative.read_prose(document).sentences[-1].section == "二"
    for broken in _BROKEN_MARKS.values():
        with mock.patch.object(narrative, "_lines_and_marks", broken):
            assert narrative.read_prose(document) != _read_prose_before(document)


def test_a_broken_introducer_class_is_caught() -> None:
    assert narrative._LIST_INTRODUCER_CHARS.endswith("中")
    found = find(
        _LIST_PROSE,
        lambda text: (
            list(_introducer_class_missing_one([([], text)]))
            != list(_introduced_paragraphs_before([([], text)]))
        ),
    )
    assert "中" in found
    # and in the lists read: a paragraph whose only introducer is "…信息中，" loses its list

    def lists_differ(text: str) -> bool:
        prose = narrative.read_prose(Document([Block(text=text)], None, "html"))
        with mock.patch.object(narrative, "_introduced_paragraphs", _introducer_class_missing_one):
            broken = narrative.stated_lists(prose)
        return broken != narrative.stated_lists(prose)

    assert lists_differ(find(_LIST_PROSE, lists_differ))


def test_a_broken_shortcut_changes_published_audits() -> None:
    """The whole-page comparison above sees each shortcut: broken, some published page audits otherwise."""
    assert published_pages_audited_otherwise(
        lambda: mock.patch.object(narrative, "_lines_and_marks", _only_the_first_mark)
    )
    # the sentences run together: fewer norms than sentences, which read_prose refuses outright
    with pytest.raises(ValueError, match="shorter"):
        published_pages_audited_otherwise(
            lambda: mock.patch.object(narrative, "_without_spaces", _breaks_held_by_a_space)
        )
