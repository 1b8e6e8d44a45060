"""Property tests of the mandatory identities of tables 三 and 四 (errors)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import (
    AnnualReport2019,
    AnnualReport2021,
    RequestsTable2021,
    ReviewLitigationTable,
    Severity,
    validate,
)
from disclosure_rules._labels import TABLE3_COLUMNS, TABLE4_GROUPS, RowKind
from tests.strategies import consistent_reports_2019, consistent_reports_2021

IDENTITY_CODES = {"table3.flow", "table3.outcomes_sum", "table3.applicant_sum", "table4.sum"}


def _identity_keys(report: AnnualReport2021 | AnnualReport2019) -> set[tuple[str, str]]:
    """Which identity instances failed: (code, the column or row or group it is about)."""
    keys: set[tuple[str, str]] = set()
    for finding in validate(report):
        if finding.code not in IDENTITY_CODES:
            continue
        assert finding.severity is Severity.ERROR
        cell = finding.cells[0]
        if finding.code in {"table3.applicant_sum", "table4.sum"}:
            keys.add((finding.code, cell.row))
        else:
            keys.add((finding.code, cell.column or ""))
    return keys


class TestConsistentReportsValidateClean:
    """A report built to satisfy 一+二=三（七）+四, （七）= Σ outcomes, 总计 = Σ six columns and table 四's sums
    has no error finding."""

    @given(consistent_reports_2021())
    def test_2021(self, report: AnnualReport2021) -> None:
        assert [f for f in validate(report) if f.is_error] == []

    @given(consistent_reports_2019())
    def test_2019(self, report: AnnualReport2019) -> None:
        assert [f for f in validate(report) if f.is_error] == []


class TestSingleCellChangeInTable3:
    """Changing any one cell of table 三 is caught, and only by the identities that involve that cell:
    the flow identity of its column (rows 一, 二, （七）, 四), the outcome sum of its column (outcome rows
    and （七）), and the applicant sum of its row."""

    @settings(max_examples=150)
    @given(
        consistent_reports_2021(),
        st.integers(min_value=0, max_value=24),
        st.integers(min_value=0, max_value=6),
        st.integers(min_value=1, max_value=5),
    )
    def test_any_cell(self, report: AnnualReport2021, row_index: int, column_index: int, delta: int) -> None:
        matrix = report.requests.matrix()
        original = matrix[row_index][column_index]
        assert original is not None
        matrix[row_index][column_index] = original + delta
        changed = report.model_copy(update={"requests": type(report.requests).from_matrix(matrix)})

        spec = report.requests.row_specs()[row_index]
        column = TABLE3_COLUMNS[column_index].label
        expected = {("table3.applicant_sum", spec.canonical_label)}
        if spec.kind in {RowKind.NEW, RowKind.CARRIED_OVER, RowKind.TOTAL, RowKind.CARRIED_FORWARD}:
            expected.add(("table3.flow", column))
        if spec.kind in {RowKind.OUTCOME, RowKind.TOTAL}:
            expected.add(("table3.outcomes_sum", column))
        assert _identity_keys(changed) == expected


class TestSingleCellChangeInTable4:
    """Changing any one of the 15 numbers of table 四 breaks exactly the 总计 identity of its group."""

    @given(
        consistent_reports_2021(),
        st.integers(min_value=0, max_value=14),
        st.integers(min_value=1, max_value=5),
    )
    def test_any_cell(self, report: AnnualReport2021, index: int, delta: int) -> None:
        values = report.review_litigation.values()
        original = values[index]
        assert original is not None
        values[index] = original + delta
        changed = report.model_copy(update={"review_litigation": ReviewLitigationTable.from_values(values)})
        assert _identity_keys(changed) == {("table4.sum", TABLE4_GROUPS[index // 5].label)}


def test_blank_cells_are_not_zero_and_skip_identities() -> None:
    """A blank cell (not filled) is never read as 0: identities that need it are not evaluated, and the
    blank is reported as ``cell.not_filled``."""
    report = AnnualReport2021.model_validate_json(
        '{"agency": {"name": "某镇人民政府", "level": "乡镇/街道"}, "year": 2022}'
    )
    findings = validate(report)
    assert not [f for f in findings if f.is_error]
    not_filled = [f for f in findings if f.code == "cell.not_filled"]
    assert {f.cells[0].table for f in not_filled} == {"表二", "表三", "表四"}
    table3 = next(f for f in not_filled if f.cells[0].table == "表三")
    assert len(table3.cells) == 25 * 7


def test_flow_error_names_column_and_values() -> None:
    """The table note's identity 一+二=三（七）+四, broken in the 自然人 column, is reported there."""
    matrix: list[list[int | None]] = [[0] * 7 for _ in range(25)]
    matrix[0] = [5, 0, 0, 0, 0, 0, 5]  # 本年新收
    matrix[2] = [4, 0, 0, 0, 0, 0, 4]  # 予以公开
    matrix[23] = [4, 0, 0, 0, 0, 0, 4]  # 总计
    report = AnnualReport2021.model_validate_json(
        '{"agency": {"name": "某镇人民政府", "level": "乡镇/街道"}, "year": 2022}'
    ).model_copy(update={"requests": RequestsTable2021.from_matrix(matrix)})
    flow = [f for f in validate(report) if f.code == "table3.flow"]
    assert [(f.cells[0].column, f.expected, f.actual) for f in flow] == [("自然人", 5, 4), ("总计", 5, 4)]


