"""The renderer's fast paths give what the plain definitions give, for any text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._render._filters import _BARE_LINK, _unlink, cjk_width, markdown_escape
from disclosure_rules._safe_text import neutralise

_SPECIAL = "\\`*_[]<>&|#"


def _escape_reference(text: str) -> str:
    # The plain definition: one line, control characters shown escaped, a backslash before each special
    # character (one at a time, not the C translate table), then bare links defused.
    text = neutralise(text, one_line=True)
    return _BARE_LINK.sub(_unlink, "".join(f"\\{char}" if char in _SPECIAL else char for char in text))


def _width_reference(text: str) -> int:
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in {"W", "F"} else 1
        for char in text
    )


_TEXT = st.text(
    alphabet=st.sampled_from([*_SPECIAL, "a", " ", "年", "（", "ｱ", "\u0301", "1", "\n"]) | st.characters()
)


@given(_TEXT)
def test_markdown_escape_is_a_backslash_before_each_special_character(text: str) -> None:
    assert markdown_escape(text) == _escape_reference(text)


@given(_TEXT)
def test_cjk_width_counts_wide_characters_twice_and_combining_marks_not_at_all(text: str) -> None:
    assert cjk_width(text) == _width_reference(text)
