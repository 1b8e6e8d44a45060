"""Issue 12, round 32: a channel part that says 主动公开 (blind 29, development data).

``shangcheng_sfj_2023``: ``全年主动公开政府信息671条,其中网站主动公开信息65条(公告公示3条),“上城普法”微信497条,“上城普法君”抖音
157条`` — three channels adding up to 719. The convention of every channel list stands (round 26, ``channels_above_total``
and ``list_findings``): one item may go out on several channels, so channels above their total are a hint to look, a
warning at ``OVERLAP_CONFIDENCE``, never an error. On the round-31 code the list was not read at all: a channel's name
followed by 主动公开 was no channel part (``网站主动公开信息65条``), so the above-total property fails there.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import OVERLAP_CONFIDENCE
from disclosure_rules._findings import Severity
from tests.audit.messy import SETTINGS, STANDARD_YEARS, audited, opening

PAGE = Path(__file__).resolve().parents[1] / "data" / "published_blind_29" / "shangcheng_sfj_2023.txt"
CHANNELS = ("网站主动公开信息", "“上城普法”微信", "“上城普法君”抖音")


def _page(year: int, total: int, counts: list[int], inner: int) -> str:
    parts = [f"{name}{count}条" for name, count in zip(CHANNELS, counts, strict=False)]
    parts[0] += f"(公告公示{inner}条)"
    return opening(year) + f"全年主动公开政府信息{total}条,其中{','.join(parts)}。\n"


def _mismatches(page: str) -> list[tuple[str, Severity, float | None]]:
    return [
        (finding.message, finding.severity, finding.confidence)
        for finding in audited(page).findings
        if finding.code.endswith("count_mismatch")
    ]


COUNTS = st.lists(st.integers(5, 500), min_size=3, max_size=3)


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS, inner=st.integers(0, 4))
def test_channels_that_add_up_are_silent(year: int, counts: list[int], inner: int) -> None:
    assert _mismatches(_page(year, sum(counts), counts, inner)) == []


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS, inner=st.integers(0, 4), over=st.integers(1, 100))
def test_channels_above_their_total_are_an_overlap_hint(
    year: int, counts: list[int], inner: int, over: int
) -> None:
    # above every channel's own count (a channel carrying every item is no breakdown, round 25), below their sum
    total = max(max(counts) + 1, sum(counts) - over)
    found = _mismatches(_page(year, total, counts, inner))
    assert [(severity, confidence) for _, severity, confidence in found] == [
        (Severity.WARNING, OVERLAP_CONFIDENCE)
    ]
    assert f"各渠道合计{sum(counts)}条" in found[0][0]
    assert "重复计数" in found[0][0]


def test_the_published_page_gets_its_hint() -> None:
    found = _mismatches(PAGE.read_text(encoding="utf-8"))
    assert len(found) == 1
    assert "共671条" in found[0][0]
    assert "各渠道合计719条" in found[0][0]
