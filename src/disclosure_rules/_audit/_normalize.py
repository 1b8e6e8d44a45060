"""Text normalisation and cell-value parsing for published reports.

Published pages write the same label many ways: full-width or half-width digits and brackets, "、" or "，",
straight or curly quotes, spaces and line breaks inside a label. Everything is compared in one normalised
form (``label_key``), computed the same way for the page and for the official labels in ``_labels``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final, Literal

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
_SPACE: Final = re.compile(r"\s+")

# Leading list numbers: 一、 （一） (1) 1. 1、 1) — any run of them.
_NUMBERING: Final = re.compile(r"^(?:[一二三四五六七八九十]+[,.]|\([一二三四五六七八九十\d]+\)|\d+[.,)])+")


@lru_cache(maxsize=4096)
def label_key(text: str) -> str:
    """The normalised form of a label: NFKC, no spaces or quotes, one comma and bracket style."""
    text = unicodedata.normalize("NFKC", text).translate(_DROP)
    return _SPACE.sub("", text)


def strip_numbering(key: str) -> str:
    """A normalised label without its leading list numbers (``三,(三)1.属于国家秘密`` → ``属于国家秘密``)."""
    return _NUMBERING.sub("", key)


def numbering(key: str) -> str:
    """The leading list numbers of a normalised label (``(三)1.``), empty when there are none."""
    match = _NUMBERING.match(key)
    return match.group(0) if match else ""


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
BLANK_MARKERS: Final = frozenset({"", "-", "--", "—", "——", "–", "−", "/", "\\", "无", "－", "／", "空", "*"})
_INT: Final = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_DECIMAL: Final = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$|^\d+\.\d+$")
_SIGNED: Final = re.compile(r"^([+-])(\d+)$|^(增加|减少|增|减)(\d+)$")
_COUNT_WITH_UNIT: Final = re.compile(r"^(\d+)(笔|项|个|件|条)$")
# An amount's value in yuan per unit written after it.
_YUAN: Final = {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(100000000)}
_AMOUNT: Final = re.compile(r"^(\d+(?:\.\d+)?)(元|万元|亿元)$")


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


@lru_cache(maxsize=8192)
def parse_value(raw: str) -> CellValue | None:  # noqa: PLR0911 - one return per kind of cell
    """Parse a cell as a value, or ``None`` when the cell is not a value (a label, prose)."""
    text = unicodedata.normalize("NFKC", raw).replace("\xa0", "").replace("\u3000", "")
    text = _SPACE.sub("", text)
    if text in BLANK_MARKERS or (text and set(text) <= {"-", "—", "–", "/"}):
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
        return CellValue("int", int(counted.group(1)), raw)
    return None


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
