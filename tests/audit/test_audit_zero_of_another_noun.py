# Round 45
"""A zero belongs to the noun its negation governs (round 45).

Blind 41's ``pingtan_ptzhsyq_2013``: "2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理"
read reviews 0 (the page states 1): the negation 未收到 reached 复议 over the next clause's count. A negation's reach
now crosses no digit (a count between it and 复议 belongs to another statement), and a review counted first
("收到1份…行政复议申请") is read. A 未收到…复议 clause still never zeroes the requests. The properties fail on the
round-44 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import DATA, LEGACY_YEARS, SETTINGS, legacy_page, value_of

UNITS = st.sampled_from(("份", "件", "起"))
VERBS = st.sampled_from(("收到", "接到"))


class TestZeroOfAnotherNoun:
    @SETTINGS
    @given(year=LEGACY_YEARS, verb=VERBS, unit=UNITS, reviews=st.integers(1, 9))
    def test_a_review_counted_after_no_requests_is_read(
        self, year: int, verb: str, unit: str, reviews: int
    ) -> None:
        later = f"{year}年全区未收到有关政府信息公开的申请，{verb}{reviews}{unit}有关政府信息公开行政复议申请已及时处理。"
        page = legacy_page(year, "全年主动公开政府信息500条。", later)
        assert value_of(page, "administrative_reviews") == reviews
        assert value_of(page, "requests_received") == 0

    def test_the_blind_41_page(self) -> None:
        page = (DATA / "published_blind_41" / "pingtan_ptzhsyq_2013.txt").read_text(encoding="utf-8")
        assert value_of(page, "administrative_reviews") == 1


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS)
    def test_guard_no_review_is_zero(self, year: int) -> None:
        later = f"{year}年未收到有关政府信息公开的申请，未收到有关政府信息公开行政复议的申请。"
        page = legacy_page(year, "全年主动公开政府信息500条。", later)
        assert value_of(page, "administrative_reviews") == 0

    @SETTINGS
    @given(year=LEGACY_YEARS, requests=st.integers(1, 40))
    def test_guard_no_review_does_not_zero_the_requests(self, year: int, requests: int) -> None:
        later = f"全年收到政府信息公开申请{requests}件，未收到有关政府信息公开行政复议的申请。"
        page = legacy_page(year, "全年主动公开政府信息500条。", later)
        assert value_of(page, "requests_received") == requests
        assert value_of(page, "administrative_reviews") == 0
