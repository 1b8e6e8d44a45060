"""A list's parts end where its first parts make the total and the next counts by another kind (round 25).

``yiwu_jtj_2024`` (blind set 10, consistent by its reading): ``主动公开信息总数560条,其中政府网站公开政府信息数268条,其他方式
公开政府信息数292条,规范性文件数1条`` — the two channels make the 560, the documents after them are another measure;
``jiaxing_scjgj_2022`` (blind set 8): ``受理…11件,其中网络申请11件,申请办结数8件,结转下一年办理1件`` — how the requests came,
then how they ended; ``wuqia_sjj_2025`` and ``wuqia_wtlj_2025`` (blind set 21): categories making the total, then a
channel (``单位公示栏上公开…15条``, ``抖音发布作品189条``). Each was a ``text.count_mismatch`` warning on a consistent page
(docs/audit.md, round 25). The properties fail on the round-24 code; each guard passes on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, opening

if TYPE_CHECKING:
    from disclosure_rules._findings import Finding

COUNTS = st.integers(1, 400)
YEARS = st.integers(2021, 2025)
CATEGORIES = st.sampled_from(
    ["文件类", "执行法规条例类", "督察和审计类", "行政执法类", "工作动态类", "通知公告类"]
)
CHANNELS = st.sampled_from(["单位公示栏上公开财务", "抖音发布作品", "微信公众号发布信息", "政务公开栏公开"])


def _mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")]


def _channels_then_documents(year: int, website: int, other: int, documents: int) -> str:
    return opening(year) + (
        f"（一）主动公开情况。{year}年主动公开信息总数{website + other}条，其中政府网站公开政府信息数{website}条，"
        f"其他方式公开政府信息数{other}条，规范性文件数{documents}条。\n"
    )


def _categories_then_channel(year: int, counts: list[int], names: list[str], channel: str, extra: int) -> str:
    parts = "，".join(f"{name}{count}条" for name, count in zip(names, counts, strict=True))
    return opening(year) + (
        f"（一）主动公开情况。{year}年，我局以政府网站作为公开信息平台，共公开政务信息{sum(counts)}条，其中{parts}，"
        f"{channel}{extra}条。\n"
    )


def _came_then_ended(year: int, received: int, answered: int, carried: int) -> str:
    return opening(year) + (
        f"（二）依申请公开情况。{year}年，我局受理政府信息依申请公开{received}件，其中网络申请{received}件，"
        f"申请办结数{answered}件，结转下一年办理{carried}件，均在法定时间予以反馈答复。\n"
    )


class TestAnotherKind:
    @SETTINGS
    @given(year=YEARS, website=COUNTS, other=COUNTS, documents=COUNTS)
    def test_documents_after_channels_making_the_total_are_silent(
        self, year: int, website: int, other: int, documents: int
    ) -> None:
        assert _mismatches(_channels_then_documents(year, website, other, documents)) == []

    @SETTINGS
    @given(
        year=YEARS,
        counts=st.lists(COUNTS, min_size=2, max_size=4),
        names=st.lists(CATEGORIES, min_size=4, max_size=4, unique=True),
        channel=CHANNELS,
        extra=COUNTS,
    )
    def test_a_channel_after_categories_making_the_total_is_silent(
        self, year: int, counts: list[int], names: list[str], channel: str, extra: int
    ) -> None:
        page = _categories_then_channel(year, counts, names[: len(counts)], channel, extra)
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=YEARS, received=COUNTS, answered=COUNTS, carried=COUNTS)
    def test_outcomes_after_the_channel_of_every_request_are_silent(
        self, year: int, received: int, answered: int, carried: int
    ) -> None:
        assert _mismatches(_came_then_ended(year, received, answered, carried)) == []


class TestGuards:
    @SETTINGS
    @given(year=YEARS, website=COUNTS, other=COUNTS, missing=COUNTS, documents=COUNTS)
    def test_guard_channels_missing_the_total_are_found(
        self, year: int, website: int, other: int, missing: int, documents: int
    ) -> None:
        # the channels do not make the total: no prefix is whole, the list is summed as before
        page = opening(year) + (
            f"（一）主动公开情况。{year}年主动公开信息总数{website + other + missing}条，其中政府网站公开政府信息数"
            f"{website}条，其他方式公开政府信息数{other}条。\n"
        )
        assert len(_mismatches(page)) == 1
        assert documents > 0

    @SETTINGS
    @given(
        year=YEARS,
        counts=st.lists(COUNTS, min_size=3, max_size=4),
        names=st.lists(CATEGORIES, min_size=4, max_size=4, unique=True),
        extra=COUNTS,
    )
    def test_guard_a_category_after_categories_making_the_total_is_found(
        self, year: int, counts: list[int], names: list[str], extra: int
    ) -> None:
        # parts of one kind throughout are one list, whatever a prefix adds up to
        head = counts[:-1]
        listed = [*head, extra]
        page = opening(year) + (
            f"（一）主动公开情况。{year}年，我局共公开政务信息{sum(head)}条，其中"
            + "，".join(f"{name}{count}条" for name, count in zip(names, listed, strict=False))
            + "。\n"
        )
        assert len(_mismatches(page)) == 1
