"""Issue 12, round 34: a breakdown opened by "在…的N条政府信息中，" (blind 31, development data).

``pingtan_jjf_2016`` (legacy): ``在主动公开的116条政府信息中，规范性文件21条，占18%；…其他应公开信息类文件28条，占22%。`` —
28 / 116 = 24.14 %, printed 22 %. Before the round no list was read there (no 其中, and the parts end in 类文件, not 类, so
no category either). The 中 after a count of 信息 now opens a list as 其中 does: its parts' shares are checked against
the count, by the existing share rules' severity (a share off by more than one unit of its last place in a legacy
list: an error). The sum is not: such a list may name the main kinds only (``pingtan_ptx_2012``'s 主要类别), and one
that opens with a subset (``全文电子化的…``) is no breakdown at all.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from disclosure_rules._shares import share_consistent
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, codes_of, legacy_page

PAGE = Path(__file__).resolve().parents[1] / "data" / "published_blind_31" / "pingtan_jjf_2016.txt"
KINDS = ("规范性文件", "计划总结类文件", "工作动态类文件", "其他应公开信息类文件")


def _shares(page: str) -> list[tuple[str, Severity]]:
    return [
        (finding.message, finding.severity)
        for finding in audited(page).findings
        if finding.code.endswith("share_mismatch")
    ]


def _counts(page: str) -> list[str]:
    return [finding.code for finding in audited(page).findings if finding.code.endswith("count_mismatch")]


def _page(year: int, total: int, parts: list[tuple[int, int]]) -> str:
    listed = "；".join(
        f"{kind}{count}条，占{share}%" for kind, (count, share) in zip(KINDS, parts, strict=False)
    )
    return legacy_page(year, f"{year}年，在主动公开的{total}条政府信息中，{listed}。")


def _rounded(count: int, total: int) -> int:
    return (200 * count + total) // (2 * total)


COUNTS = st.lists(st.integers(1, 60), min_size=4, max_size=4)


@SETTINGS
@given(year=LEGACY_YEARS, counts=COUNTS, extra=st.integers(0, 40))
def test_rounded_shares_are_silent_whatever_the_sum(year: int, counts: list[int], extra: int) -> None:
    # the kinds named may be some of them only: a sum under the count raises nothing
    total = sum(counts) + extra
    page = _page(year, total, [(count, _rounded(count, total)) for count in counts])
    assert _shares(page) == []
    assert _counts(page) == []


@SETTINGS
@given(year=LEGACY_YEARS, counts=COUNTS, slip=st.integers(2, 9))
def test_a_share_off_by_more_than_a_unit_is_an_error(year: int, counts: list[int], slip: int) -> None:
    total = sum(counts)
    shares = [_rounded(count, total) for count in counts]
    shares[-1] = shares[-1] + slip
    page = _page(year, total, list(zip(counts, shares, strict=True)))
    assert not share_consistent(counts[-1], total, Decimal(shares[-1]))
    found = _shares(page)
    assert [severity for _, severity in found] == [Severity.ERROR]
    assert f"以{total}为基数" in found[0][0]


@SETTINGS
@given(year=LEGACY_YEARS, subset=st.integers(1, 60), counts=COUNTS, extra=st.integers(0, 40))
def test_a_subset_first_is_no_breakdown(year: int, subset: int, counts: list[int], extra: int) -> None:
    # a subset first (its count may even exceed the kinds named after it): no error, no share
    total = sum(counts) + extra
    listed = "；".join(f"{kind}{count}条" for kind, count in zip(KINDS, counts, strict=False))
    page = legacy_page(
        year, f"{year}年，在主动公开的{total}条政府信息中，全文电子化的主动公开信息数共{subset}条，{listed}。"
    )
    assert codes_of(page, Severity.ERROR) == []
    assert _shares(page) == []


def test_the_published_page_gets_its_share() -> None:
    found = _shares(PAGE.read_text(encoding="utf-8"))
    assert found == [("正文称“其他应公开信息类文件”28，占22%；以116为基数应为24.14%。", Severity.ERROR)]
