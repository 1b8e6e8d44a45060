"""A part's own breakdown inside a list is not the list's; channels each carrying the whole total add nothing (round 25).

``yongjia_xixia_2023`` (blind set 21, and its mirror in blind set 12; consistent by their readings): ``共新增主动公开政府
信息50条。其中机构类信息20条,内有领导成员10条、机构职能4条、机构概况1条、直属单位或下属机构5条;工作类信息11条,其中…`` was
summed as 20 + 10 + 4 + 1 + 5 + 11 = 51; the top-level parts make 50. ``meihekou_heping_2020`` (blind set 8): every channel
publishes all 73 items (``依托…网站主动公开73条、通过…微信公众号…公开73条、通过政务公开栏公开73条``) — no breakdown at all.
``pingtan_zrz_2019`` (blind set 18): a 60-character window cut ``2979条`` to ``9条`` and stated "共9条". Each was a
``text.count_mismatch`` warning (docs/audit.md, round 25). The properties fail on the round-24 code; each guard passes
on both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, opening

if TYPE_CHECKING:
    from disclosure_rules._findings import Finding

COUNTS = st.integers(1, 60)
YEARS = st.integers(2021, 2025)
OPENERS = st.sampled_from(["内有", "其中"])


def _mismatches(page: str) -> list[Finding]:
    return [finding for finding in audited(page).findings if finding.code.endswith(".count_mismatch")]


def _nested(year: int, subs: list[int], others: list[int], opener: str, *, extra: int = 0) -> str:
    first = sum(subs)
    names = ("领导成员", "机构职能", "机构概况", "直属单位或下属机构")
    inner = "、".join(f"{name}{count}条" for name, count in zip(names, subs, strict=False))
    rest = "；".join(
        f"{name}类信息{count}条"
        for name, count in zip(("工作", "政策文件", "民生事项"), others, strict=False)
    )
    total = first + sum(others) + extra
    return opening(year) + (
        f"（一）主动公开情况。{year}年度在政府信息公开网站上共新增主动公开政府信息{total}条。"
        f"其中机构类信息{first}条，{opener}{inner}；{rest}。\n"
    )


class TestSubBreakdowns:
    @SETTINGS
    @given(
        year=YEARS,
        subs=st.lists(COUNTS, min_size=2, max_size=4),
        others=st.lists(COUNTS, min_size=1, max_size=3),
        opener=OPENERS,
    )
    def test_a_part_s_own_breakdown_is_not_summed(
        self, year: int, subs: list[int], others: list[int], opener: str
    ) -> None:
        assert _mismatches(_nested(year, subs, others, opener)) == []

    @SETTINGS
    @given(year=YEARS, count=st.integers(1, 500), channels=st.integers(2, 3))
    def test_channels_each_carrying_every_item_are_silent(self, year: int, count: int, channels: int) -> None:
        ways = ("依托市政府网站主动公开", "通过政务微信公众号公开", "通过政务公开栏公开")[:channels]
        page = opening(year) + (
            f"（一）主动公开情况。{year}年，我街道主动公开政府信息{count}条，其中"
            + "，".join(f"{way}{count}条" for way in ways)
            + "。\n"
        )
        assert _mismatches(page) == []

    @SETTINGS
    @given(year=YEARS, cumulative=st.integers(1000, 9999), parts=st.lists(COUNTS, min_size=2, max_size=4))
    def test_a_total_is_never_read_from_a_cut_number(
        self, year: int, cumulative: int, parts: list[int]
    ) -> None:
        # the 60 characters before the 其中 start inside the cumulative count's digits
        filler = "政府信息主动公开类别主要涉及公示公告、政策规范性文件、政策解读、财政资金、生态环境、征地信息、土地出让、行政处罚等"
        page = opening(year) + (
            f"（一）主动公开情况。{year}年度，主动公开政府信息{sum(parts) + 50}条。历年累计主动公开政府信息{cumulative}条。"
            f"{filler[:54]}。其中"
            + "，".join(
                f"{name}{count}条"
                for name, count in zip(
                    ("公示公告类", "政策解读类", "财政资金类", "征地信息类"), parts, strict=False
                )
            )
            + "。\n"
        )
        totals = {str(cumulative)[i:] for i in range(1, 4)}
        for finding in _mismatches(page):
            assert not any(f"共{cut}条" in finding.message for cut in totals), finding.message

    @SETTINGS
    @given(
        year=YEARS,
        subs=st.lists(COUNTS, min_size=2, max_size=4),
        others=st.lists(COUNTS, min_size=1, max_size=3),
        opener=OPENERS,
        extra=COUNTS,
    )
    def test_top_level_parts_missing_the_total_are_found(
        self, year: int, subs: list[int], others: list[int], opener: str, extra: int
    ) -> None:
        assert len(_mismatches(_nested(year, subs, others, opener, extra=extra))) == 1


class TestGuards:
    @SETTINGS
    @given(year=YEARS, count=st.integers(2, 500), other=st.integers(1, 500))
    def test_guard_channels_not_all_the_total_are_a_hint(self, year: int, count: int, other: int) -> None:
        other = max(other % count, 1)  # one channel short of the total: the channels may overlap
        page = opening(year) + (
            f"（一）主动公开情况。{year}年，我街道主动公开政府信息{count}条，其中依托市政府网站主动公开{count}条，"
            f"通过政务微信公众号公开{other}条。\n"
        )
        assert len(_mismatches(page)) == 1
