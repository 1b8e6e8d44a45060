"""The auditor's fast paths give what the plain definitions give, for any text (outputs unchanged)."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._text import nfkc

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
