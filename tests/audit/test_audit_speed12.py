"""Issue 16 round 12: the tokens stage pays less per cell, line and piece, with the same tokens as before.

Each change is of how a token is computed, never of what it is: a grid cell's token is built with its place on the
grid (not built, then four fields set); ``parse_value`` answers ``None`` at once for text opening with an ideograph
no value opens with (``opens_with_a_word``), and ``_segment_gap`` keeps such a gap as one text without its value
steps; ``_labels_and_figures`` refuses a cell holding an ideograph of no label, value or list number before any cut
(``_STRAY_IDEOGRAPH``); ``label_key`` looks only for the characters NFKC can leave, and only when one is there. Each
shortcut rests on one fact of Unicode, checked here on every basic ideograph: NFKC leaves it as it is and in its
place. The code before the round (each shortcut switched off, the old ``tokenize`` written out below) and after are
compared on generated documents and on every published page; each shortcut broken on purpose is caught.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from typing import TYPE_CHECKING, Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import _text as text_module
from disclosure_rules._audit import _auditor as auditor
from disclosure_rules._audit import _normalize as normalize
from disclosure_rules._audit import _tables as tables
from disclosure_rules._audit._auditor import AuditError
from disclosure_rules._audit._document import (
    Block,
    Cell,
    Document,
    cut_digit_runs,
    looks_like_html,
    read_copied_text,
    read_html,
)
from disclosure_rules._audit._documents import page_text
from disclosure_rules._audit._labels_index import INDEX, SEGMENT_CHARACTERS, lookup
from disclosure_rules._audit._normalize import (
    _OPENING_IDEOGRAPHS,
    VALUE_IDEOGRAPHS,
    is_basic_ideograph,
    opens_with_a_word,
    parse_value,
)
from disclosure_rules._audit._tables import Token, _where
from disclosure_rules._audit._variants import simplify, without_pinyin
from disclosure_rules._audit._wrapped import repair_wrapped_labels
from disclosure_rules._text import _DROP, label_key, nfkc
from tests.audit.test_audit_gates import _PUBLISHED, published_pages_audited_otherwise

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from pathlib import Path

_IDEOGRAPHS = [chr(code) for code in range(0x4E00, 0xA000)]
_CACHED = (label_key, lookup, parse_value)


# ---- the fact every shortcut rests on ------------------------------------------------------------------------------


def test_nfkc_leaves_every_basic_ideograph_as_it_is_and_in_its_place() -> None:
    """No decomposition, and no canonical composition takes one in: NFKC keeps it, where it stands.

    (A compatibility ideograph, 豈 U+F900, maps to a basic one alone: a singleton, which composition never makes.)
    """
    assert all(unicodedata.normalize("NFKC", char) == char for char in _IDEOGRAPHS)
    assert all(unicodedata.decomposition(char) == "" for char in _IDEOGRAPHS)
    basic = frozenset(_IDEOGRAPHS)
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        # a canonical pair (no "<compat>"-style tag): what canonical composition puts together
        if len(parts) == 2 and not parts[0].startswith("<"):
            assert not basic & {chr(int(part, 16)) for part in parts}


_AROUND = st.text(
    st.sampled_from(
        "0123456789,.+-—/\\*()无空暂增减加少元万亿笔项个件条份 \u3000\xa0\u0301\u3099ａ１①㉑⼈\uf900"
    )
    | st.characters(),
    max_size=8,
)


@given(st.sampled_from(_IDEOGRAPHS), _AROUND, _AROUND)
@settings(max_examples=500, deadline=None)
def test_nfkc_keeps_an_ideograph_among_any_characters(char: str, before: str, after: str) -> None:
    normal = unicodedata.normalize("NFKC", before + char + after)
    assert normal.count(char) >= (before + char + after).count(char)
    assert unicodedata.normalize("NFKC", char + after).startswith(char)


# ---- parse_value: no value opens with a word, nor holds a stray ideograph ------------------------------------------


def _parse_value_before(raw: str) -> Any:
    """``parse_value`` as it was: every text normalised and matched against each kind of value."""
    with mock.patch.object(normalize, "opens_with_a_word", return_value=False):
        return parse_value.__wrapped__(raw)


def test_no_value_opens_with_any_other_ideograph() -> None:
    words = sorted(frozenset(_IDEOGRAPHS) - _OPENING_IDEOGRAPHS)
    with mock.patch.object(normalize, "opens_with_a_word", return_value=False):  # every text read in full
        for rest in ("", "1", "加1", "少2", "无", "元", "12", "-3", " 1"):
            assert [char for char in words if parse_value.__wrapped__(char + rest) is not None] == []
    # the opening ideographs are needed: each opens a value
    opening = ("无", "空", "暂无", "增3", "减12", "增加1", "减少2")
    assert all(_parse_value_before(value) is not None for value in opening)
    assert {value[0] for value in opening} == _OPENING_IDEOGRAPHS


@given(st.sampled_from(_IDEOGRAPHS), _AROUND)
@settings(max_examples=500, deadline=None)
def test_a_value_is_read_as_before(char: str, rest: str) -> None:
    for raw in (char + rest, rest, rest + char, " " + char + rest):
        assert parse_value.__wrapped__(raw) == _parse_value_before(raw)
        if opens_with_a_word(raw):
            assert _parse_value_before(raw) is None


@given(st.sampled_from(sorted(frozenset(_IDEOGRAPHS) - VALUE_IDEOGRAPHS)), _AROUND, _AROUND)
@settings(max_examples=500, deadline=None)
def test_no_value_holds_an_ideograph_of_no_value_word(char: str, before: str, after: str) -> None:
    assert _parse_value_before(before + char + after) is None


def test_every_value_ideograph_is_held_by_a_value() -> None:
    """The set is no larger than the values need (a smaller one would refuse these values)."""
    values = (
        "2笔",
        "6项",
        "3个",
        "1件",
        "4条",
        "5份",
        "12元",
        "1.5万元",
        "2亿元",
        "无",
        "空",
        "暂无",
        "增加1",
        "减少2",
    )
    assert all(_parse_value_before(value) is not None for value in values)
    assert {char for value in values for char in value if is_basic_ideograph(char)} == VALUE_IDEOGRAPHS


# ---- label_key: only the characters NFKC leaves are looked for -----------------------------------------------------


def _label_key_before(text: str) -> str:
    """``label_key`` by its definition: NFKC, then the whole table of dropped and unified characters."""
    return "".join(nfkc(text).translate(_DROP).split()).lower()


_KEY_TEXT = st.text(
    st.sampled_from(
        [chr(code) for code in _DROP] + [*"，。、；：（）［］．　 \xa0“”‘’「」*政府规章1２Ａb\t\n"]
    )
    | st.characters(),
    max_size=12,
)


@given(_KEY_TEXT)
@settings(max_examples=1000, deadline=None)
def test_a_label_key_is_as_before(text: str) -> None:
    assert label_key.__wrapped__(text) == _label_key_before(text)


def test_every_dropped_character_is_dropped_as_before() -> None:
    for code in _DROP:
        for text in (chr(code), f"规{chr(code)}章", f"{chr(code)}{chr(code)}1"):
            assert label_key.__wrapped__(text) == _label_key_before(text)


# ---- tokens: generated documents and every published page ----------------------------------------------------------


def _tokenize_before(document: Document) -> list[Token]:
    """``tokenize`` as it was: each cell's token built, then its place on the grid set field by field."""
    tokens: list[Token] = []
    padded = tables._padded_widths(document)
    for block in document.blocks:
        if block.cells:
            cells: Sequence[Cell] = block.cells
            keeps_places = block.delimited
            if padded and not block.grid and len(cells) in padded:
                cells = tables._without_trailing_blanks(cells)
                keeps_places = False
            for cell in cells:
                place: str | Block = block if document.kind == "html" else _where(block, None, document.kind)
                token = tables._classify(cell.text, place, tokens, allow_segment=not block.grid)
                if token is not None and keeps_places:
                    token.line = block.row
                if token is not None and block.grid:
                    token.table, token.row, token.col, token.colspan = (
                        block.table,
                        block.row,
                        cell.col,
                        cell.colspan,
                    )
            if not block.grid and len(block.cells) > 1 and not block.runs_on:
                tokens.append(Token("text", "", _where(block, None, document.kind)))
        else:
            where = _where(block, None, document.kind)
            for line in block.text.split("\n"):
                if line.strip():
                    tables._classify(line, where, tokens, allow_segment=True)
    return tokens


