"""Issue 12, round 35: a list whose sentence opens with 其中包括 (blind 32, development data).

``huaibei_qxj_2021``: ``新增主动公开政府信息502条。其中包括:政策法规45条,…,监督保障35条。`` — nineteen kinds adding to
498. Before the round no list was read there: the 其中 saw ``包括:政策法规45条`` as a nested breakdown (no parts), and
the 包括 had no total (a sentence opening with ``其中`` was taken for a list inside its own sentence). 其中包括 opening a
sentence now breaks down the previous sentence's count, as a bare 其中 does: the sum is checked by the existing rules
(a list of kinds with no 其他, its parts over half the total: a warning at 0.8).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited, value_of

PAGE = Path(__file__).resolve().parents[1] / "data" / "published_blind_32" / "huaibei_qxj_2021.txt"
KINDS = ("政策法规", "规划计划", "机构设置", "财政资金", "应急管理", "新闻发布", "政策解读", "监督保障")


def _page(year: int, total: int, counts: list[int], colon: str) -> str:
    listed = ",".join(f"{kind}{count}条" for kind, count in zip(KINDS, counts, strict=False))
    return (
        f"青山区气象局{year}年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、总体情况\n(一)主动公开情况。{year}年,我局新增主动公开政府信息{total}条。其中包括{colon}{listed}。\n"
    )


def _counts(page: str) -> list[tuple[str, float | None]]:
    return [
        (str(finding.severity), finding.confidence)
        for finding in audited(page).findings
        if finding.code == "text.count_mismatch"
    ]


def _parts(page: str) -> list[int]:
    return sorted(int(figure.value) for figure in audited(page).figures if figure.name == "category")


COUNTS = st.lists(st.integers(1, 60), min_size=3, max_size=len(KINDS))
COLONS = st.sampled_from(["", ":", "："])


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS, colon=COLONS)
def test_parts_making_their_total_are_read_and_silent(year: int, counts: list[int], colon: str) -> None:
    page = _page(year, sum(counts), counts, colon)
    assert value_of(page, "proactive_total") == sum(counts)
    assert _parts(page) == sorted(counts)
    assert _counts(page) == []


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS, colon=COLONS, slip=st.integers(1, 5))
def test_parts_short_of_their_total_are_a_warning(
    year: int, counts: list[int], colon: str, slip: int
) -> None:
    # the parts make over half the total: no selection, a warning (the list may still leave a kind out)
    total = sum(counts) + slip
    found = _counts(_page(year, total, counts, colon))
    assert [severity for severity, _ in found] == ["warning"]


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS, colon=COLONS, excess=st.integers(1, 5))
def test_parts_above_their_total_are_found(year: int, counts: list[int], colon: str, excess: int) -> None:
    found = _counts(_page(year, sum(counts) - excess, counts, colon))
    assert len(found) == 1


def test_huaibei_nineteen_kinds_against_502() -> None:
    result = audited(PAGE.read_text(encoding="utf-8"))
    found = [finding for finding in result.findings if finding.code == "text.count_mismatch"]
    assert len(found) == 1
    assert "502" in found[0].message
    assert "498" in found[0].message
    assert sum(int(figure.value) for figure in result.figures if figure.name == "category") == 498
