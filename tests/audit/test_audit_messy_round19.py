"""Issue 12, nineteenth round: blind sets 16 and 17's misses, as classes (docs/audit.md, "Nineteenth round").

(a) a list closed by its remainder (其他…) ends there: a count in another unit after it is another statement, so the
list is compared with its total; (b) a count the prose states for a table 二 cell by its row and column is compared
with the cell; (c) a 2021 page whose table 二 is on the 2019 layout is read as 2021, table 二 by its own layout;
(d) proactive totals, reviews and lawsuits in wordings the reader did not take. Each property of a new rule fails on
the round-18 code; each guard passes on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from disclosure_rules._findings import Severity
from disclosure_rules._labels import SECTION_HEADINGS, TABLE2_CELLS_2021
from disclosure_rules._models import AnnualReport2019, AnnualReport2021
from tests.audit.messy import SETTINGS, audited, codes_of, opening, value_of
from tests.audit.pages import report_text
from tests.strategies import consistent_reports_2019, consistent_reports_2021

STANDARD_YEARS = st.integers(2021, 2025)
COUNTS = st.integers(1, 60)
HEADINGS = {heading.numeral: heading.label for heading in SECTION_HEADINGS}


def _remainder_list(year: int, total: int, parts: tuple[int, int, int], requests: int) -> str:
    first, second, other = parts
    return opening(year) + (
        f"全年政府信息主动公开{total}条，其中政策及规范性文件类{first}条，财政预算、决算{second}条，"
        f"其他类{other}条；办理依申请公开{requests}件。\n"
    )


class TestRemainderClosesTheList:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        parts=st.tuples(COUNTS, COUNTS, COUNTS),
        off=st.integers(1, 30),
        requests=COUNTS,
    )
    def test_parts_closed_by_other_that_miss_the_total_are_found(
        self, year: int, parts: tuple[int, int, int], off: int, requests: int
    ) -> None:
        page = _remainder_list(year, sum(parts) + off, parts, requests)
        assert "text.count_mismatch" in codes_of(page, Severity.WARNING)

    @SETTINGS
    @given(year=STANDARD_YEARS, parts=st.tuples(COUNTS, COUNTS, COUNTS), requests=COUNTS)
    def test_guard_parts_that_make_the_total_are_silent(
        self, year: int, parts: tuple[int, int, int], requests: int
    ) -> None:
        result = audited(_remainder_list(year, sum(parts), parts, requests))
        assert not [f for f in result.findings if f.code == "text.count_mismatch"]

    @SETTINGS
    @given(year=STANDARD_YEARS, parts=st.tuples(COUNTS, COUNTS, COUNTS), requests=st.integers(61, 99))
    def test_the_count_after_the_remainder_is_no_part(
        self, year: int, parts: tuple[int, int, int], requests: int
    ) -> None:
        result = audited(_remainder_list(year, sum(parts), parts, requests))
        assert [int(f.value) for f in result.figures if f.name == "category"] == list(parts)


def _with_table2(report: AnnualReport2021, decisions: int) -> AnnualReport2021:
    """The report with a table 二 whose count cells hold small numbers and 行政许可's decisions ``decisions``."""
    cells = {
        spec.key: index % 3 for index, spec in enumerate(TABLE2_CELLS_2021) if spec.value_kind == "count"
    }
    cells["行政许可.本年处理决定数量"] = decisions
    return report.model_copy(update={"proactive_disclosure": AnnualReport2021.table2_from_mapping(cells)})


def _with_table2_sentence(report: AnnualReport2021, sentence: str) -> str:
    page = report_text(report, "\t")
    return page.replace("本年度政府信息公开工作有序推进。", f"本年度政府信息公开工作有序推进。{sentence}", 1)


class TestProseAgainstTable2:
    @SETTINGS
    @given(report=consistent_reports_2021(), cell=st.integers(0, 999), stated=st.integers(0, 999))
    def test_a_decisions_count_the_prose_states_against_the_cell_is_found(
        self, report: AnnualReport2021, cell: int, stated: int
    ) -> None:
        assume(cell != stated)
        page = _with_table2_sentence(_with_table2(report, cell), f"全年行政许可处理决定数量{stated}件。")
        found = [f for f in audited(page).findings if f.code == "text.table_mismatch"]
        assert found
        assert found[0].severity is Severity.WARNING
        assert (found[0].expected, found[0].actual) == (cell, stated)

    @SETTINGS
    @given(report=consistent_reports_2021(), cell=st.integers(0, 999))
    def test_guard_a_count_that_agrees_with_the_cell_is_silent(
        self, report: AnnualReport2021, cell: int
    ) -> None:
        page = _with_table2_sentence(_with_table2(report, cell), f"全年行政许可处理决定数量{cell}件。")
        assert "text.table_mismatch" not in codes_of(page, Severity.WARNING)


