"""Issue 12, sixteenth round: blind 14's legacy-prose failures, as classes (docs/audit.md, "Sixteenth round").

(a) a running total (累计 … with a 其中YYYY年度 part after it, 到目前/到现在累计) is never the year's total; (b) a 包括
list attaches to the nearest count before it (the 其中 subset), not to the total; (c) a share one unit of its last
printed place off the rounded share is a warning, never an error; (d) a 其中 list whose parts name every 公开属性 is
the whole breakdown; (e) more answers than requests in the year's column of an attached statistics table is a
warning. Each property of a new rule fails on the round-15 code; each guard of an old reading passes on both.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from disclosure_rules._shares import one_unit_slip, share_fits, truncation_fits
from tests.audit.messy import LEGACY_YEARS, SETTINGS, audited, codes_of, legacy_page, value_of

TO_DATE = ["到目前", "到现在", "迄今", "到当前"]
CATEGORIES = ["机构职能类", "规划计划类", "行政职责类", "业务动态类", "人事信息类", "财政资金类"]


class TestRunningTotals:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        day=st.integers(1, 28),
        total=st.integers(1, 4999),
        earlier=st.integers(1, 4999),
        joiner=st.sampled_from(["。", "，"]),
    )
    def test_the_years_part_after_a_running_total_is_the_total(
        self, year: int, day: int, total: int, earlier: int, joiner: str
    ) -> None:
        """``pingtan_gaj_2013``: 截止…累计主动公开政府信息440条…。其中2013年度我局共主动公开政府信息235条 — 235."""
        page = legacy_page(
            year,
            f"截止{year}年12月{day}日，我局依托门户网站累计主动公开政府信息{total + earlier}条，全文电子化达100%"
            f"{joiner}其中{year}年度我局共主动公开政府信息{total}条。",
        )
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=LEGACY_YEARS, count=st.integers(1, 9999), to_date=st.sampled_from(TO_DATE))
    def test_a_running_total_to_date_alone_is_never_the_total(
        self, year: int, count: int, to_date: str
    ) -> None:
        """``ziyang_nanxun_2014``: 本单位到目前累计主动公开政府信息100条 — no year's total on the page."""
        page = legacy_page(year, f"本单位{to_date}累计主动公开政府信息{count}条。")
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=LEGACY_YEARS, day=st.integers(1, 28), total=st.integers(1, 9999))
    def test_guard_a_cut_off_date_total_with_no_years_part_stays_the_total(
        self, year: int, day: int, total: int
    ) -> None:
        """Guard: 截止2017年11月25日，累计主动公开政府信息17条 (no 其中…年度 after it) is the year's total."""
        page = legacy_page(year, f"截止{year}年11月{day}日，累计主动公开政府信息{total}条。")
        assert value_of(page, "proactive_total") == total


class TestIncludedListOfASubset:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=st.lists(st.integers(1, 99), min_size=2, max_size=3),
        outside=st.integers(1, 99),
    )
    def test_a_list_after_the_subset_breaks_down_the_subset(
        self, year: int, parts: list[int], outside: int
    ) -> None:
        """``pingtan_zhz_2013``: 37条，其中全文电子化…35条，包括…类25条、…类4条、…类6条 — no mismatch with 37."""
        subset = sum(parts)
        listed = "、".join(f"{name}信息{count}条" for name, count in zip(CATEGORIES, parts, strict=False))
        page = legacy_page(
            year,
            f"{year}年度主动公开政府信息{subset + outside}条，其中全文电子化主动公开信息{subset}条，包括{listed}。",
        )
        assert "legacy.count_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        parts=st.lists(st.integers(1, 99), min_size=2, max_size=3),
        outside=st.integers(1, 99),
    )
    def test_guard_categories_of_the_total_that_miss_it_are_still_an_error(
        self, year: int, parts: list[int], outside: int
    ) -> None:
        """Guard: categories listed right after the total (no subset between) must add up to it."""
        listed = "、".join(f"{name}信息{count}条" for name, count in zip(CATEGORIES, parts, strict=False))
        total = sum(parts) + outside
        assume(sum(parts) * 2 >= total)  # under half the total with no remainder named reads as a selection
        page = legacy_page(year, f"{year}年度主动公开政府信息{total}条，其中{listed}。")
        assert "legacy.count_mismatch" in codes_of(page, Severity.ERROR)


def _rounded(count: int, base: int) -> Decimal:
    return (Decimal(count) * 100 / Decimal(base)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


class TestOneUnitSlips:
    @SETTINGS
    @given(
        base=st.integers(20, 5000),
        fraction=st.floats(0.05, 0.95),
        step=st.sampled_from([1, -1]),
    )
    def test_one_unit_off_the_rounded_share_is_a_slip(self, base: int, fraction: float, step: int) -> None:
        count = max(1, int(base * fraction))
        unit = Decimal("0.01")
        printed = _rounded(count, base) + step * unit
        assert one_unit_slip(count, base, printed)
        assert not share_fits(count, base, printed)
        assert not one_unit_slip(count, base, _rounded(count, base))
        assert not one_unit_slip(count, base, _rounded(count, base) + 3 * unit)

    @SETTINGS
    @given(year=LEGACY_YEARS, base=st.integers(50, 5000), fraction=st.floats(0.55, 0.95))
    def test_a_category_share_one_unit_high_is_a_warning(self, year: int, base: int, fraction: float) -> None:
        """``xicheng_zhanlanlu_2014``: 197/235 = 83.83% printed 83.84% — a warning, not an error."""
        count = int(base * fraction)
        printed = _rounded(count, base) + Decimal("0.01")
        page = legacy_page(
            year,
            f"本单位{year}年共主动公开政府信息{base}条。其中业务动态类信息{count}条,占总体的比例为{printed}%;"
            f"机构职能类信息{base - count}条,占总体的比例为{_rounded(base - count, base)}%。",
        )
        assert "legacy.share_mismatch" in codes_of(page, Severity.WARNING)
        assert "legacy.share_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(
        year=LEGACY_YEARS, base=st.integers(50, 5000), fraction=st.floats(0.55, 0.9), units=st.integers(3, 9)
    )
    def test_guard_a_share_further_off_is_still_an_error(
        self, year: int, base: int, fraction: float, units: int
    ) -> None:
        count = int(base * fraction)
        printed = _rounded(count, base) + units * Decimal("0.01")
        assume(not truncation_fits(count, base, printed))
        page = legacy_page(
            year,
            f"本单位{year}年共主动公开政府信息{base}条。其中业务动态类信息{count}条,占总体的比例为{printed}%;"
            f"机构职能类信息{base - count}条,占总体的比例为{_rounded(base - count, base)}%。",
        )
        assert "legacy.share_mismatch" in codes_of(page, Severity.ERROR)


