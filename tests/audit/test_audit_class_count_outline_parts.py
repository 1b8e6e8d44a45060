"""Issue 12, round 35: the report's outline naming fewer parts than it counts (blind 32, development data).

``yaozhou_lyj_2021``: ``报告内容由总体情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况存在的主要问题及
改进情况,其他需要报告的事项六个部分组成`` — five of the standard outline's six parts (主动公开政府信息情况 missing), two of
them run together with no comma. Round 34 left 个部分 unread (outline names hold 、). The outline is read only when every
word between 由/包括 and the count is one of the six standard part names or a separator, each named once, with no 等:
then the number of parts is certain, and a count other than it is a warning at 0.5 (the page's count code).
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._crosschecks import OUTLINE_PART_NAMES
from disclosure_rules._labels import SECTION_HEADINGS
from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited

PAGE = Path(__file__).resolve().parents[1] / "data" / "published_blind_32" / "yaozhou_lyj_2021.txt"
PARTS = (
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
)


def _page(year: int, opening: str, names: list[str], separators: list[str], *, count: str = "六") -> str:
    listed = names[0] + "".join(sep + name for sep, name in zip(separators, names[1:], strict=False))
    return (
        f"青山区林业局{year}年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制，"
        f"报告内容{opening}{listed}{count}个部分组成。\n一、总体情况\n{year}年，我局认真贯彻落实条例。\n"
    )


def _counts(page: str) -> list[tuple[str, float | None, str]]:
    return [
        (str(finding.severity), finding.confidence, finding.message)
        for finding in audited(page).findings
        if finding.code == "text.count_mismatch"
    ]


OPENINGS = st.sampled_from(["由", "包括"])
SEPARATORS = st.lists(st.sampled_from([",", "，", "、", ""]), min_size=5, max_size=5)


def test_the_table_names_each_standard_part() -> None:
    assert len(OUTLINE_PART_NAMES) == len(PARTS)
    # each wording reads its section's own title in the label table, in the table's order
    for wording, heading in zip(OUTLINE_PART_NAMES, SECTION_HEADINGS, strict=True):
        assert re.fullmatch(wording, heading.title), heading.title


@SETTINGS
@given(year=STANDARD_YEARS, opening=OPENINGS, separators=SEPARATORS)
def test_the_whole_outline_is_silent(year: int, opening: str, separators: list[str]) -> None:
    assert _counts(_page(year, opening, list(PARTS), separators)) == []


@SETTINGS
@given(
    year=STANDARD_YEARS,
    opening=OPENINGS,
    separators=SEPARATORS,
    kept=st.lists(st.integers(0, 5), min_size=2, max_size=5, unique=True),
)
def test_fewer_parts_than_counted_are_a_warning(
    year: int, opening: str, separators: list[str], kept: list[int]
) -> None:
    names = [PARTS[index] for index in sorted(kept)]
    found = _counts(_page(year, opening, names, separators))
    assert [(severity, confidence) for severity, confidence, _ in found] == [("warning", 0.5)]
    assert f"{len(names)}个部分" in found[0][2]


@SETTINGS
@given(
    year=STANDARD_YEARS,
    separators=SEPARATORS,
    kept=st.lists(st.integers(0, 5), min_size=2, max_size=5, unique=True),
)
def test_etc_or_another_name_keeps_silence(year: int, separators: list[str], kept: list[int]) -> None:
    names = [PARTS[index] for index in sorted(kept)]
    assert _counts(_page(year, "由", names, separators, count="等六")) == []
    # a name outside the standard outline: the number of parts is not certain
    assert _counts(_page(year, "由", [*names, "政务公开工作亮点"], separators)) == []


def test_yaozhou_five_parts_counted_six() -> None:
    found = _counts(PAGE.read_text(encoding="utf-8"))
    assert len(found) == 1
    assert "六个部分" in found[0][2]
    assert "5个部分" in found[0][2]


@SETTINGS
@given(year=STANDARD_YEARS, opening=OPENINGS, separators=SEPARATORS, count=st.sampled_from("二三四五"))
def test_more_parts_than_counted_are_a_warning(
    year: int, opening: str, separators: list[str], count: str
) -> None:
    found = _counts(_page(year, opening, list(PARTS), separators, count=count))
    assert [(severity, confidence) for severity, confidence, _ in found] == [("warning", 0.5)]
    assert "6个部分" in found[0][2]