class TestSingleCellChangeIn2019Table3:
    """The same locality holds for the 2019 trial format's 23 rows (one （六）其他处理 row)."""

    @settings(max_examples=60)
    @given(
        consistent_reports_2019(),
        st.integers(min_value=0, max_value=22),
        st.integers(min_value=0, max_value=6),
        st.integers(min_value=1, max_value=5),
    )
    def test_any_cell(self, report: AnnualReport2019, row_index: int, column_index: int, delta: int) -> None:
        matrix = report.requests.matrix()
        original = matrix[row_index][column_index]
        assert original is not None
        matrix[row_index][column_index] = original + delta
        changed = report.model_copy(update={"requests": type(report.requests).from_matrix(matrix)})
        spec = report.requests.row_specs()[row_index]
        assert ("table3.applicant_sum", spec.canonical_label) in _identity_keys(changed)


class TestBlankCells:
    """A blank cell is an unknown non-negative number: blanking cells of a correct table never produces an
    error, and a total already exceeded by the filled cells beside a blank is still an error."""

    @settings(max_examples=80)
    @given(consistent_reports_2021(), st.sets(st.tuples(st.integers(0, 24), st.integers(0, 6)), max_size=40))
    def test_blanking_never_creates_an_error(
        self, report: AnnualReport2021, blanks: set[tuple[int, int]]
    ) -> None:
        matrix = report.requests.matrix()
        for row_index, column_index in blanks:
            matrix[row_index][column_index] = None
        blanked = report.model_copy(update={"requests": RequestsTable2021.from_matrix(matrix)})
        assert _identity_keys(blanked) == set()

    def test_filled_parts_exceeding_a_total_are_caught_despite_blanks(self) -> None:
        # Like the Shanghai 2019 page: 总计 column blank; 自然人 予以公开 typed as 300 instead of 30.
        matrix: list[list[int | None]] = [[0, 0, 0, 0, 0, 0, None] for _ in range(25)]
        matrix[0] = [40, 0, 0, 0, 0, 0, None]  # 本年新收
        matrix[2] = [300, 0, 0, 0, 0, 0, None]  # 予以公开 (should be 30)
        matrix[12] = [None, 0, 0, 0, 0, 0, None]  # 本机关不掌握 left blank
        matrix[23] = [40, 0, 0, 0, 0, 0, None]  # （七）总计
        report = AnnualReport2021.model_validate_json(
            '{"agency": {"name": "某局", "level": "政府部门"}, "year": 2022}'
        ).model_copy(update={"requests": RequestsTable2021.from_matrix(matrix)})
        findings = [f for f in validate(report) if f.code == "table3.outcomes_sum"]
        assert [(f.cells[0].column, f.expected, f.actual) for f in findings] == [("自然人", "≥300", 40)]
        assert "未填写" in findings[0].message