@contextlib.contextmanager
def _code_before_the_round() -> Iterator[None]:
    """Every shortcut of the round switched off: the code as it computed each result before."""
    patches = (
        mock.patch.object(normalize, "opens_with_a_word", return_value=False),
        mock.patch.object(tables, "opens_with_a_word", return_value=False),
        mock.patch.object(tables, "_STRAY_IDEOGRAPH", re.compile(r"(?!)")),
        mock.patch.object(text_module, "_ANY_DROPPED", re.compile("")),
        mock.patch.object(
            text_module, "_DROP_PAIRS", tuple((chr(code), plain or "") for code, plain in _DROP.items())
        ),
        mock.patch.object(tables, "tokenize", _tokenize_before),
        mock.patch.object(auditor, "tokenize", _tokenize_before),
    )
    with contextlib.ExitStack() as stack:
        for patch in patches:
            stack.enter_context(patch)
        _clear_caches()
        yield
    _clear_caches()


def _clear_caches() -> None:
    for cached in _CACHED:
        cached.cache_clear()


def _tokens(document: Document) -> list[Token]:
    _clear_caches()
    return tables.tokenize(document)


_LABELS = sorted(INDEX)[::3]
_PIECES = (*_LABELS, "（一）予以公开", "行政处罚", "行政强制", "政府集中采购", "规章", "行政规范性文件", "申请人情况",
           "信息内容", "本年度办理结果", "结果维持", "0", "12", "000", "1,234", "3.5", "增3", "减少2", "-5", "+7", "2笔",
           "12.5万元", "无", "空", "暂无", "—", "/", "(无)", "2019年", "上海市", "发布日期：", "，", "。", "“", "”", "、",
           "（二）", "一、", "2.", "件", "项", " ", "  ", "\u3000", "\xa0", "16减12", "15-15", "20000022025年", "共",
           "人民政府", "①", "㉑", "Ａ", "［", "】", "*", "'", "等", "\u0301", "\uf900", "⼈",
           "按时编辑出版公报，全年共编发公报24期，刊登政府规章、规范性文件等112件，部门规范性文件45件，政策解读83件。")  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=9).map("".join)


