"""A proactive total in a sentence opened by a sub-heading run into it, ``(一)…方面:`` (round 36).

Blind 33's ``nansha_sjj_2021``: "(一)主动公开、依申请公开方面:南沙区审计局主动公开政府信息55条,全年无收到政府信息公开申请;" —
the heading's 依申请 made the total's clause a request's, and 55 was unread. The heading's words are no clause's now.
The first property fails on the round-35 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, opening, value_of

YEARS = st.integers(2021, 2025)
TOTALS = st.integers(1, 3000)
HEADINGS = st.sampled_from(
    ["(一)主动公开、依申请公开方面:", "（一）主动公开和依申请公开方面：", "(二)信息公开申请方面:"]
)
AGENCIES = st.sampled_from(["南沙区审计局", "我局", "本机关"])


class TestSubheading:
    @SETTINGS
    @given(year=YEARS, total=TOTALS, heading=HEADINGS, agency=AGENCIES)
    def test_the_total_after_the_heading_is_read(
        self, year: int, total: int, heading: str, agency: str
    ) -> None:
        page = opening(year) + f"{heading}{agency}主动公开政府信息{total}条,全年无收到政府信息公开申请。\n"
        assert value_of(page, "proactive_total") == total


class TestGuards:
    @SETTINGS
    @given(year=YEARS, total=TOTALS, agency=AGENCIES)
    def test_guard_a_request_clause_stays_no_total(self, year: int, total: int, agency: str) -> None:
        page = opening(year) + f"(一)主动公开方面:{agency}主动公开依申请公开信息{total}条。\n"
        assert value_of(page, "proactive_total") is None
