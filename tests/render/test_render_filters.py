"""The formatting filters: Chinese dates and numerals, percentages, amounts, CJK-width text layout."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._formatting import chinese_date, decimal_places, share_percent
from disclosure_rules._render._filters import (
    FlatRow,
    FlatTable,
    chinese_numeral,
    cjk_center,
    cjk_ljust,
    cjk_rjust,
    cjk_width,
    cjk_wrap,
    markdown_escape,
    percent,
    plain_number,
    signed,
    text_grid,
    thousands,
    wan_yuan,
    yuan_to_wan,
)

_NUMERALS = "一二三四五六七八九"


def _numeral_value(text: str) -> int:
    """An independent reading of a Chinese numeral up to 99 (十 = 10, 二十一 = 21)."""
    if "十" not in text:
        return _NUMERALS.index(text) + 1
    tens, _, units = text.partition("十")
    return (10 * (_NUMERALS.index(tens) + 1) if tens else 10) + (_NUMERALS.index(units) + 1 if units else 0)


class TestChineseDates:
    """Official documents write dates as 2017年11月25日: year, month and day without leading zeros."""

    def test_the_seed_signature_date(self) -> None:
        assert chinese_date(date(2017, 11, 25)) == "2017年11月25日"
        assert chinese_date(date(2022, 1, 5)) == "2022年1月5日"

    @given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
    def test_reads_back(self, day: date) -> None:
        match = re.fullmatch(r"(\d{4})年([1-9]\d?)月([1-9]\d?)日", chinese_date(day))
        assert match is not None
        assert date(*(int(part) for part in match.groups())) == day


class TestChineseNumerals:
    """Sections are numbered 一、 … and sub-headings （一） …: Chinese numerals, 十 for ten, no 一十."""

    @pytest.mark.parametrize(
        ("value", "text"),
        [(1, "一"), (6, "六"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九")],
    )
    def test_examples(self, value: int, text: str) -> None:
        assert chinese_numeral(value) == text

    @given(st.integers(min_value=1, max_value=99))
    def test_reads_back(self, value: int) -> None:
        assert _numeral_value(chinese_numeral(value)) == value

    @pytest.mark.parametrize("value", [0, 100, -1])
    def test_out_of_range(self, value: int) -> None:
        with pytest.raises(ValueError, match="1 to 99"):
            chinese_numeral(value)


class TestPercentages:
    """Shares are rounded half up (四舍五入) at the precision stated, as reports print them (15/17 → 88%)."""

    def test_the_seed_share(self) -> None:
        assert percent(share_percent(15, 17, 0), 0) == "88%"
        assert percent(share_percent(15, 16, 0), 0) == "94%"
        assert percent(Decimal("93.75"), 1) == "93.8%"
        assert percent(Decimal("0.05"), 1) == "0.1%"
        assert percent(None) == ""
        assert share_percent(1, 0) is None

    @given(
        st.integers(min_value=0, max_value=10_000),
        st.integers(min_value=1, max_value=10_000),
        st.integers(0, 3),
    )
    def test_half_up_rounding(self, count: int, base: int, places: int) -> None:
        exact = Fraction(count * 100, base) * 10**places
        expected = int(exact) + (1 if exact - int(exact) >= Fraction(1, 2) else 0)
        share = share_percent(count, base, places)
        assert share is not None
        assert share == Decimal(expected).scaleb(-places)
        assert decimal_places(share) == places

    def test_printed_precision(self) -> None:
        assert decimal_places(Decimal(94)) == 0
        assert decimal_places(Decimal("93.8")) == 1


class TestAmounts:
    """Table 二 prints 本年收费金额 in 万元 as published; prose may use separators."""

    def test_examples(self) -> None:
        assert wan_yuan(Decimal("24252.311082")) == "24252.311082"
        assert wan_yuan(Decimal("12.565"), 2) == "12.57"
        assert wan_yuan(None) == ""
        assert yuan_to_wan(125000) == "12.50万元"
        assert thousands(1234567) == "1,234,567"
        assert thousands(Decimal("2645.5"), 2) == "2,645.50"
        assert plain_number(Decimal(1).scaleb(3)) == "1000"
        assert signed(4) == "+4"
        assert signed(-2) == "-2"
        assert signed(0) == "0"
        assert signed(None) == ""

    @given(st.integers(min_value=0, max_value=10**12))
    def test_thousands_reads_back(self, value: int) -> None:
        assert int(thousands(value).replace(",", "")) == value


class TestCjkWidth:
    """Text tables count wide and full-width characters (Unicode East Asian Width W, F) as two columns."""

    def test_examples(self) -> None:
        assert cjk_width("总计") == 4
        assert cjk_width("ab1") == 3
        assert cjk_width("（一）") == 6
        assert cjk_width("é") == 1
        assert cjk_ljust("总计", 6) == "总计  "
        assert cjk_rjust("总计", 6) == "  总计"
        assert cjk_center("计", 5) == " 计  "

    @given(st.text(alphabet="总计申请人abc 12（）、", max_size=20), st.integers(min_value=0, max_value=50))
    def test_padding_reaches_the_width(self, text: str, width: int) -> None:
        expected = max(width, cjk_width(text))
        assert cjk_width(cjk_ljust(text, width)) == expected
        assert cjk_width(cjk_rjust(text, width)) == expected

    @given(
        st.text(alphabet="本机关不掌握相关政府信息、，（）abc", min_size=1, max_size=80), st.integers(4, 30)
    )
    def test_wrap_keeps_every_character_and_the_width(self, text: str, width: int) -> None:
        lines = cjk_wrap(text, width)
        assert "".join(lines) == text
        assert all(cjk_width(line) <= width for line in lines)

    def test_wrap_never_starts_a_line_with_closing_punctuation(self) -> None:
        lines = cjk_wrap("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 38)
        assert all(not line.startswith(("、", "，", "）")) for line in lines)
        assert "".join(lines) == "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"


labels = st.text(alphabet="一二三（）、属于国家秘密abc", min_size=1, max_size=50)
cells = st.integers(min_value=0, max_value=10**6).map(str)


@settings(max_examples=50)
@given(
    st.lists(
        st.tuples(labels, st.lists(cells, min_size=3, max_size=3), st.integers(0, 2)), min_size=1, max_size=8
    )
)
def test_text_grid_right_aligns_every_number_column(rows: list[tuple[str, list[str], int]]) -> None:
    """Text tables aligned for CJK double width: each value column ends at the same display column."""
    table = FlatTable(
        header=("", "自然人", "商业企业", "总计"),
        rows=tuple(FlatRow(label, tuple(values), level) for label, values, level in rows),
    )
    lines = text_grid(table, 20).splitlines()
    header_width = cjk_width(lines[0])
    assert lines[1] == lines[-1]
    assert set(lines[1]) == {"-"}
    numbered = [line for line in lines[2:-1] if line.endswith(tuple("0123456789"))]
    assert len(numbered) == len(rows)  # one first line per row; wrapped label lines carry no numbers
    assert all(cjk_width(line) == header_width for line in numbered)
    assert all(line == line.rstrip() for line in lines)


def test_markdown_escape_leaves_no_active_markup() -> None:
    escaped = markdown_escape("<b>*x*</b> | [a](b) _y_ `z` & #1")
    assert re.search(r"(?<!\\)[<>*|\[\]_`&#]", escaped) is None
    assert unicodedata.normalize("NFC", escaped.replace("\\", "")) == "<b>*x*</b> | [a](b) _y_ `z` & #1"
