"""Issue 12, round 26: a 其中 list of channels with no total of its own, after the year's total (docs/audit.md, round 26).

Blind 24's ``fengcheng_tongtian_2018``: ``我乡2018年度累计主动公开政府信息348条。…`` then, a paragraph later, ``…及其他便民
渠道公开。其中,政府网站公开政府信息数112条、“幸福同田”微信公众号公开政府信息数85条,“幸福同田”微博转发政务信息数184条。``
— 381 items on three channels against 348. One item may go out on several channels, so (the rule for every channel list)
channels above their total are a low-confidence warning, never an error; at or below it, nothing. The property fails on the
round-25 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._audit._result import OVERLAP_CONFIDENCE
from disclosure_rules._findings import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, audited, legacy_page, opening

CHANNELS = ("政府网站公开政府信息数", "“幸福同田”微信公众号公开政府信息数", "“幸福同田”微博转发政务信息数")


def _page(year: int, total: int, counts: list[int]) -> str:
    listed = "、".join(f"{name}{count}条" for name, count in zip(CHANNELS, counts, strict=False))
    return legacy_page(
        year,
        f"我乡{year}年度累计主动公开政府信息{total}条。\n"
        f"主动公开的渠道包括政府网站、微信公众号、微博及其他便民渠道公开。其中,{listed}。",
    )


def _counts(page: str) -> list[tuple[Severity, float | None]]:
    return [
        (finding.severity, finding.confidence)
        for finding in audited(page).findings
        if finding.code == "legacy.count_mismatch"
    ]


COUNTS = st.lists(st.integers(1, 300), min_size=2, max_size=3)


class TestChannelsAfterTheTotal:
    @SETTINGS
    @given(year=LEGACY_YEARS, counts=COUNTS, data=st.data())
    def test_channels_above_the_total_are_a_low_confidence_warning(
        self, year: int, counts: list[int], data: st.DataObject
    ) -> None:
        total = data.draw(st.integers(max(counts), sum(counts) - 1))
        assume(total < sum(counts))
        assert _counts(_page(year, total, counts)) == [(Severity.WARNING, OVERLAP_CONFIDENCE)]

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=COUNTS, extra=st.integers(0, 100))
    def test_guard_channels_within_the_total_are_silent(
        self, year: int, counts: list[int], extra: int
    ) -> None:
        assert _counts(_page(year, sum(counts) + extra, counts)) == []


class TestChannelsAfterTheTotalOnAStandardPage:
    @SETTINGS
    @given(year=STANDARD_YEARS, counts=COUNTS, data=st.data())
    def test_a_standard_page_has_the_same_rule(
        self, year: int, counts: list[int], data: st.DataObject
    ) -> None:
        total = data.draw(st.integers(max(counts), sum(counts) - 1))
        assume(total < sum(counts))
        listed = "、".join(f"{name}{count}条" for name, count in zip(CHANNELS, counts, strict=False))
        page = opening(year) + (
            f"{year}年,全乡累计主动公开政府信息{total}条。\n主动公开的渠道包括政府网站、微信公众号和微博。其中,{listed}。\n"
        )
        found = [
            (finding.severity, finding.confidence)
            for finding in audited(page).findings
            if finding.code == "text.count_mismatch"
        ]
        assert found == [(Severity.WARNING, OVERLAP_CONFIDENCE)]