def _mixed(report: AnnualReport2021, table2_of: AnnualReport2019) -> str:
    """The 2021 report's page with table 二 as the 2019 report prints it (pingtan_shs_2021's template)."""
    page, other = report_text(report, "\t"), report_text(table2_of, "\t")

    def table2(text: str) -> str:
        return text[text.index(HEADINGS["二"]) : text.index(HEADINGS["三"])]

    return page.replace(table2(page), table2(other), 1)


class TestMixedLayouts:
    @SETTINGS
    @given(report=consistent_reports_2021(), table2_of=consistent_reports_2019())
    def test_a_2021_page_with_a_2019_table2_is_read_as_2021(
        self, report: AnnualReport2021, table2_of: AnnualReport2019
    ) -> None:
        result = audited(_mixed(report, table2_of))
        assert result.format == "2021"
        assert result.tables["table3"] == report.tables()["table3"]
        assert "audit.mixed_layouts" in [f.code for f in result.findings]

    @SETTINGS
    @given(report=consistent_reports_2021(), table2_of=consistent_reports_2019())
    def test_only_the_cells_both_layouts_share_are_carried(
        self, report: AnnualReport2021, table2_of: AnnualReport2019
    ) -> None:
        read = audited(_mixed(report, table2_of)).tables["table2"]
        printed = table2_of.tables()["table2"]
        for row in ("行政许可", "行政处罚", "行政强制"):
            assert read[f"{row}.本年处理决定数量"] == printed[f"{row}.处理决定数量"]
        # 规章's 2019 columns mean other things than 本年制发/废止/现行有效: never put there
        assert read["规章.本年制发件数"] is None
        assert read["行政规范性文件.现行有效件数"] is None

    @SETTINGS
    @given(report=consistent_reports_2019())
    def test_guard_a_2019_page_stays_2019(self, report: AnnualReport2019) -> None:
        result = audited(report_text(report, "\t"))
        assert result.format == "2019"
        assert "audit.mixed_layouts" not in [f.code for f in result.findings]


class TestProseFigures:
    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        total=st.integers(1, 999),
        wording=st.sampled_from(
            [
                "我乡主动公开内容共{n}条，包括规划计划1条。",
                "虹山乡通过政府信息网主动公开发布各类信息{n}条。",
                "我局主动公开的{n}条信息中，公示公告类1条。",
                "通过区人民政府网站主动公开政府信息{n}件，其中行政许可类信息1件。",
                "本年度我镇在主动公开政府信息件数为{n}件。",
                "全年制发公文类政府信息{m}条，其中主动公开{n}条、依申请公开1条、不予公开1条。",
            ]
        ),
    )
    def test_totals_in_these_wordings_are_read(self, year: int, total: int, wording: str) -> None:
        page = opening(year) + wording.format(n=total, m=total + 2) + "\n"
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(
        year=STANDARD_YEARS,
        total=st.integers(1, 999),
        wording=st.sampled_from(
            [
                "发布法定主动公开内容{n}条，包括机构概况1条。",
                "“鸭南微讯”微信平台公开发布信息{n}条。",
                "共发布政府信息（文件）{m}份，其中主动公开{n}份。",
            ]
        ),
    )
    def test_guard_a_category_a_channel_or_one_attribute_is_no_total(
        self, year: int, total: int, wording: str
    ) -> None:
        page = opening(year) + wording.format(n=total, m=total + 2) + "\n"
        assert value_of(page, "proactive_total") is None

    @SETTINGS
    @given(year=STANDARD_YEARS, reviews=st.integers(1, 9))
    def test_a_review_in_tiao_and_no_lawsuit_in_its_own_clause(self, year: int, reviews: int) -> None:
        page = opening(year) + f"政府信息公开行政复议{reviews}条，未发生行政诉讼情况。\n"
        assert value_of(page, "administrative_reviews") == reviews
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS)
    def test_no_review_and_no_suit_joined_by_he(self, year: int) -> None:
        page = opening(year) + "我街道无因不及时公开信息而引发行政复议和起诉案件。\n"
        assert value_of(page, "administrative_reviews") == 0
        assert value_of(page, "lawsuits") == 0

    @SETTINGS
    @given(year=STANDARD_YEARS)
    def test_guard_no_lawsuit_after_review_alone_is_not_no_lawsuit(self, year: int) -> None:
        page = opening(year) + "我局行政复议2件，复议后未发生行政诉讼。\n"
        assert value_of(page, "administrative_reviews") == 2
        assert value_of(page, "lawsuits") is None
