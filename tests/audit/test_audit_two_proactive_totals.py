"""Two different proactive totals for one year in the same words: no certain total (round 42).

Blind 38's ``pingtan_jsj_2013`` states "2013年度我局共主动公开政府信息43条" in 二、（一） and "本局共主动公开政府信息33条" in
二、（三） (its 统计表 33) and was read as 43, the first. Neither statement is certain: no total is read from the prose;
a legacy page whose table states the year's count, and that count is one of the two, reads the table's. The
disagreement is kept as one ``legacy.count_mismatch`` warning (which figure is wrong is not certain). The properties
fail on the round-41 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, legacy_page, value_of

COUNT = st.integers(1, 3000)


def _two(year: int, first: int, second: int) -> str:
    return (
        f"{year}年度我局共主动公开政府信息{first}条。"
        f"{year}年1月1日至{year}年12月31日，本局共主动公开政府信息{second}条，其中全文电子化达100%。"
    )


def _table(year: int, proactive: int) -> str:
    return (
        f"附件 某局{year}年政府信息公开情况统计表 指标名称 计量 单位 {year} 年度 主动公开信息数 条 {proactive} "
        f"其中：1.网站公开 条 {proactive} 2.政府公报公开 条 0 受理依申请公开信息总数 条 0 "
        "行政复议数 条 0 行政诉讼数 条 0\n"
    )


class TestTwoTotals:
    @SETTINGS
    @given(year=LEGACY_YEARS, counts=st.tuples(COUNT, COUNT))
    def test_two_totals_read_none_and_warn(self, year: int, counts: tuple[int, int]) -> None:
        assume(counts[0] != counts[1])
        result = audited(legacy_page(year, _two(year, *counts)))
        assert not any(f.name == "proactive_total" for f in result.figures)
        warned = [f for f in result.findings if f.code == "legacy.count_mismatch"]
        assert [f.severity for f in warned] == [Severity.WARNING]
        assert not any(f.is_error for f in result.findings)

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=st.tuples(COUNT, COUNT), pick=st.integers(0, 1))
    def test_the_tables_count_is_read_when_it_is_one_of_them(
        self, year: int, counts: tuple[int, int], pick: int
    ) -> None:
        assume(counts[0] != counts[1])
        page = legacy_page(year, _two(year, *counts), attached=_table(year, counts[pick]))
        assert value_of(page, "proactive_total") == counts[pick]


class TestGuards:
    @SETTINGS
    @given(year=LEGACY_YEARS, count=COUNT)
    def test_guard_one_total_stated_twice_is_read(self, year: int, count: int) -> None:
        result = audited(legacy_page(year, _two(year, count, count)))
        assert value_of(legacy_page(year, _two(year, count, count)), "proactive_total") == count
        assert not any(f.code == "legacy.count_mismatch" for f in result.findings)

    @SETTINGS
    @given(year=LEGACY_YEARS, counts=st.tuples(COUNT, COUNT))
    def test_guard_another_years_total_is_no_second_statement(
        self, year: int, counts: tuple[int, int]
    ) -> None:
        assume(counts[0] != counts[1])
        sentence = (
            f"{year}年度我局共主动公开政府信息{counts[0]}条。{year - 1}年度共主动公开政府信息{counts[1]}条。"
        )
        assert value_of(legacy_page(year, sentence), "proactive_total") == counts[0]
