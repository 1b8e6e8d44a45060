"""Issue 12, round 34: a number of aspects against the aspects named (blind 31, development data).

``xixiang_wlj_2019_tw`` (a 2019-format page, traditional copy): ``涉及工作職責、領導分工、內設科室、政務信息公開年度報告5個方面`` —
four names, the number after them. Round 32 read the number first (``有N类，分别是…``); the outline written names-first
(``包括总体概述、…、政府信息公开行政复议、行政诉讼情况、…等六个方面``) holds names with a 、 inside, which only add to a
count by 、 — so names-first, only FEWER names than stated with no 等 is said. A number followed by its items numbered
(``三个方面：一是…；二是…`` or ``（一）…（二）…``, an item possibly a heading of its own line) is said only when fewer items
follow (two at least); more may be nested or a later list's. A warning at ``CLASS_COUNT_CONFIDENCE``, never an error.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import CLASS_COUNT_CONFIDENCE
from disclosure_rules._findings import Severity
from disclosure_rules._text import chinese_small_number
from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited, opening

PAGE = Path(__file__).resolve().parents[1] / "data" / "published_blind_31" / "xixiang_wlj_2019_tw.txt"
NAMES = (
    "工作职责",
    "领导分工",
    "内设科室",
    "政务信息公开年度报告",
    "财政预决算",
    "重大项目",
    "人事任免",
    "政策解读",
)
NUMERALS = "一二三四五六七八九"
ASPECTS = ("加强组织领导", "完善工作制度", "强化业务培训", "拓展公开渠道", "回应社会关切", "规范依申请公开")


def _counts(page: str) -> list[tuple[Severity, float | None, int | str | None]]:
    return [
        (finding.severity, finding.confidence, finding.actual)
        for finding in audited(page).findings
        if finding.code.endswith("count_mismatch")
    ]


def _written(stated: int, digits: bool) -> str:
    return str(stated) if digits else NUMERALS[stated - 1]


@SETTINGS
@given(
    year=STANDARD_YEARS,
    named=st.integers(2, 8),
    stated=st.integers(2, 9),
    digits=st.booleans(),
    etc=st.booleans(),
)
def test_names_then_their_number(year: int, named: int, stated: int, digits: bool, etc: bool) -> None:
    names = "、".join(NAMES[:named])
    page = (
        opening(year) + f"主动公开的信息涉及{names}{'等' if etc else ''}{_written(stated, digits)}个方面。\n"
    )
    assert chinese_small_number(_written(stated, digits)) == stated
    expected = [(Severity.WARNING, CLASS_COUNT_CONFIDENCE, named)] if named < stated and not etc else []
    assert _counts(page) == expected


@SETTINGS
@given(
    year=STANDARD_YEARS,
    items=st.integers(2, 6),
    stated=st.integers(2, 9),
    numbered=st.sampled_from(("是", "（）")),
    own_lines=st.booleans(),
)
def test_a_number_then_its_items(year: int, items: int, stated: int, numbered: str, own_lines: bool) -> None:
    def item(index: int) -> str:
        ordinal = NUMERALS[index]
        return f"{ordinal}是{ASPECTS[index]}" if numbered == "是" else f"（{ordinal}）{ASPECTS[index]}"

    joiner = "。\n" if own_lines else "；"
    listed = joiner.join(item(index) for index in range(items))
    page = (
        opening(year)
        + f"我局从{NUMERALS[stated - 1]}个方面做好工作：{chr(10) if own_lines else ''}{listed}。\n"
    )
    expected = [(Severity.WARNING, CLASS_COUNT_CONFIDENCE, items)] if items < stated else []
    assert _counts(page) == expected


def test_the_published_page() -> None:
    found = [
        finding
        for finding in audited(PAGE.read_text(encoding="utf-8")).findings
        if finding.code == "text.count_mismatch"
    ]
    assert [(f.severity, f.confidence, f.expected, f.actual) for f in found] == [
        (Severity.WARNING, CLASS_COUNT_CONFIDENCE, 5, 4)
    ]
    assert "工作职责、领导分工、内设科室、政务信息公开年度报告" in found[0].message