@st.composite
def _documents(draw: st.DrawFn) -> Document:
    blocks: list[Block] = []
    for row in range(1, draw(st.integers(1, 6)) + 1):
        kind = draw(st.sampled_from(("grid", "copied", "prose")))
        if kind == "prose":
            lines = draw(st.lists(_TEXT, max_size=4))
            blocks.append(Block(text="\n".join(lines), row=draw(st.integers(0, 3))))
            continue
        texts = draw(st.lists(_TEXT, min_size=1, max_size=11))
        cells = [
            Cell(text, col=col, colspan=draw(st.integers(1, 3)), rowspan=draw(st.integers(1, 2)))
            for col, text in enumerate(texts)
        ]
        blocks.append(
            Block(
                cells=cells,
                table=draw(st.integers(0, 3)),
                row=row,
                grid=kind == "grid",
                delimited=draw(st.booleans()),
                runs_on=draw(st.booleans()),
            )
        )
    return Document(blocks, None, draw(st.sampled_from(("html", "text"))))


@given(_documents())
@settings(max_examples=300, deadline=None)
def test_a_document_is_tokenized_as_before(document: Document) -> None:
    after = _tokens(document)
    with _code_before_the_round():
        before = _tokens(document)
    assert after == before


def _document(page: Path) -> Document | None:
    """The page read as the auditor reads it (charset, variants, digit runs), or None for a page it cannot read."""
    try:
        text = page_text(page.read_bytes(), page.name)
    except AuditError:
        return None
    text, _ = simplify(text)
    text, _ = without_pinyin(text)
    text, _ = cut_digit_runs(text)
    if looks_like_html(text):
        return read_html(text)
    return read_copied_text(repair_wrapped_labels(text))


def _published_documents() -> list[Document]:
    pages = _PUBLISHED
    assert len(pages) > 1000  # the development and blind sets, not an empty folder
    return [document for document in map(_document, pages) if document is not None]


def test_every_published_page_is_tokenized_as_before() -> None:
    documents = _published_documents()
    after = [_tokens(document) for document in documents]
    with _code_before_the_round():
        before = [_tokens(document) for document in documents]
    assert [
        number for number, (one, other) in enumerate(zip(after, before, strict=True)) if one != other
    ] == []


def test_every_published_page_audits_alike_with_the_code_before_the_round() -> None:
    """``label_key`` and ``parse_value`` serve every stage: the whole audit is compared, byte for byte."""
    _clear_caches()
    assert published_pages_audited_otherwise(_code_before_the_round) == []


