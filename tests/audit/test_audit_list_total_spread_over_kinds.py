"""Issue 12, round 28: a 共 spread over parallel counts is no total (round 27's open idea; blind 24's ``yanjiang_wjj_2022``).

``2022年,我局共发布行政规范性文件0条,解读文件7条,其他文件7条`` was warned as a total of 0 under 7 + 7. The first count
names one kind of what the remainder counts (行政规范性文件 is a kind of 文件, 其他文件 the rest of them): it is one item of
the list, and the 共 spreads over all three. A count of 政府信息 (or of 文件 itself) before a remainder of the same is
still the list's total (the guards). The property fails on the round-27 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited, opening

KINDS = st.sampled_from(
    (("行政规范性", "解读", "文件"), ("重大决策", "政策解读", "文件"), ("人事任免", "工作", "公告"))
)
COUNT = st.integers(0, 60)


def _mismatches(page: str) -> list[str]:
    return [finding.message for finding in audited(page).findings if finding.code.endswith("count_mismatch")]


def _page(year: int, sentence: str) -> str:
    return opening(year) + f"(三)政府信息管理情况。{year}年,我局{sentence}。\n"


@SETTINGS
@given(year=STANDARD_YEARS, kinds=KINDS, first=COUNT, second=COUNT, rest=COUNT)
def test_a_count_of_one_kind_then_its_siblings_is_no_total(
    year: int, kinds: tuple[str, str, str], first: int, second: int, rest: int
) -> None:
    qualifier, sibling, head = kinds
    sentence = f"共发布{qualifier}{head}{first}条,{sibling}{head}{second}条,其他{head}{rest}条"
    assert _mismatches(_page(year, sentence)) == []


@SETTINGS
@given(year=STANDARD_YEARS, kinds=KINDS, second=COUNT, rest=COUNT, off=st.integers(1, 20))
def test_guard_a_count_of_the_remainder_s_own_items_is_still_a_total(
    year: int, kinds: tuple[str, str, str], second: int, rest: int, off: int
) -> None:
    _, sibling, head = kinds
    total = second + rest + off
    for whole, remainder in ((head, head), ("政府信息", "信息")):
        sentence = f"共发布{whole}{total}条,{sibling}{head}{second}条,其他{remainder}{rest}条"
        assert any(f"共{total}条" in message for message in _mismatches(_page(year, sentence)))
