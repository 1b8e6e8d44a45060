"""A kind's count followed by 其中 opens that kind's own sub-list; the kind and its sub-list are never one sum (round 55).

# Round 55

Blind 51's ``huairou_fgw_2010`` (development data): ``共主动公开政府信息174条…业务动态类信息174条,其中子目录中形势分析类20条
…,工作动态类156条`` was reported as ``业务动态类174条、…20条、…156条，合计350条，与…174条不符`` at error severity: the legacy
reader of the kinds (``公开的内容``) summed the part with its own sub-list (issue 12, class 7). The property fails on the
round-54 code; the guard (a flat list of kinds that does not make its total stays an error) passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page

COUNTS = st.integers(3, 400)
KINDS = st.sampled_from(
    [("业务动态类", "形势分析类", "工作动态类"), ("政策法规类", "规范性文件类", "其他文件类")]
)


def _errors(page: str) -> list[str]:
    return [
        f.message
        for f in audited(page).findings
        if f.severity is Severity.ERROR and "公开的内容" in f.message
    ]


class TestAPartWithItsOwnSubList:
    @SETTINGS
    @given(year=LEGACY_YEARS, kinds=KINDS, first=COUNTS, second=COUNTS)
    def test_the_part_and_its_sub_list_are_never_one_sum(
        self, year: int, kinds: tuple[str, str, str], first: int, second: int
    ) -> None:
        part, sub_one, sub_two = kinds
        total = first + second
        page = legacy_page(
            year,
            f"本机关{year}年共主动公开政府信息{total}条。在主动公开的信息中,{part}信息{total}条,其中子目录中{sub_one}"
            f"{first}条,{sub_two}{second}条。",
        )
        assert _errors(page) == []


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, kinds=KINDS, counts=st.tuples(COUNTS, COUNTS, COUNTS), off=st.integers(1, 50))
    def test_a_flat_list_of_kinds_that_misses_its_total_stays_an_error(
        self, year: int, kinds: tuple[str, str, str], counts: tuple[int, int, int], off: int
    ) -> None:
        # parts under half their total read as a selection, a warning by design (round 10's reads_partial), so
        # the slip stays smaller than the parts: the list names most of its total, as a slip leaves it
        total = sum(counts) + min(off, sum(counts))
        assume(total not in counts)
        listed = ",".join(f"{kind}信息{count}条" for kind, count in zip(kinds, counts, strict=True))
        page = legacy_page(year, f"本机关{year}年共主动公开政府信息{total}条。在主动公开的信息中,{listed}。")
        assert _errors(page) != []
