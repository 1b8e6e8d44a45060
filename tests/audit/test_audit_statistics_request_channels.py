# Round 45
"""A channel of request the prose counts by the 统计表's own row label, against that row (round 45).

Blind 41's ``pingtan_ptx_2013``: "共收到有关政府信息公开的申请7条，网上申请数3条，信函申请数4条" against the table's
``3.电子邮件申请数条36 4.网上申请数条44 5.信函申请数条00`` (cut 3 | 6, 4 | 4, 0 | 0 by the two-column rule): the totals
agree (7), the channels do not, and the page was silent — the prose's channels were read as no figure. Now the prose's
first count of each channel named by a row label (当面/传真/电子邮件/网上/网络/信函 + 申请数) is set against that row's
year cell when it is read: ``text.table_mismatch``, a warning, as every prose-against-table check. The properties fail
on the round-44 code; the guards pass on both.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import Severity
from tests.audit.messy import DATA, LEGACY_YEARS, SETTINGS, audited, legacy_page

CHANNELS = ("当面申请数", "网上申请数", "信函申请数")


def _page(year: int, table_counts: list[int], prose_counts: list[int]) -> str:
    rows = " ".join(
        f"{number}、{label} 条 {count} {count + 5}"
        for number, (label, count) in enumerate(zip(CHANNELS, table_counts, strict=True), start=1)
    )
    total = sum(table_counts)
    table = (
        f"政府信息公开情况统计表 指标名称 计量单位 {year}年度 历年累计 主动公开信息数 条 30 90 "
        f"受理依申请公开信息总数 条 {total} {total + 15} 其中：{rows} 行政复议数 件 0 0 行政诉讼数 件 0 0"
    )
    channels = "，".join(f"{label}{count}条" for label, count in zip(CHANNELS, prose_counts, strict=True))
    # the total as the table's (blind 41's page: 7 = 7); only a channel differs
    later = f"{year}年共收到政府信息公开申请{total}条，{channels}。"
    return legacy_page(year, "全年主动公开政府信息30条。", later, attached=table + "\n")


def _table_mismatches(page: str) -> list[Severity]:
    return [f.severity for f in audited(page).findings if f.code == "text.table_mismatch"]


class TestRequestChannelsAgainstTheTable:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        counts=st.lists(st.integers(0, 40), min_size=3, max_size=3),
        which=st.integers(0, 2),
        shift=st.integers(1, 9),
    )
    def test_a_channel_the_table_counts_otherwise_warns(
        self, year: int, counts: list[int], which: int, shift: int
    ) -> None:
        prose = list(counts)
        prose[which] += shift
        found = _table_mismatches(_page(year, counts, prose))
        assert found == [Severity.WARNING]

    def test_the_blind_41_page(self) -> None:
        page = (DATA / "published_blind_41" / "pingtan_ptx_2013.txt").read_text(encoding="utf-8")
        assert _table_mismatches(page) == [Severity.WARNING, Severity.WARNING]


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, counts=st.lists(st.integers(0, 40), min_size=3, max_size=3))
    def test_guard_channels_that_agree_say_nothing(self, year: int, counts: list[int]) -> None:
        assert _table_mismatches(_page(year, counts, counts)) == []
