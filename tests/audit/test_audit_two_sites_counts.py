# Round 48
"""Two sites' counts on lines of their own, no total for both: no certain total (round 48).

Blind 44's ``shmtu_2017`` states "…官方网站共公开信息1021条。" and, on the next line, "学校信息公开网新增主动公开信息586条。",
and was read as 586 (the 主动公开 wording). Round 41 leaves a site's count beside another site's count unread, but only in
one paragraph (copied text breaks one at every line) and not when a 共 stood in the clause — here the site's own "in
all". Each site's count is one channel's; their sum is a total the page does not state. The properties fail on the
round-47 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.audit.messy import (
    LEGACY_YEARS,
    SETTINGS,
    STANDARD_YEARS,
    audited,
    legacy_page,
    standard_page,
    value_of,
)

COUNT = st.integers(2, 3000)
PORTAL = st.sampled_from(["门户网站", "官方网站", "政府网站"])
OWN_ALL = st.sampled_from(["共", "共计", "上共"])


def _portal(year: int, portal: str, own_all: str, count: int) -> str:
    return f"{year}年,本单位{portal}{own_all}公开信息{count}条。"


def _disclosure_site(count: int) -> str:
    return f"信息公开网新增主动公开信息{count}条。"


def _standard(year: int, lines: list[str]) -> str:
    return standard_page(year, "\n".join(lines))


def _legacy(year: int, lines: list[str]) -> str:
    return legacy_page(year, "\n".join(lines))


class TestTwoSitesCounts:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        site=st.tuples(PORTAL, OWN_ALL),
        first=COUNT,
        second=COUNT,
        portal_first=st.booleans(),
    )
    def test_two_sites_on_next_lines_leave_the_total_unread(
        self, year: int, site: tuple[str, str], first: int, second: int, *, portal_first: bool
    ) -> None:
        assume(first != second)
        portal, own_all = site
        lines = [_portal(year, portal, own_all, first), _disclosure_site(second)]
        page = _standard(year, lines if portal_first else lines[::-1])
        result = audited(page)
        assert not any(f.name == "proactive_total" for f in result.figures)
        assert not any(f.is_error for f in result.findings)

    @SETTINGS
    @given(year=LEGACY_YEARS, portal=PORTAL, own_all=OWN_ALL, first=COUNT, second=COUNT)
    def test_on_a_legacy_page_as_well(
        self, year: int, portal: str, own_all: str, first: int, second: int
    ) -> None:
        assume(first != second)
        page = _legacy(year, [_portal(year, portal, own_all, first), _disclosure_site(second)])
        assert value_of(page, "proactive_total") is None


class TestGuards:
    @SETTINGS
    @given(year=STANDARD_YEARS, second=COUNT)
    def test_guard_one_site_alone_is_read(self, year: int, second: int) -> None:
        assert value_of(_standard(year, [_disclosure_site(second)]), "proactive_total") == second

    @SETTINGS
    @given(year=STANDARD_YEARS, first=COUNT, second=COUNT)
    def test_guard_a_total_over_every_channel_is_read(self, year: int, first: int, second: int) -> None:
        # 共 before the site's name (the body's, over every channel) is a total, not one site's count
        page = _standard(
            year, [f"{year}年,本单位共主动公开政府信息{first + second}条。", _disclosure_site(second)]
        )
        assert value_of(page, "proactive_total") == first + second

    @SETTINGS
    @given(year=STANDARD_YEARS, portal=PORTAL, own_all=OWN_ALL, first=COUNT, second=COUNT)
    def test_guard_a_line_between_leaves_the_reading(
        self, year: int, portal: str, own_all: str, first: int, second: int
    ) -> None:
        page = _standard(
            year, [_disclosure_site(second), "(二)平台建设", _portal(year, portal, own_all, first)]
        )
        assert value_of(page, "proactive_total") == second
