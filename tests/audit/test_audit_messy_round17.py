"""Issue 12, seventeenth round: blind 15's false alarms and invented running totals (docs/audit.md, "Seventeenth round").

(a) a 其中 naming one category is a subset of the total, never its breakdown (a part above the total is still an
error); (b) a list with a ``…N条`` the reader did not take as a part is never added up against the total; (c) a
``累计`` count up to a cut-off date (截至/截止/到 … 底/月) is not stated as the year's total, unless its words make it
the year's (本年度累计, 全年累计). Each property of a new rule fails on the round-16 code; each guard of an old
reading passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from tests.audit.messy import LEGACY_YEARS, SETTINGS, codes_of, legacy_page, value_of

CATEGORIES = ["政策法规类", "机构职能类", "规划计划类", "业务动态类", "人事信息类", "财政资金类"]
UNTYPED = ["规范性文件", "通知公告", "人事任免", "财政预决算"]
CUT_OFFS = ["截至{y}年底,", "截止{y}年末,", "到{y}年底", "截至{y}年12月底，我局", "到{y}年末", "截至年底，"]


class TestOnePartIsASubset:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        total=st.integers(2, 9999),
        share=st.integers(1, 99),
        category=st.sampled_from(CATEGORIES),
    )
    def test_one_category_after_its_total_is_no_breakdown(
        self, year: int, total: int, share: int, category: str
    ) -> None:
        """``dongcheng_dongzhimen_2017``: 主动公开信息569条,其中业务动态类信息386条 — no mismatch with 569."""
        part = max(1, total * share // 100)
        assume(part < total)
        page = legacy_page(year, f"{year}年,我街道主动公开信息{total}条,其中{category}信息{part}条。")
        assert "legacy.count_mismatch" not in codes_of(page, Severity.ERROR)
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        total=st.integers(1, 999),
        more=st.integers(1, 999),
        category=st.sampled_from(CATEGORIES),
    )
    def test_guard_one_category_above_its_total_is_an_error(
        self, year: int, total: int, more: int, category: str
    ) -> None:
        """Guard: a subset larger than its total is certain — an error."""
        page = legacy_page(year, f"{year}年,我街道主动公开信息{total}条,其中{category}信息{total + more}条。")
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)


class TestEveryListedCountIsAPart:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=st.lists(st.integers(1, 499), min_size=2, max_size=3),
        untyped=st.integers(1, 99),
        name=st.sampled_from(UNTYPED),
        at=st.integers(0, 3),
    )
    def test_a_part_without_lei_keeps_the_list_unchecked(
        self, year: int, parts: list[int], untyped: int, name: str, at: int
    ) -> None:
        """``xinfeng_xiniu_2015``: 506条,政策法规类13条,规范性文件22条,政府工作动态类471条 — no error."""
        listed = [f"{label}{count}条" for label, count in zip(CATEGORIES, parts, strict=False)]
        listed.insert(min(at, len(listed)), f"{name}{untyped}条")
        total = sum(parts) + untyped
        page = legacy_page(year, f"{year}年,通过政府门户网站主动公开信息{total}条,{','.join(listed)}。")
        assert "legacy.count_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=st.lists(st.integers(1, 99), min_size=2, max_size=3),
        outside=st.integers(1, 99),
    )
    def test_guard_categories_that_are_the_whole_list_and_miss_are_an_error(
        self, year: int, parts: list[int], outside: int
    ) -> None:
        """Guard: a list of 类 parts only, right after its total, that misses it is an error."""
        listed = ",".join(f"{label}{count}条" for label, count in zip(CATEGORIES, parts, strict=False))
        total = sum(parts) + outside
        assume(sum(parts) * 2 >= total)  # under half the total with no remainder named reads as a selection
        page = legacy_page(year, f"{year}年,主动公开信息{total}条,{listed}。")
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)


class TestRunningTotalsToACutOff:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        count=st.integers(1, 9999),
        cut_off=st.sampled_from(CUT_OFFS),
    )
    def test_a_running_total_to_a_cut_off_is_not_the_years(self, year: int, count: int, cut_off: str) -> None:
        """``huian_dongling_2010``: 截至2010年底,累计主动公开政府信息20条 — unread, not the year's."""
        words = cut_off.format(y=year)
        page = legacy_page(year, f"{words}累计主动公开政府信息{count}条,全文电子化率达100%。")
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999), own=st.sampled_from(["全年累计", "本年度累计"]))
    def test_guard_the_years_own_running_count_is_the_total(self, year: int, count: int, own: str) -> None:
        """Guard: 截至…，全年累计主动公开政府信息N条 — the page says the count is the year's."""
        page = legacy_page(year, f"截至{year}年12月31日，{own}主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999))
    def test_guard_a_period_then_a_count_is_the_total(self, year: int, count: int) -> None:
        """Guard: 1月1日到12月31日，累计… is the period's end, not a cut-off: the year's total."""
        page = legacy_page(year, f"{year}年1月1日到12月31日，累计主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") == count

    @SETTINGS
    @given(year=LEGACY_YEARS, month=st.integers(1, 12), day=st.integers(1, 28), count=st.integers(1, 9999))
    def test_guard_a_cut_off_on_a_day_stays_the_years(
        self, year: int, month: int, day: int, count: int
    ) -> None:
        """Guard (issue 8's seed): 截止2017年11月25日，累计主动公开政府信息17条 — the year's total, by convention."""
        page = legacy_page(year, f"截止{year}年{month}月{day}日，累计主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") == count
