"""One tolerance for a printed share: rounded or cut at its printed precision is consistent (round 24).

``hejiang_yaoba_2022`` (blind set 22): ``2022年,累计公开政府信息580条。`` and, in the next paragraph, ``从公开渠道来看,政府网站
公开信息118条,占比20.34%;政务新媒体公开信息142条,占比24.48%;…传统公开载体公开信息320条,占比55.18%。`` — 320 of 580 is
55.1724 %, rounded and cut 55.17 %: a slip of one unit, ``text.share_mismatch`` (a warning). The paragraph was never read.
A share cut at its precision (2/57 = 3.5088 % printed 3.50 %, ``guangchang_changqiao_2019``) was a warning on standard
reports and silent on legacy ones: it is consistent now everywhere (``share_consistent``). Each property fails on the
round-23 code; each guard passes on both (docs/audit.md, round 24).
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from disclosure_rules._shares import share_consistent, share_fits, truncation_fits
from tests.audit.messy import SETTINGS, audited, opening

if TYPE_CHECKING:
    from disclosure_rules._findings import Finding

COUNTS = st.integers(1, 400)
YEARS = st.integers(2021, 2025)
PLACES = st.sampled_from([1, 2])


def _shares(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith("share_mismatch")]


def _share(count: int, base: int, places: int, rounding: str) -> Decimal:
    return (Decimal(count) * 100 / Decimal(base)).quantize(Decimal(1).scaleb(-places), rounding=rounding)


def _channel_page(year: int, counts: list[int], printed: list[Decimal]) -> str:
    names = ["政府网站", "政务新媒体", "通过报刊、电视等传统公开载体"]
    clauses = ";".join(
        f"{name}公开信息{count}条,占比{share}%"
        for name, count, share in zip(names, counts, printed, strict=False)
    )
    return opening(year) + (
        f"1.信息发布情况。{year}年,累计公开政府信息{sum(counts)}条。\n从公开渠道来看,{clauses}。\n"
    )


class TestAChannelParagraphWithShares:
    @SETTINGS
    @given(
        year=YEARS,
        counts=st.lists(COUNTS, min_size=3, max_size=3),
        places=PLACES,
        slip=st.sampled_from([-1, 1]),
    )
    def test_a_share_one_unit_off_is_a_warning(
        self, year: int, counts: list[int], places: int, slip: int
    ) -> None:
        total = sum(counts)
        printed = [_share(count, total, places, ROUND_HALF_UP) for count in counts]
        printed[2] += Decimal(slip).scaleb(-places)
        assume(printed[2] > 0 and not share_consistent(counts[2], total, printed[2]))
        found = _shares(_channel_page(year, counts, printed))
        assert [(f.code, f.severity, f.actual) for f in found] == [
            ("text.share_mismatch", Severity.WARNING, f"{printed[2]}%")
        ]


class TestACutShareIsConsistent:
    @SETTINGS
    @given(year=YEARS, counts=st.lists(COUNTS, min_size=3, max_size=3), places=PLACES)
    def test_guard_shares_cut_at_their_precision_are_silent(
        self, year: int, counts: list[int], places: int
    ) -> None:
        total = sum(counts)
        printed = [_share(count, total, places, ROUND_DOWN) for count in counts]
        assume(not all(share_fits(count, total, share) for count, share in zip(counts, printed, strict=True)))
        assert _shares(_channel_page(year, counts, printed)) == []

    @SETTINGS
    @given(year=YEARS, parts=st.lists(st.integers(1, 60), min_size=2, max_size=2))
    def test_a_cut_share_in_a_list_is_silent(self, year: int, parts: list[int]) -> None:
        # as guangchang_changqiao_2019 (blind set 8), where 2 of 57 is printed 3.50 per cent
        total = sum(parts)
        printed = [_share(count, total, 2, ROUND_DOWN) for count in parts]
        assume(not share_fits(parts[0], total, printed[0]))
        page = opening(year) + (
            f"{year}年主动公开政府信息{total}条，其中概况{parts[0]}条，占{printed[0]}%，"
            f"其他{parts[1]}条，占{_share(parts[1], total, 2, ROUND_HALF_UP)}%。\n"
        )
        assert _shares(page) == []


class TestGuards:
    @SETTINGS
    @given(count=st.integers(0, 500), extra=st.integers(1, 500), places=PLACES)
    def test_guard_rounded_and_cut_are_consistent(self, count: int, extra: int, places: int) -> None:
        base = count + extra
        for rounding in (ROUND_HALF_UP, ROUND_DOWN):
            assert share_consistent(count, base, _share(count, base, places, rounding))
        assert share_consistent(count, base, _share(count, base, places, ROUND_HALF_UP)) == (
            share_fits(count, base, _share(count, base, places, ROUND_HALF_UP))
            or truncation_fits(count, base, _share(count, base, places, ROUND_HALF_UP))
        )

    @SETTINGS
    @given(year=YEARS, counts=st.lists(COUNTS, min_size=3, max_size=3), places=PLACES)
    def test_guard_rounded_shares_are_silent(self, year: int, counts: list[int], places: int) -> None:
        total = sum(counts)
        printed = [_share(count, total, places, ROUND_HALF_UP) for count in counts]
        assert _shares(_channel_page(year, counts, printed)) == []

    @SETTINGS
    @given(year=YEARS, counts=st.lists(COUNTS, min_size=3, max_size=3), extra=st.integers(1, 50))
    def test_guard_channels_that_miss_the_total_say_nothing(
        self, year: int, counts: list[int], extra: int
    ) -> None:
        # the counts do not make the total: the shares' base is unknown
        total = sum(counts)
        printed = [_share(count, total, 2, ROUND_HALF_UP) + Decimal("0.01") for count in counts]
        page = _channel_page(year, counts, printed).replace(
            f"累计公开政府信息{total}条", f"累计公开政府信息{total + extra}条"
        )
        assert _shares(page) == []
