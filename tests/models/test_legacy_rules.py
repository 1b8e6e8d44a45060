"""Legacy narrative reports: breakdowns add up to their total; shares are count ÷ total at the printed
precision; the statistics period covers the calendar year."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules import (
    Agency,
    AgencyLevel,
    LegacyBreakdown,
    LegacyFigure,
    LegacyFigures,
    LegacyReport,
    StatisticsPeriod,
    report_from_json,
    validate,
)
from disclosure_rules._validation import fitting_bases, share_fits

SEED = Path(__file__).resolve().parents[2] / "examples" / "wanlong_2017_legacy.json"


def _seed() -> LegacyReport:
    report = report_from_json(SEED.read_text(encoding="utf-8"))
    assert isinstance(report, LegacyReport)
    return report


def test_seed_category_counts_do_not_add_up() -> None:
    """The seed: 17 items in all, but 15 + 1 = 16 by category."""
    mismatches = [f for f in validate(_seed()) if f.code == "legacy.count_mismatch"]
    assert len(mismatches) == 1
    assert (mismatches[0].expected, mismatches[0].actual) == (17, 16)
    assert mismatches[0].is_error


def test_seed_94_percent_only_fits_a_base_of_16() -> None:
    """15 of 17 is 88%; the published 94% is 15 of 16."""
    shares = [f for f in validate(_seed()) if f.code == "legacy.share_mismatch"]
    category = next(f for f in shares if f.cells[0].row == "规划计划和完成情况类")
    assert (category.expected, category.actual) == ("88%", "94%")
    assert "只有以16为基数" in category.message
    # 1 of 17 rounds to 6%, as published: no finding for the second category.
    assert not [f for f in shares if f.cells[0].row == "公共资金使用和监督类"]


def test_seed_period_ends_on_25_november() -> None:
    periods = [f for f in validate(_seed()) if f.code == "legacy.period_incomplete"]
    assert len(periods) == 1
    assert not periods[0].is_error
    assert periods[0].actual == "2017-01-01/2017-11-25"


def _report(figures: LegacyFigures, period: StatisticsPeriod | None = None) -> LegacyReport:
    return LegacyReport(
        agency=Agency(name="某镇人民政府", level=AgencyLevel.TOWNSHIP),
        year=2012,
        title="某镇2012年政府信息公开工作年度报告",
        statistics_period=period or StatisticsPeriod(start=date(2012, 1, 1), end=date(2012, 12, 31)),
        figures=figures,
    )


def test_consistent_legacy_report_is_clean() -> None:
    figures = LegacyFigures(
        proactive_total=46,
        by_category=LegacyBreakdown(
            name="公开的内容",
            figures=(
                LegacyFigure(label="工作动态类", count=36, share_percent=Decimal("78.3")),
                LegacyFigure(label="计划总结类", count=7, share_percent=Decimal("15.2")),
                LegacyFigure(label="其他类", count=3, share_percent=Decimal("6.5")),
            ),
        ),
    )
    assert validate(_report(figures)) == []


def test_overlapping_channels_need_not_add_up() -> None:
    figures = LegacyFigures(
        proactive_total=10,
        by_channel=LegacyBreakdown(
            name="公开的形式",
            exhaustive=False,
            figures=(LegacyFigure(label="网站", count=10), LegacyFigure(label="公开栏", count=6)),
        ),
    )
    assert validate(_report(figures)) == []


class TestShareArithmetic:
    """A share is count ÷ base × 100 rounded half up (四舍五入) to the printed precision."""

    @given(st.integers(min_value=1, max_value=5000), st.data())
    def test_true_base_always_fits(self, base: int, data: st.DataObject) -> None:
        count = data.draw(st.integers(min_value=0, max_value=base))
        places = data.draw(st.integers(min_value=0, max_value=2))
        printed = (Decimal(count) * 100 / Decimal(base)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        assert share_fits(count, base, printed)
        if printed > 0:
            assert all(share_fits(count, b, printed) for b in fitting_bases(count, printed, limit=50))
            assert base in fitting_bases(count, printed, limit=10_000)

    def test_known_values(self) -> None:
        assert share_fits(15, 16, Decimal(94))
        assert not share_fits(15, 17, Decimal(94))
        assert fitting_bases(15, Decimal(94)) == [16]
        assert share_fits(1, 3, Decimal("33.3"))
        assert not share_fits(1, 3, Decimal("33.4"))


def test_largest_remainder_shares_adding_to_100_are_accepted() -> None:
    """Three equal thirds printed 34% + 33% + 33% = 100% (最大余数法) are right, not a share error; the
    same 34% in a breakdown that does not total 100% is wrong."""
    thirds = LegacyBreakdown(
        name="公开的内容",
        figures=tuple(
            LegacyFigure(label=label, count=1, share_percent=Decimal(share))
            for label, share in (("甲类", "34"), ("乙类", "33"), ("丙类", "33"))
        ),
    )
    assert validate(_report(LegacyFigures(proactive_total=3, by_category=thirds))) == []
    lopsided = thirds.model_copy(
        update={
            "figures": (
                *thirds.figures[:2],
                thirds.figures[2].model_copy(update={"share_percent": Decimal(34)}),
            )
        }
    )
    codes = [f.code for f in validate(_report(LegacyFigures(proactive_total=3, by_category=lopsided)))]
    assert codes.count("legacy.share_mismatch") == 2