class TestEveryAttribute:
    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        proactive=st.integers(1, 999),
        others=st.integers(1, 999),
        missing=st.integers(1, 99),
        unit=st.sampled_from(["份", "条"]),
        joiner=st.sampled_from(["及", "和", "与"]),
    )
    def test_parts_naming_every_attribute_must_add_up(  # noqa: PLR0913, PLR0917 - the page's figures and wordings
        self, year: int, proactive: int, others: int, missing: int, unit: str, joiner: str
    ) -> None:
        """``pingtan_zhz_2020``: 制作…617份，其中主动公开138份、依申请公开及不予公开431份 — 569 ≠ 617."""
        page = legacy_page(
            year,
            f"{year}年共制作政府信息（文件）{proactive + others + missing}{unit}，其中主动公开{proactive}{unit}、"
            f"依申请公开{joiner}不予公开{others}{unit}；全部予以登记。",
        )
        assert "legacy.count_mismatch" in [finding.code for finding in audited(page).findings]

    @SETTINGS
    @given(year=LEGACY_YEARS, proactive=st.integers(1, 999), others=st.integers(1, 999))
    def test_guard_parts_that_add_up_raise_nothing(self, year: int, proactive: int, others: int) -> None:
        page = legacy_page(
            year,
            f"{year}年共制作政府信息（文件）{proactive + others}份，其中主动公开{proactive}份、依申请公开及不予公开"
            f"{others}份；全部予以登记。",
        )
        assert "legacy.count_mismatch" not in [finding.code for finding in audited(page).findings]

    @SETTINGS
    @given(
        year=LEGACY_YEARS,
        proactive=st.integers(1, 999),
        others=st.integers(1, 999),
        missing=st.integers(1, 99),
    )
    def test_guard_parts_naming_some_attributes_raise_nothing(
        self, year: int, proactive: int, others: int, missing: int
    ) -> None:
        """Guard: 其中主动公开…份、依申请公开…份 (no 不予公开) may leave items out: no finding."""
        page = legacy_page(
            year,
            f"{year}年共制作政府信息（文件）{proactive + others + missing}份，其中主动公开{proactive}份、依申请公开"
            f"{others}份；另有部分信息不予公开。",
        )
        assert "legacy.count_mismatch" not in [finding.code for finding in audited(page).findings]


def _statistics(year: int, received: int, answered: int, *, spaced: bool = True) -> str:
    gap = " " if spaced else ""
    return (
        f"附件 {year}年度政府信息公开工作统计数据 指 标 名 称 计量 单位 {year}年度 历年累计 "
        f"受理政府信息公开申请总数 条{gap}{received}{gap}{received + 1} "
        f"对申请的答复总数 条{gap}{answered}{gap}{answered + 1} 行政复议数 件 0 0\n"
    )


class TestStatisticsTable:
    @SETTINGS
    @given(year=LEGACY_YEARS, received=st.integers(0, 99), more=st.integers(1, 9))
    def test_more_answers_than_requests_is_a_warning(self, year: int, received: int, more: int) -> None:
        """``pingtan_gaj_2013``: 受理…申请总数 条 2 3 … 对申请的答复总数 条 3 3 — three answers to two requests."""
        page = legacy_page(
            year, "本年度主动公开政府信息20条。", attached=_statistics(year, received, received + more)
        )
        assert "legacy.count_mismatch" in codes_of(page, Severity.WARNING)
        assert "legacy.count_mismatch" not in codes_of(page, Severity.ERROR)

    @SETTINGS
    @given(year=LEGACY_YEARS, received=st.integers(0, 99), fewer=st.integers(0, 9))
    def test_guard_answers_within_the_requests_raise_nothing(
        self, year: int, received: int, fewer: int
    ) -> None:
        page = legacy_page(
            year,
            "本年度主动公开政府信息20条。",
            attached=_statistics(year, received, max(received - fewer, 0)),
        )
        assert "legacy.count_mismatch" not in [finding.code for finding in audited(page).findings]

    @SETTINGS
    @given(year=LEGACY_YEARS, received=st.integers(0, 99), more=st.integers(1, 9))
    def test_guard_cells_glued_together_are_not_read(self, year: int, received: int, more: int) -> None:
        """Guard: 总数条2121 may be 2/121 or 21/21 — the table is not read."""
        page = legacy_page(
            year,
            "本年度主动公开政府信息20条。",
            attached=_statistics(year, received, received + more, spaced=False),
        )
        assert "legacy.count_mismatch" not in [finding.code for finding in audited(page).findings]
