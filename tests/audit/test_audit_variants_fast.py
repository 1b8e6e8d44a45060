"""Converting traditional characters visits only them, and gives what the whole-page character table gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._variants import _CONVERTER_WORDS, MIN_TRADITIONAL, _table, simplify

_POOL = "內容執行情況編制訴訟欄目製作簽發規範性文件檔案公開政府信息年度報告一二三0123 <td>\n"


@given(st.text(alphabet=st.sampled_from(list(_POOL)) | st.characters(), max_size=300))
def test_simplify_is_the_character_table_applied_to_the_whole_page(text: str) -> None:
    table, finder = _table()
    converted, traditional = simplify(text)
    if traditional:
        assert converted == _CONVERTER_WORDS.sub(r"\1文件", text.translate(table))
    else:
        assert converted == text
        assert len(finder.findall(text)) < MIN_TRADITIONAL
