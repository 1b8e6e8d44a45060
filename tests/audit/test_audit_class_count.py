"""Issue 12, round 32: a stated number of classes or parts against the names listed after it (development data).

Blind 28's ``pingtan_scj_2016`` and blind 29's ``pingtan_scj_2015``: ``主动公开类别有七类，分别是机构职能、…、安全生产应急管理等
政府信息`` naming nine and eight classes. The names are counted by their 、 (a name may hold one: the same pages write
``安全生产、应急管理类``), so a warning at ``CLASS_COUNT_CONFIDENCE``, never an error. More names than stated is a slip
whatever 等 says; fewer is one only when the list does not end with 等. On the round-31 code nothing was said on either
page (the class-count properties below fail there: no rule read ``N类,分别是``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import CLASS_COUNT_CONFIDENCE
from disclosure_rules._findings import Severity
from disclosure_rules._text import CHINESE_DIGITS
from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, audited, legacy_page, opening

DATA = Path(__file__).resolve().parents[1] / "data"
NAMES = (
    "机构职能",
    "政策规范性文件",
    "规划计划",
    "行政许可",
    "重大建设项目",
    "为民办实事",
    "科教文体卫生",
    "财政预决算",
    "人事信息",
)
WORDS = {value: word for word, value in CHINESE_DIGITS.items() if word != "两"}


def _class_findings(page: str) -> list[tuple[str, Severity, float | None]]:
    return [
        (finding.message, finding.severity, finding.confidence)
        for finding in audited(page).findings
        if finding.code.endswith("count_mismatch") and "随后列出" in finding.message
    ]


def _sentence(stated: int, listed: int, *, etc: bool) -> str:
    names = "、".join(NAMES[:listed])
    return f"主动公开类别有{WORDS[stated]}类，分别是{names}{'等' if etc else ''}政府信息。"


COUNTS = st.integers(2, 9)


@SETTINGS
@given(year=LEGACY_YEARS, count=COUNTS, etc=st.booleans())
def test_a_list_naming_as_many_classes_as_stated_is_silent(year: int, count: int, *, etc: bool) -> None:
    assert _class_findings(legacy_page(year, _sentence(count, count, etc=etc))) == []


@SETTINGS
@given(year=LEGACY_YEARS, stated=st.integers(2, 8), more=st.integers(1, 7), etc=st.booleans())
def test_more_names_than_stated_is_a_warning(year: int, stated: int, more: int, *, etc: bool) -> None:
    listed = min(stated + more, len(NAMES))
    found = _class_findings(legacy_page(year, _sentence(stated, listed, etc=etc)))
    assert found == [
        (found[0][0], Severity.WARNING, CLASS_COUNT_CONFIDENCE),
    ]
    assert f"有{WORDS[stated]}类，随后列出{listed}项" in found[0][0]


@SETTINGS
@given(year=STANDARD_YEARS, stated=st.integers(3, 9), fewer=st.integers(1, 7))
def test_fewer_names_is_a_warning_only_without_deng(year: int, stated: int, fewer: int) -> None:
    listed = max(stated - fewer, 2)
    closed = opening(year) + _sentence(stated, listed, etc=False) + "\n"
    open_list = opening(year) + _sentence(stated, listed, etc=True) + "\n"
    assert [severity for _, severity, _ in _class_findings(closed)] == [Severity.WARNING]
    assert _class_findings(open_list) == []


@pytest.mark.parametrize(
    "body",
    [
        "主动公开类别有七类，分别是机构职能、规划计划和行政许可、财政信息。",  # 和 joins names: unsure number
        "主动公开类别有三类，分别是机构职能12条、规划计划3条、行政许可、财政信息。",  # counts inside: another shape
        "主动公开类别有两类，分别是机构职能、规划计划(含年度计划)、行政许可。",  # a bracket inside
        "主动公开信息有七类，机构职能、规划计划、行政许可、财政信息、人事信息、科教文卫、其他。",  # no 分别是
    ],
)
def test_an_unsure_list_is_silent(body: str) -> None:
    assert _class_findings(legacy_page(2015, body)) == []


@pytest.mark.parametrize(
    ("path", "listed"),
    [("published_blind_28/pingtan_scj_2016.txt", 9), ("published_blind_29/pingtan_scj_2015.txt", 8)],
)
def test_the_two_published_pages_get_their_class_count(path: str, listed: int) -> None:
    found = _class_findings((DATA / path).read_text(encoding="utf-8"))
    assert len(found) == 1
    assert f"有七类，随后列出{listed}项" in found[0][0]
    assert found[0][1] is Severity.WARNING
