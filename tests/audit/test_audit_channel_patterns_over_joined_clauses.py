"""The patterns of a count over every channel run on a sentence's clauses joined by "，" (round 43 tidy).

``_over_every_channel`` searches ``"，".join(_total_clauses(norm))``: NFKC text cut at every comma, so the only comma it
holds is the joining full-width one. The guards after 其中 must match that comma (a "," there could never be seen), and
a part after 其中 is never read as a count over every channel, whichever comma the page wrote.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._narrative import _over_every_channel, _total_clauses
from disclosure_rules._text import nfkc
from tests.audit.messy import SETTINGS

COUNT = st.integers(1, 5000)
COMMA = st.sampled_from([",", "，"])
WORDING = st.sampled_from(
    [
        "通过政府网站、微信公众号等载体共公开信息{n}条",
        "通过政府网站、公开栏和其他方式公开{n}条信息",
    ]
)


def _joined(sentence: str) -> str:
    return "，".join(_total_clauses(nfkc(sentence)))


class TestJoinedClauses:
    @SETTINGS
    @given(comma=COMMA, total=COUNT)
    def test_the_clauses_hold_only_the_joining_comma(self, comma: str, total: int) -> None:
        joined = _joined(f"全年共公开信息{total}条{comma}其中{comma}通过网站公开{total}条")
        assert "," not in joined
        assert "其中，通过" in joined

    @SETTINGS
    @given(comma=COMMA, wording=WORDING, count=COUNT)
    def test_a_part_after_its_total_s_other_is_never_over_every_channel(
        self, comma: str, wording: str, count: int
    ) -> None:
        assert _over_every_channel(_joined("其中" + comma + wording.format(n=count))) is None

    @SETTINGS
    @given(wording=WORDING, count=COUNT)
    def test_guard_the_count_over_every_channel_is_found(self, wording: str, count: int) -> None:
        found = _over_every_channel(_joined("本年度" + wording.format(n=count)))
        assert found is not None
        assert int(found.group(1)) == count
