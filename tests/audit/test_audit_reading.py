"""Reading published pages: every cell lands in its official row and column, whatever the page layout."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import AuditError, audit
from disclosure_rules._audit._normalize import parse_value
from disclosure_rules._audit._tables import split_digits
from disclosure_rules._labels import TABLE2_CELLS_2019, TABLE2_CELLS_2021
from disclosure_rules._models import Agency, AgencyLevel, AnnualReport2019, AnnualReport2021
from disclosure_rules._text import label_key
from tests.audit.pages import Layout, report_html, report_text
from tests.strategies import consistent_reports_2019, consistent_reports_2021

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
AGENCY = Agency(name="青山县人民政府办公室", level=AgencyLevel.GOVERNMENT_DEPARTMENT)

layouts = st.builds(
    Layout,
    word_markup=st.booleans(),
    full_width_digits=st.booleans(),
    label_variants=st.booleans(),
    blank_marker=st.sampled_from(["", "—", "/", "无", "&nbsp;"]),
    navigation=st.booleans(),
    subtotal_rows=st.booleans(),
    subtotal_column=st.booleans(),
    short_labels=st.booleans(),
)


@st.composite
def table2_values(draw: st.DrawFn, report_format: str) -> dict[str, Any]:
    specs = TABLE2_CELLS_2021 if report_format == "2021" else TABLE2_CELLS_2019
    values: dict[str, Any] = {}
    for spec in specs:
        if spec.value_kind == "amount_10k_yuan":
            values[spec.key] = draw(st.decimals(min_value=0, max_value=9999, places=2))
        elif spec.value_kind == "signed":
            values[spec.key] = draw(st.integers(min_value=-30, max_value=30))
        elif spec.value_kind == "text":
            values[spec.key] = f"{draw(st.integers(min_value=0, max_value=99999))}元"
        else:
            values[spec.key] = draw(st.integers(min_value=0, max_value=3000))
    return values


@st.composite
def published_2021(draw: st.DrawFn) -> AnnualReport2021:
    report = draw(consistent_reports_2021())
    return report.model_copy(
        update={
            "agency": AGENCY,
            "proactive_disclosure": AnnualReport2021.table2_from_mapping(draw(table2_values("2021"))),
        }
    )


@st.composite
def published_2019(draw: st.DrawFn) -> AnnualReport2019:
    report = draw(consistent_reports_2019())
    return report.model_copy(
        update={
            "agency": AGENCY,
            "proactive_disclosure": AnnualReport2019.table2_from_mapping(draw(table2_values("2019"))),
        }
    )


def _blank_some(report: AnnualReport2021, blanks: list[tuple[int, int]]) -> AnnualReport2021:
    matrix = report.requests.matrix()
    for row, column in blanks:
        matrix[row][column] = None
    return report.model_copy(update={"requests": type(report.requests).from_matrix(matrix)})


class TestHtmlLayouts:
    """Map every cell to its official row and column by label (国办公开办函〔2021〕30号 tables 二, 三, 四)."""

    @SETTINGS
    @given(report=published_2021(), layout=layouts)
    def test_2021_page_reads_back_exactly(self, report: AnnualReport2021, layout: Layout) -> None:
        """30号: table 三 has 25 data rows × 7 columns and table 四 15 numbers; every one is read back."""
        result = audit(report_html(report, layout))
        assert result.format == "2021"
        assert result.tables == report.tables()
        assert not [f for f in result.findings if f.code.startswith("audit.")]

    @SETTINGS
    @given(report=published_2019(), layout=layouts)
    def test_2019_page_reads_back_exactly(self, report: AnnualReport2019, layout: Layout) -> None:
        """60号 trial format: five table-二 blocks, a single （六）其他处理 row (23 data rows)."""
        result = audit(report_html(report, layout))
        assert result.format == "2019"
        assert result.tables == report.tables()

    @SETTINGS
    @given(
        report=published_2021(),
        layout=layouts,
        blanks=st.lists(
            st.tuples(st.integers(0, 24), st.integers(0, 6)), min_size=1, max_size=6, unique=True
        ),
    )
    def test_blank_cells_are_not_filled_not_zero(
        self, report: AnnualReport2021, layout: Layout, blanks: list[tuple[int, int]]
    ) -> None:
        """A blank, "—", "/" or "无" is recorded as not filled (None), never 0, and reported with its address."""
        report = _blank_some(report, blanks)
        result = audit(report_html(report, layout))
        assert result.tables["table3"] == report.tables()["table3"]
        not_filled = [
            f for f in result.findings if f.code == "cell.not_filled" and f.cells[0].table == "表三"
        ]
        assert len(not_filled) == 1
        assert len(not_filled[0].cells) == len(blanks)
        assert not_filled[0].location
        assert "表格" in not_filled[0].location

    @SETTINGS
    @given(
        report=published_2021(),
        layout=layouts,
        row=st.integers(0, 24),
        column=st.integers(0, 5),
        bump=st.integers(1, 9),
    )
    def test_a_wrong_cell_breaks_an_identity(
        self, report: AnnualReport2021, layout: Layout, row: int, column: int, bump: int
    ) -> None:
        """表三注: 第一项加第二项之和等于第三项加第四项之和; 总计 cells are sums. A changed cell breaks one."""
        matrix = report.requests.matrix()
        value = matrix[row][column]
        assert value is not None
        matrix[row][column] = value + bump
        changed = report.model_copy(update={"requests": type(report.requests).from_matrix(matrix)})
        result = audit(report_html(changed, layout))
        codes = {f.code for f in result.findings if f.is_error}
        assert codes & {"table3.flow", "table3.outcomes_sum", "table3.applicant_sum"}
        assert all(f.location for f in result.findings if f.code.startswith("table3."))


class TestCopiedText:
    """Text copied from a page: cells separated by tabs, pipes or runs of spaces."""

    @SETTINGS
    @given(report=published_2021(), separator=st.sampled_from(["\t", " | ", "   "]))
    def test_copied_text_reads_back(self, report: AnnualReport2021, separator: str) -> None:
        """Rows are found by their labels; the seven values after a row label are its seven columns."""
        result = audit(report_text(report, separator))
        assert result.format == "2021"
        assert result.tables == report.tables()

    @SETTINGS
    @given(
        report=published_2021(),
        separator=st.sampled_from(["\t", " | "]),
        blanks=st.lists(
            st.tuples(st.integers(0, 24), st.integers(0, 6)), min_size=1, max_size=5, unique=True
        ),
    )
    def test_copied_blank_cells(
        self, report: AnnualReport2021, separator: str, blanks: list[tuple[int, int]]
    ) -> None:
        """An empty cell between two tabs or pipes is not filled (None), and keeps the columns after it in place."""
        report = _blank_some(report, blanks)
        result = audit(report_text(report, separator))
        assert result.tables["table3"] == report.tables()["table3"]

    @SETTINGS
    @given(report=published_2019(), separator=st.sampled_from(["\t", "|"]))
    def test_copied_text_2019(self, report: AnnualReport2019, separator: str) -> None:
        """The 2019 trial format is told apart by its table-二 column labels (本年新制作数量 …)."""
        result = audit(report_text(report, separator))
        assert result.format == "2019"
        assert result.tables == report.tables()


class TestGluedDigits:
    """Crawled text runs cells together ("713000074"); the table's sums decide how to cut it."""

    @settings(max_examples=60, deadline=None)
    @given(parts=st.lists(st.integers(0, 120), min_size=6, max_size=6))
    def test_row_cut_is_found(self, parts: list[int]) -> None:
        """表三: 总计 = the six applicant columns; the cut that satisfies it includes the true one."""
        row = [*parts, sum(parts)]
        digits = "".join(str(n) for n in row)
        found = split_digits([digits], 7, lambda cells: sum(cells[:-1]) == cells[-1])
        assert row in found or len(found) == 2

    def test_unique_cut(self) -> None:
        assert split_digits(["713000074"], 7, lambda c: sum(c[:-1]) == c[-1]) == [[71, 3, 0, 0, 0, 0, 74]]

    def test_spaces_are_cell_boundaries(self) -> None:
        assert split_digits(["20", "0", "0", "0", "02"], 7, lambda c: sum(c[:-1]) == c[-1]) == [
            [2, 0, 0, 0, 0, 0, 2]
        ]

    def test_without_a_sum_only_prose_numbers_decide(self) -> None:
        assert split_digits(["8855698"], 3, None) == []
        assert split_digits(["8855698"], 3, None, frozenset({88, 698})) == [[88, 55, 698]]
        assert split_digits(["000"], 3, None) == [[0, 0, 0]]


