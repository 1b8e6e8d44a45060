"""Issue 12, round 35: reviews and lawsuits counted with 有 (blind 32, development data).

``anyang_xian_zjj_2025``: ``2025年因政府信息公开问题被申请行政复议有3件,其中,1件被复议机关撤销…。行政诉讼有1件,目前正在法院
审理中。`` — neither count was read: the review and lawsuit patterns took 共/为 between the word and its count, not 有.
有 right before the count now reads as they do.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, value_of

PAGE = Path(__file__).resolve().parents[1] / "data" / "published_blind_32" / "anyang_xian_zjj_2025.txt"


def _page(year: int, body: str) -> str:
    return (
        f"青山县住房和城乡建设局{year}年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、总体情况\n{body}\n"
    )


@SETTINGS
@given(
    year=STANDARD_YEARS, reviews=st.integers(0, 30), lawsuits=st.integers(0, 30), unit=st.sampled_from("件起")
)
def test_counts_after_you_are_read(year: int, reviews: int, lawsuits: int, unit: str) -> None:
    page = _page(
        year,
        f"{year}年因政府信息公开问题被申请行政复议有{reviews}{unit},尚未审结。行政诉讼有{lawsuits}{unit},目前正在审理中。",
    )
    assert value_of(page, "administrative_reviews") == reviews
    assert value_of(page, "lawsuits") == lawsuits


@SETTINGS
@given(year=STANDARD_YEARS, count=st.integers(1, 30))
def test_you_before_another_word_is_no_count(year: int, count: int) -> None:
    # "行政复议有关…" names no count: the figure is not read from the later count of something else
    page = _page(year, f"{year}年,我局做好行政复议有关工作,组织培训{count}次。")
    assert value_of(page, "administrative_reviews") is None


def test_anyang_three_reviews_one_lawsuit() -> None:
    page = PAGE.read_text(encoding="utf-8")
    assert value_of(page, "administrative_reviews") == 3
    assert value_of(page, "lawsuits") == 1
