"""Issue 12, round 31: a 2021-format list whose parts carry their own breakdowns (blind 29, development data).

``tuquan_yjj_2021``: ``共公开各类政务信息122条,其中政务公开专栏74条(包括公开指南1条、…其他12条),政府信息公开46条(包括…)``
and ``guanghan_yjj_2021``: ``总共公开政府信息352条,其中:政策文件类公开207条,包含事故调查类11条,…其他类文件97条;工作动态
公开145条;…1条``. The outer list is summed over its parts with each part's breakdown (in brackets, or after 包含/包括 up
to the part's ；) set aside, and each breakdown is checked against its part. On the round-30 code a breakdown off its
part went unsaid and a consistent 包含 list was warned about (its breakdown summed into the outer list: checked by
hand on one example of each), so the breakdown and 包含 properties fail there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._document import read_copied_text
from disclosure_rules._audit._narrative import nested_lists, read_prose
from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited, opening

OUTER = ("政务公开专栏", "政府信息公开", "工作动态")
INNER = ("公开指南", "财政信息", "人事信息", "业务工作", "其他")
DATA = Path(__file__).resolve().parents[1] / "data" / "published_blind_29"


def _bracketed(year: int, total: int, parts: list[tuple[int, list[int]]]) -> str:
    listed = ",".join(
        f"{name}{count}条(包括{'、'.join(f'{kind}{n}条' for kind, n in zip(INNER, inner, strict=False))})"
        for name, (count, inner) in zip(OUTER, parts, strict=False)
    )
    return opening(year) + f"{year}年,本局共公开各类政务信息{total}条,其中{listed}。\n"


def _after_baohan(year: int, total: int, first: tuple[int, list[int]], others: list[int]) -> str:
    inner = ",".join(f"{kind}{n}条" for kind, n in zip(INNER, first[1], strict=False))
    rest = ";".join(f"{name}{n}条" for name, n in zip(OUTER[1:], others, strict=False))
    return (
        opening(year)
        + f"本局总共公开政府信息{total}条,其中:政策文件类公开{first[0]}条,包含{inner};{rest}。\n"
    )


def _mismatches(page: str) -> list[str]:
    return [finding.message for finding in audited(page).findings if finding.code.endswith("count_mismatch")]


INNERS = st.lists(st.integers(1, 30), min_size=2, max_size=5)
PARTS = st.lists(INNERS, min_size=2, max_size=3)


@SETTINGS
@given(year=STANDARD_YEARS, inners=PARTS)
def test_a_consistent_nested_list_in_brackets_is_silent(year: int, inners: list[list[int]]) -> None:
    parts = [(sum(inner), inner) for inner in inners]
    assert _mismatches(_bracketed(year, sum(count for count, _ in parts), parts)) == []


@SETTINGS
@given(year=STANDARD_YEARS, inners=PARTS, off=st.integers(1, 20))
def test_an_outer_list_off_its_total_is_found_with_its_parts_only(
    year: int, inners: list[list[int]], off: int
) -> None:
    parts = [(sum(inner), inner) for inner in inners]
    total = sum(count for count, _ in parts) + off
    found = _mismatches(_bracketed(year, total, parts))
    assert len(found) == 1
    assert f"共{total}条" in found[0]
    assert f"合计{total - off}条" in found[0]


@SETTINGS
@given(year=STANDARD_YEARS, inners=PARTS, off=st.integers(1, 20))
def test_a_breakdown_off_its_part_is_found(year: int, inners: list[list[int]], off: int) -> None:
    parts = [(sum(inner), inner) for inner in inners]
    parts[0] = (parts[0][0] + off, parts[0][1])
    found = _mismatches(_bracketed(year, sum(count for count, _ in parts), parts))
    assert len(found) == 1
    assert f"{OUTER[0]}{parts[0][0]}条" in found[0]


@SETTINGS
@given(year=STANDARD_YEARS, inner=INNERS, others=st.lists(st.integers(1, 200), min_size=1, max_size=2))
def test_a_consistent_list_with_a_baohan_breakdown_is_silent(
    year: int, inner: list[int], others: list[int]
) -> None:
    page = _after_baohan(year, sum(inner) + sum(others), (sum(inner), inner), others)
    assert _mismatches(page) == []


@SETTINGS
@given(
    year=STANDARD_YEARS,
    inner=INNERS,
    others=st.lists(st.integers(1, 200), min_size=1, max_size=2),
    off=st.integers(1, 20),
)
def test_guard_a_baohan_list_off_its_total_is_found(
    year: int, inner: list[int], others: list[int], off: int
) -> None:
    total = sum(inner) + sum(others) + off
    found = _mismatches(_after_baohan(year, total, (sum(inner), inner), others))
    assert any(f"共{total}条" in message and f"合计{total - off}条" in message for message in found)


@pytest.mark.parametrize(
    "body",
    [
        "本局共公开信息50条,其中专栏20条(含转载),动态31条。",  # a bracket that opens no breakdown
        "本局共公开信息50条,其中专栏20条,包含公告3条,动态17条,工作动态31条。",  # 包含 not closed by ；
        "本局共公开信息50条,其中专栏20条(包括公告若干),动态31条。",  # an item with no count
        "本局共公开信息50条,其中专栏20条,动态31条。",  # no breakdown at all: the other rounds' reading
    ],
)
def test_an_unsure_nesting_reads_no_nested_list(body: str) -> None:
    assert nested_lists(read_prose(read_copied_text(opening(2023) + body + "\n"))) == []


def test_the_two_published_pages_get_their_listed_mismatches() -> None:
    tuquan = _mismatches((DATA / "tuquan_yjj_2021.txt").read_text(encoding="utf-8"))
    assert [message.split("合计")[1][:4] for message in tuquan] == ["120条", "72条，", "44条，"]
    guanghan = _mismatches((DATA / "guanghan_yjj_2021.txt").read_text(encoding="utf-8"))
    assert sorted(message.split("合计")[1][:4] for message in guanghan) == ["230条", "353条"]
