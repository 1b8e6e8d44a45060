"""Cell-value parsing and fuzzy label similarity for published reports.

Labels are compared in the normalised form of :func:`disclosure_rules._text.label_key`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final, Literal

from disclosure_rules._text import nfkc


def bigram_similarity(left: str, right: str) -> float:
    """Dice similarity of character bigrams: tolerant of one wrong or missing character in a label."""
    if left == right:
        return 1.0
    if len(left) < 2 or len(right) < 2:  # noqa: PLR2004 - a bigram needs two characters
        return 0.0
    a = [left[i : i + 2] for i in range(len(left) - 1)]
    b = [right[i : i + 2] for i in range(len(right) - 1)]
    pool = list(b)
    common = 0
    for gram in a:
        if gram in pool:
            pool.remove(gram)
            common += 1
    return 2 * common / (len(a) + len(b))


# --------------------------------------------------------------------------------------------------
# Cell values
# --------------------------------------------------------------------------------------------------

ValueKind = Literal["blank", "int", "decimal", "signed", "amount", "digits"]

# What pages put in a cell that was not filled: nothing, a dash of any width, a slash, 无.
BLANK_MARKERS: Final = frozenset(
    {"", "-", "--", "—", "——", "–", "−", "/", "\\", "无", "－", "／", "空", "*", "(无)", "暂无", "n/a", "N/A"}
)
# A cell of nothing but these (``---``, ``//``) is blank too; its first character tells before the whole is looked at.
_DASHES: Final = frozenset("-—–/")
_INT: Final = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_DECIMAL: Final = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$|^\d+\.\d+$")
# A signed change written in words (本年增/减 as 增3, 减少12), longest first.
_SIGN_WORDS: Final = ("增加", "减少", "增", "减")
_SIGNED: Final = re.compile(rf"^([+-])(\d+)$|^({'|'.join(_SIGN_WORDS)})(\d+)$")
_COUNT_UNITS: Final = ("笔", "项", "个", "件", "条", "份")
_COUNT_WITH_UNIT: Final = re.compile(rf"^(\d{{1,3}}(?:,\d{{3}})+|\d+)({'|'.join(_COUNT_UNITS)})$")
# An amount's value in yuan per unit written after it.
_YUAN: Final = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
_AMOUNT: Final = re.compile(rf"^(\d+(?:\.\d+)?)({'|'.join(_YUAN)})$")


def is_basic_ideograph(char: str) -> bool:
    """Whether ``char`` is one ideograph of the basic CJK block (U+4E00-U+9FFF), which NFKC leaves as it is."""
    return "\u4e00" <= char <= "\u9fff"


# Every ideograph a value holds: a blank marker's (无, 空, 暂无), a signed change's (增3, 减少12), a unit's (2笔, 12.5万元).
VALUE_IDEOGRAPHS: Final = frozenset(
    char
    for word in (*BLANK_MARKERS, *_SIGN_WORDS, *_COUNT_UNITS, *_YUAN)
    for char in word
    if is_basic_ideograph(char)
)


@dataclass(frozen=True, slots=True)
class CellValue:
    """A parsed value cell: its kind, the number when it has one, and the text as published."""

    kind: ValueKind
    number: int | Decimal | None
    text: str

    @property
    def filled(self) -> bool:
        """False for a blank, a dash, a slash or 无 (not filled, which is not 0)."""
        return self.kind != "blank"


# The ideographs a value opens with: a blank marker's (无, 空, 暂无) and a signed change's (增3, 减少12). Every other
# value opens with a digit, a sign, a dash, a slash or a bracket.
_OPENING_IDEOGRAPHS: Final = frozenset(
    word[0] for word in (*BLANK_MARKERS, *_SIGN_WORDS) if word and is_basic_ideograph(word[0])
)


def opens_with_a_word(text: str) -> bool:
    """Whether ``text`` opens with an ideograph no value opens with: then ``parse_value(text)`` is ``None``.

    An ideograph of the basic block (U+4E00-U+9FFF) has no decomposition and composes with nothing, so NFKC
    leaves it first in the normalised text; it is no digit, no sign and no space. A line of prose or a label
    opens with one; a value never does but for ``_OPENING_IDEOGRAPHS``. (A test checks every ideograph.)
    """
    first = text[:1]
    return is_basic_ideograph(first) and first not in _OPENING_IDEOGRAPHS


@lru_cache(maxsize=8192)
def parse_value(raw: str) -> CellValue | None:  # noqa: PLR0911 - one return per kind of cell
    """Parse a cell as a value, or ``None`` when the cell is not a value (a label, prose)."""
    if opens_with_a_word(raw):  # a label or a line of prose: no normalisation and no pattern needed
        return None
    text = nfkc(raw).replace("\xa0", "").replace("\u3000", "")
    text = "".join(text.split())
    if text in BLANK_MARKERS or (text[:1] in _DASHES and set(text) <= _DASHES):
        return CellValue("blank", None, raw)
    if _INT.match(text):
        return CellValue("int", int(text.replace(",", "")), raw)
    if _DECIMAL.match(text):
        try:
            return CellValue("decimal", Decimal(text.replace(",", "")), raw)
        except InvalidOperation:  # pragma: no cover - the pattern only admits valid decimals
            return None
    signed = _SIGNED.match(text)
    if signed:
        sign, digits = (
            (signed.group(1), signed.group(2)) if signed.group(1) else (signed.group(3), signed.group(4))
        )
        negative = sign in {"-", "减少", "减"}
        return CellValue("signed", -int(digits) if negative else int(digits), raw)
    amount = _AMOUNT.match(text)
    if amount:  # "251000元", "12.5万元": kept with its unit, converted where a column fixes the unit
        return CellValue("amount", Decimal(amount.group(1)) * _YUAN[amount.group(2)], raw)
    counted = _COUNT_WITH_UNIT.match(text)
    if counted:  # "2笔", "6项": a count written with its unit (2019 format, 政府集中采购)
        return CellValue("int", int(counted.group(1).replace(",", "")), raw)
    return None
