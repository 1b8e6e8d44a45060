"""A count in the ``信息数N条`` wording with a share of the same total, outside the list of kinds (round 56).

# Round 56

Blind 52's ``daxing_fgw_2013`` (development data): ``2013年主动公开政府信息数303条。其中,机构职能类信息107条,占总数的38.8%;…。
重点领域公开政府信息数61条,占总数的17.2%。`` — the three kinds' wrong shares were reported, but not 61/303 = 20.1%:
the reader of a count with its share (``…公开政府信息61条,占总数的…%``) wanted ``信息`` right before the digits, and the
template writes ``信息数`` (as it does in its total, ``政府信息数303条``). Now ``信息数N条`` is read like ``信息N条``, so a share
stated against the same total in the next sentence is checked like the list's own shares. The property fails on the
round-55 code; the guards (the right share is no finding; the ``信息N条`` wording is an error on both) pass on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, legacy_page

YEARS = st.integers(2008, 2013)
TOTALS = st.integers(200, 900)
AREAS = st.sampled_from(["重点领域", "财政预决算", "行政审批"])


def _share(part: int, total: int) -> str:
    return f"{100 * part / total:.1f}"


def _area(area: str, part: int, printed: str, word: str = "信息数") -> str:
    """The sentence after the list: a count of the same total's items, with its share."""
    return f"{area}公开政府{word}{part}条,占总数的{printed}%。"


def _page(year: int, total: int, after_the_list: str) -> str:
    kind = total // 3
    return legacy_page(
        year,
        f"{year}年主动公开政府信息数{total}条。其中,机构职能类信息{kind}条,占总数的{_share(kind, total)}%。"
        + after_the_list,
    )


def _share_errors(page: str, part: int) -> list[str]:
    return [
        f.message
        for f in audited(page).findings
        if f.code == "legacy.share_mismatch" and f.severity == "error" and f"{part}条" in f.message
    ]


PARTS = st.integers(10, 60)
OFFSETS = st.integers(2, 9)


class TestShareOutsideTheList:
    @SETTINGS
    @given(year=YEARS, total=TOTALS, area=AREAS, part=PARTS, off=OFFSETS)
    def test_a_wrong_share_in_the_xin_xi_shu_wording_is_an_error(
        self, year: int, total: int, area: str, part: int, off: int
    ) -> None:
        assume(part != total // 3)
        printed = f"{float(_share(part, total)) + off:.1f}"
        assert _share_errors(_page(year, total, _area(area, part, printed)), part)


class TestGuards:
    @SETTINGS
    @given(year=YEARS, total=TOTALS, area=AREAS, part=PARTS)
    def test_the_right_share_is_no_finding(self, year: int, total: int, area: str, part: int) -> None:
        assert not _share_errors(_page(year, total, _area(area, part, _share(part, total))), part)

    @SETTINGS
    @given(year=YEARS, total=TOTALS, area=AREAS, part=PARTS, off=OFFSETS)
    def test_a_wrong_share_in_the_xin_xi_wording_stays_an_error(
        self, year: int, total: int, area: str, part: int, off: int
    ) -> None:
        assume(part != total // 3)
        printed = f"{float(_share(part, total)) + off:.1f}"
        assert _share_errors(_page(year, total, _area(area, part, printed, word="信息")), part)