# ---- each shortcut broken on purpose is caught ---------------------------------------------------------------------

# Cells and lines that take each path: glued labels and figures (PDF text), a count with its unit, prose, headings,
# blanks and signed changes, spans on the grid.
_CASES = (
    "政府集中采购 2笔", "规章 000行政规范性文件", "行政处罚   1行政强制  0", "行政许可 3份行政处罚 1", "无", "增3",
    "减少2", "暂无", "1.5万元", "行政事业性收费16减12", "2019年上海市人民政府办公厅政府信息公开工作年度报告",
    "发布日期：2020-01-31", "规章，“行政规范性文件”、其他 1", "(一)予以公开 5 (二)部分公开 6 (三)不予公开 7",
    "三、收到和处理政府信息公开申请情况 申请人情况 信息内容 本年度办理结果 结果维持 12 13", "“行政规范性文件”",
    "行政复议、行政诉讼",
)  # fmt: skip


def _case_documents() -> list[Document]:
    grid = [
        Block(
            cells=[Cell(text, col=2 * col, colspan=2) for col, text in enumerate(_CASES)],
            table=1,
            row=1,
            grid=True,
        )
    ]
    lines = [Block(text="\n".join(_CASES))]
    copied = [Block(cells=[Cell(text, col=col) for col, text in enumerate(_CASES)], row=2)]
    return [Document(blocks, None, kind) for blocks in (grid, lines, copied) for kind in ("html", "text")]


_BROKEN: dict[str, Callable[[], contextlib.AbstractContextManager[object]]] = {
    "a value opening with 无 or 增 is taken for a word": lambda: mock.patch.object(
        normalize, "_OPENING_IDEOGRAPHS", frozenset()
    ),
    "every gap is taken for prose": lambda: mock.patch.object(tables, "opens_with_a_word", bool),
    "a unit of a count is taken for a stray ideograph": lambda: mock.patch.object(
        tables, "_STRAY_IDEOGRAPH", tables._ideographs_but(SEGMENT_CHARACTERS - {"笔", "份"})
    ),
    "a label's character is taken for a stray ideograph": lambda: mock.patch.object(
        tables, "_STRAY_IDEOGRAPH", tables._ideographs_but(VALUE_IDEOGRAPHS)
    ),
    "the grid's span is not passed": lambda: mock.patch.object(
        tables, "_classify", _without_span(tables._classify)
    ),
    "the quotes are not looked for": lambda: mock.patch.object(
        text_module, "_ANY_DROPPED", re.compile("[、。*]")
    ),
    "the enumeration comma is not dropped": lambda: mock.patch.object(
        text_module, "_DROP_PAIRS", tuple(pair for pair in text_module._DROP_PAIRS if pair[0] != "、")
    ),
}


def _without_span(classify: Callable[..., Token | None]) -> Callable[..., Token | None]:
    def classify_without_span(*args: Any, **kwargs: Any) -> Token | None:
        kwargs.pop("colspan", None)
        return classify(*args, **kwargs)

    return classify_without_span


def _read(documents: Sequence[Document]) -> list[object]:
    """The tokens of each document, and each case's key and value (read uncached)."""
    keys = [label_key.__wrapped__(case) for case in _CASES]
    values = [parse_value.__wrapped__(case) for case in _CASES]
    return [*(_tokens(document) for document in documents), keys, values]


def _differences(documents: Sequence[Document]) -> int:
    after = _read(documents)
    with _code_before_the_round():
        before = _read(documents)
    return sum(one != other for one, other in zip(after, before, strict=True))


def test_the_cases_are_tokenized_as_before() -> None:
    assert _differences(_case_documents()) == 0


@pytest.mark.parametrize("broken", sorted(_BROKEN))
def test_a_broken_shortcut_is_caught(broken: str) -> None:
    with _BROKEN[broken]():
        assert _differences(_case_documents()) > 0


def test_the_stray_ideograph_test_is_taken() -> None:
    """The shortcuts are used: headings with a figure are refused uncut, prose gaps are kept at once."""
    assert tables._STRAY_IDEOGRAPH.search("2019年上海市人民政府办公厅政府信息公开工作年度报告") is not None
    assert tables._STRAY_IDEOGRAPH.search("政府集中采购 2笔行政处罚 1") is None
    assert opens_with_a_word("市政府办公厅代表市政府共受理")
    assert not opens_with_a_word("12件")
