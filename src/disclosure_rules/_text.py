"""Normalised forms of Chinese text shared by every reader of labels (auditor, aggregator, classifiers).

Published pages and spreadsheet exports write the same official label many ways: full-width or half-width
digits and brackets, "、" or "，", straight or curly quotes, spaces and line breaks inside a label. Labels are
compared in one normalised form (``label_key``), computed the same way for the input and for ``_labels``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, about 10x faster on Chinese prose; equal for every string.

    NFKC in C decomposes and recomposes every character (about 0.1 µs each), yet a Chinese sentence is already
    in NFKC but for a few full-width forms. Those are replaced first, each by its own NFKC (a single character,
    its whole compatibility decomposition: the string's NFKC does not change); when what is left passes the
    quick check (in C) it is the answer, otherwise (full-width digits, combining marks…) the full
    normalisation runs. tests/audit/test_audit_fast_paths.py checks the equality.
    """
    if text.isascii():  # ASCII is NFKC already (a flag of the string: no scan)
        return text
    text = (
        text.replace("，", ",")
        .replace("：", ":")
        .replace("；", ";")
        .replace("（", "(")
        .replace("）", ")")
        .replace("！", "!")
        .replace("？", "?")
        .replace("％", "%")
        .replace("\u3000", " ")
        .replace("\xa0", " ")
    )
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


# Characters with no meaning in a label: quotes of every kind, separators that pages swap freely.
_DROP: Final = str.maketrans(
    {
        "“": None,
        "”": None,
        "‘": None,
        "’": None,
        '"': None,
        "'": None,
        "「": None,
        "」": None,
        "『": None,
        "』": None,
        "*": None,  # Markdown emphasis in copied text (**行政诉讼**); never part of an official label
        "、": ",",
        "，": ",",
        "；": ";",
        "：": ":",
        "〔": "(",
        "〕": ")",
        "【": "(",
        "】": ")",
        "［": "(",
        "］": ")",
        "[": "(",
        "]": ")",
        "．": ".",
        "。": ".",
        "\u3000": None,
        "\xa0": None,
    }
)
# The same table as pairs for ``str.replace``: a search in C for each of its few characters costs less than
# ``str.translate``, which looks every character of the text up in a dict (30 µs for a line of prose, 8 µs so).
# No character the table maps to is itself in the table, so replacing one after another is the same. The pairs
# are applied to NFKC's output, which never holds a character NFKC changes (the full-width comma, colon,
# semicolon, brackets, full stop and spaces become ASCII there): only the characters it keeps are looked for.
_DROP_PAIRS: Final = tuple(
    (chr(code), plain or "") for code, plain in _DROP.items() if unicodedata.is_normalized("NFKC", chr(code))
)
# Any of them, in one search: a label holds none (most cells are labels or figures), and the loop is skipped.
_ANY_DROPPED: Final = re.compile("[" + "".join(re.escape(char) for char, _ in _DROP_PAIRS) + "]")

# A span in brackets, half- or full-width, holding no bracket: a label's note (``申请数（件）``) or the parts a
# sentence lists in brackets (``发布信息160条(其中政策类5条,…)``), both set aside by the auditor.
BRACKETED: Final = re.compile(r"[(（][^()（）]*[)）]")
# A digit anywhere (a text that holds a count), and a Chinese character of the basic block (a text in Chinese).
DIGIT: Final = re.compile(r"\d")
HAN: Final = re.compile(r"[\u4e00-\u9fff]")
# Leading list numbers: 一、 （一） (1) 1. 1、 1) — any run of them.
_NUMBERING: Final = re.compile(r"^(?:[一二三四五六七八九十]+[,.]|\([一二三四五六七八九十\d]+\)|\d+[.,)])+")


@lru_cache(maxsize=4096)
def label_key(text: str) -> str:
    """The normalised form of a label: NFKC, no spaces or quotes, one comma and bracket style, lower-case ASCII."""
    text = nfkc(text)
    if _ANY_DROPPED.search(text) is not None:
        for char, plain in _DROP_PAIRS:
            if char in text:
                text = text.replace(char, plain)
    return "".join(text.split()).lower()  # split(): the characters \s matches


# Exports also join a group and its row with a dash ("不予公开—属于国家秘密"); label_key keeps dashes.
_DASHES: Final = str.maketrans({"—": "-", "－": "-", "–": "-"})


def normalise_label(text: str) -> str:
    """The comparison form of a label typed by staff or exported by a case system (dashes unified too).

    ``normalise_label("（一）予以公开") == normalise_label("(一)予以公开")``: see :func:`label_key`.
    """
    return label_key(text.translate(_DASHES))


def strip_numbering(key: str) -> str:
    """A normalised label without its leading list numbers (``三,(三)1.属于国家秘密`` → ``属于国家秘密``)."""
    return _NUMBERING.sub("", key)


def numbering(key: str) -> str:
    """The leading list numbers of a normalised label (``(三)1.``), empty when there are none."""
    match = _NUMBERING.match(key)
    return match.group(0) if match else ""


CHINESE_DIGITS: Final = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def chinese_small_number(text: str) -> int | None:
    """``两`` → 2, ``十二`` → 12, ``35`` → 35; ``None`` for anything else (only 0-99 in words)."""
    if text.isdigit():
        return int(text)
    if not text or len(text) > 3:  # noqa: PLR2004 - 九十九 is the longest form handled
        return None
    if "十" not in text:
        return CHINESE_DIGITS.get(text) if len(text) == 1 else None
    tens_text, _, units_text = text.partition("十")
    tens = 1 if not tens_text else CHINESE_DIGITS.get(tens_text)
    units = 0 if not units_text else CHINESE_DIGITS.get(units_text)
    if tens is None or units is None:
        return None
    return tens * 10 + units
