"""Text normalisation: NFKC, punctuation variants, spaces, traditional characters."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import classify_content, normalize_text
from disclosure_rules._classify._normalize import normalize_many, traditional_map

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_MIXED = st.text(
    st.one_of(
        _CJK, st.characters(codec="utf-8"), st.sampled_from(list("（）〔〕【】“”、，。 \u3000　ＡＢ１２"))
    ),
    max_size=40,
)


def _to_full_width(text: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in text)


class TestNormalisation:
    """Normalisation is a fixed point and makes width variants equal (issue 5, "Text is normalised")."""

    @settings(max_examples=300)
    @given(_MIXED)
    def test_idempotent(self, text: str) -> None:
        once = normalize_text(text)
        assert normalize_text(once) == once

    @settings(max_examples=100)
    @given(st.lists(_MIXED, max_size=10))
    def test_bulk_normalisation_equals_one_at_a_time(self, texts: list[str]) -> None:
        assert normalize_many(texts) == [normalize_text(text) for text in texts]

    @settings(max_examples=200)
    @given(st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=30))
    def test_full_and_half_width_ascii_normalise_alike(self, text: str) -> None:
        assert normalize_text(_to_full_width(text)) == normalize_text(text)

    @settings(max_examples=100)
    @given(st.text(_CJK, min_size=1, max_size=20), st.text(st.characters(codec="ascii"), max_size=8))
    def test_full_and_half_width_titles_classify_alike(self, cjk: str, ascii_part: str) -> None:
        half = f"{cjk}({ascii_part})2024年部门预算"
        full = _to_full_width(half)
        assert classify_content(full) == classify_content(half)

    def test_spaces_and_punctuation_variants_disappear(self) -> None:
        assert normalize_text("关于 印发〔2024〕12号　文件") == "关于印发[2024]12号文件"
        assert normalize_text("危及“三安全一稳定”") == normalize_text('危及"三安全一稳定"')
        assert normalize_text("申请人无正当理由逾期不补正、行政机关") == normalize_text(
            "申请人无正当理由逾期不补正，行政机关"
        )

    def test_traditional_characters_map_to_simplified(self) -> None:
        assert normalize_text("國務院關於財政預算") == "国务院关于财政预算"
        assert (
            classify_content("二〇二四年部門預算").category == classify_content("二〇二四年部门预算").category
        )

    def test_traditional_table_is_one_way_and_nfkc_stable(self) -> None:
        table = traditional_map()
        assert not set(table) & set(table.values())
        assert all(unicodedata.normalize("NFKC", key) == key for key in table)
