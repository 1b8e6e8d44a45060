"""Issue 12, round 27: a part's own breakdown with its 其中 misplaced after its first part (blind 25).

``yongjia_yunling_2023``: ``共新增主动公开政府信息41条。其中机构类信息22条,机构概况1条、其中领导成员13条、内设机构及岗位
责任人4条、直属单位或下属机构4条;镇街动态1条,…`` — 1 + 13 + 4 + 4 make the 22 (机构类's kinds, the 其中 one part late),
and the list is 22 + 1 + 7 + … = 41. It was read as a list of 1 (机构概况) with parts 13, 4, 4, and the 41 summed with them:
two warnings on a consistent page. The counts after a part up to the clause's ；that make it exactly, with a 其中 after
their first, are its own parts (round 25's rule, the 其中 anywhere in the run's first two parts). The properties fail on
the round-26 code; the guard passes on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited, opening

KINDS = ("机构概况", "领导成员", "内设机构及岗位责任人", "直属单位或下属机构")
OTHERS = ("镇街动态", "通知公告", "乡镇部门文件", "计划总结")


def _page(year: int, total: int, kinds: list[int], others: list[int]) -> str:
    first, *rest = (f"{name}{count}条" for name, count in zip(KINDS, kinds, strict=False))
    listed = "、".join(rest)
    after = ",".join(f"{name}{count}条" for name, count in zip(OTHERS, others, strict=False))
    return opening(year) + (
        f"{year}年度在政府信息公开网站上共新增主动公开政府信息{total}条。"
        f"其中机构类信息{sum(kinds)}条,{first}、其中{listed};{after}。\n"
    )


def _mismatches(page: str) -> list[str]:
    return [finding.message for finding in audited(page).findings if finding.code.endswith("count_mismatch")]


KIND_COUNTS = st.lists(st.integers(1, 30), min_size=3, max_size=4)
OTHER_COUNTS = st.lists(st.integers(1, 30), min_size=1, max_size=4)


@SETTINGS
@given(year=STANDARD_YEARS, kinds=KIND_COUNTS, others=OTHER_COUNTS)
def test_a_consistent_list_with_the_misplaced_sub_breakdown_is_silent(
    year: int, kinds: list[int], others: list[int]
) -> None:
    assert _mismatches(_page(year, sum(kinds) + sum(others), kinds, others)) == []


@SETTINGS
@given(year=STANDARD_YEARS, kinds=KIND_COUNTS, others=OTHER_COUNTS, off=st.integers(1, 20))
def test_guard_a_list_off_its_total_is_still_found(
    year: int, kinds: list[int], others: list[int], off: int
) -> None:
    total = sum(kinds) + sum(others) + off
    assert any(f"共{total}条" in message for message in _mismatches(_page(year, total, kinds, others)))
