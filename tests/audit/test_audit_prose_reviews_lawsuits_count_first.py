"""Issue 12, round 35: a review or a lawsuit counted before its words (blind 32, development data).

``binjiang_gaj_2022_mirror``: ``其中,发生1起有关政府信息公开的行政复议案件,该案件至本报告发布之时尚未审结。`` — the review
count was not read: the patterns took the count after 行政复议. 发生 and a count in 起/件, then within twenty characters
the case's word, now reads as the count after it does; so does blind 26's legacy ``pingtan_jtj_2018``
(``2018年度发生1件针对本部门有关政府信息公开事务的行政诉讼案``). A count of both together (``发生2起行政复议、行政诉讼案件``)
is neither figure, as before.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, STANDARD_YEARS, value_of

DATA = Path(__file__).resolve().parents[1] / "data"
WORDS = st.sampled_from(["", "有关政府信息公开的", "针对本部门有关政府信息公开事务的"])


def _page(year: int, body: str) -> str:
    return (
        f"青山区公安分局{year}年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、总体情况\n{body}\n"
    )


@SETTINGS
@given(year=STANDARD_YEARS, count=st.integers(0, 30), unit=st.sampled_from("起件"), words=WORDS)
def test_a_review_counted_first_is_read(year: int, count: int, unit: str, words: str) -> None:
    page = _page(year, f"{year}年,发生{count}{unit}{words}行政复议案件,该案件尚未审结。")
    assert value_of(page, "administrative_reviews") == count
    assert value_of(page, "lawsuits") is None


@SETTINGS
@given(year=STANDARD_YEARS, count=st.integers(0, 30), unit=st.sampled_from("起件"), words=WORDS)
def test_a_lawsuit_counted_first_is_read(year: int, count: int, unit: str, words: str) -> None:
    page = _page(year, f"{year}年度发生{count}{unit}{words}行政诉讼案。")
    assert value_of(page, "lawsuits") == count
    assert value_of(page, "administrative_reviews") is None


@SETTINGS
@given(year=STANDARD_YEARS, count=st.integers(1, 30))
def test_both_counted_together_are_neither(year: int, count: int) -> None:
    page = _page(year, f"{year}年,发生{count}起行政复议、行政诉讼案件。")
    assert value_of(page, "administrative_reviews") is None
    assert value_of(page, "lawsuits") is None


def test_binjiang_one_review() -> None:
    page = (DATA / "published_blind_32" / "binjiang_gaj_2022_mirror.txt").read_text(encoding="utf-8")
    assert value_of(page, "administrative_reviews") == 1
