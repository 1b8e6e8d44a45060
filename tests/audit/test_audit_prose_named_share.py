"""A share stated in a later clause for one part of a whole breakdown is checked against its total (round 23).

``xixia_qzfbgs_2024`` (blind set 21): ``共解读文件23个。其中图片解读文件16个,动漫解读文件7个,实现图文解读全覆盖,动漫解读
占比23%。`` — 7 of 23 is 30.43 %, not 23 %. The parts make the total exactly (so it is their base) and the share names
one part by the start of its name: ``text.share_mismatch``, a warning. The property fails on the round-22 code; each
guard passes on both.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Finding, Severity
from disclosure_rules._formatting import share_percent
from disclosure_rules._shares import share_consistent
from tests.audit.messy import SETTINGS, audited, opening

YEARS = st.integers(2021, 2025)
COUNTS = st.integers(1, 200)
UNITS = st.sampled_from(["个", "项", "件", "篇", "条"])


def _shares(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code == "text.share_mismatch"]


def _page(year: int, total: int, pictures: int, cartoons: int, share: str, unit: str) -> str:  # noqa: PLR0913, PLR0917 - the page's figures
    return opening(year) + (
        f"通过图片、动漫形式解读文件。{year}年,政府办公室共解读文件{total}{unit}。其中图片解读文件{pictures}{unit},"
        f"动漫解读文件{cartoons}{unit},实现图文解读全覆盖,动漫解读占比{share}%。\n"
    )


class TestAShareNamedAfterItsList:
    @SETTINGS
    @given(year=YEARS, pictures=COUNTS, cartoons=COUNTS, printed=st.integers(1, 99), unit=UNITS)
    def test_a_wrong_share_of_a_named_part_is_a_warning(
        self, year: int, pictures: int, cartoons: int, printed: int, unit: str
    ) -> None:
        total = pictures + cartoons
        assume(not share_consistent(cartoons, total, Decimal(printed)))
        found = _shares(_page(year, total, pictures, cartoons, str(printed), unit))
        assert [(f.severity, f.actual, f.expected) for f in found] == [
            (Severity.WARNING, f"{printed}%", f"{share_percent(cartoons, total, 2)}%")
        ]

    @SETTINGS
    @given(year=YEARS, pictures=COUNTS, cartoons=COUNTS, unit=UNITS)
    def test_guard_the_right_share_is_silent(
        self, year: int, pictures: int, cartoons: int, unit: str
    ) -> None:
        total = pictures + cartoons
        printed = share_percent(cartoons, total, 2)
        assert _shares(_page(year, total, pictures, cartoons, str(printed), unit)) == []

    @SETTINGS
    @given(year=YEARS, pictures=COUNTS, cartoons=COUNTS, missing=COUNTS, printed=st.integers(1, 99))
    def test_guard_parts_short_of_the_total_give_no_base(
        self, year: int, pictures: int, cartoons: int, missing: int, printed: int
    ) -> None:
        # the parts leave items out: the share may be of the parts, or of the total
        assert (
            _shares(_page(year, pictures + cartoons + missing, pictures, cartoons, str(printed), "个")) == []
        )

    @SETTINGS
    @given(year=YEARS, pictures=COUNTS, cartoons=COUNTS, printed=st.integers(1, 99))
    def test_guard_a_share_naming_no_single_part_is_silent(
        self, year: int, pictures: int, cartoons: int, printed: int
    ) -> None:
        page = opening(year) + (
            f"共解读文件{pictures + cartoons}个。其中图片解读文件{pictures}个,动漫解读文件{cartoons}个,"
            f"解读文件阅读率占比{printed}%。\n"
        )
        assert _shares(page) == []
