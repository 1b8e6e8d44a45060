"""Issue 12, round 34: channels under 其中 adding up to less than their total (blind 31, development data).

``yongde_wlj_2020``: ``2020年共发布信息283条,其中:政府网站公开政府信息27条,微信公众号公开信息109条,永德县公共文化数字化服务
平台138条,图书馆网站发布信息8条`` = 282. The convention of every channel list (round 26): one item may go out on several
channels, so channels ABOVE their total are a hint (warning at ``OVERLAP_CONFIDENCE``). Channels BELOW it are not
explained by overlap (it only makes the sum larger); a channel left unnamed may explain them. Decided: a warning at
the same confidence, whose message says so — never an error, on legacy pages as on the others. Before the round the
list was not read (a 服务平台 was no channel name, and ``公开政府信息27条`` no channel's count).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._result import OVERLAP_CONFIDENCE
from disclosure_rules._findings import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, STANDARD_YEARS, audited, legacy_page, opening

PAGE = Path(__file__).resolve().parents[1] / "data" / "published_blind_31" / "yongde_wlj_2020.txt"
CHANNELS = ("政府网站公开政府信息", "微信公众号公开信息", "某县公共文化数字化服务平台", "图书馆网站发布信息")


def _list(total: int, counts: list[int]) -> str:
    parts = ",".join(f"{name}{count}条" for name, count in zip(CHANNELS, counts, strict=False))
    return f"某县某局全年共发布信息{total}条,其中:{parts}。"


def _mismatches(page: str) -> list[tuple[str, Severity, float | None]]:
    return [
        (finding.message, finding.severity, finding.confidence)
        for finding in audited(page).findings
        if finding.code.endswith("count_mismatch")
    ]


COUNTS = st.lists(st.integers(20, 300), min_size=4, max_size=4)


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS)
def test_channels_that_add_up_are_silent(year: int, counts: list[int]) -> None:
    assert _mismatches(opening(year) + _list(sum(counts), counts) + "\n") == []


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS, short=st.integers(1, 30))
def test_channels_short_of_their_total_are_a_channel_warning(
    year: int, counts: list[int], short: int
) -> None:
    found = _mismatches(opening(year) + _list(sum(counts) + short, counts) + "\n")
    assert [(severity, confidence) for _, severity, confidence in found] == [
        (Severity.WARNING, OVERLAP_CONFIDENCE)
    ]
    assert f"合计{sum(counts)}条" in found[0][0]
    assert "可能有渠道未列出" in found[0][0]


@SETTINGS
@given(year=LEGACY_YEARS, counts=COUNTS, short=st.integers(1, 30))
def test_on_a_legacy_page_too_never_an_error(year: int, counts: list[int], short: int) -> None:
    found = _mismatches(legacy_page(year, _list(sum(counts) + short, counts)))
    assert [(severity, confidence) for _, severity, confidence in found] == [
        (Severity.WARNING, OVERLAP_CONFIDENCE)
    ]


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS)
def test_the_posts_over_the_channels_are_the_total(year: int, counts: list[int]) -> None:
    result = audited(opening(year) + _list(sum(counts), counts) + "\n")
    assert [int(f.value) for f in result.figures if f.name == "proactive_total"] == [sum(counts)]


@SETTINGS
@given(year=STANDARD_YEARS, counts=COUNTS, channel=st.sampled_from(("网站", "微信公众号", "平台")))
def test_posts_of_a_channel_or_over_a_category_list_are_not_the_total(
    year: int, counts: list[int], channel: str
) -> None:
    total = sum(counts)
    of_a_channel = (
        opening(year) + _list(total, counts).replace("某县某局全年", f"某县某局{channel}全年") + "\n"
    )
    categories = ",".join(
        f"{kind}{count}条" for kind, count in zip(("工作动态", "通知公告"), counts, strict=False)
    )
    of_categories = opening(year) + f"某县某局全年共发布信息{counts[0] + counts[1]}条,其中:{categories}。\n"
    for page in (of_a_channel, of_categories):
        assert [f for f in audited(page).figures if f.name == "proactive_total"] == []


@SETTINGS
@given(year=STANDARD_YEARS, count=st.integers(1, 500), all_out=st.booleans())
def test_documents_all_disclosed_are_the_total(year: int, count: int, all_out: bool) -> None:
    tail = "均通过局网站予以公开" if all_out else "其余按程序办理"
    page = opening(year) + f"{year}年,本局共印发主动公开文件{count}份,{tail}。\n"
    read = [int(f.value) for f in audited(page).figures if f.name == "proactive_total"]
    assert read == ([count] if all_out else [])


def test_the_published_page() -> None:
    result = audited(PAGE.read_text(encoding="utf-8"))
    assert [int(f.value) for f in result.figures if f.name == "proactive_total"] == [283]
    found = _mismatches(PAGE.read_text(encoding="utf-8"))
    assert len(found) == 1
    assert "共283条" in found[0][0]
    assert "合计282条" in found[0][0]
    assert found[0][1:] == (Severity.WARNING, OVERLAP_CONFIDENCE)
