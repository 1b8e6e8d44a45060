"""The publication date a page states next to 发布时间/发布日期, and nothing else."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import publication_date

CORPUS = Path(__file__).resolve().parents[1] / "data" / "published"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("标题:…年度报告\n发布时间: 2025-01-23 16:43\n原文链接", dt.date(2025, 1, 23)),
        ("来源:商务局    发布日期:2022-01-13 03:07:44", dt.date(2022, 1, 13)),
        ("| 发布机构 | 自治区政府办公厅 | 发布日期 | 2021-04-09 17:05:00 |", dt.date(2021, 4, 9)),
        ("<p style='text-align: center'>发布日期：2020-01-31</p>", dt.date(2020, 1, 31)),
        ("<span>发布时间：</span><span>2023年1月10日</span>", dt.date(2023, 1, 10)),
        ("發佈時間：2021/1/28", dt.date(2021, 1, 28)),
    ],
)
def test_labelled_dates_are_read(page: str, expected: dt.date) -> None:
    assert publication_date(page) == expected


@pytest.mark.parametrize(
    "page",
    [
        "对规范性文件文号、成文日期、发布日期、有效性等要素进行规范标注",  # the label in prose, no date after it
        "本报告统计期限自2022年1月1日起至2022年12月31日止。",  # dates, but no label
        "发布时间：2023-02-30",  # not a date
        "",
    ],
)
def test_no_labelled_date_is_none(page: str) -> None:
    assert publication_date(page) is None


def test_corpus_pages_with_a_header_state_their_date() -> None:
    """The real pages whose header says 发布时间 (the Pingtan crawl prints it on line 2)."""
    page = (CORPUS / "pingtan_czj_2024.txt").read_text(encoding="utf-8")
    assert publication_date(page) == dt.date(2025, 1, 23)


SEPARATORS = st.sampled_from([":", "：", " ", ": ", " | ", "</td><td>", "&nbsp;", ""])
LABELS = st.sampled_from(["发布时间", "发布日期", "發佈時間", "公开日期"])


@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31)), label=LABELS, sep=SEPARATORS
)
def test_any_date_after_a_label_is_read(day: dt.date, label: str, sep: str) -> None:
    """Rule: the date printed next to its label, in any of the sites' layouts, is the publication date."""
    for written in (
        day.isoformat(),
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}/{day.month}/{day.day}",
    ):
        assert publication_date(f"标题\n{label}{sep}{written} 10:00\n正文") == day


@given(text=st.text(alphabet=st.sampled_from("年月日0123456789-/: 报告公开政府")))
def test_without_a_label_nothing_is_read(text: str) -> None:
    """Rule: a date that is not next to a publication label is never taken for one."""
    assert publication_date(text) is None