class TestNormalisation:
    """Labels are compared after NFKC, one comma and quote style, no spaces or line breaks."""

    @given(
        st.sampled_from(["（六）", "(六)"]),
        st.sampled_from(["、", "，", ","]),
        st.sampled_from(["", " ", "\n"]),
    )
    def test_label_variants_share_a_key(self, bracket: str, comma: str, space: str) -> None:
        """30号 labels: "、" vs "，", full- vs half-width brackets, spaces inside a label are the same label."""
        label = f"{bracket}1.申请人无正当理由逾期不补正{comma}行政机关不再处理{space}其政府信息公开申请"
        assert label_key(label) == label_key(
            "（六）1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
        )

    @pytest.mark.parametrize("text", ["", " ", "—", "-", "/", "／", "无", "——", "\xa0"])
    def test_blank_markers(self, text: str) -> None:
        value = parse_value(text)
        assert value is not None
        assert not value.filled

    @pytest.mark.parametrize(
        ("text", "number"), [("０", 0), ("１２", 12), ("1,234", 1234), ("+4", 4), ("-2", -2), ("2笔", 2)]
    )
    def test_numbers(self, text: str, number: int) -> None:
        value = parse_value(text)
        assert value is not None
        assert value.number == number

    def test_decimal(self) -> None:
        value = parse_value("24252.311082")
        assert value is not None
        assert value.number == Decimal("24252.311082")


class TestUnreadable:
    @pytest.mark.parametrize(
        "text", ["", "   \n", "hello world", "<html><body><p>天气预报</p></body></html>"]
    )
    def test_not_a_report(self, text: str) -> None:
        with pytest.raises(AuditError) as caught:
            audit(text)
        assert caught.value.code == "audit.unrecognised_format"
        assert caught.value.message
